"""Reply by email (issue 13): a topic notification's reply address posts the member's reply,
through a real SMTP listener (aiosmtpd, as `rounds mail receive` runs it) or the endpoint
POST /api/v1/mail/incoming; quoted text and signatures stripped; refusals answered by mail."""
from __future__ import annotations

import smtplib
from email.message import EmailMessage
from email.utils import make_msgid

import pytest
from sqlalchemy import select

from community.boards import service as boards
from community.boards.models import Post
from community.mail.models import MailMessage
from community.notifications import incoming
from community.notifications.mailing import reply_address_for
from community.notifications.models import IncomingMail
from community.notifications.receiver import ReplyListener
from community.platform.db import commit
from community.platform.spaces.models import Board
from tests.support.services import free_port

SECRET = "s3cret-for-the-mail-server"


@pytest.fixture
def app_config(app_config):
    return {**app_config, "mail_incoming_secret": SECRET, "mail_reply_domain": "reply.test",
            "mail_incoming_max_bytes": 20_000}


@pytest.fixture
def thread(app, session, make_user):
    """amina's topic; bruno (who would get its notification) and his reply address."""
    amina, bruno = make_user(username="amina"), make_user(username="bruno")
    board = session.scalar(select(Board).where(Board.slug == "cardiology"))
    topic = boards.create_topic(session, session.merge(amina), board, {
        "title": "Chest pain with normal troponin", "raw": "A 54-year-old with chest pain."})
    commit(session)
    post = session.scalar(select(Post).where(Post.topic_id == topic.id))
    address = reply_address_for(session.merge(bruno), post)
    session.rollback()  # leave no transaction open: the listener writes from its thread
    return {"amina": amina, "bruno": bruno, "topic_id": topic.id, "post_id": post.id,
            "address": address}


def _message(sender: str, to: str, text: str | None = None, html: str | None = None,
             message_id: str | None = None, **headers) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = "Re: Chest pain with normal troponin"
    message["Message-ID"] = message_id or make_msgid(domain="mail.example.org")
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    if text is not None:
        message.set_content(text)
        if html is not None:
            message.add_alternative(html, subtype="html")
    elif html is not None:
        message.set_content(html, subtype="html")
    return message


def _replies(session, topic_id: int) -> list[Post]:
    session.rollback()  # a new snapshot: the listener wrote in a thread of its own
    return list(session.scalars(select(Post).where(Post.topic_id == topic_id, Post.number > 1)
                                .order_by(Post.number)))


def _refusals(session, address: str) -> list[MailMessage]:
    session.rollback()  # a new snapshot: the listener wrote in a thread of its own
    return list(session.scalars(select(MailMessage).where(
        MailMessage.kind == "mail_refusal", MailMessage.to_address == address)))


def _post_mail(client, message: EmailMessage | bytes, secret: str = SECRET):
    data = message if isinstance(message, bytes) else message.as_bytes()
    return client.post("/api/v1/mail/incoming", data=data, content_type="message/rfc822",
                       headers={"X-Rounds-Mail-Secret": secret})


def test_reply_address_is_signed_per_member_and_post(app, thread):
    with app.app_context():
        local, _, domain = thread["address"].partition("@")
        assert domain == "reply.test" and local.startswith("reply+") and len(local) <= 64
        token = local.removeprefix("reply+")
        assert incoming.read_reply_token(token) == (thread["bruno"].id, thread["post_id"])
        assert incoming.read_reply_token(token.upper()) == (thread["bruno"].id,
                                                            thread["post_id"])
        # Another member's id with bruno's signature does not verify.
        forged = f"{thread['amina'].id:x}-" + token.split("-", 1)[1]
        assert incoming.read_reply_token(forged) is None


def test_a_reply_through_the_smtp_listener_appears_on_the_topic(app, session, thread):
    listener = ReplyListener(app, "127.0.0.1", free_port())
    listener.start()
    try:
        text = ("A CT angiogram first, I think.\n\nBruno\n-- \nDr Bruno, cardiology\n\n"
                "On Sun, 6 Dec 2026 at 10:02, Rounds <rounds@reply.test> wrote:\n"
                "> A 54-year-old with chest pain.\n> more quoted\n")
        with smtplib.SMTP("127.0.0.1", listener.port, timeout=10) as smtp:
            smtp.send_message(_message(thread["bruno"].email, thread["address"], text))
            # Mail to anyone but a reply address is no business of this listener.
            with pytest.raises(smtplib.SMTPRecipientsRefused):
                smtp.send_message(_message(thread["bruno"].email, "postmaster@reply.test",
                                           "hello"))
    finally:
        listener.stop()
    [reply] = _replies(session, thread["topic_id"])
    assert reply.author_id == thread["bruno"].id
    assert reply.reply_to_id == thread["post_id"]
    assert reply.raw == "A CT angiogram first, I think.\n\nBruno\n"
    assert "quoted" not in reply.cooked and "Dr Bruno" not in reply.cooked


def test_html_only_mail_is_made_text(client, session, thread):
    html = ('<html><head><style>p{color:red}</style></head><body><div dir="ltr">Agree &amp; '
            '<b>add</b> a <a href="https://www.ahajournals.org/x">stress test</a>.<br>Bruno'
            '</div><div class="gmail_quote"><div>On Sun, Rounds wrote:</div><blockquote>'
            'A 54-year-old with chest pain.</blockquote></div></body></html>')
    answer = _post_mail(client, _message(thread["bruno"].email, thread["address"], html=html))
    assert answer.status_code == 200, answer.get_data(as_text=True)
    assert answer.get_json()["outcome"] == "posted"
    [reply] = _replies(session, thread["topic_id"])
    assert reply.raw.strip() == ("Agree & add a [stress test](https://www.ahajournals.org/x).\n"
                                 "Bruno")
    assert "54-year-old" not in reply.raw


def test_outlook_and_phone_quotes_and_signatures_are_stripped():
    outlook = ("Yes.\r\n\r\nSent from my iPhone\r\n\r\n-----Original Message-----\r\n"
               "From: Rounds\r\nSent: Sunday\r\n\r\nold text")
    assert incoming.strip_reply(outlook) == "Yes.\n"
    block = "Fine by me.\n\nFrom: Rounds <rounds@reply.test>\nSent: Sunday, 6 December\n" \
            "To: Bruno\nSubject: x\n\nold"
    assert incoming.strip_reply(block) == "Fine by me.\n"
    wrapped = "Short answer.\n\nOn Sun, 6 Dec 2026 at 10:02, Rounds\n<reply+1-2-abc@reply.test> wrote:\n> x"
    assert incoming.strip_reply(wrapped) == "Short answer.\n"
    outlook_html = ('<div>Agreed.</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">'
                    '<b>From:</b> Rounds<br><b>Sent:</b> Sunday</div><div>old</div>')
    assert incoming.html_to_text(outlook_html) == "Agreed."


def test_mail_from_another_address_or_a_forged_token_is_refused_once(client, session, thread):
    stranger = "someone@elsewhere.example"
    for _ in range(2):
        answer = _post_mail(client, _message(stranger, thread["address"], "Let me in."))
        assert answer.get_json()["outcome"] == "refused"
    forged = thread["address"].replace("reply+", "reply+0")  # breaks the signature
    assert _post_mail(client, _message(thread["bruno"].email, forged, "hi")).get_json()[
        "outcome"] == "refused"
    assert _replies(session, thread["topic_id"]) == []
    # One refusal to the unknown address, ever; the refusal says nothing of the topic.
    [refusal] = _refusals(session, stranger)
    assert "Chest pain" not in refusal.text_body
    assert refusal.headers["Auto-Submitted"] == "auto-replied"


def test_over_the_size_limit_is_refused_by_mail(client, session, thread):
    big = "x " * 15_000  # 30 kB > the 20 kB limit of these tests
    answer = _post_mail(client, _message(thread["bruno"].email, thread["address"], big))
    assert answer.get_json()["outcome"] == "refused"
    assert "larger than" in answer.get_json()["reason"]
    assert _replies(session, thread["topic_id"]) == []
    [refusal] = _refusals(session, thread["bruno"].email)
    assert "larger than 20 kB" in refusal.text_body


def test_identifiers_refuse_the_reply_with_the_findings(client, session, thread):
    text = "Seen her: Jane Smith, MRN 84736251, DOB 03/04/1950, phone 555-123-4567."
    answer = _post_mail(client, _message(thread["bruno"].email, thread["address"], text))
    body = answer.get_json()
    assert body["outcome"] == "refused" and body["findings"]
    assert {"mrn", "date"} <= {f["category"] for f in body["findings"]}
    assert _replies(session, thread["topic_id"]) == []
    [refusal] = _refusals(session, thread["bruno"].email)
    assert "patient identifiers" in refusal.text_body and "84736251" in refusal.text_body
    assert "Chest pain with normal troponin" in refusal.text_body


def test_the_senders_own_name_signing_the_reply_is_no_identifier(client, session, thread):
    signed = "A CT angiogram first, I think.\n\nBruno\n"
    answer = _post_mail(client, _message(thread["bruno"].email, thread["address"], signed))
    assert answer.get_json()["outcome"] == "posted"
    # a patient's name beside it is still refused, and the signature is not listed with it
    text = "Her husband Tevita Fifita called about the CT.\n\nBruno\n"
    body = _post_mail(client, _message(thread["bruno"].email, thread["address"], text,
                                       message_id="<patient-name@mail.test>")).get_json()
    assert body["outcome"] == "refused"
    assert [f["text"] for f in body["findings"]] == ["Tevita Fifita"]


def test_the_same_message_twice_posts_once(client, session, thread):
    message = _message(thread["bruno"].email, thread["address"], "Once only, please.")
    outcomes = [_post_mail(client, message).get_json()["outcome"] for _ in range(2)]
    assert outcomes == ["posted", "duplicate"]
    assert [p.raw for p in _replies(session, thread["topic_id"])] == ["Once only, please.\n"]
    assert session.scalar(select(IncomingMail.outcome)) == "posted"


def test_automatic_mail_and_our_own_messages_are_ignored(client, session, thread):
    auto = _message(thread["bruno"].email, thread["address"], "I am out of office.",
                    Auto_Submitted="auto-replied")
    ours = _message(thread["bruno"].email, thread["address"], "bounced",
                    message_id=f"<{'ab' * 12}.mention@reply.test>")
    # A member whose own mail is at the reply domain is not taken for us.
    theirs = _message(thread["bruno"].email, thread["address"], "Mine.",
                      message_id="<CAF1234.xyz@reply.test>")
    for message in (auto, ours):
        assert _post_mail(client, message).get_json()["outcome"] == "ignored"
    assert _replies(session, thread["topic_id"]) == []
    assert _post_mail(client, theirs).get_json()["outcome"] == "posted"
    assert _refusals(session, thread["bruno"].email) == []


@pytest.fixture
def slow_replies(app_config):
    """Members may reply once a minute (before the app is built)."""
    app_config["posting_limits"] = {"topic_new": 0, "reply_new": 60, "topic": 0, "reply": 60}


def test_the_rate_limit_of_the_page_applies(slow_replies, client, session, thread):
    topic = boards.get_topic(session, None, thread["topic_id"])
    boards.reply(session, session.merge(thread["bruno"]), topic, {"raw": "On the page."})
    commit(session)
    answer = _post_mail(client, _message(thread["bruno"].email, thread["address"], "By mail"))
    assert answer.get_json()["outcome"] == "refused"
    assert "You can post another reply in" in answer.get_json()["reason"]
    assert [p.raw for p in _replies(session, thread["topic_id"])] == ["On the page."]
    [refusal] = _refusals(session, thread["bruno"].email)
    assert "You can post another reply in" in refusal.text_body


def test_an_unconfirmed_address_cannot_post_by_mail(client, session, thread, make_user):
    carla = make_user(username="carla", email_verified=False)
    address = incoming.reply_address(carla.id, thread["post_id"])
    answer = _post_mail(client, _message(carla.email, address, "Me too."))
    assert answer.get_json()["outcome"] == "refused"
    assert "Confirm your email address" in answer.get_json()["reason"]
    assert _replies(session, thread["topic_id"]) == []


def test_the_same_rules_as_the_page_locked_topic(client, session, thread):
    topic = boards.get_topic(session, None, thread["topic_id"])
    topic.locked = True
    commit(session)
    answer = _post_mail(client, _message(thread["bruno"].email, thread["address"], "Hello"))
    assert answer.get_json()["outcome"] == "refused"
    assert "locked" in answer.get_json()["reason"]
    [refusal] = _refusals(session, thread["bruno"].email)
    assert "locked" in refusal.text_body


def test_the_endpoint_wants_the_secret(client, thread):
    message = _message(thread["bruno"].email, thread["address"], "hi")
    assert _post_mail(client, message, secret="wrong").status_code == 403
    assert client.post("/api/v1/mail/incoming", data=message.as_bytes()).status_code == 403


def test_the_notification_mail_carries_the_reply_address_that_posts(client, session, thread):
    """The whole loop: amina mentions bruno; his notification mail's Reply-To, answered,
    becomes his reply to her post."""
    topic = boards.get_topic(session, None, thread["topic_id"])
    mention = boards.reply(session, session.merge(thread["amina"]), topic,
                           {"raw": "What would you do, @bruno?"})
    commit(session)
    mention_id = mention.id
    session.rollback()
    [mail] = session.scalars(select(MailMessage).where(
        MailMessage.to_address == thread["bruno"].email, MailMessage.kind == "mention"))
    reply_to = mail.headers["Reply-To"]
    assert reply_to.startswith("reply+") and reply_to.endswith("@reply.test")
    assert incoming.read_reply_token(reply_to.split("@")[0].removeprefix("reply+")) == (
        thread["bruno"].id, mention_id)
    answer = _post_mail(client, _message(
        thread["bruno"].email, reply_to, "Echo first.\n\n> What would you do, @bruno?\n",
        In_Reply_To=mail.message_id))
    assert answer.get_json()["outcome"] == "posted"
    replies = _replies(session, thread["topic_id"])
    assert [(p.raw, p.reply_to_id) for p in replies][-1] == ("Echo first.\n", mention_id)

"""Notifications by mail: a reply, a mention or a quote mails the member at once (one message,
the right subject, a link that works, List-Unsubscribe); a daily cadence leaves it to the
daily digest, sent once per period and skipped when empty; posts of a restricted board never
reach those who cannot read them; moderation outcomes are mailed to the members concerned."""
from __future__ import annotations

import threading
from datetime import timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, select

from community.boards.models import Post
from community.mail.service import set_cadence
from community.notifications import digest, tasks
from community.notifications.models import DigestSent, Notification
from community.platform.accounts.models import User
from community.platform.db import db, task_session, utcnow
from community.platform.spaces.models import Board
from tests.support import disclosures
from tests.support import flags as support
from tests.support.api import PREFIX
from tests.support.flags import act, flag, fresh, item_for, new_topic, reply
from tests.support.mail import clear_sent, sent_messages
from tests.support.web import login

api = support.api  # the fixture


@pytest.fixture(autouse=True)
def _no_mail_yet(app):
    clear_sent(app)  # the app (and its instance folder) is shared between tests


def _to(app, user: User) -> list:
    return [m for m in sent_messages(app) if user.email in str(m["To"])]


def _text(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def _html(message) -> str:
    return message.get_body(preferencelist=("html",)).get_content()


def _link(message, prefix: str) -> str:
    """The first link in the text part starting with the site's `prefix` path."""
    for word in _text(message).split():
        if urlsplit(word).path.startswith(prefix):
            return word
    raise AssertionError(f"no {prefix} link in {_text(message)!r}")


def _cadence(session, user: User, kind: str, cadence: str) -> None:
    set_cadence(session, session.get(User, user.id), kind, cadence)
    session.commit()


def _due_now():
    """A moment when a UTC member's daily digest is due (after 07:00), after now."""
    now = utcnow() + timedelta(minutes=1)
    return now if now.hour >= 7 else now.replace(hour=7, minute=30)


def test_a_reply_mails_its_author_once_with_a_working_link(api, app, client, session,
                                                          make_user, token_for):
    author, replier = make_user(), make_user(display_name="Dr Bruno Costa")
    topic = new_topic(api, token_for(author))
    opening = api.get(f"{PREFIX}/topics/{topic['id']}", token=token_for(author)
                      ).get_json()["posts"]["items"][0]
    answer = api.post(f"{PREFIX}/topics/{topic['id']}/posts", token=token_for(replier),
                      expect=201, json={"raw": "Check the **QT** again after exercise.",
                                        "reply_to": opening["id"]}).get_json()
    mails = _to(app, author)
    assert len(mails) == 1, [m["Subject"] for m in mails]
    mail = mails[0]
    assert mail["Subject"].startswith("Dr Bruno Costa replied")
    assert topic["title"] in mail["Subject"]
    assert mail["List-Unsubscribe"] and mail["Auto-Submitted"] == "auto-generated"
    assert "Check the QT again" in _text(mail) and "reply on the site" in _text(mail).lower()
    assert f"/p/{answer['id']}" in _text(mail)
    assert "<strong>QT</strong>" in _html(mail)
    # The link leads to the post for the member it was sent to.
    login(client, author)
    response = client.get(_link(mail, f"/p/{answer['id']}"), follow_redirects=True)
    assert response.status_code == 200 and "again after exercise" in response.get_data(
        as_text=True)
    # The notification task running again (acks_late) mails nobody twice.
    tasks.notify_post_created(answer["id"])
    assert len(_to(app, author)) == 1


def test_a_mention_and_a_quote_each_mail_their_member(api, app, session, make_user,
                                                      token_for):
    author = make_user(username="amina")
    mentioned = make_user(username="chen")
    replier = make_user(display_name="Dr Dara Ek")
    token = token_for(replier)
    topic = new_topic(api, token_for(author))
    reply(api, token, topic["id"], "What would @chen do here?")
    mails = _to(app, mentioned)
    assert [m["Subject"] for m in mails] == [f"Dr Dara Ek mentioned you in “{topic['title']}”"]
    assert "@chen" in _text(mails[0])
    before = len(_to(app, author))
    quoted = ("> **@amina** wrote in post #1:\n>\n> A 19-year-old collapsed.\n\n"
              "Was there a family history?")
    reply(api, token, topic["id"], quoted)
    subjects = [m["Subject"] for m in _to(app, author)[before:]]
    assert subjects == [f"Dr Dara Ek quoted you in “{topic['title']}”"]


def test_daily_cadence_goes_to_the_digest_once_and_empty_digests_are_skipped(
        api, app, session, make_user, token_for):
    author, replier, idle = make_user(), make_user(), make_user()
    for member in (author, idle):
        _cadence(session, member, "reply", "daily")
    topic = new_topic(api, token_for(author))
    answer = reply(api, token_for(replier), topic["id"], "Exercise testing first.")
    assert _to(app, author) == []  # not at once
    fresh(session)
    note = session.scalar(select(Notification).where(Notification.user_id == author.id))
    assert note is not None and note.read_at is None
    now = _due_now()
    first = tasks.send_digests("daily", now)
    digests = _to(app, author)
    assert len(digests) == 1 and digests[0]["X-Rounds-Kind"] == "digest"
    assert digests[0]["Subject"] == "Your daily digest: 1 new notification"
    assert digests[0]["List-Unsubscribe"]
    assert topic["title"] in _text(digests[0]) and f"/p/{answer['id']}" in _text(digests[0])
    assert _to(app, idle) == [] and first.sent >= 1 and first.empty >= 1
    # Again in the same period, or a later run that day: nothing more.
    again = tasks.send_digests("daily", now + timedelta(minutes=30))
    assert again.sent == 0 and len(_to(app, author)) == 1
    fresh(session)
    assert session.get(DigestSent, (author.id, "daily")).period == now.date().isoformat()


def test_the_digest_waits_for_the_morning_in_the_members_time_zone(
        api, app, session, make_user, token_for):
    zone = ZoneInfo("America/Los_Angeles")
    author = make_user(time_zone="America/Los_Angeles")
    _cadence(session, author, "reply", "daily")
    topic = new_topic(api, token_for(author))
    reply(api, token_for(make_user()), topic["id"], "A reply to digest.")
    # A moment before 07:00 there, then one after it: within a day of the reply.
    local = (utcnow() + timedelta(seconds=5)).astimezone(zone)
    early = local if local.hour == 6 else local.replace(hour=6, minute=0)
    if early < local:
        early += timedelta(days=1)
    assert tasks.send_digests("daily", early).sent == 0  # 06:xx there
    due = early.replace(hour=7, minute=0, second=30)
    assert tasks.send_digests("daily", due).sent == 1  # 07:00 there
    assert len(_to(app, author)) == 1


def test_restricted_board_posts_never_reach_members_who_cannot_read_them(
        api, app, session, make_user, token_for):
    clinician = make_user(verified=True, username="vera")
    outsider = make_user(username="otto")
    _cadence(session, outsider, "mention", "daily")
    topic = new_topic(api, token_for(clinician))
    post = reply(api, token_for(clinician), topic["id"], "Thoughts, @otto?")
    fresh(session)
    board = session.scalar(select(Board).where(Board.slug == "cardiology"))
    board.verified_only = True  # restricted after the notification was made
    session.commit()
    assert tasks.send_digests("daily", _due_now()).sent == 0
    _cadence(session, outsider, "mention", "immediately")
    tasks.notify_post_created(post["id"])  # at once now: still nothing
    assert _to(app, outsider) == []
    # Nor is a mention in a restricted board made into a notification at all.
    other = new_topic(api, token_for(clinician), title="Restricted board from the start")
    reply(api, token_for(clinician), other["id"], "And @otto again")
    assert _to(app, outsider) == []


def test_moderation_outcomes_are_mailed_to_the_author_and_the_flagger(
        api, app, session, make_user, token_for):
    author = make_user()
    topic = new_topic(api, token_for(author))
    post = reply(api, token_for(author), topic["id"], "Try this supplement, link in bio.")
    flagger = make_user(verified=True)
    flag(api, token_for(flagger), post["id"], "patient_privacy", message="Names a ward.")
    hidden = _to(app, author)
    assert [m["Subject"] for m in hidden] == ["Your post was hidden pending a moderator's "
                                              "review"]
    assert hidden[0]["X-Rounds-Kind"] == "moderation_outcome"
    assert "hidden after members flagged it" in _text(hidden[0])
    item = item_for(session, "flagged_post", post["id"])
    act(api, token_for(make_user("moderator")), item, "remove", "Promotes a product.")
    subjects = [m["Subject"] for m in _to(app, author)]
    assert subjects[-1] == "Your post was removed by a moderator"
    assert "Promotes a product." in _text(_to(app, author)[-1])
    resolved = _to(app, flagger)
    assert [m["Subject"] for m in resolved] == ["The post you flagged was reviewed"]
    assert "removed the post" in _text(resolved[0])


def test_the_weekly_digest_has_likes_and_popular_topics_the_member_can_read(
        api, app, session, make_user, token_for):
    member, clinician = make_user(), make_user(verified=True)
    mine = new_topic(api, token_for(member), title="My question about syncope workup")
    first = api.get(f"{PREFIX}/topics/{mine['id']}", token=token_for(member)
                    ).get_json()["posts"]["items"][0]
    api.put(f"{PREFIX}/posts/{first['id']}/like", token=token_for(clinician), expect=200)
    assert _to(app, member) == []  # a like is never mailed on its own
    popular = new_topic(api, token_for(clinician), title="Popular: QT prolongation drugs")
    for _ in range(2):
        reply(api, token_for(make_user()), popular["id"], "Following this one.")
    fresh(session)
    secret = session.scalar(select(Board).where(Board.slug != "cardiology").order_by(Board.id))
    secret.verified_only = True
    session.commit()
    new_topic(api, token_for(clinician), board=secret.slug,
              title="Restricted: a case only clinicians read")
    sent = tasks.send_digests("weekly", _due_now())
    [digest] = _to(app, member)
    text = _text(digest)
    assert digest["Subject"] == "Your weekly digest: 1 new notification"
    assert "liked your post in “My question about syncope workup”" in text
    assert "Popular: QT prolongation drugs" in text and "2 replies" in text
    assert "Restricted" not in text and "Restricted" not in _html(digest)
    assert sent.sent >= 1
    # The verified clinician, who started both, is offered neither of their own topics.
    assert all("Popular:" not in _text(m) for m in _to(app, clinician))


def test_a_digest_costs_the_same_queries_for_2_or_12_unread_items(
        api, app, session, make_user, token_for):
    few, many = make_user(username="fewer"), make_user(username="many")
    for member in (few, many):
        _cadence(session, member, "mention", "daily")
    token = token_for(make_user())
    topic = new_topic(api, token)
    for n in range(12):
        reply(api, token, topic["id"], f"Case note {n}: @many" + (" and @fewer" if n < 2 else ""))
    now, statements = _due_now(), []
    due = digest.due_periods(session, "daily", now)
    session.rollback()

    me = threading.get_ident()

    def count(*_args) -> None:
        if threading.get_ident() == me:  # not the search index's writer thread
            statements.append(1)

    costs = {}
    for member in (few, many):  # the digest's building and queueing (not the sending after)
        with task_session() as unit:
            statements.clear()
            event.listen(db.engine, "before_cursor_execute", count)
            try:
                result = digest.send_batch(unit, "daily", [member.id], due, now)
            finally:
                event.remove(db.engine, "before_cursor_execute", count)
        assert result.sent == 1
        costs[member.username] = len(statements)
    assert costs["fewer"] == costs["many"], costs
    [digest_many] = _to(app, many)
    assert digest_many["Subject"] == "Your daily digest: 12 new notifications"


def test_a_held_first_post_approved_or_rejected_is_mailed_to_its_author(
        api, app, client, session, make_user, token_for):
    moderator = token_for(make_user("moderator"))
    approved_author, rejected_author = make_user(trust_level=0), make_user(trust_level=0)
    kept = new_topic(api, token_for(approved_author), title="First topic of a newcomer here")
    dropped = new_topic(api, token_for(rejected_author), title="Another newcomer's first one")
    for topic, action, reason in ((kept, "approve", ""), (dropped, "reject", "Off topic.")):
        fresh(session)
        post_id = session.scalar(select(Post.id).where(Post.topic_id == topic["id"]))
        item = item_for(session, "queued_post", post_id)
        assert item is not None and item.status == "pending"
        act(api, moderator, item, action, reason)
    [approved] = _to(app, approved_author)
    assert approved["Subject"] == "Your post was approved and is published"
    assert "First topic of a newcomer here" in _text(approved)
    [rejected] = _to(app, rejected_author)
    assert rejected["Subject"] == "Your post was not approved"
    assert "Off topic." in _text(rejected)
    login(client, rejected_author)  # the link shows the decision and its reason
    page = client.get(_link(rejected, "/moderation/my-posts"))
    assert page.status_code == 200 and "Off topic." in page.get_data(as_text=True)


def test_what_was_mailed_at_once_is_not_listed_again_in_a_digest(
        api, app, session, make_user, token_for):
    author = make_user()
    topic = new_topic(api, token_for(author))
    opening = api.get(f"{PREFIX}/topics/{topic['id']}", token=token_for(author)
                      ).get_json()["posts"]["items"][0]
    api.post(f"{PREFIX}/topics/{topic['id']}/posts", token=token_for(make_user()), expect=201,
             json={"raw": "Mailed at once.", "reply_to": opening["id"]})
    assert len(_to(app, author)) == 1
    _cadence(session, author, "reply", "daily")  # changed their mind afterwards
    result = tasks.send_digests("daily", _due_now())
    assert len(_to(app, author)) == 1 and result.sent == 0


def test_a_reviewed_disclosure_is_mailed_as_a_moderation_outcome(app, session, make_user):
    member, moderator = make_user(), make_user("moderator")
    disclosures.file(session, member, declared_none=True)
    clearance = disclosures.request(session, member, "case_author", "case", 3,
                                    "Case report: Wellens")
    disclosures.act(session, moderator, clearance, "refuse", {}, reason="Wrong case")
    [mail] = _to(app, member)
    assert mail["X-Rounds-Kind"] == "moderation_outcome" and mail["List-Unsubscribe"]
    assert mail["Subject"] == "Your disclosure was reviewed"
    assert "was refused: Wrong case" in _text(mail) and f"#role-{clearance.id}" in _text(mail)

"""queue_mail end to end on the embedded default (file transport, eager Celery): written
in the caller's unit of work, sent only after it commits, never after a rollback; the
cadence and the dedupe key decide whether anything is written."""
from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from community.mail import tasks
from community.mail.models import MailMessage
from community.mail.service import cadence_for, queue_mail, set_cadence
from community.platform.accounts.models import User
from community.platform.db import commit, db, rollback, utcnow
from community.platform.errors import ValidationError
from tests.support.mail import clear_sent, mail_folder, sent_messages


def _queue(member, kind="reply", **extra):
    return queue_mail(db.session, kind=kind, to=member, subject="Dr Okafor replied",
                      template="notice",
                      context={"message": "A reply to your topic.",
                               "link": "http://localhost:5000/t/1",
                               "when": datetime(2026, 3, 1, 12, 0, tzinfo=UTC)}, **extra)


def test_a_message_is_written_after_the_commit_and_parses(app, make_user):
    member = make_user(time_zone="Asia/Tokyo")
    clear_sent(app)
    with app.app_context():
        message = _queue(db.session.get(User, member.id))
        assert message is not None and message.status == "queued"
        assert sent_messages(app) == []  # nothing before the commit
        commit(db.session)
        assert db.session.scalar(select(MailMessage.status).where(
            MailMessage.id == message.id)) == "sent"
    [email] = sent_messages(app)
    assert email["To"].addresses[0].addr_spec == member.email
    assert email["Subject"] == "Dr Okafor replied"
    assert email["Auto-Submitted"] == "auto-generated"
    assert email["Message-ID"].endswith("@localhost>")
    assert email["List-Unsubscribe"].startswith("<http://localhost:5000/mail/unsubscribe/")
    assert email["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # On the wire as one plain line (RFC 2369/8058), never folded into encoded words.
    [raw] = [p.read_bytes() for p in mail_folder(app).glob("*.eml")]
    assert re.search(rb"\r?\nList-Unsubscribe: <http://localhost:5000/mail/unsubscribe/"
                     rb"[\w.-]+>\r?\n", raw)
    assert email.get_content_type() == "multipart/alternative"
    text = email.get_body(("plain",)).get_content()
    html = email.get_body(("html",)).get_content()
    assert "A reply to your topic." in text and "A reply to your topic." in html
    assert "21:00 JST" in text  # 12:00 UTC in the recipient's own zone
    assert "http://localhost:5000/account/mail" in text


def test_nothing_is_sent_when_the_caller_rolls_back(app, make_user):
    member = make_user()
    clear_sent(app)
    with app.app_context():
        assert _queue(db.session.get(User, member.id)) is not None
        rollback(db.session)
        assert db.session.scalar(select(func.count()).select_from(MailMessage)) == 0
    assert sent_messages(app) == []


def test_cadence_other_than_immediately_writes_nothing(app, make_user):
    member = make_user()
    with app.app_context():
        user = db.session.get(User, member.id)
        assert cadence_for(db.session, user, "reply") == "immediately"
        assert cadence_for(db.session, user, "watched") == "daily"
        set_cadence(db.session, user, "reply", "never")
        assert _queue(user) is None
        set_cadence(db.session, user, "reply", "daily")
        assert _queue(user) is None
        assert _queue(user, kind="watched") is None  # daily by default
        assert _queue(user, kind="password_reset") is not None  # transactional: always
        commit(db.session)
        assert db.session.scalar(select(func.count()).select_from(MailMessage)) == 1


def test_the_same_dedupe_key_is_queued_once(app, make_user):
    member = make_user()
    clear_sent(app)
    with app.app_context():
        user = db.session.get(User, member.id)
        assert _queue(user, dedupe_key="reply:1:1") is not None
        commit(db.session)
        assert _queue(user, dedupe_key="reply:1:1") is None
    assert len(sent_messages(app)) == 1


def test_mail_to_an_address_without_an_account_with_an_attachment(app):
    clear_sent(app)
    with app.app_context():
        message = queue_mail(db.session, kind="coauthor_invitation", to="new@example.org",
                             subject="Join a write-up", template="notice",
                             context={"message": "You are invited."},
                             attachments=[("session.ics", "text/calendar",
                                           b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")],
                             reply_to="editor@example.org")
        assert message is not None
        commit(db.session)
    [email] = sent_messages(app)
    assert email.get_content_type() == "multipart/mixed"
    [attachment] = list(email.iter_attachments())
    assert attachment.get_filename() == "session.ics"
    assert attachment.get_content_type() == "text/calendar"
    assert email["Reply-To"] == "editor@example.org"
    assert email["List-Unsubscribe"]


def test_the_sweep_blanks_the_text_of_messages_done_with_long_ago(app, make_user):
    member = make_user()
    with app.app_context():
        user = db.session.get(User, member.id)
        old, recent = _queue(user, dedupe_key="old"), _queue(user, dedupe_key="recent")
        commit(db.session)
        db.session.get(MailMessage, old.id).created_at = utcnow() - timedelta(days=31)
        commit(db.session)
        assert tasks.sweep() == 0
        db.session.expire_all()
        assert db.session.get(MailMessage, old.id).text_body == ""
        assert db.session.get(MailMessage, old.id).dedupe_key == "old"
        assert "A reply to your topic." in db.session.get(MailMessage, recent.id).text_body


def test_the_digest_goes_unless_its_cadence_is_never(app, make_user):
    member = make_user()
    with app.app_context():
        user = db.session.get(User, member.id)
        assert cadence_for(db.session, user, "digest") == "weekly"
        assert _queue(user, kind="digest") is not None
        set_cadence(db.session, user, "digest", "never")
        assert _queue(user, kind="digest") is None
        rollback(db.session)


def test_an_unknown_kind_or_a_bad_address_is_the_callers_error(app):
    with app.app_context():
        with pytest.raises(ValueError, match="no mail kind"):
            queue_mail(db.session, kind="newsletter", to="a@example.org", subject="x",
                       template="notice", context={"message": "x"})
        for bad in ("not an address", "a@example.org\r\nBcc: b@example.org", ""):
            with pytest.raises(ValueError, match="not an email address"):
                queue_mail(db.session, kind="password_reset", to=bad, subject="x",
                           template="notice", context={"message": "x"})
        with pytest.raises(ValidationError):
            set_cadence(db.session, None, "password_reset", "never")


def test_what_members_wrote_is_escaped_in_the_html_and_kept_in_the_text(app, make_user):
    member = make_user(display_name="Dr <b>Bold</b>")
    clear_sent(app)
    with app.app_context():
        queue_mail(db.session, kind="reply", to=db.session.get(User, member.id),
                   subject="Re: <script>", template="notice",
                   context={"message": "<script>alert(1)</script> & more"})
        commit(db.session)
    [email] = sent_messages(app)
    html = email.get_body(("html",)).get_content()
    text = email.get_body(("plain",)).get_content()
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
    assert "Dr &lt;b&gt;Bold&lt;/b&gt;" in html
    assert "<script>alert(1)</script> & more" in text
    assert email["Subject"] == "Re: <script>"

"""The SMTP transport in this process (eager Celery) against a real aiosmtpd server: the
message arrives with its headers and parts; a temporary refusal leaves it queued for the
outbox relay to try again (delivered once); a permanent refusal is recorded on the message
and on the address, and after mail_max_failures mail to the address stops and the member
sees a banner until they start it again."""
from __future__ import annotations

import time
from datetime import timedelta

import pytest
from sqlalchemy import select

from community.mail import tasks
from community.mail.models import MailMessage, MailRecipient
from community.mail.service import queue_mail
from community.platform import events
from community.platform.accounts.models import User
from community.platform.db import commit, db, utcnow
from tests.support.mail import SmtpServer
from tests.support.web import login, post_form


@pytest.fixture
def smtp_config(app_config, smtp_server):
    app_config.update(smtp_url=smtp_server.url, mail_max_failures=2, mail_retry_seconds=0)
    return app_config


def _queue(app, member_id: int, kind: str = "reply", subject: str = "A reply"):
    with app.app_context():
        message = queue_mail(db.session, kind=kind, to=db.session.get(User, member_id),
                             subject=subject, template="notice",
                             context={"message": "Dr Lindqvist replied."})
        commit(db.session)
        return message.id if message is not None else None


def _message(app, message_id: int) -> MailMessage:
    with app.app_context():
        return db.session.get(MailMessage, message_id)


def test_a_message_arrives_over_smtp_with_its_headers(smtp_config, app, smtp_server,
                                                       make_user):
    member = make_user()
    message_id = _queue(app, member.id)
    [email] = smtp_server.wait_for(1)
    _sender, recipients, raw = smtp_server.received[0]
    assert recipients == [member.email]
    assert b"\nList-Unsubscribe: <http://localhost:5000/mail/unsubscribe/" in raw
    assert email["From"] == "Rounds <rounds@localhost>"
    assert email["Message-ID"] == _message(app, message_id).message_id
    assert email["Date"] and email["Auto-Submitted"] == "auto-generated"
    assert email["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert {p.get_content_type() for p in email.walk()} >= {"text/plain", "text/html"}
    assert _message(app, message_id).status == "sent"


def test_a_temporary_refusal_is_retried_and_delivered_once(smtp_config, app, smtp_server,
                                                           make_user):
    member = make_user()
    smtp_server.plan = ["451"]
    message_id = _queue(app, member.id)
    queued = _message(app, message_id)
    assert queued.status == "queued" and queued.attempts == 1
    assert "451" in queued.last_error
    assert smtp_server.received == []
    time.sleep(2.2)  # the outbox's first backoff
    with app.app_context():
        assert events.relay_once() == (1, 0)
    assert len(smtp_server.wait_for(1)) == 1
    sent = _message(app, message_id)
    assert sent.status == "sent" and sent.attempts == 2
    with app.app_context():  # sending it again (a task delivered twice) sends nothing
        app.extensions["celery"].tasks["rounds.send_mail"].delay(message_id)
    assert len(smtp_server.received) == 1 and smtp_server.attempts == ["451", "ok"]


@pytest.fixture
def slow_retry_config(app_config, smtp_server):
    app_config.update(smtp_url=smtp_server.url, mail_retry_seconds=3600)
    return app_config


def test_in_process_retries_keep_to_the_messages_backoff(slow_retry_config, app,
                                                         smtp_server, make_user):
    member = make_user()
    smtp_server.plan = ["451"]
    message_id = _queue(app, member.id)
    time.sleep(2.2)
    with app.app_context():
        assert events.relay_once() == (0, 1)  # the outbox tried; the message is not due
    assert smtp_server.attempts == ["451"]
    assert _message(app, message_id).attempts == 1
    assert _message(app, message_id).status == "queued"


def test_permanent_refusals_stop_mail_to_the_address_and_the_member_is_told(
        smtp_config, app, client, smtp_server, make_user):
    member = make_user()
    smtp_server.plan = ["550"]
    smtp_server.refuse_recipients = {}
    first = _queue(app, member.id)
    assert _message(app, first).status == "failed"
    assert "550" in _message(app, first).last_error
    smtp_server.refuse_recipients = {member.email: "550 5.1.1 No such mailbox"}
    second = _queue(app, member.id, kind="mention")
    assert _message(app, second).status == "failed"
    with app.app_context():
        record = db.session.scalar(select(MailRecipient).where(
            MailRecipient.address == member.email))
        assert record.failures == 2 and record.stopped_at is not None
    assert _queue(app, member.id, kind="quote") is None  # stopped: not even queued
    smtp_server.refuse_recipients = {}
    # Transactional mail still goes (a password reset is how one fixes things).
    reset = _queue(app, member.id, kind="password_reset", subject="Reset your password")
    assert _message(app, reset).status == "sent"
    login(client, member)
    page = client.get("/account").get_data(as_text=True)
    banner = f"Mail to <bdi>{member.email}</bdi> stopped"
    assert banner in page and "/account/mail" in page
    assert "Start mail again" in client.get("/account/mail").get_data(as_text=True)
    assert post_form(client, "/account/mail/resume").status_code == 303
    assert banner not in client.get("/account").get_data(as_text=True)
    assert _queue(app, member.id, kind="quote") is not None


def test_the_server_going_away_mid_send_keeps_the_message(smtp_config, app, smtp_server,
                                                          make_user):
    member = make_user()
    smtp_server.plan = ["drop"]
    message_id = _queue(app, member.id)
    assert _message(app, message_id).status == "queued"
    time.sleep(2.2)
    with app.app_context():
        events.relay_once()
    assert len(smtp_server.wait_for(1)) == 1
    assert _message(app, message_id).status == "sent"


CREDENTIALS = ("rounds@example.org", "p@ss:word/1")


@pytest.fixture
def auth_smtp():
    with SmtpServer(credentials=CREDENTIALS) as server:
        yield server


@pytest.fixture
def auth_config(app_config, auth_smtp):
    app_config.update(smtp_url=auth_smtp.url)
    return app_config


@pytest.fixture
def wrong_password_config(app_config, auth_smtp):
    app_config.update(smtp_url=auth_smtp.url.replace("p%40ss", "wrong"))
    return app_config


def test_sign_in_to_the_server_with_the_urls_credentials(auth_config, app, auth_smtp,
                                                          make_user):
    member = make_user()
    message_id = _queue(app, member.id)
    assert len(auth_smtp.wait_for(1)) == 1
    assert auth_smtp.logins == ["rounds@example.org"]
    assert _message(app, message_id).status == "sent"


def test_a_wrong_password_is_a_temporary_failure_not_the_recipients(
        wrong_password_config, app, auth_smtp, make_user):
    member = make_user()
    message = _message(app, _queue(app, member.id))
    assert message.status == "queued" and "authentication" in message.last_error
    with app.app_context():
        assert db.session.scalar(select(MailRecipient)) is None
    assert auth_smtp.received == [] and set(auth_smtp.logins) == {"rounds@example.org"}


def test_the_sweep_sends_what_a_lost_worker_left(smtp_config, app, smtp_server, make_user):
    member = make_user()
    smtp_server.plan = ["451"]
    message_id = _queue(app, member.id)
    with app.app_context():  # as if a worker died mid-send long ago, and the retry was lost
        row = db.session.get(MailMessage, message_id)
        row.status, row.lease_until = "sending", utcnow() - timedelta(minutes=1)
        commit(db.session)
        assert tasks.sweep() == 1
    assert len(smtp_server.wait_for(1)) == 1
    assert _message(app, message_id).status == "sent"


@pytest.fixture(params=["starttls", "implicit"])
def tls_smtp(request, tmp_path, monkeypatch):
    with SmtpServer(credentials=CREDENTIALS, tls=request.param, cert_dir=tmp_path) as server:
        # The client verifies the server's certificate: trust the test's own.
        monkeypatch.setenv("SSL_CERT_FILE", str(server.cert_path))
        yield server


@pytest.fixture
def tls_config(app_config, tls_smtp):
    app_config.update(smtp_url=tls_smtp.url)
    return app_config


def test_starttls_and_implicit_tls_with_a_verified_certificate(tls_config, app, tls_smtp,
                                                               make_user):
    assert tls_smtp.url.startswith("smtps://" if tls_smtp.tls == "implicit" else "smtp://")
    member = make_user()
    message_id = _queue(app, member.id)
    assert len(tls_smtp.wait_for(1)) == 1
    assert _message(app, message_id).status == "sent"
    assert set(tls_smtp.logins) == {"rounds@example.org"}


@pytest.fixture
def untrusted_config(app_config, tmp_path):
    with SmtpServer(tls="starttls", cert_dir=tmp_path) as server:
        app_config.update(smtp_url=server.url)
        yield app_config


def test_a_certificate_nobody_vouches_for_is_refused(untrusted_config, app, make_user):
    member = make_user()
    message = _message(app, _queue(app, member.id))
    assert message.status == "queued"
    assert "CERTIFICATE_VERIFY_FAILED" in message.last_error

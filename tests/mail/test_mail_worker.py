"""The production path of mail: the web app queues a message, a REAL Celery worker process
(Redis as broker) sends it to a real SMTP server (aiosmtpd, in this process). Headers and
MIME parts, the links followed by the test client without signing in, 4xx retried with
backoff by the worker and delivered once, the server going away mid-send, 5xx recorded
and counted until mail to the address stops, a task delivered twice sending once."""
from __future__ import annotations

import re
import time

import pytest
from sqlalchemy import select

from community.app import create_app
from community.mail.models import MailMessage, MailRecipient
from community.mail.service import queue_mail
from community.platform import events
from community.platform.accounts.models import User
from community.platform.db import db, task_session
from tests.support.mail import SmtpServer
from tests.support.services import celery_worker, free_port

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def mail_worker(tmp_path_factory, database_url, redis_url):
    """One aiosmtpd server and one worker for the module (a worker takes seconds to start);
    each test resets the server's plan."""
    with SmtpServer() as smtp:
        env = {"ROUNDS_SMTP_URL": smtp.url, "ROUNDS_MAIL_RETRY_SECONDS": "0.3",
               "ROUNDS_MAIL_MAX_FAILURES": "2"}
        with celery_worker(tmp_path_factory.mktemp("mail-worker"), database_url, redis_url,
                           "rounds", env) as process:
            yield smtp, process


@pytest.fixture
def smtp(mail_worker):
    server, _process = mail_worker
    server.reset()
    return server


@pytest.fixture
def web(app_config, redis_url, mail_worker):
    """The web side: the same database, tasks sent to the worker through Redis."""
    server, _process = mail_worker
    return create_app({**app_config, "redis_url": redis_url, "celery_eager": False,
                       "smtp_url": server.url, "mail_max_failures": 2})


def _queue(web, member_id: int, kind: str = "mention") -> int:
    # A unit that reads, then writes, while the worker writes too: it takes the write lock
    # at BEGIN on SQLite (task_session), as the app's own tasks and requests do.
    with web.app_context(), task_session() as session:
        message = queue_mail(session, kind=kind, to=session.get(User, member_id),
                             subject="You were mentioned", template="notice",
                             context={"message": "Dr Okafor mentioned you.",
                                      "link": "http://localhost:5000/notifications"})
    return message.id


def _wait_status(web, mail_worker, message_id: int, status: str,
                 timeout: float = 60) -> MailMessage:
    _server, process = mail_worker
    deadline = time.monotonic() + timeout
    with web.app_context():
        while time.monotonic() < deadline:
            db.session.rollback()  # a fresh snapshot each time
            found = db.session.get(MailMessage, message_id, populate_existing=True)
            if found is not None and found.status == status:
                return found
            assert process.poll() is None, process.stdout.read()
            time.sleep(0.2)
    raise AssertionError(f"message {message_id} never became {status}: "
                         f"{found.status if found else None}, {found.last_error if found else ''}")


def _path(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def test_the_worker_sends_it_with_the_right_headers_and_the_links_work(
        web, smtp, mail_worker, make_user):
    member = make_user()
    message_id = _queue(web, member.id)
    sent = _wait_status(web, mail_worker, message_id, "sent")
    [email] = smtp.wait_for(1)
    assert email["Message-ID"] == sent.message_id and email["Message-ID"].endswith("@localhost>")
    assert email["Date"] and email["To"].addresses[0].addr_spec == member.email
    assert email["Auto-Submitted"] == "auto-generated"
    assert email["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert email.get_content_type() == "multipart/alternative"
    text = email.get_body(("plain",)).get_content()
    html = email.get_body(("html",)).get_content()
    assert "Dr Okafor mentioned you." in text and "Dr Okafor mentioned you." in html
    # The links, followed by a browser that is not signed in.
    client = web.test_client()
    link = _path(email["List-Unsubscribe"].strip("<>"))
    assert client.get(link).status_code == 200
    assert client.post(link, data={"List-Unsubscribe": "One-Click"}).status_code == 200
    for href in re.findall(r'href="(http://localhost:5000/[^"]*)"', html):
        assert client.get(_path(href)).status_code in (200, 302, 303), href
    # A task delivered twice (acks_late, a redelivery) sends nothing more.
    with web.app_context():
        web.extensions["celery"].tasks["rounds.send_mail"].delay(message_id)
    time.sleep(2)
    assert len(smtp.received) == 1


def test_temporary_refusals_are_retried_with_backoff_and_delivered_once(
        web, smtp, mail_worker, make_user):
    member = make_user()
    smtp.plan = ["451", "421"]
    message_id = _queue(web, member.id)
    sent = _wait_status(web, mail_worker, message_id, "sent")
    assert sent.attempts == 3
    assert smtp.attempts == ["451", "421", "ok"]
    assert len(smtp.received) == 1


def test_the_server_going_away_mid_send_loses_nothing_and_sends_once(
        web, smtp, mail_worker, make_user):
    member = make_user()
    smtp.plan = ["drop", "drop"]
    message_id = _queue(web, member.id)
    sent = _wait_status(web, mail_worker, message_id, "sent")
    assert sent.attempts == 3 and smtp.attempts == ["drop", "drop", "ok"]
    assert len(smtp.received) == 1


def test_permanent_refusals_are_counted_and_stop_mail(web, smtp, mail_worker, make_user):
    member = make_user()
    smtp.plan = ["554"]
    first = _wait_status(web, mail_worker, _queue(web, member.id), "failed")
    assert "554" in first.last_error and first.attempts == 1
    smtp.refuse_recipients = {member.email: "550 5.1.1 No such mailbox"}
    _wait_status(web, mail_worker, _queue(web, member.id, kind="reply"), "failed")
    with web.app_context():
        record = db.session.scalar(select(MailRecipient).where(
            MailRecipient.address == member.email))
        assert record.failures == 2 and record.stopped_at is not None
        assert queue_mail(db.session, kind="quote", to=db.session.get(User, member.id),
                          subject="x", template="notice", context={"message": "x"}) is None
    assert smtp.received == []


def test_a_broker_that_is_away_delays_the_message_and_loses_nothing(
        app_config, web, smtp, mail_worker, make_user):
    member = make_user()
    # The web process's broker is unreachable: the write still commits, the message waits.
    away = create_app({**app_config, "redis_url": f"redis://127.0.0.1:{free_port()}/0",
                       "celery_eager": False, "smtp_url": smtp.url})
    message_id = _queue(away, member.id)
    with away.app_context():
        assert events.pending_for(away) == 1
        assert db.session.get(MailMessage, message_id).status == "queued"
    assert smtp.received == []
    # The broker is back (another process's relay, with Redis): the worker sends it once.
    # Once the outbox's backoff after the failed hand-over is over (2 s from when the failure
    # was recorded, which a loaded machine may record late), one relay delivers it.
    deadline = time.monotonic() + 20
    while True:
        with web.app_context():
            relayed = events.relay_once()
        if relayed != (0, 0) or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert relayed == (1, 0)
    _wait_status(web, mail_worker, message_id, "sent")
    assert len(smtp.wait_for(1)) == 1

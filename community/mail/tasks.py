"""The Celery side of mail: `rounds.send_mail` sends one queued message (idempotent: a
message is claimed with a conditional UPDATE and never sent twice), retrying temporary
failures with a growing delay; `rounds.mail_sweep` (every minute under beat) hands
messages a lost task left behind back to it."""
from __future__ import annotations

import logging

from celery import Task
from flask import current_app

from community.mail import service, transport
from community.platform.db import task_session
from community.platform.tasks import enqueue

log = logging.getLogger(__name__)


def queue_send(message_id: int) -> None:
    """The `mail_queued` subscriber: after the caller's commit."""
    enqueue("rounds.send_mail", message_id)


def send_mail(task: Task, message_id: int) -> str:
    """Send one message; what became of it ("sent", "retry", "failed", "skipped")."""
    eager = bool(task.request.is_eager)
    with task_session() as session:
        # In-process (the embedded default, no worker, no beat) the outbox relay is what
        # tries again, every few seconds: a message keeps to its own backoff meanwhile.
        message = service.claim(session, message_id, due_only=eager)
        waiting = message is None and eager and service.waits(session, message_id)
    if waiting:
        raise transport.TemporaryFailure("waiting for its next attempt")
    if message is None:
        return "skipped"
    to_address = message.to_address
    try:
        email = transport.build_email(message)
    except (ValueError, TypeError, LookupError) as exc:  # a row no MIME can be made of
        with task_session() as session:
            service.record_permanent_failure(session, message_id, f"unusable: {exc}", False)
        return "failed"
    config = service.settings()
    try:
        if config.smtp_url:
            transport.send_smtp(config.smtp_url, email, config.mail_from, to_address,
                                config.smtp_timeout_seconds)
        else:
            transport.write_file(transport.mail_folder(current_app.instance_path), message,
                                 email)
    except transport.PermanentFailure as exc:
        log.warning("mail %s to %s refused for good: %s", message_id, to_address, exc)
        with task_session() as session:
            service.record_permanent_failure(session, message_id, str(exc),
                                             exc.recipient_fault)
        return "failed"
    except Exception as exc:  # 4xx, connection lost, disk full… or unforeseen: try again
        # later, at most mail_max_attempts times in all.
        error = str(exc) if isinstance(exc, transport.TemporaryFailure) else \
            f"{exc.__class__.__name__}: {exc}"
        log.info("mail %s to %s not sent for now: %s", message_id, to_address, error)
        with task_session() as session:
            delay = service.record_temporary_failure(session, message_id, error)
        if delay is None:
            return "failed"
        if eager:
            # In-process: the outbox keeps the event and its relay tries again; the
            # message waits in `queued` until its next attempt.
            raise transport.TemporaryFailure(error) from exc
        raise task.retry(countdown=delay, max_retries=None) from exc
    with task_session() as session:
        service.record_sent(session, message_id)
    return "sent"


def sweep() -> int:
    """Hand back to rounds.send_mail what a lost task left: queued past its time, or
    sending past its lease (the claim keeps it from being sent twice); blank the text of
    messages done with long ago."""
    with task_session() as session:
        ids = service.due_for_sweep(session)
        service.forget_old_bodies(session)
    for message_id in ids:
        enqueue("rounds.send_mail", message_id)
    return len(ids)

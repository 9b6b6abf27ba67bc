"""Background work of disclosures: the renewal reminder, 30 days before a disclosure expires.

Expiry itself needs no job — the gate compares valid_until with the clock. The reminder runs
daily (06:00 UTC) under `celery beat`, next to a worker:

    celery -A wsgi:celery beat      # and: celery -A wsgi:celery worker -Q rounds

It is idempotent (Celery runs with acks_late and may deliver it twice): each disclosure is
reminded once, and the notice is unique per member, kind and link.
"""
from __future__ import annotations

from community.platform.db import task_session
from moderation.disclosures import service

REMINDER_TASK = "rounds.disclosure_reminders"


def send_disclosure_reminders() -> int:
    with task_session() as session:
        return service.send_expiry_reminders(session)

"""Background work of disclosures: the renewal reminder, 30 days before a disclosure expires.

Expiry itself needs no job — the gate compares valid_until with the clock. The reminder runs
daily under `celery beat` (the schedule entry is added to the app's Celery configuration by
`install_schedule`, called when the disclosures pages are registered):

    celery -A wsgi:celery beat      # next to a worker: celery -A wsgi:celery worker -Q rounds

It is idempotent (Celery runs with acks_late and may deliver it twice): each disclosure is
reminded once, and the notification is unique per member, kind and link.
"""
from __future__ import annotations

from celery import shared_task
from celery.schedules import crontab

from community.db import task_session
from moderation.disclosures import service

REMINDER_TASK = "rounds.disclosure_reminders"


@shared_task(name=REMINDER_TASK)
def send_disclosure_reminders() -> int:
    with task_session() as session:
        return service.send_expiry_reminders(session)


def install_schedule(celery) -> None:
    """Run the reminders every day at 06:00 UTC."""
    schedule = dict(celery.conf.beat_schedule or {})
    schedule["disclosure-reminders"] = {"task": REMINDER_TASK,
                                        "schedule": crontab(hour=6, minute=0),
                                        "options": {"queue": "rounds"}}
    celery.conf.beat_schedule = schedule

"""Background work after a post is committed: notifications. Tasks are idempotent, since
Celery runs with acks_late and may deliver a task twice, and the outbox may deliver an
event twice."""
from __future__ import annotations

from datetime import datetime

from community.notifications import digest, mailing, service
from community.platform.db import task_session, utcnow
from community.platform.tasks import enqueue

DIGEST_DAILY_TASK = "rounds.mail_digest_daily"
DIGEST_WEEKLY_TASK = "rounds.mail_digest_weekly"
DIGEST_BATCH = 500  # members per unit of work


def notify_post_created(post_id: int) -> int:
    with task_session() as session:
        created = service.notify_post_created(session, post_id)
        # By mail too, to those who want it at once (sent after the commit).
        mailing.mail_post_notifications(session, post_id)
        return created


def notify_post_liked(post_id: int, user_id: int) -> int:
    with task_session() as session:
        return service.notify_post_liked(session, post_id, user_id)


def queue_post_notifications(post_id: int) -> None:
    enqueue("rounds.notify_post_created", post_id)


def queue_like_notification(post_id: int, user_id: int) -> None:
    enqueue("rounds.notify_post_liked", post_id, user_id)


def deliver_member_notice(user_id: int, kind: str, message: str, link: str,
                          actor_id: int | None = None) -> None:
    """A notice about a member's own records that another part of Rounds announced (a
    disclosure reviewed or about to expire, a case decision): created once per member,
    kind and link."""
    with task_session() as session:
        service.notify_member(session, user_id, kind, message, link, actor_id)
        mailing.mail_member_notice(session, user_id, kind, link)


def send_digests(cadence: str, now: datetime | None = None,
                 batch: int = DIGEST_BATCH) -> digest.BatchResult:
    """One digest run: every member whose digest of this cadence is due in their time zone,
    in batches of members, each batch its own unit of work (its messages go out after its
    commit). Rerunning it sends nobody a second digest for the same period."""
    now = now or utcnow()
    with task_session() as session:
        due = digest.due_periods(session, cadence, now)
        ids = digest.member_ids(session, due) if due else []
    total = digest.BatchResult()
    for start in range(0, len(ids), batch):
        with task_session() as session:
            part = digest.send_batch(session, cadence, ids[start:start + batch], due, now)
        for field in ("members", "sent", "empty", "already", "items"):
            setattr(total, field, getattr(total, field) + getattr(part, field))
    return total


def mail_digest_daily(now: str | None = None) -> int:
    """Celery beat, hourly: the daily digests now due (`now`: an ISO time, for tests)."""
    return send_digests("daily", datetime.fromisoformat(now) if now else None).sent


def mail_digest_weekly(now: str | None = None) -> int:
    """Celery beat, hourly: the weekly digests now due."""
    return send_digests("weekly", datetime.fromisoformat(now) if now else None).sent

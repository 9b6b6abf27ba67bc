"""Background work after a post is committed: notifications. Tasks are idempotent, since
Celery runs with acks_late and may deliver a task twice, and the outbox may deliver an
event twice."""
from __future__ import annotations

from community.notifications import service
from community.platform.db import task_session
from community.platform.tasks import enqueue


def notify_post_created(post_id: int) -> int:
    with task_session() as session:
        return service.notify_post_created(session, post_id)


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

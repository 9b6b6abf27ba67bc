"""Background work after a post is committed: notifications. Tasks are idempotent, since
Celery runs with acks_late and may deliver a task twice."""
from __future__ import annotations

from celery import shared_task

from community.celery_app import enqueue
from community.db import on_event, task_session
from community.notifications import service


@shared_task(name="rounds.notify_post_created")
def notify_post_created(post_id: int) -> int:
    with task_session() as session:
        return service.notify_post_created(session, post_id)


@shared_task(name="rounds.notify_post_liked")
def notify_post_liked(post_id: int, user_id: int) -> int:
    with task_session() as session:
        return service.notify_post_liked(session, post_id, user_id)


@on_event("post_created")
def _queue_post_notifications(post_id: int) -> None:
    enqueue("rounds.notify_post_created", post_id)


@on_event("post_liked")
def _queue_like_notification(post_id: int, user_id: int) -> None:
    enqueue("rounds.notify_post_liked", post_id, user_id)

"""Promotion runs on activity (after a post is published or liked, on a member's first visit of
the day) and from a periodic task that reviews every member. Both are idempotent: a level is
only ever raised to what the figures earn, with a conditional UPDATE."""
from __future__ import annotations

from celery import shared_task

from community.boards.models import Post
from community.celery_app import enqueue
from community.db import on_event, task_session
from moderation.trust import service

# The periodic pass, for Celery beat (registered on the app by moderation.trust.views).
SCHEDULE = {"trust-review-all": {"task": "rounds.trust_review_all", "schedule": 3600.0}}


@shared_task(name="rounds.trust_review_member")
def review_member(user_id: int) -> int | None:
    with task_session() as session:
        return service.review_member(session, user_id)


@shared_task(name="rounds.trust_review_post_author")
def review_post_author(post_id: int) -> int | None:
    with task_session() as session:
        post = session.get(Post, post_id)
        return service.review_member(session, post.author_id) if post else None


@shared_task(name="rounds.trust_review_all")
def review_all() -> int:
    with task_session() as session:
        return service.review_all(session)


@on_event("post_created")
@on_event("post_liked")
def _review_author(post_id: int, **_: object) -> None:
    # Replies written and likes received count for the post's author.
    enqueue("rounds.trust_review_post_author", post_id)

"""Promotion runs on activity (after a post is published or liked, on a member's first visit of
the day) and from a periodic task that reviews every member. Both are idempotent: a level is
only ever raised to what the figures earn, with a conditional UPDATE."""
from __future__ import annotations

from community.boards.models import Post
from community.platform.db import task_session
from community.platform.tasks import enqueue
from moderation.trust import service


def review_member(user_id: int) -> int | None:
    with task_session() as session:
        return service.review_member(session, user_id)


def review_post_author(post_id: int) -> int | None:
    with task_session() as session:
        post = session.get(Post, post_id)
        return service.review_member(session, post.author_id) if post else None


def review_all() -> int:
    with task_session() as session:
        return service.review_all(session)


def queue_author_review(post_id: int, **_: object) -> None:
    # Replies written and likes received count for the post's author.
    enqueue("rounds.trust_review_post_author", post_id)

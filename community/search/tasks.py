"""Index maintenance after commits. All index writes go to the `search` queue, which one
worker with concurrency 1 consumes, because Whoosh has a single writer per index."""
from __future__ import annotations

from celery import shared_task
from flask import current_app

from community.celery_app import enqueue
from community.db import on_event, task_session
from community.search import service


def _index_path() -> str:
    return current_app.config["SEARCH_INDEX_PATH"]


@shared_task(name="rounds.index_post")
def index_post(post_id: int) -> bool:
    with task_session() as session:
        return service.index_post(session, _index_path(), post_id)


@shared_task(name="rounds.index_topic")
def index_topic(topic_id: int) -> int:
    with task_session() as session:
        return service.index_topic(session, _index_path(), topic_id)


@on_event("post_created")
@on_event("post_edited")
@on_event("post_visibility_changed")
def _queue_post(post_id: int, **_: object) -> None:
    enqueue("rounds.index_post", post_id)


@on_event("topic_changed")
def _queue_topic(topic_id: int) -> None:
    enqueue("rounds.index_topic", topic_id)

"""Index maintenance after commits. All index writes go to the `search` queue, which one
worker with concurrency 1 consumes, because Whoosh has a single writer per index."""
from __future__ import annotations

from flask import current_app

from community.platform.db import task_session
from community.platform.tasks import enqueue
from community.search import service


def _index_path() -> str:
    return current_app.config["SEARCH_INDEX_PATH"]


def index_post(post_id: int) -> bool:
    with task_session() as session:
        return service.index_post(session, _index_path(), post_id)


def index_topic(topic_id: int) -> int:
    with task_session() as session:
        return service.index_topic(session, _index_path(), topic_id)


def queue_post(post_id: int, **_: object) -> None:
    enqueue("rounds.index_post", post_id)


def queue_topic(topic_id: int) -> None:
    enqueue("rounds.index_topic", topic_id)

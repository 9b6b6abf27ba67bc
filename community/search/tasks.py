"""Index maintenance after commits. The tasks note what changed and batch.py commits it in
batches (see there). All index tasks go to the `search` queue: Whoosh has a single writer
per index, so one worker process consumes it (a thread pool there shares commits)."""
from __future__ import annotations

from flask import Flask, current_app

from community.platform.db import db
from community.platform.tasks import enqueue
from community.search import batch, service


def _index_path() -> str:
    return current_app.config["SEARCH_INDEX_PATH"]


def write(post_ids: set[int], topic_ids: set[int], merge: bool,
          items: set[tuple[str, int]] = frozenset()) -> int:
    """One commit of these posts and topics, and of these other items ("case" | "session",
    id) (batch.py calls it inside an app context)."""
    session = db.new_session()
    try:
        written = service.apply(session, _index_path(), post_ids, topic_ids, merge=merge)
        if items:
            written += service.apply_items(session, _index_path(), items)
        session.commit()  # the PostgreSQL backend writes rows; Whoosh only read
        return written
    finally:
        session.close()


def _batcher() -> batch.Batcher:
    return batch.install(current_app._get_current_object(), write)


def _wait() -> bool:
    # In a worker the outbox counts the task done once it returns: wait for the commit.
    return not current_app.extensions["celery"].conf.task_always_eager


def index_post(post_id: int) -> None:
    _batcher().add(posts=[post_id], wait=_wait())


def index_topic(topic_id: int) -> None:
    _batcher().add(topics=[topic_id], wait=_wait())


def index_item(kind: str, item_id: int) -> None:
    _batcher().add(items=[(kind, item_id)], wait=_wait())


def install(app: Flask) -> None:
    batch.install(app, write)


def queue_post(post_id: int, **_: object) -> None:
    enqueue("rounds.index_post", post_id)


def queue_topic(topic_id: int) -> None:
    enqueue("rounds.index_topic", topic_id)


def queue_case(case_id: int, **_: object) -> None:
    enqueue("rounds.index_item", "case", case_id)


def queue_session(session_id: int, **_: object) -> None:
    enqueue("rounds.index_item", "session", session_id)

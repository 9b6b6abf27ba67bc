"""Shared arrangements for the flags, queued-post and trust tests (no tests here): the API
client that checks every answer against the OpenAPI document, topics and replies made through
the API, and reading queue items and flags back from the database."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from moderation.flags.models import PostFlag
from moderation.queue.models import QueueItem
from tests.support.api import PREFIX, ApiClient

TITLE = "Syncope in a young athlete after exercise"
CASE = "A 19-year-old collapsed after a sprint; ECG shows a long QT. Work-up?"


@pytest.fixture
def api(app, client) -> ApiClient:
    return ApiClient(app, client)


def fresh(session) -> None:
    """See what the requests committed: a new transaction (SQLite's WAL keeps a snapshot per
    transaction) and no stale objects (the session does not expire them on commit)."""
    session.rollback()
    session.expire_all()


def new_topic(api: ApiClient, token: str, *, board: str = "cardiology", title: str = TITLE,
              raw: str = CASE) -> dict:
    return api.post(f"{PREFIX}/boards/{board}/topics", token=token, expect=201,
                    json={"title": title, "raw": raw}).get_json()


def reply(api: ApiClient, token: str, topic_id: int, raw: str) -> dict:
    return api.post(f"{PREFIX}/topics/{topic_id}/posts", token=token, expect=201,
                    json={"raw": raw}).get_json()


def flag(api: ApiClient, token: str, post_id: int, reason: str = "off_topic",
         expect: int = 201, **extra):
    return api.post(f"{PREFIX}/posts/{post_id}/flags", token=token, expect=expect,
                    json={"reason": reason, **extra})


def item_for(session, kind: str, post_id: int) -> QueueItem | None:
    fresh(session)
    return session.scalar(select(QueueItem).where(
        QueueItem.kind == kind, QueueItem.subject_id == post_id).order_by(QueueItem.id.desc()))


def flags_of(session, post_id: int) -> list[PostFlag]:
    fresh(session)
    return list(session.scalars(select(PostFlag).where(PostFlag.post_id == post_id)
                                .order_by(PostFlag.id)))


def act(api: ApiClient, token: str, item: QueueItem, action: str, reason: str = "",
        expect: int = 200):
    """A queue action through the API; no reason given when `reason` is empty (the contract
    refuses an empty text)."""
    body = {"version": item.version, **({"reason": reason} if reason else {})}
    return api.post(f"{PREFIX}/queue/{item.id}/actions/{action}", token=token, expect=expect,
                    json=body)

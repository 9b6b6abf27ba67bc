"""Idempotency keys (community/platform/idempotency.py): a write sent twice under one key is
done once and answered the same; keys are per member; a key reused for another request is
refused. Through the API (an `Idempotency-Key` header) and the forms (`idempotency_key`)."""
from __future__ import annotations

import re
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
import requests
from sqlalchemy import func, select, update

from community.boards.models import Post, Topic
from community.platform.db import utcnow
from community.platform.idempotency import IdempotencyKey
from tests.support.api import PREFIX, ApiClient
from tests.support.web import login, post_form

RAW = "Troponin normal, ECG shows **early repolarisation**."


@pytest.fixture
def api(app, client) -> ApiClient:
    return ApiClient(app, client)


def _count(session, model, **where) -> int:
    session.rollback()  # a fresh snapshot: see what the requests committed
    query = select(func.count()).select_from(model)
    for name, value in where.items():
        query = query.where(getattr(model, name) == value)
    return session.scalar(query)


def _topic(api, token: str) -> int:
    return api.post(f"{PREFIX}/boards/cardiology/topics", token=token, expect=201,
                    json={"title": "Chest pain in a young runner", "raw": RAW,
                          "tags": ["ecg"]}).get_json()["id"]


def test_the_same_key_twice_posts_once_and_answers_the_same(api, session, make_user,
                                                            token_for):
    author, reader = make_user(), make_user()
    topic_id = _topic(api, token_for(author))
    token = token_for(reader)
    key = {"Idempotency-Key": "reply-7f3a9c21"}
    body = {"raw": "Was there a family history of sudden death?"}
    first = api.post(f"{PREFIX}/topics/{topic_id}/posts", token=token, headers=key, json=body,
                     expect=201)
    again = api.post(f"{PREFIX}/topics/{topic_id}/posts", token=token, headers=key, json=body,
                     expect=201)
    assert again.get_json() == first.get_json()
    assert again.headers["Location"] == first.headers["Location"]
    assert again.headers["Idempotent-Replayed"] == "true"
    assert _count(session, Post, topic_id=topic_id) == 2  # the opening post and one reply

    # The same JSON spaced differently is the same request.
    api.post(f"{PREFIX}/topics/{topic_id}/posts", token=token, headers=key,
             data='{ "raw" :  "Was there a family history of sudden death?" }',
             content_type="application/json", expect=201)
    assert _count(session, Post, topic_id=topic_id) == 2

    # Without a key, or with another one, a second reply is a second reply.
    api.post(f"{PREFIX}/topics/{topic_id}/posts", token=token, json=body, expect=201)
    api.post(f"{PREFIX}/topics/{topic_id}/posts", token=token,
             headers={"Idempotency-Key": "reply-other-1"}, json=body, expect=201)
    assert _count(session, Post, topic_id=topic_id) == 4


def test_keys_are_per_member_and_reuse_for_another_request_is_refused(api, session, make_user,
                                                                      token_for):
    author, one, two = make_user(), make_user(), make_user()
    topic_id = _topic(api, token_for(author))
    key = {"Idempotency-Key": "shared-key-0001"}
    url = f"{PREFIX}/topics/{topic_id}/posts"
    api.post(url, token=token_for(one), headers=key, json={"raw": "First member's reply"},
             expect=201)
    api.post(url, token=token_for(two), headers=key, json={"raw": "Second member's reply"},
             expect=201)
    assert _count(session, Post, topic_id=topic_id) == 3

    refused = api.post(url, token=token_for(one), headers=key,
                       json={"raw": "Another text under the same key"}, expect=422)
    assert "idempotency key was used for another request" in refused.get_data(as_text=True)
    # Another path under the same key is another request too.
    api.post(f"{PREFIX}/boards/cardiology/topics", token=token_for(one), headers=key,
             json={"title": "Chest pain in a young runner", "raw": RAW, "tags": ["ecg"]},
             expect=422)
    assert _count(session, Post, topic_id=topic_id) == 3
    # A malformed key is refused before anything is written.
    api.post(url, token=token_for(one), headers={"Idempotency-Key": "short"},
             json={"raw": "Short key"}, expect=422)
    assert _count(session, Post, topic_id=topic_id) == 3


def test_a_refused_write_keeps_no_key_and_keys_expire_after_a_day(api, session, make_user,
                                                                  token_for):
    author = make_user()
    token = token_for(author)
    key = {"Idempotency-Key": "topic-key-00042"}
    url = f"{PREFIX}/boards/cardiology/topics"
    api.post(url, token=token, headers=key, json={"title": "x", "raw": RAW}, expect=422)
    api.post(url, token=token, headers=key, expect=201,
             json={"title": "Chest pain in a young runner", "raw": RAW, "tags": ["ecg"]})
    assert _count(session, Topic) == 1
    api.post(url, token=token, headers=key, expect=201,
             json={"title": "Chest pain in a young runner", "raw": RAW, "tags": ["ecg"]})
    assert _count(session, Topic) == 1

    session.execute(update(IdempotencyKey).values(created_at=utcnow() - timedelta(hours=25)))
    session.commit()
    api.post(url, token=token, headers=key, expect=201,
             json={"title": "Chest pain in a young runner", "raw": RAW, "tags": ["ecg"]})
    assert _count(session, Topic) == 2


def test_a_form_sent_twice_replies_once(client, session, make_user):
    login(client, make_user())
    created = post_form(client, "/b/cardiology/new",
                        {"title": "Inferior STEMI with hypotension", "raw": RAW, "tags": "ecg",
                         "idempotency_key": "form-topic-000001"})
    assert created.status_code == 303
    repeated = post_form(client, "/b/cardiology/new",
                         {"title": "Inferior STEMI with hypotension", "raw": RAW, "tags": "ecg",
                          "idempotency_key": "form-topic-000001"})
    assert repeated.status_code == 303
    assert repeated.headers["Location"] == created.headers["Location"]
    assert _count(session, Topic) == 1
    topic_id = int(re.search(r"/t/(\d+)", created.headers["Location"]).group(1))

    reply = {"raw": "Right ventricular involvement? Check V4R.",
             "idempotency_key": "form-reply-000001"}
    first = post_form(client, f"/t/{topic_id}/reply", reply)
    second = post_form(client, f"/t/{topic_id}/reply", reply)  # a fresh CSRF token: same write
    assert first.status_code == second.status_code == 303
    assert second.headers["Location"] == first.headers["Location"]
    assert _count(session, Post, topic_id=topic_id) == 2
    page = client.get(f"/t/{topic_id}").get_data(as_text=True)
    assert page.count("Check V4R") == 1

    changed = post_form(client, f"/t/{topic_id}/reply", {**reply, "raw": "Something else"})
    assert changed.status_code == 422
    assert "used for another request" in changed.get_data(as_text=True)
    assert _count(session, Post, topic_id=topic_id) == 2

    # A preview writes nothing and keeps no key: the same key then posts.
    preview = post_form(client, f"/t/{topic_id}/reply",
                        {"raw": "A previewed reply", "preview": "1",
                         "idempotency_key": "form-reply-000002"})
    assert preview.status_code == 200
    posted = post_form(client, f"/t/{topic_id}/reply",
                       {"raw": "A previewed reply", "idempotency_key": "form-reply-000002"})
    assert posted.status_code == 303
    assert _count(session, Post, topic_id=topic_id) == 3


@pytest.mark.slow
def test_the_same_key_sent_at_the_same_moment_posts_once(api, session, make_user, token_for,
                                                         live_server):
    author, reader = make_user(), make_user()
    topic_id = _topic(api, token_for(author))
    token = token_for(reader)
    url = f"{live_server}{PREFIX}/topics/{topic_id}/posts"
    headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": "race-key-000001"}
    start = threading.Barrier(6)

    def send() -> int:
        start.wait()
        return requests.post(url, headers=headers, json={"raw": "Sent six times at once"},
                             timeout=30).status_code

    with ThreadPoolExecutor(6) as pool:
        statuses = list(pool.map(lambda _: send(), range(6)))
    # Each answer is the reply (first or replayed) or "still being carried out" (409).
    assert set(statuses) <= {201, 409} and 201 in statuses, statuses
    assert _count(session, Post, topic_id=topic_id) == 2

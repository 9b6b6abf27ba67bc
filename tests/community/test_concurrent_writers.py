"""A crowd of writers at once, against a real threaded server (issue 16): every request that
writes either gets done or is refused with a 4xx — never a 500 ("database is locked" on
SQLite, a lost race anywhere). Runs on the suite's database (SQLite by default, PostgreSQL with
ROUNDS_TEST_DATABASE_URL)."""
from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from sqlalchemy import func, select

from community.boards.models import Post
from community.platform.accounts import service as accounts
from community.platform.accounts.models import ApiToken
from community.platform.db import db
from tests.support.web import PASSWORD

pytestmark = pytest.mark.slow

CROWD = 50


def at_once(calls: list[Callable[[], requests.Response]]) -> list[requests.Response]:
    """Run every call in a thread of its own, released together by a barrier."""
    barrier = threading.Barrier(len(calls))

    def run(call: Callable[[], requests.Response]) -> requests.Response:
        barrier.wait(30)
        return call()

    with ThreadPoolExecutor(len(calls)) as pool:
        return list(pool.map(run, calls))


def statuses(responses: list[requests.Response]) -> Counter:
    counts = Counter(r.status_code for r in responses)
    failures = [r.text[:300] for r in responses if r.status_code >= 500]
    assert not failures, f"{counts}: {failures[:3]}"
    return counts


def browser(url: str) -> tuple[requests.Session, str]:
    """A browser's session with the CSRF token of a page."""
    web = requests.Session()
    html = web.get(f"{url}/login", timeout=60).text
    return web, re.search(r'name="csrf-token" content="([^"]+)"', html).group(1)


def test_fifty_writers_of_each_kind_get_done_or_refused(live_server, app, make_user,
                                                        open_room):
    url = live_server
    members = [make_user() for _ in range(CROWD)]

    # Sign-ins through the form, all at once.
    browsers = [browser(url) for _ in members]

    def sign_in(member, web, token):
        return lambda: web.post(f"{url}/login", timeout=120, allow_redirects=False,
                                data={"email": member.email, "password": PASSWORD,
                                      "csrf_token": token})

    counts = statuses(at_once([sign_in(m, w, t) for m, (w, t) in zip(members, browsers,
                                                                       strict=True)]))
    assert counts == {303: CROWD} or counts[302] + counts[303] == CROWD, counts

    # First uses of fresh API tokens (each writes the token's last-used time on a GET).
    with app.app_context():
        plains = [accounts.create_token(db.session, m, "crowd")[1] for m in members]
        db.session.commit()

    def first_use(plain):
        return lambda: requests.get(f"{url}/api/v1/me", timeout=120,
                                    headers={"Authorization": f"Bearer {plain}"})

    assert statuses(at_once([first_use(p) for p in plains])) == {200: CROWD}
    with app.app_context():
        used = db.session.scalar(select(func.count()).select_from(ApiToken).where(
            ApiToken.name == "crowd", ApiToken.last_used_at.is_not(None)))
    assert used == CROWD

    # Stale edits of one post: the first wins, every other one is a clean 409.
    author_token = plains[0]
    bearer = {"Authorization": f"Bearer {author_token}"}
    topic = requests.post(f"{url}/api/v1/boards/cardiology/topics", headers=bearer, timeout=60,
                          json={"title": "Syncope on exertion in a rower",
                                "raw": "Echo pending.", "tags": ["ecg"]})
    assert topic.status_code == 201, topic.text
    topic = topic.json()
    first_post = topic["posts"]["items"][0]

    def edit(n):
        return lambda: requests.patch(
            f"{url}/api/v1/posts/{first_post['id']}", headers=bearer, timeout=120,
            json={"raw": f"Echo pending. Edit number {n}.",
                  "base_revision": first_post["revision"]})

    counts = statuses(at_once([edit(n) for n in range(CROWD)]))
    assert counts == {200: 1, 409: CROWD - 1}, counts

    # Replies from fifty members at once: each saved, or refused with a 4xx.
    def reply(plain, n):
        return lambda: requests.post(
            f"{url}/api/v1/topics/{topic['id']}/posts", timeout=120,
            headers={"Authorization": f"Bearer {plain}"},
            json={"raw": f"Reply number {n}: consider HCM."})

    responses = at_once([reply(p, n) for n, p in enumerate(plains)])
    counts = statuses(responses)
    assert all(r.status_code < 500 for r in responses)
    with app.app_context():
        replies = db.session.scalar(select(func.count()).select_from(Post).where(
            Post.topic_id == topic["id"], Post.raw.like("Reply number %")))
    assert replies == sum(n for status, n in counts.items() if status in (200, 201, 202))
    assert replies >= CROWD // 2, counts

    # The session page, viewed by fifty signed-in members at once (it records that each saw
    # the disclosure statement, and commits: a GET that writes).
    page = f"{url}/sessions/{open_room(members=0).live.id}"

    def view(web):
        return lambda: web.get(page, timeout=120)

    assert statuses(at_once([view(w) for w, _ in browsers])) == {200: CROWD}

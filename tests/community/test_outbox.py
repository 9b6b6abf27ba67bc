"""Side effects that survive outages (community.platform.events): what must follow a committed
write is an outbox row written with it, delivered after the commit, retried until done, each
subscriber on its own. A write never answers 500 because of a side effect, nothing is lost,
nothing happens twice."""
from __future__ import annotations

import socket
import threading
import time
from urllib.parse import urlsplit

import pytest
import redis
import requests
from sqlalchemy import func, select
from werkzeug.serving import make_server

from community.app import create_app
from community.boards.models import Post
from community.notifications.models import Notification
from community.platform import events
from community.platform.db import db
from community.platform.events import OutboxMessage
from tests.support.services import celery_worker, free_port, wait_for
from tests.support.web import login, post_form

# ---------------------------------------------------------------- one process, eager tasks


def test_a_failing_subscriber_neither_fails_the_write_nor_skips_the_others(app, client,
                                                                          make_user, session):
    calls: list[int] = []

    def flaky(post_id: int, **_: object) -> None:
        calls.append(post_id)
        if len(calls) == 1:
            raise ConnectionError("the broker is away")

    events.subscribe(app, "post_created", "test.flaky", flaky)
    author, watcher = make_user(username="okafor"), make_user(username="lindqvist")
    login(client, author)
    response = post_form(client, "/b/cardiology/new", {
        "title": "Narrow complex tachycardia at 220", "raw": "Would @lindqvist cardiovert?"})
    assert response.status_code == 303  # saved and answered, though a subscriber failed
    post_id = session.scalar(select(Post.id))
    # The other subscribers ran: the mention was notified, the post indexed.
    assert session.scalar(select(func.count()).select_from(Notification).where(
        Notification.user_id == watcher.id)) == 1
    row = session.scalar(select(OutboxMessage).where(OutboxMessage.subscriber == "test.flaky"))
    assert row.delivered_at is None and row.attempts == 1 and "broker" in row.last_error
    # The relay retries it once its backoff has passed: delivered once more, then done.
    with app.app_context():
        assert events.relay_once() == (0, 0)  # not due yet (2 s backoff)
        db.session.execute(OutboxMessage.__table__.update().values(available_at=row.created_at))
        db.session.commit()
        assert events.relay_once() == (1, 0)
        assert events.relay_once() == (0, 0)
    assert calls == [post_id, post_id]
    session.rollback()  # a fresh snapshot
    assert session.scalar(select(func.count()).select_from(OutboxMessage).where(
        OutboxMessage.delivered_at.is_(None))) == 0


def test_a_rolled_back_write_announces_nothing(app, client, make_user, session):
    seen: list[int] = []
    events.subscribe(app, "post_created", "test.seen", lambda post_id, **_: seen.append(post_id))
    login(client, make_user())
    response = post_form(client, "/b/cardiology/new", {"title": "Too short", "raw": ""})
    assert response.status_code == 422
    assert seen == [] and session.scalar(select(func.count()).select_from(OutboxMessage).where(
        OutboxMessage.event == "post_created")) == 0


# ---------------------------------------------------------------- Redis going away


class TcpProxy:
    """A port that forwards to Redis until `cut()`, then refuses everything (a closed port),
    until `restore()` opens the same port again."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target, self.port = target, free_port()
        self.listener: socket.socket | None = None
        self.open: list[socket.socket] = []
        self.lock = threading.Lock()

    def restore(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        with self.lock:
            listener, self.listener = self.listener, None
            sockets, self.open = self.open, []
        listener.close()
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=2)
            except OSError:
                client.close()
                continue
            with self.lock:
                if self.listener is not listener:
                    client.close()
                    upstream.close()
                    return
                self.open += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                try:
                    sock.close()
                except OSError:
                    pass


@pytest.fixture
def cut_off_redis(redis_url):
    parts = urlsplit(redis_url)
    proxy = TcpProxy((parts.hostname, parts.port or 6379))
    proxy.restore()
    yield proxy, f"redis://127.0.0.1:{proxy.port}{parts.path or '/0'}"
    if proxy.listener is not None:
        proxy.cut()


@pytest.mark.slow
def test_redis_away_mid_flow_loses_nothing_duplicates_nothing_and_never_answers_500(
        app_config, cut_off_redis, redis_url, database_url, tmp_path, make_user):
    proxy, proxied_url = cut_off_redis
    app = create_app({**app_config, "redis_url": proxied_url, "celery_eager": False})
    stop_relay = events.start_relay(app, 0.5)
    port = free_port()
    server = make_server("127.0.0.1", port, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{port}"
    members = [make_user(username=f"member{n}") for n in range(4)]
    statuses: list[int] = []
    try:
        with celery_worker(tmp_path, database_url, redis_url, "rounds,search") as worker:
            browsers = [_browser(base, m) for m in members]

            def post_round(round_: int) -> None:
                for n, browser in enumerate(browsers):
                    other = members[(n + 1) % len(members)].username
                    statuses.append(_post(browser, base, f"Round {round_}: what would @{other} "
                                                         f"do with a QTc of {480 + n} ms?"))

            post_round(1)
            proxy.cut()  # Redis unreachable: writes go on, their side effects wait
            post_round(2)
            post_round(3)
            proxy.restore()
            post_round(4)
            expected = 4 * len(members)  # one mention per post

            def caught_up() -> bool:
                with app.app_context():
                    pending = events.pending_for()
                    mentions = db.session.scalar(select(func.count()).select_from(Notification))
                    db.session.rollback()
                assert worker.poll() is None, worker.stdout.read()
                return pending == 0 and mentions >= expected

            if not wait_for(caught_up, 60):
                with app.app_context():
                    stuck = db.session.execute(select(
                        OutboxMessage.subscriber, OutboxMessage.attempts,
                        OutboxMessage.claimed_until, OutboxMessage.available_at,
                        OutboxMessage.last_error).where(
                            OutboxMessage.delivered_at.is_(None))).all()
                    posts = db.session.execute(select(Post.id, Post.raw)).all()
                    noted = set(db.session.scalars(select(Notification.post_id)))
                queued = {q: redis.Redis.from_url(redis_url).llen(q) for q in ("rounds", "search")}
                worker.terminate()
                print("WORKER OUTPUT", worker.stdout.read())
                pytest.fail(f"side effects did not catch up within a minute: {stuck}; "
                            f"posts without a notification: "
                            f"{[p for p in posts if p[0] not in noted]}; queued: {queued}; "
                            f"answers: {statuses}")
            with app.app_context():
                notes = db.session.execute(select(Notification.user_id, Notification.post_id,
                                                  Notification.kind)).all()
                posts = db.session.scalar(select(func.count()).select_from(Post))
                retried = db.session.scalar(select(func.count()).select_from(OutboxMessage)
                                            .where(OutboxMessage.attempts > 0))
    finally:
        stop_relay.set()
        server.shutdown()
    assert retried > 0  # the outage was real: side effects waited and were retried
    assert statuses == [303] * 16  # 0 answers of 500: every post saved and answered at once
    assert posts == 16  # 0 posts twice (nobody retried a write that had answered 500)
    assert len(notes) == len(set(notes)) == 16  # 0 lost, 0 duplicated
    assert {kind for _, _, kind in notes} == {"mention"}


def _browser(base: str, user) -> requests.Session:
    browser = requests.Session()
    page = browser.get(f"{base}/login").text
    token = page.split('name="csrf-token" content="', 1)[1].split('"', 1)[0]
    response = browser.post(f"{base}/login", data={"email": user.email,
                                                   "password": "correct horse battery",
                                                   "csrf_token": token},
                            allow_redirects=False)
    assert response.status_code in (302, 303)
    return browser


def _post(browser: requests.Session, base: str, raw: str) -> int:
    page = browser.get(f"{base}/b/cardiology/new").text
    token = page.split('name="csrf-token" content="', 1)[1].split('"', 1)[0]
    started = time.monotonic()
    response = browser.post(f"{base}/b/cardiology/new", allow_redirects=False, data={
        "csrf_token": token, "title": raw[:60], "raw": raw})
    assert time.monotonic() - started < 10, "a write waited on the missing broker"
    return response.status_code

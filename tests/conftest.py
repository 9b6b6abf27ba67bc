"""Test fixtures: a real app on a real database (SQLite file by default, PostgreSQL with
ROUNDS_TEST_DATABASE_URL), real HTTP through Flask's test client, CSRF switched on.

In CI (CI=true) a configured service that cannot be reached fails the run: nothing is
skipped silently."""
from __future__ import annotations

import compileall
import os
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from itertools import count
from pathlib import Path

import pytest
import redis
import requests
from argon2 import PasswordHasher
from celery._state import _set_task_join_will_block
from flask import Flask
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import OperationalError
from werkzeug.serving import make_server

from community.app import create_app
from community.credit.models import APPEND_ONLY_SQLITE as LEDGER_APPEND_ONLY_SQLITE
from community.models import Base
from community.platform.accounts.models import User
from community.platform.db import db as database
from community.platform.db import task_session, utcnow
from community.platform.sockets import token_uses
from community.platform.spaces.specialties import ensure_default_boards
from moderation.audit.models import APPEND_ONLY_SQLITE
from tests.support.ops import schema_url
from tests.support.services import (
    IN_CI,
    TEST_DATABASE_URL,
    TEST_REDIS_URL,
    free_port,
    redis_for_worker,
    service_unavailable,
    wait_for,
    worker_name,
)
from tests.support.web import PASSWORD, FreshContextClient


def pytest_configure(config: pytest.Config) -> None:
    """Bytecode caches for this run's processes. An environment that sets
    PYTHONDONTWRITEBYTECODE (this one does) makes every process compile our modules from
    source again: the workers, and each `rounds` command, server and Celery worker a test
    starts (~0.6 s each). The caches are gitignored; the controller compiles what it
    imported before this hook, the rest is written as it is imported."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sys.dont_write_bytecode = False
    if not hasattr(config, "workerinput"):  # the controller: once, before the workers start
        root = Path(__file__).resolve().parent.parent
        for package in ("community", "realtime", "moderation", "tests/support"):
            compileall.compile_dir(root / package, quiet=1)


# Cheap argon2 for the suite (the app_config below lowers the app's costs alike).
_PASSWORD_HASH = PasswordHasher(time_cost=1, memory_cost=1024).hash(PASSWORD)


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """This test process's database, built once from the models: a SQLite file, or on
    PostgreSQL a schema of its own (`rounds_<worker>`, so parallel workers never meet).

    Neither waits for the disk at each commit, which a test run does thousands of times
    (every arranged row, every task, every emptying of the tables): the SQLite file is on
    tmpfs when the machine has one, and PostgreSQL's sessions commit without waiting for
    the WAL flush (synchronous_commit=off: what a crash could lose, not what a query sees)."""
    folder = None
    if not TEST_DATABASE_URL:
        folder = _memory_folder() or tmp_path_factory.mktemp("db")
        url = f"sqlite:///{folder / 'rounds.sqlite3'}"
    else:
        _reachable(TEST_DATABASE_URL)
        schema = f"rounds_{worker_name()}"
        base = create_engine(TEST_DATABASE_URL)
        with base.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        base.dispose()
        url = _without_commit_flush(schema_url(TEST_DATABASE_URL, schema))
    engine = create_engine(url)
    Base.metadata.create_all(engine)
    engine.dispose()
    yield url
    if folder is not None and folder.parent == _TMPFS:
        shutil.rmtree(folder, ignore_errors=True)


_TMPFS = Path("/dev/shm")


def _memory_folder() -> Path | None:
    """A folder of this test process's own on tmpfs, if there is one (Linux) with room to
    spare (a container's /dev/shm may be 64 MB, and Chromium uses it too)."""
    if not (_TMPFS.is_dir() and os.access(_TMPFS, os.W_OK)
            and shutil.disk_usage(_TMPFS).free > 1 << 30):
        return None
    return Path(tempfile.mkdtemp(prefix=f"rounds-tests-{worker_name()}-", dir=_TMPFS))


def _without_commit_flush(url: str) -> str:
    parsed = make_url(url)
    options = f"{parsed.query.get('options', '')} -csynchronous_commit=off".strip()
    return parsed.update_query_dict({"options": options}).render_as_string(hide_password=False)


def _reachable(url: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001
        service_unavailable("The test database", exc)
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def redis_url() -> str:
    """The test Redis, a database of its own per test process (Celery queues and Socket.IO
    channels are per database); tests that need it skip (locally) or fail (in CI) without."""
    if not TEST_REDIS_URL:
        if IN_CI:
            pytest.fail("ROUNDS_TEST_REDIS_URL is not set in CI")
        pytest.skip("set ROUNDS_TEST_REDIS_URL to run tests that need Redis")
    url = redis_for_worker(TEST_REDIS_URL)
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except Exception as exc:  # noqa: BLE001
        service_unavailable("The test Redis", exc)
    return url


def _empty_all_tables(url: str) -> None:
    tables = [t.name for t in reversed(Base.metadata.sorted_tables)]
    if url.startswith("postgresql"):
        engine = create_engine(url)
        _empty_postgresql(engine, tables)
        engine.dispose()
        return
    # The audit log and the credit ledger refuse DELETE (append-only triggers): lift them to
    # clean up, and put them back. One script in one transaction: ~90 statements sent one
    # by one through SQLAlchemy cost ~10 ms a test.
    script = ["BEGIN IMMEDIATE;"]
    script += [f"DROP TRIGGER IF EXISTS {trigger};" for trigger in (
        "audit_log_no_update", "audit_log_no_delete",
        "credit_ledger_no_update", "credit_ledger_no_delete")]
    script += [f"DELETE FROM {name};" for name in tables]
    script += [f"{ddl.statement};" for ddl in (*APPEND_ONLY_SQLITE, *LEDGER_APPEND_ONLY_SQLITE)]
    script.append("COMMIT;")
    connection = sqlite3.connect(make_url(url).database, timeout=30)
    try:
        connection.executescript("\n".join(script))
    finally:
        connection.close()


def _empty_postgresql(engine, tables: list[str]) -> None:
    """TRUNCATE the tables a test left rows in (found in one query) and restart every id
    sequence, as TRUNCATE … RESTART IDENTITY of all of them would. TRUNCATE gives a table new
    files (~2 ms each, ~0.16 s for all ~90), so only those that need it; not DELETE, which
    leaves dead rows whose space later rows may take, so that a query without ORDER BY no
    longer returns rows in the order they were written (as nothing promises, but a test
    should fail on that deterministically, not by chance). A background thread of the test's
    app (the search index's batcher, a presence notice) may still be reading one: a deadlock
    is tried again."""
    probe = text(" UNION ALL ".join(
        f"SELECT '{name}' WHERE EXISTS (SELECT 1 FROM {name})" for name in tables))
    for attempt in range(5):
        try:
            with engine.begin() as connection:
                used = connection.execute(probe).scalars().all()
                if used:
                    connection.execute(text(f"TRUNCATE {', '.join(used)} RESTART IDENTITY CASCADE"))
                connection.execute(text(
                    "SELECT setval(c.oid, 1, false) FROM pg_class c"
                    " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    " WHERE c.relkind = 'S' AND n.nspname = current_schema()"))
            return
        except OperationalError:
            if attempt == 4:
                raise
            time.sleep(0.2 * (attempt + 1))


@pytest.fixture
def app_config(tmp_path: Path, database_url: str) -> dict:
    """Overrides for create_app; a test may change them before asking for `app`."""
    return {
        "instance_path": tmp_path / "instance",
        "database_url": database_url,
        "secret_key": "test-secret",
        "testing": True,
        "secure_cookies": False,
        "celery_eager": True,
        "redis_url": "",
        "argon2_time_cost": 1,
        "argon2_memory_cost": 1024,
        # Most tests post quickly; the rate-limit tests set the real intervals.
        "posting_limits": {"topic_new": 0, "reply_new": 0, "topic": 0, "reply": 0},
        # Presence lists go out at once (the coalescing test sets a window).
        "live_presence_seconds": 0,
        # Privileged members sign in with the password alone, except in the two-factor
        # tests (tests/community/test_two_factor.py), which require it as production does.
        "two_factor_required": False,
        # Tests register, sign in and call the API quickly; the rate-limit tests
        # (tests/pages/test_sessions_and_limits.py) set real limits.
        "rate_limits": "register=100000/60,token=100000/60,search=100000/60,api=100000/60",
    }


# Building an app costs ~0.15 s (its URL map compiles 240 rules); tests share one per
# configuration within a test process. After each test the tables are emptied, the search
# index removed and per-app state that tests may leave (presence, the broker's pause)
# dropped; a test that changed the app itself (a setting, a subscriber) gets it evicted.
_apps: dict[str, Flask] = {}
_TRANSIENT = ("rounds.case_presence", "rounds.broker", "rounds.rate_store", "rounds.pagecache")
# Built on first use and the same for every test: not a change to the app.
_CACHES = ("rounds.openapi", "rounds.asyncapi")


def _config_key(config: dict) -> str:
    return repr(sorted((k, repr(v)) for k, v in config.items() if k != "instance_path"))


def _fingerprint(app: Flask) -> str:
    registries = {k: len(v) for k, v in app.extensions.items()
                  if k.startswith("rounds.") and k not in _CACHES and hasattr(v, "__len__")}
    # Flask-SocketIO's test client patches the server's packet sending for good: a server
    # it touched cannot serve real clients (a live server) afterwards.
    patched = sorted(set(vars(app.extensions["socketio"].server)) & {"_send_packet",
                                                                    "_send_eio_packet"})
    return repr((vars(app.config["SETTINGS"]), registries, patched))


@pytest.fixture
def app(app_config: dict, database_url: str, tmp_path_factory: pytest.TempPathFactory):
    key = _config_key(app_config)
    app = _apps.get(key)
    if app is None:
        app = create_app({**app_config, "instance_path": tmp_path_factory.mktemp("instance")})
        app.test_client_class = FreshContextClient
        _apps[key] = app
    before = _fingerprint(app)
    # A unit that reads, then writes, while a real worker process of an earlier test of the
    # module may write too: on SQLite it takes the write lock at BEGIN (task_session), or a
    # commit in between would refuse it at once ("database is locked", seen in CI).
    with app.app_context(), task_session() as session:
        ensure_default_boards(session)
    yield app
    # Tokens' last-used times waiting to be written are this test's: write them before the
    # tables are emptied, not into the next test's rows (community/platform/sockets.py).
    token_uses(app).flush()
    for name in _TRANSIENT:
        app.extensions.pop(name, None)
    if _fingerprint(app) != before:
        _apps.pop(key, None)
        with app.app_context():
            database.engine.dispose()
    shutil.rmtree(app.config["SEARCH_INDEX_PATH"], ignore_errors=True)
    shutil.rmtree(Path(app.instance_path) / "mail", ignore_errors=True)  # the file transport
    _empty_all_tables(database_url)
    # Eager tasks (celery_eager) run under Celery's process-wide "a join would block" flag,
    # set and restored around each call: two threads (a live server's, the test's) running
    # tasks at once can leave it set, and every later result.get() in this process fails
    # ("Never call result.get() within a task!", seen in whole-suite runs). No test leaves
    # it set for the next one.
    _set_task_join_will_block(False)


@pytest.fixture
def session(app):
    """A database session inside an app context, for arranging and checking state."""
    with app.app_context():
        yield database.session


@pytest.fixture
def client(app):
    return app.test_client()


_numbers = count(1)


@pytest.fixture
def make_user(app):
    """make_user(role="member", verified=False, trust_level=1, username=None,
    email_verified=True) -> User. (`verified`: credentials checked by a moderator;
    `email_verified`: the address confirmed by mail — off, the member cannot post.)"""

    def make(role: str = "member", *, verified: bool = False, trust_level: int = 1,
             username: str | None = None, email_verified: bool = True, **profile) -> User:
        n = next(_numbers)
        username = username or f"{role}{n}"
        with app.app_context():
            s = database.session
            user = User(email=f"{username.lower()}@example.org", username=username,
                        password_hash=_PASSWORD_HASH, role=role,
                        display_name=profile.pop("display_name", f"Dr {username.title()}"),
                        credentials=profile.pop("credentials", "MD"),
                        trust_level=trust_level,
                        email_verified_at=utcnow() if email_verified else None, **profile)
            s.add(user)
            s.flush()
            if verified:
                user.verified_at, user.verified_by_id = utcnow(), user.id
            s.commit()
            s.refresh(user)
            _ = user.standing  # loaded before it is detached: policies ask for it
            s.expunge(user)
            return user

    return make


@pytest.fixture
def token_for(app, client):
    """token_for(user) -> a personal API token obtained through POST /api/v1/auth/token."""

    def issue(user: User, password: str = PASSWORD) -> str:
        response = client.post("/api/v1/auth/token",
                               json={"email": user.email, "password": password})
        assert response.status_code == 201, response.get_data(as_text=True)
        return response.get_json()["token"]

    return issue


# ---------------------------------------------------------------- a live server


@pytest.fixture
def live_server(app):
    """The app served for real (Werkzeug, threads, simple-websocket) on a free port; the
    same stack as `socketio.run(app, allow_unsafe_werkzeug=True)`, but stoppable."""
    port = free_port()
    server = make_server("127.0.0.1", port, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"

    def up() -> bool:
        try:
            return requests.get(f"{url}/livez", timeout=1).ok
        except requests.ConnectionError:
            return False

    assert wait_for(up, 10), "the live server did not start"
    yield url
    server.shutdown()
    thread.join(5)
    # Disconnect handlers of sockets still open may be finishing; let them write first.
    time.sleep(0.2)


# Fixtures defined beside their helpers (pytest finds fixtures in this module's namespace).
from tests.support.sessions import node, open_room  # noqa: F401

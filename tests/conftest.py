"""Test fixtures: a real app on a real database (SQLite file by default, PostgreSQL with
ROUNDS_TEST_DATABASE_URL), real HTTP through Flask's test client, CSRF switched on.

In CI (CI=true) a configured service that cannot be reached fails the run: nothing is
skipped silently."""
from __future__ import annotations

import threading
import time
from itertools import count
from pathlib import Path

import pytest
import requests
from argon2 import PasswordHasher
from sqlalchemy import create_engine, text
from werkzeug.serving import make_server

from community.app import create_app
from community.models import Base
from community.platform.accounts.models import User
from community.platform.db import db as database
from community.platform.db import utcnow
from community.platform.spaces.specialties import ensure_default_boards
from moderation.audit.models import APPEND_ONLY_SQLITE
from tests.support.services import (
    IN_CI,
    TEST_DATABASE_URL,
    TEST_REDIS_URL,
    free_port,
    service_unavailable,
    wait_for,
)
from tests.support.web import PASSWORD, FreshContextClient

# Cheap argon2 for the suite (the app_config below lowers the app's costs alike).
_PASSWORD_HASH = PasswordHasher(time_cost=1, memory_cost=1024).hash(PASSWORD)


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The database for this run, with a fresh schema built from the models."""
    url = TEST_DATABASE_URL or f"sqlite:///{tmp_path_factory.mktemp('db') / 'rounds.sqlite3'}"
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001
        service_unavailable("The test database", exc)
    if url.startswith("postgresql"):
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    Base.metadata.create_all(engine)
    engine.dispose()
    return url


@pytest.fixture(scope="session")
def redis_url() -> str:
    """The test Redis; tests that need it skip (locally) or fail (in CI) without it."""
    if not TEST_REDIS_URL:
        if IN_CI:
            pytest.fail("ROUNDS_TEST_REDIS_URL is not set in CI")
        pytest.skip("set ROUNDS_TEST_REDIS_URL to run tests that need Redis")
    import redis

    try:
        redis.Redis.from_url(TEST_REDIS_URL, socket_connect_timeout=2).ping()
    except Exception as exc:  # noqa: BLE001
        service_unavailable("The test Redis", exc)
    return TEST_REDIS_URL


def _empty_all_tables(url: str) -> None:
    engine = create_engine(url)
    tables = [t.name for t in reversed(Base.metadata.sorted_tables)]
    with engine.begin() as connection:
        if url.startswith("postgresql"):
            connection.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
        else:
            # The audit log refuses DELETE (append-only triggers): lift them to clean up.
            for trigger in ("audit_log_no_update", "audit_log_no_delete"):
                connection.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
            for name in tables:
                connection.execute(text(f"DELETE FROM {name}"))
            for ddl in APPEND_ONLY_SQLITE:
                connection.execute(text(ddl.statement))
    engine.dispose()


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
    }


@pytest.fixture
def app(app_config: dict, database_url: str):
    app = create_app(app_config)
    app.test_client_class = FreshContextClient
    with app.app_context():
        ensure_default_boards(database.session)
        database.session.commit()
    yield app
    with app.app_context():
        database.engine.dispose()
    _empty_all_tables(database_url)


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
    """make_user(role="member", verified=False, trust_level=1, username=None) -> User."""

    def make(role: str = "member", *, verified: bool = False, trust_level: int = 1,
             username: str | None = None, **profile) -> User:
        n = next(_numbers)
        username = username or f"{role}{n}"
        with app.app_context():
            s = database.session
            user = User(email=f"{username.lower()}@example.org", username=username,
                        password_hash=_PASSWORD_HASH, role=role,
                        display_name=profile.pop("display_name", f"Dr {username.title()}"),
                        credentials=profile.pop("credentials", "MD"),
                        trust_level=trust_level, **profile)
            s.add(user)
            s.flush()
            if verified:
                user.verified_at, user.verified_by_id = utcnow(), user.id
            s.commit()
            s.refresh(user)
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
from tests.support.sessions import open_room  # noqa: F401

"""Shared by the room's tests: the app served for real on a free port (for python-socketio,
Node's socket.io-client and the browser), and a session whose registration is open with its
members registered, arranged through the real pages."""
from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
import requests
from werkzeug.serving import make_server

from community.accounts.models import User
from realtime.sessions.models import LiveSession
from tests.conftest import IN_CI, login, post_form
from tests.moderation.test_disclosures_support import act, file, seed
from tests.sessions.test_sessions import clearance, schedule


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def missing_tool(message: str) -> None:
    """Locally a missing Node or Chromium skips the test; in CI it fails it, loudly."""
    if IN_CI:
        pytest.fail(f"{message} (CI needs it: .ci/run installs it)")
    pytest.skip(message)


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


@dataclass
class Room:
    live: LiveSession
    host: User
    members: list[User] = field(default_factory=list)


@pytest.fixture
def open_room(app, session, make_user):
    """open_room(members=2, **schedule_changes) -> Room: a journal club (by default) starting
    in half an hour (the lobby is open), its host cleared, registration open and `members`
    registered, all through the pages; `presenters` (co-hosts) are cleared too."""

    def make(members: int = 2, presenters: tuple[User, ...] = (), **changes) -> Room:
        seed(session)
        host, moderator = make_user(), make_user("moderator")
        for planner in (host, *presenters):
            file(session, planner, declared_none=True)
        if presenters:
            changes["presenters"] = ", ".join(p.username for p in presenters)
        host_client = app.test_client()
        login(host_client, host)
        soon = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(minutes=30)
        times = {"starts_at": soon.strftime("%Y-%m-%dT%H:%M"),
                 "ends_at": (soon + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")}
        live = schedule(host_client, session, capacity=str(max(members, 1) + 5),
                        **{**times, **changes})
        for planner in (host, *presenters):
            act(session, moderator, clearance(session, live, planner), "clear", {})
        assert post_form(host_client, f"/sessions/{live.id}/open").status_code == 303
        room = Room(live=live, host=host)
        for _ in range(members):
            user = make_user()
            member_client = app.test_client()
            login(member_client, user)
            response = post_form(member_client, f"/sessions/{live.id}/register")
            assert response.status_code == 303
            room.members.append(user)
        session.rollback()
        return room

    return make

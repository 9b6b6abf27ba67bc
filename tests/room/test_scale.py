"""Several server processes serving one live session through Redis, as in production.

Two real server processes (`rounds serve --no-migrate`: Werkzeug threads and
simple-websocket) on different ports share the test
database and, through ROUNDS_REDIS_URL, Socket.IO's message queue. Members connect with
python-socketio's Client (API token auth; long-polling, as the websocket-client package is
not a dependency: rooms and the protocol are the same) to one process or the other:
a chat sent through one process reaches members on the other with its sequence number,
presence lists everyone wherever they are connected, and host actions taken on one process
reach the other. Then a process is killed with SIGKILL while a member is in the room: the
surviving process's heartbeat sweep closes that member's attendance interval at its last
sign of life, within the heartbeat window."""
from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

import pytest
import requests
import socketio as socketio_client
from sqlalchemy import select

from realtime.room.models import AttendanceInterval
from tests.support.services import free_port, wait_for

ROOT = Path(__file__).resolve().parents[2]
NAMESPACE = "/live"
HEARTBEAT = 1  # seconds: an interval not vouched for in 3 beats is closed

pytestmark = pytest.mark.redis


class ServerProcess:
    """One `rounds serve --no-migrate` process; its output goes to a file shown on failure."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self._out = log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "community.cli", "serve", "--no-migrate", "--port",
             str(self.port)],
            cwd=ROOT, env=env, stdout=self._out, stderr=subprocess.STDOUT)

    def up(self) -> bool:
        if self.process.poll() is not None:
            raise AssertionError(f"server exited: {self.log.read_text()[-3000:]}")
        try:
            return requests.get(f"{self.url}/livez", timeout=1).ok
        except requests.ConnectionError:
            return False

    def kill(self) -> None:
        """SIGKILL: no disconnect handler, no cleanup, as when a machine or process dies."""
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self._out.close()


@pytest.fixture
def servers(app, tmp_path, database_url, redis_url):
    """servers(n) -> n server processes on the test database, sharing rooms through Redis."""
    started: list[ServerProcess] = []
    env = {**os.environ, "ROUNDS_DATABASE_URL": database_url, "ROUNDS_REDIS_URL": redis_url,
           "ROUNDS_SECRET_KEY": "test-secret", "ROUNDS_CELERY_EAGER": "true",
           "ROUNDS_INSTANCE_PATH": str(tmp_path / "server-instance"),
           "ROUNDS_LIVE_HEARTBEAT_SECONDS": str(HEARTBEAT), "ROUNDS_LOG_LEVEL": "WARNING",
           "ROUNDS_ARGON2_TIME_COST": "1", "ROUNDS_ARGON2_MEMORY_COST": "1024"}

    def start(n: int) -> list[ServerProcess]:
        new = [ServerProcess(env, tmp_path / f"server-{len(started) + i}.log")
               for i in range(n)]
        started.extend(new)
        for server in new:
            assert wait_for(server.up, 30), f"{server.url} did not start"
        return new

    yield start
    for server in started:
        server.stop()


class Member:
    """A python-socketio client that keeps what the server sent it, by event name."""

    def __init__(self, url: str, token: str) -> None:
        self.received: dict[str, list] = defaultdict(list)
        self._lock = threading.Lock()
        self.sio = socketio_client.Client(reconnection=False)
        for name in ("event", "presence", "error", "removed", "host_only"):
            self.sio.on(name, self._keeper(name), namespace=NAMESPACE)
        self.sio.connect(url, auth={"token": token}, namespaces=[NAMESPACE],
                         transports=["polling"], wait_timeout=10)

    def _keeper(self, name: str):
        def keep(data=None):
            with self._lock:
                self.received[name].append(data)
        return keep

    def call(self, event: str, data: dict) -> dict:
        return self.sio.call(event, data, namespace=NAMESPACE, timeout=15)

    def events(self, kind: str) -> list[dict]:
        with self._lock:
            return [e for e in self.received["event"] if e["kind"] == kind]

    def present(self) -> set[str]:
        """Who is here by the presence notices received so far (came or changed, minus
        those who left), applied in order as the room's page applies them."""
        here: set[str] = set()
        with self._lock:
            for notice in self.received["presence"]:
                here |= {m["username"] for m in notice["members"]}
                here -= set(notice["left"])
        return here

    def who(self, session_id: int) -> set[str]:
        return {m["username"] for m in self.call("who", {"session_id": session_id})["members"]}

    def close(self) -> None:
        if self.sio.connected:
            self.sio.disconnect()


@pytest.fixture
def members():
    opened: list[Member] = []

    def connect(url: str, token: str) -> Member:
        member = Member(url, token)
        opened.append(member)
        return member

    yield connect
    for member in opened:
        with contextlib.suppress(Exception):  # its server may be dead on purpose
            member.close()


def test_a_room_spans_two_processes_through_redis(open_room, servers, members, token_for):
    room = open_room(members=2)
    sid = room.live.id
    one, two = servers(2)
    a_user, b_user = room.members
    host = members(two.url, token_for(room.host))
    assert host.call("join", {"session_id": sid})["ok"]
    assert host.call("start", {"session_id": sid})["ok"]
    a = members(one.url, token_for(a_user))
    b = members(two.url, token_for(b_user))
    joined = a.call("join", {"session_id": sid})
    assert joined["ok"], joined
    assert joined["session"]["state"] == "live"
    assert b.call("join", {"session_id": sid})["ok"]
    # Presence is the same list on both processes, whoever it was computed by, and a
    # member's arrival through one process is noticed by members on the other.
    everyone = {room.host.username, a_user.username, b_user.username}
    assert a.who(sid) == b.who(sid) == host.who(sid) == everyone
    assert wait_for(lambda: b_user.username in a.present(), 10), a.received["presence"]
    assert wait_for(lambda: a.present() | host.present() == everyone, 10)

    # A chat through process one reaches the member and the host on process two, same seq.
    sent = a.call("chat", {"session_id": sid, "body": "Across **processes**"})
    assert sent["ok"], sent
    seq = sent["message"]["seq"]
    for other in (b, host):
        assert wait_for(lambda other=other: other.events("chat"), 10), other.received
        [chat] = other.events("chat")
        assert chat["seq"] == seq
        assert "<strong>processes</strong>" in chat["data"]["html"]
    [own] = a.events("chat")
    assert own["seq"] == seq

    # Host actions taken on process two reach process one: a poll, then a mute.
    poll = host.call("poll_create", {"session_id": sid, "question": "Anticoagulate now?",
                                     "options": ["Yes", "No"], "multiple": False})
    assert poll["ok"], poll
    assert host.call("poll_launch", {"session_id": sid, "poll_id": poll["poll"]["id"]})["ok"]
    assert wait_for(lambda: a.events("poll_launched"), 10), a.received
    muted = host.call("mute", {"session_id": sid, "username": a_user.username, "muted": True})
    assert muted["ok"], muted
    assert wait_for(lambda: a.events("member_muted"), 10), a.received
    refused = a.call("chat", {"session_id": sid, "body": "Still here?"})
    assert refused["ok"] is False
    # Every event reached both processes once, in order, without gaps.
    seqs_a = [e["seq"] for e in a.received["event"]]
    assert wait_for(lambda: [e["seq"] for e in b.received["event"]] == seqs_a, 10)
    assert seqs_a == sorted(set(seqs_a))


def test_a_killed_process_leaves_no_interval_open_past_the_heartbeat_window(
        open_room, servers, members, token_for, session):
    room = open_room(members=1)
    sid = room.live.id
    one, two = servers(2)
    [member_user] = room.members
    host = members(one.url, token_for(room.host))
    assert host.call("join", {"session_id": sid})["ok"]
    assert host.call("start", {"session_id": sid})["ok"]
    member = members(two.url, token_for(member_user))
    assert member.call("join", {"session_id": sid})["ok"]
    assert wait_for(lambda: member_user.username in host.present(), 10)
    time.sleep(2 * HEARTBEAT)  # at least one beat from process two

    two.kill()
    killed_at = time.time()

    def closed() -> AttendanceInterval | None:
        session.rollback()  # a fresh snapshot each time
        interval = session.scalar(select(AttendanceInterval).where(
            AttendanceInterval.session_id == sid,
            AttendanceInterval.user_id == member_user.id))
        return interval if interval is not None and interval.left_at is not None else None

    # Closed by process one's sweep: three missed beats, plus a beat for the sweep to run.
    assert wait_for(closed, 3 * HEARTBEAT + 6), "the interval was left open"
    waited = time.time() - killed_at
    interval = closed()
    # It ends at the last beat process two gave, never later than the kill.
    assert interval.left_at == interval.last_seen_at
    assert interval.left_at.timestamp() <= killed_at + 0.5
    assert interval.left_at.timestamp() >= killed_at - 2 * HEARTBEAT - 1
    assert waited <= 3 * HEARTBEAT + 6
    # The host's own interval, on the live process, stays open, and presence drops the
    # member who is gone.
    session.rollback()
    host_interval = session.scalar(select(AttendanceInterval).where(
        AttendanceInterval.session_id == sid, AttendanceInterval.user_id == room.host.id))
    assert host_interval.left_at is None
    assert wait_for(lambda: member_user.username not in host.present(), 10), \
        host.received["presence"]

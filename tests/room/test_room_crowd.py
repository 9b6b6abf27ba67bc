"""A crowd arriving at once: every join succeeds (also on SQLite, where writers take turns),
and presence changes within the window reach the room as one list, not one per arrival."""
from __future__ import annotations

import threading

import pytest
import socketio as socketio_client
from sqlalchemy import func, select

from community.platform.sockets import server
from realtime.room.events import NAMESPACE
from realtime.room.models import AttendanceInterval
from tests.support.services import wait_for

CROWD = 24


def _connect(url: str, token: str) -> socketio_client.Client:
    client = socketio_client.Client(reconnection=False)
    client.connect(url, namespaces=[NAMESPACE], auth={"token": token},
                   transports=["polling"], wait_timeout=20)
    return client


def test_a_crowd_joins_at_once_and_nobody_is_refused(live_server, open_room, token_for,
                                                     session):
    made = open_room(members=CROWD)
    clients = [_connect(live_server, token_for(member)) for member in made.members]
    answers: list[dict] = []
    start = threading.Barrier(CROWD)

    session_id = made.live.id
    problems: list[str] = []

    def join(client: socketio_client.Client) -> None:
        start.wait()
        try:
            answers.append(client.call("join", {"session_id": session_id},
                                       namespace=NAMESPACE, timeout=60))
        except Exception as exc:  # noqa: BLE001  (shown by the assertion below)
            problems.append(repr(exc))

    threads = [threading.Thread(target=join, args=(c,)) for c in clients]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(90)
        assert problems == []
        assert [a for a in answers if not a["ok"]] == []
        assert len(answers) == CROWD
        session.rollback()
        open_intervals = session.scalar(select(func.count()).select_from(AttendanceInterval)
                                        .where(AttendanceInterval.session_id == made.live.id,
                                               AttendanceInterval.left_at.is_(None)))
        assert open_intervals == CROWD
    finally:
        for client in clients:
            client.disconnect()
    assert wait_for(lambda: (session.rollback(), session.scalar(
        select(func.count()).select_from(AttendanceInterval).where(
            AttendanceInterval.session_id == made.live.id,
            AttendanceInterval.left_at.is_(None))))[1] == 0, 20)


@pytest.fixture
def app_config(app_config: dict) -> dict:
    # Wide enough that five joins fit in it on a loaded CI worker (xdist runs tests side by
    # side): the joins, not the window, are what take time.
    return {**app_config, "live_presence_seconds": 1.0}


def test_presence_changes_in_a_window_go_out_as_one_notice(app, open_room, token_for):
    made = open_room(members=4)
    host = server(app).test_client(app, namespace=NAMESPACE, auth={"token": token_for(made.host)})
    assert host.emit("join", {"session_id": made.live.id}, namespace=NAMESPACE,
                     callback=True)["ok"]
    members = [server(app).test_client(app, namespace=NAMESPACE, auth={"token": token_for(m)})
               for m in made.members]
    for member in members:
        assert member.emit("join", {"session_id": made.live.id}, namespace=NAMESPACE,
                           callback=True)["ok"]

    def notices() -> list[dict]:
        return [e["args"][0] for e in host.get_received(NAMESPACE) if e["name"] == "presence"]

    arrivals = {m.username for m in made.members}
    received: list[dict] = []
    assert wait_for(lambda: received.extend(notices()) or any(
        p["count"] == 5 for p in received), 5)
    # Five arrivals within the window: one or two notices, naming who came (not everyone
    # each time), the last with the room's count.
    assert 1 <= len(received) <= 2
    named = [m["username"] for notice in received for m in notice["members"]]
    assert arrivals <= set(named) and len(named) <= 5
    assert received[-1]["count"] == 5 and received[-1]["left"] == []
    for client in (host, *members):
        client.disconnect(NAMESPACE)

"""Breaks in a live room (live credit excludes them, docs/domain.md §2): the host or a co-host
starts and ends one while the session is live, members get `break_started`/`break_ended` as
numbered room events (replayed by `sync`), the join's snapshot says whether one runs; a
member's attempt, a second start and an end with none running are clean refusals; ending
the session closes a running break; the database holds one running break per session; the
report lists the breaks and `minutes_outside_breaks` takes them out of a member's time; the
room page carries the controls and the banner, and the AsyncAPI document lists the events."""
from __future__ import annotations

import threading
from datetime import datetime

import pytest
import socketio as socketio_client
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from realtime.room import reports
from realtime.room.events import NAMESPACE
from realtime.room.models import RoomBreak
from realtime.sessions.models import LiveSession
from tests.room.test_browser import Member, browser  # noqa: F401  (the fixture, for the page)
from tests.room.test_reports import at, client_for, make_session
from tests.support.sessions import LiveSocket


@pytest.fixture
def live_room(app, open_room, make_user, token_for):
    """A live journal club: the host, a co-host and two members joined, the session started,
    what arrived so far read."""
    cohost = make_user()
    made = open_room(members=2, presenters=(cohost,))
    users = {"host": made.host, "co": cohost, "a": made.members[0], "b": made.members[1]}
    socks = {name: LiveSocket(app, token_for(user), made.live.id) for name, user in users.items()}
    for sock in socks.values():
        assert sock.call("join")["ok"]
    assert socks["host"].call("break_start")["code"] == "wrong_state"  # not live yet
    assert socks["host"].call("start")["ok"]
    for sock in socks.values():
        sock.client.get_received(NAMESPACE)
    yield made, users, socks
    for sock in socks.values():
        sock.close()


def moment(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def test_hosts_start_and_end_a_break_and_everyone_sees_it(session, live_room):
    _made, users, socks = live_room
    host, co, a, b = (socks[k] for k in ("host", "co", "a", "b"))
    assert a.call("join")["snapshot"]["break_started_at"] is None
    started = host.call("break_start")
    assert started["ok"] and set(started) == {"ok", "id", "started_at"}
    [event] = a.events()
    assert (event["kind"], event["actor"]) == ("break_started", users["host"].username)
    assert event["data"] == {"id": started["id"], "started_at": started["started_at"]}
    assert [e["kind"] for e in b.events()] == ["break_started"]
    # A member joining now learns from the snapshot that a break runs, and since when.
    snapshot = b.call("join")["snapshot"]
    assert moment(snapshot["break_started_at"]) == moment(started["started_at"])
    # The co-host runs the room too: they end it.
    ended = co.call("break_end")
    assert ended["ok"] and ended["id"] == started["id"]
    assert moment(ended["ended_at"]) >= moment(ended["started_at"])
    [event] = a.events()
    assert event["kind"] == "break_ended" and event["data"]["ended_at"] == ended["ended_at"]
    assert event["seq"] == a.call("sync", since=0)["events"][-1]["seq"]
    assert a.call("join")["snapshot"]["break_started_at"] is None
    # Replayed in order, like every room event, to a client that missed them.
    kinds = [e["kind"] for e in a.call("sync", since=0)["events"]]
    assert kinds[-2:] == ["break_started", "break_ended"]
    session.rollback()
    row = session.get(RoomBreak, started["id"])
    assert (row.started_by_id, row.ended_by_id) == (users["host"].id, users["co"].id)
    assert row.ended_at is not None
    # Another break later is fine.
    assert host.call("break_start")["ok"] and host.call("break_end")["ok"]


def test_refusals_members_double_start_and_no_break(session, live_room):
    _made, _users, socks = live_room
    host, co, a = socks["host"], socks["co"], socks["a"]
    for event in ("break_start", "break_end"):
        refused = a.call(event)
        assert refused["ok"] is False and refused["code"] == "not_host" and refused["error"]
        assert a.received("error")[-1]["code"] == "not_host"
    no_break = host.call("break_end")
    assert no_break == {"ok": False, "code": "no_break", "error": "No break is running."}
    assert host.call("break_start")["ok"]
    for sock in (host, co):
        assert sock.call("break_start")["code"] == "break_running"
    assert [e["kind"] for e in a.events()] == ["break_started"]  # refusals broadcast nothing
    session.rollback()
    assert session.scalar(select(RoomBreak.id).where(RoomBreak.ended_at.is_not(None))) is None


def test_ending_the_session_closes_a_running_break(session, live_room):
    made, users, socks = live_room
    host, a = socks["host"], socks["a"]
    started = host.call("break_start")
    assert host.call("end")["ok"]
    _started, ended, over = a.events()
    assert (ended["kind"], over["kind"]) == ("break_ended", "ended")
    assert over["seq"] == ended["seq"] + 1
    assert ended["data"]["ended_at"] == over["data"]["ended_at"]
    session.rollback()
    live = session.get(LiveSession, made.live.id)
    row = session.get(RoomBreak, started["id"])
    assert (row.ended_at, row.ended_by_id) == (live.ended_at, users["host"].id)
    assert reports.breaks(session, live) == [(row.started_at, live.ended_at)]
    assert host.call("break_start")["code"] == "wrong_state"


def test_the_database_holds_one_running_break_per_session(session, make_user):
    host = make_user()
    live = make_session(session, host, ended=False)
    session.add(RoomBreak(session_id=live.id, started_at=at(10), started_by_id=host.id))
    session.commit()
    session.add(RoomBreak(session_id=live.id, started_at=at(20), started_by_id=host.id))
    with pytest.raises(IntegrityError):
        session.commit()
    session.rollback()
    # Ended ones are many; who ended one is known exactly when it has ended.
    for start in (30, 40):
        session.add(RoomBreak(session_id=live.id, started_at=at(start), ended_at=at(start + 5),
                              started_by_id=host.id, ended_by_id=host.id))
    session.commit()
    session.add(RoomBreak(session_id=live.id, started_at=at(50), ended_at=at(55),
                          started_by_id=host.id))
    with pytest.raises(IntegrityError):
        session.commit()
    session.rollback()


# ---------------------------------------------------------------- the computations


def spans(*pairs: tuple[float, float]) -> list[tuple[datetime, datetime]]:
    return [(at(s), at(e)) for s, e in pairs]


# (attended spans, breaks, minutes outside the breaks)
OUTSIDE = [
    pytest.param([(0, 60)], [], 60, id="no breaks"),
    pytest.param([(0, 60)], [(20, 30)], 50, id="break inside the stay"),
    pytest.param([(0, 25)], [(20, 30)], 20, id="stay ends during the break"),
    pytest.param([(25, 60)], [(20, 30)], 30, id="stay starts during the break"),
    pytest.param([(22, 28)], [(20, 30)], 0, id="stay wholly within the break"),
    pytest.param([(0, 15), (35, 60)], [(20, 30)], 40, id="break between two stays"),
    pytest.param([(0, 60)], [(10, 15), (40, 50)], 45, id="two breaks"),
    pytest.param([(0, 60)], [(10, 20), (15, 25)], 45, id="overlapping breaks merged"),
    pytest.param([(0, 30), (10, 40)], [(20, 25)], 35, id="tabs merged before the cut"),
    pytest.param([(0, 10.4)], [(5, 5.5)], 10, id="rounded like measured minutes"),
    pytest.param([], [(0, 10)], 0, id="never came"),
]


@pytest.mark.parametrize(("attended", "pauses", "minutes"), OUTSIDE)
def test_minutes_outside_breaks(attended, pauses, minutes):
    assert reports.minutes_outside_breaks(spans(*attended), spans(*pauses)) == minutes


def test_breaks_are_clipped_to_the_live_period_and_a_running_one_ends_now(session,
                                                                          make_user):
    host = make_user()
    live = make_session(session, host, ended=False)  # live since at(0)
    for start, end in ((-10, 5), (20, 30)):
        session.add(RoomBreak(session_id=live.id, started_at=at(start), ended_at=at(end),
                              started_by_id=host.id, ended_by_id=host.id))
    session.add(RoomBreak(session_id=live.id, started_at=at(50), started_by_id=host.id))
    session.commit()
    assert reports.breaks(session, live, now=at(70)) == spans((0, 5), (20, 30), (50, 70))
    scheduled = make_session(session, host, started=False)
    assert reports.breaks(session, scheduled) == []


def test_the_report_page_lists_the_breaks(app, session, make_user):
    host = make_user()
    live = make_session(session, host)  # live at(0) to at(60)
    for start, end in ((15, 25), (40, 45)):
        session.add(RoomBreak(session_id=live.id, started_at=at(start), ended_at=at(end),
                              started_by_id=host.id, ended_by_id=host.id))
    session.commit()
    html = client_for(app, host).get(f"/sessions/{live.id}/attendance").get_data(as_text=True)
    assert 'id="breaks"' in html and "Breaks:" in html
    assert "(10 min)" in html and "(5 min)" in html
    assert f'<time datetime="{at(15).isoformat()}">' in html
    report = reports.attendance(session, live)
    assert report.breaks == spans((15, 25), (40, 45)) and not report.break_running
    # Without breaks the line is not there.
    other = make_session(session, host)
    page = client_for(app, host).get(f"/sessions/{other.id}/attendance").get_data(as_text=True)
    assert 'id="breaks"' not in page


# ---------------------------------------------------------------- contract and page


def test_the_asyncapi_document_lists_the_break_events(client):
    document = client.get("/api/v1/asyncapi.json").get_json()
    listed = document["channels"]["live"]["messages"]
    assert {"break_start", "break_start.ack", "break_end", "break_end.ack"} <= set(listed)
    schemas = document["components"]["schemas"]
    assert schemas["LiveBreakStarted"]["properties"]["kind"]["const"] == "break_started"
    assert schemas["LiveBreakEnded"]["properties"]["kind"]["const"] == "break_ended"
    assert "break_started_at" in schemas["RoomSnapshot"]["required"]


def test_the_room_page_has_the_break_controls_and_banner(app, open_room):
    made = open_room(members=0)
    html = client_for(app, made.host).get(f"/sessions/{made.live.id}/room").get_data(
        as_text=True)
    assert 'data-action="break_start"' in html and 'data-action="break_end"' in html
    assert 'id="room-break"' in html and "style=" not in html


@pytest.mark.slow
def test_the_banner_in_the_browser(browser, live_server, open_room):  # noqa: F811
    from playwright.sync_api import expect  # only where the browser test runs

    room = open_room(members=2)
    sid = room.live.id
    host = Member(browser, live_server, room.host, sid)
    a = Member(browser, live_server, room.members[0], sid)
    late = None
    try:
        host.page.get_by_role("button", name="Start the session").click()
        a.expect_text("#room-state", "Live")
        assert not a.page.locator("#room-break").is_visible()
        assert not a.page.get_by_role("button", name="Start break").is_visible()
        host.page.get_by_role("button", name="Start break").click()
        for member in (host, a):
            member.expect_text("#room-break", "On a break since")
        assert host.page.get_by_role("button", name="End break").is_visible()
        assert not host.page.get_by_role("button", name="Start break").is_visible()
        late = Member(browser, live_server, room.members[1], sid)  # from the snapshot
        late.expect_text("#room-break", "On a break since")
        host.page.get_by_role("button", name="End break").click()
        for member in (host, a, late):
            expect(member.page.locator("#room-break")).to_be_hidden()
        expect(host.page.get_by_role("button", name="Start break")).to_be_visible()
        for member in (host, a, late):
            assert member.problems == [], member.problems
    finally:
        for member in (host, a, late):
            if member:
                member.close()


def test_breaks_reach_a_member_who_missed_them(app, live_room, token_for):
    made, users, socks = live_room
    last = socks["a"].call("sync", since=0)["events"][-1]["seq"]
    socks["a"].close()
    started = socks["host"].call("break_start")
    again = LiveSocket(app, token_for(users["a"]), made.live.id)
    back = again.call("join", since=last)
    assert [e["kind"] for e in back["missed"]] == ["break_started"]
    assert back["missed"][0]["data"]["id"] == started["id"]
    again.close()


@pytest.mark.slow
def test_two_hosts_starting_a_break_at_once_start_one(live_server, open_room, make_user,
                                                      token_for, session):
    """The check runs under the session's row lock (SQLite: the write lock): of two starts
    (or two ends) at the same moment one wins, the other is refused, never a server error."""
    cohost = make_user()
    made = open_room(members=0, presenters=(cohost,))
    clients = [_connect(live_server, token_for(user)) for user in (made.host, cohost)]
    room_id = {"session_id": made.live.id}
    try:
        for client in clients:
            assert client.call("join", room_id, namespace=NAMESPACE, timeout=20)["ok"]
        assert clients[0].call("start", room_id, namespace=NAMESPACE, timeout=20)["ok"]
        for event, loser in [("break_start", "break_running"), ("break_end", "no_break")] * 3:
            answers = _at_once(clients, event, room_id)
            assert sorted(a["ok"] for a in answers) == [False, True], answers
            assert [a["code"] for a in answers if not a["ok"]] == [loser]
    finally:
        for client in clients:
            client.disconnect()
    session.rollback()
    rows = session.scalars(select(RoomBreak).where(RoomBreak.session_id == made.live.id)).all()
    assert len(rows) == 3 and all(r.ended_at for r in rows)


def _connect(url: str, token: str) -> socketio_client.Client:
    client = socketio_client.Client(reconnection=False)
    client.connect(url, namespaces=[NAMESPACE], auth={"token": token},
                   transports=["polling"], wait_timeout=20)
    return client


def _at_once(clients, event: str, payload: dict) -> list[dict]:
    gate = threading.Barrier(len(clients))
    answers: list[dict] = []

    def send(client) -> None:
        gate.wait()
        answers.append(client.call(event, payload, namespace=NAMESPACE, timeout=30))

    threads = [threading.Thread(target=send, args=(c,)) for c in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return answers

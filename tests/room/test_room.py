"""The /live room at unit level, through Flask-SocketIO's test client (token auth): who may
join and when, chat with sequence numbers and replay, polls, Q&A, host controls, attendance
intervals, and bad input answered with an error event instead of a crash."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from community.platform.db import utcnow
from community.platform.sockets import server
from realtime.room import service
from realtime.room.events import NAMESPACE
from realtime.room.models import AttendanceInterval, LiveMember, LiveMessage
from realtime.sessions.models import LiveSession, SessionCase, SessionCaseStage
from tests.support.disclosures import file
from tests.support.sessions import LiveSocket

Sock = LiveSocket  # tests/room/test_reports.py imports it by this name


@pytest.fixture
def room(app, open_room, token_for):
    """A journal club in its lobby: the host and two registered members, connected."""
    made = open_room(members=2)
    socks = {"host": Sock(app, token_for(made.host), made.live.id)}
    for name, user in zip(("a", "b"), made.members, strict=True):
        socks[name] = Sock(app, token_for(user), made.live.id)
    yield made, socks
    for sock in socks.values():
        sock.close()


def joined(room) -> tuple:
    made, socks = room
    for sock in socks.values():
        answer = sock.call("join")
        assert answer["ok"], answer
    socks["host"].call("start")
    for sock in socks.values():
        sock.client.get_received(NAMESPACE)
    return made, socks


def test_join_checks_registration_state_and_removal(app, session, room, make_user, token_for):
    made, socks = room
    answer = socks["a"].call("join")
    assert answer["ok"] and answer["you"]["role"] == "member"
    assert answer["session"]["state"] == "lobby"
    assert answer["presence"] == {"count": 1}
    assert [m["username"] for m in socks["a"].call("who")["members"]] == [
        made.members[0].username]
    host = socks["host"].call("join")
    assert host["you"]["role"] == "host"
    # A stranger, a token-less connection, an unknown session.
    stranger = Sock(app, token_for(make_user()), made.live.id)
    refused = stranger.call("join")
    assert refused == {"ok": False, "code": "not_registered",
                       "error": service.REFUSALS["not_registered"]}
    assert stranger.received("error")[-1]["code"] == "not_registered"
    assert stranger.raw("join", {"session_id": 99999})["code"] == "not_found"
    assert not server(app).test_client(app, namespace=NAMESPACE).is_connected(NAMESPACE)
    stranger.close()
    # Far from the start the lobby is closed to members, not to the host.
    session.rollback()
    live = session.get(LiveSession, made.live.id)
    live.starts_at, live.ends_at = live.starts_at + timedelta(days=2), \
        live.ends_at + timedelta(days=2)
    session.commit()
    assert socks["b"].call("join")["code"] == "not_open"
    assert socks["host"].call("join")["ok"]


def test_chat_is_numbered_cooked_and_replayed_after_a_reconnect(app, session, room, token_for):
    made, socks = joined(room)
    a, b = socks["a"], socks["b"]
    sent = a.call("chat", body="Look at **the CONSORT diagram** <script>x</script>")
    assert sent["ok"]
    message = sent["message"]
    assert "<strong>the CONSORT diagram</strong>" in message["html"]
    assert "<script>" not in message["html"]
    [event] = b.events()
    assert event["kind"] == "chat" and event["seq"] == message["seq"]
    assert event["actor"] == made.members[0].username
    # B drops off; while away, A writes twice; B comes back with a new socket.
    last_seen = event["seq"]
    b.close()
    first = a.call("chat", body="Allocation was concealed.")["message"]
    second = a.call("chat", body="Intention to treat, too.")["message"]
    assert second["seq"] == first["seq"] + 1
    again = Sock(app, token_for(made.members[1]), made.live.id)
    back = again.call("join", since=last_seen)
    assert [e["data"]["html"].strip() for e in back["missed"] if e["kind"] == "chat"] == [
        "<p>Allocation was concealed.</p>", "<p>Intention to treat, too.</p>"]
    assert [e["seq"] for e in back["missed"]] == sorted(e["seq"] for e in back["missed"])
    assert again.call("sync", since=first["seq"])["events"][0]["seq"] == second["seq"]
    # Edit and delete: the author or a host, nobody else.
    assert again.call("chat_edit", message_id=first["id"], body="hijack")["code"] == "forbidden"
    edited = a.call("chat_edit", message_id=first["id"], body="Allocation *was* concealed.")
    assert edited["ok"] and edited["message"]["edited_at"]
    assert edited["message"]["body"] == "Allocation *was* concealed."
    assert socks["host"].call("chat_delete", message_id=second["id"])["ok"]
    kinds = [e["kind"] for e in again.events()]
    assert kinds == ["chat_edited", "chat_deleted"]
    session.rollback()
    stored = session.get(LiveMessage, second["id"])
    assert stored.deleted_at and stored.body_raw == "Intention to treat, too."
    again.close()


def test_chat_rate_limit_mute_and_removal(app, session, room):
    made, socks = joined(room)
    a, host = socks["a"], socks["host"]
    answers = [a.call("chat", body=f"message {i}") for i in range(6)]
    assert [x["ok"] for x in answers] == [True] * 5 + [False]
    assert answers[-1]["code"] == "rate-limited"
    member_b = made.members[1].username
    assert socks["b"].call("mute", username=made.members[0].username, muted=True)[
        "code"] == "not_host"
    assert host.call("mute", username=member_b, muted=True)["ok"]
    assert socks["b"].call("chat", body="Can I speak?")["code"] == "muted"
    assert host.call("remove", username=member_b)["ok"]
    assert socks["b"].received("removed")
    assert socks["b"].call("hand", raised=True)["code"] in ("not_joined", "removed")
    assert socks["b"].call("join")["code"] == "removed"
    session.rollback()
    intervals = session.scalars(select(AttendanceInterval).where(
        AttendanceInterval.user_id == made.members[1].id)).all()
    assert intervals and all(i.left_at is not None for i in intervals)


def test_polls_hidden_until_revealed_one_changeable_vote(room):
    _made, socks = joined(room)
    host, a, b = socks["host"], socks["a"], socks["b"]
    assert a.call("poll_create", question="Q?", options=["x", "y"])["code"] == "not_host"
    assert host.call("poll_create", question="Which?", options=["x"])["fields"]["options"]
    created = host.call("poll_create", question="Was allocation concealed?",
                        options=["Yes", "No", "Can't tell"], multiple=False)
    poll = created["poll"]
    assert a.call("poll_vote", poll_id=poll["id"], option_ids=[poll["options"][0]["id"]])[
        "code"] == "poll_closed"
    assert host.call("poll_launch", poll_id=poll["id"])["ok"]
    launched = a.events()[-1]
    assert launched["kind"] == "poll_launched" and "votes" not in launched["data"]["options"][0]
    yes, no = poll["options"][0]["id"], poll["options"][1]["id"]
    assert a.call("poll_vote", poll_id=poll["id"], option_ids=[yes, no])["fields"]
    assert a.call("poll_vote", poll_id=poll["id"], option_ids=[yes])["your_vote"] == [yes]
    assert b.call("poll_vote", poll_id=poll["id"], option_ids=[yes])["ok"]
    assert b.call("poll_vote", poll_id=poll["id"], option_ids=[no])["your_vote"] == [no]
    # Hidden: members hear nothing of the count, hosts do.
    assert not [e for e in a.events() if e["kind"] == "poll_results"]
    tally = host.received("host_only")[-1]
    assert tally["kind"] == "poll_tally" and tally["data"]["total"] == 2
    assert host.call("poll_reveal", poll_id=poll["id"])["ok"]
    revealed = a.events()[-1]
    assert {o["text"]: o["votes"] for o in revealed["data"]["options"]} == {
        "Yes": 1, "No": 1, "Can't tell": 0}
    # Revealed while open: the bars move with each vote.
    assert b.call("poll_vote", poll_id=poll["id"], option_ids=[yes])["ok"]
    live_bars = a.events()[-1]
    assert live_bars["kind"] == "poll_results" and live_bars["actor"] is None
    assert {o["text"]: o["votes"] for o in live_bars["data"]["options"]}["Yes"] == 2
    assert host.call("poll_close", poll_id=poll["id"])["ok"]
    assert a.call("poll_vote", poll_id=poll["id"], option_ids=[no])["code"] == "poll_closed"


def test_questions_upvotes_anonymity_and_marking(room):
    made, socks = joined(room)
    host, a, b = socks["host"], socks["a"], socks["b"]
    asked = a.call("question_ask", body="Was the **primary outcome** changed?", anonymous=True)
    qid = asked["question"]["id"]
    to_member = b.events()[-1]
    assert to_member["kind"] == "question_asked"
    assert to_member["actor"] is None and to_member["data"]["author"] is None
    to_host = host.events()[-1]
    assert to_host["data"]["author"]["username"] == made.members[0].username
    assert a.call("question_upvote", question_id=qid)["code"] == "forbidden"
    assert b.call("question_upvote", question_id=qid)["votes"] == 1
    assert b.call("question_upvote", question_id=qid)["code"] == "already_voted"
    other = b.call("question_ask", body="Any subgroup effects?")["question"]["id"]
    assert a.call("question_mark", question_id=qid, state="answered")["code"] == "not_host"
    assert host.call("question_mark", question_id=other, state="dismissed")["ok"]
    rejoined = b.call("join")["snapshot"]["questions"]
    assert [q["id"] for q in rejoined] == [qid]  # dismissed ones are gone for members
    assert rejoined[0]["author"] is None and rejoined[0]["voted_by_you"]
    hosts_view = host.call("join")["snapshot"]["questions"]
    assert {q["id"] for q in hosts_view} == {qid, other}


def test_host_controls_stages_and_records(app, session, open_room, make_user, token_for):
    presenter = make_user()
    made = open_room(members=1, presenters=(presenter,), kind="case_conference",
                     article_doi="")
    live = session.get(LiveSession, made.live.id)
    host = Sock(app, token_for(made.host), live.id)
    assert host.call("join")["ok"]
    assert host.call("start")["code"] == "no_content"  # a case conference needs its case
    session.rollback()  # the room wrote meanwhile: read afresh before writing
    case = SessionCase(session_id=live.id, position=0, title="Breathless at rest",
                       question="Which next test?", submitted_by_id=presenter.id,
                       stages=[SessionCaseStage(position=i, stage=s, body_raw=s,
                                                body_cooked=f"<p>{s}</p>")
                               for i, s in enumerate(("presentation", "findings"))])
    session.add(case)
    session.commit()
    member = Sock(app, token_for(made.members[0]), live.id)
    co = Sock(app, token_for(presenter), live.id)
    for sock in (member, co):
        assert sock.call("join")["ok"]
    assert host.call("reveal_stage")["code"] == "wrong_state"
    assert member.call("start")["code"] == "not_host"
    # No coordinator has checked the presenter's case: participants would wait for nothing.
    refused = host.call("start")
    assert refused["code"] == "not_checked" and "“Breathless at rest”" in refused["error"]
    session.rollback()
    checked = session.get(SessionCase, case.id)
    checked.deid_checked_by_id, checked.deid_checked_at = made.host.id, utcnow()
    session.commit()
    assert host.call("start")["ok"]
    assert host.call("start")["code"] == "wrong_state"
    first = host.call("reveal_stage")["stage"]
    assert (first["stage"], first["html"]) == ("presentation", "<p>presentation</p>")
    assert host.call("reveal_stage")["stage"]["stage"] == "findings"
    # A case that reached the room unchecked (written behind the services' back) stays hidden.
    session.rollback()
    session.add(SessionCase(session_id=live.id, position=1, title="Fever after travel",
                            question="Malaria?", submitted_by_id=presenter.id,
                            stages=[SessionCaseStage(position=1, stage="presentation",
                                                     body_raw="x", body_cooked="<p>x</p>")]))
    session.commit()
    hidden = host.call("reveal_stage")
    assert hidden["code"] == "not_checked" and "“Fever after travel”" in hidden["error"]
    session.rollback()
    session.execute(update(SessionCase).where(SessionCase.session_id == live.id)
                    .values(deid_checked_by_id=made.host.id, deid_checked_at=utcnow()))
    session.commit()
    assert host.call("reveal_stage")["stage"]["case_title"] == "Fever after travel"
    assert host.call("reveal_stage")["code"] == "nothing_left"
    assert [s["stage"] for s in member.call("join")["snapshot"]["stages"]] == [
        "presentation", "findings", "presentation"]
    recorded = host.call("recommendation", case_id=case.id, text="Echo within **2 weeks**.",
                         follow_up_on="2031-02-01")
    assert recorded["ok"] and recorded["case"]["follow_up_on"] == "2031-02-01"
    assert host.call("recommendation", case_id=case.id, text="x",
                     follow_up_on="next week")["fields"]["follow_up_on"]
    assert host.call("bottom_line", text="x")["code"] == "forbidden"  # not a journal club
    # The presenter could not be handed the role before being cleared? They are a co-host.
    assert member.call("hand_over", username=presenter.username)["code"] == "not_host"
    assert host.call("hand_over", username=made.members[0].username)["code"] == "forbidden"
    assert host.call("hand_over", username=presenter.username)["you"]["role"] == "cohost"
    session.rollback()
    assert session.scalar(select(LiveSession.host_id).where(LiveSession.id == live.id)) \
        == presenter.id
    assert co.call("end")["ok"]
    assert member.call("chat", body="late")["code"] == "wrong_state"
    assert member.call("join")["code"] == "ended"
    for sock in (host, member, co):
        sock.close()


def test_starting_needs_a_current_cleared_disclosure(app, session, open_room, make_user,
                                                     token_for):
    made = open_room(members=0)
    host = Sock(app, token_for(made.host), made.live.id)
    assert host.call("join")["ok"]
    # The host files a new disclosure after registration opened: not reviewed yet.
    session.rollback()
    file(session, made.host, declared_none=True)
    refused = host.call("start")
    assert refused["ok"] is False and refused["code"] != "server_error", refused
    assert "disclos" in refused["error"].lower()
    session.rollback()
    assert session.get(LiveSession, made.live.id).state == "lobby"
    host.close()


def test_attendance_intervals_open_close_and_sweep(app, session, room):
    made, socks = joined(room)
    a = made.members[0]
    session.rollback()
    open_ = session.scalars(select(AttendanceInterval).where(
        AttendanceInterval.user_id == a.id, AttendanceInterval.left_at.is_(None))).all()
    assert len(open_) == 1
    socks["a"].call("leave")
    session.rollback()
    assert session.get(AttendanceInterval, open_[0].id).left_at is not None
    assert socks["a"].call("chat", body="gone?")["code"] == "not_joined"
    # A process that died leaves an open interval: the sweep closes it at its last beat.
    b = made.members[1]
    stale = session.scalar(select(AttendanceInterval).where(
        AttendanceInterval.user_id == b.id, AttendanceInterval.left_at.is_(None)))
    last = utcnow() - timedelta(minutes=10)
    stale.last_seen_at = last
    session.commit()
    assert service.sweep(session, service.Limits()) == [(made.live.id, b.id)]
    session.commit()
    assert session.get(AttendanceInterval, stale.id).left_at == last
    # Hands are counted for the report.
    assert socks["host"].call("hand", raised=True)["ok"]
    assert socks["host"].call("hand", raised=False)["ok"]
    assert socks["host"].call("hand", raised=True)["ok"]
    presence = socks["host"].received("presence")[-1]
    assert [m["hand_raised"] for m in presence["members"] if m["role"] == "host"] == [True]
    session.rollback()
    member = session.scalar(select(LiveMember).where(LiveMember.user_id == made.host.id))
    assert member.hand_raises == 2


@pytest.mark.parametrize("payload", [None, [], "x", 42, {"session_id": "1"},
                                     {"session_id": True}, {"session_id": 2**40}])
def test_malformed_payloads_are_answered(app, room, payload):
    _made, socks = room
    answer = socks["a"].raw("join", payload)
    assert answer["ok"] is False and answer["code"] in ("validation-failed", "not_found")
    assert socks["a"].client.is_connected(NAMESPACE)


def test_unknown_oversized_and_unjoined_events(room):
    made, socks = room
    a = socks["a"]
    assert a.raw("teleport", {"session_id": made.live.id})["code"] == "unknown_event"
    assert a.call("chat", body="x")["code"] == "not_joined"
    assert a.call("join")["ok"]
    huge = a.call("chat", body="x" * 50_000)
    assert huge["code"] == "too_large"
    assert a.call("chat", body="x" * 5000)["fields"]["body"]
    assert a.call("poll_vote", poll_id="1", option_ids=[1])["fields"]["poll_id"]
    assert a.call("chat", body="still here")["ok"]
    assert {e["code"] for e in a.received("error")} >= {"unknown_event", "not_joined",
                                                        "too_large"}

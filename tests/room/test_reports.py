"""After a live session: attendance merged across tabs and rejoins, clipped to the live period,
stale open intervals ending at their last heartbeat; the report page with its chart, the CSV
parsed back, the host's correction (append-only, who and why), and the transcript with its
permissions. The room's rows are written with the models here; the socket test at the end
produces them through the /live namespace when the room service is there."""
from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from community.platform.db import utcnow
from moderation.audit.models import AuditEntry
from realtime.room import reports
from realtime.room.models import (
    AttendanceCorrection,
    AttendanceInterval,
    LiveMember,
    LiveMessage,
    LivePoll,
    LivePollOption,
    LivePollVote,
    LiveQuestion,
)
from realtime.sessions.models import (
    LiveSession,
    SessionCase,
    SessionCaseStage,
    SessionChecklistItem,
    SessionPresenter,
    SessionRegistration,
)
from tests.support.sessions import board
from tests.support.web import login, post_form

# A session that ran an hour, two hours ago, on whole minutes.
T0 = (utcnow() - timedelta(hours=3)).replace(second=0, microsecond=0)
NOW = T0 + timedelta(hours=3)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


# ---------------------------------------------------------------- arranging with the models


def make_session(session, host, *, kind="journal_club", started=True, ended=True,
                 presenters=(), registered=(), **fields) -> LiveSession:
    values = {"registration_opened_at": at(-60 * 24), "article_doi": "10.1056/x",
              "started_at": at(0) if started else None,
              "ended_at": at(60) if ended and started else None,
              "state": "ended" if ended else ("live" if started else "scheduled")}
    live = LiveSession(board_id=board(session).id, host_id=host.id, kind=kind,
                       title="Heart failure club", starts_at=at(0), ends_at=at(60),
                       capacity=50, **{**values, **fields})
    live.presenters = [SessionPresenter(user_id=p.id) for p in presenters]
    session.add(live)
    session.flush()
    for user in registered:
        session.add(SessionRegistration(session_id=live.id, user_id=user.id,
                                        status="registered"))
    session.commit()
    return live


def stay(session, live, user, joined, left=None, seen=None, sid="s"):
    session.add(AttendanceInterval(
        session_id=live.id, user_id=user.id, sid=sid, joined_at=at(joined),
        last_seen_at=at(seen if seen is not None else (left if left is not None else joined)),
        left_at=at(left) if left is not None else None))


def room_member(session, live, user, hands=0, removed=False):
    session.add(LiveMember(session_id=live.id, user_id=user.id, hand_raises=hands,
                           first_joined_at=at(0), removed_at=at(30) if removed else None))


_seq = iter(range(1, 10_000))


def say(session, live, user, text, *, deleted=False, edited=False):
    session.add(LiveMessage(session_id=live.id, author_id=user.id, seq=next(_seq),
                            body_raw=text, body_cooked=f"<p>{text}</p>", created_at=at(5),
                            edited_at=at(6) if edited else None,
                            deleted_at=at(7) if deleted else None))


def poll(session, live, host, question, options, *, revealed=True, multiple=False):
    row = LivePoll(session_id=live.id, created_by_id=host.id, question=question,
                   multiple=multiple, state="closed", revealed=revealed, opened_at=at(10),
                   closed_at=at(15),
                   options=[LivePollOption(position=i, text=t) for i, t in enumerate(options)])
    session.add(row)
    session.flush()
    return row


def vote(session, row, user, *positions):
    for p in positions:
        session.add(LivePollVote(poll_id=row.id, option_id=row.options[p].id, user_id=user.id))


def ask(session, live, user, text, votes=0, state="pending", anonymous=False):
    session.add(LiveQuestion(session_id=live.id, author_id=user.id, body_raw=text,
                             body_cooked=f"<p>{text}</p>", votes=votes, state=state,
                             anonymous=anonymous))


@pytest.fixture
def people(make_user):
    return {"host": make_user(display_name="Dr Host"),
            "cohost": make_user(display_name="Dr Cohost"),
            "a": make_user(display_name="Dr Alpha"), "b": make_user(display_name="Dr Bravo"),
            "c": make_user(display_name="Dr Charlie"), "d": make_user(display_name="Dr Delta"),
            "stranger": make_user(), "moderator": make_user("moderator")}


@pytest.fixture
def held(session, people):
    """An hour-long session: a on two tabs and a rejoin, b's process died, c came early and
    left, d registered and never came; chat, two polls, questions and hands."""
    p = people
    live = make_session(session, p["host"], presenters=[p["cohost"]],
                        registered=[p["a"], p["b"], p["c"], p["d"]])
    stay(session, live, p["host"], -5, 65)
    stay(session, live, p["a"], 0, 30, sid="tab1")
    stay(session, live, p["a"], 10, 40, sid="tab2")
    stay(session, live, p["a"], 50, 75, sid="rejoin")
    stay(session, live, p["b"], 5, seen=20)  # never closed, last heartbeat at minute 20
    stay(session, live, p["c"], -10, 10)
    for user, hands in ((p["host"], 0), (p["a"], 3), (p["b"], 1), (p["c"], 0)):
        room_member(session, live, user, hands)
    say(session, live, p["a"], "First thought")
    say(session, live, p["a"], "Gone now", deleted=True)
    say(session, live, p["a"], "Fixed typo", edited=True)
    say(session, live, p["b"], "Agree")
    one = poll(session, live, p["host"], "Is the trial valid?", ["Yes", "No", "Can't tell"])
    many = poll(session, live, p["host"], "Which outcomes?", ["Death", "Admission"],
                revealed=False, multiple=True)
    vote(session, one, p["a"], 0)
    vote(session, one, p["b"], 0)
    vote(session, one, p["c"], 1)
    vote(session, many, p["a"], 0, 1)
    ask(session, live, p["b"], "Low-voted question", votes=1, state="answered")
    ask(session, live, p["a"], "Top question", votes=5)
    ask(session, live, p["c"], "Secret asker question", votes=2, anonymous=True,
        state="dismissed")
    session.commit()
    return live


def client_for(app, user):
    client = app.test_client()
    login(client, user)
    return client


# ---------------------------------------------------------------- the computations


def test_merge_and_clip():
    spans = [(at(0), at(30)), (at(10), at(40)), (at(50), at(75)), (at(40), at(45)),
             (at(80), at(80))]
    assert reports.merge(spans) == [(at(0), at(45)), (at(50), at(75))]
    assert reports.clip(reports.merge(spans), (at(5), at(60))) == [
        (at(5), at(45)), (at(50), at(60))]
    assert reports.seconds([(at(5), at(45)), (at(50), at(60))]) == 50 * 60


def test_open_interval_ends_at_its_last_heartbeat_when_stale():
    interval = AttendanceInterval(joined_at=at(0), last_seen_at=at(20), left_at=None)
    assert reports.interval_end(interval, at(21)) == (at(21), True)
    assert reports.interval_end(interval, at(40)) == (at(20), False)
    interval.left_at = at(25)
    assert reports.interval_end(interval, at(40)) == (at(25), False)


def test_attendance_per_member(session, people, held):
    report = reports.attendance(session, session.get(LiveSession, held.id), now=NOW)
    rows = {r.user.username: r for r in report.rows}
    p = people
    assert report.length_minutes == 60
    # Everyone registered, the host and the co-host appear, in role order.
    assert [r.role for r in report.rows][:2] == ["host", "cohost"]
    assert set(rows) == {p[k].username for k in ("host", "cohost", "a", "b", "c", "d")}
    a = rows[p["a"].username]
    # Two tabs 0-30 and 10-40 merge to 0-40; the rejoin 50-75 counts until the end at 60.
    assert (a.measured_minutes, a.percent) == (50, 83)
    assert (a.first_join, a.last_leave, a.in_room) == (at(0), at(75), False)
    assert (a.messages, a.poll_votes, a.questions, a.hand_raises) == (2, 2, 1, 3)
    b = rows[p["b"].username]
    assert (b.measured_minutes, b.last_leave, b.in_room) == (15, at(20), False)
    c = rows[p["c"].username]
    assert (c.measured_minutes, c.first_join) == (10, at(-10))  # clipped to the start
    d = rows[p["d"].username]
    assert (d.measured_minutes, d.share, d.first_join, d.messages) == (0, 0, None, 0)
    host = rows[p["host"].username]
    assert (host.measured_minutes, host.percent) == (60, 100)
    assert report.attended == 4
    # Per minute: the host throughout, a except 40-50, b 5-20, c until 10.
    counts = dict(report.series)
    assert len(report.series) == 60 and report.bucket_minutes == 1
    assert [counts[at(m)] for m in (0, 7, 12, 19, 20, 45, 55)] == [3, 4, 3, 3, 2, 1, 2]
    assert report.peak == 4


def test_open_interval_of_a_live_session_counts_until_now(session, people):
    live = make_session(session, people["host"], ended=False, registered=[people["a"]])
    stay(session, live, people["a"], 10, seen=29.5)
    session.commit()
    report = reports.attendance(session, live, now=at(30))
    row = report.row_for(people["a"].id)
    assert (row.measured_minutes, row.in_room, row.last_leave) == (20, True, None)
    assert report.length_minutes == 30
    assert reports.attendance(session, make_session(session, people["host"], started=False)) \
        is None


def test_long_sessions_are_charted_in_wider_buckets():
    period = (at(0), at(600))
    assert reports.bucket_minutes(period) == 5
    points = reports.series([[(at(0), at(12))]], period, 5)
    assert len(points) == 120 and [n for _, n in points[:4]] == [1, 1, 1, 0]


# ---------------------------------------------------------------- the pages


def test_attendance_page_with_chart(app, session, people, held):
    page = client_for(app, people["host"]).get(f"/sessions/{held.id}/attendance")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    svg = re.search(r"<svg class=\"chart\"[^>]*>.*?</svg>", html, re.DOTALL).group(0)
    assert 'role="img"' in svg and 'aria-labelledby="chart-title chart-desc"' in svg
    assert "<title id=\"chart-title\">" in svg and "Peak: 4" in svg
    assert "<path class=\"area\"" in svg
    assert "style=" not in html and "<script>" not in html
    assert "Dr Delta" in html and "Dr Alpha" in html
    assert html.count('<tr class="absent">') == 2  # Dr Delta, the co-host
    # The co-host and a board moderator see it too; members and strangers do not.
    for key in ("cohost", "moderator"):
        assert client_for(app, people[key]).get(
            f"/sessions/{held.id}/attendance").status_code == 200
    for key in ("a", "stranger"):
        client = client_for(app, people[key])
        assert client.get(f"/sessions/{held.id}/attendance").status_code == 403
        assert client.get(f"/sessions/{held.id}/attendance.csv").status_code == 403


def test_csv_parses_back_and_defuses_formulas(app, session, people, held, make_user):
    evil = make_user(display_name="=HYPERLINK(\"http://x\")")
    session.add(SessionRegistration(session_id=held.id, user_id=evil.id, status="registered"))
    session.add(AttendanceCorrection(session_id=held.id, user_id=evil.id, minutes=12,
                                     reason="+1 joined by phone, confirmed",
                                     corrected_by_id=people["host"].id))
    session.commit()
    response = client_for(app, people["host"]).get(f"/sessions/{held.id}/attendance.csv")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.headers["Content-Disposition"] == \
        f'attachment; filename="rounds-session-{held.id}-attendance.csv"'
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert list(rows[0]) == reports.CSV_COLUMNS
    by_name = {r["username"]: r for r in rows}
    a = by_name[people["a"].username]
    assert (a["measured_minutes"], a["minutes"], a["share_percent"], a["messages"],
            a["poll_votes"], a["questions"], a["hand_raises"]) == (
        "50", "50", "83", "2", "2", "1", "3")
    assert a["first_join_utc"] == at(0).isoformat(timespec="seconds")
    assert by_name[people["d"].username]["minutes"] == "0"
    e = by_name[evil.username]
    assert e["display_name"] == "'=HYPERLINK(\"http://x\")"
    assert (e["measured_minutes"], e["corrected_minutes"], e["minutes"]) == ("0", "12", "12")
    assert e["correction_reason"] == "'+1 joined by phone, confirmed"
    assert e["corrected_by"] == people["host"].username


def test_corrections_need_a_reason_and_the_latest_wins(app, session, people, held):
    url = f"/sessions/{held.id}/attendance/{people['b'].username}/correction"
    member = client_for(app, people["a"])
    assert member.get(url).status_code == 403
    assert post_form(member, url, {"minutes": "60", "reason": "I was there all along"}
                     ).status_code == 403
    host = client_for(app, people["host"])
    form = host.get(url)
    assert form.status_code == 200 and 'name="csrf_token"' in form.get_data(as_text=True)
    for data, message in ((({"minutes": "45", "reason": ""}),
                           '<a href="#f-reason">This field is required.</a>'),
                          (({"minutes": "45", "reason": "too short"}), "at least 10"),
                          (({"minutes": "121", "reason": "Crashed, rejoined by phone"}),
                           "Use 120 or less"),
                          (({"minutes": "-1", "reason": "Crashed, rejoined by phone"}),
                           "Use 0 or more."),
                          (({"minutes": "lots", "reason": "Crashed, rejoined by phone"}),
                           "whole number")):
        response = post_form(host, url, data)
        html = response.get_data(as_text=True)
        assert response.status_code == 422, data
        assert message in html, data
        assert f'value="{data["minutes"]}"' in html and data["reason"] in html
    assert client_for(app, people["stranger"]).post(url, data=data).status_code == 400  # CSRF
    session.rollback()
    assert session.scalar(select(AttendanceCorrection.id)) is None

    assert post_form(host, url, {"minutes": "45", "reason": "Crashed, rejoined by phone"}
                     ).status_code == 303
    moderator = client_for(app, people["moderator"])
    assert post_form(moderator, url, {"minutes": "40",
                                      "reason": "Host's figure included the break"}
                     ).status_code == 303
    session.rollback()
    report = reports.attendance(session, session.get(LiveSession, held.id))
    row = report.row_for(people["b"].id)
    assert (row.measured_minutes, row.minutes, row.corrections) == (15, 40, 2)
    assert row.correction.corrected_by.id == people["moderator"].id
    html = host.get(f"/sessions/{held.id}/attendance").get_data(as_text=True)
    assert "Host&#39;s figure included the break" in html
    assert people["moderator"].display_name in html and "(measured 15)" in html
    history = host.get(url).get_data(as_text=True)
    assert "Crashed, rejoined by phone" in history and "45 minutes" in history
    entries = session.scalars(select(AuditEntry).where(
        AuditEntry.action == "session.attendance.correct").order_by(AuditEntry.id)).all()
    assert [(e.actor_id, e.before["minutes"], e.after["minutes"]) for e in entries] == [
        (people["host"].id, 15, 45), (people["moderator"].id, 45, 40)]
    # Someone who neither registered nor came cannot be corrected.
    assert host.get(f"/sessions/{held.id}/attendance/{people['stranger'].username}"
                    "/correction").status_code == 404
    assert host.get(f"/sessions/{held.id}/attendance/nobody-here/correction").status_code == 404


def test_transcript(app, session, people, held):
    member = client_for(app, people["d"])  # registered, never came
    response = member.get(f"/sessions/{held.id}/transcript")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "style=" not in html and "<script>" not in html
    assert "First thought" in html and "Gone now" not in html
    assert html.count("Message removed.") == 1
    assert html.count('class="edited"') == 1
    # The revealed poll has bars; the unrevealed one shows no results to members.
    assert 'class="bar-fill" width="67"' in html and "2 votes (67%)" in html
    assert "The host did not reveal the results." in html
    # Q&A sorted by votes, the anonymous asker hidden from members.
    assert html.index("Top question") < html.index("Secret asker") < html.index("Low-voted")
    assert "Anonymous" in html and "Dr Charlie" not in html
    assert "Dismissed" in html and "Answered" in html
    assert "No bottom line was recorded." in html

    host_html = client_for(app, people["host"]).get(
        f"/sessions/{held.id}/transcript").get_data(as_text=True)
    assert "Dr Charlie (asked anonymously)" in host_html
    assert "results never revealed to members" in host_html
    assert 'class="bar-fill" width="100"' in host_html  # a chose both outcomes
    for key in ("cohost", "moderator", "a"):
        assert client_for(app, people[key]).get(
            f"/sessions/{held.id}/transcript").status_code == 200


def test_transcript_permissions(app, session, people, held):
    stranger = client_for(app, people["stranger"])
    assert stranger.get(f"/sessions/{held.id}/transcript").status_code == 403
    assert stranger.get(f"/sessions/{held.id}/attendance").status_code == 403
    assert app.test_client().get(f"/sessions/{held.id}/transcript").status_code == 302
    # A member the host removed from the room does not read it.
    removed = session.scalar(select(LiveMember).where(LiveMember.user_id == people["b"].id))
    removed.removed_at = at(30)
    session.commit()
    assert client_for(app, people["b"]).get(
        f"/sessions/{held.id}/transcript").status_code == 403
    # Before the session starts there is nothing, for anyone.
    later = make_session(session, people["host"], started=False, registered=[people["a"]])
    for key in ("host", "a"):
        client = client_for(app, people[key])
        assert client.get(f"/sessions/{later.id}/transcript").status_code == 404
        assert client.get(f"/sessions/{later.id}/attendance").status_code == 404
    # A session members cannot see at all (registration never opened) is not found.
    hidden = make_session(session, people["host"], registration_opened_at=None)
    assert stranger.get(f"/sessions/{hidden.id}/transcript").status_code == 404
    assert client_for(app, people["host"]).get(
        f"/sessions/{hidden.id}/transcript").status_code == 200
    assert stranger.get("/sessions/999999/transcript").status_code == 404


def test_journal_club_and_case_conference_content(app, session, people):
    p = people
    club = make_session(session, p["host"], registered=[p["a"]],
                        bottom_line_raw="Use it", bottom_line_cooked="<p>Use <em>it</em></p>")
    club.checklist = [
        SessionChecklistItem(position=1, part="Is the design valid?",
                             question="Did the trial address a clearly focused issue?",
                             answer="yes", note="PICO <clear>"),
        SessionChecklistItem(position=2, question="Was assignment randomised?",
                             answer="cant_tell")]
    conference = make_session(session, p["host"], kind="case_conference",
                              registered=[p["a"]], article_doi=None)
    case = SessionCase(position=1, title="Breathless at 72", question="Next test?",
                       submitted_by_id=p["host"].id, recommendations_raw="Echo",
                       recommendations_cooked="<p>Order an echo</p>",
                       follow_up_on=date(2031, 2, 1))
    case.stages = [
        SessionCaseStage(position=1, stage="presentation", body_cooked="<p>Seen stage</p>",
                         revealed_at=at(5)),
        SessionCaseStage(position=2, stage="findings", body_cooked="<p>Hidden stage</p>")]
    conference.cases = [case]
    session.commit()
    client = client_for(app, p["a"])
    html = client.get(f"/sessions/{club.id}/transcript").get_data(as_text=True)
    assert "Did the trial address a clearly focused issue?" in html
    assert "PICO &lt;clear&gt;" in html and "Can&#39;t tell" in html
    assert "<p>Use <em>it</em></p>" in html
    html = client.get(f"/sessions/{conference.id}/transcript").get_data(as_text=True)
    assert "Seen stage" in html and "Hidden stage" not in html
    assert "Order an echo" in html and 'datetime="2031-02-01"' in html


def test_session_page_links_to_the_reports_once_started(app, session, people, held):
    host = client_for(app, people["host"]).get(f"/sessions/{held.id}").get_data(as_text=True)
    assert f'href="/sessions/{held.id}/transcript"' in host
    assert f'href="/sessions/{held.id}/attendance"' in host
    member = client_for(app, people["d"]).get(f"/sessions/{held.id}").get_data(as_text=True)
    assert f'href="/sessions/{held.id}/transcript"' in member
    assert f'href="/sessions/{held.id}/attendance"' not in member
    later = make_session(session, people["host"], started=False)
    page = client_for(app, people["host"]).get(f"/sessions/{later.id}").get_data(as_text=True)
    assert "/transcript" not in page


def test_report_of_a_session_held_over_the_socket(app, session, open_room, token_for):
    """End to end: the rows come from the /live namespace (Flask-SocketIO's test client),
    the report and the transcript read them back."""
    from tests.room.test_room import Sock

    made = open_room(members=2)
    a_user, b_user = made.members
    host, a, b = (Sock(app, token_for(u), made.live.id) for u in (made.host, a_user, b_user))
    try:
        for sock in (host, a, b):
            assert sock.call("join")["ok"]
        assert host.call("start")["ok"]
        kept = a.call("chat", body="Allocation was **concealed**.")["message"]
        gone = a.call("chat", body="Wrong thread")["message"]
        assert a.call("chat_delete", message_id=gone["id"])["ok"]
        assert a.call("chat_edit", message_id=kept["id"], body="Allocation *was* concealed.")[
            "ok"]
        assert a.call("hand", raised=True)["ok"]
        asked = b.call("question_ask", body="Any subgroup effects?")["question"]
        assert a.call("question_upvote", question_id=asked["id"])["ok"]
        poll = host.call("poll_create", question="Valid?", options=["Yes", "No"])["poll"]
        assert host.call("poll_launch", poll_id=poll["id"])["ok"]
        for sock in (a, b):
            assert sock.call("poll_vote", poll_id=poll["id"],
                             option_ids=[poll["options"][0]["id"]])["ok"]
        assert host.call("poll_reveal", poll_id=poll["id"])["ok"]
        assert host.call("poll_close", poll_id=poll["id"])["ok"]
        # b drops off and comes back on a new socket: two intervals, one stay.
        b.close()
        b = Sock(app, token_for(b_user), made.live.id)
        assert b.call("join")["ok"]
        assert host.call("end")["ok"]
    finally:
        for sock in (host, a, b):
            sock.close()
    session.rollback()
    assert len(session.scalars(select(AttendanceInterval).where(
        AttendanceInterval.user_id == b_user.id)).all()) == 2

    client = client_for(app, made.host)
    rows = {r["username"]: r for r in csv.DictReader(io.StringIO(client.get(
        f"/sessions/{made.live.id}/attendance.csv").get_data(as_text=True)))}
    assert set(rows) == {made.host.username, a_user.username, b_user.username}
    a_row, b_row = rows[a_user.username], rows[b_user.username]
    assert (a_row["messages"], a_row["poll_votes"], a_row["questions"], a_row["hand_raises"]
            ) == ("1", "1", "0", "1")
    assert (b_row["messages"], b_row["poll_votes"], b_row["questions"]) == ("0", "1", "1")
    assert a_row["first_join_utc"] and b_row["last_leave_utc"]
    assert client.get(f"/sessions/{made.live.id}/attendance").status_code == 200

    html = client_for(app, a_user).get(
        f"/sessions/{made.live.id}/transcript").get_data(as_text=True)
    assert "Allocation <em>was</em> concealed." in html and "Wrong thread" not in html
    assert "Message removed." in html and 'class="edited"' in html
    assert "Any subgroup effects?" in html and "1 vote" in html
    assert 'class="bar-fill" width="100"' in html and "2 votes (100%)" in html

"""The demo's live sessions, seen through the pages: what a newcomer to the demo tries."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from community.demo import DEMO_PASSWORD, seed_demo
from community.platform.accounts.models import User
from community.platform.db import commit
from community.platform.phi import scan
from realtime.room import reports
from realtime.sessions.models import LiveSession
from tests.support.web import login


def _seed(session) -> dict[str, LiveSession]:
    summary = seed_demo(session)
    commit(session)
    assert summary.sessions_added == 3
    return {s.kind + ("_past" if s.state == "ended" else ""): s
            for s in session.scalars(select(LiveSession))}


def _sign_in(app, session, email: str):
    client = app.test_client()
    login(client, session.scalar(select(User).where(User.email == email)), DEMO_PASSWORD)
    return client


def test_the_past_session_has_a_transcript_and_an_attendance_report(app, session):
    past = _seed(session)["journal_club_past"]
    host = _sign_in(app, session, "moderator@rounds.example")
    transcript = host.get(f"/sessions/{past.id}/transcript")
    assert transcript.status_code == 200
    page = transcript.get_data(as_text=True)
    assert "called to the unit" in page and "Procainamide" in page
    attendance = host.get(f"/sessions/{past.id}/attendance")
    assert attendance.status_code == 200 and "<svg" in attendance.get_data(as_text=True)
    assert host.get(f"/sessions/{past.id}/attendance.csv").status_code == 200
    # Arrivals and departures over the hour, yesterday; Sam's rejoin merged, not doubled.
    report = reports.attendance(session, past)
    counts = [n for _, n in report.series]
    assert max(counts) == 6 and min(counts) < max(counts)
    assert past.ended_at < datetime.now(UTC) - timedelta(hours=1)
    sam = next(r for r in report.rows if r.user.username == "sam.whitfield")
    assert sam.measured_minutes == 18 + 27


def test_the_upcoming_sessions_are_open_to_register_and_enter(app, session):
    found = _seed(session)
    club, conference = found["journal_club"], found["case_conference"]
    assert club.registration_opened_at and conference.registration_opened_at
    assert timedelta(minutes=30) < club.starts_at - datetime.now(UTC) < timedelta(minutes=45)
    assert [s.stage for s in conference.cases[0].stages] == [
        "presentation", "findings", "investigations", "management", "outcome"]
    assert not any(scan(s.body_raw) for s in conference.cases[0].stages)
    # The presenter submitted the case; the host checked its de-identification.
    case = conference.cases[0]
    assert (case.submitted_by.username, case.deid_checked_by.username) == (
        "jonas.becker", "fatima.alsayed")
    assert len(club.checklist) == 11
    student = _sign_in(app, session, "student@rounds.example")
    assert student.get(f"/sessions/{club.id}/room").status_code == 200
    assert student.get(f"/sessions/{conference.id}").status_code == 200
    # Running it again adds nothing.
    assert not seed_demo(session).added_anything

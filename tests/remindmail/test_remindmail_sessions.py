"""Live sessions by mail: reminders 24 h and 1 h before the start (the beat task, each once,
in the member's own time zone, with the session's .ics), and a new time or a cancellation
mailed to registrants with the updated calendar entry (SEQUENCE raised; METHOD:CANCEL)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import update

from community.platform.accounts.models import User
from realtime.sessions.models import LiveSession
from tests.support.remindmail import event_of, links, mails, text_of
from tests.support.web import login, post_form

TASK = "rounds.session_reminders"


def _run(app) -> None:
    app.extensions["celery"].tasks[TASK].apply().get()


def _move(session, live: LiveSession, starts: datetime) -> None:
    session.execute(update(LiveSession).where(LiveSession.id == live.id).values(
        starts_at=starts, ends_at=starts + timedelta(hours=1)))
    session.commit()


def test_one_hour_reminder_once_with_the_calendar_entry(app, session, open_room):
    room = open_room(members=2)
    _run(app)
    _run(app)  # beat may run twice, or overlap: each member gets one
    for member in room.members:
        (mail,) = mails(app, "session_reminder", member.email)
        assert mail["Subject"].startswith("Starting in an hour")
        assert any(link.endswith(f"/sessions/{room.live.id}/room") for link in links(mail))
        calendar, event = event_of(mail)
        assert calendar["METHOD"] == "PUBLISH"
        assert str(event["UID"]).startswith(f"session-{room.live.id}@")
        assert int(event["SEQUENCE"]) == 0
        assert event.decoded("DTSTART") == room.live.starts_at
    assert mails(app, "session_reminder", room.host.email) == []  # the host is not registered


def test_day_before_reminder_in_the_members_zone(app, session, open_room):
    room = open_room(members=1)
    (member,) = room.members
    session.execute(update(User).where(User.id == member.id)
                    .values(time_zone="Asia/Tokyo"))
    starts = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(hours=20)
    _move(session, room.live, starts)
    _run(app)
    (mail,) = mails(app, "session_reminder", member.email)
    tokyo = ZoneInfo("Asia/Tokyo")
    day = "Today" if starts.astimezone(tokyo).date() == datetime.now(tokyo).date() \
        else "Tomorrow"
    assert mail["Subject"].startswith(f"{day}: ")
    local = starts.astimezone(tokyo)
    assert f"{local:%H:%M} JST" in text_of(mail)
    # An hour before, the second reminder; never a third.
    _move(session, room.live, datetime.now(UTC) + timedelta(minutes=50))
    _run(app)
    _run(app)
    assert [m["Subject"].split(":")[0] for m in mails(app, "session_reminder",
                                                       member.email)] == [
        day, "Starting in an hour"]


def test_a_new_time_and_a_cancellation_reach_registrants(app, session, open_room):
    room = open_room(members=2)
    host = app.test_client()
    login(host, room.host)
    new_start = (datetime.now(UTC) + timedelta(days=2)).replace(second=0, microsecond=0)
    assert host.get(f"/sessions/{room.live.id}/reschedule").status_code == 200
    bad = post_form(host, f"/sessions/{room.live.id}/reschedule",
                    {"starts_at": new_start.strftime("%Y-%m-%dT%H:%M"),
                     "ends_at": new_start.strftime("%Y-%m-%dT%H:%M")})
    assert bad.status_code == 422
    moved = post_form(host, f"/sessions/{room.live.id}/reschedule",
                      {"starts_at": new_start.strftime("%Y-%m-%dT%H:%M"),
                       "ends_at": (new_start + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")})
    assert moved.status_code == 303, moved.get_data(as_text=True)[:2000]
    for member in room.members:
        (mail,) = mails(app, "session_changed", member.email)
        assert mail["Subject"].startswith("New time")
        calendar, event = event_of(mail)
        assert int(event["SEQUENCE"]) == 1
        assert event.decoded("DTSTART") == new_start
    # Only the host moves it.
    member_client = app.test_client()
    login(member_client, room.members[0])
    assert post_form(member_client, f"/sessions/{room.live.id}/reschedule",
                     {"starts_at": "x", "ends_at": "y"}).status_code == 403

    assert post_form(host, f"/sessions/{room.live.id}/cancel-session").status_code == 303
    for member in room.members:
        changes = mails(app, "session_changed", member.email)
        assert len(changes) == 2
        cancelled = changes[1]
        assert cancelled["Subject"].startswith("Cancelled")
        calendar, event = event_of(cancelled)
        assert calendar["METHOD"] == "CANCEL"
        assert event["STATUS"] == "CANCELLED"
        assert int(event["SEQUENCE"]) == 2
    # A cancelled session is not reminded.
    _run(app)
    assert all(mails(app, "session_reminder", m.email) == [] for m in room.members)


def test_moving_a_session_through_the_api(app, session, open_room, token_for):
    room = open_room(members=1)
    (member,) = room.members
    new_start = (datetime.now(UTC) + timedelta(days=3)).replace(second=0, microsecond=0)
    body = {"starts_at": new_start.isoformat(),
            "ends_at": (new_start + timedelta(hours=2)).isoformat()}
    client = app.test_client()
    url = f"/api/v1/sessions/{room.live.id}"
    refused = client.patch(url, json=body,
                           headers={"Authorization": f"Bearer {token_for(member)}"})
    assert refused.status_code == 403
    moved = client.patch(url, json=body,
                         headers={"Authorization": f"Bearer {token_for(room.host)}"})
    assert moved.status_code == 200, moved.get_data(as_text=True)
    assert moved.get_json()["starts_at"].startswith(new_start.strftime("%Y-%m-%dT%H:%M"))
    (mail,) = mails(app, "session_changed", member.email)
    _calendar, event = event_of(mail)
    assert event.decoded("DTSTART") == new_start and int(event["SEQUENCE"]) == 1
    # Nothing changed, nothing sent.
    again = client.patch(url, json=body,
                         headers={"Authorization": f"Bearer {token_for(room.host)}"})
    assert again.status_code == 200
    assert len(mails(app, "session_changed", member.email)) == 1


def test_the_reminders_run_under_beat(app):
    schedule = app.extensions["celery"].conf.beat_schedule
    assert schedule["session-reminders"]["task"] == TASK
    assert schedule["review-reminders"]["task"] == "rounds.review_reminders"
    assert schedule["credit-claim-closing"]["task"] == "rounds.credit_claim_closing"

"""Session mail in the recipient's language (issue 17): a reminder's subject and its words
(the day, "in an hour"), and the moment in the member's zone and language; a new time and a
cancellation too. The calendar entry stays machine data."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import update

from community.platform.accounts.models import User
from realtime.sessions.models import LiveSession
from tests.support.remindmail import event_of, mails, text_of
from tests.support.web import login, post_form

TASK = "rounds.session_reminders"


def test_reminders_and_changes_in_each_members_language(app, session, open_room):
    room = open_room(members=2)
    spanish, arabic = room.members
    for member, language, zone in ((spanish, "es", "Europe/Madrid"),
                                   (arabic, "ar", "Asia/Riyadh")):
        session.execute(update(User).where(User.id == member.id)
                        .values(language=language, time_zone=zone))
    session.commit()
    app.extensions["celery"].tasks[TASK].apply().get()
    (es,) = mails(app, "session_reminder", spanish.email)
    (ar,) = mails(app, "session_reminder", arabic.email)
    assert es["Subject"].startswith("Empieza en una hora: ")
    assert ar["Subject"].startswith("تبدأ خلال ساعة: ")
    assert "Starting in an hour" not in es["Subject"] + ar["Subject"]
    event = event_of(es)[1]
    assert event.decoded("DTSTART") == room.live.starts_at  # the calendar: machine data

    host = app.test_client()
    login(host, room.host)
    new_start = (datetime.now(UTC) + timedelta(days=3)).replace(hour=9, minute=0, second=0,
                                                                  microsecond=0)
    moved = post_form(host, f"/sessions/{room.live.id}/reschedule",
                      {"starts_at": new_start.strftime("%Y-%m-%dT%H:%M"),
                       "ends_at": (new_start + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")})
    assert moved.status_code == 303
    (changed,) = mails(app, "session_changed", spanish.email)
    assert changed["Subject"].startswith("Nuevo horario: ")
    # The host reads UTC: 09:00 UTC is 10:00 or 11:00 in Madrid, written in Spanish.
    madrid = new_start.astimezone(ZoneInfo("Europe/Madrid"))
    assert f"{madrid:%H:%M}" in changed["Subject"] and " 202" in changed["Subject"]
    assert any(month in text_of(changed) for month in (
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre"))
    session.rollback()
    assert session.get(LiveSession, room.live.id).sequence == 1

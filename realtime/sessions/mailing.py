"""Live sessions by mail (community.mail): reminders 24 hours and 1 hour before the start to
every registered member, and changes of time and cancellations to everyone registered or
waitlisted — each with the session's calendar entry (realtime.sessions.ics) attached.

Times are written in the recipient's own time zone. The .ics carries the session's UID and
SEQUENCE (raised on every change), so a calendar that imported the first file replaces it;
a cancellation is sent as METHOD:CANCEL with STATUS:CANCELLED (RFC 5546).

The reminder task runs every few minutes under `celery beat`; it is idempotent: each reminder
is deduplicated per session, member, offset and version of the session (a new time reminds
again)."""
from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import urlsplit

from babel import Locale
from babel import dates as babel_dates
from flask import current_app
from flask_babel import get_locale
from sqlalchemy import select
from sqlalchemy.orm import Session

from community.mail.service import queue_mail, site_url, written_for
from community.platform.accounts.models import User
from community.platform.db import task_session, utcnow
from community.platform.i18n import _, shown_locale
from community.platform.parsing import zone
from realtime.sessions import ics
from realtime.sessions.models import LiveSession, SessionRegistration

REMINDER_TASK = "rounds.session_reminders"
REMINDER_EVERY_SECONDS = 300.0
DAY, HOUR = timedelta(hours=24), timedelta(hours=1)
OPEN_STATES = ("scheduled", "lobby")



def _host() -> str:
    return urlsplit(current_app.config["SETTINGS"].base_url).hostname or "localhost"


def calendar_file(live: LiveSession, method: str = "PUBLISH") -> tuple[str, str, bytes]:
    body = ics.calendar([(live, site_url(f"/sessions/{live.id}"))], _host(), live.title,
                        method=method)
    return (f"rounds-session-{live.id}.ics", "text/calendar", body)


def at(moment: datetime, member: User) -> str:
    """A moment as the member reads it: in their zone and the language the message is
    written in (inside `written_for`), with the zone's name ("Sunday, December 6, 2026,
    17:30 IST")."""
    local = moment.astimezone(zone(member.time_zone))
    locale = Locale.parse(str(get_locale() or shown_locale()))
    day = babel_dates.format_skeleton("yMMMMEEEEd", local, locale=locale)
    clock = babel_dates.format_skeleton("Hm", local, locale=locale)
    joined = str(locale.datetime_formats.get("medium", "{1} {0}"))
    return f"{joined.replace('{1}', day).replace('{0}', clock)} {local.tzname() or ''}".strip()


def day_word(moment: datetime, now: datetime, member: User) -> str:
    """"Today" or "Tomorrow", as the member's calendar (their zone) has it."""
    here = zone(member.time_zone)
    later = (moment.astimezone(here).date() - now.astimezone(here).date()).days
    return _("Today") if later <= 0 else _("Tomorrow")


def _context(live: LiveSession, member: User) -> dict:
    return {"title": live.title, "kind_label": live.kind_label, "board": live.board.name,
            "host": live.host.display_name, "starts": at(live.starts_at, member),
            "ends": at(live.ends_at, member), "time_zone": member.time_zone or "UTC",
            "page": site_url(f"/sessions/{live.id}"),
            "room": site_url(f"/sessions/{live.id}/room")}


def _members(db: Session, live: LiveSession, statuses: tuple[str, ...]) -> list[User]:
    return list(db.scalars(select(User).join(
        SessionRegistration, SessionRegistration.user_id == User.id).where(
        SessionRegistration.session_id == live.id, SessionRegistration.status.in_(statuses))
        .order_by(User.id)))


def send_reminders(db: Session, now: datetime | None = None) -> int:
    """The reminders that are due: 24 h before (sent while more than an hour is left) and
    1 h before, to members registered (a seat, not the waitlist). One query for all."""
    now = now or utcnow()
    rows = db.execute(
        select(LiveSession, User)
        .join(SessionRegistration, SessionRegistration.session_id == LiveSession.id)
        .join(User, User.id == SessionRegistration.user_id)
        .where(LiveSession.state.in_(OPEN_STATES), LiveSession.starts_at > now,
               LiveSession.starts_at <= now + DAY,
               SessionRegistration.status == "registered")
        .order_by(LiveSession.starts_at, LiveSession.id, User.id)).all()
    sent = 0
    for live, member in rows:
        which = "1h" if live.starts_at - now <= HOUR else "24h"
        with written_for(member):  # the subject and the words of the context in their language
            day = day_word(live.starts_at, now, member)
            context = {**_context(live, member), "which": which,
                       "soon": _("in an hour") if which == "1h" else
                       (_("today") if day == _("Today") else _("tomorrow"))}
            subject = (_("Starting in an hour: %(title)s", title=live.title) if which == "1h"
                       else _("%(day)s: %(title)s, %(starts)s", day=day, title=live.title,
                              starts=context["starts"]))
        if queue_mail(db, kind="session_reminder", to=member, subject=subject[:200],
                      template="session_reminder", context=context,
                      attachments=[calendar_file(live)],
                      dedupe_key=f"session_reminder:{live.id}:{member.id}:{which}:"
                                 f"{live.sequence}") is not None:
            sent += 1
    return sent


def remind_registrants() -> int:
    """The beat task (realtime.sessions.wiring)."""
    with task_session() as session:
        return send_reminders(session)


def changed(db: Session, live: LiveSession, was_starts: datetime, was_ends: datetime) -> None:
    """The session moved: everyone registered or waitlisted hears the new time, with the
    updated calendar entry (a higher SEQUENCE)."""
    for member in _members(db, live, ("registered", "waitlisted")):
        with written_for(member):
            context = {**_context(live, member), "was_starts": at(was_starts, member),
                       "was_ends": at(was_ends, member)}
            subject = _("New time: %(title)s, %(starts)s", title=live.title,
                        starts=context["starts"])
        queue_mail(db, kind="session_changed", to=member, subject=subject[:200],
                   template="session_changed", context=context,
                   attachments=[calendar_file(live)],
                   dedupe_key=f"session_changed:{live.id}:{live.sequence}:{member.id}")


def cancelled(db: Session, live: LiveSession) -> None:
    """The session is called off: the calendar entry is cancelled (METHOD:CANCEL)."""
    for member in _members(db, live, ("registered", "waitlisted")):
        with written_for(member):
            context = _context(live, member)
            subject = _("Cancelled: %(title)s", title=live.title)
        queue_mail(db, kind="session_changed", to=member,
                   subject=subject[:200], template="session_cancelled",
                   context=context,
                   attachments=[calendar_file(live, "CANCEL")],
                   dedupe_key=f"session_cancelled:{live.id}:{member.id}")

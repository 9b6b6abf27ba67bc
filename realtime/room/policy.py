"""Who may do what in and around a live session's room."""
from __future__ import annotations

from datetime import datetime, timedelta

from community.platform.accounts.models import User
from community.platform.accounts.policy import is_signed_in
from community.platform.db import utcnow
from community.platform.spaces.policy import can_moderate
from realtime.sessions.models import LiveSession
from realtime.sessions.policy import is_presenter

# Members may wait in the lobby this long before the scheduled start.
LOBBY_OPENS = timedelta(hours=1)


def is_host(actor: User | None, live: LiveSession) -> bool:
    return is_signed_in(actor) and actor.id == live.host_id


def runs_session(actor: User | None, live: LiveSession) -> bool:
    """The host and the co-hosts (the session's presenters, whose disclosures were cleared
    before registration opened) run the room."""
    return is_host(actor, live) or is_presenter(actor, live)


def can_see_report(actor: User | None, live: LiveSession) -> bool:
    """Attendance is personal data used for credit: the people running the session and
    the board's moderators see it, members do not see each other's."""
    return runs_session(actor, live) or (is_signed_in(actor) and can_moderate(actor, live.board))


def can_correct_attendance(actor: User | None, live: LiveSession) -> bool:
    return can_see_report(actor, live)


def can_read_transcript(actor: User | None, live: LiveSession, *, registered: bool,
                        joined: bool, removed: bool) -> bool:
    """Participants read what was said: those who registered or took part in the room, the
    hosts and the moderators. A member the host removed from the room does not."""
    if can_see_report(actor, live):
        return True
    return is_signed_in(actor) and not removed and (registered or joined)


def role(actor: User, live: LiveSession) -> str:
    if actor.id == live.host_id:
        return "host"
    return "cohost" if is_presenter(actor, live) else "member"


def refusal_to_enter(actor: User | None, live: LiveSession, registration: str | None,
                     removed: bool, runs: bool) -> str | None:
    """Why the member may not join the room now, or None. `registration` is their
    registration's status (None without one), `runs` whether they host or co-host. Codes:
    not_registered, waitlisted, removed, cancelled, ended, not_open."""
    return refusal_at_door(is_signed_in(actor), live.state, live.registration_opened_at,
                           live.starts_at, registration, removed=removed, runs=runs)


def refusal_at_door(signed_in: bool, state: str, registration_opened_at: datetime | None,
                    starts_at: datetime, registration: str | None, *, removed: bool,
                    runs: bool) -> str | None:
    """refusal_to_enter on plain values: the room's join reads them in one row
    (realtime.room.service.door), not as the member's and the session's objects."""
    if not signed_in:
        return "not_registered"
    if state == "cancelled":
        return "cancelled"
    if state == "ended":
        return "ended"
    if removed:
        return "removed"
    if runs:
        return None
    if registration_opened_at is None or registration in (None, "cancelled"):
        return "not_registered"
    if registration == "waitlisted":
        return "waitlisted"
    if state != "live" and utcnow() < starts_at - LOBBY_OPENS:
        return "not_open"
    return None


def can_moderate_message(actor: User, live: LiveSession, author_id: int) -> bool:
    """A message is edited or deleted by its author or a host."""
    return actor.id == author_id or runs_session(actor, live)

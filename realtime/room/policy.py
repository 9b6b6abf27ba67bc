"""Who may do what in a live session's room."""
from __future__ import annotations

from datetime import timedelta

from community.accounts.models import User
from community.accounts.policy import is_signed_in
from community.db import utcnow
from realtime.sessions.models import LiveSession, SessionRegistration
from realtime.sessions.policy import is_presenter

# Members may wait in the lobby this long before the scheduled start.
LOBBY_OPENS = timedelta(hours=1)


def is_room_host(actor: User | None, live: LiveSession) -> bool:
    """The host and the co-hosts (the session's presenters, whose disclosures were cleared
    before registration opened) run the room."""
    return is_signed_in(actor) and (actor.id == live.host_id or is_presenter(actor, live))


def role(actor: User, live: LiveSession) -> str:
    if actor.id == live.host_id:
        return "host"
    return "cohost" if is_presenter(actor, live) else "member"


def refusal_to_enter(actor: User | None, live: LiveSession,
                     registration: SessionRegistration | None, removed: bool) -> str | None:
    """Why the member may not join the room now, or None. Codes: not_registered,
    waitlisted, removed, cancelled, ended, not_open."""
    if not is_signed_in(actor):
        return "not_registered"
    if live.state == "cancelled":
        return "cancelled"
    if live.state == "ended":
        return "ended"
    if removed:
        return "removed"
    if is_room_host(actor, live):
        return None
    if live.registration_opened_at is None or registration is None \
            or registration.status == "cancelled":
        return "not_registered"
    if registration.status == "waitlisted":
        return "waitlisted"
    if live.state != "live" and utcnow() < live.starts_at - LOBBY_OPENS:
        return "not_open"
    return None


def can_moderate_message(actor: User, live: LiveSession, author_id: int) -> bool:
    """A message is edited or deleted by its author or a host."""
    return actor.id == author_id or is_room_host(actor, live)

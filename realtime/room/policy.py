"""Who may do what in and around a live session's room."""
from __future__ import annotations

from community.accounts.models import User
from community.accounts.policy import is_signed_in
from community.boards.policy import can_moderate
from realtime.sessions.models import LiveSession
from realtime.sessions.policy import is_presenter


def is_host(actor: User | None, live: LiveSession) -> bool:
    return is_signed_in(actor) and actor.id == live.host_id


def runs_session(actor: User | None, live: LiveSession) -> bool:
    """The host and the co-hosts (the session's presenters)."""
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

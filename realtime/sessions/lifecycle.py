"""The states of a scheduled session and of a member's registration, and every transition
between them (community.platform.lifecycle: a conditional UPDATE and a history row each).

    session:      scheduled ──open_lobby──▶ lobby ──start──▶ live ──end──▶ ended
                  scheduled | lobby ──start──▶ live;  scheduled | lobby ──cancel──▶ cancelled
    registration: (new) registered | waitlisted;  waitlisted ──promote──▶ registered
                  registered | waitlisted ──cancel──▶ cancelled
                  cancelled ──rejoin──▶ registered;  cancelled ──rejoin_waitlist──▶ waitlisted
"""
from __future__ import annotations

from community.platform.i18n import _l
from community.platform.lifecycle import Lifecycle, Transition
from realtime.sessions.models import LiveSession, SessionRegistration

# The labels are lazy: a refusal names the state in the reader's language
# (community.platform.lifecycle's Conflict).
SESSION = Lifecycle("live_session", LiveSession, "state", {
    "scheduled": _l("Scheduled"), "lobby": _l("Lobby open"), "live": _l("Live"),
    "ended": _l("Ended"), "cancelled": _l("Cancelled"),
}, [
    Transition("open_lobby", ("scheduled",), "lobby", _l("Opened")),
    Transition("start", ("scheduled", "lobby"), "live", _l("Started")),
    Transition("end", ("live",), "ended", _l("Ended")),
    Transition("cancel", ("scheduled", "lobby"), "cancelled", _l("Cancelled")),
], initial=("scheduled",))

REGISTRATION = Lifecycle("session_registration", SessionRegistration, "status", {
    "registered": _l("Registered"), "waitlisted": _l("On the waitlist"),
    "cancelled": _l("Cancelled"),
}, [
    Transition("promote", ("waitlisted",), "registered", _l("Given a seat")),
    Transition("cancel", ("registered", "waitlisted"), "cancelled", _l("Cancelled")),
    Transition("rejoin", ("cancelled",), "registered", _l("Registered again")),
    Transition("rejoin_waitlist", ("cancelled",), "waitlisted", _l("Waitlisted again")),
], initial=("registered", "waitlisted"))

"""The states of a scheduled session and of a member's registration, and every transition
between them (community.platform.lifecycle: a conditional UPDATE and a history row each).

    session:      scheduled ──open_lobby──▶ lobby ──start──▶ live ──end──▶ ended
                  scheduled | lobby ──start──▶ live;  scheduled | lobby ──cancel──▶ cancelled
    registration: (new) registered | waitlisted;  waitlisted ──promote──▶ registered
                  registered | waitlisted ──cancel──▶ cancelled
                  cancelled ──rejoin──▶ registered;  cancelled ──rejoin_waitlist──▶ waitlisted
"""
from __future__ import annotations

from community.platform.lifecycle import Lifecycle, Transition
from realtime.sessions.models import LiveSession, SessionRegistration

SESSION = Lifecycle("live_session", LiveSession, "state", {
    "scheduled": "Scheduled", "lobby": "Lobby open", "live": "Live", "ended": "Ended",
    "cancelled": "Cancelled",
}, [
    Transition("open_lobby", ("scheduled",), "lobby", "Opened"),
    Transition("start", ("scheduled", "lobby"), "live", "Started"),
    Transition("end", ("live",), "ended", "Ended"),
    Transition("cancel", ("scheduled", "lobby"), "cancelled", "Cancelled"),
], initial=("scheduled",))

REGISTRATION = Lifecycle("session_registration", SessionRegistration, "status", {
    "registered": "Registered", "waitlisted": "On the waitlist", "cancelled": "Cancelled",
}, [
    Transition("promote", ("waitlisted",), "registered", "Given a seat"),
    Transition("cancel", ("registered", "waitlisted"), "cancelled", "Cancelled"),
    Transition("rejoin", ("cancelled",), "registered", "Registered again"),
    Transition("rejoin_waitlist", ("cancelled",), "waitlisted", "Waitlisted again"),
], initial=("registered", "waitlisted"))

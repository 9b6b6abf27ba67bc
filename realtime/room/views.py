"""The room's page: a server-rendered shell that static/js/room.js fills over the `/live`
Socket.IO namespace. Who may enter is decided by the socket `join`; the page only explains
up front why someone cannot (not registered, waitlisted, cancelled, ended) and where to go."""
from __future__ import annotations

from flask import Blueprint, render_template, url_for
from flask_login import login_required
from sqlalchemy import select

from community.db import db
from community.web import actor
from realtime.room import policy as room_policy
from realtime.room.models import LiveMember
from realtime.sessions import service
from realtime.sessions.models import LiveSession

bp = Blueprint("room", __name__)

NAMESPACE = "/live"


def transcript_url(live: LiveSession) -> str:
    # The transcript's blueprint may be registered after this one: a plain path, not url_for.
    return f"/sessions/{live.id}/transcript"


# Why the room refuses someone (realtime.room.policy.refusal_to_enter's codes), what to
# say and where to send them instead.
REFUSALS = {
    "cancelled": (410, "This session was cancelled.", "Back to the session"),
    "ended": (410, "This session has ended.", "Read the transcript"),
    "removed": (403, "The host removed you from this room.", "Back to the session"),
    "not_registered": (403, "Only registered members, the host and the presenters enter "
                            "the room.", "Register on the session's page"),
    "waitlisted": (403, "You are on the waitlist: the room opens to you once a seat frees "
                        "up.", "Back to the session"),
    "not_open": (403, "The room opens an hour before the session starts.",
                 "Back to the session"),
}


def _refusal(live: LiveSession) -> tuple[int, str, str, str] | None:
    """(status, message, link text, url), or None when the page may try to join."""
    me = actor()
    removed = db.session.scalar(select(LiveMember.id).where(
        LiveMember.session_id == live.id, LiveMember.user_id == me.id,
        LiveMember.removed_at.is_not(None))) is not None
    code = room_policy.refusal_to_enter(
        me, live, service.registration_of(db.session, live, me), removed)
    if code is None:
        return None
    status, message, link = REFUSALS.get(code, (403, "You cannot enter this room.",
                                                 "Back to the session"))
    url = transcript_url(live) if code == "ended" else url_for("sessions.view",
                                                                session_id=live.id)
    return status, message, link, url


@bp.route("/sessions/<int:session_id>/room")
@login_required
def room(session_id: int):
    live = service.get_session(db.session, actor(), session_id)
    refusal = _refusal(live)
    page = render_template("room/room.html", live=live, refusal=refusal, namespace=NAMESPACE)
    return page, refusal[0] if refusal else 200

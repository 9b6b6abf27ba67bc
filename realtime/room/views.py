"""The room's page: a server-rendered shell that static/js/room.js fills over the `/live`
Socket.IO namespace. Who may enter is decided by the socket `join`; the page only explains
up front why someone cannot (not registered, waitlisted, cancelled, ended) and where to go."""
from __future__ import annotations

from flask import Blueprint, render_template, url_for
from flask_login import login_required

from community.db import db
from community.web import actor
from realtime.sessions import policy, service
from realtime.sessions.models import LiveSession

bp = Blueprint("room", __name__)

NAMESPACE = "/live"


def transcript_url(live: LiveSession) -> str:
    # The transcript's blueprint may be registered after this one: a plain path, not url_for.
    return f"/sessions/{live.id}/transcript"


def _refusal(live: LiveSession) -> tuple[int, str, str, str] | None:
    """Why the viewer cannot enter, with where to go instead:
    (status, message, link text, url); None when the page may try to join."""
    back = url_for("sessions.view", session_id=live.id)
    if live.state == "cancelled":
        return 410, "This session was cancelled.", "Back to the session", back
    if live.state == "ended":
        return 410, "This session has ended.", "Read the transcript", transcript_url(live)
    me = actor()
    if me.id == live.host_id or policy.is_presenter(me, live):
        return None
    registration = service.registration_of(db.session, live, me)
    if registration is None or registration.status == "cancelled":
        return (403, "Only registered members, the host and the presenters enter the room.",
                "Register on the session's page", back)
    if registration.status == "waitlisted":
        return (403, "You are on the waitlist: the room opens to you once a seat frees up.",
                "Back to the session", back)
    return None


@bp.route("/sessions/<int:session_id>/room")
@login_required
def room(session_id: int):
    live = service.get_session(db.session, actor(), session_id)
    refusal = _refusal(live)
    page = render_template("room/room.html", live=live, refusal=refusal, namespace=NAMESPACE)
    return page, refusal[0] if refusal else 200

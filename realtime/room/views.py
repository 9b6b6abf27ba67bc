"""The room's page: a server-rendered shell that static/js/room.js fills over the `/live`
Socket.IO namespace. Who may enter is decided by the socket `join`; the page only explains
up front why someone cannot (not registered, waitlisted, cancelled, ended) and where to go."""
from __future__ import annotations

from flask import Blueprint, render_template, url_for
from flask_login import login_required

from community.platform.db import db
from community.platform.i18n import _, _l
from community.platform.web import actor
from realtime.room import service as room_service
from realtime.sessions import service
from realtime.sessions.models import LiveSession

bp = Blueprint("room", __name__)

NAMESPACE = "/live"


def transcript_url(live: LiveSession) -> str:
    # The transcript's blueprint may be registered after this one: a plain path, not url_for.
    return f"/sessions/{live.id}/transcript"


# Where the page sends someone the room refuses (the reasons are the room service's).
EXITS = {
    "cancelled": (410, _l("Back to the session")),
    "ended": (410, _l("Read the transcript")),
    "removed": (403, _l("Back to the session")),
    "not_registered": (403, _l("Register on the session's page")),
    "waitlisted": (403, _l("Back to the session")),
    "not_open": (403, _l("Back to the session")),
}


def _refusal(live: LiveSession) -> tuple[int, str, str, str] | None:
    """(status, message, link text, url), or None when the page may try to join."""
    code = room_service.refusal(db.session, actor(), live)
    if code is None:
        return None
    status, link = EXITS.get(code, (403, _l("Back to the session")))
    message = room_service.REFUSALS.get(code) or _("You cannot enter this room.")
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

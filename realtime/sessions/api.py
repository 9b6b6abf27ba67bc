"""JSON routes for live sessions before they start: upcoming sessions, one session,
scheduling in a board, registering and cancelling. Thin: each route declares its contract
(realtime.sessions.schemas), calls the service, commits and shapes the answer."""
from __future__ import annotations

from typing import Any

from flask import url_for

from community.platform.api import Created, api_blueprint, api_user, operation, require_user
from community.platform.api.serializers import author_json
from community.platform.db import commit, db
from community.platform.parsing import zone
from community.platform.spaces import service as spaces
from realtime.sessions import schemas, service
from realtime.sessions.models import LiveSession, SessionRegistration

bp = api_blueprint("sessions_api", __name__)


def session_json(live: LiveSession) -> dict[str, Any]:
    return {
        "id": live.id, "board": live.board.slug, "kind": live.kind, "title": live.title,
        "description": live.description_raw, "description_html": live.description_cooked,
        "starts_at": live.starts_at, "ends_at": live.ends_at,
        "capacity": live.capacity, "state": live.state,
        "registration_open": live.registration_open,
        "series": ({"id": live.series.id, "rule": live.series.rule, "count": live.series.count}
                   if live.series else None),
        "host": author_json(live.host),
        "presenters": [author_json(p.user) for p in live.presenters],
        "article": ({"doi": live.article_doi, "pmid": live.article_pmid,
                     "citation": live.article_citation, "abstract": live.article_abstract}
                    if live.kind == "journal_club" else None),
        "url": url_for("sessions.view", session_id=live.id),
        "ics_url": url_for("sessions.calendar_file", session_id=live.id),
    }


def registration_json(registration: SessionRegistration) -> dict[str, Any]:
    return {"session_id": registration.session_id, "status": registration.status,
            "waitlist_position": service.waitlist_position(db.session, registration)}


@bp.get("/sessions")
@operation("Upcoming live sessions you can see", tag="sessions",
           response=schemas.LiveSessionList)
def list_sessions():
    rows = service.upcoming(db.session, api_user())
    return {"items": [session_json(s) for s in rows]}


@bp.get("/sessions/<id:session_id>")
@operation("One live session", tag="sessions", response=schemas.LiveSession)
def get_live_session(session_id: int):
    return session_json(service.get_session(db.session, api_user(), session_id))


@bp.post("/boards/<slug>/sessions")
@operation("Schedule a session (or a weekly/monthly series) in a board; you host it",
           tag="sessions", body=schemas.SessionSchedule, status=201,
           response=schemas.LiveSessionList, auth=True, errors=(403,),
           description="Times without an offset are read in your profile's time zone; a "
                       "series repeats at the same wall-clock time there. Registration opens "
                       "once the host and every presenter hold a reviewed, current "
                       "disclosure for the session.")
def schedule_session(slug: str, body: schemas.SessionSchedule):
    me = require_user()
    board = spaces.get_board(db.session, me, slug)
    sessions = service.schedule(db.session, me, board, body, zone(me.time_zone))
    commit(db.session)
    return Created({"items": [session_json(s) for s in sessions]},
                   url_for(".get_live_session", session_id=sessions[0].id))


@bp.patch("/sessions/<id:session_id>")
@operation("Move a session that has not started to a new time (the host)", tag="sessions",
           body=schemas.SessionReschedule, response=schemas.LiveSession, auth=True,
           errors=(403, 409),
           description="Times without an offset are read in your profile's time zone. "
                       "Everyone registered or waitlisted is told by mail, with the updated "
                       "calendar entry (its SEQUENCE raised).")
def reschedule_session(session_id: int, body: schemas.SessionReschedule):
    me = require_user()
    live = service.get_session(db.session, me, session_id)
    service.reschedule(db.session, me, live, body, zone(me.time_zone))
    commit(db.session)
    return session_json(live)


@bp.post("/sessions/<id:session_id>/registration")
@operation("Register (a seat, or the waitlist when full)", tag="sessions",
           response=schemas.SessionRegistration, auth=True, errors=(403,))
def register_for_session(session_id: int):
    me = require_user()
    live = service.get_session(db.session, me, session_id)
    registration = service.register(db.session, me, live)
    commit(db.session)
    return registration_json(registration)


@bp.delete("/sessions/<id:session_id>/registration")
@operation("Cancel your registration (the first on the waitlist takes the seat)",
           tag="sessions", response=schemas.SessionRegistration, auth=True)
def cancel_session_registration(session_id: int):
    me = require_user()
    live = service.get_session(db.session, me, session_id)
    registration = service.cancel_registration(db.session, me, live)
    commit(db.session)
    return registration_json(registration)

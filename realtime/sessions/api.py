"""JSON routes for live sessions before they start (added to community.api's blueprint):
upcoming sessions, one session, scheduling in a board, registering and cancelling.
Thin: parse, call the service, commit, shape."""
from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from flask import jsonify, url_for

from community.platform.api import api_blueprint, api_user, json_body, require_user
from community.platform.api.openapi import extend as extend_openapi
from community.platform.api.openapi import op
from community.platform.api.serializers import author_json, created, ref
from community.platform.db import commit, db
from community.platform.spaces import service as spaces
from realtime.sessions import service
from realtime.sessions.models import KINDS, RULES, STATES, LiveSession, SessionRegistration

bp = api_blueprint("sessions_api", __name__)


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def session_json(live: LiveSession) -> dict[str, Any]:
    return {
        "id": live.id, "board": live.board.slug, "kind": live.kind, "title": live.title,
        "description": live.description_raw, "description_html": live.description_cooked,
        "starts_at": _time(live.starts_at), "ends_at": _time(live.ends_at),
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
def list_sessions():
    rows = service.upcoming(db.session, api_user())
    return jsonify({"items": [session_json(s) for s in rows]})


@bp.get("/sessions/<int(max=2147483647):session_id>")
def get_live_session(session_id: int):
    return jsonify(session_json(service.get_session(db.session, api_user(), session_id)))


@bp.post("/boards/<slug>/sessions")
def schedule_session(slug: str):
    me = require_user()
    body = json_body()  # read first: a huge or broken body is refused whatever the board
    board = spaces.get_board(db.session, me, slug)
    sessions = service.schedule(db.session, me, board, body, _zone(me.time_zone))
    commit(db.session)
    return created({"items": [session_json(s) for s in sessions]},
                   url_for(".get_live_session", session_id=sessions[0].id))


@bp.post("/sessions/<int(max=2147483647):session_id>/registration")
def register_for_session(session_id: int):
    me = require_user()
    live = service.get_session(db.session, me, session_id)
    registration = service.register(db.session, me, live)
    commit(db.session)
    return jsonify(registration_json(registration))


@bp.delete("/sessions/<int(max=2147483647):session_id>/registration")
def cancel_session_registration(session_id: int):
    me = require_user()
    live = service.get_session(db.session, me, session_id)
    registration = service.cancel_registration(db.session, me, live)
    commit(db.session)
    return jsonify(registration_json(registration))


_S = {"type": "string"}
_NS = {"type": ["string", "null"]}
_I = {"type": "integer"}
_AUTHOR = ref("Author")
SCHEMAS = {
    "LiveSession": {"type": "object", "additionalProperties": False, "required": [
        "id", "board", "kind", "title", "description", "description_html", "starts_at",
        "ends_at", "capacity", "state", "registration_open", "series", "host", "presenters",
        "article", "url", "ics_url"], "properties": {
        "id": _I, "board": _S, "kind": {"enum": list(KINDS)}, "title": _S, "description": _S,
        "description_html": _S, "starts_at": {"type": "string", "format": "date-time"},
        "ends_at": {"type": "string", "format": "date-time"}, "capacity": _I,
        "state": {"enum": list(STATES)}, "registration_open": {"type": "boolean"},
        "series": {"type": ["object", "null"], "properties": {
            "id": _I, "rule": {"enum": list(RULES)}, "count": _I}},
        "host": _AUTHOR, "presenters": {"type": "array", "items": _AUTHOR},
        "article": {"type": ["object", "null"], "properties": {
            "doi": _NS, "pmid": _NS, "citation": _S, "abstract": _S}},
        "url": _S, "ics_url": _S}},
    "LiveSessionList": {"type": "object", "additionalProperties": False, "required": ["items"],
                        "properties": {"items": {"type": "array",
                                                 "items": ref("LiveSession")}}},
    "SessionRegistration": {"type": "object", "additionalProperties": False,
                            "required": ["session_id", "status", "waitlist_position"],
                            "properties": {"session_id": _I,
                                           "status": {"enum": ["registered", "waitlisted",
                                                               "cancelled"]},
                                           "waitlist_position": {"type": ["integer", "null"]}}},
}
REQUEST_SCHEMAS = {
    "SessionSchedule": {"type": "object", "required": ["kind", "title", "starts_at", "ends_at",
                                                       "capacity"], "properties": {
        "kind": {"type": "string", "enum": list(KINDS)}, "title": _S, "description": _S,
        "starts_at": {"type": "string", "description": "ISO 8601; without an offset it is "
                      "read in your profile's time zone"},
        "ends_at": _S, "capacity": {"type": "integer", "minimum": 1},
        "presenters": {"type": "array", "items": _S, "description": "usernames"},
        "recurrence": {"type": "string", "enum": list(RULES)},
        "occurrences": {"type": "integer", "minimum": 2, "maximum": service.MAX_OCCURRENCES},
        "article_doi": _S, "article_pmid": _S, "article_citation": _S,
        "article_abstract": _S}},
}

extend_openapi([
    op("get", "/sessions", "Upcoming live sessions you can see", "sessions",
       schema="LiveSessionList"),
    op("get", "/sessions/{session_id}", "One live session", "sessions", schema="LiveSession"),
    op("post", "/boards/{slug}/sessions",
       "Schedule a session (or a weekly/monthly series) in a board; you host it",
       "sessions", 201, "LiveSessionList", body="SessionSchedule", auth=True, errors=(403,)),
    op("post", "/sessions/{session_id}/registration",
       "Register (a seat, or the waitlist when full)", "sessions",
       schema="SessionRegistration", auth=True, errors=(403,)),
    op("delete", "/sessions/{session_id}/registration",
       "Cancel your registration (the first on the waitlist takes the seat)", "sessions",
       schema="SessionRegistration", auth=True),
], schemas=SCHEMAS, request_schemas=REQUEST_SCHEMAS, params={"session_id": _I})

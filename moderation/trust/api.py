"""JSON routes of moderation.trust (added to community.api's blueprint): a member's standing
(the member and moderators), and the site moderators' level changes, locks, silences and
suspensions."""
from __future__ import annotations

from flask import jsonify

from community.platform.accounts import service as accounts
from community.platform.api import api_blueprint, json_body, require_user
from community.platform.api.openapi import extend as extend_openapi
from community.platform.api.openapi import op
from community.platform.api.serializers import object_schema, only_fields, time_json
from community.platform.db import commit, db
from moderation.trust import policy, service

bp = api_blueprint("trust_api", __name__)

STR, NSTR = {"type": "string"}, {"type": ["string", "null"]}
INT, NINT, BOOL = {"type": "integer"}, {"type": ["integer", "null"]}, {"type": "boolean"}
TIME, NTIME = ({"type": "string", "format": "date-time"},
               {"type": ["string", "null"], "format": "date-time"})


def standing_json(member, actor) -> dict:
    progress = service.progress(db.session, actor, member)
    standing = member.standing
    silenced = bool(standing and standing.silenced())
    suspended = bool(standing and standing.suspended())
    return {
        "username": member.username, "trust_level": member.trust_level,
        "level_name": policy.LEVEL_NAMES.get(member.trust_level, ""),
        "meaning": policy.LEVEL_MEANINGS.get(member.trust_level, ""),
        "locked": progress.locked, "next_level": progress.next_level,
        "needs": [{"what": label, "have": have, "need": need}
                  for label, have, need in progress.rows],
        "upheld_flags": progress.upheld_flags,
        "silenced_until": time_json(standing.silenced_until) if silenced else None,
        "silence_reason": standing.silence_reason if silenced else None,
        "suspended_until": time_json(standing.suspended_until) if suspended else None,
        "suspension_reason": standing.suspension_reason if suspended else None,
        "history": [{"kind": s.kind, "reason": s.reason, "starts_at": time_json(s.starts_at),
                     "ends_at": time_json(s.ends_at), "lifted_at": time_json(s.lifted_at)}
                    for s in service.history(db.session, actor, member)],
    }


def _member(username: str):
    return accounts.get_user(db.session, username)


@bp.get("/users/<username>/standing")
def get_standing(username: str):
    return jsonify(standing_json(_member(username), require_user()))


@bp.put("/users/<username>/trust")
def set_trust(username: str):
    actor = require_user()
    member = _member(username)
    body = json_body()
    only_fields(body, ("level", "locked", "reason"))
    service.set_trust(db.session, actor, member, body)
    commit(db.session)
    return jsonify(standing_json(member, actor))


def _restrict(username: str, kind: str):
    actor = require_user()
    member = _member(username)
    body = json_body()
    only_fields(body, ("days", "ends_at", "reason"))
    service.restrict(db.session, actor, member, kind, body)
    commit(db.session)
    return jsonify(standing_json(member, actor))


def _lift(username: str, kind: str):
    actor = require_user()
    member = _member(username)
    service.lift(db.session, actor, member, kind)
    commit(db.session)
    return jsonify(standing_json(member, actor))


@bp.post("/users/<username>/silence")
def silence(username: str):
    return _restrict(username, "silence")


@bp.delete("/users/<username>/silence")
def lift_silence(username: str):
    return _lift(username, "silence")


@bp.post("/users/<username>/suspension")
def suspend(username: str):
    return _restrict(username, "suspension")


@bp.delete("/users/<username>/suspension")
def lift_suspension(username: str):
    return _lift(username, "suspension")


_RESTRICTION = {"type": "object", "additionalProperties": False, "required": ["reason"],
                "properties": {
                    "days": {"type": "integer", "minimum": 1, "maximum": service.MAX_DAYS},
                    "ends_at": {"type": "string", "format": "date-time",
                                "description": "UTC unless an offset is given; or `days`"},
                    "reason": {"type": "string", "minLength": 1, "maxLength": 2000,
                               "description": "shown to the member"}}}

extend_openapi([
    op("get", "/users/{username}/standing",
       "Trust level, what the next level needs, silence and suspension (the member and "
       "moderators)", "trust", schema="Standing", auth=True, errors=(403,)),
    op("put", "/users/{username}/trust",
       "Set (raise or lower) and/or lock a member's trust level (site moderators)", "trust",
       schema="Standing", body="TrustChange", auth=True, errors=(403,)),
    op("post", "/users/{username}/silence",
       "Silence a member until a time: they read but cannot post (site moderators)", "trust",
       schema="Standing", body="Restriction", auth=True, errors=(403,)),
    op("delete", "/users/{username}/silence", "Lift a silence early (site moderators)",
       "trust", schema="Standing", auth=True, errors=(403,)),
    op("post", "/users/{username}/suspension",
       "Suspend a member until a time: no sign-in, sessions and tokens end (site moderators)",
       "trust", schema="Standing", body="Restriction", auth=True, errors=(403,)),
    op("delete", "/users/{username}/suspension", "Lift a suspension early (site moderators)",
       "trust", schema="Standing", auth=True, errors=(403,)),
], schemas={
    "Standing": object_schema({
        "username": STR, "trust_level": INT, "level_name": STR, "meaning": STR,
        "locked": BOOL, "next_level": NINT,
        "needs": {"type": "array", "items": object_schema({"what": STR, "have": INT, "need": INT})},
        "upheld_flags": INT, "silenced_until": NTIME, "silence_reason": NSTR,
        "suspended_until": NTIME, "suspension_reason": NSTR,
        "history": {"type": "array", "items": object_schema({
            "kind": {"enum": ["silence", "suspension"]}, "reason": STR, "starts_at": TIME,
            "ends_at": TIME, "lifted_at": NTIME})},
    }),
}, request_schemas={
    "TrustChange": {"type": "object", "additionalProperties": False, "required": [],
                    "properties": {
        "level": {"type": "integer", "minimum": 0, "maximum": 4},
        "locked": BOOL, "reason": {"type": "string", "maxLength": 2000}}},
    "Restriction": _RESTRICTION,
})

"""JSON routes of moderation.trust: a member's standing (the member and moderators), and the
site moderators' level changes, locks, silences and suspensions (contract:
moderation.trust.schemas)."""
from __future__ import annotations

from community.platform.accounts import service as accounts
from community.platform.api import api_blueprint, operation, require_user
from community.platform.db import commit, db
from moderation.trust import policy, schemas, service

bp = api_blueprint("trust_api", __name__)


def standing_json(member, actor) -> dict:
    progress = service.progress(db.session, actor, member)
    standing = member.standing
    silenced = bool(standing and standing.silenced())
    suspended = bool(standing and standing.suspended())
    return {
        "username": member.username, "trust_level": member.trust_level,
        "level_name": str(policy.LEVEL_NAMES.get(member.trust_level, "")),
        "meaning": str(policy.LEVEL_MEANINGS.get(member.trust_level, "")),
        "locked": progress.locked, "next_level": progress.next_level,
        "needs": [{"what": str(label), "have": have, "need": need}
                  for label, have, need in progress.rows],
        "upheld_flags": progress.upheld_flags,
        "silenced_until": standing.silenced_until if silenced else None,
        "silence_reason": standing.silence_reason if silenced else None,
        "suspended_until": standing.suspended_until if suspended else None,
        "suspension_reason": standing.suspension_reason if suspended else None,
        "history": [{"kind": s.kind, "reason": s.reason, "starts_at": s.starts_at,
                     "ends_at": s.ends_at, "lifted_at": s.lifted_at}
                    for s in service.history(db.session, actor, member)],
    }


def _member(username: str):
    return accounts.get_user(db.session, username)


@bp.get("/users/<username>/standing")
@operation("Trust level, what the next level needs, silence and suspension (the member and "
           "moderators)", tag="trust", response=schemas.Standing, auth=True, errors=(403,))
def get_standing(username: str):
    return standing_json(_member(username), require_user())


@bp.put("/users/<username>/trust")
@operation("Set (raise or lower) and/or lock a member's trust level (site moderators)",
           tag="trust", body=schemas.TrustChange, response=schemas.Standing, auth=True,
           errors=(403,))
def set_trust(username: str, body: schemas.TrustChange):
    actor = require_user()
    member = _member(username)
    service.set_trust(db.session, actor, member, body)
    commit(db.session)
    return standing_json(member, actor)


def _restrict(username: str, kind: str, body: schemas.Restriction) -> dict:
    actor = require_user()
    member = _member(username)
    service.restrict(db.session, actor, member, kind, body)
    commit(db.session)
    return standing_json(member, actor)


def _lift(username: str, kind: str) -> dict:
    actor = require_user()
    member = _member(username)
    service.lift(db.session, actor, member, kind)
    commit(db.session)
    return standing_json(member, actor)


@bp.post("/users/<username>/silence")
@operation("Silence a member until a time: they read but cannot post (site moderators)",
           tag="trust", body=schemas.Restriction, response=schemas.Standing, auth=True,
           errors=(403,))
def silence(username: str, body: schemas.Restriction):
    return _restrict(username, "silence", body)


@bp.delete("/users/<username>/silence")
@operation("Lift a silence early (site moderators)", tag="trust", response=schemas.Standing,
           auth=True, errors=(403,))
def lift_silence(username: str):
    return _lift(username, "silence")


@bp.post("/users/<username>/suspension")
@operation("Suspend a member until a time: no sign-in, sessions and tokens end (site "
           "moderators)", tag="trust", body=schemas.Restriction, response=schemas.Standing,
           auth=True, errors=(403,))
def suspend(username: str, body: schemas.Restriction):
    return _restrict(username, "suspension", body)


@bp.delete("/users/<username>/suspension")
@operation("Lift a suspension early (site moderators)", tag="trust",
           response=schemas.Standing, auth=True, errors=(403,))
def lift_suspension(username: str):
    return _lift(username, "suspension")

"""JSON API of accounts: registration, personal tokens, the member's own profile, public
profiles, verification and roles. Contracts: community.platform.accounts.schemas."""
from __future__ import annotations

from flask import current_app, request, url_for

from community.platform.accounts import limits, schemas, service, sessions, twofactor
from community.platform.api import Created, api_blueprint, api_user, operation, require_user
from community.platform.api.serializers import token_json, user_json
from community.platform.db import commit, db
from community.platform.errors import ValidationError

bp = api_blueprint("accounts_api", __name__)


@bp.post("/auth/register")
@operation("Register a member account", tag="accounts", body=schemas.Registration,
           status=201, response=schemas.User, errors=(429,))
def register(body: schemas.Registration):
    limits.hit("register")
    user = service.register(db.session, body)
    commit(db.session)
    return Created(user_json(user, user), url_for(".get_user", username=user.username))


@bp.post("/auth/token")
@operation("Issue a personal API token (email and password, and a two-factor code when "
           "it is on)", tag="accounts", body=schemas.TokenRequest, status=201,
           response=schemas.NewToken, errors=(403, 429))
def issue_token(body: schemas.TokenRequest):
    settings = current_app.config["SETTINGS"]
    email = getattr(body, "email", None)
    limits.hit("token", account=email.strip().lower() if isinstance(email, str) else None)
    try:
        token, plain = twofactor.issue_token(
            db.session, body, request.remote_addr or "-",
            max_failures=settings.login_max_failures,
            window_seconds=settings.login_window_seconds)
    except ValidationError:
        # Keep the failed attempt: the sign-in limit counts it.
        commit(db.session)
        raise
    commit(db.session)
    return Created({"token": plain, "id": token.id, "name": token.name,
                    "prefix": token.prefix, "created_at": token.created_at,
                    "expires_at": token.expires_at},
                   url_for(".list_tokens"))


@bp.get("/auth/tokens")
@operation("List your API tokens (never their secrets)", tag="accounts",
           response=schemas.TokenList, auth=True)
def list_tokens():
    user = require_user()
    return {"items": [token_json(t) for t in service.active_tokens(db.session, user)]}


@bp.delete("/auth/tokens/<id:token_id>")
@operation("Revoke one of your API tokens", tag="accounts", status=204, auth=True)
def revoke_token(token_id: int):
    service.revoke_token(db.session, require_user(), token_id)
    commit(db.session)


def _session_json(row, current: str | None) -> dict:
    return {"id": row.id, "device": sessions.describe(row.user_agent),
            "user_agent": row.user_agent, "address": row.address,
            "created_at": row.created_at, "last_seen_at": row.last_seen_at,
            "expires_at": row.expires_at, "current": row.id == current}


@bp.get("/me/sessions")
@operation("The browsers signed in to your account", tag="accounts",
           response=schemas.SessionList, auth=True)
def list_sessions():
    user = require_user()
    current = sessions.current_id(user)
    return {"items": [_session_json(row, current) for row in sessions.live(db.session, user)]}


@bp.delete("/me/sessions/<session_id>")
@operation("End one of your sessions (that browser is signed out)", tag="accounts",
           status=204, auth=True)
def end_session(session_id: str):
    sessions.end(db.session, require_user(), session_id)
    commit(db.session)


@bp.delete("/me/sessions")
@operation("End every session but the one making this request", tag="accounts",
           status=204, auth=True)
def end_other_sessions():
    sessions.end_others(db.session, require_user())
    commit(db.session)


@bp.get("/me")
@operation("Your profile", tag="accounts", response=schemas.User, auth=True)
def get_me():
    user = require_user()
    return user_json(user, user)


@bp.patch("/me")
@operation("Change your profile (fields not sent keep their value)", tag="accounts",
           body=schemas.Profile, response=schemas.User, auth=True)
def update_me(body: schemas.Profile):
    user = require_user()
    service.update_profile(db.session, user, user, body)
    commit(db.session)
    return user_json(user, user)


@bp.post("/me/password")
@operation("Change your password", tag="accounts", body=schemas.PasswordChange, status=204,
           auth=True)
def change_password(body: schemas.PasswordChange):
    user = require_user()
    service.change_password(db.session, user, body)
    commit(db.session)


@bp.get("/users/<username>")
@operation("A member's public profile", tag="accounts", response=schemas.User)
def get_user(username: str):
    member = service.get_user(db.session, username)
    return user_json(member, api_user())


@bp.post("/users/<username>/verify")
@operation("Verify or unverify credentials (moderators)", tag="accounts",
           body=schemas.VerifyRequest, response=schemas.User, auth=True, errors=(403,))
def verify_user(username: str, body: schemas.VerifyRequest):
    actor = require_user()
    member = service.verify_credentials(db.session, actor,
                                        service.get_user(db.session, username), body.verified)
    commit(db.session)
    return user_json(member, actor)


@bp.put("/users/<username>/role")
@operation("Change a member's role (administrators)", tag="accounts",
           body=schemas.RoleRequest, response=schemas.User, auth=True, errors=(403,))
def set_role(username: str, body: schemas.RoleRequest):
    actor = require_user()
    member = service.set_role(db.session, actor, service.get_user(db.session, username),
                              body.role)
    commit(db.session)
    return user_json(member, actor)

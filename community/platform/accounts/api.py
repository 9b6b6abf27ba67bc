"""JSON API of the accounts domain (routes on the shared /api/v1 blueprint): registration,
personal tokens, the member's own profile, public profiles, verification and roles."""
from __future__ import annotations

from flask import current_app, jsonify, request, url_for

from community.platform.accounts import service
from community.platform.api import api_blueprint, api_user, json_body, require_user
from community.platform.api.serializers import (
    ID,
    bool_field,
    created,
    no_content,
    only_fields,
    token_json,
    user_json,
)
from community.platform.db import commit, db
from community.platform.errors import ValidationError

bp = api_blueprint("accounts_api", __name__)

PROFILE_FIELDS = ("display_name", "credentials", "specialty", "country", "time_zone",
                  "language", "bio")
REGISTER_FIELDS = ("email", "username", "password", *PROFILE_FIELDS)


@bp.post("/auth/register")
def register():
    body = json_body()
    only_fields(body, REGISTER_FIELDS)
    user = service.register(db.session, body)
    commit(db.session)
    return created(user_json(user, user), url_for(".get_user", username=user.username))


@bp.post("/auth/token")
def issue_token():
    body = json_body()
    settings = current_app.config["SETTINGS"]
    try:
        token, plain = service.issue_token(
            db.session, body.get("email"), body.get("password"), request.remote_addr or "-",
            body.get("name"), max_failures=settings.login_max_failures,
            window_seconds=settings.login_window_seconds)
    except ValidationError:
        # Keep the failed attempt: the login rate limit counts it.
        commit(db.session)
        raise
    commit(db.session)
    return created({"token": plain, "id": token.id, "name": token.name,
                    "prefix": token.prefix, "created_at": token.created_at.isoformat()},
                   url_for(".list_tokens"))


@bp.get("/auth/tokens")
def list_tokens():
    user = require_user()
    return jsonify({"items": [token_json(t) for t in service.active_tokens(db.session, user)]})


@bp.delete(f"/auth/tokens/<{ID}:token_id>")
def revoke_token(token_id: int):
    service.revoke_token(db.session, require_user(), token_id)
    commit(db.session)
    return no_content()


@bp.get("/me")
def get_me():
    user = require_user()
    return jsonify(user_json(user, user))


@bp.patch("/me")
def update_me():
    """Change some profile fields; the ones not sent keep their value."""
    user = require_user()
    body = json_body()
    only_fields(body, PROFILE_FIELDS)
    current = {name: getattr(user, name) for name in PROFILE_FIELDS}
    service.update_profile(db.session, user, user, {**current, **body})
    commit(db.session)
    return jsonify(user_json(user, user))


@bp.post("/me/password")
def change_password():
    user = require_user()
    body = json_body()
    only_fields(body, ("current_password", "new_password"))
    service.change_password(db.session, user, body.get("current_password"),
                            body.get("new_password"))
    commit(db.session)
    return no_content()


@bp.get("/users/<username>")
def get_user(username: str):
    member = service.get_user(db.session, username)
    return jsonify(user_json(member, api_user()))


@bp.post("/users/<username>/verify")
def verify_user(username: str):
    actor = require_user()
    body = json_body()
    only_fields(body, ("verified",))
    verified = bool_field(body, "verified", required=True)
    member = service.verify_credentials(db.session, actor,
                                        service.get_user(db.session, username), verified)
    commit(db.session)
    return jsonify(user_json(member, actor))


@bp.put("/users/<username>/role")
def set_role(username: str):
    actor = require_user()
    body = json_body()
    only_fields(body, ("role",))
    member = service.set_role(db.session, actor, service.get_user(db.session, username),
                              body.get("role"))
    commit(db.session)
    return jsonify(user_json(member, actor))

"""The member and token shapes every domain's api.py shares; their contract is in
community/platform/accounts/schemas.py (Author, User, Token), which validates them on the way
out."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import url_for

from community.platform.accounts import policy as accounts_policy
from community.platform.accounts.models import ApiToken, User


def time_json(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def author_json(user: User) -> dict[str, Any]:
    return {"username": user.username, "display_name": user.display_name,
            "credentials": user.credentials, "verified": user.is_verified}


def user_json(user: User, actor: User | None) -> dict[str, Any]:
    """A public profile; the email only for the member themselves and moderators."""
    body = {
        "id": user.id, **author_json(user), "role": user.role, "specialty": user.specialty,
        "country": user.country, "time_zone": user.time_zone, "language": user.language,
        "bio": user.bio, "trust_level": user.trust_level,
        "verified_at": time_json(user.verified_at), "created_at": time_json(user.created_at),
        "avatar_url": url_for("accounts.avatar", username=user.username,
                              v=user.avatar_version) if user.avatar_version else None,
    }
    if accounts_policy.is_signed_in(actor) and (
            actor.id == user.id or accounts_policy.is_moderator(actor)):
        body["email"] = user.email
        body["email_verified_at"] = time_json(user.email_verified_at)
    return body


def token_json(token: ApiToken) -> dict[str, Any]:
    return {"id": token.id, "name": token.name, "prefix": token.prefix,
            "created_at": time_json(token.created_at), "last_used_at": time_json(token.last_used_at),
            "revoked_at": time_json(token.revoked_at),
            "expires_at": time_json(token.expires_at)}

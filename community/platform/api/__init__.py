"""The JSON API under /api/v1: authentication, JSON parsing and RFC 9457 problem details.

Each domain makes its blueprint with `api_blueprint(name)` in its own `api.py` and
registers it with `register(app, bp)` from its init_app; this module holds what they share.
Bearer tokens authenticate API clients and need no CSRF token; a browser calling the API with
its session cookie must send the X-CSRFToken header on writes.
"""
from __future__ import annotations

from typing import Any

from flask import Blueprint, Flask, Response, current_app, g, json, request
from flask_login import current_user
from flask_wtf.csrf import CSRFError

from community.platform.accounts import service as accounts
from community.platform.db import db, undo
from community.platform.errors import DomainError, NotAuthenticated, ValidationError

PREFIX = "/api/v1"

PROBLEM_TYPE_BASE = "https://rounds.example/problems/"


def problem(status: int, title: str, detail: str, slug: str = "about:blank",
            **extra: Any) -> Response:
    body = {
        "type": PROBLEM_TYPE_BASE + slug if slug != "about:blank" else slug,
        "title": title,
        "status": status,
        "detail": detail,
        "instance": request.path,
        **extra,
    }
    response = Response(json.dumps(body), status=status, mimetype="application/problem+json")
    if "retry_after" in extra:
        response.headers["Retry-After"] = str(extra["retry_after"])
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="rounds"'
    return response


def problem_from(error: DomainError) -> Response:
    return problem(error.status, error.title, error.detail, error.slug, **error.extra)


def api_user():
    """The member making this API call (a bearer token or the session), or None."""
    return g.get("api_user")


def require_user():
    user = api_user()
    if user is None:
        raise NotAuthenticated("Send a personal API token as 'Authorization: Bearer …'.")
    return user


def json_body() -> dict[str, Any]:
    """The request's JSON object, or a 4xx problem (malformed UTF-8, not JSON, not an object)."""
    if not request.is_json:
        raise ValidationError({"_": ["Send a JSON object with Content-Type: application/json."]})
    try:
        raw = request.get_data(cache=True)
        text = raw.decode("utf-8")
        body = json.loads(text) if text.strip() else None
    except UnicodeDecodeError:
        raise ValidationError({"_": ["The request body is not valid UTF-8."]}) from None
    except ValueError as exc:
        raise ValidationError({"_": [f"The request body is not valid JSON ({exc})."]}) from None
    except RecursionError:
        raise ValidationError({"_": ["The request body is nested too deeply."]}) from None
    if not isinstance(body, dict):
        raise ValidationError({"_": ["The request body must be a JSON object."]})
    return body


def api_blueprint(name: str, import_name: str) -> Blueprint:
    """A blueprint under /api/v1 that authenticates its callers and answers every domain
    error as a problem document."""
    bp = Blueprint(name, import_name, url_prefix=PREFIX)
    bp.before_request(_authenticate)
    bp.register_error_handler(DomainError, _domain_error)
    bp.register_error_handler(CSRFError, _csrf_error)
    return bp


def register(app: Flask, bp: Blueprint) -> None:
    """Serve an API blueprint: it checks CSRF itself, and only for cookie-authenticated
    writes (bearer tokens need none)."""
    app.extensions["csrf"].exempt(bp)
    app.register_blueprint(bp)


def _authenticate() -> Response | None:
    g.api_user = None
    header = request.headers.get("Authorization", "")
    if header:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return problem(401, "Sign in required", "Use 'Authorization: Bearer <token>'.",
                           "not-authenticated")
        user = accounts.user_for_token(db.session, token.strip())
        if user is None:
            return problem(401, "Sign in required", "This token is not valid or was revoked.",
                           "not-authenticated")
        db.session.commit()  # keep the token's last-used time
        g.api_user = user
        return None
    if current_user.is_authenticated:
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            current_app.extensions["csrf"].protect()  # raises CSRFError -> 400 problem
        g.api_user = current_user._get_current_object()
    return None


def _domain_error(error: DomainError) -> Response:
    undo(db.session, error)
    return problem_from(error)


def _csrf_error(error: CSRFError) -> Response:
    return problem(400, "Missing CSRF token",
                   "Send the X-CSRFToken header, or use a bearer token.", "csrf")

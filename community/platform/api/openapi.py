"""The OpenAPI 3.1 document served at /api/v1/openapi.json.

Response shapes come from community.api.serializers.SCHEMAS (beside the code that produces
them); this module lists the operations. The tests check that every route of the blueprint is
here with the same methods, and validate real responses against these schemas.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from flask import Flask, jsonify

from community.platform.api import api_blueprint, register
from community.platform.api.serializers import SCHEMAS, ref

STR = {"type": "string"}
INT = {"type": "integer"}
BOOL = {"type": "boolean"}

_PROFILE = {
    "display_name": {"type": "string", "maxLength": 80},
    "credentials": {"enum": ["MD", "DO", "MBBS", "RN", "NP", "PA", "PharmD", "student",
                             "other"]},
    "specialty": {"type": "string", "maxLength": 80},
    "country": {"type": "string", "description": "ISO 3166 two-letter code",
                "maxLength": 2},
    "time_zone": {"type": "string", "examples": ["Europe/Paris"]},
    "language": {"type": "string", "examples": ["en", "pt-BR"]},
    "bio": {"type": "string", "maxLength": 2000},
}


def _body(properties: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": list(required),
            "additionalProperties": False}


REQUEST_SCHEMAS: dict[str, dict[str, Any]] = {
    "RegisterRequest": _body({
        "email": {"type": "string", "format": "email"}, "username": {
            "type": "string", "pattern": r"^[A-Za-z0-9_][A-Za-z0-9_.-]{1,29}[A-Za-z0-9_]$"},
        "password": {"type": "string", "minLength": 10, "maxLength": 256}, **_PROFILE,
    }, ("email", "username", "password", "display_name")),
    "TokenRequest": _body({"email": STR, "password": STR,
                           "name": {"type": "string", "maxLength": 80}}, ("email", "password")),
    "ProfileUpdate": _body(_PROFILE),
    "PasswordChange": _body({"current_password": STR, "new_password": {
        "type": "string", "minLength": 10, "maxLength": 256}},
        ("current_password", "new_password")),
    "VerifyRequest": _body({"verified": BOOL}, ("verified",)),
    "RoleRequest": _body({"role": {"enum": ["member", "moderator", "editor", "admin"]}},
                         ("role",)),
    "NewTopic": _body({
        "title": {"type": "string", "minLength": 15, "maxLength": 200},
        "raw": {"type": "string", "minLength": 1, "maxLength": 32000,
                "description": "Markdown"},
        "tags": {"oneOf": [{"type": "array", "maxItems": 5, "items": {
            "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,29}$"}},
            {"type": "string", "description": "comma- or space-separated"}]},
    }, ("title", "raw")),
    "NewReply": _body({
        "raw": {"type": "string", "minLength": 1, "maxLength": 32000},
        "reply_to": {"type": ["integer", "null"], "description": "id of a post in the topic"},
    }, ("raw",)),
    "PostEdit": _body({
        "raw": {"type": "string", "minLength": 1, "maxLength": 32000},
        "base_revision": {"type": "integer", "minimum": 1,
                          "description": "the revision the edit was based on"},
        "reason": {"type": "string", "maxLength": 300},
        "title": {"type": "string", "minLength": 15, "maxLength": 200,
                  "description": "the topic title (opening post only)"},
    }, ("raw", "base_revision")),
    "TopicModeration": _body({"pinned": BOOL, "locked": BOOL,
                              "board": {"type": "string", "description": "move to board"}}),
    "HideRevision": _body({"reason": {"type": "string", "minLength": 1, "maxLength": 300}},
                          ("reason",)),
    "MarkRead": _body({"ids": {"type": "array", "maxItems": 1000, "items": {
        "type": "integer", "minimum": 1}}}),
}

_PARAM_SCHEMAS = {
    "slug": STR, "username": STR, "topic_id": INT, "post_id": INT, "token_id": INT,
    "number": {"type": "integer", "description": "revision number"},
}
_PROBLEMS = {
    400: ("Missing CSRF token (cookie sign-in) or a malformed request", "Problem"),
    401: ("Sign in required, or the token is not valid", "Problem"),
    403: ("Not allowed", "Problem"),
    404: ("Not found", "Problem"),
    409: ("The post changed since the revision you edited", "EditConflictProblem"),
    413: ("The request body is over 2 MB", "Problem"),
    422: ("Some fields need attention (`errors` maps each field to its messages)",
          "ValidationProblem"),
    429: ("Too many requests; see Retry-After", "RateLimitedProblem"),
}
PAGE = {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}}


def query_param(name: str, schema: dict, required: bool = False, description: str = "") -> dict:
    return {"name": name, "in": "query", "required": required, "schema": schema,
            **({"description": description} if description else {})}


def op(method: str, path: str, summary: str, tag: str, ok: int = 200,
       schema: str | None = None, *, body: str | None = None, auth: bool = False,
       query: tuple[dict, ...] = (), errors: tuple[int, ...] = (),
       conflict: str = "EditConflictProblem", media: dict | None = None) -> tuple:
    """One operation. `conflict` names the problem schema of its 409, when it has one;
    `media` adds other success media types ({"text/csv": {"schema": …}})."""
    return method, path, {"summary": summary, "tag": tag, "ok": ok, "schema": schema,
                          "body": body, "auth": auth, "query": query, "errors": errors,
                          "conflict": conflict, "media": media or {}}


OPERATIONS = [
    op("post", "/auth/register", "Register a member account", "accounts", 201, "User",
       body="RegisterRequest"),
    op("post", "/auth/token", "Issue a personal API token (email and password)", "accounts",
       201, "NewToken", body="TokenRequest", errors=(429,)),
    op("get", "/auth/tokens", "List your API tokens (never their secrets)", "accounts",
       schema="TokenList", auth=True),
    op("delete", "/auth/tokens/{token_id}", "Revoke one of your API tokens", "accounts", 204,
       auth=True),
    op("get", "/me", "Your profile", "accounts", schema="User", auth=True),
    op("patch", "/me", "Change your profile (fields not sent keep their value)", "accounts",
       schema="User", body="ProfileUpdate", auth=True),
    op("post", "/me/password", "Change your password", "accounts", 204,
       body="PasswordChange", auth=True),
    op("get", "/users/{username}", "A member's public profile", "accounts", schema="User"),
    op("post", "/users/{username}/verify", "Verify or unverify credentials (moderators)",
       "accounts", schema="User", body="VerifyRequest", auth=True, errors=(403,)),
    op("put", "/users/{username}/role", "Change a member's role (administrators)", "accounts",
       schema="User", body="RoleRequest", auth=True, errors=(403,)),
    op("get", "/boards", "The boards you may read", "boards", schema="BoardList"),
    op("get", "/boards/{slug}", "One board", "boards", schema="BoardDetail", errors=(403,)),
    op("get", "/boards/{slug}/topics", "Topics of a board, pinned first", "boards",
       schema="TopicPage", errors=(403,),
       query=(PAGE, query_param("tag", STR, description="only topics with this tag"))),
    op("post", "/boards/{slug}/topics", "Start a topic", "boards", 201, "TopicDetail",
       body="NewTopic", auth=True, errors=(403, 429)),
    op("put", "/boards/{slug}/watch", "Watch a board (idempotent)", "boards",
       schema="Watch", auth=True, errors=(403,)),
    op("delete", "/boards/{slug}/watch", "Stop watching a board (idempotent)", "boards",
       schema="Watch", auth=True, errors=(403,)),
    op("get", "/topics/{topic_id}", "A topic with one page of its posts", "topics",
       schema="TopicDetail", query=(PAGE,), errors=(403,)),
    op("patch", "/topics/{topic_id}", "Pin, lock or move a topic (moderators)", "topics",
       schema="Topic", body="TopicModeration", auth=True, errors=(403,)),
    op("delete", "/topics/{topic_id}", "Delete a topic, restorably (moderators)", "topics",
       204, auth=True, errors=(403,)),
    op("post", "/topics/{topic_id}/restore", "Restore a deleted topic (moderators)",
       "topics", schema="Topic", auth=True, errors=(403,)),
    op("post", "/topics/{topic_id}/posts", "Reply to a topic", "topics", 201, "Post",
       body="NewReply", auth=True, errors=(403, 429)),
    op("put", "/topics/{topic_id}/watch", "Watch a topic (idempotent)", "topics",
       schema="Watch", auth=True, errors=(403,)),
    op("delete", "/topics/{topic_id}/watch", "Stop watching a topic (idempotent)", "topics",
       schema="Watch", auth=True, errors=(403,)),
    op("get", "/posts/{post_id}", "One post", "posts", schema="Post", errors=(403,)),
    op("patch", "/posts/{post_id}", "Edit a post based on a revision", "posts",
       schema="Post", body="PostEdit", auth=True, errors=(403, 409)),
    op("delete", "/posts/{post_id}", "Delete a reply, restorably", "posts", 204, auth=True,
       errors=(403,)),
    op("post", "/posts/{post_id}/restore", "Restore a deleted post (moderators)", "posts",
       schema="Post", auth=True, errors=(403,)),
    op("get", "/posts/{post_id}/quote", "Markdown quoting the post, to start a reply",
       "posts", schema="Quote", errors=(403,)),
    op("get", "/posts/{post_id}/revisions", "Every revision of a post", "posts",
       schema="RevisionList", errors=(403,)),
    op("get", "/posts/{post_id}/revisions/diff", "A line diff between two revisions",
       "posts", schema="RevisionDiff", errors=(403,),
       query=(query_param("from", {"type": "integer", "minimum": 1}, True),
              query_param("to", {"type": "integer", "minimum": 1}, True))),
    op("post", "/posts/{post_id}/revisions/{number}/hide",
       "Hide a past revision's text, keeping its record (moderators)", "posts",
       schema="Revision", body="HideRevision", auth=True, errors=(403,)),
    op("put", "/posts/{post_id}/like", "Like a post (idempotent)", "posts", schema="Like",
       auth=True, errors=(403,)),
    op("delete", "/posts/{post_id}/like", "Withdraw a like (idempotent)", "posts",
       schema="Like", auth=True, errors=(403,)),
    op("get", "/notifications", "Your latest notifications and the unread count",
       "notifications", schema="NotificationList", auth=True),
    op("post", "/notifications/read", "Mark notifications read (all when no ids)",
       "notifications", schema="MarkedRead", body="MarkRead", auth=True),
    op("get", "/search", "Search posts in the boards you may read", "search",
       schema="SearchPage", query=(query_param("q", {"type": "string", "maxLength": 200}, True), PAGE)),
    op("get", "/openapi.json", "This document", "meta", schema=None),
]


def _responses(method: str, path: str, spec: dict) -> dict[str, Any]:
    ok: dict[str, Any] = {"description": "Success"}
    if spec["ok"] == 201:
        ok["headers"] = {"Location": {"schema": STR, "description": "URL of the new resource"}}
    if spec["schema"]:
        ok["content"] = {"application/json": {"schema": ref(spec["schema"])}}
    elif spec["ok"] != 204:
        ok["content"] = {"application/json": {"schema": {"type": "object"}}}
    if spec.get("media"):
        ok.setdefault("content", {}).update(spec["media"])
    if spec["schema"] in ("TopicPage", "SearchPage"):
        ok["headers"] = {"Link": {"schema": STR, "description": "first, prev, next, last"}}
    codes = {401, *spec["errors"]}
    if "{" in path:
        codes.add(404)
    if spec["body"] or spec["query"]:
        codes.add(422)
    if spec["body"]:
        codes.add(413)
    if method != "get":
        codes.add(400)
    responses = {str(spec["ok"]): ok}
    for code in sorted(codes):
        description, schema = _PROBLEMS[code]
        if code == 409 and spec["conflict"] != "EditConflictProblem":
            description, schema = "Someone else changed it first", spec["conflict"]
        problem: dict[str, Any] = {
            "description": description,
            "content": {"application/problem+json": {"schema": ref(schema)}}}
        if code == 429:
            problem["headers"] = {"Retry-After": {"schema": INT,
                                                  "description": "seconds to wait"}}
        responses[str(code)] = problem
    return responses


def _operation(method: str, path: str, spec: dict) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": f"{method}_{re.sub(r'[^a-z0-9]+', '_', path.lower()).strip('_')}",
        "summary": spec["summary"], "tags": [spec["tag"]],
        "parameters": [{"name": name, "in": "path", "required": True,
                        "schema": _PARAM_SCHEMAS[name]}
                       for name in re.findall(r"{(\w+)}", path)] + list(spec["query"]),
        "responses": _responses(method, path, spec),
    }
    if spec["body"]:
        operation["requestBody"] = {"required": spec["body"] != "MarkRead", "content": {
            "application/json": {"schema": ref(spec["body"])}}}
    # Reads are open to anyone (restricted boards need a verified member); writes need a
    # token, or the session cookie plus X-CSRFToken.
    operation["security"] = ([{"bearerAuth": []}, {"cookieAuth": []}] if spec["auth"]
                             else [{"bearerAuth": []}, {"cookieAuth": []}, {}])
    return operation


def extend(operations: list[tuple] = (), *, schemas: dict | None = None,
           request_schemas: dict | None = None, params: dict | None = None) -> None:
    """Add another package's operations and schemas (moderation, cases, live sessions):
    each API module declares its own beside its routes, at import time."""
    OPERATIONS.extend(operations)
    SCHEMAS.update(schemas or {})
    REQUEST_SCHEMAS.update(request_schemas or {})
    _PARAM_SCHEMAS.update(params or {})
    document.cache_clear()


@lru_cache(maxsize=1)
def document() -> dict[str, Any]:
    paths: dict[str, dict[str, Any]] = {}
    for method, path, spec in OPERATIONS:
        paths.setdefault(path, {})[method] = _operation(method, path, spec)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Rounds API", "version": "1",
            "description": "Specialty boards for clinicians. Errors are RFC 9457 problem "
                           "details (application/problem+json). List endpoints that page "
                           "answer {items, page, per_page, total, pages} and a Link header.",
        },
        "servers": [{"url": "/api/v1"}],
        "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
        "tags": [{"name": t} for t in dict.fromkeys(s["tag"] for _, _, s in OPERATIONS)],
        "paths": paths,
        "components": {
            "schemas": {**SCHEMAS, **REQUEST_SCHEMAS},
            "securitySchemes": {
                "bearerAuth": {"type": "http", "scheme": "bearer",
                               "description": "A personal token (rnd_…) from POST "
                                              "/auth/token or the profile page."},
                "cookieAuth": {"type": "apiKey", "in": "cookie", "name": "rounds_session",
                               "description": "The browser session; writes also need the "
                                              "X-CSRFToken header."},
            },
        },
    }


bp = api_blueprint("openapi", __name__)


def init_app(app: Flask) -> None:
    register(app, bp)


@bp.get("/openapi.json")
def openapi_document():
    return jsonify(document())

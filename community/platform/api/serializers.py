"""The JSON shapes of the API, each next to its JSON Schema, and the small request helpers
every domain's api.py shares.

Keeping a shape and its schema side by side is what keeps the OpenAPI document honest: the
document is built from SCHEMAS, and the tests validate real responses against it.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from flask import Response, jsonify, request, url_for

from community.platform.accounts import policy as accounts_policy
from community.platform.accounts.models import ApiToken, User
from community.platform.api import json_body
from community.platform.errors import ValidationError
from community.platform.parsing import INT_MAX

# Path converter for ids: larger numbers do not match the route (404) instead of
# overflowing the database driver.
ID = f"int(max={INT_MAX})"


# ---------------------------------------------------------------- request helpers


def optional_json_body() -> dict[str, Any]:
    """Like json_body(), but an empty body is an empty object (for optional payloads)."""
    if not request.get_data(cache=True).strip():
        return {}
    return json_body()


def only_fields(body: dict[str, Any], allowed: Iterable[str]) -> None:
    """Refuse unknown fields, so a typo ('pined') is an error rather than silently ignored."""
    unknown = sorted(set(body) - set(allowed))
    if unknown:
        raise ValidationError({name: ["This field is not accepted here."] for name in unknown})


def bool_field(body: dict[str, Any], name: str, *, required: bool = False) -> bool | None:
    value = body.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, bool):
        raise ValidationError({name: ["Use true or false."]})
    return value


def created(body: Any, location: str) -> Response:
    response = jsonify(body)
    response.status_code = 201
    response.headers["Location"] = location
    return response


def no_content() -> Response:
    return Response(status=204)


def paged(page: Any, items: list[dict[str, Any]], **extra: Any) -> Response:
    """A page of results as {items, page, per_page, total, pages}, with an RFC 8288 Link
    header (first, prev, next, last) built from the request's own URL."""
    response = jsonify({"items": items, "page": page.page, "per_page": page.per_page,
                        "total": page.total, "pages": page.pages, **extra})
    links = []
    args = {**request.view_args, **request.args.to_dict()}
    rels = [("first", 1), ("prev", page.page - 1 if page.page > 1 else None),
            ("next", page.page + 1 if page.page < page.pages else None), ("last", page.pages)]
    for rel, number in rels:
        if number is not None:
            url = url_for(request.endpoint, **{**args, "page": number})
            links.append(f'<{url}>; rel="{rel}"')
    response.headers["Link"] = ", ".join(links)
    return response


def time_json(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


# ---------------------------------------------------------------- shapes


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
    }
    if accounts_policy.is_signed_in(actor) and (
            actor.id == user.id or accounts_policy.is_moderator(actor)):
        body["email"] = user.email
    return body


def token_json(token: ApiToken) -> dict[str, Any]:
    return {"id": token.id, "name": token.name, "prefix": token.prefix,
            "created_at": time_json(token.created_at), "last_used_at": time_json(token.last_used_at),
            "revoked_at": time_json(token.revoked_at)}


def items(rows: Sequence[Any], shape: Callable[[Any], dict]) -> list[dict[str, Any]]:
    return [shape(row) for row in rows]


# ---------------------------------------------------------------- JSON Schemas

_REF = "#/components/schemas/"


def ref(name: str) -> dict[str, str]:
    return {"$ref": _REF + name}


def object_schema(properties: dict[str, Any], *, optional: Iterable[str] = (),
         open_: bool = False) -> dict[str, Any]:
    schema = {"type": "object", "properties": properties,
              "required": [k for k in properties if k not in set(optional)]}
    if not open_:
        schema["additionalProperties"] = False
    return schema


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


STR = {"type": "string"}
INT = {"type": "integer"}
BOOL = {"type": "boolean"}
TIME = {"type": "string", "format": "date-time"}
NTIME = {"type": ["string", "null"], "format": "date-time"}
NSTR = {"type": ["string", "null"]}
NINT = {"type": ["integer", "null"]}

_AUTHOR = {"username": STR, "display_name": STR, "credentials": STR, "verified": BOOL}
_BOARD = {"slug": STR, "name": STR, "description": STR, "verified_only": BOOL,
          "topic_count": INT, "url": STR}
_TOPIC = {"id": INT, "board": STR, "title": STR, "author": ref("Author"),
          "tags": {"type": "array", "items": STR}, "pinned": BOOL, "locked": BOOL,
          "post_count": INT, "created_at": TIME, "last_posted_at": TIME, "deleted": BOOL,
          "url": STR}
_DIFF_LINES = {"type": "array", "items": object_schema({
    "op": {"enum": ["equal", "delete", "insert"]}, "text": STR})}


def page_schema(item: str, **extra: Any) -> dict[str, Any]:
    return object_schema({"items": {"type": "array", "items": ref(item)}, "page": INT, "per_page": INT,
                 "total": INT, "pages": INT, **extra})


def list_schema(item: str, **extra: Any) -> dict[str, Any]:
    return object_schema({"items": {"type": "array", "items": ref(item)}, **extra})


SCHEMAS: dict[str, dict[str, Any]] = {
    "Author": object_schema(_AUTHOR),
    "User": object_schema({
        "id": INT, **_AUTHOR, "role": {"enum": ["member", "moderator", "editor", "admin"]},
        "specialty": STR, "country": STR, "time_zone": STR, "language": STR, "bio": STR,
        "trust_level": INT, "verified_at": NTIME, "created_at": TIME,
        "email": {"type": "string", "format": "email",
                  "description": "Only for the member themselves and moderators."},
    }, optional=["email"]),
    "Token": object_schema({"id": INT, "name": STR, "prefix": STR, "created_at": TIME,
                   "last_used_at": NTIME, "revoked_at": NTIME}),
    "NewToken": object_schema({"token": {"type": "string", "description": "Shown once; keep it."},
                      "id": INT, "name": STR, "prefix": STR, "created_at": TIME}),
    "Board": object_schema(_BOARD),
    "BoardDetail": object_schema({**_BOARD, "watching": BOOL}),
    "Topic": object_schema(_TOPIC),
    "TopicDetail": object_schema({**_TOPIC, "posts": ref("PostPage"), "watching": BOOL,
                         "can_reply": BOOL}),
    "Post": object_schema({
        "id": INT, "topic_id": INT, "number": INT, "author": ref("Author"), "raw": STR,
        "cooked": STR, "revision": INT, "like_count": INT, "liked_by_me": BOOL,
        "reply_to": _nullable(object_schema({"id": INT, "number": INT, "username": STR})),
        "created_at": TIME, "edited_at": NTIME, "deleted": BOOL, "can_edit": BOOL,
        "can_delete": BOOL, "url": STR}),
    "Revision": object_schema({
        "number": INT, "editor": ref("Author"),
        "raw": {"type": ["string", "null"], "description": "null once a moderator hid it"},
        "cooked": NSTR, "title": NSTR, "reason": STR, "created_at": TIME, "hidden": BOOL,
        "hidden_at": NTIME, "hidden_reason": NSTR}),
    "RevisionDiff": object_schema({"from": ref("Revision"), "to": ref("Revision"), "hidden": BOOL,
                          "lines": _DIFF_LINES, "unified": STR}),
    "Notification": object_schema({
        "id": INT, "kind": {"type": "string", "examples": ["mention", "reply"]},
        "post_id": NINT, "topic_id": NINT, "topic_title": NSTR, "post_number": NINT,
        "actor": _nullable(ref("Author")), "created_at": TIME, "read": BOOL,
        "message": {"type": ["string", "null"], "description": "text of a notification "
                    "without a post (a disclosure to renew, a review's outcome)"},
        "link": {"type": ["string", "null"], "description": "where to act on it"}}),
    "SearchHit": object_schema({
        "post": ref("Post"), "topic": object_schema({"id": INT, "title": STR, "board": STR}),
        "excerpt": {"type": "array", "items": object_schema({"text": STR, "match": BOOL})}}),
    "Like": object_schema({"liked": BOOL, "like_count": INT}),
    "Watch": object_schema({"watching": BOOL}),
    "Quote": object_schema({"markdown": STR}),
    "NotificationList": list_schema("Notification", unread=INT),
    "MarkedRead": object_schema({"marked": INT, "unread": INT}),
    "BoardList": list_schema("Board"),
    "TokenList": list_schema("Token"),
    "RevisionList": list_schema("Revision"),
    "TopicPage": page_schema("Topic"),
    "PostPage": page_schema("Post"),
    "SearchPage": page_schema("SearchHit", q=STR),
    "Problem": object_schema({
        "type": {"type": "string", "format": "uri"}, "title": STR, "status": INT,
        "detail": STR, "instance": STR}, open_=True),
    "ValidationProblem": {"allOf": [ref("Problem"), object_schema({
        "errors": {"type": "object",
                   "additionalProperties": {"type": "array", "items": STR}}}, open_=True)]},
    "RateLimitedProblem": {"allOf": [ref("Problem"), object_schema({"retry_after": INT}, open_=True)]},
    "EditConflictProblem": {"allOf": [ref("Problem"), object_schema({
        "current_revision": INT, "current_raw": STR, "your_raw": STR, "diff": _DIFF_LINES,
        "unified_diff": STR, "your_diff": _DIFF_LINES}, open_=True)]},
}

"""The JSON API under /api/v1: authentication, typed operations and RFC 9457 problem details.

Each domain makes its blueprint with `api_blueprint(name)` in its own `api.py`, declares each
route's contract with `@operation` (its body, query and answer models: community.platform
.contract), and registers the blueprint with `register(app, bp)` from its wiring; the OpenAPI
document is generated from those declarations and the app's URL map (openapi.py).

Why a small decorator of ours rather than spectree or flask-openapi3: our errors keep one
shape everywhere ({field: [messages]} inside RFC 9457 problem details, as pages show them),
ids out of range are 404s before any query, the document is built per app from the routes
it actually serves, and the same models validate forms and socket payloads where no HTTP
framework is involved.
Bearer tokens authenticate API clients and need no CSRF token; a browser calling the API with
its session cookie must send the X-CSRFToken header on writes.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, Flask, Response, current_app, g, json, jsonify, request, url_for
from flask_login import current_user
from flask_wtf.csrf import CSRFError
from pydantic import BaseModel
from werkzeug.routing import BaseConverter

from community.platform.accounts import limits as accounts_limits
from community.platform.accounts import service as accounts
from community.platform.contract import Refused, dump, parse
from community.platform.db import db, undo
from community.platform.errors import DomainError, NotAuthenticated, NotFound, ValidationError
from community.platform.i18n import _
from community.platform.parsing import INT_MAX, Page

PREFIX = "/api/v1"

PROBLEM_TYPE_BASE = "https://rounds.example/problems/"


def problem(status: int, title: str, detail: str, slug: str = "about:blank",
            **extra: Any) -> Response:
    body = {
        "type": PROBLEM_TYPE_BASE + slug if slug != "about:blank" else slug,
        "title": str(title),
        "status": status,
        "detail": str(detail),
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
        raise NotAuthenticated(_("Send a personal API token as 'Authorization: Bearer …'."))
    return user


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def json_body() -> dict[str, Any]:
    """The request's JSON object, or a 4xx problem (malformed UTF-8, not JSON, not an object)."""
    if not request.is_json:
        raise ValidationError({"_": [_("Send a JSON object with Content-Type: "
                                       "application/json.")]})
    try:
        raw = request.get_data(cache=True)
        text = raw.decode("utf-8")
        body = json.loads(text, parse_constant=_no_constant) if text.strip() else None
    except UnicodeDecodeError:
        raise ValidationError({"_": [_("The request body is not valid UTF-8.")]}) from None
    except ValueError as exc:
        raise ValidationError({"_": [_("The request body is not valid JSON (%(reason)s).",
                                       reason=exc)]}) from None
    except RecursionError:
        raise ValidationError({"_": [_("The request body is nested too deeply.")]}) from None
    if not isinstance(body, dict):
        raise ValidationError({"_": [_("The request body must be a JSON object.")]})
    return body


class IdConverter(BaseConverter):
    """`<id:topic_id>`: any run of digits matches, so a number too large for an id is a 404
    about the id (not a 405 from another route, nor an overflow in the database driver)."""

    regex = r"\d{1,30}"
    part_isolating = True

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: object) -> str:
        return str(int(value))


def init_app(app: Flask) -> None:
    app.url_map.converters["id"] = IdConverter


@dataclass(frozen=True)
class Operation:
    """A route's contract, read by the wrapper (to parse and to shape) and by the OpenAPI
    document."""

    summary: str
    tag: str
    body: type[BaseModel] | None = None
    query: type[BaseModel] | None = None
    response: type[BaseModel] | None = None
    status: int = 200
    errors: tuple[int, ...] = ()
    auth: bool = False
    body_required: bool = True
    conflict: str = "EditConflictProblem"
    media: dict[str, Any] = field(default_factory=dict)
    description: str = ""


@dataclass
class Paged:
    """A page of results: {items, page, per_page, total, pages, ...extra} with a Link header
    (first, prev, next, last) built from the request's own URL."""

    page: Page
    items: list[Any]
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Created:
    """A new resource: 201 with its Location."""

    value: Any
    location: str


def operation(summary: str, *, tag: str, body: type[BaseModel] | None = None,
              query: type[BaseModel] | None = None, response: type[BaseModel] | None = None,
              status: int = 200, errors: tuple[int, ...] = (), auth: bool = False,
              body_required: bool = True, conflict: str = "EditConflictProblem",
              media: dict[str, Any] | None = None,
              description: str = "") -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Declare a route's contract. The view receives its path values (ids checked), `body`
    and `query` parsed into their models, and returns a model, a dict (checked against
    `response`), Paged, Created, None (204) or a ready Response."""
    spec = Operation(summary, tag, body, query, response, status, tuple(errors), auth,
                     body_required, conflict, dict(media or {}), description)

    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(view)
        def endpoint(**path: Any) -> Response:
            for name, value in path.items():
                if isinstance(value, int) and not 0 < value <= INT_MAX:
                    raise NotFound(_("There is no such %(thing)s.",
                                     thing=name.removesuffix("_id")))
            if spec.auth:
                require_user()
            arguments = dict(path)
            if spec.body is not None:
                # Not a JSON object at all: refused at once. A field that does not fit waits
                # for the view's lookups (an unknown id is a 404 whatever the body says). An
                # optional body is absent only when no byte is sent: " " is not JSON.
                data = json_body() if spec.body_required or request.get_data(cache=True) else {}
                try:
                    arguments["body"] = parse(spec.body, data, strict=True)
                except ValidationError as error:
                    arguments["body"] = Refused(error)
            if spec.query is not None:
                try:
                    arguments["query"] = parse(spec.query, request.args.to_dict())
                except ValidationError as error:
                    arguments["query"] = Refused(error)
            answer = view(**arguments)
            for name in ("body", "query"):  # a view that never read what it was refused
                if isinstance(arguments.get(name), Refused):
                    raise arguments[name].error
            return _answer(spec, answer)

        endpoint.operation = spec  # type: ignore[attr-defined]
        return endpoint

    return decorate


def _answer(spec: Operation, result: Any) -> Response:
    if isinstance(result, Response):
        return result
    if result is None:
        return Response(status=204)
    headers: dict[str, str] = {}
    if isinstance(result, Created):
        headers["Location"] = result.location
        result = result.value
    if isinstance(result, Paged):
        headers["Link"] = _links(result.page)
        result = {"items": result.items, "page": result.page.page,
                  "per_page": result.page.per_page, "total": result.page.total,
                  "pages": result.page.pages, **result.extra}
    response = jsonify(dump(result, spec.response))
    response.status_code = spec.status
    response.headers.update(headers)
    return response


def _links(page: Page) -> str:
    args = {**request.view_args, **request.args.to_dict()}
    rels = [("first", 1), ("prev", page.page - 1 if page.page > 1 else None),
            ("next", page.page + 1 if page.page < page.pages else None), ("last", page.pages)]
    return ", ".join(f'<{url_for(request.endpoint, **{**args, "page": number})}>; rel="{rel}"'
                     for rel, number in rels if number is not None)


def api_blueprint(name: str, import_name: str) -> Blueprint:
    """A blueprint under /api/v1 that authenticates its callers and answers every domain
    error as a problem document."""
    bp = Blueprint(name, import_name, url_prefix=PREFIX)
    bp.before_request(_authenticate)
    bp.before_request(accounts_limits.api_request_limit)  # by account and address: 429
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
        scheme, _space, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return problem(401, _("Sign in required"),
                           _("Use 'Authorization: Bearer <token>'."), "not-authenticated")
        user = accounts.user_for_token(db.session, token.strip())
        if user is None:
            return problem(401, _("Sign in required"),
                           _("This token is not valid or was revoked."), "not-authenticated")
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
    return problem(400, _("Missing CSRF token"),
                   _("Send the X-CSRFToken header, or use a bearer token."), "csrf")

"""The OpenAPI 3.1 document, generated from the app's URL map and each route's contract
(@operation: its body, query and answer models). Nothing here is written by hand but the
problem shapes and the security schemes; a route without a contract is left out, and a test
fails on it. Served at /api/v1/openapi.json."""
from __future__ import annotations

import re
from typing import Any

from flask import Flask, current_app, jsonify
from pydantic import BaseModel, ConfigDict
from werkzeug.routing import AnyConverter, Rule

from community.platform.api import (
    PREFIX,
    IdConverter,
    Operation,
    api_blueprint,
    operation,
    register,
)
from community.platform.contract import REF, Output, schemas_of
from community.platform.parsing import INT_MAX

bp = api_blueprint("openapi", __name__)


class Problem(Output):
    """RFC 9457 problem details."""

    model_config = ConfigDict(extra="allow")
    type: str
    title: str
    status: int
    detail: str
    instance: str


class ValidationProblem(Problem):
    errors: dict[str, list[str]]


class RateLimitedProblem(Problem):
    retry_after: int


class LineDiff(Output):
    op: str
    text: str


class EditConflictProblem(Problem):
    current_revision: int
    current_raw: str
    your_raw: str
    diff: list[LineDiff]
    unified_diff: str
    your_diff: list[LineDiff]


class ConflictProblem(Problem):
    """Someone else acted first; the fields say what the thing is now."""


PROBLEMS: list[type[BaseModel]] = [Problem, ValidationProblem, RateLimitedProblem,
                                   EditConflictProblem, ConflictProblem]
_PROBLEM_TEXT = {
    400: "Missing CSRF token (cookie sign-in) or a malformed request",
    401: "Sign in required, or the token is not valid",
    403: "Not allowed",
    404: "Not found",
    405: "Method not allowed (see Allow)",
    409: "Someone changed it first",
    413: "The request body is over its size limit",
    422: "Some fields need attention (`errors` maps each field to its messages)",
    429: "Too many requests; see Retry-After",
}
_PROBLEM_SCHEMA = {422: "ValidationProblem", 429: "RateLimitedProblem"}
_CONVERTER = re.compile(r"<(?:([^:<>]+):)?(\w+)>")


def init_app(app: Flask) -> None:
    register(app, bp)


@bp.get("/openapi.json")
@operation("This document", tag="meta", media={"application/json": {"schema": {
    "type": "object", "description": "OpenAPI 3.1"}}})
def openapi_document():
    return jsonify(document(current_app))


def operations(app: Flask) -> list[tuple[Rule, str, Operation]]:
    """(rule, method, contract) of every API route that declares one."""
    found = []
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith(PREFIX + "/"):
            continue
        spec = getattr(app.view_functions[rule.endpoint], "operation", None)
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            if spec is not None:
                found.append((rule, method.lower(), spec))
    return found


def path_of(rule: Rule) -> str:
    """'/api/v1/topics/<id:topic_id>' -> '/topics/{topic_id}'."""
    return _CONVERTER.sub(r"{\2}", rule.rule[len(PREFIX):])


def document(app: Flask) -> dict[str, Any]:
    cache = app.extensions.setdefault("rounds.openapi", {})
    if "document" not in cache:
        cache["document"] = _build(app)
    return cache["document"]


def _build(app: Flask) -> dict[str, Any]:
    paths: dict[str, dict[str, Any]] = {}
    models: list[type[BaseModel]] = list(PROBLEMS)
    tags: dict[str, None] = {}
    found = operations(app)
    ids = _operation_ids(found)
    for rule, method, spec in found:
        paths.setdefault(path_of(rule), {})[method] = _operation(rule, method, spec,
                                                                 ids[rule.endpoint, method])
        models += [m for m in (spec.body, spec.response) if m is not None]
        tags[spec.tag] = None
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Rounds API", "version": "1",
            "description": "Specialty boards, case write-ups, live sessions and moderation for "
                           "clinicians. Errors are RFC 9457 problem details "
                           "(application/problem+json); a 422 maps each field to its messages. "
                           "Lists that page answer {items, page, per_page, total, pages} and a "
                           "Link header. The Socket.IO protocol is described beside this "
                           "document in AsyncAPI (asyncapi.json).",
        },
        "servers": [{"url": PREFIX}],
        "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
        "tags": [{"name": t} for t in tags],
        "paths": dict(sorted(paths.items())),
        "components": {
            "schemas": schemas_of(list(dict.fromkeys(models))),
            "securitySchemes": {
                "bearerAuth": {"type": "http", "scheme": "bearer",
                               "description": "A personal token (rnd_…) from POST "
                                              "/auth/token or the account page."},
                "cookieAuth": {"type": "apiKey", "in": "cookie", "name": "rounds_session",
                               "description": "The browser session; writes also need the "
                                              "X-CSRFToken header."},
            },
        },
    }


def _ref(model: type[BaseModel] | str) -> dict[str, str]:
    name = model if isinstance(model, str) else model.__name__
    return {"$ref": REF.format(model=name)}


def _parameters(rule: Rule, spec: Operation) -> list[dict[str, Any]]:
    parameters = []
    for converter_name, name in _CONVERTER.findall(rule.rule):
        converter = rule._converters.get(name)
        if isinstance(converter, IdConverter):
            schema: dict[str, Any] = {"type": "integer", "minimum": 1, "maximum": INT_MAX}
        elif isinstance(converter, AnyConverter):
            schema = {"enum": list(converter.items)} if hasattr(converter, "items") else {
                "type": "string"}
        else:
            schema = {"type": "string", "minLength": 1}
        parameters.append({"name": name, "in": "path", "required": True, "schema": schema})
    if spec.query is not None:
        schema = spec.query.model_json_schema(ref_template=REF)
        required = set(schema.get("required", []))
        for name, field_schema in schema.get("properties", {}).items():
            description = field_schema.pop("description", "")
            field_schema.pop("title", None)
            field_schema = _not_null(field_schema)
            parameters.append({"name": name, "in": "query", "required": name in required,
                               "schema": field_schema,
                               **({"description": description} if description else {})})
    return parameters


def _operation_ids(found: list[tuple[Rule, str, Operation]]) -> dict[tuple[str, str], str]:
    """Each operation's id: the view's name (`create_topic`), made unique when two blueprints
    or two methods of one view would share it. Generated clients name functions after it."""
    short: dict[tuple[str, str], str] = {}
    for rule, method, _spec in found:
        name = rule.endpoint.rpartition(".")[2]
        if sum(1 for r, _m, _s in found if r.endpoint == rule.endpoint) > 1:
            name = f"{name}_{method}"
        short[rule.endpoint, method] = name
    counts: dict[str, int] = {}
    for name in short.values():
        counts[name] = counts.get(name, 0) + 1
    return {key: (name if counts[name] == 1 else
                  f"{key[0].partition('.')[0].removesuffix('_api')}_{name}")
            for key, name in short.items()}


def _not_null(schema: dict[str, Any]) -> dict[str, Any]:
    """A query string cannot carry null: an optional parameter is simply left out, so its
    schema is the non-null branch (with the default kept)."""
    options = [o for o in schema.get("anyOf", []) if o.get("type") != "null"]
    if "anyOf" not in schema or len(options) != 1:
        return schema
    rest = {k: v for k, v in schema.items() if k != "anyOf" and v is not None}
    return {**options[0], **rest}


def _operation(rule: Rule, method: str, spec: Operation, operation_id: str) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": operation_id,
        "summary": spec.summary, "tags": [spec.tag],
        "parameters": _parameters(rule, spec),
        "responses": _responses(rule, method, spec),
    }
    if spec.description:
        operation["description"] = spec.description
    if spec.body is not None:
        operation["requestBody"] = {"required": spec.body_required, "content": {
            "application/json": {"schema": _ref(spec.body)}}}
    operation["security"] = ([{"bearerAuth": []}, {"cookieAuth": []}] if spec.auth
                             else [{"bearerAuth": []}, {"cookieAuth": []}, {}])
    return operation


def _responses(rule: Rule, method: str, spec: Operation) -> dict[str, Any]:
    ok: dict[str, Any] = {"description": "Success"}
    if spec.status == 201:
        ok["headers"] = {"Location": {"schema": {"type": "string"},
                                      "description": "URL of the new resource"}}
    if spec.response is not None:
        ok["content"] = {"application/json": {"schema": _ref(spec.response)}}
        if "items" in spec.response.model_fields and "pages" in spec.response.model_fields:
            ok["headers"] = {"Link": {"schema": {"type": "string"},
                                      "description": "first, prev, next, last"}}
    if spec.media:
        ok.setdefault("content", {}).update(spec.media)
    # Any request: a token that is not valid (any more), a NUL or a malformed request, and
    # the API's rate limit by account and address (accounts/limits.py).
    codes = {*spec.errors, 400, 401, 429}
    if "<" in rule.rule:
        codes.add(404)
    if spec.body is not None or spec.query is not None:
        codes.add(422)
    if spec.body is not None:
        codes.add(413)
    responses: dict[str, Any] = {str(spec.status): ok}
    for code in sorted(codes):
        schema = _PROBLEM_SCHEMA.get(code, "Problem")
        if code == 409:
            schema = spec.conflict if spec.conflict in {m.__name__ for m in PROBLEMS} \
                else "ConflictProblem"
        problem: dict[str, Any] = {"description": _PROBLEM_TEXT[code], "content": {
            "application/problem+json": {"schema": _ref(schema)}}}
        if code == 429:
            problem["headers"] = {"Retry-After": {"schema": {"type": "integer"},
                                                  "description": "seconds to wait"}}
        responses[str(code)] = problem
    return responses

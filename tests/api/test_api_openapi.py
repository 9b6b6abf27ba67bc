"""The OpenAPI document: a valid 3.1 document that lists exactly the routes the app serves.
(Every response the other API tests see is also validated against it: see conftest.py.)"""
from __future__ import annotations

import re

from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from tests.support.api import (
    PATH_VALUES,
    PREFIX,
    UNKNOWN_PATH_VALUES,
    sign_in_with_cookie,
    template_of,
)

HTTP_METHODS = {"get", "post", "put", "patch", "delete"}


def test_the_document_is_valid_openapi_3_1(api):
    response = api.get(f"{PREFIX}/openapi.json", expect=200)
    document = response.get_json()
    assert document["openapi"].startswith("3.1")
    validate(document)
    for schema in document["components"]["schemas"].values():
        Draft202012Validator.check_schema(schema)
    assert document["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    for needed in ("User", "Board", "Topic", "Post", "Revision", "Notification", "Problem",
                   "TopicPage", "PostPage"):
        assert needed in document["components"]["schemas"]


def test_every_route_is_documented_with_its_methods_and_nothing_else(app, api):
    served: dict[str, set[str]] = {}
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith(PREFIX + "/"):
            methods = {m.lower() for m in rule.methods} & HTTP_METHODS
            served.setdefault(template_of(rule.rule), set()).update(methods)
    documented = {path: set(item) & HTTP_METHODS for path, item in api.document["paths"].items()}
    assert served == documented


def test_every_operation_documents_its_parameters_and_problems(api):
    for path, item in api.document["paths"].items():
        for method, operation in item.items():
            names = {p["name"] for p in operation["parameters"] if p["in"] == "path"}
            assert names == {part[1:-1] for part in path.split("/") if part.startswith("{")}
            statuses = set(operation["responses"])
            assert "401" in statuses, (method, path)
            if names:
                assert "404" in statuses, (method, path)
            if "requestBody" in operation:
                assert {"400", "413", "422"} <= statuses, (method, path)
            success = [s for s in statuses if s.startswith("2")]
            assert len(success) == 1, (method, path)


def test_unknown_routes_and_methods_are_problems(api, make_user, token_for):
    token = token_for(make_user())
    for path in ("/api/v1/nope", "/api/v1/topics/abc", "/api/v1/posts/1/nothing",
                 "/api/v1/topics/99999999999999999999"):
        body = api.get(path, token=token, expect=404).get_json()
        assert body["status"] == 404 and body["instance"] == path
    assert api.open("PUT", f"{PREFIX}/boards", token=token, expect=405).get_json()[
        "status"] == 405


def test_a_body_over_the_size_limit_is_a_problem(api, make_user, token_for):
    token = token_for(make_user())
    api.post(f"{PREFIX}/boards/cardiology/topics", token=token, expect=413,
             data=b'{"raw": "' + b"x" * (3 * 1024 * 1024) + b'"}',
             content_type="application/json")


def _operations(document):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            yield method, path, operation


def _url(path: str, values: dict) -> str:
    return PREFIX + re.sub(r"{(\w+)}", lambda m: str(values[m.group(1)]), path)


def test_the_documented_problems_of_every_operation_happen(app, api, client, make_user,
                                                          token_for, topic_factory):
    """401 for a bad token (and, on writes, for no sign-in), 400 for a cookie write without
    CSRF, 404 for unknown ids and 413 for huge bodies: on every operation that lists them."""
    admin = make_user("admin")
    token = token_for(admin)
    topic = topic_factory(token)
    real = {**PATH_VALUES, "topic_id": topic["id"], "username": admin.username,
            "post_id": topic["posts"]["items"][0]["id"]}
    unknown = UNKNOWN_PATH_VALUES
    bodies = {"VerifyRequest": {"verified": True}, "RoleRequest": {"role": "member"}}
    for method, path, operation in _operations(api.document):
        statuses = operation["responses"]
        body_ref = operation.get("requestBody", {}).get("content", {}).get(
            "application/json", {}).get("schema", {}).get("$ref", "")
        body = bodies.get(body_ref.rsplit("/", 1)[-1], {})
        api.open(method, _url(path, real), expect=401, json=body,
                 headers={"Authorization": "Bearer rnd_revoked-or-made-up"})
        if {} not in operation["security"]:
            api.open(method, _url(path, real), expect=401, json=body)
        if "404" in statuses:
            api.open(method, _url(path, unknown), token=token, expect=404, json=body)
        if "413" in statuses:
            api.open(method, _url(path, real), token=token, expect=413,
                     data=b'{"x": "' + b"x" * (3 * 1024 * 1024) + b'"}',
                     content_type="application/json")
    sign_in_with_cookie(app, client, make_user())
    for method, path, operation in _operations(api.document):
        if method != "get":
            assert "400" in operation["responses"]
            refused = api.open(method, _url(path, real), expect=400, json={})
            assert refused.get_json()["type"].endswith("/csrf")

"""The OpenAPI document: a valid 3.1 document that lists exactly the routes the app serves.
(Every response the other API tests see is also validated against it: see conftest.py.)"""
from __future__ import annotations

from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from tests.api.conftest import PREFIX, template_of

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

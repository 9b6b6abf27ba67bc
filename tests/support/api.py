"""API test helpers. `api` wraps the Flask test client and checks every response it sees
against the OpenAPI document the app serves: the status must be documented for that
operation and the body must validate against its schema. So each test of behaviour is also
a test that the document tells the truth."""
from __future__ import annotations

import re
from typing import Any

from itsdangerous import URLSafeTimedSerializer
from jsonschema import Draft202012Validator, FormatChecker
from werkzeug.exceptions import MethodNotAllowed, NotFound

from tests.support.web import csrf_token, login

PREFIX = "/api/v1"

# Path parameters of every documented route, for the sweeps that call them all: a route with
# a new parameter name adds it here, once. Ids that need not exist (the sweep's checks happen
# before the lookup, or a 404 is what it expects) are 1; UNKNOWN names nothing that exists.
PATH_VALUES = {
    "slug": "cardiology", "number": 1, "token_id": 1,
    "company_id": 1, "disclosure_id": 1, "clearance_id": 1,  # moderation.disclosures
    "content_kind": "session", "content_id": 1,
    "item_id": 1, "action": "ignore",  # moderation.queue
    "case_id": 1, "invitation_id": 1, "image_id": 1,  # community.cases authoring
    "assignment_id": 1,  # community.cases peer review
    "override_id": 1,  # community.cases de-identification
    "session_id": 1,  # live sessions
    "claim_id": 1, "code": "ABCD-EFGH-JKLM",  # credit certificates
    "activity_id": 1, "commitment_id": 1, "user_id": 1, "series_id": 1,  # credit
}
UNKNOWN_PATH_VALUES = {
    **{name: 999999 for name, value in PATH_VALUES.items() if isinstance(value, int)},
    "slug": "no-such-board", "topic_id": 999999, "post_id": 999999,
    "username": "no-such-member", "number": 999, "content_kind": "no-such-kind",
    "action": "no-such-action", "code": "ZZZZ-ZZZZ-ZZZZ",
}
_CONVERTER = re.compile(r"<(?:[^:<>]+:)?(\w+)>")


def template_of(rule: str) -> str:
    """Flask rule '/api/v1/topics/<int(max=…):topic_id>' -> OpenAPI path '/topics/{topic_id}'."""
    return _CONVERTER.sub(r"{\1}", rule[len(PREFIX):])


class ApiClient:
    def __init__(self, app, client) -> None:
        self.app, self.client = app, client
        self.document = client.get(f"{PREFIX}/openapi.json").get_json()
        self.csrf: str | None = None

    def validate(self, instance: Any, schema_name_or_schema: str | dict) -> None:
        schema = ({"$ref": f"#/components/schemas/{schema_name_or_schema}"}
                  if isinstance(schema_name_or_schema, str) else schema_name_or_schema)
        validator = Draft202012Validator({**schema, "components": self.document["components"]},
                                         format_checker=FormatChecker())
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
        assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])

    def open(self, method: str, path: str, *, token: str | None = None, expect: int | None = None,
             headers: dict | None = None, **kwargs: Any):
        headers = dict(headers or {})
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if self.csrf and method.upper() not in ("GET", "HEAD") and not token:
            headers.setdefault("X-CSRFToken", self.csrf)
        response = self.client.open(path, method=method, headers=headers, **kwargs)
        if expect is not None:
            assert response.status_code == expect, (
                f"{method} {path}: {response.status_code} {response.get_data(as_text=True)[:800]}")
        self.conform(method.lower(), path.split("?")[0], response)
        return response

    def conform(self, method: str, path: str, response) -> None:
        """The response is one the document describes for this operation."""
        status = response.status_code
        assert status != 500, response.get_data(as_text=True)
        adapter = self.app.url_map.bind("localhost")
        try:
            rule, _ = adapter.match(path, method=method.upper(), return_rule=True)
        except (NotFound, MethodNotAllowed):
            assert response.mimetype == "application/problem+json"
            self.validate(response.get_json(), "Problem")
            return
        operation = self.document["paths"][template_of(rule.rule)]["get" if method == "head"
                                                                   else method]
        documented = operation["responses"].get(str(status))
        assert documented, f"{method.upper()} {rule.rule} answered {status}, not documented"
        if status == 204:
            assert response.get_data() == b""
            return
        content = documented["content"]
        assert response.mimetype in content, (response.mimetype, list(content))
        body = response.get_json()
        self.validate(body, content[response.mimetype]["schema"])
        if response.mimetype == "application/problem+json":
            assert body["status"] == status
        for header in documented.get("headers", {}):
            assert header in response.headers, f"{header} missing on {status}"

    def get(self, path: str, **kwargs: Any):
        return self.open("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any):
        return self.open("POST", path, **kwargs)

    def put(self, path: str, **kwargs: Any):
        return self.open("PUT", path, **kwargs)

    def patch(self, path: str, **kwargs: Any):
        return self.open("PATCH", path, **kwargs)

    def delete(self, path: str, **kwargs: Any):
        return self.open("DELETE", path, **kwargs)


def sign_in_with_cookie(app, client, user) -> str:
    """A browser session for `user` and the CSRF token its pages would carry.

    Uses the sign-in form when the app has one; otherwise writes the same session keys
    Flask-Login and Flask-WTF write (the API code under test is the same either way)."""
    if "accounts.login" in app.view_functions:
        try:
            login(client, user)
            return csrf_token(client)
        except AssertionError:
            client.delete_cookie(app.config["SESSION_COOKIE_NAME"])
    raw = "c" * 40
    with client.session_transaction() as session:
        session["_user_id"] = user.get_id()
        session["_fresh"] = True
        session["csrf_token"] = raw
    return URLSafeTimedSerializer(app.secret_key, salt="wtf-csrf-token").dumps(raw)



"""The contract, tried from outside: schemathesis generates requests from the OpenAPI document
for every operation — valid ones and invalid ones (negative data) — sends each as a member and
as an administrator, and checks every answer: never a 5xx, a documented status, the
documented content type, headers and body, and invalid input refused with a 4xx. The examples
are bounded (ROUNDS_CONTRACT_EXAMPLES, default 8 per operation and mode) so CI runs it on both
databases in minutes; run it with more while changing the API.

(schemathesis's own pytest integration does not run under pytest 9, so each operation is a
parametrized test driving schemathesis's Hypothesis strategy itself.)"""
from __future__ import annotations

import os
import tempfile

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from community.app import create_app
from community.platform.api.openapi import document

EXAMPLES = int(os.environ.get("ROUNDS_CONTRACT_EXAMPLES", "8"))
# Stateless checks only: a generated id that names nothing is a legitimate 404, and domain
# rules (a taken username, an expired window) refuse some well-formed requests, so
# "positive data is accepted" is not a property of this API.
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_headers_conformance, response_schema_conformance, negative_data_rejection]


def _cases() -> list:
    """Every operation of the document as "METHOD /path", with valid data, and with invalid
    data when it takes any input (read from an app built for it)."""
    folder = tempfile.mkdtemp(prefix="rounds-contract-")
    app = create_app({"instance_path": folder, "database_url": f"sqlite:///{folder}/x.db",
                      "secret_key": "contract", "redis_url": "", "celery_eager": True})
    found = []
    for path, item in document(app)["paths"].items():
        for method, operation in item.items():
            label = f"{method.upper()} {path}"
            found.append(pytest.param(label, GenerationMode.POSITIVE, id=f"{label} valid"))
            if operation["parameters"] or "requestBody" in operation:
                found.append(pytest.param(label, GenerationMode.NEGATIVE,
                                          id=f"{label} invalid"))
    return found


# One loaded schema per app: loading it and the constants schemathesis extracts from the
# app's modules for each strategy (cached on the schema object) cost ~0.3 s a test, the same
# each time. The app is shared between tests of a process (tests/conftest.py) and holds no
# state of its own between them; a test that changed it gets a new app, so a new schema.
_schemas: dict[int, tuple] = {}


@pytest.fixture
def api_schema(app):
    cached = _schemas.get(id(app))
    if cached is None or cached[0] is not app:
        config = SchemathesisConfig(suppress_health_check=list(HealthCheck))
        config.projects.default.generation.update(allow_x00=True)
        cached = _schemas[id(app)] = (
            app, schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app, config=config))
    return cached[1]


@pytest.fixture
def credentials(make_user, token_for) -> list[dict[str, str]]:
    """A member's and an administrator's token: each example is sent as both."""
    return [{"Authorization": f"Bearer {token_for(make_user(role))}",
             "Accept-Encoding": "identity"} for role in ("member", "admin")]


@pytest.mark.slow
@pytest.mark.parametrize(("label", "mode"), _cases())
def test_every_operation_keeps_its_contract(api_schema, credentials, label, mode):
    operation = api_schema.find_operation_by_label(label)
    assert operation is not None, label

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case) -> None:
        for headers in credentials:
            case.call_and_validate(headers=headers, checks=CHECKS)

    try:
        run()
    except Unsatisfiable:
        # Only free text in the path (a board's slug, a username) or in the query: no
        # request could be invalid, so there is nothing to refuse.
        assert mode == GenerationMode.NEGATIVE, label

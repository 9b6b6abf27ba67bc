"""Fixtures of the API tests (helpers: tests/support/api.py)."""
from __future__ import annotations

import pytest

from tests.support.api import PREFIX, ApiClient


@pytest.fixture
def api(app, client) -> ApiClient:
    return ApiClient(app, client)


@pytest.fixture
def topic_factory(api):
    """topic_factory(token, board="cardiology", title=…, raw=…, tags=…) -> TopicDetail JSON."""

    def make(token: str, board: str = "cardiology", *, title: str = "Chest pain in a young runner",
             raw: str = "Troponin normal, ECG shows **early repolarisation**.",
             tags: list[str] | None = None) -> dict:
        response = api.post(f"{PREFIX}/boards/{board}/topics", token=token, expect=201,
                            json={"title": title, "raw": raw, "tags": tags or ["ecg"]})
        return response.get_json()

    return make

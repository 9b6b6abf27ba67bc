"""Fixtures of the credit tests (helpers: tests/support/credit.py)."""
from __future__ import annotations

import pytest

from tests.support.api import ApiClient


@pytest.fixture
def api(app, client) -> ApiClient:
    return ApiClient(app, client)

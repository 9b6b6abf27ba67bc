"""Fixtures of the mail tests: a real SMTP server in this process (aiosmtpd), the API
client (tests/support/api.py)."""
from __future__ import annotations

import pytest

from tests.support.api import ApiClient
from tests.support.mail import SmtpServer


@pytest.fixture
def smtp_server():
    """An aiosmtpd server on a free port; `.url` for ROUNDS_SMTP_URL, `.plan` to refuse."""
    with SmtpServer() as server:
        yield server


@pytest.fixture
def api(app, client) -> ApiClient:
    return ApiClient(app, client)

"""Each test starts with no mail written (the app, and its instance folder, are shared by
the tests of a process)."""
from __future__ import annotations

import pytest

from tests.support.mail import clear_sent


@pytest.fixture(autouse=True)
def _no_mail_yet(app):
    clear_sent(app)
    yield
    clear_sent(app)

"""Links mailed to members (community.platform.accounts.recovery), as the tests follow them:
a member who registered through the pages or the API confirms their address before posting.

    confirm_email(app, client, "new@example.org")   # follows the newest link to it
"""
from __future__ import annotations

import re

from flask import Flask

from tests.support.mail import sent_messages

_LINK = re.compile(r"https?://[^/\s]+(/[\w./-]*?/[A-Za-z0-9_-]{20,})(?=\s|$)")


def mailed_link(app: Flask, to: str, prefix: str) -> str:
    """The path of the newest link starting with `prefix` in mail to `to`."""
    for message in reversed(sent_messages(app)):
        if any(a.addr_spec.lower() == to.lower() for a in message["To"].addresses):
            text = message.get_body(("plain",)).get_content()
            for match in _LINK.finditer(text):
                if match.group(1).startswith(prefix):
                    return match.group(1)
    raise AssertionError(f"no mail to {to} with a {prefix} link")


def confirm_email(app: Flask, client, to: str) -> None:
    """Follow the newest confirmation link mailed to `to` with this test client."""
    response = client.get(mailed_link(app, to, "/verify-email/"))
    assert response.status_code == 303, response.get_data(as_text=True)[:300]

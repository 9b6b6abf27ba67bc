"""Talking to the app as a browser does: a test client with a fresh app context per request,
the CSRF token of its pages, signing in through the real form, posting forms."""
from __future__ import annotations

import re

from flask.testing import FlaskClient

from community.platform.accounts.models import User

PASSWORD = "correct horse battery"


class FreshContextClient(FlaskClient):
    """Each request gets its own app context, as in production, even while a test holds
    one open (the `session` fixture): otherwise `g` — the CSRF token, the signed-in user,
    the database session — would leak from one client's request into another's."""

    def open(self, *args, **kwargs):
        with self.application.app_context():
            return super().open(*args, **kwargs)


def csrf_token(client) -> str:
    """The CSRF token of the client's session, as a page carries it in its meta tag."""
    html = client.get("/").get_data(as_text=True)
    match = re.search(r'name="csrf-token" content="([^"]+)"', html)
    if match is None:  # signed out, "/" is a cached page without one; the sign-in form has
        html = client.get("/login").get_data(as_text=True)
        match = re.search(r'name="csrf-token" content="([^"]+)"', html)
    assert match, "the page carries no CSRF token"
    return match.group(1)


def login(client, user: User, password: str = PASSWORD):
    """Sign in through the real form, CSRF token and all."""
    response = client.post("/login", data={"email": user.email, "password": password,
                                           "csrf_token": csrf_token(client)})
    assert response.status_code in (302, 303), response.get_data(as_text=True)[:500]
    return response


def post_form(client, url: str, data: dict | None = None, **kwargs):
    """POST a form the way a browser does, with the page's CSRF token."""
    payload = {"csrf_token": csrf_token(client), **(data or {})}
    return client.post(url, data=payload, **kwargs)



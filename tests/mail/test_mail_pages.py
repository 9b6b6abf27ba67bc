"""The mail pages and API: preferences (page with CSRF and form errors, API with its
contract), the unsubscribe link followed without signing in (the page, its button, RFC 8058
one-click), forged tokens, and /dev/mail (admins in demo mode only, the HTML sandboxed)."""
from __future__ import annotations

import re

import pytest

from community.mail.service import cadence_for, queue_mail, unsubscribe_token
from community.platform.accounts.models import User
from community.platform.db import commit, db
from tests.support.api import PREFIX
from tests.support.mail import clear_sent, sent_messages
from tests.support.web import login, post_form


def _send(app, member_id: int | None, kind: str = "mention", to: str | None = None):
    with app.app_context():
        recipient = db.session.get(User, member_id) if member_id else to
        queue_mail(db.session, kind=kind, to=recipient, subject=f"A {kind}",
                   template="notice", context={"message": "Something happened."})
        commit(db.session)
    return sent_messages(app)[-1]


def _cadence(app, member_id: int, kind: str) -> str:
    with app.app_context():
        return cadence_for(db.session, db.session.get(User, member_id), kind)


def _path(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def test_the_list_unsubscribe_link_works_without_signing_in(app, client, make_user):
    member = make_user()
    clear_sent(app)
    email = _send(app, member.id)
    link = email["List-Unsubscribe"].strip("<>")
    page = client.get(_path(link))
    assert page.status_code == 200
    assert "Mentions of you" in page.get_data(as_text=True)
    assert _cadence(app, member.id, "mention") == "immediately"  # a GET changes nothing
    # RFC 8058: the mail client POSTs this body, with no cookie and no CSRF token.
    done = client.post(_path(link), data={"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200, done.get_data(as_text=True)[:500]
    assert _cadence(app, member.id, "mention") == "never"
    assert _cadence(app, member.id, "reply") == "immediately"
    with app.app_context():  # and no more mentions are queued
        assert queue_mail(db.session, kind="mention", to=db.session.get(User, member.id),
                          subject="x", template="notice", context={"message": "x"}) is None


def test_the_unsubscribe_pages_button_and_the_link_in_the_text(app, client, make_user):
    member = make_user()
    clear_sent(app)
    email = _send(app, member.id, kind="session_reminder")
    text = email.get_body(("plain",)).get_content()
    link = re.search(r"Stop these emails \([^)]*\): (\S+)", text).group(1)
    page = client.get(_path(link)).get_data(as_text=True)
    action = re.search(r'<form method="post" action="([^"]+)"', page).group(1)
    assert client.post(action, data={"List-Unsubscribe": "One-Click"}).status_code == 200
    assert _cadence(app, member.id, "session_reminder") == "never"


def test_an_address_without_an_account_unsubscribes(app, client):
    clear_sent(app)
    email = _send(app, None, kind="coauthor_invitation", to="guest@example.org")
    link = _path(email["List-Unsubscribe"].strip("<>"))
    assert client.post(link, data={"List-Unsubscribe": "One-Click"}).status_code == 200
    with app.app_context():
        assert queue_mail(db.session, kind="coauthor_invitation", to="guest@example.org",
                          subject="x", template="notice", context={"message": "x"}) is None
        assert queue_mail(db.session, kind="password_reset", to="guest@example.org",
                          subject="x", template="notice", context={"message": "x"}) is not None


@pytest.mark.parametrize("token", ["nonsense", "a" * 1000, "eyJrIjoicmVwbHkiLCJ1IjoxfQ.forged",
                                   "%00"])
def test_a_bad_unsubscribe_token_is_a_404_never_a_500(app, client, token):
    for method in (client.get, client.post):
        response = method(f"/mail/unsubscribe/{token}")
        assert response.status_code in (400, 404), response.status_code


def test_a_token_for_a_transactional_kind_or_another_key_is_refused(app, client, make_user):
    member = make_user()
    with app.app_context():
        token = unsubscribe_token("password_reset", user=db.session.get(User, member.id))
    assert client.post(f"/mail/unsubscribe/{token}").status_code == 404


def test_preferences_page_saves_with_csrf_and_shows_form_errors(app, client, make_user):
    member = make_user()
    assert client.get("/account/mail").status_code in (302, 303)  # sign in first
    login(client, member)
    page = client.get("/account/mail").get_data(as_text=True)
    assert 'name="watched"' in page and 'name="password_reset"' not in page
    assert client.post("/account/mail", data={"reply": "weekly"}).status_code == 400  # CSRF
    saved = post_form(client, "/account/mail", {"reply": "weekly", "watched": "never"})
    assert saved.status_code == 303
    assert _cadence(app, member.id, "reply") == "weekly"
    assert _cadence(app, member.id, "watched") == "never"
    bad = post_form(client, "/account/mail", {"reply": "hourly", "digest": "immediately"})
    assert bad.status_code == 422
    assert "Choose one of" in bad.get_data(as_text=True)
    assert _cadence(app, member.id, "reply") == "weekly"  # nothing changed


def test_preferences_api(app, api, make_user, token_for):
    member = make_user()
    token = token_for(member)
    got = api.get(f"{PREFIX}/me/mail-preferences", token=token, expect=200).get_json()
    assert got["reply"] == "immediately" and got["digest"] == "weekly"
    assert "password_reset" not in got
    put = api.put(f"{PREFIX}/me/mail-preferences", token=token, expect=200,
                  json={"mention": "daily", "digest": "never"}).get_json()
    assert put["mention"] == "daily" and put["digest"] == "never" and put["reply"] == "immediately"
    api.put(f"{PREFIX}/me/mail-preferences", token=token, expect=422,
            json={"mention": "hourly"})
    api.put(f"{PREFIX}/me/mail-preferences", token=token, expect=422,
            json={"password_reset": "never"})
    api.put(f"{PREFIX}/me/mail-preferences", expect=401, json={"mention": "never"})
    assert _cadence(app, member.id, "mention") == "daily"


@pytest.fixture
def demo_config(app_config):
    app_config["demo"] = True
    return app_config


def test_dev_mail_is_a_404_outside_demo_mode(app, client, make_user):
    admin = make_user("admin")
    _send(app, admin.id)
    login(client, admin)
    assert client.get("/dev/mail").status_code == 404


def test_dev_mail_shows_admins_the_messages_in_demo_mode(demo_config, app, client,
                                                        make_user):
    admin, member = make_user("admin"), make_user()
    clear_sent(app)
    _send(app, member.id)
    assert client.get("/dev/mail").status_code == 404  # signed out
    login(client, member)
    assert client.get("/dev/mail").status_code == 404  # not an admin
    client.post("/logout", data={})
    client.delete_cookie(app.config["SESSION_COOKIE_NAME"])
    login(client, admin)
    index = client.get("/dev/mail")
    assert index.status_code == 200
    body = index.get_data(as_text=True)
    assert "A mention" in body and member.email in body
    name = re.search(r'href="/dev/mail/([^"/]+\.eml)"', body).group(1)
    page = client.get(f"/dev/mail/{name}")
    assert page.status_code == 200
    assert "Something happened." in page.get_data(as_text=True)
    assert "frame-src 'self'" in page.headers["Content-Security-Policy"]
    html = client.get(f"/dev/mail/{name}/html")
    assert html.status_code == 200 and html.mimetype == "text/html"
    assert html.headers["Content-Security-Policy"].startswith("sandbox")
    assert client.get("/dev/mail/../secret_key").status_code == 404
    assert client.get("/dev/mail/00000001-zz.eml").status_code == 404

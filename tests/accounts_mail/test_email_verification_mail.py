"""Issue 13, email verification: registering mails a link; until it is followed the member
reads but does not post (topics, replies, write-ups, live chat), told why with a way to have
the link sent again (rate-limited); the link confirms the address. Accounts an operator makes
(CLI, demo, the tests' factories) are confirmed from the start."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from community.app import create_app
from community.platform.accounts import recovery, service
from community.platform.accounts.models import User
from community.platform.db import db as database
from tests.support.api import PREFIX
from tests.support.mail import clear_sent, sent_messages
from tests.support.web import PASSWORD, FreshContextClient, post_form

LINK = re.compile(r"https?://[^/\s]+(/verify-email/[A-Za-z0-9_-]+)")
NEWCOMER = {"email": "new.doctor@example.org", "username": "newdoc", "password": PASSWORD,
            "display_name": "Dr New", "credentials": "MD", "time_zone": "UTC",
            "language": "en"}


def _register(client):
    response = post_form(client, "/register", NEWCOMER)
    assert response.status_code == 303, response.get_data(as_text=True)[:500]
    return response


def _link(message) -> str:
    match = LINK.search(message.get_body(("plain",)).get_content())
    assert match
    return match.group(1)


def _start_topic(client, title="A first question"):
    return post_form(client, "/b/cardiology/new", {"title": title,
                                                   "raw": "What would you do next here?"})


def test_registering_mails_a_link_and_posting_waits_for_it(app, client, session):
    clear_sent(app)
    _register(client)
    [message] = sent_messages(app)
    assert message["To"].addresses[0].addr_spec == NEWCOMER["email"]
    assert message["Subject"] == "Confirm your email address"
    member = session.scalar(select(User).where(User.email == NEWCOMER["email"]))
    assert member.email_verified_at is None

    # Reading works; every page says why posting does not, with the way to resend.
    board = client.get("/b/cardiology")
    assert board.status_code == 200
    assert "Confirm your email address to post" in board.get_data(as_text=True)
    assert 'href="/account/verify-email"' in board.get_data(as_text=True)
    refused = _start_topic(client)
    assert refused.status_code == 403
    assert "Confirm your email address" in refused.get_data(as_text=True)

    followed = client.get(_link(message))
    assert followed.status_code == 303
    session.rollback()  # a new transaction sees the request's commit
    assert session.get(User, member.id).email_verified_at is not None
    assert "Confirm your email address to post" not in client.get("/").get_data(as_text=True)
    assert _start_topic(client).status_code == 303
    # Following it again (a mail scanner did first) still says it is confirmed.
    assert client.get(_link(message)).status_code == 303


def test_unverified_members_cannot_reply_write_up_or_use_the_api(app, client, make_user,
                                                                   api_topic):
    member = make_user(email_verified=False)
    token = client.post(f"{PREFIX}/auth/token", json={"email": member.email,
                                                      "password": PASSWORD}).get_json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    topic = client.post(f"{PREFIX}/boards/cardiology/topics", headers=auth,
                        json={"title": "A question about troponin", "raw": "Some text here please."})
    assert topic.status_code == 403
    assert "Confirm your email address" in topic.get_json()["detail"]
    reply = client.post(f"{PREFIX}/topics/{api_topic}/posts", headers=auth,
                        json={"raw": "A reply to it, thanks."})
    assert reply.status_code == 403
    case = client.post(f"{PREFIX}/boards/cardiology/cases", headers=auth, json={})
    assert case.status_code == 403 and "Confirm your email" in case.get_json()["detail"]
    # Reading is fine.
    assert client.get(f"{PREFIX}/topics/{api_topic}", headers=auth).status_code == 200


@pytest.fixture
def api_topic(make_user, client) -> int:
    author = make_user()
    token = client.post(f"{PREFIX}/auth/token", json={"email": author.email,
                                                      "password": PASSWORD}).get_json()["token"]
    response = client.post(f"{PREFIX}/boards/cardiology/topics",
                           headers={"Authorization": f"Bearer {token}"},
                           json={"title": "An open question", "raw": "What do you think?"})
    assert response.status_code == 201, response.get_data(as_text=True)
    return response.get_json()["id"]


def test_resend_sends_a_new_link_and_is_rate_limited(app, client, session):
    clear_sent(app)
    _register(client)
    page = client.get("/account/verify-email")
    assert page.status_code == 200 and "not confirmed yet" in page.get_data(as_text=True)
    for _ in range(5):
        assert post_form(client, "/account/verify-email").status_code == 303
    limited = post_form(client, "/account/verify-email")
    assert limited.status_code == 429 and limited.headers["Retry-After"]
    messages = sent_messages(app)
    assert len(messages) == 6  # registration's and five more
    # Any of them works (each once); the newest here.
    assert client.get(_link(messages[-1])).status_code == 303
    assert post_form(client, "/account/verify-email").status_code == 303
    assert len(sent_messages(app)) == 6  # confirmed: nothing more is sent
    assert "is confirmed" in client.get("/account/verify-email").get_data(as_text=True)


def test_resend_and_confirm_through_the_api(app, client):
    clear_sent(app)
    api = app.test_client()
    created = api.post(f"{PREFIX}/auth/register", json=NEWCOMER)
    assert created.status_code == 201
    token = api.post(f"{PREFIX}/auth/token", json={"email": NEWCOMER["email"],
                                                   "password": PASSWORD}).get_json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    again = api.post(f"{PREFIX}/me/email-verification", headers=auth)
    assert again.status_code == 202
    _registration, second = sent_messages(app)
    link_token = _link(second).rsplit("/", 1)[1]
    assert api.post(f"{PREFIX}/email-verification/confirm",
                    json={"token": "x" * 43}).status_code == 422
    assert api.post(f"{PREFIX}/email-verification/confirm",
                    json={"token": link_token}).status_code == 204
    posted = api.post(f"{PREFIX}/boards/cardiology/topics", headers=auth,
                      json={"title": "Now I may ask my question", "raw": "A question for all of you."})
    assert posted.status_code == 201
    done = api.post(f"{PREFIX}/me/email-verification", headers=auth)
    assert done.status_code == 202 and "already" in done.get_json()["detail"]


def test_the_requirement_can_be_turned_off(app, app_config, tmp_path):
    """(`app` for its clean-up: the tables are emptied after the test.)"""
    app = create_app({**app_config, "email_verification_required": False,
                      "instance_path": tmp_path / "instance"})
    app.test_client_class = FreshContextClient
    client = app.test_client()
    try:
        _register(client)
        assert "Confirm your email address to post" not in client.get("/").get_data(
            as_text=True)
        assert _start_topic(client).status_code == 303
    finally:
        with app.app_context():
            database.engine.dispose()


def test_operator_accounts_are_confirmed_and_get_no_mail(app):
    """The CLI and the demo register with email_verified=True."""
    clear_sent(app)
    with app.test_request_context():
        user = service.register(database.session, {**NEWCOMER, "email": "op@example.org",
                                                   "username": "operator1"},
                                email_verified=True)
        recovery.after_registration(database.session, user)
        assert user.email_verified_at is not None
        database.session.rollback()
    assert sent_messages(app) == []

"""Issue 13, change of address: confirmed by a link mailed to the NEW address, the OLD one
told (with what to do if it was not them); the address changes only when the link is
followed, stays unique, and a password reset voids a pending change."""
from __future__ import annotations

import re

from sqlalchemy import select

from community.platform.accounts.models import User
from tests.support.api import PREFIX
from tests.support.mail import clear_sent, sent_messages
from tests.support.web import PASSWORD, csrf_token, login, post_form

CONFIRM = re.compile(r"https?://[^/\s]+(/account/email/confirm/[A-Za-z0-9_-]+)")
RESET = re.compile(r"https?://[^/\s]+(/password-reset)\b")
NEW = "new.address@example.org"


def _text(message) -> str:
    return message.get_body(("plain",)).get_content()


def _ask(client, new=NEW, password=PASSWORD):
    return post_form(client, "/account/email", {"new_email": new, "email_password": password})


def _mails(app) -> tuple:
    by_to = {m["To"].addresses[0].addr_spec: m for m in sent_messages(app)}
    return by_to


def test_the_change_is_confirmed_at_the_new_address_and_told_to_the_old(app, client,
                                                                        make_user, session):
    clear_sent(app)
    member = make_user()
    login(client, member)
    asked = _ask(client)
    assert asked.status_code == 303
    mails = _mails(app)
    assert set(mails) == {NEW, member.email}
    confirm, notice = mails[NEW], mails[member.email]
    assert "Confirm your new email address" in confirm["Subject"]
    assert "about to change" in notice["Subject"]
    assert NEW in _text(notice) and "If it wasn't you" in _text(notice)
    assert RESET.search(_text(notice))
    assert notice.get_body(("html",)) is not None
    # Nothing changed yet: the old address still signs in.
    session.rollback()
    assert session.get(User, member.id).email == member.email
    path = CONFIRM.search(_text(confirm)).group(1)
    # The link works from any browser (the token is the proof), once.
    elsewhere = app.test_client()
    followed = elsewhere.get(path)
    assert followed.status_code == 303
    session.rollback()
    changed = session.get(User, member.id)
    assert changed.email == NEW and changed.email_verified_at is not None
    assert elsewhere.get(path).status_code == 404
    fresh = app.test_client()
    refused = fresh.post("/login", data={"email": member.email, "password": PASSWORD,
                                         "csrf_token": csrf_token(fresh)})
    assert refused.status_code == 422
    changed.email = NEW
    login(fresh, changed)


def test_the_request_needs_the_password_and_a_free_address(app, client, make_user):
    clear_sent(app)
    member, other = make_user(), make_user()
    login(client, member)
    wrong = _ask(client, password="not my password")
    assert wrong.status_code == 422 and 'id="e-email_password"' in wrong.get_data(as_text=True)
    taken = _ask(client, new=other.email)
    assert taken.status_code == 422 and "already exists" in taken.get_data(as_text=True)
    same = _ask(client, new=member.email)
    assert same.status_code == 422
    bad = _ask(client, new="not an address")
    assert bad.status_code == 422
    assert sent_messages(app) == []


def test_uniqueness_holds_at_confirmation(app, client, make_user, session):
    """Someone registered the address between the request and the confirmation."""
    clear_sent(app)
    member = make_user()
    login(client, member)
    _ask(client)
    path = CONFIRM.search(_text(_mails(app)[NEW])).group(1)
    make_user(username="new.address")  # new.address@example.org
    refused = client.get(path)
    assert refused.status_code == 422
    assert "Another account uses this address" in refused.get_data(as_text=True)
    session.rollback()
    assert session.get(User, member.id).email == member.email


def test_a_password_reset_voids_a_pending_change(app, client, make_user, session):
    clear_sent(app)
    member = make_user()
    login(client, member)
    _ask(client)
    path = CONFIRM.search(_text(_mails(app)[NEW])).group(1)
    owner = app.test_client()
    post_form(owner, "/password-reset", {"email": member.email})
    reset = re.search(r"(/password-reset/[A-Za-z0-9_-]+)", _text(sent_messages(app)[-1]))
    assert post_form(owner, reset.group(1), {"new_password": "the owner's new one"}
                     ).status_code == 303
    assert app.test_client().get(path).status_code == 404
    session.rollback()
    assert session.get(User, member.id).email == member.email


def test_the_api_changes_the_address_with_the_mailed_token(app, make_user, session):
    clear_sent(app)
    member = make_user()
    api = app.test_client()
    token = api.post(f"{PREFIX}/auth/token", json={"email": member.email,
                                                   "password": PASSWORD}).get_json()["token"]
    auth = {"Authorization": f"Bearer {token}"}
    wrong = api.post(f"{PREFIX}/me/email", headers=auth,
                     json={"new_email": NEW, "password": "not it at all"})
    assert wrong.status_code == 422 and "password" in wrong.get_json()["errors"]
    assert api.post(f"{PREFIX}/me/email", json={"new_email": NEW, "password": PASSWORD}
                    ).status_code == 401
    asked = api.post(f"{PREFIX}/me/email", headers=auth,
                     json={"new_email": NEW, "password": PASSWORD})
    assert asked.status_code == 202
    link = CONFIRM.search(_text(_mails(app)[NEW])).group(1).rsplit("/", 1)[1]
    assert api.post(f"{PREFIX}/email-change/confirm", json={"token": link}).status_code == 204
    assert api.post(f"{PREFIX}/email-change/confirm", json={"token": link}).status_code == 422
    assert api.get(f"{PREFIX}/me", headers=auth).get_json()["email"] == NEW
    session.rollback()
    assert session.scalar(select(User.email).where(User.id == member.id)) == NEW

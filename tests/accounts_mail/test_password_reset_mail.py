"""Issue 13, "Forgot password": a single-use, time-limited link by mail, the same answer
whether or not an account uses the address, rate-limited, and every session and API token
ended by the reset — through the pages and the API, following the mailed link."""
from __future__ import annotations

import re
from datetime import timedelta

import pyotp
from sqlalchemy import select, update

from community.platform.accounts.models import (
    AccountToken,
    ApiToken,
    LoginAttempt,
    User,
    UserSession,
)
from community.platform.db import utcnow
from tests.support.api import PREFIX
from tests.support.mail import clear_sent, sent_messages
from tests.support.web import PASSWORD, csrf_token, login, post_form

NEW_PASSWORD = "a brand new passphrase"
LINK = re.compile(r"https?://[^/\s]+(/password-reset/[A-Za-z0-9_-]+)")


def _ask(client, email: str, environ: dict | None = None):
    return client.post("/password-reset", data={"email": email, "csrf_token": csrf_token(client)},
                       environ_base=environ or {})


def _link(message) -> str:
    """The path of the reset link in a mail's text part."""
    text = message.get_body(("plain",)).get_content()
    match = LINK.search(text)
    assert match, text
    return match.group(1)


def _reset(client, path: str, password: str = NEW_PASSWORD):
    return client.post(path, data={"new_password": password, "csrf_token": csrf_token(client)})


def _signed_in(client) -> bool:
    return client.get("/account").status_code == 200


def test_the_sign_in_page_links_to_forgot_password(client):
    page = client.get("/login").get_data(as_text=True)
    assert 'href="/password-reset"' in page
    assert client.get("/password-reset").status_code == 200


def test_the_link_resets_the_password_and_ends_every_session_and_token(
        app, client, make_user, session, token_for):
    clear_sent(app)
    member = make_user()
    token = token_for(member)
    login(client, member)
    other_browser = app.test_client()
    login(other_browser, member)
    assert _signed_in(client) and _signed_in(other_browser)
    old_cookie = client.get_cookie("rounds_session").value

    stranger = app.test_client()
    answer = _ask(stranger, member.email)
    assert answer.status_code == 200
    assert "If an account uses that address" in answer.get_data(as_text=True)
    [message] = sent_messages(app)
    assert message["To"].addresses[0].addr_spec == member.email
    assert message["Subject"] == "Choose a new Rounds password"
    assert message.get_body(("html",)) is not None
    path = _link(message)
    # Only the token's hash is stored.
    stored = session.scalar(select(AccountToken).where(AccountToken.user_id == member.id))
    assert stored.token_hash != path.rsplit("/", 1)[1] and stored.used_at is None

    form = stranger.get(path)
    assert form.status_code == 200 and form.headers["Referrer-Policy"] == "no-referrer"
    # The registration's password rules.
    short = _reset(stranger, path, "short")
    assert short.status_code == 422
    same_as_email = _reset(stranger, path, member.email)
    assert same_as_email.status_code == 422
    done = _reset(stranger, path)
    assert done.status_code == 303 and done.headers["Location"].endswith("/login")

    # Every session ended (an old session cookie no longer works), every token revoked.
    assert not _signed_in(client) and not _signed_in(other_browser)
    replay = app.test_client()
    replay.set_cookie("rounds_session", old_cookie)
    assert not _signed_in(replay)
    session.rollback()  # a new transaction sees the request's commit
    assert all(row.revoked_at is not None for row in session.scalars(
        select(UserSession).where(UserSession.user_id == member.id)))
    assert session.scalar(select(ApiToken).where(ApiToken.user_id == member.id)).revoked_at
    assert client.get(f"{PREFIX}/me", headers={"Authorization": f"Bearer {token}"}
                      ).status_code == 401
    # The old password is gone, the new one signs in.
    refused = stranger.post("/login", data={"email": member.email, "password": PASSWORD,
                                            "csrf_token": csrf_token(stranger)})
    assert refused.status_code == 422
    login(stranger, member, NEW_PASSWORD)
    assert _signed_in(stranger)


def test_a_used_link_is_refused(app, client, make_user):
    clear_sent(app)
    member = make_user()
    _ask(client, member.email)
    path = _link(sent_messages(app)[0])
    assert _reset(client, path).status_code == 303
    assert client.get(path).status_code == 404
    again = _reset(client, path, "yet another passphrase")
    assert again.status_code == 404 and "does not work any more" in again.get_data(as_text=True)
    login(client, member, NEW_PASSWORD)  # the second use changed nothing


def test_an_expired_link_is_refused(app, client, make_user, session):
    clear_sent(app)
    member = make_user()
    _ask(client, member.email)
    path = _link(sent_messages(app)[0])
    session.execute(update(AccountToken).values(expires_at=utcnow() - timedelta(seconds=1)))
    session.commit()
    assert client.get(path).status_code == 404
    assert _reset(client, path).status_code == 404
    login(client, member)  # the password did not change


def test_forged_and_altered_links_are_refused(app, client, make_user):
    clear_sent(app)
    member = make_user()
    _ask(client, member.email)
    path = _link(sent_messages(app)[0])
    altered = path[:-2] + ("AA" if not path.endswith("AA") else "BB")
    for forged in (altered, "/password-reset/" + "x" * 43, "/password-reset/short"):
        assert client.get(forged).status_code == 404
        assert _reset(client, forged).status_code == 404
    login(client, member)


def test_a_newer_password_voids_older_links(app, client, make_user):
    """Two links asked for: the first used, the second no longer works (the password
    changed after it was sent)."""
    clear_sent(app)
    member = make_user()
    _ask(client, member.email)
    _ask(client, member.email)
    first, second = (_link(m) for m in sent_messages(app))
    assert first != second
    assert _reset(client, first).status_code == 303
    assert _reset(client, second, "a third passphrase!").status_code == 404


def test_the_same_answer_whether_or_not_the_address_has_an_account(app, client, make_user):
    clear_sent(app)
    member = make_user()
    known = _ask(client, member.email)
    unknown = _ask(client, "nobody-here@example.org")
    assert known.status_code == unknown.status_code == 200

    def body(response):
        return re.sub(r'name="csrf-token" content="[^"]+"', "", response.get_data(as_text=True))

    assert body(known) == body(unknown)
    assert len(sent_messages(app)) == 1  # only the real account got mail
    # The API alike.
    answers = [client.post(f"{PREFIX}/password-reset", json={"email": email})
               for email in (member.email, "nobody-here@example.org")]
    assert [a.status_code for a in answers] == [202, 202]
    assert answers[0].get_json() == answers[1].get_json()


def test_requests_are_rate_limited_by_address_asked_for_and_by_client(app, client, make_user):
    clear_sent(app)
    member = make_user()
    for _ in range(5):
        assert _ask(client, member.email).status_code == 200
    limited = _ask(client, member.email)
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) > 0
    # The same for an address with no account (the limit tells nothing either).
    for _ in range(5):
        _ask(client, "ghost@example.org", {"REMOTE_ADDR": "198.51.100.1"})
    assert _ask(client, "ghost@example.org", {"REMOTE_ADDR": "198.51.100.2"}).status_code == 429
    # By client address: 30 an hour, whatever the addresses asked for.
    crowd = {"REMOTE_ADDR": "203.0.113.50"}
    answers = [_ask(client, f"someone{i}@example.org", crowd).status_code for i in range(31)]
    assert answers[:30] == [200] * 30 and answers[30] == 429
    api = client.post(f"{PREFIX}/password-reset", json={"email": member.email})
    assert api.status_code == 429 and api.headers["Retry-After"]
    assert len(sent_messages(app)) == 5


def test_a_reset_keeps_two_factor_and_confirms_the_address(app, client, make_user, session):
    """After the reset the member signs in with the new password and, when two-factor
    sign-in is on, still a code; the link reached the address, so it counts as confirmed."""
    clear_sent(app)
    member = make_user(email_verified=False)
    login(client, member)
    page = client.get("/account/two-factor").get_data(as_text=True)
    secret = re.search(r'id="two-factor-secret">([A-Z2-7]+)<', page).group(1)
    enrolled = post_form(client, "/account/two-factor", {"code": pyotp.TOTP(secret).now()})
    assert enrolled.status_code == 201
    browser = app.test_client()
    _ask(browser, member.email)
    assert _reset(browser, _link(sent_messages(app)[-1])).status_code == 303
    assert session.get(User, member.id).email_verified_at is not None
    step = browser.post("/login", data={"email": member.email, "password": NEW_PASSWORD,
                                        "csrf_token": csrf_token(browser)})
    assert step.status_code == 303 and step.headers["Location"].endswith("/login/two-factor")
    assert not _signed_in(browser)  # the password alone is not enough


def test_the_api_resets_with_the_token(app, client, make_user, session):
    clear_sent(app)
    member = make_user()
    api = app.test_client()
    assert api.post(f"{PREFIX}/password-reset", json={"email": member.email}).status_code == 202
    token = _link(sent_messages(app)[0]).rsplit("/", 1)[1]
    bad = api.post(f"{PREFIX}/password-reset/confirm",
                   json={"token": token, "new_password": "short"})
    assert bad.status_code == 422 and "new_password" in bad.get_json()["errors"]
    forged = api.post(f"{PREFIX}/password-reset/confirm",
                      json={"token": "f" * 43, "new_password": NEW_PASSWORD})
    assert forged.status_code == 422 and "token" in forged.get_json()["errors"]
    assert api.post(f"{PREFIX}/password-reset/confirm",
                    json={"token": token, "new_password": NEW_PASSWORD}).status_code == 204
    reused = api.post(f"{PREFIX}/password-reset/confirm",
                      json={"token": token, "new_password": "another passphrase"})
    assert reused.status_code == 422
    issued = api.post(f"{PREFIX}/auth/token", json={"email": member.email,
                                                    "password": NEW_PASSWORD})
    assert issued.status_code == 201


def test_a_reset_link_gets_the_owner_past_the_throttle(app, make_user, session):
    """Someone failed many times on the owner's account from the owner's own network (one
    hospital address): the owner resets from there and signs in at once (issue 16)."""
    clear_sent(app)
    member = make_user()
    shared = {"REMOTE_ADDR": "192.0.2.10"}
    for n in range(30):
        session.add(LoginAttempt(email=member.email, ip_address=shared["REMOTE_ADDR"],
                                 succeeded=False, attempted_at=utcnow() - timedelta(seconds=n)))
    session.commit()
    browser = app.test_client()

    def sign_in(password):
        return browser.post("/login", data={"email": member.email, "password": password,
                                            "csrf_token": csrf_token(browser)},
                            environ_base=shared)

    assert sign_in(PASSWORD).status_code == 429
    _ask(browser, member.email, shared)
    assert browser.post(_link(sent_messages(app)[-1]),
                        data={"new_password": NEW_PASSWORD, "csrf_token": csrf_token(browser)},
                        environ_base=shared).status_code == 303
    # Another browser on that address is still slowed (the attacker's failures count)...
    other = app.test_client()
    assert other.post("/login", data={"email": member.email, "password": NEW_PASSWORD,
                                      "csrf_token": csrf_token(other)},
                      environ_base=shared).status_code == 429
    # ...the one that followed the link is not.
    assert sign_in(NEW_PASSWORD).status_code == 303

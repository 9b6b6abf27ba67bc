"""Issue 16, through the pages: sessions that end on the server, rotation at sign-in, the
account page's list of sessions, the sign-in throttle that slows the attacker and not the
owner, and rate limits answering 429 with Retry-After."""
from __future__ import annotations

import logging
import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from community.app import create_app
from community.platform.accounts.models import ApiToken, LoginAttempt, UserSession
from community.platform.config import Settings, SettingsError
from community.platform.db import utcnow
from tests.support.web import PASSWORD, FreshContextClient, csrf_token, login, post_form

ATTACKER = {"REMOTE_ADDR": "203.0.113.7"}
OWNER = {"REMOTE_ADDR": "198.51.100.9"}


def _app(app_config, **settings):
    app = create_app({**app_config, **settings})
    app.test_client_class = FreshContextClient
    return app


def _cookie(client, name: str) -> str | None:
    cookie = client.get_cookie(name)
    return cookie.value if cookie is not None else None


def _copy_cookie(source, target, name: str = "rounds_session") -> None:
    target.set_cookie(name, _cookie(source, name))


def _sign_in(client, user, *, remember=False, environ=None):
    data = {"email": user.email, "password": PASSWORD, "csrf_token": csrf_token(client)}
    if remember:
        data["remember"] = "on"
    return client.post("/login", data=data, environ_base=environ or {})


# ---------------------------------------------------------------- server-side sessions


def test_a_copied_session_cookie_is_refused_after_sign_out(app, client, make_user, session):
    member = make_user()
    login(client, member)
    thief = app.test_client()
    _copy_cookie(client, thief)
    assert thief.get("/account").status_code == 200  # a copy works while the session lives
    assert post_form(client, "/logout").status_code == 303
    assert client.get("/account").status_code == 302
    assert thief.get("/account").status_code == 302  # ...and not once it is ended
    row = session.scalar(select(UserSession).where(UserSession.user_id == member.id))
    assert row.revoked_at is not None
    # The cookie carries the token, never the row's id (its SHA-256) nor the member's id.
    with thief.session_transaction() as cookie_session:
        assert cookie_session["_user_id"] != row.id and ":" not in cookie_session["_user_id"]


def test_remember_me_lasts_30_days_and_ends_with_the_session(app, client, make_user, session):
    member = make_user()
    response = _sign_in(client, member, remember=True)
    assert response.status_code == 303
    remember = next(c for c in response.headers.getlist("Set-Cookie")
                    if c.startswith("rounds_remember="))
    assert "HttpOnly" in remember
    row = session.scalar(select(UserSession).where(UserSession.user_id == member.id))
    assert row.remember and timedelta(days=29) < row.expires_at - utcnow() <= timedelta(days=30)
    # The remember cookie alone (the browser restarted) signs in — while the session lives.
    restarted = app.test_client()
    _copy_cookie(client, restarted, "rounds_remember")
    assert restarted.get("/account").status_code == 200
    post_form(client, "/logout")
    stale = app.test_client()
    stale.set_cookie("rounds_remember", remember.split(";")[0].split("=", 1)[1])
    assert stale.get("/account").status_code == 302


def test_an_expired_session_is_refused(app, client, make_user, session):
    member = make_user()
    login(client, member)
    row = session.scalar(select(UserSession).where(UserSession.user_id == member.id))
    row.expires_at = utcnow() - timedelta(seconds=1)
    session.commit()
    assert client.get("/account").status_code == 302


def test_sign_in_rotates_the_session_and_the_csrf_token(app, client, make_user, session):
    member = make_user()
    before = csrf_token(client)
    login(client, member)
    after = csrf_token(client)
    assert after != before
    with client.session_transaction() as cookie_session:
        first = cookie_session["_user_id"]
    # Signing in again in the same browser: a new session, the old one ended.
    login(client, member)
    with client.session_transaction() as cookie_session:
        second = cookie_session["_user_id"]
    assert second != first and csrf_token(client) != after
    rows = session.scalars(select(UserSession).where(UserSession.user_id == member.id)).all()
    assert len(rows) == 2 and sum(r.revoked_at is None for r in rows) == 1
    # A cookie planted before the sign-in (session fixation) is worth nothing after it.
    planted = app.test_client()
    csrf_token(planted)
    _copy_cookie(planted, client)
    login(client, member)
    assert planted.get("/account").status_code == 302


def test_the_account_page_lists_sessions_and_ends_one_or_all_others(app, make_user, session):
    member = make_user()
    laptop, phone, tablet = app.test_client(), app.test_client(), app.test_client()
    _sign_in(laptop, member, environ={**OWNER, "HTTP_USER_AGENT":
                                      "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0"})
    _sign_in(phone, member, environ={"REMOTE_ADDR": "192.0.2.44", "HTTP_USER_AGENT":
                                     "Mozilla/5.0 (iPhone) Safari/604.1"})
    _sign_in(tablet, member)
    page = laptop.get("/account").get_data(as_text=True)
    assert page.count("Signed in on") == 3
    assert "Firefox on Linux" in page and "Safari on iPhone" in page
    assert "from 192.0.2.0/24" in page and "192.0.2.44" not in page  # a coarse address
    assert "this device" in page and "Sign out everywhere else" in page
    phone_row = session.scalar(select(UserSession).where(
        UserSession.user_id == member.id, UserSession.address == "192.0.2.0/24"))
    # Ending one session needs the form's CSRF token.
    assert laptop.post(f"/account/sessions/{phone_row.id}/end").status_code == 400
    assert post_form(laptop, f"/account/sessions/{phone_row.id}/end").status_code == 303
    assert phone.get("/account").status_code == 302
    assert tablet.get("/account").status_code == 200
    # Someone else's session is not found.
    intruder = app.test_client()
    login(intruder, make_user())
    laptop_row = session.scalar(select(UserSession).where(
        UserSession.user_id == member.id, UserSession.address == "198.51.100.0/24"))
    assert post_form(intruder, f"/account/sessions/{laptop_row.id}/end").status_code == 404
    assert post_form(laptop, "/account/sessions/end-others").status_code == 303
    assert tablet.get("/account").status_code == 302
    assert laptop.get("/account").status_code == 200


def test_a_password_change_ends_other_sessions_and_revokes_tokens(app, client, make_user,
                                                                  token_for, session):
    member = make_user()
    token = token_for(member)
    login(client, member)
    other = app.test_client()
    login(other, member)
    auth = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/me", headers=auth).status_code == 200
    response = post_form(client, "/account/password", {"current_password": PASSWORD,
                                                       "new_password": "a brand new phrase"})
    assert response.status_code == 303
    assert client.get("/account").status_code == 200
    assert other.get("/account").status_code == 302
    assert client.get("/api/v1/me", headers=auth).status_code == 401
    assert session.scalar(select(ApiToken).where(ApiToken.user_id == member.id)).revoked_at


def test_a_suspension_ends_every_session(app, client, make_user, session):
    from moderation.trust.models import MemberStanding

    member = make_user()
    login(client, member)
    session.add(MemberStanding(user_id=member.id, suspended_until=utcnow() + timedelta(days=1),
                         suspension_reason="Spam"))
    session.commit()
    assert client.get("/account").status_code == 302


def test_tokens_made_on_the_page_expire(client, make_user, session):
    member = make_user()
    login(client, member)
    assert post_form(client, "/account/tokens", {"name": "a", "expires_in_days": "7"}
                     ).status_code == 201
    assert post_form(client, "/account/tokens", {"name": "b"}).status_code == 201
    assert post_form(client, "/account/tokens", {"name": "c", "expires_in_days": "0"}
                     ).status_code == 422
    tokens = {t.name: t for t in session.scalars(select(ApiToken))}
    assert timedelta(days=6) < tokens["a"].expires_at - utcnow() <= timedelta(days=7)
    assert timedelta(days=364) < tokens["b"].expires_at - utcnow() <= timedelta(days=365)
    assert "Expires" in client.get("/account").get_data(as_text=True)


# ---------------------------------------------------------------- sign-in throttling


def _fail(client, email: str, environ: dict):
    return client.post("/login", data={"email": email, "password": "not the password",
                                       "csrf_token": csrf_token(client)},
                       environ_base=environ)


def test_an_attacker_failing_50_times_does_not_lock_the_owner_out(app, make_user, session,
                                                                  caplog):
    owner = make_user()
    device = app.test_client()  # the owner's own browser: signed in before
    assert _sign_in(device, owner, environ=ATTACKER).status_code == 303
    post_form(device, "/logout", environ_base=ATTACKER)
    attacker = app.test_client()
    statuses = [_fail(attacker, owner.email, ATTACKER).status_code for _ in range(50)]
    # Five tries, then each waits 1, 2, 4 … s from the last failure: on a slow machine a
    # few more get through as the delays pass, never many.
    assert statuses[:5] == [422] * 5 and statuses.count(429) >= 40
    # A patient attacker's 50 failures in the window, as if spaced out over time.
    for n in range(50):
        session.add(LoginAttempt(email=owner.email, ip_address=ATTACKER["REMOTE_ADDR"],
                                 succeeded=False, attempted_at=utcnow() - timedelta(seconds=n)))
    session.commit()
    with caplog.at_level(logging.WARNING, logger="rounds.limits"):
        slowed = _sign_in(attacker, owner, environ=ATTACKER)
    assert slowed.status_code == 429 and int(slowed.headers["Retry-After"]) <= 300
    assert "Please wait" in slowed.get_data(as_text=True)
    assert any("sign-in throttled" in r.getMessage() and owner.email in r.getMessage()
               for r in caplog.records)
    # The owner, from another address: in at once.
    elsewhere = app.test_client()
    assert _sign_in(elsewhere, owner, environ=OWNER).status_code == 303
    # The owner's known device behind the attacker's address (one hospital NAT): in too.
    assert _sign_in(device, owner, environ=ATTACKER).status_code == 303
    assert device.get("/account", environ_base=ATTACKER).status_code == 200


def test_delays_grow_from_the_last_failure_and_are_capped(app, make_user, session):
    member = make_user()
    address = ATTACKER["REMOTE_ADDR"]

    def wait_after(failures: int) -> int:
        session.execute(LoginAttempt.__table__.delete())
        for n in range(failures):
            session.add(LoginAttempt(email=member.email, ip_address=address, succeeded=False,
                                     attempted_at=utcnow() - timedelta(milliseconds=n)))
        session.commit()
        # A browser that never signed in to this account (not a known device).
        response = _sign_in(app.test_client(), member, environ=ATTACKER)
        return int(response.headers.get("Retry-After", 0))

    assert wait_after(4) == 0  # the first failures are free (ROUNDS_LOGIN_MAX_FAILURES = 5)
    assert [wait_after(n) for n in (5, 6, 7, 8)] == [1, 2, 4, 8]
    assert wait_after(30) == 300  # ROUNDS_LOGIN_MAX_DELAY_SECONDS


def test_an_address_failing_on_many_accounts_is_slowed_but_known_devices_are_not(
        app_config, make_user):
    app = _app(app_config, login_address_failures=10)
    owner = make_user()
    device = app.test_client()
    assert _sign_in(device, owner, environ=ATTACKER).status_code == 303
    stuffing = app.test_client()
    for n in range(10):  # one try on each of ten accounts: credential stuffing
        assert _fail(stuffing, f"someone{n}@example.org", ATTACKER).status_code == 422
    assert _fail(stuffing, "someone-else@example.org", ATTACKER).status_code == 429
    assert _sign_in(app.test_client(), owner, environ=ATTACKER).status_code == 429
    assert _sign_in(device, owner, environ=ATTACKER).status_code == 303
    assert _sign_in(app.test_client(), owner, environ=OWNER).status_code == 303


def test_a_known_device_failing_on_its_own_is_slowed_like_any(app, make_user):
    owner = make_user()
    device = app.test_client()
    assert _sign_in(device, owner, environ=ATTACKER).status_code == 303
    for _ in range(5):
        assert _fail(device, owner.email, ATTACKER).status_code == 422
    assert _fail(device, owner.email, ATTACKER).status_code == 429


# ---------------------------------------------------------------- rate limits (pages)


def test_registration_is_rate_limited_with_the_form_again(app_config, database_url):
    app = _app(app_config, rate_limits="register=3/3600")
    client = app.test_client()

    def join(n: int):
        return post_form(client, "/register", {
            "email": f"new{n}@example.org", "username": f"newcomer{n}", "password": PASSWORD,
            "display_name": f"Dr New {n}", "credentials": "MD", "time_zone": "UTC",
            "language": "en"})

    for n in range(3):
        assert join(n).status_code == 303
        post_form(client, "/logout")
    limited = join(99)
    assert limited.status_code == 429
    assert 0 < int(limited.headers["Retry-After"]) <= 3600
    page = limited.get_data(as_text=True)
    assert "Too many new accounts" in page and 'value="newcomer99"' in page


def test_search_is_rate_limited_by_address_and_account(app_config, make_user):
    app = _app(app_config, rate_limits="search=3/60,search_address=6/60")
    member = make_user()
    client = app.test_client()
    login(client, member)
    for _ in range(3):
        assert client.get("/search?q=sepsis").status_code == 200
    limited = client.get("/search?q=sepsis")
    assert limited.status_code == 429 and 0 < int(limited.headers["Retry-After"]) <= 60
    assert "Too many searches" in limited.get_data(as_text=True)
    anonymous = app.test_client()  # same address (4 counted): 2 more, then it is limited
    assert [anonymous.get("/search?q=x").status_code for _ in range(2)] == [200, 200]
    assert anonymous.get("/search?q=x").status_code == 429
    assert app.test_client().get("/search?q=x", environ_base=OWNER).status_code == 200


def test_rate_limit_settings_are_checked():
    assert Settings.load({"rate_limits": "search=10/60,api_address=5/1"}).rate_limits == {
        "search": (10, 60), "api_address": (5, 1)}
    for bad in ("search=10", "posts=1/60", "search=1/0", "search=a/60"):
        with pytest.raises(SettingsError, match="rate_limits"):
            Settings.load({"rate_limits": bad})


@pytest.mark.parametrize("variable", ["ROUNDS_RATE_LIMITS"])
def test_rate_limits_come_from_the_environment(monkeypatch, variable):
    monkeypatch.setenv(variable, "token=2/60")
    assert Settings.load().rate_limits == {"token": (2, 60)}
    monkeypatch.setenv(variable, "token=two")
    with pytest.raises(SettingsError, match=re.escape(variable)):
        Settings.load()

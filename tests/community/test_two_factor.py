"""Two-factor sign-in through HTTP: enrolment with a QR code, the second sign-in step, wrong
codes refused and paused, recovery codes once each, roles that require it (moderators,
credit administrators), personal tokens issued with a code, turning it off."""
from __future__ import annotations

import re

import pyotp
import pytest
from sqlalchemy import select

from community.credit.models import CreditAdministrator
from community.platform.accounts import twofactor
from community.platform.accounts.models import RecoveryCode, TwoFactor
from community.platform.sockets import server
from tests.support.api import PREFIX, ApiClient
from tests.support.web import PASSWORD, csrf_token, login


@pytest.fixture
def app_config(app_config: dict) -> dict:
    return {**app_config, "two_factor_required": True}  # as in production


@pytest.fixture
def api(app) -> ApiClient:
    """The API from a client of its own (no browser session, so no CSRF token needed)."""
    return ApiClient(app, app.test_client())


def post_form(client, url: str, data: dict | None = None):
    """A form POST with the CSRF token of a page this member can open (a member who must
    enrol can open only the enrolment page)."""
    page = client.get("/")
    if page.status_code == 303:
        page = client.get("/account/two-factor")
    token = re.search(r'name="csrf-token" content="([^"]+)"', page.get_data(as_text=True))
    if token is None:  # between the password and the code: "/" is the signed-out page
        return client.post(url, data={"csrf_token": csrf_token(client), **(data or {})})
    return client.post(url, data={"csrf_token": token.group(1), **(data or {})})


def _secret(client) -> str:
    page = client.get("/account/two-factor")
    assert page.status_code == 200, page.get_data(as_text=True)[:300]
    match = re.search(r'id="two-factor-secret">([A-Z2-7]+)<', page.get_data(as_text=True))
    assert match
    return match.group(1)


def fresh_code(session, user, secret: str) -> str:
    """A code the server has not seen: codes are single-use per 30-second step, so forget
    the last step before asking for another within the same half-minute."""
    session.rollback()
    record = session.get(TwoFactor, user.id)
    record.last_step = None
    session.commit()
    return pyotp.TOTP(secret).now()


def enrol(client, session, user) -> tuple[str, list[str]]:
    """Enrol through the pages; returns the secret and the recovery codes."""
    secret = _secret(client)
    response = post_form(client, "/account/two-factor", {"code": pyotp.TOTP(secret).now()})
    assert response.status_code == 201, response.get_data(as_text=True)[:500]
    codes = re.findall(r"<li><code>([0-9a-f]{5}-[0-9a-f]{5})</code></li>",
                       response.get_data(as_text=True))
    assert len(codes) == 10
    return secret, codes


def password_step(client, user):
    response = client.post("/login", data={"email": user.email, "password": PASSWORD,
                                           "csrf_token": csrf_token(client)})
    assert response.status_code == 303, response.get_data(as_text=True)[:300]
    assert response.headers["Location"].endswith("/login/two-factor")
    return response


def signed_in(client) -> bool:
    return client.get("/account").status_code == 200


def test_enrol_shows_a_qr_code_and_stores_only_hashed_recovery_codes(client, session,
                                                                     make_user):
    member = make_user()
    login(client, member)
    page = client.get("/account/two-factor")
    html = page.get_data(as_text=True)
    assert '<img src="data:image/svg+xml' in html
    # The CSP lets the data: image show, and nothing inline runs.
    policy = page.headers["Content-Security-Policy"]
    assert "data:" in re.search(r"img-src [^;]+", policy).group(0)
    assert "'unsafe-inline'" not in policy
    secret = _secret(client)
    wrong = post_form(client, "/account/two-factor", {"code": "000000"})
    assert wrong.status_code == 422 and "not right" in wrong.get_data(as_text=True)
    assert not twofactor.is_enabled(session, member)
    response = post_form(client, "/account/two-factor", {"code": pyotp.TOTP(secret).now()})
    assert response.status_code == 201
    codes = re.findall(r"<li><code>([0-9a-f]{5}-[0-9a-f]{5})</code></li>",
                       response.get_data(as_text=True))
    assert len(set(codes)) == 10
    session.rollback()
    stored = session.scalars(select(RecoveryCode.code_hash)
                             .where(RecoveryCode.user_id == member.id)).all()
    assert len(stored) == 10 and not set(stored) & {c.replace("-", "") for c in codes}
    assert not any(code in " ".join(stored) for code in codes)
    # Shown once: the page no longer lists them.
    again = client.get("/account/two-factor").get_data(as_text=True)
    assert codes[0] not in again and "Recovery codes left: 10" in again


def test_sign_in_asks_for_the_code_and_refuses_a_wrong_one(client, session, make_user):
    member = make_user()
    login(client, member)
    secret, _ = enrol(client, session, member)
    post_form(client, "/logout")
    password_step(client, member)
    assert not signed_in(client)  # no session before the code
    wrong = post_form(client, "/login/two-factor", {"code": "123456"})
    assert wrong.status_code == 422 and not signed_in(client)
    code = fresh_code(session, member, secret)
    response = post_form(client, "/login/two-factor", {"code": code})
    assert response.status_code == 303
    assert signed_in(client)
    # The same code is not accepted twice (the very code used, not `now()`, which may
    # already be the next 30-second step's fresh code).
    post_form(client, "/logout")
    password_step(client, member)
    replay = post_form(client, "/login/two-factor", {"code": code})
    assert replay.status_code == 422 and not signed_in(client)
    # The second step alone, without the password first, leads back to sign-in.
    other = client.application.test_client()
    assert other.get("/login/two-factor").status_code == 303


def test_a_recovery_code_works_once(client, session, make_user):
    member = make_user()
    login(client, member)
    _, codes = enrol(client, session, member)
    post_form(client, "/logout")
    password_step(client, member)
    assert post_form(client, "/login/two-factor", {"code": codes[3].upper()}).status_code == 303
    assert signed_in(client)
    post_form(client, "/logout")
    password_step(client, member)
    again = post_form(client, "/login/two-factor", {"code": codes[3]})
    assert again.status_code == 422 and not signed_in(client)
    assert post_form(client, "/login/two-factor", {"code": codes[4]}).status_code == 303
    assert "Recovery codes left: 8" in client.get("/account/two-factor").get_data(as_text=True)


def test_wrong_codes_are_paused_after_five(client, session, make_user):
    member = make_user()
    login(client, member)
    secret, _ = enrol(client, session, member)
    post_form(client, "/logout")
    password_step(client, member)
    for _ in range(twofactor.MAX_FAILURES):
        assert post_form(client, "/login/two-factor", {"code": "999999"}).status_code == 422
    paused = post_form(client, "/login/two-factor", {"code": fresh_code(session, member,
                                                                        secret)})
    assert paused.status_code == 429 and int(paused.headers["Retry-After"]) > 0
    assert not signed_in(client)


def test_a_moderator_must_enrol_before_anything_else(client, session, make_user):
    moderator = make_user("moderator")
    login(client, moderator)
    for path in ("/", "/account", "/b/cardiology"):
        response = client.get(path)
        assert response.status_code == 303, path
        assert response.headers["Location"].endswith("/account/two-factor")
    assert client.get(f"{PREFIX}/me").status_code == 403
    # No token without it either.
    refused = client.post(f"{PREFIX}/auth/token",
                          json={"email": moderator.email, "password": PASSWORD})
    assert refused.status_code == 403
    secret, _ = enrol(client, session, moderator)
    assert client.get("/account").status_code == 200
    assert client.get(f"{PREFIX}/me").status_code == 200
    # Their role keeps it on: the page offers no way to turn it off.
    page = client.get("/account/two-factor").get_data(as_text=True)
    assert "Turn off" not in page
    refused = post_form(client, "/account/two-factor/disable",
                        {"password": PASSWORD, "code": fresh_code(session, moderator, secret)})
    assert refused.status_code == 403
    assert twofactor.is_enabled(session, moderator)


def test_the_live_sockets_refuse_a_moderator_until_enrolled(app, client, session, make_user):
    moderator = make_user("moderator")
    login(client, moderator)
    refused = server(app).test_client(app, namespace="/live", flask_test_client=client)
    assert not refused.is_connected("/live")
    enrol(client, session, moderator)
    welcomed = server(app).test_client(app, namespace="/live", flask_test_client=client)
    assert welcomed.is_connected("/live")
    welcomed.disconnect("/live")


def test_a_privileged_member_can_still_sign_out(client, make_user):
    editor = make_user("editor")
    login(client, editor)
    assert client.get("/").status_code == 303
    response = post_form(client, "/logout")
    assert response.status_code in (302, 303)
    assert client.get("/").status_code == 200  # signed out: the boards are open to read


def test_credit_administrators_must_enrol_too(client, session, make_user):
    member = make_user()
    login(client, member)
    assert client.get("/account").status_code == 200  # a member may go without
    session.add(CreditAdministrator(user_id=member.id))
    session.commit()
    response = client.get("/account")
    assert response.status_code == 303
    assert response.headers["Location"].endswith("/account/two-factor")


def test_a_token_for_a_two_factor_account_needs_the_code(client, api, session, make_user):
    member = make_user()
    login(client, member)
    secret, codes = enrol(client, session, member)
    url = f"{PREFIX}/auth/token"
    base = {"email": member.email, "password": PASSWORD}
    missing = api.post(url, json=base, expect=422).get_json()
    assert "code" in missing["errors"]
    api.post(url, json={**base, "code": "000000"}, expect=422)
    issued = api.post(url, json={**base, "code": fresh_code(session, member, secret)},
                      expect=201).get_json()
    # The token is not asked for codes afterwards.
    api.get(f"{PREFIX}/me", token=issued["token"], expect=200)
    api.post(url, json={**base, "code": codes[0], "name": "laptop"}, expect=201)


def test_turning_it_off_needs_the_password_and_a_code(client, session, make_user):
    member = make_user()
    login(client, member)
    secret, _ = enrol(client, session, member)
    wrong_password = post_form(client, "/account/two-factor/disable",
                               {"password": "not the password",
                                "code": fresh_code(session, member, secret)})
    assert wrong_password.status_code == 422
    no_code = post_form(client, "/account/two-factor/disable", {"password": PASSWORD})
    assert no_code.status_code == 422
    assert twofactor.is_enabled(session, member)
    response = post_form(client, "/account/two-factor/disable",
                         {"password": PASSWORD, "code": fresh_code(session, member, secret)})
    assert response.status_code == 303
    session.rollback()
    assert not twofactor.is_enabled(session, member)
    assert session.scalar(select(RecoveryCode.id).where(RecoveryCode.user_id == member.id)) \
        is None
    post_form(client, "/logout")
    login(client, member)  # the password alone again
    assert signed_in(client)

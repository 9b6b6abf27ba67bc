"""Issue 16, through the API (every answer checked against the OpenAPI document): sessions
listed and ended, tokens revoked at a password change and expiring, the owner never locked
out by someone else's failures, and 429 with Retry-After for each rate limit."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from community.app import create_app
from community.platform.accounts.models import ApiToken, LoginAttempt
from community.platform.db import utcnow
from tests.support.api import PREFIX, ApiClient, sign_in_with_cookie
from tests.support.web import PASSWORD, FreshContextClient

ATTACKER = {"REMOTE_ADDR": "203.0.113.7"}
OWNER = {"REMOTE_ADDR": "198.51.100.9"}


def _limited(app_config, rate_limits: str) -> ApiClient:
    app = create_app({**app_config, "rate_limits": rate_limits})
    app.test_client_class = FreshContextClient
    return ApiClient(app, app.test_client())


def _when(value: str) -> datetime:
    return datetime.fromisoformat(value)


def test_sessions_are_listed_and_ended_through_the_api(app, api, make_user, token_for):
    member = make_user()
    token, other = token_for(member), token_for(make_user())
    api.csrf = sign_in_with_cookie(app, api.client, member)
    phone = app.test_client()
    sign_in_with_cookie(app, phone, member)
    mine = api.get(f"{PREFIX}/me/sessions", expect=200).get_json()["items"]
    assert len(mine) == 2 and sum(item["current"] for item in mine) == 1
    api.validate(mine[0], "SignedInSession")
    # With a token no session is the current one.
    assert not any(i["current"] for i in api.get(f"{PREFIX}/me/sessions", token=token,
                                                 expect=200).get_json()["items"])
    phone_id = next(item["id"] for item in mine if not item["current"])
    api.delete(f"{PREFIX}/me/sessions/{phone_id}", token=token, expect=204)
    assert phone.get("/account").status_code == 302
    api.delete(f"{PREFIX}/me/sessions/{phone_id}", token=token, expect=404)
    api.delete(f"{PREFIX}/me/sessions/{'0' * 64}", token=token, expect=404)
    mine_now = api.get(f"{PREFIX}/me/sessions", expect=200).get_json()["items"]
    api.delete(f"{PREFIX}/me/sessions/{mine_now[0]['id']}", token=other, expect=404)
    # Ending every other session keeps the one asking.
    laptop = app.test_client()
    sign_in_with_cookie(app, laptop, member)
    api.delete(f"{PREFIX}/me/sessions", expect=204)
    assert laptop.get("/account").status_code == 302
    assert len(api.get(f"{PREFIX}/me/sessions", expect=200).get_json()["items"]) == 1


def test_a_password_change_revokes_every_token_and_session(app, api, make_user, token_for):
    member = make_user()
    first, second = token_for(member), token_for(member)
    browser = app.test_client()
    sign_in_with_cookie(app, browser, member)
    api.post(f"{PREFIX}/me/password", token=first, expect=204,
             json={"current_password": PASSWORD, "new_password": "another long phrase"})
    api.get(f"{PREFIX}/me", token=first, expect=401)
    api.get(f"{PREFIX}/me", token=second, expect=401)
    assert browser.get("/account").status_code == 302
    listed = api.get(f"{PREFIX}/auth/tokens", token=token_for(member, "another long phrase"),
                     expect=200).get_json()["items"]
    assert sum(t["revoked_at"] is not None for t in listed) == 2


def test_tokens_expire_a_year_by_default_or_when_asked(api, make_user, session):
    member = make_user()
    url = f"{PREFIX}/auth/token"
    default = api.post(url, json={"email": member.email, "password": PASSWORD},
                       expect=201).get_json()
    week = api.post(url, json={"email": member.email, "password": PASSWORD,
                               "expires_in_days": 7}, expect=201).get_json()
    api.post(url, json={"email": member.email, "password": PASSWORD, "expires_in_days": 0},
             expect=422)
    now = utcnow()
    assert timedelta(days=364) < _when(default["expires_at"]) - now <= timedelta(days=365)
    assert timedelta(days=6) < _when(week["expires_at"]) - now <= timedelta(days=7)
    api.get(f"{PREFIX}/me", token=week["token"], expect=200)
    listed = api.get(f"{PREFIX}/auth/tokens", token=week["token"], expect=200).get_json()
    used = next(t for t in listed["items"] if t["id"] == week["id"])
    assert used["last_used_at"] is not None and used["expires_at"] is not None
    stored = session.get(ApiToken, week["id"])
    stored.expires_at = utcnow() - timedelta(seconds=1)
    session.commit()
    api.get(f"{PREFIX}/me", token=week["token"], expect=401)
    api.get(f"{PREFIX}/me", token=default["token"], expect=200)


def test_the_owner_gets_a_token_while_an_attacker_fails_on_their_email(api, make_user,
                                                                        session):
    owner = make_user()
    url = f"{PREFIX}/auth/token"
    statuses = [api.post(url, json={"email": owner.email, "password": "wrong password"},
                         environ_base=ATTACKER).status_code for _ in range(50)]
    # Five tries, then each waits 1, 2, 4 … s from the last failure: on a slow machine a
    # few more get through as the delays pass, never many.
    assert statuses[:5] == [422] * 5 and statuses.count(429) >= 40
    assert session.scalar(select(LoginAttempt.id).where(
        LoginAttempt.ip_address == ATTACKER["REMOTE_ADDR"], LoginAttempt.succeeded)) is None
    slowed = api.post(url, json={"email": owner.email, "password": PASSWORD},
                      environ_base=ATTACKER, expect=429)
    assert int(slowed.headers["Retry-After"]) == slowed.get_json()["retry_after"]
    api.post(url, json={"email": owner.email, "password": PASSWORD}, environ_base=OWNER,
             expect=201)


# ---------------------------------------------------------------- rate limits


def test_registration_through_the_api_is_rate_limited(app_config):
    api = _limited(app_config, "register=2/3600")

    def join(n: int, expect: int):
        return api.post(f"{PREFIX}/auth/register", expect=expect, json={
            "email": f"api{n}@example.org", "username": f"apinew{n}", "password": PASSWORD,
            "display_name": f"Dr Api {n}"})

    join(1, 201)
    join(2, 201)
    limited = join(3, 429).get_json()
    assert limited["type"].endswith("/rate-limited") and 0 < limited["retry_after"] <= 3600


def test_token_issue_is_rate_limited_by_account_and_address(app_config, make_user):
    api = _limited(app_config, "token=2/3600,token_address=3/3600")
    member, other = make_user(), make_user()
    url = f"{PREFIX}/auth/token"
    for _ in range(2):
        api.post(url, json={"email": member.email, "password": PASSWORD}, expect=201)
    refused = api.post(url, json={"email": member.email, "password": PASSWORD}, expect=429)
    assert 0 < int(refused.headers["Retry-After"]) <= 3600
    # By address: a fourth request from here is refused, whatever the account.
    api.post(url, json={"email": other.email, "password": PASSWORD}, expect=429)
    api.post(url, json={"email": other.email, "password": PASSWORD}, environ_base=OWNER,
             expect=201)


def test_search_through_the_api_is_rate_limited(app_config, make_user):
    api = _limited(app_config, "search=2/60")
    for _ in range(2):
        api.get(f"{PREFIX}/search?q=sepsis", expect=200)
    limited = api.get(f"{PREFIX}/search?q=sepsis", expect=429)
    assert 0 < int(limited.headers["Retry-After"]) <= 60


def test_the_api_is_rate_limited_by_account_and_by_address(app_config, make_user):
    api = _limited(app_config, "api=4/60,api_address=10/60")
    member = make_user()
    token = api.post(f"{PREFIX}/auth/token", json={"email": member.email,
                                                   "password": PASSWORD},
                     expect=201, environ_base=OWNER).get_json()["token"]
    for _ in range(3):  # the token request counted once for the address OWNER, not the account
        api.get(f"{PREFIX}/me", token=token, expect=200, environ_base=ATTACKER)
    api.get(f"{PREFIX}/me", token=token, expect=200, environ_base=ATTACKER)
    by_account = api.get(f"{PREFIX}/me", token=token, expect=429, environ_base=OWNER)
    assert by_account.get_json()["status"] == 429
    assert 0 < int(by_account.headers["Retry-After"]) <= 60
    # By address: anonymous readers from ATTACKER (4 counted there) reach its limit of 10.
    statuses = [api.get(f"{PREFIX}/boards", environ_base=ATTACKER).status_code
                for _ in range(7)]
    assert statuses == [200] * 6 + [429]
    api.get(f"{PREFIX}/boards", expect=200, environ_base={"REMOTE_ADDR": "192.0.2.1"})

"""Accounts through the API: registration, tokens, profiles, verification, roles, CSRF."""
from __future__ import annotations

from sqlalchemy import func, select

from community.platform.accounts.models import ApiToken, LoginAttempt, User
from tests.support.api import PREFIX, sign_in_with_cookie
from tests.support.web import PASSWORD

NEW_MEMBER = {
    "email": "Ada@Example.org", "username": "ada.l", "password": "a long enough secret",
    "display_name": "Dr Ada L", "credentials": "MD", "specialty": "Cardiology",
    "country": "gb", "time_zone": "Europe/London", "language": "en",
}


def _users(session) -> int:
    session.rollback()  # a fresh snapshot: see what the requests committed
    return session.scalar(select(func.count()).select_from(User))


def test_register_then_sign_in_with_a_token(api, session):
    response = api.post(f"{PREFIX}/auth/register", json=NEW_MEMBER, expect=201)
    user = response.get_json()
    assert user["username"] == "ada.l" and user["email"] == "ada@example.org"
    assert user["country"] == "GB" and user["role"] == "member" and not user["verified"]
    assert response.headers["Location"].endswith("/api/v1/users/ada.l")
    issued = api.post(f"{PREFIX}/auth/token", expect=201, json={
        "email": "ada@example.org", "password": NEW_MEMBER["password"], "name": "phone"})
    token = issued.get_json()
    assert token["token"].startswith("rnd_") and token["name"] == "phone"
    assert token["prefix"] == token["token"][:10]
    me = api.get(f"{PREFIX}/me", token=token["token"], expect=200).get_json()
    assert me["username"] == "ada.l"
    # The token is stored hashed only.
    assert session.scalar(select(ApiToken.token_hash)) != token["token"]


def test_register_refuses_bad_input_and_creates_nothing(api, session, make_user):
    make_user(username="taken")
    before = _users(session)
    url = f"{PREFIX}/auth/register"
    missing = api.post(url, json={}, expect=422).get_json()
    assert {"email", "username", "password", "display_name"} <= set(missing["errors"])
    wrong_types = api.post(url, expect=422, json={
        **NEW_MEMBER, "email": 42, "username": ["x"], "password": 1234567890123,
        "display_name": {"a": 1}}).get_json()
    assert set(wrong_types["errors"]) >= {"email", "username", "password", "display_name"}
    api.post(url, data=b"\xff\xfe{", content_type="application/json", expect=422)
    api.post(url, data=b'{"email": "a@b.org"', content_type="application/json", expect=422)
    api.post(url, json=["not", "an", "object"], expect=422)
    api.post(url, data="email=a@b.org", content_type="application/x-www-form-urlencoded",
             expect=422)
    duplicate = api.post(url, json={**NEW_MEMBER, "username": "Taken"}, expect=422).get_json()
    assert duplicate["errors"]["username"] == ["This username is taken."]
    bad = api.post(url, json={**NEW_MEMBER, "time_zone": "Mars/Olympus", "credentials": "Dr",
                              "password": "short"}, expect=422).get_json()
    assert set(bad["errors"]) == {"time_zone", "credentials", "password"}
    # Nobody can make themselves an administrator at the door.
    api.post(url, json={**NEW_MEMBER, "role": "admin"}, expect=422)
    api.post(url, json={**NEW_MEMBER, "display_name": "x\x00y"}, expect=422)
    assert _users(session) == before


def test_tokens_are_listed_without_secrets_and_revocable(api, make_user, token_for):
    user = make_user()
    first, second = token_for(user), token_for(user)
    listed = api.get(f"{PREFIX}/auth/tokens", token=first, expect=200).get_json()["items"]
    assert len(listed) == 2
    assert all("token" not in t and "token_hash" not in t for t in listed)
    assert {t["prefix"] for t in listed} == {first[:10], second[:10]}
    second_id = next(t["id"] for t in listed if t["prefix"] == second[:10])
    api.delete(f"{PREFIX}/auth/tokens/{second_id}", token=first, expect=204)
    api.get(f"{PREFIX}/me", token=second, expect=401)
    api.get(f"{PREFIX}/me", token=first, expect=200)
    # Someone else's token, an unknown id and a huge id are all simply not found.
    other = token_for(make_user())
    first_id = next(t["id"] for t in listed if t["prefix"] == first[:10])
    api.delete(f"{PREFIX}/auth/tokens/{first_id}", token=other, expect=404)
    api.delete(f"{PREFIX}/auth/tokens/999999", token=first, expect=404)
    api.delete(f"{PREFIX}/auth/tokens/99999999999999999999999", token=first, expect=404)
    api.get(f"{PREFIX}/me", token=first, expect=200)


def test_bad_credentials_and_the_login_rate_limit(api, session, make_user):
    user = make_user()
    url = f"{PREFIX}/auth/token"
    api.post(url, json={"email": user.email}, expect=422)
    api.post(url, json={"email": user.email, "password": 12345}, expect=422)
    for _ in range(5):
        wrong = api.post(url, json={"email": user.email, "password": "not the password"},
                         expect=422).get_json()
        assert wrong["errors"]["email"] == ["The email or password is not right."]
    # Every failure was kept, though the request failed.
    assert session.scalar(select(func.count()).select_from(LoginAttempt)) == 5
    limited = api.post(url, json={"email": user.email, "password": PASSWORD}, expect=429)
    assert 0 < int(limited.headers["Retry-After"]) <= 900
    assert limited.get_json()["retry_after"] == int(limited.headers["Retry-After"])


def test_bearer_header_problems(api, make_user, token_for):
    token_for(make_user())
    api.get(f"{PREFIX}/me", expect=401)
    for header in ("Basic abc", "Bearer", "Bearer rnd_nope", "Bearer " + "x" * 500):
        response = api.get(f"{PREFIX}/me", headers={"Authorization": header}, expect=401)
        assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_profile_password_and_public_profiles(api, make_user, token_for):
    user, other, moderator = make_user(), make_user(), make_user("moderator")
    token = token_for(user)
    updated = api.patch(f"{PREFIX}/me", token=token, expect=200, json={
        "specialty": "Nephrology", "bio": "Dialysis nerd."}).get_json()
    assert updated["specialty"] == "Nephrology" and updated["display_name"] == user.display_name
    api.patch(f"{PREFIX}/me", token=token, json={"country": "France"}, expect=422)
    api.patch(f"{PREFIX}/me", token=token, json={"role": "admin"}, expect=422)
    api.patch(f"{PREFIX}/me", token=token, json={"bio": 5}, expect=422)
    assert api.get(f"{PREFIX}/me", token=token).get_json()["role"] == "member"

    public = api.get(f"{PREFIX}/users/{user.username}", expect=200).get_json()
    assert "email" not in public and public["specialty"] == "Nephrology"
    assert "email" not in api.get(f"{PREFIX}/users/{user.username}",
                                  token=token_for(other)).get_json()
    assert api.get(f"{PREFIX}/users/{user.username.upper()}",
                   token=token_for(moderator)).get_json()["email"] == user.email
    api.get(f"{PREFIX}/users/nobody-here", expect=404)

    url = f"{PREFIX}/me/password"
    api.post(url, token=token, json={"current_password": "wrong one here",
                                      "new_password": "another long secret"}, expect=422)
    api.post(url, token=token, json={"current_password": PASSWORD,
                                      "new_password": "short"}, expect=422)
    api.post(url, token=token, json={"current_password": PASSWORD,
                                      "new_password": "another long secret"}, expect=204)
    api.post(f"{PREFIX}/auth/token", json={"email": user.email,
                                           "password": "another long secret"}, expect=201)


def test_verification_by_moderators_and_roles_by_admins(api, make_user, token_for):
    member, moderator, admin = make_user(), make_user("moderator"), make_user("admin")
    member_token, mod_token, admin_token = (token_for(u) for u in (member, moderator, admin))
    verify = f"{PREFIX}/users/{member.username}/verify"
    api.post(verify, json={"verified": True}, expect=401)
    api.post(verify, token=member_token, json={"verified": True}, expect=403)
    api.post(f"{PREFIX}/users/{moderator.username}/verify", token=mod_token,
             json={"verified": True}, expect=403)  # never their own
    api.post(verify, token=mod_token, json={"verified": "yes"}, expect=422)
    api.post(verify, token=mod_token, json={}, expect=422)
    done = api.post(verify, token=mod_token, json={"verified": True}, expect=200).get_json()
    assert done["verified"] and done["verified_at"]
    undone = api.post(verify, token=mod_token, json={"verified": False}, expect=200).get_json()
    assert not undone["verified"] and undone["verified_at"] is None

    role = f"{PREFIX}/users/{member.username}/role"
    api.put(role, token=mod_token, json={"role": "moderator"}, expect=403)
    api.put(role, token=admin_token, json={"role": "emperor"}, expect=422)
    api.put(role, token=admin_token, json={"role": ["admin"]}, expect=422)
    assert api.put(role, token=admin_token, json={"role": "moderator"},
                   expect=200).get_json()["role"] == "moderator"
    api.put(f"{PREFIX}/users/nobody-here/role", token=admin_token, json={"role": "member"},
            expect=404)


def test_cookie_session_writes_need_the_csrf_header(app, api, client, make_user):
    user = make_user()
    csrf = sign_in_with_cookie(app, client, user)
    assert api.get(f"{PREFIX}/me", expect=200).get_json()["username"] == user.username
    refused = api.patch(f"{PREFIX}/me", json={"bio": "no header"}, expect=400)
    assert refused.get_json()["type"].endswith("/csrf")
    api.patch(f"{PREFIX}/me", json={"bio": "wrong"}, headers={"X-CSRFToken": "forged"},
              expect=400)
    done = api.patch(f"{PREFIX}/me", json={"bio": "with header"},
                     headers={"X-CSRFToken": csrf}, expect=200)
    assert done.get_json()["bio"] == "with header"

"""Account pages through HTTP: join, sign in and out, profile, password, tokens, verifying."""
from __future__ import annotations

from sqlalchemy import func, select

from community.platform.accounts.models import ApiToken, User
from tests.support.web import PASSWORD, csrf_token, login, post_form

GOOD = {"email": "amara@example.org", "username": "amara", "password": "a long passphrase",
        "display_name": "Dr Amara Okafor", "credentials": "MD", "specialty": "Paediatrics",
        "country": "NG", "time_zone": "Africa/Lagos", "language": "en"}


def _users(session) -> int:
    session.rollback()  # end the snapshot; see what the requests committed
    return session.scalar(select(func.count()).select_from(User))


def test_join_signs_in_and_keeps_the_profile(client, session):
    response = post_form(client, "/register", GOOD)
    assert response.status_code == 303
    page = client.get("/account").get_data(as_text=True)
    assert 'value="Dr Amara Okafor"' in page and "Africa/Lagos" in page
    user = session.scalar(select(User).where(User.username == "amara"))
    assert user.password_hash.startswith("$argon2id$")


def test_join_with_bad_input_shows_errors_keeps_input_and_saves_nothing(client, session):
    bad = {**GOOD, "email": "not-an-email", "password": "short", "time_zone": "Mars/Olympus",
           "credentials": "Shaman"}
    response = post_form(client, "/register", bad)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert 'role="alert"' in page and "Enter a valid email address." in page
    assert 'aria-invalid="true"' in page
    assert 'value="Dr Amara Okafor"' in page  # what was typed is kept
    assert 'value="short"' not in page  # but never a password
    assert _users(session) == 0


def test_forms_without_csrf_token_are_refused(client, session):
    response = client.post("/register", data=GOOD)
    assert response.status_code == 400
    assert "Form expired" in response.get_data(as_text=True)
    assert _users(session) == 0


def test_malformed_utf8_form_gets_a_clear_error(client, session):
    token = csrf_token(client)
    body = f"csrf_token={token}&email=a%40b.org&username=x&display_name=%FF%FE".encode()
    response = client.post("/register", data=body,
                           content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert "not valid UTF-8" in response.get_data(as_text=True)
    assert _users(session) == 0


def test_sign_in_out_and_wrong_password(client, make_user):
    member = make_user()
    wrong = post_form(client, "/login", {"email": member.email, "password": "nope nope"})
    assert wrong.status_code == 422
    assert "The email or password is not right." in wrong.get_data(as_text=True)
    assert client.get("/account").status_code == 302  # still signed out
    login(client, member)
    assert client.get("/account").status_code == 200
    assert post_form(client, "/logout").status_code == 303
    assert client.get("/account").status_code == 302


def test_sign_in_returns_to_the_page_asked_for_but_never_offsite(client, make_user):
    member = make_user()
    response = post_form(client, "/login", {"email": member.email, "password": PASSWORD,
                                            "next": "/notifications"})
    assert response.headers["Location"].endswith("/notifications")
    post_form(client, "/logout")
    response = post_form(client, "/login", {"email": member.email, "password": PASSWORD,
                                            "next": "//evil.example/x"})
    assert "evil" not in response.headers["Location"]


def test_repeated_wrong_passwords_are_rate_limited(client, make_user):
    member = make_user()
    for _ in range(5):
        post_form(client, "/login", {"email": member.email, "password": "wrong wrong"})
    response = post_form(client, "/login", {"email": member.email, "password": PASSWORD})
    assert response.status_code == 429
    assert int(response.headers["Retry-After"]) > 0
    assert "Please wait" in response.get_data(as_text=True)


def test_session_cookie_is_http_only_and_same_site(client, make_user):
    cookie = login(client, make_user()).headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_changing_the_password_signs_out_other_devices(app, client, make_user):
    member = make_user()
    login(client, member)
    other_device = app.test_client()
    login(other_device, member)
    bad = post_form(client, "/account/password", {"current_password": "wrong",
                                                  "new_password": "x"})
    assert bad.status_code == 422
    ok = post_form(client, "/account/password", {"current_password": PASSWORD,
                                                 "new_password": "a brand new passphrase"})
    assert ok.status_code == 303
    assert client.get("/account").status_code == 200  # this device stays signed in
    assert other_device.get("/account").status_code == 302


def test_profile_edit_validates(client, make_user):
    login(client, make_user())
    response = post_form(client, "/account", {"display_name": "", "credentials": "RN",
                                              "time_zone": "UTC", "language": "en",
                                              "country": "Brazil"})
    assert response.status_code == 422
    assert "Choose a country from the list." in response.get_data(as_text=True)


def test_api_tokens_are_shown_once_stored_hashed_and_revocable(client, session, make_user):
    member = make_user()
    login(client, member)
    response = post_form(client, "/account/tokens", {"name": "ward phone"})
    assert response.status_code == 201
    page = response.get_data(as_text=True)
    plain = page.split('<code class="token">')[1].split("</code>")[0]
    assert plain.startswith("rnd_")
    stored = session.scalar(select(ApiToken).where(ApiToken.user_id == member.id))
    assert plain not in (stored.token_hash, stored.prefix)
    assert plain not in client.get("/account").get_data(as_text=True)
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {plain}"}
                      ).status_code == 200
    post_form(client, f"/account/tokens/{stored.id}/revoke")
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {plain}"}
                      ).status_code == 401


def test_moderators_verify_credentials_members_cannot(client, app, make_user, session):
    member = make_user(username="ravi")
    login(client, make_user())
    assert post_form(client, "/u/ravi/verify", {"verified": "1"}).status_code == 403
    moderator_client = app.test_client()
    login(moderator_client, make_user("moderator"))
    assert "Verify clinical credentials" in moderator_client.get("/u/ravi").get_data(
        as_text=True)
    assert post_form(moderator_client, "/u/ravi/verify", {"verified": "1"}).status_code == 303
    assert "verified clinician" in client.get("/u/ravi").get_data(as_text=True)
    session.rollback()  # end the snapshot; see what the requests committed
    assert session.get(User, member.id).verified_at is not None


def test_only_admins_change_roles(client, app, make_user, session):
    member = make_user(username="lena")
    login(client, make_user("moderator"))
    assert post_form(client, "/u/lena/role", {"role": "admin"}).status_code == 403
    admin = app.test_client()
    login(admin, make_user("admin"))
    assert post_form(admin, "/u/lena/role", {"role": "editor"}).status_code == 303
    assert post_form(admin, "/u/lena/role", {"role": "king"}).status_code == 422
    session.rollback()  # end the snapshot; see what the requests committed
    assert session.get(User, member.id).role == "editor"


def test_behind_a_trusted_proxy_the_sign_in_limit_counts_the_real_client(app_config,
                                                                         make_user):
    from community.app import create_app

    app = create_app({**app_config, "proxy_count": 1})
    member = make_user()
    blocked, other = app.test_client(), app.test_client()
    for n in range(20):  # failures on other accounts never slow a member (a hospital's NAT)
        post_form(blocked, "/login", {"email": f"x{n}@example.org", "password": "wrong"},
                  headers={"X-Forwarded-For": "203.0.113.7"})
    for _ in range(5):  # 5 failures for this account from this address slow that pair
        post_form(blocked, "/login", {"email": member.email, "password": "wrong"},
                  headers={"X-Forwarded-For": "203.0.113.7"})
    assert post_form(blocked, "/login", {"email": member.email, "password": PASSWORD},
                     headers={"X-Forwarded-For": "203.0.113.7"}).status_code == 429
    assert post_form(other, "/login", {"email": member.email, "password": PASSWORD},
                     headers={"X-Forwarded-For": "198.51.100.9"}).status_code == 303

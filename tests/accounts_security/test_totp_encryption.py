"""Issue 16: TOTP secrets are encrypted at rest (AES-GCM, key from ROUNDS_ENCRYPTION_KEY or
derived from the secret key); a legacy plain secret still works and is encrypted on use; a
secret copied onto another member's row, or read with another key, does not decrypt."""
from __future__ import annotations

import re

import pyotp
import pytest
from sqlalchemy import update

from community.platform.accounts import crypto, twofactor
from community.platform.accounts.models import TwoFactor
from tests.support.web import PASSWORD, csrf_token, login, post_form


def _enrol(client) -> str:
    page = client.get("/account/two-factor").get_data(as_text=True)
    secret = re.search(r'id="two-factor-secret">([A-Z2-7]+)<', page).group(1)
    response = post_form(client, "/account/two-factor", {"code": pyotp.TOTP(secret).now()})
    assert response.status_code == 201
    return secret


def _second_step(client, user, code: str):
    first = client.post("/login", data={"email": user.email, "password": PASSWORD,
                                        "csrf_token": csrf_token(client)})
    assert first.headers["Location"].endswith("/login/two-factor")
    return post_form(client, "/login/two-factor", {"code": code})


def test_the_secret_is_stored_encrypted(app, client, make_user, session):
    member = make_user()
    login(client, member)
    secret = _enrol(client)
    session.rollback()
    stored = session.get(TwoFactor, member.id).secret
    assert stored.startswith("aesgcm1:") and secret not in stored
    assert len(stored) <= TwoFactor.__table__.c.secret.type.length
    with app.app_context():
        assert crypto.decrypt(stored, f"two_factor:{member.id}") == secret
        # Bound to its row: the same value on another member's row does not decrypt.
        with pytest.raises(crypto.UndecryptableSecret):
            crypto.decrypt(stored, f"two_factor:{member.id + 1}")
        # Each encryption differs (a fresh nonce).
        assert crypto.encrypt(secret, "x") != crypto.encrypt(secret, "x")


def test_a_legacy_plain_secret_still_works_and_is_encrypted_on_use(app, client, make_user,
                                                                   session):
    member = make_user()
    login(client, member)
    _enrol(client)
    post_form(client, "/logout")
    legacy = pyotp.random_base32()
    session.rollback()
    session.execute(update(TwoFactor).where(TwoFactor.user_id == member.id)
                    .values(secret=legacy, last_step=None))
    session.commit()
    assert _second_step(client, member, pyotp.TOTP(legacy).now()).status_code == 303
    assert client.get("/account").status_code == 200
    session.rollback()
    stored = session.get(TwoFactor, member.id).secret
    assert stored.startswith("aesgcm1:")
    with app.app_context():
        assert twofactor.secret_of(session.get(TwoFactor, member.id)) == legacy


def test_another_key_cannot_read_the_secret(app, app_config, make_user, client, session):
    """With ROUNDS_ENCRYPTION_KEY set, the key is no longer the one derived from the secret
    key: values encrypted before do not decrypt (refused as a wrong code, never a 500)."""
    member = make_user()
    login(client, member)
    secret = _enrol(client)
    post_form(client, "/logout")
    app.config["SETTINGS"].encryption_key = "a separate encryption key"
    try:
        answer = _second_step(client, member, pyotp.TOTP(secret).now())
        assert answer.status_code == 422
    finally:
        app.config["SETTINGS"].encryption_key = ""

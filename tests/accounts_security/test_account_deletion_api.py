"""Issue 16: account deletion through the API (POST /api/v1/me/deletion), beside the data
export (GET /api/v1/me/export) that existed: password, the phrase, and a code when
two-factor sign-in is on; afterwards the token and the password no longer work."""
from __future__ import annotations

import pyotp
from sqlalchemy import select

from community.platform.accounts.models import AccountToken, TwoFactor, User
from tests.support.api import PREFIX
from tests.support.web import PASSWORD

PHRASE = "delete my account"


def test_delete_through_the_api(app, client, make_user, token_for, session):
    member = make_user()
    token = token_for(member)
    auth = {"Authorization": f"Bearer {token}"}
    assert client.get(f"{PREFIX}/me/export", headers=auth).status_code == 200
    client.post(f"{PREFIX}/password-reset", json={"email": member.email})  # a pending link
    wrong = client.post(f"{PREFIX}/me/deletion", headers=auth,
                        json={"password": "not it", "confirmation": "yes"})
    assert wrong.status_code == 422
    assert set(wrong.get_json()["errors"]) == {"password", "confirmation"}
    assert client.post(f"{PREFIX}/me/deletion",
                       json={"password": PASSWORD, "confirmation": PHRASE}).status_code == 401
    done = client.post(f"{PREFIX}/me/deletion", headers=auth,
                       json={"password": PASSWORD, "confirmation": PHRASE})
    assert done.status_code == 204
    assert client.get(f"{PREFIX}/me", headers=auth).status_code == 401
    session.rollback()
    gone = session.get(User, member.id)
    assert gone.deleted_at is not None and gone.email.endswith(".invalid")
    assert session.scalars(select(AccountToken).where(
        AccountToken.user_id == member.id)).all() == []
    issued = client.post(f"{PREFIX}/auth/token", json={"email": member.email,
                                                       "password": PASSWORD})
    assert issued.status_code == 422


def test_with_two_factor_a_code_is_needed_and_a_wrong_one_counts(app, client, make_user,
                                                                 token_for, session):
    member = make_user()
    token = token_for(member)
    auth = {"Authorization": f"Bearer {token}"}
    begun = client.post(f"{PREFIX}/me/two-factor/enrolment", headers=auth).get_json()
    confirmed = client.post(f"{PREFIX}/me/two-factor/confirm", headers=auth,
                            json={"code": pyotp.TOTP(begun["secret"]).now()})
    assert confirmed.status_code == 200
    codes = confirmed.get_json()["recovery_codes"]
    refused = client.post(f"{PREFIX}/me/deletion", headers=auth,
                          json={"password": PASSWORD, "confirmation": PHRASE,
                                "code": "999999"})
    assert refused.status_code == 422
    session.rollback()
    assert session.get(TwoFactor, member.id).failures == 1
    assert client.post(f"{PREFIX}/me/deletion", headers=auth,
                       json={"password": PASSWORD, "confirmation": PHRASE,
                             "code": codes[0]}).status_code == 204

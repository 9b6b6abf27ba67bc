"""Issue 16: two-factor sign-in through the API (/api/v1/me/two-factor…): status, enrolment
with the provisioning URI, confirmation answering the recovery codes, new recovery codes,
turning it off with the password and a code; wrong codes count toward the pause."""
from __future__ import annotations

import pyotp
import pytest
from sqlalchemy import update

from community.platform.accounts.models import TwoFactor
from tests.support.api import PREFIX, ApiClient
from tests.support.web import PASSWORD


@pytest.fixture
def api(app) -> ApiClient:
    return ApiClient(app, app.test_client())


def _forget_last_step(session, user) -> None:
    """Codes are single-use per 30-second step: forget the last one to use another now."""
    session.rollback()
    session.execute(update(TwoFactor).where(TwoFactor.user_id == user.id)
                    .values(last_step=None))
    session.commit()


def test_enrol_confirm_renew_and_disable(api, make_user, token_for, session):
    member = make_user()
    token = token_for(member)
    status = api.get(f"{PREFIX}/me/two-factor", token=token, expect=200).get_json()
    assert status == {"enabled": False, "required": False, "recovery_codes_left": None}
    begun = api.post(f"{PREFIX}/me/two-factor/enrolment", token=token, expect=200).get_json()
    assert begun["provisioning_uri"].startswith("otpauth://totp/Rounds:")
    assert f"secret={begun['secret']}" in begun["provisioning_uri"]
    again = api.post(f"{PREFIX}/me/two-factor/enrolment", token=token, expect=200).get_json()
    assert again["secret"] == begun["secret"]  # the same until confirmed
    totp = pyotp.TOTP(begun["secret"])
    wrong = api.post(f"{PREFIX}/me/two-factor/confirm", token=token, json={"code": "000000"},
                     expect=422)
    assert "code" in wrong.get_json()["errors"]
    codes = api.post(f"{PREFIX}/me/two-factor/confirm", token=token,
                     json={"code": totp.now()}, expect=200).get_json()["recovery_codes"]
    assert len(set(codes)) == 10
    status = api.get(f"{PREFIX}/me/two-factor", token=token, expect=200).get_json()
    assert status == {"enabled": True, "required": False, "recovery_codes_left": 10}
    api.post(f"{PREFIX}/me/two-factor/enrolment", token=token, expect=422)  # on already

    # New recovery codes with a (recovery) code: the old ones stop working.
    renewed = api.post(f"{PREFIX}/me/two-factor/recovery-codes", token=token,
                       json={"code": codes[0]}, expect=200).get_json()["recovery_codes"]
    assert not set(renewed) & set(codes)
    api.post(f"{PREFIX}/me/two-factor/disable", token=token,
             json={"password": PASSWORD, "code": codes[1]}, expect=422)
    api.post(f"{PREFIX}/me/two-factor/disable", token=token,
             json={"password": "not the password", "code": renewed[0]}, expect=422)
    _forget_last_step(session, member)
    api.post(f"{PREFIX}/me/two-factor/disable", token=token,
             json={"password": PASSWORD, "code": totp.now()}, expect=204)
    assert api.get(f"{PREFIX}/me/two-factor", token=token).get_json()["enabled"] is False
    # Tokens now need a code when it is on: issuing one says so.
    api.post(f"{PREFIX}/auth/token", json={"email": member.email, "password": PASSWORD},
             expect=201)


def test_wrong_codes_count_toward_the_pause(api, make_user, token_for, session):
    member = make_user()
    token = token_for(member)
    begun = api.post(f"{PREFIX}/me/two-factor/enrolment", token=token, expect=200).get_json()
    for _ in range(5):
        api.post(f"{PREFIX}/me/two-factor/confirm", token=token, json={"code": "123456"},
                 expect=422)
    session.rollback()
    assert session.get(TwoFactor, member.id).failures == 5
    paused = api.post(f"{PREFIX}/me/two-factor/confirm", token=token,
                      json={"code": pyotp.TOTP(begun["secret"]).now()}, expect=429)
    assert paused.headers["Retry-After"]


def test_a_role_that_requires_it_cannot_turn_it_off(api, app, make_user, token_for, session):
    app.config["SETTINGS"].two_factor_required = True
    try:
        moderator = make_user("moderator")
        # A moderator without it gets no token; a member enrols, then becomes moderator.
        member = make_user()
        token = token_for(member)
        begun = api.post(f"{PREFIX}/me/two-factor/enrolment", token=token).get_json()
        codes = api.post(f"{PREFIX}/me/two-factor/confirm", token=token,
                         json={"code": pyotp.TOTP(begun["secret"]).now()}).get_json()
        session.rollback()
        session.get(type(moderator), member.id).role = "moderator"
        session.commit()
        assert api.get(f"{PREFIX}/me/two-factor", token=token).get_json()["required"] is True
        api.post(f"{PREFIX}/me/two-factor/disable", token=token,
                 json={"password": PASSWORD, "code": codes["recovery_codes"][0]}, expect=403)
    finally:
        app.config["SETTINGS"].two_factor_required = False

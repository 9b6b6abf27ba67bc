"""Deleting an account and exporting one's data, through HTTP; and the beat task that erases
what was kept of deleted members after six years."""
from __future__ import annotations

import json
import re
from datetime import timedelta

import pyotp
import pytest
from sqlalchemy import select

from community.boards.models import Watch
from community.credit.models import CreditClaim, LearnerProfile
from community.notifications.models import Notification
from community.platform.accounts import erasure
from community.platform.accounts.models import ApiToken, TwoFactor, User
from community.platform.db import utcnow
from moderation.disclosures.models import Disclosure
from realtime.sessions.models import CalendarFeed, SessionRegistration
from tests.support import credit
from tests.support.api import PREFIX, ApiClient
from tests.support.disclosures import act, file, rel, seed
from tests.support.sessions import clearance, schedule
from tests.support.web import PASSWORD, csrf_token, login, post_form

DELETE = {"password": PASSWORD, "confirmation": "delete my account"}


@pytest.fixture
def api(app) -> ApiClient:
    return ApiClient(app, app.test_client())


def _topic(api, token: str, title: str, raw: str) -> dict:
    return api.post(f"{PREFIX}/boards/cardiology/topics", token=token, expect=201,
                    json={"title": title, "raw": raw}).get_json()


def test_deleting_keeps_posts_as_former_member_and_erases_the_rest(
        app, client, api, session, make_user, token_for):
    member = make_user(username="ines.d", display_name="Dr Inês Duarte", specialty="Cardiology",
                       bio="Cardiologist in Porto")
    reader = make_user()
    token = token_for(member)
    topic = _topic(api, token, "Syncope in a young athlete", "ECG attached; thoughts?")
    api.post(f"{PREFIX}/topics/{topic['id']}/posts", token=token_for(reader), expect=201,
             json={"raw": "Consider HCM."})
    session.add(CalendarFeed(user_id=member.id, token="f" * 40))
    session.commit()
    assert client.get(f"/sessions/feed/{'f' * 40}.ics").status_code == 200
    assert session.scalar(select(Notification.id).where(Notification.user_id == member.id))
    assert session.scalar(select(Watch.user_id).where(Watch.user_id == member.id))
    login(client, member)
    elsewhere = app.test_client()  # the same member signed in on another device
    login(elsewhere, member)

    refused = post_form(client, "/account/delete", {**DELETE, "confirmation": "yes"})
    assert refused.status_code == 422 and "delete my account" in refused.get_data(as_text=True)
    refused = post_form(client, "/account/delete", {**DELETE, "password": "not it at all"})
    assert refused.status_code == 422
    response = post_form(client, "/account/delete", DELETE)
    assert response.status_code == 303

    page = client.get(f"/t/{topic['id']}").get_data(as_text=True)
    assert "Former member" in page and "ECG attached" in page and "Consider HCM." in page
    assert "Inês" not in page and "ines.d" not in page
    read = api.get(f"{PREFIX}/topics/{topic['id']}", expect=200).get_json()
    assert read["posts"]["items"][0]["author"]["display_name"] == "Former member"

    session.rollback()
    row = session.get(User, member.id)
    assert row.username.startswith("former-member-") and row.email.endswith(".invalid")
    assert (row.display_name, row.bio, row.specialty, row.is_active) == (
        "Former member", "", "", False)
    assert row.deleted_at is not None
    for model in (ApiToken, Notification, Watch, CalendarFeed):
        assert session.scalar(select(model.user_id).where(model.user_id == member.id)) is None
    assert client.get(f"/sessions/feed/{'f' * 40}.ics").status_code == 404
    # Tokens and every session are gone; the password no longer signs in.
    api.get(f"{PREFIX}/me", token=token, expect=401)
    for device in (client, elsewhere):
        assert device.get("/account").status_code == 302
    again = client.post("/login", data={"email": member.email, "password": PASSWORD,
                                        "csrf_token": csrf_token(client)})
    assert again.status_code == 422
    api.get(f"{PREFIX}/users/ines.d", expect=404)
    # The email and the username are free again.
    api.post(f"{PREFIX}/auth/register", expect=201, json={
        "email": member.email, "username": "ines.d", "password": "a new long secret",
        "display_name": "Dr Inês Duarte"})


def test_credit_claims_still_verify_after_deletion(client, api, session, make_user):
    member = make_user()
    claimed = credit.claim(session, member, credit.activity(session))
    login(client, member)
    assert post_form(client, "/account/delete", DELETE).status_code == 303
    answer = api.get(f"{PREFIX}/credit/verify/{claimed.code}", expect=200).get_json()
    assert answer["valid"] is True and answer["credits"] == 1.25


def test_deleting_a_two_factor_account_needs_a_code(client, session, make_user):
    member = make_user()
    login(client, member)
    page = client.get("/account/two-factor").get_data(as_text=True)
    secret = re.search(r'id="two-factor-secret">([A-Z2-7]+)<', page).group(1)
    assert post_form(client, "/account/two-factor",
                     {"code": pyotp.TOTP(secret).now()}).status_code == 201
    assert post_form(client, "/account/delete", DELETE).status_code == 422
    session.rollback()
    session.get(TwoFactor, member.id).last_step = None
    session.commit()
    response = post_form(client, "/account/delete", {**DELETE, "code": pyotp.TOTP(secret).now()})
    assert response.status_code == 303
    session.rollback()
    assert session.get(User, member.id).deleted_at is not None
    assert session.get(TwoFactor, member.id) is None


def test_the_export_holds_their_data_and_nothing_about_others(
        client, api, session, make_user, token_for):
    member = make_user(username="ada.l", display_name="Dr Ada L", bio="Electrophysiology")
    other = make_user(username="bob.k", display_name="Dr Bob Kline")
    mine, theirs = token_for(member), token_for(other)
    topic = _topic(api, mine, "Wide complex tachycardia", "Is this VT?")
    api.post(f"{PREFIX}/topics/{topic['id']}/posts", token=theirs, expect=201,
             json={"raw": "Bob thinks it is VT, see @ada.l"})
    _topic(api, theirs, "Bob's own topic", "Nothing to do with Ada")
    seed(session)
    file(session, member, rel("Pfizer", "consultant"))
    file(session, other, rel("Roche", "advisor"))

    login(client, member)
    response = client.get("/account/export")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.get_data(as_text=True))
    assert data["profile"]["email"] == member.email
    assert data["profile"]["bio"] == "Electrophysiology"
    records = data["records"]
    assert [p["raw"] for p in records["posts"]] == ["Is this VT?"]
    assert [t["title"] for t in records["topics"]] == ["Wide complex tachycardia"]
    assert len(records["disclosures"]) == 1
    assert [r["nature"] for r in records["disclosure_relationships"]] == ["consultant"]
    assert records["notifications"]  # Bob's mention of Ada
    assert records["api_tokens"][0]["prefix"] == mine[:10]
    text = json.dumps(data)
    for private in (other.email, "bob.k", "Bob's own topic", "Bob thinks", "advisor",
                    "password_hash", "token_hash", mine):
        assert private not in text, private
    # The API twin answers the same, with a token.
    api_data = api.get(f"{PREFIX}/me/export", token=mine, expect=200).get_json()
    assert api_data["records"]["posts"] == records["posts"]
    api.get(f"{PREFIX}/me/export", expect=401)


def test_the_beat_task_erases_what_was_kept_after_six_years(app, client, session, make_user):
    leaving, staying = make_user(), make_user()
    old = file(session, leaving, declared_none=True)
    recent = file(session, leaving, declared_none=True)
    kept_anyway = file(session, staying, declared_none=True)
    session.rollback()
    long_ago = utcnow() - timedelta(days=365 * 7)
    for disclosure_id, until in ((old.id, long_ago), (recent.id, utcnow() - timedelta(days=400)),
                                 (kept_anyway.id, long_ago)):
        session.get(Disclosure, disclosure_id).valid_until = until
    session.commit()
    login(client, leaving)
    assert post_form(client, "/account/delete", DELETE).status_code == 303

    celery = app.extensions["celery"]
    assert celery.conf.beat_schedule["erase-retained"]["task"] == erasure.ERASE_TASK
    celery.tasks[erasure.ERASE_TASK].delay()
    session.rollback()
    remaining = set(session.scalars(select(Disclosure.id)))
    assert old.id not in remaining
    assert {recent.id, kept_anyway.id} <= remaining
    # Idempotent: nothing more goes the second time.
    with app.app_context():
        assert erasure.erase_retained(session) == 0


def test_a_deleted_members_seat_goes_to_the_waitlist(app, client, session, make_user):
    seed(session)
    host, moderator = make_user(), make_user("moderator")
    leaving, waiting = make_user(), make_user()
    file(session, host, declared_none=True)
    login(client, host)
    live = schedule(client, session, capacity="1")
    act(session, moderator, clearance(session, live, host), "clear", {})
    assert post_form(client, f"/sessions/{live.id}/open").status_code == 303
    browsers = {}
    for user in (leaving, waiting):
        browsers[user.id] = app.test_client()
        login(browsers[user.id], user)
        assert post_form(browsers[user.id], f"/sessions/{live.id}/register").status_code == 303

    def status(user) -> str:
        session.rollback()
        return session.scalar(select(SessionRegistration.status).where(
            SessionRegistration.session_id == live.id, SessionRegistration.user_id == user.id))

    assert (status(leaving), status(waiting)) == ("registered", "waitlisted")
    assert post_form(browsers[leaving.id], "/account/delete", DELETE).status_code == 303
    assert (status(leaving), status(waiting)) == ("cancelled", "registered")


def test_a_deleted_learners_credit_identifiers_go_after_six_years(app, client, session,
                                                                  make_user):
    member = make_user()
    claimed = credit.claim(session, member, credit.activity(session))
    session.add(LearnerProfile(user_id=member.id, npi="1234567893", birth_month=4,
                               birth_day=30))
    session.commit()
    login(client, member)
    assert post_form(client, "/account/delete", DELETE).status_code == 303
    session.rollback()
    assert session.get(LearnerProfile, member.id) is not None  # kept for the accreditor
    with app.app_context():
        erasure.erase_retained(session, utcnow() + timedelta(days=365 * 7))
        session.commit()
    session.rollback()
    assert session.get(LearnerProfile, member.id) is None
    assert session.get(CreditClaim, claimed.id).quarters == 5  # the record of credit stays

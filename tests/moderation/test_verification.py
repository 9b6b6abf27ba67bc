"""Member verification as a queue kind: a member asks from their account page, a moderator
verifies or declines with a reason the member then reads; one open request at a time."""
from __future__ import annotations

from sqlalchemy import func, select

from community.platform.accounts.models import User
from moderation.queue.models import QueueItem
from moderation.queue.types import types
from tests.support.queue import act, signed_in, version_of
from tests.support.web import login, post_form

REQUEST = {"credentials": "MBBS", "licence_number": "MCI-2011-88341",
           "issuing_body": "National Medical Commission", "country": "in",
           "note": "Also registered with the GMC."}


def _open_items(session) -> int:
    session.expire_all()
    return session.scalar(select(func.count()).select_from(QueueItem).where(
        QueueItem.kind == "user_verification", QueueItem.status == "pending"))


def test_the_kind_is_registered_site_wide_about_a_user(app):
    item_type = types(app)["user_verification"]
    assert item_type.subject_type == "user" and not item_type.board_scoped
    assert list(item_type.actions) == ["verify", "decline", "ignore"]
    assert item_type.actions["decline"].reason_required


def test_a_member_asks_from_their_account_page_once(app, session, make_user):
    member = make_user(username="yusuf")
    client = signed_in(app, member)
    account = client.get("/account").get_data(as_text=True)
    assert 'action="/account/verification"' in account
    assert "seen by moderators only" in account
    response = post_form(client, "/account/verification", REQUEST)
    assert response.status_code == 303 and response.headers["Location"].endswith(
        "/account#verification")
    item = session.scalar(select(QueueItem).where(QueueItem.subject_id == member.id))
    assert (item.kind, item.subject_type, item.subject_user_id, item.board_id) == (
        "user_verification", "user", member.id, None)
    assert item.data == {**REQUEST, "country": "IN"}
    page = client.get("/account").get_data(as_text=True)
    assert "is waiting for a moderator" in page and "MCI-2011-88341" in page
    assert 'action="/account/verification"' not in page
    again = post_form(client, "/account/verification", {**REQUEST, "licence_number": "X1"})
    assert again.status_code == 303
    assert "already have a request waiting" in client.get("/account").get_data(as_text=True)
    assert _open_items(session) == 1


def test_the_details_stay_private_to_moderators(app, session, make_user):
    member = make_user(username="zoe")
    post_form(signed_in(app, member), "/account/verification", REQUEST)
    stranger = signed_in(app, make_user())
    assert "MCI-2011-88341" not in stranger.get("/u/zoe").get_data(as_text=True)
    assert "MCI-2011-88341" not in app.test_client().get("/u/zoe").get_data(as_text=True)


def test_bad_requests_are_refused_whole_with_the_input_kept(app, session, make_user):
    client = signed_in(app, make_user())
    response = post_form(client, "/account/verification",
                         {"credentials": "wizard", "licence_number": "", "country": "Spain",
                          "issuing_body": "x" * 121, "note": "keep me"})
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    for message in ("Choose one of: MD", "This field is required",
                    "Choose a country from the list.", "Write at most 120 characters"):
        assert message in html
    assert "keep me" in html and 'value="Spain"' in html
    assert _open_items(session) == 0
    # A NUL is refused by the platform before any form reads it.
    assert post_form(client, "/account/verification",
                     {**REQUEST, "note": "\x00"}).status_code == 400
    assert _open_items(session) == 0


def test_a_moderator_verifies_through_the_queue(app, session, make_user):
    member = make_user()
    post_form(signed_in(app, member), "/account/verification", REQUEST)
    item_id = session.scalar(select(QueueItem.id).where(QueueItem.subject_id == member.id))
    mod = signed_in(app, make_user("moderator"))
    html = mod.get(f"/moderation/items/{item_id}").get_data(as_text=True)
    assert "National Medical Commission" in html and "MCI-2011-88341" in html
    assert act(mod, item_id, "verify", version_of(mod, item_id)).status_code == 303
    session.rollback()  # end the read transaction that saw the member unverified
    verified = session.get(User, member.id)
    assert verified.is_verified and verified.verified_by_id != member.id
    page = signed_in(app, member).get("/account").get_data(as_text=True)
    assert "Your credentials are verified" in page
    assert post_form(signed_in(app, member), "/account/verification",
                     REQUEST).status_code == 422  # nothing left to ask


def test_a_declined_member_reads_the_reason_and_may_ask_again(app, session, make_user):
    member = make_user()
    client = signed_in(app, member)
    post_form(client, "/account/verification", REQUEST)
    item_id = session.scalar(select(QueueItem.id).where(QueueItem.subject_id == member.id))
    mod = signed_in(app, make_user("moderator"))
    assert act(mod, item_id, "decline", version_of(mod, item_id),
               "The register lists this number as lapsed <script>").status_code == 303
    page = client.get("/account").get_data(as_text=True)
    assert "was declined" in page and "lapsed &lt;script&gt;" in page
    assert 'action="/account/verification"' in page
    assert post_form(client, "/account/verification",
                     {**REQUEST, "licence_number": "NMC-2024-1"}).status_code == 303
    assert _open_items(session) == 1
    assert not session.get(User, member.id).is_verified


def test_the_direct_verify_button_on_profiles_stays_for_moderators(app, session, make_user):
    member = make_user(username="adele")
    mod = app.test_client()
    login(mod, make_user("moderator"))
    assert post_form(mod, "/u/adele/verify", {"verified": "1"}).status_code in (302, 303)
    session.expire_all()
    assert session.get(User, member.id).is_verified


def test_the_verification_page_works_on_its_own(app, make_user):
    client = signed_in(app, make_user(country="PT"))
    html = client.get("/account/verification").get_data(as_text=True)
    assert "Verify your credentials" in html and 'value="PT"' in html
    assert app.test_client().get("/account/verification").status_code == 302

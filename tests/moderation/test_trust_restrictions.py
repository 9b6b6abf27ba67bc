"""Silences and suspensions: a silenced member reads but cannot post, reply, edit or flag, and
is told why and until when; a suspended member's sessions and tokens end and sign-in is
refused with the reason and end date, until ends_at; lifting early; audited; site moderators
only; bad input is a 422 with the input kept."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from community.platform.db import utcnow
from moderation.audit.models import AuditEntry
from moderation.trust.models import MemberStanding, Sanction
from tests.support import flags as support
from tests.support.api import PREFIX
from tests.support.flags import flag, fresh, new_topic, reply
from tests.support.web import PASSWORD, csrf_token, login, post_form

api = support.api  # the fixture

REASON = "Repeated personal attacks in the ethics board."


def test_a_silenced_member_reads_but_cannot_post_and_is_told_why(
        api, client, session, make_user, token_for):
    member, moderator = make_user(), make_user("moderator")
    token, mod_token = token_for(member), token_for(moderator)
    topic = new_topic(api, token)
    other = reply(api, token_for(make_user()), topic["id"], "A colleague's reply.")
    silenced = api.post(f"{PREFIX}/users/{member.username}/silence", token=mod_token,
                        expect=200, json={"days": 3, "reason": REASON}).get_json()
    assert silenced["silence_reason"] == REASON and silenced["silenced_until"]
    # The API: every write refused with the reason; reading works.
    for response in (
            api.post(f"{PREFIX}/topics/{topic['id']}/posts", token=token, json={"raw": "x"},
                     expect=403),
            api.post(f"{PREFIX}/boards/cardiology/topics", token=token, expect=403,
                     json={"title": "A new topic about something", "raw": "x"}),
            api.patch(f"{PREFIX}/posts/{topic['posts']['items'][0]['id']}", token=token,
                      json={"raw": "edited", "base_revision": 1}, expect=403),
            flag(api, token, other["id"], "spam", expect=403)):
        assert REASON in response.get_json()["detail"]
    api.get(f"{PREFIX}/topics/{topic['id']}", token=token, expect=200)
    # The pages: the notice instead of the reply box, the reason on a refused post.
    login(client, member)
    page = client.get(f"/t/{topic['id']}").get_data(as_text=True)
    assert REASON in page and "Post reply" not in page
    refused = post_form(client, f"/t/{topic['id']}/reply", {"raw": "Trying anyway"})
    assert refused.status_code == 403 and REASON in refused.get_data(as_text=True)
    assert REASON in client.get(f"/u/{member.username}").get_data(as_text=True)
    # Lifted early: posting works again; both changes audited.
    lifted = api.delete(f"{PREFIX}/users/{member.username}/silence", token=mod_token,
                        expect=200).get_json()
    assert lifted["silenced_until"] is None and lifted["history"][0]["lifted_at"]
    reply(api, token, topic["id"], "Apologies to all.")
    fresh(session)
    actions = list(session.scalars(select(AuditEntry.action).where(
        AuditEntry.subject_type == "user", AuditEntry.subject_id == member.id)
        .order_by(AuditEntry.id)))
    assert actions == ["member.silence", "member.lift_silence"]


def test_a_suspension_ends_sessions_and_tokens_and_refuses_sign_in_until_it_ends(
        app, api, client, session, make_user, token_for):
    member, moderator = make_user(), make_user("moderator")
    token, mod_token = token_for(member), token_for(moderator)
    login(client, member)
    assert client.get("/account").status_code == 200
    api.post(f"{PREFIX}/users/{member.username}/suspension", token=mod_token, expect=200,
             json={"ends_at": (utcnow() + timedelta(days=7)).isoformat(), "reason": REASON})
    # The open session has ended; the token answers 401 with the reason and end date.
    assert client.get("/account").status_code == 302
    refused = api.get(f"{PREFIX}/me", token=token, expect=401).get_json()
    assert REASON in refused["detail"] and refused["reason"] == REASON
    assert refused["suspended_until"]
    # Signing in: refused with the reason and the end date, on the page and for tokens.
    other = app.test_client()
    page = other.post("/login", data={"email": member.email, "password": PASSWORD,
                                      "csrf_token": csrf_token(other)})
    assert page.status_code == 422 and REASON in page.get_data(as_text=True)
    assert "suspended until" in page.get_data(as_text=True)
    issued = api.post(f"{PREFIX}/auth/token", expect=422,
                      json={"email": member.email, "password": PASSWORD}).get_json()
    assert REASON in str(issued["errors"])
    # A suspension ends by itself at ends_at.
    fresh(session)
    standing = session.get(MemberStanding, member.id)
    standing.suspended_until = utcnow() - timedelta(seconds=1)
    session.commit()
    api.get(f"{PREFIX}/me", token=token, expect=200)
    login(other, member)


def test_moderator_pages_keep_the_input_on_bad_requests(api, client, session, make_user):
    member, moderator = make_user(), make_user("moderator")
    login(client, moderator)
    page = client.get(f"/moderation/members/{member.username}").get_data(as_text=True)
    assert 'for="f-silence-days"' in page and 'for="f-suspension-reason"' in page
    bad = post_form(client, f"/moderation/members/{member.username}/silence",
                    {"days": "", "ends_at": "2001-01-01T10:00", "reason": "Spam links."})
    assert bad.status_code == 422
    text = bad.get_data(as_text=True)
    assert "The end must be in the future." in text and "Spam links." in text
    both = post_form(client, f"/moderation/members/{member.username}/suspend",
                     {"days": "2", "ends_at": "2099-01-01", "reason": ""})
    assert both.status_code == 422 and "not both" in both.get_data(as_text=True)
    ok = post_form(client, f"/moderation/members/{member.username}/suspend",
                   {"days": "2", "reason": "Spam links."})
    assert ok.status_code == 303
    page = client.get(f"/moderation/members/{member.username}").get_data(as_text=True)
    assert "Lift the suspension now" in page and "Spam links." in page
    lifted = post_form(client, f"/moderation/members/{member.username}/lift/suspension",
                       {"reason": "Appeal accepted."})
    assert lifted.status_code == 303
    fresh(session)
    sanction = session.scalar(select(Sanction).where(Sanction.user_id == member.id))
    assert sanction.lifted_at and sanction.lift_reason == "Appeal accepted."
    assert client.get(f"/moderation/members/{member.username}/lift/nothing",
                      ).status_code == 405
    assert post_form(client, f"/moderation/members/{member.username}/lift/nothing"
                     ).status_code == 404


def test_only_site_moderators_restrict_and_never_themselves_or_staff(api, session, make_user,
                                                                  token_for):
    member, moderator, admin = make_user(), make_user("moderator"), make_user("admin")
    mod_token = token_for(moderator)
    body = {"days": 1, "reason": "Because."}
    api.post(f"{PREFIX}/users/{member.username}/silence", json=body, expect=401)
    api.post(f"{PREFIX}/users/{member.username}/silence", token=token_for(make_user()),
             json=body, expect=403)
    api.post(f"{PREFIX}/users/{moderator.username}/suspension", token=mod_token, json=body,
             expect=403)  # not themselves
    api.post(f"{PREFIX}/users/{admin.username}/suspension", token=mod_token, json=body,
             expect=403)  # staff: administrators only
    api.post(f"{PREFIX}/users/{moderator.username}/silence", token=token_for(admin),
             json=body, expect=200)
    api.post(f"{PREFIX}/users/{member.username}/silence", token=mod_token, expect=422,
             json={"reason": "No end given."})
    api.post(f"{PREFIX}/users/{member.username}/silence", token=mod_token, expect=422,
             json={"days": 1, "ends_at": "2099-01-01T00:00:00Z", "reason": "Both."})
    api.post(f"{PREFIX}/users/{member.username}/silence", token=mod_token, expect=422,
             json={"ends_at": "next week", "reason": "Bad date."})
    api.post(f"{PREFIX}/users/{member.username}/silence", token=mod_token, expect=422,
             json={"days": 2, "until": "2099-01-01"})
    api.post("/api/v1/users/nobody-here/silence", token=mod_token, json=body, expect=404)
    fresh(session)
    assert session.scalar(select(Sanction.id).where(Sanction.user_id == member.id)) is None
    standing = api.get(f"{PREFIX}/users/{member.username}/standing", token=mod_token).get_json()
    assert standing["silenced_until"] is None and standing["history"] == []

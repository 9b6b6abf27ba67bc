"""Queued posts: a new (trust level 0) member's posts wait in the queue, hidden from everyone
but their author and the board's moderators, unannounced (no mention, no watcher, not in
search) until approved; a rejection needs a reason, which the author then sees."""
from __future__ import annotations

from sqlalchemy import func, select

from community.boards.models import Post, Watch
from community.notifications.models import Notification
from community.platform.spaces.models import BoardModerator
from tests.support import flags as support
from tests.support.api import PREFIX
from tests.support.email_links import confirm_email
from tests.support.flags import (
    TITLE,
    act,
    fresh,
    item_for,
    new_topic,
    reply,
)
from tests.support.web import login, post_form

api = support.api  # the fixture


def _notifications(session, user_id: int) -> int:
    fresh(session)
    return session.scalar(select(func.count()).select_from(Notification)
                          .where(Notification.user_id == user_id)) or 0


def test_a_new_members_topic_waits_unseen_and_unannounced_until_approved(
        api, client, session, make_user, token_for):
    newcomer, colleague = make_user(trust_level=0), make_user(username="dr_osei")
    watcher = make_user()
    token, colleague_token = token_for(newcomer), token_for(colleague)
    api.put(f"{PREFIX}/boards/cardiology/watch", token=token_for(watcher), expect=200)
    topic = new_topic(api, token, raw="Asking @dr_osei: quinidine for Brugada storms?")
    opening = topic["posts"]["items"][0]
    item = item_for(session, "queued_post", opening["id"])
    assert item.status == "pending" and item.data["opening_post"] is True
    assert item.subject_user_id == newcomer.id and item.board_id is not None
    # Invisible to others, everywhere; unannounced.
    api.get(f"{PREFIX}/topics/{topic['id']}", token=colleague_token, expect=404)
    api.get(f"{PREFIX}/posts/{opening['id']}", expect=404)
    listing = api.get(f"{PREFIX}/boards/cardiology/topics", token=colleague_token).get_json()
    assert listing["items"] == []
    assert api.get(f"{PREFIX}/search?q=quinidine", token=colleague_token).get_json()[
        "total"] == 0
    assert _notifications(session, colleague.id) == 0
    assert _notifications(session, watcher.id) == 0
    moderator = token_for(make_user("moderator"))
    # The author sees it, marked as awaiting review.
    login(client, newcomer)
    page = client.get(f"/t/{topic['id']}").get_data(as_text=True)
    assert "awaiting review" in page and "quinidine" in page
    mine = client.get("/moderation/my-posts").get_data(as_text=True)
    assert "awaiting review" in mine
    # Approved: published, announced, searchable.
    assert act(api, moderator, item, "approve").get_json()["status"] == "approved"
    api.get(f"{PREFIX}/topics/{topic['id']}", token=colleague_token, expect=200)
    assert _notifications(session, colleague.id) == 1  # the mention
    assert _notifications(session, watcher.id) == 1  # new topic in a watched board
    assert api.get(f"{PREFIX}/search?q=quinidine", token=colleague_token).get_json()[
        "total"] == 1


def test_a_new_members_reply_is_queued_and_a_rejection_needs_and_shows_a_reason(
        api, client, session, make_user, token_for):
    regular, newcomer = make_user(), make_user(trust_level=0)
    regular_token, token = token_for(regular), token_for(newcomer)
    topic = new_topic(api, regular_token)
    queued = reply(api, token, topic["id"], "Buy my ECG course at example.com")
    assert queued["number"] == 2  # the author gets their post back
    assert _notifications(session, regular.id) == 0  # no "reply" for a hidden post
    reader = token_for(make_user())
    posts = api.get(f"{PREFIX}/topics/{topic['id']}", token=reader).get_json()["posts"]
    assert [p["number"] for p in posts["items"]] == [1]
    item = item_for(session, "queued_post", queued["id"])
    moderator = make_user("moderator")
    moderator_token = token_for(moderator)
    assert "reason" in act(api, moderator_token, item, "reject", expect=422).get_json()["errors"]
    act(api, moderator_token, item, "reject", "Commercial promotion is not allowed here.")
    fresh(session)
    assert session.get(Post, queued["id"]).is_deleted
    assert _notifications(session, regular.id) == 0
    listed = api.get(f"{PREFIX}/me/posts-in-review", token=token).get_json()["items"]
    assert listed[0]["status"] == "rejected"
    assert listed[0]["reason"] == "Commercial promotion is not allowed here."
    login(client, newcomer)
    page = client.get("/moderation/my-posts").get_data(as_text=True)
    assert "Commercial promotion is not allowed here." in page and "rejected" in page


def test_the_item_page_shows_the_queued_post_and_its_actions(api, client, session, make_user,
                                                            token_for):
    newcomer = make_user(trust_level=0)
    topic = new_topic(api, token_for(newcomer), raw="Is a QTc of 470 ms normal in women?")
    item = item_for(session, "queued_post", topic["posts"]["items"][0]["id"])
    login(client, make_user("moderator"))
    page = client.get(f"/moderation/items/{item.id}").get_data(as_text=True)
    assert "New topic awaiting review" in page and "QTc of 470" in page
    assert "Approve and publish" in page and "Reject the post" in page
    rejected = post_form(client, f"/moderation/items/{item.id}/act/reject",
                         {"version": item.version, "reason": ""})
    assert rejected.status_code == 422
    assert post_form(client, f"/moderation/items/{item.id}/act/approve",
                     {"version": item.version}).status_code == 303
    fresh(session)
    assert not session.get(Post, topic["posts"]["items"][0]["id"]).is_hidden


def test_a_reply_in_a_queued_topic_waits_for_the_topic(api, session, make_user, token_for):
    newcomer = make_user(trust_level=0)
    token = token_for(newcomer)
    topic = new_topic(api, token)
    own_reply = reply(api, token, topic["id"], "Adding the echo result: normal.")
    moderator = token_for(make_user("moderator"))
    early = act(api, moderator, item_for(session, "queued_post", own_reply["id"]), "approve",
                expect=422).get_json()
    assert "approve the topic first" in early["detail"]
    act(api, moderator, item_for(session, "queued_post", topic["posts"]["items"][0]["id"]),
        "approve")
    act(api, moderator, item_for(session, "queued_post", own_reply["id"]), "approve")
    posts = api.get(f"{PREFIX}/topics/{topic['id']}", token=token_for(make_user())).get_json()
    assert [p["number"] for p in posts["posts"]["items"]] == [1, 2]


def test_members_from_level_one_and_staff_post_directly(api, session, make_user, token_for):
    for user in (make_user(trust_level=1), make_user("moderator", trust_level=0)):
        topic = new_topic(api, token_for(user), title=f"{TITLE} ({user.username})")
        assert item_for(session, "queued_post", topic["posts"]["items"][0]["id"]) is None
    board_mod = make_user(trust_level=0)
    fresh(session)
    session.add(BoardModerator(board_id=1, user_id=board_mod.id))
    session.commit()
    topic = new_topic(api, token_for(board_mod), title=f"{TITLE} (board moderator)")
    assert item_for(session, "queued_post", topic["posts"]["items"][0]["id"]) is None


def test_a_member_who_just_joined_has_their_first_post_queued(app, client, session):
    response = post_form(client, "/register", {
        "email": "new@example.org", "username": "new_doc", "password": "long enough pw 1",
        "display_name": "Dr New", "credentials": "MD", "time_zone": "UTC", "language": "en"})
    assert response.status_code == 303
    confirm_email(app, client, "new@example.org")  # the address first (issue 13)
    created = post_form(client, "/b/cardiology/new", {"title": TITLE, "raw": "Hello all."})
    assert created.status_code == 303
    page = client.get(created.headers["Location"]).get_data(as_text=True)
    assert "awaiting review" in page
    fresh(session)
    post = session.scalar(select(Post).where(Post.raw == "Hello all."))
    assert post.hidden_reason == "queued" and item_for(session, "queued_post", post.id)
    # The author still watches their topic, as after any post.
    assert session.scalar(select(Watch.id).where(Watch.topic_id == post.topic_id))

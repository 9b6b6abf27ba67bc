"""Flags: weights by trust level and the hide threshold, the instant hides (a moderator; a
verified clinician's patient-privacy flag), one flag per member, what hidden posts look like
to whom (pages, API, search), and the keep / remove / ignore outcomes of the queue item."""
from __future__ import annotations

from sqlalchemy import select

from community.boards.models import Post
from community.platform.spaces.models import BoardModerator
from moderation.audit.models import AuditEntry
from moderation.flags.policy import FLAG_WEIGHTS, HIDE_THRESHOLD
from tests.support import flags as support
from tests.support.api import PREFIX
from tests.support.flags import (
    act,
    flag,
    flags_of,
    fresh,
    item_for,
    new_topic,
    reply,
)
from tests.support.web import login, post_form

api = support.api  # the fixture

SECRET = "Zanzibar porcupine dosing"  # a word search can find


def _reply_post(api, token_for, make_user, raw=f"My take: {SECRET}."):
    author = make_user()
    token = token_for(author)
    topic = new_topic(api, token)
    post = reply(api, token, topic["id"], raw)
    return author, token, topic, post


def test_flags_weigh_by_trust_level_and_hide_the_post_at_the_threshold(
        api, session, make_user, token_for):
    _, _, _, post = _reply_post(api, token_for, make_user)
    newcomer, basic, member = (token_for(make_user(trust_level=n)) for n in (0, 1, 2))
    first = flag(api, newcomer, post["id"], "spam").get_json()
    assert first["weight"] == FLAG_WEIGHTS[0] == 0.5 and first["post_hidden"] is False
    assert "flagger" not in first  # the flagger's own view: no names
    flag(api, basic, post["id"], "off_topic")
    item = item_for(session, "flagged_post", post["id"])
    assert item.data["score"] == 1.5 and item.data["flags"] == 2
    assert item.data["reasons"] == {"spam": 1, "off_topic": 1}
    assert [e.action for e in item.events] == ["enqueued", "flagged"]  # one item, updated
    assert flag(api, member, post["id"], "other", message="Advertising a course."
                ).get_json()["post_hidden"] is True  # 0.5 + 1 + 1.5 = 3
    item = item_for(session, "flagged_post", post["id"])
    assert item.data["score"] == HIDE_THRESHOLD and item.data["hidden"] is True
    assert item.board_id is not None and item.status == "pending"
    assert session.get(Post, post["id"]).hidden_reason == "flagged"
    assert session.scalar(select(AuditEntry).where(AuditEntry.action == "post.hidden",
                                                   AuditEntry.subject_id == post["id"]))


def test_a_moderators_flag_hides_at_once_board_moderators_too(api, session, make_user,
                                                              token_for):
    _, _, _, post = _reply_post(api, token_for, make_user)
    board_mod = make_user()
    session.add(BoardModerator(board_id=session.get(Post, post["id"]).topic.board_id,
                               user_id=board_mod.id))
    session.commit()
    body = flag(api, token_for(board_mod), post["id"], "inappropriate").get_json()
    assert body["post_hidden"] is True and body["weight"] == HIDE_THRESHOLD


def test_patient_privacy_flag_from_a_verified_clinician_hides_at_once(api, make_user,
                                                                     token_for):
    _, _, _, post = _reply_post(api, token_for, make_user)
    unverified = token_for(make_user(trust_level=1))
    assert flag(api, unverified, post["id"], "patient_privacy").get_json()[
        "post_hidden"] is False
    verified = token_for(make_user(trust_level=1, verified=True))
    assert flag(api, verified, post["id"], "patient_privacy").get_json()["post_hidden"] is True
    # The same clinician's other reasons count their weight only.
    _, _, _, other = _reply_post(api, token_for, make_user, raw="Another reply.")
    assert flag(api, token_for(make_user(verified=True)), other["id"], "spam").get_json()[
        "post_hidden"] is False


def test_one_flag_per_member_and_who_may_flag(api, client, session, make_user, token_for):
    author, author_token, topic, post = _reply_post(api, token_for, make_user)
    flagger = make_user()
    token = token_for(flagger)
    flag(api, token, post["id"])
    again = flag(api, token, post["id"], "spam", expect=409).get_json()
    assert "already flagged" in again["detail"]
    assert len(flags_of(session, post["id"])) == 1
    assert "own post" in flag(api, author_token, post["id"], expect=403).get_json()["detail"]
    api.post(f"{PREFIX}/posts/{post['id']}/flags", json={"reason": "spam"}, expect=401)
    flag(api, token, 999999, expect=404)
    other = token_for(make_user())
    assert "message" in flag(api, other, post["id"], "other", expect=422).get_json()["errors"]
    assert "reason" in flag(api, other, post["id"], "rude", expect=422).get_json()["errors"]
    api.post(f"{PREFIX}/posts/{post['id']}/flags", token=other, expect=422,
             json={"reason": "spam", "flagger": "someone"})
    assert len(flags_of(session, post["id"])) == 1  # nothing half-filed
    # The page: the form, the 422 with the text kept, the second flag refused clearly.
    login(client, flagger)
    page = client.get(f"/p/{post['id']}/flag").get_data(as_text=True)
    assert "You flagged this post" in page
    second = post_form(client, f"/p/{post['id']}/flag", {"reason": "spam"})
    assert second.status_code == 409 and "You flagged this post" in second.get_data(as_text=True)
    post_form(client, "/logout")
    fresh = make_user()
    login(client, fresh)
    form = client.get(f"/p/{post['id']}/flag").get_data(as_text=True)
    assert 'name="reason"' in form and "Patient privacy" in form and 'name="csrf_token"' in form
    bad = post_form(client, f"/p/{post['id']}/flag", {"reason": "other", "message": "  "})
    assert bad.status_code == 422 and "Tell the moderators" in bad.get_data(as_text=True)
    done = post_form(client, f"/p/{post['id']}/flag",
                     {"reason": "other", "message": "Selling supplements"})
    assert done.status_code == 303
    assert {f.message for f in flags_of(session, post["id"])} >= {"Selling supplements"}
    # The Flag link is on the post cards of others' posts, not on one's own.
    assert client.get(f"/t/{topic['id']}").get_data(as_text=True).count(">Flag</a>") == 2
    post_form(client, "/logout")
    login(client, author)
    assert client.get(f"/t/{topic['id']}").get_data(as_text=True).count(">Flag</a>") == 0
    assert client.get(f"/p/{post['id']}/flag").status_code == 403


def test_a_hidden_post_is_seen_by_its_author_and_moderators_only(
        api, client, session, make_user, token_for):
    author, author_token, topic, post = _reply_post(api, token_for, make_user)
    moderator = make_user("moderator")
    moderator_token = token_for(moderator)
    reader = make_user()
    reader_token = token_for(reader)
    found = api.get(f"{PREFIX}/search?q=porcupine", token=reader_token).get_json()
    assert [h["post"]["id"] for h in found["items"]] == [post["id"]]
    flag(api, moderator_token, post["id"], "spam")
    # Others: not in the topic, not by id, not in search.
    api.get(f"{PREFIX}/posts/{post['id']}", token=reader_token, expect=404)
    api.get(f"{PREFIX}/posts/{post['id']}", expect=404)
    listed = api.get(f"{PREFIX}/topics/{topic['id']}", token=reader_token).get_json()
    assert [p["id"] for p in listed["posts"]["items"]] == [topic["posts"]["items"][0]["id"]]
    assert api.get(f"{PREFIX}/search?q=porcupine", token=reader_token).get_json()["total"] == 0
    login(client, reader)
    page = client.get(f"/t/{topic['id']}").get_data(as_text=True)
    assert SECRET not in page
    post_form(client, "/logout")
    # The author and the moderators still see it, marked.
    api.get(f"{PREFIX}/posts/{post['id']}", token=author_token, expect=200)
    api.get(f"{PREFIX}/posts/{post['id']}", token=moderator_token, expect=200)
    login(client, author)
    page = client.get(f"/t/{topic['id']}").get_data(as_text=True)
    assert SECRET in page and "Hidden pending review" in page
    # Nobody can like or flag it meanwhile.
    api.put(f"{PREFIX}/posts/{post['id']}/like", token=moderator_token, expect=403)


def test_flagging_an_opening_post_past_the_threshold_hides_its_topic(api, make_user, token_for):
    author_token = token_for(make_user())
    topic = new_topic(api, author_token)
    opening = topic["posts"]["items"][0]["id"]
    flag(api, token_for(make_user(verified=True)), opening, "patient_privacy")
    reader = token_for(make_user())
    listing = api.get(f"{PREFIX}/boards/cardiology/topics", token=reader).get_json()
    assert topic["id"] not in [t["id"] for t in listing["items"]]
    api.get(f"{PREFIX}/topics/{topic['id']}", token=reader, expect=404)
    mine = api.get(f"{PREFIX}/boards/cardiology/topics", token=author_token).get_json()
    assert topic["id"] in [t["id"] for t in mine["items"]]


def test_keep_dismisses_the_flags_and_shows_the_post_again(api, client, session, make_user,
                                                          token_for):
    _, _, _, post = _reply_post(api, token_for, make_user)
    moderator_user = make_user("moderator")
    moderator = token_for(moderator_user)
    flag(api, token_for(make_user(verified=True)), post["id"], "patient_privacy",
         message="Names the ward and the date.")
    item = item_for(session, "flagged_post", post["id"])
    login(client, moderator_user)
    page = client.get(f"/moderation/items/{item.id}").get_data(as_text=True)
    assert "Flagged post" in page and SECRET in page and "hidden pending review" in page
    assert "Names the ward and the date." in page and "Keep the post" in page
    post_form(client, "/logout")
    body = act(api, moderator, item, "keep", "No patient detail in it.").get_json()
    assert body["status"] == "approved"
    assert [f.outcome for f in flags_of(session, post["id"])] == ["dismissed"]
    reader = token_for(make_user())
    api.get(f"{PREFIX}/posts/{post['id']}", token=reader, expect=200)
    assert api.get(f"{PREFIX}/search?q=porcupine", token=reader).get_json()["total"] == 1
    # New flags after a decision start a new item and count from zero.
    flag(api, token_for(make_user()), post["id"], "spam")
    newer = item_for(session, "flagged_post", post["id"])
    assert newer.id != item.id and newer.data["score"] == 1.0


def test_remove_deletes_the_post_upholds_the_flags_and_tells_the_author(
        api, client, session, make_user, token_for):
    author, author_token, _, post = _reply_post(api, token_for, make_user)
    moderator = token_for(make_user("moderator"))
    flag(api, token_for(make_user()), post["id"], "commercial_promotion")
    item = item_for(session, "flagged_post", post["id"])
    act(api, moderator, item, "remove", expect=422)  # a reason is required
    act(api, moderator, item, "remove", "Promotes a product.")
    fresh(session)
    assert session.get(Post, post["id"]).is_deleted
    assert [f.outcome for f in flags_of(session, post["id"])] == ["upheld"]
    api.get(f"{PREFIX}/posts/{post['id']}", token=token_for(make_user()), expect=404)
    mine = api.get(f"{PREFIX}/me/posts-in-review", token=author_token).get_json()["items"]
    assert mine[0]["status"] == "rejected" and mine[0]["reason"] == "Promotes a product."
    login(client, author)
    page = client.get("/moderation/my-posts").get_data(as_text=True)
    assert "Promotes a product." in page and "removed" in page
    # The upheld flag counts against the author's trust.
    standing = api.get(f"{PREFIX}/users/{author.username}/standing", token=author_token)
    assert standing.get_json()["upheld_flags"] == 1


def test_ignore_sets_the_flags_aside_and_leaves_the_post(api, session, make_user, token_for):
    _, _, _, post = _reply_post(api, token_for, make_user)
    flag(api, token_for(make_user()), post["id"], "off_topic")
    item = item_for(session, "flagged_post", post["id"])
    act(api, token_for(make_user("moderator")), item, "ignore")
    assert [f.outcome for f in flags_of(session, post["id"])] == ["ignored"]
    assert not session.get(Post, post["id"]).is_hidden


def test_board_moderators_act_on_flags_in_their_boards_only(api, session, make_user,
                                                            token_for):
    _, _, _, cardio = _reply_post(api, token_for, make_user)
    neuro_token = token_for(make_user())
    neuro_topic = new_topic(api, neuro_token, board="neurology")
    neuro = reply(api, neuro_token, neuro_topic["id"], "A neurology reply.")
    for post in (cardio, neuro):
        flag(api, token_for(make_user()), post["id"], "spam")
    board_mod = make_user()
    session.add(BoardModerator(board_id=session.get(Post, cardio["id"]).topic.board_id,
                               user_id=board_mod.id))
    session.commit()
    token = token_for(board_mod)
    act(api, token, item_for(session, "flagged_post", neuro["id"]), "keep", expect=404)
    act(api, token, item_for(session, "flagged_post", cardio["id"]), "remove", "Spam.")
    # Site-wide actions stay with site moderators.
    author = session.get(Post, cardio["id"]).author.username
    api.post(f"{PREFIX}/users/{author}/silence", token=token, expect=403,
             json={"days": 1, "reason": "Spam."})
    api.get(f"{PREFIX}/posts/{cardio['id']}/flags", token=token, expect=200)
    api.get(f"{PREFIX}/posts/{neuro['id']}/flags", token=token, expect=403)
    listed = api.get(f"{PREFIX}/posts/{cardio['id']}/flags", token=token).get_json()
    assert listed["items"][0]["flagger"] and listed["items"][0]["outcome"] == "upheld"

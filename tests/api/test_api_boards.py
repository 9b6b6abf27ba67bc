"""Boards through the API: topics, replies, edits and conflicts, revisions, likes, watches,
moderation, restricted boards, posting limits, notifications and search."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from community.boards.models import Post, PostRevision, Topic
from community.platform.spaces.models import Board
from tests.support.api import PREFIX

TITLE = "Chest pain in a young runner"


def _count(session, model) -> int:
    session.rollback()  # a fresh snapshot: see what the requests committed
    return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def people(make_user, token_for):
    """Tokens for an author, another member, a moderator; and the users."""
    users = {"author": make_user(), "member": make_user(), "moderator": make_user("moderator")}
    tokens = {name: token_for(user) for name, user in users.items()}
    return users, tokens


def test_boards_and_their_topics(api, people, topic_factory):
    _, tokens = people
    boards = api.get(f"{PREFIX}/boards", expect=200).get_json()["items"]
    assert len(boards) >= 20 and boards[0]["slug"] == "cardiology"
    board = api.get(f"{PREFIX}/boards/cardiology", expect=200).get_json()
    assert board["name"] == "Cardiology" and board["watching"] is False
    api.get(f"{PREFIX}/boards/no-such-board", expect=404)
    api.get(f"{PREFIX}/boards/no-such-board/topics", expect=404)

    for n in range(3):
        topic_factory(tokens["author"], title=f"{TITLE} number {n}", tags=["ecg", f"t{n}"])
    listing = api.get(f"{PREFIX}/boards/cardiology/topics", expect=200)
    page = listing.get_json()
    assert (page["total"], page["page"], page["pages"]) == (3, 1, 1)
    assert page["items"][0]["title"] == f"{TITLE} number 2"  # newest activity first
    assert 'rel="first"' in listing.headers["Link"] and 'rel="next"' not in listing.headers["Link"]
    tagged = api.get(f"{PREFIX}/boards/cardiology/topics?tag=t1", expect=200).get_json()
    assert [t["title"] for t in tagged["items"]] == [f"{TITLE} number 1"]
    assert api.get(f"{PREFIX}/boards/cardiology/topics?page=9").get_json()["items"] == []
    for bad in ("abc", "0", "-1", "--5", "²", "1.5", "99999999999999999999"):
        api.get(f"{PREFIX}/boards/cardiology/topics?page={bad}", expect=422)


def test_start_read_reply_and_quote(api, session, people, topic_factory):
    users, tokens = people
    created = api.post(f"{PREFIX}/boards/cardiology/topics", token=tokens["author"], expect=201,
                       json={"title": TITLE, "raw": "See @" + users["member"].username
                             + "\n\n<script>alert(1)</script> **bold**",
                             "tags": ["ecg", "sport", "ecg"]})
    topic = created.get_json()
    assert created.headers["Location"] == f"/api/v1/topics/{topic['id']}"
    assert topic["title"] == TITLE and topic["tags"] == ["ecg", "sport"]
    opening = topic["posts"]["items"][0]
    assert opening["number"] == 1 and opening["revision"] == 1
    assert opening["author"] == {"username": users["author"].username,
                                 "display_name": users["author"].display_name,
                                 "credentials": "MD", "verified": False}
    assert "<script>" not in opening["cooked"] and "<strong>bold</strong>" in opening["cooked"]

    url = f"{PREFIX}/topics/{topic['id']}/posts"
    reply = api.post(url, token=tokens["member"], expect=201,
                     json={"raw": "Agreed.", "reply_to": opening["id"]})
    body = reply.get_json()
    assert reply.headers["Location"] == f"/api/v1/posts/{body['id']}"
    assert body["number"] == 2 and body["reply_to"]["number"] == 1
    read = api.get(f"{PREFIX}/topics/{topic['id']}", expect=200).get_json()
    assert read["post_count"] == 2 and [p["number"] for p in read["posts"]["items"]] == [1, 2]
    assert read["can_reply"] is False  # anonymous
    mine = api.get(f"{PREFIX}/topics/{topic['id']}", token=tokens["member"]).get_json()
    assert mine["can_reply"] and mine["watching"]  # replying watches the topic
    assert api.get(f"{PREFIX}/posts/{body['id']}", expect=200).get_json()["raw"] == "Agreed."
    quote = api.get(f"{PREFIX}/posts/{opening['id']}/quote", expect=200).get_json()["markdown"]
    assert quote.startswith(f"> **@{users['author'].username}** wrote in post #1")
    api.get(f"{PREFIX}/topics/999999", expect=404)
    api.get(f"{PREFIX}/topics/99999999999", expect=404)
    api.get(f"{PREFIX}/topics/abc", expect=404)
    api.get(f"{PREFIX}/posts/999999/quote", expect=404)
    api.get(f"{PREFIX}/topics/{topic['id']}?page=x", expect=422)


def test_bad_topics_and_replies_are_refused_whole(api, session, people, topic_factory):
    _, tokens = people
    url, token = f"{PREFIX}/boards/cardiology/topics", tokens["author"]
    api.post(url, json={"title": TITLE, "raw": "Anonymous."}, expect=401)
    short = api.post(url, token=token, json={"title": "Too short", "raw": "x"}, expect=422)
    assert "title" in short.get_json()["errors"]
    long = api.post(url, token=token, json={"title": TITLE, "raw": "x" * 32001}, expect=422)
    assert "32,000" in long.get_json()["errors"]["raw"][0]
    both = api.post(url, token=token, json={"title": 7, "raw": ["x"], "tags": [1]},
                    expect=422).get_json()
    assert set(both["errors"]) == {"title", "raw", "tags"}
    api.post(url, token=token, json={"title": TITLE, "raw": "ok", "tags": ["Bad Tag!"]},
             expect=422)
    api.post(url, token=token, json={"title": TITLE, "raw": "ok", "pinned": True}, expect=422)
    api.post(url, token=token, data=b"\xff", content_type="application/json", expect=422)
    api.post(url, token=token, data=b"", content_type="application/json", expect=422)
    api.post(url, token=token, json="a string", expect=422)
    api.post(url, token=token, json={"title": TITLE, "raw": "nul \x00 byte"}, expect=422)
    assert _count(session, Topic) == 0 and _count(session, Post) == 0
    assert api.post(url, token=token, json={"title": TITLE, "raw": "x" * 32000},
                    expect=201).get_json()["posts"]["items"][0]["raw"] == "x" * 32000

    topic = topic_factory(token)
    replies = f"{PREFIX}/topics/{topic['id']}/posts"
    api.post(replies, token=token, json={"raw": ""}, expect=422)
    api.post(replies, token=token, json={"raw": "x" * 32001}, expect=422)
    for bad in ("abc", True, 999999, -1, 10**30, {"id": 1}):
        api.post(replies, token=token, json={"raw": "ok", "reply_to": bad}, expect=422)
    assert _count(session, Post) == 2


def test_two_editors_the_second_gets_a_conflict_not_an_overwrite(api, session, people,
                                                                 topic_factory):
    _, tokens = people
    topic = topic_factory(tokens["author"], raw="Line one\nLine two")
    post_id = topic["posts"]["items"][0]["id"]
    url = f"{PREFIX}/posts/{post_id}"
    first = api.patch(url, token=tokens["author"], expect=200, json={
        "raw": "Line one\nLine two, corrected", "base_revision": 1, "reason": "typo"})
    assert first.get_json()["revision"] == 2 and first.get_json()["edited_at"]
    conflict = api.patch(url, token=tokens["moderator"], expect=409, json={
        "raw": "Line one\nLine two\nModerator note", "base_revision": 1}).get_json()
    assert conflict["type"].endswith("/edit-conflict")
    assert conflict["current_revision"] == 2
    assert conflict["current_raw"] == "Line one\nLine two, corrected"
    assert conflict["your_raw"] == "Line one\nLine two\nModerator note"
    assert {"op": "insert", "text": "Line two, corrected"} in conflict["diff"]
    assert "+Line two, corrected" in conflict["unified_diff"]
    current = api.get(url).get_json()
    assert current["raw"] == "Line one\nLine two, corrected" and current["revision"] == 2
    assert _count(session, PostRevision) == 2
    # Merged and based on the current revision, the second save goes through.
    api.patch(url, token=tokens["moderator"], expect=200, json={
        "raw": "Line one\nLine two, corrected\nModerator note", "base_revision": 2})
    # Bad edits: a stranger, missing or wrong-typed base, a short title.
    api.patch(url, token=tokens["member"], json={"raw": "mine", "base_revision": 3},
              expect=403)
    for body in ({"raw": "x"}, {"raw": "x", "base_revision": "three"},
                 {"raw": "x", "base_revision": True}, {"raw": 5, "base_revision": 3},
                 {"raw": "x", "base_revision": 3, "title": "short"},
                 {"raw": "x", "base_revision": 3, "colour": "red"}):
        api.patch(url, token=tokens["author"], json=body, expect=422)
    retitled = api.patch(url, token=tokens["author"], expect=200, json={
        "raw": "New text", "base_revision": 3, "title": "A better and longer title"})
    assert retitled.get_json()["revision"] == 4
    assert api.get(f"{PREFIX}/topics/{topic['id']}").get_json()["title"] == (
        "A better and longer title")


def test_revisions_diffs_and_hiding(api, people, topic_factory):
    _, tokens = people
    topic = topic_factory(tokens["author"], raw="Patient J. Smith, 54, chest pain")
    post_id = topic["posts"]["items"][0]["id"]
    api.patch(f"{PREFIX}/posts/{post_id}", token=tokens["author"], expect=200,
              json={"raw": "A 54-year-old with chest pain", "base_revision": 1,
                    "reason": "de-identify"})
    revisions = api.get(f"{PREFIX}/posts/{post_id}/revisions", expect=200).get_json()["items"]
    assert [r["number"] for r in revisions] == [1, 2] and revisions[1]["reason"] == "de-identify"
    diff = api.get(f"{PREFIX}/posts/{post_id}/revisions/diff?from=1&to=2", expect=200).get_json()
    assert {"op": "delete", "text": "Patient J. Smith, 54, chest pain"} in diff["lines"]
    assert not diff["hidden"] and "-Patient J. Smith" in diff["unified"]
    for query in ("", "?from=1", "?from=a&to=2", "?from=0&to=2"):
        api.get(f"{PREFIX}/posts/{post_id}/revisions/diff{query}", expect=422)
    api.get(f"{PREFIX}/posts/{post_id}/revisions/diff?from=1&to=7", expect=404)

    hide = f"{PREFIX}/posts/{post_id}/revisions/1/hide"
    api.post(hide, json={"reason": "patient name"}, expect=401)
    api.post(hide, token=tokens["author"], json={"reason": "patient name"}, expect=403)
    api.post(hide, token=tokens["member"], json={"reason": "patient name"}, expect=403)
    api.post(hide, token=tokens["moderator"], json={"reason": 3}, expect=422)
    api.post(f"{PREFIX}/posts/{post_id}/revisions/2/hide", token=tokens["moderator"],
             json={"reason": "current"}, expect=422)
    api.post(f"{PREFIX}/posts/{post_id}/revisions/9/hide", token=tokens["moderator"],
             json={"reason": "none"}, expect=404)
    hidden = api.post(hide, token=tokens["moderator"], json={"reason": "patient name"},
                      expect=200).get_json()
    assert hidden["hidden"] and hidden["raw"] is None and hidden["hidden_reason"] == (
        "patient name")
    after = api.get(f"{PREFIX}/posts/{post_id}/revisions").get_json()["items"]
    assert after[0]["raw"] is None and after[0]["editor"]["username"]
    diff = api.get(f"{PREFIX}/posts/{post_id}/revisions/diff?from=1&to=2").get_json()
    assert diff["hidden"] and "Smith" not in str(diff)


def test_likes_and_watches_are_idempotent(api, people, topic_factory):
    _, tokens = people
    topic = topic_factory(tokens["author"])
    post_id = topic["posts"]["items"][0]["id"]
    like = f"{PREFIX}/posts/{post_id}/like"
    api.put(like, expect=401)
    for _ in range(2):
        assert api.put(like, token=tokens["member"], expect=200).get_json() == {
            "liked": True, "like_count": 1}
    api.put(like, token=tokens["moderator"], expect=200)
    post = api.get(f"{PREFIX}/posts/{post_id}", token=tokens["member"]).get_json()
    assert post["like_count"] == 2 and post["liked_by_me"]
    api.put(like, token=tokens["author"], expect=403)  # not your own
    for _ in range(2):
        assert api.delete(like, token=tokens["member"], expect=200).get_json() == {
            "liked": False, "like_count": 1}

    for target in ("boards/cardiology", f"topics/{topic['id']}"):
        watch = f"{PREFIX}/{target}/watch"
        for _ in range(2):
            assert api.put(watch, token=tokens["member"], expect=200).get_json() == {
                "watching": True}
        assert api.get(f"{PREFIX}/{target}", token=tokens["member"]).get_json()["watching"]
        for _ in range(2):
            assert api.delete(watch, token=tokens["member"], expect=200).get_json() == {
                "watching": False}
        assert not api.get(f"{PREFIX}/{target}", token=tokens["member"]).get_json()["watching"]
    api.put(f"{PREFIX}/boards/nowhere/watch", token=tokens["member"], expect=404)


def test_moderators_pin_lock_move_delete_and_restore(api, session, people, topic_factory):
    _, tokens = people
    topic = topic_factory(tokens["author"])
    url = f"{PREFIX}/topics/{topic['id']}"
    api.patch(url, json={"pinned": True}, expect=401)
    api.patch(url, token=tokens["author"], json={"pinned": True}, expect=403)
    api.patch(url, token=tokens["author"], json={}, expect=403)
    api.delete(url, token=tokens["member"], expect=403)
    api.patch(url, token=tokens["moderator"], json={"pinned": "yes"}, expect=422)
    # A bad move refuses the whole request: the pin in it is not kept either.
    api.patch(url, token=tokens["moderator"], json={"pinned": True, "board": "nowhere"},
              expect=422)
    api.patch(url, token=tokens["moderator"], json={"board": 5}, expect=422)
    assert api.get(url).get_json()["pinned"] is False
    changed = api.patch(url, token=tokens["moderator"], expect=200, json={
        "pinned": True, "locked": True, "board": "emergency-medicine"}).get_json()
    assert (changed["pinned"], changed["locked"], changed["board"]) == (
        True, True, "emergency-medicine")
    assert api.get(f"{PREFIX}/boards/emergency-medicine").get_json()["topic_count"] == 1
    assert api.get(f"{PREFIX}/boards/cardiology").get_json()["topic_count"] == 0
    api.post(f"{url}/posts", token=tokens["member"], json={"raw": "Locked?"}, expect=403)
    api.post(f"{url}/posts", token=tokens["moderator"], json={"raw": "Staff note."},
             expect=201)
    api.patch(url, token=tokens["moderator"], json={"locked": False}, expect=200)

    reply = api.post(f"{url}/posts", token=tokens["member"], json={"raw": "Withdrawn."},
                     expect=201).get_json()
    opening = topic["posts"]["items"][0]["id"]
    api.delete(f"{PREFIX}/posts/{opening}", token=tokens["author"], expect=403)
    api.delete(f"{PREFIX}/posts/{reply['id']}", token=tokens["author"], expect=403)
    api.delete(f"{PREFIX}/posts/{reply['id']}", token=tokens["member"], expect=204)
    api.get(f"{PREFIX}/posts/{reply['id']}", expect=404)
    assert api.get(f"{PREFIX}/posts/{reply['id']}", token=tokens["moderator"],
                   expect=200).get_json()["deleted"]
    api.post(f"{PREFIX}/posts/{reply['id']}/restore", token=tokens["member"], expect=404)
    restored = api.post(f"{PREFIX}/posts/{reply['id']}/restore", token=tokens["moderator"],
                        expect=200).get_json()
    assert not restored["deleted"]

    api.delete(url, token=tokens["moderator"], expect=204)
    api.delete(url, token=tokens["moderator"], expect=204)  # already deleted: same state
    api.get(url, expect=404)
    api.get(url, token=tokens["author"], expect=404)
    assert api.get(url, token=tokens["moderator"], expect=200).get_json()["deleted"]
    assert api.get(f"{PREFIX}/boards/emergency-medicine/topics").get_json()["total"] == 0
    api.post(f"{url}/restore", token=tokens["member"], expect=404)
    assert not api.post(f"{url}/restore", token=tokens["moderator"],
                        expect=200).get_json()["deleted"]
    assert api.get(url, expect=200).get_json()["post_count"] == 3
    assert _count(session, Topic) == 1


def test_verified_only_board(api, session, make_user, token_for, topic_factory):
    board = session.scalar(select(Board).where(Board.slug == "oncology"))
    board.verified_only = True
    session.commit()
    clinician, member = make_user(verified=True), make_user()
    clinician_token, member_token = token_for(clinician), token_for(member)
    topic = topic_factory(clinician_token, board="oncology")
    post_id = topic["posts"]["items"][0]["id"]
    # The board answers as a missing one, with the same message (issue 16: 401/403
    # confirmed it exists).
    missing = api.get(f"{PREFIX}/boards/no-such-board", expect=404).get_json()["detail"]
    for path in ("boards/oncology", "boards/oncology/topics", "boards/oncology/moderators",
                 "boards/oncology/editors"):
        for token in (None, member_token):
            body = api.get(f"{PREFIX}/{path}", token=token, expect=404).get_json()
            assert body["detail"] == missing.replace("no-such-board", "oncology")
        api.get(f"{PREFIX}/{path}", token=clinician_token, expect=200)
    # A restricted topic or post answers as a missing one: a 403 confirmed it exists.
    for path in (f"topics/{topic['id']}", f"posts/{post_id}", f"posts/{post_id}/revisions",
                 f"posts/{post_id}/quote"):
        api.get(f"{PREFIX}/{path}", expect=404)
        api.get(f"{PREFIX}/{path}", token=member_token, expect=404)
        api.get(f"{PREFIX}/{path}", token=clinician_token, expect=200)
    api.post(f"{PREFIX}/boards/oncology/topics", token=member_token, expect=404,
             json={"title": TITLE, "raw": "Let me in."})
    api.post(f"{PREFIX}/topics/{topic['id']}/posts", token=member_token, json={"raw": "Hi"},
             expect=404)
    api.put(f"{PREFIX}/boards/oncology/watch", token=member_token, expect=404)
    api.delete(f"{PREFIX}/boards/oncology/watch", token=member_token, expect=404)
    # Nor do the board's other doors: scheduling a session, starting a write-up in it.
    for path in ("boards/oncology/sessions", "boards/oncology/cases"):
        api.post(f"{PREFIX}/{path}", token=member_token, json={}, expect=404)
        api.post(f"{PREFIX}/{path}", json={}, expect=401)
    slugs = lambda token: {b["slug"] for b in api.get(
        f"{PREFIX}/boards", token=token).get_json()["items"]}
    assert "oncology" not in slugs(member_token) and "oncology" in slugs(clinician_token)


class TestPostingLimits:
    @pytest.fixture
    def app_config(self, app_config):
        return {**app_config, "posting_limits": {"topic_new": 120, "reply_new": 30,
                                                 "topic": 15, "reply": 5}}

    def test_new_members_wait_between_posts(self, api, session, make_user, token_for,
                                            topic_factory):
        token = token_for(make_user(trust_level=0))
        topic = topic_factory(token)
        too_soon = api.post(f"{PREFIX}/boards/cardiology/topics", token=token, expect=429,
                            json={"title": "A second topic right away", "raw": "Hello"})
        assert 100 < int(too_soon.headers["Retry-After"]) <= 120
        assert "120 seconds" in too_soon.get_json()["detail"]
        replies = f"{PREFIX}/topics/{topic['id']}/posts"
        api.post(replies, token=token, json={"raw": "First reply."}, expect=201)
        second = api.post(replies, token=token, json={"raw": "Second reply."}, expect=429)
        assert 0 < int(second.headers["Retry-After"]) <= 30
        assert _count(session, Post) == 2

    def test_established_members_have_shorter_limits(self, api, make_user, token_for,
                                                     topic_factory):
        token = token_for(make_user(trust_level=2))
        topic = topic_factory(token)
        replies = f"{PREFIX}/topics/{topic['id']}/posts"
        api.post(replies, token=token, json={"raw": "First reply."}, expect=201)
        limited = api.post(replies, token=token, json={"raw": "Again."}, expect=429)
        assert 0 < int(limited.headers["Retry-After"]) <= 5


def test_notifications_after_mention_and_reply(api, people, topic_factory):
    users, tokens = people
    topic = topic_factory(tokens["author"])
    opening = topic["posts"]["items"][0]["id"]
    api.post(f"{PREFIX}/topics/{topic['id']}/posts", token=tokens["member"], expect=201, json={
        "raw": f"Replying, and asking @{users['moderator'].username} to look.",
        "reply_to": opening})
    api.get(f"{PREFIX}/notifications", expect=401)
    author_view = api.get(f"{PREFIX}/notifications", token=tokens["author"],
                          expect=200).get_json()
    assert author_view["unread"] == 1
    note = author_view["items"][0]
    assert note["kind"] == "reply" and note["topic_id"] == topic["id"]
    assert note["actor"]["username"] == users["member"].username and not note["read"]
    mod_view = api.get(f"{PREFIX}/notifications", token=tokens["moderator"]).get_json()
    assert [n["kind"] for n in mod_view["items"]] == ["mention"]
    assert api.get(f"{PREFIX}/notifications", token=tokens["member"]).get_json() == {
        "items": [], "unread": 0}

    read = f"{PREFIX}/notifications/read"
    for bad in ({"ids": "all"}, {"ids": [True]}, {"ids": [1.5]}, {"ids": [10**20]},
                {"what": 1}):
        api.post(read, token=tokens["author"], json=bad, expect=422)
    # An optional body is absent only when nothing is sent: blanks are not JSON (and mark
    # nothing read).
    for blank in (" ", "\n\t"):
        refused = api.post(read, token=tokens["author"], data=blank,
                           content_type="application/json")
        assert refused.status_code in (400, 422), refused.status_code
        assert "JSON object" in refused.get_json()["detail"] + str(refused.get_json())
    # Someone else's notification id changes nothing.
    assert api.post(read, token=tokens["member"], json={"ids": [note["id"]]},
                    expect=200).get_json() == {"marked": 0, "unread": 0}
    assert api.post(read, token=tokens["author"], json={"ids": [note["id"]]},
                    expect=200).get_json() == {"marked": 1, "unread": 0}
    assert api.post(read, token=tokens["moderator"], expect=200).get_json() == {
        "marked": 1, "unread": 0}
    assert api.get(f"{PREFIX}/notifications", token=tokens["author"]).get_json()["items"][0][
        "read"]


def test_search_finds_posts_the_reader_may_see(api, session, people, topic_factory):
    _, tokens = people
    topic_factory(tokens["author"], title="Hyperkalaemia after spironolactone",
                  raw="Potassium 6.1 with peaked T waves on the ECG.")
    found = api.get(f"{PREFIX}/search?q=peaked+waves", expect=200).get_json()
    assert found["total"] == 1 and found["q"] == "peaked waves"
    hit = found["items"][0]
    assert hit["topic"]["title"] == "Hyperkalaemia after spironolactone"
    assert any(piece["match"] and piece["text"].lower() == "peaked" for piece in hit["excerpt"])
    assert api.get(f"{PREFIX}/search?q=zebra", expect=200).get_json()["total"] == 0
    api.get(f"{PREFIX}/search", expect=422)
    api.get(f"{PREFIX}/search?q=" + "x" * 201, expect=422)
    api.get(f"{PREFIX}/search?q=ecg&page=nope", expect=422)
    board = session.scalar(select(Board).where(Board.slug == "cardiology"))
    board.verified_only = True
    session.commit()
    assert api.get(f"{PREFIX}/search?q=peaked", token=tokens["member"]).get_json()[
        "total"] == 0
    assert api.get(f"{PREFIX}/search?q=peaked", token=tokens["moderator"]).get_json()[
        "total"] == 1

"""Trust levels: earned from days visited, posts read, replies and likes received (and no upheld
flags), through the activity hooks and the periodic task; locked by moderators; lowered only
by moderators; every change audited; the member sees what they still need."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from community.platform.accounts.models import User
from community.platform.spaces.models import BoardModerator
from moderation.audit.models import AuditEntry
from moderation.trust import service
from moderation.trust.models import MemberStanding
from moderation.trust.policy import REQUIREMENTS
from tests.support import flags as support
from tests.support.api import PREFIX
from tests.support.flags import act, flag, fresh, item_for, new_topic, reply
from tests.support.web import login, post_form

api = support.api  # the fixture


def _level(session, user) -> int:
    fresh(session)
    return session.get(User, user.id).trust_level


def _standing(session, user) -> MemberStanding | None:
    fresh(session)
    return session.get(MemberStanding, user.id)


def _visit_days(session, user, days: int) -> None:
    """Earlier visits (a day can only be lived once per test): the same service the
    once-a-day request hook calls."""
    member = session.get(User, user.id)
    for n in range(days):
        service.record_visit(session, member, date.today() - timedelta(days=100 - n))
    session.commit()


def test_visits_and_reading_are_counted_once_a_day_and_per_page(api, client, session,
                                                                make_user, token_for):
    author = make_user()
    topic = new_topic(api, token_for(author))
    for n in range(4):
        reply(api, token_for(author), topic["id"], f"Follow-up {n}")
    reader = make_user(trust_level=0)
    login(client, reader)
    client.get("/")
    client.get("/b/cardiology")
    assert _standing(session, reader).days_visited == 1  # several requests, one day
    client.get(f"/t/{topic['id']}")
    assert _standing(session, reader).posts_read == 5
    client.get(f"/t/{topic['id']}")  # a reload counts once
    assert _standing(session, reader).posts_read == 5


def test_promotion_from_activity_as_it_happens(api, client, session, make_user, token_for):
    author = make_user()
    topic = new_topic(api, token_for(author))
    for n in range(REQUIREMENTS[1].posts_read):
        reply(api, token_for(author), topic["id"], f"Reply number {n}")
    newcomer = make_user(trust_level=0)
    _visit_days(session, newcomer, REQUIREMENTS[1].days_visited - 1)  # an earlier day
    login(client, newcomer)  # today: the second day
    assert _level(session, newcomer) == 0  # nothing read yet
    client.get(f"/t/{topic['id']}")  # 11 posts read: the last requirement met
    assert _level(session, newcomer) == 1
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "trust.promote",
                                                    AuditEntry.subject_id == newcomer.id))
    assert entry.actor_id is None and entry.after == {"trust_level": 1}


def test_the_periodic_task_promotes_whoever_qualifies_and_is_idempotent(app, session,
                                                                        make_user):
    ready, not_yet, locked = make_user(trust_level=0), make_user(trust_level=0), make_user(
        trust_level=0)
    fresh(session)
    session.add_all([
        MemberStanding(user_id=ready.id, days_visited=3, posts_read=12),
        MemberStanding(user_id=not_yet.id, days_visited=1, posts_read=300),
        MemberStanding(user_id=locked.id, days_visited=40, posts_read=400, level_locked=True),
    ])
    session.commit()
    task = app.extensions["celery"].tasks["rounds.trust_review_all"]
    assert task.delay().get() == 1
    assert [_level(session, u) for u in (ready, not_yet, locked)] == [1, 0, 0]
    assert task.delay().get() == 0


def test_a_like_received_promotes_at_once(api, session, make_user, token_for):
    member = make_user(trust_level=1)
    token = token_for(member)
    topic = new_topic(api, token_for(make_user()))
    replies = [reply(api, token, topic["id"], f"My reply {n}") for n in range(5)]
    standing = service.standing_of(session, session.get(User, member.id))
    standing.days_visited, standing.posts_read = 10, 50
    session.commit()
    for post in replies[:4]:
        api.put(f"{PREFIX}/posts/{post['id']}/like", token=token_for(make_user()), expect=200)
    assert _level(session, member) == 1  # four likes of five
    api.put(f"{PREFIX}/posts/{replies[4]['id']}/like", token=token_for(make_user()), expect=200)
    assert _level(session, member) == 2
    shown = api.get(f"{PREFIX}/users/{member.username}/standing", token=token).get_json()
    assert shown["trust_level"] == 2 and shown["next_level"] == 3
    assert {n["what"]: n["need"] for n in shown["needs"]}["likes received"] == 20


def test_upheld_flags_hold_promotion_back(api, session, make_user, token_for):
    member = make_user(trust_level=0)
    session.add(MemberStanding(user_id=member.id, days_visited=5, posts_read=50))
    session.commit()
    member_token = token_for(make_user())
    topic = new_topic(api, member_token)
    fresh(session)
    session.get(User, member.id).trust_level = 1  # to post without the queue
    session.commit()
    post = reply(api, token_for(member), topic["id"], "Buy now")
    fresh(session)
    session.get(User, member.id).trust_level = 0
    session.commit()
    flag(api, member_token, post["id"], "spam")
    act(api, token_for(make_user("moderator")), item_for(session, "flagged_post", post["id"]),
        "remove", "Spam.")
    fresh(session)
    assert service.review_member(session, member.id) is None
    assert service.activity(session, session.get(User, member.id))["upheld_flags"] == 1


def test_moderators_lock_and_lower_levels_board_moderators_cannot(api, client, session,
                                                                 make_user, token_for):
    member = make_user(trust_level=2)
    session.add(MemberStanding(user_id=member.id, days_visited=99, posts_read=999))
    session.commit()
    moderator = make_user("moderator")
    mod_token = token_for(moderator)
    board_mod = make_user()
    session.add(BoardModerator(board_id=1, user_id=board_mod.id))
    session.commit()
    url = f"{PREFIX}/users/{member.username}/trust"
    # A complete request, refused for who sends it (an incomplete one is a 422 first).
    api.put(url, token=token_for(board_mod), json={"level": 0, "reason": "Spam."}, expect=403)
    api.put(url, token=token_for(member), json={"level": 3, "reason": "Me."}, expect=403)
    api.put(url, token=mod_token, json={"level": 9, "reason": "Too high."}, expect=422)
    assert set(api.put(url, token=mod_token, json={}, expect=422).get_json()["errors"]) == {
        "level", "reason"}  # neither a level nor a lock, and no reason
    body = api.put(url, token=mod_token, expect=200,
                   json={"level": 0, "locked": True, "reason": "Posting spam links."}).get_json()
    assert body["trust_level"] == 0 and body["locked"] is True
    assert service.review_member(session, member.id) is None  # locked: left alone
    assert _level(session, member) == 0
    actions = set(session.scalars(select(AuditEntry.action).where(
        AuditEntry.subject_id == member.id, AuditEntry.subject_type == "user")))
    assert {"trust.set_level", "trust.lock"} <= actions
    # The page: unlocking through the form.
    login(client, moderator)
    page = client.get(f"/moderation/members/{member.username}").get_data(as_text=True)
    assert "locked by a moderator" in page and "Save trust level" in page
    saved = post_form(client, f"/moderation/members/{member.username}/trust",
                      {"level": "0", "reason": "Second chance."})
    assert saved.status_code == 303 and _standing(session, member).level_locked is False
    assert service.review_member(session, member.id) == 1  # earned again, up to level 1


def test_the_member_sees_what_they_still_need_others_do_not(api, client, session, make_user,
                                                           token_for):
    member, other = make_user(trust_level=0), make_user()
    other_token = token_for(other)
    login(client, member)
    own = client.get(f"/u/{member.username}").get_data(as_text=True)
    assert "Your standing" in own and "You need for level 1" in own
    assert "Posts wait for a moderator" in own and "Your posts in review" in own
    post_form(client, "/logout")
    login(client, other)
    theirs = client.get(f"/u/{member.username}").get_data(as_text=True)
    assert "0: new member" in theirs and "You need" not in theirs and "Standing" not in theirs
    assert client.get(f"/moderation/members/{member.username}").status_code == 403
    api.get(f"{PREFIX}/users/{member.username}/standing", token=other_token, expect=403)

"""The board use cases, called as the pages, API and tasks call them."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from community.boards import service
from community.boards.models import Post, PostRevision
from community.notifications.models import Notification
from community.platform.errors import (
    EditConflict,
    Forbidden,
    NotFound,
    RateLimited,
    ValidationError,
)
from community.platform.spaces import service as spaces
from community.platform.spaces.models import Board


def _board(session, slug="cardiology") -> Board:
    return session.scalar(select(Board).where(Board.slug == slug))


def _topic(session, author, board=None, **extra):
    data = {"title": "Chest pain with normal troponin", "raw": "A 54-year-old with chest pain.",
            **extra}
    topic = service.create_topic(session, session.merge(author), board or _board(session), data)
    session.commit()
    return topic


def test_topic_and_reply_number_posts_and_cook_markdown(session, make_user):
    author, other = make_user(), make_user()
    topic = _topic(session, author, tags=["ecg", "chest-pain"])
    reply = service.reply(session, session.merge(other), topic, {"raw": "**ECG** first?"})
    session.commit()
    assert [p.number for p in service.list_posts(session, None, topic).items] == [1, 2]
    assert reply.cooked == "<p><strong>ECG</strong> first?</p>\n"
    assert [t.name for t in topic.tags] == ["chest-pain", "ecg"]
    assert topic.post_count == 2


def test_bad_input_is_refused_whole_and_nothing_is_saved(session, make_user):
    author = make_user()
    with pytest.raises(ValidationError) as error:
        service.create_topic(session, session.merge(author), _board(session),
                             {"title": "short", "raw": "x" * 32_001, "tags": ["Bad Tag!"]})
    assert set(error.value.errors) == {"title", "raw", "tags"}
    session.rollback()
    assert session.scalar(select(Post.id)) is None
    with pytest.raises(ValidationError):
        service.create_topic(session, session.merge(author), _board(session),
                             {"title": "A perfectly long title", "raw": "nul \x00 byte"})


def test_stale_edit_is_refused_with_current_text_and_diff(session, make_user):
    author, moderator = make_user(), make_user("moderator")
    topic = _topic(session, author)
    post = service.list_posts(session, None, topic).items[0]
    service.edit_post(session, session.merge(moderator), post,
                      {"raw": "A 54-year-old with chest pain at rest.", "base_revision": 1})
    session.commit()
    with pytest.raises(EditConflict) as conflict:
        service.edit_post(session, session.merge(author), post,
                          {"raw": "A 54-year-old with pleuritic chest pain.", "base_revision": 1})
    extra = conflict.value.extra
    assert extra["current_revision"] == 2
    assert extra["current_raw"] == "A 54-year-old with chest pain at rest."
    assert extra["your_raw"] == "A 54-year-old with pleuritic chest pain."
    assert {"op": "insert", "text": "A 54-year-old with chest pain at rest."} in extra["diff"]
    session.rollback()
    assert session.get(Post, post.id).revision == 2


def test_hidden_revision_keeps_record_but_not_text(session, make_user):
    author, moderator = make_user(), make_user("moderator")
    topic = _topic(session, author, raw="Patient John Smith, MRN 123456")
    post = service.list_posts(session, None, topic).items[0]
    service.edit_post(session, session.merge(author), post,
                      {"raw": "Patient [name removed]", "base_revision": 1})
    with pytest.raises(Forbidden):
        service.hide_revision(session, session.merge(author), post, 1, {"reason": "PHI"})
    service.hide_revision(session, session.merge(moderator), post, 1,
                          {"reason": "Patient identifiers"})
    session.commit()
    revisions = service.revisions(session, None, post)
    assert [r.number for r in revisions] == [1, 2]
    assert revisions[0].raw is None and revisions[0].is_hidden
    diff = service.revision_diff(session, None, post, 1, 2)
    assert "John Smith" not in diff["unified"]
    with pytest.raises(ValidationError):
        service.hide_revision(session, session.merge(moderator), post, 2, {"reason": "current"})


@pytest.fixture
def real_limits(app_config):
    app_config["posting_limits"] = {}  # the defaults: 120/30 s new members, 15/5 s others


def test_rate_limits_new_members_harder(real_limits, session, make_user):
    newcomer, regular = make_user(trust_level=0), make_user(trust_level=1)
    topic = _topic(session, regular)
    service.reply(session, session.merge(newcomer), topic, {"raw": "first"})
    session.commit()
    with pytest.raises(RateLimited) as limited:
        service.reply(session, session.merge(newcomer), topic, {"raw": "second"})
    assert 25 <= limited.value.retry_after <= 30
    session.rollback()
    with pytest.raises(RateLimited) as limited:
        _topic(session, regular)
    assert limited.value.retry_after <= 15


def test_mentions_and_watchers_are_notified_after_commit(session, make_user):
    author = make_user(username="amina")
    watcher, mentioned = make_user(username="bruno"), make_user(username="chen")
    topic = _topic(session, author)
    service.reply(session, session.merge(watcher), topic, {"raw": "Interesting"})
    session.commit()
    from community.platform.db import commit

    thanks = service.reply(session, session.merge(author), topic,
                           {"raw": "Thanks @chen and @nobody"})
    commit(session)
    kinds = {(n.user_id, n.kind, n.post_id) for n in session.scalars(select(Notification))}
    assert (mentioned.id, "mention", thanks.id) in kinds
    assert (watcher.id, "reply", thanks.id) in kinds
    assert (author.id, "reply", thanks.id - 1) in kinds  # the watcher's reply to the author
    assert not any(user_id == author.id and post_id == thanks.id for user_id, _, post_id in kinds)


def test_restricted_board_is_for_verified_clinicians(session, make_user):
    board = _board(session, "oncology")
    board.verified_only = True
    session.commit()
    unverified, verified = make_user(), make_user(verified=True)
    assert board not in spaces.list_boards(session, session.merge(unverified))
    assert board in spaces.list_boards(session, session.merge(verified))
    # As unknown as a missing board, with the same message (issue 16).
    for reader in (session.merge(unverified), None):
        with pytest.raises(NotFound, match="There is no board called 'oncology'"):
            spaces.get_board(session, reader, "oncology")
    assert spaces.get_board(session, session.merge(verified), "oncology") is board


def test_moderators_soft_delete_and_restore(session, make_user):
    author, moderator = make_user(), make_user("moderator")
    topic = _topic(session, author)
    service.delete_topic(session, session.merge(moderator), topic, True)
    session.commit()
    assert topic not in service.list_topics(session, None, topic.board).items
    assert session.get(PostRevision, 1) is not None
    service.delete_topic(session, session.merge(moderator), topic, False)
    session.commit()
    assert topic in service.list_topics(session, None, topic.board).items


def test_liking_twice_is_one_like_and_own_posts_cannot_be_liked(session, make_user):
    author, reader = make_user(), make_user()
    topic = _topic(session, author)
    post = service.list_posts(session, None, topic).items[0]
    for _ in range(2):
        service.set_like(session, session.merge(reader), post, True)
        session.commit()
    assert post.like_count == 1
    with pytest.raises(Forbidden):
        service.set_like(session, session.merge(author), post, True)
    session.rollback()
    service.set_like(session, session.merge(reader), post, False)
    session.commit()
    assert post.like_count == 0

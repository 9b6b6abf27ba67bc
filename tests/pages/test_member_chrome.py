"""What every signed-in page shows of its member — the header's badges and banners — comes
with their session in one statement (community/platform/accounts/chrome.py) and is right
right after a change; a member's topic page and the moderators' queue come from a cache of
their own (pagecache.page(members=True)) only while nothing they show has changed, and an
ended session is refused at once."""
from __future__ import annotations

import re
from contextlib import contextmanager
from datetime import timedelta

import pytest
from sqlalchemy import delete, event, select, update

from community.boards.models import Post
from community.cases.review.models import BoardEditor
from community.mail.models import MailRecipient
from community.platform.accounts.models import UserSession
from community.platform.db import db as database
from community.platform.db import utcnow
from community.platform.spaces.models import Board, BoardModerator
from moderation.trust.models import MemberStanding
from tests.support.queue import act, board_item, signed_in
from tests.support.web import post_form

CASE = "A man in his 60s with new atrial fibrillation and a CHA2DS2-VASc of 3. Anticoagulate?"


def _topic(client, title: str = "New AF in a 60-year-old", raw: str = CASE) -> int:
    response = post_form(client, "/b/cardiology/new", {"title": title, "raw": raw, "tags": ""})
    assert response.status_code == 303, response.get_data(as_text=True)[:300]
    return int(re.search(r"/t/(\d+)", response.headers["Location"]).group(1))


def _cached(client, path: str) -> str:
    """Load the page until it comes from the member's cache (the first loads of a day and
    of a page write: the visit, the posts read); its text."""
    for _ in range(4):
        response = client.get(path)
        assert response.status_code == 200, path
        if response.headers.get("X-Rounds-Cache") == "hit":
            return response.get_data(as_text=True)
    raise AssertionError(f"{path} never came from the member's cache")


def _page(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.get_data(as_text=True)


@contextmanager
def _statements(app):
    seen: list[str] = []
    with app.app_context():
        engine = database.engine

    def count(_conn, _cursor, statement, *_args):
        if statement.split()[0].upper() not in ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT",
                                                "RELEASE"):
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


@pytest.fixture
def author(app, make_user):
    user = make_user(username="amara", trust_level=2)
    return user, signed_in(app, user)


@pytest.fixture
def reader(app, make_user):
    user = make_user(username="bruno", trust_level=2)
    return user, signed_in(app, user)


def test_a_member_page_loads_session_member_and_badges_in_one_statement(app, reader):
    _, client = reader
    for _ in range(2):  # the first page of the day records the visit
        client.get("/no-such-page")
    with _statements(app) as seen:
        response = client.get("/no-such-page")
    assert response.status_code == 404 and "bruno" in response.get_data(as_text=True)
    assert len(seen) == 1, seen
    assert "user_sessions" in seen[0] and "notifications" in seen[0]


def test_the_unread_badge_is_right_after_a_mention_and_after_reading(app, author, reader):
    _, writer = author
    _, client = reader
    topic_id = _topic(writer)
    page = _cached(client, f"/t/{topic_id}")
    assert " unread\"" not in page and "data-unread hidden" in page
    # A mention in another topic: the reader's cached topic page must show the badge.
    _topic(writer, "Rate or rhythm control?", "What do you think, @bruno? " + CASE)
    page = _page(client, f"/t/{topic_id}")
    assert 'aria-label="1 unread"' in page
    assert post_form(client, "/notifications/read").status_code == 303
    page = _page(client, f"/t/{topic_id}")
    assert 'aria-label="1 unread"' not in page and "data-unread hidden" in page


def test_the_queue_badge_follows_items_and_appointments(app, session, make_user, author,
                                                        reader):
    member, writer = author
    reader_user, client = reader
    moderator = signed_in(app, make_user("moderator"))
    assert "pending" not in _page(moderator, "/account").split("</header>")[0]
    item_id = board_item(session, member)
    assert 'aria-label="1 pending"' in _page(moderator, "/account")
    # A member appointed to moderate a board sees the queue's link at once, even on a page
    # they had in their cache.
    topic_id = _topic(writer, "Anticoagulation after a bleed")
    assert "Review queue" not in _cached(client, f"/t/{topic_id}")
    cardiology = session.scalar(select(Board.id).where(Board.slug == "cardiology"))
    session.add(BoardModerator(board_id=cardiology, user_id=reader_user.id))
    session.commit()
    page = _page(client, f"/t/{topic_id}")
    assert "Review queue" in page and 'aria-label="1 pending"' in page
    assert act(client, item_id, "approve", 1).status_code == 303
    page = _page(client, f"/t/{topic_id}")
    assert "Review queue" in page and "pending" not in page.split("</header>")[0]
    session.execute(delete(BoardModerator).where(BoardModerator.user_id == reader_user.id))
    session.commit()
    assert "Review queue" not in _page(client, f"/t/{topic_id}")


def test_the_mail_stopped_banner_and_the_editor_link_show_at_once(app, session, author,
                                                                 reader):
    _, writer = author
    reader_user, client = reader
    topic_id = _topic(writer)
    page = _cached(client, f"/t/{topic_id}")
    assert "stopped: messages to it were refused" not in page
    assert ">Editor</a>" not in page
    session.add(MailRecipient(address=reader_user.email, failures=3, stopped_at=utcnow()))
    session.commit()
    assert "stopped: messages to it were refused" in _page(client, f"/t/{topic_id}")
    session.execute(update(MailRecipient).values(stopped_at=None, failures=0))
    session.commit()
    assert "stopped: messages to it were refused" not in _page(client, f"/t/{topic_id}")
    cardiology = session.scalar(select(Board.id).where(Board.slug == "cardiology"))
    session.add(BoardEditor(board_id=cardiology, user_id=reader_user.id))
    session.commit()
    assert ">Editor</a>" in _page(client, f"/t/{topic_id}")


def test_a_member_topic_page_from_their_cache_shows_their_changes_at_once(
        app, session, author, reader, make_user):
    _, writer = author
    reader_user, client = reader
    topic_id = _topic(writer)
    page = _cached(client, f"/t/{topic_id}")
    assert "Watch topic" in page and 'aria-pressed="false"' in page
    post_id = session.scalar(select(Post.id).where(Post.topic_id == topic_id))
    session.rollback()  # no read left open while the members write (SQLite)
    assert post_form(client, f"/p/{post_id}/like", {"liked": "1"}).status_code == 303
    assert 'aria-pressed="true"' in _page(client, f"/t/{topic_id}")
    assert post_form(client, f"/t/{topic_id}/watch", {"watched": "1"}).status_code == 303
    assert "Stop watching" in _page(client, f"/t/{topic_id}")
    # Someone else's change to the member (a moderator's silence) shows at once too.
    _cached(client, f"/t/{topic_id}")
    session.execute(update(MemberStanding).where(MemberStanding.user_id == reader_user.id)
                    .values(silenced_until=utcnow() + timedelta(days=2),
                            silence_reason="Cooling off"))
    session.commit()
    assert "Cooling off" in _page(client, f"/t/{topic_id}")
    # Each member has their own copy: another reader never gets this one.
    other = signed_in(app, make_user(username="chloe"))
    page = _cached(other, f"/t/{topic_id}")
    assert "chloe" in page and "bruno" not in page.split("</header>")[0]


def test_an_ended_session_is_refused_at_once_even_with_its_page_cached(app, session, author,
                                                                      reader):
    _, writer = author
    reader_user, client = reader
    topic_id = _topic(writer)
    assert "bruno" in _cached(client, f"/t/{topic_id}")
    session.execute(update(UserSession).where(UserSession.user_id == reader_user.id)
                    .values(revoked_at=utcnow()))
    session.commit()
    response = client.get(f"/t/{topic_id}")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "Sign in" in page and "bruno" not in page.split("</header>")[0]
    assert client.get("/account").status_code == 302


def _queue_items(html: str) -> list[int]:
    return [int(n) for n in re.findall(
        r'<td data-label="Item"><a href="/moderation/items/(\d+)">', html)]


def test_the_queue_pages_by_cursor_and_its_cache_shows_new_items(app, session, make_user):
    from community.platform.db import commit
    from moderation.queue import service

    moderator = signed_in(app, make_user("moderator"))
    members = [make_user() for _ in range(3)]
    for n in range(53):
        service.enqueue(session, "user_verification", "user", 20_000 + n,
                        subject_user_id=members[n % 3].id, summary=f"request {n}")
    commit(session)
    first = _cached(moderator, "/moderation")
    assert len(_queue_items(first)) == 50 and "Page 1 of 2" in first
    cursor = re.search(r'<a rel="next" href="/moderation\?status=pending&amp;cursor=([\d-]+)"',
                       first).group(1)
    second = _page(moderator, f"/moderation?status=pending&cursor={cursor}")
    assert len(_queue_items(second)) == 3 and "request 52" in second
    assert '<span class="dir-arrow" aria-hidden="true">←</span> First page' in second and 'rel="next"' not in second
    assert not set(_queue_items(first)) & set(_queue_items(second))
    assert _queue_items(_page(moderator, "/moderation?page=2")) == _queue_items(second)
    for bad in ("nonsense", "12-", "1-2-3", "123456789012345678-1"):
        response = moderator.get(f"/moderation?cursor={bad}")
        assert response.status_code == 422, bad
    # A new item shows at once on the cached page (and in the counts).
    service.enqueue(session, "user_verification", "user", 30_000,
                    subject_user_id=members[0].id, summary="request late")
    commit(session)
    page = _page(moderator, f"/moderation?status=pending&cursor={cursor}")
    assert "request late" in page and len(_queue_items(page)) == 4
    assert "54 items" in _page(moderator, "/moderation")


def test_the_queue_api_pages_by_cursor(app, session, make_user, client, token_for):
    from community.platform.db import commit
    from moderation.queue import service

    token = token_for(make_user("moderator"))
    member = make_user()
    for n in range(52):
        service.enqueue(session, "user_verification", "user", 40_000 + n,
                        subject_user_id=member.id, summary=f"request {n}")
    commit(session)
    headers = {"Authorization": f"Bearer {token}"}
    body = client.get("/api/v1/queue", headers=headers).get_json()
    assert len(body["items"]) == 50 and body["total"] == 52 and body["next"]
    after = client.get(f"/api/v1/queue?cursor={body['next']}", headers=headers).get_json()
    assert [i["summary"] for i in after["items"]] == ["request 50", "request 51"]
    assert after["next"] is None and after["total"] == 52
    refused = client.get("/api/v1/queue?cursor=x", headers=headers)
    assert refused.status_code == 422 and "cursor" in refused.get_json()["errors"]

"""Cached pages show what an uncached page would (community/platform/pagecache.py).

Signed-out readers get whole pages from the cache, keyed by the URL and the versions of the
content; every change to that content — with a domain event (reply, edit, delete, move) or
without one (unlike, lock, a board made restricted, a member's new name) — shows at once.
Signed-in readers never get the signed-out copy; everyone gets an ETag and a 304."""
from __future__ import annotations

import re
import time

import pytest
import redis
from sqlalchemy import delete, select

from community.app import create_app
from community.boards.models import Post, Topic
from community.platform import pagecache
from community.platform.accounts.models import User
from community.platform.db import db as database
from community.platform.spaces.models import Board
from community.platform.spaces.specialties import ensure_default_boards
from moderation.queue.models import QueueEvent, QueueItem
from tests.support.disclosures import act as act_on_item
from tests.support.disclosures import file, seed
from tests.support.queue import act, board_item, signed_in, version_of
from tests.support.sessions import clearance, schedule
from tests.support.web import login, post_form

CASE = "A woman in her 40s with pleuritic chest pain after a long flight; D-dimer is raised."


def _topic(client, title="Pleuritic pain after a flight", raw=CASE) -> int:
    response = post_form(client, "/b/cardiology/new", {"title": title, "raw": raw, "tags": ""})
    assert response.status_code == 303, response.get_data(as_text=True)[:300]
    return int(re.search(r"/t/(\d+)", response.headers["Location"]).group(1))


def _reply(client, topic_id: int, raw: str) -> None:
    assert post_form(client, f"/t/{topic_id}/reply", {"raw": raw}).status_code == 303


@pytest.fixture
def author(app, make_user):
    client = app.test_client()
    login(client, make_user(username="ines", display_name="Dr Ines Moreau"))
    return client


@pytest.fixture
def reader(app, make_user):
    client = app.test_client()
    login(client, make_user(username="jonas"))
    return client


def _read(app, path: str):
    """A signed-out reader with a fresh browser (no cookies at all)."""
    return app.test_client().get(path)


def _cached_twice(app, path: str) -> str:
    """Read as a signed-out reader twice; the second answer comes from the cache."""
    _read(app, path)
    response = _read(app, path)
    assert response.status_code == 200
    assert response.headers.get("X-Rounds-Cache") == "hit", path
    return response.get_data(as_text=True)


def test_signed_out_pages_are_cached_without_a_cookie_and_answer_304(app, author):
    topic_id = _topic(author)
    for path in ("/", "/b/cardiology", f"/t/{topic_id}"):
        first = _read(app, path)
        assert first.status_code == 200
        assert first.headers.get("X-Rounds-Cache") == "miss"
        assert "Set-Cookie" not in first.headers, path
        assert 'name="csrf-token"' not in first.get_data(as_text=True)
        second = _read(app, path)
        assert second.headers.get("X-Rounds-Cache") == "hit"
        assert "Set-Cookie" not in second.headers
        assert second.get_data() == first.get_data()
        etag = second.headers["ETag"]
        assert etag == first.headers["ETag"]
        again = app.test_client().get(path, headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.get_data() == b""
        assert "Set-Cookie" not in again.headers


def test_the_cache_serves_gzip_to_who_asks_and_plain_html_to_others(app, author):
    topic_id = _topic(author)
    _read(app, f"/t/{topic_id}")
    zipped = app.test_client().get(f"/t/{topic_id}", headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in zipped.headers["Vary"]
    plain = _read(app, f"/t/{topic_id}")
    assert "Content-Encoding" not in plain.headers and CASE in plain.get_data(as_text=True)


def test_reply_edit_delete_and_move_show_at_once(app, author, reader, make_user, session):
    topic_id = _topic(author)
    assert CASE in _cached_twice(app, f"/t/{topic_id}")
    assert "Pleuritic pain after a flight" in _cached_twice(app, "/b/cardiology")

    _reply(reader, topic_id, "Wells score first, then CT pulmonary angiography.")
    page = _read(app, f"/t/{topic_id}").get_data(as_text=True)
    assert "Wells score first" in page and 'id="post-2"' in page
    assert "1 reply" in _read(app, "/b/cardiology").get_data(as_text=True)

    reply = session.scalar(select(Post).where(Post.topic_id == topic_id, Post.number == 2))
    _cached_twice(app, f"/t/{topic_id}")
    assert post_form(reader, f"/p/{reply.id}/edit", {
        "raw": "Wells score first, then a V/Q scan if she is pregnant.",
        "base_revision": "1"}).status_code == 303
    page = _read(app, f"/t/{topic_id}").get_data(as_text=True)
    assert "V/Q scan" in page and "then CT pulmonary" not in page

    _cached_twice(app, f"/t/{topic_id}")
    assert post_form(reader, f"/p/{reply.id}/delete").status_code == 303
    page = _read(app, f"/t/{topic_id}").get_data(as_text=True)
    assert "V/Q scan" not in page and 'id="post-2"' not in page

    _cached_twice(app, f"/t/{topic_id}")
    _cached_twice(app, "/b/pulmonology")
    moderator = app.test_client()
    login(moderator, make_user("moderator"))
    assert post_form(moderator, f"/t/{topic_id}/move", {"board": "pulmonology"}).status_code \
        == 303
    page = _read(app, f"/t/{topic_id}").get_data(as_text=True)
    assert 'href="/b/pulmonology"' in page
    assert "Pleuritic pain" in _read(app, "/b/pulmonology").get_data(as_text=True)
    assert "Pleuritic pain" not in _read(app, "/b/cardiology").get_data(as_text=True)


def test_likes_unlikes_and_a_lock_show_at_once(app, author, reader, session):
    topic_id = _topic(author)
    post = session.scalar(select(Post).where(Post.topic_id == topic_id))
    assert "♥ 0" in _cached_twice(app, f"/t/{topic_id}")
    assert post_form(reader, f"/p/{post.id}/like", {"liked": "1"}).status_code == 303
    assert "♥ 1" in _read(app, f"/t/{topic_id}").get_data(as_text=True)
    _cached_twice(app, f"/t/{topic_id}")
    # An unlike records no domain event; the unit of work's change still invalidates.
    assert post_form(reader, f"/p/{post.id}/like", {"liked": "0"}).status_code == 303
    assert "♥ 0" in _read(app, f"/t/{topic_id}").get_data(as_text=True)


def test_a_board_made_restricted_is_never_served_from_the_public_cache(app, author, session):
    topic_id = _topic(author)
    _cached_twice(app, f"/t/{topic_id}")
    _cached_twice(app, "/b/cardiology")
    assert 'href="/b/cardiology"' in _cached_twice(app, "/")
    session.rollback()  # a fresh transaction: the pages wrote since this one began reading
    board = session.scalar(select(Board).where(Board.slug == "cardiology"))
    board.verified_only = True
    session.commit()
    assert _read(app, f"/t/{topic_id}").status_code == 404
    assert _read(app, "/b/cardiology").status_code == 404
    assert 'href="/b/cardiology"' not in _read(app, "/").get_data(as_text=True)


def test_a_members_new_name_shows_on_cached_pages(app, author, session):
    topic_id = _topic(author)
    assert "Dr Ines Moreau" in _cached_twice(app, f"/t/{topic_id}")
    session.rollback()
    member = session.scalar(select(User).where(User.username == "ines"))
    member.display_name = "Dr Ines Moreau-Laval"
    session.commit()
    assert "Dr Ines Moreau-Laval" in _read(app, f"/t/{topic_id}").get_data(as_text=True)


def test_a_rolled_back_change_keeps_the_cache(app, author, session):
    topic_id = _topic(author)
    _cached_twice(app, f"/t/{topic_id}")
    topic = session.get(Topic, topic_id)
    topic.title = "Never saved"
    session.flush()
    session.rollback()
    assert _read(app, f"/t/{topic_id}").headers.get("X-Rounds-Cache") == "hit"


def test_signed_in_readers_never_get_the_signed_out_copy(app, author, reader):
    topic_id = _topic(author)
    public = _cached_twice(app, f"/t/{topic_id}")
    assert "Sign in to reply" in public
    reader.get(f"/t/{topic_id}")  # a first visit counts posts read (and may promote them)
    response = reader.get(f"/t/{topic_id}")
    page = response.get_data(as_text=True)
    # At most their own copy (pagecache.page(members=True)), never the signed-out one.
    assert "jonas" in page and "Sign in to reply" not in page and 'name="csrf-token"' in page
    assert "Sign out" not in public and 'name="csrf-token"' not in public
    assert "private" in response.headers["Cache-Control"]
    # A signed-in ETag is the member's own: a 304 for them, never for someone else.
    etag = response.headers["ETag"]
    assert reader.get(f"/t/{topic_id}", headers={"If-None-Match": etag}).status_code == 304
    assert author.get(f"/t/{topic_id}", headers={"If-None-Match": etag}).status_code == 200
    assert _read(app, f"/t/{topic_id}").headers["ETag"] != etag


def test_each_reader_gets_their_own_buttons(app, author, reader, make_user, session):
    topic_id = _topic(author)
    _reply(reader, topic_id, "Check the Wells score before anything else.")
    first, second = session.scalars(select(Post).where(Post.topic_id == topic_id)
                                    .order_by(Post.number)).all()
    public = _cached_twice(app, f"/t/{topic_id}")
    own = author.get(f"/t/{topic_id}").get_data(as_text=True)
    other = reader.get(f"/t/{topic_id}").get_data(as_text=True)

    assert f"/p/{first.id}/like" not in public and "Flag</a>" not in public
    assert f"/p/{first.id}/edit" not in public and "Move to" not in public
    # The author edits their post, does not like or flag it; likes and flags the reply.
    assert f'href="/p/{first.id}/edit"' in own and f"/p/{first.id}/like" not in own
    assert f'href="/p/{first.id}/flag"' not in own and f'href="/p/{second.id}/flag"' in own
    assert f"/p/{second.id}/like" in own and f'href="/p/{second.id}/edit"' not in own
    assert f"/t/{topic_id}/reply?quote={first.id}" in own
    # The reader: the reverse, and deletes their own reply (never an opening post).
    assert f"/p/{first.id}/like" in other and f'href="/p/{first.id}/edit"' not in other
    assert f"/p/{second.id}/delete" in other and f"/p/{first.id}/delete" not in other
    assert "Move to" not in own and "Move to" not in other

    assert post_form(reader, f"/p/{first.id}/like", {"liked": "1"}).status_code == 303
    liked = reader.get(f"/t/{topic_id}").get_data(as_text=True)
    assert re.search(rf'/p/{first.id}/like"[^>]*>.*?aria-pressed="true"', liked, re.DOTALL)
    assert 'aria-pressed="true"' not in author.get(f"/t/{topic_id}").get_data(as_text=True)

    moderator = app.test_client()
    login(moderator, make_user("moderator"))
    assert post_form(reader, f"/p/{second.id}/delete").status_code == 303
    page = moderator.get(f"/t/{topic_id}").get_data(as_text=True)
    assert "Move to" in page and 'value="pulmonology"' in page
    assert f"/p/{second.id}/restore" in page and "<strong>deleted</strong>" in page
    assert f"/p/{second.id}" not in reader.get(f"/t/{topic_id}").get_data(as_text=True)


def test_the_queue_counts_follow_every_change(app, session, make_user):
    """The review queue's counts are kept between requests (10,000 pending items cost a
    count each); every change to an item, bulk statements too, shows at once."""
    client = signed_in(app, make_user("moderator"))
    cardio = board_item(session, make_user(), "cardiology")

    def pending() -> tuple[str, str]:
        html = client.get("/moderation").get_data(as_text=True)
        return (re.search(r'Review queue <span class="badge" aria-label="(\d+) pending"',
                          html).group(1),
                re.search(r"(\d+) items?, oldest first", html).group(1))

    assert pending() == ("1", "1")
    neuro = board_item(session, make_user(), "neurology",
                       title="Sudden diplopia in a 30-year-old: what next?")
    assert pending() == ("2", "2")
    assert act(client, cardio, "approve", version_of(client, cardio)).status_code == 303
    assert pending() == ("1", "1")
    session.execute(delete(QueueEvent).where(QueueEvent.item_id == neuro))
    session.execute(delete(QueueItem).where(QueueItem.id == neuro))
    session.commit()
    html = client.get("/moderation").get_data(as_text=True)
    assert 'aria-label="1 pending"' not in html and "Review queue</a>" in html


@pytest.mark.redis
def test_with_redis_the_versions_and_pages_are_shared_by_processes(app_config, redis_url,
                                                                    make_user):
    """Two apps on one database and one Redis stand for two web processes: a change made
    through one shows on the other's cached pages."""
    one = create_app({**app_config, "redis_url": redis_url})
    two = create_app({**app_config, "redis_url": redis_url})
    with one.app_context():
        ensure_default_boards(database.session)
        database.session.commit()
    author = one.test_client()
    login(author, make_user(username="ines"))
    topic_id = _topic(author)
    assert isinstance(pagecache.store(one), pagecache.RedisStore)
    _read(two, f"/t/{topic_id}")
    assert _read(two, f"/t/{topic_id}").headers["X-Rounds-Cache"] == "hit"
    assert _read(one, f"/t/{topic_id}").headers["X-Rounds-Cache"] == "hit"  # the same copy
    _reply(author, topic_id, "Wells score first, then CT pulmonary angiography.")
    page = _read(two, f"/t/{topic_id}")
    assert page.headers["X-Rounds-Cache"] == "miss"
    assert "Wells score first" in page.get_data(as_text=True)
    for app in (one, two):
        with app.app_context():
            database.engine.dispose()


@pytest.mark.redis
def test_a_change_made_while_redis_does_not_answer_never_meets_an_older_page(
        app_config, redis_url, make_user):
    """Redis stops answering (paused) while a reply is posted: its version bump fails. The
    page stored before must not come back once Redis answers again (it would have for a
    day): the process bumps what it could not, with "site", before serving from the cache."""
    app = create_app({**app_config, "redis_url": redis_url})
    with app.app_context():
        ensure_default_boards(database.session)
        database.session.commit()
    author = app.test_client()
    login(author, make_user(username="noor"))
    topic_id = _topic(author)
    _read(app, f"/t/{topic_id}")
    assert _read(app, f"/t/{topic_id}").headers["X-Rounds-Cache"] == "hit"
    redis.Redis.from_url(redis_url).execute_command("CLIENT", "PAUSE", 2500, "ALL")
    _reply(author, topic_id, "Posted while the cache's Redis was not answering.")
    while_away = _read(app, f"/t/{topic_id}")
    assert "Posted while the cache" in while_away.get_data(as_text=True)
    time.sleep(pagecache.REDIS_RETRY_SECONDS + 1)  # Redis answers again
    back = _read(app, f"/t/{topic_id}")
    assert back.headers["X-Rounds-Cache"] == "miss"
    assert "Posted while the cache" in back.get_data(as_text=True)
    with app.app_context():
        database.engine.dispose()


def test_the_session_page_shows_each_registration_at_once(app, client, session, make_user):
    seed(session)
    host, moderator = make_user(), make_user("moderator")
    file(session, host, declared_none=True)
    login(client, host)
    live = schedule(client, session, capacity="5")
    act_on_item(session, moderator, clearance(session, live, host), "clear", {})
    assert post_form(client, f"/sessions/{live.id}/open").status_code == 303
    path = f"/sessions/{live.id}"
    page = _cached_twice(app, path)
    assert "0 of 5 seats taken" in page and "No relevant financial relationships" in page
    assert live.title in _cached_twice(app, "/sessions")
    learner = app.test_client()
    login(learner, make_user())
    assert post_form(learner, f"/sessions/{live.id}/register").status_code == 303
    assert "1 of 5 seats taken" in _read(app, path).get_data(as_text=True)
    _cached_twice(app, path)
    session.rollback()  # a fresh transaction: the pages wrote since this one began reading
    host_row = session.get(User, host.id)
    host_row.display_name = "Dr Host Renamed"
    session.commit()
    assert "Dr Host Renamed" in _read(app, path).get_data(as_text=True)

"""Search by kind (issue 14): posts, published write-ups and live sessions, on both backends,
through the page and the API, with each kind's own visibility: never a draft or a write-up
in review (not even for its authors), never a session its reader could not open (a
verified-only board's, one whose registration is not open yet)."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from community.cases.states import PUBLISHED
from community.platform.db import commit
from community.platform.spaces.models import Board
from community.search import service as search
from realtime.sessions.models import LiveSession
from tests.support import review as cases
from tests.support import sessions as live_support
from tests.support.services import TEST_DATABASE_URL
from tests.support.web import login

BACKENDS = ["whoosh", *(["postgres"] if TEST_DATABASE_URL.startswith("postgresql") else [])]


@pytest.fixture(params=BACKENDS)
def app_config(request, app_config):
    return {**app_config, "search_backend": request.param}


def _api(client, **query):
    answer = client.get("/api/v1/search", query_string=query)
    assert answer.status_code == 200, answer.get_data(as_text=True)[:2000]
    return answer.get_json()


def _page(client, **query):
    page = client.get("/search", query_string=query)
    assert page.status_code == 200, page.get_data(as_text=True)[-2000:]
    return page.get_data(as_text=True)


def _verified_only(session, board_id: int, value: bool = True) -> None:
    session.rollback()
    session.get(Board, board_id).verified_only = value
    commit(session)


def test_published_write_ups_only_never_drafts_or_write_ups_in_review(app, session, client,
                                                                      make_user):
    team = cases.make_team(make_user)
    published = cases.published(session, team)
    draft = cases.draft(session, team)  # the same words, all three
    in_review = cases.in_review(session, team)
    statuses = {c: cases.get_case(session, c).status for c in (published, draft, in_review)}
    assert statuses[published] == PUBLISHED and statuses[draft] != PUBLISHED
    assert statuses[in_review] != PUBLISHED

    body = _api(client, q="thyrotoxicosis", kind="writeups")
    assert body["total"] == 1
    [hit] = body["items"]
    assert hit["kind"] == "writeups" and hit.get("post") is None
    assert hit["item"]["id"] == published and hit["item"]["url"] == f"/cases/{published}"
    assert hit["item"]["title"].startswith("Reversible cardiomyopathy")
    assert "ana_author" in hit["item"]["people"]
    assert any(e["match"] for e in hit["excerpt"])
    # Their own authors do not find the draft or the write-up in review either.
    login(client, team.author)
    assert [h["item"]["id"] for h in _api(client, q="thyrotoxicosis", kind="writeups")
            ["items"]] == [published]
    page = _page(client, q="thyrotoxicosis", kind="writeups")
    assert "1 result for" in page and f'href="/cases/{published}"' in page
    assert f'href="/cases/{draft}"' not in page and f'href="/cases/{in_review}"' not in page
    assert '<option value="writeups" selected>' in page
    # The posts are another kind: a write-up is not a post.
    assert _api(client, q="carbimazole")["total"] == 0
    assert _api(client, q="carbimazole", kind="writeups")["total"] == 1
    # Filters apply: the author, the board, a tag (write-ups have none: nothing).
    assert _api(client, q="thyrotoxicosis", kind="writeups", author="ana_author")["total"] == 1
    assert _api(client, q="thyrotoxicosis", kind="writeups", author="meg_member")["total"] == 0
    assert _api(client, q="thyrotoxicosis", kind="writeups", board="nephrology")["total"] == 0
    assert _api(client, q="thyrotoxicosis", kind="writeups", tag="teaching")["total"] == 0

    # A verified-only board's write-up: only for those who can open it.
    board_id = cases.get_case(session, published).board_id
    _verified_only(session, board_id)
    assert _api(app.test_client(), q="thyrotoxicosis", kind="writeups")["total"] == 0
    assert _api(client, q="thyrotoxicosis", kind="writeups")["items"] == []  # unverified
    clinician = make_user(verified=True)
    theirs = app.test_client()
    login(theirs, clinician)
    assert _api(theirs, q="thyrotoxicosis", kind="writeups")["total"] == 1
    _verified_only(session, board_id, False)

    # The rebuild indexes the same, and only the published one.
    session.rollback()
    search.rebuild(session, app.config["SEARCH_INDEX_PATH"])
    session.commit()
    assert [h["item"]["id"] for h in _api(app.test_client(), q="thyrotoxicosis",
                                          kind="writeups")["items"]] == [published]


def test_sessions_are_found_where_their_reader_may_open_them(app, session, client, make_user,
                                                             open_room):
    room = open_room(members=0, title="Journal club: tirzepatide and weight loss")
    body = _api(client, q="tirzepatide", kind="sessions")
    assert body["total"] == 1
    [hit] = body["items"]
    assert hit["kind"] == "sessions" and hit["item"]["id"] == room.live.id
    assert hit["item"]["url"] == f"/sessions/{room.live.id}"
    assert room.host.username in hit["item"]["people"]
    page = _page(client, q="tirzepatide", kind="sessions")
    assert f'href="/sessions/{room.live.id}"' in page and "Journal club: tirzepatide" in page
    assert _api(client, q="tirzepatide")["total"] == 0  # not a post
    assert _api(client, q="tirzepatide", kind="writeups")["total"] == 0
    assert _api(client, q="trial", kind="sessions")["total"] == 1  # the description

    # Scheduled but registration not open: only its planners see it, and search not at all.
    host_client = app.test_client()
    login(host_client, room.host)
    hidden = live_support.schedule(host_client, session, title="Journal club: semaglutide")
    assert _api(client, q="semaglutide", kind="sessions")["total"] == 0
    assert _api(host_client, q="semaglutide", kind="sessions")["total"] == 0

    # A session on a verified-only board: not found by anyone who cannot open it.
    _verified_only(session, room.live.board_id)
    member = make_user()
    theirs = app.test_client()
    login(theirs, member)
    for reader in (app.test_client(), theirs):
        assert _api(reader, q="tirzepatide", kind="sessions")["total"] == 0
        assert f"/sessions/{room.live.id}" not in _page(reader, q="tirzepatide",
                                                         kind="sessions")
        assert reader.get(f"/sessions/{room.live.id}").status_code in (403, 404)
    clinician = make_user(verified=True)
    theirs = app.test_client()
    login(theirs, clinician)
    assert _api(theirs, q="tirzepatide", kind="sessions")["total"] == 1

    # Rebuilt: the same.
    session.rollback()
    search.rebuild(session, app.config["SEARCH_INDEX_PATH"])
    session.commit()
    assert _api(theirs, q="tirzepatide", kind="sessions")["total"] == 1
    assert _api(app.test_client(), q="tirzepatide", kind="sessions")["total"] == 0
    assert session.scalar(select(LiveSession.registration_opened_at)
                          .where(LiveSession.id == hidden.id)) is None


def test_an_unknown_kind_is_refused(client):
    assert client.get("/api/v1/search", query_string={"q": "x", "kind": "drafts"}
                      ).status_code == 422
    page = client.get("/search", query_string={"q": "x", "kind": "drafts"})
    assert page.status_code == 422

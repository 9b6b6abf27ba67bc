"""Board-scoped moderators: administrators appoint and remove them (audited); a board
moderator pins, locks and deletes in their board only, through the existing pages, and
handles their board's queue items only."""
from __future__ import annotations

import re

from sqlalchemy import select

from community.boards.models import Topic
from community.platform.spaces.models import BoardModerator
from moderation.audit.models import AuditEntry
from tests.support.queue import (
    CASE,
    act,
    board_id,
    board_item,
    signed_in,
    version_of,
)
from tests.support.web import post_form


def _topic(app, author, slug: str) -> int:
    client = signed_in(app, author)
    response = post_form(client, f"/b/{slug}/new", {
        "title": "Anticoagulation after a first unprovoked PE", "raw": CASE, "tags": ["pe"]})
    assert response.status_code == 303, response.get_data(as_text=True)[:300]
    return int(re.search(r"/t/(\d+)", response.headers["Location"]).group(1))


def test_an_admin_appoints_and_removes_through_the_page_audited(app, session, make_user):
    admin = make_user("admin", username="bea")
    make_user(username="carl")
    client = signed_in(app, admin)
    page = client.get("/b/cardiology/moderators").get_data(as_text=True)
    assert "This board has no moderators of its own." in page
    response = post_form(client, "/b/cardiology/moderators",
                         {"username": "carl", "reason": "Runs the journal club"})
    assert response.status_code == 303
    page = client.get("/b/cardiology/moderators").get_data(as_text=True)
    assert "carl now moderates Cardiology." in page and "(@carl)" in page
    again = post_form(client, "/b/cardiology/moderators", {"username": "Carl"})
    assert "carl already moderates Cardiology." in client.get(again.headers["Location"]).get_data(
        as_text=True)
    assert post_form(client, "/b/cardiology/moderators",
                     {"username": "carl", "remove": "1", "reason": "Stepped down"}
                     ).status_code == 303
    assert session.scalars(select(BoardModerator)).all() == []
    entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert [(e.action, e.reason, e.board_id) for e in entries] == [
        ("board.moderator.appoint", "Runs the journal club", board_id(session, "cardiology")),
        ("board.moderator.remove", "Stepped down", board_id(session, "cardiology"))]
    assert entries[0].after == {"board": "cardiology", "moderator": True}


def test_bad_names_are_field_errors(app, make_user):
    client = signed_in(app, make_user("admin"))
    for name, message in (("", "This field is required."),
                          ("no-such-person", "No member named no-such-person.")):
        response = post_form(client, "/b/cardiology/moderators", {"username": name,
                                                                  "reason": "kept"})
        assert response.status_code == 422
        html = response.get_data(as_text=True)
        assert message in html and 'value="kept"' in html and 'id="e-username"' in html
    assert post_form(client, "/b/cardiology/moderators",
                     {"username": "x", "reason": "r" * 501}).status_code == 422
    assert client.get("/b/no-such-board/moderators").status_code == 404


def test_only_admins_manage_board_moderators(app, make_user):
    make_user(username="dina")
    for role in ("member", "moderator"):
        client = signed_in(app, make_user(role))
        assert client.get("/b/cardiology/moderators").status_code == 403
        assert post_form(client, "/b/cardiology/moderators",
                         {"username": "dina"}).status_code == 403


def test_a_board_moderator_pins_locks_and_deletes_in_their_board_only(app, session,
                                                                    make_user):
    author, scoped = make_user(), make_user(username="emil")
    own, other = _topic(app, author, "cardiology"), _topic(app, author, "neurology")
    admin = signed_in(app, make_user("admin"))
    post_form(admin, "/b/cardiology/moderators", {"username": "emil"})
    client = signed_in(app, scoped)
    for action, field in (("pin", "pinned"), ("lock", "locked")):
        assert post_form(client, f"/t/{own}/{action}", {field: "1"}).status_code == 303
        assert post_form(client, f"/t/{other}/{action}", {field: "1"}).status_code == 403
    assert post_form(client, f"/t/{own}/delete").status_code == 303
    assert post_form(client, f"/t/{other}/delete").status_code == 403
    session.expire_all()
    mine, theirs = session.get(Topic, own), session.get(Topic, other)
    assert mine.pinned and mine.locked and mine.is_deleted
    assert not (theirs.pinned or theirs.locked or theirs.is_deleted)
    # Removed: the powers go with the appointment.
    post_form(admin, "/b/cardiology/moderators", {"username": "emil", "remove": "1"})
    # (the deleted topic is no longer even visible to them)
    assert post_form(client, f"/t/{own}/restore").status_code == 404
    assert post_form(client, f"/t/{other}/pin", {"pinned": "0"}).status_code == 403
    assert client.get("/moderation").status_code == 403


def test_a_board_moderator_handles_their_boards_queue_items(app, session, make_user):
    own = board_item(session, make_user(), "cardiology")
    other = board_item(session, make_user(), "neurology",
                       title="Sudden diplopia in a 30-year-old: what next?")
    scoped = make_user(username="farah")
    admin = signed_in(app, make_user("admin"))
    post_form(admin, "/b/cardiology/moderators", {"username": "farah"})
    client = signed_in(app, scoped)
    home = client.get("/").get_data(as_text=True)
    assert re.search(r'Review queue <span class="badge" aria-label="1 pending">1</span>', home)
    assert client.get(f"/moderation/items/{other}").status_code == 404
    assert act(client, other, "approve", 1).status_code == 404
    assert act(client, own, "approve", version_of(client, own)).status_code == 303

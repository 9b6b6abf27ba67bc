"""The review queue through its pages: the list with filters, counts and pages, an item with
its history, claims, actions (409 for the second moderator, 422 with the input kept), and
the header badge."""
from __future__ import annotations

import re

from sqlalchemy import func, select

from moderation.audit.models import AuditEntry
from moderation.queue.models import QueueEvent, QueueItem
from tests.support.queue import (
    act,
    board_item,
    signed_in,
    verification_item,
    version_of,
)
from tests.support.web import csrf_token, login, post_form


def _items_listed(html: str) -> list[int]:
    return [int(n) for n in re.findall(
        r'<td data-label="Item"><a href="/moderation/items/(\d+)">', html)]


def test_the_queue_lists_pending_items_oldest_first_with_counts(app, session, make_user):
    mod = make_user("moderator")
    first = verification_item(session, make_user(username="amara"))
    second = board_item(session, make_user(username="bruno"), "cardiology")
    third = board_item(session, make_user(username="chen"), "neurology",
                       title="Sudden diplopia in a 30-year-old: what next?")
    client = signed_in(app, mod)
    html = client.get("/moderation").get_data(as_text=True)
    assert _items_listed(html) == [first, second, third]
    assert "amara" in html and "Cardiology" in html and "Neurology" in html
    assert "3 items, oldest first." in html
    assert re.search(r'Member to verify <span class="badge" aria-label="1 pending">1</span>', html)
    assert re.search(r'Queued post <span class="badge" aria-label="2 pending">2</span>', html)
    # The header badge counts what this moderator can act on.
    assert re.search(r'Review queue <span class="badge" aria-label="3 pending">3</span>', html)


def test_filters_by_kind_status_and_board(app, session, make_user):
    mod = make_user("moderator")
    verify_id = verification_item(session, make_user())
    cardio = board_item(session, make_user(), "cardiology")
    neuro = board_item(session, make_user(), "neurology",
                       title="Sudden diplopia in a 30-year-old: what next?")
    client = signed_in(app, mod)
    assert _items_listed(client.get("/moderation?kind=user_verification").get_data(
        as_text=True)) == [verify_id]
    html = client.get("/moderation?board=neurology").get_data(as_text=True)
    assert _items_listed(html) == [neuro]
    assert re.search(r'Queued post <span class="badge" aria-label="1 pending">1</span>', html)
    assert act(client, cardio, "approve", version_of(client, cardio)).status_code == 303
    assert _items_listed(client.get("/moderation").get_data(as_text=True)) == [verify_id, neuro]
    assert _items_listed(client.get("/moderation?status=approved").get_data(
        as_text=True)) == [cardio]
    assert _items_listed(client.get("/moderation?status=all").get_data(
        as_text=True)) == [verify_id, cardio, neuro]
    for bad in ("?kind=nonsense", "?status=done", "?board=no-such-board", "?page=abc"):
        response = client.get("/moderation" + bad)
        assert response.status_code == 422, bad
        assert "Please fix the following" in response.get_data(as_text=True)


def test_the_queue_pages_fifty_at_a_time(app, session, make_user):
    from community.platform.db import commit
    from moderation.queue import service

    mod = make_user("moderator")
    members = [make_user() for _ in range(3)]
    for n in range(53):
        service.enqueue(session, "user_verification", "user", 10_000 + n,
                        subject_user_id=members[n % 3].id, summary=f"request {n}")
    commit(session)
    client = signed_in(app, mod)
    first = client.get("/moderation").get_data(as_text=True)
    assert len(_items_listed(first)) == 50 and "Page 1 of 2" in first
    second = client.get("/moderation?page=2").get_data(as_text=True)
    assert len(_items_listed(second)) == 3 and "request 52" in second


def test_an_item_shows_its_subject_history_and_one_form_per_action(app, session, make_user):
    mod = make_user("moderator")
    item_id = verification_item(session, make_user(username="dana"),
                                licence_number="MED-<b>42</b>")
    html = signed_in(app, mod).get(f"/moderation/items/{item_id}").get_data(as_text=True)
    assert "General Medical Council" in html and "MED-&lt;b&gt;42&lt;/b&gt;" in html
    assert "<b>42" not in html  # the member's text is escaped
    for action in ("verify", "decline", "ignore"):
        assert f'id="action-{action}" action="/moderation/items/{item_id}/act/{action}"' in html
    assert re.search(r'<textarea id="f-reason-decline" [^>]*required', html)
    assert html.count('name="version" value="1"') == 4  # claim + three actions
    assert "Queued" in html and "dana" in html


def test_an_unknown_kind_partial_falls_back_to_the_generic_one(app, session, make_user):
    from community.platform.db import commit
    from moderation.queue import service

    item, _ = service.enqueue(session, "phi_override", "post", 12345, summary="PHI override",
                              data={"pattern": "date of birth"})
    commit(session)
    html = signed_in(app, make_user("admin")).get(f"/moderation/items/{item.id}").get_data(
        as_text=True)
    assert "Post #12345" in html and "date of birth" in html


def test_acting_records_history_and_audit_and_leaves_the_queue(app, session, make_user):
    mod = make_user("moderator", username="mira")
    item_id = verification_item(session, make_user())
    client = signed_in(app, mod)
    response = act(client, item_id, "ignore", version_of(client, item_id), "Duplicate account")
    assert response.status_code == 303 and response.headers["Location"].endswith("/moderation")
    html = client.get(f"/moderation/items/{item_id}").get_data(as_text=True)
    assert 'Pending <span class="dir-arrow">→</span> Ignored' in html and "Duplicate account" in html and "mira" in html
    assert 'id="action-verify"' not in html  # nothing more to do on it
    session.expire_all()
    entry = session.scalar(select(AuditEntry).where(AuditEntry.queue_item_id == item_id))
    assert entry.action == "queue.user_verification.ignore"
    assert (entry.before, entry.after, entry.reason) == (
        {"status": "pending"}, {"status": "ignored"}, "Duplicate account")


def test_a_missing_reason_is_a_422_with_the_form_kept(app, session, make_user):
    mod = make_user("moderator")
    item_id = verification_item(session, make_user())
    client = signed_in(app, mod)
    response = act(client, item_id, "decline", version_of(client, item_id), "   ")
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "The reason is required." in html and 'id="e-reason-decline"' in html
    bad_version = act(client, item_id, "decline", "abc", "The number is not on the register")
    assert bad_version.status_code == 422
    assert "The number is not on the register" in bad_version.get_data(as_text=True)
    unknown = act(client, item_id, "obliterate", 1)
    assert unknown.status_code == 422 and "Choose one of: verify, decline, ignore" in \
        unknown.get_data(as_text=True)
    session.expire_all()
    assert session.get(QueueItem, item_id).status == "pending"


def test_extra_fields_of_a_type_partial_are_passed_as_data(app, session, make_user):
    mod = make_user("moderator")
    item_id = verification_item(session, make_user())
    client = signed_in(app, mod)
    response = act(client, item_id, "ignore", version_of(client, item_id), "",
                   checked_register="yes", register_url="https://example.org/r/1")
    assert response.status_code == 303
    session.expire_all()
    event = session.scalar(select(QueueEvent).where(QueueEvent.item_id == item_id,
                                                    QueueEvent.action == "ignore"))
    assert event.data == {"checked_register": "yes", "register_url": "https://example.org/r/1"}


def test_two_moderators_act_on_one_version_one_wins_the_other_gets_409(app, session,
                                                                     make_user):
    """Two real browsers load the item at the same version and both act."""
    member = make_user()
    item_id = verification_item(session, member)
    first, second = signed_in(app, make_user("moderator", username="ines")), signed_in(
        app, make_user("moderator", username="jonas"))
    version = version_of(first, item_id)
    assert version_of(second, item_id) == version
    token_first, token_second = csrf_token(first), csrf_token(second)
    won = first.post(f"/moderation/items/{item_id}/act/verify",
                     data={"csrf_token": token_first, "version": version})
    lost = second.post(f"/moderation/items/{item_id}/act/decline",
                       data={"csrf_token": token_second, "version": version,
                             "reason": "Not on the register"})
    assert won.status_code == 303
    assert lost.status_code == 409
    page = lost.get_data(as_text=True)
    assert "Another moderator acted on this item first" in page and "ines" in page
    assert f'href="/moderation/items/{item_id}"' in page and "approved" in page
    session.expire_all()
    actions = session.scalars(select(QueueEvent.action).where(
        QueueEvent.item_id == item_id, QueueEvent.action.not_in(["enqueued"]))).all()
    assert actions == ["verify"]
    assert session.scalar(select(func.count()).select_from(AuditEntry).where(
        AuditEntry.queue_item_id == item_id)) == 1
    assert session.get(type(member), member.id).is_verified


def test_a_stale_version_conflicts_even_after_a_mere_claim(app, session, make_user):
    item_id = verification_item(session, make_user())
    mod = signed_in(app, make_user("moderator"))
    stale = version_of(mod, item_id)
    assert post_form(mod, f"/moderation/items/{item_id}/claim",
                     {"version": stale}).status_code == 303
    assert act(mod, item_id, "ignore", stale).status_code == 409
    assert act(mod, item_id, "ignore", version_of(mod, item_id)).status_code == 303


def test_someone_elses_claim_blocks_acting_until_given_back(app, session, make_user):
    item_id = verification_item(session, make_user())
    kofi = signed_in(app, make_user("moderator", username="kofi"))
    lena = signed_in(app, make_user("moderator", username="lena"))
    assert post_form(kofi, f"/moderation/items/{item_id}/claim",
                     {"version": version_of(kofi, item_id)}).status_code == 303
    html = lena.get(f"/moderation/items/{item_id}").get_data(as_text=True)
    assert "<strong>kofi</strong> is handling it" in html
    listed = lena.get("/moderation").get_data(as_text=True)
    assert "<td data-label=\"Claimed by\">kofi</td>" in listed
    blocked = act(lena, item_id, "ignore", version_of(lena, item_id))
    assert blocked.status_code == 409 and "kofi is handling this item" in blocked.get_data(
        as_text=True)
    taken = post_form(lena, f"/moderation/items/{item_id}/claim",
                      {"version": version_of(lena, item_id)})
    assert taken.status_code == 409 and "kofi is already handling" in taken.get_data(
        as_text=True)
    assert post_form(kofi, f"/moderation/items/{item_id}/unclaim",
                     {"version": version_of(kofi, item_id)}).status_code == 303
    assert act(lena, item_id, "ignore", version_of(lena, item_id)).status_code == 303
    session.expire_all()
    history = session.scalars(select(QueueEvent.action).where(QueueEvent.item_id == item_id)
                              .order_by(QueueEvent.id)).all()
    assert history == ["enqueued", "claimed", "unclaimed", "ignore"]


def test_a_board_moderator_cannot_release_anothers_claim_a_site_moderator_can(
        app, session, make_user):
    from tests.support.queue import appoint

    item_id = board_item(session, make_user(), "cardiology")
    board_mod = make_user(username="mateo")
    appoint(session, board_mod, "cardiology")
    holder = signed_in(app, make_user("moderator", username="nora"))
    assert post_form(holder, f"/moderation/items/{item_id}/claim",
                     {"version": version_of(holder, item_id)}).status_code == 303
    scoped = signed_in(app, board_mod)
    assert post_form(scoped, f"/moderation/items/{item_id}/unclaim",
                     {"version": version_of(scoped, item_id)}).status_code == 403
    admin = signed_in(app, make_user("admin"))
    html = admin.get(f"/moderation/items/{item_id}").get_data(as_text=True)
    assert "Release nora's claim" in html
    assert post_form(admin, f"/moderation/items/{item_id}/unclaim",
                     {"version": version_of(admin, item_id)}).status_code == 303


def test_nobody_acts_on_an_item_about_themselves(app, session, make_user):
    mod = make_user("moderator", username="omar")
    item_id = verification_item(session, mod)
    client = signed_in(app, mod)
    html = client.get(f"/moderation/items/{item_id}").get_data(as_text=True)
    assert "This item is about you" in html and 'id="action-verify"' not in html
    response = act(client, item_id, "verify", 1)
    assert response.status_code == 403 and "another moderator must handle it" in \
        response.get_data(as_text=True)
    assert post_form(client, f"/moderation/items/{item_id}/claim",
                     {"version": 1}).status_code == 403
    session.expire_all()
    assert not session.get(type(mod), mod.id).is_verified


def test_members_see_no_queue_link_and_no_queue(app, make_user, client):
    login(client, make_user())
    home = client.get("/").get_data(as_text=True)
    assert "Review queue" not in home
    assert client.get("/moderation").status_code == 403

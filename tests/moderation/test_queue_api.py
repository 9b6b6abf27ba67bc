"""The queue's JSON API; every answer is checked against the OpenAPI document (ApiClient)."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from moderation.audit.models import AuditEntry
from moderation.queue.models import QueueEvent
from tests.support.api import ApiClient, sign_in_with_cookie
from tests.support.queue import board_item, verification_item

Q = "/api/v1/queue"


@pytest.fixture
def api(app, client) -> ApiClient:
    return ApiClient(app, client)


def test_the_queue_as_json_with_counts_filters_and_pages(api, session, make_user, token_for):
    token = token_for(make_user("moderator"))
    verify_id = verification_item(session, make_user(username="pia"))
    post_item = board_item(session, make_user(), "cardiology")
    body = api.get(Q, token=token, expect=200).get_json()
    assert [i["id"] for i in body["items"]] == [verify_id, post_item]
    assert body["counts"]["user_verification"] == 1 and body["counts"]["queued_post"] == 1
    assert body["total"] == 2 and body["status"] == "pending"
    first = body["items"][0]
    assert first["subject_user"]["username"] == "pia" and first["board"] is None
    assert first["data"]["licence_number"] == "GMC 7654321" and first["version"] == 1
    assert body["items"][1]["board"] == "cardiology"
    only = api.get(f"{Q}?kind=queued_post&board=cardiology", token=token, expect=200)
    assert [i["id"] for i in only.get_json()["items"]] == [post_item]
    assert api.get(f"{Q}?status=approved", token=token, expect=200).get_json()["total"] == 0
    assert api.get(f"{Q}?status=all", token=token, expect=200).get_json()["total"] == 2
    for bad in ("?kind=x", "?status=x", "?board=nowhere", "?page=0", "?page=x"):
        problem = api.get(Q + bad, token=token, expect=422).get_json()
        assert problem["errors"]


def test_an_item_with_history_and_actions_then_claim_and_act(api, session, make_user,
                                                             token_for):
    token = token_for(make_user("moderator", username="quinn"))
    item_id = verification_item(session, make_user())
    detail = api.get(f"{Q}/{item_id}", token=token, expect=200).get_json()
    assert [a["name"] for a in detail["actions"]] == ["verify", "decline", "ignore"]
    assert detail["actions"][1]["reason_required"] is True and detail["can_act"] is True
    assert [e["action"] for e in detail["history"]] == ["enqueued"]
    claimed = api.post(f"{Q}/{item_id}/claim", token=token, expect=200,
                       json={"version": 1}).get_json()
    assert claimed["claimed_by"] == "quinn" and claimed["version"] == 2
    released = api.delete(f"{Q}/{item_id}/claim", token=token, expect=200).get_json()
    assert released["claimed_by"] is None and released["version"] == 3
    claimed = api.post(f"{Q}/{item_id}/claim", token=token, expect=200).get_json()
    assert claimed["version"] == 4  # no version sent: the item as it is now
    refused = api.post(f"{Q}/{item_id}/actions/decline", token=token, expect=422,
                       json={"version": 4}).get_json()
    assert "reason" in refused["errors"]
    done = api.post(f"{Q}/{item_id}/actions/decline", token=token, expect=200,
                    json={"version": 4, "reason": "Licence lapsed in 2023",
                          "data": {"register": "checked"}}).get_json()
    assert done["status"] == "rejected" and done["resolved_by"] == "quinn"
    assert done["can_act"] is False
    assert [e["action"] for e in done["history"]] == [
        "enqueued", "claimed", "unclaimed", "claimed", "decline"]
    assert done["history"][-1]["reason"] == "Licence lapsed in 2023"
    assert done["history"][-1]["data"] == {"register": "checked"}


def test_the_second_action_on_a_version_is_a_409_conflict_problem(api, session, make_user,
                                                                  token_for):
    first, second = token_for(make_user("moderator", username="rosa")), token_for(
        make_user("moderator"))
    item_id = verification_item(session, make_user())
    api.post(f"{Q}/{item_id}/actions/ignore", token=first, expect=200, json={"version": 1})
    problem = api.post(f"{Q}/{item_id}/actions/verify", token=second, expect=409,
                       json={"version": 1}).get_json()
    assert problem["item_status"] == "ignored" and problem["version"] == 2
    assert "rosa" in problem["detail"]
    api.validate(problem, "ConflictProblem")
    session.expire_all()
    assert session.scalars(select(QueueEvent.action).where(
        QueueEvent.item_id == item_id).order_by(QueueEvent.id)).all() == ["enqueued", "ignore"]


def test_bad_bodies_are_422_and_change_nothing(api, session, make_user, token_for):
    token = token_for(make_user("admin"))
    item_id = verification_item(session, make_user())
    url = f"{Q}/{item_id}/actions/ignore"
    for body in ({}, {"version": "one"}, {"version": 1, "data": [1]},
                 {"version": 1, "reason": 5}, {"version": 1, "verdict": "yes"},
                 {"version": 0}, {"version": 2**40}, {"version": "1"},
                 {"version": 1, "reason": ""}):  # no reason is left out, not empty
        api.post(url, token=token, expect=422, json=body)
    api.post(f"{Q}/{item_id}/actions/explode", token=token, expect=422, json={"version": 1})
    api.post(f"{Q}/{item_id}/claim", token=token, expect=422, json={"version": True})
    api.post(f"{Q}/{item_id}/claim", token=token, expect=422, json={"colour": "red"})
    api.post(f"{Q}/999999/claim", token=token, expect=404, json={})
    session.expire_all()
    assert session.scalars(select(QueueEvent.action).where(
        QueueEvent.item_id == item_id)).all() == ["enqueued"]
    assert session.scalars(select(AuditEntry)).all() == []


def test_cookie_sessions_need_the_csrf_header(app, api, client, session, make_user):
    item_id = verification_item(session, make_user())
    csrf = sign_in_with_cookie(app, client, make_user("moderator"))
    api.post(f"{Q}/{item_id}/claim", expect=400, json={"version": 1})
    api.post(f"{Q}/{item_id}/claim", expect=200, json={"version": 1},
             headers={"X-CSRFToken": csrf})


def test_board_moderators_through_the_api_are_audited(api, session, make_user, token_for):
    admin_token = token_for(make_user("admin", username="sami"))
    candidate = make_user(username="tara")
    url = "/api/v1/boards/cardiology/moderators"
    assert api.get(url, expect=200).get_json() == {"board": "cardiology", "items": []}
    body = api.put(f"{url}/tara", token=admin_token, expect=200).get_json()
    assert [m["username"] for m in body["items"]] == ["tara"]
    api.put(f"{url}/TARA", token=admin_token, expect=200)  # idempotent, no second entry
    api.put(f"{url}/tara", token=token_for(candidate), expect=403)
    api.put(f"{url}/nobody-here", token=admin_token, expect=404)
    api.put("/api/v1/boards/nowhere/moderators/tara", token=admin_token, expect=404)
    assert api.delete(f"{url}/tara", token=admin_token, expect=200).get_json()["items"] == []
    api.delete(f"{url}/tara", token=admin_token, expect=200)
    session.expire_all()
    entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert [(e.action, e.subject_id, e.before["moderator"], e.after["moderator"])
            for e in entries] == [("board.moderator.appoint", candidate.id, False, True),
                                  ("board.moderator.remove", candidate.id, True, False)]
    assert all(e.actor.username == "sami" and e.board_id for e in entries)


def test_the_document_lists_the_queue_operations(api):
    paths = api.document["paths"]
    assert set(paths["/queue/{item_id}/actions/{action}"]) == {"post"}
    assert paths["/queue/{item_id}/claim"].keys() == {"post", "delete"}
    conflict = paths["/queue/{item_id}/actions/{action}"]["post"]["responses"]["409"]
    assert conflict["content"]["application/problem+json"]["schema"]["$ref"].endswith(
        "/ConflictProblem")
    audit = paths["/audit"]["get"]["responses"]["200"]["content"]
    assert set(audit) == {"application/json", "text/csv"}

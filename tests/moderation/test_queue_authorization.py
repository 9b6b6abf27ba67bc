"""Who may do what, role × action, through the pages and through the API: the queue, one
item, claiming, acting, the audit log, its export, and appointing board moderators.

The item is of a board-scoped kind in Cardiology; a board moderator of Cardiology handles
it, one of Neurology does not even see it."""
from __future__ import annotations

import pytest

from tests.support.queue import appoint, board_item, version_of
from tests.support.web import csrf_token, login

ROLES = ("anonymous", "member", "board_mod_own", "board_mod_other", "moderator", "admin")
ACTIONS = ("view_queue", "view_item", "claim", "act", "view_audit", "export_audit",
           "appoint_board_moderator")

# What each role gets, per action: "ok", or the refusal.
ALLOWED = {
    "anonymous": dict.fromkeys(ACTIONS, "sign_in"),
    "member": dict.fromkeys(ACTIONS, "forbidden"),
    "board_mod_own": {"view_queue": "ok", "view_item": "ok", "claim": "ok", "act": "ok",
                      "view_audit": "forbidden", "export_audit": "forbidden",
                      "appoint_board_moderator": "forbidden"},
    "board_mod_other": {"view_queue": "ok", "view_item": "not_found", "claim": "not_found",
                        "act": "not_found", "view_audit": "forbidden",
                        "export_audit": "forbidden", "appoint_board_moderator": "forbidden"},
    "moderator": {**dict.fromkeys(ACTIONS, "ok"), "view_audit": "forbidden",
                  "export_audit": "forbidden", "appoint_board_moderator": "forbidden"},
    "admin": dict.fromkeys(ACTIONS, "ok"),
}
PAGE_STATUS = {"sign_in": 302, "forbidden": 403, "not_found": 404}
API_STATUS = {"sign_in": 401, "forbidden": 403, "not_found": 404}


def _actor(session, make_user, role: str):
    if role == "anonymous":
        return None
    user = make_user({"board_mod_own": "member", "board_mod_other": "member"}.get(role, role))
    if role == "board_mod_own":
        appoint(session, user, "cardiology")
    elif role == "board_mod_other":
        appoint(session, user, "neurology")
    return user


def _page(client, action: str, item_id: int, version: int, candidate: str):
    token = csrf_token(client)
    if action == "view_queue":
        return client.get("/moderation"), 200
    if action == "view_item":
        return client.get(f"/moderation/items/{item_id}"), 200
    if action == "claim":
        return client.post(f"/moderation/items/{item_id}/claim",
                           data={"csrf_token": token, "version": version}), 303
    if action == "act":
        return client.post(f"/moderation/items/{item_id}/act/approve",
                           data={"csrf_token": token, "version": version}), 303
    if action == "view_audit":
        return client.get("/moderation/audit"), 200
    if action == "export_audit":
        return client.get("/moderation/audit.csv"), 200
    return client.post("/b/cardiology/moderators",
                       data={"csrf_token": token, "username": candidate}), 303


def _api(client, action: str, item_id: int, version: int, candidate: str, token: str | None):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    base = "/api/v1"
    if action == "view_queue":
        return client.get(f"{base}/queue", headers=headers)
    if action == "view_item":
        return client.get(f"{base}/queue/{item_id}", headers=headers)
    if action == "claim":
        return client.post(f"{base}/queue/{item_id}/claim", headers=headers,
                           json={"version": version})
    if action == "act":
        return client.post(f"{base}/queue/{item_id}/actions/approve", headers=headers,
                           json={"version": version})
    if action == "view_audit":
        return client.get(f"{base}/audit", headers=headers)
    if action == "export_audit":
        return client.get(f"{base}/audit?format=csv", headers=headers)
    return client.put(f"{base}/boards/cardiology/moderators/{candidate}", headers=headers)


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", ROLES)
def test_pages(app, session, make_user, role, action):
    item_id = board_item(session, make_user(), "cardiology")
    candidate = make_user().username
    user = _actor(session, make_user, role)
    client = app.test_client()
    if user is not None:
        login(client, user)
    response, ok_status = _page(client, action, item_id, 1, candidate)
    expected = ALLOWED[role][action]
    if expected == "ok":
        assert response.status_code == ok_status, response.get_data(as_text=True)[:400]
    else:
        assert response.status_code == PAGE_STATUS[expected], (
            response.status_code, response.get_data(as_text=True)[:400])
        if expected == "sign_in":
            assert "/login" in response.headers["Location"]


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", ROLES)
def test_api(app, session, make_user, token_for, role, action):
    from tests.support.api import ApiClient

    item_id = board_item(session, make_user(), "cardiology")
    candidate = make_user().username
    user = _actor(session, make_user, role)
    token = token_for(user) if user is not None else None
    client = app.test_client()
    response = _api(client, action, item_id, 1, candidate, token)
    expected = ALLOWED[role][action]
    status = 200 if expected == "ok" else API_STATUS[expected]
    assert response.status_code == status, response.get_data(as_text=True)[:400]
    if action != "export_audit" or expected != "ok":
        api = ApiClient(app, client)
        api.conform(response.request.method.lower(), response.request.path, response)


def test_a_board_moderator_sees_only_their_boards_items_in_the_list(app, session, make_user):
    own = board_item(session, make_user(), "cardiology")
    board_item(session, make_user(), "neurology",
               title="Sudden diplopia in a 30-year-old: what next?")
    from tests.support.queue import verification_item

    verification_item(session, make_user())  # not board-scoped: site moderators only
    scoped = make_user()
    appoint(session, scoped, "cardiology")
    client = app.test_client()
    login(client, scoped)
    html = client.get("/moderation?status=all").get_data(as_text=True)
    assert f"/moderation/items/{own}\"" in html
    assert html.count('<td data-label="Item"><a href="/moderation/items/') == 1
    assert 'value="neurology"' not in html  # only their boards in the filter
    assert "Member to verify" not in html
    assert client.get("/moderation?board=neurology").status_code == 422
    assert version_of(client, own) == 1

"""Who may do what in peer review, as a role × action matrix through the API: each cell
reaches the state the action needs through the services, then asks as that role. Allowed
cells succeed; the others get 401 (signed out), 404 (the write-up is not theirs to see) or
403 (they see it but may not act) — and change nothing."""
from __future__ import annotations

import pytest

from tests.support import review as support
from tests.support.api import ApiClient

API = "/api/v1"
ROLES = ("anonymous", "member", "author", "coauthor", "corresponding", "reviewer",
         "other_reviewer", "editor", "board_editor", "moderator", "admin")

# action -> the roles allowed to take it
ALLOWED = {
    "read_draft": {"author", "coauthor", "corresponding", "editor", "board_editor", "admin"},
    "submit": {"corresponding"},
    "screen": {"editor", "board_editor"},
    "invite_reviewer": {"editor", "board_editor"},
    "review": {"reviewer"},
    "decide": {"editor", "board_editor"},
    "publish": {"editor", "board_editor"},
    "read_published": set(ROLES),
}
# Signed-in members who cannot see an unpublished write-up at all get 404, not 403.
SEES_UNPUBLISHED = {"author", "coauthor", "corresponding", "editor", "board_editor", "admin"}


def _arrange(session, team, action: str) -> tuple[str, str, dict | None, int]:
    """(method, url, json, success status) with the state the action needs."""
    if action == "read_draft":
        case_id = support.draft(session, team)
        return "GET", f"{API}/cases/{case_id}/workflow", None, 200
    if action == "submit":
        case_id = support.draft(session, team)
        for user, role in ((team.author, "case_coauthor"), (team.coauthor, "case_coauthor"),
                           (team.corresponding, "case_author")):
            support.clear(session, user, role, case_id, team.moderator)
        return "POST", f"{API}/cases/{case_id}/submit", None, 200
    if action == "screen":
        case_id = support.submitted(session, team)
        return "POST", f"{API}/cases/{case_id}/screening", {"action": "send_to_review"}, 200
    if action == "invite_reviewer":
        case_id = support.in_review(session, team)
        return "POST", f"{API}/cases/{case_id}/reviewers", {
            "username": "fresh_reviewer",
            "due_on": support.due()}, 201
    if action == "review":
        _, mine, _ = support.with_reviewers(session, team)
        return "POST", f"{API}/reviews/{mine}/review", support.GOOD_REVIEW, 201
    if action == "decide":
        case_id, _, _ = support.reviewed(session, team)
        return "POST", f"{API}/cases/{case_id}/decision", {"decision": "accept",
                                                           "letter": "Accepted."}, 200
    if action == "publish":
        case_id = support.accepted(session, team)
        return "POST", f"{API}/cases/{case_id}/publication", None, 201
    case_id = support.published(session, team)
    return "GET", f"{API}/cases/{case_id}/publication", None, 200


def _denied_status(role: str, action: str) -> set[int]:
    if role == "anonymous":
        return {401}
    if action == "review":
        return {403}  # someone else's review invitation: "you were not invited"
    if action in ("read_draft", "submit", "screen", "invite_reviewer", "decide", "publish"):
        return {403} if role in SEES_UNPUBLISHED else {404}
    return {403}


@pytest.mark.parametrize("action", list(ALLOWED))
@pytest.mark.parametrize("role", ROLES)
def test_role_action_matrix(app, client, session, make_user, token_for, role, action):
    team = support.make_team(make_user)
    make_user(username="fresh_reviewer")
    support.appoint_board_editor(session, team)
    method, url, body, ok = _arrange(session, team, action)
    api = ApiClient(app, client)
    token = None if role == "anonymous" else token_for(getattr(team, role))
    response = api.open(method, url, token=token, json=body)
    if role in ALLOWED[action]:
        assert response.status_code == ok, response.get_data(as_text=True)[:500]
    else:
        assert response.status_code in _denied_status(role, action), (
            response.status_code, response.get_data(as_text=True)[:300])

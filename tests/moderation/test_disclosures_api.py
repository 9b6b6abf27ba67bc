"""The disclosures JSON API; every answer is checked against the OpenAPI document."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from community.platform.db import commit, utcnow
from community.platform.spaces.models import Board
from moderation.disclosures import gate
from moderation.disclosures.models import Company, Disclosure
from realtime.sessions.models import LiveSession
from tests.support import review as arrange
from tests.support.api import ApiClient
from tests.support.disclosures import months_ago, seed

P = "/api/v1"


@pytest.fixture
def api(app, client) -> ApiClient:
    return ApiClient(app, client)


@pytest.fixture(autouse=True)
def companies(session):
    seed(session)


def _filing(*relationships, declared_none=False) -> dict:
    return {"declared_none": declared_none, "confirm": True, "relationships": list(relationships)}


def test_file_read_and_version_disclosures(api, session, make_user, token_for):
    member, other, moderator = make_user(), make_user(), make_user("moderator")
    token, other_token, mod_token = token_for(member), token_for(other), token_for(moderator)
    mine = api.get(f"{P}/me/disclosures", token=token, expect=200).get_json()
    assert mine == {"state": "none", "current": None, "days_left": None, "versions": []}
    bad = api.post(f"{P}/me/disclosures", token=token, expect=422, json=_filing(
        {"company": "Pfizer", "nature": "speaker", "started_on": months_ago(3),
         "ended_on": months_ago(26)},
        {"company": "", "nature": "owner", "started_on": "2020-13-01", "ongoing": True},
    )).get_json()
    assert {"rel-1-ended_on", "rel-2-company", "rel-2-nature", "rel-2-started_on"} <= set(
        bad["errors"])
    first = api.post(f"{P}/me/disclosures", token=token, expect=201, json=_filing(
        {"company": "Pfizer", "nature": "ownership_interest", "ownership_type": "public",
         "started_on": months_ago(30)[:7], "ongoing": True})).get_json()
    assert first["relationships"][0]["started_on"].endswith("-01")
    assert first["relationships"][0]["company"]["ineligible"] is True
    assert first["state"] == "current" and first["version"] == 1
    second = api.post(f"{P}/me/disclosures", token=token, expect=201,
                      json=_filing(declared_none=True)).get_json()
    mine = api.get(f"{P}/me/disclosures", token=token, expect=200).get_json()
    assert mine["current"]["id"] == second["id"] and mine["days_left"] >= 364
    assert [v["state"] for v in mine["versions"]] == ["current", "superseded"]
    assert mine["versions"][1]["superseded_by_id"] == second["id"]
    # Other members: not even whether it exists. Moderators: yes.
    api.get(f"{P}/disclosures/{first['id']}", token=other_token, expect=404)
    api.get(f"{P}/users/{member.username}/disclosures", token=other_token, expect=404)
    listed = api.get(f"{P}/users/{member.username}/disclosures", token=mod_token, expect=200)
    assert len(listed.get_json()["items"]) == 2
    api.get(f"{P}/disclosures/{first['id']}", token=mod_token, expect=200)


def test_companies_list_create_and_classify(api, session, make_user, token_for):
    member, moderator = make_user(), make_user("moderator")
    token, mod_token = token_for(member), token_for(moderator)
    public = api.get(f"{P}/companies?q=medtr", expect=200).get_json()
    assert [c["name"] for c in public["items"]] == ["Medtronic"]
    assert "notes" not in public["items"][0]  # details are for moderators
    listed = api.get(f"{P}/companies?status=eligible", token=mod_token, expect=200).get_json()
    assert all(c["ineligible"] is False for c in listed["items"]) and "notes" in listed[
        "items"][0]
    api.get(f"{P}/companies?status=maybe", expect=422)
    api.post(f"{P}/companies", token=token, expect=403, json={"name": "Acme"})
    made = api.post(f"{P}/companies", token=mod_token, expect=201,
                    json={"name": "Acme Diagnostics", "ineligible": None}).get_json()
    assert made["classification"] == "unclassified" and made["added_by"] == moderator.username
    api.post(f"{P}/companies", token=mod_token, expect=422, json={"name": "ACME diagnostics"})
    # One line of text, exactly as stored: surrounding spaces are refused, not trimmed.
    spaced = api.post(f"{P}/companies", token=mod_token, expect=422,
                      json={"name": " Acme Labs "}).get_json()
    assert set(spaced["errors"]) == {"name"}
    api.patch(f"{P}/companies/{made['id']}", token=token, expect=403, json={"ineligible": True})
    api.patch(f"{P}/companies/{made['id']}", token=mod_token, expect=422,
              json={"ineligible": "yes"})
    done = api.patch(f"{P}/companies/{made['id']}", token=mod_token, expect=200, json={
        "ineligible": True, "kind": "diagnostic_lab"}).get_json()
    assert done["classification"] == "ineligible" and done["classified_by"] == moderator.username
    queue = api.get(f"{P}/queue?kind=company_classification&status=all", token=mod_token,
                    expect=200).get_json()
    assert [i["status"] for i in queue["items"]] == ["approved"]


def _open_session(session, host, verified_only: bool = False) -> int:
    """A session whose registration is open, in a public (or a verified-only) board: the
    statement answers exactly when the session does."""
    board = session.scalar(select(Board).where(Board.slug == "critical-care"))
    board.verified_only = verified_only
    start = utcnow() + timedelta(days=3)
    live = LiveSession(board_id=board.id, host_id=host.id, kind="journal_club",
                       title="M&M conference, March", starts_at=start,
                       ends_at=start + timedelta(hours=1), capacity=50,
                       registration_opened_at=utcnow())
    session.add(live)
    session.commit()
    return live.id


def test_roles_through_the_api_from_request_to_statement(api, session, make_user, token_for):
    member = make_user(display_name="Ada Okafor", credentials="MD")
    moderator = make_user("moderator")
    token, mod_token = token_for(member), token_for(moderator)
    live = _open_session(session, make_user())
    ask = {"role": "presenter", "content_kind": "session", "content_id": live,
           "content_title": "M&M conference, March"}
    refused = api.post(f"{P}/role-clearances", token=token, expect=403, json=ask).get_json()
    assert refused["type"].endswith("/disclosure-required") and refused["link"] == \
        "/disclosures/new"
    assert "/disclosures/new" in refused["detail"] and "24 months" in refused["detail"]
    api.post(f"{P}/role-clearances", token=token, expect=422, json={**ask, "role": "host",
                                                                     "content_kind": "case"})
    filed = api.post(f"{P}/me/disclosures", token=token, expect=201, json=_filing(
        {"company": "Gilead Sciences", "nature": "speaker", "started_on": months_ago(5),
         "ongoing": True},
        {"company": "Bayer", "nature": "advisor", "started_on": months_ago(20),
         "ended_on": months_ago(14)})).get_json()
    gilead, bayer = (r["id"] for r in filed["relationships"])
    clearance = api.post(f"{P}/role-clearances", token=token, expect=201, json=ask).get_json()
    assert clearance["state"] == "pending" and clearance["disclosure_id"] == filed["id"]
    api.get(f"{P}/disclosure-statements/session/{live}", expect=404)
    item = api.get(f"{P}/queue?kind=disclosure_review", token=mod_token,
                   expect=200).get_json()["items"][0]
    assert item["subject_user"]["username"] == member.username
    api.post(f"{P}/queue/{item['id']}/actions/clear", token=mod_token, expect=422, json={
        "version": item["version"], "data": {f"rel-{gilead}-relevant": True}})
    api.post(f"{P}/queue/{item['id']}/actions/clear", token=mod_token, expect=200, json={
        "version": item["version"], "data": {
            f"rel-{gilead}-relevant": True, f"rel-{gilead}-mitigation": "attest_evidence_based",
            f"rel-{bayer}-relevant": False}})
    status = api.get(clearance["url"], token=token, expect=200).get_json()
    assert status["state"] == "cleared" and status["reviewed_by"]["username"] == \
        moderator.username
    assert {(r["company"], r["relevant"]) for r in status["reviews"]} == {
        ("Gilead Sciences", True), ("Bayer", False)}
    statement = api.get(f"{P}/disclosure-statements/session/{live}", expect=200).get_json()
    assert statement["entries"] == [{
        "name": "Ada Okafor", "credentials": "MD", "role": "presenter",
        "role_label": "Presenter",
        "relationships": [{"company": "Gilead Sciences", "nature": "Speaker"}],
        "statement": "All relevant financial relationships have been mitigated."}]
    api.get(f"{P}/disclosure-statements/webinar/42", expect=404)
    mine = api.get(f"{P}/me/role-clearances", token=token, expect=200).get_json()
    assert [c["id"] for c in mine["items"]] == [clearance["id"]]
    other = token_for(make_user())
    api.get(clearance["url"], token=other, expect=404)
    notes = api.get(f"{P}/notifications", token=token, expect=200).get_json()
    assert notes["items"][0]["kind"] == "disclosure_reviewed"
    assert notes["items"][0]["post_id"] is None and "cleared as presenter" in notes[
        "items"][0]["message"]


def test_bad_filings_leave_nothing(api, session, make_user, token_for):
    token = token_for(make_user())
    for body in ({"confirm": True, "relationships": "Pfizer"},
                 {"confirm": True, "relationships": [None]},
                 {"confirm": True, "relationships": [{"company": "New Co", "nature": "speaker",
                                                      "started_on": "2999-01-01"}]},
                 {"confirm": "maybe", "declared_none": True},
                 {"declared_none": "sometimes", "confirm": True},
                 {"confirm": True, "relationships": [{}] * 51}):
        api.post(f"{P}/me/disclosures", token=token, expect=422, json=body)
    session.rollback()
    assert session.scalar(select(func.count()).select_from(Disclosure)) == 0
    assert session.scalar(select(Company).where(Company.name == "New Co")) is None


def test_a_session_statement_answers_exactly_when_the_session_does(api, session, make_user,
                                                                    token_for):
    """Issue 16: the statement of a session on a verified-only board named its host to
    anonymous readers while the session itself answered 404."""
    host = make_user(display_name="Hana Hostwell")
    live = _open_session(session, host, verified_only=True)
    arrange.declare_none(session, host)
    clearance = gate.request_role(session, arrange.fresh(session, host), "host", "session",
                                  live, "M&M conference, March")
    commit(session)
    arrange.approve(session, clearance, make_user("moderator"))
    reader, outsider = token_for(make_user(verified=True)), token_for(make_user())
    for token, status in ((None, 404), (outsider, 404), (reader, 200)):
        api.get(f"{P}/sessions/{live}", token=token, expect=status)
        body = api.get(f"{P}/disclosure-statements/session/{live}", token=token,
                       expect=status).get_data(as_text=True)
        assert ("Hana Hostwell" in body) == (status == 200)

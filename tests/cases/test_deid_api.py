"""The de-identification API: findings, overrides, withdrawal; every response validated
against the OpenAPI document; who may do what as a role × action matrix."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from community.cases.deid.models import PhiOverride
from moderation.queue.models import QueueItem
from tests.support.api import PREFIX, ApiClient
from tests.support.deid import appoint, make_case


@pytest.fixture
def api(app, client) -> ApiClient:
    return ApiClient(app, client)


def _first(report: dict, section: str, category: str) -> dict:
    block = next(s for s in report["sections"] if s["section"] == section)
    return next(f for f in block["findings"] if f["category"] == category)


def test_findings_overrides_and_withdrawal(api, session, make_user, token_for):
    author = make_user()
    token = token_for(author)
    case_id = make_case(session, author)
    url = f"{PREFIX}/cases/{case_id}/phi"
    report = api.get(url, token=token, expect=200).get_json()
    assert report["version"] == 1 and report["blocking"] == report["total"] == 9
    mrn = _first(report, "patient_information", "mrn")
    assert (mrn["text"], mrn["label"], mrn["identifier"]) == ("4820193",
                                                              "Medical record number", 8)
    assert mrn["overridden"] is False and mrn["override_id"] is None
    body = {"section": "patient_information", "category": "mrn", "start": mrn["start"],
            "end": mrn["end"], "reason": "A laboratory accession number", "version": 1}
    made = api.post(f"{url}/overrides", token=token, json=body, expect=201)
    assert made.headers["Location"].endswith(f"/cases/{case_id}/phi")
    override = made.get_json()
    assert override["status"] == "pending" and override["excerpt"] == "4820193"
    assert override["by"] == author.username and override["queue_item_id"]
    api.post(f"{url}/overrides", token=token, json=body, expect=409)
    report = api.get(url, token=token, expect=200).get_json()
    assert report["blocking"] == 8 and report["overrides"][0]["id"] == override["id"]
    assert _first(report, "patient_information", "mrn")["override_id"] == override["id"]
    api.delete(f"{url}/overrides/{override['id']}", token=token, expect=204)
    api.delete(f"{url}/overrides/{override['id']}", token=token, expect=409)
    api.delete(f"{url}/overrides/999999", token=token, expect=404)
    report = api.get(url, token=token, expect=200).get_json()
    assert report["blocking"] == 9 and report["overrides"][0]["status"] == "withdrawn"


def test_bad_requests_are_problems_with_every_field(api, session, make_user, token_for):
    author = make_user()
    token = token_for(author)
    case_id = make_case(session, author)
    url = f"{PREFIX}/cases/{case_id}/phi/overrides"
    errors = api.post(url, token=token, json={"section": 3, "category": "nope",
                                              "start": -1, "end": "x", "reason": ""},
                      expect=422).get_json()["errors"]
    assert set(errors) == {"section", "category", "start", "end", "reason"}
    assert "colour" in api.post(url, token=token, json={"colour": "red"},
                                expect=422).get_json()["errors"]
    api.post(url, token=token, data="not json", content_type="application/json",
             expect=422)
    api.post(url, token=token, json=[1, 2], expect=422)
    missing = api.post(url, token=token, json={"section": "discussion", "category": "name",
                                               "start": 0, "end": 2, "reason": "why"},
                       expect=422).get_json()
    assert "no such finding" in missing["errors"]["start"][0]
    api.get(f"{PREFIX}/cases/999999/phi", token=token, expect=404)
    assert session.scalar(select(PhiOverride.id)) is None


def test_the_queue_api_decides_an_override(api, session, make_user, token_for):
    author, moderator = make_user(), make_user("moderator")
    case_id = make_case(session, author)
    url = f"{PREFIX}/cases/{case_id}/phi"
    token = token_for(author)
    finding = _first(api.get(url, token=token, expect=200).get_json(), "discussion", "name")
    made = api.post(f"{url}/overrides", token=token, expect=201, json={
        "section": "discussion", "category": "name", "start": finding["start"],
        "end": finding["end"], "reason": "The cited author of a guideline"}).get_json()
    mod = token_for(moderator)
    item = api.get(f"{PREFIX}/queue/{made['queue_item_id']}", token=mod, expect=200).get_json()
    assert item["kind"] == "phi_override" and item["subject_user"]["username"] == \
        author.username
    api.post(f"{PREFIX}/queue/{item['id']}/actions/reject", token=mod, expect=422,
             json={"version": item["version"]})
    api.post(f"{PREFIX}/queue/{item['id']}/actions/reject", token=mod, expect=200,
             json={"version": item["version"], "reason": "A named clinician locates the "
                                                          "patient's hospital."})
    report = api.get(url, token=token, expect=200).get_json()
    assert report["overrides"][0]["status"] == "rejected"
    assert report["overrides"][0]["decision_reason"].startswith("A named clinician")
    assert _first(report, "discussion", "name")["overridden"] is False


# role × action: see findings (GET), override (POST), withdraw (DELETE)
MATRIX = {
    #                     GET   POST  DELETE
    "author":            (200, 201, 204),
    "coauthor":          (200, 201, 204),
    "editor":            (200, 403, 403),
    # Issue 16: moderators cannot read the draft, so not its identifiers either (404);
    # they judge overrides from the queue item.
    "moderator":         (404, 404, 404),
    "board_moderator":   (404, 404, 404),
    "admin":             (200, 403, 403),
    "other_board_mod":   (404, 404, 404),
    "member":            (404, 404, 404),
    "anonymous":         (401, 401, 401),
}


@pytest.mark.parametrize("who", sorted(MATRIX))
def test_role_action_matrix(api, session, make_user, token_for, who):
    author, coauthor = make_user(), make_user()
    case_id = make_case(session, author, coauthors=(coauthor,))
    people = {"author": author, "coauthor": coauthor, "editor": make_user("editor"),
              "moderator": make_user("moderator"), "admin": make_user("admin"),
              "board_moderator": make_user(), "other_board_mod": make_user(),
              "member": make_user()}
    appoint(session, people["board_moderator"], "cardiology")
    appoint(session, people["other_board_mod"], "neurology")
    url = f"{PREFIX}/cases/{case_id}/phi"
    owner = token_for(author)
    report = api.get(url, token=owner, expect=200).get_json()
    mrn, name = (_first(report, "patient_information", "mrn"),
                 _first(report, "discussion", "name"))
    existing = api.post(f"{url}/overrides", token=owner, expect=201, json={
        "section": "discussion", "category": "name", "start": name["start"],
        "end": name["end"], "reason": "cited"}).get_json()
    token = token_for(people[who]) if who in people else None
    get, post, delete = MATRIX[who]
    api.get(url, token=token, expect=get)
    api.post(f"{url}/overrides", token=token, expect=post, json={
        "section": "patient_information", "category": "mrn", "start": mrn["start"],
        "end": mrn["end"], "reason": "a lab number"})
    api.delete(f"{url}/overrides/{existing['id']}", token=token, expect=delete)
    session.commit()
    assert session.scalar(select(QueueItem.id).where(
        QueueItem.kind == "phi_override")) is not None


ODD_VALUES = (None, True, 0, -1, 2**40, 1.5, "", "x" * 5000, "\u0000", [], {}, [1], {"a": 1})


def test_every_documented_problem_and_odd_values_on_the_phi_routes(app, api, client, session,
                                                                   make_user, token_for):
    """401, 404, 413 and 400 (cookie write without CSRF) on each /phi operation; odd JSON
    values in every field are 4xx, never 500, and write nothing."""
    from tests.support.api import sign_in_with_cookie

    author = make_user()
    token = token_for(author)
    case_id = make_case(session, author)
    paths = {p: item for p, item in api.document["paths"].items() if "/phi" in p}
    assert len(paths) == 3
    for path, item in paths.items():
        real = PREFIX + path.format(case_id=case_id, override_id=1)
        unknown = PREFIX + path.format(case_id=999999, override_id=999999)
        for method, operation in item.items():
            api.open(method, real, expect=401, json={},
                     headers={"Authorization": "Bearer rnd_made-up"})
            api.open(method, real, expect=401, json={})
            api.open(method, unknown, token=token, expect=404, json={})
            if "413" in operation["responses"]:
                api.open(method, real, token=token, expect=413,
                         data=b'{"x": "' + b"x" * (3 * 1024 * 1024) + b'"}',
                         content_type="application/json")
            if "requestBody" in operation:
                for field in ("section", "category", "start", "end", "reason", "version"):
                    for value in ODD_VALUES:
                        response = api.open(method, real, token=token, json={field: value})
                        assert 400 <= response.status_code < 500, (field, value)
    session.commit()
    assert session.scalar(select(PhiOverride.id)) is None
    sign_in_with_cookie(app, client, author)
    for path, item in paths.items():
        for method in item:
            if method != "get":
                refused = api.open(method, PREFIX + path.format(case_id=case_id,
                                                                override_id=1),
                                   expect=400, json={})
                assert refused.get_json()["type"].endswith("/csrf")


def test_the_introductions_references_are_not_identifiers(api, session, make_user, token_for):
    """Issue 15, defect 15: the scanner flagged the reference addresses the Introduction's own
    CARE hint asks for; the same address in the patient's story is still found."""
    author = make_user()
    reference = "https://doi.org/10.1093/eurheartj/ehw230 and https://pubmed.ncbi.nlm.nih.gov/27354046/"
    case_id = make_case(session, author, sections={
        "title": "Wide-complex tachycardia after an old infarct",
        "introduction": f"Ventricular tachycardia is the rule here ({reference}).",
        "patient_information": f"His own notes were posted at {reference.split()[0]}."},
        timeline=[])
    report = api.get(f"{PREFIX}/cases/{case_id}/phi", token=token_for(author),
                     expect=200).get_json()
    sections = {s["section"]: s["findings"] for s in report["sections"]}
    assert not sections.get("introduction")
    assert [f["category"] for f in sections["patient_information"]] == ["url"]

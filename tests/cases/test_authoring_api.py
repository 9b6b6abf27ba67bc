"""Writing a case together through the JSON API: start, invite, authors, sections, versions,
merges and conflicts, consent and the CARE checklist. Every answer is checked against the
OpenAPI document (tests/api/conftest.py ApiClient)."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from community.cases.authoring.models import CaseInvitation
from community.cases.care import SECTION_KEYS, SECTION_MAX
from community.cases.models import CaseReport, CaseVersion
from tests.support.api import ApiClient
from tests.support.authoring import (
    P,
    fresh,
    invite_and_accept,
    save,
    start,
)


@pytest.fixture
def api(app, client) -> ApiClient:
    """The API client that checks every answer against the OpenAPI document."""
    return ApiClient(app, client)


def test_start_a_write_up_as_first_and_corresponding_author(api, make_user, token_for):
    owner = make_user(verified=True)
    token = token_for(owner)
    case = start(api, token, "Takotsubo after a marathon: a case report")
    assert case["status"] == "draft" and case["current_version"] == 1
    assert case["version"]["sections"]["title"] == "Takotsubo after a marathon: a case report"
    assert set(case["version"]["sections"]) == set(SECTION_KEYS)
    assert [(a["username"], a["position"], a["corresponding"]) for a in case["authors"]] == [
        (owner.username, 1, True)]
    assert case["checklist"][0] == {"key": "title", "title": "Title", "complete": True,
                                    "missing": ""}
    assert not case["complete"] and case["can_edit"] and case["can_manage_authors"]
    listed = api.get(f"{P}/cases", token=token, expect=200).get_json()
    assert [c["id"] for c in listed["items"]] == [case["id"]]
    assert listed["items"][0]["corresponding"] is True


def test_invitations_by_username_and_email(api, session, make_user, token_for):
    owner, colleague, outsider = make_user(), make_user(), make_user()
    owner_t, colleague_t, outsider_t = token_for(owner), token_for(colleague), token_for(outsider)
    case = start(api, owner_t)
    cid = case["id"]
    by_name = api.post(f"{P}/cases/{cid}/invitations", token=owner_t, expect=201, json={
        "invitee": f"@{colleague.username}", "roles": ["investigation", "supervision"],
        "message": "Would you write the discussion?"}).get_json()
    assert by_name["status"] == "pending" and by_name["invitee"] == colleague.username
    # Twice is refused; unknown usernames and bad roles are clear 422s.
    api.post(f"{P}/cases/{cid}/invitations", token=owner_t, expect=422,
             json={"invitee": colleague.username})
    bad = api.post(f"{P}/cases/{cid}/invitations", token=owner_t, expect=422,
                   json={"invitee": "nobody-such"}).get_json()
    assert "email" in bad["errors"]["invitee"][0]
    bad = api.post(f"{P}/cases/{cid}/invitations", token=owner_t, expect=422,
                   json={"invitee": colleague.username, "roles": ["typing"]}).get_json()
    assert "conceptualization" in bad["errors"]["roles"][0]
    # The invitee sees it; nobody else can answer it.
    mine = api.get(f"{P}/case-invitations", token=colleague_t, expect=200).get_json()["items"]
    assert [i["id"] for i in mine] == [by_name["id"]]
    api.post(f"{P}/case-invitations/{by_name['id']}/accept", token=outsider_t, expect=404)
    api.get(f"{P}/cases/{cid}", token=colleague_t, expect=404)  # not an author yet
    accepted = api.post(f"{P}/case-invitations/{by_name['id']}/accept", token=colleague_t,
                        expect=200).get_json()
    assert accepted["status"] == "accepted"
    api.post(f"{P}/case-invitations/{by_name['id']}/decline", token=colleague_t, expect=409)
    authors = api.get(f"{P}/cases/{cid}", token=colleague_t, expect=200).get_json()["authors"]
    assert [(a["username"], a["position"], a["roles"]) for a in authors] == [
        (owner.username, 1, ["conceptualization", "writing_original_draft"]),
        (colleague.username, 2, ["investigation", "supervision"])]

    # By email, before the colleague has an account; it waits for whoever registers it.
    by_mail = api.post(f"{P}/cases/{cid}/invitations", token=owner_t, expect=201,
                       json={"invitee": "Late.Comer@Example.org"}).get_json()
    assert by_mail["invitee"] is None and by_mail["email"] == "late.comer@example.org"
    newcomer = make_user(username="late.comer")  # make_user: <username>@example.org
    newcomer_t = token_for(newcomer)
    pending = api.get(f"{P}/cases", token=newcomer_t, expect=200).get_json()["invitations"]
    assert [i["id"] for i in pending] == [by_mail["id"]]
    declined = api.post(f"{P}/case-invitations/{by_mail['id']}/decline", token=newcomer_t,
                        expect=200).get_json()
    assert declined["status"] == "declined" and declined["invitee"] == "late.comer"
    api.get(f"{P}/cases/{cid}", token=newcomer_t, expect=404)

    # Withdrawn invitations cannot be accepted; only pending ones are withdrawn.
    third = api.post(f"{P}/cases/{cid}/invitations", token=owner_t, expect=201,
                     json={"invitee": outsider.username}).get_json()
    api.delete(f"{P}/cases/{cid}/invitations/{third['id']}", token=colleague_t, expect=403)
    gone = api.delete(f"{P}/cases/{cid}/invitations/{third['id']}", token=owner_t,
                      expect=200).get_json()
    assert gone["status"] == "withdrawn"
    api.delete(f"{P}/cases/{cid}/invitations/{third['id']}", token=owner_t, expect=409)
    api.post(f"{P}/case-invitations/{third['id']}/accept", token=outsider_t, expect=409)
    assert api.get(f"{P}/case-invitations", token=outsider_t, expect=200).get_json()[
        "items"] == []
    fresh(session)
    statuses = session.scalars(select(CaseInvitation.status).order_by(CaseInvitation.id)).all()
    assert statuses == ["accepted", "declined", "withdrawn"]


def test_only_the_corresponding_author_manages_authors(api, make_user, token_for):
    owner, second, third = make_user(), make_user(), make_user()
    owner_t, second_t, third_t = token_for(owner), token_for(second), token_for(third)
    cid = start(api, owner_t)["id"]
    invite_and_accept(api, owner_t, cid, second, second_t)
    invite_and_accept(api, owner_t, cid, third, third_t)
    # A co-author may not invite, reorder, set roles, remove or hand on the role.
    api.post(f"{P}/cases/{cid}/invitations", token=second_t, expect=403,
             json={"invitee": "someone@example.org"})
    order = [third.username, owner.username, second.username]
    api.put(f"{P}/cases/{cid}/authors/order", token=second_t, json={"order": order},
            expect=403)
    api.patch(f"{P}/cases/{cid}/authors/{third.username}", token=second_t, expect=403,
              json={"roles": ["supervision"]})
    api.delete(f"{P}/cases/{cid}/authors/{third.username}", token=second_t, expect=403)
    api.patch(f"{P}/cases/{cid}/authors/{second.username}", token=second_t, expect=403,
              json={"corresponding": True})
    # The corresponding author does all of it.
    api.put(f"{P}/cases/{cid}/authors/order", token=owner_t, expect=422,
            json={"order": [owner.username]})
    body = api.put(f"{P}/cases/{cid}/authors/order", token=owner_t, json={"order": order},
                   expect=200).get_json()
    assert [a["username"] for a in body["authors"]] == order
    assert [a["position"] for a in body["authors"]] == [1, 2, 3]
    body = api.patch(f"{P}/cases/{cid}/authors/{third.username}", token=owner_t, expect=200,
                     json={"roles": ["supervision", "conceptualization"]}).get_json()
    assert body["authors"][0]["roles"] == ["conceptualization", "supervision"]
    api.delete(f"{P}/cases/{cid}/authors/{owner.username}", token=owner_t, expect=403)
    api.delete(f"{P}/cases/{cid}/authors/{second.username}", token=owner_t, expect=204)
    api.get(f"{P}/cases/{cid}", token=second_t, expect=404)
    # Handing on the corresponding role hands on the management too.
    body = api.patch(f"{P}/cases/{cid}/authors/{third.username}", token=owner_t, expect=200,
                     json={"corresponding": True}).get_json()
    assert [a["corresponding"] for a in body["authors"]] == [True, False]
    api.delete(f"{P}/cases/{cid}/authors/{third.username}", token=owner_t, expect=403)
    # The former corresponding author may now leave on their own.
    api.delete(f"{P}/cases/{cid}/authors/{owner.username}", token=owner_t, expect=204)
    authors = api.get(f"{P}/cases/{cid}/authors", token=third_t, expect=200).get_json()
    assert [(a["username"], a["position"]) for a in authors["authors"]] == [
        (third.username, 1)]


def test_drafts_are_for_authors_and_read_only_for_editors(api, make_user, token_for):
    owner, stranger, editor, moderator = (make_user(), make_user(), make_user("editor"),
                                          make_user("moderator"))
    owner_t = token_for(owner)
    cid = start(api, owner_t)["id"]
    for user in (stranger, moderator):
        token = token_for(user)
        api.get(f"{P}/cases/{cid}", token=token, expect=404)
        api.get(f"{P}/cases/{cid}/versions", token=token, expect=404)
        save(api, token, cid, 1, expect=404, abstract="x")
    api.get(f"{P}/cases/{cid}", expect=404)  # anonymous
    editor_t = token_for(editor)
    seen = api.get(f"{P}/cases/{cid}", token=editor_t, expect=200).get_json()
    assert seen["can_edit"] is False and seen["can_manage_authors"] is False
    save(api, editor_t, cid, 1, expect=403, abstract="An editor's idea")
    api.put(f"{P}/cases/{cid}/consent", token=editor_t, json={"consent": "obtained"},
            expect=403)
    api.post(f"{P}/cases/{cid}/versions/1/restore", token=editor_t, expect=403)
    assert api.get(f"{P}/cases", token=editor_t, expect=200).get_json()["items"] == []


def test_saves_make_versions_and_cook_markdown(api, session, make_user, token_for):
    owner = make_user()
    token = token_for(owner)
    cid = start(api, token)["id"]
    saved = save(api, token, cid, 1, abstract="**Bold** finding <script>x</script>",
                 keywords="takotsubo, marathon")
    assert saved["merged"] is False and saved["changed"] == ["keywords", "abstract"]
    version = saved["version"]
    assert version["number"] == 2 and version["based_on"] == 1 and version["kind"] == "save"
    assert "<strong>Bold</strong>" in version["cooked"]["abstract"]
    assert "<script>" not in version["cooked"]["abstract"]
    assert version["sections"]["title"] == ""  # sections not sent keep the base text
    # Saving the same text again makes no new version.
    again = save(api, token, cid, 2, abstract="**Bold** finding <script>x</script>")
    assert again["changed"] == [] and again["version"]["number"] == 2
    fresh(session)
    assert session.scalar(select(CaseReport.current_version).where(CaseReport.id == cid)) == 2
    numbers = session.scalars(select(CaseVersion.number).where(CaseVersion.case_id == cid)
                              .order_by(CaseVersion.number)).all()
    assert numbers == [1, 2]


def test_two_co_authors_saving_different_sections_merge(api, session, make_user, token_for):
    a, b = make_user(), make_user()
    a_t, b_t = token_for(a), token_for(b)
    cid = start(api, a_t)["id"]
    invite_and_accept(api, a_t, cid, b, b_t)
    # Both start from version 1.
    first = save(api, a_t, cid, 1, introduction="Why this case matters.",
                 events=[{"day": 0, "event": "Chest pain at the finish line"}])
    assert first["version"]["number"] == 2
    second = save(api, b_t, cid, 1, discussion="Lessons:\n- stress\n- recovery")
    assert second["merged"] is True and second["version"]["kind"] == "merge"
    assert second["version"]["based_on"] == 1 and second["version"]["number"] == 3
    both = second["version"]["sections"]
    assert both["introduction"] == "Why this case matters."
    assert both["discussion"] == "Lessons:\n- stress\n- recovery"
    assert second["version"]["timeline"] == [{"day": 0, "event": "Chest pain at the finish line"}]
    current = api.get(f"{P}/cases/{cid}", token=a_t, expect=200).get_json()["version"]
    assert current["sections"] == both and "<li>stress</li>" in current["cooked"]["discussion"]


def test_the_same_section_from_two_co_authors_is_a_conflict_with_a_three_way_diff(
        api, session, make_user, token_for):
    a, b = make_user(), make_user()
    a_t, b_t = token_for(a), token_for(b)
    cid = start(api, a_t)["id"]
    invite_and_accept(api, a_t, cid, b, b_t)
    base_text = "Line one.\nLine two.\nLine three."
    save(api, a_t, cid, 1, abstract=base_text)                                   # v2
    save(api, a_t, cid, 2, abstract="Line one.\nLine TWO (A).\nLine three.",
         keywords="a, b")                                                         # v3
    yours = "Line one.\nLine 2 (B).\nLine three.\nLine four (B)."
    problem = save(api, b_t, cid, 2, expect=409, abstract=yours,
                   clinical_findings="Murmur.")
    assert problem["type"].endswith("/case-edit-conflict")
    assert problem["current_version"] == 3 and problem["base_version"] == 2
    [conflict] = problem["conflicts"]
    assert conflict["section"] == "abstract"
    assert (conflict["base"], conflict["theirs"], conflict["yours"]) == (
        base_text, "Line one.\nLine TWO (A).\nLine three.", yours)
    kinds = [h["kind"] for h in conflict["diff3"]]
    assert kinds == ["equal", "conflict", "equal", "yours"]
    hunk = conflict["diff3"][1]
    assert hunk == {"kind": "conflict", "base": ["Line two."], "theirs": ["Line TWO (A)."],
                    "yours": ["Line 2 (B)."]}
    assert "<<<<<<< yours\nLine 2 (B).\n||||||| base\nLine two.\n=======\nLine TWO (A)." \
        in conflict["merged"]
    # Nothing lost: the merge offered keeps B's other section and A's keywords.
    assert problem["merged_sections"]["clinical_findings"] == "Murmur."
    assert problem["merged_sections"]["keywords"] == "a, b"
    assert problem["merged_sections"]["abstract"] == yours
    fresh(session)
    assert session.scalar(select(CaseReport.current_version).where(CaseReport.id == cid)) == 3
    # B resolves, based on the current version.
    resolved = save(api, b_t, cid, 3, abstract="Line one.\nLine TWO (A and B).\nLine three.\n"
                    "Line four (B).", clinical_findings="Murmur.")
    assert resolved["version"]["number"] == 4 and resolved["merged"] is False
    assert resolved["version"]["sections"]["keywords"] == "a, b"


def test_compare_and_restore_versions(api, make_user, token_for):
    owner = make_user()
    token = token_for(owner)
    cid = start(api, token, "Draft title")["id"]
    save(api, token, cid, 1, title="A case report", abstract="One\nTwo")
    save(api, token, cid, 2, abstract="One\nThree", events=[{"day": -3, "event": "Flu"}])
    diff = api.get(f"{P}/cases/{cid}/versions/compare?from=1&to=3", token=token,
                   expect=200).get_json()
    assert (diff["from"]["number"], diff["to"]["number"]) == (1, 3)
    by_key = {row["key"]: row for row in diff["sections"]}
    assert [row["key"] for row in diff["sections"]] == list(SECTION_KEYS)
    assert by_key["title"]["diff"] == [{"op": "delete", "text": "Draft title"},
                                       {"op": "insert", "text": "A case report"}]
    assert by_key["abstract"]["diff"] == [{"op": "insert", "text": "One"},
                                          {"op": "insert", "text": "Three"}]
    assert by_key["introduction"] == {"key": "introduction", "title": "Introduction",
                                      "changed": False, "diff": []}
    assert by_key["timeline"]["changed"] and by_key["timeline"]["events_diff"] == [
        {"op": "insert", "text": "Day -3: Flu"}]
    api.get(f"{P}/cases/{cid}/versions/compare?from=1&to=9", token=token, expect=404)
    api.get(f"{P}/cases/{cid}/versions/compare?from=x&to=1", token=token, expect=422)
    restored = api.post(f"{P}/cases/{cid}/versions/2/restore", token=token,
                        expect=201).get_json()
    assert restored["number"] == 4 and restored["kind"] == "restore"
    assert restored["sections"]["abstract"] == "One\nTwo" and restored["timeline"] == []
    history = api.get(f"{P}/cases/{cid}/versions", token=token, expect=200).get_json()
    assert [(v["number"], v["kind"]) for v in history["items"]] == [
        (4, "restore"), (3, "save"), (2, "save"), (1, "save")]
    old = api.get(f"{P}/cases/{cid}/versions/1", token=token, expect=200).get_json()
    assert old["sections"]["title"] == "Draft title"
    api.post(f"{P}/cases/{cid}/versions/99/restore", token=token, expect=404)


def test_checklist_and_consent(api, make_user, token_for):
    owner = make_user()
    token = token_for(owner)
    cid = start(api, token, "Title without the words")["id"]
    save(api, token, cid, 1, keywords="only-one", informed_consent="Written consent given.")
    case = api.get(f"{P}/cases/{cid}", token=token, expect=200).get_json()
    items = {i["key"]: i for i in case["checklist"]}
    assert "case report" in items["title"]["missing"]
    assert items["keywords"]["missing"] == "Give 2 to 5 keywords (now 1)."
    assert "attest" in items["informed_consent"]["missing"]
    assert items["abstract"]["missing"] == "Empty."
    bad = api.put(f"{P}/cases/{cid}/consent", token=token, json={"consent": "waived"},
                  expect=422).get_json()
    assert "ethics" in bad["errors"]["reference"][0]
    api.put(f"{P}/cases/{cid}/consent", token=token, json={"consent": "maybe"}, expect=422)
    consent = api.put(f"{P}/cases/{cid}/consent", token=token, expect=200, json={
        "consent": "waived", "reference": "IRB-2024-117"}).get_json()
    assert consent["ready"] is True and consent["consent"] == "waived"
    body = {key: f"Text of {key}." for key in SECTION_KEYS}
    body.update(title="Stress cardiomyopathy: a case report", keywords="a; b; c")
    save(api, token, cid, 2, **body)
    case = api.get(f"{P}/cases/{cid}", token=token, expect=200).get_json()
    assert all(i["complete"] for i in case["checklist"]) and case["complete"]
    assert case["consent"]["reference"] == "IRB-2024-117"


def test_bad_input_is_a_clear_4xx(api, session, make_user, token_for):
    owner = make_user()
    token = token_for(owner)
    cid = start(api, token)["id"]
    unknown = save(api, token, cid, 1, expect=422, abstract="x", conclusion="y")
    message = unknown["errors"]["sections"][0]
    assert "conclusion" in message and all(key in message for key in SECTION_KEYS)
    big = save(api, token, cid, 1, expect=422, discussion="x" * (SECTION_MAX + 1))
    assert "20,000" in big["errors"]["sections.discussion"][0]
    dated_title = save(api, token, cid, 1, expect=422, title="Seen on 3 March: a case report")
    assert "relative days" in dated_title["errors"]["sections.title"][0]
    for timeline, field in (([{"day": 0, "event": "Admitted on 2024-03-05"}], "event"),
                            ([{"day": 0, "event": "Seen on March 5th"}], "event"),
                            ([{"day": 0, "event": "Discharged 5/3/2024"}], "event"),
                            ([{"day": "2024-03-05", "event": "Admitted"}], "day"),
                            ([{"day": "day -2", "event": "Flu"}], "day"),  # a number, as JSON
                            ([{"day": 36_501, "event": "Far future"}], "day"),
                            ([{"day": 0}], "event"),
                            ([{"day": 0, "event": "Admitted", "hour": 3}], "hour")):
        problem = save(api, token, cid, 1, expect=422, events=timeline)
        assert list(problem["errors"]) == [f"timeline.0.{field}"], problem
    dated = save(api, token, cid, 1, expect=422, events=[{"day": 1, "event": "ok"},
                                                        {"day": 2, "event": "June 3"}])
    assert dated["errors"] == {"timeline.1.event": [
        'Use relative days ("day 0", "day 3", "day -14") rather than calendar '
        'dates (found "June 3").']}
    api.patch(f"{P}/cases/{cid}", token=token, json={"sections": {"abstract": "x"}},
              expect=422)  # no base version
    api.patch(f"{P}/cases/{cid}", token=token, json={"base_version": 5, "sections": {}},
              expect=422)
    api.patch(f"{P}/cases/{cid}", token=token, json={"base_version": 1, "sections": "x"},
              expect=422)
    api.patch(f"{P}/cases/{cid}", token=token, json={"base_version": 1,
                                                    "sections": {"abstract": 3}}, expect=422)
    api.patch(f"{P}/cases/{cid}", token=token, json={"base_version": 1, "extra": 1},
              expect=422)
    api.patch(f"{P}/cases/{cid}", token=token, data="not json",
              content_type="application/json", expect=422)
    # Years alone and relative days are fine; rows come back sorted by day.
    ok = save(api, token, cid, 1, events=[{"day": 7, "event": "Home"},
                                            {"day": -2, "event": "Flu in 2023"},
                                            {"day": 0, "event": "Admitted"}])
    assert [e["day"] for e in ok["version"]["timeline"]] == [-2, 0, 7]
    fresh(session)
    assert session.scalar(select(CaseReport.current_version).where(CaseReport.id == cid)) == 2


def test_each_save_answers_with_the_de_identification_findings(api, make_user, token_for):
    """After a save the member sees what the PHI scanner found (community.cases.deid, the
    de-identification helper's module), per section and per timeline event."""
    pytest.importorskip("community.cases.deid.service", reason="the PHI scanner is not installed")
    token = token_for(make_user())
    cid = start(api, token)["id"]
    saved = save(api, token, cid, 1, abstract="Write to jane.roe@example.com for the scans.",
                 events=[{"day": 0, "event": "Called 555-867-5309 from the ward"}])
    findings = saved["findings"]
    assert [(f["category"], f["text"]) for f in findings["abstract"]] == [
        ("email", "jane.roe@example.com")]
    assert findings["abstract"][0]["start"] == 9
    assert [f["category"] for f in findings["timeline.0"]] == ["phone"]
    assert findings["discussion"] == []
    detail = api.get(f"{P}/cases/{cid}", token=token, expect=200).get_json()
    assert detail["findings"]["abstract"][0]["category"] == "email"

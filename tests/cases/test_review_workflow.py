"""The whole peer-review workflow through HTTP (the API with tokens, and the pages with the
sign-in form and CSRF): write-up, disclosures, submission refused then accepted, screening,
two reviewers (one declines first), reviews, revisions, round 2 with the diff, acceptance,
publication with citation, BibTeX, RIS and discussion topic, and a correction."""
from __future__ import annotations

import re

from sqlalchemy import select

from community.boards.models import Topic
from community.cases.review.models import CaseTransition, ReviewAssignment
from community.notifications.models import Notification
from moderation.disclosures.models import RoleClearance
from tests.support.api import ApiClient
from tests.support.review import (
    GOOD_REVIEW,
    approve_pending,
    clear,
    declare_none,
    draft,
    due,
    get_case,
    make_team,
)
from tests.support.web import login, post_form

API = "/api/v1"


def test_the_whole_workflow_through_the_api_and_pages(app, client, session, make_user,
                                                     token_for):
    api = ApiClient(app, client)
    team = make_team(make_user)
    tokens = {name: token_for(getattr(team, name)) for name in (
        "author", "coauthor", "corresponding", "editor", "reviewer", "other_reviewer",
        "member")}
    case_id = draft(session, team)

    # Submission is refused while disclosures are missing: each author is listed, and the
    # role requests the submission filed wait in the moderators' queue.
    for user in (team.author, team.coauthor):
        declare_none(session, user)
    refused = api.post(f"{API}/cases/{case_id}/submit", token=tokens["corresponding"],
                       expect=422).get_json()
    messages = " ".join(refused["errors"]["disclosures"])
    assert "Cora Vance" in messages and "disclosure" in messages
    assert "Ana Lopez" in messages and "waiting for a moderator" in messages
    assert session.scalar(select(RoleClearance).where(
        RoleClearance.user_id == team.author.id, RoleClearance.content_id == case_id,
        RoleClearance.status == "pending")) is not None
    # A co-author cannot submit; the corresponding author can once everyone is cleared.
    api.post(f"{API}/cases/{case_id}/submit", token=tokens["coauthor"], expect=403)
    declare_none(session, team.corresponding)
    api.post(f"{API}/cases/{case_id}/submit", token=tokens["corresponding"], expect=422)
    assert approve_pending(session, team.moderator) == 3
    body = api.post(f"{API}/cases/{case_id}/submit", token=tokens["corresponding"],
                    expect=200).get_json()
    assert body["status"] == "submitted" and body["rounds"][0]["version"] == 2
    assert body["history"][-1]["name"] == "submit"

    # The editor screens it: first refused until cleared for the editor role, then sent to
    # review (round 1 opens).
    refused = api.post(f"{API}/cases/{case_id}/screening", token=tokens["editor"],
                       json={"action": "send_to_review"}, expect=403).get_json()
    assert refused["type"].endswith("disclosure-required")
    clear(session, team.editor, "editor", case_id, team.moderator)
    api.post(f"{API}/cases/{case_id}/screening", token=tokens["editor"],
             json={"action": "send_to_review"}, expect=200)
    dashboard = api.get(f"{API}/editor/cases", token=tokens["editor"], expect=200).get_json()
    assert [c["id"] for c in dashboard["states"]["in_review"]] == [case_id]

    # Two reviewers invited through the editor's page form; the second declines at first.
    login(client, team.editor)
    for user in (team.reviewer, team.other_reviewer):
        response = post_form(client, f"/editor/cases/{case_id}/invite",
                             {"username": user.username, "due_on": due()})
        assert response.status_code == 303, response.get_data(as_text=True)[:2000]
    page = client.get(f"/editor/cases/{case_id}").get_data(as_text=True)
    assert "Rita Okafor" in page and "Rex Halvorsen" in page
    client.post("/logout", data={"csrf_token": re.search(
        r'name="csrf-token" content="([^"]+)"', page).group(1)})
    invitations = api.get(f"{API}/reviews", token=tokens["reviewer"], expect=200).get_json()
    mine = invitations["items"][0]["id"]
    other = api.get(f"{API}/reviews", token=tokens["other_reviewer"],
                    expect=200).get_json()["items"][0]["id"]
    assert session.scalar(select(Notification).where(
        Notification.user_id == team.reviewer.id,
        Notification.kind == "review_invitation")) is not None
    api.post(f"{API}/reviews/{other}/response", token=tokens["other_reviewer"],
             json={"accept": False, "reason": "Away"}, expect=200)

    # Accepting needs an explicit competing-interests answer and the reviewer's clearance.
    api.post(f"{API}/reviews/{mine}/response", token=tokens["reviewer"],
             json={"accept": True}, expect=422)
    declare_none(session, team.reviewer)
    api.post(f"{API}/reviews/{mine}/response", token=tokens["reviewer"],
             json={"accept": True, "competing_interests": False}, expect=403)
    approve_pending(session, team.moderator)
    accepted = api.post(f"{API}/reviews/{mine}/response", token=tokens["reviewer"],
                        json={"accept": True, "competing_interests": True,
                              "statement": "I once met the board's editor."},
                        expect=200).get_json()
    assert accepted["status"] == "accepted" and accepted["version"]["number"] == 2

    # The review through the reviewer's page form.
    login(client, team.reviewer)
    form = {k: str(v) for k, v in GOOD_REVIEW.items()}
    response = post_form(client, f"/reviews/{mine}/review", {**form, "clarity": "9"})
    assert response.status_code == 422
    response = post_form(client, f"/reviews/{mine}/review", form)
    assert response.status_code == 303, response.get_data(as_text=True)[:2000]

    # The editor asks for revisions; the authors see the letter and "Reviewer 1".
    api.post(f"{API}/cases/{case_id}/decision", token=tokens["member"],
             json={"decision": "accept", "letter": "x"}, expect=404)
    api.post(f"{API}/cases/{case_id}/decision", token=tokens["corresponding"],
             json={"decision": "accept", "letter": "x"}, expect=403)
    api.post(f"{API}/cases/{case_id}/decision", token=tokens["editor"],
             json={"decision": "revisions", "letter": "Please **add** the ECG."}, expect=200)
    seen = api.get(f"{API}/cases/{case_id}/decisions", token=tokens["coauthor"],
                   expect=200).get_json()
    assert seen["decisions"][-1]["decision"] == "revisions"
    assert "<strong>add</strong>" in seen["decisions"][-1]["letter_html"]
    assert seen["rounds"][0]["reviews"][0]["reviewer"] == "Reviewer 1"
    assert "comments_to_editor" not in seen["rounds"][0]["reviews"][0]

    # The authors revise (the authoring API saves: revisions_requested is editable) and
    # resubmit: round 2 against version 3.
    api.post(f"{API}/cases/{case_id}/submit", token=tokens["corresponding"], expect=422)
    saved = client.application.test_client().patch(
        f"{API}/cases/{case_id}", headers={"Authorization": f"Bearer {tokens['coauthor']}"},
        json={"base_version": 2, "sections": {
            "clinical_findings": "Irregular tachycardia, bibasal crackles, fine tremor.\n"
                                 "ECG: atrial fibrillation at 140 per minute."}})
    assert saved.status_code in (200, 201), saved.get_data(as_text=True)[:1000]
    body = api.post(f"{API}/cases/{case_id}/submit", token=tokens["corresponding"],
                    expect=200).get_json()
    assert body["status"] == "in_review" and body["rounds"][-1] == {
        **body["rounds"][-1], "number": 2, "version": 3}

    # Round 2: the returning reviewer sees the diff from the version they reviewed.
    api.post(f"{API}/cases/{case_id}/reviewers", token=tokens["editor"],
             json={"username": team.reviewer.username, "due_on": due()}, expect=201)
    second = session.scalar(select(ReviewAssignment).where(
        ReviewAssignment.reviewer_id == team.reviewer.id, ReviewAssignment.status ==
        "invited")).id
    api.post(f"{API}/reviews/{second}/response", token=tokens["reviewer"],
             json={"accept": True, "competing_interests": False}, expect=200)
    view = api.get(f"{API}/reviews/{second}", token=tokens["reviewer"], expect=200).get_json()
    assert view["previous_version"] == 2
    [changed] = view["diff"]
    assert changed["key"] == "clinical_findings"
    assert {"op": "insert", "text": "ECG: atrial fibrillation at 140 per minute."} in \
        changed["lines"]
    page = client.get(f"/reviews/{second}").get_data(as_text=True)
    assert "Changes since version 2" in page and "atrial fibrillation" in page
    api.post(f"{API}/reviews/{second}/review", token=tokens["reviewer"],
             json={**GOOD_REVIEW, "recommendation": "accept"}, expect=201)

    # Accepted, then published by the editor's page.
    api.post(f"{API}/cases/{case_id}/decision", token=tokens["editor"],
             json={"decision": "accept", "letter": "Accepted."}, expect=200)
    login(client, team.editor)
    assert post_form(client, f"/editor/cases/{case_id}/publish").status_code == 303
    case = get_case(session, case_id)
    assert case.status == "published"

    # Published: citable at stable URLs, with the disclosure statement above the text.
    anonymous = app.test_client()
    page = anonymous.get(f"/cases/{case_id}").get_data(as_text=True)
    assert "Lopez A, Brennan C, Vance C. Reversible cardiomyopathy after thyrotoxicosis: a " \
           "case report. Rounds Case Reports." in page
    assert "version 3" in page.lower()
    assert page.index("Disclosure of financial relationships") < page.index("Clinical findings")
    assert anonymous.get(f"/cases/{case_id}/v3").status_code == 200
    assert anonymous.get(f"/cases/{case_id}/v2").status_code == 404  # never published
    bib = anonymous.get(f"/cases/{case_id}/v3/citation.bib")
    assert bib.mimetype == "application/x-bibtex"
    assert f'filename="rounds-case-{case_id}-v3.bib"' in bib.headers["Content-Disposition"]
    assert "author = {Lopez, A. and Brennan, C. and Vance, C.}" in bib.get_data(as_text=True)
    ris = anonymous.get(f"/cases/{case_id}/v3/citation.ris")
    assert ris.mimetype == "application/x-research-info-systems"
    assert "AU  - Lopez, A.\r\n" in ris.get_data(as_text=True)
    cite = api.get(f"{API}/cases/{case_id}/citation", expect=200).get_json()
    assert cite["version"] == 3 and cite["url"].endswith(f"/cases/{case_id}/v3")

    # The discussion topic, linked both ways.
    publication = api.get(f"{API}/cases/{case_id}/publication", expect=200).get_json()
    topic = session.get(Topic, publication["topic_id"])
    # Titled with the write-up's own title (the authors' words, in their language).
    assert topic.board_id == case.board_id and topic.title == case.title
    assert f"/cases/{case_id}" in anonymous.get(f"/t/{topic.id}").get_data(as_text=True)
    assert f"/t/{topic.id}" in page

    # A correction: a new version with a visible note, listed on the published page.
    api.post(f"{API}/cases/{case_id}/corrections", token=tokens["member"],
             json={"sections": {"discussion": "x"}, "note": "n"}, expect=403)
    corrected = api.post(f"{API}/cases/{case_id}/corrections", token=tokens["corresponding"],
                         json={"sections": {"discussion": "Early recognition avoids "
                                                          "invasive investigation."},
                               "note": "The discussion's wording was corrected."},
                         expect=201).get_json()
    assert corrected["version"]["number"] == 4 and corrected["latest_version"] == 4
    page = anonymous.get(f"/cases/{case_id}").get_data(as_text=True)
    assert "Correction (version 4)" in page and "wording was corrected." in page
    assert "Version 3" in page

    # Every state change was recorded, in order.
    session.commit()
    steps = session.scalars(select(CaseTransition.name).where(
        CaseTransition.case_id == case_id).order_by(CaseTransition.id)).all()
    assert steps == ["submit", "send_to_review", "request_revisions", "resubmit", "accept",
                     "publish", "correct"]


def test_submission_waits_for_phi_images_consent_and_the_checklist(app, session, make_user,
                                                                   token_for):
    """Every blocker at once, each named: a PHI finding, an unattested image, no consent
    attestation, an incomplete CARE checklist (and nothing changes)."""
    import io

    from PIL import Image

    from community.cases.authoring import images
    from tests.support.review import SECTIONS, fresh, make_case

    team = make_team(make_user)
    sections = {**SECTIONS, "patient_perspective": "",
                "patient_information": "Reachable on 555-867-5309 for follow-up."}
    case_id = make_case(session, team.corresponding, sections=sections)
    for_user = fresh(session, team.corresponding)
    case = get_case(session, case_id)
    case.consent_attested_at = None
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, "PNG")
    images.upload(session, for_user, case, buffer.getvalue())
    clear(session, team.corresponding, "case_author", case_id, team.moderator)
    api = ApiClient(app, client := app.test_client())
    token = token_for(team.corresponding)
    problem = api.post(f"{API}/cases/{case_id}/submit", token=token, expect=422).get_json()
    assert set(problem["errors"]) == {"phi", "images", "consent", "checklist"}
    assert "phone" in " ".join(problem["errors"]["phi"]).lower()
    assert "Patient perspective" in " ".join(problem["errors"]["checklist"])
    assert get_case(session, case_id).status == "draft"
    # The authors' page lists the same, with the button to submit.
    login(client, team.corresponding)
    page = client.get(f"/cases/{case_id}/review").get_data(as_text=True)
    assert "Still to do" in page and "Patient perspective" in page
    response = post_form(client, f"/cases/{case_id}/review/submit")
    assert response.status_code == 422

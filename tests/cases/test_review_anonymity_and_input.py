"""Double-anonymous review, scanned: every page and API response the authors get carries no
reviewer's name, username or email, and every one the reviewers get carries no author's —
until publication. And bad input: decisions from non-editors, reviews after the due date or
from uninvited members, invalid ratings and answers are clear 4xx with nothing changed."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from community.cases.review.models import CaseDecision, Review, ReviewAssignment
from community.platform.db import commit, utcnow
from tests.support import review as support
from tests.support.api import ApiClient
from tests.support.web import login

API = "/api/v1"


def _identities(*users) -> list[str]:
    found = []
    for user in users:
        found += [user.username, user.display_name, user.email]
    return [s.lower() for s in found]


def _assert_absent(text: str, forbidden: list[str], where: str) -> None:
    lowered = text.lower()
    leaks = [name for name in forbidden if name in lowered]
    assert not leaks, f"{where} shows {leaks}"


def _decided_round(session, team) -> tuple[int, int, int]:
    """Both reviewers reviewed round 1; the editor asked for revisions."""
    case_id, mine, other = support.reviewed(session, team)
    review_other = {**support.GOOD_REVIEW, "recommendation": "major_revisions"}
    from community.cases.review import service as review

    review.submit_review(session, support.fresh(session, team.other_reviewer),
                         session.get(ReviewAssignment, other), review_other)
    commit(session)
    review.decide(session, support.fresh(session, team.editor), support.get_case(
        session, case_id), {"decision": "revisions", "letter": "Please revise."})
    commit(session)
    return case_id, mine, other


def test_authors_never_see_reviewers_and_reviewers_never_see_authors(app, session,
                                                                     make_user, token_for):
    team = support.make_team(make_user)
    case_id, mine, other = _decided_round(session, team)
    reviewers = _identities(team.reviewer, team.other_reviewer)
    authors = _identities(team.author, team.coauthor, team.corresponding)

    for author in (team.author, team.coauthor, team.corresponding):
        client = app.test_client()
        api = ApiClient(app, client)
        token = token_for(author)
        for url in (f"{API}/cases/{case_id}/decisions", f"{API}/cases/{case_id}/workflow",
                    f"{API}/notifications", f"{API}/cases/{case_id}",
                    f"{API}/disclosure-statements/case/{case_id}"):
            response = client.get(url, headers={"Authorization": f"Bearer {token}"})
            assert response.status_code in (200, 404), (url, response.status_code)
            _assert_absent(response.get_data(as_text=True), reviewers, url)
        api.get(f"{API}/cases/{case_id}/decisions", token=token, expect=200)
        login(client, author)
        for url in (f"/cases/{case_id}/review", f"/cases/{case_id}", "/notifications"):
            page = client.get(url, follow_redirects=True)
            assert page.status_code == 200, url
            _assert_absent(page.get_data(as_text=True), reviewers, url)
        page = client.get(f"/cases/{case_id}/review").get_data(as_text=True)
        assert "Reviewer 1" in page and "Reviewer 2" in page
        assert "Confidential: a solid case." not in page

    for reviewer, assignment in ((team.reviewer, mine), (team.other_reviewer, other)):
        client = app.test_client()
        token = token_for(reviewer)
        for url in (f"{API}/reviews", f"{API}/reviews/{assignment}", f"{API}/notifications",
                    f"{API}/disclosure-statements/case/{case_id}",
                    f"{API}/cases/{case_id}/workflow", f"{API}/cases/{case_id}/decisions"):
            response = client.get(url, headers={"Authorization": f"Bearer {token}"})
            assert response.status_code in (200, 403, 404), (url, response.status_code)
            _assert_absent(response.get_data(as_text=True), authors, url)
            # Nor the other reviewer's name: they are "Reviewer N" to each other too.
            _assert_absent(response.get_data(as_text=True),
                           [n for n in reviewers if n not in _identities(reviewer)], url)
        login(client, reviewer)
        for url in ("/reviews", f"/reviews/{assignment}", "/notifications"):
            page = client.get(url)
            assert page.status_code == 200, url
            _assert_absent(page.get_data(as_text=True), authors, url)
        page = client.get(f"/reviews/{assignment}").get_data(as_text=True)
        assert "Outcome of round 1: Revisions requested" in page
        assert ("Reviewer 2" if reviewer is team.reviewer else "Reviewer 1") in page
        # The authors' own pages are closed to reviewers.
        assert client.get(f"/cases/{case_id}/review").status_code == 404

    # The editor sees both sides, confidential comments included.
    client = app.test_client()
    login(client, team.editor)
    page = client.get(f"/editor/cases/{case_id}").get_data(as_text=True)
    for name in ("Rita Okafor", "Rex Halvorsen", "Ana Lopez", "Confidential: a solid case."):
        assert name in page


def test_published_page_names_authors_but_not_reviewers(app, session, make_user):
    team = support.make_team(make_user)
    case_id = support.published(session, team)
    page = app.test_client().get(f"/cases/{case_id}").get_data(as_text=True)
    assert "Ana Lopez" in page and "Edith Norton" in page
    assert "Anonymous peer reviewer" in page
    _assert_absent(page, _identities(team.reviewer, team.other_reviewer), "published page")


def test_decisions_only_from_the_case_editors(app, session, make_user, token_for):
    team = support.make_team(make_user)
    case_id, _, _ = support.reviewed(session, team)
    api = ApiClient(app, app.test_client())
    body = {"decision": "accept", "letter": "Accepted."}
    api.post(f"{API}/cases/{case_id}/decision", json=body, expect=401)
    for who, status in (("member", 404), ("reviewer", 404), ("moderator", 404),
                        ("corresponding", 403), ("admin", 403), ("board_editor", 404)):
        api.post(f"{API}/cases/{case_id}/decision", token=token_for(getattr(team, who)),
                 json=body, expect=status)  # the board editor was never appointed here
    token = token_for(team.editor)
    for bad in ({"decision": "maybe", "letter": "x"}, {"decision": "accept", "letter": ""},
                {"decision": "accept"}, {"decision": "accept", "letter": "x", "extra": 1}):
        api.post(f"{API}/cases/{case_id}/decision", token=token, json=bad, expect=422)
    assert session.scalar(select(func.count()).select_from(CaseDecision).where(
        CaseDecision.decision == "accept")) == 0
    api.post(f"{API}/cases/{case_id}/decision", token=token, json=body, expect=200)
    api.post(f"{API}/cases/{case_id}/decision", token=token, json=body, expect=409)


def test_reviews_after_the_due_date_uninvited_or_invalid_are_refused(app, session,
                                                                     make_user, token_for):
    team = support.make_team(make_user)
    _, mine, _ = support.with_reviewers(session, team)
    api = ApiClient(app, app.test_client())
    token = token_for(team.reviewer)
    url = f"{API}/reviews/{mine}/review"
    # Uninvited: another member, the other reviewer, an author.
    for who in ("member", "other_reviewer", "corresponding"):
        problem = api.post(url, token=token_for(getattr(team, who)), json=support.GOOD_REVIEW,
                           expect=403).get_json()
        assert "not invited" in problem["detail"]
    api.post(f"{API}/reviews/999999/review", token=token, json=support.GOOD_REVIEW,
             expect=404)
    # Invalid ratings and fields.
    for bad in ({**support.GOOD_REVIEW, "clarity": 6}, {**support.GOOD_REVIEW, "clarity": 0},
                {**support.GOOD_REVIEW, "originality": "five"},
                {**support.GOOD_REVIEW, "recommendation": "publish"},
                {**support.GOOD_REVIEW, "comments_to_authors": ""},
                {k: v for k, v in support.GOOD_REVIEW.items() if k != "clinical_value"}):
        api.post(url, token=token, json=bad, expect=422)
    problem = api.post(url, token=token, json={**support.GOOD_REVIEW, "clarity": 7},
                       expect=422).get_json()
    assert "clarity" in problem["errors"]
    # After the due date.
    session.commit()
    assignment = session.get(ReviewAssignment, mine)
    assignment.due_on = utcnow().date() - timedelta(days=1)
    commit(session)
    problem = api.post(url, token=token, json=support.GOOD_REVIEW, expect=403).get_json()
    assert "was due on" in problem["detail"]
    assert session.scalar(select(func.count()).select_from(Review)) == 0
    # The editor gives a new due date; the review goes in, once.
    editor = token_for(team.editor)
    api.patch(f"{API}/reviews/{mine}", token=editor, json={"due_on": "2001-01-01"},
              expect=422)
    api.patch(f"{API}/reviews/{mine}", token=token, json={"due_on": support.due()},
              expect=404)
    api.patch(f"{API}/reviews/{mine}", token=editor, json={"due_on": support.due(3)},
              expect=200)
    api.post(url, token=token, json=support.GOOD_REVIEW, expect=201)
    api.post(url, token=token, json=support.GOOD_REVIEW, expect=409)


def test_invitations_and_answers_are_checked(app, session, make_user, token_for):
    team = support.make_team(make_user)
    case_id = support.in_review(session, team)
    api = ApiClient(app, app.test_client())
    editor = token_for(team.editor)
    url = f"{API}/cases/{case_id}/reviewers"
    for bad in ({"username": "nobody_here", "due_on": support.due()},
                {"username": team.corresponding.username, "due_on": support.due()},
                {"username": team.reviewer.username, "due_on": "tomorrow"},
                {"username": team.reviewer.username,
                 "due_on": (utcnow().date()).isoformat()}):
        api.post(url, token=editor, json=bad, expect=422)
    api.post(url, token=token_for(team.member), json={"username": team.reviewer.username,
                                                      "due_on": support.due()}, expect=404)
    created = api.post(url, token=editor, json={"username": team.reviewer.username,
                                                "due_on": support.due()}, expect=201)
    api.post(url, token=editor, json={"username": team.reviewer.username,
                                      "due_on": support.due()}, expect=409)
    assignment = created.get_json()["id"]
    token = token_for(team.reviewer)
    answer = f"{API}/reviews/{assignment}/response"
    api.post(answer, token=token, json={"accept": "yes"}, expect=422)
    api.post(answer, token=token, json={"accept": True, "competing_interests": True},
             expect=422)  # yes needs a statement
    # Reviewing before accepting is refused.
    api.post(f"{API}/reviews/{assignment}/review", token=token, json=support.GOOD_REVIEW,
             expect=409)
    # Without a disclosure the reviewer is told to file one.
    problem = api.post(answer, token=token, json={"accept": True,
                                                  "competing_interests": False},
                       expect=403).get_json()
    assert problem["type"].endswith("disclosure-required")
    api.post(answer, token=token, json={"accept": False}, expect=200)
    api.post(answer, token=token, json={"accept": True, "competing_interests": False},
             expect=409)


def test_withdrawal_before_a_decision_only(app, session, make_user, token_for):
    team = support.make_team(make_user)
    case_id = support.in_review(session, team)
    api = ApiClient(app, app.test_client())
    api.post(f"{API}/cases/{case_id}/withdraw", token=token_for(team.coauthor), json={},
             expect=403)
    body = api.post(f"{API}/cases/{case_id}/withdraw", token=token_for(team.corresponding),
                    json={"note": "We found an error."}, expect=200).get_json()
    assert body["status"] == "withdrawn" and body["history"][-1]["note"] == "We found an error."
    api.post(f"{API}/cases/{case_id}/withdraw", token=token_for(team.corresponding),
             json={}, expect=409)
    api.post(f"{API}/cases/{case_id}/screening", token=token_for(team.editor),
             json={"action": "decline", "letter": "No."}, expect=409)


def test_declining_at_screening_sends_a_letter(app, session, make_user, token_for):
    team = support.make_team(make_user)
    case_id = support.submitted(session, team)
    api = ApiClient(app, app.test_client())
    editor = token_for(team.editor)
    api.post(f"{API}/cases/{case_id}/screening", token=editor, json={"action": "decline"},
             expect=422)  # a decline needs its letter
    api.post(f"{API}/cases/{case_id}/screening", token=editor,
             json={"action": "decline", "letter": "Out of scope for this board."},
             expect=200)
    seen = api.get(f"{API}/cases/{case_id}/decisions", token=token_for(team.author),
                   expect=200).get_json()
    assert seen["status"] == "declined"
    assert "Out of scope" in seen["decisions"][0]["letter_html"]

"""Manuscript-review credit (3 credits for a review the editor rates acceptable, once per
round, through a real Celery worker; nothing that names the write-up or its authors on the
reviewer's credit) and journal-based credit (an editor designates a published write-up with
its assessment; the pass mark is announced before the attempt; explanations after; authors
cannot claim it)."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from community.app import create_app
from community.credit.models import CreditClaim, LedgerEntry
from tests.support.api import PREFIX
from tests.support.review import make_team, published, reviewed
from tests.support.services import celery_worker, wait_for
from tests.support.web import csrf_token, login

QUESTIONS = [
    {"stem": "Which finding first suggested the diagnosis?",
     "options": ["Fever", "A new murmur", "Weight loss", "Rash"], "correct": 1,
     "explanation": "The new regurgitant murmur prompted the echocardiogram."},
    {"stem": "Which test confirmed it?", "options": ["CT", "Transoesophageal echo"],
     "correct": 1, "explanation": "TOE showed the vegetation."},
]
JOURNAL = {"objectives": ["Recognise infective endocarditis early"],
           "moore_levels": ["3A"], "max_credits": 1.0,
           "credit_types": ["ama_pra_1", "participation"], "pass_mark": 70,
           "questions": QUESTIONS}
EVALUATION = {"objectives_met": 4, "relevance": 5, "free_of_bias": True, "overall": 4}


@pytest.mark.redis
@pytest.mark.slow
def test_an_acceptable_review_earns_three_credits_through_a_worker(
        app_config, session, make_user, token_for, api, tmp_path, database_url, redis_url):
    team = make_team(make_user)
    _case_id, mine, _other = reviewed(session, team)
    sender = create_app({**app_config, "redis_url": redis_url, "celery_eager": False})
    client = sender.test_client()
    login(client, team.editor)
    with celery_worker(tmp_path, database_url, redis_url, "rounds") as worker:
        answer = client.post(f"{PREFIX}/reviews/{mine}/rating", json={"acceptable": True},
                             headers={"X-CSRFToken": csrf_token(client)})
        assert answer.status_code == 200, answer.get_data(as_text=True)
        assert answer.get_json()["review"]["acceptable"] is True

        def awarded() -> bool:
            assert worker.poll() is None, worker.stdout.read()
            session.rollback()
            return session.scalar(select(LedgerEntry).where(
                LedgerEntry.user_id == team.reviewer.id)) is not None

        assert wait_for(awarded, 60), "the worker never awarded the review credit"
    again = client.post(f"{PREFIX}/reviews/{mine}/rating", json={"acceptable": True},
                        headers={"X-CSRFToken": csrf_token(client)})
    assert again.status_code == 409
    [entry] = session.scalars(select(LedgerEntry)).all()
    assert (entry.source, entry.quarters, entry.key) == ("review", 12, f"review:{mine}")
    claim = session.scalar(select(CreditClaim).where(CreditClaim.user_id == team.reviewer.id))
    reviewer_view = api.get(f"{PREFIX}/credit/claims/{claim.id}",
                            token=token_for(team.reviewer), expect=200).get_json()
    assert reviewer_view["credits"] == 3.0
    # Double-anonymous: the reviewer's record does not name the write-up or its authors.
    text = str(reviewer_view)
    for secret in (team.author.display_name, team.author.username, team.coauthor.username):
        assert secret not in text
    assert reviewer_view["activity"]["case_id"] is None
    assert reviewer_view["activity"]["title"] == "Manuscript review of a case write-up"
    # The authors cannot reach the reviewer's credit or the review activity.
    api.get(f"{PREFIX}/credit/claims/{claim.id}", token=token_for(team.author), expect=404)
    api.get(f"{PREFIX}/credit/activities/{claim.activity_id}", token=token_for(team.author),
            expect=404)


def test_an_unacceptable_review_earns_nothing(app, session, make_user, token_for, api):
    team = make_team(make_user)
    _case_id, mine, _ = reviewed(session, team)
    api.post(f"{PREFIX}/reviews/{mine}/rating", token=token_for(team.member),
             json={"acceptable": True}, expect=404)
    api.post(f"{PREFIX}/reviews/{mine}/rating", token=token_for(team.editor),
             json={"acceptable": False}, expect=200)
    session.rollback()
    assert session.scalars(select(LedgerEntry)).all() == []


def test_a_published_write_up_as_a_journal_based_activity(app, session, make_user,
                                                          token_for, api):
    team = make_team(make_user)
    case_id = published(session, team)
    url = f"{PREFIX}/cases/{case_id}/credit"
    api.post(url, token=token_for(team.member), json=JOURNAL, expect=403)
    bad = api.post(url, token=token_for(team.editor), expect=422, json={
        **JOURNAL, "questions": [{**QUESTIONS[0], "correct": 5}]}).get_json()
    assert "questions" in bad["errors"] or "questions.correct" in str(bad["errors"])
    activity = api.post(url, token=token_for(team.editor), json=JOURNAL,
                        expect=201).get_json()
    api.post(url, token=token_for(team.editor), json=JOURNAL, expect=409)
    base = f"{PREFIX}/credit/activities/{activity['id']}"

    reader = make_user(credentials="DO")
    token = token_for(reader)
    # The statement comes with the write-up's page: read it first.
    page = app.test_client()
    login(page, reader)
    html = page.get(f"/cases/{case_id}").get_data(as_text=True)
    assert "pass mark 70 %" in html
    asked = api.get(f"{base}/questions", token=token, expect=200).get_json()
    assert asked["pass_mark"] == 70 and "correct" not in str(asked["items"])
    failed = api.post(f"{base}/attempts", token=token, json={"answers": [0, 1]},
                      expect=201).get_json()
    assert (failed["score"], failed["passed"]) == (50, False)
    assert failed["explanations"][0]["best_answer"] == 1
    api.post(f"{base}/attempts", token=token, json={"answers": [1]}, expect=422)
    api.post(f"{base}/claims", token=token, json={"credit_type": "ama_pra_1", "credits": 1},
             expect=409)
    passed = api.post(f"{base}/attempts", token=token, json={"answers": [1, 1]},
                      expect=201).get_json()
    assert passed["passed"] is True
    api.post(f"{base}/evaluation", token=token, json=EVALUATION, expect=201)
    claimed = api.post(f"{base}/claims", token=token, expect=201,
                       json={"credit_type": "ama_pra_1", "credits": 1}).get_json()
    assert claimed["source"] == "assessment" and claimed["credits"] == 1.0

    # An author cannot take the assessment for credit.
    api.post(f"{base}/attempts", token=token_for(team.author), json={"answers": [1, 1]},
             expect=403)
    earned = api.get(f"{base}/earned", token=token_for(team.author), expect=200).get_json()
    assert "Authors cannot claim credit for their own write-up." in earned["needs"]


def test_credit_types_follow_the_learner_and_their_profile(app, session, make_user,
                                                           token_for, api):
    team = make_team(make_user)
    case_id = published(session, team)
    activity = api.post(f"{PREFIX}/cases/{case_id}/credit", token=token_for(team.editor),
                        json={**JOURNAL, "credit_types": ["acpe", "participation"]},
                        expect=201).get_json()
    base = f"{PREFIX}/credit/activities/{activity['id']}"
    pharmacist = make_user(credentials="PharmD")
    token = _read_pass_and_evaluate(app, api, base, case_id, pharmacist, token_for)
    missing = api.post(f"{base}/claims", token=token, expect=422,
                       json={"credit_type": "acpe", "credits": 1}).get_json()
    assert missing["errors"]["credit_type"] == [
        "Add your NABP e-Profile ID and Birth month and day to your credit profile first."]
    api.put(f"{PREFIX}/credit/profile", token=token, expect=422,
            json={"nabp_eprofile_id": "123456", "birth_month": 2, "birth_day": 30})
    api.put(f"{PREFIX}/credit/profile", token=token, expect=200,
            json={"nabp_eprofile_id": "123456", "birth_month": 2, "birth_day": 29})
    api.post(f"{base}/claims", token=token, json={"credit_type": "acpe", "credits": 1},
             expect=201)
    # A physician may not take pharmacy credit.
    physician = make_user(credentials="MD")
    token = _read_pass_and_evaluate(app, api, base, case_id, physician, token_for)
    refused = api.post(f"{base}/claims", token=token, expect=422,
                       json={"credit_type": "acpe", "credits": 1}).get_json()
    assert "is for PharmD" in refused["errors"]["credit_type"][0]
    # The learner's identifiers are theirs: the physician sees their own, empty profile.
    mine = api.get(f"{PREFIX}/credit/profile", token=token, expect=200).get_json()
    assert mine["nabp_eprofile_id"] is None


def _read_pass_and_evaluate(app, api, base: str, case_id: int, reader, token_for) -> str:
    """The reader opens the write-up (its statement), passes and evaluates; their token."""
    token = token_for(reader)
    page = app.test_client()
    login(page, reader)
    page.get(f"/cases/{case_id}")
    api.post(f"{base}/attempts", token=token, json={"answers": [1, 1]}, expect=201)
    api.post(f"{base}/evaluation", token=token, json=EVALUATION, expect=201)
    return token

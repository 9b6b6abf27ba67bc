"""The demo's write-ups and credit, seen through the pages as its members would: a published,
peer-reviewed write-up designated for journal-based credit, one under review, a draft with a
co-author; the past journal club designated for credit with a break; reviewers credited."""
from __future__ import annotations

from sqlalchemy import select

from community.cases.models import CaseReport
from community.credit.models import CreditActivity, CreditClaim
from community.demo import DEMO_PASSWORD, seed_demo
from community.platform.accounts.models import User
from community.platform.db import commit
from tests.support.web import login


def _sign_in(app, session, email: str):
    client = app.test_client()
    login(client, session.scalar(select(User).where(User.email == email)), DEMO_PASSWORD)
    return client


def test_the_demo_shows_write_ups_in_every_state_and_credit(app, session):
    summary = seed_demo(session)
    commit(session)
    assert summary.cases_added == 3
    cases = {c.status: c for c in session.scalars(select(CaseReport))}
    assert set(cases) == {"published", "in_review", "draft"}
    reader = _sign_in(app, session, "student@rounds.example")
    page = reader.get(f"/cases/{cases['published'].id}").get_data(as_text=True)
    assert "Reversible cardiomyopathy after thyrotoxicosis" in page
    assert "journal-based activity" in page
    # Double-anonymous: the published page names no reviewer.
    assert "Al-Sayed" not in page and "Jonas Becker" not in page
    assert reader.get(f"/cases/{cases['draft'].id}").status_code == 404

    activities = {a.kind: a for a in session.scalars(select(CreditActivity))}
    assert {"live", "journal", "review"} <= set(activities)
    reviewers = session.scalars(select(CreditClaim).where(CreditClaim.source == "review")).all()
    assert len(reviewers) == 2 and all(c.quarters == 12 for c in reviewers)

    clinician = _sign_in(app, session, "clinician@rounds.example")
    activity = clinician.get(f"/credit/activities/{activities['live'].id}").get_data(
        as_text=True)
    assert "outside breaks" in activity and "Evaluate the activity" in activity
    draft = clinician.get(f"/cases/{cases['draft'].id}")
    assert draft.status_code == 200

    seed_demo(session)  # running it again adds nothing
    commit(session)
    assert session.query(CaseReport).count() == 3

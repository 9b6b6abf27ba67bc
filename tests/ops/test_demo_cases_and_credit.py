"""The demo's write-ups and credit, seen through the pages as its members would: a published,
peer-reviewed write-up designated for journal-based credit, one under review, a draft with a
co-author; the past journal club designated for credit with a break; reviewers credited."""
from __future__ import annotations

from sqlalchemy import select

from community.boards.models import Post
from community.cases.authoring.models import CaseInvitation
from community.cases.models import CaseReport, CaseVersion
from community.cases.publication.models import CasePublication
from community.cases.review.models import CaseDecision, ReviewRound
from community.credit.models import CreditActivity, CreditClaim
from community.demo import DEMO_PASSWORD, seed_demo
from community.demo.cases import DISCUSSION
from community.platform.accounts.models import User
from community.platform.db import commit
from community.platform.phi import scan
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
    assert "Activité basée sur une revue" in page  # the demo student reads French
    # Double-anonymous: the published page names no reviewer.
    assert "Al-Sayed" not in page and "Jonas Becker" not in page
    assert reader.get(f"/cases/{cases['draft'].id}").status_code == 404
    _published_after_two_rounds_with_its_discussion(session, reader, cases["published"])
    _a_draft_with_co_authors(session, cases["draft"])

    activities = {a.kind: a for a in session.scalars(select(CreditActivity))}
    assert {"live", "journal", "review"} <= set(activities)
    # Three acceptable reviews (two in round 1, one of the revised version in round 2).
    reviewers = session.scalars(select(CreditClaim).where(CreditClaim.source == "review")).all()
    assert len(reviewers) == 3 and all(c.quarters == 12 for c in reviewers)

    clinician = _sign_in(app, session, "clinician@rounds.example")
    activity = clinician.get(f"/credit/activities/{activities['live'].id}").get_data(
        as_text=True)
    assert "outside breaks" in activity and "Evaluate the activity" in activity
    draft = clinician.get(f"/cases/{cases['draft'].id}")
    assert draft.status_code == 200

    seed_demo(session)  # running it again adds nothing
    commit(session)
    assert session.query(CaseReport).count() == 3


def _published_after_two_rounds_with_its_discussion(session, reader, case) -> None:
    """Peer review really ran: round 1 asked for revisions, the authors saved a new version,
    round 2 accepted it (the version published); the discussion topic holds members' comments, every one of them
    through the PHI scanner with nothing found."""
    rounds = session.scalars(select(ReviewRound).where(ReviewRound.case_id == case.id)
                             .order_by(ReviewRound.number)).all()
    first, second = (r.version for r in rounds)
    assert second == first + 1 == case.current_version
    decisions = [d.decision for d in session.scalars(
        select(CaseDecision).where(CaseDecision.case_id == case.id).order_by(CaseDecision.id))]
    assert decisions == ["send_to_review", "revisions", "accept"]
    publication = session.scalar(select(CasePublication).where(
        CasePublication.case_id == case.id))
    posts = session.scalars(select(Post).where(Post.topic_id == publication.topic_id)
                            .order_by(Post.number)).all()
    assert len(posts) == 1 + len(DISCUSSION)
    for post in posts:
        assert scan(post.raw) == [], post.raw
    version = session.scalar(select(CaseVersion).where(CaseVersion.case_id == case.id,
                                                       CaseVersion.number == case.current_version))
    for key, text in version.sections.items():
        assert scan(text, key) == [], (key, text)
    topic = reader.get(f"/t/{publication.topic_id}").get_data(as_text=True)
    assert "agranulocytosis" in topic and "breathlessness panel" in topic
    page = reader.get(f"/cases/{case.id}").get_data(as_text=True)
    assert "TSH-receptor antibodies" in page  # the published version is the revised one


def _a_draft_with_co_authors(session, case) -> None:
    authors = {a.user.email for a in case.authors}
    assert authors == {"clinician@rounds.example", "nurse@rounds.example"}
    invited = session.scalars(select(CaseInvitation).where(
        CaseInvitation.case_id == case.id, CaseInvitation.status == "pending")).all()
    assert [i.user.email for i in invited] == ["student@rounds.example"]

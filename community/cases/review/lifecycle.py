"""The write-up's editorial workflow, declared in one place (Open Journal Systems' model):
each transition names the states it leaves, the state it reaches and who may take it
(a review_policy function). `take` is the only code that changes CaseReport.status, and it
records every change as a CaseTransition (who, when, from, to, note, round).

    draft ──submit──▶ submitted ──send_to_review──▶ in_review ──accept──▶ accepted ──publish──▶ published
                         │                            │  ▲                                      │
                      decline                  request_revisions  resubmit                    correct
                         ▼                            ▼  │                                      ▼
                      declined       reject ◀─ revisions_requested                          published
    submitted | in_review | revisions_requested ──withdraw──▶ withdrawn

What must be true besides the state (disclosures cleared, no PHI findings, reviews in) is
checked by the service (community/cases/review.py) before it takes the transition."""
from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from sqlalchemy import update
from sqlalchemy.orm import Session

from community.cases.models import CaseReport
from community.cases.review import policy
from community.cases.review.models import CaseTransition
from community.cases.states import (
    ACCEPTED,
    DECLINED,
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    REJECTED,
    REVISIONS_REQUESTED,
    SUBMITTED,
    WITHDRAWN,
)
from community.platform.accounts.models import User
from community.platform.accounts.policy import is_signed_in
from community.platform.db import utcnow
from community.platform.errors import Conflict, Forbidden, NotAuthenticated
from community.platform.events import record_event


class Transition:
    name: ClassVar[str]
    label: ClassVar[str]
    sources: ClassVar[tuple[str, ...]]
    target: ClassVar[str]
    who: ClassVar[str]  # for refusals: "Only {who} can …"
    allowed: ClassVar[Callable[[User | None, CaseReport], bool]]


class Submit(Transition):
    name, label = "submit", "Submit for review"
    sources, target = (DRAFT,), SUBMITTED
    who = "the corresponding author"
    allowed = staticmethod(policy.can_submit)


class Resubmit(Transition):
    """The revised version starts the next review round."""
    name, label = "resubmit", "Resubmit the revised version"
    sources, target = (REVISIONS_REQUESTED,), IN_REVIEW
    who = "the corresponding author"
    allowed = staticmethod(policy.can_submit)


class SendToReview(Transition):
    name, label = "send_to_review", "Send to review"
    sources, target = (SUBMITTED,), IN_REVIEW
    who = "an editor of this board"
    allowed = staticmethod(policy.can_screen)


class Decline(Transition):
    name, label = "decline", "Decline"
    sources, target = (SUBMITTED,), DECLINED
    who = "an editor of this board"
    allowed = staticmethod(policy.can_screen)


class Accept(Transition):
    name, label = "accept", "Accept"
    sources, target = (IN_REVIEW,), ACCEPTED
    who = "an editor of this board"
    allowed = staticmethod(policy.can_decide)


class RequestRevisions(Transition):
    name, label = "request_revisions", "Request revisions"
    sources, target = (IN_REVIEW,), REVISIONS_REQUESTED
    who = "an editor of this board"
    allowed = staticmethod(policy.can_decide)


class Reject(Transition):
    name, label = "reject", "Reject"
    sources, target = (IN_REVIEW,), REJECTED
    who = "an editor of this board"
    allowed = staticmethod(policy.can_decide)


class Withdraw(Transition):
    """Authors may withdraw until the editor's final decision."""
    name, label = "withdraw", "Withdraw"
    sources, target = (SUBMITTED, IN_REVIEW, REVISIONS_REQUESTED), WITHDRAWN
    who = "the corresponding author"
    allowed = staticmethod(policy.can_withdraw)


class Publish(Transition):
    name, label = "publish", "Publish"
    sources, target = (ACCEPTED,), PUBLISHED
    who = "an editor of this board"
    allowed = staticmethod(policy.can_publish)


class Correct(Transition):
    """A correction keeps the write-up published; recorded so the history shows it."""
    name, label = "correct", "Publish a correction"
    sources, target = (PUBLISHED,), PUBLISHED
    who = "the corresponding author or an editor"
    allowed = staticmethod(policy.can_correct)


TRANSITIONS: dict[str, type[Transition]] = {t.name: t for t in (
    Submit, Resubmit, SendToReview, Decline, Accept, RequestRevisions, Reject, Withdraw,
    Publish, Correct)}

STATE_LABELS = {
    DRAFT: "Draft", SUBMITTED: "Submitted", IN_REVIEW: "In review",
    REVISIONS_REQUESTED: "Revisions requested", ACCEPTED: "Accepted",
    PUBLISHED: "Published", DECLINED: "Declined", REJECTED: "Rejected",
    WITHDRAWN: "Withdrawn",
}


def check(actor: User | None, case: CaseReport, name: str) -> type[Transition]:
    """The transition, if this actor may take it from the write-up's current state."""
    transition = TRANSITIONS[name]
    if not is_signed_in(actor):
        raise NotAuthenticated("Sign in first.")
    if not transition.allowed(actor, case):
        raise Forbidden(f"Only {transition.who} can {transition.label.lower()} this write-up.")
    if case.status not in transition.sources:
        raise Conflict(f"A write-up that is {STATE_LABELS[case.status].lower()} cannot be "
                       f"{_past(transition)}.", state=case.status)
    return transition


def _past(transition: type[Transition]) -> str:
    return {"submit": "submitted", "resubmit": "resubmitted", "send_to_review":
            "sent to review", "decline": "declined", "accept": "accepted",
            "request_revisions": "sent back for revisions", "reject": "rejected",
            "withdraw": "withdrawn", "publish": "published",
            "correct": "corrected"}[transition.name]


def take(db: Session, actor: User | None, case: CaseReport, name: str, *, note: str = "",
         round_number: int | None = None) -> CaseTransition:
    """Move the write-up, or refuse (401/403/409). The UPDATE names the states it may leave,
    so of two editors deciding at once one wins and the other gets a conflict."""
    transition = check(actor, case, name)
    before = case.status
    moved = db.execute(
        update(CaseReport).where(CaseReport.id == case.id,
                                 CaseReport.status.in_(transition.sources))
        .values(status=transition.target, updated_at=utcnow())
        .execution_options(synchronize_session=False)).rowcount
    if moved != 1:
        db.refresh(case)
        raise Conflict(f"Someone changed this write-up first: it is now "
                       f"{STATE_LABELS[case.status].lower()}. Reload to see what was done.",
                       state=case.status)
    db.refresh(case, ["status", "updated_at"])
    row = CaseTransition(case_id=case.id, name=name, from_state=before,
                         to_state=transition.target, actor_id=actor.id, note=note,
                         round_number=round_number)
    db.add(row)
    db.flush()
    record_event(db, "case_changed", case_id=case.id)  # search indexes published write-ups
    return row


def available(actor: User | None, case: CaseReport) -> list[type[Transition]]:
    """The transitions this actor could take now (for buttons and the API)."""
    return [t for t in TRANSITIONS.values()
            if case.status in t.sources and is_signed_in(actor) and t.allowed(actor, case)]

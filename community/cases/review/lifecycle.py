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
from community.platform.i18n import _, _l


class Transition:
    name: ClassVar[str]
    label: ClassVar[str]  # lazily translated (the history's "Step" column)
    sources: ClassVar[tuple[str, ...]]
    target: ClassVar[str]
    who: ClassVar[str]  # who may take it (the refusals say it: _refusal)
    allowed: ClassVar[Callable[[User | None, CaseReport], bool]]


class Submit(Transition):
    name, label = "submit", _l("Submit for review")
    sources, target = (DRAFT,), SUBMITTED
    who = "the corresponding author"
    allowed = staticmethod(policy.can_submit)


class Resubmit(Transition):
    """The revised version starts the next review round."""
    name, label = "resubmit", _l("Resubmit the revised version")
    sources, target = (REVISIONS_REQUESTED,), IN_REVIEW
    who = "the corresponding author"
    allowed = staticmethod(policy.can_submit)


class SendToReview(Transition):
    name, label = "send_to_review", _l("Send to review")
    sources, target = (SUBMITTED,), IN_REVIEW
    who = "an editor of this board"
    allowed = staticmethod(policy.can_screen)


class Decline(Transition):
    name, label = "decline", _l("Decline")
    sources, target = (SUBMITTED,), DECLINED
    who = "an editor of this board"
    allowed = staticmethod(policy.can_screen)


class Accept(Transition):
    name, label = "accept", _l("Accept")
    sources, target = (IN_REVIEW,), ACCEPTED
    who = "an editor of this board"
    allowed = staticmethod(policy.can_decide)


class RequestRevisions(Transition):
    name, label = "request_revisions", _l("Request revisions")
    sources, target = (IN_REVIEW,), REVISIONS_REQUESTED
    who = "an editor of this board"
    allowed = staticmethod(policy.can_decide)


class Reject(Transition):
    name, label = "reject", _l("Reject")
    sources, target = (IN_REVIEW,), REJECTED
    who = "an editor of this board"
    allowed = staticmethod(policy.can_decide)


class Withdraw(Transition):
    """Authors may withdraw until the editor's final decision."""
    name, label = "withdraw", _l("Withdraw")
    sources, target = (SUBMITTED, IN_REVIEW, REVISIONS_REQUESTED), WITHDRAWN
    who = "the corresponding author"
    allowed = staticmethod(policy.can_withdraw)


class Publish(Transition):
    name, label = "publish", _l("Publish")
    sources, target = (ACCEPTED,), PUBLISHED
    who = "an editor of this board"
    allowed = staticmethod(policy.can_publish)


class Correct(Transition):
    """A correction keeps the write-up published; recorded so the history shows it."""
    name, label = "correct", _l("Publish a correction")
    sources, target = (PUBLISHED,), PUBLISHED
    who = "the corresponding author or an editor"
    allowed = staticmethod(policy.can_correct)


TRANSITIONS: dict[str, type[Transition]] = {t.name: t for t in (
    Submit, Resubmit, SendToReview, Decline, Accept, RequestRevisions, Reject, Withdraw,
    Publish, Correct)}

STATE_LABELS = {
    DRAFT: _l("Draft"), SUBMITTED: _l("Submitted"), IN_REVIEW: _l("In review"),
    REVISIONS_REQUESTED: _l("Revisions requested"), ACCEPTED: _l("Accepted"),
    PUBLISHED: _l("Published"), DECLINED: _l("Declined"), REJECTED: _l("Rejected"),
    WITHDRAWN: _l("Withdrawn"),
}


def _refusal(name: str) -> str:
    """Who may take the transition, as one sentence per transition (never assembled from
    pieces, so every language can say it its own way)."""
    return {
        "submit": _("Only the corresponding author can submit this write-up."),
        "resubmit": _("Only the corresponding author can resubmit this write-up."),
        "send_to_review": _("Only an editor of this board can send this write-up to review."),
        "decline": _("Only an editor of this board can decline this write-up."),
        "accept": _("Only an editor of this board can accept this write-up."),
        "request_revisions": _("Only an editor of this board can request revisions of this "
                               "write-up."),
        "reject": _("Only an editor of this board can reject this write-up."),
        "withdraw": _("Only the corresponding author can withdraw this write-up."),
        "publish": _("Only an editor of this board can publish this write-up."),
        "correct": _("Only the corresponding author or an editor can correct this write-up."),
    }[name]


def _wrong_state(name: str, state: str) -> str:
    """Why the transition cannot be taken from this state (one sentence per transition)."""
    label = STATE_LABELS[state]
    return {
        "submit": _("A write-up in the state “%(state)s” cannot be submitted.", state=label),
        "resubmit": _("A write-up in the state “%(state)s” cannot be resubmitted.",
                      state=label),
        "send_to_review": _("A write-up in the state “%(state)s” cannot be sent to review.",
                            state=label),
        "decline": _("A write-up in the state “%(state)s” cannot be declined.", state=label),
        "accept": _("A write-up in the state “%(state)s” cannot be accepted.", state=label),
        "request_revisions": _("A write-up in the state “%(state)s” cannot be sent back for "
                               "revisions.", state=label),
        "reject": _("A write-up in the state “%(state)s” cannot be rejected.", state=label),
        "withdraw": _("A write-up in the state “%(state)s” cannot be withdrawn.", state=label),
        "publish": _("A write-up in the state “%(state)s” cannot be published.", state=label),
        "correct": _("A write-up in the state “%(state)s” cannot be corrected.", state=label),
    }[name]


def check(actor: User | None, case: CaseReport, name: str) -> type[Transition]:
    """The transition, if this actor may take it from the write-up's current state."""
    transition = TRANSITIONS[name]
    if not is_signed_in(actor):
        raise NotAuthenticated(_("Sign in first."))
    if not transition.allowed(actor, case):
        raise Forbidden(_refusal(transition.name))
    if case.status not in transition.sources:
        raise Conflict(_wrong_state(transition.name, case.status), state=case.status)
    return transition


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
        raise Conflict(_("Someone changed this write-up first: it is now in the state "
                         "“%(state)s”. Reload to see what was done.",
                         state=STATE_LABELS[case.status]), state=case.status)
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

"""Peer review and publication of case write-ups (Open Journal Systems' workflow as the model):
submission, the editor's screening, reviewer invitations, structured reviews, decisions with
letters, publication with its discussion topic, and corrections.

Pure functions over a Session and the acting member, like every service: they validate, ask
community.cases.review.policy, move states only through community.cases.review.lifecycle,
and never commit. When a submission (or a reviewer's acceptance, or an editor's action) is
refused because a disclosure still needs a moderator's review, the refusal keeps its work
(DomainError.keeping_work): the role requests it filed are committed by the caller's unit of
work, so the moderators see them.

The checks other parts of the feature own: de-identification findings (cases.deid), image
attestations, consent and the CARE checklist (cases.authoring).

What each request may contain is the contract's to say (community.cases.review.schemas): a
function that takes input takes its model, or a mapping from a caller inside Rounds parsed the
same way, and checks what only the write-up's state can tell."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from community.boards.diffing import line_diff
from community.cases.authoring.images import unattested_images
from community.cases.authoring.service import checklist, consent_ready
from community.cases.care import SECTION_KEYS, SECTIONS
from community.cases.deid.service import blocking_findings, phi_label, section_label
from community.cases.models import CaseAuthor, CaseReport, CaseVersion
from community.cases.publication.models import CasePublication
from community.cases.publication.service import open_discussion
from community.cases.review import lifecycle as workflow
from community.cases.review import mailing, policy
from community.cases.review.assignments import ASSIGNMENT
from community.cases.review.models import (
    DUE_MAX_DAYS,
    NOTE_MAX,
    BoardEditor,
    CaseDecision,
    CaseTransition,
    Review,
    ReviewAssignment,
    ReviewRound,
)
from community.cases.review.schemas import (
    CorrectionRequest,
    DecisionRequest,
    DueDateRequest,
    InvitationResponse,
    InviteReviewerRequest,
    ReviewRating,
    ReviewRequest,
    ScreeningRequest,
    WithdrawRequest,
)
from community.cases.service import case_title, find_case, get_case, get_version  # noqa: F401
from community.cases.states import (
    DRAFT,
    IN_REVIEW,
    REVISIONS_REQUESTED,
    STATES,
)
from community.platform import events, markup
from community.platform.accounts.models import User
from community.platform.accounts.policy import require_signed_in
from community.platform.contract import coerce
from community.platform.db import utcnow
from community.platform.errors import (
    Conflict,
    Forbidden,
    NotFound,
    ValidationError,
)
from community.platform.i18n import _, _n, force_locale, format_date, member_locale
from community.platform.spaces.models import Board
from moderation.audit import service as audit
from moderation.disclosures import gate


def _given(**values: Any) -> dict[str, Any]:
    """The values passed one by one (the older calling form internal callers still use), as
    the mapping the contract parses."""
    return {name: value for name, value in values.items() if value is not None}


# ---------------------------------------------------------------- reading


def rounds(db: Session, case: CaseReport) -> list[ReviewRound]:
    return list(db.scalars(select(ReviewRound).where(ReviewRound.case_id == case.id)
                           .options(selectinload(ReviewRound.assignments)
                                    .selectinload(ReviewAssignment.review),
                                    selectinload(ReviewRound.assignments)
                                    .joinedload(ReviewAssignment.reviewer))
                           .order_by(ReviewRound.number)))


def current_round(db: Session, case: CaseReport) -> ReviewRound | None:
    return db.scalar(select(ReviewRound).where(ReviewRound.case_id == case.id)
                     .order_by(ReviewRound.number.desc()).limit(1))


def decisions(db: Session, case: CaseReport) -> list[CaseDecision]:
    return list(db.scalars(select(CaseDecision).where(CaseDecision.case_id == case.id)
                           .order_by(CaseDecision.id)))


def transitions(db: Session, case: CaseReport) -> list[CaseTransition]:
    return list(db.scalars(select(CaseTransition).where(CaseTransition.case_id == case.id)
                           .order_by(CaseTransition.id)))


def publication(db: Session, case: CaseReport) -> CasePublication | None:
    return db.get(CasePublication, case.id)


# ---------------------------------------------------------------- disclosures


def _content_title(case: CaseReport) -> str:
    return case_title(case)[:200]


def _clearance_problem(db: Session, member: User, roles: tuple[str, ...],
                       case: CaseReport) -> str | None:
    """None when the member is cleared for one of `roles` on this write-up; otherwise ask
    for the review of the first role (ACCME Standards for Integrity and Independence,
    Standard 3: disclosed, reviewed and mitigated before taking the role) and say why."""
    if any(gate.is_cleared(db, member.id, role, "case", case.id) for role in roles):
        return None
    try:
        gate.request_role(db, member, roles[0], "case", case.id, _content_title(case),
                          case.board_id)
        gate.require_cleared(db, member, roles[0], "case", case.id)
    except gate.DisclosureRequired as error:
        return error.detail
    except gate.RoleNotCleared as error:
        return error.detail
    return None


def _require_cleared(db: Session, member: User, role: str, case: CaseReport) -> None:
    """Refuse (403) unless cleared; the role request it files survives the refusal."""
    if gate.is_cleared(db, member.id, role, "case", case.id):
        return
    problem = _clearance_problem(db, member, (role,), case)
    if problem is None:
        return
    try:
        gate.require_cleared(db, member, role, "case", case.id)  # raises the precise 403
    except (gate.DisclosureRequired, gate.RoleNotCleared) as error:
        raise error.keeping_work() from None  # the role request filed above reaches the queue


def author_clearances(db: Session, case: CaseReport) -> list[tuple[CaseAuthor, bool]]:
    """Each author and whether they are cleared (for the authors' page)."""
    return [(a, any(gate.is_cleared(db, a.user_id, r, "case", case.id)
                    for r in ("case_author", "case_coauthor")))
            for a in sorted(case.authors, key=lambda a: a.position)]


# ---------------------------------------------------------------- submission checks


def _phi_problems(db: Session, case: CaseReport, version: CaseVersion) -> list[str]:
    findings = blocking_findings(db, case, version)
    return [_finding_text(f) for f in findings]


def _finding_text(finding: Any) -> str:
    get = finding.get if isinstance(finding, dict) else lambda k, d=None: getattr(
        finding, k, d)
    section = get("section") or ""
    label = phi_label(get("category") or "", get("label") or "")
    if not section:
        return _("Possible %(identifier)s: mark it a false positive with a reason, or remove "
                 "it.", identifier=label)
    return _("Possible %(identifier)s in %(section)s: mark it a false positive with a reason, "
             "or remove it.", identifier=label, section=section_label(section))


def _image_problems(db: Session, case: CaseReport) -> list[str]:
    images = list(unattested_images(db, case))
    if not images:
        return []
    return [_n("%(num)d image is not yet marked as showing no identifiable face (or blurred "
               "or cropped).",
               "%(num)d images are not yet marked as showing no identifiable face (or blurred "
               "or cropped).", len(images))]


def _consent_problems(case: CaseReport) -> list[str]:
    if consent_ready(case):
        return []
    return [_("Attest the patient's informed consent for publication (or the ethics board's "
              "waiver, with its reference).")]


def _checklist_problems(case: CaseReport, version: CaseVersion) -> list[str]:
    # An unattested consent is reported under "consent", not twice. (The checklist's word
    # for an unwritten item comes from authoring: in English, or in the language shown.)
    empty = ("Empty.", _("Empty."))
    return [f"{item['title']}: {item['missing']}" for item in checklist(case, version)
            if not item["complete"] and not (item["key"] == "informed_consent"
                                             and item["missing"] not in empty)]


def readiness(db: Session, case: CaseReport) -> dict[str, list[str]]:
    """What still stands in the way of submission, disclosures aside (no writes)."""
    version = get_version(db, case, case.current_version)
    if version is None:
        return {"checklist": [_("Write the write-up first.")]}
    problems = {"checklist": _checklist_problems(case, version),
                "phi": _phi_problems(db, case, version),
                "images": _image_problems(db, case),
                "consent": _consent_problems(case)}
    return {k: v for k, v in problems.items() if v}


def _disclosure_problems(db: Session, case: CaseReport) -> list[str]:
    """Every author must be cleared (ACCME Standards for Integrity and Independence,
    Standard 3); those who are not get their role requested here."""
    problems = []
    for author in sorted(case.authors, key=lambda a: a.position):
        roles = ("case_author", "case_coauthor") if author.corresponding else (
            "case_coauthor", "case_author")
        problem = _clearance_problem(db, author.user, roles, case)
        if problem:
            problems.append(f"{author.user.display_name} (@{author.user.username}): {problem}")
    return problems


# ---------------------------------------------------------------- submission


def submit(db: Session, actor: User | None, case: CaseReport) -> CaseTransition:
    """Submit a draft, or resubmit after revisions (a new round against the new version)."""
    actor = require_signed_in(actor)
    name = "resubmit" if case.status == REVISIONS_REQUESTED else "submit"
    workflow.check(actor, case, name)
    problems = readiness(db, case)
    last = current_round(db, case)
    if name == "resubmit" and last is not None and case.current_version <= last.version:
        problems.setdefault("checklist", []).insert(
            0, _("Save your revisions first: version %(number)s was already reviewed.",
                 number=last.version))
    disclosures = _disclosure_problems(db, case)
    if disclosures:
        problems["disclosures"] = disclosures
    if problems:
        # Refused, but the role requests filed above must reach the moderators' queue.
        raise ValidationError(problems, detail=_(
            "The write-up is not ready for submission: %(problems)s",
            problems="; ".join(m for ms in problems.values() for m in ms))).keeping_work()
    now = utcnow()
    number = (last.number + 1) if last else 1
    review_round = ReviewRound(case_id=case.id, number=number, version=case.current_version,
                               submitted_at=now, opened_at=now if name == "resubmit" else None)
    db.add(review_round)
    db.flush()
    return workflow.take(db, actor, case, name, round_number=number,
                         note=f"Version {case.current_version}")


def withdraw(db: Session, actor: User | None, case: CaseReport,
             data: WithdrawRequest | Mapping[str, Any]) -> CaseTransition:
    """The authors withdraw the write-up before a final decision (with an optional note)."""
    why = coerce(WithdrawRequest, data).note or ""
    actor = require_signed_in(actor)
    workflow.check(actor, case, "withdraw")
    review_round = current_round(db, case)
    if review_round is not None and review_round.closed_at is None:
        _close(db, review_round, actor)
    return workflow.take(db, actor, case, "withdraw", note=why,
                         round_number=review_round.number if review_round else None)


def _close(db: Session, review_round: ReviewRound, actor: User) -> None:
    review_round.closed_at = utcnow()
    for assignment in review_round.assignments:
        if ASSIGNMENT.allows(assignment, "cancel"):
            ASSIGNMENT.take(db, assignment, "cancel", actor_id=actor.id,
                            note="the review round closed")


# ---------------------------------------------------------------- editors


def _decision(db: Session, editor: User, case: CaseReport, review_round: ReviewRound | None,
              decision: str, letter: str) -> CaseDecision:
    row = CaseDecision(case_id=case.id, round_id=review_round.id if review_round else None,
                       decision=decision, editor_id=editor.id, letter=letter,
                       letter_cooked=markup.cook(letter) if letter else "")
    db.add(row)
    db.flush()
    title = case_title(case)
    for author in case.authors:
        # The authors hear the decision; the reviewers stay unnamed (double-anonymous).
        with force_locale(member_locale(author.user.language)):  # in each author's language
            message = _("Editor's decision on “%(title)s”: %(decision)s.", title=title,
                        decision=row.label)
        events.notice(db, author.user_id, "case_decision", message,
                      f"/cases/{case.id}/review#decision-{row.id}", actor_id=editor.id)
    mailing.decided(db, row, case)  # by mail too, reviewers unnamed
    return row


def screen(db: Session, actor: User | None, case: CaseReport,
           data: ScreeningRequest | Mapping[str, Any]) -> CaseDecision:
    """The editor's screening: decline (with a letter), or send to review (opens round 1)."""
    data = coerce(ScreeningRequest, data)
    actor = require_signed_in(actor)
    action, text = data.action, data.letter or ""
    workflow.check(actor, case, action)
    if action == "decline" and not text:
        raise ValidationError({"letter": [_("Write the letter to the authors: a decline needs "
                                            "one.")]})
    _require_cleared(db, actor, "editor", case)
    review_round = current_round(db, case)
    if action == "send_to_review":
        review_round.opened_at = utcnow()
    else:
        _close(db, review_round, actor)
    workflow.take(db, actor, case, action, note=text[:NOTE_MAX],
                  round_number=review_round.number)
    return _decision(db, actor, case, review_round, action, text)


def decide(db: Session, actor: User | None, case: CaseReport,
           data: DecisionRequest | Mapping[str, Any] | str,
           letter: str | None = None) -> CaseDecision:
    """Accept, request revisions or reject, with a letter; closes the round. (Internal
    callers may still pass the decision and the letter one by one.)"""
    data = coerce(DecisionRequest, _given(decision=data, letter=letter)
                  if isinstance(data, str) else data)
    actor = require_signed_in(actor)
    names = {"accept": "accept", "revisions": "request_revisions", "reject": "reject"}
    decision, text = data.decision, data.letter
    workflow.check(actor, case, names[decision])
    _require_cleared(db, actor, "editor", case)
    review_round = current_round(db, case)
    if not any(a.status == "submitted" for a in review_round.assignments):
        raise Conflict(_("No review of this round is in yet: invite reviewers and wait for "
                         "at least one review before deciding."))
    _close(db, review_round, actor)
    workflow.take(db, actor, case, names[decision], note=text[:NOTE_MAX],
                  round_number=review_round.number)
    return _decision(db, actor, case, review_round, decision, text)


def _due(due: date, today: date) -> date:
    if due <= today:
        raise ValidationError({"due_on": [_("The due date must be after today.")]})
    if due > today + timedelta(days=DUE_MAX_DAYS):
        raise ValidationError({"due_on": [_("At most %(days)s days from today.",
                                            days=DUE_MAX_DAYS)]})
    return due


def invite_reviewer(db: Session, actor: User | None, case: CaseReport,
                    data: InviteReviewerRequest | Mapping[str, Any] | str,
                    due_on: date | str | None = None) -> ReviewAssignment:
    """Invite a member to review this round, due on a day (UTC). (Internal callers may still
    pass the username and the due date one by one.)"""
    data = coerce(InviteReviewerRequest, _given(username=data, due_on=due_on)
                  if isinstance(data, str) else data)
    actor = require_signed_in(actor)
    if not policy.can_invite_reviewer(actor, case):
        raise Forbidden(_("Only an editor of this board can invite reviewers."))
    if case.status != IN_REVIEW:
        raise Conflict(_("Reviewers are invited while the write-up is in review."))
    name = data.username
    due = _due(data.due_on, utcnow().date())
    member = db.scalar(select(User).where(func.lower(User.username) == name.lower()))
    if member is None or not member.is_active:
        raise ValidationError({"username": [_("There is no active member @%(name)s.",
                                              name=name)]})
    if not policy.can_be_reviewer(member, case) or member.id == actor.id:
        raise ValidationError({"username": [_("Authors of the write-up, and you yourself, "
                                              "cannot review it.")]})
    _require_cleared(db, actor, "editor", case)
    review_round = current_round(db, case)
    taken = db.scalar(select(ReviewAssignment).where(ReviewAssignment.round_id ==
                                                     review_round.id,
                                                     ReviewAssignment.reviewer_id == member.id))
    if taken is not None:
        raise Conflict(_("@%(username)s was already invited to this round (%(status)s).",
                         username=member.username, status=ASSIGNMENT.label(taken.status)))
    label = (db.scalar(select(func.max(ReviewAssignment.label))
                       .where(ReviewAssignment.round_id == review_round.id)) or 0) + 1
    assignment = ReviewAssignment(round_id=review_round.id, case_id=case.id,
                                  reviewer_id=member.id, invited_by_id=actor.id, label=label,
                                  due_on=due)
    db.add(assignment)
    db.flush()
    ASSIGNMENT.start(db, assignment, actor_id=actor.id)
    # Title and due date only: reviewers never learn the authors (double-anonymous).
    with force_locale(member_locale(member.language)):  # in the reviewer's language
        message = _("You are invited to review the case write-up “%(title)s”, due %(due)s.",
                    title=case_title(case), due=format_date(due))
    events.notice(db, member.id, "review_invitation", message, f"/reviews/{assignment.id}",
                  actor_id=actor.id)
    mailing.invited(db, assignment)  # with accept and decline links
    return assignment


def publish(db: Session, actor: User | None, case: CaseReport) -> CasePublication:
    """Accepted → published: read-only and citable, with a discussion topic in its board."""
    actor = require_signed_in(actor)
    workflow.check(actor, case, "publish")
    _require_cleared(db, actor, "editor", case)
    topic = open_discussion(db, actor, case)
    row = CasePublication(case_id=case.id, version=case.current_version,
                          published_at=utcnow(), published_by_id=actor.id, topic_id=topic.id)
    db.add(row)
    db.flush()
    workflow.take(db, actor, case, "publish", note=f"Version {case.current_version}")
    for author in case.authors:
        with force_locale(member_locale(author.user.language)):  # in each author's language
            message = _("“%(title)s” is published.", title=case_title(case))
        events.notice(db, author.user_id, "case_published", message, f"/cases/{case.id}",
                      actor_id=actor.id)
    return row


def correct(db: Session, actor: User | None, case: CaseReport,
            data: CorrectionRequest | Mapping[str, Any]) -> CaseVersion:
    """A correction after publication: a new version (kind "correction") with a visible
    note; the changed sections are laid over the newest version."""
    data = coerce(CorrectionRequest, data)
    actor = require_signed_in(actor)
    workflow.check(actor, case, "correct")
    why, changes = data.note, data.sections.sent()
    db.execute(select(CaseReport.id).where(CaseReport.id == case.id).with_for_update())
    db.refresh(case, ["current_version"])
    head = get_version(db, case, case.current_version)
    texts = {k: head.sections.get(k, "") for k in SECTION_KEYS}
    changed = [k for k, v in changes.items() if v != texts.get(k, "")]
    if not changed:
        raise ValidationError({"sections": [_("Change at least one section.")]})
    texts.update(changes)
    cooked = {k: (markup.cook(texts[k]) if texts[k].strip() else "") if k in changed
              else head.cooked.get(k, "") for k in SECTION_KEYS}
    version = CaseVersion(case_id=case.id, number=head.number + 1, saved_by_id=actor.id,
                          based_on=head.number, kind="correction", note=why, sections=texts,
                          cooked=cooked, timeline=list(head.timeline))
    db.add(version)
    case.current_version = version.number
    case.title = case_title(case, version)[:300]
    db.flush()
    findings = _phi_problems(db, case, version)
    if findings:
        raise ValidationError({"sections": findings})
    workflow.take(db, actor, case, "correct", note=why)
    return version


def extend_due(db: Session, actor: User | None, assignment: ReviewAssignment,
               data: DueDateRequest | Mapping[str, Any]) -> ReviewAssignment:
    due_on = coerce(DueDateRequest, data).due_on
    actor = require_signed_in(actor)
    if not policy.can_invite_reviewer(actor, assignment.case):
        raise Forbidden(_("Only an editor of this board can change a due date."))
    if assignment.status not in ("invited", "accepted") or assignment.round.closed_at:
        raise Conflict(_("This review is no longer open."))
    assignment.due_on = _due(due_on, utcnow().date())
    db.flush()
    return assignment


def rate_review(db: Session, actor: User | None, assignment: ReviewAssignment,
                data: ReviewRating | Mapping[str, Any]) -> Review:
    """The editor rates a submitted review acceptable or not, once; an acceptable one earns
    its reviewer manuscript-review credit (the credit feature listens to `review_rated`).
    Nothing of it reaches the authors: the review stays anonymous."""
    acceptable = coerce(ReviewRating, data).acceptable
    actor = require_signed_in(actor)
    if not policy.can_invite_reviewer(actor, assignment.case):
        raise Forbidden(_("Only an editor of this board rates its reviews."))
    review = assignment.review
    if review is None:
        raise Conflict(_("This review has not been submitted."))
    done = db.execute(update(Review).where(Review.id == review.id, Review.rated_at.is_(None))
                      .values(acceptable=acceptable, rated_at=utcnow(), rated_by_id=actor.id))
    if done.rowcount != 1:
        raise Conflict(_("This review was already rated."))
    db.refresh(review)
    events.record_event(db, "review_rated", assignment_id=assignment.id,
                        reviewer_id=assignment.reviewer_id, case_id=assignment.case_id,
                        round_number=assignment.round.number, acceptable=acceptable)
    return review


# ---------------------------------------------------------------- reviewers


def get_assignment(db: Session, actor: User | None, assignment_id: int) -> ReviewAssignment:
    """The reviewer's own assignment: 404 when there is none, 403 when it is someone else's
    (an uninvited member is told plainly that they were not invited)."""
    actor = require_signed_in(actor)
    assignment = db.get(ReviewAssignment, assignment_id)
    if assignment is None:
        raise NotFound(_("There is no such review invitation."))
    if not policy.can_view_review_page(actor, assignment):
        if policy.is_editor_of(actor, assignment.case):
            return assignment
        raise Forbidden(_("You were not invited to review this write-up."))
    return assignment


def _open_for_reviewer(assignment: ReviewAssignment) -> None:
    if assignment.case.status != IN_REVIEW or assignment.round.closed_at is not None:
        raise Conflict(_("This review round is closed."))


def respond(db: Session, actor: User | None, assignment: ReviewAssignment,
            data: InvitationResponse | Mapping[str, Any] | bool, *,
            competing_interests: bool | None = None, statement: str | None = None,
            reason: str | None = None) -> ReviewAssignment:
    """Accept (declaring competing interests, yes or no, with a statement) or decline.
    (Internal callers may still pass the answer and its details one by one.)"""
    data = coerce(InvitationResponse, _given(
        accept=data, competing_interests=competing_interests, statement=statement,
        reason=reason) if isinstance(data, bool) else data)
    actor = require_signed_in(actor)
    if not policy.can_respond(actor, assignment):
        raise Forbidden(_("You were not invited to review this write-up."))
    _open_for_reviewer(assignment)
    if assignment.status != "invited":
        raise Conflict(_("You already answered this invitation (%(status)s).",
                         status=ASSIGNMENT.label(assignment.status)))
    if not data.accept:
        assignment.decline_reason = data.reason or ""
        ASSIGNMENT.take(db, assignment, "decline", actor_id=actor.id,
                        values={"responded_at": utcnow()},
                        conflict=_("You already answered this invitation."))
        return assignment
    if data.competing_interests is None:
        raise ValidationError({"competing_interests": [
            _("Declare whether you have competing interests: yes or no.")]})
    text = data.statement or ""
    if data.competing_interests and not text:
        raise ValidationError({"statement": [_("Describe your competing interests.")]})
    _require_cleared(db, actor, "case_reviewer", assignment.case)
    ASSIGNMENT.take(db, assignment, "accept", actor_id=actor.id,
                    values={"responded_at": utcnow(),
                            "competing_interests": data.competing_interests,
                            "competing_statement": text},
                    conflict=_("You already answered this invitation."))
    return assignment


def submit_review(db: Session, actor: User | None, assignment: ReviewAssignment,
                  data: ReviewRequest | Mapping[str, Any]) -> Review:
    data = coerce(ReviewRequest, data)
    actor = require_signed_in(actor)
    if not policy.can_review(actor, assignment):
        raise Forbidden(_("You were not invited to review this write-up."))
    _open_for_reviewer(assignment)
    if assignment.status == "submitted":
        raise Conflict(_("You already submitted your review for this round."))
    if assignment.status != "accepted":
        raise Conflict(_("Accept the invitation (and declare competing interests) first."))
    if utcnow().date() > assignment.due_on:
        raise Forbidden(_("This review was due on %(due)s; ask the editor for a new due date.",
                          due=format_date(assignment.due_on)))
    _require_cleared(db, actor, "case_reviewer", assignment.case)
    to_authors = data.comments_to_authors
    review = Review(assignment_id=assignment.id, **data.ratings(),
                    comments_to_authors=to_authors,
                    comments_to_authors_cooked=markup.cook(to_authors),
                    comments_to_editor=data.comments_to_editor or "",
                    recommendation=data.recommendation, submitted_at=utcnow())
    db.add(review)
    ASSIGNMENT.take(db, assignment, "submit", actor_id=actor.id,
                    conflict=_("You already submitted your review for this round."))
    return review


def my_assignments(db: Session, actor: User | None) -> list[ReviewAssignment]:
    actor = require_signed_in(actor)
    return list(db.scalars(select(ReviewAssignment).where(ReviewAssignment.reviewer_id ==
                                                          actor.id)
                           .options(selectinload(ReviewAssignment.case),
                                    selectinload(ReviewAssignment.round),
                                    selectinload(ReviewAssignment.review))
                           .order_by(ReviewAssignment.invited_at.desc(),
                                     ReviewAssignment.id.desc())))


@dataclass
class ReviewerView:
    """What a reviewer sees: the round's version without any author, the diff from the
    version they reviewed before, and — once decided — the others' comments as labels."""

    assignment: ReviewAssignment
    title: str
    version: CaseVersion | None
    previous_version: int | None = None
    diff: list[dict[str, Any]] = field(default_factory=list)
    others: list[ReviewAssignment] = field(default_factory=list)
    decision: CaseDecision | None = None


def reviewer_view(db: Session, assignment: ReviewAssignment) -> ReviewerView:
    case, review_round = assignment.case, assignment.round
    shows_text = assignment.status in ("accepted", "submitted", "invited")
    version = get_version(db, case, review_round.version) if shows_text else None
    view = ReviewerView(assignment, case_title(case, version), version)
    earlier = db.scalar(select(ReviewRound.version).join(
        ReviewAssignment, ReviewAssignment.round_id == ReviewRound.id).where(
        ReviewAssignment.reviewer_id == assignment.reviewer_id,
        ReviewAssignment.case_id == case.id, ReviewAssignment.status == "submitted",
        ReviewRound.number < review_round.number).order_by(ReviewRound.number.desc()).limit(1))
    if earlier is not None and version is not None:
        old = get_version(db, case, earlier)
        view.previous_version = earlier
        view.diff = section_diffs(old, version)
    if review_round.closed_at is not None:
        view.others = [a for a in review_round.assignments
                       if a.id != assignment.id and a.review is not None]
        view.decision = db.scalar(select(CaseDecision).where(
            CaseDecision.round_id == review_round.id).order_by(CaseDecision.id.desc()).limit(1))
    return view


def section_diffs(old: CaseVersion, new: CaseVersion) -> list[dict[str, Any]]:
    """The sections that changed, each as a line diff (community.boards.diffing)."""
    rows = []
    for key in SECTION_KEYS:
        before, after = old.sections.get(key, ""), new.sections.get(key, "")
        if before != after:
            rows.append({"key": key, "title": str(SECTIONS[key][0]),
                         "lines": line_diff(before, after)})
    old_events = "\n".join(_("Day %(day)s: %(event)s", day=e["day"], event=e["event"])
                           for e in old.timeline)
    new_events = "\n".join(_("Day %(day)s: %(event)s", day=e["day"], event=e["event"])
                           for e in new.timeline)
    if old_events != new_events:
        rows.append({"key": "timeline_events", "title": _("Timeline events"),
                     "lines": line_diff(old_events, new_events)})
    return rows


# ---------------------------------------------------------------- editor's dashboard


def dashboard(db: Session, actor: User | None,
              state: str | None = None) -> dict[str, list[CaseReport]]:
    """Submissions by state (or in one state: the contract's EditorDashboardQuery names
    them), for the boards the editor covers (never their own)."""
    actor = require_signed_in(actor)
    if not policy.is_any_editor(actor):
        raise Forbidden(_("The editor's dashboard is for editors."))
    states = [s for s in STATES if s != DRAFT]
    if state is not None:
        states = [state]
    query = select(CaseReport).where(CaseReport.status.in_(states)).options(
        selectinload(CaseReport.authors).joinedload(CaseAuthor.user),
        selectinload(CaseReport.board)).order_by(CaseReport.updated_at.desc())
    if not policy.is_site_editor(actor):
        query = query.where(CaseReport.board_id.in_(policy.edited_board_ids(actor)))
    grouped: dict[str, list[CaseReport]] = {s: [] for s in states}
    for case in db.scalars(query):
        if policy.is_editor_of(actor, case):
            grouped[case.status].append(case)
    return grouped


def editor_case(db: Session, actor: User | None, case_id: int) -> CaseReport:
    actor = require_signed_in(actor)
    case = find_case(db, case_id)
    if not policy.can_view_editor_page(actor, case):
        raise NotFound(_("No such submission, or you are not its editor."))
    return case


# ---------------------------------------------------------------- authors' view


def authors_case(db: Session, actor: User | None, case_id: int) -> CaseReport:
    actor = require_signed_in(actor)
    case = find_case(db, case_id)
    if not policy.can_see_decisions(actor, case):
        raise NotFound(_("No such case write-up, or it is not shared with you."))
    return case


def decided_reviews(review_round: ReviewRound) -> list[ReviewAssignment]:
    """The reviews authors see: once their round is decided, labelled, never named."""
    if review_round.closed_at is None:
        return []
    return [a for a in review_round.assignments if a.review is not None]


# ---------------------------------------------------------------- board editors


def board_editors(db: Session, board: Board) -> list[BoardEditor]:
    return list(db.scalars(select(BoardEditor).where(BoardEditor.board_id == board.id)
                           .order_by(BoardEditor.created_at, BoardEditor.user_id)))


def set_board_editor(db: Session, actor: User | None, board: Board, member: User,
                     appointed: bool) -> bool:
    """Appoint (or remove) a board editor; False when nothing changed. Audited."""
    actor = require_signed_in(actor)
    if not policy.can_manage_board_editors(actor):
        raise Forbidden(_("Only administrators appoint or remove board editors."))
    link = db.get(BoardEditor, (board.id, member.id))
    if appointed == (link is not None):
        return False
    if appointed:
        if not member.is_active:
            raise ValidationError({"username": [_("@%(username)s's account is not active.",
                                                  username=member.username)]})
        db.add(BoardEditor(board_id=board.id, user_id=member.id, appointed_by_id=actor.id))
    else:
        db.delete(link)
    audit.record(db, actor, "board.editor." + ("appoint" if appointed else "remove"),
                 subject_type="user", subject_id=member.id, board_id=board.id,
                 before={"board": board.slug, "editor": not appointed},
                 after={"board": board.slug, "editor": appointed})
    db.flush()
    db.expire(member, ["board_editorships"])
    return True

"""Peer review by mail (community.mail): the reviewer's invitation with accept and decline
links, reminders 3 days before and on the due date, and the editor's decisions to the authors.

Double-anonymous review holds in mail as on the pages (community.cases.review.anonymity): a
reviewer's mail is built from the write-up's title, dates and the editor only — never its
authors; an author's mail names the editor and the decision — never a reviewer. Every person a
mail names passes `anonymity.may_know(recipient, person, case)` first.

The accept/decline links are signed (itsdangerous) for one assignment, its reviewer and the
answer. Following one changes nothing: it shows a confirmation form (accepting asks for the
competing-interests declaration), and the POST from the reviewer's own session answers. Once
answered, the link answers nothing more (the assignment is no longer "invited")."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from community.cases.models import CaseReport
from community.cases.review import anonymity
from community.cases.review.models import (
    DUE_MAX_DAYS,
    CaseDecision,
    ReviewAssignment,
    ReviewRound,
)
from community.cases.service import case_title
from community.cases.states import IN_REVIEW
from community.mail.service import queue_mail, site_url
from community.platform.accounts.models import User
from community.platform.db import task_session, utcnow
from community.platform.i18n import _, force_locale, format_date, member_locale

REMINDER_TASK = "rounds.review_reminders"
ANSWERS = ("accept", "decline")
REMIND_DAYS_BEFORE = 3
_SALT = "rounds.review-answer"
# A link is good for as long as any review can be due (the state makes it single-use).
_MAX_AGE = int(timedelta(days=DUE_MAX_DAYS + 1).total_seconds())



def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt=_SALT)


def answer_token(assignment: ReviewAssignment, answer: str) -> str:
    return _serializer().dumps({"a": assignment.id, "r": assignment.reviewer_id, "x": answer})


def token_matches(token: str, assignment: ReviewAssignment, answer: str) -> bool:
    """The link was signed by Rounds for this assignment, its reviewer and this answer."""
    try:
        data = _serializer().loads(token, max_age=_MAX_AGE)
    except (BadSignature, SignatureExpired):
        return False
    return isinstance(data, dict) and data.get("a") == assignment.id and \
        data.get("r") == assignment.reviewer_id and data.get("x") == answer


def answer_link(assignment: ReviewAssignment, answer: str) -> str:
    return site_url(f"/reviews/{assignment.id}/answer/{answer}/{answer_token(assignment, answer)}")


def _named(recipient: User, person: User | None, case: CaseReport, instead: str) -> str:
    """The person's display name when the recipient may learn it, else `instead`."""
    if person is None or not anonymity.may_know(recipient, person, case):
        return instead
    return person.display_name


def _long(day: date) -> str:
    """A due date as the recipient's language writes it (called in their locale)."""
    return format_date(day)


def _reviewer_context(assignment: ReviewAssignment, *, name_editor: bool = True) -> dict:
    """What a reviewer's mail may say: title, dates, links and the editor (no author).
    (anonymity reads through the request's session: the beat task names nobody.)"""
    case, reviewer = assignment.case, assignment.reviewer
    editor = _named(reviewer, assignment.invited_by, case, _("The editor")) if name_editor \
        else _("The editor")
    return {"title": case_title(case), "due_on": _long(assignment.due_on), "editor": editor,
            "page": site_url(f"/reviews/{assignment.id}"),
            "status": assignment.status, "label": assignment.label}


def invited(db: Session, assignment: ReviewAssignment) -> None:
    """The reviewer's invitation, with accept and decline links; once. In the reviewer's
    language (the subject, the dates and the mail's own words)."""
    with force_locale(member_locale(assignment.reviewer.language)):
        context = {**_reviewer_context(assignment),
                   "accept": answer_link(assignment, "accept"),
                   "decline": answer_link(assignment, "decline")}
        queue_mail(db, kind="review_invitation", to=assignment.reviewer,
                   subject=_("Invitation to review “%(title)s”", title=context["title"][:120]),
                   template="review_invitation", context=context,
                   dedupe_key=f"review_invitation:{assignment.id}")


def send_due_reminders(db: Session, now: datetime | None = None) -> int:
    """Remind reviewers of open reviews 3 days before their due date and on it: each once
    per assignment, due date and reminder (a changed due date reminds again). The task runs
    hourly; a reminder it missed (a stopped beat) goes out on the next run before the day."""
    today = (now or utcnow()).date()
    due = db.scalars(
        select(ReviewAssignment)
        .join(ReviewRound, ReviewRound.id == ReviewAssignment.round_id)
        .join(CaseReport, CaseReport.id == ReviewAssignment.case_id)
        .where(ReviewAssignment.status.in_(("invited", "accepted")),
               ReviewRound.closed_at.is_(None), CaseReport.status == IN_REVIEW,
               ReviewAssignment.due_on >= today,
               ReviewAssignment.due_on <= today + timedelta(days=REMIND_DAYS_BEFORE))
        .options(joinedload(ReviewAssignment.reviewer), joinedload(ReviewAssignment.case),
                 joinedload(ReviewAssignment.invited_by))
        .order_by(ReviewAssignment.id)).all()
    sent = 0
    for assignment in due:
        days = (assignment.due_on - today).days
        which = "due" if days == 0 else "soon"
        with force_locale(member_locale(assignment.reviewer.language)):
            context = {**_reviewer_context(assignment, name_editor=False), "days": days,
                       "which": which}
            title = context["title"][:100]
            subject = (_("Your review of “%(title)s” is due today", title=title) if days == 0
                       else _("Your review of “%(title)s” is due on %(due)s", title=title,
                              due=context["due_on"]))
            queued = queue_mail(db, kind="review_reminder", to=assignment.reviewer,
                                subject=subject, template="review_reminder", context=context,
                                dedupe_key=f"review_reminder:{assignment.id}:"
                                           f"{assignment.due_on.isoformat()}:{which}")
        if queued is not None:
            sent += 1
    return sent


def remind_reviewers() -> int:
    """The beat task (hourly, cases' wiring): idempotent, each reminder is deduplicated."""
    with task_session() as session:
        return send_due_reminders(session)


def decided(db: Session, decision: CaseDecision, case: CaseReport) -> None:
    """The editor's decision and letter to every author; the reviewers stay unnamed."""
    title = case_title(case)
    for author in case.authors:
        member = author.user
        with force_locale(member_locale(member.language)):  # in each author's language
            queue_mail(
                db, kind="case_decision", to=member,
                subject=_("Editor's decision on “%(title)s”: %(decision)s", title=title[:120],
                          decision=decision.label),
                template="case_decision",
                context={"title": title, "decision": decision.label,
                         "editor": _named(member, decision.editor, case, _("The editor")),
                         "letter": decision.letter or "",
                         "letter_html": decision.letter_cooked or "",
                         "page": site_url(f"/cases/{case.id}/review#decision-{decision.id}")},
                dedupe_key=f"case_decision:{decision.id}:{member.id}")

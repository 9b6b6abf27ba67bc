"""Credit's use cases: the office's configuration, designation, what a member has earned and
may still claim, evaluations and commitments, assessments, claims, and the ledger's awards
and corrections. Services check policy and validate; the caller commits.

Rules: docs/domain.md §2 (AMA PRA Category 1 Credit™ as the model), §3 (Moore's levels), §1
(learners see the disclosure statement before the content: ACCME Standard 3)."""
from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from babel.lists import format_list
from flask_babel import get_locale
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from community.cases import policy as case_policy
from community.cases.models import CaseReport
from community.cases.publication import service as publication
from community.credit import defaults, policy, rules
from community.credit.models import (
    LEARNER_FIELDS,
    AssessmentAttempt,
    AssessmentQuestion,
    Commitment,
    CreditActivity,
    CreditAdministrator,
    CreditClaim,
    CreditProvider,
    CreditType,
    Evaluation,
    EvaluationReceipt,
    LearnerProfile,
    LedgerEntry,
    WindowReopening,
)
from community.credit.schemas import (
    Appointment,
    AttemptRequest,
    Correction,
    CreditClaimRequest,
    CreditTypeSettings,
    Designation,
    EvaluationForm,
    FollowUpAnswer,
    JournalDesignation,
    LearnerIdentifiers,
    ProviderSettings,
    Reopening,
    Revocation,
    SessionDesignation,
)
from community.platform import events
from community.platform.accounts.models import User
from community.platform.accounts.policy import require_signed_in
from community.platform.contract import coerce
from community.platform.db import utcnow
from community.platform.errors import Conflict, Forbidden, NotFound, ValidationError
from community.platform.i18n import _, _n, force_locale, format_date, format_number, member_locale
from community.platform.parsing import zone
from moderation.disclosures import service as disclosures
from realtime.room import reports
from realtime.room.models import AttendanceInterval
from realtime.sessions import policy as session_policy
from realtime.sessions import service as sessions
from realtime.sessions.models import LiveSession

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud, typed from paper
# A learner who joins the room is shown the statement on joining: allow the clock's few
# seconds between that record and the attendance interval it opens.
STATEMENT_SLACK = timedelta(minutes=1)


# ---------------------------------------------------------------- the credit office


def provider(db: Session) -> CreditProvider:
    """The provider's settings (the defaults, unsaved, until the office saves or designates)."""
    return db.scalar(select(CreditProvider)) or CreditProvider(**defaults.PROVIDER)


def credit_types(db: Session, *, active_only: bool = True) -> list[CreditType]:
    rows = list(db.scalars(select(CreditType).order_by(CreditType.position, CreditType.id)))
    if not rows:
        rows = [CreditType(active=True, **row) for row in defaults.CREDIT_TYPES]
    return [t for t in rows if t.active or not active_only]


def credit_type(db: Session, key: str) -> CreditType | None:
    return next((t for t in credit_types(db, active_only=False) if t.key == key), None)


def _configure(db: Session) -> None:
    """Write the default configuration the first time it is needed (then it is the
    office's to edit)."""
    if db.scalar(select(CreditProvider.id)) is None:
        db.add(CreditProvider(**defaults.PROVIDER))
    if db.scalar(select(CreditType.id).limit(1)) is None:
        db.add_all(CreditType(active=True, **row) for row in defaults.CREDIT_TYPES)
    db.flush()


def _require_office(db: Session, actor: User | None) -> User:
    actor = require_signed_in(actor)
    if not policy.is_credit_admin(db, actor):
        raise Forbidden(_("Only the credit office may do this."))
    return actor


def save_provider(db: Session, actor: User | None,
                  data: ProviderSettings | Mapping[str, Any]) -> CreditProvider:
    _require_office(db, actor)
    data = coerce(ProviderSettings, data)
    _configure(db)
    row = db.scalar(select(CreditProvider))
    for name, value in data.model_dump().items():
        setattr(row, name, value)
    row.updated_at = utcnow()
    return row


def save_credit_type(db: Session, actor: User | None,
                     data: CreditTypeSettings | Mapping[str, Any]) -> CreditType:
    _require_office(db, actor)
    data = coerce(CreditTypeSettings, data)
    _configure(db)
    row = db.scalar(select(CreditType).where(CreditType.key == data.key))
    if row is None:
        row = CreditType(key=data.key)
        db.add(row)
    for name, value in data.model_dump(exclude={"key"}).items():
        setattr(row, name, value)
    db.flush()
    return row


def administrators(db: Session, actor: User | None) -> list[CreditAdministrator]:
    _require_office(db, actor)
    return list(db.scalars(select(CreditAdministrator).order_by(CreditAdministrator.granted_at)))


def _member(db: Session, username: str, field_name: str = "username") -> User:
    member = db.scalar(select(User).where(func.lower(User.username) == username.lower()))
    if member is None:
        raise ValidationError({field_name: [_("There is no member with that username.")]})
    return member


def appoint(db: Session, actor: User | None,
            data: Appointment | Mapping[str, Any]) -> CreditAdministrator:
    actor = require_signed_in(actor)
    if not policy.can_appoint_credit_admins(actor):
        raise Forbidden(_("Only site administrators appoint the credit office."))
    data = coerce(Appointment, data)
    member = _member(db, data.username)
    if db.get(CreditAdministrator, member.id) is not None:
        raise Conflict(_("%(name)s is already in the credit office.", name=member.display_name))
    row = CreditAdministrator(user_id=member.id, granted_by_id=actor.id)
    db.add(row)
    db.flush()
    return row


def dismiss(db: Session, actor: User | None, user_id: int) -> None:
    actor = require_signed_in(actor)
    if not policy.can_appoint_credit_admins(actor):
        raise Forbidden(_("Only site administrators appoint the credit office."))
    row = db.get(CreditAdministrator, user_id)
    if row is None:
        raise NotFound(_("That member is not in the credit office."))
    db.delete(row)


# ---------------------------------------------------------------- activities


def activity_for_session(db: Session, session_id: int) -> CreditActivity | None:
    return db.scalar(select(CreditActivity).where(CreditActivity.key == f"session:{session_id}"))


def activity_for_case(db: Session, case_id: int) -> CreditActivity | None:
    return db.scalar(select(CreditActivity).where(
        CreditActivity.key == f"journal:case:{case_id}"))


def session_of(db: Session, activity: CreditActivity) -> LiveSession | None:
    return db.get(LiveSession, activity.session_id) if activity.session_id else None


def _visible(db: Session, actor: User | None, activity: CreditActivity) -> bool:
    if policy.is_credit_admin(db, actor):
        return True
    if activity.session_id:
        return session_policy.can_view(actor, session_of(db, activity))
    if activity.kind == "journal":
        case = db.get(CaseReport, activity.case_id)
        return case is not None and case_policy.can_read_published(actor, case)
    # A manuscript review's activity: only its reviewers (through their claims) see it.
    return actor is not None and db.scalar(select(CreditClaim.id).where(
        CreditClaim.activity_id == activity.id, CreditClaim.user_id == actor.id)) is not None


def get_activity(db: Session, actor: User | None, activity_id: int) -> CreditActivity:
    activity = db.get(CreditActivity, activity_id)
    if activity is None or not _visible(db, actor, activity):
        raise NotFound(_("There is no such credit activity."))
    return activity


def _check_designation(db: Session, data: Designation, most: int, errors: dict) -> int:
    quarters = rules.as_quarters(data.max_credits)
    if quarters > most:
        errors.setdefault("max_credits", []).append(
            _n("At most %(credits)s credit: no more than the time it takes.",
               "At most %(credits)s credits: no more than the time it takes.",
               1 if most == 4 else 2, credits=format_number(rules.credits(most))))
    known = {t.key for t in credit_types(db)}
    unknown = [key for key in data.credit_types if key not in known]
    if unknown:
        errors.setdefault("credit_types", []).append(
            _("Not credit types of this provider: %(keys)s.", keys=", ".join(unknown)))
    return quarters


def _new_activity(db: Session, actor: User, data: Designation, **values: Any) -> CreditActivity:
    _configure(db)
    activity = CreditActivity(
        objectives=data.objectives, moore_levels=data.moore_levels,
        credit_types=list(dict.fromkeys(data.credit_types)),
        commercial_support=data.commercial_support,
        support_amount=data.support_amount or "" if data.commercial_support else "",
        support_source=data.support_source or "" if data.commercial_support else "",
        designated_by_id=actor.id, **values)
    db.add(activity)
    try:
        with db.begin_nested():
            db.flush()
    except IntegrityError:
        raise Conflict(_("This is already designated for credit.")) from None
    events.record_event(db, "credit_designated", activity_id=activity.id)
    return activity


def designate_session(db: Session, actor: User | None, live: LiveSession,
                      data: SessionDesignation | Mapping[str, Any]) -> CreditActivity:
    """Designate a session (one-off, or one meeting of a series) before it starts. Refused
    while a host or presenter is not cleared by the disclosure gate (ACCME Standard 3)."""
    actor = require_signed_in(actor)
    if not policy.can_designate_session(db, actor):
        raise Forbidden(_("Only the credit office designates sessions for credit."))
    data = coerce(SessionDesignation, data)
    if live.started_at is not None or live.state not in ("scheduled", "lobby"):
        raise Conflict(_("A session is designated for credit before it starts."))
    if activity_for_session(db, live.id) is not None:
        raise Conflict(_("This session is already designated for credit."))
    waiting = sessions.not_cleared(db, live)
    if waiting:
        names = ", ".join(f"{user.display_name} ({role})" for user, role in waiting)
        raise Conflict(_("Not until everyone in control of the content is cleared by the "
                         "disclosure review: %(names)s.", names=names))
    errors: dict[str, list[str]] = {}
    quarters = _check_designation(db, data, rules.max_quarters_for(live.starts_at, live.ends_at),
                                  errors)
    if errors:
        raise ValidationError(errors)
    return _new_activity(
        db, actor, data, key=f"session:{live.id}",
        kind="series" if live.series_id else "live", session_id=live.id,
        series_id=live.series_id, title=live.title, max_quarters=quarters,
        starts_at=live.starts_at, ends_at=live.ends_at,
        claim_window_days=data.claim_window_days or provider(db).claim_window_days)


def designate_case(db: Session, actor: User | None, case_id: int,
                   data: JournalDesignation | Mapping[str, Any]) -> CreditActivity:
    """Designate a published write-up as a journal-based activity, with its assessment and
    the pass mark announced before any attempt."""
    actor = require_signed_in(actor)
    pub = publication.published(db, actor, case_id)  # an unknown write-up is a 404 first
    if not policy.can_designate_case(db, actor):
        raise Forbidden(_("Only editors and the credit office designate write-ups for credit."))
    data = coerce(JournalDesignation, data)
    if activity_for_case(db, pub.case.id) is not None:
        raise Conflict(_("This write-up is already designated for credit."))
    errors: dict[str, list[str]] = {}
    quarters = _check_designation(db, data, rules.MAX_JOURNAL_QUARTERS, errors)
    if errors:
        raise ValidationError(errors)
    activity = _new_activity(
        db, actor, data, key=f"journal:case:{pub.case.id}", kind="journal",
        case_id=pub.case.id, title=pub.title[:300],
        max_quarters=quarters, pass_mark=data.pass_mark,
        starts_at=utcnow(), claim_window_days=data.claim_window_days or 3 * 365)
    activity.questions = [
        AssessmentQuestion(position=n, stem=q.stem, options=q.options, correct=q.correct,
                           explanation=q.explanation) for n, q in enumerate(data.questions, 1)]
    return activity


# ---------------------------------------------------------------- what a member earned


@dataclass
class Earned:
    """What a member may claim for an activity, and what still stands in the way."""

    activity: CreditActivity
    source: str  # attendance | teaching | assessment
    quarters: int = 0
    minutes: int | None = None
    evidence: dict[str, Any] = field(default_factory=dict)
    needs: list[str] = field(default_factory=list)
    deadline: datetime | None = None

    @property
    def credits(self) -> float:
        return rules.credits(self.quarters)


def deadline(db: Session, activity: CreditActivity, user_id: int) -> datetime | None:
    """The end of the member's claim window: the activity's end plus its window, or later
    where the host or the office reopened it for them."""
    ended = _ended_at(db, activity)
    if ended is None:
        return None
    closes = ended + timedelta(days=activity.claim_window_days)
    reopened = db.scalar(select(func.max(WindowReopening.until)).where(
        WindowReopening.activity_id == activity.id, WindowReopening.user_id == user_id))
    return max(closes, reopened) if reopened else closes


def _ended_at(db: Session, activity: CreditActivity) -> datetime | None:
    if activity.session_id:
        return session_of(db, activity).ended_at
    return activity.starts_at  # journal: claimable from designation, for its window


def earned(db: Session, user: User, activity: CreditActivity,
           now: datetime | None = None) -> Earned:
    now = now or utcnow()
    if activity.kind == "journal":
        found = _earned_by_assessment(db, user, activity)
    elif activity.session_id:
        live = session_of(db, activity)
        found = (_earned_by_teaching(db, user, activity, live) if policy.runs(user, live)
                 else _earned_by_attendance(db, user, activity, live))
    else:
        return Earned(activity, "review", needs=[_("Manuscript review credit is awarded when "
                                                   "the editor rates the review.")])
    found.deadline = deadline(db, activity, user.id)
    if found.deadline is not None and now > found.deadline:
        found.needs.append(_("The claim window closed on %(day)s.",
                             day=format_date(found.deadline)))
    if found.source != "teaching" and not has_evaluated(db, user, activity):
        found.needs.append(_("Evaluate the activity first."))
    return found


def _statement_before(db: Session, user: User, kind: str, content_id: int,
                      engaged_at: datetime | None) -> bool:
    seen = disclosures.statement_seen_at(db, user.id, kind, content_id)
    return seen is not None and (engaged_at is None or seen <= engaged_at + STATEMENT_SLACK)


def _earned_by_attendance(db: Session, user: User, activity: CreditActivity,
                          live: LiveSession) -> Earned:
    found = Earned(activity, "attendance")
    if live.ended_at is None:
        found.needs.append(_("Credit is claimed once the session has ended."))
        return found
    report = reports.attendance(db, live)
    row = report.row_for(user.id) if report else None
    if row is None or (not row.spans and row.correction is None):
        found.needs.append(_("You did not attend this session."))
        return found
    outside = reports.minutes_outside_breaks(row.spans, reports.breaks(db, live))
    minutes = row.correction.minutes if row.correction else outside
    found.minutes = minutes
    found.quarters = rules.live_quarters(minutes, activity.max_quarters)
    found.evidence = {"minutes": minutes, "measured_minutes": row.measured_minutes,
                      "minutes_outside_breaks": outside,
                      "corrected_by_host": row.correction is not None}
    if found.quarters == 0:
        found.needs.append(_("Credit starts at %(least)s minutes of attendance outside "
                             "breaks; you attended %(minutes)s.", least=rules.MINIMUM_MINUTES,
                             minutes=minutes))
    if not _statement_before(db, user, "session", live.id, row.first_join):
        found.needs.append(_("You were not shown the disclosure statement before the session "
                             "(the session page or the room shows it)."))
    return found


def _earned_by_teaching(db: Session, user: User, activity: CreditActivity,
                        live: LiveSession) -> Earned:
    found = Earned(activity, "teaching")
    if live.ended_at is None:
        found.needs.append(_("Teaching credit is claimed once the session has ended."))
        return found
    period = reports.live_period(live, utcnow())
    minutes = reports.minutes_outside_breaks([period], reports.breaks(db, live))
    found.minutes = minutes
    found.quarters = rules.teaching_quarters(minutes)
    found.evidence = {"minutes_presented": minutes,
                      "role": "host" if user.id == live.host_id else "presenter"}
    if found.quarters == 0:
        found.needs.append(_("The session was too short to earn teaching credit."))
    return found


def _earned_by_assessment(db: Session, user: User, activity: CreditActivity) -> Earned:
    found = Earned(activity, "assessment")
    case = db.get(CaseReport, activity.case_id)
    if case_policy.is_author(user, case):
        found.needs.append(_("Authors cannot claim credit for their own write-up."))
        return found
    attempts = list(db.scalars(select(AssessmentAttempt).where(
        AssessmentAttempt.activity_id == activity.id, AssessmentAttempt.user_id == user.id)
        .order_by(AssessmentAttempt.id)))
    passed = next((a for a in attempts if a.passed), None)
    if passed is None:
        found.needs.append(_("Pass the assessment (%(mark)s %% or more).",
                             mark=activity.pass_mark))
        return found
    found.quarters = activity.max_quarters
    found.evidence = {"attempt_id": passed.id, "score": passed.score,
                      "pass_mark": activity.pass_mark, "attempts": len(attempts)}
    if not _statement_before(db, user, "case", case.id, attempts[0].created_at):
        found.needs.append(_("Read the write-up (its page shows the disclosure statement) "
                             "before the assessment."))
    return found


def claimable(db: Session, user: User | None) -> list[Earned]:
    """Designated activities the member took part in and has not claimed yet, soonest
    deadline first."""
    user = require_signed_in(user)
    claimed = set(db.scalars(select(CreditClaim.activity_id).where(
        CreditClaim.user_id == user.id)))
    found = []
    for activity in _activities_of(db, user):
        if activity.id in claimed:
            continue
        item = earned(db, user, activity)
        if item.quarters > 0 or item.source == "assessment":
            found.append(item)
    far = datetime.max.replace(tzinfo=UTC)
    return sorted(found, key=lambda e: (e.deadline or far, e.activity.id))


def _activities_of(db: Session, user: User) -> list[CreditActivity]:
    attended = select(AttendanceInterval.session_id).where(AttendanceInterval.user_id == user.id)
    hosted = select(LiveSession.id).where(LiveSession.host_id == user.id)
    sessions_q = select(CreditActivity).where(
        CreditActivity.session_id.in_(attended) | CreditActivity.session_id.in_(hosted))
    attempted = select(AssessmentAttempt.activity_id).where(AssessmentAttempt.user_id == user.id)
    journal_q = select(CreditActivity).where(CreditActivity.id.in_(attempted))
    rows = {a.id: a for a in db.scalars(sessions_q)} | {a.id: a for a in db.scalars(journal_q)}
    presented = db.scalars(select(CreditActivity).join(
        LiveSession, LiveSession.id == CreditActivity.session_id).where(
        LiveSession.presenters.any(user_id=user.id)))
    rows |= {a.id: a for a in presented}
    return list(rows.values())


def has_evaluated(db: Session, user: User, activity: CreditActivity) -> bool:
    return db.get(EvaluationReceipt, (activity.id, user.id)) is not None


def claim_of(db: Session, user: User, activity: CreditActivity) -> CreditClaim | None:
    return db.scalar(select(CreditClaim).where(CreditClaim.user_id == user.id,
                                               CreditClaim.activity_id == activity.id))


def last_attempt(db: Session, user: User, activity: CreditActivity) -> AssessmentAttempt | None:
    return db.scalar(select(AssessmentAttempt).where(
        AssessmentAttempt.activity_id == activity.id, AssessmentAttempt.user_id == user.id)
        .order_by(AssessmentAttempt.id.desc()).limit(1))


# ---------------------------------------------------------------- before credit


def evaluate(db: Session, actor: User | None, activity: CreditActivity,
             data: EvaluationForm | Mapping[str, Any]) -> Commitment | None:
    """Store an evaluation apart from its author (a receipt says only that they evaluated),
    and the optional commitment to change, followed up after the provider's delay."""
    actor = require_signed_in(actor)
    data = coerce(EvaluationForm, data)
    found = earned(db, actor, activity)
    if found.source == "teaching":
        raise Forbidden(_("Hosts and presenters do not evaluate their own session."))
    if not _took_part(db, actor, activity, found):
        raise Forbidden(_("Evaluate an activity you took part in."))
    try:
        with db.begin_nested():
            db.add(EvaluationReceipt(activity_id=activity.id, user_id=actor.id))
            db.flush()
    except IntegrityError:
        raise Conflict(_("You already evaluated this activity.")) from None
    db.add(Evaluation(activity_id=activity.id, objectives_met=data.objectives_met,
                      relevance=data.relevance, free_of_bias=data.free_of_bias,
                      bias_comment=data.bias_comment or "", overall=data.overall,
                      comment=data.comment or "", submitted_on=utcnow().date()))
    if not data.commitments:
        return None
    now = utcnow()
    commitment = Commitment(
        activity_id=activity.id, user_id=actor.id, statements=data.commitments, created_at=now,
        follow_up_due=now + timedelta(days=provider(db).follow_up_days))
    db.add(commitment)
    return commitment


def _took_part(db: Session, user: User, activity: CreditActivity, found: Earned) -> bool:
    if found.source == "assessment":
        return db.scalar(select(AssessmentAttempt.id).where(
            AssessmentAttempt.activity_id == activity.id,
            AssessmentAttempt.user_id == user.id).limit(1)) is not None
    return (found.minutes or 0) > 0


def questions(db: Session, actor: User | None, activity: CreditActivity
              ) -> list[AssessmentQuestion]:
    if activity.kind != "journal":
        raise NotFound(_("This activity has no assessment."))
    return list(activity.questions)


def attempt(db: Session, actor: User | None, activity: CreditActivity,
            data: AttemptRequest | Mapping[str, Any]) -> AssessmentAttempt:
    """Score an attempt against the pass mark announced at designation; every attempt is
    recorded. Authors of the write-up cannot take it for credit."""
    actor = require_signed_in(actor)
    data = coerce(AttemptRequest, data)
    asked = questions(db, actor, activity)
    case = db.get(CaseReport, activity.case_id)
    if case_policy.is_author(actor, case):
        raise Forbidden(_("Authors cannot claim credit for their own write-up."))
    if len(data.answers) != len(asked) or any(
            not 0 <= given < len(q.options) for given, q in zip(data.answers, asked)):
        raise ValidationError({"answers": [_n(
            "Answer the question with one of its options.",
            "Answer each of the %(num)d questions with one of its options.", len(asked))]})
    percent = rules.score(data.answers, [q.correct for q in asked])
    row = AssessmentAttempt(activity_id=activity.id, user_id=actor.id, answers=data.answers,
                            score=percent, passed=percent >= activity.pass_mark)
    db.add(row)
    db.flush()
    return row


# ---------------------------------------------------------------- claims and the ledger


def _code(db: Session) -> str:
    while True:
        raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
        code = f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
        if db.scalar(select(CreditClaim.id).where(CreditClaim.code == code)) is None:
            return code


def claim(db: Session, actor: User | None, activity: CreditActivity,
          data: CreditClaimRequest | Mapping[str, Any]) -> CreditClaim:
    """The member claims up to what they earned (never more), in a credit type they may
    claim, within the window, after the evaluation; once."""
    actor = require_signed_in(actor)
    data = coerce(CreditClaimRequest, data)
    found = earned(db, actor, activity)
    if db.scalar(select(CreditClaim.id).where(
            CreditClaim.user_id == actor.id, CreditClaim.activity_id == activity.id)):
        raise Conflict(_("You already claimed credit for this activity."))
    if found.needs:
        raise Conflict(" ".join(found.needs))
    _check_type(db, actor, activity, data.credit_type)
    quarters = rules.as_quarters(data.credits)
    if quarters > found.quarters:
        most = format_number(found.credits)
        raise ValidationError({"credits": [
            _("You may claim at most %(credits)s credits (%(minutes)s minutes outside breaks).",
              credits=most, minutes=found.minutes) if found.minutes else
            _("You may claim at most %(credits)s credits.", credits=most)]})
    return _award(db, actor, activity, found.source, data.credit_type, quarters,
                  found.evidence, key=f"claim:{activity.id}:{actor.id}",
                  completed_on=_completed_on(db, activity, found))


def _completed_on(db: Session, activity: CreditActivity, found: Earned) -> date:
    if found.source == "assessment":
        return db.get(AssessmentAttempt, found.evidence["attempt_id"]).created_at.date()
    return session_of(db, activity).ended_at.date()


def _check_type(db: Session, member: User, activity: CreditActivity, key: str) -> CreditType:
    kind = credit_type(db, key)
    if kind is None or not kind.active or key not in activity.credit_types:
        raise ValidationError({"credit_type": [_("This activity does not offer that credit.")]})
    if kind.credentials and member.credentials not in kind.credentials:
        raise ValidationError({"credit_type": [
            _("%(credit)s is for %(credentials)s; your profile says %(yours)s.",
              credit=kind.name, credentials=", ".join(kind.credentials),
              yours=member.credentials)]})
    profile = db.get(LearnerProfile, member.id)
    missing = [f for f in kind.required_fields if profile is None or not profile.has(f)]
    if missing:
        raise ValidationError({"credit_type": [
            _("Add your %(fields)s to your credit profile first.",
              fields=format_list([str(LEARNER_FIELDS[f]) for f in missing],
                                 locale=str(get_locale() or "en")))]})
    return kind


def _award(db: Session, member: User, activity: CreditActivity, source: str, type_key: str,
           quarters: int, evidence: dict[str, Any], *, key: str,
           completed_on: date) -> CreditClaim:
    """The claim and its first ledger entry, once: the unique claim (member, activity,
    source) and the unique ledger key turn a retry or a double click into a Conflict, never a
    second award — on PostgreSQL under concurrency too."""
    try:
        with db.begin_nested():
            row = CreditClaim(user_id=member.id, activity_id=activity.id, credit_type=type_key,
                              source=source, code=_code(db), completed_on=completed_on)
            db.add(row)
            db.flush()
            db.add(LedgerEntry(key=key, user_id=member.id, activity_id=activity.id,
                               claim_id=row.id, credit_type=type_key, quarters=quarters,
                               source=source, evidence=evidence))
            db.flush()
    except IntegrityError:
        raise Conflict(_("This credit was already awarded.")) from None
    db.expire(row, ["entries"])
    events.record_event(db, "credit_awarded", claim_id=row.id, user_id=member.id)
    return row


def award_review(db: Session, assignment_id: int, reviewer_id: int, case_id: int,
                 round_number: int) -> CreditClaim | None:
    """3 credits for a review the editor rated acceptable, once per review round. Run by the
    subscriber of `review_rated`: idempotent (a second delivery finds the ledger key)."""
    key = f"review:{assignment_id}"
    if db.scalar(select(LedgerEntry.id).where(LedgerEntry.key == key)) is not None:
        return None
    reviewer = db.get(User, reviewer_id)
    kinds = [t for t in credit_types(db) if not t.credentials
             or reviewer.credentials in t.credentials]
    if not kinds:
        return None
    _configure(db)
    activity = db.scalar(select(CreditActivity).where(
        CreditActivity.key == f"review:case:{case_id}:round:{round_number}"))
    if activity is None:
        # Named without the write-up's title: a reviewer's certificate must not tell anyone
        # else what they reviewed (double-anonymous review).
        activity = CreditActivity(
            key=f"review:case:{case_id}:round:{round_number}", kind="review", case_id=case_id,
            title="Manuscript review of a case write-up", objectives=[
                "Appraise a case write-up against the CARE guidelines"],
            moore_levels=["3A"], max_quarters=rules.REVIEW_QUARTERS,
            credit_types=[t.key for t in credit_types(db)], starts_at=utcnow())
        db.add(activity)
        db.flush()
    try:
        return _award(db, reviewer, activity, "review", kinds[0].key, rules.REVIEW_QUARTERS,
                      {"review_round": round_number}, key=key, completed_on=utcnow().date())
    except Conflict:
        return None


def correct(db: Session, actor: User | None, claim_row: CreditClaim,
            data: Correction | Mapping[str, Any]) -> LedgerEntry:
    """A correction is a new entry naming the latest one, with the reason and who; the
    ledger itself never changes."""
    actor = _require_office(db, actor)
    data = coerce(Correction, data)
    delta = rules.as_quarters(data.credits)
    if delta == 0:
        raise ValidationError({"credits": [_("A correction changes the amount.")]})
    if claim_row.quarters + delta < 0:
        raise ValidationError({"credits": [
            _("The claim holds %(credits)s credits; it cannot go below zero.",
              credits=format_number(claim_row.credits))]})
    entry = LedgerEntry(key=f"correction:{secrets.token_hex(8)}", user_id=claim_row.user_id,
                        activity_id=claim_row.activity_id, claim_id=claim_row.id,
                        credit_type=claim_row.credit_type, quarters=delta, source="correction",
                        corrects_id=claim_row.entries[-1].id, reason=data.reason,
                        by_id=actor.id, evidence={})
    db.add(entry)
    db.flush()
    db.expire(claim_row, ["entries"])
    with force_locale(member_locale(claim_row.user.language)):
        message = _("Your credit for “%(title)s” was corrected: %(reason)s",
                    title=claim_row.activity.title, reason=data.reason)
    events.notice(db, claim_row.user_id, "credit_corrected", message,
                  f"/credit/claims/{claim_row.id}", actor_id=actor.id)
    return entry


def revoke(db: Session, actor: User | None, claim_row: CreditClaim,
           data: Revocation | Mapping[str, Any]) -> CreditClaim:
    """Revoke a certificate: its verification page says so, and a correction takes its
    credits back out of the totals."""
    actor = _require_office(db, actor)
    data = coerce(Revocation, data)
    done = db.execute(update(CreditClaim).where(
        CreditClaim.id == claim_row.id, CreditClaim.revoked_at.is_(None)).values(
        revoked_at=utcnow(), revoked_reason=data.reason, revoked_by_id=actor.id))
    if done.rowcount != 1:
        raise Conflict(_("This certificate is already revoked."))
    db.refresh(claim_row)
    if claim_row.quarters:
        correct(db, actor, claim_row, {"credits": -claim_row.credits,
                                       "reason": f"Revoked: {data.reason}"})
    return claim_row


def reopen(db: Session, actor: User | None, activity: CreditActivity,
           data: Reopening | Mapping[str, Any]) -> WindowReopening:
    actor = require_signed_in(actor)
    if not policy.can_reopen_window(db, actor, activity, session_of(db, activity)):
        raise Forbidden(_("Only the host or the credit office reopens a claim window."))
    data = coerce(Reopening, data)
    member = _member(db, data.username)
    row = WindowReopening(activity_id=activity.id, user_id=member.id, reason=data.reason,
                          until=utcnow() + timedelta(days=data.days), by_id=actor.id)
    db.add(row)
    with force_locale(member_locale(member.language)):
        message = _("You may claim credit for “%(title)s” until %(day)s.",
                    title=activity.title, day=format_date(row.until, zone(member.time_zone)))
    events.notice(db, member.id, "credit_window_reopened", message,
                  f"/credit/activities/{activity.id}", actor_id=actor.id)
    return row


def get_claim(db: Session, actor: User | None, claim_id: int) -> CreditClaim:
    row = db.get(CreditClaim, claim_id)
    if row is None or not policy.can_read_claim(db, actor, row):
        raise NotFound(_("There is no such claim."))
    return row


def claim_by_code(db: Session, code: str) -> CreditClaim | None:
    return db.scalar(select(CreditClaim).where(CreditClaim.code == code.strip().upper()))


def my_claims(db: Session, actor: User | None, start: date | None = None,
              end: date | None = None) -> list[CreditClaim]:
    actor = require_signed_in(actor)
    query = select(CreditClaim).where(CreditClaim.user_id == actor.id)
    if start:
        query = query.where(CreditClaim.completed_on >= start)
    if end:
        query = query.where(CreditClaim.completed_on <= end)
    return list(db.scalars(query.order_by(CreditClaim.completed_on.desc(),
                                          CreditClaim.id.desc())))


# ---------------------------------------------------------------- commitments


def due_follow_ups(db: Session, now: datetime | None = None) -> int:
    """Ask each commitment whose day has come what changed (in the site); each once, even
    when two workers run this together (a conditional UPDATE claims it)."""
    now = now or utcnow()
    due = list(db.scalars(select(Commitment).where(
        Commitment.follow_up_due <= now, Commitment.follow_up_sent_at.is_(None))))
    sent = 0
    for row in due:
        taken = db.execute(update(Commitment).where(
            Commitment.id == row.id, Commitment.follow_up_sent_at.is_(None)).values(
            follow_up_sent_at=now))
        if taken.rowcount != 1:
            continue
        member = db.get(User, row.user_id)
        with force_locale(member_locale(member.language if member else None)):
            message = _("You committed to changes after “%(title)s”: what changed, and what "
                        "stood in the way?", title=row.activity.title)
        events.notice(db, row.user_id, "commitment_follow_up", message,
                      f"/credit/commitments/{row.id}")
        sent += 1
    return sent


def get_commitment(db: Session, actor: User | None, commitment_id: int) -> Commitment:
    actor = require_signed_in(actor)
    row = db.get(Commitment, commitment_id)
    if row is None or row.user_id != actor.id:
        raise NotFound(_("There is no such commitment."))
    return row


def answer_follow_up(db: Session, actor: User | None, commitment: Commitment,
                     data: FollowUpAnswer | Mapping[str, Any]) -> Commitment:
    actor = require_signed_in(actor)
    data = coerce(FollowUpAnswer, data)
    if commitment.user_id != actor.id:
        raise NotFound(_("There is no such commitment."))
    done = db.execute(update(Commitment).where(
        Commitment.id == commitment.id, Commitment.answered_at.is_(None)).values(
        answered_at=utcnow(), outcome=data.outcome, changed=data.changed or "",
        barriers=data.barriers or ""))
    if done.rowcount != 1:
        raise Conflict(_("You already answered this follow-up."))
    db.refresh(commitment)
    return commitment


def my_commitments(db: Session, actor: User | None) -> list[Commitment]:
    actor = require_signed_in(actor)
    return list(db.scalars(select(Commitment).where(Commitment.user_id == actor.id)
                           .order_by(Commitment.created_at.desc())))


# ---------------------------------------------------------------- the learner's profile


def learner_profile(db: Session, actor: User | None, member_id: int) -> LearnerProfile:
    actor = require_signed_in(actor)
    if not policy.can_read_profile(db, actor, member_id):
        raise NotFound(_("There is no such profile."))
    return db.get(LearnerProfile, member_id) or LearnerProfile(user_id=member_id,
                                                               target_years=2)


def save_learner_profile(db: Session, actor: User | None,
                         data: LearnerIdentifiers | Mapping[str, Any]) -> LearnerProfile:
    actor = require_signed_in(actor)
    data = coerce(LearnerIdentifiers, data)
    if (data.birth_month is None) != (data.birth_day is None):
        raise ValidationError({"birth_day": [_("Give the month and the day, or neither.")]})
    if data.birth_month and data.birth_day > _days_in(data.birth_month):
        raise ValidationError({"birth_day": [_("That month has fewer days.")]})
    row = db.get(LearnerProfile, actor.id)
    if row is None:
        row = LearnerProfile(user_id=actor.id)
        db.add(row)
    values = data.model_dump(exclude={"target_credits"})
    for name, value in values.items():
        setattr(row, name, "" if value is None and name not in (
            "birth_month", "birth_day") else value)
    row.target_quarters = (rules.as_quarters(data.target_credits)
                           if data.target_credits else None)
    return row


def _days_in(month: int) -> int:
    return 29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31

"""Credit by mail (community.mail): a claim window closing in 3 days, to members who took part
and have not claimed; and the certificate, when it is issued (the `credit_awarded` event),
with its PDF attached.

Both are idempotent: the closing reminder is deduplicated per activity, member and deadline
(a reopened window reminds again before its new end), the certificate mail per claim."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from community.credit import certificates
from community.credit.models import (
    AssessmentAttempt,
    CreditActivity,
    CreditClaim,
    WindowReopening,
)
from community.mail.service import queue_mail, site_url, written_for
from community.platform.accounts.models import User
from community.platform.db import task_session, utcnow
from community.platform.i18n import _l, format_date, format_number
from community.platform.parsing import zone
from community.platform.tasks import enqueue
from realtime.room.models import AttendanceInterval
from realtime.sessions.models import LiveSession, SessionPresenter

CLOSING_TASK = "rounds.credit_claim_closing"
CERTIFICATE_TASK = "rounds.credit_certificate_mail"
CLOSING_DAYS = 3
# A window lasts at most this long (CreditProvider's check); older activities are closed.
LONGEST_WINDOW = timedelta(days=3 * 366)



def _day(moment: datetime, member: User) -> str:
    """The day and time in the member's zone and language (call it inside written_for)."""
    local = moment.astimezone(zone(member.time_zone))
    return f"{format_date(local, local.tzinfo)}, {local:%H:%M} {local.tzname() or ''}".strip()


def _base_deadlines(db: Session, now: datetime) -> dict[int, tuple[CreditActivity, datetime]]:
    """Each session or journal activity whose window may still be open: its end (the
    session's end, or the journal activity's designation) plus its window. One query."""
    ended = func.coalesce(LiveSession.ended_at, CreditActivity.starts_at)
    rows = db.execute(
        select(CreditActivity, LiveSession.ended_at)
        .outerjoin(LiveSession, LiveSession.id == CreditActivity.session_id)
        .where(CreditActivity.kind.in_(("live", "series", "journal")),
               ended.is_not(None), ended > now - LONGEST_WINDOW)).all()
    found = {}
    for activity, session_ended in rows:
        start = session_ended if activity.session_id else activity.starts_at
        if start is not None:
            found[activity.id] = (activity,
                                  start + timedelta(days=activity.claim_window_days))
    return found


def _participants(db: Session, activities: list[CreditActivity]) -> set[tuple[int, int]]:
    """(activity, member) for everyone who may have earned credit: attendees, hosts and
    presenters of the sessions, and those who passed a journal activity's assessment."""
    by_session = {a.session_id: a.id for a in activities if a.session_id}
    journal = [a.id for a in activities if not a.session_id]
    pairs: set[tuple[int, int]] = set()
    if by_session:
        ids = list(by_session)
        for session_id, user_id in db.execute(
                select(AttendanceInterval.session_id, AttendanceInterval.user_id).distinct()
                .where(AttendanceInterval.session_id.in_(ids))):
            pairs.add((by_session[session_id], user_id))
        for session_id, user_id in db.execute(
                select(LiveSession.id, LiveSession.host_id).where(LiveSession.id.in_(ids))):
            pairs.add((by_session[session_id], user_id))
        for session_id, user_id in db.execute(
                select(SessionPresenter.session_id, SessionPresenter.user_id)
                .where(SessionPresenter.session_id.in_(ids))):
            pairs.add((by_session[session_id], user_id))
    if journal:
        pairs |= set(db.execute(
            select(AssessmentAttempt.activity_id, AssessmentAttempt.user_id).distinct()
            .where(AssessmentAttempt.activity_id.in_(journal), AssessmentAttempt.passed)))
    return pairs


def send_closing_reminders(db: Session, now: datetime | None = None) -> int:
    """Mail each member whose claim window for an activity they took part in closes within
    CLOSING_DAYS and who has not claimed yet. A handful of queries for every activity."""
    now = now or utcnow()
    soon = now + timedelta(days=CLOSING_DAYS)
    base = _base_deadlines(db, now)
    if not base:
        return 0
    reopened = {(a, u): until for a, u, until in db.execute(
        select(WindowReopening.activity_id, WindowReopening.user_id,
               func.max(WindowReopening.until))
        .where(WindowReopening.activity_id.in_(list(base)))
        .group_by(WindowReopening.activity_id, WindowReopening.user_id))}
    closing = [a for a, deadline in base.values() if now < deadline <= soon] + [
        base[a][0] for (a, _), until in reopened.items() if now < until <= soon]
    if not closing:
        return 0
    activities = {a.id: a for a in closing}
    pairs = _participants(db, list(activities.values())) | {
        p for p in reopened if p[0] in activities}
    claimed = set(db.execute(select(CreditClaim.activity_id, CreditClaim.user_id).where(
        CreditClaim.activity_id.in_(list(activities)))))
    pairs -= claimed
    members = {u.id: u for u in db.scalars(select(User).where(
        User.id.in_(sorted({u for _, u in pairs})), User.is_active))} if pairs else {}
    sent = 0
    for activity_id, user_id in sorted(pairs):
        member = members.get(user_id)
        base_deadline = base[activity_id][1]
        deadline = max(base_deadline, reopened.get((activity_id, user_id), base_deadline))
        if member is None or not now < deadline <= soon:
            continue
        activity = activities[activity_id]
        with written_for(member):
            closes = _day(deadline, member)
            most = format_number(activity.max_credits)
        if queue_mail(db, kind="credit_claim_closing", to=member,
                      subject=_l("Claim your credit for “%(title)s” by %(day)s",
                                 title=activity.title[:100], day=closes),
                      template="credit_claim_closing",
                      context={"title": activity.title, "closes": closes,
                               "credits": most,
                               "page": site_url(f"/credit/activities/{activity.id}")},
                      dedupe_key=f"credit_claim_closing:{activity_id}:{user_id}:"
                                 f"{deadline:%Y%m%d%H%M}") is not None:
            sent += 1
    return sent


def remind_closing() -> int:
    """The beat task (credit's wiring, hourly)."""
    with task_session() as session:
        return send_closing_reminders(session)


def certificate_issued(db: Session, claim_id: int) -> bool:
    """The certificate by mail, its PDF attached; once per claim."""
    claim = db.get(CreditClaim, claim_id)
    if claim is None or claim.revoked_at is not None:
        return False
    cert, body = certificates.member_pdf(db, claim)
    with written_for(claim.user):
        amount = certificates.amount(cert.credits)
    attachment = (f"rounds-certificate-{claim.code}.pdf", "application/pdf", body)
    return queue_mail(
        db, kind="certificate_issued", to=claim.user,
        subject=_l("Your certificate: %(title)s", title=claim.activity.title[:120]),
        template="certificate_issued",
        context={"title": claim.activity.title, "credits": amount,
                 "credit_type": cert.credit_type, "code": claim.code,
                 "verify": cert.verification_url,
                 "page": site_url(f"/credit/claims/{claim.id}/certificate")},
        attachments=[attachment], dedupe_key=f"certificate_issued:{claim.id}") is not None


def mail_certificate(claim_id: int) -> bool:
    with task_session() as session:
        return certificate_issued(session, claim_id)


def queue_certificate_mail(claim_id: int, user_id: int, **_: object) -> None:
    """The `credit_awarded` subscriber: the mail is written by a task of its own."""
    enqueue(CERTIFICATE_TASK, claim_id)

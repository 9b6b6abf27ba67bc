"""After a live session: the attendance report per member, the attendance-over-time series
and the transcript's content, computed from what the room service stored; and the host's
attendance correction (append-only, audited).

Attendance is measured as docs/domain.md §2 and §6 ask: each connection's interval, merged across
tabs and rejoins (never counted twice), clipped to the session's actual live period. An
interval left open by a process that died ends at its last heartbeat, not now. Breaks the
hosts marked are listed with the report; `minutes_outside_breaks` is what credit counts
(live credit excludes breaks, §2): the report's minutes themselves include them."""
from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from community.platform.accounts.models import User
from community.platform.contract import coerce
from community.platform.db import utcnow
from community.platform.errors import Forbidden, NotFound, ValidationError
from community.platform.i18n import _
from community.platform.parsing import csv_safe
from moderation.audit import service as audit
from realtime.room import policy
from realtime.room.models import (
    AttendanceCorrection,
    AttendanceInterval,
    LiveMember,
    LiveMessage,
    LivePoll,
    LivePollVote,
    LiveQuestion,
    RoomBreak,
)
from realtime.room.schemas import AttendanceCorrectionForm
from realtime.room.service import Limits, open_break
from realtime.sessions.models import LiveSession, SessionRegistration

# An open interval whose last heartbeat is older than this belongs to a connection that is
# gone (a killed process never closed it): the room service's `Limits.stale_after` for the
# default heartbeat; the pages pass the configured one.
HEARTBEAT_WINDOW = Limits().stale_after
# The chart has at most this many points; a long session is drawn in wider buckets.
MAX_BUCKETS = 120
EXTRA_MINUTES = 60  # a correction may exceed the measured live period by this much
ROLE_ORDER = {"host": 0, "cohost": 1, "member": 2}

Span = tuple[datetime, datetime]


# ---------------------------------------------------------------- intervals


def live_period(live: LiveSession, now: datetime) -> Span | None:
    """When the session was actually live; None before it started."""
    if live.started_at is None:
        return None
    end = live.ended_at or max(now, live.started_at)
    return live.started_at, max(end, live.started_at)


def interval_end(interval: AttendanceInterval, now: datetime,
                 window: timedelta = HEARTBEAT_WINDOW) -> tuple[datetime, bool]:
    """(end, still open): left_at if closed; the last heartbeat if that is stale; else now."""
    if interval.left_at is not None:
        return interval.left_at, False
    if interval.last_seen_at < now - window:
        return interval.last_seen_at, False
    return now, True


def merge(spans: Iterable[Span]) -> list[Span]:
    """The union of possibly overlapping spans (several tabs, rejoins), sorted."""
    merged: list[Span] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def clip(spans: Iterable[Span], period: Span) -> list[Span]:
    lo, hi = period
    return [(max(s, lo), min(e, hi)) for s, e in spans if e > lo and s < hi]


def seconds(spans: Iterable[Span]) -> float:
    return sum((e - s).total_seconds() for s, e in spans)


def without(spans: Iterable[Span], gaps: Iterable[Span]) -> list[Span]:
    """The merged `spans` with the merged `gaps` cut out of them."""
    gaps = merge(gaps)
    kept: list[Span] = []
    for start, end in merge(spans):
        for gap_start, gap_end in gaps:
            if gap_end <= start or gap_start >= end:
                continue
            if gap_start > start:
                kept.append((start, gap_start))
            start = gap_end
            if start >= end:
                break
        if start < end:
            kept.append((start, end))
    return kept


# ---------------------------------------------------------------- breaks


def breaks(db: Session, live: LiveSession, now: datetime | None = None) -> list[Span]:
    """The session's breaks, oldest first, clipped to its live period; one still running
    ends now (or where the live period does)."""
    now = now or utcnow()
    period = live_period(live, now)
    if period is None:
        return []
    rows = db.execute(select(RoomBreak.started_at, RoomBreak.ended_at).where(
        RoomBreak.session_id == live.id)).all()
    return clip(merge((start, end or now) for start, end in rows), period)


def minutes_outside_breaks(spans: Iterable[Span], pauses: Iterable[Span]) -> int:
    """A member's attended minutes that count for credit: their spans (merged, as the report
    merges tabs and rejoins) minus the breaks, rounded as `measured_minutes` is."""
    return round(seconds(without(spans, pauses)) / 60)


# ---------------------------------------------------------------- the report


@dataclass
class AttendanceRow:
    user: User
    role: str  # host | cohost | member
    registration: str  # registered | waitlisted | cancelled | "" (never registered)
    first_join: datetime | None = None
    last_leave: datetime | None = None
    in_room: bool = False
    measured_seconds: float = 0.0
    spans: list[Span] = field(default_factory=list)
    correction: AttendanceCorrection | None = None
    corrections: int = 0
    messages: int = 0
    poll_votes: int = 0
    questions: int = 0
    hand_raises: int = 0
    length_seconds: float = 0.0

    @property
    def measured_minutes(self) -> int:
        return round(self.measured_seconds / 60)

    @property
    def minutes(self) -> int:
        """What counts (later, for credit): the latest correction, else what was measured."""
        return self.correction.minutes if self.correction else self.measured_minutes

    @property
    def share(self) -> float:
        """Share of the live period, 0..1 (a correction may say more than was measured)."""
        if self.length_seconds <= 0:
            return 0.0
        return min(1.0, self.minutes * 60 / self.length_seconds)

    @property
    def percent(self) -> int:
        return round(self.share * 100)


@dataclass
class AttendanceReport:
    live: LiveSession
    period: Span
    rows: list[AttendanceRow]
    bucket_minutes: int
    series: list[tuple[datetime, int]]  # (bucket start, members present during it)
    breaks: list[Span] = field(default_factory=list)
    break_running: bool = False  # the last break has not ended (the session is live)

    @property
    def length_seconds(self) -> float:
        return (self.period[1] - self.period[0]).total_seconds()

    @property
    def length_minutes(self) -> int:
        return round(self.length_seconds / 60)

    @property
    def peak(self) -> int:
        return max((n for _, n in self.series), default=0)

    @property
    def attended(self) -> int:
        return sum(1 for r in self.rows if r.minutes > 0)

    def row_for(self, user_id: int) -> AttendanceRow | None:
        return next((r for r in self.rows if r.user.id == user_id), None)


def _counts(db: Session, column, query) -> dict[int, int]:
    return {uid: n for uid, n in db.execute(query.group_by(column)).all()}


def _activity(db: Session, live: LiveSession) -> dict[str, dict[int, int]]:
    """Per member: chat messages kept, polls voted in, questions asked, hands raised."""
    sid = live.id
    return {
        "messages": _counts(db, LiveMessage.author_id, select(
            LiveMessage.author_id, func.count()).where(
            LiveMessage.session_id == sid, LiveMessage.deleted_at.is_(None))),
        "poll_votes": _counts(db, LivePollVote.user_id, select(
            LivePollVote.user_id, func.count(func.distinct(LivePollVote.poll_id)))
            .join(LivePoll, LivePoll.id == LivePollVote.poll_id)
            .where(LivePoll.session_id == sid)),
        "questions": _counts(db, LiveQuestion.author_id, select(
            LiveQuestion.author_id, func.count()).where(LiveQuestion.session_id == sid)),
        "hand_raises": {uid: n for uid, n in db.execute(select(
            LiveMember.user_id, LiveMember.hand_raises).where(
            LiveMember.session_id == sid)).all()},
    }


def _latest_corrections(db: Session, live: LiveSession
                        ) -> dict[int, tuple[AttendanceCorrection, int]]:
    latest: dict[int, tuple[AttendanceCorrection, int]] = {}
    for row in db.scalars(select(AttendanceCorrection).where(
            AttendanceCorrection.session_id == live.id).order_by(
            AttendanceCorrection.created_at, AttendanceCorrection.id)):
        latest[row.user_id] = (row, latest.get(row.user_id, (None, 0))[1] + 1)
    return latest


def _participants(db: Session, live: LiveSession, extra: set[int]) -> dict[int, User]:
    """Everyone registered, the host and presenters, and whoever came into the room."""
    ids = set(extra) | {live.host_id} | {p.user_id for p in live.presenters}
    ids |= set(db.scalars(select(SessionRegistration.user_id).where(
        SessionRegistration.session_id == live.id,
        SessionRegistration.status == "registered")))
    ids |= set(db.scalars(select(LiveMember.user_id).where(LiveMember.session_id == live.id)))
    return {u.id: u for u in db.scalars(select(User).where(User.id.in_(ids)))}


def _role(live: LiveSession, user_id: int) -> str:
    if user_id == live.host_id:
        return "host"
    return "cohost" if any(p.user_id == user_id for p in live.presenters) else "member"


def _attendance(row: AttendanceRow, intervals: list[AttendanceInterval], period: Span,
                now: datetime, ended: bool, window: timedelta) -> None:
    ends = [interval_end(i, now, window) for i in intervals]
    row.first_join = min((i.joined_at for i in intervals), default=None)
    row.in_room = any(is_open for _, is_open in ends) and not ended
    if intervals and not row.in_room:
        # Still connected when the session ended: they left when it did.
        row.last_leave = max(min(end, period[1]) if is_open else end for end, is_open in ends)
    row.spans = clip(merge((i.joined_at, end) for i, (end, _) in zip(intervals, ends)), period)
    row.measured_seconds = seconds(row.spans)


def attendance(db: Session, live: LiveSession, now: datetime | None = None,
               window: timedelta = HEARTBEAT_WINDOW) -> AttendanceReport | None:
    """The report, or None before the session started (nothing to measure)."""
    now = now or utcnow()
    period = live_period(live, now)
    if period is None:
        return None
    by_user: dict[int, list[AttendanceInterval]] = {}
    for interval in db.scalars(select(AttendanceInterval).where(
            AttendanceInterval.session_id == live.id).order_by(AttendanceInterval.joined_at)):
        by_user.setdefault(interval.user_id, []).append(interval)
    corrections = _latest_corrections(db, live)
    activity = _activity(db, live)
    registrations = dict(db.execute(select(SessionRegistration.user_id,
                                           SessionRegistration.status).where(
        SessionRegistration.session_id == live.id)).all())
    users = _participants(db, live, set(by_user) | set(corrections))
    rows = []
    for uid, user in users.items():
        row = AttendanceRow(user=user, role=_role(live, uid),
                            registration=registrations.get(uid, ""),
                            length_seconds=(period[1] - period[0]).total_seconds())
        _attendance(row, by_user.get(uid, []), period, now, live.ended_at is not None,
                    window)
        row.correction, row.corrections = corrections.get(uid, (None, 0))
        for name, counts in activity.items():
            setattr(row, name, counts.get(uid, 0))
        rows.append(row)
    rows.sort(key=lambda r: (ROLE_ORDER[r.role], r.user.display_name.casefold(),
                             r.user.username))
    bucket = bucket_minutes(period)
    return AttendanceReport(live=live, period=period, rows=rows, bucket_minutes=bucket,
                            series=series([r.spans for r in rows], period, bucket),
                            breaks=breaks(db, live, now),
                            break_running=open_break(db, live) is not None)


# ---------------------------------------------------------------- over time


def bucket_minutes(period: Span) -> int:
    minutes = math.ceil((period[1] - period[0]).total_seconds() / 60)
    return max(1, math.ceil(minutes / MAX_BUCKETS))


def series(members: list[list[Span]], period: Span, bucket: int
           ) -> list[tuple[datetime, int]]:
    """Members in the room at some moment of each bucket (a minute, or wider buckets for a
    long session), from the session's start to its end."""
    step = timedelta(minutes=bucket)
    points = []
    start = period[0]
    while start < period[1]:
        end = min(start + step, period[1])
        present = sum(1 for spans in members if any(s < end and e > start for s, e in spans))
        points.append((start, present))
        start = end
    return points


# ---------------------------------------------------------------- corrections


def max_correction(report: AttendanceReport) -> int:
    return math.ceil(report.length_seconds / 60) + EXTRA_MINUTES


def correct_attendance(db: Session, actor: User | None, live: LiveSession, user: User,
                       data: AttendanceCorrectionForm | Mapping[str, Any]
                       ) -> AttendanceCorrection:
    """Record the minutes that count for `user`, with why; earlier corrections stay."""
    data = coerce(AttendanceCorrectionForm, data)
    if not policy.can_correct_attendance(actor, live):
        raise Forbidden(_("Only the host, the co-hosts and the board's moderators correct "
                          "attendance."))
    report = attendance(db, live)
    if report is None:
        raise ValidationError(_("The session has not started: there is no attendance to "
                                "correct yet."))
    row = report.row_for(user.id)
    if row is None:
        raise NotFound(_("%(name)s neither registered for nor attended this session.",
                         name=user.display_name))
    limit = max_correction(report)
    if data.minutes > limit:
        raise ValidationError({"minutes": [
            _("Use %(limit)s or less: the session was live for %(minutes)s minutes.",
              limit=limit, minutes=report.length_minutes)]})
    value, why = data.minutes, data.reason
    correction = AttendanceCorrection(session_id=live.id, user_id=user.id, minutes=value,
                                      reason=why, corrected_by_id=actor.id)
    db.add(correction)
    db.flush()
    audit.record(db, actor, "session.attendance.correct", subject_type="live_session",
                 subject_id=live.id, board_id=live.board_id,
                 before={"user": user.username, "minutes": row.minutes,
                         "measured_minutes": row.measured_minutes},
                 after={"user": user.username, "minutes": value}, reason=why)
    return correction


def corrections_of(db: Session, live: LiveSession, user: User) -> list[AttendanceCorrection]:
    """A member's corrections, newest first (the first one counts)."""
    return list(db.scalars(select(AttendanceCorrection).where(
        AttendanceCorrection.session_id == live.id, AttendanceCorrection.user_id == user.id)
        .order_by(AttendanceCorrection.created_at.desc(), AttendanceCorrection.id.desc())))


# ---------------------------------------------------------------- CSV


CSV_COLUMNS = ["username", "display_name", "role", "registration", "first_join_utc",
               "last_leave_utc", "measured_minutes", "corrected_minutes", "minutes",
               "share_percent", "messages", "poll_votes", "questions", "hand_raises",
               "correction_reason", "corrected_by", "corrected_at_utc"]


def _iso(moment: datetime | None) -> str:
    return moment.isoformat(timespec="seconds") if moment else ""


def csv_rows(report: AttendanceReport) -> Iterator[list[object]]:
    yield CSV_COLUMNS
    for r in report.rows:
        c = r.correction
        yield [csv_safe(v) for v in (
            r.user.username, r.user.display_name, r.role, r.registration, _iso(r.first_join),
            _iso(r.last_leave), r.measured_minutes, c.minutes if c else "", r.minutes,
            r.percent, r.messages, r.poll_votes, r.questions, r.hand_raises,
            c.reason if c else "", c.corrected_by.username if c else "",
            _iso(c.created_at) if c else "")]


# ---------------------------------------------------------------- the transcript


@dataclass
class OptionResult:
    text: str
    votes: int
    percent: int  # of the poll's voters (a multiple-choice poll's add up to more than 100)


@dataclass
class PollResult:
    poll: LivePoll
    voters: int
    options: list[OptionResult]
    shown: bool  # results visible to this viewer (revealed, or the viewer runs the session)


@dataclass
class Transcript:
    live: LiveSession
    messages: list[LiveMessage]
    polls: list[PollResult]
    questions: list[LiveQuestion]
    cases: list = field(default_factory=list)  # (SessionCase, its revealed stages)


def _poll_results(db: Session, live: LiveSession, full: bool) -> list[PollResult]:
    polls = db.scalars(select(LivePoll).where(LivePoll.session_id == live.id,
                                              LivePoll.state != "draft")
                       .order_by(LivePoll.opened_at, LivePoll.id)).all()
    ids = [p.id for p in polls]
    tallies = dict(db.execute(select(LivePollVote.option_id, func.count()).where(
        LivePollVote.poll_id.in_(ids)).group_by(LivePollVote.option_id)).all()) if ids else {}
    voters = dict(db.execute(select(LivePollVote.poll_id, func.count(
        func.distinct(LivePollVote.user_id))).where(LivePollVote.poll_id.in_(ids))
        .group_by(LivePollVote.poll_id)).all()) if ids else {}
    results = []
    for poll in polls:
        total = voters.get(poll.id, 0)
        options = [OptionResult(o.text, tallies.get(o.id, 0),
                                round(100 * tallies.get(o.id, 0) / total) if total else 0)
                   for o in poll.options]
        results.append(PollResult(poll, total, options, shown=poll.revealed or full))
    return results


def transcript(db: Session, live: LiveSession, *, full: bool) -> Transcript:
    """What happened in the room, in order. `full` (the host, co-hosts, moderators) also
    shows poll results never revealed and the authors of anonymous questions."""
    messages = db.scalars(select(LiveMessage).where(LiveMessage.session_id == live.id)
                          .order_by(LiveMessage.seq, LiveMessage.id)).all()
    questions = db.scalars(select(LiveQuestion).where(LiveQuestion.session_id == live.id)
                           .order_by(LiveQuestion.votes.desc(), LiveQuestion.created_at,
                                     LiveQuestion.id)).all()
    cases = [(case, [s for s in case.stages if s.revealed_at is not None])
             for case in live.cases]
    return Transcript(live, list(messages), _poll_results(db, live, full), list(questions),
                      cases)

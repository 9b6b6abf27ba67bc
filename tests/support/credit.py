"""Arrangements for credit: records written straight to the database for tests whose subject
is what comes after a claim (certificates, transcripts, reports, exports), and the default
configuration. Tests of earning and claiming go through pages, the API and the room."""
from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from community.credit import service
from community.credit.models import CreditActivity, CreditClaim, EvaluationReceipt, LedgerEntry
from moderation.disclosures.models import StatementView
from realtime.room.models import AttendanceInterval, RoomBreak
from realtime.sessions.models import LiveSession
from tests.support.sessions import board

_keys = itertools.count(1)


def configured(session) -> None:
    """The provider and its credit types written (as the first designation does)."""
    service._configure(session)
    session.commit()


def activity(session, *, title: str = "Journal club: SGLT2 inhibitors in heart failure",
             kind: str = "live", max_credits: float = 1.5, session_id: int | None = None,
             series_id: int | None = None, starts_at: datetime | None = None,
             credit_types: tuple[str, ...] = ("ama_pra_1", "participation"),
             commercial_support: bool = False) -> CreditActivity:
    configured(session)
    starts_at = starts_at or datetime(2026, 3, 4, 18, 0, tzinfo=UTC)
    row = CreditActivity(
        key=f"test:{next(_keys)}:{datetime.now(UTC).timestamp()}", kind=kind, title=title,
        session_id=session_id, series_id=series_id,
        objectives=["Appraise a randomised trial", "Apply its results to a patient"],
        moore_levels=["3A", "4", "5"], max_quarters=round(max_credits * 4),
        credit_types=list(credit_types), commercial_support=commercial_support,
        support_amount="$5,000" if commercial_support else "",
        support_source="An educational grant" if commercial_support else "",
        starts_at=starts_at, ends_at=starts_at + timedelta(hours=1, minutes=30))
    session.add(row)
    session.commit()
    return row


def claim(session, user, the_activity: CreditActivity, *, credits: float = 1.25,
          credit_type: str = "ama_pra_1", source: str = "attendance",
          completed_on: date | None = None) -> CreditClaim:
    """A claim with its ledger entry, as service.claim would leave them."""
    row = CreditClaim(user_id=user.id, activity_id=the_activity.id, credit_type=credit_type,
                      source=source, code=service._code(session),
                      completed_on=completed_on or the_activity.starts_at.date())
    session.add(row)
    session.flush()
    session.add(LedgerEntry(key=f"claim:{the_activity.id}:{user.id}", user_id=user.id,
                            activity_id=the_activity.id, claim_id=row.id,
                            credit_type=credit_type, quarters=round(credits * 4),
                            source=source, evidence={"minutes": round(credits * 60)}))
    session.commit()
    return session.scalar(select(CreditClaim).where(CreditClaim.id == row.id))


def stretch(session, session_id: int, origin: datetime, *, factor: float,
            shift: timedelta = timedelta(0)) -> None:
    """Every moment the room recorded for a session after `origin`, as if it had run
    `factor` times slower (and `shift` earlier or later): t' = origin + (t - origin) * factor
    + shift. Lets a test hold a session over /live in seconds and claim minutes of credit."""
    def moved(moment: datetime | None) -> datetime | None:
        if moment is None:
            return None
        return origin + (moment - origin) * factor + shift

    session.rollback()  # read what the room committed, not this session's older snapshot
    live = session.get(LiveSession, session_id)
    live.started_at, live.ended_at = moved(live.started_at), moved(live.ended_at)
    # The schedule is not what happened: it only moves with `shift`.
    live.starts_at, live.ends_at = live.starts_at + shift, live.ends_at + shift
    for row in session.scalars(select(AttendanceInterval).where(
            AttendanceInterval.session_id == session_id)):
        row.joined_at, row.left_at = moved(row.joined_at), moved(row.left_at)
        row.last_seen_at = moved(row.last_seen_at)
    for row in session.scalars(select(RoomBreak).where(RoomBreak.session_id == session_id)):
        row.started_at, row.ended_at = moved(row.started_at), moved(row.ended_at)
    for row in session.scalars(select(StatementView).where(
            StatementView.content_kind == "session", StatementView.content_id == session_id)):
        row.seen_at = moved(row.seen_at)
    session.commit()


def attended(session, host, learners, *, minutes: int = 60, max_credits: float = 1.0,
             evaluated: bool = True, ended_ago: timedelta = timedelta(hours=1)):
    """A designated session that ended `ended_ago`, written with the models: each learner
    saw the statement, attended `minutes` and (by default) evaluated. Returns the activity."""
    end = datetime.now(UTC).replace(microsecond=0) - ended_ago
    start = end - timedelta(minutes=minutes)
    live = LiveSession(board_id=board(session).id, host_id=host.id, kind="journal_club",
                       title="Heart failure journal club", starts_at=start, ends_at=end,
                       capacity=50, state="ended", started_at=start, ended_at=end,
                       registration_opened_at=start - timedelta(days=1))
    session.add(live)
    session.flush()
    row = activity(session, title=live.title, session_id=live.id, starts_at=start,
                   max_credits=max_credits)
    row.key, row.ends_at = f"session:{live.id}", end
    for learner in learners:
        session.add(StatementView(user_id=learner.id, content_kind="session",
                                  content_id=live.id, place="session_page",
                                  seen_at=start - timedelta(minutes=5)))
        session.add(AttendanceInterval(session_id=live.id, user_id=learner.id, sid="s",
                                       joined_at=start, last_seen_at=end, left_at=end))
        if evaluated:
            session.add(EvaluationReceipt(activity_id=row.id, user_id=learner.id))
    session.commit()
    return row

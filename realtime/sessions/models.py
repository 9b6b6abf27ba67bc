"""Scheduled live sessions (case conferences, journal clubs), their series, presenters,
registrations and the members' calendar-feed tokens. Times are stored in UTC."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.platform.accounts.models import User
from community.platform.db import Base, UTCDateTime, one_of, utcnow
from community.platform.i18n import _l
from community.platform.spaces.models import Board

KINDS = {"case_conference": "Case conference", "journal_club": "Journal club"}
STATES = ("scheduled", "lobby", "live", "ended", "cancelled")
RULES = {"weekly": "Weekly", "monthly": "Monthly"}
REGISTRATION_STATUSES = ("registered", "waitlisted", "cancelled")
# A case is revealed in the room stage by stage, in this order (docs/domain.md §6).
STAGES = {"presentation": "Presentation", "findings": "Findings",
          "investigations": "Investigations", "management": "Management",
          "outcome": "Outcome"}
ANSWERS = {"yes": "Yes", "no": "No", "cant_tell": "Can't tell"}
# The same in the reader's language (the dicts above stay English for exports and the room's
# data): pages show these.
KIND_LABELS = {"case_conference": _l("Case conference"), "journal_club": _l("Journal club")}
RULE_LABELS = {"weekly": _l("Weekly"), "monthly": _l("Monthly")}
STAGE_LABELS = {"presentation": _l("Presentation"), "findings": _l("Findings"),
                "investigations": _l("Investigations"), "management": _l("Management"),
                "outcome": _l("Outcome")}
ANSWER_LABELS = {"yes": _l("Yes"), "no": _l("No"), "cant_tell": _l("Can't tell")}



class SessionSeries(Base):
    """A regularly scheduled series (weekly or monthly): its occurrences are LiveSessions."""

    __tablename__ = "session_series"
    __table_args__ = (CheckConstraint(one_of("rule", RULES), name="rule_known"),
                      CheckConstraint("count >= 1", name="count_positive"))

    id: Mapped[int] = mapped_column(primary_key=True)
    rule: Mapped[str] = mapped_column(String(10))
    count: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class LiveSession(Base):
    __tablename__ = "live_sessions"
    __table_args__ = (
        CheckConstraint(one_of("kind", KINDS), name="kind_known"),
        CheckConstraint(one_of("state", STATES), name="state_known"),
        CheckConstraint("capacity >= 1", name="capacity_positive"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        Index("ix_live_sessions_starts_at", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"),
                                          index=True)
    host_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("session_series.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    description_raw: Mapped[str] = mapped_column(Text, default="")
    description_cooked: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    capacity: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(12), default="scheduled")
    # Members see and register only once the host opened registration (everyone cleared).
    registration_opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    article_doi: Mapped[str | None] = mapped_column(String(200))
    article_pmid: Mapped[str | None] = mapped_column(String(12))
    article_citation: Mapped[str] = mapped_column(Text, default="")
    article_abstract: Mapped[str] = mapped_column(Text, default="")
    # The room: when the host actually started and ended it, the last event's number, and
    # a journal club's recorded bottom line.
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    # Bumped at every edit of the checklist or cases (before the start, in the lobby too):
    # with last_seq it keys the room's cached snapshot.
    content_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    bottom_line_raw: Mapped[str] = mapped_column(Text, default="")
    bottom_line_cooked: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The iCalendar SEQUENCE: raised when the time changes or the session is cancelled, so
    # calendars that imported it (a mailed .ics) take the new version.
    sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    board: Mapped[Board] = relationship(lazy="joined")
    host: Mapped[User] = relationship(lazy="joined")
    series: Mapped[SessionSeries | None] = relationship(lazy="joined")
    presenters: Mapped[list[SessionPresenter]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="SessionPresenter.id")
    # Loaded when asked for: every room event reads its session, few need its content.
    checklist: Mapped[list[SessionChecklistItem]] = relationship(
        lazy="select", cascade="all, delete-orphan", order_by="SessionChecklistItem.position")
    cases: Mapped[list[SessionCase]] = relationship(
        lazy="select", cascade="all, delete-orphan", order_by="SessionCase.position")

    @property
    def kind_label(self) -> str:
        return str(KIND_LABELS[self.kind])

    @property
    def registration_open(self) -> bool:
        return self.registration_opened_at is not None and self.state not in (
            "ended", "cancelled")


class SessionPresenter(Base):
    __tablename__ = "session_presenters"
    __table_args__ = (UniqueConstraint("session_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)

    user: Mapped[User] = relationship(lazy="joined")


class SessionRegistration(Base):
    """One row per member and session; a waitlisted row's place is its `waitlisted_at`."""

    __tablename__ = "session_registrations"
    __table_args__ = (
        UniqueConstraint("session_id", "user_id"),
        CheckConstraint(one_of("status", REGISTRATION_STATUSES), name="status_known"),
        Index("ix_session_registrations_queue", "session_id", "status", "waitlisted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    waitlisted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    session: Mapped[LiveSession] = relationship(lazy="joined")


class SessionChecklistItem(Base):
    """A journal club's appraisal question (CASP-style), answered live by the host with the
    group's answer: Yes / No / Can't tell, not scored."""

    __tablename__ = "session_checklist_items"
    __table_args__ = (CheckConstraint(one_of("answer", ANSWERS), name="answer_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    part: Mapped[str] = mapped_column(String(200), default="")
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str | None] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")
    answered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SessionCase(Base):
    """A de-identified case a presenter brings to a case conference, with the question it
    asks; the recommendations and follow-up date are recorded in the room."""

    __tablename__ = "session_cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    question: Mapped[str] = mapped_column(Text, default="")
    submitted_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recommendations_raw: Mapped[str] = mapped_column(Text, default="")
    recommendations_cooked: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Who ticked "checked: these are not patient identifiers" over the PHI scanner's findings,
    # when, and what the findings were (a moderator sees what was overridden, docs/domain.md §5).
    phi_checked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    phi_checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    phi_acknowledged: Mapped[str] = mapped_column(Text, default="")
    # A coordinator's de-identification check (docs/domain.md §6), by someone other than the
    # submitter; cleared by any edit. Unchecked cases keep the session from starting.
    deid_checked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    deid_checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    submitted_by: Mapped[User] = relationship(foreign_keys=[submitted_by_id], lazy="joined")
    phi_checked_by: Mapped[User | None] = relationship(foreign_keys=[phi_checked_by_id],
                                                       lazy="joined")
    deid_checked_by: Mapped[User | None] = relationship(foreign_keys=[deid_checked_by_id],
                                                        lazy="joined")
    stages: Mapped[list[SessionCaseStage]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="SessionCaseStage.position")


class SessionCaseStage(Base):
    """One stage of a case, shown to participants only once the host reveals it."""

    __tablename__ = "session_case_stages"
    __table_args__ = (CheckConstraint(one_of("stage", STAGES), name="stage_known"),
                      UniqueConstraint("case_id", "stage"))

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("session_cases.id", ondelete="CASCADE"),
                                         index=True)
    position: Mapped[int] = mapped_column(Integer)
    stage: Mapped[str] = mapped_column(String(20))
    body_raw: Mapped[str] = mapped_column(Text, default="")
    body_cooked: Mapped[str] = mapped_column(Text, default="")
    revealed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revealed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    @property
    def label(self) -> str:
        return str(STAGE_LABELS[self.stage])


class CalendarFeed(Base):
    """A member's secret calendar-feed token: calendar apps cannot send our session cookie,
    so the URL itself is the credential (regenerating it revokes the old URL)."""

    __tablename__ = "session_calendar_feeds"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


__all__ = ["CalendarFeed", "LiveSession", "SessionCase", "SessionCaseStage",
           "SessionChecklistItem", "SessionPresenter", "SessionRegistration", "SessionSeries"]

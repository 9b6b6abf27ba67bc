"""Scheduled live sessions (case conferences, journal clubs), their series, presenters,
registrations and the members' calendar-feed tokens. Times are stored in UTC."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.accounts.models import User
from community.boards.models import Board
from community.db import Base, UTCDateTime, one_of, utcnow

KINDS = {"case_conference": "Case conference", "journal_club": "Journal club"}
STATES = ("scheduled", "lobby", "live", "ended", "cancelled")
RULES = {"weekly": "Weekly", "monthly": "Monthly"}
REGISTRATION_STATUSES = ("registered", "waitlisted", "cancelled")



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
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    board: Mapped[Board] = relationship(lazy="joined")
    host: Mapped[User] = relationship(lazy="joined")
    series: Mapped[SessionSeries | None] = relationship(lazy="joined")
    presenters: Mapped[list[SessionPresenter]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="SessionPresenter.id")

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind]

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


class CalendarFeed(Base):
    """A member's secret calendar-feed token: calendar apps cannot send our session cookie,
    so the URL itself is the credential (regenerating it revokes the old URL)."""

    __tablename__ = "session_calendar_feeds"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


__all__ = ["CalendarFeed", "LiveSession", "SessionPresenter", "SessionRegistration",
           "SessionSeries"]

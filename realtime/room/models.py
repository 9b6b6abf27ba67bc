"""What happens in a live session's room, kept for the transcript, the attendance report and
later credit: the sequenced event log, chat, polls, Q&A, per-member room state, the
attendance intervals with their corrections and the breaks the hosts marked.

Every row is written by `realtime.room.service` before anything is broadcast."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.platform.accounts.models import User
from community.platform.db import Base, UTCDateTime, one_of, utcnow

POLL_STATES = ("draft", "open", "closed")
QUESTION_STATES = ("pending", "answered", "dismissed")


class LiveEvent(Base):
    """The room's log: one row per broadcast, numbered 1, 2, 3… per session so a client can
    see a gap and a reconnecting one can be sent what it missed. `private` names the keys of
    `data` only hosts may see (an anonymous asker); members get them as null."""

    __tablename__ = "live_events"
    __table_args__ = (UniqueConstraint("session_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    private: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class LiveMember(Base):
    """A member's standing in one session's room: muted, removed, hand raised."""

    __tablename__ = "live_members"
    __table_args__ = (UniqueConstraint("session_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    muted: Mapped[bool] = mapped_column(Boolean, default=False)
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    removed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    hand_raised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    hand_raises: Mapped[int] = mapped_column(Integer, default=0)
    first_joined_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship(lazy="joined", foreign_keys=[user_id])


class LiveMessage(Base):
    __tablename__ = "live_messages"
    __table_args__ = (Index("ix_live_messages_author_recent", "session_id", "author_id",
                            "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="CASCADE"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    seq: Mapped[int] = mapped_column(Integer)
    body_raw: Mapped[str] = mapped_column(Text)
    body_cooked: Mapped[str] = mapped_column(Text)
    # The language it was written in ("und" when too short to tell; platform/language.py).
    language: Mapped[str] = mapped_column(String(8), default="und", server_default="und")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    author: Mapped[User] = relationship(lazy="joined", foreign_keys=[author_id])


class LivePoll(Base):
    __tablename__ = "live_polls"
    __table_args__ = (CheckConstraint(one_of("state", POLL_STATES), name="state_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="CASCADE"), index=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    question: Mapped[str] = mapped_column(String(500))
    multiple: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(10), default="draft")
    revealed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    options: Mapped[list[LivePollOption]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="LivePollOption.position")


class LivePollOption(Base):
    __tablename__ = "live_poll_options"

    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("live_polls.id", ondelete="CASCADE"),
                                         index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(200))


class LivePollVote(Base):
    """One row per chosen option; a member's ballot is their rows for the poll."""

    __tablename__ = "live_poll_votes"
    __table_args__ = (UniqueConstraint("poll_id", "user_id", "option_id"),
                      Index("ix_live_poll_votes_ballot", "poll_id", "user_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("live_polls.id", ondelete="CASCADE"))
    option_id: Mapped[int] = mapped_column(
        ForeignKey("live_poll_options.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class LiveQuestion(Base):
    __tablename__ = "live_questions"
    __table_args__ = (CheckConstraint(one_of("state", QUESTION_STATES), name="state_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    body_raw: Mapped[str] = mapped_column(Text)
    body_cooked: Mapped[str] = mapped_column(Text)
    # The language it was written in ("und" when too short to tell; platform/language.py).
    language: Mapped[str] = mapped_column(String(8), default="und", server_default="und")
    state: Mapped[str] = mapped_column(String(10), default="pending")
    votes: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    marked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    marked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    author: Mapped[User] = relationship(lazy="joined", foreign_keys=[author_id])


class LiveQuestionVote(Base):
    __tablename__ = "live_question_votes"
    __table_args__ = (UniqueConstraint("question_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(
        ForeignKey("live_questions.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AttendanceInterval(Base):
    """One connection's stay in the room: opened at join, closed at leave or disconnect.
    The serving process refreshes `last_seen_at` while the socket lives; an interval whose
    process died is closed at its last sign of life by the sweep."""

    __tablename__ = "attendance_intervals"
    __table_args__ = (Index("ix_attendance_intervals_open", "session_id", "left_at"),
                      Index("ix_attendance_intervals_member", "session_id", "user_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    sid: Mapped[str] = mapped_column(String(64))
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AttendanceCorrection(Base):
    """A host's correction of a member's attended minutes. Append-only: the latest one
    counts, the earlier ones stay with their reasons and authors."""

    __tablename__ = "attendance_corrections"
    __table_args__ = (CheckConstraint("minutes >= 0", name="minutes_not_negative"),
                      Index("ix_attendance_corrections_member", "session_id", "user_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    minutes: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    corrected_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship(lazy="joined", foreign_keys=[user_id])
    corrected_by: Mapped[User] = relationship(lazy="joined", foreign_keys=[corrected_by_id])


class RoomBreak(Base):
    """A break a host marked in a live session: its time is not credit time (docs/domain.md
    §2). `ended_at` is null while it runs; at most one runs per session (the partial unique
    index, besides the room service's check under the session's row lock)."""

    __tablename__ = "room_breaks"
    __table_args__ = (
        Index("ix_room_breaks_session", "session_id", "started_at"),
        Index("uq_room_breaks_running", "session_id", unique=True,
              sqlite_where=text("ended_at IS NULL"), postgresql_where=text("ended_at IS NULL")),
        CheckConstraint("ended_at IS NULL OR ended_at >= started_at", name="ends_after_start"),
        # Who ended it is known exactly when it has ended (a host, or whoever ended the session).
        CheckConstraint("(ended_at IS NULL) = (ended_by_id IS NULL)", name="ended_by_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("live_sessions.id", ondelete="CASCADE"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    started_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    ended_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


__all__ = ["AttendanceCorrection", "AttendanceInterval", "LiveEvent", "LiveMember",
           "LiveMessage", "LivePoll", "LivePollOption", "LivePollVote", "LiveQuestion",
           "LiveQuestionVote", "RoomBreak"]

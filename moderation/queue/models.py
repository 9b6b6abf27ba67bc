"""The review queue: one table of typed items, each with a status, a claim and a history.

An item points at what it is about by (subject_type, subject_id) — a post, a member, a
disclosure, a company, and later a case submission or a PHI-warning override — and at the
board it belongs to, when it does, so board moderators see their own items only."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.platform.accounts.models import User
from community.platform.db import Base, UTCDateTime, utcnow

STATUSES = ("pending", "approved", "rejected", "ignored")


class QueueItem(Base):
    __tablename__ = "queue_items"
    __table_args__ = (
        CheckConstraint(f"status IN ({', '.join(repr(s) for s in STATUSES)})",
                        name="status_known"),
        # A resolved item says who resolved it and when.
        CheckConstraint("(status = 'pending') = (resolved_at IS NULL)", name="resolution_recorded"),
        # One open item per subject and kind: enqueueing twice finds the first.
        Index("uq_queue_items_open_subject", "kind", "subject_type", "subject_id", unique=True,
              sqlite_where=text("status = 'pending'"),
              postgresql_where=text("status = 'pending'")),
        # The queue page: pending items oldest first, all kinds, one kind or one board, each
        # page read from the index after the previous page's last item (keyset: the key
        # ends with the listing's order, created_at then id).
        Index("ix_queue_items_status_created", "status", "created_at", "id"),
        Index("ix_queue_items_status_kind", "status", "kind", "created_at", "id"),
        Index("ix_queue_items_board_status", "board_id", "status", "created_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    subject_type: Mapped[str] = mapped_column(String(30))
    subject_id: Mapped[int] = mapped_column(Integer)
    board_id: Mapped[int | None] = mapped_column(ForeignKey("boards.id", ondelete="SET NULL"))
    # The member the subject belongs to (a post's author, a disclosure's owner): nobody
    # reviews their own case.
    subject_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True)
    # Who or what put it here (None: the system, e.g. a first post or a flag threshold).
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    summary: Mapped[str] = mapped_column(String(300), default="")
    # Type-specific facts (flag score, the role a disclosure is reviewed for, …).
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    claimed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Bumped by every change: two moderators acting on one version — the second conflicts.
    version: Mapped[int] = mapped_column(Integer, default=1)

    claimed_by: Mapped[User | None] = relationship(foreign_keys=[claimed_by_id])
    resolved_by: Mapped[User | None] = relationship(foreign_keys=[resolved_by_id])
    created_by: Mapped[User | None] = relationship(foreign_keys=[created_by_id])
    subject_user: Mapped[User | None] = relationship(foreign_keys=[subject_user_id])
    events: Mapped[list[QueueEvent]] = relationship(
        back_populates="item", order_by="QueueEvent.id", cascade="all, delete-orphan")


class QueueEvent(Base):
    """The item's history: every action with its reason, in order."""

    __tablename__ = "queue_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("queue_items.id", ondelete="CASCADE"),
                                         index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(40))
    from_status: Mapped[str] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    item: Mapped[QueueItem] = relationship(back_populates="events")
    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id])

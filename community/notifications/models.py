"""Notifications: mentions, replies in watched topics, new topics in watched boards, and
messages about a member's own records (a disclosure to renew, a review's outcome), which
carry their text and link instead of a post."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.boards.models import Post
from community.platform.accounts.models import User
from community.platform.db import Base, UTCDateTime, utcnow

POST_KINDS = ("mention", "reply", "new_topic", "quote", "like")
# Kinds without a post: `message` says what happened, `link` where to act on it.
MESSAGE_KINDS = ("disclosure_expiring", "disclosure_reviewed")
# The outcomes of moderation that concern a member (moderation.flags announces them as
# member notices): their post hidden by flags, kept, removed, their queued post approved or
# rejected, a flag of theirs resolved. Mailed as "moderation_outcome".
MODERATION_KINDS = ("post_hidden", "post_restored", "post_removed", "post_approved",
                    "post_rejected", "flag_resolved")
KINDS = POST_KINDS + MESSAGE_KINDS + MODERATION_KINDS


class Notification(Base):
    __tablename__ = "notifications"
    __table_args__ = (
        # Tasks may run twice (acks_late): one notification per user, kind and post.
        UniqueConstraint("user_id", "kind", "post_id"),
        Index("ix_notifications_user_unread", "user_id", "read_at"),
        # A message notification is sent once per member, kind and link (tasks may rerun).
        Index("uq_notifications_user_kind_link", "user_id", "kind", "link", unique=True,
              sqlite_where=text("post_id IS NULL"), postgresql_where=text("post_id IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    message: Mapped[str | None] = mapped_column(String(300))
    link: Mapped[str | None] = mapped_column(String(300))

    post: Mapped[Post | None] = relationship()
    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id])


class DigestSent(Base):
    """The last daily or weekly digest a member was sent: its period in the member's time
    zone (a date, or an ISO week) so that a period gets one digest, and when it was made, so
    that the next digest holds what came after it."""

    __tablename__ = "notification_digests"
    __table_args__ = (CheckConstraint("cadence IN ('daily', 'weekly')", name="cadence_known"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    cadence: Mapped[str] = mapped_column(String(8), primary_key=True)
    period: Mapped[str] = mapped_column(String(10))  # 2026-12-06, or 2026-W49
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)


class IncomingMail(Base):
    """A message received for reply by email (notifications/incoming.py), kept so that a
    message delivered twice (the same Message-ID) is handled once, and as the record of
    what was posted, refused or ignored, and why."""

    __tablename__ = "incoming_mail"
    __table_args__ = (
        CheckConstraint("outcome IN ('posted', 'refused', 'ignored')",
                        name="incoming_mail_outcome"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The Message-ID (or, without one, a digest of the message): unique.
    message_key: Mapped[str] = mapped_column(String(255), unique=True)
    sender: Mapped[str] = mapped_column(String(320), default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # The post replied to (from the reply address) and the reply posted, if any.
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    reply_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    outcome: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(String(300), default="")
    size: Mapped[int] = mapped_column(default=0)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

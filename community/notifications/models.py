"""Notifications: mentions, replies in watched topics, new topics in watched boards, and
messages about a member's own records (a disclosure to renew, a review's outcome), which
carry their text and link instead of a post."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.boards.models import Post
from community.platform.accounts.models import User
from community.platform.db import Base, UTCDateTime, utcnow

POST_KINDS = ("mention", "reply", "new_topic", "quote", "like")
# Kinds without a post: `message` says what happened, `link` where to act on it.
MESSAGE_KINDS = ("disclosure_expiring", "disclosure_reviewed")
KINDS = POST_KINDS + MESSAGE_KINDS


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

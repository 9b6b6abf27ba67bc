"""Notifications: mentions, replies in watched topics, new topics in watched boards."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.accounts.models import User
from community.boards.models import Post
from community.db import Base, UTCDateTime, utcnow

KINDS = ("mention", "reply", "new_topic", "quote", "like")


class Notification(Base):
    __tablename__ = "notifications"
    __table_args__ = (
        # Tasks may run twice (acks_late): one notification per user, kind and post.
        UniqueConstraint("user_id", "kind", "post_id"),
        Index("ix_notifications_user_unread", "user_id", "read_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    post: Mapped[Post] = relationship()
    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id])

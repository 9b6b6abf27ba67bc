"""Specialty boards, topics, posts with their revisions, likes, tags and watches."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.platform.accounts.models import User
from community.platform.db import Base, UTCDateTime, utcnow
from community.platform.spaces.models import Board

TITLE_MIN, TITLE_MAX = 15, 200
POST_MAX = 32_000
TAG_PATTERN = r"^[a-z0-9][a-z0-9-]{0,29}$"
MAX_TAGS = 5
# Why a post (or a topic, with its opening post) is hidden from everyone but its author and
# the board's moderators: waiting in the review queue, or flagged past the threshold.
HIDDEN_REASONS = ("queued", "flagged")


def _hiding_checks() -> tuple[CheckConstraint, ...]:
    # New objects for each table: a constraint belongs to one table.
    return (
        CheckConstraint("(hidden_at IS NULL) = (hidden_reason IS NULL)", name="hiding_recorded"),
        CheckConstraint(f"hidden_reason IN ({', '.join(repr(r) for r in HIDDEN_REASONS)})",
                        name="hidden_reason_known"),
    )


topic_tags = Table(
    "topic_tags",
    Base.metadata,
    Column("topic_id", ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30), unique=True)


class Topic(Base):
    __tablename__ = "topics"
    __table_args__ = (
        Index("ix_topics_board_listing", "board_id", "pinned", "last_posted_at"),
        CheckConstraint(
            "(deleted_at IS NULL) = (deleted_by_id IS NULL)", name="deletion_recorded"
        ),
        *_hiding_checks(),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="RESTRICT"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(TITLE_MAX))
    # The language of its opening post (written with the title), for the title's `lang`
    # wherever it is listed; "und" when too short to tell (platform/language.py).
    language: Mapped[str] = mapped_column(String(8), default="und", server_default="und")
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    post_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_posted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # Hidden with its opening post (queued or flagged); see Post.hidden_at.
    hidden_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    hidden_reason: Mapped[str | None] = mapped_column(String(16))

    board: Mapped[Board] = relationship()
    author: Mapped[User] = relationship(foreign_keys=[author_id])
    tags: Mapped[list[Tag]] = relationship(secondary=topic_tags, order_by=Tag.name)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def is_hidden(self) -> bool:
        return self.hidden_at is not None


class Post(Base):
    __tablename__ = "posts"
    __table_args__ = (
        UniqueConstraint("topic_id", "number"),
        CheckConstraint("revision >= 1", name="revision_positive"),
        CheckConstraint(
            "(deleted_at IS NULL) = (deleted_by_id IS NULL)", name="deletion_recorded"
        ),
        *_hiding_checks(),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"), index=True)
    # Position in the topic: 1 is the opening post.
    number: Mapped[int] = mapped_column(Integer)
    reply_to_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    raw: Mapped[str] = mapped_column(Text)
    # The language it was written in ("und" when too short to tell; platform/language.py).
    language: Mapped[str] = mapped_column(String(8), default="und", server_default="und")
    cooked: Mapped[str] = mapped_column(Text)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    like_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # Hidden pending review: "queued" (a new member's post, until approved) or "flagged"
    # (flags passed the threshold). Only the author and the board's moderators see it.
    hidden_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    hidden_reason: Mapped[str | None] = mapped_column(String(16))

    topic: Mapped[Topic] = relationship()
    author: Mapped[User] = relationship(foreign_keys=[author_id])
    reply_to: Mapped[Post | None] = relationship(remote_side=[id])

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def is_hidden(self) -> bool:
        return self.hidden_at is not None


class PostRevision(Base):
    """Every version of a post. Hiding a revision keeps the record and drops the text."""

    __tablename__ = "post_revisions"
    __table_args__ = (
        UniqueConstraint("post_id", "number"),
        CheckConstraint(
            "(content_hidden_at IS NULL) = (content_hidden_by_id IS NULL)",
            name="hiding_recorded",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    editor_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    raw: Mapped[str | None] = mapped_column(Text)
    cooked: Mapped[str | None] = mapped_column(Text)
    # The topic title as of this revision, when the opening post's edit changed it.
    title: Mapped[str | None] = mapped_column(String(TITLE_MAX))
    reason: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    content_hidden_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    content_hidden_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    hidden_reason: Mapped[str] = mapped_column(String(300), default="")

    editor: Mapped[User] = relationship(foreign_keys=[editor_id])

    @property
    def is_hidden(self) -> bool:
        return self.content_hidden_at is not None


class PostLike(Base):
    __tablename__ = "post_likes"

    post_id: Mapped[int] = mapped_column(
        ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Watch(Base):
    """A member watching a board (new topics) or a topic (new replies); exactly one of them."""

    __tablename__ = "watches"
    __table_args__ = (
        CheckConstraint("(board_id IS NULL) <> (topic_id IS NULL)", name="one_target"),
        UniqueConstraint("user_id", "board_id"),
        UniqueConstraint("user_id", "topic_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    board_id: Mapped[int | None] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"))
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ModerationAction(Base):
    """What a moderator did to a topic or post (pin, lock, move, delete, restore, hide…)."""

    __tablename__ = "moderation_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    action: Mapped[str] = mapped_column(String(40))
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("topics.id", ondelete="SET NULL"))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    target_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    detail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    actor: Mapped[User] = relationship(foreign_keys=[actor_id])

"""Boards as spaces: the specialty boards everything on Rounds lives in (discussion topics,
case write-ups, live sessions), who may read them (verified-only boards) and who moderates
them. The discussion inside a board is a feature of its own (community.boards)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, backref, mapped_column, relationship

from community.platform.accounts.models import User
from community.platform.db import Base, UTCDateTime, utcnow


class Board(Base):
    __tablename__ = "boards"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Restricted boards are readable and writable by verified clinicians (and staff) only.
    verified_only: Mapped[bool] = mapped_column(Boolean, default=False)
    topic_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    # Board-scoped moderators act on this board's topics, posts and queue items only.
    # Loaded when asked for (the board moderators' page), not with every board: permission
    # checks ask the member's side (User.moderated_board_ids).
    moderator_links: Mapped[list[BoardModerator]] = relationship(
        lazy="select", cascade="all, delete-orphan", back_populates="board")

    @property
    def moderator_ids(self) -> set[int]:
        return {link.user_id for link in self.moderator_links}


class BoardModerator(Base):
    __tablename__ = "board_moderators"

    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="CASCADE"),
                                          primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True, index=True)
    appointed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    board: Mapped[Board] = relationship(back_populates="moderator_links")
    # User.board_moderations (for User.moderated_board_ids) comes from this backref.
    user: Mapped[User] = relationship(foreign_keys=[user_id],
                                      backref=backref("board_moderations"))

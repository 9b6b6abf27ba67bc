"""The PostgreSQL backend's table (ROUNDS_SEARCH_BACKEND=postgres): one row per searchable
post, its own words (quotes left out) and a weighted tsvector (title A, text B, tags C,
author D) with a GIN index. Written by the indexing tasks (batch.py), like the Whoosh index.
On SQLite the table exists but stays empty (the column is plain text there)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from community.platform.db import Base, UTCDateTime

DOCUMENT = Text().with_variant(TSVECTOR(), "postgresql")


class SearchPost(Base):
    __tablename__ = "search_posts"
    __table_args__ = (
        Index("ix_search_posts_document", "document", postgresql_using="gin"),
        Index("ix_search_posts_board_created", "board_id", "created_at"),
        # The newest matches first: a common word is ranked among its newest (pg_backend).
        Index("ix_search_posts_created", "created_at"),
    )

    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"),
                                         primary_key=True, autoincrement=False)
    topic_id: Mapped[int] = mapped_column(Integer, index=True)
    board_id: Mapped[int] = mapped_column(Integer)
    author_id: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The post's own words, as indexed (for ts_headline).
    body: Mapped[str] = mapped_column(Text)
    document: Mapped[str] = mapped_column(DOCUMENT)


class SearchItem(Base):
    """The other kinds on PostgreSQL: one row per published write-up ("case") or session
    open to members ("session"): its text (for ts_headline), board, people and moment, and
    a weighted tsvector (title A, text B, people D) with a GIN index."""
    __tablename__ = "search_items"
    __table_args__ = (
        Index("ix_search_items_document", "document", postgresql_using="gin"),
    )

    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    item_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    board_id: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Usernames, space-separated with a space at either end (" alice bob "): the author filter.
    authors: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    document: Mapped[str] = mapped_column(DOCUMENT)

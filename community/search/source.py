"""Where both backends read posts from: the columns a document needs, in a few queries."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from community.boards.models import Post, Tag, Topic, topic_tags
from community.platform.accounts.models import User

SEARCHABLE = (Post.deleted_at.is_(None), Post.hidden_at.is_(None), Topic.deleted_at.is_(None),
              Topic.hidden_at.is_(None))


def rows(db: Session, *where, newest_first: bool = False):
    """The columns a document needs, posts with their topic and author, in one query."""
    query = (select(Post.id, Post.topic_id, Post.number, Post.cooked, Post.created_at,
                    Post.author_id, Post.deleted_at, Post.hidden_at, Topic.board_id,
                    Topic.title, Topic.deleted_at.label("topic_deleted_at"),
                    Topic.hidden_at.label("topic_hidden_at"), User.username)
             .join(Topic, Topic.id == Post.topic_id).join(User, User.id == Post.author_id)
             .where(*where))
    if newest_first:
        query = query.order_by(Post.id.desc())
    return db.execute(query.execution_options(yield_per=2000))


def tags_of(db: Session, topic_ids: Iterable[int] | None = None) -> dict[int, list[str]]:
    """Each topic's tags in one query (all topics when None)."""
    query = select(topic_tags.c.topic_id, Tag.name).join(Tag, Tag.id == topic_tags.c.tag_id)
    if topic_ids is not None:
        query = query.where(topic_tags.c.topic_id.in_(list(topic_ids)))
    tags: dict[int, list[str]] = {}
    for topic_id, name in db.execute(query.order_by(Tag.name)):
        tags.setdefault(topic_id, []).append(name)
    return tags


def searchable_row(row) -> bool:
    return (row.deleted_at is None and row.hidden_at is None and row.topic_deleted_at is None
            and row.topic_hidden_at is None)


def changed_rows(db: Session, post_ids: set[int], topic_ids: set[int]) -> list:
    found = []
    for chunk in chunks(sorted(post_ids), 500):
        found.extend(rows(db, Post.id.in_(chunk)))
    for chunk in chunks(sorted(topic_ids), 500):
        found.extend(rows(db, Post.topic_id.in_(chunk)))
    return found


def chunks(values: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]

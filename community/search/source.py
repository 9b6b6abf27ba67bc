"""Where both backends read posts from: the columns a document needs, in a few queries;
and the other kinds (published write-ups, sessions open to members) as `Item`s."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from community.boards.models import Post, Tag, Topic, topic_tags
from community.cases.models import CaseAuthor, CaseReport, CaseVersion
from community.cases.publication.models import CasePublication
from community.cases.service import case_title
from community.cases.states import PUBLISHED
from community.platform.accounts.models import User
from community.search.common import plain_text
from realtime.sessions.models import LiveSession, SessionPresenter

# What the search calls each kind (the `kind` filter) and what the indexes call it.
WRITEUPS, SESSIONS = "writeups", "sessions"
ITEM_KINDS = {WRITEUPS: "case", SESSIONS: "session"}

SEARCHABLE = (Post.deleted_at.is_(None), Post.hidden_at.is_(None), Topic.deleted_at.is_(None),
              Topic.hidden_at.is_(None))


def rows(db: Session, *where, newest_first: bool = False):
    """The columns a document needs, posts with their topic and author, in one query."""
    query = (select(Post.id, Post.topic_id, Post.number, Post.cooked, Post.language,
                    Post.created_at,
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


# ---------------------------------------------------------------- the other kinds

@dataclass(frozen=True)
class Item:
    """One published write-up or session as indexed: its text, board, people and moment
    (when it was published; when a session starts)."""
    kind: str  # "case" or "session"
    id: int
    board_id: int
    title: str
    body: str
    authors: tuple[str, ...]
    created: datetime

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}"


def case_items(db: Session, case_ids: Iterable[int] | None = None) -> list[Item]:
    """Published write-ups (never drafts nor write-ups in review) at their latest public
    version: three queries."""
    query = (select(CaseReport, CasePublication.published_at, CasePublication.version)
             .join(CasePublication, CasePublication.case_id == CaseReport.id)
             .where(CaseReport.status == PUBLISHED)
             .options(selectinload(CaseReport.authors).joinedload(CaseAuthor.user)))
    if case_ids is not None:
        query = query.where(CaseReport.id.in_(list(case_ids)))
    found = db.execute(query).all()
    if not found:
        return []
    latest: dict[int, CaseVersion] = {}
    for version in db.scalars(select(CaseVersion).where(
            CaseVersion.case_id.in_([case.id for case, _, _ in found]))
            .order_by(CaseVersion.number)):
        latest[version.case_id] = version
    items = []
    for case, published_at, first in found:
        version = latest.get(case.id)
        if version is not None and version.number < first:
            version = None
        sections = (version.cooked or {}) if version is not None else {}
        body = " · ".join(plain_text(text) for key, text in sections.items()
                        if key != "title" and text)
        authors = tuple(a.user.username for a in sorted(case.authors, key=lambda a: a.position))
        items.append(Item("case", case.id, case.board_id, case_title(case, version), body,
                          authors, published_at))
    return items


def session_items(db: Session, session_ids: Iterable[int] | None = None) -> list[Item]:
    """Sessions open to members (registration opened; before, only their planners see
    them, and search leaves them out): two queries."""
    query = (select(LiveSession).where(LiveSession.registration_opened_at.is_not(None))
             .options(selectinload(LiveSession.presenters).joinedload(SessionPresenter.user)))
    if session_ids is not None:
        query = query.where(LiveSession.id.in_(list(session_ids)))
    items = []
    for live in db.scalars(query).unique():
        body = " ".join(t for t in (plain_text(live.description_cooked),
                                    live.article_citation or "") if t)
        people = (live.host.username, *(p.user.username for p in live.presenters))
        items.append(Item("session", live.id, live.board_id, live.title, body, people,
                          live.starts_at))
    return items


def items_of(db: Session, keys: Iterable[tuple[str, int]] | None = None) -> list[Item]:
    """These ("case" | "session", id) items, those still searchable; every one when None."""
    if keys is None:
        return case_items(db) + session_items(db)
    keys = set(keys)
    cases = {i for k, i in keys if k == "case"}
    sessions = {i for k, i in keys if k == "session"}
    return ((case_items(db, cases) if cases else [])
            + (session_items(db, sessions) if sessions else []))

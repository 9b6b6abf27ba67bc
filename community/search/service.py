"""Search over posts, respecting who may read what, and keeping the index in step.

Two backends behind one service (ROUNDS_SEARCH_BACKEND): the embedded Whoosh index
(whoosh_backend.py, a folder per machine) and PostgreSQL full-text search (pg_backend.py).
Either answers the best post of each topic for one page; this module resolves who may read
which boards and the reader's filters first, and afterwards loads the posts, asks the policy
again (the index may lag behind a deletion) and cuts the excerpts."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import current_app, has_app_context, url_for
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from community.boards import policy as board_policy
from community.boards.models import Post, Topic
from community.cases import policy as case_policy
from community.cases.models import CaseReport
from community.platform.accounts.models import User
from community.platform.contract import coerce
from community.platform.i18n import _l
from community.platform.spaces import service as spaces
from community.platform.spaces.models import Board
from community.search import batch, pg_backend, whoosh_backend
from community.search.common import PER_PAGE, Plan, Ranked, day_end, day_start, excerpt, plain_text
from community.search.schemas import SearchQuery
from community.search.source import SESSIONS, WRITEUPS, Item, items_of
from realtime.sessions import policy as session_policy
from realtime.sessions.models import LiveSession

__all__ = ["PER_PAGE", "Found", "Hit", "ItemHit", "apply", "apply_items", "backend",
           "index_post", "index_topic", "plain_text", "rebuild", "search"]


@dataclass
class Hit:
    post: Post
    # Excerpt as (text, matched) pieces; the template escapes the text and marks matches.
    excerpt: list[tuple[str, bool]]
    kind = "posts"


@dataclass
class ItemHit:
    """A published write-up (`case`) or a session (`session`) found by a `kind` search."""
    kind: str  # "writeups" or "sessions"
    item: Item
    subject: CaseReport | LiveSession
    excerpt: list[tuple[str, bool]]


class Found(tuple):
    """(hits, total) of one page, with `estimated` (the total is an estimate: say "about")
    and `more` (a next page exists)."""

    def __new__(cls, hits: list[Hit], total: int, *, estimated: bool = False,
                more: bool = False):
        found = super().__new__(cls, (hits, total))
        found.estimated, found.more = estimated, more
        return found

    @property
    def hits(self) -> list[Hit]:
        return self[0]

    @property
    def total(self) -> int:
        return self[1]


def backend() -> str:
    """"whoosh" (the default) or "postgres" (ROUNDS_SEARCH_BACKEND)."""
    if not has_app_context():
        return "whoosh"
    return getattr(current_app.config.get("SETTINGS"), "search_backend", "whoosh")


# ---------------------------------------------------------------- writing

def apply(db: Session, index_path: str | Path, post_ids: Iterable[int] = (),
          topic_ids: Iterable[int] = (), *, merge: bool = True) -> int:
    """Bring these posts and every post of these topics up to date in one commit of the
    index (idempotent). On PostgreSQL the caller commits the session."""
    post_ids, topic_ids = set(post_ids), set(topic_ids)
    if not post_ids and not topic_ids:
        return 0
    if backend() == "postgres":
        return pg_backend.apply(db, post_ids, topic_ids)
    return whoosh_backend.apply(db, index_path, post_ids, topic_ids, merge=merge)


def apply_items(db: Session, index_path: str | Path,
                keys: Iterable[tuple[str, int]]) -> int:
    """Bring these published write-ups and sessions ("case" | "session", id) up to date:
    indexed while searchable, removed otherwise (idempotent)."""
    keys = set(keys)
    if not keys:
        return 0
    if backend() == "postgres":
        return pg_backend.apply_items(db, keys)
    return whoosh_backend.apply_items(db, index_path, keys)


def index_topic(db: Session, index_path: str | Path, topic_id: int) -> int:
    """Bring every post of a topic up to date in the index (idempotent)."""
    return apply(db, index_path, topic_ids=[topic_id])


def index_post(db: Session, index_path: str | Path, post_id: int) -> bool:
    apply(db, index_path, post_ids=[post_id])
    post = db.get(Post, post_id, options=[joinedload(Post.topic)])
    return _searchable(post)


def rebuild(db: Session, index_path: str | Path,
            progress: Callable[[int, int], None] | None = None) -> int:
    """Rebuild the whole index from the database; safe to run any number of times. A
    handful of queries; `progress(done, total)` every 1,000 posts or so."""
    if backend() == "postgres":
        return pg_backend.rebuild(db, progress)
    return whoosh_backend.rebuild(db, index_path, progress)


# ---------------------------------------------------------------- reading

def _plan(db: Session, actor: User | None, query: SearchQuery) -> Plan | None:
    """The search with the reader's boards resolved; None when it cannot match anything."""
    readable = {b.slug: b.id for b in spaces.list_boards(db, actor)}
    if not readable:
        return None
    board_id = None
    if query.board:
        board_id = readable.get(query.board)
        if board_id is None:  # unknown and unreadable alike: nothing, and nothing told
            return None
    hidden = frozenset(db.scalars(select(Board.id).where(Board.id.notin_(readable.values()))))
    if query.tag and query.kind != "posts":  # tags belong to topics: nothing else has one
        return None
    return Plan(text=query.q, page=query.page, hidden=hidden, board_id=board_id, tag=query.tag,
                author=query.author, since=day_start(query.since),
                until=day_end(query.until), by_date=query.sort == "date", kind=query.kind)


def search(db: Session, index_path: str | Path, actor: User | None,
           query: SearchQuery | Mapping[str, Any]) -> Found:
    """Posts matching the query in boards the actor may read, one per topic (its best
    post); (hits of this page, total) with `.estimated` and `.more`."""
    query = coerce(SearchQuery, query)
    postgres = backend() == "postgres"
    if not postgres:
        whoosh_backend.parse(query.q)  # a query it cannot understand is a 422 first
    plan = _plan(db, actor, query)
    if plan is None:
        return Found([], 0)
    batch.flush_pending()  # this process's own recent writes first
    if plan.kind != "posts":
        if postgres:
            ranked = pg_backend.search_items(db, plan, PER_PAGE)
        else:
            ranked = whoosh_backend.search_items(index_path, plan, PER_PAGE)
        return Found(_visible_items(db, actor, plan.kind, ranked), ranked.total,
                     more=ranked.more)
    if postgres:
        ranked = pg_backend.search(db, plan, PER_PAGE)
    else:
        ranked = whoosh_backend.search(index_path, plan, PER_PAGE)
    return Found(_visible_hits(db, actor, ranked), ranked.total, estimated=ranked.estimated,
                 more=ranked.more)


def _searchable(post: Post | None) -> bool:
    """Deleted and hidden (queued or flagged) posts stay out of the index."""
    return (post is not None and not post.is_deleted and not post.topic.is_deleted
            and not post.is_hidden and not post.topic.is_hidden)


def _visible_hits(db: Session, actor: User | None, ranked: Ranked) -> list[Hit]:
    """Load the posts and ask the policy again: the index may lag behind a deletion. Only
    the hits shown are highlighted."""
    if not ranked.post_ids:
        return []
    posts = {p.id: p for p in db.scalars(
        select(Post).options(joinedload(Post.author), joinedload(Post.topic)
                             .joinedload(Topic.board))
        .where(Post.id.in_(ranked.post_ids)))}
    hits = []
    for post_id in ranked.post_ids:
        post = posts.get(post_id)
        if post is None or not _searchable(post) or not board_policy.can_view_post(actor, post):
            continue
        pieces = ranked.excerpts.get(post_id)
        if pieces is None:
            pieces = excerpt(plain_text(post.cooked), ranked.words)
        hits.append(Hit(post, pieces))
    return hits


def _visible_items(db: Session, actor: User | None, kind: str, ranked: Ranked) -> list[ItemHit]:
    """Load the write-ups or sessions and ask their own policy (as their pages do): a draft,
    a write-up in review or a session on a board the reader may not read is never shown,
    whatever the index says."""
    if not ranked.post_ids:
        return []
    model, code = ((CaseReport, "case") if kind == WRITEUPS else (LiveSession, "session"))
    allowed = (case_policy.can_read_published if kind == WRITEUPS else session_policy.can_view)
    subjects = {s.id: s for s in db.scalars(select(model).where(model.id.in_(ranked.post_ids)))}
    items = {i.id: i for i in items_of(db, {(code, i) for i in ranked.post_ids})}
    hits = []
    for item_id in ranked.post_ids:
        subject, item = subjects.get(item_id), items.get(item_id)
        if subject is None or item is None or not allowed(actor, subject):
            continue
        pieces = ranked.excerpts.get(item_id)
        if pieces is None:
            pieces = excerpt(item.body, ranked.words)
        hits.append(ItemHit(kind, item, subject, pieces))
    return hits


KIND_LABELS = {"posts": _l("Posts"), WRITEUPS: _l("Published write-ups"), SESSIONS: _l("Sessions")}


def page_of(hit: ItemHit) -> str:
    """The write-up's or session's page."""
    if hit.kind == WRITEUPS:
        return url_for("cases.view", case_id=hit.item.id)
    return url_for("sessions.view", session_id=hit.item.id)

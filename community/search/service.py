"""Search over posts, respecting who may read what, and keeping the index in step."""
from __future__ import annotations

import html
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from community.boards import policy as board_policy
from community.boards.models import Post, Topic
from community.platform.accounts.models import User
from community.platform.contract import coerce
from community.platform.errors import ValidationError
from community.platform.spaces import service as spaces
from community.search.index import open_index, writer
from community.search.schemas import SearchQuery

with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    from whoosh import highlight, qparser
    from whoosh.query import NumericRange, Or

PER_PAGE = 20
_TAGS = re.compile(r"<[^>]+>")


@dataclass
class Hit:
    post: Post
    # Excerpt as (text, matched) pieces; the template escapes the text and marks matches.
    excerpt: list[tuple[str, bool]]


class _Pieces(highlight.Formatter):
    """Highlight fragments as data, never as HTML: templates escape the text themselves."""

    def format_token(self, text, token, replace=False):
        return (highlight.get_text(text, token, replace), True)

    def format_fragment(self, fragment, replace=False):
        pieces, index = [], fragment.startchar
        for token in fragment.matches:
            if token.startchar > index:
                pieces.append((fragment.text[index:token.startchar], False))
            pieces.append(self.format_token(fragment.text, token, replace))
            index = max(index, token.endchar)
        pieces.append((fragment.text[index:fragment.endchar], False))
        return pieces

    def format(self, fragments, replace=False):
        pieces: list[tuple[str, bool]] = []
        for n, fragment in enumerate(fragments):
            if n:
                pieces.append((" … ", False))
            pieces.extend(self.format_fragment(fragment, replace))
        return pieces


def plain_text(cooked: str) -> str:
    """Index what readers see: the cooked HTML as text."""
    return html.unescape(_TAGS.sub(" ", cooked or "")).strip()


def _document(post: Post) -> dict:
    topic = post.topic
    return {
        "post_id": str(post.id), "topic_id": topic.id, "board_id": topic.board_id,
        "number": post.number, "title": topic.title if post.number == 1 else "",
        "body": plain_text(post.cooked), "author": post.author.username,
        "tags": ",".join(t.name for t in topic.tags), "created": post.created_at.replace(
            tzinfo=None),
    }


def _searchable(post: Post | None) -> bool:
    """Deleted and hidden (queued or flagged) posts stay out of the index."""
    return (post is not None and not post.is_deleted and not post.topic.is_deleted
            and not post.is_hidden and not post.topic.is_hidden)


def index_topic(db: Session, index_path: str | Path, topic_id: int) -> int:
    """Bring every post of a topic up to date in the index (idempotent)."""
    topic = db.get(Topic, topic_id)
    posts = [] if topic is None else list(db.scalars(
        select(Post).options(joinedload(Post.author), joinedload(Post.topic))
        .where(Post.topic_id == topic_id)))
    with writer(index_path) as w:
        if topic is None:
            w.delete_by_term("topic_id", topic_id)
        for post in posts:
            if _searchable(post):
                w.update_document(**_document(post))
            else:
                w.delete_by_term("post_id", str(post.id))
    return len(posts)


def index_post(db: Session, index_path: str | Path, post_id: int) -> bool:
    post = db.get(Post, post_id, options=[joinedload(Post.author), joinedload(Post.topic)])
    with writer(index_path) as w:
        if _searchable(post):
            w.update_document(**_document(post))
            return True
        w.delete_by_term("post_id", str(post_id))
        return False


def rebuild(db: Session, index_path: str | Path, progress=None) -> int:
    """Rebuild the whole index from the database; safe to run any number of times."""
    count = 0
    with writer(index_path, fresh=True) as w:
        query = (select(Post).options(joinedload(Post.author), joinedload(Post.topic))
                 .order_by(Post.id).execution_options(yield_per=500))
        for post in db.scalars(query):
            if _searchable(post):
                w.add_document(**_document(post))
                count += 1
                if progress and count % 500 == 0:
                    progress(count)
    return count


def _parser() -> qparser.QueryParser:
    parser = qparser.MultifieldParser(["title", "body", "tags", "author"], schema=None,
                                      group=qparser.AndGroup)
    # Leading wildcards scan the whole term list; fuzzy and regex queries likewise.
    for plugin in (qparser.WildcardPlugin, qparser.FuzzyTermPlugin, qparser.RegexPlugin):
        parser.remove_plugin_class(plugin)
    return parser


def search(db: Session, index_path: str | Path, actor: User | None,
           query: SearchQuery | Mapping[str, Any]) -> tuple[list[Hit], int]:
    """Posts matching the query in boards the actor may read; (hits of this page, total)."""
    query = coerce(SearchQuery, query)
    text, number = query.q, query.page
    readable = [b.id for b in spaces.list_boards(db, actor)]
    if not readable:
        return [], 0
    ix = open_index(index_path)
    try:
        parser = _parser()
        parser.schema = ix.schema
        try:
            query = parser.parse(text)
        except Exception:  # noqa: BLE001 — whoosh raises bare Exception ("created:[x TO]")
            raise ValidationError({"q": ["The search could not be understood."]}) from None
        allowed = Or([NumericRange("board_id", b, b) for b in readable])
        with ix.searcher() as searcher:
            results = searcher.search_page(query, number, pagelen=PER_PAGE, filter=allowed)
            results.results.fragmenter = highlight.ContextFragmenter(maxchars=160, surround=60)
            results.results.formatter = _Pieces()
            found = [(int(r["post_id"]), r.highlights("body", top=2)
                      or [(r["body"][:200], False)]) for r in results]
            total = len(results)
    finally:
        ix.close()
    return _visible_hits(db, actor, found), total


def _visible_hits(db: Session, actor: User | None, found: list[tuple[int, list]]) -> list[Hit]:
    """Load the posts and ask the policy again: the index may lag behind a deletion."""
    posts = {p.id: p for p in db.scalars(
        select(Post).options(joinedload(Post.author), joinedload(Post.topic)
                             .joinedload(Topic.board))
        .where(Post.id.in_([post_id for post_id, _ in found])))}
    return [Hit(posts[post_id], excerpt) for post_id, excerpt in found
            if post_id in posts and _searchable(posts[post_id])
            and board_policy.can_view_post(actor, posts[post_id])]

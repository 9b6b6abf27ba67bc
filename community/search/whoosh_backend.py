"""The embedded backend: a Whoosh index in a folder (index.py).

Reading: one long-lived searcher per process thread (index.searcher); boards the reader may
not see are excluded inside the query (AndNot on their board terms, built once per set of
boards and searcher; nothing when nothing is hidden), so no per-document filter runs in
Python; the top posts are collected with Whoosh's block-quality skipping and folded to one
hit per topic (its best post); the count is Whoosh's estimate ("about 12,000") unless every
match was seen. Writing: `apply` writes a batch of posts and topics in one commit (batch.py
gathers them); `rebuild` streams every post with three queries into one writer
(index.add_fast). Published write-ups and open sessions (the `kind` filter) have a small index
of their own next to the posts' (`apply_items`, `search_items`)."""
from __future__ import annotations

import gc
import warnings
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from community.boards.models import Post, Topic
from community.platform.errors import ValidationError
from community.platform.i18n import _
from community.search import index
from community.search.common import Plan, Ranked, excerpt, naive_utc, plain_text
from community.search.source import (
    ITEM_KINDS,
    SEARCHABLE,
    Item,
    changed_rows,
    items_of,
    rows,
    searchable_row,
    tags_of,
)

with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    from whoosh import collectors, qparser, scoring
    from whoosh.query import And, AndNot, Or, Term, TermRange
    from whoosh.searching import Searcher

# At most this many matching posts are scored per search, newest first (see _Budgeted): a
# term in a third of 100,000 posts would otherwise be scored 33,000 times in Python.
BUDGET = 4000
_EPOCH, _MICROSECOND = datetime(1970, 1, 1), timedelta(microseconds=1)
# Postings a rebuild holds in memory before sorting them out to a temporary run (MB, as whoosh
# estimates them).
REBUILD_LIMITMB = 256

# ---------------------------------------------------------------- writing

def _document(row, tags: Mapping[int, list[str]]) -> dict:
    created = naive_utc(row.created_at)
    document = {
        "post_id": str(row.id), "topic_id": str(row.topic_id), "board_id": str(row.board_id),
        index.body_field(row.language): plain_text(row.cooked), "author": row.username,
        "day": created.strftime("%Y%m%d"), "created": (created - _EPOCH) // _MICROSECOND,
    }
    if row.number == 1:
        document["title"] = row.title
    if row.topic_id in tags:
        document["tags"] = ",".join(tags[row.topic_id])
        document["scope"] = ",".join(f"{row.board_id}:{tag}" for tag in tags[row.topic_id])
    return document


def apply(db: Session, index_path: str | Path, post_ids: set[int], topic_ids: set[int], *,
          merge: bool = True) -> int:
    """Bring these posts and every post of these topics up to date in one commit
    (idempotent); the number of posts written or deleted."""
    found = changed_rows(db, post_ids, topic_ids)
    tags = tags_of(db, {row.topic_id for row in found})
    found_topics = {row.topic_id for row in found}
    seen: set[int] = set()
    with index.writer(index_path, merge=merge) as w:
        for topic_id in topic_ids - found_topics:
            w.delete_by_term("topic_id", str(topic_id))
        for row in found:
            if row.id in seen:
                continue
            seen.add(row.id)
            if searchable_row(row):
                w.update_document(**_document(row, tags))
            else:
                w.delete_by_term("post_id", str(row.id))
        for post_id in post_ids - seen:
            w.delete_by_term("post_id", str(post_id))
    return len(seen | post_ids)


def rebuild(db: Session, index_path: str | Path,
            progress: Callable[[int, int], None] | None = None) -> int:
    """A fresh index of every searchable post: three queries (a count, every topic's tags,
    the posts streamed with their topic and author), one writer, one segment written at the
    end (index.add_fast); then the other kinds' index (a few queries). The number of
    posts."""
    total = db.scalar(select(func.count()).select_from(Post)
                      .join(Topic, Topic.id == Post.topic_id).where(*SEARCHABLE)) or 0
    tags = tags_of(db)
    count = 0
    # Millions of postings are held in memory until written: the cyclic garbage collector
    # would walk them all again and again (a third of a rebuild at 100,000 posts), though
    # they hold no cycles.
    collecting = gc.isenabled()
    gc.disable()
    try:
        with index.writer(index_path, fresh=True, limitmb=REBUILD_LIMITMB) as w:
            for row in rows(db, *SEARCHABLE, newest_first=True):
                index.add_fast(w, _document(row, tags))
                count += 1
                if progress and count % 1000 == 0:
                    progress(count, total)
    finally:
        if collecting:
            gc.enable()
    with index.writer(index.items_path(index_path), fresh=True,
                      schema=index.ITEM_SCHEMA) as w:
        for item in items_of(db):
            w.add_document(**_item_document(item))
    return count


def _item_document(item: Item) -> dict:
    created = naive_utc(item.created)
    return {"key": item.key, "kind": item.kind, "item_id": str(item.id),
            "board_id": str(item.board_id), "title": item.title, "body": item.body,
            "author": " ".join(item.authors), "day": created.strftime("%Y%m%d"),
            "created": (created - _EPOCH) // _MICROSECOND}


def apply_items(db: Session, index_path: str | Path, keys: set[tuple[str, int]]) -> int:
    """Bring these ("case" | "session", id) items up to date in one commit: written when
    searchable (published; open to members), deleted otherwise."""
    found = items_of(db, keys)
    with index.writer(index.items_path(index_path), schema=index.ITEM_SCHEMA) as w:
        for kind, item_id in keys:
            w.delete_by_term("key", f"{kind}:{item_id}")
        for item in found:
            w.add_document(**_item_document(item))
    return len(keys)


# ---------------------------------------------------------------- reading

_FIELDS = ["title", *index.BODIES, "tags", "author"]


def _parser(schema) -> qparser.QueryParser:
    parser = qparser.MultifieldParser(_FIELDS, schema=schema, group=qparser.AndGroup)
    # Leading wildcards scan the whole term list; fuzzy and regex queries likewise.
    for plugin in (qparser.WildcardPlugin, qparser.FuzzyTermPlugin, qparser.RegexPlugin):
        parser.remove_plugin_class(plugin)
    return parser


_PARSER = _parser(index.QUERY_SCHEMA)


def parse(text: str):
    try:
        return _PARSER.parse(text)
    except Exception:  # noqa: BLE001 — whoosh raises bare Exception ("created:[x TO]")
        raise ValidationError({"q": [_("The search could not be understood.")]}) from None


def _query(plan: Plan, parsed, opened):
    q = parsed
    filters = []
    if plan.board_id is not None and plan.tag:
        filters.append(Term("scope", f"{plan.board_id}:{plan.tag.lower()}"))
    elif plan.board_id is not None:
        filters.append(Term("board_id", str(plan.board_id)))
    elif plan.tag:
        filters.append(Term("tags", plan.tag.lower()))
    if plan.author:
        filters.append(Term("author", plan.author.lower()))
    if plan.since or plan.until:
        filters.append(TermRange("day", plan.since.strftime("%Y%m%d") if plan.since else None,
                                 plan.until.strftime("%Y%m%d") if plan.until else None))
    if filters:
        # And, not Require: whoosh 2.7.4's Require matches wrongly across segments. Every
        # hit matches the filters alike, so they add the same to every score.
        q = And([q, *filters])
    if plan.hidden:
        q = AndNot(q, opened.mask(plan.hidden, lambda _s: Or(
            [Term("board_id", str(b)) for b in sorted(plan.hidden)])))
    return q


class _Budgeted(collectors.TopCollector):
    """Whoosh's top-N collector (block-quality skipping included) that visits the newest
    segments first and stops after `budget` matches: a search costs at most that much,
    whatever the index's size. The rebuild writes the newest posts first, so the matches
    visited are the newest ones; a common word ranks among its newest `budget` matches."""

    def __init__(self, limit: int, budget: int) -> None:
        super().__init__(limit=limit)
        self.budget, self.seen = budget, 0

    def run(self):
        try:
            for subsearcher, offset in reversed(list(self.top_searcher.leaf_searchers())):
                if self.seen >= self.budget:
                    break
                self.set_subsearcher(subsearcher, offset)
                self.collect_matches()
        finally:
            self.finish()

    def matches(self):
        for docnum in super().matches():
            self.seen += 1
            yield docnum
            if self.seen >= self.budget:
                return


class _Newest(scoring.WeightingModel):
    """Sort by date: every match scores its creation time (a column read)."""

    use_final = True

    def __init__(self) -> None:
        self.inner = scoring.Frequency()
        self.columns: dict[int, object] = {}

    def scorer(self, searcher, fieldname, text, qf=1):
        return self.inner.scorer(searcher, fieldname, text, qf)

    def final(self, searcher, docnum, score):
        column = self.columns.get(id(searcher))
        if column is None:
            column = self.columns[id(searcher)] = searcher.reader().column_reader("created")
        return column[docnum]


def search(index_path: str | Path, plan: Plan, per_page: int) -> Ranked:
    parsed = parse(plan.text)
    with index.searching(index_path) as opened:
        return _search(opened, parsed, plan, per_page)


def _search(opened, parsed, plan: Plan, per_page: int) -> Ranked:
    searcher = opened.searcher
    if plan.by_date:
        searcher = Searcher(searcher.reader(), weighting=_Newest(), closereader=False)
    q = _query(plan, parsed, opened)
    wanted = plan.page * per_page + 1  # one topic more than shown: is there a next page?
    limit = wanted * 2
    while True:
        collector = _Budgeted(limit, BUDGET * plan.page)
        searcher.search_with_collector(q, collector)
        results = collector.results()
        best: dict[int, int] = {}
        for n in range(results.scored_length()):
            fields = results[n].fields()
            best.setdefault(fields["topic_id"], int(fields["post_id"]))
        seen_all = results.scored_length() < limit and collector.seen < collector.budget
        if len(best) >= wanted or seen_all or collector.seen >= collector.budget \
                or limit >= 5_000:
            break
        limit *= 4
    ids = list(best.values())
    more = len(ids) > plan.page * per_page
    if not more or seen_all:
        total, estimated = len(ids), False
    else:
        total = max(len(ids), q.estimate_size(searcher.reader()))
        estimated = True
        if plan.hidden:
            # The estimate counts posts in boards the reader may not see: scale it to the
            # share of the index the reader may see, so it tells nothing about those boards.
            reader = searcher.reader()
            outside = sum(reader.doc_frequency("board_id", str(b)) for b in plan.hidden)
            share = max(reader.doc_count() - outside, 0) / max(reader.doc_count(), 1)
            total = max(len(ids), int(total * share))
    words = {text.decode() if isinstance(text, bytes) else text
             for field, text in parsed.iter_all_terms() if field in index.BODIES}
    return Ranked(ids[(plan.page - 1) * per_page:plan.page * per_page], total, estimated,
                  more, words)


def search_items(index_path: str | Path, plan: Plan, per_page: int) -> Ranked:
    """Published write-ups or sessions (plan.kind): a small index, searched whole; the ids
    of this page with their excerpts."""
    parsed = parse(plan.text)
    filters = [Term("kind", ITEM_KINDS[plan.kind])]
    if plan.board_id is not None:
        filters.append(Term("board_id", str(plan.board_id)))
    if plan.author:
        filters.append(Term("author", plan.author.lower()))
    if plan.since or plan.until:
        filters.append(TermRange("day", plan.since.strftime("%Y%m%d") if plan.since else None,
                                 plan.until.strftime("%Y%m%d") if plan.until else None))
    q = And([parsed, *filters])
    if plan.hidden:
        q = AndNot(q, Or([Term("board_id", str(b)) for b in sorted(plan.hidden)]))
    path = index.items_path(index_path)
    with index.searching(path, index.ITEM_SCHEMA) as opened:
        searcher = opened.searcher
        limit = plan.page * per_page + 1
        if plan.by_date:
            results = searcher.search(q, limit=limit, sortedby="created", reverse=True)
        else:
            results = searcher.search(q, limit=limit)
        total = len(results)
        shown = [results[n].fields() for n in range((plan.page - 1) * per_page,
                                                     min(results.scored_length(),
                                                         plan.page * per_page))]
    words = {text.decode() if isinstance(text, bytes) else text
             for field, text in parsed.iter_all_terms() if field in index.BODIES}
    ids = [int(fields["item_id"]) for fields in shown]
    excerpts = {int(fields["item_id"]): excerpt(fields.get("body", ""), words)
                for fields in shown}
    return Ranked(ids, total, False, total > plan.page * per_page, words, excerpts)


def count(index_path: str | Path, word: str) -> int:
    """Posts whose text has `word` (for benches: the index itself, nothing flushed)."""
    with index.searching(index_path) as opened:
        return len(opened.searcher.search(parse(word), limit=1))

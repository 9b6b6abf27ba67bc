"""The PostgreSQL backend (ROUNDS_SEARCH_BACKEND=postgres): full-text search on the database
itself, so several web machines share it without an index folder.

`search_posts` (models.py) holds each searchable post's own words and a weighted tsvector
(GIN index), written by the same batched indexing tasks as the Whoosh index. A search is
one statement: `websearch_to_tsquery` (quoted phrases, -words, or), the readable boards and
filters in the WHERE clause, `ts_rank` for relevance, DISTINCT ON the topic for its best
post, and the exact count of topics as a window over the same rows; the excerpts of the
shown hits come from `ts_headline`. Published write-ups and open sessions (the `kind` filter)
are rows of `search_items`, searched the same way (`apply_items`, `search_items`)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC

from sqlalchemy import text
from sqlalchemy.orm import Session

from community.platform import i18n
from community.search.common import Plan, Ranked, plain_text
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

CONFIG = "english"
# A post is stemmed as the language it was written in (platform/language.py); a search is
# read as English and as the reader's language, so "dolores" finds a Spanish "dolor".
CONFIGS = {"es": "spanish", "pt": "portuguese", "fr": "french", "ar": "arabic"}
BUDGET = 4000
_DOCUMENT = ("setweight(to_tsvector(CAST(:config AS regconfig), :title), 'A') || "
             "setweight(to_tsvector(CAST(:config AS regconfig), :body), 'B') || "
             "setweight(to_tsvector('simple', :tags), 'C') || "
             "setweight(to_tsvector('simple', :author), 'D')")
_UPSERT = text(f"""
INSERT INTO search_posts (post_id, topic_id, board_id, author_id, created_at, body, document)
VALUES (:post_id, :topic_id, :board_id, :author_id, :created_at, :body, {_DOCUMENT})
ON CONFLICT (post_id) DO UPDATE SET topic_id = excluded.topic_id,
  board_id = excluded.board_id, author_id = excluded.author_id,
  created_at = excluded.created_at, body = excluded.body, document = excluded.document""")
_INSERT = text(f"""
INSERT INTO search_posts (post_id, topic_id, board_id, author_id, created_at, body, document)
VALUES (:post_id, :topic_id, :board_id, :author_id, :created_at, :body, {_DOCUMENT})""")
# Markers of matches in ts_headline's answer (private-use characters: never in posts' text
# as indexed, which is what readers see).
_START, _STOP = "\ue000", "\ue001"
_HEADLINE = (f"StartSel={_START}, StopSel={_STOP}, MaxWords=30, MinWords=12, "
             "MaxFragments=2, FragmentDelimiter=\" … \"")


_ITEM_DOCUMENT = ("setweight(to_tsvector('english', :title), 'A') || "
                  "setweight(to_tsvector('english', :body), 'B') || "
                  "setweight(to_tsvector('simple', :people), 'D')")
_ITEM_INSERT = text(f"""
INSERT INTO search_items (kind, item_id, board_id, created_at, authors, body, document)
VALUES (:kind, :item_id, :board_id, :created_at, :authors, :body, {_ITEM_DOCUMENT})""")


def _item_params(item: Item) -> dict:
    return {"kind": item.kind, "item_id": item.id, "board_id": item.board_id,
            "created_at": item.created, "authors": f" {' '.join(item.authors).lower()} ",
            "body": item.body, "title": item.title, "people": " ".join(item.authors)}


def apply_items(db: Session, keys: set[tuple[str, int]]) -> int:
    """Bring these ("case" | "session", id) items up to date (idempotent); the caller
    commits."""
    found = items_of(db, keys)
    for kind, item_id in sorted(keys):
        db.execute(text("DELETE FROM search_items WHERE kind = :kind AND item_id = :id"),
                   {"kind": kind, "id": item_id})
    if found:
        db.execute(_ITEM_INSERT, [_item_params(item) for item in found])
    return len(keys)


def _rebuild_items(db: Session) -> None:
    db.execute(text("DELETE FROM search_items"))
    found = items_of(db)
    if found:
        db.execute(_ITEM_INSERT, [_item_params(item) for item in found])


def search_items(db: Session, plan: Plan, per_page: int) -> Ranked:
    """Published write-ups or sessions (plan.kind): one statement, exact count."""
    conditions = ["si.kind = :kind"]
    params = {"q": plan.text, "kind": ITEM_KINDS[plan.kind]}
    if plan.hidden:
        conditions.append("si.board_id <> ALL(:hidden)")
        params["hidden"] = sorted(plan.hidden)
    if plan.board_id is not None:
        conditions.append("si.board_id = :board")
        params["board"] = plan.board_id
    if plan.author:
        conditions.append("strpos(si.authors, :author) > 0")
        params["author"] = f" {plan.author.lower()} "
    if plan.since:
        conditions.append("si.created_at >= :since")
        params["since"] = plan.since.replace(tzinfo=UTC)
    if plan.until:
        conditions.append("si.created_at <= :until")
        params["until"] = plan.until.replace(tzinfo=UTC)
    order = ("si.created_at DESC, si.item_id DESC" if plan.by_date
             else "ts_rank(si.document, query) DESC, si.item_id")
    params["limit"] = per_page + 1
    params["offset"] = (plan.page - 1) * per_page
    found = db.execute(text(f"""
SELECT si.item_id, count(*) OVER () AS total
FROM search_items si, {_query_sql()} query
WHERE si.document @@ query AND {" AND ".join(conditions)}
ORDER BY {order} LIMIT :limit OFFSET :offset"""), params).all()
    ids = [row.item_id for row in found]
    shown = ids[:per_page]
    total = found[0].total if found else 0
    excerpts = {}
    if shown:
        for row in db.execute(text(
                f"SELECT item_id, body, ts_headline('{CONFIG}', body, "
                f"{_query_sql()}, :options) AS headline "
                f"FROM search_items WHERE kind = :kind AND item_id = ANY(:ids)"),
                {"q": plan.text, "options": _HEADLINE, "kind": params["kind"],
                 "ids": shown}):
            excerpts[row.item_id] = _pieces(row.headline, row.body)
    return Ranked(shown, total, False, len(ids) > per_page, set(), excerpts)


def _config(language: str | None) -> str:
    return CONFIGS.get((language or "").split("-", 1)[0], CONFIG)


def _query_sql() -> str:
    """The search as a tsquery: English, or'ed with the reader's language where it differs."""
    reader = _config(supported_language())
    if reader == CONFIG:
        return f"websearch_to_tsquery('{CONFIG}', :q)"
    # tsquery_or is `||` as a function: it may stand in FROM, as websearch_to_tsquery does.
    return f"tsquery_or(websearch_to_tsquery('{CONFIG}', :q), websearch_to_tsquery('{reader}', :q))"


def supported_language() -> str:
    return i18n.shown_locale().split("_", 1)[0]


def _params(row, tags) -> dict:
    return {"config": _config(row.language),
            "post_id": row.id, "topic_id": row.topic_id, "board_id": row.board_id,
            "author_id": row.author_id, "created_at": row.created_at,
            "body": plain_text(row.cooked), "title": row.title if row.number == 1 else "",
            "tags": " ".join(tags.get(row.topic_id, ())), "author": row.username}


def apply(db: Session, post_ids: set[int], topic_ids: set[int]) -> int:
    """Bring these posts and every post of these topics up to date (idempotent); the caller
    commits."""
    found = changed_rows(db, post_ids, topic_ids)
    tags = tags_of(db, {row.topic_id for row in found})
    keep, drop = {}, set(post_ids)
    for row in found:
        if searchable_row(row):
            keep[row.id] = _params(row, tags)
            drop.discard(row.id)
        else:
            drop.add(row.id)
    gone_topics = topic_ids - {row.topic_id for row in found}
    if drop:
        db.execute(text("DELETE FROM search_posts WHERE post_id = ANY(:ids)"),
                   {"ids": sorted(drop)})
    if gone_topics:
        db.execute(text("DELETE FROM search_posts WHERE topic_id = ANY(:ids)"),
                   {"ids": sorted(gone_topics)})
    if keep:
        db.execute(_UPSERT, list(keep.values()))
    return len(keep) + len(drop)


def rebuild(db: Session, progress: Callable[[int, int], None] | None = None) -> int:
    """Every searchable post again, committed (three reads; inserts of 2,000 rows)."""
    from_count = db.execute(text(
        "SELECT count(*) FROM posts p JOIN topics t ON t.id = p.topic_id WHERE "
        "p.deleted_at IS NULL AND p.hidden_at IS NULL AND t.deleted_at IS NULL "
        "AND t.hidden_at IS NULL")).scalar() or 0
    tags = tags_of(db)
    db.execute(text("TRUNCATE search_posts"))
    count, batch = 0, []
    for row in rows(db, *SEARCHABLE):
        batch.append(_params(row, tags))
        if len(batch) == 2000:
            db.execute(_INSERT, batch)
            count += len(batch)
            batch = []
            if progress:
                progress(count, from_count)
    if batch:
        db.execute(_INSERT, batch)
        count += len(batch)
    _rebuild_items(db)
    db.commit()
    # Fresh statistics at once: the planner picks between the GIN index and the newest-first
    # scan by them (autovacuum would analyze the new rows only later).
    db.execute(text("ANALYZE search_posts"))
    db.commit()
    return count


def search(db: Session, plan: Plan, per_page: int) -> Ranked:
    conditions, params = [], {"q": plan.text}
    if plan.hidden:
        conditions.append("sp.board_id <> ALL(:hidden)")
        params["hidden"] = sorted(plan.hidden)
    if plan.board_id is not None:
        conditions.append("sp.board_id = :board")
        params["board"] = plan.board_id
    if plan.author:
        conditions.append("sp.author_id = (SELECT id FROM users WHERE lower(username) = "
                          ":author)")
        params["author"] = plan.author.lower()
    if plan.tag:
        conditions.append("EXISTS (SELECT 1 FROM topic_tags tt JOIN tags tg ON tg.id = "
                          "tt.tag_id WHERE tt.topic_id = sp.topic_id AND tg.name = :tag)")
        params["tag"] = plan.tag.lower()
    if plan.since:
        conditions.append("sp.created_at >= :since")
        params["since"] = plan.since.replace(tzinfo=UTC)
    if plan.until:
        conditions.append("sp.created_at <= :until")
        params["until"] = plan.until.replace(tzinfo=UTC)
    where = "".join(f" AND {c}" for c in conditions)
    order = "created_at DESC, post_id DESC" if plan.by_date else "rank DESC, post_id"
    within = "created_at DESC" if plan.by_date else "rank DESC"
    rank = "0" if plan.by_date else "ts_rank(document, query)"
    params["budget"] = BUDGET * plan.page
    params["limit"] = per_page + 1
    params["offset"] = (plan.page - 1) * per_page
    # At most BUDGET matches are ranked, the newest (a common word matches most posts;
    # ts_rank on all of them costs ~0.5 s at 100,000 posts), as the Whoosh backend does.
    found = db.execute(text(f"""
WITH candidates AS (
  SELECT sp.post_id, sp.topic_id, sp.created_at, sp.document, query
  FROM search_posts sp, {_query_sql()} query
  WHERE sp.document @@ query{where}
  ORDER BY sp.created_at DESC LIMIT :budget
), best AS (
  SELECT DISTINCT ON (topic_id) post_id, created_at, {rank} AS rank FROM candidates
  ORDER BY topic_id, {within}, post_id
)
SELECT post_id, count(*) OVER () AS total,
       (SELECT count(*) FROM candidates) AS candidates
FROM best ORDER BY {order} LIMIT :limit OFFSET :offset"""), params).all()
    ids = [row.post_id for row in found]
    shown = ids[:per_page]
    more = len(ids) > per_page
    total, estimated = (found[0].total if found else 0), False
    if found and found[0].candidates >= params["budget"]:
        # Not every match was seen: the planner's estimate of the matches ("about").
        plan_json = db.execute(text(
            f"EXPLAIN (FORMAT JSON) SELECT 1 FROM search_posts sp, "
            f"{_query_sql()} query WHERE sp.document @@ query{where}"),
            params).scalar()
        total = max(total, int(plan_json[0]["Plan"]["Plan Rows"]))
        estimated = more = True
    return Ranked(shown, total, estimated, more, set(), _headlines(db, plan.text, shown))


def _headlines(db: Session, query: str, post_ids: list[int]) -> dict[int, list]:
    if not post_ids:
        return {}
    found = db.execute(text(
        f"SELECT post_id, body, ts_headline('{CONFIG}', body, "
        f"{_query_sql()}, :options) AS headline FROM search_posts "
        f"WHERE post_id = ANY(:ids)"), {"q": query, "options": _HEADLINE, "ids": post_ids}).all()
    return {row.post_id: _pieces(row.headline, row.body) for row in found}


def _pieces(headline: str, body: str) -> list[tuple[str, bool]]:
    """ts_headline's fragments (whole words) as pieces, with "…" where the text goes on."""
    pieces = []
    for n, part in enumerate(headline.split(_START)):
        if n == 0:
            if part:
                pieces.append((part, False))
            continue
        marked, _, rest = part.partition(_STOP)
        pieces.append((marked, True))
        if rest:
            pieces.append((rest, False))
    plain = headline.replace(_START, "").replace(_STOP, "")
    if plain and not body.startswith(plain.split(" … ")[0].strip()):
        pieces.insert(0, ("…", False))
    if plain and not body.rstrip().endswith(plain.split(" … ")[-1].strip()):
        pieces.append(("…", False))
    return pieces


def count(db: Session, word: str) -> int:
    """Posts whose text has `word` (for benches)."""
    return db.execute(text(f"SELECT count(*) FROM search_posts WHERE document @@ "
                           f"websearch_to_tsquery('{CONFIG}', :q)"), {"q": word}).scalar() or 0



"""The Whoosh index of posts. Whoosh allows one writer per index: every write goes through
`writer()`, which serialises writers in this process and waits for the lock across processes
(in production all index writes run on one Celery queue, `search`, with one worker).

Reading goes through `searching()`: long-lived searchers per process and index folder (a
small pool: one serves one thread at a time), kept until the index changes on disk (a commit
here or in another process writes a new table of contents, which a directory listing and one
stat notice) and then replaced. Per searcher, `mask()` keeps the query that leaves out the
boards a reader may not see, per set of such boards."""
from __future__ import annotations

import logging
import os
import re
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

with warnings.catch_warnings():
    # whoosh 2.7.4 has invalid escape sequences that warn on import; keep them quiet.
    warnings.simplefilter("ignore", SyntaxWarning)
    from whoosh import index as whoosh_index
    from whoosh.analysis import IDTokenizer, LowercaseFilter, RegexTokenizer, StemmingAnalyzer
    from whoosh.codec import whoosh3
    from whoosh.columns import NumericColumn
    from whoosh.fields import COLUMN, ID, KEYWORD, TEXT, Schema
    from whoosh.scoring import TF_IDF
    from whoosh.writing import CLEAR, NO_MERGE

# TF-IDF scores whole blocks of postings at once; BM25F reads each document's length (a
# column lookup per match), 2-6 times slower on common words.
WEIGHTING = TF_IDF()


def _cached_reader(self, fieldname, column):
    """whoosh 2.7.4 asks the file system whether a length column exists for every posting
    it writes when the field has none (a stat per posting, 12 % of a rebuild); the answer
    cannot change within a segment, so remember it."""
    try:
        return self._readers[fieldname]
    except KeyError:
        reader = self.column_reader(fieldname, column) if self.has_column(fieldname) else None
        self._readers[fieldname] = reader
        return reader


whoosh3.W3PerDocReader._cached_reader = _cached_reader

# Every text field keeps positions, so a quoted phrase works in any of them (issue 14: the
# author field had none, and any "quoted phrase" answered 500). Only ids are stored: the
# excerpt is highlighted from the post's text, loaded from the database with the hit.
SCHEMA = Schema(
    post_id=ID(stored=True, unique=True),
    topic_id=ID(stored=True),
    board_id=ID(),
    title=TEXT(analyzer=StemmingAnalyzer(), field_boost=2.0, phrase=True),
    body=TEXT(analyzer=StemmingAnalyzer(), phrase=True),
    author=TEXT(analyzer=IDTokenizer() | LowercaseFilter(), phrase=True),
    tags=TEXT(analyzer=RegexTokenizer(r"[^,\s]+") | LowercaseFilter(), phrase=True),
    # The day written (YYYYMMDD: a date range is a range of these terms), and the moment
    # (microseconds since 1970, a column only: the order by date), cheaper than a DATETIME's
    # eight terms per post.
    day=ID(),
    created=COLUMN(NumericColumn("q")),
    # "board:tag" for each tag of the post's topic: a board and a tag asked together are one
    # short posting list (intersecting the board's and the tag's costs ~100 ms at 100,000).
    scope=KEYWORD(commas=True),
)
# What a query may name (`author:bob`, `tags:ecg`): the text fields, all with positions.
# Any other field name is read as words, so `post_id:"1 2"` cannot ask a phrase of a field
# without positions.
QUERY_SCHEMA = Schema(**{name: SCHEMA[name] for name in ("title", "body", "author", "tags")})
# What `open_index` checks to tell an index of an older schema (rebuild it).
SCHEMA_NAMES = tuple(sorted(SCHEMA.names()))

log = logging.getLogger(__name__)
_write_lock = threading.Lock()
_TOC = re.compile(r"^_MAIN_(\d+)\.toc$")


def open_index(path: str | Path):
    """Open the index, creating it the first time, and afresh (empty) when it was written
    with another schema (an upgrade: `rounds search rebuild` fills it again)."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    if whoosh_index.exists_in(str(path)):
        ix = whoosh_index.open_dir(str(path))
        if tuple(sorted(ix.schema.names())) == SCHEMA_NAMES:
            return ix
        ix.close()
        log.warning("the search index in %s has an older schema: emptied, run `rounds search "
                    "rebuild`", path)
    return whoosh_index.create_in(str(path), SCHEMA)


@contextmanager
def writer(path: str | Path, *, fresh: bool = False, merge: bool = True,
           limitmb: int = 64) -> Iterator:
    """The only way to write. `fresh` replaces every document at the commit (a rebuild:
    searches see the old documents until then); `merge` False commits a new segment without
    merging small ones (batches between merges)."""
    with _write_lock:
        ix = open_index(path)
        w = ix.writer(timeout=30, limitmb=limitmb)
        try:
            yield w
        except BaseException:
            w.cancel()
            raise
        else:
            w.commit(mergetype=CLEAR if fresh else None if merge else NO_MERGE)
        finally:
            ix.close()


def _stamp(path: str) -> tuple[int, int, int] | None:
    """The latest table of contents: (generation, inode, mtime), None when there is none."""
    try:
        tocs = [(int(m.group(1)), e) for e in os.scandir(path) if (m := _TOC.match(e.name))]
    except FileNotFoundError:
        return None
    if not tocs:
        return None
    generation, entry = max(tocs, key=lambda t: t[0])
    try:
        stat = entry.stat()
    except FileNotFoundError:
        return None
    return generation, stat.st_ino, stat.st_mtime_ns


@dataclass
class _Open:
    stamp: tuple[int, int, int] | None
    searcher: object
    masks: dict[frozenset[int], object] = field(default_factory=dict)

    def mask(self, hidden_boards: frozenset[int], build: Callable[[object], object]):
        """Documents of `hidden_boards` in this searcher (built once per set of boards)."""
        if hidden_boards not in self.masks:
            if len(self.masks) > 64:
                self.masks.clear()
            self.masks[hidden_boards] = build(self.searcher)
        return self.masks[hidden_boards]


class _Pool:
    """Searchers of one index folder not in use right now (a searcher serves one thread at a
    time: its files are read with seek and read)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.idle: list[_Open] = []


_pools: dict[str, _Pool] = {}
_pools_lock = threading.Lock()
KEEP_IDLE = 8


def _close(entry: _Open) -> None:
    with suppress(OSError):  # files of a removed index may be gone already
        entry.searcher.close()


@contextmanager
def searching(path: str | Path) -> Iterator[_Open]:
    """A searcher of the index at `path`, kept open between searches (up to KEEP_IDLE per
    process) and replaced once the index changed on disk (a commit here or elsewhere)."""
    path = str(path)
    with _pools_lock:
        pool = _pools.setdefault(path, _Pool())
    stamp = _stamp(path)
    entry = None
    with pool.lock:
        while pool.idle:
            candidate = pool.idle.pop()
            if stamp is not None and candidate.stamp == stamp:
                entry = candidate
                break
            _close(candidate)
    if entry is None:
        ix = open_index(path)
        entry = _Open(stamp or _stamp(path), ix.searcher(weighting=WEIGHTING))
    try:
        yield entry
    finally:
        with pool.lock:
            if len(pool.idle) < KEEP_IDLE and entry.stamp == _stamp(path):
                pool.idle.append(entry)
                entry = None
        if entry is not None:
            _close(entry)

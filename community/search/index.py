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
import pickle
import re
import threading
import warnings
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

with warnings.catch_warnings():
    # whoosh 2.7.4 has invalid escape sequences that warn on import; keep them quiet.
    warnings.simplefilter("ignore", SyntaxWarning)
    from whoosh import index as whoosh_index
    from whoosh.analysis import (
        STOP_WORDS,
        Filter,
        IDTokenizer,
        LanguageAnalyzer,
        LowercaseFilter,
        RegexTokenizer,
        StemmingAnalyzer,
    )
    from whoosh.analysis.tokenizers import default_pattern
    from whoosh.codec import whoosh3
    from whoosh.columns import NumericColumn
    from whoosh.fields import COLUMN, ID, KEYWORD, TEXT, Schema
    from whoosh.lang.porter import stem
    from whoosh.scoring import TF_IDF
    from whoosh.system import pack_uint
    from whoosh.util.numeric import byte_to_length, length_to_byte
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

class ArabicLightStem(Filter):
    """A light Arabic stemmer (normalised letters, without diacritics, the article and the
    commonest prefixes and suffixes): whoosh's ISRI stemmer does not run on Python 3.11."""

    _MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")  # harakat, tatweel
    _PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال", "و")
    _SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي")

    def __call__(self, tokens):
        for token in tokens:
            token.text = self.stem(token.text)
            yield token

    @classmethod
    def stem(cls, word: str) -> str:
        word = cls._MARKS.sub("", word)
        word = word.translate(str.maketrans("أإآى", "اايي"))
        for prefix in cls._PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                word = word[len(prefix):]
                break
        for suffix in cls._SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                word = word[:-len(suffix)]
                break
        return word


# Posts in these languages are indexed in a body field of their own, tokenised and stemmed as
# that language (issue 17); everything else in `body`, stemmed as English (Porter).
LANGUAGES = ("es", "pt", "fr", "ar")


def _analyzer(language: str):
    if language == "ar":
        return RegexTokenizer() | LowercaseFilter() | ArabicLightStem()
    return LanguageAnalyzer(language)


def body_field(language: str | None) -> str:
    """The field a post written in `language` is indexed in."""
    return f"body_{language}" if language in LANGUAGES else "body"


_LANGUAGE_BODIES = {body_field(language): TEXT(analyzer=_analyzer(language), phrase=True)
                    for language in LANGUAGES}

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
    **_LANGUAGE_BODIES,
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
BODIES = ("body", *_LANGUAGE_BODIES)
QUERY_SCHEMA = Schema(**{name: SCHEMA[name] for name in ("title", *BODIES, "author", "tags")})
# The other kinds (published write-ups, sessions: a few thousand at most) have an index of
# their own next to the posts' (`items_path`), so the posts' searches stay as they are.
# `key` is "case:12" or "session:3"; the text is stored (excerpts are cut from it).
ITEM_SCHEMA = Schema(
    key=ID(stored=True, unique=True),
    kind=ID(stored=True),
    item_id=ID(stored=True),
    board_id=ID(),
    title=TEXT(analyzer=StemmingAnalyzer(), field_boost=2.0, phrase=True, stored=True),
    body=TEXT(analyzer=StemmingAnalyzer(), phrase=True, stored=True),
    author=TEXT(analyzer=RegexTokenizer(r"\S+") | LowercaseFilter(), phrase=True),
    day=ID(),
    created=COLUMN(NumericColumn("q")),
)
# What `open_index` checks to tell an index of an older schema (rebuild it).
SCHEMA_NAMES = tuple(sorted(SCHEMA.names()))


def items_path(path: str | Path) -> str:
    """The folder of the other kinds' index, next to the posts' index folder."""
    return str(path).rstrip("/\\") + "-items"

log = logging.getLogger(__name__)


# ---------------------------------------------------------------- fast adding (rebuilds)
# `add_fast` writes exactly what whoosh's `add_document` writes for this schema (same terms,
# positions, weights, lengths, stored fields and columns: tests/community compare the two),
# without whoosh's per-token machinery: the stemming analyzer's pipeline (a generator per
# filter, a Token object, an LFU cache around the stemmer) and the pool's per-posting checks
# were 60 % of a rebuild. Other fields (a token or a few each) go through whoosh itself.

_STEMMED = frozenset(("title", "body"))
assert all(SCHEMA[name].analyzer == StemmingAnalyzer() for name in _STEMMED)
_STOPS = frozenset(STOP_WORDS)
_TOKEN = default_pattern
_stems: dict[str, str] = {}
_single: dict[int, bytes] = {}  # the encoded positions of a word said once, by position


def _stem(word: str) -> str:
    found = _stems.get(word)
    if found is None:
        if len(_stems) > 200_000:
            _stems.clear()
        found = _stems[word] = stem(word)
    return found


def _positions(text: str) -> dict[str, list[int]]:
    """StemmingAnalyzer's terms and positions: the regex tokenizer, lower case, stop words
    and words under two letters left out (positions renumbered after the first kept word,
    as whoosh's StopFilter does), Porter stems."""
    lowered = text.isascii()
    if lowered:
        text = text.lower()
    poses: dict[str, list[int]] = {}
    pos = None
    stops, stems = _STOPS, _stems
    for n, match in enumerate(_TOKEN.finditer(text)):
        word = match.group(0)
        if not lowered:
            word = word.lower()
        if len(word) < 2 or word in stops:
            continue
        pos = n if pos is None else pos + 1
        stemmed = stems.get(word)
        if stemmed is None:
            stemmed = _stem(word)
        found = poses.get(stemmed)
        if found is None:
            poses[stemmed] = [pos]
        else:
            found.append(pos)
    return poses


def _encode(poslist: list[int]) -> bytes:
    """whoosh's Positions.encode (the count, then the pickled deltas)."""
    if len(poslist) == 1:
        pos = poslist[0]
        found = _single.get(pos)
        if found is None:
            found = _single[pos] = pack_uint(1) + pickle.dumps(poslist, 2)
        return found
    deltas, base = [], 0
    for pos in poslist:
        deltas.append(pos - base)
        base = pos
    return pack_uint(len(deltas)) + pickle.dumps(deltas, 2)


class _Build:
    """What add_fast gathers for one writer: each term's postings, in document order (so no
    sort of millions of postings: only of the terms, at the end), and each document's field
    lengths. Past `limit` bytes the postings go to a sorted run on disk (whoosh's own
    pool), merged at the end."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0
        self.terms: dict[tuple[str, bytes], tuple[array, array, list]] = {}
        self.lengths: dict[str, list] = {}

    def postings(self):
        """This build's postings in whoosh's order: (field, term, docnum, weight, value)."""
        for key in sorted(self.terms):
            name, tbytes = key
            docnums, weights, values = self.terms[key]
            for n, docnum in enumerate(docnums):
                yield name, tbytes, docnum, weights[n], values[n]

    def spill(self, pool) -> None:
        path, f = pool._new_run()
        pool._write_run(f, self.postings())
        pool._add_run(path)
        self.terms, self.size = {}, 0


_bytes: dict[str, bytes] = {}


def add_fast(w, fields: dict) -> None:
    """`w.add_document(**fields)` for a document of this schema, faster (see above). No
    boosts, no vectors, no spelling fields: this schema has none. The writer must be given
    only documents added here (a rebuild's); it writes its segment faster too
    (`_flush_fast`)."""
    build = w.__dict__.get("_rounds_build")
    if build is None:
        if w.docnum:
            raise ValueError("add_fast needs a writer that only add_fast wrote to")
        build = w._rounds_build = _Build(w.pool.limit)
        w._flush_segment = lambda: _flush_fast(w, build)
    perdoc = w.perdocwriter
    terms, lengths = build.terms, build.lengths
    docnum = w.docnum
    schema = w.schema
    size = 0
    perdoc.start_doc(docnum)
    for name in sorted(fields):
        value = fields[name]
        if value is None:
            continue
        field = schema[name]
        length = 0
        if field.indexed:
            if name in _STEMMED:
                boost = field.format.field_boost
                for word, poslist in _positions(value).items():
                    freq = len(poslist)
                    length += freq
                    tbytes = _bytes.get(word)
                    if tbytes is None:
                        if len(_bytes) > 200_000:
                            _bytes.clear()
                        tbytes = _bytes[word] = word.encode("utf8")
                    found = terms.get((name, tbytes))
                    if found is None:
                        found = terms[(name, tbytes)] = (array("I"), array("d"), [])
                        size += 400
                    found[0].append(docnum)
                    found[1].append(float(freq) * boost)
                    found[2].append(_encode(poslist))
                    size += 20 if freq == 1 else 60
            else:
                scorable = field.scorable
                for tbytes, freq, weight, vbytes in field.index(value):
                    if scorable:
                        length += freq
                    found = terms.get((name, tbytes))
                    if found is None:
                        found = terms[(name, tbytes)] = (array("I"), array("d"), [])
                        size += 400
                    found[0].append(docnum)
                    found[1].append(weight)
                    found[2].append(vbytes)
                    size += 20
        if length:
            known = lengths.setdefault(name, [])
            if len(known) < docnum:
                known.extend([None] * (docnum - len(known)))
            known.append(_LENGTHS[length] if length < 256 else _length(length))
        perdoc.add_field(name, field, value if field.stored else None, length)
        column = field.column_type
        if column:
            perdoc.add_column_value(name, column, field.to_column_value(value))
    perdoc.finish_doc()
    w._added = True
    w.docnum += 1
    build.size += size
    if build.size > build.limit:
        build.spill(w.pool)


def _length(length: int) -> int | None:
    """The length the length column gives back (one byte: lengths are approximate)."""
    return byte_to_length(length_to_byte(length)) or None


_LENGTHS = [_length(n) for n in range(256)]


def _flush_fast(w, build: _Build) -> None:
    """SegmentWriter._flush_segment for a writer add_fast filled: FieldWriter.add_postings
    and the postings writer's add_posting inlined, the postings straight from the terms
    gathered (merged with the runs spilled, if any), each document's field length from
    memory (whoosh reads it back from the length column on disk: a seek and a read per
    posting)."""
    w.perdocwriter.close()
    fw, schema, pool = w.fieldwriter, w.schema, w.pool
    if pool.runs:
        build.spill(pool)
        runs, pool.runs = pool.runs, []
        postings = pool._merge_runs(runs)
    else:
        postings = build.postings()
    lengths = build.lengths
    lastfn = lasttext = pw = lens = None
    for fieldname, btext, docnum, weight, value in postings:
        if fieldname != lastfn:
            if lasttext is not None:
                fw.finish_term()
            if lastfn is not None:
                fw.finish_field()
            fw.start_field(fieldname, schema[fieldname])
            lastfn, lasttext, lens = fieldname, None, lengths.get(fieldname)
        if btext != lasttext:
            if lasttext is not None:
                fw.finish_term()
            fw.start_term(btext)
            lasttext, pw = btext, fw._postwriter
        if len(pw._ids) >= pw._blocklimit:
            pw._write_block()
        pw._ids.append(docnum)
        pw._weights.append(weight)
        if weight > pw._maxweight:  # noqa: PLR1730 — max() is slower, per posting
            pw._maxweight = weight
        if value:
            pw._values.append(value)
        length = lens[docnum] if lens is not None and docnum < len(lens) else None
        if length:
            if pw._minlength is None or length < pw._minlength:
                pw._minlength = length
            if length > pw._maxlength:  # noqa: PLR1730
                pw._maxlength = length
    if lasttext is not None:
        fw.finish_term()
    if lastfn is not None:
        fw.finish_field()
    fw.close()


_write_lock = threading.Lock()
_TOC = re.compile(r"^_MAIN_(\d+)\.toc$")


def open_index(path: str | Path, schema=SCHEMA):
    """Open the index, creating it the first time, and afresh (empty) when it was written
    with another schema (an upgrade: `rounds search rebuild` fills it again)."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    if whoosh_index.exists_in(str(path)):
        ix = whoosh_index.open_dir(str(path))
        if tuple(sorted(ix.schema.names())) == tuple(sorted(schema.names())):
            return ix
        ix.close()
        log.warning("the search index in %s has an older schema: emptied, run `rounds search "
                    "rebuild`", path)
    return whoosh_index.create_in(str(path), schema)


@contextmanager
def writer(path: str | Path, *, fresh: bool = False, merge: bool = True,
           limitmb: int = 64, schema=SCHEMA) -> Iterator:
    """The only way to write. `fresh` replaces every document at the commit (a rebuild:
    searches see the old documents until then); `merge` False commits a new segment without
    merging small ones (batches between merges)."""
    with _write_lock:
        ix = open_index(path, schema)
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
def searching(path: str | Path, schema=SCHEMA) -> Iterator[_Open]:
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
        ix = open_index(path, schema)
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

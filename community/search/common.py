"""What both search backends share: a post's indexed text (its own words, without the posts
it quotes), excerpts cut on word boundaries, the plan of one search and its ranked answer."""
from __future__ import annotations

import html
import re
import warnings
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    from whoosh import highlight
    from whoosh.analysis import StemmingAnalyzer

PER_PAGE = 20
EXCERPT_CHARS = 200
_TAGS = re.compile(r"<[^>]+>")
# Innermost blockquote first, so nested quotes go too.
_QUOTE = re.compile(r"<blockquote\b[^>]*>(?:(?!<blockquote\b).)*?</blockquote>",
                    re.DOTALL | re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w")
ANALYZER = StemmingAnalyzer()


@dataclass(frozen=True)
class Plan:
    """One search, resolved: the text, the page, the reader's filters as ids and names, and
    the boards the reader may not see (empty: nothing hidden)."""
    text: str
    page: int
    hidden: frozenset[int]
    board_id: int | None = None
    tag: str | None = None
    author: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    by_date: bool = False
    kind: str = "posts"  # or "writeups", "sessions"


@dataclass
class Ranked:
    """A backend's answer: the best post of each topic on this page, in order."""
    post_ids: list[int]
    total: int
    estimated: bool
    more: bool
    # Words to mark in excerpts: stems (Whoosh) or lexemes (PostgreSQL).
    words: set[str] = field(default_factory=set)
    # Ready excerpts by post id (PostgreSQL's ts_headline); others are highlighted here.
    excerpts: dict[int, list[tuple[str, bool]]] = field(default_factory=dict)


def day_start(value: date | None) -> datetime | None:
    return None if value is None else datetime.combine(value, time.min)


def day_end(value: date | None) -> datetime | None:
    return None if value is None else datetime.combine(value, time.max)


def naive_utc(moment: datetime) -> datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def plain_text(cooked: str) -> str:
    """Index what readers see of the post's own words: the cooked HTML as text, without the
    posts it quotes (they are indexed as their authors' words, in their own posts)."""
    text = cooked or ""
    if "<blockquote" in text:
        while True:
            text, n = _QUOTE.subn(" ", text)
            if not n:
                break
    return _SPACES.sub(" ", html.unescape(_TAGS.sub(" ", text))).strip()


def word_start(text: str, start: int, limit: int) -> int:
    """`start` moved forward to the beginning of a word (not past `limit`)."""
    if start <= 0:
        return 0
    if not (_WORD.match(text, start - 1) and _WORD.match(text, start)):
        return start
    n = start
    while n < limit and _WORD.match(text, n):
        n += 1
    return n if n < limit else start


def word_end(text: str, end: int, limit: int) -> int:
    """`end` moved back to the end of a word (not before `limit`)."""
    if end >= len(text):
        return len(text)
    if not (_WORD.match(text, end - 1) and _WORD.match(text, end)):
        return end
    n = end
    while n > limit and _WORD.match(text, n - 1):
        n -= 1
    return n if n > limit else end


class _Pieces(highlight.Formatter):
    """Highlight fragments as data, never as HTML (templates escape the text themselves),
    cut on word boundaries and marked with an ellipsis where the text goes on."""

    def format_token(self, text, token, replace=False):
        return (highlight.get_text(text, token, replace), True)

    def format_fragment(self, fragment, replace=False):
        text = fragment.text
        first = min((t.startchar for t in fragment.matches), default=fragment.endchar)
        last = max((t.endchar for t in fragment.matches), default=fragment.startchar)
        start = word_start(text, fragment.startchar, first)
        end = word_end(text, fragment.endchar, last)
        if not _WORD.search(text, 0, start):  # only spaces or punctuation before
            start = 0
        if not _WORD.search(text, end):  # only punctuation after: keep it, no "…"
            end = len(text)
        pieces = [("…", False)] if start > 0 else []
        at = start
        for token in fragment.matches:
            if token.startchar > at:
                pieces.append((text[at:token.startchar], False))
            pieces.append(self.format_token(text, token, replace))
            at = max(at, token.endchar)
        pieces.append((text[at:end], False))
        if end < len(text):
            pieces.append(("…", False))
        return pieces

    def format(self, fragments, replace=False):
        pieces: list[tuple[str, bool]] = []
        for n, fragment in enumerate(fragments):
            if n:
                pieces.append((" ", False))
            pieces.extend(self.format_fragment(fragment, replace))
        return pieces


_FRAGMENTER = highlight.ContextFragmenter(maxchars=160, surround=60)


def lead(text: str) -> list[tuple[str, bool]]:
    """The first words of a post, cut on a word boundary."""
    if len(text) <= EXCERPT_CHARS:
        return [(text, False)] if text else []
    end = word_end(text, EXCERPT_CHARS, EXCERPT_CHARS // 2)
    return [(text[:end].rstrip(), False), ("…", False)]


def excerpt(text: str, words: set[str]) -> list[tuple[str, bool]]:
    """Up to two fragments of `text` around the query's words (stems), cut on word
    boundaries; the post's first words when none is in it."""
    if words and text:
        pieces = highlight.highlight(text, frozenset(words), ANALYZER, _FRAGMENTER, _Pieces(),
                                     top=2)
        if pieces:
            return pieces
    return lead(text)

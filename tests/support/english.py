"""Finding English on a page shown in another language (issue 17).

A page's readable text — its text nodes, <title>, and the aria-label, title, placeholder and
alt attributes and button values — minus what members wrote (an element whose `lang` differs
from the page's, the member-content containers, and the demo's own text), is searched for English: common English function words (a stoplist) and the interface's own
English (every msgid of the catalogues whose translation in that language is missing or
differs from it, and that the language's own translations do not use).
"""
from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from babel.messages.pofile import read_po

from community.platform.catalogues import AREAS
from community.platform.i18n import TRANSLATIONS

STOPWORDS = frozenset(("the", "and", "your", "you", "with", "this", "not", "for", "are",
                       "has", "been", "will", "can", "there", "what", "when", "which",
                       "from", "have", "was", "were"))
# Stopwords that are words of the language too: Spanish "has" (you have), Portuguese
# "for" (se for: if it is).
NATIVE = {"es": {"has"}, "pt_BR": {"for"}}
# Member-written content until every piece of it carries its own `lang` (issue 17): post
# bodies, chat and questions, write-up sections, names and titles typed by members.
CONTENT_CLASSES = frozenset(("body", "chat-log", "questions", "case-section", "case-report",
                             "abstract-text", "citation", "raw", "diff", "diff3",
                             "phi-text", "phi-findings", "member", "cred", "who",
                             "member-card", "card-body", "answer", "question-text",
                             "transcript-part", "timeline", "excerpt", "snippet"))
# A textarea holds what the member typed; code is code.
SKIPPED_TAGS = frozenset(("script", "style", "template", "textarea", "code", "pre", "kbd",
                          "samp", "svg"))
VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "param", "source", "track", "wbr"))
ATTRIBUTES = ("aria-label", "title", "placeholder", "alt")
PLACE_MENUS = frozenset(("time_zone", "country"))
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
PLACEHOLDER = re.compile(r"%\(\w+\)[sdifr]|%[sdif]|\{\{.*?\}\}|<[^>]+>|&\w+;")


def area_of_msgid() -> dict[str, str]:
    """Each msgid of the catalogues, and the first area whose catalogue holds it."""
    found: dict[str, str] = {}
    for area in AREAS:
        pot = TRANSLATIONS / area / "messages.pot"
        if pot.is_file():
            with pot.open("rb") as f:
                for message in read_po(f):
                    for msgid in _ids(message):
                        found.setdefault(msgid, area)
    return found


def _ids(message) -> list[str]:
    if not message.id:
        return []
    return list(message.id) if isinstance(message.id, tuple | list) else [message.id]


def _strings(value) -> list[str]:
    if not value:
        return []
    return [s for s in (value if isinstance(value, tuple | list) else [value]) if s]


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(text))


@dataclass
class EnglishFinder:
    """The English of the interface, for one shipped language."""
    locale: str
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    stopwords: frozenset[str] = STOPWORDS
    # The language's own translations, lower-cased words: English its translators kept
    # (an official name beside the local term: "(Follow-up and outcomes)") is meant.
    own_text: str = ""

    @classmethod
    def for_locale(cls, locale: str, areas: dict[str, str]) -> EnglishFinder:
        translated: dict[str, list[str]] = {}
        own_words: set[tuple[str, ...]] = set()
        for area in AREAS:
            po = TRANSLATIONS / area / locale / "LC_MESSAGES" / "messages.po"
            if not po.is_file():
                continue
            with po.open("rb") as f:
                for message in read_po(f, locale=locale):
                    forms = _strings(message.string)
                    for msgid in _ids(message):
                        translated.setdefault(msgid, []).extend(forms)
                    for form in forms:
                        own_words.add(tuple(t.lower() for t in _tokens(PLACEHOLDER.sub(" ", form))))
        own_text = " \n ".join(" ".join(words) for words in own_words)
        finder = cls(locale, stopwords=STOPWORDS - NATIVE.get(locale, set()),
                     own_text=f" {own_text} ")
        for msgid, area in areas.items():
            if msgid in translated.get(msgid, []):
                continue  # the language keeps it as it is (an official name, "Total" …)
            for fragment in PLACEHOLDER.split(msgid):
                words = _tokens(fragment)
                if not words or sum(len(w) for w in words) < 3:
                    continue
                if f" {' '.join(w.lower() for w in words)} " in finder.own_text:
                    continue  # the language's own translations use these words too
                finder.phrases.setdefault(words[0], []).append((words, area))
        return finder

    def english_in(self, text: str) -> list[tuple[str, str | None]]:
        """The English in a text: (words, the area of the msgid or None for a stopword)."""
        words = _tokens(text)
        found: list[tuple[str, str | None]] = []
        lowered = [w.lower() for w in words]
        for i, word in enumerate(words):
            if lowered[i] in self.stopwords and not self._kept(lowered, i):
                found.append((word, None))
            for phrase, area in self.phrases.get(word, ()):
                if words[i:i + len(phrase)] == phrase:
                    found.append((" ".join(phrase), area))
        return found


    def _kept(self, words: list[str], i: int) -> bool:
        """Whether the language's translations use this stopword with its neighbours."""
        window = " ".join(words[max(i - 1, 0):i + 2])
        return len(window.split()) > 1 and f" {window} " in self.own_text


class _Readable(HTMLParser):
    """A page's readable text pieces, outside other-language and member-content elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang = ""
        self.stack: list[tuple[str, bool]] = []
        self.pieces: list[str] = []

    @property
    def excluded(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.lang = (attributes.get("lang") or "").lower()
            return
        lang = (attributes.get("lang") or "").lower()
        classes = set((attributes.get("class") or "").split())
        excluded = (self.excluded or tag in SKIPPED_TAGS or bool(classes & CONTENT_CLASSES)
                    or (bool(lang) and lang != self.lang)
                    # Places by CLDR's names in the page's language (Babel): a city may
                    # keep its English name there ("New York" in French).
                    or (tag == "select" and attributes.get("name") in PLACE_MENUS))
        if not excluded:
            for name in ATTRIBUTES:
                if attributes.get(name):
                    self.pieces.append(attributes[name])
            if tag == "input" and attributes.get("type") in ("submit", "button", "reset"):
                self.pieces.append(attributes.get("value") or "")
        if tag not in VOID:
            self.stack.append((tag, excluded))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        if not self.excluded and data.strip():
            self.pieces.append(data)


def readable(html: str) -> tuple[str, list[str]]:
    """The page's `<html lang>` and its readable text pieces, whitespace collapsed."""
    parser = _Readable()
    parser.feed(html)
    parser.close()
    return parser.lang, [" ".join(p.split()) for p in parser.pieces if p.strip()]


class MemberText:
    """What members wrote: text equal to one of its values (a title, a name, a board's
    description), or a long enough piece of one, is theirs."""

    def __init__(self, values: Iterable[str]) -> None:
        self.whole = {" ".join(v.split()) for v in values if v and v.strip()}
        self.corpus = "\n".join(sorted(self.whole))

    @classmethod
    def of_sources(cls, *paths: Path, extra: Iterable[str] = ()) -> MemberText:
        """The text members wrote in the demo: the string literals of its modules (topics,
        posts, names, write-ups, sessions, the default boards), and any `extra`."""
        values = list(extra)
        for path in paths:
            tree = ast.parse(path.read_text(encoding="utf-8"))
            values.extend(node.value for node in ast.walk(tree)
                          if isinstance(node, ast.Constant) and isinstance(node.value, str))
        return cls(values)

    def wrote(self, text: str) -> bool:
        piece = text.strip().rstrip("…").rstrip(".").strip()
        if not piece:
            return True
        if piece in self.whole or text.strip() in self.whole:
            return True
        return len(piece) >= 12 and piece in self.corpus

    def without(self, text: str) -> str:
        """The text without the members' values it contains (a title inside a sentence)."""
        for value in sorted((v for v in self.whole if len(v) >= 8 and v in text),
                            key=len, reverse=True):
            text = text.replace(value, " ")
        return text


def english_on_page(html: str, finder: EnglishFinder,
                    members: MemberText) -> tuple[str, list[tuple[str, str | None, str]]]:
    """The page's `<html lang>` and the English on it: (words, msgid area, the text)."""
    lang, pieces = readable(html)
    found: list[tuple[str, str | None, str]] = []
    for piece in pieces:
        hits = finder.english_in(piece)
        if not hits or members.wrote(piece):
            continue
        hits = finder.english_in(members.without(piece))
        found.extend((words, area, piece) for words, area in hits)
    return lang, found

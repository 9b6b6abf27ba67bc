"""The language a member wrote in: detected from the text when it is saved, kept beside it
(`language`), shown as a small label where it differs from the page's, put in a `lang`
attribute so screen readers use the right voice, and used by search to tokenise and stem
the text as that language.

Detection is deliberately small: the script first (Arabic, Hebrew, Cyrillic, Greek, the CJK
scripts, Devanagari, Thai…), then, for Latin text, the share of each language's most
frequent function words — enough for a clinical post of a sentence or more in the languages
Rounds is used in. Text too short or too mixed to tell is "und" (undetermined), never a
guess."""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Connection

UNDETERMINED = "und"

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Function words per language (lower case, without accents): what a sentence of that
# language is built from, whatever its subject.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": _words("""the and of to in is was with for on that this it as at by be are were
        has have had not but or from an which after she he his her they their we our you your
        there been no patient years old who what when would should could"""),
    "es": _words("""el la los las de del y en que con por para una un es fue se su sus al
        lo como pero mas sin sobre entre tras desde hasta paciente anos presenta presento
        tiene habia fueron esta este esto"""),
    "pt": _words("""o a os as de do da dos das e em no na nos nas que com por para uma um
        foi se seu sua ao pelo pela como mas sem sobre entre apos desde ate paciente anos
        apresenta apresentou tem tinha foram esta este isso nao"""),
    "fr": _words("""le la les de du des et en que qui avec pour par une un est etait se
        son sa ses au aux dans sur sans entre apres depuis patient patiente ans presente
        avait ont sont cette ce pas il elle nous"""),
    "de": _words("""der die das und ist mit den dem des ein eine nicht auf fur von zu im
        wurde bei nach sich auch war patient jahre"""),
    "it": _words("""il lo la gli le di del della e in che con per una un non si sono era
        dopo nel nella paziente anni presenta"""),
}
# Words that tell Spanish from Portuguese (the two share most function words).
_MARKERS = {"pt": _words("nao sao uma voce tambem entao muito pelo pela apos ate tem"),
            "es": _words("una muy tambien entonces pero hasta tiene fue el los")}
_SCRIPTS = (("ar", re.compile(r"[\u0600-\u06ff\u0750-\u077f]")),
            ("he", re.compile(r"[\u0590-\u05ff]")), ("ru", re.compile(r"[\u0400-\u04ff]")),
            ("el", re.compile(r"[\u0370-\u03ff]")), ("hi", re.compile(r"[\u0900-\u097f]")),
            ("th", re.compile(r"[\u0e00-\u0e7f]")), ("ko", re.compile(r"[\uac00-\ud7af]")),
            ("ja", re.compile(r"[\u3040-\u30ff]")), ("zh", re.compile(r"[\u4e00-\u9fff]")))
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
# Markdown that is not prose: code, links' targets, quotes of other posts.
_NOT_PROSE = re.compile(r"```.*?```|`[^`]*`|\]\([^)]*\)|https?://\S+|^\s*>[^\n]*$",
                        re.DOTALL | re.MULTILINE)
MINIMUM_WORDS = 4


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(c))


def detect(text: str | None) -> str:
    """The language tag of `text` ("en", "es", "pt", "fr", "ar", …) or "und"."""
    if not text:
        return UNDETERMINED
    prose = _NOT_PROSE.sub(" ", text)
    letters = _LETTER.findall(prose)
    if not letters:
        return UNDETERMINED
    for tag, script in _SCRIPTS:
        if len(script.findall(prose)) * 2 > len(letters):
            if tag == "zh" and _SCRIPTS[7][1].search(prose):
                return "ja"
            return tag
    words = [_plain(word.lower()) for word in _WORD.findall(prose)]
    if len(words) < MINIMUM_WORDS:
        return UNDETERMINED
    scores = {tag: sum(word in vocabulary for word in words)
              for tag, vocabulary in _FUNCTION_WORDS.items()}
    best = max(scores, key=scores.__getitem__)
    if scores[best] < 2 or scores[best] * 8 < len(words):
        return UNDETERMINED
    if best in ("es", "pt") and abs(scores["es"] - scores["pt"]) <= 1:
        es, pt = (sum(word in _MARKERS[tag] for word in words) for tag in ("es", "pt"))
        if es != pt:
            best = "es" if es > pt else "pt"
        elif "ç" in text or "ã" in text or "õ" in text:
            best = "pt"
        elif "ñ" in text:
            best = "es"
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] == ranked[1] and best not in ("es", "pt"):
        return UNDETERMINED
    return best


def record(model: type, *text_attributes: str, target: str = "language") -> None:
    """Keep `model.<target>` the detected language of its text: set when a row is added and
    whenever one of its text attributes changes (an edit in another language is labelled
    anew). Called by the composition root for each kind of member-written row."""
    def before_insert(_mapper: Any, _connection: Any, row: Any) -> None:
        setattr(row, target, detect(_text(row, text_attributes)))

    def before_update(_mapper: Any, _connection: Any, row: Any) -> None:
        state = inspect(row)
        if any(state.attrs[name].history.has_changes() for name in text_attributes):
            setattr(row, target, detect(_text(row, text_attributes)))

    key = (model, text_attributes, target)
    if key in _RECORDED:  # mapper events are the process's: once, whatever the apps built
        return
    _RECORDED.add(key)
    event.listen(model, "before_insert", before_insert)
    event.listen(model, "before_update", before_update)


_RECORDED: set[tuple] = set()


def _text(row: Any, attributes: Iterable[str]) -> str:
    """The row's text: its attributes' strings, a mapping's values (a write-up's sections)."""
    parts: list[str] = []
    for name in attributes:
        value = getattr(row, name) or ""
        parts.extend(map(str, value.values()) if isinstance(value, dict) else [str(value)])
    return "\n".join(parts)


# Each kind of member-written row and its text column (a write-up version's sections are a
# JSON mapping), for `backfill`.
WRITTEN = {"posts": "raw", "case_versions": "sections", "live_messages": "body_raw",
           "live_questions": "body_raw"}
BATCH = 2000


def backfill(connection: Connection) -> int:
    """Detect the language of rows written before languages were recorded (migration 0018
    added the columns as "und"); returns how many were labelled. Idempotent."""
    labelled = 0
    for table, column in WRITTEN.items():
        last = 0
        while True:
            rows = connection.execute(text(
                f"SELECT id, {column} FROM {table} WHERE id > :last AND language = 'und' "
                f"ORDER BY id LIMIT {BATCH}"), {"last": last}).all()
            if not rows:
                break
            found = [{"id": row[0], "language": detect(_stored_text(row[1]))} for row in rows]
            found = [row for row in found if row["language"] != UNDETERMINED]
            if found:
                connection.execute(text(f"UPDATE {table} SET language = :language "
                                        f"WHERE id = :id"), found)
            labelled += len(found)
            last = rows[-1][0]
    # A topic's title is in its opening post's language (migration 0019 copied "und" where
    # the posts had not been labelled yet).
    connection.execute(text(
        "UPDATE topics SET language = (SELECT posts.language FROM posts WHERE "
        "posts.topic_id = topics.id AND posts.number = 1) WHERE language = 'und' AND EXISTS "
        "(SELECT 1 FROM posts WHERE posts.topic_id = topics.id AND posts.number = 1 "
        "AND posts.language <> 'und')"))
    return labelled


def _stored_text(value: Any) -> str:
    if isinstance(value, str) and value.startswith("{"):
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, dict):
        return "\n".join(str(part) for part in value.values())
    return str(value or "")

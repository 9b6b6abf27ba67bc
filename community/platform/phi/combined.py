"""The PHI scan the site runs: the rules (scanner.py) with the statistical model (model.py).

The rules find what has a shape or a keyword; the model adds identifiers in phrasings no rule
expects (bench/README.md, "Eleventh round" and "Twelfth round"), except where the rules know
the span is something else (scanner.known_not_identifier: a code, a measured number, an
eponym, a department, a cited reference), and removes a weak name or place of the rules' only
where it is all but certain there is none ("Bethesda" of a reporting system).

Then a name found once is found everywhere in the text (thirteenth round): a person named in
a context ("Dr Pichler", "her son Tesfalem") is often named again where nothing announces
them ("minutes by Pichler", "Tesfalem cried"), and whoever reads the one knows the other."""
from __future__ import annotations

import bisect
import re

from community.platform.phi.model import WHY as MODEL_WHY
from community.platform.phi.model import combine
from community.platform.phi.names import dictionaries, word_set
from community.platform.phi.scanner import Finding, known_not_identifier, starts_lower
from community.platform.phi.scanner import scan as scan_rules

ELSEWHERE = "the same name found elsewhere"
# A name's words are carried to their other occurrences when the rules found the name (in a
# context: the model's names carry no context, and it calls some clinics people: "Clínica
# Corazones Unidos") with at least this confidence (their weakest contexts are 0.6), as a
# name of this one.
CARRIED_FROM = 0.6
CARRIED_CONFIDENCE = 0.7
# Given names that are also everyday English words a sentence may start with ("Will review in
# clinic", "May need a CT"): carrying them would flag the word wherever it is written.
_ALSO_WORDS = word_set("""Will May Can Mark Bill Pat Sue Hope Grace Joy Faith Rose Dawn June
April August Gene Ray Drew Guy Rich Sunny Summer Autumn Hunter Case Chase Page Sage Reed Wade
Art Lance Rod Sandy Dusty Frank Jack Nick Victor Earl Duke King Glen Dale Cliff Heath Brook""")
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W\d_]|[^\W\d_]")


def scan(text: str, section: str | None = None) -> list[Finding]:
    """Every identifier found in `text`, in order, without overlaps. `section` is the CARE
    section key the text is from, when it is one (None: anywhere, nothing is allowed)."""
    return scan_many({section: text})[section]


def scan_many(texts: dict) -> dict:
    """scan() of each of `texts` ({section key: text}, as one document's parts: a write-up's
    sections), with a name found in one part found in every part."""
    found, vetoes = {}, {}
    for section, text in texts.items():
        vetoes[section] = _veto(section)
        found[section] = combine(text, scan_rules(text, section), veto=vetoes[section])
    words = frozenset().union(*(_name_words(f) for f in found.values()))
    return {section: _carried(text, found[section], vetoes[section], words)
            for section, text in texts.items()}


def _veto(section: str | None):
    def veto(text: str, f: Finding) -> bool:
        return known_not_identifier(text, f, section)
    return veto


def _carried(text: str, found: list[Finding], veto, words: frozenset[str]) -> list[Finding]:
    """`found` with the other occurrences of `words` (as names), where nothing else was found
    and the rules do not know the word to be something else."""
    if not words or not text:
        return found
    starts = [f.start for f in found]
    added: list[Finding] = []
    for m in _WORD.finditer(text):
        word = m.group()
        if word not in words and not (word.isupper() and word.title() in words):
            continue
        at = bisect.bisect_right(starts, m.start())
        if at and found[at - 1].end > m.start() or at < len(found) and found[at].start < m.end():
            continue  # inside or overlapping a finding
        candidate = Finding("name", m.start(), m.end(), word, CARRIED_CONFIDENCE, ELSEWHERE)
        if veto(text, candidate):
            continue
        if added and _joined(text, added[-1].end, m.start()):
            last = added.pop()  # "PHOMMACHANH Bounmy", "Camilleri, Gilles": one name
            candidate = Finding("name", last.start, m.end(), text[last.start:m.end()],
                                CARRIED_CONFIDENCE, ELSEWHERE)
        added.append(candidate)
    if not added:
        return found
    return sorted(found + added, key=lambda f: f.start)


def _joined(text: str, end: int, start: int) -> bool:
    return text[end:start] in (" ", ", ")


def _name_words(found: list[Finding]) -> frozenset[str]:
    """The words of the names the rules found surely enough that are not everyday words. (An
    eponym is refused where it stands: a patient called Parkinson does not make "Parkinson
    disease" a name, scanner.known_not_identifier.)"""
    d = dictionaries()
    return frozenset(
        w for f in found
        if f.category == "name" and f.confidence >= CARRIED_FROM and f.why != MODEL_WHY
        for w in (word.title() if word.isupper() and len(word) > 1 else word
                  for word in _WORD.findall(f.text))
        # capitalised, or of a script that does not capitalise names ("ريم", "ნინო")
        if len(w) >= 3 and not starts_lower(w) and w not in d.common and w not in _ALSO_WORDS)

"""The PHI scanner's statistical model: a CRF token tagger (CRFsuite, through python-crfsuite)
beside the rules of community.platform.phi.scanner.

The rules reach the forms their authors have seen; the model generalises from the labelled
notes in tests/phi (bench/phi_model.py trains it, deterministically, and writes
data/phi_crf.model). It tags tokens with IO labels per category (scanner.CATEGORIES) from
per-token features: the lowercased word, its shape ("Xxxx", "dddd", "XX-dd"), prefixes and
suffixes, digit/punctuation/length flags, membership in the scanner's own dictionaries
(names.py: given names, surnames, cities, regions, everyday words, eponyms' nouns, titles,
relations) and the same for the neighbours at -3…+2.

    from community.platform.phi.model import combine, model_findings
    model_findings(text)                  # the model's spans alone (confidence = marginal)
    combine(text, scanner.scan(text))     # the rules' findings with the model's added

Used by the site's scan (community.platform.phi.scan, combined.py): the rules' findings with
the model's added, where the rules do not know the words to be something else
(scanner.known_not_identifier). Alone, the model was confidently wrong on ordinary clinical
phrases — a state ("lives in Texas"), an eponym ("Wilson's disease"), a ward ("Neurology"),
trial and terminology codes, a laboratory panel read as an address — because it learnt from
generated notes; the vetoes, a higher bar for names and a drop only where it is all but
certain keep those out (bench/README.md, "Eleventh round" and "Twelfth round").

Inference: the model file loads once per process (lazily; CRFsuite reads it, its weights
are copied into numpy arrays); each word's contribution to the label scores (its own features
and those it gives its neighbours) is summed once and kept per word; the forward-backward
pass runs on all segments of a text at once (numpy); only segments (lines, sentences,
clauses of 24 tokens or fewer) that hold a candidate — a digit, "@", a web-like "x.y", an age
in words, a capitalised word after the first, a capitalised first word that is not an
everyday word — are tagged at all.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate, chain
from operator import itemgetter
from pathlib import Path

from community.platform.phi.names import (
    EPONYM_NOUNS,
    PARTICLES,
    RELATIONS,
    SUBJECT_VERBS,
    TITLES,
    dictionaries,
    word_set,
)
from community.platform.phi.scanner import CATEGORIES, Finding

MODEL_PATH = Path(__file__).parent / "data" / "phi_crf.model"
WHY = "the statistical model"

# The model calls a token part of an identifier when the probability that it is inside some
# span (1 - the marginal of "O") reaches INSIDE; its category is then the most probable one.
INSIDE = 0.5
# combine(): the model's spans decoded at ADD_THRESHOLD that overlap no rule finding and that
# the rules do not know to be something else (scanner.known_not_identifier) are added, except in
# NOT_ADDED categories (ages, and until the seventeenth round plates: 0 right and 150 wrong
# additions over five leave-one-author-out parts of the eleventh); a rule finding of confidence
# DROP_CONFIDENCE or less of a DROPPED category (a weak name or place: an eponym's place,
# "Bethesda", "Kyoto") is dropped when the model gives it less than DROP_SUPPORT. Twelfth round:
# the drop only where the model is all but certain, and never a date or a number (at 0.1 it
# dropped true names and dates of short sentences: "Kaiah has been unwell", "Admit 3/4 via ED";
# on fresh12 every drop under 0.03 was a false alarm, 49 of them, and the true ones began at
# 0.03).
ADD_THRESHOLD = 0.8
# Twelfth round: a name is added only where the model is surer (its span's mean probability):
# on fresh12, before it was trained on, names added at 0.8 were 20 right and 14 wrong ("Mallory-
# Weiss", "Afebrile"), at 0.95 16 right and none wrong.
CATEGORY_THRESHOLDS = {"name": 0.95}
# Thirteenth round: a name of two words or more, none of them an everyday word ("Fahad Tekle",
# "PHOMMACHANH Bounmy", "K. Antoniou"), is added from FULL_NAME (its tokens decoded at that
# level, its mean probability at least that): left out of fresh13 to fresh16 each, the model's
# such names between 0.6 and 0.95 were 20 right and 2 wrong ("Nipro Surdial X", a dialyser);
# its single words there were 7 right and 20 wrong (an eponym, "Gustilo-Anderson", and "Kala").
FULL_NAME = 0.6
# Seventeenth round: plates are added again. On fresh23 to fresh26, before the model was
# trained on them, the plates it added beyond the rules at ADD_THRESHOLD were 14 right and none
# wrong ("UM-78-RP", "川 500 あ 54-91", "1-WUN-257"), and no other part lost precision; its ages
# stay out (0 right, 10 wrong there: "58-year-old", "31F").
NOT_ADDED = frozenset({"age"})
DROP_CONFIDENCE = 0.7
DROP_SUPPORT = 0.01
# Fifteenth round: a name only under 0.002. On fresh19 and fresh20 before the model was trained
# on them, the weak names it would drop were 28 false ("Ver" of a form, support 0.0) and one
# true at 0.011 ("Concetta"); retrained, it gave a sentence's given name 0.003 ("Bongani slept
# well"). Places keep 0.01: the eponyms' places ("Prague criteria", "Kyoto") sit between.
NAME_DROP_SUPPORT = 0.002
DROPPED = frozenset({"name", "place"})

# IO labels: a token is outside ("O") or inside a span of a category ("I-date"). Two spans of
# one category with nothing but spaces between are one span then (1 in 8,553 labelled spans);
# without B- labels, training and tagging cost a quarter (20 labels, not 39).
LABELS = ("O",) + tuple(f"I-{c}" for c in CATEGORIES)

# CJK ideographs, kana and hangul are tokens one character each ("札幌市豊平区" holds a city
# and a ward); other words run to the next non-word character.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
# A candidate segment has a digit or "@" (the quick test), a web-like "x.y", "://", or an age
# in words ("ninety-two-year-old", "nonante-neuf ans", "tooghalvfems-årig")
_DIGIT_AT = re.compile(r"[\d@]")
_DIGIT = re.compile(r"\d")
_CANDIDATE = re.compile(r"[\d@]|\w\.[A-Za-z]|://|(?i:ninet|nonant|novent|novant|halvfems|neunzig|"
                        r"negentig|hundred|centen)")


# ---------------------------------------------------------------- features

_TITLE_WORDS = frozenset(t.lower() for t in TITLES if re.fullmatch(r"[\w/]+", t))
_RELATIONS = frozenset(RELATIONS)


# ---------------------------------------------------------------- tokens and segments

_ANY_CJK = re.compile(rf"[{_CJK}]")
_NEWLINES = re.compile(r"\n\s*(?=\S)")
_STOP = re.compile(r"[.!?;][ \t]+(?=[A-ZÀ-Þ])")
_WORD_BEFORE = re.compile(r"(\w+)\Z")
# Words a full stop abbreviates, after which a capital does not start a sentence
_ABBREVIATIONS = word_set("""
mr mrs ms mx dr drs prof sr sra srta jr st ste av ave avda blvd rd apt no nos nr tel fax
ref fig vol approx dept depto conj sig gng dhr mevr mdm ext str bldg gen col lt capt sgt
""") | _TITLE_WORDS
# A longer sentence is cut after a comma, semicolon or colon (or at MAX_TOKENS): the
# forward-backward pass takes as many steps as the longest segment has tokens.
MAX_TOKENS = 24
_COMMA, _SEMICOLON, _COLON = map(ord, ",;:")  # tokens of their own


class Segment:
    """A line, sentence or clause of a text: its words, and whether each is glued to the one
    before (no space between); `tokens` gives (start, end, word) offsets into the text."""

    __slots__ = ("gaps", "start", "words")

    def __init__(self, start: int, words: list[str], gaps: list[str]) -> None:
        self.start, self.words, self.gaps = start, words, gaps

    @property
    def tokens(self) -> list[tuple[int, int, str]]:
        edges = self.edges()
        return [(edges[2 * i + 1], edges[2 * i + 2], word) for i, word in enumerate(self.words)]

    def edges(self) -> list[int]:
        """Offsets: [start, token 0's start, its end, token 1's start, its end, …]."""
        return list(accumulate(chain.from_iterable(zip(map(len, self.gaps), map(len, self.words))),
                               initial=self.start))


# Each character's class for the tokenizer (by code point, filled as characters are met):
# 0 a token alone (punctuation, a CJK character), 1 part of a word, 2 a space, 255 not met yet
_classes: list = []


def _tokens(text: str):
    """The text's tokens as numpy arrays of (starts, ends, first characters' code points), from
    each character's class: runs of word characters (\\w), and each CJK character or other
    character that is not a space (\\s) alone."""
    import numpy as np

    if not _classes:
        _classes.append(np.full(0x110000, 255, dtype=np.uint8))
    table = _classes[0]
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    kinds = table[codes]
    if (kinds == 255).any():
        for code in np.unique(codes[kinds == 255]).tolist():
            ch = chr(code)
            table[code] = (0 if _ANY_CJK.match(ch) else 2 if _SPACE.match(ch)
                           else 1 if _WORD_CHAR.match(ch) or _mark(ch) else 0)
        kinds = table[codes]
    word = kinds == 1
    single = kinds == 0
    edge = np.empty(len(word) + 1, dtype=bool)  # a word character after a non-word one
    edge[0] = False
    edge[-1] = False
    edge[1:-1] = word[1:] != word[:-1]
    begins = single | (word & edge[:-1])
    begins[0] = single[0] or word[0]
    ends = single | (word & edge[1:])
    ends[-1] = single[-1] or word[-1]
    starts = np.flatnonzero(begins)
    return starts, np.flatnonzero(ends) + 1, codes[starts]


_SPACE = re.compile(r"\s")
_WORD_CHAR = re.compile(r"\w")


def _mark(ch: str) -> bool:
    """A combining mark (Unicode category M: a virama, a vowel sign, a tone mark) belongs to
    the word it marks. Python's \\w leaves marks out, which cut "बाल्ता" into "ब", "ल",
    "त" and every word of Devanagari, Bengali, Tamil, Sinhala, Thai, Khmer or Myanmar text
    into letters the model then took for names and places."""
    return unicodedata.category(ch).startswith("M")


def _split(text: str):
    """The text's tokens and its segments (see segments()): (words, starts, ends, ranges, glued),
    where each segment is a range (first, past the last) of token indices and glued (numpy)
    says whether a token follows the one before without a space."""
    import numpy as np

    if not text:
        return [], [], [], [], None
    begin_array, end_array, firsts = _tokens(text)
    if not len(begin_array):
        return [], [], [], [], None
    starts, ends = begin_array.tolist(), end_array.tolist()
    words = [text[a:b] for a, b in zip(starts, ends)]
    glued = begin_array[1:] == end_array[:-1]
    # a segment starts at a line's first token and after a sentence's end
    cuts = {bisect_left(starts, m.end()) for m in _NEWLINES.finditer(text)}
    for m in _STOP.finditer(text):
        p = m.start()
        if text[p] != ";":
            word = _word_before(text, p, words, starts, ends)
            if word is not None and (len(word) < 3 or word.isdigit()
                                     or word.lower() in _ABBREVIATIONS):
                continue
        cuts.add(bisect_left(starts, m.end()))
    n = len(words)
    cuts.discard(0)
    cuts.discard(n)
    ranges: list[tuple[int, int]] = []
    begin = 0
    stops = None
    for end in [*sorted(cuts), n]:
        if end - begin <= MAX_TOKENS:
            ranges.append((begin, end))
        else:
            if stops is None:  # the commas, semicolons and colons
                stops = np.flatnonzero((firsts == _COMMA) | (firsts == _SEMICOLON)
                                       | (firsts == _COLON)).tolist()
            _clauses(stops, begin, end, ranges)
        begin = end
    return words, starts, ends, ranges, glued


def _word_before(text: str, p: int, words: list[str], starts: list[int],
                 ends: list[int]) -> str | None:
    """The run of word characters (\\w) that ends at `p`, as _WORD_BEFORE finds it in the line
    and the 20 characters before `p`, or None. It is the token before `p` (a regular
    expression's search costs more), except next to a CJK character (a token of its own, but
    a word character) or after a word longer than 20 characters: those are searched."""
    j = bisect_left(starts, p) - 1
    if j < 0 or ends[j] != p:
        return None  # a space before p
    word = words[j]
    if not _WORD_CHAR.match(word):
        return None  # punctuation ("etc.)." — the run of characters before is not a word)
    if (len(word) > 20 or _ANY_CJK.match(word)
            or (j and starts[j] == ends[j - 1] and _ANY_CJK.match(words[j - 1]))):
        found = _WORD_BEFORE.search(text, max(text.rfind("\n", 0, p) + 1, p - 20), p)
        return found and found.group(1)
    return word


def _clauses(stops: list[int], begin: int, n: int, out: list[tuple[int, int]]) -> None:
    # cut after the first comma, semicolon or colon at least MAX_TOKENS // 2 tokens in, or
    # after MAX_TOKENS tokens, whichever comes first (`stops`: the indices of those tokens)
    while True:
        cut = begin + MAX_TOKENS - 1
        j = bisect_left(stops, begin + MAX_TOKENS // 2)
        if j < len(stops) and stops[j] < cut:
            cut = stops[j]
        if cut >= n:
            break
        out.append((begin, cut + 1))
        begin = cut + 1
    if begin < n:
        out.append((begin, n))


def _segment(text: str, words, starts, ends, a: int, b: int) -> Segment:
    return Segment(starts[a], list(words[a:b]),
                   ["", *(text[ends[i - 1]:starts[i]] for i in range(a + 1, b))])


def segments(text: str) -> list[Segment]:
    """The text's lines, cut into sentences (". " before a capital, not after a title or an
    abbreviation; "; "), and those into clauses of MAX_TOKENS or fewer. The first gap is
    always "" (a segment starts at its first word)."""
    words, starts, ends, ranges, _ = _split(text)
    return [_segment(text, words, starts, ends, a, b) for a, b in ranges]


def _candidate_ranges(text: str, words, starts, ends, ranges) -> list[tuple[int, int]]:
    common = dictionaries().common
    digit_at, search = _DIGIT_AT.search, _CANDIDATE.search
    out = []
    for a, b in ranges:
        first = words[a]
        if (digit_at(text, starts[a], ends[b - 1])
                or any(w[0].isupper() for w in words[a + 1:b])
                or (first[0].isupper() and first not in common)
                or search(text, starts[a], ends[b - 1])):
            out.append((a, b))
    return out


class _Candidates:
    """A text's candidate segments, as ranges of its tokens (starts, ends: every token's)."""

    __slots__ = ("ends", "firsts", "lengths", "ranges", "starts")

    def __init__(self, starts: list[int], ends: list[int], ranges: list[tuple[int, int]]) -> None:
        self.starts, self.ends, self.ranges = starts, ends, ranges
        self.firsts = [a for a, _ in ranges]
        self.lengths = [b - a for a, b in ranges]

    def __len__(self) -> int:
        return len(self.ranges)


def candidate_segments(text: str) -> list[Segment]:
    """The segments that could hold an identifier (the model is run on these only): with a
    digit, "@", a web-like "x.y", an age in words, a capitalised word after the first, or a
    first word that is capitalised and not an everyday word ("Oluwaseun came back")."""
    words, starts, ends, ranges, _ = _split(text)
    return [_segment(text, words, starts, ends, a, b)
            for a, b in _candidate_ranges(text, words, starts, ends, ranges)]


# ---------------------------------------------------------------- word features


def _shape(word: str) -> str:
    out = []
    for ch in word:
        if ch.isdigit():
            out.append("d")
        elif ch.isalpha():
            out.append("X" if ch.isupper() else "x")
        else:
            out.append(ch)
    return "".join(out)


def _short(shape: str) -> str:
    out = []
    for ch in shape:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _length(n: int) -> str:
    return str(n) if n <= 4 else "5-6" if n <= 6 else "7-8" if n <= 8 else "9-11" if n <= 11 else "12+"


@lru_cache(maxsize=1)
def _lists():
    d = dictionaries()
    cities = frozenset(d.cities_by_first)
    return d, cities


def word_features(word: str) -> tuple[list[str], list[str], list[str]]:
    """(own features, those a neighbour at ±1 shares, those a neighbour at ±2/-3 shares)."""
    d, cities = _lists()
    lower = word.lower()
    shape = _shape(word)
    short = _short(shape)
    has_digit = "d" in short
    near: list[str] = ["ss=" + short]
    if has_digit:
        near.append("s=" + (shape if len(shape) <= 12 else short + "+"))
        far = ["ss=" + short]
    else:
        near.append("w=" + lower)
        far = ["w=" + lower]
    flags = []
    if word in d.given:
        flags.append("given")
    if word in d.surnames:
        flags.append("sur")
    if word in d.common:
        flags.append("common")
    if word in d.regions:
        flags.append("region")
    if word in cities:
        flags.append("city")
    if lower in EPONYM_NOUNS:
        flags.append("epo")
    if lower in _TITLE_WORDS:
        flags.append("title")
    if lower in _RELATIONS:
        flags.append("rel")
    if lower in PARTICLES:
        flags.append("part")
    if lower in SUBJECT_VERBS:
        flags.append("verb")
    near += flags
    far += flags
    own = list(near)
    if not has_digit:
        own.append("s=" + (shape if len(shape) <= 12 else short + "+"))
    own.append("len=" + _length(len(word)))
    if word.isalpha():
        if len(word) > 2:
            own += ["p2=" + lower[:2], "p3=" + lower[:3], "x2=" + lower[-2:], "x3=" + lower[-3:]]
        if not word.isascii():
            own.append("nonascii")
    elif has_digit and not word.isdigit():
        own.append("alnum")
    return own, near, far


class _Features:
    """Each word's feature strings, built once: own, at -1/+1, at -2/+2 and -3 (prefixed)."""

    LIMIT = 60_000  # words cached before the cache is emptied (a long-lived process)

    def __init__(self) -> None:
        self.cache: dict[str, tuple[list[str], ...]] = {}

    def of(self, word: str) -> tuple[list[str], ...]:
        got = self.cache.get(word)
        if got is None:
            own, near, far = word_features(word)
            got = (own, ["-1:" + f for f in near], ["+1:" + f for f in near],
                   ["-2:" + f for f in far], ["+2:" + f for f in far],
                   ["-3:" + f for f in far if f.startswith("w=")])
            if len(self.cache) >= self.LIMIT:
                self.cache.clear()
            self.cache[word] = got
        return got

    def sequence(self, segment: Segment) -> list[list[str]]:
        """CRFsuite's items for a segment: each token's features and its neighbours'."""
        words, gaps = segment.words, segment.gaps
        per = [self.of(word) for word in words]
        n = len(words)
        xseq = []
        for i in range(n):
            x = list(per[i][0])
            if i == 0:
                x.append("bos")
            else:
                x += per[i - 1][1]
                if not gaps[i]:
                    x.append("glued")  # no space before ("dr.k", "MRN:")
                if i > 1:
                    x += per[i - 2][3]
                    if i > 2:
                        x += per[i - 3][5]
            if i + 1 < n:
                x += per[i + 1][2]
                if not gaps[i + 1]:
                    x.append("glued+")
                if i + 2 < n:
                    x += per[i + 2][4]
            else:
                x.append("eos")
            xseq.append(x)
        return xseq


def labelled_segments(text: str, spans) -> list[tuple[list[list[str]], list[str]]]:
    """Training items for one note: (features, IO labels) for each candidate segment.
    `spans` are (category, start, end); a token overlapping a span takes its label."""
    features = _training_features()
    items = []
    for segment in candidate_segments(text):
        labels = []
        for t_start, t_end, _ in segment.tokens:
            label = "O"
            for category, s, e in spans:
                if t_start < e and s < t_end:
                    label = "I-" + category
                    break
            labels.append(label)
        items.append((features.sequence(segment), labels))
    return items


@lru_cache(maxsize=1)
def _training_features() -> _Features:
    return _Features()


# ---------------------------------------------------------------- the model

# the first store's rows 1-4: the flags' vectors; words from row 5 on
_FLAGS = ("bos", "eos", "glued", "glued+")
_FIRST_WORD_ROW = 1 + len(_FLAGS)
# the six stores: a token's own word's vectors, and its neighbours' at -1, +1, -2, +2, -3
_OFFSETS = (0, -1, 1, -2, 2, -3)
_NEIGHBOUR_PREFIXES = ("-1:", "+1:", "-2:", "+2:", "-3:")  # of the features' names


class Model:
    """A loaded model file (one per process: `model()`).

    CRFsuite trained it and reads it; inference is done here, with numpy, for speed: each
    word's contribution to the label scores (its own features, and those it gives its
    neighbours at -3…+2) is summed once and kept as a vector per label, a token's scores are
    the sum of its words' vectors, and the forward-backward pass runs on all segments of a
    text at once. A token is in an identifier when 1 - P(O) reaches INSIDE (posterior
    decoding), of its most probable category; a span's confidence is that probability,
    averaged. `tagger` (CRFsuite's own) gives the same marginals (tests/phi/test_model.py)."""

    def __init__(self, path: Path | str = MODEL_PATH) -> None:
        import numpy as np
        import pycrfsuite

        self.path = str(path)
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(self.path)
        info = self.tagger.info()
        self.labels = [label for label, _ in sorted(info.labels.items(), key=lambda kv: kv[1])]
        index = {label: i for i, label in enumerate(self.labels)}
        size = len(self.labels)
        self.outside = index["O"]
        self.categories = [label[2:] for label in self.labels]  # "I-date": "date"
        weights: dict[str, np.ndarray] = {}
        for (attribute, label), weight in info.state_features.items():
            weights.setdefault(attribute, np.zeros(size))[index[label]] += weight
        self.weights = weights
        # the weights as rows of one table (row 0: zeros) and, for each of a word's six
        # vectors (own, at -1, +1, -2, +2, -3), its features' rows by their unprefixed names
        self.table = np.vstack([np.zeros(size), *weights.values()])
        own = {name: row for row, name in enumerate(weights, 1)}
        self.feature_rows = [own] + [
            {name[len(prefix):]: row for name, row in own.items() if name.startswith(prefix)}
            for prefix in _NEIGHBOUR_PREFIXES]
        transitions = np.zeros((size, size))
        for (before, after), weight in info.transitions.items():
            transitions[index[before], index[after]] = weight
        # float32: the marginals agree with CRFsuite's to 1e-5, and the arrays are half as big
        self.exp_transitions = np.exp(transitions).astype(np.float32)
        self.exp_transitions_t = np.ascontiguousarray(self.exp_transitions.T)
        self.exp_both = np.stack((self.exp_transitions, self.exp_transitions_t))
        zero = np.zeros(size)
        # each word's six vectors (own, at -1, +1, -2, +2, -3), one row per word in each of six
        # stores; row 0: zeros (the padding), and in the first store rows 1-4 hold the vectors
        # of the flags "bos", "eos", "glued", "glued+" (a token's scores gather them all)
        self.rows: dict[str, int] = {}
        self.stores = np.zeros((6, 4096, size), dtype=np.float32)
        for row, flag in enumerate(_FLAGS, 1):
            self.stores[0, row] = weights.get(flag, zero)
        self.size = _FIRST_WORD_ROW
        self.np = np
        self.lock = threading.Lock()  # the store: one text at a time

    def vectors(self, word: str):
        """A word's six score vectors: own, and as the neighbour at -1, +1, -2, +2, -3."""
        return self._vectors([word])[0]

    def _vectors(self, words: Sequence[str]):
        """Each word's six score vectors (words x 6 x labels, float64): the sums of its
        features' weights, added one by one in the order of word_features() (the sums that
        Python's sum() of the weights gave, to the bit)."""
        np = self.np
        groups = [rows for word in words for rows in self._feature_rows(word)]
        counts = np.array([len(rows) for rows in groups])
        # index[i, k]: the row of group i's k-th feature (as many columns as the longest has)
        index = np.zeros((len(groups), int(counts.max())), dtype=np.intp)
        index[np.arange(index.shape[1]) < counts[:, None]] = list(chain.from_iterable(groups))
        sums = np.zeros((len(groups), len(self.labels)))
        for k in range(index.shape[1]):  # the k-th weights of the groups that have one
            having = np.flatnonzero(counts > k)
            sums[having] += self.table.take(index[having, k], axis=0)
        return sums.reshape(len(words), 6, len(self.labels))

    def _feature_rows(self, word: str) -> list[list[int]]:
        """The table's rows of a word's features, for each of its six vectors."""
        own, near, far = word_features(word)
        far3 = [f for f in far if f.startswith("w=")]
        return [[row for row in map(rows.get, features) if row is not None]
                for rows, features in zip(self.feature_rows, (own, near, near, far, far, far3))]

    def _rows(self, words: Sequence[str]) -> list[int]:
        """Each word's row in the vector stores, adding the words not in them yet."""
        rows = self.rows
        if len(rows) > _Features.LIMIT:  # a long-lived process: start again
            rows.clear()
            self.size = _FIRST_WORD_ROW
        try:
            return list(map(rows.__getitem__, words))
        except KeyError:
            pass
        missing = [w for w in dict.fromkeys(words) if w not in rows]
        if missing:
            np = self.np
            need = self.size + len(missing)
            if need > len(self.stores[0]):
                grown = np.zeros((6, max(need, 2 * len(self.stores[0])), len(self.labels)),
                                 dtype=np.float32)
                grown[:, :self.size] = self.stores[:, :self.size]
                self.stores = grown
            self.stores[:, self.size:need] = self._vectors(missing).transpose(1, 0, 2)
            for word in missing:
                rows[word] = self.size
                self.size += 1
        return [rows[w] for w in words]

    def marginals(self, text: str):
        """(candidate segments, marginals: segments x longest x labels, lengths)."""
        np = self.np
        words, starts, ends, ranges, glued_words = _split(text)
        segs = _Candidates(starts, ends, _candidate_ranges(text, words, starts, ends, ranges))
        if not segs:
            return segs, None, None
        lengths = np.array(segs.lengths)
        longest = int(lengths.max())
        inside = np.arange(longest) < lengths[:, None]
        segment, position = np.nonzero(inside)  # each candidate token's, in the text's order
        tokens = np.array(segs.firsts)[segment] + position
        rows = self._rows(itemgetter(*tokens.tolist())(words) if len(tokens) > 1
                          else [words[tokens[0]]])
        e = self._emissions(segment, position, tokens, rows, lengths, glued_words)
        # position-major (longest x segments), the segments longest first (the ones that have
        # ended are the last ones at each step); past a segment's end, emissions of 1
        order = np.argsort(-lengths, kind="stable")
        rank = np.argsort(order)  # each segment's place in that order
        by_length = lengths[order]
        emissions = np.ones((longest, 2, len(segs), len(self.labels)), dtype=np.float32)
        emissions[position, 0, rank[segment]] = e
        emissions[:, 1] = emissions[::-1, 0]  # backwards, for the backward pass
        # forward-backward, scaled every few steps (marginals do not need the normaliser);
        # past a segment's end, alpha is never read and beta starts again at 1. Both passes
        # go in one loop: at step t, [alpha, e * beta] of the step before (forward at t - 1,
        # backward at longest - t) times [T, T'] gives [alpha before e, beta] at t and
        # s = longest - 1 - t.
        both = self.exp_both
        matmul, multiply = np.matmul, np.multiply
        running = (by_length[None, :] - 1 > np.arange(longest)[:, None]).sum(axis=1).tolist()
        passes = np.empty_like(emissions)  # [alpha at t, e * beta at s]
        products = np.empty_like(emissions)  # [alpha at t before e, beta at s]
        passes[0] = emissions[0]
        products[0, 1] = 1.0
        for t in range(1, longest):
            s = longest - 1 - t
            y = products[t]
            matmul(passes[t - 1], both, out=y)
            b = y[1]
            if s % 4 == 0:
                b /= b.sum(axis=1, keepdims=True)
            b[running[s]:] = 1.0
            a = multiply(y, emissions[t], out=passes[t])[0]
            if t % 4 == 0:
                a /= a.sum(axis=1, keepdims=True)
        marginal = multiply(passes[:, 0], products[::-1, 1])
        marginal /= marginal.sum(axis=2, keepdims=True)
        return segs, marginal.transpose(1, 0, 2)[rank], lengths

    def _emissions(self, segment, position, tokens, rows, lengths, glued_words):
        """Each candidate token's exp(scores - their max), one row per token: the sum of its
        word's vector, its neighbours' (within its segment) and its flags', always added in
        the same order (own, -1, +1, -2, +2, -3, bos, eos, glued, glued+; a missing one adds
        a row of zeros, which changes no sum), so the float32 scores are the same to the bit
        however the tokens are laid out."""
        np = self.np
        n = len(tokens)
        capacity = self.stores.shape[1]
        left = position  # tokens before, and after, each one in its segment
        right = lengths[segment] - 1 - position
        # index[k, i]: the k-th vector token i sums, as a row of the stores seen as one table
        # (store k's row r: k * capacity + r; row 0 of each: zeros, for a missing neighbour)
        index = np.empty((10, n), dtype=np.intp)
        padded = np.zeros(n + 5, dtype=np.intp)  # the candidate tokens' rows, in order
        padded[3:-2] = rows
        for k, offset in enumerate(_OFFSETS):
            there = left >= -offset if offset < 0 else right >= offset
            np.multiply(padded[3 + offset:3 + offset + n], there, out=index[k])
            index[k] += k * capacity
        glued = np.concatenate(([False], glued_words))[tokens] & (left > 0)
        np.multiply(left == 0, 1, out=index[6])  # bos
        np.multiply(right == 0, 2, out=index[7])  # eos
        np.multiply(glued, 3, out=index[8])
        index[9, -1] = 0
        np.multiply(glued[1:], 4, out=index[9, :-1])  # glued+: the next one is glued to it
        vectors = self.stores.reshape(-1, len(self.labels)).take(index, axis=0)
        scores = vectors[0] + vectors[1]
        for k in range(2, 10):
            scores += vectors[k]
        # label-major: the max over the labels is then one pass over contiguous rows
        scores = np.ascontiguousarray(scores.T)
        return np.exp(scores - scores.max(axis=0)).T

    def tagged(self, text: str):
        """The text's candidate segments and their marginals (see marginals())."""
        with self.lock:
            segs, marginal, lengths = self.marginals(text)
        return segs, marginal, lengths

    def spans(self, text: str, tagged, inside: float = INSIDE) -> list[Finding]:
        """The model's spans: runs of tokens that are inside some span with probability
        `inside` or more (1 - the marginal of "O"), cut where the most probable category
        changes; a span's confidence is that probability, averaged over its tokens."""
        return [Finding(category, start, end, text[start:end], round(total / count, 3), WHY)
                for category, start, end, total, count in self.runs(tagged, inside)]

    def runs(self, tagged, inside: float = INSIDE) -> list[tuple[str, int, int, float, int]]:
        """spans() before they are findings: (category, start, end, the sum of the tokens'
        probabilities, the number of tokens) of each."""
        np = self.np
        segs, marginal, lengths = tagged
        if not segs:
            return []
        outside = self.outside
        p_in = 1.0 - marginal[:, :, outside]
        is_in = (p_in >= inside) & (np.arange(p_in.shape[1]) < lengths[:, None])
        keep = np.flatnonzero(is_in.any(axis=1))  # the segments with a span
        if not len(keep):
            return []
        # the most probable category of each token inside (of those only: they are few)
        scored = marginal[is_in]
        scored[:, outside] = -1.0
        labels = np.full(is_in.shape, -1, dtype=np.intp)
        labels[is_in] = scored.argmax(axis=1)
        labels, p_in, is_in = labels[keep], p_in[keep], is_in[keep]
        before = np.full_like(labels, -1)
        before[:, 1:] = labels[:, :-1]
        after = np.full_like(labels, -1)
        after[:, :-1] = labels[:, 1:]
        inside_labels = labels >= 0
        rows, firsts = np.nonzero(inside_labels & (labels != before))  # a run's first token
        lasts = np.nonzero(inside_labels & (labels != after))[1]  # …and its last, in order
        totals = np.cumsum(np.where(is_in, p_in, 0.0), axis=1)
        sums = totals[rows, lasts] - totals[rows, firsts] + p_in[rows, firsts]
        names = self.categories
        starts, ends, token0 = segs.starts, segs.ends, segs.firsts
        return [(names[label], starts[token0[k] + i], ends[token0[k] + j], total, j - i + 1)
                for k, i, j, label, total in zip(keep[rows].tolist(), firsts.tolist(),
                                                 lasts.tolist(), labels[rows, firsts].tolist(),
                                                 sums.tolist())]

    def support(self, tagged, check: list[tuple[int, int]]) -> list[float]:
        """For each (start, end) in `check`: the highest probability, over the tokens it
        overlaps, that a token is inside some span (1.0 where the model did not look)."""
        segs, marginal, _ = tagged
        support: list[float | None] = [None] * len(check)
        if check and segs:
            outside = self.outside
            token_starts, token_ends = segs.starts, segs.ends
            starts = [token_starts[a] for a in segs.firsts]  # in order, not overlapping
            for c, (c_start, c_end) in enumerate(check):
                k = max(bisect_right(starts, c_start) - 1, 0)
                while k < len(segs) and starts[k] < c_end:
                    a = segs.firsts[k]
                    for i in range(segs.lengths[k]):
                        if token_starts[a + i] < c_end and c_start < token_ends[a + i]:
                            value = 1.0 - float(marginal[k, i, outside])
                            support[c] = max(support[c] or 0.0, value)
                    k += 1
        return [1.0 if s is None else s for s in support]

    def run(self, text: str, check: list[tuple[int, int]] = (),
            inside: float = INSIDE) -> tuple[list[Finding], list[float]]:
        """spans() and support() of `text`."""
        tagged = self.tagged(text)
        return self.spans(text, tagged, inside), self.support(tagged, check)

    def findings(self, text: str, inside: float = INSIDE) -> list[Finding]:
        return self.spans(text, self.tagged(text), inside)

    def crfsuite_marginals(self, text: str) -> list[list[list[float]]]:
        """The same marginals from CRFsuite's own tagger (slower; for tests)."""
        features = _Features()
        out = []
        for segment in candidate_segments(text):
            self.tagger.set(features.sequence(segment))
            out.append([[self.tagger.marginal(label, i) for label in self.labels]
                        for i in range(len(segment.words))])
        return out


_loaded: dict[str, Model] = {}
_load_lock = threading.Lock()


def model() -> Model:
    """The model, loaded on first use, once per process."""
    got = _loaded.get("model")
    if got is None:
        with _load_lock:
            got = _loaded.get("model")
            if got is None:
                got = _loaded["model"] = Model()
    return got


def model_findings(text: str, section: str | None = None,
                   inside: float = INSIDE) -> list[Finding]:
    """The model's spans in `text`, in order (confidence: the probability that their tokens
    are inside an identifier, averaged). `section` is accepted for scan()'s signature."""
    if not text or not isinstance(text, str):
        return []
    return model().findings(text, inside)


def combine(text: str, rule_findings: list[Finding], threshold: float = ADD_THRESHOLD,
            drop_confidence: float = DROP_CONFIDENCE, drop_support: float = DROP_SUPPORT,
            not_added: frozenset[str] = NOT_ADDED, veto=None,
            using: Model | None = None) -> list[Finding]:
    """The rules' findings (scanner.scan(text)) with the model's (`using`, or the shipped
    one): its spans decoded at `threshold` (a name at CATEGORY_THRESHOLDS') that overlap no
    rule finding, are not of a `not_added` category and that `veto(text, finding)` does not
    refuse are added; a rule finding of a DROPPED category and of confidence
    `drop_confidence` or less that the model gives less than `drop_support` (the highest
    probability of its tokens being inside any span) is dropped. In order, without overlaps.
    (drop_confidence=-1: drop nothing.) `veto` must depend on its arguments alone: it is
    asked only about the spans that would otherwise be added."""
    if not text or not isinstance(text, str):
        return list(rule_findings)
    m = using or model()
    tagged = m.tagged(text)
    weak = [i for i, f in enumerate(rule_findings)
            if f.confidence <= drop_confidence and f.category in DROPPED]
    support = m.support(tagged, [(rule_findings[i].start, rule_findings[i].end) for i in weak])
    supports: list[float | None] = [None] * len(rule_findings)
    for i, value in zip(weak, support):
        supports[i] = value
    kept = _kept(rule_findings, supports, drop_support)
    overlaps = _overlaps(kept)
    found = []
    for category, start, end, total, count in m.runs(tagged, threshold):
        if category != "address" and (category in not_added or overlaps(start, end)):
            continue  # refused below anyway (only an address changes in _placed): not built
        confidence = round(total / count, 3)
        if confidence >= CATEGORY_THRESHOLDS.get(category, threshold):
            found.append(_placed(Finding(category, start, end, text[start:end], confidence, WHY)))
    found += _full_names(text, m.runs(tagged, FULL_NAME), overlaps, _overlaps(found))
    added = [f for f in found if f.category not in not_added and not overlaps(f.start, f.end)]
    if veto is not None:  # asked last: most spans overlap a rule finding, and it costs
        added = [f for f in added if not veto(text, f)]
    return _merged(rule_findings, kept, added)


def _full_names(text: str, runs, *taken) -> list[Finding]:
    """The names of two words or more, none an everyday word or holding a digit (a drug and
    its dose, "Amoxicillin 1000", is no one's name), among `runs` (decoded at FULL_NAME) that
    overlap nothing `taken` already holds."""
    common = dictionaries().common
    names = []
    for category, start, end, total, count in runs:
        if category != "name" or total / count < FULL_NAME or any(t(start, end) for t in taken):
            continue
        words = text[start:end].split()
        if len(words) >= 2 and not any(w.strip(".,") in common or _DIGIT.search(w)
                                       for w in words):
            names.append(Finding("name", start, end, text[start:end], round(total / count, 3),
                                 WHY))
    return names


def _placed(f: Finding) -> Finding:
    """An address the model found that is a town's name alone ("Adresse: Paris"), or with a
    number after it that no street has ("Adresse: Paris 75", "Adres: Kraków 12 lat temu"), is
    that town: a place."""
    if f.category != "address":
        return f
    town = _TOWN_AND_NUMBER.match(f.text)
    if town and (town.end() < len(f.text) and any(c.isdigit() for c in f.text[town.end():])):
        town = None  # more numbers after it: a street's
    if not any(c.isdigit() for c in f.text) or town and _is_town(town.group("t")):
        end = f.start + len(town.group("t")) if town else f.end
        return Finding("place", f.start, end, f.text[:end - f.start], f.confidence, f.why)
    return f


_TOWN_AND_NUMBER = re.compile(r"(?P<t>[^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*)?)[ \t]+\d{1,3}(?!\w)")


def _is_town(words: str) -> bool:
    return words in dictionaries().cities_by_first.get(words.split(" ", 1)[0], ())


def merge(rule_findings: list[Finding], model_found: list[Finding],
          supports: list[float | None], drop_support: float = DROP_SUPPORT,
          not_added: frozenset[str] = NOT_ADDED) -> list[Finding]:
    """combine()'s rule, given the model's spans and each rule finding's support (None: not
    weak enough to be dropped)."""
    kept = _kept(rule_findings, supports, drop_support)
    return _merged(rule_findings, kept, _addable(kept, model_found, not_added))


def _kept(rule_findings: list[Finding], supports: list[float | None],
          drop_support: float) -> list[Finding]:
    return [f for f, s in zip(rule_findings, supports)
            if s is None or s >= (min(drop_support, NAME_DROP_SUPPORT) if f.category == "name"
                                  else drop_support)]


def _addable(kept: list[Finding], model_found: list[Finding],
             not_added: frozenset[str]) -> list[Finding]:
    """The model's spans that are not of a `not_added` category and overlap no kept finding."""
    overlaps = _overlaps(kept)
    return [f for f in model_found if f.category not in not_added and not overlaps(f.start, f.end)]


def _overlaps(kept: list[Finding]):
    """A test of whether a span (start, end) overlaps one of `kept`."""
    # a span overlaps a kept finding when one of those starting before its end reaches past
    # its start
    ordered = sorted(kept, key=lambda f: f.start)
    starts = [f.start for f in ordered]
    reach = list(accumulate((f.end for f in ordered), max))

    def overlaps(start: int, end: int) -> bool:
        k = bisect_left(starts, end)
        return k > 0 and reach[k - 1] > start

    return overlaps


def _merged(rule_findings: list[Finding], kept: list[Finding],
            added: list[Finding]) -> list[Finding]:
    if not added and len(kept) == len(rule_findings):
        return list(rule_findings)
    return sorted([*kept, *added], key=lambda f: f.start)

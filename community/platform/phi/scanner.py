"""The PHI scanner: finds, in free text, the identifiers of HIPAA Safe Harbor, 45 CFR
164.514(b)(2) that text can carry, and says for each what it is and why it was flagged.

Pure Python, no network, one pass per pattern plus one walk over the capitalised words.
It warns; the author fixes the text or justifies keeping it (community.cases.deid).

Decisions (each tested in tests/phi):
- Names are flagged in a patient context: after a title (Mr, Mrs, Ms, Dr…), after "patient",
  "named", "called", after a relative ("his wife Mary"), as a full name whose parts are both in
  the name dictionaries ("Sarah Connolly"), or as a dictionary given name that starts a
  sentence before a verb ("Maria presented…") or owns something ("Priya's symptoms").
  Without a title or a relation too: a dictionary given name inside a sentence ("Discussed
  with Mateo"), one starting a sentence before a lower-case word ("Kofi came back"), a given
  name before an unknown capitalised word ("Pedro Moreau"), and any unknown capitalised word
  after "spoke to", "discussed with", "called", "accompanied by"… ("spoke to Oluwaseun").
  A capitalised word followed by "disease", "syndrome", "sign", "stain", "criteria"… is an
  eponym, never a name ("Parkinson disease", "Gram stain", "Wilson's disease"); citations
  ("Smith et al.") are not names.
- Clinicians after "Dr" ARE flagged (lower confidence): in a case write-up the treating
  doctor's name points to the hospital and so to the patient. An author overrides it when it
  is a cited author.
- Dates: every element other than the year (12/03/2024, 3 March 2024, March 3rd, 2024-03-03,
  "on the 3rd of March", "September 2019", "admitted in March"). Relative days ("day 3",
  "week 2") and bare years ("in 2019") are fine.
- Ages over 89 ("92-year-old", "aged 95", "95 yo", "96 y.o.", "Age: 97", "ninety-two-year-old",
  "in her nineties"); "90 or older" is what
  Safe Harbor asks for and is never flagged.
- Places smaller than a state: street addresses, P.O. boxes, cities (a gazetteer of ~6,700
  cities; names that are also people's names or words need a place context such as "lives in"),
  counties, towns ("town of X"), named hospitals; states and countries are never flagged, nor
  are places in eponymous rules and classifications ("Ottawa ankle rules", "Los Angeles grade").
- Numbers: phone and fax (international formats; "fax" nearby makes it a fax), SSN, ZIP and
  UK/Canadian postcodes (a ZIP needs a state or "ZIP" before it), and identifiers announced by
  a keyword (MRN, member ID, account, licence, plate, VIN, serial number, IMEI…) however it
  is announced: keyword before ("Licence: D123", "licence no. D123", "plate #7ABC123", "MRN
  number is 123", a table cell "| MRN | 123 |", a line break, "The MRN for this visit is 123")
  or after ("D1234567 (driver's licence)", "7ABC123 is the plate of her car"), in an ordinary
  sentence ("she drives a car with plate 7ABC123"). The value must look like one: capitals and
  digits, four characters or more, two digits, not a year ("plate 12", "bed 4" are not). Clinical
  numbers (lab values, BP 120/80, doses, ECG intervals, scores, "2/6 murmur", G3P2, TNM,
  ratios) have none of these shapes or contexts.
- Item 18's catch-all: a code of capitals and digits, six characters or more, with a run of
  four digits (or six in all), no keyword needed, is flagged with low confidence (0.4) under
  the category a word before it on its line names ("DL: A12345678"), else "other identifier".
  Clinical codes (HbA1c, BRCA1, CYP2D6, COVID-19, HLA-B27, T2N0M0, ICD-10 I21.4), trial
  registrations (NCT…), drug-development codes (AZD9291) and codes after NDC, LOINC, ICD…
  are not (patterns.CODE, CLINICAL_CODE, CODE_LABEL_BEFORE).

- Web addresses are flagged anywhere except a literature reference (doi.org, PubMed/PMC,
  journals' and guideline bodies' sites: patterns.LITERATURE_URL) in a section that cites —
  scan(text, section="introduction" | "discussion" | "references"). Without a section the
  scanner cannot tell, and flags it: a DOI in the patient's history may be their own case.

Span conventions: a name without its title; an identifier without its keyword ("MRN 123"
-> "123"); an age with its unit when attached ("92-year-old"), else the number ("aged 95").
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from community.platform.phi import patterns as p
from community.platform.phi.names import (
    EPONYM_NOUNS,
    PARTICLES,
    RELATIONS,
    SUBJECT_VERBS,
    TITLES,
    dictionaries,
    word_set,
)

# category -> (Safe Harbor identifier number, label). One category per identifier; places
# (identifier 2) are split into addresses, places and postal codes, dates (3) into dates
# and ages, because authors fix them differently.
CATEGORIES: dict[str, tuple[int, str]] = {
    "name": (1, "Name"),
    "address": (2, "Street address"),
    "place": (2, "Place smaller than a state"),
    "zip": (2, "ZIP or postal code"),
    "date": (3, "Date (other than the year)"),
    "age": (3, "Age over 89"),
    "phone": (4, "Telephone number"),
    "fax": (5, "Fax number"),
    "email": (6, "Email address"),
    "ssn": (7, "Social Security number"),
    "mrn": (8, "Medical record number"),
    "health_plan": (9, "Health plan beneficiary number"),
    "account": (10, "Account number"),
    "licence": (11, "Certificate or licence number"),
    "vehicle": (12, "Vehicle identifier or licence plate"),
    "device": (13, "Device identifier or serial number"),
    "url": (14, "Web address (URL)"),
    "ip": (15, "IP address"),
    "other_id": (18, "Other unique identifying number"),
}
# Identifiers 16 (biometrics) and 17 (full-face photographs) are not text: images are
# checked where they are uploaded.

# When two findings overlap, the higher priority (then the longer) wins.
_PRIORITY = {"email": 10, "url": 9, "ip": 9, "ssn": 8, "mrn": 8, "health_plan": 8,
             "account": 8, "licence": 8, "vehicle": 8, "device": 8, "date": 7, "age": 7,
             "address": 7, "phone": 6, "fax": 6, "zip": 6, "other_id": 5, "place": 4,
             "name": 4}


@dataclass(frozen=True, slots=True)
class Finding:
    category: str
    start: int
    end: int
    text: str
    confidence: float
    why: str

    @property
    def label(self) -> str:
        return CATEGORIES[self.category][1]

    @property
    def identifier(self) -> int:
        """Its number in the Safe Harbor list (1-18)."""
        return CATEGORIES[self.category][0]

    def as_dict(self) -> dict:
        return {**asdict(self), "label": self.label, "identifier": self.identifier}


# CARE sections where the authors cite the literature (docs/domain.md §4): a reference's web
# address there (doi.org, PubMed, a journal's site) points to a paper, not to the patient.
REFERENCE_SECTIONS = frozenset({"introduction", "discussion", "references"})


def scan(text: str, section: str | None = None) -> list[Finding]:
    """Every identifier found in `text`, in order, without overlaps. `section` is the CARE
    section key the text is from, when it is one (None: anywhere, nothing is allowed)."""
    if not text or not isinstance(text, str):
        return []
    original, text = text, text.translate(_SPACES)  # same length: offsets hold
    found: list[Finding] = []
    for detector in _DETECTORS:
        found.extend(detector(text))
    if section in REFERENCE_SECTIONS:
        found = [f for f in found if not (f.category == "url" and p.LITERATURE_URL.search(f.text))]
    kept = _resolve(found)
    if original is not text:
        kept = [Finding(f.category, f.start, f.end, original[f.start:f.end], f.confidence, f.why)
                for f in kept]
    return kept


# Spaces that forms and word processors put between a keyword and its value.
_SPACES = {0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x2009: " ", 0x3000: " "}


def _resolve(found: list[Finding]) -> list[Finding]:
    kept: list[Finding] = []
    taken: list[tuple[int, int]] = []
    # A code flagged for its shape alone (confidence 0.5 or less) yields to any other finding.
    for f in sorted(found, key=lambda f: (-(_PRIORITY[f.category] if f.confidence > 0.5 else 1),
                                          -(f.end - f.start), f.start)):
        if f.end > f.start and all(f.end <= s or f.start >= e for s, e in taken):
            kept.append(f)
            taken.append((f.start, f.end))
    return sorted(kept, key=lambda f: f.start)


def _finding(text: str, category: str, start: int, end: int, confidence: float,
             why: str) -> Finding:
    return Finding(category, start, end, text[start:end], confidence, why)


# ---------------------------------------------------------------- shaped identifiers

def _emails(text: str):
    for m in p.EMAIL.finditer(text):
        yield _finding(text, "email", m.start(), m.end(), 0.99, "an email address")


_TRAILING = ".,;:!?"


def _urls(text: str):
    for m in p.URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in _TRAILING:
            end -= 1
        yield _finding(text, "url", m.start(), end, 0.95, "a web address")


def _ips(text: str):
    for m in p.IPV4.finditer(text):
        yield _finding(text, "ip", m.start(), m.end(), 0.9, "an IPv4 address")
    for m in p.IPV6.finditer(text):
        if m.group().count(":") >= 2:
            yield _finding(text, "ip", m.start(), m.end(), 0.9, "an IPv6 address")


def _ssns(text: str):
    for m in p.SSN.finditer(text):
        yield _finding(text, "ssn", m.start(), m.end(), 0.9, "the shape of an SSN (3-2-4)")
    for m in p.SSN_KEYED.finditer(text):
        yield _finding(text, "ssn", m.start("v"), m.end("v"), 0.95,
                       "a number after 'SSN' or 'social security'")


def _keyed(text: str):
    starts = [w.start() for w in p.WORD.finditer(text)
              if w.group().lower() in p.FIRST_WORDS
              or (w.group().lower() in p.LETTER_KEYWORDS and text[w.end():w.end() + 1] in ("/", "."))]
    announcing: set[int] = set()  # keywords with their value after them ("MRN 7719203")
    claimed: list[tuple[int, int]] = []  # their values: a keyword after them does not re-name them
    for start in starts:
        m = p.KEYWORDS_BEFORE.match(text, start)
        if not m:
            continue
        value = _keyed_value(text, m)
        if value is None:  # another category's keyword may start here ("registration no")
            for category, regex in p.KEYWORDS_BEFORE_EACH.items():
                other = regex.match(text, start)
                # the same category may have a longer keyword ("GMC registration …")
                if other and category == m.lastgroup and other.end() == m.end():
                    other = None
                value = _keyed_value(text, other) if other else None
                if value is not None:
                    m = other
                    break
        if value is None:
            continue
        category = m.lastgroup
        announcing.add(start)
        claimed.append((value.start("v"), value.end("v")))
        keyword = text[m.start():m.end()].strip(" \t\n:#=|([,-")
        yield _finding(text, "vehicle" if category == "vin" else category,
                       value.start("v"), value.end("v"), 0.9, f"a number after '{keyword}'")
    for start in starts:
        m = None if start in announcing else p.KEYWORDS_AFTER.match(text, start)
        if not m:
            continue
        category = m.lastgroup
        head = max(0, m.start() - 60)
        regex = {"vehicle": p.VALUE_PLATE_BEFORE, "ssn": p.VALUE_SSN_BEFORE}.get(
            category, p.VALUE_BEFORE)
        value = regex.search(text, head, m.start())
        if value and any(s < value.end("v") and value.start("v") < e for s, e in claimed):
            continue
        if category == "vehicle" and value and not any(c.isalpha() for c in value.group("v")):
            continue  # a plate has letters: "10 units reg" is insulin
        if value and _identifier_like(value.group("v")) and (
                category == "ssn" or not p.UNIT_AFTER.match(text, value.end("v"))):
            yield _finding(text, category, value.start("v"), value.end("v"), 0.85,
                           f"a number before '{m.group()}'")
    for m in p.VIN.finditer(text):
        yield _finding(text, "vehicle", m.start(), m.end(), 0.7,
                       "17 characters shaped like a vehicle identification number")
    for m in p.NI_NUMBER.finditer(text):
        yield _finding(text, "other_id", m.start(), m.end(), 0.8,
                       "the shape of a UK National Insurance number")
    for m in p.MBI.finditer(text):
        yield _finding(text, "health_plan", m.start(), m.end(), 0.85,
                       "the shape of a Medicare Beneficiary Identifier")
    for m in p.UK_PLATE.finditer(text):
        yield _finding(text, "vehicle", m.start(), m.end(), 0.7,
                       "the shape of a British registration plate")
    for m in p.LONG_NUMBER.finditer(text):
        if p.UNIT_AFTER.match(text, m.end()) or p.CODE_LABEL_BEFORE.search(
                text, max(0, m.start() - 16), m.start()):
            continue
        category, cue = _cue(text, m.start(), m.end())
        yield _finding(text, category, m.start(), m.end(), 0.5,
                       "a long number with no unit (8 digits or more)"
                       + (f" named by '{cue}'" if cue else ""))
    for m in p.CODE.finditer(text):
        code = m.group()
        if (_YEARS.match(code) or p.CLINICAL_CODE.match(code) or p.TNM_LIKE.match(code)
                or p.CODE_LABEL_BEFORE.search(text, max(0, m.start() - 16), m.start())):
            continue
        category, cue = _cue(text, m.start(), m.end())
        yield _finding(text, category, m.start(), m.end(), 0.4,
                       "a code shaped like an identifier (capitals and digits)"
                       + (f" named by '{cue}'" if cue else ""))


def _keyed_value(text: str, m: re.Match) -> re.Match | None:
    """The value after a keyword match, when it looks like an identifier."""
    category = m.lastgroup
    value = (p.VALUE_PLATE if category == "vehicle" else p.VALUE).match(text, m.end())
    if not value or not _identifier_like(value.group("v")):
        return None
    direct = category != "vin" and m.group(f"direct_{category}") is not None
    code = value.group("v")
    if (p.UNIT_AFTER.match(text, value.end("v"))
            or (p.CLINICAL_CODE.match(code) and _digits(code) < 4)  # "account ref. ICD-10"
            or (direct and not _direct_value(category, code))):
        return None
    return value


def _cue(text: str, start: int, end: int) -> tuple[str, str | None]:
    """The category a keyword right after a code names ("X92 = Medicaid ID"), else the one
    the nearest keyword before it on its line names ("DL: A1234567"), else other_id."""
    glue = p.CODE_CUE_AFTER.match(text, end)
    after = p.CODE_CUES.match(text, glue.end()) if glue and glue.group().strip() else None
    if after and "\n" not in text[end:after.start()]:
        return after.lastgroup, after.group()
    line = text.rfind("\n", 0, start) + 1
    cues = list(p.CODE_CUES.finditer(text, max(line, start - 40), start))
    return (cues[-1].lastgroup, cues[-1].group()) if cues else ("other_id", None)


def _direct_value(category: str, value: str) -> bool:
    """A value right after a bare keyword ("chart 745315", "his car XXH 6133") must look more
    like an identifier: five digits or more, or four with a letter or a separator ("case 1234
    of the audit" is not one); a plate letters and digits both."""
    if category == "vehicle":
        return any(c.isalpha() for c in value) and _digits(value) >= 2
    return _digits(value) >= 5 or (_digits(value) >= 4 and not value.isdigit())


def _identifier_like(value: str) -> bool:
    """Four characters or more, two of them digits, not a year: "plate 12", "bed 4" or
    "registration 2021" is not one."""
    return sum(c.isalnum() for c in value) >= 4 and not _YEARS.match(value)


_YEARS = re.compile(r"(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?$")  # "in hospital 2019-2020"


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def _phones(text: str):
    seen: set[int] = set()
    matches = [(m.start(), m.end(), 0.85) for m in p.PHONE.finditer(text)]
    matches += [(m.start("v"), m.end("v"), 0.9) for m in p.PHONE_KEYED.finditer(text)]
    for start, end, confidence in matches:
        value = text[start:end].rstrip(" .-(")
        if value.startswith("(") and not re.match(r"\(\d{1,4}\)", value):
            value, start = value[1:], start + 1  # "fax (552-379-5246)": the bracket is not in it
        end = start + len(value)
        if start in seen or not 9 <= _digits(value) <= 15:
            continue
        extension = p.PHONE_EXTENSION.match(text, end)
        if extension:
            end = extension.end()
        seen.add(start)
        before = text[max(0, start - 25):start]
        fax = p.FAX_BEFORE.search(before)
        phone = p.PHONE_BEFORE.search(before)
        if (fax and (not phone or phone.start() < fax.start())) or p.FAX_AFTER.match(text, end):
            yield _finding(text, "fax", start, end, confidence, "a number after 'fax'")
        else:
            yield _finding(text, "phone", start, end, confidence, "a telephone number")


def _valid_day_month(a: int, b: int) -> bool:
    """12/03 is a date either way round (day/month or month/day) when both fit."""
    return 1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)


def _dates(text: str):
    for m in p.DATE_WORDS.finditer(text):
        yield _finding(text, "date", m.start(), m.end(), 0.9, "a day or month with a date")
    for m in p.MONTH_ALONE.finditer(text):
        yield _finding(text, "date", m.start(1), m.end(1), 0.6,
                       "a month tied to an event (only the year may stay)")
    for m in p.DATE_NUMERIC.finditer(text):
        if m.group("iy"):
            ok = 1 <= int(m.group("im")) <= 12 and 1 <= int(m.group("id")) <= 31
        else:
            ok = _valid_day_month(int(m.group("a")), int(m.group("b"))) and (
                m.group("s") in "/." or len(m.group("y")) == 4)
        if ok:
            yield _finding(text, "date", m.start(), m.end(), 0.95, "a numeric date")
    for m in p.DATE_MONTH_YEAR.finditer(text):
        if p.TITRE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        yield _finding(text, "date", m.start(), m.end(), 0.8, "a month and a year")
    for m in p.DATE_COMPACT.finditer(text):
        yield _finding(text, "date", m.start(), m.end(), 0.6,
                       "eight digits that are a date (year, month, day)")
    for m in p.DATE_SHORT.finditer(text):
        if _valid_day_month(int(m.group("a")), int(m.group("b"))):
            yield _finding(text, "date", m.start("d"), m.end("d"), 0.7,
                           "a day and month after a date word")


def _ages(text: str):
    for m in p.AGE_UNIT.finditer(text):
        yield _finding(text, "age", m.start(), m.end(), 0.95, "an age over 89")
    for m in p.AGE_WORDS.finditer(text):
        yield _finding(text, "age", m.start(), m.end(), 0.9, "an age over 89 in words")
    for regex in (p.AGE_LEAD, p.AGE_SEX, p.AGE_DECADE):
        for m in regex.finditer(text):
            yield _finding(text, "age", m.start("n"), m.end("n"), 0.85,
                           "an age over 89 (write '90 or older')")


def _addresses(text: str):
    for regex, why in ((p.ADDRESS, "a street address"), (p.ADDRESS_FOREIGN, "a street address"),
                       (p.PO_BOX, "a post office box")):
        for m in regex.finditer(text):
            yield _finding(text, "address", m.start(), m.end(), 0.9, why)


def _postcodes(text: str):
    regions = dictionaries().regions
    for m in p.ZIP_AFTER_STATE.finditer(text):
        state = text[m.start():m.start("v")].strip(" ,.")
        if state in p.US_STATE_ABBR or state in regions:
            yield _finding(text, "zip", m.start("v"), m.end("v"), 0.9,
                           f"a ZIP code after '{state}'")
    for m in p.ZIP_KEYED.finditer(text):
        yield _finding(text, "zip", m.start("v"), m.end("v"), 0.95, "a postal code")
    for m in p.UK_POSTCODE.finditer(text):
        yield _finding(text, "zip", m.start(), m.end(), 0.85, "a UK postcode")
    for m in p.CA_POSTCODE.finditer(text):
        if not p.TNM_LIKE.match(m.group().replace(" ", "")):
            yield _finding(text, "zip", m.start(), m.end(), 0.85, "a Canadian postal code")


# ---------------------------------------------------------------- words: names and places

_TOKEN = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*")
_TITLE_BEFORE = re.compile(rf"\b(?:{'|'.join(TITLES)})\.?\s+"
                           rf"(?P<particles>(?:(?:{'|'.join(PARTICLES)})\s+){{0,2}})$")
_CONTEXT_BEFORE = re.compile(
    r"\b(?:patient|pt|named|called|name\s+is|name\s+was|known\s+as|goes\s+by|nicknamed|"
    r"Mr\.?\s+and\s+Mrs\.?)\s*,?\s*$", re.IGNORECASE)
# Someone the team spoke to, met or called: a person ("Discussed with Oluwaseun", "spoke to
# Ravi", "we called Ama"), whatever the dictionaries say.
_SPOKEN_TO_BEFORE = re.compile(
    r"\b(?:(?:spoke|speaking|spoken|talked|talking|discussed|met|meeting|agreed|consulted)"
    r"\s+(?:to|with)|(?:called|phoned|rang|telephoned|emailed|texted|met|visited|asked|told|"
    r"informed|reassured|counsell?ed|thanked|examined|interviewed|reached|contacted)|"
    r"accompanied\s+by|brought\s+in\s+by|escorted\s+by|(?:visit|call)\s+from)\s+$",
    re.IGNORECASE)
_RELATION_BEFORE = re.compile(rf"\b(?:{'|'.join(RELATIONS)})\s*[,:]?\s+$", re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?;:]\s+|\n\s*|^\s*[-*]\s+)$")
_NEXT_WORDS = re.compile(r"[ \t]*(?:['’]s[ \t]+)?([\w'’-]+)(?:[ \t]+([\w'’-]+))?(?:[ \t]+([\w'’-]+))?")
_NOT_A_PERSON_AFTER = EPONYM_NOUNS | {
    "hospital", "clinic", "infirmary", "church", "school", "college", "university", "street",
    "road", "avenue", "county", "city", "river", "lake", "mountain", "park", "bridge",
    "airport", "station", "centre", "center", "institute", "foundation", "trust", "et",
    "group", "company", "inc", "ltd", "corp", "hall", "house", "square", "valley", "ward"}
_STATE_AFTER = re.compile(r",\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+)?|[A-Z]{2})\b")


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    word: str  # without a possessive 's
    possessive: bool


def _tokens(text: str) -> list[_Token]:
    tokens = []
    for m in _TOKEN.finditer(text):
        word, end = m.group(), m.end()
        possessive = word.endswith(("'s", "’s")) and len(word) > 2
        if possessive:
            word, end = word[:-2], end - 2
        tokens.append(_Token(m.start(), end, word, possessive))
    return tokens


def _titlecase(word: str) -> bool:
    return word[:1].isupper() and any(c.islower() for c in word)


def _nameish(word: str) -> bool:
    """Could be part of a person's name: capitalised and not an everyday word."""
    return _titlecase(word) and word not in dictionaries().common


def _followed_by_thing(text: str, end: int, window: int = 1) -> bool:
    """An eponym or a named thing follows: the next word for a person ("Gram stain"),
    within three words for a place ("Glasgow Coma Scale", "Ottawa ankle rules")."""
    m = _NEXT_WORDS.match(text, end)
    if not m:
        return False
    for w in m.groups()[:window]:
        if not w or w.lower() in _ENDS_A_NAME:  # "Porto presented with fever": a verb first
            return False
        if w.lower() in _NOT_A_PERSON_AFTER:
            return True
    return False


_ENDS_A_NAME = SUBJECT_VERBS | word_set("with and or in to from for on at by who which that")


def _adjacent(text: str, left: _Token, right: _Token) -> bool:
    """Only a space, or a particle ('de la'), between two words of one name."""
    gap = text[left.end:right.start]
    if left.possessive:
        return False
    if gap == " ":
        return True
    words = gap.split()
    return (gap.startswith(" ") and gap.endswith(" ") and 0 < len(words) <= 2
            and all(w in PARTICLES for w in words))


def _extend(text: str, tokens: list[_Token], i: int) -> int:
    """The last token of the name starting at tokens[i]."""
    j = i
    d = dictionaries()
    while (j + 1 < len(tokens) and j - i < 3 and _adjacent(text, tokens[j], tokens[j + 1])
           and (_nameish(tokens[j + 1].word)  # "Yuki Patel": a given name, then any surname
                or (j == i and tokens[i].word in d.given and tokens[j + 1].word in d.surnames
                    and _titlecase(tokens[j + 1].word)))
           and not (tokens[j + 1].word in dictionaries().cities_by_first
                    and tokens[j + 1].word not in dictionaries().surnames)):
        j += 1
    return j


def _names(text: str, tokens: list[_Token]):
    d = dictionaries()
    i = 0
    while i < len(tokens):
        token = tokens[i]
        word = token.word
        before = text[max(0, token.start - 40):token.start]
        reason = None
        confidence = 0.0
        titled = False  # after Mr, Mrs, Ms…: a person for certain
        start = token.start
        if (not _titlecase(word) or (word in d.common and not d.is_person_name(word))
                or word in _LETTER_WORDS):
            i += 1
            continue
        if word not in d.common or d.is_person_name(word):
            title = _TITLE_BEFORE.search(before)
            if title:
                start -= len(title.group("particles"))  # "Mr de la Cruz"
                doctor = re.search(r"\b(?:Dr|Prof|Professor)\.?\s+$", before)
                reason, confidence = (("a clinician's name (it points to the treating team)",
                                       0.6) if doctor else ("a name after a title", 0.95))
                titled = not doctor
            elif _CONTEXT_BEFORE.search(before) and word not in d.common:
                reason, confidence = "a name in a patient context", 0.9
            elif _RELATION_BEFORE.search(before) and (word not in d.common
                                                      or d.is_person_name(word)):
                reason, confidence = "the name of a relative or contact", 0.9
            elif (_SPOKEN_TO_BEFORE.search(before) and word not in d.common
                  and word not in d.regions and word not in d.cities_by_first):
                reason, confidence = "the name of someone the team spoke to or met", 0.75
        if (reason is None and word in d.given and word in d.common and i + 1 < len(tokens)
                and _adjacent(text, token, tokens[i + 1])
                and d.is_plain_name(tokens[i + 1].word) and tokens[i + 1].word in d.surnames
                and not _followed_by_thing(text, tokens[i + 1].end)):
            reason, confidence = "a given name and a surname", 0.7  # "Pedro Moreau"
        if reason is None and d.is_plain_name(word) and not _followed_by_thing(text, token.end):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if (word in d.given and nxt is not None and _adjacent(text, token, nxt)
                    and d.is_plain_name(nxt.word)):
                reason, confidence = "a given name and a surname", 0.8
            elif word in d.given and token.possessive:
                reason, confidence = "a given name in the possessive", 0.7
            elif word in d.given and _SENTENCE_START.search(before) and _verb_follows(
                    text, token.end):
                reason, confidence = "a given name as the subject of a sentence", 0.75
            elif (word in d.given and nxt is not None and _adjacent(text, token, nxt)
                  and _unknown_word(nxt.word)):
                reason, confidence = "a given name and a surname", 0.7
            elif (word in d.given and word not in d.surnames and word not in d.regions
                  and word not in d.cities_by_first and not _SENTENCE_START.search(before)):
                reason, confidence = "a given name", 0.6
            elif (word in d.given and _SENTENCE_START.search(before)
                  and _lower_word_follows(text, token.end)):
                reason, confidence = "a given name starting a sentence", 0.6
        if (reason is None and _unknown_word(word) and not word.endswith(("ed", "ing", "ly"))
                and word.lower() not in SUBJECT_VERBS and i + 1 < len(tokens)
                and _adjacent(text, token, tokens[i + 1]) and d.is_plain_name(tokens[i + 1].word)
                and tokens[i + 1].word in d.surnames
                and not _followed_by_thing(text, tokens[i + 1].end)):
            reason, confidence = "a word no dictionary knows before a surname", 0.6
        if (reason is None and _unknown_word(word) and _SENTENCE_START.search(before)
                and not word.lower().endswith(_NOT_A_NAME_ENDINGS + ("s", "er", "ly", "ed", "ing"))
                and _PERSON_VERB_AFTER.match(text, token.end)):
            # "Oluwaseun came back", "Zanele said …": only people do that
            reason, confidence = "an unknown word as the subject of a person's verb", 0.6
        # "Mrs Doe's chest pain": after Mr/Mrs/Ms it is a person, whatever word follows (the
        # eponym check is for bare names such as "Gram stain").
        if reason is None or (not titled and _followed_by_thing(
                text, tokens[_extend(text, tokens, i)].end)):
            i += 1
            continue
        if re.match(r"\s+et\s+al\b", text[token.end:token.end + 8]):
            i += 1
            continue
        last = _extend(text, tokens, i)
        yield _finding(text, "name", start, tokens[last].end, confidence, reason)
        i = last + 1


# The words of a letter's or a form's headings, never a name ("Re: Referral to …", "No.").
_LETTER_WORDS = word_set("Re RE Ref Attn Cc Bcc Fwd Fw Subject Dear No Nos Yours Sincerely Regards")
# Verbs whose subject is a person, not a drug or a disease ("Sarcoidosis was diagnosed").
_PERSON_VERB_AFTER = re.compile(
    r"[ \t]+(?:said|says|told|tells|asked|asks|came|comes|walked|walks|agreed|agrees|declined|"
    r"declines|refused|refuses|wants|wanted|wishes|wished|lives|lived|works|worked|feels|felt|"
    r"prefers|preferred|cried|laughed|drove|drives|thinks|thought|complained|complains|denied|"
    r"denies|remembers|recalled|consented|admits|admitted\s+(?:to|that)|is\s+keen|was\s+keen)\b")
_NOT_A_NAME_ENDINGS = ("itis", "osis", "emia", "aemia", "oma", "ine", "ol", "cin", "mab", "nib",
                       "pril", "sartan", "statin", "azole", "ide", "ate", "one", "ium", "ism",
                       "pathy", "ectomy", "otomy", "scopy", "gram", "graphy", "ase", "itis")


def _unknown_word(word: str) -> bool:
    """A capitalised word that no dictionary knows: an unknown surname after a given name."""
    d = dictionaries()
    return (_titlecase(word) and word not in d.common and word not in d.regions
            and word not in d.cities_by_first and word not in d.given)


def _lower_word_follows(text: str, end: int) -> bool:
    """A lower-case word follows ("Kofi came back"), not an eponym's noun."""
    m = re.match(r" ([a-z]+)\b", text[end:end + 30])
    return bool(m) and m.group(1) not in _NOT_A_PERSON_AFTER and m.group(1) not in ("et",)


def _verb_follows(text: str, end: int) -> bool:
    m = re.match(r"\s+(?:\w+\s+)?([a-z]+)", text[end:end + 40])
    return bool(m) and m.group(1) in SUBJECT_VERBS


def _places(text: str, tokens: list[_Token]):
    d = dictionaries()
    for token in tokens:
        cities = d.cities_by_first.get(token.word)
        if not cities:
            continue
        city = next((c for c in cities if text.startswith(c, token.start)
                     and not text[token.start + len(c):token.start + len(c) + 1].isalpha()),
                    None)
        if city is None:
            continue
        end = token.start + len(city)
        before = text[max(0, token.start - 40):token.start]
        if _followed_by_thing(text, end, 3) or _TITLE_BEFORE.search(before):
            continue
        # "lives in", "from"…, or right after a street address ("12 Rue X, Paris").
        context = bool(p.PLACE_CONTEXT.search(before) or _AFTER_ADDRESS.search(before)
                       or p.PLACE_AFTER.match(text, end))
        state = _STATE_AFTER.match(text, end)
        in_state = bool(state) and (state.group(1) in d.regions
                                    or state.group(1) in p.US_STATE_ABBR)
        if city in d.ambiguous_cities and not (context or in_state):
            continue
        yield _finding(text, "place", token.start, end, 0.9 if context or in_state else 0.7,
                       "a city" + (" in a place context" if context else ""))
    yield from _other_places(text)


_AFTER_ADDRESS = re.compile(r"\d[^,\n]{2,40}\b(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|"
                            r"Ln|Way|Close|(?:Rue|Via|Calle|Rua) \S+(?: \S+){0,3}),\s*$")
_STRONG_PLACE = re.compile(
    r"\b(?:(?:lives?|living|lived|resides?|residing|resided|resident|born|raised|grew\s+up|"
    r"moved|relocated|native|travell?ed|travell?ing|flew|drove(?:\s+(?:in|up|down))?|"
    r"commutes?|commuted|commuting|emigrated|immigrated|returned)\s+(?:in|to|from|of|at|near)"
    r"|(?:home|house|flat|farm)\s+(?:is\s+)?in)\s+(?:the\s+)?"
    r"(?-i:(?P<v>[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*))"
    # "a Galway native", "a Leeds-based driver"
    r"|\b(?-i:[Aa]n?)\s+(?-i:(?P<w>[A-ZÀ-ÖØ-Þ][^\W\d_]+))(?=\s+(?:native|resident|local)\b|-(?:based|born)\b)",
    re.IGNORECASE)


def _other_places(text: str):
    d = dictionaries()
    for m in p.COUNTY.finditer(text):
        start = _skip_everyday(text, m.start(), m.end())
        if start is not None:
            yield _finding(text, "place", start, m.end(), 0.85, "a county")
    for m in p.PLACE_OF.finditer(text):
        if m.group("v") not in d.regions:
            yield _finding(text, "place", m.start("v"), m.end("v"), 0.85, "a town or city")
    for m in p.HOSPITAL.finditer(text):
        start = _skip_everyday(text, m.start(), m.end())
        if start is None:
            continue
        words = text[start:m.end()].split()[:-1]
        if any(w not in p.HOSPITAL_GENERIC and _titlecase(w) for w in words):
            yield _finding(text, "place", start, m.end(), 0.8,
                           "a named hospital or practice (it locates the patient)")
    # An unknown capitalised place after "lives in", "born in", "moved to".
    for m in _STRONG_PLACE.finditer(text):
        group = "v" if m.group("v") else "w"
        word = m.group(group)
        if (_titlecase(word) and word not in d.regions and word not in d.common
                and word not in d.given):
            yield _finding(text, "place", m.start(group), m.end(group), 0.6,
                           "a place after 'lives in', 'born in' or 'moved to'")


_LEADING = word_set("The A An Our Their His Her He She They We It This That At In On To "
                     "From By And Or But When After Before of and the &")


def _skip_everyday(text: str, start: int, end: int) -> int | None:
    """Drop leading sentence words ('The', 'From'); None when nothing proper is left."""
    common = dictionaries().common
    for m in re.finditer(r"\S+", text[start:end]):
        word = m.group()
        if word not in _LEADING and (word not in common or word in p.HOSPITAL_GENERIC):
            return start + m.start()
    return None


def _words(text: str):
    tokens = _tokens(text)
    yield from _names(text, tokens)
    yield from _places(text, tokens)


_DETECTORS = (_emails, _urls, _ips, _ssns, _keyed, _phones, _dates, _ages, _addresses,
              _postcodes, _words)

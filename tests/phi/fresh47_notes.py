"""FRESH47: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a forty-third author during the twenty-second round; it is measured once, and
its result is recorded with that measurement. Its author read only tests/phi/generated.py (the
framework: Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring),
tests/phi/corpus.py (the Note type, the span conventions, parse, evaluate), the
de-identification section (5) of the project's domain notes (45 CFR 164.514(b)(2) Safe Harbor),
the module docstrings only of tests/phi/fresh30_notes.py to fresh46_notes.py (read with
ast.get_docstring), the wiring lines of fresh16_notes.py (its Part call, _letter, letters
tuple, build and __main__ lines, printed with grep -n and sed) and pyproject.toml's line length
and ruff settings; not the scanner (community/platform/phi/), its patterns, name lists, model or
data, its benchmark (bench/), its tests, any other test file, the body of any other fresh part,
nor their git history or diffs; the scanner was not run or imported while writing it, nor on
its notes.

Settings (named by the author's brief; the Scottish Highlands, Jamaica, Italian, Greek,
Romanian, Hungarian, Bulgarian and Serbian settings appear in earlier parts' docstrings, so this
part uses other invented towns, forms and note styles), as a worldwide case-discussion board sees
them: about half English-language settings - the Australian outback and the Torres Strait
(Medicare card numbers with the IRN after a slash or hyphen, DVA file numbers for Gold Card
veterans, URNs, Aboriginal skin names and Torres Strait Islander family names, cattle stations
as street lines, invented communities and island clinics, RFDS retrievals, "Aunty"/"Uncle" as
titles, ACMA fictional phone ranges, QLD and NT plates), rural Nebraska and Kansas (US SSN,
Medicaid, Heritage Health and KanCare numbers, Medicare MBIs, farm addresses on numbered county
roads, civil townships and counties, Nebraska county-number plates and Kansas tags, a VIN, grain
auger, anhydrous ammonia and rollover injuries, nursing-facility transfer forms, EMS run
reports, "555-01xx" numbers), the Scottish Highlands (CHI numbers, croft townships, IV/KW/PH
postcodes, Ofcom drama numbers, community hospitals, Gaelic names) and Jamaica (TRN, NHF card,
districts named in prose, parishes unmarked, "(876) 555-01xx", Patois in a family WhatsApp) -
and half in their own languages and scripts: Italian (Campania and Basilicata hill towns and
frazioni, codice fiscale, tessera sanitaria, nosologico, "anni", "14 marzo 2025"), Greek (Greek
script, ΑΜΚΑ, ΑΦΜ, villages, Greek-letter plates, "ετών", "14 Μαρτίου 2025"), Romanian (CNP, FO
numbers, "sat"/"comuna" with both marked, "de ani", "14.03.2025"), Hungarian (TAJ szám,
adóazonosító jel, family name first and the married "-né" form, "éves", "2025. január 9."),
Bulgarian (Cyrillic, ЕГН, ИЗ №, a physician's УИН, "години", "-годишна", "11.02.2025 г." with
"г." left out) and Serbian (Cyrillic and Latin, JMBG/ЈМБГ, LBO/ЛБО, "godina"/"године",
"12. 3. 2025." with its final dot). Document types: RFDS retrieval sheets, island clinic
referrals, a DVA veteran's GP letter, remote clinic handover tables, case-board posts, an ED
note, a Kansas wound-clinic referral, a family e-mail, an EMS run report, a nursing facility
transfer form, a Highland discharge letter and GP referral, an SMS thread, a Jamaican health
centre referral and discharge summary, a WhatsApp thread, LETTERA DI DIMISSIONE, consegne
infermieristiche, ΕΞΙΤΗΡΙΟ, παραπεμπτικό, SCRISOARE MEDICALĂ, bilet de trimitere,
ZÁRÓJELENTÉS, a Hungarian e-mail with a signature, ЕПИКРИЗА, направление, OTPUSNA LISTA, УПУТ,
a telehealth log, a remote social work note, a Highland minor-injuries note, an Italian 118
ambulance form, a Greek invoice, clean notes in every language (eponyms, drug names, doses, lab values,
scores, ICD-10 codes, guideline names, diseases named after places such as Murray Valley
encephalitis, Ross River virus and Rocky Mountain spotted fever, ages 84-89) and a discussion
paragraph with literature references.

Conventions (tests/phi/corpus.py's and generated.py's; domain.md section 5): a name without its
title or honorific (Dr, Dr., dr., Mr, Mrs, Miss, Aunty, Nurse, dott., Sig.ra, Δρ., д-р, др
stay out); a full name in any order is one span ("Szűcs
Józsefné", "Цветанка Иванова Маринова", "Bârsan Ileana"); staff names, a father's name on a
Greek form and a chat's speakers are names; an identifier without its keyword; an age over 89
with its attached unit ("93-year-old", "96 anni", "93 ετών", "93 de ani", "92 éves", "93
години", "91-годишна", "93 godine", "91yo") or the number alone where no unit is attached
("Age: 97", "turned 96", "(93)"); ages under 90 are not marked; a date without its preposition
("on", "il", "dal", "al", "στις", "la", "на", "от"), with a weekday right before it and a time
right after it (a chat's "[12/01/2025 19:02]" is one span); the Hungarian and Serbian final
dot is part of the date; the Bulgarian "г." after a date stays out; a year alone is not a
date. The street line is one span (a cattle station's name, a numbered county road address, a
croft township with its house number, a Jamaican lot, "via del Castagno 14", "ул. „Васил
Левски“ № 14"); each locality (town, community, island community, township, croft village,
district, frazione, χωριό, sat and comuna, falu, село and община, selo) and the postcode are
separate spans; a US county is a place, as corpus.py marks "Lancaster County"; a named
hospital, clinic, health centre, surgery or care home is a place (the whole name, also when it
holds a town's name); states, territories, first-level divisions and regions (QLD, NT, the
Torres Strait, Cape York, the Channel Country, NE, KS, Highland, Jamaican parishes, județul
Harghita, Baranya, Campania, Epirus) and countries are never marked, nor ward or department
names. Categories: `ssn` is a US Social Security number only; other national numbers (codice
fiscale, ΑΦΜ, CNP, adóazonosító jel, ЕГН, JMBG, TRN, Centrelink CRN, UK NI number) are
`other_id`; insurance numbers (Medicare Australia with its IRN, DVA file number, US Medicare
MBI, Medicaid, Heritage Health, KanCare, CHI, NHF card, tessera sanitaria, ΑΜΚΑ, CNAS, TAJ,
LBO/ЛБО) are `health_plan`; hospital numbers (URN, nosologico, FO, törzsszám, ИЗ №, broj
istorije bolesti, Jamaican docket) are `mrn`; passports, driving licences and professional
registrations (AHPRA, GMC, Ordine dei Medici, УИН) are `licence`; bank accounts, IBANs and
invoices are `account`; plates and VINs are `vehicle`; pacemaker, CGM, pump, hearing-aid and
concentrator serials and IMEIs are `device`.

Built as build(F47_PART, per_category=26, clean=120, references=8) + F47_LETTERS (52
hand-written notes: 38 with identifiers, one of them a web address in a patient_information
section, 13 clean, 1 reference paragraph in a discussion): 690 notes, 142 of them (21%) without
any identifier, 842 spans - name 121, address 39, place 81, zip 33, date 72, age 50, phone 46,
fax 30, email 30, ssn 28, mrn 32, health_plan 45, account 31, licence 31, vehicle 34, device 29,
url 44, ip 28, other_id 38 (`python -m tests.phi.fresh47_notes` prints them). Checked without
the scanner (a throwaway script): every span's text is the note's text at its offsets and has no
surrounding blanks, no marks or slots are left in the text, no spans overlap, note ids are
unique, every category is in generated.CATEGORY_ORDER, every marked age is over 89, ruff
passes, and builds under PYTHONHASHSEED=1 and 4242 are identical. Deterministic: its own seed
(19_047), values drawn from the builder's fixed-seed Random, no hash-order dependence. The
generated notes draw keyword and value independently, so a keyword of one country may sit
beside another country's number shape.

    from tests.phi.fresh47_notes import FRESH47, F47_PART, F47_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges, phone numbers reserved fictional ranges where a
country has them); any resemblance to a real one is chance.
Not wired into any test or bench: measure it once.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build

# ---------------------------------------------------------------- value shapes


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _l(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
              "settembre", "ottobre", "novembre", "dicembre"]
_GR_MONTHS = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
              "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
_RO_MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
              "septembrie", "octombrie", "noiembrie", "decembrie"]
_HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július",
              "augusztus", "szeptember", "október", "november", "december"]
_BG_MONTHS = ["януари", "февруари", "март", "април", "май", "юни", "юли", "август",
              "септември", "октомври", "ноември", "декември"]
_SR_MONTHS = ["januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta",
              "septembra", "oktobra", "novembra", "decembra"]
_SR_CYR_MONTHS = ["јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа",
                  "септембра", "октобра", "новембра", "децембра"]


def _f47_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1926, 2025)
    hh, mm = r.randint(0, 23), r.choice((0, 5, 10, 20, 35, 40, 55))
    en = _EN_MONTHS[m - 1]
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
    return r.choice([
        f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}", f"{d} {en[:3]} {y}",
        f"{m}/{d}/{y}", f"{en} {d}, {y}", f"{m:02d}-{d:02d}-{y}",
        f"{d}{suffix} {en} {y}", f"{d:02d}.{m:02d}.{y % 100:02d}", f"{d}-{en[:3]}-{y}",
        f"{d} {_IT_MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}",
        f"{d} {_GR_MONTHS[m - 1]} {y}", f"{d}-{m}-{y}",
        f"{d:02d}.{m:02d}.{y}", f"{d} {_RO_MONTHS[m - 1]} {y}",
        f"{y}. {_HU_MONTHS[m - 1]} {d}.", f"{y}.{m:02d}.{d:02d}.",
        f"{d} {_BG_MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}",
        f"{d}. {m}. {y}.", f"{d}. {_SR_MONTHS[m - 1]} {y}.", f"{d}. {_SR_CYR_MONTHS[m - 1]} {y}.",
    ])


def _f47_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 104)
    sex = r.choice("MF")
    return r.choice([
        ("a {age} stockman from the Channel Country", f"{n}-year-old"),
        ("age: {age}", f"{n}"),
        ("{age} " + sex + ", lives with family on the island", f"{n}yo"),
        ("a {age} widow who still keeps hens", f"{n} y/o"),
        ("crofter, {age}, lives alone up the glen", f"{n} years"),
        ("{age} farmer, still drives the swather", f"{n}-yr-old"),
        ("paziente di {age}, allettata", f"{n} anni"),
        ("età: {age}", f"{n}"),
        ("ασθενής {age}, κλινήρης", f"{n} ετών"),
        ("ηλικία: {age}", f"{n}"),
        ("pacientă în vârstă de {age}, independentă", f"{n} de ani"),
        ("vârsta: {age}", f"{n}"),
        ("a {age} nőbeteg otthonában él", f"{n} éves"),
        ("életkor: {age}", f"{n}"),
        ("пациентка на {age}, на легло", f"{n} години"),
        ("{age} мъж с деменция", f"{n}-годишен"),
        ("pacijentkinja stara {age}", f"{n} godina"),
        ("болесник од {age}, покретан уз помоћ", f"{n} године"),
    ])


def _f47_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"(08) 5550 {_d(r, 4)}", f"(07) 5550 {_d(r, 4)}", f"0491 570 {r.randint(100, 999)}",
        f"+61 491 571 {_d(r, 3)}",
        f"(402) 555-01{_d(r, 2)}", f"308-555-01{_d(r, 2)}", f"785.555.01{_d(r, 2)}",
        f"01632 960{_d(r, 3)}", f"07700 900{_d(r, 3)}", f"+44 131 496 0{_d(r, 3)}",
        f"(876) 555-01{_d(r, 2)}", f"876-555-01{_d(r, 2)}",
        f"+39 0827 {_d(r, 6)}", f"34{r.randint(0, 9)} {_d(r, 3)} {_d(r, 4)}",
        f"+30 2641 0{_d(r, 5)}", f"69{r.randint(30, 99)} {_d(r, 3)} {_d(r, 3)}",
        f"07{r.randint(20, 89)} {_d(r, 3)} {_d(r, 3)}", f"+40 266 {_d(r, 3)} {_d(r, 3)}",
        f"+36 30 {_d(r, 3)} {_d(r, 4)}", f"06 (72) {_d(r, 3)}-{_d(r, 3)}",
        f"+359 88{r.randint(0, 9)} {_d(r, 3)} {_d(r, 3)}", f"08{r.choice('789')}{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}",
        f"+381 6{r.randint(0, 6)} {_d(r, 3)} {_d(r, 4)}", f"0{r.randint(10, 37)}/{_d(r, 3)}-{_d(r, 3)}",
    ])


def _chi(r: random.Random) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(20, 99)
    return r.choice([f"{d:02d}{m:02d}{y:02d}{_d(r, 4)}", f"{d:02d}{m:02d}{y:02d} {_d(r, 4)}"])


def _amka(r: random.Random) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(20, 99)
    return f"{d:02d}{m:02d}{y:02d}{_d(r, 5)}"


def _codice_fiscale(r: random.Random) -> str:
    cons = "BCDFGLMNPRSTVZ"
    return (f"{_l(r, 6, cons)}{_d(r, 2)}{r.choice('ABCDEHLMPRST')}{r.randint(1, 71):02d}"
            f"{r.choice('ABCDEFGHILM')}{_d(r, 3)}{_l(r, 1)}")


def _cnp(r: random.Random) -> str:
    return f"{r.choice('12')}{r.randint(20, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_d(r, 6)}"


def _egn(r: random.Random) -> str:
    return f"{r.randint(20, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_d(r, 4)}"


def _jmbg(r: random.Random) -> str:
    return (f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}9{r.randint(20, 99)}"
            f"{r.choice(['71', '73', '78', '79', '80'])}{_d(r, 4)}")


F47_VALUES = {
    "mrn": lambda r, h: r.choice([
        _d(r, 7), f"0{_d(r, 6)}", f"{r.randint(2019, 2025)}{_d(r, 6)}", f"{_d(r, 4)}/{r.randint(2019, 2025)}",
        f"{_l(r, 1)}{_d(r, 6)}{_l(r, 1)}", f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}", f"{_d(r, 5)}/{_d(r, 2)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{r.randint(2, 6)}{_d(r, 3)} {_d(r, 5)} {r.randint(1, 9)}/{r.randint(1, 6)}",
        f"{r.randint(2, 6)}{_d(r, 9)}-{r.randint(1, 6)}",
        f"{r.randint(2, 6)}{_d(r, 3)} {_d(r, 5)} {r.randint(1, 9)}-{r.randint(1, 6)}",
        f"{r.choice('NVQWST')}X{_d(r, 6)}", f"{r.choice('NVQWST')}{r.choice(['SS', 'SM', 'CK'])}{_d(r, 5)}",
        f"{r.randint(1, 9)}{_l(r, 2)}{r.randint(0, 9)}-{_l(r, 2)}{r.randint(0, 9)}-{_l(r, 2)}{_d(r, 2)}",
        _d(r, 11), f"{_d(r, 9)}{_l(r, 1)}",
        _chi(r), _chi(r),
        f"{_d(r, 4)} {_d(r, 4)} {_d(r, 2)}",
        f"80380{_d(r, 15)}", _amka(r),
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}"]),
    "account": lambda r, h: r.choice([
        f"{_d(r, 3)}-{_d(r, 3)} {_d(r, 8)}", _d(r, 10),
        f"IT{_d(r, 2)} {_l(r, 1)}{_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}",
        f"GR{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}",
        f"RO{_d(r, 2)} {_l(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"{_d(r, 8)}-{_d(r, 8)}-{_d(r, 8)}",
        f"BG{_d(r, 2)} {_l(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}",
        f"{_d(r, 3)}-{_d(r, 13)}-{_d(r, 2)}", f"{_d(r, 3)}-{_d(r, 6)}-{_d(r, 1)}",
        f"INV-{_d(r, 6)}"]),
    "licence": lambda r, h: r.choice([
        _d(r, 9), f"MED{_d(r, 10)}", f"{_l(r, 1)}{_d(r, 8)}", f"K{_d(r, 2)}-{_d(r, 2)}-{_d(r, 4)}",
        _d(r, 7), f"{_l(r, 2)}{_d(r, 7)}{_l(r, 1)}", f"{_l(r, 2)}{_d(r, 7)}",
        f"{_l(r, 2)}{_d(r, 6)}", f"1600{_d(r, 6)}", f"00{_d(r, 7)}", f"NMW{_d(r, 7)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{_d(r, 3)} {_l(r, 3)}", f"C{_l(r, 1)} {_d(r, 2)} {_l(r, 2)}",
        f"{r.randint(1, 93)}-{_l(r, 1)}{_d(r, 3)}", f"{_d(r, 3)}{_l(r, 3)}",
        f"{_l(r, 2)}{_d(r, 2)} {_l(r, 3)}", f"{_d(r, 4)} {_l(r, 2)}", f"P{_l(r, 1)} {_d(r, 4)}",
        f"{_l(r, 2)} {_d(r, 3)} {_l(r, 2)}", f"{_l(r, 3, 'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ')}-{_d(r, 4)}",
        f"{r.choice(['HR', 'CV', 'BN', 'MM', 'VS'])} {_d(r, 2)} {_l(r, 3)}",
        f"{_l(r, 3)}-{_d(r, 3)}", f"{_l(r, 2)} {_l(r, 2)}-{_d(r, 3)}",
        f"{_l(r, 2, 'АВЕКМНОРСТУХ')} {_d(r, 4)} {_l(r, 2, 'АВЕКМНОРСТУХ')}",
        f"{r.choice(['ČA', 'KV', 'NI', 'ŠA', 'VA'])} {_d(r, 3)}-{_l(r, 2)}",
        f"{r.choice(['ЧА', 'КВ', 'НИ'])} {_d(r, 3)}-{_l(r, 2, 'АБВГДЕЖКЛМНОПРСТУ')}"]),
    "device": lambda r, h: r.choice([
        f"PM{_d(r, 7)}", f"{_d(r, 2)}{_l(r, 2)}{_d(r, 6)}", f"{_l(r, 1)}{_d(r, 3)}-{_d(r, 5)}",
        f"SN-{_d(r, 4)}-{_l(r, 2)}{_d(r, 2)}", _d(r, 15), f"{_l(r, 4)}{_d(r, 5)}",
        f"{_d(r, 4)}{_l(r, 1)}{_d(r, 4)}"]),
    "other_id": lambda r, h: r.choice([
        _codice_fiscale(r), _codice_fiscale(r), _d(r, 9), _cnp(r), f"8{_d(r, 9)}", _egn(r), _jmbg(r),
        f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}", f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}{_l(r, 1)}",
        f"{_l(r, 2, 'ABCEGHJKLMNPRSTWXYZ')} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {r.choice('ABCD')}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}",
        f"{r.randint(101, 665)}{r.randint(10, 99)}{r.randint(1000, 9999)}"]),
    "phone": _f47_phone,
    "fax": _f47_phone,
    "email": lambda r, h: r.choice([
        "{g}.{s}@example.com.au", "{s}{n}@mail.example.com", "{g}_{s}@example.org",
        "{g}.{s}@posta.example.net", "{s}.{g}@example.net", "{g}{n}@mail.example.org",
        "{s}family@example.com", "{g}{s}{n}@example.co.uk"]),
    "url": lambda r, h: r.choice([
        "https://www.example.com/{g}-{s}", "example.org/{s}{n}", "https://caring.example.net/{g}{s}",
        "http://blog.example.com/{g}/{n}", "www.example.net/raccolta/{s}-{n}",
        "https://photos.example.org/album/{g}{n}"]),
    "ip": lambda r, h: r.choice([
        f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 255):x}"]),
    "zip": lambda r, h: r.choice([
        "{z5}", f"0{r.randint(810, 886)}", f"4{r.randint(800, 895)}",
        f"IV{r.randint(1, 63)} {r.randint(1, 9)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"KW{r.randint(1, 17)} {r.randint(1, 9)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"{_d(r, 3)} {_d(r, 2)}", f"{r.randint(1, 9)}{_d(r, 5)}", f"{r.randint(1000, 9999)}",
        f"JM{_l(r, 3)}{_d(r, 2)}"]),
    "date": _f47_date,
}

F47_VOCABULARY = Vocabulary(
    given=["Jedda", "Ephraim", "Lizzie", "Cedric", "Marlys", "Dale", "LaVerne", "Yesenia",
           "Mòrag", "Ruaraidh", "Seonag", "Hyacinth", "Delroy", "Icilda", "Concetta", "Gennaro",
           "Stavroula", "Evangelos", "Ileana", "Gheorghe", "Erzsébet", "Zoltán", "Tsvetanka",
           "Dragica", "Milorad", "Getano"],
    surnames=["Nakamarra", "Wapau", "Gebadi", "Tjapaltjarri", "Hinrichs", "Schmidtberger",
              "Hruska", "Barajas", "MacAoidh", "Matheson", "Wedderburn", "McFarlane", "Grizzle",
              "Iannaccone", "Di Stasio", "Papathanasiou", "Moldovan", "Bârsan", "Szűcs",
              "Marinova", "Milovanović", "Stevanović", "Mauar"],
    cities=["Coolibah Crossing", "Kulkai", "Ngarlu Springs", "Harlan Springs", "Prairie Bend",
            "Sappa Flats", "Inverbrannan", "Kinlochfada", "Mango Walk", "Pear Tree Gully",
            "Pietrarossa", "Castelvetere del Monte", "Άνω Πλατανούσα", "Κρυονέρι",
            "Valea Ursoaiei", "Poienile Mari", "Alsóhalmos", "Nagyfüzesd", "Долно Брезово",
            "Средна Липница", "Gornja Vrbica", "Доња Ливадица"],
    streets=["Coolabah", "Cottonwood", "Heather", "Breadfruit", "Sunflower", "Bluegum", "Rowan",
             "Ackee"],
    relations=["daughter", "son", "wife", "husband", "granddaughter", "nephew", "cousin-brother",
               "neighbour", "carer", "sister-in-law"],
    clean=[
        "Benzathine penicillin G 1.2 million units IM every 28 days per the 2020 RHDAustralia "
        "guideline.",
        "Melioidosis IHA titre 1:640; meropenem 1 g IV 8-hourly for 14 days, then co-trimoxazole.",
        "Murray Valley encephalitis and Ross River virus serology negative; Q fever IgM phase II "
        "positive.",
        "Jones criteria (2015 revision): 2 major, 1 minor; ASOT 800 IU/mL, ESR 74 mm/h.",
        "RFDS retrieval requested; ETA 2 h 40 min, King Air, 1 flight nurse.",
        "Irukandji syndrome considered; fentanyl 50 mcg IV, magnesium 10 mmol.",
        "Gustilo IIIA open tibial fracture after a grain auger injury; cefazolin 2 g IV.",
        "Anhydrous ammonia burn to both corneas; irrigated with 4 L, pH 7.4 afterwards.",
        "Rocky Mountain spotted fever and tularemia considered; doxycycline 100 mg BID started.",
        "Farmer's lung on HRCT; FEV1 61% predicted, DLCO 48%.",
        "NEWS2 5; managed per SIGN 167 and the 2021 BTS guideline.",
        "An 88-year-old woman with Paget disease of bone; ALP 412 U/L.",
        "Sickle cell disease (HbSS): hydroxyurea 20 mg/kg/day, HbF 18%.",
        "ICD-10 A24.1 (melioidosis), I05.0 and E11.65 coded at discharge.",
        "CHA2DS2-VASc 5; apixaban 2.5 mg BD at age 87 and 58 kg.",
        "Weber lateralises left, Rinne negative left; audiogram 45 dB HL.",
        "Morbo di Basedow in terapia con metimazolo 10 mg/die; TSH 0,01 mUI/L.",
        "Paziente di 87 anni, MMSE 21/30, indice di Barthel 65.",
        "ECG: ritmo sinusale 68 bpm, BBdx incompleto, QTc 452 ms.",
        "Polmonite comunitaria, CURB-65 2; ceftriaxone 2 g e.v. per 7 giorni.",
        "Νόσος του Hashimoto, λεβοθυροξίνη 75 mcg ημερησίως.",
        "Ασθενής 86 ετών με ΧΑΠ GOLD 3, FEV1 42%.",
        "Hb 9,8 g/dL, PLT 142.000/μL, CRP 48 mg/L.",
        "Boala Parkinson, levodopa/benserazidă 100/25 mg de 3 ori pe zi.",
        "Pacient în vârstă de 85 de ani, clasa NYHA III, FEVS 35%.",
        "Diagnostic ICD-10: I50.0, E11.9, N18.3.",
        "Basedow-kór miatt thiamazol 10 mg naponta; TSH 0,02 mIU/l.",
        "89 éves férfi, GCS 15, NIHSS 4.",
        "Labor: Hgb 112 g/l, CRP 34 mg/l, kreatinin 118 µmol/l.",
        "Болест на Бехтерев, HLA-B27 положителен; СУЕ 42 mm/h.",
        "Пациент на 88 години, ЕКГ: предсърдно мъждене, 112 уд/мин.",
        "Диагноза по МКБ-10: J18.9; цефтриаксон 2 g i.v. дневно.",
        "Hashimotov tireoiditis, levotiroksin 50 µg dnevno.",
        "Pacijent star 84 godine, EF 40%, NYHA II.",
        "Паркинсонова болест, леводопа 250 mg три пута дневно.",
        "Dijagnoza: I21.4 (NSTEMI); klopidogrel 75 mg, atorvastatin 80 mg.",
    ],
    seed=19_047,
)

F47_CONNECTORS = [": ", " ", " - ", " no. ", " n. ", " nr. ", " № ", ":\t", " = ", " » ", ": #"]
F47_FRAMES = [
    "{kv}", "{kv}.", "{kv};", "• {kv}", "{kw}:\n{v}", "| {kw} | {v} |", "({kv})",
    "Dati anagrafici - {kv}", "Στοιχεία: {kv}", "Date pacient: {kv}", "Azonosítók: {kv}",
    "Данни: {kv}", "Podaci: {kv}", "Station admin sheet - {kv}", "{kv} - checked with patient",
    "{kw} ........ {v}",
]
F47_KEYWORDS = {
    "mrn": ["URN", "UR no.", "Hosp. No", "MRN", "Unit no", "nosologico", "n. cartella",
            "Αρ. Μητρώου", "FO", "foaie de observație", "törzsszám", "kórlapszám", "ИЗ",
            "история на заболяването", "br. istorije bolesti", "ист. болести бр.", "docket no."],
    "health_plan": ["Medicare", "Medicare no./IRN", "DVA file no", "Gold Card", "Medicaid ID",
                    "Heritage Health ID", "KanCare ID", "CHI", "CHI no.", "NHF card",
                    "tessera sanitaria", "ΑΜΚΑ", "card de sănătate", "nr. asigurat CNAS",
                    "TAJ szám", "TAJ", "LBO", "ЛБО", "Medicare MBI"],
    "account": ["BSB/acc", "acct", "Acct #", "IBAN", "cont IBAN", "conto", "λογαριασμός",
                "számlaszám", "банкова сметка", "tekući račun", "invoice no.", "fattura n.",
                "factura nr."],
    "licence": ["Driver licence", "QLD DL", "AHPRA", "Nebraska DL", "KS DL #", "Passport", "GMC no.",
                "patente", "Ordine dei Medici", "δίπλωμα οδήγησης", "διαβατήριο",
                "permis de conducere", "jogosítvány", "útlevél", "шофьорска книжка", "УИН",
                "vozačka dozvola", "пасош"],
    "vehicle": ["rego", "plate", "Reg.", "NE plate", "KS tag", "targa", "αρ. κυκλοφορίας",
                "nr. înmatriculare", "rendszám", "рег. №", "reg. oznaka", "регистарска ознака"],
    "device": ["S/N", "serial", "PPM serial", "CGM SN", "n. serie", "αρ. σειράς", "serie nr.",
               "sorozatszám", "сериен №", "serijski broj", "серијски број", "IMEI"],
    "other_id": ["codice fiscale", "C.F.", "ΑΦΜ", "CNP", "adóazonosító jel", "ЕГН", "JMBG", "ЈМБГ",
                 "TRN", "Centrelink CRN", "NI no."],
    "ssn": ["SSN", "Soc. Sec. #", "Social Security No."],
    "phone": ["Ph", "Mob", "tel.", "cell.", "τηλ.", "κιν.", "telefon", "mobil", "тел.", "моб.",
              "mob.", "home ph"],
    "fax": ["Fax", "fax", "φαξ", "факс", "faks", "fax nr."],
}
F47_SENTENCES = {
    "licence": ["Her QLD driver licence {v} was found in the ute.",
                "Flight doctor's AHPRA registration {v} is on the retrieval sheet.",
                "He showed his Nebraska driver's license, {v}, at registration.",
                "Il medico di guardia, iscritto all'Ordine con il n. {v}, ha firmato.",
                "Το διαβατήριό του ({v}) φωτοτυπήθηκε.",
                "A adus permisul de conducere {v} la internare.",
                "Jogosítványa ({v}) bevonásra került a roham után.",
                "Лекарят, УИН {v}, подписа направлението."],
    "vehicle": ["Rolled the ute, rego {v}, on the station track.",
                "Pickup with Nebraska plate {v} brought him from the farm.",
                "The car ({v}) belongs to her son in the next township.",
                "A JUTC bus hit the route taxi {v}.",
                "The tractor's VIN, {vin}, was in the sheriff's report.",
                "Investito da un'auto targata {v}.",
                "Το αγροτικό με αριθμό κυκλοφορίας {v} ανετράπη.",
                "Adus de fiu cu autoturismul {v}.",
                "A(z) {v} rendszámú gépkocsi vezetője volt.",
                "Докаран с лек автомобил с рег. № {v}.",
                "Povređen kao vozač automobila {v}."],
    "mrn": ["Old notes are under URN {v} at the base hospital.",
            "Please quote UR {v} on all pathology.",
            "Numero nosologico {v}, reparto di Medicina.",
            "Αριθμός μητρώου ασθενούς {v}.",
            "Foaia de observație nr. {v} a fost închisă.",
            "Törzsszám: {v}",
            "История на заболяването № {v}.",
            "Broj istorije bolesti {v}."],
    "health_plan": ["Medicare {v} sighted at the clinic.",
                    "DVA Gold Card, file number {v}.",
                    "Billed to Nebraska Medicaid (Heritage Health) under {v}.",
                    "KanCare member {v} - prior auth pending.",
                    "CHI {v} confirmed with the patient.",
                    "NHF card {v} used for the medication.",
                    "Tessera sanitaria n. {v}.",
                    "ΑΜΚΑ ασθενούς: {v}",
                    "TAJ-száma {v}.",
                    "Лични број осигураника (ЛБО) {v}."],
    "account": ["Patient travel subsidy paid to BSB/account {v}.",
                "Hospital bill settled from account {v}.",
                "Rimborso sul conto {v}.",
                "Η επιστροφή θα γίνει στον λογαριασμό {v}.",
                "Plata s-a făcut în contul {v}.",
                "Visszatérítés a(z) {v} számlaszámra.",
                "Сума за възстановяване по сметка {v}.",
                "Uplata na račun {v}."],
    "device": ["PPM serial {v} checked at the remote clinic.",
               "Dexcom receiver {v} left at the nursing home.",
               "Oxygen concentrator, serial {v}, delivered to the croft.",
               "Pacemaker n. serie {v} controllato.",
               "Ο βηματοδότης με αριθμό σειράς {v} ελέγχθηκε.",
               "Pompa de insulină seria {v}.",
               "A hallókészülék sorozatszáma {v}.",
               "Инсулинова помпа, сериен № {v}.",
               "Pejsmejker serijski broj {v}."],
    "other_id": ["Centrelink CRN {v} for the travel claim.",
                 "TRN {v} on the NHF form.",
                 "Codice fiscale {v}.",
                 "ΑΦΜ {v} για το ΚΕΠΑ.",
                 "CNP {v}, verificat cu buletinul.",
                 "Adóazonosító jele {v}.",
                 "ЕГН {v}.",
                 "JMBG {v} proveren uvidom u ličnu kartu.",
                 "National Insurance number {v} on the benefits letter."],
    "ssn": ["SSN {v} for the Medicaid application.",
            "Social Security number {v}, verified by the hospital registrar.",
            "{v} was the SSN on the grain co-op's insurance claim."],
    "phone": ["Station phone {v} - ask for the manager.",
              "Daughter on {v}, after knock-off.",
              "Call the farm on {v} before 6 am.",
              "Niece's mobile {v}.",
              "Granny's yard phone {v}.",
              "Cellulare della figlia {v}.",
              "Κινητό γιου {v}.",
              "Telefonul fiicei: {v}",
              "Fia telefonszáma: {v}",
              "Телефон на дъщерята: {v}",
              "Sin, mob. {v}"],
    "fax": ["Discharge summary faxed to the clinic on {v}.",
            "GP fax {v}.",
            "Fax del medico curante: {v}",
            "Φαξ Κέντρου Υγείας {v}.",
            "Факс: {v}"],
    "email": ["Her grandson emails from {v}.",
              "Send the letter to {v}.",
              "La figlia scrive da {v}.",
              "Email: {v}",
              "E-mail címe: {v}",
              "Имейл: {v}"],
    "url": ["The family fundraiser is at {v}.",
            "Her daughter posts updates on {v}.",
            "Il video del figlio è su {v}.",
            "Photos of the burn were shared via {v}."],
    "ip": ["Telehealth session from the island clinic at {v} kept dropping.",
           "Remote monitor uploaded from {v}.",
           "Accesso al portale da {v}.",
           "Η σύνδεση έγινε από {v}."],
    "zip": ["Postcode {v}.", "ZIP {v} on the claim form.", "Mail: {city} {v}.",
            "CAP {v}", "Τ.Κ. {v}", "Cod poștal {v}", "Irányítószám: {v}", "П.К. {v}",
            "Poštanski broj: {v}", "Croft address ends [[zip:IV27 4QT]]."],
    "date": ["Admitted {v}.", "DOB {v}", "Retrieved from the station {v}.", "Seen {v} at the clinic.",
             "Ricoverata il {v}.", "Data di nascita: {v}", "Ημ. εισαγωγής: {v}",
             "Internată la {v}.", "Felvétel: {v}", "Приета на {v} г.", "Primljen {v}",
             "| {v} | triage |", "Date of death: {v}"],
    "address": ["Lives on [[address:{street} Creek Station]] with her sons.",
                "Farmhouse at [[address:{n} Road {n2}]], a mile past the elevator.",
                "[[address:{n} County Road {n2}]] - gravel, hard to find after dark.",
                "Home: [[address:{n} {street} Street]]",
                "Croft at [[address:{n2} Achlochan]].",
                "[[address:Lot {n}, {street} Walk]] is her yard.",
                "Indirizzo: [[address:via del Castagno {n}]]",
                "Διεύθυνση: [[address:Οδός Αγίου Νικολάου {n}]]",
                "Domiciliu: [[address:str. Principală nr. {n}]]",
                "Lakcím: [[address:Petőfi Sándor u. {n}]]",
                "Адрес: [[address:ул. „Христо Ботев“ № {n}]]",
                "Adresa: [[address:Ulica Vojvode Mišića {n}]]"],
    "place": ["Flown in from {city} by the RFDS.",
              "Family moved to {city} after the wet season.",
              "Grew up near {city}, still farms wheat.",
              "Lives in {city} with her daughter.",
              "Originaria di {city}.",
              "Μένει στο χωριό {city}.",
              "Domiciliată în satul {city}.",
              "Lakóhely: {city}",
              "Живее в село {city}.",
              "Živi u selu {city}."],
    "name": ["{given} mustered cattle until last year.",
             "Aunty {full} sat with her during the scan.",
             "Spoke to her {rel} {given} by phone.",
             "Mr {surname} declined the flight south.",
             "{full} is the station cook.",
             "La figlia [[name:Assunta]] riferisce cadute.",
             "Sig.ra {surname} rifiuta il catetere.",
             "Ο γιος της, [[name:Γιώργος]], είναι παρών.",
             "Pacienta {full} a refuzat perfuzia.",
             "Lánya, [[name:Szűcs Anikó]], kíséri.",
             "Дъщерята [[name:Радка Маринова]] е информирана.",
             "Pacijent {full} odbija transfuziju.",
             "Син [[name:Небојша]] прати оца."],
}
F47_AFTER = ["{v} ({kw})", "{v} - {kw}", "{v} = {kw}", "{v}, {kw} on the card"]
F47_REFERENCES = [
    "Melioidosis in northern Australia is reviewed at https://doi.org/10.1371/journal.pntd.00{n}{n}.",
    "Vedi la revisione https://pubmed.ncbi.nlm.nih.gov/3{n}{n}{n}/ per il meccanismo.",
    "Οι οδηγίες (https://doi.org/10.1093/eurheartj/ehad{n}) ακολουθήθηκαν.",
]
F47_STYLES = [
    "RFDS RETRIEVAL - CLINICAL SUMMARY\n{body}\nPlan: fly to base hospital, IV access x2.",
    "REMOTE CLINIC PROGRESS NOTE (Torres Strait)\n{body}\nReview by visiting MO next run.",
    "ED NOTE - critical access hospital\n{body}\nDisposition: transfer by fixed wing.",
    "WARD 3 - HIGHLAND COMMUNITY HOSPITAL NOTE\n{body}\nNEWS2 reviewed at 20:00.",
    "CASUALTY - TYPE C HEALTH CENTRE\n{body}\nReferred to medical clinic.",
    "LETTERA DI DIMISSIONE - U.O. Medicina Interna\n{body}\nTerapia domiciliare invariata.",
    "ΕΞΙΤΗΡΙΟ - Παθολογική Κλινική\n{body}\nΕπανεκτίμηση σε 15 ημέρες.",
    "SCRISOARE MEDICALĂ - Secția Medicină Internă\n{body}\nRecomandări: regim hiposodat.",
    "ZÁRÓJELENTÉS - Belgyógyászati Osztály\n{body}\nKontroll 4 hét múlva.",
    "ЕПИКРИЗА - Отделение по вътрешни болести\n{body}\nКонтролен преглед след 1 месец.",
    "OTPUSNA LISTA - Odeljenje interne medicine\n{body}\nKontrola za mesec dana.",
    "Case board post: any thoughts?\n{body}",
    "{body}",
]

F47_PART = Part("fresh47", F47_VOCABULARY, F47_CONNECTORS, F47_FRAMES, F47_KEYWORDS,
                F47_SENTENCES, F47_AFTER, F47_REFERENCES, True, values=F47_VALUES,
                age=_f47_age, styles=F47_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh47-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    # ------------------------------------------------------------ Australian outback and Torres Strait
    ("au-rfds-retrieval",
     "RFDS RETRIEVAL - PRIMARY\n"
     "Pt: [[name:Cedric Tjapaltjarri]]   DOB [[date:03/11/1958]]   URN [[mrn:0419273]]\n"
     "Pickup: airstrip at [[address:Wirrinya Downs Station]], 140 km NW of "
     "[[place:Coolibah Crossing]]\n"
     "Medicare [[health_plan:4127 39815 2/3]]\n"
     "Hx: thrown from a horse while mustering [[date:Sat 14/9/2024]], about 3 h before the call. "
     "Station manager [[name:Bev Hollis]] rang on [[phone:(08) 5550 0147]].\n"
     "Obs: HR 118, BP 96/60, RR 24, SpO2 94% on 6 L. FAST positive LUQ.\n"
     "Plan: 2 units O-neg en route, TXA 1 g IV, fly to [[place:Barkly Flats District Hospital]]."),
    ("ts-clinic-referral",
     "REFERRAL - [[place:Kulkai Primary Health Care Centre]]\n"
     "To: Medical Officer, [[place:Kaiwalagal Hospital]]\n"
     "Re: [[name:Lizzie Wapau]], [[age:91]] (DOB [[date:12 Feb 1933]]), Medicare "
     "[[health_plan:2950 41127 3-1]]\n\n"
     "Aunty [[name:Lizzie]] is a respected elder from [[place:Kulkai]]. Her granddaughter "
     "[[name:Dimple Gebadi]] (ph [[phone:0491 570 156]]) will escort her on the dinghy and then "
     "the Dash 8. Point-of-care HbA1c 11.2%, infected plantar ulcer R foot, probes to bone. "
     "Her cousin-brother [[name:Getano Mauar]] says she has not been taking the gliclazide since "
     "the boat broke down.\n"
     "Please review for osteomyelitis; X-ray from the clinic is on the PACS."),
    ("au-dva-gp-letter",
     "Dear Dr [[name:Prakash]],\n\n"
     "Thank you for seeing Mr [[name:Walter Kris]], a [[age:94-year-old]] Korea veteran (DVA "
     "Gold Card, file no. [[health_plan:QX412739]]), who lives at [[address:12 Bluegum Street]], "
     "[[place:Coolibah Crossing]] QLD [[zip:4829]] with his wife [[name:Joan]]. His dual-chamber "
     "pacemaker (serial [[device:PM4127395]]) was checked on [[date:2 October 2024]] and showed "
     "12% AF burden. His licence was cancelled after the syncope and he is upset about it.\n\n"
     "Kind regards,\n[[name:Alinta Hughes]]\nRural Generalist, [[place:Coolibah Crossing "
     "Medical Centre]]\nPh [[phone:(07) 5550 4127]]  Fax [[fax:(07) 5550 4128]]"),
    ("au-board-post",
     "Anyone seen melioidosis present like this? 19F from [[place:Ngarlu Springs]] community, "
     "3 days of fever and a hot swollen knee. Her mum [[name:Roslyn]] said she had been swimming "
     "in the soak after the first storms. Blood cultures grew Burkholderia pseudomallei on "
     "[[date:28/1/2025]] and the CT showed splenic abscesses. We started meropenem and she was "
     "flown out the same night. Is 8 weeks of eradication enough?"),
    ("au-clean-rhd",
     "Remote clinic, RHD register review.\n"
     "- 14F, ARF 2022 (Jones criteria met: carditis, polyarthritis; ESR 98).\n"
     "- Benzathine penicillin G 1.2 million units IM q28 days; 11/13 doses on time this year.\n"
     "- Echo: mild MR, no MS; RHD stage B (WHF 2023 criteria).\n"
     "- Dental review overdue; ICD-10 I01.1 and I05.1 on the problem list.\n"
     "Plan: continue secondary prophylaxis for 10 years or until age 21."),
    ("au-handover-table",
     "Remote clinic handover - evening\n"
     "| Bed | Patient | Issue | Plan |\n|---|---|---|---|\n"
     "| 1 | [[name:Jedda Nakamarra]] | cellulitis L leg | cefazolin + probenecid |\n"
     "| 2 | [[name:Ephraim Gebadi]] ([[age:93]]) | CCF, SpO2 90% | frusemide 40 IV, retrieval if worse |\n"
     "| 3 | [[name:Marlene Napurrula]] | 32/40, PV bleed | RFDS booked |\n"
     "Night nurse: [[name:Tess Ryan]]. Generator refuelled at 17:00."),
    ("au-telehealth-log",
     "TELEHEALTH LOG\n"
     "Session: island clinic to specialist, [[date:05/03/2025 10:20]]\n"
     "Endpoint [[ip:10.41.27.39]] dropped twice (satellite), reconnected from [[ip:203.0.113.41]].\n"
     "Patient [[name:Sipau Tamu]], Medicare [[health_plan:5127 41273 9-2]], seen with health "
     "worker [[name:Nancy Whap]] interpreting.\n"
     "Outcome: increase insulin glargine to 22 units; review in 2 weeks."),
    # ------------------------------------------------------------ Nebraska and Kansas
    ("ne-ed-auger",
     "ED NOTE - [[place:Harlan Springs Community Hospital]]\n"
     "[[name:Dale Schmidtberger]], 58M, caught his sleeve in a grain auger at home "
     "([[address:41273 Road 788]], [[place:Harlan Springs]], NE [[zip:68847]]) on "
     "[[date:October 9, 2024]]. Wife [[name:Marlys]] drove him in in the pickup "
     "(NE plate [[vehicle:42-B417]]). Degloving injury R forearm, radial pulse present.\n"
     "SSN [[ssn:508-41-2739]]; BCBS member ID [[health_plan:XNE412739581]].\n"
     "Wife's cell [[phone:(308) 555-0163]].\n"
     "Plan: tetanus, cefazolin 2 g, fly to trauma centre."),
    ("ks-wound-referral",
     "[[place:Sappa Flats Rural Health Clinic]]\nREFERRAL - wound clinic\n"
     "Patient: [[name:LaVerne Ostrander]]   DOB: [[date:6/19/1931]]   Age: [[age:93]]\n"
     "KanCare ID: [[health_plan:10041273958]]   KS DL: [[licence:K07-41-2739]]\n"
     "Address: [[address:2186 County Road 11]], [[place:Prairie Bend]], KS [[zip:67740]] "
     "([[place:Elk Horn County]])\n"
     "Venous ulcer L medial malleolus, 4.2 x 3.1 cm, 14 months. ABI 0.92.\n"
     "Please fax the plan to [[fax:785-555-0119]]. Referring APRN: [[name:Kathy Voth]]."),
    ("ne-family-email",
     "From: [[email:marlys.hinrichs@mail.example.net]]\n"
     "Subject: Mom - update from the farm\n\n"
     "Hi, this is [[name:Marlys]], [[name:Verna Hinrichs]]'s daughter. Mom turned [[age:96]] on "
     "[[date:March 3]] and the cake went fine, but since then she has been coughing at night. "
     "We set up a page at [[url:https://caring.example.org/vernahinrichs]] so the cousins in "
     "[[place:Wolf Creek Township]] can follow along. Her Medicare number is "
     "[[health_plan:4TJ8-KM2-RX61]] if the nursing home needs it.\n"
     "Thanks, [[name:Marlys]]"),
    ("ks-clean-ammonia",
     "Chemical exposure - anhydrous ammonia (NH3) nurse tank hose failure.\n"
     "Irrigated both eyes with 4 L NS until pH 7.4; Morgan lens used.\n"
     "Stridor absent; SpO2 97% RA; CXR clear. Carboxyhemoglobin 1.2%.\n"
     "Rocky Mountain spotted fever was not relevant here; tick bite last month only.\n"
     "Poison centre guidance followed. Observe 6 h; discharge if no airway signs."),
    ("ks-ems-runsheet",
     "EMS RUN REPORT - Unit 4\n"
     "Date: [[date:11/23/2024]]  Dispatch 02:14  On scene 02:41\n"
     "Incident: rollover, gravel road 2 mi S of [[place:Prairie Bend]]\n"
     "Vehicle: 2009 pickup, KS tag [[vehicle:417 KRT]], VIN [[vehicle:1FTSW21R49EA41273]]\n"
     "Pt: [[name:Trent Vogel]], 34M, restrained driver, GCS 14, c-collar applied.\n"
     "Brother [[name:Cody Vogel]] on scene, cell [[phone:785-555-0137]].\n"
     "Transported to [[place:Sappa Flats Rural Health Clinic]] for stabilisation."),
    ("ne-nf-transfer",
     "NURSING FACILITY TRANSFER FORM\n"
     "Resident: [[name:Vojtech Hruska]]   Age: [[age:97]]   DOB: [[date:01/08/1927]]\n"
     "SSN: [[ssn:505 27 4139]]\n"
     "Medicare MBI: [[health_plan:7KD2-HN4-TY38]]   Medicaid (Heritage Health): "
     "[[health_plan:91041273958]]\n"
     "Facility: [[place:Prairie Rose Care Center]], [[place:Harlan Springs]]\n"
     "Responsible party: son [[name:Arlo Hruska]], cell [[phone:308-555-0148]]\n"
     "Code status: DNR. Reason for transfer: fever 38.9 C, SpO2 88% on 2 L."),
    ("ne-clean-farmers-lung",
     "Clinic note. 61M, cattle and hay operation. Farmer's lung suspected: HRCT with "
     "centrilobular nodules and mosaic attenuation. FEV1 2.1 L (61%), DLCO 48%. Precipitins to "
     "Saccharopolyspora rectivirgula positive. Prednisone 40 mg daily, taper over 8 weeks; "
     "N95 for hay handling. Recheck PFTs in 3 months."),
    # ------------------------------------------------------------ Scottish Highlands
    ("hl-discharge-letter",
     "DISCHARGE LETTER - Ward 3\n"
     "Patient: [[name:Mòrag NicLeòid]]   CHI: [[health_plan:1403294127]]\n"
     "Address: [[address:7 Druimbeg]], [[place:Inverbrannan]], [[zip:IV27 4QT]]\n"
     "Admitted: [[date:2nd November 2024]]   Discharged: [[date:9th November 2024]]\n"
     "Hospital: [[place:Kinlochfada Community Hospital]]\n\n"
     "Mrs [[name:NicLeòid]], [[age:95]], was admitted after a fall at the peat stack with a "
     "pubic ramus fracture (managed conservatively). Delirium settled. Home with twice-daily "
     "carers; her son [[name:Calum]] stays with her.\n"
     "GP: Dr [[name:E. Ross]], [[place:Inverbrannan Surgery]], fax [[fax:01632 960412]]."),
    ("hl-gp-referral",
     "Dear colleague,\n\n"
     "I would be grateful if you could see [[name:Ruaraidh MacAoidh]] (CHI "
     "[[health_plan:220734 1856]]), a [[age:90-year-old]] crofter from [[place:Kinlochfada]] who "
     "still works his sheep on the hill. He has had three episodes of painless haematuria since "
     "[[date:15th December 2024]]. His niece [[name:Seonag]] phones on [[phone:07700 900214]] "
     "and can drive him down.\n\n"
     "Yours sincerely,\n[[name:Fiona Mackay]]\nGP, [[place:Strathcorrie Medical Practice]]"),
    ("hl-clean-news",
     "Ward round. NEWS2 6 overnight (RR 24, SpO2 93% on air, new confusion). "
     "4AT 5. CURB-65 3; amoxicillin 1 g TDS IV plus clarithromycin 500 mg BD per the "
     "NHS Highland antimicrobial guideline. Lactate 2.1. K 3.3 replaced. Plan: repeat bloods "
     "tomorrow, physio, SALT swallow screen."),
    ("hl-sms-thread",
     "[[[date:12/01/2025 19:02]]] [[name:Seonag]]: Uncle's breathing is worse tonight and the "
     "road's blocked at the bridge\n"
     "[[[date:12/01/2025 19:05]]] [[name:Kirsty]] (NHS 24): can you get him to sit up? is he "
     "on his inhalers?\n"
     "[[[date:12/01/2025 19:07]]] [[name:Seonag]]: yes, he's at [[address:3 Achlochan]], the "
     "house past the fank. ring [[phone:01632 960877]]\n"
     "[[[date:12/01/2025 19:09]]] [[name:Kirsty]]: coastguard helicopter tasked."),
    # ------------------------------------------------------------ Jamaica
    ("jm-referral",
     "[[place:Pear Tree Gully Health Centre]], St Elizabeth\n"
     "REFERRAL - Medical Outpatients, [[place:Bamboo Hill Regional Hospital]]\n"
     "Name: [[name:Icilda Grizzle]]   DOB: [[date:04-Jun-1931]]   TRN: [[other_id:104-127-395]]\n"
     "NHF card: [[health_plan:0041 2739 58]]   Docket: [[mrn:41-27-39]]\n"
     "Address: [[address:Lot 22, Ackee Walk]], [[place:Mango Walk]], St Elizabeth\n"
     "Tel: [[phone:(876) 555-0172]]\n\n"
     "Miss [[name:Icilda]] is a [[age:93-year-old]] higgler, BP 188/104 despite amlodipine "
     "10 mg and chlorthalidone. Please assess for renal artery stenosis."),
    ("jm-discharge",
     "DISCHARGE SUMMARY - Female Medical Ward\n"
     "Patient: [[name:Hyacinth Wedderburn]], [[age:92]]\n"
     "Admitted [[date:January 14, 2025]]; discharged [[date:January 21, 2025]].\n"
     "Dx: sickle cell-haemoglobin C disease with acute chest syndrome; exchange transfusion x1.\n"
     "Bill: account [[account:412-739581-3]]; NHF benefit applied.\n"
     "Son [[name:Lascelles Bogle]] collected her in his car ([[vehicle:4127 HK]]).\n"
     "Follow-up: haematology clinic in 2 weeks."),
    ("jm-whatsapp",
     "[[[date:07/02/2025 08:14]]] [[name:Delroy McFarlane]]: Doc, mi madda nuh eat from "
     "yesterday and she foot swell up bad\n"
     "[[[date:07/02/2025 08:20]]] Nurse [[name:Tanisha Reid]]: Bring her to the health centre "
     "this morning. Bring the NHF card and her tablets\n"
     "[[[date:07/02/2025 08:22]]] [[name:Delroy McFarlane]]: Yes miss. Mi deh a "
     "[[place:Pear Tree Gully]], taxi soon come. Call mi pon [[phone:876-555-0198]]"),
    ("jm-clean-sickle",
     "Sickle cell clinic. HbSS, on hydroxyurea 20 mg/kg/day; HbF 18%, MCV 104 fL. "
     "Transcranial Doppler 142 cm/s (normal). Penicillin V prophylaxis stopped at age 5. "
     "Pneumococcal PCV13 and PPSV23 up to date. Leg ulcer healed. ICD-10 D57.1."),
    ("en-clean-board",
     "Journal club summary: the 2023 ESC endocarditis guideline and the Duke-ISCVID criteria. "
     "Osler nodes, Janeway lesions and Roth spots were discussed; 3 of 12 cases met modified "
     "Duke criteria. Vancomycin 15-20 mg/kg q8-12h with AUC 400-600. No patient details here."),
    ("en-reference-discussion",
     "Melioidosis is hyperendemic in the tropical north after heavy rain (see "
     "https://doi.org/10.1371/journal.pntd.0004127 and "
     "https://pubmed.ncbi.nlm.nih.gov/31412739/). Our case matches the prospective "
     "melioidosis cohort's description of septic arthritis.", "discussion"),
    ("en-patient-url",
     "Her family documented her recovery on a blog, [[url:https://www.example.org/hyacinth-journey]], "
     "and agreed to its being cited.", "patient_information"),
    # ------------------------------------------------------------ Italian
    ("it-lettera-dimissione",
     "LETTERA DI DIMISSIONE\n"
     "U.O.C. Medicina Interna - [[place:Ospedale Civile di Castelvetere del Monte]]\n"
     "Paziente: [[name:Concetta Iannaccone]], nata a [[place:Pietrarossa]] il "
     "[[date:17/05/1931]]\n"
     "C.F. [[other_id:NNCCCT31E57H412K]] - Tessera sanitaria [[health_plan:80380004127395816342]]\n"
     "Nosologico [[mrn:2025004127]]\n"
     "Ricovero dal [[date:3 marzo 2025]] al [[date:14 marzo 2025]].\n\n"
     "Paziente di [[age:93 anni]], vive con la figlia [[name:Assunta]] in "
     "[[address:via del Castagno 14]], frazione [[place:Sant'Elia]]. Ricoverata per scompenso "
     "cardiaco (NT-proBNP 8.400 pg/mL); nota malattia di Parkinson.\n"
     "Medico curante: dott. [[name:Gennaro Di Stasio]], fax [[fax:+39 0827 412739]]."),
    ("it-board-post",
     "Caso clinico, chiedo un parere ai colleghi. Signora di [[age:96 anni]] da "
     "[[place:Borgo Tavernelle]], ricoverata il [[date:2 aprile]] per iponatriemia (Na 116). "
     "Il nipote [[name:Raffaele]] dice che beveva tre litri di tè al giorno. SIADH o "
     "tea-and-toast? Osmolalità urinaria 98 mOsm/kg."),
    ("it-clean",
     "Consulenza endocrinologica: morbo di Basedow, TRAb 8,4 UI/L, metimazolo 10 mg/die. "
     "Oftalmopatia CAS 2/7. Ecografia tiroidea: gozzo diffuso, volume 38 mL. Controllo "
     "TSH e FT4 tra 6 settimane. Codice ICD-9-CM 242.00."),
    ("it-family-email",
     "Gentile dottoressa,\n"
     "sono [[name:Assunta Iannaccone]], la figlia della signora [[name:Concetta]]. La mamma "
     "dopo la dimissione dorme molto. Mi può chiamare al [[phone:347 412 7395]] oppure "
     "scrivere a [[email:assunta.iannaccone@posta.example.com]]? Per il rimborso del trasporto "
     "l'IBAN è [[account:IT60 X054 2841 2730 0000 0412 739]].\n"
     "Grazie, [[name:Assunta]]"),
    ("it-consegne",
     "CONSEGNE INFERMIERISTICHE - notte\n"
     "| Letto | Paziente | Note |\n|---|---|---|\n"
     "| 4 | [[name:Gennaro Capobianco]] | PEG, glicemia 212, insulina 4 UI |\n"
     "| 5 | [[name:Filomena Ruggiero]] ([[age:98]]) | agitata, aloperidolo 0,5 mg |\n"
     "| 6 | [[name:Rocco Sarno]] | drenaggio 150 mL sieroematico |\n"
     "Infermiere: [[name:Mario Pagano]]."),
    # ------------------------------------------------------------ Greek
    ("gr-exitirio",
     "ΕΞΙΤΗΡΙΟ\nΠαθολογική Κλινική - [[place:Γενικό Νοσοκομείο Κρυονερίου]]\n"
     "Ονοματεπώνυμο: [[name:Σταυρούλα Παπαθανασίου]]\nΠατρώνυμο: [[name:Ευάγγελος]]\n"
     "ΑΜΚΑ: [[health_plan:11043141273]]   ΑΦΜ: [[other_id:041273958]]\n"
     "Διεύθυνση: [[address:Οδός Αγίου Νικολάου 12]], [[zip:301 00]] "
     "[[place:Άνω Πλατανούσα]]\n"
     "Τηλ.: [[phone:26410 41273]]\n"
     "Ημ. εισαγωγής: [[date:14 Μαρτίου 2025]]   Ημ. εξόδου: [[date:21/3/2025]]\n\n"
     "Ασθενής [[age:93 ετών]] με πνευμονία κατώτερου δεξιού λοβού. Έλαβε κεφτριαξόνη 2 g "
     "ημερησίως. Συνοδεύεται από την κόρη της [[name:Ελένη]]."),
    ("gr-parapemptiko",
     "ΠΑΡΑΠΕΜΠΤΙΚΟ - [[place:Κέντρο Υγείας Κρυονερίου]]\n"
     "Ο ασθενής [[name:Χαράλαμπος Ντόκος]], 47 ετών, τραυματίστηκε στις [[date:9/10/2024]] "
     "όταν ανετράπη το αγροτικό του ([[vehicle:ΚΗΙ-4127]]) σε χωματόδρομο έξω από το "
     "[[place:Πετρωτό]]. Κάταγμα κνήμης. Συνοδεύεται από τη σύζυγό του [[name:Ελένη]] "
     "(κιν. [[phone:6944 127 395]]).\nΙατρός: [[name:Α. Καραγιάννης]]"),
    ("gr-clean",
     "Νόσος του Hashimoto και νόσος του Addison σε συνδυασμό (APS τύπου 2). "
     "Υδροκορτιζόνη 20 mg το πρωί και 10 mg το απόγευμα. Na 131 mmol/L, K 5,3 mmol/L. "
     "Ασθενής 86 ετών, κλίμακα Barthel 70. ICD-10 E31.0."),
    ("gr-sms",
     "[[name:Νίκος]]: Γιατρέ, η γιαγιά έχει πυρετό 38,7 από το πρωί\n"
     "Δρ. [[name:Ζαφειρίου]]: Πόσο χρονών είναι τώρα;\n"
     "[[name:Νίκος]]: [[age:97]] τον Μάιο. Είμαστε στο [[place:Κρυονέρι]], δεν έχει ταξί\n"
     "Δρ. [[name:Ζαφειρίου]]: Θα έρθω στις 18:00. Στείλε μου email στο "
     "[[email:nikos.zafeiris@mail.example.org]] τα φάρμακα."),
    # ------------------------------------------------------------ Romanian
    ("ro-scrisoare-medicala",
     "SCRISOARE MEDICALĂ\nSecția Medicină Internă, [[place:Spitalul Orășenesc Poienile Mari]]\n"
     "Pacient: [[name:Bârsan Ileana]], CNP [[other_id:2310518194127]]\n"
     "Domiciliu: sat [[place:Valea Ursoaiei]], comuna [[place:Poienile Mari]], județul Harghita\n"
     "Internată în perioada [[date:03.02.2025]] - [[date:12.02.2025]], FO nr. [[mrn:1273/2025]]\n\n"
     "Pacientă în vârstă de [[age:93 de ani]], cu insuficiență cardiacă NYHA III și fibrilație "
     "atrială permanentă. Fiica, [[name:Maria Bârsan]], tel. [[phone:0744 127 395]]."),
    ("ro-bilet-trimitere",
     "BILET DE TRIMITERE către ambulatoriul de specialitate - Cardiologie\n"
     "Nume și prenume: [[name:Moldovan Gheorghe]]\n"
     "CNP: [[other_id:1280907194125]]   Card de sănătate: [[health_plan:80642004127395812739]]\n"
     "Vârsta: [[age:96]]\n"
     "Diagnostic: bloc atrioventricular gradul II Mobitz 2 (ICD-10 I44.1).\n"
     "Medic de familie: dr. [[name:Ioana Pop]], cod parafă [[licence:A41273]]\n"
     "Data: [[date:20 ianuarie 2025]]"),
    ("ro-clean",
     "Consult neurologic: boala Parkinson stadiul Hoehn și Yahr 3, levodopa/benserazidă "
     "100/25 mg de 4 ori pe zi. Scor MoCA 22/30. Pacient în vârstă de 85 de ani. "
     "Tensiune arterială 128/76 mmHg. Recomandări: kinetoterapie, control peste 3 luni."),
    ("ro-whatsapp",
     "[[name:Ana Moldovan]]: Bună ziua, doamna doctor, tata a căzut azi-noapte\n"
     "Dr. [[name:Ioana Pop]]: Bună ziua. Se poate ridica? Are dureri la șold?\n"
     "[[name:Ana Moldovan]]: Nu se poate ridica. Suntem în [[place:Valea Ursoaiei]], pe "
     "[[address:str. Principală nr. 41]]\n"
     "Dr. [[name:Ioana Pop]]: Sun la 112 acum. Pregătiți buletinul și cardul de sănătate."),
    # ------------------------------------------------------------ Hungarian
    ("hu-zarojelentes",
     "ZÁRÓJELENTÉS\nBelgyógyászati Osztály, [[place:Nagyfüzesdi Városi Kórház]]\n"
     "Név: [[name:Szűcs Józsefné]]   Születési név: [[name:Tóth Erzsébet]]\n"
     "TAJ szám: [[health_plan:041 273 958]]   Törzsszám: [[mrn:2025/04127]]\n"
     "Lakcím: [[zip:7964]] [[place:Alsóhalmos]], [[address:Kossuth Lajos u. 12]]\n"
     "Felvétel: [[date:2025. január 9.]]   Távozás: [[date:2025. január 17.]]\n\n"
     "A [[age:92 éves]] nőbeteget húgyúti infekció és exsiccosis miatt vettük fel. "
     "Ceftriaxon 2 g iv. mellett láztalanná vált. Lánya, [[name:Szűcs Anikó]], gondozza."),
    ("hu-email",
     "Tárgy: Édesapám leletei\n\n"
     "Tisztelt Doktor Úr!\n\n"
     "Édesapám, [[name:Kovács Zoltán]] ([[age:91 éves]]) kontrollvizsgálatára a "
     "[[date:2024. december 3.]] időpontot kaptuk. Pacemakerének sorozatszáma "
     "[[device:PJN412739]], ha a távellenőrzéshez kell.\n\n"
     "Üdvözlettel:\n[[name:Kovács Péter]]\n[[phone:+36 30 412 7395]]\n"
     "[[email:kovacs.peter@mail.example.net]]"),
    ("hu-clean",
     "Kardiológiai konzílium: Basedow-kór és pitvarfibrilláció, CHA2DS2-VASc 4, HAS-BLED 2. "
     "Apixaban 5 mg naponta kétszer. 89 éves férfi, NYHA II. Echo: EF 52%, bal pitvar 46 mm. "
     "BNO-10: I48.1."),
    # ------------------------------------------------------------ Bulgarian
    ("bg-epikriza",
     "ЕПИКРИЗА\nОтделение по вътрешни болести, [[place:МБАЛ Средна Липница]]\n"
     "Име: [[name:Цветанка Иванова Маринова]], ЕГН [[other_id:3104124127]]\n"
     "ИЗ № [[mrn:4127/2025]]\n"
     "Постъпила на [[date:11.02.2025]] г., изписана на [[date:19.02.2025]] г.\n"
     "Адрес: с. [[place:Долно Брезово]], [[address:ул. „Васил Левски“ № 14]]\n\n"
     "Пациентка на [[age:93 години]] с декомпенсирана сърдечна недостатъчност. "
     "Дъщеря ѝ [[name:Радка]] - тел. [[phone:0887 412 739]]."),
    ("bg-napravlenie",
     "НАПРАВЛЕНИЕ ЗА ХОСПИТАЛИЗАЦИЯ\n"
     "Пациент: [[name:Стоян Петков Стоянов]], [[age:91-годишен]]\n"
     "Живее в с. [[place:Горна Козница]], община [[place:Ябълчево]].\n"
     "Докаран от сина си с лек автомобил с рег. № [[vehicle:ЕВ 4127 КН]].\n"
     "Диагноза: остър коронарен синдром (МКБ-10 I21.4).\n"
     "Лекар: д-р [[name:Иван Колев]], УИН [[licence:1600041273]]\n"
     "Дата: [[date:4 март 2025]] г."),
    ("bg-clean",
     "Ревматологична консултация: болест на Бехтерев, HLA-B27 положителен, BASDAI 5,2. "
     "Започва адалимумаб 40 mg s.c. през 14 дни. СУЕ 42 mm/h, CRP 18 mg/L. "
     "Пациент на 88 години. МКБ-10 M45."),
    # ------------------------------------------------------------ Serbian
    ("sr-otpusna-lista",
     "OTPUSNA LISTA\nOdeljenje interne medicine, [[place:Opšta bolnica Gornja Vrbica]]\n"
     "Pacijent: [[name:Dragica Milovanović]], JMBG [[other_id:1904931785412]]\n"
     "LBO [[health_plan:10041273958]]\n"
     "Adresa: [[address:Ulica Vojvode Mišića 14]], [[zip:31254]] [[place:Gornja Vrbica]]\n"
     "Primljena [[date:03.03.2025.]], otpuštena [[date:12. 3. 2025.]]\n\n"
     "Pacijentkinja stara [[age:93 godine]], lečena zbog pneumonije. Sin [[name:Zoran]] "
     "je obavešten na [[phone:+381 64 412 7395]]."),
    ("sr-uput-cyrillic",
     "УПУТ ЗА СТАЦИОНАРНО ЛЕЧЕЊЕ\n"
     "Име и презиме: [[name:Милорад Стевановић]]\n"
     "ЈМБГ: [[other_id:0711928710413]]   ЛБО: [[health_plan:20041273958]]\n"
     "Рођен [[date:7. новембра 1928.]] у селу [[place:Доња Ливадица]], старост: [[age:96]]\n"
     "Упућује се због пада и прелома врата бутне кости. Син [[name:Небојша]], тел. "
     "[[phone:064 412 7395]].\nЛекар: др [[name:Јелена Илић]]"),
    ("sr-clean",
     "Hashimotov tireoiditis i Parkinsonova bolest. Levotiroksin 50 µg, levodopa 250 mg "
     "tri puta dnevno. TSH 3,2 mIU/L. Pacijent star 84 godine, MMSE 24. "
     "Šifra MKB-10: E06.3, G20."),
    # ------------------------------------------------------------ more, mixed forms
    ("au-social-work",
     "SOCIAL WORK NOTE - remote clinic\n"
     "Met [[name:Roslyn Nakamarra]] and her [[age:90-year-old]] grandmother at the clinic "
     "verandah. Centrelink CRN [[other_id:412 739 581K]]; patient travel refund to BSB/account "
     "[[account:065-127 10412739]]. They are staying at the hostel in town until "
     "[[date:18 April 2025]]; the outstation at [[place:Warlukurru Bore]] has no phone, so "
     "messages go to the store on [[phone:(08) 5550 0192]]."),
    ("hl-rtc-note",
     "MINOR INJURIES - [[place:Kinlochfada Community Hospital]]\n"
     "[[name:Iain Matheson]], 41, driver of a car ([[vehicle:SV19 KHT]]) that left the "
     "single-track road near [[place:Inverbrannan]] on [[date:Thursday 6 February 2025]]. "
     "Seatbelt bruising, sternum tender, troponin 6 ng/L. Fit note issued; National Insurance "
     "number [[other_id:JT 41 27 39 C]] taken for DWP. Seen by Dr [[name:A. Sclater]] "
     "(GMC [[licence:7041273]])."),
    ("it-scheda-118",
     "SCHEDA DI SOCCORSO 118\n"
     "Data/ora: [[date:22/08/2024 16:40]]\n"
     "Luogo: strada provinciale, km 14, tra [[place:Pietrarossa]] e [[place:Sant'Elia]]\n"
     "Paziente: [[name:Antonio Capobianco]], C.F. [[other_id:CPBNTN58M12H412T]]\n"
     "Veicolo: targa [[vehicle:FX 412 KT]]; patente n. [[licence:AV4127395K]] ritirata "
     "dai Carabinieri.\n"
     "GCS 15, PA 142/88, FC 96. Trauma toracico chiuso. Moglie [[name:Lucia]] avvisata al "
     "[[phone:+39 0827 539412]]."),
    ("gr-timologio",
     "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ ΥΓΕΙΑΣ\n"
     "Ασθενής: [[name:Γεώργιος Κουτσογιάννης]]   ΑΦΜ: [[other_id:127395041]]\n"
     "ΑΜΚΑ: [[health_plan:05073841273]]\n"
     "Αρ. τιμολογίου: [[account:ΤΠΥ-004127]]\n"
     "Πληρωμή σε: [[account:GR16 0110 1250 0000 0412 7395 812]]\n"
     "Υπηρεσία: εμφύτευση βηματοδότη, αριθμός σειράς [[device:SN-4127-KT39]]."),
    ("multi-clean-board",
     "Case board, weekly round-up (no patient details):\n"
     "- Murray Valley encephalitis vs Japanese encephalitis serology - cross-reactivity.\n"
     "- morbo di Cooley: ferritina 2.400 ng/mL, deferasirox 20 mg/kg.\n"
     "- boala Wilson: ceruloplasmină 0,08 g/L, inel Kayser-Fleischer.\n"
     "- болест на Уилсън и болест на Гоше - ензимна терапия.\n"
     "- Ross River virus arthritis: NSAIDs, 3-6 months.\n"
     "All cases 84-89 years old or younger; ICD-10 B33.1, E83.0."),
]

F47_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH47: tuple[Note, ...] = build(F47_PART, per_category=26, clean=120, references=8) + F47_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH47 for e in n.expected)
    print(len(FRESH47), "notes,", sum(1 for n in FRESH47 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

"""FRESH27: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a twenty-third author: its author read only tests/phi/generated.py (the
framework and its module docstring), tests/phi/corpus.py (the Note type, the span conventions,
parse, evaluate), the de-identification section (5) of the project's domain notes, the module
docstring only of tests/phi/fresh26_notes.py (extracted with ast.get_docstring; the docstrings
of fresh16 to fresh25 were allowed but not opened), the wiring lines of fresh16_notes.py (its
Part, _letter, letters, build and __main__ lines, printed with grep -n and sed; the sed ranges
also showed the first four lines of its first letter and the last four of its last, nothing
more of its body) and pyproject.toml's ruff settings; not the scanner, its patterns, name
lists, model or data, its benchmark (bench/), its tests, the body of any other fresh part
(another part being written at the same time was not opened), nor their git history; the
scanner was not run or imported while writing it or on its notes. Its vocabulary, value
shapes, keywords, connectors, frames, note styles and hand-written letters are its author's
own, as a global case-discussion board sees them: about half English-language settings (the
Mississippi Gulf Coast, Montana and Wyoming ranch country, Newfoundland outports and Labrador,
Cornwall and Devon, north and mid Wales with Welsh place and personal names, Tasmania, Far
North Queensland, Fiji, Malawi, Sri Lankan English, Trinidad) and half non-English settings in
their languages and scripts: Sardinia (Italian, codice fiscale, tessera sanitaria, "anni"),
Corsica (French, numéro de sécurité sociale with the 2A/2B department, "ans"), Tyrol
(Austrian German, "Jänner", Sozialversicherungsnummer, e-card, "Jahre"), Hungary's Great Plain
(Hungarian, surname first, TAJ szám, dates ending in a dot, "éves"), Transylvania (Romanian,
CNP, "ani"/"de ani", a Hungarian-speaking Szekler patient), Crete (Greek script, ΑΜΚΑ,
"ετών"), Kazakhstan (Russian and Kazakh in Cyrillic, ИИН/ЖСН, "лет", "жаста"), West Bengal and
Bangladesh (Bengali script and digits, Aadhaar, NID, "বছর"), Central Java (Indonesian, NIK,
BPJS, "tahun"), northern Vietnam (Vietnamese, CCCD, BHYT, "tuổi"), Haiti (French and Kreyòl,
"an") and Senegal (French with Wolof words). Document types: case-report narratives as posted
to a discussion board (towns and people in running prose, without labels), discharge
summaries, referral and consult letters, nursing notes, a home-health visit, a retrieval note,
forms, and WhatsApp and clinic message threads; plates as each country writes them (Montana
and Wyoming county-number plates, UK, Queensland, Malawi, Trinidad, Italian, French, Tyrolean
district, Hungarian, Romanian county, Greek-script, Kazakh regional, Vietnamese, Haitian and
Senegalese plates) and a VIN.

Conventions (tests/phi/corpus.py's and fresh26's docstring's): a name without its title or
honorific (Dr, Mr, Mrs, Ms, Mme, M., Frau, Hr., il signor, dott.ssa, dr., Dna., Bp., Mbah,
Aunty, cụ bà, Manmi, Sokhna stay out); a full name is one span (with initials or a patronymic);
staff names are names; an identifier without its keyword; an age over 89 with its attached
unit in any language ("93-year-old", "102 anni", "93 ans", "94 Jahre", "92 éves", "91 de ani",
"93 ετών", "96 лет", "92 жаста", "৯২ বছর", "93 tahun", "95 tuổi", "92 an", "91 yrs") or the
number alone where no unit is attached ("[94] F"); ages under 90 are not marked; a date without
its preposition ("il", "le", "am", "ngày" stay out), with a weekday right before it ("Tue",
"lundi", "Sa", "Jeudi", the Welsh "Sul") and a time right after it ("22 Jan 2025 0640"); a
Hungarian date keeps its closing dot; a year alone is not a date. The street line is one span
(a farm or house name is the street line); each locality (town, village, hamlet, xã, desa,
ауыл) and the postcode are separate spans; a named hospital, clinic, health centre or health
post is a place (the whole name); states, regions, provinces, departments, counties, valleys,
islands (Vanua Levu), oblasts, tỉnh, kabupaten, județe and countries are never marked.
Categories: `ssn` is a US Social Security number only; other national numbers (codice
fiscale, CNP, ИИН/ЖСН, NIK, CCCD, Aadhaar, Bangladeshi NID, Sri Lankan NIC, Haitian NIF,
Senegalese CNI, Malawian national ID, Fiji FNPF, UK NI number) are `other_id`; insurance
numbers (tessera sanitaria, numéro de sécurité sociale, SV-Nr./e-card, TAJ, ΑΜΚΑ, BPJS, BHYT,
CMU, Romanian health card, NHS, MCP, Medicare, Medicaid) are `health_plan`; hospital numbers
(nosologico, IPP, Aufnahmezahl, kórlapszám, FO nr., № истории болезни, রেজি. নং, No. RM, BHT,
UR, chart) are `mrn`; passports, driving licences and professional registrations (GMC,
pecsétszám, clinical officer) are `licence`; IBANs, accounts and invoices are `account`;
plates and VINs are `vehicle`; implant, pump, sensor, hearing-aid and wound-vac serials are
`device`.

Built as build(F27_PART, per_category=26, clean=120, references=8) + F27_LETTERS (52
hand-written notes: 40 with identifiers, one of them web addresses in a patient_information
section, 11 clean, 1 reference paragraph in a discussion): 690 notes, 140 of them (20%)
without any identifier (120 generated clean notes, 8 reference notes in an introduction or
discussion, 11 clean letters, 1 reference letter), 925 spans - name 106, address 45, place
156, zip 38, date 77, age 48, phone 58, fax 28, email 27, ssn 27, mrn 39, health_plan 43,
account 26, licence 28, vehicle 40, device 29, url 44, ip 27, other_id 39
(`python -m tests.phi.fresh27_notes` prints them and runs the checks). Checked without the
scanner: every span's text is the note's text at its offsets and has no surrounding blanks, no
marks or slots are left in the text, no spans overlap, note ids are unique, every category is
in generated.CATEGORY_ORDER, every marked age is over 89, and builds under two PYTHONHASHSEED
values (1 and 4242) are identical. Deterministic: its own seed (19_027), values drawn from the
builder's fixed-seed Random, no hash-order dependence.

    from tests.phi.fresh27_notes import FRESH27, F27_PART, F27_LETTERS
Not wired into any test or bench: measure it once.
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
"""
from __future__ import annotations

import itertools
import random
import re

from tests.phi.corpus import Note, parse
from tests.phi.generated import CATEGORY_ORDER, Part, Vocabulary, build

# ---------------------------------------------------------------- value shapes

_IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
              "settembre", "ottobre", "novembre", "dicembre"]
_FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"]
# Austrian German writes January as "Jänner".
_AT_MONTHS = ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember"]
_HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július",
              "augusztus", "szeptember", "október", "november", "december"]
_RO_MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
              "septembrie", "octombrie", "noiembrie", "decembrie"]
_EL_MONTHS = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου",
              "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
_ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember"]
_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_BN_MONTHS = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট",
              "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"]
_BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
_FROM_BN = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
_UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _l(r: random.Random, n: int, alphabet: str = _UPPER) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _f27_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1926, 2025)
    hh, mi = r.randint(0, 23), r.choice((0, 10, 20, 35, 45, 55))
    forms = [f"{d} {_IT_MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d} {_FR_MONTHS[m - 1]} {y}",
             f"{d}. {_AT_MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y} {hh:02d}:{mi:02d}",
             f"{y}. {_HU_MONTHS[m - 1]} {d}.", f"{y}.{m:02d}.{d:02d}.",
             f"{d} {_RO_MONTHS[m - 1]} {y}",
             f"{d} {_EL_MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}",
             f"{d:02d}/{m:02d}/{y}".translate(_BN_DIGITS),
             f"{d} {_BN_MONTHS[m - 1]} {y}".translate(_BN_DIGITS), f"{d} {_ID_MONTHS[m - 1]} {y}",
             f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y}", f"{_EN_MONTHS[m - 1]} {d}, {y}",
             f"{m}/{d}/{y % 100:02d}", f"{d} {_EN_MONTHS[m - 1][:3]} {y}",
             f"{d}/{m}/{y} {hh:02d}{mi:02d}h", f"{y}-{m:02d}-{d:02d}"]
    return r.choice(forms)


def _f27_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 105)
    return r.choice([
        ("una signora di {age}, vedova, vive con la nipote", f"{n} anni"),
        ("pastore in pensione di {age}", f"{n} anni"),
        ("patiente de {age}, autonome avant la chute", f"{n} ans"),
        ("Patientin, {age}, lebt allein auf dem Hof", f"{n} Jahre"),
        ("{age} beteg, tanyán él egyedül", f"{n} éves"),
        ("pacientă în vârstă de {age}", f"{n} ani"),
        ("ασθενής {age}, κατάκοιτη", f"{n} ετών"),
        ("пациентка {age}, проживает с внучкой", f"{n} лет"),
        ("науқас {age}, ауылда тұрады", f"{n} жаста"),
        ("বয়স {age}, শয্যাশায়ী", f"{n} বছর".translate(_BN_DIGITS)),
        ("pasien perempuan usia {age}", f"{n} tahun"),
        ("cụ bà {age}, sống cùng con trai", f"{n} tuổi"),
        ("granmoun nan gen {age}", f"{n} an"),
        ("a {age} retired trawlerman", f"{n}-year-old"),
        ("{age} F, lives alone on the station", f"{n}yo"),
        ("he is {age} and still drives the ute", f"{n} years old"),
        ("age {age}, widower", f"{n}"),
        ("{age}/M, nursing home", f"{n}"),
    ])


def _f27_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"+39 3{_d(r, 2)} {_d(r, 3)} {_d(r, 4)}", f"0784 {_d(r, 6)}", f"079 {_d(r, 3)} {_d(r, 3)}",
        f"04 95 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"06.{_d(r, 2)}.{_d(r, 2)}.{_d(r, 2)}.{_d(r, 2)}",
        f"+43 664 {_d(r, 3)} {_d(r, 4)}", f"05442/{_d(r, 5)}", f"+36 30 {_d(r, 3)} {_d(r, 4)}",
        f"06-76/{_d(r, 3)}-{_d(r, 3)}", f"07{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"0264 {_d(r, 3)} {_d(r, 3)}", f"+30 2810 {_d(r, 6)}", f"69{_d(r, 2)} {_d(r, 6)}",
        f"+7 701 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"8 (7212) {_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}",
        f"+880 171{_d(r, 1)}-{_d(r, 6)}", f"০১৭{_d(r, 8)}".translate(_BN_DIGITS),
        f"+91 94{_d(r, 3)} {_d(r, 5)}", f"0812-{_d(r, 4)}-{_d(r, 4)}", f"(0272) {_d(r, 6)}",
        f"09{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"+509 3{_d(r, 3)} {_d(r, 4)}",
        f"+221 77 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"(228) {_d(r, 3)}-{_d(r, 4)}",
        f"406-{_d(r, 3)}-{_d(r, 4)}", f"(709) {_d(r, 3)}-{_d(r, 4)}", f"01872 {_d(r, 6)}",
        f"01248 {_d(r, 3)} {_d(r, 3)}", f"(03) 64{_d(r, 2)} {_d(r, 4)}",
        f"0427 {_d(r, 3)} {_d(r, 3)}",
        f"+679 {_d(r, 3)} {_d(r, 4)}", f"0999 {_d(r, 3)} {_d(r, 3)}", f"077 {_d(r, 3)} {_d(r, 4)}",
        f"1 (868) {_d(r, 3)}-{_d(r, 4)}",
    ])


def _f27_zip(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"0{r.randint(7010, 9170)}", f"20{_d(r, 3)}", f"6{_d(r, 3)}", f"A-6{_d(r, 3)}",
        f"{r.randint(1011, 9985)}", f"{r.randint(400, 550)}{_d(r, 3)}", f"7{_d(r, 2)} {_d(r, 2)}",
        f"1{_d(r, 5)}", f"7{_d(r, 2)} {_d(r, 3)}", f"5{_d(r, 4)}",
        f"{r.randint(390, 399)}{_d(r, 2)}",
        f"{r.choice(('590', '593', '828', '824'))}{_d(r, 2)}",
        f"A0{_l(r, 1, 'ABCEGHJKLMNP')} {_d(r, 1)}{_l(r, 1, 'ABCEGHJKLMNP')}{_d(r, 1)}",
        f"TR{r.randint(1, 27)} {_d(r, 1)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"EX{r.randint(1, 39)} {_d(r, 1)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"LL{r.randint(11, 78)} {_d(r, 1)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"SY{r.randint(16, 25)} {_d(r, 1)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"7{r.randint(250, 470)}", f"48{_d(r, 2)}", f"HT{r.randint(1110, 9210)}",
    ])


F27_VALUES = {
    "mrn": lambda r, h: r.choice([
        f"{r.randint(2019, 2025)}/{_d(r, 6)}", f"{_d(r, 9)}", _d(r, 8),
        f"{_d(r, 2)}.{_d(r, 6)}", f"{_d(r, 3)}-{_d(r, 5)}", f"{_d(r, 2)}.{_d(r, 2)}.{_d(r, 2)}",
        f"BN{_d(r, 7)}", f"{_d(r, 6)}/{r.randint(19, 25)}", f"UR{_d(r, 7)}", f"K{_d(r, 7)}"]),
    "health_plan": lambda r, h: r.choice([
        f"80380{_d(r, 15)}", f"{r.choice('12')} {_d(r, 2)} {_d(r, 2)} 2{r.choice('AB')} {_d(r, 3)} "
        f"{_d(r, 3)} {_d(r, 2)}", f"{_d(r, 4)} {_d(r, 6)}", f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
        f"{_d(r, 11)}", f"000{_d(r, 10)}", f"{_l(r, 2)}{r.randint(1, 5)}{_d(r, 2)}{_d(r, 10)}",
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 4)}", f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
        f"{r.randint(2, 6)}{_d(r, 3)} {_d(r, 5)} {_d(r, 1)}",
        f"{r.randint(1, 9)}{_l(r, 2)}{r.randint(1, 9)}-{_l(r, 2)}{_d(r, 1)}-{_l(r, 2)}{_d(r, 2)}"]),
    "account": lambda r, h: r.choice([
        f"IT{_d(r, 2)} {_l(r, 1)}{_d(r, 3)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}",
        f"FR76 {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}",
        f"AT{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"{_d(r, 8)}-{_d(r, 8)}-{_d(r, 8)}",
        f"RO{_d(r, 2)} BTRL {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"KZ{_d(r, 2)}{_d(r, 3)}{_l(r, 1)}{_d(r, 13)}",
        f"{_d(r, 3)}-{_d(r, 2)}-{_d(r, 6)}-{_d(r, 1)}",
        f"FAC-{r.randint(2020, 2025)}-{_d(r, 5)}", f"{_d(r, 4)}.{_d(r, 4)}.{_d(r, 5)}"]),
    "licence": lambda r, h: r.choice([
        f"{_l(r, 2)}{_d(r, 7)}{_l(r, 1)}", f"{_d(r, 2)}{_l(r, 2)}{_d(r, 5)}", f"10{_d(r, 9)}",
        f"{_d(r, 8)}", f"{_l(r, 2)}{_d(r, 6)}", f"{_l(r, 2)}{_d(r, 7)}", f"N{_d(r, 8)}",
        f"{_d(r, 12)}", f"{_d(r, 7)}", f"MED000{_d(r, 7)}", f"{_d(r, 5)}",
        f"{_l(r, 5)}{_d(r, 6)}{_l(r, 2)}{_d(r, 1)}{_l(r, 2)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{_l(r, 2)} {_d(r, 3)} {_l(r, 2)}", f"{_l(r, 2)}-{_d(r, 3)}-{_l(r, 2)}",
        f"{r.choice(('IM', 'LA', 'KU', 'SZ', 'IL'))}-{_d(r, 3)} {_l(r, 2)}",
        f"{_l(r, 3)}-{_d(r, 3)}", f"{r.choice(('CJ', 'BN', 'MS', 'HR'))} {_d(r, 2)} {_l(r, 3)}",
        f"{r.choice(('ΗΚΖ', 'ΧΝΕ', 'ΡΕΙ'))}-{_d(r, 4)}",
        f"{_d(r, 3)} {_l(r, 3)} {r.randint(1, 17):02d}",
        f"WB {_d(r, 2)} {_l(r, 1)} {_d(r, 4)}",
        f"{r.choice(('AD', 'H', 'AA', 'K'))} {_d(r, 4)} {_l(r, 2)}",
        f"{r.choice(('18', '17', '35'))}A-{_d(r, 3)}.{_d(r, 2)}", f"DK-{_d(r, 4)}-{_l(r, 2)}",
        f"{_l(r, 2)}{_d(r, 2)} {_l(r, 3)}", f"P{_l(r, 2)} {_d(r, 4)}",
        f"{r.randint(3, 9)}-{_d(r, 4)}{_l(r, 1)}",
        f"{_d(r, 3)}{_l(r, 2)}{_d(r, 1)}"]),
    "vin": lambda r, h: f"{r.choice(('1FT', '3GC', 'ZFA', 'VF1', 'WVW'))}{_l(r, 3)}{_d(r, 2)}"
                        f"{_l(r, 1)}{_d(r, 8)}",
    "device": lambda r, h: r.choice([
        f"{_l(r, 3)}{_d(r, 6)}{_l(r, 1)}", f"{_d(r, 10)}", f"3M{_d(r, 2)}{_l(r, 4)}{_d(r, 2)}",
        f"{_d(r, 3)}-{_d(r, 4)}-{_d(r, 2)}", f"{_l(r, 2)}{_d(r, 8)}",
        f"{_d(r, 15)}", f"{_d(r, 4)}-{_l(r, 3)}-{_d(r, 4)}"]),
    "other_id": lambda r, h: r.choice([
        f"{_l(r, 6, 'BCDFGLMNPRSTVZ')}{_d(r, 2)}{_l(r, 1, 'ABCDEHLMPRST')}{_d(r, 2)}"
        f"{_l(r, 1, 'ABCDEFGHILM')}{_d(r, 3)}{_l(r, 1)}",
        f"{r.choice('1256')}{_d(r, 12)}", f"{_d(r, 12)}",
        f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"0{_d(r, 2)}{_d(r, 9)}", f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}", f"{_d(r, 9)}V",
        f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}-{_d(r, 1)}",
        f"{_l(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_l(r, 1)}",
        f"{_l(r, 4)}{_d(r, 4)}",
        f"{_d(r, 10)}".translate(_BN_DIGITS), f"1 {_d(r, 3)} {_d(r, 4)} {_d(r, 5)}"]),
    "ssn": lambda r, h: r.choice([f"{r.randint(420, 520)}-{_d(r, 2)}-{_d(r, 4)}",
                                  f"{r.randint(516, 520)} {_d(r, 2)} {_d(r, 4)}"]),
    "phone": _f27_phone,
    "fax": _f27_phone,
    "email": lambda r, h: r.choice(["{g}.{s}@example.it", "{s}.{g}{n}@example.fr",
                                    "{g}{s}@example.at",
                                    "{s}.{g}@example.co.hu", "{g}_{s}{n}@example.com",
                                    "{s}{n}@example.co.id", "{g}.{s}@example.org.uk"]),
    "url": lambda r, h: r.choice(["https://www.example.it/raccolta/{g}-{s}",
                                  "example.com/{g}{s}{n}",
                                  "https://blog.example.fr/{s}", "http://{g}{s}.example.net/",
                                  "https://gofund.example.org/help-{g}-{s}",
                                  "www.example.vn/{s}{n}"]),
    "ip": lambda r, h: r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
                                 f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 65535):x}"]),
    "zip": _f27_zip,
    "date": _f27_date,
}

# ---------------------------------------------------------------- vocabulary

F27_VOCABULARY = Vocabulary(
    given=["Giommaria", "Tonina", "Ghjuvanni", "Maria-Ghjuvanna", "Notburga", "Alois", "Erzsébet",
           "Imre", "Ioana", "Vasile", "Eirlys", "Gwilym", "Lorraine", "Boone", "Wade", "Dolores",
           "Ambrose", "Keziah", "Tevita", "Chifundo", "Chamari", "Kamla", "Siti", "Sutrisno",
           "Bảo", "Hương", "Mackenson", "Islande", "Fatou", "Mamadou", "Merinda", "Jethro"],
    surnames=["Pinna", "Mura", "Cucciari", "Santoni", "Pieraggi", "Hörtnagl", "Gapp", "Tóth",
              "Szűcs", "Moldovan", "Pop", "Prys", "Pugh", "Ladner", "Thibodeaux", "Stroud",
              "Kettleson", "Rideout", "Penhaligon", "Trewin", "Vakacegu", "Banda", "Jayasuriya",
              "Ramkissoon", "Wibowo", "Trần", "Vũ", "Pierre-Louis", "Diouf", "Ndiaye",
              "Hodgetts", "Chisale"],
    cities=["Villagrande Strisaili", "Tonara", "Corte", "Sartène", "Landeck", "Sölden",
            "Kiskunhalas",
            "Hódmezővásárhely", "Bistrița", "Sighișoara", "Blaenau Ffestiniog", "Machynlleth",
            "Pass Christian", "Moss Point", "Miles City", "Ten Sleep", "Twillingate", "Fogo",
            "St Just", "Hatherleigh", "Zeehan", "Cooktown", "Savusavu", "Mangochi", "Peradeniya",
            "Princes Town", "Klaten", "Wonosobo", "Nam Định", "Jacmel", "Touba", "Anogeia"],
    streets=["Magnolia", "Bayou", "Cottonwood", "Chapel", "Penlan", "Wharf", "Tamarind",
             "Saddle Butte", "Trelawney", "Kapok"],
    relations=["daughter", "son", "grandson", "niece", "wife", "husband", "stepson",
               "neighbour", "home carer", "cousin", "daughter-in-law"],
    clean=[
        "Hb 9.6 g/dL, PLT 188 x10^9/L, PCR 42 mg/L; creatinina 1,4 mg/dL.",
        "PA 150/90 mmHg, FC 88 bpm, SpO2 94% in aria ambiente.",
        "TA 13/8, FC 96/min, T° 38,4 °C; pas de signe de Kernig.",
        "RR 145/85 mmHg, HF 72/min, SpO2 96 % bei Raumluft.",
        "Therapie: Bisoprolol 2,5 mg 1-0-0, Apixaban 2,5 mg 1-0-1.",
        "Laborlelet: CRP 88 mg/l, kálium 5,9 mmol/l, eGFR 34.",
        "TA 160/95 mmHg, AV 104/min; glicemie 212 mg/dl.",
        "Αιμοσφαιρίνη 10,1 g/dL, CRP 64 mg/L, κρεατινίνη 1,8 mg/dL.",
        "АД 160/90 мм рт. ст., ЧСС 96 в мин, SpO2 91%.",
        "রক্তচাপ ১৫০/৯০, নাড়ি ৯৮/মিনিট; হিমোগ্লোবিন ৯.২ গ্রাম/ডেসিলিটার।",
        "TD 150/90 mmHg, N 98x/menit, RR 24x/menit, SpO2 93%.",
        "HA 140/80 mmHg, mạch 92 l/ph; glucose máu 11,2 mmol/L.",
        "Tansyon 170/100, pouls 104; glikemi 2,4 g/L.",
        "Wells score 5; D-dimer 3,800 ng/mL; CTPA showed segmental emboli.",
        "NEWS2 6 at 02:00; sepsis six completed within the hour.",
        "Echo: LVEF 35-40%, moderate MR, RVSP 48 mmHg.",
        "Q fever and leptospirosis serology sent; doxycycline 100 mg bd started.",
        "Snakebite: 20-minute WBCT clotted; no antivenom given.",
        "Melioidosis considered; meropenem 1 g tds for 14 days.",
        "GCS 14 (E4 V4 M6); CT head: chronic small-vessel change only.",
        "Dengue NS1 positive; platelets 38 on day 4.",
        "HbA1c 9.1%; metformin 1 g bd, gliclazide 80 mg mane.",
        "Gleason 4+4=8; PSA 62 ng/mL; bone scan pending.",
        "Child-Pugh B8, MELD 17; ascitic tap: SAAG 1.4.",
        "ECOG 2; CURB-65 3; CHA2DS2-VASc 5, HAS-BLED 3.",
        "Tumour board: T3N1M0 rectal adenocarcinoma, short-course RT then TME.",
        "Nada per os dalle 24; profilassi con enoxaparina 4000 UI.",
        "Pas de fièvre depuis 48 h; relais per os par amoxicilline.",
        "Mobilisation mit Rollator, Sturzrisiko hoch (Morse 65).",
        "Kontrol sesudah 7 hari di poli penyakit dalam.",
    ],
    seed=19_027,
)

F27_CONNECTORS = [": ", " ", " n. ", " nr. ", " № ", ":\t", " – ", " = ", " -> ", " : ", "\n",
                  " no ", ": n° ", "/ "]

F27_FRAMES = ["{kv}", "{kv}.", "• {kv}", "[{kv}]", "{kv} (vérifié à l'accueil)",
              "{kv} - confirmed with the family", "| {kw} | {v} |", "{kw}\n{v}",
              "Dati amministrativi: {kv}", "{kv}; NKDA", "Admin: {kv}; interpreter booked",
              "{kv} ✓", "({kv})"]

F27_KEYWORDS = {
    "mrn": ["n. cartella", "nosologico", "IPP", "N° dossier", "Patientenzahl", "PID",
            "kórlapszám", "FO nr.", "Αρ. Μητρώου", "№ истории болезни", "রেজি. নং", "No. RM",
            "Mã BN", "UR", "BHT no.", "Hosp no", "chart #", "Dosye"],
    "health_plan": ["tessera sanitaria", "TEAM", "n° sécu", "carte Vitale", "SV-Nr.", "e-card",
                    "TAJ szám", "TAJ", "ΑΜΚΑ", "BPJS", "No. Kartu BPJS", "Mã thẻ BHYT",
                    "স্বাস্থ্যসাথী কার্ড", "NHS no.", "MCP #", "Medicare", "Medicaid ID", "CMU",
                    "Medicare MBI"],
    "account": ["IBAN", "conto", "n° facture", "Rechnungsnr.", "számlaszám", "cont", "счёт",
                "No. rekening", "STK", "acct #", "invoice", "billing ref"],
    "licence": ["patente", "iscrizione Ordine", "permis", "RPPS", "Führerschein-Nr.", "ÖÄK-Nr.",
                "jogosítvány", "pecsétszám", "permis de conducere", "διαβατήριο", "паспорт",
                "SIM", "STR", "GPLX", "GMC", "AHPRA", "passport #", "DL#"],
    "vehicle": ["targa", "immatriculation", "Kennzeichen", "rendszám", "nr. înmatriculare",
                "αρ. κυκλοφορίας", "госномер", "নম্বর প্লেট", "nopol", "biển số", "plate", "reg",
                "rego", "plak", "tag"],
    "device": ["matricola", "n° de série", "Seriennummer", "gyári szám", "serie", "σειριακός αρ.",
               "серийный №", "S/N", "số seri", "lot", "IMEI", "serial"],
    "other_id": ["codice fiscale", "C.F.", "CNI", "NIF", "CNP", "ИИН", "ЖСН", "NIK", "CCCD",
                 "NID", "Aadhaar", "NIC", "NI number", "személyi szám", "ΑΦΜ", "FNPF no.",
                 "NIS no.", "tribal enrollment no."],
    "ssn": ["SSN", "SS#", "social security", "Soc. Sec. No."],
    "phone": ["cell", "tel.", "cellulare", "portable", "Handy", "mobil", "τηλ.", "тел.", "ফোন",
              "HP", "ĐT", "telefòn", "WhatsApp", "ph"],
    "fax": ["fax", "Fax-Nr.", "факс", "Faks", "fax GP"],
}

F27_AFTER = ["{v} ({kw})", "{v} = {kw}", "{v} – {kw}", "{v}, {kw} sul frontespizio",
             "{v} [{kw}, checked]"]

F27_SENTENCES = {
    "name": ["{full} had been shearing until the week before admission.",
             "Seen with her {rel}, {given}, who translated.",
             "Zia {given} la accompagna ai controlli.",
             "La signora {surname} rifiuta il sondino.",
             "Mme {surname} a été revue en consultation.",
             "Frau {surname} wurde vom Hausarzt zugewiesen.",
             "A beteg lánya, {given}, telefonon elérhető.",
             "Dna. {surname} a fost adusă de fiul ei.",
             "Η κόρη της, [[name:Ελευθερία]], μένει στο χωριό.",
             "Дочь [[name:Гульнара Ахметова]] осуществляет уход.",
             "রোগীর ছেলে [[name:সুব্রত মণ্ডল]] সঙ্গে ছিলেন।",
             "Pasien diantar anaknya, {given}.",
             "Người nhà: con gái [[name:Phạm Thị Lan]].",
             "Pitit fi li, {given}, te la avè l.",
             "Sokhna {surname} a été vue avec sa yaay.",
             "{given} rang the station nurse on the sat phone.",
             "Dr {surname} (locum) reviewed at the bedside.",
             "Her {rel} {full} is the enduring guardian.",
             "Night nurse {full} escalated the NEWS2 of 7.",
             "Spoke to {given}'s {rel} about the ceiling of care."],
    "address": ["Home: [[address:{n} {street} Road]].",
                "Lives at [[address:{n} {street} Lane]] with a dog and two cats.",
                "Domicilio: [[address:Via Sassari {n}]].",
                "Adresse : [[address:{n}, route de Calvi]].",
                "Wohnhaft: [[address:Dorfstraße {n}]].",
                "Lakcím: [[address:Petőfi Sándor utca {n}]].",
                "Domiciliu: [[address:Str. Avram Iancu nr. {n}]].",
                "Διεύθυνση: [[address:Οδός Καλοκαιρινού {n}]].",
                "Адрес: [[address:ул. Абая, д. {n}, кв. {n2}]].",
                "Alamat: [[address:Jl. Pemuda No. {n}]].",
                "Địa chỉ: [[address:số {n} đường Trần Hưng Đạo]].",
                "Found on the floor at [[address:Lot {n}, {street} Creek Road]].",
                "Ambulance to [[address:{n2} {street} Close]]; key safe code given."],
    "place": ["Runs cattle near {city}.", "Transferred from the cottage hospital at {city}.",
              "Originaire de {city}, vit seule.", "Nato a {city}, pastore.",
              "Wohnt in {city}, Bergbauer.", "Trimis de medicul de familie din {city}.",
              "Flown out of {city} by the RFDS.", "Retired to {city} after 40 years on the rigs.",
              "Berasal dari {city}.", "Li soti {city} ak pitit fi li.",
              "Brought by boat from {city} in a nor'easter.",
              "Seen at [[place:Ysbyty Alltwen]] before transfer.",
              "Referred from [[place:Puskesmas Kejajar]].",
              "Évacuée depuis le [[place:Centre de santé de Mbacké]].",
              "Dialysis at [[place:Cooktown Multipurpose Health Service]] thrice weekly."],
    "zip": ["{city} {v}", "CAP {v} ({city})", "Code postal : {v}", "PLZ {v} {city}",
            "Irányítószám: {v}", "Cod poștal {v}", "Τ.Κ. {v}", "Индекс {v}", "Kode pos {v}",
            "Postcode {v}.", "ZIP {v}", "{city}, {v}"],
    "date": ["DOB: {v}", "Ricoverato il {v}.", "Admise le {v} pour chute.", "Aufnahme am {v}.",
             "Felvétel: {v}", "Data internării: {v}", "Ημ. εισαγωγής: {v}", "Дата поступления: {v}",
             "ভর্তির তারিখ: {v}", "Tgl. masuk: {v}", "Ngày vào viện: {v}", "Died {v} 04:15.",
             "Discharged home {v}.", "Fell off the quad bike on {v}."],
    "phone": ["Ring the daughter on {v} after 6 pm.", "Contatto nipote: {v}.",
              "Joindre le fils au {v}.", "Sohn erreichbar unter {v}.", "A lánya: {v}",
              "Nomor keluarga {v}.", "Gọi con trai số {v}.", "Rele pitit li nan {v}.",
              "Station homestead landline {v}, mobile coverage patchy."],
    "fax": ["Fax the discharge to the practice on {v}.", "Lettre faxée au {v}.",
            "Befund gefaxt an {v}.", "Referral faxed to {v} this morning."],
    "email": ["Updates to the son at {v}.", "Inviare referto a {v}.", "Envoyer le CR à {v}.",
              "Tochter bittet um Befunde an {v}.", "Hasil lab dikirim ke {v}.",
              "Photos of the wound were emailed from {v}."],
    "ssn": ["SSN {v} used for the Medicare crossover.", "Soc Sec {v} on the nursing home form.",
            "Her social security number, {v}, was on the pension letter."],
    "mrn": ["Merge with old chart {v}.", "Vecchio nosologico {v}.", "Ancien IPP {v} à fusionner.",
            "Vorbefunde unter PID {v}.", "Cartela veche {v}.", "No. RM lama {v}.",
            "Previous UR {v} at the base hospital."],
    "health_plan": ["Tessera sanitaria {v} scaduta.", "Carte Vitale {v} non à jour.",
                    "e-card {v} gesteckt.", "TAJ {v} érvényes.", "Kartu BPJS {v} aktif.",
                    "Thẻ BHYT {v} còn hạn.", "Medicare card {v}, ref 2.",
                    "MCP {v} - expired in the spring.", "Medicaid {v} pending renewal."],
    "account": ["Bonifico sul conto {v}.", "Virement sur {v}.", "Überweisung auf {v}.",
                "Refund to account {v}.", "Transfer ke rekening {v}.",
                "Invoice {v} sent to the insurer."],
    "licence": ["Patente {v} ritirata dai carabinieri.", "Permis {v} suspendu (épilepsie).",
                "Führerschein {v} abgenommen.", "Passport {v} held by the ship's agent.",
                "Locum registered with GMC {v}.", "GPLX {v} bị thu giữ.",
                "Driver's licence {v} in his wallet."],
    "vehicle": ["La Panda targata {v} è uscita di strada.",
                "Voiture immatriculée {v} sur la route de montagne.",
                "PKW {v} gegen Leitplanke.",
                "Tractor trailer, tag {v}, jackknifed on the interstate.",
                "Ute rego {v} rolled on the range road.", "Motor {v} jatuh di tikungan.",
                "Xe máy {v} va chạm xe tải.", "Pickup (VIN {vin}) rolled on the gravel road.",
                "Taksi bwa {v} te frape l."],
    "device": ["Pacemaker matricola {v} controllato.", "Stimulateur n° {v} interrogé.",
               "Insulinpumpe {v} ausgelesen.", "CGM sensor {v} fell off in the shower.",
               "Hearing aid serial {v} lost on the ward.", "CPAP unit {v} returned to loan store."],
    "url": ["Raccolta fondi della famiglia: {v}", "La cagnotte de la famille : {v}",
            "Her GoFundMe is at {v}.", "Video of the seizure uploaded to {v}.",
            "His own post about the case: {v}"],
    "ip": ["Telemonitor uploads from {v}.", "Teleconsulto collegato da {v}.",
           "The station's satellite router is {v}.", "Kết nối hội chẩn từ {v}."],
    "other_id": ["Codice fiscale {v} sulla ricetta.", "CNP {v} verificat.", "ИИН {v} сверен.",
                 "NIK {v} sesuai KTP.", "CCCD {v} đã đối chiếu.", "NIC {v} on the BHT.",
                 "National ID {v} (Malawi) copied.", "NI number {v} for the benefits form."],
}

F27_REFERENCES = [
    "Longevity in the Ogliastra zone has been described (https://doi.org/10.1016/j.exger.{n}).",
    "See https://pubmed.ncbi.nlm.nih.gov/{n}{n}/ for the Q fever outbreak series.",
    "Melioidosis guidance: https://www.health.qld.gov.au/publications/melioidosis-{n2}.pdf",
    "Comme rapporté (https://www.em-consulte.com/article/{n}{n}/), le tableau est classique.",
]

F27_STYLES = [
    "LETTERA DI DIMISSIONE - U.O.C. Medicina Interna\n{body}\nTerapia domiciliare invariata; "
    "controllo ambulatoriale tra 30 giorni.",
    "COMPTE RENDU D'HOSPITALISATION - Service de médecine polyvalente\n{body}\n"
    "Conclusion : retour à domicile avec IDE.",
    "ARZTBRIEF - Abteilung für Innere Medizin\n{body}"
    "\nProcedere: Kontrolle beim Hausarzt in 2 Wochen.",
    "ZÁRÓJELENTÉS - Belgyógyászati Osztály\n{body}\nJavaslat: háziorvosi kontroll 1 hét múlva.",
    "EPICRIZĂ - Secția Medicină Internă\n{body}\nRecomandări: control peste 4 săptămâni.",
    "ΕΞΙΤΗΡΙΟ - Παθολογική Κλινική\n{body}\nΟδηγίες: επανεξέταση σε 15 ημέρες.",
    "ВЫПИСНОЙ ЭПИКРИЗ - терапевтическое отделение\n{body}\nРекомендации: наблюдение терапевта.",
    "RESUME MEDIS PASIEN PULANG\n{body}\nKontrol ke poli dalam 1 minggu.",
    "GIẤY RA VIỆN - Khoa Nội tổng hợp\n{body}\nHẹn tái khám sau 2 tuần.",
    "Case post (rural medicine board): {body}\nQuestion for the group: would you anticoagulate?",
    "NURSING HANDOVER 19:00\n{body}\nObs 4-hourly; falls bundle in place.",
    "RFDS retrieval note\n{body}\nETA base 14:20; handover to ED.",
    "{body}",
    "{body}",
]

F27_PART = Part("fresh27", F27_VOCABULARY, F27_CONNECTORS, F27_FRAMES, F27_KEYWORDS,
                F27_SENTENCES, F27_AFTER, F27_REFERENCES, True, values=F27_VALUES,
                age=_f27_age, styles=F27_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh27-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("ms-gulf-case",
     "Case for discussion: a [[age:93-year-old]] retired shrimper from [[place:Pass "
     "Christian]] was brought to [[place:Memorial Hospital at Gulfport]] on [[date:August "
     "29, 2024]] after his granddaughter [[name:Lacey Thibodeaux]] found him "
     "confused on the porch. He had been tonging oysters off the seawall two "
     "days earlier with a cut on his shin. By the time he reached us the leg "
     "was bronze and bullous, lactate 5.1, and blood cultures grew Vibrio vulnificus "
     "within 14 hours. He has Child-Pugh A cirrhosis from years of drinking and "
     "takes no regular medicines. Surgery debrided to fascia twice; he survived "
     "with a below-knee amputation and went to a skilled nursing facility in "
     "[[place:Long Beach]] on [[date:September 16, 2024]].\n"
     "Identifiers for the transfer packet: SSN [[ssn:428-61-9037]], Medicaid "
     "[[health_plan:881204377]], home [[address:214 Bayou View Drive]], [[place:Pass "
     "Christian]], MS [[zip:39571]]; granddaughter's cell [[phone:(228) 547-0916]]."),
    ("montana-referral",
     "[[place:Billings Clinic]] - Rural Outreach\n"
     "Dear colleague,\n"
     "Thank you for seeing [[name:Wade Kettleson]], a 71-year-old rancher from "
     "outside [[place:Miles City]], who rolled a side-by-side checking heifers "
     "on [[date:3/14/25]]. He was pinned for about three hours before his son "
     "[[name:Boone]] found him; CK peaked at 38,000 and he needed four days of "
     "dialysis at [[place:Holy Rosary Healthcare]] before transfer. Renal function "
     "is recovering (Cr 1.9). He still drives the stock trailer (Montana plate "
     "[[vehicle:17-4318A]]) and I have asked him not to until the neuropathy "
     "in the left leg is assessed.\n"
     "Medicare MBI [[health_plan:4TK7-QD2-MF58]]. Ranch phone [[phone:406-234-8817]]; "
     "fax to my office [[fax:406-233-1290]].\n"
     "Yours, [[name:Merinda Stroud]], PA-C"),
    ("wyoming-nursing",
     "Home health visit, [[date:Tue 11/05/2024]]. Pt: [[name:Dolores Ladner]], "
     "[[age:94]] F, lives on a sheep operation 30 miles out of [[place:Ten Sleep]]. "
     "Husband [[name:Ambrose]] (86) does most of the care. Pressure injury sacrum "
     "stage 2, 3 x 2 cm, clean. Wound vac serial [[device:VN4471-0928]] returned "
     "to the agency. Son drove up from [[place:Worland]] in the Wyoming-plated "
     "pickup [[vehicle:9-4471]] with supplies. Next visit Thursday; call [[phone:307-366-22"
     "14]] if fever."),
    ("newfoundland-consult",
     "CONSULT NOTE - Internal Medicine, [[place:James Paton Memorial Regional "
     "Health Centre]]\n"
     "Reason: syncope. [[name:Keziah Rideout]] is a 78-year-old woman from [[place:Joe "
     "Batt's Arm]] on [[place:Fogo Island]], brought over on the ferry by her "
     "nephew [[name:Darrell]] after she passed out in the fish store. Holter "
     "from the clinic in [[place:Fogo]] showed pauses of up to 5.8 s. Plan: transfer "
     "to [[place:Health Sciences Centre]] in [[place:St. John's]] for a permanent "
     "pacemaker.\n"
     "MCP [[health_plan:402 118 553 907]]; chart [[mrn:G0471822]]. Mailing address "
     "[[address:PO Box 118]], [[place:Joe Batt's Arm]], NL [[zip:A0G 2X0]]. Nephew "
     "[[phone:(709) 658-3312]]."),
    ("labrador-thread",
     "[09:12] Nurse in charge, [[place:Nain]] clinic: elderly man, he's [[age:91]], "
     "Inuk elder, SOB, sats 84% on 4 L, crackles both bases.\n"
     "[09:15] On-call, [[place:Labrador Health Centre]]: weather ok for medevac? "
     "Start furosemide 40 IV.\n"
     "[09:31] Nain: Twin Otter can't land until noon. Daughter [[name:Annie Obed]] "
     "wants to come, her number [[phone:709-922-2841]].\n"
     "[09:33] On-call: ok. Send ECG to [[email:nain.clinic@example.ca]] - no, "
     "send via the telehealth cart at [[ip:10.42.7.19]].\n"
     "[12:40] Nain: wheels up. Band says [[mrn:LH-228417]], DOB [[date:1933-02-11]]."),
    ("cornwall-discharge",
     "DISCHARGE SUMMARY - [[place:Royal Cornwall Hospital]], [[place:Treliske]]\n"
     "Patient: [[name:Jenifer Penhaligon]]   NHS no. [[health_plan:487 221 6053]] "
     "  Hosp no [[mrn:M0994817]]\n"
     "Address: [[address:3 Chapel Row]], [[place:St Just]], [[place:Penzance]] "
     "[[zip:TR19 7HT]]\n"
     "Admitted [[date:14/02/2025]]; discharged [[date:Fri 28/02/2025]].\n"
     "Diagnosis: Legionella pneumonia (urinary antigen positive); she had been "
     "cleaning out a hot tub at a holiday let in [[place:Sennen]]. Completed "
     "10 days of clarithromycin. Now mobile with a frame.\n"
     "GP: Dr [[name:Trewin]], [[place:Cape Cornwall Surgery]]. Daughter [[name:Tamsin]] "
     "[[phone:07823 441906]]."),
    ("devon-referral",
     "Dear Dr [[name:Hodgetts]],\n"
     "Re: [[name:Reginald Yeo]], [[date:02.09.1941]], [[address:Bowden Farm]], "
     "[[place:Monkokehampton]], [[place:Winkleigh]] [[zip:EX19 8RZ]]\n"
     "I would be grateful if you would see this 83-year-old dairy farmer at [[place:North "
     "Devon District Hospital]] with a three-month history of night sweats and "
     "a weight loss of 7 kg. He calves his own herd and had a bovine TB breakdown "
     "on the farm last spring. CXR shows right upper lobe cavitation. He drove "
     "himself here in the Land Rover ([[vehicle:WK58 RXO]]), which I have advised "
     "against.\n"
     "NHS number [[health_plan:612 774 0398]].\n"
     "With thanks, [[name:Catrin Vosper]]\n"
     "[[place:Hatherleigh Medical Centre]], tel [[phone:01837 810283]], fax [[fax:01837 "
     "810991]]"),
    ("gwynedd-case",
     "Case for the rural board: a [[age:96-year-old]] former quarryman from [[place:Blaenau"
     " Ffestiniog]] presented to [[place:Ysbyty Gwynedd]] in [[place:Bangor]] "
     "with a fortnight of breathlessness. He speaks Welsh first and his granddaughter "
     "[[name:Eirlys Pugh]] interpreted on the ward. CT showed extensive pleural "
     "plaques and a right-sided effusion; thoracoscopic biopsy confirmed epithelioid "
     "mesothelioma, almost certainly from the slate mills he worked in from the "
     "age of 14. He chose to go home to [[address:Tŷ Capel, Heol Manod]] in [[place:Manod]]"
     " with the district nurses; he died at home on [[date:12 March 2025]], with "
     "his chapel choir singing in the front room."),
    ("powys-nursing",
     "Ward 5 nursing note, [[place:Bronglais Hospital]], [[place:Aberystwyth]]. "
     "[[date:Sul 6/4/2025 22:10]] (nodyn nyrsio / nursing note).\n"
     "Mr [[name:Gwilym Prys]] settled. Farms at [[address:Tyddyn Uchaf]], [[place:Cwm "
     "Llinau]], [[place:Machynlleth]] [[zip:SY20 9PG]]. Wife [[name:Gwenllian]] "
     "visited with their son [[name:Dafydd]] - prefers Welsh; Iaith Gwaith badge "
     "staff allocated. Rang the farm landline [[phone:01650 511 274]] to update. "
     "Hearing aids bagged; left aid serial [[device:HA7M221094]] missing since "
     "A&E, datix raised."),
    ("tasmania-ed",
     "ED note - [[place:Launceston General Hospital]]\n"
     "Pt [[name:Jethro Banks]], 66M, miner from [[place:Queenstown]], transferred "
     "from [[place:West Coast District Hospital]], [[place:Queenstown]], by road. "
     "Crush injury R hand in the rock breaker. Tetanus given. Medicare [[health_plan:5128 "
     "30471 2]], UR [[mrn:UR0774182]]. Wife [[name:Sharon]] on [[phone:0427 118 "
     "302]]. Home [[address:11 Orr Street]], [[place:Queenstown]] TAS [[zip:7467]]."),
    ("fnq-retrieval",
     "RFDS retrieval, [[date:Wed 22 Jan 2025 0640]]. [[name:Lenny Gibson]], 58M, "
     "from [[place:Hope Vale]], to [[place:Cairns Hospital]]. Melioidosis likely: "
     "fever 40.1, R upper lobe consolidation, HbA1c 12%. Bloods taken at [[place:Cooktown "
     "Multipurpose Health Service]] before meropenem. Aunty [[name:Daphne Deemal]] "
     "travelling as escort; her mobile [[phone:0438 225 910]]. Medicare [[health_plan:2291 "
     "55820 1]]. Ute left at the airstrip, rego [[vehicle:482 KYT]]."),
    ("fiji-case",
     "Posted by a registrar in Fiji: a [[age:92-year-old]] woman from [[place:Nabouwalu]] "
     "on Vanua Levu was carried in by her grandsons to the health centre at [[place:Savusav"
     "u]] with 5 days of fever and a swollen, hot left calf after a fall in the "
     "taro plantation. Ultrasound excluded a DVT; she had a pyomyositis of the "
     "gastrocnemius. Staph aureus (MSSA) grew from the pus. She was transferred "
     "to [[place:Labasa Hospital]] for drainage and went home on [[date:19/11/2024]]. "
     "Her son [[name:Tevita Vakacegu]] rang from [[place:Suva]] daily on [[phone:+679 "
     "992 4417]]; FNPF [[other_id:F071-44219]] was used for her pension paperwork."),
    ("malawi-referral",
     "REFERRAL FORM - [[place:Mangochi District Hospital]] to [[place:Queen Elizabeth "
     "Central Hospital]], [[place:Blantyre]]\n"
     "Name: [[name:Chifundo Banda]]   Age: 34   Village: [[place:Makanjira]]\n"
     "Date: [[date:07/03/2025]]\n"
     "National ID: [[other_id:TK4X8QZ2]]\n"
     "Reason: suspected bladder schistosomiasis with obstructive uropathy; creatinine "
     "410.\n"
     "Guardian: husband [[name:Yohane Chisale]], phone [[phone:0999 418 227]].\n"
     "Transport: district ambulance [[vehicle:MG 4471]]; please return the drip "
     "stand.\n"
     "Referring clinician: [[name:Alinafe Mwale]], Clinical Officer, reg [[licence:CO/3317]"
     "]."),
    ("srilanka-discharge",
     "[[place:Teaching Hospital Peradeniya]] - Ward 14 (Medical)\n"
     "DISCHARGE SUMMARY\n"
     "Name: [[name:W. M. Chamari Jayasuriya]]   BHT No: [[mrn:24/118734]]   Age: "
     "[[age:91 yrs]]\n"
     "NIC: [[other_id:335018812V]]\n"
     "Address: [[address:No. 42/1, Temple Road]], [[place:Peradeniya]]\n"
     "Date of admission: [[date:12.01.2025]]   Date of discharge: [[date:20.01.2025]]\n"
     "Diagnosis: leptospirosis with AKI (she tends the paddy behind the house). "
     "Dialysed twice.\n"
     "Follow up: medical clinic, [[place:Teaching Hospital Peradeniya]], after "
     "2 weeks. Son (in [[place:Colombo]]) [[phone:077 314 2290]]."),
    ("trinidad-thread",
     "WhatsApp, ward 4 group, [[place:San Fernando General Hospital]]\n"
     "Intern: Bed 12, Ms [[name:Kamla Ramkissoon]], 74, from [[place:Princes "
     "Town]], sugar 28 and ketones 4+. Family say she stopped insulin because "
     "the fridge broke.\n"
     "Reg: Start the DKA protocol. Who is next of kin?\n"
     "Intern: daughter [[name:Anjanie]], [[phone:1 (868) 655-4179]]. She drove "
     "her in, car [[vehicle:PDM 3381]] parked in the ambulance bay lol.\n"
     "Reg: Ask security to move it. Also SW referral re fridge - address is [[address:LP "
     "48 Naparima Mayaro Road]], [[place:Hindustan]]."),
    ("sardegna-case",
     "Caso clinico (forum di medicina generale). Il signor [[name:Giommaria Cucciari]], "
     "pastore di [[age:102 anni]] di [[place:Villagrande Strisaili]], in Ogliastra, "
     "è stato visto a domicilio il [[date:3 febbraio 2025]] per febbre e tosse. "
     "Vive con la figlia [[name:Tonina]] e il genero in una casa di pietra sopra "
     "la piazza; fino all'anno scorso saliva ancora all'ovile. Saturazione 89%, "
     "crepitii alla base destra. Il figlio, medico a [[place:Lanusei]], ha chiesto "
     "il ricovero all'[[place:Ospedale Nostra Signora della Mercede]], ma il "
     "paziente ha rifiutato. Terapia domiciliare con ceftriaxone 1 g i.m.; sfebbrato "
     "in quarta giornata. Alla visita del [[date:14/02/2025]] era di nuovo a "
     "tavola con i nipoti."),
    ("sardegna-dimissione",
     "LETTERA DI DIMISSIONE\n"
     "[[place:Ospedale Giovanni Paolo II]] - [[place:Olbia]]\n"
     "Paziente: [[name:Mura Annetta]]   nata il [[date:27/06/1938]] a [[place:Tempio "
     "Pausania]]\n"
     "Codice fiscale: [[other_id:MRUNTT38H67L093K]]   Tessera sanitaria: [[health_plan:8038"
     "0000701223419928]]\n"
     "Nosologico [[mrn:2025/004417]]\n"
     "Residenza: [[address:Via Roma 18]], [[place:Luras]] [[zip:07025]]\n"
     "Ricoverata dal [[date:9 marzo 2025]] al [[date:18 marzo 2025]] per scompenso "
     "cardiaco; FE 30%.\n"
     "Medico curante: dott.ssa [[name:Paola Sanna]]. Recapito figlio: [[phone:+39 "
     "347 221 9046]]."),
    ("corse-cr",
     "COMPTE RENDU D'HOSPITALISATION\n"
     "[[place:Centre Hospitalier de Bastia]] - Médecine interne\n"
     "Mme [[name:Maria-Ghjuvanna Santoni]], née le [[date:4 avril 1931]] ([[age:93 "
     "ans]]), domiciliée [[address:lieu-dit Funtanella]], [[zip:20218]] [[place:Moltifao]]."
     "\n"
     "N° sécu : [[health_plan:2 31 04 2B 049 117 83]]   IPP : [[mrn:200117734]]\n"
     "Admise le [[date:lundi 17 février 2025]] pour chute avec fracture du poignet, "
     "adressée par le Dr [[name:Pieraggi]] de [[place:Corte]]. Fille joignable "
     "au [[phone:06 12 47 83 19]].\n"
     "Retour à domicile le [[date:24 février 2025]] avec passage IDE matin et "
     "soir."),
    ("corse-ide",
     "Transmissions IDE (tournée de montagne), [[date:22/11/2024]]\n"
     "Chez M. [[name:Ghjuvanni Pieraggi]], hameau de [[place:Zonza]] : pansement "
     "d'ulcère veineux jambe gauche propre. Glycémie 2,10 g/L. Sa nièce [[name:Paule]] "
     "passe le soir.\n"
     "Voiture de service [[vehicle:GE-417-RP]] : crevaison sur la route de [[place:Levie]],"
     " retard de 40 min chez les patients suivants.\n"
     "Carte Vitale lue, ordonnance renouvelée par le médecin de [[place:Sartène]]."),
    ("tirol-arztbrief",
     "[[place:Krankenhaus St. Vinzenz Zams]] - Abteilung für Innere Medizin\n"
     "ARZTBRIEF\n"
     "Patientin: [[name:Notburga Hörtnagl]], geb. [[date:3. Jänner 1931]], [[age:94 "
     "Jahre]]\n"
     "SV-Nr.: [[health_plan:1127 030131]]   Aufnahmezahl: [[mrn:25-004417]]\n"
     "Wohnhaft: [[address:Obere Dorfstraße 7]], [[zip:6473]] [[place:Wenns]], "
     "Pitztal\n"
     "Aufnahme am [[date:12.02.2025]] nach Sturz im Stall; pertrochantäre Femurfraktur "
     "links, operiert an der [[place:Klinik Innsbruck]]. Rücküberstellung am "
     "[[date:18.02.2025]].\n"
     "Hausarzt: Dr. [[name:Alois Gapp]], [[place:Imst]]. Sohn [[name:Florian]]: "
     "[[phone:+43 664 382 1190]]."),
    ("tirol-pflege",
     "Pflegebericht Nachtdienst, [[date:Sa 15.03.2025]]\n"
     "Hr. [[name:Johann Gapp]] (Zi. 214) unruhig, mehrmals aus dem Bett, Sitzwache "
     "organisiert. Die e-card ([[health_plan:3318 120443]]) lag noch im Rucksack "
     "der Bergrettung. Angehörige: Tochter in [[place:Sölden]], [[phone:05254 "
     "2281]]. Hörgerät rechts, Seriennummer [[device:04-8841-22]] wie notiert, "
     "im Nachtkästchen."),
    ("alfold-zarojelentes",
     "ZÁRÓJELENTÉS\n"
     "[[place:Bács-Kiskun Vármegyei Oktatókórház]], Belgyógyászat\n"
     "Név: [[name:Tóth Erzsébet]]   Szül.: [[date:1932. május 4.]]   TAJ: [[health_plan:033"
     " 418 227]]\n"
     "Lakcím: [[zip:6400]] [[place:Kiskunhalas]], [[address:Petőfi Sándor utca "
     "41]]\n"
     "Felvétel: [[date:2025.02.03.]]   Távozás: [[date:2025.02.12.]]\n"
     "A [[age:92 éves]] beteg tanyán él egyedül, szomszédja, [[name:Szűcs Imre]] "
     "talált rá. Exsiccosis, hyponatraemia (Na 118). Lánya, [[name:Kovácsné Tóth "
     "Ilona]], [[place:Kecskemét]]: [[phone:+36 30 481 2276]].\n"
     "Kezelőorvos: dr. [[name:Nagy Gábor]], pecsétszám [[licence:48817]]."),
    ("alfold-thread",
     "Üzenet a háziorvosnak, [[date:2024. november 18.]]\n"
     "Tisztelt Doktornő! [[name:Szabó Ferenc]] ([[place:Hódmezővásárhely]], tanya: "
     "[[address:Kútvölgy 214]]) tegnap megint elesett. 89 éves, egyedül él. A "
     "mentő [[place:Makó]] felől jött. A fia kocsija ([[vehicle:RKT-419]]) elakadt "
     "a sárban a dűlőúton. Kérem, hívjon: [[phone:06-62/244-718]]. Köszönöm, "
     "[[name:Varga Judit]] szociális gondozó."),
    ("ardeal-epicriza",
     "EPICRIZĂ\n"
     "[[place:Spitalul Clinic Județean de Urgență Cluj]] - Secția Medicină Internă "
     "II\n"
     "Pacient: [[name:Ioana Moldovan]], [[age:95 ani]], CNP [[other_id:2300118060021]]\n"
     "Domiciliu: [[address:Str. Avram Iancu nr. 12]], [[place:Năsăud]], jud. "
     "Bistrița-Năsăud\n"
     "FO nr. [[mrn:14471/2025]]\n"
     "Internată în data de [[date:3 martie 2025]] cu pneumonie bazală dreaptă. "
     "Fiica, [[name:Maria Pop]], a adus-o cu mașina [[vehicle:BN 07 KTV]] de "
     "la [[place:Bistrița]]. Externată [[date:11.03.2025]] ameliorată.\n"
     "Telefon fiică: [[phone:0744 218 337]]."),
    ("ardeal-szekely",
     "Notă de consult (pacientă maghiarofonă, traducere de nepot). Dna. [[name:Bíró "
     "Ilona]], [[age:91 de ani]], din satul [[place:Sâncrăieni]], lângă [[place:Miercurea "
     "Ciuc]]. Nepotul, [[name:Bíró Levente]], traduce. Card de sănătate [[health_plan:80642"
     "000118837251042]]. Dispnee NYHA III, FA cu AV rapidă. Recomand internare "
     "la [[place:Spitalul Județean de Urgență Miercurea Ciuc]]."),
    ("kriti-exitirio",
     "ΕΞΙΤΗΡΙΟ\n"
     "[[place:Πανεπιστημιακό Γενικό Νοσοκομείο Ηρακλείου]] - Β' Παθολογική Κλινική\n"
     "Ασθενής: [[name:Μαρία Παπαδάκη]], [[age:93 ετών]]   ΑΜΚΑ: [[health_plan:14023100428]]"
     "\n"
     "Διεύθυνση: [[address:Οδός Αγίου Τίτου 14]], [[place:Ανώγεια]] [[zip:740 "
     "51]]\n"
     "Εισαγωγή: [[date:10/02/2025]]   Έξοδος: [[date:17 Φεβρουαρίου 2025]]\n"
     "Διάγνωση: πυελονεφρίτιδα, οξεία νεφρική βλάβη. Η κόρη της, [[name:Ελευθερία]], "
     "τηλ. [[phone:6944 218 337]].\n"
     "Θεράπων ιατρός: [[name:Γιώργος Μαρκάκης]]."),
    ("kriti-case",
     "Περιστατικό για συζήτηση: βοσκός 81 ετών από τα [[place:Σφακιά]] προσήλθε "
     "στο [[place:Κέντρο Υγείας Βάμου]] με πυρετό 40 °C και ερυθρό εξάνθημα μετά "
     "από τσίμπημα κρότωνα. Τον έφερε ο ανιψιός του, [[name:Μανόλης Βαρδάκης]], "
     "με το αγροτικό [[vehicle:ΧΝΕ-4821]]. Διακομίστηκε στο [[place:Γενικό Νοσοκομείο "
     "Χανίων]] όπου τέθηκε η διάγνωση κηλιδώδους πυρετού της Μεσογείου· ανταποκρίθηκε "
     "σε δοξυκυκλίνη."),
    ("kz-vypiska",
     "ВЫПИСНОЙ ЭПИКРИЗ\n"
     "[[place:Карагандинская областная клиническая больница]]\n"
     "Ф.И.О.: [[name:Ковалёва Людмила Петровна]], [[age:96 лет]]\n"
     "ИИН: [[other_id:281107400218]]   № истории болезни: [[mrn:4417/25]]\n"
     "Адрес: [[address:ул. Ерубаева, д. 18, кв. 4]], [[place:Темиртау]]\n"
     "Поступила [[date:04.02.2025]], выписана [[date:14.02.2025]]. Диагноз: ХСН "
     "III ФК, фибрилляция предсердий.\n"
     "Внучка [[name:Айгерим]], тел. [[phone:+7 701 418 22 37]]."),
    ("kz-nursing",
     "Мейірбике жазбасы, [[date:18.03.2025]]\n"
     "Науқас [[name:Серікбаева Айгүл]], [[age:92 жаста]], [[place:Шорнақ]] ауылынан. "
     "ЖСН [[other_id:321015400117]]. Ұлы [[name:Ержан]] келді, тел. [[phone:+7 "
     "747 220 41 18]]. Қант 14,2 ммоль/л, инсулин енгізілді. Ауыстыру: [[place:Түркістан]] "
     "қаласына."),
    ("wb-discharge",
     "ছুটির সারাংশ\n"
     "[[place:বাঁকুড়া সম্মিলনী মেডিকেল কলেজ ও হাসপাতাল]], মেডিসিন বিভাগ\n"
     "রোগীর নাম: [[name:সুলোচনা মণ্ডল]]   বয়স: [[age:৯২ বছর]]\n"
     "রেজি. নং: [[mrn:২০২৫/০৪৪১৭]]   আধার: [[other_id:4471 2298 3316]]\n"
     "ঠিকানা: গ্রাম [[place:জয়পুর]], পোস্ট [[place:বিষ্ণুপুর]], পিন [[zip:722122]]\n"
     "ভর্তি: [[date:১২/০২/২০২৫]]   ছুটি: [[date:২০/০২/২০২৫]]\n"
     "রোগনির্ণয়: সাপের কামড় (কালাচ), শ্বাসকষ্ট; ASV ও ভেন্টিলেটর।\n"
     "ছেলে [[name:সুব্রত মণ্ডল]], ফোন [[phone:+91 94341 22817]]।"),
    ("bd-case",
     "কেস আলোচনা: [[place:শ্রীমঙ্গল]] চা-বাগানের ৬২ বছরের এক শ্রমিক নারী তিন "
     "সপ্তাহের জ্বর ও প্লীহা বড় হওয়া নিয়ে [[place:মৌলভীবাজার সদর হাসপাতাল]]-এ "
     "আসেন। rK39 পজিটিভ, কালাজ্বর নিশ্চিত। স্বামী [[name:রহিম উদ্দিন]] তাঁকে "
     "ভ্যানে করে আনেন। NID [[other_id:৭৮১২৪৪৯০১৩]]। [[date:৩ মার্চ ২০২৫]] তারিখে "
     "চিকিৎসা শুরু হয়; ফোন [[phone:+880 1712-448190]]।"),
    ("jateng-resume",
     "RESUME MEDIS PASIEN PULANG\n"
     "[[place:RSUD dr. Soeradji Tirtonegoro Klaten]]\n"
     "Nama: [[name:Siti Rahayu]]   Umur: [[age:93 tahun]]   No. RM: [[mrn:01-44-17-22]]\n"
     "NIK: [[other_id:3310124708310002]]   BPJS: [[health_plan:0001447120938]]\n"
     "Alamat: [[address:Dukuh Ngawen RT 03/RW 02]], Desa [[place:Gondangan]], "
     "Kab. Klaten\n"
     "Tgl. masuk: [[date:2 Maret 2025]]   Tgl. pulang: [[date:9 Maret 2025]]\n"
     "Diagnosis: stroke iskemik, disfagia. Anak: Bp. [[name:Sutrisno]], HP [[phone:0812-271"
     "8-4470]]."),
    ("jateng-wa",
     "Grup WA Puskesmas, [[date:14-01-2025]]\n"
     "Bidan desa: Pak, ada pasien Mbah [[name:Karto]]? maaf, namanya [[name:Kartowiyono]], "
     "usia [[age:97 tahun]], di Dusun [[place:Sikunang]], sesak sejak kemarin.\n"
     "dr. jaga: Bawa ke [[place:Puskesmas Kejajar]] dulu, cek saturasi.\n"
     "Bidan desa: Keluarga bawa pakai motor [[vehicle:AA 4471 KT]], sampai 20 "
     "menit.\n"
     "dr. jaga: ok. Kalau SpO2 < 90 rujuk ke [[place:RSUD KRT Setjonegoro]] di "
     "[[place:Wonosobo]]."),
    ("vn-raovien",
     "GIẤY RA VIỆN\n"
     "[[place:Bệnh viện Đa khoa tỉnh Nam Định]] - Khoa Nội tổng hợp\n"
     "Họ tên: [[name:Trần Thị Hương]]   Tuổi: [[age:95 tuổi]]\n"
     "Số CCCD: [[other_id:036130004417]]   Mã thẻ BHYT: [[health_plan:HT3363621004417]]\n"
     "Địa chỉ: [[address:xóm 4]], xã [[place:Hải Đông]], tỉnh Nam Định\n"
     "Vào viện: [[date:03/02/2025]]   Ra viện: [[date:12/02/2025]]\n"
     "Chẩn đoán: viêm phổi, suy tim. Con trai [[name:Vũ Văn Bảo]], ĐT [[phone:0912 "
     "441 807]]."),
    ("vn-dieuduong",
     "Phiếu chăm sóc, ngày [[date:21/03/2025]]\n"
     "Bệnh nhân [[name:Giàng A Páo]], 67 tuổi, người H'Mông ở thị trấn [[place:Sa "
     "Pa]], ngã từ xe máy [[vehicle:24B1-452.81]]. Vết thương đầu đã khâu. Vợ "
     "là [[name:Sùng Thị Mai]], không nói tiếng Kinh; phiên dịch qua cán bộ [[place:trạm "
     "y tế xã Tả Van]]."),
    ("haiti-cr",
     "Compte rendu - [[place:Hôpital Albert Schweitzer]], [[place:Deschapelles]]\n"
     "Mme [[name:Islande Pierre-Louis]], [[age:93 ans]], de [[place:Verrettes]], "
     "vue le [[date:5 mars 2025]] pour une plaie du pied diabétique. Pitit fi "
     "li, [[name:Mackenson]], di li pa t ka mache depi 2 semèn. NIF [[other_id:004-118-227-"
     "3]]. Dossier [[mrn:AS-044172]]. Contact : [[phone:+509 3718 2241]].\n"
     "Amputation transmétatarsienne le [[date:8 mars 2025]]; sortie avec béquilles."),
    ("haiti-thread",
     "[[place:Hôpital Universitaire Justinien]], gwoup WhatsApp sal fanm\n"
     "Rezidan: Manmi [[name:Altagrâce Joseph]] ki gen [[age:92 an]] soti [[place:Limbé]], "
     "tansyon 220/120, li konfizyon.\n"
     "Enfimyè: Pitit li [[name:Wilner]] rele, nimewo l se [[phone:+509 4211 8830]].\n"
     "Rezidan: Nou kòmanse labetalol. Moto ki mennen l la, plak [[vehicle:MA-48817]], "
     "bloke pòt ijans lan."),
    ("senegal-cr",
     "COMPTE RENDU DE CONSULTATION - [[place:Hôpital Matlaboul Fawzaini]], [[place:Touba]]\n"
     "Sokhna [[name:Fatou Diouf]], [[age:92 ans]], venue de [[place:Mbacké]] "
     "avec sa petite-fille [[name:Awa]]. Depuis la Magal, elle « dafa tàyyi » "
     "(fatiguée), ne mange plus le ceebu jën. Hb 6,8 g/dL, ferritine 4. CNI [[other_id:2 "
     "751 1932 00417]]. CMU n° [[health_plan:04417-22918]]. Jërëjëf à la famille "
     "pour le carnet. Téléphone : [[phone:+221 77 418 22 09]]."),
    ("senegal-fiche",
     "FICHE DE TRANSFERT - [[place:Poste de santé de Ndiakhaté]] vers [[place:Hôpital "
     "régional de Thiès]]\n"
     "Patient : [[name:Mamadou Ndiaye]], 45 ans, chauffeur de car rapide.\n"
     "Date : [[date:Jeudi 13 février 2025]]\n"
     "Motif : AVP, le car [[vehicle:DK-7713-BD]] s'est renversé sur la nationale. "
     "Fracture ouverte de jambe.\n"
     "Accompagnant : son frère [[name:Cheikh]], [[phone:+221 76 220 41 18]]. "
     "Infirmier chef de poste : [[name:Ousmane Sarr]]."),
    ("ms-portal-url",
     "Patient's own history (submitted by the author): after the Vibrio case "
     "above, the family set up a fundraiser at [[url:https://www.example.org/help-grandpa-l"
     "acey]] and posted his recovery video at [[url:youtube.example.com/watch?v=shrimp94]].",
     "patient_information"),
    ("clean-sardegna",
     "Caso discusso: pastore di 84 anni della Barbagia con febbre Q dopo la stagione "
     "dei parti delle pecore. Coxiella IgG fase II 1:1024; doxiciclina 100 mg "
     "x 2 per 14 giorni. Ecocardiogramma senza vegetazioni. Nel 2019 simile focolaio "
     "in un altro ovile della zona."),
    ("clean-corse",
     "Note de synthèse : femme de 78 ans, hypertendue, hospitalisée pour une "
     "leptospirose ictéro-hémorragique après une baignade en rivière en Haute-Corse. "
     "Créatinine 312 µmol/L, plaquettes 42 G/L. Amoxicilline IV puis relais per "
     "os; évolution favorable en 10 jours."),
    ("clean-tirol",
     "Fallbesprechung: 67-jähriger Landwirt mit Farmerlunge (exogen-allergische "
     "Alveolitis) nach Heuarbeit im Winter. DLCO 48 %, HR-CT mit Milchglastrübungen. "
     "Prednisolon 0,5 mg/kg, Karenz. Kontrolle nach 3 Monaten geplant."),
    ("clean-alfold",
     "Esetismertetés: 58 éves férfi, tanyasi állattartó, brucellosis. Wright-reakció "
     "1:320; doxiciklin és rifampicin 6 hétig. Sacroiliitis MR-rel igazolva. "
     "A család többi tagja negatív."),
    ("clean-kriti",
     "Σχόλιο: η μεσογειακή διατροφή της Κρήτης έχει μελετηθεί από το 1960. Ασθενής "
     "74 ετών με ΧΑΠ, FEV1 48%, χωρίς παροξύνσεις το τελευταίο έτος· συνεχίζει "
     "τιοτρόπιο."),
    ("clean-kz",
     "Клинический разбор: мужчина 55 лет, чабан, эхинококковая киста печени 8 "
     "x 6 см (CE2 по ВОЗ). Альбендазол 400 мг 2 раза в сутки, затем PAIR. Рецидива "
     "нет через 12 месяцев."),
    ("clean-bengal",
     "আলোচনা: ৪৫ বছরের পুরুষ, আর্সেনিকোসিস — হাতের তালুতে কেরাটোসিস, নলকূপের "
     "জলে আর্সেনিক ২৫০ µg/L। জলের উৎস বদলানোর পরামর্শ দেওয়া হয়েছে।"),
    ("clean-jateng",
     "Diskusi kasus: laki-laki 61 tahun, petani tembakau, keracunan nikotin (green "
     "tobacco sickness) saat panen. Mual, muntah, pusing; membaik dengan cairan "
     "IV dan antiemetik dalam 24 jam."),
    ("clean-vn",
     "Thảo luận: nữ 52 tuổi, nhiễm Streptococcus suis sau ăn tiết canh lợn; viêm "
     "màng não mủ, điếc tai hai bên. Ceftriaxone 2 g x 2 trong 14 ngày."),
    ("clean-wales",
     "Discussion: Welsh-speaking patients with dementia often revert to their "
     "first language; an Iaith Gwaith badge helps. This 88-year-old man improved "
     "when care was given in Welsh. MMSE 18/30; donepezil 5 mg nocte."),
    ("clean-gulf",
     "Teaching point: Vibrio vulnificus wound infection in a 67-year-old man "
     "with haemochromatosis after a crab-pot cut. Doxycycline plus ceftazidime "
     "within 6 hours of arrival; early fasciotomy. Mortality in published series "
     "exceeds 30%."),
    ("ref-discussion",
     "Discussion: tick-borne spotted fever in Crete has been reported before "
     "(https://doi.org/10.3201/eid2907.221844), and the Sardinian centenarians' "
     "lung function data are at https://pubmed.ncbi.nlm.nih.gov/31244711/. Our "
     "three cases fit the same seasonal pattern.", "discussion"),
]

F27_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH27: tuple[Note, ...] = build(F27_PART, per_category=26, clean=120, references=8) + F27_LETTERS


def _problems(notes: tuple[Note, ...]) -> list[str]:
    """The self-checks the docstring states (no scanner involved)."""
    found = [] if len({n.id for n in notes}) == len(notes) else ["duplicate note ids"]
    for note in notes:
        if "[[" in note.text or "]]" in note.text or re.search(r"\{\w+\}", note.text):
            found.append(f"{note.id}: leftover mark or slot")
        spans = sorted(note.expected, key=lambda e: e.start)
        for e in spans:
            if note.text[e.start:e.end] != e.text or e.text != e.text.strip():
                found.append(f"{note.id}: bad span {e.text!r}")
            if e.category not in CATEGORY_ORDER:
                found.append(f"{note.id}: unknown category {e.category}")
            if e.category == "age" and int(re.search(r"\d+", e.text.translate(_FROM_BN))[0]) < 90:
                found.append(f"{note.id}: age under 90 {e.text!r}")
        found += [f"{note.id}: overlap" for a, b in itertools.pairwise(spans) if b.start < a.end]
    return found


if __name__ == "__main__":
    from collections import Counter

    counts = Counter(e.category for n in FRESH27 for e in n.expected)
    print(len(FRESH27), "notes,", sum(1 for n in FRESH27 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))
    print("letters:", len(F27_LETTERS),
          "with identifiers:", sum(1 for n in F27_LETTERS if n.expected))
    print("problems:", _problems(FRESH27) or "none")

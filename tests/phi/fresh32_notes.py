"""FRESH32: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.
Written blind during the eighteenth round and measured once, at its end.

Written blind by a twenty-eighth author, who read only tests/phi/generated.py (the framework:
Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring), tests/phi/corpus.py (the
Note type, the span conventions, parse, evaluate), the de-identification section (5) of the
project's domain notes (45 CFR 164.514(b)(2) Safe Harbor), the module docstrings only of
tests/phi/fresh16_notes.py, fresh26_notes.py, fresh27_notes.py, fresh28_notes.py,
fresh29_notes.py and fresh30_notes.py (read with ast.get_docstring), the wiring lines of
fresh16_notes.py (its Part call, _letter, letters tuple, build and __main__ lines, printed with
grep -n and sed) and pyproject.toml's ruff settings; not the scanner, its patterns, name lists,
model or data, its benchmark (bench/), its tests, the body of any other fresh part (fresh31 was
being written at the same time and was not opened), nor their git history; the scanner was not
run or imported while writing it, nor on its notes. Its vocabulary, value shapes, keywords,
connectors, frames, note styles and hand-written letters are this author's own, as a global
case-discussion board sees them: about half English-language settings (the Florida Panhandle
with a US SSN, Medicare MBI and Medicaid, the Dakotas' reservations with IHS chart numbers,
tribal enrollment numbers, a US SSN and South Dakota Medicaid, Vancouver Island with the BC
PHN, Labrador with MCP, Devon's Exmoor with the NHS number, Fife with the CHI number, County
Kerry with PPSN, medical card and Eircode, Northern Queensland's Cape York with URN, Medicare
and rego, New Zealand's East Cape with the NHI, Namibia with the national ID, Tanzania's coast
with NHIF and NIDA, Nigerian families in the north writing English with NHIA and NIN, Barbados
with the NRN) and half non-English settings in their languages and scripts: Navarre (Spanish
with Basque names, NHC, CIPNA, DNI, "años"), Apulia (Italian, codice fiscale, nosologico,
"anni"), Lorraine (French, IPP, numéro de sécurité sociale, "ans"), Franconia (German, KVNR,
Fallnummer, Kennzeichen, "94-jährige"), Carinthia (Austrian German with Slovene names,
SV-Nummer, "Jänner", "J."), the Netherlands' Limburg (Dutch, BSN, patiëntnummer, "jaar"),
Sweden's Norrland (Swedish, personnummer, "år"), Lithuania (Lithuanian, asmens kodas, "metų"),
Moldova (Romanian, IDNP, poliță CNAM, "de ani"), Azerbaijan (Azerbaijani, FİN, "yaş"),
Kyrgyzstan (Kyrgyz and Russian Cyrillic, ПИН, "лет", "жаш"), Afghanistan (Dari and Pashto in
Arabic script, tazkira, Solar Hijri dates in Persian digits, "ساله", "کلن"), Nepal (Nepali in
Devanagari with Devanagari digits and Bikram Sambat dates, "वर्ष"), Laos (Lao script,
Buddhist-era dates, "ປີ"), Mongolia's Gobi (Mongolian Cyrillic, регистрийн дугаар, "настай"),
Angola (Portuguese, BI, "anos") and Madagascar (Malagasy and French, CIN, "taona"). Each
setting has its own hospitals, departments and wards, diseases with eponyms as those languages
write them (maladie de Caplan, Morbus Bechterew, ziekte van Lyme, boala Addison, болезнь
Бехтерева, Паркинсоны өвчин), headings in capitals and everyday words as notes have them; small
towns and villages appear in running prose, people are named in prose without labels, and
plates are written as each country writes them ("2A 4187", "WK19 XHT", "221-KY-4187", "748
KTG", "N 41873 W", "T 418 DKP", "4187 LKT", "FK 418 XZ", "FO-KT 418", "ننګرهار ۴۱۸۷۳", "बा ४२
प ४१८७", "ກຂ 4187", "4187 УБА") and a VIN. Document types: case-report narratives as posted to
a discussion board, discharge summaries (informe de alta, lettera di dimissione, compte rendu,
Arztbrief, ontslagbrief, epikris, epikrizė, extras, çıxarış, выписной эпикриз, Dari, Nepali,
Lao, Mongolian, Portuguese summaries), referral and consult letters, a medevac request, an RFDS
retrieval, a transfer form, nursing notes and a Pflegebericht, forms, tables, an invoice, an
e-mail, a chat thread and a discussion paragraph with literature references.

Conventions (tests/phi/corpus.py's and fresh26's docstring's): a name without its title or
honorific (Dr, Dr., Dra., Mr, Mrs, Mme, Sig., dott., Herrn, Frau Kollegin, mevrouw, Nurse stay
out); a full name in any order is one span ("Асанов Нурлан Токтогулович", "Цэрэндоржийн
Должин", "Iñaki Goikoetxea Zubiri"); staff names, also with initials ("A. Balfour"), are names,
and so are speakers in a chat; an identifier without its keyword; an age over 89 with its
attached unit in any language ("93-year-old", "91 yrs", "92 años", "91 anni", "91 ans",
"94-jährige", "93 J.", "92 jaar", "91 år", "93 metų", "90 de ani", "92 yaş", "90 лет", "91
ساله", "94 کلن", "९२ वर्ष", "90 ປີ", "91 настай", "93 anos", "94 taona") or the number alone
where no unit is attached ("aged 94", "a kuia of 92"); ages under 90 are not marked (the clean
notes carry 82-89 in several languages); a date without its preposition ("on", "el", "il",
"le", "am", "a", "la" stay out), with a weekday right before it ("lundi 7 avril 2025", "Tue 14
January 2025 0940") and a time right after it; Solar Hijri, Bikram Sambat and Buddhist-era
dates are dates; a year alone is not a date. The street line is one span (a farm or house name
is the street line: "Higher Combe Farm", "House 14, Loneman Housing", "4-р баг, 12-р байр, 7
тоот"); each locality (town, village, fokontany, bairro, сум centre, district of a city) and
the postcode are separate spans; a named hospital, clinic or health centre is a place (the
whole name, also when it holds a town's name: "Victoria Hospital, Kirkcaldy", "Ospedale
"Perinei" di Altamura"); states, regions, provinces, counties, aimags, departments and
countries (FL, SD, BC, Cape York, Navarra, Moselle, Oberfranken, Kärnten, Zuid-Limburg,
Өмнөговь аймаг, काभ्रेपलाञ्चोक, Bengo) are never marked. Categories: `ssn` is a US Social
Security number only (Florida and Dakota patients); other national numbers (tribal enrollment
number, PPSN, NI number, Namibian ID, NIDA, NIN, NRN, DNI, codice fiscale, BSN, personnummer,
asmens kodas, IDNP, FİN, ПИН, tazkira, नागरिकता, регистрийн дугаар, BI, CIN) are `other_id`;
insurance numbers (Medicaid, MBI, BC PHN, MCP, NHS, CHI, medical card, Medicare, NHIF, NHIA,
CIPNA, tessera sanitaria, sécu number, KVNR, SV-Nummer, polisnummer, poliță CNAM, полис ОМС,
ЭМД) are `health_plan`; hospital, chart and clinic numbers (IHS chart, NHC, nosologico, IPP,
Fallnummer, patiëntnummer, journalnummer, ligos istorijos Nr., URN, the New Zealand NHI, दर्ता
नं.) are `mrn`; passports, driving licences and professional registrations are `licence`;
IBANs, accounts and invoices are `account`; plates and VINs are `vehicle`; pacemaker, pump,
sensor and concentrator serials, IMEIs and UDIs are `device`.

Built as build(F32_PART, per_category=26, clean=120, references=8) + F32_LETTERS (50
hand-written notes: 38 with identifiers, one of them a family's web addresses in a
patient_information section, 11 clean, 1 reference paragraph in a discussion): 688 notes, 140
of them (20%) without any identifier (120 generated clean notes, 8 reference notes in an
introduction or discussion, 11 clean letters, 1 reference letter), 858 spans - name 101,
address 43, place 122, zip 41, date 53, age 53, phone 49, fax 27, email 27, ssn 28, mrn 38,
health_plan 41, account 28, licence 26, vehicle 39, device 27, url 44, ip 27, other_id 44
(`python -m tests.phi.fresh32_notes` prints them). Checked without the scanner (a throwaway
script): every span's text is the note's text at its offsets and has no surrounding blanks, no
marks or slots are left in the text, no spans overlap, note ids are unique, every category is
in generated.CATEGORY_ORDER, every marked age is over 89, and builds under PYTHONHASHSEED=1 and
4242 are identical. Deterministic: its own seed (19_032), values drawn from the builder's
fixed-seed Random, no hash-order dependence.

    from tests.phi.fresh32_notes import FRESH32, F32_PART, F32_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
Not wired into any test or bench: measure it once.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, _digits, _letters, build

_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]
_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
       "settembre", "ottobre", "novembre", "dicembre"]
_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
       "octobre", "novembre", "décembre"]
_DE = ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
       "Oktober", "November", "Dezember"]
_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
       "oktober", "november", "december"]
_SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
       "oktober", "november", "december"]
_RO = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
       "septembrie", "octombrie", "noiembrie", "decembrie"]
_AZ = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
       "oktyabr", "noyabr", "dekabr"]
_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
       "октября", "ноября", "декабря"]
_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
       "outubro", "novembro", "dezembro"]
_MG = ["janoary", "febroary", "martsa", "aprily", "mey", "jona", "jolay", "aogositra",
       "septambra", "oktobra", "novambra", "desambra"]
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")


def _f32_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1929, 2025)
    hh, mi = r.randint(0, 23), r.choice((5, 10, 20, 35, 40, 55))
    return r.choice([
        f"{_EN[m - 1]} {d}, {y}", f"{m}/{d}/{y}", f"{d} {_EN[m - 1][:3]} {y}",
        f"{r.choice(_DAYS)} {d} {_EN[m - 1]} {y}", f"{d:02d}/{m:02d}/{y} {hh:02d}{mi:02d}",
        f"{d} de {_ES[m - 1]} de {y}", f"{d} {_IT[m - 1]} {y}", f"{d} {_FR[m - 1]} {y}",
        f"{d}. {_DE[m - 1]} {y}", f"{d:02d}.{m:02d}.{y} {hh:02d}:{mi:02d}",
        f"{d} {_NL[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}", f"{d} {_SV[m - 1]} {y}",
        f"{d} {_RO[m - 1]} {y}", f"{d} {_AZ[m - 1]} {y}", f"{d} {_RU[m - 1]} {y}",
        f"{y}.{m:02d}.{d:02d}", f"{d} de {_PT[m - 1]} de {y}", f"{d} {_MG[m - 1]} {y}",
        f"{y + 57}/{m:02d}/{d:02d}".translate(_DEVANAGARI), f"{d:02d}/{m:02d}/{y + 543}"])


def _f32_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 104)
    return r.choice([
        ("a {age} shrimper's widow", f"{n}-year-old"), ("{age} F, from the nursing home", f"{n}"),
        ("paciente de {age}", f"{n} años"), ("signora di {age}", f"{n} anni"),
        ("patiente âgée de {age}", f"{n} ans"), ("{age} alt, lebt allein", f"{n} Jahre"),
        ("mevrouw, {age}", f"{n} jaar"), ("kvinna, {age}", f"{n} år"),
        ("pacientė, {age}", f"{n} metų"), ("pacientă în vârstă de {age}", f"{n} de ani"),
        ("xəstə, {age}", f"{n} yaş"), ("бейтап, {age}", f"{n} жаш"),
        ("больная {age}", f"{n} лет"), ("बिरामी, उमेर {age}", f"{n} वर्ष"),
        ("ຜູ້ປ່ວຍ ອາຍຸ {age}", f"{n} ປີ"), ("өвчтөн {age}", f"{n} настай"),
        ("doente de {age}", f"{n} anos"), ("marary {age}", f"{n} taona"),
        ("ناروغ {age}", f"{n} کلن"), ("بیمار {age}", f"{n} ساله"),
        ("aged {age}, still fishing", f"{n}"), ("an elder, {age}", f"{n} yrs")])


def _f32_phone(r: random.Random, _h: bool) -> str:
    d = _digits
    return r.choice([
        f"(850) {r.randint(200, 989)}-{d(r, 4)}", f"605-{r.randint(200, 989)}-{d(r, 4)}",
        f"+1 250 {r.randint(200, 989)} {d(r, 4)}", f"709-{r.randint(200, 989)}-{d(r, 4)}",
        f"01398 {d(r, 6)}", f"01592 {d(r, 6)}", f"066 {d(r, 3)} {d(r, 4)}",
        f"+353 87 {d(r, 3)} {d(r, 4)}", f"(07) 40{d(r, 2)} {d(r, 4)}", f"06 86{d(r, 1)} {d(r, 4)}",
        f"+264 81 {d(r, 3)} {d(r, 4)}", f"+255 7{d(r, 2)} {d(r, 3)} {d(r, 3)}",
        f"0803 {d(r, 3)} {d(r, 4)}", f"(246) 4{d(r, 2)}-{d(r, 4)}",
        f"948 {d(r, 2)} {d(r, 2)} {d(r, 2)}",
        f"080 {d(r, 3)} {d(r, 4)}", f"03 87 {d(r, 2)} {d(r, 2)} {d(r, 2)}", f"0951 {d(r, 6)}",
        f"0463 {d(r, 6)}", f"043 {d(r, 3)} {d(r, 4)}", f"0920-{d(r, 2)} {d(r, 2)} {d(r, 2)}",
        f"+370 6{d(r, 2)} {d(r, 5)}", f"+373 69 {d(r, 3)} {d(r, 3)}",
        f"+994 50 {d(r, 3)} {d(r, 2)} {d(r, 2)}", f"+996 555 {d(r, 3)} {d(r, 3)}",
        f"+93 70 {d(r, 3)} {d(r, 4)}", f"98{d(r, 8)}", f"+856 20 {d(r, 4)} {d(r, 4)}",
        f"99{d(r, 2)}-{d(r, 4)}", f"+244 923 {d(r, 3)} {d(r, 3)}",
        f"+261 34 {d(r, 2)} {d(r, 3)} {d(r, 2)}"])


# Mail and web addresses take their own Latin spellings (as people write them online), so
# that names in Cyrillic, Arabic, Devanagari or Lao script never leave an empty local part.
_WEB_GIVEN = ["lurleen", "marlys", "kaitlyn", "ishbel", "donncha", "wiki", "ndapewa", "hauwa",
              "inaki", "garazi", "nicoletta", "ghislaine", "joze", "gunnel", "danute", "ion",
              "gulnara", "nurlan", "aigul", "zarghuna", "sita", "bounmy", "dolzhin", "domingas",
              "voahangy", "cheryl.ann"]
_WEB_SURNAMES = ["strickland", "ironcloud", "obed", "tucker", "lumsden", "moriarty", "waititi",
                 "shikongo", "mwakyusa", "danjuma", "alleyne", "goikoetxea", "lorusso",
                 "thiebaut", "huemmer", "ogris", "vossen", "lundmark", "kazlauskiene", "ceban",
                 "mammadova", "asanov", "ahmadzai", "shrestha", "phommavong", "tserendorj",
                 "kiluange", "rakotomalala"]


def _mail(r: random.Random, template: str) -> str:
    return (template.replace("{g}", r.choice(_WEB_GIVEN))
            .replace("{s}", r.choice(_WEB_SURNAMES)))


F32_VALUES = {
    "mrn": lambda r, h: r.choice([
        _digits(r, 7), f"{_digits(r, 2)}-{_digits(r, 2)}-{_digits(r, 2)}", _digits(r, 6),
        f"{r.randint(2015, 2025)}/{_digits(r, 5)}", f"{_letters(r, 3)}{_digits(r, 4)}",
        f"8{_digits(r, 8)}", f"{_digits(r, 3)}.{_digits(r, 3)}.{_digits(r, 2)}",
        f"IB-{_digits(r, 6)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{r.randint(1, 9)}{_letters(r, 2)}{r.randint(0, 9)}-{_letters(r, 1)}{_digits(r, 2)}-"
        f"{_letters(r, 2)}{_digits(r, 2)}", f"9{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}",
        f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}",
        f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 4)}",
        f"{r.choice('12')} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 3)} "
        f"{_digits(r, 3)} {_digits(r, 2)}", f"{_letters(r, 1)}{_digits(r, 9)}",
        f"{_digits(r, 4)} {_digits(r, 6)}", f"80380{_digits(r, 15)}",
        f"{_digits(r, 4)} {_digits(r, 5)} {r.randint(1, 9)}", f"NA{_digits(r, 10)}"]),
    "account": lambda r, h: r.choice([
        f"ES{_digits(r, 2)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} "
        f"{_digits(r, 4)}",
        f"IT{_digits(r, 2)}{_letters(r, 1)}{_digits(r, 10)}{_digits(r, 12)}",
        f"NL{_digits(r, 2)} RABO {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 2)}",
        f"LT{_digits(r, 2)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}",
        f"{_digits(r, 10)}", f"FAC-{r.randint(2019, 2025)}-{_digits(r, 5)}",
        f"{_digits(r, 3)}-{_digits(r, 6)}-{_digits(r, 1)}", f"AT{_digits(r, 2)} {_digits(r, 4)} "
        f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}"]),
    "licence": lambda r, h: r.choice([
        f"{_letters(r, 1)}{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 3)}-"
        f"{_digits(r, 1)}",
        f"{_letters(r, 2)}{_digits(r, 7)}", f"{_digits(r, 8)}", f"{_letters(r, 1)}{_digits(r, 2)}"
        f"{_letters(r, 1)}{_digits(r, 6)}", f"{_letters(r, 1)}{_digits(r, 8)}",
        f"{_digits(r, 2)}{_letters(r, 2)}{_digits(r, 5)}", f"MED-{_digits(r, 6)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{_letters(r, 3)} {_letters(r, 1)}{_digits(r, 2)}", f"{r.randint(1, 67)}{_letters(r, 1)} "
        f"{_digits(r, 4)}", f"{_letters(r, 2)}{_digits(r, 2)} {_letters(r, 3)}",
        f"{_digits(r, 3)}-KY-{_digits(r, 4)}", f"{_digits(r, 3)}{_letters(r, 3)}",
        f"N {_digits(r, 5)} W", f"T {_digits(r, 3)} {_letters(r, 3)}",
        f"{_letters(r, 3)} {_digits(r, 3)} {_letters(r, 2)}", f"{_digits(r, 4)} {_letters(r, 3)}",
        f"{_letters(r, 2)} {_digits(r, 3)} {_letters(r, 2)}",
        f"{_letters(r, 2)}-{_digits(r, 3)}-{_letters(r, 2)}",
        f"BA-{_letters(r, 2)} {_digits(r, 3)}", f"VK-{_digits(r, 3)} {_letters(r, 2)}",
        f"{_letters(r, 1)}-{_digits(r, 3)}-{_letters(r, 2)}",
        f"{_digits(r, 2)}-{_letters(r, 2)}-{_digits(r, 3)}",
        f"{_digits(r, 4)} УБ{_letters(r, 1, 'АБВГДЕ')}", f"{_digits(r, 4)} TB{_letters(r, 1)}"]),
    "vin": lambda r, h: (f"{_digits(r, 1)}{_letters(r, 4)}{_digits(r, 2)}{_letters(r, 3)}"
                         f"{_digits(r, 7)}"),
    "device": lambda r, h: r.choice([
        f"{_letters(r, 3)}{_digits(r, 6)}{_letters(r, 1)}",
        f"{_digits(r, 2)}{_letters(r, 2)}{_digits(r, 6)}",
        _digits(r, 8), f"{_digits(r, 15)}", f"{_letters(r, 2)}-{_digits(r, 4)}-{_digits(r, 4)}",
        f"(01){_digits(r, 14)}(21){_digits(r, 6)}",
        f"{_letters(r, 1)}{_digits(r, 3)}{_letters(r, 1)}{_digits(r, 5)}"]),
    "other_id": lambda r, h: r.choice([
        f"{_digits(r, 7)}{_letters(r, 1)}{r.choice(['', 'A', 'W'])}",
        f"{_digits(r, 8)}{_letters(r, 1)}",
        f"{_letters(r, 6)}{_digits(r, 2)}{_letters(r, 1)}{_digits(r, 2)}{_letters(r, 1)}"
        f"{_digits(r, 3)}{_letters(r, 1)}",
        f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}", f"{_digits(r, 6)}-{_digits(r, 4)}",
        f"{_digits(r, 11)}", f"2{_digits(r, 12)}", f"{_digits(r, 1)}{_letters(r, 2)}{_digits(r, 1)}"
        f"{_letters(r, 1)}{_digits(r, 1)}{_letters(r, 1)}", f"{_digits(r, 14)}",
        f"{_digits(r, 8)}-{_digits(r, 5)}-{_digits(r, 5)}-{_digits(r, 2)}",
        f"{_digits(r, 9)}{_letters(r, 2)}{_digits(r, 3)}", f"{_digits(r, 3)} {_digits(r, 3)} "
        f"{_digits(r, 3)} {_digits(r, 3)}", f"TE-{_digits(r, 5)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}"]),
    "phone": _f32_phone,
    "fax": _f32_phone,
    "email": lambda r, h: _mail(r, r.choice([
        "{g}.{s}@example.com", "{s}{n}@correo.example.es", "{g}_{s}@posta.example.it",
        "{g}.{s}{n}@example.fr", "{s}.{g}@example.de", "{g}{n}@example.nl", "{g}.{s}@example.se",
        "{s}{n}@pastas.example.lt", "{g}{s}@mail.example.md",
        "{s}.{g}@example.az", "{g}{n}@example.com.na", "{g}.{s}@example.co.nz"])),
    "url": lambda r, h: _mail(r, r.choice([
        "https://www.example.com/{g}-{s}-journey", "example.org/fundraiser/{g}{s}{n}",
        "https://{s}.example.blog/", "http://example.net/album/{n}/{g}",
        "https://www.example.it/storia/{g}-{s}", "example.de/~{s}{n}"])),
    "ip": lambda r, h: r.choice([
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"198.51.100.{r.randint(1, 254)}",
        f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 255):x}"]),
    "zip": lambda r, h: r.choice([
        f"32{_digits(r, 3)}", f"57{_digits(r, 3)}", f"58{_digits(r, 3)}-{_digits(r, 4)}",
        f"V9{_letters(r, 1)} {r.randint(1, 9)}{_letters(r, 1)}{r.randint(1, 9)}",
        f"A0{_letters(r, 1)} {r.randint(1, 9)}{_letters(r, 1)}0",
        f"EX3{r.randint(1, 9)} {r.randint(1, 9)}"
        f"{_letters(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}", f"KY{r.randint(1, 16)} {r.randint(1, 9)}"
        f"{_letters(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}", f"V{r.choice(['92', '93', '23'])} "
        f"{_letters(r, 1)}{_digits(r, 1)}{_letters(r, 1)}{_digits(r, 1)}", f"487{r.randint(1, 9)}",
        f"31{_digits(r, 3)}", f"7{r.randint(0, 4)}{_digits(r, 3)}", f"57{_digits(r, 3)}",
        f"9{r.randint(6, 7)}{_digits(r, 3)}", f"9{r.randint(1, 9)}{_digits(r, 2)}",
        f"62{_digits(r, 2)} {_letters(r, 2)}", f"9{r.randint(3, 8)}{_digits(r, 1)} {_digits(r, 2)}",
        f"LT-{_digits(r, 5)}", f"MD-{_digits(r, 4)}", f"AZ {_digits(r, 4)}", f"72{_digits(r, 4)}",
        f"4{_digits(r, 4)}", f"1{_digits(r, 2)}"]),
    "date": _f32_date,
}

F32_VOCABULARY = Vocabulary(
    given=["Lurleen", "Delbert", "Marlys", "Wanbli", "Kaitlyn", "Nellie", "Wilf", "Ishbel",
           "Donncha", "Wikitoria", "Tipene", "Ndapewa", "Mwanaisha", "Hauwa", "Abubakar",
           "Cheryl-Ann", "Iñaki", "Garazi", "Cosimo", "Nicoletta", "Ghislaine", "Kunigunde",
           "Jože", "Sjef", "Gunnel", "Danutė", "Ion", "Gülnarə", "Нурлан", "Айгүл", "زرغونه",
           "सीता", "ບຸນມີ", "Должин", "Domingas", "Voahangy", "Hery"],
    surnames=["Strickland", "Iron Cloud", "Two Bulls", "Obed", "Tucker", "Lumsden",
              "Moriarty", "Ahwang", "Waititi", "Shikongo", "Mwakyusa", "Danjuma", "Alleyne",
              "Goikoetxea", "Arrieta", "Lorusso", "Thiébaut", "Hümmer", "Ogris", "Vossen",
              "Lundmark", "Kazlauskienė", "Ceban", "Məmmədova", "Асанов", "احمدزی", "श्रेष्ठ",
              "ພົມມະວົງ", "Цэрэндорж", "Kiluange", "Rakotomalala"],
    cities=["Wewahitchka", "Chipley", "Wanblee", "Wakpala", "Port Alberni", "Ucluelet", "Nain",
            "Cartwright", "Dulverton", "Porlock", "Anstruther", "Auchtermuchty", "Cahersiveen",
            "Sneem", "Coen", "Lockhart River", "Ruatoria", "Tikitiki", "Opuwo", "Kilwa Masoko",
            "Pangani", "Kaura Namoda", "Bathsheba", "Elizondo", "Lekunberri", "Altamura",
            "Cisternino", "Sarrebourg", "Bitche", "Ebermannstadt", "Pottenstein", "Bleiburg",
            "Vaals", "Gulpen", "Arvidsjaur", "Jokkmokk", "Anykščiai", "Rokiškis", "Cahul",
            "Soroca", "Şəki", "Lənkəran", "Кочкор", "Нарын", "چاریکار", "پغمان", "बनेपा",
            "धुलिखेल", "ວັງວຽງ", "Даланзадгад", "Caxito", "Ndalatando", "Ambositra"],
    streets=["Victoria", "Kennedy", "Mozart", "Mandela", "Lincoln", "Garibaldi", "Pasteur",
             "Goethe", "Rizal", "Pushkin"],
    relations=["granddaughter", "nephew", "daughter-in-law", "son", "wife", "husband",
               "cousin", "neighbour", "foster son", "great-niece"],
    clean=[
        "BP 148/86, HR 92 irregular, SpO2 94% RA; CHA2DS2-VASc 5.",
        "Enfermedad de Crohn descartada; calprotectina fecal 48 µg/g.",
        "Morbo di Parkinson in terapia con levodopa/carbidopa 100/25 mg x 3.",
        "Maladie de Basedow traitée par néomercazole 20 mg/j en 2019.",
        "Morbus Bechterew seit 2004, HLA-B27 positiv, BASDAI 5,2.",
        "Ziekte van Kahler werd uitgesloten; M-proteïne negatief.",
        "Sjögrens syndrom; Schirmer 3 mm/5 min bilateralt.",
        "Parkinsono liga nuo 2015 m.; levodopa 250 mg 3 k./d.",
        "Boala Addison exclusă; cortizol bazal 412 nmol/L.",
        "Parkinson xəstəliyi; Hoehn-Yahr mərhələ III.",
        "Болезнь Грейвса в анамнезе; ТТГ 0,02 мМЕ/л.",
        "Паркинсоны өвчин, 2018 оноос леводопа уудаг.",
        "मधुमेह र उच्च रक्तचाप; HbA1c 8.4%.",
        "ເບົາຫວານ ປະເພດ 2; ນ້ຳຕານ 182 mg/dL.",
        "Doença de Chagas serologia negativa; Hb 9,8 g/dL.",
        "Aretin'ny tosidra; TA 170/100 mmHg.",
        "Guillain-Barré syndrome considered; CSF protein 1.9 g/L, cells 2.",
        "Melioidosis suspected after the wet season; Burkholderia cultured on day 3.",
        "An 87-year-old neighbour was admitted the same week with norovirus.",
        "Chemo cycle no. 3 deferred; neutrophils 0.8.",
        "Plate and screws removed in 2021; union confirmed on X-ray.",
        "Serial troponins 12, 48, 310 ng/L at 0, 3 and 6 h.",
        "Ward 4B, bed 12: reviewed on the post-take round at 09:30.",
        "ECOG 2, NYHA III, Rockwood clinical frailty scale 6.",
        "Eine 86-jährige Mitpatientin war mit Norovirus isoliert.",
        "Wells 4, D-dimer 1840 ng/mL FEU; CTPA negative.",
        "Insulin glargine 18 units nocte; CBG 6-11 mmol/L.",
        "Diagnosticada en 2017; recaída en 2022.",
        "Tuberculosis treated in 2009 (2HRZE/4HR); cured.",
        "Snakebite (taipan) 2018, antivenom 1 vial, no coagulopathy now.",
    ],
    seed=19_032,
)
F32_CONNECTORS = [": ", " ", " - ", ":\t", " = ", ":  ", " : ", "\n"]
F32_FRAMES = ["{kv}", "{kv}.", "• {kv}", "{kw}\n{v}", "| {kw} | {v} |", "{kv} (checked at triage)",
              "Identifiers - {kv}", "{kv}; wristband matches", "Front sheet: {kv}",
              "{kv} - copied from the referral"]
F32_KEYWORDS = {
    "mrn": ["MRN", "IHS chart #", "NHC", "nosologico", "IPP", "Fallnr.", "Patientenzahl",
            "patiëntnummer", "journalnr", "ligos istorijos Nr.", "fișa nr.",
            "xəstəlik tarixi", "история болезни", "दर्ता नं.", "URN", "NHI", "processo"],
    "health_plan": ["Medicaid ID", "MBI", "PHN", "MCP", "NHS no.", "CHI", "medical card",
                    "Medicare", "NHIF", "NHIA no.", "CIPNA", "tessera sanitaria", "n° sécu",
                    "KVNR", "SV-Nr.", "polisnummer", "polița CNAM", "полис ОМС", "ЭМД"],
    "account": ["account no.", "IBAN", "factura", "fattura n.", "Rechnungsnr.",
                "rekeningnummer", "sąskaitos Nr.", "cont", "hesab", "счёт", "fatura nº",
                "billing ref"],
    "licence": ["DL #", "passport no.", "driving licence", "permiso de conducir", "patente",
                "permis n°", "Führerschein-Nr.", "rijbewijs", "körkort", "pasas",
                "pașaport", "паспорт", "राहदानी नं.", "GMC no.", "AHPRA", "carta de condução"],
    "vehicle": ["plate", "tag", "reg", "rego", "matrícula", "targa", "immatriculation",
                "Kennzeichen", "kenteken", "reg.nr", "valst. Nr.", "nr. înmatriculare",
                "dövlət nişanı", "госномер", "улсын дугаар", "VIN"],
    "device": ["serial", "S/N", "SN", "Seriennummer", "n° de série", "numero di serie",
               "serienummer", "serijos Nr.", "серийный №", "IMEI", "pump serial", "UDI"],
    "other_id": ["tribal enrollment no.", "PPSN", "NI no.", "NIN", "NIDA", "DNI",
                 "codice fiscale", "BSN", "personnummer", "asmens kodas", "IDNP", "FİN",
                 "ПИН", "تذکره", "नागरिकता नं.", "регистрийн дугаар", "BI nº", "CIN",
                 "Namibian ID", "NRN"],
    "ssn": ["SSN", "Social Security #", "SS no."],
    "phone": ["ph", "cell", "tel.", "teléfono", "cellulare", "tél.", "Tel.", "telefoon",
              "mobil", "tel. nr.", "телефон", "फोन", "ໂທ", "утас", "telemóvel", "finday"],
    "fax": ["fax", "Fax-Nr.", "télécopie", "fax nr", "факс", "fax no."],
}
F32_SENTENCES = {
    "licence": ["His Florida DL {v} was in the wallet the deputies brought.",
                "Pasaporte {v} fotocopiado por admisión.",
                "Il passaporto {v} è stato scansionato all'accettazione.",
                "Führerschein {v} wurde von der Polizei einbehalten.",
                "The locum's registration, {v}, was checked with the council."],
    "vehicle": ["The quad bike, plate {v}, rolled on the station track.",
                "Un'auto targata {v} lo ha investito sulla provinciale.",
                "Le véhicule immatriculé {v} a percuté un arbre.",
                "Der Traktor mit dem Kennzeichen {v} kippte am Hang.",
                "Машина {v} была на месте ДТП.",
                "He drove the pickup ({v}) into the ditch near the creek.",
                "Crew recorded the VIN {vin} from the dash."],
    "mrn": ["Old notes under MRN {v}; please merge.", "Historia clínica {v} en el HUN.",
            "Patiëntnummer {v} staat op het polsbandje.", "Journalnummer {v} (gamla journalen)."],
    "health_plan": ["Medicaid {v} active; transport benefit approved.",
                    "Her CHI {v} matched the GP record.", "Tessera sanitaria {v} valida.",
                    "SV-Nummer {v} laut e-card.", "Полис ОМС {v} предъявлен."],
    "account": ["Co-pay charged to account {v}.", "Rimborso sull'IBAN {v}.",
                "Factura {v} pendiente de pago.", "Sąskaita {v} apmokėta."],
    "device": ["Pacemaker serial {v} interrogated: battery 6 years.",
               "Insulinpumpe Seriennummer {v} ausgelesen.",
               "Le capteur (n° de série {v}) s'est décollé.",
               "The oxygen concentrator, SN {v}, alarmed overnight."],
    "other_id": ["Tribal enrollment number {v} on the CHS referral.",
                 "Codice fiscale {v} verificato.", "BSN {v} gecontroleerd bij inschrijving.",
                 "Personnummer {v} kontrollerat mot ID-kort.", "NIN {v} linked to the NHIA card.",
                 "ПИН {v} указан в направлении."],
    "ssn": ["SSN {v} given for the Medicare application.", "{v} is his Social Security number.",
            "The SSN on the nursing-home form reads {v}."],
    "phone": ["Her granddaughter can be reached on {v}.", "Llamar a la hija al {v}.",
              "Chiamare il figlio al {v}.", "Sohn erreichbar unter {v}.",
              "Reach her son on {v} after 6 pm."],
    "fax": ["Referral faxed to {v}.", "Fax an die Hausarztpraxis: {v}.", "Télécopie au {v}."],
    "email": ["She sent photos of the rash from {v}.", "Daughter asks for updates at {v}.",
              "Risultati inviati a {v}."],
    "url": ["The family posts updates at {v}.", "His fundraiser is at {v}.",
            "La famiglia ha aperto una raccolta fondi su {v}."],
    "ip": ["The home spirometer uploaded from {v}.", "Remote login from {v} to the PACS."],
    "zip": ["Postcode {v}.", "Lives in [[place:Chipley]], FL {v}.", "Código postal {v}.",
            "CAP {v}", "Postleitzahl {v}"],
    "date": ["Admitted {v}.", "DOB {v}", "Ingreso: {v}", "Ricovero il {v}.", "Entrée le {v}.",
             "Aufnahme am {v}.", "Opname {v}", "Inskriven {v}.", "Data internării: {v}",
             "Поступила {v}", "Internado em {v}.", "Seen in clinic {v} 14:20."],
    "address": ["Lives at [[address:{n} {street} Road]] with her {rel}.",
                "Domicilio: [[address:Calle {street}, {n}, 2º B]]",
                "Residente in [[address:Via {street} {n}]]",
                "Domicile : [[address:{n}, rue {street}]]",
                "Wohnhaft [[address:{street}straße {n}]]",
                "Adres: [[address:{street}straat {n}]]",
                "Adress: [[address:{street}vägen {n}]]",
                "Found outside [[address:{n} {street} Street]] by a neighbour."],
    "place": ["A crab fisherman from {city} presented with fever.",
              "Llegó de {city} en ambulancia.", "Trasferito dall'ospedale di {city}.",
              "Il vit seul à {city}.", "Sie wohnt in {city} bei der Tochter.",
              "Hij woont in {city}.", "Hon bor i {city}.", "Gyvena {city}.",
              "Retrieved by the flying doctor from {city}.", "Born in {city}, she still farms."],
    "name": ["{full} was reviewed on the ward round.", "His {rel} {given} rang this morning.",
             "Mrs {surname} declined the drain.", "{given} pulled out the cannula again.",
             "Discussed with {full} and the family.", "Sig.ra {surname} riferisce dolore.",
             "Frau {surname} lehnt die OP ab.", "Мама {given} в палате.",
             "Ha parlato con {given}.", "{full} signed the consent."],
}
F32_AFTER = ["{v} ({kw})", "{v} - {kw}", "{v} [{kw}]", "{v}, {kw} on the front sheet"]
F32_REFERENCES = [
    "Similar cases of melioidosis were described (https://doi.org/10.1093/cid/{n}).",
    "See the review at https://pubmed.ncbi.nlm.nih.gov/{n}{n}/ on Q fever endocarditis.",
    "Guidance: https://www.who.int/publications/i/item/{n}-{n2} for snakebite envenoming.",
]
F32_STYLES = [
    "DISCHARGE SUMMARY - GENERAL MEDICINE\n{body}\nFollow-up: GP in 2 weeks; bloods at 1 week.",
    "INFORME DE ALTA - SERVICIO DE MEDICINA INTERNA\n{body}\nJUICIO CLÍNICO: neumonía "
    "adquirida en la comunidad.",
    "LETTERA DI DIMISSIONE - U.O. DI CARDIOLOGIA\n{body}\nTERAPIA: bisoprololo 2,5 mg, "
    "apixaban 5 mg x 2.",
    "COMPTE RENDU D'HOSPITALISATION - SERVICE DE PNEUMOLOGIE\n{body}\nCONCLUSION : BPCO "
    "exacerbée, GOLD E.",
    "ARZTBRIEF - MEDIZINISCHE KLINIK II\n{body}\nMit freundlichen kollegialen Grüßen",
    "ONTSLAGBRIEF - INTERNE GENEESKUNDE\n{body}\nBeleid: controle polikliniek over 6 weken.",
    "EPIKRIS - MEDICINKLINIKEN\n{body}\nUppföljning: distriktssköterska om 1 vecka.",
    "ВЫПИСНОЙ ЭПИКРИЗ\n{body}\nРекомендации: наблюдение терапевта по месту жительства.",
    "NURSING NOTE 0300\n{body}\nObs stable; pressure areas intact; slept in short spells.",
    "| Field | Entry |\n|---|---|\n| Details | {body} |",
    "Ward group chat:\n> {body}\n> ok, thanks",
    "{body}",
    "RESUMO DE ALTA - SERVIÇO DE MEDICINA\n{body}\nDIAGNÓSTICO: malária grave tratada.",
]
F32_PART = Part("fresh32", F32_VOCABULARY, F32_CONNECTORS, F32_FRAMES, F32_KEYWORDS,
                F32_SENTENCES, F32_AFTER, F32_REFERENCES, True, values=F32_VALUES,
                age=_f32_age, styles=F32_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh32-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    # the Florida Panhandle: a case-report narrative as posted to the board
    ("panhandle-case",
     "A [[age:93-year-old]] retired oysterman from [[place:Apalachicola]] was brought by his "
     "grandson [[name:Tanner Roddenberry]] after three days of fever and a spreading red leg. "
     "He had shucked oysters at the dock in [[place:Eastpoint]] the week before. "
     "[[name:Earl Roddenberry]] was taken first to [[place:Weems Memorial Hospital]] and flown "
     "on [[date:August 14, 2024]] to us; hemorrhagic bullae and a lactate of 6.1 suggested Vibrio "
     "vulnificus, confirmed on blood culture. Despite debridement he died on hospital day 4. "
     "His SSN [[ssn:412-58-3307]] and Medicare MBI [[health_plan:4TK2-WA7-RM91]] were on the "
     "transfer packet."),
    ("panhandle-nursing",
     "NURSING NOTE 2215 - Med/Surg 3\nPt [[name:Lurleen Mayo]], DOB [[date:03/11/1931]], "
     "MRN [[mrn:6604217]]. Daughter [[name:Bonnie]] at bedside, cell [[phone:(850) 639-4418]]. "
     "Home address [[address:1187 Dead Lakes Rd]], [[place:Wewahitchka]], FL [[zip:32465]]. "
     "Fall risk high; bed alarm on; turned q2h."),
    # the Dakotas' reservations
    ("dakota-referral",
     "IHS REFERRAL FOR PURCHASED/REFERRED CARE\nPatient: [[name:Marlys Iron Cloud]]\nChart #: "
     "[[mrn:PR-204817]]\nTribal enrollment no.: [[other_id:R-0419-2273]]\nSSN: [[ssn:503-41-8826]]"
     "\nSD Medicaid: [[health_plan:731 449 208]]\nAddress: [[address:House 14, Loneman Housing]], "
     "[[place:Oglala]], SD [[zip:57764]]\nReason: dialysis access, fistula thrombosed.\n"
     "Requested by: [[name:Cheryl Two Bulls]], RN, [[place:Kyle Health Center]]"),
    ("dakota-story",
     "Grandma [[name:Wanbli Yellow Hawk]], who is [[age:96]], rode with her nephew from "
     "[[place:Wakpala]] to [[place:Mobridge]] in his pickup, tag [[vehicle:2A 4187]], when her "
     "breathing got worse. The clinic at [[place:Fort Yates]] had no oxygen left. She asked "
     "that [[name:Leonard]] be there when the doctors talk."),
    # Vancouver Island
    ("vanisle-consult",
     "Dear Dr. [[name:Harwood]],\nRe: [[name:Kaitlyn Sampson]], PHN [[health_plan:9143 882 617]], "
     "DOB [[date:1958-07-22]]\nThank you for seeing this woman from [[place:Ucluelet]] who "
     "works on a crab boat out of [[place:Tofino]]. She lives at [[address:2104 Peninsula Rd]], "
     "[[place:Ucluelet]] BC [[zip:V0R 3A0]]. Cryptococcus gattii was grown from a lung nodule at "
     "[[place:West Coast General Hospital]]. Phone [[phone:+1 250 726 4410]].\n"
     "Yours sincerely,\n[[name:Priya Sandhu]], MD, Internal Medicine, [[place:Nanaimo]]"),
    # Labrador
    ("labrador-medevac",
     "MEDEVAC REQUEST - COMMUNITY NURSING STATION\nPt: [[name:Nellie Obed]], MCP "
     "[[health_plan:104 928 337 215]], from [[place:Nain]]. [[age:91 yrs]] F, hip fracture after "
     "a fall on the ice. Community nurse [[name:Jacko Andersen]] ph [[phone:709-922-2912]]. "
     "Fixed-wing to [[place:Happy Valley-Goose Bay]] requested [[date:Tue 14 January 2025 0940]]."),
    # Devon's Exmoor
    ("exmoor-gp",
     "[[place:Dulverton Medical Practice]]\nDear colleague,\n[[name:Wilfred Tucker]], NHS no. "
     "[[health_plan:485 772 1093]], a hill farmer at [[address:Higher Combe Farm]], "
     "[[place:Exford]], [[zip:TA24 7PX]], developed Q fever endocarditis after lambing. "
     "His quad bike (reg [[vehicle:WK19 XHT]]) has been parked since. "
     "Tel [[phone:01643 831 276]], fax [[fax:01398 323 166]].\n[[name:Helen Lusk]], GP"),
    # Fife
    ("fife-discharge",
     "DISCHARGE SUMMARY - [[place:Victoria Hospital, Kirkcaldy]]\nName: [[name:Ishbel Lumsden]]"
     "   CHI: [[health_plan:1203317742]]\nAdmitted [[date:2 March 2025]], discharged "
     "[[date:11 March 2025]]. Lives with husband [[name:Dougie]] at [[address:7 Shore Street]], "
     "[[place:Anstruther]] [[zip:KY10 3EA]]. Diagnosis: Legionnaires' disease after a "
     "hot-tub holiday. Consultant: [[name:A. Balfour]]."),
    # County Kerry
    ("kerry-letter",
     "[[place:University Hospital Kerry]], [[place:Tralee]]\nRe: [[name:Peig Moriarty]], MRN "
     "[[mrn:K0418733]], PPSN [[other_id:7214583KA]], medical card [[health_plan:30418826]]\n"
     "Mrs [[name:Moriarty]] (aged [[age:94]]) farms alone outside [[place:Cahersiveen]], "
     "Eircode [[zip:V23 K2P4]]. Her nephew [[name:Donncha Ó Súilleabháin]] drives her in from "
     "[[place:Waterville]] in a van, reg [[vehicle:221-KY-4187]]. Mob [[phone:087 441 0922]]."),
    # Northern Queensland's Cape York
    ("capeyork-retrieval",
     "RFDS RETRIEVAL - [[place:Coen Primary Health Care Centre]]\n[[name:Gilbert Ahwang]], "
     "URN [[mrn:RX418271]], Medicare [[health_plan:4218 55731 2]]. Melioidosis, septic shock. "
     "Lives at [[address:Lot 18 Regent Street]], [[place:Coen]] QLD [[zip:4892]]. Family in "
     "[[place:Lockhart River]] informed by [[name:Lorna Pascoe]] (health worker), ph "
     "[[phone:(07) 4060 7157]]. Rego of the clinic troopy [[vehicle:748 KTG]]."),
    # New Zealand's East Cape
    ("eastcape-case",
     "Our patient, [[name:Wikitoria Waititi]], a kuia of [[age:92]] from [[place:Tikitiki]], "
     "was driven by her mokopuna [[name:Tipene]] to [[place:Te Puia Springs Hospital]] and then "
     "to [[place:Gisborne]]. NHI [[mrn:ZKM4172]]. Her whānau asked that karakia be said before "
     "the procedure. Acute rheumatic fever had been diagnosed in 1948."),
    # Namibia
    ("namibia-summary",
     "[[place:Opuwo District Hospital]] - DISCHARGE\nName: [[name:Ndapewa Shikongo]]  "
     "ID: [[other_id:47081200418]]\nDOB: [[date:12/08/1947]]  From: [[place:Okanguati]]\n"
     "Dx: snakebite (puff adder), compartment syndrome L leg. Transfer by road, vehicle "
     "[[vehicle:N 41873 W]]. Son [[name:Tuhafeni]], contact: [[phone:+264 81 418 2205]]."),
    # Tanzania's coast
    ("tanzania-referral",
     "REFERRAL FORM - [[place:Kilwa Masoko Health Centre]] to [[place:Lindi Regional Referral "
     "Hospital]]\nJina: [[name:Mwanaisha Said Mwakyusa]]  Umri: [[age:90 yrs]]\nNHIF: "
     "[[health_plan:101428730566]]  NIDA: [[other_id:19340512-71101-00004-21]]\nSevere anaemia "
     "(Hb 4.1), suspected schistosomiasis. Escort: [[name:Baraka]] (grandson), "
     "[[phone:+255 754 418 907]]. Ambulance [[vehicle:T 418 DKP]]."),
    # Nigerian families in the north, writing in English
    ("nigeria-letter",
     "[[place:Ahmadu Bello University Teaching Hospital]], [[place:Shika]], [[place:Zaria]]\n"
     "Dear Sir,\nRE: "
     "[[name:Hauwa Abdullahi Danjuma]], Hosp. No. [[mrn:ABU/24/81177]]\nThis is to refer the "
     "above-named 34-year-old housewife from [[place:Kaura Namoda]] with peripartum "
     "cardiomyopathy. Her husband, [[name:Alhaji Abubakar Danjuma]], may be called on "
     "[[phone:0803 418 2290]]. NHIA no. [[health_plan:NHIA-ZF-0418226]], NIN "
     "[[other_id:41872093316]].\nYours faithfully,\nDr. [[name:Bala Garba]]"),
    # Barbados
    ("barbados-chat",
     "[09:14] [[name:Cheryl-Ann Alleyne]]: Gran fell again last night, she at home in "
     "[[place:Bathsheba]]\n[09:16] Nurse [[name:Greaves]]: How old is she now?\n[09:17] "
     "[[name:Cheryl-Ann Alleyne]]: [[age:97]] in May. Her NRN is [[other_id:270518-0042]]\n"
     "[09:20] Nurse [[name:Greaves]]: Bring her to [[place:Queen Elizabeth Hospital]] A&E, I will "
     "call ahead. My cell [[phone:(246) 417-3308]]"),
    # Navarre (Spanish, Basque names)
    ("navarra-alta",
     "INFORME DE ALTA - SERVICIO DE MEDICINA INTERNA\n[[place:Hospital Universitario de "
     "Navarra]]\nPaciente: [[name:Iñaki Goikoetxea Zubiri]]  NHC: [[mrn:2041873]]  CIPNA: "
     "[[health_plan:NA1047182093]]  DNI: [[other_id:15418273K]]\nEdad: [[age:92 años]]. "
     "Natural de [[place:Lekunberri]], vive en [[address:Calle Santiago, 14, 1º izda.]], "
     "[[place:Elizondo]] [[zip:31700]]. Ingresa el [[date:3 de febrero de 2025]] por fiebre "
     "Q (Coxiella burnetii) tras el parto de las ovejas. Alta el [[date:14 de febrero de 2025]]. "
     "Médica responsable: Dra. [[name:Garazi Arrieta]]."),
    ("navarra-case",
     "Presentamos el caso de un pastor de [[place:Isaba]] que acudió a su médico en "
     "[[place:Roncal]] con ictericia. Su hija [[name:Maite]] relató que bebía agua del "
     "manantial. El paciente, [[name:Koldo Arrieta]], de [[age:95 años]], fue trasladado en la "
     "furgoneta de la familia, matrícula [[vehicle:4187 LKT]], al [[place:Hospital Reina Sofía "
     "de Tudela]]."),
    # Apulia
    ("puglia-dimissione",
     "LETTERA DI DIMISSIONE - U.O.C. MALATTIE INFETTIVE\n[[place:Ospedale \"Perinei\" di "
     "Altamura]]\nSig. [[name:Cosimo Lorusso]], nato a [[place:Gravina in Puglia]] il "
     "[[date:7 aprile 1932]], codice fiscale [[other_id:LRSCSM32D07E155K]], nosologico "
     "[[mrn:2025/004187]]. Ricoverato il [[date:18 giugno 2025]] per leishmaniosi viscerale. "
     "Residente in [[address:Via Bari 41]], [[zip:70022]] [[place:Altamura]]. La figlia "
     "[[name:Nicoletta]] (cellulare [[phone:340 418 2276]]) lo assisterà."),
    ("puglia-case",
     "Un contadino di [[age:91 anni]] di [[place:Cisternino]] si è presentato con febbre "
     "bottonosa del Mediterraneo dopo il morso di una zecca del cane. Il medico di base, il "
     "dott. [[name:Vito Scagliusi]], lo ha inviato al pronto soccorso di [[place:Ostuni]] con la "
     "sua Panda targata [[vehicle:FK 418 XZ]]."),
    # Lorraine
    ("lorraine-cr",
     "COMPTE RENDU D'HOSPITALISATION - SERVICE DE PNEUMOLOGIE\n[[place:Centre Hospitalier de "
     "Sarrebourg]]\nMme [[name:Ghislaine Thiébaut]], née le [[date:2 septembre 1933]], IPP "
     "[[mrn:57041823]], n° de sécurité sociale [[health_plan:2 33 09 57 606 418 27]]. Patiente "
     "de [[age:91 ans]], ancienne mineuse de fer, domiciliée [[address:12, rue des Mineurs]], "
     "[[zip:57230]] [[place:Bitche]]. Silicose et maladie de Caplan. Sortie le "
     "[[date:lundi 7 avril 2025]]. Dr [[name:Thierry Humbert]]."),
    # Franconia
    ("franken-arztbrief",
     "ARZTBRIEF - MEDIZINISCHE KLINIK II\n[[place:Klinikum Bamberg]]\nSehr geehrte Frau "
     "Kollegin [[name:Hümmer]],\nwir berichten über Herrn [[name:Gottfried Dötsch]], geb. "
     "[[date:14.03.1931]], wohnhaft [[address:Marktplatz 7]], [[zip:91320]] "
     "[[place:Ebermannstadt]], KVNR [[health_plan:K418277304]], Fallnr. [[mrn:250418773]]. "
     "Der [[age:94-jährige]] Patient stürzte mit seinem Traktor ([[vehicle:FO-KT 418]]) am "
     "Hang bei [[place:Pottenstein]]. Diagnose: Morbus Parkinson, Rippenserienfraktur."),
    # Carinthia (Austrian German, Slovene names)
    ("kaernten-pflege",
     "PFLEGEBERICHT - [[place:LKH Wolfsberg]], Station 3\nFrau [[name:Micka Ogris]], "
     "[[age:93 J.]], SV-Nr. [[health_plan:4187 120332]], aus [[place:Bleiburg]]/[[place:Pliberk]]. "
     "Sohn [[name:Jože Sadovnik]] ruft täglich an, Tel. [[phone:0664 418 2207]]. Aufnahme "
     "am [[date:12. Jänner 2025]] mit Erysipel. Spricht lieber Slowenisch."),
    # Limburg (Dutch)
    ("limburg-ontslag",
     "ONTSLAGBRIEF - INTERNE GENEESKUNDE\n[[place:Zuyderland Medisch Centrum]]\nBetreft: "
     "mevrouw [[name:Truus Vossen-Coenen]], [[age:92 jaar]], BSN [[other_id:284173092]], "
     "patiëntnummer [[mrn:7704182]]. Woont in [[place:Gulpen]], [[address:Rijksweg 41]], "
     "[[zip:6271 AE]]. Opname [[date:17 maart 2025]] met de ziekte van Lyme (erythema "
     "migrans, VII-parese). Zoon [[name:Sjef]] is contactpersoon, telefoon "
     "[[phone:043 418 2290]]."),
    # Norrland (Swedish)
    ("norrland-epikris",
     "EPIKRIS - MEDICINKLINIKEN, [[place:Gällivare sjukhus]]\n[[name:Gunnel Lundmark]], "
     "personnummer [[other_id:19330418-2264]], [[age:91 år]]. Bor ensam i [[place:Jokkmokk]], "
     "[[address:Storgatan 18]], [[zip:962 31]]. Inkom [[date:2025-01-09 03:40]] med hypotermi "
     "efter fall i snön; hittades av grannen [[name:Sixten Öhman]]. Tularemi uteslöts."),
    # Lithuania
    ("lietuva-epikrize",
     "EPIKRIZĖ - VIDAUS LIGŲ SKYRIUS\n[[place:Anykščių ligoninė]]\nPacientė: [[name:Danutė "
     "Kazlauskienė]], asmens kodas [[other_id:43104182211]], [[age:93 metų]]. Gyvena "
     "[[address:Vilniaus g. 12-4]], [[place:Anykščiai]], [[zip:LT-29141]]. Stacionarizuota "
     "[[date:2025-02-11]] dėl erkinio encefalito. Sūnus [[name:Rimantas]], tel. "
     "[[phone:+370 612 41827]]."),
    # Moldova (Romanian)
    ("moldova-extras",
     "EXTRAS DIN FIȘA MEDICALĂ\n[[place:Spitalul Raional Cahul]]\nPacienta [[name:Valentina "
     "Ceban]], IDNP [[other_id:2004183392711]], în vârstă de [[age:90 de ani]], domiciliată în "
     "satul [[place:Slobozia Mare]]. Internată la [[date:4 martie 2025]] cu pielonefrită. "
     "Polița CNAM [[health_plan:MD4182273]]. Nepotul [[name:Ion Rusu]], tel. "
     "[[phone:+373 69 418 227]]."),
    # Azerbaijan
    ("azerbaycan-cixaris",
     "ÇIXARIŞ - TERAPİYA ŞÖBƏSİ\n[[place:Şəki Rayon Mərkəzi Xəstəxanası]]\nXəstə: "
     "[[name:Gülnarə Məmmədova]], FİN [[other_id:5KT9A2B]], [[age:92 yaş]]. Ünvan: "
     "[[address:Nizami küçəsi 41, mənzil 7]], [[place:Şəki]] [[zip:AZ 5500]]. "
     "[[date:15 fevral 2025]] tarixində brusellyoz diaqnozu ilə qəbul edilib. Oğlu "
     "[[name:Elçin Hüseynov]], tel. [[phone:+994 50 418 22 73]]."),
    # Kyrgyzstan (Kyrgyz and Russian)
    ("kyrgyz-epikriz",
     "ВЫПИСНОЙ ЭПИКРИЗ\n[[place:Нарынская областная больница]]\nФ.И.О.: [[name:Асанов Нурлан "
     "Токтогулович]], [[age:90 лет]], ПИН [[other_id:21204193400418]]. Проживает: "
     "[[place:Кочкор]], [[address:ул. Орозбекова, 41]]. Поступил [[date:3 марта 2025]] с "
     "эхинококкозом печени. Бейтаптын кызы [[name:Айгүл]] ар күнү келет, тел. "
     "[[phone:+996 555 418 227]]."),
    # Afghanistan (Dari and Pashto)
    ("afghan-dari",
     "خلاص ترخیص - [[place:شفاخانه ولایتی چاریکار]]\nنام مریض: [[name:زرغونه احمدزی]]، "
     "عمر [[age:91 ساله]]، نمبر تذکره [[other_id:1400-0418-27733]]. سکونت: قریه "
     "[[place:قلعه‌چه]]، نزدیک [[place:پغمان]]. تاریخ بستر [[date:۱۴۰۳/۱۱/۲۲]]. تشخیص: "
     "لیشمانیا جلدی. پسرش [[name:گل‌احمد]]، شماره تماس [[phone:+93 70 418 2273]]."),
    ("afghan-pashto",
     "د ناروغ نوم: [[name:نجیب‌الله هاشمی]]، عمر [[age:94 کلن]]. د [[place:جلال‌آباد]] "
     "سیمه‌ییز روغتون ته د کلي [[place:سرخرود]] څخه راوړل شوی. موټر [[vehicle:ننګرهار ۴۱۸۷۳]]."),
    # Nepal (Devanagari)
    ("nepal-discharge",
     "डिस्चार्ज सारांश - [[place:धुलिखेल अस्पताल]]\nबिरामीको नाम: [[name:सीता श्रेष्ठ]]\n"
     "उमेर: [[age:९२ वर्ष]]  दर्ता नं.: [[mrn:४१८२७७]]\nठेगाना: [[place:बनेपा]]-७, "
     "काभ्रेपलाञ्चोक\nभर्ना मिति: [[date:२०८१/११/०३]]\nनिदान: स्क्रब टाइफस\nछोरा "
     "[[name:हरि श्रेष्ठ]], फोन [[phone:9841827733]]। मोटरसाइकल [[vehicle:बा ४२ प ४१८७]]"),
    # Laos
    ("laos-summary",
     "ສະຫຼຸບການປິ່ນປົວ - [[place:ໂຮງໝໍແຂວງວຽງຈັນ]]\nຊື່: [[name:ບຸນມີ ພົມມະວົງ]]  ອາຍຸ: "
     "[[age:90 ປີ]]\nບ້ານ [[place:ໂພນໂຮງ]]. ເຂົ້າໂຮງໝໍ [[date:14/02/2568]]. ພະຍາດ: "
     "ໄຂ້ເລືອດອອກ. ລູກສາວ ໂທ [[phone:+856 20 5418 2277]]. ລົດ [[vehicle:ກຂ 4187]]"),
    # Mongolia's Gobi
    ("gobi-epikriz",
     "ЭМНЭЛГЭЭС ГАРАХ ДҮГНЭЛТ\n[[place:Өмнөговь аймгийн Нэгдсэн эмнэлэг]]\nӨвчтөн: "
     "[[name:Цэрэндоржийн Должин]], [[age:91 настай]], регистрийн дугаар "
     "[[other_id:УБ33041822]]. [[place:Даланзадгад]] сумын [[address:4-р баг, 12-р байр, 7 "
     "тоот]]. [[date:2025.01.14]]-нд тарваган тахал сэжигтэй хэвтсэн. Хүү [[name:Батсүх]], утас "
     "[[phone:9911-4182]], машин [[vehicle:4187 УБА]]."),
    # Angola
    ("angola-alta",
     "NOTA DE ALTA - [[place:Hospital Geral do Bengo]], [[place:Caxito]]\nDoente: "
     "[[name:Domingas Kiluange Sebastião]], BI nº [[other_id:004187273LA042]], [[age:93 anos]]. "
     "Residente no bairro [[place:Mabubas]]. Internada a [[date:9 de maio de 2025]] com malária "
     "grave. Contacto do filho [[name:Adelino]]: [[phone:+244 923 418 227]]."),
    # Madagascar (Malagasy and French)
    ("madagascar-fiche",
     "FICHE DE TRANSFERT - [[place:CSB II Ambositra]] vers [[place:CHU Andrainjato]]\n"
     "Anarana: [[name:Voahangy Rakotomalala]], taona: [[age:94 taona]]\nCIN [[other_id:101 211 "
     "041 873]]\nFonenana: fokontany [[place:Ivony]]. Peste bubonique suspectée le "
     "[[date:2 novambra 2024]]. Zanany [[name:Hery Randriamanana]], finday "
     "[[phone:+261 34 41 827 73]]."),
    # a web address in the patient's history
    ("history-blog",
     "Her daughter documented the whole illness on "
     "[[url:https://www.example.com/mum-and-the-melioidosis]] and in a public album at "
     "[[url:example.org/photos/lurleen-1931]].", "patient_information"),
    # an e-mail thread and a device
    ("email-thread",
     "From: [[email:ishbel.lumsden@example.co.uk]]\nTo: cardiology secretaries\nSubject: Dad's "
     "pacemaker\nHis box (serial [[device:PJN418273S]]) beeped twice overnight. He is "
     "[[age:95]] and lives alone at [[address:3 Harbourhead]], [[place:Pittenweem]]. The home "
     "monitor sends from [[ip:192.168.41.87]].\n-- [[name:Ishbel]]"),
    ("invoice",
     "FACTURA Nº [[account:FAC-2025-04187]]\n[[place:Clínica San Miguel]], [[place:Pamplona]]\n"
     "Cliente: "
     "[[name:Garazi Etxarte]]\nIBAN de cargo: [[account:ES41 2100 4187 2273 0041 8227]]\n"
     "Concepto: holter 24 h, ecocardiograma. Total 310,00 EUR."),
]

# Notes with no identifier: clinical numbers, eponyms, years, ages under 90, regions.
_CLEAN_LETTERS = [
    ("clean-sepsis", "ICU day 3: norad 0.18 mcg/kg/min, lactate 3.2 -> 1.9; pip-tazo day 3/7. "
     "Melioidosis serology pending; a similar case came from the Cape York region in 2019."),
    ("clean-es", "EVOLUCIÓN: afebril 48 h. PCR 42 mg/L. Enfermedad de Still descartada. "
     "Paciente de 88 años, Barthel 60. Plan: alta a domicilio en Navarra."),
    ("clean-it", "DIARIO CLINICO: PA 130/80, FC 78. Morbo di Addison in terapia con "
     "idrocortisone 20 mg. Paziente di 86 anni. Controllo tra 3 mesi."),
    ("clean-fr", "OBSERVATION : syndrome de Guillain-Barré, EMG le 3e jour. Patiente de 87 ans, "
     "IMC 19. Mutation JAK2 V617F négative. Retour en EHPAD en Moselle."),
    ("clean-de", "Verlauf: Morbus Osler bekannt, Hb 8,2 g/dl, 2 EK transfundiert. 89-jähriger "
     "Patient, Barthel-Index 45. Rückverlegung nach Oberfranken geplant."),
    ("clean-nl", "Beloop: ziekte van Graves, TSH < 0,01. Patiënte is 85 jaar. Controle over 6 "
     "weken in Zuid-Limburg."),
    ("clean-ru", "Дневник: состояние средней тяжести. Болезнь Бехтерева с 1998 г. АД 140/90, "
     "ЧСС 88. Возраст 87 лет."),
    ("clean-mn", "Эмчилгээ: цефтриаксон 2 г, 7 хоног. Паркинсоны өвчин. Нас 84. Өмнөговь аймаг."),
    ("clean-ne", "उपचार: डक्सिसाइक्लिन १०० मि.ग्रा. दिनको दुई पटक, ७ दिन। उमेर ८६ वर्ष।"),
    ("clean-en", "ECG: AF 118, QRS 102 ms, QTc 468 ms. Plate 3 of the blood culture set grew "
     "Gram-negative rods. Serial No. of episodes: 4 this year. Ward 7, bed 2."),
    ("clean-pt", "Evolução: doença de Chagas excluída; Hb 9,1 g/dL; doente de 82 anos, "
     "província do Bengo. Cartão de vacinas em dia."),
]
_REFERENCE_LETTERS = [
    ("reference-discussion",
     "Vibrio vulnificus infection after oyster handling carries a mortality above 50% "
     "(https://doi.org/10.1016/S1473-3099(22)00418-7); the CDC summary "
     "(https://www.cdc.gov/vibrio/about/index.html) and a case series "
     "(https://pubmed.ncbi.nlm.nih.gov/31842277/) support early debridement.", "discussion"),
]
F32_LETTERS: tuple[Note, ...] = tuple(
    _letter(*item) for item in _LETTERS + _CLEAN_LETTERS + _REFERENCE_LETTERS)

FRESH32: tuple[Note, ...] = build(F32_PART, per_category=26, clean=120, references=8) + F32_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH32 for e in n.expected)
    print(len(FRESH32), "notes,", sum(1 for n in FRESH32 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

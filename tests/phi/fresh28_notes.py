"""FRESH28: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a twenty-fourth author, who read only tests/phi/generated.py (the framework:
Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring), tests/phi/corpus.py (the
Note type, the span conventions, parse, evaluate), the de-identification section of the
project's domain notes (45 CFR 164.514(b)(2) Safe Harbor), the module docstrings only of
tests/phi/fresh16_notes.py to fresh26_notes.py (extracted with ast.get_docstring) and the wiring
lines of fresh16_notes.py (its Part call, _letter, letters tuple, build and __main__ lines);
not the scanner, its patterns, name lists, model or data, its benchmark (bench/), its tests,
the body of any other fresh part (fresh27 was being written at the same time and was not
opened), nor their git history; the scanner was not run or imported while writing it, nor on
its notes. Its vocabulary, value shapes, keywords, connectors, frames, note styles and
hand-written letters are this author's own, as a global case-discussion board sees them: about
half English-language settings (Louisiana's Acadiana with a US SSN and Medicaid, rural Alaska
with a US SSN, Medicaid and an aircraft's tail number, Nova Scotia and Cape Breton with MSI,
Northern Ireland's border counties with the H&C number, the Scottish Borders and Galloway with
the CHI number, Western Australia's Kimberley and Pilbara with Medicare, URN and rego, Botswana
with Omang, Rwanda with indangamuntu and Mutuelle, Bangladesh with NID, Nepal with citizenship
numbers and Bikram Sambat dates, Guyana with NIS, Papua New Guinea) and half non-English
settings in their languages and scripts: the Basque Country (Spanish with Basque names and
places, NHC, DNI, TIS, "años"), Lombardy (Italian, codice fiscale, tessera sanitaria, "anni"),
Provence (French, NIR, carte Vitale, "ans"), Westphalia (German, KVNR, Kennzeichen, "Jahre",
"92-jährige"), Podlasie (Polish, PESEL, nr PWZ, "lat"/"lata"), Slovakia (Slovak, rodné číslo,
"rokov", "92-ročná"), Ukraine (Ukrainian Cyrillic, РНОКПП, Cyrillic plates, "роки"/"років"),
Punjab (Punjabi in Gurmukhi, Aadhaar, "ਸਾਲ"), Kerala (Malayalam, Aadhaar, "വയസ്സ്"), the
Dominican Republic (Spanish, cédula, ARS, "años"), Algeria (Arabic and French, NIN, CNAS,
Algerian month names, "سنة") and Quebec's Saguenay–Lac-Saint-Jean (French, RAMQ NAM, "ans").
Document types: case-report narratives as posted to a discussion board (towns and people in
running prose, without labels) and a board reply, discharge summaries and letters (a lettera
di dimissione, a compte rendu, an Arztbrief, a karta informacyjna, a prepúšťacia správa, a
виписка), referral, transfer and consult letters, a medevac run sheet, an RFDS retrieval
request, nursing and district nursing notes, a Pflegebericht, a pompiers' bilan, an
occupational health incident report, a police statement request, a registration form table, a
ward table, an invoice, an e-mail thread, WhatsApp threads and a discussion paragraph.

Conventions (tests/phi/corpus.py's and fresh16's to fresh26's docstrings'): a name without its
title or honorific (Dr, Dr., Dr. med., MUDr., lek., Mr, Mrs, Mme, M., Frau, Pan, Pani, Doña,
sig., Frau Kollegin stay out); a full name in any order is one span ("ETXEBERRIA ARANA,
Koldobika", "Гнатишин Мирослава Іванівна", "Mukandayisenga Vestine"); staff names, also with
initials ("E. Oliver", "Р. Кушнір"), are names, and so are speakers in a thread; an identifier
without its keyword; an age over 89 with its attached unit in any language ("94-year-old", "95
years old", "92 yrs", "93 años", "93 anni", "91 ans", "93 Jahre", "92-jährige", "95 J.", "92
lata", "95 lat", "94 rokov", "92-ročná", "93 роки", "95 років", "94 ਸਾਲ", "96 വയസ്സ്", "92
سنة") or the number alone where no unit is attached after it ("aged 93", "91 F", "lat 91",
"imyaka 90", "| Edad | 90 |"); ages under 90 are not marked; a date without its preposition,
with a weekday right before it and a time right after it; English, Spanish, Italian, French,
German, Polish, Slovak, Ukrainian, Punjabi, Malayalam and Algerian Arabic dates and Bikram
Sambat dates are dates (the Polish "r.", the Ukrainian "р." and "B.S." after a date stay out);
a year alone is not a date. The street line is one span ("Kale Nagusia 12, 3º izda.", "ul.
Piłsudskiego 14 m. 3", "вул. Франка, 8", "Cité 500 logements, bât. B12", "112, rue
Principale", "Glenhapple Farm", "PO Box 417"); each locality (town, village, community,
sector town) and the postcode are separate spans; a named hospital, clinic or health centre is
a place (the whole name, also when it holds a town's or a person's name: "SP ZOZ w Hajnówce",
"CHU Nedir Mohamed", "Hospital Universitario Donostia"); states, provinces, regions,
counties, districts (Indian and Nepali districts, upazilas) and countries (LA, NS, Co.
Monaghan, Kimberley, Bathinda district, Gipuzkoa) are never marked. Categories: `ssn` is a US
Social Security number only (Louisiana and Alaska patients); other national numbers (DNI,
codice fiscale, PESEL, rodné číslo, РНОКПП, Aadhaar, Bangladeshi NID, Nepali citizenship
number, Omang, indangamuntu, Guyanese NIS, cédula, Algerian NIN, a Canadian SIN, an employee
ID, a police reference) are `other_id`; insurance numbers (the NIR as the carte Vitale's
beneficiary number, TIS, tessera sanitaria, KVNR, CNAS, ARS, RAMQ NAM, MSI, H&C, CHI,
Medicaid, Medicare, Mutuelle, PMJAY) are `health_plan`; hospital, clinic and chart numbers
(NHC, nosologico, IPP, Fallnummer, księga główna, URN) are `mrn`; passports (Latin and
Cyrillic), driving licences, professional registrations (AHPRA, nr PWZ, RPPS, LANR) and death
certificate numbers are `licence`; IBANs, accounts, RIBs and invoices are `account`; plates
as each country writes them (Latin and Cyrillic, Indian, Rwandan, Botswanan, Algerian,
Dominican), VINs and an aircraft's tail number are `vehicle`; pacemakers, oxygen
concentrators, insulin pumps, CGM sensors, IMEIs and UDIs are `device`.

Built as build(F28_PART, per_category=26, clean=120, references=8) + F28_LETTERS (51
hand-written notes: 39 with identifiers, one of them a board reply with a web address in the
patient_information section, 11 clean, 1 reference paragraph in a discussion): 689 notes, 140
of them (20%) without any identifier (120 generated clean notes, 8 reference notes in an
introduction or discussion, 11 clean letters, 1 reference letter), 901 spans - name 125,
address 41, place 147, zip 37, date 54, age 54, phone 51, fax 28, email 28, ssn 27, mrn 31,
health_plan 40, account 28, licence 31, vehicle 37, device 29, url 43, ip 26, other_id 44
(`python -m tests.phi.fresh28_notes` prints them). Checked without the scanner (a throwaway
script): every span's text is the note's text at its offsets and has no surrounding blanks, no
marks or slots are left in the text, no spans overlap, note ids are unique, every category is
in generated.CATEGORY_ORDER, every marked age is over 89, every ssn has the US shape, and
builds under PYTHONHASHSEED=1, 2 and 3 are identical; the letters and a sample of 40 generated
notes were read by hand for unmarked identifiers and span edges. Deterministic: its own seed
(19_028), values drawn from the builder's fixed-seed Random, no hash-order dependence.

    from tests.phi.fresh28_notes import FRESH28, F28_PART, F28_LETTERS
Not wired into any test or bench: measure it once.
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
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


_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre")
_IT_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
              "settembre", "ottobre", "novembre", "dicembre")
_FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")
_DE_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember")
_PL_MONTHS = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
              "września", "października", "listopada", "grudnia")
_SK_MONTHS = ("januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta",
              "septembra", "októbra", "novembra", "decembra")
_UK_MONTHS = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
              "вересня", "жовтня", "листопада", "грудня")
_PA_MONTHS = ("ਜਨਵਰੀ", "ਫ਼ਰਵਰੀ", "ਮਾਰਚ", "ਅਪ੍ਰੈਲ", "ਮਈ", "ਜੂਨ", "ਜੁਲਾਈ", "ਅਗਸਤ", "ਸਤੰਬਰ",
              "ਅਕਤੂਬਰ", "ਨਵੰਬਰ", "ਦਸੰਬਰ")
_ML_MONTHS = ("ജനുവരി", "ഫെബ്രുവരി", "മാർച്ച്", "ഏപ്രിൽ", "മേയ്", "ജൂൺ", "ജൂലൈ", "ഓഗസ്റ്റ്",
              "സെപ്റ്റംബർ", "ഒക്ടോബർ", "നവംബർ", "ഡിസംബർ")
# Algerian Arabic month names (French-derived), as hospital papers in Algeria print them.
_DZ_MONTHS = ("جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر",
              "أكتوبر", "نوفمبر", "ديسمبر")


def _f28_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1926, 2025)
    hh, mm = r.randint(0, 23), r.choice((0, 5, 10, 20, 35, 40, 55))
    i = m - 1
    return r.choice([
        f"{d} {_EN_MONTHS[i]} {y}", f"{_EN_DAYS[r.randint(0, 6)]} {d} {_EN_MONTHS[i][:3]} {y}",
        f"{_EN_MONTHS[i]} {d}, {y}", f"{m}/{d}/{y}", f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}",
        f"{d}-{_EN_MONTHS[i][:3]}-{y % 100:02d}", f"{d:02d}-{m:02d}-{y}",
        f"{d} de {_ES_MONTHS[i]} de {y}", f"{d:02d}/{m:02d}/{y % 100:02d}",
        f"{d} {_IT_MONTHS[i]} {y}", f"{d:02d}.{m:02d}.{y}", f"{d} {_FR_MONTHS[i]} {y}",
        f"{d}. {_DE_MONTHS[i]} {y}", f"{d} {_PL_MONTHS[i]} {y}", f"{d}. {_SK_MONTHS[i]} {y}",
        f"{d} {_UK_MONTHS[i]} {y}", f"{d} {_PA_MONTHS[i]} {y}", f"{y} {_ML_MONTHS[i]} {d}",
        f"{d} {_DZ_MONTHS[i]} {y}", f"{y}-{m:02d}-{d:02d} {hh:02d}h{mm:02d}",
        f"{y}-{m:02d}-{d:02d}"])


def _f28_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 104)
    # Ukrainian and Polish agree the unit with the number (92 роки, 95 років; 92 lata, 95 lat)
    uk = "рік" if n % 10 == 1 else "роки" if n % 10 in (2, 3, 4) else "років"
    pl = "lata" if n % 10 in (2, 3, 4) else "lat"
    return r.choice([
        ("a {age} Cajun fiddler from the prairie", f"{n}-year-old"),
        ("Yup'ik elder, {age}, brought in by her grandson", f"{n}"),
        ("{age} lady from a care home near the harbour", f"{n} yo"),
        ("mujer de {age}, vive sola en el caserío", f"{n} años"),
        ("paziente di {age}, vedova, vive con la nuora", f"{n} anni"),
        ("patiente âgée de {age}, veuve, autonome", f"{n} ans"),
        ("{age} alte Patientin aus dem Altenheim", f"{n} Jahre"),
        ("{age}, pacjentka mieszka z córką", f"{n} {pl}"),
        ("pacientka vo veku {age}, chodí s barlou", f"{n} rokov"),
        ("пацієнтка, {age}, мешкає з онукою", f"{n} {uk}"),
        ("ਮਰੀਜ਼ ਦੀ ਉਮਰ {age}, ਪਿੰਡ ਤੋਂ ਆਏ", f"{n} ਸਾਲ"),
        ("രോഗിയുടെ പ്രായം {age}, മകളോടൊപ്പം താമസം", f"{n} വയസ്സ്"),
        ("مريضة عمرها {age}، أرملة", f"{n} سنة"),
        ("aged {age}, still walks to the bazaar", f"{n}"),
        ("{age} M, ex-stockman, from the community", f"{n}"),
        ("señor de {age}, agricultor de cacao", f"{n} años"),
        ("Age: {age}", f"{n} yrs")])


def _iban(r: random.Random, country: str, length: int) -> str:
    body = _d(r, 2) + _d(r, length - 4)
    raw = country + body
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def _f28_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"(337) {r.randint(200, 989)}-{_d(r, 4)}", f"907-{r.randint(200, 989)}-{_d(r, 4)}",
        f"902 {r.randint(200, 989)} {_d(r, 4)}", f"028 {_d(r, 4)} {_d(r, 4)}",
        f"07{_d(r, 3)} {_d(r, 6)}", f"01450 {_d(r, 6)}", f"(08) 91{_d(r, 2)} {_d(r, 4)}",
        f"04{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"+267 7{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}",
        f"+250 78{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}", f"017{_d(r, 2)}-{_d(r, 6)}",
        f"+977-98{_d(r, 8)}", f"+592 6{_d(r, 2)} {_d(r, 4)}", f"+675 7{_d(r, 3)} {_d(r, 4)}",
        f"943 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"+39 0342 {_d(r, 6)}",
        f"04 90 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"02581 {_d(r, 5)}",
        f"+48 85 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"+421 90{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}",
        f"+380 67 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"+91 98{_d(r, 3)} {_d(r, 5)}",
        f"0471 2{_d(r, 6)}", f"809-{r.randint(200, 989)}-{_d(r, 4)}",
        f"0550 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"418 {r.randint(200, 989)}-{_d(r, 4)}"])


def _f28_zip(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"705{_d(r, 2)}", f"99{r.randint(501, 999)}", f"B{r.randint(0, 2)}E {_d(r, 1)}"
        f"{_l(r, 1)}{_d(r, 1)}", f"BT{r.randint(60, 94)} {_d(r, 1)}{_l(r, 2)}",
        f"TD{r.randint(1, 15)} {_d(r, 1)}{_l(r, 2)}", f"DG{r.randint(1, 16)} {_d(r, 1)}{_l(r, 2)}",
        f"67{_d(r, 2)}", f"20{r.randint(100, 870)}", f"48{r.randint(100, 399)}",
        f"23{_d(r, 3)}", f"84{_d(r, 3)}", f"04{r.randint(100, 870)}",
        f"4{r.randint(8000, 8999)}", f"1{r.randint(5, 9)}-{_d(r, 3)}",
        f"0{r.randint(40, 99)} {_d(r, 2)}", f"G{r.randint(7, 8)}{_l(r, 1)} {_d(r, 1)}"
        f"{_l(r, 1)}{_d(r, 1)}", f"1{r.randint(40, 52)}{_d(r, 3)}", f"6{r.randint(70, 95)}"
        f"{_d(r, 3)}", f"{r.randint(10, 58)}000"])


def _codice_fiscale(r: random.Random) -> str:
    return (f"{_l(r, 6, 'BCDFGLMNPRSTVZ')}{_d(r, 2)}{r.choice('ABCDEHLMPRST')}"
            f"{r.randint(41, 71)}{r.choice('FLMH')}{_d(r, 3)}{_l(r, 1)}")


def _rodne(r: random.Random) -> str:
    month = r.choice(['05', '08', '53', '61', '11'])  # a woman's month has 50 added
    return f"{_d(r, 1)}{r.randint(1, 9)}{month}{r.randint(1, 28):02d}/{_d(r, 4)}"


F28_VALUES = {
    "mrn": lambda r, h: r.choice([
        _d(r, 7), f"{_d(r, 4)}/{r.randint(19, 25)}", _d(r, 8),
        f"{_l(r, 1)}{_d(r, 6)}", f"{r.randint(2019, 2025)}-{_d(r, 6)}", f"UR{_d(r, 6)}",
        f"OP/{_d(r, 5)}/{r.randint(2020, 2025)}", f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
        f"H{_d(r, 2)}-{_d(r, 5)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{r.choice('12')} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 3)} {_d(r, 3)} {_d(r, 2)}",
        f"{_l(r, 4)} {_d(r, 4)} {_d(r, 4)}", f"{_l(r, 1)}{_d(r, 9)}",
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 4)}", f"{_d(r, 10)}", f"{_d(r, 4)} {_d(r, 3)} {_d(r, 3)}",
        f"{r.randint(2, 6)}{_d(r, 3)} {_d(r, 5)} {r.randint(1, 9)}", f"{_l(r, 4)}{_d(r, 12)}",
        f"800380{_d(r, 14)}", f"{_d(r, 9)}-{_d(r, 2)}", f"{_l(r, 1)}{_d(r, 8)}{_l(r, 1)}"]),
    "account": lambda r, h: r.choice([
        _iban(r, "ES", 24), _iban(r, "IT", 27), _iban(r, "FR", 27), _iban(r, "DE", 22),
        _iban(r, "PL", 28), _iban(r, "SK", 24), _iban(r, "UA", 29),
        f"{_d(r, 3)}-{_d(r, 6)}-{_d(r, 1)}", f"F{r.randint(21, 25)}-{_d(r, 6)}",
        f"{_d(r, 3)} {_d(r, 5)} {_d(r, 10)} {_d(r, 2)}", f"{_d(r, 3)}-{_d(r, 3)} {_d(r, 8)}",
        f"INV-{_d(r, 5)}"]),
    "licence": lambda r, h: r.choice([
        f"PA{_l(r, 1)}{_d(r, 6)}", f"Y{_l(r, 1)}{_d(r, 7)}", f"{_d(r, 2)}{_l(r, 2)}{_d(r, 5)}",
        f"C{_l(r, 2, 'FGHJKLMNPRTVWXYZ')}{_d(r, 6)}", f"E{_l(r, 1)}{_d(r, 7)}",
        f"0{_d(r, 8)}", f"{_d(r, 7)}", f"MED{_d(r, 10)}", f"{_d(r, 11)}",
        f"{_l(r, 5)}{_d(r, 6)}{_l(r, 2)}9{_l(r, 2)}", f"{r.randint(1, 52)}/{_d(r, 5)}",
        f"PB-{_d(r, 2)}-{r.randint(2005, 2024)}-{_d(r, 7)}", f"A-{_d(r, 5)}",
        f"{r.choice(['КА', 'ВС', 'ЕК'])}{_d(r, 6)}", f"{r.choice('JKLMNPRTZ')}{_d(r, 7)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{_l(r, 3)} {_d(r, 3)}", f"{_l(r, 2)}I {_d(r, 4)}", f"S{_l(r, 1)}{_d(r, 2)} {_l(r, 3)}",
        f"1{_l(r, 3)} {_d(r, 3)}", f"B {_d(r, 3)} {_l(r, 3)}",
        f"RA{_l(r, 1)} {_d(r, 3)} {_l(r, 1)}",
        f"{_d(r, 4)} {_l(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}", f"{_l(r, 2)} {_d(r, 3)} {_l(r, 2)}",
        f"{_l(r, 2)}-{_d(r, 3)}-{_l(r, 2)}", f"WAF-{_l(r, 2)} {r.randint(1, 999)}",
        f"BHA {_d(r, 5)}", f"RV-{_d(r, 3)}{_l(r, 2)}",
        f"{r.choice(['АА', 'ВС', 'ВК', 'АТ'])} {_d(r, 4)} {r.choice(['АК', 'ВІ', 'НС', 'ЕО'])}",
        f"PB {r.randint(1, 70):02d} {_l(r, 2)} {_d(r, 4)}",
        f"KL {r.randint(1, 80):02d} {_l(r, 2)} {_d(r, 4)}",
        f"{r.choice('AGL')}{_d(r, 6)}",
        f"{_d(r, 5)} {r.choice('13')}{_d(r, 2)} {r.randint(1, 48):02d}",
        f"{_l(r, 1)}{_d(r, 2)} {_l(r, 3)}", f"Sylhet-Ha {_d(r, 2)}-{_d(r, 4)}",
        f"Ka {r.randint(1, 9)} Pa {_d(r, 4)}", f"P{_l(r, 2)} {_d(r, 4)}"]),
    "vin": lambda r, h: (f"{r.choice('1235JVWZ')}{_l(r, 2)}{_d(r, 1)}{_l(r, 3)}{_d(r, 2)}"
                         f"{_l(r, 1)}{_d(r, 6)}"),
    "device": lambda r, h: r.choice([
        f"{_l(r, 2)}{_d(r, 8)}", f"{_d(r, 3)}{_l(r, 2)}{_d(r, 5)}", _d(r, 15),
        f"(01)0{_d(r, 13)}(21){_l(r, 2)}{_d(r, 6)}", f"{_l(r, 1)}{_d(r, 4)}-{_d(r, 5)}",
        f"{_d(r, 4)}-{_l(r, 2)}{_d(r, 3)}"]),
    "other_id": lambda r, h: r.choice([
        f"{_d(r, 8)}{_l(r, 1, 'TRWAGMYFPDXBNJZSQVHLCKE')}", _codice_fiscale(r), _d(r, 11),
        _rodne(r), _d(r, 10), f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}", _d(r, 17),
        f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}-{_d(r, 5)}", _d(r, 9),
        f"1 {r.randint(1930, 1936)} {r.choice('78')} {_d(r, 7)} {_d(r, 1)} {_d(r, 2)}",
        f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 1)}", _d(r, 18), f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
        f"EMP-{_d(r, 6)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(433, 439)}-{r.randint(10, 99)}-{_d(r, 4)}",
        f"574-{r.randint(10, 99)}-{_d(r, 4)}",
        f"{r.randint(433, 439)}{r.randint(10, 99)}{_d(r, 4)}",
        f"574 {r.randint(10, 99)} {_d(r, 4)}"]),
    "phone": _f28_phone,
    "fax": _f28_phone,
    "email": lambda r, h: r.choice([
        "{g}.{s}@example.fr", "{s}{n}@example.it", "{g}{s}@example.de", "{g}.{s}{n}@example.pl",
        "{s}.{g}@example.sk", "{g}_{s}@example.ca", "{g}{n}@example.com.au",
        "{s}.{g}@example.co.uk", "{g}{s}{n}@example.com.do", "{g}.{s}@example.dz",
        "{s}{n}@example.in", "{g}@example.org.bw"]),
    "url": lambda r, h: r.choice([
        "https://www.example.fr/cagnotte/{g}-{s}", "https://gofund.example.com/{s}-family-{n}",
        "www.example.it/blog/{g}{s}", "https://{s}{n}.example.net/tagebuch",
        "example.ca/dons/{g}-{s}", "http://www.example.com.do/{g}.{s}",
        "https://example.org/stories/{g}-{n}"]),
    "ip": lambda r, h: r.choice([
        f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
        f"203.0.113.{r.randint(1, 254)}",
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 255):x}",
        f"fd00::{r.randint(1, 65535):x}"]),
    "zip": _f28_zip,
    "date": _f28_date,
}

# ---------------------------------------------------------------- vocabulary

F28_VOCABULARY = Vocabulary(
    given=["Clovis", "Odile", "Wassilie", "Nastasia", "Angus", "Mairead", "Oisín", "Trevor",
           "Morag", "Kaylene", "Kagiso", "Aimable", "Rahima", "Pasang", "Shondell", "Kila",
           "Ainhoa", "Gorka", "Ambrogio", "Giuseppina", "Mireille", "Marius", "Hildegard",
           "Bernd", "Grażyna", "Zenon", "Anežka", "Ľubomír", "Yocasta", "Radhamés",
           "Fatiha", "Mourad", "Gilberte", "Réjean"],
    surnames=["Thibodeaux", "Fontenot", "Kasayulie", "MacIsaac", "LeBlanc", "McCusker",
              "Armstrong", "Nargoodah", "Kgosietsile", "Nyirahabimana", "Talukder", "Tamang",
              "Ramotar", "Kaupa", "Etxeberria", "Goikoetxea", "Brambilla", "Bonnefoy",
              "Hölscher", "Kondratiuk", "Ondrejčák", "Almánzar", "Boukhalfa", "Tremblay",
              "Simard", "De los Santos"],
    cities=["Breaux Bridge", "Ville Platte", "Mamou", "Bethel", "Kotzebue", "Chéticamp",
            "Baddeck", "Glace Bay", "Enniskillen", "Castlederg", "Crossmaglen", "Hawick",
            "Jedburgh", "Newton Stewart", "Fitzroy Crossing", "Halls Creek", "Roebourne",
            "Maun", "Serowe", "Musanze", "Sunamganj", "Jumla", "Lethem", "Mendi", "Azpeitia",
            "Chiavenna", "Forcalquier", "Warendorf", "Hajnówka", "Rožňava", "Cotuí",
            "Tizi Ouzou", "Roberval", "Dolbeau-Mistassini"],
    streets=["Evangeline", "Teviot", "Boab", "Spinifex", "Ceilidh", "Portage", "Larkin",
             "Mackenzie"],
    relations=["daughter-in-law", "grandson", "nephew", "eldest daughter", "son", "wife",
               "husband", "neighbour", "cousin", "goddaughter"],
    clean=[
        "Hb 8,9 g/dl, leucociti 14.200/mm3, PCR 96 mg/l.",
        "TA 150/85 mmHg, FC 92 lpm, SatO2 93 % con gafas nasales a 2 l/min.",
        "Créatinine 142 µmol/l, DFG 38 ml/min/1,73 m2; kaliémie 5,4 mmol/l.",
        "RR 135/80 mmHg, Puls 88/min, SpO2 95 % unter 2 l O2.",
        "CRP 48 mg/l, prokalcytonina 0,9 ng/ml; Glasgow 14 pkt.",
        "TK 160/90, pulz 104/min, SpO2 91 %, glykémia 11,2 mmol/l.",
        "АТ 140/90 мм рт. ст., ЧСС 96/хв, SpO2 94 %; глюкоза 8,4 ммоль/л.",
        "ਬੀਪੀ 150/90, ਸ਼ੂਗਰ 212 mg/dL; ਇਨਸੁਲਿਨ 10 ਯੂਨਿਟ ਰਾਤ ਨੂੰ।",
        "ബിപി 160/100, പൾസ് 96; ക്രിയാറ്റിനിൻ 2.1 mg/dL.",
        "ضغط الدم 130/80، السكر 2,4 غ/ل؛ أنسولين 12 وحدة مساءً.",
        "PA 13/8, FC 88 bpm, glycémie à jeun 1,32 g/l.",
        "Glicemia 212 mg/dL, HbA1c 9,1 %, creatinina 1,4 mg/dL.",
        "GCS 15, NEWS2 6; lactate 2.8 mmol/L; 1 L Hartmann's over 2 h.",
        "Malaria RDT positive (Pf); artemether-lumefantrine 4 tabs BD for 3 days.",
        "Xpert MTB/RIF detected, rifampicin resistance not detected.",
        "Snakebite: 20-minute whole blood clotting test abnormal; 2 vials antivenom given.",
        "Bed 4, room 12; 2/3 of the evening dose given; pain score 3/10.",
        "CHA2DS2-VASc 5, HAS-BLED 3; apixaban 2.5 mg BD for age and weight.",
        "Wells 4, D-dimer 1,840 ng/mL; CTPA booked for 14:00.",
        "Ward 3B, bed 7; NBM from 00:00 for theatre.",
        "Diagnosed with COPD in 2009; LTOT since 2021 at 2 L/min.",
        "Clasificación de Forrest IIb; escala de Rockall 6.",
        "Score di Barthel 35/100; Braden 12.",
        "Score de Glasgow 13, NIHSS 8; thrombolyse non retenue.",
        "Barthel-Index 40 Punkte; Pflegegrad 3 beantragt.",
        "Skala Barthel 45 pkt, Norton 11 pkt.",
        "Morbus Crohn und Morbus Parkinson bekannt; kein Hinweis auf Morbus Addison.",
        "Choroba Leśniowskiego-Crohna w wywiadzie; objaw Chełmońskiego ujemny.",
        "Maladie de Horton évoquée; biopsie de l'artère temporale prévue.",
        "Signo de Murphy negativo; puñopercusión renal bilateral negativa.",
        "EF 35 %, TAPSE 14 mm, PASP 52 mmHg.",
        "Room air SpO2 88 %, 2 L via nasal prongs, target 88-92 %.",
        "Per Kimberley guideline 4.2 (2019), rheumatic heart disease prophylaxis continued.",
        "Cycle 3 of 6 of FOLFOX delayed for neutrophils 0.9.",
        "Her 88-year-old husband is her main carer.",
    ],
    seed=19_028,
)

# ---------------------------------------------------------------- keywords, connectors, frames

F28_CONNECTORS = [": ", " ", " n° ", " nº ", " № ", " nr ", " č. ", ":\u00a0", " - ", " = ",
                  "\n", " — ", " # "]
F28_FRAMES = ["{kv}", "{kv}.", "• {kv}", "{kw} | {v}", "| {kw} | {v} |", "{kv} (checked)",
              "Datos de filiación: {kv}.", "Dati anagrafici - {kv}", "Identité : {kv}",
              "Stammdaten: {kv}", "Dane: {kv}", "Údaje: {kv}", "Дані: {kv}", "{kw}:\n    {v}",
              "{kv}; see registration sheet", "ID band - {kv}"]
F28_KEYWORDS = {
    "mrn": ["NHC", "historia clínica", "n. nosologico", "cartella clinica", "IPP", "n° de dossier",
            "Fallnummer", "Patienten-Nr.", "nr księgi głównej", "nr historii choroby",
            "číslo chorobopisu", "медична карта", "ID ਨੰਬਰ", "ഒപി നമ്പർ", "récord", "رقم الملف",
            "dossier", "URN", "Hosp. No.", "chart #", "MRN", "IP No.", "bed card no."],
    "health_plan": ["carte Vitale", "NIR", "n° de sécurité sociale", "tarjeta sanitaria", "TIS",
                    "tessera sanitaria", "Krankenversichertennummer", "KVNR", "číslo poistenca",
                    "karta EKUZ", "carte Chifa", "CNAS", "ARS", "NSS", "RAMQ", "NAM",
                    "Medicaid ID", "Denali KidCare", "MSI number", "H&C number", "CHI",
                    "Medicare no.", "Mutuelle", "PMJAY ID", "KASP card"],
    "account": ["IBAN", "cuenta", "conto corrente", "RIB", "Kontonummer", "nr rachunku", "účet",
                "рахунок", "factura nº", "fattura n.", "Rechnung Nr.", "account no.", "CCP",
                "invoice", "bill no."],
    "licence": ["pasaporte", "passaporto", "passeport", "Reisepass", "paszport", "pas č.",
                "паспорт", "permis de conduire", "Führerschein", "prawo jazdy", "driver's license",
                "driving licence", "AHPRA", "GMC", "RPPS", "LANR", "nr PWZ", "colegiado nº",
                "NMC reg.", "BMDC reg.", "TCMC reg.", "exequátur", "CMQ permit"],
    "vehicle": ["matrícula", "targa", "immatriculation", "Kennzeichen", "nr rej.", "EČV",
                "номерний знак", "ਗੱਡੀ ਨੰ.", "വാഹന നമ്പർ", "placa", "plaque", "rego", "reg",
                "plate", "tail number", "VIN"],
    "device": ["n° de série", "número de serie", "numero di serie", "Seriennummer", "nr seryjny",
               "výrobné číslo", "серійний номер", "S/N", "serial", "IMEI", "UDI", "lot"],
    "other_id": ["DNI", "codice fiscale", "C.F.", "PESEL", "rodné číslo", "RČ", "РНОКПП",
                 "ІПН", "Aadhaar", "ਆਧਾਰ", "ആധാർ", "NID", "citizenship no.", "Omang",
                 "indangamuntu", "NIS no.", "cédula", "NIN", "SIN", "employee ID",
                 "n° de déclaration", "police ref."],
    "ssn": ["SSN", "Social Security #", "soc. sec. no."],
    "phone": ["tel.", "tél.", "Tel.", "teléfono", "cel.", "móvil", "cellulare", "portable",
              "Handy", "tel. kom.", "mobil", "тел.", "ਫ਼ੋਨ", "ഫോൺ", "هاتف", "mob", "ph",
              "cell", "NOK ph"],
    "fax": ["fax", "Fax", "télécopie", "Telefax", "faks", "факс", "fax no."],
}
F28_AFTER = ["{v} ({kw})", "{v} — {kw}", "{v}, {kw} on file", "{v} [{kw}]", "{v} = {kw}"]

# ---------------------------------------------------------------- sentences per category

F28_SENTENCES = {
    "name": [
        "{full} was flown out of the village on the evening plane.",
        "Her {rel} {given} translates from Yup'ik at each visit.",
        "Seen at home with {full}; the byre had been cleaned out that morning.",
        "Mr {surname} still fishes for snow crab off the point.",
        "{given} said the pain started while cutting cane.",
        "Discussed with {full} ({rel}) by phone.",
        "La paciente, [[name:Miren Arrizabalaga Zubiaurre]], refiere disnea de esfuerzo.",
        "Acompañada por su hija [[name:Nekane]], que traduce del euskera.",
        "Il sig. [[name:Ercole Pedrazzini]] riferisce febbre da tre giorni.",
        "Mme [[name:Ginette Roumanille]] est accompagnée de sa fille [[name:Magali]].",
        "Frau [[name:Elisabeth Schulze Pellengahr]] kommt mit ihrem Sohn [[name:Heinz]].",
        "Pan [[name:Mikołaj Wasiluk]] zgłosił się z żoną [[name:Eugenią]].",
        "Pani [[name:Halina Kondratiuk]] skarży się na duszność.",
        "Pacient [[name:Ondrej Pásztor]] prišiel so synom [[name:Tiborom]].",
        "Пацієнтку [[name:Мирославу Гнатишин]] привела донька [[name:Соломія]].",
        "Хворий [[name:Петро Андрійович Федорчук]] скаржиться на задишку.",
        "ਮਰੀਜ਼ [[name:ਗੁਰਮੀਤ ਕੌਰ]] ਨਾਲ ਉਸ ਦਾ ਪੁੱਤਰ [[name:ਹਰਜਿੰਦਰ ਸਿੰਘ]] ਆਇਆ।",
        "രോഗി [[name:ഏലിയാമ്മ വർഗീസ്]] മകൻ [[name:ജോസഫ്]] ഒപ്പം വന്നു.",
        "المريضة [[name:فاطمة الزهراء بن عيسى]] مرفوقة بابنها [[name:كريم]].",
        "Doña [[name:Altagracia Almonte]] vino con su nieta [[name:Yokasta]].",
        "M. [[name:Gaétan Simard]] était à son camp de chasse au moment des symptômes.",
        "Ms [[name:Shirin Akter]] came with her husband [[name:Abdul Kader]].",
        "Handover given to [[name:R. McCusker]], staff nurse.",
        "Reviewed by Dr [[name:Tsering Lama]], medical officer.",
    ],
    "address": [
        "Lives at [[address:{n} {street} Road]] with her {rel}.",
        "Home: [[address:{n} {street} Drive]]; three steps at the door.",
        "Found on the floor at [[address:{n} {street} Street, Apt {n2}]].",
        "Domicilio: [[address:Kale Nagusia {n2}, 3º izda.]], [[place:Azpeitia]]",
        "Residente in [[address:Via Dante Alighieri {n}]], [[place:Chiavenna]].",
        "Adresse : [[address:{n2} chemin des Oliviers]], [[place:Manosque]].",
        "Wohnhaft [[address:Münsterstraße {n2}]], [[zip:48231]] [[place:Warendorf]].",
        "Zamieszkała: [[address:ul. Białowieska {n2}/{n2}]], [[place:Hajnówka]].",
        "Bydlisko: [[address:Šafárikova {n}]], [[place:Rožňava]].",
        "Адреса: [[address:вул. Шевченка, {n2}, кв. {n2}]], м. [[place:Самбір]].",
        "Dirección: [[address:Calle Duarte #{n}]], [[place:Cotuí]].",
        "Adresse : [[address:{n} rue Racine Est, app. {n2}]], [[place:Chicoutimi]].",
        "Residence: [[address:Lot {n}, {street} Street]], [[place:Port Hedland]].",
        "Address: [[address:House {n2}, Ward No. {n2}]], [[place:Sunamganj]].",
        "Mailing address [[address:PO Box {n}]], [[place:Bethel]].",
    ],
    "place": [
        "A crawfish farmer from {city} presented with fever and myalgia.",
        "She was flown in from {city} on the scheduled flight.",
        "He grew up near {city} and still keeps sheep there.",
        "Transferred from the health post in {city}.",
        "Lives in [[place:Ville Platte]] and attends church in [[place:Mamou]].",
        "Procedente de [[place:Zumarraga]], trabaja en una fundición.",
        "Residente a [[place:Casalpusterlengo]], ex agricoltore.",
        "Originaire de [[place:Forcalquier]], vit à [[place:Apt]] depuis 1980.",
        "Aus [[place:Coesfeld]], verlegt aus dem [[place:St.-Vincenz-Hospital Coesfeld]].",
        "Przyjęty z [[place:SP ZOZ w Hajnówce]], mieszka w [[place:Białowieży]].",
        "Preložená z [[place:Nemocnica s poliklinikou Rožňava]].",
        "Переведена з [[place:Самбірської ЦРЛ]].",
        "ਪਿੰਡ [[place:ਰਾਮਪੁਰਾ ਫੂਲ]] ਤੋਂ ਆਏ।",
        "[[place:കുമരകം]] സ്വദേശി.",
        "قادمة من [[place:عزازقة]].",
        "Traslado desde el [[place:Hospital San Vicente de Paúl]], "
        "[[place:San Francisco de Macorís]].",
        "Referred from [[place:Mendi Provincial Hospital]] by the HEO.",
        "Arrived from [[place:Lethem]] on the bus.",
    ],
    "zip": [
        "Postal code {v}.", "Code postal : {v}", "PLZ {v}", "CAP {v}", "Código postal {v}",
        "kod pocztowy {v}", "PSČ {v}", "індекс {v}", "PIN {v}", "Postcode: {v}",
        "Address ends in {v}.", "Mailing: [[place:Breaux Bridge]], LA {v}",
        "[[place:Roberval]] (Québec) {v}",
    ],
    "date": [
        "Admitted {v}.", "DOB: {v}", "Fecha de ingreso: {v}", "Data di nascita: {v}",
        "Né(e) le {v}", "Aufnahme am {v}", "Data przyjęcia: {v} r.", "Dátum narodenia: {v}",
        "Дата госпіталізації: {v} р.", "ਦਾਖ਼ਲਾ ਮਿਤੀ: {v}", "പ്രവേശന തീയതി: {v}",
        "تاريخ الدخول: {v}", "Died {v} at home.", "| {v} | transfer by RFDS |",
        "Discharged {v} to the nursing home.", "Seen in clinic {v}; review in 3 months.",
    ],
    "phone": [
        "Daughter's mobile {v}.", "Llamar a su hijo al {v}.", "Figlia: {v}",
        "Joindre le fils au {v}.", "Tochter erreichbar unter {v}.", "Córka: tel. {v}",
        "Syn: {v}", "Онука: {v}", "ਪੁੱਤਰ ਦਾ ਫ਼ੋਨ {v}", "മകന്റെ ഫോൺ {v}", "رقم الابن {v}",
        "Call the community clinic on {v} before the plane leaves.",
    ],
    "fax": [
        "Fax the letter to {v}.", "Résultats faxés au {v}.", "Befund per Fax an {v}.",
        "Referral faxed to {v} (nursing station).", "{v} (fax, GP surgery)",
    ],
    "email": [
        "Family asks for updates to {v}.", "Courriel : {v}", "E-Mail der Tochter: {v}",
        "Correo de la nieta: {v}", "Send the summary to {v}.", "e-mail syna: {v}",
    ],
    "ssn": [
        "SSN {v} on the Medicare card copy.", "Her Social Security number is {v}.",
        "{v} (SSN) was used for the tribal health registration.",
        "Verified SSN {v} with the parish clerk's paperwork.",
    ],
    "mrn": [
        "Old records under hospital number {v}.", "Historia clínica {v} (Osakidetza).",
        "Precedente ricovero, nosologico {v}.", "Dossier {v} retrouvé aux archives.",
        "Frühere Fallnummer {v}.", "Księga główna nr {v}.", "Медична карта № {v}.",
        "Chart {v} at the village clinic was merged.",
    ],
    "health_plan": [
        "Covered by Louisiana Medicaid, ID {v}.", "Carte Vitale {v} lue à l'accueil.",
        "Tessera sanitaria {v}.", "Versichert bei der AOK, KVNR {v}.",
        "Afiliada a ARS SeNaSa, NSS {v}.", "Carte RAMQ {v}, expire en 2027.",
        "MSI {v} confirmed at registration.", "Medicare {v}, concession card sighted.",
        "Mutuelle de santé {v}, paid for this year.", "PMJAY card {v} verified.",
    ],
    "account": [
        "Refund to IBAN {v}.", "Pago en la cuenta {v}.", "Bonifico su {v}.",
        "Überweisung auf {v}.", "Wpłata na rachunek {v}.", "Invoice {v} sent to the family.",
    ],
    "licence": [
        "Passport {v} copied for the repatriation insurer.", "Pasaporte {v} caducado.",
        "Permis de conduire {v} retenu par la gendarmerie.", "Führerschein {v} abgegeben.",
        "His driver's license {v} was suspended after the seizure.",
        "Registered with AHPRA, {v}.", "Certificato di morte n. {v}.",
    ],
    "vehicle": [
        "Ute {v} rolled on the Great Northern Highway.", "Matrícula del tractor {v}.",
        "Auto targata {v} ferma nel parcheggio.", "Véhicule immatriculé {v}.",
        "PKW mit Kennzeichen {v}.", "Samochód nr rej. {v}.", "Auto s EČV {v}.",
        "Авто {v}.", "Motorbike {v} vs bus on the highway.", "Truck VIN {vin} per trooper.",
        "The skiff's trailer plate was {v}.",
    ],
    "device": [
        "Oxygen concentrator S/N {v} delivered to the village.", "Pacemaker serial {v}.",
        "Stimulateur, n° de série {v}.", "Herzschrittmacher SN {v}.",
        "Pompa insulinica, numero di serie {v}.", "CGM sensor {v} replaced.",
    ],
    "url": [
        "The family's fundraiser is at {v}.", "Cagnotte en ligne : {v}",
        "Her granddaughter posted the video on {v}.", "Spendenseite: {v}",
    ],
    "ip": [
        "Telehealth cart at {v} dropped the call.", "Remote login from {v}.",
        "El equipo de telemedicina ({v}) perdió la conexión.", "Connexion depuis {v}.",
    ],
    "other_id": [
        "DNI {v}, verificado.", "Codice fiscale {v}.", "PESEL {v}.", "Rodné číslo {v}.",
        "РНОКПП {v}.", "Aadhaar {v} seen.", "Omang {v} photocopied.", "Cédula {v}.",
        "NIN {v}", "Employee ID {v} at the mine site.", "Canadian SIN {v} for the claim.",
    ],
}
F28_REFERENCES = [
    "Comparable presentations were described (https://doi.org/10.5694/mja2.{n}).",
    "See the series at https://pubmed.ncbi.nlm.nih.gov/3{n}/ for outcomes in remote care.",
    "Per WHO guidance (https://www.who.int/publications/i/item/9789240{n}).",
]
F28_STYLES = [
    "CASE POSTED TO THE BOARD\n{body}\nQuestion: would you anticoagulate?",
    "DISCHARGE SUMMARY\n{body}\nFollow-up: GP in 1 week.",
    "INFORME DE ALTA - Medicina Interna\n{body}\nJuicio clínico: neumonía adquirida en la "
    "comunidad.",
    "LETTERA DI DIMISSIONE\n{body}\nTerapia consigliata: come da schema allegato.",
    "COMPTE RENDU D'HOSPITALISATION\n{body}\nConclusion : retour à domicile.",
    "Arztbrief - Innere Medizin\n{body}\nProcedere: Kontrolle beim Hausarzt.",
    "KARTA INFORMACYJNA LECZENIA SZPITALNEGO\n{body}\nZalecenia: kontrola w POZ.",
    "ВИПИСКА З МЕДИЧНОЇ КАРТИ\n{body}\nРекомендації: нагляд сімейного лікаря.",
    "Nursing note, night shift\n{body}\nSettled overnight.",
    "{body}",
]

F28_PART = Part("fresh28", F28_VOCABULARY, F28_CONNECTORS, F28_FRAMES, F28_KEYWORDS,
                F28_SENTENCES, F28_AFTER, F28_REFERENCES, True, values=F28_VALUES,
                age=_f28_age, styles=F28_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh28-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("acadiana-board-case",
     "Posting for advice on anticoagulation. A [[age:94-year-old]] retired rice and crawfish "
     "farmer from [[place:Church Point]] was brought to [[place:Acadia General Hospital]] in "
     "[[place:Crowley]] by his granddaughter [[name:Brandi Guidry]] after three days of fever, "
     "confusion and a swollen left calf. He speaks mostly Cajun French; his late wife "
     "[[name:Eula]] used to translate for him. He was admitted [[date:March 3, 2025]] and moved "
     "the next morning to [[place:Our Lady of Lourdes Regional Medical Center]] in "
     "[[place:Lafayette]] when the duplex showed a femoral DVT and troponin rose to 84 ng/L. "
     "Hb 10.9 g/dL, creatinine 1.8 mg/dL. He lives alone at [[address:1187 Higginbotham Hwy]], "
     "[[zip:70525]], and still drives to Mass on Sundays. He fell once last winter. Would you "
     "start apixaban at 2.5 mg BD or full dose?"),
    ("alaska-medevac",
     "MEDEVAC RUN SHEET - YK Delta\n"
     "Pt: [[name:Nastasia Kasayulie]], [[age:91]] F, from [[place:Tununak]]\n"
     "DOB [[date:02/14/1934]]   SSN [[ssn:574-38-2290]]\n"
     "Aircraft [[vehicle:N782YK]] (King Air), wheels up 0412 from [[place:Bethel]]\n"
     "Receiving: [[place:Alaska Native Medical Center]], [[place:Anchorage]]\n"
     "Chart [[mrn:448127]] at [[place:Yukon-Kuskokwim Delta Regional Hospital]]\n"
     "Called in by [[name:Evon Nicolai]], community health aide, ph [[phone:907-652-4418]]\n"
     "SpO2 84% RA -> 92% on 4 L NC; 1 L NS bolus; cultures x2 before ceftriaxone."),
    ("cape-breton-referral",
     "Dear colleague,\n"
     "Re: [[name:Angus Ronald MacIsaac]], DOB [[date:19 August 1931]], MSI "
     "[[health_plan:0012 448 907]]\n"
     "[[address:2271 Cabot Trail]], [[place:Margaree Forks]], NS [[zip:B0E 2A0]]\n"
     "I would be grateful if you would see this [[age:93-year-old]] retired lobster fisherman "
     "with a two-month history of dysphagia to solids and 6 kg weight loss. He was last "
     "admitted to [[place:Inverness Consolidated Memorial Hospital]] with aspiration pneumonia. "
     "His niece [[name:Catriona]], who speaks Gaelic with him, can be reached at home on "
     "[[phone:902-248-2716]].\n"
     "Yours sincerely,\n[[name:Heather MacLellan]], NP, [[place:Chéticamp]]"),
    ("fermanagh-consult",
     "Medical consult, seen on AMU at the [[place:South West Acute Hospital]] on "
     "[[date:Thursday 9 January 2025]].\n"
     "[[name:Bridie Maguire]], H&C [[health_plan:321 654 0987]], a dairy farmer from near "
     "[[place:Lisnaskea]] who collects her prescriptions across the border in [[place:Clones]]. "
     "She drove herself in; her car ([[vehicle:KIG 3108]]) is in the staff car park and her "
     "son [[name:Ciarán]] will collect it. AF 132, BP 104/70, Na 127. Plan: rate control, "
     "echo, TFTs."),
    ("hawick-district-nurse",
     "District nursing visit\n"
     "[[name:Morag Elliot]] (CHI [[health_plan:1207319482]]), aged [[age:93]], at "
     "[[address:14 Teviot Crescent]], [[place:Hawick]] [[zip:TD9 9JN]]. Left shin ulcer "
     "4 x 3 cm, sloughy base, moderate exudate; ABPI 0.9. Compression reapplied. Daughter "
     "[[name:Fiona]] on [[phone:01450 372119]] asks for a call before the next visit.\n"
     "[[name:E. Oliver]], community staff nurse"),
    ("galloway-discharge",
     "IMMEDIATE DISCHARGE LETTER\n"
     "[[name:Hugh McCaig]], [[address:Glenhapple Farm]], [[place:Bargrennan]], "
     "[[place:Newton Stewart]] [[zip:DG8 6QL]]\n"
     "Admitted [[date:22/02/2025]] to [[place:Dumfries and Galloway Royal Infirmary]]; "
     "discharged [[date:01/03/2025]].\n"
     "Diagnosis: Q fever endocarditis (phase I IgG 1:1024) after lambing. Doxycycline and "
     "hydroxychloroquine for at least 18 months. GP: [[name:Alasdair Kerr]], fax "
     "[[fax:01671 403 118]]."),
    ("kimberley-retrieval",
     "RFDS retrieval request\n"
     "67 yo Walmajarri woman, [[name:Kaylene Nargoodah]], from [[place:Yiyili]] community, "
     "seen at [[place:Halls Creek Hospital]]. Medicare [[health_plan:4418 20731 2]], URN "
     "[[mrn:UR418203]]. Known RHD with mechanical MVR; INR 6.8, melaena x3, Hb 71. Kriol "
     "interpreter requested. Destination [[place:Broome Hospital]]. NOK: sister "
     "[[name:Margaret]], [[phone:(08) 9168 6034]]."),
    ("pilbara-mine",
     "Occupational health incident report\n"
     "FIFO plant operator [[name:Jarrod Pease]], 44, employee ID [[other_id:EMP-204917]], "
     "collapsed in 46 degree heat at the pit near [[place:Newman]]. Taken by site ambulance to "
     "[[place:Hedland Health Campus]]; Na 126, CK 18,400. His WA driver's licence "
     "[[licence:6628417]] and the site ute, rego [[vehicle:1HQT 412]], were secured by the "
     "supervisor. Partner [[name:Shae Pease]] in [[place:Mandurah]] informed on "
     "[[phone:0418 227 905]]."),
    ("maun-referral",
     "REFERRAL NOTE - Medical Ward\n"
     "Referred to [[place:Nyangabgwe Referral Hospital]], [[place:Francistown]], from "
     "[[place:Letsholathebe II Memorial Hospital]], [[place:Maun]].\n"
     "A [[age:92-year-old]] cattle farmer from [[place:Shorobe]], [[name:Onalenna "
     "Kgosietsile]], Omang [[other_id:482117345]], with a 3-week history of haematuria and a "
     "bladder mass on ultrasound. Brother [[name:Kagiso]] travels with him: "
     "[[phone:+267 72 418 336]]. HIV negative (2024), Hb 8.1, creatinine 190."),
    ("musanze-note",
     "Clinical note - Internal Medicine\n"
     "[[name:Mukandayisenga Vestine]], imyaka [[age:90]], from [[place:Kinigi]], brought by "
     "her grandson [[name:Habimana Eric]] on a moto-taxi ([[vehicle:RF 318 D]]). Indangamuntu "
     "[[other_id:1 1934 7 0042183 1 07]]; Mutuelle de santé [[health_plan:0401221109170]]. "
     "Admitted [[date:17/03/2025]] to [[place:Ruhengeri Referral Hospital]] with congestive "
     "heart failure, NYHA IV; furosemide 40 mg IV BD."),
    ("sunamganj-flood",
     "Admission note\n"
     "[[name:Rahima Khatun]], 58 F, from village [[place:Bhatipara]], came by boat during the "
     "flood with fever and jaundice. NID [[other_id:19346917200418227]]. Husband "
     "[[name:Abdul Malek]] ([[phone:01712-448390]]). Admitted [[date:14-06-2024]] to "
     "[[place:Sunamganj 250 Bed District Hospital]]. Bilirubin 6.2 mg/dL, HEV IgM positive; "
     "12 weeks pregnant."),
    ("jumla-nepal",
     "Discharge summary - [[place:Karnali Academy of Health Sciences]], [[place:Jumla]]\n"
     "Patient: [[name:Dhan Bahadur Rokaya]], [[age:95 years old]], male, from "
     "[[place:Talium]]. Citizenship no. [[other_id:61-01-72-03318]].\n"
     "Admitted [[date:2081/09/14]] B.S. ([[date:29 Dec 2024]]) with COPD exacerbation; "
     "flown to [[place:Nepalgunj]] for NIV on day 2. Son [[name:Kamal Rokaya]] on "
     "[[phone:+977-9848312207]]."),
    ("guyana-hinterland",
     "Transfer note\n"
     "[[name:Marlon Fredericks]], 39 M, Makushi, from [[place:Annai]], seen at "
     "[[place:Lethem Regional Hospital]] with a snakebite (labaria) to the right foot; 20WBCT "
     "unclotted. NIS [[other_id:A418227]]. Flown to [[place:Georgetown Public Hospital]] on the "
     "evening flight with 10 vials of antivenom. Wife [[name:Sharmila]]: "
     "[[phone:+592 624 1187]]."),
    ("png-highlands",
     "Surgical ward note\n"
     "[[name:Kila Tovue]], 31 M, teacher at [[place:Kagua]], brought by PMV "
     "([[vehicle:LAK 218]]) after a bush knife wound to the left forearm. Tendons repaired in "
     "theatre at [[place:Mendi Provincial Hospital]]. Brother [[name:Wari]] can be reached on "
     "[[phone:+675 7418 2209]]. Tetanus toxoid given; cloxacillin 500 mg QID."),
    ("azpeitia-caso",
     "Presentamos el caso de una mujer de [[age:93 años]] natural de [[place:Errezil]] que vive "
     "en un caserío a las afueras de [[place:Azpeitia]] con su hijo [[name:Joxe Mari]]. Habla "
     "sobre todo euskera. El [[date:12 de noviembre de 2024]] acudió a urgencias del "
     "[[place:Hospital de Zumarraga]] por dolor abdominal y vómitos; la TC mostró un vólvulo de "
     "sigma. Su médica de cabecera, [[name:Itziar Larrañaga]], la había visto dos días antes. "
     "Fue trasladada al [[place:Hospital Universitario Donostia]], donde se realizó "
     "devolvulación endoscópica. A los seis meses sigue en su casa y baja al pueblo los "
     "domingos."),
    ("osakidetza-ficha",
     "| Campo | Valor |\n|---|---|\n"
     "| Nombre | [[name:ETXEBERRIA ARANA, Koldobika]] |\n"
     "| NHC | [[mrn:2419087]] |\n"
     "| TIS | [[health_plan:ETAR310507918014]] |\n"
     "| DNI | [[other_id:72418390D]] |\n"
     "| Domicilio | [[address:Goiko kalea 7, 2.º]] |\n"
     "| Municipio | [[place:Bermeo]] |\n"
     "| CP | [[zip:48370]] |\n"
     "| Teléfono | [[phone:946 88 14 02]] |\n"
     "| Edad | [[age:90]] |\n"
     "| Alergias | penicilina |"),
    ("sondrio-dimissione",
     "LETTERA DI DIMISSIONE - [[place:Presidio Ospedaliero di Sondrio]], Medicina Generale\n"
     "Paziente: [[name:Ambrogio Pedrotti]], nato a [[place:Tirano]] il "
     "[[date:4 febbraio 1932]], C.F. [[other_id:PDRMRG32B04L175K]], tessera sanitaria "
     "[[health_plan:80380000500091244718]].\n"
     "Ricoverato dal [[date:2 marzo 2025]] al [[date:14 marzo 2025]] per scompenso cardiaco. "
     "Paziente di [[age:93 anni]], vive con la figlia [[name:Lucia]] (cell. "
     "[[phone:+39 333 481 2207]]) in [[address:Via Nazionale 41]], [[place:Teglio]].\n"
     "Il medico: [[name:Chiara Gianoli]]"),
    ("codogno-caso",
     "Descriviamo il caso di un allevatore di 84 anni di [[place:Maleo]] giunto al pronto "
     "soccorso dell'[[place:Ospedale di Codogno]] con febbre e tosse secca, poi trasferito a "
     "[[place:Lodi]] per insufficienza respiratoria. La moglie, [[name:Rosangela Ghezzi]], di "
     "[[age:91 anni]], fu ricoverata tre giorni dopo con lo stesso quadro. Entrambi sono "
     "guariti; il figlio [[name:Pierluigi]] gestisce ora la cascina."),
    ("apt-compte-rendu",
     "COMPTE RENDU D'HOSPITALISATION\n[[place:Centre hospitalier du Pays d'Apt]]\n"
     "Mme [[name:Mireille Bonnefoy]], née le [[date:21/06/1933]], [[age:91 ans]], NIR "
     "[[health_plan:2 33 06 84 003 118 42]], demeurant [[address:418 chemin de la Bégude]], "
     "[[zip:84400]] [[place:Apt]].\n"
     "Retrouvée au sol dans sa cuisine par sa voisine [[name:Odette Reynaud]]. CPK 9 800 UI/l, "
     "créatinine 188 µmol/l. Médecin traitant : Dr [[name:Laurent Castellan]], "
     "[[place:Gargas]]."),
    ("warendorf-arztbrief",
     "Sehr geehrte Frau Kollegin [[name:Brinkmann]],\n"
     "wir berichten über Ihre Patientin Frau [[name:Hildegard Hölscher]], geb. "
     "[[date:03.11.1932]], wohnhaft [[address:Freckenhorster Straße 27]], [[zip:48231]] "
     "[[place:Warendorf]], KVNR [[health_plan:H418203771]], die sich vom [[date:14.01.2025]] "
     "bis [[date:24.01.2025]] im [[place:Josephs-Hospital Warendorf]] befand. Die "
     "[[age:92-jährige]] Patientin wurde mit einer Urosepsis aufgenommen.\n"
     "Mit freundlichen kollegialen Grüßen\nDr. med. [[name:Jens Terhaar]], Oberarzt"),
    ("hajnowka-karta",
     "KARTA INFORMACYJNA\n[[place:SP ZOZ w Hajnówce]], Oddział Wewnętrzny\n"
     "Pacjentka: [[name:Grażyna Jaroszewicz]], PESEL [[other_id:33051204826]], lat [[age:91]]\n"
     "Adres: [[address:ul. Piłsudskiego 14 m. 3]], [[zip:17-200]] [[place:Hajnówka]]\n"
     "Data przyjęcia: [[date:3 lutego 2025]] r. Rozpoznanie: zapalenie płuc. Kontakt: syn "
     "[[name:Jerzy]], tel. [[phone:+48 605 218 447]].\n"
     "Lekarz prowadzący: lek. [[name:Anna Kiryluk]], nr PWZ [[licence:2418790]]"),
    ("roznava-sprava",
     "PREPÚŠŤACIA SPRÁVA\n"
     "[[age:92-ročná]] pacientka [[name:Anežka Ondrejčáková]], RČ [[other_id:325811/418]], "
     "bytom [[address:Hviezdoslavova 12]], [[zip:048 01]] [[place:Rožňava]], hospitalizovaná "
     "od [[date:5. marca 2025]] pre fibriláciu predsiení s rýchlou odpoveďou komôr. Syn "
     "[[name:Ľubomír]], tel. [[phone:+421 905 418 227]].\n"
     "MUDr. [[name:Katarína Bodnárová]]"),
    ("sambir-vypyska",
     "ВИПИСКА\n"
     "[[name:Гнатишин Мирослава Іванівна]], [[age:93 роки]], РНОКПП [[other_id:1183405627]].\n"
     "Адреса: [[address:вул. Франка, 8]], с. [[place:Бабина]].\n"
     "Перебувала у [[place:Самбірській ЦРЛ]] з [[date:2 лютого 2025]] р. по "
     "[[date:11 лютого 2025]] р. з приводу пневмонії. Онука [[name:Соломія]], тел. "
     "[[phone:+380 67 418 22 90]], забрала її автомобілем [[vehicle:ВС 4418 НК]].\n"
     "Лікар [[name:Р. Кушнір]]"),
    ("bathinda-punjabi",
     "ਮਰੀਜ਼: [[name:ਗੁਰਬਚਨ ਸਿੰਘ ਬਰਾੜ]], ਉਮਰ [[age:94 ਸਾਲ]], ਪਿੰਡ [[place:ਮਹਿਰਾਜ]]।\n"
     "ਦਾਖ਼ਲਾ: [[date:12 ਫ਼ਰਵਰੀ 2025]]। ਆਧਾਰ [[other_id:4471 2093 8816]]।\n"
     "ਟਰੈਕਟਰ ([[vehicle:PB 03 AK 4471]]) ਤੋਂ ਡਿੱਗੇ; ਸੱਜੀ ਹਿੱਪ ਦੀ ਹੱਡੀ ਟੁੱਟੀ। "
     "ਪੁੱਤਰ [[name:ਜਸਵਿੰਦਰ ਸਿੰਘ]] ਦਾ ਫ਼ੋਨ [[phone:+91 98142 20731]]।\n"
     "Referred to [[place:AIIMS Bathinda]] for hemiarthroplasty."),
    ("kottayam-malayalam",
     "രോഗി: [[name:ഏലിയാമ്മ ചാക്കോ]], [[age:96 വയസ്സ്]], [[place:കുമരകം]].\n"
     "പ്രവേശനം: [[date:2025 ജനുവരി 8]]. ആധാർ [[other_id:6120 4418 2273]].\n"
     "പനി, ചുമ, ശ്വാസംമുട്ടൽ. മകൾ [[name:സിസിലി]] ഫോൺ [[phone:+91 94470 18832]].\n"
     "Son [[name:Joseph Chacko]] flying in from [[place:Doha]] (passport [[licence:T4182093]]).\n"
     "Referred: [[place:Government Medical College, Kottayam]]."),
    ("macoris-nota",
     "NOTA DE INGRESO\n"
     "Paciente: [[name:Radhamés Almánzar Peña]], cédula [[other_id:056-0418227-3]], ARS "
     "Humano, afiliado [[health_plan:31844207]].\n"
     "Masculino de [[age:90 años]], agricultor de cacao de [[place:Cenoví]], llega en "
     "motoconcho ([[vehicle:N418227]]) con fiebre y dolor lumbar. Ingresa al "
     "[[place:Hospital San Vicente de Paúl]] el [[date:9 de enero de 2025]]. Hija "
     "[[name:Yocasta]]: [[phone:829-418-2207]]."),
    ("tizi-ouzou",
     "[[place:CHU Nedir Mohamed]] - Service de médecine interne\n"
     "Patiente : [[name:Boukhalfa Fatiha]], [[age:92 ans]], NIN "
     "[[other_id:109320418227003118]], assurée CNAS n° [[health_plan:330418220731]].\n"
     "Domicile : [[address:Cité 500 logements, bât. B12]], [[place:Azazga]].\n"
     "المريضة [[name:بوخالفة فتيحة]]، [[age:92 سنة]]، دخلت المستشفى يوم "
     "[[date:14 جانفي 2025]] بسبب حمى وسعال. الابن [[name:مراد]]: [[phone:0550 41 82 27]]."),
    ("saguenay-ramq",
     "Note de transfert - [[place:Hôpital de Chicoutimi]]\n"
     "Mme [[name:Gilberte Tremblay]], [[age:97 ans]], NAM [[health_plan:TREG 2852 1418]], de "
     "[[place:L'Anse-Saint-Jean]], transférée le [[date:18 février 2025]] de "
     "l'[[place:Hôpital de La Baie]] pour une hémorragie digestive haute. Adresse : "
     "[[address:112, rue Principale]], [[zip:G0V 1J0]]. Fils : [[name:Réjean Bouchard]], "
     "[[phone:418 272-4418]]."),
    ("nepal-whatsapp",
     "[[name:Bishnu Shrestha]] (9:14 PM): Sir, mother's sugar is 412 and she is very drowsy. "
     "We are in [[place:Banepa]].\n"
     "[[name:Suman KC]] (9:20 PM): Bring her now to [[place:Dhulikhel Hospital]] emergency. "
     "How old is she exactly?\n"
     "[[name:Bishnu Shrestha]] (9:21 PM): She is [[age:92 yrs]]. Her card number is "
     "[[mrn:2081-004418]].\n"
     "[[name:Suman KC]] (9:22 PM): OK. Call [[phone:011-490497]] when you reach the gate."),
    ("ni-email-thread",
     "From: [[email:c.mccusker@southern.example.net]]\n"
     "To: [[email:newry.gp@example.org.uk]]\n"
     "Subject: Re: [[name:Seamus Quinn]] - [[place:Crossmaglen]]\n\n"
     "Thanks for the referral. Seen in the falls clinic at [[place:Daisy Hill Hospital]]. "
     "He is [[age:90]] and lives with his sister [[name:Philomena]] at "
     "[[address:3 Newry Road]], [[zip:BT35 9HJ]]. H&C [[health_plan:447 218 3096]]. "
     "Lying/standing BP 138/76 -> 104/60; stopping doxazosin. Letter to follow by fax "
     "[[fax:028 3026 1194]].\n\n[[name:Ciara McCusker]], Falls Nurse Specialist"),
    ("pilbara-ward-table",
     "| Bed | Patient | Issue | Plan |\n|---|---|---|---|\n"
     "| 1 | [[name:Raelene Cox]], [[age:90]] F, [[place:Roebourne]] | CAP | IV ceftriaxone |\n"
     "| 2 | [[name:Dwayne Sampi]], 52 M, [[place:Fitzroy Crossing]] | DKA | insulin "
     "infusion |\n"
     "| 3 | [[name:Beverley Kelly]], 71 F, [[place:Wickham]] | #NOF | theatre am |\n"
     "| 4 | empty | - | clean for retrieval |"),
    ("acadiana-board-reply",
     "Update from the family: she went home to [[place:Kaplan]] on hospice and her "
     "granddaughter started a page, [[url:https://gofund.example.com/mawmaw-odile-fontenot]], "
     "to pay for the hospital bed. She passed [[date:April 19, 2025]] with her rosary.",
     "patient_information"),
    ("alaska-village-nursing",
     "Village clinic note - [[place:Kiana]]\n"
     "[[name:Wassilie Andrew]], Medicaid [[health_plan:1418220731]], chart [[mrn:77-41822]]. "
     "Home O2 concentrator S/N [[device:IV418203TZ]] alarming (low flow); swapped for the "
     "spare, serial [[device:IV418877KK]]. Sats 89% on 3 L. Phoned [[place:Maniilaq Health "
     "Center]] provider at [[phone:907-442-3321]]; plan: keep in village, recheck tomorrow."),
    ("higuey-whatsapp",
     "[[name:Yokasta Rijo]]: Doctora, mi abuela amaneció con fiebre y no quiere comer.\n"
     "[[name:Marleny Castillo]]: ¿Cuántos años tiene ahora?\n"
     "[[name:Yokasta Rijo]]: Tiene [[age:98 años]]. Vivimos en [[address:Calle Agustín Guerrero "
     "#14]], [[place:Higüey]].\n"
     "[[name:Marleny Castillo]]: Tráigala a emergencia. Mi celular es [[phone:809-554-2207]]."),
    ("hajnowka-ukr",
     "Pacjentka z Ukrainy, [[name:Olena Kovalchuk]], PESEL UKR [[other_id:44021804516]], "
     "paszport [[licence:FE418227]]. Mieszka u córki w [[place:Bielsku Podlaskim]]. "
     "Przywieziona samochodem córki ([[vehicle:BBI 7341C]]). Tłumaczy wnuczka "
     "[[name:Daryna]]. Cukrzyca typu 2, HbA1c 10,2 %."),
    ("sondrio-fattura",
     "Fattura n. [[account:F25-004182]]\n"
     "Intestatario: [[name:Giuseppina Brambilla]], C.F. [[other_id:BRMGPP41A52C623T]]\n"
     "Prestazione: visita geriatrica domiciliare, 90 euro.\n"
     "Pagamento su IBAN [[account:IT60 X054 2811 1010 0000 0418 227]] entro 30 giorni."),
    ("westphalia-pflege",
     "Pflegebericht Nachtdienst\n"
     "Frau [[name:Thekla Brüggemann]] ([[age:95 J.]]) unruhig, zieht an der Magensonde. "
     "Herzschrittmacher, Seriennummer [[device:PJA418220]], laut Ausweis. Tochter "
     "[[name:Ursula]] telefonisch informiert unter [[phone:0171 4182207]]. RR 110/60, Puls 70 "
     "(Schrittmacherrhythmus)."),
    ("borders-police",
     "Police request for a statement - collision on the A7 near [[place:Selkirk]]\n"
     "Driver: [[name:Euan Scott]], UK driving licence [[licence:SCOTT607214E99LK]], car "
     "[[vehicle:SN19 KFB]], brought to [[place:Borders General Hospital]] with a sternal "
     "fracture. Police ref. [[other_id:PS-20250418-2207]]. Passenger [[name:Kirsty Scott]] "
     "discharged from ED."),
    ("provence-pompiers",
     "Bilan pompiers : homme de [[age:96 ans]] retrouvé dans son véhicule immatriculé "
     "[[vehicle:FJ-418-KT]] sur le parking du marché de [[place:Cavaillon]], confus, glycémie "
     "0,42 g/l. Resucré, transporté au [[place:Centre hospitalier de Cavaillon-Lauris]]. "
     "Son fils [[name:Marius Giraud]] joint au [[phone:06 18 42 27 33]]."),
    ("clean-board-question",
     "Board question: an elderly woman with new AF, CHA2DS2-VASc 6 and HAS-BLED 3, eGFR 28, "
     "weight 46 kg. Would you choose apixaban 2.5 mg BD or warfarin with an INR target of "
     "2-3? She lives alone and falls about twice a year."),
    ("clean-es-evolucion",
     "Evolución: afebril 48 h, PCR de 186 a 42 mg/l. Se pasa amoxicilina-clavulánico a vía "
     "oral 875/125 mg cada 8 h hasta completar 7 días. Escala de Barthel 60/100. Signo de "
     "Homans negativo."),
    ("clean-it-terapia",
     "Terapia alla dimissione: bisoprololo 2,5 mg/die, furosemide 25 mg/die, apixaban 2,5 mg "
     "x 2/die. Controllo di creatinina e potassio tra 7 giorni. NYHA II."),
    ("clean-fr-bilan",
     "Bilan : Hb 10,4 g/dl, plaquettes 142 G/l, TP 68 %, INR 1,4. Score de Wells 2. "
     "Maladie de Parkinson connue depuis 2011, sous lévodopa 100 mg x 4/j."),
    ("clean-de-befund",
     "Befund: Sono Abdomen ohne Aufstau, Gallenblase steinfrei. Labor: Kreatinin 1,6 mg/dl, "
     "GFR 34 ml/min, Kalium 5,1 mmol/l. Morbus Paget der Hüfte bekannt."),
    ("clean-pl-zalecenia",
     "Zalecenia: metformina 500 mg 2 x dziennie, ramipryl 5 mg rano. Kontrola HbA1c za 3 "
     "miesiące. Choroba Hashimoto w wywiadzie."),
    ("clean-uk-terapia",
     "Лікування: цефтріаксон 2 г в/в 1 раз на добу 7 днів, еноксапарин 40 мг п/ш. SpO2 96 % "
     "на 2 л/хв. Шкала CURB-65: 2 бали."),
    ("clean-ml-en-mix",
     "ബിപി 150/90, ഷുഗർ 240 mg/dL. Insulin glargine 14 units at night; HbA1c 9.4 %. "
     "Fundus: background retinopathy."),
    ("clean-rfds-obs",
     "Obs 0600: HR 112, BP 98/60, RR 24, T 38.7, SpO2 93 % on 2 L. qSOFA 2; lactate 3.1. "
     "2 x 500 mL Hartmann's given; Pf RDT negative; melioidosis serology sent."),
    ("clean-ar-fr",
     "ضغط الدم 150/90، نبض 96. Traitement : amlodipine 5 mg/j, metformine 850 mg x 2/j. "
     "HbA1c 8,1 %."),
    ("clean-pa-en",
     "ਸ਼ੂਗਰ 310 mg/dL; ketones 1.8 mmol/L. Started insulin sliding scale; K 4.2, Na 133. "
     "Diet chart explained in Punjabi."),
    ("discussion-references",
     "Q fever endocarditis after lambing is well described in sheep-farming areas "
     "(https://doi.org/10.1016/S1473-3099(05)70052-9), and long-term doxycycline with "
     "hydroxychloroquine is the standard of care (https://pubmed.ncbi.nlm.nih.gov/20381419/). "
     "Remote retrieval outcomes are summarised in the journal "
     "(https://www.mja.com.au/journal/2019/211/3/aeromedical-retrieval-remote-australia).",
     "discussion"),
]

F28_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH28: tuple[Note, ...] = build(F28_PART, per_category=26, clean=120, references=8) + F28_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH28 for e in n.expected)
    print(len(FRESH28), "notes,", sum(1 for n in FRESH28 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

"""FRESH46: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a forty-second author during the twenty-first round; it is measured once, and
its result is recorded with that measurement. Its author read only tests/phi/generated.py (the
framework: Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring),
tests/phi/corpus.py (the Note type, the span conventions, parse, evaluate), the
de-identification section (5) of the project's domain notes (45 CFR 164.514(b)(2) Safe Harbor),
the module docstrings only of tests/phi/fresh30_notes.py to fresh42_notes.py (read with
ast.get_docstring), the wiring lines of fresh16_notes.py (its Part call, _letter, letters
tuple, build and __main__ lines, printed with grep -n and sed) and pyproject.toml's line
length; not the scanner, its patterns, name lists, model or data, its benchmark (bench/), its
tests, the body of any other fresh part (fresh43 to fresh45 may have been written at the same
time and were not opened), nor their git history; the scanner was not run or imported while
writing it, nor on its notes. Its vocabulary, value shapes, keywords, connectors, frames, note
styles and hand-written letters are this author's own, as a global case-discussion board sees
them: about half English-language settings (Newfoundland and Labrador outports with the MCP
number, Canadian postal codes and "(709)" numbers; the Yukon with the YHCIP number; Cape Breton
with the Nova Scotia health card and Gaelic-Scots names; the Navajo Nation in Arizona and New
Mexico with a US SSN, IHS chart numbers and census numbers, chapter communities named in prose;
rural Maine with MaineCare and French-Canadian names; Michigan's Upper Peninsula with Healthy
Michigan and Finnish-American names, camps and mine locations) and half non-English settings in
their languages and scripts: Poland (Polish, PESEL, NFZ, "lat"/"lata", "-letni"), Czechia and
Slovakia (Czech and Slovak, rodné číslo, číslo pojištěnce/poistenca, "let", "-ročný", dates
"14. 3. 2024"), Slovenia (Slovenian, EMŠO, ZZZS, "let"), Croatia (Croatian, OIB, MBO,
"godina", dates with a final dot), the Baltic states (Lithuanian asmens kodas, "metų"; Latvian
personas kods, "gadus"; Estonian isikukood, "-aastane"; ISO dates), Ukraine (Ukrainian
Cyrillic, РНОКПП, "років"/"роки"/"рік", "14 березня 2024"), Georgia (Georgian script, პირადი
ნომერი, "წლის"), Armenia (Armenian script, ՀԾՀ, "տարեկան") and Mongolia (Mongolian Cyrillic,
регистрийн дугаар, ЭМД, "настай", "2024.03.14" and "2024 оны 3 сарын 14"). Each setting has its
own invented small towns, villages, outports, chapters, hospitals and health centres; eponymous
diseases are written as those languages write them (choroba Leśniowskiego-Crohna, Bechtěrevova
nemoc, Bechterevova choroba, Crohnova bolezen, Hashimotov tireoiditis, Parkinsono liga,
Alcheimera slimība, Basedowi tõbi, хвороба Паркінсона, ალცჰაიმერის დაავადება, Բեխտերևի
հիվանդություն, Паркинсоны өвчин; Lyme disease, Graves disease). Headings are in capitals
(KARTA INFORMACYJNA LECZENIA SZPITALNEGO, PROPOUŠTĚCÍ ZPRÁVA, PREPÚŠŤACIA SPRÁVA, ODPUSTNO
PISMO, OTPUSNO PISMO, IŠRAŠAS, EPIKRIIS, ВИПИСНИЙ ЕПІКРИЗ, ეპიკრიზი, ԷՊԻԿՐԻԶ, ЭМНЭЛГЭЭС
ГАРАХ ТЭМДЭГЛЭЛ, NURSING STATION NOTE, MEDEVAC REQUEST). Document types: case-report narratives
as posted to a discussion board, discharge summaries, nursing-station and medevac notes, a
chapter health representative's home visit, a hunting-camp injury, a lobster-boat injury,
referral letters, an SMS thread, an e-mail with a signature, a ward table, clean notes and a
discussion paragraph with literature references.

Conventions (tests/phi/corpus.py's and the fresh parts' docstrings'): a name without its title
or honorific (Dr, Mr, Mrs, Nurse, pani, pan, dr n. med., MUDr., paní, pán, gospa, gospod, dr.
med., ponia, ponas, kundze, proua, пані, пан, лікар, ქალბატონი, ბატონი, ექიმი, տիկին, պարոն,
բժիշկ, эмч and "гуай" after the name stay out); a full name in any order is one span
("Ковальчук Ганна Петрівна", "Батын Должин", "Б.Должин");
staff names and chat speakers are names; an identifier without its keyword; an age over 89
with its attached unit in any language ("94-year-old", "92 lata", "93-letni", "91 let",
"92-ročný", "95 godina", "91 metų", "92 gadus", "93-aastane", "92 роки", "95 років", "93
წლის", "92 տարեկան", "91 настай") or the number alone where no unit is attached ("aged 95",
"lat 93"); ages under 90 are not marked (clean notes carry 84-89 in several languages); a date
without its preposition ("on", "dnia", "dne", "od", "від"; "u 17:40" stays
out), with a weekday right before it and a time right after it; a Croatian final dot is part
of the date ("11.12.2024."); a year alone is not a date. Names in Georgian and Armenian are
written in the nominative, so no case ending is glued to a marked name. The street line is one span;
each locality (outport, town, village, chapter community, camp location, gmina village, obec,
vas, selo, kaimas, ciems, küla, село, სოფელი, գյուղ, баг) and the postcode are separate spans,
and a town in an inflected form is marked as written ("w Wólce Dębowej", "ve Horní Lhotce",
"у Вербівці"); a named hospital, clinic, nursing station or health centre is a place (the
whole name); provinces, territories, states, voivodeships, kraje, counties (powiat, okres),
districts (rajonas, novads, maakond), oblasts, raions, Georgian regions, Armenian marzer,
Mongolian aimags and sums, the Navajo Nation itself, and countries are never marked, nor ward
and department names. Categories: `ssn` is a US Social Security number only; other national
numbers (PESEL, rodné číslo, EMŠO, OIB, asmens kodas, personas kods, isikukood, РНОКПП,
Georgian personal number, Armenian ՀԾՀ social card number, Mongolian регистрийн дугаар,
Navajo census and tribal enrollment numbers, a Canadian SIN, a band registry number) are `other_id`; insurance numbers (MCP, YHCIP, Nova Scotia health card,
MaineCare, Healthy Michigan/Medicaid, AHCCCS, NFZ/EKUZ card, číslo pojištěnce, poistenec,
ZZZS, MBO/HZZO, ЭМД) are `health_plan`; hospital, chart and IHS numbers (and Ukrainian and
Mongolian case-history numbers) are `mrn`; passports, driving licences and professional
registrations (NPWZ) are `licence`; IBANs, accounts and invoices are
`account`; plates, VINs, snowmobile and boat registrations are `vehicle`; pacemaker, pump,
CGM, concentrator and hearing-aid serials and IMEIs are `device`.

Built as build(F46_PART, per_category=26, clean=120, references=8) + F46_LETTERS. Checked
without the scanner (a throwaway script): every span's text is the note's text at its offsets
and has no surrounding blanks, no marks or slots are left in the text, no spans overlap, note
ids are unique, every category is in generated.CATEGORY_ORDER, every marked age is over 89,
and builds under two PYTHONHASHSEED values are identical. Deterministic: its own seed
(19_046), values drawn from the builder's fixed-seed Random, no hash-order dependence.
Counts: 52 hand-written notes (40 with identifiers, one of them a web address in a
patient_information section, 11 clean, 1 reference paragraph in a discussion); 690 notes, 140
of them (20%) without any identifier (120 generated clean notes, 8 reference notes in an
introduction or discussion, 11 clean letters, 1 reference letter), 803 spans - name 92,
address 38, place 86, zip 35, date 59, age 47, phone 43, fax 28, email 31, ssn 27, mrn 33,
health_plan 37, account 32, licence 32, vehicle 38, device 31, url 44, ip 28, other_id 42
(`python -m tests.phi.fresh46_notes` prints them).

    from tests.phi.fresh46_notes import FRESH46, F46_PART, F46_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
Not wired into any test or bench: measure it once.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _l(r: random.Random, n: int, alphabet: str = "ABCEHKLMNPRSTVXZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_CYR = "АВЕКМНОРСТУХ"
_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_PL_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
              "sierpnia", "września", "października", "listopada", "grudnia"]
_CZ_MONTHS = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
              "září", "října", "listopadu", "prosince"]
_UA_MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
              "вересня", "жовтня", "листопада", "грудня"]
_GE_MONTHS = ["იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი",
              "აგვისტო", "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი"]
_EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_PL_DAYS = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]


def _f46_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1927, 2025)
    hh, mm = r.randint(0, 23), r.choice((0, 5, 10, 20, 35, 40, 55))
    month = _EN_MONTHS[m - 1]
    return r.choice([
        f"{d:02d}.{m:02d}.{y}", f"{d}. {m}. {y}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}",
        f"{y}.{m:02d}.{d:02d}", f"{d} {_PL_MONTHS[m - 1]} {y}", f"{d}. {_CZ_MONTHS[m - 1]} {y}",
        f"{d} {_UA_MONTHS[m - 1]} {y}", f"{d} {_GE_MONTHS[m - 1]}, {y}", f"{month} {d}, {y}",
        f"{m}/{d}/{y}", f"{d}-{month[:3]}-{y}", f"{y} оны {m} сарын {d}",
        f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}", f"{r.choice(_EN_DAYS)} {month[:3]} {d}",
        f"{r.choice(_PL_DAYS)} {d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y % 100:02d}",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}"])


def _ua_years(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return "рік"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "роки"
    return "років"


def _pl_years(n: int) -> str:
    return "lata" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "lat"


def _f46_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 104)
    k = r.choice((90, 95, 96, 97, 98, 99))  # a number whose plural is the genitive one
    return r.choice([
        ("a {age} retired fisherman from the outport", f"{n}-year-old"),
        ("aged {age}, still splits her own wood", f"{n}"),
        ("{age} M, brought down by medevac", f"{n}yo"),
        ("grandmother, {age}, speaks Diné only", f"{n} years old"),
        ("pacjentka lat {age}, przyjęta z SOR", f"{n}"),
        ("pacjent w wieku {age}", f"{n} {_pl_years(n)}"),
        ("{age} mężczyzna po upadku", f"{n}-letni"),
        ("pacientka ve věku {age}", f"{k} let"),
        ("{age} pacient s pneumóniou", f"{n}-ročný"),
        ("bolnica, stara {age}", f"{k} let"),
        ("bolesnica u dobi od {age}", f"{k} godina"),
        ("pacientė, {age} amžiaus", f"{n} metų"),
        ("pacients, {age} vecs", f"{k} gadus"),
        ("{age} naine, elab üksi", f"{n}-aastane"),
        ("пацієнтка віком {age}", f"{n} {_ua_years(n)}"),
        ("{age} ქალი, სოფლიდან", f"{n} წლის"),
        ("{age} կին, գյուղից", f"{n} տարեկան"),
        ("{age} эмэгтэй, малчин", f"{n} настай"),
    ])


def _f46_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"(709) 555-0{_d(r, 3)}", f"709-555-0{_d(r, 3)}", f"(867) 555-0{_d(r, 3)}",
        f"902.555.0{_d(r, 3)}", f"(928) 555-0{_d(r, 3)}", f"505-555-0{_d(r, 3)}",
        f"(207) 555-0{_d(r, 3)}", f"906-555-0{_d(r, 3)}",
        f"+48 5{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"+420 6{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"0905 {_d(r, 3)} {_d(r, 3)}", f"041 {_d(r, 3)} {_d(r, 3)}",
        f"+385 91 {_d(r, 3)} {_d(r, 4)}", f"+370 6{_d(r, 2)} {_d(r, 5)}",
        f"+371 2{_d(r, 3)} {_d(r, 4)}", f"+372 5{_d(r, 3)} {_d(r, 4)}",
        f"+380 67 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"067-{_d(r, 3)}-{_d(r, 2)}-{_d(r, 2)}",
        f"+995 599 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"(+374 91) {_d(r, 6)}",
        f"+976 99{_d(r, 2)} {_d(r, 4)}", f"8{_d(r, 3)}-{_d(r, 4)}"])


def _f46_zip(r: random.Random, _h: bool) -> str:
    ca = f"{r.choice('ABY')}0{r.choice('ACEGHKLMNP')} {r.randint(1, 9)}{_l(r, 1)}{r.randint(0, 9)}"
    return r.choice([ca, f"{r.choice(('86', '87', '04', '49'))}{_d(r, 3)}",
                     f"{_d(r, 2)}-{_d(r, 3)}", f"{_d(r, 3)} {_d(r, 2)}",
                     f"{r.randint(1, 9)}{_d(r, 3)}", f"LT-{_d(r, 5)}", f"LV-{_d(r, 4)}",
                     f"{r.randint(1, 9)}{_d(r, 4)}", f"HR-{_d(r, 5)}"])


def _iban(r: random.Random) -> str:
    return r.choice([
        f"PL{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"CZ{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"SI56 {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}",
        f"HR{_d(r, 2)}{_d(r, 17)}", f"LT{_d(r, 18)}",
        f"LV{_d(r, 2)} HABA {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 1)}",
        f"EE{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"UA{_d(r, 2)} {_d(r, 6)} {_d(r, 5)} {_d(r, 14)}", f"GE{_d(r, 2)}TB{_d(r, 16)}",
        f"SK{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}"])


F46_VALUES = {
    "mrn": lambda r, h: r.choice([
        _d(r, 7), f"{_d(r, 2)}-{_d(r, 5)}", f"{_d(r, 5)}/{r.randint(2019, 2025)}",
        f"HC{_d(r, 6)}", f"{_d(r, 3)}.{_d(r, 3)}.{_d(r, 2)}", f"{_d(r, 4)}/{r.randint(19, 25)}",
        f"K-{_d(r, 6)}", f"{_d(r, 8)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}",
        f"{_d(r, 4)} {_d(r, 3)} {_d(r, 3)}", f"{_l(r, 1)}{_d(r, 8)}{_l(r, 1)}", _d(r, 10),
        _d(r, 9), f"80203{_d(r, 15)}", f"ЭМ{_d(r, 8)}", f"A{_d(r, 8)}"]),
    "account": lambda r, h: r.choice([
        _iban(r), _iban(r), f"{_d(r, 3)}-{_d(r, 7)}", f"FV/{_d(r, 4)}/{r.randint(2020, 2025)}",
        f"{_d(r, 9)}", f"{_d(r, 6)}-{_d(r, 10)}/{_d(r, 4)}"]),
    "licence": lambda r, h: r.choice([
        f"{_l(r, 2)} {_d(r, 7)}", f"D{_d(r, 8)}", _d(r, 7), f"{_l(r, 1)} {_d(r, 3)} {_d(r, 3)}"
        f" {_d(r, 3)} {_d(r, 3)}", f"{_l(r, 2)}{_d(r, 6)}", f"{_d(r, 2)}{_l(r, 2)}{_d(r, 5)}",
        f"E{_d(r, 7)}", f"{_l(r, 3)}{_d(r, 6)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{_l(r, 3)} {_d(r, 3)}", f"{_l(r, 3)}{_d(r, 4)}", f"{_d(r, 4)} {_l(r, 2)}",
        f"{_l(r, 3)} {_d(r, 4)}", f"{_l(r, 3)} {_d(r, 4)}{_l(r, 1)}",
        f"{_d(r, 1)}{_l(r, 1)}{_d(r, 1)} {_d(r, 4)}", f"BB-{_d(r, 3)}{_l(r, 2)}",
        f"LJ {_d(r, 2)}-{_d(r, 2)}{_l(r, 1)}", f"ZG {_d(r, 4)}-{_l(r, 2)}",
        f"{_l(r, 3)} {_d(r, 3)}", f"{_l(r, 2)}-{_d(r, 4)}", f"{_d(r, 3)} {_l(r, 3)}",
        f"АА {_d(r, 4)} {_l(r, 2, _CYR)}", f"{_l(r, 2)}-{_d(r, 3)}-{_l(r, 2)}",
        f"{_d(r, 2)} {_l(r, 2)} {_d(r, 3)}", f"{_d(r, 4)} УБ{_l(r, 1, _CYR)}"]),
    "vin": lambda r, h: f"{r.choice('1245')}{_l(r, 4)}{_d(r, 5)}{_l(r, 1)}{_d(r, 6)}",
    "device": lambda r, h: r.choice([
        f"{_l(r, 2)}{_d(r, 7)}{_l(r, 1)}", f"SN {_d(r, 4)}-{_d(r, 4)}", f"{_d(r, 3)}{_l(r, 3)}{_d(r, 5)}",
        f"35{_d(r, 13)}", f"CGM-{_l(r, 2)}{_d(r, 6)}", f"{_l(r, 1)}{_d(r, 2)}-{_d(r, 6)}"]),
    "other_id": lambda r, h: r.choice([
        _d(r, 11), f"{_d(r, 6)}/{_d(r, 4)}", _d(r, 13), f"{_d(r, 6)}-{_d(r, 5)}", _d(r, 10),
        f"{_l(r, 2, 'УБАЕТХНСЧ')}{_d(r, 8)}", f"{_d(r, 3)}-{_d(r, 5)}", f"NN-{_d(r, 6)}",
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}",
        f"{r.randint(101, 665)}{r.randint(10, 99)}{r.randint(1000, 9999)}"]),
    "phone": _f46_phone,
    "fax": _f46_phone,
    "email": lambda r, h: r.choice([
        "{g}.{s}@example.pl", "{s}{n}@posta.example.si", "{g}{s}@example.ee",
        "{g}.{s}{n}@example.nl.ca", "{s}_{g}@mail.example.ge", "{g}{n}@example.mn",
        "{s}.{g}@example.cz", "{g}-{s}@example.lt"]),
    "url": lambda r, h: r.choice([
        "https://www.example.pl/{g}-{s}", "{s}{n}.example.lt/dienorastis",
        "https://example.ge/~{g}", "http://example.mn/{g}{n}", "www.example.ca/{s}-family",
        "https://fundraise.example.org/{g}-{s}-{n}", "https://{g}{s}.example.blog/"]),
    "ip": lambda r, h: r.choice([
        f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
        f"203.0.113.{r.randint(1, 254)}", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 255):x}"]),
    "zip": _f46_zip,
    "date": _f46_date,
}

F46_VOCABULARY = Vocabulary(
    given=["Eino", "Aili", "Toivo", "Lempi", "Bride", "Lorne", "Catriona", "Angus", "Darlene",
           "Harrison", "Lucien", "Halina", "Zdzisław", "Jaroslava", "Metka", "Zvonimir",
           "Rūta", "Inese", "Tiiu", "Vytautas", "Marguerite", "Wilbert"],
    surnames=["Koskela", "Heikkinen", "Mäkinen", "Begay", "Tsosie", "Yazzie", "MacIsaac",
              "Pelley", "Keough", "Thibodeau", "Grzelak", "Procházková", "Kranjc", "Babić",
              "Jankauskienė", "Bērziņa", "Tamm", "Ouellette", "Chaisson", "Rideout"],
    cities=["Capelin Bight", "Mussel Tickle", "Moosehide Crossing", "Glendhu Mills",
            "Sweetwater Mesa", "Coyote Seep", "East Penobscot Falls", "Kaleva Corners",
            "Sisu Lake", "Wólka Dębowa", "Horní Lhotka", "Spodnje Lipje", "Donji Brijest",
            "Ąžuolėliai", "Ozolkalni", "Kaseküla"],
    streets=["Harbour", "Church", "Tamarack", "Copper", "Cranberry", "Stage", "Mine",
             "Lakeview", "Birch"],
    relations=["daughter", "son", "wife", "husband", "granddaughter", "niece", "neighbour",
               "brother-in-law", "cousin"],
    clean=[
        "Sats 88% on room air; RR 26; temp 38.7; started on 2 L by nasal prongs.",
        "Nursing station protocol: ceftriaxone 1 g IM, reassess in 4 hours.",
        "Lyme disease serology negative; tick removed from the left popliteal fossa.",
        "Graves disease on carbimazole 10 mg daily; TSH < 0.01.",
        "An 86-year-old fisherman with COPD; FEV1 41% predicted.",
        "Flight time to the regional centre 1 h 40 min; weather hold overnight.",
        "Coccidioidomycosis and plague were considered; cultures pending.",
        "Frostbite grade 2 of three toes; rewarmed in water at 38 C.",
        "Choroba Leśniowskiego-Crohna od 2012 r., CDAI 240.",
        "Pacjentka lat 87, NYHA III, EF 35%, NT-proBNP 4120 pg/ml.",
        "Oddział Chorób Wewnętrznych, sala 4, łóżko 2.",
        "Bechtěrevova nemoc, HLA-B27 pozitivní, BASDAI 5,2.",
        "Pacient 88 let, GCS 14, CRP 184 mg/l, PCT 3,1.",
        "Interné oddelenie, izba 12; SpO2 92 % bez O2.",
        "Crohnova bolezen v remisiji; fekalni kalprotektin 85 µg/g.",
        "Hashimotov tireoiditis; levotiroksin 75 µg dnevno.",
        "Bolesnica u dobi od 84 godine, GUK 14,2 mmol/L.",
        "Parkinsono liga nuo 2016 m.; levodopa 100 mg 3 k. per dieną.",
        "Alcheimera slimība, MMSE 17/30; 85 gadus vecs.",
        "Basedowi tõbi, türeostaatiline ravi 12 kuud.",
        "Хвороба Паркінсона, стадія 3 за Хен-Яром; леводопа 250 мг.",
        "Пацієнтка 89 років, ЧСС 96, АТ 150/90 мм рт. ст.",
        "ალცჰაიმერის დაავადება; MMSE 16; 88 წლის.",
        "Բեխտերևի հիվանդություն; ՀԱԲ 3; 87 տարեկան.",
        "Паркинсоны өвчин; леводопа 250 мг өдөрт 3 удаа.",
        "Зүрхний цохилт 104, АД 90/60, SpO2 91%.",
        "Wells score 5, D-dimer 2.4 mg/L FEU; CTPA booked for 14:00.",
        "Ward 3B, bed 11; NEWS2 6 at 02:00.",
        "HbA1c 9.4%; metformin 1 g twice daily, insulin glargine 18 units.",
        "Down syndrome with atrioventricular septal defect repaired in 1994.",
    ],
    seed=19_046,
)

F46_CONNECTORS = [": ", " ", " no. ", " nr ", " č. ", " št. ", " br. ", " Nr. ", " № ",
                  " - ", ":\n", " = ", " #", "\t"]
F46_FRAMES = ["{kv}", "{kv}.", "- {kv}", "{kw}\n{v}", "| {kw} | {v} |", "{kv} (ověřeno)",
              "[{kv}]", "Dane: {kv}", "{kv}; bed 4", "Checked at the nursing station: {kv}.",
              "{kw} ........ {v}", "Реєстрація: {kv}", "{kv} — გადამოწმდა"]
F46_KEYWORDS = {
    "mrn": ["IHS chart", "chart #", "hospital no.", "č. chorobopisu", "nr księgi głównej",
            "nr historii choroby", "ligos istorijos", "номер медичної карти", "ისტორიის",
            "Հիվանդության պատմություն", "өвчний түүх", "MRN", "broj povijesti bolesti",
            "haigusloo nr"],
    "health_plan": ["MCP", "MCP no.", "YHCIP", "NS health card", "MaineCare ID",
                    "Healthy Michigan ID", "AHCCCS ID", "číslo pojištěnce", "číslo poistenca",
                    "ZZZS", "MBO", "EKUZ", "ЭМД-ийн дугаар", "nr karty ubezpieczenia"],
    "account": ["IBAN", "account no.", "nr rachunku", "č. účtu", "TRR", "žiro račun",
                "sąskaita", "рахунок", "ანგარიში", "invoice", "billing acct"],
    "licence": ["passport", "driver's license", "prawo jazdy", "řidičský průkaz",
                "vozniško dovoljenje", "NPWZ", "паспорт", "პასპორტი", "անձնագիր",
                "гадаад паспорт", "DL#"],
    "vehicle": ["plate", "licence plate", "nr rej.", "SPZ", "EČV", "reg. oznaka",
                "номерний знак", "snowmobile reg.", "boat reg.", "улсын дугаар", "VIN"],
    "device": ["serial", "S/N", "IMEI", "sériové číslo", "nr seryjny", "serijska št.",
               "серійний номер", "pump serial", "CGM sensor SN"],
    "other_id": ["PESEL", "RČ", "rodné číslo", "EMŠO", "OIB", "asmens kodas", "personas kods",
                 "isikukood", "РНОКПП", "პირადი ნომერი", "ՀԾՀ", "регистрийн дугаар",
                 "census #", "SIN", "tribal enrollment no."],
    "ssn": ["SSN", "Social Security no.", "SS#"],
    "phone": ["tel.", "phone", "cell", "mob.", "тел.", "ტელ.", "հեռ.", "утас"],
    "fax": ["fax", "faks", "факс", "fax no."],
}
F46_SENTENCES = {
    "licence": ["His driver's license {v} was found in the truck.",
                "Paszport {v} okazano przy przyjęciu.",
                "Řidičský průkaz č. {v} zadržela policie.",
                "Паспорт {v} скопійовано для соціального працівника.",
                "Identity checked against passport {v} before the medevac.",
                "პასპორტი {v} დაერთო ისტორიას.",
                "Lekarz prowadzący, NPWZ {v}, podpisał kartę."],
    "vehicle": ["His pickup, plate {v}, went through the ice.",
                "Snowmobile reg. {v} was recovered by the RCMP.",
                "Samochód o nr rej. {v} uderzył w drzewo.",
                "Auto SPZ {v} zůstalo na parkovišti.",
                "Машина з номером {v} зіткнулася з трактором.",
                "The truck (VIN {vin}) rolled on the washboard road.",
                "Тэрээр {v} дугаартай машинаар ирсэн.",
                "Lobster boat {v} landed him at the government wharf."],
    "mrn": ["IHS chart {v} was pulled from the basement.",
            "Previous admission under hospital no. {v}.",
            "Karta pacjenta nr {v} założona w 2019 r.",
            "Chorobopis č. {v} z roku 2021 zapůjčen.",
            "Медична карта № {v} оформлена у приймальному відділенні.",
            "{v} is the chart number at the nursing station.",
            "Өвчний түүх № {v}."],
    "health_plan": ["MCP {v} on the travel warrant.", "YHCIP {v}; travel covered.",
                    "Her MaineCare ID is {v}.", "Healthy Michigan ID {v} was active.",
                    "Číslo pojištěnce: {v} (VZP).", "Kartica ZZZS št. {v} veljavna.",
                    "MBO {v} provjeren u sustavu HZZO.", "ЭМД-ийн дугаар {v} хүчинтэй."],
    "account": ["Refund to account {v}.", "Wpłata na rachunek {v} zaksięgowana.",
                "Úhrada z účtu {v} proběhla.", "Оплата з рахунку {v} не пройшла.",
                "{v} is the hospital billing account.", "Faktura {v} odeslána pojišťovně."],
    "device": ["Pacemaker serial {v} interrogated at the clinic.",
               "Koncentrator tlenu, nr seryjny {v}, wymieniony.",
               "Inzulínová pumpa, sériové číslo {v}, selhala.",
               "The satellite phone's IMEI {v} was given to search and rescue.",
               "Слуховий апарат, серійний номер {v}, загублено у палаті."],
    "other_id": ["PESEL {v} zweryfikowany w systemie.", "Rodné číslo {v} chybí na žádance.",
                 "EMŠO {v} vpisana v napotnico.", "OIB {v} naveden na uputnici.",
                 "Asmens kodas {v}.", "Personas kods {v} pārbaudīts.",
                 "Isikukood {v} on saatekirjal.", "РНОКПП {v} внесено до декларації.",
                 "პირადი ნომერი {v}.", "ՀԾՀ {v} ստուգված է։", "Регистрийн дугаар {v}.",
                 "Navajo census number {v} on the IHS registration.",
                 "Band registry no. {v} for NIHB coverage."],
    "ssn": ["His SSN is {v}.", "SSN {v} was used for the AHCCCS application.",
            "Social Security number {v} on the tribal benefits form.",
            "{v} (SSN) was on the VA paperwork."],
    "phone": ["Her daughter in St. John's can be reached at {v}.",
              "Call the nursing station at {v} after 17:00.",
              "Córka: tel. {v}.", "Kontakt na syna {v}.", "Телефон доньки {v}.",
              "მეუღლე: {v}", "Ծոռը՝ {v}", "Хүүгийн утас {v}.",
              "The chapter health rep's cell is {v}."],
    "fax": ["Referral faxed to {v}.", "Faks oddziału: {v}.", "Wynik odfaksowano na {v}.",
            "Fax the MEDEVAC form to {v}.", "Факс поліклініки {v}."],
    "email": ["Her son writes from {v}.", "Wyniki wysłano na {v}.", "Kontaktní e-mail: {v}.",
              "Ел. пошта доньки: {v}", "ელფოსტა: {v}", "Send the summary to {v}."],
    "url": ["The family posts updates at {v}.", "Zbiórka na leczenie: {v}.",
            "Her fundraiser, {v}, paid for the flight.", "Блог пацієнтки: {v}",
            "Photos of the rash were shared on {v}."],
    "ip": ["The home monitor last synced from {v}.", "Telehealth cart at {v} dropped the call.",
           "Logowanie do portalu z {v}.", "Přihlášení z IP {v} zaznamenáno.",
           "Вхід до кабінету з {v}."],
    "zip": ["Postal code {v} on the travel warrant.", "Kod pocztowy: {v}.", "PSČ {v}.",
            "Pošta {v}, občina ni navedena.", "Pasto kodas {v}.", "Індекс {v}.",
            "Mailing address ends {v}."],
    "date": ["Admitted {v}.", "DOB {v}", "Przyjęta {v}, wypisana po 9 dniach.",
             "Data urodzenia: {v}", "Datum narození: {v}", "Přijat dne {v}.",
             "Sprejet {v} na interni oddelek.", "Datum prijema: {v}", "Gimimo data: {v}",
             "Dzimšanas datums: {v}", "Sündinud {v}.", "Дата госпіталізації: {v}",
             "Дата народження: {v}", "დაბადების თარიღი: {v}", "Ծննդյան ամսաթիվ՝ {v}",
             "Төрсөн огноо: {v}", "Medevac left the strip {v}.", "Seen in clinic {v}."],
    "address": ["Lives at [[address:{n} {street} Road]] with her husband.",
                "Ambulance to [[address:{n} {street} Lane]], past the fish plant.",
                "Home: [[address:{n} {street} Street, Apt {n2}]]",
                "Zamieszkała: [[address:ul. Leśna {n}/{n2}]], [[place:Wólka Dębowa]].",
                "Bydliště: [[address:Horní Lhotka {n}]], okres neuveden.",
                "Naslov: [[address:Spodnje Lipje {n}]].",
                "Adresa: [[address:Ulica Matije Gupca {n}]], [[place:Donji Brijest]].",
                "Adresas: [[address:Beržų g. {n}-{n2}]], [[place:Ąžuolėliai]].",
                "Адреса: [[address:вул. Шевченка, {n}, кв. {n2}]], [[place:Вербівка]].",
                "მისამართი: [[address:რუსთაველის ქ. {n}]], [[place:ქვემო ნიგვზიანი]]."],
    "place": ["She grew up in {city} and never left.", "He fishes out of {city}.",
              "Flown out from {city} by the Twin Otter.", "Mieszka w {city} z córką.",
              "Pochází z {city}.", "A {city} native, she ran the post office.",
              "Pacjent z [[place:Wólki Dębowej]], rolnik.",
              "Prevezen iz [[place:Donjeg Brijesta]] vozilom hitne pomoći.",
              "Родом з [[place:Вербівки]], працював трактористом.",
              "Переведена з [[place:Нижніх Ставків]].",
              "Гүйцэтгэсэн: [[place:Баянбулаг]] багийн эмч.",
              "ცხოვრობს სოფელ [[place:ზემო ჭალაში]].",
              "Ապրում է [[place:Վերին Ծաղկաձոր]] գյուղում։",
              "Transferred from [[place:Sweetwater Mesa Health Center]] by ground."],
    "name": ["{full} was seen at the nursing station.", "Her {rel} {given} drove her in.",
             "Mr {surname} refused the medevac.", "Discussed with {full} and the elders.",
             "{given} wants to be home for the caribou hunt.",
             "Pani {full} zgłosiła się z córką.", "Pacjenta {surname} przyjęto na oddział.",
             "Paní {surname} odmítla hospitalizaci.", "Pacient {full} byl přeložen.",
             "Gospa {surname} je zavrnila operacijo.",
             "Пацієнтку [[name:Ковальчук Ганну Петрівну]] оглянуто.",
             "Супроводжує син [[name:Олег]].", "პაციენტი [[name:ნინო ბერიძე]] შემოვიდა.",
             "Հիվանդ [[name:Անահիտ Սարգսյան]], 74 տարեկան, ընդունվել է։",
             "Өвчтөн [[name:Батын Должин]] ирсэн.", "[[name:Дорж]] гуай хэвтсэн."],
}
F46_AFTER = ["{v} ({kw})", "{v} — {kw}", "{v} [{kw}]", "{v}, tj. {kw}", "{v} = {kw} on file"]
F46_REFERENCES = [
    "Podobne przypadki opisano wcześniej (https://doi.org/10.20452/pamw.{n}).",
    "See the Arctic review at https://pubmed.ncbi.nlm.nih.gov/{n}{n}/ for the same pattern.",
    "Cf. https://doi.org/10.1080/22423982.2020.{n} on medevac delays.",
    "Див. огляд https://www.ncbi.nlm.nih.gov/pmc/articles/PMC{n}{n}/ .",
]
F46_STYLES = [
    "NURSING STATION NOTE\n{body}\nPlan: phone consult with the on-call physician.",
    "MEDEVAC REQUEST\nPriority 2\n{body}\nEscort: RN. Weather: ceiling 800 ft.",
    "KARTA INFORMACYJNA LECZENIA SZPITALNEGO\n{body}\nZalecenia: kontrola w POZ za 7 dni.",
    "PROPOUŠTĚCÍ ZPRÁVA\n{body}\nDoporučení: kontrola u praktického lékaře.",
    "PREPÚŠŤACIA SPRÁVA\n{body}",
    "ODPUSTNO PISMO\n{body}\nKontrola pri osebnem zdravniku čez 14 dni.",
    "OTPUSNO PISMO\n{body}",
    "IŠRAŠAS\n{body}",
    "EPIKRIIS\n{body}",
    "ВИПИСНИЙ ЕПІКРИЗ\n{body}\nРекомендовано: нагляд сімейного лікаря.",
    "ეპიკრიზი\n{body}",
    "ԷՊԻԿՐԻԶ\n{body}",
    "ЭМНЭЛГЭЭС ГАРАХ ТЭМДЭГЛЭЛ\n{body}",
    "| Bed | Identifiers / issue | Plan |\n|---|---|---|\n| 6 | {body} | home Friday |",
    "{body}",
    "{body}",
]

F46_PART = Part("fresh46", F46_VOCABULARY, F46_CONNECTORS, F46_FRAMES, F46_KEYWORDS,
                F46_SENTENCES, F46_AFTER, F46_REFERENCES, True, values=F46_VALUES,
                age=_f46_age, styles=F46_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh46-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("nl-outport",
     "Case for the board: a [[age:93-year-old]] retired inshore fisherman from [[place:Capelin "
     "Bight]], on the Northern Peninsula, was brought by his nephew [[name:Cyril Pelley]] to the "
     "[[place:Mussel Tickle Community Health Centre]] on [[date:February 11, 2025]] after three "
     "days of productive cough. MCP [[health_plan:418 207 395 016]]. Home is [[address:12 Stage "
     "Road]], [[place:Capelin Bight]], NL [[zip:A0K 4R2]]; the clinic nurse can be reached at "
     "[[phone:(709) 555-0148]]. Sats 84%, RR 30. The air ambulance could not land in the fog, so "
     "he was treated in the clinic with ceftriaxone and did well."),
    ("nl-lobster",
     "Lobster boat injury. [[name:Wilbert Rideout]], 54, caught his left hand in the hauler off "
     "[[place:Pinchard's Reach]] on [[date:Tue May 13]]; the boat, registration [[vehicle:C-41728]], "
     "came in to the government wharf at 11:40. Seen by Dr [[name:Anjali Fudge]] at the cottage "
     "hospital; tetanus updated, X-ray showed a tuft fracture of the index finger. His wife "
     "[[name:Bride]] phoned from [[phone:709-555-0193]] and will drive him to the fracture clinic."),
    ("yukon-medevac",
     "MEDEVAC REQUEST\nPriority 1\nSending facility: [[place:Moosehide Crossing Health Centre]], "
     "Yukon\nPatient: [[name:Lorne Kushniruk]], DOB [[date:1961-08-03]]\nYHCIP [[health_plan:002-418-733]]\n"
     "Snowmobile rollover on the trail out of [[place:Beaver Flats]]; sled registration "
     "[[vehicle:YT 41872]] left at the scene. GCS 13, suspected pelvic fracture, binder applied.\n"
     "Requesting nurse: [[name:Marianne Oulette]], fax [[fax:(867) 555-0162]]."),
    ("yukon-elder",
     "Elder [[name:Agnes Jonathan-Frost]] is [[age:94]] and lives alone in a cabin at "
     "[[place:Little Salmon Flats]]. Her hearing aid (serial [[device:PH4173829K]]) was lost "
     "during the move to the nursing station. Telehealth video to the territorial hospital "
     "connected from [[ip:10.41.7.23]]; the cardiologist advised increasing furosemide to 40 mg."),
    ("cape-breton",
     "Mrs [[name:Catriona MacIsaac]] ([[age:91]]) from [[place:Glendhu Mills]] was admitted to "
     "[[place:Inverglen Memorial Hospital]] on [[date:January 6, 2025]] with a fractured neck of "
     "femur after a fall in the byre. Nova Scotia health card [[health_plan:0041 736 208]]. She "
     "speaks Gaelic at home; her son [[name:Angus Dòmhnall MacIsaac]] interpreted. Home address "
     "[[address:1184 Brook Road]], [[place:Glendhu Mills]], NS [[zip:B0E 2K0]]."),
    ("cape-breton-email",
     "From: [[name:Angus MacNeil]] <[[email:angus.macneil@example.ns.ca]]>\nTo: cardiology "
     "referrals\nSubject: re: my mother's appointment\n\nHello, Mam cannot make the drive to "
     "[[place:Sydney]] in this weather. Could the echo be done at the local hospital instead?\n\nThanks,\n"
     "[[name:Angus MacNeil]]\n[[address:77 Shore Road]], [[place:Port Ban Harbour]], NS\n"
     "Cell [[phone:902.555.0187]]"),
    ("navajo-chr",
     "CHR home visit. Grandmother [[name:Darlene Tsosie]], [[age:92 years old]], lives near the "
     "[[place:Coyote Seep]] chapter house, fourteen miles of dirt road off the highway, with no "
     "running water. She speaks Diné only; her granddaughter [[name:Kayla Begay]] interpreted. "
     "IHS chart [[mrn:0417382]], census # [[other_id:73-41928]]. SSN [[ssn:527-41-8830]] was "
     "needed for the AHCCCS renewal. The CHR, [[name:Harrison Yazzie]] (cell [[phone:(928) "
     "555-0177]]), will bring the water barrels and the new glucometer strips on Friday."),
    ("navajo-snakebite",
     "Rattlesnake bite to the right hand while herding sheep near [[place:Tó Łikan Springs]], New "
     "Mexico. [[name:Wilson Nez]], 38, DOB [[date:4/19/1986]], drove himself in his pickup "
     "(NM plate [[vehicle:BRK 417]]) to [[place:Sweetwater Mesa Indian Hospital]]. Swelling to "
     "the elbow at 2 hours; CroFab 6 vials. IHS chart [[mrn:HC417382]]."),
    ("navajo-enrollment",
     "[[name:Irene Yazzie]], 61, Navajo Nation tribal enrollment no. [[other_id:NN-417382]], "
     "Arizona driver's license [[licence:D04173829]]. Mailing address: [[address:P.O. Box 418]], "
     "[[place:Tó Łikan Springs]], AZ [[zip:86514]]. Referred for dialysis three times a week; "
     "the van ride is 70 miles each way."),
    ("navajo-url",
     "Her granddaughter posted her story and the dialysis fundraiser at "
     "[[url:https://fundraise.example.org/grandma-tsosie-dialysis]].",
     "patient_information"),
    ("maine-logger",
     "[[name:Lucien Thibodeau]], 71, a retired logger from [[place:East Penobscot Falls]], was "
     "seen with erythema migrans and knee effusion; Lyme disease serology positive. MaineCare ID "
     "[[health_plan:K41738290C]]. Lives at [[address:48 Tannery Road]], [[place:East Penobscot "
     "Falls]], ME [[zip:04417]]. His wife [[name:Marguerite]] drove him in the truck (plate "
     "[[vehicle:4172 KT]]); reach her at [[phone:(207) 555-0126]]."),
    ("maine-billing",
     "Billing note: the ambulance invoice for [[name:Roland Ouellette]] was charged to account "
     "[[account:41738290]]. The truck that struck him on the county road was identified from its VIN "
     "[[vehicle:1FTEX41728K417382]]. He was born [[date:Mar 2, 1948]]."),
    ("up-deer-camp",
     "Deer camp injury: [[name:Eino Koskela]], 67, fell from a tree stand at his camp near "
     "[[place:Kaleva Corners]] on [[date:November 15, 2024]]. His brother [[name:Toivo]] drove "
     "him out to [[place:Copper Range Community Hospital]] in the truck ([[vehicle:EKT 4172]]). "
     "Healthy Michigan ID [[health_plan:0041738290]]. CT: L1 compression fracture; he asked to be "
     "home in time for the sauna on Saturday."),
    ("up-elder",
     "[[name:Lempi Heikkinen]] is a [[age:96-year-old]] widow from [[place:Sisu Lake]] who still "
     "bakes pulla for the church sale. DOB [[date:03/02/1929]]. She surrendered her driver's "
     "license [[licence:H 417 382 905 118]] last spring. Her daughter asks for updates by e-mail "
     "to [[email:aili.heikkinen@example.com]]."),
    ("up-fax",
     "Records from the old mine company clinic were faxed to [[fax:906-555-0135]]. Hospital no. "
     "[[mrn:55-04173]]; admitted [[date:2024-12-02 06:40]] with a GI bleed, Hb 6.8 g/dL."),
    ("nl-sms",
     "14/01/2025 22:41 - [[name:Bride Keough]]: Mom's sats are 86 again and she won't keep the "
     "oxygen on\n14/01/2025 22:43 - Nurse [[name:Gerard]]: turn it up to 3 L and I'll come by\n"
     "14/01/2025 22:44 - [[name:Bride Keough]]: door is open, [[address:6 Cranberry Lane]]"),
    ("pl-karta",
     "KARTA INFORMACYJNA LECZENIA SZPITALNEGO\n[[place:Szpital Powiatowy im. św. Łukasza w "
     "Zagórzanach]]\nPacjentka: [[name:Halina Grzelak]], lat [[age:93]]\nPESEL: "
     "[[other_id:31042807426]]\nAdres: [[address:ul. Polna 14]], [[zip:34-412]] [[place:Wólka "
     "Dębowa]]\nPrzyjęta: [[date:03.02.2025]], wypisana: [[date:12.02.2025]]\nRozpoznanie: "
     "zapalenie płuc. Lekarz prowadzący: dr n. med. [[name:Tomasz Wrzos]], NPWZ "
     "[[licence:4173926]]."),
    ("pl-prose",
     "Opis przypadku: 67-letni rolnik z [[place:Zagórzan Małych]] został przywieziony przez syna "
     "[[name:Bartłomieja]] po upadku z przyczepy [[date:14 lipca 2024]]. Samochód syna (nr rej. "
     "[[vehicle:KNS 41728]]) stał przed izbą przyjęć do rana. Zwrot kosztów na rachunek "
     "[[account:PL27 1140 2004 0000 3102 7813 9044]]."),
    ("pl-sms",
     "[[date:12.03.2025 21:14]] [[name:Kasia]]: mama ma znowu 39 stopni\n[[date:12.03.2025 "
     "21:20]] [[name:Kasia]]: dzwonię na nocną pomoc, [[phone:+48 512 417 390]]\n"
     "[[date:12.03.2025 21:31]] [[name:Zdzisław Grzelak]]: jadę, będę za 20 minut"),
    ("pl-age",
     "Pacjent w wieku [[age:92 lata]], mieszkaniec [[place:Dębowej Góry]], przyjęty z "
     "odwodnieniem. Karta EKUZ nr [[health_plan:80616004170038290516]]. Kontakt: wnuczka "
     "[[name:Magdalena Sowa]], [[email:magda.sowa@example.pl]]."),
    ("cz-zprava",
     "PROPOUŠTĚCÍ ZPRÁVA\n[[place:Nemocnice Horní Lhotka]], interní oddělení\nPaní "
     "[[name:Jaroslava Procházková]], [[age:96 let]], RČ [[other_id:285112/047]], číslo "
     "pojištěnce [[health_plan:2851120471]]\nBydliště: [[address:Horní Lhotka 41]], "
     "[[zip:569 43]]\nPřijata [[date:4. 1. 2025]], propuštěna [[date:15. 1. 2025]].\nDcera: "
     "[[phone:+420 604 417 392]]\nMUDr. [[name:Petr Skála]]"),
    ("cz-cgm",
     "Senzor CGM, sériové číslo [[device:CGM-KT417382]], posílal data z domácí sítě "
     "([[ip:192.0.2.44]]) až do [[date:22. března 2025]]. Pan [[name:Miroslav Dvořáček]] z "
     "[[place:Lhotky pod Hájem]] byl přijat s hypoglykémií 1,9 mmol/l; auto SPZ "
     "[[vehicle:4K7 2315]] odvezl soused."),
    ("sk-sprava",
     "PREPÚŠŤACIA SPRÁVA\nPacient [[name:Ján Kováčik]], [[age:91-ročný]], z obce [[place:Dolné "
     "Vrbice]] (Banskobystrický kraj), číslo poistenca [[health_plan:3405170417]]. Prijatý "
     "[[date:7. 3. 2025]] s pneumóniou. Syn [[name:Marek]] prišiel autom EČV [[vehicle:BB-417KT]], "
     "tel. [[phone:0905 417 392]]."),
    ("si-odpustno",
     "ODPUSTNO PISMO\n[[place:Bolnišnica Gorenja Brezovica]], interni oddelek\nGospa [[name:Metka "
     "Kranjc]], stara [[age:90 let]], EMŠO [[other_id:1503935505123]], ZZZS "
     "[[health_plan:041738295]]\nNaslov: [[address:Spodnje Lipje 17]], [[zip:4274]] "
     "[[place:Zgornja Brezovica]]\nSprejeta [[date:2. 2. 2025]]; hči [[name:Petra]], tel. "
     "[[phone:041 417 392]]. Povračilo na TRR [[account:SI56 1910 0000 4173 829]]."),
    ("hr-otpusno",
     "OTPUSNO PISMO\nBolesnica [[name:Mara Babić]], [[age:95 godina]], iz [[place:Donjeg "
     "Brijesta]] (Ličko-senjska županija), OIB [[other_id:41738290516]], MBO "
     "[[health_plan:417382905]]. Primljena [[date:11.12.2024.]], otpuštena [[date:20.12.2024.]] "
     "Sin [[name:Zvonimir]] ([[phone:+385 91 417 3920]]) dovezao ju je automobilom reg. oznake "
     "[[vehicle:GS 417-KT]]."),
    ("hr-licence",
     "Vozač [[name:Ivica Perković]], vozačka dozvola br. [[licence:41738290]], prevezen je iz "
     "[[place:Gornjeg Brijesta]] u [[place:Opću bolnicu Brijest]] nakon prometne nesreće "
     "[[date:3.8.2024.]] u 17:40."),
    ("lt-israsas",
     "IŠRAŠAS\nPacientė [[name:Ona Jankauskienė]], [[age:92 metų]], asmens kodas "
     "[[other_id:43203141127]], gyvena [[place:Ąžuolėlių]] kaime (Utenos rajonas). Ligos "
     "istorijos Nr. [[mrn:2417/25]]. Atvyko [[date:2025-01-08]]. Dukra [[name:Rūta]], tel. "
     "[[phone:+370 612 41739]]. Kompensacija į sąskaitą [[account:LT41 7300 0101 2345 6789]]."),
    ("lv-izraksts",
     "Pacients [[name:Jānis Bērziņš]], [[age:92 gadus]] vecs, personas kods "
     "[[other_id:140632-10417]], atvests no [[place:Ozolkalniem]] uz [[place:Rūjienas ciema "
     "slimnīcu]] [[date:2025-02-03]]. Automašīna [[vehicle:KT-4172]] palika pie mājas. Meitas "
     "tālrunis [[phone:+371 2641 7392]]."),
    ("ee-epikriis",
     "EPIKRIIS\n[[age:93-aastane]] naine [[name:Tiiu Tamm]], isikukood [[other_id:43107152718]], "
     "elab [[place:Kasekülas]] (Järvamaa). Saabus [[date:2025-02-19]]. Haigusloo nr "
     "[[mrn:25-04173]]. Dementsuse tõttu kannab GPS-käevõru, IMEI [[device:352417382905117]]. "
     "Poja e-post [[email:margus.tamm@example.ee]]."),
    ("ua-epikryz",
     "ВИПИСНИЙ ЕПІКРИЗ\n[[place:Вербівська районна лікарня]]\nПацієнтка [[name:Ковальчук Ганна "
     "Петрівна]], [[age:92 роки]]\nАдреса: [[address:вул. Садова, 7]], с. [[place:Вербівка]], "
     "[[zip:08412]]\nРНОКПП [[other_id:1183407426]]\nМедична карта № [[mrn:4173/2025]]\n"
     "Госпіталізована [[date:14 березня 2025]], виписана [[date:24.03.2025]].\nЛікар "
     "[[name:Олена Мельник]], тел. [[phone:+380 67 417 39 20]]"),
    ("ua-prose",
     "Пацієнт [[name:Петро Іваненко]], [[age:95 років]], переїхав до доньки у [[place:Нижні "
     "Ставки]]. Донька [[name:Оксана]] збирає кошти на слуховий апарат: [[url:https://www."
     "example.org.ua/zbir-ivanenko]]. Паспорт [[licence:КВ417382]] загублено."),
    ("ge-epikrizi",
     "ეპიკრიზი\nპაციენტი: [[name:ნინო ბერიძე]], [[age:93 წლის]]\nპირადი ნომერი: "
     "[[other_id:01017041738]]\nმისამართი: სოფელი [[place:ზემო ნიგვზიანი]], კახეთი\n"
     "შემოსვლის თარიღი: [[date:12.01.2025]]\nქალიშვილი [[name:თამარ ბერიძე]], ტელ. "
     "[[phone:+995 599 41 73 92]]"),
    ("ge-pacemaker",
     "პაციენტი [[name:გიორგი მაისურაძე]], 78 წლის. [[place:ნიგვზიანის ამბულატორიაში]] "
     "შეუმოწმეს კარდიოსტიმულატორი, სერიული ნომერი [[device:RK4173829T]]. ანგარიში "
     "[[account:GE41TB4173829051160000]]."),
    ("am-epikriz",
     "ԷՊԻԿՐԻԶ\nՀիվանդ՝ [[name:Անահիտ Սարգսյան]], [[age:92 տարեկան]]\nՀԾՀ՝ "
     "[[other_id:4117382905]]\nԲնակության վայր՝ Տավուշի մարզ, [[place:Վերին Ծաղկաձոր]] գյուղ, "
     "[[address:3-րդ փողոց, տուն 14]]\nԸնդունվել է՝ [[date:05.02.2025]]\nԲուժող բժիշկ՝ "
     "[[name:Արմեն Հակոբյան]]\nՀեռ.՝ [[phone:+374 91 417392]]"),
    ("am-passport",
     "Հիվանդ՝ պարոն [[name:Վարդան Գրիգորյան]], 81 տարեկան։ Անձնագիր՝ [[licence:AR4173829]]։ "
     "Ծոռը՝ [[name:Լիլիթ]], հեռ. [[phone:(+374 93) 417392]]։"),
    ("mn-temdeglel",
     "ЭМНЭЛГЭЭС ГАРАХ ТЭМДЭГЛЭЛ\nӨвчтөн: [[name:Батын Должин]], [[age:91 настай]], малчин\n"
     "Регистрийн дугаар: [[other_id:УЗ34021217]]\nХаяг: Өвөрхангай аймаг, [[place:Баянбулаг]] "
     "баг\nЭМД-ийн дугаар: [[health_plan:ЭМ41738290]]\nХэвтсэн: [[date:2025.01.17]], гарсан: "
     "[[date:2025 оны 1 сарын 29]]\nӨвчний түүх № [[mrn:417/25]]\nЭмч [[name:Г.Сарантуяа]], "
     "утас [[phone:+976 9941 7392]]"),
    ("mn-herder",
     "Малчин [[name:Дорж]] гуай морноос унаж, хүү [[name:Бат-Эрдэнэ]] нь түүнийг "
     "[[vehicle:4172 УБК]] дугаартай машинаар [[place:Хужирт-Ус]] тосгоны эмнэлэгт хүргэсэн. "
     "Хүүгийн имэйл [[email:baterdene41@example.mn]]."),
    ("ward-table",
     "| Bed | Patient | Issue | Plan |\n|---|---|---|---|\n| 2 | [[name:Aili Mäkinen]], "
     "[[age:97]] | CHF | diurese |\n| 4 | [[name:Gus Chaisson]], 73 | COPD | home O2, "
     "concentrator SN [[device:IN41738290K]] |\n| 6 | [[name:Halina Grzelak]], [[age:93 lata]] | "
     "pneumonia | PESEL [[other_id:31042807426]] |"),
    ("yukon-sin",
     "Social worker note: [[name:Wilbert Nukon]] needs his SIN ([[other_id:417 382 905]]) and "
     "band registry no. [[other_id:6210417382]] for the travel benefit. He lives at "
     "[[address:Lot 14, Moose Lick Road]], [[place:Moosehide Crossing]], YT [[zip:Y0B 1K0]]."),
    ("nl-account",
     "Travel warrant reimbursement to account [[account:004-4173829]] for [[name:Bride Keough]]; "
     "flights booked from [[place:Mussel Tickle]] for [[date:March 3rd, 2025]]."),
    # ---- clean letters
    ("clean-nl",
     "NURSING STATION NOTE\nAn 86-year-old man with COPD; sats 87% on air, RR 24. Ceftriaxone "
     "1 g IM given per protocol. Medevac not required; reassess at 08:00. Weather: freezing "
     "drizzle across Labrador, no flights today."),
    ("clean-pl",
     "KARTA INFORMACYJNA\nPacjent lat 88, Oddział Chorób Wewnętrznych, sala 3. Choroba "
     "Leśniowskiego-Crohna od 2010 r. CRP 112 mg/l, Hb 9,8 g/dl. Zalecenia: mesalazyna 2 g/d, "
     "kontrola w poradni gastroenterologicznej za 4 tygodnie."),
    ("clean-cz",
     "Pacientka 87 let, Bechtěrevova nemoc, BASDAI 6,1. Interní oddělení, pokoj 5. Propuštěna "
     "na metotrexát 15 mg týdně; kontrola v revmatologické ambulanci za 3 měsíce."),
    ("clean-si-hr",
     "Crohnova bolezen v remisiji, fekalni kalprotektin 60 µg/g. Bolesnica u dobi od 85 godina, "
     "Hashimotov tireoiditis, levotiroksin 50 µg. Odjel interne medicine, soba 7."),
    ("clean-baltic",
     "Parkinsono liga, Hoehn ir Yahr 3; 86 metų. Alcheimera slimība, MMSE 18/30. Basedowi tõbi, "
     "TSH alla 0,01; 84-aastane. Vidaus ligų skyrius, palata 12."),
    ("clean-ua",
     "Хвороба Паркінсона, стадія 3; пацієнтка 88 років. АТ 160/95, ЧСС 88. Терапевтичне "
     "відділення, палата 6. Рекомендовано леводопу 250 мг тричі на день."),
    ("clean-ge",
     "ალცჰაიმერის დაავადება, MMSE 15; 87 წლის. არტერიული წნევა 150/90, პულსი 92. "
     "თერაპიული განყოფილება, პალატა 4."),
    ("clean-am",
     "Բեխտերևի հիվանդություն, 86 տարեկան։ Զարկերակային ճնշում 140/85, պուլս 78։ Թերապևտիկ "
     "բաժանմունք, պալատ 9։"),
    ("clean-mn",
     "Паркинсоны өвчин, 85 настай. Даралт 150/90, зүрхний цохилт 96. Дотрын тасаг, 3-р өрөө. "
     "Леводопа 250 мг өдөрт 3 удаа."),
    ("clean-navajo",
     "Chapter health fair: 140 adults screened, HbA1c above 9% in 31. Plague and hantavirus "
     "education given; coccidioidomycosis considered in two patients with cough. Ages 18 to 89."),
    ("clean-up",
     "Graves disease, TSH < 0.01, free T4 48 pmol/L; methimazole 20 mg daily. An 89-year-old "
     "woman, ward 2 North, bed 6; Barthel 70/100; discharge planned for day 5."),
    ("reference-discussion",
     "Discussion: delays to aeromedical transfer from outports and remote communities are "
     "well described (https://doi.org/10.3402/ijch.v72i0.21173; "
     "https://pubmed.ncbi.nlm.nih.gov/31846217/), and Polish and Czech series report the same "
     "pattern in rural hospitals (https://doi.org/10.20452/pamw.16412).",
     "discussion"),
]
F46_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH46: tuple[Note, ...] = build(F46_PART, per_category=26, clean=120, references=8) + F46_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH46 for e in n.expected)
    print(len(FRESH46), "notes,", sum(1 for n in FRESH46 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

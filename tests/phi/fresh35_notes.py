"""FRESH35: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a thirty-first author after the nineteenth round; it is measured once, and its
result is recorded with that measurement. Its author read only tests/phi/generated.py (the
framework: Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring),
tests/phi/corpus.py (the Note type, the span conventions, parse, evaluate), the
de-identification section (5) of the project's domain notes (45 CFR 164.514(b)(2) Safe Harbor),
the module docstrings only of tests/phi/fresh16_notes.py to fresh34_notes.py (read with
ast.get_docstring), the wiring lines of fresh16_notes.py (its Part call, _letter, build and
__main__ lines, printed with grep -n and sed) and pyproject.toml's line length; not the scanner,
its patterns, name lists, model or data, its benchmark (bench/), its tests, the body of any
other fresh part (others were being written at the same time and were not opened), nor their git
history; the scanner was not run or imported while writing it, nor on its notes. Its vocabulary,
value shapes, keywords, connectors, frames, note styles and hand-written letters are this
author's own, as a global case-discussion board sees them: about half English-language settings
(eastern Kentucky's coalfield hollows with a US SSN and Kentucky Medicaid, the Navajo Nation
with Indian Health Service chart numbers, a census number and a US SSN, Alaska's bush villages
in the Yukon-Kuskokwim Delta and the Northwest Arctic with IHS/tribal chart numbers, Denali
KidCare and Alaska Medicaid, Wales with the NHS number and Welsh place names, Welsh months and
"oed", Tasmania and the Northern Territory with Medicare, URN and rego) and half non-English
settings in their languages and scripts: the Andes (Peru and Bolivia: Spanish with Quechua and
Aymara names, DNI, CI with its department suffix, SIS, SUS, HC, "años"), Catalonia (Catalan,
DNI/NIE, CIP/TSI, NHC, "anys", Catalan months), the Basque Country (Spanish and Basque, TIS,
"urteko", "años"), Poland (Polish, PESEL, NFZ, EKUZ, nr księgi głównej, "lata"/"lat", inflected
town names), Czechia (Czech, rodné číslo, číslo pojištěnce and the pojišťovna's code, "let",
"-letá"), Hungary (Hungarian, TAJ, személyi igazolvány, family name first and the married "-né"
form, "éves", year-first dates), Croatia (Croatian, OIB, MBO, "godine"/"godina", dates with a
final dot), Ukraine (Ukrainian in Cyrillic, РНОКПП, "роки"/ "років", "вул.") and Lithuania
(Lithuanian, asmens kodas, PSD, "metų", "2024 m. kovo 12 d."). Each setting has its own
hospitals, departments and wards, diseases with eponyms as those languages write them
(enfermedad de Chagas, malaltia de Crohn, Crohn-en gaixotasuna, choroba Hashimoto, Bechtěrevova
nemoc, Basedow-kór, Parkinsonova bolest, хвороба Паркінсона, Alzheimerio liga, Kawasaki
disease), headings in capitals and everyday words as notes have them; small towns, villages and
chapters appear in running prose, people are named in prose without labels, and plates are
written as each country writes them ("KNT 4A172", "1J2 3456", "AA BC-412", "GS 412-AB", "АТ 4172
ВС", "KLM 412", "4172 LKN", "2418-KTG", "V1A-234", "CU19 XHT", a Navajo Nation "NN 47210") and a
VIN. Document types: case-report narratives as posted to a discussion board, discharge summaries
(informe de alta, informe d'alta, alta-txostena, karta informacyjna, propouštěcí zpráva,
zárójelentés, otpusno pismo, виписка, išrašas, discharge summaries), a community health aide
encounter, an IHS progress note, an RFDS retrieval, referral letters, nursing notes, an invoice,
a chat thread, clean notes and a discussion paragraph with literature references.

Conventions (tests/phi/corpus.py's and the earlier fresh parts' docstrings'): a name without its
title or honorific (Dr, Dr., Dra., Mr, Mrs, Ms, Sr., Sra., MUDr., Ing., pani, pan, paní, lek.,
dr., Gospodin, gospođa, пані, Mamgu, and the Hungarian "szül." stay out); a full name in any
order is one span ("Kovács Péter", "Szabó Istvánné", "Гнатюк Ганна Василівна", "Mamani Quispe
Saturnina"); staff names, also with initials ("R. Begay"), are names, and so are a chat's
speakers; an identifier without its keyword; an age over 89 with its attached unit in any
language ("93-year-old", "92 años", "91 anys", "94 urteko", "92 lata", "95 lat", "93 let",
"92letá", "94 éves", "92 godine", "95 godina", "92 роки", "95 років", "93 metų", "91 oed") or
the number alone where no unit is attached ("aged 95", "lat 92"); ages under 90 are not marked
(the clean notes carry 84-89 in several languages); a date without its preposition ("on", "el")
with a weekday right before it and a time right after it; a Croatian or Hungarian date's final
dot, an ordinal mark, is part of the date ("12. 3. 2024.", "2024. március 12."), and so are the
Lithuanian "m." and "d." inside one ("2024 m. kovo 12 d."); the Polish and Ukrainian "r."/"р."
after a date stays out; a year alone is not a date. The street line is one span ("ul. Kościuszki
14/3", "carrer de la Font, 12, 2n 1a", "вул. Шевченка, 14, кв. 3", "HC 61 Box 418", "Lot 412
Stuart Highway"; a Welsh house name with its road: "Bryn Awel, Heol y Bont"); each locality
(town, village, chapter, community, barrio, comunidad, poble, herri, gmina village, obec, falu,
selo, село, kaimas) and the postcode are separate spans; a town in an inflected form is marked
as written ("do Sanoka", "z Třebíče", "kraj Otočca", "netoli Zarasų"); a named hospital, clinic
or health centre is a place, the whole name also when it holds a town's name ("Szpital Powiatowy
w Nowym Targu", "Opća bolnica Gospić"); states, regions, provinces, departments, comarques,
counties, kraje, megyék, županije, oblasts, apskritys and countries (KY, Kentucky, AZ, NM,
Alaska, Ceredigion, Gwynedd, Tasmania, NT, Puno, Osona, Gipuzkoa, Vysočina,
Szabolcs-Szatmár-Bereg, Lika, Івано-Франківська область, Utenos apskritis) are never marked, nor
ward names. Categories: `ssn` is a US Social Security number only (Kentucky, Navajo and Alaska
patients); other national numbers (Navajo census number, DNI, Bolivian CI, NIE, PESEL, rodné
číslo, személyi igazolvány, OIB, РНОКПП, asmens kodas, UK NI number, a black-lung claim number)
are `other_id`; insurance numbers (Kentucky Medicaid, Alaska Medicaid, Denali KidCare, NHS
number, Medicare Australia, SIS, SUS, CIP/TSI, TIS, NFZ/EKUZ, číslo pojištěnce, TAJ, MBO,
PSD/EKUK) are `health_plan`; hospital, chart and record numbers (IHS chart, URN, NHC, HC, nr
księgi głównej, číslo chorobopisu, törzsszám, matični broj bolesnika, медична карта №, ligos
istorijos Nr.) are `mrn`; passports, driving licences and professional registrations (AHPRA,
GMC, colegiado, PWZ) are `licence`; IBANs, accounts and invoices are `account`; plates and VINs
are `vehicle`; pacemaker, pump, sensor, concentrator and hearing-aid serials are `device`.

Built as build(F35_PART, per_category=26, clean=120, references=8) + F35_LETTERS; the counts are
given at the end of this docstring and printed by `python -m tests.phi.fresh35_notes`.
Checked without the scanner (a throwaway script): every span's text is the note's text at its
offsets and has no surrounding blanks, no marks or slots are left in the text, no spans
overlap, note ids are unique, every category is in generated.CATEGORY_ORDER, every marked age
is over 89, builds under PYTHONHASHSEED=1 and 4242 are identical, and the file imports in well
under a second. Deterministic: its own seed (19_035), values drawn from the builder's
fixed-seed Random, no hash-order dependence.
Counts: 54 hand-written notes (39 with identifiers, one of them a web address in a
patient_information section, 14 clean, 1 reference paragraph in a discussion); 692 notes, 143
of them (21%) without any identifier (120 generated clean notes, 8 reference notes in an
introduction or discussion, 14 clean letters, 1 reference letter), 836 spans - name 92,
address 40, place 111, zip 38, date 52, age 46, phone 44, fax 29, email 31, ssn 29, mrn 42,
health_plan 42, account 30, licence 29, vehicle 39, device 29, url 44, ip 28, other_id 41.

    from tests.phi.fresh35_notes import FRESH35, F35_PART, F35_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
Not wired into any test or bench: measure it once.
"""
from __future__ import annotations

import random
import string

from tests.phi.corpus import Note, parse
from tests.phi.generated import CATEGORY_ORDER, Part, Vocabulary, build


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _l(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_WELSH_MONTHS = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf",
                 "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"]
_ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre"]
_CA_MONTHS = ["de gener", "de febrer", "de març", "d'abril", "de maig", "de juny", "de juliol",
              "d'agost", "de setembre", "d'octubre", "de novembre", "de desembre"]
_PL_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
              "września", "października", "listopada", "grudnia"]
_CS_MONTHS = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
              "září", "října", "listopadu", "prosince"]
_HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július",
              "augusztus", "szeptember", "október", "november", "december"]
_HR_MONTHS = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja",
              "kolovoza", "rujna", "listopada", "studenoga", "prosinca"]
_UK_MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
              "вересня", "жовтня", "листопада", "грудня"]
_LT_MONTHS = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos",
              "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio"]
_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _f35_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1926, 2025)
    hh, mm = r.randint(0, 23), r.choice((0, 10, 20, 35, 45, 55))
    return r.choice([
        f"{m:02d}/{d:02d}/{y}", f"{_EN_MONTHS[m - 1]} {d}, {y}", f"{m}/{d}/{y % 100:02d}",
        f"{d} {_WELSH_MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}",
        f"{r.choice(_WEEKDAYS)} {d} {_EN_MONTHS[m - 1][:3]} {y}",
        f"{d}/{m}/{y} {hh:02d}{mm:02d}", f"{d:02d}-{_EN_MONTHS[m - 1][:3]}-{y}",
        f"{d} de {_ES_MONTHS[m - 1]} de {y}", f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}",
        f"{d} {_CA_MONTHS[m - 1]} de {y}", f"{y}/{m:02d}/{d:02d}",
        f"{d:02d}.{m:02d}.{y}", f"{d} {_PL_MONTHS[m - 1]} {y}",
        f"{d}. {m}. {y}", f"{d}. {_CS_MONTHS[m - 1]} {y}",
        f"{y}.{m:02d}.{d:02d}", f"{y}.{m:02d}.{d:02d} {hh:02d}:{mm:02d}",
        f"{d}. {_HR_MONTHS[m - 1]} {y}.", f"{d} {_UK_MONTHS[m - 1]} {y}",
        f"{y}-{m:02d}-{d:02d}", f"{y} m. {_LT_MONTHS[m - 1]} {d} d.",
    ])


def _plural_pl(n: int) -> str:
    return "lata" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "lat"


def _plural_uk(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return "рік"
    return "роки" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "років"


def _plural_hr(n: int) -> str:
    return "godine" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "godina"


def _f35_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 104)
    return r.choice([
        ("a {age} retired miner from up the holler", f"{n}-year-old"),
        ("{age} F, lives with granddaughter, hauls water", f"{n} y/o"),
        ("grandmother, aged {age}, speaks Diné only", f"{n}"),
        ("{age} Yup'ik elder flown in from the village", f"{n} yo"),
        ("mae hi'n {age} ac yn byw ar ei phen ei hun", f"{n} oed"),
        ("a {age} Warlpiri elder, frail", f"{n} yr old"),
        ("comunera de {age}, quechuahablante", f"{n} años"),
        ("paciente de {age} sin acompañante", f"{n} años"),
        ("dona de {age} amb demència moderada", f"{n} anys"),
        ("{age} emakumea, bakarrik bizi da", f"{n} urteko"),
        ("pacjentka lat {age}, leżąca", f"{n}"),
        ("chory w wieku {age}", f"{n} {_plural_pl(n)}"),
        ("{age} pacientka z domova pro seniory", f"{n}letá"),
        ("pacient ve věku {age}", f"{n} let"),
        ("{age} nőbeteg, egyedül él", f"{n} éves"),
        ("bolesnica u dobi od {age}", f"{n} {_plural_hr(n)}"),
        ("пацієнтка віком {age}", f"{n} {_plural_uk(n)}"),
        ("{age} pacientė, gyvena viena", f"{n} metų"),
    ])


def _f35_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"(606) {r.randint(432, 791)}-{_d(r, 4)}", f"606-{r.randint(432, 791)}-{_d(r, 4)}",
        f"(928) {r.randint(200, 799)}-{_d(r, 4)}", f"907.{r.randint(200, 799)}.{_d(r, 4)}",
        f"01970 {_d(r, 6)}", f"07{_d(r, 3)} {_d(r, 6)}", f"+44 1766 {_d(r, 6)}",
        f"(08) 89{_d(r, 2)} {_d(r, 4)}", f"04{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"(03) 64{_d(r, 2)} {_d(r, 4)}",
        f"+51 9{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"+591 7{_d(r, 7)}",
        f"972 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"+34 6{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"+48 {r.randint(500, 889)} {_d(r, 3)} {_d(r, 3)}", f"18 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
        f"+420 {r.randint(601, 799)} {_d(r, 3)} {_d(r, 3)}",
        f"06 {r.choice(('20', '30', '70'))} {_d(r, 3)} {_d(r, 4)}",
        f"+36 {r.choice(('20', '30', '70'))} {_d(r, 3)} {_d(r, 4)}",
        f"053 {_d(r, 3)} {_d(r, 3)}", f"+385 9{r.randint(1, 9)} {_d(r, 3)} {_d(r, 4)}",
        f"+380 {r.choice(('67', '97', '50'))} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
        f"(03478) {_d(r, 1)}-{_d(r, 2)}-{_d(r, 2)}",
        f"+370 6{_d(r, 2)} {_d(r, 5)}", f"8 6{_d(r, 2)} {_d(r, 5)}",
    ])


def _f35_zip(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"41{r.randint(501, 862)}", f"865{_d(r, 2)}", f"995{_d(r, 2)}",
        f"{r.choice(('SY', 'LL', 'SA'))}{r.randint(10, 49)} {r.randint(1, 9)}"
        f"{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"08{r.randint(50, 72)}", f"7{r.randint(250, 330)}",
        f"21{_d(r, 3)}", f"08{_d(r, 3)}", f"17{_d(r, 3)}", f"20{r.randint(100, 870)}",
        f"34-{_d(r, 3)}", f"38-{_d(r, 3)}", f"674 {_d(r, 2)}", f"396 {_d(r, 2)}",
        f"4{_d(r, 3)}", f"53{_d(r, 3)}", f"78{_d(r, 3)}", f"LT-{r.randint(28, 32)}{_d(r, 3)}",
    ])


F35_VALUES = {
    "mrn": lambda r, h: r.choice([
        _d(r, 6), f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}", _d(r, 7),
        f"{_l(r, 1)}{_d(r, 6)}", f"{_d(r, 5)}/{r.randint(2019, 2025)}",
        f"{r.randint(2019, 2025) % 100}/{_d(r, 5)}", f"HC-{_d(r, 6)}", f"{_d(r, 8)}",
        f"{_d(r, 4)}/{_d(r, 2)}/K"]),
    "health_plan": lambda r, h: r.choice([
        _d(r, 10), f"{_d(r, 3)} {_d(r, 3)} {_d(r, 4)}",
        f"{r.randint(2, 6)}{_d(r, 3)} {_d(r, 5)} {r.randint(1, 9)}",
        f"{_l(r, 4)} {_d(r, 10)}", f"{_l(r, 4)}{_d(r, 6)}{_l(r, 2)}",
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", f"{_d(r, 9)}", f"{_d(r, 6)}/{_d(r, 4)}",
        f"{_d(r, 20)}", f"SIS-{_d(r, 8)}"]),
    "account": lambda r, h: r.choice([
        f"PL{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"CZ{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"HU{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"HR{_d(r, 2)}{_d(r, 17)}", f"UA{_d(r, 2)} {_d(r, 6)} {_d(r, 19)}",
        f"LT{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"ES{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)} {_d(r, 10)}",
        f"FV/{r.randint(2023, 2025)}/{_d(r, 2)}/{_d(r, 4)}", f"{_d(r, 3)}-{_d(r, 3)} {_d(r, 8)}",
        f"{_d(r, 12)}", f"INV-{_d(r, 6)}"]),
    "licence": lambda r, h: r.choice([
        f"{_l(r, 1)}{_d(r, 2)}-{_d(r, 3)}-{_d(r, 3)}", f"{_d(r, 5)}/{_d(r, 2)}/{_d(r, 4)}",
        f"E{_l(r, 1)} {_d(r, 6)}", f"MED{_d(r, 10)}", _d(r, 7), f"{_l(r, 2)}{_d(r, 7)}",
        f"{_d(r, 8)}", f"{_l(r, 3, 'АВСЕКМНРТХ')} {_d(r, 6)}", f"{_d(r, 2)}/{_d(r, 5)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{_d(r, 3)} {_l(r, 3)}", f"{_l(r, 3)} {_d(r, 3)}", f"{_d(r, 1)}{_l(r, 2)} {_d(r, 3)}",
        f"CU{_d(r, 2)} {_l(r, 3)}", f"C{_d(r, 2)} {_l(r, 2)}", f"{_d(r, 3)}-{_d(r, 3)}",
        f"{_l(r, 1)}{_d(r, 1)}{_l(r, 1)}-{_d(r, 3)}", f"{_d(r, 4)} {_l(r, 3)}",
        f"{_d(r, 4)}-{_l(r, 3)}", f"KNT {_d(r, 1)}{_l(r, 1)}{_d(r, 3)}",
        f"{_d(r, 1)}J{_d(r, 1)} {_d(r, 4)}", f"{_l(r, 2)} {_l(r, 2)}-{_d(r, 3)}",
        f"GS {_d(r, 3)}-{_l(r, 2)}",
        f"{_l(r, 2, 'АВСЕКМНРТХ')} {_d(r, 4)} {_l(r, 2, 'АВСЕКМНРТХ')}",
        f"{_l(r, 3)} {_d(r, 3)}",
        f"1{_l(r, 4)}{_d(r, 2)}{_l(r, 1)}{_d(r, 2)}{_l(r, 1)}{_d(r, 6)}"]),
    "device": lambda r, h: r.choice([
        f"{_l(r, 3)}{_d(r, 6)}", f"{_d(r, 10)}", f"{_l(r, 2)}-{_d(r, 5)}-{_l(r, 1)}",
        f"SN{_d(r, 8)}", f"{_d(r, 2)}{_l(r, 2)}{_d(r, 5)}", f"(01){_d(r, 14)}(21){_d(r, 6)}"]),
    "other_id": lambda r, h: r.choice([
        _d(r, 8), f"{_d(r, 7)} {r.choice(('LP', 'OR', 'PT', 'CB'))}", f"{_d(r, 8)}{_l(r, 1)}",
        f"{r.choice('XYZ')}{_d(r, 7)}{_l(r, 1)}", _d(r, 11), f"{_d(r, 6)}/{_d(r, 4)}",
        f"{_d(r, 6)}{_l(r, 2)}", _d(r, 10), f"{_l(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} "
        f"{r.choice('ABCD')}", f"{_d(r, 3)}-{_d(r, 6)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(400, 407)}-{r.randint(10, 99)}-{_d(r, 4)}",
        f"{r.randint(526, 527)}-{r.randint(10, 99)}-{_d(r, 4)}",
        f"574 {r.randint(10, 99)} {_d(r, 4)}",
        f"{r.randint(600, 665)}{r.randint(10, 99)}{_d(r, 4)}"]),
    "phone": _f35_phone,
    "fax": _f35_phone,
    "email": lambda r, h: r.choice([
        "{g}.{s}@example.com", "{s}{n}@example.cat", "{g}_{s}@example.pl", "{g}.{s}@example.cz",
        "{s}.{g}@example.hu", "{g}{n}@example.hr", "{s}@example.com.ua", "{g}.{s}@example.lt",
        "{g}{s}@example.org.au", "{s}.{g}@example.pe"]),
    "url": lambda r, h: r.choice([
        "https://www.example.com/{g}-{s}", "https://zbiorka.example.pl/{s}-{n}",
        "example.cat/{g}{s}", "http://{s}.example.hu/", "https://www.example.com.ua/{s}",
        "https://example.org.au/fundraiser/{g}-{s}-{n}", "www.example.lt/{g}.{s}"]),
    "ip": lambda r, h: r.choice([
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"198.51.100.{r.randint(1, 254)}",
        f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 255):x}"]),
    "zip": _f35_zip,
    "date": _f35_date,
}

F35_VOCABULARY = Vocabulary(
    given=["Hershel", "Loretta", "Darrell", "Wanda", "Delphine", "Harrison", "Nastasia", "Elias",
           "Gwenllian", "Rhodri", "Eluned", "Bunggal", "Saturnina", "Teófilo", "Wilfredo",
           "Montserrat", "Oriol", "Núria", "Itziar", "Koldo", "Bronisława", "Kazimierz",
           "Jaroslava", "Zdeněk", "Erzsébet", "Gyula", "Ankica", "Stjepan", "Олена", "Василь",
           "Ona", "Algirdas"],
    surnames=["Slone", "Combs", "Begay", "Tsosie", "Yazzie", "Kashatok", "Nicolai", "Prydderch",
              "Llewellyn", "Mamani", "Condori", "Choquehuanca", "Vilaró", "Riera", "Etxeberria",
              "Urrutia", "Chowaniec", "Gąsienica", "Procházková", "Kratochvíl", "Balogh", "Tóth",
              "Rukavina", "Krmpotić", "Гнатюк", "Бойчук", "Kazlauskienė", "Žukauskas"],
    cities=["Hindman", "Whitesburg", "Chinle", "Kayenta", "Kwethluk", "Noatak", "Selawik",
            "Machynlleth", "Blaenau Ffestiniog", "Tregaron", "Tennant Creek", "Maningrida",
            "Smithton", "Ayaviri", "Ilave", "Achacachi", "Llallagua", "Olot", "Berga", "Tremp",
            "Azpeitia", "Bermeo", "Nowy Targ", "Sanok", "Třebíč", "Humpolec", "Kisvárda",
            "Gospić", "Otočac", "Косів", "Верховина", "Anykščiai", "Zarasai"],
    streets=["Caney Fork", "Troublesome Creek", "Heol y Bryn", "Stuart", "Lipowa", "Pražská",
             "Petőfi", "Shevchenko"],
    relations=["daughter", "son", "granddaughter", "niece", "hija", "filla", "córka", "dcera",
               "lánya", "kći", "донька", "dukra"],
    clean=[
        # eastern Kentucky, the Navajo Nation, Alaska
        "CWP category 2/1 on the B-read; FEV1 1.4 L (48% predicted).",
        "Black lung clinic: pneumoconiosis progressive massive fibrosis, PMF category B.",
        "Suboxone 8 mg/2 mg SL daily; UDS positive for buprenorphine only.",
        "Plague and hantavirus were considered; sin nombre virus serology negative.",
        "IHS pharmacy refill x 90 days; metformin 1000 mg BID, A1c 9.1%.",
        "Coccidioidomycosis CF titer 1:16; fluconazole 400 mg daily.",
        "CHA visit via village clinic; telemedicine consult with the regional hub.",
        "Honey-bucket household; no running water; hand hygiene counselling given.",
        "RSV season: 3 infants medevaced this month for bronchiolitis.",
        # Wales, Tasmania and the Northern Territory
        "NEWS2 6; sepsis six completed within the hour.",
        "Rheumatic heart disease register: benzathine penicillin 1.2 MU IM every 28 days.",
        "Melioidosis suspected; meropenem 1 g IV q8h for 14 days.",
        "Scabies and impetigo treated; crusted scabies excluded.",
        "Kawasaki disease treated with IVIG 2 g/kg and aspirin.",
        "Clefyd Parkinson; Parkinson's disease nurse review in 3 months.",
        # Spanish (Andes, Basque Country)
        "Enfermedad de Chagas: IFI 1/64; benznidazol 5 mg/kg/día por 60 días.",
        "Mal de altura crónico (enfermedad de Monge): Hb 22,4 g/dL, SatO2 81% a 3900 m.",
        "Servicio de Medicina Interna, planta 3; cama 12.",
        "Crohn-en gaixotasuna: kalprotektina 820 µg/g.",
        "Escala de Barthel 35/100; índice de Charlson 6; paciente de 87 años.",
        # Catalan
        "Malaltia de Crohn en tractament amb adalimumab 40 mg cada 14 dies.",
        "Servei de Medicina Interna; escala de Downton 4; dona de 86 anys.",
        # Polish, Czech
        "Choroba Hashimoto; TSH 8,4 mIU/l, fT4 0,9 ng/dl.",
        "Oddział Chorób Wewnętrznych, sala 4, łóżko 2; skala Glasgow 14 pkt.",
        "Bechtěrevova nemoc; CRP 42 mg/l, FW 38/h.",
        "Interní oddělení, JIP; Glasgow Coma Scale 13; pacient 88 let.",
        # Hungarian, Croatian
        "Basedow-kór miatt tiamazol 10 mg naponta; TSH 0,01 mIU/l.",
        "Belgyógyászati Osztály; 84 éves férfi, NYHA III.",
        "Parkinsonova bolest; levodopa/benserazid 100/25 mg 3 x 1.",
        "Odjel interne medicine; GCS 15, NRS 3/10.",
        # Ukrainian, Lithuanian
        "Хвороба Паркінсона; леводопа 250 мг тричі на добу.",
        "Терапевтичне відділення, палата 5; SpO2 94%, ЧСС 88/хв.",
        "Alzheimerio liga; MMSE 18/30; pacientė 89 metų.",
        "Vidaus ligų skyrius; AKS 150/90 mmHg, ŠSD 96 k./min.",
        # numbers shaped like identifiers or dates that are not
        "Troponin 14 -> 22 -> 31 ng/L at 0, 3 and 6 h.",
        "INR 2.4 (target 2-3); warfarin 3 mg Mon/Wed/Fri, 1.5 mg other days.",
        "Dosis 1-0-1; control en 3/12.",
        "Kreatinin 124 µmol/l, eGFR 43 ml/min/1,73 m2.",
    ],
    seed=19_035,
)

F35_CONNECTORS = [": ", " ", " nr ", " č. ", " № ", " n.º ", " Nr. ", "\n", " - ", ": #",
                  " = ", " no. "]

F35_FRAMES = ["{kv}", "{kv}.", "- {kv}", "{kw}\n{v}", "| {kw} | {v} |", "{kv}; checked at intake",
              "{kv} (comprobado)", "Dane: {kv}", "* {kv} *", "{kv}, ellenőrizve.",
              "Ідентифікатори - {kv}", "{kv} - patikrinta"]

F35_KEYWORDS = {
    "mrn": ["IHS chart #", "Chart no", "URN", "HRN", "NHC", "HC", "Nr księgi głównej",
            "Nr hist. chor.", "č. chorobopisu", "Törzsszám", "MBB", "Медична карта",
            "Ligos istorijos Nr.", "Historia clínica"],
    "health_plan": ["KY Medicaid ID", "Medicaid #", "Denali KidCare ID", "NHS number", "NHS No",
                    "Medicare", "Medicare no.", "SIS", "CIP", "TSI", "TIS", "NFZ/EKUZ",
                    "č. pojištěnce", "TAJ", "TAJ-szám", "MBO", "EKUK"],
    "account": ["Acct", "Billing acct", "IBAN", "Nr rachunku", "Číslo účtu", "Számlaszám",
                "Račun", "Рахунок", "Sąskaita", "Factura", "Invoice"],
    "licence": ["DL", "Driver's license", "Passport", "AHPRA", "GMC", "Nº colegiado",
                "PWZ", "Prawo jazdy", "Řidičský průkaz", "Útlevél", "Посвідчення водія"],
    "vehicle": ["Plate", "Tag", "Rego", "Reg", "Placa", "Matrícula", "Nr rej.", "SPZ",
                "Rendszám", "Reg. oznaka", "Номерний знак", "Valst. Nr.", "VIN"],
    "device": ["Serial", "S/N", "SN", "Nr seryjny", "Výr. č.", "Gyári szám", "Serijski broj",
               "Серійний №", "Serijos Nr.", "Núm. de serie", "Lot"],
    "other_id": ["Census #", "DNI", "CI", "NIE", "PESEL", "RČ", "Rodné číslo", "Szig. szám",
                 "OIB", "РНОКПП", "Asmens kodas", "NI number", "Claim #"],
    "ssn": ["SSN", "Soc Sec #", "Social Security no."],
    "phone": ["Ph", "Cell", "Tel", "Móvil", "Mòbil", "Tel. kom.", "Telefon", "Tel.", "Тел.",
              "Mob.", "Home ph"],
    "fax": ["Fax", "Faks", "Fax č.", "Факс", "Faksas"],
}

F35_SENTENCES = {
    "name": ["{full} came down from the head of the holler with her {rel}.",
             "Message left for {given} at the chapter house.",
             "Her {rel} {given} interpreted from Yup'ik.",
             "Roedd {full} yn y ward am bythefnos.",
             "Mrs {surname} was retrieved overnight; daughter at bedside.",
             "La paciente {full} llegó acompañada de su {rel}.",
             "Comentat amb la {rel}, {given}.",
             "Pacjentka {full} wypisana do domu w stanie dobrym.",
             "Paní {surname} odmítla hospitalizaci.",
             "{full} a lánya kíséretében érkezett.",
             "Bolesnicu {full} doveo je sin.",
             "Пацієнтку {full} оглянуто у приймальному відділенні.",
             "Pacientę {full} atlydėjo {rel}.",
             "Discussed with {full}, her {rel}, by phone."],
    "address": ["Lives at [[address:{n} {street} Road]], off the blacktop.",
                "Mailing address [[address:HC {n2} Box {n}]].",
                "Home: [[address:{n} Heol y Bryn]], [[place:Tregaron]].",
                "Found at [[address:Lot {n} Stuart Highway]] by a neighbour.",
                "Domicilio: [[address:Jr. Lima {n}]], [[place:Ayaviri]].",
                "Adreça: [[address:carrer de la Font, {n2}, 2n 1a]]",
                "Helbidea: [[address:Kale Nagusia {n2}, 3. ezk.]]",
                "Zam. [[address:ul. Kościuszki {n}/{n2}]]",
                "Bydliště: [[address:Pražská {n}]], [[place:Humpolec]].",
                "Lakcím: [[address:Petőfi Sándor utca {n2}]]",
                "Adresa: [[address:Ulica kralja Tomislava {n2}]]",
                "Адреса: [[address:вул. Шевченка, {n2}, кв. {n}]]",
                "Gyv. [[address:Vilniaus g. {n2}-{n}]]"],
    "place": ["Flown in from {city} on the mail plane.", "Lives up a hollow outside {city}.",
              "Transferred from the clinic at {city}.", "Grew up near {city} herding sheep.",
              "Procedente de {city}, a 4 horas en combi.", "Veí de {city}.",
              "Mieszka w {city} z córką.", "Bydlí v obci {city}.", "Lakóhelye: {city}.",
              "Živi u {city} s kćeri.", "Мешкає в селі {city}.", "Gyvena {city} mieste.",
              "Retrieved by RFDS from {city}."],
    "zip": ["ZIP {v}.", "Postcode {v}", "Código postal {v}", "Codi postal: {v}", "Kod pocztowy {v}",
            "PSČ {v}", "Irányítószám: {v}", "Poštanski broj {v}", "Індекс {v}", "Pašto kodas {v}",
            "Address: [[place:Tennant Creek]] NT {v}",
            "[[address:Lipowa {n}]], {v} [[place:Sanok]]"],
    "date": ["Admitted {v}.", "DOB: {v}", "Seen in clinic {v}.", "Died {v} at home.",
             "Fecha de ingreso: {v}", "Data d'ingrés: {v}", "Data przyjęcia: {v}",
             "Datum narození: {v}", "Felvétel napja: {v}", "Datum prijema: {v}",
             "Дата народження: {v}", "Gimimo data: {v}", "Medevac {v}, intubated en route.",
             "Dyddiad geni: {v}"],
    "url": ["Family set up a fundraiser at {v}.", "Her granddaughter's page {v} has photos.",
            "Zbiórka na leczenie: {v}", "La família ha obert {v}.", "Blog: {v}",
            "Збір коштів: {v}"],
    "email": ["Daughter asks for updates to {v}.", "Correo de la hija: {v}",
              "E-mail syna: {v}", "Send the summary to {v}.", "El. paštas: {v}"],
    "ip": ["Telehealth cart at {v} dropped the call twice.", "Portal login from {v}.",
           "Videokonzultace z adresy {v}.", "Teleconsulta desde {v}."],
    "mrn": ["Old chart under {v} at the service unit; merge requested.",
            "Previous admission under URN {v}.", "Nr księgi głównej {v} z 2021 roku.",
            "Ingreso previo con HC {v}."],
    "health_plan": ["Kentucky Medicaid {v}, MCO verified.", "NHS number {v} confirmed.",
                    "Asegurada al SIS, afiliación {v}.", "TAJ-száma {v}.",
                    "Pojištěnec VZP (111), č. {v}."],
    "account": ["Invoice to account {v}.", "Wpłaty na rachunek {v}.", "Pago a la cuenta {v}."],
    "licence": ["Driver's license {v} kept by the trooper.", "AHPRA registration {v}.",
                "Paszport {v} przekazany do depozytu."],
    "vehicle": ["ATV vs tree; ATV tag {v}.", "Brought in by family in a ute, rego {v}.",
                "Potrącona przez samochód {v}.", "Автомобіль {v} зіткнувся з возом."],
    "device": ["Home oxygen concentrator {v} serviced.", "Pacemaker {v} interrogated remotely.",
               "Audífono n.º {v} extraviado."],
    "other_id": ["Navajo census number {v} on the registration form.", "DNI {v}, quechuahablante.",
                 "PESEL {v} zweryfikowano.", "РНОКПП {v} у декларації."],
    "ssn": ["SSN {v} given for the black-lung claim.", "Social Security {v} on file."],
    "phone": ["Call her {rel} on {v} after dark.", "Llamar a la hija al {v}.",
              "Tel. do córki {v}.", "Тел. доньки {v}."],
    "fax": ["Records faxed to {v}.", "Faxed the referral to {v}.", "Faks do POZ {v}."],
}

F35_AFTER = ["{v} ({kw})", "{v} - {kw}", "{v} = {kw}", "{v} [{kw}]"]

F35_REFERENCES = [
    "Compare the Appalachian series (https://doi.org/10.1136/oemed-2018-{n}).",
    "Prior work: https://pubmed.ncbi.nlm.nih.gov/{n}/ on high-altitude polycythaemia.",
    "See doi.org/10.1016/S0140-6736({n2})00000-{n} for the trial.",
]

F35_STYLES = [
    "CASE BOARD POST\n{body}\nQuestion: would you anticoagulate?",
    "DISCHARGE SUMMARY\nGeneral Medicine\n{body}\nFollow-up: GP in 2 weeks.",
    "IHS PROGRESS NOTE - Family Medicine\n{body}\nA/P: see problem list.",
    "CHA ENCOUNTER (village clinic)\n{body}\nPlan: consult the physician on call.",
    "RFDS RETRIEVAL LOG\n{body}\nHandover to ED at 0340.",
    "INFORME DE ALTA - Medicina Interna\n{body}\nTratamiento al alta: ver hoja adjunta.",
    "INFORME D'ALTA\nServei de Medicina Interna\n{body}",
    "ALTA-TXOSTENA / INFORME DE ALTA\n{body}",
    "KARTA INFORMACYJNA LECZENIA SZPITALNEGO\nOddział Chorób Wewnętrznych\n{body}",
    "PROPOUŠTĚCÍ ZPRÁVA\nInterní oddělení\n{body}",
    "ZÁRÓJELENTÉS\nBelgyógyászati Osztály\n{body}",
    "OTPUSNO PISMO\nOdjel interne medicine\n{body}",
    "ВИПИСКА З МЕДИЧНОЇ КАРТИ СТАЦІОНАРНОГО ХВОРОГО\n{body}",
    "IŠRAŠAS IŠ MEDICININIŲ DOKUMENTŲ\n{body}",
    "{body}",
]

F35_PART = Part("fresh35", F35_VOCABULARY, F35_CONNECTORS, F35_FRAMES, F35_KEYWORDS,
                F35_SENTENCES, F35_AFTER, F35_REFERENCES, True, values=F35_VALUES,
                age=_f35_age, styles=F35_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh35-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    # ---------------------------------------------------------------- eastern Kentucky
    ("ky-blacklung",
     "Case for the board: [[age:91-year-old]] retired underground miner from [[place:Vicco]], "
     "33 years at the face. Mr [[name:Hershel Slone]] came in with his daughter [[name:Darlene]]"
     " after a week of worsening dyspnoea. PMF on CT, category C. SSN [[ssn:403-61-2287]] was "
     "needed for the black-lung benefits paperwork; DOL claim # [[other_id:KY-0418-2271]]. "
     "Kentucky Medicaid ID [[health_plan:4127730916]]. Admitted to [[place:ARH Hazard Regional "
     "Medical Center]] on [[date:02/11/2025]]."),
    ("ky-holler",
     "Home health visit. Pt lives at [[address:1184 Caney Fork Rd]], [[place:Hindman]], KY "
     "[[zip:41822]], no running water since the flood. Niece [[name:Wanda Combs]] checks on her "
     "daily, cell [[phone:(606) 785-2214]]. O2 concentrator S/N [[device:EVR4852524]] noisy, "
     "company notified. Tag on the truck that brings water: [[vehicle:418 KTM]]."),
    ("ky-pharmacy",
     "Pharmacy note [[date:March 4, 2025]]: Suboxone 8/2 mg SL daily. Prescriber DEA "
     "[[licence:BC4649084]]. Patient [[name:Darrell Sizemore]], DOB [[date:6/14/32]]; "
     "Medicaid # [[health_plan:7718204453]]. Bill to acct [[account:000591508361]]."),
    ("ky-clean",
     "BLACK LUNG CLINIC\nB-read 2/1 q/t, upper zones; PMF absent. FEV1 1.6 L (52%), DLCO 48%. "
     "6MWT 210 m, nadir SpO2 86%. Pulmonary rehab referral. Age 86. CAT score 24, mMRC 3."),
    # ---------------------------------------------------------------- Navajo Nation
    ("navajo-progress",
     "IHS PROGRESS NOTE\nPatient: [[name:TSOSIE, Delphine]]  Chart # [[mrn:017505]]\n"
     "Census # [[other_id:NN 418-273]]\n[[age:94 yo]] F from [[place:Many Farms]] chapter, "
     "speaks Diné only; grandson [[name:Kyle]] interpreted. Seen at [[place:Chinle Comprehensive"
     " Health Care Facility]] [[date:11/02/2024]]. Provider: [[name:R. Begay]], MD."),
    ("navajo-plague",
     "Board post: suspected bubonic plague in a sheepherder near [[place:Rough Rock]], AZ. "
     "Mr [[name:Harrison Yazzie]] (SSN [[ssn:527-44-1093]]) drove his pickup, plate "
     "[[vehicle:NN 47210]], to the trading post before collapsing. Transferred to "
     "[[place:Tséhootsooí Medical Center]]; fax [[fax:(928) 729-8841]]. Daughter [[name:Loretta "
     "Yazzie]] phone [[phone:928-674-4182]]."),
    ("navajo-clean",
     "Diabetes clinic, Family Medicine. A1c 9.4% -> 7.8% over 6 months; metformin 1000 mg BID, "
     "semaglutide 0.5 mg weekly. Retinal camera: mild NPDR OU. Foot exam: monofilament 8/10. "
     "Hantavirus season counselling given; mouse droppings in the hogan cleaned with bleach."),
    # ---------------------------------------------------------------- Alaska's bush
    ("alaska-cha",
     "CHA ENCOUNTER\nVillage: [[place:Kwethluk]]\nPatient [[name:Nastasia Kashatok]], "
     "[[age:92 yo]], Yup'ik speaker; niece [[name:Agnes Nicolai]] translating.\nConsulted "
     "[[place:YK Delta Regional Hospital]] doctor on call via tele-otoscope; IP "
     "[[ip:10.41.8.27]] camera frozen twice."
     "\nMedevac to [[place:Bethel]] [[date:Jan 12, 2025]] 1415 by charter."),
    ("alaska-medicaid",
     "Referral to [[place:Alaska Native Medical Center]]: 7-month-old, RSV bronchiolitis, "
     "from [[place:Noatak]]. Denali KidCare ID [[health_plan:AK10700351]]. Mother "
     "[[name:Elsie Wesley]], contact [[phone:907.485.2219]]. Tribal chart # [[mrn:M-252917]]."),
    ("alaska-clean",
     "Village clinic log: honey-bucket homes 14/37; hand-washing stations installed. Invasive "
     "pneumococcal disease cluster: 3 cases, PCV20 catch-up offered. Weather hold for 2 days."),
    # ---------------------------------------------------------------- Wales
    ("wales-discharge",
     "DISCHARGE SUMMARY\n[[place:Ysbyty Bronglais]], Ward Rhiannon\nPatient: [[name:Gwenllian "
     "Prydderch]], [[age:93 oed]]\nNHS number [[health_plan:485 772 1934]]\nAddress: "
     "[[address:Bryn Awel, Heol y Bont]], [[place:Tregaron]] [[zip:SY25 6HQ]]\nAdmitted "
     "[[date:14 Mawrth 2025]]; discharged [[date:28/03/2025]]. GP: Dr [[name:Iolo Bowen]], "
     "[[place:Tregaron Surgery]], fax [[fax:01974 298417]]."),
    ("wales-farm",
     "Quad bike rollover on a hill farm above [[place:Machynlleth]]. Mr [[name:Rhodri "
     "Llewellyn]], 58, pinned for 3 h. Land Rover reg [[vehicle:CU19 XHT]] used to lift the "
     "quad. Wife [[name:Eluned]] on [[phone:07700 514291]]. Air ambulance to [[place:Morriston "
     "Hospital]]."),
    ("wales-mamgu",
     "Referral letter: Mamgu [[name:Megan Jenkins]] is [[age:96]] and lives alone in "
     "[[place:Blaenau Ffestiniog]]. Hospital no. [[mrn:G287756]]; NI number "
     "[[other_id:JT 41 82 73 C]]. Her son's e-mail [[email:aled.jenkins@example.co.uk]]."),
    ("wales-clean",
     "ADRANNAU / DEPARTMENTS: Meddygaeth Gyffredinol, Ward Dyfi. NEWS2 3, Rockwood Clinical "
     "Frailty Scale 6, 4AT 2. Addison's disease on hydrocortisone 10/5/5 mg. Age 85."),
    # ---------------------------------------------------------------- Tasmania and the NT
    ("nt-rfds",
     "RFDS RETRIEVAL LOG\n[[date:Sat 8 Feb 2025]] 0215: tasked to [[place:Ali Curung]] "
     "community.\nPt [[name:Bunggal Napurrula]], [[age:90 yr old]] Warlpiri elder, sepsis ? "
     "melioidosis.\nMedicare [[health_plan:2953 41827 1]]; URN [[mrn:960497]] at [[place:Alice "
     "Springs Hospital]].\nClinic nurse [[name:Jodie Marr]] ph [[phone:(08) 8964 1827]]."),
    ("tas-ute",
     "Tasmanian farmer, [[name:Graeme Cuthbertson]], ute rollover near [[place:Smithton]]; "
     "rego [[vehicle:F 41 KT]]. Lives at [[address:412 Bass Highway]], [[place:Stanley]] TAS "
     "[[zip:7331]]. Transferred to [[place:North West Regional Hospital]] with a Medicare "
     "card [[health_plan:5418 27336 2]]. GP letter to [[email:smithton.gp@example.org.au]]."),
    ("nt-clean",
     "RHD register review: benzathine penicillin 1.2 MU IM every 28 days, 11/13 doses on time. "
     "Echo: moderate MR, mild AS. Strongyloides serology positive; ivermectin 200 mcg/kg."),
    # ---------------------------------------------------------------- Andes (Peru, Bolivia)
    ("peru-puno",
     "INFORME DE ALTA\n[[place:Hospital San Juan de Dios de Ayaviri]]\nPaciente: [[name:Mamani "
     "Quispe Saturnina]], [[age:93 años]], quechuahablante.\nDNI [[other_id:01847263]]; SIS "
     "[[health_plan:2-01847263]]\nHC [[mrn:880158]]\nProcedente de la comunidad de "
     "[[place:Umasuyo]], distrito de [[place:Nuñoa]], Puno.\nIngreso: [[date:12 de marzo de "
     "2025]]. Hija [[name:Rufina]], cel. [[phone:+51 951 418 273]]."),
    ("bolivia-altiplano",
     "Caso para discusión: varón aymara de [[place:Achacachi]], [[name:Teófilo Choquehuanca "
     "Apaza]], [[age:91 años]], eritrocitosis de altura. CI [[other_id:7116636 LP]]; SUS "
     "[[health_plan:SUS-0760493]]. Trasladado al [[place:Hospital de Clínicas]] en minibús "
     "placa [[vehicle:2418-KTG]] el [[date:03/04/2025]]."),
    ("peru-chagas",
     "Sra. [[name:Eusebia Huanca Condori]] vive en [[address:Jr. Arequipa 418]], [[place:Ilave]]."
     " Su nieto [[name:Wilfredo]] escribe a [[email:wilfredo.huanca@example.pe]]. Placa de la "
     "mototaxi del vecino: [[vehicle:4182-1A]]."),
    ("andes-clean",
     "Servicio de Medicina Interna. Enfermedad de Chagas crónica: IFI 1/128, ELISA positivo; "
     "benznidazol 5 mg/kg/día. Hb 21,8 g/dL, Hto 66%, SatO2 82% a 3820 m. Paciente de 84 años."),
    # ---------------------------------------------------------------- Catalonia
    ("cat-alta",
     "INFORME D'ALTA\n[[place:Hospital Universitari de Vic]]\nPacient: [[name:Montserrat "
     "Vilaró i Puig]], de [[age:92 anys]]\nNHC [[mrn:3920116]]  CIP [[health_plan:VIPU "
     "0330120279]]\nDNI [[other_id:38907828K]]\nAdreça: [[address:carrer de la Font, 12, 2n 1a]]"
     ", [[zip:08500]] [[place:Vic]]\nData d'ingrés: [[date:3 d'abril de 2025]]. Filla "
     "[[name:Núria Riera]], mòbil [[phone:+34 618 418 273]]."),
    ("cat-olot",
     "L'[[name:Oriol]], infermer del [[place:CAP Garrotxa]], explica que la senyora [[name:Roser "
     "Casals]] de [[place:Sant Joan les Fonts]] ha caigut a casa. TSI [[health_plan:CASA "
     "1310487606]]. El fill té un NIE [[other_id:Y8948826L]] i cotxe amb matrícula "
     "[[vehicle:4172 LKN]]."),
    ("cat-clean",
     "Servei d'Urgències. Malaltia de Crohn ileocòlica; escala de Barthel 55; índex de Charlson "
     "5. Dona de 88 anys. Pauta: adalimumab 40 mg cada 14 dies; calprotectina 640 µg/g."),
    # ---------------------------------------------------------------- Basque Country
    ("eus-alta",
     "ALTA-TXOSTENA / INFORME DE ALTA\n[[place:Zumarragako Ospitalea]]\nGaixoa: [[name:Itziar "
     "Etxeberria Agirre]], [[age:94 urteko]] emakumea, [[place:Azpeitia]]\nTIS "
     "[[health_plan:ETAG 597471 KA]]\nSarrera: [[date:2025/02/17]]\nSemea [[name:Koldo]]: "
     "[[phone:+34 688 418 273]]."),
    ("eus-bermeo",
     "Pescador jubilado de [[place:Bermeo]], [[name:Gorka Urrutia]], 79 años, con enfermedad "
     "de Dupuytren. Vive en [[address:Kale Nagusia 14, 3. ezk.]], [[zip:48370]]. DNI "
     "[[other_id:30581995H]]. Historia clínica [[mrn:HC-760797]]."),
    ("eus-clean",
     "Barne Medikuntza Zerbitzua. Crohn-en gaixotasuna; kalprotektina 720 µg/g. Charlson "
     "indizea 4. 86 urteko gizona. Escala de Norton 12."),
    # ---------------------------------------------------------------- Poland
    ("pl-karta",
     "KARTA INFORMACYJNA LECZENIA SZPITALNEGO\n[[place:Szpital Powiatowy w Nowym Targu]]\n"
     "Pacjentka: [[name:Bronisława Gąsienica]], lat [[age:92]]\nPESEL [[other_id:32041812736]]\n"
     "Nr księgi głównej [[mrn:4182/2025]]\nZam. [[address:ul. Kościuszki 14/3]], [[zip:34-400]]"
     " [[place:Nowy Targ]]\nData przyjęcia: [[date:12.03.2025]] r. Córka [[name:Zofia "
     "Chowaniec]], tel. [[phone:+48 601 418 273]]."),
    ("pl-sanok",
     "Pan [[name:Kazimierz Wójcik]] z [[place:Zagórza]] został potrącony przez samochód "
     "[[vehicle:RSA 4172K]] na drodze do [[place:Sanoka]]. Karta EKUZ "
     "[[health_plan:80616001358276001234]]. Lekarz prowadzący: lek. [[name:Anna Pietrzyk]], "
     "PWZ [[licence:1341366]]."),
    ("pl-clean",
     "Oddział Chorób Wewnętrznych. Choroba Hashimoto, choroba Leśniowskiego-Crohna w wywiadzie. "
     "Skala Barthel 40 pkt, NRS 4. Chora lat 87. Zalecenia: lewotyroksyna 75 µg 1 x dz."),
    # ---------------------------------------------------------------- Czechia
    ("cz-zprava",
     "PROPOUŠTĚCÍ ZPRÁVA\n[[place:Nemocnice Třebíč]], interní oddělení\nPacientka: paní "
     "[[name:Jaroslava Procházková]], [[age:93 let]], RČ [[other_id:325612/418]]\nPojišťovna "
     "111, č. pojištěnce [[health_plan:3256120418]]\nBydliště: [[address:Pražská 418]], "
     "[[zip:396 01]] [[place:Humpolec]]\nPřijata [[date:12. 3. 2025]], propuštěna "
     "[[date:19. března 2025]]. Ošetřující lékař MUDr. [[name:Zdeněk Kratochvíl]]."),
    ("cz-hovor",
     "Telefonát s dcerou [[name:Božena Šimková]] ([[phone:+420 604 418 273]]): matka "
     "[[age:95letá]] z [[place:Třebíče]] odmítá převoz. Auto dcery SPZ [[vehicle:1J2 4172]]. "
     "Č. chorobopisu [[mrn:25/04182]]."),
    ("cz-clean",
     "Interní oddělení, JIP, lůžko 4. Bechtěrevova nemoc, Crohnova choroba v anamnéze. "
     "Glasgow Coma Scale 14; Barthelův test 45 bodů. Pacient 89 let. CRP 38 mg/l."),
    # ---------------------------------------------------------------- Hungary
    ("hu-zaro",
     "ZÁRÓJELENTÉS\n[[place:Kisvárdai Felső-Szabolcsi Kórház]], Belgyógyászati Osztály\n"
     "Beteg neve: [[name:Szabó Istvánné]] (szül. [[name:Tóth Ilona]]), [[age:94 éves]]\n"
     "TAJ: [[health_plan:041 827 361]]\nSzig. szám: [[other_id:065780KA]]\nLakcím: "
     "[[zip:4600]] [[place:Kisvárda]], [[address:Petőfi Sándor utca 12]]\nFelvétel: "
     "[[date:2025. március 12.]]; távozás: [[date:2025.03.20]]\nKezelőorvos: dr. "
     "[[name:Balogh Gyula]]."),
    ("hu-unoka",
     "Az unoka, [[name:Kovács Péter]] ([[phone:06 30 418 2736]]) szerint a nagymama "
     "[[place:Nyírbátor]] mellett, [[place:Piricse]] faluban él egyedül. Törzsszám "
     "[[mrn:2025/041827]]. Az unoka autója: [[vehicle:AA BC-412]]."),
    ("hu-clean",
     "Belgyógyászati Osztály, 3. kórterem. Basedow-kór, Parkinson-kór. 85 éves nőbeteg. "
     "Norton-skála 14, Barthel-index 50. Tiamazol 10 mg 1 x 1."),
    # ---------------------------------------------------------------- Croatia
    ("hr-otpusno",
     "OTPUSNO PISMO\n[[place:Opća bolnica Gospić]], Odjel interne medicine\nBolesnica: "
     "[[name:Ankica Rukavina]], [[age:92 godine]]\nOIB [[other_id:29175861094]]  MBO "
     "[[health_plan:018387361]]\nAdresa: [[address:Ulica kralja Tomislava 14]], [[zip:53000]] "
     "[[place:Gospić]]\nPrimljena [[date:12. 3. 2025.]], otpuštena [[date:20. ožujka 2025.]]\n"
     "Sin [[name:Stjepan]], mob. [[phone:+385 98 418 2736]]."),
    ("hr-otocac",
     "Gospodin [[name:Ivica Krmpotić]] iz sela [[place:Kompolje]] kraj [[place:Otočca]] "
     "dovezen je automobilom [[vehicle:GS 412-AB]]. Matični broj bolesnika [[mrn:236343]]. "
     "E-pošta kćeri: [[email:mara.krmpotic@example.hr]]."),
    ("hr-clean",
     "Odjel interne medicine, soba 6. Parkinsonova bolest; Hashimotov tireoiditis. Bolesnik u "
     "dobi od 87 godina. GCS 15, Braden 14. Levodopa/benserazid 100/25 mg 3 x 1."),
    # ---------------------------------------------------------------- Ukraine
    ("ua-vypyska",
     "ВИПИСКА З МЕДИЧНОЇ КАРТИ СТАЦІОНАРНОГО ХВОРОГО\n[[place:Косівська центральна районна "
     "лікарня]]\nМедична карта № [[mrn:418/2025]]\nПІБ: [[name:Гнатюк Ганна Василівна]], "
     "[[age:93 роки]]\nРНОКПП [[other_id:1188867326]]\nАдреса: [[address:вул. Шевченка, 14, кв."
     " 3]], [[place:Косів]], [[zip:78600]], Івано-Франківська область\nГоспіталізована "
     "[[date:12.03.2025]] р. Донька [[name:Олена Бойчук]], тел. [[phone:+380 67 418 27 36]]."),
    ("ua-verkhovyna",
     "Пацієнт [[name:Микола Савчук]] із села [[place:Криворівня]] біля [[place:Верховини]], "
     "[[age:95 років]], привезений на авто [[vehicle:АТ 4172 ВС]]. Рахунок для оплати "
     "[[account:UA21 322313 0000026007233566001]]."),
    ("ua-clean",
     "Терапевтичне відділення, палата 5. Хвороба Паркінсона, хвороба Бехтерева. Пацієнтці 86 "
     "років. АТ 150/90 мм рт. ст., ЧСС 84/хв, SpO2 95%. Шкала Бартел 45 балів."),
    # ---------------------------------------------------------------- Lithuania
    ("lt-israsas",
     "IŠRAŠAS IŠ MEDICININIŲ DOKUMENTŲ\n[[place:Utenos ligoninė]], Vidaus ligų skyrius\n"
     "Pacientė: [[name:Ona Kazlauskienė]], [[age:94 metų]]\nAsmens kodas "
     "[[other_id:43104181273]]\nLigos istorijos Nr. [[mrn:2025/4182]]\nGyv. [[address:Vilniaus "
     "g. 12-4]], [[place:Anykščiai]], [[zip:LT-29141]]\nHospitalizuota [[date:2025 m. kovo 12 "
     "d.]]; dukra [[name:Danutė]], tel. [[phone:+370 612 41827]]."),
    ("lt-zarasai",
     "Pacientas [[name:Algirdas Žukauskas]] iš [[place:Salako]] kaimo netoli "
     "[[place:Zarasų]] atvežtas kaimyno automobiliu [[vehicle:KLM 412]]. Gimimo data: "
     "[[date:1933-02-14]]. Sąskaita [[account:LT12 7300 0104 1827 3619]]."),
    ("lt-clean",
     "Vidaus ligų skyrius, 7 palata. Alzheimerio liga; Parkinsono liga. Pacientė 88 metų. "
     "MMSE 16/30; AKS 145/85 mmHg; Bartelio indeksas 40."),
    # ---------------------------------------------------------------- more settings, mixed
    ("navajo-referral",
     "Referral to [[place:Gallup Indian Medical Center]], Surgery. Ms [[name:Ella Benally]] of "
     "[[place:Crownpoint]], NM, DOB [[date:05/09/1931]], IHS chart # [[mrn:GIMC-717983]], SSN "
     "[[ssn:585-41-8273]]. Her nephew [[name:Wilson Nez]] drives her; home phone "
     "[[phone:(505) 786-4182]]. Gallbladder US: stones, wall 5 mm."),
    ("pl-ukraine",
     "Pacjentka z Ukrainy, [[name:Ганна Савчук]], przyjechała z [[place:Kołomyi]] do córki w "
     "[[place:Krośnie]]. PESEL UKR [[other_id:45031841827]]; paszport [[licence:FE909569]]. "
     "Córka [[name:Oksana]] tel. [[phone:+48 733 418 273]]. Wizyta [[date:3 marca 2025]]."),
    ("wales-nursing",
     "Nodyn nyrsio / nursing note\n[[date:Dydd Llun 3 Mawrth 2025]]: Mrs [[name:Eirlys Pugh]] "
     "settled overnight at [[place:Ysbyty Alltwen]]. Her daughter [[name:Sioned]] rang from "
     "[[place:Porthmadog]] on [[phone:01766 433550]]. Hearing aid serial [[device:PH-41827-R]] "
     "sent for repair."),
    ("hr-email",
     "Od: [[name:Marija Vukelić]] <[[email:marija.vukelic@example.hr]]>\nPredmet: otpust\n"
     "Poštovani, gospođa [[name:Mara Tomljenović]] ([[age:95 godina]]) iz [[place:Korenice]] "
     "može se otpustiti. Faks doma: [[fax:053 418 273]]."),
    ("tas-cgm",
     "[[place:Launceston General Hospital]] diabetes service. Mr [[name:Neville Febey]] from "
     "[[place:St Helens]]: CGM sensor [[device:3MH0820754]] uploads from "
     "[[ip:192.168.41.27]] fail. URN [[mrn:L116979]]. Medicare [[health_plan:4418 27361 3]]."),
    # ---------------------------------------------------------------- mixed threads
    ("chat-thread",
     "[[name:Megan Roberts]]: anyone seen melioidosis this far south?\n[[name:Dylan Hughes]]: "
     "we had one from [[place:Katherine]] last wet season\n[[name:Megan Roberts]]: this one is "
     "a [[age:90-year-old]] from [[place:Maningrida]], URN [[mrn:0006605]]\n[[name:Dylan "
     "Hughes]]: ring me, [[phone:0418 273 612]]"),
    ("invoice",
     "INVOICE [[account:INV-402277]]\nTo: [[name:Loretta Combs]], [[address:HC 61 Box 418]], "
     "[[place:Whitesburg]], KY [[zip:41858]]\nAir ambulance transport, [[date:April 2, 2025]]. "
     "Pay online at [[url:https://pay.example.com/combs-145761]]."),
    ("history-url",
     "Her own earlier admission was written up by her family at "
     "[[url:https://www.example.com/mamgu-megan-story]].", "patient_information"),
    ("discussion-refs",
     "Discussion: our findings agree with the Appalachian PMF series "
     "(https://doi.org/10.1136/oemed-2018-105204) and with the Andean chronic mountain sickness "
     "cohort (https://pubmed.ncbi.nlm.nih.gov/29451204/).", "discussion"),
]

F35_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH35: tuple[Note, ...] = build(F35_PART, per_category=26, clean=120, references=8) + F35_LETTERS


if __name__ == "__main__":
    from collections import Counter

    counts = Counter(e.category for n in FRESH35 for e in n.expected)
    print(len(FRESH35), "notes,", sum(1 for n in FRESH35 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

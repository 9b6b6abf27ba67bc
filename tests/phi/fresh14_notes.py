"""FRESH14: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind: its author read only tests/phi/generated.py (the framework and its parts),
tests/phi/corpus.py (the Note type, the span conventions, parse, evaluate), the domain rules
(45 CFR 164.514(b)(2), as restated in the project's domain notes), the module docstrings of
tests/phi/fresh11_notes.py, fresh12_notes.py and fresh13_notes.py (their conventions and
settings) and the layout of fresh12_notes.py (how its Part, build and letters are wired, not its
vocabulary or templates); not the scanner, its patterns, name lists, model or data, its
benchmark (bench/), its tests, the body of any other fresh part, nor their git history; the
scanner was not run while writing it or on its notes. Its vocabulary, value shapes, keywords,
connectors, frames, note styles and hand-written letters are a tenth author's own, from
settings that generated.py and the docstrings of fresh11, fresh12 and fresh13 do not list:
Louisiana (parishes, Cajun French, LA Medicaid), a Texas border clinic in a colonia (Rio Grande
Valley, matrícula consular), Appalachian Kentucky and West Virginia clinics, Amish communities
in Ohio and Pennsylvania (home births, church districts, no SSN), Hmong families in Minnesota
(MA ID, a cultural broker), Somali families in Ohio (refugee health screening, A-number, Hijri
dates); Barbados (NRN, BB postcodes), Belize (SSB), the Bahamas (NIB); Costa Rica (CCSS,
EBAIS, cédula), Panama (CSS, cédula 8-), El Salvador (DUI, ISSS), Nicaragua (INSS);
Catalonia in Catalan (CIP CatSalut, NHC, Catalan dates, "anys"), the Basque Country
(Osakidetza, TIS, Basque dates, "urte"), Galicia (Sergas, Galician dates); Lithuania (asmens
kodas, metų), Latvia (personas kods, gadi), Belarus, Moldova (IDNP, CNAM), Albania (NID,
vjeç), North Macedonia (ЕМБГ, години), Bosnia and Herzegovina (JMB), Montenegro, Slovenia
(EMŠO, ZZZS, "let"), Russia (СНИЛС, полис ОМС), Azerbaijan (FİN, yaş), Tajikistan and
Kyrgyzstan; Benin, Gabon (CNAMGS), Djibouti, Mauritania and the Comoros in French; Solomon
Islands, Tuvalu and Palau. Document types: fracture clinic letters, partograms, consent
forms, incident reports, POLST and advance directives, DNACPR forms, pharmacy interventions,
kidney transplant follow-up, clinical trial screening logs (NCT and EudraCT numbers are not
PHI; a screening number that identifies a person is), research consent, genetic pedigrees
(relatives' names are names), police requests for records, interpreter bookings, speech and
language therapy, dietitian notes, optometry prescriptions, refugee health screening, Amish
home-birth records, hyperbaric oxygen logs, stoma and lactation visits, MRI safety
questionnaires, IMCI sick-child forms, prosthetics clinic notes, voice-dictation transcripts
without punctuation, OCR'd scans with broken lines and odd characters, Markdown tables and a
case-report paragraph in a patient_information section.

Conventions (tests/phi/corpus.py's and the fresh11-13 docstrings'): a name without its title or
honorific (Mr, Mrs, Ms, Dr, Dr., Sr., Sra., doña, Mme, M., Nurse, Bishop, Deacon, Detective stay
out); a full name in any order is one span, particles included ("THIBODEAUX, Marie Odile", "Vang
Pa Nhia", "Faduma Abdi Warsame", "Jiménez Mora, Yorleny", "Kazlauskienė Rūta"); staff names
(doctors, nurses, midwives, interpreters, pharmacists, a Bishop) are names too; an identifier
without its keyword; an age over 89 with its attached unit in any language ("93 anys", "92
urte", "94 años", "91 metų", "92 gadi", "93 години", "90 vjeç", "94 let", "92 yaşında", "91
сола", "93 жаш", "95 ans", "ninety-four-year-old") or the number alone where no unit is attached
("Age: 96", "96/F"); ages under 90 are not marked; a date without its preposition, with a
weekday right before it and a time right after it ("2024-03-02 03:45", "Tue 11/5/24 03:12"; "u
22:40" (at) and "at 2 pm" stay out); dates in Catalan, Basque, Galician, Spanish, Lithuanian,
Latvian, Russian, Slovenian, Albanian, French and the Hijri calendar are dates ("14 Rajab 1352";
the "AH" after it stays out), and so are spelled-out dictated dates ("first of May two thousand
twenty four", the article "the" before it stays out), OCR-spaced dates and an expected date of
delivery; a phone number spoken in words is a phone number; a year alone is not marked. The
street line (house number, street, flat, lot, "HC 71 Box 40", "Rural Route 2", a colonia lot,
"Carrer de la Riera, 14, 3r 2a", "de la iglesia católica 300 m al sur y 50 m este, casa 12", a
street named without a number) is one span; each locality (town, village, colonia, Amish
settlement, barrio, quartier) and the postcode are separate spans; a named hospital, clinic,
health centre, EBAIS, health area, public-health department or school is a place (the whole
name); a Louisiana parish and a US county are places (the whole name with "Parish" or "County",
as corpus.py's "Lancaster County"); states, autonomous communities (Catalonia, Galicia),
provinces, Lithuanian and Latvian regions, oblasts, countries and their abbreviations (LA, TX,
KY, WV, OH, PA, MN) are never marked. Category choices: `ssn` is a US Social Security number
only; other national and personal numbers (NRN, SSB, NIB, cédula, DUI, DNI/NIE, asmens kodas,
personas kods, IDNP, NID, ЕМБГ, JMB, EMŠO, СНИЛС, FİN, an A-number, matrícula consular, a trial
screening number, police, incident, black-lung claim and advance-directive registry references,
UNOS and CPMS numbers, a biobank participant ID, an interpreter booking reference) are
`other_id`; health insurance numbers (LA, KY, Ohio and MN Medicaid, Medicare MBI,
CCSS/CSS/ISSS/INSS affiliation, CIP, TIS, Sergas TSI, ОМС, CNAM, ZZZS, CNAMGS, RAMU) are
`health_plan`; hospital, clinic, expediente, NHC, история болезни, ligos istorija and laboratory
accession numbers are `mrn`; passports, driving licences, professional registrations (NPI,
colegiado, LSBME licence, GOC) and birth certificate numbers are `licence`; IBANs, bank
accounts, hospital account and invoice numbers are `account`; plates and VINs are `vehicle`;
LVAD, pump, prosthetic knee, intraocular lens, controller and stimulator serials and UDIs are
`device`. Clean notes (and the unmarked parts of every note) hold doses, lab values, tacrolimus
levels, partogram readings, gestations, ICD-10 and CPT codes, trial numbers (NCT, EudraCT,
ISRCTN), genes and variants (CFTR F508del, MSUD BCKDHA, GJB2 35delG, HBB c.20A>T, APOL1 G1/G2,
PKD1), optical prescriptions, bed and cycle numbers, years, ages under 90, and classifications,
scores and diseases named after people and places (Salter-Harris, Gustilo-Anderson, Garden,
Weber, Schatzker, Neer, AO/OTA, Bishop, Robson, Apgar, Banff, KDIGO, Boston, Glasgow, Ottawa,
Lyme, Crimean-Congo, Chagas, Carrión, West Nile, Mallampati, Snellen, Jaeger, GMFCS, Denver,
Lausanne, Amsterdam, Padua, Caprini, Wells) and citations.

Built as build(F14_PART, per_category=24, clean=120, references=8) + F14_LETTERS (78
hand-written notes: 69 with identifiers, one of them a case-report paragraph in the patient's
history, 8 clean, 1 reference paragraph in a discussion): 678 notes, 137 of them (20%) without
any identifier (120 generated clean notes, 8 reference notes in an introduction or discussion,
8 clean letters, 1 reference letter), 1009 spans - name 173, address 51, place 144, zip 49,
date 91, age 49, phone 52, fax 25, email 29, ssn 25, mrn 40, health_plan 40, account 27,
licence 31, vehicle 30, device 30, url 41, ip 26, other_id 56 (`python -m
tests.phi.fresh14_notes` prints them). Checked without the scanner: every span's text is the
note's text at its offsets and has no surrounding blanks, no marks or slots are left in the
text, no spans overlap, note ids are unique, every category is present, every marked age is
over 89 (two are spelled out: "ninety-four-year-old", "noventa y dos años"), no note text
equals one of generated.py's TUNING notes, and builds under three PYTHONHASHSEED values are
identical. Deterministic: its own seed (18_014), values drawn from the builder's fixed-seed
Random, no hash-order dependence. Not wired into any test or bench: measure it once.

    from tests.phi.fresh14_notes import FRESH14, F14_PART, F14_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import SPANISH_MONTHS, Part, Vocabulary, build


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _l(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
_CA = ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre",
       "octubre", "novembre", "desembre"]
_EU = ["urtarrilaren", "otsailaren", "martxoaren", "apirilaren", "maiatzaren", "ekainaren",
       "uztailaren", "abuztuaren", "irailaren", "urriaren", "azaroaren", "abenduaren"]
_GL = ["xaneiro", "febreiro", "marzo", "abril", "maio", "xuño", "xullo", "agosto", "setembro",
       "outubro", "novembro", "decembro"]
_LT = ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio",
       "rugsėjo", "spalio", "lapkričio", "gruodžio"]
_LV = ["janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts",
       "septembris", "oktobris", "novembris", "decembris"]
_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
       "октября", "ноября", "декабря"]
_SQ = ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator",
       "tetor", "nëntor", "dhjetor"]
_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
       "octobre", "novembre", "décembre"]
_HIJRI = ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula",
          "Jumada al-Akhirah", "Rajab", "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qadah",
          "Dhu al-Hijjah"]


def _f14_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1926, 2025)
    hh, mi = r.randint(0, 23), r.choice((2, 10, 17, 25, 33, 40, 48, 55))
    forms = [
        f"{m}/{d}/{y}", f"{m:02d}-{d:02d}-{y}", f"{_EN[m - 1][:3]}-{d:02d}-{y}",
        f"{_EN[m - 1]} {d}, {y} {hh:02d}:{mi:02d}", f"{d} de {_CA[m - 1]} de {y}"
        if _CA[m - 1][0] not in "aeiou" else f"{d} d'{_CA[m - 1]} de {y}",
        f"{y}ko {_EU[m - 1]} {d}a", f"{d} de {_GL[m - 1]} de {y}",
        f"{y} m. {_LT[m - 1]} {d} d.", f"{y}. gada {d}. {_LV[m - 1]}",
        f"{d} {_RU[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}. {m}. {y}",
        f"{d} {_SQ[m - 1]} {y}", f"{d} {_FR[m - 1]} {y}", f"{d}-{SPANISH_MONTHS[m - 1]}-{y}",
        f"{d} {_HIJRI[m - 1]} {r.randint(1345, 1446)}", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}",
        f"{d:02d}{_EN[m - 1][:3].upper()}{y % 100:02d}", f"{y}.{m:02d}.{d:02d}",
        f"{r.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {m}/{d}/{y % 100:02d}",
    ]
    return r.choice(forms)


def _f14_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 106)
    return r.choice([
        ("pacient de {age}, viu sola a casa", f"{n} anys"), ("{age} ditu eta bakarrik bizi da", f"{n} urte"),
        ("paciente de {age} con fractura de cadera", f"{n} años"), ("pacientė, {age}", f"{n} metų"),
        ("pacientei {age}, dzīvo viena", f"{n} gadi"), ("пациент на {age}", f"{n} години"),
        ("pacientja {age}, e shtruar", f"{n} vjeç"), ("bolnica, stara {age}", f"{n} let"),
        ("xəstə {age}", f"{n} yaşında"), ("бемор {age}", f"{n} сола"), ("оорулуу {age}", f"{n} жаш"),
        ("patiente âgée de {age}", f"{n} ans"), ("Age: {age}", f"{n}"),
        ("{age}/F, nursing home, DNR", f"{n}"), ("a {age} Amish great-grandmother", f"{n}-year-old"),
        ("Pt {age}, lives w/ granddaughter", f"{n} yo"), ("a {age} veteran from the hollow", f"{n} y/o"),
        ("Edad: {age}", f"{n}"), ("aged {age}, hard of hearing", f"{n}"), ("the patient is {age}", f"{n} years of age"),
    ])


def _f14_phone(r: random.Random, _h: bool) -> str:
    area = r.choice(["504", "985", "337", "956", "606", "304", "330", "717", "651", "612", "614"])
    return r.choice([
        f"({area}) {r.randint(201, 989)}-{_d(r, 4)}", f"{area}.{r.randint(201, 989)}.{_d(r, 4)}",
        f"+1 (246) {r.randint(230, 439)}-{_d(r, 4)}", f"+501 6{_d(r, 2)}-{_d(r, 4)}",
        f"+1 242 {_d(r, 3)} {_d(r, 4)}", f"+506 8{_d(r, 3)} {_d(r, 4)}", f"+507 6{_d(r, 3)}-{_d(r, 4)}",
        f"+503 7{_d(r, 3)}-{_d(r, 4)}", f"+505 8{_d(r, 3)} {_d(r, 4)}", f"93 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
        f"+34 6{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"+370 6{_d(r, 2)} {_d(r, 5)}",
        f"+371 2{_d(r, 7)}", f"+7 (9{_d(r, 2)}) {_d(r, 3)}-{_d(r, 2)}-{_d(r, 2)}",
        f"+373 6{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}", f"+386 41 {_d(r, 3)} {_d(r, 3)}",
        f"+355 6{r.randint(7, 9)} {_d(r, 3)} {_d(r, 4)}", f"+994 50 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
        f"+229 97 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"+241 07 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"+677 7{_d(r, 6)}", f"{area}-{r.randint(201, 989)}-{_d(r, 4)}",
    ])


def _f14_zip(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"70{r.randint(301, 399)}", f"785{_d(r, 2)}", f"41{r.randint(501, 599)}", f"24{r.randint(801, 899)}",
        f"446{_d(r, 2)}", f"175{_d(r, 2)}", f"551{_d(r, 2)}", f"432{_d(r, 2)}-{_d(r, 4)}",
        f"BB{r.randint(11, 26)}{_d(r, 3)}", f"08{_d(r, 3)}", f"48{r.randint(0, 9)}{_d(r, 2)}",
        f"15{r.randint(0, 9)}{_d(r, 2)}", f"LT-{r.randint(10, 99)}{_d(r, 3)}", f"LV-{r.randint(10, 56)}{_d(r, 2)}",
        f"1{r.randint(0, 9)}{_d(r, 4)}", f"MD-{r.randint(20, 66)}{_d(r, 2)}", f"SI-{r.randint(1, 9)}{_d(r, 3)}",
        f"{r.randint(1, 9)}{_d(r, 3)}", f"{r.randint(10, 60)}{_d(r, 3)}",
    ])


F14_VALUES = {
    "mrn": lambda r, h: r.choice([
        f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 4)}", f"E{_d(r, 7)}", f"{_d(r, 9)}", f"{_d(r, 4)}/{_d(r, 2)}",
        f"{_d(r, 2)}-{_d(r, 5)}", f"HC-{_d(r, 6)}", f"{_d(r, 7)}", f"{_l(r, 1)}{_d(r, 2)}-{_d(r, 4)}",
        f"{r.randint(2019, 2025)}-{_d(r, 6)}", f"ACC{_d(r, 8)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{_d(r, 13)}", f"{_l(r, 4)} {_d(r, 7)} {_d(r, 3)}", f"{_l(r, 4)}{_d(r, 10)}",
        f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}", f"{r.randint(1, 9)}{_l(r, 2)}{_d(r, 1)}-{_l(r, 2)}{_d(r, 1)}-{_l(r, 2)}{_d(r, 2)}",
        f"{_d(r, 9)}", f"{_d(r, 8)}", f"{_l(r, 2)}{_d(r, 8)}", f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}",
        f"{_d(r, 2)}-{_d(r, 7)}-{_d(r, 2)}"]),
    "account": lambda r, h: r.choice([
        f"LT{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}", f"LV{_d(r, 2)}HABA{_d(r, 13)}",
        f"SI56 {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}", f"ES{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)} {_d(r, 10)}",
        f"HAR{_d(r, 9)}", f"{_d(r, 10)}", f"{_d(r, 3)}-{_d(r, 6)}-{_d(r, 1)}", f"INV-{_d(r, 6)}",
        f"{_d(r, 20)}"]),
    "licence": lambda r, h: r.choice([
        f"{_d(r, 8)}", f"{_l(r, 1)}{_d(r, 2)}-{_d(r, 3)}-{_d(r, 3)}", f"1{_d(r, 9)}", f"MD.{_d(r, 6)}",
        f"P{_d(r, 8)}", f"{_d(r, 2)}/{_d(r, 5)}", f"{_l(r, 2)}{_d(r, 7)}", f"{r.randint(1926, 2024)}-{_d(r, 6)}",
        f"{_d(r, 2)} {_l(r, 2)} {_d(r, 6)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{_l(r, 3)}-{_d(r, 4)}", f"{_l(r, 3)}{_d(r, 4)}", f"{_d(r, 3)} {_l(r, 3)}", f"{_l(r, 3)} {_d(r, 3)}",
        f"{_l(r, 1, 'АВЕКМНОРСТУХ')}{_d(r, 3)}{_l(r, 2, 'АВЕКМНОРСТУХ')} {_d(r, 2)}", f"{_l(r, 3)}-{_d(r, 3)}",
        f"{_l(r, 2)}-{_d(r, 3)}-{_l(r, 2)}", f"{_d(r, 1)}{_l(r, 4)}{_d(r, 2)}{_l(r, 2)}{_d(r, 1)}{_d(r, 6)}",
        f"{_d(r, 4)} {_l(r, 3)}"]),
    "device": lambda r, h: r.choice([
        f"HM{_d(r, 5)}", f"{_l(r, 3)}{_d(r, 7)}", f"{_d(r, 2)}{_l(r, 1)}{_d(r, 6)}",
        f"(01){_d(r, 14)}(21){_l(r, 2)}{_d(r, 5)}", f"SN-{_d(r, 4)}-{_l(r, 2)}", f"{_d(r, 12)}",
        f"{_l(r, 2)}{_d(r, 6)}{_l(r, 1)}"]),
    "other_id": lambda r, h: r.choice([
        f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)} {_d(r, 2)}", f"{r.randint(3, 6)}{_d(r, 10)}", f"2{_d(r, 12)}",
        f"{_d(r, 6)}-{_d(r, 5)}", f"{_l(r, 1)}{_d(r, 8)}{_l(r, 1)}", f"{_d(r, 13)}", f"8-{_d(r, 3)}-{_d(r, 4)}",
        f"{r.randint(1, 7)}-{_d(r, 4)}-{_d(r, 4)}", f"0{_d(r, 7)}-{_d(r, 1)}", f"A{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}",
        f"{_d(r, 1)}{_l(r, 3)}{_d(r, 1)}{_l(r, 2)}", f"SCR-{_d(r, 3)}-{_d(r, 4)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(400, 665)}-{r.randint(10, 99)}-{_d(r, 4)}", f"{r.randint(400, 665)} {r.randint(10, 99)} {_d(r, 4)}",
        f"{r.randint(400, 665)}{r.randint(10, 99)}{_d(r, 4)}"]),
    "phone": _f14_phone,
    "fax": _f14_phone,
    "email": lambda r, h: r.choice([
        "{g}.{s}@example.com", "{s}{n}@correo.example.cr", "{g}{s}@example.cat", "{s}.{g}{n}@example.lt",
        "{g}_{s}@mail.example.ru", "{g}{n}@example.org", "{s}.family@example.net"]),
    "url": lambda r, h: r.choice([
        "https://portal.example.org/patient?id={n}{n}{n}", "www.example.com/{g}-{s}-benefit",
        "http://{s}{n}.example.net/album", "https://mychart.example.com/u/{g}{s}",
        "example.cat/{s}/{g}", "https://t.example.me/{g}_{s}{n}"]),
    "ip": lambda r, h: r.choice([
        f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 65535):x}"]),
    "zip": _f14_zip,
    "date": _f14_date,
}

F14_VOCABULARY = Vocabulary(
    given=["Marie Odile", "Clovis", "Delphine", "Tobias", "Rosie Mae", "Wendell", "Loretta Jo",
           "Eli", "Pa Nhia", "Kou", "Mai Yer", "Faduma", "Abdirahman", "Hodan", "Yorleny",
           "Ariel", "Jordi", "Montserrat", "Iñaki", "Miren", "Uxía", "Xosé", "Rūta", "Vytautas",
           "Ilze", "Jānis", "Doina", "Ion", "Mojca", "Blerina", "Arben", "Aysel", "Firuza",
           "Aibek", "Svetlana", "Emina", "Kossi", "Aïcha"],
    surnames=["Thibodeaux", "Boudreaux", "Guidry", "Caudill", "Slone", "Combs", "Yoder",
              "Stoltzfus", "Hershberger", "Vang", "Xiong", "Thao", "Warsame", "Hirsi",
              "Alleyne", "Tillett", "Jiménez Mora", "Vargas Solano", "Vilaró", "Soler i Puig",
              "Etxeberria", "Goikoetxea", "Outeiro", "Kazlauskienė", "Bērziņa", "Ciobanu",
              "Zupančič", "Krasniqi", "Jovanovska", "Hodžić", "Mammadova", "Rahimova",
              "Asanaliev", "Kuznetsova", "Hounkpatin", "Mba Nzé"],
    cities=["Houma", "Thibodaux", "Opelousas", "Breaux Bridge", "Hazard", "Pikeville", "Welch",
            "Pharr", "Eagle Pass", "Sugarcreek", "Kidron", "Maplewood", "Brooklyn Park",
            "Reynoldsburg", "Speightstown", "Dangriga", "Orange Walk", "Cartago", "Puntarenas",
            "Santiago de Veraguas", "Chinandega", "Sabadell", "Vic", "Getxo", "Ourense",
            "Šiauliai", "Daugavpils", "Bălți", "Maribor", "Elbasan", "Bitola", "Tuzla",
            "Nikšić", "Ganja", "Khujand", "Kaluga", "Parakou", "Franceville", "Gizo"],
    streets=["Bayou Blue Road", "Rue Saint-Landry", "Coal Hollow Road", "Township Road 606",
             "Calle Ébano", "Como Avenue", "Refugee Road", "Rock Hall Road", "Zane Ave N",
             "Mahogany Street", "Hollow Creek Lane", "Old Route 7"],
    relations=["wife", "husband", "daughter", "son", "granddaughter", "grandson", "nièce",
               "hija", "fill", "alaba", "dukra", "meita", "дочь", "cultural broker", "bishop"],
    clean=[
        "Salter-Harris II fracture of the distal radius; closed reduction, above-elbow cast.",
        "Gustilo-Anderson IIIA open tibial fracture; cefazolin 2 g IV within 1 h.",
        "Garden IV subcapital fracture; hemiarthroplasty planned, Caprini score 9.",
        "Weber B ankle fracture, stable on gravity stress view; boot for 6 weeks.",
        "Schatzker II tibial plateau; AO/OTA 41-B3; ORIF at day 5.",
        "Partogram: cervix 6 cm at 4 h, 9 cm at 7 h; FHR 140-150; liquor clear.",
        "Bishop score 7; Robson group 1; oxytocin at 2 mU/min.",
        "Apgar 8 and 9 at 1 and 5 minutes; weight 3,410 g; vitamin K given.",
        "Tacrolimus trough 6.8 ng/mL; creatinine 128 umol/L; Banff 1A on biopsy.",
        "Mycophenolate 720 mg BD, prednisolone 5 mg OD; BK viraemia 3.2 log copies/mL.",
        "Screened for NCT04512345 and EudraCT 2021-003456-22; eGFR below cut-off, ineligible.",
        "ISRCTN 12345678 inclusion criteria met; randomisation deferred to next visit.",
        "CFTR F508del homozygous; sweat chloride 104 mmol/L; FEV1 62% predicted.",
        "Maple syrup urine disease (BCKDHA) carrier testing offered to the extended family.",
        "GJB2 35delG biallelic; referred for cochlear implant assessment.",
        "APOL1 G1/G2 high-risk genotype; UACR 48 mg/mmol.",
        "PKD1 truncating variant; Mayo class 1C; tolvaptan 45/15 mg.",
        "Rx: OD -2.25 / -0.75 x 180, OS -2.00 / -0.50 x 170, add +2.00; PD 62 mm.",
        "Snellen 6/9 both eyes; Jaeger J2 near; IOP 16 and 17 mmHg.",
        "Mallampati 3; ASA III; difficult airway trolley ready.",
        "Speech: CELF-5 core language score 72; intelligibility 60% to unfamiliar listeners.",
        "Dysphagia: IDDSI level 4 puree and level 2 mildly thick fluids.",
        "Dietitian: BMI 17.9, MUST 3; ONS 2 bottles daily; refeeding bloods daily for 3 days.",
        "HBOT session 14 of 30 at 2.4 ATA for 90 min; no barotrauma.",
        "Stoma: 32 mm ileostomy, output 1.4 L/day; loperamide 4 mg QDS.",
        "Lactation: latch improved; weight loss 7% on day 4; top-ups 30 mL EBM.",
        "MRI safety: no pacemaker, no cochlear implant, no metal fragments; cleared for 3 T.",
        "IMCI: fast breathing 56/min, chest indrawing; classified as severe pneumonia.",
        "Prosthetics: transtibial socket revised; K3 functional level; Genium knee not indicated.",
        "GMFCS level II; Denver II delayed in fine motor.",
        "Crimean-Congo haemorrhagic fever excluded; Lyme serology negative; Chagas IgG negative.",
        "Carrión disease and West Nile fever were in the differential.",
        "Lausanne and Amsterdam criteria reviewed; Padua score 5; Wells 2.",
        "Glasgow-Blatchford 12; Rockall 5; OGD within 24 h.",
        "Boston bowel prep score 8; two 6 mm adenomas removed.",
        "ICD-10 S72.01, CPT 27236; DRG 470.",
        "Bed 7, bay C; cycle 3 of 6; theatre list 2.",
        "She is 87 and walks with a frame; her husband is 84.",
        "Diagnosed in 2017; transplanted in 2020; rejection episode in 2022.",
        "Fluconazole 400 mg day 1 then 200 mg daily for 14 days.",
        "Hb 86 g/L, MCV 71 fL, ferritin 8 ug/L; IV iron 1 g given.",
        "Na 128, K 5.9, HCO3 17, urea 21, creat 312; KDIGO stage 3.",
        "Ottawa knee rules negative; no X-ray required.",
        "DNACPR in place; ceiling of care ward-based; family aware.",
        "Sweat test, newborn bloodspot and hearing screen normal.",
        "Hemoglobina 10,4 g/dL; leucòcits 12.300/mm3; PCR 48 mg/L.",
        "Гемоглобин 112 г/л, лейкоциты 9,8 х10^9/л, СОЭ 34 мм/ч.",
        "Hemoglobinas 118 g/l, CRB 22 mg/l; EKG sinusinis ritmas 78 k./min.",
        "Tlak 150/90 mmHg, utrip 88/min, SpO2 94 %.",
        "TA 13/8, FC 92/min, T° 38,2 °C; paludisme TDR positif.",
    ],
    seed=18_014,
)

F14_STYLES = [
    "FRACTURE CLINIC LETTER\nOrthopaedic outpatients, virtual fracture clinic review.\n{body}\n"
    "Plan: repeat radiographs in 2 weeks; physiotherapy referral made.",
    "PARTOGRAM (WHO modified)\nActive phase from 4 cm; alert line plotted.\n{body}\n"
    "Outcome: SVD, EBL 300 mL, perineum intact.",
    "CONSENT FORM 1 (patient agreement to investigation or treatment)\n{body}\n"
    "Risks explained: bleeding, infection, DVT, need for further surgery.",
    "INCIDENT REPORT (no harm / low harm)\nCategory: fall from bed.\n{body}\nDuty of candour: not applicable.",
    "POLST - Physician Orders for Life-Sustaining Treatment\nSection A: DNR. Section B: selective treatment.\n{body}",
    "PHARMACY INTERVENTION\nIssue: vancomycin trough 24 mg/L; dose reduced to 750 mg BD.\n{body}\nOutcome: accepted by team.",
    "TRANSPLANT CLINIC (renal) follow-up\n{body}\nContinue tacrolimus; next levels in 1 week.",
    "TRIAL SCREENING LOG (site 014)\n{body}\nEligibility: pending labs; consent version 4.2.",
    "PEDIGREE NOTES (three generations)\n{body}\nProband marked with arrow; autosomal recessive pattern.",
    "INTERPRETER BOOKING\nLanguage requested; face-to-face, 60 minutes.\n{body}",
    "speech and language therapy dictation begins {body} end of dictation thank you",
    "[OCR scan p.2/3]\nD1SCHARGE  SUMM ARY —— cont'd\n{body}\n~~ illegible stamp ~~",
    "| field | value |\n|---|---|\n| note | {body} |\n| status | signed |",
    "INFORME D'ALTA - Servei de Traumatologia\n{body}\nTractament: paracetamol 1 g/8 h; control a CCEE.",
    "ВЫПИСНОЙ ЭПИКРИЗ\n{body}\nРекомендовано: наблюдение терапевта по месту жительства.",
    "IŠRAŠAS IŠ MEDICININIŲ DOKUMENTŲ\n{body}\nRekomendacijos: šeimos gydytojo priežiūra.",
    "HOJA DE REFERENCIA - CCSS / EBAIS\n{body}\nMotivo: control de anticoagulación.",
    "REFUGEE HEALTH SCREENING (domestic, within 90 days)\n{body}\nTB IGRA negative; strongyloides serology sent.",
    "{body}",
    "{body}",
]

F14_PART = Part(
    "fresh14", F14_VOCABULARY,
    [": ", " ", " no. ", " # ", " Nr. ", " núm. ", " №: ", " is ", "\n", " -- ", ": ", " = ",
     " n.º ", " / "],
    ["{kv}", "{kv}.", "{kw}\n{v}", "| {kw} | {v} |", "- [x] {kv}", "{kv} (checked with ID)",
     "**{kw}:** {v}", "{kv}; Garden III", "{kw} ............ {v}", "Admin: {kv}",
     "{kv} - per front sheet", "» {kv}", "{kv},", "{kw}   {v}   (verified)"],
    {"mrn": ["MRN", "MR#", "Med Rec", "NHC", "Núm. d'història", "expediente", "история болезни",
             "Ligos istorijos Nr.", "Kartica", "Clinic #", "Lab accession", "Hosp. No"],
     "health_plan": ["LA Medicaid ID", "KY Medicaid #", "MA ID", "MBI", "CIP", "TIS", "TSI Sergas",
                     "número de asegurado CCSS", "CSS", "ISSS afiliación", "полис ОМС", "polița CNAM",
                     "ZZZS kartica", "CNAMGS"],
     "account": ["Acct", "HAR", "Guarantor acct", "IBAN", "Sąskaitos Nr.", "Konts", "Račun",
                 "invoice", "Factura"],
     "licence": ["TX DL", "KY DL", "Passport", "NPI", "LSBME lic.", "Col·legiat", "Colegiado",
                 "birth cert", "GOC reg"],
     "vehicle": ["plate", "tag", "Plate #", "matrícula", "placa", "гос. номер", "valst. Nr.", "VIN"],
     "device": ["LVAD S/N", "pump serial", "knee S/N", "IOL lot/serial", "UDI", "SCS IPG serial",
                "Serial", "HBOT chamber ID"],
     "other_id": ["NRN", "SSB #", "NIB", "cédula", "DUI", "asmens kodas", "personas kods", "IDNP",
                  "EMŠO", "СНИЛС", "FİN", "A-Number", "Screening no.", "ЕМБГ", "JMB"],
     "ssn": ["SSN", "Soc Sec #", "Seguro Social", "SS No."],
     "phone": ["Ph", "Cell", "Tel.", "Telèfon", "Teléfono", "Тел.", "Mob.", "Home ph"],
     "fax": ["Fax", "Fax #", "Facsímil", "Факс", "Télécopie"]},
    {"licence": ["His Texas driver license {v} was photocopied by registration.",
                 "Prescriber NPI {v} on the prescription.", "Passport {v} (Somali) seen at intake.",
                 "Birth certificate {v} requested for the home-born infant.",
                 "Dr [[name:Landry]], licence {v}, signed the POLST."],
     "vehicle": ["Pickup truck, tag {v}, rolled on Coal Hollow Road.",
                 "Buggy struck from behind by a car, plate {v}; horse destroyed.",
                 "The ambulance noted a sedan {v} at the scene.", "VIN {vin} recorded by the deputy.",
                 "Автомобиль {v} - водитель доставлен с места ДТП."],
     "mrn": ["Old chart {v} merged into this one.", "Please quote {v} on the histology request.",
             "Duplicate record {v} - flagged to HIM.", "Expediente {v} del EBAIS revisado."],
     "health_plan": ["Covered by LA Medicaid, ID {v}.", "Asegurada CCSS {v}, cotizante directa.",
                     "ОМС полис {v} предъявлен.", "CIP {v}; cobertura del CatSalut activa."],
     "account": ["Balance on hospital account {v} written off.", "Refund paid to {v}.",
                 "Transfer to IBAN {v} for the travel grant."],
     "device": ["HeartMate 3 LVAD, serial {v}, flows 4.2 L/min.", "Genium knee {v} returned for service.",
                "Intraocular lens serial {v} logged in the implant register."],
     "other_id": ["A-Number {v} on the I-94.", "Screening number {v} assigned; not randomised.",
                  "Police reference {v} for the records request.", "Cédula {v} verificada.",
                  "Interpreter booking ref {v} confirmed."],
     "ssn": ["SSN {v} on the Medicaid application.", "His Social Security number is {v}.",
             "{v} (SSN) given by daughter."],
     "phone": ["Call {rel} {given} on {v} when ready.", "Cultural broker reachable at {v}.",
               "Bishop's phone shanty: {v}.", "Llamar a la hija al {v}.", "Звонить дочери: {v}."],
     "fax": ["Please fax the operative note to {v}.", "Records sent by fax to {v} today.",
             "Fax back the signed consent to {v}."],
     "email": ["Family asks for updates at {v}.", "Send the pedigree draft to {v}.",
               "Correu electrònic: {v}", "Эл. почта: {v}"],
     "url": ["The family fundraiser is at {v}.", "Portal link {v} was sent by text.",
             "Her recovery blog {v} has photos of the scar."],
     "ip": ["Telehealth session connected from {v}.", "The HBOT chamber logger at {v} dropped out.",
            "Access to the record from {v} was audited."],
     "zip": ["ZIP {v}.", "Codi postal {v}", "Pašto kodas {v}", "Indekss {v}", "Индекс {v}",
             "Postcode: {v}", "Address ends [[place:Houma]], LA {v}."],
     "date": ["Admitted {v}.", "DOB: {v}", "Fecha de nacimiento: {v}", "Data de naixement: {v}",
              "Дата рождения: {v}", "Gimimo data {v}", "Dzimšanas datums: {v}", "Date of injury {v}",
              "EDD {v}", "Transplanted {v}; DGF for 5 days.", "Seen {v} in fracture clinic.",
              "Consent signed {v}.", "Died {v} at home, as she wished."],
     "address": ["Lives at [[address:{n} {street}]], [[place:Houma]], LA.",
                 "Home: [[address:HC 71 Box {n}]], [[place:Hazard]], KY.",
                 "Domicili: [[address:Carrer de Sant Quirze, {n2}, 3r 2a]], [[place:Sabadell]].",
                 "Adresas: [[address:Vilniaus g. {n}-{n2}]], [[place:Šiauliai]].",
                 "Dirección: [[address:Lote {n2}, {street}]], colonia [[place:Las Milpas]], [[place:Pharr]].",
                 "[[address:{n} {street}]]\n{city}",
                 "[[address:{n} {street}, Apt {n2}]]\n[[place:Reynoldsburg]], OH [[zip:43068]]",
                 "Адрес: [[address:ул. Гагарина, д. {n2}, кв. {n}]]",
                 "Naslov: [[address:Prešernova ulica {n2}]], [[zip:2000]] [[place:Maribor]]",
                 "Adrese: [[address:Rīgas iela {n2}-{n}]], [[place:Jelgava]], [[zip:LV-3001]]",
                 "Dirección: [[address:del Palí {n} m norte, casa {n2}]], [[place:Heredia]].",
                 "Mailing: [[address:P.O. Box {n}]], [[place:Belmopan]]",
                 "Home visit at [[address:{n} {street}]] - dog in yard, ring twice."],
     "place": ["Lives in {city} with extended family.", "Transferred from {city} by road.",
               "Born in {city}; moved to Ohio in 2016.", "Family farm outside {city}.",
               "Referred by the health centre in {city}.", "Procedente de {city}.",
               "Parish of residence: [[place:Terrebonne Parish]]."],
     "name": ["{full} attended with her {rel}.", "Seen with {given}'s {rel}.",
              "Mrs {surname} declined the blood transfusion.", "{given} fell again overnight.",
              "Pt: {full}", "Pedigree: maternal relative {given} affected.",
              "Interpreter {full} present throughout.", "Sra. {surname} refiere dolor.",
              "Signed: {full}, RN"]},
    ["{v} ({kw})", "{v} - {kw}", "{v} [{kw}]", "{v} <- {kw}", "{v}, {kw} on file"],
    ["Fracture classification per AO/OTA 2018 (https://doi.org/10.1097/BOT.00000000000010{n}).",
     "Trial registered at https://clinicaltrials.gov/study/NCT0{n}{n}{n}{n}.",
     "See https://pubmed.ncbi.nlm.nih.gov/2{n}{n}{n}{n}/ for the Banff 2019 update.",
     "Partograph per WHO (https://www.who.int/publications/i/item/978924{n}{n}{n})."],
    True, values=F14_VALUES, age=_f14_age, styles=F14_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh14-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS: list[tuple] = [
    ("la-er",
     "[[place:OUR LADY OF THE BAYOU REGIONAL]] - ED NOTE\nPt: [[name:THIBODEAUX, Marie Odile]]  DOB [[date:3/14/1929]]  "
     "[[age:95 y/o]] F\nMRN [[mrn:00-48-2219]]   LA Medicaid ID [[health_plan:2204981173350]]\n"
     "Address: [[address:418 Bayou Blue Road]], [[place:Houma]], LA [[zip:70364]] ([[place:Terrebonne Parish]])\n"
     "Speaks Cajun French; son [[name:Clovis]] translates, cell [[phone:(985) 872-4410]].\n"
     "Fall at home, Garden IV NOF fracture. Seen by Dr [[name:Remy Guidry]]."),
    ("la-polst",
     "POLST (Louisiana LaPOST)\nPatient name: [[name:Boudreaux, Delphine A.]]   Date of birth: [[date:July 2, 1931]]\n"
     "Section A: Do Not Attempt Resuscitation. Section B: comfort measures only.\n"
     "Discussed with: daughter [[name:Angelle Boudreaux Hebert]] (healthcare POA), ph [[phone:337-332-8156]]\n"
     "Physician: [[name:Paul Landry]], MD   LSBME lic. [[licence:MD.024417]]   Signed [[date:02/19/2024]]\n"
     "Home: [[address:22 Rue Saint-Landry]], [[place:Breaux Bridge]], LA [[zip:70517]]"),
    ("tx-colonia",
     "[[place:CLÍNICA DEL VALLE]] - nota de primera vez\nNombre: [[name:Yesenia Garza Treviño]], 44 años\n"
     "Domicilio: [[address:Lote 17, Calle Ébano]], colonia [[place:Las Milpas]], [[place:Pharr]], TX [[zip:78577]]\n"
     "Matrícula consular [[other_id:MC-0938174]]; sin SSN. Cel. [[phone:956-283-0417]]\n"
     "Diabetes tipo 2, HbA1c 11.2%; retinopatía no proliferativa. Su esposo [[name:Rogelio]] trabaja en el campo.\n"
     "Próxima cita: [[date:12-mar-2024]]."),
    ("tx-border-mva",
     "Trauma activation, [[place:Fort Duncan Regional Medical Center]], [[place:Eagle Pass]].\n"
     "Unrestrained driver of pickup, TX plate [[vehicle:MKD-4471]], struck by tractor-trailer VIN "
     "[[vehicle:3AKJHHDR9NSMN2217]]. GCS 13. Patient [[name:Ernesto Villarreal]], "
     "TX DL [[licence:41187734]], DOB [[date:08/09/1957]]. Wife [[name:Nora]] en route."),
    ("ky-hollow",
     "[[place:Appalachian Family Health]] - home visit\n[[name:Loretta Jo Slone]], age [[age:92]], "
     "lives alone up [[address:Coal Hollow Road]] past the church, [[place:Pikeville]], KY [[zip:41501]].\n"
     "KY Medicaid # [[health_plan:9004417261]]; Medicare MBI [[health_plan:5TQ8-JK2-RM41]].\n"
     "Black lung (CWP, ILO 2/1); home O2 2 L. Nephew [[name:Darrell Caudill]] checks on her, "
     "[[phone:(606) 437-2290]] is the landline."),
    ("wv-mine",
     "Black lung clinic - [[place:Welch Community Hospital]]\nMiner [[name:Wendell Combs]], 71, 32 years underground.\n"
     "SSN [[ssn:233-41-8870]]   Federal black lung claim [[other_id:BL-2204-1187]]\n"
     "Address [[address:Rural Route 2, Box 140]], [[place:Welch]], WV [[zip:24801]]. "
     "FEV1 1.4 L (48%), DLCO 39%. Daughter [[name:Rosie Mae]] drove him in."),
    ("amish-birth",
     "HOME BIRTH RECORD (lay midwife / CNM)\nMother: [[name:Sarah Yoder]], G7P6   Father: [[name:Eli Yoder]]\n"
     "Infant: [[name:Aden]], male, born [[date:Tue 11/5/24 03:12]] at home, 4,020 g, Apgar 8/9.\n"
     "Address: [[address:6421 Township Road 606]], [[place:Millersburg]], OH [[zip:44654]] "
     "([[place:Holmes County]]), church district 14.\n"
     "No SSN, no insurance; self-pay through church aid. Phone shanty [[phone:(330) 674-1182]].\n"
     "Midwife: [[name:Miriam Hershberger]], CNM. Newborn screen: MSUD panel sent (Amish founder variant)."),
    ("amish-pedigree",
     "PEDIGREE - [[place:Clinic for Special Children]]\nProband [[name:Levi Stoltzfus]] (II-4), MSUD, BCKDHA Y438N homozygous.\n"
     "Parents [[name:Amos]] and [[name:Katie Stoltzfus]] (I-1, I-2) are third cousins.\n"
     "Sibs: [[name:Rebecca]] (carrier), [[name:Benuel]] (unaffected), [[name:Naomi]] (deceased [[date:June 1998]], "
     "crisis at 9 days).\nSettlement: [[place:Gordonville]], PA. Bishop [[name:Jonas King]] helps with transport."),
    ("hmong-broker",
     "Interpreter booking - Hmong (White Hmong dialect)\nPatient: [[name:Vang Pa Nhia]], 67 F, MA ID [[health_plan:00471928]]\n"
     "Appointment [[date:04/22/2024 10:30]], nephrology, [[place:Regions Hospital]].\n"
     "Interpreter: [[name:Kou Xiong]]; booking ref [[other_id:INT-24-55107]].\n"
     "Family requests that cultural broker [[name:Mai Yer Thao]] be present; she is on [[phone:651-774-0318]].\n"
     "Home [[address:1170 Como Avenue]], [[place:Saint Paul]], MN [[zip:55103]]."),
    ("hmong-dictation",
     "dictation begins this is doctor [[name:Lee Thao]] dictating on [[name:Tou Vang]] date of birth "
     "[[date:march third nineteen fifty two]] medical record number [[mrn:7 7 1 4 0 2 9]] he is a 72 year old man "
     "with gout and CKD stage 3b creatinine 2.1 he was seen with his son [[name:Chue]] who asks that we call "
     "[[phone:612 555 0148]] period new paragraph allopurinol 100 mg daily end of dictation"),
    ("somali-refugee",
     "REFUGEE HEALTH SCREENING - [[place:Columbus Public Health]]\nName: [[name:Faduma Abdi Warsame]]   A-Number: "
     "[[other_id:A212-447-903]]\nDOB (per I-94): [[date:01/01/1934]] - family gives [[date:14 Rajab 1352]] AH; "
     "age recorded as [[age:90]].\nArrival in the US [[date:2024-01-17]]. Ohio Medicaid [[health_plan:103387552901]].\n"
     "Lives with grandson [[name:Abdirahman Hirsi]] at [[address:3310 Refugee Road, Apt 2B]], "
     "[[place:Columbus]], OH [[zip:43232]]. Somali interpreter [[name:Hodan Farah]]."),
    ("somali-chat",
     "[Patient portal message thread]\n> [[name:Hodan W.]] (daughter): salaam dr, my mother [[name:Hawa Warsame]] have pain "
     "in knee again, can she come Tuesday? my number is [[phone:614-882-3097]]\n> Clinic (RN [[name:Kayla]]): Hello, "
     "yes - [[date:Tuesday 5/14]] at 2 pm. Please bring her Medicaid card.\n> [[name:Hodan W.]]: thank you. "
     "also email me [[email:hodan.warsame@example.com]]"),
    ("barbados",
     "[[place:QUEEN ELIZABETH HOSPITAL]] - Medical Outpatients\nRe: Mrs [[name:Cynthia Alleyne]]"
     "\nNRN: [[other_id:340512-0217]]   Hosp. No [[mrn:Q-221874]]\n[[address:Lot 14, Rock Hall Road]], "
     "[[place:Speightstown]], St. Peter [[zip:BB26004]]. Tel. [[phone:+1 (246) 422-1180]].\nSickle cell (HbSC); "
     "admitted [[date:18/01/2024]] with acute chest syndrome."),
    ("belize-snake",
     "[[place:Southern Regional Hospital]], [[place:Dangriga]]\nFer-de-lance bite L foot; 10 vials antivenom. "
     "Patient [[name:Marlon Tillett]], SSB # [[other_id:000482915]], from [[place:Hopkins]] village. "
     "Mother [[name:Beverly]] ph [[phone:+501 622-4180]]. 20WBCT >20 min on arrival."),
    ("bahamas",
     "Referral, [[place:Princess Margaret Hospital]], [[place:Nassau]].\nPatient [[name:Shantell Rolle]], NIB "
     "[[other_id:2841 0577 3]], from [[place:Marsh Harbour]]. Contact [[phone:+1 242 367 2214]].\n"
     "Dialysis access failed; please review."),
    ("costa-rica",
     "HOJA DE REFERENCIA - CCSS\n[[place:EBAIS Barrio Los Ángeles]], [[place:Área de Salud Cartago]]\n"
     "Paciente: [[name:Jiménez Mora, Yorleny]]   Cédula [[other_id:3-0412-0871]]   Asegurada directa\n"
     "Expediente [[mrn:30412087]]   Tel. [[phone:+506 8812 4470]]\n"
     "Dirección: [[address:de la iglesia católica 300 m al sur y 50 m este, casa 12]], [[place:Paraíso]].\n"
     "Edad [[age:93 años]]; fibrilación auricular, INR 4,2. Referida al [[place:Hospital Max Peralta]]."),
    ("panama",
     "Caja de Seguro Social - [[place:Policlínica de Santiago]]\nSr. [[name:Aurelio Batista]], cédula "
     "[[other_id:9-712-1048]], asegurado CSS [[health_plan:9-712-1048-01]]\nResidencia: [[place:Santiago de Veraguas]]. "
     "Celular [[phone:+507 6614-2290]]. Fecha de ingreso: [[date:5 de febrero de 2024]]."),
    ("salvador",
     "ISSS - [[place:Hospital Médico Quirúrgico]]\nPaciente [[name:Wendy Beatriz Rivas]], DUI [[other_id:04381227-5]], "
     "afiliación ISSS [[health_plan:038122751]]\nResidente en colonia [[place:Escalón]], [[place:San Salvador]]. "
     "Tel [[phone:+503 7712-0384]]\nEsplenectomía laparoscópica [[date:22/03/2024]]; Padua score 4."),
    ("nicaragua",
     "INSS - nota de egreso\n[[name:Norlan José Espinoza]], 58 años, cédula [[other_id:081-120366-0004K]], "
     "INSS [[health_plan:14418273]]. Originario de [[place:Chinandega]]. Ingreso [[date:03/01/2024]], "
     "egreso [[date:09/01/2024]]. ERC de causa no tradicional (Mesoamerican nephropathy); creatinina 3,8."),
    ("catalan-alta",
     "INFORME D'ALTA - [[place:Hospital Universitari Parc Taulí]]\nPacient: [[name:Montserrat Vilaró i Soler]]   "
     "NHC [[mrn:1840772]]   CIP [[health_plan:VISO 0310228 004]]\nData de naixement: [[date:22 de gener de 1931]] "
     "([[age:93 anys]])\nDomicili: [[address:Carrer de la Riera, 14, 3r 2a]], [[zip:08201]] [[place:Sabadell]]\n"
     "Ingrés [[date:5 de març de 2024]]; alta [[date:12 d'abril de 2024]]. Fractura pertrocantèria, AO/OTA 31-A2. "
     "Metge: Dr. [[name:Jordi Ferrer]], col·legiat [[licence:08/41234]]."),
    ("catalan-consent",
     "CONSENTIMENT INFORMAT - artroplàstia de maluc\nJo, [[name:Josep Maria Pujol]], amb DNI [[other_id:38112904L]], "
     "declaro que he estat informat. Representant: la seva filla [[name:Núria]].\nSignat a [[place:Vic]], "
     "[[date:3 de maig de 2024]]. Telèfon [[phone:93 889 41 07]]."),
    ("basque",
     "OSAKIDETZA - [[place:Gurutzetako Unibertsitate Ospitalea]]\nGaixoa: [[name:Miren Etxeberria Goikoetxea]], "
     "[[age:92 urte]]\nTIS: [[health_plan:ETGO310512018]]   HK [[mrn:2204871]]\nJaiotze data: "
     "[[date:1931ko maiatzaren 12a]]. Helbidea: [[address:Nagusia kalea 7, 2. B]], [[zip:48991]] [[place:Getxo]].\n"
     "Alaba [[name:Itziar]] - [[phone:+34 688 41 20 19]]."),
    ("galicia",
     "SERGAS - [[place:Complexo Hospitalario de Ourense]]\nPaciente: [[name:Uxía Outeiro Castro]]   TSI [[health_plan:GAOC310822917015]]\n"
     "Nacemento: [[date:22 de agosto de 1931]] ([[age:92 anos]]). Enderezo: [[address:Rúa do Progreso, 41, 4º]], "
     "[[zip:32005]] [[place:Ourense]]. Neta [[name:Antía]] acompaña."),
    ("lithuania",
     "IŠRAŠAS IŠ MEDICININIŲ DOKUMENTŲ (forma 027/a)\nPacientė: [[name:Kazlauskienė Rūta]], asmens kodas "
     "[[other_id:43104120517]], [[age:92 metų]]\nLigos istorijos Nr. [[mrn:24-01837]]   Gimimo data "
     "[[date:1931 m. spalio 12 d.]]\nAdresas: [[address:Vilniaus g. 18-4]], [[place:Šiauliai]], [[zip:LT-76285]]\n"
     "Hospitalizuota [[date:2024-02-03]]. Gydytojas [[name:Vytautas Petrauskas]]."),
    ("latvia",
     "Izraksts no slimības vēstures\nPaciente [[name:Ilze Bērziņa]], personas kods [[other_id:120331-10473]], "
     "[[age:92 gadi]]\nAdrese: [[address:Brīvības iela 88-12]], [[place:Daugavpils]], [[zip:LV-5401]]\n"
     "Iestājās [[date:2024. gada 4. martā]]. Meita [[name:Inese]], tālr. [[phone:+371 29418822]]."),
    ("russia",
     "ВЫПИСНОЙ ЭПИКРИЗ\nФ.И.О.: [[name:Кузнецова Светлана Петровна]], [[age:94 года]]\nПолис ОМС "
     "[[health_plan:4051 2290 1184 7736]]   СНИЛС [[other_id:112-384-775 20]]\nИстория болезни № "
     "[[mrn:4821/24]]\nАдрес: [[address:ул. Гагарина, д. 12, кв. 48]], г. [[place:Калуга]], [[zip:248000]]\n"
     "Поступила [[date:12 февраля 2024]], выписана [[date:26.02.2024]]. Лечащий врач [[name:Орлов И. В.]]"),
    ("belarus",
     "Case transfer, [[place:Grodno Regional Clinical Hospital]] to [[place:Vilnius]].\nPatient [[name:Aliaksandr Kavalenka]], "
     "passport [[licence:KH2290417]], DOB [[date:17.08.1949]]. Wife [[name:Volha]] [[phone:+375 29 641 18 20]].\n"
     "Stanford A dissection; DeBakey I."),
    ("moldova",
     "Extras din fișa medicală\nPacient: [[name:Ion Ciobanu]], IDNP [[other_id:2004017342216]], polița CNAM "
     "[[health_plan:2004017342216]]\nDomiciliu: [[address:strada Ștefan cel Mare 42, ap. 7]], [[place:Bălți]], "
     "[[zip:MD-3100]]\nInternat [[date:03.04.2024]]; fiica [[name:Doina]], tel. [[phone:+373 69 214 880]]."),
    ("slovenia",
     "ODPUSTNICA - [[place:UKC Maribor]]\nBolnica: [[name:Mojca Zupančič]], stara [[age:94 let]], EMŠO "
     "[[other_id:1207930505123]]\nZZZS kartica [[health_plan:047182293]]   Naslov: [[address:Slovenska cesta 14]], "
     "[[zip:2000]] [[place:Maribor]]\nSprejeta [[date:2. 3. 2024]], odpuščena [[date:9. 3. 2024]]."),
    ("albania",
     "Epikriza - [[place:Spitali Rajonal Elbasan]]\nPacientja [[name:Blerina Krasniqi]], [[age:91 vjeç]], "
     "NID [[other_id:J31206401R]]\nAdresa: [[address:Rruga e Kavajës, pallati 12, shk. 2]], [[place:Elbasan]]\n"
     "Shtruar më [[date:6 mars 2024]]. Djali [[name:Arben]], cel. [[phone:+355 69 412 7713]]."),
    ("macedonia",
     "ОТПУСНА ЛИСТА - [[place:Клиничка болница Битола]]\nПациент [[name:Драган Јовановски]], [[age:93 години]], "
     "ЕМБГ [[other_id:0305931450017]]\nПримен [[date:14.01.2024]]; ќерка [[name:Елена Јовановска]]."),
    ("bosnia",
     "Otpusno pismo, [[place:UKC Tuzla]]\nPacijentica [[name:Emina Hodžić]], JMB [[other_id:2108947185003]]. "
     "Adresa [[address:Maršala Tita 22]], [[zip:75000]] [[place:Tuzla]]. Kćerka [[name:Lejla]] "
     "[[email:lejla.hodzic@example.ba]]."),
    ("montenegro",
     "Medicinski izvještaj, [[place:Opšta bolnica Nikšić]]\n[[name:Milica Vujović]], 81 godina; auto "
     "[[vehicle:NK AB 412]] sletio s puta kod [[place:Šavnik]]. Primljena [[date:20.07.2024]] u 22:40."),
    ("azerbaijan",
     "Çıxarış - [[place:Gəncə Şəhər Xəstəxanası]]\nXəstə [[name:Aysel Məmmədova]], [[age:92 yaşında]], FİN "
     "[[other_id:5JK7QPA]]\nÜnvan: [[address:Nizami küçəsi 17, mənzil 4]], [[place:Gəncə]]. Oğlu [[name:Rauf]] "
     "[[phone:+994 50 318 22 47]]."),
    ("tajik",
     "Хулосаи тиббӣ - [[place:Хуҷанд]]\nБемор [[name:Фируза Раҳимова]], [[age:91 сола]]. Ба беморхона "
     "[[date:12.03.2024]] қабул шуд. Писараш [[name:Далер]] дар Россия кор мекунад, тел. [[phone:+7 (926) 418-22-90]]."),
    ("kyrgyz",
     "[[place:Osh Interregional Hospital]], transfer note\n[[name:Aibek Asanaliev]], 66, from [[place:Kara-Suu]]; "
     "mother [[name:Gulnara]] is [[age:93 жаш]] and lives with him. ПИН [[other_id:20112195800417]]."),
    ("benin",
     "COMPTE RENDU - [[place:CHD Borgou]], [[place:Parakou]]\nPatient : [[name:HOUNKPATIN Kossi Émile]], "
     "[[age:95 ans]]\nRAMU n° [[health_plan:BJ-0284117390]]   Dossier [[mrn:24/0318]]\nQuartier "
     "[[place:Banikanni]], maison [[address:carré 412]]. Fille [[name:Aïcha]], tél. [[phone:+229 97 41 22 08]]."),
    ("gabon",
     "Fiche de liaison - [[place:Hôpital Régional de Franceville]]\n[[name:Mba Nzé Pélagie]], CNAMGS "
     "[[health_plan:2201847731]], entrée le [[date:4 avril 2024]]. Drépanocytose SS; paludisme TDR positif."),
    ("djibouti-maur",
     "Évacuation sanitaire : [[place:Nouakchott]] -> [[place:Paris]]\nM. [[name:Youssouf Ahmed Said]], passeport "
     "[[licence:M00412937]], vol du [[date:17 juin 2024]]. Épouse [[name:Fatouma]] : [[email:f.ahmed.said@example.dj]]."),
    ("comoros",
     "Lettre, [[place:CHN El-Maarouf]], [[place:Moroni]]: Mme [[name:Mariama Soilihi]], née le "
     "[[date:2 juillet 1933]], [[age:90 ans]], originaire de [[place:Mutsamudu]] (Anjouan)."),
    ("solomons",
     "[[place:Gizo Hospital]] - medevac to [[place:National Referral Hospital]], [[place:Honiara]]\nPatient "
     "[[name:Lency Ramo]], 34F, G4P3 at 36+2 weeks, eclampsia; MgSO4 loading given. Husband [[name:Wilson]] "
     "mobile [[phone:+677 7418221]]. Boat departed [[date:09/02/2024 05:40]]."),
    ("tuvalu-palau",
     "Tele-consult: [[place:Funafuti]] (Tuvalu) and [[place:Koror]] (Palau) to [[place:Suva]] specialists.\n1) [[name:Telesia Ioane]], "
     "[[age:90]], stroke, NIHSS 14.\n2) [[name:Hermana Ngirmang]], DOB [[date:1941-05-30]], Palau MRN [[mrn:P-22184]]. "
     "Session IP [[ip:203.0.113.87]]."),
    ("fracture-letter",
     "Dear Dr [[name:Okonjo]],\nRe: [[name:Tobias Hershberger]], DOB [[date:04/11/2011]], Hosp No [[mrn:E4417290]]\n"
     "Thank you for referring this 13-year-old with a Salter-Harris II fracture of the left distal radius after "
     "a fall from a hay loft on [[date:May 18]]. Closed reduction under Bier block; above-elbow cast for 4 weeks.\n"
     "Yours sincerely,\n[[name:Hannah McKenzie]], FRCS (Tr&Orth)"),
    ("incident",
     "INCIDENT REPORT #[[other_id:IR-2024-0412]]\nDate/time of incident: [[date:2024-03-02 03:45]]\nWard 6B. Patient "
     "[[name:Gladys Pennington]] ([[age:97]]) found on floor beside bed; no head injury; CT not required "
     "(Canadian CT head rule negative).\nReported by: [[name:Aaron Little]], RN. Witness: HCA [[name:Precious Ncube]]."),
    ("dnacpr",
     "DNACPR - adult\nName [[name:Edna Caudill]]  NHS/MRN [[mrn:0417792]]  DOB [[date:29-Feb-1932]]\n"
     "Discussed with patient (has capacity) and with son [[name:Dale]] on [[date:12/02/2024]].\n"
     "Senior responsible clinician: Dr [[name:R. Patel]]"),
    ("pharmacy",
     "Pharmacy intervention - clozapine\nPt [[name:Jānis Ozols]] ANC 1.4; CPMS registration [[other_id:CPMS-041187]]. "
     "Held dose; discussed with Dr [[name:Kalniņa]]. Pharmacist [[name:Priya Raman]], GPhC [[licence:2084417]]."),
    ("transplant",
     "Renal transplant clinic\n[[name:Pa Nhia Xiong]] - deceased donor kidney transplanted [[date:Aug 14, 2021]]. "
     "UNOS ID [[other_id:AB4417C]]. Tacrolimus 5.4 ng/mL, creat 1.3 mg/dL.\nLives at [[address:8837 Zane Ave N]], "
     "[[place:Brooklyn Park]], MN [[zip:55443]]. Next bloods via portal [[url:https://mychart.example.org/labs?pid=884172]]."),
    ("lvad",
     "LVAD clinic: HeartMate 3 serial [[device:HM4417230]], speed 5600 rpm, flow 4.4 L/min, PI 3.1.\n"
     "Controller [[device:CTR-20871-B]] swapped [[date:1/9/2024]]. Patient [[name:Wendell Slone]], caregiver wife "
     "[[name:Bonnie]] [[phone:(606) 785-1130]]."),
    ("trial-log",
     "| Screening no. | Arm | Date | Outcome |\n|---|---|---|---|\n| [[other_id:014-0031]] | - | "
     "[[date:2024-04-02]] | screen fail (eGFR 28) |\n| [[other_id:014-0032]] | B | [[date:2024-04-05]] | "
     "randomised |\nStudy NCT05112233 / EudraCT 2022-001987-11. Coordinator: [[name:Lauren Boudreaux]] "
     "[[email:lboudreaux@example.org]]"),
    ("research-consent",
     "RESEARCH CONSENT - biobank\nI, [[name:Aibek Asanaliev]], agree that my samples may be stored. "
     "Participant ID [[other_id:BB-KG-00412]].\nSignature: ______  Date [[date:2024-06-11]]\n"
     "Person taking consent: Dr. [[name:Nurlan Toktogulov]]"),
    ("police",
     "REQUEST FOR RECORDS - [[place:Terrebonne Parish]] Sheriff's Office\nCase no. [[other_id:24-001873]]. "
     "Requesting ED records for [[name:Dustin Guidry]], DOB [[date:10/30/1990]], seen [[date:June 2, 2024]] "
     "after a crash involving vehicle LA plate [[vehicle:Z471903]].\nDetective [[name:Renée Arceneaux]], "
     "fax [[fax:(985) 868-3215]], [[email:rarceneaux@example.gov]]"),
    ("slt",
     "SPEECH AND LANGUAGE THERAPY\n[[name:Kou Vang]], 4 y 2 m, bilingual Hmong-English; CELF-P3 core 74. "
     "Mother [[name:Yer]] attended. Next session [[date:Wednesday 7/17]]. School: [[place:Phalen Lake Elementary]]."),
    ("dietitian",
     "Dietitian note - [[place:Hospital del Mar]]\nSra. [[name:Dolors Soler i Puig]] ([[age:96 anys]]); MNA 6, "
     "BMI 17,2. Supplements 2/day. Seguiment telefònic al [[phone:+34 648 21 90 33]]."),
    ("optometry",
     "OPTOMETRY PRESCRIPTION\nPatient: [[name:Arben Gashi]]  DOB [[date:11 shtator 1958]]\n"
     "OD -1.75/-0.50x90  OS -2.00/-0.75x85  Add +2.25\nOptometrist [[name:Emma Clarke]], GOC reg [[licence:01-28813]]\n"
     "IOL right eye (2019), lot/serial [[device:AU0041872K]]."),
    ("hbot",
     "HBOT LOG - chamber 2\nPt [[name:Clovis Thibodeaux]], session 12/20 for radiation cystitis, 2.4 ATA x 90 min. "
     "Chamber controller logged from [[ip:10.44.2.117]]. Tech [[name:Jolene Guidry]]."),
    ("mri-safety",
     "MRI SAFETY QUESTIONNAIRE\nName: [[name:Rahimova Firuza]]  Weight 58 kg\nSpinal cord stimulator: YES - "
     "IPG serial [[device:NAS204417H]] (MR conditional, 1.5 T only). Completed [[date:08.05.2024]]."),
    ("imci",
     "IMCI sick child form, [[place:Centro de Salud de Chitré]]\nChild [[name:Yariela]], 14 months; mother [[name:Dayana Pinzón]]. "
     "Fast breathing 54/min; classified pneumonia; amoxicillin. Return [[date:Fri 3/8/24]]."),
    ("prosthetics",
     "Prosthetics clinic\n[[name:Eli Stoltzfus]]: Genium-type microprocessor knee, serial [[device:3B4417201]], "
     "warranty account [[account:HAR400187723]]. Drives a farm truck (plate [[vehicle:KMR-2290]])."),
    ("stoma",
     "Stoma nurse home visit: [[name:Vilma Kazlauskienė]] at [[address:Žalgirio g. 7-12]], [[place:Kaunas]]. "
     "Output 900 mL; skin intact. IBAN for transport grant [[account:LT12 7300 0101 4417 2290]]."),
    ("lactation",
     "Lactation consult: baby boy [[name:Ilias]] born [[date:2024-05-01]], mother [[name:Hodan Ali]]. "
     "Latch poor; 7% weight loss; pump loaned, serial [[device:SYM-04418]]."),
    ("ocr",
     "P4TIENT  NAME : [[name:GOIKOETXEA , IÑAKI]]\nD O B: [[date:1 9 3 0 - 0 7 - 1 1]]  \u00b7 MRN "
     "[[mrn:22 04 871]]\n~~~ adr: [[address:Nagusia kalea 7]] ,\n[[place:Gernika]]"),
    ("case-report",
     "A [[age:94-year-old]] Hmong woman from [[place:Maplewood]], Minnesota, presented on [[date:January 4, 2023]] "
     "with fever after a traditional coining treatment; her granddaughter [[name:Mai Yer]] noticed confusion.",
     "patient_information"),
    ("catalan-dva",
     "DOCUMENT DE VOLUNTATS ANTICIPADES\nAtorgant: [[name:Teresa Casals Rovira]], DNI [[other_id:77104412P]], "
     "nascuda el [[date:9 de setembre de 1932]]\nRepresentant: el seu nebot [[name:Oriol Casals]], "
     "[[address:Passeig de la Generalitat, 31, 1r]], [[zip:08500]] [[place:Vic]], tel. [[phone:+34 629 41 08 77]]\n"
     "Testimonis: [[name:Marta Pons]] i [[name:Albert Roca]]. Inscrit al Registre de voluntats anticipades, "
     "núm. [[other_id:DVA-2024-018734]]."),
    ("ward-table",
     "| Bed | Patient | Age | MRN | Issue |\n|---|---|---|---|---|\n"
     "| 3 | [[name:CAUDILL, Hershel]] | [[age:91]] | [[mrn:00-77-4102]] | CAP, CURB-65 3 |\n"
     "| 4 | [[name:SLONE, Opal]] | 86 | [[mrn:00-61-2290]] | AKI, K 6.1 |\n"
     "| 7 | [[name:COMBS, Jerry Wayne]] | 58 | [[mrn:00-80-1147]] | COPD, NIV |\n"
     "Charge nurse: [[name:Tammy Hatfield]]."),
    ("ky-dictation",
     "this is nurse practitioner [[name:Kendra Blevins]] dictating a home visit for [[name:Opal Slone]] a "
     "[[age:ninety-four-year-old]] woman seen on the [[date:first of May two thousand twenty four]] at her home on "
     "[[address:Hollow Creek Lane]] in [[place:Hindman]] comma she has heart failure NYHA three weight up two kilos "
     "furosemide increased to 80 mg period her grandson [[name:Cody]] will pick up the scripts end of dictation"),
    ("amish-buggy",
     "ED trauma note: horse-drawn buggy (SMV emblem, lights on) struck from behind by a car, Ohio plate "
     "[[vehicle:JHK 4417]], on SR 39 near [[place:Walnut Creek]].\nPatient [[name:Mose Hershberger]], 41, and son "
     "[[name:Jonas]], 9. Deacon [[name:Reuben Miller]] arrived with the family. No SSN on file; self-pay, "
     "account [[account:HAR400918273]]."),
    ("cr-voice",
     "Nota de voz transcrita (enfermería EBAIS): doña [[name:Yorleny]] llamó, dice que su mamá de "
     "[[age:noventa y dos años]] no come desde el [[date:lunes 4 de marzo]]; viven en [[place:San Isidro de El General]]; "
     "el número es [[phone:ocho ocho uno dos, cuatro cuatro siete cero]]."),
    ("lt-pedigree",
     "Genealoginis medis (3 kartos): probandė [[name:Rūta Jankauskaitė]] (III-2), PKD1. Motina [[name:Aldona]] "
     "(II-3) dializuojama nuo [[date:2019-06-14]]; dėdė [[name:Kęstutis]] mirė [[date:2011 m. gruodžio 3 d.]]; "
     "sesuo [[name:Eglė]] sveika. Kraujo giminystės nėra."),
    ("md-transfusion",
     "TRANSFUSION RECORD - [[place:Spitalul Clinic Republican]]\nPatient [[name:Doina Rusu]], IDNP "
     "[[other_id:2002045118734]], group A RhD negative. 2 units RBC, started [[date:11.06.2024 14:05]]; no reaction. "
     "Nurse [[name:Ana Ceban]], doctor [[name:Victor Lungu]]."),
    # clean letters
    ("clean-ward",
     "| Bed | Age | Issue | Plan |\n|---|---|---|---|\n| 2 | 78 | NOF (Garden III) | theatre am |\n"
     "| 5 | 64 | DKA, pH 7.12 | FRIII |\n| 9 | 89 | delirium, CAM +ve | TTO |"),
    ("clean-fracture",
     "Fracture clinic: Weber B ankle, stable; boot 6 weeks; Ottawa ankle rules positive. Neer 2-part proximal "
     "humerus in the second patient, sling. Both reviewed by the consultant; no identifiers recorded."),
    ("clean-partogram",
     "Partogram summary: 4 cm at 10:00, 7 cm at 13:00, fully at 15:30; FHR 130-145; Bishop 8 on admission; "
     "Robson group 3; EBL 250 mL; Apgar 9/10."),
    ("clean-transplant",
     "Transplant MDT: Banff 2A rejection treated with ATG; tacrolimus target 8-10; BK PCR 3.4 log; APOL1 G1/G2. "
     "KDIGO 2017 guidance followed."),
    ("clean-trial",
     "Trial screening summary (site level): 14 screened, 9 randomised, 5 screen failures; NCT04411223, EudraCT "
     "2020-004417-30, ISRCTN 44172290. Consent version 3.1, protocol amendment 2."),
    ("clean-genes",
     "Genetics: CFTR F508del/G542X; GJB2 35delG; HBB c.20A>T heterozygous; MSUD founder variant excluded. "
     "Hardy-Weinberg estimates from the Lancaster series (1998)."),
    ("clean-russian",
     "Диагноз: ИБС, стенокардия напряжения ФК III (CCS). Гемоглобин 118 г/л, креатинин 112 мкмоль/л, "
     "СКФ 48 мл/мин/1,73 м2. Рекомендовано: бисопролол 5 мг, аторвастатин 40 мг."),
    ("clean-catalan",
     "Diagnòstic: fractura de Colles; classificació AO 23-A2. Analítica: Hb 11,8 g/dL, PCR 12 mg/L. "
     "Pla: fèrula 4 setmanes; control a Traumatologia."),
    ("reference",
     "Discussion: Mesoamerican nephropathy has been described in sugar-cane workers "
     "(https://doi.org/10.1053/j.ajkd.2013.12.008); see also https://pubmed.ncbi.nlm.nih.gov/24388471/.",
     "discussion"),
]

F14_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH14: tuple[Note, ...] = build(F14_PART, per_category=24, clean=120, references=8) + F14_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH14 for e in n.expected)
    print(len(FRESH14), "notes,", sum(1 for n in FRESH14 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

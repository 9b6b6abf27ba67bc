"""FRESH33: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.
Written after the eighteenth round was frozen; to be measured once, and kept with its result.

Written blind by a twenty-ninth author, who read only tests/phi/generated.py (the framework:
Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring), tests/phi/corpus.py (the
Note type, the span conventions, parse, evaluate), the de-identification section (5) of the
project's domain notes (45 CFR 164.514(b)(2) Safe Harbor), the module docstring only of
tests/phi/fresh32_notes.py (read with ast.get_docstring; no other fresh part's docstring was
needed), the wiring lines of fresh16_notes.py (its Part call, _letter, letters tuple, build and
__main__ lines, printed with grep -n and sed) and pyproject.toml's ruff settings; not the
scanner, its patterns, name lists, model or data, its benchmark (bench/), its tests, the body of
any other fresh part (fresh34 was being written at the same time and was not opened), nor their
git history; the scanner was not run or imported while writing it, nor on its notes. Its
vocabulary, value shapes, keywords, connectors, frames, note styles and hand-written letters
are this author's own, as a global case-discussion board sees them: about half English-language
settings (Mississippi's hill country with a US SSN and Medicaid, Idaho's Lemhi valley with a US
SSN, northern Ontario's Cree communities with OHIP and a status number, Norfolk and the Welsh
valleys with the NHS number, Connemara with PPSN, medical card and Eircode, Broome with URN,
Medicare and rego, Tonga, Eswatini with the PIN, Liberia with the NIR, a Ugandan family writing
English with the NIN, Sabah with MyKad) and half non-English settings in their languages and
scripts: Murcia (Spanish, NHC, CIP, DNI, "años", pedanías), Sicily (Italian, nosologico, codice
fiscale, "anni"), Brittany's Finistère (French, IPP, lieu-dit, "ans"), Saxony-Anhalt (German,
Fallnummer, KVNR, Kennzeichen, "-jährige"), Greater Poland (Polish, PESEL, nr księgi głównej,
inflected town names, "lata"), Bosnia (Bosnian, JMBG, "godina", dates with a final dot),
Macedonia (Macedonian Cyrillic, ЕМБГ, ЕЗБО, "години"), Albania (Albanian, NID, nr. kartelës,
"vjeç"), Tajikistan (Tajik Cyrillic, "сола"), Gujarat (Gujarati script, IPD no., Aadhaar, MA
card, "વર્ષ"), Karnataka (Kannada script, UHID, ABHA, "ವರ್ಷ"), Telangana (Telugu script,
Aarogyasri, "సంవత్సరాలు"), Sumatra (Indonesian, No. RM, NIK, BPJS, "tahun"), Peru's Amazon
(Spanish, DNI, HC, SIS), Côte d'Ivoire (French, CNI, CMU), Tunisia (Arabic and French, CIN,
CNAM, "سنة") and Syria (Arabic, الرقم الوطني, رقم الإضبارة). Each setting has its own hospitals,
departments and wards, diseases with eponyms as those languages write them (enfermedad de
Crohn, morbo di Parkinson, maladie de Horton, Morbus Waldenström, choroba Leśniowskiego-Crohna,
Bechterewljeva bolest, Болест на Адисон, Sëmundja e Parkinsonit, касалии Боткин, penyakit
Addison, داء هودجكن), headings in capitals and everyday words as notes have them; small towns
and villages appear in running prose, people are named in prose without labels, and plates are
written as each country writes them ("7294 LKN", "GD 736 RP", "FT-384-KR", "BK-HD 472", "PKS
4T172", "K47-T-318", "ŠT 4172 AB", "GJ 02 KT 4172", "4172-1M", "187 تونس 4172", "PNT 4729",
"08-G-4471", "1GXT 472", "SA 4721 K") and a VIN. Document types: case-report narratives,
discharge summaries (informe de alta, lettera di dimissione, compte rendu, Entlassungsbrief,
karta informacyjna, otpusno pismo, отпусна листа, epikrizë, хулосаи тиббӣ, Gujarati, Kannada
and Telugu summaries, resume medis, epicrisis, تقرير خروج), referral letters, a medevac
request, an emergency-doctor protocol, nursing notes and a Pflegebericht, an invoice, a
WhatsApp message, a telehealth log, a fax line, clean notes and a discussion paragraph with
literature references.

Conventions (tests/phi/corpus.py's and fresh32's docstring's): a name without its title or
honorific (Dr, Mr, Mrs, Mme, Sig.ra, Frau Kollegin, Make, Pastor stay out); a full name in any
order is one span ("Hadžić Mirsad", "Раҳимов Давронҷон Саидович", "Rosa Elvira Tapullima
Shupingahua"); staff names are names; an identifier without its keyword; an age over 89 with
its attached unit in any language ("94-year-old", "93 años", "92 anni", "92 ans",
"-jährige", "92 lata", "92 години", "91 vjeç", "90 сола", "91 વર્ષ", "93 ವರ್ಷ", "92
సంవత్సరాలు", "90 tahun", "93 سنة") or the number alone where no unit is attached ("of 96",
"she is 92"); ages under 90 are not marked (the clean notes carry 84-89); a date without its
preposition ("le", "il", "am", "on" stay out), with a weekday right before it and a time right
after it; a year alone is not a date. The street line is one span (a lieu-dit or highway
address is the street line); each locality and the postcode are separate spans, a town in an
inflected form is marked as written ("Kościana", "Zavidovića"); a named hospital or clinic is a
place, the whole name also when it holds a town's name ("Hospital Santa Gema de Yurimaguas",
"સિવિલ હોસ્પિટલ, વડનગર"); states, regions, provinces, counties and countries (PA, ID, Bong
County, Vava'u) are never marked, nor ward names. Categories: `ssn` is a US Social Security
number only (Mississippi and Idaho patients); other national numbers (DNI, codice fiscale,
PESEL, JMBG, ЕМБГ, NID, Aadhaar, NIK, CNI, CIN, PPSN, PIN, NIR, NIN, MyKad, status number,
الرقم الوطني) are `other_id`; insurance numbers (CIP, KVNR, ЕЗБО, ABHA, Aarogyasri, MA card,
BPJS, SIS, CMU, CNAM, Medicaid, OHIP, NHS, medical card, Medicare) are `health_plan`;
hospital, chart and record numbers are `mrn`; passports, driving licences and registrations
are `licence`; IBANs, accounts and invoices are `account`; plates and VINs are `vehicle`;
pacemaker, pump and monitor serials, IMEIs and UDIs are `device`.

Built as build(F33_PART, per_category=26, clean=120, references=8) + F33_LETTERS (55
hand-written notes: 43 with identifiers, 11 clean, 1 reference paragraph in a discussion):
693 notes, 140 of them (20%) without any identifier (120 generated clean notes, 8 reference
notes in an introduction or discussion, 11 clean letters, 1 reference letter), 801 spans -
name 79, address 37, place 110, zip 37, date 47, age 45, phone 41, fax 27, email 28, ssn 28,
mrn 41, health_plan 42, account 29, licence 28, vehicle 40, device 27, url 43, ip 28,
other_id 44 (`python -m tests.phi.fresh33_notes` prints them). Checked without the scanner (a
throwaway script): every span's text is the note's text at its offsets and has no surrounding
blanks, no marks or slots are left in the text, no spans overlap, note ids are unique, every
category is in generated.CATEGORY_ORDER, every marked age is over 89, and builds under
PYTHONHASHSEED=1 and 4242 are identical. Deterministic: its own seed (19_033), values drawn
from the builder's fixed-seed Random, no hash-order dependence.

    from tests.phi.fresh33_notes import FRESH33, F33_PART, F33_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
Not wired into any test or bench: measure it once.
"""
from __future__ import annotations

import random
import string

from tests.phi.corpus import Note, parse
from tests.phi.generated import CATEGORY_ORDER, Part, Vocabulary, build

_SEED = 19_033


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _u(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]
_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
       "settembre", "ottobre", "novembre", "dicembre"]
_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
       "octobre", "novembre", "décembre"]
_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
       "Oktober", "November", "Dezember"]
_PL = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
       "września", "października", "listopada", "grudnia"]
_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]


def _f33_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1928, 2026)
    hh, mi = r.randint(0, 23), r.choice((0, 10, 20, 35, 45, 55))
    return r.choice([
        f"{d} de {_ES[m - 1]} de {y}", f"{d} {_IT[m - 1]} {y}", f"{d} {_FR[m - 1]} {y}",
        f"{d}. {_DE[m - 1]} {y}", f"{d} {_PL[m - 1]} {y}", f"{d}.{m:02d}.{y}.",
        f"{d:02d}.{m:02d}.{y} {hh:02d}:{mi:02d}", f"{m}/{d}/{y}", f"{d} {_EN[m - 1][:3]} {y}",
        f"{_EN[m - 1]} {d}, {y}", f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d} {hh:02d}{mi:02d}",
        f"{d}/{m}/{y % 100:02d}", f"{d:02d}/{m:02d}/{y}"])


def _f33_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 102)
    return r.choice([
        ("paciente de {age}, natural de la pedanía", f"{n} años"),
        ("signora di {age}, vedova", f"{n} anni"), ("patiente de {age}, grabataire", f"{n} ans"),
        ("die {age} Patientin lebt allein", f"{n}-jährige"), ("pacjentka lat {age}", f"{n}"),
        ("pacijentica od {age}", f"{n} godina"), ("пациент на {age}", f"{n} години"),
        ("pacient {age}", f"{n} vjeç"), ("an old fella of {age}", f"{n}"),
        ("a {age} great-grandmother", f"{n}-year-old"), ("bapak usia {age}", f"{n} tahun"),
        ("{age} F, nursing home", f"{n}yo"), ("she is {age} and still gardens", f"{n}")])


def _f33_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"+34 968 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"091 {_d(r, 3)} {_d(r, 4)}",
        f"02 98 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"0391 {_d(r, 3)}-{_d(r, 4)}",
        f"+48 61 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"061/{_d(r, 3)}-{_d(r, 3)}",
        f"070 {_d(r, 3)} {_d(r, 3)}", f"+355 69 {_d(r, 3)} {_d(r, 4)}",
        f"+992 93 {_d(r, 3)} {_d(r, 4)}", f"98{_d(r, 3)} {_d(r, 5)}",
        f"0812-{_d(r, 4)}-{_d(r, 4)}", f"+225 07 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"(662) {r.randint(200, 989)}-{_d(r, 4)}", f"208.{r.randint(200, 989)}.{_d(r, 4)}",
        f"01603 {_d(r, 6)}", f"(08) 9192 {_d(r, 4)}", f"+256 772 {_d(r, 3)} {_d(r, 3)}",
        f"088-{_d(r, 3)} {_d(r, 3)}"])


F33_VALUES = {
    "mrn": lambda r, h: r.choice([
        f"{r.randint(2015, 2026)}/{_d(r, 6)}", _d(r, 7), f"{_d(r, 2)}-{_d(r, 5)}",
        f"IPD/{_d(r, 5)}/{r.randint(20, 26)}", f"RM.{_d(r, 2)}.{_d(r, 2)}.{_d(r, 2)}",
        f"{_u(r, 1)}{_d(r, 8)}", f"{_d(r, 9)}", f"HC-{_d(r, 6)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{_d(r, 4)} {_d(r, 3)} {_d(r, 3)}", f"{_u(r, 1)}{_d(r, 9)}",
        f"{_d(r, 4)}-{_d(r, 3)}-{_d(r, 3)}-{_u(r, 2)}", f"000{_d(r, 10)}",
        f"{r.randint(1, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 3)} {_d(r, 3)} {_d(r, 2)}",
        f"MURC{_d(r, 12)}", f"{_d(r, 2)}-{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}",
        f"{_d(r, 10)}{_u(r, 1)}"]),
    "account": lambda r, h: r.choice([
        f"ES{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)} {_d(r, 10)}",
        f"IT{_d(r, 2)}{_u(r, 1)}{_d(r, 10)}{_d(r, 12)}", f"FAC-{r.randint(2019, 2026)}-{_d(r, 5)}",
        f"PL{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"{_d(r, 3)}-{_d(r, 7)}", f"INV{_d(r, 7)}", f"{_d(r, 12)}"]),
    "licence": lambda r, h: r.choice([
        f"{_u(r, 2)}{_d(r, 7)}", f"{_u(r, 1)}{_d(r, 3)}{_u(r, 1)}{_d(r, 4)}",
        f"GJ{_d(r, 2)} {r.randint(2005, 2024)}{_d(r, 7)}", f"{_d(r, 9)}",
        f"{_u(r, 5)}{_d(r, 6)}{_u(r, 2)}{_d(r, 1)}{_u(r, 2)}", f"{_u(r, 2)}-{_d(r, 6)}",
        f"KMC-{_d(r, 5)}", f"{_d(r, 2)}/{_d(r, 5)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{_d(r, 4)} {_u(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}", f"{_u(r, 2)} {_d(r, 3)} {_u(r, 2)}",
        f"{_u(r, 2)}-{_d(r, 3)}-{_u(r, 2)}", f"MD-{_u(r, 2)} {_d(r, 3)}",
        f"PO {_d(r, 1)}{_u(r, 1)}{_d(r, 3)}", f"{_u(r, 1, 'AEJKMOT')}{_d(r, 2)}-{_u(r, 1, 'AEJKMOT')}-{_d(r, 3)}",
        f"GJ {_d(r, 2)} {_u(r, 2)} {_d(r, 4)}", f"BK {_d(r, 4)} {_u(r, 3)}",
        f"{_u(r, 3)}-{_d(r, 3)}", f"{_u(r, 2)}{_d(r, 2)} {_u(r, 3)}", f"UB{_u(r, 1)} {_d(r, 3)}{_u(r, 1)}",
        f"SA {_d(r, 4)} {_u(r, 1)}", f"{r.randint(10, 232)}-G-{_d(r, 4)}"]),
    "vin": lambda r, h: f"{_u(r, 3, 'WVZSJ')}{_u(r, 6)}{_d(r, 8)}",
    "device": lambda r, h: r.choice([
        f"{_u(r, 3)}{_d(r, 6)}{_u(r, 1)}", f"{_d(r, 4)}-{_d(r, 4)}", f"{_d(r, 15)}",
        f"{_u(r, 2)}{_d(r, 2)}-{_d(r, 6)}", f"(01){_d(r, 14)}(21){_u(r, 2)}{_d(r, 5)}"]),
    "other_id": lambda r, h: r.choice([
        f"{_d(r, 8)}{_u(r, 1, 'TRWAGMYFPDXBNJZSQVHLCKE')}", f"{_d(r, 11)}", f"{_d(r, 13)}",
        f"{_u(r, 1)}{_d(r, 8)}{_u(r, 1)}", f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"{_d(r, 6)}-{_d(r, 2)}-{_d(r, 4)}", f"CM{_d(r, 2)}{_d(r, 3)}{_u(r, 5)}{_u(r, 2)}",
        f"C{_d(r, 10)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(425, 428)}-{_d(r, 2)}-{_d(r, 4)}", f"{r.randint(518, 519)} {_d(r, 2)} {_d(r, 4)}",
        f"{r.randint(425, 519)}{_d(r, 6)}"]),
    "phone": _f33_phone,
    "fax": _f33_phone,
    "email": lambda r, h: r.choice([
        "{g}.{s}{n}@example.es", "{s}.{g}@example.it", "{g}-{s}@example.fr",
        "{g}{n}@example.co.ug", "{s}_{g}@example.com.my", "{g}.{s}@example.ba"]),
    "url": lambda r, h: r.choice([
        "https://www.example.org/{g}-{s}", "example.net/familia/{s}{n}",
        "http://blog.example.com/{g}{s}/diario", "https://donate.example.org/help-{g}-{n}"]),
    "ip": lambda r, h: r.choice([
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"192.0.2.{r.randint(1, 254)}", f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 255):x}"]),
    "zip": lambda r, h: r.choice([
        f"30{r.randint(1, 890):03d}", f"9{r.randint(0, 8)}{_d(r, 3)}", f"29{_d(r, 3)}",
        f"06{_d(r, 3)}", f"6{_d(r, 1)}-{_d(r, 3)}", f"7{_d(r, 4)}", f"{r.randint(3, 5)}{_d(r, 2)} {_d(r, 3)}",
        f"NR{r.randint(1, 35)} {r.randint(1, 9)}{_u(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"P0{_u(r, 1, 'LTV')} {_d(r, 1)}{_u(r, 1)}{_d(r, 1)}", f"H91 {_u(r, 1)}{_d(r, 1)}{_u(r, 1)}{_d(r, 1)}",
        f"{r.randint(386, 388)}{_d(r, 2)}", f"838{_d(r, 2)}"]),
    "date": _f33_date,
}

F33_VOCABULARY = Vocabulary(
    given=["Encarnación", "Ginés", "Calogero", "Rosalia", "Gwenaëlle", "Yannick", "Hannelore",
           "Detlef", "Zdzisław", "Bożena", "Mirsad", "Emina", "Blagoja", "Vesna", "Dritan",
           "Mirela", "Firuza", "Davron", "Hetal", "Nilesh", "Putri", "Rizky", "Delphine",
           "Ousmane", "Wilfred", "Lurleen", "Thandeka", "Aloysius", "Siosaia", "Nkosinathi",
           "Bronwen", "Eamonn"],
    surnames=["Martínez Ruiz", "Lo Presti", "Ciaccio", "Le Bihan", "Kerjean", "Böttcher",
              "Schwanitz", "Szymańczak", "Nowicka", "Hadžić", "Mujkanović", "Trajkovski",
              "Hoxhaj", "Rahimov", "Patel", "Nainggolan", "Siregar", "Kouassi", "Yeboué",
              "Tubbs", "Okerlund", "Wesley", "Mamba", "Kollie", "Ssempijja", "Mojiji",
              "Fifita", "Ó Conghaile", "Prichard", "Gunn"],
    cities=["Cieza", "Caravaca de la Cruz", "Corleone", "Canicattì", "Douarnenez", "Landerneau",
            "Haldensleben", "Köthen", "Gniezno", "Kościan", "Tešanj", "Zavidovići", "Kičevo",
            "Štip", "Korçë", "Lushnjë", "Kulob", "Vadnagar", "Sirsi", "Siddipet", "Sibolga",
            "Yurimaguas", "Bouaké", "Kairouan", "Tupelo", "Salmon", "Attawapiskat", "Swaffham",
            "Tonypandy", "Clifden", "Broome", "Neiafu", "Manzini", "Gbarnga", "Masaka",
            "Keningau"],
    streets=["Huerto", "Matteotti", "Kerguelen", "Magdeburger", "Poznańska", "Titova",
             "Partizanska", "Skënderbeu", "Nehru", "Merdeka", "Natchez Trace", "Lakeshore"],
    relations=["hija", "figlio", "belle-fille", "Enkel", "córka", "snaha", "сопруга", "nipote",
               "granddaughter", "son-in-law", "niece", "auntie"],
    clean=[
        "Enfermedad de Crohn en remisión; calprotectina 84 µg/g.",
        "Morbo di Parkinson, Hoehn-Yahr 3; levodopa 100 mg x 4.",
        "Maladie de Horton suspectée : VS 92 mm, CRP 140 mg/L.",
        "Morbus Basedow, TRAK 12 IU/l; Thiamazol 10 mg.",
        "Choroba Leśniowskiego-Crohna, CDAI 280.",
        "Hashimotov tireoiditis, TSH 14,2 mIU/L.",
        "Болест на Бехтерев, HLA-B27 позитивен.",
        "Sëmundja e Addisonit; kortizoli 3 µg/dL.",
        "Касалии Боткин (гепатити A), билирубин 64 мкмол/л.",
        "Hb 9.4 g/dL, TLC 11,200, platelets 1.4 lakh.",
        "Penyakit Hirschsprung disingkirkan; BAB lancar.",
        "Mal de Pott exclu ; IRM rachidienne normale.",
        "Bell palsy on the left; House-Brackmann III.",
        "Guillain-Barré syndrome, Hughes grade 4; IVIG 0.4 g/kg x 5.",
        "Hodgkin lymphoma stage IIA, ABVD cycle 3 of 6.",
        "Whipple's triad met; glucose 2.1 mmol/L.",
        "Ward 6, bed 14; seen at 08:30 on the round.",
        "NEWS2 7, qSOFA 2, lactate 3.9 mmol/L.",
        "Paciente de 84 años, Barthel 60.",
        "Una signora di 87 anni, MMSE 19/30.",
        "Ein 88-jähriger Mann, Barthel-Index 45.",
        "Pacjent lat 86, NYHA III.",
        "Diagnosed 2019; relapse 2023.",
        "Sala 3, cama 12; pase de planta a las 09:00.",
        "Reparto di Medicina, letto 7; visita alle 11:00.",
        "Station 4B, Zimmer 12; Visite um 10 Uhr.",
        "Oddział Chorób Wewnętrznych, sala 5.",
        "Odjeljenje interne, soba 4, krevet 2.",
        "INR 2.8; warfarin 3 mg; next check in 7 days.",
        "Kasus ke-3 dari 5 dalam seri 2022.",
        "Sindrome di Cushing esclusa; cortisolo dopo desametasone 1.2 µg/dL.",
        "Síndrome de Sjögren con anti-Ro positivo.",
        "Rheumatic heart disease; mitral valve area 1.1 cm2.",
        "Chagas serology negative; Leishmania rK39 positive.",
        "CD4 212 cells/µL, viral load 1,400 copies/mL.",
        "ICD-10 J18.9; DRG E62B.",
    ],
    seed=_SEED,
)

F33_STYLES = [
    "INFORME DE ALTA - SERVICIO DE MEDICINA INTERNA\n{body}\nJuicio clínico: neumonía "
    "adquirida en la comunidad.\nTratamiento: amoxicilina-clavulánico 875 mg c/8 h.",
    "LETTERA DI DIMISSIONE - U.O.C. MEDICINA GENERALE\n{body}\nDiagnosi: scompenso "
    "cardiaco.\nTerapia: furosemide 25 mg 1 cp.",
    "COMPTE RENDU D'HOSPITALISATION - SERVICE DE PNEUMOLOGIE\n{body}\nConclusion : "
    "exacerbation de BPCO.",
    "ENTLASSUNGSBRIEF - KLINIK FÜR INNERE MEDIZIN\n{body}\nDiagnosen: Pneumonie, "
    "Vorhofflimmern.",
    "KARTA INFORMACYJNA LECZENIA SZPITALNEGO - ODDZIAŁ KARDIOLOGII\n{body}\nRozpoznanie: "
    "NSTEMI.",
    "OTPUSNO PISMO - KLINIKA ZA INTERNU MEDICINU\n{body}\nDijagnoza: pneumonija.",
    "ОТПУСНА ЛИСТА - КЛИНИКА ЗА КАРДИОЛОГИЈА\n{body}\nДијагноза: срцева слабост.",
    "DISCHARGE SUMMARY - GENERAL MEDICINE\n{body}\nFollow-up: medical OPD in 2 weeks.",
    "NURSING NOTE (nights)\n{body}\nObs stable; pressure areas intact.",
    "REFERRAL\n{body}\nMany thanks for seeing this patient.",
    "| Bed | Notes | Plan |\n|---|---|---|\n| 7 | {body} | review am |",
    "RESUME MEDIS - BANGSAL PENYAKIT DALAM\n{body}\nDiagnosis: demam tifoid.",
    "{body}",
    "{body}",
]

F33_CONNECTORS = [": ", " ", " n° ", " nr ", " br. ", " бр. ", " no. ", "\n", " - ", " (", " = "]
F33_FRAMES = ["{kv}", "{kv}.", "{kv};", "- {kv}", "{kw}\n  {v}", "| {kw} | {v} |",
              "Datos: {kv}", "Identificazione - {kv}", "{kv} (vérifié)", "Stammdaten: {kv}",
              "[{kv}]", "Checked on admission: {kv}."]
F33_KEYWORDS = {
    "mrn": ["NHC", "n. nosologico", "IPP", "Fallnummer", "Nr księgi głównej", "Br. historije",
            "Матичен бр.", "Nr. kartelës", "IPD No", "UHID", "No. RM", "HC", "URN", "Chart #"],
    "health_plan": ["CIP", "tessera sanitaria", "n° sécu", "KVNR", "ЕЗБО", "BPJS", "SIS",
                    "CMU", "CNAM", "Medicaid ID", "OHIP", "NHS no", "Medicare", "ABHA"],
    "account": ["IBAN", "n° facture", "Rechnungsnr.", "nr rachunku", "Invoice", "Acct"],
    "licence": ["Pasaporte", "patente", "permis", "Führerschein", "Paşaportë", "DL No",
                "Reg. No", "paspor"],
    "vehicle": ["matrícula", "targa", "immatriculation", "Kennzeichen", "nr rej.",
                "tablice", "Reg. No", "plat nomor", "placa", "plate", "rego", "tag"],
    "device": ["N° de série", "numero di serie", "Seriennr.", "S/N", "IMEI", "UDI"],
    "other_id": ["DNI", "codice fiscale", "PESEL", "JMBG", "ЕМБГ", "NID", "Aadhaar", "NIK",
                 "CIN", "PPSN", "PIN", "NIN", "MyKad", "status no."],
    "ssn": ["SSN", "Social Security #", "soc sec"],
    "phone": ["Tel.", "móvil", "cell.", "tél.", "Handy", "tel. kom.", "mob", "HP"],
    "fax": ["Fax", "fax n°", "Telefax", "faks"],
}
F33_AFTER = ["{v} ({kw})", "{v} - {kw}", "{v}, {kw} del paziente", "{v} = {kw}",
             "{v} [{kw} on file]"]
F33_SENTENCES = {
    "name": ["{full} ingresa por disnea.", "La {rel} {given} acompaña a la paciente.",
             "Il sig. {surname} rifiuta la dieta.", "Mme {surname} est vue au lit.",
             "Frau {surname} wurde mobilisiert.", "Pani {full} zgłosiła ból.",
             "Kontakt: {rel} {given}.", "{given} came in with his {rel}.",
             "Seen with Dr {full} on the round.", "Sister {surname} checked the drip.",
             "Ibu {full} mengeluh demam.", "{full}'s goats were brought to the clinic too.",
             "Old Mr {surname} ran out of his tablets again.", "Spoke to {given} by phone."],
    "address": ["Domicilio: [[address:C/ del {street}, {n}, 2º B]]",
                "Residente in [[address:Via {street} {n}]]",
                "Demeurant [[address:{n} rue de {street}]]",
                "Wohnhaft [[address:{street} Straße {n}]]",
                "Zamieszkały [[address:ul. {street} {n}/{n2}]]",
                "Adresa: [[address:Ulica {street} br. {n}]]",
                "Lives at [[address:{n} {street} Road]] with her {rel}.",
                "R/o [[address:{n2}, {street} Nagar]]",
                "Alamat: [[address:Jl. {street} No. {n}]]"],
    "place": ["Natural de {city}.", "Vive a {city} con la {rel}.", "Originaire de {city}.",
              "Wohnt in {city}.", "Mieszka w {city}.", "Iz {city}, penzioner.",
              "Farms outside {city}.", "Flown in from {city} this morning.",
              "Transferred from the district hospital at {city}.", "Berasal dari {city}."],
    "zip": ["CP {v}", "CAP {v}", "Code postal {v}", "PLZ {v}", "kod {v}", "Postcode: {v}",
            "ZIP {v}", "PIN {v}", "Poskod {v}"],
    "date": ["Ingreso: {v}", "Ricovero il {v}.", "Admise le {v}.", "Aufnahme am {v}.",
             "Przyjęty {v}", "Datum prijema: {v}", "DOB {v}", "Discharged {v}.",
             "Fecha de nacimiento {v}", "Tgl. masuk {v}", "Décédé le {v}."],
    "phone": ["Llamar a la {rel} al {v}.", "Figlia reperibile al {v}.", "Joindre la {rel} au {v}.",
              "Tochter erreichbar unter {v}.", "Ring the {rel} on {v}.", "Keluarga: {v}."],
    "fax": ["Informe enviado por fax al {v}.", "Faxed to the surgery on {v}.",
            "Envoyé par fax au {v}."],
    "email": ["Correo de la familia: {v}", "Send results to {v}.", "Mail della figlia: {v}",
              "Courriel : {v}"],
    "ssn": ["Social Security number {v} on the Medicaid form.", "SSN {v} verified by billing."],
    "mrn": ["Previous admission under {v}.", "Historia antigua {v}, fusionar."],
    "health_plan": ["Card {v} sighted at registration.", "Assuré sous le numéro {v}."],
    "account": ["Payment to {v} pending.", "Fattura {v} saldata."],
    "licence": ["His licence {v} was kept by the police.", "Passport {v} copied for the file."],
    "vehicle": ["Motorbike {v} vs truck, helmeted.", "Found in his ute, {v}, by the road.",
                "Ha guidato la Panda {v} fino al PS.", "VIN {vin} on the police report."],
    "device": ["Pacemaker {v} interrogated.", "Bomba de insulina {v} retirada."],
    "url": ["Her daughter's page {v} describes the illness.", "Vídeo subido a {v}."],
    "ip": ["The home spirometer uploaded from {v}.", "Connexion depuis {v}."],
    "other_id": ["ID {v} checked at the desk.", "Identified by card {v}."],
}
F33_REFERENCES = [
    "As reported previously (https://doi.org/10.1016/j.medcli.2019.{n}).",
    "See the ESC guideline at https://academic.oup.com/eurheartj/article/{n}/1/1/{n}.",
]
F33_PART = Part("fresh33", F33_VOCABULARY, F33_CONNECTORS, F33_FRAMES, F33_KEYWORDS,
                F33_SENTENCES, F33_AFTER, F33_REFERENCES, True, values=F33_VALUES,
                age=_f33_age, styles=F33_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh33-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("murcia-alta",
     "INFORME DE ALTA\nSERVICIO DE MEDICINA INTERNA - [[place:Hospital Comarcal del Noroeste]]\n"
     "Paciente: [[name:Encarnación Sánchez Marín]]  NHC [[mrn:0384172]]  CIP "
     "[[health_plan:MURC480271936015]]\nDNI [[other_id:22948173L]]. Edad: [[age:93 años]].\n"
     "Ingreso: [[date:3 de febrero de 2025]]  Alta: [[date:11 de febrero de 2025]]\n"
     "Viuda, vive con su hija [[name:Maripaz]] en [[place:Barranda]], pedanía de "
     "[[place:Caravaca de la Cruz]]. Antecedentes: enfermedad de Parkinson, síndrome de "
     "Sjögren.\nJUICIO CLÍNICO: insuficiencia cardiaca descompensada."),
    ("murcia-case",
     "Presentamos el caso de una mujer de [[age:91 años]] de [[place:Calasparra]] que consultó "
     "por fiebre y dolor lumbar. Su nieto, [[name:Pedro Jesús Abellán]], la trajo en su "
     "furgoneta ([[vehicle:7294 LKN]]) a Urgencias del [[place:Hospital Rafael Méndez]] de "
     "[[place:Lorca]]. La RM mostró espondilodiscitis (mal de Pott descartado)."),
    ("murcia-factura",
     "FACTURA N.º [[account:FAC-2025-04187]]\nServicio de Admisión\nTitular: [[name:Ginés "
     "Martínez Ruiz]], [[address:C/ Mayor, 41, 1º A]], [[zip:30530]] [[place:Cieza]]\n"
     "Domiciliación: [[account:ES21 0081 4172 93 0001827364]]"),
    ("sicilia-dimissione",
     "LETTERA DI DIMISSIONE - U.O.C. GERIATRIA\n[[place:Presidio Ospedaliero dei Bianchi]], "
     "[[place:Corleone]]\nSig.ra [[name:Calogera Lo Presti]], nata a [[place:Prizzi]] il "
     "[[date:14/09/1931]], C.F. [[other_id:LPRCLG31P54H070Z]]\nn. nosologico "
     "[[mrn:2025/004187]] - residente in [[address:Via Bentivegna 18]], [[zip:90034]] "
     "[[place:Corleone]] (PA)\nDiagnosi: morbo di Parkinson, sindrome di Cushing esclusa."),
    ("sicilia-diario",
     "DIARIO INFERMIERISTICO - notte\nPaziente agitata, rimuove l'ago cannula. Avvisata la "
     "figlia [[name:Rosalba Ciaccio]] al [[phone:+39 328 417 2930]]; arriva da "
     "[[place:Canicattì]] domattina.\nDiuresi 900 ml, PA 140/80."),
    ("sicilia-caso",
     "Un pastore di [[age:92 anni]] di [[place:Petralia Sottana]] è stato trovato dal nipote "
     "[[name:Salvatore]] vicino all'ovile. Trasportato in elisoccorso al "
     "[[place:Policlinico Paolo Giaccone]]; targa dell'Ape [[vehicle:GD 736 RP]] annotata "
     "dai carabinieri."),
    ("finistere-cr",
     "COMPTE RENDU D'HOSPITALISATION\nService de Médecine Polyvalente, [[place:Hôpital de "
     "Landerneau]]\nMme [[name:Gwenaëlle Le Goff]], née le [[date:2 août 1932]], "
     "[[age:92 ans]]\nIPP [[mrn:290418733]]\nDomicile : [[address:Lieu-dit Kerbrat]], "
     "[[zip:29410]] [[place:Plounéour-Ménez]]\nMaladie de Horton ; médecin traitant Dr "
     "[[name:Yannig Cornec]] à [[place:Sizun]]."),
    ("finistere-recit",
     "Un marin-pêcheur retraité de [[place:Douarnenez]] est amené par sa belle-fille "
     "[[name:Soizic Kervella]] (tél. [[phone:06 41 27 83 90]]) après une chute sur le quai. "
     "Sa voiture, immatriculée [[vehicle:FT-384-KR]], est restée au port de "
     "[[place:Tréboul]]."),
    ("anhalt-arztbrief",
     "ENTLASSUNGSBRIEF\nKlinik für Innere Medizin, [[place:Ohrekreis-Klinikum "
     "Haldensleben]]\nSehr geehrte Frau Kollegin [[name:Schwanitz]],\nwir berichten über "
     "Frau [[name:Hannelore Böttcher]], geb. [[date:17.03.1933]], wohnhaft "
     "[[address:Bahnhofstraße 14]], [[zip:39340]] [[place:Haldensleben]], stationär vom "
     "[[date:04.01.2025]] bis [[date:15.01.2025]].\nFallnummer [[mrn:25004187]], KVNR "
     "[[health_plan:B482719365]]\nDiagnosen: Morbus Waldenström, Vorhofflimmern."),
    ("anhalt-pflege",
     "PFLEGEBERICHT Station 3, Spätdienst\nPat. unruhig, will nach Hause nach "
     "[[place:Köthen]]. Enkel [[name:Maik]] informiert, Handy [[phone:0170 4829316]]. "
     "Dekubitus sakral Grad 2 versorgt."),
    ("anhalt-unfall",
     "Notarztprotokoll: VU auf der B71 bei [[place:Wolmirstedt]], PKW [[vehicle:BK-HD 472]] "
     "gegen Baum. Fahrer [[name:Detlef Krüger]], Führerschein [[licence:B072K4R1X52]], GCS 13."),
    ("wielkopolska-karta",
     "KARTA INFORMACYJNA LECZENIA SZPITALNEGO\nOddział Kardiologii, [[place:Szpital "
     "Pomnik Chrztu Polski w Gnieźnie]]\nPacjent: [[name:Zdzisław Szymańczak]], PESEL "
     "[[other_id:32071204815]], [[age:92 lata]]\nAdres: [[address:ul. Kostrzewskiego "
     "9/4]], [[zip:62-200]] [[place:Gniezno]]\nPrzyjęty [[date:12.11.2024]], wypisany "
     "[[date:20.11.2024]]. Nr księgi głównej [[mrn:2024/18372]].\nRozpoznanie: NSTEMI."),
    ("wielkopolska-opis",
     "Rolnik z [[place:Kościana]] przywieziony przez córkę [[name:Bożenę Nowicką]] "
     "ciągnikiem do ośrodka zdrowia w [[place:Czempiniu]]; samochód [[vehicle:PKS 4T172]] "
     "był w naprawie. Tel. kom. córki [[phone:+48 601 418 273]]."),
    ("bosna-otpusno",
     "OTPUSNO PISMO\nJU [[place:Opća bolnica Tešanj]], Odjeljenje interne medicine\n"
     "Pacijent: [[name:Hadžić Mirsad]], JMBG [[other_id:1203934190017]]\nBr. historije "
     "bolesti [[mrn:4187/25]]\nAdresa: [[address:Titova 22]], [[zip:74260]] "
     "[[place:Tešanj]]\nPrijem [[date:2. 3. 2025.]]\nDijagnoza: Bechterewljeva bolest. Sin "
     "[[name:Adnan]], tel. [[phone:061/482-913]]."),
    ("bosna-hitna",
     "Zapisnik Hitne pomoći: saobraćajna nezgoda kod [[place:Zavidovića]], vozilo "
     "[[vehicle:K47-T-318]], vozač [[name:Emina Mujkanović]], vozačka dozvola "
     "[[licence:04K1ST821]]. Prevezena u [[place:Kantonalna bolnica Zenica]]."),
    ("makedonija-otpusna",
     "ОТПУСНА ЛИСТА\n[[place:Општа болница Кичево]], Одделение за интерна медицина\n"
     "Пациент: [[name:Благоја Трајковски]], ЕМБГ [[other_id:0804932450027]]\nЕЗБО "
     "[[health_plan:18049324501]]. Возраст: [[age:92 години]].\nАдреса: [[address:ул. "
     "Партизанска бр. 14]], [[zip:6250]] [[place:Кичево]]\nПримен на [[date:05.02.2025]]. "
     "Болест на Адисон."),
    ("makedonija-slucaj",
     "Пациентката [[name:Весна Стојановска]] од селото [[place:Карбинци]] кај "
     "[[place:Штип]] ја донесе снаата со автомобил [[vehicle:ŠT 4172 AB]]; ја примивме на "
     "Клиниката за неврологија."),
    ("shqiperi-epikriza",
     "EPIKRIZË\n[[place:Spitali Rajonal Korçë]], Pavijoni i Mjekësisë\nPacienti [[name:Dritan "
     "Hoxhaj]], NID [[other_id:H35209471K]], [[age:91 vjeç]], nga fshati "
     "[[place:Voskop]].\nNr. kartelës [[mrn:1187/2025]]. Shtruar më [[date:14.01.2025]].\n"
     "Sëmundja e Parkinsonit; e bija [[name:Mirela]] tel. [[phone:+355 69 418 2730]]."),
    ("tojikiston",
     "ХУЛОСАИ ТИББӢ\n[[place:Беморхонаи марказии ноҳияи Кӯлоб]], шуъбаи терапия\nБемор "
     "[[name:Раҳимов Давронҷон Саидович]], [[age:90 сола]], сокини деҳаи "
     "[[place:Ёқубҷон]].\nРақами таърихи беморӣ [[mrn:417/2025]]. Санаи қабул "
     "[[date:12.03.2025]].\nТелефони писараш [[phone:+992 93 418 2270]]."),
    ("gujarat-summary",
     "ડિસ્ચાર્જ સમરી\n[[place:સિવિલ હોસ્પિટલ, વડનગર]] - મેડિસિન વોર્ડ\nદર્દી: [[name:હેતલબેન "
     "પટેલ]], ઉંમર [[age:91 વર્ષ]]\nIPD No. [[mrn:IPD/41873/25]]\nઆધાર [[other_id:4827 1937 "
     "6018]]\nરહેઠાણ: [[place:ખેરાલુ]]\nદાખલ તારીખ [[date:14/02/2025]]"),
    ("gujarat-case",
     "A retired farmer from [[place:Unjha]] was brought by his son [[name:Nilesh Patel]] on "
     "a scooter ([[vehicle:GJ 02 KT 4172]]) with Fournier gangrene. MA card "
     "[[health_plan:MA41827396]]."),
    ("karnataka-summary",
     "ಡಿಸ್ಚಾರ್ಜ್ ಸಾರಾಂಶ\n[[place:ತಾಲೂಕು ಆಸ್ಪತ್ರೆ ಶಿರಸಿ]]\nರೋಗಿ: [[name:ಶಾರದಾ ಹೆಗಡೆ]], "
     "ವಯಸ್ಸು [[age:93 ವರ್ಷ]]\nUHID [[mrn:KA0418273]]\nಊರು: [[place:ಸಿದ್ದಾಪುರ]]\n"
     "ದಾಖಲಾದ ದಿನಾಂಕ [[date:03-01-2025]]\nABHA [[health_plan:91-4827-1937-6018]]"),
    ("telangana-summary",
     "డిశ్చార్జ్ సారాంశం\n[[place:ప్రభుత్వ ఏరియా ఆసుపత్రి, సిద్దిపేట]]\nరోగి: [[name:లక్ష్మమ్మ "
     "గౌడ్]], వయస్సు [[age:92 సంవత్సరాలు]]\nగ్రామం: [[place:నంగునూరు]]\nఆరోగ్యశ్రీ కార్డ్ "
     "[[health_plan:WAP4182937]]\nకొడుకు ఫోన్ [[phone:94401 82736]]"),
    ("sumatra-resume",
     "RESUME MEDIS\n[[place:RSUD Dr. F.L. Tobing]], [[place:Sibolga]]\nNama: [[name:Tiurma "
     "Nainggolan]], umur [[age:90 tahun]]\nNo. RM [[mrn:04.18.73]]  NIK "
     "[[other_id:1273046509310002]]\nBPJS [[health_plan:0001482719365]]\nAlamat: "
     "[[address:Jl. Sisingamangaraja No. 14]], [[place:Pandan]]\nMasuk [[date:7 Maret "
     "2025]]; penyakit Addison."),
    ("peru-epicrisis",
     "EPICRISIS\n[[place:Hospital Santa Gema de Yurimaguas]]\nPaciente: [[name:Rosa Elvira "
     "Tapullima Shupingahua]], DNI [[other_id:05928174]], HC [[mrn:0041872]], SIS "
     "[[health_plan:2-05928174]]\nProcedente de la comunidad de [[place:Santa María de "
     "Cahuapanas]]; llegó en bote por el Huallaga y luego en mototaxi [[vehicle:4172-1M]]."),
    ("civ-cr",
     "COMPTE RENDU\nService de Médecine Interne, [[place:CHU de Bouaké]]\nPatient "
     "[[name:Kouassi Yao Ousmane]], [[age:90 ans]], CNI [[other_id:C0041872936]], carte CMU "
     "[[health_plan:2248291736405]]\nVillage de [[place:Brobo]]. Fils [[name:Koffi "
     "Jean-Marc]] au [[phone:+225 07 48 29 17 36]]."),
    ("tunisie-bilingue",
     "[[place:CHU Ibn El Jazzar]] - Service de Médecine Interne\nالمريضة [[name:فاطمة بن "
     "صالح]]، [[age:93 سنة]]، من [[place:حفوز]]\nرقم بطاقة التعريف [[other_id:04187293]]\n"
     "CNAM [[health_plan:4182937605]]\nAdmise le [[date:9 janvier 2025]] pour maladie de "
     "Behçet ; son fils conduisait la voiture [[vehicle:187 تونس 4172]]."),
    ("suriya",
     "تقرير خروج\n[[place:مشفى المواساة الجامعي]]\nالمريض: [[name:محمد خير الحلبي]]، العمر "
     "[[age:91 سنة]]\nالرقم الوطني [[other_id:01040182736]]\nرقم الإضبارة [[mrn:25/41873]]\n"
     "تاريخ القبول: [[date:12/1/2025]]\nالعنوان: [[address:شارع بغداد، بناء 14]]، "
     "[[place:دمشق]]\nهاتف الابن [[phone:0944 182 736]]"),
    ("mississippi-case",
     "A [[age:94-year-old]] retired sharecropper from outside [[place:Pontotoc]] was brought "
     "in by his granddaughter, [[name:Lurleen Tubbs]], who drove him in a pickup (tag "
     "[[vehicle:PNT 4729]]) to [[place:North Mississippi Medical Center]] in "
     "[[place:Tupelo]]. SSN [[ssn:427-38-1954]]; Medicaid [[health_plan:418273960]]."),
    ("idaho-referral",
     "[[place:Steele Memorial Medical Center]], [[place:Salmon]], ID [[zip:83467]]\nDear Dr "
     "[[name:Okerlund]],\nThank you for seeing Mrs [[name:Arlene Haws]], born [[date:March 3, "
     "1932]], who lives on a ranch at [[address:4172 Highway 28]] near [[place:Leadore]]. "
     "Phone [[phone:(208) 756-4182]]. SSN [[ssn:518-42-9307]]."),
    ("cree-medevac",
     "MEDEVAC REQUEST - [[place:Weeneebayko General Hospital]], [[place:Moose Factory]]\n"
     "Patient: [[name:Emily Wesley]] from [[place:Attawapiskat]], [[zip:P0L 1A0]]\nStatus "
     "no. [[other_id:4860418273]]  OHIP [[health_plan:4827-193-648-KT]]\nEscort: her kokum "
     "[[name:Mary Jane Koostachin]]."),
    ("norfolk-nursing",
     "NURSING NOTE - Gately Ward, [[place:Norfolk and Norwich University Hospital]]\nOld boy "
     "of [[age:96]] from [[place:Swaffham]], restless overnight. Daughter-in-law "
     "[[name:Bev]] rang on [[phone:01760 418273]]. NHS no [[health_plan:418 273 9605]]."),
    ("valleys-letter",
     "[[place:Ysbyty Cwm Rhondda]], Outpatients\nDear Dr [[name:Bronwen Prichard]],\nRe: Mr "
     "[[name:Dai Llewellyn]], DOB [[date:12/07/1933]], [[address:14 Tylacelyn Road]], "
     "[[place:Penygraig]], [[zip:CF40 1JR]]. NHS no [[health_plan:641 827 3905]].\n"
     "Dupuytren contracture and coal workers' pneumoconiosis, stable."),
    ("connemara",
     "[[place:University Hospital Galway]] - Medical Assessment Unit\nMr [[name:Pádraig Ó "
     "Conghaile]] of [[place:Carna]], Eircode [[zip:H91 X4T2]], PPSN "
     "[[other_id:4827193KA]], medical card [[health_plan:G41827396]]. He drove himself in "
     "the [[vehicle:08-G-4471]] Corolla."),
    ("broome-ed",
     "ED NOTE - [[place:Broome Hospital]]\n[[name:Aloysius Cox]] from [[place:Beagle Bay]] "
     "community, URN [[mrn:B0418273]], Medicare [[health_plan:4182 73960 1]]. Rolled the "
     "Land Cruiser (rego [[vehicle:1GXT 472]]) on the corrugated track; RFDS called."),
    ("tonga",
     "[[place:Vaiola Hospital]], Medical Ward\n[[name:Siosaia Fifita]] was flown from "
     "[[place:Neiafu]] on [[date:Tuesday 14 January 2025]]; his wife [[name:ʻAna]] is with "
     "him. Hospital no. [[mrn:VH-041827]]."),
    ("eswatini",
     "[[place:Raleigh Fitkin Memorial Hospital]], [[place:Manzini]]\nMake [[name:Thandeka "
     "Mamba]], [[age:91 years]], from [[place:Luyengo]]. PIN [[other_id:3304126100418]]. "
     "Grandson [[name:Nkosinathi]] cell [[phone:+268 7618 2937]]."),
    ("liberia",
     "[[place:Phebe Hospital]], Bong County\n[[name:Wilfred Kollie]] walked from "
     "[[place:Gbarnga]] with Lassa fever suspected; NIR [[other_id:LR-0418-2739]]. "
     "Pastor [[name:Joseph Flomo]] paid the bill, account [[account:01-4182739]]."),
    ("uganda-whatsapp",
     "Good evening Doctor, this is [[name:Sarah Nakato]]. Our mum [[name:Namukasa Florence]] "
     "of [[place:Kyotera]] has been vomiting since morning, she is [[age:92]]. Her NIN is "
     "[[other_id:CF3210418273KA]]. You can call me on [[phone:+256 772 418 273]] or email "
     "[[email:sarah.nakato@example.co.ug]]."),
    ("sabah",
     "[[place:Hospital Keningau]], Wad Perubatan\nPesakit [[name:Juanis Gunsalam]] dari [[place:Kampung "
     "Bingkor]]; MyKad [[other_id:340612-12-5187]]. Dibawa oleh anak dengan kereta "
     "[[vehicle:SA 4721 K]]. Tel [[phone:088-418 273]]."),
    ("anhalt-pacemaker",
     "Schrittmacherkontrolle: DDD-System, Seriennr. [[device:PJN418273S]], Batterie 6 Jahre; "
     "Telemonitoring über [[ip:10.41.82.73]]."),
    ("sumatra-tele",
     "Log teleklinik: pasien terhubung dari [[ip:172.20.41.8]]; keluarga mengunggah video "
     "ke [[url:https://www.example.org/tiurma-nainggolan]]."),
    ("sicilia-fax",
     "Si invia al medico curante via fax al [[fax:091 848 2736]] e al "
     "[[email:studio.lopresti@example.it]]."),
    ("clean-murcia",
     "EVOLUCIÓN - Planta 4ª\nPaciente de 84 años con enfermedad de Crohn; PCR 38 mg/L, "
     "Hb 10,1 g/dL. Plan: mesalazina 2 g/día."),
    ("clean-sicilia",
     "CONSULENZA CARDIOLOGICA\nFA permanente, CHA2DS2-VASc 5; sindrome di Brugada esclusa. "
     "Apixaban 2,5 mg x 2."),
    ("clean-finistere",
     "Avis de pneumologie : BPCO GOLD 3, VEMS 38 % ; maladie de Charcot évoquée puis "
     "écartée. Revoir dans 3 mois."),
    ("clean-anhalt",
     "VISITE Station 4B: 89-jähriger Patient, Morbus Bechterew, CRP 12 mg/l. Weiter wie "
     "bisher."),
    ("clean-wielkopolska",
     "OBSERWACJA: choroba Hashimoto, TSH 6,1; zespół Cushinga wykluczony. Sala 3, łóżko 2."),
    ("clean-bosna",
     "Nalaz: Hb 112 g/L, SE 48; Crohnova bolest u remisiji. Kontrola za 6 mjeseci."),
    ("clean-makedonija",
     "Наод: пациент на 86 години, Паркинсонова болест, MMSE 22/30. Терапија без промени."),
    ("clean-gujarat",
     "OPD NOTE: ડાયાબિટીસ, HbA1c 8.2%; Bell palsy resolving. Review after 15 days."),
    ("clean-telangana",
     "WARD ROUND: Guillain-Barré syndrome day 5, NCS AMSAN; IVIG day 3 of 5."),
    ("clean-arabic",
     "ملاحظة التمريض: المريض مستقر، الضغط 130/80، داء كرون تحت المراقبة، سرير 12."),
    ("clean-mississippi",
     "PROGRESS NOTE: 88 yo man, CHF NYHA III, BNP 1,240; Cheyne-Stokes breathing overnight."),
    ("discussion",
     "Discussion: tuberculous spondylodiscitis remains common in the elderly "
     "(https://doi.org/10.1016/j.medcli.2018.02.015; PubMed 30712345), as the Murcian and "
     "Sicilian series showed.", "discussion"),
]

F33_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH33: tuple[Note, ...] = build(F33_PART, per_category=26, clean=120, references=8) + F33_LETTERS


if __name__ == "__main__":
    from collections import Counter

    counts = Counter(e.category for n in FRESH33 for e in n.expected)
    print(len(FRESH33), "notes,", sum(1 for n in FRESH33 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

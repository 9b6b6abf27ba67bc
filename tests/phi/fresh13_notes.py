"""FRESH13: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind: its author read only tests/phi/generated.py (the framework and its parts),
tests/phi/corpus.py (the Note type, the span conventions, parse, evaluate), the domain rules
(45 CFR 164.514(b)(2), as restated in the project's domain notes), the module docstrings of
tests/phi/fresh10_notes.py, fresh11_notes.py and fresh12_notes.py (their conventions and
settings) and the layout of fresh12_notes.py (how its Part, build and letters are wired, not its
vocabulary or templates); not the scanner, its patterns, name lists, model or data, its
benchmark (bench/), its tests, the body of any other fresh part, nor their git history; the
scanner was not run while writing it or on its notes. Its vocabulary, value shapes, keywords,
connectors, frames, note styles and hand-written letters are a ninth author's own, from
settings that generated.py and the docstrings of fresh10, fresh11 and fresh12 do not list:
Northern Ireland (H&C number, BT postcodes), the Isle of Man, Jersey (social security number)
and Gibraltar (GHA number); Canadian provinces and territories other than Quebec and Nunavut
(an Ontario Mental Health Act Form 1 with OHIP and version code, a British Columbia ED record
with PHN, a Manitoba First Nations haemodialysis run sheet with PHIN and treaty status number,
an NWT medevac request, a Newfoundland oncology letter with MCP, a Yukon death certificate, an
Alberta notice of birth with AHCIP, a Transport Canada aviation medical, an OTN telehealth
consult); an Australian Aboriginal community-controlled health check (MBS 715, Medicare with
IRN, client number) and a Torres Strait retrieval; New Zealand kaupapa Māori home visits (NHI,
Māori month names, "tau"), a National Poisons Centre call and a Cook Islands referral; a Native
Hawaiian community health centre (Med-QUEST, SSN) and Guam (SSN, a payer prior authorisation
with NPI); Uruguay (cédula, historia clínica), Paraguay (IPS), Guyana (NIS) and Suriname
(Dutch verwijsbrief); Sierra Leone, Liberia, The Gambia, Burkina Faso (CNIB), Mali (AMO), Togo
(INAM), Lesotho (bukana), Eswatini, South Sudan, Somaliland, Burundi, Seychelles (NIN) and Cape
Verde (NIF); Bhutan (CID), the Maldives (national ID, house-name addresses), Brunei (IC, Malay
dates, "tahun"), Timor-Leste (Tetum, "tinan"), Macau (BIR, 歲, Chinese dates); Bahrain (CPR
number, block/road addresses, an IBAN), Gaza (UNRWA registration), Libya and Cyprus (Greek
dates, ΓεΣΥ beneficiary number); Vanuatu (Bislama), Kiribati, New Caledonia (CAFAT, tribu) and
French Polynesia (CPS, PK addresses); a ship's medical log (IMO number, seaman's book, crew ID).
Document types: chemotherapy prescriptions and protocols, histopathology and cytology reports,
fit notes and medical certificates, birth notifications, Mental Health Act forms, SBAR
handovers, notifiable disease reports, adverse drug reaction reports, ship's medical logs,
mass-casualty triage tags, poisons centre call records, kaupapa Māori home-visit logs and
letters, Aboriginal health checks, patient transport requests, French consultation reports,
telehealth consults, death certificates, prior authorisations, aviation medicals, a WhatsApp-like
ward thread, a referral e-mail with a signature block, ward rounds, OPD cards and a case-report
paragraph in a patient_information section.

Conventions (tests/phi/corpus.py's and the fresh10-12 docstrings'): a name without its title or
honorific (Mr, Mrs, Ms, Mme, M., mevr., Dr, Dr., Capt., Dayang, Awang, 'M'e, Kuia and Nurse stay
out); a full name in any order is one span, particles and skin names included ("OUÉDRAOGO
Rasmané", "Nurul Huda binti Hj Abd Rahman", "Jedda NAPANANGKA Morton", "Kealoha, Leilani K.",
"梁嘉敏" and its romanisation "LEONG Ka Man" as two spans); staff names (doctors, nurses,
midwives, health workers, a ship's master) are names too; an identifier without its keyword;
an age over 89 with its attached unit in any language ("94 tau", "93 makahiki", "92 sano",
"91 tahun", "93 ans", "92 años", "94 anos", "91 jaar", "92 ετών", "93歲", "91 yia", "91 y",
"95 yrs", "95 yo") or the number alone where no unit is attached after it ("tinan 90",
"dilemo tse 91", "imyaka 93", "Age/Sex: 93/F", "(93)"); ages under 90 are not marked; a date
without its preposition ("on", "le", "de" before it stay out), with a weekday right before it
and a time right after it ("2024-07-14 03:52", "11OCT24 03:20"; "at 01:40" stays out); dates in
Māori, Malay, Greek, French, Spanish, Portuguese, Dutch and Chinese are dates, and so is an
expected date of delivery; a year alone is not marked. The street line (house number, street,
flat, lot, block and road, "Box 211", "PMB 12", "PK 4,2 côté mer", a Maldivian house name and
magu, a Gambian compound) is one span; each locality (town, village, suku, tribu, camp,
quartier, island, county) and the postcode are separate spans (Macau's 氹仔 and the street as
two adjacent spans); a named hospital, health centre, clinic or health service is a place (the
whole name, abbreviations such as IGMH and JDWNRH too); states, provinces, territories,
districts of the first level (a Bhutanese dzongkhag), regions, departments and countries and
their abbreviations (ON, BC, AB, NT, YT, NL, HI) are never marked, nor highways. Category
choices: `ssn` is a US Social Security number only (Hawaii, Guam); other national and personal
numbers (SIN, First Nations status and treaty numbers, cédula, CNIB, NIS, NIF, Seychelles NIN,
Bhutanese CID, Maldivian ID, Brunei IC, Macau BIR, Bahraini CPR, Palestinian and Libyan IDs,
UNRWA registration, Jersey social security number, triage tag, police and cancer registry
references, crew IDs) are `other_id`; health insurance numbers (H&C, OHIP with its version
code as one span, PHN, AHCIP, PHIN, MCP, NWT health card, Medicare without the IRN, NHI,
Med-QUEST, payer member IDs, FONASA/IPS, AMO, INAM, GHA, ΓεΣΥ, CAFAT, CPS) are `health_plan`;
hospital, chart, client, folder, OPD, ANC card, bukana, dossier, historia clínica and
pathology/laboratory accession numbers are `mrn`; passports, driving, pilot and firearms
licences, seaman's books, professional registrations (GMC, CPSO, AHPRA, MCNZ, NPI, midwife
registration) and birth and death certificate numbers are `licence`; IBANs, bank accounts,
invoices and receipts are `account`; plates, VINs, aircraft registrations and a vessel's IMO
number are `vehicle`; pump, port, CGM, cochlear implant, ventilator, hearing aid and Holter
serials and UDIs are `device`. Clean notes (and the unmarked parts of every note) hold doses
and chemotherapy regimens (FOLFOX, FOLFIRINOX, R-CHOP, AUC 5 by the Calvert formula), lab
values, gestations, TNM and ICD-O-3 codes, genes and variants (EGFR exon 19, KRAS G12C, BRAF
V600E, BRCA2 c.5946delT, UGT1A1*28, BCR-ABL1 p210, factor V Leiden, G6PD Mediterranean, HbSS),
bed, bay, chair, cycle and unit numbers, times, years, ages under 90, and scores,
classifications, criteria, studies and diseases named after people and places (Nottingham,
Amsterdam II, Milan, BCLC (Barcelona), Oxford, Vancouver, Toronto Western, Cincinnati, Manchester,
King's College, Lille, Stanford, DeBakey, Edinburgh, Bristol, Berlin, Ottawa, Canadian C-spine,
Rumack-Matthew, Greulich and Pyle, Ann Arbor, Murray Valley, Barmah Forest, Kunjin, Powassan,
Lyme, Coxsackie, Bornholm, Philadelphia, Darwin, Bethesda, Zuspan, Weber, Garden, Allman,
Wagner, Hoehn and Yahr, Jones), guideline bodies (WHF, CTCAE, ICCR, AJCC, eviQ, ASCO) and
citations.

Built as build(F13_PART, per_category=24, clean=110, references=8) + F13_LETTERS (62
hand-written notes: 55 with identifiers, one of them a case-report paragraph in the patient's
history, 6 clean, 1 reference paragraph in a discussion): 652 notes, 125 of them (19%) without
any identifier (110 generated clean notes, 8 reference notes in an introduction or discussion,
6 clean letters, 1 reference letter), 1012 spans - name 155, address 53, place 174, zip 39,
date 86, age 51, phone 68, fax 28, email 29, ssn 26, mrn 35, health_plan 44, account 25,
licence 33, vehicle 31, device 26, url 43, ip 25, other_id 41 (`python -m
tests.phi.fresh13_notes` prints them). Checked without the scanner: every span's text is the
note's text at its offsets and has no surrounding blanks, no marks or slots are left in the
text, no spans overlap, note ids are unique, every category is present and in
generated.CATEGORY_ORDER, every marked age is over 89, no note text equals one of generated.py's
TUNING notes, and two builds under two PYTHONHASHSEED values are identical. Deterministic: its
own seed (17_013), values drawn from the builder's fixed-seed Random, no hash-order
dependence. Not wired into any test or bench: measure it once.

    from tests.phi.fresh13_notes import FRESH13, F13_PART, F13_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import SPANISH_MONTHS, Part, Vocabulary, build

# ---------------------------------------------------------------- value shapes

_UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _l(r: random.Random, n: int, alphabet: str = _UPPER) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
       "octobre", "novembre", "décembre"]
_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
       "outubro", "novembro", "dezembro"]
_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
       "oktober", "november", "december"]
_MI = ["Kohitātea", "Hui-tanguru", "Poutū-te-rangi", "Paenga-whāwhā", "Haratua", "Pipiri",
       "Hōngongoi", "Here-turi-kōkā", "Mahuru", "Whiringa-ā-nuku", "Whiringa-ā-rangi", "Hakihea"]
_MS = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September",
       "Oktober", "November", "Disember"]
_EL = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
       "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _nth(d: int) -> str:
    return "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _f13_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1924, 2025)
    hh, mm = r.randint(0, 23), r.choice((0, 5, 12, 20, 35, 48, 55))
    en = _EN[m - 1]
    forms = [
        f"{d:02d}/{m:02d}/{y}", f"{d} {en} {y}", f"{en[:3]} {d}, {y}", f"{y}/{m:02d}/{d:02d}",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}", f"{d} {_FR[m - 1]} {y}",
        f"{d} de {SPANISH_MONTHS[m - 1]} de {y}", f"{d} de {_PT[m - 1]} de {y}",
        f"{d} {_NL[m - 1]} {y}", f"{y}年{m}月{d}日", f"{d} {_MI[m - 1]} {y}",
        f"{r.choice(_DAYS)} {d:02d}-{en[:3].upper()}-{y}", f"{d:02d}{en[:3].upper()}{y % 100:02d}",
        f"{m}/{d}/{y}", f"{d}/{m}/{y % 100:02d}", f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}",
        f"{d} {_EL[m - 1]} {y}", f"{en} {d}{_nth(d)}", f"{d} {_MS[m - 1]} {y}",
        f"{d}{_nth(d)} {en[:3]} '{y % 100:02d}", f"{en[:3]}-{d:02d}-{y}", f"{d} {en[:3]}. {y}",
    ]
    return r.choice(forms)


def _f13_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 106)
    forms = [("{age} F, elder from an outstation, walks with a stick", f"{n}yo"),
             ("kuia, {age}, lives with her mokopuna", f"{n}"),
             ("a {age} kaumātua", f"{n}-year-old"), ("âgée de {age}", f"{n} ans"),
             ("paciente de {age}, viuda", f"{n} años"), ("{age}, vive com a filha", f"{n} anos"),
             ("mevrouw, {age}, woont zelfstandig", f"{n} jaar"), ("umur {age}", f"{n} tahun"),
             ("ηλικία {age}", f"{n} ετών"), ("{age}婆婆, 獨居", f"{n}歲"),
             ("Age/Sex: {age}/M", f"{n}"), ("aged {age} at the time of the fall", f"{n}"),
             ("{age} retired lighthouse keeper", f"{n} y.o."), ("tinan {age}", f"{n}"),
             ("{age} male, ex-seafarer", f"{n}-yr-old"), ("age {age} (DOB withheld)", f"{n}"),
             ("da'da {age}", f"{n} sano"), ("dilemo tse {age}", f"{n}"),
             ("imyaka {age}", f"{n}"), ("tūtū is {age}", f"{n} makahiki"),
             ("{age}, pakeke", f"{n} tau"), ("عمرها {age}", f"{n} سنة"),
             ("pt {age} and still driving", f"{n}"),
             ("a frail {age} grandmother", f"{n} year old")]
    return r.choice(forms)


def _f13_phone(r: random.Random, _h: bool) -> str:
    forms = [
        f"028 {_d(r, 4)} {_d(r, 4)}", f"+44 28 {_d(r, 4)} {_d(r, 4)}", f"01624 {_d(r, 6)}",
        f"+44 1534 {_d(r, 6)}", f"+350 200 {_d(r, 5)}", f"({r.randint(204, 905)}) {_d(r, 3)}-{_d(r, 4)}",
        f"{r.randint(204, 905)}.{_d(r, 3)}.{_d(r, 4)}", f"08 89{_d(r, 2)} {_d(r, 4)}",
        f"04{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"021 {_d(r, 3)} {_d(r, 4)}", f"(09) {_d(r, 3)} {_d(r, 4)}",
        f"(808) {_d(r, 3)}-{_d(r, 4)}", f"+1 671 {_d(r, 3)} {_d(r, 4)}", f"+598 9{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}",
        f"0981 {_d(r, 6)}", f"+592 6{_d(r, 2)}-{_d(r, 4)}", f"+232 76 {_d(r, 3)} {_d(r, 3)}",
        f"+231 77 {_d(r, 3)} {_d(r, 4)}", f"+226 70 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"+266 5{_d(r, 3)} {_d(r, 4)}", f"+211 92 {_d(r, 3)} {_d(r, 4)}", f"+252 63 {_d(r, 7)}",
        f"+248 2 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"+975 17 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"+960 7{_d(r, 2)}-{_d(r, 4)}", f"+673 8{_d(r, 6)}", f"+670 77{_d(r, 6)}", f"+853 6{_d(r, 3)} {_d(r, 4)}",
        f"+973 3{_d(r, 3)} {_d(r, 4)}", f"+357 99 {_d(r, 6)}", f"+678 7{_d(r, 6)}",
        f"+689 87 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"+870 7{_d(r, 8)}", f"1-800-{_d(r, 3)}-{_d(r, 4)}",
    ]
    return r.choice(forms)


def _f13_zip(r: random.Random, _h: bool) -> str:
    letters = "ABCEGHJKLMNPRSTVWXYZ"
    forms = [
        f"BT{r.randint(1, 94)} {r.randint(1, 9)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"IM{r.randint(1, 9)} {r.randint(1, 9)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"JE{r.randint(2, 4)} {r.randint(1, 9)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"GY{r.randint(1, 9)} {r.randint(1, 9)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"{r.choice('MPKLVTRSAXY')}{r.randint(0, 9)}{r.choice(letters)} {r.randint(0, 9)}"
        f"{r.choice(letters)}{r.randint(0, 9)}",
        f"{r.choice('MPKLVTRSAXY')}{r.randint(0, 9)}{r.choice(letters)}{r.randint(0, 9)}"
        f"{r.choice(letters)}{r.randint(0, 9)}",
        f"08{_d(r, 2)}", f"67{_d(r, 2)}", f"4{r.randint(1, 8)}{_d(r, 2)}", f"967{_d(r, 2)}",
        f"969{_d(r, 2)}", f"{r.randint(11, 45)}{_d(r, 3)}", f"BS{_d(r, 4)}", f"KA{_d(r, 4)}",
        f"{r.randint(1, 9)}{_d(r, 3)}", f"988{_d(r, 2)}", f"987{_d(r, 2)}",
    ]
    return r.choice(forms)


def _f13_mrn(r: random.Random, _h: bool) -> str:
    return r.choice([_d(r, 7), f"H{_d(r, 6)}", f"{_d(r, 2)}-{_d(r, 6)}", f"S{_d(r, 2)}-{_d(r, 5)}",
                     f"{_l(r, 3)}{_d(r, 5)}", f"{_d(r, 4)}.{_d(r, 4)}", f"OPD/{r.randint(2019, 2025)}/{_d(r, 5)}",
                     f"MF{_d(r, 7)}", f"{_d(r, 6)}/{_d(r, 2)}", f"C{_d(r, 4)}-{_l(r, 1)}"])


def _f13_plan(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 4)}", f"{_d(r, 4)}-{_d(r, 3)}-{_d(r, 3)}-{_l(r, 2)}",
        f"{_d(r, 10)} {_l(r, 2)}", f"9{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", f"{_d(r, 5)}-{_d(r, 4)}",
        _d(r, 9), f"{_l(r, 1)}{_d(r, 7)}", _d(r, 12), f"{r.randint(2, 6)}{_d(r, 3)} {_d(r, 5)} {_d(r, 1)}",
        f"{_l(r, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{_d(r, 4)}", f"{_l(r, 3)}{_d(r, 2)}{_l(r, 2)}",
        f"{_d(r, 7)}-{_d(r, 1)}", f"{_d(r, 3)}.{_d(r, 3)}.{_d(r, 3)}"])


def _f13_account(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"CY{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"BH{_d(r, 2)}{_l(r, 4)}{_d(r, 14)}", f"GI{_d(r, 2)}{_l(r, 4)}{_d(r, 15)}",
        f"{_d(r, 5)}-{_d(r, 3)} {_d(r, 7)}", f"{_d(r, 2)}-{_d(r, 4)}-{_d(r, 7)}-{_d(r, 2)}",
        f"INV-{_d(r, 6)}", f"R{_d(r, 8)}", f"FAC{r.randint(19, 25)}-{_d(r, 5)}", _d(r, 9),
        f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}"])


def _f13_licence(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"{_l(r, 2)}{_d(r, 6)}", f"{_l(r, 1)}{_d(r, 7)}", f"{_l(r, 1)}{_d(r, 4)}-{_d(r, 5)}-{_d(r, 5)}",
        f"{_l(r, 3)}{_d(r, 6)}", f"SB-{_d(r, 6)}", f"NMW{_d(r, 10)}", f"{_d(r, 6)}{_l(r, 1)}",
        f"DC-{_d(r, 7)}", f"{r.randint(1990, 2025)}/{_d(r, 6)}", f"{_d(r, 2)}-{_d(r, 5)}"])


def _f13_vehicle(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"{_l(r, 2)}{_d(r, 1)} {_d(r, 2)}{_l(r, 1)}", f"{_l(r, 3)} {_d(r, 4)}", f"MAN {_d(r, 3)}{_l(r, 1)}",
        f"J {_d(r, 5)}", f"{_l(r, 2)}{_d(r, 2)}{_l(r, 2)}", f"{_l(r, 3)}{_d(r, 3)}", f"9{_d(r, 6)}",
        f"VH-{_l(r, 3)}", f"C-G{_l(r, 3)}", f"ZK-{_l(r, 3)}", f"{_l(r, 3)} {_d(r, 3)}",
        f"{_d(r, 1)}{_l(r, 4)}{_d(r, 2)}{_l(r, 2)}{_d(r, 8)}", f"{_d(r, 4)} {_l(r, 2)} {_d(r, 2)}"])


def _f13_device(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"{_l(r, 3)}{_d(r, 7)}", f"{_d(r, 2)}{_l(r, 1)}{_d(r, 6)}", f"(01){_d(r, 14)}(21){_l(r, 2)}{_d(r, 5)}",
        f"{_l(r, 2)}-{_d(r, 4)}-{_l(r, 1)}{_d(r, 3)}", f"HL{_d(r, 5)}", f"{_d(r, 4)}{_l(r, 3)}{_d(r, 3)}"])


def _f13_other(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", _d(r, 10), f"{r.randint(1, 6)}.{_d(r, 3)}.{_d(r, 3)}-{_d(r, 1)}",
        f"{_d(r, 9)}", f"1{_d(r, 10)}", f"A{_d(r, 6)}", f"{r.choice(['00', '01', '30', '50'])}-{_d(r, 6)}",
        f"{r.choice('1578')}{_d(r, 6)}({_d(r, 1)})", f"JY{_d(r, 6)}{r.choice('ABCD')}",
        f"MCI-{_d(r, 4)}", f"CR/{r.randint(19, 25)}/{_d(r, 5)}", f"B{_d(r, 8)}"])


_STREET_WORDS = ["Dunluce", "Glenshane", "Hurontario", "Tamarack", "Kōwhai", "Pōhutukawa",
                 "Spinifex", "Ghost Gum", "Nīkau", "Ballaugh", "Kapiolani", "Marine Corps",
                 "Norzin", "Makarios"]


def _f13_address(r: random.Random, _h: bool) -> str:
    st, n, n2 = r.choice(_STREET_WORDS), r.randint(2, 480), r.randint(1, 38)
    return r.choice([
        f"{n} {st} Road", f"Apt {n2}, {n} {st} Crescent", f"Lot {n} {st} Drive", f"{n}-{n2} {st} Ave",
        f"Calle {r.choice(['Artigas', 'Mariscal López', 'Cerro Largo'])} {n}",
        f"Rua {r.choice(['de Lisboa', 'Presidente Nicolau Lobato', 'Serpa Pinto'])}, nº {n}",
        f"{n} rue {r.choice(['des Cocotiers', 'Higginson', 'du Général Gallieni'])}",
        f"{r.choice(['Kasimba', 'Kwatta', 'Indira Gandhi'])}straat {n}", f"P.O. Box {n}",
        f"Box {n}, RR {n2 % 9 + 1}", f"PMB {n}", f"House {n}, {st} Lane", f"{n2}/{n} {st} Street",
        f"{n} {st} Hwy, Unit {n2}", f"Ma. {r.choice(['Fehivilla', 'Dhoores', 'Sunny Side'])}, "
        f"{r.choice(['Majeedhee', 'Ameenee', 'Chandhanee'])} Magu"])


_FACILITIES = ["Altnagelvin Area Hospital", "South West Acute Hospital", "Noble's Hospital",
               "Princess Elizabeth Hospital", "Weeneebayko General Hospital",
               "Royal Inland Hospital", "Stanton Territorial Hospital",
               "Western Memorial Regional Hospital", "Tennant Creek Hospital",
               "Bay of Islands Hospital", "Hilo Medical Center", "Guam Memorial Hospital",
               "Hospital Regional de Tacuarembó", "New Amsterdam Hospital",
               "Makeni Government Hospital", "Phebe Hospital", "CHR de Koudougou",
               "Kulhudhuffushi Regional Hospital", "Hospital Nacional Guido Valadares",
               "Salmaniya Medical Complex", "Limassol General Hospital",
               "Northern Provincial Hospital", "Hôpital de Raiatea", "Motebang Hospital",
               "Maningrida Health Centre", "Ngāti Porou Hauora clinic"]
_STAFF_GIVEN = ["Ciarán", "Orlagh", "Mathieu", "Priyanka", "Tane", "Kirra", "Malia", "Ousmane",
                "Pema", "Eleni", "Fatema", "Noelani"]
_STAFF_SURNAMES = ["Devlin", "Kermode", "Tremblay", "Gill", "Ngata", "Jupurrurla", "Kahananui",
                   "Sawadogo", "Dorji", "Georgiou", "Al-Mahmood", "Quinata"]


def _f13_name(r: random.Random, _h: bool) -> str:
    g, s = r.choice(_STAFF_GIVEN), r.choice(_STAFF_SURNAMES)
    return r.choice([f"{s.upper()}, {g}", f"{g} {s}", f"{g[0]}. {s}", f"{s} {g}", f"{g} {s.upper()}",
                     f"{s}, {g[0]}."])


F13_VALUES = {
    "mrn": _f13_mrn, "health_plan": _f13_plan, "account": _f13_account, "licence": _f13_licence,
    "vehicle": _f13_vehicle, "device": _f13_device, "other_id": _f13_other,
    "ssn": lambda r, h: r.choice([f"{r.randint(101, 665)}-{_d(r, 2)}-{_d(r, 4)}",
                                  f"{r.randint(101, 665)} {_d(r, 2)} {_d(r, 4)}",
                                  f"{r.randint(101, 665)}{_d(r, 2)}{_d(r, 4)}"]),
    "phone": _f13_phone, "fax": _f13_phone,
    "email": lambda r, h: r.choice(["{g}.{s}@example.co.nz", "{s}{n}@mail.example.com",
                                    "{g}_{s}@example.org.au", "{g}{n}@example.gy",
                                    "{s}.{g}@example.ca", "kia.ora.{g}@example.net"]),
    "url": lambda r, h: r.choice(["https://portal.example.ca/chart?pid={n}{n}{n}",
                                  "https://www.example.org.nz/whanau/{g}-{s}",
                                  "example.com/fundraiser/{g}{s}{n}",
                                  "http://{s}.example.net/blog?id={n}",
                                  "https://telehealth.example.com.au/room/{g}{n}{n}"]),
    "ip": lambda r, h: r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
                                 f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 255):x}"]),
    "zip": _f13_zip, "date": _f13_date, "address": _f13_address, "name": _f13_name,
    "place": lambda r, h: r.choice(_FACILITIES),
}

# ---------------------------------------------------------------- vocabulary and phrasing

F13_VOCABULARY = Vocabulary(
    given=["Ciarán", "Gráinne", "Orlagh", "Juan", "Kateri", "Mathieu", "Jedda", "Kirra", "Wiremu",
           "Aroha", "Hēmi", "Keala", "Leilani", "Arami", "Fatmata", "Musu", "Rasmané", "Salimata",
           "Akouvi", "Palesa", "Nyandeng", "Hodan", "Pema", "Aminath", "Agostinho", "Ka Man",
           "Fatema", "Panayiota", "Teretia", "Teva"],
    surnames=["Mulholland", "Kermode", "Tjakamarra", "Wunungmurra", "Te Rangi", "Parata",
              "Kealoha", "Taitano", "Sablan", "Benítez Ayala", "Persaud", "Sodikromo", "Bangura",
              "Kollie", "Jallow", "Ouédraogo", "Traoré", "Houngbédji", "Letsie", "Simelane",
              "Garang", "Warsame", "Niyonzima", "Hoareau", "Tavares", "Wangchuk", "Ximenes",
              "Leong", "Al-Aali", "Christodoulou", "Kalsakau", "Tetuanui"],
    cities=["Enniskillen", "Strabane", "Ramsey", "Moose Factory", "Kamloops", "Thompson",
            "Inuvik", "Corner Brook", "Tennant Creek", "Maningrida", "Kaikohe", "Ruatoria",
            "Hilo", "Dededo", "Tacuarembó", "Encarnación", "New Amsterdam", "Makeni", "Gbarnga",
            "Koudougou", "Ségou", "Mafeteng", "Wau", "Burao", "Paro", "Kulhudhuffushi",
            "Baucau", "Limassol", "Luganville", "Uturoa"],
    streets=["Dunluce", "Tamarack", "Kōwhai", "Spinifex", "Artigas", "Norzin", "Ballaugh",
             "Kapiolani"],
    relations=["kuia", "koro", "aunty", "cousin-brother", "tūtū", "nana", "granddaughter",
               "second wife", "uncle", "son-in-law", "mokopuna", "stepfather"],
    clean=[
        "FOLFOX cycle 5: oxaliplatin 85 mg/m2, 5-FU 2400 mg/m2 over 46 h; BSA 1.91 m2.",
        "Carboplatin AUC 5 (Calvert formula, GFR 74 mL/min) and paclitaxel 175 mg/m2 q21d.",
        "R-CHOP-21 cycle 3 of 6; IPI 3; Ann Arbor stage IIIB was not repeated.",
        "Neutrophils 0.8 x10^9/L on day 10; G-CSF 30 MU SC for 5 days.",
        "pT3 pN1a (1/17) G2 adenocarcinoma, R0, EMVI negative; ICD-O-3 C18.2 M8140/3.",
        "ER 8/8 (Allred), PR 6/8, HER2 2+ with ISH ratio 1.4 (not amplified); Ki-67 22%.",
        "Nottingham grade 2 (3+2+1); Nottingham Prognostic Index 4.2.",
        "EGFR exon 19 deletion detected; ALK and ROS1 negative; PD-L1 TPS 60%.",
        "KRAS G12C present; BRAF V600E absent; MMR proficient (MLH1, PMS2, MSH2, MSH6 retained).",
        "Amsterdam II criteria not met; Lynch syndrome testing declined.",
        "Factor V Leiden heterozygous; prothrombin G20210A negative.",
        "Philadelphia chromosome positive; BCR-ABL1 p210 at 12% IS.",
        "HbSS on electrophoresis, HbF 9%; hydroxyurea 20 mg/kg daily.",
        "G6PD deficient (Mediterranean variant); primaquine withheld.",
        "Murray Valley encephalitis and Kunjin serology negative; Barmah Forest IgM negative.",
        "Powassan virus PCR negative; Lyme disease two-tier serology negative.",
        "Coxsackie B IgM positive, consistent with Bornholm disease.",
        "Acute rheumatic fever per the revised Jones criteria (high-risk population); "
        "benzathine penicillin G 1.2 MU IM every 28 days.",
        "Rheumatic heart disease: WHF 2012 echo criteria, definite RHD, mitral regurgitation.",
        "Otitis media with effusion, tympanogram type B bilaterally; chronic suppurative otitis "
        "media on the left.",
        "ACR 38 mg/mmol, eGFR 52 mL/min/1.73m2 (CKD-EPI 2021); HbA1c 81 mmol/mol.",
        "Spun Hb 9.6 g/dL at the point of care; i-STAT Chem8+ K 5.9.",
        "MBS item 715 health check completed; 10-year CVD risk high.",
        "Apgar 7 and 9 at 1 and 5 min; birth weight 3.12 kg; OFC 33.5 cm; 38+6 weeks.",
        "Newborn bloodspot screen taken at 52 hours; vitamin K 1 mg IM.",
        "Edinburgh Postnatal Depression Scale 14; review in 2 weeks.",
        "MoCA 21/30; Clinical Frailty Scale 6; Waterlow 15.",
        "Toronto Western Spasmodic Torticollis Rating Scale 32 before botulinum toxin.",
        "WOMAC pain 12/20; Oxford Knee Score 19/48.",
        "Stanford type B dissection, DeBakey IIIb; BP target <120/80.",
        "Cincinnati Prehospital Stroke Scale 2/3; LAMS 4; ASPECTS 8.",
        "Manchester Triage System: yellow (urgent), 60 minutes.",
        "King's College criteria not met: pH 7.34, INR 3.1, creatinine 180 umol/L.",
        "Lille score 0.52 at day 7; Maddrey discriminant function 48; prednisolone stopped.",
        "Milan criteria met: single 4.2 cm lesion; BCLC stage A.",
        "Oxford classification M1 E0 S1 T0 C0 for IgA nephropathy.",
        "Vancouver Scar Scale 7 at 6 months; pressure garment continued.",
        "Bristol stool chart type 6 x 4 in 24 h; C. difficile toxin negative.",
        "CTCAE v5 grade 2 peripheral neuropathy; oxaliplatin reduced by 25%.",
        "Dialysis not required; K 4.6 after 2 doses of sodium zirconium cyclosilicate 10 g.",
        "Tanner stage 3; bone age 12 y 6 m by Greulich and Pyle.",
        "Paracetamol level 210 mg/L at 4 h, above the 150 line of the Rumack-Matthew nomogram; "
        "acetylcysteine started.",
        "SCORTEN 3; BSA detachment 12%; ALDEN score 6 for carbamazepine.",
        "Lot of the vaccine and the expiry were recorded on the card; no reaction at 15 min.",
        "Bed 4, bay 2; chair 3 in the day unit; port accessed with a 20G 19 mm needle.",
        "NEWS2 6 at 02:00, 3 at 06:00; MEWS 2.",
        "Case 3 of 7 in the 2022 audit; 2 of 12 had grade 3 toxicity.",
        "Outreach nurse called at 03:10 per protocol; 2 calls in 24 h.",
        "Account of the fall given by the patient; no LOC, GCS 15.",
        "Plate and screws (3.5 mm LCP, 8 holes) for the distal fibula.",
    ],
    seed=17_013,
)

F13_STYLES = [
    "CHEMOTHERAPY PRESCRIPTION - FOLFOX6 (modified), cycle 4 of 12\nHeight 172 cm, weight 78 kg,"
    " BSA 1.91 m2\n{body}\nToxicity (CTCAE v5): neuropathy grade 1, diarrhoea grade 0. Proceed.",
    "HISTOPATHOLOGY REPORT\nSpecimen: right hemicolectomy (fresh)\n{body}\nMicroscopy: moderately "
    "differentiated adenocarcinoma, pT3 pN1a (1/17), LVI present, R0. MMR proteins retained.",
    "MEDICAL CERTIFICATE / FIT NOTE\n{body}\nCondition: L5 radiculopathy. Not fit for work for "
    "4 weeks; may be fit for amended duties after review.",
    "BIRTH NOTIFICATION\nLive birth, singleton, 39+4 weeks, SVD; Apgar 8 and 9; 3.46 kg\n{body}\n"
    "Vitamin K 1 mg IM given; hepatitis B dose 1 given.",
    "MENTAL HEALTH ACT - APPLICATION BY PHYSICIAN FOR PSYCHIATRIC ASSESSMENT (Form 1)\n{body}\n"
    "Box A (serious bodily harm to self) ticked. Detention for up to 72 hours.",
    "SBAR HANDOVER\nS: {body}\nB: T2DM, CKD 3b, AF on apixaban 2.5 mg BD.\nA: NEWS2 6, lactate 2.8."
    "\nR: medical review within 30 minutes.",
    "NOTIFIABLE DISEASE REPORT\nCondition: invasive meningococcal disease (serogroup W)\n{body}\n"
    "Household contacts: ciprofloxacin 500 mg stat; MenACWY offered.",
    "ADVERSE DRUG REACTION REPORT\nSuspected drug: carbamazepine 200 mg BD\nReaction: SJS/TEN "
    "overlap, BSA 12%, SCORTEN 3\n{body}",
    "SHIP'S MEDICAL LOG\nVoyage day 9; 2 days from next port; sea state 5\n{body}\nTelemedical "
    "advice sought; evacuation not required.",
    "MASS CASUALTY TRIAGE TAG - priority 2 (yellow)\nSieve: not walking, RR 24, CRT 3 s\n{body}\n"
    "Tourniquet on at 13:42; methoxyflurane 3 mL.",
    "POISONS INFORMATION CENTRE - CALL RECORD\n{body}\nAgent: paracetamol 16 g (240 mg/kg); "
    "4-h level above the treatment line; acetylcysteine 2-bag regimen advised.",
    "Kia ora koutou,\n\n{body}\n\nNgā mihi nui,\nthe kaupapa Māori nursing team",
    "ABORIGINAL HEALTH CHECK (MBS item 715)\n{body}\nPlan: ear health review, pneumococcal "
    "vaccine, repeat ACR in 3 months.",
    "PATIENT TRANSPORT REQUEST\nMobility: stretcher; O2 2 L/min via nasal prongs; escort: yes\n{body}",
    "COMPTE RENDU DE CONSULTATION\n{body}\nConduite à tenir: amoxicilline 1 g x 3/j pendant 7 "
    "jours; revoir dans 10 jours.",
    "Telehealth video consult - renal outreach\n{body}\nAudio and video adequate throughout.",
    "{body}",
    "{body}",
]

F13_PART = Part(
    "fresh13", F13_VOCABULARY,
    [": ", " ", " # ", " no. ", " No: ", ":\t", " - ", " = ", " n° ", " Nº ", " \u2192 ", " (",
     ":\n", " number is "],
    ["{kv}", "{kv}.", "{kw}:\n{v}", "|{kw}|{v}|", "\u2610 {kv}", "\u2611 {kv}", "{kv} (sighted)",
     "{kv} - checked with whānau", "Label: {kv}", "{kw} ___ {v} ___", "\u2022 {kv}",
     "{kv}; C3D1", "ID check: {kv}", "{kv} [scanned]", "{kw} / {v} / confirmed"],
    {"mrn": ["Hosp No", "EPR", "Chart #", "Client no.", "PCIS no.", "Unit Record No.",
             "Case note no.", "Lab No.", "N° dossier", "No. de historia", "dossiernr.",
             "OPD Reg. No.", "Folder #", "Patient ID (PAS)"],
     "health_plan": ["H&C No", "H&C number", "OHIP #", "Health card (with version)", "PHN",
                     "AHCIP", "PHIN", "MCP", "NWT HCN", "Medicare No", "NHI", "CAFAT", "CPS",
                     "GESY beneficiary", "Aasandha", "INAM", "IPS asegurado"],
     "account": ["IBAN", "Bank acc.", "Invoice no.", "Receipt #", "Patient account", "Transit/Acct",
                 "Billing no.", "Cuenta Nº", "Facture n°", "Payment ref."],
     "licence": ["Passport No.", "DL#", "Driver's licence", "Seaman's book no.", "CPSO #",
                 "AHPRA reg", "MCNZ", "Pilot licence", "Birth cert. no.", "Death cert. no.",
                 "Licence no.", "Firearms licence"],
     "vehicle": ["Reg", "Plate", "Rego", "Plate #", "Licence plate", "Matrícula", "Immatriculation",
                 "Vessel IMO", "Aircraft reg", "VIN", "Quad bike rego", "Boat reg."],
     "device": ["Pump S/N", "Serial", "SN", "CGM sensor serial", "Cochlear implant S/N",
                "Ventilator S/N", "Hearing aid serial", "UDI", "Oxygen concentrator SN",
                "Holter ID", "Infusor serial"],
     "other_id": ["SIN", "Cédula", "CI", "CPR No.", "CID No.", "ID card no.", "National ID",
                  "Social security no.", "Status card #", "Triage tag", "Police ref",
                  "Cancer registry ID", "Crew ID", "IC No.", "Smart ID"],
     "ssn": ["SSN", "Soc. Sec.", "SS #", "Social Security"],
     "phone": ["Ph", "Tel", "Mob", "Cell", "Home ph", "Contact", "Tél.", "Teléfono", "Celular",
               "WhatsApp", "Sat phone", "NOK tel", "Mobile (whānau)"],
     "fax": ["Fax", "Fax no.", "Télécopie", "Secure fax", "Fax (GP)", "Fax back"]},
    {"licence": ["Her passport, {v}, was photocopied for the repatriation insurer.",
                 "Licence {v} surrendered to police after the seizure.",
                 "The ship's master confirmed seaman's book {v}.",
                 "Prescriber: CPSO registration {v}.",
                 "{v} is the death certificate number on the form."],
     "vehicle": ["The quad bike, rego {v}, rolled on the station track.",
                 "Struck by a ute, plate {v}, outside the store.",
                 "The fishing vessel (IMO {v}) radioed for advice.",
                 "Aircraft {v} was used for the retrieval.",
                 "{v} - plate of the car that left the scene.",
                 "She drove herself in; car {v} is in bay 3."],
     "mrn": ["Old notes are under hospital number {v}.", "Pathology accession {v} refers.",
             "Please merge client record {v} with the new one.",
             "{v} is her chart number at the health centre.",
             "Specimen {v} received fixed in formalin."],
     "health_plan": ["Her health card {v} expired last month.", "NHI {v} confirmed with whānau.",
                     "Medicare card {v} sighted.", "H&C number {v} on the referral.",
                     "Covered by CAFAT under {v}."],
     "account": ["The invoice {v} was paid by the insurer.", "Refund to account {v} approved.",
                 "Co-payment receipt {v} attached."],
     "device": ["Ambulatory infusor serial {v} disconnected at 46 h.",
                "Cochlear implant processor {v} replaced.",
                "Home ventilator, serial {v}, alarmed overnight.",
                "The CGM sensor ({v}) fell off on day 4."],
     "other_id": ["Status card {v} (First Nations) photocopied.", "Cédula {v} verified.",
                  "Triage tag {v} on the left wrist.", "Crew ID {v}, able seaman.",
                  "Cancer registry notification {v} submitted.", "CPR {v} on the Bahraini ID."],
     "ssn": ["Her Social Security number {v} is on the Medicaid form.",
             "SSN {v} (Guam resident, US citizen).", "{v} - SSN given by the son."],
     "phone": ["Ring her aunty on {v} before the visit.", "{full}: {v} (daughter).", "Whānau contact {v} (text first).",
               "Sat phone on board: {v}.", "{v} is the number for the community clinic."],
     "fax": ["Faxed to the GP surgery on {v}.", "Fax the path report to {v}.",
             "{v} (secure fax, oncology day unit)."],
     "email": ["Her mokopuna emails updates from {v}.", "{full} wrote from {v} on Sunday.", "Send the fit note to {v}.",
               "Referral e-mail came from {v}.", "Correo del hijo: {v}"],
     "url": ["The family posts updates on {v}.", "Video link sent: {v}",
             "His crowdfunding page {v} names the hospital.", "Portal link {v} was shared by SMS."],
     "ip": ["The telehealth cart at {v} dropped the call twice.", "Remote login from {v}.",
            "Pump gateway {v} last synced at 04:00."],
     "zip": ["Postcode {v}.", "Mailing address ends {v}.", "Code postal {v}", "{city} {v}",
             "[[place:Tennant Creek]] NT {v}", "Address: [[place:Kamloops]] BC {v}"],
     "date": ["Cycle 1 day 1: {v}.", "DOB {v}", "Date of birth: {v}", "Specimen received {v}.",
              "Certificate valid from {v}.", "Born {v} at 23:41.", "Detained under the Act on {v}.",
              "Date of death - {v}", "Call received {v}", "Last dialysis {v}.",
              "Fecha de ingreso: {v}", "Admis le {v}"],
     "address": ["Lives at {v}, {city}.", "Home: {v}\n{city}",
                 "Send the letter c/o {v}.", "Ambulance to {v}, [[place:Hilo]].",
                 "Discharged to {v} ({city}), with her {rel}.",
                 "Address:\n{v}\n{city}"],
     "place": ["Transferred from {v} by RFDS.", "Referred on from {v}.", "Born at {v}.",
               "Moved from {city} to {city} after the cyclone.", "Seen at {v} in {city} last year.",
               "She grew up in {city}.", "Lives out of {city}, 2 hours by road.",
               "Flown in from {city} this morning.", "Visiting family in {city}.",
               "Retired from the fishing fleet in {city}."],
     "name": ["{full} attended with her {rel}.", "Seen with {given} and her {rel}.",
              "Patient: {v}", "{given} prefers to be called by her nickname.",
              "Mr {surname} declined the port.", "Reported by: {v}, RN",
              "Her {rel} {full} is next of kin.", "Consent witnessed by {v}.",
              "{full}, 58, ex-smoker.", "Kōrero with {given} about the plan.",
              "{given} and her {rel} {given} came in together.", "Ms {surname} (interpreter: {v})."]},
    ["{v} ({kw})", "{v} - {kw}", "{v} is the {kw} on the form", "{v} <- {kw}", "{v} [{kw} verified]"],
    ["Dosing followed the eviQ protocol (https://www.eviq.org.au/medical-oncology/colorectal/{n}).",
     "The trial design is in https://doi.org/10.1200/JCO.2{n2}.{n}.",
     "Reviewed at https://pubmed.ncbi.nlm.nih.gov/3{n}{n}{n}/ and in the 2021 WHF echo criteria.",
     "See the ASCO guideline (https://www.asco.org/practice-patients/guidelines/{n})."],
    True, values=F13_VALUES, age=_f13_age, styles=F13_STYLES)


# ---------------------------------------------------------------- hand-written notes


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh13-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("ni-gp-referral",
     "Dr [[name:Gráinne McCloskey]]\n[[place:Glenshane Surgery]]\n[[address:14 Main Street]]\n"
     "[[place:Dungiven]]\n[[zip:BT47 4LD]]\nTel [[phone:028 7774 1290]]   Fax [[fax:028 7774 1291]]\n\n"
     "[[date:3rd October 2024]]\n\nDear Dr [[name:Ó Catháin]],\n\nRe: [[name:Eamonn FRIEL]], DOB "
     "[[date:11/04/1931]] ([[age:93]])\nH&C No [[health_plan:639 214 8871]]\n[[address:7 Carnanbane Road]], "
     "[[place:Feeny]], [[zip:BT47 4TN]]\n\nI would be grateful if you would see this retired postman "
     "with a 6-week history of exertional breathlessness. NYHA III; NT-proBNP 2,140 ng/L; ECG AF "
     "at 104/min. His daughter [[name:Siobhán]] ([[phone:07712 448 903]]) will bring him.\n\n"
     "Yours sincerely,\n[[name:Gráinne McCloskey]]\nGMC [[licence:7034418]]"),
    ("ontario-form1",
     "Form 1 - Mental Health Act (Ontario)\nApplication by Physician for Psychiatric Assessment\n\n"
     "Name of person: [[name:Jordan Whitehead-Cardinal]]\nAddress: [[address:88 Tamarack Crescent, Unit 4]]"
     "\n[[place:Sudbury]], ON [[zip:P3A 4R7]]\nOHIP # [[health_plan:5584-927-341-KT]]\n\n"
     "I, Dr [[name:Anika Sorensen]], examined the person on [[date:2024/11/02]] at 01:40 at "
     "[[place:Health Sciences North]], [[address:41 Ramsey Lake Road]], [[place:Sudbury]].\n"
     "Box A ticked: threatened serious bodily harm to self; C-SSRS high risk.\n"
     "Facts observed: ligature found in his room, PHQ-9 24/27.\nFacts from others: his mother, "
     "[[name:Lorraine Cardinal]], reports he said goodbye by text from [[phone:705-688-2201]].\n"
     "Physician CPSO # [[licence:84213]]   Tel [[phone:(705) 523-7100]]"),
    ("bc-ed-note",
     "EMERGENCY DEPARTMENT RECORD - [[place:Royal Inland Hospital]]\nPHN [[health_plan:9876 543 210]]"
     "   MRN [[mrn:K00419283]]\nPt: [[name:THOMPSON, Mary-Rose]]  Age/Sex 46/F\nArrival "
     "[[date:2024-08-19 23:55]] by BCEHS\nMVI: driver, belted; her pickup (plate [[vehicle:PR8 14X]]) "
     "left Highway 5 near [[place:Clearwater]].\nFAST negative, lactate 2.1, Hb 118.\n"
     "Husband [[name:Doug]] on [[phone:250.674.3318]].\nMD: [[name:H. Sandhu]]"),
    ("manitoba-dialysis",
     "HEMODIALYSIS RUN SHEET - satellite unit, chair 6\nPatient: [[name:Clifford Moose]]  PHIN "
     "[[health_plan:114 582 907]]\nTreaty status # [[other_id:2770041519]]\nHome community: "
     "[[place:Garden Hill]]\nDate [[date:Tue 14-MAY-2024]]\nPre: 78.6 kg, BP 164/88; Post: 75.9 kg, "
     "BP 138/76. UF 2.7 L, Qb 350, Kt/V 1.31.\nFistula L forearm, buzz and thrill present.\n"
     "Medical transport: charter aircraft [[vehicle:C-GPKD]].\n"
     "RN: [[name:Kateri Monias]]"),
    ("nwt-medevac",
     "MEDEVAC REQUEST - [[place:Stanton Territorial Hospital]]\nNWT HCN: [[health_plan:N1427733]]\n"
     "Name: [[name:Noel Kakfwi]]   DOB: [[date:May 3, 1929]] ([[age:95 yrs]])\nLocation: health centre, "
     "[[place:Fort Good Hope]]\nHip fracture, GCS 15, SpO2 91% RA.\nCommunity health nurse "
     "[[name:Tessa Blondin]], sat phone [[phone:+870 772 504 118]]\nWeather hold until 0600."),
    ("nl-mcp-letter",
     "[[place:Western Memorial Regional Hospital]]\nOncology clinic\n\n[[date:14 February 2024]]\n\n"
     "Re: [[name:Gerald Hynes]]\nMCP [[health_plan:102 447 118 091]]\n[[address:Box 211]], "
     "[[place:Lark Harbour]], NL [[zip:A0L 1H0]]\n\nMr [[name:Hynes]] completed cycle 6 of FOLFOX; "
     "CEA 3.2 from 41. Port (serial [[device:PWR8814452]]) to be removed.\nHis wife [[name:Bernadette]] "
     "asks that letters go to [[email:bernie.hynes@example.ca]].\n\nDr. [[name:A. Okonjo]]"),
    ("acchs-health-check",
     "ABORIGINAL HEALTH CHECK (715) - [[place:Anyinginyi Health]] clinic, [[place:Tennant Creek]]\n"
     "Client: [[name:Jedda NAPANANGKA Morton]]   Client no. [[mrn:004417]]\nMedicare "
     "[[health_plan:2953 41876 2]]  IRN 3\nDOB [[date:02/07/1968]]; lives at [[place:Ali Curung]] "
     "with her [[name:Kirra]] (granddaughter).\nBP 148/92, ACR 38, HbA1c 9.1%. RHD on echo 2019; "
     "Bicillin due [[date:21 Jun]].\nAboriginal health practitioner: [[name:Rhonda Jupurrurla]]\n"
     "Ph [[phone:08 8962 2633]]"),
    ("torres-strait-retrieval",
     "RETRIEVAL NOTE\nFrom: [[place:Thursday Island Hospital]]  To: [[place:Cairns Hospital]]\n"
     "Pt [[name:Aaron Nona]], [[age:91 y]], from [[place:Badu Island]]\nAdmitted "
     "[[date:07/09/2024]]; urosepsis, MAP 58 on noradrenaline 0.1.\nMedicare No [[health_plan:5127 88310 1]]\n"
     "Family: daughter [[name:Seriba]] [[phone:0417 662 904]]\nAircraft [[vehicle:VH-FVN]], "
     "dispatched 15:10."),
    ("nz-home-visit",
     "HOME VISIT LOG - kaupapa Māori nursing\nNHI [[health_plan:ZKT4821]]\nKuia [[name:Mere Te Rangi]], "
     "[[age:94 tau]]\n[[address:32 Pōhutukawa Drive]]\n[[place:Kaikohe]] [[zip:0405]]\n"
     "[[date:12 Hōngongoi 2024]]: wound on R shin, 3 x 2 cm, slough 20%; Kaltostat and "
     "compression.\nWhānau: moko [[name:Tama]] [[phone:021 447 9930]], "
     "[[email:tama.terangi@example.co.nz]]\nVisiting nurse: [[name:Aroha Parata]]"),
    ("cook-islands-referral",
     "Te Marae Ora - medical referral to NZ\nName: [[name:Ngapoko Tangitamaiti]]\nDOB: "
     "[[date:8/11/1934]]  (aged [[age:90]])\nVillage: [[place:Arorangi]], [[place:Rarotonga]]\n"
     "Passport No. [[licence:CK081423]]\nDiagnosis: severe AS (AVA 0.7 cm2), for TAVI work-up at "
     "[[place:Auckland City Hospital]].\nEscort: son [[name:Tere]] ([[phone:+682 55 412]])"),
    ("hawaii-chc",
     "COMMUNITY HEALTH CENTER - [[place:Waiʻanae]]\nPatient: [[name:Kealoha, Leilani K.]]  "
     "DOB [[date:12/02/1929]]  [[age:95 yo]] F\nMed-QUEST ID [[health_plan:0011829334]]   SSN "
     "[[ssn:576-21-4408]]\nAddress: [[address:87-190 Kapiolani Hwy]], [[place:Waiʻanae]], HI "
     "[[zip:96792]]\nHer tūtū-kāne passed last year; lives with grandson [[name:Kainoa]], "
     "[[phone:(808) 696-4471]].\nA1c 7.2; foot exam: monofilament 8/10."),
    ("guam-discharge",
     "[[place:Guam Memorial Hospital]] DISCHARGE SUMMARY\n[[name:TAITANO, Rosario Q.]]   MR# "
     "[[mrn:00-318204]]\nSS# [[ssn:586 40 9127]]\nAdmitted [[date:6/3/2024]]  Discharged "
     "[[date:6/11/2024]]\nDx: lytico-bodig complex excluded; Parkinson disease, Hoehn and Yahr 3.\n"
     "Home: [[address:144 Marine Corps Dr]], [[place:Dededo]] [[zip:96929]]\nFollow-up Dr "
     "[[name:Quinata]], tel [[phone:+1 671 647 2330]]"),
    ("uruguay-epicrisis",
     "EPICRISIS - [[place:Hospital Regional de Tacuarembó]]\nPaciente: [[name:Florencia Olivera "
     "Suárez]], [[age:92 años]]\nC.I. [[other_id:3.118.402-7]]   FONASA: titular\nHistoria "
     "clínica Nº [[mrn:208731]]\nDomicilio: [[address:Calle Artigas 1452]], [[place:Paso de los "
     "Toros]]\nIngreso: [[date:4 de marzo de 2024]]; egreso: [[date:12 de marzo de 2024]].\n"
     "Neumonía aguda comunitaria, CURB-65 3; ceftriaxona 2 g/día.\nContacto: hija [[name:Lucía]], "
     "[[phone:+598 99 412 087]]"),
    ("paraguay-ips",
     "IPS - [[place:Hospital Central]]\nAsegurado/a: [[name:Arami Benítez Ayala]]\nNº de asegurado IPS "
     "[[health_plan:4418 207]]\nCédula de identidad: [[other_id:3.902.114]]\nProcedencia: "
     "[[place:Encarnación]], Itapúa\nFecha: [[date:20/11/2024]]\nDengue con signos de alarma; Hto "
     "48%, plaquetas 38 000.\nTel. [[phone:0981 447 209]]"),
    ("guyana-referral",
     "[[place:New Amsterdam Hospital]] - REFERRAL\nTo: [[place:Georgetown Public Hospital]], cardiology\n"
     "Name: [[name:Rajwantie Persaud]]   Age 61\nNIS No. [[other_id:A418207]]\nAddress: [[address:Lot 22 "
     "Canefield]], [[place:Canje]], Berbice\nRef. date [[date:Sep 9, 2024]]\nRheumatic MS, MVA 1.0 "
     "cm2; AF.\nHusband [[name:Deodat]] [[phone:+592 622-8190]]\nDr [[name:S. Ramdass]]"),
    ("suriname-verwijzing",
     "VERWIJSBRIEF\nAan: [[place:Academisch Ziekenhuis Paramaribo]], interne geneeskunde\n"
     "Patiënt: mevr. [[name:Sarmi Sodikromo]], [[age:91 jaar]]\nAdres: "
     "[[address:Kasimbastraat 18]], [[place:Lelydorp]]\nGeboortedatum [[date:3 mei 1933]]\n"
     "Dossiernr. [[mrn:0731184]]\nLeptospirose verdacht; kreatinine 412, bilirubine 88.\n"
     "Tel. kleindochter [[phone:+597 882 4410]]"),
    ("sierra-leone-opd",
     "[[place:Makeni Government Hospital]] - OPD card\nName: [[name:Fatmata Bangura]]  Age 34  "
     "Sex F\nAddress: [[address:No. 9 Azzolini Highway]], [[place:Makeni]]\nOPD Reg. No. "
     "[[mrn:OPD/2024/07718]]\nDate: [[date:15/06/24]]\nG3P2 at 28 weeks, Hb 7.4, malaria RDT positive."
     "\nHusband [[name:Alhaji Kamara]] [[phone:+232 76 441 902]]\nSeen by CHO [[name:Ibrahim Sesay]]"),
    ("liberia-transfer",
     "TRANSFER FORM - [[place:Phebe Hospital]], [[place:Gbarnga]]\nPatient: [[name:Musu Kollie]], "
     "[[age:90]] years\nFrom: [[place:Totota]] clinic\nDate/time: [[date:2024-01-22T16:05]]\n"
     "Reason: stroke, GCS 11, BP 210/118.\nNext of kin: [[name:Tarnue Kollie]] (son), "
     "[[phone:+231 77 540 2213]]"),
    ("gambia-note",
     "[[place:Bundung Maternal and Child Health Hospital]]\nName: [[name:Fatou Jallow]]   Compound: "
     "[[address:Jallow Kunda]], [[place:Kerr Serign]]\nANC card no. [[mrn:BMCH/3391]]\nEDD [[date:12.03.2025]]\n"
     "BP 158/104, proteinuria 2+; MgSO4 Zuspan regimen.\nHusband [[name:Ousman Ceesay]], "
     "[[phone:+220 770 4418]]"),
    ("burkina-fiche",
     "FICHE DE RÉFÉRENCE - [[place:CSPS de Sabou]] vers [[place:CHR de Koudougou]]\nNom: "
     "[[name:OUÉDRAOGO Rasmané]]   Âge: [[age:93 ans]]\nCNIB [[other_id:B11902478]]\nAdresse: "
     "[[address:rue 12.44, porte 118]], [[place:Koudougou]]\nDate: [[date:17 août 2024]]\nPaludisme grave, "
     "GCS 9, glycémie 2,1 mmol/L; artésunate IV 2,4 mg/kg.\nAccompagnant: [[name:Salimata Sawadogo]] "
     "(fille), [[phone:+226 70 44 18 92]]\nInfirmier: [[name:K. Zongo]]"),
    ("mali-compte-rendu",
     "COMPTE RENDU D'HOSPITALISATION\n[[place:Hôpital Nianankoro Fomba]], [[place:Ségou]]\n"
     "Patiente: Mme [[name:Aminata Traoré]], [[age:96 ans]]\nN° AMO [[health_plan:22-4418-0917]]\n"
     "Entrée le [[date:2 février 2024]], sortie le [[date:9 février 2024]]\nDrépanocytose SC exclue; "
     "insuffisance cardiaque, FEVG 30 %.\nFils: [[name:Moussa Keïta]], [[phone:+223 76 41 22 08]]"),
    ("togo-consultation",
     "[[place:CHR de Sokodé]] - consultation\nNom: [[name:AGBÉKO Akouvi]]   Âge 52 ans\nINAM "
     "[[health_plan:1187 4420 31]]\nQuartier [[place:Kpangalam]], [[place:Sokodé]]\nDate "
     "[[date:Mer 06/03/2024]]\nHTA grade 3, créatinine 168 µmol/L.\nTél. [[phone:+228 90 41 22 87]]"),
    ("lesotho-referral",
     "[[place:Motebang Hospital]], [[place:Hlotse]]\nReferral to [[place:Queen 'Mamohato Memorial Hospital]]\n"
     "'M'e [[name:Palesa Letsie]], dilemo tse [[age:91]]\nVillage: [[place:Ha Mositi]]\nBukana "
     "(health booklet) no. [[mrn:MT-44187]]\nDate [[date:11 July 2024]]\nTB/HIV: on TLD, VL <50; "
     "new pleural effusion, ADA 62.\nNOK: [[name:Thabang Letsie]] [[phone:+266 5884 2291]]"),
    ("south-sudan-ward",
     "WARD ROUND - [[place:Wau Teaching Hospital]]\nBed 12: [[name:Nyandeng Garang]], age 29, "
     "from [[place:Jur River]]\nKala-azar (rK39 positive), spleen 9 cm; SSG/PM day 6 of 17.\n"
     "Brother [[name:Deng Garang]] to donate blood; ph [[phone:+211 92 441 7802]]\nAdmitted "
     "[[date:28/10/2024]]"),
    ("somaliland-note",
     "[[place:Burao General Hospital]]\nMagaca: [[name:Hodan Cawaale Warsame]]\nDa'da: "
     "[[age:92 sano]]\nTuulo: [[place:Oog]]\nTaariikh: [[date:5/2/2024]]\nAcute watery diarrhoea, "
     "severe dehydration; Plan C, 100 mL/kg Ringer's.\nWiilka: [[name:Abdirahman]] "
     "[[phone:+252 63 4418827]]"),
    ("seychelles-discharge",
     "[[place:Seychelles Hospital]] - Discharge\nName: [[name:Marie-Claire Hoareau]]\nNIN "
     "[[other_id:948-1127-1-01]]\nAddress: [[address:La Retraite Road]], [[place:Anse Aux Pins]], [[place:Mahé]]\nAdmitted "
     "[[date:April 4th]], discharged [[date:April 9th]].\nDengue, platelet nadir 22.\nGP Dr "
     "[[name:R. Payet]] tel [[phone:+248 2 52 41 88]]"),
    ("cape-verde-nota",
     "NOTA DE ALTA - [[place:Hospital Dr. Baptista de Sousa]], [[place:Mindelo]]\nDoente: "
     "[[name:Djamila Fortes Tavares]], [[age:94 anos]]\nNIF [[other_id:108441927]]\nMorada: "
     "[[address:Rua de Lisboa, nº 27]], [[place:Mindelo]]\nInternamento de [[date:3 de maio de 2024]] "
     "a [[date:10 de maio de 2024]].\nAVC isquémico, NIHSS 8.\nNeta [[name:Elisa]]: "
     "[[phone:+238 991 44 18]]"),
    ("bhutan-referral",
     "REFERRAL - [[place:Paro Hospital]] to [[place:JDWNRH]], [[place:Thimphu]]\nName: "
     "[[name:Pema Choden]]   Age [[age:97]]\nCID No. [[other_id:11004002871]]\nVillage: "
     "[[place:Shaba]], Paro Dzongkhag\nDate: [[date:2024.06.18]]\nHip fracture (NOF), "
     "Garden IV.\nSon [[name:Sonam Dorji]], [[phone:+975 17 44 18 27]]\nHA [[name:Karma Wangchuk]]"),
    ("maldives-transfer",
     "TRANSFER NOTE - [[place:Kulhudhuffushi Regional Hospital]] to [[place:IGMH]]\nPatient: [[name:Aminath "
     "Shaheema]]  ID [[other_id:A118204]]\nAddress: [[address:Ma. Fehivilla, Majeedhee Magu]], "
     "[[place:Malé]]\nAasandha: active\nDate [[date:21-08-2024 19:40]]\nSTEMI (inferior), lysis "
     "tenecteplase 40 mg at 18:55.\nHusband [[name:Hussain Areef]] [[phone:+960 778-4120]]"),
    ("brunei-discharge",
     "RINGKASAN DISCAJ / DISCHARGE SUMMARY\n[[place:RIPAS Hospital]]\nNama: Dayang [[name:Nurul "
     "Huda binti Hj Abd Rahman]]\nIC No. [[other_id:00-418207]] (yellow)\nUmur: [[age:91 tahun]]\n"
     "Alamat: [[address:No. 14, Simpang 22]], [[place:Kampong Rimba]], [[zip:BE3119]]\nTarikh masuk "
     "[[date:12 Ogos 2024]]\nCOPD exacerbation, pH 7.31.\nAnak: Awang [[name:Rosli]] "
     "[[phone:+673 8418 207]]"),
    ("timor-leste",
     "[[place:Hospital Nacional Guido Valadares]] - Sumáriu\nPasiente: [[name:Joaquina da Costa "
     "Ximenes]], tinan [[age:90]]\nHela iha: suku [[place:Becora]], [[place:Dili]]\nData: "
     "[[date:14 de junho de 2024]]\nTB pulmonar, GeneXpert MTB detectado, RIF nao detectado.\n"
     "Oan-mane: [[name:Agostinho Soares]] [[phone:+670 7744 1820]]"),
    ("macau-summary",
     "[[place:仁伯爵綜合醫院]] 出院摘要\n姓名: [[name:梁嘉敏]] ([[name:LEONG Ka Man]])\n年齡: [[age:93歲]]\n"
     "BIR: [[other_id:1418207(3)]]\n住址: [[place:氹仔]][[address:孫逸仙博士大馬路118號]]\n入院日期: "
     "[[date:2024年5月12日]]\n診斷: 社區獲得性肺炎, CURB-65 3.\n女兒 [[name:陳少蘭]] 電話 "
     "[[phone:+853 6641 2087]]"),
    ("bahrain-note",
     "[[place:Salmaniya Medical Complex]] - Internal Medicine\nPatient: [[name:Fatema Ali Al-Aali]]\n"
     "CPR No. [[other_id:291104472]]\nAge/Sex: [[age:93]]/F\n[[address:Block 338, Road 3803]], "
     "[[place:Adliya]]\nAdmitted [[date:09/12/2024]]\nSickle cell trait; DKA, pH 7.12, "
     "bicarbonate 8.\nSon [[name:Ali Al-Mahmood]]: [[phone:+973 3641 2278]]\nIBAN for refund "
     "[[account:BH67BMAG00001299123456]]"),
    ("gaza-unrwa",
     "UNRWA health centre - referral\nName: [[name:Samar Qasem]]\nUNRWA Reg. No. "
     "[[other_id:4418-2071-09]]\nCamp: [[place:Khan Younis]]\nDOB: [[date:1 Jan 1932]] - aged "
     "[[age:92]]\nDiabetic foot, Wagner 3; HbA1c 10.4%.\nDaughter's WhatsApp "
     "[[phone:+970 59 441 8207]]"),
    ("libya-discharge",
     "[[place:Misrata Medical Center]]\nDischarge summary\nName: [[name:Abdulhakim Elmabrouk]], "
     "[[age:95]] years\nNational No. [[other_id:119340027718]]\nAdmitted [[date:03.03.2024]], "
     "discharged [[date:08.03.2024]]\nUrinary retention, PSA 14; TURP planned.\nTel "
     "[[phone:+218 91 441 8207]]"),
    ("cyprus-letter",
     "[[place:Γενικό Νοσοκομείο Λεμεσού]]\nΕξιτήριο\nΑσθενής: [[name:Παναγιώτα Χριστοδούλου]], "
     "[[age:92 ετών]]\nΑρ. ταυτότητας: [[other_id:0441827]]\nΔικαιούχος ΓεΣΥ: [[health_plan:1044182077]]"
     "\nΔιεύθυνση: [[address:Οδός Μακαρίου 41]], [[zip:3025]] [[place:Λεμεσός]]\nΕισαγωγή: "
     "[[date:14 Μαρτίου 2024]]\nΠνευμονία, CRP 188.\nΤηλ. [[phone:+357 99 441820]]"),
    ("vanuatu-note",
     "[[place:Northern Provincial Hospital]], [[place:Luganville]]\nNem: [[name:Serah Tari]], "
     "[[age:91 yia]]\nVilej: [[place:Port Olry]]\nDet: [[date:Aug 12, 2024]]\nRHD, severe MR; "
     "benzathine monthly.\nPikinini: [[name:Moses Kalsakau]] [[phone:+678 774 1820]]"),
    ("kiribati-referral",
     "[[place:Tungaru Central Hospital]]\nReferral for overseas treatment\nName: [[name:Teretia "
     "Kaiteie]]\nVillage: [[place:Bikenibeu]]\nDOB [[date:14/11/1951]]\nESRD, eGFR 6; peritoneal "
     "dialysis not available.\nPassport [[licence:KB041827]]\nHusband [[name:Tebwebwe]]"),
    ("new-caledonia",
     "[[place:Centre hospitalier du Nord]], [[place:Koné]]\nPatient: M. [[name:Jean-Baptiste Wamytan]], "
     "[[age:90 ans]]\nCAFAT [[health_plan:0418827]]\nTribu de [[place:Tiendanite]]\nEntrée le "
     "[[date:11/09/2024]]\nLeptospirose, créatinine 380.\nNeveu: [[name:Paul]] "
     "[[phone:+687 78 41 22]]"),
    ("french-polynesia",
     "[[place:Hôpital de Raiatea]] - [[place:Uturoa]]\nPatiente: Mme [[name:Hinano Tetuanui]]\n"
     "N° CPS [[health_plan:2 418 207]]\nAdresse: [[address:PK 4,2 côté mer]], [[place:Tumaraa]], "
     "[[zip:98735]]\nDate: [[date:3 mars 2024]]\nCiguatera: bradycardie 42/min, paresthésies.\n"
     "Tél. [[phone:+689 87 41 22 08]]"),
    ("isle-of-man",
     "[[place:Noble's Hospital]], [[place:Strang]]\nClinic letter [[date:2 Dec 2024]]\nRe: Mr [[name:Juan "
     "Kermode]], [[address:Ballaugh Cottage, Ballacrye Road]], [[place:Ballaugh]], [[zip:IM7 5EA]]\n"
     "Hosp No [[mrn:N0441827]]\nHis quad bike ([[vehicle:MAN 418 K]]) overturned on the farm; "
     "clavicle fracture, Allman group 1.\nDr [[name:Orlagh Kinvig]]"),
    ("jersey-fit-note",
     "MEDICAL CERTIFICATE (Jersey)\nName: [[name:Stephen Le Brocq]]\nSocial security no. "
     "[[other_id:JY441827C]]\nAddress: [[address:4 La Rue du Val]], [[place:St Ouen]], "
     "[[zip:JE3 2BQ]]\nUnfit for work from [[date:Monday 4 March 2024]] for 6 weeks: "
     "Weber B ankle fracture.\nSigned: Dr [[name:Catherine Renouf]]"),
    ("ship-log",
     "SHIP'S MEDICAL LOG - bulk carrier (IMO [[vehicle:9418207]])\nCrew ID "
     "[[other_id:CR-2207]], able seaman [[name:Rodel Manalastas]], age 38\nSeaman's book "
     "[[licence:SB-441820]]\n[[date:11OCT24 03:20]]: chest pain, ECG via TMAS shows STEMI.\n"
     "Aspirin 300 mg, GTN 400 mcg. Diverted to [[place:Ponta Delgada]]; ETA 14 h.\nMaster: "
     "Capt. [[name:H. Solberg]]"),
    ("whatsapp-thread",
     "[08:14] Nurse [[name:Kirra]]: bub in bay 2 - [[name:Jayden Wunungmurra]], 4 mo, SpO2 89%\n"
     "[08:15] Dr [[name:Tane Ngata]]: RR? any apnoeas?\n[08:15] Nurse [[name:Kirra]]: 62, no "
     "apnoeas, mum [[name:Dhuwarrwarr]] here, ph [[phone:0418 220 713]]\n[08:16] Dr [[name:Tane "
     "Ngata]]: ok start high flow 2 L/kg/min, call RFDS\n[08:20] Nurse [[name:Kirra]]: RFDS "
     "ETA 11:30, aircraft [[vehicle:VH-FXW]]"),
    ("referral-email",
     "From: [[email:dr.k.mahlaba@example.org.sz]]\nTo: [[email:renal@example.org]]\nSubject: referral - "
     "[[name:Sibusiso Simelane]]\n\nDear colleague,\nplease see [[name:Sibusiso Simelane]] "
     "(clinic folder # [[mrn:KC-4418]]), 47, from [[place:Siteki]], with eGFR 21, "
     "ACR 210 mg/mmol and BP 176/104 on three drugs. Photos of his fundus are at "
     "[[url:https://share.example.org/f/4418207?pid=SZ0441]].\n\nRegards,\n[[name:Khanyisile "
     "Mahlaba]]\nMedical Officer, [[place:Good Shepherd Hospital]], [[place:Siteki]]\nCell "
     "[[phone:+268 7641 8207]] | Fax [[fax:+268 2343 4418]]"),
    ("case-report-prose",
     "A [[age:96-year-old]] woman from [[place:Ruatoria]] presented to [[place:Gisborne Hospital]] "
     "on [[date:3 September 2023]] with a 2-day history of confusion. She lived alone at "
     "[[address:12 Waiomatatini Road]] and had been found by her nephew, [[name:Hēmi Tūhoe]]. "
     "Sodium was 112 mmol/L.", "patient_information"),
    ("canadian-tele-derm",
     "Telehealth consult - OTN\nPatient [[name:Mathieu Bélanger]], OHIP [[health_plan:4471 208 331 "
     "MR]]\nLocation: [[place:Moose Factory]] nursing station\nVideo room: "
     "[[url:https://telehealth.example.ca/room/mb4418]]\nCart IP [[ip:10.44.18.207]]\nDate "
     "[[date:Jan-22-2024]]\nPsoriasis PASI 18; methotrexate 15 mg weekly."),
    ("yukon-death-cert",
     "MEDICAL CERTIFICATE OF DEATH\nDeceased: [[name:Dorothy Charlie]]\nDate of death: "
     "[[date:November 30th, 2024 04:10]]\nAge: [[age:101]]\nPlace of death: [[place:Whitehorse "
     "General Hospital]]\nUsual residence: [[address:Box 44]], [[place:Old Crow]], YT [[zip:Y0B 1N0]]"
     "\nCause: (a) aspiration pneumonia (b) Alzheimer dementia\nCertificate no. "
     "[[licence:2024-0418827]]\nCertifier: [[name:J. Atkinson]], MD"),
    ("pathology-report",
     "CYTOLOGY REPORT\nLab No. [[mrn:C24-04418]]\nPatient: [[name:SABLAN, Joaquin]]  DOB "
     "[[date:07/04/1955]]\nRequesting: Dr [[name:Noelani Kahananui]], fax [[fax:(808) 961-4418]]\n"
     "Received [[date:2024-05-02 10:15]]\nThyroid FNA, Bethesda category V (suspicious for "
     "papillary carcinoma); BRAF V600E detected."),
    ("adr-report",
     "ADVERSE DRUG REACTION - report to the national centre\nPatient: adult woman, age 34\n"
     "Hospital: [[place:Ngozi Hospital]]\nSuspected drug: nevirapine; HLA not tested.\nReaction "
     "onset [[date:22/04/2024]]; SJS, BSA 8%.\nReporter: [[name:Claudine Niyonzima]], "
     "[[email:c.niyonzima@example.bi]]"),
    ("gibraltar-sbar",
     "SBAR - [[place:St Bernard's Hospital]], John Mackintosh Ward\nS: [[name:Maria Isola]], "
     "[[age:98]], bed 7, new AF at 148/min, BP 92/60.\nB: lives at [[address:Flat 3, 14 Governor's "
     "Street]]; daughter [[name:Carmen]] on [[phone:+350 200 41827]]; GHA no. [[health_plan:G0441827]]."
     "\nA: NEWS2 7, K 3.1, Mg 0.58.\nR: review by the medical registrar, Dr [[name:Luis Baglietto]]."),
    ("guam-preauth",
     "PRIOR AUTHORIZATION REQUEST - oncology\nMember: [[name:Sablan, Vicente T.]]   Member ID "
     "[[health_plan:TC44182077]]\nDOB [[date:03-17-1958]]\nRequested: pembrolizumab 200 mg IV q3w x 6 "
     "cycles; PD-L1 TPS 70%, EGFR/ALK negative, stage IVA (M1a).\nRequesting provider NPI "
     "[[licence:1447182077]], fax [[fax:+1 671 647 4418]]\nInsulin pump on file, S/N "
     "[[device:NG4418207H]]\nSubmitted [[date:Oct 1, 2024]] via [[url:https://payer.example.com/pa/"
     "case?member=TC44182077]]"),
    ("alberta-birth",
     "NOTICE OF BIRTH\nMother: [[name:Brittany Cardinal-Ward]], AHCIP [[health_plan:44182-0771]]\n"
     "Infant: [[name:Nova Cardinal-Ward]], female, 3.41 kg, 39+2 weeks, Apgar 8/9\nBorn "
     "[[date:2024-07-14 03:52]] at [[place:Red Deer Regional Hospital Centre]]\nHome: "
     "[[address:27 Tamarack Close]]\n[[place:Sylvan Lake]], AB [[zip:T4S 1X5]]\nMidwife: "
     "[[name:Hanna Lindqvist-Roy]], registration [[licence:RM-0418]]\nFather: [[name:Tyson Ward]], "
     "[[phone:403.887.2041]]"),
    ("nz-poisons-call",
     "NATIONAL POISONS CENTRE - CALL RECORD\nCall received [[date:Sat 09-NOV-2024]] 19:42 from mum, "
     "[[name:Aroha Hōhaia]], [[phone:027 441 8207]]\nChild: [[name:Manaia]], 2 y 3 m, 12.5 kg\n"
     "Agent: 4 x clonidine 100 mcg (32 mcg/kg) about 19:15.\nAdvice: to [[place:Whakatāne "
     "Hospital]] by ambulance; observe 12 h.\nSpecialist: [[name:R. Tāwhai]]"),
    ("transport-canada-medical",
     "AVIATION MEDICAL EXAMINATION - Category 1\nApplicant: [[name:Éric Tremblay-Nadeau]]\n"
     "Licence: ATPL [[licence:XA441820]]\nAddress: [[address:1180 Front Street]], "
     "[[place:Sioux Lookout]], ON [[zip:P8T 1B7]]\nExamined [[date:2024/02/28]]; CAME Dr [[name:S. "
     "Gagnon]]\nLast flew float plane [[vehicle:C-FJKR]]; ECG: RBBB, QTc 431 ms. Fit with "
     "limitation."),
    # clean: whole notes full of numbers, codes, eponyms and place-named classifications
    ("clean-chemo-protocol",
     "FOLFIRINOX (modified) - day 1 every 14 days\nOxaliplatin 85 mg/m2 over 2 h; irinotecan "
     "150 mg/m2 over 90 min; folinic acid 400 mg/m2; 5-FU 2400 mg/m2 over 46 h (no bolus).\n"
     "Proceed if ANC >= 1.5 x10^9/L and platelets >= 100 x10^9/L. UGT1A1*28 homozygous: "
     "irinotecan reduced to 120 mg/m2.\nCycle 3 of 12; dose intensity 85%; CTCAE grade 1 "
     "neuropathy."),
    ("clean-synoptic-path",
     "SYNOPTIC REPORT (ICCR)\nTumour site: sigmoid colon; histological type: adenocarcinoma NOS; "
     "grade: low.\nDepth: pT3; nodes 0/21 (pN0); EMVI absent; margins: CRM 12 mm.\nMMR: MLH1 "
     "and PMS2 lost; BRAF V600E present (sporadic, MLH1 promoter hypermethylation).\nStage "
     "IIA (AJCC 8th edition); Kikuchi level not applicable."),
    ("clean-genetics",
     "Genetic counselling summary: BRCA2 c.5946delT (p.Ser1982fs) pathogenic; cascade testing "
     "offered to first-degree relatives. Manchester score 22; CanRisk lifetime risk 38%. "
     "Annual MRI from age 30 and risk-reducing salpingo-oophorectomy by 40-45 discussed. "
     "Amsterdam II criteria not met."),
    ("clean-icu-flow",
     "ICU FLOW 06:00 | HR 112 | MAP 63 | CVP 11 | noradrenaline 0.18 mcg/kg/min | FiO2 0.5 | "
     "PEEP 10 | P/F 142 | lactate 3.4 | UO 25 mL/h | RASS -2 | CAM-ICU negative | SOFA 10.\n"
     "Berlin definition: moderate ARDS. Ottawa SAH rule not applicable."),
    ("clean-vaccine-card",
     "Vaccination card (child): BCG at birth; OPV 0 at birth; pentavalent 1-2-3 at 6, 10 and "
     "14 weeks; PCV13 and rotavirus with each; measles-rubella at 9 and 15 months. Weight-for-age "
     "z-score -1.2; MUAC 13.4 cm."),
    ("clean-ems",
     "EMS RUN REPORT: unit 7, crew of 2, dispatched 02:14, on scene 02:26. GCS 13 (E3V4M6), "
     "BGL 2.1 mmol/L, glucagon 1 mg IM, repeat BGL 6.4. Canadian C-spine rule: low risk. "
     "Transport code 3, no lights."),
    ("clean-discussion", "Our findings echo the Darwin prospective melioidosis study "
     "(https://doi.org/10.1371/journal.pntd.0000900) and the 2020 Australian RHD guideline "
     "(https://www.rhdaustralia.org.au/arf-rhd-guideline).", "discussion"),
]

F13_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH13: tuple[Note, ...] = build(F13_PART, per_category=24, clean=110, references=8) + F13_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH13 for e in n.expected)
    print(len(FRESH13), "notes,", sum(1 for n in FRESH13 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

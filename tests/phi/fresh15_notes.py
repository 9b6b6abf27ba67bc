"""FRESH15: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind: its author read only tests/phi/generated.py (the framework and its parts),
tests/phi/corpus.py (the Note type, the span conventions, parse, evaluate), the domain rules
(45 CFR 164.514(b)(2), as restated in the project's domain notes), the module docstrings of
tests/phi/fresh12_notes.py, fresh13_notes.py and fresh14_notes.py (their conventions and
settings) and the layout of fresh12_notes.py (how its Part, build and letters are wired, not its
vocabulary or templates); not the scanner, its patterns, name lists, model or data, its
benchmark (bench/), its tests, the body of any other fresh part, nor their git history; the
scanner was not run while writing it or on its notes. Its vocabulary, value shapes, keywords,
connectors, frames, note styles and hand-written letters are an eleventh author's own, from
settings that generated.py and the docstrings of fresh12, fresh13 and fresh14 do not name:
Nepal (Bikram Sambat dates, citizenship certificate numbers, HIB insuree numbers, "वर्ष"),
Sri Lanka (NIC old and new, BHT numbers, "අවුරුදු"), Myanmar (NRC), Cambodia (Khmer ID),
Kazakhstan (ИИН, ОСМС, "жаста"), Mongolia (регистрийн дугаар, Mongolian dates, "настай"),
Iraq and Yemen (Arabic, "سنة"), Israel (ת.ז., kupat holim, Hebrew), Greece (AMKA, EOPYY, Greek
dates, "ετών"), Romania (CNP, CNAS, Romanian dates, "ani"), Hungary (TAJ, "éves"), Ukraine
(РНОКПП, Ukrainian dates, "років"), Zimbabwe (national ID, CIMAS/PSMAS), Zambia (NRC, NHIMA),
Mozambique and Angola in Portuguese (BI, "anos"), the DRC, Senegal (CMU) and Cameroon in
French, Haiti in Kreyòl ("an", Kreyòl months) and Haitian and Cuban patients in Miami (US SSN),
Cuba (carné de identidad), Papua New Guinea (Tok Pisin, "krismas") and Fiji (iTaukei,
"yabaki"). Document types: ED triage notes, ICU daily progress notes, anaesthetic records,
dialysis run sheets, chemotherapy day-unit notes, radiology reports with a clinical history,
pathology requests, discharge prescriptions, GP referral letters, community nursing visits,
mental health assessments, safeguarding referrals, maternity booking forms, newborn checks,
vaccination records, occupational health letters, insurance claims, medico-legal reports,
coroner's forms, patient complaints, an e-mail thread with signatures, SMS and WhatsApp
threads and case-report prose in a patient_information section.

Conventions (tests/phi/corpus.py's and the fresh12-14 docstrings'): a name without its title or
honorific (Mr, Mrs, Ms, Dr, Dr., Sister, Nurse, Dna., Mme, Daw, Pastor and Adi stay
out); a full name in any order is one span ("SHRESTHA, Sita Kumari", "IONESCU Mihai-Cătălin", "Абенова Айгерим Нурлановна",
"Nagy Zsófia"); staff names (doctors, nurses, midwives, social workers, a coroner's officer),
also with initials in a signature ("T. Moyo", "R.K. Gurung"), are names too; an identifier
without its keyword; an age over 89 with its attached unit in any language ("92 de ani",
"93 éves", "91 років", "94 ετών", "92 жаста", "93 настай", "95 वर्ष", "91 anos", "92 ans", "93 an",
"94 años", "92 krismas", "93 سنة", "95 y/o") or the number alone where no unit is attached after
it ("בת 93" -> "93", "yabaki 91" -> "91", "අවුරුදු 92" -> "92",
"Age: 96"); ages under 90 are not marked; a date without its preposition, with a weekday right
before it and a time right after it ("2024-03-12 14:30", "03/04/34 0810h", "Τρίτη 5 Μαρτίου
2024"; "at 02:10" and a time after a comma stay out); Bikram Sambat
dates (Latin and Devanagari digits, "2080 Falgun 23"; the "BS" after them stays out), Greek,
Romanian, Ukrainian, Hebrew, Mongolian, Portuguese, French, Spanish and Kreyòl dates are dates,
and so is an expected date of delivery; a year alone is not marked. The street line (house
number, street, flat, ward and tole, lane, "Stand 4471", "plot 12", "Section 9 Lot 14", a
quartier line) is one span; each locality (town, village, suburb, commune, district of a
city) and the postcode are separate spans; a named hospital, clinic, health centre or health
post is a place (the whole name); states, provinces, oblasts, aimags, regions, Nepali
provinces and districts of the first level, countries and their abbreviations (FL) are never
marked. Category choices: `ssn` is a US Social Security number only; other national and
personal numbers (CNP, ИИН, РНОКПП, AMKA, ת.ז., NIC, NRC, Nepali citizenship, Khmer ID, Mongolian
register, Iraqi national card, Zimbabwean and Zambian IDs, BI, CNI, Cuban carné, Haitian NIF,
Fiji FNPF, a safeguarding, police or coroner's case number, an employee number) are `other_id`;
health insurance numbers (TAJ, CNAS, EOPYY, kupat holim, HIB, ОСМС, Mongolian insurance book,
NHIMA, CIMAS, PSMAS, CMU, a US Medicaid or Medicare number, an insurer's policy or claim
member number) are `health_plan`; hospital, BHT, OPD, dialysis unit, foaie de observație,
törzsszám, медична карта, laboratory and radiology accession numbers are `mrn`; passports,
driving licences, professional registrations (NMC, SLMC, MDPCZ, HPCZ, CNOM), birth notification
and birth and death certificate numbers are `licence`; IBANs, bank accounts, invoices and hospital bills are
`account`; plates (a tuk-tuk's and a PMV's too) and VINs are `vehicle`; pacemaker, insulin
pump, implanted port, dialysis machine and phone IMEI serials and UDIs are `device`.
Clean notes (and the unmarked parts of every note) hold doses, lab panels, dialysis settings,
chemotherapy regimens, codes (ICD-10, ATC, LOINC), genes and variants (HBB, G6PD, TPMT,
HLA-B*58:01, JAK2 V617F), departments, bed and cycle numbers, years, ages under 90, states
and countries, and classifications, scores and diseases named after people and places
(Kigali, Kampala, Mallampati, Cormack-Lehane, Wells, Geneva, Child-Pugh, Forrest, Los Angeles,
Ann Arbor, Lugano, Gleason, Breslow, Clark, Bethesda, Edinburgh, Apgar, Ballard, Hammersmith,
Glasgow, Ranson, Atlanta, Duke, Kussmaul, Kaposi, Buruli, Marburg, Lassa, Rift Valley).

Built as build(F15_PART, per_category=24, clean=110, references=8) + F15_LETTERS (57
hand-written notes: 49 with identifiers, two of them case-report paragraphs in the patient's
history, 7 clean, 1 reference paragraph in a discussion): 647 notes, 126 of them (19%) without
any identifier (110 generated clean notes, 8 reference notes in an introduction or discussion,
7 clean letters, 1 reference letter), 974 spans - name 208, address 38, place 135, zip 42,
date 61, age 45, phone 48, fax 26, email 29, ssn 26, mrn 36, health_plan 36, account 26,
licence 32, vehicle 31, device 28, url 43, ip 27, other_id 57 (`python -m
tests.phi.fresh15_notes` prints them; its name templates often hold two or three names, hence
the many names). Checked without the scanner: every span's text is the note's text at its
offsets and has no surrounding blanks, no marks or slots are left in the text, no spans
overlap, note ids are unique, every category is present and in generated.CATEGORY_ORDER,
every marked age is over 89, no note text equals one of generated.py's TUNING notes, and builds under two PYTHONHASHSEED values are identical.
Deterministic: its own seed (19_015), values drawn from the builder's fixed-seed Random, no
hash-order dependence. Not wired into any test or bench: measure it once.

    from tests.phi.fresh15_notes import FRESH15, F15_PART, F15_LETTERS
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


_EN3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_RO = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
       "septembrie", "octombrie", "noiembrie", "decembrie"]
_UK = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
       "жовтня", "листопада", "грудня"]
_EL = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
       "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
       "outubro", "novembro", "dezembro"]
_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
       "octobre", "novembre", "décembre"]
_HT = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb",
       "novanm", "desanm"]
_HE = ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר",
       "באוקטובר", "בנובמבר", "בדצמבר"]
_BS = ["Baisakh", "Jestha", "Asar", "Shrawan", "Bhadra", "Ashwin", "Kartik", "Mangsir", "Poush",
       "Magh", "Falgun", "Chaitra"]
_DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")


def _f15_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1931, 2025)
    bs = y + 57
    hh, mm = r.randint(0, 23), r.choice((0, 5, 10, 20, 35, 45, 50))
    forms = [
        f"{d:02d}.{m:02d}.{y}", f"{d} {_RO[m - 1]} {y}", f"{y}.{m:02d}.{d:02d}",
        f"{d} {_UK[m - 1]} {y}", f"{d} {_EL[m - 1]} {y}", f"{d}/{m}/{y}",
        f"{d} de {_PT[m - 1]} de {y}", f"{d} {_FR[m - 1]} {y}", f"{d} {_HT[m - 1]} {y}",
        f"{d} de {SPANISH_MONTHS[m - 1]} de {y}", f"{d} {_HE[m - 1]} {y}",
        f"{y} оны {m} сарын {d}", f"{bs}/{m:02d}/{d:02d}", f"{bs} {_BS[m - 1]} {d}",
        f"{bs}/{m:02d}/{d:02d}".translate(_DEVANAGARI), f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}",
        f"{d:02d}-{_EN3[m - 1]}-{y}", f"{d:02d}{_EN3[m - 1].upper()}{y % 100:02d}",
        f"{m}/{d}/{y}", f"{d:02d}/{m:02d}/{y % 100:02d} {hh:02d}{mm:02d}h",
    ]
    return r.choice(forms)


def _f15_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 106)
    forms = [
        ("pacientă în vârstă de {age}", f"{n} de ani"), ("{age} beteg, otthonából", f"{n} éves"),
        ("пацієнтка, {age}", f"{n} років"), ("ασθενής {age}", f"{n} ετών"),
        ("науқас {age}", f"{n} жаста"), ("{age} эмэгтэй", f"{n} настай"),
        ("उमेर {age}", f"{n} वर्ष"), ("paciente de {age}", f"{n} anos"),
        ("patiente de {age}", f"{n} ans"), ("granmoun nan gen {age}", f"{n} an"),
        ("anciano de {age}", f"{n} años"), ("lapun meri i gat {age}", f"{n} krismas"),
        ("المريض عمره {age}", f"{n} سنة"), ("{age} F, nursing home", f"{n} y/o"),
        ("בת {age}, מבית אבות", f"{n}"), ("yabaki {age}, from the village", f"{n}"),
        ("වයස අවුරුදු {age}", f"{n}"), ("Age: {age}", f"{n}"), ("a {age} widow", f"{n}-year-old"),
        ("Age/Sex {age}/M", f"{n}"), ("{age} male, bedbound", f"{n}yo"),
    ]
    return r.choice(forms)


def _f15_phone(r: random.Random, _h: bool) -> str:
    forms = [
        f"+977 98{_d(r, 1)}-{_d(r, 7)}", f"+94 7{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}",
        f"+95 9 {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", f"+855 12 {_d(r, 3)} {_d(r, 3)}",
        f"+7 701 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"+976 9{_d(r, 3)} {_d(r, 4)}",
        f"+964 77{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}", f"+967 77{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}",
        f"+972-5{_d(r, 1)}-{_d(r, 3)}-{_d(r, 4)}", f"+30 69{_d(r, 2)} {_d(r, 6)}",
        f"07{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"+36 30 {_d(r, 3)} {_d(r, 4)}",
        f"+380 67 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"+263 77 {_d(r, 3)} {_d(r, 4)}",
        f"+260 97 {_d(r, 4)} {_d(r, 3)}", f"+258 84 {_d(r, 3)} {_d(r, 4)}",
        f"+244 92{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}", f"+243 81 {_d(r, 3)} {_d(r, 4)}",
        f"+221 77 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"+237 6 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"+509 3{_d(r, 3)}-{_d(r, 4)}", f"+53 5 {_d(r, 3)} {_d(r, 4)}",
        f"+675 7{_d(r, 3)} {_d(r, 4)}", f"+679 {_d(r, 3)} {_d(r, 4)}",
        f"(305) {_d(r, 3)}-{_d(r, 4)}", f"0{_d(r, 2)}-{_d(r, 7)}",
    ]
    return r.choice(forms)


def _f15_zip(r: random.Random, _h: bool) -> str:
    return r.choice([
        _d(r, 6), _d(r, 4), _d(r, 5), f"{_d(r, 3)} {_d(r, 2)}", _d(r, 7), f"33{_d(r, 3)}",
        f"0{_d(r, 5)}", f"{_d(r, 5)}-{_d(r, 4)}",
    ])


F15_VALUES = {
    "mrn": lambda r, h: r.choice([
        _d(r, 7), f"{r.randint(20, 24)}/{_d(r, 5)}", f"OPD-{_d(r, 6)}", f"{_d(r, 4)}/{r.randint(2019, 2024)}",
        f"HD-{_d(r, 4)}", f"{_l(r, 2)}{_d(r, 6)}", f"{_d(r, 2)}-{_d(r, 6)}", f"RAD{_d(r, 8)}",
    ]),
    "health_plan": lambda r, h: r.choice([
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", _d(r, 8), f"{_d(r, 10)}", f"CIMAS-{_d(r, 7)}",
        f"PSMAS {_d(r, 8)}", f"NHIMA/{_d(r, 9)}", f"{_d(r, 12)}", f"{_l(r, 3)}{_d(r, 9)}",
        f"{r.randint(1, 9)}{_l(r, 2)}{r.randint(0, 9)}-{_l(r, 1)}{_d(r, 2)}-{_l(r, 2)}{_d(r, 2)}",
    ]),
    "account": lambda r, h: r.choice([
        f"RO{_d(r, 2)} BTRL {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"HU{_d(r, 2)}{_d(r, 24)}", f"UA{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}",
        f"GR{_d(r, 25)}", f"IL{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}",
        _d(r, 13), f"INV-{_d(r, 6)}", f"{_d(r, 4)}-{_d(r, 8)}", f"BILL/{r.randint(2020, 2024)}/{_d(r, 5)}",
    ]),
    "licence": lambda r, h: r.choice([
        f"{_l(r, 2)}{_d(r, 7)}", f"{_d(r, 9)}", f"NMC {_d(r, 5)}", f"SLMC {_d(r, 5)}",
        f"{_l(r, 1)}{_d(r, 8)}", f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 6)}", f"МК{_d(r, 6)}",
        f"BC/{r.randint(2000, 2024)}/{_d(r, 5)}",
    ]),
    "vehicle": lambda r, h: r.choice([
        f"CJ {_d(r, 2)} {_l(r, 3)}", f"{_l(r, 3)}-{_d(r, 3)}", f"BC {_d(r, 4)} {_l(r, 2)}",
        f"{_d(r, 2)}-{_d(r, 3)}-{_d(r, 2)}", f"{_d(r, 3)} {_l(r, 3)} 02", f"{_d(r, 4)} УБ{_l(r, 1, 'АБВГЕ')}",
        f"Ba {r.randint(1, 99)} Pa {_d(r, 4)}", f"WP {_l(r, 3)}-{_d(r, 4)}", f"A{_l(r, 2)} {_d(r, 4)}",
        f"{r.randint(1, 9)}{_l(r, 1)}-{_d(r, 4)}", f"P{_l(r, 2)} {_d(r, 3)}",
        f"{_d(r, 1)}{_l(r, 4)}{_d(r, 5)}{_l(r, 1)}{_d(r, 6)}",
    ]),
    "device": lambda r, h: r.choice([
        f"{_l(r, 3)}{_d(r, 6)}{_l(r, 1)}", f"SN {_d(r, 4)}-{_d(r, 5)}",
        f"(01)0{_d(r, 13)}(21){_l(r, 2)}{_d(r, 6)}", _d(r, 15), f"{_d(r, 2)}{_l(r, 2)}{_d(r, 5)}",
        f"FMC-{_d(r, 7)}",
    ]),
    "other_id": lambda r, h: r.choice([
        f"{r.choice('12')}{_d(r, 12)}", _d(r, 12), _d(r, 10), _d(r, 11), _d(r, 9),
        f"{_d(r, 9)}V", f"{r.randint(1, 14)}/{_l(r, 5, 'KMNPTWYLBRS')}(N){_d(r, 6)}",
        f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}-{_d(r, 5)}", f"УБ{_d(r, 8)}",
        f"{_d(r, 2)}-{_d(r, 6)} {_l(r, 1)} {_d(r, 2)}", f"{_d(r, 6)}/{_d(r, 2)}/1",
        f"00{_d(r, 7)}LA0{_d(r, 2)}", f"SG/{r.randint(2022, 2024)}/{_d(r, 4)}",
    ]),
    "ssn": lambda r, h: (f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"
                         if r.random() < 0.7 else
                         f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}"),
    "phone": _f15_phone,
    "fax": _f15_phone,
    "email": lambda r, h: r.choice([
        "{g}.{s}@example.ro", "{s}{n}@mail.example.hu", "{g}_{s}@example.co.zw",
        "{g}{n}@example.org.np", "dr.{s}@hospital.example.lk", "{s}.{g}@example.gr",
        "{g}@example.co.il", "{s}-{g}{n}@example.sn",
    ]),
    "url": lambda r, h: r.choice([
        "https://portal.example.ro/pacient?id={n}{n}{n}", "www.example.hu/leletek/{n}{n}",
        "https://example.org.np/report/{s}-{n}", "http://telemed.example.kz/case/{n}{n}",
        "https://gofund.example.com/help-{g}-{s}", "example.co.zw/{g}{s}",
        "https://www.facebook.example.com/{g}.{s}.{n}",
    ]),
    "ip": lambda r, h: r.choice([
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"2001:db8:{r.randint(1, 65000):x}:{r.randint(1, 65000):x}::{r.randint(1, 255):x}",
    ]),
    "zip": _f15_zip,
    "date": _f15_date,
}

F15_VOCABULARY = Vocabulary(
    given=["Sita", "Pasang", "Chaminda", "Dilani", "Thandar", "Sokha", "Aigerim", "Nurlan",
           "Oyunchimeg", "Bat-Erdene", "Haider", "Amat", "Noa", "Itai", "Eleni", "Dimitrios",
           "Ioana", "Mihai", "Zsófia", "Bence", "Oksana", "Taras", "Tendai", "Rudo", "Mwila",
           "Albertina", "Adilson", "Mbuyi", "Fatou", "Cheikh", "Wislande", "Jean-Robert",
           "Yanelis", "Yunior", "Kila", "Sereana", "Apisai", "Bwalya"],
    surnames=["Shrestha", "Gurung", "Tamang", "Perera", "Wickramasinghe", "Hlaing", "Chhay",
              "Zhaksylykov", "Abenova", "Batbayar", "Al-Jubouri", "Al-Hakimi", "Mizrahi",
              "Papadopoulou", "Georgiou", "Popescu", "Ionescu", "Nagy", "Kovács", "Bondarenko",
              "Moyo", "Mulenga", "Macuácua", "Kabongo", "Ndiaye", "Mbarga", "Pierre-Louis",
              "Rodríguez Pérez", "Kaupa", "Naivalu", "Banda"],
    cities=["Pokhara", "Biratnagar", "Kandy", "Galle", "Mandalay", "Battambang", "Karaganda",
            "Shymkent", "Darkhan", "Erdenet", "Basra", "Taiz", "Beersheba", "Patras", "Iași",
            "Debrecen", "Lviv", "Bulawayo", "Ndola", "Beira", "Huambo", "Lubumbashi", "Thiès",
            "Bafoussam", "Cap-Haïtien", "Camagüey", "Goroka", "Labasa", "Hialeah"],
    streets=["Lakeside", "Mahabandula", "Abai", "Peace", "Nehanda", "Independence", "Eminescu",
             "Kossuth", "Franko", "Herzl", "Lumumba", "Mondlane"],
    relations=["daughter-in-law", "son", "granddaughter", "husband", "wife", "nephew", "sister",
               "neighbour", "landlord", "foster mother"],
    clean=[
        "Hb 8.7 g/dL, MCV 64 fL, HbA2 5.1% on HPLC: HBB beta-thalassaemia trait.",
        "G6PD deficient (Mediterranean variant); avoid primaquine and dapsone.",
        "TPMT normal activity; azathioprine 2 mg/kg started.",
        "HLA-B*58:01 negative, so allopurinol 100 mg daily was started.",
        "JAK2 V617F positive; Hct 0.56, platelets 612 x10^9/L.",
        "Mallampati III, Cormack-Lehane grade 2a; ASA III E.",
        "Induction: propofol 120 mg, fentanyl 100 mcg, rocuronium 50 mg; ETT 7.5 at 22 cm.",
        "Run: 4 h, Qb 300 mL/min, Qd 500 mL/min, UF goal 2.5 L, heparin 1000 IU bolus.",
        "Kt/V 1.32, URR 71%; pre-dialysis K 6.1 mmol/L, post 3.8 mmol/L.",
        "FOLFOX cycle 5 of 12: oxaliplatin 85 mg/m2, leucovorin 400 mg/m2, 5-FU 2400 mg/m2 over 46 h.",
        "R-CHOP day 1, Lugano stage IIIA, IPI 2; G-CSF on day 4.",
        "Gleason 4+3=7 (grade group 3), PSA 14.2 ng/mL; Breslow 1.4 mm, Clark level IV elsewhere.",
        "Bethesda category IV thyroid nodule; TI-RADS 4.",
        "Wells score 6 and revised Geneva score 8; CTPA requested.",
        "Child-Pugh C, MELD-Na 27; Forrest IIa ulcer; Los Angeles grade C oesophagitis.",
        "Ranson 4, revised Atlanta: moderately severe acute pancreatitis.",
        "Duke criteria: 1 major, 3 minor; Kussmaul breathing on arrival, pH 7.08.",
        "Kaposi sarcoma on the palate; CD4 88 cells/uL, viral load 142,000 copies/mL.",
        "Buruli ulcer, WHO category II; rifampicin and clarithromycin for 8 weeks.",
        "Marburg, Lassa and Rift Valley fever were excluded by PCR.",
        "Kigali and Kampala criteria for ARDS both applied; SpO2/FiO2 ratio 180.",
        "Apgar 6 at 1 min and 9 at 5 min; Ballard 34 weeks; Hammersmith neonatal exam 30/34.",
        "Edinburgh Postnatal Depression Scale 14; PHQ-9 16; GAD-7 11.",
        "GCS 13 (E3 V4 M6); pupils 3 mm, reactive.",
        "ICD-10 N18.5, Z99.2; ATC B05ZB; LOINC 2160-0 creatinine.",
        "Seen in Nephrology, then Cardiology; Ward 6B, bed 14.",
        "BCG, OPV 0 and hepatitis B birth dose given; pentavalent dose 2 of 3 due at 10 weeks.",
        "Booking: G4 P2+1, 11+3 weeks by CRL; BMI 29; Hb 10.9 g/dL; HIV, VDRL and HBsAg negative.",
        "MMR dose 1 given; next visit at 18 months.",
        "Referred from the provincial hospital in Lusaka Province to the national referral centre.",
        "Travel to Kazakhstan, Mongolia and Nepal in the last year; no animal bites.",
        "Both parents from Sri Lanka; consanguinity denied.",
        "Audiogram: 40 dB loss at 4 kHz bilaterally; noise exposure 92 dB(A) at work.",
        "Troponin T 86 ng/L at 0 h and 142 ng/L at 3 h; ECG: 2 mm ST depression V4-V6.",
        "Paracetamol 1 g QDS, codeine 30 mg PRN; 28 tablets supplied.",
        "Tacrolimus trough 7.2 ug/L; mycophenolate 720 mg BD.",
        "Lactate 3.8 mmol/L, noradrenaline 0.18 mcg/kg/min, MAP 68 mmHg.",
        "CXR: right lower lobe consolidation; no effusion.",
        "Age 87, lives alone; Clinical Frailty Scale 6.",
        "Episode 3 of 5 in 2023; last admission 2022.",
        "Western Province and Central Province cases rose in 2023.",
        "She was 89 at the first admission in 2019.",
    ],
    seed=19_015,
)

F15_STYLES = [
    "{body}",
    "ED TRIAGE\nMTS category: orange (very urgent)\n{body}\nTriage nurse review complete.",
    "ICU DAILY PROGRESS - day 4\nA: airway secure. B: PSV 10/5.\n{body}\nPlan: continue.",
    "ANAESTHETIC RECORD\n{body}\nEmergence smooth; to PACU.",
    "Dialysis run sheet\n{body}\nNo intradialytic hypotension.",
    "Chemotherapy day unit\n{body}\nObservations stable throughout infusion.",
    "RADIOLOGY REPORT - CT abdomen\nClinical history:\n{body}\nFindings: see below.",
    "Community nursing visit\n{body}\nNext visit in 3 days.",
    "Mental health assessment\n{body}\nRisk: low to moderate.",
    "Safeguarding referral (adult)\n{body}\nCategory: neglect.",
    "Maternity booking\n{body}",
    "Newborn check\n{body}\nHips stable; red reflex present.",
    "Occupational health\n{body}\nFit for modified duties.",
    "Insurance claim form - section B\n{body}",
    "Medico-legal report\n{body}\nI believe the facts stated are true.",
    "Complaint received by PALS\n{body}",
    "WhatsApp (ward group)\n{body}",
    "Discharge prescription\n{body}\nTTO checked by pharmacy.",
]

F15_PART = Part(
    "fresh15", F15_VOCABULARY,
    [": ", " ", " № ", " nr. ", " no ", "= ", ":\t", " – ", " (", " #", " Nº ", ":\n", " / "],
    ["{kv}", "{kv}.", "• {kv}", "{kw}\n{v}", "| {kw} | {v} | checked |", "{kw} ___ {v}",
     "Demographics: {kv}", "{kv} (verified at registration)", "{kv}; MTS orange",
     "{kv} - copied from card", "☐ {kv}", "{kw} ........ {v}", "{kv}, Hb 9.8 g/dL, K 5.9 mmol/L"],
    {"mrn": ["Hospital No.", "BHT", "OPD reg. no.", "Nr. FO", "Törzsszám", "медична карта",
             "Αρ. Μητρώου", "מס' תיק", "Dossier", "Processo", "Historia clínica", "IP No",
             "Dialysis unit no.", "Accession"],
     "health_plan": ["TAJ", "TAJ szám", "CNAS card", "kupat holim member", "HIB insuree no.",
                     "NHIMA no.", "CIMAS member", "ОСМС", "Даатгалын дэвтэр", "EOPYY",
                     "CMU", "Medicaid", "policy no."],
     "account": ["IBAN", "cont", "számlaszám", "рахунок", "λογαριασμός", "חשבון", "invoice",
                 "bill no.", "account"],
     "licence": ["passport", "pașaport", "útlevél", "паспорт", "διαβατήριο", "דרכון",
                 "medical council reg.", "permis de conduire", "carta de condução",
                 "birth cert.", "HPCZ reg.", "driver's licence"],
     "vehicle": ["plate", "nr. înmatriculare", "rendszám", "номерний знак", "αρ. κυκλοφορίας",
                 "מספר רכב", "matrícula", "plaque", "reg. no.", "PMV reg", "tuk-tuk no."],
     "device": ["serial", "S/N", "nr. serie", "gyári szám", "серійний №", "UDI", "pump serial",
                "machine serial", "IMEI"],
     "other_id": ["CNP", "ИИН", "NIC", "Citizenship no.", "NRC", "AMKA", "ת.ז.", "РНОКПП",
                  "BI", "CNI", "carné", "national ID", "регистр", "safeguarding ref",
                  "coroner's case", "employee no."],
     "ssn": ["SSN", "Social Security #", "SS no."],
     "phone": ["tel.", "mobile", "telefon", "тел.", "τηλ.", "טל'", "WhatsApp", "celular",
               "portable", "cell"],
     "fax": ["fax", "факс", "φαξ", "פקס", "fax no."]},
    {"mrn": ["Old BHT {v} found in the records room for {full}.", "Please merge with hospital number {v}.",
             "CT report filed under accession {v}.", "Folder {v} pulled from the OPD."],
     "health_plan": ["Claim lodged with CIMAS under member number {v}.",
                     "{given}'s TAJ card reads {v}.", "Covered by the HIB scheme, insuree {v}.",
                     "Florida Medicaid ID {v} checked by the clerk."],
     "account": ["The family paid the deposit into account {v}.",
                 "Outstanding hospital bill {v} waived by social work.",
                 "Refund sent to {v} on request."],
     "licence": ["{full} showed passport {v} at registration.",
                 "Report signed by the surgeon, council registration {v}.",
                 "Death certificate {v} issued by the ward doctor.",
                 "Driving licence {v} retained by the traffic police."],
     "vehicle": ["Pedestrian struck by a minibus, plate {v}.",
                 "Tuk-tuk {v} overturned on the bypass near {city}.", "Brought in a taxi, registration {v}.",
                 "PMV {v} rolled on the highway; 6 injured."],
     "device": ["Pacemaker interrogated, serial {v}; battery 7 years.",
                "Insulin pump {v} returned to the company by {given}.",
                "Dialysis machine {v} alarmed twice for venous pressure.",
                "Her phone (IMEI {v}) was handed to the police."],
     "other_id": ["National ID {v} was on the card in her purse.",
                  "CNP {v} entered in the register.", "Police case {v} opened at the station.",
                  "{given}'s NIC is {v}; lives in {city}.", "Employee number {v} at the mine."],
     "ssn": ["Social Security number {v} on the Medicare form.",
             "SSN {v} given by his daughter {given}."],
     "phone": ["Son {given} on {v}.", "Call the daughter-in-law, {full}, on {v} before discharge.",
               "WhatsApp voice note received from {v}.", "Village health worker {given} in {city} reachable on {v}."],
     "fax": ["Referral faxed to Dr {surname} on {v}.", "Fax the results to {v} please."],
     "email": ["Results to {v} as requested.", "Her nephew {given} wrote from {v}.",
               "Send the discharge letter to {full} at {v}."],
     "url": ["The family of {full} started a fundraiser at {v}.", "His scans were posted on {v}.",
             "Patient portal link: {v}"],
     "ip": ["Teleconsult with {given} from {v} disconnected twice.", "Login to the PACS from {v} logged.",
            "The ventilator's gateway at {v} stopped sending data."],
     "zip": ["Postcode {v} ({city}).", "Cod poștal {v}", "Irányítószám: {v}", "Τ.Κ. {v}", "מיקוד {v}",
             "Lives in {city}, {v}, with her {rel} {given}.", "[[place:Hialeah]], FL {v}"],
     "date": ["Admitted {v}.", "DOB: {v}", "Data internării: {v}", "Дата народження {v}",
              "Ημερομηνία εισαγωγής {v}", "Born {v} in the village.", "[[name:Bwalya Chanda]] died {v}, 03:10.",
              "EDD {v}", "Dat nesans: {v}", "Fecha de ingreso: {v}", "Discharged {v} on oral therapy.",
              "Last seen well {v} by her neighbour [[name:Rudo]].", "Vaccinated {v}, batch 4471B."],
     "address": ["Lives at [[address:{n} {street} Road]], {city}, with {rel} {given}.",
                 "Address: [[address:Ward {n2}, {street} Tole]]\n{city}",
                 "[[address:Str. {street} nr. {n}, ap. {n2}]], {city} [[zip:700259]]",
                 "Home: [[address:Stand {n} {street} Street]], {city}",
                 "[[address:вул. {street}, {n}, кв. {n2}]], {city}, [[zip:79005]]",
                 "[[address:Plot {n}, {street} Lane]]\n{city}\n[[zip:10100]]",
                 "Adresse: [[address:Quartier {street}, rue {n}]], {city}",
                 "Endereço: [[address:Rua {street}, {n}]], {city}",
                 "Kay li: [[address:{n} Ri {street}]], {city}",
                 "[[address:{n} NW {n2} Ave]], {city}, FL [[zip:33012]]",
                 "Home: [[address:Section {n2} Lot {n}]], {city}"],
     "place": ["{full} transferred from {city} for dialysis.", "She farms near {city} and sells at the market in {city}.",
               "Referred by the health post in {city}.", "Moved from {city} to {city} after the floods.",
               "Seen first at [[place:Mpilo Central Hospital]].",
               "Transferred from [[place:Bir Hospital]] by ambulance.",
               "Referred from [[place:Teaching Hospital Karapitiya]] for PCI.",
               "Came from {city}, Western Province."],
     "name": ["Bed 3 - {full}, day 2 post-op; {rel} {given} informed.", "NOK: {given} ({rel}).",
              "{rel} {given} stayed overnight.", "Pt: {full}\nConsultant: Dr {surname}", "Mrs {surname} refused the bloods.",
              "{given} pulled out the cannula again.", "Discussed with Dr {full}, on call; plan agreed with {given}.",
              "Signed: {full}, staff nurse / witnessed {full}", "Dna. {surname} a fost informată.",
              "{surname}, {given} - seen in clinic.", "Reviewed by Sister {surname}."]},
    ["{v} ({kw})", "{v} = {kw}", "{v} - {kw} on file", "{kw} on file: {v}"],
    ["As in the KDIGO 2024 guideline (https://doi.org/10.1016/j.kint.2023.{n}).",
     "See https://pubmed.ncbi.nlm.nih.gov/3{n}{n}{n}/ for the original cohort.",
     "WHO guidance (https://www.who.int/publications/i/item/978924{n}{n}) was followed."],
    True, values=F15_VALUES, age=_f15_age, styles=F15_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh15-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("nepal-discharge",
     "DISCHARGE SUMMARY - [[place:Manipal Teaching Hospital]], [[place:Pokhara]]\n"
     "Name: [[name:SHRESTHA, Sita Kumari]]   Age/Sex: [[age:92]]/F   IP No: [[mrn:2080-14562]]\n"
     "DOA: [[date:2080/11/23]] BS   DOD: [[date:२०८०/१२/०२]] BS\n"
     "Address: [[address:Ward 7, Lakeside Tole]], [[place:Pokhara]], Gandaki Province\n"
     "Citizenship no. [[other_id:27-01-74-05123]]; HIB insuree [[health_plan:40321877]]\n"
     "Contact: son [[name:Ram Bahadur]] [[phone:+977 9846-021337]]\n"
     "Dx: CAP, CURB-65 3. Signed [[name:R.K. Gurung]], NMC [[licence:11872]]"),
    ("srilanka-bht",
     "[[place:Teaching Hospital Peradeniya]] - Ward 12\nBHT [[mrn:23/48811]]\n"
     "Patient: [[name:W.M. Dilani Wickramasinghe]], වයස අවුරුදු [[age:91]]\n"
     "NIC [[other_id:193256701234]]\n[[address:No. 45/2, Temple Road]]\n[[place:Katugastota]]\n"
     "[[zip:20800]]\nAdmitted [[date:14.02.2024]]; snake bite (hump-nosed viper), 20WBCT negative."),
    ("myanmar-referral",
     "Referral: [[place:Mandalay General Hospital]] to [[place:Yangon General Hospital]]\n"
     "Daw [[name:Thandar Hlaing]], aged 64, NRC [[other_id:9/MaHtaLa(N)204518]], phone "
     "[[phone:+95 9 402 118 663]]. Onset [[date:3 Jan 2024]]. HbA1c 11.2%."),
    ("cambodia-triage",
     "ED triage [[place:Battambang Provincial Referral Hospital]]\n"
     "[[name:Chhay Sokha]] M 38; tuk-tuk [[vehicle:2A-7731]] vs motorbike [[date:2024-05-18 21:40]]\n"
     "Khmer ID [[other_id:010348211]]; brother [[name:Dara]] [[phone:+855 12 884 301]]"),
    ("kazakh-icu",
     "ICU, day 3. Науқас [[name:Абенова Айгерим Нурлановна]], [[age:92 жаста]], ИИН "
     "[[other_id:320411450312]].\nOn noradrenaline 0.1 mcg/kg/min. Lactate 2.1.\n"
     "Daughter [[name:Aliya]] tel. [[phone:+7 701 338 21 07]]; [[place:Karaganda Regional Hospital]]"
     " notified. Dr [[name:Zhaksylykov]]"),
    ("mongolia-vaccine",
     "Вакцинжуулалтын бүртгэл\n[[name:Батбаяр Оюунчимэг]], регистр [[other_id:УБ31052214]]\n"
     "Төрсөн: [[date:2023 оны 5 сарын 14]]\nBCG, HepB-0 given; [[place:Darkhan]] soum health "
     "centre; mother [[name:Enkhjargal]] [[phone:+976 9911 2045]]"),
    ("iraq-coroner",
     "Coroner's form - [[place:Basra Teaching Hospital]]\nDeceased: [[name:Haider Al-Jubouri]]; "
     "المريض عمره [[age:93 سنة]]\nDeath [[date:11/03/2024 04:15]]; national card "
     "[[other_id:199104837221]]; coroner's case [[other_id:BSR-2024-0318]]\n"
     "Certificate no. [[licence:DC/2024/08812]]. Cause: 1a intracerebral haemorrhage."),
    ("yemen-sms",
     "SMS log (MSF clinic, [[place:Taiz]])\n[[date:02/02/2024 10:12]] to [[phone:+967 771 208 334]]: "
     "[[name:Amat]], your son's next measles dose is on Sunday.\n10:40 from same number: ok thanks - "
     "[[name:Amat Al-Hakimi]]"),
    ("israel-geriatric",
     "מחלקה גריאטרית, [[place:סורוקה]]\nשם: [[name:נועה מזרחי]], בת [[age:96]], ת.ז. "
     "[[other_id:031245877]]\nכתובת: [[address:רחוב הרצל 12]], [[place:באר שבע]]\n"
     "Kupat holim member [[health_plan:884512907]]. Admitted [[date:12 במרץ 2024]] with "
     "delirium; CAM positive."),
    ("greece-ed",
     "ΤΕΠ - [[place:Πανεπιστημιακό Νοσοκομείο Πατρών]]\nΑσθενής: [[name:Ελένη Παπαδοπούλου]], "
     "[[age:94 ετών]]\nAMKA [[other_id:10013012345]]; EOPYY card on file.\n"
     "Οδός: [[address:Κορίνθου 118]], [[place:Πάτρα]] [[zip:262 23]]\n"
     "τηλ. [[phone:+30 6944 218 760]]; hip fracture, Garden IV."),
    ("romania-email",
     "From: [[email:ioana.popescu@example.ro]]\nTo: secretariat chirurgie\n"
     "Subject: Re: programare mama\n\nBună ziua, mama mea, [[name:Elena Popescu]] (CNP "
     "[[other_id:2300214226781]]), are [[age:94 de ani]]... vă rog sunați la [[phone:0742 118 335]].\n"
     "Mulțumesc,\n[[name:Ioana Popescu]]\n\n> On [[date:4 martie 2024]] Dr. [[name:M. Ionescu]] wrote:\n"
     "> Foaie de observație nr. [[mrn:1187/2024]]; externare cu Eliquis 2.5 mg x2/zi."),
    ("hungary-dialysis",
     "Dialízis napló - B. Braun Dialog+ gyári szám [[device:4471-88213]]\n"
     "Beteg: [[name:Nagy Zsófia]], [[age:91 éves]], TAJ [[health_plan:045 221 876]]\n"
     "Cím: [[address:Kossuth u. 14. II/3]], [[place:Debrecen]], [[zip:4025]]\n"
     "Run [[date:2024.02.19]]: UF 2.1 L, Kt/V 1.28."),
    ("ukraine-mental-health",
     "Mental health assessment (interpreter present)\n[[name:Бондаренко Оксана Петрівна]], "
     "[[age:90 років]], РНОКПП [[other_id:1209812345]]\nEvacuated from [[place:Kharkiv]] to "
     "[[place:Lviv]] [[date:17 березня 2022]]. GDS-15: 11. Son [[name:Taras]], тел. "
     "[[phone:+380 67 441 20 93]]."),
    ("zimbabwe-safeguarding",
     "SAFEGUARDING REFERRAL - [[place:Mpilo Central Hospital]]\nChild: [[name:Rudo Moyo]], 6 y\n"
     "Address: [[address:Stand 4471 Nehanda Street]], [[place:Mzilikazi]], [[place:Bulawayo]]\n"
     "Mother national ID [[other_id:63-284519 K 42]]; CIMAS [[health_plan:CIMAS-8812045]]\n"
     "Police ref [[other_id:RRB 4418/24]]. Social worker: [[name:T. Ncube]] "
     "[[email:tncube@example.co.zw]]"),
    ("zambia-occupational",
     "Occupational health letter\nRe: [[name:Mwila Bwalya Mulenga]], employee no. "
     "[[other_id:KCM-004812]], NRC [[other_id:341907/61/1]]\nAudiometry shows noise-induced "
     "hearing loss. NHIMA [[health_plan:NHIMA/201847733]].\n[[name:Chanda Banda]], OH physician, "
     "HPCZ reg. [[licence:DR 08721]], [[place:Ndola]]"),
    ("mozambique-maternity",
     "Ficha de consulta pré-natal - [[place:Hospital Central da Beira]]\nNome: [[name:Albertina "
     "Macuácua]], 27 anos; BI [[other_id:070100882145B]]\nDUM: [[date:2 de outubro de 2023]]; DPP: "
     "[[date:9 de julho de 2024]]\nBairro [[place:Munhava]]; celular [[phone:+258 84 337 2190]]"),
    ("angola-claim",
     "Insurance claim - ENSA saúde\nSegurado: [[name:Adilson Domingos Cassoma]], BI "
     "[[other_id:004418302LA041]]\nApólice [[health_plan:ENS-77120934]]; IBAN "
     "[[account:AO06 0040 0000 1234 5678 1016 5]]\nAcidente [[date:14/01/2024]], [[place:Huambo]]; "
     "viatura [[vehicle:HO-21-44-BA]]."),
    ("drc-pathology",
     "Demande d'examen anatomopathologique - [[place:Cliniques universitaires de Lubumbashi]]\n"
     "Patient: [[name:KABONGO Mbuyi Jean-Pierre]], [[age:92 ans]]\nPrélèvement le "
     "[[date:12 février 2024]]; biopsie gastrique, Forrest III.\nMédecin demandeur: Dr "
     "[[name:Ilunga]], CNOM [[licence:KAT/1187]]"),
    ("senegal-chemo",
     "Hôpital de jour d'oncologie - [[place:Hôpital Aristide Le Dantec]]\n[[name:Fatou Ndiaye]], "
     "CMU [[health_plan:CMU-221-0048813]], CNI [[other_id:2751199001234]]\nCure 3 AC60; "
     "portable [[phone:+221 77 512 44 08]]; [[address:Cité Keur Gorgui, villa 114]], "
     "[[place:Dakar]]"),
    ("cameroon-newborn",
     "Examen du nouveau-né - [[place:Hôpital Régional de Bafoussam]]\nNé le "
     "[[date:03/05/2024]] 06:20; mère [[name:Mbarga Solange]], dossier [[mrn:HRB-24-1187]]\n"
     "Apgar 8/10; poids 3100 g."),
    ("haiti-kreyol",
     "Nòt swen kominotè - [[place:Lopital Jistinyen]], [[place:Okap]]\n"
     "Non: [[name:Wislande Pierre-Louis]], li gen [[age:95 an]]\nDat nesans: "
     "[[date:12 mas 1929]]. NIF [[other_id:003-118-442-7]]\nPitit fi li, [[name:Marie-Carmel]], "
     "[[phone:+509 3412-8870]]."),
    ("miami-medicare",
     "Miami clinic - Medicare annual wellness visit\n[[name:Yunior Rodríguez Pérez]], "
     "[[age:93 y/o]] M, SSN [[ssn:589-41-2276]]\n[[address:1450 W 49th St, Apt 212]], "
     "[[place:Hialeah]], FL [[zip:33012]]\nMBI [[health_plan:4TE7-QA2-MK61]]; son "
     "[[name:Yoandry]] [[phone:(305) 824-1190]]"),
    ("cuba-radiology",
     "Informe radiológico - [[place:Hospital Provincial Manuel Ascunce Domenech]], "
     "[[place:Camagüey]]\nPaciente: [[name:Yanelis Hernández]], carné [[other_id:85031412976]]\n"
     "Historia clínica [[mrn:HC-448127]]. Fecha: [[date:8 de abril de 2024]].\nTAC: nódulo 14 mm, "
     "Lung-RADS 4A."),
    ("png-tokpisin",
     "[[place:Goroka General Hospital]] - outpatient\n[[name:Kila Kaupa]], lapun meri i gat "
     "[[age:90 krismas]], from [[place:Asaro]] village. Came by PMV [[vehicle:PBA 418]].\n"
     "Contact [[phone:+675 7231 8840]]; Pastor [[name:Waine]] brought her."),
    ("fiji-community",
     "Community nursing visit, [[place:Labasa]]\nAdi [[name:Sereana Naivalu]], yabaki "
     "[[age:97]]; FNPF [[other_id:F1187452]]\nHome: [[address:Lot 14 Vunimoli Road]]; "
     "grandson [[name:Apisai]] [[phone:+679 927 4410]]. BP 150/88."),
    ("whatsapp-icu",
     "WhatsApp (ICU registrars)\n[22:14] [[name:Noa]]: bed 7 sats dropping, Mr [[name:Georgiou]] "
     "again\n[22:15] [[name:Itai]]: on my way. check ABG\n[22:31] [[name:Noa]]: pCO2 9.1, pH 7.21 -> NIV started"),
    ("complaint",
     "Complaint - reference [[other_id:PALS-24-00912]]\nI am writing about my father [[name:Dimitrios "
     "Georgiou]], [[age:98]], discharged on [[date:Friday 16 February 2024]] without his "
     "medication. Please reply to [[email:eleni.georgiou@example.gr]] or call "
     "[[phone:+30 6977 112 408]]."),
    ("case-report",
     "Case presentation: a [[age:91-year-old]] retired miner from [[place:Kitwe]] presented on "
     "[[date:5 June 2023]] with haemoptysis. His own blog ([[url:https://example.org/kitwe-miner-"
     "story]]) described 40 years underground.", "patient_information"),
    ("ip-audit",
     "Telemedicine audit: session from [[ip:10.44.18.201]] ([[place:Kandy]]) and [[ip:2001:db8:4a1::17]]; "
     "patient portal [[url:https://portal.example.lk/p?id=448812]]."),
    ("romania-ed",
     "UPU - [[place:Spitalul Clinic Județean de Urgență Sf. Spiridon]], [[place:Iași]]\n"
     "Pacient: [[name:IONESCU Mihai-Cătălin]], 61 ani, CNP [[other_id:1630522226710]]\n"
     "Card CNAS [[health_plan:80642000123456789012]]\nAdus de SAJ după accident; autoturism "
     "[[vehicle:IS 07 KMR]], centura purtată.\nFOCG: hemoperitoneu minim. Medic: dr. [[name:A. Rusu]]"),
    ("greece-anaesthesia",
     "ΑΝΑΙΣΘΗΣΙΟΛΟΓΙΚΟ ΔΙΑΓΡΑΜΜΑ\n[[name:Γεωργίου Δημήτριος]], [[age:91 ετών]], Αρ. Μητρώου "
     "[[mrn:558120]]\nΗμερομηνία: [[date:Τρίτη 5 Μαρτίου 2024]]\nASA III, Mallampati II; spinal "
     "bupivacaine 2.5 mL.\nAnaesthetist: [[name:K. Antoniou]]; ODP [[name:Stavros Lekkas]]"),
    ("zambia-dialysis",
     "HAEMODIALYSIS RUN SHEET - [[place:Ndola Teaching Hospital]]\nPatient: [[name:BANDA, "
     "Chanda]]  Unit no. [[mrn:HD-0481]]  NHIMA [[health_plan:NHIMA/118204377]]\nMachine: "
     "Nipro Surdial X, serial [[device:SX18-440712]]\nRun [[date:Mon 04/03/2024]]: Qb 280, "
     "UF 2.0 L. Nurse: [[name:M. Chileshe]] / [[name:B. Tembo]]"),
    ("israel-chemo",
     "Oncology day unit, [[place:רמב\"ם]], [[place:Haifa]]\n[[name:Itai Cohen]], ת.ז. "
     "[[other_id:204518873]], Clalit member [[health_plan:22019845]]\nFOLFIRINOX cycle 6; port "
     "serial [[device:PAS-7731208]]. Wife [[name:Yael]] טל' [[phone:+972-52-441-2083]]"),
    ("srilanka-pathology",
     "Histopathology request - [[place:Teaching Hospital Karapitiya]], [[place:Galle]]\n"
     "Lab no. [[mrn:HP/24/01187]]  BHT [[mrn:24/11209]]\nPatient: [[name:Nimal Perera]], M 58, "
     "NIC [[other_id:651204578V]]\nSpecimen: colonic biopsy; clinical: ?adenocarcinoma.\n"
     "Requested by Dr [[name:C. Jayasuriya]], SLMC [[licence:21907]], [[date:19/02/2024]]"),
    ("ukraine-prescription",
     "Рецепт / Discharge prescription\nПацієнт: [[name:Шевченко Тарас Іванович]], дата "
     "народження [[date:04.11.1933]]\nмедична карта № [[mrn:7712/24]]\nApixaban 2.5 mg BD, 56 tabs; "
     "bisoprolol 2.5 mg OD.\nЛікар [[name:О. Коваленко]], тел. [[phone:+380 50 118 22 71]]"),
    ("hungary-gp-referral",
     "Beutaló - háziorvosi rendelő\nBeteg: [[name:Kovács Bence]], TAJ [[health_plan:118 440 275]]\n"
     "Cím: [[address:Petőfi Sándor u. 22, fsz. 1]]\n[[place:Hajdúszoboszló]]\n[[zip:4200]]\n"
     "Célintézmény: [[place:Debreceni Egyetem Klinikai Központ]], fax [[fax:+36 52 518 204]]\n"
     "Kérdés: anaemia (Hb 8.9 g/dL), kolonoszkópia? Dr. [[name:Szabó Éva]]"),
    ("miami-safeguarding",
     "Child protective services referral - [[place:Jackson Memorial Hospital]]\nChild: "
     "[[name:Jeanne Pierre-Louis]], 4 y; mother [[name:Wislande Pierre-Louis]], SSN "
     "[[ssn:612-40-8835]]\n[[address:2231 NW 62nd St]], [[place:Miami]], FL [[zip:33147]]\n"
     "Seen [[date:02/27/2024]]; car seat not used, vehicle FL tag [[vehicle:QJT P42]].\n"
     "SW: [[name:Marisol Vega]], [[email:mvega@example.org]]"),
    ("nepal-maternity",
     "ANC booking - [[place:Koshi Hospital]], [[place:Biratnagar]]\n[[name:Pasang Lhamu Tamang]], "
     "24 yrs, G2P1\nLMP [[date:2080 Poush 12]] BS; EDD [[date:2081 Asoj 19]] BS\n"
     "Husband [[name:Ang Dorje]] [[phone:+977 980-4412378]]\nAddress: [[address:Ward 9, Rani "
     "Tole]], [[place:Biratnagar]]"),
    ("cambodia-vaccination",
     "Vaccination card - [[place:Battambang]] health centre\nChild: [[name:Sok Dara]], born "
     "[[date:11/09/2023]]\nMother: [[name:Chan Sreymom]], Khmer ID [[other_id:110482117]]\n"
     "Penta 3, PCV 3, IPV given; next MR at 9 months."),
    ("zimbabwe-medicolegal",
     "MEDICO-LEGAL REPORT (Form ZRP 4)\nExaminee: [[name:Farai Chikomo]], ID [[other_id:08-"
     "772154 F 15]]\nAccident [[date:22 January 2024]] on the main highway: kombi "
     "[[vehicle:AFG 7721]] (VIN [[vehicle:4JGDA5HB7CA118204]]) overturned.\nInjuries: Gustilo "
     "IIIA tibial fracture. Police CR no. [[other_id:114/01/24]].\nExamining doctor: [[name:T. "
     "Moyo]], MDPCZ [[licence:A 04412]]"),
    ("kazakh-claim",
     "Страховое требование / insurance claim\nЗастрахованный: [[name:Жаксылыков Нурлан "
     "Серикович]], ИИН [[other_id:580312300417]]\nОСМС статус: застрахован; IBAN "
     "[[account:KZ86 125K ZT50 0410 0100]]\nГоспитализация [[date:12.02.2024]] - "
     "[[date:19.02.2024]], [[place:Shymkent City Hospital No. 1]]."),
    ("senegal-email-thread",
     "De : Dr [[name:Cheikh Diop]] <[[email:cheikh.diop@example.sn]]>\nÀ : Dr [[name:Ngono "
     "Essomba]]\nObjet : TR: Mme [[name:Ndiaye]], dossier [[mrn:DK-24-00871]]\n\nChère collègue, "
     "je vous adresse Mme [[name:Ndiaye]], née le [[date:3 avril 1931]] ([[age:92 ans]]).\n"
     "--\nDr [[name:C. Diop]] | Cardiologie | [[place:Hôpital Principal de Dakar]]\n"
     "Tél [[phone:+221 33 869 41 27]] | Fax [[fax:+221 33 869 41 28]]"),
    ("fiji-coroner",
     "Coroner's report form - [[place:Labasa Hospital]]\nDeceased: [[name:Apisai Ratumaiyale]], "
     "yabaki [[age:99]]\nFound at [[address:Lot 7 Nasea Road]], [[place:Labasa]] on "
     "[[date:8 February 2024]]; identified by grandson [[name:Sitiveni]].\nPolice file "
     "[[other_id:LBS 0412/24]]; death certificate [[licence:DC 24/0881]]."),
    ("mongolia-whatsapp",
     "WhatsApp: family group\n[09:12] [[name:Enkhjargal]]: Аав өнөөдөр [[place:Erdenet]] "
     "эмнэлэгт хэвтлээ\n[09:14] [[name:Bat-Erdene]]: ямар өвчтэй вэ?\n[09:20] "
     "[[name:Enkhjargal]]: уушгины хатгаа, SpO2 88%. [[phone:+976 9908 4417]] рүү залга"),
    ("iraq-newborn",
     "Newborn check - [[place:Erbil Maternity Teaching Hospital]]\nBaby of [[name:Zainab "
     "Hassan]], born [[date:2024-03-14 05:50]]\nBirth notification no. [[licence:BN-24-11872]]; "
     "father [[name:Muntadher]] [[phone:+964 750 441 2280]]\nApgar 9/10, 3.4 kg; hips stable."),
    ("cuba-complaint",
     "Queja del paciente\nYo, [[name:Yanelis Castro Díaz]], carné [[other_id:71022314587]], "
     "vecina de [[address:calle 8 nro. 412 entre 17 y 19]], [[place:Vedado]], me quejo de la "
     "atención a mi abuela de [[age:96 años]] el [[date:14 de marzo de 2024]].\n"
     "Teléfono [[phone:+53 5 288 4417]]."),
    ("yemen-radiology",
     "CT head report - [[place:Al-Thawra Hospital]], [[place:Taiz]]\nAccession [[mrn:RAD20240318]]"
     "\nClinical history: [[age:90 y/o]] man, fall at home, on warfarin.\nImages: "
     "[[url:http://pacs.example.ye/viewer?pid=448120]] (workstation [[ip:172.20.14.9]]).\n"
     "Findings: 8 mm acute subdural haematoma. Reported by Dr [[name:Abdulrahman Saleh]]."),
    ("angola-mental-health",
     "Avaliação de saúde mental - [[place:Hospital Psiquiátrico de Luanda]]\nUtente: "
     "[[name:Domingas Ferreira]], BI [[other_id:003118472LA042]]\nResidente no "
     "[[place:Cazenga]]; acompanhada pela irmã [[name:Isabel]], tel. [[phone:+244 923 118 447]]\n"
     "PHQ-9 19; sem ideação suicida activa."),
    ("case-report-2",
     "Case presentation: a woman in her seventies from [[place:Lubango]] was admitted to "
     "[[place:Hospital Central do Lubango]] on [[date:18 de agosto de 2023]]; her daughter "
     "[[name:Luzia]] recorded the seizures on a phone (IMEI [[device:356118204471265]]).",
     "patient_information"),
    ("clean-icu",
     "ICU day 6: FiO2 0.4, PEEP 8, P/F 210; noradrenaline weaned; CRP 88 mg/L; SOFA 6; "
     "APACHE II 21; RASS -1; bed 11."),
    ("clean-gp",
     "Referral: HbA1c 9.1%, eGFR 38, UACR 44 mg/mmol; QRISK3 24%; seen in the Diabetes and "
     "Endocrinology department; ATC A10BK01."),
    ("clean-dialysis",
     "Dialysis: Fresenius 5008S, F8 HPS filter, Qb 320 mL/min, UF 2.8 L; KDIGO stage 5D; "
     "Kt/V 1.4; ICD-10 N18.6."),
    ("clean-oncology",
     "Chemo day unit: R-CHOP cycle 4 of 6, Lugano stage IIIA, Ann Arbor B symptoms; "
     "ECOG 1; neutrophils 2.1 x10^9/L."),
    ("clean-regions",
     "Cases in 2023 came from Gandaki Province, Western Province, Copperbelt Province and "
     "Karaganda Region; Mongolia and Kazakhstan reported none. Age 88, 87 and 76."),
    ("clean-anaesthesia",
     "Anaesthesia: ASA II, Mallampati II, Cormack-Lehane 1; spinal with 2.8 mL 0.5% heavy "
     "bupivacaine at L3/L4; Bromage 3."),
    ("clean-neonate",
     "Newborn: Apgar 9/10, Ballard 39 weeks, weight 3.2 kg, Kramer zone 2, G6PD normal; "
     "BCG and OPV 0 given."),
    ("reference-discussion",
     "The Kampala criteria were validated (https://doi.org/10.1164/rccm.202211-2121OC) and "
     "reviewed at https://pubmed.ncbi.nlm.nih.gov/36356118/.", "discussion"),
]

F15_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH15: tuple[Note, ...] = build(F15_PART, per_category=24, clean=110, references=8) + F15_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH15 for e in n.expected)
    print(len(FRESH15), "notes,", sum(1 for n in FRESH15 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

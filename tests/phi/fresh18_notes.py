"""FRESH18: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a fourteenth author, who read only tests/phi/generated.py (the framework, its
parts and its module docstring), tests/phi/corpus.py (the Note type, the span conventions,
parse, evaluate), the domain rules (45 CFR 164.514(b)(2) Safe Harbor, as restated in the
project's domain notes), the module docstring of tests/phi/fresh16_notes.py (its conventions)
and the layout of fresh16_notes.py (how its Part, build and letters are wired, not its
vocabulary, templates or letters); not the scanner, its patterns, name lists, model or data,
its benchmark (bench/), its tests, the body of any other fresh part (fresh17 included), nor
their git history; the scanner was not run while writing it, nor on its notes. Its
vocabulary, value shapes, keywords, connectors, frames, note styles and hand-written letters
are this author's own, from settings that generated.py's docstring and fresh16's do not name
(Ireland and Hong Kong, which they do, were left out): Iceland (kennitala, Icelandic dates and
"ára"), the Faroe Islands (p-tal, Faroese), Greenland (CPR number, Danish dates, "-årig"),
Estonia (isikukood, Haigekassa, "-aastane", Estonian dates), Finland (henkilötunnus/HETU, Kela,
"-vuotias", Finnish dates with weekday), Wales (NHS number, Welsh "oed", Welsh dates and
weekdays), Scotland's Western Isles (CHI number, Gaelic "aois"), Ecuador (cédula, Seguro
Campesino, Kichwa words), Bolivia (CI with department suffix, SUS), Honduras (DNI), Guatemala
(DPI, IGSS, K'iche' interpreters), Jamaica (TRN, NHF card, Patois), Taiwan (ROC ID, NHI card,
"歲", Minguo dates), mainland China (resident ID, 医保, "岁", 年月日 dates), Samoa ("tausaga",
Samoan months) and Tonga (ta'u, Tongan months), and migrants from these in US, UK and Canadian
services (Medicaid, Medi-Cal, OHIP, US SSNs). Document types: GP consultation notes,
out-of-hours call logs, district and community nurse visits, home care, hospice notes, school
nurse records, occupational health, physiotherapy, dietetics, speech and language therapy,
vessel medical logs and radio medical advice, search-and-rescue casualty reports, discharge
checklists, a safeguarding referral, clinical photography consent, a research screening log,
on-call rota sheets, a driving fitness certificate, an invoice, a telemedicine consult, an
accident report, and a case history in a patient_information section.

Conventions (tests/phi/corpus.py's and fresh16's docstring's): a name without its title or
relation word (Dr, Mr, Mrs, "Mam", "mama", "Dóttir hennar" stay out); a full name in any order is one span ("Tamm, Rein", "Sisa Quispe Guamán", "林美玲");
staff names, also with initials ("K. Ólafsson", "W. Chicaiza"), are names; an identifier
without its keyword; an age over 89 with its attached unit in any language ("93 ára",
"91-årig", "95-aastane", "96-vuotias", "92 oed", "91 años", "93歲", "96岁", "92 tausaga",
"97-year-old") or the number alone where no unit follows it ("aois: 94", "ta'u 90", "edad 95",
"stated age 101"); ages under 90 are not marked; a date without its preposition, with a weekday
right before it ("ti 4.2.2025", "Dydd Iau 6 Mawrth 2025") and a time right after it
("17.01.2024 04:50", "2024-05-14T09:30"); a Minguo (ROC) date is marked without its era word
("民國" stays out); a year alone is not a date. The street line is one span ("Brekkugata 14",
"Av. 10 de Agosto N24-117", "中正路二段118號3樓"); each locality (town, village, settlement,
district of a city) and the postcode are separate spans; a named hospital, clinic or health
centre is a place (the whole name); states, provinces, departments, regions, counties of the
first level and countries are never marked. Categories: `ssn` is a US Social Security number
only (migrants in US services); other national numbers (kennitala, p-tal, CPR, isikukood,
henkilötunnus, cédula, CI, DNI, DPI, TRN, ROC ID, resident ID, Tongan NID, a pupil's UPN or
school number, a screening ID, a safeguarding or police or SAR incident number, an ambulance
run card number, staff numbers) are `other_id`; insurance and health numbers (NHS, CHI, Kela,
Haigekassa, IESS/Seguro Campesino, IGSS, NHF, NHI card, 医保, OHIP, PHN, Medicaid, Medi-Cal,
a private insurer's policy) are `health_plan`; hospital and clinic numbers are `mrn`;
passports, driving licences, master's certificates and professional registrations (NMC PIN,
GMC, HCPC, Valvira, TAM) are `licence`; IBANs, bank accounts, card numbers and invoices are
`account`; plates (quad bikes and taxis too) and VINs are `vehicle`; CPAP, infusion and
syringe driver pumps, CGM sensors, AEDs, oxygen concentrators, wound VAC pumps and UDIs are
`device`.

Built as build(F18_PART, per_category=26, clean=120, references=8) + F18_LETTERS (52
hand-written notes: 41 with identifiers, one of them a case history in the patient's history
section, 10 clean, 1 reference paragraph in a discussion): 690 notes, 139 of them (20%) without
any identifier (120 generated clean notes, 8 reference notes in an introduction or discussion,
10 clean letters, 1 reference letter), 780 spans - name 111, address 35, place 75, zip 39,
date 46, age 39, phone 44, fax 28, email 29, ssn 28, mrn 29, health_plan 37, account 29,
licence 31, vehicle 29, device 31, url 44, ip 29, other_id 47 (`python -m
tests.phi.fresh18_notes` prints them). Checked without the scanner (a throwaway script): every
span's text is the note's text at its offsets and has no surrounding blanks, no marks or slots
are left in the text, no spans overlap, note ids are unique, every category is in
generated.CATEGORY_ORDER, every marked age is over 89, and builds under PYTHONHASHSEED=1 and 2
are identical. Deterministic: its own seed (19_018), values drawn from the builder's
fixed-seed Random, no hash-order dependence. Not wired into any test or bench: measure it once.

    from tests.phi.fresh18_notes import FRESH18, F18_PART, F18_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
"""
from __future__ import annotations

import random
from collections import Counter

from tests.phi.corpus import Note, parse
from tests.phi.generated import CATEGORY_ORDER, Part, Vocabulary, build


def _num(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _caps(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTVXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_IS_MONTHS = ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september",
              "október", "nóvember", "desember"]
_FI_MONTHS = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
              "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"]
_ET_MONTHS = ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august",
              "september", "oktoober", "november", "detsember"]
_CY_MONTHS = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
              "Medi", "Hydref", "Tachwedd", "Rhagfyr"]
_CY_DAYS = ["Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn",
            "Dydd Sul"]
_ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre"]
_DA_MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
              "oktober", "november", "december"]
_TO_MONTHS = ["Sānuali", "Fēpueli", "Maʻasi", "ʻEpeleli", "Mē", "Sune", "Siulai", "ʻAokosi",
              "Sepitema", "ʻOkatopa", "Nōvema", "Tīsema"]
_SM_MONTHS = ["Ianuari", "Fepuari", "Mati", "Aperila", "Me", "Iuni", "Iulai", "Aokuso", "Setema",
              "Oketopa", "Novema", "Tesema"]
_FI_DAYS = ["ma", "ti", "ke", "to", "pe", "la", "su"]
_EN_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _f18_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1921, 2025)
    hh, mi = r.randint(0, 23), r.choice((0, 10, 20, 35, 40, 55))
    return r.choice([
        f"{d}. {_IS_MONTHS[m - 1]} {y}",
        f"{d}.{m}.{y}",
        f"{_FI_DAYS[r.randint(0, 6)]} {d}.{m}.{y}",
        f"{d}. {_FI_MONTHS[m - 1]} {y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d}. {_ET_MONTHS[m - 1]} {y}",
        f"{d} {_CY_MONTHS[m - 1]} {y}",
        f"{_CY_DAYS[r.randint(0, 6)]} {d} {_CY_MONTHS[m - 1]} {y}",
        f"{d} de {_ES_MONTHS[m - 1]} de {y}",
        f"{d}/{_ES_MONTHS[m - 1][:3]}/{y}",
        f"{y}年{m}月{d}日",
        f"{y}/{m:02d}/{d:02d}",
        f"{d}. {_DA_MONTHS[m - 1]} {y}",
        f"{d} {_TO_MONTHS[m - 1]} {y}",
        f"{d} {_SM_MONTHS[m - 1]} {y}",
        f"{d:02d}/{m:02d}/{y} {hh:02d}:{mi:02d}",
        f"{m}/{d}/{y}",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}",
        f"{d}-{_EN_SHORT[m - 1].upper()}-{y % 100:02d}",
        f"{_EN_SHORT[m - 1]} {d} {y}",
    ])


def _f18_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 106)
    return r.choice([
        ("kona, {age}, býr ein á Eyrinni", f"{n} ára"),
        ("{age} mies, kotihoidon asiakas", f"{n}-vuotias"),
        ("{age} patsient hooldekodust", f"{n}-aastane"),
        ("dyn {age} o fferm fynydd", f"{n} oed"),
        ("aois: {age}", f"{n}"),
        ("paciente de {age}, viuda", f"{n} años"),
        ("患者{age}，女性，独居", f"{n}岁"),
        ("{age}榮民伯伯", f"{n}歲"),
        ("o le tinā e {age} le matua", f"{n} tausaga"),
        ("fefine ta'u {age}, nofo mo hono foha", f"{n}"),
        ("{age} kvinde fra bygden", f"{n}-årig"),
        ("a {age} granny, still walks to church", f"{n}-year-old"),
        ("stated age {age} (no birth record)", f"{n}"),
        ("{age}, lives in sheltered housing", f"{n} yrs"),
        ("edad {age}", f"{n}"),
    ])


def _f18_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"+354 {r.choice('678')}{_num(r, 2)} {_num(r, 4)}",
        f"{r.choice('58')}{_num(r, 2)} {_num(r, 4)}",
        f"+298 {_num(r, 6)}",
        f"+299 {_num(r, 2)} {_num(r, 2)} {_num(r, 2)}",
        f"+372 5{_num(r, 3)} {_num(r, 4)}",
        f"04{r.choice('0456')} {_num(r, 3)} {_num(r, 4)}",
        f"+358 50 {_num(r, 3)} {_num(r, 4)}",
        f"029 20{_num(r, 2)} {_num(r, 4)}",
        f"01970 {_num(r, 6)}",
        f"01851 {_num(r, 6)}",
        f"09{_num(r, 1)} {_num(r, 3)} {_num(r, 4)}",
        f"+591 7{_num(r, 7)}",
        f"+504 9{_num(r, 3)}-{_num(r, 4)}",
        f"+502 5{_num(r, 3)} {_num(r, 4)}",
        f"(876) 8{_num(r, 2)}-{_num(r, 4)}",
        f"09{_num(r, 2)}-{_num(r, 3)}-{_num(r, 3)}",
        f"(02) 2{_num(r, 3)}-{_num(r, 4)}",
        f"13{_num(r, 1)} {_num(r, 4)} {_num(r, 4)}",
        f"+685 7{_num(r, 6)}",
        f"+676 87{_num(r, 5)}",
        f"(801) {r.randint(200, 989)}-{_num(r, 4)}",
        f"416-{r.randint(200, 989)}-{_num(r, 4)}",
    ])


def _f18_zip(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"{r.choice('1234678')}{_num(r, 2)}",
        f"FO-{r.randint(1, 9)}{_num(r, 2)}",
        f"39{_num(r, 2)}",
        f"{r.randint(1, 9)}{_num(r, 4)}",
        f"{r.choice(['90', '70', '33', '15', '96'])}{_num(r, 3)}",
        f"{r.choice(['CF', 'SA', 'SY', 'LL', 'LD'])}{r.randint(1, 48)} {r.randint(1, 9)}"
        f"{_caps(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"HS{r.randint(1, 9)} {r.randint(1, 9)}{_caps(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"17{_num(r, 4)}",
        f"{r.choice(['61', '51', '10', '20'])}{_num(r, 4)}",
        f"{r.choice(['M', 'L', 'V'])}{r.randint(1, 9)}{_caps(r, 1)} {r.randint(1, 9)}{_caps(r, 1)}"
        f"{r.randint(1, 9)}",
        f"84{_num(r, 3)}",
    ])


F18_VALUES = {
    "mrn": lambda r, h: r.choice([
        _num(r, 8), f"LSH-{_num(r, 6)}", f"{_num(r, 2)}/{_num(r, 5)}", f"K{_num(r, 7)}",
        f"HC-{_num(r, 6)}", f"ZY{_num(r, 8)}", f"{_num(r, 3)}-{_num(r, 3)}-{_num(r, 2)}",
        f"WIH{_num(r, 5)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{_num(r, 3)} {_num(r, 3)} {_num(r, 4)}", _num(r, 10),
        f"{_num(r, 4)} {_num(r, 4)} {_num(r, 4)}", f"{_num(r, 4)}-{_num(r, 3)}-{_num(r, 3)}-"
        f"{_caps(r, 2)}", f"{_num(r, 4)} {_num(r, 3)} {_num(r, 3)}", f"NHF{_num(r, 7)}",
        f"{_num(r, 1)} {_num(r, 2)} {_num(r, 5)} {_num(r, 1)}", f"{_caps(r, 2)}{_num(r, 9)}"]),
    "account": lambda r, h: r.choice([
        f"IS{_num(r, 2)} {_num(r, 4)} {_num(r, 4)} {_num(r, 4)} {_num(r, 4)} {_num(r, 4)} {_num(r, 2)}",
        f"FI{_num(r, 2)} {_num(r, 4)} {_num(r, 4)} {_num(r, 4)} {_num(r, 2)}",
        f"EE{_num(r, 2)}{_num(r, 16)}", f"{_num(r, 4)}-{_num(r, 2)}-{_num(r, 6)}",
        f"INV-{r.randint(2019, 2025)}-{_num(r, 5)}", f"{_num(r, 2)}-{_num(r, 2)}-{_num(r, 2)} "
        f"{_num(r, 8)}", f"{_num(r, 3)}-{_num(r, 6)}-{_num(r, 1)}", f"6222 {_num(r, 4)} {_num(r, 4)} {_num(r, 4)}"]),
    "licence": lambda r, h: r.choice([
        f"{_num(r, 2)}{_caps(r, 1)}{_num(r, 4)}{_caps(r, 1)}", f"{_num(r, 7)}", f"PH{_num(r, 6)}",
        f"D{_num(r, 5)}", f"{_caps(r, 1)}{_num(r, 8)}", f"{_num(r, 3)}-{_num(r, 3)}-{_num(r, 3)}",
        f"{_num(r, 15)}", f"SB-{_num(r, 5)}", f"{_caps(r, 2)}{_num(r, 7)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{_caps(r, 2)} {_num(r, 3)}", f"{_caps(r, 3)}{_num(r, 2)}", f"{_caps(r, 3)}-{_num(r, 3)}",
        f"{_num(r, 3)} {_caps(r, 3)}", f"{_caps(r, 3)}-{_num(r, 4)}", f"P-{_num(r, 3)}{_caps(r, 3)}",
        f"{_num(r, 4)} {_caps(r, 3)}", f"{_caps(r, 2)}{_num(r, 2)} {_caps(r, 3)}",
        f"{_caps(r, 2)} {_num(r, 4)}", f"京{_caps(r, 1)}·{_num(r, 5)}",
        f"{_num(r, 1)}{_caps(r, 4)}{_num(r, 2)}{_caps(r, 1)}{_num(r, 1)}{_caps(r, 1)}{_num(r, 6)}"]),
    "device": lambda r, h: r.choice([
        f"{_num(r, 2)}{_caps(r, 1)}{_num(r, 7)}", f"SN {_num(r, 4)}-{_num(r, 4)}",
        f"{_caps(r, 3)}{_num(r, 6)}{_caps(r, 1)}", f"(01){_num(r, 14)}(21){_caps(r, 2)}{_num(r, 5)}",
        f"{_num(r, 3)}-{_num(r, 5)}", f"{_caps(r, 2)}{_num(r, 4)}-{_num(r, 3)}", _num(r, 12)]),
    "other_id": lambda r, h: r.choice([
        f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{_num(r, 2)}-{_num(r, 4)}",
        f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{_num(r, 2)} {_num(r, 3)}",
        f"{r.choice('3456')}{_num(r, 10)}",
        f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{_num(r, 2)}{r.choice('-A')}{_num(r, 3)}{_caps(r, 1)}",
        f"{r.choice(['17', '09', '01'])}{_num(r, 8)}", f"{_num(r, 7)} {r.choice(['LP', 'CB', 'SC'])}",
        f"0{_num(r, 3)}-{r.randint(1930, 2010)}-{_num(r, 5)}", f"{_num(r, 4)} {_num(r, 5)} {_num(r, 4)}",
        f"{_num(r, 3)}-{_num(r, 3)}-{_num(r, 3)}", f"{_caps(r, 1)}{r.choice('12')}{_num(r, 8)}",
        f"{_num(r, 6)}19{_num(r, 2)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_num(r, 3)}{r.choice('0123456789X')}",
        f"SAR-{_num(r, 2)}-{_num(r, 4)}", f"SG/{_num(r, 5)}", f"E{_num(r, 6)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}"]),
    "phone": _f18_phone,
    "fax": _f18_phone,
    "email": lambda r, h: r.choice(["{g}.{s}@example.com", "{s}{n}@mail.example.net",
                                    "{g}_{s}@example.org", "{g}{n}@heilsa.example.org"]),
    "url": lambda r, h: r.choice(["https://www.example.org/{g}-{s}", "http://{s}{n}.example.net/blog",
                                  "example.com/gofund/{g}{s}", "https://sites.example.org/~{s}/",
                                  "www.example.net/{g}/{n}"]),
    "ip": lambda r, h: r.choice([
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
        f"203.0.113.{r.randint(1, 254)}", f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 65535):x}"]),
    "zip": _f18_zip,
    "date": _f18_date,
}

F18_VOCABULARY = Vocabulary(
    given=["Guðrún", "Hallgrímur", "Þórdís", "Rógvi", "Turið", "Aputsiaq", "Nivi", "Kadri",
           "Jaanus", "Pirkko", "Eero", "Angharad", "Iestyn", "Mòrag", "Dòmhnall", "Sisa",
           "Wilmer", "Yessenia", "Delroy", "Shanique", "Mei-ling", "Xiuying", "Losa", "Sione",
           "Mele", "Viliami"],
    surnames=["Guðmundsdóttir", "Hallgrímsson", "Joensen", "Kleist", "Lynge", "Tamm", "Mägi",
              "Virtanen", "Heikkinen", "Llewelyn", "ap Rhys", "MacAulay", "Morrison", "Quispe",
              "Mamani", "Tzul", "Ajpop", "Zelaya", "Campbell-Bailey", "Lin", "Wang", "Leota",
              "Fifita", "Havili"],
    cities=["Akureyri", "Ísafjörður", "Egilsstaðir", "Tórshavn", "Klaksvík", "Nuuk", "Sisimiut",
            "Tartu", "Pärnu", "Oulu", "Rovaniemi", "Aberystwyth", "Caernarfon", "Stornoway",
            "Tarbert", "Riobamba", "Cochabamba", "San Pedro Sula", "Quetzaltenango", "Mandeville",
            "Hualien", "Chengdu", "Apia", "Neiafu", "Brampton", "Provo"],
    streets=["Glyndŵr", "Pen-y-Bryn", "Mountview", "Seaforth", "Bayhead", "Cromwell", "Manor Park",
             "Kirkhill"],
    relations=["daughter", "son", "granddaughter", "wife", "husband", "niece", "foster mother",
               "partner", "grandson", "neighbour"],
    clean=[
        "Blóðþrýstingur 152/88, púls 92, SpO2 94% á lofti.",
        "RR 142/86, syke 74, lämpö 37,9; CRP 48 mg/l.",
        "Vererõhk 138/82 mmHg, pulss 88; Hb 112 g/L.",
        "Pwysedd gwaed 128/76; pwls 80; tymheredd 36.8.",
        "TA 110/70 mmHg, FC 96 lpm, SatO2 92% aire ambiente.",
        "血压 132/84 mmHg，心率 88 次/分，体温 37.2 ℃。",
        "Waterlow 18, MUST 2, Barthel 45/100; pressure areas intact.",
        "Edinburgh Postnatal Depression Scale 14; GAD-7 9.",
        "Manchester triage orange; NEWS2 6; lactate 2.9.",
        "Rockall 4, Glasgow-Blatchford 9; OGD booked.",
        "Core temperature 31.8 C after 40 min in the water; rewarmed with forced air.",
        "Beaufort force 7, swell 4 m; casualty winched at the second attempt.",
        "Syringe driver: morphine 10 mg + midazolam 5 mg over 24 h.",
        "Doppler ABPI 0.78 left, 0.92 right; compression 2 layers.",
        "BMI 31.4; weight down 3.2 kg in 6 weeks; 1500 kcal plan.",
        "IDDSI level 5 minced and moist; mildly thick fluids (level 2).",
        "Borg 4 at 6 min; 6MWT 210 m; sit-to-stand 8 in 30 s.",
        "PHQ-9 12, AUDIT-C 7; brief intervention given.",
        "Dose 2 of 3 of hepatitis B vaccine given in the left deltoid.",
        "HbA1c 71 mmol/mol; eGFR 38; UACR 42 mg/mmol.",
        "Bristol stool type 6, three times a day for 5 days.",
        "Apgar 9 and 10; birth weight 3.45 kg; head circumference 35 cm.",
        "Audit 2023/24: 14 of 19 pressure ulcers were category 2.",
        "ICD-10 T68 (hypothermia) and W65 coded.",
        "Prednisolone 30 mg for 5 days; salbutamol 4 puffs PRN.",
        "Rota: 2 registrars, 1 SHO; handover at 20:00.",
        "ASA II; Mallampati 2; fasted from 02:00.",
        "ECOG 3; PPS 40%; IPOS reviewed.",
        "Parkinson disease and Paget disease of bone noted in the history.",
        "Ottawa ankle rules negative; Thompson test normal.",
    ],
    seed=19_018,
)

F18_CONNECTORS = [": ", " ", " nr. ", " (", ":\t", " — ", " no ", "=", ": № "]
F18_FRAMES = ["{kv}", "{kv}.", "• {kv}", "{kv} (checked with patient)", "{kw}:\n  {v}",
              "[{kw}] {v}", "{kv}; copy in notes", "Record shows {kv}", "{kw} | {v}", "> {kv}"]
F18_AFTER = ["{v} — {kw}", "{v} (her {kw})", "{v}, filed as {kw}", "{v} noted as {kw}"]

F18_KEYWORDS = {
    "mrn": ["Sjúkraskrárnúmer", "Hosp. no", "Potilasnumero", "Haiguslugu nr", "Rhif ysbyty",
            "Historia clínica", "病历号", "病歷號", "Unit no.", "Case note no"],
    "health_plan": ["Rhif GIG", "CHI", "Kela-kortti", "Haigekassa", "IESS afiliación",
                    "IGSS afiliación", "NHF card", "健保卡號", "医保卡号", "OHIP", "PHN", "Medicaid ID"],
    "account": ["IBAN", "Reikningur", "Tilinumero", "Arveldusarve", "Cuenta", "Invoice",
                "Lasku nro", "账户", "Hospice fund ref"],
    "licence": ["NMC PIN", "GMC no", "HCPC reg", "Valvira", "TAM reg", "Pasaporte",
                "Passport no.", "Ökuskírteini", "Ajokortti", "Seaman's book", "执业证书编号"],
    "vehicle": ["Reg.", "Bílnúmer", "Rekisteri", "Placa", "Plate", "車牌", "车牌号", "VIN"],
    "device": ["CPAP S/N", "Pump serial", "Sensor ID", "AED serial", "UDI", "Ventilator S/N",
               "Holter no.", "Syringe driver S/N"],
    "other_id": ["Kennitala", "kt.", "P-tal", "CPR-nr.", "Isikukood", "Henkilötunnus", "HETU",
                 "Cédula", "DPI", "CI", "DNI", "TRN", "身分證字號", "身份证号", "Staff no.", "UPN",
                 "Incident no.", "Screening ID", "Referral ref"],
    "ssn": ["SSN", "Social Security #", "SS no."],
    "phone": ["Sími", "GSM", "Puh.", "Tel.", "Ffôn", "Fón", "Cel.", "Móvil", "電話", "手机",
              "Mobile", "Telefoni"],
    "fax": ["Fax", "Faksi", "Bréfsími", "Ffacs", "传真", "Fax (OOH)"],
    "email": ["Netfang", "Sähköposti", "E-post", "E-bost", "Correo", "邮箱", "Email"],
}

F18_SENTENCES = {
    "name": ["Seen at home with her {rel} {given}.", "Call taken from {full} ({rel}).",
             "Visit by district nurse {full}.", "{surname}, {given} - on the hospice list.",
             "Skipper {full} radioed the coastguard.", "Fisioterapeuta: {full}.",
             "Talaði við {given} í síma.", "Potilaan tytär {given} soitti illalla.",
             "Ema {given} tõi lapse vastuvõtule.", "家属{full}陪同就诊。", "Signed: {full}, RGN",
             "Mr {surname} declined the hoist again.", "Mamá de {given} refiere fiebre.",
             "Nain {given} sy'n gofalu amdani.", "{given} wants to die at home.",
             "Dietitian {full} reviewed the MUST score.", "On call tonight: {full}.",
             "Consent witnessed by {full}.", "Pupil {full} sent to the school nurse.",
             "Mrs {surname} and her {rel} {given} attended."],
    "address": ["Home visit at [[address:{n} {street} Road]].",
                "Address: [[address:Túngata {n}]], [[zip:101]] [[place:Reykjavík]].",
                "Kotiosoite [[address:Kalevankatu {n} B {n2}]].",
                "Elab [[address:Tamme tn {n}-{n2}]], [[place:Tartu]].",
                "Lives at [[address:Flat {n2}, {n} {street} Terrace]].",
                "Domicilio: [[address:Av. 10 de Agosto N{n2}-{n}]].",
                "Vive en [[address:4a Calle {n2}-{n} Zona 1]].",
                "住址：[[address:中山路{n}号{n2}栋]]。",
                "地址：[[address:忠孝東路三段{n}號{n2}樓]]",
                "Cyfeiriad: [[address:{n} Heol {street}]].",
                "Crofthouse at [[address:{n} Lower Bayhead]].",
                "Patient stays at [[address:Lot {n}, Hope Road]] with aunt.",
                "Heimilisfang: [[address:Hafnarstræti {n}]].",
                "Yard at [[address:{n} Old Harbour Road]] is not wheelchair accessible."],
    "place": ["Lives in {city}.", "Fisher from {city}.", "Procedente de {city}.",
              "Kotipaikka: {city}.", "Elukoht: {city}.", "Heimili: {city}.",
              "Transferred by coastguard helicopter to {city}.", "Moved from {city} last spring.",
              "Family still in {city}; he sends money home.", "Referral from the GP practice in {city}.",
              "School in {city} informed.", "Born in {city}, came over aged 20."],
    "zip": ["Póstnúmer {v}.", "Postinumero {v}", "Sihtnumber {v}.", "Cod post {v}.",
            "Postcode {v} (rural dispensing).", "Código postal {v}", "邮编 {v}", "ZIP {v}.",
            "Catchment by postcode: {v}."],
    "date": ["Fæðingardagur: {v}", "Syntynyt {v}.", "Sündinud {v}", "Dyddiad geni: {v}",
             "Ingresó el {v}.", "入院日期：{v}", "Call received {v}.", "Visit date - {v}",
             "Died peacefully {v}.", "DOB {v}", "Screened {v}; eligible.",
             "Photographed {v}, consent signed.", "Winched aboard {v}.",
             "Last seen by GP {v}.", "Fecha de nacimiento: {v}"],
    "phone": ["Daughter {given} on {v}.", "Ring back on {v} after six.", "Ship's satellite phone {v}.",
              "Ffoniwch {v} os gwelwch yn dda.", "Llamar al {v}.", "联系电话 {v}",
              "Soita {v} jos kipu pahenee.", "Helistada {v}."],
    "fax": ["GP surgery fax {v}.", "Prescription faxed to the pharmacy on {v}.",
            "Referral sent by fax to {v}.", "Faksi {v} (terveyskeskus)."],
    "email": ["Send the diet sheet to {v}.", "Daughter prefers e-mail: {v}.",
              "Photos to be sent only to {v}.", "Pöytäkirja lähetetty {v}."],
    "ssn": ["SSN {v} on the Medicaid form.", "Social Security number {v}; US citizen since 2009.",
            "Her SS card shows {v}."],
    "mrn": ["Old notes for {full} under {v} at the island hospital.", "Chart {v} pulled for the MDT.",
            "Potilasnumero {v} (vanha).", "Número de historia {v}."],
    "health_plan": ["NHS number {v} checked against the spine.", "CHI {v} confirmed.",
                    "Afiliado IGSS {v}.", "NHF card {v} seen; JADEP too.", "健保卡 {v} 已核對。"],
    "account": ["Hospice donation from {full} to account {v}.", "Lasku {v} lähetetty Kelalle.",
                "Pago por depósito a la cuenta {v}."],
    "licence": ["Nurse {full}, PIN {v}, signed the MAR.", "Passport {v} kept by the agency.",
                "His master's certificate {v} is suspended.", "Licencia de conducir {v}."],
    "vehicle": ["Quad bike {v} overturned on the croft.", "Taxi {v} brought her in.",
                "Car {v} left in the ED bay.", "Moto placa {v} sin casco."],
    "device": ["CPAP {v} returned to the sleep service.", "Syringe driver {v} swapped at 16:00 by {full}.",
               "Libre sensor {v} fell off.", "AED {v} used on deck, 2 shocks."],
    "other_id": ["Kennitala {v} á skírteini.", "Isikukood {v}.", "HETU {v} tarkistettu.",
                 "Cédula {v}.", "DPI {v} (copia).", "TRN {v} for the NHF form; {given} signed.",
                 "身份证 {v}", "Police incident {v}."],
    "url": ["Family blog: {v}", "Her fundraiser is at {v}.", "He streams at {v}.",
            "Photos uploaded to {v} without consent."],
    "ip": ["Teleconsult from {v} dropped twice.", "Vessel's satellite router {v}.",
           "Remote monitoring hub at {v}.", "Screening form submitted from {v}."],
}

F18_REFERENCES = [
    "Falls in the oldest old are reviewed at https://doi.org/10.1093/ageing/afad{n}.",
    "Cold-water immersion physiology: https://pubmed.ncbi.nlm.nih.gov/3{n}{n}/",
    "See the Cochrane review (https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD00{n}).",
    "Seafarers' health data at https://www.bmj.com/content/3{n}/bmj.m{n}.",
]

F18_STYLES = [
    "GP CONSULTATION\nPresenting complaint: as below\n{body}\nSafety-netting given; review if worse.",
    "OUT-OF-HOURS CALL LOG\nPriority: urgent (2 h)\n{body}\nOutcome: home visit by OOH GP.",
    "DISTRICT NURSE VISIT\n{body}\nNext visit: 3 days.",
    "Hospice day unit - nursing entry\n{body}\nSymptoms settled; family updated.",
    "School nurse record (confidential)\n{body}\nParent informed by letter.",
    "OCCUPATIONAL HEALTH - fitness for work\n{body}\nOutcome: fit with adjustments.",
    "PHYSIOTHERAPY OUTPATIENT\nS: {body}\nO: ROM improving.\nA/P: progress exercises.",
    "Vessel medical log\n{body}\nMaster informed; Radio Medical advice followed.",
    "SAR CASUALTY REPORT\n{body}\nHanded to land ambulance crew.",
    "Discharge checklist\n[x] TTOs\n[x] {body}\n[ ] district nurse referral",
    "Heimahjúkrun - vitjun\n{body}\nÁætlun: óbreytt.",
    "Kotisairaalan käynti\n{body}\nJatko: soitto huomenna.",
    "Nodyn meddyg teulu\n{body}\nCynllun: adolygu mewn wythnos.",
    "Nota de enfermería comunitaria\n{body}\nPlan: control en una semana.",
    "社区随访记录\n{body}\n处理：继续观察。",
    "{body}",
]

F18_PART = Part("fresh18", F18_VOCABULARY, F18_CONNECTORS, F18_FRAMES, F18_KEYWORDS,
                F18_SENTENCES, F18_AFTER, F18_REFERENCES, True, values=F18_VALUES,
                age=_f18_age, styles=F18_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh18-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("iceland-gp",
     "HEILSUGÆSLAN - komunóta\nSjúklingur: [[name:Sigríður Hallgrímsdóttir]], kt. [[other_id:140331-2489]]\n"
     "Kona, [[age:93 ára]], býr ein að [[address:Brekkugata 14]], [[zip:600]] [[place:Akureyri]].\n"
     "Dóttir hennar [[name:Ásdís]] hringdi [[date:3. febrúar 2025]]; sími [[phone:862 4417]].\n"
     "Blóðþrýstingur 164/92; bjúgur á fótum. Furosemíð aukið í 40 mg."),
    ("iceland-sar",
     "SEARCH AND RESCUE - casualty handover\nCasualty: [[name:Einar Þór Jónsson]] (fisherman)\n"
     "Recovered from the water near [[place:Grindavík]] [[date:17.01.2024 04:50]]; core temp 32.1 C.\n"
     "Flown to [[place:Landspítali Fossvogi]]; next of kin wife [[name:Hrafnhildur]], "
     "tel. [[phone:+354 695 2283]].\nIncident no. [[other_id:SAR-24-0117]]. Team leader: [[name:K. Ólafsson]]."),
    ("faroe-vessel",
     "VESSEL MEDICAL LOG - trawler, North Atlantic\nCrew member [[name:Rógvi í Dali]], p-tal "
     "[[other_id:030586 219]], cut to left hand by trawl wire [[date:22. mars 2024]].\n"
     "Radio medical advice from [[place:Landssjúkrahúsið]], [[place:Tórshavn]]; wound closed with "
     "strips.\nSkipper [[name:Bárður Joensen]]; ship's satellite phone [[phone:+298 514 772]]."),
    ("greenland-hospital",
     "Epikrise - [[place:Dronning Ingrids Hospital]]\nPatient: [[name:Naja Kleist]], CPR-nr. "
     "[[other_id:120954-1668]]\n[[age:91-årig]] kvinde fra bygden, indlagt [[date:4. marts 2024]] "
     "med pneumoni.\nBosat i [[place:Qasigiannguit]], [[zip:3951]]. Datter [[name:Aviaja]] "
     "kontaktes på [[phone:+299 52 18 40]]."),
    ("estonia-district",
     "KOJUHOOLDUSE VISIIT\nPatsient: [[name:Tamm, Rein]] (isikukood [[other_id:32704112219]])\n"
     "Aadress: [[address:Riia mnt 41-7]], [[zip:51010]] [[place:Tartu]].\nVisiit [[date:12. märts 2025]]; "
     "haavasidemed vahetatud.\nÕde: [[name:Kadri Mägi]]. Haigekassa kaart kehtib kuni 2026."),
    ("estonia-ambulance",
     "Kiirabi kaart nr [[other_id:24-118302]]\nPatsient [[age:95-aastane]], leitud põrandalt.\n"
     "Vererõhk 96/58, pulss 112, SpO2 90%.\nViidud [[place:Pärnu Haigla]] EMO-sse; poeg [[name:Jaanus]] "
     "saatis, tel [[phone:+372 5521 8840]]."),
    ("finland-hospice",
     "SAATTOHOITOKODIN HOITOKERTOMUS\n[[name:Pirkko Heikkinen]], HETU [[other_id:210628-062R]]\n"
     "Tulopäivä [[date:ti 4.2.2025]]. [[age:96-vuotias]], rintasyöpä, luustoetäpesäkkeet.\n"
     "Kipupumppu [[device:CADD-2211-904]] vaihdettu. Tytär [[name:Liisa]] yöpyy, puh. "
     "[[phone:040 771 2290]].\nOmaisen sähköposti [[email:liisa.heikkinen@example.com]]."),
    ("finland-occupational",
     "TYÖTERVEYSHUOLTO - työkykyarvio\n[[name:Eero Virtanen]], metsäkoneenkuljettaja, [[place:Kajaani]]\n"
     "Ajokortti [[licence:FI1884023]] voimassa; ajoterveys arvioitu [[date:18.9.2024]].\n"
     "Uniapnea, CPAP [[device:SN 2238-0917]] käytössä 6 h/yö. AHI 4."),
    ("finland-clean",
     "Fysioterapia, kotikäynti\nPolven TEP 6 viikkoa sitten. Flexio 105°, ekstensio -5°.\n"
     "Kävelee rollaattorilla 200 m. TUG 14 s.\nJatko: kotiharjoitteet 3 x vko, kontrolli 4 viikon kuluttua."),
    ("wales-gp",
     "Nodyn meddyg teulu - [[place:Llanbedr Pont Steffan]]\nClaf: [[name:Angharad Llewelyn]], "
     "Rhif GIG [[health_plan:486 112 7730]]\nMenyw [[age:92 oed]], yn byw yn [[address:3 Heol y Bont]], "
     "[[place:Tregaron]], [[zip:SY25 6HL]].\nWedi cwympo [[date:Dydd Iau 6 Mawrth 2025]]; dim toriad.\n"
     "Merch: [[name:Gwenllian]] - ffôn [[phone:01974 298 441]]."),
    ("wales-safeguarding",
     "SAFEGUARDING REFERRAL (adult at risk)\nReferrer: [[name:Iestyn ap Rhys]], district nurse, "
     "NMC PIN [[licence:09I2231W]]\nAdult: [[name:Glenys Pritchard]], DOB [[date:14/11/1933]], "
     "NHS no [[health_plan:7004418852]]\nConcern: unexplained bruising; son [[name:Gareth]] holds her bank card "
     "(account [[account:20-44-91 71882206]]).\nReferral ref [[other_id:SG/41772]] - sent to the "
     "local authority team."),
    ("wales-clean",
     "Asesiad therapi iaith a lleferydd\nLlyncu: IDDSI lefel 5; hylifau lefel 2.\nDim tystiolaeth o "
     "allsugno ar y prawf dŵr 90 ml.\nCynllun: adolygu mewn pythefnos; taflen i'r staff gofal."),
    ("hebrides-ooh",
     "OUT-OF-HOURS CALL LOG 02:14\nCaller: [[name:Mòrag MacAulay]] (daughter), [[phone:01851 703 229]]\n"
     "Patient: [[name:Dòmhnall MacAulay]], CHI [[health_plan:0804301297]], aois: [[age:94]]\n"
     "Address: [[address:11 Garry Road]], [[place:North Tolsta]], [[zip:HS2 0NH]].\nBreathless, "
     "SpO2 88%. Ambulance to [[place:Western Isles Hospital]], [[place:Stornoway]]."),
    ("hebrides-physio",
     "PHYSIOTHERAPY - croft assessment\n[[name:Calum Morrison]], 78, crofter at [[place:Leverburgh]].\n"
     "Quad bike [[vehicle:SV68 KXT]] rolled on him [[date:2 Sep 2024]]; fractured pelvis, now FWB.\n"
     "Goals: return to lambing. Wife [[name:Seonag]] drives him to clinic."),
    ("hebrides-clean",
     "Clinical photography - consent form (blank template)\nImage type: wound, left lower leg.\n"
     "Use: [x] clinical record [ ] teaching [ ] publication\nFace not included. Patient may withdraw "
     "consent at any time."),
    ("ecuador-gp",
     "Consulta externa - Centro de Salud\nPaciente: [[name:Sisa Quispe Guamán]], cédula "
     "[[other_id:0604418273]]\nEdad [[age:91 años]]; viene de la comunidad de [[place:Cacha]], "
     "[[place:Riobamba]].\nHabla kichwa; traduce su nieta [[name:Killa]]. Seguro Campesino "
     "[[health_plan:SSC-604418]].\nTA 150/90; se ajusta enalapril."),
    ("ecuador-referral",
     "REFERENCIA a [[place:Hospital Carlos Andrade Marín]]\nHC [[mrn:HC-771203]]; fecha "
     "[[date:9 de octubre de 2024]]\nDirección: [[address:Av. 10 de Agosto N24-117]], "
     "[[place:Quito]], código postal [[zip:170143]].\nTeléfono [[phone:099 412 7781]]. Médico: "
     "[[name:W. Chicaiza]]."),
    ("bolivia-dietetics",
     "Nutrición - seguimiento\n[[name:Wilmer Mamani Condori]], CI [[other_id:4418827 LP]], vive en "
     "[[place:El Alto]].\nPeso 52 kg, IMC 19,1; mama [[name:Justina]] cocina chuño y quinua.\n"
     "Cuenta SUS sin costo; control [[date:15/ene/2025]]."),
    ("bolivia-clean",
     "Nota de enfermería comunitaria\nNiño de 4 años, talla/edad -2,1 DE; Hb 10,4 g/dL a 3.800 m de "
     "altura.\nSe entregan chispitas nutricionales por 60 días. Plan: control en un mes."),
    ("honduras-migrant-us",
     "Community health worker note - clinic, [[place:New Orleans]]\nClient: [[name:Yessenia Zelaya "
     "Cáceres]], DNI (Honduras) [[other_id:0501-1988-04412]]\nWorks cleaning hotels; no SSN, ITIN pending.\n"
     "Medicaid ID [[health_plan:LA9917402285]] for her US-born son [[name:Darwin]].\nCell "
     "[[phone:(504) 301-8842]] - WhatsApp preferred."),
    ("guatemala-igss",
     "Consulta - [[place:Hospital Regional de Occidente]]\nPaciente: [[name:Tomasa Tzul Ajpop]], "
     "DPI [[other_id:2388 40971 0901]]\nAfiliación IGSS [[health_plan:1 87 44120 3]]\nHabla "
     "k'iche'; intérprete [[name:Ixchel Caal]]. Viene de [[place:Momostenango]].\nIngresó "
     "[[date:21 de marzo de 2024]] con neumonía."),
    ("guatemala-migrant-la",
     "ED social work note, [[place:Los Angeles]]\nPt [[name:Marcos Ajanel]], 34, from [[place:Totonicapán]]. "
     "Fell from scaffolding.\nSSN [[ssn:611-42-8837]] given by employer; employer [[name:Rick Dominguez]] "
     "called [[phone:(213) 555-0174]].\nK'iche' interpreter booked for 14:00."),
    ("jamaica-gp",
     "GP CONSULTATION - [[place:Mandeville]]\nPatient: [[name:Delroy Campbell]], TRN "
     "[[other_id:104-552-817]], NHF card [[health_plan:NHF4471902]]\nSugar running high, "
     "\"mi foot dem a bun mi\" - neuropathy.\nMonofilament 4/10 left; referred to diabetic foot clinic "
     "at [[place:Cornwall Regional Hospital]]."),
    ("jamaica-uk-district",
     "DISTRICT NURSE VISIT\n[[name:Hyacinth Bailey]], [[age:97-year-old]] Windrush elder, "
     "[[address:42 Mountview Avenue]], [[place:Handsworth]], [[zip:B21 9QT]]\nLeg ulcer dressing; ABPI 0.88.\n"
     "Granddaughter [[name:Shanique]] says \"Granny stubborn, she nah tek di tablet\". Next visit "
     "[[date:Fri 14 Mar 2025]]."),
    ("jamaica-clean",
     "Diabetes education group (no names recorded)\n12 attendees; HbA1c range 54-98 mmol/mol.\n"
     "Topics: bammy and breadfruit portions, foot care, hypo recognition.\nNext session in 4 weeks."),
    ("taiwan-homecare",
     "居家護理訪視紀錄\n個案：[[name:林美玲]]，身分證字號 [[other_id:F224418873]]\n[[age:93歲]]，"
     "住 [[address:中正路二段118號3樓]]，[[place:花蓮市]]，郵遞區號 [[zip:970]]。\n出生日期：民國"
     "[[date:21年5月2日]]\n鼻胃管更換；女兒[[name:陳淑芬]] 電話 [[phone:0921-448-173]]。"),
    ("taiwan-veteran",
     "Discharge checklist - [[place:Taipei Veterans General Hospital]]\n[x] Patient: [[name:Wang Te-sheng]], "
     "病歷號 [[mrn:22418873]]\n[x] 健保卡號 [[health_plan:0000 4412 9907]]\n[x] Home O2 concentrator "
     "S/N [[device:OC5-204177]]\n[ ] Son [[name:Wang Chih-wei]] to collect at 15:00."),
    ("china-school",
     "学校卫生室记录\n学生：[[name:张子涵]]，学号 [[other_id:20231104]]，初二(3)班\n"
     "[[date:2024年11月5日]] 体育课后哮喘发作，沙丁胺醇吸入后缓解。\n家长[[name:张伟]]，手机 "
     "[[phone:139 1044 7782]]，已通知。"),
    ("china-occupational",
     "职业健康检查\n姓名：[[name:李建国]]  身份证号 [[other_id:510104197203154418]]\n工种：焊工；"
     "车间噪声 92 dB。\n纯音测听：4 kHz 切迹 45 dB。\n单位联系人 [[name:王芳]]，传真 "
     "[[fax:028-8557 4410]]。"),
    ("china-clean",
     "社区随访记录\n高血压随访：血压 146/90 mmHg，心率 76 次/分。\n氨氯地平 5 mg 每日一次；"
     "低盐饮食。\n处理：继续观察，三个月后复诊。"),
    ("samoa-hospice",
     "Hospice nursing note - [[place:Tupua Tamasese Meaole Hospital]] outreach\n[[name:Losa Leota]], "
     "o le tinā e [[age:92 tausaga]], lives with son [[name:Tavita]] in [[place:Leulumoega]].\n"
     "Pain 3/10 on morphine 5 mg 4-hourly. Pastor visits daily.\nTavita's phone [[phone:+685 772 1904]]."),
    ("samoa-migrant-us",
     "Dietetics clinic letter, [[place:Harbor-UCLA Medical Center]]\nRe: [[name:Faʻamoe Sapolu]], "
     "Medi-Cal CIN [[health_plan:91844120A]]\nBMI 44; HbA1c 88. Discussed portions at church toʻonaʻi.\nDaughter "
     "[[name:Lagi]] asked for the plan by e-mail: [[email:lagi.sapolu@example.net]]."),
    ("tonga-gp",
     "Outpatients - [[place:Vaiola Hospital]]\n[[name:Sione Fifita]], tangata ta'u [[age:90]], "
     "from [[place:Neiafu]].\nRheumatic heart disease; INR 2.4.\nNID [[other_id:1904-2217]]; "
     "son [[name:Viliami]] on [[phone:+676 8741 902]]."),
    ("tonga-migrant-utah",
     "Physical therapy evaluation - clinic in [[place:West Valley City]]\nPatient: [[name:Mele Havili]], "
     "DOB [[date:04/11/1958]], SSN [[ssn:529-71-4430]]\nAddress [[address:3380 S 2700 W]], "
     "[[zip:84119]].\nKnee OA; WOMAC 62. Insurance policy [[health_plan:UHC884120077]]."),
    ("research-log",
     "RESEARCH SCREENING LOG - cold-water swimmers' cardiac study\nScreening ID [[other_id:CWS-0418]] | "
     "[[name:Þórdís Guðmundsdóttir]] | screened [[date:2024-05-14T09:30]] | eligible\nScreening ID "
     "[[other_id:CWS-0419]] | declined | -\nForm submitted from [[ip:10.22.140.17]]."),
    ("rota-sheet",
     "ON-CALL ROTA - template\nMon: medical registrar 1, SHO 2\nTue: medical registrar 2, SHO 1\n"
     "Bleep holders sign at 08:30 and 20:30.\nEscalation: consultant on call via switchboard."),
    ("rota-names",
     "On-call sheet, week 11\nMedical reg: [[name:Aputsiaq Lynge]]\nSurgical reg: [[name:Kadri Saar]]\n"
     "Consultant: Dr [[name:Hallgrímsson]] (home [[phone:+354 551 2288]])\nSwaps to "
     "[[email:rota.akureyri@example.org]] by Friday."),
    ("photo-consent",
     "CLINICAL PHOTOGRAPHY CONSENT\nPatient: [[name:Turið Poulsen]]  Hospital no [[mrn:LSH-448120]]\n"
     "Images: pressure ulcer, sacrum. Face excluded.\nPhotographer: [[name:J. Nielsen]]  Wound VAC "
     "pump S/N [[device:KCI-77041-B]]\nUploaded to PACS from [[ip:192.168.40.12]] on [[date:11.04.2025]]."),
    ("fishing-medevac",
     "Radio medical - trawler at sea\nAbdominal pain 18 h, "
     "guarding RLQ, T 38.6.\nAdvised ceftriaxone 2 g IM from ship's chest; divert to port, ETA 20 h.\n"
     "Observations every 2 h by the medical officer."),
    ("welsh-school-nurse",
     "School nurse record (confidential)\nPupil: [[name:Osian Pritchard]], UPN "
     "[[other_id:E418827310991]], Year 8\nEpipen x2 in office; expiry checked.\nMam "
     "[[name:Catrin]] on [[phone:07700 900418]]. Care plan reviewed [[date:9 Medi 2024]]."),
    ("canada-migrant-taiwan",
     "Home care nursing visit - [[place:Brampton]]\nClient: [[name:Mei-ling Lin]], OHIP "
     "[[health_plan:4418-227-310-KT]]\n[[address:58 Seaforth Crescent]], [[zip:L6Z 4H2]]\nSyringe "
     "driver S/N [[device:BD44120937]] running; no site reaction.\nHusband [[name:Chen]] speaks Mandarin."),
    ("estonia-invoice",
     "Arve / invoice - private physiotherapy\nKlient: [[name:Marko Kask]]\nArveldusarve "
     "[[account:EE382200221020145685]]\nSumma 45 EUR, 3 visits.\nKaebus: alaseljavalu, ODI 28%."),
    ("iceland-driving",
     "Ökuhæfnisvottorð (driving fitness)\n[[name:Hallgrímur Sveinsson]], kt. [[other_id:080452-3319]]\n"
     "Ökuskírteini [[licence:20118834]]; bíll [[vehicle:RX 418]].\nSjónskerpa 0,8/0,6. Ekki hæfur til "
     "aksturs að nóttu.\nLæknir: [[name:Guðrún Einarsdóttir]]"),
    ("greenland-telemed",
     "Telemedicine consult, settlement nursing station\nPatient [[name:Malik Petersen]], 41, "
     "hunter.\nImages sent from [[ip:172.20.14.9]] to the on-call doctor in [[place:Nuuk]].\nFrostbite "
     "grade 2, three toes. Advised rewarming 40 C water."),
    ("china-student-uk",
     "GP registration note - practice in [[place:Sutton]]\nNew patient [[name:Zhou Yuxin]], student "
     "visa; passport [[licence:EA8841207]]\nPrevious records from [[place:West China Hospital]] requested "
     "by fax [[fax:+86 28 8542 2114]].\nMother [[name:Zhou Li]]; WeChat/phone [[phone:+86 138 8012 4471]]."),
    ("fundraiser",
     "Hospice social work note\nFamily set up a page for [[name:Iestyn]]'s last trip home: "
     "[[url:https://www.example.org/iestyn-home-to-caernarfon]]\nDonations to hospice fund "
     "[[account:INV-2024-04418]].\nNo further social work input required."),
    ("clean-hypothermia",
     "SAR CASUALTY REPORT (template example)\nCasualty in water 35 min, GCS 13, core temp 33.0 C.\n"
     "Horizontal lift; no CPR needed.\nHanded to land crew at the pier at 04:10."),
    ("clean-occupational",
     "Occupational health - audiometry programme summary\n42 workers screened; 6 with 4 kHz notch.\n"
     "Hearing protection SNR 30 issued; retest in 12 months.\nNo individual results in this summary."),
    ("dietetics-group",
     "Dietetics group session - facilitator [[name:Rhian Bowen]]\nLow-FODMAP reintroduction: wheat, "
     "onion, garlic in 3-day challenges.\n"
     "Symptom diary scores 0-10; median improvement 4 points."),
    ("clean-discussion",
     "Discussion: accidental hypothermia in older fishermen carries a mortality above 20% "
     "(https://doi.org/10.1016/j.resuscitation.2019.11.027); our case differs in the rapid "
     "rewarming.",
     "discussion"),
    ("bolivia-plate",
     "Informe de accidente - [[place:Cochabamba]]\nVehículo placa [[vehicle:2418 KTR]] volcó en la "
     "carretera; conductor [[name:Freddy Choque]], licencia [[licence:4418227]].\nPasajera "
     "[[name:Ruth Condori]], [[age:90 años]], fractura de cadera."),
    ("case-history",
     "Patient information: a [[age:93-year-old]] retired net-mender from [[place:Klaksvík]] with a second "
     "episode of cold-water immersion; her first was published as a case report "
     "([[url:https://doi.org/10.1136/bcr-2021-244187]]).",
     "patient_information"),
]

F18_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH18: tuple[Note, ...] = build(F18_PART, per_category=26, clean=120, references=8) + F18_LETTERS


if __name__ == "__main__":
    counts = Counter(e.category for n in FRESH18 for e in n.expected)
    print(len(FRESH18), "notes,", sum(1 for n in FRESH18 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

"""FRESH24: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a twentieth author, who read only tests/phi/generated.py (the framework:
Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring), tests/phi/corpus.py (the
Note type, the span conventions, parse, evaluate), the domain rules (45 CFR 164.514(b)(2) Safe
Harbor, as restated in the project's domain notes), the module docstrings of
tests/phi/fresh16_notes.py to fresh22_notes.py (their conventions and settings, extracted with
ast.get_docstring, without their bodies) and the wiring lines of fresh16_notes.py (its Part,
_letter, letters, build and __main__ lines, not its vocabulary, templates or letters); not the
scanner, its patterns, name lists, model or data, its benchmark (bench/), its tests, the body of
any other fresh part (fresh23, written at the same time, included), nor their git history; the
scanner was not run while writing it, nor on its notes, nor imported. Its vocabulary, value
shapes, keywords, connectors, frames, note styles and hand-written letters are this author's own.
Settings, a mix like a global case-discussion platform sees: about half English-language notes
(the US, the UK, Ireland, Canada's north-west Ontario, Australia's Riverina, Ghana's Volta,
western Uganda, Zambia's Copperbelt, Pakistan's Punjab, Malaysia's Perak, Hong Kong's New
Territories, Jamaica) and half from non-English settings that generated.py's docstring and
fresh16-22's do not name, in their languages: Switzerland's Ticino (Italian; AHV number, KVG card,
CH IBAN, TI plates, "anni"), Belgium's Wallonia (French; NISS, "ans"), the Netherlands' Frisia
(Frisian; BSN, Frisian months, "jier"), Germany's Saxony (German Arztbrief; Versichertennummer,
Fallnummer, DE IBAN, "Jahre"), Poland's Silesia (Polish; PESEL, PWZ, "lat", Polish months),
Czech Moravia (Czech; rodné číslo, VZP, SPZ, "let"), Iran's Khuzestan (Persian; national code,
Solar Hijri dates, "ساله"), Saudi Arabia's Asir (Arabic; national ID, Hijri dates, "عاماً"),
Ethiopia's Sidama and Oromia (English with Afaan Oromo words; Fayda, kebele), Chile's Patagonia
(Spanish; RUT, Fonasa, patentes), Colombia's Caribbean coast (Spanish; C.C., EPS, "Calle 72 #
45-18" addresses) and Brazil's south (Portuguese; CPF, Cartão SUS, CEP, WhatsApp). Document
types: discharge letters (lettera di dimissione, Entlassungsbrief, karta informacyjna,
propouštěcí zpráva, lettre de sortie, epicrisis, خلاصه پرونده, تقرير خروج), referral letters,
consult notes, nursing handovers, progress notes, ambulance and anaesthesia records, an invoice,
an e-mail, a portal message, a WhatsApp thread, an IT log, a fundraiser note, discussion-board
posts and replies, and case-report narrative as a clinician posts it (names, places, dates and
ages in running prose with no keyword; one in a patient_information section).

Conventions (tests/phi/corpus.py's and fresh16's docstring's): a name without its title or
honorific (Dr, Dr. med., MUDr., lek., Dra., Mr, Madame, Frau, Mefrou, obboo, W/O stay out); a
full name in any order is one span ("BERNASCONI Graziella", "DVOŘÁČEK Přemysl", "Tan Siew
Ling"); staff names, also with initials ("K. Lehmann", "Ph. Gérard"), are names; an identifier
without its keyword; an age over 89 with its attached unit in any language ("93 anni", "94
Jahre", "93 let", "91 jier", "96 ans", "97 años", "90 anos", "92 ساله", "95 عاماً", "92 y/o",
"98yo") or the number alone where none is attached ("Età: 95", "Age 91", "turned 90"); ages under
90 are not marked; a date without its preposition, with a weekday right before it and a time
right after it ("Mo 10.02.2025", "ven. 07/03/2025", "2025-01-14 03:40"); Italian, German, Polish,
Czech, Frisian, Spanish and Portuguese dates, Solar Hijri ("1403/11/18") and Hijri
("12/08/1446"; the "هـ" after it stays out) dates are dates, and the Polish year mark "r." after a
date stays out; a year alone is not a date. The street line is one span ("Via Cantonale 18",
"Rue des Tanneurs 9, bte 2", "ul. Kościuszki 27/4", "Calle 72 # 45-18", "House No. 14, Nkrumah
Street", "PO Box 188"); each locality (town, village, kebele town, barrio, neighbourhood:
Giubiasco, Godinne, El Prado, امانیه, Ma On Shan) and the postcode are separate spans; a named
hospital or clinic is a place (the whole name: "Ospedale Regionale di Bellinzona e Valli",
"Städtisches Klinikum Görlitz", "Hawassa University Comprehensive Specialized Hospital");
cantons, provinces, regions, states and countries (Ticino, Friesland, Mendrisiotto, ON, ND,
Uganda) are never marked. Categories: `ssn` is a US Social Security number only (American
patients, a US tourist in Ticino); other national numbers (AHV, NISS, BSN, PESEL, rodné číslo,
Iranian national code, Saudi national ID, Fayda, RUT, C.C., CPF, CNIC, MyKad, HKID, Ghana Card,
NRC, TRN, PPSN) are `other_id`; insurance numbers (KVG card, Versichertennummer, VZP, EPS,
Cartão SUS, NHIS, NHF, OHIP, Medicare, a mine medical scheme) are `health_plan`; hospital,
clinic, folder and case numbers (Fallnummer, cartella, ficha clínica, prontuário, HN, IP number)
are `mrn`; passports, driving licences and professional registrations (PWZ, LANR, BIG) are
`licence`; IBANs, accounts and invoices are `account`; plates, rego and VINs are `vehicle`;
pacemakers, ICDs, CPAP machines, insulin pumps, hearing aids, IMEIs and UDIs are `device`.

Built as build(F24_PART, per_category=26, clean=120, references=8) + F24_LETTERS (51
hand-written notes: 41 with identifiers, one of them a case history in the patient_information
section, 9 clean, 1 reference paragraph in a discussion): 689 notes, 138 of them (20%) without
any identifier (120 generated clean notes, 8 reference notes in an introduction or discussion, 9
clean letters, 1 reference letter), 810 spans - name 90, address 42, place 104, zip 37, date 50,
age 38, phone 42, fax 28, email 29, ssn 28, mrn 46, health_plan 36, account 30, licence 30,
vehicle 33, device 29, url 44, ip 29, other_id 45 (`python -m tests.phi.fresh24_notes` prints
them). Checked without the scanner (a throwaway script): every span's text is the note's text at
its offsets and has no surrounding blanks, no marks or slots are left in the text, no spans
overlap, note ids are unique, every category is in generated.CATEGORY_ORDER, every marked age is
over 89, every ssn has the US shape, and builds under PYTHONHASHSEED=1 and 2 are identical; the
letters and a sample of 40 generated notes were read by hand for unmarked identifiers and span
edges. Deterministic: its own seed (19_024), values drawn from the builder's fixed-seed Random,
no hash-order dependence. Not wired into any test or bench: measure it once.

    from tests.phi.fresh24_notes import FRESH24, F24_PART, F24_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build

_L = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _a(r: random.Random, n: int) -> str:
    return "".join(r.choice(_L) for _ in range(n))


_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
       "settembre", "ottobre", "novembre", "dicembre"]
_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
       "Oktober", "November", "Dezember"]
_PL = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
       "września", "października", "listopada", "grudnia"]
_NL = ["jannewaris", "febrewaris", "maart", "april", "maaie", "juny", "july", "augustus",
       "septimber", "oktober", "novimber", "desimber"]
_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]
_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
       "outubro", "novembro", "dezembro"]
_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

_ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}


def _f24_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1928, 2025)
    hh, mi = r.randint(0, 23), r.choice((5, 10, 20, 35, 40, 55))
    return r.choice([f"{d} {_IT[m - 1]} {y}", f"{d}. {_DE[m - 1]} {y}", f"{d} {_PL[m - 1]} {y}",
                     f"{d}. {m}. {y}", f"{d} {_NL[m - 1]} {y}", f"{d} de {_ES[m - 1]} de {y}",
                     f"{d} de {_PT[m - 1]} de {y}", f"{r.randint(1300, 1404)}/{m:02d}/{d:02d}",
                     f"{d:02d}-{_EN[m - 1]}-{y % 100:02d}", f"{d}{_ORD.get(d, 'th')} {_EN[m - 1]} {y}",
                     f"{_EN[m - 1]}. {d} {y}", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}",
                     f"{d:02d}.{m:02d}.{y} {hh:02d}.{mi:02d}", f"{m}/{d}/{y}",
                     f"{r.choice(['Mo', 'Di', 'Do', 'Fr'])} {d:02d}.{m:02d}.{y}",
                     f"{r.choice(['lun.', 'mer.', 'ven.'])} {d:02d}/{m:02d}/{y}"])


def _f24_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 104)
    return r.choice([("paziente di {age}, vive sola", f"{n} anni"), ("Patientin, {age}, Pflegegrad 4", f"{n} Jahre"),
                     ("pacjentka w wieku {age}, leżąca", f"{n} lat"),
                     ("pacient {age}, po CMP", f"{n} let"), ("frou fan {age}, wenjend yn fersoargingshûs", f"{n} jier"),
                     ("patiente de {age}, chute à domicile", f"{n} ans"), ("señora de {age}, postrada", f"{n} años"),
                     ("idosa de {age}, acamada", f"{n} anos"), ("بیمار {age}", f"{n} ساله"),
                     ("مريضة عمرها {age}", f"{n} عاماً"), ("{age} with CAP, frail", f"{n} y/o"),
                     ("a {age} grandmother from the village", f"{n}-year-old"),
                     ("aged {age}, lives with her grandson", f"{n}"), ("Età: {age}", f"{n}"),
                     ("Alter {age}", f"{n}"), ("he turned {age} in hospital", f"{n}"),
                     ("{age} gentleman, ex-miner", f"{n}yo")])


def _f24_phone(r: random.Random, _h: bool) -> str:
    return r.choice([f"+41 91 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"0351 {_d(r, 3)} {_d(r, 4)}",
                     f"+48 {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", f"+420 5{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
                     f"0916 {_d(r, 3)} {_d(r, 4)}", f"05{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}",
                     f"+251 9{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"+56 9 {_d(r, 4)} {_d(r, 4)}",
                     f"+57 30{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}", f"024 {_d(r, 3)} {_d(r, 4)}",
                     f"+256 77{_d(r, 1)} {_d(r, 6)}", f"{r.choice('569')}{_d(r, 3)} {_d(r, 4)}",
                     f"012-{_d(r, 3)} {_d(r, 4)}", f"(876) {_d(r, 3)}-{_d(r, 4)}",
                     f"+32 81 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"058 {_d(r, 3)} {_d(r, 4)}",
                     f"(204) 555-{_d(r, 4)}", f"+92 3{_d(r, 2)} {_d(r, 7)}"])


F24_VALUES = {
    "mrn": lambda r, h: r.choice([f"EOC-{_d(r, 7)}", f"{_d(r, 2)}/{_d(r, 6)}", f"PID{_d(r, 8)}",
                                  f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", f"KB{_d(r, 6)}", f"{_d(r, 9)}",
                                  f"HN{_d(r, 8)}({r.choice('0123456789')})", f"{_d(r, 6)}-{_d(r, 1)}"]),
    "health_plan": lambda r, h: r.choice([f"80756 {_d(r, 5)} {_d(r, 5)} {_d(r, 5)}", f"{_a(r, 1)}{_d(r, 9)}",
                                          f"{_d(r, 10)}", f"{_d(r, 8)}", f"{_d(r, 4)} {_d(r, 5)} {_d(r, 1)}",
                                          f"EPS-{_d(r, 9)}", f"{_d(r, 3)}.{_d(r, 4)}.{_d(r, 4)}.{_d(r, 2)}"]),
    "account": lambda r, h: r.choice([f"CH{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 1)}",
                                      f"BE{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
                                      f"NL{_d(r, 2)} RABO 0{_d(r, 9)}", f"PL{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
                                      f"FE-{_d(r, 6)}", f"{_d(r, 4)}/{_d(r, 2)}/{_d(r, 5)}", f"{_d(r, 13)}"]),
    "licence": lambda r, h: r.choice([f"{_d(r, 7)}", f"{_d(r, 9)}", f"{_a(r, 1)}{_d(r, 7)}",
                                      f"{_a(r, 2)}{_d(r, 7)}", f"{_a(r, 1)}{_d(r, 3)}-{_d(r, 4)}-{_d(r, 4)}",
                                      f"MDC {_d(r, 5)}", f"{_d(r, 5)}/{_a(r, 1)}"]),
    "vehicle": lambda r, h: r.choice([f"DD-{_a(r, 2)} {_d(r, 3)}", f"SK {_d(r, 5)}", f"{_d(r, 1)}B{_d(r, 1)} {_d(r, 4)}",
                                      f"TI {_d(r, 6)}", f"1-{_a(r, 3)}-{_d(r, 3)}", f"{_a(r, 2)}-{_d(r, 3)}-{_a(r, 1)}",
                                      f"{_a(r, 4)}-{_d(r, 2)}", f"{_a(r, 3)}{_d(r, 3)}", f"{_a(r, 3)}{_d(r, 1)}{_a(r, 1)}{_d(r, 2)}",
                                      f"W{_a(r, 2)}{_d(r, 1)}{_a(r, 5)}{_d(r, 8)}"]),
    "device": lambda r, h: r.choice([f"{_a(r, 3)}{_d(r, 7)}", f"{_d(r, 2)}{_a(r, 1)}{_d(r, 6)}",
                                     f"(01){_d(r, 14)}(21){_a(r, 2)}{_d(r, 5)}", f"{_d(r, 4)}-{_d(r, 4)}-{_a(r, 2)}",
                                     f"RNB{_d(r, 6)}H"]),
    "other_id": lambda r, h: r.choice([f"756.{_d(r, 4)}.{_d(r, 4)}.{_d(r, 2)}", f"{_d(r, 11)}",
                                       f"{_d(r, 6)}/{_d(r, 4)}", f"{_d(r, 3)}-{_d(r, 6)}-{_d(r, 1)}",
                                       f"1{_d(r, 9)}", f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
                                       f"{r.randint(5, 25)}.{_d(r, 3)}.{_d(r, 3)}-{r.choice('0123456789K')}",
                                       f"{_d(r, 5)}-{_d(r, 7)}-{_d(r, 1)}", f"{_d(r, 6)}-{_d(r, 2)}-{_d(r, 4)}",
                                       f"{_a(r, 1)}{_d(r, 6)}({_d(r, 1)})", f"GHA-{_d(r, 9)}-{_d(r, 1)}"]),
    "ssn": lambda r, h: r.choice([f"{r.randint(100, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
                                  f"{r.randint(100, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}"]),
    "phone": _f24_phone,
    "fax": _f24_phone,
    "email": lambda r, h: r.choice(["{g}.{s}@example.ch", "{s}{n}@example.de", "{g}_{s}@example.org",
                                    "{g}{n}@mail.example.com", "dr.{s}@clinic.example.net"]),
    "url": lambda r, h: r.choice(["https://www.example.org/{g}-{s}", "example.com/fund/{g}{s}{n}",
                                  "http://blog.example.net/{s}/", "https://video.example.com/watch?v={g}{n}"]),
    "ip": lambda r, h: r.choice([f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
                                 f"203.0.113.{r.randint(1, 254)}", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 255):x}"]),
    "zip": lambda r, h: r.choice([f"6{_d(r, 3)}", f"01{_d(r, 3)}", f"4{_d(r, 1)}-{_d(r, 3)}",
                                  f"6{_d(r, 2)} {_d(r, 2)}", f"8{_d(r, 3)} {_a(r, 2)}", f"{_d(r, 5)}-{_d(r, 5)}",
                                  f"6{_d(r, 6)}", f"9{_d(r, 4)}-{_d(r, 3)}", f"R{r.randint(1, 9)}{_a(r, 1)} {r.randint(1, 9)}{_a(r, 1)}{r.randint(1, 9)}",
                                  f"{_d(r, 5)}"]),
    "date": _f24_date,
}

F24_VOCABULARY = Vocabulary(
    given=["Graziella", "Ueli", "Fenna", "Sjoerd", "Wiebke", "Jadwiga", "Přemysl", "Marzieh",
           "Ghazi", "Tigist", "Abebe", "Boru", "Catalina", "Yeison", "Gerda", "Nana Akua",
           "Mwaka", "Kanyinda", "Farzana", "Siew Ling", "Wing Yan", "Ruairí", "Colm", "Keisha"],
    surnames=["Bernasconi", "Zgraggen", "Hoekstra", "de Vries-Bouma", "Wünsche", "Pietrzyk",
              "Dvořáček", "Hosseinzadeh", "Al-Shahrani", "Tesfaye", "Wako", "Gutiérrez Barrios",
              "Palomino", "Owusu-Ansah", "Namutebi", "Mwansa", "Qureshi", "Tan", "Cheung",
              "Ó Súilleabháin", "Blackwood", "Nakitende"],
    cities=["Bellinzona", "Mendrisio", "Namur", "Arlon", "Ljouwert", "Snits", "Zwickau", "Görlitz",
            "Gliwice", "Rybnik", "Olomouc", "Prostějov", "Ahvaz", "Dezful", "Abha", "Khamis Mushait",
            "Hawassa", "Shashemene", "Punta Arenas", "Coyhaique", "Barranquilla", "Montería",
            "Caxias do Sul", "Pelotas", "Ho", "Mbarara", "Kitwe", "Sialkot", "Ipoh", "Sha Tin",
            "Montego Bay", "Thunder Bay", "Wagga Wagga", "Tralee"],
    streets=["Cantonale", "Lindenau", "Kościuszki", "Masarykova", "Amanieh", "King Fahd",
             "Bolívar", "Tiradentes", "Nkrumah", "Cairo", "Jalan Bendahara", "Lakeshore"],
    relations=["figlia", "Tochter", "córka", "syn", "dochter", "hija", "filho", "son",
               "daughter", "niece", "husband", "neighbour"],
    clean=[
        "PA 145/85 mmHg, FC 88/min, SpO2 94% in aria ambiente.",
        "Hb 9,8 g/dl, Leukozyten 14,2/nl, CRP 86 mg/l.",
        "Kreatynina 1,9 mg/dl, eGFR 34 ml/min/1,73 m2.",
        "TK hlavy bez čerstvé ischemie; NIHSS 4.",
        "Bloeddruk 160/95, pols 102, temperatuur 38,4.",
        "فشار خون ۱۲۰/۸۰، ضربان ۹۶.",
        "ضغط الدم 130/85، نبض 90، حرارة 37.9.",
        "Hemoglobina 7,9 g/dl; se transfundieron 2 unidades de GRE.",
        "Glicemia capilar 312 mg/dL; iniciado esquema de insulina NPH 10 UI.",
        "Kan qorannoo dhiigaa: Hb 11.2 g/dL, malaria RDT negatiiva.",
        "Malaria RDT positive, artesunate 2.4 mg/kg at 0, 12 and 24 h.",
        "CD4 212 cells/uL, viral load 1,400 copies/mL; TLD continued.",
        "GeneXpert MTB detected, rifampicin resistance not detected.",
        "HbA1c 9.4% on metformin 1 g BD and gliclazide 80 mg.",
        "Echo: LVEF 35%, moderate MR, RVSP 48 mmHg.",
        "CURB-65 2; amoxicillin-clavulanate 1.2 g IV TDS.",
        "Score di Barthel 35/100; rischio caduta elevato (Conley 4).",
        "Pflegegrad 3 beantragt; Mobilisation mit Rollator.",
        "Skala Glasgow 14 pkt; źrenice równe, reagują na światło.",
        "Follow-up v neurologické ambulanci za 6 týdnů.",
        "Weryfikacja leków: odstawiono 2 z 11 preparatów.",
        "Wells 5; CTPA: no filling defect.",
        "K 5.9 mmol/L; calcium gluconate 10 mL 10% given.",
        "Ward 6, bed 14; seen on the consultant round.",
        "ECOG 2, Charlson 7, Clinical Frailty Scale 6.",
        "Lot of 2 units of platelets transfused; count 18 -> 41.",
        "Troponina T hs 54 -> 112 ng/l; Koronarangiographie geplant.",
        "Diagnosticado em 2016; recidiva em 2022.",
        "Profilaxis con enoxaparina 40 mg SC cada 24 h.",
        "Room 3 is the isolation room; contact precautions.",
        "Score APACHE II 18; SOFA 7 in giornata 2.",
        "ICD-10 J18.9 and N17.9 coded at discharge.",
        "Plan: repeat U&E in 48 h, stop ramipril, review in 2 weeks.",
    ],
    seed=19_024,
)

F24_STYLES = [
    "{body}",
    "{body}",
    "CASE FOR DISCUSSION (rural medicine board)\n{body}\nQuestion: would you anticoagulate?",
    "LETTERA DI DIMISSIONE - Medicina Interna\n{body}\nTerapia alla dimissione: invariata.",
    "Entlassungsbrief / Innere Medizin\n{body}\nProcedere: Kontrolle beim Hausarzt in 1 Woche.",
    "KARTA INFORMACYJNA LECZENIA SZPITALNEGO\n{body}\nZalecenia: kontrola w poradni za 4 tygodnie.",
    "Propouštěcí zpráva - interní oddělení\n{body}\nDoporučení: kontrola u praktického lékaře.",
    "Ferwizing húsdokter\n{body}\nGraach beoardieling troch de ynternist.",
    "Lettre de sortie - service de gériatrie\n{body}\nSuivi: médecin traitant dans 10 jours.",
    "خلاصه پرونده - بخش داخلی\n{body}\nتوصیه: پیگیری در درمانگاه.",
    "تقرير خروج - قسم الباطنة\n{body}\nالتوصيات: مراجعة العيادة بعد أسبوعين.",
    "EPICRISIS - Servicio de Medicina Interna\n{body}\nPlan: control en policlínico en 2 semanas.",
    "Nota de evolução - enfermaria\n{body}\nConduta: manter antibiótico.",
    "Referral note (district hospital)\n{body}\nReason for referral: needs CT and physician review.",
    "Nursing handover, night shift\n{body}\nObs stable overnight; pressure areas intact.",
    "Consult note - Internal Medicine\n{body}\nRecommendations as above; will follow.",
    "Thread reply:\n> any thoughts on this one?\n{body}\n-- posted from the mobile app",
]

F24_PART = Part(
    "fresh24", F24_VOCABULARY,
    [": ", " ", " nr ", " č. ", " n. ", " No. ", " = ", ": ", "\t", " -> ", ":\n"],
    ["{kv}", "{kv}.", "({kv})", "* {kv}", "{kw} {v}; verified at admission", "Dati amministrativi: {kv}",
     "| {kw} | {v} |", "Stammdaten - {kv}", "{kv} / checked with family", "[{kv}]", "Identifiers: {kv}"],
    {"mrn": ["N. cartella", "Fallnummer", "Nr księgi głównej", "Č. chorobopisu", "Dossiernr", "شماره پرونده",
             "رقم الملف", "Ficha clínica", "Historia clínica", "Prontuário", "Folder No", "Hosp No", "HN"],
     "health_plan": ["Tessera sanitaria", "Versichertennummer", "Nr ubezpieczenia", "Pojištěnec",
                     "شماره بیمه", "رقم التأمين", "Fonasa", "EPS", "Cartão SUS", "NHIS No", "Medicare",
                     "NHIF member no", "Policy no"],
     "account": ["Fattura", "Rechnungsnr.", "IBAN", "Konto", "Rekeningnr", "Factura", "Fatura",
                 "Invoice", "Acct"],
     "licence": ["Nr PWZ", "LANR", "Reisepass", "Passaporto", "Licencia de conducir", "Carteira CNH",
                 "MDC reg.", "Driving permit", "BIG-nr", "Passport No"],
     "vehicle": ["Kennzeichen", "Targa", "Nr rej.", "SPZ", "Kenteken", "Patente", "Placa", "Reg. no",
                 "Number plate", "FIN"],
     "device": ["Seriennummer", "Numero di serie", "Nr seryjny", "S/N", "UDI", "Serienr", "Serial No",
                "IMEI"],
     "other_id": ["AHV-Nr.", "PESEL", "Rodné číslo", "BSN", "کد ملی", "رقم الهوية", "RUT", "C.C.",
                  "CPF", "CNIC", "MyKad", "HKID", "Ghana Card", "NIN", "Fayda"],
     "ssn": ["SSN", "Social Security No.", "Soc. Sec."],
     "phone": ["Tel.", "Handy", "Cellulare", "tel. kom.", "Tel. č.", "تلفن", "جوال", "Celular",
               "Cel.", "Mob", "Phone", "Mobile"],
     "fax": ["Fax", "Telefax", "Fax n.", "faks", "فکس", "Fax No"]},
    {"name": ["{full} ist seit Jahren bekannt.", "La signora {surname} rifiuta la PEG.",
              "Pani {full} przyjęta z SOR.", "Pacientka {full} udává bolest na hrudi.",
              "{given} is no earder opnommen west.", "Discussed with her {rel}, {given}, by phone.",
              "{full} presented to the district hospital with fever.", "Ha accompagnato la {rel} {given}.",
              "بیمار {full} با تنگی نفس مراجعه کرد.", "{given} came back three weeks later, better.",
              "A filha {given} acompanha a paciente.", "Se comentó el caso con {full}.",
              "Seen with {full}; she wants to go home.", "{full}, 58, shared her story on the board."],
     "address": ["Domicilio: [[address:Via {street} {n}]]", "Wohnt in der [[address:{street}straße {n}]].",
                 "Adres: [[address:ul. {street} {n}/{n2}]]", "Bydliště [[address:{street} {n}]]",
                 "Address - [[address:Plot {n}, {street} Road]]", "Dirección: [[address:Calle {n} # {n2}-{n}]]",
                 "Endereço: [[address:Rua {street}, {n}, apto {n2}]]", "Lives at [[address:{n} {street} Avenue]].",
                 "نشانی: [[address:خیابان {street}، پلاک {n}]]", "Adres: [[address:{street}wei {n}]]"],
     "place": ["Trasferita dall'ospedale di {city}.", "Lebt allein in {city}.", "Mieszka w {city}.",
               "Přivezen RZP z {city}.", "Wenjend yn {city}.", "Procedente de {city}.",
               "Referred from {city} district hospital.", "She farms outside {city}.",
               "Originaire de {city}, vit chez sa fille.", "از {city} ارجاع شد.", "من {city}، مزارع.",
               "Natural de {city}.", "Flew in from {city} for the clinic."],
     "zip": ["CAP {v}", "PLZ {v}", "kod pocztowy {v}", "PSČ {v}", "Postkoade {v}", "code postal {v}",
             "CEP {v}", "Postal code {v}.", "کد پستی {v}", "Address: [[place:Mendrisio]] {v}",
             "[[place:Thunder Bay]] ON {v}"],
     "date": ["Ricovero il {v}.", "Aufnahme am {v}.", "Przyjęta {v}.", "Přijat dne {v}.",
              "Opnommen op {v}.", "Ingreso: {v}", "Internado em {v}.", "DOB {v}", "Died {v} in the ward.",
              "تاریخ پذیرش: {v}", "تاريخ الدخول {v}", "Geboren am {v}", "Data di nascita: {v}",
              "Admitted on {v} with sepsis."],
     "email": ["Inviare referti a {v}.", "Befund bitte an {v}.", "Wyniki wysłać na {v}.",
               "The son writes from {v}.", "Correo de la hija: {v}", "She e-mailed photos from {v}."],
     "url": ["La famiglia ha aperto una raccolta fondi: {v}", "Her vlog {v} follows the treatment.",
             "The daughter posted the video at {v}.", "Página de doação {v}."],
     "ip": ["Accesso al portale da {v}.", "Teledermatology upload failed from {v}.",
            "The CGM uploader at {v} stopped syncing.", "Fernzugriff von {v} protokolliert."],
     "mrn": ["Vecchia cartella {v}, da unire.", "Voraufenthalt unter Fallnummer {v}.",
             "Previous folder {v} found in records."],
     "health_plan": ["Versichert bei der Krankenkasse, Nr. {v}.", "NHIS card {v} valid till year end.",
                     "Afiliada a EPS, carné {v}."],
     "account": ["Zahlung auf {v} erbeten.", "Factura {v} pendiente.", "Deposit paid on invoice {v}."],
     "licence": ["Ha consegnato il passaporto {v}.", "Prawo jazdy {v} zatrzymane przez policję.",
                 "Attending registered with the council, no. {v}."],
     "vehicle": ["Unfall mit PKW {v}.", "Potrącony przez samochód {v}.", "The tipper truck {v} rolled over."],
     "device": ["ICD {v} interrogato.", "Insulinpumpe {v} entfernt.", "Hearing aid {v} lost on ward."],
     "other_id": ["AHV {v} auf der Karte.", "PESEL {v} zweryfikowany.", "Ghana Card {v} photocopied."],
     "ssn": ["US retiree, SSN {v}, on the claim.", "Social Security {v} for the US insurer."],
     "phone": ["Figlia raggiungibile al {v}.", "Ehemann unter {v} erreichbar.", "Call the daughter on {v}."],
     "fax": ["Referto inviato via fax al {v}.", "Letter faxed to {v}."]},
    ["{v} ({kw})", "{v} - {kw}", "{v}, {kw} on file", "{kw} in file: {v}"],
    ["Simili casi sono descritti (https://doi.org/10.1186/s12877-{n}).",
     "Cf. the review at https://pubmed.ncbi.nlm.nih.gov/3{n}{n}{n}/ and https://doi.org/10.1016/S0140-6736({n})00{n}-2."],
    True, values=F24_VALUES, age=_f24_age, styles=F24_STYLES)

_LETTERS: list[tuple[str, ...]] = [
    ("ticino-dimissione",
     "[[place:Ospedale Regionale di Bellinzona e Valli]] - Medicina Interna\n"
     "Paziente: [[name:BERNASCONI Graziella]], nata il [[date:14 marzo 1931]], "
     "domiciliata in [[address:Via Cantonale 18]], [[zip:6512]] [[place:Giubiasco]].\n"
     "N. cartella [[mrn:24/118305]]; AHV [[other_id:756.3391.0472.18]].\n"
     "Signora di [[age:93 anni]], ricoverata il [[date:2 febbraio 2025]] per scompenso cardiaco. "
     "Figlia [[name:Lorena]] (cell. [[phone:+41 79 218 44 07]]) informata."),
    ("ticino-case",
     "Un caso dal Mendrisiotto: [[name:Ueli Zgraggen]], contadino di [[place:Novazzano]], "
     "si presentò al [[place:Pronto Soccorso dell'Ospedale Beata Vergine]] dopo il morso di una zecca. "
     "Dieci giorni dopo comparve l'eritema migrante. Lo abbiamo rivisto a [[place:Chiasso]] "
     "il [[date:3 luglio 2024]]: guarito."),
    ("wallonie-sortie",
     "[[place:CHU UCL Namur]] - site de [[place:Godinne]]\nLettre de sortie\n"
     "Madame [[name:Yvette Lambotte]], [[age:96 ans]], NISS [[other_id:29.04.11-214.63]], "
     "hospitalisée du [[date:ven. 07/03/2025]] au [[date:18/03/2025]].\n"
     "Domicile: [[address:Rue des Tanneurs 9, bte 2]], [[zip:6700]] [[place:Arlon]].\n"
     "Médecin traitant: Dr [[name:Ph. Gérard]], fax [[fax:+32 63 22 17 90]]."),
    ("fryslan-ferwizing",
     "Ferwizing nei de ynternist, [[place:Antonius Sneek]]\n"
     "Mefrou [[name:Fenna Hoekstra-Dijkstra]], berne [[date:9 novimber 1933]], BSN [[other_id:182604937]].\n"
     "Adres: [[address:Skipsleat 14]], [[zip:8601 BK]] [[place:Snits]]. Tillefoan [[phone:0515 412 883]].\n"
     "Frou fan [[age:91 jier]] mei sykte fan Parkinson en fallen. Mei groetnis, [[name:S. Wiersma]], húsdokter."),
    ("fryslan-thread",
     "Posted by a GP from Friesland: an elderly dairy farmer, [[name:Sjoerd]], came in after his "
     "grandson [[name:Jelle]] found him in the milking parlour in [[place:Wergea]]. "
     "Kenteken of the tractor that hit him: [[vehicle:VZ-482-T]]. Anyone seen this pattern of injury?"),
    ("sachsen-arztbrief",
     "[[place:Städtisches Klinikum Görlitz]], Klinik für Geriatrie\n"
     "Sehr geehrte Frau Kollegin [[name:Wünsche]],\n"
     "wir berichten über Ihre Patientin Frau [[name:Gerda Naumann]], geb. [[date:22.08.1930]], "
     "wohnhaft [[address:Lindenauer Straße 41]], [[zip:02826]] [[place:Görlitz]], Versichertennummer "
     "[[health_plan:K284019733]], Fallnummer [[mrn:5120448137]], die sich vom [[date:Mo 10.02.2025]] "
     "bis [[date:21.02.2025]] in stationärer Behandlung befand. Die [[age:94 Jahre]] alte Patientin "
     "wurde nach Sturz aufgenommen.\nMit freundlichen Grüßen\nDr. med. [[name:K. Lehmann]]"),
    ("sachsen-rechnung",
     "Ambulanter Pflegedienst, [[place:Pirna]] - Rechnung Nr. [[account:2025/03/00417]]\n"
     "Klient: [[name:Wolfgang Seidel]]; Zahlung bitte auf IBAN [[account:DE44 8505 0300 3120 0871 55]].\n"
     "Rückfragen: Tel. [[phone:03501 448 210]], Fax [[fax:03501 448 211]]."),
    ("slask-karta",
     "[[place:Szpital Miejski w Rybniku]], Oddział Chorób Wewnętrznych\n"
     "Pacjentka: [[name:Jadwiga Pietrzyk]], PESEL [[other_id:30071204587]], ur. [[date:12 lipca 1930]] r.\n"
     "Adres: [[address:ul. Kościuszki 27/4]], [[zip:44-200]] [[place:Rybnik]]\n"
     "Nr księgi głównej [[mrn:2025/04411]]. Przyjęta [[date:04.01.2025]] z zapaleniem płuc. "
     "Córka [[name:Bożena]], tel. kom. [[phone:+48 601 228 914]]."),
    ("slask-pogotowie",
     "Karta zlecenia wyjazdu ZRM: potrącenie pieszego na skrzyżowaniu w [[place:Gliwicach]]; "
     "samochód [[vehicle:SG 4812K]], kierowca trzeźwy. Poszkodowany [[name:Henryk Mrozek]], lat 67. "
     "Lekarz: lek. [[name:A. Kubica]], Nr PWZ [[licence:2718394]]."),
    ("morava-zprava",
     "[[place:Fakultní nemocnice Olomouc]], Interní klinika\n"
     "Pacient: [[name:DVOŘÁČEK Přemysl]], RČ [[other_id:310415/027]], pojištěnec VZP "
     "[[health_plan:3104150273]]\nBydliště: [[address:Masarykova 12]], [[zip:796 01]] [[place:Prostějov]]\n"
     "Přijat dne [[date:3. 2. 2025]] pro dušnost. Pacient [[age:93 let]], žije s manželkou "
     "[[name:Boženou]]. Ošetřující lékař MUDr. [[name:Jana Vrbová]]."),
    ("morava-vuz",
     "Záznam RZP: čelní srážka u [[place:Kroměříže]], osobní vůz SPZ [[vehicle:7Z3 4418]], "
     "VIN [[vehicle:TMBJJ7NE8K0123456]]. Řidič [[name:Radek Sedláček]] převezen na urgentní příjem."),
    ("khuzestan-kholase",
     "[[place:بیمارستان گلستان اهواز]]\nخلاصه پرونده بیمار: [[name:مرضیه حسین‌زاده]]، کد ملی "
     "[[other_id:1742-218905-3]]، شماره پرونده [[mrn:1403-88217]]\n"
     "تاریخ پذیرش: [[date:1403/11/18]]، بیمار [[age:92 ساله]] با تب و سرفه.\n"
     "نشانی: [[address:خیابان زیتون، پلاک ۴۱]]، [[place:امانیه]]، [[place:اهواز]]. تلفن همراه پسر: [[phone:0916 318 2247]]"),
    ("khuzestan-case",
     "Case for the board: a 34-year-old date farmer from [[place:Dezful]] presented during the "
     "dust storm season with asthma exacerbation. His brother [[name:Hamid Sadeghi]] brought him to "
     "[[place:Ganjavian Hospital]]. Spirometry after recovery: FEV1 82%."),
    ("asir-report",
     "[[place:مستشفى عسير المركزي]]، [[place:أبها]]\nالمريضة: [[name:نورة الشهراني]]، رقم الهوية "
     "[[other_id:1048827316]]، رقم الملف [[mrn:AC-448120]]\nتاريخ الدخول [[date:12/08/1446]] هـ، "
     "مريضة عمرها [[age:95 عاماً]]. جوال الابن [[name:ظافر]]: [[phone:055 318 7740]]."),
    ("asir-english",
     "Consult note, [[place:Khamis Mushait]]\nPt [[name:Ghazi Al-Shahrani]], Saudi, MRN [[mrn:00731246]], "
     "Iqama n/a, National ID [[other_id:1093318207]]. Lives in [[place:Ahad Rafidah]]. "
     "Son's e-mail [[email:faisal.alshahrani@example.sa]]."),
    ("sidama-referral",
     "[[place:Hawassa University Comprehensive Specialized Hospital]]\nReferral from "
     "[[place:Yirgalem General Hospital]]\nName: [[name:Tigist Tesfaye]], F, 26, from [[place:Aleta Wondo]] "
     "kebele 04. MRN [[mrn:412207]]. Fayda [[other_id:5108 3392 7741]].\n"
     "G3P2 at 34 weeks with severe pre-eclampsia. Husband [[name:Abebe Lemma]], phone "
     "[[phone:+251 916 448 203]]."),
    ("oromo-nursing",
     "Nursing note, [[place:Shashemene]]: obboo [[name:Boru Wako]] (MRN [[mrn:33-0912]]) admitted "
     "[[date:2025-01-14 03:40]], TB ward bed 7. Wife [[name:Caaltuu]] staying overnight. "
     "Kan qorannoo: GeneXpert positive."),
    ("patagonia-epicrisis",
     "[[place:Hospital Clínico de Magallanes]], [[place:Punta Arenas]]\nEPICRISIS\n"
     "Nombre: [[name:Catalina Gutiérrez Barrios]] - RUT [[other_id:7.418.302-K]] - Fonasa B\n"
     "Ficha clínica [[mrn:1120487]]. Ingreso: [[date:5 de junio de 2024]]. Señora de [[age:97 años]], "
     "domicilio [[address:Pasaje Los Coigües 228]], [[place:Puerto Natales]]. "
     "Contacto: hija [[name:Marisol]], [[phone:+56 9 6214 8830]]."),
    ("patagonia-rural",
     "Posta rural de [[place:Villa O'Higgins]]: paciente de 61 años llegó a caballo tras caída. "
     "Evacuado en avioneta a [[place:Coyhaique]]; patente de la camioneta que lo trasladó al aeródromo "
     "[[vehicle:HKTR-41]]."),
    ("caribe-colombia",
     "[[place:Clínica General del Norte]], [[place:Barranquilla]]\nHistoria clínica [[mrn:HC-2290417]]\n"
     "Paciente [[name:Yeison Palomino Arrieta]], C.C. [[other_id:1.043.118.927]], EPS "
     "[[health_plan:EPS-480213377]]. Dirección: [[address:Calle 72 # 45-18]], barrio "
     "[[place:El Prado]]. Cel. [[phone:+57 301 448 2210]]. Ingreso [[date:14/02/2025]] por dengue grave."),
    ("caribe-factura",
     "[[place:Montería]] - Factura electrónica [[account:FE-118274]] a nombre de [[name:Ana Rosa Petro]]; "
     "valor a cargo de la EPS. Correo de facturación: [[email:cartera.petro@example.co]]."),
    ("sul-evolucao",
     "[[place:Hospital Pompéia]], [[place:Caxias do Sul]]\nEvolução - [[name:Ivone Dal Molin]], [[age:90 anos]], "
     "prontuário [[mrn:0448127]], CPF [[other_id:318.447.290-05]], Cartão SUS [[health_plan:702 4018 3377 2214]].\n"
     "Endereço: [[address:Rua Sinimbu, 1870, apto 302]], [[zip:95020-001]]. "
     "Internada em [[date:3 de março de 2025]]."),
    ("sul-whatsapp",
     "[09:12] Dra. [[name:Luciana]]: o seu [[name:Orlando]] voltou a ter febre?\n"
     "[09:15] filha: sim, 38,5. estamos em [[place:Pelotas]] ainda\n"
     "[09:16] Dra. [[name:Luciana]]: traz ele no posto hoje. meu cel é [[phone:(53) 99814-2270]]"),
    ("ghana-referral",
     "[[place:Volta Regional Hospital]], [[place:Ho]]\nReferral: [[name:Nana Akua Owusu-Ansah]], F, 71, "
     "NHIS No [[health_plan:04418821]], Ghana Card [[other_id:GHA-718204433-6]], folder no. "
     "[[mrn:VRH/22/10873]]. Lives at [[address:House No. 14, Nkrumah Street]], [[place:Kpando]]. "
     "Contact her nephew [[name:Kwesi]] on [[phone:024 418 7721]]."),
    ("uganda-case",
     "Case from a teaching hospital in western Uganda: [[name:Florence Namutebi]], a 38-year-old "
     "teacher from [[place:Ibanda]], was admitted to [[place:Mbarara Regional Referral Hospital]] on "
     "[[date:11th Nov 2024]] with cryptococcal meningitis. IP number [[mrn:2024/IP/8821]]. "
     "By the 2-week review she was walking unaided.", "patient_information"),
    ("zambia-discharge",
     "[[place:Nkana East Clinic]], [[place:Kitwe]] - discharge note. [[name:Mwaka Mwansa]], NRC "
     "[[other_id:441827/61/1]], file [[mrn:NEC-30221]], discharged [[date:07-Mar-25]]. "
     "Mine medical scheme card [[health_plan:ZCCM-30188207]]."),
    ("pakistan-consult",
     "[[place:Allied Hospital]], [[place:Faisalabad]] - Medicine consult\nPatient [[name:Farzana Qureshi]], W/O "
     "[[name:Tariq Mehmood]], CNIC [[other_id:34603-8812047-2]], MR No [[mrn:FSD-448120]]. Resident of "
     "[[place:Sialkot]], [[address:Mohallah Islampura, Street 6, House 112]]. Son's mobile [[phone:+92 300 4418820]]."),
    ("malaysia-summary",
     "[[place:Hospital Raja Permaisuri Bainun]], [[place:Ipoh]]\nDischarge summary\nName: [[name:Tan Siew Ling]] "
     "MyKad [[other_id:331204-08-5562]] RN [[mrn:HRPB2503119]]\nAddress: [[address:No. 27, Jalan Bendahara]], "
     "[[zip:31650]] [[place:Ipoh]]. Age [[age:91]]. Admitted [[date:02/01/2025]]."),
    ("hongkong-note",
     "[[place:Prince of Wales Hospital]], [[place:Sha Tin]] - M&G ward\n"
     "Pt: [[name:CHEUNG Wing Yan]], HKID [[other_id:K448120(3)]], HN [[mrn:HN18822041(7)]]. "
     "[[age:98yo]] from an elderly home in [[place:Ma On Shan]]. Daughter's phone [[phone:9418 2207]]."),
    ("jamaica-referral",
     "[[place:Cornwall Regional Hospital]], [[place:Montego Bay]]\nDear Dr [[name:Blackwood]],\n"
     "Thank you for seeing Mr [[name:Desmond Campbell]], 64, TRN [[other_id:118-204-557]], of "
     "[[address:12 Barnett Street]], [[place:Montego Bay]], tel [[phone:(876) 952-4418]]. NHF card "
     "[[health_plan:0448812207]]."),
    ("canada-consult",
     "[[place:Thunder Bay Regional Health Sciences Centre]] - Internal Medicine consult\n"
     "Pt [[name:Marlene Kakegamic]], 52, from [[place:Sandy Lake]], OHIP [[health_plan:4418 220 713 KT]], "
     "MRN [[mrn:TB0448121]]. Flown out on [[date:Jan. 9 2025]]. Mailing address [[address:PO Box 188]], "
     "[[place:Sandy Lake]] ON [[zip:P0V 1V0]]."),
    ("australia-ed",
     "[[place:Wagga Wagga Base Hospital]] ED. [[name:Keith Mackenzie]], [[age:92 y/o]], farmer from "
     "[[place:Lockhart]]. Medicare [[health_plan:2448 81220 7]]. Rego of the quad bike "
     "[[vehicle:QB4418]]. Wife [[name:Judith]] on [[phone:0428 118 702]]."),
    ("ireland-gp",
     "Dear [[name:Colm]],\nI would be grateful if you could see [[name:Ruairí Ó Súilleabháin]], "
     "DOB [[date:04/05/1958]], of [[address:Knockanure Cross]], [[place:Listowel]], [[zip:V31 KX28]], "
     "who has had haematuria. PPSN [[other_id:4418203TA]].\nKind regards,\n[[name:Máire Ní Bhriain]], GP, [[place:Tralee]]"),
    ("uk-email",
     "From: [[name:Keisha Blackwood]] <[[email:keisha.blackwood@example.co.uk]]>\n"
     "To: cardiology secretaries\nSubject: my dad\nHi, my dad [[name:Winston Blackwood]] (hospital number "
     "[[mrn:RF448120]]) was meant to have his pacemaker check on [[date:12 March 2025]] - can you "
     "rebook? Device serial [[device:RNB441820H]]. Thanks, [[name:Keisha]], [[phone:07700 900418]]"),
    ("us-portal",
     "Patient portal message - [[name:Harold Jennings]], MRN [[mrn:E4418207]], SSN on file "
     "[[ssn:532-41-8820]].\n\"Doc, my CPAP (serial [[device:22F448120]]) keeps dropping the connection "
     "from [[ip:192.168.4.22]].\" Sent from [[place:Fargo]], ND [[zip:58103]]."),
    ("us-ssn-ticino",
     "Paziente americano in vacanza a [[place:Lugano]]: [[name:Robert Kessler]], SSN "
     "[[ssn:401-22-8817]], Medicare [[health_plan:4TE8-GH2-KK41]], passaporto [[licence:A44182207]]."),
    ("it-log",
     "Telemedicine cart on ward 4 (IMEI [[device:3544 1820 7718 45]]) fails to reach "
     "PACS; last seen from [[ip:10.44.18.207]] and [[ip:2001:db8:4a1::7]]. Owner: [[name:M. Keller]]."),
    ("fundraiser",
     "Family note: the son set up [[url:https://www.example.org/help-for-abebe]] and a video at "
     "[[url:https://video.example.com/watch?v=abebe44]] to pay for his dialysis."),
    ("licence-board",
     "Anesthesia record, [[place:Punta Arenas]]: anestesiólogo [[name:J. Oyarzún]], registro "
     "[[licence:44182]]; cirujano [[name:R. Vidal]]. Hora de inicio 14:20."),
    ("wallonie-plaque",
     "Accident de la route près de [[place:Bastogne]]: véhicule [[vehicle:1-HKT-448]], conductrice "
     "[[name:Émilie Jacquemin]], permis de conduire [[licence:4418220713]]."),
    ("sachsen-iban",
     "Erstattung der Zuzahlung an [[name:Gerda Naumann]], IBAN [[account:DE12 8505 0300 0221 4418 70]]."),
    # clean letters
    ("clean-ticino",
     "Diagnosi: BPCO riacutizzata (GOLD 3). Terapia: prednisone 40 mg per 5 giorni, "
     "amoxicillina-clavulanato 875/125 mg due volte al giorno. Controllo spirometrico tra 8 settimane."),
    ("clean-sachsen",
     "Befund: Vorhofflimmern, CHA2DS2-VASc 5, HAS-BLED 2. Apixaban 5 mg 1-0-1. "
     "Echokardiographie: LVEF 45 %, keine relevanten Vitien."),
    ("clean-slask",
     "Rozpoznanie: zawał NSTEMI. Koronarografia: zwężenie 90% RCA, implantowano 1 stent DES. "
     "Zalecenia: ASA 75 mg, tikagrelor 90 mg 2x dziennie przez 12 miesięcy."),
    ("clean-khuzestan",
     "تشخیص: پنومونی اکتسابی از جامعه. درمان: سفتریاکسون ۲ گرم روزانه به مدت ۷ روز."),
    ("clean-patagonia",
     "Diagnóstico: neumonía adquirida en la comunidad, CURB-65 2. Tratamiento: ceftriaxona 2 g "
     "EV cada 24 h por 7 días; oxígeno por naricera a 2 L/min."),
    ("clean-board",
     "Question for the board: would you start a DOAC in a frail patient with a CHA2DS2-VASc of 6 "
     "and two falls in the last year? Creatinine clearance 32 mL/min; Hb 10.1 g/dL."),
    ("clean-ghana",
     "Impression: severe malaria with anaemia. Plan: IV artesunate 2.4 mg/kg at 0, 12, 24 h, "
     "then daily; transfuse if Hb below 5 g/dL; repeat RDT on day 3."),
    ("clean-hongkong",
     "Impression: aspiration pneumonia. Plan: NPO, SLT assessment, amoxicillin-clavulanate 1.2 g "
     "IV q8h; review by the geriatric team in 2 days."),
    ("clean-sul",
     "Conduta: manter piperacilina-tazobactam 4,5 g 6/6 h; ecocardiograma transtorácico "
     "solicitado; hemoculturas 2/2 negativas em 48 h."),
]
_DISCUSSION = (
    "reference-discussion",
    "Similar presentations of tick-borne encephalitis south of the Alps are reviewed at "
    "https://doi.org/10.1186/s12879-021-06412-3 and in the ECDC report "
    "https://www.ecdc.europa.eu/en/tick-borne-encephalitis; PubMed lists a case series at "
    "https://pubmed.ncbi.nlm.nih.gov/31245678/.",
    "discussion",
)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh24-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


F24_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in [*_LETTERS, _DISCUSSION])

FRESH24: tuple[Note, ...] = build(F24_PART, per_category=26, clean=120, references=8) + F24_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH24 for e in n.expected)
    print(len(FRESH24), "notes,", sum(1 for n in FRESH24 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

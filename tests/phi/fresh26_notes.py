"""FRESH26: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a twenty-second author: its author read only tests/phi/generated.py (the
framework and its module docstring), tests/phi/corpus.py (the Note type, the span conventions,
parse, evaluate), the de-identification section of the project's domain notes, the module
docstrings only of tests/phi/fresh16_notes.py to fresh24_notes.py (extracted with
ast.get_docstring) and the wiring lines of fresh16_notes.py (its Part, _letter, letters, build
and __main__ lines); not the scanner, its patterns, name lists, model or data, its benchmark
(bench/), its tests, the body of any other fresh part (fresh25 was being written at the same
time and was not opened), nor their git history; the scanner was not run or imported while
writing it or on its notes. Its vocabulary, value shapes, keywords, connectors, frames, note
styles and hand-written letters are its author's own, as a global case-discussion board sees
them: about half English-language settings (Arkansas and the Mississippi Delta, Iowa and
Nebraska, Saskatchewan and Manitoba, Aberdeenshire and the Highlands, Yorkshire and Cumbria,
Otago and Southland, Ghana's Volta region, Zimbabwe's Matabeleland, Indian English from
Gujarat and Karnataka, Philippine English from Mindanao) and half non-English settings in
their languages and scripts: Alsace (French, "ans", Alsatian words), Flanders (Dutch,
rijksregisternummer, ziekenfonds, "jaar"), Andalusia (Spanish, DNI, NUSS, "años"), northern
Portugal (Minho and Trás-os-Montes, utente, NIF, "anos"), Minas Gerais (Portuguese, CPF,
cartão SUS), Antioquia (Spanish, cédula, EPS), Turkey's Black Sea coast (Turkish, TC kimlik,
"yaşında"), Iran's Gilan (Persian with Gilaki words, کد ملی, "ساله"), Sindh (Urdu, CNIC,
"سال"), Maharashtra (Marathi, "वर्षे"), Tamil Nadu (Tamil, "வயது"), Jutland (Danish, CPR,
"år"). Document types: case-report narratives as posted to a discussion board (history,
timeline and follow-up in running prose), discharge summaries, referral and consult letters,
nursing notes, forms, tables and message threads.

Conventions (tests/phi/corpus.py's and fresh16's docstring's): a name without its title or
honorific (Dr, Mr, Mrs, Ms, Sr., Sra., Dhr., Mevr., Bay, Hanım, श्री, Thiru stay out); a full
name is one span; staff names are names; an identifier without its keyword; an age over 89 with
its attached unit in any language ("93-year-old", "94 ans", "92 jaar", "95 años", "91 anos",
"96 yaşında", "93 ساله", "92 वर्षे", "94 வயது", "91 år") or the number alone where no unit is
attached; ages under 90 are not marked; a date without its preposition, with a weekday right
before it and a time right after it; a year alone is not a date. The street line is one span;
each locality (town, village, district of a city) and the postcode are separate spans; a named
hospital, clinic or health centre is a place (the whole name); states, regions, provinces,
departments, counties and countries are never marked. Categories: `ssn` is a US Social Security
number only; other national numbers (rijksregisternummer, DNI, NIF, CPF, cédula, TC kimlik,
کد ملی, CNIC, Aadhaar, CPR, Ghana card, Zimbabwe national ID, an employee or police number) are
`other_id`; insurance numbers (ziekenfonds, NUSS, utente, cartão SUS, EPS, SGK, PhilHealth,
NHIS, Medicaid, Saskatchewan and Manitoba health cards, CHI and NHS numbers) are
`health_plan`; hospital, clinic and lab numbers and the New Zealand NHI are `mrn`; passports,
driving licences and professional registrations are `licence`; IBANs, accounts and invoices
are `account`; plates and VINs are `vehicle`; implant, pump, sensor and monitor serials are `device`.

Built as build(F26_PART, per_category=26, clean=120, references=8) + F26_LETTERS (49
hand-written notes: 37 with identifiers, one of them a web address in a patient_information
section, 11 clean, 1 reference paragraph in a discussion): 687 notes, 140 of them (20%) without
any identifier (120 generated clean notes, 8 reference notes in an introduction or discussion,
11 clean letters, 1 reference letter), 780 spans - name 83, address 43, place 90, zip 45, date
53, age 38, phone 46, fax 28, email 29, ssn 28, mrn 31, health_plan 38, account 29, licence 29,
vehicle 30, device 29, url 44, ip 28, other_id 39 (`python -m tests.phi.fresh26_notes` prints
them). Checked without the scanner: every span's text is the note's text at its offsets and has
no surrounding blanks, no marks or slots are left in the text, no spans overlap, note ids are
unique, every category is in generated.CATEGORY_ORDER, every marked age is over 89, and builds
under two PYTHONHASHSEED values are identical. Deterministic: its own seed (19_026), values
drawn from the builder's fixed-seed Random, no hash-order dependence.

    from tests.phi.fresh26_notes import FRESH26, F26_PART, F26_LETTERS
Not wired into any test or bench: measure it once.
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build

F26_VOCABULARY = Vocabulary(
    given=["Loretta", "Dwayne", "Marit", "Callum", "Aroha", "Selorm", "Tendai", "Hetal",
           "Rogelio", "Odile", "Wannes", "Rocío", "Gonçalo", "Luzia", "Yeison", "Gökhan",
           "Parisa", "Sassui", "Sayali", "Kavin", "Søren", "Ketevan", "Bronwyn", "Jigar"],
    surnames=["Pettigrew", "Oyelaran", "Strachan", "Tipene", "Agbodeka", "Ndlovu", "Parikh",
              "Balagtas", "Schaeffer", "Vandenbroucke", "Cabezas Ruiz", "Barroso", "Quintão",
              "Restrepo", "Karadeniz", "Rasht-Nejad", "Memon", "Kulkarni", "Arumugam",
              "Kjærgaard", "Hollingworth", "McAskill", "Dusek", "Whitlock"],
    cities=["Helena-West Helena", "Clarksdale", "Ottumwa", "Kearney", "Moose Jaw", "Brandon",
            "Peterhead", "Ullapool", "Keighley", "Whitehaven", "Gore", "Alexandra", "Hohoe",
            "Gwanda", "Anand", "Hubballi", "Tagum", "Colmar", "Roeselare", "Écija", "Chaves",
            "Diamantina", "Rionegro", "Rize", "Lahijan", "Larkana", "Satara", "Karaikudi",
            "Herning", "Sélestat"],
    streets=["Cotton Gin", "Sycamore", "Prairie", "Buchan", "Ness", "Moorside", "Kaikorai",
             "Akatsi", "Lobengula", "Shastri", "Rabindranath", "Rizal", "Vauban", "Leie",
             "Feria", "Camões", "Tiradentes", "Laureles", "Atatürk", "Jinnah"],
    relations=["granddaughter", "stepson", "sister-in-law", "nephew", "foster mother",
               "eldest son", "church elder", "home help"],
    clean=[
        "Troponin T 38 ng/L then 41 ng/L at 3 h; delta not significant.",
        "INR 3.8 on warfarin; dose held for one day and reduced to 4 mg.",
        "Lactate 2.9 mmol/L, bicarbonate 17 mmol/L, anion gap 19.",
        "Echo: LVEF 40%, moderate MR, TAPSE 14 mm.",
        "qSOFA 2 on arrival; 30 mL/kg crystalloid given over 3 hours.",
        "Wound 4 x 2 cm over the left heel, category 3, sloughy base.",
        "Taken off the list for bed 14 after the 08:00 huddle.",
        "Waterlow 18, MUST 2, Braden 13; pressure-relieving mattress ordered.",
        "HbA1c 71 mmol/mol; metformin 1 g twice daily and gliclazide 80 mg.",
        "Hib, MMR and DTaP were given at the 12-month visit.",
        "Sputum AFB smear negative x3; GeneXpert not detected.",
        "Malaria RDT negative; thick film no parasites seen.",
        "Creatinine rose from 88 to 164 umol/L over 48 h (AKI stage 2).",
        "Score de Glasgow 13; pupilles égales et réactives.",
        "Hemoglobina 9,4 g/dL; leucocitos 14.300/mm3.",
        "Saturatie 91% zonder zuurstof, ademfrequentie 24/min.",
        "Tansiyon 150/90 mmHg, nabız 102/dk, ateş 38,1 C.",
        "फुफ्फुसांमध्ये क्रॅकल्स; SpO2 92%.",
        "இரத்த அழுத்தம் 140/90 mmHg; சர்க்கரை 212 mg/dL.",
        "فشار خون ۱۳۰/۸۵، ضربان ۹۸ در دقیقه.",
        "Grade 3 of 5 on the Oxford scale; 2 of 4 limbs affected.",
        "Ward 6B, side room 3; barrier nursing for C. difficile.",
        "CHADS-VASc 4, HAS-BLED 2; apixaban 2.5 mg twice daily per criteria.",
        "Form 12 of the 2023 audit was completed; 48 of 60 items met.",
        "Reference range 3.5-5.1 mmol/L; result 6.2 mmol/L repeated unhaemolysed.",
        "Gram-negative rods in 2 of 2 bottles at 14 h.",
        "Per the 2022 KDIGO guideline, ACE inhibitor continued.",
        "Urine output 0.3 mL/kg/h for 6 hours; catheter flushed.",
        "He uses a walking frame; 10 m walk in 34 seconds.",
        "Posted in the board's thread 7 for a second opinion on the imaging.",
    ],
    seed=19_026,
)


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _up(r: random.Random, n: int) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


_F26_MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_F26_MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre"]
_F26_MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                  "september", "oktober", "november", "december"]
_F26_MONTHS_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
                  "setembro", "outubro", "novembro", "dezembro"]
_F26_MONTHS_TR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
                  "Eylül", "Ekim", "Kasım", "Aralık"]


def _f26_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1931, 2026)
    forms = [f"{d}-{_F26_MONTHS_EN[m - 1]}-{y % 100:02d}", f"{m}/{d}/{y}",
             f"{d} {_F26_MONTHS_FR[m - 1]} {y}", f"{d} {_F26_MONTHS_NL[m - 1]} {y}",
             f"{d} de {_F26_MONTHS_PT[m - 1]} de {y}", f"{d} {_F26_MONTHS_TR[m - 1]} {y}",
             f"{d:02d}-{m:02d}-{y}", f"{y}.{m:02d}.{d:02d}",
             f"{_F26_MONTHS_EN[m - 1]} {d} {y}", f"{d:02d}/{m:02d}/{y % 100:02d}",
             f"{d}.{m}.{y}", f"{d} {_F26_MONTHS_EN[m - 1]}. {y}"]
    return r.choice(forms)


def _f26_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 103)
    return r.choice([
        ("our {age} gentleman from a care home", f"{n}-year-old"),
        ("patiente de {age}, autonome", f"{n} ans"),
        ("een vrouw van {age} uit het rusthuis", f"{n} jaar"),
        ("varón de {age} con disnea", f"{n} años"),
        ("doente de {age}, acamada", f"{n} anos"),
        ("{age} kadın hasta, nefes darlığı", f"{n} yaşında"),
        ("بیمار {age} با تنگی نفس", f"{n} ساله"),
        ("{age} आजोबा, धाप लागणे", f"{n} वर्षे"),
        ("{age} மூதாட்டி, மூச்சுத் திணறல்", f"{n} வயது"),
        ("mand på {age}, plejehjem", f"{n} år"),
        ("Pt age (yrs) {age}, lives alone", f"{n}"),
        ("a {age} widow, still driving", f"{n}-yr-old"),
    ])


def _f26_phone(r: random.Random, _h: bool) -> str:
    a, b = r.randint(201, 989), r.randint(201, 989)
    return r.choice([
        f"({a}) {b}-{_d(r, 4)}", f"+1 306 {b} {_d(r, 4)}", f"204.{b}.{_d(r, 4)}",
        f"01779 {_d(r, 6)}", f"+44 7{_d(r, 3)} {_d(r, 6)}", f"+64 3 {_d(r, 3)} {_d(r, 4)}",
        f"+233 24 {_d(r, 3)} {_d(r, 4)}", f"+263 77 {_d(r, 3)} {_d(r, 4)}",
        f"+91 98{_d(r, 3)} {_d(r, 5)}", f"+63 917 {_d(r, 3)} {_d(r, 4)}",
        f"03 89 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"+32 51 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"+34 95{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}", f"+351 276 {_d(r, 3)} {_d(r, 3)}",
        f"(38) 9{_d(r, 4)}-{_d(r, 4)}", f"+57 604 {_d(r, 3)} {_d(r, 4)}",
        f"0464 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"+98 13 {_d(r, 4)} {_d(r, 4)}",
        f"0300-{_d(r, 7)}", f"+45 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
    ])


def _f26_zip(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"72{_d(r, 3)}", f"5{_d(r, 4)}-{_d(r, 4)}", f"S{_d(r, 1)}{_up(r, 1)} {_d(r, 1)}{_up(r, 1)}{_d(r, 1)}",
        f"R7A {_d(r, 1)}{_up(r, 1)}{_d(r, 1)}", f"AB42 {_d(r, 1)}{_up(r, 2)}", f"BD21 {_d(r, 1)}{_up(r, 2)}",
        f"9{_d(r, 3)}", f"68{_d(r, 3)}", "8800", f"41{_d(r, 3)}", f"5400-{_d(r, 3)}",
        f"39100-{_d(r, 3)}", f"53{_d(r, 3)}", f"415 {_d(r, 3)}", f"6{_d(r, 2)} {_d(r, 3)}",
        f"74{_d(r, 2)}", f"8{_d(r, 3)}",
    ])


F26_VALUES = {
    "mrn": lambda r, h: r.choice([f"UAMS-{_d(r, 7)}", _d(r, 7), f"H{_d(r, 6)}{_up(r, 1)}",
                                  f"{_d(r, 2)}/{_d(r, 6)}", f"IP{_d(r, 8)}", f"HC-{_d(r, 4)}-{_d(r, 3)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{_d(r, 9)}", f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", f"{_d(r, 11)}",
        f"AN{_d(r, 10)}", f"{_d(r, 2)}-{_d(r, 9)}-{_d(r, 1)}", f"{_d(r, 3)}.{_d(r, 4)}.{_d(r, 4)}.{_d(r, 4)}",
        _d(r, 8), f"{_up(r, 3)}{_d(r, 8)}"]),
    "account": lambda r, h: r.choice([f"BE{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
                                      f"FR76 {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}",
                                      f"PT50 {_d(r, 4)} {_d(r, 4)} {_d(r, 11)} {_d(r, 2)}",
                                      f"INV-{_d(r, 6)}", f"{_d(r, 5)}-{_d(r, 7)}", _d(r, 11)]),
    "licence": lambda r, h: r.choice([f"{_up(r, 1)}{_d(r, 8)}", f"{_up(r, 5)}{_d(r, 6)}{_up(r, 2)}{_d(r, 1)}{_up(r, 2)}",
                                      f"GJ{_d(r, 2)} {_d(r, 11)}", f"{_d(r, 2)}{_up(r, 2)}{_d(r, 5)}",
                                      f"N{_d(r, 2)}-{_d(r, 2)}-{_d(r, 6)}", f"{_up(r, 2)}{_d(r, 6)}"]),
    "vehicle": lambda r, h: r.choice([f"{_d(r, 3)} {_up(r, 3)}", f"{_up(r, 2)}{_d(r, 2)} {_up(r, 3)}",
                                      f"{_up(r, 1)}{_d(r, 2)}-{_up(r, 3)}", f"1-{_up(r, 3)}-{_d(r, 3)}",
                                      f"{_d(r, 4)} {_up(r, 3)}", f"{_d(r, 2)}-{_up(r, 2)}-{_d(r, 2)}",
                                      f"53 {_up(r, 2)} {_d(r, 3)}", f"MH{_d(r, 2)} {_up(r, 2)} {_d(r, 4)}",
                                      f"{_up(r, 3)}{_d(r, 1)}{_up(r, 1)}{_d(r, 2)}"]),
    "vin": lambda r, h: f"{_d(r, 1)}{_up(r, 2)}{_d(r, 1)}{_up(r, 3)}{_d(r, 2)}{_up(r, 1)}{_d(r, 7)}",
    "device": lambda r, h: r.choice([f"RLA{_d(r, 6)}{_up(r, 1)}", f"{_d(r, 4)}-{_d(r, 4)}-{_up(r, 2)}",
                                     f"(01){_d(r, 14)}(21){_up(r, 2)}{_d(r, 5)}", f"SG{_d(r, 9)}",
                                     f"{_up(r, 2)}{_d(r, 3)}{_up(r, 1)}{_d(r, 4)}"]),
    "other_id": lambda r, h: r.choice([f"{_d(r, 2)}.{_d(r, 2)}.{_d(r, 2)}-{_d(r, 3)}.{_d(r, 2)}",
                                       f"{_d(r, 8)}{_up(r, 1)}", f"{_d(r, 3)}.{_d(r, 3)}.{_d(r, 3)}-{_d(r, 2)}",
                                       _d(r, 11), f"{_d(r, 5)}-{_d(r, 7)}-{_d(r, 1)}",
                                       f"{_d(r, 6)}-{_d(r, 4)}", f"GHA-{_d(r, 9)}-{_d(r, 1)}",
                                       f"{_d(r, 2)}-{_d(r, 6)}{_up(r, 1)}{_d(r, 2)}"]),
    "ssn": lambda r, h: f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
    "phone": _f26_phone,
    "fax": _f26_phone,
    "email": lambda r, h: r.choice(["{g}.{s}@example.com", "{s}{n}@example.org",
                                    "{g}{n}@mail.example.net", "{g}-{s}@example.fr"]),
    "url": lambda r, h: r.choice(["https://www.example.org/{g}{s}/updates",
                                  "example.com/{s}-{n}-journey", "https://{g}{n}.example.net/"]),
    "ip": lambda r, h: r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"198.51.100.{r.randint(1, 254)}",
                                 f"2001:db8:{r.randint(16, 4095):x}::{r.randint(1, 255):x}"]),
    "zip": _f26_zip,
    "date": _f26_date,
}

F26_CONNECTORS = [": ", " ", ":  ", " n° ", " nr. ", " no ", " -- ", " → ", " | ", " ~ ", ":\t"]
F26_FRAMES = ["{kv}", "[{kv}]", "({kv})", "{kw}: {v}", "Field {kw} ........ {v}",
              "Board post header - {kv}", "Registration desk copied {kv}.", "{kv} / verified",
              "{kw}\n    {v}", "> {kv}", "• {kv}"]
F26_KEYWORDS = {
    "mrn": ["UR no", "case note no", "hospital record", "dossier", "numéro de dossier",
            "patiëntnummer", "nº historia", "processo", "prontuário", "protokol no",
            "شماره پرونده", "MR"],
    "health_plan": ["Medicaid ID", "SK health card", "MB PHIN", "CHI", "ziekenfondsnummer",
                    "NUSS", "nº utente", "cartão SUS", "EPS afiliación", "SGK no",
                    "PhilHealth no", "NHIS card"],
    "account": ["IBAN", "billing acct", "compte", "rekeningnummer", "invoice no", "cuenta"],
    "licence": ["DL no", "passport no", "permis", "rijbewijs", "GMC no", "carnet de conducir",
                "ehliyet no", "MCI reg"],
    "vehicle": ["tag", "reg", "plaque", "nummerplaat", "matrícula", "placa", "plaka"],
    "device": ["generator SN", "pump serial", "sensor SN", "UDI", "numéro de série",
               "serienummer", "loop recorder SN"],
    "other_id": ["rijksregisternummer", "DNI", "NIF", "CPF", "cédula", "TC kimlik no",
                 "کد ملی", "CNIC", "Aadhaar", "CPR-nr", "Ghana card", "national ID"],
    "ssn": ["SSN", "soc sec no", "Social Security #"],
    "phone": ["ph", "cell", "téléphone", "gsm", "móvil", "telemóvel", "celular", "cep",
              "تلفن", "mob"],
    "fax": ["fax", "télécopie", "fax nr", "fax no"],
}
F26_SENTENCES = {
    "licence": ["Her passport {v} was photocopied for the transfer.",
                "Son permis {v} a été suspendu après la crise.",
                "De rijbewijsnummer {v} werd door de politie genoteerd.",
                "{v} is the GMC number of the referring locum."],
    "vehicle": ["He was pulled from a pickup with tag {v} on the county road.",
                "La moto (placa {v}) fue retirada por tránsito.",
                "Kaza yapan aracın plakası {v} idi.",
                "The quad bike's VIN {vin} was recorded by the police."],
    "mrn": ["Old notes are filed under {v}.", "Dossier {v} rouvert aux urgences.",
            "Processo clínico {v} (hospital de origem)."],
    "health_plan": ["She is covered under Medicaid ID {v}.",
                    "Cartão SUS {v} conferido na recepção.",
                    "{v} is his Saskatchewan health services number."],
    "account": ["The ambulance bill was charged to account {v}.",
                "Remboursement sur le compte {v}."],
    "device": ["The insulin pump (serial {v}) alarmed overnight.",
               "Loop recorder {v} transmitted the pause at 02:10."],
    "other_id": ["Her Ghana card number is {v}.", "CNIC {v} matched the referral slip.",
                 "Rijksregisternummer {v} gecontroleerd."],
    "ssn": ["Social Security number {v} on the Medicaid form.", "{v} - SSN per the daughter."],
    "phone": ["Her nephew answers on {v} after six.", "Rappeler la fille au {v}.",
              "Llamar a la hija al {v}."],
    "fax": ["Results faxed to the practice at {v}.", "Fax de la clinique : {v}."],
    "email": ["The daughter sent the photos from {v}.", "Reply-to: {v}",
              "Il a écrit depuis {v} pour le certificat."],
    "url": ["His fundraising page {v} tells the story of the accident.",
            "She documents her recovery on {v}."],
    "ip": ["The home spirometer synced from {v}.", "Portal access logged from {v} at night."],
    "zip": ["Lives in the {v} ZIP area near the levee.", "Postcode {v}, farm track.",
            "Code postal : {v}.", "CEP {v}."],
    "date": ["Presented {v} with three days of cough.", "Date of injury: {v}",
             "Opname {v} via spoed.", "Alta hospitalar em {v}.",
             "Fecha de ingreso: {v} 07:45", "Posted to the board {v}."],
    "address": ["Home: [[address:{n} {street} Rd]], {city}",
                "Domicile : [[address:{n} rue {street}]], [[zip:68000]] {city}",
                "She lives at [[address:{n} {street} Crescent]].",
                "Morada: [[address:Rua {street}, {n}, 2.º esq.]]",
                "Adres: [[address:{street}straat {n} bus 2]]"],
    "place": ["A grain farmer from {city} was flown in.",
              "Transferred from {city} after 6 hours on the road.",
              "Elle habite {city} depuis sa retraite.",
              "Nacido en {city}, trabaja en una finca de café.",
              "Seen first at the district hospital in {city}."],
    "name": ["{full} was brought by her {rel}.", "Reviewed with {given} on the ward round.",
             "Dr {surname} posted the case on the board.", "{full}, farmer, presented with fever.",
             "Son {rel}, {given}, était présent.", "Her {rel} {given} gives the insulin.",
             "Signed: {full}, charge nurse.", "{surname} family declined the autopsy."],
}
F26_AFTER = ["{v} <- {kw}", "{v} ({kw}, checked)", "{v} is on file as the {kw}", "{v}: {kw}"]
F26_REFERENCES = [
    "A similar board case was published (https://doi.org/10.1186/s13256-0{n}-2).",
    "See PubMed https://pubmed.ncbi.nlm.nih.gov/3{n}51/ for the series.",
    "The WHO guidance (https://www.who.int/publications/i/item/{n2}) was followed.",
]
F26_STYLES = [
    "{body}",
    "CASE DISCUSSION BOARD - new post\n{body}\n-- replies welcome",
    "DISCHARGE SUMMARY\nCourse:\n{body}\nFollow-up: GP in 2 weeks.",
    "Nursing note (night)\n{body}",
    "Dear colleague,\n\n{body}\n\nKind regards",
    "Compte rendu d'hospitalisation\n{body}",
    "Ontslagbrief\n{body}\nMet collegiale groeten",
    "| field | value |\n|---|---|\n{body}",
    "[thread] {body}",
]

F26_PART = Part("fresh26", F26_VOCABULARY, F26_CONNECTORS, F26_FRAMES, F26_KEYWORDS,
                F26_SENTENCES, F26_AFTER, F26_REFERENCES, True, values=F26_VALUES,
                age=_f26_age, styles=F26_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh26-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS: list[tuple] = [
    ("arkansas-board", "Posted to the case board by [[name:Loretta Pettigrew]], FNP, [[place:Delta Rural Health Clinic]], [[place:Helena-West Helena]].\n"
     "A [[age:93-year-old]] retired cotton farmer presented on [[date:3/14/2025]] with two weeks of "
     "fatigue and a Hb of 6.8 g/dL. He lives alone at [[address:418 Cotton Gin Rd]], [[place:Marvell]], AR "
     "[[zip:72366]]; his granddaughter [[name:Shaylee]] checks on him daily. Colonoscopy on "
     "[[date:3/20/2025]] showed a caecal mass. Follow-up: he chose palliative care and was doing well "
     "at six weeks. Thoughts on transfusion thresholds welcome."),
    ("iowa-referral", "Re: your patient [[name:Dwayne Oyelaran]], DOB [[date:11/02/1958]]\n"
     "Dear Dr [[name:Whitlock]],\nThank you for referring Mr [[name:Oyelaran]] to the pulmonary clinic at "
     "[[place:Ottumwa Regional Health Center]]. Medicaid ID [[health_plan:4418027731]]; MRN [[mrn:0093712]]. "
     "He can be reached on [[phone:(641) 682-4410]]. Spirometry: FEV1 1.9 L (58%), FEV1/FVC 0.61.\n"
     "Sincerely,\n[[name:Hetal Parikh]], MD"),
    ("nebraska-ssn", "PATIENT REGISTRATION\nName: [[name:WHITLOCK, Bronwyn]]\nSSN: [[ssn:507-38-1946]]\n"
     "Address: [[address:2210 Prairie Ave Apt 3]]\nCity: [[place:Kearney]]  State: NE  ZIP: [[zip:68847]]\n"
     "Emergency contact: [[name:Jigar Dusek]] (nephew) [[phone:308-237-5512]]"),
    ("sask-ed", "[[place:Moose Jaw]] ED - triage\n[[name:Marit Kjærgaard]], SK health card [[health_plan:912 447 308]], "
     "brought by RCMP after a rollover on Hwy 2; truck plate [[vehicle:417 KTB]]. GCS 14, "
     "BP 104/62. Lives at [[address:71 Buchan Dr]], [[place:Moose Jaw]] [[zip:S6H 4P2]]."),
    ("manitoba-consult", "Consultation - [[place:Brandon Regional Health Centre]]\n"
     "Patient: [[name:Callum McAskill]]  PHIN [[health_plan:118 203 447]]  MB reg [[mrn:H553021K]]\n"
     "Age [[age:91]], lives on a farm near [[place:Souris]]. Referred by "
     "Dr [[name:Ketevan Dusek]] for new AF. Fax reply to [[fax:204.726.3350]]."),
    ("aberdeen-discharge", "DISCHARGE SUMMARY - [[place:Aberdeen Royal Infirmary]]\n"
     "Patient: [[name:Ishbel Strachan]]  CHI [[health_plan:2104381127]]\n"
     "Address: [[address:5 Buchan Terrace]], [[place:Peterhead]] [[zip:AB42 1QT]]\n"
     "Admitted [[date:02-Feb-25]], discharged [[date:09-Feb-25]]. Diagnosis: CAP, CURB-65 2.\n"
     "GP: Dr [[name:Fraser]], [[place:Peterhead Health Centre]]. Ph [[phone:01779 474841]]."),
    ("highland-nursing", "Nursing note 22:40. [[name:Morag]] (daughter) phoned from [[place:Ullapool]] on "
     "[[phone:+44 7712 340958]]; asked about transfer. Pt settled, NEWS2 3, pain 2/10. "
     "Handed over to [[name:C. McAskill]] RN."),
    ("yorkshire-thread", "From: [[email:r.hollingworth@example.co.uk]]\nTo: [[email:keighley.gp@example.org]]\n"
     "Subject: our lady with the leg ulcer\n\nHi [[name:Amy]], Mrs [[name:Hollingworth]] (NHS no "
     "[[health_plan:485 777 3456]]) at [[address:14 Moorside Lane]], [[place:Keighley]] [[zip:BD21 4RX]] still "
     "refuses compression. ABPI 0.9. Can the district nurses visit this week?\n-- [[name:Rachel Hollingworth]], TVN"),
    ("cumbria-clean", "Ward round, 9 am. Day 4 post hemiarthroplasty. Hb 9.8, eGFR 52. Mobilised with "
     "frame 10 m. Plan: physio twice daily, VTE prophylaxis for 28 days, home with care package "
     "if OT agrees. No family concerns raised."),
    ("otago-case", "Case for discussion (Southern DHB board). A [[age:96-year-old]] woman from [[place:Gore]] "
     "fell on [[date:14/06/2024]] and lay on the floor overnight. CK 18 400 U/L. NHI [[mrn:ZAB4471]]. Her "
     "son [[name:Rewi Tipene]] ([[phone:+64 3 208 4419]]) found her. She recovered renal function by day 7 "
     "and returned to [[place:Alexandra]] to live with [[name:Aroha]], her granddaughter."),
    ("nz-clean", "Southland rural nursing: weekly INR clinic. Target 2-3. Results: 2.4, 2.8, 3.6 "
     "(dose reduced by 0.5 mg), 1.9 (dose increased). No bleeding events in the quarter."),
    ("volta-referral", "REFERRAL NOTE - [[place:Hohoe Municipal Hospital]]\nTo: Medical Officer, "
     "[[place:Ho Teaching Hospital]]\nName: [[name:Selorm Agbodeka]]  Age: 34  Sex: M\n"
     "NHIS card [[health_plan:18305527]]; Ghana card [[other_id:GHA-720331845-6]]\n"
     "Residence: [[address:H/No. 12 Akatsi Street]], [[place:Hohoe]]\nContact: [[phone:+233 24 551 0382]]\n"
     "Hx: fever x 5 days, mRDT positive, Hb 5.9 g/dL. Transfused 1 unit before transfer."),
    ("matabeleland", "[[place:Gwanda Provincial Hospital]] - medical ward\nPt [[name:Tendai Ndlovu]], national ID "
     "[[other_id:08-224617K21]], from [[place:Gwanda]], Matabeleland South. Started on TB treatment "
     "on [[date:2024.09.03]]. Sister [[name:Nomsa]] on [[phone:+263 77 412 0398]]. CD4 88."),
    ("gujarat-discharge", "Discharge Summary\nPatient: [[name:Jigar Parikh]]  IP No: [[mrn:IP20251184]]\n"
     "Aadhaar: [[other_id:4821 7730 1964]]\nAddress: [[address:B-14, Shastri Nagar Society]], [[place:Anand]] "
     "- [[zip:388001]]\nDOA: [[date:12/01/2025]]  DOD: [[date:19/01/2025]]\nDiagnosis: dengue with "
     "warning signs; platelets nadir 18,000."),
    ("karnataka-clean", "OPD note: 46 M, known HTN on amlodipine 5 mg, BP 150/96. Advised salt "
     "restriction, repeat BP in 2 weeks, lipid profile and HbA1c. Follow up in OPD 7."),
    ("mindanao", "Good pm doc. Pt [[name:Rogelio Balagtas]] from [[place:Tagum]], PhilHealth no "
     "[[health_plan:12-025518334-7]], c/o dengue-like illness since [[date:May 3 2025]]. Hct 48. "
     "Pls call [[phone:+63 917 552 0391]] (wife [[name:Liza]]). Thank you po."),
    ("alsace-cr", "Compte rendu de consultation - [[place:Hôpitaux Civils de Colmar]]\n"
     "Patiente : [[name:Odile Schaeffer]], née le [[date:4 mars 1931]], [[age:94 ans]]\n"
     "Domicile : [[address:7 rue Vauban]], [[zip:68000]] [[place:Colmar]]\n"
     "Adressée par le Dr [[name:Fritsch]] pour chutes répétées. 's geht ihr besser, sagt ihr "
     "Tochter [[name:Marthe]] (tél. [[phone:03 89 24 61 08]])."),
    ("alsace-nurse", "Transmissions infirmières - nuit du [[date:12 novembre 2024]]\n"
     "Mme [[name:Schaeffer]] agitée vers 2 h, glycémie 0,68 g/L, resucrée. Fille prévenue. "
     "Numéro de dossier [[mrn:68-204415]]. Signé [[name:A. Kuntz]], IDE."),
    ("flanders-ontslag", "Ontslagbrief - [[place:AZ Delta Roeselare]]\n"
     "Patiënt: [[name:Wannes Vandenbroucke]], [[age:92 jaar]]\n"
     "Rijksregisternummer: [[other_id:32.07.14-233.58]]\nAdres: [[address:Leiestraat 41 bus 2]], "
     "[[zip:8800]] [[place:Roeselare]]\nOpname [[date:3 februari 2025]], ontslag [[date:11 februari 2025]].\n"
     "Huisarts: dokter [[name:Maes]]. Met collegiale groeten, dr. [[name:Lien Verhaeghe]]"),
    ("flanders-clean", "Verpleegnota: patiënt rustig, pijnscore 2/10, diurese 1200 mL/24 u. "
     "Wondzorg volgens schema, verband droog. Geen bijzonderheden."),
    ("andalucia", "Informe de alta - [[place:Hospital de Alta Resolución de Écija]]\n"
     "Paciente: [[name:Rocío Cabezas Ruiz]]. DNI [[other_id:28847103Q]]. NUSS [[health_plan:41 1034 5578 23]].\n"
     "Domicilio: [[address:C/ Feria 22, 1.º B]], [[zip:41400]] [[place:Écija]].\n"
     "Ingreso el [[date:2 de marzo de 2025]] por neumonía. Tel. [[phone:+34 954 830 117]]."),
    ("minho-alta", "Nota de alta - [[place:Hospital de Chaves]]\nUtente: [[name:Gonçalo Barroso]]\n"
     "N.º utente [[health_plan:198 344 027]]; NIF [[other_id:241 558 093]]\n"
     "Morada: [[address:Rua Camões, 18]], [[zip:5400-164]] [[place:Chaves]]\n"
     "Doente de [[age:91 anos]], internado de [[date:5 de janeiro de 2025]] a [[date:14 de janeiro de 2025]]. "
     "Filha [[name:Luzia Barroso]], telemóvel [[phone:+351 276 415 992]]."),
    ("minas-prontuario", "Prontuário - [[place:Santa Casa de Diamantina]]\nPaciente: [[name:Luzia Quintão]] "
     "CPF [[other_id:083.447.926-15]] Cartão SUS [[health_plan:702 4105 3318 9964]]\n"
     "Endereço: [[address:Rua Tiradentes, 240]], [[place:Diamantina]] - MG, CEP [[zip:39100-000]]\n"
     "Celular [[phone:(38) 99124-5037]]. Internada em [[date:18 de agosto de 2024]] com dengue grave."),
    ("antioquia", "Historia clínica - [[place:Hospital San Juan de Dios de Rionegro]]\n"
     "[[name:Yeison Restrepo]], cédula [[other_id:1036628451]], EPS [[health_plan:SUR8844102]]. "
     "Vive en [[address:Carrera 50 # 47-12]], [[place:Rionegro]]. Accidente de moto placa "
     "[[vehicle:BRK41F]] el [[date:07-04-2025]]. Madre [[name:Gloria]] al [[phone:+57 604 531 2207]]."),
    ("blacksea", "Epikriz - [[place:Rize Devlet Hastanesi]]\nHasta: [[name:Gökhan Karadeniz]], "
     "TC kimlik no [[other_id:38215504472]], [[age:96 yaşında]]\nAdres: [[address:Atatürk Cad. No: 14]], "
     "[[place:Çayeli]]\nYatış tarihi [[date:12 Mart 2025]]. Oğlu [[name:Murat]] cep [[phone:0464 532 18 44]]."),
    ("gilan", "گزارش - [[place:بیمارستان حشمت رشت]]\nبیمار: [[name:پریسا رشت‌نژاد]]، کد ملی "
     "[[other_id:2591184407]]، [[age:93 ساله]]، ساکن [[place:لاهیجان]]. تلفن [[phone:+98 13 4223 8810]]. "
     "به گیلکی گفت «می دیل درد کونه»."),
    ("sindh", "ڈسچارج سمری - [[place:چانڈکا میڈیکل کالج ہسپتال]]\nمریض: [[name:سسئی میمن]]، "
     "شناختی کارڈ [[other_id:43203-5518204-6]]، رہائش [[place:لاڑکانہ]]\nفون [[phone:0300-4417728]]، "
     "عمر [[age:92 سال]]"),
    ("maharashtra", "डिस्चार्ज सारांश - [[place:सातारा जिल्हा रुग्णालय]]\nरुग्ण: [[name:सायली कुलकर्णी]], "
     "वय [[age:92 वर्षे]]\nपत्ता: [[address:१४, स्टेशन रोड]], [[place:सातारा]] [[zip:415001]]\n"
     "दाखल दिनांक [[date:05/03/2025]]. मुलगा [[name:अजय]] मोबाईल [[phone:+91 98220 41763]]."),
    ("tamilnadu", "வெளியேற்ற சுருக்கம் - [[place:காரைக்குடி அரசு மருத்துவமனை]]\nநோயாளி: "
     "[[name:கவின் ஆறுமுகம்]], [[age:94 வயது]]\n"
     "முகவரி: [[address:12, ராஜாஜி தெரு]], [[place:காரைக்குடி]] [[zip:630001]]\n"
     "அனுமதி [[date:10-02-2025]]. தொலைபேசி [[phone:+91 98431 20576]]."),
    ("jutland", "Epikrise - [[place:Regionshospitalet Herning]]\nPatient: [[name:Søren Kjærgaard]], CPR-nr "
     "[[other_id:140731-2217]], [[age:93 år]]\nAdresse: [[address:Østergade 12, 1. th.]], [[zip:7400]] "
     "[[place:Herning]]\nIndlagt [[date:3.2.2025]]. Datter [[name:Mette]] tlf. [[phone:+45 21 44 90 31]]."),
    ("board-device", "[thread] Follow-up on the ICD storm case: interrogation of device SN [[device:RLA448210K]] "
     "showed 14 appropriate shocks. Pt home monitor uploads via [[ip:192.168.14.22]]. Posting the EGMs "
     "without identifiers later. -- [[name:Kavin Arumugam]]"),
    ("board-pump", "Reply: our lady's insulin pump UDI [[device:(01)08517002310448(21)KP30145]] was "
     "returned to the manufacturer. Her blog [[url:https://www.example.org/brondusek/pumplife]] "
     "describes the DKA episode in detail."),
    ("cgm-nurse", "Diabetes nurse note: Libre sensor SN [[device:SG301558204]] failed day 3; replaced. "
     "Data shared from the clinic PC at [[ip:10.40.12.7]]. Mum [[name:Sayali]] trained."),
    ("vehicle-police", "ED note: pedestrian struck on [[date:Jan 12 2025]] near [[place:Clarksdale]]. "
     "Sheriff's deputy gave the tag as [[vehicle:MS 4471 KT]] and VIN [[vehicle:1FT4WRA72NE104481]]. "
     "DL no [[licence:D41702918]] of the driver recorded for the report."),
    ("passport-travel", "Travel clinic: [[name:Hetal Parikh]], passport no [[licence:Z4418207]], leaving for "
     "[[place:Anand]] on [[date:22 Dec. 2025]]. Typhoid and hep A given. Invoice no [[account:INV-208814]]."),
    ("iban-refund", "Remboursement de la consultation sur le compte IBAN "
     "[[account:FR76 3000 4028 3700 0104 5512 934]] de Mme [[name:Odile Schaeffer]]."),
    ("belgian-account", "Factuur: rekeningnummer [[account:BE71 0961 2345 6769]]; ziekenfondsnummer "
     "[[health_plan:116 204 331]] van [[name:Wannes Vandenbroucke]]."),
    ("gmc-letter", "Dear Dr [[name:Strachan]],\nI write as the locum ([[name:Bronwyn Whitlock]], GMC no "
     "[[licence:7104428]]) covering [[place:Whitehaven]] surgery. Please see my note of "
     "[[date:21/07/25]]. E-mail [[email:b.whitlock@example.org]]; fax [[fax:01946 693 410]]."),
    ("trial-id", "Enrolled in the sepsis fluids trial, participant [[other_id:SFT-0441-27]], on "
     "[[date:2025.04.11]]. Employee no of the research nurse not recorded."),
    ("clean-board-1", "[thread] Question for the group: how long do you continue IV antibiotics for "
     "Staph aureus bacteraemia when the TOE is negative? We usually do 14 days from the first "
     "negative culture, 28 if complicated. Replies appreciated."),
    ("clean-board-2", "Reply: We follow the same rule. Our audit of 2023 found 41 of 52 cases "
     "completed 14 days; 3 relapsed. Happy to share the protocol."),
    ("clean-form", "FORM B - Falls risk\nPrevious falls: 2\nMedications >4: yes\nCognitive impairment: no\n"
     "Score: 12 (high)\nAction: bed rails down, low bed, hourly rounding."),
    ("clean-table", "| Day | Hb | WBC | CRP |\n|---|---|---|---|\n| 1 | 9.1 | 15.2 | 188 |\n"
     "| 3 | 8.8 | 11.0 | 96 |\n| 5 | 9.4 | 8.3 | 31 |"),
    ("clean-fr", "Synthèse : pneumopathie franche lobaire aiguë, amoxicilline 1 g x 3 pendant 7 jours. "
     "Pas de complication. Retour à domicile avec kinésithérapie respiratoire."),
    ("clean-pt", "Evolução favorável; apirética há 48 h. PCR 2,1 mg/dL. Alta com seguimento em consulta "
     "externa dentro de 3 semanas."),
    ("discussion-refs", "Discussion. Rhabdomyolysis after a long lie is common in the very old "
     "(https://doi.org/10.1093/ageing/afz271) and renal recovery is usual "
     "(https://pubmed.ncbi.nlm.nih.gov/31104427/).", "discussion"),
    ("history-link", "Her story was shared by her son at [[url:https://www.example.net/rewi-tipene/mum]] "
     "before she consented to this report.", "patient_information"),
    ("ssn-thread", "From the billing office: the Medicaid form for Mr [[name:Oyelaran]] lists SSN "
     "[[ssn:429-55-8107]] but his card shows a different number. Please confirm with the patient "
     "at [[phone:(870) 338-2291]]."),
    ("arkansas-clean", "Rural clinic: 58 F, diabetes, foot check today. Monofilament intact both feet. "
     "Pedal pulses present. HbA1c 7.4%. Continue current plan; return in 3 months."),
]

F26_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH26: tuple[Note, ...] = build(F26_PART, per_category=26, clean=120, references=8) + F26_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH26 for e in n.expected)
    print(len(FRESH26), "notes,", sum(1 for n in FRESH26 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

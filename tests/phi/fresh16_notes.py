"""FRESH16: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind: its author read only tests/phi/generated.py (the framework and its parts),
tests/phi/corpus.py (the Note type, the span conventions, parse, evaluate), the domain rules
(45 CFR 164.514(b)(2), as restated in the project's domain notes), the module docstrings of
tests/phi/fresh15_notes.py (and the settings named for fresh13 and fresh14 in generated.py's
docstring) and the layout of fresh12_notes.py (how its Part, build and letters are wired, not
its vocabulary or templates); not the scanner, its patterns, name lists, model or data, its
benchmark (bench/), its tests, the body of any other fresh part, nor their git history; the
scanner was not run while writing it or on its notes. Its vocabulary, value shapes, keywords,
connectors, frames, note styles and hand-written letters are a twelfth author's own, from
settings that generated.py's docstring and fresh15's do not name: Laos (Lao script, Buddhist
era dates, "ປີ"), Tunisia (CIN, CNAM, Arabic and French), Sudan (national number, Arabic),
Eritrea (Tigrinya, "ዓመት"), Oman (civil number, "سنة"), Kuwait (civil ID), Slovakia (rodné
číslo, poistenec, "ročný"), Austria (SV-Nummer, e-card, "Jahre"), Luxembourg (matricule, CNS,
Luxembourgish "Joer"), Malta (ID card, "sena", Maltese dates), Venezuela (cédula V-, "años"),
the Dominican Republic (cédula, ARS), Puerto Rico (US SSN, Medicare Advantage, Spanish) and
Trinidad and Tobago. Document types: telehealth transcripts, conference abstracts, tumour board
minutes, M&M meeting notes, handover tables, audiology reports, sexual health clinic notes,
travel clinic records, blood bank crossmatch requests, bereavement letters, transfer requests,
dialysis sheets, pathology requests, insurance claims, a medico-legal report, an e-mail thread,
SMS and WhatsApp threads and a conference abstract in a patient_information section.

Conventions (tests/phi/corpus.py's and fresh15's docstring's): a name without its title or
honorific (Dr, Dr., MUDr., Mr, Mrs, Ms, Sr., Sra., Prof., Ing., Sheikh stay out); a full name
in any order is one span ("KOVÁČ, Ján", "Al-Balushi Said Hamad"); staff names, also with
initials ("J. Hudák", "M.A. Camilleri"), are names; an identifier without its keyword; an age
over 89 with its attached unit in any language ("92-ročný", "93 Jahre", "94 Joer", "91 sena",
"95 años", "92 ans", "93 سنة", "94 ዓመት", "92 ປີ", "96 y/o") or the number alone where no unit
is attached after it ("Alter: 91" -> "91", "عمر 93" -> "93"); ages under 90 are not marked; a
date without its preposition, with a weekday right before it and a time right after it; Lao
Buddhist-era dates ("12/03/2567"; the "ພ.ສ." or "BE" after it stays out), Arabic-Indic digit
dates, German, Slovak, Maltese, French and Spanish dates are dates; a year alone is not. The
street line is one span; each locality (town, village, district of a city) and the postcode
are separate spans; a named hospital, clinic or health centre is a place (the whole name);
states, governorates, regions, wilayats, districts of the first level and countries are never
marked. Categories: `ssn` is a US Social Security number only (Puerto Rican patients); other
national numbers (CIN, rodné číslo, SV-Nummer, matricule, civil ID, cédula, Maltese ID,
Sudanese national number, Lao family book number, an employee number, a police case number)
are `other_id`; insurance numbers (CNAM, e-card/Versicherungsnummer when it is the insurer's,
poistenec, CNS, ARS, Medicare Advantage member ids, a travel insurer's policy) are
`health_plan`; hospital, clinic, lab and blood bank numbers are `mrn`; passports, driving
licences and professional registrations are `licence`; IBANs, accounts and invoices are
`account`; plates and VINs are `vehicle`; hearing aid, cochlear implant, CGM, pacemaker serials
and UDIs are `device`.

Built as build(F16_PART, per_category=26, clean=120, references=8) + F16_LETTERS (54
hand-written notes: 44 with identifiers, one of them a case abstract in the patient's history,
9 clean, 1 reference paragraph in a discussion): 692 notes, 138 of them (20%) without any
identifier (120 generated clean notes, 8 reference notes in an introduction or discussion, 9
clean letters, 1 reference letter), 939 spans - name 243, address 41, place 96, zip 35, date
51, age 43, phone 37, fax 27, email 31, ssn 28, mrn 36, health_plan 35, account 29, licence 30,
vehicle 29, device 30, url 44, ip 27, other_id 47 (`python -m tests.phi.fresh16_notes` prints
them; its templates often add a name beside the identifier, hence the many names). Checked
without the scanner: every span's text is the note's text at its offsets and has no
surrounding blanks, no marks or slots are left in the text, no spans overlap, note ids are
unique, every category is in generated.CATEGORY_ORDER, every marked age is over 89, and builds
under two PYTHONHASHSEED values are identical. Deterministic: its own seed (19_016), values
drawn from the builder's fixed-seed Random, no hash-order dependence. Not wired into any test
or bench: measure it once.

    from tests.phi.fresh16_notes import FRESH16, F16_PART, F16_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _l(r: random.Random, n: int, alphabet: str = "ABCDEFGHKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_DE = ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
       "Oktober", "November", "Dezember"]
_SK = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra",
       "októbra", "novembra", "decembra"]
_MT = ["Jannar", "Frar", "Marzu", "April", "Mejju", "Ġunju", "Lulju", "Awwissu", "Settembru",
       "Ottubru", "Novembru", "Diċembru"]
_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
       "octobre", "novembre", "décembre"]
_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]
_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _f16_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1928, 2025)
    shapes = [
        f"{d:02d}/{m:02d}/{y + 543}",                      # Lao Buddhist era
        f"{d}. {_DE[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}",
        f"{d}. {_SK[m - 1]} {y}",
        f"{d} ta' {_MT[m - 1]} {y}",
        f"{d} {_FR[m - 1]} {y}",
        f"{d} de {_ES[m - 1]} de {y}",
        f"{d:02d}/{m:02d}/{y}".translate(_AR_DIGITS),
        f"{y}-{m:02d}-{d:02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
        f"{d:02d}-{_EN[m - 1].upper()}-{y}",
        f"{m}/{d}/{str(y)[2:]}",
        f"{_EN[m - 1]}. {d}, {y}",
    ]
    return r.choice(shapes)


def _f16_age(r: random.Random, _h: bool) -> tuple[str, str]:
    a = r.randint(90, 104)
    shapes = [
        ("the patient is a {age} widower", f"{a}-year-old"),
        ("pacient {age} s fibriláciou predsiení", f"{a}-ročný"),
        ("Patientin, {age}, lebt allein", f"{a} Jahre"),
        ("Alter: {age}; Pflegestufe 5", f"{a}"),
        ("de Patient ass {age} al", f"{a} Joer"),
        ("il-pazjent għandu {age}", f"{a} sena"),
        ("paciente femenina de {age}, hipertensa", f"{a} años"),
        ("patiente âgée de {age}, sous AVK", f"{a} ans"),
        ("المريض عمره {age}", f"{a} سنة"),
        ("العمر: {age}؛ ضغط مرتفع", f"{a}"),
        ("ሕማም ዘለዎ {age} ሰብኣይ", f"{a} ዓመት"),
        ("ຜູ້ປ່ວຍອາຍຸ {age} ເພດຍິງ", f"{a} ປີ"),
        ("{age} F, nursing home resident", f"{a} y/o"),
        ("aged {age} at the telehealth review", f"{a}"),
        ("a {age} great-grandmother from the parish", f"{a}-yr-old"),
    ]
    return r.choice(shapes)


def _f16_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"+856 20 {_d(r, 4)} {_d(r, 4)}", f"+216 {_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"+249 9{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"+291 7 {_d(r, 6)}",
        f"+968 9{_d(r, 3)} {_d(r, 4)}", f"(+965) {_d(r, 4)}-{_d(r, 4)}",
        f"0905 {_d(r, 3)} {_d(r, 3)}", f"+43 664 {_d(r, 7)}", f"+352 621 {_d(r, 3)} {_d(r, 3)}",
        f"+356 79{_d(r, 6)}", f"0414-{_d(r, 7)}", f"(809) {_d(r, 3)}-{_d(r, 4)}",
        f"787.{_d(r, 3)}.{_d(r, 4)}", f"1-868-{_d(r, 3)}-{_d(r, 4)}",
    ])


F16_VALUES = {
    "date": _f16_date,
    "phone": _f16_phone,
    "fax": lambda r, h: r.choice([
        f"+43 1 {_d(r, 5)}-{_d(r, 2)}", f"(787) {_d(r, 3)}-{_d(r, 4)}", f"+216 71 {_d(r, 6)}",
        f"02/{_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"+352 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}"]),
    "email": lambda r, h: r.choice([
        "{g}.{s}@example.la", "{s}{n}@mail.example.tn", "{g}_{s}@example.at",
        "dr.{s}@clinic.example.sk", "{g}{s}{n}@example.com.do", "{s}.{g}@example.org"]),
    "address": lambda r, h: r.choice([
        f"Hauptstraße {r.randint(1, 180)}/{r.randint(1, 12)}", f"Hlavná {r.randint(1, 99)}",
        f"{r.randint(1, 60)}, rue de Marseille", f"Triq il-Kbira {r.randint(1, 90)}",
        f"Calle {r.randint(1, 40)} #{r.randint(10, 99)}-{r.randint(10, 99)}",
        f"Ban Nongbone, unit {r.randint(1, 30)}, house {r.randint(1, 200)}",
        f"Way {r.randint(1000, 9999)}, house {r.randint(1, 900)}",
        f"Block {r.randint(1, 12)}, Street {r.randint(1, 40)}, House {r.randint(1, 60)}",
        f"Urb. Villa Carolina, calle {r.randint(1, 90)} bloque {r.randint(1, 40)}",
        f"LP {r.randint(1, 90)} Eastern Main Road", f"{r.randint(2, 77)} rue Nicolas Welter"]),
    "place": lambda r, h: r.choice([
        "Hôpital Charles Nicolle", "Mahosot Hospital", "Orotta Referral Hospital",
        "Sultan Qaboos University Hospital", "Mubarak Al-Kabeer Hospital", "AKH Wien",
        "Centre Hospitalier de Luxembourg", "Mater Dei Hospital", "Hospital Vargas",
        "Hospital Auxilio Mutuo", "Port of Spain General Hospital", "FNsP Bratislava"]),
    "zip": lambda r, h: r.choice([f"{r.randint(1000, 9999)}", f"L-{r.randint(1000, 9999)}",
                                  f"{r.randint(811, 999)} {_d(r, 2)}", f"00{r.randint(600, 988)}",
                                  f"{_l(r, 3)} {_d(r, 4)}", f"{r.randint(100, 999)}"]),
    "ssn": lambda r, h: r.choice([f"{r.randint(581, 599)}-{_d(r, 2)}-{_d(r, 4)}",
                                  f"{r.randint(580, 599)} {_d(r, 2)} {_d(r, 4)}",
                                  f"5{_d(r, 8)}"]),
    "mrn": lambda r, h: r.choice([f"MH-{_d(r, 6)}", f"{_d(r, 2)}/{_d(r, 5)}", f"HCN{_d(r, 7)}",
                                  f"{_d(r, 10)}", f"BB{_d(r, 2)}-{_d(r, 5)}",
                                  f"SQU{_d(r, 6)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{_d(r, 8)}/{_d(r, 2)}", f"80756{_d(r, 15)}", f"{_d(r, 4)} {_d(r, 6)}",
        f"ARS-{_d(r, 9)}", f"H{_d(r, 4)}-{_d(r, 3)}-{_l(r, 3)}{_d(r, 4)}", f"TRV-{_l(r, 2)}{_d(r, 7)}"]),
    "account": lambda r, h: r.choice([
        f"AT{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"SK{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"LU{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"INV-{_d(r, 4)}-{_d(r, 5)}", f"{_d(r, 3)}-{_d(r, 6)}-{_d(r, 1)}", f"0102-{_d(r, 4)}-{_d(r, 12)}"]),
    "licence": lambda r, h: r.choice([
        f"P{_d(r, 7)}", f"{_l(r, 2)}{_d(r, 6)}", f"{_d(r, 9)}",
        f"ÖÄK-{_d(r, 5)}", f"MCM {_d(r, 4)}", f"TT-MB {_d(r, 4)}"]),
    "vehicle": lambda r, h: r.choice([
        f"W-{_d(r, 5)} {_l(r, 1)}", f"BA-{_d(r, 3)}{_l(r, 2)}", f"{_l(r, 3)} {_d(r, 3)}",
        f"ກທ {_d(r, 4)}", f"{_l(r, 1)}{_d(r, 6)}", f"P{_l(r, 2)} {_d(r, 4)}"]),
    "vin": lambda r, h: f"{_l(r, 3, 'WVSJTKL')}{_l(r, 2)}{_d(r, 2)}{_l(r, 2)}{_d(r, 8)}",
    "device": lambda r, h: r.choice([
        f"{_d(r, 2)}{_l(r, 2)}{_d(r, 6)}", f"{_l(r, 3)}{_d(r, 7)}",
        f"(01){_d(r, 14)}(21){_l(r, 2)}{_d(r, 5)}", f"CI-{_d(r, 4)}-{_d(r, 4)}",
        f"{_d(r, 4)}{_l(r, 2)}{_d(r, 4)}"]),
    "url": lambda r, h: r.choice([
        "https://telehealth.example.la/visit?pid={z5}{z4}",
        "http://portal.example.at/befund/{z5}{n}", "https://example.com.do/expediente/{z5}",
        "https://my.example.org/{g}-{s}-{n}", "www.example.tn/dossier?id={z4}{n}",
        "https://wa.example.net/c/{s}{z4}"]),
    "ip": lambda r, h: r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"203.0.113.{r.randint(1, 254)}",
                                 f"2001:db8:{_d(r, 2)}::{r.randint(1, 99)}"]),
    "other_id": lambda r, h: r.choice([
        f"{_d(r, 2)}{r.randint(51, 62)}{_d(r, 2)}/{_d(r, 4)}", f"{_d(r, 4)} {_d(r, 6)}",
        f"{_d(r, 8)}", f"V-{r.randint(4, 30)}.{_d(r, 3)}.{_d(r, 3)}",
        f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 1)}", f"{_d(r, 4)}{_d(r, 2)}{_d(r, 2)}{_d(r, 5)}",
        f"{_d(r, 7)}{_l(r, 1)}", f"EMP-{_d(r, 5)}"]),
}

F16_VOCABULARY = Vocabulary(
    given=["Bounmy", "Khamphone", "Souksavanh", "Hédi", "Rim", "Mohamed Amine", "Awadia",
           "Tesfalem", "Mebrahtu", "Said", "Muna", "Fahad", "Dalal", "Ján", "Zuzana", "Lukas",
           "Theresa", "Gilles", "Mireille", "Ġorġ", "Marija", "Yusmary", "Wilmer", "Yokasta",
           "Ramón Luis", "Nilda", "Kavita", "Desmond"],
    surnames=["Phommachanh", "Vongsavath", "Sayavong", "Ben Salah", "Trabelsi", "Elhag",
              "Abdelrahim", "Ghebreyesus", "Tekle", "Al-Balushi", "Al-Harthy", "Al-Mutairi",
              "Kováč", "Horváthová", "Gruber", "Pichler", "Hoffmann", "Schmit", "Wagner",
              "Camilleri", "Borg", "Zammit", "Rondón", "Guaidó", "Peña", "Rivera Colón",
              "Ramkissoon", "Mohammed-Ali"],
    cities=["Vientiane", "Luang Prabang", "Pakse", "Sfax", "Sousse", "Bizerte", "Omdurman",
            "Kassala", "Asmara", "Keren", "Nizwa", "Salalah", "Jahra", "Salmiya", "Košice",
            "Prešov", "Graz", "Linz", "Esch-sur-Alzette", "Ettelbruck", "Birkirkara", "Qormi",
            "Maracaibo", "Barquisimeto", "Santiago de los Caballeros", "Bayamón", "Caguas",
            "San Fernando", "Chaguanas"],
    streets=["Hlavná", "Triq il-Kbira", "Avenue Habib Bourguiba"],
    relations=["daughter", "son", "wife", "husband", "granddaughter", "nephew", "carer"],
    clean=[
        "Audiogram: bilateral sloping SNHL, PTA 62 dB right, 58 dB left; tympanometry type A.",
        "Crossmatch 2 units RBC, group O RhD positive, antibody screen negative.",
        "Tumour board: cT3N1M0 rectal adenocarcinoma, MRI EMVI positive, CRM 1 mm; TNT advised.",
        "M&M: delayed recognition of sepsis, NEWS2 7 at 02:00, antibiotics at 04:10 (130 min).",
        "Travel clinic: yellow fever vaccine given, typhoid Vi 25 mcg IM, malaria prophylaxis "
        "atovaquone-proguanil 250/100 mg daily.",
        "Sexual health: NAAT for CT/NG negative, syphilis EIA negative, HIV Ag/Ab negative.",
        "HbA1c 8.9% (74 mmol/mol); fasting glucose 9.8 mmol/L; LDL 3.1 mmol/L.",
        "Beta-thalassaemia trait (HBB c.79G>A, HbE) common in Lao and Thai families.",
        "G6PD deficiency (Mediterranean variant) noted; primaquine withheld.",
        "Classified as Child-Pugh B8, MELD-Na 17; Baveno VII criteria applied.",
        "FIGO IIIC1, ESMO 2023 guideline; carboplatin AUC 5 and paclitaxel 175 mg/m2 every 21 days.",
        "Vienna classification of Crohn disease: A2 L3 B2.",
        "Tokyo guidelines 2018 grade II cholangitis; Charcot triad present.",
        "Bethesda category IV thyroid nodule, TI-RADS 4, 2.1 cm.",
        "Glasgow-Blatchford score 9, Rockall 5; Forrest IIa ulcer clipped.",
        "Salzburg consensus EEG criteria were met for NCSE.",
        "Montreal classification E2 ulcerative colitis, Mayo endoscopic score 2.",
        "Snellen 6/18 both eyes; Amsler grid normal.",
        "Legionella urinary antigen positive; Oman and Kuwait outbreak reports were reviewed.",
        "Mycetoma (Madurella mycetomatis) common in Sudan; itraconazole 400 mg daily.",
        "Cutaneous leishmaniasis acquired in Tunisia; visceral disease excluded by rK39.",
        "Dengue NS1 positive, platelets 38 x10^9/L, haematocrit 46%.",
        "Melioidosis suspected in the returning traveller from Laos; meropenem 1 g q8h.",
        "Chikungunya IgM positive after travel to the Dominican Republic and Puerto Rico.",
        "Chagas serology negative (Venezuela exposure); ECG normal, QTc 432 ms.",
        "BRCA2 c.5946delT detected; MLH1 promoter unmethylated; TMB 4 mut/Mb.",
        "EGFR exon 19 deletion; PD-L1 TPS 60%; ALK and ROS1 negative.",
        "Tacrolimus trough 7.2 ng/mL; mycophenolate 720 mg BD; prednisolone 5 mg.",
        "Dialysis: Kt/V 1.3, URR 68%, dry weight 64.5 kg, UF 2.1 L over 4 h.",
        "Oxygen 2 L/min via nasal cannula, target SpO2 88-92%.",
        "Apgar 7 and 9; birth weight 3120 g; Ballard 38 weeks.",
        "Paracetamol 1 g QDS, ibuprofen 400 mg TDS, oxycodone 5 mg PRN max 4 doses per 24 h.",
        "ICD-10 B50.9, A90 and J18.9; ATC J01DD04.",
        "LOINC 2345-7 glucose, 2160-0 creatinine, 718-7 haemoglobin.",
        "Ward 7B, bed 14; cubicle 3 for isolation.",
        "Cycle 3 day 1 of FOLFOX; neutrophils 1.6 x10^9/L, proceed.",
        "Follow-up in 6 weeks with repeat audiometry and tinnitus questionnaire (THI 46).",
        "Updated Sydney system gastritis grading; OLGA stage II.",
        "Registered under Article 9 of the Austrian Hospitals Act; consent form version 4.2.",
        "eGFR 28 mL/min/1.73m2; metformin stopped; gliclazide 40 mg daily.",
        "Weight 91 kg, height 168 cm, BMI 32.2; waist 104 cm.",
        "Haemoglobin 92 g/L; ferritin 9 ug/L; IV iron 1000 mg given.",
        "Tympanic membrane perforation, grade II of IV; Rinne negative on the left.",
        "No. of units transfused: 3; reaction: none.",
        "Case 4 of 12 in the 2022 audit; 95% CI 0.61-0.89, p = 0.003.",
        "Department of Otorhinolaryngology, Level 2, Room 214.",
        "Troponin T 18 then 21 ng/L at 3 h; HEART score 3.",
        "Abstract: 312 patients, median age 64 (IQR 55-72), 58% male.",
        "Reg. no. of the trial: not applicable (service evaluation).",
        "GCS 14 (E4 V4 M6); pupils 3 mm reactive.",
        "Mantoux 12 mm; IGRA positive; CXR clear; isoniazid 300 mg for 6 months.",
        "Gram-negative bacilli in 2 of 2 bottles at 14 h; ESBL E. coli.",
        "Qatar and Bahrain protocols differ on Hajj meningococcal vaccine timing (ACWY).",
    ],
    seed=19_016,
)

F16_CONNECTORS = [": ", " - ", " no.: ", " nr. ", " č. ", " Nr.: ", " = ", " -> ", "\t",
                  " (", " num ", " is ", " was recorded as ", ":  "]
F16_FRAMES = ["{kv}", "> {kv}", "Telehealth ID check: {kv}, verified on camera.",
              "|| {kw} || {v} ||", "{kw}\n{v}", "[{kv}]", "Abstract author data - {kv}.",
              "Minutes item 3: {kv} (confirmed by the chair).", "- {kw}: {v} (scanned copy)",
              "Handover | {kw} | {v} | pending"]
F16_AFTER = ["{v} = {kw}", "{v} ({kw}, checked)", "{v} -- {kw}", "{v} is her {kw}"]

F16_KEYWORDS = {
    "address": ["Adresse", "Adresa", "Indirizz", "Dirección", "Wohnadresse", "Home addr."],
    "zip": ["PLZ", "PSČ", "Code postal", "Postcode", "Código postal", "ZIP"],
    "phone": ["Tel.", "Mobil", "Telefón", "Cel.", "WhatsApp", "Contact no.", "Handy",
              "هاتف"],
    "fax": ["Fax", "Telefax", "Fax no.", "Fax (Befunde)"],
    "email": ["E-Mail", "Courriel", "Correo", "Email", "Epost"],
    "ssn": ["SSN", "Seguro Social", "Núm. Seguro Social", "Social Security #"],
    "mrn": ["Patienten-ID", "Číslo chorobopisu", "Dossier n°", "Hospital no.", "Expediente",
            "BB sample no.", "MRN", "Fallzahl"],
    "health_plan": ["CNAM", "e-card", "Poisťovňa č.", "CNS matricule assuré", "ARS afiliado",
                    "Medicare Advantage ID", "Travel policy", "Versicherungsnummer"],
    "account": ["IBAN", "Invoice", "Factura", "Rechnungsnummer", "Konto", "Account"],
    "licence": ["Passport", "Reisepass", "Pasaporte", "Führerschein", "Licencia",
                "Medical Council reg.", "ÖÄK-Nr"],
    "vehicle": ["Kennzeichen", "EČV", "Placa", "Reg. plate", "ປ້າຍລົດ", "Matrícula"],
    "device": ["Hearing aid serial", "CI serial", "CGM sensor", "PPM serial", "UDI",
               "Seriennummer"],
    "url": ["Link", "Telehealth link", "Portal", "Enlace"],
    "ip": ["IP", "Client IP", "Remote addr", "Adresse IP"],
    "other_id": ["CIN", "Rodné číslo", "SV-Nummer", "Matricule", "Civil ID", "Cédula",
                 "ID card", "National No.", "Employee no.", "رقم مدني"],
}

F16_SENTENCES = {
    "name": [
        "{full} joined the telehealth call with her {rel} {given}.",
        "Tumour board present: Prof. {full}, Dr {surname}, Dr. {full}; minutes by {given}.",
        "M&M presenter: MUDr. {full}. Discussant: {given} {surname}.",
        "{given} was seen. {given} cried. Plan explained to {surname}.",
        "Hörtest bei Frau {surname}; Begleitung durch {full}.",
        "Pacientka {full} prišla s dcérou.",
        "La paciente {full} acude con su hija {given}.",
        "المريض {full} حضر مع ابنه.",
        "Signed: {full}, audiologist.",
        "ຜູ້ປ່ວຍ {full} ມາກວດ.",
        "Reviewed by Sr. {surname} and Mr {full} (bereavement nurse).",
        "Crossmatch requested by Dr {surname} for {full}.",
        "{surname}, {given}: seen in sexual health clinic, partner notification done.",
    ],
    "address": [
        "{full} lives at {v}, {city}.", "Home: {v}\n{city}", "Dirección: {v}, {city}.",
        "Wohnhaft {v}, {city}, bei {full}.", "Bývalisko {v}, {city}, bez výťahu.",
        "Address of {full} on the transfer form: {v} ({city}).",
    ],
    "place": [
        "Transferred from {v} to {v} by road.", "Referred to {v} for cochlear implant assessment.",
        "Born in {city}; moved to Austria in 1998.", "{given} returned from {city} last week.",
        "Tumour board at {v}, video link; chair Dr {surname}.",
        "Lives in {city} with her {rel} {given}.",
        "{city}\nfamily doctor unchanged.",
    ],
    "zip": [
        "Adresse: {city} {v}.", "{v} {city}", "PSČ {v}, {city}.", "Postal code {v} ({city}).",
        "{full}, {v} {city}", "Zustelladresse {v} {city}, z. H. {full}.",
    ],
    "date": [
        "Seen on {v}.", "DOB {v}.", "Abstract: first seen {v}, then lost to follow-up.", "ວັນທີ {v} first visit.",
        "Geburtsdatum: {v}", "Dátum prijatia: {v}", "Fecha de ingreso: {v}.",
        "Transfused {v}, no reaction.", "Telehealth session held {v} with interpreter.",
        "تاريخ الميلاد {v}", "Died on {v} at home.", "Tumour board date {v}; next in 2 weeks.",
        "Date du décès: {v}.",
    ],
    "phone": [
        "Call {given} on {v} after 5 pm.", "WhatsApp {v}: message read by {full}.",
        "Tochter {given} erreichbar unter {v}.", "Si no contesta, llamar al {v}.",
        "Daughter {given} - {v}.",
    ],
    "fax": ["Results faxed to Dr {surname} on {v}.", "Fax the crossmatch form to {v} please.",
            "Befund per Fax an {v} gesendet."],
    "email": ["Send the audiogram to {v} (Dr {full}).", "Correo del familiar: {v}",
              "Patient e-mailed from {v} asking for the swab results.",
              "From: {full} <{v}>"],
    "ssn": ["{full}: Seguro Social {v} en la tarjeta.", "His SSN is {v}.",
            "SSN on the Medicare card copy: {v}."],
    "mrn": ["Hospital number {v}, {full}.", "Pat.-Nr. {v} ({surname}).", "Expediente {v}, cama 12, {full}.",
            "Blood bank sample {v} valid for 72 h."],
    "health_plan": ["{full}, insured with CNAM, number {v}.", "e-card {v} gesteckt.",
                    "ARS afiliado {v}, titular {full}.", "Travel insurer policy {v}, claim opened."],
    "account": ["Dear {full}, please settle invoice {v}.", "Refund to IBAN {v}, holder {full}.", "Cuenta {v} (copago)."],
    "licence": ["{full}, passport {v} (Eritrea).", "Führerschein {v} von {full} eingezogen nach Synkope.",
                "Registered with the Medical Council, no. {v}."],
    "vehicle": ["Brought in by her {rel} {given}, car plate {v}.", "Kennzeichen {v} (Rettungswagen gerufen).",
                "Ambulance bay: vehicle {v} left at 03:10.", "VIN {vin} recorded by police."],
    "device": ["Hearing aid serial {v} replaced for {full}.", "Cochlear implant serial {v}, left ear; audiologist {full}.",
               "Pacemaker serial {v}, interrogated: normal function."],
    "url": ["{given}, join the consultation at {v}.", "Results for {full} available at {v}.",
            "She posted her story at {v}."],
    "ip": ["Telehealth session with {full} from {v} dropped twice.", "Login from {v} flagged by IT (user {surname}).",
           "Portal access logged from IP {v}."],
    "other_id": ["{full}, rodné číslo {v}.", "CIN {v}, carte vérifiée ({full}).", "Cédula {v}; {given} {surname} firmó el consentimiento.",
                 "Civil ID {v} (Kuwait), {full}.", "SV-Nummer {v}.", "Matricule {v}.",
                 "National number {v} (Sudan)."],
}

F16_REFERENCES = [
    "Similar cases are reviewed at https://doi.org/10.1016/j.ijid.{n}.",
    "See the consensus statement (https://pubmed.ncbi.nlm.nih.gov/3{n}{n}/).",
    "Guideline text: https://www.ncbi.nlm.nih.gov/books/NBK{n}{n}/.",
]

F16_STYLES = [
    "{body}",
    "TELEHEALTH TRANSCRIPT\n[00:01] Clinician: {body}\n[00:09] Patient: Yes.",
    "TUMOUR BOARD MINUTES\nItem 2.\n{body}\nOutcome: as below.",
    "M&M MEETING NOTES - surgical directorate\n{body}\nLearning points agreed.",
    "| Bed | Issue |\n|---|---|\n| 12 | {body} |",
    "AUDIOLOGY REPORT\n{body}\nAudiologist signature on file.",
    "CONFERENCE ABSTRACT\nBackground: {body}",
    "SEXUAL HEALTH CLINIC\n{body}",
    "TRAVEL CLINIC RECORD\n{body}",
    "BLOOD BANK REQUEST\n{body}\nGroup and screen attached.",
    "Bereavement follow-up:\n{body}",
    "ÄRZTLICHER BEFUND\n{body}\nMit freundlichen Grüßen",
]

F16_PART = Part("fresh16", F16_VOCABULARY, F16_CONNECTORS, F16_FRAMES, F16_KEYWORDS,
                F16_SENTENCES, F16_AFTER, F16_REFERENCES, True, values=F16_VALUES,
                age=_f16_age, styles=F16_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh16-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("lao-telehealth",
     "TELEHEALTH - [[place:Mahosot Hospital]] ENT clinic\nPatient: [[name:PHOMMACHANH Bounmy]]"
     " ([[age:92 ປີ]])\nວັນເກີດ [[date:03/07/2475]] ພ.ສ.\nFamily book no. [[other_id:0417-"
     "2231-09]]\n[[place:Ban Sokpaluang]], [[place:Vientiane]]\nDaughter [[name:Khamphone]] on "
     "[[phone:+856 20 5512 7730]].\nPTA 71 dB bilaterally; hearing aid trial."),
    ("tunisia-tumour-board",
     "RCP ONCOLOGIE DIGESTIVE - [[place:Hôpital Charles Nicolle]]\nDate: [[date:14 mars 2024]]"
     "\nPatiente: Mme [[name:TRABELSI Rim]], née le [[date:02/11/1956]], CIN [[other_id:0735"
     "1288]], CNAM [[health_plan:17840023/45]]\nPrésents: Pr [[name:H. Ben Salah]], Dr [[name:"
     "Mohamed Amine Gharbi]]\nAdénocarcinome du bas rectum cT3N1M0. Décision: RCC puis TME."),
    ("sudan-transfer",
     "Transfer request\nFrom: [[place:Omdurman Teaching Hospital]]\nPatient [[name:Awadia Elhag "
     "Abdelrahim]], [[age:93 سنة]], national number [[other_id:1920 447812]]\nRoute via "
     "[[place:Kassala]]; mycetoma left foot, on itraconazole 200 mg BD.\nContact son "
     "[[phone:+249 912 448 305]]"),
    ("eritrea-abstract",
     "CONFERENCE ABSTRACT (case)\nA [[age:94-year-old]] woman from [[place:Keren]] presented "
     "with visceral leishmaniasis; rK39 positive, Hb 6.2 g/dL. She was treated with liposomal "
     "amphotericin B 3 mg/kg. Authors: [[name:T. Ghebreyesus]], [[name:M. Tekle]].",
     "patient_information"),
    ("oman-mm",
     "M&M - Department of Surgery\nCase: [[name:Al-Harthy Said Hamad]], MRN [[mrn:SQU448120]],"
     " admitted [[date:2023-09-04 22:40]] with perforated DU. Delay of 9 h to theatre.\n"
     "Presenter: Dr [[name:Muna Al-Balushi]]. Learning: CT out of hours."),
    ("kuwait-sms",
     "SMS log\n[[date:12/01/2024 08:15]] To [[phone:(+965) 6623-1904]]: Your appointment at "
     "[[place:Mubarak Al-Kabeer Hospital]] audiology is tomorrow.\n08:16 Reply: ok thanks, "
     "[[name:Fahad]]"),
    ("slovak-crossmatch",
     "ŽIADANKA NA KRVNÚ BANKU\nMeno: [[name:KOVÁČ Ján]]\nRodné číslo: [[other_id:380712/4471]]"
     "\nPoisťovňa č. [[health_plan:2418 339021]]\nČíslo vzorky [[mrn:BB24-00931]]\n"
     "Požadované: 2 TU erytrocytov, O RhD+."),
    ("austria-audiology",
     "Audiologischer Befund\nPatientin: [[name:Theresa Pichler]], [[age:91 Jahre]]\nSV-Nummer "
     "[[other_id:1234 120333]]\nAdresse: [[address:Hauptstraße 42/3]]\n[[zip:8010]] "
     "[[place:Graz]]\nHörgeräte-Seriennummer [[device:HG7731902]]\nBefundender Arzt: Dr. "
     "[[name:L. Gruber]]"),
    ("luxembourg-bereavement",
     "Lettre de deuil\nMadame [[name:Mireille Schmit]],\n[[address:12 rue Nicolas Welter]]\n"
     "[[zip:L-4242]] [[place:Esch-sur-Alzette]]\nNous pensons à vous depuis le décès de "
     "[[name:Gilles]] le [[date:8 février 2024]]. Dr [[name:Wagner]] reste disponible."),
    ("malta-sexual-health",
     "GU Clinic, [[place:Mater Dei Hospital]]\nClinic no. [[mrn:GU-24-0713]]\nID card "
     "[[other_id:0452681M]]\nNAAT negative; partner notification declined.\nSeen by [[name:M.A. "
     "Camilleri]]"),
    ("venezuela-whatsapp",
     "WhatsApp\n[[name:Yusmary]]: doctora, mi abuela tiene [[age:96 años]] y no come\n"
     "Dra. [[name:Rondón]]: tráigala al [[place:Hospital Vargas]] mañana\n[[name:Yusmary]]: "
     "su cédula es [[other_id:V-4.512.009]]"),
    ("dr-travel",
     "Travel clinic record\nPaciente: [[name:Yokasta Peña]]\nCédula [[other_id:031-0448213-7]]"
     "\nDestino: Ghana, 3 semanas. Fiebre amarilla aplicada.\nPasaporte [[licence:RD4481023]]"),
    ("pr-handover",
     "| Bed | Patient | Issue |\n|---|---|---|\n| 4 | [[name:Rivera Colón, Nilda]] | "
     "[[age:97 y/o]], UTI, SSN [[ssn:584-21-7736]] on file |\n| 5 | (empty) | - |"),
    ("tt-email",
     "From: [[name:Kavita Ramkissoon]] <[[email:kavita.ramkissoon@example.org]]>\nSent: "
     "[[date:Feb. 3, 2024]]\nRe: my father's results\nPlease send them to my address "
     "[[address:LP 44 Eastern Main Road]], [[place:Chaguanas]]. Thanks."),
    ("lao-discharge",
     "ໃບສະຫຼຸບການປິ່ນປົວ / DISCHARGE\n[[place:Luang Prabang Provincial Hospital]]\nຊື່: "
     "[[name:Souksavanh Vongsavath]]   HN [[mrn:LPB-0448712]]\nວັນເຂົ້າ [[date:02/02/2567]] ວັນອອກ "
     "[[date:09/02/2567]]\n[[place:Ban Phonheuang]], [[place:Luang Prabang]]\nຜູ້ດູແລ: [[name:Bounmy]] "
     "[[phone:+856 20 9981 4420]]\nMelioidosis, ceftazidime 14 days then co-trimoxazole."),
    ("lao-vaccination",
     "Vaccination record\nChild: [[name:Noy Sayavong]], born [[date:11/06/2566]] BE\nMother "
     "[[name:Khamphone Sayavong]]\nVillage: [[place:Ban Nakham]], [[place:Pakse]]\nBCG, HepB0, "
     "OPV1-3, Penta 1-3, MR1 given. Nurse [[name:V. Phommachanh]]."),
    ("tunisia-complaint",
     "Réclamation n° [[other_id:REC-2024-0417]]\nDe: [[name:Hédi Trabelsi]], [[address:23, rue "
     "de Marseille]], [[zip:1000]] [[place:Tunis]]\nCourriel: [[email:hedi.trabelsi@mail.example."
     "tn]]\nMa mère, [[age:92 ans]], a attendu 7 heures aux urgences le [[date:3 janvier 2024]]."),
    ("tunisia-mh",
     "Évaluation psychiatrique - [[place:Hôpital Razi]]\nPatient: [[name:Ben Salah Mehdi]], 34 "
     "ans, CIN [[other_id:09128834]]\nAdressé par Dr [[name:Rim Gharbi]] ([[place:Sousse]]).\n"
     "PHQ-9 21, risque suicidaire modéré. Tél. frère [[phone:+216 98 224 561]]."),
    ("sudan-occupational",
     "Occupational health - gold mining clinic\nWorker: [[name:Mohamed Osman Elhag]], "
     "Employee no. [[other_id:EMP-20931]]\nSilica exposure 11 years; spirometry FEV1/FVC 0.62.\n"
     "Reviewed at [[place:Atbara]] by Dr [[name:Abdelrahim]] on [[date:٢٠/٠٥/٢٠٢٤]]."),
    ("eritrea-maternity",
     "Maternity booking\nName: [[name:Tesfalem Ghebremedhin Saba]]\nAddress: [[place:Godaif]], "
     "[[place:Asmara]]\nG4P3, LMP 4 weeks before booking; EDD [[date:14-SEP-2024]]\nHusband "
     "[[name:Mebrahtu]] [[phone:+291 7 118843]]\nHb 10.8, HIV negative, VDRL negative."),
    ("oman-newborn",
     "Newborn check - [[place:Nizwa Hospital]]\nBaby of [[name:Dalal Al-Balushi]], born "
     "[[date:2024-01-17 03:52]]\nCivil no. of mother [[other_id:10482231]]\nApgar 8/9, weight "
     "3.4 kg, red reflex present both eyes, hips stable (Barlow/Ortolani negative)."),
    ("oman-ed",
     "ED TRIAGE (CTAS 2)\n[[age:95 y/o]] M from [[place:Ibri]], wilayat of Ad Dhahirah, brought "
     "by son [[name:Said]]\nAddress: [[address:Way 3412, house 88]], [[place:Al Khuwair]]\nMRN "
     "[[mrn:SQU771203]]\nRR 28, SpO2 86%, T 38.9; sepsis pathway started."),
    ("kuwait-insurance",
     "Insurance claim - Afya\nMember: [[name:Fahad Al-Mutairi]]\nCivil ID [[other_id:284051201"
     "337]]\nPolicy [[health_plan:TRV-KW4410283]]\nInvoice [[account:INV-2024-11873]]\nAddress: "
     "[[address:Block 4, Street 12, House 31]], [[place:Salmiya]]\nProcedure: PCI to LAD, 1 DES."),
    ("slovak-icu",
     "ICU progress - ARO, [[place:UNLP Košice]]\nPacient: [[name:Horváthová Zuzana]], "
     "[[age:91-ročná]]\nPrijatá [[date:12. marca 2024]]\nNorepinefrín 0.12 ug/kg/min, laktát "
     "3.1, SOFA 9.\nOšetrujúci lekár: MUDr. [[name:J. Hudák]]\nDcéra: [[phone:0905 338 120]]"),
    ("slovak-medicolegal",
     "Znalecký posudok\nPoškodený: [[name:Ján Kováč]], nar. [[date:7. júla 1938]]\nBydlisko: "
     "[[address:Hlavná 17]], [[zip:080 01]] [[place:Prešov]]\nDopravná nehoda, vozidlo EČV "
     "[[vehicle:PO-482BK]]\nZlomenina krčka stehennej kosti (AO 31-B2)."),
    ("austria-anaesthesia",
     "Narkoseprotokoll\nPatient: [[name:Pichler Lukas]], geb. [[date:23.04.1931]] ([[age:93 "
     "Jahre]])\nFallzahl [[mrn:4412093318]]\nASA III, Mallampati 2, Cormack-Lehane 1.\nAnästhesist "
     "Dr. [[name:T. Hoffmann]], ÖÄK-Nr [[licence:ÖÄK-44120]]\nPropofol 80 mg, Rocuronium 40 mg."),
    ("austria-dialysis",
     "Dialyseprotokoll\n[[name:Gruber, Theresa]] | e-card [[health_plan:8075601234567890123]]\n"
     "Maschine Seriennummer [[device:5008S-7731244]]\nDatum [[date:15.02.2024]]\nKt/V 1.4, UF 2.3 "
     "L, Heparin 2000 IE Bolus.\nTransport: Rotes Kreuz, Kennzeichen [[vehicle:W-44812 K]]"),
    ("luxembourg-gp",
     "Lettre de recommandation\nCher confrère,\nJe vous adresse M. [[name:Gilles Schmit]], "
     "[[age:90 Joer]], matricule [[other_id:1934031512345]], CNS [[health_plan:1934 031512]]\n"
     "[[address:5, rue de la Gare]], [[zip:L-9010]] [[place:Ettelbruck]]\nDr [[name:Marie Wagner]]"
     ", [[fax:+352 26 81 44]]"),
    ("malta-community",
     "Community nursing visit\nPatient: [[name:Ġorġ Borg]], [[age:94 sena]]\n[[address:Triq "
     "il-Kbira 41]]\n[[place:Qormi]] [[zip:QRM 1210]]\nDate: [[date:5 ta' Marzu 2024]]\nPressure "
     "ulcer grade 2 sacrum; Waterlow 18. Wife [[name:Marija]] coping.\nNurse [[name:S. Zammit]]"),
    ("malta-safeguarding",
     "Safeguarding referral\nAdult at risk: [[name:Marija Camilleri]], ID card [[other_id:"
     "0931948M]]\nConcern raised by her nephew [[name:Karl]] via [[email:karl.camilleri@example."
     "org]]\nPolice report no. [[other_id:PR-24-1187]]\nNo injuries; financial abuse suspected."),
    ("venezuela-ed",
     "Emergencia - [[place:Hospital Universitario de Maracaibo]]\nPaciente: [[name:Wilmer José "
     "Guaidó]], C.I. [[other_id:V-11.203.448]]\nFecha: [[date:4 de abril de 2024]]\nDirección: "
     "[[address:Calle 72 #14-38]], [[place:Maracaibo]]\nDolor torácico, SCACEST inferior; "
     "trombólisis con estreptoquinasa 1.5 MU."),
    ("dr-claim",
     "Reclamación ARS\nAfiliado: [[name:Yokasta Peña]] [[health_plan:ARS-204418823]]\nCédula "
     "[[other_id:402-2218841-3]]\nFactura [[account:INV-7712-00452]]\nClínica: [[place:Clínica "
     "Corazones Unidos]], [[place:Santiago de los Caballeros]]\nTel. [[phone:(809) 581-2290]]"),
    ("pr-telehealth",
     "Telemedicina - transcripción\n[00:00] Dra. [[name:Nilda Rivera]]: ¿Me escucha, doña "
     "[[name:Carmen]]?\n[00:04] Paciente: sí, tengo [[age:93 años]], mi nieto me ayuda\nEnlace: "
     "[[url:https://telehealth.example.la/visit?pid=5512093]]\nIP cliente [[ip:192.168.14.22]]\n"
     "Medicare Advantage ID [[health_plan:H4421-007-MVA4412]]"),
    ("pr-claim",
     "CMS-1500 summary\nPatient [[name:Ramón Luis Rivera Colón]]\nSSN [[ssn:583-44-1029]]\n"
     "[[address:Urb. Villa Carolina, calle 88 bloque 12]]\n[[place:Carolina]], PR [[zip:00985]]"
     "\nCGM sensor [[device:(01)00386270000385(21)AB44210]]"),
    ("tt-mh",
     "Mental health assessment\nClient: [[name:Desmond Mohammed-Ali]], 42\nAddress: [[address:LP "
     "17 Eastern Main Road]], [[place:Tunapuna]]\nBrought by police, case [[other_id:TTPS-"
     "24-3381]]\nDr [[name:K. Ramkissoon]] (Medical Board reg. [[licence:TT-MB 2291]])"),
    ("eritrea-radiology",
     "Radiology report\nPatient: [[name:Tekle Ghebreyesus]]\nHospital no. [[mrn:ORH-04471]]\n"
     "Clinical history: [[age:96 ዓመት]], cough, weight loss.\nCXR: right upper lobe cavity; "
     "GeneXpert requested.\nReported by [[name:A. Tesfay]] on [[date:12/03/2024]]"),
    ("kuwait-bloodbank",
     "BLOOD BANK CROSSMATCH\nName: [[name:Al-Mutairi, Nouf]]\nSample [[mrn:BB24-11873]]\nDOB "
     "[[date:14/09/1961]]\nGroup A Rh negative, anti-D detected; 2 units antigen-negative.\n"
     "Requested by Dr [[name:Dalal]] on call"),
    ("sudan-whatsapp",
     "WhatsApp\n[[name:Awadia]]: ابوي عمره [[age:97 سنة]] و عنده حمى\nDr [[name:Elhag]]: "
     "bring him to the clinic tomorrow\n[[name:Awadia]]: [[phone:+249 912 003 418]] this is my "
     "number"),
    ("clean-travel",
     "Travel clinic: trip to Laos, Cambodia and Vietnam, 4 weeks. Japanese encephalitis vaccine "
     "2 doses (day 0, 28); rabies PrEP days 0 and 7; doxycycline 100 mg daily for malaria."),
    ("clean-bloodbank",
     "Group and screen: O RhD negative; anti-K detected (titre 1:16). Kell-negative units x2 "
     "crossmatched. Kleihauer 4 mL FMH; anti-D 500 IU given."),
    ("clean-sexual-health",
     "GUM: RPR 1:32, TPPA reactive; benzathine penicillin 2.4 MU IM. HIV viral load <50 "
     "copies/mL, CD4 612. Partner notification code 2."),
    ("clean-handover",
     "| Bed | Issue | Jobs |\n|---|---|---|\n| 3 | DKA, pH 7.14 | K+ 3.4, replace 40 mmol |\n| 7 "
     "| NSTEMI, GRACE 142 | angio Friday |\n| 11 | Hip # day 2 | Hb 88, transfuse 1 unit |"),
    ("clean-abstract-2",
     "Conference abstract: Cochlear implantation over age 80 in Austria and Luxembourg (n = 41). "
     "CNC word scores improved from 8% to 54% at 12 months (p < 0.001)."),
    ("austria-email-thread",
     "Von: [[name:Lukas Gruber]] <[[email:lukas_gruber@example.at]]>\nAn: Ambulanz HNO\nDatum: "
     "[[date:Mo 11.03.2024 09:14]]\nBetreff: Befund meiner Oma ([[age:98 Jahre]])\nBitte senden "
     "Sie den Befund an [[address:Hauptstraße 7/2]], [[zip:4020]] [[place:Linz]].\nLG [[name:Lukas]]\n"
     "> Antwort: Dr. [[name:Pichler]], Tel. [[phone:+43 664 5518203]]"),
    ("slovak-gp-referral",
     "Odporúčanie na vyšetrenie\nPacient: [[name:Ján Horváth]], RČ [[other_id:350211/118]]\n"
     "Adresa: [[address:Hlavná 58]], [[zip:040 01]] [[place:Košice]]\nPoisťovňa č. "
     "[[health_plan:2419 552013]]\nDiagnóza: I48.0, CHA2DS2-VASc 5.\nMUDr. [[name:Zuzana Kováčová]],"
     " kód lekára [[licence:A12345678]]"),
    ("tunisia-dialysis",
     "Fiche de séance d'hémodialyse\nPatient: [[name:Ben Salah Hédi]], dossier n° [[mrn:24/"
     "08812]]\nGénérateur n° série [[device:FMC-4008S-220913]]\nDate: [[date:16 avril 2024]]\n"
     "Poids sec 61 kg, UF 2.4 L, Kt/V 1.2.\nTransport: ambulance [[vehicle:214 TU 8812]]\n"
     "Infirmier: [[name:Rim B.]]"),
    ("venezuela-bereavement",
     "Carta de duelo\nEstimada Sra. [[name:Yusmary Rondón]]:\nLamentamos el fallecimiento de su "
     "madre, [[name:Carmen Rondón]], de [[age:99 años]], el [[date:2 de febrero de 2024]] en el "
     "[[place:Hospital Central de Barquisimeto]].\nSi necesita apoyo llame al [[phone:0414-"
     "5528130]].\nPsic. [[name:A. Peña]]"),
    ("tt-insurance",
     "Claim form - group health\nMember: [[name:Kavita Ramkissoon]]\nPolicy [[health_plan:TRV-TT"
     "2219034]]\nAccount [[account:120-448213-7]]\nAddress: [[address:LP 92 Eastern Main Road]]"
     "\n[[place:San Juan]]\nTrinidad and Tobago\n"
     "Portal: [[url:https://my.example.org/kavita-ramkissoon-44]]"),
    ("kuwait-pathology",
     "Pathology request\nPatient: [[name:Dalal Al-Mutairi]], civil ID [[other_id:27811240"
     "1155]]\nHospital no. [[mrn:MH-448120]]\nSpecimen: breast core, left 2 o'clock; BI-RADS 5.\n"
     "Requesting: Dr [[name:Fahad]] | bleep 4412 | [[email:dr.almutairi@clinic.example.sk]]"),
    ("clean-tumour-board",
     "TUMOUR BOARD MINUTES\n1. cT2N0 NSCLC, EGFR L858R, PD-L1 5%: SBRT 54 Gy in 3 fractions.\n"
     "2. pT3N1 colon, MSI-high: no adjuvant FOLFOX; surveillance CEA 3-monthly.\n"
     "3. Ann Arbor IIIB Hodgkin: ABVD x6, PET after cycle 2 (Deauville 3)."),
    ("clean-mm",
     "M&M SUMMARY: 14 cases; 2 deaths (Clavien-Dindo V); readmissions 6%. Tokyo grade III "
     "cholangitis in bed 9 managed with ERCP within 24 h. No names recorded."),
    ("clean-audiology",
     "Audiogram: 250 Hz 20 dB, 1 kHz 45 dB, 4 kHz 70 dB; speech discrimination 72% at 80 dB. "
     "Weber central, Rinne positive bilaterally. Austria and Slovakia referral pathways compared."),
    ("clean-abstract",
     "Background: Melioidosis in Laos and Thailand. Methods: 212 cases (2015-2022), median age "
     "51. Results: mortality 18% (95% CI 13-24). Conclusion: ceftazidime 2 g q8h remains first "
     "line."),
    ("reference-discussion",
     "Discussion: our findings agree with the Kuwait cohort (https://doi.org/10.1016/j.jiph.2021"
     ".04.007) and the Tunisian series.", "discussion"),
]

F16_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH16: tuple[Note, ...] = build(F16_PART, per_category=26, clean=120, references=8) + F16_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH16 for e in n.expected)
    print(len(FRESH16), "notes,", sum(1 for n in FRESH16 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

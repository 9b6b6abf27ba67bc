"""FRESH22: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by an eighteenth author, who read only tests/phi/generated.py (the framework:
Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring), tests/phi/corpus.py (the
Note type, the span conventions, parse, evaluate), the domain rules (45 CFR 164.514(b)(2) Safe
Harbor, as restated in the project's domain notes), the module docstrings of
tests/phi/fresh16_notes.py to fresh20_notes.py (their conventions and settings, extracted
without their bodies) and the wiring lines of fresh16_notes.py (its Part, _letter, letters,
build and __main__ lines, not its vocabulary, templates or letters); not the scanner, its
patterns, name lists, model or data, its benchmark (bench/), its tests, the body of any other
fresh part (fresh21, written at the same time, included), nor their git history; the scanner
was not run while writing it, nor on its notes, nor imported. Its vocabulary, value shapes,
keywords, connectors, frames, note styles and hand-written letters are this author's own.
Settings: England, Scotland and the UK's communities in depth, in places that generated.py's
docstring and fresh16-20's do not name (Wales, the Western Isles, Ireland, and India and
Pakistan as settings were left out, since those docstrings name Welsh, Western Isles, Irish,
Indian and Pakistani notes): the Midlands (Birmingham's Sparkbrook and Alum Rock, Leicester's
Belgrave; B, LE, DE and NG postcodes), the North East (Byker, Walker, Jarrow, Ashington, NE/SR/DH
postcodes, 0191 numbers), Cornwall (Camborne, Redruth, Pool, St Ives, Cornish names and house
names, TR postcodes, 01209 numbers), inner London (Bengali, Polish, Somali, Romanian and
Nigerian families in Bethnal Green, Stepney, Bow, Mile End), Northern England mill towns
(Todmorden, Hebden Bridge, Accrington, Dewsbury, Batley), the Scottish Borders and Highlands
(CHI numbers, Hawick, Galashiels, Dingwall, Strathpeffer, Fort William, Aviemore), UK families
with links to Punjab and Mirpur carrying an Aadhaar card, an Indian UHID or a Pakistani CNIC
(S/O and W/O relations), and US citizens in the UK (an airman, a holidaymaker) with US SSNs.
Document types: e-RS GP referrals (UBRN), discharge summaries, clinic letters copied to the GP,
district nursing notes, health visitor new birth visits, safeguarding strategy minutes with
speakers, a statement for HM Coroner, fit notes, DVLA medical questionnaires and return to
driving letters, midwife booking notes, NICU parent updates, outpatient physiotherapy, ward
pharmacy medicines reconciliation, A&E casualty cards, a pacing clinic note, a diabetes nurse
note, a video consultation log, a care home invoice, a PIP form, a school nurse referral, a
ward table, an e-mail, a fax cover sheet and a discussion paragraph with literature references.

Conventions (tests/phi/corpus.py's and fresh16's docstring's): a name without its title or
relation word (Dr, DC, Mum, dad, Baby, S/O, W/O stay out); a full name in any order is one span
("ROBSON, Denise", "Harjit Kaur Sandhu", "ARMSTRONG Callum"); staff names, also with initials
("A. Bhogal", "Okoro, T"), speakers in minutes, names in tables and names in running prose with
no title ("Chidinma and Tobenna visited") are names; an identifier without its keyword; an age
over 89 with its attached unit ("93-year-old", "91 yrs", "96 years", "94y", "99 years old") or
the number alone where none is attached ("Age 95", "aged 101", "Marjorie Kline, 92"); ages under
90 are not marked; a date without its preposition, with a weekday right before it and a time
right after it ("Tue 04/02/2025", "12 March 2025 04:10", "06JUN90"; a time on its own stays
out); a month and year and a day and month are dates, a year alone is not. The street line is
one span, a house name with it ("Chy-an-Dour, 5 Wheal Rose", "Flat 31, Mulberry House, Cheshire
Street"); each locality (town, village, estate, ward of a city) and the postcode are separate
spans; a named hospital, practice or health centre is a place (the whole name: "Raigmore
Hospital", "Dingwall Medical Group"); states, regions, nations and countries (Ohio, Romania) are
never marked. Categories: `ssn` is a US Social Security
number only; other national and case numbers (National Insurance numbers, e-RS UBRNs, MASH and
police crime references, a coroner's reference, a pupil's UPN, Aadhaar, CNIC) are `other_id`;
NHS numbers, CHI numbers, BUPA and private or travel insurers' numbers are `health_plan`;
hospital, unit, K and PAS numbers and an Indian UHID are `mrn`; DVLA driving licences,
passports and professional registrations (GMC, NMC PIN, HCPC) are `licence`; sort codes with
accounts, IBANs and invoices are `account`; UK plates (a lorry's and a son's car too) and VINs
are `vehicle`; insulin pumps, CGM transmitters, pacemakers, hearing aids, UDIs and IMEIs are
`device`.

Built as build(F22_PART, per_category=26, clean=120, references=8) + F22_LETTERS (55
hand-written notes: 45 with identifiers, one of them a case history in the patient's history
section, 9 clean, 1 reference paragraph in a discussion): 693 notes, 138 of them (20%) without
any identifier (120 generated clean notes, 8 reference notes in an introduction or discussion, 9
clean letters, 1 reference letter), 803 spans - name 150, address 38, place 89, zip 36, date
43, age 33, phone 34, fax 29, email 30, ssn 28, mrn 33, health_plan 32, account 29, licence 31,
vehicle 30, device 30, url 45, ip 28, other_id 35 (`python -m tests.phi.fresh22_notes` prints
them). Checked without the scanner (a throwaway script): every span's text is the note's text
at its offsets and has no surrounding blanks, no marks or slots are left in the text, no spans
overlap, note ids are unique, every category is in generated.CATEGORY_ORDER, every marked age
is over 89, every ssn has the US shape, and builds under PYTHONHASHSEED=1 and 2 are identical.
Deterministic: its own seed (19_022), values drawn from the builder's fixed-seed Random, no
hash-order dependence. Not wired into any test or bench: measure it once.

    from tests.phi.fresh22_notes import FRESH22, F22_PART, F22_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
"""
from __future__ import annotations

import datetime
import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _u(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _f22_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1926, 2025)
    month = _MONTHS[m - 1]
    weekday = _WEEKDAYS[datetime.date(y, m, d).weekday()]
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
    return r.choice([
        f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}", f"{d} {month[:3]} {y}",
        f"{weekday} {d} {month} {y}", f"{d}{suffix} {month} {y}", f"{d}-{month[:3]}-{y}",
        f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {month}",
        f"{d:02d}{month[:3].upper()}{y % 100:02d}", f"{weekday} {d:02d}/{m:02d}/{y}",
        f"{month} {y}" if r.random() < 0.3 else f"{d} {month} {y}",
    ])


def _f22_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 103)
    return r.choice([
        ("a {age} retired miner from the pit village", f"{n}-yr-old"),
        ("age {age}, lives alone with a pendant alarm", f"{n}"),
        ("she is {age} and still walks to the post office", f"{n}"),
        ("{age}, widowed, ex-mill worker", f"{n} yrs"),
        ("patient now {age}; CFS 7", f"{n} years old"),
        ("a {age} great-grandmother on the frailty unit", f"{n}-year-old"),
        ("aged {age} at the time of the fall", f"{n}"),
        ("{age} gentleman, former trawlerman", f"{n}y"),
        ("the deceased, {age}, was found by the warden", f"{n} years"),
    ])


def _f22_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"07{_d(r, 3)} {_d(r, 6)}", f"07{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
        f"+44 7{_d(r, 3)} {_d(r, 6)}", f"+44 (0)7{_d(r, 3)} {_d(r, 6)}",
        f"01209 {_d(r, 6)}", f"0191 {_d(r, 3)} {_d(r, 4)}", f"0121-{_d(r, 3)}-{_d(r, 4)}",
        f"(01422) {_d(r, 6)}", f"0116 {_d(r, 7)}", f"01463 {_d(r, 6)}",
        f"020 {_d(r, 4)} {_d(r, 4)}", f"0300 {_d(r, 3)} {_d(r, 4)}", f"01896-{_d(r, 6)}",
    ])


def _f22_zip(r: random.Random, _h: bool) -> str:
    area = r.choice(["TR", "PL", "NE", "DH", "SR", "DE", "NG", "LE", "B", "WS", "E", "BB",
                     "OL", "HX", "HD", "TD", "IV", "KW", "PH", "WF"])
    district = str(r.randint(1, 29))
    tail = f"{r.randint(0, 9)}{_u(r, 2, _PC_LETTERS)}"
    return r.choice([f"{area}{district} {tail}", f"{area}{district} {tail}",
                     f"{area}{district}{tail}"])


def _f22_chi(r: random.Random) -> str:
    return f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{_d(r, 2)}{_d(r, 4)}"


def _f22_dl(r: random.Random) -> str:
    return (f"{_u(r, 5, 'ABCDEFGHIJKLMNOPRSTUWY')}{r.choice('0156789')}{_d(r, 5)}"
            f"{_u(r, 2)}{r.randint(1, 9)}{_u(r, 2)}")


F22_VALUES = {
    "mrn": lambda r, h: r.choice([f"K{_d(r, 7)}", f"RTH{_d(r, 6)}", f"{_d(r, 6)}{_u(r, 1)}",
                                  f"H{_d(r, 2)}/{_d(r, 5)}", f"M0{_d(r, 6)}",
                                  f"{_d(r, 3)} {_d(r, 4)}"]),
    "health_plan": lambda r, h: r.choice([f"{_d(r, 3)} {_d(r, 3)} {_d(r, 4)}",
                                          f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 4)}", _f22_chi(r),
                                          f"BP-{_d(r, 4)} {_d(r, 4)}",
                                          f"{_u(r, 2)}{_d(r, 8)}"]),
    "account": lambda r, h: r.choice([_d(r, 8), f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)} {_d(r, 8)}",
                                      f"INV-{r.randint(2019, 2025)}-{_d(r, 5)}",
                                      f"GB{_d(r, 2)} WEST {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}"]),
    "licence": lambda r, h: r.choice([_f22_dl(r), _d(r, 7), f"{_d(r, 2)}{_u(r, 1)}{_d(r, 4)}{_u(r, 1)}",
                                      _d(r, 9), f"PH{_d(r, 6)}"]),
    "vehicle": lambda r, h: r.choice([f"{_u(r, 2)}{_d(r, 2)} {_u(r, 3)}",
                                      f"{_u(r, 1)}{r.randint(100, 999)} {_u(r, 3)}",
                                      f"{_u(r, 2)}{_d(r, 2)}{_u(r, 3)}",
                                      f"{_u(r, 3)} {r.randint(10, 999)}{_u(r, 1)}"]),
    "vin": lambda r, h: f"SAJ{_u(r, 2)}{_d(r, 2)}{_u(r, 1)}{_d(r, 2)}{_u(r, 1)}{_d(r, 6)}",
    "device": lambda r, h: r.choice([f"PMP-{_d(r, 4)}-{_d(r, 4)}", f"PZX{_d(r, 6)}{_u(r, 1)}",
                                     f"(01)0{_d(r, 13)}(21){_u(r, 1)}{_d(r, 4)}",
                                     f"3{_u(r, 2)}{_d(r, 7)}", _d(r, 15)]),
    "other_id": lambda r, h: r.choice([
        f"{_u(r, 2, 'ABCEGHJKLMNPRSTWXYZ')} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {r.choice('ABCD')}",
        f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}", f"CS/{r.randint(19, 25)}/{_d(r, 5)}",
        f"{_d(r, 5)}-{_d(r, 7)}-{r.randint(1, 9)}", f"H{_d(r, 12)}",
        f"{_u(r, 1)}{_d(r, 7)}"]),
    "ssn": lambda r, h: f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
    "phone": _f22_phone,
    "fax": _f22_phone,
    "email": lambda r, h: r.choice(["{g}.{s}{n}@example.com", "{s}.{g}@nhs.example.net",
                                    "{g}{n}@mail.example.org", "{s}fam{n}@example.co.uk"]),
    "url": lambda r, h: r.choice(["https://www.example.com/fundraiser/{g}-{s}",
                                  "example.org/{g}{s}-journey", "http://photos.example.net/{s}/{n}",
                                  "https://{g}{n}.example.blog"]),
    "ip": lambda r, h: r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
                                 f"2001:db8:{r.randint(1, 4095):x}::{r.randint(1, 4095):x}"]),
    "zip": _f22_zip,
    "date": _f22_date,
}

F22_VOCABULARY = Vocabulary(
    given=["Kerensa", "Jago", "Morwenna", "Callum", "Sadia", "Rahim", "Tasnim", "Agnieszka",
           "Wojciech", "Hodan", "Abdirahman", "Ionela", "Florin", "Chidinma", "Tobenna", "Ewan",
           "Kirsty", "Lachlan", "Gurpreet", "Harjit", "Shabana", "Denise", "Wayne", "Maureen"],
    surnames=["Trewin", "Penhaligon", "Pascoe", "Begum", "Uddin", "Chowdhury", "Nowicki",
              "Warsame", "Abdi", "Dumitrescu", "Okoro", "Hetherington", "Armstrong", "Sutcliffe",
              "Ackroyd", "Munro", "Elliot", "Sandhu", "Bashir", "Qureshi", "Polglase", "Robson"],
    cities=["Redruth", "Camborne", "St Just", "Bodmin", "Byker", "Jarrow", "Ashington",
            "Todmorden", "Hebden Bridge", "Accrington", "Dewsbury", "Bethnal Green", "Stepney",
            "Hawick", "Galashiels", "Dingwall", "Fort William", "Sparkbrook", "Alum Rock",
            "Belgrave", "Mile End", "Batley"],
    streets=["Trelawney", "Chapel", "Coronation", "Tenter", "Heaton", "Brick", "Jubilee",
             "Wellington", "Tannery", "Croft"],
    relations=["nan", "grandson", "stepdad", "sister-in-law", "key worker", "lodger", "cousin"],
    clean=[
        "NEWS2 score 5; escalated to the critical care outreach team at 03:15.",
        "Fit note: not fit for work for 4 weeks; phased return suggested.",
        "Chase U&Es in 2/52; review in clinic in 6/52.",
        "DVLA group 1: must not drive for 6 months after a first unprovoked seizure.",
        "Booking bloods: Hb 118 g/L, MCV 82 fL, ferritin 14 ug/L.",
        "Rockwood Clinical Frailty Scale 6; 4AT score 5.",
        "QRISK3 14.2%; atorvastatin 20 mg started at night.",
        "Bay 3, bed 2 on Ward 21; moved to side room 4 at 02:10.",
        "Referred on the two-week-wait pathway for suspected lower GI cancer.",
        "Gestation 28+3 weeks, birthweight 1120 g; CPAP 6 cmH2O via nasal prongs.",
        "The serial readings of capillary glucose were 4.1, 7.9 and 11.2 mmol/L.",
        "Weight 90 kg, BMI 31; 90 minutes of supervised exercise weekly.",
        "MUST score 2; dietitian referral made.",
        "ACB score 4; oxybutynin and amitriptyline stopped.",
        "Tramadol 50 mg QDS PRN, maximum 400 mg in 24 hours.",
        "Apgars 6 and 9 at 1 and 5 minutes; cord pH 7.21.",
        "Oxford knee score 18/48 pre-op and 39/48 at 12 weeks.",
        "Category 2 pressure ulcer on the sacrum, 3 x 2 cm; airflow mattress in place.",
        "PHQ-9 16, GAD-7 12; sertraline 50 mg daily.",
        "Ward 96 step-down bed booked; 1:1 nursing for 24 hours.",
        "Hearing aids: bilateral BTE, NHS issue, batteries size 13.",
        "MCA assessment: lacks capacity for this decision; best-interests meeting planned.",
        "Grade 3 diastolic dysfunction; NT-proBNP 2890 ng/L.",
        "Plate and screws left in situ; weight bearing as tolerated.",
        "SpO2 91% on 2 L/min; target range 88-92%.",
        "Account taken of the patient's wishes; no escalation beyond ward care.",
        "Form returned unsigned; no number was recorded on it.",
        "Daily fluid balance: in 1850 mL, out 1200 mL.",
        "Height 152 cm, head circumference 34.5 cm on the 50th centile.",
        "Dose 1 of 3 of the hepatitis B course given in the left deltoid.",
    ],
    seed=19_022,
)

F22_CONNECTORS = [": ", " ", " \u2014 ", " : ", ":\n", " (", "  ", " \u2192 ", " - no. "]
F22_FRAMES = ["{kv}", "{kv}.", "|| {kw} || {v} ||", "{kw}:\t{v}", "Demographics checked - {kv}",
              "{kv} (PDS-traced)", "Label: {kv}; wristband matches.", "Admin: {kv}", "o {kv}",
              "Spine record shows {kv}."]
F22_KEYWORDS = {
    "mrn": ["Hosp No", "unit no", "K number", "PAS no", "case note no", "trust no.", "RTH no"],
    "health_plan": ["NHS No", "NHS no.", "CHI", "CHI no", "BUPA membership", "AXA PPP policy",
                    "NHS number (verified)"],
    "account": ["sort/acc", "account no", "invoice no.", "Barclays a/c", "direct debit ref",
                "IBAN"],
    "licence": ["DVLA licence no", "driving licence", "GMC", "NMC PIN", "passport no",
                "HCPC reg"],
    "vehicle": ["VRN", "reg", "vehicle reg", "number plate", "car reg", "reg. mark"],
    "device": ["pump S/N", "serial", "hearing aid serial", "PPM serial", "UDI", "IMEI"],
    "other_id": ["NI no", "NINO", "e-RS UBRN", "MASH ref", "coroner's ref", "UPN", "Aadhaar",
                 "CNIC"],
    "ssn": ["US SSN", "Social Security No."],
    "phone": ["Tel", "Mob", "Home tel", "daytime no.", "contact tel", "landline"],
    "fax": ["Fax", "fax no", "secure fax", "practice fax"],
}
F22_SENTENCES = {
    "licence": ["Her DVLA licence, {v}, was surrendered after the second seizure.",
                "Seen by the locum, GMC {v}, who documented the exam.",
                "He produced his passport ({v}) at the booking desk.",
                "{v} is the licence number written on the D4 form."],
    "vehicle": ["The taxi, reg {v}, dropped him at the front door.",
                "{full} drives a blue van, {v}, for the building firm.",
                "Police gave the car's plate as {v}.",
                "The mobility scooter was not involved; the car ({vin}) was."],
    "mrn": ["Old case notes are filed under {v}.", "{given}'s hospital number {v} was on the label."],
    "health_plan": ["PDS confirms NHS number {v}.", "Her CHI is {v} on the Borders system.",
                    "Private cover through BUPA, membership {v}."],
    "account": ["The care home invoices go to account {v}.",
                "Direct debit for the wheelchair loan comes from {v}."],
    "device": ["The insulin pump (serial {v}) alarmed overnight.",
               "Pacemaker {v} was checked by the cardiac physiologist."],
    "other_id": ["{full}'s national insurance number {v} is on the fit note claim.",
                 "The referral went through e-RS as UBRN {v}.",
                 "Safeguarding strategy meeting logged under {v}.",
                 "Her father's Aadhaar card, {v}, was in the folder."],
    "ssn": ["An American airman, his SSN {v} was given for the base's insurer.",
            "Her US Social Security number {v} was on the travel insurance form."],
    "phone": ["{given}'s mum can be reached on {v}.", "Surgery rang the daughter on {v}.",
              "Ring the district nurses on {v} if the dressing strikes through."],
    "fax": ["The pharmacy's secure fax is {v}.", "Letter faxed to the practice on {v}."],
    "email": ["{given} prefers updates by e-mail to {v}.", "The photos came from {v}."],
    "url": ["The family's crowdfunding page is {v}.", "{given} blogs about the NICU stay at {v}."],
    "ip": ["The video consultation connected from {v}.", "The home hub at {v} dropped out."],
    "zip": ["Postcode {v}; outside the catchment.", "Lives in {city}, {v}, with her {rel}.",
            "Registered at a practice in {v}."],
    "date": ["Seen in clinic {v}.", "DOB {v}", "Admitted {v} 23:40 via ED.",
             "Discharged home {v}.", "Booking appointment {v}.", "Died {v} at home.",
             "Next home visit {v}."],
    "address": ["Home: [[address:{n} {street} Terrace]], [[place:Byker]].",
                "The crew attended [[address:{n} {street} Row]] at 02:15.",
                "She has moved to [[address:Flat {n2}, {n} {street} Street]].",
                "Care package to [[address:{n} {street} Crescent]] from Monday.",
                "[[address:{n} {street} Gardens]] has a ramp fitted."],
    "place": ["{given} grew up in {city} and worked in the mill.",
              "The family moved from {city} to {city} last year.",
              "Transferred from the community hospital in {city}.",
              "She buys her tablets in {city} on market day.",
              "Seen at [[place:Raigmore Hospital]] before the move to {city}."],
    "name": ["{given} and {given} attended together.", "{full} walked in with a frame.",
             "Seen with her {rel} {given}.", "Present: {full}, {full}, health visitor.",
             "{surname} family known to the practice.", "{given} cried when the result was given.",
             "Discussed with {full} (ward pharmacist)."],
}
F22_AFTER = ["{v} ({kw})", "{v} = {kw}", "{v} \u2014 {kw} on the system", "{v} is the {kw} held"]
F22_REFERENCES = [
    "Comparable outcomes were reported (https://doi.org/10.1136/bmjopen-2021-0{n}{n}).",
    "The NICE guidance (https://www.nice.org.uk/guidance/ng{n}) was followed.",
    "See the cohort at https://pubmed.ncbi.nlm.nih.gov/3{n}{n}{n}/ for context.",
]
F22_STYLES = [
    "e-RS GP REFERRAL\nReason for referral:\n{body}\nPlease see within 2 weeks. Kind regards",
    "DISCHARGE SUMMARY\n{body}\nTTO checked by pharmacy. GP to review in 2 weeks.",
    "Clinic letter (copy to GP)\n{body}\nYours sincerely",
    "District nursing visit\n{body}\nNext visit as per care plan.",
    "Health visitor record - new birth visit\n{body}",
    "Safeguarding strategy meeting - minutes\n{body}\nActions agreed.",
    "Statement for HM Coroner\n{body}\nThis statement is true to the best of my knowledge.",
    "Fit note (Statement of Fitness for Work)\n{body}",
    "DVLA medical questionnaire\n{body}",
    "Midwife booking\n{body}\nPlan: consultant-led care.",
    "NICU - parent update\n{body}",
    "Outpatient physiotherapy\n{body}\nHEP issued.",
    "Ward pharmacy - medicines reconciliation\n{body}",
    "A&E CASUALTY CARD\n{body}\nTriage: yellow.",
    "{body}",
]

F22_PART = Part("fresh22", F22_VOCABULARY, F22_CONNECTORS, F22_FRAMES, F22_KEYWORDS,
                F22_SENTENCES, F22_AFTER, F22_REFERENCES, True, values=F22_VALUES,
                age=_f22_age, styles=F22_STYLES)

_LETTERS: list[tuple] = [
    ("ers-midlands",
     "e-RS referral. UBRN [[other_id:0003 7741 2290]].\nPatient: [[name:Harjit Kaur Sandhu]], "
     "DOB [[date:03/11/1958]], NHS No [[health_plan:614 220 8817]].\nAddress: "
     "[[address:27 Tannery Lane]], [[place:Alum Rock]], [[zip:B8 1QJ]]. Mob "
     "[[phone:07700 914 228]].\nDear colleague, [[name:Harjit]] has had post-menopausal bleeding for 3 weeks. "
     "Her son [[name:Manpreet]] will interpret.\nGP: Dr [[name:A. Bhogal]]"),
    ("discharge-ne",
     "Discharge summary - [[place:Freeman Hospital]], ward 27.\n[[name:ROBSON, Denise]] Hosp No [[mrn:RTH448120]]\n"
     "Admitted [[date:Tue 04/02/2025]], discharged [[date:11/02/2025]].\nLives at "
     "[[address:14 Heaton Park View]], [[place:Walker]], [[zip:NE6 3TL]]; daughter "
     "[[name:Leanne]] on [[phone:0191 496 0738]].\nDiagnosis: community-acquired pneumonia, CURB-65 2."),
    ("cornwall-dn",
     "District nursing, [[place:Camborne]] team. Visit 09:40.\n[[name:Jago Trewin]], [[age:93-year-old]], "
     "[[address:Chy-an-Dour, 5 Wheal Rose]], [[place:Pool]], [[zip:TR15 3QP]].\nLeg ulcer "
     "redressed; Doppler ABPI 0.9. Wife [[name:Morwenna]] managing well.\n[[name:Kerensa Polglase]], "
     "Community Staff Nurse"),
    ("hv-bethnal",
     "Health visitor new birth visit, day 12.\nBaby [[name:Ayaan Uddin]], born [[date:2 March 2025]]. "
     "Mum [[name:Tasnim Begum]], dad [[name:Rahim Uddin]]. Home: [[address:Flat 31, Mulberry House, "
     "Cheshire Street]], [[place:Bethnal Green]], [[zip:E2 6EH]].\nWeight 3.41 kg (birthweight "
     "3.28 kg). Sylheti interpreter via [[phone:020 7946 0112]]."),
    ("strategy-minutes",
     "Safeguarding strategy meeting, MASH ref [[other_id:CS/25/01184]].\nPresent: "
     "[[name:Jo Hetherington]] (social worker, chair), DC [[name:Sam Okoro]], [[name:Hodan Abdi]] "
     "(school nurse), Dr [[name:P. Elliot]] (GP).\n"
     "[[name:Jo Hetherington]]: the child lives with mum at [[address:8 Croft Walk]], "
     "[[place:Stepney]].\n[[name:Sam Okoro]]: crime ref [[other_id:01/448712/25]] opened on "
     "[[date:17/01/2025]]."),
    ("coroner",
     "Statement of Dr [[name:Ewan Munro]], consultant "
     "physician, for HM Coroner, ref [[other_id:2025-0417]].\nThe deceased, [[name:Maureen "
     "Ackroyd]], [[age:96 years]], of [[address:3 Tenter Fold]], [[place:Todmorden]], was admitted "
     "on [[date:Sat 8 March 2025]] and died on [[date:12 March 2025 04:10]]."),
    ("fitnote",
     "Statement of Fitness for Work. Patient: [[name:Wayne Sutcliffe]], NI no "
     "[[other_id:JT 48 21 90 B]]. Not fit for work from [[date:14/04/2025]] for 6 weeks: "
     "lumbar radiculopathy. Doctor: [[name:K. Munro]], GMC [[licence:7423118]]."),
    ("dvla",
     "DVLA medical questionnaire (group 2).\nDriver: [[name:Tobenna Okoro]], licence no "
     "[[licence:OKORO803125T99LX]], lorry [[vehicle:NK21 HVX]].\nInsulin-treated diabetes since "
     "2021; no hypoglycaemia in 12 months. Contact [[phone:+44 7911 402 118]]."),
    ("booking",
     "Midwife booking, 10+2 weeks. [[name:Ionela Dumitrescu]], G2P1, from Romania. "
     "NHS no. [[health_plan:703-551-2946]]. Partner [[name:Florin]] works nights. "
     "EDD [[date:30/10/2025]]. Address [[address:22 Brick Lane]], [[zip:E1 6RF]]. "
     "E-mail [[email:ionela.d@example.com]]."),
    ("nicu",
     "NICU parent update. [[name:Chidinma]] and [[name:Tobenna]] visited at 14:00 and held "
     "[[name:Kamsi]] skin-to-skin.\nCPAP weaned to high-flow 4 L/min; day 9."),
    ("physio",
     "Outpatient physiotherapy, [[place:Calderdale Royal Hospital]].\n[[name:Sutcliffe, Denise]] "
     "Unit no [[mrn:H22/40817]]. Left TKR [[date:19 Feb 2025]]. Flexion 95 degrees. Next "
     "appointment [[date:Wed 2 April 2025]]."),
    ("pharmacy-rec",
     "Medicines reconciliation - Ward 14.\nPatient [[name:Agnieszka Nowicki]], K number "
     "[[mrn:K4471902]]. Sources: GP record, patient's own drugs, daughter [[name:Ola]].\n"
     "Levothyroxine 75 micrograms; ramipril 5 mg held (AKI). Community pharmacy fax "
     "[[fax:0116 2554 417]]."),
    ("casualty-card",
     "A&E CASUALTY CARD\nName: [[name:ARMSTRONG Callum]]  Age: 34  DOB: [[date:06JUN90]]\n"
     "Address: [[address:41 Coronation Street]], [[place:Jarrow]] [[zip:NE32 3DX]]\n"
     "Arrived 23:55 by ambulance. PC: glass injury right hand. Tetanus up to date."),
    ("borders-chi",
     "[[place:Borders General Hospital]], medical admissions.\n[[name:Lachlan Elliot]], CHI "
     "[[health_plan:1204386611]], [[age:91 yrs]], from [[place:Hawick]]. Fall at home "
     "on [[date:3/3/25]]. Daughter [[name:Kirsty]] on [[phone:01896-752 418]]."),
    ("highland-letter",
     "[[place:Raigmore Hospital]], [[place:Inverness]]. Clinic letter, copy to GP, "
     "[[place:Dingwall Medical Group]].\nRe: [[name:Ewan Mackenzie]], CHI [[health_plan:0902477134]], "
     "[[address:Tigh na Mara, Station Road]], [[place:Strathpeffer]] [[zip:IV14 9AL]].\n"
     "Seen [[date:20 May 2025]]. Atrial fibrillation, rate controlled."),
    ("indian-family",
     "Interpreter-assisted review (Punjabi). [[name:Gurpreet Singh]] S/O [[name:Harbans Singh]], "
     "registered at a practice in [[place:Belgrave]], [[place:Leicester]] [[zip:LE4 5NU]]. Previous "
     "treatment in [[place:Ludhiana]]: card shows Aadhaar [[other_id:4417 2290 8831]] and UHID [[mrn:UH20191188]]."),
    ("pakistani-lhw",
     "Family history taken with [[name:Shabana Bashir]] W/O [[name:Tariq Mahmood]], visiting from "
     "[[place:Mirpur]]. Her CNIC [[other_id:82203-4471902-6]] was copied for the overseas visitors team. "
     "Son's car reg [[vehicle:BD68 KXR]]."),
    ("somali-mother",
     "GP consultation, [[place:Bow]]. [[name:Hodan Warsame]] with son [[name:Abdirahman]] (7). "
     "Asthma review; peak flow 210 L/min. Mob [[phone:07723 118 402]]."),
    ("mill-town",
     "Home visit to [[name:Sutcliffe]] at [[address:12 Wellington Row]], [[place:Hebden Bridge]], "
     "[[zip:HX7 8AD]]. Lives with her [[age:97-year-old]] husband [[name:Jack]]. Both declined "
     "respite."),
    ("pump-serial",
     "Diabetes nurse note. Insulin pump S/N [[device:PMP-4410-0917]] replaced under warranty; "
     "CGM transmitter [[device:3LK8827104]]. Patient [[name:Callum Robson]], [[email:"
     "callum.robson92@example.com]]."),
    ("ppm-clinic",
     "Pacing clinic. [[name:Pascoe, Jago]], PPM serial [[device:PZX884213H]], implanted "
     "[[date:17/09/2019]]. Battery 6.5 years. Remote monitor last transmitted from "
     "[[ip:192.168.4.17]]."),
    ("video-consult",
     "Video consultation log: connection from [[ip:203.0.113.42]] dropped twice; switched to "
     "telephone [[phone:01209 715 332]]. Patient [[name:Morwenna Penhaligon]]."),
    ("invoice",
     "Care home invoice [[account:INV-2025-04417]] for [[name:Maureen Armstrong]], March. "
     "Payment from Barclays a/c [[account:20-45-77 43215678]]."),
    ("iban",
     "Refund of the private physio fees to IBAN [[account:GB82 WEST 1234 5698 7654 32]] "
     "(account holder [[name:D. Hetherington]])."),
    ("us-airman",
     "Minor injuries unit. [[name:Tyler Brooks]], 24, US airman at [[place:Lakenheath]]. "
     "US SSN [[ssn:412-68-3391]]; TRICARE form completed. Ankle sprain, Ottawa rules negative."),
    ("us-grandmother",
     "Holidaymaker from Ohio, [[name:Marjorie Kline]], [[age:92]], staying in [[place:St Ives]]. "
     "Social Security No. [[ssn:287-44-1902]] is on her travel insurer's form, policy "
     "[[health_plan:TRV-4417702]]."),
    ("crowdfund",
     "Dad mentioned the fundraising page [[url:https://www.example.com/fundraiser/ayaan-uddin]] and "
     "asked that the ward team do not share photos."),
    ("blog",
     "[[name:Chidinma Okoro]] writes about the NICU stay at [[url:https://chidi77.example.blog]]; "
     "consent for photographs declined."),
    ("vin-rtc",
     "RTC, car v tree on a rural road. Driver [[name:Ewan Munro]]; police recorded VIN "
     "[[vehicle:SAJAC05P18GT44102]] and reg [[vehicle:SK19 LRV]]."),
    ("passport",
     "Overseas visitor check. [[name:Ionela Popa]] showed passport no [[licence:058811472]]; "
     "EHIC not available."),
    ("nmc",
     "Signed: [[name:Denise Robson]], Band 7 District Nursing Sister, NMC PIN [[licence:09I4417E]]."),
    ("hearing",
     "Audiology repair: hearing aid serial [[device:2291774301]] (left). [[name:Wojciech Nowicki]], "
     "tel [[phone:0121-496-0217]]."),
    ("school-upn",
     "School nurse referral for [[name:Hamza Qureshi]] (Year 5), UPN [[other_id:H801200001001]], "
     "[[place:Sparkbrook]]."),
    ("email-thread",
     "From: [[email:k.polglase@nhs.example.net]]\nTo: [[email:trewinfam08@example.co.uk]]\n"
     "Subject: Mum's dressings\nHi [[name:Jago]], we'll call Thursday. [[name:Kerensa]]"),
    ("fax-cover",
     "FAX. To: [[place:Redruth Health Centre]], fax [[fax:01209 215 884]]. From: ward 6 pharmacy, fax "
     "[[fax:01872 252 917]]. Pages: 3. Re: [[name:M. Pascoe]]."),
    ("table",
     "| Name | Hosp No | Bed |\n| [[name:Okoro, T]] | [[mrn:M0448120]] | 4 |\n"
     "| [[name:Begum, S]] | [[mrn:220819L]] | 5 |\n| [[name:Munro, L]] | [[mrn:K3301745]] | 6 |"),
    ("bupa",
     "Private referral. BUPA membership [[health_plan:BP-7702 4419]]. [[name:Lachlan Munro]], "
     "DOB [[date:Thu 12 January 1961]]."),
    ("aviemore",
     "Ski injury on the hill, transferred to [[place:Belford Hospital]], [[place:Fort William]]. "
     "Home address [[address:9 Grampian Road]], [[place:Aviemore]], [[zip:PH22 1RH]]."),
    ("ashington",
     "[[name:Wayne]] and [[name:Denise]] came to the clinic from [[place:Ashington]]; both had "
     "worked at the colliery canteen."),
    ("romanian",
     "[[name:Florin Dumitrescu]] was admitted with alcohol withdrawal. CIWA 18. His friend "
     "[[name:Ionut]] works at the car wash in [[place:Dewsbury]]."),
    ("ed-99",
     "ED note: [[age:99-year-old]] woman from [[place:Batley]] care home, fall, # NOF."),
    ("aged-101",
     "Telephone triage 111: caller's grandmother, aged [[age:101]], breathless since "
     "[[date:Sunday 6 April 2025]]."),
    ("ni-number",
     "PIP form completed. NINO [[other_id:NX 74 11 02 C]], claimant [[name:Shabana Qureshi]], "
     "[[address:66 Stratford Road]], [[place:Sparkbrook]]."),
    ("dl-form",
     "Return to driving letter: [[name:Pascoe, Morwenna]], DVLA licence no "
     "[[licence:PASCO755121M99WT]]. Seizure-free since 2023."),
    ("case-history",
     "A man in his fifties from a mill town presented with haemoptysis. His story was published at "
     "[[url:https://doi.org/10.1136/bcr-2024-0417]].", "patient_information"),
    # clean letters
    ("clean-1",
     "Clinic letter (copy to GP). Diagnosis: type 2 diabetes, HbA1c 71 mmol/mol. Plan: "
     "add dapagliflozin 10 mg; review in 3 months. Yours sincerely, Consultant Diabetologist."),
    ("clean-2",
     "Health visitor record: 6-8 week review. Weight 5.1 kg on the 50th centile. Immunisations "
     "given: 6-in-1, rotavirus, MenB. Next contact at 1 year."),
    ("clean-3",
     "District nursing: catheter changed (14 Ch, 10 mL balloon). Urine clear. Next change in "
     "12 weeks. No concerns raised by the family."),
    ("clean-4",
     "Medicines reconciliation complete: 9 items, 2 discrepancies resolved (omitted bisoprolol "
     "2.5 mg, duplicated omeprazole 20 mg)."),
    ("clean-5",
     "Physiotherapy: Berg balance 38/56, TUG 19 s. Walking frame issued. Falls risk high."),
    ("clean-6",
     "Fit note: may be fit for work with altered hours for 4 weeks; no lifting over 10 kg."),
    ("clean-7",
     "NICU: 31+4 weeks corrected, full enteral feeds 150 mL/kg/day, off caffeine since day 28."),
    ("clean-8",
     "A&E: laceration 3 cm left forearm, 4 sutures (4-0 nylon), removal in 10 days at the "
     "practice nurse."),
    ("clean-9",
     "Safeguarding strategy meeting: threshold for section 47 enquiry met; core group to meet "
     "within 15 working days."),
    ("reference",
     "Similar presentations in mining communities have been described "
     "(https://doi.org/10.1093/occmed/kqab041); see also https://pubmed.ncbi.nlm.nih.gov/3417720/.",
     "discussion"),
]


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh22-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


F22_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH22: tuple[Note, ...] = build(F22_PART, per_category=26, clean=120, references=8) + F22_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH22 for e in n.expected)
    print(len(FRESH22), "notes,", sum(1 for n in FRESH22 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

"""FRESH21: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a seventeenth author, who read only tests/phi/generated.py (the framework:
Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring), tests/phi/corpus.py (the
Note type, the span conventions, parse, evaluate), the domain rules (45 CFR 164.514(b)(2) Safe
Harbor, as restated in the project's domain notes), the module docstrings of
tests/phi/fresh16_notes.py to fresh20_notes.py (their conventions and settings, read with
ast.get_docstring) and the wiring lines of fresh16_notes.py (its Part, _letter, letters tuple,
build and __main__ lines, not its vocabulary, templates or letters); not the scanner, its
patterns, name lists, model or data, its benchmark (bench/), its tests, the body of any other
fresh part (fresh22, written at the same time, included), nor their git history; the scanner
was not run while writing it, nor on its notes, nor imported. Its vocabulary, value shapes,
keywords, connectors, frames, note styles and hand-written letters are this author's own, from
settings that generated.py's docstring and fresh16-20's do not name (Puerto Rican and Dominican
New York, Vietnamese Houston, Cape Verdean Massachusetts and Canada's Atlantic provinces were
left out: fresh16, generated.py and fresh13 name them): rural Montana (ranches, Highway Contract
"HC 65 Box 2210" routes, county-prefix plates "17-4821B", 406 numbers, 59xxx ZIPs, a Mexican
seasonal worker with a compound surname and an A-number), the Navajo Nation (chapters and
chapter houses, IHS chart and census numbers, Navajo Nation ID, N-route addresses, 928/505
numbers, 865xx ZIPs), the Mississippi Delta (Route/Box addresses, Mississippi Medicaid, 662
numbers, 387xx ZIPs, a family's obituary-style letter), Hasidic Brooklyn (Williamsburg and
Borough Park, Yiddish words: bubbe, zeide, shul, Shabbos, Hatzolah, bris, "yor alt", NY Medicaid
"KF48210T", NY DL and tags, 718/347/929 numbers, ZIP+4), the Northern Territory's towns and
communities (Katherine, Tennant Creek, Barunga, Angurugu; Australian Medicare, IHI, 08 and 04
numbers, 08xx postcodes, RHD registers) and Tasmania's west and north-west coasts (UR numbers,
rego, 03 64 numbers, 7xxx postcodes); US identifiers of every Safe Harbor kind (SSNs, Medicare
MBIs "3QT7-HW2-NK61" with and without dashes, Medicaid ids, state driver's licences, CDLs, NPI
and DEA numbers, plates and VINs, ZIP and ZIP+4, US phone formats with extensions, health system
MRNs and HARs). Document types: home health OASIS start-of-care and visit notes, hospice aide
notes and an IDG census table, rural and NT EMS patient care reports, tribal health clinic
notes, school-based clinic and school nurse notes, urgent care notes, a telepharmacy
verification log, prior authorisation requests, FMLA certifications, jail intake health
screens, poison control call records, utilisation review and case management notes, a DOT
exam, DME, pacemaker remote follow-up, claims and patient accounts notes, a fax cover, an
eligibility table, an e-mail, a family meeting with speakers, family letters after a death, a
referral letter, a portal IT log and a discussion paragraph with literature references.

Conventions (tests/phi/corpus.py's and fresh16's docstring's): a name without its title,
honorific or relation word (Dr, Dr., Reb, Mom, Aunty, SW, daughter stay out); a full name is
one span, with a middle initial, a nickname in quotes and a suffix ("STAGGERS, DARNELL L.",
"Cleophus "Boo" Staggers Sr.", "Leland Haugen III", "Boyd Knutson Jr.", "María Guadalupe
Ortiz-Mendoza"); a nickname on its own, staff names with initials ("K. Fourstar"), speakers,
signatures, names in tables and names in running prose as the subject of a verb are names; an
identifier without its keyword; an age over 89 with its attached unit ("97-year-old", "96 yor
alt", "91 y/o", "93 years old", "94 yrs", "92 yo", "103 y.o.") or the number alone where none
follows ("Age: 91", "turned 90"); ages under 90 are not marked; a date without its
preposition, with a weekday right before it and a time right after it ("Sun 9 March 2025",
"2024-03-05 1422", "03/05/2024 14:22"; "at 04:10" stays out); a day and month without a year
is a date, a year alone or a weekday alone is not. The street line is one span ("HC 65 Box
2210", "Route 1 Box 88", "PO Box 766", "N12 Route 9, House 4", "Lot 14, Sunset Mobile Home
Park", "220 Wilson St, Apt 3B", "Lot 112 Jabiru St", a street without a number too); each
locality (town, chapter, community, neighbourhood: Dennehotso, Williamsburg, Borough Park,
Brooklyn, Barunga), a county ("Coahoma County") and the ZIP or postcode are separate spans; a
named hospital, health centre or school is a place (the whole name: "Kayenta Health Center",
"Frances Mahon Deaconess Hospital", "Clarksdale High School"); states, territories and
countries (MT, MS, NY, AZ, NT, TAS, Montana) and the Navajo Nation as a whole are never
marked. Categories: `ssn` is a US Social Security number only; other numbers (tribal census and
enrollment numbers, the Navajo Nation ID, the Australian IHI, an A-number, jail booking and
inmate numbers, poison center case numbers, an EMS PCR number) are `other_id`; insurance
numbers (Medicare MBIs, Medicaid and CHIP ids, Australian Medicare numbers, plan member ids)
are `health_plan`; hospital, clinic, agency and UR numbers are `mrn`; NPI, DEA, NRCME, AHPRA and
nursing registrations, driver's licences and CDLs are `licence`; hospital accounts (HAR),
invoices, bank, claim and co-op accounts are `account`; plates, tags, rego and VINs are
`vehicle`; pacemaker generators and transmitters, insulin pumps, oxygen concentrators, CPAP
machines and UDIs are `device`.

Built as build(F21_PART, per_category=26, clean=120, references=8) + F21_LETTERS (52
hand-written notes: 42 with identifiers, 9 clean, 1 reference paragraph in a discussion): 690
notes, 138 of them (20%) without any identifier (120 generated clean notes, 8 reference notes
in an introduction or discussion, 9 clean letters, 1 reference letter), 762 spans - name 108,
address 38, place 88, zip 32, date 41, age 30, phone 40, fax 28, email 31, ssn 29, mrn 31,
health_plan 35, account 32, licence 32, vehicle 30, device 30, url 44, ip 30, other_id 33
(`python -m tests.phi.fresh21_notes` prints them). Checked without the scanner (a throwaway
script): every span's text is the note's text at its offsets and has no surrounding blanks, no
marks or slots are left in the text, no spans overlap, note ids are unique, every category is
in generated.CATEGORY_ORDER, every marked age is over 89, every ssn has the US shape, and builds
under PYTHONHASHSEED=1 and 2 are identical. Deterministic: its own seed (19_021), values drawn
from the builder's fixed-seed Random, no hash-order dependence. Not wired into any test or
bench: measure it once.

    from tests.phi.fresh21_notes import FRESH21, F21_PART, F21_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
"""
from __future__ import annotations

import random
import string

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build

# ---------------------------------------------------------------- value shapes

_MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"
_PLATE = "ABCDEFGHJKLMNPRSTUVWXYZ"
_VIN = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_DAYS = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"]


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _a(r: random.Random, n: int, alphabet: str = _PLATE) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _mbi(r: random.Random) -> str:
    def an() -> str:
        return r.choice(_MBI_LETTERS + string.digits[1:])
    raw = (f"{r.randint(1, 9)}{_a(r, 1, _MBI_LETTERS)}{an()}{_d(r, 1)}{_a(r, 1, _MBI_LETTERS)}{an()}"
           f"{_d(r, 1)}{_a(r, 2, _MBI_LETTERS)}{_d(r, 2)}")
    return r.choice([raw, f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"])


def _ssn(r: random.Random) -> str:
    area = r.choice([n for n in range(101, 760) if n != 666])
    group, serial = r.randint(1, 99), r.randint(1, 9999)
    return r.choice([f"{area:03d}-{group:02d}-{serial:04d}", f"{area:03d} {group:02d} {serial:04d}",
                     f"{area:03d}{group:02d}{serial:04d}"])


def _f21_phone(r: random.Random, _h: bool) -> str:
    area = r.choice(["406", "928", "505", "662", "718", "347", "929", "601"])
    ex, line = f"{r.randint(2, 9)}{_d(r, 2)}", _d(r, 4)
    return r.choice([f"({area}) {ex}-{line}", f"{area}-{ex}-{line}", f"{area}.{ex}.{line}",
                     f"1 {area} {ex} {line}", f"({area}){ex}-{line}", f"{area}/{ex}-{line}",
                     f"{ex}-{line}", f"(08) 89{_d(r, 2)} {_d(r, 4)}", f"(03) 64{_d(r, 2)} {_d(r, 4)}",
                     f"04{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"+61 8 89{_d(r, 2)} {_d(r, 4)}",
                     f"{area}-{ex}-{line} x{_d(r, 3)}"])


def _f21_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1924, 2025)
    month = _MONTHS[m - 1]
    hh, mm = r.randint(0, 23), r.choice((4, 10, 22, 37, 48, 55))
    return r.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}",
                     f"{month} {d}, {y}", f"{month[:3]} {d} {y}", f"{d}-{month[:3]}-{y % 100:02d}",
                     f"{y}-{m:02d}-{d:02d} {hh:02d}{mm:02d}", f"{m}-{d}-{y}",
                     f"{d}/{m}/{y}", f"{r.choice(_DAYS)} {d} {month} {y}", f"{d}.{m:02d}.{y}",
                     f"{month[:3].upper()} {d:02d} {y}", f"{m:02d}/{d:02d}/{y} {hh:02d}:{mm:02d}",
                     f"{month} {d}"])


def _f21_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 106)
    return r.choice([("a {age} rancher's widow", f"{n}-year-old"), ("pt is {age}, DNR on file", f"{n} y/o"),
                     ("the bubbe is {age}", f"{n} yor alt"), ("{age} F found down in kitchen", f"{n}yo"),
                     ("Age: {age}", f"{n}"), ("grandmother, {age}, lives with family at the chapter house",
                                              f"{n} yrs"),
                     ("an elder of {age}", f"{n} years"), ("{age} male, hospice since spring", f"{n} y.o."),
                     ("age {age} per her daughter", f"{n}"), ("a {age} pensioner from the west coast",
                                                              f"{n} yo"),
                     ("turned {age} last month", f"{n}"), ("he is {age} and still drives the tractor",
                                                          f"{n} years old")])


F21_VALUES = {
    "ssn": lambda r, h: _ssn(r),
    "mrn": lambda r, h: r.choice([_d(r, 7), f"{_a(r, 1)}{_d(r, 8)}", f"{_d(r, 2)}-{_d(r, 3)}-{_d(r, 3)}",
                                  f"CHI{_d(r, 6)}", f"{_d(r, 6)}-{_d(r, 1)}", f"0{_d(r, 9)}", f"UR {_d(r, 6)}"]),
    "health_plan": lambda r, h: r.choice([_mbi(r), _mbi(r), f"{_a(r, 2)}{_d(r, 5)}{_a(r, 1)}", _d(r, 9),
                                          f"{r.randint(2, 6)}{_d(r, 3)} {_d(r, 5)} {r.randint(1, 9)}",
                                          f"{_a(r, 3)}{_d(r, 9)}", f"W{_d(r, 9)}", f"ZGP{_d(r, 8)}-01"]),
    "account": lambda r, h: r.choice([_d(r, 10), f"HAR{_d(r, 9)}", f"{_d(r, 4)}-{_d(r, 6)}",
                                      f"INV-{r.randint(2023, 2025)}-{_d(r, 5)}", f"{_d(r, 12)}",
                                      f"{_d(r, 3)}-{_d(r, 3)} {_d(r, 6)}"]),
    "licence": lambda r, h: r.choice([f"1{_d(r, 9)}", f"{_a(r, 1, 'ABFM')}{_a(r, 1)}{_d(r, 7)}",
                                      f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", _d(r, 9),
                                      f"{_d(r, 13)}", f"MED{_d(r, 10)}", f"{_a(r, 1)}{_d(r, 12)}",
                                      f"NUR{_d(r, 10)}"]),
    "vehicle": lambda r, h: r.choice([f"{r.randint(1, 56)}-{_d(r, 4)}{_a(r, 1)}", f"{_a(r, 3)}-{_d(r, 4)}",
                                      f"{_a(r, 3)} {_d(r, 3)}", f"{_a(r, 2)} {_d(r, 2)} {_a(r, 2)}",
                                      f"{_a(r, 1)}{_d(r, 2)}{_a(r, 2)}", f"{_d(r, 3)} {_a(r, 3)}",
                                      _a(r, 17, _VIN)]),
    "vin": lambda r, h: f"{r.choice('1345')}{_a(r, 16, _VIN)}",
    "device": lambda r, h: r.choice([f"{_a(r, 3)}{_d(r, 6)}{_a(r, 1)}", f"NG{_d(r, 7)}{_a(r, 1)}",
                                     _d(r, 11), f"(01){_d(r, 14)}(21){_a(r, 3)}{_d(r, 4)}",
                                     f"SN{_d(r, 8)}", f"{_d(r, 4)}-{_a(r, 2)}-{_d(r, 5)}"]),
    "other_id": lambda r, h: r.choice([f"{_d(r, 3)}-{_d(r, 6)}", f"{_d(r, 2)}{_a(r, 1)}{_d(r, 4)}",
                                       f"800360{_d(r, 10)}", f"8003 60{_d(r, 2)} {_d(r, 4)} {_d(r, 4)}",
                                       f"A{_d(r, 9)}", f"BK{r.randint(23, 25)}-{_d(r, 5)}",
                                       f"{r.randint(2023, 2025)}-PC-{_d(r, 5)}"]),
    "phone": _f21_phone,
    "fax": _f21_phone,
    "email": lambda r, h: r.choice(["{g}.{s}@example.com", "{s}{n}@example.net", "{g}{z4}@example.org",
                                    "{g}_{s}@mail.example.com", "{s}.{g}@example.com.au"]),
    "url": lambda r, h: r.choice(["https://www.example.org/memorial/{g}-{s}", "http://{s}{n}.example.net/",
                                  "https://fundraiser.example.com/f/help-{g}-{s}-{z4}",
                                  "www.example.com/~{g}{s}", "https://{g}.example.org/blog/{n}"]),
    "ip": lambda r, h: r.choice([f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
                                 f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 65535):x}"]),
    "zip": lambda r, h: r.choice([f"59{_d(r, 3)}", f"59{_d(r, 3)}-{_d(r, 4)}", f"865{_d(r, 2)}",
                                  f"387{_d(r, 2)}", f"112{r.randint(10, 30)}", f"112{r.randint(10, 30)}-{_d(r, 4)}",
                                  f"08{r.randint(50, 90)}", f"7{r.randint(0, 3)}{_d(r, 2)}"]),
    "date": _f21_date,
}

F21_VOCABULARY = Vocabulary(
    given=["Wyatt", "Shandiin", "Dellarose", "Chaya Sura", "Mendel", "Earnestine", "Cleophus",
           "Rhonda", "Lyle", "Yitzchok", "Faige", "Nizhoni", "Tayshia", "Boyd", "Jedda", "Kylie",
           "Hershel", "Odessa", "Leland", "Marlys", "Rivky", "Darnell"],
    surnames=["Begay", "Yazzie", "Tsosie", "Manygoats", "Etsitty", "Halberstam", "Gottesman",
              "Friedlander", "Tillman", "Whitlock", "Staggers", "Haugen", "Rasmussen", "Lalara",
              "Wurramarrba", "Bessell", "Van Diemen-Hart", "Nez", "Ortiz-Mendoza", "Knutson"],
    cities=["Glasgow", "Wolf Point", "Ekalaka", "Roundup", "Chinle", "Kayenta", "Shiprock",
            "Many Farms", "Clarksdale", "Belzoni", "Rolling Fork", "Mound Bayou", "Borough Park",
            "Williamsburg", "Tennant Creek", "Katherine", "Borroloola", "Queenstown", "Smithton",
            "St Helens", "Lukachukai", "Ruleville"],
    streets=["Cottonwood", "Sagebrush", "Magnolia", "Wythe", "Bedford", "Yellowstone", "Issa",
             "Delta", "Boulder", "Coolabah"],
    relations=["daughter", "grandson", "son-in-law", "niece", "aunty", "husband", "wife",
               "eldest son", "caregiver", "brother"],
    clean=[
        "Vitals: BP 148/92, P 104, R 22, SpO2 89% RA, T 99.1 F; glucose 312 mg/dL.",
        "OASIS M1800-M1860 scored; fall risk (MAHC-10) 6 of 10.",
        "Braden 14; stage 2 sacral pressure injury 2.1 x 1.4 cm, no tunnelling.",
        "Hospice aide: bed bath, mouth care, repositioned q2h; PPS 30%.",
        "EMS: GCS 14, pupils 4 mm reactive, 12-lead shows sinus tach 118, no STE.",
        "Narcan 4 mg IN given x1 with good response at the scene.",
        "Transport time 94 minutes by ground; 2 L NC throughout.",
        "A1c 11.2%, LDL 164; started on metformin 500 mg BID and atorvastatin 40 mg.",
        "Sliding scale: 2 units for 151-200, 4 units for 201-250.",
        "Urgent care: rapid strep negative, flu A positive; oseltamivir 75 mg BID x 5 days.",
        "Telepharmacy verification: 30 tablets, 0 refills, NDC checked against label.",
        "PHQ-9 score 17; C-SSRS negative; safety plan reviewed.",
        "CIWA 12 at intake; chlordiazepoxide protocol started.",
        "Poison center: ingestion of 20 x 325 mg tabs; 4-hour level 142 mcg/mL, NAC started.",
        "InterQual criteria met for acute level of care day 1-3; day 4 not met.",
        "FMLA: intermittent leave, 2 episodes per month, 1-3 days each.",
        "Prior authorisation requested for CPT 95810, ICD-10 G47.33.",
        "Weight 71.4 kg, down 3.2 kg in 30 days; albumin 2.9 g/dL.",
        "Coumadin 5 mg daily; INR 3.8, hold 1 dose and recheck in 3 days.",
        "Peak flow 210 L/min (predicted 410); albuterol 2.5 mg neb x3.",
        "Hearing screen failed right 4000 Hz; referred to audiology.",
        "School clinic: Tdap and MenACWY given, VIS provided, lot numbers in the registry.",
        "Fasting on Yom Kippur discussed; insulin reduced by 20% the evening before.",
        "Shabbos elevator and kosher meals arranged on the unit.",
        "Code status: full code; MOLST on the fridge.",
        "Hatzolah crew handed over at the ambulance bay; no IV access en route.",
        "RHD follow-up: benzathine penicillin 1.2 MU IM every 28 days, 11 of 13 doses given.",
        "Scabies treated with permethrin 5%; household contacts treated too.",
        "Sweat chloride 28 mmol/L; CF excluded.",
        "Bed 3 of the 4-bed unit; the Level II trauma centre is 240 miles away.",
        "Room 112 in the jail medical unit; vitals q4h for 72 h.",
        "Case 7 of 12 in the county's 2024 pertussis cluster.",
        "Dose 2 of 3; next due in 6 months.",
        "ICD-10 E11.65, I10, N18.3; HCC 18 captured.",
        "Grade 3/6 holosystolic murmur at the apex; echo ordered.",
        "Medicare Part A benefit period day 22 of 100 SNF days.",
        "Per the 2023 ADA Standards of Care and the 2022 AHA/ACC/HFSA guideline.",
    ],
    seed=19_021,
)

F21_CONNECTORS = [": ", " # ", " - ", ":  ", "\t", " = ", " no ", "\n", " #: ", "/ "]
F21_FRAMES = ["{kv}", "{kv}.", "• {kv}", "{kw}:\n{v}", "{kv} (confirmed w/ pt)", "Pt ID — {kv}",
              "{kw} ........ {v}", "| {kw} | {v} |", "{kv}; verified at intake", "[ ] {kv}",
              "Demographics sheet: {kv}", "{kv} -- per front desk"]
F21_AFTER = ["{v} ({kw})", "{v} on file as {kw}", "{v} — {kw}", "{v}, listed as the {kw},"]
F21_KEYWORDS = {
    "mrn": ["Chart #", "HRN", "Med Rec", "EHR no", "Facility chart", "UR no.", "Encounter MRN",
            "IHS chart"],
    "health_plan": ["MBI", "Medicare Beneficiary ID", "Medicaid ID", "MS Medicaid", "CHIP ID",
                    "Member ID", "Medicare card", "Fidelis member"],
    "account": ["Acct", "HAR", "Guarantor acct", "Billing acct no.", "Invoice", "Claim acct"],
    "licence": ["NPI", "DEA", "MT DL", "NY DL", "CDL", "AHPRA reg", "Tas licence", "RN lic"],
    "vehicle": ["Plate", "Tag", "Lic plate", "VIN", "Rego", "Unit tag"],
    "device": ["Pump S/N", "Gen serial", "Concentrator SN", "CPAP serial", "UDI", "Monitor s/n"],
    "other_id": ["Census no.", "Tribal ID", "Booking #", "IHI", "A#", "Inmate no.", "Case no."],
    "ssn": ["SSN", "SS#", "Soc Sec", "Social"],
    "phone": ["Cell", "Home ph", "Call-back", "CB#", "Mob", "Landline"],
    "fax": ["Fax", "F", "Fax back to", "eFax", "Secure fax"],
}
F21_SENTENCES = {
    "name": ["{full} and her {rel} came in together.", "{given} was seen on the porch by the aide.",
             "{surname} refused the 2 p.m. dose.", "Spoke with {full} ({rel}) by phone.",
             "Present: {full}, {full}, hospice RN.", "{given} says the sheep need feeding before he goes.",
             "Signed, {full}, RN", "{full}'s grandmother translated into Navajo.",
             "Per {given}, the bubbe has not eaten since Shabbos.",
             "Caller: {full}, the patient's {rel}.", "[[name:Boyd Knutson Jr.]] drove her to the clinic.",
             "Transferred care to {full}, paramedic.", "{surname} and {surname} both on the list.",
             "Patient {full} was restrained in the cell for 20 min.",
             "[[name:Cleophus \"Boo\" Staggers]] found her on the kitchen floor.",
             "[[name:Leland Haugen III]] is the rancher's only son.", "Her {rel} {given} wants a call back."],
    "address": ["Lives at [[address:{n} {street} Ave]] behind the feed store.",
                "Home: [[address:HC {n2} Box {n}]].", "Mailing: [[address:PO Box {n}]].",
                "Pick-up at [[address:Lot {n2}, Sunset Mobile Home Park]].",
                "Scene: [[address:{n} {street} St, Apt {n2}]].", "Unit at [[address:{n2}/{n} {street} Street]]",
                "Residence [[address:{n} {street} Rd]], second trailer past the cattle guard.",
                "Moved in with her daughter on [[address:{n} Lee Avenue, Apt 4R]]."],
    "place": ["Lives out past {city} on a section of dryland wheat.", "Flown out of {city} by fixed wing.",
              "Grew up in {city} and never left.", "Her sister in {city} will take the dog.",
              "Seen at [[place:Frances Mahon Deaconess Hospital]] last winter.",
              "Referred from [[place:Chinle Comprehensive Health Care Facility]].",
              "The aide drives in from {city} twice a week.", "From {city}; moved to {city} in 2019.",
              "Discharged from [[place:Royal Hobart Hospital]] to the {city} clinic.",
              "Works the catfish ponds near {city}.", "Attends shul in {city}."],
    "zip": ["ZIP {v}", "{city} {v}", "Mailing zip {v}; no street delivery.", "Zip code: {v}, outside the service area.",
            "[[place:Glasgow]], MT [[zip:59230-2114]]", "[[place:Clarksdale]], MS [[zip:38614]]",
            "[[place:Brooklyn]], NY [[zip:11219]]", "[[place:Tennant Creek]] NT [[zip:0860]]",
            "[[place:Scottsdale]] TAS [[zip:7260]]", "[[place:Chinle]], AZ [[zip:86503]]"],
    "date": ["DOB {v}", "Date of birth: {v}", "Admitted {v}.", "SOC date {v}", "Death pronounced {v}.",
             "Booked into county jail {v}", "Last seen well {v}", "Call received {v}",
             "Leave to begin {v}.", "Requested start of service: {v}", "Seen in the school clinic {v}."],
    "phone": ["Daughter's cell {v}.", "Call her at {v} after 5.", "Ranch landline is {v} (no cell service).",
              "Poison center call-back {v}.", "Hospice on-call line {v}."],
    "fax": ["Please fax the signed order to {v}.", "Sent to the PCP fax {v}.", "Faxed OASIS to {v}."],
    "email": ["Family prefers email: {v}", "Send the FMLA copy to {v}.", "HR contact {v} for the leave paperwork."],
    "ssn": ["SSN {v} per Medicaid card copy.", "Social security no. {v} on the jail intake.",
            "Verified last name and social {v}."],
    "mrn": ["Old chart {v} merged.", "Records under {v} at the referring hospital.", "Chart {v}, pulled for UR."],
    "health_plan": ["Medicare {v} primary, Medicaid secondary.", "Medicaid {v} active as of today.",
                    "Medicare card number {v}.", "Plan member {v}; PA required."],
    "account": ["Charges posted to account {v}.", "Balance on {v} sent to collections.", "Self-pay account {v}."],
    "licence": ["Ordering provider NPI {v}.", "Prescriber DEA {v} verified in the PDMP.",
                "Driver's license {v} copied at registration.", "CDL {v}; DOT card due."],
    "vehicle": ["Rollover, pickup plate {v}.", "Car seat check in vehicle {v}.", "Truck VIN {vin} on the tow slip.",
                "Montana plate {v} on the patient's pickup."],
    "device": ["Insulin pump serial {v}.", "Oxygen concentrator {v} swapped out.", "ICD generator {v} interrogated."],
    "other_id": ["Tribal enrollment {v}.", "Jail booking {v}.", "IHI {v} confirmed.", "Alien number {v}.",
                 "Poison center case {v}."],
    "url": ["The family set up {v} for the funeral costs.", "Her grandson posts updates at {v}.",
            "Obituary at {v}."],
    "ip": ["Telepharmacy kiosk at {v} lost connection.", "Login from {v} flagged by IT.",
           "Remote camera {v} in the tribal clinic."],
}
F21_REFERENCES = [
    "Rural EMS response intervals are reviewed at https://doi.org/10.1080/10903127.2021.{n}.",
    "Background: https://pubmed.ncbi.nlm.nih.gov/3{n}41/ and the NRHA policy brief.",
    "See the CDC's guidance (https://www.cdc.gov/mmwr/volumes/{n}/wr/mm{n}a2.htm).",
]
F21_STYLES = [
    "HOME HEALTH - OASIS SOC VISIT\nSkilled nursing, PT evaluation ordered.\n{body}\nHomebound status: yes (taxing effort).",
    "HOSPICE AIDE VISIT NOTE\n{body}\nComfort measures reviewed; RN case manager notified.",
    "EMS PATIENT CARE REPORT - rural ALS\n{body}\nDisposition: transported, care transferred at ED.",
    "TRIBAL HEALTH CLINIC - PROGRESS NOTE\n{body}\nPlan: follow up with the public health nurse in 2 wk.",
    "SCHOOL-BASED HEALTH CENTER\n{body}\nReturned to class at 10:15.",
    "URGENT CARE NOTE\nCC: cough x 4 days.\n{body}\nReturn precautions given.",
    "TELEPHARMACY VERIFICATION LOG\n{body}\nCounselled by video; no interaction flags.",
    "PRIOR AUTHORIZATION REQUEST\n{body}\nMedical necessity attached.",
    "FMLA CERTIFICATION (WH-380-E) - Section III\n{body}",
    "JAIL INTAKE HEALTH SCREEN\n{body}\nCleared for general population: no.",
    "POISON CONTROL CALL RECORD\n{body}\nFollow-up call in 4 h.",
    "UTILIZATION REVIEW\n{body}\nPhysician advisor referral: not needed.",
    "CASE MANAGEMENT NOTE\n{body}\nBarriers: transport, phone service.",
    "{body}",
]

F21_PART = Part("fresh21", F21_VOCABULARY, F21_CONNECTORS, F21_FRAMES, F21_KEYWORDS,
                F21_SENTENCES, F21_AFTER, F21_REFERENCES, True, values=F21_VALUES,
                age=_f21_age, styles=F21_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh21-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS: list[tuple] = [
    ("oasis-soc",
     "HOME HEALTH START OF CARE - OASIS-E\n"
     "Patient: [[name:Marlys Knutson]]    DOB: [[date:04/11/1929]]    MBI: [[health_plan:3QT7-HW2-NK61]]\n"
     "Address: [[address:HC 65 Box 2210]], [[place:Ekalaka]], MT [[zip:59324]]\n"
     "Homebound: lives 38 miles of gravel from town; daughter [[name:Rhonda]] checks on her daily.\n"
     "M1033 risk of hospitalization: 4 items. Wound: venous ulcer L medial malleolus 3.0 x 2.2 cm.\n"
     "Agency chart [[mrn:HH-0044817]]. Visit by [[name:Tammy Rasmussen]], RN, NPI [[licence:1629084417]]."),
    ("hospice-aide",
     "Hospice aide visit - Tuesday.\n[[name:Odessa Whitlock]], [[age:97-year-old]], bed bound, PPS 20%. "
     "Granddaughter [[name:LaDonna]] stays nights. Bathed, lotion, changed linens; skin intact except coccyx.\n"
     "Home at [[address:412 Issaquena St]], [[place:Rolling Fork]]. Family asks aide to call "
     "[[phone:(662) 873-0419]] if breathing changes. Aide: [[name:Precious Staggers]], CNA."),
    ("ems-pcr-rollover",
     "PCR #[[other_id:25-004417]]  Unit: Medic 2 out of [[place:Wolf Point]]\n"
     "Dispatched 02:14 to a single vehicle rollover east of town, pickup Montana plate "
     "[[vehicle:17-4821B]]. Driver, [[name:Dusty Eagleboy]], 34 M, ambulatory at scene, ETOH on breath. "
     "C-collar, backboard per protocol. Report called to [[place:Trinity Hospital]]. Crew: "
     "[[name:K. Fourstar]], EMT-A; [[name:J. Lande]], Paramedic."),
    ("tribal-clinic",
     "[[place:Kayenta Health Center]] - Diabetes follow up\n"
     "[[name:Shandiin Bitsui]] came with her grandmother, who speaks Navajo only; interpreter "
     "[[name:Lorraine Yellowhair]] present. Home is in the [[place:Dennehotso]] chapter, no running water, "
     "hauls water from the chapter house. A1c 9.8%. Chart [[mrn:4471920]]. Census no. [[other_id:318-004452]]. "
     "Next visit with the CHR at home."),
    ("school-clinic",
     "SCHOOL-BASED CLINIC, [[place:Clarksdale High School]]\n"
     "Student: [[name:Tayshia Sledge]], grade 10. Asthma flare during PE. Peak flow 220 -> 340 after albuterol. "
     "Mom ([[name:Earnestine Sledge]]) reached at [[phone:662-624-7781]]; she will pick up at 12:30. "
     "Medicaid [[health_plan:028837415]]. Seen [[date:3/11/2025]]."),
    ("urgent-care",
     "URGENT CARE - [[place:Havre]]\n"
     "Pt: [[name:Colt Wagner Rasmussen]] | DOB [[date:Aug 2 1988]] | Acct [[account:HAR600194472]]\n"
     "Fishhook embedded R thumb, advance-and-cut technique, tetanus up to date. Works for the BNSF out of "
     "[[place:Shelby]]; employer needs a note. Home ph [[phone:406-265-3390]]."),
    ("telepharmacy",
     "Telepharmacy verification - remote site [[place:Big Timber]]\n"
     "Rx for [[name:Lyle Haugen]] (DOB [[date:02-14-1940]]): apixaban 5 mg BID #60. Prescriber "
     "[[name:Anne Sorensen]], NP, DEA [[licence:MS4417023]]. Technician at the kiosk ([[ip:10.40.12.77]]) "
     "showed the bottle to the camera. Pharmacist: [[name:Ben Okerlund]], PharmD."),
    ("prior-auth",
     "PRIOR AUTHORIZATION - CPAP\n"
     "Member: [[name:Leland Tillman]]\nMember ID: [[health_plan:ZGP55120874-01]]\n"
     "DOB: [[date:September 9, 1961]]\nAHI 41 on home sleep test. Device requested: CPAP with heated "
     "humidifier.\nOrdering: Dr. [[name:Ruth Ann Bolden]], NPI [[licence:1093741206]]\n"
     "Fax decision to [[fax:(662) 887-4410]]."),
    ("fmla",
     "FMLA - Certification of Health Care Provider (family member)\n"
     "Employee: [[name:Mendel Friedlander]]; employer: a kosher bakery on [[address:Lee Avenue]].\n"
     "Family member: his wife, [[name:Faige Friedlander]], post-partum hemorrhage, transfused 4 units.\n"
     "Condition commenced [[date:10/28/2024]]; expected duration 6 weeks.\n"
     "HR email [[email:payroll.lee@example.com]]. Provider signature: [[name:Avrohom Weiss]], MD."),
    ("jail-intake",
     "JAIL INTAKE HEALTH SCREEN - [[place:Coahoma County]] Detention\n"
     "Name: [[name:STAGGERS, DARNELL L.]]   Booking #: [[other_id:BK25-00931]]\n"
     "SSN: [[ssn:428-61-3307]]   DOB: [[date:07/19/1996]]\n"
     "Reports daily heroin use, last use 6 h ago. COWS 9. Takes no meds. Mother [[name:Bernice]] "
     "at [[phone:662.627.2218]]. Screened by [[name:C. Holloway]], LPN."),
    ("poison-call",
     "Poison control - caller is the grandmother, [[name:Chaya Sura Gottesman]], from "
     "[[place:Borough Park]]. Child [[name:Shloime]], 3 y, got into the bubbe's pillbox around 16:00: "
     "possibly 2 x amlodipine 10 mg. Callback [[phone:718-436-5502]]. Advised ED; Hatzolah called. "
     "Case no. [[other_id:2025-PC-40177]]."),
    ("ur-note",
     "UR day 4: [[name:Hershel Landau]], admitted [[date:Jan 6 2025]] with CAP. Does not meet "
     "acute criteria today; O2 weaned to RA. MBI [[health_plan:7KM2D41XR09]]. Discussed with the "
     "attending, Dr [[name:Sato]]. Discharge plan: home with his son in [[place:Williamsburg]]."),
    ("case-mgmt",
     "Case management: [[name:Nizhoni Tsosie]] (she goes by \"[[name:Nizzy]]\") needs transport to "
     "dialysis in [[place:Gallup]] three days a week. Lives at [[address:N12 Route 9, House 4]] near "
     "[[place:Crownpoint]], no phone at home; leave messages with her aunt at [[phone:(505) 786-4129]]. "
     "Medicaid [[health_plan:W118820437]]."),
    ("obituary-style",
     "To the care team at the hospice - from the family of [[name:Cleophus \"Boo\" Staggers Sr.]]\n"
     "Daddy went home to the Lord on [[date:February 3, 2025]] at 04:10, in his own bed on "
     "[[address:118 Sunflower Ave]], with [[name:Earnestine]], [[name:Darnell]] and the grandbabies there. "
     "He was [[age:93 years old]], born in [[place:Mound Bayou]], drove a cotton picker for 40 years. "
     "Service Saturday at the church. Memorial page: [[url:https://www.example.org/memorial/cleophus-staggers]]."),
    ("nt-clinic",
     "[[place:Katherine Hospital]] - outreach clinic note\n"
     "[[name:Jedda Lalara]], 41 F, from [[place:Barunga]]. RHD, on monthly bicillin. Medicare "
     "[[health_plan:2951 46302 1]], IHI [[other_id:8003 6081 4471 2290]]. Aunty [[name:Maureen]] "
     "came along. Mob [[phone:0428 771 045]]. Next bicillin due [[date:14/04/2025]]."),
    ("tas-gp",
     "Dear Dr [[name:Bessell]],\nRe: [[name:Graham Van Diemen-Hart]], [[address:17 Orr St]], "
     "[[place:Queenstown]] TAS [[zip:7467]]. UR no. [[mrn:UR 402281]].\nThanks for seeing [[name:Graham]], a retired "
     "miner with silicosis. He drives a ute, rego [[vehicle:F43 KB]], and I am not sure he should. "
     "Kind regards,\n[[name:Sally Pyke]], nurse practitioner, [[place:West Coast District Hospital]]\n"
     "Ph [[phone:(03) 6471 3320]]"),
    ("montana-ranch",
     "Called by the vet, of all people: [[name:Wyatt Haugen]] got kicked by a cow near [[place:Malta]] "
     "and won't come in. Wife [[name:Dellarose]] drove him 70 miles. Rib fractures 5-7, no "
     "pneumothorax. Ranch is [[address:1842 Content Road]]; landline [[phone:406 654 2291]]. "
     "DOB [[date:11/30/1950]]."),
    ("delta-home",
     "[[name:Otis Whitlock]] and his wife came in from [[place:Belzoni]] for the wound. Diabetic "
     "foot, 2nd toe dusky. SSN on file [[ssn:587-20-4419]]. Address [[address:Route 1 Box 88]], "
     "[[place:Belzoni]], MS [[zip:39038-9104]]. His nephew [[name:Jarvis]] farms their land."),
    ("hasidic-mat",
     "L&D triage: [[name:Rivky Halberstam]], G9P8, 38 wk, from [[place:Williamsburg]]. Husband "
     "[[name:Yitzchok]] waiting outside (no male in room). Medicaid [[health_plan:KF48210T]]. "
     "Address [[address:220 Wilson St, Apt 3B]], [[place:Brooklyn]], NY [[zip:11211-7706]]. "
     "Cell [[phone:347-555-0192]]."),
    ("yiddish-age",
     "Consult for the zeide: [[name:Avrum Gottlieb]], [[age:96 yor alt]], fell in shul on Shabbos. "
     "Son [[name:Moishe Gottlieb]] translates. MRN [[mrn:M00812294]]. Plan: hip films, PT."),
    ("ems-navajo",
     "EMS: called by the chapter house at [[place:Many Farms]]; patient's hogan is 11 miles down "
     "a dirt road past the water tank, no address. [[name:Harold Begay]], [[age:91 y/o]], found in "
     "snow, core temp 31.2 C. Granddaughter [[name:Tiana Begay]] rode along. Navajo Nation ID "
     "[[other_id:226-400815]]."),
    ("device-letter",
     "Pacemaker clinic, remote follow-up.\n[[name:Ruby Mae Tillman]]. Generator serial "
     "[[device:PJN448120S]], transmitter [[device:SN20881472]] in the bedroom. Battery 6.5 years. "
     "Transmission came from [[ip:192.168.1.44]] via the home router. Chart [[mrn:2210447]]."),
    ("oxygen",
     "DME note: concentrator [[device:1114-KR-20917]] and back-up tank delivered to [[address:9 Cedar Lane]], "
     "[[place:Roundup]]. Patient [[name:Boyd Knutson]] smokes. Educated. DME acct [[account:4471-200183]]."),
    ("insulin-pump",
     "School nurse - [[name:Kylie Rasmussen]]'s pump, serial [[device:NG2210481H]], alarmed in class. "
     "CGM sensor lot printed on the box. Mom [[name:Jodi]] (cell [[phone:(406) 228-1180]]) changed the site at lunch."),
    ("vin-claim",
     "Claim adjuster letter: accident involving the 2012 Ford F-250, VIN [[vehicle:1FT7W2BT4CEB40021]], "
     "driven by [[name:Marlon Nez]]. Medical records for DOS [[date:06/02/2024]] enclosed. Claim acct "
     "[[account:002144718830]]."),
    ("bank-refund",
     "Patient accounts: refund of $412.66 to [[name:Earnestine Sledge]], checking account "
     "[[account:0044187213]], routing on file. Questions: [[email:e.sledge@example.net]]."),
    ("nt-ems",
     "St John NT - PCR\nPt [[name:Roy Wurramarrba]], 67 M, at [[address:Lot 112 Jabiru St]], "
     "[[place:Tennant Creek]] NT [[zip:0860]]. Chest pain 2 h, STEMI on 12-lead, thrombolysed. "
     "Retrieval to [[place:Alice Springs Hospital]] by RFDS. Medicare [[health_plan:4127 68034 2]]."),
    ("tas-school",
     "School health nurse, [[place:Smithton]]: [[name:Bryce Pyke]], year 8, anaphylaxis plan updated. "
     "Mum works at the dairy; ph [[phone:0419 226 730]]. Email [[email:lpyke@example.com.au]]."),
    ("licence-dot",
     "DOT exam: [[name:Travis Etsitty]], CDL [[licence:D041283317]], drives for the Navajo Transit "
     "out of [[place:Window Rock]]. BP 138/86. Certificate 2 years. Examiner NRCME no. "
     "[[licence:1827744512]]."),
    ("ny-dl",
     "Registration: ID shown is NY DL [[licence:712 448 903]] for [[name:Faige Friedlander]]; "
     "address on it is old, now at [[address:1417 50th Street]], [[place:Borough Park]]."),
    ("plate-ny",
     "Security: ambulette with NY tag [[vehicle:T621440C]] blocking the bay, driver [[name:Pinchas]] "
     "called on [[phone:929-331-8810]]."),
    ("a-number",
     "Social work: [[name:María Guadalupe Ortiz-Mendoza]], seasonal worker on a sugar beet farm "
     "near [[place:Sidney]], A# [[other_id:A208771453]]. Speaks Spanish. Employer [[name:Dale Rasmussen]] "
     "brought her. Uninsured; charity care account [[account:INV-2025-07712]]."),
    ("url-blog",
     "Patient's husband writes a blog about her ALS at [[url:www.example.com/~lylehaugen]]; "
     "asked him to take down the photo of her chart."),
    ("ip-log",
     "IT: portal account for [[name:Otis Whitlock]] accessed from [[ip:203.0.113.58]] and "
     "[[ip:198.51.100.201]] within 10 minutes; locked pending identity check."),
    ("fax-cover",
     "FAX COVER\nTo: [[place:Greenwood Leflore Hospital]] case mgmt\nFax: [[fax:662-459-2871]]\n"
     "From: [[name:Tonya Gresham]], RN\nRe: [[name:Cleophus Staggers]], DOB [[date:1/4/32]]\n"
     "Pages: 3 (including cover)"),
    ("hospice-table",
     "HOSPICE IDG - census\n| Patient | Town | Issue |\n|---|---|---|\n"
     "| [[name:Marlys Knutson]] | [[place:Ekalaka]] | pain 7/10 |\n"
     "| [[name:Harold Begay]] | [[place:Lukachukai]] | family meeting |\n"
     "| [[name:Odessa Whitlock]] | [[place:Rolling Fork]] | respite |"),
    ("speakers",
     "Family meeting (hospice)\n[[name:Rhonda]]: Mom wants to stay on the ranch.\n"
     "[[name:Lyle]]: We can't get her to town in a blizzard.\n"
     "SW [[name:Gail Thorson]]: We'll order a hospital bed and a generator letter for the co-op.\n"
     "Co-op account [[account:330-118 204771]]."),
    ("mbi-table",
     "Eligibility\tResult\nMedicare Beneficiary Identifier\t[[health_plan:5TD3-QU8-AR24]]\n"
     "Part A\tactive\nPart B\tactive\nName on card\t[[name:HAROLD T BEGAY]]"),
    ("email-thread",
     "From: [[name:Mendel Friedlander]] <[[email:mfriedlander@example.org]]>\n"
     "To: [[email:fmla-desk@example.com]]\nSubject: leave papers\n\n"
     "Attached the doctor's form for my wife. Please call my cell [[phone:718 302 4471]].\n"
     "A gut vokh, [[name:Mendel]]"),
    ("dob-hebrew",
     "Bris follow-up: baby boy [[name:Gottesman]], born [[date:12/02/2024]]. Mohel Reb "
     "[[name:Zalman Klein]] performed the bris; small ooze, pressure applied. Mother "
     "[[name:Chaya Sura]] very anxious."),
    ("obit-family",
     "Message from the [[name:Lalara]] family to the clinic: Thank you for caring for our mother. "
     "She passed peacefully at home in [[place:Angurugu]] on [[date:Sun 9 March 2025]]. "
     "Sorry business now, please do not ring the house for two weeks."),
    ("ssn-medicaid",
     "Medicaid application: applicant [[name:Jarvis Whitlock]], SS# [[ssn:431 70 2218]], household "
     "of 4 in [[place:Ruleville]], MS [[zip:38771]]."),
    ("clean-oasis",
     "OASIS follow-up: wound healing well, 1.2 x 0.8 cm, granulating. Pain 2/10. Medication "
     "profile reconciled, 11 meds, no changes. PT 2w4, OT 1w2."),
    ("clean-ems",
     "Run review: response 41 min, scene 18 min, transport 62 min. Two IV attempts, IO placed "
     "L tibia. 1 L NS, ondansetron 4 mg. No complications."),
    ("clean-hospice",
     "Hospice RN: morphine 5 mg SL q2h PRN, used 4 doses in 24 h. Glycopyrrolate for secretions. "
     "Family coping. Chaplain visit requested."),
    ("clean-urgent",
     "Urgent care: 2 cm laceration R forearm, 4 x 4-0 nylon sutures, remove in 10 days. Td given."),
    ("clean-ur",
     "UR: observation status day 2; does not meet inpatient criteria. MOON notice delivered. "
     "Expected discharge tomorrow."),
    ("clean-poison",
     "Poison control: ingestion of 1 button battery suspected in a 2-year-old; X-ray ordered, "
     "honey 10 mL every 10 minutes x 6 en route."),
    ("clean-school",
     "School clinic: BMI 31 (>95th percentile), BP 128/82; nutrition counselling, recheck in 3 months."),
    ("clean-jail",
     "Intake: TB symptom screen negative, PPD placed. Suicide screen negative. No withdrawal signs."),
    ("clean-rhd",
     "RHD register review: 44 clients, 78% adherence to 28-day bicillin, 3 overdue by >7 days."),
    ("discussion-refs",
     "Discussion. Long transport intervals in frontier counties are well described "
     "(https://doi.org/10.1080/10903127.2019.1588443), and home health use after discharge is lower "
     "on reservations than in nearby towns (https://pubmed.ncbi.nlm.nih.gov/30412260/). Our 12 "
     "patients fit that pattern; 9 of 12 had no landline.", "discussion"),
]

F21_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH21: tuple[Note, ...] = build(F21_PART, per_category=26, clean=120, references=8) + F21_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH21 for e in n.expected)
    print(len(FRESH21), "notes,", sum(1 for n in FRESH21 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

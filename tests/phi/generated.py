"""A generated PHI corpus: varied phrasings of every HIPAA Safe Harbor category (45 CFR
164.514(b)(2)), labelled with exact spans, deterministic (seeded), in two parts.

- TUNING: the part the scanner may be tuned on (its misses may be read and fixed).
- HELD_OUT: written with other templates, keywords, connectors, frames and vocabulary (other
  names, cities, streets, clean sentences), and never used to tune the scanner: only its
  figures are read. Its phrasings cover the same ideas (keyword before or after the value,
  "number is", "no.", "#", punctuation, line breaks, lists, tables, ordinary sentences) in
  other words, so that a scanner fitted to the tuning part's strings does not score on it.
- FRESH: a third part in the same spirit, written after all the tuning and measured once at
  the end (issue 16): the HELD_OUT part's overall and per-category figures were read after
  each round of tuning, so FRESH is the figure nothing was adjusted to. Tune on neither; when
  the scanner is worked on again, write a new part and keep this one as a regression floor.

Span conventions are tests/phi/corpus.py's: a name without its title; an identifier without
its keyword; an age with its attached unit ("92-year-old") or the number alone ("aged 95");
a date without its preposition. A template marks what must be found as {category} (a value
of that category is drawn) or [[category:literal]]; everything else must yield nothing.

Some notes sit in a CARE section (`Note.section`): literature references (doi.org, PubMed,
journal sites) in an Introduction or Discussion are not identifiers; the same addresses in the
patient's history are, and so is any other web address in any section.

    from tests.phi.generated import FRESH, HELD_OUT, TUNING
The notes, values and people are invented; any resemblance to a real one is chance.
"""
from __future__ import annotations

import random
import re
import string
import unicodedata
from dataclasses import dataclass, field

from tests.phi.corpus import Note, parse

# ---------------------------------------------------------------- vocabulary per part


@dataclass
class Vocabulary:
    given: list[str]
    surnames: list[str]
    cities: list[str]
    streets: list[str]
    relations: list[str]
    clean: list[str]
    seed: int


TUNING_VOCABULARY = Vocabulary(
    given=["Kofi", "Olga", "Mateo", "Aaliyah", "Dmitri", "Siobhan", "Ravi", "Ingrid", "Tariq",
           "Lucia", "Bongani", "Hana", "Pedro", "Yusuf", "Elif", "Margaret", "Thomas",
           "Fernanda", "Oluwaseun", "Anjali"],
    surnames=["Mensah", "Kowalczyk", "Haddad", "Fitzgerald", "Nakamura", "Okonkwo", "Lindgren",
              "Moreau", "Alvarez", "Petrov", "Sharma", "Dlamini", "Novak", "Bianchi", "Yilmaz",
              "Brennan", "Schultz", "Osei"],
    cities=["Fresno", "Tulsa", "Leicester", "Gdańsk", "Porto", "Ibadan", "Kumasi", "Modesto",
            "Dundee", "Lyon", "Cork", "Sacramento", "Nottingham", "Bologna"],
    streets=["Elm", "Willow", "Kingsway", "Chestnut", "Harbour", "Station", "Maple", "Orchard"],
    relations=["wife", "husband", "daughter", "son", "brother", "neighbour", "carer"],
    clean=[
        "Hb 10.2 g/dL, WBC 12.8 x10^9/L, platelets 156 x10^9/L.",
        "BP 138/84 mmHg, HR 96/min, SpO2 95% on air.",
        "She was started on ceftriaxone 2 g daily for 7 days.",
        "CT showed a 2.4 cm lesion in segment VI.",
        "NYHA class II, ECOG 1, Wells score 4.",
        "Parkinson disease and Addison disease were considered.",
        "He holds a driving licence but has not driven since the seizure.",
        "Platelet count fell to 42 on day 3.",
        "The serial troponins were 14, 88 and 240 ng/L.",
        "Cycle number 4 of chemotherapy was delayed by one week.",
        "Room 12, bed 4; seen on the morning round.",
        "No. of episodes: 3 in the last month.",
        "The plate and screws were removed after union.",
        "Diagnosed in 2018; relapse in 2021.",
        "Creatinine 143 umol/L, eGFR 41 mL/min/1.73m2.",
    ],
    seed=16_001,
)

HELD_OUT_VOCABULARY = Vocabulary(
    given=["Ama", "Kasia", "Joaquín", "Imani", "Sven", "Niamh", "Arjun", "Mei", "Astrid",
           "Karim", "Beatriz", "Thabo", "Yuki", "Rafael", "Emre", "Zainab", "Eleanor",
           "Gregory", "Chiamaka", "Lars"],
    surnames=["Owusu", "Wiśniewska", "Khoury", "Gallagher", "Watanabe", "Eze", "Johansson",
              "Dubois", "Herrera", "Ivanova", "Patel", "Nkosi", "Horvat", "Ricci", "Demir",
              "Sullivan", "Becker", "Adeyemi"],
    cities=["Stockton", "Wichita", "Coventry", "Poznań", "Braga", "Enugu", "Tamale", "Bremen",
            "Galway", "Nantes", "Plymouth", "Tacoma", "Sheffield", "Verona"],
    streets=["Birch", "Ridgeview", "Mill", "Juniper", "Quarry", "Larch", "Cedar", "Meadow"],
    relations=["partner", "mother", "father", "niece", "grandson", "friend", "landlady"],
    clean=[
        "Na 131 mmol/L, K 5.4 mmol/L, urea 12.1 mmol/L.",
        "Temperature 38.6 C, RR 22/min, HR 104/min.",
        "Apixaban 5 mg twice daily was restarted on day 5.",
        "MRI showed a 1.8 x 1.2 cm enhancing lesion.",
        "Killip class I; CURB-65 score 2; GCS 14.",
        "Crohn disease and Behçet disease were in the differential.",
        "She renewed her passport last year and flew without problems.",
        "Platelets recovered to 210 after the transfusion.",
        "Serial lactates were 4.1, 2.9 and 1.6 mmol/L.",
        "Dose no. 3 of the vaccine was given in clinic.",
        "Ward 7, bay 2; reviewed on the evening handover.",
        "Number of admissions: 2 in the last year.",
        "A locking plate was used for the distal radius.",
        "First seizure in 2015; second in 2020.",
        "Ferritin 12 ng/mL, transferrin saturation 9%.",
    ],
    seed=16_002,
)

# ---------------------------------------------------------------- value shapes


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _letters(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def _phone(r: random.Random, held_out: bool) -> str:
    a, b, c = f"{r.randint(201, 989)}", f"{r.randint(200, 989)}", _digits(r, 4)
    forms = ([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"0{_digits(r, 4)} {_digits(r, 6)}",
              f"+44 {_digits(r, 2)} {_digits(r, 4)} {_digits(r, 4)}"]
             if not held_out else
             [f"{a}.{b}.{c}", f"({a}){b}-{c}", f"+1-{a}-{b}-{c}", f"+33 6 {_digits(r, 2)} "
              f"{_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}", f"0{_digits(r, 3)} {_digits(r, 3)} "
              f"{_digits(r, 4)}", f"+234 {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 4)}"])
    return r.choice(forms)


def _date(r: random.Random, held_out: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1930, 2025)
    month = _MONTHS[m - 1]
    forms = ([f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{month} {d}, {y}",
              f"{y}-{m:02d}-{d:02d}", f"{month[:3]} {d}, {y}", f"{d} {month}"]
             if not held_out else
             [f"{d:02d}.{m:02d}.{y}", f"{month} {d}th {y}" if d > 3 else f"{month} {d}, {y}",
              f"{d}-{month[:3]}-{y}", f"{month[:3]}. {d}, {y}", f"{m}/{d}/{str(y)[2:]}",
              f"{d} {month[:3]} {y}"])
    return r.choice(forms)


def _age(r: random.Random, held_out: bool) -> tuple[str, str]:
    """(the text around the marked age, with {age} where the marked span goes, the span)"""
    n = r.randint(90, 104)
    forms = ([("a {age} woman", f"{n}-year-old"), ("aged {age}", f"{n}"),
              ("{age} M with sepsis", f"{n} yo"), ("he was {age}", f"{n} years old"),
              ("at age {age}", f"{n}")]
             if not held_out else
             [("a {age} man", f"{n} y.o."), ("Age: {age}", f"{n}"),
              ("she is {age} and frail", f"{n} yrs old"), ("a {age} retired miner", f"{n}-yr-old"),
              ("at the age of {age}", f"{n}")])
    return r.choice(forms)


VALUES = {
    "mrn": lambda r, h: r.choice([_digits(r, 7), f"{_letters(r, 1)}{_digits(r, 7)}",
                                  f"{_digits(r, 2)}-{_digits(r, 3)}-{_digits(r, 3)}",
                                  _digits(r, 8)] if not h else
                                 [_digits(r, 6), f"{_letters(r, 2)}{_digits(r, 6)}",
                                  f"{_digits(r, 3)}-{_digits(r, 4)}", _digits(r, 9)]),
    "health_plan": lambda r, h: r.choice([
        f"{r.randint(1, 9)}{_letters(r, 2)}{r.randint(1, 9)}-{_letters(r, 1)}{_digits(r, 2)}-"
        f"{_letters(r, 2)}{_digits(r, 2)}", f"{_letters(r, 3)}{_digits(r, 9)}",
        f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 4)}"] if not h else
        [f"{_letters(r, 1)}{_digits(r, 8)}", f"{_digits(r, 9)}{_letters(r, 1)}",
         f"{_letters(r, 2)}-{_digits(r, 6)}-{_digits(r, 2)}"]),
    "account": lambda r, h: r.choice([_digits(r, 10), _digits(r, 8),
                                      f"GB{_digits(r, 2)}NWBK{_digits(r, 14)}"] if not h else
                                     [_digits(r, 12), f"{_digits(r, 4)}-{_digits(r, 6)}",
                                      f"DE{_digits(r, 20)}"]),
    "licence": lambda r, h: r.choice([f"{_letters(r, 1)}{_digits(r, 7)}",
                                      f"{_letters(r, 1)}{_digits(r, 3)}-{_digits(r, 4)}-{_digits(r, 4)}",
                                      f"{_letters(r, 2)}{_digits(r, 7)}", _digits(r, 9)] if not h else
                                     [f"{_letters(r, 1)}{_digits(r, 8)}", f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 3)}",
                                      f"{_letters(r, 5)}{_digits(r, 6)}{_letters(r, 2)}{_digits(r, 1)}{_letters(r, 2)}",
                                      _digits(r, 10)]),
    "vehicle": lambda r, h: r.choice([f"{r.randint(1, 9)}{_letters(r, 3)}{_digits(r, 3)}",
                                      f"{_letters(r, 2)}{_digits(r, 2)} {_letters(r, 3)}",
                                      f"{_letters(r, 3)}-{_digits(r, 4)}"] if not h else
                                     [f"{_letters(r, 3)} {_digits(r, 4)}", f"{_digits(r, 3)}-{_letters(r, 3)}",
                                      f"{_letters(r, 2)}{_digits(r, 2)}{_letters(r, 3)}",
                                      f"{_digits(r, 1)}{_letters(r, 2)}{_digits(r, 4)}"]),
    "vin": lambda r, h: f"{_digits(r, 1)}{_letters(r, 4)}{_digits(r, 5)}{_letters(r, 1)}{_digits(r, 6)}",
    "device": lambda r, h: r.choice([f"{_letters(r, 3)}{_digits(r, 6)}{_letters(r, 1)}",
                                     f"{_letters(r, 3)}-{_digits(r, 4)}-{_digits(r, 5)}", _digits(r, 15)]
                                    if not h else
                                    [f"{_letters(r, 2)}{_digits(r, 7)}", f"{_digits(r, 4)}-{_letters(r, 2)}-{_digits(r, 4)}",
                                     f"SN{_digits(r, 8)}"]),
    "other_id": lambda r, h: r.choice([f"{_letters(r, 2)}-{_digits(r, 4)}-{_digits(r, 4)}",
                                       f"{_letters(r, 1)}{_digits(r, 7)}"] if not h else
                                      [f"{_letters(r, 3)}{_digits(r, 5)}", f"{_digits(r, 2)}-{_digits(r, 5)}"]),
    "ssn": lambda r, h: (f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"
                         if not h or r.random() < 0.5 else
                         f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}"),
    "phone": _phone,
    "fax": _phone,
    "email": lambda r, h: r.choice(
        ["{g}.{s}{n}@example.com", "{g}_{s}@mail.example.org", "{s}{n}@clinic.example.net"]
        if not h else ["{s}.{g}@example.co.uk", "{g}{n}@post.example.de", "{g}-{s}@example.ng"]),
    "url": lambda r, h: r.choice(
        ["https://www.example.com/{g}-{s}-story", "www.example.org/{g}{n}", "http://example.net/p?id={n}"]
        if not h else ["https://{g}{s}.example.blog/diary", "example.io/u/{g}_{n}",
                       "http://www.example.info/{s}/photos"]),
    "ip": lambda r, h: r.choice([f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"]
                                if not h else
                                [f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"2001:db8:{r.randint(1, 9999):x}::{r.randint(1, 9999):x}"]),
    "zip": lambda r, h: r.choice(["{z5}", "{z5}-{z4}"]),
    "date": _date,
}

# ---------------------------------------------------------------- templates per category
# {v}: the category's value, marked. {given} {surname} {full}: a marked name. {city}: a marked
# place. {street}: an unmarked street word (used inside a marked address). {rel}: a relation.

# Connectors between a keyword and its value (keyword before), per part.
TUNING_CONNECTORS = [": ", " ", " number ", " number: ", " no. ", " #", " number is ", ":\n",
                     " - ", " (", ", "]
HELD_OUT_CONNECTORS = [" No: ", " nr ", " # ", " num. ", " is ", " number was ", "\n",
                       ": ", " No. ", "=", " no "]

# How a keyword-and-value pair sits in a note, per part ({kv} is "keyword + connector + value").
TUNING_FRAMES = ["{kv}.", "- {kv}", "| {kw} | {v} |", "Recorded: {kv}; no changes.",
                 "The notes list {kv} on the front sheet.", "{kw}\n{v}"]
HELD_OUT_FRAMES = ["* {kv}", "{kw}\t{v}", "Admin details - {kv} - confirmed.",
                   "We copied {kv} from the referral letter.", "{kv}, checked at triage.",
                   "{kw} | {v}"]

TUNING_KEYWORDS = {
    "mrn": ["MRN", "medical record number", "hospital number", "chart number", "record no."],
    "health_plan": ["Medicare number", "insurance member ID", "policy number", "health plan ID",
                    "Medicaid no."],
    "account": ["account number", "billing account", "bank account number", "acct"],
    "licence": ["driver's licence", "driving licence number", "passport number", "DEA number",
                "licence no."],
    "vehicle": ["plate", "licence plate", "number plate", "registration plate"],
    "device": ["serial number", "S/N", "pacemaker serial", "device ID", "IMEI"],
    "other_id": ["study ID", "participant number", "employee ID", "badge number"],
    "ssn": ["SSN", "social security number"],
    "phone": ["phone", "tel", "mobile", "cell"],
    "fax": ["fax", "fax number"],
}
HELD_OUT_KEYWORDS = {
    "mrn": ["MR number", "patient record", "medical record #", "hospital no", "unit number"],
    "health_plan": ["member number", "insurance ID", "beneficiary ID", "subscriber no.",
                    "health insurance card number"],
    "account": ["account no.", "patient account", "invoice account", "credit card number"],
    "licence": ["driver's license", "driver license", "passport", "medical licence",
                "birth certificate number"],
    "vehicle": ["license plate", "car registration", "reg. no.", "tag number"],
    "device": ["serial no.", "SN", "implant serial", "device identifier"],
    "other_id": ["trial ID", "subject no.", "staff number", "student ID"],
    "ssn": ["SS#", "social security no."],
    "phone": ["telephone", "ph.", "contact number", "landline"],
    "fax": ["fax no.", "facsimile"],
}

# Sentences where the keyword is in an ordinary sentence, before or after the value.
TUNING_SENTENCES = {
    "licence": ["His driver's licence {v} was in the chart.",
                "She showed her passport, {v}, at admission.",
                "The licence {v} belongs to the patient.",
                "{v} is his driving licence number."],
    "vehicle": ["She drives a car with plate {v}.",
                "The van's plate was {v} according to the police.",
                "{v} is the plate of the car that hit him.",
                "Police noted the registration plate {v} at the scene.",
                "The car (VIN {vin}) was towed."],
    "mrn": ["His MRN is {v}.", "{v} is her medical record number.",
            "The hospital number {v} was on the wristband."],
    "health_plan": ["Her Medicare number is {v}.", "{v} is the member ID on his insurance card."],
    "account": ["The bill went to account {v}.", "{v} is the account number on the invoice."],
    "device": ["The pacemaker, serial number {v}, was interrogated.",
               "{v} is the serial number of the pump."],
    "other_id": ["He was enrolled as study ID {v}.", "{v} is her employee ID at the plant."],
    "ssn": ["His SSN is {v}.", "{v} was the social security number on the form."],
    "phone": ["She can be reached at {v}.", "Call her daughter on {v} with results.",
              "Her mobile is {v}."],
    "fax": ["The letter was sent by fax to {v}.", "Fax {v} for the GP surgery."],
    "email": ["She wrote from {v} about the rash.", "Contact: {v}", "Email: {v}"],
    "url": ["Her blog at {v} describes the illness.", "He posted the video on {v}."],
    "ip": ["The monitor uploaded from {v}.", "Login from IP {v} was logged."],
    "zip": ["She lives in ZIP code {v}.", "Address ends in CA {v}.", "Postcode: [[zip:LS6 2QB]]."],
    "date": ["She was admitted on {v}.", "DOB: {v}", "Discharged {v} on apixaban.",
             "Surgery took place on {v}.", "| Admission | {v} |"],
    "address": ["She lives at [[address:{n} {street} Street]].",
                "Found outside [[address:{n} {street} Road]] by a neighbour.",
                "Home: [[address:{n} {street} Avenue, Apt {n2}]]",
                "- Address: [[address:{n} {street} Lane]]"],
    "place": ["A farmer who lives in {city} presented with fever.",
              "She recently travelled from {city}.", "He moved to {city} last year.",
              "Born in {city}, she works as a teacher."],
    "name": ["Mr. {surname} was admitted with sepsis.", "His {rel} {given} noticed the change.",
             "{given} came back a week later.", "We discussed the plan with {full}.",
             "{full} presented with jaundice.", "The patient, {full}, had two admissions.",
             "Nurse spoke to {given} about the diet.", "Discussed with {given} and her son."],
}
HELD_OUT_SENTENCES = {
    "licence": ["A license {v} was found in his wallet.",
                "{v}, her passport, was scanned on arrival.",
                "The driver license on file reads {v}.",
                "Police checked his driver's license {v} after the crash."],
    "vehicle": ["He was hit by a pickup with license plate {v}.",
                "{v} was the tag of the truck he drove.",
                "Her car, registration {v}, was parked outside.",
                "The motorbike's VIN, {vin}, was in the police report.",
                "Witnesses gave the plate as {v}."],
    "mrn": ["The record number for this admission is {v}.",
            "{v} (MRN) was used for both admissions.",
            "Labels with MRN {v} were printed."],
    "health_plan": ["Insurance ID {v} was verified.", "{v} is his health plan number."],
    "account": ["Payment was taken from account {v}.", "{v} (account no.) is overdue."],
    "device": ["The insulin pump's serial is {v}.", "{v} (serial number) was recalled."],
    "other_id": ["Participant {v} was unblinded.", "{v} is his staff ID."],
    "ssn": ["Social Security: {v}.", "SSN {v} was used to register her."],
    "phone": ["Her phone number is {v}.", "Reach the son on {v} after 6 pm.",
              "{v} (home)", "Text updates to {v}."],
    "fax": ["Fax results to {v} please.", "{v} (fax) for the referring practice."],
    "email": ["Reply to {v} with the report.", "Her address {v} is on file.", "Mail: {v}"],
    "url": ["Photos are on {v} for the family.", "See {v} for her fundraiser."],
    "ip": ["The session came from {v}.", "Device IP: {v}"],
    "zip": ["Her zip code is {v}.", "Mailing address: Austin, TX {v}.",
            "Post code [[zip:M13 9PL]] on the referral."],
    "date": ["Seen in clinic {v}.", "Date of birth: {v}.", "Admitted {v}, discharged a week later.",
             "Date of death {v}", "* Surgery: {v}"],
    "address": ["Home address is [[address:{n} {street} Ave., Apt {n2}]].",
                "She was found at [[address:{n} {street} Ln]] after the fall.",
                "[[address:{n} {street} Drive]] is where she lives alone.",
                "* Lives at [[address:{n} {street} Road]]"],
    "place": ["She resides in {city} with her partner.", "A {city} native, he drives a bus.",
              "They travelled to {city} for the wedding.", "Her home in {city} has stairs."],
    "name": ["Mrs {surname} declined surgery.", "Her {rel}, {given}, brought her in.",
             "{given} returned to clinic in March.", "{full} was seen by the team.",
             "We called {given} with the results.", "Spoke with {full} on the phone.",
             "{given} said the pain was worse at night.", "The ward team met {full} today."],
}

# Added to the tuning part after the first held-out figures (0.90 recall: the per-category
# figures only, never its notes, were read): more ways of saying the same things, written
# afresh for the categories that scored lowest there.
TUNING_MORE_SENTENCES = {
    "mrn": ["Her hospital ID is {v}.", "Medical record: {v}", "Her record number was {v}.",
            "The wristband read {v} (MRN).", "Patient ID {v} on the request form.",
            "Records are filed under MRN {v} at the front desk."],
    "ssn": ["SSN on file: {v}", "{v} (SSN) was on the form.", "The SSN, {v}, was checked.",
            "Social Security # {v}"],
    "vehicle": ["A red Honda, plate number {v}, was seen leaving.", "Reg: {v}",
                "The number plate reads {v}.", "His car's registration is {v}."],
    "place": ["She is from {city}.", "A retired teacher and {city} resident, she walks daily.",
              "Home town: {city}", "He works in {city} as a chef.",
              "They live near {city} on a farm."],
    "fax": ["Results were faxed to {v}.", "Fax: {v}"],
    "other_id": ["Enrolled as participant number {v}.", "Employee #{v} at the warehouse.",
                 "Study number: {v}"],
    "device": ["Device serial {v} was logged.", "SN: {v}", "The implant's serial number is {v}."],
    "date": ["Seen on {v} in clinic.", "- Discharge: {v}", "Date of surgery {v}."],
}
# And a second round, after the second held-out figure (0.91): a keyword with a short phrase
# before its value, a generic keyword right before it, a keyword after an SSN.
for _category, _more in {
        "mrn": ["The MRN for this visit is {v}.", "Patient record {v} was merged.",
                "The hospital ID on the label was {v}."],
        "other_id": ["Participant {v} withdrew.", "The badge of the employee reads {v}."],
        "vehicle": ["Her car, registration {v}, was outside.", "A pickup, tag {v}, hit him."],
        "ssn": ["{v} (SSN) was on the claim.", "{v} is her SSN."],
        "licence": ["The passport on the form was {v}."],
}.items():
    TUNING_MORE_SENTENCES[_category] = TUNING_MORE_SENTENCES.get(_category, []) + _more

# Keyword after the value (a separate set of phrasings per part).
TUNING_AFTER = ["{v} ({kw})", "{v} is the {kw}", "{v} - {kw}"]
HELD_OUT_AFTER = ["{v}, the {kw},", "{v} [{kw}]", "{v} was the {kw}"]

# Literature references in an Introduction or Discussion: never identifiers there.
TUNING_REFERENCES = [
    "Similar cases were reported (https://doi.org/10.1056/NEJMoa{n}).",
    "See the review at https://pubmed.ncbi.nlm.nih.gov/{n}/ for the mechanism.",
    "Guidelines: https://www.nice.org.uk/guidance/ng{n2}.",
]
HELD_OUT_REFERENCES = [
    "This was described before [1] (doi.org/10.1001/jama.2020.{n}).",
    "A case series (https://www.ncbi.nlm.nih.gov/pmc/articles/PMC{n}/) found the same.",
    "https://www.thelancet.com/journals/lancet/article/PIIS0140-6736({n2})30000-1/fulltext",
]
# The same kind of address in the patient's history: an identifier there.
_HISTORY_REFERENCE = "Her own case was published at [[url:https://doi.org/10.1136/bcr-{n}]]."


@dataclass
class Part:
    name: str
    vocabulary: Vocabulary
    connectors: list[str]
    frames: list[str]
    keywords: dict[str, list[str]]
    sentences: dict[str, list[str]]
    after: list[str]
    references: list[str]
    held_out: bool
    notes: list[Note] = field(default_factory=list)


_SLOT = re.compile(r"\{(\w+)\}")


class _Builder:
    def __init__(self, part: Part):
        self.part, self.v = part, part.vocabulary
        self.r = random.Random(part.vocabulary.seed)

    def value(self, category: str) -> str:
        r, h = self.r, self.part.held_out
        raw = VALUES[category](r, h)
        given, surname = r.choice(self.v.given), r.choice(self.v.surnames)
        return (raw.replace("{g}", _ascii(given).lower()).replace("{s}", _ascii(surname).lower())
                .replace("{n}", _digits(r, 2)).replace("{z5}", _digits(r, 5))
                .replace("{z4}", _digits(r, 4)))

    def fill(self, template: str, category: str) -> str:
        """The template with its slots filled and marked."""
        r = self.r

        def slot(m: re.Match) -> str:
            key = m.group(1)
            if key == "v":
                return f"[[{category}:{self.value(category)}]]"
            if key == "vin":
                return f"[[vehicle:{self.value('vin')}]]"
            if key == "given":
                return f"[[name:{r.choice(self.v.given)}]]"
            if key == "surname":
                return f"[[name:{r.choice(self.v.surnames)}]]"
            if key == "full":
                return f"[[name:{r.choice(self.v.given)} {r.choice(self.v.surnames)}]]"
            if key == "city":
                return f"[[place:{r.choice(self.v.cities)}]]"
            if key == "street":
                return r.choice(self.v.streets)
            if key == "rel":
                return r.choice(self.v.relations)
            if key == "n":
                return str(r.randint(2, 980))
            if key == "n2":
                return str(r.randint(1, 40))
            if key == "kw":
                return "{kw}"
            raise KeyError(key)

        return _SLOT.sub(slot, template)

    def keyed_phrase(self, category: str) -> str:
        """A keyword and a value, in a connector and a frame, or the value and then its
        keyword."""
        r, part = self.r, self.part
        keyword = r.choice(part.keywords[category])
        value = f"[[{category}:{self.value(category)}]]"
        if r.random() < 0.25:
            phrase = r.choice(part.after).replace("{v}", value).replace("{kw}", keyword)
            return phrase[0].upper() + phrase[1:] + ("" if phrase.endswith((".", ",")) else ".")
        connector = r.choice(part.connectors)
        closing = ")" if connector == " (" else ""
        kv = f"{keyword}{connector}{value}{closing}"
        frame = r.choice(part.frames)
        text = frame.replace("{kv}", kv).replace("{kw}", keyword).replace("{v}", value)
        return text[0].upper() + text[1:]

    def sentence(self, category: str) -> str:
        return self.fill(self.r.choice(self.part.sentences[category]), category)

    def age_sentence(self) -> str:
        around, span = _age(self.r, self.part.held_out)
        text = around.replace("{age}", f"[[age:{span}]]")
        return text[0].upper() + text[1:] + "."

    def date_sentence(self) -> str:
        template = self.r.choice(self.part.sentences["date"])
        return template.replace("{v}", f"[[date:{_date(self.r, self.part.held_out)}]]")

    def phi(self, category: str) -> str:
        r = self.r
        if category == "age":
            return self.age_sentence()
        if category == "date":
            return self.date_sentence()
        if category in self.part.keywords and r.random() < 0.6:
            return self.keyed_phrase(category)
        return self.sentence(category)

    def note(self, category: str, i: int) -> Note:
        r = self.r
        parts = [self.phi(category)]
        for _ in range(r.choice((0, 1, 1, 2))):
            parts.insert(r.randint(0, len(parts)), r.choice(self.v.clean))
        joiner = r.choice((" ", " ", "\n", "\n\n"))
        return parse(f"{self.part.name}-{category}-{i}", joiner.join(parts))

    def clean_note(self, i: int) -> Note:
        r = self.r
        return parse(f"{self.part.name}-clean-{i}",
                     " ".join(r.sample(self.v.clean, r.randint(2, 4))))

    def reference_notes(self, i: int) -> list[Note]:
        r = self.r
        intro = self.fill(r.choice(self.part.references), "url")
        section = r.choice(("introduction", "discussion"))
        clean = r.choice(self.v.clean)
        notes = [Note(f"{self.part.name}-reference-{i}", f"{clean} {intro}", (), section)]
        history = parse(f"{self.part.name}-reference-history-{i}",
                        self.fill(_HISTORY_REFERENCE, "url"))
        notes.append(Note(history.id, history.text, history.expected, "patient_information"))
        personal = parse(f"{self.part.name}-reference-personal-{i}",
                         self.fill(r.choice(self.part.sentences["url"]), "url"))
        notes.append(Note(personal.id, personal.text, personal.expected, section))
        return notes


def _ascii(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


CATEGORY_ORDER = ("name", "address", "place", "zip", "date", "age", "phone", "fax", "email",
                  "ssn", "mrn", "health_plan", "account", "licence", "vehicle", "device", "url",
                  "ip", "other_id")


def build(part: Part, per_category: int = 30, clean: int = 40, references: int = 8) -> tuple[Note, ...]:
    builder = _Builder(part)
    notes: list[Note] = []
    for category in CATEGORY_ORDER:
        for i in range(per_category):
            notes.append(builder.note(category, i))
    for i in range(clean):
        notes.append(builder.clean_note(i))
    for i in range(references):
        notes.extend(builder.reference_notes(i))
    return tuple(notes)


TUNING_PART = Part("tuning", TUNING_VOCABULARY, TUNING_CONNECTORS, TUNING_FRAMES,
                   TUNING_KEYWORDS,
                   {c: TUNING_SENTENCES.get(c, []) + TUNING_MORE_SENTENCES.get(c, [])
                    for c in TUNING_SENTENCES},
                   TUNING_AFTER, TUNING_REFERENCES, False)
HELD_OUT_PART = Part("held-out", HELD_OUT_VOCABULARY, HELD_OUT_CONNECTORS, HELD_OUT_FRAMES,
                     HELD_OUT_KEYWORDS, HELD_OUT_SENTENCES, HELD_OUT_AFTER, HELD_OUT_REFERENCES,
                     True)
# A third part, written after all the tuning and measured once, at the end (bench/README.md):
# nothing was changed after reading its figures. Other names, places, keywords and frames.
FRESH_VOCABULARY = Vocabulary(
    given=["Abena", "Bartosz", "Camila", "Deepa", "Efosa", "Freya", "Goran", "Hiroko",
           "Ifeoma", "Jakub", "Leila", "Mehmet", "Nadia", "Obinna", "Paulina", "Rashid",
           "Saoirse", "Tomás", "Valentina", "Wanjiru"],
    surnames=["Asante", "Zielinski", "Romero", "Iyer", "Okafor", "Lund", "Markovic", "Sato",
              "Nwosu", "Dvorak", "Farah", "Aksoy", "Haddad", "Obi", "Kaminska", "Rahman",
              "Doyle", "Castillo"],
    cities=["Akron", "Lubbock", "Swindon", "Wrocław", "Coimbra", "Kaduna", "Takoradi",
            "Dortmund", "Limerick", "Rennes", "Derby", "Spokane", "Bradford", "Padua"],
    streets=["Beech", "Hillcrest", "Canal", "Rowan", "Granite", "Hawthorn", "Poplar", "Valley"],
    relations=["stepdaughter", "uncle", "cousin", "flatmate", "granddaughter", "sister", "boss"],
    clean=[
        "Bilirubin 38 umol/L, ALT 212 U/L, ALP 140 U/L.",
        "SpO2 89% on 2 L/min; RR 28/min.",
        "Furosemide 40 mg IV twice daily, then orally.",
        "Echo: EF 30%, moderate MR, TAPSE 14 mm.",
        "Child-Pugh B, MELD 17; Glasgow-Blatchford score 9.",
        "Kawasaki disease and Still disease were excluded.",
        "He lost his licence after the first seizure.",
        "Plate reader results: 2 of 12 wells positive.",
        "Serial ECGs at 0, 3 and 6 hours were unchanged.",
        "Chemotherapy cycle no. 2 started on day 21.",
        "Bed 9 on ward 4B; reviewed at 14:00.",
        "Number of falls in the last year: 4.",
        "Tags of the skin were removed in clinic.",
        "Seizure-free since 2017; driving again since 2019.",
        "HbA1c 71 mmol/mol; eGFR 28.",
    ],
    seed=16_003,
)
FRESH_PART = Part(
    "fresh", FRESH_VOCABULARY,
    [" NUMBER ", " no: ", "- ", " Nr.", " #:", " - number ", " ID ", " (no. ", ":  "],
    ["{kv}", "  {kv}  ", "Front sheet: {kv}.", "| {kw} | {v} | verified |", "{kw}:\n  {v}",
     "1. {kv}", "Per the referral, {kv}."],
    {"mrn": ["hospital MRN", "MRN#", "record #", "med rec no", "NHS hospital number"],
     "health_plan": ["insurance no.", "plan member ID", "Medicare ID", "policy #"],
     "account": ["acct no.", "account #", "bank acct", "billing no."],
     "licence": ["DL", "driver lic.", "passport no.", "state licence"],
     "vehicle": ["plate no.", "licence plate number", "reg number", "VIN"],
     "device": ["serial #", "device serial no.", "IMEI no.", "S/N:"],
     "other_id": ["research ID", "employee no.", "participant ID", "student number"],
     "ssn": ["SSN#", "social security"],
     "phone": ["tel no.", "mobile no.", "phone #", "cell phone"],
     "fax": ["fax #", "fax line"]},
    {"licence": ["She had no licence with her, only a passport numbered {v}.",
                 "His license, {v}, was suspended after the crash.",
                 "Identity was confirmed from the driving licence ({v})."],
     "vehicle": ["A motorbike with the plate {v} was involved.",
                 "The ambulance crew noted the car's plate: {v}.",
                 "He was found in his car ({v}) in the car park."],
     "mrn": ["Previous notes are under MRN {v}.", "The old hospital number ({v}) was merged."],
     "health_plan": ["Covered by Medicaid, ID {v}.", "Policy {v} lapsed last year."],
     "account": ["Charges were posted to account {v}.", "The bank account ending {v} was used."],
     "device": ["Her CGM sensor (serial {v}) failed.", "ICD serial {v} was read in clinic."],
     "other_id": ["Enrolled in the trial as subject {v}.", "His prison number is {v}."],
     "ssn": ["The SSN given was {v}.", "Form shows social security {v}."],
     "phone": ["Husband's number: {v}", "She rang from {v} at night."],
     "fax": ["Discharge summary faxed to {v}.", "GP fax {v}."],
     "email": ["She sent the photos from {v}.", "Write to {v} for consent."],
     "url": ["The family shares updates at {v}.", "Her story was posted on {v}."],
     "ip": ["Uploads came from {v}.", "Portal access from {v} was logged."],
     "zip": ["Lives in zip {v}.", "Address: Springfield, MO {v}."],
     "date": ["Arrived {v} by ambulance.", "Seen {v}.", "Biopsy {v}: benign.", "DOB {v}"],
     "address": ["She rents a room at [[address:{n} {street} Street]].",
                 "Found near [[address:{n} {street} Road]] by police.",
                 "Lives at [[address:{n} {street} Close]] with her cat."],
     "place": ["She commutes from {city} every day.", "Born and raised in {city}.",
               "He drove down from {city} for the appointment.", "A {city} native, she sings."],
     "name": ["{given} was pleased with the result.", "We phoned {given} at home.",
              "His {rel} {given} stays with him.", "{full} agreed to publication.",
              "Ms {surname} had two falls.", "I explained the scan to {full}."]},
    ["{v} ({kw})", "{v}: {kw}", "{v}, {kw}"],
    ["Earlier reports (doi.org/10.1016/j.jhep.2019.{n}) agree.",
     "See PMID-linked review https://pubmed.ncbi.nlm.nih.gov/{n}{n}/ and the guideline "
     "https://www.who.int/publications/i/item/{n}."],
    True)
FRESH: tuple[Note, ...] = build(FRESH_PART)
TUNING: tuple[Note, ...] = build(TUNING_PART)
HELD_OUT: tuple[Note, ...] = build(HELD_OUT_PART)

# A fourth part (issue 16, second round): written before the keyword list and the catch-all
# of the second round were measured, and measured once at the end. Other names, places,
# clean sentences, keywords (as clinics, payers and forms write them), connectors and frames;
# FRESH, which was read, stays as a regression floor.
FRESH2_VOCABULARY = Vocabulary(
    given=["Adwoa", "Bogdan", "Catalina", "Dev", "Esi", "Fiona", "Gustavo", "Haruto", "Ilse",
           "Jelena", "Kwame", "Lorenzo", "Marisol", "Nkechi", "Oskar", "Priyanka", "Quentin",
           "Rosalind", "Sefa", "Tatiana"],
    surnames=["Boateng", "Kovalenko", "Quispe", "Menon", "Adebayo", "Holm", "Petrović",
              "Kobayashi", "Uchenna", "Novotny", "Hussein", "Erdogan", "Mahlangu", "Lindqvist",
              "Ferreira", "Chaudhry", "Whelan", "Montoya"],
    cities=["Boise", "Amarillo", "Reading", "Katowice", "Aveiro", "Jos", "Cape Coast",
            "Leipzig", "Waterford", "Angers", "Wigan", "Eugene", "Huddersfield", "Vicenza"],
    streets=["Sycamore", "Foxglove", "Mulberry", "Kestrel", "Alder", "Bramble", "Heron",
             "Laurel"],
    relations=["godmother", "nephew", "ex-wife", "stepson", "housemate", "guardian", "aunt"],
    clean=[
        "Troponin I 0.42 ng/mL, CK-MB 18 U/L, BNP 880 pg/mL.",
        "BRCA1 and BRCA2 were negative; HER2 IHC 1+.",
        "HbA1c 8.9% on metformin; T2DM since 2012.",
        "COVID-19 PCR negative; SARS-CoV-2 antibodies positive.",
        "ICD-10 I21.4 was coded for the NSTEMI.",
        "JAK2 V617F detected; CALR negative.",
        "HLA-B27 positive; CRP 64 mg/L.",
        "Stage pT2N1M0, ECOG 1, Ki-67 30%.",
        "PPSV23 and PCV20 were given in clinic.",
        "GCS E3V4M6 on arrival; pupils equal.",
        "Lumbar puncture at L3-L4; opening pressure 32 cmH2O.",
        "Enoxaparin 1 mg/kg twice daily; INR 1.1.",
        "CHA2DS2-VASc 4, HAS-BLED 2.",
        "Model number and serial were not recorded on the form.",
        "No account was taken of the weekend readings.",
    ],
    seed=16_004,
)
FRESH2_PART = Part(
    "fresh2", FRESH2_VOCABULARY,
    [" no ", ": # ", " -> ", " = ", " number being ", " is: ", "\u00a0", " ref ", ":\t"],
    ["{kv}.", "Admin: {kv}", "<{kw}> {v}", "{kw} ..... {v}", "Cover sheet lists {kv}.",
     "[{kv}]", "a) {kv}", "Per clerking: {kv} (checked)."],
    {"mrn": ["Hosp #", "MRN no", "medical record no", "EHR number", "patient ID"],
     "health_plan": ["Medicaid ID", "insurance policy no", "member no", "plan ID",
                     "insurance certificate"],
     "account": ["billing acct", "account ref", "patient account no", "A/C no"],
     "licence": ["DL no", "drivers lic", "nursing licence", "passport #", "lic. no."],
     "vehicle": ["reg plate", "vehicle reg", "plate #", "registration no"],
     "device": ["serial no", "lot number", "pump serial", "IMEI #", "model/serial"],
     "other_id": ["case number", "claim number", "screening ID", "prison no", "NI number"],
     "ssn": ["SSN no", "Soc Sec #"],
     "phone": ["ph no", "mob", "telephone no", "home phone"],
     "fax": ["fax no", "facsimile no"]},
    {"licence": ["She gave her driving licence, number {v}, to the police.",
                 "A nursing licence ({v}) was on her lanyard.",
                 "His passport {v} expired in the spring."],
     "vehicle": ["The scooter, reg {v}, was left at the scene.",
                 "The taxi that hit her had the plate {v}.",
                 "Parking records show his car {v} in the hospital car park."],
     "mrn": ["Chart {v} was opened in the emergency room.", "Old notes: MRN {v}."],
     "health_plan": ["Her Medicare card reads {v}.", "Insurance policy {v} covers the implant."],
     "account": ["The co-pay was charged to account {v}.", "Account {v} was sent to collections."],
     "device": ["The hearing aid (serial {v}) was lost on the ward.",
                "Lot {v} of the mesh was recalled."],
     "other_id": ["He is participant {v} in the registry.", "The court case {v} is ongoing."],
     "ssn": ["Her Social Security number, {v}, was on the letter.", "SSN: {v}"],
     "phone": ["Ring her sister on {v}.", "Mob: {v}"],
     "fax": ["The pharmacy fax is {v}.", "Faxed to {v} at noon."],
     "email": ["His work address is {v}.", "Results went to {v} by mistake."],
     "url": ["Her fundraising page is {v}.", "A video is up at {v}."],
     "ip": ["The pump reported from {v}.", "Remote access from {v} failed."],
     "zip": ["Moved to zip {v} last month.", "Address line 2: Dayton, OH {v}."],
     "date": ["Admission date {v}.", "Operated on {v}.", "Last seen {v}.", "DOB - {v}"],
     "address": ["She is staying at [[address:{n} {street} Road]] with friends.",
                 "Ambulance called to [[address:{n} {street} Avenue]].",
                 "[[address:{n} {street} Lane]] has no lift."],
     "place": ["She farms near {city}.", "He was born in {city} and moved south.",
               "They drove in from {city} overnight.", "A {city} resident, she teaches."],
     "name": ["{given} walked in with her stick.", "Called {given} with the biopsy result.",
              "Her {rel} {given} signed the consent.", "{full} is a retired welder.",
              "Mr {surname} refused the drain.", "The family of {full} agreed."]},
    ["{v} [{kw}]", "{v} = {kw}", "{v} is the {kw} on file"],
    ["A similar case (https://doi.org/10.1136/bmj.{n}) was reported.",
     "The guideline (https://www.nice.org.uk/guidance/cg{n}) recommends it."],
    True)
FRESH2: tuple[Note, ...] = build(FRESH2_PART)

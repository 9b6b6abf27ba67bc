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
- FRESH2, FRESH3, FRESH4, FRESH5: the parts written for the second, third and fourth rounds in
  the same way (each with its own vocabulary; FRESH3 on with their own value shapes and ages
  too; FRESH4 and FRESH5 with whole-note styles: discharge summary, referral letter, triage
  note, nursing handover, laboratory report; operation note, clinic letter, medicines
  reconciliation, telephone consultation, SOAP note, MDT list). FRESH2 was read in the third
  round, FRESH3 and FRESH4 in the fourth (FRESH4 after its single measurement); FRESH5 was
  measured once at the end of the fourth; it was read in the fifth round.
- FRESH6: written for the fifth round after its tuning, in another author's style (ICU and
  ward handovers, an Indian discharge summary, a Brazilian ICU note, an Australian ED note, a
  ward-round table, a jobs list) and other settings' values and keywords; measured once at
  the end of that round; read in the sixth round (tuning data now).
- FRESH7 (tests/phi/fresh7_notes.py, built with this module's framework): written for the
  sixth round by another author, blind to the scanner (US, Canadian, Mexican, Philippine,
  Nigerian, Irish and South African settings; H&P, consult letter, triage, paediatric ED,
  psychiatry, radiology, e-mail, case-report prose), measured once at the end of that round;
  read in the seventh round (tuning data now).
- FRESH8 (tests/phi/fresh8_notes.py, built with this module's framework): written for the
  seventh round by another author, blind to the scanner (a German Arztbrief, Malaysian and
  Indonesian discharge summaries, Kenyan and Ugandan notes, a Vietnamese-Australian referral,
  Polish and Turkish patients in a UK ED, a Brazilian prontuário, a French compte rendu,
  Emirati and Saudi notes, Chilean and Argentine notes, Dutch referrals, Korean and Japanese
  patients in US clinics; whole hand-written letters too), measured once at the end of that
  round; read in the eighth round (tuning data now).
- FRESH9 (tests/phi/fresh9_notes.py, built with this module's framework): written for the
  eighth round by another author, blind to the scanner (a US nursing-home transfer, an
  Australian retrieval, Nigerian, Indian, Pakistani, Bangladeshi, Egyptian, Jordanian, Mexican,
  Colombian/Peruvian, Portuguese, Belgian/Swiss, Italian, Scandinavian, South African,
  Filipino, Hong Kong and Singapore notes; forms, labels, run sheets, e-mails, letters),
  measured once at the end of that round; read in the ninth round (tuning data now).
- FRESH10 (tests/phi/fresh10_notes.py, built with this module's framework): written for the
  ninth round by another author, blind to the scanner (Kenyan, Ghanaian, Ethiopian,
  Vietnamese, Thai, Indonesian, Brazilian, Argentine, Chilean, Moroccan, Algerian, Quebec,
  Lebanese, Saudi, Turkish, Iranian, Polish, Czech, Dutch, German, UK, Irish, New Zealand,
  Canadian and US notes; forms, chats, EHR banners, requisitions, run sheets, letters),
  measured once at the end of that round; read in the tenth round (tuning data now).
- FRESH11 (tests/phi/fresh11_notes.py, built with this module's framework): written for the
  tenth round by a seventh author, blind to the scanner (Japanese, Korean, Eastern European,
  Nordic, South and Southeast Asian, Caribbean, African, Gulf, Pacific and Western European
  notes; operation notes, anaesthesia and ICU records, psychiatry, dental, forensic,
  insurance claims, genetic counselling letters), measured once at the end of that round;
  not tuned on in the eleventh (which changed no finding).
- FRESH12 (tests/phi/fresh12_notes.py, built with this module's framework): written for the
  eleventh round by an eighth author, blind to the scanner and to its statistical model
  (US Indian Health Service and VA, Alaskan, Nunavut, Andean and Central American, North,
  East and Southern African, Indian Ocean, Caucasian, Central and East Asian, Pacific,
  Nordic, Baltic and Balkan notes; sleep studies, wound charts, antenatal cards, coroner's
  referrals, prison transfers, SMS logs, portal messages), measured once at the end of that
  round: the part no tuning has looked at (and the model was not trained on).
- FRESH13 (tests/phi/fresh13_notes.py, built with this module's framework): written by a ninth
  author, blind to the scanner and to its statistical model (Northern Irish, Manx, Jersey and
  Gibraltar notes, Canadian provinces and territories other than Quebec and Nunavut, Aboriginal
  community-controlled and Torres Strait clinics, kaupapa Māori providers, Cook Islands, Hawaii
  and Guam, Uruguayan, Paraguayan, Guyanese, Surinamese, Sierra Leonean, Liberian, Gambian,
  Burkinabé, Malian, Togolese, Basotho, Swazi, South Sudanese, Somaliland, Burundian,
  Seychellois, Cape Verdean, Bhutanese, Maldivian, Bruneian, Timorese, Macanese, Bahraini,
  Palestinian, Libyan, Cypriot, Ni-Vanuatu, I-Kiribati, New Caledonian and French Polynesian
  notes, a ship's log; chemotherapy prescriptions, pathology reports, fit notes, birth
  notifications, Mental Health Act forms, SBAR, ADR and notifiable-disease reports, triage
  tags, poisons calls, death certificates), to be measured once; about a fifth of its notes
  are clean.
- FRESH14 (tests/phi/fresh14_notes.py, built with this module's framework): written by a tenth
  author, blind to the scanner and to its statistical model (Louisiana parish, Texas border
  colonia, Appalachian, Amish, Hmong-Minnesotan and Somali-Ohioan notes, Barbadian, Belizean,
  Bahamian, Costa Rican, Panamanian, Salvadoran and Nicaraguan notes, Catalan, Basque and
  Galician notes in their languages, Lithuanian, Latvian, Belarusian, Moldovan, Albanian,
  Macedonian, Bosnian, Montenegrin, Slovenian, Russian, Azerbaijani, Tajik and Kyrgyz notes,
  Beninese, Gabonese, Mauritanian/Djiboutian and Comorian notes in French, Solomon Islands,
  Tuvalu and Palau notes; fracture clinic letters, partograms, consent forms, incident reports,
  POLST, DNACPR and advance directives, pharmacy interventions, transplant follow-up, trial
  screening logs, research consent, pedigrees, police records requests, interpreter bookings,
  speech therapy, dietitian, optometry, HBOT, stoma, lactation and MRI safety notes, refugee
  health screening, home-birth records, voice dictations, OCR'd scans, Markdown tables), to
  be measured once; about a fifth of its notes are clean.
- FRESH15 (tests/phi/fresh15_notes.py, built with this module's framework): written by an
  eleventh author, blind to the scanner and to its statistical model (Nepali with Bikram Sambat
  dates, Sri Lankan, Myanmar, Cambodian, Kazakh, Mongolian, Iraqi, Yemeni, Israeli in Hebrew,
  Greek, Romanian, Hungarian, Ukrainian, Zimbabwean, Zambian, Mozambican and Angolan in
  Portuguese, Congolese, Senegalese and Cameroonian in French, Haitian in Kreyòl, Haitian and
  Cuban patients in Miami, Cuban, Papua New Guinean in Tok Pisin and Fijian notes; ED triage,
  ICU progress, anaesthetic records, dialysis run sheets, chemotherapy day unit, radiology and
  pathology requests, discharge prescriptions, GP referrals, community nursing, mental health
  assessments, safeguarding referrals, maternity booking, newborn checks, vaccination cards,
  occupational health, insurance claims, medico-legal and coroner's reports, complaints, e-mail
  threads with signatures, SMS and WhatsApp threads, case-report prose), to be measured once;
  about a fifth of its notes are clean.
- FRESH16 (tests/phi/fresh16_notes.py, built with this module's framework): written by a
  twelfth author, blind to the scanner and to its statistical model (Lao with Buddhist-era
  dates, Tunisian in French and Arabic, Sudanese, Eritrean in Tigrinya, Omani, Kuwaiti, Slovak,
  Austrian, Luxembourgish, Maltese, Venezuelan, Dominican, Puerto Rican and Trinidadian notes;
  telehealth transcripts, conference abstracts, tumour board minutes, M&M notes, handover
  tables, audiology, sexual health and travel clinic records, blood bank crossmatch requests,
  bereavement letters, dialysis sheets, insurance claims, e-mail, SMS and WhatsApp threads),
  to be measured once; about a fifth of its notes are clean.

Span conventions are tests/phi/corpus.py's: a name without its title; an identifier without
its keyword; an age with its attached unit ("92-year-old") or the number alone ("aged 95");
a date without its preposition, with a time written right after it and a weekday right
before it ("Wed 28/07/1961", "1975-11-13 05:29"; not "at 14:30"). A template marks what must be found as {category} (a value
of that category is drawn) or [[category:literal]]; everything else must yield nothing.

Some notes sit in a CARE section (`Note.section`): literature references (doi.org, PubMed,
journal sites) in an Introduction or Discussion are not identifiers; the same addresses in the
patient's history are, and so is any other web address in any section.

    from tests.phi.generated import FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, HELD_OUT, TUNING
The notes, values and people are invented; any resemblance to a real one is chance.
"""
from __future__ import annotations

import random
import re
import string
import unicodedata
from collections.abc import Callable
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
        # third round: identifiers' keywords beside clinical numbers that are not identifiers
        "QT 440 ms, QRS 96 ms; PR interval 180 ms.",
        "Heparin 5000 units SC twice daily; APTT ratio 2.1.",
        "Per NICE NG136 (2019) and the 2018 ESC hypertension guideline.",
        "ATC code B01AF01 (rivaroxaban) was recorded.",
        "Chart review of 1500 patients informed the protocol.",
        "Plate count 1200 colonies per mL at 48 h.",
        "Case 2 of 5 in the 2019 series.",
        "Serial PEFR 320, 340 and 410 L/min.",
        "Member of staff 2 witnessed the fall at 03:40.",
        # fourth round: numbers shaped like dates, phones or plates that are not identifiers
        "Troponin peaked at 14:30; repeat sample at 17:30.",
        "BP 120/80 mmHg; 2/3 of the dose was given.",
        "Disc prolapse at L4/L5 with S1 root compression.",
        "DAPA-HF and EMPEROR-Reduced informed the choice of SGLT2 inhibitor.",
        "NYHA III despite therapy; LVEF 30-35%.",
        "ICD-10 I21.4 and I50.9 were coded at discharge.",
        "ANA positive at 1/1280, speckled pattern.",
        "As reported by Smith et al. (2019;381:1995-2008).",
        "MAR reviewed: 12 doses given, 2 omitted.",
        "Visual acuity 6/12 right, 6/9 left.",
        "Audit of the 2019/20 admissions found 14 similar cases.",
        "Regular insulin 10 units before meals.",
        "The 2021 ESC heart failure guideline was followed.",
        "Weight 93 kg, SpO2 93% on air, HR 93 bpm.",
        "Follow-up at 6 weeks, 3 months and 12 months.",
        # after fresh4 (read once measured): letters' headings
        "Re: follow-up of the chest pain clinic referral.",
        "RE: Outpatient review, cardiology. No further action.",
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
# Spanish months, which several parts' notes write (fresh7, fresh8, fresh9).
SPANISH_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre"]


def _phone(r: random.Random, held_out: bool) -> str:
    a, b, c = f"{r.randint(201, 989)}", f"{r.randint(200, 989)}", _digits(r, 4)
    forms = ([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"0{_digits(r, 4)} {_digits(r, 6)}",
              f"+44 {_digits(r, 2)} {_digits(r, 4)} {_digits(r, 4)}",
              # fourth round: US with spaces or dots, extensions; India, Brazil, Ireland,
              # Netherlands, Spain
              f"{a} {b} {c}", f"+1 ({a}) {b}-{c}", f"{a}-{b}-{c} ext. {_digits(r, 3)}",
              f"1-{a}-{b}-{c}", f"+91 9{_digits(r, 4)} {_digits(r, 5)}",
              f"+55 11 9{_digits(r, 4)}-{_digits(r, 4)}", f"+353 87 {_digits(r, 3)} {_digits(r, 4)}",
              f"+31 6 {_digits(r, 8)}", f"+34 6{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)}"]
             if not held_out else
             [f"{a}.{b}.{c}", f"({a}){b}-{c}", f"+1-{a}-{b}-{c}", f"+33 6 {_digits(r, 2)} "
              f"{_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}", f"0{_digits(r, 3)} {_digits(r, 3)} "
              f"{_digits(r, 4)}", f"+234 {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 4)}"])
    return r.choice(forms)


def _ordinal(d: int) -> str:
    return {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d, "th")


def _date(r: random.Random, held_out: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1930, 2025)
    month = _MONTHS[m - 1]
    forms = ([f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{month} {d}, {y}",
              f"{y}-{m:02d}-{d:02d}", f"{month[:3]} {d}, {y}", f"{d} {month}"]
             + [  # fourth round: ISO with / and ., as forms and lab systems print them, partial
                 f"{y}/{m:02d}/{d:02d}", f"{y}.{m}.{d}", f"{d:02d}{month[:3].upper()}{y}",
                 f"{d}-{month[:3].upper()}-{y}", f"{month[:3].upper()} {d} {y}",
                 f"{d} {month.upper()} {y}", f"{m:02d}/{y}", f"{month} '{y % 100:02d}",
                 f"{d:02d}.{m:02d}.{y % 100:02d}", f"{y}{m:02d}{d:02d}",
                 f"{d}{_ordinal(d)} of {month}", f"{month[:3]} {d}{_ordinal(d)}, {y}",
                 f"{d} {month[:3].lower()} {y}", f"{y}-{m}-{d}"]
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
              ("at age {age}", f"{n}"),
              # fourth round
              ("a {age} lady", f"{n}-yo"), ("{age} male, nursing home", f"{n}yo"),
              ("a {age} veteran", f"{n}-y/o"), ("a {age} man", f"{n} year old"),
              ("Age/sex: {age}/F", f"{n}"), ("{age} F, from home", f"{n} y/o")]
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
        f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 4)}",
        # a Medicare Beneficiary Identifier with and without its hyphens
        f"{r.randint(1, 9)}{_letters(r, 1)}{_letters(r, 1)}{r.randint(0, 9)}-{_letters(r, 1)}"
        f"{r.randint(0, 9)}{r.randint(0, 9)}-{_letters(r, 2)}{_digits(r, 2)}",
        f"{r.randint(1, 9)}{_letters(r, 2)}{r.randint(0, 9)}{_letters(r, 2)}{r.randint(0, 9)}"
        f"{_letters(r, 2)}{_digits(r, 2)}"] if not h else
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
                                      # third round: plates of other countries (PL, IE, CH,
                                      # SE, AU, IN)
                                      f"{_letters(r, 2)} {_digits(r, 5)}",
                                      f"{_digits(r, 2)}-{_letters(r, 1)}-{_digits(r, 5)}",
                                      f"{_letters(r, 2)} {_digits(r, 6)}",
                                      f"{_letters(r, 3)} {_digits(r, 3)}",
                                      f"{_digits(r, 1)}{_letters(r, 2)} {_digits(r, 1)}{_letters(r, 2)}",
                                      f"{_letters(r, 2)} {_digits(r, 2)} {_letters(r, 2)} {_digits(r, 4)}",
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
                                       f"{_letters(r, 1)}{_digits(r, 7)}",
                                       # a UK National Insurance number, spaced or not
                                       f"{_letters(r, 2, 'ABCEGHJKLMNPRSTWXYZ')} {_digits(r, 2)} "
                                       f"{_digits(r, 2)} {_digits(r, 2)} {r.choice('ABCD')}",
                                       f"{_letters(r, 2, 'ABCEGHJKLMNPRSTWXYZ')}{_digits(r, 6)}{r.choice('ABCD')}"]
                                      if not h else
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
                     " - ", " (", ", ",
                     # third round: arrows, equals, leader dots, tabs, abbreviations
                     " -> ", " = ", " .... ", "\t", " nbr ", ": #", " ref. "]
HELD_OUT_CONNECTORS = [" No: ", " nr ", " # ", " num. ", " is ", " number was ", "\n",
                       ": ", " No. ", "=", " no "]

# How a keyword-and-value pair sits in a note, per part ({kv} is "keyword + connector + value").
TUNING_FRAMES = ["{kv}.", "- {kv}", "| {kw} | {v} |", "Recorded: {kv}; no changes.",
                 "The notes list {kv} on the front sheet.", "{kw}\n{v}",
                 # third round: lists, labels, upper case, a clinical value beside it
                 "1) {kv}", "Label - {kv}", "{kv}; see front sheet", "{kw} :: {v}",
                 "{kv}, Hb 11.2 g/dL, QTc 452 ms."]
HELD_OUT_FRAMES = ["* {kv}", "{kw}\t{v}", "Admin details - {kv} - confirmed.",
                   "We copied {kv} from the referral letter.", "{kv}, checked at triage.",
                   "{kw} | {v}"]

TUNING_KEYWORDS = {
    "mrn": ["MRN", "medical record number", "hospital number", "chart number", "record no.",
            "MRN#", "Med. Rec. #", "hosp no", "mrn"],
    "health_plan": ["Medicare number", "insurance member ID", "policy number", "health plan ID",
                    "Medicaid no.", "HPN", "health plan no.", "insurance card #", "MEMBER #"],
    "account": ["account number", "billing account", "bank account number", "acct",
                "a/c", "acct no", "A/C #", "ACCOUNT"],
    "licence": ["driver's licence", "driving licence number", "passport number", "DEA number",
                "licence no.", "DL #", "lic #", "driver lic no."],
    "vehicle": ["plate", "licence plate", "number plate", "registration plate",
                "reg.", "veh. reg.", "licence plate #", "PLATE"],
    "device": ["serial number", "S/N", "pacemaker serial", "device ID", "IMEI",
               "serial #", "lot no", "SN:"],
    "other_id": ["study ID", "participant number", "employee ID", "badge number",
                 "study no", "subject ID", "NI #", "claim ref"],
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
    "zip": ["Her zip code is {v}.", "Mailing address: [[place:Austin]], TX {v}.",
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
             "{given} returned to clinic in [[date:March]].", "{full} was seen by the team.",
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
# A third round (after FRESH2's per-category figures: record, plan and account numbers,
# plates and other numbers were weakest): abbreviations (MRN#, HPN, a/c, DL #), arrows and
# "=", a bare noun before the value ("chart 745315", "the lorry KX 48213"), keywords after
# the value with a qualifier, and the value beside clinical numbers.
for _category, _more in {
        "mrn": ["MRN# {v} (verify on wristband).", "Hospital no. is {v}.", "{v} = MRN",
                "mrn {v}, Na 134, K 4.1.", "Her chart {v} was pulled for the audit.",
                "{v} [hospital chart no.]"],
        "health_plan": ["HPN {v} on the claim form.", "Her Medicare card number reads {v}.",
                        "{v} -> health plan no.", "Policyholder {v}, BCBS.",
                        "{v} (insurance card #)"],
        "account": ["Acct: {v}, balance outstanding.", "A/C {v} was debited for the co-pay.",
                    "{v} is the a/c on file.", "Refund to account ending {v}.",
                    "{v} = billing account"],
        "vehicle": ["The lorry (reg {v}) reversed into him.", "Parked in bay 3: car {v}.",
                    "{v} - plate of the taxi.", "Police noted a motorcycle, registration {v}.",
                    "Plate number -> {v}", "Her van {v} was clamped."],
        "other_id": ["Claim ref {v} pending.", "Subject ID: {v} (arm B).", "NI # {v}",
                     "{v} [study no.]", "Court case {v} adjourned."],
        "device": ["Lot no {v} of the stent.", "Serial #{v} on the generator.",
                   "{v} (ICD serial)."],
        "licence": ["DL # {v}, expires next year.", "His lic # is {v}.", "{v} [nursing licence]"],
        "ssn": ["SSN -> {v}", "{v} = SSN"],
}.items():
    TUNING_MORE_SENTENCES[_category] = TUNING_MORE_SENTENCES.get(_category, []) + _more
# A fourth round (after FRESH3's misses: dates as forms print them, ages "93-yo", US numbers
# with spaces, a plate's keyword after it, "Medicaid under …"): the same ideas in other words
# for every category, and dates and times together.
for _category, _more in {
        "date": ["Admitted {v} at 14:30 via the ED.", "| {v} 09:15 | triage |",
                 "Last seen {v}; next review in 6 weeks."],
        "vehicle": ["A {v} reg. hatchback was involved.", "The car ({v} reg) was towed.",
                    "{v} registration, silver estate."],
        "health_plan": ["Covered by Aetna, member {v}.", "Billed to Medicaid under {v}.",
                        "Policy holder ID: {v}", "Insured's ID number {v}.",
                        "Cigna member {v} (primary)."],
        "mrn": ["MR# {v}", "Med Rec No {v} on the label.", "Hospital number {v} (verify)."],
        "phone": ["Phone her husband, {v}, after 5 pm.", "{v} (mobile)", "Daughter: {v}"],
        "fax": ["Fax the letter to {v}.", "{v} (fax)"],
        "device": ["Pacemaker SN {v}.", "Generator serial no. {v} checked.", "Device S/N: {v}"],
        "other_id": ["Research participant {v} completed follow-up."],
}.items():
    TUNING_MORE_SENTENCES[_category] = TUNING_MORE_SENTENCES.get(_category, []) + _more
# After fresh4 was measured (then read): flats before the number, registration bodies,
# Australian "rego", recipient and fund numbers, leader dots before "+1".
for _category, _more in {
        "address": ["Visited at [[address:Apt {n2}, {n} {street} Road]].",
                    "[[address:Unit {n2}, {n} {street} Lane]] is her new flat."],
        "licence": ["NMC registration {v} was checked.", "HCPC reg {v} on file."],
        "vehicle": ["Rego {v} was towed.", "Police gave the rego as {v}."],
        "health_plan": ["Medicare recipient no. {v} on the form.", "Health fund number {v}.",
                        "Insurance ref {v} for the claim."],
        "fax": ["Fax..........{v}"],
        "phone": ["Mobile.......{v}"],
        "mrn": ["Hospital reg. no. {v} on the band.", "{v} (see UR number)."],
        "ssn": ["Social Sec. No. {v} on the application."],
}.items():
    TUNING_MORE_SENTENCES[_category] = TUNING_MORE_SENTENCES.get(_category, []) + _more

# Keyword after the value (a separate set of phrasings per part).
TUNING_AFTER = ["{v} ({kw})", "{v} is the {kw}", "{v} - {kw}",
                # after fresh4 (read once measured): arrows back, "(see …)", a capitalised
                # qualifier
                "{v} \u2190 {kw}", "{v} (see {kw})", "{v} is the Patient {kw} held"]
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
    # A part's own value shapes (category -> (random, held_out) -> value) and ages; VALUES
    # and _age when absent.
    values: dict | None = None
    age: Callable[[random.Random, bool], tuple[str, str]] | None = None
    # Note styles (a discharge summary, a referral letter, a triage note…): templates with
    # {body} where the note's sentences go; everything else in them must yield nothing.
    styles: list[str] | None = None


_SLOT = re.compile(r"\{(\w+)\}")


class _Builder:
    def __init__(self, part: Part):
        self.part, self.v = part, part.vocabulary
        self.r = random.Random(part.vocabulary.seed)

    def value(self, category: str) -> str:
        r, h = self.r, self.part.held_out
        raw = ((self.part.values or {}).get(category) or VALUES[category])(r, h)
        given, surname = r.choice(self.v.given), r.choice(self.v.surnames)
        # (no spaces in an address: "Pereira da Costa" -> "pereiradacosta"; fixed after fresh6's
        # measurement, the only part with a surname of several words)
        return (raw.replace("{g}", _ascii(given).lower().replace(" ", ""))
                .replace("{s}", _ascii(surname).lower().replace(" ", ""))
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
        around, span = (self.part.age or _age)(self.r, self.part.held_out)
        text = around.replace("{age}", f"[[age:{span}]]")
        return text[0].upper() + text[1:] + "."

    def date_sentence(self) -> str:
        template = self.r.choice(self.part.sentences["date"])
        dates = (self.part.values or {}).get("date") or _date
        value = dates(self.r, self.part.held_out)
        # The span convention (tests/phi/corpus.py, "on the 3rd of March" -> "3rd of March"):
        # an article before the day is not part of the date (fresh3 marked it; fixed in the
        # fourth round, the text unchanged).
        article = "the " if value.startswith("the ") else ""
        # A time written right after the date is part of it ("12/03/2021 09:15"; fresh5's
        # convention, settled in the fifth round); after "at" or "@" it is not.
        return re.sub(r"\{v\}((?: \d\d:\d\d)?)",
                      lambda m: f"{article}[[date:{value[len(article):]}{m.group(1)}]]", template)

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
        return parse(f"{self.part.name}-{category}-{i}", self.styled(joiner.join(parts)))

    def clean_note(self, i: int) -> Note:
        r = self.r
        return parse(f"{self.part.name}-clean-{i}",
                     self.styled(" ".join(r.sample(self.v.clean, r.randint(2, 4)))))

    def styled(self, body: str) -> str:
        if not self.part.styles:
            return body
        return self.r.choice(self.part.styles).replace("{body}", body)

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
     "zip": ["Lives in zip {v}.", "Address: [[place:Springfield]], MO {v}."],
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
     "zip": ["Moved to zip {v} last month.", "Address line 2: [[place:Dayton]], OH {v}."],
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

# A fifth part (issue 16, third round): written, vocabulary, value shapes and phrasing
# templates alike, before the scanner was run on it, and measured once after that round
# (bench/README.md); nothing was adjusted to its figures. Its value shapes are its own
# (plates of several countries, spaced card and bank numbers, dates as forms and clinical
# systems write them), its keywords are written as clinics, payers and forms abbreviate them
# (upper and lower case), and its clean sentences mix the clinical numbers that must not be
# flagged (ECG intervals, doses, lab values, guideline years, drug codes) with the keywords'
# words. FRESH2, which was read in that round, stays as a regression floor.


def _fresh3_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1930, 2025)
    month = _MONTHS[m - 1]
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
    return r.choice([f"{d}/{m}/{y}", f"{y}/{m:02d}/{d:02d}", f"the {d}{suffix} of {month} {y}",
                     f"{month[:3].upper()} {d} {y}", f"{d:02d}{month[:3].upper()}{y}",
                     f"{month} {d}"])


def _fresh3_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 106)
    return r.choice([("a {age} grandmother", f"{n}-year-old"), ("{age}, lives alone", f"{n} y/o"),
                     ("now aged {age}", f"{n}"), ("patient is {age}", f"{n} yrs"),
                     ("a frail {age} man", f"{n}-yo")])


def _fresh3_phone(r: random.Random, _h: bool) -> str:
    a, b, c = f"{r.randint(201, 989)}", f"{r.randint(200, 989)}", _digits(r, 4)
    return r.choice([f"{a} {b} {c}", f"+49 30 {_digits(r, 8)}", f"+61 4{_digits(r, 2)} "
                     f"{_digits(r, 3)} {_digits(r, 3)}", f"({a}) {b}.{c}",
                     f"0{_digits(r, 2)}-{_digits(r, 4)} {_digits(r, 4)}"])


FRESH3_VALUES = {
    "mrn": lambda r, h: r.choice([_digits(r, 8), f"H{_digits(r, 6)}", f"RX-{_digits(r, 7)}",
                                  f"00{_digits(r, 5)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{_letters(r, 1)}{_digits(r, 2)}-{_digits(r, 3)}-{_digits(r, 4)}", f"W{_digits(r, 9)}",
        f"{_letters(r, 4)}{_digits(r, 7)}", f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 4)}"]),
    "account": lambda r, h: r.choice([
        f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}",
        f"FR76 {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 3)}",
        f"ACC-{_digits(r, 7)}", _digits(r, 9)]),
    "licence": lambda r, h: r.choice([
        f"{_letters(r, 1)}{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 3)}-0",
        f"{_letters(r, 2)}{_digits(r, 6)}", f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}",
        f"RN{_digits(r, 6)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{_letters(r, 2)}-{_digits(r, 3)}-{_letters(r, 2)}", f"{_letters(r, 1)}-{_letters(r, 2)} {_digits(r, 4)}",
        f"{_digits(r, 4)} {_letters(r, 3)}", f"{_letters(r, 2)} {_digits(r, 3)} {_letters(r, 2)}",
        f"{_digits(r, 2)}-{_letters(r, 3)}-{_digits(r, 1)}", f"{_digits(r, 1)}{_letters(r, 3)}{_digits(r, 3)}"]),
    "device": lambda r, h: r.choice([f"{_digits(r, 2)}{_letters(r, 1)}{_digits(r, 5)}",
                                     f"PJN{_digits(r, 6)}", f"{_letters(r, 3)}{_digits(r, 5)}{_letters(r, 1)}",
                                     f"{_digits(r, 4)}/{_digits(r, 4)}"]),
    "other_id": lambda r, h: r.choice([f"{_letters(r, 2)}{_digits(r, 6)}{_letters(r, 1)}",
                                       f"{_digits(r, 3)}-{_digits(r, 4)}-{_digits(r, 2)}",
                                       f"S{_digits(r, 2)}-{_digits(r, 4)}", _digits(r, 6)]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}",
        f"{r.randint(101, 665)}{r.randint(10, 99)}{r.randint(1000, 9999)}"]),
    "phone": _fresh3_phone,
    "fax": _fresh3_phone,
    "email": lambda r, h: r.choice(["{g}.{s}@example.health", "{s}-{g}{n}@mail.example.com.au",
                                    "{g}{s}@example.fr"]),
    "url": lambda r, h: r.choice(["https://example.com.au/{g}-{s}", "{s}{n}.example.net/gallery",
                                  "https://m.example.social/@{g}{s}"]),
    "ip": lambda r, h: r.choice([f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
                                 f"fe80::{r.randint(1, 65535):x}:{r.randint(1, 65535):x}"]),
    "date": _fresh3_date,
}
FRESH3_VOCABULARY = Vocabulary(
    given=["Akosua", "Branislav", "Consuelo", "Dariusz", "Emeka", "Fatou", "Grainne", "Hamza",
           "Isabela", "Jorge", "Keiko", "Ludmila", "Mbali", "Nikhil", "Orla", "Piotr",
           "Rukhsana", "Søren", "Themba", "Ximena"],
    surnames=["Appiah", "Wojcik", "Gutierrez", "Raman", "Chukwu", "Bergstrom", "Jovanovic",
              "Tanaka", "Oyelaran", "Prochazka", "Abdi", "Celik", "Zulu", "Nyberg", "Carvalho",
              "Siddiqui", "Keane", "Villanueva"],
    cities=["Bakersfield", "Shreveport", "Northampton", "Lublin", "Guimarães", "Kano", "Sunyani",
            "Kassel", "Kilkenny", "Brest", "Stockport", "Provo", "Rotherham", "Trieste"],
    streets=["Aspen", "Thornfield", "Wharf", "Magnolia", "Bracken", "Linden", "Osprey", "Cherry"],
    relations=["son-in-law", "stepmother", "twin brother", "great-niece", "lodger", "fiancé",
               "best friend"],
    clean=[
        "QTc 482 ms, PR 210 ms, QRS 118 ms on the 12-lead ECG.",
        "Vancomycin 1250 mg IV every 12 hours; trough 15.2 mg/L.",
        "Managed per the 2021 ESC guideline and the 2019 AHA/ACC update.",
        "NDC 0002-8215-01 and ATC C09AA05 were recorded for the ramipril.",
        "Sodium 128 mmol/L, osmolality 262 mOsm/kg, urine Na 54.",
        "Factor VIII 4%, inhibitor titre 2.1 BU; rFVIII 3000 IU given.",
        "Platelets 1250 x10^9/L after splenectomy; ferritin 2400 ug/L.",
        "Tacrolimus level 8.4 ng/mL at 12 h; dose 0.1 mg/kg/day.",
        "Cardiac output 4.2 L/min, PCWP 22 mmHg, PVR 3.1 WU.",
        "Gleason 4+3=7, ISUP grade 3, PSA 14.2 ng/mL.",
        "Insulin glargine 24 units at night; CGM time in range 61%.",
        "ICD-10-CM E11.65 and SNOMED 44054006 were coded.",
        "Stent 3.5 x 18 mm to the LAD at 14 atm.",
        "Case 2 of 3 in our series; reference 14 describes the first.",
        "Account of symptoms: 3 weeks of cough and 6 kg weight loss.",
        "Licence to drive was discussed; DVLA guidance group 1 applies.",
    ],
    seed=16_005,
)
FRESH3_PART = Part(
    "fresh3", FRESH3_VOCABULARY,
    [": ", " - ", " #", " nbr ", " = ", " -- ", " :: ", " was ", "/ ", " \u2192 ", ":\n"],
    ["{kv}", "({kv})", "\u2022 {kv}", "{kw}:   {v}", "Details: {kv}; verified.", "Re: {kv}",
     "|{kw}|{v}|", "{kw}\t\t{v}", "3) {kv};", "Patient label shows {kv} in the corner."],
    {"mrn": ["Medical Record Number", "pt. MRN", "M.R.N.", "hosp. no.", "case-note number",
             "unit record no.", "mrn"],
     "health_plan": ["Medicare #", "BCBS member ID", "insurance no", "NHS no.", "Medi-Cal ID",
                     "MEMBER ID", "group/member no."],
     "account": ["acct #", "a/c", "account nbr", "billing account no", "IBAN", "ACCOUNT NO."],
     "licence": ["driver licence no.", "DL#", "license number", "passport nbr", "RN licence",
                 "DRIVER LIC"],
     "vehicle": ["plate", "licence plate no.", "reg.", "registration mark", "number plate",
                 "PLATE NO."],
     "device": ["serial nbr", "SN#", "implant lot", "UDI", "ICD serial no.", "SERIAL"],
     "other_id": ["NI no.", "subject #", "enrolment no.", "employee ref", "inmate number",
                  "STUDY ID"],
     "ssn": ["SSN:", "soc. sec. no.", "ssn"],
     "phone": ["tel.", "mob. no.", "contact #", "ph:"],
     "fax": ["fax:", "fax nbr", "FAX"]},
    {"licence": ["He handed over his licence {v} at the roadside.",
                 "Passport {v} was photocopied for the interpreter.",
                 "The DVLA record for licence {v} shows no endorsements."],
     "vehicle": ["A grey hatchback registered {v} struck the cyclist.",
                 "Witnesses saw a van, plates {v}, drive off.",
                 "His motorbike ({v}) was impounded.",
                 "The car with registration {v} belongs to her son."],
     "mrn": ["She is known to us under hospital number {v}.",
             "Please quote MRN {v} on all requests.",
             "Notes for record {v} were pulled from the archive."],
     "health_plan": ["Claims go through Medicaid under {v}.",
                     "The insurer lists her as member {v}."],
     "account": ["Direct debit from account {v} was cancelled.",
                 "Payment by card {v} was declined."],
     "device": ["The pacemaker generator ({v}) was explanted.",
                "Replace pump, serial {v}, under warranty."],
     "other_id": ["She works for the council, staff number {v}.",
                  "Trial subject {v} completed the week 12 visit."],
     "ssn": ["Social security no. {v} was on the benefits letter.", "He gave {v} as his SSN."],
     "phone": ["Daughter's mobile {v}.", "Contact the ward clerk on {v}.",
               "She can be texted at {v}."],
     "fax": ["Send the referral by fax, {v}.", "Fax back to {v} when signed."],
     "email": ["Her son emails from {v}.", "Send the letter to {v} as well."],
     "url": ["He keeps a recovery diary at {v}.", "Photos of the rash were shared via {v}."],
     "ip": ["The home monitor last synced from {v}.", "Telehealth session IP {v}."],
     "zip": ["Lives in [[place:Tampa]], FL {v}.", "ZIP {v} on the insurance form."],
     "date": ["Follow-up booked for {v}.", "Date of injury: {v}.", "She was born {v}.",
              "Admitted {v} with chest pain."],
     "address": ["Ambulance attended [[address:{n} {street} Crescent]].",
                 "Lives alone at [[address:{n} {street} Street, Flat {n2}]].",
                 "Home visit to [[address:{n} {street} Drive]] arranged."],
     "place": ["She grew up in {city}.", "He commutes to {city} for work.",
               "The family relocated from {city}.", "A {city}-based bus driver, he fell at work."],
     "name": ["{given} is keen to go home.", "Reviewed {full} on the ward round.",
              "Mrs {surname} lives with her {rel}.", "{full}, 58, was referred by her GP.",
              "Her {rel}, {full}, is the next of kin.", "Seen with {given}'s mother."]},
    ["{v} \u2014 {kw}", "{v} ({kw} on file)", "{v} is his {kw}"],
    ["Our findings echo earlier work (https://doi.org/10.1093/eurheartj/ehab{n}).",
     "The trial is summarised at https://www.nejm.org/doi/full/10.1056/NEJMoa{n}{n}."],
    True, values=FRESH3_VALUES, age=_fresh3_age)
FRESH3: tuple[Note, ...] = build(FRESH3_PART)

# A sixth part (issue 16, fourth round): written, vocabulary, value shapes, phrasing templates
# and note styles alike, before the fourth round's scanner was run on it, and measured once
# after that round (bench/README.md); nothing was adjusted to its figures. It is deliberately
# unlike what was tuned: whole notes in other styles (a discharge summary, a referral letter,
# an ED triage note, a nursing handover, a tabular laboratory report with the identifiers in
# its header), its own value shapes (sort-code accounts, Medicare beneficiary identifiers,
# Canadian and British postcodes, Kenyan and Brazilian plates, UDIs with their "(01)"), its
# own keywords as forms abbreviate them ("Hosp. Reg. No.", "Rego", "Health fund no.") and
# clean sentences from those styles. FRESH3, read in the fourth round, stays as a floor.

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _fresh4_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1928, 2025)
    month = _MONTHS[m - 1]
    return r.choice([f"{d}.{m}.{y}", f"{y}/{m}/{d}", f"{d:02d}-{month[:3].upper()}-{y % 100:02d}",
                     f"{month} {d}{_ordinal(d)}", f"{r.choice(_WEEKDAYS)} {d} {month}",
                     f"{d} {month[:3]}. {y}", f"{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}",
                     f"{month[:3]} {d} {y}"])


def _fresh4_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 107)
    return r.choice([("{age} female, brought in from her care home", f"{n}yo"),
                     ("a {age} retired nurse", f"{n}-year-old"),
                     ("{age} M, fall at home", f"{n}y"), ("age {age}, lives with family", f"{n}"),
                     ("she is {age} young", f"{n} years"), ("a {age} gentleman", f"{n} y.o."),
                     ("{age}, widowed, independent", f"{n} years of age"),
                     ("frail {age} lady", f"{n}-yr-old")])


def _fresh4_phone(r: random.Random, _h: bool) -> str:
    a, b, c = f"{r.randint(201, 989)}", f"{r.randint(200, 989)}", _digits(r, 4)
    return r.choice([f"{a}.{b}.{c}", f"+1 {a}-{b}-{c}", f"({a}) {b} {c}",
                     f"+44 (0){_digits(r, 4)} {_digits(r, 6)}", f"+91 {_digits(r, 5)}-{_digits(r, 5)}",
                     f"+55 21 {_digits(r, 5)}-{_digits(r, 4)}", f"+39 3{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 4)}",
                     f"{a}-{b}-{c} x{_digits(r, 4)}", f"+254 7{_digits(r, 2)} {_digits(r, 6)}"])


def _fresh4_zip(r: random.Random, _h: bool) -> str:
    area = r.choice(["LS", "M", "B", "CF", "EH", "G", "BS", "NE", "SO", "OX"])
    return r.choice([_digits(r, 5), f"{_digits(r, 5)}-{_digits(r, 4)}",
                     f"{area}{r.randint(1, 19)} {r.randint(1, 9)}{_letters(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
                     f"{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')} "
                     f"{r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"])


FRESH4_VALUES = {
    "mrn": lambda r, h: r.choice([f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}", f"K{_digits(r, 7)}",
                                  f"{_digits(r, 2)}/{_digits(r, 6)}", f"E{_digits(r, 2)}{_letters(r, 1)}{_digits(r, 4)}",
                                  _digits(r, 10)]),
    "health_plan": lambda r, h: r.choice([
        f"{_letters(r, 3)}{_digits(r, 6)}-{_digits(r, 2)}",
        f"{r.randint(1, 9)}{_letters(r, 2)}{r.randint(1, 9)}-{_letters(r, 2)}{r.randint(1, 9)}-{_letters(r, 2)}{_digits(r, 2)}",
        _digits(r, 11), f"ZGP{_digits(r, 9)}"]),
    "account": lambda r, h: r.choice([
        f"ES91 {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}",
        f"{_digits(r, 6)}-{_digits(r, 2)}", f"INV{_digits(r, 8)}",
        f"{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 4)}"]),
    "licence": lambda r, h: r.choice([f"{_letters(r, 1)}{_digits(r, 2)}-{_digits(r, 2)}-{_digits(r, 4)}",
                                      _digits(r, 7), f"{_letters(r, 1)}{_digits(r, 12)}", f"PA{_digits(r, 7)}"]),
    "vehicle": lambda r, h: r.choice([f"{_letters(r, 4)} {_digits(r, 3)}",
                                      f"{_letters(r, 3)}{_digits(r, 1)}{_letters(r, 1)}{_digits(r, 2)}",
                                      f"K{_letters(r, 2)} {_digits(r, 3)}{_letters(r, 1)}",
                                      f"{_letters(r, 3)}{_digits(r, 3)}"]),
    "device": lambda r, h: r.choice([f"{_letters(r, 2)}{_digits(r, 3)}{_letters(r, 2)}{_digits(r, 4)}",
                                     f"(01){_digits(r, 14)}", f"{_digits(r, 3)}-{_digits(r, 5)}-{_digits(r, 2)}",
                                     f"SN-{_letters(r, 1)}{_digits(r, 6)}"]),
    "other_id": lambda r, h: r.choice([f"{_digits(r, 4)}-{_digits(r, 3)}", f"P{_digits(r, 5)}",
                                       f"{_letters(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {r.choice('ABCD')}",
                                       f"{_digits(r, 2)}{_letters(r, 1)}{_digits(r, 5)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}",
        f"{r.randint(101, 665)}{r.randint(10, 99)}{r.randint(1000, 9999)}"]),
    "phone": _fresh4_phone,
    "fax": _fresh4_phone,
    "email": lambda r, h: r.choice(["{g}.{s}@example-mail.org", "{s}{n}@example.ac.uk", "{g}_{n}@example.co.ke"]),
    "url": lambda r, h: r.choice(["https://www.example.org.uk/family/{g}", "{g}{s}.example.page",
                                  "http://example.net/~{s}"]),
    "ip": lambda r, h: r.choice([f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"2001:db8:{r.randint(1, 65535):x}:{r.randint(1, 65535):x}::{r.randint(1, 255):x}",
                                 f"192.0.2.{r.randint(1, 254)}"]),
    "zip": _fresh4_zip,
    "date": _fresh4_date,
}
FRESH4_VOCABULARY = Vocabulary(
    given=["Adaeze", "Bjørn", "Chinonso", "Dagny", "Eamon", "Farida", "Gintaras", "Hyun-woo",
           "Itzel", "Jasper", "Kalinda", "Luca", "Mwangi", "Nadezhda", "Olumide", "Paloma",
           "Radek", "Sunniva", "Tendai", "Yolanda"],
    surnames=["Acheampong", "Bartkowiak", "Cisneros", "Deshpande", "Ekwueme", "Fagerlund",
              "Grabowski", "Hoshino", "Ilunga", "Jablonski", "Kariuki", "Lindahl", "Mwale",
              "Nakashima", "Oduya", "Pereira", "Quaye", "Rautio"],
    cities=["Chattanooga", "Gloucester", "Bydgoszcz", "Setúbal", "Abeokuta", "Koforidua",
            "Münster", "Sligo", "Limoges", "Wolverhampton", "Billings", "Doncaster", "Ravenna",
            "Mombasa"],
    streets=["Rosewood", "Fernhill", "Quayside", "Primrose", "Blackthorn", "Hazel", "Wren",
             "Sorrel"],
    relations=["goddaughter", "brother-in-law", "partner of 20 years", "eldest son", "carer",
               "next-door neighbour", "half-sister"],
    clean=[
        "Admission bloods: CRP 212 mg/L, WCC 18.4, lactate 3.9 mmol/L.",
        "Obs at 02:15: HR 118, BP 88/52, RR 26, SpO2 90% on 15 L.",
        "Ticagrelor 90 mg BD for 12 months per the 2020 ESC NSTE-ACS guideline.",
        "ECG: sinus rhythm 88/min, PR 190 ms, QRS 100 ms, QTc 468 ms, ST depression V4-V6.",
        "Echo: LVEF 38%, E/e' 16, TAPSE 15 mm, RVSP 45 mmHg.",
        "NEWS2 7 at 04:00; escalated to the outreach team.",
        "Gentamicin 5 mg/kg once daily; level at 6-14 h per the Hartford nomogram.",
        "Bisoprolol 2.5 mg OD, ramipril 1.25 mg OD, dapagliflozin 10 mg OD.",
        "CT head: no acute bleed; Fazekas grade 2 small vessel change.",
        "Barthel 65/100 before admission, 40/100 now.",
        "Wound swab grew MRSA; ICD-10 U82.1 noted.",
        "Falls risk (Morse) 65; Waterlow 18; MUST 2.",
        "Hb 78 g/L, transfused 2 units; post-transfusion Hb 96 g/L.",
        "DAPT for 6/12, then clopidogrel alone; review in 4/52.",
        "Per NICE CG181 with a QRISK3 score of 24%.",
        "Case discussed at the 08:30 huddle; plan unchanged.",
        "Troponin T 48 then 112 ng/L at 0 and 3 h.",
        "Account given by the paramedic crew; GCS 13 (E3V4M6) on scene.",
        "Serial number of attempts: 2; 18G cannula in the left ACF.",
        "Plate 2 grew coliforms above 10^5 CFU/mL.",
    ],
    seed=16_006,
)
FRESH4_STYLES = [
    "DISCHARGE SUMMARY\nSpecialty: General Medicine\nPrimary diagnosis: community-acquired "
    "pneumonia\n\n{body}\n\nTTO: amoxicillin 500 mg TDS for 5 days.\nFollow-up: GP review in "
    "2 weeks; CXR in 6 weeks.",
    "Dear Colleague,\n\nRe: Referral to the memory clinic\n\n{body}\n\nWith kind regards,\n"
    "The Older People's Medicine team",
    "ED TRIAGE 02:47\nPC: shortness of breath\nObs: HR 118, BP 102/64, RR 28, SpO2 89% RA, "
    "T 38.4\nMTS category 2 (very urgent)\n{body}\nPlan: ECG, VBG, CXR, senior review.",
    "NURSING HANDOVER (night to day), bay 3 bed 2\nS: {body}\nB: COPD, home oxygen 2 L/min.\n"
    "A: NEWS2 4, improving.\nR: repeat obs at 08:00.",
    "LABORATORY REPORT\n{body}\nTest | Result | Range\nNa | 131 | 135-145 mmol/L\nK | 5.7 | "
    "3.5-5.3 mmol/L\nCreatinine | 164 | 45-90 umol/L\nCRP | 87 | <5 mg/L",
    "{body}",
]
FRESH4_PART = Part(
    "fresh4", FRESH4_VOCABULARY,
    [": ", " - ", ":  ", " ", " #: ", " (", " => ", "\t: "],
    ["{kv}", "{kv} (confirmed with patient)", "[{kv}]", "{kw}......{v}", "ID band: {kv}",
     "{kw}\n{v}", "{kw} | {v} | DOB withheld", "Checked: {kv}"],
    {"mrn": ["Hosp. Reg. No.", "UR No", "MRN (EPR)", "Patient No.", "Case note no",
             "Hospital Unit No."],
     "health_plan": ["Insurer ref", "Medicaid recipient ID", "Plan #", "Subscriber ID",
                     "Insurance policy", "Health fund no.", "Medicare card no."],
     "account": ["Patient acct no", "Hospital account", "Billing ref", "Bank a/c", "Card no."],
     "licence": ["Driving licence", "DL No.", "Lic. #", "GMC no.", "Driver's lic",
                 "Firearms certificate"],
     "vehicle": ["Vehicle reg", "Reg no.", "Licence plate", "Rego", "Tag #", "Plate number"],
     "device": ["Serial No", "Device SN", "Model/SN", "UDI-DI", "Lot #", "Pump serial"],
     "other_id": ["Trial no.", "Subject number", "Employee #", "NI number", "Claim no.",
                  "Patient study code"],
     "ssn": ["Social Sec. No.", "SSN#", "Social security"],
     "phone": ["Tel No", "Home tel", "Mobile", "NOK phone", "Contact tel."],
     "fax": ["Fax No", "Fax", "GP fax"]},
    {"licence": ["His driving licence was revoked; number {v}.",
                 "GMC registration {v} appears on the letter.",
                 "She showed a passport ({v}) as ID."],
     "vehicle": ["The patient's scooter, {v}, was recovered by police.",
                 "Vehicle involved: blue Toyota, {v}.", "Rego {v} noted by paramedics.",
                 "Car park cameras logged {v} at 22:10."],
     "mrn": ["Please file under hospital unit number {v}.",
             "Old notes exist under {v} (previous MRN).",
             "Merged duplicate record {v} into the current one."],
     "health_plan": ["Funding via Medicaid recipient ID {v}.", "Insurer: Aetna; subscriber {v}.",
                     "Health fund membership {v} confirmed."],
     "account": ["Outstanding invoice on account {v}.", "Refund to card {v}.",
                 "Deposit paid from IBAN {v}."],
     "device": ["Loop recorder implanted, serial {v}.", "Insulin pump (SN {v}) alarmed overnight.",
                "Valve prosthesis UDI {v} recorded in theatre."],
     "other_id": ["Enrolled in the registry as participant {v}.",
                  "Works at the depot, employee no. {v}.",
                  "Police incident number {v} given by the crew."],
     "ssn": ["SSN {v} provided for the Medicaid application.",
             "Her social security number ({v}) was on the form."],
     "phone": ["NOK contact: {v}.", "Wife can be reached on {v}.", "Phoned patient on {v}, no answer."],
     "fax": ["Letter faxed to the GP on {v}.", "Fax reply to {v}."],
     "email": ["Patient asked for results by email to {v}.", "Daughter's email: {v}"],
     "url": ["Family set up a fundraiser at {v}.", "He blogs about his recovery on {v}."],
     "ip": ["Remote monitoring gateway {v} offline since Tuesday.", "Video consult connected from {v}."],
     "zip": ["Postcode {v} (for transport booking).", "ZIP/postal code: {v}",
             "Home postcode {v}; transport booked."],
     "date": ["Date of admission: {v}", "DOB {v}", "Discharged {v} @ 16:20.",
              "Procedure performed {v}.", "Next appointment {v} at 09:40."],
     "address": ["Discharged to [[address:{n} {street} Terrace]].",
                 "Home address: [[address:Flat {n2}, {n} {street} Court]]",
                 "NOK lives at [[address:{n} {street} Grove]].",
                 "Address on file: [[address:{n} {street} Boulevard, Unit {n2}]]"],
     "place": ["Transferred from the district hospital in {city}.", "She retired to {city} in 2015.",
               "He is originally from {city}.", "Lives with family on the outskirts of {city}."],
     "name": ["Seen with her {rel} {full}.", "{given} tells me the pain started on Sunday.",
              "Patient {full} was handed over to day staff.", "NOK: {full} ({rel})",
              "Ms {surname} is independent with a frame.", "{full}, known to the team, was triaged as category 2."]},
    ["{v} <- {kw}", "{v} (per {kw})", "{v} is the {kw} we hold"],
    ["This mirrors a recent report (https://doi.org/10.1161/CIRCULATIONAHA.{n}).",
     "See the NICE guidance https://www.nice.org.uk/guidance/ng{n} for thresholds."],
    True, values=FRESH4_VALUES, age=_fresh4_age, styles=FRESH4_STYLES)
FRESH4: tuple[Note, ...] = build(FRESH4_PART)

# A seventh part (issue 16, fourth round, second half): fresh4 was read after its single
# measurement and the scanner worked on from the causes of its misses; FRESH5 was then
# written — vocabulary, value shapes, keywords, templates and note styles of its own (an
# operation note, a clinic letter to the GP, a medicines reconciliation, a telephone
# consultation, a SOAP note, an MDT list) — before that scanner was run on it, and measured
# once at the end. Nothing was adjusted to its figures.


def _fresh5_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1926, 2025)
    month = _MONTHS[m - 1]
    return r.choice([f"{d}{_ordinal(d)} {month} {y}", f"{month[:3]}-{d:02d}-{y}",
                     f"{r.choice(_WEEKDAYS)[:3]} {d:02d}/{m:02d}/{y}", f"{d:02d}{m:02d}{y}",
                     f"{y}-{m:02d}-{d:02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
                     f"{d}.{m}.{y % 100:02d}", f"{month[:3]}. {d}", f"{m}/{d}/{y}"])


def _fresh5_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 105)
    return r.choice([("a {age} widow", f"{n}-year-old"), ("{age} female", f"{n} yo"),
                     ("aged {age}", f"{n}"), ("{age}, DNACPR in place", f"{n} y/o"),
                     ("a {age} former miner", f"{n}-yr-old"), ("(age {age})", f"{n}"),
                     ("{age} and independent", f"{n} yrs old")])


def _fresh5_phone(r: random.Random, _h: bool) -> str:
    a, b, c = f"{r.randint(201, 989)}", f"{r.randint(200, 989)}", _digits(r, 4)
    return r.choice([f"+1 ({a}) {b}.{c}", f"{a} {b}-{c}",
                     f"+33 (0)6 {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
                     f"+49 (0)151 {_digits(r, 8)}", f"+61 (0)4{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)}",
                     f"+234 (0)80{_digits(r, 1)} {_digits(r, 3)} {_digits(r, 4)}",
                     f"+1 {a} {b} {c} ext {_digits(r, 2)}"])


FRESH5_VALUES = {
    "mrn": lambda r, h: r.choice([f"{_digits(r, 4)}-{_digits(r, 4)}", f"MR{_digits(r, 6)}",
                                  f"{_letters(r, 3)}{_digits(r, 7)}", f"{_digits(r, 2)}.{_digits(r, 3)}.{_digits(r, 3)}"]),
    "health_plan": lambda r, h: r.choice([f"{_letters(r, 2)}{_digits(r, 10)}",
                                          f"{_digits(r, 4)} {_digits(r, 5)} {_digits(r, 1)}",
                                          f"{_letters(r, 1)}{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 3)}",
                                          f"{_digits(r, 9)}{_letters(r, 1)}"]),
    "account": lambda r, h: r.choice([f"{_digits(r, 3)}-{_digits(r, 6)}-{_digits(r, 1)}", f"PT{_digits(r, 9)}",
                                      f"NL{_digits(r, 2)} ABNA {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 2)}",
                                      _digits(r, 11)]),
    "licence": lambda r, h: r.choice([f"{_letters(r, 2)}-{_digits(r, 7)}", f"{_digits(r, 3)}{_letters(r, 2)}{_digits(r, 4)}",
                                      f"{_letters(r, 1)}{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 3)}-{_digits(r, 1)}",
                                      _digits(r, 8)]),
    "vehicle": lambda r, h: r.choice([f"{_digits(r, 2)}-{_letters(r, 2)}-{_digits(r, 2)}",
                                      f"{_letters(r, 1)}{_digits(r, 3)} {_letters(r, 3)}",
                                      f"{_letters(r, 2)}{_digits(r, 4)}{_letters(r, 2)}",
                                      f"{_digits(r, 3)} {_letters(r, 3)}"]),
    "device": lambda r, h: r.choice([f"{_letters(r, 3)}{_digits(r, 8)}", f"{_digits(r, 2)}-{_digits(r, 4)}-{_letters(r, 1)}{_digits(r, 3)}",
                                     f"{_letters(r, 1)}{_digits(r, 4)}{_letters(r, 2)}{_digits(r, 2)}", _digits(r, 12)]),
    "other_id": lambda r, h: r.choice([f"{_letters(r, 4)}-{_digits(r, 3)}", f"{_digits(r, 3)}/{_digits(r, 5)}",
                                       f"{_letters(r, 1)}-{_digits(r, 6)}", _digits(r, 7)]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}",
        f"{r.randint(101, 665)}{r.randint(10, 99)}{r.randint(1000, 9999)}"]),
    "phone": _fresh5_phone,
    "fax": _fresh5_phone,
    "email": lambda r, h: r.choice(["{g}.{s}@example.nhs.uk", "{s}_{g}@example.com.br", "{g}{n}@example.email"]),
    "url": lambda r, h: r.choice(["https://example.co.uk/{s}-{g}/", "www.{g}{s}.example", "example.de/u/{g}"]),
    "ip": lambda r, h: r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"2001:db8::{r.randint(1, 65535):x}"]),
    "zip": lambda r, h: r.choice([_digits(r, 5), f"{_digits(r, 5)}-{_digits(r, 4)}"]),
    "date": _fresh5_date,
}
FRESH5_VOCABULARY = Vocabulary(
    given=["Aurelio", "Birgitta", "Chidi", "Dolores", "Evander", "Fenella", "Gulnara", "Henrik",
           "Ines", "Jabari", "Katarzyna", "Leopold", "Malak", "Nnamdi", "Oksana", "Priscila",
           "Rustam", "Saanvi", "Tobias", "Wilhelmina"],
    surnames=["Amoako", "Brzezinski", "Castañeda", "Dhillon", "Forsberg", "Gonçalves", "Hakimi",
              "Ishikawa", "Jankowski", "Kamau", "Lundqvist", "Mbeki", "Nowicki", "Obeng",
              "Petrenko", "Rosales", "Saarinen", "Quarshie"],
    cities=["Tallahassee", "Worcester", "Olsztyn", "Viseu", "Ogbomosho", "Techiman", "Bielefeld",
            "Tralee", "Poitiers", "Middlesbrough", "Missoula", "Barnsley", "Cremona", "Kisumu"],
    streets=["Aldergrove", "Bellhouse", "Cobble", "Dovecote", "Elderberry", "Foxhollow",
             "Goldcrest", "Heathfield"],
    relations=["stepfather", "mother-in-law", "grandniece", "ex-husband", "foster mother",
               "sister-in-law", "daughter-in-law"],
    clean=[
        "Paracetamol 1 g QDS PRN; max 4 g/24 h.",
        "Post-op day 2: drain 40 mL serous, apyrexial.",
        "Spirometry: FEV1 1.4 L (52%), FVC 2.9 L, ratio 0.48.",
        "INR 3.4 on warfarin; dose held for 1 day.",
        "HAS-BLED 3, CHA2DS2-VASc 5; DOAC preferred.",
        "ABG: pH 7.29, pCO2 8.1 kPa, pO2 7.6 kPa, HCO3 29.",
        "Potassium 6.1 mmol/L; peaked T waves; calcium gluconate 10 mL 10% given.",
        "Dexamethasone 6.6 mg IV for 10 days per RECOVERY.",
        "CURB-65 3; admitted under the medical take at 19:45.",
        "MUST score 2; dietitian referral made.",
        "Urine dip: blood 2+, protein 1+, nitrites negative.",
        "Clinical Frailty Scale 6; treatment escalation plan discussed.",
        "Hip X-ray: Garden IV fracture, left side.",
        "eGFR 24 mL/min/1.73m2; metformin stopped per MHRA advice.",
        "GRACE score 142; angiography within 72 h.",
        "Syringe driver: morphine 10 mg/24 h, midazolam 10 mg/24 h.",
        "The Ottawa ankle rules were negative.",
        "Lot of secretions overnight; suctioned twice.",
        "Reference range 3.5-5.3; sample haemolysed.",
        "Table 2 shows the 2022 audit results.",
    ],
    seed=16_007,
)
FRESH5_STYLES = [
    "OPERATION NOTE\nProcedure: laparoscopic cholecystectomy\nAnaesthetic: GA, ASA 2\n{body}\n"
    "Findings: gallbladder with multiple stones; no complications.\nEBL 50 mL.",
    "To the GP,\n\nClinic letter (respiratory)\n{body}\n\nBest wishes,\nRespiratory Physiology",
    "MEDICINES RECONCILIATION\nSource: GP record and patient's own drugs\n{body}\nAllergies: "
    "penicillin (rash).\nChanges: stopped naproxen; started omeprazole 20 mg OD.",
    "Telephone consultation 10:15\n{body}\nAdvice: safety-netting given; call 111 if worse.",
    "SOAP\nS: {body}\nO: T 37.9, HR 101, BP 118/72.\nA: likely viral URTI.\nP: fluids, "
    "paracetamol 1 g QDS PRN.",
    "MDT LIST\n| Patient | Identifiers | Decision |\n| {body} | surgery |",
    "{body}",
]
FRESH5_PART = Part(
    "fresh5", FRESH5_VOCABULARY,
    [": ", " # ", " -- ", " is ", ":\t", " ~ ", " / ", "\n  "],
    ["{kv}", "{kv};", "* {kv}", "({kv})", "{kw}: {v} (on file)", "{kw} [{v}]", "\u2014 {kv} \u2014",
     "{kv} \u2014 checked x2"],
    {"mrn": ["Hospital ID", "Unit no.", "PAS no", "Local ID", "MRN/UR", "Chart no."],
     "health_plan": ["Medicare no", "Ins. ID", "Payer ID", "Member #", "Policy no.", "Benefit ID"],
     "account": ["Acct #", "Patient account no.", "Bank account", "Invoice no.", "Account ref"],
     "licence": ["Driver licence #", "DL:", "License #", "Passport no", "Med. licence", "CDL #"],
     "vehicle": ["Plate", "Reg", "Reg. mark", "Lic. plate", "Number plate", "Veh. reg. no."],
     "device": ["Serial", "S/N", "Lot no.", "Device serial #", "Implant ID", "Model/serial no."],
     "other_id": ["Study ID", "Participant ID", "Staff ID", "Badge #", "Ref no.", "Case ref"],
     "ssn": ["SSN", "Soc. Sec. #", "Social Security No."],
     "phone": ["Ph", "Tel", "Cell", "Mob.", "Home ph."],
     "fax": ["Fax #", "Fax:", "Facsimile"]},
    {"licence": ["Identity checked against her driver licence {v}.",
                 "His commercial driving licence, {v}, is suspended pending review.",
                 "Passport {v} scanned for the overseas visitor team."],
     "vehicle": ["Brought in after his pickup ({v}) left the road.",
                 "The bus with plate {v} stopped outside A&E.",
                 "Parking permit issued for registration {v}."],
     "mrn": ["Results are filed under unit number {v}.", "Her chart number, {v}, was wrong on the form.",
             "Duplicate record {v} has been closed."],
     "health_plan": ["Prior authorisation requested under member ID {v}.",
                     "His Medicare number {v} was confirmed by phone.",
                     "Policy {v} covers the rehab stay."],
     "account": ["Co-payment taken from account {v}.", "Statement for account number {v} sent."],
     "device": ["The ICD (serial {v}) was interrogated remotely.",
                "Hip prosthesis lot {v} recorded in the registry."],
     "other_id": ["She is participant {v} in the frailty study.",
                  "Staff badge {v} was used to access the ward."],
     "ssn": ["His social security number is {v}.", "SSN {v} was verified for the benefits claim."],
     "phone": ["Call her niece on {v} before discharge.", "Mobile {v}, prefers texts.",
               "Best contact number: {v}"],
     "fax": ["Faxed the prescription to {v}.", "Pharmacy fax {v}."],
     "email": ["Copy the letter to {v}.", "She emails her readings to {v} weekly."],
     "url": ["His carer posts updates at {v}.", "The family page is {v}."],
     "ip": ["The CPAP uploaded from {v} overnight.", "Portal login from {v} flagged."],
     "zip": ["Postal code {v}.", "Address: [[place:Missoula]], MT {v}", "ZIP {v}"],
     "date": ["Surgery date: {v}", "Seen {v}.", "DOB: {v}", "Died {v}.",
              "Clinic {v}; review in 3 months."],
     "address": ["Patient address: [[address:{n} {street} Avenue]]",
                 "Lives at [[address:{n} {street} Road, Apartment {n2}]].",
                 "Home visit to [[address:{n} {street} Close]] at 14:00."],
     "place": ["She was transferred from {city}.", "Resident of {city} for 30 years.",
               "He drove from {city} this morning.", "Family live in {city}."],
     "name": ["{full} attended with her {rel}.", "Message left for {given}.",
              "Discussed with the patient's {rel}, {given}.", "Mrs {surname} consented to the procedure.",
              "{full}'s medications were reconciled.", "Telephoned {full}; no answer."]},
    ["{v} [{kw}]", "{v} / {kw}", "{v}, being the {kw}"],
    ["As described previously (https://doi.org/10.1001/jamainternmed.2021.{n}).",
     "Guidance: https://www.cdc.gov/mmwr/volumes/{n}/wr/mm{n}.htm"],
    True, values=FRESH5_VALUES, age=_fresh5_age, styles=FRESH5_STYLES)
FRESH5: tuple[Note, ...] = build(FRESH5_PART)

# An eighth part (issue 16, fifth round): written after the fifth round's tuning was finished
# (fresh1-5 read, the scanner's keyword lists grown from how UK, Indian, Brazilian and
# Australian records print their numbers) and before that scanner was run on it; measured
# once. Another author's style than fresh1-5: terse ICU and ward handovers, an Indian
# discharge summary, a Brazilian ICU progress note, an Australian ED note, a ward-round table,
# a to-do list; values, keywords, connectors and frames of those settings (keyword before,
# after, in a table cell, on the line above). Nothing was adjusted to its figures.


def _fresh6_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1925, 2025)
    month = _MONTHS[m - 1]
    hh, mm = r.randint(0, 23), r.choice((0, 15, 30, 45, 5, 50))
    return r.choice([f"{d:02d}-{month[:3]}-{y}", f"{d}/{m}/{y % 100:02d}", f"{d:02d}.{m:02d}.{y}",
                     f"{d}{_ordinal(d)} {month[:3]} {y}", f"{d:02d}/{m:02d}/{y} {hh:02d}{mm:02d}h",
                     f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}", f"{r.choice(_WEEKDAYS)[:3]} {d}/{m}/{y}",
                     f"{d} de {['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'][m - 1]} de {y}",
                     f"{d:02d}/{m:02d}/{y}", f"{month} {d}{_ordinal(d)} {y}"])


def _fresh6_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 103)
    sex = r.choice("MF")
    # the number alone where a sex letter follows ("94M", "94/F": as "Age/sex: 94/F")
    return r.choice([("bed 6 - {age}" + sex + ", day 2 ICU", f"{n}"), ("age: {age}", f"{n} yrs"),
                     ("{age}/" + sex + ", frail, lives alone", f"{n}"),
                     ("| {age}" + sex + " | urosepsis | ward |", f"{n}"),
                     ("a {age} lady from a care home", f"{n} y.o."),
                     ("pt is {age}", f"{n}"), ("{age}, NFR", f"{n} years old"),
                     ("idade {age}", f"{n} anos"), ("{age} " + sex + " with advanced dementia", f"{n}yo")])


def _fresh6_phone(r: random.Random, _h: bool) -> str:
    return r.choice([f"07{_digits(r, 3)} {_digits(r, 6)}", f"01{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}",
                     f"+91-{r.randint(70, 99)}{_digits(r, 3)}-{_digits(r, 5)}", f"{r.randint(7, 9)}{_digits(r, 9)}",
                     f"080-{_digits(r, 4)} {_digits(r, 4)}",
                     f"({_digits(r, 2)}) 9{_digits(r, 4)}-{_digits(r, 4)}", f"+55 ({_digits(r, 2)}) {_digits(r, 4)}-{_digits(r, 4)}",
                     f"04{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)}", f"(0{r.randint(2, 8)}) {_digits(r, 4)} {_digits(r, 4)}",
                     f"+61 4{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)}"])


FRESH6_VALUES = {
    "mrn": lambda r, h: r.choice([_digits(r, 7), f"{_digits(r, 4)}/{_digits(r, 6)}",
                                  f"{_letters(r, 1)}{_digits(r, 6)}", f"RX{_letters(r, 1)}{_digits(r, 7)}",
                                  f"{_digits(r, 2)}.{_digits(r, 3)}-{_digits(r, 1)}", f"UR{_digits(r, 6)}"]),
    "health_plan": lambda r, h: r.choice([f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 4)}",
                                          f"{r.randint(2, 6)}{_digits(r, 3)} {_digits(r, 5)} {_digits(r, 1)}",
                                          f"{_digits(r, 2)}-{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 4)}",
                                          f"{_digits(r, 3)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}",
                                          f"{_letters(r, 2)}{_digits(r, 6)}", f"{_digits(r, 8)}{_letters(r, 1)}"]),
    "account": lambda r, h: r.choice([f"{_digits(r, 3)}-{_digits(r, 3)} {_digits(r, 8)}",
                                      f"{_digits(r, 11)}", f"IP/{_digits(r, 2)}/{_digits(r, 5)}",
                                      f"GB{_digits(r, 2)} BARC {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 2)}",
                                      f"{_digits(r, 5)}-{_digits(r, 1)}"]),
    "licence": lambda r, h: r.choice([f"{_letters(r, 2)}{_digits(r, 2)} {_digits(r, 11)}",
                                      f"{_letters(r, 5)}{_digits(r, 6)}{_letters(r, 2)}{_digits(r, 1)}{_letters(r, 2)}",
                                      f"MED{_digits(r, 10)}", _digits(r, 7), f"{_letters(r, 1)}{_digits(r, 7)}",
                                      f"{_digits(r, 6)}-{_letters(r, 2)}"]),
    "vehicle": lambda r, h: r.choice([f"{_letters(r, 2)} {_digits(r, 2)} {_letters(r, 2)} {_digits(r, 4)}",
                                      f"{_letters(r, 2)}{_digits(r, 2)}{_letters(r, 1)}{_digits(r, 4)}",
                                      f"{_letters(r, 3)}{_digits(r, 1)}{_letters(r, 1)}{_digits(r, 2)}",
                                      f"{_letters(r, 3)}-{_digits(r, 4)}", f"{_digits(r, 1)}{_letters(r, 3)}{_digits(r, 3)}",
                                      f"{_letters(r, 2)}{_digits(r, 2)} {_letters(r, 3)}"]),
    "device": lambda r, h: r.choice([f"{_letters(r, 3)}{_digits(r, 6)}", f"{_digits(r, 10)}",
                                     f"{_letters(r, 2)}-{_digits(r, 5)}-{_letters(r, 1)}",
                                     f"{_digits(r, 2)}{_letters(r, 2)}{_digits(r, 5)}"]),
    "other_id": lambda r, h: r.choice([f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}",
                                       f"{_letters(r, 5)}{_digits(r, 4)}{_letters(r, 1)}",
                                       f"{_digits(r, 3)}.{_digits(r, 3)}.{_digits(r, 3)}-{_digits(r, 2)}",
                                       f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}",
                                       f"{_digits(r, 3)}/{r.randint(2015, 2025)}", f"{_letters(r, 3)}-{_digits(r, 3)}-{_digits(r, 3)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(101, 665)}{r.randint(10, 99)}{r.randint(1000, 9999)}"]),
    "phone": _fresh6_phone,
    "fax": _fresh6_phone,
    "email": lambda r, h: r.choice(["{g}.{s}@example.nhs.net", "{s}{n}@example.com.au", "{g}_{s}@example.co.in",
                                    "{g}{s}@example.com.br"]),
    "url": lambda r, h: r.choice(["https://www.example.com.au/{g}{s}", "example.in/{g}-{s}",
                                  "http://{s}.example.blog/", "https://fundraise.example.org/{g}-{s}-{n}"]),
    "ip": lambda r, h: r.choice([f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"fe80::{r.randint(1, 65535):x}:{r.randint(1, 65535):x}"]),
    "zip": lambda r, h: r.choice([f"{_letters(r, 2, 'BLMNS')}{r.randint(1, 20)} {r.randint(1, 9)}{_letters(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
                                  f"{r.randint(2, 7)}{_digits(r, 3)}", f"{r.randint(1, 8)}{_digits(r, 5)}",
                                  f"{_digits(r, 5)}-{_digits(r, 3)}"]),
    "date": _fresh6_date,
}
FRESH6_VOCABULARY = Vocabulary(
    given=["Sunita", "Venkatesh", "Bronwyn", "Aparecida", "Thiago", "Lakshmi", "Declan", "Shreya",
           "Rhiannon", "Gurpreet", "Ifeoma", "Wirihana", "Conceição", "Murali", "Tegan", "Rosângela",
           "Hamish", "Parvathi", "Caoimhe", "Adebayo"],
    surnames=["Iyer", "Narayanan", "Kowalczyk", "Nascimento", "Fitzgerald", "Chattopadhyay",
              "McAllister", "Bhattacharya", "Albuquerque", "Tuilagi", "Pereira da Costa",
              "Ramaswamy", "Thistlethwaite", "Oyelowo", "Venkataraman", "Drummond", "Sandhu", "Papadakis"],
    cities=["Tiruppur", "Hubballi", "Nanded", "Bhilai", "Niterói", "Juazeiro", "Campina Grande",
            "Toowoomba", "Bendigo", "Dubbo", "Mildura", "Wigan", "Kettering", "Dumfries", "Truro",
            "Ipswich", "Bathurst", "Sorocaba"],
    streets=["Gandhi", "Anna Salai", "Jacarandá", "Wattle", "Banksia", "Tamarind", "Ipê", "Hawthorn"],
    relations=["son", "daughter", "wife", "husband", "nephew", "granddaughter", "daughter-in-law",
               "neighbour", "carer", "brother"],
    clean=[
        "Norad 0.12 mcg/kg/min, MAP 65-70; vaso added 0200.",
        "SIMV-PC, PEEP 10, FiO2 0.45, Pplat 27; P/F 160.",
        "RASS -1, CAM-ICU +ve; haloperidol 0.5 mg PRN.",
        "UO 0.3 mL/kg/h x 6 h; Cr 214 (baseline 88); KDIGO 2.",
        "Tazocin day 4/7; vanc trough 14.2.",
        "Lactate 3.8 -> 2.1; CRP 312; PCT 18.",
        "CVC R IJ day 5, art line L radial day 3; NGT at 60 cm.",
        "K 6.2 -> 5.1 after insulin-dextrose; Mg 0.62 replaced.",
        "GCS 10 (E3V2M5); pupils 3 mm PERL.",
        "Inj. Meropenem 1 g IV TDS; Tab. Pantop 40 mg OD.",
        "Hb 7.2 g/dL, 1 unit PRBC transfused; TLC 18,400; Plt 0.9 lakh.",
        "Sinais vitais: PA 100/60 mmHg, FC 112 bpm, SatO2 93% em AA.",
        "Conduta: manter ATB, desmame de DVA conforme tolerado.",
        "Triage cat 3; obs: HR 118, BP 92/55, RR 26, T 38.9.",
        "SOFA 11, APACHE II 27, NEWS2 9.",
        "CXR: R lower zone consolidation; no effusion.",
        "ECG: AF 140, no acute ST change; rate control with metoprolol 2.5 mg IV.",
        "Fluid balance +2.4 L over 24 h; furosemide 40 mg IV.",
        "NIV IPAP 14 EPAP 6 overnight; ABG 0600 pH 7.33, pCO2 58.",
        "DNACPR discussed with NOK; ceiling of care: ward-based.",
        "Bed 12 to step down to Ward 7B when MFFD.",
        "ICD-10 A41.9; SNOMED CT 91302008.",
        "Wells score 6; CTPA booked for 1400.",
        "Insulin 4 units/h per VRIII; CBG 13.8 mmol/L.",
        "Day 3 of 7 of ceftriaxone; review at 48 h.",
    ],
    seed=16_008,
)
FRESH6_STYLES = [
    "ICU HANDOVER 07:30 (night -> day)\n{body}\nIssues: AKI, delirium, VAP?\nPlan: SBT today; TTE; chase cultures.",
    "DISCHARGE SUMMARY\nDept. of General Medicine, Unit II\n{body}\nCondition at discharge: stable.\n"
    "Advice: Tab. Pan 40 mg OD x 14 days; review in OPD after 1 week.",
    "EVOLUÇÃO MÉDICA - UTI ADULTO\n{body}\nImpressão: choque séptico em melhora.\nConduta: manter ATB.",
    "ED NOTE - Triage cat 2\n{body}\nDisposition: admit under Gen Med; bloods and cultures sent.",
    "| Bed | Patient / identifiers | Plan |\n|---|---|---|\n| 14 | {body} | home when MFFD |",
    "Jobs list (ward 9):\n- {body}\n- bloods am\n- chase echo report",
    "{body}",
]
FRESH6_PART = Part(
    "fresh6", FRESH6_VOCABULARY,
    [": ", " - ", " ", " no. ", "\n", " = ", ":  ", " | ", " no: "],
    ["{kv}", "{kv}.", "- {kv}", "{kw}\n{v}", "| {kw} | {v} |", "{kv} (verified)", "[{kv}]",
     "ID band: {kv}", "{kw} {v}; bed 9", "Identifiers - {kv}"],
    {"mrn": ["UHID", "Hosp No", "URN", "IP no.", "Prontuário", "MRN", "Reg. no", "Hospital number"],
     "health_plan": ["NHS No", "Medicare", "ABHA", "Cartão SUS", "Bupa member no", "Health fund", "ECHS card"],
     "account": ["Bill no.", "A/c", "BSB/Acc", "Bank a/c no", "IBAN", "Billing ref"],
     "licence": ["DL No", "Driving licence", "MCI Reg. No", "AHPRA", "GMC", "Passport"],
     "vehicle": ["Vehicle no.", "Reg", "Rego", "Placa", "Car reg", "Veh. no"],
     "device": ["Pacemaker S/N", "Serial", "Lot", "Pump ID", "IMEI", "Model/SN"],
     "other_id": ["Aadhaar", "PAN", "CPF", "TFN", "MLC No", "FIR no.", "Study ID"],
     "ssn": ["SSN", "US SSN", "Social Security no"],
     "phone": ["Mob", "Ph", "Contact no", "Cel", "Tel", "NOK ph"],
     "fax": ["Fax", "Fax no", "GP fax"]},
    {"licence": ["Driving licence {v} seized by police at the scene.",
                 "Admitting consultant registered with the council, reg {v}.",
                 "Passport {v} photocopied for the overseas visitor team."],
     "vehicle": ["RTA - bike {v} vs truck, helmeted.", "Brought by family in car {v}.",
                 "Ambulance crew noted the vehicle {v} at the scene."],
     "mrn": ["Old records under hosp no {v}, please merge.", "Duplicate UHID {v} - inform MRD.",
             "Previous admission under MRN {v} (2019)."],
     "health_plan": ["Covered under Ayushman Bharat, card {v}.", "Medicare {v} - Medicare card sighted.",
                     "NHS no {v} confirmed with patient."],
     "account": ["Advance deposited against bill {v}.", "Refund to account {v} requested."],
     "device": ["Dual-chamber PPM, serial {v}, interrogated.", "Insulin pump {v} removed and bagged."],
     "other_id": ["Aadhaar {v} verified at registration.", "MLC registered, no. {v}; police informed."],
     "ssn": ["US citizen - SSN {v} for the travel insurer.", "Social security number {v} on the claim form."],
     "phone": ["Son [[name:Anil]] can be reached on {v}.", "NOK prefers WhatsApp on {v}.", "Call daughter {v} if deteriorates."],
     "fax": ["Discharge letter faxed to GP on {v}.", "Faxed referral to {v}."],
     "email": ["Daughter asks for updates to {v}.", "Send summary to {v}."],
     "url": ["Family crowdfunding page {v}.", "His blog {v} describes the illness."],
     "ip": ["Tele-ICU camera at {v} dropped out.", "Remote login from {v} to the PACS."],
     "zip": ["Postcode {v}.", "PIN {v}", "CEP {v}", "Address: [[place:Toowoomba]] QLD {v}"],
     "date": ["Admitted {v}.", "DOA: {v}", "DOB {v}", "Date of surgery - {v}", "Expired on {v}.",
              "Intubated {v}, extubated 48 h later.", "Data de internação: {v}"],
     "address": ["Lives at [[address:{n} {street} Street]] with son.",
                 "Address: [[address:Rua {street}, {n}]]",
                 "Home: [[address:Unit {n2}/{n} {street} Avenue]]",
                 "R/o [[address:{n}, {street} Main Road]]"],
     "place": ["Transferred from {city} district hospital.", "Farmer from a village near {city}.",
               "Retrieved by RFDS from {city}.", "Procedente de {city}.", "Lives in {city} with family."],
     "name": ["Bed 5 - {full}, day 3.", "NOK: {given} ({rel}).", "{rel} {given} at bedside overnight.",
              "Pt: {full}", "Mrs {surname} for theatre today.", "Sra. {surname} relata dor.",
              "{given} pulled out NGT again.", "Discussed with {full}, {rel}."]},
    ["{v} ({kw})", "{v} - {kw}", "{kw} on file: {v}", "{v} = {kw}"],
    ["As in the SSC 2021 guidelines (https://doi.org/10.1097/CCM.{n}).",
     "ICMR guidance at https://www.icmr.gov.in/guidelines/sepsis-{n}.pdf was followed."],
    True, values=FRESH6_VALUES, age=_fresh6_age, styles=FRESH6_STYLES)
FRESH6: tuple[Note, ...] = build(FRESH6_PART)

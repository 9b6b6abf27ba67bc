"""A ninth generated PHI part (issue 16, sixth round): FRESH7.

Written blind to the scanner (its code, benches and output were not read or run while this part
was written) with generated.py's framework, and meant to be measured once: nothing is to be
tuned on it. Another set of authors than fresh1-6: a US hospitalist H&P, a Canadian consult
letter, a labour-and-delivery triage note, a paediatric ED note with a parent, a psychiatry
assessment, a radiology report, an e-mail to a colleague, a case-report draft in prose and a
Mexican progress note ("nota de evolución"). Its values are those of Mexico (CURP, RFC, CLABE,
plates), the Philippines (PhilHealth, LTO licences, TIN, plates), Nigeria (NIN, NUBAN, plates),
Canada (OHIP/BC/RAMQ health cards, SIN, postal codes, transit-account numbers), Ireland (PPSN,
Eircodes, IBAN, plates), South Africa (13-digit ID numbers, medical aid, plates) and the US
(Medicaid, SSN, VINs); device UDIs, IMEIs and MAC addresses; IPv4 and IPv6; dates in many
forms (ISO with a time, "March 3rd", "3 de marzo de 1950", weekdays) and ages of 90 and over
in several forms, words included.

Labels follow tests/phi/corpus.py: a name without its title ("Mr. [[name:X]]", "Baby girl
[[name:X]]"); an identifier without its keyword; an age with its attached unit ("94-year-old",
"94 años", "ninety-two-year-old") or the number alone ("aged 95", "95 F"); a date without its
preposition, with a time written right after it and a weekday right before it. National
identity numbers other than the US SSN (CURP, RFC, NIN, PPSN, SIN, South African ID, TIN) are
other_id, as fresh6 labelled Aadhaar and CPF; provincial and national health cards, PhilHealth,
Medicaid and medical-aid numbers are health_plan; certificates and passports are licence. US
states and Canadian provinces are not marked; named cities are. Literature references in an
Introduction or Discussion are not identifiers; cited authors ("X et al.") are not either.

    from tests.phi.fresh7_notes import FRESH7, FRESH7_PART
The notes, values and people are invented; any resemblance to a real one is chance.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note
from tests.phi.generated import (
    _MONTHS,
    _WEEKDAYS,
    SPANISH_MONTHS,
    Part,
    Vocabulary,
    _digits,
    _letters,
    _ordinal,
    build,
)

_MESES = SPANISH_MONTHS
_NUMBER_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three",
                 94: "ninety-four", 95: "ninety-five", 96: "ninety-six", 97: "ninety-seven",
                 98: "ninety-eight", 99: "ninety-nine"}


def _alnum(r: random.Random, n: int) -> str:
    return "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(n))


def _hex(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789ABCDEF") for _ in range(n))


def _fresh7_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1925, 2025)
    month, mes = _MONTHS[m - 1], _MESES[m - 1]
    hh, mm, ss = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    abbr = "Sept" if m == 9 else month[:3]
    return r.choice([
        f"{m:02d}/{d:02d}/{y}",                         # US
        f"{m}/{d}/{y % 100:02d}",                       # US, short
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}",       # ISO with a time
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}",
        f"{month} {d}{_ordinal(d)}",                    # "March 3rd"
        f"{month} {d}{_ordinal(d)}, {y}",
        f"{d} de {mes} de {y}",                         # Spanish
        f"{d:02d}/{mes[:3].upper()}/{y}",               # Mexican forms: 03/MAR/1950
        f"{r.choice(_WEEKDAYS)}, {month} {d}",          # a weekday before it
        f"{abbr}. {d}, {y}",                            # "Sept. 3, 1950"
        f"{d:02d}-{m:02d}-{y}",                         # Philippine / Nigerian forms
        f"{month} {y}",                                 # month and year
        f"the {d}{_ordinal(d)} of {month}",             # the article stays out of the span
        f"{y}/{m:02d}/{d:02d}",                         # Canadian forms
        f"{d}{_ordinal(d)} {month} {y}",                # Irish / South African
    ])


def _fresh7_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 106)
    forms = [("a {age} man admitted from home", f"{n}-year-old"),
             ("{age} F with recurrent falls", f"{n}"),
             ("paciente femenina de {age} de edad", f"{n} años"),
             ("age {age}, lives with her grandson", f"{n}"),
             ("{age}, independent in ADLs", f"{n} y/o"),
             ("now {age} and increasingly frail", f"{n} years old"),
             ("turned {age} in the spring", f"{n}"),
             ("Age (years): {age}", f"{n}"),
             ("a {age} retired schoolteacher", f"{n}-yr-old"),
             ("{age} M, nursing home resident", f"{n}")]
    if n in _NUMBER_WORDS:
        forms.append(("a {age} great-grandmother", f"{_NUMBER_WORDS[n]}-year-old"))
    return r.choice(forms)


def _fresh7_phone(r: random.Random, _h: bool) -> str:
    a, b, c = f"{r.randint(201, 989)}", f"{r.randint(200, 989)}", _digits(r, 4)
    return r.choice([
        f"+52 55 {_digits(r, 4)} {_digits(r, 4)}", f"+52 1 33 {_digits(r, 4)} {_digits(r, 4)}",
        f"+63 9{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 4)}", f"09{_digits(r, 2)}-{_digits(r, 3)}-{_digits(r, 4)}",
        f"+234 80{_digits(r, 1)} {_digits(r, 3)} {_digits(r, 4)}", f"080{_digits(r, 1)} {_digits(r, 3)} {_digits(r, 4)}",
        f"+1 {a}-{b}-{c}", f"({a}) {b} {c}", f"{a}.{b}.{c}",
        f"+353 1 {_digits(r, 3)} {_digits(r, 4)}", f"08{r.randint(3, 9)} {_digits(r, 3)} {_digits(r, 4)}",
        f"+27 8{r.randint(1, 4)} {_digits(r, 3)} {_digits(r, 4)}", f"021 {_digits(r, 3)} {_digits(r, 4)}",
    ])


def _curp(r: random.Random) -> str:
    yy, mm, dd = r.randint(0, 99), r.randint(1, 12), r.randint(1, 28)
    return (f"{_letters(r, 4, 'ABCDEFGHJLMNPRSTVZ')}{yy:02d}{mm:02d}{dd:02d}{r.choice('HM')}"
            f"{r.choice(['JC', 'DF', 'PL', 'NL', 'YN', 'OC', 'SP'])}{_letters(r, 3, 'BCDFGHJLMNPRSTVZ')}"
            f"{r.choice('0A')}{r.randint(0, 9)}")


def _rfc(r: random.Random) -> str:
    yy, mm, dd = r.randint(0, 99), r.randint(1, 12), r.randint(1, 28)
    return f"{_letters(r, 4, 'ABCDEFGHJLMNPRSTVZ')}{yy:02d}{mm:02d}{dd:02d}{_alnum(r, 3)}"


def _sa_id(r: random.Random) -> str:
    yy, mm, dd = r.randint(0, 99), r.randint(1, 12), r.randint(1, 28)
    return f"{yy:02d}{mm:02d}{dd:02d}{_digits(r, 4)}{r.choice('01')}8{_digits(r, 1)}"


def _fresh7_ssn(r: random.Random, _h: bool) -> str:
    area = r.choice([r.randint(101, 665), r.randint(667, 899)])
    group, serial = r.randint(10, 99), r.randint(1000, 9999)
    return r.choice([f"{area}-{group}-{serial}", f"{area} {group} {serial}", f"{area}{group}{serial}"])


def _vin(r: random.Random, _h: bool) -> str:
    wmi = r.choice(["1FT", "3VW", "2T1", "JN1", "KMH", "5YJ", "MHF", "AHT"])
    return (f"{wmi}{_letters(r, 2)}{_digits(r, 2)}{_letters(r, 1)}{_digits(r, 1)}"
            f"{r.choice('LMNPRSTV')}{_letters(r, 1)}{_digits(r, 6)}")


def _fresh7_zip(r: random.Random, _h: bool) -> str:
    return r.choice([
        "{z5}", "{z5}-{z4}",                                                     # US, Mexico
        f"{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')} "
        f"{r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}",  # Canada
        f"{r.choice(['D02', 'D6W', 'T12', 'H91', 'V94', 'A91', 'F92', 'X91'])} {_alnum(r, 4)}",  # Eircode
        f"{r.randint(1, 9)}{_digits(r, 3)}",                                     # SA, Philippines
        f"{r.randint(1, 9)}{_digits(r, 5)}",                                     # Nigeria
    ])


FRESH7_VALUES = {
    "mrn": lambda r, h: r.choice([_digits(r, 9), f"CHR{_digits(r, 7)}",
                                  f"{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 2)}",
                                  f"M{_digits(r, 2)}-{_digits(r, 5)}", f"{_digits(r, 6)}-{_digits(r, 1)}",
                                  f"H{_digits(r, 8)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{_digits(r, 4)}-{_digits(r, 3)}-{_digits(r, 3)}-{_letters(r, 2)}",     # OHIP with version
        f"{_digits(r, 4)} {_digits(r, 3)} {_digits(r, 3)}",                       # OHIP
        f"9{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}",                      # BC PHN
        f"{_letters(r, 4)} {_digits(r, 4)} {_digits(r, 4)}",                      # RAMQ
        f"{_digits(r, 2)}-{_digits(r, 9)}-{_digits(r, 1)}",                       # PhilHealth PIN
        f"{_letters(r, 2)}{_digits(r, 5)}{_letters(r, 1)}",                       # NY Medicaid CIN
        f"{_letters(r, 3)}/{_digits(r, 4)}/{_digits(r, 5)}",                      # NHIS
        _digits(r, 9)]),                                                          # medical aid
    "account": lambda r, h: r.choice([
        _digits(r, 18),                                                           # CLABE
        f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 11)} {_digits(r, 1)}",      # CLABE spaced
        _digits(r, 10),                                                           # NUBAN
        f"IE{_digits(r, 2)} {_letters(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 2)}",
        f"{_digits(r, 5)}-{_digits(r, 3)}-{_digits(r, 7)}",                       # transit-inst-acct
        f"{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 2)}"]),
    "licence": lambda r, h: r.choice([
        f"{_letters(r, 1)}{_digits(r, 4)}-{_digits(r, 5)}-{_digits(r, 5)}",       # Ontario DL
        f"{_letters(r, 1)}{_digits(r, 2)}-{_digits(r, 2)}-{_digits(r, 6)}",       # Philippine LTO
        f"{_letters(r, 1)} {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}",  # Michigan
        f"P{_digits(r, 7)}{_letters(r, 1)}",                                      # PH passport
        f"A{_digits(r, 8)}",                                                      # NG passport
        f"P{_letters(r, 1)}{_digits(r, 7)}",                                      # IE passport
        _digits(r, 5),                                                            # CPSO
        _digits(r, 7),                                                            # PRC
        f"{_digits(r, 3)}-{_digits(r, 2)}-{_digits(r, 6)}"]),                     # certificate
    "vehicle": lambda r, h: r.choice([
        f"{_letters(r, 3)}-{_digits(r, 3)}-{_letters(r, 1)}",                     # Mexico
        f"{_digits(r, 3)}-{_letters(r, 3)}",
        f"{_letters(r, 3)} {_digits(r, 4)}",                                      # Philippines
        f"{_letters(r, 3)}-{_digits(r, 3)}{_letters(r, 2)}",                      # Nigeria
        f"{r.choice(['151', '161', '171', '181', '191', '201', '211', '221', '231', '241'])}-"
        f"{r.choice(['D', 'C', 'G', 'KY', 'L', 'W', 'MO', 'DL'])}-{r.randint(1, 99999)}",  # Ireland
        f"{r.choice(['CA', 'CY', 'ND', 'NU', 'CF'])} {_digits(r, 3)}-{_digits(r, 3)}",  # W Cape / KZN
        f"{_letters(r, 2)} {_digits(r, 2)} {_letters(r, 2)} GP",                   # Gauteng
        f"{r.randint(1, 9)}{_letters(r, 3)}{_digits(r, 3)}"]),                     # US
    "vin": _vin,
    "device": lambda r, h: r.choice([
        f"(01){_digits(r, 14)}(21){_alnum(r, 7)}",                                # GS1 UDI
        f"{_digits(r, 2)}-{_digits(r, 6)}-{_digits(r, 6)}-{_digits(r, 1)}",       # IMEI
        f"{r.randint(1, 9)}{_letters(r, 1)}{_digits(r, 4)}{_letters(r, 1)}{_digits(r, 3)}",
        ":".join(_hex(r, 2) for _ in range(6)),                                   # MAC address
        f"{_letters(r, 3)}{_digits(r, 6)}{_letters(r, 1)}"]),
    "other_id": lambda r, h: r.choice([
        _curp(r), _rfc(r), _digits(r, 11),                                        # CURP, RFC, NIN
        f"{_digits(r, 7)}{_letters(r, 1, 'ABCDEFGHJKLMNPQRSTVWX')}{r.choice(['', 'A', 'T'])}",  # PPSN
        _sa_id(r),
        f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}", f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 3)}",  # SIN
        f"{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 3)}-{_digits(r, 3)}"]),     # PH TIN
    "ssn": _fresh7_ssn,
    "phone": _fresh7_phone,
    "fax": _fresh7_phone,
    "email": lambda r, h: r.choice(["{g}.{s}@example.com.mx", "{s}{n}@example.ph", "{g}_{s}@example.com.ng",
                                    "{g}{s}@example.ie", "dr.{s}@example.ca", "{g}.{s}{n}@example.co.za"]),
    "url": lambda r, h: r.choice(["https://{g}{s}.example.ph/blog", "www.example.com.mx/{s}-{g}",
                                  "https://fundraiser.example.com/f/{g}-{s}-surgery",
                                  "http://example.ca/~{g}{s}/", "example.ie/{s}/diary",
                                  "https://video.example.com/@{g}{s}{n}"]),
    "ip": lambda r, h: r.choice([
        f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        "2001:0db8:" + ":".join(f"{r.randint(0, 65535):04x}" for _ in range(6)),
        f"2001:db8:{r.randint(1, 65535):x}:{r.randint(1, 255):x}::{r.randint(1, 65535):x}"]),
    "zip": _fresh7_zip,
    "date": _fresh7_date,
}

FRESH7_VOCABULARY = Vocabulary(
    given=["Chukwuemeka", "Yetunde", "Blessing", "Babatunde", "Maricel", "Rizalina", "Analyn",
           "Xóchitl", "Juan Pablo", "Guadalupe", "Grzegorz", "Małgorzata", "Wojciech", "Thảo",
           "Minh Anh", "Phương", "Abdulrahman", "Nour", "Rania", "Zhiwei", "Yuxin", "Torbjørn",
           "Åsa", "Sorcha", "Pádraig", "Sipho", "Nomvula", "Geneviève", "Jean-François",
           "Zanele"],
    surnames=["Adeyemi-Bakare", "Nwachukwu", "Oyebanji", "Eze-Okafor", "Bautista", "Dimaculangan",
              "Panganiban", "García Hernández", "Ramírez Soto", "Hernández de la Rosa",
              "Szczepański", "Wróblewska", "Nguyễn", "Trần", "Phạm", "Al-Mansouri", "El-Sayed",
              "Abu Ghazaleh", "Zhang", "Ouyang", "Xu", "Bjørnstad", "Ekström", "Haugen",
              "Ó Briain", "MacLeod-Tremblay", "van der Merwe", "du Plessis", "Gagnon-Bouchard",
              "Khumalo"],
    cities=["Guadalajara", "Puebla", "Mérida", "Oaxaca de Juárez", "San Luis Potosí",
            "Quezon City", "Cebu City", "Iloilo City", "Bacolod", "Cagayan de Oro",
            "Port Harcourt", "Onitsha", "Ilorin", "Benin City", "Saskatoon", "Thunder Bay",
            "Moncton", "Kelowna", "Sherbrooke", "Red Deer", "Athlone", "Dundalk", "Letterkenny",
            "Gqeberha", "Polokwane", "Pietermaritzburg", "Bloemfontein", "El Paso", "Duluth",
            "Laredo", "Yakima"],
    streets=["Hidalgo", "Insurgentes", "Rizal", "Mabini", "Awolowo", "Herbert Macaulay", "Yonge",
             "Jasper", "Voortrekker", "Bonifacio", "Juárez", "Protea", "O'Connell", "Main"],
    relations=["mother", "grandmother", "common-law partner", "older brother", "stepfather",
               "twin sister", "boyfriend", "godmother", "uncle", "foster father", "daughter"],
    clean=[
        # US hospitalist
        "Aspirin 81 mg daily, atorvastatin 80 mg nightly, metoprolol succinate 25 mg daily.",
        "Troponin I 0.04 ng/mL at 0 h and 0.05 ng/mL at 3 h; BNP 112 pg/mL.",
        "HEART score 3, TIMI 1; placed on the low-risk chest pain pathway.",
        "NPO after midnight; cefazolin 2 g IV on call to the OR.",
        "Seen in the Emergency Department at 03:15 and moved to the Cardiac Care Unit at 07:40.",
        # Canadian consult letter / endocrinology
        "TSH < 0.01 mIU/L, free T4 48 pmol/L, TRAb 8.2 IU/L, in keeping with Graves disease.",
        "Cushing syndrome was excluded: late-night salivary cortisol 2.1 nmol/L on two nights.",
        "Addisonian crisis was treated with hydrocortisone 100 mg IV, then 50 mg every 6 hours.",
        "Chvostek and Trousseau signs negative; corrected calcium 2.31 mmol/L.",
        "Canadian CT Head Rule negative; the Ottawa knee rules were not met.",
        "OHIP covers the assessment; there is no charge to the family.",
        # obstetrics
        "G2P1 at 34+5 weeks; fundal height 33 cm; Bishop score 4.",
        "BP 152/98 mmHg, urine PCR 48 mg/mmol; magnesium sulfate 4 g IV over 20 min, then 1 g/h.",
        "RhD negative; anti-D 1500 IU given at 28 weeks; GBS swab negative at 36 weeks.",
        "Apgar scores 8 and 9 at 1 and 5 minutes; birth weight 3,210 g.",
        "Managed per the SOGC 2019 guideline and ACOG Practice Bulletin 222.",
        # paediatrics
        "Ondansetron 0.15 mg/kg PO; tolerated 150 mL of ORS over 1 hour.",
        "Weight 14.2 kg (50th centile); PECARN low risk, so no CT was needed.",
        "Kawasaki disease was considered; echo showed normal coronary arteries (Z-score 1.1).",
        # psychiatry
        "PHQ-9 19, GAD-7 15; C-SSRS screen negative for active intent.",
        "Sertraline increased to 100 mg daily; lithium level 0.7 mmol/L at 12 h.",
        "MoCA 23/30; CIWA-Ar 6 at 02:00 and 4 at 06:00.",
        "Fluoxetine 20 mg mane; quetiapine 25 mg nocte PRN for 2 weeks.",
        # radiology
        "Murphy's sign positive; gallbladder wall 11 mm with pericholecystic fluid, CBD 5 mm.",
        "BI-RADS 4A; LI-RADS 3; TI-RADS TR4 nodule measuring 1.8 cm.",
        "Device: Medtronic Azure XT DR MRI SureScan, mode DDD 60-130 bpm; MRI conditional.",
        # e-mail / case-report prose
        "Dexcom G7 and Omnipod 5 in automated mode; time in range 72%.",
        "Managed per the KDIGO 2012 AKI guideline and the Surviving Sepsis Campaign 2021.",
        "Diagnosed with type 2 diabetes in 2014 and Hashimoto thyroiditis in 2019.",
        "Her 89-year-old mother and 62-year-old sister both have hypothyroidism.",
        "Patients aged 90 or older were analysed as one group.",
        "Lyme serology and West Nile virus IgM were negative.",
        "He has held a driver's licence since he was 18 and drives a pickup for work.",
        "Model number and serial number were not available in the transfer note.",
        "Blood culture bottle 2 of 4 flagged positive at 18 hours with Gram-positive cocci.",
        "Symptoms for 72 hours, fever for 3 days and oliguria for the last 12 hours.",
        "Table 1 summarises the laboratory course and Figure 2 shows the MRI.",
        "Thanks for seeing this patient at short notice - happy to discuss by phone.",
        "As in the series by Okeke et al. (2020), steroids were started early.",
        # Mexican progress note
        "Glucosa 182 mg/dL, HbA1c 9.1%; se inicia metformina 850 mg cada 12 horas.",
        "Signos de Murphy y Blumberg negativos; abdomen blando, depresible.",
    ],
    seed=16_009,
)

FRESH7_STYLES = [
    "HISTORY AND PHYSICAL - Hospital Medicine (Team B)\nCC: chest pain x 2 days\nHPI: {body}\n"
    "ROS: negative except as above.\nA/P: ACS ruled out; continue aspirin 81 mg daily; TTE in AM.",
    "Thank you for referring this patient to the Endocrinology Consult Service.\n\n{body}\n\n"
    "Impression: Graves disease, TRAb 8.2 IU/L.\nPlan: methimazole 20 mg daily; TSH and free T4 "
    "in 6 weeks.\n\nYours sincerely,\nDivision of Endocrinology and Metabolism",
    "L&D TRIAGE NOTE\nG2P1 at 38+3 weeks by early ultrasound; GBS negative; Rh positive.\n{body}\n"
    "CTG: baseline 135 bpm, normal variability, accelerations present, no decelerations.\n"
    "Plan: expectant management; reassess in 4 h.",
    "PAEDIATRIC ED NOTE\nHistory from mother (interpreter used, Tagalog).\n{body}\n"
    "Weight 14.2 kg; temp 39.1 C; CRT < 2 s.\nPlan: oral rehydration, ondansetron 2 mg, "
    "reassess in 1 h.",
    "PSYCHIATRY ASSESSMENT\nReason for referral: low mood and passive suicidal ideation.\n{body}\n"
    "MSE: casually dressed, good rapport, mood low, no psychotic features.\n"
    "Risk: moderate; safety plan completed with the patient.",
    "CT ABDOMEN AND PELVIS WITH IV CONTRAST\nClinical indication: RUQ pain.\nComparison: none.\n"
    "{body}\nIMPRESSION: acute calculous cholecystitis. No free air.",
    "Subject: curbside question - hyponatraemia\n\nHi,\n\nWould value your thoughts on a patient "
    "of ours.\n{body}\n\nThanks in advance,\nsent from my phone",
    "Case presentation\n{body}\nShe was treated with IV methylprednisolone 1 g daily for 3 days "
    "and improved (Table 1).",
    "NOTA DE EVOLUCIÓN - Medicina Interna\n{body}\nPlan: continuar insulina NPH 10 UI cada 12 h; "
    "control de glucemia capilar.",
    "{body}",
]

FRESH7_PART = Part(
    "fresh7", FRESH7_VOCABULARY,
    # connectors between a keyword and its value
    [": ", " ", " - ", ":\n", " is ", " (", ", ", "\u2026 ", " >> ", ":\u00a0"],
    # frames: plain, bullet, table cell, next line, parenthetical, a sentence
    ["{kv}", "{kv}.", "\u2022 {kv}", "| {kw} | {v} |", "{kw}\n{v}", "{kv} (confirmed with mother)",
     "Face sheet - {kv}", "Registration desk recorded {kv} today.", "{kv}; verified against photo ID",
     "{kw}\t{v}", "Demographics: {kv}"],
    {"mrn": ["Hospital Record No.", "chart no", "Expediente", "Medical Record #", "Case No.",
             "Hosp. file no", "MRN"],
     "health_plan": ["OHIP #", "PHN", "Health card no.", "RAMQ", "PhilHealth PIN", "Medicaid #",
                     "NHIS no.", "medical aid no.", "Health card"],
     "account": ["CLABE", "Acct.", "NUBAN", "bank acct.", "Hospital account #", "HAR",
                 "Guarantor acct", "IBAN"],
     "licence": ["Licence no.", "Driver's license #", "CPSO #", "PRC license no.", "LTO license",
                 "Licencia", "Passport No.", "Birth cert. no."],
     "vehicle": ["plate", "placas", "plate no.", "reg. no.", "licence plate", "vehicle reg"],
     "device": ["S/N", "serial no.", "UDI", "IMEI", "device serial", "sensor serial",
                "generator SN", "MAC"],
     "other_id": ["CURP", "RFC", "NIN", "PPSN", "SA ID no.", "SIN", "TIN", "employee no."],
     "ssn": ["SSN", "Social Security #", "SS No.", "social sec"],
     "phone": ["cell", "tel.", "mobile", "celular", "Tel. No.", "home phone"],
     "fax": ["fax", "fax #", "Fax no.", "facsimile"]},
    {"licence": ["His licence, {v}, was suspended after the second seizure.",
                 "She produced a passport ({v}) at registration.",
                 "Ministry records show licence {v} is still valid; driving advice was given.",
                 "{v} is the CPSO number on the referral letter.",
                 "Birth certificate {v} was requested by the social worker."],
     "vehicle": ["MVC, restrained driver; the other vehicle, plates {v}, fled the scene.",
                 "His tricycle ({v}) overturned on the highway.",
                 "The police report lists the car as {v}.",
                 "The pickup (VIN {vin}) was towed to the pound.",
                 "{v} was written on the run sheet as the car's plate.",
                 "Las placas {v} fueron anotadas por la policía."],
     "mrn": ["Old chart {v} was merged into the current record.",
             "Labs drawn under the wrong MRN ({v}) were cancelled.",
             "Her expediente number is {v}.",
             "Registered at the front desk under hospital record {v}."],
     "health_plan": ["OHIP card {v} expired last month; registration updated it.",
                     "His PhilHealth number, {v}, was used for the case rate.",
                     "Medicaid {v} is pending renewal.",
                     "Medical aid: Discovery, member number {v}.",
                     "{v} is the health card number we have on file."],
     "account": ["Refund by transfer to CLABE {v}.",
                 "The deposit came from account {v} at the cashier.",
                 "Hospital account record {v} shows a balance of $250.",
                 "{v} (guarantor account) was updated by billing."],
     "device": ["Her Dexcom G7 sensor, serial {v}, fell off on day 4.",
                "Pacemaker generator S/N {v} interrogated: battery 9 years.",
                "UDI {v} was scanned into the implant log.",
                "The phone running the monitoring app has IMEI {v}.",
                "{v} is the serial on the insulin pump."],
     "other_id": ["CURP {v} was entered on the Seguro form.",
                  "Her NIN, {v}, was used to register at the clinic.",
                  "PPSN {v} is on the GP referral.",
                  "South African ID {v} was verified on admission.",
                  "His SIN ({v}) was given for the disability claim.",
                  "{v} is her RFC, needed for the invoice.",
                  "Enrolled in the trial as participant {v}."],
     "ssn": ["SSN {v} is listed on the face sheet.",
             "His social security number, {v}, was used for Medicare enrollment.",
             "{v} (SSN) was verified with the patient."],
     "phone": ["Mother's cell: {v} (prefers Viber).",
               "Can be reached on {v} after 6 p.m.",
               "Call {v} to reach her husband, {given}.",
               "The number she gave, {v}, went to voicemail.",
               "Patient contact - T: {v}"],
     "fax": ["Please fax the consult note to {v}.",
             "Faxed to the family physician at {v} on request.",
             "Referring clinic fax: {v}",
             "Family physician's office - F: {v}"],
     "email": ["Her son wrote from {v} asking about the results.",
               "Send the discharge summary to {v} as the patient asked.",
               "Patient's e-mail on the portal: {v}",
               "Cc: {v}"],
     "url": ["The family posted her story at {v}.",
             "Her videos ({v}) show the tics clearly.",
             "He shared the MRI images on {v} before the visit."],
     "ip": ["The home BP cuff uploaded readings from {v}.",
            "Telehealth audit: the patient joined from {v}.",
            "Access to the portal from IP address {v} was flagged."],
     "zip": ["Postal code {v}.", "ZIP {v} on the insurance card.", "Postcode: {v}",
             "Código postal {v}", "Mailing address: [[address:{n} {street} Street]], {city} {v}",
             "Lives in {city}, postal code {v}."],
     "date": ["Admitted {v}.", "DOB: {v}", "Fecha de nacimiento: {v}",
              "LMP {v}; dating by early ultrasound.", "Date of exam: {v}",
              "Last dose of methotrexate taken {v}.", "She died {v} in the ICU.",
              "| Date of birth | {v} |", "Seen in clinic on {v} with her mother.",
              "Onset of symptoms: {v}."],
     "address": ["Lives at [[address:{n} {street} Street]] with his mother.",
                 "Home: [[address:{n2}-{n} {street} Crescent]]",
                 "Dirección: [[address:Calle {street} #{n}]]",
                 "Found at [[address:Blk {n2} Lot {n}, {street} St.]] by a barangay health worker.",
                 "Address: [[address:Plot {n} {street} Way]]",
                 "Home visit to [[address:Apartment {n2}, {n} {street} Road]] booked.",
                 "[[address:{n} {street} Ave NW]] is his sister's house; he stays there.",
                 "Mail goes to [[address:PO Box {n}]] as the family asked."],
     "place": ["Born in {city}, she moved here at 20.", "He works as a seafarer out of {city}.",
               "Transferred from a district hospital near {city}.",
               "The family drove six hours from {city}.", "Originaria de {city}.",
               "Lives in {city} with her husband.", "Recent travel to {city} for a funeral."],
     "name": ["{full}, a jeepney driver, presented with chest pain.",
              "Mr. {surname} was admitted to the hospitalist service.",
              "Her {rel}, {given}, translated.", "{given}'s mother reports two days of fever.",
              "Informed consent was obtained from {full}.",
              "Baby girl {surname} was born at 38 weeks.",
              "Señora {surname} prefers to speak Spanish.",
              "I saw {given} again today; she is sleeping better.",
              "Discussed with Dr. {surname}, the referring psychiatrist.",
              "{full} and her {rel} {given} both attended."]},
    # keyword after the value
    ["{v} ({kw})", "{v} is the {kw} on the face sheet", "{v} - {kw} on file", "{v} [{kw}]"],
    # literature references in an Introduction or Discussion: not identifiers there
    ["Thyroid storm in pregnancy is rare [1,2] (https://doi.org/10.1089/thy.2016.{n}).",
     "A similar presentation was reported by Okeke et al. (https://pubmed.ncbi.nlm.nih.gov/{n}{n}/).",
     "The SOGC guideline (https://www.jogc.com/article/S1701-2163({n2})30{n}-5/fulltext) was followed."],
    True, values=FRESH7_VALUES, age=_fresh7_age, styles=FRESH7_STYLES)

FRESH7: tuple[Note, ...] = build(FRESH7_PART)
# DONE

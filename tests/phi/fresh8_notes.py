"""FRESH8: a ninth generated part of the PHI corpus, written BLIND to the scanner.

Written for the seventh round of issue 16 by a helper who read only tests/phi/generated.py (the
framework), tests/phi/corpus.py (the Note type and the span conventions) and the project's
Safe Harbor rules (45 CFR 164.514(b)(2)); not the scanner, its patterns or keyword lists, the
bench, the scanner's tests, the scanner's output, nor fresh7. The scanner was never run on it
while it was written. It is meant to be measured ONCE: after that it is read, and is tuning
data like the parts before it.

Its settings are ones the earlier parts barely touch: a German Arztbrief translated into
English, Malaysian and Indonesian discharge summaries (BPJS, MyKad, RT/RW), Kenyan and Ugandan
district-hospital notes, a Vietnamese-Australian GP referral, Polish and Turkish patients in a
UK emergency department, a Brazilian prontuário, a French compte rendu, Emirati and Saudi
hospital notes (Emirates ID, Iqama), Chilean and Argentine notes (RUT, DNI, obra social),
Dutch referrals and Korean and Japanese patients in US clinics. Its vocabulary (names with
diacritics and particles: "van der", "de la", "binti", "Al-", "O'", "Mc", "arap"), value
shapes (IBANs of five countries, plates of eight, postcodes of eleven, E.164 and local phone
numbers, UDIs, IMEIs, MAC addresses, national identity numbers), dates (German, French,
Spanish, Indonesian, Malay, Turkish, Polish, Dutch, Japanese, Roman-numeral months, ISO
timestamps) and ages ("94 Jahre alt", "91 tahun", "92 ans", "93 años", spelled out) are its
own. Its clean sentences are full of look-alikes: doses ("1-0-1", "25/100 mg"), scores and
codes (OPS 8-980.10, LOINC 4548-4, CPT 99214), ages under 90, "90% stenosis", eponyms named
after cities (Glasgow Coma Scale, Kampala Trauma Score, Tokyo Guidelines, Atlanta
classification), units ("Coronary Care Unit"), guideline bodies and citations ("Müller et al.
2021"). Literature addresses in an Introduction or Discussion are not identifiers.

FRESH8 is `build(FRESH8_PART)` (one note per template draw, as the other parts) followed by
FRESH8_LETTERS: whole hand-written notes in those styles with several identifiers each, their
country's values kept together (a CEP beside its city, a PLZ before its town), and a few
whole clean letters.

Span conventions are tests/phi/corpus.py's: a name without its title ("Frau", "Ibu", "Mme",
"Sr.", "Mzee" are titles) but with its particles ("van der Meulen", "binti Hassan"); an
identifier without its keyword; an age with its attached unit ("94-year-old", "91 tahun",
"93 yo") or the number alone ("aged 95" -> "95"); a date without its preposition or article
("née le 3 janvier 1933" -> "3 janvier 1933"), with a time written right after it and a
weekday right before it ("Montag, 03.03.2025", "2025-03-12T14:30"); a street address without
its city and postcode, which are place and zip. A state, province, emirate or country is not
marked (Selangor, NSW, SP, NJ).

The notes, values and people are invented; any resemblance to a real one is chance.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import (
    _MONTHS,
    SPANISH_MONTHS,
    Part,
    Vocabulary,
    _digits,
    _letters,
    build,
)

# ---------------------------------------------------------------- value shapes

_DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember"]
_FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"]
_ES_MONTHS = SPANISH_MONTHS
_ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember"]
_MS_MONTHS = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos",
              "September", "Oktober", "November", "Disember"]
_TR_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
              "Eylül", "Ekim", "Kasım", "Aralık"]
_PL_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
              "sierpnia", "września", "października", "listopada", "grudnia"]
_NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december"]
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
_DE_WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
_FR_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_ID_WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def _fresh8_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1924, 2026)
    hh, mm = r.randint(0, 23), r.randint(0, 59)
    i = m - 1
    french_day = "1er" if d == 1 else str(d)
    return r.choice([
        f"{d}. {_DE_MONTHS[i]} {y}", f"{r.choice(_DE_WEEKDAYS)}, {d:02d}.{m:02d}.{y}",
        f"{french_day} {_FR_MONTHS[i]} {y}", f"{r.choice(_FR_WEEKDAYS)} {d} {_FR_MONTHS[i]} {y}",
        f"{d} de {_ES_MONTHS[i]} de {y}", f"{d} {_ID_MONTHS[i]} {y}",
        f"{r.choice(_ID_WEEKDAYS)}, {d} {_ID_MONTHS[i]} {y}", f"{d} {_MS_MONTHS[i]} {y}",
        f"{d} {_TR_MONTHS[i]} {y}", f"{d} {_PL_MONTHS[i]} {y}", f"{d} {_NL_MONTHS[i]} {y}",
        f"{d}.{_ROMAN[i]}.{y}", f"{y}年{m}月{d}日", f"{m:02d}-{d:02d}-{y}",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}", f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}",
        f"{d}/{_MONTHS[i][:3]}/{y}", f"{_DE_MONTHS[i]} {y}", f"{d} {_MS_MONTHS[i]}",
        f"{d:02d}-{m:02d}-{y}"])


_TENS_WORDS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _fresh8_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 106)
    words = "ninety" + (f"-{_TENS_WORDS[n - 90]}" if 90 < n < 100 else "")
    if n >= 100:
        words = "hundred" if n == 100 else f"one-hundred-and-{_TENS_WORDS[n - 100]}"
    return r.choice([
        ("a {age} woman admitted from a residential aged-care facility", f"{n}-year-old"),
        ("aged {age}, she manages her own medicines", f"{n}"),
        ("a {age} retired tailor", f"{words}-year-old"),
        ("{age}, lebt allein mit Pflegedienst", f"{n} Jahre alt"),
        ("umur {age}, datang diantar keluarga", f"{n} tahun"),
        ("patiente âgée de {age}", f"{n} ans"),
        ("paciente de {age}, autovalente hasta hace un mes", f"{n} años"),
        ("Alter: {age}", f"{n}"),
        ("she turned {age} in the spring", f"{n}"),
        ("a {age} man from the hill villages", f"{n}-years-old"),
        ("{age} Korean-speaking woman with a hip fracture", f"{n} yo"),
        ("the patient is {age} and fully oriented", f"{n} years of age"),
        ("nonagenarian ({age}) with aortic stenosis", f"{n}"),
        ("a {age} widower", f"{n}-year old"),
        ("at {age} she still walks to the market", f"{n}"),
        ("Mzee, {age}, came with his grandson", f"{n} yrs"),
    ])


def _fresh8_phone(r: random.Random, _h: bool) -> str:
    a, b, c = f"{r.randint(201, 989)}", f"{r.randint(200, 989)}", _digits(r, 4)
    return r.choice([
        f"+49{r.choice(['151', '160', '171', '176'])}{_digits(r, 8)}",
        f"0{r.choice(['30', '40', '89', '551', '209'])}/{_digits(r, 7)}",
        f"+62 8{_digits(r, 2)}-{_digits(r, 4)}-{_digits(r, 4)}",
        f"08{_digits(r, 2)}-{_digits(r, 4)}-{_digits(r, 4)}",
        f"+60 1{r.randint(0, 9)}-{_digits(r, 3)} {_digits(r, 4)}",
        f"01{r.randint(0, 9)}-{_digits(r, 3)} {_digits(r, 4)}",
        f"07{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)}",
        f"+256 7{_digits(r, 2)} {_digits(r, 6)}",
        f"+84 9{r.randint(0, 9)} {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}",
        f"+614{_digits(r, 8)}",
        f"+48 {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}",
        f"+90 5{_digits(r, 2)} {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}",
        f"0 (5{_digits(r, 2)}) {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}",
        f"0{r.randint(1, 7)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
        f"+971 5{r.choice('0245')} {_digits(r, 3)} {_digits(r, 4)}",
        f"05{r.choice('0245')}-{_digits(r, 3)}-{_digits(r, 4)}",
        f"+966 5{_digits(r, 1)} {_digits(r, 3)} {_digits(r, 4)}",
        f"+56 9 {_digits(r, 4)} {_digits(r, 4)}",
        f"+54 9 11 {_digits(r, 4)}-{_digits(r, 4)}",
        f"06-{_digits(r, 8)}",
        f"+82 10-{_digits(r, 4)}-{_digits(r, 4)}",
        f"+81 90-{_digits(r, 4)}-{_digits(r, 4)}",
        f"+1{a}{b}{c}",
    ])


def _fresh8_zip(r: random.Random, _h: bool) -> str:
    canada = "ABCEGHJKLMNPRSTVXY"
    return r.choice([
        f"{r.randint(1, 9)}{_digits(r, 4)}",
        f"{r.randint(1, 9)}{_digits(r, 3)} {_letters(r, 2, 'ABCDEGHJKLMNPRTVWXZ')}",
        f"{_digits(r, 5)}-{_digits(r, 3)}",
        f"{r.choice(canada)}{r.randint(0, 9)}{r.choice(canada)} {r.randint(0, 9)}"
        f"{r.choice(canada)}{r.randint(0, 9)}",
        f"{_digits(r, 3)}-{_digits(r, 4)}",
        f"{_digits(r, 2)}-{_digits(r, 3)}",
        f"{r.choice('BCSXMHK')}{r.randint(1000, 9999)}{_letters(r, 3)}",
        f"{r.randint(1, 9)}{_digits(r, 6)}",
        f"{r.randint(2, 7)}{_digits(r, 3)}",
        f"{r.randint(1, 9)}0{r.randint(1, 9)}00",
        f"{r.choice('ACDEFHKNPRTVWXY')}{r.randint(10, 99)} {r.choice('ACDEFHKNPRTVWXY')}"
        f"{r.randint(0, 9)}{_letters(r, 2, 'ACDEFHKNPRTVWXY')}",
        f"{_digits(r, 5)}-{_digits(r, 4)}",
    ])


_VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _fresh8_vin(r: random.Random, _h: bool) -> str:
    wmi = r.choice(["WVW", "VF1", "JTD", "KMH", "9BW", "MA3", "SAL", "NMT"])
    return wmi + "".join(r.choice(_VIN_ALPHABET) for _ in range(14))


def _yymmdd(r: random.Random) -> str:
    return f"{r.randint(20, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"


FRESH8_VALUES = {
    "mrn": lambda r, h: r.choice([
        f"RN{_digits(r, 7)}", f"{_digits(r, 2)}-{_digits(r, 2)}-{_digits(r, 2)}-{_digits(r, 2)}",
        f"{_letters(r, 3)}/IP/{r.randint(2018, 2026)}/{_digits(r, 5)}", f"E{_digits(r, 9)}",
        f"80{_digits(r, 8)}", f"{_digits(r, 6)}-{_digits(r, 1)}", f"{_digits(r, 4)}{_letters(r, 2)}{_digits(r, 3)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{_letters(r, 1)}{_digits(r, 9)}", f"000{_digits(r, 10)}", f"{_digits(r, 8)}",
        f"{r.choice('12')} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 3)} {_digits(r, 3)} {_digits(r, 2)}",
        f"{r.choice('789')}{_digits(r, 14)}", f"{_digits(r, 4)}-{_digits(r, 3)}-{_digits(r, 3)}-{_letters(r, 2)}",
        f"8003 60{_digits(r, 2)} {_digits(r, 4)} {_digits(r, 4)}",
        f"{_digits(r, 2)}-{_digits(r, 8)}-{_digits(r, 2)}", f"1-{_digits(r, 8)}-{_digits(r, 1)}"]),
    "account": lambda r, h: r.choice([
        f"DE{_digits(r, 2)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 2)}",
        f"TR{_digits(r, 2)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 2)}",
        f"AE{_digits(r, 21)}",
        f"SA{_digits(r, 2)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 2)}",
        f"PL{_digits(r, 26)}", f"5{_digits(r, 5)}-{_digits(r, 6)}",
        f"{_digits(r, 6)}-{r.choice('0123456789X')}", f"RE-{r.randint(2019, 2026)}-{_digits(r, 6)}",
        f"{_letters(r, 2)}{_digits(r, 9)}"]),
    "licence": lambda r, h: r.choice([
        f"{_letters(r, 1)}{_digits(r, 3)}{_letters(r, 3)}{_digits(r, 1)}{_letters(r, 1)}{_digits(r, 2)}",
        f"{_digits(r, 2)}{_letters(r, 2)}{_digits(r, 5)}", f"{_digits(r, 4)}-{_digits(r, 4)}-{_digits(r, 6)}",
        f"{_digits(r, 5)}/{_digits(r, 2)}/{_digits(r, 4)}", f"AK{_digits(r, 7)}", f"M{_digits(r, 8)}",
        f"A{_digits(r, 4)}", f"DHA-P-{_digits(r, 7)}", f"{r.randint(2015, 2026)}/{_digits(r, 6)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{r.choice(['B', 'L', 'D', 'AB', 'DK'])} {_digits(r, 4)} {_letters(r, 3)}",
        f"{r.randint(1, 81):02d} {_letters(r, 3)} {_digits(r, 3)}",
        f"{_letters(r, 2, 'BCDFGHJKLPRSTVWXYZ')}·{_letters(r, 2, 'BCDFGHJKLPRSTVWXYZ')}·{_digits(r, 2)}",
        f"{_letters(r, 4, 'BCDFGHJKLPRSTVWXYZ')}-{_digits(r, 2)}",
        f"{_letters(r, 2)} {_digits(r, 1)}{_letters(r, 1)}{_digits(r, 3)}",
        f"{r.choice(['B', 'M', 'GÖ', 'GE', 'HH', 'K', 'F'])}-{_letters(r, 2)} {r.randint(1, 9999)}",
        f"{r.randint(1, 9)}-{_letters(r, 3)}-{_digits(r, 2)}",
        f"KM{_letters(r, 2)} {_digits(r, 3)}{_letters(r, 1)}",
        f"{r.choice(['W', 'B', 'J', 'P', 'Q'])}{_letters(r, 2)} {r.randint(1, 9999)}"]),
    "vin": _fresh8_vin,
    "device": lambda r, h: r.choice([
        f"PZ{_digits(r, 6)}{_letters(r, 2)}",
        f"(01){_digits(r, 14)}(17){_yymmdd(r)}(21){_letters(r, 3)}{_digits(r, 5)}",
        f"{_digits(r, 2)}-{_digits(r, 6)}-{_digits(r, 6)}-{_digits(r, 1)}",
        f"{_letters(r, 2)}{_digits(r, 4)}{_letters(r, 1)}{_digits(r, 4)}",
        f"+H{_letters(r, 3)}{_digits(r, 6)}/$${_digits(r, 7)}{_letters(r, 1)}", _digits(r, 9)]),
    "other_id": lambda r, h: r.choice([
        f"{_yymmdd(r)}-{_digits(r, 2)}-{_digits(r, 4)}",
        f"784-{r.randint(1925, 1999)}-{_digits(r, 7)}-{_digits(r, 1)}", f"2{_digits(r, 9)}",
        _digits(r, 11), f"{r.randint(5, 25)}.{_digits(r, 3)}.{_digits(r, 3)}-{r.choice('0123456789K')}",
        f"{r.randint(10, 45)}.{_digits(r, 3)}.{_digits(r, 3)}", _digits(r, 16),
        f"{_yymmdd(r)}-{r.choice('12')}{_digits(r, 6)}", f"A{_digits(r, 9)}",
        f"{_digits(r, 3)}-{_digits(r, 2)}C{_digits(r, 5)}", f"{_letters(r, 3)}-{_letters(r, 2)}-{_digits(r, 4)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}",
        f"{r.randint(101, 665)}\u2013{r.randint(10, 99)}\u2013{r.randint(1000, 9999)}",
        f"{r.randint(101, 665)}{r.randint(10, 99)}{r.randint(1000, 9999)}"]),
    "phone": _fresh8_phone,
    "fax": _fresh8_phone,
    "email": lambda r, h: r.choice([
        "{g}.{s}@example.de", "{s}{n}@example.co.id", "{g}_{s}@example.com.my",
        "{g}.{s}{n}@example.co.ke", "{s}.{g}@example.fr", "{g}{s}@example.com.tr",
        "{g}+portal@example.ae", "{g}.{s}@example.cl", "{s}-{g}@example.jp"]),
    "url": lambda r, h: r.choice([
        "https://www.example.com.br/vaquinha/{g}-{s}", "{g}{s}.example.blog/diario",
        "https://example.co.ke/harambee/{g}{n}", "http://www.example.de/~{s}/tagebuch.html",
        "https://video.example.com/@{g}.{s}", "example.jp/{s}/nikki?entry={n}",
        "https://www.example.my/{g}_{s}/posts/{n}"]),
    "ip": lambda r, h: r.choice([
        f"203.0.113.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"2001:0db8:{r.randint(0, 65535):04x}:{r.randint(0, 65535):04x}:0000:0000:{r.randint(0, 65535):04x}:{r.randint(0, 65535):04x}",
        f"fd12:3456:789a:{r.randint(1, 99)}::{r.randint(1, 65535):x}",
        f"::ffff:192.0.2.{r.randint(1, 254)}"]),
    "zip": _fresh8_zip,
    "date": _fresh8_date,
}

# ---------------------------------------------------------------- vocabulary

FRESH8_VOCABULARY = Vocabulary(
    given=["Nurul Aina", "Wahyudi", "Dewi", "Achieng", "Kiprotich", "Nakato", "Hương",
           "Quang Minh", "Agnieszka", "Zbigniew", "Gökhan", "Zeynep", "Joaquim", "Luíza",
           "Solène", "Benoît", "Maryam", "Khalid", "Ignacio", "Begoña", "Jürgen", "Anneliese",
           "Ji-ho", "Sachiko", "Maarten"],
    surnames=["Schröder", "van der Meulen", "de la Fuente", "Al-Mansouri", "O'Driscoll",
              "McAteer", "Dąbrowski", "Öztürk", "Güneş", "Magalhães", "Lefèvre", "Nguyễn",
              "Trần", "Setiawan", "Wanyama", "Otieno", "Ssemakula", "Yamaguchi",
              "Fernández Ruiz", "Søndergaard", "dos Santos", "Al-Zahrani", "Pillai"],
    cities=["Göttingen", "Gelsenkirchen", "Petaling Jaya", "Ipoh", "Kuching", "Surabaya",
            "Semarang", "Eldoret", "Kitale", "Gulu", "Mbarara", "Jinja", "Biên Hòa",
            "Nha Trang", "Cabramatta", "Footscray", "Rzeszów", "Tarnów", "Gebze", "İnegöl",
            "Campinas", "Feira de Santana", "Ribeirão Preto", "Villeurbanne", "Roubaix",
            "Clermont-Ferrand", "Al Ain", "Dammam", "Al Khobar", "Temuco", "Viña del Mar",
            "Rosario", "Mar del Plata", "Bahía Blanca", "Zwolle", "Haarlem", "Torrance",
            "Fort Lee", "Sendai", "Suwon"],
    streets=["Jacaranda", "Kenyatta", "Merdeka", "Kingfisher", "Waratah", "Koinange",
             "Coronation", "Palisade"],
    relations=["eldest daughter", "younger brother", "daughter's husband", "grandnephew",
               "employer", "landlord", "second wife", "foster son", "paternal aunt",
               "church elder", "domestic helper"],
    clean=[
        "Transferred to the Coronary Care Unit; Killip class II, hs-TnT 52 -> 96 ng/L at 0/2 h.",
        "Glasgow Coma Scale 13 (E3 V4 M6) on arrival; pupils 3 mm, reactive.",
        "Known Parkinson disease on co-careldopa 25/100 mg four times daily.",
        "Hashimoto thyroiditis; TSH 8.2 mU/L, free T4 9.1 pmol/L.",
        "Guillain-Barré syndrome was excluded (CSF protein 0.4 g/L, 2 cells/uL).",
        "Managed per the KDIGO 2024 CKD guideline and the ADA Standards of Care 2025.",
        "As shown by Müller et al. (2021) and in the DAPA-CKD trial, SGLT2 inhibitors slow decline.",
        "Dengue NS1 positive on day 2; platelets 38 x10^9/L; haematocrit 48%.",
        "mRDT positive; P. falciparum 2+ on thick film; artesunate 2.4 mg/kg at 0, 12 and 24 h.",
        "CD4 212 cells/uL; viral load 1,200 copies/mL on TLD since 2019.",
        "GeneXpert MTB detected, rifampicin resistance not detected.",
        "Schellong test positive: heart rate rose by 34 bpm at 10 min.",
        "Kreatinin 1,42 mg/dl; eGFR (CKD-EPI) 48 ml/min/1,73 m²; CRP 148 mg/l.",
        "Ramadan fasting advice given; gliclazide dose halved at iftar.",
        "ICD-10-GM I50.13 and OPS 8-980.10 were coded.",
        "NT-proBNP 4,850 pg/mL; LVEF 32% (Simpson biplane); NYHA III.",
        "Child-Pugh C (11 points), MELD-Na 24; albumin 24 g/L.",
        "Billing codes CPT 99214 and 93000; LOINC 4548-4 for the HbA1c.",
        "Her 86-year-old husband is the main carer; an 89-year-old neighbour helps with shopping.",
        "Follow-up in 90 days; 90% stenosis of the proximal LAD treated with a 3.0 x 28 mm stent.",
        "Hypertension since age 45; menopause at 52; weight 91 kg, BMI 32.4.",
        "MMSE 22/30, MoCA 19/30; clock drawing abnormal.",
        "Pressão arterial 150x90 mmHg; FC 98 bpm; SatO2 92% em ar ambiente.",
        "Tension artérielle 145/88 mmHg; SpO2 91 % en air ambiant; score de Glasgow 15.",
        "Presión arterial 100/60, FC 110 lpm; qSOFA 2; lactato 3,1 mmol/L.",
        "Admitted to the Stroke Unit; NIHSS 8; tenecteplase 0.25 mg/kg at 14:10.",
        "Barthel Index 45/100; Clinical Frailty Scale 7; Waterlow 16.",
        "Nottingham Hip Fracture Score 5; Garden III fracture; surgery within 36 h.",
        "Kampala Trauma Score 7; Burkitt lymphoma and Kaposi sarcoma not suspected.",
        "Grade II cholangitis by the Tokyo Guidelines 2018; moderate pancreatitis by the revised Atlanta classification.",
        "ARDS by the Berlin definition; P/F 140 on PEEP 12.",
        "Crohn disease, Montreal A2 L3 B1; faecal calprotectin 870 ug/g.",
        "Metformin 1000 mg 1-0-1, ramipril 5 mg 1-0-0, atorvastatin 40 mg 0-0-1.",
        "Hb 10,4 g/dl, Leukozyten 14,2/nl, Thrombozyten 412/nl.",
        "BPJS class 3 ward; no co-payment required for the admission.",
        "Medicare-eligible from next year; no card sighted, no number recorded.",
        "Sodium 126 mmol/L, serum osmolality 258, urine osmolality 412: SIADH criteria met.",
        "Firmware 4.2.1 of the infusion pump; rate 125 mL/h.",
        "Room 412, bed B; contact isolation for VRE; phone review in 2 weeks, no fax needed.",
        "Mantoux 15 mm at 72 h; IGRA positive; started 3HP.",
        "Per the Kenya MOH 2022 malaria guidelines and WHO consolidated TB guidance.",
        "San Francisco Syncope Rule negative; Canadian Syncope Risk Score -1.",
        "Takotsubo syndrome suspected; apical ballooning, EF 35%.",
        "Account of events from the ambulance crew; Charlson Comorbidity Index 6.",
    ],
    seed=16_009,
)

# ---------------------------------------------------------------- note styles

FRESH8_STYLES = [
    "ARZTBRIEF (translated from German)\nKlinik für Innere Medizin II, Station 4B\nDear colleague,\n"
    "we report on our shared patient, treated as an inpatient.\n{body}\nMedication at discharge: "
    "torasemide 10 mg 1-0-0, bisoprolol 2.5 mg 1-0-1.\nWith collegial regards,\nthe consultant on duty",
    "RINGKASAN DISCAJ / DISCHARGE SUMMARY\nWad 7C (Perubatan)\nDiagnosis: dengue fever with warning "
    "signs\n{body}\nUbat: paracetamol 1 g QID PRN, ORS.\nTemujanji: Klinik Kesihatan in 1 week.",
    "RESUME MEDIS\nBangsal Penyakit Dalam, kelas 3\n{body}\nTerapi pulang: amlodipin 10 mg 1x1, "
    "kontrol poli 7 hari.",
    "MALE MEDICAL WARD - CLERKING\nPC: fever x 5/7, cough, vomiting\n{body}\nImp: severe malaria; "
    "r/o TB. HIV: reactive, on TDF/3TC/DTG.\nPlan: IV artesunate, GeneXpert, Hb in 24 h.",
    "REFERRAL NOTE - Health Centre IV\n{body}\nReason for referral: needs blood transfusion and "
    "surgical review.\nTreatment given: IV ceftriaxone 2 g, paracetamol 1 g.",
    "Dear Doctor,\n\nThank you for seeing this patient, who speaks Vietnamese (interpreter "
    "required).\n{body}\n\nCurrent medications: metformin 500 mg BD, perindopril 5 mg mane.\n"
    "Kind regards,\nGP registrar",
    "ED CAS CARD - Majors\nInterpreter: telephone, Polish/Turkish\n{body}\nManchester Triage "
    "category: yellow (urgent).\nPlan: CT head per NICE, analgesia, review.",
    "PRONTUÁRIO - EVOLUÇÃO AMBULATORIAL\nQueixa principal: dispneia aos esforços\n{body}\nHD: ICC "
    "descompensada (NYHA III).\nConduta: furosemida 40 mg/dia; retorno em 30 dias.",
    "COMPTE RENDU D'HOSPITALISATION\nService de Pneumologie\nMotif : exacerbation de BPCO\n{body}\n"
    "Traitement de sortie : tiotropium, salbutamol à la demande.\nConfraternellement,",
    "INPATIENT PROGRESS NOTE - Internal Medicine (Gulf)\n{body}\nA: uncontrolled T2DM, HbA1c 10.2%.\n"
    "P: basal-bolus insulin; diabetes educator before Ramadan.",
    "EPICRISIS - Servicio de Medicina Interna\n{body}\nDiagnóstico de egreso: neumonía adquirida en "
    "la comunidad, CURB-65 2.\nIndicaciones: amoxicilina 1 g c/8 h por 5 días.",
    "NEW PATIENT VISIT - Internal Medicine\nPreferred language: Korean/Japanese; certified "
    "interpreter used.\n{body}\nA/P: HTN, CKD 3a; recheck BMP in 2 weeks.",
    "{body}",
]

# ---------------------------------------------------------------- the part

FRESH8_PART = Part(
    "fresh8", FRESH8_VOCABULARY,
    [": ", " ", ":  ", " \u2014 ", " \u00bb ", ":\n", " - ", "\t", " : "],
    ["{kv}", "{kv}.", "\u00bb {kv}", "{kw} ........ {v}", "Stammdaten: {kv}", "Identitas: {kv}",
     "{kw}: {v} (as per ID card)", "| {kw}: {v} | Bed 12 |", "{kv} (copied from the referral)",
     "Dados: {kv}; conferido.", "{kw}\n    {v}", "Ref. {kv}"],
    {"mrn": ["Pat.-Nr.", "No. RM", "No. Rekam Medis", "IP No", "OPD no.", "N° de dossier",
             "IPP", "Nº do prontuário", "Ficha clínica", "Hospital file no.", "EMR no.",
             "Krankenblatt-Nr."],
     "health_plan": ["KVNR", "Versichertennummer", "No. BPJS", "Kartu BPJS", "NHIF no.",
                     "Thiqa card", "Carte Vitale", "CNS nº", "OHIP", "IHI", "obra social nº",
                     "Polisnummer"],
     "account": ["IBAN", "Kontonummer", "Rechnungs-Nr.", "No. akaun", "Bill No", "Hesap no",
                 "conta corrente", "N° de facture", "Guarantor account", "Self-pay account"],
     "licence": ["Führerschein-Nr.", "permis de conduire n°", "SIM A no.", "prawo jazdy",
                 "ehliyet no", "CRM", "KMPDC reg. no.", "DHA licence", "Passport",
                 "Death certificate no."],
     "vehicle": ["Kennzeichen", "plat nomor", "placa", "patente", "plaka", "tablica rej.",
                 "immatriculation", "number plate", "PPU", "Reg. no."],
     "device": ["Seriennr.", "S/N", "UDI", "No. siri", "n° de série", "número de série",
                "device ID", "transmitter ID", "ICD serial", "implant ID"],
     "other_id": ["NIK", "No. KP", "MyKad", "Emirates ID", "Iqama", "PESEL", "TC Kimlik No",
                  "RUT", "DNI", "BSN", "RRN", "A-number", "UNHCR case no."],
     "ssn": ["SSN", "Soc. Sec. no.", "social security #", "SS no."],
     "phone": ["Handy", "Tel.", "No. HP", "celular", "portable", "WhatsApp", "cep tel.",
               "Mobile (NOK)", "Tél.", "telefone"],
     "fax": ["Fax", "Telefax", "Faks", "fax (GP)", "Télécopie"]},
    {"name": ["Frau {surname} was transferred from the Stroke Unit.",
              "Herr {surname} agreed to TAVI after the heart team meeting.",
              "Ibu {given} was accompanied by her {rel}.",
              "Bapak {full} was reviewed on the ward round.",
              "Mme {surname} lives alone since her husband died.",
              "Sr. {full} refiere disnea de una semana.",
              "Seen with {given}, her {rel}, who interpreted.",
              "Her {rel}, {full}, is the registered next of kin.",
              "Discussed with Dr {surname} at the referring practice.",
              "Collateral history from his {rel} {given} by phone.",
              "Mr {surname}'s daughter asked for a copy of the letter.",
              "Mzee {surname} has been coughing for three weeks.",
              "Ibu [[name:Siti Rahmah binti Othman]] declined the transfusion.",
              "Mr [[name:Kiprotich arap Sang]] walked in with his stick.",
              "[[name:Kim Ji-ho]] (goes by [[name:Jenny]]) missed two dialysis sessions.",
              "Ms [[name:Mary-Kate O'Driscoll]] will phone with the result.",
              "{full} signed the consent form in Portuguese."],
     "address": ["Wohnhaft: [[address:Lindenstraße {n2}a]]",
                 "Alamat: [[address:Jl. Diponegoro No. {n2}, RT 03/RW 05]]",
                 "Address: [[address:No. {n2}, Jalan SS 2/{n2}]], Selangor",
                 "Lives at [[address:Blok C-{n2}-3, Pangsapuri Seri Mawar]] with her son.",
                 "Home: [[address:Plot {n2}, {street} Road]], near the matatu stage.",
                 "Resides at [[address:{n2}/{n} {street} Street]] with family.",
                 "Endereço: [[address:Av. Brigadeiro Faria Lima, {n}, conj. {n2}]]",
                 "Domicilio: [[address:Av. Corrientes {n}, piso {n2}, depto. B]]",
                 "Domicilio: [[address:Pasaje Los Aromos {n}]]",
                 "Adresse : [[address:{n2} bis, rue des Tanneurs]]",
                 "Adres: [[address:ul. Długa {n2}/{n2}]]",
                 "Adres: [[address:Atatürk Cad. No: {n2} D: {n2}]]",
                 "Address: [[address:Villa {n2}, Street {n2}, Al Jimi]]",
                 "National address: [[address:Building {n}, King Saud Street, Al Aziziyah District]]",
                 "Address in Japan: [[address:{n2}-{n2}-{n2} Kita-Shinjuku]]",
                 "Lives at [[address:{n} {street} Avenue, Apt {n2}C]] with her son.",
                 "Adres: [[address:Westerstraat {n}-II]]",
                 "Lives at [[address:Flat {n2}, {street} House, {n} Mill Road]].",
                 "Postal address: [[address:P.O. Box {n}]]"],
     "place": ["Referred from a health centre outside {city}.",
               "She commutes by matatu from {city}.", "Tempat lahir: {city}.",
               "Geburtsort: {city}.", "Naturalidade: {city}.", "Procedencia: {city}.",
               "Worked as a fisherman in {city} until his stroke.",
               "Her family are in {city} and visit at weekends.",
               "He flew in from {city} for a second opinion.",
               "Moved from {city} to [[place:Footscray]] in 2009.",
               "The cluster was traced to a wedding in {city}.",
               "Lives in a kampung near {city}.", "{city} resident; sells fruit at the market."],
     "zip": ["Postal code: {v}", "Post code (from the ID card) {v}.",
             "Postcode for the transport booking: {v}", "Postal/ZIP code {v}; no recent moves.",
             "Lives in postal district {v}.", "Ambulance sent to postal code {v}."],
     "date": ["Aufnahme {v}.", "Entlassung: {v}", "Tanggal masuk: {v}", "Tarikh lahir: {v}",
              "Date d'entrée : {v}", "Fecha de ingreso: {v}", "Geburtsdatum {v}",
              "Admitted {v} via the emergency department.", "She was born {v} in a rural district.",
              "Date of death: {v}", "Last menstrual period {v}.", "Verstorben am {v}.",
              "Operation on {v}; drain removed on day 2."],
     "mrn": ["Pat.-Nr. {v} - please quote in all correspondence.",
             "Nomor rekam medis pasien: {v}.", "The prontuário number {v} is on the wristband.",
             "Dossier {v} retrieved from the archives.",
             "Old EMR number {v} was merged into the new record.",
             "{v} is the hospital file number on her clinic card."],
     "health_plan": ["Covered by NHIF, member no. {v}.", "Insured with the AOK, KVNR {v}.",
                     "BPJS Kesehatan card {v} shown at registration.",
                     "Thiqa card {v} valid until next year.",
                     "Her Carte Vitale ({v}) was read at admission.",
                     "OHIP {v}; version code confirmed."],
     "account": ["Transfer the refund to IBAN {v}.", "Invoice {v} remains unpaid.",
                 "Self-pay deposit posted to account {v}.",
                 "Mobile-money payment referenced to hospital account {v}."],
     "licence": ["Führerschein {v} was handed to the police.",
                 "Her passport {v} is held by the agency.",
                 "Registered with the medical council under {v}.",
                 "Death certificate {v} issued by the duty doctor.",
                 "Birth certificate no. {v} was used as ID for the child."],
     "vehicle": ["Motorbike (boda boda) {v} collided with a matatu.",
                 "Police report lists the car as {v}.",
                 "Kennzeichen {v}, car, frontal collision at 60 km/h.",
                 "The ojek's plate was {v}.", "Hit by a taxi, plate {v}, at the roundabout.",
                 "The car (chassis no. {vin}) was written off.",
                 "VIN {vin} of the rental car was in the police report."],
     "device": ["Pacemaker Seriennummer {v} interrogated: normal function.",
                "CGM transmitter {v} replaced on day 3.",
                "Hearing aid serial {v} reported lost on the ward.",
                "Impella device identifier {v} recorded in theatre.",
                "The home hub (MAC [[device:00:1B:44:11:3A:B7]]) went offline.",
                "Her phone (IMEI [[device:35-209900-176148-1]]) was logged in lost property.",
                "The glucometer's Bluetooth address [[device:C8:2B:96:0E:71:5D]] was unpaired."],
     "other_id": ["Emirates ID {v} scanned at registration.", "Iqama {v}; sponsor informed.",
                  "NIK {v} sesuai KTP.", "Identity checked against MyKad {v}.",
                  "PESEL {v} confirmed with the patient.", "RUT {v}; FONASA tramo B.",
                  "DNI {v}.", "UNHCR case number {v} on the referral letter.",
                  "Her A-number {v} appears on the USCIS letter."],
     "ssn": ["His SSN ({v}) was needed for the Medicare application.",
             "Social Security card shows {v}.", "SSN {v} - verified against the insurance card.",
             "{v} is the SSN on the disability form."],
     "phone": ["Handy des Sohnes: {v}.", "No. HP keluarga: {v}",
               "Contact her daughter by WhatsApp on {v}.", "Tél. portable : {v}",
               "Celular da filha {v}.", "Call {v} (brother, works nights).",
               "Telefone para contato: {v}"],
     "fax": ["Arztbrief per Fax an {v}.", "Faks ke Puskesmas: {v}", "Télécopie : {v}",
             "Please fax the histology to {v}.", "{v} (fax, referring clinic)"],
     "email": ["E-Mail der Tochter: {v}", "Send the discharge summary to {v} as well.",
               "Email keluarga: {v}", "Son asked for updates at {v}.", "Courriel : {v}",
               "Correo electrónico: {v}", "Wrote to us from {v} with photos of the wound."],
     "url": ["The family started a crowdfunding page: {v}", "Her vlog ({v}) documents the dialysis.",
             "He posts his glucose readings on {v} every evening.",
             "A harambee page, {v}, raised the deposit.", "Links: {v}"],
     "ip": ["Telemonitoring gateway {v} stopped sending on day 3.",
            "Portal login from {v} (flagged by IT).", "The CPAP modem reported from {v}.",
            "IP-Adresse {v} im Log.", "Remote consult connected from {v}."]},
    ["{v} (= {kw})", "{v} \u2014 {kw} on the wristband", "{v}, {kw} as per the transfer form",
     "{v} [{kw}, checked twice]"],
    ["Comparable cases were reported by Müller et al. (https://doi.org/10.3238/arztebl.m2021.{n}).",
     "The Malaysian CPG (https://www.moh.gov.my/moh/resources/Penerbitan/CPG/{n}.pdf) recommends "
     "early fluids.",
     "See the WHO guidance at https://www.who.int/publications/i/item/9789240{n}{n} and PMID "
     "3{n}{n}.",
     "A SciELO series (https://www.scielo.br/j/rbti/a/{n}x{n}/) described the same pattern.",
     "Recommandations HAS : https://www.has-sante.fr/jcms/p_{n}{n}/fr/."],
    True, values=FRESH8_VALUES, age=_fresh8_age, styles=FRESH8_STYLES)

# ---------------------------------------------------------------- whole hand-written notes

_LETTERS = {
    "arztbrief": (
        "ARZTBRIEF (translated from German)\nKlinik für Kardiologie, Station 4B\n\n"
        "Re: Herr [[name:Jürgen Weißenborn]], born [[date:14.02.1931]], resident at "
        "[[address:Am Weendespring 7b]], [[zip:37077]] [[place:Göttingen]]\n"
        "Pat.-Nr. [[mrn:20419873]]; KVNR [[health_plan:K482913370]]\n\n"
        "Dear colleague,\nwe report on the above patient, treated as an inpatient from "
        "[[date:03.03.2025]] to [[date:11.03.2025]]. Diagnoses: decompensated HFrEF (LVEF 30 %), "
        "NYHA III; persistent AF (CHA2DS2-VASc 5). The [[age:94-year-old]] was admitted via the "
        "Chest Pain Unit. Medication at discharge: torasemide 10 mg 1-0-0, apixaban 2.5 mg 1-0-1. "
        "His daughter, Frau [[name:Weißenborn-Kraus]], can be reached on "
        "[[phone:+49 551 3912 4470]].\nWith collegial regards"),
    "malaysia": (
        "RINGKASAN DISCAJ / DISCHARGE SUMMARY\nWad 7C Perubatan\n"
        "Nama: [[name:Nurul Aina binti Hassan]]\nNo. KP: [[other_id:880416-14-5562]]\n"
        "No. RN: [[mrn:RN0048213]]\nTarikh masuk: [[date:2 Mac 2025]]   Tarikh discaj: "
        "[[date:9 Mac 2025]]\nAlamat: [[address:No. 14, Jalan SS 21/37]], [[zip:47400]] "
        "[[place:Petaling Jaya]], Selangor\nNo. HP: [[phone:012-384 7719]]\n"
        "Diagnosis: dengue fever with warning signs (WHO 2009); platelet nadir 18 x10^9/L on day 5."),
    "indonesia": (
        "RESUME MEDIS\nBangsal Penyakit Dalam\nPasien: Ibu [[name:Sri Wahyuningsih]], "
        "[[age:91 tahun]]\nNo. RM: [[mrn:01-22-93-47]]; No. BPJS: [[health_plan:0001839204417]]; "
        "NIK [[other_id:3578014412330002]]\nAlamat: [[address:Jl. Kenjeran No. 212, RT 04/RW 02]], "
        "[[place:Surabaya]]\nMasuk [[date:Senin, 17 Agustus 2025]]; pneumonia komunitas, CURB-65 3. "
        "Terapi: ceftriaxone 2 g IV 1x1, azitromisin 500 mg 1x1.\nAnak: [[name:Wahyudi]], "
        "HP [[phone:0813-3390-4471]]"),
    "kenya": (
        "MALE MEDICAL WARD - ADMISSION NOTE\nName: [[name:Kiprotich arap Rotich]]  IP No: "
        "[[mrn:KTL/IP/2025/04417]]\nNHIF no. [[health_plan:48213370]]; national ID "
        "[[other_id:23418870]]\nResidence: [[place:Kitale]], [[address:Plot 14, Kenyatta Street]]\n"
        "Brought by boda boda [[vehicle:KMFA 221Y]] at night. Wife [[name:Chebet]], tel. "
        "[[phone:0722 418 093]].\nPC: fever x 5/7. mRDT +ve; Hb 6.8 g/dL; 1 unit whole blood; "
        "IV artesunate 2.4 mg/kg."),
    "uganda": (
        "REFERRAL NOTE - Health Centre IV to Regional Referral Hospital\nPatient: [[name:Nakato "
        "Sarah]], F, Age: [[age:93 yrs]]\nVillage: near [[place:Gulu]]\nContact: son "
        "[[name:Okello]], [[phone:+256 772 418 339]]\nReason: obstructed hernia; Kampala Trauma "
        "Score not applicable. Given IV fluids 1 L, ceftriaxone 2 g. Referred on "
        "[[date:4/Jun/2025]]."),
    "vietnam-australia": (
        "Dear Dr [[name:Tran]],\n\nRe: Mrs [[name:Nguyễn Thị Hương]], DOB [[date:12/07/1934]] "
        "([[age:91]])\n[[address:3/41 John Street]], [[place:Cabramatta]] NSW [[zip:2166]]\n"
        "Medicare no. [[health_plan:2950418731]]; home [[phone:(02) 9726 4418]]; daughter "
        "[[name:Linh]] [[phone:0412 338 907]]\n\nThank you for seeing this lady with a 6-week "
        "history of postmenopausal bleeding; endometrial thickness 14 mm on TV US. Vietnamese-"
        "speaking; interpreter required.\n\nKind regards,\nDr [[name:Lê Quang Minh]]"),
    "uk-ed-polish": (
        "ED CAS CARD - Majors\nInterpreter: telephone, Polish\nName: [[name:Zbigniew Dąbrowski]]  "
        "Hosp no: [[mrn:M4471029]]  NHS no: [[health_plan:485 777 3456]]\nPESEL (ID card): "
        "[[other_id:35021204417]]\nAddress: [[address:Flat 6, 22 Coronation Road]], "
        "[[place:Peterborough]] [[zip:PE1 4JQ]]\nNOK: wife [[name:Halina]] "
        "[[phone:+48 601 447 218]] (in Poland)\nFall on ice; Canadian C-spine rule low risk; "
        "Ottawa ankle rules positive; Weber B fracture."),
    "uk-ed-turkish": (
        "Triage 02:14\n[[name:Gökhan Öztürk]], 54 M, via ambulance after a collision; his hire car "
        "([[vehicle:34 KLM 482]], VIN [[vehicle:WVWZZZ1KZ6W418229]]) hit a lamp post. Brother "
        "[[name:Serkan]] on [[phone:+90 532 418 33 90]]. TC Kimlik No [[other_id:41882233950]].\n"
        "GCS 15; seat-belt sign; FAST negative; CT per NICE head injury guidance."),
    "brazil": (
        "PRONTUÁRIO - EVOLUÇÃO AMBULATORIAL\nPaciente: [[name:Maria das Graças Magalhães]], "
        "[[age:92 anos]]\nCNS: [[health_plan:708401233641158]]; RG [[other_id:12.345.678-9]]\n"
        "Endereço: [[address:Rua Barão de Jaguara, 1481, apto 52]], [[place:Campinas]] - SP, CEP "
        "[[zip:13015-002]]\nTel.: [[phone:(19) 99812-4473]]\nData: [[date:14/05/2025]]\n"
        "Queixa: dispneia aos médios esforços; BNP 1.240 pg/mL; NYHA III."),
    "france": (
        "COMPTE RENDU D'HOSPITALISATION - Service de Médecine Interne\nPatiente : Mme "
        "[[name:Solène Lefèvre]], née le [[date:3 janvier 1933]], [[age:92 ans]]\nIPP : "
        "[[mrn:8004417392]]\nN° de sécurité sociale : [[health_plan:2 33 01 69 123 045 76]]\n"
        "Adresse : [[address:12 bis, rue des Tanneurs]], [[zip:59100]] [[place:Roubaix]]\n"
        "Tél. : [[phone:03 20 45 67 89]]\nHospitalisée du [[date:2 mars 2025]] au "
        "[[date:10 mars 2025]] pour pyélonéphrite aiguë à E. coli BLSE. Sortie sous ertapénème "
        "1 g/j.\nConfraternellement, Dr [[name:Benoît Marchal]]"),
    "uae": (
        "INPATIENT NOTE - Internal Medicine\nPatient: Mr [[name:Khalid bin Saeed Al-Mansouri]], "
        "[[age:96 years old]]\nEmirates ID [[other_id:784-1929-4471823-6]]; Thiqa "
        "[[health_plan:1008847213]]; MRN [[mrn:AA00418827]]\nAddress: [[address:Villa 17, "
        "Street 24, Al Jimi]], [[place:Al Ain]]\nSon [[name:Saeed]] [[phone:+971 50 418 2273]], "
        "[[email:saeed.almansouri@example.ae]]\nPlan: insulin adjusted for Ramadan; HbA1c 8.1%."),
    "saudi": (
        "ER NOTE\nMr [[name:Rajan Pillai]], 47, construction worker. Iqama [[other_id:2418839201]]; "
        "passport [[licence:T4418822]]. Lives in company housing, [[address:Building 4412, "
        "King Saud Street, Al Aziziyah District]], [[place:Al Khobar]] [[zip:34424-7718]].\n"
        "Heat stroke: core temperature 41.2 C; cooled with ice packs; CK 18,400 U/L."),
    "chile": (
        "EPICRISIS - Servicio de Medicina Interna\nNombre: [[name:Ignacio Fernández Ruiz]]; RUT "
        "[[other_id:8.417.322-K]]; ficha clínica [[mrn:1044718]]\nPrevisión: FONASA tramo B\n"
        "Domicilio: [[address:Pasaje Los Aromos 345]], [[place:Temuco]]\nIngreso: "
        "[[date:12-04-2025]]; egreso: [[date:19-04-2025]]\nNeumonía, CURB-65 2; ceftriaxona 2 g/día."),
    "argentina": (
        "HISTORIA CLÍNICA - Guardia\nPaciente: [[name:Begoña de la Fuente]], DNI "
        "[[other_id:4.418.229]], [[age:94 años]]; obra social nº [[health_plan:15-04418832-00]]\n"
        "Domicilio: [[address:Av. Colón 2241, 3° B]], [[place:Mar del Plata]] ([[zip:B7600FYL]]); "
        "tel. [[phone:+54 9 223 418-2290]]\nCaída de su propia altura; fractura de cadera, Garden IV."),
    "us-korean": (
        "NEW PATIENT VISIT - Internal Medicine\nPreferred language: Korean; certified interpreter.\n"
        "Patient: [[name:Kim Soon-ja]], [[age:93 y/o]] F. DOB [[date:04/18/1932]]. MRN "
        "[[mrn:E00418827]]. Medicare MBI [[health_plan:4HT8-QR2-MV73]]. SSN [[ssn:418-27-3390]].\n"
        "Lives with her son [[name:Daniel Kim]] at [[address:1402 Palisade Ave, Apt 5C]], "
        "[[place:Fort Lee]], NJ [[zip:07024]]. Cell [[phone:(201) 418-7723]]; email "
        "[[email:daniel.kim418@example.com]].\nA/P: HTN, CKD 3a (eGFR 52)."),
    "us-japanese": (
        "Mrs [[name:Sachiko Yamaguchi]], born [[date:1931年6月3日]], moved from [[place:Sendai]] "
        "(〒[[zip:980-0811]]) to [[place:Torrance]] to live with her daughter. The Japanese "
        "referral letter dated [[date:2025年2月14日]] lists a pacemaker, serial "
        "[[device:PJM418229]], implanted for complete heart block. Daughter's cell "
        "[[phone:+1 310 418 2277]]."),
    "netherlands": (
        "Verwijsbrief (translated from Dutch)\nMevrouw [[name:Anneliese van der Meulen]], geboren "
        "[[date:22 november 1932]], BSN [[other_id:123456782]]\nAdres: [[address:Westerstraat "
        "41-II]], [[zip:8011 KL]] [[place:Zwolle]]; tel. [[phone:+31 38 421 8771]]\n"
        "Polisnummer [[health_plan:ZK-441882213]]\nGraag beoordeling van progressieve dyspneu; "
        "NT-proBNP 2,300 pg/mL."),
    "icu-devices": (
        "CICU NOTE\nImpella CP in situ, UDI [[device:(01)00813502010418(17)270930(21)IMP44182]]; "
        "the family's tablet (MAC [[device:A4:83:E7:2C:41:9F]]) is on the guest wifi. "
        "Telehealth review connected from [[ip:2001:0db8:4418:0000:0000:8a2e:0370:7334]]. "
        "Daughter [[name:Hana Park]] keeps a vlog at [[url:https://video.example.com/@hana.park.icu]]."),
    "patient-perspective": (
        "In her own words (translated from Malay): \"My grandson [[name:Amirul]] drove me in his "
        "car, [[vehicle:WXY 4821]], from [[place:Ipoh]] on [[date:Jumaat, 8 Ogos 2025]].\" She was "
        "[[age:ninety-four]] at the time and wants others to know dengue can be severe."),
    # ------------------------------------------------------------ whole clean letters
    "clean-arztbrief": (
        "ARZTBRIEF (translated from German)\nKlinik für Innere Medizin II, Station 4B, Chest Pain "
        "Unit\nDiagnoses: NSTEMI (GRACE 142), HFmrEF (LVEF 45 %), CKD G3a (eGFR 48 ml/min/1,73 m²).\n"
        "Coronary angiography: 90% stenosis of the RCA, treated with a 3.5 x 18 mm DES.\n"
        "Medication: ASS 100 mg 1-0-0, ticagrelor 90 mg 1-0-1, bisoprolol 2.5 mg 1-0-0, "
        "atorvastatin 80 mg 0-0-1.\nICD-10-GM I21.4; OPS 8-837.00. Follow-up in the heart "
        "failure clinic in 6 weeks; per the 2023 ESC ACS guideline."),
    "clean-district": (
        "PAEDIATRIC WARD ROUND, bed 14\nDay 3 of IV artesunate; parasitaemia 2% -> 0.1%.\n"
        "Hb 7.1 -> 9.4 g/dL after 20 mL/kg whole blood; RBS 6.2 mmol/L.\nBlantyre Coma Score 5; "
        "weight 14 kg; MUAC 13.2 cm.\nPlan: switch to AL 1 tab BD x 3 days; discharge in 48 h."),
    "clean-discussion": (
        "Discussion: Dengue with warning signs is common in Southeast Asia (Tan et al., 2019). "
        "The revised Atlanta classification and the Tokyo Guidelines 2018 were applied to the "
        "abdominal findings. A Glasgow Coma Scale of 15 and a Clinical Frailty Scale of 4 "
        "supported ward care; the Coronary Care Unit was not needed."),
    "clean-gulf": (
        "DIABETES CLINIC\nHbA1c 9.4% (79 mmol/mol); fasting glucose 11.2 mmol/L.\nRamadan risk "
        "category: high (IDF-DAR 2021 score 7).\nInsulin glargine 24 units -> 16 units at iftar; "
        "aspart 6-6-6 units.\nReview in 4 weeks; eGFR 62; urine ACR 14 mg/mmol."),
}
_LETTER_SECTIONS = {"clean-discussion": "discussion"}


def _letter(key: str, marked: str) -> Note:
    note = parse(f"fresh8-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, _LETTER_SECTIONS.get(key))


FRESH8_LETTERS: tuple[Note, ...] = tuple(_letter(k, v) for k, v in _LETTERS.items())
FRESH8: tuple[Note, ...] = build(FRESH8_PART, per_category=28, clean=44, references=8) + FRESH8_LETTERS
# DONE

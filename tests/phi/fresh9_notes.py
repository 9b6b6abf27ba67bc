"""FRESH9: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind: its author read only tests/phi/generated.py (the framework), tests/phi/corpus.py
(the Note type and the span conventions) and the Safe Harbor rules (45 CFR 164.514(b)(2)); not
the scanner, its benchmark, its tests or the other fresh parts, and the scanner was not run
while writing it. Its vocabulary, values, keywords, connectors, frames and note styles are its
own, from settings the other parts do not use: a US nursing-home transfer form, an Australian
rural retrieval note, a Nigerian antenatal clinic card, an Indian private-hospital discharge
card (Hindi/English), Pakistani and Bangladeshi OPD slips, Egyptian and Jordanian ward notes in
English, a Mexican IMSS note and Colombian/Peruvian notes (Spanish), a Portuguese nota de alta,
a Belgian/Swiss lettre de sortie, an Italian lettera di dimissione, a Scandinavian epicrisis in
English, a South African PHC clinic note, a Filipino OFW record, Hong Kong and Singapore ward
notes (Chinese names in several orders), a telehealth chat, an SBAR handover, a laboratory
requisition, a pharmacy label, an ambulance run sheet and a referral e-mail; plus a few
hand-written letters (FRESH9_LETTERS) where a country's keyword, postcode and city agree.

Conventions (tests/phi/corpus.py's): a name without its title or honorific (Mr, Sra., Smt.,
Sh., Dr, Gogo, "Umm"); a full name in any order is one span ("CHAN Tai-man", "Md. Abdul
Quddus"); "W/o", "s/o" separate two names; an identifier without its keyword; an age with its
attached unit, in any language ("93 años", "nonante-deux ans", "91-årig", "92 taong gulang",
"93歲") or the number alone; a date without its preposition or article ("le", "il", "den"),
with a weekday right before it and a time right after it; LMP and EDD are dates of the
patient. Street line, locality, city and postcode are separate spans; a named hospital is a
place, a ward or unit is not. Category choices: `ssn` is a US Social Security number only;
other countries' national and social-security numbers (CURP, CNIC, NID, Aadhaar-like, SA ID,
HKID, NRIC, personnummer, CPR, NIF, codice fiscale, SSS) are `other_id`; national health
insurance numbers (IMSS afiliación, NHIS, PhilHealth, Medicare AU, SNS utente, TEAM, mutuelle)
are `health_plan`; passports, driving licences, professional registrations and certificates
are `licence`. Clean notes (and the unmarked parts of every note) hold doses, scores and
rules named after places and people, lab values, unit names, guideline bodies and citations.

Built (build(FRESH9_PART, per_category=27, clean=42, references=8) + FRESH9_LETTERS): 592
notes, 53 of them clean, 720 spans; deterministic (own seeds, no hash-order dependence). Not
wired into any test or bench: measure it once.

    from tests.phi.fresh9_notes import FRESH9, FRESH9_PART
The notes, values and people are invented; any resemblance to a real one is chance.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
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

# ---------------------------------------------------------------- local words

_ES_MONTHS = SPANISH_MONTHS
_PT_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
              "setembro", "outubro", "novembro", "dezembro"]
_FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"]
_IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
              "settembre", "ottobre", "novembre", "dicembre"]
_SV_MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
              "september", "oktober", "november", "december"]
_NO_MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
              "september", "oktober", "november", "desember"]
_DA_MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
              "september", "oktober", "november", "december"]
_TL_MONTHS = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto",
              "Setyembre", "Oktubre", "Nobyembre", "Disyembre"]
_ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
_FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
_SV_DAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]

_UNITS_ES = ["", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
_UNITS_FR = ["", "et-un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
_IT_90S = ["novanta", "novantuno", "novantadue", "novantatré", "novantaquattro",
           "novantacinque", "novantasei", "novantasette", "novantotto", "novantanove"]
_DA_90S = ["halvfems", "enoghalvfems", "tooghalvfems", "treoghalvfems", "fireoghalvfems",
           "femoghalvfems", "seksoghalvfems", "syvoghalvfems", "otteoghalvfems", "nioghalvfems"]
_SV_90S = ["nittio", "nittioett", "nittiotvå", "nittiotre", "nittiofyra", "nittiofem",
           "nittiosex", "nittiosju", "nittioåtta", "nittionio"]
_EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _es_words(n: int) -> str:
    return "noventa" + (f" y {_UNITS_ES[n - 90]}" if n > 90 else "")


def _fr_words(n: int) -> str:  # Belgian and Swiss French: nonante
    return "nonante" + (f"-{_UNITS_FR[n - 90]}" if n > 90 else "")


def _en_words(n: int) -> str:
    return "ninety" + (f"-{_EN_UNITS[n - 90]}" if n > 90 else "")


# ---------------------------------------------------------------- value shapes


def _fresh9_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1924, 2025)
    month = _MONTHS[m - 1]
    hh, mm = r.randint(0, 23), r.randint(0, 59)
    return r.choice([f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{d}{_ordinal(d)} {month}, {y}",
                     f"{d}-{month[:3]}-{y % 100:02d}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}",
                     f"{y}年{m}月{d}日", f"{r.choice(_WEEKDAYS)[:3]}, {d} {month[:3]} {y}",
                     f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}", f"{month[:3].upper()}-{d:02d}-{y}",
                     f"{d} {month} {y}", f"{m:02d}-{d:02d}-{y}", f"{d}/{m}/{y}"])


def _fresh9_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 99) if r.random() < 0.8 else r.randint(100, 106)
    small = min(n, 99)
    return r.choice([
        ("Edad: {age}", f"{n} años"), ("paciente femenina de {age}", f"{n} años de edad"),
        ("paciente de {age}, viuda, vive con su nieta", f"{_es_words(small)} años"),
        ("Âge : {age}", f"{n} ans"), ("patiente de {age}, vit seule à domicile", f"{_fr_words(small)} ans"),
        ("Età: {age}", f"{n} anni"), ("uomo di {age}, vedovo", f"{_IT_90S[small - 90]} anni"),
        ("Ålder: {age}", f"{n} år"), ("{age} kvinna med demens", f"{n}-årig"),
        ("{age} mand fra plejehjem", f"{n}-årig"), ("en {age} kvinde", f"{_DA_90S[small - 90]}-årig"),
        ("hon är {age}", f"{_SV_90S[small - 90]} år gammal"),
        ("Idade: {age}", f"{n} anos"), ("Age/Sex: {age}/F", f"{n}Y"), ("Umar {age}", f"{n} saal"),
        ("आयु: {age}", f"{n} वर्ष"), ("Pasyente, {age}, bedridden", f"{n} taong gulang"),
        ("{age} 女, from an old age home", f"{n}歲"), ("gogo, {age}, lives with grandchildren", f"{n} yrs"),
        ("a {age} veteran from the SNF", f"{_en_words(small)}-year-old"),
        ("{age}F, BIBA from the MPS", f"{n}"), ("Age: {age}   Sex: M   Code: DNR", f"{n}"),
        ("grandmother ({age}) accompanies her", f"{n} y/o"), ("aged {age}", f"{n} yrs")])


def _fresh9_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"0803 {_digits(r, 3)} {_digits(r, 4)}", f"+234 (0) 70{_digits(r, 1)} {_digits(r, 3)} {_digits(r, 4)}",
        f"(08) {r.randint(8, 9)}{_digits(r, 3)} {_digits(r, 4)}", f"+61 8 {_digits(r, 4)} {_digits(r, 4)}",
        f"+91 98{_digits(r, 3)} {_digits(r, 5)}", f"0{r.randint(11, 80)}-{_digits(r, 4)} {_digits(r, 4)}",
        f"030{r.randint(0, 9)}-{_digits(r, 7)}", f"+92 42 {_digits(r, 4)} {_digits(r, 4)}",
        f"017{_digits(r, 2)}-{_digits(r, 6)}", f"+880 1{_digits(r, 3)} {_digits(r, 6)}",
        f"+20 10 {_digits(r, 4)} {_digits(r, 4)}", f"+962 7 9{_digits(r, 3)} {_digits(r, 4)}",
        f"55 {_digits(r, 4)} {_digits(r, 4)}", f"+52 1 33 {_digits(r, 4)} {_digits(r, 4)}",
        f"+57 31{_digits(r, 1)} {_digits(r, 3)} {_digits(r, 4)}", f"(01) {_digits(r, 3)}-{_digits(r, 4)}",
        f"+351 91{_digits(r, 1)} {_digits(r, 3)} {_digits(r, 3)}", f"22 {_digits(r, 3)} {_digits(r, 4)}",
        f"+32 2 {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}", f"0475 {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
        f"+41 22 {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}", f"079 {_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}",
        f"+39 06 {_digits(r, 4)} {_digits(r, 4)}", f"33{_digits(r, 1)} {_digits(r, 7)}",
        f"08-{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 2)}", f"070-{_digits(r, 3)} {_digits(r, 2)} {_digits(r, 2)}",
        f"+47 9{_digits(r, 2)} {_digits(r, 2)} {_digits(r, 3)}", f"+45 {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)}",
        f"082 {_digits(r, 3)} {_digits(r, 4)}", f"(011) {_digits(r, 3)}-{_digits(r, 4)}",
        f"+63 917 {_digits(r, 3)} {_digits(r, 4)}", f"0918-{_digits(r, 3)}-{_digits(r, 4)}",
        f"+852 9{_digits(r, 3)} {_digits(r, 4)}", f"+65 8{_digits(r, 3)} {_digits(r, 4)}",
        f"({r.randint(201, 989)}) {r.randint(200, 989)}-{_digits(r, 4)}"])


def _iban(r: random.Random) -> str:
    return r.choice([
        f"PT50 {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 1)}",
        f"BE{_digits(r, 2)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}",
        f"CH{_digits(r, 2)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 1)}",
        f"IT{_digits(r, 2)}{_letters(r, 1)}{_digits(r, 10)}{_digits(r, 12)}",
        f"SE{_digits(r, 2)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}"])


FRESH9_VALUES = {
    "mrn": lambda r, h: r.choice([f"HN{_digits(r, 8)}({r.randint(0, 9)})", f"{_digits(r, 2)}/{_digits(r, 5)}",
                                  f"{_letters(r, 2)}{_digits(r, 8)}", f"{_digits(r, 4)}-{_digits(r, 2)}",
                                  f"{_digits(r, 2)}-{_digits(r, 6)}", f"{_digits(r, 6)}{_letters(r, 1)}",
                                  f"F{_digits(r, 5)}/{r.randint(18, 25)}", f"{_digits(r, 3)}.{_digits(r, 3)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 4)} {_digits(r, 1)}",  # IMSS
        f"{_digits(r, 2)}-{_digits(r, 9)}-{_digits(r, 1)}",  # PhilHealth
        f"{r.randint(2, 6)}{_digits(r, 3)} {_digits(r, 5)} {_digits(r, 1)}-{r.randint(1, 5)}",  # AU Medicare + IRN
        f"{_letters(r, 2)}/{_digits(r, 4)}/{_digits(r, 5)}", _digits(r, 9),  # SNS utente
        f"80756{_digits(r, 15)}", f"{_digits(r, 3)}/{_digits(r, 6)}/{_digits(r, 2)}",
        f"{_letters(r, 1)}{_digits(r, 2)}-{_letters(r, 3)}-{_digits(r, 5)}"]),
    "account": lambda r, h: r.choice([_iban(r), _digits(r, 10), f"{_digits(r, 18)}",
                                      f"B{_digits(r, 2)}-{_digits(r, 6)}", f"{_digits(r, 3)}-{_digits(r, 7)}-{_digits(r, 1)}",
                                      f"{_digits(r, 4)}-{_digits(r, 4)}", f"{_letters(r, 1)}{_digits(r, 9)}"]),
    "licence": lambda r, h: r.choice([f"{_letters(r, 1)}{_digits(r, 7)}", f"0{_digits(r, 6)}",
                                      f"{_digits(r, 5)}-{_letters(r, 1)}", f"{_digits(r, 8)}",
                                      f"{_letters(r, 2)}{_digits(r, 7)}", f"P{_digits(r, 7)}{_letters(r, 1)}",
                                      f"{_letters(r, 3)}-{_digits(r, 2)}-{_digits(r, 6)}", f"{_digits(r, 5)}"]),
    "vehicle": lambda r, h: r.choice([f"{_letters(r, 3)}-{_digits(r, 3)}{_letters(r, 2)}",  # NG
                                      f"{_digits(r, 2)}-{_letters(r, 2)}-{_digits(r, 2)}",  # PT
                                      f"{r.randint(1, 2)}-{_letters(r, 3)}-{_digits(r, 3)}",  # BE
                                      f"{r.choice(['GE', 'VD', 'ZH', 'FR'])} {_digits(r, 6)}",  # CH
                                      f"{_letters(r, 2)} {_digits(r, 3)}{_letters(r, 2)}",  # IT
                                      f"{_letters(r, 3)} {_digits(r, 2)}{_letters(r, 1)}",  # SE
                                      f"{_letters(r, 3)}-{_digits(r, 3)}-{_letters(r, 1)}",  # MX
                                      f"{_letters(r, 2)} {_digits(r, 2)} {_letters(r, 2)} GP",  # ZA
                                      f"{_letters(r, 3)} {_digits(r, 4)}",  # PH
                                      f"S{_letters(r, 2)}{_digits(r, 4)}{_letters(r, 1)}",  # SG
                                      f"LE{_letters(r, 1)}-{_digits(r, 2)}-{_digits(r, 4)}"]),  # PK
    "vin": lambda r, h: f"{_letters(r, 3)}{_digits(r, 2)}{_letters(r, 3)}{_digits(r, 9)}",
    "device": lambda r, h: r.choice([f"{_letters(r, 2)}{_digits(r, 7)}{_letters(r, 1)}",
                                     f"(01){_digits(r, 14)}(21){_letters(r, 2)}{_digits(r, 5)}",
                                     f"{_digits(r, 4)}{_letters(r, 2)}{_digits(r, 4)}", f"{_digits(r, 11)}",
                                     f"{_letters(r, 1)}{_digits(r, 2)}{_letters(r, 1)}-{_digits(r, 6)}"]),
    "other_id": lambda r, h: r.choice([
        f"{_letters(r, 4)}{_digits(r, 6)}{r.choice('HM')}{_letters(r, 5)}{_digits(r, 2)}",  # CURP
        f"{_digits(r, 5)}-{_digits(r, 7)}-{r.randint(1, 9)}",  # CNIC
        f"{_digits(r, 13)}",  # SA ID / BD NID
        f"{_letters(r, 1)}{_digits(r, 6)}({r.randint(0, 9)})",  # HKID
        f"{r.choice('ST')}{_digits(r, 7)}{_letters(r, 1)}",  # NRIC
        f"{r.randint(19, 20)}{_digits(r, 6)}-{_digits(r, 4)}",  # personnummer
        f"{_digits(r, 6)}-{_digits(r, 4)}",  # CPR
        f"{_letters(r, 6)}{_digits(r, 2)}{_letters(r, 1)}{_digits(r, 2)}{_letters(r, 1)}{_digits(r, 3)}{_letters(r, 1)}",
        f"{_digits(r, 2)}-{_digits(r, 7)}-{_digits(r, 1)}",  # SSS
        f"{_digits(r, 2)}.{_digits(r, 2)}.{_digits(r, 2)}-{_digits(r, 3)}.{_digits(r, 2)}"]),  # BE NN
    "ssn": lambda r, h: r.choice([
        f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(101, 665)}{r.randint(10, 99)}{r.randint(1000, 9999)}"]),
    "phone": _fresh9_phone,
    "fax": _fresh9_phone,
    "email": lambda r, h: r.choice(["{g}.{s}{n}@example.com.ng", "{s}_{g}@example.co.za",
                                    "{g}{s}@example.com.mx", "{g}.{s}@example.pt", "{s}{n}@example.ch",
                                    "{g}.{s}@example.it", "{g}{n}@example.ph", "{s}.{g}@example.com.hk"]),
    "url": lambda r, h: r.choice(["https://www.example.com.ng/{g}-{s}-appeal",
                                  "https://chat.example.ph/u/{g}{n}", "example.com.mx/{s}/{g}",
                                  "http://{g}-{s}.example.se/blogg", "https://donate.example.co.za/{g}{s}"]),
    "ip": lambda r, h: r.choice([f"41.{r.randint(58, 223)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"198.51.100.{r.randint(1, 254)}",
                                 f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 65535):x}:{r.randint(1, 65535):x}"]),
    "zip": lambda r, h: _digits(r, 5),
    "date": _fresh9_date,
}

# ---------------------------------------------------------------- pre-drawn literal templates
# Places, postcodes and addresses that must agree (a Swiss NPA with a Swiss town), local
# dates and names in local orders: drawn once with their own seed into literal templates.

_R = random.Random(90_919)


def _d(r: random.Random) -> tuple[int, int, int]:
    return r.randint(1, 28), r.randint(1, 12), r.randint(1926, 2025)


def _local_dates(r: random.Random) -> list[str]:
    out: list[str] = []
    makers = [
        lambda d, m, y: f"Fecha de ingreso: [[date:{d} de {_ES_MONTHS[m - 1]} de {y}]]",
        lambda d, m, y: f"Última menstruación: [[date:{d:02d}/{_ES_MONTHS[m - 1][:3]}/{y}]]",
        lambda d, m, y: f"Se egresa el [[date:{_ES_DAYS[r.randint(0, 6)]} {d} de {_ES_MONTHS[m - 1]}]] por mejoría.",
        lambda d, m, y: f"F. nac.: [[date:{d:02d}-{m:02d}-{y}]]",
        lambda d, m, y: f"Óbito verificado em [[date:{d} de {_PT_MONTHS[m - 1]} de {y}]].",
        lambda d, m, y: f"Data de internamento: [[date:{y}-{m:02d}-{d:02d}]]",
        lambda d, m, y: f"Date d'entrée : [[date:{d} {_FR_MONTHS[m - 1]} {y}]]",
        lambda d, m, y: f"Née le [[date:{_FR_DAYS[r.randint(0, 6)]} {d} {_FR_MONTHS[m - 1]} {y}]].",
        lambda d, m, y: f"Hospitalisée du [[date:{d % 20 + 1:02d}.{m:02d}.{y}]] au [[date:{d % 20 + 8:02d}.{m:02d}.{y}]].",
        lambda d, m, y: f"È stato dimesso il [[date:{d} {_IT_MONTHS[m - 1]} {y}]].",
        lambda d, m, y: f"Ricoverato dal [[date:{_IT_DAYS[r.randint(0, 6)]} {d} {_IT_MONTHS[m - 1]}]] per dispnea.",
        lambda d, m, y: f"Data di nascita: [[date:{d:02d}/{m:02d}/{y % 100:02d}]]",
        lambda d, m, y: f"Inlagd [[date:{_SV_DAYS[r.randint(0, 6)]} {d} {_SV_MONTHS[m - 1]} {y}]] via akuten.",
        lambda d, m, y: f"Admitted (innlagt) [[date:{d}. {_NO_MONTHS[m - 1]} {y}]].",
        lambda d, m, y: f"Indlagt [[date:{d}. {_DA_MONTHS[m - 1]} {y}]] med pneumoni.",
        lambda d, m, y: f"Petsa ng kapanganakan: [[date:{_TL_MONTHS[m - 1]} {d}, {y}]]",
        lambda d, m, y: f"入院日期 Admission: [[date:{y}年{m}月{d}日]]",
        lambda d, m, y: f"LMP [[date:{d}/{m}/{y}]], EDD [[date:{d % 20 + 7}/{(m + 8) % 12 + 1}/{y + (1 if m > 3 else 0)}]] by dates.",
        lambda d, m, y: f"Bharti ki tareekh: [[date:{d:02d}-{_MONTHS[m - 1][:3]}-{y}]]",
        lambda d, m, y: f"DOA [[date:{d % 20 + 1}/{m}/{y}]] DOD [[date:{d % 20 + 5}/{m}/{y}]]",
    ]
    for make in makers:
        for _ in range(2):
            out.append(make(*_d(r)))
    return out


def _geo(r: random.Random) -> dict[str, list[str]]:
    """Coherent address, place and postcode templates per country."""
    def n() -> int:
        return r.randint(2, 480)

    address: list[str] = []
    place: list[str] = []
    zips: list[str] = []
    for _ in range(2):
        address += [
            f"Domicilio: [[address:Calle Sabino {n()}, Int. {r.randint(1, 9)}]], [[place:Col. Tlaxpana]], "
            f"[[place:Miguel Hidalgo]], C.P. [[zip:11{_digits(r, 3)}]].",
            f"Vive en [[address:Carrera {r.randint(7, 90)} # {r.randint(10, 99)}-{r.randint(10, 80)}, apto {n()}]], "
            f"[[place:Chapinero]], [[place:Bogotá]].",
            f"Dirección: [[address:Jr. Ayacucho {n()}]], [[place:Huancayo]], Junín.",
            f"Morada: [[address:Rua da Fonte Velha, {n()}, 2.º Esq.]], [[zip:5100-{_digits(r, 3)}]] [[place:Lamego]].",
            f"Adresse : [[address:Chemin des Pâquerettes {r.randint(1, 40)}]], [[zip:12{r.randint(10, 99)}]] [[place:Chêne-Bougeries]].",
            f"Domicile : [[address:Rue du Marché aux Herbes {n()}, boîte {r.randint(1, 9)}]], [[zip:5000]] [[place:Namur]].",
            f"Residente in [[address:Via dei Gelsomini {n()}, int. {r.randint(1, 20)}]], [[zip:70{_digits(r, 3)}]] [[place:Altamura]].",
            f"Address: [[address:Ringvägen {n()} lgh {r.randint(1001, 1404)}]], [[zip:{r.randint(751, 757)} {_digits(r, 2)}]] [[place:Uppsala]].",
            f"Bor i [[address:Nøkkelveien {r.randint(1, 90)}B]], [[zip:{r.choice(['4', '5'])}{_digits(r, 3)}]] [[place:Stavanger]].",
            f"R/o [[address:Flat 302, Shanti Kunj Apts, 4th Cross]], [[place:Jayanagar]], [[place:Mysuru]] - [[zip:570 0{_digits(r, 2)}]].",
            f"Address: [[address:House {n()}, Street {r.randint(1, 40)}, G-{r.randint(6, 11)}/{r.randint(1, 4)}]], [[place:Islamabad]].",
            f"Thikana: [[address:House {r.randint(1, 90)}, Road {r.randint(1, 27)}]], [[place:Mirpur DOHS]], [[place:Dhaka]]-[[zip:1216]].",
            f"Lives at [[address:{r.randint(2, 60)} Abdel Khalek Tharwat St, flat {r.randint(1, 30)}]], [[place:Heliopolis]].",
            f"Address: [[address:Building {r.randint(2, 90)}, Wasfi Al-Tal St]], [[place:Irbid]] [[zip:211{_digits(r, 2)}]].",
            f"Address: [[address:Plot {r.randint(2, 90)}, Olorunsogo Layout]], [[place:Ogbomoso]], Oyo State.",
            f"Stays at [[address:Stand {r.randint(1000, 9999)}, Ext {r.randint(2, 12)}]], [[place:Tembisa]] [[zip:16{_digits(r, 2)}]].",
            f"Home: [[address:Blk {r.randint(100, 699)} Bedok North St {r.randint(1, 4)}, #0{r.randint(2, 9)}-{r.randint(10, 300)}]], "
            f"Singapore [[zip:46{_digits(r, 4)}]].",
            f"Addr: [[address:Flat {r.randint(1, 40)}{r.choice('ABCDEFGH')}, {r.randint(2, 40)}/F, Block {r.randint(1, 9)}, Lok Wah Estate]], [[place:Kwun Tong]].",
            f"Home address: [[address:Lot {r.randint(1, 40)}, Blk {r.randint(1, 20)}, Sampaguita St.]], [[place:Brgy. Malanday]], "
            f"[[place:Marikina]] [[zip:18{_digits(r, 2)}]].",
            f"Resides at [[address:{r.randint(100, 9999)} Oak Hollow Dr, Apt {r.randint(1, 40)}{r.choice('ABC')}]], "
            f"[[place:Mishawaka]], IN [[zip:465{_digits(r, 2)}]].",
            f"Address: [[address:Lot {r.randint(2, 90)} Mitchell Hwy]], [[place:Bourke]] NSW [[zip:2840]].",
        ]
    place = [
        "Transferred from [[place:Hospital General de Zona No. 47]] for cath lab.",
        "Originaria de [[place:Tlaquepaque]], Jalisco; radica en [[place:Zapopan]].",
        "Procedente de [[place:Ayacucho]]; llegó a [[place:Lima]] hace 3 años.",
        "Natural de [[place:Barcelos]], reside em [[place:Vila Nova de Famalicão]].",
        "Transférée de l'[[place:Hôpital de Sion]] pour coronarographie.",
        "Domiciliée à [[place:Morges]], travaille à [[place:Lausanne]].",
        "Proveniente da [[place:Caltanissetta]] per ricongiungimento familiare.",
        "Trasferito dall'[[place:Ospedale Santa Maria delle Croci]] in elisoccorso.",
        "Flyttade från [[place:Kiruna]] till [[place:Luleå]] 2019.",
        "Lives on a farm outside [[place:Ringkøbing]]; works in [[place:Herning]].",
        "Retrieved from the multipurpose service at [[place:Wilcannia]].",
        "Station hand from [[place:Tibooburra]], 3 h by road to the nearest hospital.",
        "Native of [[place:Nnewi]], Anambra; trader in [[place:Onitsha]] main market.",
        "Referred from the PHC at [[place:Ilesa]] with PV bleeding at 34/52.",
        "Patient from [[place:Sitapur]] district, UP; came via 108 ambulance.",
        "Gaon: [[place:Chhapra]], Bihar; rehta hai [[place:Noida]] mein beti ke saath.",
        "Resident of [[place:Gujranwala]]; brought by son from [[place:Sialkot]].",
        "From [[place:Sylhet]]; works in a garment factory in [[place:Gazipur]].",
        "Came from [[place:Mansoura]] for ERCP.",
        "Lives in [[place:Zarqa]] with her husband's family.",
        "Clinic at [[place:Mdantsane]] referred her to [[place:Cecilia Makiwane Hospital]].",
        "Returning OFW from [[place:Jeddah]]; hometown [[place:Tuguegarao]].",
        "Transferred from [[place:Tseung Kwan O Hospital]] for PCI.",
        "Lives in [[place:Tin Shui Wai]] with her daughter-in-law.",
        "Seen previously at [[place:Khoo Teck Puat Hospital]].",
        "Was living at [[place:Tamarack Glen Manor]] (SNF) in [[place:Elkhart]].",
        "She grew up in [[place:Vik]] and moved to [[place:Trondheim]] in 1975.",
        "Family is from [[place:Kafr El Sheikh]].",
    ]
    zips = [
        f"C.P. [[zip:0{_digits(r, 4)}]]", f"Código postal [[zip:{_digits(r, 5)}]]",
        f"Código postal: [[zip:4{r.randint(700, 999)}-{_digits(r, 3)}]]", f"NPA [[zip:1{_digits(r, 3)}]], canton de Vaud.",
        f"Code postal [[zip:{r.randint(1000, 9999)}]] (Belgique).", f"CAP [[zip:{r.choice(['20', '00', '80', '40'])}{_digits(r, 3)}]]",
        f"Postnummer [[zip:{r.randint(111, 984)} {_digits(r, 2)}]]", f"Postnr. [[zip:{r.randint(1000, 9990)}]] (Danmark)",
        f"PIN code [[zip:{r.randint(110, 855)}{_digits(r, 3)}]]", f"PIN - [[zip:{r.randint(110, 855)} {_digits(r, 3)}]]",
        f"Postal code [[zip:{r.randint(44, 75)}{_digits(r, 3)}]] (Punjab).", f"Post code: [[zip:{r.randint(1000, 9400)}]] (Bangladesh)",
        f"Postal code [[zip:{r.randint(10, 99)}{_digits(r, 3)}]], Egypt.", f"Postcode [[zip:{r.randint(2000, 2880)}]] (NSW).",
        f"Code: [[zip:{r.randint(1, 9)}{_digits(r, 5)}]] (Nigeria)", f"Postal code [[zip:{r.randint(1, 9)}{_digits(r, 3)}]], Gauteng.",
        f"ZIP [[zip:{r.randint(1000, 9811)}]] (Philippines)", f"S([[zip:{r.randint(10, 82)}{_digits(r, 4)}]])",
        f"ZIP code [[zip:{_digits(r, 5)}-{_digits(r, 4)}]]", f"Zip: [[zip:{_digits(r, 5)}]]",
        f"{r.choice(['WA', 'QLD', 'SA'])} [[zip:{r.randint(4000, 6999)}]] on the Medicare card.",
        f"Postcode [[zip:{r.randint(8000, 8999)}]] [[place:Zürich]].", f"Cód. postal [[zip:{r.randint(1000, 9999)}-{_digits(r, 3)}]]",
    ]
    return {"address": address, "place": place, "zip": zips}


_GEO = _geo(_R)
_LOCAL_DATES = _local_dates(_R)

# Names in local orders, particles and relations (literal, so that each keeps its order).
_NAMES = [
    "Pt: [[name:CHAN Tai-man]], HKID on file.", "Seen with her son [[name:Leung Ka-wai]] (speaks Cantonese).",
    "[[name:Siu-ming Cheung]] prefers to be called [[name:Sam]].", "Patient [[name:Tan Bee Hoon]] was reviewed on the round.",
    "Daughter [[name:Lim Wei Ling, Michelle]] is the donee under the LPA.",
    "Paciente [[name:María Guadalupe Hernández López]] refiere disnea.",
    "Acompañada por su hijo [[name:Juan Pablo de la Cruz Quispe]].", "Sra. [[name:Huamán]] niega alergias.",
    "Se informa a [[name:Yesenia]] (nuera) sobre el pronóstico.",
    "Doente [[name:João Miguel Sousa dos Santos]], acompanhado pela esposa [[name:Maria de Lurdes]].",
    "Mme [[name:Élodie Van den Broeck]] rapporte des palpitations.", "M. [[name:Jean-Marc Rochat]] est connu pour une BPCO.",
    "Il sig. [[name:Gianluca Di Stefano]] riferisce dolore toracico.", "La figlia [[name:Benedetta]] è il caregiver.",
    "[[name:Åsa Sjöberg]] was admitted from home.", "Her husband [[name:Øystein]] called the ward.",
    "Mrs [[name:Sølvi Østergaard]] was seen with an interpreter.",
    "Smt. [[name:Kamla Devi]] W/o Sh. [[name:Ram Prasad]] admitted in ward 5.",
    "Patient [[name:Pushpa]] ki beti [[name:Rukmini]] saath mein hai.", "[[name:Muhammad Aslam]] s/o [[name:Ghulam Rasool]], OPD follow-up.",
    "Pt [[name:Md. Abdul Quddus]] came with his wife [[name:Shahnaz Begum]].",
    "[[name:Rukhsana Qureshi]] D/o [[name:Imran Qureshi]], 2nd visit.",
    "Husband [[name:Yousef Al-Khatib]] gave consent.", "Mother (Umm [[name:Khaled]]) stayed overnight.",
    "Pt [[name:Hoda Mahmoud Abdel-Ghaffar El-Sayed]] is a known diabetic.",
    "Mrs [[name:Chidinma Nwachukwu]] booked at 14 weeks.", "Husband ([[name:Oluwadamilare Adeyinka]]) is a driver.",
    "Mama [[name:Ebuka]] brought the baby for immunisation.", "Gogo [[name:Mthembu]] collected her ART.",
    "[[name:Nomvula]]'s granddaughter [[name:Lerato]] translates.", "Mr [[name:Sipho Mabuza]] defaulted for 3 months.",
    "[[name:Ma. Cristina Dela Cruz]], OFW (domestic helper), for PDOS medical.",
    "Seafarer [[name:Wilfredo Macaraeg Jr.]] for annual PEME.", "Her sister [[name:Rowena]] in [[place:Dubai]] is NOK.",
    "Resident [[name:Dorothy Kowalewski]] found on floor by CNA.", "Spoke with POA, [[name:Gary]] (son).",
    "Pt [[name:Xiomara Buenaventura]] joined the video call late.", "Handover: [[name:Íñigo Etxeberria]] bed 12, day 2.",
    "Specimen from [[name:Ángel Ramírez]]; second label mismatch.", "Label: [[name:NG, Kwok-wing]]",
    "[[name:Farzana Chowdhury]] collected her insulin.", "Driver [[name:Jericho Santos]] was uninjured.",
    "Email from [[name:Rania Haddadin]] re her father.", "Dr [[name:Agarwal]] (consultant) agreed the plan.",
]

# ---------------------------------------------------------------- vocabulary

FRESH9_VOCABULARY = Vocabulary(
    given=["Chidinma", "Oluwadamilare", "Nomvula", "Sipho", "Xiomara", "Yesenia", "Wilfredo",
           "Maricel", "Ka-wai", "Åsa", "Øystein", "Émilie", "Benedetta", "Inês", "Farzana",
           "Shahnaz", "Hoda", "Yousef", "Pushpa", "Dorothy"],
    surnames=["Nwachukwu", "Adeyinka", "Mabuza", "Buenaventura", "Macaraeg", "Cheung", "Ng",
              "Sjöberg", "Østergaard", "Rochat", "Van den Broeck", "Di Stefano", "Sousa Magalhães",
              "Chowdhury", "Tirmizi", "El-Sayed", "Al-Khatib", "Kowalewski"],
    cities=["Ogbomoso", "Wilcannia", "Mysuru", "Gujranwala", "Sylhet", "Mansoura", "Irbid",
            "Huancayo", "Lamego", "Namur", "Altamura", "Stavanger", "Tembisa", "Marikina"],
    streets=["Sabino", "Jacaranda Ridge", "Olorunsogo", "Pâquerettes", "Gelsomini", "Ringvägen",
             "Sampaguita", "Oak Hollow"],
    relations=["nuera", "figlia", "POA", "nephew", "beti", "bhai", "husband", "gogo's grandson",
               "ate (elder sister)", "hija"],
    clean=[
        # doses and drugs, as each setting writes them
        "Tab. Dolo 650 mg SOS, Tab. Pan-D 1 OD khali pet, ORS as tolerated.",
        "Inj. Ceftriaxone 2 gm IV OD x 5 days; Syp. Lactulose 15 ml HS.",
        "Paracetamol 1 g VO cada 8 horas; omeprazol 20 mg en ayunas.",
        "Metformina 850 mg 1 comp. 12/12 h; insulina glargina 18 UI ao deitar.",
        "Apixaban 5 mg 2x/j; bisoprolol 2,5 mg 1x/j (score de Genève révisé 4).",
        "Terapia: furosemide 25 mg 1 cp/die, ramipril 2,5 mg 1 cp/die.",
        "Alvedon 1 g x 4 and Oxynorm 5 mg vb (PRN), max 4 doses/day.",
        "TLD 1 tab daily; CTX 960 mg OD; 3HP completed.",
        "Nifedipine 20 mg BD, methyldopa 250 mg TDS, aspirin 75 mg nocte from 12/52.",
        "Amlodipine 5 mg OD, losartan 50 mg OD; BP 128/80 on review.",
        # scores, rules and classifications named after places and people
        "Ottawa ankle rules negative; no X-ray required.",
        "Wells score 1.5 and revised Geneva score 3: PE unlikely, D-dimer 320 ng/mL FEU.",
        "Canadian CT Head Rule applied: low risk, no imaging.",
        "Kings College criteria not met; INR 2.9, pH 7.36, lactate 2.1.",
        "Boston Bowel Preparation Scale 8 (3-3-2); caecal intubation confirmed.",
        "Modified Duke criteria: 1 major, 2 minor (possible IE); TOE booked.",
        "OGD: Los Angeles classification grade C oesophagitis; Forrest III ulcer in D1.",
        "San Francisco syncope rule negative; Canadian Syncope Risk Score -1.",
        "Tokyo Guidelines 2018 grade II cholangitis; revised Atlanta: moderately severe.",
        "Montreal classification A2 L3 B1; Mayo endoscopic subscore 2.",
        "Milan criteria fulfilled (single 3.8 cm lesion); Child-Pugh A6, MELD 11.",
        "Berlin definition: moderate ARDS (P/F 160 on PEEP 10).",
        "Amsterdam II criteria met; MMR IHC pending.",
        "Bethesda category IV on FNA; Lugano stage II for the nodal disease.",
        "Manchester Triage: orange; Glasgow-Blatchford 11; Rockall 5.",
        "Apgar 8 and 9; Ballard 38 weeks; Bishop 6 at 39+2.",
        "Alvarado 7, Mallampati III, Killip II, Hunt and Hess 2, Fisher grade 3.",
        # lab values and obstetric numbers
        "PCV 29%, genotype AS, HBsAg non-reactive, RVS non-reactive, VDRL negative.",
        "Hb 10.8 g/dL, TLC 11,200, Plt 1.2 lakh, NS1 Ag positive, IgM negative.",
        "HbA1c 9.1%, creatinina 1.4 mg/dL, TFG 48 mL/min/1.73 m2, K 5.2 mEq/L.",
        "FU 32 cm, FCF 144 lpm, AU 0.9, G3P2A0, 34.2 SDG.",
        "Fundal height 30 cm at 31/52, FHR 146, cephalic, 4/5 palpable.",
        "Troponin I 0.8 ng/mL at 0 h, 2.4 ng/mL at 3 h; CK-MB 38.",
        "CD4 189 cells/uL; VL 12 400 copies/mL; CrCl 68.",
        "Blodtryck 142/88, puls 76; P-glukos 7.8 mmol/L; CRP 48.",
        # units, bodies, citations (no web addresses)
        "Admitted to the CCU, then step-down to Ward 4 East (bed 12).",
        "Reviewed in the Unidad de Cuidados Intensivos Adultos, cama 7.",
        "Seguimento na USF pelo médico de família; alta para o domicílio.",
        "Discussed at the Tuesday MDT; plan per NICE NG28 and ADA 2024 Standards of Care.",
        "Managed per WHO 2016 ANC model and FIGO 2019 PPH guidance.",
        "Per KDIGO 2024, GOLD 2024 and GINA 2023 recommendations.",
        "As reported by Fernández et al. (Rev Esp Cardiol. 2021;74:212-20).",
        "Cf. Lombardo M, et al. G Ital Cardiol 2019;20(4):231-9.",
        "Referenced: Lancet Glob Health 2022;10:e1450; PMID 31475794.",
        "ICD-10 O14.1 and Z3A.34 coded; DRG 775.",
        "Room 3, bed B; isolation sign on the door; hand-hygiene audit 96%.",
        "Hemtjänst four times a day; vårdcentral follow-up in 2 weeks.",
        "ECOG 2, Karnofsky 60%, Clinical Frailty Scale 6.",
        "Él tiene 67 años y su esposa 88 años; ambos diabéticos desde 2010.",
        "Ambulance times: dispatch 1402, on scene 1411, at hospital 1447.",
        "Plan B: if K > 5.8, hold ramipril and recheck at 0200.",
    ],
    seed=16_019,
)

# ---------------------------------------------------------------- note styles

FRESH9_STYLES = [
    "INTERFACILITY TRANSFER FORM (SNF -> ED)\nReason for transfer: change in mental status, T 101.4 F\n"
    "Code status: DNR/DNI - POLST in packet\n{body}\nIsolation: contact (MRSA hx). Last BM 2 days ago. "
    "Hearing aids x2 and dentures sent with resident.",
    "RETRIEVAL NOTE - tasking 0340\nReferring rural generalist on the line; pt at the MPS, no CT on site.\n"
    "{body}\nOn arrival: GCS 14, HR 112 AF, BP 96/58, SpO2 94% on 4 L NP. Wheels up 0530.",
    "ANTENATAL CLINIC CARD - booking visit\nG4P3+0 (3 alive). Booked at 16/52.\n{body}\n"
    "PCV 31%, genotype AA, blood group O Rh D positive. IPTp-SP dose 2 given; LLIN collected. TCA 4/52.",
    "DISCHARGE CARD\nDiagnosis: Dengue fever with warning signs (NS1 +ve)\n{body}\n"
    "Advice: Tab. Dolo 650 SOS, paani zyada piyein. Plt count 2 din baad repeat karwayein. "
    "Emergency mein turant aayein.",
    "OPD SLIP - Medical OPD\nC/o fever x 5 days, body aches, no rigors.\n{body}\n"
    "O/E: T 101 F, P 98/min, BP 110/70, chest clear. Adv: Typhidot, CBC, LFTs; F/U with reports.",
    "Internal Medicine Department - admission sheet\nCC: epigastric pain and haematemesis x1\n{body}\n"
    "OGD: Forrest IIa duodenal ulcer, clipped. Plan: PPI infusion, H. pylori stool antigen.",
    "NOTA DE INGRESO - Urgencias Adultos\nPadecimiento actual: dolor torácico opresivo de 2 h de evolución.\n"
    "{body}\nEF: TA 150/95 mmHg, FC 98 lpm, SatO2 94%. ECG: supradesnivel del ST en DII, DIII y aVF.",
    "HISTORIA CLÍNICA - Consulta externa\nMotivo de consulta: control de hipertensión arterial.\n{body}\n"
    "Análisis: HTA estadio 2 sin lesión de órgano blanco. Control en 1 mes con paraclínicos.",
    "NOTA DE ALTA - Serviço de Medicina Interna\nMotivo de internamento: pneumonia (CURB-65 de 2).\n{body}\n"
    "Seguimento: consulta no centro de saúde dentro de 2 semanas.",
    "LETTRE DE SORTIE - Service de médecine interne\nChère Consœur, cher Confrère,\n{body}\n"
    "Traitement de sortie : bisoprolol 2,5 mg 1x/j. Avec nos meilleures salutations confraternelles.",
    "LETTERA DI DIMISSIONE - U.O. di Medicina Generale\nDiagnosi: scompenso cardiaco acuto (FE 35%).\n"
    "{body}\nSi consiglia controllo ambulatoriale cardiologico tra 30 giorni.",
    "Epicrisis, Department of Geriatrics\nCause of admission: fall at home, left hip fracture, "
    "hemiarthroplasty day 1.\n{body}\nFollow-up: hemtjänst for wound care; physiotherapy at the vårdcentral.",
    "PHC CLINIC NOTE - ART review\n{body}\nVL <50 copies/mL, CD4 412. TLD 3 months supply. Next visit 3/12.",
    "OFW MEDICAL RECORD - pre-departure\n{body}\nCXR PA: no active PTB. Fit to work (Class A).",
    "Progress note - medical ward\n{body}\nImp: CAP, CURB-65 1. Plan: Augmentin 1.2 g IV q8h; interpreter (Cantonese).",
    "[Teleconsult chat]\nPatient: hi doc the rash is worse today\nDoctor: any fever? please send a photo here\n"
    "{body}\nDoctor: start cetirizine 10 mg at night; review in 48 hours.",
    "SBAR HANDOVER (PM -> night), Ward 4 East\nS: {body}\nB: T2DM, CKD 3b, HFrEF (EF 30%).\n"
    "A: NEWS2 3, K 5.4.\nR: recheck K at 0200.",
    "LABORATORY REQUISITION\nTests: FBC, U&E, LFT, CRP, blood cultures x2\nSpecimen: EDTA + SST\n{body}\n"
    "Clinical details: FUO, ?endocarditis (Duke criteria pending).",
    "PHARMACY LABEL\nAMOXICILLIN 500 MG CAPSULES x21\nTake ONE capsule THREE times a day.\n{body}\n"
    "Keep out of reach of children. Store below 25 C.",
    "AMBULANCE PATIENT CARE RECORD\nMOI: MVA, restrained driver, airbags deployed\n{body}\n"
    "Tx: 2 x 16G IV, NS 500 mL, fentanyl 50 mcg IV. C-collar applied.",
    "Subject: Referral - ?inflammatory arthritis\n\nHi team,\n\nCould you please see this patient in the "
    "early arthritis clinic.\n{body}\n\nMany thanks,\nGP registrar, on behalf of the practice",
    "{body}",
]

# ---------------------------------------------------------------- keywords, connectors, frames

FRESH9_KEYWORDS = {
    "mrn": ["No. de expediente", "Nº processo", "N° de dossier", "Cartella clinica n.", "Journal-nr",
            "Folder No", "Hosp. No", "MR No.", "Case No.", "Hospital No.", "File no.", "Reg. No", "Chart"],
    "health_plan": ["NSS (IMSS)", "Núm. de afiliación", "PhilHealth PIN", "NHIS No", "Medicare no.",
                    "Nº utente SNS", "Carte d'assuré", "Tessera TEAM n.", "Medical aid no.", "Sehat card",
                    "Mutuelle n°", "Medicaid ID", "SIS"],
    "account": ["Cuenta", "IBAN", "Bank a/c", "IPD bill no", "Invoice acct", "Conta", "Medisave a/c",
                "Bankgiro", "c/c n.", "Patient acct #"],
    "licence": ["Pasaporte", "Passeport n°", "Passaporto", "Passport No", "Cédula profesional",
                "HPCSA reg", "PMDC Reg", "MDCN folio", "Driving licence no", "Licencia de conducir",
                "Carta de condução", "Death cert. no."],
    "vehicle": ["Placas", "Matrícula", "Plaque", "Targa", "Reg.nr", "Vehicle reg", "Plate no",
                "Registration", "Plate"],
    "device": ["N° de série", "Número de serie", "Matricola", "Serienr", "Serial", "S/N",
               "Sensor SN", "CPAP serial", "UDI"],
    "other_id": ["CURP", "CNIC", "NID", "HKID", "NRIC", "Personnummer", "CPR-nr.", "NIF",
                 "Codice fiscale", "SSS No.", "N° national", "ID no.", "DNI", "CC"],
    "ssn": ["SSN", "Soc Sec #", "Social Security"],
    "phone": ["Tel.", "Cel.", "Téléphone", "Telemóvel", "Cellulare", "Mobil", "Mob.", "Ph",
              "Contact #", "Whatsapp"],
    "fax": ["Fax", "Télécopie", "Fax n.", "Fax #"],
}
FRESH9_CONNECTORS = [": ", " ", " : ", " Nº ", " n° ", " - ", ":\t", " nr ", " -- ", " ~ ", ": no. "]
FRESH9_FRAMES = ["{kv}", "{kv} |", "[ {kv} ]", "{kw}:  {v}", "{kw}\n  {v}", "({kv})",
                 "{kv} - verificado", "{kv} (checked against ID)", "{kw} .... {v} ....",
                 "- {kv}", "{kv}; BP 130/80"]
FRESH9_AFTER = ["{v} ({kw})", "{v} -> {kw}", "{v} = {kw} on the card", "{v}, {kw}"]

FRESH9_SENTENCES = {
    "licence": ["Pasaporte {v} retenido por la aseguradora.", "Identified from his passport {v}.",
                "Death certificate {v} issued by the MO.", "Carta de condução {v} apreendida.",
                "Permis de conduire {v} retiré après la crise.", "Referring doctor's PMDC reg {v}."],
    "vehicle": ["Conducía un taxi con placas {v}.", "Hit by a danfo bus, plate {v}, at the junction.",
                "Jeepney {v} overturned; 6 casualties.", "Auto con targa {v} coinvolta.",
                "Vehicle {v} vs pedestrian, 60 km/h zone.", "The truck's VIN {vin} was noted by SAPS."],
    "mrn": ["Expediente {v} en archivo clínico.", "Old folder {v} retrieved from records.",
            "Nº processo {v}.", "Case no. {v} (previous admission).", "MR {v} - merge pending."],
    "health_plan": ["Derechohabiente IMSS, NSS {v}.", "PhilHealth member, PIN {v}.",
                    "NHIS enrollee no. {v}.", "Utente do SNS n.º {v}.", "Medical aid {v}, Discovery."],
    "account": ["Pago a la cuenta {v}.", "Refund to IBAN {v}.", "Deposit against IPD bill {v}.",
                "{v} is the Medisave a/c for the claim."],
    "device": ["Marcapasos, número de serie {v}.", "CGM sensor {v} fell off in the shower.",
               "Home CPAP (serial {v}) brought in.", "Stimolatore, matricola {v}, controllato."],
    "other_id": ["CURP {v} verificada en ventanilla.", "CNIC {v} copied for the Sehat card.",
                 "HKID {v} checked.", "Personnummer {v}.", "OWWA membership {v}.", "SA ID {v} on the clinic card."],
    "ssn": ["SSN {v} on the face sheet.", "Soc Sec # {v} (for Medicaid).", "{v} - resident's SSN."],
    "phone": ["Hijo: {v}.", "Contactar al {v} (esposo).", "NOK {v} (Whatsapp).", "Husband's line {v}.",
              "Téléphone de la fille : {v}", "Cellulare del figlio {v}.", "Mobil (dotter): {v}",
              "Call CNA station {v} for updates."],
    "fax": ["Fax de la unidad: {v}.", "Faxed face sheet to {v}.", "Télécopie au médecin traitant : {v}.",
            "Results faxed to the MPS on {v}."],
    "email": ["Correo: {v}", "E-mail du patient : {v}", "Daughter emails from {v}.",
              "Sent the LOA to {v}.", "Patient: my email is {v}"],
    "url": ["GoFundMe-type appeal at {v}.", "Patient: here is my tiktok {v}",
            "Family page {v} posts updates.", "Her vlog {v} shows the fits."],
    "ip": ["Teleconsult joined from IP {v}.", "Patient portal login from {v}.", "Kiosk at {v} (clinic)."],
    "zip": _GEO["zip"],
    "date": ["DOB: {v}", "LMP {v}", "EDD {v} (by USS)", "Admitted {v}.", "Date of transfer: {v}",
             "Collected {v}", "Dispensed {v}", "Seen {v} (teleconsult).", "Arrived in KSA {v}."] + _LOCAL_DATES,
    "address": _GEO["address"],
    "place": _GEO["place"],
    "name": _NAMES + ["NOK: {full} ({rel}).", "Seen with {rel} {given}.", "{full} for review.",
                      "Mrs {surname} refused the injection."],
}

FRESH9_REFERENCES = [
    "Dengue warning signs were defined as in the WHO guidance (https://doi.org/10.1016/S0140-6736({n2})00001-{n2}).",
    "Comparable Filipino cohorts are reviewed at https://pubmed.ncbi.nlm.nih.gov/{n}/.",
    "IMSS guidance (https://www.imss.gob.mx/sites/all/statics/guiasclinicas/{n}GER.pdf) was followed.",
]

FRESH9_PART = Part("fresh9", FRESH9_VOCABULARY, FRESH9_CONNECTORS, FRESH9_FRAMES, FRESH9_KEYWORDS,
                   FRESH9_SENTENCES, FRESH9_AFTER, FRESH9_REFERENCES, True,
                   values=FRESH9_VALUES, age=_fresh9_age, styles=FRESH9_STYLES)

# ---------------------------------------------------------------- hand-written letters


def _note(note_id: str, marked: str, section: str | None = None) -> Note:
    note = parse(note_id, marked)
    return Note(note.id, note.text, note.expected, section)


FRESH9_LETTERS: tuple[Note, ...] = (
    _note("fresh9-letter-ch", (
        "[[place:Hôpital de la Tour-Blanche]] - Service de médecine interne\n"
        "Lettre de sortie\n\n"
        "Concerne : Mme [[name:Émilie Rochat-Favre]], née le [[date:14 février 1931]], "
        "[[address:Avenue de Champel 19]], [[zip:1206]] [[place:Genève]]\n"
        "N° de dossier [[mrn:4471-23]], carte d'assuré [[health_plan:80756012300045678901]]\n\n"
        "Chère Consœur,\nNous avons hospitalisé votre patiente de [[age:nonante-trois ans]] du "
        "[[date:3 août 2024]] au [[date:12 août 2024]] pour une décompensation cardiaque "
        "(NT-proBNP 8400 ng/L). Score de Genève révisé 2 ; pas d'embolie pulmonaire.\n"
        "Sa fille, [[name:Anne-Laure]], est joignable au [[phone:+41 79 412 88 30]].\n\n"
        "Dr [[name:Pierre-Yves Ducommun]], chef de clinique\n"
        "Tél. [[phone:+41 22 305 41 11]] - Fax [[fax:+41 22 305 41 12]] - "
        "[[email:py.ducommun@tourblanche.example.ch]]")),
    _note("fresh9-letter-it", (
        "AZIENDA OSPEDALIERA - U.O.C. Geriatria\nLETTERA DI DIMISSIONE\n\n"
        "Paziente: [[name:Giuseppina Lo Cascio]]\nNata a [[place:Partinico]] il [[date:2 settembre 1929]]\n"
        "C.F. [[other_id:LCSGPP29P42G348K]] - Tessera TEAM [[health_plan:80380000801234567891]]\n"
        "Residente in [[address:Via Vittorio Emanuele 214]], [[zip:90134]] [[place:Palermo]]\n\n"
        "Gentile Collega,\nla signora, di anni [[age:95]], è stata ricoverata dal "
        "[[date:venerdì 7 giugno 2024]] per polmonite ab ingestis (CURB-65 3). "
        "Dimessa il [[date:18/06/2024]] con amoxicillina/clavulanato 1 g x 3.\n"
        "Riferimento familiare: il nipote [[name:Salvatore]], cell. [[phone:339 482 7710]].")),
    _note("fresh9-letter-mx", (
        "INSTITUTO MEXICANO DEL SEGURO SOCIAL - UMF\nREFERENCIA-CONTRARREFERENCIA (4-30-8)\n\n"
        "Nombre: [[name:Rosa Elvia Cárdenas Ibarra]]   NSS: [[health_plan:4387 56 1022 3]]\n"
        "CURP: [[other_id:CAIR560312MJCRBS04]]   Edad: 68 años\n"
        "Domicilio: [[address:Av. Patria 1420, Int. 5]], [[place:Col. Jardines del Valle]], "
        "[[place:Zapopan]], Jal., C.P. [[zip:45138]]\nTel.: [[phone:33 3629 1184]]\n\n"
        "Se envía a 2° nivel (Medicina Interna) por ERC KDIGO G4 (TFG 22). "
        "Fecha de elaboración: [[date:15 de noviembre de 2024]]. Última consulta: [[date:29/OCT/2024]].")),
    _note("fresh9-letter-pt", (
        "Centro Hospitalar - Serviço de Medicina Interna\nNOTA DE ALTA\n\n"
        "Doente: [[name:Ana Rita Vasconcelos Pimenta]]  Nº processo: [[mrn:1833742]]\n"
        "Nº utente SNS: [[health_plan:284 117 905]]  NIF: [[other_id:231 876 409]]\n"
        "Morada: [[address:Rua Dr. José Sampaio, 1088, 3.º Dto.]], [[zip:4820-275]] [[place:Fafe]]\n"
        "Internamento de [[date:2 de março de 2024]] a [[date:9 de março de 2024]]; "
        "Próxima consulta: [[date:23 de abril de 2024]].\n"
        "Contacto: telemóvel [[phone:+351 936 214 507]].")),
    _note("fresh9-letter-se", (
        "Epicrisis (in English for the referring clinic abroad)\n"
        "Patient: [[name:Karl-Erik Åberg]], personnummer [[other_id:19310417-2398]]\n"
        "Address: [[address:Kungsängsgatan 8 lgh 1102]], [[zip:753 22]] [[place:Uppsala]]\n"
        "Ålder: [[age:93 år]]. Inlagd [[date:tisdag 4 juni 2024]], utskriven [[date:2024-06-11]].\n"
        "Wife [[name:Gunnel]] can be reached on [[phone:070-318 44 92]].\n"
        "CHA2DS2-VASc 5; apixaban 2.5 mg x 2 per the ESC 2024 AF guideline.")),
    _note("fresh9-letter-ng", (
        "FEDERAL MEDICAL CENTRE - ANTENATAL CLINIC\n"
        "Name: Mrs [[name:Ifunanya Obiageli Ezenwa]]  Hosp. No: [[mrn:FMC/ANC/2024/0871]]\n"
        "Address: [[address:No. 14 Ezenwa Close, off Zik Avenue]], [[place:Awka]], Anambra State\n"
        "NHIS No: [[health_plan:AW/0419/22104]]  Phone: [[phone:0806 441 2093]]\n"
        "LMP: [[date:12/01/2024]]  EDD: [[date:19/10/2024]]  GA at booking: 14/52\n"
        "Husband: [[name:Chukwudi Ezenwa]], trader, [[phone:+234 813 552 0177]].")),
    _note("fresh9-letter-za", (
        "PHC CLINIC CARD - chronic club\nName: [[name:Nokuthula Zandile Mkhize]]\n"
        "Folder no: [[mrn:KH0041187]]  ID: [[other_id:5607120419084]]\n"
        "Address: [[address:Site C, Section 34, No. 2217]], [[place:Khayelitsha]], [[zip:7784]]\n"
        "Next of kin: daughter [[name:Ayanda]], cell [[phone:072 518 6604]].\n"
        "VL suppressed (<50); BP 134/86; HbA1c 7.4%. Collect meds at the CCMDD pick-up point.")),
    _note("fresh9-letter-sg", (
        "Referral e-mail\nFrom: [[email:tan.wh@polyclinic.example.sg]]\n"
        "To: cardiology referrals\nSubject: Urgent review - ?AS\n\n"
        "Dear colleagues, kindly see Mdm [[name:Goh Siew Lan]] ([[other_id:S2841173J]]), "
        "[[age:91 years old]], of [[address:Blk 212 Ang Mo Kio Ave 3, #09-1418]], "
        "Singapore [[zip:560212]]. Ejection systolic murmur 3/6, syncope on exertion.\n"
        "Her son [[name:Lim Boon Huat]] ([[phone:+65 9173 4420]]) will accompany her.\n\n"
        "Best regards,\nDr [[name:Tan Wei Hao]]\nFamily Physician\n"
        "T [[phone:6355 0000]] | F [[fax:6355 0011]]")),
    _note("fresh9-letter-au", (
        "From: Rural Generalist, MPS\nTo: retrieval coordination\n\n"
        "Re: [[name:Bevan Keith Kerrigan]], DOB [[date:03/07/1952]], Medicare "
        "[[health_plan:2953 61804 1-2]]\n"
        "Lives on [[address:Coolabah Downs]] station, 48 km north of [[place:Ivanhoe]] NSW [[zip:2878]].\n"
        "Rolled quad bike (rego [[vehicle:CW 82 QL]]) at about 1500; NEXUS criteria not met, "
        "Canadian C-spine rule high risk.\n"
        "Wife [[name:Leanne]] on the sat phone [[phone:0147 151 822]].\n\n"
        "Cheers,\nDr [[name:Mel Anstruther]] | [[email:m.anstruther@mps.example.org.au]]")),
    _note("fresh9-letter-in", (
        "DISCHARGE CARD - Medicine Unit\nPatient: Sh. [[name:Rajendra Prasad Tiwari]] S/o Late "
        "[[name:Shiv Narayan Tiwari]]\nUHID: [[mrn:UH24-0038812]]  IPD No: [[account:B24-044871]]\n"
        "Age/Sex: [[age:92Y]]/M\nPata: [[address:H.No. 118, Gali No. 4, Shastri Nagar]], "
        "[[place:Meerut]] - [[zip:250004]]\nDOA: [[date:21-Oct-2024]]  DOD: [[date:27-Oct-2024]]\n"
        "Beta [[name:Alok]] ka number: [[phone:+91 94120 58831]]\n"
        "Advice: Tab. Ecosprin 75 mg OD, Tab. Atorva 40 mg HS. OPD follow-up after 1 week.")),
    # clean, with citations and reference addresses where a write-up keeps them
    _note("fresh9-letter-clean-intro", (
        "Dengue with plasma leakage remains common in South Asia; the WHO 2009 classification and "
        "the 2012 handbook (https://www.who.int/publications/i/item/9789241504713) define warning "
        "signs. Kings College criteria and the Los Angeles classification are unrelated eponyms."),
        "introduction"),
    _note("fresh9-letter-clean-discussion", (
        "Our patient met the modified Duke criteria, as in the series of Habib et al. (Eur Heart J "
        "2015;36:3075-128; https://doi.org/10.1093/eurheartj/ehv319). The Boston Bowel Preparation "
        "Scale and the Geneva score were not relevant."), "discussion"),
    _note("fresh9-letter-clean-ward", (
        "SBAR - Ward 7 West, bed 14\nS: day 3 post-op, febrile 38.6.\nB: Wells score 2, Caprini 6.\n"
        "A: NEWS2 5; lactate 2.4; Hb 9.1.\nR: cultures, CTPA per the Geneva score if D-dimer raised.")),
)

FRESH9: tuple[Note, ...] = build(FRESH9_PART, per_category=27, clean=42, references=8) + FRESH9_LETTERS
# DONE

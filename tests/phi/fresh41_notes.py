"""FRESH41: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a thirty-seventh author during the twentieth round; it is measured once, and
its result is recorded with that measurement. Its author read only tests/phi/generated.py (the
framework: Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring),
tests/phi/corpus.py (the Note type, the span conventions, parse, evaluate), the
de-identification section (5) of the project's domain notes (45 CFR 164.514(b)(2) Safe Harbor),
the module docstrings only of tests/phi/fresh16_notes.py and fresh34_notes.py (read with
ast.get_docstring), the wiring lines of fresh16_notes.py (its Part call, _letter, build and
__main__ lines, printed with grep -n and sed) and pyproject.toml's line length; not the scanner,
its patterns, name lists, model or data, its benchmark (bench/), its tests, the body of any
other fresh part (others were being written at the same time and were not opened), nor their
git history; the scanner was not run or imported while writing it, nor on its notes. Its
vocabulary, value shapes, keywords, connectors, frames, note styles and hand-written letters
are this author's own, as a worldwide case-discussion board sees them: about half
English-language settings (inner London and Birmingham with the NHS number, hospital numbers
and UK NI numbers, patients with South Asian, Caribbean, Polish and Somali names and their
interpreters; Cornwall with a fishing boat's port letters; the Isle of Man; Dublin's inner
city with PPSN, IHI and Eircode; Hawaii with a US SSN, Med-QUEST, Hawaiian and Filipino
(Ilocano) names and hyphenated street numbers; Guam with a US SSN, MIP and Chamorro names; the
South Island of New Zealand with the NHI) and half in their own languages and scripts: Portugal
(Portuguese, NIF, número de utente SNS, cartão de cidadão, "anos", dd-mm-yyyy), Galicia
(Galician, CIP, TIS, NHC, "anos", "de xaneiro de"), Switzerland (German, French and Italian
notes, AHV/AVS number, Krankenkasse card, "J.", "ans", "anni", cantonal plates), Luxembourg
(French and Luxembourgish, matricule, "Joer"), Flanders (Dutch, rijksregisternummer,
ziekenfonds, "jaar"), Albania (Albanian, NID, "vjeç"), Taiwan (traditional Chinese, ID of the
A123456789 shape, NHI card, Minguo years "民國21年5月14日" and "114/01/03", "歲"), Hong Kong
(Cantonese notes in traditional Chinese, HKID, HN numbers, estate flats), Macau (Portuguese and
Chinese, BIR), Timor-Leste (Tetum and Portuguese, electoral card, "tinan") and Papua New Guinea
(Tok Pisin, "krismas"). Styles: discharge summaries, ED and trauma notes, handover lists and
tables, district-nursing visits, chat, SMS and WhatsApp/LINE threads, e-mails, safeguarding and
off-island referrals, dialysis sheets, Austrittsbericht, lettre de sortie, lettera di
dimissione, ontslagbrief, epikrizë, 出院病歷摘要, case-board posts; clean notes carry eponymous
diseases in each language (doença de Crohn, enfermidade de Alzheimer, Morbus Basedow, maladie
de Parkinson, sindrome di Brugada, ziekte van Kahler, sëmundja Parkinson, 帕金森氏症, 川崎病,
Hansen's disease), ward and department names, headings in capitals, scales, scores and units.

Conventions (tests/phi/corpus.py's and fresh34's docstring's): a name without its title or
honorific (Dr, Dr.ª, Mr, Mrs, Pan, Sra., Frau, Herr, Den Här, M., Mme, Sig.ra, Mevrouw, dr.,
先生, 醫師, 伯伯, 伯 stay out); a full name in any order is one span ("Shabana BEGUM", "CHAN
Wing-kei", "林雅婷"), a name written in two scripts is two spans; staff names and chat speakers
are names; an identifier without its keyword; an age over 89 with its attached unit in any
language ("92-year-old", "93 anos", "92 J.", "97 anni", "93 ans", "95 Joer", "91 jaar",
"90 vjeç", "92歲", "91 tinan", "90 krismas", "91 yrs") or the number alone where no unit is
attached ("aged 95", "[[age:94]], from Ramsey"); ages under 90 are not marked; a date without
its preposition, with a weekday right before it and a time right after it; a Minguo date is a
date with its "民國" prefix; a year alone is not a date. The street line is one span (a
Hawaiian "87-1960 Farrington Hwy", "Meensesteenweg 214 bus 3", "中山路三段88號", a Hong Kong
estate block and flat); each locality (town, village, Dublin or Hong Kong district, Taiwanese
township, Timorese aldeia and suku) and the postcode (UK postcode, Eircode, US ZIP, CAP, NPA,
L-, Taiwanese 3-digit code) are separate spans; a named hospital, surgery, clinic or church is
a place (the whole name); states, counties (花蓮縣), provinces, cantons, municipalities of the
first level and countries are never marked, nor "Dublin 1"'s district number. Categories: `ssn`
is a US Social Security number only (Hawaii and Guam); other national numbers (UK NI number,
PPSN, NIF, cartão de cidadão, AHV/AVS, Luxembourg matricule, rijksregisternummer, Albanian NID,
Taiwanese ID, HKID, Macau BIR, Timorese electoral card) are `other_id`; insurance numbers (NHS
number, Med-QUEST, Guam MIP, número de utente SNS, CIP and TIS, Krankenkasse and LAMal cards,
ziekenfonds, Taiwan NHI card) are `health_plan`; hospital numbers, the New Zealand NHI and the
Irish IHI are `mrn`; passports, driving licences and professional registrations are `licence`;
IBANs, accounts and invoices are `account`; plates and a fishing boat's port letters and number
are `vehicle`; pacemaker, pump, dialysis machine, helmet camera and CGM serials are `device`.

Built as build(F41_PART, per_category=26, clean=120, references=8) + F41_LETTERS. Checked
without the scanner (a throwaway script): every span's text is the note's text at its offsets
and has no surrounding blanks, no marks or slots are left in the text, no spans overlap, note
ids are unique, every category is in generated.CATEGORY_ORDER, every marked age is over 89,
builds under PYTHONHASHSEED=1 and 4242 are identical, the module imports in under half a
second, and ruff passes. Deterministic: its own seed (19_041), values drawn from the builder's
fixed-seed Random, no hash-order dependence. Counts: 53 hand-written notes (40 with
identifiers, one of them a web address in a patient_information section, 12 clean, 1 reference
paragraph in a discussion); 691 notes, 141 of them (20%) without any identifier (120 generated
clean notes, 8 reference notes in an introduction or discussion, 12 clean letters, 1 reference
letter), 874 spans - name 119, address 48, place 115, zip 46, date 59, age 45, phone 56, fax 28,
email 30, ssn 28, mrn 35, health_plan 36, account 26, licence 26, vehicle 36, device 29, url 43,
ip 28, other_id 41 (`python -m tests.phi.fresh41_notes` prints them).

    from tests.phi.fresh41_notes import FRESH41, F41_PART, F41_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
Not wired into any test or bench: measure it once.
"""
from __future__ import annotations

import random
import string

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build

_UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _l(r: random.Random, n: int, alphabet: str = _UPPER) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_PT_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
              "setembro", "outubro", "novembro", "dezembro"]
_GL_MONTHS = ["xaneiro", "febreiro", "marzo", "abril", "maio", "xuño", "xullo", "agosto",
              "setembro", "outubro", "novembro", "decembro"]
_DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember"]
_FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"]
_IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
              "settembre", "ottobre", "novembre", "dicembre"]
_NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december"]
_SQ_MONTHS = ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht",
              "shtator", "tetor", "nëntor", "dhjetor"]
_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]


def _f41_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1926, 2025)
    hh, mi = r.randint(0, 23), r.choice((0, 10, 20, 35, 45, 55))
    mg = y - 1911  # Minguo year, as Taiwan writes it
    return r.choice([
        f"{d:02d}/{m:02d}/{y}", f"{d} {_EN_MONTHS[m - 1]} {y}", f"{_EN_MONTHS[m - 1][:3]} {d} {y}",
        f"{m}/{d}/{y}", f"{_EN_MONTHS[m - 1]} {d}, {y}", f"{d:02d}/{m:02d}/{y} {hh:02d}:{mi:02d}",
        f"{d:02d}-{m:02d}-{y}", f"{d} de {_PT_MONTHS[m - 1]} de {y}", f"{y}-{m:02d}-{d:02d}",
        f"{d} de {_GL_MONTHS[m - 1]} de {y}", f"{d:02d}.{m:02d}.{y}",
        f"{d}. {_DE_MONTHS[m - 1]} {y}", f"{d} {_FR_MONTHS[m - 1]} {y}",
        f"{d} {_IT_MONTHS[m - 1]} {y}", f"{d} {_NL_MONTHS[m - 1]} {y}",
        f"{d} {_SQ_MONTHS[m - 1]} {y}", f"民國{mg}年{m}月{d}日", f"{mg}/{m:02d}/{d:02d}",
        f"{y}年{m}月{d}日", f"{d:02d}-{_EN_MONTHS[m - 1][:3]}-{y % 100:02d}",
    ])


def _f41_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 104)
    return r.choice([
        ("a {age} Bangladeshi grandmother", f"{n}-year-old"),
        ("aged {age}, lives in sheltered housing", f"{n}"),
        ("{age} F, fall at home", f"{n}yo"), ("doente de {age}", f"{n} anos"),
        ("paciente de {age}, vive coa filla", f"{n} anos"),
        ("Patientin, {age}, aus dem Pflegeheim", f"{n} J."),
        ("patiente de {age}", f"{n} ans"), ("paziente di {age}", f"{n} anni"),
        ("Patient ass {age} al", f"{n} Joer"), ("patiënt van {age}", f"{n} jaar"),
        ("pacient {age}", f"{n} vjeç"), ("患者{age}", f"{n}歲"), ("婆婆今年{age}", f"{n}歲"),
        ("katuas {age}", f"{n} tinan"), ("lapun meri i gat {age}", f"{n} krismas"),
        ("kupuna, {age}", f"{n} y/o"), ("he is {age} and still drives", f"{n}"),
    ])


def _f41_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"0121 {_d(r, 3)} {_d(r, 4)}", f"020 7{_d(r, 3)} {_d(r, 4)}", f"07{_d(r, 3)} {_d(r, 6)}",
        f"01736 {_d(r, 6)}", f"01624 {_d(r, 6)}", f"(01) {_d(r, 3)} {_d(r, 4)}",
        f"08{r.choice('3567')} {_d(r, 3)} {_d(r, 4)}", f"(808) {_d(r, 3)}-{_d(r, 4)}",
        f"808-{_d(r, 3)}-{_d(r, 4)}", f"(671) {_d(r, 3)}-{_d(r, 4)}", f"(03) {_d(r, 3)} {_d(r, 4)}",
        f"021 {_d(r, 3)} {_d(r, 4)}", f"+351 9{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"2{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"981 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"044 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"+41 79 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
        f"+352 621 {_d(r, 3)} {_d(r, 3)}", f"051 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"04{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"+355 69 {_d(r, 3)} {_d(r, 4)}",
        f"(03){_d(r, 3)}-{_d(r, 4)}", f"09{_d(r, 2)}-{_d(r, 3)}-{_d(r, 3)}",
        f"{r.choice('2369')}{_d(r, 3)} {_d(r, 4)}", f"+853 6{_d(r, 3)} {_d(r, 4)}",
        f"+670 77{_d(r, 2)} {_d(r, 4)}", f"+675 7{_d(r, 3)} {_d(r, 4)}",
    ])


def _f41_zip(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"B{r.randint(5, 21)} {r.randint(1, 9)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXY')}",
        f"E{r.randint(1, 3)} {r.randint(1, 9)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXY')}",
        f"TR{r.randint(1, 27)} {r.randint(1, 9)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXY')}",
        f"IM{r.randint(1, 9)} {r.randint(1, 9)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXY')}",
        f"D0{r.randint(1, 9)} {_l(r, 1)}{_d(r, 1)}{_l(r, 1)}{_d(r, 1)}",
        f"967{_d(r, 2)}", f"969{r.randint(10, 32)}", f"{r.choice('789')}{_d(r, 3)}",
        f"{r.randint(1, 9)}{_d(r, 3)}-{_d(r, 3)}",
        f"{r.choice(('15', '27', '32', '36'))}{_d(r, 3)}",
        f"CH-{r.randint(1, 9)}{_d(r, 3)}", f"L-{r.randint(1, 9)}{_d(r, 3)}",
        f"{r.randint(8, 9)}{_d(r, 3)}", f"{r.randint(10, 99)}{_d(r, 2)}", f"{r.randint(100, 983)}",
    ])


F41_VALUES = {
    "mrn": lambda r, h: r.choice([
        f"{_l(r, 1)}{_d(r, 6)}", f"RRK{_d(r, 7)}", f"{_d(r, 8)}", f"HN{_d(r, 8)}{_l(r, 1)}",
        f"{_l(r, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{_d(r, 4)}", f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 2)}",
        f"{_d(r, 2)}/{_d(r, 6)}", f"{_d(r, 10)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 4)}", f"{_d(r, 9)}", f"{_l(r, 4)}{_d(r, 12)}",
        f"80756{_d(r, 15)}", f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}", f"{_d(r, 10)}",
        f"{_d(r, 3)}-{_d(r, 6)}-{_d(r, 2)}", f"MIP-{_d(r, 6)}"]),
    "account": lambda r, h: r.choice([
        f"PT50 {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 1)}",
        f"CH{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 1)}",
        f"LU{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"BE{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"IE{_d(r, 2)} AIBK {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}",
        f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)} {_d(r, 8)}", f"INV-{_d(r, 6)}",
        f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 1)}"]),
    "licence": lambda r, h: r.choice([
        f"{_l(r, 5)}{_d(r, 6)}{_l(r, 2)}{_d(r, 1)}{_l(r, 2)}", f"{_d(r, 7)}", f"H{_d(r, 8)}",
        f"{_d(r, 2)}{_l(r, 1)}{_d(r, 4)}{_l(r, 1)}", f"OM-{_d(r, 5)}", f"{_l(r, 2)}{_d(r, 7)}",
        f"{_l(r, 1)}{_d(r, 8)}", f"7601{_d(r, 9)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{_l(r, 2)}{_d(r, 2)} {_l(r, 3)}", f"{_d(r, 3)}-D-{_d(r, 5)}", f"{_l(r, 3)} {_d(r, 3)}",
        f"{_l(r, 2)}-{_d(r, 2)}-{_l(r, 2)}", f"{_d(r, 4)} {_l(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}",
        f"{r.choice(('ZH', 'GE', 'TI', 'VD'))} {_d(r, 6)}", f"1-{_l(r, 3)}-{_d(r, 3)}",
        f"{_l(r, 2)} {_d(r, 3)} {_l(r, 2)}", f"{_l(r, 3)}-{_d(r, 4)}", f"MM-{_d(r, 2)}-{_d(r, 2)}",
        f"{_l(r, 2)} {_d(r, 4)}"]),
    "device": lambda r, h: r.choice([
        f"{_l(r, 3)}{_d(r, 6)}{_l(r, 1)}", f"SN {_d(r, 4)}-{_d(r, 5)}", f"{_d(r, 12)}",
        f"{_l(r, 2)}{_d(r, 7)}", f"(01){_d(r, 14)}(21){_l(r, 2)}{_d(r, 5)}"]),
    "other_id": lambda r, h: r.choice([
        f"{_d(r, 7)}{_l(r, 1, 'ABCDEFGHJKLMNPQRSTVWX')}{r.choice(('', 'A', 'W'))}",
        f"{r.choice('12')}{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"{_d(r, 8)} {_d(r, 1)} {_l(r, 2)}{_d(r, 1)}",
        f"756.{_d(r, 4)}.{_d(r, 4)}.{_d(r, 2)}", f"19{_d(r, 2)} {_d(r, 4)} {_d(r, 5)}",
        f"{_d(r, 2)}.{_d(r, 2)}.{_d(r, 2)}-{_d(r, 3)}.{_d(r, 2)}",
        f"{_l(r, 1)}{_d(r, 8)}{_l(r, 1)}",
        f"{_l(r, 1)}{r.choice('12')}{_d(r, 8)}", f"{_l(r, 1)}{_d(r, 6)}({_d(r, 1)})",
        f"{r.choice('157')}{_d(r, 6)}({_d(r, 1)})",
        f"{_l(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_l(r, 1, 'ABCD')}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(575, 576)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(586, 586)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(140, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}"]),
    "phone": _f41_phone,
    "fax": _f41_phone,
    "email": lambda r, h: r.choice(["{g}.{s}@example.co.uk", "{s}{n}@example.ie",
                                    "{g}{s}@example.pt",
                                    "{g}.{s}@example.ch", "{s}.{g}{n}@example.com.tw",
                                    "{g}_{s}@example.com.hk", "{g}{n}@example.org.nz"]),
    "url": lambda r, h: r.choice(["https://www.example.org.uk/appeal/{g}-{s}", "example.pt/{s}{n}",
                                  "http://{g}{s}.example.blog",
                                  "https://gofund.example.com/{s}-{n}",
                                  "www.example.ch/~{s}/familie", "https://example.tw/{g}{n}"]),
    "ip": lambda r, h: r.choice([f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"198.51.100.{r.randint(1, 254)}",
                                 f"2001:db8::{r.randint(1, 65535):x}"]),
    "zip": _f41_zip,
    "date": _f41_date,
}

F41_VOCABULARY = Vocabulary(
    given=["Harpreet", "Shabana", "Delroy", "Marcia", "Wojciech", "Agnieszka", "Abdirahman",
           "Hodan", "Kealoha", "Leilani", "Maricel", "Rodolfo", "Tamsin", "Juan", "Aoife",
           "Dermot", "Mereana", "Remedios", "Conceição", "Xoán", "Uxía", "Reto", "Chiara",
           "Jhemp", "Wout", "Arben", "Drita", "Ya-ting", "Wing-kei", "Zélia", "Kila"],
    surnames=["Sandhu", "Begum", "Campbell", "Nowakowska", "Warsame", "Kahananui", "Dela Cruz",
              "Taitano", "Pascoe", "Kinvig", "Quayle", "Byrne", "Tainui", "Figueiredo",
              "Otero", "Brunner", "Favre", "Bernasconi", "Hoffmann", "Vermeulen", "Hoxha",
              "Lin", "Chan", "Ximenes", "Kaupa", "Abdi", "Mahmood"],
    cities=["Sparkbrook", "Handsworth", "Stepney", "Camborne", "St Just", "Ramsey", "Peel",
            "Cabra", "Finglas", "Waianae", "Hilo", "Dededo", "Yigo", "Hokitika", "Timaru",
            "Alcobaça", "Mirandela", "Lalín", "Ribadeo", "Wädenswil", "Yverdon-les-Bains",
            "Bellinzona", "Ettelbruck", "Roeselare", "Korçë", "Hualien", "Sham Shui Po",
            "Taipa", "Baucau", "Goroka"],
    streets=["Ladypool", "Soho", "Cable", "Trelowarren", "Athol", "Dorset", "Farrington",
             "Mahoe", "Tasman"],
    relations=["daughter", "son", "wife", "husband", "grandson", "niece", "neighbour",
               "daughter-in-law", "carer", "sister"],
    clean=[
        "NEWS2 6; lactate 3.1 mmol/L; blood cultures x2 before antibiotics.",
        "Sickle cell disease, HbSS; crisis managed on the Haematology Day Unit.",
        "Kawasaki disease excluded; echo normal, CRP 48.",
        "Seen on Ward 12 (Acute Medical Unit); Rockwood Clinical Frailty Scale 6.",
        "Addison's disease on hydrocortisone 10/5/5 mg; sick-day rules reviewed.",
        "Hb 84 g/L, MCV 71 fL, ferritin 6 ug/L.",
        "HbA1c 74 mmol/mol on metformin 1 g BD and gliclazide 80 mg.",
        "ECG: AF 112 bpm, QTc 452 ms.",
        "Diagnóstico: doença de Crohn ileocólica; Harvey-Bradshaw 9.",
        "Serviço de Medicina Interna, piso 4; TA 128/76 mmHg, FC 84 bpm.",
        "Enfermidade de Parkinson en estadio 3 de Hoehn e Yahr.",
        "Servizo de Urxencias; Glasgow 15, SatO2 96 % basal.",
        "Morbus Crohn, Erstdiagnose 2011; Calprotectin 820 µg/g.",
        "Station 5B, Innere Medizin; CRP 112 mg/l, Leukozyten 14,2 G/l.",
        "Maladie de Horton suspectée; VS 86 mm/h, biopsie de l'artère temporale demandée.",
        "Service de gériatrie, unité B; MMSE 21/30.",
        "Morbo di Parkinson, in terapia con levodopa 100/25 mg tre volte al giorno.",
        "Reparto di Medicina, letto 14; PA 135/80 mmHg.",
        "Ziekte van Crohn; opname op afdeling Interne Geneeskunde, kamer 213.",
        "Sëmundja Addison; TA 100/60 mmHg, Na 129 mmol/L.",
        "川崎病已排除；心臟超音波正常。",
        "帕金森氏症，服用Sinemet 25/100 mg每日三次。",
        "內科病房12B；血壓 132/78 mmHg，心跳 88次/分。",
        "痛風發作，尿酸 9.8 mg/dL；轉介風濕科。",
        "Moras malaria; RDT pozitivu, tratamentu Coartem.",
        "Sik TB; em i kisim marasin 2HRZE/4HR long klinik.",
        "Hansen's disease, MB type; MDT month 6 of 12.",
        "GCS 14 (E4V4M6); pupils 3 mm reactive.",
        "Wells score 5; D-dimer 1.9 mg/L FEU; CTPA booked.",
        "eGFR 38 mL/min/1.73m2; creatinine 142 umol/L.",
        "Kupuna clinic follow-up in 3 months.",
        "Glasgow-Blatchford score 11; OGD within 24 h.",
        "Dose 5 of 6 given; INR 2.4 on warfarin 4 mg.",
        "Diagnosed 2019; relapse 2023 after stopping treatment.",
        "Teste de Mantoux 14 mm; IGRA positivo.",
        "Escala de Barthel 45/100; Braden 13.",
        "VO2max 18 ml/kg/min; 6MWT 310 m.",
        "Fall risk: Morse 55; bed rails up overnight.",
    ],
    seed=19_041,
)

F41_CONNECTORS = [": ", " - ", " ", " n.º ", " Nr. ", "：", " no. ", ":\t", " = ", " # "]
F41_FRAMES = ["{kv}", "{kv}.", "• {kv}", "{kw}\n{v}", "| {kw} | {v} |", "{kv} (checked at desk)",
              "Front sheet - {kv}", "[{kv}]", "{kv}; ID band matches", "Registration: {kv}",
              "Identificação - {kv}", "基本資料：{kv}"]
F41_KEYWORDS = {
    "mrn": ["Hosp No", "RRK number", "Unit no.", "NHI", "IHI", "MRN", "N.º processo",
            "N.º de historia", "Fallnummer", "N° de dossier", "病歷號", "HN", "Patient ID"],
    "health_plan": ["NHS No", "NHS number", "Med-QUEST ID", "Nº utente", "Número de utente SNS",
                    "CIP", "TIS", "Krankenkasse Vers.-Nr.", "N° d'assuré", "健保卡號", "MIP no",
                    "HMSA member ID", "Medical card no"],
    "account": ["IBAN", "Account no", "Factura n.º", "Rechnung Nr.", "Invoice", "Sort code/acc"],
    "licence": ["Driving licence", "GMC", "NMC PIN", "Passport no", "Cédula profissional",
                "HI DL", "Medical Council no", "GLN"],
    "vehicle": ["Reg", "Car reg", "Matrícula", "Kontrollschild", "Plaque", "Nummerplaat",
                "車牌", "Targa", "Vehicle"],
    "device": ["Pacemaker serial", "S/N", "Pump serial", "Nº série", "Seriennummer", "序號",
               "CGM sensor", "UDI"],
    "other_id": ["PPSN", "NIF", "Cartão de Cidadão", "AHV-Nr.", "N° AVS", "Matricule",
                 "Rijksregisternummer", "NID", "身分證字號", "HKID", "BIR", "NI number",
                 "Kartaun eleitorál"],
    "ssn": ["SSN", "Soc Sec #", "Social Security no."],
    "phone": ["Tel", "Mob", "Telemóvel", "Tel.", "Natel", "GSM", "電話", "手機", "NOK mobile",
              "Fon"],
    "fax": ["Fax", "Fax no", "傳真", "Telefax"],
}
F41_SENTENCES = {
    "licence": ["Her driving licence {v} was used to confirm identity.",
                "Locum registered with the GMC, number {v}.",
                "A carta de condução {v} ficou no processo.",
                "Passport {v} copied for the overseas visitors' office."],
    "vehicle": ["Driver of car {v}, restrained, airbag deployed.",
                "Husband parked {v} in the drop-off bay overnight.",
                "O carro {v} foi envolvido na colisão.", "Lenker des Fahrzeugs {v}, angegurtet.",
                "Scooter {v} 與機車相撞。"],
    "mrn": ["Old notes under hospital number {v}, please merge.", "Registado com o processo {v}.",
            "Previous admission under RRK {v}.", "舊病歷號 {v} 已合併。", "Alte Fallnummer {v}."],
    "health_plan": ["NHS number {v} checked on the Spine.", "Med-QUEST coverage, ID {v}.",
                    "Utente do SNS n.º {v}.", "Versichert bei der Krankenkasse, Nr. {v}.",
                    "健保卡號 {v}，已過卡。"],
    "account": ["Deposit refunded to {v}.", "Fatura paga por transferência para {v}.",
                "Private fees billed to account {v}."],
    "device": ["Dual-chamber pacemaker, serial {v}, checked in clinic.",
               "Insulin pump {v} taken off and bagged.", "Bomba de insulina n.º de série {v}."],
    "other_id": ["PPSN {v} given for the medical card application.", "NIF {v} para a fatura.",
                 "Identity confirmed from the HKID card {v}.", "AHV-Nummer {v} im Formular.",
                 "身分證字號 {v} 核對無誤。"],
    "ssn": ["SSN {v} on the Med-QUEST form.", "Social Security number {v} given by his son.",
            "Guam resident, SSN {v}."],
    "phone": ["Daughter {given} can be reached on {v}.", "Contacto da filha: {v}.",
              "Son prefers texts to {v}.", "請聯絡女兒 {v}。", "Tochter erreichbar unter {v}."],
    "fax": ["Discharge letter faxed to the GP on {v}.", "Referral faxed to {v}.",
            "Relatório enviado por fax para {v}."],
    "email": ["Nephew asks for updates by e-mail to {v}.", "Enviar relatório para {v}.",
              "Befund an {v} gesendet.", "Send the clinic letter to {v}."],
    "url": ["Family fundraising page: {v}.", "Her blog {v} describes the diagnosis.",
            "A família publicou a história em {v}."],
    "ip": ["Video consult dropped from {v} twice.", "Portal login from {v} flagged by IT.",
           "Telekonsultation von {v} aus."],
    "zip": ["Postcode {v}.", "Código postal {v}.", "Eircode {v}", "PLZ {v}",
            "Address: [[place:Hilo]], HI {v}",
            "Lives in [[place:Timaru]] {v}."],
    "date": ["Admitted {v}.", "DOB {v}", "Data de nascimento: {v}", "Aufnahme am {v}",
             "Date d'entrée : {v}", "入院日期：{v}", "Discharged {v}.", "Fecha de ingreso: {v}",
             "Data e shtrimit: {v}", "Opname {v}", "Died {v}", "Seen {v} in clinic."],
    "address": ["Lives at [[address:{n} {street} Road]] with her {rel}.",
                "Home: [[address:Flat {n2}, {n} {street} Street]].",
                "Morada: [[address:Rua da Boavista, {n}, 2.º Esq.]]",
                "Enderezo: [[address:Rúa do Hórreo, {n}, 3.º B]]",
                "Wohnhaft [[address:Seestrasse {n}]], bei der Tochter.",
                "Domicile : [[address:{n}, rue de la Plaine]]",
                "Adres: [[address:Meensesteenweg {n} bus {n2}]]",
                "住址：[[address:中山路{n}號{n2}樓]]", "Found outside [[address:{n} {street} Lane]]."],
    "place": ["Transferred from {city} overnight.", "Lives in {city} with her {rel}.",
              "Natural de {city}.", "Wohnt in {city}, Pflegeheim.", "Originaire de {city}.",
              "Flown in from {city} by the rescue helicopter.", "住在{city}。",
              "Em i kam long {city} long PMV."],
    "name": ["{full} was seen on the ward round.", "NOK: {given} ({rel}).",
             "Her {rel} {given} stayed overnight.", "Mrs {surname} declined the bloods.",
             "Sra. {surname} refere melhoria.", "Frau {surname} mobilisiert mit Rollator.",
             "{given} translated for his father.", "Discussed with {full}, the {rel}.",
             "{surname} 先生 主訴胸痛。", "Pt: {full}"],
}
F41_AFTER = ["{v} ({kw})", "{v} - {kw}", "{kw} on file: {v}", "{v} = {kw}", "{v}（{kw}）"]
F41_REFERENCES = [
    "As described previously (https://doi.org/10.1136/bmj.{n}).",
    "See the NICE guideline https://www.nice.org.uk/guidance/ng{n} and the BTS statement.",
    "Compare the Taiwanese cohort (https://pubmed.ncbi.nlm.nih.gov/3{n}{n}/).",
]
F41_STYLES = [
    "DISCHARGE SUMMARY - Acute Medicine\n{body}\nTTO dispensed. GP to review in 2 weeks.",
    "ED Triage (Manchester Triage System: orange)\n{body}",
    "NOTA DE ALTA - Serviço de Medicina Interna\n{body}\nMedicação habitual mantida.",
    "INFORME DE ALTA - Servizo de Medicina Interna\n{body}",
    "AUSTRITTSBERICHT\n{body}\nFreundliche Grüsse",
    "LETTRE DE SORTIE\n{body}\nAvec nos meilleures salutations confraternelles.",
    "LETTERA DI DIMISSIONE\n{body}\nCordiali saluti.",
    "ONTSLAGBRIEF\n{body}\nMet collegiale groeten.",
    "出院病歷摘要\n{body}\n門診追蹤。",
    "Handover list:\n- {body}\n- bloods in the morning\n- chase CT report",
    "| Bed | Details | Plan |\n|---|---|---|\n| 7 | {body} | home when MFFD |",
    "Case board post: advice please.\n{body}\nThanks all.",
    "District nurse visit.\n{body}\nNext visit Thursday.",
    "{body}",
]

F41_PART = Part("fresh41", F41_VOCABULARY, F41_CONNECTORS, F41_FRAMES, F41_KEYWORDS,
                F41_SENTENCES, F41_AFTER, F41_REFERENCES, True, values=F41_VALUES,
                age=_f41_age, styles=F41_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh41-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("birmingham-discharge",
     "DISCHARGE SUMMARY - [[place:Heartlands Hospital]], Ward 16\nPatient: [[name:Shabana BEGUM]]"
     "   NHS No: [[health_plan:943 476 5919]]   Hosp No: [[mrn:H2284719]]\nDOB: "
     "[[date:04/11/1933]] "
     "([[age:91 yrs]])\nAddress: [[address:27 Ladypool Road]], [[place:Sparkbrook]], "
     "[[place:Birmingham]]"
     " [[zip:B12 8LQ]]\nAdmitted [[date:12/02/2025]] with urosepsis; discharged "
     "[[date:19/02/2025]].\n"
     "Daughter-in-law [[name:Rukhsana]] (speaks Sylheti and English) on [[phone:07700 918 442]].\n"
     "GP: Dr [[name:A. Mahmood]], [[place:Ladypool Road Surgery]]. Co-amoxiclav to complete 7 "
     "days."),
    ("london-somali-ed",
     "ED resus 3, [[place:Royal London Hospital]]. [[name:Hodan Abdi Warsame]], a "
     "[[age:92-year-old]]"
     " woman from [[place:Stepney]], brought in by LAS after a fall; her grandson "
     "[[name:Abdirahman]]"
     " interpreted from Somali. Lives at [[address:Flat 11, 40 Ocean Street]], [[zip:E1 3BS]].\n"
     "MRN [[mrn:RRK3302917]]. Grandson's number [[phone:020 7946 0381]].\nNOF fracture on X-ray; "
     "fascia iliaca block given, ortho aware."),
    ("london-sickle-handover",
     "Night handover, haematology:\n- Bed 4: [[name:Delroy Campbell]], 34, HbSS, vaso-occlusive "
     "crisis, PCA morphine; Hb 71. Mum [[name:Marcia]] on [[phone:07911 204 336]], lives at "
     "[[address:18 Cable Street]], [[place:Shadwell]] [[zip:E1 0BL]].\n- Reviewed by Dr "
     "[[name:Okoye]] at 22:00; exchange transfusion if chest crisis."),
    ("birmingham-polish-chat",
     "[09:14] [[name:Agnieszka]] (HCA, tłumaczy): Pan [[name:Wojciech Nowakowski]] says the pain "
     "started yesterday at work.\n[09:16] Dr [[name:Harpreet Sandhu]]: NI number for the fit "
     "note?\n"
     "[09:17] [[name:Agnieszka]]: [[other_id:QQ 12 34 56 C]]. Wife [[name:Beata]] is on "
     "[[phone:+48 601 234 567]], she drove him from [[place:Handsworth]] in [[vehicle:BV19 KXF]].\n"
     "[09:20] Dr [[name:Harpreet Sandhu]]: thanks, renal colic likely, CTKUB requested."),
    ("cornwall-district-nurse",
     "District nursing visit, [[place:Pendeen]]. Saw [[name:Tamsin Pascoe]] at home, "
     "[[address:3 Trewellard Row]], [[zip:TR19 7SX]]. Left leg ulcer 4 x 3 cm, ABPI 0.9, "
     "compression reapplied. Husband [[name:Jory]] asks for a call on [[phone:01736 788 214]] "
     "before [[date:Thurs 6/3/25]]. GP at [[place:Cape Cornwall Surgery]] informed."),
    ("cornwall-fisherman",
     "Minor injury unit, [[place:West Cornwall Hospital]], [[place:Penzance]]. Crewman off the "
     "trawler [[vehicle:PZ 512]], left hand caught in the hauler. Skipper [[name:Morwenna "
     "Tremayne]] brought him up from [[place:Newlyn]] harbour. Patient [[name:Kitto Rowe]], 41. "
     "XR: no fracture. Tetanus booster given."),
    ("iom-handover",
     "Ward 9, [[place:Noble's Hospital]] - handover\n[[name:Juan Kinvig]], [[age:94]], from "
     "[[place:Ramsey]] ([[address:2 Ballacrye Close]], [[zip:IM8 3EL]]). Chest sepsis, improving. "
     "Daughter [[name:Ealish Kinvig]] tel [[phone:01624 812 557]]. NI no. [[other_id:MA 40 21 77 "
     "B]]. "
     "[[place:Ramsey Cottage Hospital]] bed requested for rehab."),
    ("iom-road-race",
     "Trauma call [[date:Wednesday 28 May 2025 10:42]]. Practice-week rider [[name:Callum "
     "Quayle]], "
     "came off at speed on bike [[vehicle:FMN 274 C]]. Helmet camera S/N "
     "[[device:GPX7720391]] handed to the police. Airlifted to [[place:Aintree University "
     "Hospital]]; mother [[name:Sandra]] on [[phone:07624 493 118]]."),
    ("dublin-inner-city",
     "[[place:Mater Misericordiae University Hospital]] - AMAU\n[[name:Dermot Byrne]], DOB "
     "[[date:02/09/1958]], IHI [[mrn:7731 0208 4415 2290]], PPSN [[other_id:6543210TA]].\nHostel "
     "at [[address:14 Dorset Street Lower]], [[place:Dublin]] 1, Eircode [[zip:D01 K2W7]].\nCOPD "
     "exacerbation, alcohol excess. Sister [[name:Bernadette]] mob [[phone:087 614 2230]]. "
     "Keyworker in [[place:Cabra]] aware."),
    ("dublin-email",
     "From: [[name:Aoife Dunne]] <[[email:aoife.dunne@example.ie]]>\nSent: [[date:Tue 14/01/2025 "
     "09:12]]\nTo: addiction service\nRe: [[name:Anthony Mahon]], DOB [[date:22/06/1979]]\n"
     "He has moved to [[address:41 Gardiner Street Upper]], [[zip:D01 R8N6]], and wants his "
     "methadone (80 mg) dispensed in [[place:Phibsborough]]. His phone is [[phone:085 227 9041]].\n"
     "Thanks, [[name:Aoife]]"),
    ("hawaii-admission",
     "Admission H&P, [[place:Queen's Medical Center]], [[place:Honolulu]]\n[[name:Kealoha "
     "Kahananui]], 67M, from [[place:Waianae]]; [[address:87-1960 Farrington Hwy]], HI "
     "[[zip:96792]]. Med-QUEST ID [[health_plan:4410023876]], SSN [[ssn:575-42-1187]].\nCHF "
     "exacerbation, BNP 2140. Wife [[name:Leilani]] at bedside: [[phone:(808) 696-2218]]."),
    ("hawaii-filipino",
     "Geriatrics consult. [[name:Remedios Bautista]], [[age:95]], Ilocano-speaking, lives with her "
     "daughter [[name:Maricel Dela Cruz]] in [[place:Waipahu]]. [[name:Maricel]] works nights "
     "at [[place:Pali Momi Medical Center]] and can be reached at "
     "[[phone:808-671-4402]]. Delirium on UTI; CAM positive. Family asks that the priest "
     "from [[place:St. Joseph Church]] visit."),
    ("hawaii-dialysis",
     "HOME HEMODIALYSIS - [[place:Hilo Medical Center]] renal clinic\nPt [[name:Rodolfo Pagaduan]]"
     " - machine serial [[device:NXS204881K]] replaced [[date:Jan 9 2025]]. Lives in "
     "[[place:Keaau]], [[zip:96749]]. Kt/V 2.1 weekly. Son [[name:Ramil]] texts from "
     "[[phone:808-982-3314]]."),
    ("guam-referral",
     "Off-island referral - [[place:Guam Memorial Hospital]]\nPatient: [[name:Jesus San Nicolas "
     "Taitano]], [[age:90]], of [[place:Dededo]], GU [[zip:96929]]\nSSN [[ssn:586-22-4093]]; "
     "MIP [[health_plan:MIP-204418]]\nFor TAVR in [[place:Honolulu]]. Grandson [[name:Vincent "
     "Taitano]] on [[phone:(671) 632-1187]]; he drives a truck, plate [[vehicle:GAH 448]]."),
    ("nz-westcoast",
     "[[place:Te Nikau Grey Hospital]] - discharge\n[[name:Mereana Tainui]], NHI [[mrn:ZKT4821]], "
     "[[age:93]] yrs, lives in [[place:Hokitika]] ([[address:9 Rata Street]], [[zip:7810]]).\n"
     "Cellulitis L leg. Whānau contact: moko [[name:Tama]] [[phone:021 448 2093]]. Rural nurse "
     "at [[place:Ross]] to review Friday."),
    ("nz-timaru-sms",
     "SMS, practice nurse:\n> Kia ora, [[name:Murray]]'s bloods from [[place:Timaru Hospital]] "
     "are back - INR 4.8, hold warfarin tonight.\n< thanks, he's out on the block near "
     "[[place:Fairlie]], I'll tell him - [[name:Jan McKenzie]]\n> NHI [[mrn:PLR3390]]. The ute "
     "[[vehicle:KTR482]] was seen outside the pharmacy, all good."),
    ("pt-nota-alta",
     "[[place:Centro Hospitalar de Leiria]] - Serviço de Medicina\nNOTA DE ALTA\nDoente: "
     "[[name:Maria"
     " da Conceição Figueiredo]], [[age:93 anos]]\nN.º utente SNS [[health_plan:284119630]]  N.º "
     "processo [[mrn:1874402]]\nMorada: [[address:Rua Dr. Francisco Zagalo, 12, r/c]], "
     "[[zip:2460-018]] [[place:Alcobaça]]\nInternamento de [[date:03-02-2025]] a "
     "[[date:14-02-2025]]."
     "\nFilha [[name:Isabel]], telemóvel [[phone:912 448 301]].\nMédica: Dr.ª [[name:Ana Rita "
     "Gaspar]]"),
    ("pt-referenciacao",
     "Pedido de consulta de Ortopedia\nUtente [[name:Joaquim Augusto Rodrigues]], 71 anos, NIF "
     "[[other_id:184 552 907]], Cartão de Cidadão [[other_id:09871234 5 ZX2]].\nAgricultor em "
     "[[place:Torre de Dona Chama]]; capotamento do trator [[vehicle:45-KL-18]] a "
     "[[date:17 de março de 2025]]. O filho [[name:Nuno]] pede resposta para "
     "[[email:nuno.rodrigues@example.pt]]."),
    ("gl-informe",
     "INFORME DE ALTA - Servizo de Medicina Interna, [[place:Hospital Universitario Lucus Augusti]]"
     "\nPaciente: [[name:Uxía Otero Castro]], [[age:96 anos]]\nCIP [[health_plan:OTCS330611914]]  "
     "NHC "
     "[[mrn:00718231]]\nVive en [[place:Ribadeo]] coa súa filla [[name:Carme]]. Data de ingreso: "
     "[[date:2 de xaneiro de 2025]].\nInsuficiencia cardíaca descompensada. Teléfono da filla "
     "[[phone:982 12 88 40]]."),
    ("gl-urxencias",
     "Urxencias, [[place:Hospital Comarcal de Valdeorras]]: [[name:Xoán Brea Fernández]], "
     "labrego de [[place:Vilamartín]], caeu do tractor onte. Enderezo: [[address:Lugar de "
     "Portela, 4]], [[zip:32337]]. TIS [[health_plan:GAOR 4471 0298 3310]]. A muller, "
     "[[name:Pilar]], chama ao [[phone:988 33 40 12]]."),
    ("ch-de-austritt",
     "AUSTRITTSBERICHT - [[place:See-Spital Horgen]], Medizinische Klinik\nFrau [[name:Ursula "
     "Brunner-Weber]], geb. [[date:03.08.1932]] ([[age:92 J.]])\nAHV-Nr. "
     "[[other_id:756.4412.8870.31]], Krankenkasse CSS, Versichertenkarte "
     "[[health_plan:80756 00012 34567 89012]]\nWohnhaft [[address:Zugerstrasse 41]], [[zip:8820]] "
     "[[place:Wädenswil]]\nSturz als Lenkerin des Autos [[vehicle:ZH 418 223]]. Ehemann "
     "[[name:Reto]], Natel [[phone:079 412 55 80]]."),
    ("ch-fr-lettre",
     "[[place:Hôpital d'Yverdon-les-Bains]] - Service de médecine\nConcerne : M. [[name:Gilles "
     "Favre]], né le [[date:19.04.1948]], N° AVS [[other_id:756.9021.3345.07]]\nDomicilié "
     "[[address:rue des Moulins 12]], [[zip:1400]] [[place:Yverdon-les-Bains]]\nHospitalisé du "
     "[[date:3 février 2025]] au [[date:11 février 2025]] pour pneumonie. Copie au Dr [[name:C. "
     "Jaquier]], fax [[fax:024 424 41 50]]."),
    ("ch-it-lettera",
     "[[place:Ospedale San Giovanni]], [[place:Bellinzona]] - Medicina interna\nSig.ra "
     "[[name:Chiara Bernasconi]], [[age:97 anni]], residente in [[address:Via Borghetto 7]], "
     "[[zip:6512]] [[place:Giubiasco]]\nCassa malati, n. assicurato [[health_plan:80756 00874 "
     "21093 44561]]. Ricoverata il [[date:8 gennaio 2025]]. Il figlio [[name:Marco]] (tel. "
     "[[phone:091 825 44 17]]) chiede un colloquio."),
    ("lu-fr-compte-rendu",
     "[[place:Centre Hospitalier du Nord]] - Gériatrie\nMme [[name:Marie-Josée Schmit]], [[age:93 "
     "ans]], matricule [[other_id:1931072204815]]\n[[address:7, rue de la Sûre]], [[zip:L-9015]]"
     " [[place:Ettelbruck]]\nEntrée le [[date:14.02.2025]] pour chute. Fils [[name:Claude]] : "
     "[[phone:+352 621 408 772]]."),
    ("lu-lb-fleeg",
     "Fleegdokumentatioun, Nuetsdéngscht: Den Här [[name:Jhemp Weber]], [[age:95 Joer]], wunnt zu "
     "[[place:Wiltz]] an der [[address:Grand-Rue 58]]. Hien huet gutt geschlof. Seng Duechter "
     "[[name:Nathalie]] ass um [[phone:691 224 518]] z'erreechen. CNS-Matricule "
     "[[other_id:1929 0311 027 44]]."),
    ("be-ontslagbrief",
     "ONTSLAGBRIEF - [[place:AZ Delta]], Geriatrie\nMevrouw [[name:Lieve Vermeulen]], [[age:91 "
     "jaar]], rijksregisternummer [[other_id:33.05.14-128.61]]\nZiekenfonds: aansluitingsnr. "
     "[[health_plan:114-0556231-84]]\nAdres: [[address:Meensesteenweg 214 bus 3]], [[zip:8800]] "
     "[[place:Roeselare]]\nOpname [[date:2 maart 2025]]. Huisarts dr. [[name:W. Peeters]] te "
     "[[place:Hooglede]]. Zoon [[name:Wout]], gsm [[phone:0476 21 88 93]]."),
    ("al-epikriza",
     "[[place:Spitali Rajonal Korçë]], Pavioni i Kardiologjisë\nEPIKRIZË\nPacienti: [[name:Arben "
     "Hoxha]], [[age:90 vjeç]], NID [[other_id:H00414029K]], nga fshati [[place:Boboshticë]]\n"
     "Data e shtrimit: [[date:11.01.2025]], data e daljes: [[date:20.01.2025]]\nVajza "
     "[[name:Drita]], tel. [[phone:+355 69 448 2017]]. Fibrilacion atrial, INR 2.3."),
    ("al-referim",
     "Referim nga [[place:Shkodër]] për në [[place:Spitali Universitar Nënë Tereza]]: pacientja "
     "[[name:Mimoza Gjoka]], 58 vjeç, aksident me makinën [[vehicle:AA 417 FG]] më "
     "[[date:3 mars 2025]]. Email i djalit: [[email:ermal.gjoka@example.al]]."),
    ("tw-discharge",
     "出院病歷摘要\n[[place:花蓮慈濟醫院]] 內科部\n姓名：[[name:林雅婷]]　性別：女　年齡：[[age:92歲]]\n"
     "身分證字號：[[other_id:U221874305]]　病歷號：[[mrn:03318842]]\n健保卡號：[[health_plan:"
     "0000 2217 4430]]\n出生日期：[[date:民國21年5月14日]]\n入院：[[date:114/01/03]]　出院："
     "[[date:114/01/15]]\n地址：[[zip:973]]花蓮縣[[place:吉安鄉]][[address:中山路三段88號]]\n"
     "聯絡人：女兒 [[name:陳怡君]]，手機 [[phone:0912-448-630]]\n診斷：社區型肺炎，心房顫動。"),
    ("tw-line-chat",
     "[08:12] [[name:王美華]]：12床[[name:李]]伯伯昨晚騎機車 [[vehicle:MKP-5821]] 在[[place:玉里]]"
     "跌倒，右手腕骨折。\n[08:14] [[name:張]]醫師：家屬電話？\n[08:15] [[name:王美華]]：兒子 "
     "[[phone:(03)888-2164]]，住[[place:瑞穗鄉]]。"),
    ("hk-discharge",
     "[[place:廣華醫院]] 內科 出院摘要\n病人：[[name:陳永基]]（[[name:CHAN Wing-kei]]）"
     "[[age:93歲]]\nHKID [[other_id:K417233(5)]]　HN [[mrn:HN02318847Y]]\n住[[place:深水埗]]"
     "[[address:福榮街214號5樓B室]]\n阿伯今朝跌親，右髖痛，行唔到。個仔[[name:阿明]]電話 "
     "[[phone:9123 4871]]。"),
    ("hk-whatsapp",
     "[22:41] Dr [[name:Ho]]: bed 12 嗰個[[name:黃]]伯，[[date:3/2/2025]] 入院，聽日出院？\n"
     "[22:43] [[name:Ka-man]] (OT): 佢屋企 [[address:大興邨興昌樓1812室]] 冇扶手，要先做家訪。\n"
     "[22:44] Dr [[name:Ho]]: OK，[[place:屯門]]社康護士跟進。"),
    ("mo-alta",
     "[[place:Centro Hospitalar Conde de São Januário]] / [[place:仁伯爵綜合醫院]]\nNota de alta\n"
     "Nome: [[name:Lei Kam Fong]] / [[name:李金鳳]]\nBIR n.º [[other_id:1203488(7)]]  Idade: "
     "[[age:94 anos]]\nMorada: [[address:Rua de Coimbra, n.º 120, Edf. Nam Fong, 6.º D]], "
     "[[place:Taipa]]\nData de admissão: [[date:21/01/2025]]. Contacto do neto: [[phone:+853 6612 "
     "4470]]."),
    ("tl-tetum",
     "[[place:Hospital Referál Baucau]]\nPasiente: [[name:Zélia da Costa Ximenes]], [[age:91 "
     "tinan]], hela iha aldeia [[place:Loilubo]], suku [[place:Buruma]]\nKartaun eleitorál "
     "[[other_id:0412-1103-5521]]\nMoras: malaria P. falciparum. Oan-feto [[name:Angelina]] nia "
     "telemovel [[phone:+670 7734 2291]]. Tama iha [[date:09/02/2025]]."),
    ("tl-pt-transferencia",
     "Transferência para o [[place:Hospital Nacional Guido Valadares]]\nDoente [[name:Domingos "
     "Soares]], 45 anos, natural de [[place:Maliana]], fratura exposta da tíbia em "
     "[[date:4 de março de 2025]]. Médico: Dr. [[name:Nélio Guterres]], tel. [[phone:+670 7721 "
     "0458]]."),
    ("pg-tok-pisin",
     "[[place:Goroka General Hospital]], Medikal Wod\nLapun meri [[name:Kila Kaupa]], [[age:90 "
     "krismas]], em i kam long ples [[place:Asaro]]. Sik i stat long [[date:12/01/2025]]. "
     "Pikinini meri bilong em, [[name:Wambi]], i stap long [[phone:+675 7281 4463]]. Em i gat "
     "TB long bros; stat long marasin."),
    ("birmingham-safeguarding",
     "Safeguarding referral (children)\nChild: [[name:Ayaan Mohamed]], DOB [[date:17/08/2019]]\n"
     "Mother [[name:Nasra Abdi]], [[address:Flat 6, 212 Soho Road]], [[place:Handsworth]], "
     "[[zip:B21 9LR]]. Partner drives [[vehicle:BK21 XPE]]. Social worker: "
     "[[name:Hannah Price]], [[email:hannah.price@example.gov.uk]], fax [[fax:0121 464 7702]]."),
    ("london-telehealth-log",
     "Video clinic audit: patient [[name:Shahid Mahmood]] connected from [[ip:192.168.44.17]], "
     "then from [[ip:203.0.113.58]] after the call dropped. Re-booked for [[date:24 March 2025]]."),
    ("hawaii-portal-url",
     "Her family shared her story and photos at [[url:https://gofund.example.com/kupuna-leilani-"
     "kahananui]] before admission.", "patient_information"),
    ("nz-device-cgm",
     "Diabetes nurse, [[place:Dunedin Hospital]]: CGM sensor [[device:(01)00386270000385(21)"
     "KT44102]] failed on day 3; replacement couriered to [[place:Mosgiel]]. Patient "
     "[[name:Aroha Parata]], 16."),
    ("clean-birmingham",
     "ACUTE MEDICAL UNIT - Ward 19\nIssues: Addison's disease on hydrocortisone; sickle cell "
     "trait; Graves' disease in remission. NEWS2 3. Rockwood CFS 5. Plan: Synacthen test "
     "Monday, endocrine review, dietitian."),
    ("clean-portugal",
     "SERVIÇO DE URGÊNCIA - Sala de Observação\nDoença de Crohn ileal; doença de Parkinson em "
     "estadio 2. Escala de Glasgow 15, TA 118/72 mmHg, SpO2 97 % em ar ambiente. Hb 10,8 g/dL. "
     "Alta para a consulta de Gastrenterologia."),
    ("clean-galicia",
     "Servizo de Medicina Interna, planta 5. Enfermidade de Alzheimer GDS 5, escala de Barthel "
     "40/100. Síndrome de Sjögren. Creatinina 1,4 mg/dL. Revisión en consultas externas en 3 "
     "meses."),
    ("clean-swiss-german",
     "INNERE MEDIZIN, Station 3 Ost\nMorbus Basedow, Hashimoto-Thyreoiditis ausgeschlossen. "
     "TSH 0,01 mU/l, fT4 38 pmol/l. Barthel-Index 70. Physiotherapie täglich. Kontrolle in 6 "
     "Wochen."),
    ("clean-swiss-french",
     "SERVICE DE NEUROLOGIE - Unité de soins continus\nMaladie de Parkinson, syndrome de "
     "Guillain-Barré exclu. NIHSS 4. Échelle de Rankin 2. Reprise de la lévodopa 125 mg 4x/j."),
    ("clean-italian",
     "REPARTO DI CARDIOLOGIA - UTIC\nSindrome di Brugada tipo 1; morbo di Crohn in remissione. "
     "FE 45%, NYHA II. Holter 24 h: 3 episodi di TVNS. Controllo ambulatoriale a 3 mesi."),
    ("clean-flemish",
     "AFDELING NEFROLOGIE - dialyse\nZiekte van Kahler uitgesloten; syndroom van Alport "
     "vermoed. eGFR 24 ml/min, kalium 5,9 mmol/l. Volgende sessie dinsdag."),
    ("clean-albanian",
     "PAVIONI I NEUROLOGJISË\nSëmundja Parkinson, shkalla Hoehn-Yahr 3. TA 140/85 mmHg, "
     "glicemia 6,2 mmol/L. Kontroll pas 2 javësh."),
    ("clean-taiwan",
     "神經內科病房 護理紀錄\n帕金森氏症，Hoehn-Yahr 第3期；巴氏量表 55分。血壓 128/76 mmHg。"
     "排除庫欣氏症候群。明日復健科會診。"),
    ("clean-hongkong",
     "內科 病房 交更\nbed 5: 川崎病已排除，CRP 12。bed 8: Addison's disease，hydrocortisone "
     "20 mg 早上。今晚 NEWS 2 分，冇特別。"),
    ("clean-timor-png",
     "Klinik TB: pasiente 12 hetan tratamentu 2HRZE; Mantoux 15 mm. Long wod: sik malaria "
     "na anemia, Hb 7.4 g/dL; blut i go long 2 pela man."),
    ("clean-hawaii",
     "KUPUNA CLINIC NOTE\nHansen's disease, treated 1998; Kawasaki disease as a child. A1c 7.8%. "
     "Plan: podiatry, retinal screen, return 3 months."),
    ("reference-discussion",
     "Discussion: our findings agree with the Hong Kong series (https://doi.org/10.1016/j.hkjc."
     "2020.05.003) and the Portuguese registry (https://pubmed.ncbi.nlm.nih.gov/31234567/).",
     "discussion"),
]

F41_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH41: tuple[Note, ...] = build(F41_PART, per_category=26, clean=120, references=8) + F41_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH41 for e in n.expected)
    print(len(FRESH41), "notes,", sum(1 for n in FRESH41 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

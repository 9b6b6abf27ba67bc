"""FRESH10: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind: its author read only tests/phi/generated.py (the framework and its parts),
tests/phi/corpus.py (the Note type, the span conventions, evaluate()), the domain rules
(45 CFR 164.514(b)(2), as restated in the project's domain notes) and the first 40 lines of
tests/phi/fresh9_notes.py (its conventions); not the scanner, its patterns or name lists, its
benchmark, its tests or the body of any other fresh part, and the scanner was not run while
writing it or on its notes. Its vocabulary, value shapes, keywords, connectors, frames, note
styles and hand-written letters are its own, from settings worldwide: a Kenyan sub-county
referral (MOH 100), a Ghanaian polyclinic OPD card, an Ethiopian ward note in English, a
Vietnamese discharge certificate and a Thai discharge summary in English, an Indonesian
puskesmas referral (Bahasa), a Brazilian prontuário, an Argentine epicrisis and a Chilean
interconsulta (Spanish), Moroccan and Algerian comptes rendus (French), a Quebec ER note, a
Lebanese consultation and a Saudi ED note in English, a Turkish epikriz, an Iranian note
(Solar Hijri dates), a Polish discharge card, a Czech propouštěcí zpráva, a Dutch huisarts
referral and a German Hausarzt letter in English with local keywords, a UK two-week-wait
referral, an Irish ED note, a New Zealand rural note, a Canadian ER note, a US home-health
visit, a telehealth transcript, a team chat, a copy-pasted EHR banner table, a laboratory
report header, an insurance prior authorisation, a cause-of-death summary, a consent form, a
radiology request, a transfusion record and a haemodialysis run sheet.

Conventions (tests/phi/corpus.py's and fresh9's): a name without its title or honorific,
before or after it (Mr, Sra., Mme, dhr., Frau, Pani, pan, Ny., Tn., Ato, W/ro, Khun, Bà,
Mzee, Madam, dr.; "Emine Hanım" -> "Emine", "Hüseyin Bey" -> "Hüseyin"); a full name in any
order is one span, particles included ("PHẠM THỊ THẢO", "KAMAU, Wanjiku", "ETCHEVERRY,
Florencia Inés", "Abdulaziz bin Saad Al-Qahtani", "Jan Willem van der Meulen", "Máire Ní
Bhriain"); staff names (doctors, nurses, interpreters) are names too; an identifier without
its keyword; an age over 89 with its attached unit in any language ("93 años", "92 anos",
"91 ans", "94-jährige", "95-jarige", "92-letnia", "92letý", "91 yaşında", "93 tahun",
"93 ปี") or the number alone ("age/sex 94/F" -> "94"); ages under 90 are not marked; a date
without its preposition or article ("le", "on"), with a weekday right before it and a time
(HH:MM) right after it; dates in other calendars are dates ("1311/04/22" Solar Hijri,
"3 Mar 2567" Buddhist era); a year alone is not marked. Street line (house number, street,
unit, RT/RW, "P.O. Box 1123", a GhanaPost digital address), each locality (village, district,
ward, commune, city, a UK or Irish county) and the postcode are separate spans; a named
hospital, polyclinic or health centre is a place (the whole name); states, provinces, regions,
wilayas and countries are never marked. Category choices: `ssn` is a US Social Security number
only; other national numbers (Kenyan ID, Ghana Card, Thai ID, NIK, CPF, DNI, RUT, CIN, Saudi
ID, Iqama, TC Kimlik, kod-e melli, PESEL, rodné číslo, BSN, PPSN, SIN, UNHCR case numbers,
employee and police numbers) are `other_id`; national or social health insurance numbers
(SHA/NHIF, NHIS, CBHI, BHYT, BPJS, CNS, PAMI, AMO, CHIFA, RAMQ, NSSF, Tamin, KVNR, Dutch
polisnummer, NHS, GMS, NHI, Medicare, US member IDs) are `health_plan`; hospital, folder,
card, HN, RM, prontuário, historia clínica, ficha, dossier, Dosya and księga numbers are `mrn`;
passports, driving licences, professional registrations (KMPDC, CRM, matrícula, CMQ, SCFHS,
PWZ, BIG, LANR, GMC) and certificate numbers are `licence`. Clean notes (and the unmarked
parts of every note) hold doses, lab values with local decimal and thousands separators,
gestations ("28/40"), dose intervals ("8/8 h", "12/12h"), bed, chair, machine and session
numbers, ICD/DRG codes, years, ages under 90, and scores, rules and diseases named after places
and people (Glasgow, Ottawa, Blantyre, Kampala, Kigali, Tokyo, Atlanta, Berlin, Rotterdam,
Milan, Istanbul, Helsinki, Lassa, Marburg, Buruli, Chagas, Burkitt), guideline bodies and
citations; "Comfort" is a given name in some notes and a plain word ("comfort measures") in
others.

Built as build(FRESH10_PART, per_category=27, clean=42, references=8) + FRESH10_LETTERS (50
hand-written notes: 42 with identifiers, 5 clean, 3 in a write-up section): 629 notes, 57 of
them without any identifier (42 generated clean notes, 8 reference notes in an introduction
or discussion, 5 clean letters, 2 reference letters), 780 spans -
name 71, address 43, place 83, zip 48, date 46, age 41, phone 32, fax 30, email 30, ssn 28,
mrn 45, health_plan 45, account 29, licence 34, vehicle 29, device 31, url 46, ip 29,
other_id 40 (`python -m tests.phi.fresh10_notes` prints them). Checked without the scanner:
every span's text is the note's text at its offsets and has no surrounding blanks, no marks or
slots are left in the text, no spans overlap, every category is present, every marked age is
over 89, no note text equals one of generated.py's TUNING notes, and two builds (also under
two PYTHONHASHSEED values) are identical. Deterministic: own seeds, pre-generated template
variants from a fixed-seed Random, no hash-order dependence. Not wired into any test or bench:
measure it once.

    from tests.phi.fresh10_notes import FRESH10, FRESH10_PART, FRESH10_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains); any
resemblance to a real one is chance.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import CATEGORY_ORDER, SPANISH_MONTHS, Part, Vocabulary, build

# ---------------------------------------------------------------- value shapes

_UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _dd(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _ll(r: random.Random, n: int, alphabet: str = _UPPER) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
       "outubro", "novembro", "dezembro"]
_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
       "octobre", "novembre", "décembre"]
_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
       "oktober", "november", "december"]
_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
       "Oktober", "November", "Dezember"]
_PL = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
       "września", "października", "listopada", "grudnia"]
_CS = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září",
       "října", "listopadu", "prosince"]
_TR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
       "Ekim", "Kasım", "Aralık"]
_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
       "Oktober", "November", "Desember"]
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Monday", "Thursday", "Saturday"]


def _date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1924, 2025)
    en = _EN[m - 1]
    return r.choice([
        f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}",
        f"{d}/{m}/{y}", f"{d:02d}-{en[:3]}-{y}", f"{d} {en[:3]} {y}", f"{en[:3]} {d}, {y}",
        f"{d} {en} {y}", f"{r.choice(_DAYS)} {d:02d}/{m:02d}/{y}", f"{m:02d}/{d:02d}/{y}",
        f"{d} de {_PT[m - 1]} de {y}", f"{d} de {SPANISH_MONTHS[m - 1]} de {y}",
        f"{d} {_FR[m - 1]} {y}", f"{d} {_NL[m - 1]} {y}", f"{d}. {_DE[m - 1]} {y}",
        f"{d} {_PL[m - 1]} {y}", f"{d}. {_CS[m - 1]} {y}", f"{d} {_TR[m - 1]} {y}",
        f"{d} {_ID[m - 1]} {y}",
        # Solar Hijri (Iran) and Buddhist era (Thailand), as those records print them
        f"{r.randint(1303, 1403)}/{r.randint(1, 12):02d}/{r.randint(1, 29):02d}",
        f"{d} {en[:3]} {y + 543}",
        f"{d:02d}/{m:02d}/{y % 100:02d}", f"{en} {y}", f"{d:02d}/{m:02d}"])


def _age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 108)
    return r.choice([
        ("{age} female, brought in by her grandson on a boda-boda", f"{n}yrs"),
        ("age {age}, walks with a stick", f"{n} yrs"),
        ("a {age} grandmother from the village", f"{n}-year-old"),
        ("paciente de {age}, viúva, lúcida", f"{n} anos"),
        ("idade: {age}", f"{n} anos"),
        ("paciente de {age}, autovalente", f"{n} años"),
        ("edad {age} - derivada desde el CESFAM", f"{n} años"),
        ("patiente âgée de {age}, vit seule", f"{n} ans"),
        ("âge : {age}", f"{n} ans"),
        ("umur {age}, datang diantar anaknya", f"{n} tahun"),
        ("{age} kadın hasta, yatağa bağımlı", f"{n} yaşında"),
        ("{age} pacjentka z domu opieki", f"{n}-letnia"),
        ("{age} pacient, soběstačný", f"{n}letý"),
        ("{age} vrouw, zelfstandig wonend", f"{n}-jarige"),
        ("{age} Patientin aus dem Pflegeheim", f"{n}-jährige"),
        ("a {age} kuia, lives with her mokopuna", f"{n}-year-old"),
        ("age/sex {age}/F", f"{n}"),
        ("she turned {age} in the winter", f"{n}"),
        ("{age} (documented on the ID card)", f"{n} y"),
        ("อายุ {age}", f"{n} ปี"),
        ("age: {age}, on home oxygen", f"{n} years"),
        ("a {age} retired fisherman", f"{n}-yr-old"),
    ])


def _phone(r: random.Random, _h: bool) -> str:
    us = f"{r.randint(201, 989)}"
    return r.choice([
        f"+254 7{_dd(r, 2)} {_dd(r, 3)} {_dd(r, 3)}", f"07{_dd(r, 2)} {_dd(r, 6)}",
        f"+233 {r.choice(['20', '24', '54', '55'])} {_dd(r, 3)} {_dd(r, 4)}",
        f"0{r.choice(['24', '20', '55'])} {_dd(r, 3)} {_dd(r, 4)}",
        f"+251 9{_dd(r, 1)} {_dd(r, 3)} {_dd(r, 4)}", f"09{_dd(r, 2)} {_dd(r, 2)} {_dd(r, 2)} {_dd(r, 2)}",
        f"+84 9{_dd(r, 1)} {_dd(r, 3)} {_dd(r, 4)}", f"09{_dd(r, 2)} {_dd(r, 3)} {_dd(r, 3)}",
        f"+66 8{_dd(r, 1)} {_dd(r, 3)} {_dd(r, 4)}", f"08{_dd(r, 1)}-{_dd(r, 3)}-{_dd(r, 4)}",
        f"+62 812-{_dd(r, 4)}-{_dd(r, 4)}", f"08{_dd(r, 2)}-{_dd(r, 4)}-{_dd(r, 4)}",
        f"({_dd(r, 2)}) 9{_dd(r, 4)}-{_dd(r, 4)}", f"+54 9 341 {_dd(r, 3)}-{_dd(r, 4)}",
        f"+56 9 {_dd(r, 4)} {_dd(r, 4)}", f"+212 6 {_dd(r, 2)} {_dd(r, 2)} {_dd(r, 2)} {_dd(r, 2)}",
        f"06 {_dd(r, 2)} {_dd(r, 2)} {_dd(r, 2)} {_dd(r, 2)}",
        f"{r.choice(['418', '514', '819', '506', '709'])} 555-01{_dd(r, 2)}",
        f"+961 3 {_dd(r, 3)} {_dd(r, 3)}", f"+966 5{_dd(r, 1)} {_dd(r, 3)} {_dd(r, 4)}",
        f"05{_dd(r, 1)} {_dd(r, 3)} {_dd(r, 4)}", f"+90 5{_dd(r, 2)} {_dd(r, 3)} {_dd(r, 2)} {_dd(r, 2)}",
        f"0 (5{_dd(r, 2)}) {_dd(r, 3)} {_dd(r, 2)} {_dd(r, 2)}", f"+98 9{_dd(r, 2)} {_dd(r, 3)} {_dd(r, 4)}",
        f"+48 {_dd(r, 3)} {_dd(r, 3)} {_dd(r, 3)}", f"+420 {_dd(r, 3)} {_dd(r, 3)} {_dd(r, 3)}",
        f"06-{_dd(r, 8)}", f"+49 761 {_dd(r, 7)}", f"0{_dd(r, 4)} {_dd(r, 6)}",
        f"08{r.choice('3567')} {_dd(r, 3)} {_dd(r, 4)}", f"+64 2{_dd(r, 1)} {_dd(r, 3)} {_dd(r, 4)}",
        f"({us}) 555-01{_dd(r, 2)}", f"{us}-555-01{_dd(r, 2)}"])


def _fax(r: random.Random, _h: bool) -> str:
    us = f"{r.randint(201, 989)}"
    return r.choice([
        f"+254 20 {_dd(r, 3)} {_dd(r, 4)}", f"0{_dd(r, 2)} {_dd(r, 3)} {_dd(r, 4)}",
        f"{r.choice(['418', '819', '450'])} 555-01{_dd(r, 2)}", f"+212 5 36 {_dd(r, 2)} {_dd(r, 2)} {_dd(r, 2)}",
        f"05 36 {_dd(r, 2)} {_dd(r, 2)} {_dd(r, 2)}", f"+90 332 {_dd(r, 3)} {_dd(r, 2)} {_dd(r, 2)}",
        f"0761 {_dd(r, 6)}", f"+31 38 {_dd(r, 3)} {_dd(r, 4)}", f"01539 {_dd(r, 6)}",
        f"({us}) 555-01{_dd(r, 2)}", f"+1 {us} 555 01{_dd(r, 2)}", f"+64 6 {_dd(r, 3)} {_dd(r, 4)}",
        f"+966 17 {_dd(r, 3)} {_dd(r, 4)}", f"(0{_dd(r, 2)}) {_dd(r, 4)}-{_dd(r, 4)}"])


def _zip(r: random.Random, _h: bool) -> str:
    return r.choice([
        _dd(r, 5), f"{_dd(r, 5)}-{_dd(r, 3)}", f"{_dd(r, 2)}-{_dd(r, 3)}", f"{_dd(r, 3)} {_dd(r, 2)}",
        f"{r.randint(1000, 9999)} {_ll(r, 2, 'ABCDEFGHJKLMNPRSTVWXZ')}",
        f"{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')} "
        f"{r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}",
        f"{r.choice('ACDEFHKNPRTVWXY')}{_dd(r, 2)} {_ll(r, 1)}{_dd(r, 1)}{_ll(r, 1)}{_dd(r, 1)}",
        f"{r.choice(['LA', 'CA', 'DL', 'TS', 'HG'])}{r.randint(1, 22)} {r.randint(1, 9)}{_ll(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"{r.randint(1, 9)}{_dd(r, 6)}", f"{r.choice('SBXCM')}{_dd(r, 4)}{_ll(r, 3)}",
        f"{_dd(r, 5)}-{_dd(r, 5)}"])


FRESH10_VALUES = {
    "mrn": lambda r, h: r.choice([
        _dd(r, 7), f"{r.randint(2015, 2025)}/{_dd(r, 6)}", f"{_dd(r, 2)}-{_dd(r, 6)}",
        f"{_dd(r, 5)}/{r.randint(18, 25)}", f"{_ll(r, 2)}/OPD/{_dd(r, 5)}", f"{_dd(r, 2)}-{_dd(r, 2)}-{_dd(r, 2)}",
        _dd(r, 10), f"M{_dd(r, 8)}", f"0{_dd(r, 6)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{r.choice(['DN', 'HT', 'GD', 'CH'])}{r.randint(1, 5)}{_dd(r, 2)}{_dd(r, 10)}", f"000{_dd(r, 10)}",
        f"{r.choice('1278')}{_dd(r, 2)} {_dd(r, 4)} {_dd(r, 4)} {_dd(r, 4)}", _dd(r, 8),
        f"{_ll(r, 4)} {_dd(r, 4)} {_dd(r, 4)}", f"{_ll(r, 1)}{_dd(r, 9)}", f"{_ll(r, 3)}{_dd(r, 4)}",
        f"{_dd(r, 3)} {_dd(r, 3)} {_dd(r, 4)}", f"{_dd(r, 7)}{_ll(r, 1)}", f"{_dd(r, 12)}/{_dd(r, 2)}",
        f"CR{_dd(r, 10)}-{_dd(r, 1)}",
        f"{r.randint(1, 9)}{_ll(r, 2, 'ACDEFGHJKMNPQRTUVWXY')}{r.randint(0, 9)}-"
        f"{_ll(r, 2, 'ACDEFGHJKMNPQRTUVWXY')}{r.randint(0, 9)}-{_ll(r, 2, 'ACDEFGHJKMNPQRTUVWXY')}{_dd(r, 2)}"]),
    "account": lambda r, h: r.choice([
        _dd(r, 22), f"{_dd(r, 3)} {_dd(r, 3)} {_dd(r, 16)} {_dd(r, 2)}",
        f"PL{_dd(r, 2)} {_dd(r, 4)} {_dd(r, 4)} {_dd(r, 4)} {_dd(r, 4)} {_dd(r, 4)} {_dd(r, 4)}",
        f"{_dd(r, 2)}-{_dd(r, 10)}/{r.choice(['0100', '0300', '0800', '2010'])}",
        f"TR{_dd(r, 2)} {_dd(r, 4)} {_dd(r, 4)} {_dd(r, 4)} {_dd(r, 4)} {_dd(r, 4)} {_dd(r, 2)}",
        f"SA{_dd(r, 2)} {_dd(r, 4)} {_dd(r, 4)} {_dd(r, 4)} {_dd(r, 4)} {_dd(r, 4)}",
        f"{_dd(r, 5)}-{_dd(r, 1)}", f"INV/{_dd(r, 2)}/{_dd(r, 6)}", _dd(r, 10),
        f"DE{_dd(r, 2)} {_dd(r, 4)} {_dd(r, 4)} {_dd(r, 4)} {_dd(r, 4)} {_dd(r, 2)}"]),
    "licence": lambda r, h: r.choice([
        f"A{_dd(r, 5)}", f"{_ll(r, 2)}{_dd(r, 7)}", f"{_ll(r, 1)}{_dd(r, 7)}",
        f"{r.choice(['SP', 'RS', 'MG', 'PR'])} {_dd(r, 5)}", f"{r.randint(1, 2)}-{_dd(r, 5)}",
        f"{_dd(r, 2)}-{_ll(r, 1)}-{_dd(r, 7)}", _dd(r, 7), _dd(r, 11), _dd(r, 9),
        f"{_ll(r, 1)}{_dd(r, 4)}-{_dd(r, 6)}-{_dd(r, 2)}"]),
    "vehicle": lambda r, h: r.choice([
        f"KM{_ll(r, 2)} {_dd(r, 3)}{_ll(r, 1)}", f"{r.choice(['GR', 'AS', 'GT', 'BA'])} {_dd(r, 4)}-{_dd(r, 2)}",
        f"{_dd(r, 2)}{_ll(r, 1)}-{_dd(r, 3)}.{_dd(r, 2)}", f"{r.choice(['B', 'AB', 'D', 'L'])} {_dd(r, 4)} {_ll(r, 3)}",
        f"{_ll(r, 3)}{_dd(r, 1)}{_ll(r, 1)}{_dd(r, 2)}", f"{_ll(r, 2)}·{_ll(r, 2)}·{_dd(r, 2)}",
        f"{_dd(r, 2)} {_ll(r, 3)} {_dd(r, 3)}", f"{_dd(r, 1)}{_ll(r, 1)}{_dd(r, 1)} {_dd(r, 4)}",
        f"{_ll(r, 2)}-{_ll(r, 2)} {_dd(r, 3)}", f"{_dd(r, 3)}-{r.choice(['MH', 'WH', 'LS', 'KY'])}-{_dd(r, 4)}",
        f"{r.randint(1, 9)}{r.choice(['กข', 'ขจ', 'ฆท'])} {_dd(r, 4)}", f"{_dd(r, 5)}-{r.choice('ABDHW')}-{r.randint(1, 89)}"]),
    "vin": lambda r, h: (f"{r.choice('123459JKLSVWY')}{_ll(r, 2)}{_dd(r, 1)}{_ll(r, 1)}{_dd(r, 2)}"
                         f"{_ll(r, 1)}{_dd(r, 1)}{_ll(r, 1)}{_dd(r, 7)}"),
    "device": lambda r, h: r.choice([
        f"{_ll(r, 2)}{_dd(r, 7)}{_ll(r, 1)}", f"{_dd(r, 4)}{_ll(r, 1)}{_dd(r, 4)}",
        f"{_ll(r, 1)}{_dd(r, 1)}{_ll(r, 1)}{_dd(r, 7)}", _dd(r, 15), f"SN{_dd(r, 4)}-{_dd(r, 5)}",
        _dd(r, 8), f"(01){_dd(r, 14)}(21){_ll(r, 1)}{_dd(r, 6)}"]),
    "other_id": lambda r, h: r.choice([
        _dd(r, 8), f"GHA-{_dd(r, 9)}-{_dd(r, 1)}", _dd(r, 12),
        f"{_dd(r, 1)} {_dd(r, 4)} {_dd(r, 5)} {_dd(r, 2)} {_dd(r, 1)}", _dd(r, 16),
        f"{_dd(r, 3)}.{_dd(r, 3)}.{_dd(r, 3)}-{_dd(r, 2)}", f"{r.randint(10, 45)}.{_dd(r, 3)}.{_dd(r, 3)}",
        f"{r.randint(5, 25)}.{_dd(r, 3)}.{_dd(r, 3)}-{r.choice('0123456789K')}", f"{_ll(r, 2)}{_dd(r, 6)}",
        f"2{_dd(r, 9)}", _dd(r, 11), f"{_dd(r, 3)}-{_dd(r, 6)}-{_dd(r, 1)}", f"{_dd(r, 6)}/{_dd(r, 4)}",
        f"{_dd(r, 7)}{_ll(r, 1)}{r.choice(['', 'A', 'W'])}", f"{_dd(r, 3)} {_dd(r, 3)} {_dd(r, 3)}",
        f"{_dd(r, 3)}-{_dd(r, 2)}C{_dd(r, 5)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}",
        f"{r.randint(101, 665)}{r.randint(10, 99)}{r.randint(1000, 9999)}"]),
    "phone": _phone,
    "fax": _fax,
    "email": lambda r, h: r.choice([
        "{g}.{s}@example.org", "{s}{n}@mail.example.com", "{g}_{s}@example.net",
        "{g}{n}@correo.example.org", "{s}.{g}@courriel.example.com", "{g}-{s}@posta.example.net"]),
    "url": lambda r, h: r.choice([
        "https://www.example.org/{g}-{s}", "https://fundraise.example.com/{g}{s}{n}",
        "example.net/diary/{g}", "http://{s}.example.org/blog/{n}", "https://chat.example.com/invite/{g}{n}",
        "https://video.example.net/watch?v={s}{n}"]),
    "ip": lambda r, h: r.choice([
        f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"2001:db8:{r.randint(1, 65535):x}:{r.randint(1, 65535):x}::{r.randint(1, 4095):x}",
        f"::ffff:192.0.2.{r.randint(1, 254)}"]),
    "zip": _zip,
    "date": _date,
}

# ---------------------------------------------------------------- vocabulary

FRESH10_VOCABULARY = Vocabulary(
    given=["Nyaboke", "Kiprono", "Achieng", "Kwabena", "Efua", "Comfort", "Meseret", "Dawit",
           "Somchai", "Wahyuni", "Raimundo", "Florencia", "Khadija", "Gaétan", "Nadim",
           "Abdulaziz", "Emine", "Farhad", "Stanisława", "Jaroslav", "Anneke", "Jürgen", "Gwen",
           "Pádraig", "Aroha", "Darlene"],
    surnames=["Ondieki", "Wekesa", "Agyemang", "Tetteh", "Gebremariam", "Srisuwan", "Prasetyo",
              "Nogueira", "Etcheverry", "Fuentealba", "Benjelloun", "Belkacem", "Tremblay",
              "Abi Nader", "Al-Qahtani", "Öztürk", "Rezaei", "Wójtowicz", "Svoboda",
              "van der Meulen", "Schäfer", "Pemberton", "Ó Briain", "Tipene", "Whitaker"],
    cities=["Kisii", "Nyeri", "Eldoret", "Bolgatanga", "Hawassa", "Bahir Dar", "Can Tho", "Hue",
            "Nha Trang", "Khon Kaen", "Yogyakarta", "Makassar", "Pelotas", "Londrina", "Rosario",
            "Temuco", "Oujda", "Tlemcen", "Sfax", "Sherbrooke", "Trois-Rivières", "Zahlé", "Abha",
            "Eskişehir", "Tabriz", "Łódź", "Olomouc", "Zwolle", "Freiburg", "Kendal", "Athlone",
            "Whanganui", "Moncton", "Muncie"],
    streets=["Kenyatta", "Nkrumah", "Sudirman", "Tiradentes", "Sarmiento", "Hassan II", "Atatürk",
             "Rembrandt", "Goethe", "Victoria", "Pasteur", "Haile Selassie"],
    relations=["eldest daughter", "grandson", "daughter-in-law", "nephew", "younger brother",
               "husband", "wife", "son", "granddaughter", "caregiver", "sister", "neighbour"],
    clean=[
        "mRDT positive, Pf 2+; artemether-lumefantrine 80/480 mg BD for 3 days per the national malaria guidelines (2020).",
        "GeneXpert MTB/RIF Ultra: MTB detected (low), rifampicin resistance not detected; 2RHZE/4RH started.",
        "CD4 212 cells/mm3, viral load 1,840 copies/mL on TLD (tenofovir/lamivudine/dolutegravir).",
        "MUAC 11.2 cm, WHZ below -3 SD; F-75 at 130 mL/kg/day per the WHO protocol.",
        "Glasgow Coma Scale 11/15 (E3 V3 M5); the Blantyre coma score applies only to children.",
        "Ottawa ankle rules and the Canadian C-spine rule were both negative.",
        "Kampala Trauma Score II of 7; FAST negative; Hb 9.4 g/dL.",
        "Dengue NS1 positive, platelets 38,000/uL, Hct rose from 38% to 46% (warning signs, WHO 2009).",
        "Tokyo Guidelines 2018 grade II acute cholangitis; ERCP within 48 h.",
        "Revised Atlanta classification: moderately severe acute pancreatitis; BISAP 2.",
        "Berlin definition moderate ARDS (P/F 142 on PEEP 10); Kigali modification SpO2/FiO2 188.",
        "Rotterdam criteria met (oligo-ovulation, PCO morphology); AMH 9.8 ng/mL.",
        "Milan criteria fulfilled: single 4.2 cm lesion, AFP 86 ng/mL, Child-Pugh A6.",
        "Chagas serology (ELISA and IFI) reactive; ECG RBBB with left anterior fascicular block.",
        "Lassa fever and Marburg virus disease were excluded by PCR at the reference laboratory.",
        "Buruli ulcer PCR (IS2404) positive; rifampicin 10 mg/kg with clarithromycin 7.5 mg/kg BD for 8 weeks.",
        "Burkitt lymphoma with Ki-67 above 95%; tumour lysis prophylaxis with allopurinol 300 mg.",
        "Haemodialysis 3 x/week, 4 h, Qb 300 mL/min, Kt/V 1.3; Brescia-Cimino fistula in the left forearm.",
        "Tenckhoff catheter flushed; PD effluent WCC 640/uL, 72% neutrophils; IP vancomycin 30 mg/kg.",
        "Edinburgh Postnatal Depression Scale 14; PHQ-9 12; referred to the perinatal team.",
        "Manchester Triage System orange; NEWS2 6; sepsis six completed within 1 hour.",
        "Canadian CT Head Rule high risk (GCS 14 at 2 h); CT showed a 6 mm subdural collection.",
        "CTAS level 3; Wells score 1.5; PERC negative; no D-dimer sent.",
        "OASIS-E transfers score 2; Braden 14; PHQ-2 negative; Morse fall scale 55.",
        "Tinetti gait and balance 16/28; Timed Up and Go 24 s.",
        "NHG-Standaard for atrial fibrillation followed; CHA2DS2-VASc 3; apixaban 5 mg 2dd.",
        "DEGAM and AWMF S3 guidance: metformin 1000 mg BID, HbA1c 7.4% (57 mmol/mol).",
        "FIT 146 ug Hb/g faeces; Hb 102 g/L, MCV 71 fL, ferritin 8 ug/L; NICE NG12 criteria met.",
        "Interpreter used (Amharic); consent read back; risk of perforation quoted as 1 in 2,500.",
        "Crossmatch: 2 units O RhD positive; pre-transfusion Hb 6.2 g/dL; furosemide 20 mg IV between units.",
        "INR 2.7 on acenocoumarol 2 mg; target range 2.0-3.0.",
        "Lactato 3,4 mmol/L; PCR 186 mg/L; ureia 98 mg/dL; creatinina 2,1 mg/dL.",
        "Hemograma: Hb 9,8 g/dL, leucocitos 14.300/mm3, plaquetas 98.000/mm3.",
        "Bilan : Hb 8,9 g/dL, CRP 142 mg/L, créatinine 312 umol/L, kaliémie 6,1 mmol/L.",
        "Score de Glasgow 13; échelle de Rankin modifiée 3 avant l'admission.",
        "Kt/V 1,28; URR 70 %; poids sec 61,5 kg; prise de poids interdialytique 2,8 kg.",
        "KDIGO stage 3 AKI; urine output 0.2 mL/kg/h for 14 h; creatinine 486 umol/L.",
        "SOFA 9; qSOFA 2; noradrenaline 0.18 ug/kg/min via the right IJ line.",
        "MERS-CoV PCR negative twice, 24 h apart, per the MOH protocol.",
        "Mediterranean spotted fever suspected: eschar on the thigh; doxycycline 100 mg BD.",
        "Familial Mediterranean fever, MEFV M694V homozygous; colchicine 1.5 mg/day.",
        "Thalassaemia trait: Hb A2 5.4%, MCV 63 fL, Mentzer index 11.",
        "Bed 22 on ward 3B; chair 7 on the dialysis unit; machine 4 for the next session.",
        "Sample 2 of 3 haemolysed; batch rerun at 06:30; CV 2.1%.",
        "ICD-10 A91 and ICD-11 1D21 recorded; DRG E62A at discharge.",
        "Amoxicilina 500 mg 8/8 h por 7 dias; dipirona 1 g 6/6 h se dor.",
        "Paracetamol 1 g c/8 h; enoxaparina 40 mg SC c/24 h.",
        "Hb 11.9 g/dL at 28/40; fundal height 27 cm; FHR 142 bpm.",
        "G5 P3+1; dating scan at 22+3 weeks; cervical length 31 mm.",
        "Living with HIV since 2009; 3HP preventive therapy completed in 2021.",
        "Epley manoeuvre performed; Dix-Hallpike positive on the right.",
        "Hunt and Hess grade 2, modified Fisher 3; nimodipine 60 mg 4-hourly.",
        "Revised Geneva score 5; CTPA showed segmental emboli in the right lower lobe.",
        "San Francisco Syncope Rule negative; orthostatic drop 24/10 mmHg.",
        "Framingham risk 18%; QRISK3 21.4%; LDL-C 4.2 mmol/L.",
        "The Istanbul Protocol documentation was completed by the forensic team.",
        "The Declaration of Helsinki and the CARE guidelines were followed.",
        "Comfort measures only; morphine 2.5 mg SC 4-hourly PRN; midazolam 10 mg/24 h by syringe driver.",
        "Metformin XR 750 mg 2 tabs nocte; gliclazide MR 60 mg mane.",
        "NT-proBNP 4 870 pg/ml; EF 30%; NYHA III; sacubitril/valsartan 24/26 mg BD.",
        "Aged 67 and 88 respectively; the couple were admitted in 2023.",
        "Room 4, bed 2; session 143 of haemodialysis; access needle 15G.",
    ],
    seed=10_010,
)

# ---------------------------------------------------------------- pre-generated variants
# Template variants with values that must agree with their country (a name in its local order,
# a postcode beside its city), drawn once from a fixed-seed Random; the framework then picks
# among them with the part's own seed.

_PRE = random.Random(10_011)

_LOCAL_NAMES = [
    # (before, name, after): a title before or after the name is not part of it
    ("Bà ", "PHẠM THỊ THẢO", ""), ("Ông ", "Huỳnh Văn Dũng", ""), ("", "NGUYỄN NGỌC HÂN", ""),
    ("Bà ", "Võ Thị Kim Hạnh", ""), ("Khun ", "Somchai Chaiyaporn", ""), ("Mrs. ", "Malee Srisuwan", ""),
    ("Nang ", "Wilaiwan Boonmee", ""), ("Tn. ", "Budi Santoso", ""), ("Ny. ", "Sri Wahyuni", ""),
    ("Ibu ", "Dewi", ""), ("Bapak ", "Sutrisno", ""), ("Ato ", "Dawit Abebe", ""),
    ("W/ro ", "Meseret Alemu Bekele", ""), ("W/rt ", "Hiwot Girma", ""), ("", "FUENTEALBA SEPÚLVEDA, José Miguel", ""),
    ("Sra. ", "Francisca das Chagas Oliveira", ""), ("Dona ", "Raimunda", ""), ("Seu ", "Raimundo Nonato", ""),
    ("Doña ", "Florencia", ""), ("Don ", "Ignacio Etcheverry", ""), ("", "Abdulaziz bin Saad Al-Qahtani", ""),
    ("Hajja ", "Nouf", ""), ("", "Emine", " Hanım"), ("", "Hüseyin", " Bey"), ("Agha-ye ", "Moradi", ""),
    ("Khanom ", "Zahra Hosseini", ""), ("dhr. ", "J.W. van der Meulen", ""), ("mw. ", "de Groot", ""),
    ("Frau ", "Schäfer", ""), ("Herr ", "Jürgen Hoffmann", ""), ("Pani ", "Stanisława Wójtowicz", ""),
    ("pan ", "Svoboda", ""), ("paní ", "Dvořáková", ""), ("", "Seán Ó Súilleabháin", ""),
    ("", "Máire Ní Bhriain", ""), ("", "Hēmi Te Whata", ""), ("Mzee ", "Kiprono arap Sang", ""),
    ("Madam ", "Akosua Tetteh", ""), ("M. ", "Benali", ""), ("Mme ", "Bouchard", ""),
    ("", "KAMAU, Wanjiku", ""), ("Mrs ", "Harrington", ""), ("", "Comfort Ansah", ""),
]
_NAME_WRAPPERS = [
    "Patient: {name}, bed 4, day 3 of IV ceftriaxone.",
    "{name} was reviewed on the morning round; BP 142/88.",
    "Seen today: {name} (F/U diabetic foot, Wagner 2).",
    "NOK present: {name}, who consented on the patient's behalf.",
    "Referred by the community health volunteer: {name}.",
    "{name} declined admission and signed the DAMA form.",
    "Consent explained to {name} through the interpreter.",
    "Nama pasien: {name}.",
    "Nom du patient : {name}.",
    "Nombre: {name} - consulta de control.",
    "Identificação: {name}, lúcida e orientada.",
    "The patient ({name}) asked about going home for the harvest.",
]


def _local_name_sentences() -> list[str]:
    out = []
    for before, name, after in _LOCAL_NAMES:
        wrapper = _PRE.choice(_NAME_WRAPPERS)
        out.append(wrapper.replace("{name}", f"{before}[[name:{name}]]{after}"))
    return out


def _locality_lines(r: random.Random) -> list[tuple[str, str, str]]:
    """(keyword, street-line template, locality-and-postcode tail) in the local order; {n}
    and {n2} are filled by the framework."""
    return [
        ("Endereço:", "[[address:Rua Tiradentes, {n}, apto {n2}]]",
         f"[[place:Pelotas]]/RS, CEP [[zip:960{_dd(r, 2)}-{_dd(r, 3)}]]"),
        ("Domicilio:", "[[address:Av. Sarmiento {n}, {n2}° B]]",
         f"[[place:Rosario]], Santa Fe, CP [[zip:S2000{_ll(r, 3)}]]"),
        ("Domicilio:", "[[address:Pasaje Los Aromos {n}]]",
         f"[[place:Temuco]], región de La Araucanía, [[zip:478{_dd(r, 4)}]]"),
        ("Adresse :", "[[address:{n}, avenue Mohammed V]]", f"[[zip:600{_dd(r, 2)}]] [[place:Oujda]]"),
        ("Adresse :", "[[address:Cité des {n} Logements, bloc {n2}]]",
         "commune de [[place:Remchi]], wilaya de Tlemcen"),
        ("Adresse :", "[[address:{n}, rue King Ouest, app. {n2}]]",
         f"[[place:Sherbrooke]] (Québec) [[zip:J1H {_dd(r, 1)}R{_dd(r, 1)}]]"),
        ("Adres zamieszkania:", "[[address:ul. Piotrkowska {n} m. {n2}]]", f"[[zip:90-{_dd(r, 3)}]] [[place:Łódź]]"),
        ("Bydliště:", "[[address:Masarykova {n}]]", f"[[zip:779 0{_dd(r, 1)}]] [[place:Olomouc]]"),
        ("Woonadres:", "[[address:Rembrandtlaan {n}]]", f"[[zip:80{_dd(r, 2)} {_ll(r, 2)}]] [[place:Zwolle]]"),
        ("Anschrift:", "[[address:Goethestraße {n}]]", f"[[zip:790{_dd(r, 2)}]] [[place:Freiburg]]"),
        ("Address:", "[[address:{n} Fellside Court]]",
         f"[[place:Kendal]], [[place:Cumbria]] [[zip:LA9 {_dd(r, 1)}{_ll(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}]]"),
        ("Address:", "[[address:{n} Bóthar na Trá]]",
         f"[[place:Athlone]], Eircode [[zip:N37 {_ll(r, 1)}{_dd(r, 1)}{_ll(r, 1)}{_dd(r, 1)}]]"),
        ("Address:", "[[address:{n} Tui Street]]", f"[[place:Aramoho]], [[place:Whanganui]] [[zip:450{_dd(r, 1)}]]"),
        ("Home address:", "[[address:{n} Elmwood Drive]]", f"[[place:Moncton]] NB [[zip:E1A {_dd(r, 1)}T{_dd(r, 1)}]]"),
        ("Home:", "[[address:{n} Jackson Pike]]", f"[[place:Muncie]], IN [[zip:473{_dd(r, 2)}]]"),
        ("Alamat:", "[[address:Jl. Kaliurang Km {n2}, RT {n2}/RW {n2}]]",
         f"[[place:Ngaglik]], kodepos [[zip:555{_dd(r, 2)}]]"),
        ("Address:", "[[address:{n}/{n2} Moo {n2}]]", f"[[place:Ban Phai]] district [[zip:401{_dd(r, 2)}]]"),
        ("Address:", "[[address:No. {n} Phan Boi Chau Street]]", "[[place:Vinh Ninh Ward]], [[place:Hue]]"),
        ("Residence:", "[[address:P.O. Box {n}]]", f"-[[zip:402{_dd(r, 2)}]] [[place:Keroka]]"),
        ("Adres:", "[[address:Mevlana Mah. Atatürk Cad. No:{n} D:{n2}]]", f"[[place:Meram]] [[zip:420{_dd(r, 2)}]]"),
        ("National address:", "[[address:Villa {n}, Al Mansak Street]]", f"[[place:Abha]] [[zip:625{_dd(r, 2)}]]"),
        ("Address:", "[[address:Kuche-ye Golestan, Pelak {n}]]",
         f"[[place:Tabriz]], postal code [[zip:51{_dd(r, 3)}-{_dd(r, 5)}]]"),
        ("Digital address (GhanaPost):", "[[address:AK-{n}-{n}{n2}]]", "[[place:Bantama]]"),
    ]


_LINES = _locality_lines(_PRE)
_ZIP_WRAPPERS = ["Postal line on the ID card: {tail}", "{tail} (per the referral letter)",
                 "Lives at {tail}; 2 h by road to the hospital.", "Mailing: {tail}"]


def _joined(street: str, tail: str) -> str:
    return street + tail if tail.startswith("-") else f"{street}, {tail}"


def _address_sentences() -> list[str]:
    # every other line without its locality and postcode (the street line alone)
    return [f"{keyword} {_joined(street, tail) if i % 2 == 0 else street}."
            for i, (keyword, street, tail) in enumerate(_LINES)]


def _zip_sentences() -> list[str]:
    out = []
    for keyword, street, tail in _LINES:
        if "zip:" not in tail:
            continue
        line = _joined(street, tail) if tail.startswith("-") else tail
        out.append(_PRE.choice(_ZIP_WRAPPERS).replace("{tail}", line))
    return out


def _keyed_locals(r: random.Random) -> dict[str, list[str]]:
    """Identifiers whose shape belongs to their keyword's country."""
    return {
        "other_id": [
            f"Kenyan ID no. [[other_id:{_dd(r, 8)}]] seen at registration.",
            f"Ghana Card [[other_id:GHA-{_dd(r, 9)}-{_dd(r, 1)}]] scanned at the front desk.",
            f"Thai ID [[other_id:{r.randint(1, 5)} {_dd(r, 4)} {_dd(r, 5)} {_dd(r, 2)} {_dd(r, 1)}]] (UC scheme).",
            f"NIK [[other_id:34{_dd(r, 14)}]] sesuai KTP.",
            f"CPF [[other_id:{_dd(r, 3)}.{_dd(r, 3)}.{_dd(r, 3)}-{_dd(r, 2)}]] conferido.",
            f"DNI [[other_id:{r.randint(10, 45)}.{_dd(r, 3)}.{_dd(r, 3)}]], argentina.",
            f"RUT [[other_id:{r.randint(5, 25)}.{_dd(r, 3)}.{_dd(r, 3)}-{r.choice('0123456789K')}]].",
            f"CIN [[other_id:{r.choice(['FA', 'F', 'FB', 'BE'])}{_dd(r, 6)}]] présentée par le fils.",
            f"Iqama no. [[other_id:2{_dd(r, 9)}]] (expatriate housemaid, next of kin abroad).",
            f"TC Kimlik No: [[other_id:{r.randint(1, 6)}{_dd(r, 10)}]]",
            f"Kod-e melli [[other_id:{_dd(r, 3)}-{_dd(r, 6)}-{_dd(r, 1)}]] on the insurance booklet.",
            f"PESEL [[other_id:{_dd(r, 2)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_dd(r, 5)}]]",
            f"Rodné číslo [[other_id:{_dd(r, 6)}/{_dd(r, 4)}]]",
            f"BSN [[other_id:{_dd(r, 9)}]] gecontroleerd (ID checked).",
            f"PPSN [[other_id:{_dd(r, 7)}{_ll(r, 1)}A]] for the medical card renewal.",
            f"SIN [[other_id:{_dd(r, 3)} {_dd(r, 3)} {_dd(r, 3)}]] given for the WSIB claim.",
            f"UNHCR case no. [[other_id:{_dd(r, 3)}-{_dd(r, 2)}C{_dd(r, 5)}]] (settlement resident).",
            f"Police OB number [[other_id:{_dd(r, 2)}/{_dd(r, 4)}]] issued for the assault.",
            f"Employee no. [[other_id:FF-{_dd(r, 5)}]] at the flower farm.",
            f"Fayda ID [[other_id:{_dd(r, 4)} {_dd(r, 4)} {_dd(r, 4)}]] registered.",
        ],
        "health_plan": [
            f"SHA member no. [[health_plan:CR{_dd(r, 10)}-{_dd(r, 1)}]]; card active.",
            f"NHIS card [[health_plan:{_dd(r, 8)}]] expired; renewed at the district office.",
            f"BHYT card [[health_plan:DN4{_dd(r, 2)}{_dd(r, 10)}]] (80% coverage).",
            f"BPJS Kesehatan no. [[health_plan:000{_dd(r, 10)}]], kelas III.",
            f"Cartão Nacional de Saúde (CNS) [[health_plan:7{_dd(r, 2)} {_dd(r, 4)} {_dd(r, 4)} {_dd(r, 4)}]].",
            f"Afiliado PAMI [[health_plan:15{_dd(r, 10)}/00]].",
            f"Numéro AMO [[health_plan:{_dd(r, 9)}]] - prise en charge à 90 %.",
            f"Carte RAMQ [[health_plan:{_ll(r, 4)} {_dd(r, 4)} {_dd(r, 4)}]], exp. 2027.",
            f"NSSF no. [[health_plan:{_dd(r, 6)}/{_dd(r, 2)}]] for the admission guarantee.",
            f"Versichertennr. [[health_plan:{_ll(r, 1)}{_dd(r, 9)}]] (AOK).",
            f"Zorgverzekering, polisnummer [[health_plan:{_dd(r, 9)}]].",
            f"NHI [[health_plan:{_ll(r, 3)}{_dd(r, 4)}]] confirmed against the national index.",
            f"GMS medical card [[health_plan:{_dd(r, 7)}{_ll(r, 1)}]] covers the prescription.",
            f"CBHI ID [[health_plan:AM/{_ll(r, 2)}/{_dd(r, 7)}]] (community insurance).",
            f"N° CHIFA [[health_plan:{_dd(r, 2)} {_dd(r, 4)} {_dd(r, 4)} {_dd(r, 2)}]]",
            f"Tamin Ejtemaei insurance no. [[health_plan:{_dd(r, 10)}]].",
        ],
        "mrn": [
            f"IP No. [[mrn:{r.randint(2019, 2025)}/{_dd(r, 6)}]] retrieved from records.",
            f"Folder No. [[mrn:{_ll(r, 2)}/OPD/{_dd(r, 5)}]] (polyclinic).",
            f"Card No. [[mrn:0{_dd(r, 6)}]] brought by the family from the OPD.",
            f"HN [[mrn:6{r.randint(0, 7)}-0{_dd(r, 5)}]] on every specimen please.",
            f"Patient code [[mrn:24{_dd(r, 8)}]] printed on the discharge certificate.",
            f"No. RM [[mrn:{_dd(r, 2)}-{_dd(r, 2)}-{_dd(r, 2)}]] tercatat di puskesmas.",
            f"Prontuário nº [[mrn:{_dd(r, 7)}]] - paciente reinternada.",
            f"HC N° [[mrn:{_dd(r, 3)}.{_dd(r, 3)}]], segunda internación en el año.",
            f"Ficha clínica [[mrn:{_dd(r, 7)}]].",
            f"IP [[mrn:{_dd(r, 5)}/24]] - dossier ouvert aux urgences.",
            f"No de dossier [[mrn:0{_dd(r, 6)}]]",
            f"Dosya No: [[mrn:2024{_dd(r, 6)}]]",
            f"Nr księgi głównej [[mrn:{_dd(r, 5)}/2024]]",
            f"Patiëntnummer [[mrn:{_dd(r, 7)}]]",
        ],
        "licence": [
            f"Referring clinical officer, KMPDC reg. [[licence:A{_dd(r, 5)}]].",
            f"Médico assistente: CRM-RS [[licence:{_dd(r, 5)}]].",
            f"Dra. a cargo, MP [[licence:{_dd(r, 2)}.{_dd(r, 3)}]].",
            f"Permis de conduire n° [[licence:{_ll(r, 1)}{_dd(r, 4)}-{_dd(r, 6)}-{_dd(r, 2)}]], suspendu par la SAAQ.",
            f"SCFHS licence [[licence:{_dd(r, 2)}-{_ll(r, 1)}-{_dd(r, 7)}]] of the admitting physician.",
            f"Nr PWZ [[licence:{_dd(r, 7)}]] (lekarz prowadzący).",
            f"BIG-nummer [[licence:{_dd(r, 11)}]] of the referring GP.",
            f"LANR [[licence:{_dd(r, 9)}]] des Hausarztes.",
            f"Ehliyet no. [[licence:{_dd(r, 6)}]] noted by the jandarma.",
            f"Passport [[licence:{_ll(r, 2)}{_dd(r, 7)}]] (foreign national) copied for the cashier.",
            f"Death certificate no. [[licence:{_ll(r, 1)} {_dd(r, 7)}]] issued by the registrar.",
            f"Birth certificate [[licence:{_dd(r, 9)}]] shown to confirm the child's age.",
        ],
        "vehicle": [
            f"Boda-boda [[vehicle:KM{_ll(r, 2)} {_dd(r, 3)}{_ll(r, 1)}]] brought in by police.",
            f"The trotro ([[vehicle:GR {_dd(r, 4)}-{_dd(r, 2)}]]) overturned on the highway; 14 casualties.",
            f"Xe máy biển số (motorbike plate) [[vehicle:{_dd(r, 2)}{_ll(r, 1)}1-{_dd(r, 3)}.{_dd(r, 2)}]].",
            f"Motor [[vehicle:AB {_dd(r, 4)} {_ll(r, 2)}]] terlibat kecelakaan.",
            f"Placa do veículo: [[vehicle:{_ll(r, 3)}{_dd(r, 1)}{_ll(r, 1)}{_dd(r, 2)}]] (colisão moto x carro).",
            f"Patente [[vehicle:{_ll(r, 2)}·{_ll(r, 2)}·{_dd(r, 2)}]], según el parte de Carabineros.",
            f"Véhicule immatriculé [[vehicle:{_dd(r, 5)}-{r.choice('ABDHW')}-{r.randint(1, 89)}]], conducteur non ceinturé.",
            f"Plaka [[vehicle:{r.randint(1, 81):02d} {_ll(r, 3)} {_dd(r, 3)}]] - trafik kazası.",
            f"SPZ [[vehicle:{_dd(r, 1)}M{_dd(r, 1)} {_dd(r, 4)}]] (Czech plate) at the scene.",
            f"Kenteken [[vehicle:{_dd(r, 2)}-{_ll(r, 3)}-{_dd(r, 1)}]]; bestuurder onwel achter het stuur.",
            f"Kennzeichen [[vehicle:FR-{_ll(r, 2)} {_dd(r, 3)}]] vor der Notaufnahme abgestellt.",
            f"Reg [[vehicle:{_dd(r, 3)}-WH-{_dd(r, 4)}]] (tractor) overturned on the farm.",
        ],
    }


_KEYED = _keyed_locals(_PRE)
# ---------------------------------------------------------------- phrasing

FRESH10_CONNECTORS = [": ", " : ", " N° ", " nº ", ":", " - ", " (", "\u00a0: ", "\n", " no. ",
                      " # ", " Nr ", " => "]
FRESH10_FRAMES = ["{kv}", "{kv}.", "\u25aa {kv}", "» {kv}", "{kv} | Ward: Med 2 | Bed 14",
                  "|{kw}|{v}|", "{kw} ______ {v}", "{kw}......: {v}", "Identificação - {kv}",
                  "Datos del paciente: {kv}", "Renseignements : {kv}", "{kv} (as per ID card)",
                  "{kv}; verified with next of kin", "{kw}\t{v}", "{kw}\n  {v}", "*{kw}*: {v}",
                  "{kv} - NB: quote on all requests", "Admin slip: {kv}, queue no. 37"]
FRESH10_AFTER = ["{v} ({kw})", "{v} (= {kw})", "{v} [{kw} verified]", "{v}, {kw} on the sticker",
                 "{v} - that is the {kw}", "{v} /{kw}/"]

FRESH10_KEYWORDS = {
    "mrn": ["IP No.", "OP No.", "Folder No.", "Card No.", "HN", "No. RM", "Prontuário",
            "HC N°", "Ficha clínica", "N° dossier", "No de dossier", "File No.", "Dosya No",
            "Pat.-Nr.", "Patiëntnummer", "Hospital No.", "Nr księgi głównej", "Č. chorobopisu"],
    "health_plan": ["SHA No.", "NHIF No.", "NHIS No.", "CBHI ID", "BHYT", "BPJS", "CNS",
                    "Cartão SUS", "Afiliado PAMI", "Obra social N°", "N° AMO", "N° CHIFA",
                    "RAMQ", "NSSF No.", "Tamin No.", "KVNR", "Polisnummer", "NHS No", "GMS No.",
                    "NHI", "Medicare MBI", "Member ID"],
    "account": ["Bill No.", "Invoice acct", "Conta", "CBU", "RIB", "IBAN", "Cuenta",
                "Numer konta", "Číslo účtu", "Rekening", "Konto", "Hesap no", "Patient acct"],
    "licence": ["KMPDC Reg. No.", "MDC Reg.", "CRM", "Matrícula", "No de permis CMQ", "SCFHS No.",
                "BIG-nummer", "LANR", "GMC No.", "MCNZ", "Passport No.", "DL No.", "Ehliyet No",
                "Prawo jazdy nr", "Birth cert. No.", "Death cert. No."],
    "vehicle": ["Reg. No.", "Plate", "Placa", "Patente", "Immatriculation", "Plaka", "Nr rej.",
                "SPZ", "Kenteken", "Kennzeichen", "Rego", "Number plate", "Chassis no.",
                "Boda reg."],
    "device": ["Serial No.", "S/N", "IMEI", "Pump ID", "Número de série", "N° de série",
               "Seri No", "Seriennr.", "Serienummer", "CGM sensor SN", "CI S/N", "BiPAP S/N",
               "HHD machine S/N", "Concentrator serial"],
    "other_id": ["National ID", "ID No.", "Ghana Card", "Kebele ID", "CCCD", "Thai ID", "NIK",
                 "CPF", "DNI", "RUT", "CIN", "Iqama", "TC Kimlik No", "Kod-e melli", "PESEL",
                 "Rodné číslo", "BSN", "PPSN", "SIN", "UNHCR case", "Employee no.", "OB No."],
    "ssn": ["SSN", "Social Security #", "SS No.", "US SSN", "Soc. Sec. no."],
    "phone": ["Tel", "Cel", "Celular", "Mob", "HP", "Téléphone", "Tél.", "GSM", "Telefon",
              "Cep tel", "No. HP", "WhatsApp", "NOK tel", "Telefone", "Teléfono", "Simu"],
    "fax": ["Fax", "Télécopieur", "Telefax", "Faks", "Fax no.", "Practice fax", "Return fax"],
}

FRESH10_SENTENCES = {
    "licence": ["Driving licence {v} retained by the traffic police after the crash.",
                "His CDL {v} was suspended after the seizure.",
                "The referring officer signed with registration {v}.",
                "{v} is the passport number the embassy asked for.",
                "Licence {v} of the ambulance driver was recorded too."] + _KEYED["licence"],
    "vehicle": ["Matatu {v} overturned on the highway; 14 casualties received.",
                "The tuk-tuk ({v}) was hit by a lorry at the junction.",
                "Chassis no. {vin} recorded by the insurer.",
                "Her rego {v} was found at the trailhead car park.",
                "{v} - plate of the car that knocked her down."] + _KEYED["vehicle"],
    "mrn": ["Old file retrieved from records under {v}.",
            "{v} is the hospital number on her wristband.",
            "Merged duplicate chart {v} into the active record.",
            "Please quote {v} (hospital no.) when you reply."] + _KEYED["mrn"],
    "health_plan": ["Insurance number {v} was checked on the portal.",
                    "{v} is the member number on the insurance card.",
                    "Prior authorisation requested under member {v}.",
                    "Medicare MBI {v} verified in the eligibility system."] + _KEYED["health_plan"],
    "account": ["Hospital bill {v} cleared by mobile money.",
                "Conta corrente {v} para reembolso.",
                "CBU {v} para el reintegro de la obra social.",
                "RIB {v} transmis au service des admissions.",
                "Refund to IBAN {v} requested by the son.",
                "Self-pay account {v}; deposit of 5,000 KES received.",
                "Invoice account {v} sent to the embassy for payment.",
                "{v} is the patient account for the home-health episode."],
    "device": ["Home haemodialysis machine, serial {v}, swapped after a conductivity alarm.",
               "CGM sensor serial {v}; 14-day wear.",
               "Cochlear implant (model CI612), S/N {v}.",
               "BiPAP S/N {v} lent by the NGO.",
               "Pacemaker (DDD, 60 bpm), serial {v}, checked at the device clinic.",
               "Número de série do marcapasso: {v}.",
               "N° de série de la pompe à insuline : {v}.",
               "Hearing aid {v} lost on the ward; incident form completed.",
               "Oxygen concentrator serial {v}, 5 L/min.",
               "IMEI {v} of the phone running the glucose app."],
    "other_id": ["Registered as {v} (national ID) at triage.",
                 "{v} is her Iqama number.",
                 "The police gave case number {v} for the assault."] + _KEYED["other_id"],
    "ssn": ["US citizen visiting family; SSN {v} given for the travel-insurance claim.",
            "SSN {v}: Medicaid application started by the social worker.",
            "Social Security no. {v} on the home-health intake.",
            "Her son read out the SSN, {v}, from the card.",
            "{v} (SSN) was entered on the death certificate worksheet.",
            "The SSA letter lists SSN {v}.",
            "Social Security Number.... {v}"],
    "phone": ["Next of kin (husband) tel {v}.",
              "Call the CHV on {v} for home follow-up.",
              "Wasiliana na binti yake: {v}.",
              "Contato da filha: {v}.",
              "Celular de la hija {v}.",
              "Tél. du fils : {v}.",
              "Cep tel: {v} (kızı).",
              "HP keluarga: {v}.",
              "WhatsApp the family on {v} with the results.",
              "Landline at the farm: {v}.",
              "Telefon (Tochter): {v}."],
    "fax": ["Fax the referral to the records office on {v}.",
            "Télécopieur : {v}.",
            "Faks: {v}.",
            "Please fax the pre-authorisation to {v}.",
            "Return fax {v} (home-health agency).",
            "Send the lab results by fax, {v}."],
    "email": ["Daughter abroad asks for updates at {v}.",
              "Courriel du patient : {v}",
              "E-posta: {v}",
              "Correo de contacto: {v}",
              "Send the discharge summary to {v} (patient request).",
              "The patient emailed the glucose log from {v}.",
              "E-mail (Sohn): {v}"],
    "url": ["Her son posted the discharge video on {v}.",
            "The family's fundraising page is {v}.",
            "He shares his dialysis diary at {v}.",
            "Photos of the ulcer were uploaded to {v}.",
            "Campanha de arrecadação: {v}",
            "The WhatsApp group invite {v} was pasted into the chart by mistake."],
    "ip": ["Telehealth session: patient connected from {v}.",
           "Client IP {v} logged by the tele-dermatology platform.",
           "Adresse IP de connexion : {v}.",
           "Remote CGM upload from {v}.",
           "Home dialysis machine reported via {v}.",
           "Endereço IP do acesso ao portal: {v}"],
    "zip": ["Postal code {v}.", "CEP: {v}", "Code postal {v}", "PLZ {v}", "Kodepos {v}", "C.P. {v}",
            "ZIP {v} (home-health service area)."] + _zip_sentences(),
    "date": ["Date of admission: {v}", "DOA {v}", "Born {v}", "Data de nascimento: {v}",
             "Fecha de ingreso: {v}", "Date d'entrée : {v}", "Doğum tarihi: {v}",
             "Data urodzenia: {v}", "Geb.-Dat.: {v}", "Opnamedatum: {v}", "Tanggal masuk: {v}",
             "Seen at the polyclinic on {v}.", "Died {v} at 03:40 on the ward.",
             "Dialysis started {v} via a temporary catheter.", "LMP {v}; EDD by scan.",
             "Transfused {v} 22:15, one unit.", "Consent signed {v}.", "Referral dated {v}.",
             "| Admission | {v} |", "Visit date: {v}", "Ngày vào viện (admitted): {v}",
             "Fecha de egreso {v}.", "Sortie le {v}."],
    "address": ["Lives at [[address:{n} {street} Road]], behind the market.",
                "Residence: [[address:House No. {n}, {street} Street]].",
                "[[address:Rua {street}, {n}, casa {n2}]] - reside com a filha.",
                "Domicilio: [[address:Calle {street} {n}, depto {n2}]].",
                "Domicile : [[address:{n}, avenue {street}]]",
                "Adresse : [[address:{n} rue {street}, app. {n2}]]",
                "Adres: [[address:{street} Cad. No:{n} D:{n2}]]",
                "Adres zamieszkania: [[address:ul. {street} {n}/{n2}]]",
                "Alamat: [[address:Jl. {street} No. {n}]].",
                "Found collapsed at [[address:{n} {street} Crescent]] by the home carer.",
                "Home visit: [[address:Apt {n2}, {n} {street} Avenue]].",
                "The family moved to [[address:{n} {street} Lane]] last month."] + _address_sentences(),
    "place": ["Resides in {city}; travels 40 km to clinic.",
              "Procedente de {city}.",
              "Originaire de {city}, vit seul.",
              "Native of {city}, works as a tailor.",
              "Transferred by road from {city}, 3 hours away.",
              "Wohnort: {city}.",
              "Woonplaats: {city}.",
              "Asal: {city}.",
              "Her daughter lives in {city} and visits monthly.",
              "Referred from [[place:Nyabururu Sub-County Hospital]] with obstructed labour.",
              "Transferred from [[place:Tamale West Polyclinic]] for dialysis.",
              "Derivado desde el [[place:CESFAM Los Copihues]] con hemoptisis.",
              "Evacuated from [[place:Hôpital Régional de Sfax]] by air."],
    "name": ["{given} was seen with her {rel}.", "His {rel} {given} stays at the bedside.",
             "Mr {surname} refused the NG tube.", "Mrs {surname} was discharged home.",
             "{full} came for the 2-week review.", "NOK: {full} ({rel}).",
             "{given}'s wound was dressed by the CHV.", "Discussed with {full} and her {rel}.",
             "Dr {surname} reviewed the ECG.", "Nurse {given} checked the infusion at 02:00.",
             "Sra. {surname} refiere disnea.", "Mme {surname} signale des vertiges.",
             "Frau {surname} lehnt die Operation ab."] + _local_name_sentences(),
}

FRESH10_REFERENCES = [
    "Similar cases have been reported from East Africa (https://doi.org/10.4314/eamj.v{n}i{n2}).",
    "WHO guidance (https://www.who.int/publications/i/item/97892400{n}) was applied.",
    "See https://pubmed.ncbi.nlm.nih.gov/3{n}{n}/ for a systematic review.",
    "A Brazilian series (https://www.scielo.br/j/abc/a/{n}) reported the same pattern.",
    "The Tokyo Guidelines (doi:10.1002/jhbp.{n}) define the grades used here.",
    "The Kigali modification is described at https://doi.org/10.1164/rccm.2015{n2}-{n}OC.",
    "KDIGO guidance is at https://kdigo.org/guidelines/ and in Kidney Int Suppl {n2}.",
]

FRESH10_STYLES = [
    "REFERRAL FORM (MOH 100)\nFrom: Sub-County Hospital (Level 4) - To: County Referral Hospital (Level 5)\n"
    "{body}\nTreatment given: IV fluids 1 L NS, ceftriaxone 2 g IV stat.\nReason: needs specialist review.",
    "OPD CARD - Polyclinic\nVitals: BP 150/95, P 88, T 36.8, Wt 72 kg, RBS 9.4 mmol/L\n{body}\n"
    "Dx: uncomplicated malaria (mRDT +)\nRx: artemether-lumefantrine 80/480 mg bd x 3/7; PCM 1 g tds",
    "Progress note - Medical ward, bed 14\n{body}\nA/P: RHD with AF; continue warfarin 5 mg, INR in 3 days.",
    "DISCHARGE CERTIFICATE (GIẤY RA VIỆN)\nDepartment: Internal Medicine - Cardiology\n{body}\n"
    "Diagnosis: I21.0 acute anterior STEMI\nTreatment: PCI to LAD; aspirin 81 mg, clopidogrel 75 mg.",
    "Discharge summary - Ward Med 3 (F)\n{body}\nPrincipal Dx: dengue haemorrhagic fever grade II "
    "(WHO 2011)\nHome medication: paracetamol 500 mg prn, ORS.",
    "SURAT RUJUKAN PUSKESMAS\nKepada Yth. dokter spesialis penyakit dalam\n{body}\n"
    "Diagnosis sementara: DM tipe 2 tidak terkontrol, GDS 412 mg/dL\nTerapi: metformin 3 x 500 mg.",
    "EVOLUÇÃO - ENFERMARIA DE CLÍNICA MÉDICA\n{body}\nHD: ICC perfil B; BNP 1.240 pg/mL\n"
    "CD: furosemida 40 mg EV 12/12h; restrição hídrica 1.000 mL/dia.",
    "EPICRISIS - Servicio de Medicina Interna\n{body}\nDiagnóstico de egreso: neumonía adquirida "
    "en la comunidad (CURB-65: 2)\nIndicaciones: amoxicilina-clavulánico 875/125 mg c/12 h por 7 días.",
    "COMPTE RENDU D'HOSPITALISATION - Service de Néphrologie\n{body}\nConclusion : IRC stade 5 "
    "(DFG 8 mL/min/1,73 m²), mise en hémodialyse.\nTraitement de sortie : EPO 4000 UI x 3/semaine.",
    "NOTE D'URGENCE - ÉTG 2\n{body}\nImpression : FA rapide ; CHA2DS2-VASc 3\nConduite : diltiazem 15 mg IV.",
    "Consultation note - Internal Medicine\n{body}\nImpression: CKD stage 4 (eGFR 22) with gout.\n"
    "Plan: febuxostat 40 mg daily; avoid NSAIDs.",
    "EPİKRİZ (discharge summary) - Dahiliye\n{body}\nTanı: toplum kökenli pnömoni (CURB-65 3)\n"
    "Tedavi: seftriakson 2 g/gün, 7 gün.",
    "Karta informacyjna leczenia szpitalnego (discharge card)\n{body}\nRecommendations: "
    "bisoprolol 2.5 mg, torasemide 10 mg; control NT-proBNP in 4 weeks.",
    "Verwijsbrief huisarts (GP referral letter)\nGeachte collega,\n{body}\nMet collegiale groet,\nde huisarts",
    "Dear colleague, we report on the following patient.\n{body}\nMit freundlichen kollegialen Grüßen - "
    "Department of Geriatrics",
    "e-Referral Service - 2WW suspected lower GI cancer\n{body}\nFIT 146 ug Hb/g; WHO performance status 1.",
    "ED Note - Triage (MTS orange)\n{body}\nPlan: CT head per the Canadian CT Head Rule; neuro obs hourly.",
    "Clinical notes - rural hospital\n{body}\nPlan: benzathine penicillin 1.2 MU IM 4-weekly; echo in 6 months.",
    "CTAS 2 - chest pain\n{body}\nHEART score 5; troponin at 0 and 3 h.",
    "HOME HEALTH SKILLED NURSING VISIT (OASIS-E)\n{body}\nWound: stage 3 sacral pressure injury "
    "3.2 x 2.1 x 0.4 cm; Braden 13.",
    "[00:00:12] Clinician: can you hear me?\n{body}\n[00:14:50] Call ended (14 min 38 s).",
    "[07:42] Reg: {body}\n[07:43] SHO: will chase the CT\n[07:45] Cons: ok, MDT on Thursday",
    "Patient banner | Allergies: NKDA | Isolation: none\n{body}\nEncounter: inpatient, ward 5C, bed 12",
    "CLINICAL CHEMISTRY REPORT\n{body}\nAnalyte | Result | Ref.\nHbA1c | 9.1 % | 4.0-5.6\n"
    "Creatinine | 2.4 mg/dL | 0.6-1.2",
    "PRIOR AUTHORIZATION REQUEST - MRI brain w/wo contrast (CPT 70553); ICD-10 G43.909\n{body}\n"
    "Clinical rationale: failed 2 preventives over 6 months.",
    "MEDICAL CERTIFICATE OF CAUSE OF DEATH (summary)\nI(a) septic shock (hours)\nI(b) perforated "
    "sigmoid diverticulitis (2 days)\nII type 2 diabetes (12 years)\n{body}",
    "CONSENT FOR PROCEDURE - upper GI endoscopy with variceal band ligation\nRisks: bleeding "
    "(1 in 1,000), perforation (1 in 2,500)\n{body}",
    "RADIOLOGY REQUEST - CT pulmonary angiogram\nClinical details: Wells 6, D-dimer 2,400 ng/mL; "
    "eGFR 58\n{body}",
    "TRANSFUSION RECORD\nProduct: red cells, 1 unit, O RhD positive; crossmatch valid 72 h\n{body}\n"
    "15-minute obs: T 36.9, HR 96, BP 112/70; no reaction.",
    "HAEMODIALYSIS RUN SHEET - chair 3, machine 7\nDry weight 64.5 kg; pre 67.1 kg; UF goal 2.6 L\n"
    "{body}\nKt/V 1.32; URR 71%",
    "{body}",
    "{body}",
]

FRESH10_PART = Part(
    "fresh10", FRESH10_VOCABULARY, FRESH10_CONNECTORS, FRESH10_FRAMES, FRESH10_KEYWORDS,
    FRESH10_SENTENCES, FRESH10_AFTER, FRESH10_REFERENCES, True,
    values=FRESH10_VALUES, age=_age, styles=FRESH10_STYLES)

# ---------------------------------------------------------------- hand-written letters
# Whole notes where a country's keywords, number shapes, address order and dates agree.

_LETTERS = {
    "ke-referral": (
        "REFERRAL NOTE (MOH 100)\n"
        "From: Sub-County Hospital (Level 4)   To: the Medical Superintendent (Level 5)\n"
        "Name: [[name:Kerubo Nyaboke Ondieki]]   Age: 34 yrs   Sex: F   IP No. [[mrn:2024/004817]]\n"
        "SHA No. [[health_plan:CR4471902836-5]]\n"
        "Residence: [[address:P.O. Box 1123]]-[[zip:40202]] [[place:Keroka]]\n"
        "G4P3 at 36/40 with eclampsia: BP 172/114, proteinuria 3+. MgSO4 (Pritchard) 4 g IV + "
        "10 g IM given at 14:10; hydralazine 5 mg IV. Bed 6, labour ward.\n"
        "NOK: husband (number on the MOH 100 copy).\n"
        "Referring clinical officer, KMPDC reg. [[licence:A11873]]."),
    "gh-opd": (
        "OPD CARD - Polyclinic\n"
        "Folder No.: [[mrn:AP/OPD/23/11874]]   NHIS: [[health_plan:04419837]]\n"
        "Name: Madam [[name:Akua Serwaa Agyemang]] (F, 58)\n"
        "Digital address: [[address:GA-183-4471]]\n"
        "BP 182/104, P 92, T 36.6, RBS 14.2 mmol/L. Dx: hypertensive urgency; T2DM.\n"
        "Rx: nifedipine retard 20 mg bd, metformin 500 mg bd. Review in 2/52.\n"
        "Vitals by nurse [[name:Comfort Ansah]]."),
    "et-ward": (
        "Progress note - Medical ward, bed 14\n"
        "Patient: W/ro [[name:Tigist Haile Gebremariam]], 61 years, Card No. [[mrn:0451872]]\n"
        "CBHI ID [[health_plan:AM/BD/0418827]]. Husband Ato [[name:Mulugeta Tesfaye]] at the bedside.\n"
        "Known RHD with severe MS (MVA 0.8 cm2); AF 132/min; warfarin 5 mg, INR 1.4."),
    "vn-discharge": (
        "GIẤY RA VIỆN (DISCHARGE CERTIFICATE)\n"
        "Full name: [[name:TRẦN THỊ MỸ LINH]]   Age: 67   Female\n"
        "Patient code: [[mrn:2402117843]]   BHYT card: [[health_plan:HT3792012345678]]\n"
        "Address: [[address:No. 58 Phan Boi Chau Street]], [[place:Vinh Ninh Ward]], [[place:Hue]]\n"
        "Admitted: [[date:05/02/2024 09:20]]   Length of stay: 11 days\n"
        "Diagnosis: I63.5 cerebral infarction; NIHSS 7 then 3; mRS 2."),
    "th-discharge": (
        "Discharge summary - Ward Med 3 (F)\n"
        "HN [[mrn:66-018342]]   Name: Mrs. [[name:Malee Srisuwan]]   Age [[age:93 ปี]]\n"
        "Thai ID [[other_id:3 4012 00458 21 7]]\n"
        "Admitted [[date:3 Mar 2567]]; discharged on day 6.\n"
        "DHF grade II (WHO 2011): Hct peak 48%, platelet nadir 18,000/uL; no transfusion."),
    "id-rujukan": (
        "SURAT RUJUKAN\nKepada Yth. dokter spesialis penyakit dalam\n"
        "Mohon pemeriksaan dan penanganan lebih lanjut pasien:\n"
        "Nama: Ny. [[name:Sri Wahyuni]]\nUmur: 63 tahun\nNo. RM: [[mrn:01-27-84]]\n"
        "No. BPJS: [[health_plan:0001873420915]]\n"
        "Alamat: [[address:Jl. Kaliurang Km 9, RT 04/RW 12]], [[place:Ngaglik]]\n"
        "Diagnosis: DM tipe 2 dengan ulkus kaki (Wagner 2), GDS 386 mg/dL.\n"
        "[[place:Sleman]], [[date:18 Maret 2024]]\nDokter pemeriksa,\ndr. [[name:Agus Prasetyo]]"),
    "br-prontuario": (
        "PRONTUÁRIO nº [[mrn:0048217]] - Enfermaria de Clínica Médica, leito 12\n"
        "Identificação: [[name:Maria das Graças Nogueira da Silva]], [[age:91 anos]], viúva, "
        "natural de [[place:Pelotas]]/RS.\n"
        "Endereço: [[address:Rua General Osório, 1180, apto 302]] - CEP [[zip:96020-000]]\n"
        "CNS: [[health_plan:702 4018 3327 9165]]\n"
        "HD: ICC descompensada perfil B; FA com RV alto. BNP 2.310 pg/mL; creatinina 1,6 mg/dL.\n"
        "CD: furosemida 40 mg EV 12/12h; apixabana 2,5 mg 12/12h (idade acima de 80 anos)."),
    "ar-epicrisis": (
        "EPICRISIS - Servicio de Clínica Médica\n"
        "Paciente: [[name:ETCHEVERRY, Florencia Inés]] - DNI [[other_id:28.447.913]] - "
        "HC [[mrn:183.552]]\n"
        "Obra social: PAMI, afiliado N° [[health_plan:150438827104/00]]\n"
        "Domicilio: [[address:Av. Pellegrini 1450, 3° B]], [[place:Rosario]], Santa Fe, "
        "CP [[zip:S2000BTP]]\n"
        "Fecha de ingreso: [[date:2 de marzo de 2024]] - internación de 9 días.\n"
        "Diagnóstico: NAC (CURB-65 2, PSI clase III); ampicilina-sulbactam 1,5 g c/6 h.\n"
        "Médica tratante, MP [[licence:12.448]]"),
    "cl-interconsulta": (
        "INTERCONSULTA a Geriatría\n"
        "Paciente [[name:José Miguel Fuentealba Sepúlveda]], RUT [[other_id:8.921.447-K]], "
        "[[age:96 años]], derivado desde el [[place:CESFAM Pedro de Valdivia]].\n"
        "FONASA tramo B. Barthel 45/100; MMSE 19/30; caídas: 3 en 6 meses."),
    "ma-cr": (
        "COMPTE RENDU D'HOSPITALISATION - Service de Néphrologie\n"
        "Patient : M. [[name:Benjelloun Youssef]], né le [[date:14/07/1958]], CIN "
        "[[other_id:FA118732]], IP [[mrn:24/01873]]\n"
        "Adresse : [[address:Lot Al Qods, n° 47]], [[zip:60000]] [[place:Oujda]]\n"
        "Conclusion : IRC stade 5 (DFG 7 mL/min/1,73 m²) ; hémodialyse sur cathéter jugulaire "
        "droit ; FAV radio-céphalique (Brescia-Cimino) prévue."),
    "dz-cr": (
        "Lettre de liaison - Médecine interne\n"
        "Mme [[name:Belkacem Fatma Zohra]], [[age:92 ans]], N° CHIFA [[health_plan:58 1127 0049 33]], "
        "demeurant commune de [[place:Remchi]], wilaya de Tlemcen.\n"
        "Hypothyroïdie (TSH 14,2 mUI/L) ; lévothyroxine 50 ug/j."),
    "qc-urgence": (
        "NOTE D'URGENCE - ÉTG 2 (Échelle canadienne de triage et de gravité)\n"
        "Nom : [[name:Tremblay, Gaétan]]   Âge : [[age:94 ans]]   No de dossier : [[mrn:0872145]]\n"
        "NAM (RAMQ) : [[health_plan:TREG 3209 1485]]\n"
        "Adresse : [[address:1247, rue King Ouest, app. 3]], [[place:Sherbrooke]] (Québec) "
        "[[zip:J1H 1R4]]\n"
        "Courriel : [[email:g.tremblay@courriel.example.org]]\n"
        "Arrivée [[date:2024-03-09 02:47]] par ambulance.\n"
        "FA rapide 148/min ; CHA2DS2-VASc 4 ; diltiazem 15 mg IV."),
    "lb-consult": (
        "Consultation - Internal Medicine\n"
        "Patient: Mr. [[name:Georges Abi Nader]], a [[age:90-year-old]] retired teacher, "
        "File No. [[mrn:01-448273]], NSSF [[health_plan:614418/27]]\n"
        "His daughter lives in [[place:Montreal]] and calls daily.\n"
        "CKD 4 (eGFR 22), gout; colchicine 0.5 mg every other day; uric acid 9.8 mg/dL."),
    "sa-ed": (
        "ED note - Red Crescent arrival 23:40\n"
        "Patient: [[name:Abdulaziz bin Saad Al-Qahtani]], Saudi ID [[other_id:1048827316]], "
        "MRN [[mrn:0003184472]].\n"
        "RTA, restrained driver; vehicle plate [[vehicle:4417 ABJ]]. GCS 15, FAST negative, "
        "lactate 2.1. Housemaid (Iqama [[other_id:2418873360]]) was the passenger: minor injuries."),
    "tr-epikriz": (
        "EPİKRİZ - Dahiliye Servisi\n"
        "Hasta: [[name:Emine Öztürk]] Hanım, [[age:91 yaşında]], TC Kimlik No [[other_id:41287730952]]\n"
        "Adres: [[address:Mevlana Mah. Atatürk Cad. No:118 D:6]], [[place:Meram]] [[zip:42090]]\n"
        "Oğlu [[name:Hüseyin]] Bey refakatçi.\n"
        "Pnömoni, CURB-65 3; seftriakson 2 g/gün."),
    "ir-note": (
        "Internal medicine note (English)\n"
        "Patient: Mr [[name:Farhad Rezaei]], national code [[other_id:136-041872-3]]; "
        "Tamin Ejtemaei no. [[health_plan:0412788193]].\n"
        "DOB [[date:1311/04/22]] (Solar Hijri): a [[age:92-year-old]] man from [[place:Tabriz]].\n"
        "Opium use (3 g/day) for 40 years; methadone 40 mg daily; QTc 468 ms."),
    "pl-karta": (
        "Karta informacyjna leczenia szpitalnego - Oddział Chorób Wewnętrznych\n"
        "Pacjentka: [[name:Stanisława Wójtowicz]], wiek: [[age:93 lata]], PESEL [[other_id:31021804528]]\n"
        "Nr księgi głównej [[mrn:18442/2024]]\n"
        "Przyjęta [[date:2 marca 2024]], wypisana po 12 dniach.\n"
        "NT-proBNP 4 870 pg/ml; EF 30%; NYHA III.\n"
        "Lekarz prowadzący, nr PWZ [[licence:2718843]]"),
    "cz-zprava": (
        "Propouštěcí zpráva - Interní klinika\n"
        "Pacient: pan [[name:Jaroslav Svoboda]], [[age:92letý]], r. č. [[other_id:321104/118]], "
        "pojišťovna 111\n"
        "Bydliště: [[address:Masarykova 31]], [[zip:779 00]] [[place:Olomouc]]\n"
        "Dg.: CHOPN GOLD E; FEV1 38 %; domácí oxygenoterapie 2 l/min."),
    "nl-verwijzing": (
        "Verwijsbrief huisarts (referral)\nGeachte collega,\n"
        "Graag uw beoordeling van dhr. [[name:Jan Willem van der Meulen]], geb. [[date:12-09-1933]], "
        "BSN [[other_id:172948355]].\n"
        "Woonadres: [[address:Rembrandtlaan 48]], [[zip:8017 GK]] [[place:Zwolle]].\n"
        "Atriumfibrilleren volgens NHG-Standaard; CHA2DS2-VASc 4; apixaban 5 mg 2dd.\n"
        "Met collegiale groet, de huisarts (BIG [[licence:79018824301]])"),
    "de-brief": (
        "Dear colleague,\nwe report on Frau [[name:Hildegard Schäfer]], born [[date:03.11.1931]], "
        "Versichertennr. [[health_plan:K418872039]] (AOK), [[address:Goethestraße 17]], "
        "[[zip:79098]] [[place:Freiburg]].\n"
        "Diagnoses: HFpEF (EF 58%, NT-proBNP 2 140 pg/ml); CKD G3b.\n"
        "Hausarzt: LANR [[licence:418827301]], Fax [[fax:0761 441829]]."),
    "uk-2ww": (
        "e-Referral Service - 2WW suspected lower GI cancer\n"
        "Patient: Mrs [[name:Gwen Pemberton]]   NHS No: [[health_plan:471 882 9035]]   "
        "DOB: [[date:17-Jun-1949]]\n"
        "Address: [[address:6 Fellside Court]], [[place:Kendal]], [[place:Cumbria]] [[zip:LA9 4QT]]\n"
        "Mob: [[phone:07700 918342]]\n"
        "FIT 146 ug Hb/g; Hb 104 g/L; weight loss 6 kg in 3 months."),
    "ie-ed": (
        "ED Note - MTS orange\n"
        "Name: [[name:Máire Ní Bhriain]]   GMS no. [[health_plan:2718840T]]   "
        "PPSN [[other_id:4718823WA]]\n"
        "Address: [[address:14 Bóthar na Trá]], [[place:Athlone]], [[place:Co. Westmeath]] "
        "[[zip:N37 F6D7]]\n"
        "Age [[age:97 years]]. Fall at home; 4AT 5; #NOF on X-ray; fascia iliaca block 30 mL "
        "0.25% levobupivacaine."),
    "nz-rural": (
        "Clinical notes - rural hospital\n"
        "Patient: [[name:Aroha Tipene]]   NHI [[health_plan:ZKH4418]]\n"
        "Next of kin: [[name:Wiremu Tipene]] (son), [[phone:021 418 2270]].\n"
        "Rheumatic heart disease; benzathine penicillin 1.2 MU IM 4-weekly."),
    "ca-er": (
        "CTAS 2 - chest pain\n"
        "Patient [[name:Brayden Leblanc]], 52, Medicare (NB) [[health_plan:418 827 304]], "
        "MRN [[mrn:M00418827]]\n"
        "Troponin 48 then 212 ng/L; ECG ST depression V4-V6; HEART score 6."),
    "us-homehealth": (
        "HOME HEALTH SKILLED NURSING VISIT\n"
        "Patient: [[name:Darlene Whitaker]], [[age:96 y/o]], MBI [[health_plan:4TK9-QM2-WX61]]\n"
        "SSN [[ssn:412-78-3316]] on the intake form.\n"
        "Address: [[address:2215 Jackson Pike]], [[place:Muncie]], IN [[zip:47303]]\n"
        "Visit date [[date:03/14/2024]]; time in 10:05, time out 10:55.\n"
        "Agency fax [[fax:(765) 555-0199]].\n"
        "Stage 3 sacral pressure injury 3.2 x 2.1 x 0.4 cm; warfarin 3 mg, INR 2.4."),
    "telehealth": (
        "[00:00:04] System: session started; client IP [[ip:198.51.100.73]], browser version 121.\n"
        "[00:00:19] Dr [[name:Okonjo]]: Good morning. Can you confirm your name and date of birth?\n"
        "[00:00:24] Patient: [[name:Chebet Kiprono]], [[date:9 August 1987]].\n"
        "[00:01:02] Patient: the rash started 5 days after the co-trimoxazole.\n"
        "[00:03:40] Dr [[name:Okonjo]]: SCORTEN 1; please come in today.\n"
        "[00:05:12] Patient: the photos are at [[url:https://photos.example.com/chebet-k/rash]]\n"
        "[00:06:30] System: session ended (6 min 26 s)."),
    "team-chat": (
        "[08:02] Reg Med: bed 7 - [[name:Pedro Henrique Nogueira]], [[age:92yo]], urosepsis, "
        "lactate 4.1 -> 2.2\n"
        "[08:03] SHO: his daughter wants updates on [[phone:+55 51 99714-2281]]\n"
        "[08:04] Cons: ok. Echo today pls\n"
        "[08:06] SHO: bed 12 (no names on chat please) - K 6.3, repeat VBG at 10:00"),
    "ehr-banner": (
        "| Name | [[name:KAMAU, Wanjiku]] | Sex | F |\n"
        "| DOB | [[date:1941-05-23]] | Age | 82 |\n"
        "| MRN | [[mrn:K0418827]] | Bed | 5C-12 |\n"
        "| NOK | son | Tel | [[phone:+254 722 418 903]] |\n"
        "| Allergies | penicillin (rash) | Isolation | none |"),
    "lab-header": (
        "CLINICAL CHEMISTRY - FINAL REPORT\n"
        "Patient: [[name:Dawit Abebe Tesfaye]]   Card No.: [[mrn:0571184]]   Sex/Age: M/47\n"
        "Collected: [[date:2024-02-19 07:45]]   Received 45 min later\n"
        "Creatinine | 2.41 | mg/dL | 0.7-1.3\nPotassium | 5.9 | mmol/L | 3.5-5.1\n"
        "Tube 2 of 3; analyser run 14."),
    "us-preauth": (
        "PRIOR AUTHORIZATION REQUEST - MRI brain w/wo contrast (CPT 70553)\n"
        "Member: [[name:Earl Dempsey]]   Member ID: [[health_plan:XQW418827301]]\n"
        "ICD-10 G43.909; failed sumatriptan 100 mg and topiramate 100 mg/day over 6 months.\n"
        "Provider callback [[phone:(317) 555-0180]]; fax [[fax:(317) 555-0182]]."),
    "death-summary": (
        "MEDICAL CERTIFICATE OF CAUSE OF DEATH (summary)\n"
        "Deceased: [[name:Hēmi Te Whata]], [[age:101 years]]. Certificate no. [[licence:B 0418827]]\n"
        "Date of death: [[date:Sunday 10 March 2024 04:20]]; place: [[place:Whanganui Hospital]]\n"
        "I(a) aspiration pneumonia (3 days); I(b) advanced dementia (6 years)."),
    "consent": (
        "CONSENT FOR PROCEDURE - upper GI endoscopy with variceal band ligation\n"
        "Patient: [[name:Hawa Mohamed Abdi]]; interpreter [[name:Fadumo Ali]] (Somali).\n"
        "Risks: bleeding 1 in 1,000, perforation 1 in 2,500, sedation reactions.\n"
        "Signed [[date:20/03/2024]] at 11:05 in the presence of the ward nurse."),
    "radiology-request": (
        "RADIOLOGY REQUEST - CT pulmonary angiogram\n"
        "Patient [[name:Reem Al-Shehri]]   MRN [[mrn:0004417823]]\n"
        "Wells 6; D-dimer 2,400 ng/mL; eGFR 98; no contrast allergy; not pregnant (bHCG negative).\n"
        "Requesting clinician: SCFHS licence [[licence:12-R-0041882]]"),
    "transfusion": (
        "TRANSFUSION RECORD - Ward 3B, bed 9\n"
        "Recipient: [[name:Võ Thị Hạnh]]   HN [[mrn:67-004418]]\n"
        "Red cells, 1 unit, O RhD positive; crossmatch valid 72 h.\n"
        "Start [[date:21/03/2024 22:15]]; 15-min obs T 36.8, HR 92, BP 118/70.\n"
        "Checked by RN [[name:Siriporn Chaiyaporn]] and a second RN."),
    "dialysis": (
        "HAEMODIALYSIS RUN SHEET - chair 3, machine 7, session 143\n"
        "Patient: [[name:Khadija El Idrissi]]   Date [[date:12/03/2024]]\n"
        "Dry weight 58.5 kg; pre 61.2 kg; UF 2.7 L; Qb 300; Qd 500; heparin 2000 IU + 500 IU/h.\n"
        "AVF left radiocephalic (Brescia-Cimino), thrill present; Kt/V 1.31; URR 70%.\n"
        "Home HD machine for training: serial [[device:4TB17730K]]."),
    "boda": (
        "Casualty note: boda-boda rider, helmet not worn, GCS 13 (E3 V4 M6), open tib/fib "
        "fracture (Gustilo IIIA).\n"
        "Motorcycle [[vehicle:KMEB 418T]]; police OB no. [[other_id:27/2024]]; brought from "
        "[[place:Oyugis]] by a passer-by.\n"
        "Cefazolin 2 g IV, tetanus toxoid 0.5 mL IM, wound washout in theatre."),
    "cgm-pump": (
        "Endocrine clinic: insulin pump [[device:PW7731920K]] downloaded; CGM sensor "
        "[[device:0M4H2F7K9Q]]; time in range 58%, below range 6%.\n"
        "HbA1c 8.2% (66 mmol/mol); basal 0.8 U/h overnight; ICR 1:10."),
    "cochlear": (
        "Audiology: cochlear implant model CI612, S/N [[device:51842731]]; mapping updated, "
        "T and C levels raised by 5 CU."),
    "email-followup": (
        "Follow-up: the patient asked for results at [[email:nadim.sfeir@mail.example.net]] and "
        "copied her son at [[email:hussein.k@example.org]].\n"
        "TSH 0.02 mU/L, free T4 38 pmol/L; carbimazole 20 mg daily."),
    "gofundme": (
        "The family set up a page at [[url:https://fundraise.example.com/aroha-tipene-dialysis]]; "
        "the remote monitoring gateway [[ip:10.44.12.7]] uploads the run data."),
    "account-cbu": (
        "Reintegro de la obra social: CBU [[account:0170099220000067797370]] a nombre del hijo; "
        "factura por 3 sesiones de hemodiálisis."),
    "account-rib": (
        "Facturation : RIB [[account:011 780 0000123456789012 34]] communiqué par la famille ; "
        "forfait hémodialyse x 13 séances."),
}

# Letters with no identifier at all: clinical prose full of numbers, eponyms and places in
# names of rules, diseases and guidelines.
_CLEAN_LETTERS = {
    "clean-mdt": (
        "MDT summary (no identifiers): 58-year-old woman, cT3N1M0 rectal adenocarcinoma, MRI "
        "CRM threatened; short-course RT 25 Gy in 5 fractions then CAPOX x 6 per the 2022 ESMO "
        "guideline; MMR proficient; CEA 14.2 ug/L. Discussed on Thursday; re-stage in 12 weeks."),
    "clean-chat": (
        "[09:10] Reg: 2 admissions overnight - 78M CAP CURB-65 3, 64F DKA pH 7.08 HCO3 6; "
        "both on the post-take list\n[09:12] Cons: fine, follow the JBDS DKA guideline and "
        "the BTS CAP guideline; review at 14:00"),
    "clean-tropical": (
        "Teaching case: Lassa fever vs Marburg virus disease vs severe falciparum malaria - "
        "WHO 2022 criteria, parasitaemia 6%, Blantyre coma score in children, Glasgow Coma "
        "Scale in adults, artesunate 2.4 mg/kg IV at 0, 12 and 24 h."),
    "clean-dialysis": (
        "Unit audit 2023: 142 patients, 68% via AVF (Brescia-Cimino or brachiocephalic), "
        "Kt/V above 1.2 in 91%, Hb 10-12 g/dL in 64%; KDOQI 2019 vascular access targets "
        "discussed; chair 4 and machine 9 out of service."),
    "clean-obstetric": (
        "Obstetric review: G2P1 at 34+2 weeks, BP 158/102, proteinuria 2+, PlGF 48 pg/mL; "
        "labetalol 200 mg TDS; MgSO4 per the Zuspan regimen; FIGO and ISSHP 2021 criteria."),
}

_SECTION_LETTERS = {
    # Literature addresses in a write-up's introduction or discussion: never identifiers.
    "reference-discussion": (
        "discussion",
        "Dengue with warning signs was managed per WHO 2009 "
        "(https://www.who.int/publications/i/item/9789241547871); a Thai cohort "
        "(https://doi.org/10.1093/cid/ciz402) and https://pubmed.ncbi.nlm.nih.gov/31504326/ "
        "report similar platelet nadirs."),
    "reference-introduction": (
        "introduction",
        "Buruli ulcer is reported from 33 countries (https://www.who.int/news-room/fact-sheets/"
        "detail/buruli-ulcer-(mycobacterium-ulcerans-infection)); see also "
        "https://doi.org/10.1371/journal.pntd.0006553."),
    "reference-history": (
        "patient_information",
        "She had written about her illness on [[url:https://www.example.org/efua-tetteh-journal]] "
        "before the admission."),
}


def _letters() -> tuple[Note, ...]:
    notes = [parse(f"fresh10-letter-{key}", text) for key, text in _LETTERS.items()]
    notes += [parse(f"fresh10-letter-{key}", text) for key, text in _CLEAN_LETTERS.items()]
    for key, (section, text) in _SECTION_LETTERS.items():
        note = parse(f"fresh10-letter-{key}", text)
        notes.append(Note(note.id, note.text, note.expected, section))
    return tuple(notes)


FRESH10_LETTERS: tuple[Note, ...] = _letters()
FRESH10: tuple[Note, ...] = build(FRESH10_PART, per_category=27, clean=42, references=8) + FRESH10_LETTERS


if __name__ == "__main__":  # counts, as the docstring promises
    from collections import Counter

    spans = Counter(e.category for note in FRESH10 for e in note.expected)
    print(f"notes {len(FRESH10)}, clean {sum(not note.expected for note in FRESH10)}, "
          f"spans {sum(spans.values())}")
    for category in CATEGORY_ORDER:
        print(f"  {category:12} {spans[category]}")

# DONE

"""FRESH23: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a nineteenth author, who read only tests/phi/generated.py (the framework:
Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring), tests/phi/corpus.py (the
Note type, the span conventions, parse, evaluate), the domain rules (45 CFR 164.514(b)(2) Safe
Harbor, as restated in the project's domain notes), the module docstrings of
tests/phi/fresh16_notes.py to fresh22_notes.py (their conventions and settings, extracted with
ast.get_docstring, without their bodies) and the wiring lines of fresh16_notes.py (its Part,
_letter, letters, build and __main__ lines, not its vocabulary, templates or letters); not the
scanner, its patterns, name lists, model or data, its benchmark (bench/), its tests, the body of
any other fresh part (fresh24, written at the same time, included), nor their git history; the
scanner was not run while writing it, nor on its notes, nor imported. Its vocabulary, value
shapes, keywords, connectors, frames, note styles and hand-written letters are this author's
own. Settings: a mix like a global case-discussion platform sees - about half English-language
(Kenya's Rift Valley, south-eastern Nigeria, the Philippines' Western Visayas, Kerala, Singapore,
the Eastern Cape, Northland in New Zealand, north-western Ontario and its First Nations, South
Australia's Upper Spencer Gulf, Northumberland, a US traveller) and half from regions that
generated.py's docstring and fresh16-22's do not name, in their languages: Okinawa (Japanese,
Showa-era and 年月日 dates, "歳", カルテ番号, 保険者番号, 〒 postcodes, Okinawa plates), Jeju
(Korean, haenyeo divers, "세", 등록번호, 주민등록번호, 064 numbers), Isan (Thai, Buddhist-era dates,
"ปี", HN, บัตรทอง, the 13-digit ID), the Mekong Delta (Vietnamese, "tuổi", "ngày ... tháng ...
năm", BHYT cards, CCCD, Zalo messages, motorbike plates), Calabria (Italian, "anni", codice
fiscale, tessera sanitaria, IBAN IT, nosologico), the Alentejo (Portuguese, "anos", número de
utente, NIF, 4-3 postcodes), the Nordeste sertão (Brazilian Portuguese, Cartão SUS, CPF, CEP,
UBS notes, Chagas), Oaxaca and Chiapas (Spanish with Zapotec and Tsotsil patients, CURP,
expediente, IMSS-Bienestar, cédula profesional), eastern Anatolia (Turkish, "yaşında", T.C.
Kimlik No, protokol no, Turkish plates, IBAN TR), Upper Egypt (Arabic, Arabic-Indic digit dates,
the 14-digit national number), the Rif (Tarifit-speaking patients in Spain and Morocco, NIE, CIN)
and Argentina's north-west (Jujuy and Santiago del Estero, DNI, PAMI, HC, CPA postcodes).
Document types: case-report prose posted to a discussion board (names, places, dates and ages in
running text with no keyword), discharge summaries, referral letters (a Japanese 診療情報提供書,
an Italian lettera, a Mexican nota de referencia), consult notes, ED and pronto soccorso
records, nursing notes, an epikriz, UBS progress notes, registration forms, a travel insurer
claim, an ambulance report, a pacemaker check, an IT incident, a portal message, a fax cover, a
medical certificate, SMS, Zalo and e-mail threads, a case history in a patient_information
section and a discussion paragraph with literature references.

Conventions (tests/phi/corpus.py's and fresh16's docstring's): a name without its title,
honorific or relation word (Dr, Dott., Dona, Doña, D., Sra., Hanım, さん, 様, 님, 씨, นาง, bà, cụ
stay out); a full name in any order is one span ("SPANÒ Domenico", "比嘉 トミ", "Tan Haziq");
staff names, also with an initial ("E. Fenwick"), speakers in message threads, signatures and
names in running prose are names; an identifier without its keyword; an age over 89 with its
attached unit in any language ("94歳", "92세", "91 ปี", "93 tuổi", "95 anni", "97 anos", "95
años", "93 yaşında", "90 عامًا", "96-year-old", "91 y/o", "90yo") or the number alone where none
is attached after it ("edad: 92", "yaş 94", "العمر: 90", "She is 94"); ages under 90 are not
marked; a date without its preposition, with a weekday right before it and a time right after it
("Thu 5 Mar 1986", "21/07/2024 03:40", "2025.03.14 22:00"); Japanese era and 年月日 dates, Korean
년월일 dates, Thai Buddhist-era dates ("3 ก.พ. 2568"), Vietnamese, Italian, Portuguese, Spanish
and Turkish dates, Arabic-Indic digit dates and a month with its year ("março de 2024", "June
2019") are dates; a year alone or a weekday alone is not. The street line is one span ("Via Roma
41", "Monte da Defesa, CX 512", "Blk 823 Tampines St 81, #07-112", "88 หมู่ 4", "Purok 3", "宮里3丁目
12-5"); each locality (town, village, hamlet, barangay, tambon, amphoe, xã, huyện, mahalle,
First Nation community) and the postcode are separate spans; a named hospital, clinic, UBS or
health centre is a place (the whole name: "Kars Harakani Devlet Hastanesi", "UBS Vila Nova",
"Centro de Salud Rural de San Juan Guelavía"); provinces, states, regions, centrally governed
cities at province level and countries (Roi Et province, Jeju, TP Cần Thơ, (VV), Oax., จ.ขอนแก่น,
Chiapas, Ohio) are never marked. Categories: `ssn` is a US Social Security number only (a US
traveller, a US retiree's Medicare paperwork); other national and case numbers (マイナンバー,
주민등록번호, the Thai ID, CCCD, codice fiscale, NIF, CPF, CURP, T.C. Kimlik No, the Egyptian
national number, DNI, NIE, Moroccan CIN, Aadhaar, NIN, Kenyan ID, NRIC, SA ID, police case and
employee numbers) are `other_id`; insurance numbers (保険者番号, 건강보험증, บัตรทอง, BHYT, tessera
sanitaria, número de utente, Cartão SUS, IMSS, PAMI, PhilHealth, NHIF, medical aid, Medicare,
OHIP, NHS numbers, a travel insurer's policy) are `health_plan`; hospital, clinic, HN, expediente,
protokol, UHID, UR, K and New Zealand NHI numbers are `mrn`; driving licences, passports and
professional registrations (cédula profesional, CRM, PRC, MDCN, HPCSA, AHPRA, GMC) are
`licence`; IBANs, bank accounts, CLABEs and invoices are `account`; plates (Japanese, Korean,
Vietnamese, Turkish, Italian and others) and VINs or chassis numbers are `vehicle`; pacemaker
generators and leads, insulin pumps, CGM sensors, oxygen concentrators, cochlear implant
processors, home dialysis machines and UDIs are `device`.

Built as build(F23_PART, per_category=26, clean=120, references=8) + F23_LETTERS (52
hand-written notes: 42 with identifiers, one of them a case history in the patient's history
section, 9 clean, 1 reference paragraph in a discussion): 690
notes, 138 of them (20%) without any identifier (120 generated clean notes, 8 reference notes
in an introduction or discussion, 9 clean letters, 1 reference letter), 760 spans - name 87,
address 39, place 84, zip 36, date 48, age 38, phone 39, fax 28, email 28, ssn 27, mrn 36,
health_plan 38, account 28, licence 29, vehicle 33, device 29, url 44, ip 28, other_id 41
(`python -m tests.phi.fresh23_notes` prints them). Checked without the scanner (a throwaway
script): every span's text is the note's text at its offsets and has no surrounding blanks, no
marks or slots are left in the text, no spans overlap, note ids are unique, every category is
in generated.CATEGORY_ORDER, every marked age is over 89, every ssn has the US shape, and builds
under PYTHONHASHSEED=1 and 2 are identical. Deterministic: its own seed (19_023), values drawn
from the builder's fixed-seed Random, no hash-order dependence. Not wired into any test or
bench: measure it once.

    from tests.phi.fresh23_notes import FRESH23, F23_PART, F23_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _u(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
              "settembre", "ottobre", "novembre", "dicembre"]
_PT_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
              "setembro", "outubro", "novembro", "dezembro"]
_ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre"]
_TR_MONTHS = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
              "Ekim", "Kasım", "Aralık"]
_TH_MONTHS = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
              "พ.ย.", "ธ.ค."]
_EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _f23_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1926, 2025)
    hh, mm = r.randint(0, 23), r.choice((0, 10, 20, 35, 45, 55))
    en = _EN_MONTHS[m - 1]
    return r.choice([
        f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}년 {m}월 {d}일", f"{y}.{m:02d}.{d:02d}.",
        f"{d} {_TH_MONTHS[m - 1]} {y + 543}", f"{d:02d}/{m:02d}/{y + 543}",
        f"{d}/{m}/{y}", f"{d} tháng {m} năm {y}", f"{d} {_IT_MONTHS[m - 1]} {y}",
        f"{d:02d}-{m:02d}-{y}", f"{d} de {_PT_MONTHS[m - 1]} de {y}", f"{d}/{_PT_MONTHS[m - 1][:3]}/{y}",
        f"{d} de {_ES_MONTHS[m - 1]} de {y}", f"{d:02d}.{m:02d}.{y}", f"{d} {_TR_MONTHS[m - 1]} {y}",
        f"{d} {en} {y}", f"{en} {d}, {y}", f"{_EN_DAYS[r.randint(0, 6)]} {d} {en[:3]} {y}",
        f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}", f"{m}/{d}/{y}", f"{d}-{en[:3]}-{y % 100:02d}",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}", f"{d}{'th' if d not in (1, 2, 3, 21, 22, 23) else ['st', 'nd', 'rd'][d % 10 - 1]} {en} {y}",
    ])


def _f23_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 106)
    sex = r.choice("MF")
    return r.choice([
        ("{age}の女性、独居", f"{n}歳"), ("患者は{age}、認知症あり", f"{n}歳"),
        ("{age} 여성, 해녀 출신", f"{n}세"), ("만 {age}, 보호자 동반", f"{n}세"),
        ("ผู้ป่วยหญิงอายุ {age}", f"{n} ปี"), ("cụ bà {age}, sống cùng con trai", f"{n} tuổi"),
        ("una signora di {age}, vedova", f"{n} anni"), ("uomo di {age}, allettato", f"{n} anni"),
        ("idosa de {age}, acamada", f"{n} anos"), ("agricultor aposentado, {age}", f"{n} anos"),
        ("señora de {age}, hablante de zapoteco", f"{n} años"), ("edad: {age}", f"{n}"),
        ("{age} kadın hasta, yatağa bağımlı", f"{n} yaşında"), ("yaş {age}", f"{n}"),
        ("مريضة تبلغ من العمر {age}", f"{n} عامًا"), ("a {age} great-grandmother", f"{n}-year-old"),
        ("Age/Sex: {age}/" + sex, f"{n}"), ("{age} " + sex + ", from a care home", f"{n}yo"),
        ("mzee wa {age}", f"{n} years"), ("a retired tea picker aged {age}", f"{n}"),
        ("{age} female, bedridden since the stroke", f"{n} y/o"), ("she turned {age} in the spring", f"{n}"),
    ])


def _f23_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"098-{_d(r, 3)}-{_d(r, 4)}", f"090-{_d(r, 4)}-{_d(r, 4)}", f"064-7{_d(r, 2)}-{_d(r, 4)}",
        f"010-{_d(r, 4)}-{_d(r, 4)}", f"043-{_d(r, 3)}-{_d(r, 3)}", f"08{r.randint(1, 9)} {_d(r, 3)} {_d(r, 4)}",
        f"0292 {_d(r, 4)} {_d(r, 3)}", f"09{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"+39 0961 {_d(r, 6)}", f"3{_d(r, 2)} {_d(r, 3)} {_d(r, 4)}", f"+351 266 {_d(r, 3)} {_d(r, 3)}",
        f"9{r.randint(1, 6)}{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}", f"(87) 9{_d(r, 4)}-{_d(r, 4)}",
        f"+52 951 {_d(r, 3)} {_d(r, 4)}", f"(961) {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
        f"0 (442) {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"05{_d(r, 2)} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
        f"+20 10 {_d(r, 4)} {_d(r, 4)}", f"+212 6 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"(0388) 15-{_d(r, 3)}-{_d(r, 4)}", f"+254 7{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"080{r.randint(2, 9)} {_d(r, 3)} {_d(r, 4)}", f"0917 {_d(r, 3)} {_d(r, 4)}",
        f"+65 9{_d(r, 3)} {_d(r, 4)}", f"+91 9{_d(r, 4)} {_d(r, 5)}", f"(406) 555-01{_d(r, 2)}",
        f"01632 960{_d(r, 3)}", f"(08) 89{_d(r, 2)} {_d(r, 4)}", f"021 {_d(r, 3)} {_d(r, 4)}",
        f"082 {_d(r, 3)} {_d(r, 4)}", f"(204) 555-01{_d(r, 2)}",
    ])


F23_VALUES = {
    "mrn": lambda r, h: r.choice([
        _d(r, 8), f"{_d(r, 2)}-{_d(r, 6)}", f"BN{_d(r, 4)}-{_d(r, 4)}", f"{r.randint(2015, 2025)}/{_d(r, 7)}",
        _d(r, 7), f"{_d(r, 3)}.{_d(r, 3)}", f"{_d(r, 4)}-{_d(r, 2)}", f"{_d(r, 2)}-{_d(r, 6)}",
        f"{_d(r, 4)}/{r.randint(2015, 2025)}", f"{_d(r, 3)}.{_d(r, 3)}", f"K{_d(r, 6)}", f"UHID{_d(r, 9)}"]),
    "health_plan": lambda r, h: r.choice([
        _d(r, 8), f"{r.randint(1, 9)}-{_d(r, 10)}", f"{_u(r, 2)}{r.randint(1, 5)}{_d(r, 2)}{_d(r, 10)}",
        f"80380{_d(r, 15)}", _d(r, 9), f"7{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 4)} {_d(r, 1)}", f"{_d(r, 2)}-{_d(r, 9)}-{_d(r, 2)}",
        f"{r.randint(2, 6)}{_d(r, 3)} {_d(r, 5)} {_d(r, 1)}", f"{_u(r, 3)}{_d(r, 4)}",
        f"{_d(r, 4)}-{_d(r, 3)}-{_d(r, 3)}-{_u(r, 2)}", f"{_d(r, 3)} {_d(r, 3)} {_d(r, 4)}"]),
    "account": lambda r, h: r.choice([
        f"IT{_d(r, 2)} {_u(r, 1)}{_d(r, 3)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}",
        f"PT50 {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 1)}",
        f"TR{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}",
        f"FT {r.randint(2019, 2025)}/{_d(r, 4)}", _d(r, 18), f"{_d(r, 3)}-{_d(r, 1)}-{_d(r, 5)}-{_d(r, 1)}",
        _d(r, 10), f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)} {_d(r, 8)}", f"INV-{_d(r, 6)}", f"{_d(r, 4)}-{_d(r, 6)}"]),
    "licence": lambda r, h: r.choice([
        _d(r, 12), f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 6)}-{_d(r, 2)}", f"{_u(r, 1)}{_d(r, 8)}",
        f"{_u(r, 2)}{_d(r, 7)}", f"CZ{_d(r, 7)}{_u(r, 1)}", _d(r, 5), _d(r, 8),
        f"MDCN/R/{_d(r, 5)}", f"MP {_d(r, 7)}", f"MED{_d(r, 10)}", f"A{_d(r, 4)}", _d(r, 7)]),
    "vehicle": lambda r, h: r.choice([
        f"沖縄 {r.randint(300, 599)} わ {_d(r, 2)}-{_d(r, 2)}", f"{_d(r, 2)}가 {_d(r, 4)}",
        f"{_d(r, 2)}{_u(r, 1)}-{_d(r, 3)}.{_d(r, 2)}", f"{_u(r, 2)} {_d(r, 3)} {_u(r, 2)}",
        f"{_u(r, 2)}{_d(r, 3)}{_u(r, 2)}", f"{_u(r, 2)}-{_d(r, 2)}-{_u(r, 2)}",
        f"{_u(r, 3)}{_d(r, 1)}{_u(r, 1)}{_d(r, 2)}", f"{_u(r, 3)}-{_d(r, 2)}-{_d(r, 2)}",
        f"{r.randint(1, 81):02d} {_u(r, 3)} {_d(r, 3)}", f"K{_u(r, 2)} {_d(r, 3)}{_u(r, 1)}",
        f"{_u(r, 3)} {_d(r, 3)} {_u(r, 2)}", f"{_u(r, 3)} {_d(r, 4)}", f"MH {_d(r, 2)} {_u(r, 2)} {_d(r, 4)}"]),
    "vin": lambda r, h: f"{r.choice(['JT', 'KM', 'ZFA', 'VF1', '9BW', '3N1', 'MR0'])}{_u(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}{_d(r, 12)}"[:17],
    "device": lambda r, h: r.choice([
        f"{_u(r, 3)}{_d(r, 6)}{_u(r, 1)}", f"SN {_d(r, 4)}-{_d(r, 5)}", f"(01){_d(r, 14)}(21){_d(r, 6)}",
        f"{_d(r, 2)}{_u(r, 2)}{_d(r, 6)}", f"{_u(r, 2)}-{_d(r, 4)}-{_d(r, 4)}", _d(r, 15)]),
    "other_id": lambda r, h: r.choice([
        f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}", f"{_d(r, 6)}-{r.randint(1, 4)}{_d(r, 6)}",
        f"{r.randint(1, 8)}-{_d(r, 4)}-{_d(r, 5)}-{_d(r, 2)}-{_d(r, 1)}", _d(r, 12),
        f"{_u(r, 6)}{_d(r, 2)}{_u(r, 1)}{_d(r, 2)}{_u(r, 1)}{_d(r, 3)}{_u(r, 1)}", _d(r, 9),
        f"{_d(r, 3)}.{_d(r, 3)}.{_d(r, 3)}-{_d(r, 2)}", f"{_u(r, 4)}{_d(r, 6)}{_u(r, 6)}{_d(r, 2)}",
        _d(r, 11), _d(r, 14), f"{_d(r, 2)}.{_d(r, 3)}.{_d(r, 3)}", f"{_u(r, 1, 'STFG')}{_d(r, 7)}{_u(r, 1)}",
        f"{_u(r, 2)}{_d(r, 6)}", f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}"]),
    "phone": _f23_phone,
    "fax": _f23_phone,
    "email": lambda r, h: r.choice([
        "{g}.{s}@example.com", "{s}{n}@mail.example.org", "{g}_{s}@clinic.example.net",
        "{g}{n}@example.org", "dr.{s}@hospital.example.com", "{s}.{g}@example.net"]),
    "url": lambda r, h: r.choice([
        "https://www.example.com/{g}-{s}", "http://blog.example.org/{s}{n}",
        "https://donate.example.net/help-{g}-{n}", "example.com/{g}{s}",
        "https://photos.example.org/album/{s}-{n}", "www.example.net/~{g}"]),
    "ip": lambda r, h: r.choice([
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}", f"192.0.2.{r.randint(1, 254)}",
        f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
        f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 65535):x}"]),
    "zip": lambda r, h: r.choice([
        f"90{r.randint(0, 6)}-{_d(r, 4)}", f"63{_d(r, 3)}", f"4{_d(r, 4)}", f"9{_d(r, 2)}000",
        f"88{_d(r, 3)}", f"7{_d(r, 3)}-{_d(r, 3)}", f"56{_d(r, 3)}-000", f"68{_d(r, 3)}", f"29{_d(r, 3)}",
        f"25{_d(r, 3)}", f"82{_d(r, 3)}", f"32{_d(r, 3)}", f"Y46{_d(r, 2)}", f"G42{_d(r, 2)}XAB",
        f"R{r.randint(2, 3)}{_u(r, 1)} {r.randint(1, 9)}{_u(r, 1)}{r.randint(1, 9)}",
        f"59{_d(r, 3)}", f"08{_d(r, 2)}", f"9{_d(r, 3)}", f"40{_d(r, 3)}", f"90{_d(r, 4)}",
        f"56{_d(r, 4)}", f"52{_d(r, 4)}", f"NE{r.randint(1, 30)} {r.randint(1, 9)}{_u(r, 2)}"]),
    "date": _f23_date,
}

F23_VOCABULARY = Vocabulary(
    given=["Tomiko", "Hae-sook", "Somchai", "Bua", "Thanh Hương", "Rosaria", "Carmelo",
           "Joaquina", "Severino", "Maria do Socorro", "Petrona", "Eufemio", "Zeynep", "Hüseyin",
           "Fathiya", "Mohand", "Nélida", "Ramón Eusebio", "Wanjiru", "Chukwuemeka", "Marites",
           "Kavitha", "Haziq", "Lerato", "Aroha", "Dougal", "Shirley", "Bartholomew"],
    surnames=["Higa", "Chinen", "Ko", "Boo", "Phimphakan", "Nguyễn Văn Lực", "Trimboli",
              "Scarfò", "Caeiro", "Bexiga", "Cavalcanti", "Bezerra de Lima", "Hernández Cruz",
              "Gómez Pérez", "Aslan", "Kaya", "Abdel-Rahim", "Boudchar", "Lezcano", "Kiprono",
              "Okafor-Eze", "Dimaculangan", "Subramaniam", "Tan", "Mokoena", "Te Huia",
              "Gillespie", "Whitcombe"],
    cities=["Nago", "Itoman", "Seogwipo", "Hallim", "Khon Kaen", "Roi Et", "Cần Thơ", "Long Xuyên",
            "Crotone", "Vibo Valentia", "Évora", "Beja", "Serrinha", "Petrolina", "Juchitán",
            "San Cristóbal de las Casas", "Erzurum", "Kars", "Sohag", "Luxor", "Al Hoceima",
            "Nador", "Humahuaca", "Añatuya", "Eldoret", "Nsukka", "Iloilo City", "Kozhikode",
            "Tampines", "Mthatha", "Kaitaia", "Thunder Bay", "Whyalla", "Hexham"],
    streets=["Kokusai", "Jungang", "Mittraphap", "Trần Hưng Đạo", "Garibaldi", "Cinco de Outubro",
             "Juscelino Kubitschek", "Benito Juárez", "Atatürk", "Mohammed V", "Belgrano",
             "Uhuru", "Rizal", "Jacaranda", "Kauri", "Ironstone"],
    relations=["daughter", "son", "granddaughter", "niece", "husband", "wife", "nephew",
               "neighbour", "caregiver", "son-in-law"],
    clean=[
        "Hb 9.4 g/dL, MCV 68 fL, ferritin 7 ug/L; hookworm ova on stool microscopy.",
        "HbA1c 9.1%; fundoscopy showed moderate NPDR bilaterally.",
        "Melioidosis serology IHA titre 1:640; blood cultures grew Burkholderia pseudomallei.",
        "Opisthorchis viverrini eggs on stool; ultrasound: dilated intrahepatic ducts.",
        "Chagas serology positive by two ELISAs; ECG: RBBB with left anterior fascicular block.",
        "Brucella Wright agglutination 1/320; started doxycycline and rifampicin for 6 weeks.",
        "Schistosoma haematobium eggs in terminal urine; praziquantel 40 mg/kg single dose.",
        "Leishmania amastigotes on splenic aspirate; liposomal amphotericin 3 mg/kg days 1-5 and 14, 21.",
        "Dengue NS1 positive, platelets 38 x10^9/L on day 5; no warning signs.",
        "Scrub typhus: eschar in the left groin, Weil-Felix OXK 1:320.",
        "Hb 7.8 g/dL, HbE trait on electrophoresis; no transfusion needed.",
        "Creatinine 412 umol/L, K 6.4; CKD of unknown aetiology suspected.",
        "Esame obiettivo: addome trattabile, Blumberg negativo, peristalsi presente.",
        "PA 150/90 mmHg, FC 88 bpm, SpO2 96% em ar ambiente; glicemia capilar 212 mg/dL.",
        "Tensión arterial 100/60, FC 110 lpm, FR 24 rpm, temperatura 38.7 °C.",
        "Hemogram: Hb 10.1 g/dL, lökosit 14.200/mm3, CRP 88 mg/L.",
        "الضغط ١٣٠/٨٠، النبض ٩٦، الحرارة ٣٧.٨",
        "血圧 142/78 mmHg、脈拍 72/分、SpO2 97%（室内気）。",
        "혈압 130/80 mmHg, 맥박 88회/분, 체온 36.9도.",
        "ความดันโลหิต 140/90 มม.ปรอท ชีพจร 96 ครั้ง/นาที",
        "Mạch 90 lần/phút, huyết áp 110/70 mmHg, nhiệt độ 38,5 độ C.",
        "CURB-65 2; CXR: right middle lobe consolidation.",
        "qSOFA 2, lactate 3.1 mmol/L; 30 mL/kg crystalloid given.",
        "Gestational age 34+2 weeks by LMP, fundal height 33 cm.",
        "Child-Pugh B8, MELD 17; grade 2 varices on endoscopy.",
        "GCS 14 (E4V4M6); no neck stiffness; CT head normal.",
        "Sputum GeneXpert MTB detected, rifampicin resistance not detected.",
        "Started on 2HRZE/4HR; baseline LFTs normal; pyridoxine 25 mg daily.",
        "CD4 112 cells/uL, viral load 84,000 copies/mL; TLD started on day 14 of TB treatment.",
        "Echo: rheumatic mitral stenosis, MVA 1.1 cm2, mean gradient 12 mmHg.",
        "Room 4, bed 2; seen on the afternoon round.",
        "Plan: repeat FBC in 48 h, review at 6 weeks, sooner if fever.",
        "Snakebite: 20WBCT prolonged at 20 min; 10 vials of polyvalent antivenom given.",
        "Paraquat level not available; urine dithionite test strongly positive.",
        "Drug chart: 14 doses given, 1 omitted (patient in radiology).",
        "ICD-10 B57.2 and I42.0 coded at discharge.",
        "Visual acuity 6/60 right, 6/18 left; dense cataract right eye.",
        "Per the WHO 2022 consolidated TB guidelines and the 2019 ESC syncope guideline.",
    ],
    seed=19_023,
)

F23_STYLES = [
    "{body}",
    "{body}",
    "{body}",
    "Case for discussion - advice welcome\n{body}\nQuestion for the group: would you continue anticoagulation?",
    "DISCHARGE SUMMARY\n{body}\nCondition on discharge: improved. Follow up in medical OPD in 2 weeks.",
    "紹介状（診療情報提供書）\n{body}\n今後のご高診をよろしくお願い申し上げます。",
    "경과기록\n{body}\n계획: 항생제 유지, 내일 혈액검사 재검.",
    "บันทึกความก้าวหน้า\n{body}\nแผนการรักษา: ให้ยาปฏิชีวนะต่อ",
    "GIẤY RA VIỆN\n{body}\nLời dặn: tái khám sau 2 tuần.",
    "LETTERA DI DIMISSIONE - U.O. Medicina Interna\n{body}\nTerapia domiciliare come da schema allegato.",
    "NOTA DE ALTA - Medicina Interna\n{body}\nMedicação habitual mantida.",
    "EVOLUÇÃO - UBS\n{body}\nConduta: retorno em 15 dias com exames.",
    "NOTA DE REFERENCIA (segundo nivel)\n{body}\nMotivo del envío: valoración por medicina interna.",
    "EPİKRİZ\n{body}\nÖneriler: kontrol 1 ay sonra.",
    "ملخص الخروج\n{body}\nالتوصيات: متابعة في العيادة بعد أسبوعين",
    "Ward round (consultant-led)\n{body}\nImp: improving. Plan as above.",
    "Referral letter\n{body}\nMany thanks for seeing this patient.",
    "Nursing note, night shift\n{body}\nObs stable overnight; slept well.",
    "Posted to the case board, internal medicine channel:\n{body}\nAny thoughts appreciated.",
]

F23_CONNECTORS = [": ", " ", " - ", " n. ", "：", " nº ", " no. ", ":\n", " = ", " #", ": ", " N° "]

F23_FRAMES = ["{kv}", "{kv}.", "{kv};", "* {kv}", "({kv})", "{kw}\t{v}", "| {kw} | {v} |",
              "Datos administrativos - {kv}", "{kv} (checked against the wristband)", "[{kv}]",
              "{kv} / verified at admission", "Ref. {kv}"]

F23_KEYWORDS = {
    "mrn": ["カルテ番号", "ID", "등록번호", "HN", "Mã BN", "nosologico", "N.º processo", "Prontuário",
            "Expediente", "Protokol no", "رقم التذكرة", "HC", "MRN", "Hosp. no.", "IP No", "NHI"],
    "health_plan": ["保険者番号", "건강보험증번호", "บัตรทอง", "Mã thẻ BHYT", "Tessera sanitaria",
                    "Nº utente SNS", "Cartão SUS", "NSS IMSS", "PAMI", "PhilHealth", "Medicare", "OHIP",
                    "NHIF", "Medical aid no"],
    "account": ["IBAN", "Fattura", "Conta", "CLABE", "เลขที่บัญชี", "Hesap", "Invoice", "Bank a/c",
                "Sort code/acc", "Billing no"],
    "licence": ["運転免許証番号", "운전면허번호", "Passport", "Patente", "CRM", "Cédula profesional",
                "PRC license", "MDCN", "HPCSA", "AHPRA", "GMC"],
    "vehicle": ["ナンバー", "차량번호", "ป้ายทะเบียน", "Biển số", "Targa", "Matrícula", "Placa", "Plaka",
                "Reg", "Number plate", "VIN"],
    "device": ["シリアル番号", "S/N", "UDI", "Número de serie", "Seri no", "Serial", "Lot/SN"],
    "other_id": ["マイナンバー", "주민등록번호", "เลขบัตรประชาชน", "CCCD", "Codice fiscale", "NIF", "CPF",
                 "CURP", "T.C. Kimlik No", "الرقم القومي", "DNI", "Aadhaar", "NIN", "NRIC", "SA ID",
                 "CIN"],
    "ssn": ["SSN", "Social Security No.", "US SSN"],
    "phone": ["電話", "연락처", "โทร", "ĐT", "Cell.", "Tel.", "Telemóvel", "Celular", "Tlf", "هاتف",
              "Mobile", "Phone", "Contact"],
    "fax": ["FAX", "팩스", "Fax", "Fax no."],
}

F23_AFTER = ["{v} ({kw})", "{v} - {kw}", "{v}, as the {kw} reads", "{v} [{kw}]"]

F23_SENTENCES = {
    "name": [
        "{full} presented with three weeks of fever and night sweats.",
        "We were asked to see {full} on the surgical ward.",
        "Her {rel}, {given}, translated from Zapotec.",
        "{given} had been well until the harvest, when the cough began.",
        "Seen with the patient's {rel}, {full}, who gave most of the history.",
        "{full}さんは2週間前から発熱あり。",
        "환자 {full} 님, 보호자는 딸.",
        "La signora {surname} riferisce dispnea da sforzo.",
        "Dona {given} refere dor lombar há 10 dias.",
        "Doña {full} acude acompañada de su nuera.",
        "{full} Hanım bir haftadır öksürük tarifliyor.",
        "Spoke with Dr {surname} from the referring hospital.",
        "Thanks to {full} for the echo images.",
        "{given}'s mother reports poor feeding since the weekend.",
        "Discussed with the on-call registrar, {full}.",
        "bà {full} vào viện vì sốt cao.",
        "Reviewed by {full} (renal) today.",
    ],
    "address": [
        "Lives at [[address:{n} {street} Street]] with her {rel}.",
        "Home address: [[address:Via {street} {n}]], {city}.",
        "Morada: [[address:Rua {street}, {n}, 2.º Esq.]]",
        "Domicilio: [[address:Calle {street} #{n}, Col. Centro]]",
        "Endereço: [[address:Av. {street}, {n}, casa {n2}]]",
        "Adres: [[address:{street} Cad. No:{n} D:{n2}]]",
        "Found at [[address:Unit {n2}, {n} {street} Road]] by a neighbour.",
        "주소: [[address:{street}로 {n}, {n2}동]]",
        "Address on file: [[address:Plot {n}, {street} Avenue]]",
        "ที่อยู่ [[address:{n}/{n2} ถนน{street}]]",
        "Địa chỉ: [[address:số {n} đường {street}]]",
        "Dirección: [[address:Av. {street} {n}]], {city}",
    ],
    "place": [
        "She grew up in {city} and still farms there.",
        "Transferred from {city} district hospital on day 3.",
        "He works on a sugarcane plantation outside {city}.",
        "The family travelled by boat from {city} to reach us.",
        "Originaria di {city}, vive sola.",
        "Natural de {city}, agricultor.",
        "Procedente de {city}, comunidad indígena.",
        "{city} doğumlu, çiftçi.",
        "Referred from [[place:Nago Municipal Clinic]] for further work-up.",
        "Admitted to [[place:Hospital Regional de Humahuaca]] twice last year.",
        "She had been seen at [[place:Sohag University Hospital]] in the spring.",
        "Seen first at [[place:Posto de Saúde do Alto do Cruzeiro]].",
        "He lives near {city}, Chiapas, and speaks Tsotsil.",
        "Moved from {city} to Kenya's Rift Valley in 2011.",
    ],
    "zip": [
        "Postcode {v}.",
        "〒{v}",
        "CEP {v} (zona rural).",
        "C.P. {v}",
        "Código postal {v}",
        "CAP {v}",
        "Posta kodu {v}",
        "Postal address ends in {v}.",
        "{city} {v}",
        "우편번호 {v}",
        "ZIP {v}; no recent travel.",
    ],
    "date": [
        "Admitted {v}.",
        "DOB: {v}",
        "Discharged {v} on oral antibiotics.",
        "入院日：{v}",
        "생년월일: {v}",
        "วันที่รับไว้ {v}",
        "Ngày vào viện: {v}",
        "Data di ricovero: {v}",
        "Data de nascimento: {v}",
        "Fecha de ingreso: {v}",
        "Yatış tarihi: {v}",
        "تاريخ الدخول: {v}",
        "She died on {v} despite maximal support.",
        "Symptoms began on {v}, after the rains.",
        "Operated {v}; uneventful recovery.",
        "Last seen in clinic {v}.",
    ],
    "phone": [
        "Daughter {given} can be reached on {v}.",
        "Call the family on {v} with the culture result.",
        "携帯 {v}（長女）",
        "보호자 연락처 {v}",
        "Telefone do filho: {v}",
        "Su hijo deja el número {v}.",
        "Eşinin telefonu {v}",
        "Ring the ward on {v} if concerned.",
    ],
    "fax": [
        "Results faxed to the GP on {v}.",
        "Please fax the discharge letter to {v}.",
        "Referral sent by fax ({v}).",
        "Fax della medicina generale: {v}",
    ],
    "email": [
        "The son e-mails photos of the wound to {v}.",
        "Send the summary to {v} please.",
        "Contact: {v}",
        "E-mail da filha: {v}",
        "Correo de la familia: {v}",
        "メール：{v}",
    ],
    "ssn": [
        "US citizen, SSN {v}, for the travel insurer.",
        "Social Security number {v} on the claim form.",
        "Her SSN, {v}, was on the Medicare paperwork brought from Ohio.",
    ],
    "mrn": [
        "Old notes under hospital number {v}; please merge.",
        "Previously admitted under record {v}.",
        "Prontuário antigo {v} localizado no arquivo.",
        "Número de expediente {v}, segundo nivel.",
        "Cartella clinica n. {v}",
        "以前のカルテ番号 {v} あり。",
    ],
    "health_plan": [
        "Covered by PhilHealth, member no. {v}.",
        "Cartão Nacional de Saúde {v} conferido.",
        "Afiliado al IMSS-Bienestar con número {v}.",
        "NHIF card {v} seen.",
        "Tessera sanitaria {v} verificata.",
        "Medicare card {v} sighted.",
    ],
    "account": [
        "Refund to be paid into account {v}.",
        "Deposit paid against invoice {v}.",
        "Bonifico su IBAN {v}.",
        "Transferência para a conta {v}.",
    ],
    "licence": [
        "Driving licence {v} kept by the police.",
        "Referring doctor registered under {v}.",
        "Passport {v} photocopied for the overseas visitor office.",
        "Patente di guida {v} ritirata.",
    ],
    "vehicle": [
        "Motorbike {v} hit a buffalo on the highway.",
        "Brought in by her son in the pick-up {v}.",
        "Tricycle {v} overturned on the farm road.",
        "Police recorded the lorry as {v}, chassis {vin}.",
        "Vehicle {v} left at the hospital gate.",
    ],
    "device": [
        "Pacemaker generator serial {v} interrogated; battery 6 years.",
        "Insulin pump {v} removed and bagged.",
        "Oxygen concentrator serial {v} delivered to the house.",
        "CGM sensor {v} replaced on day 10.",
        "Cochlear implant processor {v} checked.",
    ],
    "url": [
        "The family set up a fundraising page at {v}.",
        "His daughter posts updates on {v}.",
        "Photos of the lesion were shared via {v}.",
        "La familia comparte fotos en {v}.",
    ],
    "ip": [
        "Telemedicine cart at {v} dropped the call twice.",
        "Remote login to the PACS from {v}.",
        "Portal access from {v} flagged by IT.",
        "Video link to the district hospital ({v}) failed.",
    ],
    "other_id": [
        "Identity confirmed with national ID {v}.",
        "CURP {v} registrada en el sistema.",
        "Codice fiscale {v} sulla ricetta.",
        "Police case no. {v} opened after the assault.",
        "CPF {v} informado pela filha.",
        "Employee number {v} at the plantation office.",
        "T.C. Kimlik numarası {v} kontrol edildi.",
    ],
}

F23_REFERENCES = [
    "Our approach followed the WHO 2022 guidance (https://doi.org/10.1016/S2214-109X(22){n}-4).",
    "Similar cases were reported from the Mekong Delta (https://pubmed.ncbi.nlm.nih.gov/3{n}1{n}/).",
    "See the NEJM review (https://www.nejm.org/doi/full/10.1056/NEJMra2{n}0{n}).",
    "Melioidosis in Isan has been reviewed elsewhere (PMID 3{n}4{n}, https://doi.org/10.1371/journal.pntd.00{n}).",
]

F23_PART = Part("fresh23", F23_VOCABULARY, F23_CONNECTORS, F23_FRAMES, F23_KEYWORDS,
                F23_SENTENCES, F23_AFTER, F23_REFERENCES, True, values=F23_VALUES,
                age=_f23_age, styles=F23_STYLES)

# Hand-written notes: whole documents in this part's settings, identifiers marked inline.
_LETTERS: list[tuple] = [
    ("okinawa-referral",
     "診療情報提供書\n[[place:北部地区医師会病院]] 内科 御侍史\n患者氏名：[[name:比嘉 トミ]] 様　"
     "生年月日：[[date:昭和6年4月12日]]（[[age:94歳]]）\n住所：[[place:名護市]][[address:宮里3丁目12-5]]\n"
     "いつも大変お世話になっております。上記患者、1週間前より食思不振と微熱が続き、"
     "CRP 8.4 mg/dL と上昇しております。精査加療をお願い申し上げます。\n"
     "[[place:はえばる内科クリニック]] [[name:知念 誠]]"),
    ("jeju-nursing",
     "간호기록 [[date:2025.03.14 22:00]]\n환자 [[name:고순자]] ([[age:92세]], 여), 등록번호 [[mrn:40918827]]\n"
     "해녀로 60년 일함. 딸 [[name:부미경]] 씨 보호자, 연락처 [[phone:010-4821-3307]].\n"
     "야간 섬망 있어 낙상 주의 표지 부착. 활력징후 안정적."),
    ("isan-case-post",
     "Case from a district hospital in [[place:Selaphum]], Roi Et province: a 58-year-old rice farmer, "
     "[[name:Somsak Phonkhet]], came in after three days of fever and a swollen left knee. "
     "He had planted rice barefoot through the wet season. Blood cultures at 48 h grew "
     "B. pseudomallei; CT showed multiple splenic abscesses. Thoughts on the length of the "
     "eradication phase welcome - he lives two hours from us and adherence is hard."),
    ("isan-thai-discharge",
     "สรุปการจำหน่าย\nชื่อ นาง[[name:บัวผัน ศรีสุวรรณ]] HN [[mrn:67-004512]] อายุ [[age:91 ปี]]\n"
     "วันที่รับไว้ [[date:3 ก.พ. 2568]] วันที่จำหน่าย [[date:11 ก.พ. 2568]]\n"
     "ที่อยู่ [[address:88 หมู่ 4]] ต.[[place:หนองเรือ]] อ.[[place:เมืองขอนแก่น]] จ.ขอนแก่น [[zip:40000]]\n"
     "สิทธิ์บัตรทอง เลขบัตรประชาชน [[other_id:3-4001-00871-22-5]]"),
    ("mekong-discharge",
     "GIẤY RA VIỆN\nHọ tên người bệnh: [[name:Trần Thị Mười]]  Tuổi: [[age:93 tuổi]]\n"
     "Địa chỉ: [[address:số 27 tổ 5]], ấp [[place:Thới Hòa]], xã [[place:Thới Thạnh]], huyện [[place:Thới Lai]], TP Cần Thơ\n"
     "Mã thẻ BHYT: [[health_plan:HT3929201234567]]\nVào viện: [[date:02/11/2024]]  Ra viện: [[date:15/11/2024]]\n"
     "Chẩn đoán: Viêm phổi cộng đồng / Đái tháo đường típ 2."),
    ("mekong-zalo",
     "[Zalo] Con gái BN ([[name:Lê Thị Kim Hoa]]): bác sĩ ơi, má em ho nhiều hơn từ tối qua.\n"
     "[Zalo] BS [[name:Phạm Quốc Bảo]]: chị cho má đi khám lại sáng mai, hoặc gọi [[phone:0292 3821 457]] nếu khó thở."),
    ("calabria-lettera",
     "Gentile Collega,\nLe invio la Sig.ra [[name:Concetta Barillà]], nata a [[place:Soriano Calabro]] il "
     "[[date:8 maggio 1931]], residente in [[address:Via Roma 41]], [[zip:89831]] [[place:Sorianello]] (VV).\n"
     "Tessera sanitaria [[health_plan:80380000900231876544]]. Riferisce dispnea ingravescente; "
     "FE 35%. Grazie per la cortese valutazione.\nDott. [[name:Francesco Lo Schiavo]]"),
    ("calabria-pronto-soccorso",
     "VERBALE DI PRONTO SOCCORSO - [[place:Ospedale Civile di Locri]]\nPaziente: [[name:SPANÒ Domenico]], "
     "[[age:96 anni]], CF [[other_id:SPNDNC28P11D976K]]\nAccesso [[date:21/07/2024 03:40]], codice giallo. "
     "Caduta accidentale in casa, frattura del collo del femore dx."),
    ("alentejo-nota-alta",
     "NOTA DE ALTA\nUtente: [[name:Joaquim António Caeiro]]  Processo n.º [[mrn:1104392]]\n"
     "N.º utente SNS [[health_plan:276 118 430]]\nMorada: [[address:Monte da Defesa, CX 512]], [[zip:7830-251]] "
     "[[place:Serpa]]\nInternado de [[date:4 de agosto de 2024]] a [[date:12 de agosto de 2024]] por "
     "insolação e rabdomiólise (CK 38 000 U/L) após trabalho na ceifa."),
    ("alentejo-sms",
     "SMS 09:12 - Bom dia, é a filha da D. [[name:Gertrudes Bexiga]]. A minha mãe tem [[age:97 anos]] e não "
     "come desde ontem. O meu número é [[phone:962 418 330]]. Obrigada."),
    ("sertao-ubs",
     "EVOLUÇÃO - [[place:UBS Vila Nova]], [[place:Serrinha]]\nPaciente [[name:Maria do Socorro Bezerra]], 67 a, "
     "Cartão SUS [[health_plan:700 5088 1422 9310]], CPF [[other_id:412.887.103-56]].\n"
     "Mora no sítio [[address:Sítio Lagoa Seca]], zona rural, CEP [[zip:48700-000]]. Barbeiro em casa. "
     "Sorologia para Chagas reagente. Encaminhada ao cardiologista em [[place:Feira de Santana]]."),
    ("sertao-case-board",
     "Caso para discussão: lavrador de 71 anos do sertão, [[name:Severino Cavalcanti]], com "
     "megaesôfago e disfagia há 20 anos, internado no [[place:Hospital Regional de Juazeiro]] em "
     "[[date:março de 2024]] por pneumonia aspirativa. Alguém já indicou POEM nesse contexto?"),
    ("oaxaca-referencia",
     "NOTA DE REFERENCIA\nUnidad: [[place:Centro de Salud Rural de San Juan Guelavía]]\n"
     "Paciente: [[name:Petrona Hernández Cruz]], 54 años, expediente [[mrn:0931-24]]\n"
     "CURP [[other_id:HECP700312MOCRRT06]]\nDomicilio conocido, [[place:San Juan Guelavía]], Oax., C.P. [[zip:70434]]\n"
     "Se envía a [[place:Hospital Civil Aurelio Valdivieso]] por masa abdominal. Habla zapoteco; acompaña "
     "su hija [[name:Rufina]] como intérprete."),
    ("chiapas-nota",
     "Nota de evolución [[date:14/02/2025 07:15]]\nDoña [[name:Micaela Gómez Pérez]], tsotsil, de la comunidad de "
     "[[place:Chenalhó]], cursa puerperio de 2 días. Su esposo [[name:Mariano]] deja el número "
     "[[phone:(961) 148 22 07]]. Sin datos de alarma."),
    ("anatolia-epikriz",
     "EPİKRİZ\nHasta: [[name:Hüseyin Aslan]]  T.C. Kimlik No: [[other_id:28341166502]]  Protokol no: "
     "[[mrn:24-118392]]\nYatış: [[date:12 Ocak 2025]]  Çıkış: [[date:20 Ocak 2025]]\n"
     "[[place:Kars Harakani Devlet Hastanesi]]'nden sevk. Bruselloz (Rose Bengal +, Wright 1/640)."),
    ("anatolia-family",
     "Hasta yakını: oğlu [[name:Mehmet Kaya]], Tel: [[phone:0532 781 44 09]]. Hasta [[age:93 yaşında]], "
     "[[address:Cumhuriyet Mah. Kazım Karabekir Cad. No:17]] [[place:Yakutiye]] adresinde yaşıyor."),
    ("upper-egypt-arabic",
     "ملخص الخروج - [[place:مستشفى سوهاج الجامعي]]\nالاسم: [[name:فتحية عبد الرحيم محمود]]  "
     "العمر: [[age:90]]\nالرقم القومي: [[other_id:23005122600341]]\nتاريخ الدخول: [[date:٣/٩/٢٠٢٤]]\n"
     "التشخيص: بلهارسيا المثانة مع قصور كلوي"),
    ("upper-egypt-english",
     "Consult note. Farmer from a village near [[place:Akhmim]], 45, haematuria since childhood, "
     "canal water exposure. Son [[name:Ahmed Abdel-Rahim]] on [[phone:+20 10 2218 7734]] asks for results "
     "by WhatsApp. Cystoscopy booked."),
    ("rif-consulta",
     "Consulta externa - paciente marroquí del Rif residente en [[place:El Ejido]]. [[name:Mohand Boudchar]], "
     "NIE [[other_id:X4418302L]], CIN marroquí [[other_id:S618842]]. Tarifit hablante; interpreta su "
     "sobrina [[name:Nadia]]. Tlf [[phone:+212 6 61 48 22 19]]."),
    ("noa-argentina",
     "HC [[mrn:118.392]] - [[place:Hospital Nuestra Señora del Carmen]], [[place:Humahuaca]]\n"
     "Sra. [[name:Nélida Quispe]], [[age:95 años]], DNI [[other_id:4.812.330]], PAMI "
     "[[health_plan:15-039188221-00]]. Vive en [[address:Av. Belgrano 212]], CP [[zip:Y4630]]. "
     "Hipotermia leve tras noche sin calefacción."),
    ("santiago-estero-mail",
     "De: [[email:ramon.lezcano@example.org]]\nAsunto: mi papá\n"
     "Doctora, le escribe [[name:Ramón Eusebio Lezcano]], hijo de [[name:Eufemio Lezcano]]. "
     "Papá tiene vinchucas en el rancho de [[place:Añatuya]]. ¿Cuándo le dan el resultado del Chagas?"),
    ("kenya-referral",
     "REFERRAL - [[place:Moi Teaching and Referral Hospital]]\nName: [[name:Wanjiru Kiprono]]  IP No: "
     "[[mrn:2025/0043188]]  NHIF: [[health_plan:R0981244]]\nID No. [[other_id:28811403]]  Tel "
     "[[phone:+254 722 418 306]]\nFrom [[place:Iten]]. Suspected visceral leishmaniasis; rK39 positive."),
    ("nigeria-case",
     "We present [[name:Chukwuemeka Okafor-Eze]], a 36-year-old trader from [[place:Nsukka]], admitted on "
     "[[date:17th March 2024]] with snakebite to the right foot. His brother [[name:Obinna]] brought the "
     "dead snake in a bag. NIN [[other_id:48812093371]]."),
    ("philippines-referral",
     "To the attending physician, [[place:Western Visayas Medical Center]]:\nRespectfully referring "
     "[[name:Marites Dimaculangan]], [[age:91 y/o]], of [[address:Purok 3]], Brgy. [[place:Tabuc Suba]], "
     "[[place:Jaro]], [[place:Iloilo City]]. PhilHealth [[health_plan:02-051882310-7]]. "
     "Contact [[phone:0917 552 0381]] (granddaughter).\n[[name:Jose Rizalino Tan]], MD"),
    ("india-kerala",
     "Discharge summary, [[place:Baby Memorial Hospital]]\nPatient: [[name:Kavitha Subramaniam]], UHID "
     "[[mrn:UHID100448213]], Aadhaar [[other_id:4431 8802 1175]]\nAddress: [[address:Kunnath House]], "
     "[[place:Chevayur]], [[place:Kozhikode]] [[zip:673017]]\nDOA [[date:05/06/2024]], DOD [[date:12/06/2024]]. "
     "Leptospirosis with AKI; 2 sessions of HD."),
    ("singapore-email",
     "Hi team, NOK [[name:Tan Haziq]] ([[email:haziq.tan@example.com]], [[phone:+65 9184 2230]]) asked about "
     "his grandmother's transfer to community hospital. NRIC [[other_id:S1844721J]]. She is [[age:94]] and "
     "lives at [[address:Blk 823 Tampines St 81, #07-112]], [[zip:520823]]."),
    ("south-africa-form",
     "PATIENT REGISTRATION - [[place:Nelson Mandela Academic Hospital]], [[place:Mthatha]]\nSurname: "
     "[[name:MOKOENA]]  First names: [[name:Lerato Grace]]\nSA ID: [[other_id:8702150412087]]\nMedical aid no: "
     "[[health_plan:24771380]]\nNOK: [[name:Thabang Mokoena]] (brother) [[phone:082 618 4409]]"),
    ("nz-letter",
     "Dear Dr [[name:Whitcombe]],\nRe: [[name:Aroha Te Huia]], NHI [[mrn:ZKT4418]], DOB [[date:2 March 1958]]\n"
     "Thank you for seeing [[name:Aroha]], who lives with her whānau at [[address:14 Kauri Street]], [[place:Kaitaia]] "
     "[[zip:0410]]. Rheumatic heart disease on monthly benzathine penicillin.\nKind regards,\n"
     "[[name:Dougal Gillespie]], [[place:Kaitaia Hospital]]"),
    ("canada-consult",
     "CONSULT NOTE - Internal Medicine\n[[name:Shirley Meekis]], OHIP [[health_plan:4418-302-117-KT]], from "
     "[[place:Sandy Lake First Nation]], flown to [[place:Thunder Bay Regional Health Sciences Centre]] on "
     "[[date:Jan 9, 2025]]. Fax report to nursing station [[fax:(807) 555-0147]]."),
    ("australia-ed",
     "ED NOTE  UR [[mrn:K448120]]\n[[age:90yo]] M from [[place:Whyalla]], Medicare [[health_plan:5218 30411 2]]. "
     "Fell off a ladder cleaning gutters. Wife [[name:Beryl]] ph [[phone:(08) 8645 2210]]."),
    ("uk-gp",
     "Dear colleague,\nI would be grateful if you could see [[name:Bartholomew Whitcombe]] "
     "(NHS No [[health_plan:486 220 9153]]), [[address:3 Ironstone Row]], [[place:Hexham]] "
     "[[zip:NE46 3LP]]. Tel [[phone:01632 960 418]].\nYours sincerely,\nDr [[name:E. Fenwick]]"),
    ("us-claim",
     "Travel insurer claim, inpatient stay in [[place:Khon Kaen]]: insured [[name:Dale Ostrander]], "
     "SSN [[ssn:419-28-7730]], policy [[health_plan:TRV2290411]]. Hospital invoice "
     "[[account:INV-448172]] attached; payment by wire to [[account:123-4-56789-0]]."),
    ("vehicle-okinawa",
     "救急隊より：軽乗用車（[[vehicle:沖縄 580 あ 41-07]]）単独事故。運転者 [[name:新垣 健太]] "
     "運転免許証番号 [[licence:982104471130]]。"),
    ("vehicle-mekong",
     "Tai nạn giao thông: xe máy biển số [[vehicle:65B1-228.14]] va chạm với xe tải. Người bệnh "
     "[[name:Nguyễn Văn Lực]], CCCD [[other_id:092058001744]]."),
    ("vehicle-anatolia",
     "Trafik kazası; araç plakası [[vehicle:25 ACR 417]], şasi no [[vehicle:VF1RFB00X61448210]]. "
     "Sürücü ehliyet no [[licence:448210]]."),
    ("device-calabria",
     "Controllo PM: dispositivo bicamerale, n. di serie [[device:PJN781204S]], elettrocatetere atriale "
     "[[device:BBL448102V]]. Batteria 7 anni. Paziente [[name:Carmelo Scarfò]]."),
    ("device-it-log",
     "IT incident: home dialysis machine [[device:SN 4418-20931]] at the house of [[name:Bua Phimphakan]] "
     "uploaded from [[ip:10.44.18.201]] instead of the clinic gateway [[ip:192.168.12.1]]."),
    ("portal-url",
     "Patient portal message: my daughter made a page for me at "
     "[[url:https://donate.example.net/help-rosaria-trimboli]] - is it ok to post my scan there? "
     "[[name:Rosaria Trimboli]]"),
    ("licence-doctor",
     "Certificado médico. El que suscribe, Dr. [[name:Ignacio Ruiz Montes]], cédula profesional "
     "[[licence:8841203]], certifica que [[name:Eufemio Ramírez]] no puede trabajar por 14 días."),
    ("fax-cover",
     "FAX COVER\nTo: [[place:Iloilo Doctors' Hospital]] Records  Fax: [[fax:(033) 337 4412]]\n"
     "From: [[name:Marites Dimaculangan]], RN\nPages: 3 (including cover). Confidential."),
    ("jeju-case-prose",
     "A 71-year-old haenyeo (woman diver) from [[place:Hallim]] on Jeju was brought in by her daughter "
     "[[name:Mi-kyung]] after surfacing confused from a 9 m dive on [[date:August 3, 2024]]. [[name:Hae-sook]] "
     "had dived most days for 55 years; MRI showed scattered small infarcts, and a bubble study found a "
     "large PFO. She was seen again at [[place:Seogwipo Medical Center]] a month later."),
    ("clean-1",
     "Teaching point from this week's case conference: in a febrile farmer from a melioidosis-endemic "
     "area, send blood cultures before the first antibiotic and image the spleen and prostate."),
    ("clean-2",
     "Nota: riprendere furosemide 25 mg al mattino; controllo elettroliti tra 5 giorni. "
     "Dieta iposodica. Nessuna variazione della terapia anticoagulante."),
    ("clean-3",
     "Orientações: hidratação oral, dipirona 1 g se febre, retornar se sangramento ou dor abdominal."),
    ("clean-4",
     "抗菌薬はセフトリアキソン 2 g/日 を7日間投与。第5病日に解熱。"),
    ("clean-5",
     "Tratamiento: benznidazol 5 mg/kg/día por 60 días; control de hemograma a las 2 y 4 semanas."),
    ("clean-6",
     "Plan: TTE in 6 weeks, repeat INR on Friday, dietitian referral for low potassium diet."),
    ("clean-7",
     "Ward 7, bed 12: awaiting MRI; physio twice daily; mobilising with frame."),
    ("clean-8",
     "Kontrol: hemogram ve böbrek fonksiyon testleri 1 hafta sonra; doksisiklin 6 hafta devam."),
    ("clean-9",
     "สรุป: ติดเชื้อในกระแสเลือด ให้ ceftazidime 2 g ทุก 8 ชั่วโมง 14 วัน"),
    ("reference-discussion",
     "Chronic Chagas cardiomyopathy is the commonest cause of heart failure in parts of the Gran Chaco "
     "(https://doi.org/10.1016/S0140-6736(17)31612-4), and the BENEFIT trial "
     "(https://www.nejm.org/doi/full/10.1056/NEJMoa1507574) found no benefit of benznidazole once "
     "cardiomyopathy is established.", "discussion"),
    ("case-history",
     "The patient, a 63-year-old woman from [[place:Itoman]], had been described in a regional "
     "bulletin in [[date:June 2019]] ([[url:https://www.example.org/bulletin/higa-case]]); "
     "her son [[name:Kenji]] keeps her records.", "patient_information"),
]


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh23-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


F23_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH23: tuple[Note, ...] = build(F23_PART, per_category=26, clean=120, references=8) + F23_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH23 for e in n.expected)
    print(len(FRESH23), "notes,", sum(1 for n in FRESH23 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

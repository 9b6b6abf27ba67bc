"""FRESH17: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind: its author (a thirteenth) read only tests/phi/generated.py (the framework:
Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring), tests/phi/corpus.py (the
Note type, the span conventions, parse, evaluate), the domain rules (45 CFR 164.514(b)(2), as
restated in the project's domain notes), the module docstring of tests/phi/fresh16_notes.py
(its conventions paragraph) and the layout of fresh16_notes.py (how its Part, build and letters
are wired, not its vocabulary, templates or letters); not the scanner, its patterns, name lists,
model or data, its benchmark (bench/), its tests, the body of any other fresh part, nor their
git history; the scanner was not run while writing it or on its notes, nor imported. Its
vocabulary, value shapes, keywords, connectors, frames, note styles and hand-written letters are
its author's own, from settings that generated.py's docstring and fresh16's do not name:
Georgia (Georgian script, 11-digit personal number, "წლის", "2024 წლის 3 მარტი", IBAN GE),
Armenia (Armenian script, social card number, "տարեկան", "11 ապրիլի 1932"), Uzbekistan (Uzbek
Latin and Russian, JShShIR/PINFL, "yosh", "1934-yil 12-mart", "лет"), Turkmenistan ("ýaşly"),
Afghanistan (Dari and Pashto, tazkira, "ساله", "کلن", Solar Hijri dates in Persian or Latin
digits), Syria (Arabic, national number, Arabic-Indic digit dates; also refugees resettled in
the US with a US SSN and Medicaid), Qatar (QID, HMC numbers, zone/street/building addresses,
IBAN QA), Côte d'Ivoire (French, CNI, CMU), Rwanda (Kinyarwanda, Indangamuntu, Mutuelle and
RAMA, Kinyarwanda months), Tanzania (Swahili, NIDA, NHIF, GePG control numbers, "miaka 94",
Swahili months), Madagascar (Malagasy and French, CIN, "taona", Malagasy months) and Mauritius
(French and Kreol, NIC, IBAN MU, "an"). Document types: vaccination campaign registers,
community health worker visit forms, maternity ward logs, operating lists, HIV clinic cards, TB
treatment cards, referral slips, radiology and CT requests, ward round notes, nurse triage,
pharmacy dispensing logs (a controlled-drug register too), ambulance run sheets, consent forms,
family meeting notes with speakers, patient portal messages, a discharge epicrisis in Georgian,
an insurer invoice and pre-authorisation, a death certificate, an occupational health note, an
IT incident, a social work note, tele-expertise, an e-mail and a discussion paragraph.

Conventions (tests/phi/corpus.py's and fresh16's docstring's): a name without its title or
honorific (Dr, Dr., Dkt., Mme, Mr, Daktari, Ramatoa, د.); a full name in any order is one span
("KOUASSI Adjoua Estelle", "Турсунова Гульнора Рахимовна", "ბერიძე ნინო"); staff names, also
with initials ("N. Shonia", "Ш. Каримов"), are names, and so are speakers ("Ketevan: ...") and
names in tables; a patronymic after "s/o" or "ولد" is a name of its own; an identifier without
its keyword; an age over 89 with its attached unit in any language ("94 წლის", "93 տարեկան",
"90 yosh", "91 ýaşly", "90 лет", "95 ساله", "92 کلن", "93 ans", "93 taona", "96 an", "92 yrs",
"92-year-old") or the number alone where the unit comes before it or there is none ("miaka 94"
-> "94", "imyaka 94" -> "94", "العمر 95" -> "95"); ages under 90 are not marked; a date without
its preposition, with a weekday right before it and a time right after it ("mardi 14 mai 2024
03:15", "2005-05-13 11h10"); Georgian, Armenian, Uzbek, French, Swahili, Kinyarwanda and
Malagasy dates, Solar Hijri dates ("1403/02/15", "۱۴۰۳/۰۲/۱۵") and Arabic-Indic digit dates are
dates, the Armenian year mark "թ." after a date stays out; a year alone is not a date. The
street line is one span ("ჭავჭავაძის გამზ. 37, ბ. 12", "Mustaqillik ko'chasi, 14-uy", "Zone 56,
Street 1041, Building 22", "Mtaa wa Sokoine, Nyumba Na. 12", "Lot II M 45 bis", "KN 3 Rd");
each locality (town, village, quarter or district of a city: Cocody, Nyarugenge, Antsahavola)
and the postcode are separate spans; a named hospital, clinic or health centre is a place (the
whole name: "Herat Regional Hospital", "Kituo cha Afya Kibosho", "CHUK"); regions, provinces,
states and countries (Kakheti, Tanga Region, Côte d'Ivoire, Georgia, PA, CA) are never marked.
Categories: `ssn` is a US Social Security number only (resettled Afghan and Syrian refugees, an
American exchange student); other national numbers (Georgian personal number, Armenian social
card, JShShIR, tazkira, Syrian national number, QID, CNI, Indangamuntu, NIDA, CIN, NIC, an
A-number, an I-94 number, a police case number, an employee number) are `other_id`; insurance
numbers (Mutuelle, RAMA, NHIF, CMU, Medicaid, private policies) are `health_plan`; hospital,
clinic, HIV clinic (ART, CTC) and TB register numbers are `mrn`; passports, driving licences,
professional registrations and death certificate numbers are `licence`; IBANs, bank accounts,
invoices and GePG control numbers are `account`; plates (a relative's or an employer's car
too) and VINs are `vehicle`; pacemaker and lead serials, oxygen concentrators, CGM sensors,
insulin pumps and UDIs are `device`.

Built as build(F17_PART, per_category=26, clean=120, references=8) + F17_LETTERS (52
hand-written notes: 42 with identifiers, 9 clean, 1 reference paragraph in a discussion): 690
notes, 138 of them (20%) without any identifier (120 generated clean notes, 8 reference notes
in an introduction or discussion, 9 clean letters, 1 reference letter), 847 spans - name 182,
address 39, place 80, zip 32, date 43, age 37, phone 42, fax 28, email 31, ssn 29, mrn 36,
health_plan 32, account 30, licence 29, vehicle 34, device 29, url 43, ip 29, other_id 42
(`python -m tests.phi.fresh17_notes` prints them). Checked without the scanner (a throwaway
script): every span's text is the note's text at its offsets and has no surrounding blanks, no
marks or slots are left in the text, no spans overlap, note ids are unique, every category is
in generated.CATEGORY_ORDER, every marked age is over 89, every ssn has the US shape, and builds
under two PYTHONHASHSEED values are identical. Deterministic: its own seed (19_017), values
drawn from the builder's fixed-seed Random, no hash-order dependence. Not wired into any test
or bench: measure it once.

    from tests.phi.fresh17_notes import FRESH17, F17_PART, F17_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _l(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_KA = ["იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო",
       "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი"]
_HY = ["հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի",
       "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"]
_UZ = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr",
       "noyabr", "dekabr"]
_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
       "octobre", "novembre", "décembre"]
_FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_SW = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba",
       "Oktoba", "Novemba", "Desemba"]
_RW = ["Mutarama", "Gashyantare", "Werurwe", "Mata", "Gicurasi", "Kamena", "Nyakanga", "Kanama",
       "Nzeri", "Ukwakira", "Ugushyingo", "Ukuboza"]
_MG = ["Janoary", "Febroary", "Martsa", "Aprily", "May", "Jona", "Jolay", "Aogositra",
       "Septambra", "Oktobra", "Novambra", "Desambra"]
_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _f17_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1924, 2025)
    hh, mi = r.randint(0, 23), r.choice((0, 10, 20, 35, 45, 55))
    solar = f"{y - 621}/{m:02d}/{d:02d}"
    return r.choice([
        f"{d:02d}.{m:02d}.{y}", f"{y} წლის {d} {_KA[m - 1]}", f"{d} {_HY[m - 1]} {y}",
        f"{y}-yil {d}-{_UZ[m - 1]}", f"{d:02d}.{m:02d}.{y} {hh:02d}:{mi:02d}",
        solar.translate(_FA_DIGITS), solar, f"{d:02d}/{m:02d}/{y}".translate(_AR_DIGITS),
        f"{d}/{m}/{y}", f"{d} {_FR[m - 1]} {y}",
        f"{r.choice(_FR_DAYS)} {d} {_FR[m - 1]} {y}", f"{d} {_SW[m - 1]} {y}",
        f"{d} {_RW[m - 1]} {y}", f"{d} {_MG[m - 1]} {y}", f"{d:02d}/{m:02d}/{y % 100:02d}",
        f"{y}-{m:02d}-{d:02d} {hh:02d}h{mi:02d}", f"{_EN[m - 1]} {d}, {y}",
        f"{d}-{_EN[m - 1].upper()}-{y}"])


def _f17_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 106)
    return r.choice([
        ("pt, ასაკი {age}", f"{n} წლის"), ("{age} ქალი, წოლითი რეჟიმი", f"{n} წლის"),
        ("{age} կին, տնային խնամք", f"{n} տարեկան"), ("Yoshi: {age}", f"{n} yosh"),
        ("bemor {age}, yolg'iz yashaydi", f"{n} yoshda"), ("{age} aýal, öýde", f"{n} ýaşly"),
        ("возраст {age}", f"{n} лет"), ("بیمار {age} از هرات", f"{n} ساله"),
        ("{age} سړی، د زړه ناروغي", f"{n} کلن"), ("العمر {age}", f"{n}"),
        ("patiente de {age}, grabataire", f"{n} ans"), ("mgonjwa wa miaka {age}", f"{n}"),
        ("afite imyaka {age}", f"{n}"), ("vehivavy {age}, mipetraka irery", f"{n} taona"),
        ("{age} granmer, lakaz retret", f"{n} an"), ("age {age}, lives with grandson", f"{n} yrs"),
        ("{age}, bedbound, NFR", f"{n}y"), ("a {age} widow, house-bound", f"{n}-year-old")])


def _f17_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"+995 5{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"5{_d(r, 2)}-{_d(r, 3)}-{_d(r, 3)}",
        f"+374 {r.choice(('77', '91', '93', '99'))} {_d(r, 6)}",
        f"(0{_d(r, 2)}) {_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}",
        f"+998 9{_d(r, 1)} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"+993 6{_d(r, 1)} {_d(r, 6)}",
        f"07{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}", f"+93 7{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"09{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"+974 {r.choice('3567')}{_d(r, 3)} {_d(r, 4)}",
        f"+225 07 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"+250 78{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}",
        f"078{_d(r, 1)}-{_d(r, 3)}-{_d(r, 3)}", f"+255 7{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"0{r.choice('67')}{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"+261 34 {_d(r, 2)} {_d(r, 3)} {_d(r, 2)}",
        f"032 {_d(r, 2)} {_d(r, 3)} {_d(r, 2)}", f"+230 5{_d(r, 3)} {_d(r, 4)}",
        f"2{_d(r, 2)} {_d(r, 4)}"])


def _qa_iban(r: random.Random) -> str:
    groups = " ".join(_d(r, 4) for _ in range(5))
    return f"QA{_d(r, 2)} {_l(r, 4)} {groups} {_d(r, 1)}"


def _nida(r: random.Random) -> str:
    born = f"{r.randint(1925, 2005)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    return f"{born}-{_d(r, 5)}-{_d(r, 5)}-{_d(r, 2)}"


F17_VALUES = {
    "mrn": lambda r, h: r.choice([
        f"{_d(r, 4)}/{r.randint(18, 25)}", f"HC{_d(r, 8)}", f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}",
        _d(r, 6), f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 4)}-{_d(r, 6)}",
        f"TB/{_d(r, 3)}/{r.randint(2019, 2025)}", f"{_l(r, 1)}-{_d(r, 5)}",
        f"{_d(r, 5)}{_l(r, 1)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{_d(r, 8)}/{_l(r, 1)}", _d(r, 12), f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
        f"GPI-{_d(r, 7)}", f"{_l(r, 3)}{_d(r, 9)}", f"{_l(r, 2)}/{_d(r, 6)}/{_d(r, 2)}",
        f"{_d(r, 8)}{_l(r, 2)}", f"{_d(r, 4)}-{_d(r, 6)}-{_d(r, 1)}"]),
    "account": lambda r, h: r.choice([
        f"GE{_d(r, 2)}{_l(r, 2)}{_d(r, 16)}", _qa_iban(r), f"MU{_d(r, 2)}{_l(r, 4)}{_d(r, 19)}MUR",
        f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}", f"FAC-{r.randint(2019, 2025)}-{_d(r, 5)}",
        f"INV{_d(r, 7)}", f"99{_d(r, 10)}", f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 2)}"]),
    "licence": lambda r, h: r.choice([
        f"{_d(r, 2)}{_l(r, 2)}{_d(r, 5)}", f"A{_l(r, 1)}{_d(r, 7)}", f"{_l(r, 2)}{_d(r, 7)}",
        f"P{_d(r, 8)}", f"PC{_d(r, 7)}", f"RMDC/{_d(r, 4)}/{r.randint(2005, 2024)}",
        f"{_d(r, 2)}-{_d(r, 5)}", f"{_d(r, 4)}/{_d(r, 6)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{_l(r, 2)}-{_d(r, 3)}-{_l(r, 2)}", f"{_d(r, 2)} {_l(r, 2)} {_d(r, 3)}",
        f"{_d(r, 2)} {_l(r, 1)} {_d(r, 3)} {_l(r, 2)}", f"{_l(r, 2)} {_d(r, 4)}",
        f"{_d(r, 4)} {_l(r, 2)} {_d(r, 2)}", f"RA{_l(r, 1)} {_d(r, 3)} {_l(r, 1)}",
        f"T {_d(r, 3)} {_l(r, 3)}", f"{_d(r, 4)} T{_l(r, 2)}", f"MC {_d(r, 3)} {_l(r, 3)}"]),
    "vin": lambda r, h: f"{_l(r, 3)}{_d(r, 2)}{_l(r, 3)}{_d(r, 9)}",
    "device": lambda r, h: r.choice([
        f"{_l(r, 3)}{_d(r, 7)}", f"{_d(r, 2)}{_l(r, 1)}{_d(r, 6)}",
        f"{_l(r, 1)}{_d(r, 2)}-{_d(r, 5)}-{_l(r, 2)}", f"{_l(r, 2)}{_d(r, 7)}{_l(r, 1)}",
        f"(01){_d(r, 14)}(21){_d(r, 6)}", f"{_d(r, 4)}-{_d(r, 4)}-{_l(r, 3)}"]),
    "other_id": lambda r, h: r.choice([
        f"{r.randint(1, 62):02d}{_d(r, 9)}", _d(r, 10), f"{r.choice('3456')}{_d(r, 13)}",
        f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 5)}", f"{r.choice('23')}{_d(r, 10)}",
        f"C {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}",
        f"1 {r.randint(1925, 2005)} {r.choice('78')} {_d(r, 7)} {_d(r, 1)} {_d(r, 2)}",
        _nida(r), f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
        f"{_l(r, 1)}{_d(r, 12)}{_l(r, 1)}", f"{_l(r, 3)}-{_d(r, 2)}C{_d(r, 5)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}"]),
    "phone": _f17_phone,
    "fax": _f17_phone,
    "email": lambda r, h: r.choice([
        "{g}.{s}@example.ge", "{s}{n}@mail.example.am", "{g}{n}@example.co.tz",
        "{g}.{s}@clinic.example.rw", "{s}_{g}@example.mg", "{g}{s}@example.org",
        "dr.{s}@hospital.example.qa"]),
    "url": lambda r, h: r.choice([
        "https://www.example.ge/{g}-{s}", "https://fundraise.example.org/{g}{s}{n}",
        "example.co.tz/blog/{s}", "http://{s}.example.net/", "https://www.example.com/p/{g}.{s}",
        "www.example.mu/{g}-{s}-{n}"]),
    "ip": lambda r, h: r.choice([
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
        f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 65535):x}"]),
    "zip": lambda r, h: r.choice([
        f"0{_d(r, 3)}", f"1{_d(r, 5)}", f"{r.randint(1, 6)}{_d(r, 4)}",
        f"{r.randint(1, 6)}0{_d(r, 1)}", f"{r.randint(1, 9)}{_d(r, 4)}", "{z5}"]),
    "date": _f17_date,
}

F17_VOCABULARY = Vocabulary(
    given=["Nino", "Levan", "Ketevan", "Anahit", "Tigran", "Gayane", "Dilnoza", "Sardor", "Maýsa",
           "Mirwais", "Zarghona", "Fereshta", "Bassel", "Rasha", "Noora", "Adjoua", "Drissa",
           "Claudine", "Jean de Dieu", "Neema", "Baraka", "Voahangy", "Njaka", "Vidya", "Yannick"],
    surnames=["Beridze", "Gelashvili", "Tsiklauri", "Hakobyan", "Avetisyan", "Tursunova",
              "Ergashev", "Orazow", "Ahmadzai", "Stanekzai", "Haidari", "Kassab", "Al-Marri",
              "Kouassi", "Konan", "Ouattara", "Uwimana", "Niyonzima", "Mwakyusa", "Kimaro",
              "Rakotomalala", "Razafindrakoto", "Dookhun", "Appadoo"],
    cities=["Kutaisi", "Zugdidi", "Telavi", "Gyumri", "Vanadzor", "Goris", "Namangan", "Nukus",
            "Türkmenabat", "Mazar-i-Sharif", "Jalalabad", "Bamyan", "Latakia", "Al Wakrah",
            "Bouaké", "Korhogo", "Musanze", "Rubavu", "Mwanza", "Moshi", "Toamasina", "Antsirabe",
            "Curepipe", "Mahébourg"],
    streets=["Rustaveli", "Abovyan", "Mashtots", "Amir Temur", "Nyerere", "Ratsimandrava",
             "Chavchavadze", "Mustaqillik", "Uhuru", "Desforges"],
    relations=["daughter", "son", "grandson", "granddaughter", "husband", "wife", "niece",
               "brother-in-law", "co-wife", "uncle", "sister", "neighbour"],
    clean=[
        "TB card: 2HRZE/4HR, category I; day 56 of intensive phase, sputum smear negative.",
        "GeneXpert MTB detected (low), RIF resistance not detected; LF-LAM negative.",
        "CD4 212 cells/uL, VL < 50 copies/mL on TLD since 2021; WHO stage 2.",
        "MUAC 11.4 cm (red), WHZ -3.1, bilateral pitting oedema ++; RUTF 2 sachets/day.",
        "Penta3, OPV3, PCV3 and Rota2 given; MR1 due at 9 months.",
        "IPTp-SP dose 3 given at 32 weeks; Hb 9.6 g/dL; LLIN issued.",
        "mRDT positive (Pf); artemether-lumefantrine 4 tabs BD x 3 days.",
        "G4P3 at 38+2 weeks, cervix 6 cm, cephalic, FHR 132/min; partograph started 04:10.",
        "APGAR 6 at 1 min and 9 at 5 min; birth weight 2.61 kg; vitamin K given.",
        "ASA II, Mallampati 2; spinal with 2.4 mL heavy bupivacaine 0.5%.",
        "არტერიული წნევა 150/90, პულსი 104, SpO2 93%.",
        "Կրեատինին 168 մկմոլ/լ, գլյուկոզա 11.2 մմոլ/լ.",
        "Qon bosimi 160/100 mm sim. ust., puls 98; EKG: sinus ritmi.",
        "АД 170/95 мм рт. ст., ЧСС 88; назначен амлодипин 5 мг.",
        "فشار خون ۱۴۰/۹۰، نبض ۱۰۲، درجه حرارت ۳۸.۶",
        "ضغط الدم 90/60، النبض 124، السكر 312 ملغ/دل.",
        "TA 100/60 mmHg, FC 118/min, T 39,2 °C; TDR palu positif.",
        "Joto 38.7 °C, mapigo ya moyo 120, kupumua 32 kwa dakika.",
        "Umuvuduko w'amaraso 130/80; ibiro 52 kg; uburebure 158 cm.",
        "Tosidra 180/110, fitempon'ny fo 92; nomena nicardipine.",
        "Bed 14, Ward 3B; NEWS2 6, escalated to the registrar at 02:30.",
        "Dispensed: amoxicillin 250 mg x 21, ORS x 6, zinc 20 mg x 10.",
        "Chest X-ray PA: right upper zone cavity 3 cm; no effusion.",
        "ICD-10 A15.0 and B20 coded; notified to the district TB coordinator.",
        "Referral category: urgent; transport by ambulance, oxygen 4 L/min via nasal prongs.",
        "Consent: procedure, risks (bleeding 1/100, infection 2/100) and alternatives explained.",
        "Triage SATS orange; TEWS 6; seen within 10 minutes.",
        "Surgery list: 1) LSCS, 2) hernia repair, 3) I&D abscess; theatre 2 from 08:00.",
        "Cluster 7, household 23 of 40: two children under 5, both fully immunised.",
        "Visit 3 of 8 (ANC); next visit at 30 weeks; folate and iron continued.",
        "Patient seen in 2019 and 2022 for the same complaint; no change since.",
        "HbA1c 9.8%, eGFR 48 mL/min/1.73m2, urine ACR 34 mg/mmol.",
    ],
    seed=19_017,
)

F17_CONNECTORS = [": ", " № ", " N° ", " - ", " => ", "\n", " : ", " no ", " Na. ", " nº ", "\t"]
F17_FRAMES = ["{kv}", "* {kv}", "{kv} (seen on card)", "ID check at triage - {kv}.",
              "{kw}:\n  {v}", "|| {kw} || {v} ||", "Registration: {kv}; photo ID sighted.",
              "{kv} / copy to file", "[ {kv} ]", "Ref. {kv}"]
F17_AFTER = ["{v} ({kw})", "{v} -> {kw}", "{v} ni {kw} yake", "{v}, {kw} on the card,",
             "{v} [{kw}, verified]"]
F17_KEYWORDS = {
    "mrn": ["Card (სამედ. ბარათი)", "Kasallik tarixi", "Dossier", "HMC No", "Namba ya faili",
            "Nomero y'idosiye", "Laharana", "CTC ID", "TB reg. no", "Hosp. no", "Карта"],
    "health_plan": ["RAMA", "Mutuelle", "NHIF card", "CMU", "Polisi ya bima", "Insurer ID",
                    "Policy no", "Medicaid ID", "Carte d'assuré", "Polis / სადაზღვევო პოლისი"],
    "account": ["IBAN", "Invoice", "Control number", "Facture", "Bill", "Bank account",
                "Hesob raqami", "Account"],
    "licence": ["Passport", "Pasport", "Passeport", "Driving licence", "Permis de conduire",
                "RMDC reg.", "MCT reg.", "Death certificate", "Licence no"],
    "vehicle": ["Plate", "Plaque", "Namba ya gari", "Avtomobil raqami", "Reg.", "Moto",
                "Immatriculation", "Vehicle"],
    "device": ["Pacemaker SN", "Serial", "S/N", "Concentrator SN", "CGM sensor", "Pump serial",
               "UDI", "Numéro de série"],
    "other_id": ["Personal no.", "ID პირადი №", "ՀԾՀ", "JShShIR", "Tazkira", "QID", "CNI",
                 "Indangamuntu", "NIDA", "CIN", "NIC", "UNHCR case", "الرقم الوطني"],
    "ssn": ["SSN", "Social Security", "Soc. Sec. no"],
    "phone": ["Tel", "Mob", "Simu", "Telefoni", "Тел.", "Cell", "Contact", "WhatsApp", "Tél."],
    "fax": ["Fax", "Télécopie", "Faksi", "Fax no"],
}
F17_SENTENCES = {
    "name": ["Mother {full} brought the child for Penta3.", "CHW {full} visited the household.",
             "Accompanied by her {rel} {given}.", "Seen with {given} ({rel}), who translated.",
             "Mme {surname} refuse la transfusion.", "Daktari {surname} alimwona asubuhi.",
             "Umubyeyi {full} yaje na we.", "{full} signed the consent form.",
             "Scrub nurse: {full}; anaesthetist: Dr {surname}.", "Dispensed to {given} ({rel}).",
             "Bemor {full} palataga yotqizildi.", "{full}'s sputum was collected at home.",
             "Ramatoa {surname} tonga niaraka tamin'ny zanany.",
             "Driver {given} and nurse {full} on board.",
             "Family meeting: {full} ({rel}) and {given} present.",
             "- {full}, {rel}, agrees with plan"],
    "address": ["Lives at [[address:{street} Avenue {n}]].",
                "Address: [[address:{street} ქ. №{n}, ბ. {n2}]];",
                "Manzil: [[address:{street} ko'chasi, {n}-uy, {n2}-xonadon]]",
                "Anwani: [[address:Mtaa wa {street}, Nyumba Na. {n}]]",
                "Adresse : [[address:Lot {n2} rue {street}]]",
                "Home: [[address:Zone {n2}, Street {n}, Building {n2}]].",
                "Picked up from [[address:{n} {street} Road]].",
                "Domicile: [[address:{n}, avenue {street}]], [[place:Cocody]].",
                "Հասցե՝ [[address:{street} փ. {n}, բն. {n2}]]"],
    "place": ["Referred from {city} district hospital.", "Lives in {city} with her {rel}.",
              "Transferred by road from {city}.", "Anatoka {city}.", "Akomoka i {city}.",
              "Originaire de {city}.", "Arrived from {city} two weeks ago.",
              "Vaccination post at the market in {city}.", "Avy any {city} izy."],
    "zip": ["Postcode {v}.", "Code postal {v}", "Pochta indeksi: {v}", "Msimbo wa posta {v}.",
            "Kaody paositra {v}", "საფოსტო ინდექსი {v}", "[[place:Rose-Hill]] {v}",
            "ZIP {v} (resettlement address)."],
    "date": ["DOB: {v}", "[[name:Ketevan Lomidze]] admitted {v}.", "Date of visit - {v}",
             "Tarehe ya kulazwa: {v}", "Né le {v}.", "Tug'ilgan sana: {v}",
             "დაბადების თარიღი: {v}", "Ծննդյան ամսաթիվ՝ {v}",
             "Discharged {v} with TB drugs for 28 days.", "تاریخ تولد: {v}",
             "[[name:Mukamana]] yapfuye ku wa {v}.", "Teraka ny {v}.",
             "Operated {v}; drain out day 2.",
             "تاريخ القبول: {v}", "Date of death: {v}"],
    "phone": ["Call the CHW {full} on {v} for follow-up.", "Son [[name:Juma]] reachable on {v}.",
              "Mama anapatikana kwa simu {v}.", "Numéro du mari ({given}) : {v}.",
              "Ring {v} if the baby feeds poorly.",
              "Rappeler la famille au {v}.", "Telefoni ya {given} ({rel}): {v}"],
    "fax": ["Referral faxed to {v}.", "Results faxed back to {v} on the same day.",
            "Fax the consent copy to {v}.", "Résultats faxés au {v}."],
    "email": ["Daughter {given} asks for updates at {v}.", "Send the discharge summary to {v}.",
              "Portal message from {full} sent from {v}.", "Envoyer le compte rendu à {v}."],
    "url": ["Family fundraiser: {v}", "{given} posts his dialysis diary at {v}.",
            "Photos of the wound shared via {v}.", "Blog ya mgonjwa: {v}"],
    "ip": ["Portal login from {v} flagged.", "Tele-radiology upload from {v} failed twice.",
           "Video consult dropped; client {v}.", "CHW tablet {v} synced the register."],
    "ssn": ["Resettlement file lists SSN {v}.",
            "US Social Security number {v} for the Medicaid form.",
            "{full}: SSN {v} written on the intake form."],
    "mrn": ["Old file under number {v}; merge requested.", "Previous admission: file {v}.",
            "{full} transferred with dossier {v}.", "TB register number {v} on the card."],
    "health_plan": ["Covered by mutuelle, card {v}.", "NHIF card {v} verified for {given}.",
                    "Insurer card {v} photocopied.", "Carte CMU {v} valide."],
    "account": ["Payment to control number {v} pending.", "Invoice {v} settled by {rel} {full}.",
                "Refund to account {v}.", "Facture {v} non réglée."],
    "licence": ["Passport {v} used for the transfer abroad.",
                "Driving licence {v} taken by police.",
                "Dr {full}, council reg. {v}.", "Death certificate {v} issued."],
    "vehicle": ["Moto-taxi {v} hit the pedestrian, {full}.", "Brought in private car {v}.",
                "Car with plate {v} left the scene.", "Bajaji {v} overturned; driver thrown.",
                "VIN {vin} on the police form."],
    "device": ["Pacemaker serial {v} interrogated.", "Oxygen concentrator {v} issued for home.",
               "CGM sensor {v} removed before MRI.",
               "Insulin pump {v} downloaded with {given}'s consent."],
    "other_id": ["National ID {v} verified.",
                 "ID document of {full} ({v}) copied for the referral.",
                 "Indangamuntu {v}.", "ID card {v} checked at reception.",
                 "Employee no. {v} at the mine.",
                 "Police case {v} opened."],
}
F17_REFERENCES = [
    "Comparable outcomes were reported (https://doi.org/10.1371/journal.pgph.{n}).",
    "See the trial at https://pubmed.ncbi.nlm.nih.gov/3{n}{n2}/ for the regimen.",
    "WHO guidance: https://www.who.int/publications/i/item/978924{n}{n2}.",
]
F17_STYLES = [
    "VACCINATION CAMPAIGN REGISTER - measles-rubella round\n{body}\nDose given: MR1. AEFI: none.",
    "COMMUNITY HEALTH WORKER VISIT FORM\n{body}\nDanger signs: none. Next visit in 7 days.",
    "MATERNITY WARD LOG (night)\n{body}\nOutcome: SVD, live female.",
    "OPERATING LIST - theatre 2\n{body}\nWHO checklist done.",
    "HIV CLINIC CARD (follow-up)\n{body}\nAdherence 98%; next refill in 3 months.",
    "TB TREATMENT CARD\n{body}\nDOT by family member; weight monitored monthly.",
    "REFERRAL SLIP\n{body}\nReason: needs specialist review.",
    "RADIOLOGY REQUEST - CT head\n{body}\nClinical question: bleed?",
    "Ward round, day 3\n{body}\nPlan: continue IV antibiotics; review bloods.",
    "NURSE TRIAGE\n{body}\nPriority: yellow.",
    "PHARMACY DISPENSING LOG\n{body}\nCounselled on side effects.",
    "AMBULANCE RUN SHEET\n{body}\nHandover to ED at 14:10.",
    "FAMILY MEETING NOTE\n{body}\nAgreed: comfort care if deteriorates.",
    "Patient portal message:\n{body}\n-- sent from the app",
    "{body}",
]
F17_PART = Part("fresh17", F17_VOCABULARY, F17_CONNECTORS, F17_FRAMES, F17_KEYWORDS,
                F17_SENTENCES, F17_AFTER, F17_REFERENCES, True, values=F17_VALUES,
                age=_f17_age, styles=F17_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh17-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("georgia-vaccination-register",
     "MMR catch-up campaign - polyclinic in [[place:Zugdidi]]\n"
     "| # | Child | Parent | DOB | Personal no. | Dose |\n|---|---|---|---|---|---|\n"
     "| 1 | [[name:Luka Jgharkava]] | [[name:Mariam Jgharkava]] | [[date:14.02.2023]] | "
     "[[other_id:19001045512]] | MMR1 |\n"
     "| 2 | [[name:Elene Kvaratskhelia]] | [[name:Tamuna]] (mother) | [[date:03.11.2022]] | "
     "[[other_id:19001038874]] | MMR1 |\n"
     "| 3 | refused | - | - | - | - |\nVaccinator: [[name:N. Shonia]]; AEFI: none."),
    ("georgia-discharge-ka",
     "გაწერის ეპიკრიზი\nპაციენტი: [[name:ბერიძე ნინო]], [[age:94 წლის]]\n"
     "პირადი №: [[other_id:01024057781]]\n"
     "მისამართი: [[address:ჭავჭავაძის გამზ. 37, ბ. 12]], [[place:თბილისი]] [[zip:0179]]\n"
     "შემოსვლის თარიღი: [[date:2024 წლის 3 მარტი]]\n"
     "დიაგნოზი: თეძოს ყელის მოტეხილობა; ოპერაცია არ ჩატარდა.\n"
     "მკურნალი ექიმი: [[name:ლ. გელაშვილი]]"),
    ("georgia-insurer-invoice",
     "To: claims desk\nRe: inpatient stay, cardiology\nPatient [[name:Levan Tsiklauri]], policy "
     "[[health_plan:GPI-4418227]], personal number [[other_id:35001118204]].\nInvoice "
     "[[account:FAC-2024-03318]], 1,840 GEL. The co-payment (10%) was paid by his brother "
     "[[name:Irakli]]; please refund the excess to [[account:GE61TB7731045061100012]].\n"
     "Billing office"),
    ("georgia-family-meeting",
     "FAMILY MEETING - ICU, bed 4\nPresent: [[name:Ketevan Beridze]] (daughter), "
     "[[name:Giorgi]] (son), Dr [[name:Davit Lomidze]] (intensivist), nurse [[name:Tamar]].\n"
     "[[name:Ketevan]]: 'She always said no machines.'\n[[name:Giorgi]]: 'I want everything "
     "done.'\nDr [[name:Lomidze]]: explained SOFA 13, anuria, two pressors.\n"
     "Outcome: continue current care, no CPR; meet again in 48 h."),
    ("armenia-ward-round",
     "Ward round - cardiology, [[place:Erebouni Medical Center]]\n"
     "Հիվանդ՝ [[name:Հակոբյան Անահիտ Սերգեյի]], [[age:93 տարեկան]]\n"
     "Hist. no [[mrn:2231/24]]\nAF with RVR 140, digoxin loaded; K 3.4 replaced.\n"
     "Son [[name:Armen]] ([[phone:+374 91 442210]]) updated.\nDr [[name:T. Sargsyan]]"),
    ("armenia-email",
     "From: [[email:gayane.avetisyan@mail.example.am]]\nTo: oncology clinic\n"
     "Subject: my mother's scan\n\nDear Dr [[name:Petrosyan]],\nmy mother [[name:Siranush "
     "Avetisyan]] (born [[date:11 ապրիլի 1932]], social card [[other_id:4502320417]]) had the "
     "CT on Monday. Could you call me on [[phone:+374 77 201834]]?\nThank you,\n[[name:Gayane]]"),
    ("armenia-pacemaker",
     "PACEMAKER CLINIC\nPatient: [[name:Grigoryan Hovhannes]], [[age:97 տարեկան]], from "
     "[[place:Goris]]\nDevice: DDD, serial [[device:PJK2209311]]; lead SN "
     "[[device:LDA-44187-BX]]\nBattery 2.78 V (ERI not reached); threshold 0.75 V @ 0.4 ms.\n"
     "Next check in 6 months."),
    ("armenia-death-certificate",
     "Մահվան վկայական [[licence:0411/245517]]\nԱնուն՝ [[name:Մարտիրոսյան Վարդան]]\n"
     "Մահացել է [[date:2 փետրվարի 2024]] թ., [[place:Արենի]] գյուղում\n"
     "Cause: I a) cardiogenic shock, b) anterior STEMI."),
    ("uzbek-chw-form",
     "Patronaj varaqasi (CHW visit form)\nOila boshlig'i: [[name:Ergashev Sardor "
     "Baxtiyorovich]]\nManzil: [[address:Mustaqillik ko'chasi, 14-uy]], [[place:Namangan]] "
     "shahri\nJShShIR [[other_id:31204875600021]]\nHomilador: [[name:Dilfuza]], 24 yosh, "
     "28 hafta. Tel. [[phone:+998 93 512 44 07]]\nQon bosimi 150/100 - referred to the maternity "
     "house."),
    ("uzbek-ct-request-ru",
     "НАПРАВЛЕНИЕ НА КТ ГОЛОВНОГО МОЗГА\nФИО: [[name:Турсунова Гульнора Рахимовна]]\n"
     "Возраст: [[age:90 лет]]\n№ истории болезни: [[mrn:5512/24]]\n"
     "Адрес: [[address:ул. Амира Темура, д. 45, кв. 12]], [[place:Ташкент]] [[zip:100084]]\n"
     "Клинически: правосторонний гемипарез с утра.\nВрач: [[name:Ш. Каримов]]"),
    ("uzbek-pharmacy-morphine",
     "PHARMACY DISPENSING LOG - controlled drugs\nMorphine 10 mg/mL x 10 amp for "
     "[[name:Yusupov Bekzod]] (palliative).\nReceived by son [[name:Sardor Yusupov]], "
     "passport [[licence:AC1208874]].\nDispensed by [[name:G. Rakhimova]], counter-signed."),
    ("turkmen-ambulance",
     "AMBULANCE RUN SHEET\nPatient: [[name:Orazowa Maýsa]], [[age:91 ýaşly]]\nCalled by "
     "grandson [[name:Merdan]] at 03:40, [[phone:+993 65 418872]]\nScene: "
     "[[address:Magtymguly şaýoly 27]], [[place:Daşoguz]]\nFound on the floor; GCS 13, "
     "BP 90/50, glucose 2.1 -> 10% dextrose.\nGrandson followed in his car, "
     "[[vehicle:DZ 4471]]."),
    ("afghan-tb-card",
     "TB TREATMENT CARD - [[place:Herat Regional Hospital]]\nName: [[name:Gul Ahmad Haidari]]"
     " s/o [[name:Abdul Rahim]]\nTB reg. no [[mrn:0457/1403]]\nTazkira "
     "[[other_id:1401-0904-22871]]\nDate started: [[date:۱۴۰۳/۰۲/۱۵]]\nRegimen 2HRZE/4HR; "
     "DOT supporter: brother [[name:Wahid]], [[phone:+93 79 441 2208]]."),
    ("afghan-referral",
     "REFERRAL SLIP\nFrom: [[place:Nangarhar Regional Hospital]]\nTo: [[place:Wazir Akbar Khan "
     "Hospital]], [[place:Kabul]]\nPatient: [[name:Zarghona Ahmadzai]], [[age:92 کلن]]\n"
     "Father's name: [[name:Mohammad Nabi]]\nReason: suspected stroke, needs CT.\n"
     "Referring doctor: Dr. [[name:Shafiqullah Momand]], mobile [[phone:0700 218 445]]"),
    ("afghan-polio-register-dari",
     "ثبت کمپاین پولیو - روز دوم\nنام طفل: [[name:احمد شاه]] ولد [[name:محمد یوسف]]\n"
     "قریه [[place:دهدادی]]\nتاریخ تولد: [[date:۱۴۰۲/۰۶/۱۱]]\nتلفن پدر: "
     "[[phone:0799 412 338]]\nOPV داده شد؛ انگشت نشانی شد."),
    ("afghan-us-siv",
     "Refugee health clinic - SIV arrival\nPatient: [[name:Mirwais Stanekzai]], 38, with his "
     "wife [[name:Fereshta]] and four children\nSSN [[ssn:621-44-9012]] (card received last "
     "week); I-94 [[other_id:48291037A21]]\nAddress: [[address:3310 Norwood Ave, Apt 14]], "
     "[[place:Sacramento]], CA [[zip:95838]]\nQFT positive, CXR clear: LTBI, 4 months of "
     "rifampicin."),
    ("syria-consent-ar",
     "إقرار بالموافقة على العملية\nاسم المريض: [[name:باسل قصاب]]\nالرقم الوطني: "
     "[[other_id:02010456789]]\nتاريخ الولادة: [[date:١٢/٠٣/١٩٥٨]]\nالعنوان: "
     "[[address:شارع بغداد، بناء 14]]، [[place:اللاذقية]]\nالعملية: استئصال المرارة بالمنظار\n"
     "توقيع الزوجة: [[name:رشا]]\nالطبيب: د. [[name:غسان الحمصي]]"),
    ("syria-us-resettlement",
     "Refugee health screening - intake\nPatient: [[name:Rasha Kassab]], DOB "
     "[[date:03/14/1979]]\nSSN [[ssn:412-66-3019]]; Medicaid ID [[health_plan:71034482PA]]\n"
     "A-number [[other_id:A213456789]]\nAddress: [[address:1418 Peach Street, Apt 2]], "
     "[[place:Erie]], PA [[zip:16501]]\nInterpreter (Arabic) [[name:Maher]] by phone; Hb 10.1, "
     "ova and parasites negative."),
    ("syria-idp-triage",
     "NURSE TRIAGE - mobile clinic, camp C\nالاسم: [[name:ريم الحسن]]، العمر [[age:95]]\n"
     "Son [[name:Khaled]] says she stopped eating 3 days ago; from [[place:Maarrat al-Nu'man]] "
     "originally.\nGCS 14, dry mucosa, BP 85/50. Priority: red."),
    ("qatar-portal",
     "Patient portal message\nFrom: [[name:Noora Al-Marri]] <[[email:noora.almarri@example.qa]]>"
     "\nTo: Diabetes clinic, [[place:Hamad General Hospital]]\nHMC No [[mrn:HC04418220]]\n\n"
     "Dear doctor, my father [[name:Mubarak]] (QID [[other_id:26163400218]]) has fasting sugars "
     "of 19 since the new tablets. Please call me on [[phone:+974 5512 8830]].\n"
     "-- sent from the app"),
    ("qatar-ambulance",
     "AMBULANCE RUN SHEET\nScene: [[address:Zone 56, Street 1041, Building 22]], "
     "[[place:Al Wakrah]]\nPt [[name:Rajesh Kumar Pillai]], 44 M, scaffolder, QID "
     "[[other_id:28435602117]]\nFall from 4 m; GCS 14, HR 118, BP 102/60.\nSupervisor "
     "[[name:Joseph Mathew]] drove behind in the company pickup, plate [[vehicle:143322]]."),
    ("qatar-rta-vin",
     "ED note - RTA on the road to [[place:Dukhan]]\nDriver: [[name:Abdulla Al-Kuwari]], 23, "
     "restrained. Vehicle: Land Cruiser, VIN [[vehicle:JTMHV05J804118276]], plate "
     "[[vehicle:218841]].\nFAST negative; CT C-spine clear.\nRadiology report faxed to "
     "[[fax:+974 4439 2201]]."),
    ("ivorian-maternity-log",
     "Registre de la maternité - [[place:CHU de Treichville]]\n[[date:mardi 14 mai 2024 03:15]]"
     "\nParturiente : [[name:KOUASSI Adjoua Estelle]], 31 ans, G3P2\nDossier N° "
     "[[mrn:MAT-24-1187]]\nCMU [[health_plan:225 104 887 316]]\nAccouchement eutocique, "
     "garçon 3,1 kg, Apgar 9/10.\nSage-femme : Mme [[name:Konan]]"),
    ("ivorian-consent",
     "CONSENTEMENT ÉCLAIRÉ - césarienne\nJe soussignée [[name:N'Guessan Aya Prisca]], "
     "CNI [[other_id:C 0047 1122 93]], domiciliée [[address:Rue des Jardins, lot 214]], "
     "[[place:Cocody]], [[place:Abidjan]], tél. [[phone:+225 07 58 22 10 43]], accepte "
     "l'intervention.\nTémoin : [[name:Drissa Coulibaly]] (frère).\nFait à [[place:Abidjan]], "
     "le [[date:03/09/2024]]."),
    ("ivorian-triage",
     "TRIAGE - Urgences, [[place:CHU de Bouaké]]\n[[date:12/08/2024 22:40]]\nPatient : "
     "[[name:Ouattara Drissa]], 19 ans, amené sur une moto [[vehicle:4471 GH 01]]\n"
     "Accompagnant : [[name:Aminata]] (sœur), [[phone:+225 05 44 21 87 90]]\nGCS 12, plaie "
     "du cuir chevelu, TA 110/70."),
    ("rwanda-hiv-card",
     "HIV CLINIC CARD - [[place:Kabgayi Hospital]]\nAmazina: [[name:UWIMANA Claudine]]\n"
     "Indangamuntu: [[other_id:1 1985 7 0045123 1 08]]\nART No [[mrn:ART-0312-0098]]\n"
     "Mutuelle: [[health_plan:1101044872310021]]\nAho atuye: [[place:Muhanga]]\nTelefoni: "
     "[[phone:078 441 2290]]\nTreatment supporter: [[name:Jean de Dieu Habimana]] (umugabo)\n"
     "TLD since 2019; VL < 50 copies/mL."),
    ("rwanda-moto-rta",
     "SAMU run sheet - RTA, moto vs car\nRider: [[name:Eric Niyonzima]], 27 M, helmet on\n"
     "Moto [[vehicle:RD 418 K]] vs car [[vehicle:RAF 211 C]]\nPolice case: "
     "[[other_id:RIB/KGL/0412/24]]\nScene: [[address:KN 3 Rd]], [[place:Nyarugenge]], "
     "[[place:Kigali]]\nOpen tibia fracture; taken to [[place:CHUK]]."),
    ("rwanda-vaccination-register",
     "Igitabo cy'inkingo (vaccination register)\n| Umwana | Umubyeyi | Yavutse | Urukingo |\n"
     "| [[name:Ineza Gloria]] | [[name:Mukamana Josiane]] | [[date:2 Werurwe 2024]] | BCG, OPV0 |"
     "\n| [[name:Shema Kevin]] | [[name:Uwase Aline]] | [[date:17 Gashyantare 2024]] | Penta1 |\n"
     "Umujyanama w'ubuzima: [[name:Habimana Théogène]], [[phone:+250 788 204 117]]"),
    ("tanzania-pharmacy-log",
     "DAFTARI LA DAWA (pharmacy dispensing log) - [[place:Bugando Medical Centre]]\n"
     "| Tarehe | Jina | Namba ya faili | Dawa | Mtoaji |\n"
     "| [[date:12 Machi 2024]] | [[name:Neema Mushi]] | [[mrn:24-01-88]] | TLD x 30 | "
     "[[name:B. Lyimo]] |\n| [[date:12 Machi 2024]] | [[name:Juma Hamisi Mwakyusa]] | "
     "[[mrn:23-11-402]] | RHZE x 56 | [[name:B. Lyimo]] |\nNHIF: [[health_plan:104455923187]] "
     "([[name:Juma]])"),
    ("tanzania-bill",
     "Bill summary: ward 7, 6 days. GePG control number [[account:991330442187]] - "
     "Tsh 145,000.\nPayer: [[name:Rehema Kimaro]] ([[phone:0754 218 990]]).\nNHIF not active."),
    ("tanzania-referral-sw",
     "BARUA YA RUFAA\nKutoka: [[place:Kituo cha Afya Kibosho]]\nKwenda: [[place:KCMC]], "
     "[[place:Moshi]]\nJina la mgonjwa: [[name:Zawadi Massawe]], miaka [[age:94]]\n"
     "Anwani: [[address:Mtaa wa Sokoine, Nyumba Na. 12]], kijiji cha [[place:Mabogini]]\n"
     "Sababu: kiharusi; BP 210/120.\nDaktari: Dkt. [[name:Peter Lyimo]]"),
    ("tanzania-oxygen",
     "Home oxygen issue form\nPatient [[name:Baraka Mwakyusa]], COPD, SpO2 84% on air\n"
     "Concentrator S/N [[device:CN7741-0092-TZ]]; flow 2 L/min, 16 h/day\nHanded to his wife "
     "[[name:Rehema]]; electricity at home confirmed."),
    ("tanzania-fundraiser",
     "Social work note: family of [[name:Juma Kimaro]] raising money for dialysis through "
     "[[url:https://fundraise.example.org/msaada-kwa-juma]]; WhatsApp group admin "
     "[[name:Zawadi]] on [[phone:+255 713 448 902]]."),
    ("madagascar-operating-list",
     "PROGRAMME OPÉRATOIRE - [[place:HJRA]], [[place:Antananarivo]]\n1. "
     "[[name:RAKOTOMALALA Hery Njaka]], 45 ans - cholécystectomie - dossier [[mrn:24/0871]]\n"
     "2. [[name:RASOANAIVO Voahangy]], [[age:91 ans]] - prothèse de hanche - dossier "
     "[[mrn:24/0903]]\n3. [[name:Andrianarisoa Fara]], 8 ans - hernie inguinale\nChirurgien : "
     "Dr [[name:Razafindrakoto]] ; anesthésiste : [[name:T. Randria]]"),
    ("madagascar-chw-mg",
     "Fitsidihana an-tokantrano (CHW visit)\nAnarana: [[name:Rasoamanarivo Lalao]]\n"
     "Adiresy: [[address:Lot II M 45 bis]], [[place:Antsahavola]], [[place:Antananarivo]] "
     "[[zip:101]]\nTeraka ny [[date:4 Jolay 1931]] - [[age:93 taona]]\nFinday: "
     "[[phone:+261 34 12 445 07]]\nZanaka: [[name:Tiana]]\nTosidra 170/100."),
    ("madagascar-teleexpertise",
     "Télé-expertise dermatologie\nPatient : [[name:Rakotoarisoa Mamy]], 52 ans, "
     "[[place:Toamasina]]\nPhotos envoyées depuis le poste [[ip:10.44.2.18]] ; réponse par "
     "courriel à [[email:mamy.rakotoarisoa@example.mg]].\nAvis : lèpre multibacillaire "
     "probable."),
    ("mauritius-family-meeting",
     "FAMILY MEETING NOTE - ICU, [[place:Victoria Hospital]], [[place:Candos]]\nPresent: "
     "[[name:Vidya Dookhun]] (daughter), [[name:Yannick Appadoo]] (son-in-law), Dr "
     "[[name:R. Beeharry]] (ICU), nurse [[name:Marie-Josée]]\nPatient: [[name:Kamla Dookhun]], "
     "[[age:96 ans]], NIC [[other_id:D0405281204567]]\n[[name:Vidya]]: 'Mo mama pa ti anvi "
     "ventilasion.'\nAgreed: no intubation; comfort care if deteriorates."),
    ("mauritius-radiology",
     "RADIOLOGY REQUEST - CT abdomen with contrast\nPatient: [[name:Jean-Noël Lan Po]], 58\n"
     "Address: [[address:12 Rue Desforges]], [[place:Rose-Hill]] [[zip:71259]]\nTel "
     "[[phone:+230 5741 2290]]; GP fax [[fax:454 1187]]\neGFR 72; no contrast allergy."),
    ("mauritius-insurer",
     "Pre-authorisation request\nMember: [[name:Priyesh Ramdhony]], policy "
     "[[health_plan:SW/884120/03]]\nProcedure: coronary angiography\nPay the hospital at "
     "[[account:MU43MCBL0901000012345678000MUR]].\nContact: [[email:p.ramdhony@example.mu]]"),
    ("armenia-licence-driver",
     "Occupational health: bus driver [[name:Tigran Hakobyan]], driving licence "
     "[[licence:AR447102]], plate [[vehicle:35 OU 118]]; HbA1c 9.8%, insulin started - fitness "
     "to drive deferred."),
    ("georgia-ip-portal",
     "IT incident: patient portal account of [[name:Nino Gelashvili]] accessed from "
     "[[ip:198.51.100.77]] and [[ip:2001:db8:4a::19]]; password reset, patient informed by SMS."),
    ("tanzania-ssn-student",
     "Student health (US exchange): [[name:Emily Carter]], SSN [[ssn:533 81 2290]], seen in "
     "[[place:Arusha]] with falciparum malaria; her mother [[name:Susan]] emailed from "
     "[[email:susan.carter@example.com]]."),
    ("clean-campaign-summary",
     "Measles-rubella campaign, Kakheti region: 14,212 children aged 9 months to 14 years "
     "vaccinated (coverage 96.4%); 3 AEFI, all minor. Cold chain 2-8 °C throughout."),
    ("clean-tb-cohort",
     "TB cohort review, Q2: 118 registered, 104 treatment success (88%), 6 lost to follow-up, "
     "4 died, 4 not evaluated. 2HRZE/4HR for all new cases; 3 RR-TB on BPaLM."),
    ("clean-maternity",
     "Maternity monthly: 312 births, 41 LSCS (13%), 2 PPH > 1 L, 1 eclampsia; MgSO4 Pritchard "
     "regimen; no maternal deaths. Partograph use 94%."),
    ("clean-operating-list",
     "Operating list, theatre 1: bed 3 - appendicectomy; bed 7 - ORIF radius; bed 12 - "
     "hysterectomy. ASA I-II. Start 08:30; tourniquet times recorded."),
    ("clean-georgian-labs",
     "ჰემოგლობინი 9.1 გ/დლ, ლეიკოციტები 14.2, თრომბოციტები 98; CRP 188. "
     "Kaposi sarcoma and Burkitt lymphoma excluded."),
    ("clean-swahili-advice",
     "Ushauri: kunywa dawa kila siku saa 2 asubuhi; rudi kliniki baada ya wiki 4. "
     "Tanga Region, Côte d'Ivoire and Georgia protocols were compared."),
    ("clean-dari-vitals",
     "علایم حیاتی: فشار خون ۱۳۰/۸۵، نبض ۹۶، تنفس ۲۲؛ قند خون ۱۸۰. "
     "Patients aged 90 or older were excluded from the audit."),
    ("clean-ward-round",
     "Ward round: day 5 ceftriaxone, afebrile 48 h; Hb 10.4, Na 133; Wells 2; plan home "
     "tomorrow if eating. Addison disease and Cushing syndrome ruled out."),
    ("clean-portal",
     "Patient portal message: 'Thank you doctor, the new inhaler helps, I can walk 2 km now.' "
     "Reply: continue 2 puffs twice daily, review in 3 months."),
    ("rwanda-discussion",
     "Discussion: our MR coverage resembles the national cluster survey "
     "(https://doi.org/10.1186/s12889-019-7781-2) and the regional review at "
     "https://pubmed.ncbi.nlm.nih.gov/31184577/.", "discussion"),
]

F17_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH17: tuple[Note, ...] = build(F17_PART, per_category=26, clean=120, references=8) + F17_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH17 for e in n.expected)
    print(len(FRESH17), "notes,", sum(1 for n in FRESH17 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

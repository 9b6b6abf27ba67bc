"""FRESH38: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a thirty-fourth author during the nineteenth round; it is measured once, and
its result is recorded with that measurement. Its author read only tests/phi/generated.py (the
framework: Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring),
tests/phi/corpus.py (the Note type, the span conventions, parse, evaluate), the
de-identification section (5) of the project's domain notes (45 CFR 164.514(b)(2) Safe Harbor),
the module docstrings only of tests/phi/fresh30_notes.py to fresh34_notes.py (read with
ast.get_docstring), the wiring lines of fresh16_notes.py (its Part call, _letter, build and
__main__ lines, printed with grep -n and sed) and pyproject.toml's line length; not the
scanner, its patterns, name lists, model or data, its benchmark (bench/), its tests, the body
of any other fresh part (others were being written at the same time and were not opened), nor
their git history; the scanner was not run or imported while writing it, nor on its notes. Its
vocabulary, value shapes, keywords, connectors, frames, note styles and hand-written letters
are this author's own, as a global case-discussion board sees them: about half
English-language settings (Nunavut's Qikiqtani and Kivalliq hamlets with the Nunavut health
card, an NTI beneficiary number and Inuktitut names in English notes; northern Manitoba's Cree
communities with the PHIN, the Manitoba Health registration number and a treaty status number;
the Mississippi Delta with a US SSN and Mississippi Medicaid; outback Queensland with Medicare,
URN and rego; Fiji, Samoa and Tonga in English notes with Pacific names, chiefly titles and
FNPF numbers; Tanzania's and Kenya's English notes with NIDA, NHIF, the Kenyan ID and M-Pesa
references; Sri Lanka's English notes with the NIC and BHT numbers) and half non-English
settings in their languages and scripts: Madagascar (Malagasy and French, kara-panondro,
"taona", "ans"), Haiti (Haitian Creole, NIF, "an"), Curaçao (Papiamento and Dutch, sedula,
"aña", "jaar"), Tanzania and western Kenya (Swahili, NIDA, NHIF, "miaka"), KwaZulu-Natal
(isiZulu, SA ID, "iminyaka"), Kelantan (Malay, MyKad, No. RN, "tahun"), Cambodia (Khmer script,
"ឆ្នាំ"), Laos (Lao script, Buddhist-era dates, "ປີ"), Myanmar (Burmese script, NRC, "နှစ်"),
Sri Lanka (Sinhala script, NIC, "වයස"), Maharashtra (Marathi in Devanagari, Aadhaar, MJPJAY,
Devanagari digits, "वर्षे"), Andhra Pradesh (Telugu script, Aarogyasri, "సంవత్సరాలు"),
Afghanistan (Pashto, tazkira, Solar Hijri dates, Eastern Arabic digits, "کلن") and mainland
China (simplified Chinese, 18-digit resident ID, 医保卡, 住院号, 车牌, "岁"). Each setting has its
own hospitals, wards and headings in capitals (DISCHARGE SUMMARY, MEDEVAC REQUEST, TATITRA
FIVOAHANA, RAPÒ SÒTI, ONTSLAGBRIEF, MUHTASARI WA KURUHUSIWA, ISIFINYEZO SOKUPHUMA, RINGKASAN
DISCAJ, 出院小结), diseases with eponyms and place-like names (Burkitt lymphoma, Kaposi sarcoma,
Ross River virus, Q fever, Irukandji syndrome, Charcot foot, maladie de Hansen, ziekte van
Graves, penyakit Kawasaki, 帕金森病, 库欣综合征); small towns, hamlets and villages appear in
running prose, people are named in prose without labels, and plates are written as each
country writes them ("512 KLH", "HUB 7842", "JKT 418", "KCD 482T", "T 482 KLM", "NW QA-4417",
"MH 12 AB 1234", "AP 07 CK 4411", "ND 482-117", "川B·7K329") and a VIN. Document types:
medevac requests, nursing-station notes, RFDS retrievals, discharge summaries, referral and GP
letters, ER and WhatsApp chats, an SMS log, a telehealth log, ward tables, case-board posts,
clean notes and a discussion paragraph with literature references.

Conventions (tests/phi/corpus.py's and fresh30-34's docstrings'): a name without its title or
honorific (Dr, Mr, Mrs, Ms, Mme, Ratu, Encik, Nkk., mevrouw, ဒေါ်, 医生 stay out); a full name
in any order is one span ("RAKOTOMALALA Haingonirina", "W. M. Nilmini Jayasuriya", "Nurul
Aini binti Abdullah", "张晓燕"); staff names and a chat's speakers are names; an identifier
without its keyword; an age over 89 with its attached unit in any language ("92-year-old", "91
years old", "92 taona", "93 ans", "95 an", "91 aña", "92 jaar", "91 tahun", "92 ឆ្នាំ", "94 ປີ",
"93 နှစ်", "91 वर्षे", "93 సంవత్సరాలు", "۹۲ کلن", "91岁") or the number alone where no unit is
attached or the unit comes first ("aged 96", "miaka 90", "engu-93", "වයස 92"); ages under 90
are not marked (the clean notes carry 84-89); a date without its preposition, with a weekday
right before it and a time right after it; a year alone is not a date; Buddhist-era and Solar
Hijri dates are dates. The street line (or a P.O. box or a Malagasy lot number) is one span;
each locality (hamlet, reserve community, town, kampung, ភូមិ/ບ້ານ village, 市 and 区) and the
postcode are separate spans, a locative prefix joined by a hyphen stays out ("lase-Eshowe");
a named hospital, clinic or health centre is a place (the whole name, also when it holds a
town's or a person's name); states, provinces, territories, regions, counties, islands and
countries (Nunavut, MB, MS, QLD, Vava'u, 湖南省) are never marked, nor ward names or highways.
Categories: `ssn` is a US Social Security number only (Mississippi patients); other national
numbers (NIDA, Kenyan ID, Sri Lankan NIC, MyKad, Malagasy CIN, Haitian NIF, sedula, SA ID,
Cambodian ID, Myanmar NRC, Aadhaar, tazkira, 身份证, treaty status and NTI beneficiary numbers,
FNPF) are `other_id`; insurance numbers (Nunavut health card, PHIN, Manitoba Health
registration, Mississippi Medicaid, Medicare, NHIF, MJPJAY, Aarogyasri, 医保卡) are
`health_plan`; hospital, URN, BHT, RN and 住院号 numbers are `mrn`; passports, driving
licences and professional registrations are `licence`; accounts, invoices and M-Pesa
references are `account`; plates and VINs are `vehicle`; pump, sensor, concentrator,
pacemaker and hearing-aid serials are `device`.

Built as build(F38_PART, per_category=26, clean=120, references=8) + F38_LETTERS (52
hand-written notes: 39 with identifiers, one of them a web address in a patient_information
section, 12 clean, 1 reference paragraph in a discussion): 690 notes, 141 of them (20%)
without any identifier (120 generated clean notes, 8 reference notes in an introduction or
discussion, 12 clean letters, 1 reference letter), 807 spans - name 100, address 38, place
108, zip 33, date 41, age 52, phone 51, fax 28, email 29, ssn 28, mrn 31, health_plan 36,
account 27, licence 28, vehicle 34, device 28, url 43, ip 28, other_id 44
(`python -m tests.phi.fresh38_notes` prints them). Checked without the scanner (a throwaway
script): every span's text is the note's text at its offsets and has no surrounding blanks, no
marks or slots are left in the text, no spans overlap, note ids are unique, every category is
in generated.CATEGORY_ORDER, every marked age is over 89, builds under PYTHONHASHSEED=1 and
4242 are identical, and the module imports in under half a second. Deterministic: its own seed
(19_038), values drawn from the builder's fixed-seed Random, no hash-order dependence.

    from tests.phi.fresh38_notes import FRESH38, F38_PART, F38_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
Not wired into any test or bench: measure it once."""
from __future__ import annotations

import random
import string

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _l(r: random.Random, n: int) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_MG_MONTHS = ["Janoary", "Febroary", "Martsa", "Aprily", "Mey", "Jona", "Jolay", "Aogositra",
              "Septambra", "Oktobra", "Novambra", "Desambra"]
_SW_MONTHS = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti",
              "Septemba", "Oktoba", "Novemba", "Desemba"]
_MS_MONTHS = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September",
              "Oktober", "November", "Disember"]
_FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"]
_HT_MONTHS = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm",
              "oktòb", "novanm", "desanm"]
_NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december"]
_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _f38_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1926, 2025)
    hh, mm = r.randint(0, 23), r.choice((0, 10, 20, 35, 45, 55))
    month = _EN_MONTHS[m - 1]
    return r.choice([
        f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}", f"{month} {d}, {y}", f"{d} {month} {y}",
        f"{d:02d}-{month[:3]}-{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}",
        f"{r.choice(_WEEKDAYS)} {d}/{m}/{y}", f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}",
        f"{y}年{m}月{d}日", f"{d} {_MG_MONTHS[m - 1]} {y}", f"{d} {_SW_MONTHS[m - 1]} {y}",
        f"{d} {_MS_MONTHS[m - 1]} {y}", f"{d} {_FR_MONTHS[m - 1]} {y}",
        f"{d} {_HT_MONTHS[m - 1]} {y}", f"{d} {_NL_MONTHS[m - 1]} {y}",
        f"{d:02d}/{m:02d}/{y + 543}", f"{y - 621}/{m:02d}/{d:02d}",
    ])


def _f38_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 104)
    return r.choice([
        ("a {age} Inuk elder from the hamlet", f"{n}-year-old"),
        ("aged {age}, lives with her grandson", f"{n}"),
        ("{age} F from the nursing home, fall overnight", f"{n}yo"),
        ("a {age} retired sharecropper", f"{n} year old"),
        ("a {age} Tongan grandmother", f"{n}-year-old"),
        ("age {age}, ex-stockman", f"{n}"),
        ("marary {age} avy any ambanivohitra", f"{n} taona"),
        ("patiente de {age}, veuve", f"{n} ans"),
        ("yon granmoun {age} ki tonbe lakay li", f"{n} an"),
        ("un señora di {age}", f"{n} aña"),
        ("een man van {age}", f"{n} jaar"),
        ("bibi mwenye umri wa miaka {age}", f"{n}"),
        ("ugogo oneminyaka engu-{age}", f"{n}"),
        ("warga emas berumur {age}", f"{n} tahun"),
        ("អាយុ {age}", f"{n} ឆ្នាំ"),
        ("ອາຍຸ {age}", f"{n} ປີ"),
        ("အသက် {age}", f"{n} နှစ်"),
        ("වයස {age}", f"{n}"),
        ("वय {age}", f"{n} वर्षे"),
        ("వయస్సు {age}", f"{n} సంవత్సరాలు"),
        ("عمر {age}", f"{n} کلن"),
        ("患者{age}，独居", f"{n}岁"),
    ])


def _f38_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"(867) 979-{_d(r, 4)}", f"867-645-{_d(r, 4)}", f"(204) 677-{_d(r, 4)}",
        f"662-627-{_d(r, 4)}", f"(662) 887-{_d(r, 4)}", f"(07) 4658 {_d(r, 4)}",
        f"04{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"+679 {r.randint(7, 9)}{_d(r, 2)} {_d(r, 4)}",
        f"+685 7{_d(r, 2)} {_d(r, 4)}", f"+676 7{_d(r, 2)} {_d(r, 4)}",
        f"+255 7{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"07{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"+94 7{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}", f"+261 34 {_d(r, 2)} {_d(r, 3)} {_d(r, 2)}",
        f"+509 3{_d(r, 3)}-{_d(r, 4)}", f"+599 9 {_d(r, 3)} {_d(r, 4)}",
        f"01{_d(r, 1)}-{_d(r, 3)} {_d(r, 4)}", f"+855 {r.randint(10, 99)} {_d(r, 3)} {_d(r, 3)}",
        f"+856 20 {_d(r, 4)} {_d(r, 4)}", f"09 {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
        f"+91 9{_d(r, 4)} {_d(r, 5)}", f"+93 7{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"138 {_d(r, 4)} {_d(r, 4)}", f"0{r.randint(71, 84)} {_d(r, 3)} {_d(r, 4)}",
    ])


def _f38_fax(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"(867) 979-{_d(r, 4)}", f"(204) 677-{_d(r, 4)}", f"662-624-{_d(r, 4)}",
        f"(07) 4658 {_d(r, 4)}", f"+255 22 {_d(r, 3)} {_d(r, 4)}", f"020 {_d(r, 3)} {_d(r, 4)}",
        f"+94 37 {_d(r, 3)} {_d(r, 4)}", f"+599 9 {_d(r, 3)} {_d(r, 4)}",
        f"03-{_d(r, 4)} {_d(r, 4)}", f"0{r.randint(31, 35)} {_d(r, 3)} {_d(r, 4)}",
        f"0312-{_d(r, 7)}", f"+679 {_d(r, 3)} {_d(r, 4)}",
    ])


def _f38_cn_id(r: random.Random) -> str:
    area = r.choice(["130602", "430203", "510703", "410205", "430302"])
    body = f"{area}{r.randint(1926, 2005)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_d(r, 3)}"
    return body + r.choice("0123456789X")


F38_VALUES = {
    "mrn": lambda r, h: r.choice([
        _d(r, 6), f"UR{_d(r, 6)}", _d(r, 7), f"KNH/{_d(r, 6)}", f"ZY{_d(r, 8)}",
        f"RN{_d(r, 7)}", f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}", f"H{_d(r, 6)}",
        f"{r.randint(2019, 2025)}/{_d(r, 5)}", f"MNH-{_d(r, 6)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", f"1{_d(r, 8)}", _d(r, 9),
        f"{r.randint(2, 6)}{_d(r, 3)} {_d(r, 5)} {_d(r, 1)}", _d(r, 8),
        f"{_l(r, 1)}{_d(r, 8)}", f"{_d(r, 2)}-{_d(r, 8)}", f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}"]),
    "account": lambda r, h: r.choice([
        f"{_d(r, 3)}-{_d(r, 6)}-{_d(r, 1)}", f"6222 {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}",
        f"INV-{_d(r, 6)}", f"{_d(r, 12)}", f"{_l(r, 3)}{_d(r, 1)}{_l(r, 2)}{_d(r, 1)}{_l(r, 4)}",
        f"{_d(r, 2)}-{_d(r, 4)}-{_d(r, 6)}", f"{_d(r, 6)}-{_d(r, 2)}"]),
    "licence": lambda r, h: r.choice([
        f"AK{_d(r, 7)}", f"E{_d(r, 8)}", f"N{_d(r, 7)}", f"P{_d(r, 8)}", _d(r, 9),
        f"MED000{_d(r, 7)}", f"A{_d(r, 4)}", f"{_d(r, 5)}", f"{_l(r, 2)}{_d(r, 2)} {_d(r, 11)}",
        f"{_l(r, 5)}{_d(r, 3)}{_l(r, 2)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{_d(r, 3)} {_l(r, 3)}", f"{_l(r, 3)} {_d(r, 4)}", f"{_l(r, 3)} {_d(r, 3)}",
        f"KC{_l(r, 1)} {_d(r, 3)}{_l(r, 1)}", f"T {_d(r, 3)} {_l(r, 3)}",
        f"WP {_l(r, 3)}-{_d(r, 4)}", f"MH {r.randint(11, 45)} {_l(r, 2)} {_d(r, 4)}",
        f"AP {r.randint(10, 39):02d} {_l(r, 2)} {_d(r, 4)}", f"冀F·{_d(r, 3)}{_l(r, 1)}{_d(r, 1)}",
        f"N{_l(r, 1)} {_d(r, 3)}-{_d(r, 3)}", f"{_l(r, 2)} {_d(r, 3)}", f"{_d(r, 4)} T{_l(r, 2)}",
        f"AA-{_d(r, 5)}", f"2{_l(r, 1)}-{_d(r, 4)}", f"1HGCM{_d(r, 5)}{_l(r, 1)}{_d(r, 6)}"]),
    "device": lambda r, h: r.choice([
        f"{_l(r, 3)}{_d(r, 6)}", f"{_d(r, 10)}", f"{_l(r, 2)}-{_d(r, 5)}-{_l(r, 1)}",
        f"SN{_d(r, 8)}", f"{_d(r, 15)}", f"{_l(r, 1)}{_d(r, 2)}{_l(r, 2)}{_d(r, 5)}"]),
    "other_id": lambda r, h: r.choice([
        f"{r.randint(1930, 2005)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{_d(r, 5)}-"
        f"{_d(r, 5)}-{_d(r, 2)}", _d(r, 8), f"{r.randint(40, 99)}{_d(r, 7)}V",
        f"{r.randint(1935, 2004)}{_d(r, 8)}", f"{_d(r, 6)}-{_d(r, 2)}-{_d(r, 4)}",
        _f38_cn_id(r), f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 5)}", _d(r, 13),
        f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}", _d(r, 10),
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
        f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}-{_d(r, 1)}", f"12/MaYaKa(N){_d(r, 6)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(400, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(400, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}",
        f"{r.randint(400, 665)}{r.randint(10, 99)}{r.randint(1000, 9999)}"]),
    "phone": _f38_phone,
    "fax": _f38_fax,
    "email": lambda r, h: r.choice([
        "{g}.{s}@example.com", "{s}{n}@example.co.ke", "{g}_{s}@example.com.au",
        "{g}{s}{n}@example.ca", "{s}.{g}@example.lk", "{g}{n}@example.net"]),
    "url": lambda r, h: r.choice([
        "https://www.example.org/{g}-{s}", "example.co.tz/{g}{s}", "https://{s}{n}.example.net/",
        "http://fundraise.example.com/{g}-{s}-{n}", "www.example.com.au/stories/{s}"]),
    "ip": lambda r, h: r.choice([
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"203.0.113.{r.randint(1, 254)}", f"2001:db8::{r.randint(1, 65535):x}"]),
    "zip": lambda r, h: r.choice([
        f"X0{r.choice('ABC')} {r.randint(0, 9)}{_l(r, 1)}{r.randint(0, 9)}",
        f"R{r.randint(0, 9)}{_l(r, 1)} {r.randint(0, 9)}{_l(r, 1)}{r.randint(0, 9)}",
        f"38{_d(r, 3)}", f"4{r.randint(470, 899)}", f"{_d(r, 5)}", f"{_d(r, 3)}",
        f"{r.randint(10, 99)}{_d(r, 4)}", f"4{_d(r, 2)} {_d(r, 3)}", f"{r.randint(1000, 4399)}",
        f"{r.randint(1001, 3999)}", f"5{_d(r, 2)} {_d(r, 3)}"]),
    "date": _f38_date,
}

F38_VOCABULARY = Vocabulary(
    given=["Pauloosie", "Leetia", "Akeeshoo", "Malachi", "Lula Mae", "DeShawn", "Bronte",
           "Lavinia", "Sione", "Losana", "Tavita", "Rija", "Haingonirina", "Wesner",
           "Rosemène", "Shurendy", "Neema", "Baraka", "Wanjiku", "Sibusiso", "Nomvula",
           "Nurul Aini", "Sokha", "Bounthavy", "Nilmini", "Chaminda", "Sarita", "Venkata Ramana",
           "Gulalai", "Xiaoyan"],
    surnames=["Kilabuk", "Angootealuk", "Ittinuar", "Flett", "McIvor", "Pemberton",
              "Whitfield", "Doolan", "Havili", "Tupou", "Vakaloloma", "Tuiasosopo",
              "Rakotomalala", "Andrianarisoa", "Jean-Baptiste", "Isenia", "Martina", "Mollel",
              "Mushi", "Kipchumba", "Mkhize", "Ngcobo", "bin Abdullah", "Phommavong",
              "Jayasuriya", "Deshmukh", "Nallapati", "Wardak", "Zhang"],
    cities=["Pangnirtung", "Arviat", "Igloolik", "Norway House", "Cross Lake", "Flin Flon",
            "Clarksdale", "Belzoni", "Indianola", "Ruleville", "Longreach", "Winton",
            "Cunnamulla", "Barcaldine", "Labasa", "Savusavu", "Salelologa", "Neiafu", "Moshi",
            "Tanga", "Kisumu", "Garissa", "Kurunegala", "Anuradhapura", "Toamasina",
            "Antsirabe", "Jacmel", "Hinche", "Barber", "Eshowe", "Nongoma", "Kota Bharu",
            "Battambang", "Pakse", "Taunggyi", "Solapur", "Latur", "Nellore", "Kurnool",
            "Lashkar Gah", "Khost", "Zhuzhou", "Mianyang"],
    streets=["Magnolia", "Cotton", "Mivvik", "Eyre", "Uhuru", "Baobab", "Galle", "Tamarind",
             "Merdeka", "Frangipani"],
    relations=["daughter", "son", "granddaughter", "wife", "husband", "niece", "nephew",
               "sister", "aunt", "grandson", "interpreter"],
    clean=[
        "Hb 8.9 g/dL, WBC 13.4 x10^9/L, Plt 112 x10^9/L; CRP 96 mg/L.",
        "TB ward review: GeneXpert MTB detected, rifampicin resistance not detected.",
        "RDT malaria positive; artemether-lumefantrine started, parasitaemia 2%.",
        "Burkitt lymphoma and Kaposi sarcoma were in the differential.",
        "Medevac to the regional centre declined by weather; fly-out at 0800 if cleared.",
        "Ross River virus IgM negative; melioidosis serology pending.",
        "Rheumatic heart disease with moderate MS; benzathine penicillin every 28 days.",
        "BP 168/94 mmHg, HR 88, RR 20, T 37.9, SpO2 94% RA.",
        "HbA1c 9.2%; eGFR 38 mL/min/1.73m2; ACR 42 mg/mmol.",
        "Chagas-like picture excluded; Addison disease and Hodgkin lymphoma considered.",
        "Nurse-in-charge spoke with the on-call physician; plan unchanged.",
        "ECG: AF 112, LBBB; echo EF 35%, TAPSE 15 mm.",
        "Fanafody: paracetamol 1 g isaky ny 6 ora; ORS.",
        "Tansyon 150/90; glikemi 2.1 g/L; pa gen lafyèv.",
        "Shinikizo la damu 140/90 mmHg; Hb 9.1 g/dL; wodi ya wanawake.",
        "Umfutho wegazi 130/85; isifo sofuba (TB) - umuthi wosuku lwesi-56.",
        "Tekanan darah 150/95 mmHg; wad perubatan lelaki, katil 12.",
        "血压 150/90 mmHg，心率 96 次/分；糖化血红蛋白 8.4%。",
        "GCS E3V4M6; geen focale uitval; afdeling interne geneeskunde.",
        "An 84-year-old with Parkinson disease and an 88-year-old brother with Graves disease.",
        "NEWS2 6, qSOFA 2, CURB-65 3, Wells score 4.",
        "Day 5 of ceftriaxone 2 g IV daily; review at 48 h.",
        "Guillain-Barré syndrome excluded; Babinski sign negative bilaterally.",
        "MRSA swab negative; contact precautions stopped on ward 4.",
        "Fasting glucose 11.2 mmol/L on 2024 and 2025 checks.",
        "Hoogte 1.62 m, gewicht 58 kg, BMI 22.1.",
        "G4P3 at 34+2 weeks; fundal height 33 cm; FHR 144.",
    ],
    seed=19_038,
)

F38_CONNECTORS = [": ", " ", " - ", " no. ", ":\n", " # ", " = ", " / ", ":  ", " No: "]
F38_FRAMES = ["{kv}", "{kv}.", "* {kv}", "{kw}: {v} (sighted)", "| {kw} | {v} |",
              "Admin: {kv}", "{kv}; copied from the card", "{kw}\n{v}", "[{kv}]",
              "{kv} - checked with family"]
F38_KEYWORDS = {
    "mrn": ["URN", "UR no.", "Chart no.", "Hosp. No.", "BHT no.", "IP No", "住院号", "No. RN",
            "Nimewo dosye", "Namba ya jalada", "Nomer di dossier", "Laharana marary"],
    "health_plan": ["PHIN", "MB Health reg. no.", "NU health card", "Medicaid ID", "Medicare no.",
                    "NHIF no.", "NHIF card", "医保卡号", "Medicare card", "Medicaid #"],
    "account": ["Acct", "Account no.", "Invoice", "M-Pesa ref", "Kont", "账号", "No. akaun",
                "Rekening", "Bill no."],
    "licence": ["Passport", "DL", "QLD licence", "AHPRA reg", "KMPDC reg", "SLMC reg. no.",
                "护照号", "Lesen memandu", "Paspò", "Driver's license"],
    "vehicle": ["Rego", "Plate", "Reg. no.", "Nambari ya gari", "车牌", "No. plat", "Plak",
                "Vehicle no."],
    "device": ["S/N", "Serial", "Pump S/N", "Concentrator serial", "PPM serial", "序列号",
               "No. siri", "Hearing aid S/N"],
    "other_id": ["NIDA", "National ID", "NIC", "MyKad", "No. K/P", "Tazkira", "身份证号",
                 "Treaty status no.", "NTI beneficiary no.", "Aadhaar", "SA ID", "CIN", "NIF",
                 "Sedula", "FNPF no."],
    "ssn": ["SSN", "Soc. Sec. #", "Social Security"],
    "phone": ["Ph", "Cell", "Mob.", "Simu", "Telefòn", "Telefon", "电话", "Tel",
              "Inombolo yocingo", "Finday"],
    "fax": ["Fax", "Fax no.", "传真", "Faks", "Fax to"],
}
F38_AFTER = ["{v} ({kw})", "{v} - {kw}", "{v}, {kw} on file", "{v} = {kw}"]
F38_SENTENCES = {
    "licence": ["Passport {v} held by the patient travel office.",
                "His driver's license {v} was found in the truck.",
                "Locum registered with AHPRA, reg {v}, covered the clinic.",
                "Pasipoti namba {v} imenakiliwa.", "Paspò li {v} rete lakay."],
    "vehicle": ["Rollover on the Matilda Highway; ute rego {v}.",
                "Pickup {v} left in the clinic lot.", "Bodaboda {v} iligongwa na lori.",
                "Motorsikal {v} terbabas di simpang.", "电动车{v}与货车相撞。"],
    "mrn": ["Old chart under {v} at the health centre.", "Merge duplicate URN {v}.",
            "Rekod lama di bawah {v}.", "旧病历号{v}需合并。"],
    "health_plan": ["Medicaid {v} active through the end of the month.",
                    "Manitoba Health card {v} sighted by the nurse.",
                    "Kadi ya NHIF {v} imethibitishwa.", "医保卡{v}已核对。"],
    "account": ["Deposit paid against invoice {v}.", "Refund to account {v} requested.",
                "Malipo ya M-Pesa {v} yamepokelewa."],
    "device": ["Oxygen concentrator serial {v} swapped by the supplier.",
               "Insulin pump {v} downloaded in clinic.", "起搏器序列号{v}已程控。"],
    "other_id": ["NIDA {v} imehakikiwa.", "Sri Lankan NIC {v} copied for the claim.",
                 "MyKad {v} disahkan di kaunter.", "身份证{v}已登记。",
                 "Treaty status card {v} shown at the nursing station."],
    "ssn": ["SSN {v} on the disability form.", "Social Security number {v} for the Medicaid "
            "application."],
    "phone": ["Daughter [[name:Leetia]] can be reached on {v}.", "Mpigie binti yake kwa {v}.",
              "Rele pitit fi li nan {v}.", "Call the homestead on {v} after 6 pm.",
              "女儿电话{v}。"],
    "fax": ["Discharge summary faxed to {v}.", "Referral faxed to the nursing station, {v}."],
    "email": ["Granddaughter wants updates at {v}.", "Send the summary to {v}.",
              "Tuma ripoti kwa {v}."],
    "url": ["Her family set up a page at {v}.", "He blogs about his dialysis at {v}.",
            "The church posted the appeal on {v}."],
    "ip": ["Telehealth cart at {v} dropped the call.", "Remote login to the PACS from {v}.",
           "Kamera ya telemedicine {v} ilikatika."],
    "zip": ["Postal code {v}.", "Mailing address ends in MS {v}.", "Postcode {v} for the "
            "PATS claim.", "Msimbo wa posta {v}.", "Poskod {v}.", "邮编{v}"],
    "date": ["Admitted {v}.", "DOB {v}", "Seen in clinic on {v}.", "Discharged {v} 14:00 to "
             "the hostel.", "Alizaliwa {v}.", "Teraka tamin'ny {v}.", "Li mouri {v}.",
             "Tarikh masuk wad: {v}", "入院日期：{v}", "Opgenomen op {v}.", "Died {v}."],
    "address": ["Lives at [[address:{n} {street} Street]] with her daughter.",
                "Home: [[address:Lot {n} {street} Road]], off the highway.",
                "Address: [[address:{n} Jalan {street}]]",
                "Anaishi [[address:Mtaa wa {street}, Nyumba Na. {n}]].",
                "Adrès: [[address:{n}, Ri {street}]]",
                "Mailing: [[address:P.O. Box {n}]]"],
    "place": ["Flown out from {city} on the sked.", "Lives on a cattle station near {city}.",
              "Transferred from the health centre in {city}.", "Anatoka {city}.",
              "Li soti {city}.", "Berasal dari {city}.", "Farmer from a village near {city}."],
    "name": ["{full} was seen by the nurse.", "NOK: {given} ({rel}).",
             "Her {rel} {given} interpreted.", "Mrs {surname} declined the flight.",
             "{given}'s sugars were high overnight.", "Mgonjwa {full} amelazwa.",
             "Pasyan {full} te rive ak {rel} li.", "Discussed with {full}, the {rel}."],
}
F38_REFERENCES = [
    "Similar presentations are described (https://doi.org/10.1016/S0140-6736(21){n}-1).",
    "See the WHO guidance at https://www.who.int/publications/i/item/{n} for dosing.",
    "A series from East Africa (https://pubmed.ncbi.nlm.nih.gov/{n}/) reported the same.",
]
F38_STYLES = [
    "NURSING STATION NOTE\n{body}\nPlan: medevac if deteriorates; call back in 4 h.",
    "DISCHARGE SUMMARY - Medical Ward\n{body}\nFollow-up: outreach clinic in 2 weeks.",
    "Case-board post:\n{body}\nAny thoughts on next steps welcome.",
    "Referral letter\nDear colleague,\n{body}\nKind regards, the district team.",
    "MUHTASARI WA KURUHUSIWA\n{body}\nUshauri: rudi kliniki baada ya wiki 2.",
    "出院小结\n{body}\n出院医嘱：按时服药，门诊随访。",
    "RINGKASAN DISCAJ\n{body}\nTemujanji susulan: klinik pakar 4 minggu.",
    "| Bed | Details | Plan |\n|---|---|---|\n| 3 | {body} | review am |",
    "{body}",
    "{body}",
]
F38_PART = Part("fresh38", F38_VOCABULARY, F38_CONNECTORS, F38_FRAMES, F38_KEYWORDS,
                F38_SENTENCES, F38_AFTER, F38_REFERENCES, True, values=F38_VALUES,
                age=_f38_age, styles=F38_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh38-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("nunavut-medevac",
     "MEDEVAC REQUEST - [[place:Pangnirtung Health Centre]]\nPatient: [[name:Akeeshoo Kilabuk]],"
     " [[age:93]] F\nNU health care no. [[health_plan:128473391]]\nDOB [[date:14/02/1931]]\n"
     "Nurse: [[name:Bronwen Tait]] RN, ph [[phone:(867) 473-8812]]\nEscort: grandson [[name:Jaco"
     " Kilabuk]] (Inuktitut and English).\nSpO2 86% RA, RR 30; CXR LLL consolidation. Weather "
     "hold until 1400."),
    ("kivalliq-prose",
     "Ms. [[name:Leetia Ittinuar]] is an Inuk elder from [[place:Arviat]], aged [[age:96]], who "
     "spends the summer at a camp up the coast. Her son [[name:Paul Ittinuar]] brought her to "
     "[[place:Kivalliq Health Centre]] in [[place:Rankin Inlet]] on [[date:August 12, 2024]]. "
     "Her NTI beneficiary number [[other_id:104772193]] was sighted; her atiq, "
     "[[name:Ataguttaaluk]], is the name the family uses."),
    ("norway-house",
     "Nursing station note - [[place:Norway House]]\n[[name:Cora McIvor]], treaty status no. "
     "[[other_id:2631884102]], PHIN [[health_plan:118 402 773]], MB Health reg. "
     "[[health_plan:482917]]. Mail to [[address:Box 318]], [[place:Norway House]], MB "
     "[[zip:R0B 1B0]]. Sent out to [[place:Thompson General Hospital]] on [[date:03/11/2024]] "
     "by road after the ice road opened."),
    ("thompson-discharge",
     "DISCHARGE - [[place:Thompson General Hospital]]\n[[name:Melvin Flett]] ([[age:91 years "
     "old]]) from [[place:Cross Lake]]. Winter road rollover: his pickup, plate [[vehicle:JKT "
     "418]], went into the ditch. Cell [[phone:204-676-3391]]. Summary faxed to the nursing "
     "station, fax [[fax:(204) 676-2250]]."),
    ("delta-clinic",
     "Family medicine, [[place:Clarksdale]]\nPatient: [[name:Lula Mae Whitfield]], [[age:94]]\n"
     "SSN [[ssn:428-61-3397]]; Mississippi Medicaid ID [[health_plan:208417736]]\nAddress: "
     "[[address:1407 Magnolia Row]], [[place:Clarksdale]], MS [[zip:38614]]\nHer granddaughter "
     "[[name:Keisha]] drives her in from [[place:Lula]] on Tuesdays; BP 182/96 today."),
    ("delta-er-chat",
     "[[name:DeShawn Pemberton]]: 58M from [[place:Belzoni]], MVC on 49W, truck tag "
     "[[vehicle:HUB 7842]]\n[[name:DeShawn Pemberton]]: SSN [[ssn:587 20 4461]], mom "
     "[[name:Ernestine]] at [[phone:(662) 247-0391]]\n[[name:Tasha Greer]]: CT head neg, "
     "admit to [[place:Greenwood Leflore Hospital]] obs."),
    ("delta-licence",
     "Police at bedside asked for the driver's license of the passenger; ours lists license "
     "[[licence:801447239]] for [[name:Malachi Pemberton]], born [[date:3/9/1931]], of "
     "[[address:22 Cotton Lane]], [[place:Ruleville]]."),
    ("qld-rfds",
     "RFDS RETRIEVAL - [[place:Longreach Hospital]] to [[place:Rockhampton Hospital]]\n"
     "[[name:Bronte Doolan]], [[age:92-year-old]] retired grazier from a station out of "
     "[[place:Winton]]. URN [[mrn:408213]], Medicare [[health_plan:4172 39015 2]]. Wife "
     "[[name:Marg]] on [[phone:(07) 4657 1284]]. Ute rego [[vehicle:512 KLH]] left at the strip."),
    ("qld-gp-letter",
     "Dear Dr [[name:Okoro]],\nRe: [[name:Colin Tatts]], DOB [[date:02/09/1933]], [[address:14 "
     "Eyre Street]], [[place:Cunnamulla]] QLD [[zip:4490]]\nMelioidosis confirmed on blood "
     "culture; meropenem for 14 days then cotrimoxazole. He prefers e-mail: "
     "[[email:colin.tatts@example.com.au]]."),
    ("qld-pump",
     "[[place:Mount Isa]] diabetes outreach: insulin pump S/N [[device:MMT-1780K-44219]] for "
     "[[name:Jedda Whitfield]], URN [[mrn:UR552017]]; CGM sensor lot [[device:5K2291047]] "
     "failed on day 3."),
    ("fiji-labasa",
     "[[place:Labasa Hospital]] medical ward\n[[name:Losana Vakaloloma]], [[age:90]], from "
     "[[place:Nabouwalu]]. FNPF no. [[other_id:441729]]. Her son Ratu [[name:Josefa "
     "Vakaloloma]] travelled from [[place:Savusavu]], phone [[phone:+679 927 4413]]. RHD with "
     "severe MS; benzathine penicillin monthly."),
    ("samoa-apia",
     "[[name:Tavita Tuiasosopo]], 67, from [[place:Salelologa]] was referred to "
     "[[place:Tupua Tamasese Meaole Hospital]]. His wife [[name:Fa'amanu]] answers "
     "[[phone:+685 772 3310]]; passport [[licence:SP193847]] for the overseas treatment scheme."),
    ("tonga-vaiola",
     "[[place:Vaiola Hospital]], [[place:Nuku'alofa]]: [[name:Mele Havili]] ([[age:97]]) flown "
     "down from [[place:Neiafu]]. Daughter [[name:'Ofa Tupou]] in [[place:Auckland]]: "
     "[[email:ofa.tupou@example.co.nz]]. Admitted [[date:21 June 2025]]."),
    ("tanzania-kcmc",
     "[[place:Kilimanjaro Christian Medical Centre]], [[place:Moshi]]\nPatient [[name:Neema "
     "Mollel]] from [[place:Himo]]; NIDA [[other_id:19450817-23110-00004-19]], NHIF card "
     "[[health_plan:104738226514]]. Phone [[phone:+255 754 318 902]]. Hb 6.8; transfused."),
    ("kenya-kisumu",
     "[[place:Jaramogi Oginga Odinga Teaching and Referral Hospital]], [[place:Kisumu]]. "
     "Pt [[name:Wanjiku Njoroge]], ID [[other_id:23847719]], NHIF [[health_plan:5510382]]. "
     "Deposit via M-Pesa ref [[account:SLK4H7QZ2P]]. Matatu [[vehicle:KCD 482T]] hit her at "
     "[[place:Kondele]]."),
    ("srilanka-english",
     "[[place:Teaching Hospital Kurunegala]], Ward 12\n[[name:W. M. Nilmini Jayasuriya]], "
     "[[age:91]], NIC [[other_id:337821934V]], BHT no. [[mrn:2024/18832]], from "
     "[[place:Kuliyapitiya]]. Son [[name:Chaminda]] on [[phone:+94 77 318 2249]]. "
     "Three-wheeler [[vehicle:NW QA-4417]] accident."),
    ("kenya-telehealth",
     "Telehealth log: Dr [[name:Achieng Ouma]] joined from [[ip:10.42.7.118]] at 09:10; "
     "[[place:Garissa]] site on [[ip:192.168.20.14]]. Patient [[name:Abdi Farah Hassan]] "
     "consented. Notes to [[email:achieng.ouma@example.co.ke]]."),
    ("lavinia-history",
     "History: [[name:Lavinia Tupou]] documented her recovery from rheumatic fever at "
     "[[url:https://www.example.org/lavinia-recovery]] and asked us to cite it.",
     "patient_information"),
    ("nunavut-sms",
     "SMS 07:42 from [[phone:867-645-2291]]: anaana fell, [[name:Pauloosie]] carrying her to "
     "the health centre\nSMS 07:44 reply: ok, nurse [[name:Gemma Ross]] waiting\nSMS 08:10: "
     "she says her hip hurts, she is [[age:95]]"),
    ("mg-malagasy",
     "TATITRA FIVOAHANA - [[place:CHU Analankininina]]\nAnarana: [[name:RAKOTOMALALA "
     "Haingonirina]]\nTaona: [[age:92 taona]]\nTeraka tamin'ny [[date:12 Martsa 1932]] tao "
     "[[place:Vatomandry]]\nMonina: [[address:Lot IVB 47 Ter]], [[place:Ankirihiry]], "
     "[[place:Toamasina]] [[zip:501]]\nFinday: [[phone:+261 34 12 345 67]]\nKarapanondro: "
     "[[other_id:501 011 024 318]]"),
    ("mg-french",
     "Compte rendu - Mme [[name:Andrianarisoa Fanja]], [[age:93 ans]], adressée par le CSB II "
     "d'[[place:Ambohimahasoa]] le [[date:4 février 2025]]. Sa fille [[name:Voahangy]] (tél. "
     "[[phone:+261 32 05 118 42]]) l'accompagne. Paludisme grave; artésunate IV."),
    ("haiti-kreyol",
     "RAPÒ SÒTI - [[place:Lopital Inivèsite Mirebalais]]\nPasyan: [[name:Rosemène "
     "Jean-Baptiste]], [[age:95 an]], soti [[place:Hinche]]\nNIF [[other_id:004-218-337-6]]\n"
     "Pitit gason li [[name:Wesner]]: [[phone:+509 3718-2240]]\nLi te antre [[date:4 out 2024]]"
     "; kolera, dezidratasyon grav."),
    ("haiti-whatsapp",
     "[[name:Mirlande]]: Doktè, manman m [[name:Anne-Marie Pierre-Louis]] pa ka manje depi "
     "yè\n[[name:Mirlande]]: nou rete [[address:12, Ri Baranquilla]], [[place:Jacmel]]\n"
     "Dr [[name:Joseph]]: mennen l [[place:Lopital Sen Mikèl]] kounye a."),
    ("curacao-papiamento",
     "[[place:Curaçao Medical Center]]\nPashènt: [[name:Shurendy Isenia]], [[age:91 aña]], ta "
     "biba na [[address:Kaya Flamboyan 14]], [[place:Barber]]. Sedula [[other_id:1933042517]]. "
     "Su yu muhé [[name:Gisela Martina]]: tel. [[phone:+599 9 512 3344]]."),
    ("curacao-dutch",
     "Ontslagbrief - mevrouw [[name:Martina]], geboren [[date:17 juni 1932]], [[age:92 jaar]], "
     "wonend [[address:Schottegatweg Oost 112]], [[place:Willemstad]]. Verwezen door huisarts "
     "[[name:Isenia]] te [[place:Sint Willibrordus]]. Fax huisarts [[fax:+599 9 434 7781]]."),
    ("tz-swahili",
     "MUHTASARI WA KURUHUSIWA - [[place:Hospitali ya Rufaa ya Mkoa wa Tanga]]\nJina: "
     "[[name:Baraka Mushi]], miaka [[age:90]], kutoka kijiji cha [[place:Mlalo]]\nNamba ya "
     "NIDA: [[other_id:19340211-51104-00001-27]]\nNHIF: [[health_plan:101847392265]]\nSimu ya "
     "mke wake [[name:Rehema]]: [[phone:0754 218 330]]\nAlilazwa tarehe [[date:3 Machi 2025]]."),
    ("ke-swahili-chat",
     "[[name:Kipchumba]]: Daktari, babu yangu [[name:Kiprono arap Kosgei]] ana miaka "
     "[[age:98]]\n[[name:Kipchumba]]: tuko [[place:Kapsabet]], simu [[phone:0722 418 905]]\n"
     "Nesi [[name:Chebet]]: mlete [[place:Moi Teaching and Referral Hospital]] leo."),
    ("kzn-zulu",
     "ISIFINYEZO SOKUPHUMA - [[place:Ngwelezana Hospital]], [[place:Empangeni]]\nIsiguli: "
     "[[name:Nomvula Mkhize]], oneminyaka engu-[[age:93]]\nInombolo kamazisi: "
     "[[other_id:3105120412088]]\nIkheli: [[address:23 Mzimvubu Road]], [[place:Esikhawini]] "
     "[[zip:3887]]\nIndodakazi yakhe, Nkk. [[name:Thandeka Ngcobo]]: [[phone:072 418 3302]]"),
    ("kzn-taxi",
     "Isiguli [[name:Sibusiso Zungu]] silimele engozini yetekisi [[vehicle:ND 482-117]] "
     "eduze nedolobha lase-[[place:Eshowe]]; "
     "uhlala endaweni yase-[[place:Nongoma]]."),
    ("my-malay",
     "RINGKASAN DISCAJ - [[place:Hospital Raja Perempuan Zainab II]], [[place:Kota Bharu]]\n"
     "Nama: [[name:Nurul Aini binti Abdullah]]\nNo. K/P: [[other_id:330412-03-5128]]\nUmur: "
     "[[age:91 tahun]]\nAlamat: [[address:No. 14, Jalan Merbau]], [[place:Kampung Sireh]], "
     "[[zip:15050]] [[place:Kota Bharu]]\nNo. RN: [[mrn:RN0428813]]\nAnak lelaki, Encik "
     "[[name:Azlan]]: [[phone:013-924 8817]]"),
    ("kh-khmer",
     "[[place:មន្ទីរពេទ្យបង្អែកខេត្តបាត់ដំបង]]\nអ្នកជំងឺ៖ [[name:សុខ ចាន់ធី]] អាយុ "
     "[[age:92 ឆ្នាំ]]\nរស់នៅភូមិ [[place:ស្វាយប៉ោ]]\nលេខអត្តសញ្ញាណប័ណ្ណ៖ [[other_id:010482337]]\n"
     "ទូរស័ព្ទ៖ [[phone:012 845 337]]"),
    ("la-lao",
     "[[place:ໂຮງໝໍແຂວງສະຫວັນນະເຂດ]]\nຜູ້ປ່ວຍ: [[name:ບຸນທະວີ ພົມມະວົງ]] ອາຍຸ [[age:94 ປີ]]\n"
     "ບ້ານ [[place:ນາແກ]]\nເບີໂທ: [[phone:020 5588 1432]]\nວັນທີ [[date:12/03/2567]]"),
    ("mm-burmese",
     "[[place:မန္တလေးပြည်သူ့ဆေးရုံကြီး]]\nလူနာ ဒေါ် [[name:ခင်မြင့်]] အသက် [[age:93 နှစ်]]\n"
     "နေရပ် [[place:ပြင်ဦးလွင်]]\nမှတ်ပုံတင် [[other_id:9/MaHaMa(N)123456]]\nဖုန်း "
     "[[phone:09 420 118 337]]"),
    ("lk-sinhala",
     "[[place:කුරුණෑගල ශික්ෂණ රෝහල]]\nරෝගියා: [[name:සුනන්දා ජයසූරිය]]\nවයස [[age:92]]\n"
     "ජා.හැ.අ. [[other_id:327451128V]]\nලිපිනය: [[place:කුලියාපිටිය]]\nදුරකථන "
     "[[phone:+94 71 844 2310]]"),
    ("mh-marathi",
     "डिस्चार्ज सारांश - [[place:ससून सर्वोपचार रुग्णालय]]\nरुग्ण: [[name:सुनंदा देशमुख]], वय "
     "[[age:91 वर्षे]]\nपत्ता: [[address:घर क्र. 42, महात्मा फुले रस्ता]], [[place:बार्शी]] "
     "[[zip:413401]]\nआधार क्रमांक [[other_id:4821 7730 1954]]\nमोबाईल [[phone:+91 98220 41377]]"
     "\nदाखल दिनांक: [[date:१२/०३/२०२५]]"),
    ("ap-telugu",
     "[[place:ప్రభుత్వ సర్వజన ఆసుపత్రి, గుంటూరు]]\nరోగి: [[name:నల్లపాటి వెంకట రమణ]]\n"
     "వయస్సు: [[age:93 సంవత్సరాలు]]\nఊరు: [[place:తెనాలి]]\nఆరోగ్యశ్రీ కార్డు "
     "[[health_plan:AP0337184226]]\nఫోన్: [[phone:+91 94401 22873]]\nవాహనం [[vehicle:AP 07 CK "
     "4411]]"),
    ("af-pashto",
     "[[place:میرویس سیمه ییز روغتون]]\nناروغ: [[name:ګلالۍ وردګ]]\nعمر: [[age:۹۲ کلن]]\n"
     "تذکره: [[other_id:1401-0200-33817]]\nزوی: [[name:میرویس]]\nتلیفون: "
     "[[phone:+93 70 318 4421]]\nاستوګنځی: [[place:کندهار]]"),
    ("cn-discharge",
     "出院小结\n[[place:株洲市中心医院]]\n姓名：[[name:张晓燕]]　性别：女　年龄：[[age:91岁]]\n"
     "身份证号：[[other_id:430203193304120027]]\n医保卡号：[[health_plan:H43020018827]]\n"
     "住址：湖南省[[place:株洲市]][[place:荷塘区]][[address:新华西路218号3栋502室]]\n"
     "联系人：[[name:刘建国]]（儿子）电话：[[phone:138 7331 2904]]\n入院日期：[[date:2025年1月6日]]"
     "\n住院号：[[mrn:0448217]]"),
    ("cn-wechat",
     "[[name:王]]医生：病人今天怎么样？\n家属[[name:张建军]]：昨晚在[[place:绵阳]]开车，车牌"
     "[[vehicle:川B·7K329]]，被追尾。\n[[name:王]]医生：明天[[date:3月14日]]来复查。"),
    ("clean-nunavut",
     "NURSING STATION - CLINIC LIST\nTB clinic: 4 on DOT, 2 LTBI on 3HP. Sputum x3 to the lab "
     "on the sked. RSV season: 6 infants under 6 months on palivizumab. No flights until "
     "Thursday."),
    ("clean-delta",
     "FAMILY MEDICINE - DIABETES CLINIC\nA1c 10.4%, LDL 142 mg/dL; metformin 1000 mg BID, "
     "glipizide 5 mg. Charcot foot on the left; Wagner grade 2 ulcer. Medicaid prior auth for "
     "the CGM pending. Ages on today's list: 84, 86 and 89."),
    ("clean-qld",
     "RFDS CLINIC RUN\nChest pain protocol: aspirin 300 mg, GTN 400 mcg SL; i-STAT troponin "
     "0.02. Q fever vaccine due for 3 shearers. Irukandji syndrome and Ross River fever covered "
     "at the in-service."),
    ("clean-swahili",
     "WODI YA WATOTO - MUHTASARI\nMalaria kali: artesunate 2.4 mg/kg IV saa 0, 12 na 24. Hb "
     "6.2 g/dL, damu uniti 1. Burkitt lymphoma imeondolewa. Kipimo cha VVU hasi."),
    ("clean-malagasy-french",
     "SERVICE DE MÉDECINE INTERNE\nTazo 39,2 °C; TA 100/60; fanafody: ceftriaxone 2 g isan'andro."
     " Maladie de Hansen exclue; syndrome de Cushing non retenu; score de Glasgow 14."),
    ("clean-kreyol",
     "SAL IJANS - LIS PASYAN\nKolera: 3 pasyan sou ORS ak Ringer laktat; tansyon 90/60. Timoun "
     "2 an ak malnitrisyon, MUAC 11.2 cm. Maladi Parkinson: 1 pasyan 86 an."),
    ("clean-curacao",
     "AFDELING INTERNE GENEESKUNDE\nZiekte van Graves, TSH < 0.01; pashènt ta haña insulina 10 "
     "unidat mainta. Leeftijden op de lijst: 86, 88 en 89 jaar. Bed 7, zaal 3."),
    ("clean-khmer",
     "ផ្នែកជំងឺទូទៅ\nសម្ពាធឈាម 140/90 mmHg; ជីពចរ 92; Dengue NS1 វិជ្ជមាន; Hb 10.2 g/dL។"),
    ("clean-chinese",
     "心内科 查房记录\n帕金森病、库欣综合征待排；NYHA II级；血钾 3.4 mmol/L；CHA2DS2-VASc 4分；"
     "年龄 88 岁。"),
    ("clean-marathi",
     "औषध वैद्यक विभाग - वॉर्ड 14\nरक्तदाब 150/90; हिमोग्लोबिन 9.2 g/dL; पार्किन्सन आजार; वय 86 "
     "वर्षे; HbA1c 8.1%."),
    ("clean-malay",
     "WAD PERUBATAN 7B\nPenyakit Kawasaki disingkirkan; tekanan darah 130/80 mmHg; gula darah "
     "7.8 mmol/L; umur 87 tahun; skor Wells 2."),
    ("clean-sinhala",
     "වෛද්‍ය වාට්ටුව 12\nරුධිර පීඩනය 150/90; Dengue NS1 ධනාත්මකයි; Parkinson රෝගය; Hb 9.8 g/dL."),
    ("discussion-refs",
     "Discussion: our cases resemble the Fijian series (https://doi.org/10.1016/j.ijid.2019.04"
     ".017) and the register report at https://pubmed.ncbi.nlm.nih.gov/31562811/.",
     "discussion"),
]

F38_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH38: tuple[Note, ...] = build(F38_PART, per_category=26, clean=120, references=8) + F38_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH38 for e in n.expected)
    print(len(FRESH38), "notes,", sum(1 for n in FRESH38 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

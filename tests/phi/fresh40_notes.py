"""FRESH40: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a thirty-sixth author during the twentieth round; it is measured once, and its
result is recorded with that measurement. Its author read only tests/phi/generated.py (the
framework: Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring),
tests/phi/corpus.py (the Note type, the span conventions, parse, evaluate), the module
docstrings only of tests/phi/fresh30_notes.py to fresh34_notes.py (read with ast.get_docstring,
for the conventions; the settings were given by the task), the wiring lines of
fresh16_notes.py (its Part call, _letter, build and __main__ lines, printed with grep -n and
sed) and pyproject.toml's line length; not the project's domain notes (not needed), the
scanner, its patterns, name lists, model or data, its benchmark (bench/), its tests, the body
of any other fresh part (others were being written at the same time and were not opened), nor
their git history; the scanner was not run or imported while writing it, nor on its notes.
Its vocabulary, value shapes, keywords, connectors, frames, note styles and hand-written
letters are this author's own, as a global case-discussion board sees them: about half
English-language settings (the UAE with the Emirates ID, Thiqa and Daman cards and villa
addresses; Qatar with the QID, HMC numbers and building/street/zone addresses; Saudi Arabia with
the national ID, iqama numbers, Bupa cards and Hijri dates; migrant patients and staff from
Kerala, Punjab, Bangladesh and the Philippines with passports and CNICs; Arab-world staff;
Cyprus's English notes with GeSY and the ID card; Malta's English notes with the ID card and
Maltese postcodes; Gibraltar with the GHA number, GX11 postcode and a frontier worker's DNI;
a US contractor with an SSN) and half non-English settings in their languages and scripts:
Morocco (French and Arabic, CIN, AMO/CNSS, "ans", "سنة"), Algeria (French and Arabic, NIN,
carte CHIFA, "جانفي"), Tunisia (Arabic, CIN, CNAM), Egypt (Arabic, 14-digit national ID, also
in Eastern Arabic digits), Jordan and Lebanon (Arabic, national number, civil insurance, NSSF,
Levantine month names), Iraqi Kurdistan (Sorani in Arabic script, national card, "ساڵ"),
Azerbaijan (Azerbaijani Latin, FİN, "yaşında"), Kyrgyzstan (Kyrgyz and Russian Cyrillic, ПИН,
полис ОМС, "жашта", "лет"), Tajikistan (Tajik Cyrillic, ИНН, "сола"), Malta (Maltese, Karta
tal-Identità, "sena", "ta' Marzu") and Cyprus (Greek, αριθμός ταυτότητας, ΓεΣΥ, "ετών"). Each
setting has its own hospitals and wards, eponymous diseases as those languages write them
(maladie de Behçet, مرض كرون, داء هودجكن, болезнь Бехтерева, Parkinson xəstəliyi, il-marda ta'
Parkinson, νόσος Hodgkin, Боткин оорусу, نەخۆشی پارکینسۆن), headings in capitals, Ramadan and
Hajj medicine; dates are written as each country writes them (dd/mm/yyyy, dd.mm.yyyy, French,
Egyptian, Maghrebi and Levantine Arabic month names, Hijri dates in English and Arabic, Russian,
Tajik, Azerbaijani, Maltese and Greek months, Eastern Arabic digits), and phones, postcodes and
plates likewise (Dubai letter plates, Abu Dhabi category plates, Qatari numbers, Saudi three
letters and four digits, Cypriot and Maltese ABC 123, Gibraltar "G 4471 B", Moroccan "12345-ب-6",
Algerian serial/type-year/wilaya, "187 تونس 4172", Egyptian Arabic letters, Jordanian "12-34567",
Lebanese letter and six digits, Azerbaijani "10-AB-123", "01KG 447 ABC", Tajik "4471 AB 02").
Small towns and villages appear in running prose, and people are named in prose without labels.
Document types: ED notes, discharge summaries (COMPTE RENDU D'HOSPITALISATION, ملخص الخروج,
ВЫПИСНОЙ ЭПИКРИЗ, EPİKRİZ, Хулосаи тиббӣ, Rapport tal-Ħruġ, ΕΞΙΤΗΡΙΟ), referral letters,
nursing and social-work notes, handovers, a WhatsApp thread, an e-mail, a tele-ICU log, an
occupational-health note, ambulance and trauma calls, billing letters, clean ward lists and a
discussion paragraph with literature references.

Conventions (tests/phi/corpus.py's and the fresh parts' docstrings'): a name without its title
or honorific (Dr, Mr, Mrs, SN, Mme, M., Is-Sinjura, κα, bəy, المريض/المريضة stay out); a full
name in any order is one span (patronymics included); staff names and a chat's speakers are
names; an identifier without its keyword; an age over 89 with its attached unit in any language
("94-year-old", "93 ans", "92 سنة", "90 عاماً", "92 yaşında", "93 жашта", "95 лет", "91 сола",
"92 sena", "93 ετών", "93 ساڵ") or the number alone where no unit is attached ("aged 95"); ages
under 90 are not marked (the clean notes carry 84-89); a date without its preposition ("le",
"on", "nhar", "بتاريخ" stay out), with a weekday right before it and a time right after it; a
marker after a date ("AH", "г.р.") stays out; a year alone is not a date. The street line
is one span (a Qatari building/street/zone line, a villa and street, a labour-camp block and
room); each locality (town, village, district, douar, حي) and the postcode are separate spans;
a named hospital or clinic is a place, the whole name also when it holds a town's name
("المستشفى الجامعي ابن الجزار بالقيروان", "Γενικό Νοσοκομείο Πάφου"); emirates, countries,
states, wilayas, governorates, regions, oblasts and islands (Dubai as an emirate, Gozo, Kerala,
Punjab) are never marked. Categories: `ssn` is a US Social Security number only; other national
numbers (Emirates ID, QID, Saudi national ID and iqama, CNIC, Aadhaar, Cypriot and Maltese ID
cards, DNI, CIN, NIN, الرقم القومي, الرقم الوطني, Iraqi national card, FİN, ПИН, ИНН) are
`other_id`; insurance numbers (Thiqa, Daman, Bupa, GeSY, GHA, AMO, CNSS, CHIFA, CNAM, civil
health insurance, NSSF, полис ОМС) are `health_plan`; hospital, HMC and file numbers are `mrn`;
passports, driving licences and professional licences are `licence`; IBANs, RIBs, accounts and
invoices are `account`; plates are `vehicle`; pacemaker, lead, pump and hearing-aid serials are
`device`.

Built as build(F40_PART, per_category=26, clean=120, references=8) + F40_LETTERS. Checked
without the scanner (a throwaway script): every span's text is the note's text at its offsets
and has no surrounding blanks, no marks or slots are left in the text, no spans overlap, note
ids are unique, every category is in generated.CATEGORY_ORDER, every marked age is over 89,
builds under PYTHONHASHSEED=1 and 4242 are identical, and the module imports in well under a
second. Deterministic: its own seed (19_040), values drawn from the builder's fixed-seed Random,
no hash-order dependence. Counts: 55 hand-written notes (42 with identifiers, one of them a web
address in a patient_information section, 12 clean, 1 reference paragraph in a discussion);
693 notes, 141 of them (20%) without any identifier (120 generated clean notes, 8 reference
notes in an introduction or discussion, 12 clean letters, 1 reference letter), 870 spans -
name 121, address 45, place 119, zip 35, date 52, age 48, phone 54, fax 27, email 30, ssn 27,
mrn 30, health_plan 40, account 29, licence 32, vehicle 34, device 28, url 43, ip 27,
other_id 49 (`python -m tests.phi.fresh40_notes` prints them).

    from tests.phi.fresh40_notes import FRESH40, F40_PART, F40_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
Not wired into any test or bench: measure it once.
"""
from __future__ import annotations

import random
import string

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _l(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _iban(r: random.Random, country: str, body: str) -> str:
    raw = country + _d(r, 2) + body
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


_ALNUM = string.ascii_uppercase + string.digits
_EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
       "octobre", "novembre", "décembre"]
_AR_EG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر"]
_AR_LEV = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
           "تشرين الأول", "تشرين الثاني", "كانون الأول"]
_HIJRI_EN = ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula",
             "Jumada al-Akhirah", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhul Qadah",
             "Dhul Hijjah"]
_HIJRI_AR = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب",
             "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
       "октября", "ноября", "декабря"]
_AZ = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
       "oktyabr", "noyabr", "dekabr"]
_MT = ["Jannar", "Frar", "Marzu", "April", "Mejju", "Ġunju", "Lulju", "Awwissu", "Settembru",
       "Ottubru", "Novembru", "Diċembru"]
_EL = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
       "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"]
_TG = ["январи", "феврали", "марти", "апрели", "майи", "июни", "июли", "августи", "сентябри",
       "октябри", "ноябри", "декабри"]
_DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]


def _f40_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1926, 2025)
    hd, hm, hy = r.randint(1, 29), r.randint(0, 11), r.randint(1345, 1446)
    hh, mm = r.randint(0, 23), r.choice((0, 10, 15, 25, 30, 40, 45, 55))
    return r.choice([
        f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}", f"{d} {_EN[m - 1]} {y}",
        f"{d:02d}-{_EN[m - 1][:3]}-{y}", f"{d} {_FR[m - 1]} {y}", f"{d} {_AR_EG[m - 1]} {y}",
        f"{d} {_AR_LEV[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}".translate(_EASTERN),
        f"{hd} {_HIJRI_EN[hm]} {hy}", f"{hd} {_HIJRI_AR[hm]} {hy}", f"{d} {_RU[m - 1]} {y}",
        f"{d} {_AZ[m - 1]} {y}", f"{d} ta' {_MT[m - 1]} {y}", f"{d} {_EL[m - 1]} {y}",
        f"{d} {_TG[m - 1]} {y}", f"{r.choice(_DAYS)} {d:02d}/{m:02d}/{y}",
        f"{d:02d}/{m:02d}/{y} {hh:02d}h{mm:02d}", f"{y}/{m:02d}/{d:02d}"])


def _f40_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 104)
    return r.choice([
        ("a {age} Emirati grandmother", f"{n}-year-old"), ("aged {age}, lives with her son",
        f"{n}"),
        ("age/sex {age}/M, labourer's father visiting on a family visa", f"{n}"),
        ("a {age} widow from the village", f"{n}-yr-old"), ("{age} F, bedbound", f"{n}yo"),
        ("مريضة تبلغ من العمر {age}", f"{n} سنة"), ("مسن {age}، يعيش مع ابنه", f"{n} عاماً"),
        ("patiente âgée de {age}", f"{n} ans"), ("{age}, autonome à domicile", f"{n} ans"),
        ("xəstə {age}, tək yaşayır", f"{n} yaşında"), ("бейтап {age}, үйдө жашайт", f"{n} жашта"),
        ("пациентка {age}, лежачая", f"{n} лет"), ("бемор {age}, бо писараш зиндагӣ мекунад",
        f"{n} сола"),
        ("mara ta' {age}, tgħix waħedha", f"{n} sena"), ("ασθενής {age}, κατάκοιτη", f"{n} ετών"),
        ("نەخۆش، تەمەن {age}", f"{n} ساڵ"), ("the patient is {age} and still fasts", f"{n}")])


def _f40_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"+971 5{r.choice('02568')} {_d(r, 3)} {_d(r, 4)}",
        f"05{r.choice('0256')} {_d(r, 3)} {_d(r, 4)}",
        f"04 {_d(r, 3)} {_d(r, 4)}", f"+974 {r.choice('3567')}{_d(r, 3)} {_d(r, 4)}",
        f"+966 5{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}", f"05{_d(r, 1)}{_d(r, 7)}",
        f"+357 99 {_d(r, 6)}", f"25 {_d(r, 6)}", f"+356 79{_d(r, 2)} {_d(r, 4)}",
        f"21{_d(r, 2)} {_d(r, 4)}",
        f"+350 200 {_d(r, 5)}", f"5{_d(r, 3)} {_d(r, 4)}",
        f"06 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"+212 6 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"05{r.choice('56')}{_d(r, 1)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"+213 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"+216 {r.choice('2459')}{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}", f"010 {_d(r, 4)} {_d(r, 4)}",
        f"+20 1{r.choice('0125')} {_d(r, 4)} {_d(r, 4)}", f"079 {_d(r, 3)} {_d(r, 4)}",
        f"+961 3 {_d(r, 3)} {_d(r, 3)}", f"07{r.choice('57')}0 {_d(r, 3)} {_d(r, 4)}",
        f"+994 50 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"(012) {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
        f"+996 555 {_d(r, 3)} {_d(r, 3)}", f"0 (312) {_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}",
        f"+992 9{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}",
        f"({r.choice(['372', '3422'])}) {_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}",
        f"010 {_d(r, 4)} {_d(r, 4)}".translate(_EASTERN)])


F40_VALUES = {
    "mrn": lambda r, h: r.choice([_d(r, 7), f"{_d(r, 2)}-{_d(r, 6)}", f"IP{_d(r, 6)}/{_d(r, 2)}",
                                  f"{_d(r, 4)}/{_d(r, 2)}", f"M{_d(r, 6)}",
                                  f"{_d(r, 6)}-{_l(r, 1)}",
                                  f"HC{_d(r, 8)}", f"{_d(r, 5)}/К"]),
    "health_plan": lambda r, h: r.choice([_d(r, 13), f"{_d(r, 1)}-{_d(r, 4)}-{_d(r, 8)}-{_d(r, 2)}",
                                          _d(r, 10), _d(r, 9), _d(r, 12), f"{_d(r, 8)}/{_d(r, 2)}",
                                          f"{_d(r, 2)} {_d(r, 4)} {_d(r, 6)}",
                                          f"{_d(r, 8)}{_l(r, 2)}",
                                          f"GHA{_d(r, 6)}", f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}"]),
    "account": lambda r, h: r.choice([
        _iban(r, "AE", _d(r, 19)), _iban(r, "SA", _d(r, 2) + _d(r, 18)),
        _iban(r, "QA", _l(r, 4) + _d(r, 21)), _iban(r, "CY", _d(r, 8) + _d(r, 16)),
        _iban(r, "MT", _l(r, 4) + _d(r, 23)), _iban(r, "GI", _l(r, 4) + _d(r, 15)),
        _iban(r, "AZ", _l(r, 4) + _d(r, 20)), _iban(r, "JO", _l(r, 4) + _d(r, 22)),
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 16)} {_d(r, 2)}", f"INV-{r.randint(2019, 2025)}-{_d(r, 5)}",
        f"{_d(r, 20)}"]),
    "licence": lambda r, h: r.choice([f"P{_d(r, 7)}{_l(r, 1)}", f"{_l(r, 1)}{_d(r, 7)}",
                                      f"{_l(r, 2)}{_d(r, 7)}", f"A{_d(r, 8)}", f"DHA-P-{_d(r, 7)}",
                                      f"{_d(r, 2)}-{_l(r, 1)}-{_d(r, 7)}", _d(r, 7),
                                      f"{_d(r, 2)}/{_d(r, 6)}", f"MC {_d(r, 4)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{_l(r, 1)} {_d(r, 5)}", f"{r.randint(1, 17)} {_d(r, 5)}", _d(r, 6),
        f"{_l(r, 3, 'ABDEGHJKLNRSTUVXZ')} {_d(r, 4)}", f"{_l(r, 3)} {_d(r, 3)}",
        f"G {_d(r, 4)} {_l(r, 1)}", f"{_d(r, 5)}-{r.choice('أبدهو')}-{r.randint(1, 89)}",
        f"{_d(r, 5)} {r.randint(1, 3)}{_d(r, 2)} {r.randint(1, 58):02d}",
        f"{r.randint(100, 250)} تونس {_d(r, 4)}",
        f"{' '.join(r.sample('أبجدرسصطعفقلمنهوى', 3))} {_d(r, 4)}",
        f"{r.randint(10, 99)}-{_d(r, 5)}", f"{_l(r, 1, 'BGMNOST')} {_d(r, 6)}",
        f"{r.randint(10, 99)}-{_l(r, 2)}-{_d(r, 3)}", f"01KG {_d(r, 3)} {_l(r, 3)}",
        f"{_d(r, 4)} {_l(r, 2)} 0{r.randint(1, 9)}"]),
    "device": lambda r, h: r.choice([f"{_l(r, 3)}{_d(r, 6)}", f"{_d(r, 2)}{_l(r, 1)}{_d(r, 7)}",
                                     _d(r, 15), f"{_l(r, 2)}-{_d(r, 5)}-{_l(r, 1)}{_d(r, 2)}",
                                     f"{_l(r, 4)}{_d(r, 4)}{_l(r, 1)}"]),
    "other_id": lambda r, h: r.choice([
        f"784-{r.randint(1925, 1990)}-{_d(r, 7)}-{_d(r, 1)}", f"2{r.randint(25, 90)}{_d(r, 8)}",
        f"2{_d(r, 9)}", f"1{_d(r, 9)}", f"{_l(r, 2)}{_d(r, 6)}", f"{_l(r, 1)}{_d(r, 6)}",
        _d(r, 18), f"0{_d(r, 7)}",
        f"{r.choice('23')}{r.randint(20, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
        f"{r.randint(1, 35):02d}{_d(r, 5)}",
        f"9{r.randint(25, 60)}{_d(r, 7)}", _d(r, 12), "".join(r.choice(_ALNUM) for _ in range(7)),
        f"{r.choice('12')}{r.randint(1, 28):02d}{r.randint(1, 12):02d}"
        f"{r.randint(1926, 1935)}{_d(r, 5)}",
        _d(r, 9), f"{_d(r, r.randint(4, 7))}{r.choice('MGALHBPZ')}",
        f"{_d(r, 5)}-{_d(r, 7)}-{_d(r, 1)}", f"{r.randint(2, 9)}{_d(r, 3)} {_d(r, 4)} {_d(r, 4)}",
        f"{_d(r, 8)}{_l(r, 1)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}"]),
    "phone": _f40_phone,
    "fax": _f40_phone,
    "email": lambda r, h: r.choice(["{g}.{s}@example.ae", "{s}{n}@example.qa",
                                    "{g}_{s}@example.com.sa",
                                    "{g}{s}@example.com.cy", "{s}.{g}@example.com.mt",
                                    "{g}{n}@example.gi",
                                    "{g}.{s}@example.ma", "{s}{z4}@example.dz",
                                    "{g}.{s}@example.tn",
                                    "{s}.{g}{n}@example.eg", "{g}{s}@example.az",
                                    "{s}_{g}@example.kg"]),
    "url": lambda r, h: r.choice(["https://www.example.ae/{g}-{s}", "example.com.cy/blog/{s}{n}",
                                  "https://fundraise.example.org/{g}-{s}-{n}",
                                  "http://{s}.example.ma/",
                                  "https://www.example.kg/{g}{s}", "example.org/care/{s}-{g}"]),
    "ip": lambda r, h: r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"203.0.113.{r.randint(1, 254)}",
                                 f"198.51.100.{r.randint(1, 254)}",
                                 f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 65535):x}"]),
    "zip": lambda r, h: r.choice([
        f"{r.randint(10, 93)}{_d(r, 3)}", f"{r.randint(1, 9)}{_d(r, 3)}",
        f"AZ{r.randint(1000, 6999)}",
        f"72{_d(r, 4)}", f"73{_d(r, 4)}", f"{_l(r, 3, 'BGKMNSQVZ')} {_d(r, 4)}", "GX11 1AA",
        f"{r.randint(11, 34)}{_d(r, 3)}-{_d(r, 4)}", f"{_d(r, 4)} {_d(r, 4)}"]),
    "date": _f40_date,
}

F40_VOCABULARY = Vocabulary(
    given=["Mariam", "Hamdan", "Shaikha", "Jassim", "Nouf", "Abdulrahman", "Anoop", "Reshma",
           "Rowena", "Jericho", "Imran", "Shabnam", "Youssef", "Fatima Zahra", "Amel", "Walid",
           "Rahma", "Karwan", "Shilan", "Elvin", "Günay", "Aibek", "Cholpon", "Firdavs",
           "Manizha", "Ġużeppi", "Marthese", "Andreas", "Eleni", "Yolanda", "Mahmoud", "Nisreen"],
    surnames=["Al Mazrouei", "Al-Kuwari", "Al-Otaibi", "Al Shamsi", "Kunjumon", "Puthenveettil",
              "Dela Cruz", "Bautista", "Chaudhry", "Begum", "Benjelloun", "Ait Ouali", "Boukhris",
              "Ben Salah", "Abdel-Maksoud", "Haddadin", "Khoury", "Barzani", "Ahmed Qadir",
              "Məmmədov", "Hüseynova", "Toktogulov", "Asanbekova", "Rahmonov", "Sharipova",
              "Camilleri", "Vella", "Grech", "Georgiou", "Christodoulou", "Ferrary", "Bossano"],
    cities=["Khor Fakkan", "Dibba Al-Fujairah", "Al Khor", "Dukhan", "Unaizah", "Al-Mubarraz",
            "Peyia", "Polis Chrysochous", "Żebbuġ", "Marsaxlokk", "Xagħra", "Taroudant", "Azrou",
            "Tizi Ouzou", "Ghardaïa", "Kairouan", "Tataouine", "Mallawi", "Kafr El Sheikh",
            "Mafraq", "Zahlé", "Ranya", "Koya", "Şəki", "Lənkəran", "Naryn", "Karakol", "Kulob",
            "Istaravshan", "La Línea"],
    streets=["Al Wasl", "Hassan II", "Didouche Mourad", "Habib Bourguiba", "Nizami", "Rudaki",
             "Makarios", "Chui", "Al Rayyan", "Salah Eddine"],
    relations=["son", "daughter", "wife", "husband", "brother", "nephew", "sponsor", "kafeel",
               "daughter-in-law", "housemaid", "roommate at the camp"],
    clean=[
        "HbA1c 9.1% despite Ramadan fasting adjustments; gliclazide moved to iftar.",
        "Sickle cell disease (HbSS) with G6PD deficiency; hydroxyurea 15 mg/kg.",
        "Beta-thalassaemia major, ferritin 2400 ng/mL; deferasirox continued.",
        "Brucella serology 1/640; doxycycline and rifampicin for 6 weeks.",
        "Familial Mediterranean fever; colchicine 1 mg daily.",
        "Behçet disease with oral ulcers; pathergy test negative.",
        "Maladie de Crohn iléale, CDAI 240; azathioprine 2 mg/kg.",
        "Score de Glasgow 13/15; TA 150/90 mmHg; SpO2 94 % AA.",
        "ضغط الدم 140/90 ملم زئبقي، النبض 96/دقيقة، السكر 210 ملغ/دل.",
        "مرض كرون مع فقر الدم؛ الهيموغلوبين 9.2 غ/دل.",
        "Болезнь Бехтерева, СОЭ 48 мм/ч, СРБ 36 мг/л.",
        "АД 160/95 мм рт. ст., ЧСС 88 в мин, сатурация 92%.",
        "Arterial təzyiq 135/85 mm c.s., nəbz 78/dəq.",
        "Il-marda ta' Parkinson; levodopa 100 mg tliet darbiet kuljum.",
        "Νόσος Hodgkin σταδίου IIA· ABVD κύκλος 4 από 6.",
        "NEWS2 6, qSOFA 2; blood cultures x2 sent from ED.",
        "Hajj vaccination (MenACWY) given; Q fever excluded.",
        "Troponin 14 -> 86 ng/L; ECG 1 mm ST depression V4-V6.",
        "Creatinine 212 umol/L, eGFR 24; KDIGO stage 2.",
        "Ward 4B, bed 12; isolation for MERS-CoV swab (negative).",
        "Aged 86 and 88, both parents are diabetic.",
        "Warfarin target INR 2-3; INR 4.6 on 2/3 of the dose.",
        "ICD-10 D57.1 and E11.9 coded at discharge.",
        "Pt is 87; CFS 6; lives with family on the ground floor.",
        "Metformin 1 g BD, empagliflozin 10 mg OD; foot check 3/12.",
        "تەمەنی 85 ساڵ؛ پەستانی خوێن 150/90.",
        "Shift 07:00-19:00; 2 of 3 HCAs on duty.",
        "Leishmaniasis (kala-azar) excluded; rK39 negative.",
    ],
    seed=19_040,
)

F40_CONNECTORS = [": ", " ", " - ", " no. ", "\n", " : ", ":\t", " № ", " = "]
F40_FRAMES = ["{kv}", "{kv}.", "• {kv}", "{kw}\n{v}", "| {kw} | {v} |",
              "{kv} (checked at registration)", "[{kv}]", "{kv}; bed 12", "Admin: {kv}",
              "{kv} — vérifié"]
F40_KEYWORDS = {
    "mrn": ["MRN", "HMC no.", "File no.", "رقم الملف", "N° de dossier", "IPP",
            "№ истории болезни", "Xəstəlik tarixi", "Numru tal-file", "Αρ. φακέλου",
            "Hospital no."],
    "health_plan": ["Thiqa card", "Daman member no.", "Bupa Arabia ID", "GeSY beneficiary no.",
                    "GHA no.", "N° AMO", "Immatriculation CNSS", "Carte CHIFA",
                    "رقم التأمين الصحي", "CNAM", "Полис ОМС", "Tibbi sığorta",
                    "Αρ. δικαιούχου ΓεΣΥ"],
    "account": ["IBAN", "Account no.", "RIB", "رقم الحساب", "Invoice no.", "Hesab", "Счёт",
                "Kont bankarju"],
    "licence": ["Passport no.", "DHA licence", "SCFHS reg.", "Driving licence",
                "Permis de conduire", "رقم جواز السفر", "QCHP licence", "Medical Council reg."],
    "vehicle": ["Plate", "Plate no.", "Car reg", "Immatriculation", "رقم اللوحة", "Госномер",
                "Nömrə nişanı", "Numru tar-reġistrazzjoni", "Αρ. κυκλοφορίας"],
    "device": ["Serial", "S/N", "Pacemaker serial", "Pump ID", "IMEI", "Numéro de série",
               "الرقم التسلسلي", "Серийный номер"],
    "other_id": ["Emirates ID", "QID", "Iqama", "National ID", "CIN", "NIN", "الرقم القومي",
                 "الرقم الوطني", "FİN", "ПИН", "ИНН", "Karta tal-Identità", "Αρ. ταυτότητας",
                 "CNIC", "Aadhaar"],
    "ssn": ["SSN", "US SSN", "Social Security no."],
    "phone": ["Mob", "Tel", "Mobile", "Tél", "هاتف", "جوال", "Тел.", "Telefon", "Mobbli", "Τηλ.",
              "Contact"],
    "fax": ["Fax", "Télécopie", "فاكس", "Факс", "Φαξ"],
}
F40_SENTENCES = {
    "name": ["Seen with her {rel} {given}, who translated from Malayalam.",
             "{full} from {city} was admitted via the ED.", "Son {given} phoned from {city}.",
             "{full} was brought by the camp supervisor after collapsing on site.",
             "Staff nurse {full} escalated the NEWS2 of 7.",
             "Handed over to Dr {full} (night SpR).",
             "Mr {surname} declined the blood transfusion at first.",
             "تم إبلاغ ابنه {given} بالحالة.", "المريضة {full} راجعت العيادة.",
             "Mme {surname} a été vue en consultation.", "Patient {full}, vu avec son {rel}.",
             "Пациент {full} доставлен бригадой СМП.", "Xəstə {full} qəbul şöbəsinə daxil olub.",
             "Is-Sur {surname} ġie rilaxxat id-dar.", "Η κα {surname} ενημερώθηκε.",
             "{given}'s {rel} stayed overnight.", "Discussed with {full} and the {rel}."],
    "address": ["Lives at [[address:Villa {n}, Street {n2}, {street}]] with the extended family.",
                "Address: [[address:Building {n}, Street {n2}, Zone {n2}]], {city}",
                "Adresse : [[address:{n}, rue {street}]], {city}",
                "Domicile: [[address:Bd {street}, n° {n}]]",
                "Ünvan: [[address:{street} küç., ev {n}, mənzil {n2}]]",
                "Адрес: г. {city}, [[address:ул. {street}, д. {n}, кв. {n2}]]",
                "Home: [[address:Flat {n2}, {n} Triq {street}]], {city}",
                "العنوان: [[address:شارع {street}، بناية {n}]]",
                "Found at [[address:{n} {street} Ramp]] by a neighbour.",
                "Διεύθυνση: [[address:Οδός {street} {n}]]"],
    "place": ["Transferred from the health centre in {city}.",
              "{given} drove her from {city} to the ED.",
              "Comes from {city}, works in construction.",
              "Originaire de {city}.", "من سكان {city}.", "Место жительства: {city}.",
              "Lives in {city} with her daughter's family.", "Referred from {city} polyclinic.",
              "Residenza: {city}.", "Κάτοικος {city}.", "{city} kəndindən gəlib."],
    "zip": ["Postcode {v}.", "Code postal {v}", "{city} {v}",
            "[[address:{n}, rue {street}]], {v} {city}", "الرمز البريدي {v}", "Индекс {v}",
            "Poçt indeksi: {v}", "Kodiċi postali {v}", "Τ.Κ. {v}", "Postal code: {v}"],
    "date": ["Admitted {v}.", "DOB: {v}", "Date of birth {v}", "Né le {v}.", "تاريخ الدخول: {v}",
             "تاريخ الميلاد {v}", "Дата рождения: {v}", "Doğum tarixi: {v}", "Data tat-twelid: {v}",
             "Ημ. γέννησης: {v}", "Seen on {v} 09:30 in clinic.", "Died {v}.",
             "Санаи таваллуд: {v}"],
    "phone": ["Son can be reached on {v}.", "Call her son {given} on {v}.",
              "Contacter {full} au {v}.", "Sponsor's mobile {v}.", "Joindre la fille au {v}.",
              "للتواصل مع الابن: {v}", "Телефон дочери {v}.", "Call the {rel} on {v} if worse."],
    "fax": ["Referral faxed to {v}.", "Fax the report to {v}.", "Compte rendu faxé au {v}."],
    "email": ["Daughter asks for updates at {v}.", "{given} ({rel}) writes from {v}.",
              "Send the summary to {v}.",
              "Le fils écrit depuis {v}.", "البريد الإلكتروني للعائلة: {v}"],
    "url": ["The family's fundraising page {v} describes the illness.",
            "Her son posted videos at {v}.", "Une cagnotte en ligne ({v}) a été ouverte."],
    "ip": ["Telemedicine cart at {v} dropped the call twice.", "Remote PACS login from {v}.",
           "Le portail a enregistré une connexion depuis {v}."],
    "ssn": ["American contractor; US SSN {v} given to the insurer.",
            "Social security number {v} on the travel-insurance form."],
    "mrn": ["Old file under {v} — please merge.", "Previous admission under hospital no. {v}.",
            "Ancien dossier {v} à fusionner."],
    "health_plan": ["Covered by Thiqa, card {v}.", "{full}: Daman card {v}.",
                    "Insurance card {v} sighted at reception.",
                    "Assuré AMO sous le numéro {v}.", "Полис ОМС {v} предъявлен."],
    "account": ["Refund to account {v} requested.", "Deposit paid against invoice {v}.",
                "Virement sur le RIB {v}."],
    "licence": ["Passport {v} held by the sponsor, copy in the file.",
                "Driving licence {v} photocopied.",
                "Licensed by the health authority, {v}."],
    "vehicle": ["Pedestrian struck by vehicle {v} on the highway.",
                "Arrived in the family car {v}.", "{full} was driving {v} near {city}.",
                "Accident de la voie publique, véhicule {v}.", "Автомобиль {v} съехал в кювет."],
    "device": ["Dual-chamber pacemaker, serial {v}, checked.", "Insulin pump {v} removed for MRI.",
               "Hearing aid {v} left with the family."],
    "other_id": ["Emirates ID {v} scanned at triage.", "{full}, QID {v}, seen in {city}.",
                 "Iqama {v} of {full} expired — social worker informed.",
                 "CIN {v} vérifiée à l'admission.", "ПИН {v} проверен."],
}
F40_AFTER = ["{v} ({kw})", "{v} — {kw}", "{v} / {kw}", "{v}, {kw} on file"]
F40_REFERENCES = [
    "Similar Gulf series were reported (https://doi.org/10.5144/0256-4947.{n}).",
    "See the review at https://pubmed.ncbi.nlm.nih.gov/{n}/ for the mechanism.",
    "Comme décrit ailleurs (https://doi.org/10.1016/j.revmed.{n}).",
]
F40_STYLES = [
    "EMERGENCY DEPARTMENT NOTE\n{body}\nDisposition: admit under Internal Medicine.",
    "DISCHARGE SUMMARY — Internal Medicine\n{body}\nFollow-up: OPD in 2 weeks.",
    "COMPTE RENDU D'HOSPITALISATION\n{body}\nConduite à tenir : contrôle dans 1 mois.",
    "ملخص الخروج\n{body}\nالخطة: متابعة في العيادة الخارجية.",
    "ВЫПИСНОЙ ЭПИКРИЗ\n{body}\nРекомендации: наблюдение у терапевта.",
    "EPİKRİZ\n{body}\nTövsiyə: ambulator müşahidə.",
    "Handover (night -> day):\n- {body}\n- chase bloods",
    "{body}",
    "{body}",
]

F40_PART = Part("fresh40", F40_VOCABULARY, F40_CONNECTORS, F40_FRAMES, F40_KEYWORDS,
                F40_SENTENCES, F40_AFTER, F40_REFERENCES, True, values=F40_VALUES,
                age=_f40_age, styles=F40_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh40-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("uae-ed-fujairah",
     "ED NOTE — [[place:Fujairah Hospital]]\n[[name:Shaikha Saeed Al Mazrouei]], "
     "[[age:94-year-old]]"
     " Emirati lady from [[place:Dibba Al-Fujairah]], brought by her grandson [[name:Hamdan]] at "
     "03:10."
     "\nEmirates ID [[other_id:784-1931-4471902-6]]; Thiqa [[health_plan:1004 7729 "
     "1183]].\nGrandson's"
     " mobile [[phone:050 418 2297]]. Home: [[address:Villa 14, Street 22]], [[place:Al Faseel]].\n"
     "Fall at home, NOF fracture R; ortho informed."),
    ("uae-discharge-kerala",
     "DISCHARGE SUMMARY\nPatient: [[name:Anoop Kunjumon]]  DOB [[date:11/06/1979]]  MRN "
     "[[mrn:2218407]]\n"
     "Passport [[licence:T4471903]] (held by the employer); Daman "
     "[[health_plan:1-0447-21930017-01]].\n"
     "Electrician at a labour camp in [[place:Mussafah]]; collapsed with heat stroke, core 41.2 "
     "C.\n"
     "Wife [[name:Reshma]] in [[place:Thrissur]] updated by phone on [[phone:+91 94471 20385]].\n"
     "Discharged [[date:27 July 2025]] on day 6; fit for light duties after 2 weeks."),
    ("sharjah-nursing",
     "Nursing note 19:30 — Ward 3, [[place:Al Qassimi Hospital]]\nPt [[name:Imran Chaudhry]] (CNIC "
     "[[other_id:35202-4417093-1]]) refused evening insulin again; explained in Urdu by SN "
     "[[name:Rowena Bautista]]. Roommate [[name:Shabnam Begum]]'s husband visited with food from "
     "outside — advised."
     "\nCBG 18.4 mmol/L at 21:00; on-call informed."),
    ("qatar-hmc-referral",
     "Dear Dr [[name:Al-Kuwari]],\nRe: [[name:Jassim Khalifa Al-Kuwari]], QID "
     "[[other_id:28363401187]], HMC no. [[mrn:HC40917722]]\nThank you for seeing this "
     "[[age:91-year-old]] gentleman from [[place:Al Khor]]"
     " with recurrent syncope. He lives at [[address:Building 17, Street 902, Zone 74]] with his "
     "son [[name:Abdulrahman]] ([[phone:+974 5581 4430]]).\nHolter showed 3:1 AV block.\nKind "
     "regards,\n"
     "[[name:Nisreen Haddadin]], cardiology registrar, [[place:Heart Hospital]]"),
    ("qatar-whatsapp",
     "[22:41] [[name:Rowena]]: bed 7 pt from [[place:Dukhan]] desaturating 86% on 4L\n[22:42] "
     "[[name:Jericho Dela Cruz]]: ABG pls, and call the wife [[phone:3312 7740]]\n[22:50] "
     "[[name:Rowena]]:"
     " pH 7.29 pCO2 62 — started BiPAP\n[22:51] [[name:Jericho Dela Cruz]]: ok, RT aware. will "
     "review"),
    ("saudi-riyadh-discharge",
     "[[place:KING SAUD MEDICAL CITY]] — DISCHARGE\nName: [[name:Nouf Mutlaq Al-Otaibi]]   MRN "
     "[[mrn:00-882741]]\n"
     "National ID [[other_id:1048822703]]   Bupa [[health_plan:40771832KN]]\nDOB [[date:3 Rajab "
     "1350]] AH (aged [[age:95]])\nAdmitted [[date:14 Ramadan 1446]] AH with DKA after fasting; "
     "discharged [[date:20/03/2025]].\nDaughter [[name:Hessa]]: [[phone:055 318 4420]]."),
    ("saudi-ahsa-case",
     "Case for the board: a 19-year-old man from [[place:Al-Mubarraz]] with HbSS and acute chest "
     "syndrome, exchange-transfused at [[place:King Fahad Hospital Hofuf]] on [[date:2 Shawwal "
     "1445]]. His grandfather, [[age:93]], has the same haplotype. Images: see thread. Any "
     "thoughts on crizanlizumab here?"),
    ("saudi-jubail-worker",
     "Occupational health — [[place:Jubail]] industrial city\nWorker [[name:Rafiqul Islam "
     "Sarker]], iqama [[other_id:2419083377]], driver's licence [[licence:4471930221]].\nCamp: "
     "[[address:Camp 6, Block C, Room 14]], [[place:Al Huwaylat]].\nH2S exposure at 06:20, GCS 14 "
     "on arrival. Employer contact [[name:Walid Boukhris]] [[phone:+966 53 774 2190]]."),
    ("saudi-filipina",
     "Social work note: [[name:Maricel Bautista]], domestic worker, passport "
     "[[licence:P4471920B]], sponsor [[name:Fahad Al-Otaibi]]. She asked that her sister "
     "[[name:Jovelyn]] in [[place:Tuguegarao]]"
     " be told ([[phone:+63 917 448 2031]]). Embassy welfare officer informed on [[date:Tue "
     "11/02/2025]]."),
    ("cyprus-limassol-gp",
     "GP referral — [[place:Limassol]]\n[[name:Andreas Georgiou]], [[age:92]], of [[address:14 "
     "Makariou Avenue]], [[place:Kolossi]] [[zip:4630]]\nID card [[other_id:0884127]]; GeSY "
     "beneficiary [[health_plan:7710442891]]"
     "\nProgressive dysphagia, weight loss 8 kg. Please see at [[place:Limassol General "
     "Hospital]].\n"
     "Tel [[phone:25 384410]] (daughter [[name:Eleni]])."),
    ("cyprus-paphos-handover",
     "Handover: Bed 2 — [[name:Margaret Pryce]], British retiree living in [[place:Peyia]], "
     "[[age:90 yo]]"
     ", UTI + delirium. S1 form registered. Son [[name:Gareth]] flying in, e-mail "
     "[[email:gareth.pryce@example.co.uk]]. Bed 4 — 87M, CAP day 3, stable."),
    ("malta-mater-dei",
     "[[place:Mater Dei Hospital]], Medical Ward 3\nName: [[name:Ġużeppi Camilleri]]  ID card "
     "[[other_id:448219M]]\nAddress: [[address:27, Triq il-Kbira]], [[place:Ħaż-Żebbuġ]] [[zip:ZBG "
     "1304]]\n"
     "Admitted [[date:03/09/2025]] with decompensated heart failure; NT-proBNP 8400.\nNOK: niece "
     "[[name:Marthese Vella]] [[phone:7941 2280]]."),
    ("malta-gozo-referral",
     "To: Cardiology OPD, [[place:Gozo General Hospital]]\nMrs [[name:Carmen Grech]] of "
     "[[place:Xagħra]] (ID [[other_id:71234G]]), [[age:96-year-old]], on apixaban; fall on "
     "[[date:12 ta' Awwissu 2025]]. Lives with her son [[name:Joseph]] — mobile [[phone:+356 9944 "
     "1827]]."),
    ("gibraltar-sbh",
     "[[place:St Bernard's Hospital]] — A&E\n[[name:Yolanda Ferrary]], GHA no. "
     "[[health_plan:GHA442190]], [[address:4 Bossano Ramp]], [[zip:GX11 1AA]].\nFrontier worker "
     "colleague [[name:Juan Ruiz Moreno]] from [[place:La Línea]] (DNI [[other_id:44719203K]]) "
     "witnessed the fall.\nTel [[phone:200 77412]]."),
    ("gibraltar-ambulance",
     "GHA ambulance PCR: RTC near the frontier, 01:40. Moped [[vehicle:G 4471 B]] vs car "
     "[[vehicle:G 1903 C]]. Rider [[name:Kieran Bossano]], 24, GCS 15. Car driver uninjured."),
    ("uae-telehealth-log",
     "Tele-ICU log: camera cart at [[ip:10.40.17.211]] reconnected 04:12. Remote intensivist "
     "[[name:Mahmoud Abdel-Maksoud]] reviewed [[name:Rahma Ben Salah]] (bed 9). Family portal link "
     "sent to [[email:rahma.family@example.ae]]."),
    ("uae-pacemaker",
     "Device clinic — [[place:Rashid Hospital]]\n[[name:Hamdan Al Shamsi]]: dual-chamber PPM, "
     "serial [[device:PJX447190]], lead [[device:RLA-18344-K21]]. Battery 6.5 years. Next check "
     "[[date:15-Mar-2026]]."),
    ("qatar-invoice",
     "Billing query — self-pay visitor\n[[name:Elvin Məmmədov]] (passport [[licence:C04471930]]) "
     "asks for a refund of QAR 1,800 to IBAN [[account:AZ21 NABZ 0000 0000 1370 1000 1944]]. "
     "Invoice [[account:INV-2025-44719]]."),
    ("uae-email-thread",
     "From: [[name:Reshma Puthenveettil]] <[[email:reshma.p@example.ae]]>\nTo: Ward 4B team\n"
     "Subject: my mother in bed 14\nDear team, my mother [[name:Thankamma Puthenveettil]] is "
     "[[age:91 years old]]; please call me on [[phone:056 772 1940]] before any "
     "procedure.\nRegards, [[name:Reshma]]"),
    ("saudi-driver-rta",
     "Trauma call: pick-up [[vehicle:RJT 4471]] rollover on the [[place:Unaizah]] road. Driver "
     "[[name:Saad Al-Otaibi]] (ID [[other_id:1077219930]]) ejected; passenger, his brother "
     "[[name:Fahad]], belted."),
    ("malta-bank-letter",
     "Patient Accounts, [[place:Mater Dei Hospital]]\nRefund of EUR 120 to [[name:Joanne Vella]] — "
     "IBAN [[account:MT84 MALT 0110 0001 2345 MTLC AST0 01S]] — for a duplicated MRI charge."),
    ("cyprus-us-contractor",
     "American contractor seen at [[place:Larnaca General Hospital]] after a dive; US SSN "
     "[[ssn:412-77-3190]] for the travel insurer; phone [[phone:+357 99 448201]]."),
    ("morocco-fr-cr",
     "COMPTE RENDU D'HOSPITALISATION — [[place:CHU Hassan II de Fès]]\nPatiente : [[name:Fatima "
     "Zahra Benjelloun]], [[age:93 ans]], née le [[date:12/03/1932]] à [[place:Azrou]].\nCIN "
     "[[other_id:D447190]]"
     " — AMO [[health_plan:104471930]]\nAdresse : [[address:17, rue Hassan II]], [[place:Azrou]] "
     "[[zip:53100]]\nFils : [[name:Youssef]], [[phone:06 61 44 71 93]].\nSortie le [[date:4 mars "
     "2025]]."),
    ("morocco-ar-ed",
     "قسم المستعجلات — [[place:المستشفى الإقليمي بتارودانت]]\nالمريض: [[name:محمد أيت وعلي]]، "
     "[[age:92 سنة]]، من دوار [[place:تيوت]].\nرقم البطاقة الوطنية [[other_id:JE221930]]، رقم "
     "الانخراط في الضمان الاجتماعي [[health_plan:118447203]].\nالهاتف [[phone:06 70 19 33 41]]."),
    ("algeria-fr",
     "Service de Médecine Interne, [[place:CHU Nedir Mohamed]]\nMme [[name:Amel Ait Ouali]], "
     "[[age:91 ans]], demeurant [[address:cité des 120 logements, bt 4]], [[place:Tala Bounane]], "
     "[[place:Tizi Ouzou]] [[zip:15000]].\nNIN [[other_id:109310447190332218]] — carte CHIFA "
     "[[health_plan:310447193022]]\nHospitalisée le [[date:dimanche 9 février 2025]] pour AVC "
     "ischémique."
     "\nFils joignable au [[phone:0550 44 71 93]]."),
    ("algeria-ar",
     "مصلحة الاستعجالات الطبية — [[place:مستشفى بشير بن ناصر]]، [[place:بسكرة]]\nالمريض [[name:عبد "
     "القادر بوخريص]]، [[age:90 سنة]]، تاريخ الدخول [[date:12 جانفي 2025]].\nرقم الضمان الاجتماعي "
     "[[health_plan:270144719305]]، السيارة [[vehicle:04471 116 07]].\nهاتف الابن [[phone:0661 30 "
     "19 47]]."),
    ("tunisia-ar",
     "ملخص الخروج — [[place:المستشفى الجامعي ابن الجزار بالقيروان]]\nالمريضة: [[name:رحمة بن "
     "صالح]]، [[age:93 سنة]]\nبطاقة التعريف الوطنية [[other_id:04471930]] — معرف الكنام "
     "[[health_plan:19304471/02]]"
     "\nالعنوان: [[address:نهج الحبيب بورقيبة عدد 14]]، [[place:القيروان]] [[zip:3100]]\nتاريخ "
     "الخروج: [[date:03/04/2025]]. هاتف: [[phone:+216 98 447 193]]."),
    ("egypt-ar",
     "تقرير طبي — [[place:مستشفى ملوي العام]]\nالاسم: [[name:محمود عبد المقصود حسن]]، السن "
     "[[age:92]]\n"
     "الرقم القومي [[other_id:23201011204471]]\nحادث طريق: توكتوك اصطدم بسيارة رقم [[vehicle:ب ر ص "
     "4471]]"
     " عند مدخل قرية [[place:دير أبو حنس]].\nتليفون نجله [[name:أحمد]]: [[phone:010 4471 9302]]."),
    ("egypt-ar-eastern-digits",
     "[[place:مستشفى كفر الشيخ العام]] — العناية المركزة\nالمريضة [[name:نسرين عبد المقصود]]، "
     "تاريخ الميلاد [[date:١٢/٠٣/١٩٣١]]، الرقم القومي [[other_id:٢٣١٠٣١٢١٥٠٤٤٧٢]]، هاتف "
     "[[phone:٠١٢ ٤٤٧١ ٩٣٠٢]].\n"
     "فشل كلوي حاد، الكرياتينين 4.2 ملغ/دل."),
    ("jordan-ar",
     "[[place:مستشفى المفرق الحكومي]] — قسم الباطنية\nالمريض [[name:وليد الحدادين]]، الرقم الوطني "
     "[[other_id:9331044719]]، التأمين الصحي المدني [[health_plan:447193022]]\nمقيم في "
     "[[place:المفرق]]، حي [[place:الحسين]]. هاتف [[phone:079 447 1930]].\nدخل بتاريخ [[date:5 "
     "آذار 2025]] بألم صدري."),
    ("lebanon-ar",
     "[[place:مستشفى تل شيحا]]، [[place:زحلة]]\nالمريضة [[name:نسرين خوري]] ([[age:95 سنة]]) "
     "أُدخلت في [[date:17 تشرين الثاني 2024]] بعد سقطة في المنزل.\nرقم الضمان الاجتماعي "
     "[[health_plan:4471930/22]]. ابنتها [[name:ريتا]] على الرقم [[phone:+961 3 447 193]]."),
    ("kurdistan-sorani",
     "[[place:نەخۆشخانەی گشتیی ڕانیە]] — بەشی فریاکەوتن\nناوی نەخۆش: [[name:کاروان ئەحمەد قادر]]، "
     "تەمەن [[age:93 ساڵ]]\nژمارەی کارتی نیشتمانی [[other_id:199304471022]]\nناونیشان: گوندی "
     "[[place:سەرکەپکان]]"
     "\nژمارەی تەلەفۆنی کوڕەکەی: [[phone:0750 447 1930]]\nبەروار: [[date:12/03/2025]]"),
    ("azerbaijan-discharge",
     "EPİKRİZ — [[place:Şəki Rayon Mərkəzi Xəstəxanası]]\nXəstə: [[name:Günay Hüseynova]], "
     "[[age:92 yaşında]]\nFİN: [[other_id:5ZK8R2T]]\nÜnvan: [[address:Nizami küç., ev 14, mənzil "
     "7]], [[place:Şəki]] [[zip:AZ5500]]\nDaxil olub: [[date:12 mart 2025]]; çıxıb: "
     "[[date:19.03.2025]]\n"
     "Oğlu [[name:Elvin]] bəy: [[phone:+994 50 447 19 30]]."),
    ("azerbaijan-rta",
     "Təcili yardım: [[place:Lənkəran]]–[[place:Astara]] yolunda qəza, avtomobil "
     "[[vehicle:25-KL-447]]. Sürücü [[name:Rauf Məmmədov]], 34 yaş, huşu aydın. Sürücülük vəsiqəsi "
     "[[licence:AA447193]]."),
    ("kyrgyz-ky",
     "[[place:Нарын облустук бириккен ооруканасы]]\nБейтап: [[name:Асанбекова Чолпон "
     "Токтогуловна]], [[age:93 жашта]]\nПИН [[other_id:21203193144719]]\nДареги: [[place:Ат-Башы]] "
     "айылы, [[address:Ленин көч., 44]]\nКелген күнү: [[date:04.02.2025]]. Кызы: [[phone:+996 555 "
     "447 193]]."),
    ("kyrgyz-ru",
     "ВЫПИСНОЙ ЭПИКРИЗ\nФ.И.О.: [[name:Токтогулов Айбек Эркинович]], [[date:12.03.1934]] "
     "г.р.\nАдрес: г. [[place:Бишкек]], [[address:ул. Чуй, д. 144, кв. 12]], индекс "
     "[[zip:720040]]\nПолис ОМС [[health_plan:03 4471 930221]], № истории болезни "
     "[[mrn:4471/К]]\nГосномер машины сына: [[vehicle:01KG 447 ABC]]."),
    ("tajik",
     "Хулосаи тиббӣ — [[place:Беморхонаи шаҳрии Хуҷанд]]\nБемор: [[name:Раҳмонов Фирдавс "
     "Саидович]], [[age:91 сола]]\nИНН [[other_id:447193022]]\nСурога: [[place:Истаравшан]], "
     "[[address:кӯчаи Рӯдакӣ, хонаи 14]]\nСанаи бистарӣ: [[date:3 марти 2025]]. Тел.: [[phone:+992 "
     "92 447 1930]]."),
    ("malta-mt",
     "Rapport tal-Ħruġ — [[place:Sptar Mater Dei]]\nIs-Sinjura [[name:Rita Borg]], [[age:92 "
     "sena]], minn [[place:Marsaxlokk]]\nNumru tal-Karta tal-Identità: "
     "[[other_id:448120M]]\nDaħlet fl-isptar nhar [[date:3 ta' Marzu 2025]] bi pnewmonja.\nBintha "
     "[[name:Marthese]]: [[phone:7912 4471]]."),
    ("cyprus-el",
     "ΕΞΙΤΗΡΙΟ — [[place:Γενικό Νοσοκομείο Πάφου]]\nΑσθενής: [[name:Χρυστάλλα Χριστοδούλου]], "
     "[[age:93 ετών]], από το χωριό [[place:Πέγεια]]\nΑρ. ταυτότητας [[other_id:0447193]] · ΓεΣΥ "
     "[[health_plan:8822044719]]\nΔιεύθυνση: [[address:Λεωφόρος Μακαρίου Γ΄ 22]], [[place:Πάφος]] "
     "Τ.Κ. [[zip:8220]]\nΕισαγωγή [[date:12 Μαρτίου 2025]]. Τηλ. κόρης [[phone:99 447193]]."),
    ("cyprus-el-rta",
     "Τροχαίο στη [[place:Λεμεσό]]: αυτοκίνητο [[vehicle:KXN 447]] προσέκρουσε σε μοτοσικλέτα. Ο "
     "οδηγός [[name:Ανδρέας Γεωργίου]] μεταφέρθηκε στο [[place:Γενικό Νοσοκομείο Λεμεσού]]."),
    ("morocco-fr-fax",
     "Demande d'avis — [[place:Hôpital Sidi Hssain]], [[place:Ouarzazate]]\nPatient [[name:Lahcen "
     "Oubella]], [[age:96 ans]], permis [[licence:21/447193]]\nRéponse par télécopie au [[fax:05 "
     "24 88 47 19]] ou par courriel au fils, [[email:m.oubella@example.ma]]."),
    ("history-url",
     "Her family shared her story on a fundraising page "
     "([[url:https://fundraise.example.org/mariam-"
     "shamsi-4471]]) before admission.", "patient_information"),
    ("discussion-references",
     "Similar presentations were described in Gulf cohorts "
     "(https://doi.org/10.5144/0256-4947.2019.4471)"
     " and in a Maghreb series (https://pubmed.ncbi.nlm.nih.gov/34471930/).", "discussion"),
    ("clean-gulf",
     "ED ROUNDS — MEDICAL ZONE B\nSickle cell crisis x2 (HbSS), G6PD-deficient boy with favism, "
     "Kawasaki disease day 6 on IVIG 2 g/kg. Heat exhaustion cluster from the Hajj return flights; "
     "MERS-CoV PCR negative x3. NEWS2 ≥5 escalated per protocol."),
    ("clean-arabic",
     "قسم الباطنية — الجناح 4\nمرض كرون، داء هودجكن، متلازمة كوشينغ مستبعدة. الهيموغلوبين 9.4 "
     "غ/دل، الصفائح 142 ألف. جرعة الأنسولين 18 وحدة قبل الإفطار في رمضان."),
    ("clean-french",
     "SERVICE DE NÉPHROLOGIE\nMaladie de Behçet et maladie de Berger; score de Glasgow 15; "
     "créatinine 182 µmol/L; protéinurie 2,4 g/24 h. Cure 3/6 de cyclophosphamide (protocole "
     "Euro-Lupus)."),
    ("clean-russian",
     "ОТДЕЛЕНИЕ КАРДИОЛОГИИ\nБолезнь Бехтерева, синдром Вольфа-Паркинсона-Уайта исключён. АД "
     "150/90 мм рт. ст., ЧСС 64. ХСН II ФК по NYHA. Бисопролол 5 мг утром."),
    ("clean-azerbaijani",
     "KARDİOLOGİYA ŞÖBƏSİ\nParkinson xəstəliyi, Kron xəstəliyi istisna edilib. Hemoqlobin 112 q/l, "
     "ESR 34 mm/saat. Palata 6, çarpayı 2."),
    ("clean-greek",
     "ΠΑΘΟΛΟΓΙΚΗ ΚΛΙΝΙΚΗ\nΜεσογειακή αναιμία (β-θαλασσαιμία), νόσος Hodgkin σε ύφεση. Αιμοσφαιρίνη "
     "9,1 g/dL,"
     " φερριτίνη 1800. Κλίνη 12, 2ος όροφος."),
    ("clean-maltese",
     "WARD MEDIKU 2\nIl-marda ta' Parkinson u l-marda ta' Crohn; dijabete tip 2. Pressjoni 140/85, "
     "polz 78. Metformin 500 mg darbtejn kuljum."),
    ("clean-central-asian",
     "ТЕРАПИЯ БӨЛҮМҮ\nКант диабети 2-тип, HbA1c 8,9%. Боткин оорусу (гепатит А) жокко чыгарылды. "
     "Палата 3, керебет 5. Метформин 1000 мг."),
    ("clean-sorani",
     "بەشی ناوخۆیی\nنەخۆشی پارکینسۆن؛ پەستانی خوێن 160/95؛ شەکری خوێن 240. تەمەنی 86 ساڵ، نەخۆش لە "
     "ژووری 4."),
    ("clean-cyprus-malta",
     "Thalassaemia clinic list: 12 patients transfused, ferritin 900-3200, T2* 18-34 ms. Two aged "
     "88 and 89 on deferiprone. Ward 5, bays A-C. Next clinic 2/52."),
    ("clean-saudi",
     "MEDICAL WARD 14 — HANDOVER\nRamadan: glargine reduced by 20%, gliclazide to suhoor. "
     "Brucellosis (Rose Bengal positive) on doxycycline. Addison disease on hydrocortisone 10/5/5 "
     "mg. Bed 3 to ICU."),
    ("clean-gibraltar",
     "A&E SHIFT SUMMARY (GHA)\nTriage cat 2 x4, cat 3 x11. Wells score 7 -> CTPA. Guillain-Barré "
     "syndrome queried, LP 1/2 tubes. Tazocin 4.5 g TDS."),
]

F40_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH40: tuple[Note, ...] = build(F40_PART, per_category=26, clean=120, references=8) + F40_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH40 for e in n.expected)
    print(len(FRESH40), "notes,", sum(1 for n in FRESH40 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

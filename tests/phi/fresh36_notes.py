"""FRESH36: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a thirty-second author during the nineteenth round, who read only
tests/phi/generated.py (the framework: Vocabulary, Part, build, CATEGORY_ORDER, and its module
docstring), tests/phi/corpus.py (the Note type, the span conventions, parse, evaluate), the
de-identification section (5) of the project's domain notes (45 CFR 164.514(b)(2) Safe Harbor),
the module docstrings only of tests/phi/fresh16_notes.py ... fresh34_notes.py (read with
ast.get_docstring, to learn the conventions and to choose settings they do not list), the
wiring lines of fresh16_notes.py (its Part call, _letter, letters tuple, build and __main__
lines, printed with grep -n and sed) and pyproject.toml's line length; not the scanner, its
patterns, name lists, model or data, its benchmark (bench/), its tests, the body of any other
fresh part (others were being written at the same time and were not opened), nor their git
history; the scanner was not run or imported while writing it, nor on its notes. Its
vocabulary, value shapes, keywords, connectors, frames, note styles and hand-written letters
are this author's own, as a worldwide case-discussion board sees them: about half
English-language settings (northern Nigeria - Kano, Zaria, Ilorin - with Hausa and Yoruba
names, NIN and NHIS/NHIA; Ghana with the Ghana Card and NHIS; Uganda with the NIN; Malawi with
the national ID; South Africa's Eastern Cape with the SA ID number, folder numbers, isiXhosa
names and rural A/A addresses; Indian English hospital notes with UHID, IP no., Aadhaar, ABHA
and PM-JAY; Pakistan's English notes with the CNIC, MR no. and Sehat card; a US visitor with a
US SSN) and half in their own languages and scripts: Israel (Hebrew, ת.ז., kupat holim member
number, "בת 94"), Ethiopia (Amharic in Ge'ez script, Ethiopian calendar dates with "ዓ.ም" left
out of the span, Fayda ID, "ዓመት"), Somalia and Somaliland (Somali, Somali months, "jir"),
Uttar Pradesh (Hindi in Devanagari, आधार, "वर्ष"/"साल"), Tamil Nadu (Tamil script, "வயது"),
Nepal (Nepali, Bikram Sambat dates in Devanagari digits, नागरिकता नं., HIB, "वर्ष"), Thailand
(Thai, 13-digit ID "3 4801 00417 22 8", HN, Buddhist-era years, "ปี"), Indonesia (Indonesian,
NIK, BPJS, No. RM, "tahun"), South Korea (Korean, 주민등록번호, 등록번호, "세", 년월일 dates) and
Japan (Japanese, マイナンバー, 保険者番号 and 記号・番号, Showa/Heisei/Reiwa era dates, "歳").
Plates as each country writes them ("BCH-417KN", "GR 4721-22", "UBA 123X", "ABC 123 EC",
"MH 12 AB 1234", "LEA-1234", "12-345-67", "B 1234 XYZ", "12가 3456", "1กข 1234",
"品川 300 あ 12-34", "बा ३ च १२३४"). Document types: discharge summaries (in English, Hebrew,
Hindi, Tamil, Thai, Indonesian, Korean), referral letters (Amharic, Nepali, Japanese 紹介状),
nursing notes and handover lists, case-board posts, WhatsApp, LINE and Viber threads, an
e-mail thread, a telephone consultation, a telemedicine log, a lab request, an insurance
claim, a pacing clinic note, an emergency record of a crash, clean grand-round, M&M, meeting,
prescription and care-plan notes in eight languages, and a discussion paragraph with
literature references.

Conventions (tests/phi/corpus.py's and the earlier docstrings'): a name without its title or
honorific (Dr, Dr., dr., Mr, Mrs, Ny., Pak, Smt., श्रीमती, Malam, Mallam, Mama, Tata, Prof.,
डा., หมอ, นาง, 様, さん, 님, 씨 stay out); a full name in any order is one span; staff names
(also with initials: "A. O. Ogunleye", "T. Phiri") and a chat's speakers are names; a
particle glued to a place stays out (in "מירוחם" only "ירוחם", in "จากสุรินทร์" only
"สุรินทร์"); an identifier without its keyword; an age over 89 with its attached unit in any
language ("93-year-old", "90 yrs", "93 years", "93 jir", "92 ዓመት", "91 वर्ष", "९२ वर्ष",
"94 வயது", "93 ปี", "91 tahun", "92세", "92歳") or the number alone where no unit is
attached after it ("aged 91", "בת 94", "גיל: 94", "வயது: 94", "90M" -> "90", "Age/Sex:
92/F"); ages under 90 are not marked; a date
without its preposition or postposition ("on", "मा" stay out), with a weekday right before it
and a time right after it; the era or calendar marks before a Japanese date are in it
("昭和8年4月12日"), the "ዓ.ም" after an Ethiopian date and the "生" after a Japanese birth date
are not; a year alone is not a date. The street line is one span (a rural "House 47, Mankosi
A/A", "44 หมู่ 3", "Jl. Sutisna Senjaya No. 44", "평화길 44", "東新城3-3-3"); each locality
(town, village, quarter, tambon, 市) and the postcode are separate spans ("〒" stays out); a
named hospital or health centre is a place, the whole name also when it holds a town's name
("RSUD dr. Soekardjo Kota Tasikmalaya", "அரசு இராஜாஜி மருத்துவமனை, மதுரை"); states,
provinces, regions, prefectures and countries (경상북도, 宮城県, จ.นครพนม, the
Sahel) are never marked, nor ward or department names. Categories: `ssn` is a
US Social Security number only (US visitors and US citizens abroad); other national numbers
(NIN, Ghana Card, Ugandan NIN, Malawian ID, SA ID number, Aadhaar, CNIC, ת.ז., Fayda ID,
Somali ID, Nepali citizenship number, Thai ID, NIK, 주민등록번호, マイナンバー) are `other_id`;
insurance numbers (NHIS/NHIA, ABHA, PM-JAY, CGHS, kupat holim membership, HIB, BPJS, 건강보험,
保険者番号 and 記号・番号) are `health_plan`; hospital, folder, UHID, IP, HN, No. RM, 등록번호
and カルテ numbers are `mrn`; passports, driving licences and medical council registrations
(MDCN, HPCSA, PMDC, GMDC, MCI, the Israeli licence) are `licence`; IBANs, bank accounts and
bill numbers are `account`; plates are `vehicle`; pacemaker and lead serials, concentrators,
IMEIs and UDIs are `device`.

Built as build(F36_PART, per_category=26, clean=120, references=8) + F36_LETTERS. Checked
without the scanner (a throwaway script): every span's text is the note's text at its offsets
and has no surrounding blanks, no marks or slots are left in the text, no spans overlap, note
ids are unique, every category is in generated.CATEGORY_ORDER, every marked age (Devanagari
digits read as digits) is over 89, every ssn has the US shape, builds under PYTHONHASHSEED=1
and 4242 are identical, and the module imports in under a second. Deterministic: its own seed
(19_036), values drawn from the builder's fixed-seed Random, no hash-order dependence.
Counts: 52 hand-written notes (37 with identifiers, one of them a web address in a
patient_information section, 14 clean, 1 reference paragraph in a discussion); 690 notes, 143
of them (21%) without any identifier (120 generated clean notes, 8 reference notes in an
introduction or discussion, 14 clean letters, 1 reference letter), 816 spans - name 105,
address 37, place 92, zip 32, date 57, age 56, phone 47, fax 29, email 28, ssn 27, mrn 39,
health_plan 38, account 29, licence 30, vehicle 28, device 28, url 43, ip 27, other_id 44
(`python -m tests.phi.fresh36_notes` prints them).

    from tests.phi.fresh36_notes import FRESH36, F36_PART, F36_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
Not wired into any test or bench: measure it once.
"""

from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build

_DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _l(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_HE_MONTHS = [
    "בינואר",
    "בפברואר",
    "במרץ",
    "באפריל",
    "במאי",
    "ביוני",
    "ביולי",
    "באוגוסט",
    "בספטמבר",
    "באוקטובר",
    "בנובמבר",
    "בדצמבר",
]
_ET_MONTHS = [
    "መስከረም",
    "ጥቅምት",
    "ኅዳር",
    "ታኅሣሥ",
    "ጥር",
    "የካቲት",
    "መጋቢት",
    "ሚያዝያ",
    "ግንቦት",
    "ሰኔ",
    "ሐምሌ",
    "ነሐሴ",
]
_SO_MONTHS = [
    "Janaayo",
    "Febraayo",
    "Maarso",
    "Abriil",
    "Maajo",
    "Juun",
    "Luulyo",
    "Agoosto",
    "Sebtembar",
    "Oktoobar",
    "Nofembar",
    "Desembar",
]
_HI_MONTHS = [
    "जनवरी",
    "फ़रवरी",
    "मार्च",
    "अप्रैल",
    "मई",
    "जून",
    "जुलाई",
    "अगस्त",
    "सितंबर",
    "अक्टूबर",
    "नवंबर",
    "दिसंबर",
]
_TA_MONTHS = [
    "ஜனவரி",
    "பிப்ரவரி",
    "மார்ச்",
    "ஏப்ரல்",
    "மே",
    "ஜூன்",
    "ஜூலை",
    "ஆகஸ்ட்",
    "செப்டம்பர்",
    "அக்டோபர்",
    "நவம்பர்",
    "டிசம்பர்",
]
_NE_MONTHS = [
    "बैशाख",
    "जेठ",
    "असार",
    "साउन",
    "भदौ",
    "असोज",
    "कात्तिक",
    "मंसिर",
    "पुस",
    "माघ",
    "फागुन",
    "चैत",
]
_TH_MONTHS = [
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
]
_ID_MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def _jp_era(y: int) -> str:
    if y >= 2019:
        return f"令和{y - 2018}年"
    if y >= 1989:
        return f"平成{y - 1988}年"
    return f"昭和{y - 1925}年"


def _f36_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1928, 2026)
    hh, mm = r.randint(0, 23), r.choice((0, 5, 10, 20, 30, 45, 55))
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
    month = _EN_MONTHS[m - 1]
    return r.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d}{suffix} {month} {y}",
            f"{d}-{month[:3]}-{y}",
            f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {_HE_MONTHS[m - 1]} {y}",
            f"{d:02d}/{m:02d}/{y - 8}",
            f"{_ET_MONTHS[m - 1]} {d} ቀን {y - 8}",
            f"{d} {_SO_MONTHS[m - 1]} {y}",
            f"{d} {_HI_MONTHS[m - 1]} {y}",
            f"{d} {_TA_MONTHS[m - 1]} {y}",
            f"{y + 57}/{m:02d}/{d:02d}".translate(_DEVANAGARI),
            f"{y + 57} {_NE_MONTHS[m - 1]} {d}",
            f"{d} {_TH_MONTHS[m - 1]} {y + 543}",
            f"{d:02d}/{m:02d}/{y + 543}",
            f"{d} {_ID_MONTHS[m - 1]} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{y}년 {m}월 {d}일",
            f"{y}.{m:02d}.{d:02d}",
            f"{_jp_era(y)}{m}月{d}日",
            f"{y}年{m}月{d}日",
            f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}",
            f"{month[:3]} {d}, {y}",
        ]
    )


def _f36_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 104)
    nep = str(n).translate(_DEVANAGARI)
    return r.choice(
        [
            ("a {age} grandmother from the village", f"{n}-year-old"),
            ("aged {age}, lives with her son", f"{n}"),
            ("{age} F, bedbound since the fall", f"{n} yrs"),
            ("mzee of {age}, walks with a stick", f"{n}"),
            ("בת {age}, גרה עם בתה", f"{n}"),
            ("גיל: {age}", f"{n}"),
            ("ዕድሜ {age}", f"{n} ዓመት"),
            ("waa haweeney {age} ah", f"{n} jir"),
            ("आयु {age}", f"{n} वर्ष"),
            ("{age} की बुज़ुर्ग महिला", f"{n} साल"),
            ("{age} மூதாட்டி", f"{n} வயது"),
            ("उमेर {age}", f"{nep} वर्ष"),
            ("ผู้ป่วยหญิงอายุ {age}", f"{n} ปี"),
            ("pasien laki-laki usia {age}", f"{n} tahun"),
            ("{age} 여자 환자", f"{n}세"),
            ("{age}女性、独居", f"{n}歳"),
            ("Age/Sex: {age}/M", f"{n}"),
            ("makhulu, {age}, from a rural homestead", f"{n}"),
            ("{age}-yr-old retired farmer", f"{n}"),
        ]
    )


def _f36_phone(r: random.Random, _h: bool) -> str:
    return r.choice(
        [
            f"0803 {_d(r, 3)} {_d(r, 4)}",
            f"+234 81{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}",
            f"024 {_d(r, 3)} {_d(r, 4)}",
            f"+233 20 {_d(r, 3)} {_d(r, 4)}",
            f"+256 77{_d(r, 1)} {_d(r, 6)}",
            f"0772 {_d(r, 6)}",
            f"+265 99 {_d(r, 3)} {_d(r, 4)}",
            f"0888 {_d(r, 3)} {_d(r, 3)}",
            f"082 {_d(r, 3)} {_d(r, 4)}",
            f"+27 47 {_d(r, 3)} {_d(r, 4)}",
            f"+91 98{_d(r, 3)} {_d(r, 5)}",
            f"044-{_d(r, 4)} {_d(r, 4)}",
            f"0300-{_d(r, 7)}",
            f"+92 321 {_d(r, 7)}",
            f"050-{_d(r, 7)}",
            f"08-{_d(r, 7)}",
            f"+251 91 {_d(r, 3)} {_d(r, 4)}",
            f"+252 63 {_d(r, 7)}",
            f"98{_d(r, 2)}-{_d(r, 6)}",
            f"08{_d(r, 1)}-{_d(r, 3)}-{_d(r, 4)}",
            f"0812-{_d(r, 4)}-{_d(r, 4)}",
            f"+62 21 {_d(r, 4)} {_d(r, 4)}",
            f"010-{_d(r, 4)}-{_d(r, 4)}",
            f"043-{_d(r, 3)}-{_d(r, 4)}",
            f"090-{_d(r, 4)}-{_d(r, 4)}",
            f"0235-{_d(r, 2)}-{_d(r, 4)}",
        ]
    )


F36_VALUES = {
    "mrn": lambda r, h: r.choice(
        [
            f"AKTH/{_d(r, 4)}/{_d(r, 2)}",
            f"KATH-{_d(r, 6)}",
            f"{_d(r, 2)}/{_d(r, 6)}",
            f"UHID{_d(r, 9)}",
            f"MRD-{r.randint(2015, 2026)}-{_d(r, 5)}",
            f"HN {_d(r, 2)}-{_d(r, 6)}",
            f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}",
            f"{_d(r, 8)}",
            f"K{_d(r, 7)}",
            f"{_d(r, 3)}-{_d(r, 4)}",
            f"OPD/{_d(r, 5)}/{r.randint(20, 26)}",
        ]
    ),
    "health_plan": lambda r, h: r.choice(
        [
            f"NHIA/{_l(r, 2)}/{_d(r, 6)}",
            _d(r, 8),
            f"{_d(r, 2)}-{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}",
            f"{_d(r, 4)} {_d(r, 4)} {_d(r, 5)}",
            f"000{_d(r, 10)}",
            _d(r, 9),
            f"{_d(r, 8)} {_d(r, 2)}-{_d(r, 3)}",
            f"{_d(r, 1)}-{_d(r, 10)}",
            f"CGHS/{_d(r, 7)}",
            f"PMJAY-{_l(r, 4)}{_d(r, 5)}",
            f"{_d(r, 11)}",
        ]
    ),
    "account": lambda r, h: r.choice(
        [
            _d(r, 10),
            f"IL{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}",
            f"PK{_d(r, 2)} {_l(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
            f"{_d(r, 14)}",
            f"INV/{r.randint(2024, 2026)}/{_d(r, 5)}",
            f"{_d(r, 3)}-{_d(r, 6)}-{_d(r, 2)}-{_d(r, 3)}",
            f"{_d(r, 3)}-{_d(r, 2)}-{_d(r, 6)}",
            f"{_d(r, 4)}-{_d(r, 3)}-{_d(r, 6)}",
        ]
    ),
    "licence": lambda r, h: r.choice(
        [
            f"MDCN/R/{_d(r, 5)}",
            f"A{_d(r, 8)}",
            f"MP {_d(r, 7)}",
            f"{_l(r, 2)}{_d(r, 2)} {_d(r, 11)}",
            f"{_d(r, 5)}-P",
            f"{_l(r, 1)}{_d(r, 7)}",
            f"GMDC/{_l(r, 2)}/{_d(r, 5)}",
            f"{_d(r, 2)}-{_d(r, 6)}-{_d(r, 2)}",
            f"{_d(r, 12)}",
            f"TN-{_d(r, 2)}-{r.randint(1995, 2025)}{_d(r, 7)}",
            f"{_d(r, 5)}",
        ]
    ),
    "vehicle": lambda r, h: r.choice(
        [
            f"{_l(r, 3)}-{_d(r, 3)}{_l(r, 2)}",
            f"GR {_d(r, 4)}-{r.randint(10, 26)}",
            f"UB{_l(r, 1)} {_d(r, 3)}{_l(r, 1)}",
            f"{_l(r, 2)} {_d(r, 4)}",
            f"{_l(r, 3)} {_d(r, 3)} EC",
            f"{_l(r, 2)} {_d(r, 2)} {_l(r, 2)} {_d(r, 4)}",
            f"{_l(r, 3)}-{_d(r, 4)}",
            f"{_d(r, 2)}-{_d(r, 3)}-{_d(r, 2)}",
            f"{_l(r, 1)} {_d(r, 4)} {_l(r, 3)}",
            f"{_d(r, 2)}가 {_d(r, 4)}",
            f"{_d(r, 1)}กข {_d(r, 4)}",
            f"品川 {_d(r, 3)} あ {_d(r, 2)}-{_d(r, 2)}",
            f"बा {r.randint(1, 9)} च {_d(r, 4)}".translate(_DEVANAGARI),
        ]
    ),
    "device": lambda r, h: r.choice(
        [
            f"{_l(r, 3)}{_d(r, 6)}{_l(r, 1)}",
            f"SN {_d(r, 4)}-{_d(r, 5)}",
            f"{_d(r, 15)}",
            f"{_l(r, 2)}{_d(r, 8)}",
            f"(01){_d(r, 14)}(21){_d(r, 6)}",
            f"{_d(r, 2)}{_l(r, 3)}{_d(r, 5)}",
        ]
    ),
    "other_id": lambda r, h: r.choice(
        [
            _d(r, 11),
            f"GHA-{_d(r, 9)}-{_d(r, 1)}",
            f"C{r.choice('MF')}{_d(r, 5)}{_l(r, 3)}{_d(r, 2)}{_l(r, 3)}",
            f"{_l(r, 2)}{_d(r, 2)}{_l(r, 2)}{_d(r, 2)}",
            f"{r.randint(20, 45):02d}{_d(r, 4)} {_d(r, 4)} 08{_d(r, 1)}",
            f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
            f"{_d(r, 5)}-{_d(r, 7)}-{_d(r, 1)}",
            f"0{_d(r, 8)}",
            f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
            f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}-{_d(r, 5)}",
            f"{_d(r, 1)} {_d(r, 4)} {_d(r, 5)} {_d(r, 2)} {_d(r, 1)}",
            f"{_d(r, 16)}",
            f"{r.randint(20, 45)}{_d(r, 4)}-{r.choice('12')}{_d(r, 6)}",
            f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        ]
    ),
    "ssn": lambda r, h: r.choice(
        [
            f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
            f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}",
        ]
    ),
    "phone": _f36_phone,
    "fax": _f36_phone,
    "email": lambda r, h: r.choice(
        [
            "{g}.{s}@example.com.ng",
            "{s}{n}@example.com.gh",
            "{g}_{s}@example.co.in",
            "{g}{s}{n}@example.co.za",
            "{s}.{g}@example.ac.ug",
            "{g}@example.co.il",
            "{s}{n}@example.co.id",
            "{g}.{s}@example.jp",
        ]
    ),
    "url": lambda r, h: r.choice(
        [
            "https://www.example.com.ng/{g}-{s}",
            "example.co.za/memorial/{g}{s}",
            "https://{s}.example.in/",
            "https://gofund.example.org/{g}-{s}-{n}",
            "www.example.co.kr/blog/{s}{n}",
            "https://note.example.jp/{g}{s}",
        ]
    ),
    "ip": lambda r, h: r.choice(
        [
            f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"203.0.113.{r.randint(1, 254)}",
            f"2001:db8::{r.randint(1, 65535):x}",
        ]
    ),
    "zip": lambda r, h: r.choice(
        [
            f"{r.randint(70, 99)}{_d(r, 4)}",
            f"{r.randint(1, 8)}{_d(r, 2)} {_d(r, 3)}",
            f"{r.randint(5000, 5299)}",
            f"{r.randint(1, 9)}{_d(r, 6)}",
            f"{r.randint(10, 96)}{_d(r, 3)}",
            f"{_d(r, 3)}-{_d(r, 4)}",
            f"{r.randint(1, 6)}{_d(r, 5)}",
        ]
    ),
    "date": _f36_date,
}

F36_VOCABULARY = Vocabulary(
    given=[
        "Aminu",
        "Hadiza",
        "Olumide",
        "Folake",
        "Kwabena",
        "Abena",
        "Nakato",
        "Okello",
        "Mphatso",
        "Chimwemwe",
        "Lwazi",
        "Nomvula",
        "Meenakshi",
        "Rajendra",
        "Sadia",
        "Imran",
        "Yossi",
        "Tigist",
        "Abdirahman",
        "Xaliimo",
        "Sushila",
        "Somchai",
        "Wayan",
        "Ji-yeon",
        "Haruto",
    ],
    surnames=[
        "Abdullahi",
        "Bello",
        "Ogunleye",
        "Adeyemi",
        "Boateng",
        "Asamoah",
        "Mukasa",
        "Banda",
        "Phiri",
        "Mgijima",
        "Ntshona",
        "Venkatesan",
        "Qureshi",
        "Mizrahi",
        "Tesfaye",
        "Warsame",
        "Shrestha",
        "Srisuk",
        "Setiawan",
        "Takahashi",
        "Yusuf Danjuma",
        "Chaudhry",
        "Kaweesa",
        "Gqirana",
    ],
    cities=[
        "Gwarzo",
        "Funtua",
        "Bichi",
        "Techiman",
        "Bolgatanga",
        "Kasese",
        "Masindi",
        "Mangochi",
        "Salima",
        "Lusikisiki",
        "Cofimvaba",
        "Tirunelveli",
        "Kumbakonam",
        "Sahiwal",
        "Mardan",
        "Dimona",
        "Kiryat Shmona",
        "Debre Markos",
        "Burao",
        "Beledweyne",
        "Dhangadhi",
        "Nakhon Phanom",
        "Tasikmalaya",
        "Gimcheon",
        "Kesennuma",
    ],
    streets=[
        "Zaria Road",
        "Ahmadu Bello Way",
        "Liberation Road",
        "Jinja Road",
        "Kamuzu Procession",
        "Sutherland Street",
        "Nehru Nagar 3rd Cross",
        "Jinnah Avenue",
        "HaNasi",
        "Jl. Merdeka",
    ],
    relations=[
        "son",
        "daughter",
        "wife",
        "husband",
        "grandson",
        "niece",
        "daughter-in-law",
        "co-wife",
        "nephew",
        "caregiver",
    ],
    clean=[
        "Hb 7.9 g/dL, MCV 68 fL; blood film: target cells.",
        "Malaria RDT positive; artesunate 2.4 mg/kg IV at 0, 12 and 24 h.",
        "GeneXpert MTB detected, rifampicin resistance not detected.",
        "Burkitt lymphoma of the jaw was the main differential.",
        "Kaposi sarcoma lesions on the palate; CD4 112.",
        "Started RHZE 4 tablets daily; pyridoxine 25 mg.",
        "BP 182/104 mmHg; amlodipine 10 mg and HCTZ 25 mg.",
        "Sickle cell disease (HbSS), steady-state Hb 7.2.",
        "Seen in the Medical Outpatient Department, Clinic 4.",
        "Tab. Metformin 500 mg BD; Inj. Insulin Mixtard 14-0-10 units.",
        "CECT abdomen: bulky pancreas, no collection (modified CT severity index 4).",
        "Kussmaul breathing, ketones 4+; DKA protocol started.",
        "Takayasu arteritis and Kawasaki disease were discussed at the meeting.",
        "ECG: sinus tachycardia 118/min, QTc 462 ms.",
        "לחץ דם 142/88, דופק 96, סטורציה 95% באוויר החדר.",
        "אבחנה: מחלת קרוהן, ללא סיבוכים.",
        "የደም ግፊት 150/90፣ የልብ ምት 104 በደቂቃ።",
        "Cudurka: sonkorow nooca 2; HbA1c 9.1%.",
        "रक्तचाप 130/80 mmHg, नाड़ी 88/मिनट; हीमोग्लोबिन 9.2 g/dL.",
        "இரத்த அழுத்தம் 140/90, சர்க்கரை 212 mg/dL.",
        "रक्तचाप १३०/८० mmHg; मधुमेह नियन्त्रणमा।",
        "ความดันโลหิต 150/95 mmHg ชีพจร 98 ครั้ง/นาที",
        "Tekanan darah 160/100 mmHg, nadi 96 x/menit, GCS 15.",
        "혈압 138/86 mmHg, 맥박 92회/분, 체온 37.8도.",
        "血圧 152/88 mmHg、脈拍 84/分、SpO2 96%（室内気）。",
        "Ward 4 (female medical); bed 12 to step down on day 3.",
        "NEWS2 6; qSOFA 2; CURB-65 3.",
        "Creatinine 312 umol/L, urea 24 mmol/L; K 6.1 after calcium gluconate 10 mL.",
        "Plan: repeat FBC, U&E, LFT in 48 h; review in MOPD after 2 weeks.",
        "Glasgow coma scale 13/15; pupils 3 mm, reactive.",
    ],
    seed=19_036,
)

F36_CONNECTORS = [": ", " - ", " ", " no. ", "\n", ":  ", " # ", " = ", "：", " No.: "]
F36_FRAMES = [
    "{kv}",
    "{kv}.",
    "- {kv}",
    "{kw}\n{v}",
    "| {kw} | {v} |",
    "{kv} (checked)",
    "[{kv}]",
    "Front sheet - {kv}",
    "{kv}; bed 14",
    "* {kv}",
    "{kv} ✓",
]
F36_KEYWORDS = {
    "mrn": [
        "Hosp. No.",
        "UHID",
        "Folder no.",
        "IP No.",
        "מס' תיק",
        "HN",
        "No. RM",
        "등록번호",
        "カルテ番号",
        "Card no.",
        "दर्ता नं.",
        "MR No.",
    ],
    "health_plan": [
        "NHIS No.",
        "NHIA No.",
        "ABHA",
        "PM-JAY ID",
        "קופת חולים - מס' חבר",
        "BPJS",
        "No. Kartu BPJS",
        "건강보험증 번호",
        "保険者番号",
        "被保険者番号",
        "สิทธิ UC เลขที่",
        "HIB No.",
    ],
    "account": [
        "A/c No.",
        "Bank a/c",
        "IBAN",
        "Bill No.",
        "חשבון",
        "No. Rekening",
        "계좌번호",
        "口座番号",
        "Invoice",
    ],
    "licence": [
        "MDCN Reg. No.",
        "HPCSA No.",
        "PMDC No.",
        "Passport No.",
        "DL No.",
        "רישיון רופא",
        "SIM",
        "면허번호",
        "運転免許証番号",
        "MCI Reg.",
    ],
    "vehicle": [
        "Reg. No.",
        "Veh. No.",
        "Plate",
        "Number plate",
        "Vehicle",
        "מס' רכב",
        "Plat nomor",
        "차량번호",
        "ナンバー",
        "ทะเบียนรถ",
    ],
    "device": [
        "S/N",
        "Serial No.",
        "Pacemaker serial",
        "IMEI",
        "Lot/SN",
        "UDI",
        "מס' סידורי",
        "製造番号",
    ],
    "other_id": [
        "NIN",
        "Ghana Card",
        "National ID",
        "SA ID No.",
        "Aadhaar",
        "CNIC",
        "ת.ז.",
        "Fayda ID",
        "NIK",
        "주민등록번호",
        "マイナンバー",
        "เลขประจำตัวประชาชน",
        "नागरिकता नं.",
    ],
    "ssn": ["SSN", "US SSN", "Social Security No."],
    "phone": ["Tel", "Mob.", "Phone", "GSM", "טל'", "HP", "휴대폰", "電話", "โทร", "सम्पर्क", "Cell"],
    "fax": ["Fax", "Fax No.", "פקס", "FAX", "팩스"],
}
F36_SENTENCES = {
    "licence": [
        "Referred by a doctor registered as {v}.",
        "Passport {v} copied for the insurer.",
        "His driving licence {v} was kept by the police after the crash.",
        "Attending officer's licence no. {v} is on the form.",
    ],
    "vehicle": [
        "Okada (motorcycle taxi) {v} hit him at the junction.",
        "Tro-tro {v} overturned near the bridge.",
        "Brought in the family car, registration {v}.",
        "Taxi {v} left the road at night.",
        "트럭 {v}와 충돌.",
        "車両 {v} と衝突。",
    ],
    "mrn": [
        "Old folder {v} found in records.",
        "Please merge duplicate UHID {v}.",
        "Previous admission under hospital number {v}.",
    ],
    "health_plan": [
        "Covered by NHIS, card {v}.",
        "Claims under PM-JAY, beneficiary {v}.",
        "BPJS aktif, nomor {v}.",
        "Member of Clalit, no. {v}.",
    ],
    "account": [
        "Deposit paid into account {v}.",
        "Refund to bank account {v} requested by the son.",
    ],
    "device": [
        "Single-chamber pacemaker, serial {v}, interrogated.",
        "Oxygen concentrator {v} was faulty.",
        "Her phone (IMEI {v}) was handed to the police.",
    ],
    "other_id": [
        "Identity confirmed with Ghana Card {v}.",
        "NIN {v} captured at registration.",
        "Aadhaar {v} linked to the record.",
        "CNIC {v} of the attendant noted.",
        "ID book number {v} on the referral letter.",
    ],
    "ssn": [
        "Visiting from the US; his SSN {v} is on the travel insurance form.",
        "US citizen, Social Security number {v}.",
        "Insurer asks for the SSN ({v}).",
    ],
    "phone": [
        "Son [[name:Musa]] can be reached on {v}.",
        "Call the daughter on {v} if worse.",
        "NOK prefers WhatsApp: {v}.",
        "Caller ID {v}.",
    ],
    "fax": ["Discharge letter faxed to {v}.", "Results faxed to the referring clinic on {v}."],
    "email": [
        "Daughter asks for updates to {v}.",
        "Send the scan report to {v}.",
        "Kirim hasil lab ke {v}.",
    ],
    "url": [
        "The family posted his story at {v}.",
        "Fundraising page {v} describes the surgery.",
        "Her blog {v} documents the dialysis.",
    ],
    "ip": ["Telemedicine cart at {v} lost connection.", "PACS login from {v} flagged."],
    "zip": ["Postcode {v}.", "PIN {v}", "Postal code {v}", "Kode pos {v}", "우편번호 {v}", "〒{v}"],
    "date": [
        "Admitted {v}.",
        "DOB: {v}",
        "Date of surgery - {v}",
        "Died {v}.",
        "Discharged {v}",
        "תאריך קבלה: {v}",
        "ቀን፡ {v}",
        "Taariikhda: {v}",
        "भर्ती दिनांक: {v}",
        "அனுமதி தேதி: {v}",
        "भर्ना मिति: {v}",
        "วันที่รับไว้ {v}",
        "Tanggal masuk: {v}",
        "입원일: {v}",
        "入院日：{v}",
        "Seen {v}.",
    ],
    "address": [
        "Lives at [[address:No. {n} {street}]] with her son.",
        "Address: [[address:{n} {street}]]",
        "Home: [[address:Plot {n}, {street}]]",
        "R/o [[address:H.No. {n}, {street}]]",
        "Alamat: [[address:{street} No. {n}]]",
        "Found outside [[address:{n} {street}]] by a neighbour.",
    ],
    "place": [
        "Transferred from the district hospital in {city}.",
        "Farmer from a village near {city}.",
        "Lives in {city} with family.",
        "Came down from {city} by bus.",
        "Berasal dari {city}.",
        "Waxa uu ka yimid {city}.",
        "Referred from a PHC in {city}.",
    ],
    "name": [
        "Bed 5 - {full}, day 3.",
        "NOK: {given} ({rel}).",
        "{rel} {given} at bedside overnight.",
        "Pt: {full}",
        "Mrs {surname} for theatre today.",
        "Mallam {surname} declined surgery.",
        "{given} pulled out the NG tube again.",
        "Discussed with {full}, {rel}.",
        "Pak {surname} mengeluh sesak.",
        "Seen with Mama {given}.",
        "{full} agreed to admission.",
    ],
}
F36_AFTER = ["{v} ({kw})", "{v} - {kw}", "{kw} on file: {v}", "{v} = {kw}"]
F36_REFERENCES = [
    "As in the WHO 2022 guideline (https://doi.org/10.1016/S2214-109X(22){n}).",
    "The Ethiopian cohort (https://pubmed.ncbi.nlm.nih.gov/{n}{n}/) found the same.",
    "See the ICMR protocol at https://www.icmr.gov.in/guidelines/{n}.pdf for dosing.",
]
F36_STYLES = [
    "DISCHARGE SUMMARY\nDepartment of Internal Medicine\n{body}\nCondition at discharge: improved.",
    "CASE BOARD POST - please advise\n{body}\nThoughts welcome.",
    "סיכום אשפוז\nמחלקה פנימית ב'\n{body}\nהמלצות: המשך טיפול במרפאה.",
    "ማጠቃለያ\nየውስጥ ደዌ ክፍል\n{body}",
    "WARBIXIN BUKAAN\n{body}",
    "डिस्चार्ज सारांश\nमेडिसिन विभाग\n{body}",
    "வெளியேற்ற சுருக்கம்\n{body}",
    "สรุปการรักษา\nอายุรกรรมหญิง\n{body}",
    "RESUME MEDIS\nBangsal Penyakit Dalam\n{body}\nKondisi pulang: membaik.",
    "퇴원 요약\n내과 병동\n{body}",
    "退院サマリー\n内科病棟\n{body}",
    "Handover (night -> day):\n- {body}\n- chase cultures\n- review electrolytes",
    "{body}",
]
F36_PART = Part(
    "fresh36",
    F36_VOCABULARY,
    F36_CONNECTORS,
    F36_FRAMES,
    F36_KEYWORDS,
    F36_SENTENCES,
    F36_AFTER,
    F36_REFERENCES,
    True,
    values=F36_VALUES,
    age=_f36_age,
    styles=F36_STYLES,
)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh36-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    (
        "ng-kano-discharge",
        "DISCHARGE SUMMARY\n[[place:Aminu Kano Teaching Hospital]] - Medical Ward 2\n"
        "Name: [[name:Hadiza Sani Abdullahi]]  Age: 46  Sex: F\n"
        "Hosp. No.: [[mrn:AKTH/0417/22]]  NIN: [[other_id:40213775186]]\n"
        "NHIA No.: [[health_plan:NHIA/KN/204417]]\n"
        "Address: [[address:No. 12 Sabon Titi]], [[place:Gyadi-Gyadi]], [[place:Kano]]\n"
        "Admitted [[date:03/02/2026]], discharged [[date:11/02/2026]].\n"
        "Diagnosis: hypertensive heart disease with CCF (NYHA III).\n"
        "Husband, Malam [[name:Sani Abdullahi]], on [[phone:0803 412 7789]].",
    ),
    (
        "ng-ilorin-referral",
        "Dear Colleague,\nRe: Mrs [[name:Folake Adeyemi]], aged [[age:91]]\n"
        "I would be grateful if you could see this retired teacher from [[place:Offa]], whose BP "
        "has stayed at 190/110 despite amlodipine 10 mg and lisinopril 20 mg. She lives with her "
        "son [[name:Tunde]] at [[address:14 Ibrahim Taiwo Road]], [[place:Ilorin]].\n"
        "Yours faithfully,\nDr [[name:A. O. Ogunleye]]\nMDCN Reg. No. [[licence:MDCN/R/41772]]",
    ),
    (
        "gh-tamale-nursing",
        "NURSES' NOTES - Female Medical Ward, [[place:Tamale Teaching Hospital]]\n"
        "[[date:14/01/2026 06:00]] Patient [[name:Abena Boateng]], Ghana Card "
        "[[other_id:GHA-718220431-6]], NHIS [[health_plan:20417733]]. Slept well, T 36.8. "
        "Grandson [[name:Kwabena Asamoah]] visited, tel [[phone:024 417 2291]]. Continue IV "
        "ceftriaxone.\nSigned: [[name:R. Mahama]] (SN)",
    ),
    (
        "ug-mbale-caseboard",
        "Anyone seen this? [[age:93-year-old]] man from [[place:Kamonkoli]], brought to "
        "[[place:Mbale Regional Referral Hospital]] on [[date:2 March 2026]] with fever and "
        "massive splenomegaly. Kala-azar? rK39 pending. NIN [[other_id:CM32011045KLPA]].\n"
        "Reply - [[name:Nakato Kaweesa]]: check HIV status first; we had two like this last "
        "year.",
    ),
    (
        "mw-zomba-handover",
        "HANDOVER - Ward 3A, [[place:Zomba Central Hospital]]\n"
        "Bed 4: [[name:Chimwemwe Banda]], 34F, cryptococcal meningitis day 5, LP today.\n"
        "Bed 7: [[name:Mphatso Phiri]], [[age:90]]M, CCF, national ID [[other_id:XK7R2M9T]], "
        "from [[place:Chingale]]; son on [[phone:0888 412 770]].\nBed 9: empty.",
    ),
    (
        "za-ec-referral",
        "REFERRAL LETTER\nFrom: [[place:St Barnabas Hospital]], [[place:Libode]]\n"
        "To: Medical Outpatients, [[place:Nelson Mandela Academic Hospital]], [[place:Mthatha]]\n"
        "Patient: [[name:Nomvula Gqirana]]\nSA ID No.: [[other_id:3205120412087]]\n"
        "Folder no.: [[mrn:SB-0044172]]\nDOB: [[date:12/05/1932]] ([[age:93 years]])\n"
        "Address: [[address:House 47, Mankosi A/A]], [[place:Ngqeleni]], [[zip:5140]]\n"
        "Lives with her granddaughter [[name:Sinazo Mgijima]], cell [[phone:072 418 3309]].\n"
        "Thank you, Dr [[name:L. Ntshona]], HPCSA No. [[licence:MP 0541772]]",
    ),
    (
        "in-delhi-discharge",
        "DISCHARGE SUMMARY\nDept. of Medicine, Unit III, [[place:Safdarjung Hospital]]\n"
        "Name: Smt. [[name:Sushila Devi]]  Age/Sex: [[age:92]]/F\n"
        "UHID: [[mrn:UHID202604417]]  IP No.: [[mrn:26/011793]]\n"
        "ABHA: [[health_plan:91-4417-2283-0956]]  Aadhaar: [[other_id:4417 2283 0956]]\n"
        "R/o [[address:H.No. 221, Gali No. 4]], [[place:Sangam Vihar]], [[place:New Delhi]] - "
        "[[zip:110080]]\nDOA: [[date:05/01/2026]]  DOD: [[date:13/01/2026]]\n"
        "Diagnosis: community-acquired pneumonia; Parkinson's disease.\n"
        "Attendant: son [[name:Rajendra Prasad]], Mob. [[phone:+91 98104 22719]]",
    ),
    (
        "pk-sahiwal-post",
        "Case from [[place:DHQ Hospital Sahiwal]]: a [[age:95-year-old]] retired schoolteacher "
        "from [[place:Chichawatni]], CNIC [[other_id:36502-4417228-1]], presented on "
        "[[date:17-Feb-2026]] with painless jaundice and a palpable gallbladder (Courvoisier "
        "sign). CA 19-9 was 1840. Son [[name:Imran Chaudhry]] ([[phone:0300-4417228]]) wants "
        "palliative stenting only. Advised by Prof. [[name:Qureshi]] to discuss at the MDT.",
    ),
    (
        "il-soroka-discharge",
        "מכתב שחרור\n[[place:המרכז הרפואי סורוקה]], מחלקה פנימית ג'\n"
        "שם: [[name:מזל מזרחי]]\nת.ז. [[other_id:031447285]]\n"
        "קופת חולים כללית, מס' חבר [[health_plan:5504417283]]\nגיל: [[age:94]]\n"
        "כתובת: [[address:רחוב הנשיא 14]], [[place:דימונה]]\n"
        "תאריך קבלה: [[date:03.02.2026]]\nתאריך שחרור: [[date:09.02.2026]]\n"
        "אבחנות: אי ספיקת לב, פרפור פרוזדורים. הועברה מ[[place:ירוחם]].\n"
        "בתה [[name:אורית]] ליוותה אותה, טל' [[phone:050-4417283]].",
    ),
    (
        "il-whatsapp",
        "[08:14] [[name:Yossi Mizrahi]]: מישהו מכיר מקרה כזה? "
        "בן [[age:97]] מ[[place:קריית שמונה]], "
        "נפל בבית\n[08:16] [[name:דנה לוי]]: תבדוק CT ראש, INR 3.2\n"
        "[08:17] [[name:Yossi Mizrahi]]: הבן שלו [[name:אבי]] ביקש עדכון ל-"
        "[[email:avi.cohen@example.co.il]]",
    ),
    (
        "et-debre-markos-referral",
        "የሪፈራል ደብዳቤ\nሆስፒታል: [[place:ደብረ ማርቆስ ሪፈራል ሆስፒታል]]\n"
        "ስም: [[name:አበበች ተስፋዬ]]\nዕድሜ: [[age:92 ዓመት]]\nየካርድ ቁጥር: [[mrn:04417]]\n"
        "ቀን: [[date:12/06/2018]] ዓ.ም\nአድራሻ: [[place:ደጀን]] ከተማ\n"
        "ስልክ: [[phone:+251 91 144 7283]]\nምርመራ: የሳንባ ምች (pneumonia)።",
    ),
    (
        "et-addis-nursing",
        "የነርስ ማስታወሻ\n[[date:ጥር 14 ቀን 2018]] ዓ.ም\n"
        "ታካሚ [[name:ታደሰ ከበደ]] ([[age:96 ዓመት]]) ሌሊቱን በሰላም አድሯል። "
        "ልጁ [[name:ሰላም]] ጎበኘችው። Fayda ID [[other_id:4417 2283 0956]].",
    ),
    (
        "so-beledweyne",
        "WARBIXINTA BUKAANKA\nIsbitaalka: [[place:Isbitaalka Guud ee Beledweyne]]\n"
        "Magaca: [[name:Xaliimo Maxamed Cali]]\nDa'da: [[age:93 jir]]\n"
        "Taariikhda: [[date:4 Maarso 2026]]\nDeegaanka: [[place:Buuloburde]]\n"
        "Taleefan: [[phone:+252 61 5447128]] (wiilkeeda [[name:Cabdiraxmaan]])\n"
        "Cudurka: shuban biyood (cholera), fuuq-bax daran. ORS iyo Ringer lactate.",
    ),
    (
        "so-hargeisa-referral",
        "Referral - [[place:Hargeisa Group Hospital]]\n"
        "Name: [[name:Abdirahman Warsame Jama]], [[age:90 yrs]], from [[place:Burao]]\n"
        "National ID [[other_id:0441728390]]\n"
        "Dx: TB spine (Pott disease) with paraparesis; for MRI.\n"
        "Doctor: [[name:Hodan Ismaaciil]], tel [[phone:+252 63 4417283]]",
    ),
    (
        "hi-bahraich-discharge",
        "डिस्चार्ज सारांश\n[[place:ज़िला अस्पताल बहराइच]]\nनाम: श्रीमती [[name:कमला देवी]]\n"
        "आयु: [[age:91 वर्ष]]\nपंजीकरण संख्या: [[mrn:2026/04417]]\n"
        "आधार: [[other_id:5512 4417 2283]]\nपता: ग्राम [[place:रामपुर]], पोस्ट [[place:नानपारा]]\n"
        "भर्ती दिनांक: [[date:12 जनवरी 2026]]\nछुट्टी दिनांक: [[date:19 जनवरी 2026]]\n"
        "निदान: टाइफाइड ज्वर।\nबेटा [[name:रमेश कुमार]], मोबाइल [[phone:94153 22871]]",
    ),
    (
        "ta-madurai-discharge",
        "வெளியேற்ற சுருக்கம்\n[[place:அரசு இராஜாஜி மருத்துவமனை, மதுரை]]\n"
        "பெயர்: திருமதி [[name:செல்வி முருகேசன்]]\nவயது: [[age:94]]\n"
        "UHID: [[mrn:GRH26004417]]\n"
        "முகவரி: [[address:12, பெரியார் தெரு]], [[place:திருமங்கலம்]] - [[zip:625706]]\n"
        "அனுமதி தேதி: [[date:08 பிப்ரவரி 2026]]\nநோயறிதல்: சர்க்கரை நோய், பாத புண்.\n"
        "மகன் [[name:முருகன்]]: [[phone:+91 94433 17725]]",
    ),
    (
        "ne-dhangadhi-referral",
        "प्रेषण पत्र\n[[place:सेती प्रादेशिक अस्पताल]], [[place:धनगढी]]\n"
        "बिरामीको नाम: [[name:सीता देवी भट्ट]]\nउमेर: [[age:९२ वर्ष]]\n"
        "दर्ता नं.: [[mrn:२०८२/४४१७]]\nमिति: [[date:२०८२/१०/१५]]\n"
        "ठेगाना: [[place:गोदावरी]] नगरपालिका\nनागरिकता नं.: [[other_id:71-01-75-04417]]\n"
        "छोरा [[name:राम बहादुर भट्ट]], सम्पर्क [[phone:9848-412270]]\nरोग: COPD exacerbation",
    ),
    (
        "th-nakhon-phanom",
        "สรุปการรักษา\n[[place:โรงพยาบาลนครพนม]]\nชื่อ: นาง [[name:บุญมี ศรีสุข]]\n"
        "อายุ [[age:93 ปี]]\nHN [[mrn:64-012877]]\n"
        "เลขประจำตัวประชาชน [[other_id:3 4801 00417 22 8]]\nวันเกิด [[date:12 มี.ค. 2475]]\n"
        "รับไว้ [[date:02/02/2569]] จำหน่าย [[date:09/02/2569]]\n"
        "ที่อยู่ [[address:44 หมู่ 3]] ต.[[place:อาจสามารถ]] จ.นครพนม [[zip:48000]]\n"
        "การวินิจฉัย: โรคเมลิออยด์ (melioidosis)",
    ),
    (
        "th-line-group",
        "[LINE กลุ่มอายุรกรรม]\n[[name:Somchai Srisuk]]: เคสนี้ผู้ป่วยชาย [[age:98 ปี]] "
        "จาก[[place:สุรินทร์]] ไข้สูง 3 วัน\n[[name:Somchai Srisuk]]: ลูกสาว [[name:มาลี]] "
        "โทร [[phone:081-447-2283]]\nหมอ[[name:ปรีชา]]: ส่ง CT ได้ครับ",
    ),
    (
        "id-tasik-resume",
        "RESUME MEDIS\n[[place:RSUD dr. Soekardjo Kota Tasikmalaya]]\n"
        "Nama: Ny. [[name:Siti Aminah]]\nUsia: [[age:91 tahun]]\nNo. RM: [[mrn:01-44-17]]\n"
        "NIK: [[other_id:3278014407320002]]\nNo. Kartu BPJS: [[health_plan:0001447283301]]\n"
        "Alamat: [[address:Jl. Sutisna Senjaya No. 44]], [[place:Cikalang]], [[zip:46112]]\n"
        "Tanggal masuk: [[date:3 Februari 2026]]\n"
        "Diagnosis: demam berdarah dengue; penyakit Addison disingkirkan.",
    ),
    (
        "id-whatsapp",
        "[WA] [[name:Wayan Setiawan]]: Dok, ibu saya [[age:95 tahun]] sesak sejak semalam. Kami di "
        "[[address:Jl. Raya Peliatan No. 12]], [[place:Peliatan]].\n"
        "dr. [[name:Made Suartini]]: Segera bawa ke IGD [[place:RSUD Sanjiwani]]. "
        "Bawa kartu BPJS.\n"
        "[[name:Wayan Setiawan]]: BPJS [[health_plan:0002283441172]], HP saya "
        "[[phone:0812-3844-1727]]",
    ),
    (
        "kr-gimcheon-discharge",
        "퇴원 요약지\n[[place:김천의료원]] 내과\n환자명: [[name:김순자]] ([[age:92세]], 여)\n"
        "등록번호: [[mrn:01447283]]\n주민등록번호: [[other_id:331104-2447281]]\n"
        "주소: 경상북도 [[place:김천시]] [[address:평화길 44]]\n"
        "입원일: [[date:2026년 1월 5일]]\n퇴원일: [[date:2026년 1월 14일]]\n"
        "보호자: 아들 [[name:박영호]] [[phone:010-4417-2283]]\n진단: 폐렴, 파킨슨병.",
    ),
    (
        "kr-nursing",
        "간호기록\n[[date:2026.02.03 07:00]] 환자 [[name:이말순]]님 밤새 안정적으로 수면함. "
        "딸 [[name:최지연]] 씨 면회. V/S 안정. 낙상 위험 평가 (Morse) 55점.",
    ),
    (
        "jp-kesennuma-referral",
        "診療情報提供書\n[[place:気仙沼市立病院]] 内科\n[[name:佐藤 ハナ]] 様\n"
        "生年月日: [[date:昭和8年4月12日]]生（[[age:92歳]]）\n"
        "住所: 〒[[zip:988-0066]] 宮城県[[place:気仙沼市]][[address:東新城3-3-3]]\n"
        "保険者番号: [[health_plan:39040017]]\n"
        "記号・番号: [[health_plan:14-2283]]\n"
        "マイナンバー: [[other_id:4417 2283 0956]]\n電話: [[phone:0226-22-4417]]\n"
        "傷病名: 心不全、パーキンソン病\n紹介医: [[name:高橋 健一]]",
    ),
    (
        "jp-er-crash",
        "救急外来記録\n[[date:令和8年1月20日 22:40]] 搬入。軽トラック"
        "（[[vehicle:宮城 480 あ 12-34]]）運転中に電柱に衝突。\n"
        "[[name:鈴木 正男]]さん、[[age:90歳]]。運転免許証番号 [[licence:221204417283]]。\n"
        "妻 [[name:鈴木 トシ]]さんに連絡（[[phone:090-4417-2283]]）。",
    ),
    (
        "ng-okada-case",
        "Case for discussion: [[name:Aminu Bello]], a 34-year-old okada rider from "
        "[[place:Bichi]], was brought to [[place:Murtala Muhammad Specialist Hospital]] after his "
        "motorcycle ([[vehicle:BCH-417KN]]) hit a trailer on [[date:22nd January 2026]]. GCS 9. "
        "NIN [[other_id:70417228319]]. His brother [[name:Yusuf]] paid into the hospital account "
        "[[account:1004417283]] for the CT.",
    ),
    (
        "za-frere-handover",
        "HANDOVER - Male Medical, [[place:Frere Hospital]]\n"
        "1. [[name:Lwazi Mgijima]] (bed 3) - TBM, day 12 of RHZE. From [[place:Mdantsane]].\n"
        "2. Tata [[name:Mzwandile Ntshona]], [[age:96]] - CCF; family in [[place:Peddie]]; "
        "daughter [[name:Nosipho]] [[phone:082 441 7283]].\n"
        "3. Bed 8 - DNR discussion pending; see consultant note.",
    ),
    (
        "in-email-thread",
        "From: [[name:Meenakshi Venkatesan]] <[[email:meenakshi.v@example.co.in]]>\n"
        "To: Nephrology OPD\nSubject: Re: AV fistula for my father\n\n"
        "Dear Sir, my father [[name:K. Venkatesan]] ([[age:90 years]]) from [[place:Kumbakonam]] "
        "was told to come after 2 weeks. His UHID is [[mrn:MRD-2025-44172]] and the PM-JAY ID "
        "[[health_plan:PMJAY-TNKA44172]].\nRegards,\n[[name:Meenakshi]]\n"
        "Mob [[phone:+91 98431 44172]]",
    ),
    (
        "pk-sehat-claim",
        "SEHAT CARD CLAIM - [[place:Mardan Medical Complex]]\n"
        "Patient: [[name:Gul Bibi]], w/o [[name:Sher Khan]]\n"
        "CNIC: [[other_id:16101-4417283-2]]\nMR No.: [[mrn:MMC-26-44172]]\n"
        "Bill No.: [[account:INV/2026/04417]]\nRefund to IBAN [[account:PK36 MEZN 0004 4172 8301 "
        "2291]]\nProcedure: TURP under spinal anaesthesia.",
    ),
    (
        "gh-kath-pacing",
        "CARDIOLOGY CLINIC - [[place:Komfo Anokye Teaching Hospital]]\n"
        "Mr [[name:Kwabena Asamoah]], [[age:94]], from [[place:Nkawkaw]]. PPM check. Dual "
        "chamber, serial [[device:PJN441728S]]; atrial lead [[device:BBL228301V]]. Battery 6.5 "
        "years. NHIS [[health_plan:44172830]]. Next check [[date:14-Aug-2026]].",
    ),
    (
        "kr-us-visitor",
        "Visiting patient from the US: [[name:Grace Ji-yeon Park]], [[age:91]], US SSN "
        "[[ssn:412-44-7283]]; travel insurer pre-authorisation pending. Staying with her nephew "
        "in [[place:Jecheon]].",
    ),
    (
        "ng-history-url",
        "History: her grandson shared her story and X-rays at "
        "[[url:https://www.example.com.ng/mama-folake-story]] before the referral.",
        "patient_information",
    ),
    (
        "ug-kasese-telemedicine",
        "TELEMEDICINE LOG - [[place:Kasese Municipal Health Centre IV]]\n"
        "Session dropped from [[ip:10.44.17.28]]; reconnected [[date:2026-01-18 10:20]].\n"
        "Patient [[name:Biira Kabugho]], [[age:92 yrs]], cough 6 weeks; sputum for GeneXpert.\n"
        "VHT [[name:Masereka]]: [[phone:+256 772 441728]]",
    ),
    (
        "mw-mangochi-lab",
        "LAB REQUEST - [[place:Mangochi District Hospital]]\n"
        "Name: [[name:Chisomo Kalua]]  Sex: F  Age: 29\nVillage: [[place:Makanjira]]\n"
        "Tests: CD4, viral load, CrAg\nPlease fax results to [[fax:+265 1 594 417]]\n"
        "Requested by: [[name:T. Phiri]] (clinical officer)",
    ),
    (
        "il-ziv-licence",
        "Patient [[name:Shlomo Biton]] ([[age:99]]) seen for syncope; Holter normal.\n"
        "Signed: Dr [[name:Tamar Levi]], internal medicine, רישיון רופא [[licence:1-44172]], "
        "[[place:Ziv Medical Center]], [[place:Safed]]. Fax [[fax:04-6828441]]",
    ),
    (
        "ne-viber",
        "[Viber] [[name:Sushila Shrestha]]: डाक्टर साब, मेरो बुबा [[age:९५ वर्ष]] हुनुभयो, "
        "[[place:बुटवल]] बाट आउँदै हुनुहुन्छ। HIB No. [[health_plan:447283012]]\n"
        "डा. [[name:प्रकाश]]: [[date:२०८२ माघ ७]] मा OPD मा ल्याउनुहोस्।",
    ),
    (
        "ng-zaria-phone",
        "Telephone consultation - [[date:Tuesday 10 February 2026]]\n"
        "Caller: [[name:Hauwa Lawal]] (daughter) from [[place:Zaria]]; her father "
        "[[name:Lawal Danjuma]], [[age:100]], has not eaten for 3 days.\n"
        "NHIS No. [[health_plan:KD/NHIS/204417]]. Summary faxed to the GP at "
        "[[fax:062 441 7283]].",
    ),
    # clean notes: eponyms, drugs, wards, headings, scores, units, date-like values
    (
        "clean-ng-grand-round",
        "GRAND ROUND\nTopic: Burkitt lymphoma and Kaposi sarcoma in the Sahel. Cushing syndrome, "
        "Addison disease and Graves disease in our clinic (2019-2024): 212 patients, median age "
        "47 (range 18-89). HbA1c 8.2%; NYHA II-III. Ward 2B, Clinic 4.",
    ),
    (
        "clean-za-mm",
        "MORBIDITY & MORTALITY MEETING - Department of Medicine\nCases: 14 TB meningitis (BMRC "
        "grade II-III), 6 cryptococcal meningitis; Guillain-Barre syndrome x 2. Mortality 21%. "
        "CD4 < 100 in 11. Rifampicin 35 mg/kg protocol, version 3.2 (2024).",
    ),
    (
        "clean-in-opd",
        "OPD PRESCRIPTION\nTab. Dolo 650 mg SOS\nTab. Pan-D 1 OD before breakfast x 14 days\n"
        "Syp. Cremaffin 15 mL HS\nIPD Ward 5, Bed 21; Unit II. BP 130/84, PR 88/min, glucose "
        "12/24 h profile. Review after 1 week with CBC, LFT, RFT.",
    ),
    (
        "clean-he-meeting",
        "ישיבת צוות - מחלקה פנימית א'\nמחלת קרוהן, תסמונת קושינג, מחלת פרקינסון. "
        "NIHSS 4, CHA2DS2-VASc 5. המוגלובין 9.8, קריאטינין 1.4. חדר 12, מיטה 3.",
    ),
    (
        "clean-am-meeting",
        "የውስጥ ደዌ ክፍል - ሳምንታዊ ስብሰባ\nየሳንባ ነቀርሳ 12 ታካሚዎች፣ የስኳር በሽታ 8። "
        "HbA1c 9.4%፤ የደም ግፊት 160/100። Parkinson በሽታ 2።",
    ),
    (
        "clean-so-paeds",
        "SHIRKA DHAKTARADA - Qaybta Caruurta\nJadeeco (measles) 14, shuban biyood 22, "
        "nafaqo-darro (MUAC < 11.5 cm) 31. F-75 iyo F-100 ayaa la bixiyay. Qolka 3, sariirta 8.",
    ),
    (
        "clean-hi-prescription",
        "दवा पर्ची\nटैब. मेटफॉर्मिन 500 mg दिन में दो बार\nटैब. एम्लोडिपिन 5 mg सुबह\n"
        "जांच: HbA1c 8.1%, क्रिएटिनिन 1.2 mg/dL\n"
        "पार्किंसन रोग और एडिसन रोग की जांच। वार्ड 4, बेड 12।",
    ),
    (
        "clean-ta-prescription",
        "மருந்துச் சீட்டு\nமெட்ஃபார்மின் 500 mg காலை, இரவு\n"
        "இரத்த அழுத்தம் 150/90; HbA1c 8.6%\nவார்டு 7, படுக்கை 14. பார்கின்சன் நோய்.",
    ),
    (
        "clean-ne-prescription",
        "औषधि विवरण\nपारासिटामोल ५०० mg दिनको ३ पटक\nरक्तचाप १४०/९० mmHg; वार्ड नं. ४, बेड ११।\n"
        "क्षयरोग उपचार: २ महिना HRZE, ४ महिना HR।",
    ),
    (
        "clean-th-plan",
        "แผนการรักษา\nหอผู้ป่วยอายุรกรรมชาย 2 เตียง 14\n"
        "โรคพาร์กินสัน; โรคคุชชิง (Cushing syndrome) ได้รับการตัดออก\n"
        "Hb 9.2 g/dL, Cr 1.6 mg/dL, eGFR 38\nนัดติดตาม 2 สัปดาห์",
    ),
    (
        "clean-id-cppt",
        "CATATAN PERKEMBANGAN PASIEN TERINTEGRASI\nS: sesak berkurang. O: TD 130/80 mmHg, N 88 "
        "x/menit, SpO2 97%. A: CAP, CURB-65 2; sindrom Cushing disingkirkan. P: ceftriaxone "
        "2 x 1 g IV hari ke-3/7. Ruang Melati, bed 4.",
    ),
    (
        "clean-kr-progress",
        "경과기록\n파킨슨병, 쿠싱 증후군 감별. 혈압 130/80, HbA1c 7.9%. NYHA II. 7병동 12호실.",
    ),
    (
        "clean-jp-plan",
        "看護計画\nパーキンソン病、クッシング症候群。HbA1c 8.0%、NYHA II度。\n"
        "7階東病棟 712号室。Barthel指数 45点。",
    ),
    (
        "clean-pk-icu",
        "MEDICAL ICU - Unit 2\nAPACHE II 22, SOFA 8; Hb 8.9; SIMV, PEEP 8, FiO2 0.5. Dengue NS1 "
        "positive; Chagas and Kawasaki disease not relevant. Bed 7 (isolation).",
    ),
    (
        "reference-discussion",
        "Discussion: our experience mirrors the Ugandan series (https://doi.org/10.1093/trstmh/"
        "trab044) and the review at https://pubmed.ncbi.nlm.nih.gov/31447283/.",
        "discussion",
    ),
]

F36_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH36: tuple[Note, ...] = build(F36_PART, per_category=26, clean=120, references=8) + F36_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH36 for e in n.expected)
    print(
        len(FRESH36),
        "notes,",
        sum(1 for n in FRESH36 if not n.expected),
        "without identifiers,",
        sum(counts.values()),
        "spans",
    )
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

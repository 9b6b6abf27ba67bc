"""FRESH48: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a forty-fourth author during the twenty-second round; it is measured once,
and its result is recorded with that measurement. Its author read only tests/phi/generated.py
(the framework: Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring),
tests/phi/corpus.py (the Note type, the [[category:span]] conventions, parse, evaluate), section
5 (de-identification, 45 CFR 164.514(b)(2) Safe Harbor) of /work/shared/domain.md, the module
docstrings only of tests/phi/fresh30_notes.py to fresh46_notes.py (read with ast.get_docstring,
to learn which settings earlier authors covered), the wiring lines of fresh16_notes.py (its Part
call, _letter, the letters tuple, build and __main__ lines, printed with grep -n and sed; that
grep also printed six lines of fresh16's own docstring, nothing of its vocabulary or notes) and
pyproject.toml's line length; not the scanner (community/platform/phi/: its code, patterns,
name lists, data or model), its benchmark (bench/), any other test file, the body of any other
fresh part (fresh47 and others may have been written at the same time and were not opened), nor
their git history or diffs; the scanner was not run or imported while writing it, nor on its
notes.

Its vocabulary, value shapes, keywords, connectors, frames, note styles and hand-written
letters are this author's own, from the settings its brief named, as a worldwide
case-discussion board sees them. Where a setting already appears in an earlier docstring
(Indian and Pakistani English notes, Hindi, Bengali, Tamil, Nepali, Sinhala, Sri Lanka, Fiji
and Samoa), other towns, forms and note styles were chosen. About half English-language
settings: India's English notes (Malwa and Himachal villages, tehsils and districts, Assam tea
country, a Gujarat tribal belt; Aadhaar "4172 2903 3185", the 14-digit ABHA number
"91-4172-2903-3185", PAN "BKTPL4172K", EPIC voter IDs, ration cards, UHID, CR and IPD numbers,
OPD registration slips, PM-JAY and ESIC numbers, MLC numbers, state driving licences, plates
"HP 37B 4172", "MP 13 CA 4172", "22 BH 4172 AA", six-digit PIN codes also written "785 612"),
Pakistan's English and Roman-Urdu notes (CNIC "33105-4172290-5", B-form, MR numbers, mohallas,
gali and chak addresses, Sehat card, PMDC numbers, an IBAN, plates "LEB-17-4172"), Sri Lanka's
English notes (the old NIC "337241722V" and the new twelve-digit NIC, clinic and BHT numbers,
Uva and North Central villages, an inter-hospital transfer form, a fax cover), Bangladesh's
English notes (NID of 10, 13 and 17 digits, birth registration numbers, upazilas, unions and
char villages, a DOTS card, an SMS log) and Fiji and Samoa (invented villages, islands,
nursing stations and district hospitals, chiefly titles "Ratu" and "Adi" left out of the names,
Samoan matai names kept whole, a Fiji TIN, an invented Samoan national ID shape, Fijian plates
and a village boat, a Samoan with a US SSN from years in American Samoa). Half non-English in
their own languages and scripts: Hindi (Devanagari; Malwa and Bihar villages, आधार, आयुष्मान
कार्ड, भर्ती क्रमांक, "92 वर्ष", "14 मार्च 2024", Devanagari digits), Bengali (West Bengal's
Sundarbans and Bangladesh's char lands; স্বাস্থ্য সাথী, NID in Bengali digits, "৯৩ বছর",
"১৪ মার্চ ২০২৪" and Bangla-calendar dates "২৮ ফাল্গুন ১৪৩০"), Tamil (Sri Lankan Tamil of the
Jaffna peninsula and Tamil Nadu's Kongu belt; "வயது", "14 மார்ச் 2024", a ration card), Nepali
(Karnali hill villages, नागरिकता प्र.प. नं. "६२-०१-७५-०४१७२", HIB insurance, Bikram Sambat dates
"२०८०/११/०१" and "२०८० फागुन ०३", "९२ वर्ष"), Sinhala (Sinhala script, NIC, clinic numbers,
"2024 මාර්තු 14", "අවුරුදු 91", "94 හැවිරිදි") and Urdu (Arabic script, right to left,
شناختی کارڈ, ایم آر نمبر, "93 سال", "10 مارچ 2024", Urdu digits). Styles: CHC and PHC referral
slips, ASHA home-visit notes and registers, medico-legal (MLC) notes and a letter to a police
station, discharge summaries (English, Hindi, Urdu, Tamil, Nepali), a medical certificate of
cause of death, a pacing clinic note, an eSanjeevani-style tele-consult log, a WhatsApp ward
group in Roman Urdu, messages from families (English, Bengali, Urdu), an e-mail with a
signature, a DOTS card, a nursing-station note, a Samoan admission note, ward tables and clean
grand-round, M&M and protocol notes in every language, with place-named diseases (Kyasanur Forest
disease, Madura foot, Bombay blood group, Chandipura virus, CKDu), eponyms, doses, scores, ICD
codes, hospital wards and beds, model numbers and ages under 90.

Conventions (tests/phi/corpus.py's and generated.py's): a name without its title or honorific
(Dr, Mr, Smt., Shri, Mst., মোছা., Ratu, Adi, "late"/"স্বর্গীয়" stay out); "Begum", "Bibi",
"Bai" and "Devi" are part of the name, and a Samoan matai title is part of the name; after
"S/o", "W/o", "D/o" and "पुत्र" the relative's name is a name of its own; staff names and chat
speakers are names; an identifier without its keyword; an age over 89 with its attached unit in
any language ("93-year-old", "91 yrs", "92 Y", "96 saal", "92 वर्ष", "९४ वर्ष", "৯৩ বছর", "91
வயது", "93 سال", "94 හැවිරිදි") or the number alone where no unit is attached or the unit comes
first ("aged 97", "Age/Sex: 93/F", "বয়স ৯৫", "வயது: 93", "අවුරුදු 91"); ages under 90 are not
marked; a date without its preposition or keyword ("on", "दिनांक", "मिति", "تاریخ"), with a
weekday right before it and a time right after it ("Tue 5 March 2024", "2024-03-09 22:40"); the
"(वि.सं.)" after a Bikram Sambat date stays out; a year alone (2079 BS, 2019) is not a date. The
street or house line is one span ("H.No. 41, Tilak Gali", "House 12, Gali 3", "No. 41/2, Temple
Road", "Lot 17, Naduri Back Road", "मकान नं. 12, तिलक मार्ग", "مکان نمبر 12، گلی نمبر 3"); each
locality is its own span: villages, tolas, mohallas (with "Mohalla" as written), chaks, char
villages, post-office towns, tehsils, upazilas, unions, panchayats, gaunpalikas and districts (a
district is a county's equivalent, as corpus.py marks "Lancaster County"), with the generic
administrative word before or after it left out ("Tehsil", "Distt.", "upazila", "union",
"ग्राम", "तहसील", "ज़िला", "गाउँपालिका-४", "থানা", "গ্রাম"); postcodes are their own spans; a
named hospital, health centre or nursing station is a place (its whole name), and so is the town
a police station is named after; states, provinces, divisions, the large islands (Savai'i,
Upolu, Viti Levu) and countries are never marked, nor wards, beds and departments. Categories:
`ssn` is a US Social Security number only; other national and personal numbers (Aadhaar, PAN,
EPIC, ration card, CNIC, B-form, NIC, NID, birth registration, Nepali citizenship, Fiji TIN,
Samoan NID, MLC numbers, a lab sample ID) are `other_id`; insurance numbers (ABHA, PM-JAY, ESIC,
Swasthya Sathi, Sehat card, HIB, Agrahara) are `health_plan`; UHID, CR, IPD, OPD, MR, BHT,
clinic, register and TB numbers are `mrn`; passports, driving licences, medical council
registrations and death-certificate numbers are `licence`; bills, receipts, bank accounts and
IBANs are `account`; plates and a boat's registration are `vehicle`; pacemaker, concentrator,
CPAP, glucometer and hearing-aid serials and IMEIs are `device`.

Built as build(F48_PART, per_category=26, clean=120, references=8) + F48_LETTERS (54
hand-written notes: 41 with identifiers, one of them a web address in a patient_information
section, 12 clean, 1 reference paragraph in a discussion): 692 notes, 141 of them without any
identifier, 863 spans - name 110, address 34, place 103, zip 32, date 65, age 64, phone 51, fax
28, email 28, ssn 27, mrn 46, health_plan 33, account 27, licence 30, vehicle 34, device 28, url
44, ip 28, other_id 51 (`python -m tests.phi.fresh48_notes` prints them). Checked without the
scanner (a throwaway script): every span's text is the note's text at its offsets and has no
surrounding blanks, no marks or slots are left in the text, no spans overlap, note ids are
unique, every category is in generated.CATEGORY_ORDER, every marked age (Devanagari, Bengali and
Urdu digits read as digits) is over 89, every ssn has the US shape, builds under
PYTHONHASHSEED=1 and 4242 are identical, and ruff passes. Deterministic: its own seed (19_048),
values drawn from the builder's fixed-seed Random. The notes, values and people are invented
(e-mail and web addresses use example domains, IP addresses private or documentation ranges, UK
and North American phones reserved ranges); any resemblance to a real one is chance.

    from tests.phi.fresh48_notes import FRESH48, F48_PART, F48_LETTERS
Not wired into any test or bench: measure it once.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build

# ---------------------------------------------------------------- value shapes

_DEV = str.maketrans("0123456789", "०१२३४५६७८९")
_BEN = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
_URD = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_HI_MONTHS = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
              "अक्टूबर", "नवंबर", "दिसंबर"]
_BN_MONTHS = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট",
              "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"]
_TA_MONTHS = ["ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்",
              "செப்டம்பர்", "அக்டோபர்", "நவம்பர்", "டிசம்பர்"]
_UR_MONTHS = ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر",
              "اکتوبر", "نومبر", "دسمبر"]
_SI_MONTHS = ["ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්‍රේල්", "මැයි", "ජූනි", "ජූලි", "අගෝස්තු",
              "සැප්තැම්බර්", "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්"]
_BS_MONTHS = ["बैशाख", "जेठ", "असार", "साउन", "भदौ", "असोज", "कात्तिक", "मंसिर", "पुस", "माघ",
              "फागुन", "चैत"]
_BANGLA_MONTHS = ["বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ",
                  "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র"]


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _up(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _suffix(d: int) -> str:
    return {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")


def _f48_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1926, 2025)
    hh, mm = r.randint(0, 23), r.choice((0, 10, 15, 20, 30, 40, 45, 55))
    en = _EN_MONTHS[m - 1]
    bs_y, bs_m, bs_d = y + 57, r.randint(1, 12), r.randint(1, 30)
    return r.choice([
        f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d:02d}.{m:02d}.{y}",
        f"{d} {en[:3]} {y}", f"{d}{_suffix(d)} {en} {y}", f"{d:02d}-{en[:3]}-{y % 100:02d}",
        f"{y}-{m:02d}-{d:02d}", f"{y}.{m:02d}.{d:02d}", f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}",
        f"{d} {_HI_MONTHS[m - 1]} {y}", f"{d} {_HI_MONTHS[m - 1]} {y}".translate(_DEV),
        f"{d:02d}/{m:02d}/{y}".translate(_DEV),
        f"{d} {_BN_MONTHS[m - 1]} {y}".translate(_BEN), f"{d:02d}/{m:02d}/{y}".translate(_BEN),
        f"{d} {_TA_MONTHS[m - 1]} {y}", f"{d} {_UR_MONTHS[m - 1]} {y}",
        f"{d} {_UR_MONTHS[m - 1]} {y}".translate(_URD),
        f"{bs_y}/{bs_m:02d}/{bs_d:02d}".translate(_DEV),
        f"{bs_y} {_BS_MONTHS[bs_m - 1]} {bs_d:02d}".translate(_DEV),
        f"{y} {_SI_MONTHS[m - 1]} {d}", f"{d}/{m}/{y}",
    ])


def _f48_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 104)
    sex = r.choice("MF")
    return r.choice([
        ("a {age} grandmother from the village", f"{n}-year-old"),
        ("aged {age}, bed-bound since the fall", f"{n}"),
        ("Age/Sex: {age}/" + sex, f"{n}"),
        ("{age} " + sex + ", known COPD, chulha smoke exposure", f"{n} yrs"),
        ("pt is {age} and lives with the eldest son", f"{n} years old"),
        ("a {age} retired tea-garden worker", f"{n}-yr-old"),
        ("Age: {age}", f"{n} Y"),
        ("umar {age}, sugar ki mareeza", f"{n} saal"),
        ("उम्र {age}, बिस्तर पर", f"{n} वर्ष"),
        ("आयु {age}", f"{n} वर्ष".translate(_DEV)),
        ("उम्र: {age}", f"{n}"),
        ("বয়স {age}, শয্যাশায়ী", f"{n} বছর".translate(_BEN)),
        ("রোগীর বয়স {age}", f"{n}".translate(_BEN)),
        ("வயது: {age}", f"{n}"),
        ("{age} மூதாட்டி, நீரிழிவு நோய்", f"{n} வயது"),
        ("عمر {age}", f"{n} سال"),
        ("مریضہ کی عمر {age} ہے", f"{n} سال".translate(_URD)),
        ("उमेर {age}", f"{n} वर्ष".translate(_DEV)),
        ("වයස අවුරුදු {age}", f"{n}"),
        ("{age} කාන්තාවක්", f"{n} හැවිරිදි"),
        ("{age} Samoan matai, gout and diabetes", f"{n}yo"),
        ("an iTaukei elder of {age}", f"{n}"),
    ])


def _f48_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"+91 {r.randint(6, 9)}{_d(r, 4)} {_d(r, 5)}", f"{r.randint(7, 9)}{_d(r, 4)} {_d(r, 5)}",
        f"0{r.randint(7, 9)}{_d(r, 4)}-{_d(r, 5)}", f"0{r.randint(11, 99)}{_d(r, 2)}-{_d(r, 6)}",
        f"({'0' + str(r.randint(120, 799))}) {_d(r, 6)}",
        f"03{r.randint(0, 4)}{r.randint(0, 9)}-{_d(r, 7)}", f"+92 3{_d(r, 2)} {_d(r, 7)}",
        f"(042) {_d(r, 4)}{_d(r, 4)}",
        f"07{r.choice('01245678')} {_d(r, 3)} {_d(r, 4)}",
        f"+94 {r.randint(11, 91)} {_d(r, 3)} {_d(r, 4)}",
        f"01{r.choice('3456789')}{_d(r, 2)}-{_d(r, 6)}",
        f"+880 1{r.choice('3456789')}{_d(r, 2)}-{_d(r, 6)}",
        f"+679 {r.choice('789')}{_d(r, 2)} {_d(r, 4)}", f"+685 7{_d(r, 6)}",
        f"+977-98{_d(r, 8)}", f"98{_d(r, 8)}".translate(_DEV),
        f"9{_d(r, 4)} {_d(r, 5)}".translate(_DEV), f"03{_d(r, 2)}-{_d(r, 7)}".translate(_URD),
        f"01{r.choice('3456789')}{_d(r, 2)}-{_d(r, 6)}".translate(_BEN),
    ])


def _f48_fax(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"0{r.randint(11, 99)}{_d(r, 2)}-{_d(r, 6)}",
        f"+91 {r.randint(11, 99)} {_d(r, 4)} {_d(r, 4)}",
        f"(042) {_d(r, 8)}", f"+92 {r.randint(21, 99)} {_d(r, 7)}",
        f"0{r.randint(11, 91)} {_d(r, 3)} {_d(r, 4)}", f"+94 {r.randint(11, 91)} {_d(r, 7)}",
        f"02-{_d(r, 7)}", f"+880 2 {_d(r, 7)}", f"+679 {_d(r, 3)} {_d(r, 4)}",
        f"0{r.randint(11, 99)}{_d(r, 2)}-{_d(r, 6)}".translate(_DEV),
    ])


F48_VALUES = {
    "mrn": lambda r, h: r.choice([
        f"UH{_d(r, 4)}-{_d(r, 5)}", f"{r.randint(2015, 2025)}/{_d(r, 6)}", f"CR{_d(r, 9)}",
        f"IPD/{r.randint(18, 25)}/{_d(r, 5)}", f"MR-{r.randint(2016, 2025)}-{_d(r, 5)}",
        f"{_d(r, 2)}/{_d(r, 4)}", f"MC/{_d(r, 4)}/{r.randint(10, 25)}", _d(r, 7),
        f"UHC-EM/{_d(r, 4)}/{r.randint(18, 25)}", f"FDH {_d(r, 5)}",
        f"{_d(r, 6)}".translate(_DEV), f"०८०/८१-{_d(r, 4)}".translate(_DEV),
    ]),
    "health_plan": lambda r, h: r.choice([
        f"91-{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}", f"{_d(r, 14)}", f"PMJAY-{_up(r, 1)}{_d(r, 8)}",
        f"{r.randint(11, 69)}{_d(r, 8)}", f"WB-SS-{_d(r, 10)}", f"SSP-{_d(r, 8)}",
        f"HIB-{_d(r, 8)}", f"AG/{_d(r, 6)}", f"{_up(r, 3)}{_d(r, 9)}",
    ]),
    "account": lambda r, h: r.choice([
        _d(r, 11), f"IPD/BL/{r.randint(18, 25)}/{_d(r, 5)}",
        f"PK{_d(r, 2)} MEZN {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"PK{_d(r, 2)}HABB{_d(r, 16)}", f"00{_d(r, 8)}",
        f"RCPT-{_d(r, 6)}", f"{_d(r, 4)}-{_d(r, 3)}-{_d(r, 6)}", f"{_d(r, 13)}",
    ]),
    "licence": lambda r, h: r.choice([
        f"{_up(r, 2)}{_d(r, 2)} {r.randint(1990, 2022)}{_d(r, 7)}", f"{_up(r, 1)}{_d(r, 7)}",
        f"{_up(r, 2)}{_d(r, 7)}", f"RMC/{_d(r, 5)}", f"{_d(r, 5)}-P", f"SLMC {_d(r, 5)}",
        f"A-{_d(r, 5)}", f"MCCD/{r.randint(2018, 2025)}/{_d(r, 4)}", f"B{_d(r, 7)}",
        f"LHR-{_d(r, 6)}",
    ]),
    "vehicle": lambda r, h: r.choice([
        f"{_up(r, 2)} {_d(r, 2)} {_up(r, 2)} {_d(r, 4)}",
        f"{_up(r, 2)}-{_d(r, 2)}{_up(r, 1)}-{_d(r, 4)}",
        f"{r.randint(21, 25)} BH {_d(r, 4)} {_up(r, 2)}", f"{_up(r, 3)}-{_d(r, 2)}-{_d(r, 4)}",
        f"{_up(r, 3)}-{_d(r, 3)}", f"{_up(r, 2)} {_up(r, 3)}-{_d(r, 4)}",
        f"{r.randint(19, 65)}-{_d(r, 4)}", f"DHAKA METRO-GA {_d(r, 2)}-{_d(r, 4)}",
        f"{_up(r, 2)} {_d(r, 3)}", f"F {_d(r, 4)}",
        f"{_up(r, 2)} {_d(r, 2)} {_up(r, 1)} {_d(r, 4)}",
    ]),
    "device": lambda r, h: r.choice([
        f"{_up(r, 3)}{_d(r, 6)}{_up(r, 1)}", f"{_d(r, 15)}", f"SN{_d(r, 10)}",
        f"{_d(r, 4)}-{_up(r, 2)}-{_d(r, 5)}", f"GM{_d(r, 7)}", f"{_up(r, 2)}{_d(r, 2)}-{_d(r, 6)}",
    ]),
    "other_id": lambda r, h: r.choice([
        f"{r.randint(2, 9)}{_d(r, 3)} {_d(r, 4)} {_d(r, 4)}", f"{r.randint(2, 9)}{_d(r, 11)}",
        f"{_up(r, 3)}P{_up(r, 1)}{_d(r, 4)}{_up(r, 1)}", f"{_up(r, 3)}{_d(r, 7)}",
        f"{r.randint(31, 45)}{_d(r, 3)}-{_d(r, 7)}-{r.randint(1, 9)}", f"{_d(r, 13)}",
        f"{r.randint(25, 65)}{_d(r, 7)}V", f"{r.randint(1930, 1999)}{_d(r, 8)}",
        f"{_d(r, 10)}", f"{r.randint(1928, 2005)}{_d(r, 13)}",
        f"{r.randint(1, 77):02d}-{_d(r, 2)}-{r.randint(60, 80)}-{_d(r, 5)}".translate(_DEV),
        f"{r.randint(2, 9)}{_d(r, 3)} {_d(r, 4)} {_d(r, 4)}".translate(_BEN),
        f"{r.randint(31, 45)}{_d(r, 3)}-{_d(r, 7)}-{r.randint(1, 9)}".translate(_URD),
        f"{_d(r, 2)}-{_d(r, 5)}-0-{_d(r, 1)}", f"MLC/{_d(r, 3)}/{r.randint(2019, 2025)}",
    ]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}"]),
    "phone": _f48_phone,
    "fax": _f48_fax,
    "email": lambda r, h: r.choice(["{g}.{s}@example.co.in", "{s}{n}@example.pk",
                                    "{g}{n}@example.lk",
                                    "{g}.{s}@mail.example.com.bd", "{g}_{s}@example.com.fj",
                                    "{s}.{g}{n}@example.ws", "{g}{s}{n}@example.com"]),
    "url": lambda r, h: r.choice(["https://www.example.in/fundraiser/{g}-{s}", "example.pk/{g}{s}",
                                  "https://{s}.example.lk/blog/{n}",
                                  "http://www.example.com.bd/{g}_{n}",
                                  "https://social.example.com/{g}.{s}.{n}",
                                  "https://video.example.com/@{g}{s}"]),
    "ip": lambda r, h: r.choice([f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"198.51.100.{r.randint(1, 254)}",
                                 f"203.0.113.{r.randint(1, 254)}",
                                 f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 65535):x}"]),
    "zip": lambda r, h: r.choice([f"{r.randint(1, 8)}{_d(r, 5)}",
                                  f"{r.randint(1, 8)}{_d(r, 2)} {_d(r, 3)}",
                                  f"{r.randint(1, 9)}{_d(r, 4)}", f"{r.randint(1, 9)}{_d(r, 3)}",
                                  f"{r.randint(1, 8)}{_d(r, 5)}".translate(_DEV),
                                  f"{r.randint(1, 9)}{_d(r, 3)}".translate(_BEN)]),
    "date": _f48_date,
}

F48_VOCABULARY = Vocabulary(
    given=["Bhagwati", "Dhanraj", "Kesar", "Sunderlal", "Tahira", "Ghulam Fareed", "Nasreen",
           "Chaminda", "Nilanthi", "Kumudini", "Rokeya", "Abul Kalam", "Mereoni", "Sakiusa",
           "Fetu", "Losa", "Parbati", "Tek Bahadur", "Manjula", "Jahanara", "Ramlakhan", "Shamim"],
    surnames=["Meghwal", "Kushwaha", "Rathva", "Lodhi", "Bhatti", "Khokhar", "Jatoi", "Herath",
              "Weerakoon", "Dissanayaka", "Talukder", "Mridha", "Waqanivalu", "Tuivaga", "Faleolo",
              "Leavasa", "Thapa Magar", "Rokaya", "Borah", "Prasad"],
    cities=["Malpurwa", "Sonkheda", "Bhanpura Kalan", "Kot Sarwar", "Chak 412 JB", "Dhoke Ratial",
            "Kirimetiyawa", "Hingurugama", "Kazirhat", "Char Nilkamal", "Nakorovatu", "Navuakece",
            "Faleuluga", "Saleta'ua", "Sinjadanda", "Pipalkot", "Vallaipadu", "Dhar Kothi",
            "Bokajan Gaon", "Kesla Khurd"],
    streets=["Tilak", "Kachehri", "Galle", "Temple", "Canal Bank", "Jhulelal", "Masjid", "Station",
             "Bazaar", "Mango Grove"],
    relations=["son", "daughter-in-law", "husband", "wife", "grandson", "brother-in-law",
               "nephew", "eldest daughter", "son-in-law", "granddaughter"],
    clean=[
        "Hb 6.8 g/dL; smear microcytic hypochromic; Inj. Iron sucrose 200 mg given.",
        "Inj. ASV 10 vials; 20WBCT still incoagulable at 6 hours, repeat 10 vials.",
        "Kyasanur Forest disease and scrub typhus were considered; Weil-Felix 1:160.",
        "Madura foot (eumycetoma) of the left sole; itraconazole 200 mg BD.",
        "Bombay blood group suspected; sample sent to the blood bank for anti-H.",
        "ICD-10 A01.0 (typhoid fever); Widal not relied upon; blood culture sent.",
        "Takayasu arteritis and Kawasaki disease were excluded.",
        "CURB-65 2; qSOFA 1; NEWS2 5; GCS 15.",
        "Ward 7, Bed 23; seen on the morning round by Unit II.",
        "Tab. Metformin 500 mg BD, Tab. Telmisartan 40 mg OD, Tab. Atorvastatin 20 mg HS.",
        "Chandipura virus encephalitis in the differential; CSF cells 12, protein 48.",
        "Malaria RDT negative; PfHRP2 and pLDH lines absent.",
        "Per ICMR 2022 and WHO 2023 guidance, doxycycline 100 mg BD for 7 days.",
        "Organophosphate poisoning: atropine 2 mg boluses, then infusion; pralidoxime stopped.",
        "Dengue NS1 positive on day 2; platelets 38,000/uL; haematocrit 44%.",
        "Rheumatic MS, MVA 0.9 cm2, Wilkins score 8; listed for PTMC.",
        "She is 84 and walks with a stick; lives with her son's family.",
        "Filarial lymphoedema of the left leg, stage 3; hydrocele repaired in 2016.",
        "CKDu: eGFR 38, urine ACR 12 mg/g; herbal remedies stopped.",
        "Kava drinker, 10 bowls a night; LFTs normal; gout on allopurinol 100 mg.",
        "Leptospirosis suspected after the floods; MAT pending; penicillin G started.",
        "Model DDD-41 pacemaker, lead impedance 520 ohm, threshold 0.75 V.",
        "रोगी 86 वर्ष की हैं; रक्तचाप 150/90 mmHg; वार्ड 5, बेड 12।",
        "हीमोग्लोबिन 7.2 g/dL; दो यूनिट रक्त चढ़ाया गया।",
        "पार्किंसन रोग और एडिसन रोग पर विचार किया गया।",
        "রোগীর বয়স ৮৭ বছর; রক্তচাপ ১৪০/৯০; ওয়ার্ড ৩, বেড ১৭।",
        "কালাজ্বর সন্দেহে rK39 পরীক্ষা নেগেটিভ।",
        "நோயாளிக்கு 88 வயது; இரத்த அழுத்தம் 160/100.",
        "பார்கின்சன் நோய் சந்தேகம்; லெவோடோபா 100 மி.கி. தொடங்கப்பட்டது.",
        "مریض کی عمر 85 سال ہے؛ شوگر 240 mg/dL۔",
        "ہیپاٹائٹس سی کا علاج سوفوسبوویر سے مکمل ہوا۔",
        "बिरामी ८४ वर्षका छन्; प्रेसर १६०/१००।",
        "२०७९ सालमा क्षयरोगको उपचार पूरा गरेको।",
        "රෝගියාගේ වයස අවුරුදු 86 කි; සීනි 210 mg/dL.",
        "ඩෙංගු උණ; පට්ටිකා 35,000; PCV 44%.",
    ],
    seed=19_048,
)

F48_CONNECTORS = [": ", " - ", " :- ", " ", "\n", " # ", " : ", " – ", " = "]
F48_FRAMES = ["{kv}", "{kv}.", "- {kv}", "{kw}\n{v}", "| {kw} | {v} |", "({kv})",
              "{kv} (verified at the counter)", "{kv}; photocopy in file", "* {kv}",
              "Patient details – {kv}", "{kv} ✔"]
F48_KEYWORDS = {
    "mrn": ["UHID", "CR No.", "IPD No.", "MR No.", "Hospital No.", "BHT No.", "Clinic No.",
            "OPD Reg. No.", "भर्ती क्रमांक", "রেজি. নং", "மருத்துவமனை எண்", "ایم آر نمبر",
            "සායන අංකය", "दर्ता नं."],
    "health_plan": ["ABHA No.", "ABHA number", "PM-JAY ID", "ESIC IP No.", "Swasthya Sathi card",
                    "Sehat Card No.", "Agrahara No.", "आयुष्मान कार्ड", "স্বাস্থ্য সাথী কার্ড নং",
                    "காப்பீட்டு எண்", "صحت کارڈ نمبر", "स्वास्थ्य बीमा नं."],
    "account": ["Bill No.", "A/c No.", "SB A/c", "IBAN", "Receipt No.", "Bank a/c", "बिल नं.",
                "হিসাব নং", "بل نمبر", "ගිණුම් අංකය"],
    "licence": ["DL No.", "Driving Licence", "Passport No.", "Medical Council Reg. No.", "PMDC No.",
                "SLMC Reg.", "BMDC Reg.", "Death Cert. No.", "पासपोर्ट नं.", "ड्राइविंग लाइसेंस",
                "لائسنس نمبر", "රියදුරු බලපත්‍ර අංකය"],
    "vehicle": ["Vehicle No.", "Regn. No.", "Reg. plate", "Number plate", "वाहन संख्या",
                "গাড়ির নম্বর", "گاڑی نمبر", "වාහන අංකය", "सवारी नं."],
    "device": ["Serial No.", "S/N", "PPM S/N", "IMEI", "Concentrator SN", "Glucometer serial",
               "CPAP SN", "Hearing aid S/N", "सीरियल नं."],
    "other_id": ["Aadhaar", "Aadhaar No.", "PAN", "EPIC No.", "CNIC", "B-Form No.", "NIC", "NID",
                 "नागरिकता प्र.प. नं.", "आधार नं.", "জাতীয় পরিচয়পত্র নং",
                 "தேசிய அடையாள அட்டை எண்",
                 "شناختی کارڈ نمبر", "ජා.හැ.අ. අංකය", "Voter ID", "TIN", "MLC No.", "Ration card"],
    "ssn": ["US SSN", "SSN", "Social Security No."],
    "phone": ["Mob.", "Mobile", "Ph.", "Contact", "Cell", "NOK mob.", "मो.", "फ़ोन", "মোবাইল",
              "கைபேசி", "موبائل", "දුරකථන", "मोबाइल नं."],
    "fax": ["Fax", "Fax No.", "फ़ैक्स", "ফ্যাক্স", "فیکس", "ෆැක්ස්"],
}
F48_SENTENCES = {
    "licence": ["His driving licence {v} was handed to the police at the MLC desk.",
                "Passport {v} photocopied for the medical visa extension.",
                "Certifying doctor's council registration {v} is on the form.",
                "मरीज़ का ड्राइविंग लाइसेंस {v} पुलिस को सौंपा गया।",
                "پاسپورٹ نمبر {v} کی کاپی فائل میں ہے۔",
                "Death certificate {v} was issued by the medical officer.",
                "රියදුරු බලපත්‍රය {v} පොලිසියට භාර දෙන ලදී."],
    "vehicle": ["RTA: motorcycle {v} hit by a tractor trolley near the canal.",
                "Brought by neighbours in the auto-rickshaw {v}.",
                "The 108 crew noted the truck {v} at the spot.",
                "ट्रैक्टर {v} पलटने से चोट।", "মোটরসাইকেল {v} দুর্ঘটনা, হেলমেট ছিল না।",
                "رکشہ {v} سے ٹکر ہوئی۔", "ත්‍රීරෝද රථය {v} පෙරළී ඇත.",
                "The bus ({v}) went off the ghat road at the hairpin bend."],
    "mrn": ["Old UHID {v} found in the records room; merge requested.",
            "Previous admission under CR No. {v}.", "पुराना रजिस्ट्रेशन नं. {v} है।",
            "আগের ভর্তির রেজিস্ট্রেশন নম্বর {v}।", "پچھلا ایم آر نمبر {v} ہے۔",
            "Old clinic book number {v} kept by the patient.",
            "BHT {v} – transferred from the peripheral unit."],
    "health_plan": ["Treated cashless under PM-JAY, beneficiary ID {v}.",
                    "ESIC insured person no. {v}; employer informed.",
                    "Sehat card {v} verified at the counter.",
                    "आयुष्मान कार्ड {v} से इलाज निःशुल्क।", "স্বাস্থ্য সাথী কার্ড নম্বর {v}।",
                    "Agrahara insurance number {v} used for the claim.",
                    "ABHA {v} linked to the discharge record."],
    "account": ["Advance of Rs 5,000 deposited against bill {v}.",
                "Refund to SB account {v}.", "Zakat committee cheque drawn on account {v}.",
                "भुगतान बैंक खाता {v} में किया गया।", "Receipt {v} for the ICU deposit.",
                "بل نمبر {v} کی ادائیگی باقی ہے۔"],
    "device": ["Single-chamber PPM, serial {v}, checked in pacing clinic.",
               "Oxygen concentrator {v} supplied by the NGO.",
               "Phone IMEI {v} registered for the tele-consult app.",
               "Glucometer (serial {v}) readings reviewed with the family.",
               "पेसमेकर सीरियल {v} की जाँच हुई।", "CPAP machine {v} returned to the vendor."],
    "other_id": ["Aadhaar {v} seen at registration.",
                 "CNIC {v} of the son noted for the Bait-ul-Mal form.",
                 "NIC {v} checked by the ward clerk.", "National ID card {v} – copy attached.",
                 "नागरिकता प्रमाणपत्र नं. {v} संलग्न।", "জাতীয় পরিচয়পত্র নম্বর {v}।",
                 "தேசிய அடையாள அட்டை எண் {v}.", "شناختی کارڈ نمبر {v} درج کیا گیا۔",
                 "MLC registered, no. {v}; police informed.",
                 "PAN {v} given for the mediclaim form."],
    "ssn": ["Son works in New Jersey; his US SSN {v} was given for the travel insurer.",
            "Lived in [[place:Pago Pago]] for 30 years; SSN {v} on the old pension letter.",
            "US Social Security number {v} (returning NRI).", "SSN: {v}",
            "{v} is the SSN on her late husband's US benefit papers."],
    "phone": ["Son can be reached on {v}.", "ASHA's mobile {v}.", "पति का मोबाइल {v}।",
              "ছেলের মোবাইল {v}।", "بیٹے کا موبائل {v} ہے۔", "மகனின் கைபேசி {v}.",
              "දියණියගේ දුරකථන අංකය {v}.", "Call the village headman on {v} if no answer.",
              "छोरालाई {v} मा सम्पर्क गर्नुहोस्।"],
    "fax": ["Summary faxed to the referring CHC on {v}.", "Fax the report to {v}.",
            "रिपोर्ट {v} पर फ़ैक्स की गई।", "فیکس نمبر {v} پر رپورٹ بھیجی گئی۔"],
    "email": ["Daughter in the Gulf asks for reports at {v}.", "Send the scans to {v}.",
              "रिपोर्ट {v} पर ईमेल करें।", "রিপোর্ট {v} ঠিকানায় পাঠানো হয়েছে।",
              "رپورٹ {v} پر ای میل کریں۔"],
    "url": ["Family fundraiser at {v}.", "His son posted the surgery video on {v}.",
            "The village school page {v} mentions her illness.",
            "इलाज के लिए चंदा {v} पर जुटाया जा रहा है।"],
    "ip": ["Tele-consult from the sub-centre tablet at {v}.",
           "Tele-consult session logged from {v}.", "PACS login from {v} at night.",
           "Remote ECG upload from {v} failed twice."],
    "zip": ["PIN {v}", "Pin code: {v}.", "Postal code {v}.", "पिन कोड {v}",
            "Address ends: [[place:Sonkheda]] – {v}", "পোস্ট কোড {v}", "ڈاک کوڈ {v}",
            "තැපැල් කේතය {v}"],
    "date": ["Admitted {v}.", "DOA: {v}", "DOB {v}", "Date of discharge – {v}",
             "Expired on {v}; family informed.", "भर्ती दिनांक: {v}", "ভর্তির তারিখ: {v}",
             "சேர்க்கை தேதி: {v}", "داخلہ کی تاریخ: {v}", "भर्ना मिति: {v}",
             "ඇතුළත් කළ දිනය: {v}", "Operated on {v} under spinal.", "Seen in OPD {v}."],
    "address": ["Resides at [[address:H.No. {n}, {street} Gali]] with her son.",
                "Address: [[address:House {n}, Street {n2}, {street} Road]]",
                "R/o [[address:{n}/{n2} {street} Road]]",
                "Home: [[address:No. {n}, {street} Lane]]",
                "पता: [[address:मकान नं. {n}, तिलक मार्ग]]",
                "ঠিকানা: [[address:বাড়ি নং {n}, কলেজ রোড]]",
                "پتہ: [[address:مکان نمبر {n}، گلی نمبر {n2}]]",
                "Lives on [[address:Lot {n}, {street} Road]] on the cane belt."],
    "place": ["Referred from the community health centre at {city}.",
              "Farmer from {city} village.", "Lives in {city} with her son's family.",
              "Brought from {city} by boat.", "Resident of {city}; works at a brick kiln.",
              "{city} से रेफर किया गया।", "Family moved to {city} for the cane season."],
    "name": ["Bed 12 – {full}, post-op day 2.", "Attendant: {given} ({rel}).",
             "{rel} {given} stays at the bedside.", "Pt: {full}",
             "Smt. {full} counselled about the diet.", "Discussed with {full}, {rel}.",
             "{given} S/o {given} brought by neighbours.",
             "Mst. {full} shifted to the female ward.",
             "Handed over to {given} by night staff.",
             "मरीज़ [[name:कमला देवी]] को छुट्टी दी गई।", "রোগী [[name:মিনতি দাস]] ভর্তি হলেন।",
             "[[name:فضل الٰہی]] کو وارڈ میں منتقل کیا گیا۔",
             "நோயாளர் [[name:வள்ளியம்மை]] வீடு திரும்பினார்."],
}
F48_AFTER = ["{v} ({kw})", "{v} – {kw}", "{v} is the {kw} given", "{v} [{kw}]"]
F48_REFERENCES = [
    "Snakebite care followed the national protocol (https://doi.org/10.4103/ijmr.IJMR_{n}_21).",
    "A similar series from South Asia was reported (https://pubmed.ncbi.nlm.nih.gov/{n}{n}/).",
    "See the WHO guidance at https://www.who.int/publications/i/item/{n}.",
]
F48_STYLES = [
    "PHC OPD SLIP\n{body}\nAdv: ORS, Zinc 20 mg OD x 14 d. Review SOS.",
    "REFERRAL SLIP – CHC to District Hospital\n{body}\nReason: further management. Sent in 108.",
    "डिस्चार्ज सारांश\n{body}\nसलाह: 2 सप्ताह बाद ओपीडी में दिखाएँ।",
    "রেফারাল পত্র\n{body}\nপরামর্শ: উন্নত চিকিৎসার জন্য পাঠানো হল।",
    "வெளியேற்றச் சுருக்கம்\n{body}\nஆலோசனை: 2 வாரங்களில் மறுபரிசோதனை.",
    "ڈسچارج سمری\n{body}\nہدایات: دو ہفتے بعد او پی ڈی میں دکھائیں۔",
    "प्रेषण पत्र (रिफरल)\n{body}\nकारण: थप उपचारका लागि।",
    "රෝගී සාරාංශය\n{body}\nඊළඟ සායනය: සති 4 කින්.",
    "NURSING STATION NOTE\n{body}\nPlan: discussed with SDMO by phone; review on the next boat.",
    "Case board post – thoughts welcome:\n{body}",
    "| Bed | Details | Plan |\n|---|---|---|\n| 12 | {body} | continue, review AM |",
    "{body}",
]
F48_PART = Part("fresh48", F48_VOCABULARY, F48_CONNECTORS, F48_FRAMES, F48_KEYWORDS,
                F48_SENTENCES, F48_AFTER, F48_REFERENCES, True, values=F48_VALUES,
                age=_f48_age, styles=F48_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh48-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    # ---------------------------------------------------------------- India, English
    ("in-chc-referral",
     "REFERRAL SLIP — [[place:Community Health Centre Bhanpura Kalan]]\n"
     "To: Medicine OPD, [[place:Kharbhir District Hospital]]\n"
     "Name: [[name:Kesar Bai]] W/o [[name:Dhanraj Meghwal]]    Age/Sex: [[age:93]]/F\n"
     "Vill. [[place:Malpurwa]], P.O. [[place:Sonkheda]], Tehsil [[place:Bhanpura]], "
     "Distt. [[place:Kharbhir]] (M.P.) – [[zip:458775]]\n"
     "OPD Reg. No. [[mrn:CHC/2024/041722]]    Aadhaar: [[other_id:4172 2903 3185]]\n"
     "Mob. [[phone:94141 72290]] (son)    Date: [[date:14/03/2024]]\n"
     "C/o breathlessness x 5 days, pedal oedema, orthopnoea. SpO2 88% RA, JVP raised, bilateral "
     "basal crepts. Kindly evaluate for CCF. Sent in 108 ambulance with O2 at 4 L/min."),
    ("in-asha-visit",
     "ASHA home visit, [[date:Tue 5 March 2024]]. Visited [[name:Parbati Kushwaha]] "
     "([[age:91 yrs]]) at her son [[name:Ramlakhan]]'s house in [[place:Pipri Tola]] of "
     "[[place:Dumariya]] panchayat. Bed-bound since the fall last month, sacral sore grade 2, "
     "eating little. Daughter-in-law [[name:Sunita]] does the dressing with betadine. Ayushman "
     "card [[health_plan:PMJAY-K41722903]] is with the family; advised to take her to the CHC. "
     "ANM [[name:Kiran Lata]] informed on [[phone:+91 76512 41722]]."),
    ("in-mlc-himachal",
     "MEDICO-LEGAL CASE — Emergency, [[place:Civil Hospital Kandrour]]\n"
     "MLC No. [[other_id:MLC/117/2024]]; information sent to police station [[place:Kandrour]].\n"
     "Injured: [[name:Om Prakash]] S/o [[name:Bhagat Ram]], [[age:90 years]], M, R/o "
     "[[place:Dhar Kothi]].\n"
     "Alleged RTA on [[date:02-02-2024]] at about 19:30 near the old bridge; the pick-up "
     "[[vehicle:HP 37B 4172]] reversed into him. Driver's licence [[licence:HP37 20150041722]] "
     "noted by the police. Brought by grandson [[name:Sanjay Thakur]], mob. "
     "[[phone:98160 41722]].\n"
     "Injuries: lacerated wound 4 x 1 cm over the left parietal region; X-ray: fracture shaft of "
     "left femur. Opinion: grievous. Patient conscious, oriented, GCS 15."),
    ("in-discharge-assam",
     "DISCHARGE SUMMARY — Department of Medicine, Unit III\n"
     "Patient: [[name:Lakhi Kanta Borah]]    UHID: [[mrn:UH2403-41722]]    IP No.: "
     "[[mrn:IP/24/17229]]\n"
     "Age: [[age:92 Y]]    Sex: M    Ward: Medicine Male, Bed 14\n"
     "Address: [[address:Near Namghar, Line No. 4]], [[place:Bokajan Gaon]], P.O. "
     "[[place:Rangsali]], [[zip:785 612]]\n"
     "DOA: [[date:11.01.2024]]    DOD: [[date:19.01.2024]]\n"
     "Diagnosis: Community-acquired pneumonia (CURB-65 3); type 2 respiratory failure; COPD.\n"
     "Course: NIV for 48 h; Inj. Piperacillin-tazobactam 4.5 g TDS x 7 days. Retired tea-garden "
     "worker.\nABHA: [[health_plan:91-4172-2903-3185]].\n"
     "Follow-up in Medicine OPD after 2 weeks with a chest X-ray."),
    ("in-family-whatsapp",
     "Hello Doctor, this is [[name:Manjula]], daughter of [[name:Sunderlal Lodhi]] (bed 22). "
     "Papa turned [[age:90]] last month and never stayed in hospital before. His Aadhaar is "
     "[[other_id:6172 4417 2290]] and PAN [[other_id:BKTPL4172K]] if the mediclaim desk needs "
     "them. Please mail the discharge papers to [[email:manjula.lodhi@example.co.in]]. We are "
     "driving from [[place:Sonkheda]] in our car [[vehicle:MP 13 CA 4172]] and will reach by "
     "evening. Thank you 🙏"),
    ("in-pacing",
     "Pacing clinic – [[date:2024-03-14]]. [[name:Sakharam Rathva]], [[age:93 yrs]], from "
     "[[place:Kanjeta Falia]]. DDD pacemaker, model DDD-41, S/N [[device:RTV417229K]]; battery "
     "7 years, RV threshold 0.75 V at 0.4 ms, no arrhythmia episodes. ESIC IP No. "
     "[[health_plan:3104172290]] (son's employer). Daughter-in-law's mobile "
     "[[phone:099099 41722]]. Next check in 6 months."),
    ("in-teleconsult",
     "Tele-consult log. Spoke: the sub-centre at [[place:Kesla Khurd]]; session from "
     "[[ip:10.41.72.29]], hub workstation [[ip:192.168.41.7]].\n"
     "Patient [[name:Lachhmi Bai]], [[age:95]], female; CHO [[name:Rekha Uikey]] presenting.\n"
     "Complaint: burning micturition 3 days, fever. Urine dipstick nitrite +, leucocytes ++.\n"
     "Advice: Tab. Nitrofurantoin 100 mg BD x 5 days; fluids; review in 3 days."),
    ("in-death-cert",
     "MEDICAL CERTIFICATE OF CAUSE OF DEATH (Form 4A)\n"
     "Certificate No.: [[licence:MCCD/2024/0417]]\n"
     "Name of deceased: [[name:Gangabai Tukaram Pawar]]    Age: [[age:96 years]]    Sex: F\n"
     "Date and time of death: [[date:07/03/2024 04:15]]\n"
     "I(a) Septic shock; (b) Community-acquired pneumonia; (c) —. II: Type 2 diabetes "
     "mellitus, CKD stage 4.\nManner of death: natural. Certified by Dr "
     "[[name:A. S. Kulkarni]], Medical Council Reg. No. [[licence:MMC-2004/04/1722]]."),
    ("in-lab-request",
     "LAB REQUISITION — Biochemistry\n"
     "Pt: [[name:Shanti Devi]]    CR No. [[mrn:CR202404172]]    Sample ID [[other_id:S24-417229]]\n"
     "Tests: LFT, KFT, HbA1c, lipid profile, TSH. Fasting: yes. Ward: Female Medical, Bed 31.\n"
     "Collected [[date:15-Mar-24 07:10]] by [[name:Nandini]]."),
    # ---------------------------------------------------------------- Pakistan, English
    ("pk-er-note",
     "ER note – [[place:Tehsil Headquarters Hospital Kot Sarwar]]\n"
     "Pt [[name:Ghulam Fareed]] s/o [[name:Allah Ditta]], [[age:94 y/o]] male, r/o "
     "[[address:House 12, Gali 3]], [[place:Mohalla Qazian]], [[place:Chak 412 JB]]. CNIC "
     "[[other_id:33105-4172290-5]]. MR No. [[mrn:2024-ER-41772]].\n"
     "Brought by son [[name:Nadeem]] ([[phone:0300-4172290]]) on [[date:18-03-2024]] with "
     "right-sided weakness since Fajr. BP 210/120, GCS 13, right hemiparesis. CT brain: left "
     "capsuloganglionic bleed, 14 mL. Referred to neurosurgery at "
     "[[place:Sabzazar General Hospital]]."),
    ("pk-ward-whatsapp",
     "[08:02] Dr [[name:Saima Jatoi]]: Bed 9 wali amma, [[age:96 saal]], sugar 38 thi raat ko, "
     "ab theek hai.\n"
     "[08:05] [[name:Usman]] (HO): Ji, D25 diya tha. Attendant ka number "
     "[[phone:0321 7741722]].\n"
     "[08:07] Dr [[name:Saima Jatoi]]: Sehat card [[health_plan:SSP-41722903]] lag gaya?\n"
     "[08:09] [[name:Usman]] (HO): Jee, MR [[mrn:417-229]] pe entry ho gayi. Gliclazide band."),
    ("pk-email",
     "From: [[email:tahira.bhatti@example.pk]]\n"
     "Subject: My father [[name:Ghulam Rasool Khokhar]], MR [[mrn:417229]]\n"
     "Respected Doctor, my father is [[age:93 years old]] and was discharged from your ward "
     "last week. His old reports from [[place:Lahore]] are attached. The hospital said the "
     "unused deposit will be refunded; my IBAN is [[account:PK36 MEZN 0041 7229 0331 8152]].\n"
     "Regards,\n[[name:Tahira Bhatti]]\n[[address:Flat 7, 22 Kingsbury Road]], "
     "[[place:Leicester]] [[zip:LE4 7QT]]\n[[phone:+44 7700 900417]]"),
    ("pk-handover-table",
     "| Bed | Pt | Issue | Plan |\n|---|---|---|---|\n"
     "| 3 | Mst. [[name:Zubaida]], [[age:92]]F | HHS, Na 151 | half-normal saline, 2-hrly BSR |\n"
     "| 4 | [[name:Karam Din]], 67M | DKA | insulin infusion, K 3.4 replace |\n"
     "| 7 | [[name:Shabbir Ahmad]], 58M, B-form of grandson [[other_id:35202-4172290-1]] on file "
     "| CLD, SBP | cefotaxime, albumin |"),
    # ---------------------------------------------------------------- Sri Lanka, English
    ("lk-clinic",
     "MEDICAL CLINIC – [[place:Base Hospital Hingurugama]]\n"
     "Clinic No.: [[mrn:MC/4172/19]]    NIC: [[other_id:337241722V]]\n"
     "[[name:W. M. Somawathie Herath]], [[age:91 years]], from [[place:Kirimetiyawa]] in the "
     "Uva Province.\nAddress: [[address:No. 41/2, Temple Road]], [[place:Kirimetiyawa]], "
     "[[zip:90417]].\nSeen on [[date:2024.02.19]]. Known DM, HT, IHD. Defaulted clinic for 6 "
     "months during the paddy harvest. Tab. Metformin 500 mg bd, Tab. Losartan 50 mg bd. "
     "Daughter [[name:Chandrika]] – [[phone:077 417 2290]]."),
    ("lk-transfer",
     "INTER-HOSPITAL TRANSFER FORM\n"
     "From: [[place:Divisional Hospital Pahala Ela]]    To: Teaching Hospital, "
     "[[place:Anuradhapura]]\n"
     "Patient: [[name:R. M. Punchi Banda]]    Age: [[age:94]]    NIC: "
     "[[other_id:193004172290]]\n"
     "BHT: [[mrn:24/417]]    Date/time: [[date:2024-03-09 22:40]]    Ambulance: "
     "[[vehicle:NC KT-4172]]\n"
     "Reason: suspected CKDu with hyperkalaemia (K 7.1), peaked T waves. Given calcium "
     "gluconate 10 mL, insulin-dextrose, salbutamol nebs.\nEscorting nurse: "
     "[[name:K. A. Dilrukshi]]."),
    ("lk-fax-cover",
     "FAX COVER SHEET – Medical Ward 3\n"
     "To: Renal Unit    Fax: [[fax:055 224 1722]]\n"
     "From: Medical Ward 3    Fax: [[fax:055 224 1790]]    Pages: 3\n"
     "Re: [[name:Nimal Weerakoon]], BHT [[mrn:24/1172]], NIC [[other_id:196417229031]]. "
     "Creatinine 4.2 mg/dL, K 5.9; please accept for haemodialysis."),
    # ---------------------------------------------------------------- Bangladesh, English
    ("bd-uhc-emergency",
     "[[place:Kazirhat Upazila Health Complex]] — Emergency\n"
     "[[name:Rokeya Begum]], [[age:90 yrs]], w/o late [[name:Abdul Mannan Talukder]], vill. "
     "[[place:Char Baluka]], union [[place:Purba Dhalia]], upazila [[place:Kazirhat]], "
     "[[zip:5641]].\nNID: [[other_id:4172290331]]    Reg no. [[mrn:UHC-EM/0417/24]]\n"
     "Date: [[date:20 Jan 2024]]\nSnake bite, left foot, 3 h ago while cutting grass; ptosis, "
     "20WBCT coagulable. Inj. AVS 10 vials started; referred to the medical college hospital. "
     "Son's mobile [[phone:01714-172290]]."),
    ("bd-case-post",
     "Case for discussion (rural MO): An elderly lady, aged [[age:97]], lives with her grandson "
     "[[name:Shamim]] in [[place:Char Nilkamal]], a sandbar village reached only by boat. She came "
     "on [[date:3rd February]] with 2 weeks of fever and hepatosplenomegaly. rK39 positive. "
     "Her NID card was lost in the flood, so the birth registration no. "
     "[[other_id:19334417229031815]] was used at admission. Liposomal amphotericin B 10 mg/kg "
     "single dose? Kala-azar at this age is unusual for us."),
    ("bd-dots",
     "TB TREATMENT CARD (DOTS)\nUpazila: [[place:Shalbaria]]    TB Reg. No. [[mrn:41/2024]]\n"
     "Name: [[name:Abul Kalam Mridha]]    Age: [[age:90 years]]    Sex: M\n"
     "Treatment supporter: [[name:Jahanara]] (CHW), mobile [[phone:+880 1914-172290]]\n"
     "Start: [[date:08/01/2024]]    Regimen 2HRZE/4HR    Sputum smear 2+; GeneXpert MTB "
     "detected, RIF resistance not detected."),
    ("bd-sms-log",
     "SMS to [[phone:01712-417229]]: Your mother's biopsy report (Reg [[mrn:BMC-41722]]) is "
     "ready. Collect from room 204 with the NID card. — Pathology\n"
     "Reply from [[phone:01712-417229]]: Thank you, [[name:Farida]] will come on "
     "[[date:Sunday 17 March]]."),
    # ---------------------------------------------------------------- Fiji and Samoa
    ("fj-nursing-station",
     "NURSING STATION NOTE – [[place:Navuakece Nursing Station]], [[place:Vatulami Island]]\n"
     "[[date:12/02/2024 0900]]. Adi [[name:Mereoni Tuivaga]], [[age:92-year-old]] woman from "
     "[[place:Nakorovatu]] village, brought by her grandson [[name:Sakiusa]] on the village boat "
     "[[vehicle:FJ-VB 417]]. Cough 3/52, night sweats, weight loss. ?PTB. Sputum x 2 to go on "
     "the Thursday boat. Discussed with the SDMO, Dr [[name:Ravinesh Prasad]], "
     "[[phone:+679 941 7229]]."),
    ("fj-referral-letter",
     "[[place:Vunivesi Health Centre]]\nDear Doctor,\nRe: [[name:Ram Kishore]] s/o "
     "[[name:Bhagwan Dass]], [[age:91-year-old]] cane farmer of "
     "[[address:Lot 17, Naduri Back Road]], [[place:Vunivesi]]. TIN [[other_id:41-72290-0-3]].\n"
     "He was struck by a cane truck, [[vehicle:HJ 417]], while crossing the tramline; "
     "painful right hip, shortened and externally rotated. Kindly review for a neck of femur "
     "fracture.\nDr [[name:Salote Waqanivalu]], [[date:5th March 2024]]."),
    ("ws-admission",
     "[[place:Faleuluga District Hospital]] — admission note\n"
     "[[name:Tuiloma Fetu Leavasa]], [[age:95 yo]] M, matai of [[place:Saleta'ua]] village, "
     "Savai'i. NID [[other_id:WS-1930-41722]]. Hosp. no. [[mrn:FDH 41722]].\n"
     "Admitted [[date:Mon 4 March 2024]] with cellulitis of the right leg; fluclox started. "
     "Gout on allopurinol. Son [[name:Tavita]] lives in [[place:Auckland]], "
     "[[phone:+64 21 041 7229]]."),
    ("ws-oversea-referral",
     "Overseas Treatment Scheme referral: [[name:Losa Faleolo]], aged [[age:90]], from "
     "[[place:Mulivaoa]] on Upolu. Severe AS (valve area 0.6 cm2). She lived in "
     "[[place:Pago Pago]] for 30 years and worked at the cannery; her US SSN "
     "[[ssn:582-41-7229]] appears on the old pension letter. Pacemaker S/N "
     "[[device:PJK417229S]] from an earlier implant."),
    ("fj-blog",
     "Patient information: her grandson keeps a family blog at "
     "[[url:https://vanua-stories.example.com.fj/bubu-mere]] with photos from the ward.",
     "patient_information"),
    # ---------------------------------------------------------------- Hindi
    ("hi-discharge",
     "डिस्चार्ज सारांश — मेडिसिन विभाग, [[place:सामुदायिक स्वास्थ्य केंद्र सोनखेड़ा]]\n"
     "मरीज़ का नाम: [[name:रामप्यारी बाई]]    उम्र: [[age:92 वर्ष]]    लिंग: महिला\n"
     "पता: ग्राम [[place:मालपुरवा]], तहसील [[place:भानपुरा]], ज़िला [[place:खरभीर]]\n"
     "भर्ती दिनांक: [[date:14 मार्च 2024]]    छुट्टी दिनांक: [[date:21 मार्च 2024]]\n"
     "भर्ती क्रमांक: [[mrn:IPD/2024/4172]]    आयुष्मान कार्ड: [[health_plan:PMJAY-M41722903]]\n"
     "निदान: निमोनिया, टाइप 2 मधुमेह।\n"
     "उपचार: इंजेक्शन सेफ्ट्रिएक्सोन 1 ग्राम दिन में दो बार, 7 दिन।\n"
     "सलाह: 2 सप्ताह बाद ओपीडी में दिखाएँ। बेटे [[name:हरिराम]] का मोबाइल: [[phone:97541 72290]]"),
    ("hi-asha-register",
     "आशा रजिस्टर — वृद्ध जन भ्रमण\n"
     "| क्रम | नाम | उम्र | गाँव | मोबाइल |\n|---|---|---|---|---|\n"
     "| 1 | [[name:सुगिया देवी]] | [[age:९४ वर्ष]] | [[place:पिपरी टोला]] | "
     "[[phone:९४७१७ २२९०३]] |\n"
     "| 2 | [[name:जगदीश महतो]] | 78 वर्ष | [[place:पिपरी टोला]] | — |\n"
     "| 3 | [[name:फुलमतिया]] | [[age:91]] | [[place:डुमरिया]] | [[phone:78570 41722]] |"),
    ("hi-police-letter",
     "सेवा में, थाना प्रभारी, थाना [[place:कंडरौर]]\n"
     "विषय: मेडिको-लीगल केस सं. [[other_id:MLC-88/2024]] की सूचना।\n"
     "महोदय, [[date:२ फ़रवरी २०२४]] को रात्रि लगभग 8 बजे [[name:गोपाल दास]] पुत्र "
     "[[name:मोहन लाल]], उम्र [[age:90 वर्ष]], निवासी [[place:धार कोठी]], को सड़क दुर्घटना में "
     "घायल अवस्था में लाया गया। ट्रक संख्या [[vehicle:HP 72 A 4172]] द्वारा टक्कर बताई गई। "
     "आधार संख्या [[other_id:5172 4417 2290]]। बाएँ हाथ की हड्डी टूटी है, एक्स-रे संलग्न।\n"
     "चिकित्सा अधिकारी, डॉ. [[name:नीरज शर्मा]]"),
    ("hi-opd-parchi",
     "ओपीडी पर्ची सं. [[mrn:४१७२२९]]    दिनांक [[date:१८/०३/२०२४]]\n"
     "[[name:बदामी बाई]], [[age:९३ वर्ष]], पति स्व. [[name:नाथूलाल]], [[place:झिरन्या खेड़ा]]\n"
     "शिकायत: घुटनों में दर्द, चलने में कठिनाई। रक्तचाप 170/96।\n"
     "दवा: टैब. पैरासिटामोल 500 मि.ग्रा. दिन में तीन बार, टैब. एम्लोडिपिन 5 मि.ग्रा. रोज़।"),
    # ---------------------------------------------------------------- Bengali
    ("bn-wb-referral",
     "রেফারাল পত্র — [[place:কুসুমডাঙা গ্রামীণ হাসপাতাল]]\n"
     "রোগীর নাম: [[name:শেফালি মণ্ডল]], বয়স [[age:৯৩ বছর]], স্বামী: স্বর্গীয় "
     "[[name:হারাধন মণ্ডল]]\n"
     "গ্রাম [[place:নলতাবেড়িয়া]], থানা [[place:কুসুমডাঙা]], পিন [[zip:৭৪৩৩৪৭]]\n"
     "স্বাস্থ্য সাথী কার্ড: [[health_plan:WB-SS-4172290331]]    আধার: "
     "[[other_id:৪১৭২ ২৯০৩ ৩১৮৫]]\n"
     "ভর্তির তারিখ: [[date:০৫/০৩/২০২৪]]\n"
     "সমস্যা: সাপে কামড় (কেউটে), চোখের পাতা পড়ে যাচ্ছে; ASV ১০ ভায়াল দেওয়া হয়েছে। উন্নত "
     "চিকিৎসার জন্য মেডিকেল কলেজে পাঠানো হল।\n"
     "যোগাযোগ: ছেলে [[name:বিশ্বজিৎ]] — [[phone:৯৮৩০৪ ১৭২২৯]]"),
    ("bn-family-message",
     "স্যার, আমার দাদি মোছা. [[name:আনোয়ারা খাতুন]], বয়স [[age:৯৫]], গতকাল রাত থেকে "
     "শ্বাসকষ্ট। আমরা থাকি [[place:কাজিরহাট]] উপজেলার [[place:চর নীলকমল]] গ্রামে। NID "
     "[[other_id:১৯৩২৪১৭২২৯০৩৩১৮১৫]]। [[date:১৫ মার্চ]] ডাক্তার দেখাতে চাই। আমার নম্বর "
     "[[phone:০১৮১৪-১৭২২৯০]]। — [[name:শামীম]]"),
    ("bn-summary-bangla-calendar",
     "রোগীর সারসংক্ষেপ\nনাম: [[name:হরিপদ বর্মন]]    জন্ম: [[date:১ বৈশাখ ১৩৩৯]]    বয়স: "
     "[[age:৯১ বছর]]\nগ্রাম [[place:দক্ষিণ বালাপাড়া]], ইউনিয়ন [[place:ধনিরামপুর]]\n"
     "ভর্তি: [[date:২২ ফাল্গুন ১৪৩০]]    ছুটি: [[date:২৮ ফাল্গুন ১৪৩০]]\n"
     "রোগ নির্ণয়: হৃদযন্ত্রের অকার্যকারিতা (NYHA III); ফুরোসেমাইড ৪০ মি.গ্রা. দিনে একবার।"),
    # ---------------------------------------------------------------- Tamil
    ("ta-jaffna-discharge",
     "வெளியேற்றச் சுருக்கம் — [[place:பண்ணையூர் ஆதார வைத்தியசாலை]]\n"
     "நோயாளர்: [[name:செல்லம்மா கந்தசாமி]]    வயது: [[age:93]]    பெண்\n"
     "தே.அ.அ. இல: [[other_id:193354172290]]    விடுதி இல (BHT): [[mrn:41/7229]]\n"
     "முகவரி: [[address:இல. 17, கோவில் வீதி]], [[place:வல்லைப்பாடு]]\n"
     "அனுமதி: [[date:2024.03.02]]    வெளியேற்றம்: [[date:2024.03.08]]\n"
     "நோயறிதல்: இதய செயலிழப்பு (NYHA III); ஏட்ரியல் ஃபிப்ரிலேஷன்.\n"
     "மகன் [[name:சிவகுமார்]] (கனடா) — [[phone:+1 416 555 0173]]"),
    ("ta-kongu-phc",
     "ஆரம்ப சுகாதார நிலையம், [[place:செம்மாண்டம்பாளையம்]]\n"
     "[[date:14 மார்ச் 2024]] — [[name:பழனியம்மாள்]], [[age:91 வயது]], கணவர் "
     "[[name:ராமசாமி]]. குடும்ப அட்டை எண் [[other_id:33G4172290]]. கைபேசி "
     "[[phone:94431 72290]]. இரத்த அழுத்தம் 180/100; அம்லோடிபைன் 5 மி.கி. தினமும்."),
    # ---------------------------------------------------------------- Urdu
    ("ur-discharge",
     "ڈسچارج سمری — میڈیکل وارڈ، [[place:تحصیل ہیڈکوارٹر ہسپتال کوٹ سرور]]\n"
     "مریضہ کا نام: [[name:حاجرہ بی بی]]    عمر: [[age:93 سال]]\n"
     "شوہر: [[name:محمد رمضان]]\n"
     "پتہ: [[address:مکان نمبر 12، گلی نمبر 3]]، [[place:محلہ قاضیاں]]، [[place:کوٹ سرور]]\n"
     "شناختی کارڈ نمبر: [[other_id:33105-4172290-4]]    ایم آر نمبر: [[mrn:2024-MW-41772]]\n"
     "تاریخ داخلہ: [[date:10 مارچ 2024]]    تاریخ اخراج: [[date:16 مارچ 2024]]\n"
     "تشخیص: نمونیا، ذیابیطس قسم دوم۔\n"
     "ہدایات: دو ہفتے بعد او پی ڈی میں دکھائیں۔ بیٹے کا موبائل: [[phone:0300-7417229]]"),
    ("ur-rta",
     "ایمرجنسی نوٹ: [[name:اللہ وسایا]]، عمر [[age:۹۱ سال]]، کی موٹر سائیکل "
     "[[vehicle:LEB-17-4172]] کو ٹرالی نے ٹکر ماری۔ شناختی کارڈ "
     "[[other_id:۳۱۲۰۲-۴۱۷۲۲۹۰-۱]]۔ ڈرائیونگ لائسنس [[licence:LHR-417229]] پولیس کے پاس ہے۔ "
     "تاریخ: [[date:۱۸ مارچ ۲۰۲۴]]۔ دائیں ٹانگ کی ہڈی ٹوٹی ہے؛ ایکسرے کروایا گیا۔"),
    ("ur-family-report-link",
     "ڈاکٹر صاحب، میری والدہ [[name:نسرین اختر]] کی رپورٹ "
     "[[url:https://reports.example.pk/r/417229]] پر ہے۔ ان کی عمر [[age:۹۲ سال]] ہے اور "
     "شوگر کی دوا لیتی ہیں۔ — [[name:عمران]]"),
    # ---------------------------------------------------------------- Nepali
    ("ne-referral",
     "प्रेषण पत्र (रिफरल)\n[[place:सिंजाडाँडा स्वास्थ्य चौकी]] बाट [[place:भेरीकोट अस्पताल]]\n"
     "बिरामीको नाम: [[name:धनसरा रोकाया]]    उमेर: [[age:९२ वर्ष]]    लिङ्ग: महिला\n"
     "ठेगाना: [[place:सिंजाडाँडा]] गाउँपालिका-४, [[place:पिपलकोट]]\n"
     "नागरिकता प्र.प. नं.: [[other_id:६२-०१-७५-०४१७२]]\n"
     "मिति: [[date:२०८०/११/०१]]\n"
     "समस्या: ३ दिनदेखि ज्वरो, खोकी, सास फेर्न गाह्रो; SpO2 ८४%। अक्सिजन दिइएको।\n"
     "सम्पर्क: छोरा [[name:कर्णबहादुर]] — [[phone:९८४८०४१७२२]]"),
    ("ne-discharge",
     "डिस्चार्ज विवरण — [[place:भेरीकोट अस्पताल]]\n"
     "दर्ता नं.: [[mrn:०८०/८१-४१७२]]    स्वास्थ्य बीमा नं.: [[health_plan:HIB-41722903]]\n"
     "नाम: [[name:टेकबहादुर थापा मगर]]    जन्म मिति: [[date:१९९० साउन १४]] (वि.सं.)    उमेर: "
     "[[age:९१ वर्ष]]\nभर्ना: [[date:२०८० फागुन ०३]]    डिस्चार्ज: [[date:२०८० फागुन १०]]\n"
     "निदान: COPD को तीव्र आक्रमण; घरभित्रको चुलोको धुवाँ।"),
    # ---------------------------------------------------------------- Sinhala
    ("si-clinic-book",
     "[[place:හිඟුරුගම මූලික රෝහල]] — වෛද්‍ය සායනය\n"
     "නම: [[name:ඩබ්ලිව්. එම්. සෝමාවතී]]    වයස අවුරුදු [[age:91]]\n"
     "ජා.හැ.අ. අංකය: [[other_id:335411722V]]    සායන අංකය: [[mrn:MC/4172]]\n"
     "ලිපිනය: [[address:අංක 17, පන්සල පාර]], [[place:කිරිමැටියාව]]\n"
     "දිනය: [[date:2024 මාර්තු 14]]\n"
     "දියවැඩියාව; මෙට්ෆෝමින් 500 mg දිනකට දෙවරක්.\n"
     "දියණියගේ දුරකථන අංකය: [[phone:071 417 2290]]"),
    ("si-three-wheeler",
     "හදිසි අනතුරු ඒකකය: [[name:ආර්. එම්. පුංචි බණ්ඩා]], [[age:94 හැවිරිදි]] පුද්ගලයෙක්. "
     "ත්‍රීරෝද රථය [[vehicle:UP QA-4172]] පෙරළී හිසට තුවාල. ජා.හැ.අ. අංකය "
     "[[other_id:193104172290]]. දිනය [[date:2024.02.11]]. පුතා [[name:සුනිල්]] - "
     "[[phone:077 741 7229]]."),
    # ---------------------------------------------------------------- reference paragraph
    ("ref-discussion",
     "Discussion: Snakebite envenoming remains a neglected tropical disease in South Asia "
     "(https://doi.org/10.1371/journal.pntd.0004172); the WHO guidance "
     "(https://www.who.int/publications/i/item/9789240004172) informed our antivenom dosing.",
     "discussion"),
    # ---------------------------------------------------------------- clean
    ("clean-grand-round",
     "Grand round: Kyasanur Forest disease vs scrub typhus. Weil-Felix OX-K 1:320, eschar in "
     "the groin; doxycycline 100 mg BD for 7 days. ICD-10 A75.3. Learning point: look for the "
     "eschar in every febrile patient from the forest fringe."),
    ("clean-hi-mm",
     "रुग्णता एवं मृत्यु बैठक: 3 मामलों पर चर्चा — गिलियन-बैरे सिंड्रोम, पार्किंसन रोग, "
     "सर्पदंश। वार्ड 5, बेड 12 के मरीज़ को 20WBCT के बाद ASV दिया गया। 84 वर्ष की महिला में "
     "हाइपोनेट्रेमिया (Na 118)।"),
    ("clean-bn-dengue",
     "ডেঙ্গু শক সিনড্রোম: প্লেটিলেট ২২,০০০; হেমাটোক্রিট ৪৮%; নরমাল স্যালাইন ২০ মিলি/কেজি; "
     "ওয়ার্ড ৪, বেড ১১। রোগীর বয়স ৮৯ বছর।"),
    ("clean-ta-kawasaki",
     "கவாசாகி நோய்: IVIG 2 கி/கிலோ; ஆஸ்பிரின் 30 மி.கி/கிலோ; எக்கோ: கரோனரி விரிவு இல்லை. "
     "வார்டு 6, படுக்கை 14."),
    ("clean-ur-hepc",
     "ہیپاٹائٹس سی: سوفوسبوویر 400 ملی گرام اور ڈکلاٹاسویر 60 ملی گرام روزانہ، 12 ہفتے؛ وارڈ "
     "نمبر 4، بیڈ 17۔ عمر 87 سال۔"),
    ("clean-ne-parkinson",
     "पार्किन्सन रोग; लेभोडोपा/कार्बिडोपा १००/२५ मि.ग्रा. दिनको तीन पटक; उमेर ८८ वर्ष; "
     "२०७८ सालदेखि औषधि।"),
    ("clean-si-dengue",
     "ඩෙංගු රක්තපාත උණ; පට්ටිකා 28,000; PCV 46%; වාට්ටුව 12, ඇඳ 8. අවුරුදු 85 කාන්තාවකි."),
    ("clean-fj-rhd",
     "Rheumatic heart disease register review: benzathine penicillin 1.2 MU every 28 days, "
     "adherence 11 of 13 doses; echo MR moderate. Kava dermopathy noted. Clinic held at "
     "the nursing station."),
    ("clean-snakebite-protocol",
     "Snakebite protocol: 20WBCT at 0, 6 and 12 hours; ASV 10 vials over 1 hour; neostigmine "
     "1.5 mg with atropine 0.6 mg for neurotoxic envenoming; tetanus toxoid 0.5 mL."),
    ("clean-ckdu",
     "CKDu clinic: eGFR 38 mL/min/1.73m2, urine ACR 12 mg/g, K 4.8; Bed 14, Ward 6; review in "
     "3 months. Herbal remedies stopped. Model AX-200 dialyser."),
    ("clean-ws-mda",
     "Filariasis MDA 2023: IDA (ivermectin, DEC, albendazole) by weight band; Samoa "
     "guideline 2019. Age groups 5-14, 15-64 and 65-89 reported separately."),
    ("clean-lab-table",
     "| Test | Day 1 | Day 3 | Day 5 |\n|---|---|---|---|\n| Hb (g/dL) | 8.1 | 8.6 | 9.2 |\n"
     "| Platelets (x10^9/L) | 42 | 88 | 156 |\n| Creatinine (mg/dL) | 2.4 | 1.8 | 1.3 |\n"
     "| CRP (mg/L) | 212 | 96 | 31 |"),
]
F48_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH48: tuple[Note, ...] = build(F48_PART, per_category=26, clean=120, references=8) + F48_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH48 for e in n.expected)
    print(len(FRESH48), "notes,", sum(1 for n in FRESH48 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

"""FRESH45: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a forty-first author during the twenty-first round; it is measured once, and
its result is recorded with that measurement. Its author read only tests/phi/generated.py (the
framework: Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring),
tests/phi/corpus.py (the Note type, the span conventions, parse, evaluate), the
de-identification section (5) of the project's domain notes (45 CFR 164.514(b)(2) Safe
Harbor), the module docstrings only of tests/phi/fresh30_notes.py to fresh42_notes.py (read
with ast.get_docstring), the wiring lines of fresh16_notes.py (its Part call, _letter, letters
tuple, build and __main__ lines, printed with grep -n and sed) and pyproject.toml's line length
and ruff settings; not the scanner, its patterns, name lists, model or data, its benchmark
(bench/), its tests, the body of any other fresh part (others were being written at the same
time and were not opened), nor their git history; the scanner was not run or imported while
writing it, nor on its notes. Its vocabulary, value shapes, keywords, connectors, frames, note
styles and hand-written letters are this author's own, as a worldwide case-discussion board
sees them: about half English-language settings (Singapore with the NRIC and FIN, HDB blocks,
units and six-digit postal codes; Malaysia's English notes with the MyKad number; Hong Kong
with the HKID and its bracketed check digit, New Territories villages; Sri Lanka's English
notes with the old (9 digits and V) and new (12 digits) NIC and BHT numbers; Brunei with the
IC and its postcodes; the Australian Northern Territory with Medicare, the HRN, Centrelink
CRNs and invented Aboriginal communities and outstations, Kriol words) and half non-English
settings in their own languages and scripts: Vietnamese (CCCD, BHYT card, "tuổi", "ngày 14
tháng 3 năm 2024", plates "51F-412.37"), Thai (Thai script and Thai digits, the 13-digit ID,
HN and AN, Buddhist-era years "14 มี.ค. 2567", "ปี"), Khmer (Khmer script and digits, the ID
card, an IDPoor card, "ឆ្នាំ"), Lao (Lao script, ID card and family book, NHI card, "ປີ"),
Burmese (Myanmar script and digits, the NRC "၁၂/ဗဟန(နိုင်)၀၄၁၂၃၇", "နှစ်"), Indonesian (NIK,
KK, BPJS Kesehatan, RT/RW addresses, "tahun"), Tamil (Tamil script, Aadhaar, CMCHIS, PIN codes,
"வயது") and Sinhala (Sinhala script, NIC, BHT, "හැවිරිදි"). The towns, villages, kampongs,
communities, hospitals, clinics, people and identifier shapes are invented. Document types:
discharge summaries (GIẤY RA VIỆN, สรุปการรักษา, RINGKASAN PULANG, ဆေးရုံဆင်းလွှာ), referral
letters, an NT retrieval and clinic note, HDB home visits, polyclinic notes, a Brunei
community nurse visit, a Hong Kong GOPC note, a Sri Lankan BHT summary, a Khmer health-centre
referral, a Lao district hospital note, a Tamil PHC note, a Sinhala clinic book, WhatsApp,
LINE and Zalo threads, a fax cover, e-mails, a case-board post, clean notes and a discussion
paragraph with literature references.

Conventions (tests/phi/corpus.py's and the fresh parts' docstrings'): a name without its title
or honorific (Dr, Mr, Mrs, Madam, Encik, Puan, Pak, Bu, Awang, Dayang, Haji, Hajah, Uncle,
Aunty, bà, ông, anh, chị, นาย, นาง, น.ส., ลุง, ยาย, លោក, អ្នកស្រី, ທ້າວ, ນາງ, ဦး, ဒေါ်, Tn.,
Ny., திரு, திருமதி, මයා, මිය stay out); a full name in any order is one span ("TAN Siew Ling",
"Nguyễn Thị Hoa"), a name written in two scripts is two spans; staff names and a chat's
speakers are names; an identifier without its keyword; an age over 89 with its attached unit
in any language ("92-year-old", "93 tuổi", "91 ปี", "๙๔ ปี", "៩២ ឆ្នាំ", "95 ປີ", "၉၂ နှစ်", "96
tahun", "92 வயது", "93 හැවිරිදි", "94yo") or the number alone where no unit is attached ("aged
95", "වයස 91", "အသက် 93"); ages under 90 are not marked (the clean notes carry 84-89 in
several languages); a date without its preposition or prefix ("on", "ngày", "วันที่", "ថ្ងៃទី",
"tanggal", "tgl." stay out when written as separate words), with a weekday right before it and
a time right after it; a year alone (2567, ၂၀၂၄) is not a date. The street line is one span
(an HDB "Blk 412 Selasih Avenue 3 #08-117", "Jl. Kenanga No. 17 RT 03/RW 05", "số 47 đường
Bờ Kè", "88/2 หมู่ 4"); each locality and the postcode are separate spans; a locality is
marked without a separate generic word before it ("xã Tân Lộc" -> "Tân Lộc", "desa Sukamaju
Lor" -> "Sukamaju Lor") but whole where the word is part of the written name ("Kampong Bukit
Salat", "บ้านห้วยน้ำริน", "ភូមិត្រពាំងស្លា", "ບ້ານນາໂພ", "ညောင်ပင်ရွာ"); a named hospital,
polyclinic, health centre or outstation clinic is a place (the whole name); countries, states,
provinces, regions, districts and kabupaten (Singapore as a country, Perak, Johor, New
Territories, Northern Territory, NT, Top End, Tutong, Brunei-Muara, Long An, เชียงราย,
Kampong Thom, Savannakhet, Sagaing, Sleman, Yogyakarta, Tirunelveli, Western Province)
are never marked, nor ward and department names. Categories: `ssn` is a US Social
Security number only (an American retiree in a Thai village, a US veteran in Singapore, a
Texan mine-site contractor in the NT); other national numbers (NRIC, FIN, MyKad, HKID, NIC,
Brunei IC, Centrelink CRN, CCCD, Thai ID, Khmer ID, Lao ID and family book, NRC, NIK, KK,
Aadhaar) are `other_id`; insurance numbers (Medicare, CHAS card, Integrated Shield, BHYT, Thai private cover, IDPoor,
Lao NHI, SSB card, BPJS Kesehatan, CMCHIS, Sri Lankan Agrahara) are `health_plan`; hospital,
HN, AN, BHT, HRN, RM and "số vào viện" numbers are `mrn`; passports, driving licences and
professional registrations are `licence`; accounts, invoices and bank numbers are `account`;
plates, VINs and a boat's registration are `vehicle`; pacemaker, pump, CGM, hearing-aid and
concentrator serials and IMEIs are `device`.

Built as build(F45_PART, per_category=26, clean=120, references=8) + F45_LETTERS. Checked
without the scanner: every span's text is the note's text at its offsets and has no
surrounding blanks, no marks or slots are left in the text, no spans overlap, note ids are
unique, every category is in generated.CATEGORY_ORDER, every marked age is over 89, and ruff
passes. Deterministic: its own seed (19_045), values drawn from the builder's fixed-seed
Random, no hash-order dependence; builds under PYTHONHASHSEED=1 and 4242 are identical.
Counts: 52 hand-written notes (36 with identifiers, one of them a web address in a
patient_information section, 15 clean, 1 reference paragraph in a discussion); 690 notes, 144
of them (21%) without any identifier, 721 spans - name 68, address 34, place 73, zip 33, date
42, age 39, phone 42, fax 28, email 28, ssn 29, mrn 34, health_plan 34, account 28, licence 28,
vehicle 38, device 28, url 44, ip 27, other_id 44 (`python -m tests.phi.fresh45_notes` prints
them).

    from tests.phi.fresh45_notes import FRESH45, F45_PART, F45_LETTERS
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


_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")
_LAO_DIGITS = str.maketrans("0123456789", "໐໑໒໓໔໕໖໗໘໙")
_MY_DIGITS = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")

_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
              "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
_TH_SHORT = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
             "พ.ย.", "ธ.ค."]
_ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember"]
_KM_MONTHS = ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា",
              "តុលា", "វិច្ឆិកា", "ធ្នូ"]
_TA_MONTHS = ["ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்",
              "செப்டம்பர்", "அக்டோபர்", "நவம்பர்", "டிசம்பர்"]
_MY_MONTHS = ["ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်",
              "စက်တင်ဘာ", "အောက်တိုဘာ", "နိုဝင်ဘာ", "ဒီဇင်ဘာ"]
_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _f45_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1928, 2025)
    be = y + 543
    hh, mm = r.randint(0, 23), r.choice((0, 5, 10, 20, 35, 45, 50))
    return r.choice([
        f"{d:02d}/{m:02d}/{y}", f"{d}-{_EN_MONTHS[m - 1][:3]}-{y}", f"{d} {_EN_MONTHS[m - 1]} {y}",
        f"{r.choice(_WEEKDAYS)} {d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}",
        f"{y}.{m:02d}.{d:02d}", f"{y}-{m:02d}-{d:02d}",
        f"{d} tháng {m} năm {y}", f"{d}/{m}/{y}",
        f"{d} {_TH_MONTHS[m - 1]} {be}", f"{d} {_TH_SHORT[m - 1]} {be % 100:02d}",
        f"{d} {_TH_SHORT[m - 1]} {be}".translate(_THAI_DIGITS),
        f"{d} {_ID_MONTHS[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}",
        f"{d:02d} ខែ{_KM_MONTHS[m - 1]} ឆ្នាំ{y}".translate(_KHMER_DIGITS),
        f"{d} {_TA_MONTHS[m - 1]} {y}",
        f"{d} {_MY_MONTHS[m - 1]} {y}".translate(_MY_DIGITS),
        f"{d:02d}/{m:02d}/{y}".translate(_LAO_DIGITS),
    ])


def _f45_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 104)
    return r.choice([
        ("a {age} grandmother from a one-room HDB flat", f"{n}-year-old"),
        ("aged {age}, lives with her son's family", f"{n}"),
        ("{age} F, kinship carer absent, from the outstation", f"{n}yo"),
        ("Uncle is {age} and still goes fishing", f"{n}"),
        ("bà cụ {age}, nằm liệt giường", f"{n} tuổi"),
        ("ผู้ป่วยชายไทย อายุ {age}", f"{n} ปี"),
        ("ยายอายุ {age} ติดเตียง", f"{n} ปี".translate(_THAI_DIGITS)),
        ("ស្ត្រីអាយុ {age} មកពីភូមិ", f"{n} ឆ្នាំ".translate(_KHMER_DIGITS)),
        ("ແມ່ຕູ້ອາຍຸ {age}", f"{n} ປີ"),
        ("အသက် {age} အရွယ်ရှိ အဘွား", f"{n}".translate(_MY_DIGITS)),
        ("pasien perempuan usia {age}", f"{n} tahun"),
        ("{age} மூதாட்டி", f"{n} வயது"),
        ("{age} කාන්තාවක්", f"{n} හැවිරිදි"),
        ("වයස {age}", f"{n}"),
        ("an old man of {age} from the kampong", f"{n} years"),
    ])


def _f45_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"+65 {r.choice('89')}{_d(r, 3)} {_d(r, 4)}", f"6{_d(r, 3)} {_d(r, 4)}",
        f"+60 1{r.randint(2, 9)}-{_d(r, 3)} {_d(r, 4)}", f"0{r.randint(3, 9)}-{_d(r, 3)} {_d(r, 4)}",
        f"+852 {r.choice('5679')}{_d(r, 3)} {_d(r, 4)}", f"07{r.randint(0, 8)} {_d(r, 3)} {_d(r, 4)}",
        f"+94 {r.randint(11, 91)} {_d(r, 3)} {_d(r, 4)}", f"+673 {r.choice('78')}{_d(r, 2)} {_d(r, 4)}",
        f"(08) 89{_d(r, 2)} {_d(r, 4)}", f"04{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"09{r.randint(0, 9)}{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}", f"+84 9{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"08{r.randint(1, 9)}-{_d(r, 3)}-{_d(r, 4)}", f"0{r.randint(2, 7)}{_d(r, 1)}-{_d(r, 6)}",
        f"08{r.randint(1, 9)}-{_d(r, 3)}-{_d(r, 4)}".translate(_THAI_DIGITS),
        f"0{r.randint(10, 99)} {_d(r, 3)} {_d(r, 3)}", f"+855 {r.randint(10, 99)} {_d(r, 3)} {_d(r, 3)}",
        f"020 {r.choice('5579')}{_d(r, 3)} {_d(r, 4)}", f"+856 21 {_d(r, 3)} {_d(r, 3)}",
        f"09 {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", f"09{_d(r, 9)}".translate(_MY_DIGITS),
        f"0812-{_d(r, 4)}-{_d(r, 4)}", f"(0274) {_d(r, 6)}",
        f"+91 9{_d(r, 4)} {_d(r, 5)}", f"0{r.randint(4460, 4699)} {_d(r, 6)}",
    ])


_ROMAN_GIVEN = ["siewling", "kavitha", "nurul", "kaming", "chamari", "jacinta", "huong",
                "somchai", "sokha", "bounmy", "aungkyaw", "wayan", "murugan", "nimal", "meifong"]
_ROMAN_SUR = ["tan", "ong", "subramaniam", "chan", "perera", "othman", "marrkula", "nguyen",
              "chaiyasit", "sok", "phommavong", "win", "sutrisno", "ramasamy", "fernando"]


def _f45_email(r: random.Random, _h: bool) -> str:
    g, s = r.choice(_ROMAN_GIVEN), r.choice(_ROMAN_SUR)
    return r.choice([f"{g}.{s}@example.com.sg", f"{s}{{n}}@example.my", f"{g}_{s}@example.com.hk",
                     f"{g}{s}{{n}}@example.lk", f"{s}.{g}@example.com.vn", f"{g}{{n}}@example.co.th",
                     f"{g}.{s}@example.co.id", f"{s}_{g}@example.com.au", f"{g}{s}@example.la"])


def _f45_url(r: random.Random, _h: bool) -> str:
    g, s = r.choice(_ROMAN_GIVEN), r.choice(_ROMAN_SUR)
    return r.choice([f"https://www.example.com.sg/help-{g}-{s}", f"example.my/derma/{g}{{n}}",
                     f"https://kitabisa.example.id/bantu{g}{s}", f"http://{s}{g}.example.vn/nhatky",
                     f"https://www.example.co.th/{g}-{s}-{{n}}", f"facebook.example.com/{g}.{s}.{{n}}",
                     f"https://youtube.example.com/@{s}{g}"])


F45_VALUES = {
    "mrn": lambda r, h: r.choice([
        f"{_d(r, 2)}-{_d(r, 6)}", f"HN{_d(r, 6)}", f"{_d(r, 5)}/{_d(r, 2)}", f"AN{_d(r, 7)}",
        f"{_l(r, 2)}{_d(r, 6)}{_l(r, 1)}", f"{_d(r, 2)}.{_d(r, 6)}", f"{_d(r, 4)}/{_d(r, 2)}",
        f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}", f"{_d(r, 7)}", f"{_d(r, 6)}/{_d(r, 2)}".translate(_THAI_DIGITS)]),
    "health_plan": lambda r, h: r.choice([
        f"{r.randint(2, 6)}{_d(r, 3)} {_d(r, 5)} {r.randint(1, 9)}",
        f"{_l(r, 2, 'DNHTGCKB')}{r.randint(1, 5)}{_d(r, 2)}{_d(r, 10)}",
        f"{_l(r, 2, 'DNHTGCKB')} {r.randint(1, 5)} {_d(r, 2)} {_d(r, 10)}",
        f"000{_d(r, 10)}", f"{_d(r, 4)} {_d(r, 4)} {_d(r, 5)}", f"IS-{_d(r, 4)}-{_d(r, 4)}",
        f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 4)}-{_d(r, 3)}", f"{_d(r, 11)}", f"AG/{_d(r, 6)}"]),
    "account": lambda r, h: r.choice([
        f"{_d(r, 3)}-{_d(r, 5)}-{_d(r, 1)}", f"{_d(r, 3)}-{_d(r, 1)}-{_d(r, 5)}-{_d(r, 1)}",
        f"{_d(r, 13)}", f"INV-{_d(r, 8)}", f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"BSB {_d(r, 3)}-{_d(r, 3)} {_d(r, 8)}", f"{_d(r, 12)}"]),
    "licence": lambda r, h: r.choice([
        f"{_l(r, 1, 'EK')}{_d(r, 7)}{_l(r, 1)}", f"M{_d(r, 5)}{_l(r, 1)}", f"A{_d(r, 8)}",
        f"{_l(r, 1)}{_d(r, 8)}", f"{_d(r, 8)}", f"C{_d(r, 7)}", f"SLMC {_d(r, 5)}",
        f"{_d(r, 12)}", f"MED{_d(r, 10)}", f"TN{_d(r, 2)} {_d(r, 4)}{_d(r, 7)}"]),
    "vehicle": lambda r, h: r.choice([
        f"S{_l(r, 2)} {_d(r, 4)} {_l(r, 1)}", f"{_l(r, 3)} {_d(r, 4)}", f"{_l(r, 2)} {_d(r, 4)}",
        f"{_l(r, 2)} {_d(r, 2)} {_l(r, 2)}", f"{_d(r, 3)}-{_d(r, 3)}",
        f"{_l(r, 2)} {_l(r, 3)}-{_d(r, 4)}", f"{_d(r, 2)}-{_d(r, 4)}",
        f"{_d(r, 2)}{_l(r, 1)}-{_d(r, 3)}.{_d(r, 2)}", f"{_d(r, 2)}{_l(r, 1)}{_d(r, 1)}-{_d(r, 3)}.{_d(r, 2)}",
        f"{r.randint(1, 9)}กข {_d(r, 4)}", f"ฒค {_d(r, 4)}".translate(_THAI_DIGITS),
        f"{_d(r, 1)}{_l(r, 1)}-{_d(r, 4)}", f"ກຂ {_d(r, 4)}", f"{_d(r, 1)}{_l(r, 1)}/{_d(r, 4)}",
        f"{_l(r, 1, 'ABDEFGHKLNRT')} {_d(r, 4)} {_l(r, 2)}", f"TN {_d(r, 2)} {_l(r, 2)} {_d(r, 4)}"]),
    "device": lambda r, h: r.choice([
        f"{_l(r, 3)}{_d(r, 6)}{_l(r, 1)}", f"{_d(r, 15)}", f"SN{_d(r, 9)}",
        f"{_l(r, 2)}-{_d(r, 6)}", f"{_d(r, 4)}-{_d(r, 4)}-{_l(r, 2)}", f"{_l(r, 1)}{_d(r, 10)}"]),
    "other_id": lambda r, h: r.choice([
        f"{r.choice('STFGM')}{_d(r, 7)}{_l(r, 1, 'ABCDEFGHIJKLMNPQRTUWXZ')}",
        f"{_d(r, 2)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{_d(r, 2)}-{_d(r, 4)}",
        f"{_l(r, 1)}{_d(r, 6)}({_d(r, 1)})", f"{_l(r, 2)}{_d(r, 6)}({r.choice('0123456789A')})",
        f"{_d(r, 9)}V", f"19{_d(r, 10)}", f"{r.choice(['00', '01', '30', '50'])}-{_d(r, 6)}",
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}{_l(r, 1)}", f"0{_d(r, 11)}",
        f"{r.randint(1, 8)}-{_d(r, 4)}-{_d(r, 5)}-{_d(r, 2)}-{r.randint(0, 9)}",
        f"{r.randint(1, 8)} {_d(r, 4)} {_d(r, 5)} {_d(r, 2)} {r.randint(0, 9)}".translate(_THAI_DIGITS),
        f"{_d(r, 9)}".translate(_KHMER_DIGITS), f"{_d(r, 16)}", f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"{r.randint(1, 14)}/BaHaNa(N){_d(r, 6)}", f"{r.randint(1, 14)}/MaYaNa(N){_d(r, 6)}"]),
    "ssn": lambda r, h: r.choice([f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
                                  f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}"]),
    "phone": _f45_phone,
    "fax": _f45_phone,
    "email": _f45_email,
    "url": _f45_url,
    "ip": lambda r, h: r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"203.0.113.{r.randint(1, 254)}",
                                 f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 255):x}"]),
    "zip": lambda r, h: r.choice([f"{r.randint(10, 82):02d}{_d(r, 4)}", f"{r.randint(10, 96)}{_d(r, 3)}",
                                  f"08{r.randint(10, 99)}", f"{_l(r, 2, 'BKTP')}{_d(r, 4)}",
                                  f"{r.randint(600, 643)} {_d(r, 3)}", f"{r.randint(600, 643)}{_d(r, 3)}",
                                  f"{r.randint(50, 57)}{_d(r, 3)}".translate(_THAI_DIGITS)]),
    "date": _f45_date,
}

F45_VOCABULARY = Vocabulary(
    given=["Siew Ling", "Kavitha", "Ah Seng", "Nurul Huda", "Ka-ming", "Chamari", "Jacinta",
           "Thanh Hương", "Somchai", "Sokha", "Bounmy", "Aung Kyaw", "Wayan", "Murugan",
           "Nimal", "Mei Fong", "Dulcie", "Rosnah", "Pradeep", "Ratna"],
    surnames=["Tan", "Ong", "Subramaniam", "Chan", "Perera", "binti Othman", "Marrkula",
              "Nguyễn", "Chaiyasit", "Sok", "Phommavong", "Win", "Sutrisno", "Ramasamy",
              "Wickramasinghe", "Lau", "bin Hamid", "Djarrbal"],
    cities=["Kampong Selasih", "Tanjong Merbok", "Sheung Lo Wai", "Wurrumbulu", "Ngarrinyin",
            "Sungai Lada", "Kampong Bukit Salat", "Pallewatte", "Tân Lộc", "Phú Hòa Đông",
            "บ้านห้วยน้ำริน", "ភូមិត្រពាំងស្លា", "ບ້ານນາໂພ", "ညောင်ပင်ရွာ", "Sukamaju Lor",
            "கீழவேலங்குளம்", "කළුගල්ගම", "Katiyana", "Milibirra", "Tai Tsz Wan"],
    streets=["Selasih", "Merbok", "Cempaka", "Kenanga", "Angsana", "Ketapang", "Frangipani",
             "Mango Creek"],
    relations=["daughter", "son", "wife", "husband", "niece", "grandson", "aunty",
               "son-in-law", "sister", "kinship carer"],
    clean=[
        "Hb 8.9 g/dL, MCV 64 fL; HbE trait on electrophoresis.",
        "Dengue NS1 positive day 2; platelets 38 x10^9/L; HCT 46%.",
        "Melioidosis: B. pseudomallei in blood culture; meropenem 1 g IV 8-hourly.",
        "Scrub typhus suspected, eschar on the flank; doxycycline 100 mg BD.",
        "Rheumatic heart disease, mitral stenosis, MVA 1.1 cm2; penicillin G monthly.",
        "Bệnh nhân nữ 86 tuổi, THA, ĐTĐ type 2; HbA1c 8.1%.",
        "Chẩn đoán: bệnh Parkinson; hội chứng Guillain-Barré đã được loại trừ.",
        "ผู้ป่วยหญิงอายุ 87 ปี มีโรคเบาหวานและความดันโลหิตสูง",
        "โรคพาร์กินสัน, โรคคาวาซากิ ได้รับการวินิจฉัยแยกโรค",
        "ความดันโลหิต ๑๓๒/๘๔ มม.ปรอท ชีพจร ๘๘ ครั้ง/นาที",
        "ជំងឺទឹកនោមផ្អែម ប្រភេទទី២; អាយុ ៨៥ ឆ្នាំ",
        "ຄວາມດັນເລືອດ 150/90 mmHg; ອາຍຸ 84 ປີ",
        "သွေးတိုး ၁၄၀/၉၀; အသက် ၈၉ နှစ်; ဆီးချိုရောဂါ",
        "Pasien laki-laki 88 tahun, riwayat TB paru 2019; GDS 212 mg/dL.",
        "Penyakit Kawasaki dan sindrom Stevens-Johnson disingkirkan.",
        "நீரிழிவு நோய், இரத்த அழுத்தம் 150/90; வயது 86.",
        "පාකින්සන් රෝගය; රුධිර පීඩනය 140/90; වයස 85.",
        "Ward 47, bed 12; geriatric medicine; AMT 7/10.",
        "NT Top End: chronic suppurative otitis media, rheumatic fever prophylaxis.",
        "Scabies and impetigo; crusted scabies excluded; ivermectin 200 mcg/kg.",
        "Hansen's disease, paucibacillary, MDT 6 months completed in 2021.",
        "eGFR 24 mL/min/1.73m2; haemodialysis three times a week, Kt/V 1.3.",
        "Thalassaemia major, ferritin 2400 ng/mL, deferasirox 20 mg/kg.",
        "CURB-65 2, qSOFA 1, NEWS2 6; blood cultures x2.",
        "Nasopharyngeal carcinoma T2N1M0, EBV DNA 1200 copies/mL.",
        "Snakebite, Russell's viper suspected; 20WBCT prolonged; 10 vials ASV.",
        "Liều insulin 12 đơn vị trước ăn sáng; Khoa Nội tiết.",
        "ตึกอายุรกรรมหญิง เตียง 14; ให้ ceftriaxone 2 g วันละครั้ง",
        "Kamar 3, bangsal Melati; ceftriaxone 2 g/hari selama 7 hari.",
        "Buddhist-era year 2566 was written on the old card; age 86 at the time.",
        "Seen by the MDT: physio, OT, dietitian and the Aboriginal Liaison Officer.",
        "HbA1c 10.2%, BMI 31, ACR 45 mg/mmol; SGLT2 inhibitor started.",
        "Paracetamol 1 g QID, tramadol 50 mg PRN; pain score 3/10.",
        "Leptospirosis serology MAT 1:800; Weil disease criteria not met.",
        "Japanese encephalitis IgM negative; Nipah not considered.",
        "ECG: AF 112/min; CHA2DS2-VASc 5, HAS-BLED 2.",
        "Khoa Hồi sức tích cực, giường 6; noradrenaline 0.1 mcg/kg/phút.",
        "Province-level referral hospital; ward 3, bed 9.",
        "Aged 89, lives independently, mobilises with a frame.",
        "Registration number of the ventilator study: not applicable.",
    ],
    seed=19_045,
)

F45_CONNECTORS = [": ", " ", " no. ", " No: ", " số ", " เลขที่ ", " : ", "\n", " - ", " = ",
                  " #", " ເລກທີ ", " nomor ", " எண் ", " අංකය "]
F45_FRAMES = ["{kv}", "{kv}.", "- {kv}", "| {kw} | {v} |", "{kw}\n  {v}", "({kv})",
              "Front sheet: {kv}; checked with the patient.", "Thông tin hành chính: {kv}.",
              "ข้อมูลผู้ป่วย {kv}", "Data pasien - {kv}", "[{kv}]", "{kv}, seen on the card."]
F45_AFTER = ["{v} ({kw})", "{v} - {kw}", "{v} là {kw}", "{v} [{kw}]", "{v} = {kw} on file"]
F45_KEYWORDS = {
    "mrn": ["HRN", "Hospital No", "HN", "AN", "BHT No", "Số vào viện", "Mã BN", "No. RM",
            "MRN", "เลขประจำตัวผู้ป่วย", "Clinic No", "HKID-linked HN"],
    "health_plan": ["Medicare", "Số thẻ BHYT", "BPJS Kesehatan", "No. Kartu BPJS", "CHAS card",
                    "Integrated Shield policy", "CMCHIS card", "IDPoor", "ບັດປະກັນສຸຂະພາບ",
                    "SSB card", "Agrahara", "กรมธรรม์"],
    "account": ["Bill No", "A/C", "Invoice", "Số tài khoản", "No. Rekening", "Bank acct",
                "เลขที่บัญชี", "BSB/acc"],
    "licence": ["Passport", "Hộ chiếu", "Driving licence", "SMC reg", "MCR", "SLMC reg",
                "ใบอนุญาตขับขี่", "SIM", "AHPRA"],
    "vehicle": ["Plate", "Biển số", "ทะเบียนรถ", "Nomor polisi", "Car plate", "Rego",
                "Vehicle no", "Reg"],
    "device": ["Serial", "S/N", "IMEI", "Số seri máy", "Pump SN", "Sensor serial"],
    "other_id": ["NRIC", "FIN", "MyKad", "HKID", "NIC", "IC No", "CCCD", "เลขบัตรประชาชน",
                 "NIK", "No. KK", "Aadhaar", "CRN", "NRC", "អត្តសញ្ញាណប័ណ្ណ"],
    "ssn": ["SSN", "US SSN", "Social Security No"],
    "phone": ["Tel", "HP", "Mobile", "ĐT", "โทร", "No. HP", "தொலைபேசி", "දුරකථන", "Ph"],
    "fax": ["Fax", "Fax No", "แฟกซ์", "Số fax", "Faks"],
}
F45_SENTENCES = {
    "licence": ["His Singapore passport {v} was photocopied by the MSW.",
                "Hộ chiếu số {v} còn hạn đến năm 2030.",
                "Driving licence {v} surrendered after the seizure, on the neurologist's advice.",
                "Referring doctor's SMC registration {v} is on the memo.",
                "ใบขับขี่ {v} ถูกยึดไว้ที่สถานีตำรวจ",
                "SIM {v} disita polisi setelah kecelakaan."],
    "vehicle": ["Motorbike {v} hit a buffalo on the road out of {city}.",
                "Xe máy biển số {v} va chạm với xe tải.",
                "รถกระบะทะเบียน {v} ชนท้ายรถบัส",
                "Sepeda motor {v} terjatuh di jalan desa.",
                "Troopy {v} got bogged at the creek crossing; RFDS called.",
                "Lorry {v} reversed over his foot at the jetty."],
    "mrn": ["Old HRN {v} to be merged with the new one.",
            "Số vào viện {v}, khoa Nội tổng hợp.", "HN {v} ย้ายมาจากโรงพยาบาลชุมชน",
            "BHT {v} - see previous admission.", "No. RM {v} (rekam medis lama).",
            "Records are under hospital no. {v} at the polyclinic."],
    "health_plan": ["Medicare {v} sighted; IRN 2.", "Thẻ BHYT số {v} hết hạn cuối năm.",
                    "Kartu BPJS Kesehatan {v} aktif, kelas 3.",
                    "Covered by CMCHIS, card {v}.", "IDPoor card {v}; HEF pays the transport.",
                    "Integrated Shield policy {v} - pre-authorisation sent."],
    "account": ["Deposit paid into account {v}.", "Chuyển khoản vào tài khoản {v}.",
                "Invoice {v} waived by the medical social worker.",
                "โอนเงินเข้าบัญชี {v} แล้ว", "Refund to bank account {v}."],
    "device": ["Insulin pump SN {v} downloaded at the clinic.", "Máy tạo nhịp số seri {v}.",
               "Oxygen concentrator serial {v} lent by the health centre.",
               "Hearing aid {v} lost on the ward.", "CGM sensor {v} fell off in the shower."],
    "other_id": ["NRIC {v} verified at registration.", "MyKad {v} photocopied.",
                 "HKID {v} checked against the appointment slip.",
                 "Số CCCD {v} cấp tại Công an tỉnh.", "เลขบัตรประชาชน {v}",
                 "NIK {v} sesuai KTP.", "Centrelink CRN {v} for the travel assistance form.",
                 "NIC {v} (old form) on the BHT.", "Aadhaar {v} linked to the PHC register.",
                 "NRC {v} ကို စစ်ဆေးပြီး။"],
    "ssn": ["US SSN {v} for the VA claim; he served in the 1970s.",
            "American retiree; Social Security number {v} on the insurer's form.",
            "SSN {v} given by the contractor's employer."],
    "phone": ["Call her daughter on {v} before discharge.", "Con trai: {v}.",
              "โทรหาลูกสาว {v}", "Hubungi suaminya di {v}.", "Son in [[place:Katiyana]], {v}.",
              "மகன் தொலைபேசி {v}", "දියණිය: {v}", "WhatsApp the niece on {v}."],
    "fax": ["Discharge summary faxed to {v}.", "Fax the referral to the polyclinic on {v}.",
            "ส่งแฟกซ์ไปที่ {v}", "Faks rujukan ke {v}."],
    "email": ["Her son asks for the report at {v}.", "Gửi kết quả qua {v}.",
              "Kirim hasil lab ke {v}.", "The GP's locum writes from {v}."],
    "url": ["The family's fundraising page {v} shows the wound.", "Cháu đăng video lên {v}.",
            "Penggalangan dana di {v}.", "His granddaughter posts updates at {v}."],
    "ip": ["The telehealth call from {v} dropped twice.", "Portal login from {v} was flagged.",
           "Máy đo huyết áp gửi dữ liệu từ {v}.", "Remote CTG uploaded from {v}."],
    "zip": ["Postal code {v}.", "Singapore {v}", "Mã bưu chính {v}", "รหัสไปรษณีย์ {v}",
            "Kode pos {v}", "PIN {v}", "[[place:Katiyana]] NT {v}"],
    "date": ["Admitted {v}.", "DOB: {v}", "Ngày sinh: {v}", "วันเกิด {v}", "Tgl. lahir {v}",
             "Discharged {v} with RHD follow-up.", "Operated {v} 10:30 under spinal.",
             "Vào viện {v}.", "รับไว้ในโรงพยาบาล {v}", "Meninggal {v}.", "Seen at clinic {v}."],
    "address": ["Lives at [[address:Blk {n} {street} Avenue 3, #{n2}-{n}]].",
                "Home: [[address:{n} {street} Road]], lives with her son.",
                "Alamat: [[address:Jl. {street} No. {n2} RT 03/RW 05]].",
                "Địa chỉ: [[address:số {n} đường Bờ Kè]].",
                "ที่อยู่ [[address:{n}/{n2} หมู่ 4]] [[place:บ้านห้วยน้ำริน]]",
                "Found at [[address:Lot {n}, {street} Street]] by the night patrol.",
                "Address: [[address:No. {n2}, Temple Road]], [[place:Pallewatte]]"],
    "place": ["Transferred from {city} by road.", "Retrieved by the RFDS from {city}.",
              "Chuyển từ {city} lên tuyến tỉnh.", "มาจาก {city}", "Berasal dari desa {city}.",
              "Grew up in {city}, now lives with her daughter.", "Lives in {city} with family.",
              "Went back to {city} for the funeral season."],
    "name": ["{full} was reviewed on the ward round.", "Her {rel} {given} stays overnight.",
             "Discussed with {full} and the interpreter.", "{given} wants to go home to country.",
             "Mrs {surname} declined the NG tube.", "Called {given} with the result.",
             "Bà [[name:Trần Thị Lan]] được chuyển lên khoa.", "นาง[[name:บุญมี ศรีสุข]] ปฏิเสธการผ่าตัด",
             "Pak [[name:Slamet Wiyono]] menolak dirawat.", "{full} agreed to the plan."],
}
F45_REFERENCES = [
    "Melioidosis guidance (https://doi.org/10.1371/journal.pntd.{n}) was followed.",
    "See the RHD guideline review at https://pubmed.ncbi.nlm.nih.gov/{n}{n}/ for dosing.",
    "Dengue management per https://www.who.int/publications/i/item/{n}{n} (2024 update).",
]
F45_STYLES = [
    "DISCHARGE SUMMARY\nDepartment of General Medicine, Ward 7\n{body}\nFollow-up: polyclinic in 2 weeks.",
    "GIẤY RA VIỆN\nKhoa Nội tổng hợp\n{body}\nLời dặn: tái khám sau 2 tuần.",
    "สรุปการรักษา (DISCHARGE SUMMARY)\nหอผู้ป่วยอายุรกรรม\n{body}\nนัดติดตามอาการ 2 สัปดาห์",
    "RINGKASAN PULANG\nBangsal Penyakit Dalam\n{body}\nKontrol poli 1 minggu lagi.",
    "ED NOTE - TOP END\n{body}\nDisposition: admit, medical team; AHW informed.",
    "REFERRAL - GOPC to Medical SOPD\n{body}\nThank you for seeing this patient.",
    "ဆေးရုံဆင်းလွှာ\n{body}\nနောက်နှစ်ပတ်ကြာ ပြန်ပြပါ။",
    "CASE BOARD POST\n{body}\nThoughts welcome - what would you do next?",
    "{body}",
    "{body}",
]
F45_PART = Part("fresh45", F45_VOCABULARY, F45_CONNECTORS, F45_FRAMES, F45_KEYWORDS,
                F45_SENTENCES, F45_AFTER, F45_REFERENCES, True, values=F45_VALUES,
                age=_f45_age, styles=F45_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh45-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    # ------------------------------------------------------------ Singapore
    ("sg-hdb-visit",
     "HOME VISIT - COMMUNITY NURSING\n[[name:TAN Siew Ling]] ([[age:93-year-old]]), NRIC "
     "[[other_id:S2741377J]], lives at [[address:Blk 412 Selasih Avenue 3, #08-117]], Singapore "
     "[[zip:560412]]. Maid [[name:Marites]] does the feeds. Daughter [[name:Grace Ong]] on "
     "[[phone:+65 9412 3377]]. Sacral sore grade 2, dressing changed."),
    ("sg-polyclinic",
     "Seen at [[place:Tanjong Merbok Polyclinic]] on [[date:Tue 14/05/2024]]. Mr "
     "[[name:Rajendran s/o Muthiah]], FIN [[other_id:G4127730K]], CHAS card "
     "[[health_plan:CB 4127 7730 15]]. HbA1c 9.1%, started on empagliflozin. Referred to "
     "[[place:Selasih General Hospital]] diabetes clinic."),
    ("sg-veteran",
     "US Army veteran, 74, retired to Singapore with his wife [[name:Lorraine]]. SSN "
     "[[ssn:412-37-7150]] for the VA foreign medical programme claim. Passport "
     "[[licence:A41273377]]. He drives a car with plate [[vehicle:SKL 4127 H]]."),
    ("sg-clean",
     "WARD ROUND - Ward 76, geriatric medicine\nAMT 6/10, 4AT 5; delirium improving. Na 131. "
     "Frailty score CFS 6. Plan: PT/OT, MSW for caregiver training; TCU if unable to go home."),
    ("sg-email",
     "From: [[email:huiying.ong@example.com.sg]]\nTo: ward 9 nurse manager\nHi, I'm Mdm "
     "[[name:Ong]]'s granddaughter [[name:Hui Ying]]. Please update me at this address or "
     "[[phone:8127 4433]]. She was born [[date:2 March 1931]] - please correct the wristband."),
    # ------------------------------------------------------------ Malaysia (English notes)
    ("my-referral",
     "Dear Dr,\nRe: [[name:Rosnah binti Othman]], MyKad [[other_id:340612-08-5274]]. This "
     "[[age:90-year-old]] lady from [[place:Kampung Sungai Lada]], Perak, has a 3-week "
     "history of productive cough. RN [[mrn:0412377]] at [[place:Hospital Sungai Lada]]. Son "
     "Encik [[name:Azman]] can be reached at [[phone:+60 12-412 3377]].\nRegards,\n"
     "Dr [[name:Lim Wei Jie]]"),
    ("my-address",
     "Address: [[address:No. 17, Jalan Cempaka 4, Taman Cempaka]], [[zip:34200]] "
     "[[place:Parit Selasih]], Perak. Car [[vehicle:PKB 4127]] parked at the ED bay."),
    ("my-clean",
     "Dengue warning signs: abdominal pain, persistent vomiting, HCT rise with platelet fall. "
     "Admitted to Ward 5B; IV fluids 5 mL/kg/h; platelets 42 -> 28 -> 35."),
    # ------------------------------------------------------------ Hong Kong
    ("hk-gopc",
     "GOPC NOTE\n[[name:CHAN Ka-ming]], HKID [[other_id:K412377(3)]], HN "
     "[[mrn:HN41237790]]. Lives alone in [[place:Sheung Lo Wai]], a walled village near the "
     "river; nephew [[name:Ho-yin]] visits on Sundays. BP 168/92. Referred to "
     "[[place:Tai Tsz Wan Hospital]] MOPD."),
    ("hk-accident",
     "Van [[vehicle:TK 4127]] hit a cyclist on the village road. Patient "
     "[[name:Lau Mei Fong]], [[age:91]], no LOC. Contact [[phone:+852 9412 3377]]."),
    ("hk-clean",
     "MOPD follow-up: nasopharyngeal carcinoma post-CCRT 2019, no recurrence on MRI. "
     "Hypothyroidism on thyroxine 75 mcg. Next review 6 months."),
    # ------------------------------------------------------------ Sri Lanka (English)
    ("lk-bht",
     "BHT SUMMARY\nName: [[name:W. M. Chamari Wickramasinghe]]\nNIC: [[other_id:548120875V]]"
     "\nBHT No: [[mrn:4127/24]]\nAdmitted: [[date:2024.03.14]]\nAddress: [[address:No. 12, "
     "Temple Road]], [[place:Pallewatte]]\nSnakebite (hump-nosed viper), 20WBCT normal."),
    ("lk-new-nic",
     "Mr [[name:Nimal Fernando]] (NIC [[other_id:195431208757]]) was transferred from "
     "[[place:Pallewatte Divisional Hospital]]. Three-wheeler [[vehicle:NW QA-4127]] brought "
     "him. Phone [[phone:077 412 3377]]."),
    ("lk-clean",
     "Leptospirosis: fever, myalgia, conjunctival suffusion; creatinine 212; penicillin G 1.5 MU "
     "6-hourly. Western Province outbreak noted in 2023."),
    # ------------------------------------------------------------ Brunei
    ("bn-nurse",
     "COMMUNITY NURSE VISIT\nDayang [[name:Norliah binti Abas]], IC [[other_id:01-412377]], [[address:Simpang 412, "
     "Jalan Bukit Salat]], [[place:Kampong Bukit Salat]] [[zip:TB1741]], Tutong. Tel "
     "[[phone:+673 871 2377]]. Wound clean, dressing changed."),
    ("bn-clean",
     "Diabetic foot clinic: ulcer 2 x 1.5 cm, probe-to-bone negative; offloading boot. "
     "Tutong district nurse team will continue twice-weekly dressings."),
    # ------------------------------------------------------------ Northern Territory
    ("nt-retrieval",
     "RETRIEVAL NOTE\nRFDS from [[place:Wurrumbulu Health Centre]] to "
     "[[place:Katiyana District Hospital]]. Pt [[name:Dulcie Marrkula]], HRN "
     "[[mrn:0412377]], Medicare [[health_plan:2951 48736 1]]. Kinship carer "
     "[[name:Jacinta]] came along. Cellulitis L leg, ?melioidosis. Postcode [[zip:0822]]."),
    ("nt-outstation",
     "Visited [[name:Reggie Djarrbal]] at [[place:Milibirra]] outstation, 40 km east of "
     "[[place:Ngarrinyin]]. Troopy [[vehicle:CB 41 KL]]. He is [[age:92]], proper old man, "
     "still goes hunting. Centrelink CRN [[other_id:412 377 150A]]."),
    ("nt-contractor",
     "Mine-site contractor from Texas, fell from scaffolding. US SSN [[ssn:529-41-2377]] for the "
     "travel insurer. Wife [[name:Kristy]] on [[phone:0412 377 150]]."),
    ("nt-clean",
     "RHD register: benzathine penicillin G 1.2 MU IM every 28 days, 9 of 13 doses this year. "
     "Echo: moderate MR. Aboriginal Health Practitioner follows up in community."),
    ("nt-clinic-fax",
     "FAX COVER\nTo: [[place:Katiyana District Hospital]] medical records, fax "
     "[[fax:(08) 8975 4127]]\nFrom: [[place:Ngarrinyin Clinic]], ph [[phone:(08) 8975 2377]]"
     "\nRe: [[name:Wesley Barrama]], DOB [[date:03/07/1955]]. 3 pages."),
    # ------------------------------------------------------------ Vietnamese
    ("vn-giay-ra-vien",
     "GIẤY RA VIỆN\nHọ tên: [[name:Nguyễn Thị Hoa]]    Tuổi: [[age:92]]\nSố CCCD: "
     "[[other_id:079155004127]]\nSố thẻ BHYT: [[health_plan:HT3797941237715]]\nĐịa chỉ: "
     "[[address:số 47 đường Bờ Kè]], ấp [[place:Phú Hòa Đông]], xã [[place:Tân Lộc]], Long An"
     "\nVào viện ngày [[date:14/3/2024]], ra viện ngày [[date:22/3/2024]].\nChẩn đoán: viêm "
     "phổi cộng đồng."),
    ("vn-zalo",
     "[Zalo] [[name:Thanh Hương]]: Bác sĩ ơi, mẹ em sốt lại 39 độ.\nBS [[name:Phạm Quốc "
     "Bảo]]: Em đưa bà vào [[place:Bệnh viện Đa khoa Tân "
     "Lộc]] nhé, gọi [[phone:0912 412 377]] khi đến."),
    ("vn-accident",
     "Anh [[name:Lê Văn Tùng]], 34 tuổi, đi xe máy biển số [[vehicle:68B1-412.37]] va chạm "
     "với xe tải [[vehicle:51F-412.37]]. Số vào viện [[mrn:24.041237]]. Ngày sinh: "
     "[[date:5 tháng 8 năm 1990]]."),
    ("vn-clean",
     "Khoa Truyền nhiễm, giường 12. Sốt xuất huyết Dengue có dấu hiệu cảnh báo; tiểu cầu 35 "
     "G/L; Hct 48%. Bù dịch Ringer lactat 7 ml/kg/giờ."),
    # ------------------------------------------------------------ Thai
    ("th-summary",
     "สรุปการรักษา\nชื่อ นาง[[name:บุญมี ศรีสุข]] อายุ [[age:๙๓ ปี]]\nHN [[mrn:64-012377]] "
     "AN [[mrn:6704127]]\nเลขบัตรประชาชน [[other_id:๓ ๕๗๐๔ ๐๐๔๑๒ ๓๗ ๑]]\nที่อยู่ "
     "[[address:88/2 หมู่ 4]] [[place:บ้านห้วยน้ำริน]] จ.เชียงราย [[zip:57160]]\n"
     "รับไว้ [[date:14 มี.ค. 2567]] จำหน่าย [[date:21 มี.ค. 2567]]\nวินิจฉัย: ปอดอักเสบ"),
    ("th-retiree",
     "American retiree in [[place:Ban Pa Khoi]], lives with his Thai wife [[name:Malai]]. SSN "
     "[[ssn:318-41-2377]] for Medicare Advantage claim. Thai driving licence "
     "[[licence:60004127]]. โทร [[phone:081-412-3377]]."),
    ("th-line",
     "[LINE] ลูกสาว [[name:สมศรี]]: หมอคะ ยายไอมากค่ะ\nพว.[[name:อรทัย "
     "แก้วมณี]]: พามาที่[[place:โรงพยาบาลห้วยน้ำริน]]ได้เลยค่ะ รถทะเบียน [[vehicle:1กข 4127]] "
     "จอดหน้าตึกได้"),
    ("th-clean",
     "หอผู้ป่วยอายุรกรรมชาย เตียง 8 ผู้ป่วยอายุ 86 ปี โรคไตเรื้อรังระยะที่ 4 eGFR 22 "
     "ปีงบประมาณ 2567 ได้รับยาครบ"),
    # ------------------------------------------------------------ Khmer
    ("km-referral",
     "លិខិតបញ្ជូន\nឈ្មោះ [[name:សុខ ចន្ធា]] អាយុ [[age:៩២ ឆ្នាំ]]\nអត្តសញ្ញាណប័ណ្ណ "
     "[[other_id:០១០៤១២៣៧៧]]\nIDPoor [[health_plan:02-04-0412-377]]\nរស់នៅ "
     "[[place:ភូមិត្រពាំងស្លា]] ខេត្តកំពង់ធំ\nបញ្ជូនទៅ [[place:មន្ទីរពេទ្យបង្អែកត្រពាំងស្លា]] "
     "ថ្ងៃទី [[date:១៤ ខែមីនា ឆ្នាំ២០២៤]]\nទូរស័ព្ទកូនប្រុស [[phone:012 412 377]]"),
    ("km-moto",
     "Motodop [[vehicle:3C-4127]] brought [[name:Sokha Sok]] from [[place:ភូមិត្រពាំងស្លា]]; "
     "head injury, GCS 13."),
    ("km-clean",
     "ជំងឺរបេង; ថ្នាំ 2RHZE/4RH; ទម្ងន់ 42 kg; អាយុ ៨៧ ឆ្នាំ; បន្ទប់ 3"),
    # ------------------------------------------------------------ Lao
    ("la-district",
     "ບົດບັນທຶກ ໂຮງໝໍເມືອງ\nທ້າວ [[name:ບຸນມີ ພົມມະວົງ]] ອາຍຸ [[age:95 ປີ]]\nບ້ານ: "
     "[[place:ບ້ານນາໂພ]] ແຂວງສະຫວັນນະເຂດ\nບັດປະຈຳຕົວ ເລກທີ [[other_id:01-412377]]\n"
     "ບັດປະກັນສຸຂະພາບ [[health_plan:4127-7730-15]]\nໂທ [[phone:020 5541 2377]]"),
    ("la-clean",
     "ພະຍາດເບົາຫວານ; ນ້ຳຕານ 210 mg/dL; ອາຍຸ 84 ປີ; ຫ້ອງ 5"),
    # ------------------------------------------------------------ Burmese
    ("mm-discharge",
     "ဆေးရုံဆင်းလွှာ\nအမည် - ဒေါ်[[name:ခင်မြင့်]]\nအသက် - [[age:၉၁]]\nမှတ်ပုံတင် - "
     "[[other_id:၁၂/ဗဟန(နိုင်)၀၄၁၂၃၇]]\nနေရပ် - [[place:ညောင်ပင်ရွာ]]၊ စစ်ကိုင်းတိုင်း\n"
     "တက်ရောက်သည့်နေ့ - [[date:၁၄ မတ် ၂၀၂၄]]\nဖုန်း - [[phone:၀၉၄၁၂၃၇၇၁၅၀]]"),
    ("mm-english",
     "Myanmar migrant worker on a farm near [[place:Huai Nam Rin]]: U [[name:Aung Kyaw Win]], NRC "
     "[[other_id:12/MaYaNa(N)041237]], SSB card [[health_plan:41237715023]]. Pickup "
     "[[vehicle:4K/4127]]."),
    ("mm-clean",
     "သွေးအားနည်း Hb 7.8; ငှက်ဖျားရောဂါ မရှိ; အသက် ၈၆ နှစ်; အခန်း ၄"),
    # ------------------------------------------------------------ Indonesian
    ("id-ringkasan",
     "RINGKASAN PULANG\nNama: Ny. [[name:Ratna Sutrisno]]\nUsia: [[age:96 tahun]]\nNIK: "
     "[[other_id:3404124107770003]]\nNo. KK: [[other_id:3404120101090412]]\nBPJS Kesehatan: "
     "[[health_plan:0001412377150]]\nAlamat: [[address:Jl. Kenanga No. 17 RT 03/RW 05]], desa "
     "[[place:Sukamaju Lor]], Kab. Sleman, Yogyakarta [[zip:55582]]\nMRS [[date:14 Maret 2024]]"
     ", KRS [[date:20 Maret 2024]]."),
    ("id-wa",
     "[WA 19.40] [[name:Wayan]]: Dok, bapak saya sesak lagi.\ndr. [[name:Putu "
     "Ayu]]: Bawa ke [[place:RSUD Sukamaju]] ya. Nomor saya [[phone:0812-4123-3770]]."),
    ("id-motor",
     "Sepeda motor [[vehicle:AB 4127 KL]] terjatuh. No. RM [[mrn:04-12-37]]. Tgl. lahir "
     "[[date:17-08-1960]]."),
    ("id-clean",
     "Bangsal Melati, bed 4. Demam tifoid; Widal tidak dipakai; seftriakson 2 g/hari selama 10 "
     "hari. Usia 85 tahun."),
    # ------------------------------------------------------------ Tamil
    ("ta-phc",
     "ஆரம்ப சுகாதார நிலைய குறிப்பு\nபெயர்: திருமதி [[name:முத்துலட்சுமி ராமசாமி]], "
     "[[age:92 வயது]]\nஊர்: [[place:கீழவேலங்குளம்]], திருநெல்வேலி மாவட்டம் [[zip:627 412]]\n"
     "ஆதார்: [[other_id:4127 3377 1502]]\nCMCHIS: [[health_plan:41237715023]]\nமகன் "
     "[[name:முருகன்]] தொலைபேசி [[phone:+91 94431 23377]]"),
    ("ta-referral",
     "Referred from [[place:Keezhavelankulam PHC]] to the district GH, medicine unit 2. Auto [[vehicle:TN 72 AK 4127]] brought him; "
     "[[name:Murugan Ramasamy]], [[date:14 மார்ச் 2024]]."),
    ("ta-clean",
     "நீரிழிவு நோய்; இன்சுலின் 10 அலகுகள்; வயது 88; வார்டு 6, படுக்கை 12."),
    # ------------------------------------------------------------ Sinhala
    ("si-clinic-book",
     "සායන පොත\nනම: [[name:කුමාරි ජයසූරිය]] මිය\nවයස [[age:91]]\nජා.හැ.අ.: "
     "[[other_id:338120875V]]\nලිපිනය: [[address:12, පන්සල පාර]], [[place:කළුගල්ගම]]\n"
     "දුරකථන: [[phone:071 412 3377]]\nදිනය: [[date:2024.03.14]]"),
    ("si-clean",
     "දියවැඩියාව; HbA1c 8.4%; වයස 86; වාට්ටුව 12."),
    # ------------------------------------------------------------ board, mixed
    ("board-post",
     "CASE BOARD POST\nA [[age:94-year-old]] woman from [[place:Kampong Selasih]] was "
     "admitted with melioidosis. Her grandson [[name:Hafiz]] keeps a blog, "
     "[[url:https://www.example.com.sg/nenek-diary]], with photos of her abscess; we asked him "
     "to remove them. Email [[email:hafiz.othman@example.com.sg]]."),
    ("board-history",
     "Her earlier admission was written up by the team at "
     "[[url:https://doi.org/10.1136/bcr-2023-412377]].", "patient_information"),
    ("board-telehealth",
     "Telehealth from the outstation dropped; IP [[ip:10.41.23.77]]; device IMEI "
     "[[device:356938041237715]] (the clinic iPad). Pump serial [[device:NG4127730H]]."),
    ("board-bank",
     "Family paid the deposit into [[account:412-37715-0]]; invoice [[account:INV-04123771]]."
     " Clinic fax [[fax:6412 3378]]."),
    ("board-discussion",
     "DISCUSSION\nMelioidosis in the monsoon season is well described "
     "(https://doi.org/10.1038/nrdp.2018.1; https://pubmed.ncbi.nlm.nih.gov/29300041/). "
     "Rheumatic heart disease in the Top End remains common; see "
     "https://www.who.int/news-room/fact-sheets/detail/rheumatic-heart-disease.",
     "discussion"),
    ("board-clean",
     "Differential for fever with eschar: scrub typhus, murine typhus, rickettsial spotted "
     "fever. Weil-Felix not used; IgM ELISA sent. Kawasaki disease unlikely at 84."),
]

F45_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH45: tuple[Note, ...] = build(F45_PART, per_category=26, clean=120, references=8) + F45_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH45 for e in n.expected)
    print(len(FRESH45), "notes,", sum(1 for n in FRESH45 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

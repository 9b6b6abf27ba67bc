"""FRESH49: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a forty-fifth author during the twenty-second round; it is measured once, and
its result is recorded with that measurement. Its author read only tests/phi/generated.py (the
framework: Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring),
tests/phi/corpus.py (the Note type, the span conventions, parse, evaluate), the
de-identification section (5) of the project's domain notes (45 CFR 164.514(b)(2) Safe Harbor),
the module docstrings only of tests/phi/fresh30_notes.py to fresh46_notes.py (read with
ast.get_docstring), the wiring lines of fresh16_notes.py (its Part call, _letter, letters
tuple, build and __main__ lines, printed with grep -n and sed) and pyproject.toml's line length
and ruff settings; not the scanner (community/platform/phi/: its code, patterns, name lists,
data or model), its benchmark (bench/), any other test file, the body of any other fresh part
(fresh47 and fresh48 may be written at the same time and were not opened), nor their git
history or diffs; the scanner was not run or imported while writing it, nor on its notes.

Its vocabulary, value shapes, keywords, connectors, frames, note styles and hand-written letters
are this author's own, as a worldwide case-discussion board sees them. About half are
English-language settings: the Philippines' English notes (PhilHealth PIN, SSS and PhilSys
numbers, OSCA senior-citizen IDs, PRC licences, purok, barangay and municipality addresses with
four-digit ZIP codes, tricycle plates and body numbers; a medical certificate, a medico-legal
certificate, a PhilHealth CF4 excerpt, discharge instructions, a BHW senior-citizen log, a
Filipino-American veteran's case post), Papua New Guinea (invented villages, airstrips and
districts of Enga and Morobe, an HEO's radio sched, an MAF medevac request, a TB treatment card,
a rural MO's case post), Hawaii (US SSN, Med-QUEST/QUEST ID, MBI, Hawaiian names, invented
windward and Kona villages, a boat's HA registration; an ED transfer note, a hospice RN visit, a
plan's approval letter, an urgent-care note), Guam (US SSN, MIP, Chamorro names and honorific
"Tan", Lot addresses and 969xx ZIPs; a typhoon-shelter medical log, a village clinic note, a
family e-mail), Trinidad and Tobago (national ID, a CDAP card, LP addresses, P/H plates; a
chronic-disease card, a police medical form, a Tobago referral letter) and Belize (SSB number,
NHI card, a dive boat; a hyperbaric referral from a caye, a Toledo CHW household visit). The
other half are in their own languages and scripts: Indonesian (NIK, BPJS Kesehatan, No. RM,
Desa/Kec./Kab. addresses with RT/RW, "tahun"/"th"/"thn", "Minggu, 18 Mei 2025", times "08.30";
a CPPT progress note, a Surat Keterangan Kematian, a posyandu lansia card, a laporan operasi, an
SMS reminder), Vietnamese (CCCD, BHYT card number, mã BN, tổ/ấp/xã/huyện/phường, "tuổi",
"ngày 2 tháng 4 năm 2025", "21/05/2025 7h00"; a bệnh án, a biên bản hội chẩn, a giấy chuyển
tuyến with an ambulance plate, a giấy báo tử, a phiếu chăm sóc), Thai (Thai script and Thai
digits, the 13-digit ID, HN and AN, a ว. medical licence, Buddhist-era dates "14 มี.ค. 2568",
"๓ มิถุนายน ๒๕๖๘", "5 พ.ค. 68 22:00", "ปี"; a village health volunteer's home visit, a
ใบรับรองแพทย์, a nursing record, a refer form with a rescue-car plate), Tagalog code-switched
notes (a Viber residents' thread, a nursing endorsement, a relative's Messenger message, an RHU
consultation; "ika-3 ng Pebrero", "taong gulang"), Khmer (Khmer script and digits, ID card, an
NSSF number of a garment worker, ភូមិ/ឃុំ/ស្រុក addresses; a birth record, a TB card) and
Burmese (Myanmar script and digits, NRC in Myanmar script "၁၂/ဥကမ(နိုင်)…" and in Latin
"9/MaHtaLa(N)…", ရွာ and မြို့နယ် names; a township hospital admission, a midwife's record, an
English case post with a motorbike plate). Towns, villages, hospitals, clinics, people and
identifier values are invented. Clean notes carry eponyms and local disease names (Colles,
Garden, McBurney, Rovsing, Alvarado, Pritchard and Zuspan regimens, bệnh Basedow, penyakit
Addison, Hansen's disease, Charcot foot, Weil disease, lytico-bodig, Burkitt lymphoma), ward
names (Ruang Melati, Ruang Anggrek, Khoa Nội tổng hợp, หอผู้ป่วยอายุรกรรม), programme names
(Konsulta, Malasakit), obstetric scores "G3P3 (3-0-0-3)", dosing "1-0-1", a lot number, a year
alone in the Buddhist era, ICD-10 codes, guideline names and ages 84-89 in several languages.

Conventions (tests/phi/corpus.py's and generated.py's): a name without its title or honorific
(Dr, Dra., dr., MD, Sp.B, Ns., S.Kep, Mr, Mrs, Aunty, Tan, Si/si, Lola, Mbah, Ibu, Bpk, bà,
anh, BS.CKII, ĐD, นาย, นาง, นายแพทย์, ด.ช., លោកយាយ, ဒေါ်, ကို, မ, PC stay out); a full name in
any order is one span ("ESTRELLA, Luzviminda Ocampo", "TRẦN THỊ LÝ"), a suffix such as "Jr."
is part of it; staff names and chat speakers are names; an identifier without its keyword; an
age over 89 with its attached unit in any language ("92-year-old", "93 y/o", "96 th", "92
tahun", "94 tuổi", "94 ปี", "๙๒ ปี", "៩១ ឆ្នាំ", "၉၂ နှစ်", "101 y/o") or the number alone
where no unit is attached ("Age: 91", "Tuổi: 91", "she is 93"); ages under 90 are not marked; a
date without its preposition or its label word ("on", "noong", "pada", "tgl", "ngày",
"วันที่", "เมื่อวันที่" stay out), with a weekday right before it ("Lunes, ika-3 ng Pebrero",
"Minggu, 18 Mei 2025", "Sat 05/17/2025") and a time right after it ("02-15-2025 10:40 PM",
"14/07/2025 1600", "12/05/2025 08.30"); a time after "at", "lúc", "pukul", "ម៉ោង" or
"about" stays out; a year alone is not a date. The street line is one span (a purok or zone, a
block-and-lot line with its subdivision, "Jl. … No. 9, RT 004/RW 011", "tổ 7", "số 12, hẻm 4,
đường …", "57 หมู่ 9" after "บ้านเลขที่", "LP 47 … Trace", a Guam Lot line, a Hawaiian
hyphenated number, a P.O. Box); each locality and the postcode are separate spans. A generic
word written before a locality stays out (Brgy., Desa, Kec., Kab., ấp, xã, huyện, phường,
ต., อ., ភូមិ, ឃុំ, ស្រុក), a word that is part of the written name stays in (Thai villages
"บ้าน…", Burmese "…ရွာ" and "…မြို့နယ်"). Following domain.md section 5 (county named among the
subdivisions smaller than a state) and corpus.py's "Lancaster County", this part marks
second-level units as places (Philippine municipalities, Indonesian kabupaten and kecamatan,
Vietnamese huyện, Thai amphoe, Cambodian srok, Myanmar townships, PNG districts); first-level
units (provinces, states, regions, districts of Belize, Tobago as an island, Guam as a
territory) and countries are never marked, nor wards and departments. A named hospital,
health centre, posyandu, RHU, รพ.สต. or trạm y tế is a place, the whole name. Categories: `ssn`
is a US Social Security number only (Hawaii, Guam, a Filipino-American veteran, a US diver in
Belize); other national numbers (PhilSys, SSS, TIN, OSCA ID, PNG NID, Trinidad and Tobago
national ID, Belize SSB number, NIK, CCCD, Thai ID, Khmer ID, Myanmar NRC, a police blotter
entry, a police regimental number) are `other_id`; insurance numbers (PhilHealth, Medicare
MBI, Med-QUEST, Guam MIP, CDAP card, Belize NHI, BPJS Kesehatan, BHYT, NSSF) are `health_plan`;
hospital, HN, AN, No. RM, mã BN and TB register numbers are `mrn`; passports, driving
licences, professional licences (PRC, ว.) and death certificate numbers are `licence`; bank
accounts and statements of account are `account`; plates, a tricycle's body number, boat
registrations and VINs are `vehicle`; concentrator, CPAP, pump, pacemaker and glucometer
serials and IMEIs are `device`.

Built as build(F49_PART, per_category=26, clean=120, references=8) + F49_LETTERS. Checked
without the scanner (a throwaway script): every span's text is the note's text at its offsets
and has no surrounding blanks, no marks or slots are left in the text, no spans overlap, note
ids are unique, every category is in generated.CATEGORY_ORDER, every marked age is over 89,
builds under PYTHONHASHSEED=1 and 4242 are identical, and ruff passes. Deterministic: its own
seed (19_049), values drawn from the builder's fixed-seed Random, no hash-order dependence.
Counts: 59 hand-written notes (46 with identifiers, one of them web addresses in a
patient_information section, 12 clean, 1 reference paragraph in a discussion); 697 notes, 141
of them (20%) without any identifier (120 generated clean notes, 8 reference notes in an
introduction or discussion, 12 clean letters, 1 reference letter), 849 spans - name 128,
address 39, place 99, zip 31, date 61, age 47, phone 45, fax 27, email 28, ssn 29, mrn 38,
health_plan 40, account 26, licence 32, vehicle 36, device 29, url 44, ip 26, other_id 44
(`python -m tests.phi.fresh49_notes` prints them).

    from tests.phi.fresh49_notes import FRESH49, F49_PART, F49_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges, US and NANP phone numbers the 555-01xx range); any
resemblance to a real one is chance.
Not wired into any test or bench: measure it once.
"""
from __future__ import annotations

import random
import string

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build

# ---------------------------------------------------------------- value shapes


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _l(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")
_MYANMAR_DIGITS = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")

_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_TL_MONTHS = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto",
              "Setyembre", "Oktubre", "Nobyembre", "Disyembre"]
_ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember"]
_TH_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
            "พ.ย.", "ธ.ค."]
_TH_FULL = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
            "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
_KM_MONTHS = ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា",
              "តុលា", "វិច្ឆិកា", "ធ្នូ"]
_MY_MONTHS = ["ဇန်နဝါရီလ", "ဖေဖော်ဝါရီလ", "မတ်လ", "ဧပြီလ", "မေလ", "ဇွန်လ", "ဇူလိုင်လ",
              "ဩဂုတ်လ", "စက်တင်ဘာလ", "အောက်တိုဘာလ", "နိုဝင်ဘာလ", "ဒီဇင်ဘာလ"]
_EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
_TH_CONSONANTS = "กขคงจฉชซญฎฐณดตถทนบปผพฟภมยรลวศษสหฬอฮ"


def _f49_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1928, 2025)
    hh, mm = r.randint(0, 23), r.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
    be = y + 543
    return r.choice([
        f"{_EN_MONTHS[m - 1]} {d}, {y}",                                  # PH, Hawaii, Guam
        f"{m:02d}-{d:02d}-{y}",                                           # PH forms
        f"{m}/{d}/{y % 100:02d}",                                         # US short
        f"{d} {_EN_MONTHS[m - 1][:3]} {y}",                               # TT, Belize, PNG
        f"{d:02d}/{m:02d}/{y} {hh:02d}{mm:02d}",                          # PNG radio log
        f"{_TL_MONTHS[m - 1]} {d}, {y}",                                  # Tagalog
        f"ika-{d} ng {_TL_MONTHS[m - 1]} {y}",                            # Tagalog ordinal
        f"{d} {_ID_MONTHS[m - 1]} {y}",                                   # Indonesian
        f"{r.choice(_ID_DAYS)}, {d} {_ID_MONTHS[m - 1]} {y}",             # with weekday
        f"{d:02d}-{m:02d}-{y} {hh:02d}.{mm:02d}",                         # Indonesian time
        f"{d} tháng {m} năm {y}",                                         # Vietnamese
        f"{d:02d}/{m:02d}/{y} {hh}h{mm:02d}",                             # Vietnamese time
        f"{d} {_TH_ABBR[m - 1]} {be}",                                    # Thai, BE
        f"{d} {_TH_FULL[m - 1]} {be}".translate(_THAI_DIGITS),            # Thai digits
        f"{d} {_TH_ABBR[m - 1]} {be % 100:02d}",                          # Thai short BE
        f"{d} ខែ{_KM_MONTHS[m - 1]} ឆ្នាំ{y}".translate(_KHMER_DIGITS),  # Khmer
        f"{y} ခုနှစ် {_MY_MONTHS[m - 1]} {d} ရက်".translate(_MYANMAR_DIGITS),  # Burmese
        f"{d:02d}-{m:02d}-{y}".translate(_MYANMAR_DIGITS),                # Burmese digits
        f"{r.choice(_EN_DAYS)} {m}/{d}/{y}",                              # US with weekday
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}",                         # EHR export
    ])


def _f49_age(r: random.Random, _h: bool) -> tuple[str, str]:
    """(the text around the marked age, with {age} where the span goes, the span)"""
    n = r.randint(90, 104)
    return r.choice([
        ("a {age} lola brought in by the BHW", f"{n}-year-old"),
        ("edad {age}, bedridden", f"{n}"),
        ("{age} na si Lolo at hindi na makalakad", f"{n} taong gulang"),
        ("kupuna, {age}, lives with her moʻopuna", f"{n}yo"),
        ("{age} F, Chamorro, from home, on 2 L O2", f"{n} y/o"),
        ("an old man of about {age}, by the family's count", f"{n}"),
        ("pasien perempuan usia {age}, rujukan puskesmas", f"{n} tahun"),
        ("umur {age}, tinggal dengan cucu", f"{n} thn"),
        ("bà cụ {age}, nằm liệt giường", f"{n} tuổi"),
        ("BN nam {age}, COPD", f"{n}t"),
        ("ผู้ป่วยหญิงไทย อายุ {age} ติดเตียง", f"{n} ปี"),
        ("ผู้ป่วยชาย อายุ {age}", f"{n} ปี".translate(_THAI_DIGITS)),
        ("លោកយាយ អាយុ {age}", f"{n} ឆ្នាំ".translate(_KHMER_DIGITS)),
        ("အသက် {age} အဘွား", f"{n} နှစ်".translate(_MYANMAR_DIGITS)),
        ("pt is {age} and still climbs to the garden", f"{n} years old"),
        ("Age/Sex: {age}/M", f"{n}"),
        ("a {age} retired cane cutter", f"{n}-yr-old"),
    ])


def _f49_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"09{r.randint(15, 99)} {_d(r, 3)} {_d(r, 4)}",          # PH mobile
        f"+63 9{_d(r, 2)} {_d(r, 3)} {_d(r, 4)}",
        f"(0{r.randint(32, 88)}) {_d(r, 3)} {_d(r, 4)}",          # PH landline
        f"(808) 555-01{_d(r, 2)}",                                # Hawaii, reserved
        f"671-555-01{_d(r, 2)}",                                  # Guam, reserved
        f"1 (868) 555-01{_d(r, 2)}",                              # Trinidad and Tobago
        f"+501 6{_d(r, 2)}-{_d(r, 4)}",                           # Belize
        f"+675 7{_d(r, 3)} {_d(r, 4)}",                           # PNG mobile
        f"08{r.randint(11, 59)}-{_d(r, 4)}-{_d(r, 4)}",           # Indonesia
        f"+62 8{_d(r, 2)} {_d(r, 4)} {_d(r, 3)}",
        f"09{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",                    # Vietnam
        f"+84 {r.randint(3, 9)}{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"08{_d(r, 1)}-{_d(r, 3)}-{_d(r, 4)}",                    # Thailand
        f"0{r.randint(10, 99)} {_d(r, 3)} {_d(r, 3)}",            # Cambodia
        f"09-{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",                   # Myanmar
        f"09 {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}".translate(_MYANMAR_DIGITS),
    ])


def _f49_fax(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"(0{r.randint(32, 88)}) {_d(r, 3)} {_d(r, 4)}",
        f"(02) 8{_d(r, 3)} {_d(r, 4)}",
        f"808-555-01{_d(r, 2)}",
        f"(671) 555-01{_d(r, 2)}",
        f"(0{r.randint(21, 778)}) {_d(r, 6)}",
        f"+84 2{_d(r, 2)} {_d(r, 4)} {_d(r, 3)}",
        f"0-4{_d(r, 3)}-{_d(r, 4)}",
        f"+675 {_d(r, 3)} {_d(r, 4)}",
        f"868-555-01{_d(r, 2)}",
    ])


def _f49_zip(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"{r.randint(1000, 9811)}",                 # PH
        f"96{r.choice(('7', '8'))}{_d(r, 2)}",      # Hawaii
        f"969{r.randint(10, 32)}",                  # Guam
        f"{r.randint(20, 99)}{_d(r, 3)}",           # Indonesia, Thailand
        f"{r.randint(10, 95)}{_d(r, 3)}",           # Vietnam
        f"{r.randint(12, 25)}{_d(r, 4)}",           # Cambodia
        f"{r.randint(111, 631)}",                   # PNG
        f"{r.randint(10, 68)}{_d(r, 4)}",           # Trinidad and Tobago
    ])


def _f49_plate(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"{_l(r, 3)} {_d(r, 4)}",                                   # PH car
        f"{_d(r, 3)} {_l(r, 3)}",                                   # PH motorcycle (old)
        f"{_l(r, 2)} {_d(r, 5)}",                                   # PH motorcycle (new)
        f"{r.choice(('AB', 'B', 'DK', 'L', 'N', 'KT', 'DD'))} {_d(r, 4)} {_l(r, 2)}",  # ID
        f"{r.randint(11, 99)}{_l(r, 1)}{r.randint(1, 9)}-{_d(r, 3)}.{_d(r, 2)}",       # VN bike
        f"{r.randint(11, 99)}{_l(r, 1)}-{_d(r, 3)}.{_d(r, 2)}",                        # VN car
        f"{r.randint(1, 9)}{r.choice(_TH_CONSONANTS)}{r.choice(_TH_CONSONANTS)} {_d(r, 4)}",
        f"{r.choice(_TH_CONSONANTS)}{r.choice(_TH_CONSONANTS)} {_d(r, 4)}",
        f"{_l(r, 3)} {_d(r, 3)}",                                   # Hawaii, PNG
        f"P{_l(r, 2)} {_d(r, 4)}",                                  # TT private
        f"H{_l(r, 2)} {_d(r, 4)}",                                  # TT hired
        f"{r.choice(('CZ', 'OW', 'CY', 'SC', 'TOL', 'BZ'))}-C-{_d(r, 5)}",  # Belize
        f"{r.randint(1, 3)}{_l(r, 1)}-{_d(r, 4)}",                  # Cambodia
        f"{r.randint(1, 9)}{_l(r, 1)}/{_d(r, 4)}",                  # Myanmar
        f"HA {_d(r, 4)} {_l(r, 2)}",                                # Hawaii boat
    ])


F49_VALUES = {
    "mrn": lambda r, h: r.choice([
        f"{r.randint(2019, 2025)}-{_d(r, 6)}", f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}",
        f"{_d(r, 2)}.{_d(r, 2)}.{_d(r, 2)}", f"{_d(r, 10)}", f"{_d(r, 6)}/{r.randint(60, 68)}",
        f"{_d(r, 7)}", f"{_l(r, 2)}{_d(r, 5)}", f"{_d(r, 8)}", f"BA-{_d(r, 5)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{_d(r, 2)}-{_d(r, 9)}-{_d(r, 1)}",                        # PhilHealth PIN
        f"{_d(r, 12)}",                                              # PhilHealth, no hyphens
        f"000{_d(r, 10)}",                                           # BPJS Kesehatan
        f"{r.choice(('HC', 'GD', 'HT', 'DN', 'CN', 'BT', 'TE'))}{r.randint(1, 5)}"
        f"{r.randint(10, 96)}{_d(r, 10)}",                           # BHYT
        f"{_d(r, 10)}",                                              # Med-QUEST
        f"{r.randint(1, 9)}{_l(r, 2)}{r.randint(0, 9)}-{_l(r, 2)}{_d(r, 1)}-{_l(r, 2)}{_d(r, 2)}",
        f"{_l(r, 1)}{_d(r, 8)}",                                     # Guam MIP
        f"NHI-{_d(r, 6)}",                                           # Belize NHI
        f"CD-{_d(r, 7)}",                                            # TT CDAP card
    ]),
    "account": lambda r, h: r.choice([
        f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 2)}", f"{_d(r, 4)}-{_d(r, 2)}-{_d(r, 6)}-{_d(r, 2)}-{_d(r, 1)}",
        f"{_d(r, 13)}", f"{_d(r, 3)}-{_d(r, 1)}-{_d(r, 5)}-{_d(r, 1)}",
        f"SOA-{r.randint(2022, 2025)}-{_d(r, 5)}", f"{_d(r, 10)}", f"{_d(r, 12)}"]),
    "licence": lambda r, h: r.choice([
        f"{_l(r, 1)}{_d(r, 2)}-{_d(r, 2)}-{_d(r, 6)}",               # PH driver's licence
        f"{_d(r, 7)}",                                               # PRC licence
        f"P{_d(r, 7)}{_l(r, 1)}",                                    # PH passport
        f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 6)}",                         # SIM
        f"{_d(r, 6)}/{r.choice(('BYT', 'HCM', 'CT', 'QNA'))}-CCHN",  # Vietnamese practice cert.
        f"ว.{_d(r, 5)}",                                             # Thai medical licence
        f"H{_d(r, 8)}",                                              # Hawaii DL
        f"{_d(r, 3)}.{_d(r, 1)}/{_d(r, 3)}/{r.randint(2019, 2025)}",  # certificate numbers
    ]),
    "vehicle": _f49_plate,
    "device": lambda r, h: r.choice([
        f"{_l(r, 3)}{_d(r, 6)}{_l(r, 1)}", f"{_d(r, 2)}{_l(r, 2)}{_d(r, 6)}", f"{_d(r, 15)}",
        f"{_l(r, 2)}-{_d(r, 4)}-{_d(r, 4)}", f"SN{_d(r, 9)}", f"{_l(r, 1)}{_d(r, 4)}{_l(r, 3)}{_d(r, 3)}"]),
    "other_id": lambda r, h: r.choice([
        f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}",              # PhilSys PSN
        f"{_d(r, 2)}-{_d(r, 7)}-{_d(r, 1)}",                         # SSS
        f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}-000",                     # TIN
        f"{r.choice(('33', '34', '35', '51', '73', '64'))}{_d(r, 14)}",  # NIK
        f"0{_d(r, 11)}",                                             # CCCD
        f"{r.randint(1, 8)}-{_d(r, 4)}-{_d(r, 5)}-{_d(r, 2)}-{_d(r, 1)}",  # Thai ID
        f"{r.randint(1, 8)}{_d(r, 12)}",                             # Thai ID unspaced
        f"{_d(r, 9)}",                                               # Khmer ID
        f"{r.randint(1, 14)}/{r.choice(('KaMaNa', 'MaYaKa', 'TaKaNa', 'PaBaTa', 'LaMaNa', 'YaTaNa'))}"
        f"(N){_d(r, 6)}",                                            # Myanmar NRC
        f"{r.randint(1930, 2005)}{_d(r, 2)}{_d(r, 2)}{_d(r, 3)}",    # TT national ID
        f"{_d(r, 10)}",                                              # PNG NID
    ]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}",
        f"{r.randint(101, 665)}{r.randint(10, 99)}{r.randint(1000, 9999)}"]),
    "phone": _f49_phone,
    "fax": _f49_fax,
    "email": lambda r, h: r.choice([
        "{g}.{s}{n}@example.com", "{s}{n}@mail.example.org", "{g}{s}@rhu.example",
        "{g}_{s}@puskesmas.example", "{s}.{g}@example.net"]),
    "url": lambda r, h: r.choice([
        "https://www.facebook.example.com/{g}.{s}.{n}", "https://gofund.example.org/tulong-kay-{g}-{s}",
        "http://{g}{s}.blog.example/", "www.example.net/{s}-{n}",
        "https://kitabisa.example.id/bantu{g}{n}"]),
    "ip": lambda r, h: r.choice([
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"203.0.113.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
        f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 65535):x}"]),
    "zip": _f49_zip,
    "date": _f49_date,
}

F49_VOCABULARY = Vocabulary(
    given=["Maricel", "Jomar", "Luzviminda", "Leilani", "Keoni", "Rosalia", "Vicente", "Dewi",
           "Bambang", "Hạnh", "Tuấn", "Somchai", "Malee", "Sokha", "Kila", "Shivanand", "Keisha",
           "Aurelio", "Noelani", "Wahyuni", "Rodelio", "Kenisha"],
    surnames=["Macaraeg", "Dela Cruz", "Bautista", "Kahananui", "Kealoha", "Taitano", "Quitugua",
              "Setiawan", "Wibisono", "Trần", "Phạm", "Srisuk", "Chea", "Wapi", "Kaupa",
              "Ramlogan", "Baptiste", "Coc", "Sablan", "Manalastas"],
    cities=["San Teodoro", "Bagong Silang Ilaya", "Kumbareta", "Wapu Numbu", "Kamaloʻo Uka",
            "Hōnaunau Mauka", "Sinahånña", "Lågu Fina'pa", "Mount Elysée", "Petit Cedre",
            "San Marcos Yaxhá", "Caye Piedra", "Karangsari", "Wonorejo", "Tân Phú Trung",
            "Hòa Lợi Tây", "Malinta Sur", "Santo Rosario del Monte", "Siruwa", "Lambeau Hill"],
    streets=["Rizal", "Sampaguita", "Kukui", "Plumeria", "Flamboyan", "Cempaka", "Narra",
             "Breadfruit", "Calabash", "Mabini"],
    relations=["daughter", "son", "wife", "husband", "apo", "anak", "pamangkin", "granddaughter",
               "nephew", "neighbour", "moʻopuna", "cousin"],
    clean=[
        "BP 170/100 mmHg, PR 104, RR 24, T 37.8 °C, O2 sat 93% at room air.",
        "CBG 412 mg/dL; serum ketones 3.1 mmol/L; HCO3 12; DKA protocol started.",
        "Dengue NS1 positive; Hct 46% → 49%, platelets 38 x10^9/L; WHO 2009 warning signs present.",
        "Sputum GeneXpert: MTB detected, RIF resistance not detected; start 2HRZE/4HR.",
        "G3P3 (3-0-0-3), 38 weeks AOG; MgSO4 4 g IV loading dose per Zuspan regimen.",
        "ICD-10: J18.9, E11.65, I10; RVS code not applicable.",
        "Malaria RDT Pf positive; artemether-lumefantrine 4 tabs BD x 3 days.",
        "Hb 6.8 g/dL; transfused 1 unit PRBC over 4 hours; repeat Hb 8.1.",
        "Losartan 50 mg 1 tab OD; amlodipine 10 mg 1 tab OD; ASA 80 mg OD after meals.",
        "TD 150/90 mmHg, N 96x/menit, RR 22x/menit, suhu 38,2 °C, SpO2 95%.",
        "Ruang Melati bed 4; pindah ke Ruang Anggrek setelah bebas demam 24 jam.",
        "Diagnosa: DHF grade II (A91); penyakit Addison disingkirkan.",
        "Mạch 98 l/ph, HA 140/80 mmHg, nhiệt độ 38,5 °C, SpO2 94%.",
        "Chẩn đoán: viêm phổi cộng đồng (J18.9); bệnh Basedow đã điều trị.",
        "Khoa Nội tổng hợp, giường 12; chuyển khoa Hồi sức khi cần.",
        "ความดันโลหิต 160/90 มม.ปรอท ชีพจร 88 ครั้ง/นาที อุณหภูมิ 37.9 °C",
        "วินิจฉัย Dengue hemorrhagic fever grade I; tourniquet test positive",
        "หอผู้ป่วยอายุรกรรมชาย เตียง 18; GCS 15, pupils 3 mm RTL.",
        "សម្ពាធឈាម ១៤០/៩០ mmHg; ជីពចរ ៨៨ ដង/នាទី។",
        "ជំងឺទឹកនោមផ្អែម ប្រភេទទី ២; metformin 500 mg ២ ដងក្នុងមួយថ្ងៃ។",
        "သွေးပေါင်ချိန် 150/95 mmHg; ငှက်ဖျား RDT (P. falciparum) အပြုသဘော။",
        "Hansen's disease, treated with MDT decades ago; plantar ulcer, Charcot foot.",
        "Lytico-bodig (ALS-PDC) considered in the family history; MMSE 22/30.",
        "HbSS sickle cell disease; hydroxyurea 20 mg/kg/day; G6PD normal.",
        "Decompression illness type II; US Navy Treatment Table 6 completed.",
        "Parkinson disease on levodopa/carbidopa 100/25 1 tab TID.",
        "Guillain-Barré syndrome excluded; CSF protein 0.4 g/L, cells 2.",
        "KDIGO stage 2 AKI; creatinine 2.1 mg/dL from baseline 1.0.",
        "GOLD 2024 group E; salbutamol/ipratropium nebs q6h.",
        "Wells score 2; D-dimer 480 ng/mL FEU.",
        "Patient is 87 and still farms cassava; wife is 86.",
        "Bà cụ 88 tuổi, sống cùng con gái.",
        "ผู้ป่วยหญิงอายุ 89 ปี ช่วยเหลือตัวเองได้บางส่วน",
        "Pasien laki-laki 84 tahun, riwayat stroke 2019.",
        "Diagnosed in 2567 BE (2024); follow-up every 3 months.",
        "Ward 3, bed 17; IV line day 3; NGT at 55 cm.",
        "Tab 1 x 3 after meals; dose 1-0-1; 2/3 of the vial given.",
        "Lot 2309A of the antivenom was used; 10 vials over 1 hour.",
        "PhilHealth Konsulta package; Malasakit Center assistance requested.",
    ],
    seed=19_049,
)

F49_CONNECTORS = [": ", " ", " No. ", " # ", " — ", ":\t", " = ", " nr. ", ": no. ", " (", " → ",
                  " ........ "]

F49_FRAMES = ["{kv}", "{kv}.", "• {kv}", "[{kv}]", "{kw}:\n    {v}", "| {kw} | {v} |",
              "{kv} (as shown on the card)", "{kv} — checked by the BHW", "Ghi chú: {kv}",
              "Ket.: {kv}", "Admin: {kv}; no change.", "{kv}, Hct 42%, plt 180."]

F49_KEYWORDS = {
    "mrn": ["Hosp. No.", "Hospital No.", "No. RM", "Mã BN", "HN", "AN", "Case No.", "MRN",
            "UR No.", "Số lưu trữ", "Chart #"],
    "health_plan": ["PhilHealth PIN", "PhilHealth No.", "No. BPJS", "No. Kartu BPJS", "Mã thẻ BHYT",
                    "Med-QUEST ID", "MIP No.", "Medicare MBI", "NHI card", "CDAP card no."],
    "account": ["Acct. No.", "SOA No.", "No. Rekening", "Số tài khoản", "เลขที่บัญชี",
                "Landbank acct", "Account #", "Bill ref"],
    "licence": ["PRC Lic. No.", "Driver's License No.", "Passport No.", "No. SIM", "Số GPLX",
                "ใบอนุญาตเลขที่", "DL #", "Death Cert. No.", "Lic."],
    "vehicle": ["Plate No.", "Nomor polisi", "Nopol", "Biển số", "ทะเบียนรถ", "Reg. plate",
                "Boat reg.", "Plate"],
    "device": ["Serial No.", "S/N", "SN", "IMEI", "No. seri", "Số serial", "Model/Serial",
               "Concentrator SN"],
    "other_id": ["PhilSys No.", "PSN", "SSS No.", "TIN", "NIK", "Số CCCD", "เลขบัตรประชาชน",
                 "NRC", "National ID No.", "ID card", "NID"],
    "ssn": ["SSN", "Social Security No.", "US SSN", "SS#"],
    "phone": ["Cel. No.", "Mobile", "HP", "No. HP", "SĐT", "โทร", "Tel.", "Contact No."],
    "fax": ["Fax", "Fax No.", "Telefax", "Faks", "แฟกซ์", "Fax line"],
}

F49_SENTENCES = {
    "name": ["Seen with her {rel}, {full}.", "{full} was brought in by the BHW at dawn.",
             "Si {given} ay dinala ng kanyang {rel} sakay ng tricycle.",
             "Ibu {full} datang dengan keluhan sesak sejak kemarin.",
             "Anh {given} đưa mẹ vào viện lúc nửa đêm.", "Tan {given} refused the IV again.",
             "Aunty {given} called about the refills.", "Discussed with {full} (NOK) at bedside.",
             "{given} and her {rel} {given} came down by banana boat.",
             "Mrs {surname} prefers to be seen by a woman doctor.",
             "Pt {full} signed the refusal form.", "Kausap ko si {full} kanina, okay na daw."],
    "address": ["Lives at [[address:{n} {street} Street]] with her {rel}.",
                "Address: [[address:Purok {n2}, {street} St.]]",
                "Alamat: [[address:Jl. {street} No. {n}, RT {n2}/RW {n2}]]",
                "Địa chỉ: [[address:số {n} đường {street}]]",
                "Home: [[address:Lot {n}, {street} Street]], near the church.",
                "Rural lot at [[address:{n2}-{n} {street} Road]], end of the gravel part.",
                "Nakatira sa [[address:Blk {n2} Lot {n}, {street} St.]]",
                "Stays at [[address:LP {n}, {street} Trace]] with the grandchildren.",
                "ที่อยู่ [[address:{n} หมู่ {n2}]] ใกล้วัด"],
    "place": ["Farmer from {city}; walks 2 hours to the aid post.",
              "Dinala mula sa {city} sakay ng tricycle.", "Pasien rujukan dari {city}.",
              "Bệnh nhân ở {city}, làm ruộng.", "Moved back to {city} after retiring.",
              "Lives in {city}, a fishing village on the windward side.",
              "Born in {city} and raised on the cayes.", "Mula sa {city} ang pasyente.",
              "Came down from {city} village on foot.", "Family is from {city}."],
    "zip": ["ZIP {v}", "Postal code {v}.", "Kode pos {v}", "รหัสไปรษณีย์ {v}",
            "{city}, HI {v}", "{city} {v}", "Mã bưu chính {v}."],
    "date": ["Admitted {v}.", "DOB: {v}", "Petsa ng kapanganakan: {v}", "Tgl. masuk: {v}",
             "Ngày vào viện: {v}", "วันที่รับไว้ {v}", "Pronounced dead {v}.", "Seen at the aid post {v}.",
             "Discharged home {v}.", "Lahir {v}.", "Naospital noong {v}.", "ថ្ងៃចូល៖ {v}"],
    "phone": ["Call her {rel} on {v}.", "Tawagan si {given} sa {v}.", "HP keluarga: {v}",
              "SĐT người nhà: {v}", "เบอร์ญาติ {v}", "Reach the family at {v} after 6 pm."],
    "fax": ["Faxed to the provincial hospital at {v}.", "Fax {v} (records office).",
            "Kirim via faks {v}.", "Lab results faxed from {v}."],
    "email": ["Results to {v} (daughter on the mainland).", "Gửi kết quả qua {v}.",
              "Kirim hasil ke email {v}.", "Pakisend sa {v} ang resulta.", "Son writes from {v}."],
    "url": ["Family fundraising page: {v}", "Nag-post ang pamilya sa {v}.",
            "Keluarga membuat halaman donasi {v}.", "Her son's video of the seizure is at {v}."],
    "ip": ["Telehealth session from {v} dropped twice.",
           "Koneksi telekonsultasi dari IP {v} terputus.", "Máy chủ PACS {v} không phản hồi.",
           "Remote login to the EMR from {v} flagged."],
    "ssn": ["Filipino-American veteran; SSN {v} for the VA claim.",
            "SSN {v} given for the Medicare enrollment.", "Social Security No. {v} on the intake sheet."],
    "mrn": ["Old chart under Hosp. No. {v}.", "No. RM lama {v}, mohon digabung.", "HN {v} เดิม",
            "Previous admission, MRN {v}."],
    "health_plan": ["PhilHealth PIN {v}; member is the daughter.", "Med-QUEST ID {v} verified.",
                    "No. BPJS {v} aktif.", "Mã thẻ BHYT {v}."],
    "account": ["Paid by bank transfer to account {v}.", "Balance on SOA {v} for social service.",
                "Rekening {v} a.n. anak pasien."],
    "licence": ["PRC licence {v} on the prescription.", "Driver's licence {v} surrendered to police.",
                "No. SIM {v} disita polisi.", "Passport {v} copied for the repatriation."],
    "vehicle": ["Tricycle with plate {v} overturned on the bridge.", "Motor {v} vs truk.",
                "Xe máy biển số {v}.", "Maxi-taxi {v} ran off the road.",
                "Pickup VIN {vin} recorded by the police."],
    "device": ["Pacemaker serial {v} interrogated.", "Oxygen concentrator SN {v} delivered.",
               "Glucometer IMEI {v} synced.", "Insulin pump S/N {v} removed."],
    "other_id": ["PhilSys {v} presented at admission.", "NIK {v} sesuai KTP.", "Số CCCD {v}.",
                 "เลขบัตรประชาชน {v}", "NRC {v} copied.", "National ID {v} on the form."],
}

F49_AFTER = ["{v} ({kw})", "{v} — {kw}", "{v}, ang {kw},", "{v} [{kw}]", "{v} adalah {kw}"]

F49_REFERENCES = [
    "Dengue case definitions follow WHO (https://www.who.int/publications/i/item/{n}).",
    "See the review at https://pubmed.ncbi.nlm.nih.gov/{n}/ for the mechanism.",
    "A similar series was reported (https://doi.org/10.1371/journal.pntd.{n}).",
    "Guam neurodegeneration was reviewed in https://doi.org/10.1212/WNL.{n2}.",
]

F49_STYLES = [
    "BARANGAY HEALTH STATION — CONSULTATION RECORD\n{body}\nAdvice: RTC after 1 week or PRN.",
    "CATATAN PERKEMBANGAN PASIEN TERINTEGRASI\n{body}\nRencana: lanjut terapi, observasi KU.",
    "BỆNH ÁN — DIỄN BIẾN\n{body}\nHướng xử trí: tiếp tục điều trị, theo dõi sát.",
    "บันทึกความก้าวหน้า\n{body}\nแผน: ติดตามอาการ นัด 1 สัปดาห์",
    "AID POST PATIENT BOOK\n{body}\nPlan: review at next clinic patrol.",
    "ENDORSEMENT (7-3 → 3-11)\n{body}\nFor: monitoring VS q4, I&O.",
    "| Bed | Notes | Plan |\n|---|---|---|\n| 7 | {body} | home when afebrile |",
    "Viber case thread:\n> {body}\n> Noted po.",
    "{body}",
]

F49_PART = Part("fresh49", F49_VOCABULARY, F49_CONNECTORS, F49_FRAMES, F49_KEYWORDS,
                F49_SENTENCES, F49_AFTER, F49_REFERENCES, True, values=F49_VALUES,
                age=_f49_age, styles=F49_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh49-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    # ------------------------------------------------ the Philippines, English notes
    ("ph-medcert",
     "MEDICAL CERTIFICATE\n\n"
     "This is to certify that [[name:Rodelio Macaraeg Bautista]], 52, of [[address:Purok 6]], "
     "Brgy. [[place:Tabing-Ilog]], [[place:San Teodoro]], Pangasinan [[zip:2417]], was seen and "
     "examined at this clinic on [[date:March 4, 2025]] with the following findings: closed "
     "fracture, distal radius, left (Colles type), secondary to a fall from a carabao cart. "
     "Closed reduction and long arm cast applied. Advised rest from work for six (6) weeks.\n\n"
     "This certification is issued upon the request of the patient for his SSS sickness "
     "benefit claim (SS No. [[other_id:03-4187215-6]]) and for whatever legal purpose it may "
     "serve, except medico-legal.\n\n"
     "[[name:Ma. Theresa L. Soriano]], MD\n"
     "Lic. No. [[licence:0127845]]"),
    ("ph-cf4",
     "CLAIM FORM 4 (excerpt) — PATIENT'S CLINICAL RECORD\n"
     "PhilHealth PIN of patient: [[health_plan:01-025418730-4]]\n"
     "Patient: [[name:ESTRELLA, Luzviminda Ocampo]]   Age: [[age:91]]   Sex: F\n"
     "Date/time admitted: [[date:02-15-2025 10:40 PM]]   Date discharged: [[date:02-21-2025]]\n"
     "Chief complaint: difficulty of breathing x 3 days\n"
     "Pertinent PE: crackles, bibasal; BP 150/90, RR 28, O2 sat 89% RA\n"
     "Course in the ward: ceftriaxone 2 g IV OD x 7 days, azithromycin 500 mg OD x 3 days; "
     "CAP-MR per the PCAP 2016 guideline; weaned to room air on HD 4.\n"
     "Final diagnosis: CAP-MR; HCVD; ICD-10 J18.9, I11.9\n"
     "Hospital No.: [[mrn:25-004187]]"),
    ("ph-medicolegal",
     "MEDICO-LEGAL CERTIFICATE\n"
     "Name: [[name:Jerwin Dacanay]]   Age: 24   Sex: M\n"
     "Address: [[address:Zone 4]], [[place:Bagong Silang Ilaya]], [[place:Santo Rosario del Monte]]\n"
     "Date of examination: [[date:January 11, 2025]] at 11:20 PM\n"
     "NOI: vehicular accident — driver of a tricycle (plate [[vehicle:418 QFT]], body no. "
     "[[vehicle:112]]) sideswiped by a closed van ([[vehicle:NBG 4173]]) along the national "
     "highway.\n"
     "Findings: abrasion 4 x 2 cm, right forearm; lacerated wound 3 cm, frontal area, sutured; "
     "no LOC; GCS 15.\n"
     "Healing period: 7-9 days barring complications.\n"
     "Police blotter entry no. [[other_id:2025-0118-SRM]]\n"
     "Examining physician: [[name:Arnel P. Gatchalian]], MD, PRC Lic. No. [[licence:0139627]]"),
    ("ph-discharge-en",
     "DISCHARGE INSTRUCTIONS — Medicine Ward\n"
     "Patient: [[name:Florencio Abad Jr.]]   Hosp. No. [[mrn:2025-0418731]]\n"
     "Diagnosis: hypertensive urgency; CKD stage 3a (KDIGO 2012); gouty arthritis\n"
     "Home meds: losartan 50 mg 1 tab OD, amlodipine 5 mg 1 tab OD, febuxostat 40 mg OD, "
     "colchicine 500 mcg BID x 5 days only.\n"
     "Low-salt diet; avoid bagoong, patis and instant noodles.\n"
     "Follow up at [[place:Lumbangan Rural Health Unit]] after 1 week for BP check, and at the "
     "IM OPD on [[date:April 2, 2025]] with creatinine and uric acid.\n"
     "Contact person: daughter [[name:Janeth Abad-Lising]], [[phone:0927 418 5530]]"),
    ("ph-bhw-log",
     "BHW SENIOR CITIZEN VISIT LOG\n"
     "| Name | OSCA ID | Age | Remarks |\n"
     "|---|---|---|---|\n"
     "| [[name:Teodora Manalastas]] | [[other_id:OSCA-SR-04173]] | [[age:96]] | bedridden, "
     "PU sacral gr 2, for dressing |\n"
     "| [[name:Pacifico Dumlao]] | [[other_id:OSCA-SR-02218]] | 87 | BP 160/90, no meds x 1 wk |\n"
     "| [[name:Crisanta Velasco]] | [[other_id:OSCA-SR-05591]] | [[age:90]] | for flu and PPSV23 "
     "vaccine |\n"
     "Next visit: after the Konsulta caravan. Prepared by BHW [[name:Marites Oandasan]]."),
    ("ph-veteran",
     "Case for the board (IM, provincial hospital): a [[age:92-year-old]] Filipino-American "
     "WWII-era veteran who retired to [[place:Dalig Norte]] after decades in California was "
     "admitted with urosepsis. The family needed his US papers for the VA claim, so the social "
     "worker recorded his SSN [[ssn:512-38-4417]] and his Medicare number "
     "[[health_plan:4TJ8-WK2-MN61]] on our chart, which is how they ended up in the scanned "
     "record. His son [[name:Danilo Carreon]] flew in from [[place:Vallejo]]. Culture grew "
     "ESBL E. coli; switched to meropenem 1 g IV q8h. Any experience with the VA foreign "
     "medical program reimbursing provincial hospitals?"),
    # ------------------------------------------------ Tagalog, code-switched
    ("tl-viber",
     "[Viber — IM Residents]\n"
     "[[name:Kat Domingo]]: Guys, may pasyente ako sa ER, [[age:93 y/o]] na lola from "
     "[[place:Malinta Sur]], CC: di makausap since kaninang umaga. BP 70/40, GCS 9. CBG HI.\n"
     "[[name:Paolo Reyes]]: HHS yan for sure. Anong Na?\n"
     "[[name:Kat Domingo]]: Na 152, crea 2.8. Sabi ng apo niya na si [[name:Mikee]], wala na "
     "siyang insulin sa bahay since [[date:Dec 28]].\n"
     "[[name:Paolo Reyes]]: Fluids muna, 0.9 NSS 1 L in 1 hr, then recheck. Ilipat mo sa ICU "
     "kung may bed.\n"
     "[[name:Kat Domingo]]: Noted po. Pakisabi kay Dra. [[name:Villaruel]] na tatawag ako."),
    ("tl-endorsement",
     "ENDORSEMENT 7-3 shift, Ward 4 (Medicine)\n"
     "Bed 12 — [[name:Evangeline Sarmiento]], 58/F, DM2, CAP. Hosp. no. [[mrn:2025-0187341]]. "
     "Nakakain naman, pero may 1 episode ng hypoglycemia kagabi (CBG 54 @ 0300), binigyan ng "
     "D50 50 mL. Para sa repeat CBG q4.\n"
     "Bed 14 — [[name:Ramon Ticzon]], 71/M, s/p BKA (R). Pain score 4/10. Nag-request ang anak "
     "niyang si [[name:Arlene]] ng medical abstract para sa Malasakit. Contact: "
     "[[phone:0918 273 4108]].\n"
     "Bed 15 — bakante, for terminal cleaning."),
    ("tl-messenger",
     "Magandang gabi po Doc. Ako po si [[name:Liza Panganiban]], anak ni "
     "[[name:Ernesto Panganiban]] na na-admit noong [[date:Lunes, ika-3 ng Pebrero]]. Tanong ko "
     "lang po kung pwede na siyang i-discharge bukas kasi uuwi na kami sa "
     "[[place:Balayan Norte]]. Yung PhilHealth niya po ay [[health_plan:19-204517836-1]], nasa "
     "akin po ang MDR. Pwede po ninyo akong i-text sa [[phone:+63 917 555 0148]]. Salamat po."),
    ("tl-rhu",
     "RHU CONSULTATION\n"
     "Pangalan: [[name:Honorato Sibug]]   Edad: 47   Kasarian: L\n"
     "Tirahan: [[address:Blk 3 Lot 22, Sampaguita St., Villa Caridad Subd.]], Brgy. "
     "[[place:Pinagbuhatan Ilaya]], [[place:Dalig]]\n"
     "CC: ubo ng higit 2 linggo, may lagnat sa hapon, pumayat ng 5 kg.\n"
     "Sputum GeneXpert: MTB detected, RIF resistance not detected.\n"
     "Plan: simulan ang Category I (2HRZE/4HR), DOTS sa health center araw-araw.\n"
     "Treatment partner: asawa niyang si [[name:Gloria]]. TB register no. "
     "[[mrn:TB-2025-0417]]."),
    # ------------------------------------------------ Papua New Guinea
    ("png-radio",
     "RADIO SCHED 0800 — aid post to health centre\n"
     "Caller: HEO [[name:Kila Wapi]] at [[place:Kumbareta]] aid post\n"
     "Patient: [[name:Yakopa Kauke]], F, approx 30, G4P3, retained placenta after BBA at home "
     "last night, PV bleeding heavy, pulse 128 weak.\n"
     "Given: oxytocin 10 IU IM, ergometrine 0.25 mg IM, Hartmann's 1 L (only one bag left).\n"
     "Request: MAF or chopper to [[place:Sepik Ridge Health Centre]]; the airstrip at "
     "[[place:Wapu Numbu]] is open (grass, dry).\n"
     "Husband [[name:Pita Kauke]] and the youth group will carry her down. Next sched 1200."),
    ("png-medevac",
     "MEDEVAC REQUEST — MAF\n"
     "Patient name: [[name:Bosip Kaupa]]\n"
     "Village: [[place:Siruwa]], [[place:Tambaru]] district, Enga Province\n"
     "DOB: unknown; age estimated 60s\n"
     "Condition: snake bite, R ankle, [[date:14/07/2025 1600]]; ptosis, bleeding gums, 20WBCT not "
     "clotting.\n"
     "Antivenom: none available at the health centre.\n"
     "Pick-up: [[place:Laiagam Wara]] strip. Destination: [[place:Kompiam Ridge Provincial "
     "Hospital]].\n"
     "Escort: nephew [[name:Jonah Kaupa]]. Sat phone at the station: [[phone:+675 7418 2203]]."),
    ("png-tb-card",
     "TB TREATMENT CARD (new, pulmonary, bacteriologically confirmed)\n"
     "Name: [[name:Gawi Apa]]   Sex: M   Age: 34\n"
     "Village: [[place:Mumeng Sapta]]   District: [[place:Lower Watut]]   Province: Morobe\n"
     "TB register no: [[mrn:MOR/LW/2025/041]]\n"
     "NID: [[other_id:1004187322]]\n"
     "Treatment supporter: [[name:Rosa Apa]] (wife), mobile [[phone:7418 5532]]\n"
     "Intensive phase: 2HRZE daily, observed; 28/28 doses ticked. Smear at 2 months negative."),
    ("png-case",
     "Case for the board: a 9-year-old boy from [[place:Koropata]], a village two days' walk "
     "from the road, came to our health centre with a three-week history of a painless, rapidly "
     "growing swelling of the left jaw. No fever, Hb 9.4 g/dL. We suspected Burkitt lymphoma; "
     "the fine needle aspirate showed a starry-sky pattern. His father, [[name:Mathias "
     "Yambun]], agreed to the flight to the provincial hospital for cyclophosphamide. I am happy "
     "to share the slides; write to me at [[email:m.oreilly.sepik@mail.example.org]].\n"
     "— [[name:Margaret O'Reilly]], rural MO"),
    # ------------------------------------------------ Hawaii
    ("hi-ed",
     "ED NOTE — community hospital, windward side\n"
     "Pt: [[name:Leimomi Kahananui]]   MRN [[mrn:00418736]]   Med-QUEST ID "
     "[[health_plan:0041873255]]\n"
     "[[age:94-year-old]] kupuna from [[place:Kamaloʻo Uka]], brought by her moʻopuna "
     "[[name:Kainoa Kahananui]] after a fall at home ([[address:7120 Pōhaku Loa Road]]) on "
     "[[date:Sat 05/17/2025]]. R leg shortened and externally rotated; XR: displaced femoral "
     "neck fracture (Garden IV). Fascia iliaca block given.\n"
     "Dispo: air transfer to a trauma center in [[place:Honolulu]]; family will fly over "
     "tomorrow. Contact [[phone:(808) 555-0163]]."),
    ("hi-hospice",
     "HOSPICE RN VISIT — [[date:Tue 06/10/2025 14:30]]\n"
     "Pt [[name:Haruo Nakasone]], [[age:101 y/o]], end-stage heart failure, lives with daughter "
     "[[name:Joyce Nakasone-Kealoha]] on the coffee farm at [[address:84-5127 Keʻokeʻo Road]], "
     "above [[place:Hōnaunau Mauka]].\n"
     "Comfort care; POLST on the fridge (DNR, comfort-focused). Morphine 5 mg SL q2h PRN "
     "dyspnea used x2 overnight. Concentrator SN [[device:EV4187336K]] running at 3 L.\n"
     "Daughter's cell [[phone:808-555-0191]]; RN to call the chaplain."),
    ("hi-quest-letter",
     "Aloha [[name:Kealiʻi Palakiko]],\n\n"
     "Your request for a CPAP replacement has been approved under QUEST member ID "
     "[[health_plan:0072219408]]. The old unit (serial [[device:22DS41873301]]) may be "
     "returned to the supplier. Please bring this letter to your sleep clinic visit.\n\n"
     "Mailing address on file: [[address:P.O. Box 417]], [[place:Hālawa Iki]], HI "
     "[[zip:96748]].\n"
     "Questions: member services, fax [[fax:808-555-0129]]."),
    ("hi-fisherman",
     "Urgent care note: 67 M fisherman from [[place:Waiʻōpae Hikina]], hooked by a 3/0 circle "
     "hook in the R thenar eminence while hauling the line. Advance-and-cut technique under "
     "digital block (lidocaine 1% 3 mL). Tdap 0.5 mL IM. Cephalexin 500 mg QID x 5 days.\n"
     "His boat ([[vehicle:HA 4187 KM]]) is tied up at the harbor; his wife [[name:Noelani]] "
     "drove him in. Call back [[phone:808-555-0177]] if redness spreads."),
]
_LETTERS += [
    # ------------------------------------------------ Guam
    ("gu-shelter",
     "TYPHOON SHELTER — MEDICAL LOG (elementary school gym, [[place:Sinahånña]])\n"
     "| Time | Evacuee | Issue | Action |\n"
     "|---|---|---|---|\n"
     "| 2140 | [[name:Rosalia Taitano Quitugua]], [[age:92]] | concentrator without power, SpO2 "
     "86% | switched to a cylinder; concentrator SN [[device:JX7418AQ63]] logged |\n"
     "| 2215 | [[name:Vicente Aguon]] | missed dialysis [[date:Mon 8/18]] | K 6.1 on i-STAT; "
     "calcium gluconate 1 g IV, nephrology called |\n"
     "| 2300 | child, 4 y | fever 38.9 | paracetamol 15 mg/kg |\n"
     "Generator back at 0120. Log kept by RN [[name:Joleen Sablan]]."),
    ("gu-clinic",
     "Village clinic note. Tan [[name:Maria]] came with her grandson [[name:Jesse Cruz "
     "Mendiola]] for her BP refill; she is [[age:93]] and still makes titiyas every Sunday. "
     "BP 158/84, HR 72. Continue lisinopril 20 mg and amlodipine 5 mg. Ankle edema 1+.\n"
     "MIP no. [[health_plan:G41873365]]; SSN [[ssn:586-41-7320]] (from the old chart).\n"
     "Home: [[address:Lot 2217-R4, Chalan Påtgon]], [[place:Lågu Fina'pa]], GU [[zip:96929]]."),
    ("gu-email",
     "From: [[name:Frances Quinata]] <[[email:fquinata77@example.com]]>\n"
     "To: clinic front desk\n"
     "Subject: my grandma's meds\n\n"
     "Hafa adai, I'm writing for my grandma [[name:Ana Quinata San Nicolas]], who is [[age:95]] "
     "and lives alone in [[place:Sumay Lagu]] since my uncle moved off-island. Could someone "
     "check whether her metoprolol was changed at the last visit? Her Medicare number is "
     "[[health_plan:7KQ2-HM4-TR85]]. I'm in [[place:San Diego]] now, best number "
     "[[phone:619-555-0112]].\n"
     "Si Yu'os ma'åse', [[name:Frances]]"),
    # ------------------------------------------------ Trinidad and Tobago
    ("tt-cdap",
     "CHRONIC DISEASE CLINIC — repeat prescription card\n"
     "Name: [[name:Shivanand Ramlogan]]   ID no.: [[other_id:19480312017]]   CDAP card: "
     "[[health_plan:CD-0418731]]\n"
     "Address: [[address:LP 47 Petit Cedre Trace]], [[place:Mount Elysée]]\n"
     "Phone: [[phone:1 (868) 555-0131]]\n"
     "Metformin 500 mg bd, gliclazide 80 mg bd, enalapril 10 mg od, atorvastatin 20 mg nocte.\n"
     "BP 142/86; HbA1c 7.9%; monofilament 8/10 R, 6/10 L; refer to the foot clinic."),
    ("tt-police-form",
     "POLICE MEDICAL FORM — A&E\n"
     "Victim: [[name:Keisha Baptiste-Alleyne]], 29 F, passenger in a maxi-taxi "
     "([[vehicle:HCF 4187]]) which collided with a private car ([[vehicle:PDE 7731]]) on the main "
     "road near [[place:Cocorite Junction]] on [[date:Sat 12 April 2025]] about 19:40.\n"
     "Injuries: seat-belt abrasion across the chest; tender L 9th rib; CXR no pneumothorax.\n"
     "Police officer: PC [[name:Marlon Joseph]], regimental no. [[other_id:17418]].\n"
     "Examined by Dr [[name:Anjali Maharaj-Singh]]."),
    ("tt-tobago",
     "Dear Dr [[name:Persad]],\n"
     "Re: [[name:Celestine Mc Kenzie]], DOB [[date:03.11.1931]], of [[place:Lambeau Hill]], "
     "Tobago. Hosp no. [[mrn:TB-0041873]].\n"
     "Thank you for seeing this [[age:93-year-old]] retired schoolteacher with a 3-month history "
     "of weight loss and iron-deficiency anaemia (Hb 7.8 g/dL, ferritin 6). FIT positive. She "
     "will fly across with her niece [[name:Yvette]] on the morning flight; please call "
     "[[phone:868-555-0186]] with the colonoscopy date.\n"
     "Yours sincerely,\n[[name:Desmond Alleyne]], Medical Officer"),
    # ------------------------------------------------ Belize
    ("bz-dive",
     "Referral to the hyperbaric chamber\n"
     "38 M, US visitor, three dives on [[date:2 March 2025]] off [[place:Caye Piedra]] (max 32 m, "
     "rapid ascent on the last). 2 h later: L arm paraesthesia, fatigue, patchy rash.\n"
     "Dive boat [[vehicle:BZ-M 0417]]; dive master [[name:Aurelio Chun]].\n"
     "Passport (USA) [[licence:A41873366]]; the travel insurer asked for his SSN "
     "[[ssn:431-77-0418]].\n"
     "100% O2 by NRB since 1510; NS 1 L. Hotel contact [[phone:+501 626-4187]]."),
    ("bz-toledo",
     "COMMUNITY HEALTH WORKER — household visit\n"
     "Village: [[place:San Marcos Yaxhá]], Toledo\n"
     "Household head: [[name:Santiago Coc]]\n"
     "- [[name:Juana Cal de Coc]] (wife), 6 months pregnant, no ANC yet; Hb by HemoCue 9.1\n"
     "- child [[name:Eliseo]], 2 y, MUAC 11.8 cm (yellow), cough 5 days\n"
     "NHI card: [[health_plan:NHI-418736]]   SSB no. [[other_id:418736021]]\n"
     "Action: referred both to the polyclinic in [[place:Punta Gorda]]; bus on Wednesday."),
    # ------------------------------------------------ Indonesian
    ("id-cppt",
     "CATATAN PERKEMBANGAN PASIEN TERINTEGRASI (CPPT)\n"
     "Nama: [[name:Sumiyati]]   No. RM: [[mrn:01-47-85]]   Tgl. lahir: [[date:17-08-1932]]   "
     "Umur: [[age:92 tahun]]\n"
     "Ruang Melati, bed 3\n"
     "[[date:12/05/2025 08.30]] — DPJP: S: sesak memberat sejak malam. O: TD 100/60, N 112x/mnt, "
     "RR 28x/mnt, SpO2 90% dengan nasal kanul 3 lpm, ronki basah basal. A: CHF NYHA IV, "
     "pneumonia. P: furosemid 2 x 40 mg IV, ceftriaxone 1 x 2 g IV.\n"
     "[[date:12/05/2025 14.00]] — Perawat: S: pasien gelisah. O: urin 300 cc/6 jam. A: gangguan "
     "pertukaran gas. P: posisi semi Fowler, lapor DPJP.\n"
     "(Ns. [[name:Rini Astuti]], S.Kep)"),
    ("id-skm",
     "SURAT KETERANGAN KEMATIAN\n"
     "Nomor: [[licence:474.3/118/SKM/V/2025]]\n"
     "Yang bertanda tangan di bawah ini menerangkan bahwa:\n"
     "Nama: [[name:Bambang Wibisono]]\n"
     "NIK: [[other_id:3374061204310002]]\n"
     "Umur: [[age:93 tahun]]\n"
     "Alamat: [[address:Jl. Cempaka Putih No. 9, RT 004/RW 011]], Desa [[place:Karangsari]], "
     "Kec. [[place:Wonorejo]], Kab. [[place:Sidomulyo]], Jawa Tengah [[zip:57482]]\n"
     "telah meninggal dunia pada [[date:Minggu, 18 Mei 2025]] pukul 03.15 WIB di rumah.\n"
     "Sebab kematian (menurut keterangan keluarga): sesak napas, riwayat penyakit jantung.\n"
     "Dokter pemeriksa: dr. [[name:Yuliana Prasetyo]]"),
    ("id-posyandu",
     "KARTU MENUJU SEHAT LANSIA — [[place:Posyandu Lansia Mawar III]]\n"
     "Nama: Mbah [[name:Karto Sentono]]   Usia: [[age:96 th]]   L/P: L\n"
     "No. BPJS: [[health_plan:0001874123095]]   HP anak: [[phone:0813-2741-8806]]\n"
     "| Bulan | BB | TD | GDS | Ket. |\n"
     "|---|---|---|---|---|\n"
     "| Maret | 41 kg | 150/90 | 132 | kurang tidur |\n"
     "| April | 40 kg | 160/90 | 145 | rujuk ke puskesmas |\n"
     "Kader: Ibu [[name:Sri Handayani]]"),
    ("id-lapop",
     "LAPORAN OPERASI\n"
     "Nama pasien: [[name:Dewi Kartika Sari]]   No. RM: [[mrn:23.81.47]]   No. BPJS: "
     "[[health_plan:0002418736604]]\n"
     "Tgl operasi: [[date:3 Juni 2025]]\n"
     "Operator: dr. [[name:Hendra Gunawan]], Sp.B   Anestesi: dr. [[name:Lestari]], Sp.An\n"
     "Diagnosis pra bedah: appendisitis akut perforasi\n"
     "Tindakan: laparotomi, appendektomi, lavage. Insisi McBurney diperlebar; pus ± 50 cc; "
     "perdarahan ± 150 cc. Drain dipasang.\n"
     "Pasien berasal dari Kec. [[place:Ngemplak Kidul]], dirujuk dari "
     "[[place:Puskesmas Ngemplak II]]."),
    ("id-sms",
     "SMS pengingat dari puskesmas:\n"
     "Yth. Bpk [[name:Slamet Riyadi]], jadwal ambil obat TB Anda tgl [[date:20-06-2025]]. "
     "Bawa kartu berobat dan KTP (NIK [[other_id:3404071508650003]]). Info: "
     "[[phone:0274 555 018]]."),
]
_LETTERS += [
    # ------------------------------------------------ Vietnamese
    ("vi-benh-an",
     "BỆNH ÁN NỘI KHOA\n"
     "I. HÀNH CHÍNH\n"
     "1. Họ và tên: [[name:TRẦN THỊ LÝ]]   2. Tuổi: [[age:91]]   3. Giới: Nữ\n"
     "4. Nghề nghiệp: hưu trí\n"
     "5. Địa chỉ: [[address:tổ 7]], ấp [[place:Bình Thạnh Đông]], xã [[place:Tân Phú Trung]], "
     "huyện [[place:Cần Đước Hạ]], tỉnh Long An\n"
     "6. Số thẻ BHYT: [[health_plan:HT3804187312560]]\n"
     "7. Vào viện: [[date:14/03/2025]] lúc 8 giờ 30\n"
     "8. Khi cần báo tin: con trai [[name:Lê Văn Tâm]], SĐT [[phone:0903 418 275]]\n"
     "II. LÝ DO VÀO VIỆN: khó thở, phù hai chân\n"
     "III. TIỀN SỬ: tăng huyết áp 20 năm; bệnh Basedow đã điều trị iod phóng xạ."),
    ("vi-hoi-chan",
     "BIÊN BẢN HỘI CHẨN\n"
     "Hôm nay, ngày [[date:2 tháng 4 năm 2025]], lúc 14 giờ, tại khoa Hồi sức tích cực.\n"
     "Chủ trì: BS.CKII [[name:Phạm Quốc Hưng]]   Thư ký: ĐD [[name:Võ Thị Mai]]\n"
     "Người bệnh: [[name:Nguyễn Văn Sáu]], [[age:94 tuổi]], mã BN [[mrn:2504187336]]\n"
     "Tóm tắt: sốc nhiễm khuẩn từ đường tiết niệu, lactat 5,2 mmol/L, đã dùng noradrenalin "
     "0,3 mcg/kg/phút.\n"
     "Kết luận: tiên lượng rất nặng; giải thích cho gia đình (con gái là bà "
     "[[name:Nguyễn Thị Bảy]]), gia đình xin không đặt nội khí quản."),
    ("vi-chuyen-tuyen",
     "GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ\n"
     "[[place:Trạm Y tế xã Hòa Lợi Tây]] trân trọng giới thiệu người bệnh đến "
     "[[place:Bệnh viện Đa khoa khu vực Ba Tri Nam]]\n"
     "Họ và tên người bệnh: [[name:Huỳnh Văn Đực]]   Nam/Nữ: Nam   Tuổi: 62\n"
     "Địa chỉ: ấp [[place:Phú Lễ Thượng]], xã [[place:Hòa Lợi Tây]]\n"
     "Số thẻ BHYT: [[health_plan:GD4830418275613]]\n"
     "Chẩn đoán: nhồi máu não (I63.9); tăng huyết áp.\n"
     "Lý do chuyển tuyến: vượt quá khả năng chuyên môn.\n"
     "Phương tiện vận chuyển: xe cứu thương [[vehicle:71A-041.87]]\n"
     "Ngày [[date:19 tháng 6 năm 2025]]"),
    ("vi-bao-tu",
     "GIẤY BÁO TỬ   Số: [[licence:0418/GBT-2025]]\n"
     "Họ và tên người chết: [[name:Đặng Thị Cúc]]\n"
     "Ngày sinh: [[date:12/08/1934]]   Số CCCD: [[other_id:083034001872]]\n"
     "Nơi cư trú: [[address:số 12, hẻm 4, đường Ông Hổ]], phường [[place:Phú Khương Tây]]\n"
     "Đã chết vào lúc 22 giờ 10 phút, ngày [[date:7 tháng 5 năm 2025]].\n"
     "Nguyên nhân chết: suy hô hấp / viêm phổi hít trên nền bệnh Parkinson."),
    ("vi-cham-soc",
     "PHIẾU CHĂM SÓC (cấp 1) — Khoa Nội tổng hợp, giường 12\n"
     "Người bệnh: [[name:Lâm Thị Xuân]], [[age:90 tuổi]]\n"
     "| Ngày giờ | Theo dõi | Thực hiện | ĐD |\n"
     "|---|---|---|---|\n"
     "| [[date:21/05/2025 7h00]] | M 96, HA 100/60, SpO2 93% | thở oxy 3 l/ph; xoay trở 2 giờ/lần "
     "| [[name:Hà]] |\n"
     "| [[date:21/05/2025 15h00]] | sốt 38,5 °C | paracetamol 1 g truyền TM | [[name:Hà]] |"),
    # ------------------------------------------------ Thai
    ("th-osm",
     "แบบบันทึกการเยี่ยมบ้าน (อสม.)\n"
     "ชื่อผู้ป่วย: นาง[[name:บุญมี ศรีสุข]]   อายุ [[age:94 ปี]]\n"
     "ที่อยู่: บ้านเลขที่ [[address:57 หมู่ 9]] ต.[[place:โนนสะอาดใต้]] อ.[[place:ห้วยเม็กน้อย]] "
     "จ.กาฬสินธุ์ [[zip:46170]]\n"
     "เลขบัตรประชาชน: [[other_id:3 4607 00418 73 1]]   สิทธิการรักษา: บัตรทอง (UC)\n"
     "วันที่เยี่ยม: [[date:14 มี.ค. 2568]]\n"
     "ปัญหา: ติดเตียง แผลกดทับที่ก้นกบ ระดับ 2 ทำแผลวันละครั้ง\n"
     "ผู้ดูแล: หลานสาว [[name:ปริญญา]] โทร [[phone:089-418-2735]]\n"
     "อสม. ผู้เยี่ยม: [[name:ลำดวน แก้วมณี]]"),
    ("th-medcert",
     "ใบรับรองแพทย์\n"
     "เขียนที่ [[place:โรงพยาบาลน้ำพองใหม่]]\n"
     "วันที่ [[date:๓ มิถุนายน ๒๕๖๘]]\n"
     "ข้าพเจ้า นายแพทย์[[name:ธนากร วงศ์สวัสดิ์]] ใบอนุญาตประกอบวิชาชีพเวชกรรมเลขที่ "
     "[[licence:ว.41873]] ได้ตรวจร่างกาย นาย[[name:สมชาย ทองดี]] เมื่อวันที่ "
     "[[date:๒ มิถุนายน ๒๕๖๘]] แล้ว ป่วยเป็นไข้เลือดออก (Dengue hemorrhagic fever grade I) "
     "สมควรพักรักษาตัวเป็นเวลา 5 วัน"),
    ("th-nursing",
     "บันทึกการพยาบาล หอผู้ป่วยอายุรกรรมหญิง\n"
     "HN [[mrn:4187336]]   AN [[mrn:68041873]]\n"
     "ผู้ป่วยหญิงไทย อายุ [[age:๙๒ ปี]] รับใหม่จาก ER ด้วย UTI with sepsis\n"
     "[[date:5 พ.ค. 68 22:00]] ผู้ป่วยกระสับกระส่าย ดึงสาย NG ออก ใส่ใหม่ 55 cm ตรวจตำแหน่งแล้ว "
     "แจ้งแพทย์เวร ให้ haloperidol 0.5 mg IM ญาติ (ลูกชาย นาย[[name:ประยูร]]) รับทราบ"),
    ("th-refer",
     "แบบส่งต่อผู้ป่วย (Refer)\n"
     "จาก [[place:รพ.สต.บ้านโนนสว่าง]] ถึง [[place:โรงพยาบาลห้วยเม็กน้อย]]\n"
     "ชื่อ ด.ช.[[name:ภูมิ ใจงาม]] อายุ 7 ปี เลขบัตรประชาชน [[other_id:1460100418735]]\n"
     "อาการ: ถูกสุนัขกัดที่ขาขวา แผลลึก category III ล้างแผลแล้ว ส่งต่อเพื่อรับ RIG และวัคซีน\n"
     "ผู้ปกครอง: นาง[[name:สมพร ใจงาม]] โทร [[phone:08 1418 2207]]\n"
     "นำส่งโดยรถกู้ชีพ ทะเบียน [[vehicle:กฉ 4187]]"),
    # ------------------------------------------------ Khmer
    ("km-birth",
     "កំណត់ត្រាសម្រាល\n"
     "ឈ្មោះ៖ [[name:សុខ ស្រីនី]]   អាយុ៖ ២៤ ឆ្នាំ   មុខរបរ៖ កម្មការិនីរោងចក្រកាត់ដេរ\n"
     "អាសយដ្ឋាន៖ ភូមិ[[place:ត្រពាំងឫស្សី]] ឃុំ[[place:ព្រៃខ្លាថ្មី]] ស្រុក[[place:បាទីជើង]] "
     "ខេត្តតាកែវ\n"
     "ថ្ងៃសម្រាល៖ [[date:១៤ ខែមីនា ឆ្នាំ២០២៥]] ម៉ោង ០៣:២០   ទម្ងន់ទារក ៣,១ គ.ក\n"
     "ប្តី៖ [[name:ចាន់ ដារ៉ា]]   ទូរស័ព្ទ៖ [[phone:012 418 735]]\n"
     "លេខ ប.ស.ស. (NSSF)៖ [[health_plan:NSSF-0418-7352]]"),
    ("km-tb",
     "ប័ណ្ណព្យាបាលជំងឺរបេង\n"
     "ឈ្មោះ៖ លោកយាយ [[name:កែវ សារឿន]]   អាយុ៖ [[age:៩១ ឆ្នាំ]]\n"
     "អត្តសញ្ញាណប័ណ្ណ៖ [[other_id:010418735]]\n"
     "អាសយដ្ឋាន៖ ភូមិ[[place:ស្វាយទាបលើ]] ឃុំ[[place:កំពង់ចំបក់]]\n"
     "ដំណាក់កាលដំបូង៖ 2HRZE — លេបថ្នាំរៀងរាល់ថ្ងៃ នៅមណ្ឌលសុខភាព\n"
     "អ្នកគាំទ្រ៖ ចៅស្រី [[name:ស្រីពៅ]]"),
    # ------------------------------------------------ Burmese
    ("my-admission",
     "မြို့နယ်ဆေးရုံ — လူနာတက်ရောက်မှတ်တမ်း\n"
     "အမည် - ဒေါ်[[name:ခင်မြင့်]]\n"
     "အသက် - [[age:၉၂ နှစ်]]\n"
     "မှတ်ပုံတင်အမှတ် - [[other_id:၁၂/ဥကမ(နိုင်)၀၄၁၈၇၃]]\n"
     "နေရပ်လိပ်စာ - [[address:အမှတ် ၄၅၊ ဗိုလ်ချုပ်လမ်း]]၊ [[place:ညောင်ကုန်းရွာ]]၊ "
     "[[place:ကျောက်ဆည်အနောက်မြို့နယ်]]\n"
     "တက်ရောက်သည့်ရက် - [[date:၁၅-၀၃-၂၀၂၅]]\n"
     "ရောဂါ - နှလုံးအားနည်းခြင်း (CCF)\n"
     "ဆက်သွယ်ရန် - သား ကို[[name:အောင်ကျော်]] [[phone:၀၉ ၄၂၅ ၁၇၃ ၈၄၁]]"),
    ("my-midwife",
     "ကျေးလက်ကျန်းမာရေးဌာနခွဲ — သားဖွားဆရာမ မှတ်တမ်း\n"
     "မိခင် - မ[[name:သီတာဦး]] (အသက် ၂၆)   NRC [[other_id:9/MaHtaLa(N)041873]]\n"
     "ကလေးမွေးသည့်နေ့ - [[date:၂၀၂၅ ခုနှစ် ဧပြီလ ၃ ရက်]]\n"
     "ကလေးအလေးချိန် 2.6 kg; oxytocin 10 IU IM ပေးပြီး\n"
     "ခင်ပွန်း - ကို[[name:ဇော်မင်း]]"),
    ("my-case-en",
     "Case from a township hospital: a 31-year-old motorbike taxi rider was thrown from his "
     "bike ([[vehicle:9K/4187]]) on the road out of [[place:Myitnge Taung]] on "
     "[[date:22 May 2025]]. Extradural haematoma on CT; burr hole done by the general surgeon "
     "as the neurosurgeon was 6 hours away. His NRC ([[other_id:10/MaLaMa(N)418736]]) was "
     "copied for the accident claim. GCS 14 at 24 h."),
]
_LETTERS += [
    # ------------------------------------------------ clean letters
    ("clean-ph-wardlist",
     "IM WARD ROUND LIST\n"
     "Bed 3 — CAP-HR, pip-tazo day 3/7; afebrile x 24 h; for step-down to oral.\n"
     "Bed 5 — DKA resolved, shifted to SC insulin (NPH 12 u AM / 6 u PM); AG 10.\n"
     "Bed 8 — dengue with warning signs (WHO 2009), Hct 48 → 44, plt 38 → 61; D5LR at 3 mL/kg/h.\n"
     "Bed 9 — 89/F, Parkinson disease, aspiration pneumonia; SLP swallow eval; NGT feeding.\n"
     "Bed 11 — leptospirosis, Weil disease? creatinine 3.4; for HD if oliguric."),
    ("clean-id",
     "S: nyeri perut kanan bawah sejak 1 hari, mual, demam.\n"
     "O: TD 120/80 mmHg, N 88x/menit, suhu 38,1 °C; nyeri tekan titik McBurney, Rovsing sign (+); "
     "skor Alvarado 8; leukosit 14.200/µL.\n"
     "A: appendisitis akut.\n"
     "P: puasa, IVFD RL 20 tpm, ceftriaxone 1 x 2 g IV, konsul bedah. Pindah ke Ruang Anggrek "
     "lantai 2."),
    ("clean-vi",
     "Chẩn đoán: viêm phổi cộng đồng mức độ trung bình (J18.9); bệnh Parkinson; tăng huyết áp "
     "độ 2. Xét nghiệm: WBC 14,2 G/L, CRP 86 mg/L, procalcitonin 1,2 ng/mL. Điều trị: "
     "ceftriaxone 2 g/ngày x 7 ngày, levodopa/benserazid 250 mg 1/2 viên x 3 lần/ngày. Người "
     "bệnh nữ 86 tuổi, tỉnh táo, tiếp xúc tốt."),
    ("clean-th",
     "ผู้ป่วยชายอายุ 88 ปี มาด้วยไข้สูง 3 วัน ปวดเมื่อยตามตัว ความดันโลหิต 100/60 มม.ปรอท "
     "ชีพจร 104 ครั้ง/นาที ตรวจ NS1 Ag ให้ผลบวก Hct 45% เกล็ดเลือด 62,000 "
     "วินิจฉัย Dengue fever (A90) ให้ paracetamol 500 มก. ทุก 6 ชม. และ ORS ตามแนวทางเวชปฏิบัติ "
     "ปี 2566"),
    ("clean-km",
     "ប្រវត្តិ៖ ជំងឺទឹកនោមផ្អែម ប្រភេទទី ២ រយៈពេល ១០ ឆ្នាំ\n"
     "សម្ពាធឈាម ១៣០/៨០ mmHg; HbA1c 8.2%; creatinine 1.1 mg/dL\n"
     "ព្យាបាល៖ metformin 500 mg ២ ដងក្នុងមួយថ្ងៃ; glibenclamide 5 mg ព្រឹក\n"
     "ណាត់ជួបម្តងទៀត ១ ខែ"),
    ("clean-my",
     "သွေးပေါင်ချိန် 150/95 mmHg; သွေးတိုး ရောဂါ ၁၅ နှစ်\n"
     "ငှက်ဖျား RDT (P. falciparum) အပြုသဘော; artemether-lumefantrine ၃ ရက် ပေးရန်\n"
     "Hb 8.9 g/dL; paracetamol 500 mg ၆ နာရီ တစ်ကြိမ်"),
    ("clean-png",
     "Malaria RDT positive (Pf); Hb 6.8 g/dL. Artemether-lumefantrine 4 tabs BD x 3 days and "
     "primaquine single low dose 0.25 mg/kg per the National Standard Treatment Guidelines. "
     "Weight 48 kg. Doses supervised: 6/6. Bednet given. Review at day 3 and day 28."),
    ("clean-hi",
     "History of Hansen's disease treated with MDT in the 1970s; now plantar ulcer R 1st MTP "
     "head, Charcot foot on the L. HbA1c 9.1%, ABI 1.3 (non-compressible). Offloading with a "
     "total contact cast; wound care twice weekly. Patient is 89 and manages his own insulin."),
    ("clean-tt",
     "Sickle cell disease (HbSS) with vaso-occlusive crisis: morphine 0.1 mg/kg IV q4h PRN, "
     "IV fluids at 1.5 x maintenance, incentive spirometry. Hb 6.9 g/dL (baseline 7.5), "
     "retics 9%. Hydroxyurea 20 mg/kg/day continued. G6PD normal. Folic acid 5 mg OD."),
    ("clean-tl",
     "Pasyente ay 36 anyos, G3P3 (3-0-0-3), 38 weeks AOG, BP 170/110, may proteinuria +3. "
     "Binigyan ng MgSO4 4 g IV loading dose at 5 g IM bawat puwitan (Pritchard regimen), "
     "hydralazine 5 mg IV. Bantayan ang RR, DTR at urine output bawat oras."),
    ("clean-guam",
     "Family history: father had lytico-bodig (ALS-parkinsonism-dementia complex). Patient, "
     "71, has a resting tremor, bradykinesia and MMSE 24/30. Started carbidopa/levodopa 25/100 "
     "TID; DaT scan requested. Cycad flour exposure in childhood reported."),
    ("clean-table",
     "| Test | Result | Reference |\n"
     "|---|---|---|\n"
     "| Hb | 9.8 g/dL | 12-16 |\n"
     "| Platelets | 38 x10^9/L | 150-400 |\n"
     "| Creatinine | 2.1 mg/dL | 0.6-1.2 |\n"
     "| eGFR (CKD-EPI 2021) | 31 | > 60 |\n"
     "ICD-10 A91, N17.9; GOLD 2024 group E not applicable; KDIGO 2012 stage 2."),
    # ------------------------------------------------ sections of a case write-up
    ("ref-discussion",
     "Neurodegenerative disease on Guam has been linked to cycad toxins "
     "(https://doi.org/10.1212/WNL.58.6.956) and its incidence has fallen over decades "
     "(https://pubmed.ncbi.nlm.nih.gov/15811234/); the WHO dengue guidance is at "
     "https://www.who.int/publications/i/item/9789241547871.",
     "discussion"),
    ("pi-blog",
     "The patient's daughter kept a public journal of her father's illness at "
     "[[url:https://www.kwentonilolo.example.com/journal]] and linked it from the family page "
     "[[url:https://www.facebook.example.com/tulong.kay.lolo.ando]].",
     "patient_information"),
]

F49_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH49: tuple[Note, ...] = build(F49_PART, per_category=26, clean=120, references=8) + F49_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH49 for e in n.expected)
    print(len(FRESH49), "notes,", sum(1 for n in FRESH49 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

"""FRESH44: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a fortieth author during the twenty-first round; it is measured once, and its
result is recorded with that measurement. Its author read only tests/phi/generated.py (the
framework: Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring),
tests/phi/corpus.py (the Note type, the span conventions, parse, evaluate), the
de-identification section (5) of the project's domain notes (45 CFR 164.514(b)(2) Safe
Harbor), the module docstrings only of tests/phi/fresh30_notes.py to fresh42_notes.py (read
with ast.get_docstring), the wiring lines of fresh16_notes.py (its Part call, _letter, letters
tuple, build and __main__ lines, printed with grep -n and sed) and pyproject.toml's line
length; not the scanner, its patterns, name lists, model or data, its benchmark (bench/), its
tests, the body of any other fresh part (others were being written at the same time and were
not opened), nor their git history; the scanner was not run or imported while writing it, nor
on its notes. Its vocabulary, value shapes, keywords, connectors, frames, note styles and
hand-written letters are this author's own, as a global case-discussion board sees them: about
half English-language settings (rural Wales with the NHS Wales number, hospital numbers, a farm
holding (CPH) number and Welsh place and house names in English notes; Northern Ireland's west
with the H&C number, UK NI number and NI plates; Shetland and Orkney with the CHI number, house
names, fishing boats' port letters; Alaska Native villages of the Yukon-Kuskokwim Delta and the
North Slope with a US SSN, IHS and ANTHC chart numbers, Medicaid and Denali KidCare, Yup'ik and
Iñupiaq names beside English ones, village corporation shareholder numbers, CFEC permits,
skiff and aircraft registrations; the Eastern Cape and KwaZulu-Natal in English with the South
African ID number, hospital folder numbers, medical aid numbers, stands and plates ending EC;
Namibia with the Namibian ID, PSEMAS, erven and Herero, Oshiwambo and Nama names) and half
non-English settings in their languages and scripts: Afrikaans (Western and Northern Cape:
ID-nommer, mediese fonds, "92-jarige", "95 jaar oud", "14 Maart 2024"), isiZulu and isiXhosa
(inombolo kamazisi, inombolo yefolda, "uneminyaka engu-91"), Amharic (Ge'ez script, Ethiopian
calendar dates "መጋቢት 5 ቀን 2016 ዓ.ም" and "12/07/2016 ዓ.ም", the Kebele ID, the CBHI member
number, card numbers, "93 ዓመት"), Tigrinya (Eritrea's highlands, Ge'ez script, Tigrinya
months, the identity card number, "92 ዓመት"), Somali (Latin script, lambarka aqoonsiga,
"91 sano", "14 Maarso 2024") and Welsh (Cymraeg: Rhif GIG, rhif ysbyty, "93 oed", "dydd Llun
9 Mawrth 1931", mutated place names). Each setting has its own hospitals, clinics and wards,
eponymous diseases as those languages write them (clefyd Parkinson, Parkinson se siekte,
isifo sikaParkinson, የፓርኪንሰን በሽታ, ሕማም ፓርኪንሰን, cudurka Parkinson), headings in capitals
(LLYTHYR RHYDDHAU, ONTSLAGOPSOMMING, VERWYSINGSBRIEF, INCWADI YOKUDLULISELA, የመውጫ ማጠቃለያ,
WARBIXINTA BUKAANKA, COMMUNITY HEALTH AIDE ENCOUNTER); small towns and villages appear in
running prose, people are named in prose without labels, and dates, phones and plates are
written as each country writes them ("03/11/1931", "4/17/1933", "2024-03-14", "Friday 8th
March 2024", "dydd Iau 18 Ionawr 2024 10:15", "Dinsdag 5 Maart 2024", "14 መጋቢት 2024";
"01970 412339", "028 8224 1739", "(907) 543-4127", "072 412 3390", "+264 81 412 3390", "0911
41 23 39", "+291 7 412339", "+252 61 541 2339"; "CP19 WXN", "LXZ 4127", "LK 412", "N4127Q",
"AK 9317 BD", "HKT 412 EC", "NUZ 41273", "BHK 412 NC", "CFM 41273", "N 4127 W", "3-41273
አማ"). Document types: case-report narratives as posted to a discussion board, discharge
summaries and letters, referral letters, community health aide encounters, telemedicine and
medevac notes, district-nursing and home visits, a farm accident, a fishing injury, a police
request, a WhatsApp thread, a fax cover, clean notes and a discussion paragraph with literature
references.

Conventions (tests/phi/corpus.py's and the fresh parts' docstrings'): a name without its title
or honorific (Dr, Mr, Mrs, Mev., mnr., oom, tannie, Suster, Sr, Gogo, Gqirha, ወ/ሮ, አቶ, ዶ/ር,
ኣቶ, ወይዘሮ stay out); a full name is one span, a Yup'ik and an English name of one person are
two spans; the lowercase isiZulu and isiXhosa prefix glued before a name or a place (u-, no-,
e-, and the Amharic ከ "from") stays out like a preposition ("u[[name:Sibusiso]]",
"e[[place:Ngqungqe]]"); a Welsh place name after a mutation is marked as written ("ym
[[place:Mhentre Tegid]]"); staff names and a chat's speakers are names; an identifier without
its keyword; an age over 89 with its attached unit in any language ("92-year-old", "93 oed",
"92-jarige", "95 jaar oud", "93 ዓመት", "91 sano", "97 yo") or the number alone where no unit is
attached ("aged 95", "engu-91"); ages under 90 are not marked (the clean notes carry 84-89 in
several languages); a date without its preposition ("on", "op", "ar", "ngomhla"), with a
weekday right before it and a time right after it (a chat's "[14/03/2024 08:12]" is one span
inside the brackets); an Ethiopian-calendar date with its "ቀን" and "ዓ.ም" is one span (a label
"ቀን፦" before it stays out); a year alone is not a date. The street line (a house name, a
"Stand", "Erf", P.O. Box, kebele and house number) is one span; each locality (town, village,
township, farm, croft) and the postcode are separate spans; a named hospital, clinic, health
centre, surgery or care home is a place (the whole name); countries, provinces, regions,
boroughs, counties, zobas and census areas (Ceredigion, Gwynedd, Co. Tyrone, Fermanagh,
Shetland, Orkney, Yukon-Kuskokwim Delta, North Slope Borough, AK, Eastern Cape, KwaZulu-Natal,
Northern Cape, Namakwaland, Erongo, Kunene, Amhara, Tigray, Zoba Debub, Gobolka Bay) are never
marked, nor wards or departments. Categories: `ssn` is a US Social Security number only (the
Alaska notes); other national numbers (South African and Namibian IDs, UK NI number, Kebele ID,
Eritrean identity card, Somali national ID, a village corporation shareholder number, a farm
CPH number, a police case number) are `other_id`; insurance numbers (NHS Wales number, H&C
number, CHI, Medicaid, Denali KidCare, medical aid, PSEMAS, CBHI) are `health_plan`; hospital,
folder, card and IHS/ANTHC chart numbers are `mrn`; passports, driving licences, professional
registrations and CFEC fishing permits are `licence`; bank accounts, IBANs and invoices are
`account`; plates, boat and aircraft registrations and VINs are `vehicle`; pacemaker, pump,
CPAP, concentrator and hearing-aid serials and IMEIs are `device`.

Built as build(F44_PART, per_category=26, clean=120, references=8) + F44_LETTERS. Checked
without the scanner: every span's text is the note's text at its offsets and has no
surrounding blanks, no marks or slots are left in the text, note ids are unique, every category
is in generated.CATEGORY_ORDER, every marked age is over 89, no spans overlap, builds under
PYTHONHASHSEED=1 and 4242 are identical, and ruff passes. Deterministic: its own seed
(19_044), values drawn from the builder's fixed-seed Random, no hash-order dependence.
Counts: 50 hand-written notes (38 with identifiers, one of them a web address in a
patient_information section, 11 clean, 1 reference paragraph in a discussion); 688 notes, 140
of them (20%) without any identifier (120 generated clean notes, 8 reference notes in an
introduction or discussion, 11 clean letters, 1 reference letter), 836 spans - name 100,
address 38, place 95, zip 38, date 64, age 50, phone 46, fax 30, email 32, ssn 29, mrn 38,
health_plan 40, account 29, licence 29, vehicle 40, device 29, url 43, ip 27, other_id 39
(`python -m tests.phi.fresh44_notes` prints them).

    from tests.phi.fresh44_notes import FRESH44, F44_PART, F44_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
Not wired into any test or bench: measure it once.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _l(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXY") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
_CY = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
       "Hydref", "Tachwedd", "Rhagfyr"]
_CY_DAYS = ["dydd Llun", "dydd Mawrth", "dydd Mercher", "dydd Iau", "dydd Gwener",
            "dydd Sadwrn", "dydd Sul"]
_AF = ["Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus",
       "September", "Oktober", "November", "Desember"]
_AF_DAYS = ["Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrydag", "Saterdag", "Sondag"]
_SO = ["Janaayo", "Febraayo", "Maarso", "Abriil", "Maajo", "Juun", "Luulyo", "Ogost",
       "Sebtembar", "Oktoobar", "Nofembar", "Desembar"]
# Ethiopian calendar months (Amharic) and the Gregorian months as Tigrinya writes them.
_ETH = ["መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ",
        "ነሐሴ"]
_TI = ["ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰነ", "ሓምለ", "ነሓሰ", "መስከረም", "ጥቅምቲ", "ሕዳር",
       "ታሕሳስ"]
_EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _f44_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1926, 2025)
    ey = y - 8
    hh, mm = r.randint(0, 23), r.choice((0, 5, 10, 20, 35, 45, 50))
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
    return r.choice([
        f"{d:02d}/{m:02d}/{y}", f"{d} {_EN[m - 1]} {y}", f"{d} {_CY[m - 1]} {y}",
        f"{r.choice(_CY_DAYS)} {d} {_CY[m - 1]} {y}", f"{d} {_AF[m - 1]} {y}",
        f"{r.choice(_AF_DAYS)} {d} {_AF[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}",
        f"{y}/{m:02d}/{d:02d}", f"{m}/{d}/{y}", f"{_EN[m - 1]} {d}, {y}", f"{d} {_SO[m - 1]} {y}",
        f"{_ETH[m - 1]} {d} ቀን {ey} ዓ.ም", f"{d:02d}/{m:02d}/{ey} ዓ.ም", f"{d} {_TI[m - 1]} {y}",
        f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}", f"{d:02d}-{_EN[m - 1][:3]}-{y}",
        f"{r.choice(_EN_DAYS)} {d}{suffix} {_EN[m - 1]} {y}", f"{d}.{m}.{y}",
        f"{m}/{d}/{y % 100:02d}"])


def _f44_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 104)
    sex = r.choice("MF")
    return r.choice([
        ("a {age} Yup'ik elder flown in from the village", f"{n}-year-old"),
        ("aged {age}, she still picks berries on the tundra", f"{n}"),
        ("mae hi'n {age} ac yn byw ar ei phen ei hun", f"{n} oed"),
        ("'n {age} oupa van die plaas", f"{n}-jarige"), ("hy is {age} en blind", f"{n} jaar oud"),
        ("ዕድሜ፦ {age}", f"{n} ዓመት"), ("ዕድሚኣ {age} እዩ", f"{n} ዓመት"),
        ("da'da bukaanka waa {age}", f"{n} sano"), ("uneminyaka engu-{age}", f"{n}"),
        ("unyana uthi uneminyaka engama-{age}", f"{n}"),
        ("{age}/" + sex + ", crofter, lives alone", f"{n}"),
        ("{age} " + sex + " from the village, CHA referral", f"{n} yo"),
        ("gogo, {age}, lives with her grandchildren", f"{n}"),
        ("Oed: {age}", f"{n}"), ("the patient is {age}", f"{n} years of age"),
        ("a retired lighthouse keeper of {age}", f"{n} years"),
        ("{age} y/o " + sex + ", Medicaid, IHS eligible", f"{n}")])


def _f44_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"01{r.choice(['970', '974', '239', '678', '766', '595', '856', '806'])} {_d(r, 6)}",
        f"07{_d(r, 3)} {_d(r, 6)}", f"028 {r.randint(66, 89)}{_d(r, 2)} {_d(r, 4)}",
        f"({r.choice(['907', '907', '808'])}) {r.randint(442, 899)}-{_d(r, 4)}",
        f"907-{r.randint(442, 899)}-{_d(r, 4)}",
        f"0{r.choice(['72', '82', '83', '76', '60', '39', '47', '27'])} {_d(r, 3)} {_d(r, 4)}",
        f"+27 {r.randint(31, 83)} {_d(r, 3)} {_d(r, 4)}",
        f"+264 {r.choice(['81', '85', '61', '65'])} {_d(r, 3)} {_d(r, 4)}",
        f"0{r.choice(['81', '85'])}{_d(r, 7)}", f"+251 9{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"09{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"+291 {r.randint(1, 7)} {_d(r, 6)}",
        f"+252 {r.choice(['61', '63', '90'])} {_d(r, 3)} {_d(r, 4)}", f"06{r.randint(1, 9)}{_d(r, 7)}"])


def _sa_id(r: random.Random) -> str:
    body = f"{r.randint(20, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_d(r, 4)}{r.choice('01')}8{_d(r, 1)}"
    return r.choice([body, f"{body[:6]} {body[6:10]} {body[10:]}"])


F44_VALUES = {
    "mrn": lambda r, h: r.choice([f"H{_d(r, 7)}", f"M{_d(r, 6)}", _d(r, 6), f"AN-{_d(r, 7)}",
                                  f"{_l(r, 3)} {_d(r, 7)}", f"{_d(r, 4)}/{r.randint(10, 17)}",
                                  f"WHK/{_d(r, 6)}", f"{_d(r, 2)}-{_d(r, 5)}",
                                  f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 2)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 4)}", f"3{_d(r, 2)} {_d(r, 3)} {_d(r, 4)}",
        f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{_d(r, 2)}{_d(r, 4)}",
        f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{_d(r, 2)} {_d(r, 4)}",
        f"{_l(r, 2)}{_d(r, 7)}", _d(r, 9), _d(r, 8), _d(r, 10), f"CBHI/{_d(r, 2)}/{_d(r, 5)}",
        f"DK{_d(r, 7)}"]),
    "account": lambda r, h: r.choice([
        f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)} {_d(r, 8)}", _d(r, 10), f"1000{_d(r, 9)}",
        f"GB{_d(r, 2)} {_l(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}", f"INV-{_d(r, 6)}",
        f"{_d(r, 4)} {_d(r, 4)} {_d(r, 2)}", f"{_d(r, 2)}{_l(r, 1)}{_d(r, 7)}"]),
    "licence": lambda r, h: r.choice([
        f"{_l(r, 5)}{_d(r, 6)}{_l(r, 2)}{_d(r, 1)}{_l(r, 2)}", f"{_d(r, 10)}{_l(r, 2)}",
        f"A{_d(r, 8)}", f"EP{_d(r, 7)}", f"P{_d(r, 7)}", _d(r, 7), f"MP {_d(r, 7)}",
        f"S03T {_d(r, 5)}{_l(r, 1)}", f"K04T {_d(r, 5)}{_l(r, 1)}"]),
    "vehicle": lambda r, h: r.choice([
        f"C{_l(r, 1)}{_d(r, 2)} {_l(r, 3)}", f"{_l(r, 2)}Z {_d(r, 4)}", f"{_l(r, 3)} {_d(r, 3)}",
        f"AK {_d(r, 4)} {_l(r, 2)}", f"N{_d(r, 4)}{_l(r, 1)}", f"N{_l(r, 2)} {_d(r, 5)}",
        f"{_l(r, 3)} {_d(r, 3)} EC", f"{_l(r, 3)} {_d(r, 3)} NC", f"C{_l(r, 2)} {_d(r, 5)}",
        f"CA {_d(r, 3)}-{_d(r, 3)}", f"N {_d(r, 4)} W", f"3-{_d(r, 5)} AA", f"LK {_d(r, 3)}",
        f"SK{_d(r, 2)} {_l(r, 3)}"]),
    "vin": lambda r, h: f"{_d(r, 1)}{_l(r, 4)}{_d(r, 2)}{_l(r, 1)}{_d(r, 2)}{_l(r, 1)}{_d(r, 6)}",
    "device": lambda r, h: r.choice([f"{_l(r, 3)}{_d(r, 6)}{_l(r, 1)}", _d(r, 15), f"SN {_d(r, 8)}",
                                     f"{_l(r, 2)}-{_d(r, 7)}", f"HA{_d(r, 3)}-{_d(r, 4)}",
                                     f"{_d(r, 2)}{_l(r, 2)}{_d(r, 6)}"]),
    "other_id": lambda r, h: r.choice([
        _sa_id(r), f"{r.randint(20, 99)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_d(r, 5)}",
        f"{_l(r, 2, 'ABCEGHJKLMNPRSTWXYZ')} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {r.choice('ABCD')}",
        f"AA/{_d(r, 2)}/{_d(r, 5)}", f"{_d(r, 1)}-{_d(r, 6)}", f"SO-{_d(r, 8)}",
        f"{_d(r, 5)}-{_d(r, 1)}", f"{_d(r, 2)}/{_d(r, 3)}/{_d(r, 4)}",
        f"CAS {_d(r, 3)}/{r.randint(1, 12):02d}/{r.randint(2019, 2025)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(501, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(501, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}",
        f"{r.randint(501, 665)}{r.randint(10, 99)}{r.randint(1000, 9999)}"]),
    "phone": _f44_phone,
    "fax": _f44_phone,
    "email": lambda r, h: r.choice(["{g}.{s}@example.org.uk", "{s}.{g}@example.co.za",
                                    "{g}_{s}{n}@example.com.na", "{g}{s}@example.et",
                                    "{s}{n}@example.net", "{g}.{s}@example.com"]),
    "url": lambda r, h: r.choice(["https://www.example.org/{g}-{s}-appeal", "example.co.za/{g}{s}",
                                  "https://{s}{n}.example.blog/", "http://www.example.net/cofio/{g}-{s}",
                                  "https://fundraise.example.com/{g}-{n}"]),
    "ip": lambda r, h: r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 255):x}"]),
    "zip": lambda r, h: r.choice([
        f"{r.choice(['SA', 'LL', 'SY', 'LD'])}{r.randint(14, 48)} {r.randint(1, 9)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"BT{r.randint(45, 94)} {r.randint(1, 9)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"ZE{r.randint(1, 3)} {r.randint(1, 9)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"KW{r.randint(15, 17)} {r.randint(1, 9)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"99{r.randint(500, 799)}", f"{r.randint(3, 8)}{_d(r, 3)}"]),
    "date": _f44_date,
}

F44_VOCABULARY = Vocabulary(
    given=["Eluned", "Rhodri", "Meinir", "Iolo", "Orla", "Ciarán", "Magnus", "Ingirid",
           "Ayaprun", "Nanugaq", "Aaluk", "Qinugan", "Nomvula", "Sibusiso", "Lwazi", "Thandeka",
           "Marietjie", "Riaan", "Ndapewa", "Uaundja", "Xaliimo", "Cabdiraxmaan", "Tigist",
           "Tesfalem"],
    surnames=["Prydderch", "Gruffydd", "Llewelyn", "McCloskey", "Devlin", "Tulloch", "Isbister",
              "Rendall", "Chikigak", "Ahkivgak", "Nayukpuk", "Mthembu", "Ngcobo", "Dyantyi",
              "Mgqibelo", "van der Westhuizen", "Swartbooi", "Shikongo", "Kazombiaze",
              "Warsame", "Xirsi", "Gebremedhin"],
    cities=["Llanddewi Felin", "Pentre Tegid", "Aberhelyg", "Bryn Celynog", "Drumcarrick",
            "Ballymarnock", "Houlsetter", "Skellibister", "Qavinaq", "Ikkatuq", "Tununerpak",
            "Mpolweni Drift", "Ngqungqe", "Qolweni", "Kareebosch", "Gamsbergdrif", "Okandjira",
            "Ekongo", "Ceel Dhabar", "Buulo Xaaji"],
    streets=["Chapel", "Harbour", "Shore", "Mission", "Protea", "Church", "Quarry", "Jacaranda"],
    relations=["granddaughter", "grandson", "niece", "daughter", "son", "sister-in-law",
               "neighbour", "cousin", "home carer"],
    clean=[
        "CURB-65 3; amoxicillin 1 g TDS and clarithromycin 500 mg BD.",
        "Clefyd Parkinson ers 2015; levodopa 100 mg pedair gwaith y dydd.",
        "Ward Dyfi, gwely 6; adolygu ar rownd y bore.",
        "Mae'r claf yn 87 oed ac yn siarad Cymraeg gartref.",
        "Parkinson se siekte en Addison se siekte is oorweeg.",
        "'n 88-jarige pasiënt; bloeddruk 148/86 mmHg, pols 92.",
        "Saal B3, bed 12; hersien op die oggendrondte.",
        "Unesifo sikashukela; HbA1c 9.1%, metformin 850 mg kabili ngosuku.",
        "Ukhwehlela amasonto amabili; i-GeneXpert ibonise i-MTB, i-rifampicin isasebenza.",
        "Isifo sephepha: iRHZE iithebhulethi ezine ngosuku iinyanga ezimbini.",
        "የደም ግፊት 150/95 mmHg፣ የልብ ምት 104 በደቂቃ።",
        "የፓርኪንሰን በሽታ እና የስኳር በሽታ አለባቸው፤ ዕድሜ 86 ዓመት።",
        "ሕማም ፓርኪንሰን ኣለዎ፤ ዕድሚኡ 84 ዓመት እዩ።",
        "Cudurka Parkinson iyo sonkorowga; da'da 85 sano.",
        "Qandho 38.9 C, wadne garaac 118; qaybta carruurta, sariirta 4.",
        "Hb 8.9 g/dL, MCV 68 fL; ferritin 7 ug/L.",
        "SpO2 86% on air at the village clinic; 2 L/min by concentrator.",
        "Medevac weather hold 18 h; ceftriaxone 2 g IM given by the health aide.",
        "Yukon-Kuskokwim Delta: third case of echinococcosis this year.",
        "North Slope Borough screening found latent TB in 14 of 120 contacts.",
        "Whooping cough outbreak across Shetland and Orkney; azithromycin for contacts.",
        "Co. Tyrone and Fermanagh referrals go to the regional renal unit.",
        "Eastern Cape and KwaZulu-Natal carry most of the district's MDR-TB.",
        "Erongo Region outreach: HIV viral load < 50 copies/mL on TLD.",
        "Kawasaki disease and Still disease were excluded; ESR 112 mm/h.",
        "Addison disease excluded: 09:00 cortisol 412 nmol/L.",
        "Wells score 4; D-dimer 1,840 ng/mL; CTPA negative.",
        "eGFR 34 mL/min/1.73m2, K 5.9 mmol/L, Na 128 mmol/L.",
        "ECG: AF 128/min, QTc 468 ms; bisoprolol 2.5 mg daily.",
        "Ward 4, bay 2; physiotherapy twice daily; MUST score 2.",
        "Snakebite (puff adder): 10 vials SAIMR polyvalent antivenom.",
        "Paraffin ingestion in a 2-year-old; CXR clear at 6 h.",
        "Frostbite grade 2 of four toes; rewarmed at 40 C for 30 minutes.",
        "NEWS2 7; lactate 3.4; fluids 30 mL/kg.",
        "Ages in the cohort ranged from 18 to 89; median 62.",
        "Tuberculosis treatment outcome: cured; 6 months RHZE/RH.",
    ],
    seed=19_044,
)

F44_CONNECTORS = [": ", " ", " - ", ":\n", " = ", "\u2003", " .... ", ": #", "፦ ", " nr. "]
F44_FRAMES = ["{kv}", "{kv}.", "* {kv}", "{kw}\n{v}", "| {kw} | {v} |", "{kv} (wedi'i wirio)",
              "{kv} (nagegaan)", "{kv} (la hubiyey)", "{kv} (ተረጋግጧል)", "Front sheet - {kv}",
              "{kv}; folder kept in casualty", "CHA note: {kv}"]
F44_KEYWORDS = {
    "mrn": ["Hospital no.", "Rhif ysbyty", "IHS chart #", "ANTHC MRN", "Hospitaalnommer",
            "Folder no.", "የካርድ ቁጥር", "Lambarka isbitaalka", "Unit no.", "Inombolo yefolda"],
    "health_plan": ["NHS no.", "Rhif GIG", "H&C no.", "CHI", "Medical aid no.",
                    "Mediese fonds nr.", "Medicaid ID", "PSEMAS no.", "CBHI ቁጥር",
                    "Denali KidCare ID"],
    "account": ["Account no.", "Rekeningnommer", "Rhif cyfrif", "Bank acc.", "የሂሳብ ቁጥር",
                "Invoice no.", "Akoonka bangiga"],
    "licence": ["Driving licence", "Trwydded yrru", "Rybewys nr.", "Passport", "Paspoort",
                "HPCSA reg.", "GMC no.", "የመንጃ ፈቃድ ቁጥር", "Baasaboor", "CFEC permit"],
    "vehicle": ["Reg.", "Rhif cofrestru", "Registrasie", "Plate", "Nommerplaat", "የሰሌዳ ቁጥር",
                "Lambarka gaariga", "Skiff reg.", "Tail no."],
    "device": ["Serial no.", "Rhif cyfresol", "Reeksnommer", "S/N", "IMEI", "Pacemaker s/n",
               "ተከታታይ ቁጥር"],
    "other_id": ["SA ID", "ID no.", "ID-nommer", "Namibian ID", "NI number",
                 "Rhif Yswiriant Gwladol", "የቀበሌ መታወቂያ ቁጥር", "Kebele ID",
                 "Lambarka aqoonsiga", "Shareholder no.", "Inombolo kamazisi", "መንነት ቁጽሪ"],
    "ssn": ["SSN", "Social Security #", "SS no."],
    "phone": ["Tel.", "Ffôn", "Selfoon", "Cell", "ስልክ", "Taleefan", "Mob.", "Ucingo", "ስልኪ"],
    "fax": ["Fax", "Ffacs", "Faks", "ፋክስ", "Fakis"],
}
F44_SENTENCES = {
    "licence": ["Driving licence {v} surrendered to the DVLA after the seizure.",
                "Sy rybewys {v} het verval.", "Pasbort {v} wedi'i gopïo ar gyfer y daith.",
                "Baasaboorka {v} waa la hubiyey.", "Registered with the HPCSA, {v}.",
                "His CFEC permit {v} was in his float coat.", "የመንጃ ፈቃድ {v} ተመዝግቧል።",
                "The passport, {v}, was photocopied for the transfer."],
    "vehicle": ["His Land Rover {v} was found at the lay-by.", "Die bakkie {v} het omgeslaan.",
                "The skiff {v} capsized near fish camp.", "A minibus taxi {v} rolled on the gravel road.",
                "The mail plane {v} brought her in.", "የሰሌዳ ቁጥር {v} ያለው ባጃጅ ገጭቶታል።",
                "Gaariga {v} ayaa ku dhacay.", "Police noted the car {v} at the cattle grid.",
                "VIN {vin} on the tractor's plate."],
    "mrn": ["Folder no. {v} in casualty.", "Rhif ysbyty {v}.", "IHS chart {v} pulled at the clinic.",
            "Hospitaalnommer {v}.", "የካርድ ቁጥር {v}", "Inombolo yefolda {v}.",
            "Old notes are under hospital number {v}."],
    "health_plan": ["NHS Wales number {v} confirmed.", "Rhif GIG {v}.", "H&C number {v}.",
                    "CHI {v} on the referral.", "Mediese fonds nr. {v}",
                    "Medical aid no. {v}, main member her son.", "Medicaid ID {v}.",
                    "PSEMAS membership {v}.", "የጤና መድን ቁጥር {v}"],
    "account": ["Refund to account {v}.", "Rekeningnommer {v}.", "Rhif cyfrif {v} (debyd uniongyrchol).",
                "Invoice {v} was paid in cash.", "Akoonka bangiga: {v}", "የሂሳብ ቁጥር {v}"],
    "device": ["Pacemaker serial {v} checked at the outreach clinic.", "Rhif cyfresol y pwmp: {v}",
               "CPAP reeksnommer {v}.", "Oxygen concentrator {v} came up on the barge.",
               "IMEI {v} for the glucose app.", "The hearing aid {v} was lost on the ferry."],
    "other_id": ["SA ID {v}.", "ID-nommer {v}.", "Namibian ID {v} on the form.", "Kebele ID {v}.",
                 "Lambarka aqoonsiga {v}.", "Shareholder number {v} (village corporation).",
                 "CPH holding {v}.", "Rhif Yswiriant Gwladol {v}.", "Inombolo kamazisi {v}.",
                 "Police case {v} opened at the station."],
    "ssn": ["SSN {v} (per patient).", "Social Security # {v} for Medicare enrolment.",
            "{v} was the SSN on the IHS registration.", "Her SSN, {v}, is on the PFD form."],
    "phone": ["Ffoniwch ei merch ar {v}.", "Bel haar seun by {v}.",
              "Grandson's cell {v} (VHF as backup).", "Taleefanka walaalkeed: {v}",
              "ስልክ ቁጥር፦ {v}", "Shayela indodana yakhe ku-{v}.",
              "Call the family on {v} after the evening flight."],
    "fax": ["Faxed to the village clinic on {v}.", "Ffacs: {v}", "Faks die verslag na {v}.",
            "ፋክስ፦ {v}", "Results by fax {v}."],
    "email": ["E-bost: {v}", "Her daughter e-mails from {v}.", "E-pos {v}", "ኢሜይል፦ {v}",
              "Send the letter to {v}.", "Iimeyile: {v}"],
    "url": ["Family appeal page: {v}", "Mae'r teulu'n codi arian ar {v}.",
            "Sy deel foto's op {v}.", "His fundraiser at {v} names the village."],
    "ip": ["Telemedicine cart at {v} dropped the call.", "VSAT link {v} lost at 14:00.",
           "Mewngofnodi o {v}.", "Portal access from {v}."],
    "zip": ["Postcode {v}.", "Cod post: {v}", "Poskode {v}", "Postal code {v}",
            "Mailing: [[place:Qavinaq]], AK [[zip:99557]]", "ZIP {v}, per the clinic card."],
    "date": ["Admitted {v}.", "DOB: {v}", "Dyddiad geni: {v}", "Derbyniwyd {v}.", "Opgeneem {v}.",
             "Gebore {v}", "Taariikhda dhalashada: {v}", "La dhigay {v}.", "Usuku lokuzalwa: {v}",
             "የትውልድ ቀን፦ {v}", "ዕለት ምእታው፦ {v}", "Seen by the health aide {v} 14:20.",
             "Medevac {v}.", "| Discharge | {v} |", "Died {v} at home.",
             "Ganwyd [[date:12 Tachwedd 1930]].", "የገባበት ቀን፦ [[date:ጥቅምት 3 ቀን 2016 ዓ.ም]]"],
    "address": ["Lives at [[address:{n} {street} Road]] with her {rel}.",
                "Cyfeiriad: [[address:{n} Heol y Felin]]", "Adres: [[address:Kerkstraat {n}]]",
                "[[address:P.O. Box {n}]], [[place:Ikkatuq]], AK [[zip:99721]]",
                "Wuxuu deggan yahay [[address:Waddada Xoriyada, guriga {n}]].",
                "አድራሻ፦ [[address:ቀበሌ {n2}፣ የቤት ቁጥር {n}]]",
                "Idilesi: [[address:{n} Mpuma Street]], [[place:Qolweni]]",
                "Home: [[address:Stand {n}]], [[place:Mpolweni Drift]]",
                "[[address:Erf {n}]], [[place:Kareebosch]]",
                "Found at the foot of the stairs at [[address:{n} {street} Lane]]."],
    "place": ["Flown in from {city} on the scheduled flight.", "She farms sheep above {city}.",
              "Mae hi'n byw yn {city} ers blynyddoedd.", "Sy woon op 'n plaas naby {city}.",
              "Wuxuu ka yimid tuulada {city}.", "Referred from the clinic in {city}.",
              "Transferred by road from [[place:Nqabeni District Hospital]].",
              "ከ[[place:ደብረ ገነት]] ከተማ የመጣ ታካሚ።", "ካብ [[place:ዓዲ ጸሊም]] ዝመጸ ሕሙም።",
              "Her croft at {city} has no road access in winter."],
    "name": ["{full} was flown out from the village on the evening plane.",
             "Mrs {surname} prefers to be seen in Welsh.", "Her {rel} {given} translated from Yup'ik.",
             "Mae {full} yn gwella'n dda.", "Mev. {surname} se bloeddruk is goed beheer.",
             "{full} waxaa keenay walaalkii.", "Sikhulume no{given} ngocingo.",
             "Uthethe no{full} malunga neziphumo.", "አቶ [[name:ከበደ ወልደሚካኤል]] ዛሬ ለክትትል መጥተዋል።",
             "ኣቶ [[name:ተኽለ ገብረመድህን]] ሎሚ ንምርመራ መጺኦም።", "{given}'s grandson drove the skiff to the clinic.",
             "Discussed with {full} and her {rel}.", "{given} se dogter het haar gebring."],
}
F44_AFTER = ["{v} ({kw})", "{v} - {kw}", "{v} is the {kw} on the card", "{v} yw'r {kw}",
             "{v} is die {kw}"]
F44_REFERENCES = [
    "Similar clusters were described in Alaska (https://doi.org/10.3402/ijch.v{n2}i0.{n}).",
    "Gweler yr adolygiad https://pubmed.ncbi.nlm.nih.gov/{n}{n}/ am y dystiolaeth.",
    "South African guidance (https://doi.org/10.4102/sajhivmed.v{n2}i1.{n}) was followed.",
    "Sien ook https://www.ncbi.nlm.nih.gov/pmc/articles/PMC{n}{n}/ vir die reeks.",
]
F44_STYLES = [
    "DISCHARGE LETTER - Medical ward\n{body}\nFollow-up: GP in 2 weeks; bloods at the surgery.",
    "LLYTHYR RHYDDHAU\n{body}\nCynllun: adolygu yn y clinig mewn 6 wythnos.",
    "ONTSLAGOPSOMMING\n{body}\nPlan: opvolg by die kliniek oor 2 weke.",
    "COMMUNITY HEALTH AIDE ENCOUNTER\n{body}\nPlan per telemedicine: observe, recheck in 12 h.",
    "INCWADI YOKUDLULISELA\n{body}\nSicela nihlole isiguli. Ngiyabonga.",
    "የመውጫ ማጠቃለያ\n{body}\nክትትል፦ ከ2 ሳምንት በኋላ።",
    "WARBIXINTA BUKAANKA\n{body}\nQorshe: dib u eeg 7 maalmood kadib.",
    "ISLAND GP - telephone note\n{body}\nAdvised: ferry to the mainland if worse.",
    "{body}",
]

F44_PART = Part("fresh44", F44_VOCABULARY, F44_CONNECTORS, F44_FRAMES, F44_KEYWORDS,
                F44_SENTENCES, F44_AFTER, F44_REFERENCES, True, values=F44_VALUES,
                age=_f44_age, styles=F44_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh44-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("wales-discharge",
     "DISCHARGE LETTER - [[place:Ysbyty Bro Hyddgen]], Ward Dyfi\n"
     "Patient: [[name:Gwenllian Prydderch]]   DOB: [[date:03/11/1931]]\n"
     "NHS Wales no: [[health_plan:648 207 3315]]   Hosp no: [[mrn:H0417726]]\n"
     "Address: [[address:Tŷ Capel, 2 Heol yr Eglwys]], [[place:Llanddewi Felin]], Ceredigion "
     "[[zip:SY23 5QT]]\n\nDear Dr [[name:Bevan]],\nMrs [[name:Prydderch]], a [[age:92-year-old]] "
     "retired hill farmer's wife, was admitted on [[date:14 February 2024]] with a right lower "
     "lobe pneumonia (CURB-65 3). She speaks Welsh at home; her son [[name:Iolo]] interpreted on "
     "the first night. She improved on amoxicillin and went home on [[date:22/02/2024]] with the "
     "district nurses visiting daily. [[name:Iolo]] can be reached on [[phone:01970 412339]]."),
    ("cy-referral",
     "LLYTHYR ATGYFEIRIO\nAt: Clinig Anadlol, [[place:Ysbyty Cwm Tawel]]\n"
     "Enw: [[name:Emrys ap Dafydd]]\nDyddiad geni: [[date:dydd Llun 9 Mawrth 1931]]\n"
     "Rhif GIG: [[health_plan:712 448 0936]]\n"
     "Cyfeiriad: [[address:Bryn Awel, 7 Ffordd yr Orsaf]], [[place:Pentre Tegid]], Gwynedd "
     "[[zip:LL23 7RN]]\n\nAnnwyl Dr [[name:Gruffydd]],\nDiolch am weld Mr [[name:ap Dafydd]], "
     "sy'n [[age:93 oed]] ac yn byw ar ei ben ei hun ers marwolaeth ei wraig. Mae ganddo glefyd "
     "Parkinson ers 2015 a ffibriliad atrïaidd. Ar [[date:2 Ebrill 2024]] cafodd godwm yn y "
     "buarth ac mae'n fyr ei anadl ers hynny. Mae ei ferch, [[name:Meinir]], yn byw ym "
     "[[place:Mhentre Tegid]] hefyd; ffôn [[phone:01678 412 339]].\n"
     "Yr eiddoch yn gywir,\nDr [[name:Carys Llewelyn]], Meddyg Teulu, [[place:Meddygfa Aberhelyg]]"),
    ("cy-district-nurse",
     "NODYN NYRS ARDAL\nYmweliad: [[date:dydd Iau 18 Ionawr 2024 10:15]]\n"
     "Gwelwyd Mrs [[name:Eluned Bowen]] ([[age:95 oed]]) yn ei chartref yng "
     "[[place:Nghwm-y-Glo Fach]]. Briw ar y goes chwith 4 x 3 cm, dim arwydd o haint; "
     "rhwymyn cywasgu wedi'i ailosod. Rhif ysbyty [[mrn:M412733]]. Ei nith, [[name:Nia "
     "Rees]], sy'n gofalu amdani; ffôn symudol [[phone:07823 412339]]. Ymweliad nesaf ddydd "
     "Llun."),
    ("wales-farm-accident",
     "ED NOTE - major trauma, air ambulance\nFarmer, [[name:Rhodri Gruffydd]], [[age:90]], "
     "crushed by a quad bike on a slope above [[place:Bryn Celynog]] at about 16:00. Found by "
     "his grandson after 2 h; GCS 14, pelvic binder applied. His Land Rover "
     "([[vehicle:CP19 WXN]]) was still at the field gate. Holding number "
     "[[other_id:52/417/0339]] given to the police for the HSE report. Postcode of the farm "
     "[[zip:SY20 8PN]]. Wife [[name:Menna]] on [[phone:01654 702 418]]."),
    ("ni-ooh",
     "GP OUT-OF-HOURS - home visit\nMr [[name:Ciarán McCloskey]] ([[age:91]]), "
     "[[address:14 Drumnagh Road]], [[place:Drumcarrick]], Co. Tyrone [[zip:BT78 4QX]]. "
     "H&C no. [[health_plan:328 417 3390]].\nCalled by his daughter [[name:Orla Devlin]] "
     "([[phone:028 8224 1739]]): new confusion and rigors. T 38.7, BP 96/58, urine dip "
     "nitrite positive. NEWS2 6. Admitted; daughter to follow in her car [[vehicle:LXZ 4127]]."),
    ("ni-discharge",
     "[[place:Erne Valley Community Hospital]]\nDISCHARGE SUMMARY\n"
     "Name: [[name:Bridget Maguire]]   NI number: [[other_id:JT 41 23 39 C]]\n"
     "Admitted [[date:Tue 05/03/2024]], discharged [[date:Mon 18/03/2024]].\n"
     "Mrs [[name:Maguire]] lives in [[place:Ballymarnock]] near the lough and was admitted with "
     "a fractured neck of femur after a fall in the byre. Please fax the follow-up to "
     "[[fax:028 6632 4419]] or e-mail [[email:erne.wardsister@example.org.uk]]."),
    ("shetland-gp",
     "Dear Dr [[name:Isbister]],\nRe: [[name:Magnus Tulloch]], CHI [[health_plan:0903314127]], "
     "[[address:Nortoo]], [[place:Houlsetter]], Shetland [[zip:ZE2 9QP]]\n"
     "This [[age:92-year-old]] retired fisherman presented on [[date:Friday 8th March 2024]] "
     "with melaena after a week of ibuprofen for his back. He still goes out on his son's boat "
     "([[vehicle:LK 412]]). Hb 7.9. Could you see him at the next surgery? His son "
     "[[name:Ertie]] is on [[phone:01595 412339]]."),
    ("orkney-discharge",
     "[[place:Kirkbister Health Centre]] - ISLAND GP LETTER\n"
     "[[name:Ingirid Rendall]] ([[age:97]]), [[place:Skellibister]], Orkney [[zip:KW17 2RT]]\n"
     "CHI [[health_plan:120229 4417]]. Seen [[date:11/01/2024]] after the ferry crossing with "
     "chest pain. Troponin 42 -> 61 ng/L. Flown to the mainland; her niece [[name:Kirsty]] "
     "drove her to the airstrip in car [[vehicle:SK14 RNL]]."),
    ("alaska-cha",
     "COMMUNITY HEALTH AIDE ENCOUNTER - [[place:Qavinaq Village Clinic]]\n"
     "Patient: [[name:Ayaprun Chikigak]] (English name [[name:Mary Chikigak]])\n"
     "DOB [[date:4/17/1933]]   Age [[age:90]]   IHS chart # [[mrn:412339]]\n"
     "SSN [[ssn:574-41-2339]]   Medicaid ID [[health_plan:4127339066]]\n"
     "Elder speaks Yup'ik only; grandson [[name:Nanugaq]] interpreted. Cough 6 days, SpO2 84% on "
     "air. Telemedicine with the doctor in [[place:Tununerpak]]; ceftriaxone IM given. Medevac "
     "on the mail plane [[vehicle:N4127Q]]. Family phone [[phone:(907) 543-4127]]. "
     "Mailing: [[address:P.O. Box 41]], [[place:Qavinaq]], AK [[zip:99557]]."),
    ("alaska-inupiaq",
     "TELEMEDICINE CONSULT\n[[name:Qinugan Ahkivgak]], [[age:94 yo]] M, whaling captain, "
     "[[place:Ikkatuq]] (North Slope Borough).\nANTHC MRN [[mrn:AN-0412339]]; village "
     "corporation shareholder no. [[other_id:41233-7]].\nSnowmachine rollover "
     "[[date:2024-02-03]]; rib fractures 4-7 left. His daughter [[name:Aaluk Nayukpuk]] sends "
     "photos from [[email:aaluk.nayukpuk@example.net]]. Plan: fly out if SpO2 < 90%."),
    ("alaska-medevac",
     "MEDEVAC REQUEST\nChild: [[name:Nathan Chikigak]], 3 y, from [[place:Qavinaq]]\n"
     "Denali KidCare ID [[health_plan:DK0412339]]; mother's SSN [[ssn:612-40-7719]]\n"
     "Receiving: [[place:Tundra Bend Regional Hospital]], pediatrics\n"
     "Fell from the family skiff ([[vehicle:AK 9317 BD]]) into the river on "
     "[[date:June 21, 2024]]; rewarmed. Fax records to [[fax:(907) 543-2290]]."),
    ("alaska-fishing",
     "Subsistence/commercial fisherman [[name:Moses Nayukpuk]], [[age:91]], hook injury to the "
     "right palm while setnetting. CFEC permit [[licence:S03T 41233P]] in his float coat. "
     "Telemedicine cart at [[ip:10.41.23.39]] froze twice; photos sent by the health aide. "
     "Seen [[date:7/2/24]]; tetanus given."),
    ("ec-referral",
     "REFERRAL LETTER - [[place:Nqabeni District Hospital]]\nTo: Medical Officer, Medical "
     "Outpatients, [[place:Qumbu Heights Regional Hospital]]\n"
     "Re: [[name:Nomvula Dyantyi]], SA ID [[other_id:3104120412083]], folder no. "
     "[[mrn:NQB 0412339]]\nThis [[age:92-year-old]] gogo from [[place:Ngqungqe]] has "
     "decompensated heart failure; EF 25% on bedside echo. She lives with her granddaughter "
     "[[name:Ayanda]] (cell [[phone:072 412 3390]]). Transport by the planned patient "
     "transport bus; her son will follow in his taxi [[vehicle:HKT 412 EC]]."),
    ("kzn-discharge",
     "[[place:Sister Ntombi Memorial Hospital]] - DISCHARGE SUMMARY\n"
     "Mr [[name:Sipho Ngcobo]], DOB [[date:1933-05-14]], medical aid (Bonisa Health) no. "
     "[[health_plan:BH4123390]]\nAddress: [[address:Stand 412]], [[place:Mpolweni Drift]], "
     "KwaZulu-Natal [[zip:3235]]\nAdmitted [[date:2024-03-02]] with a stroke; NIHSS 9. "
     "Discharged to his daughter's care. Her e-mail: [[email:zodwa.ngcobo@example.co.za]]; "
     "vehicle for transport [[vehicle:NUZ 41273]]."),
    ("kzn-billing",
     "ACCOUNTS - private ward\nPatient [[name:Thandeka Mbatha]]; main member of the scheme is "
     "her husband [[name:Bongani Mbatha]], medical aid no. [[health_plan:90412339]].\n"
     "Co-payment refunded to account [[account:1412339067]] (branch code on the form). "
     "Invoice [[account:INV-412339]] closed [[date:31/03/2024]]."),
    ("kzn-police",
     "FORENSIC NOTE - assault, J88 completed\n[[name:Mandla Zulu]], SA ID "
     "[[other_id:590812 5412 084]], brought by SAPS from [[place:KwaMpofana]]. Police case "
     "number [[other_id:CAS 412/03/2024]]. Lacerations to the scalp sutured. Examined "
     "[[date:16/03/2024 02:40]]."),
    ("namibia-erongo",
     "[[place:Okandjira Health Centre]], Erongo Region\nPatient: [[name:Uaundja Kazombiaze]], "
     "Namibian ID [[other_id:31051200412]], PSEMAS no. [[health_plan:40412339]]\n"
     "She is [[age:94 years old]] and came by donkey cart from [[place:Okatjiuru]] on "
     "[[date:12 March 2024]]. Diagnosis: hip osteoarthritis, hypertension. Her grandson drives "
     "the clinic's bakkie [[vehicle:N 4127 W]]; phone [[phone:+264 81 412 3390]]."),
    ("namibia-kunene",
     "Referral from [[place:Ekongo]] clinic to the district hospital\n[[name:Ndapewa "
     "Shikongo]], 34 years, [[address:Erf 412]], [[place:Ekongo]]. Passport "
     "[[licence:P0412339]] (returning from Angola). Antenatal, 32 weeks, BP 162/108. Glucose "
     "meter app on phone IMEI [[device:356412033904127]]."),
    ("af-ontslag",
     "ONTSLAGOPSOMMING - [[place:Rooiwaterskloof Hospitaal]], Mediese Saal B3\n"
     "Pasiënt: mev. [[name:Marietjie van der Westhuizen]]\nID-nommer: "
     "[[other_id:3108150412087]]   Hospitaalnommer: [[mrn:RWK0412339]]\n"
     "Gebore: [[date:15 Augustus 1931]]   Mediese fonds nr.: [[health_plan:MF0412339]]\n"
     "Adres: [[address:Kerkstraat 14]], [[place:Kareebosch]] [[zip:8180]]\n"
     "Hierdie [[age:92-jarige]] weduwee van die plaas [[place:Klipfonteinsdrif]] is op "
     "[[date:Dinsdag 5 Maart 2024]] opgeneem met 'n urienweginfeksie en delirium. Sy het ook "
     "Parkinson se siekte. Haar seun, [[name:Riaan]], het haar gebring; selfoon "
     "[[phone:083 412 3390]]."),
    ("af-verwysing",
     "VERWYSINGSBRIEF\nAan: Dr [[name:Brink]], [[place:Gamsbergdrif Kliniek]], Namakwaland\n"
     "Oom [[name:Jacobus Swartbooi]] is [[age:95 jaar oud]] en woon by sy kleindogter in "
     "[[place:Gamsbergdrif]]. Sy bakkie ([[vehicle:BHK 412 NC]]) het op die grondpad "
     "omgeslaan; rybewys [[licence:4127000339KX]] is deur die polisie geneem. Faks asseblief "
     "die röntgenverslag na [[fax:027 712 4134]]; tel. [[phone:027 712 4133]]."),
    ("af-verpleeg",
     "VERPLEEGNOTA - [[place:Sandveld Tehuis vir Bejaardes]]\n[[date:14/03/2024 21:40]]: "
     "Tannie [[name:Hester Louw]] ([[age:96]]) het uit die bed geval. Geen besering nie. "
     "Pasaangeër reeksnommer [[device:PZK412339S]] nagegaan. Suster [[name:Anneke Brink]] "
     "het haar dogter per e-pos ingelig: [[email:louw.sanet@example.co.za]]."),
    ("zu-referral",
     "INCWADI YOKUDLULISELA\nIgama: [[name:Thandeka Mthembu]]\nUsuku lokuzalwa: "
     "[[date:12/06/1932]]\nInombolo kamazisi: [[other_id:3206120412081]]\n"
     "Inombolo yefolda: [[mrn:MHD 0412339]]\nUneminyaka engu-[[age:91]], uhlala "
     "e[[place:Mahlathini Drift]] nomzukulu wakhe u[[name:Sibusiso]]. Unesifo sikashukela "
     "nomfutho wegazi ophezulu; ukhwehlela amasonto amabili. Ucingo: [[phone:076 412 3390]]."),
    ("zu-nursing",
     "Gogo [[name:Zanele Mthembu]] ubonwe ekhaya ngomhla ka-[[date:2024-03-14]]. Umfutho "
     "wegazi 168/94. Indodakazi yakhe u[[name:Nomsa]] ifike ngemoto [[vehicle:NPN 41273]] "
     "ukuzomlanda. Ikheli: [[address:Stand 88]], [[place:KwaMpofana]]."),
    ("zu-whatsapp",
     "[[[date:14/03/2024 08:12]]] Sr [[name:Mandla Ndlovu]]: Sawubona dokotela, isiguli "
     "sakho u[[name:Lindiwe Khumalo]] sifike ekliniki, i-BP 190/110.\n"
     "[[[date:14/03/2024 08:20]]] Dr [[name:Pillay]]: Mnike i-amlodipine 10 mg, bese "
     "umthumela esibhedlela. Folder [[mrn:KMP 0077412]].\n"
     "[[[date:14/03/2024 08:22]]] Sr [[name:Mandla Ndlovu]]: Kulungile."),
    ("xh-referral",
     "Gqirha [[name:Dyantyi]],\n[[name:Lwazi Mgqibelo]], uneminyaka engama-[[age:90]], uhlala "
     "e[[place:Qolweni]]. Unesifo sephepha kwaye unokhohlela iintsuku ezintlanu. Inombolo "
     "yesazisi [[other_id:3402145412089]]. Ungeniswe ngomhla we-[[date:20/02/2024]]. "
     "Umfowabo [[name:Siyabonga]] ufumaneka ku-[[phone:+27 47 412 3390]]."),
    ("xh-home",
     "UTYELELO LWASEKHAYA\nUmakhulu [[name:Nosipho Qamata]], [[age:93]], idilesi: "
     "[[address:412 Mpuma Street]], [[place:Qolweni]] [[zip:5100]]. Iipilisi zakhe "
     "uzisela kakuhle. Umzukulwana wakhe u[[name:Ayanda]] ufowunele ku-[[phone:060 412 "
     "3390]]."),
    ("am-discharge",
     "የመውጫ ማጠቃለያ\n[[place:ደብረ ገነት ሆስፒታል]] - የውስጥ ደዌ ክፍል\nስም፦ ወ/ሮ [[name:ጥሩወርቅ አበበ]]\n"
     "ዕድሜ፦ [[age:93 ዓመት]]\nየካርድ ቁጥር፦ [[mrn:0412/16]]\nየቀበሌ መታወቂያ ቁጥር፦ "
     "[[other_id:AA/04/12339]]\nአድራሻ፦ [[place:ደብረ ገነት]] ከተማ፣ [[address:ቀበሌ 04፣ የቤት ቁጥር 412]]\n"
     "የገባችበት ቀን፦ [[date:መጋቢት 5 ቀን 2016 ዓ.ም]]\nየወጣችበት ቀን፦ [[date:መጋቢት 14 ቀን 2016 ዓ.ም]]\n"
     "ታካሚዋ የልብ ድካም እና የስኳር በሽታ አለባት። ልጇ አቶ [[name:ዳዊት ተስፋዬ]] በስልክ "
     "[[phone:0911 41 23 39]] ይገኛል።"),
    ("am-referral",
     "ሪፈራል - [[place:ሰላም በር ጤና ጣቢያ]]\nታካሚ፦ አቶ [[name:ገብሬ ወልዴ]]፣ ዕድሜ [[age:91 ዓመት]]\n"
     "የጤና መድን (CBHI) ቁጥር፦ [[health_plan:CBHI/07/41233]]\nቀን፦ [[date:12/07/2016 ዓ.ም]]\n"
     "ታካሚው ከ[[place:ጎሐ ወይና]] የመጡ ሲሆን በባጃጅ ([[vehicle:3-41273 አማ]]) ተገጭተዋል። የግራ እግር "
     "ስብራት። ስልክ፦ [[phone:+251 918 41 23 39]]"),
    ("am-lab",
     "ላቦራቶሪ ውጤት\nስም፦ [[name:ሄለን ታደሰ]]   የካርድ ቁጥር፦ [[mrn:2231/15]]\n"
     "ናሙና የተወሰደበት ቀን፦ [[date:ሚያዝያ 2 ቀን 2016 ዓ.ም]]\nHb 9.1 g/dL፣ WBC 14.2፣ ESR 88 mm/h።\n"
     "ውጤቱ ወደ [[email:helen.tadesse@example.et]] ተልኳል።"),
    ("ti-referral",
     "ሪፈራል ደብዳቤ\nሽም፦ ወይዘሮ [[name:ሰናይት ተስፋይ]]\nዕድመ፦ [[age:92 ዓመት]]\n"
     "መንበሪ፦ [[place:ዓዲ ጸሊም]]\nመንነት ቁጽሪ፦ [[other_id:1-412339]]\nዕለት፦ [[date:14 መጋቢት 2024]]\n"
     "ሕማም ልቢ ኣለዋ። ወዲ ሓዋ [[name:ዮናስ ገብረሂወት]] ብስልኪ [[phone:+291 7 412339]] ይርከብ።"),
    ("ti-clinic",
     "ኣቶ [[name:ተኽለ ገብረመድህን]] ካብ [[place:ማይ ዓዲ ሓንስ]] ዝመጹ፣ ዕድሚኦም [[age:96 ዓመት]]። ብ "
     "[[date:3 ሚያዝያ 2024]] ናብ [[place:ክሊኒክ ሰላም ማይ ዓዲ ሓንስ]] መጺኦም። ሕማም ሽኮር ኣለዎም።"),
    ("so-warbixin",
     "WARBIXINTA BUKAANKA - [[place:Isbitaalka Guud ee Ceel Dhabar]]\n"
     "Magaca: [[name:Xaliimo Cabdi Warsame]]\nDa'da: [[age:91 sano]]\n"
     "Taariikhda la dhigay: [[date:14 Maarso 2024]]\nLambarka aqoonsiga: "
     "[[other_id:SO-41233906]]\nTaleefan: [[phone:+252 61 541 2339]]\n"
     "Bukaanku waxay ka timid tuulada [[place:Buulo Xaaji]]. Waxay qabtaa qandho iyo qufac muddo "
     "toban maalmood ah. Wiilkeeda [[name:Cabdiraxmaan]] ayaa keenay."),
    ("so-discharge",
     "Bukaanka [[name:Maxamed Xirsi Guuleed]] waxaa laga saaray isbitaalka [[date:22/03/2024]]. "
     "Lambarka isbitaalka [[mrn:CD-04123]]. Lacagta waxaa lagu bixiyey akoonka bangiga "
     "[[account:0412339067]]. Gaariga [[vehicle:SL 41273]] ayuu ku yimid."),
    ("wales-fax",
     "FAX COVER - [[place:Meddygfa Aberhelyg]]\nTo: Diabetes Centre, fax [[fax:01970 635 412]]\n"
     "From: practice nurse [[name:Sioned Hughes]], tel [[phone:01970 412 880]]\n"
     "Re: [[name:Dafydd Morgan]], NHS no. [[health_plan:401 233 9067]] - insulin pump "
     "([[device:MMK412339A]]) alarms overnight; please review."),
    ("ni-email",
     "From: [[email:c.mccloskey@example.com]]\nTo: renal secretaries\nSubject: my father's "
     "dialysis transport\nDear team, my father [[name:Patrick McCloskey]] (H&C "
     "[[health_plan:331 204 1277]]) missed his session on [[date:Wednesday 10 April 2024]] as "
     "the taxi never came to [[place:Drumcarrick]]. Please phone me on [[phone:07712 412339]]. "
     "[[name:Clodagh]]"),
    ("alaska-ssn-history",
     "History: [[name:Agnes Tikiun]], [[age:98]], born at fish camp, lived all her life in "
     "[[place:Tununerpak]]. SSN [[ssn:574 20 4127]] and IHS chart [[mrn:208841]] confirmed by "
     "the village clinic; her nephew [[name:Peter Tikiun]] is the contact."),
    ("shetland-boat",
     "Minor injuries: deckhand [[name:Jamie Leask]] caught his hand in the winch aboard "
     "[[vehicle:LK 305]] on [[date:3 December 2023]]; tendon intact. Lives at [[address:Setter]], "
     "[[place:Houlsetter]] [[zip:ZE2 9QJ]]."),
    ("url-history",
     "Her grandson posted her story and photos at "
     "[[url:https://www.example.org/gogo-zanele-appeal]] to raise money for the transport.",
     "patient_information"),
    ("clean-cy",
     "ROWND WARD - Ward Teifi\nGwely 3: claf 86 oed, clefyd Crohn, CRP 112, infliximab wedi'i "
     "gynllunio. Gwely 5: 88 oed, methiant y galon, furosemide 80 mg IV. Adolygu yfory."),
    ("clean-af",
     "SAALRONDTE - Mediese Saal B3\nBed 2: 89-jarige vrou, Addison se siekte, hidrokortisoon 20 "
     "mg. Bed 7: CURB-65 2; amoksisillien. Familie ingelig. Niks verder nie."),
    ("clean-zu",
     "Imfundo yezempilo ekliniki: isifo sikashukela, ukudla okunempilo nokuzivocavoca. "
     "Iziguli ezingu-24 zifikile; ezingu-3 zidluliselwe esibhedlela."),
    ("clean-am",
     "የደም ምርመራ ውጤት፦ Hb 10.4 g/dL፣ ፕሌትሌት 180፣ ክሬቲኒን 1.2 mg/dL። ታካሚው 85 ዓመት ነው። "
     "የፓርኪንሰን በሽታ ለ6 ዓመታት። ክትትል በውስጥ ደዌ ክፍል።"),
    ("clean-ti",
     "ጸብጻብ ዋርድ፦ ኣብ ዋርድ ቆልዑ 12 ሕሙማት ኣለዉ፤ 3 ብዓሶ፣ 2 ብምውጻእ ማይ። ዕድሚ ካብ 1 ክሳብ 14 ዓመት።"),
    ("clean-so",
     "Qaybta carruurta: 18 bukaan, 4 jadeeco, 2 shuban biyood. Gobolka Bay wuxuu ka warbixiyey "
     "kororka jadeecada. Tallaal ayaa la bilaabay."),
    ("clean-shetland",
     "Whooping cough: 6 confirmed cases across Shetland this month, ages 2 months to 84 years. "
     "Azithromycin to household contacts; pertussis vaccine offered at 16-32 weeks' gestation."),
    ("clean-alaska",
     "Yukon-Kuskokwim Delta respiratory season: RSV admissions of infants doubled; 11 of 40 "
     "needed medevac. Nirsevimab offered to all infants under 8 months."),
    ("clean-ni",
     "Fermanagh and Co. Tyrone renal transport audit: 14% of sessions missed in Q1; most were "
     "weather-related. The patients were 52 to 87 years old."),
    ("clean-ec",
     "Eastern Cape MDR-TB: bedaquiline, linezolid and pretomanid for 6 months; audiometry not "
     "needed. QTc 442 ms at week 2; 87-year-old patient tolerated it."),
    ("clean-na",
     "Kunene Region outreach: 212 children screened for malnutrition, MUAC < 11.5 cm in 9; "
     "RUTF started. Measles vaccine coverage 78%."),
    ("discussion",
     "Discussion: pertussis and RSV clusters in remote communities have been described before "
     "(https://doi.org/10.3402/ijch.v72i0.21174; https://pubmed.ncbi.nlm.nih.gov/31245678/), "
     "and Ethiopian CBHI data support earlier referral "
     "(https://doi.org/10.1186/s12913-020-05401-2).", "discussion"),
]

F44_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH44: tuple[Note, ...] = build(F44_PART, per_category=26, clean=120, references=8) + F44_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH44 for e in n.expected)
    print(len(FRESH44), "notes,", sum(1 for n in FRESH44 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

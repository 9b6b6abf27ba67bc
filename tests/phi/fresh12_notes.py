"""FRESH12: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind: its author read only tests/phi/generated.py (the framework and its parts),
tests/phi/corpus.py (the Note type, the span conventions, parse, evaluate), the domain rules
(45 CFR 164.514(b)(2), as restated in the project's domain notes), the module docstrings of
tests/phi/fresh10_notes.py and tests/phi/fresh11_notes.py (their first 75 lines: conventions and
settings) and the layout of fresh11_notes.py (how its Part, build and letters are wired, not its
vocabulary or templates); not the scanner, its patterns, name lists or data, its benchmark
(bench/), its tests, the body of any other fresh part, nor their git history; the scanner was
not run while writing it or on its notes. Its vocabulary, value shapes, keywords (often in the
local language or script), connectors, frames, note styles and hand-written letters are an
eighth author's own, from settings that generated.py and the docstrings of fresh10 and fresh11
do not list: a US Indian Health Service progress note (Navajo Nation, IHS chart and tribal
enrollment numbers, HC route boxes), US VA CPRS notes (ICN, SSN, EDIPI, "@" times), a VA
audiology fitting, a VA community-care claim and a My HealtheVet portal message, an Alaskan
village clinic (CHA/P) encounter, an Alaska medical examiner referral and DMV fitness-to-drive
report, Nunavut nursing-station encounters and a neonatal transfer (Inuktitut interpreters),
a Bolivian epicrisis (CI, altitude), an Ecuadorian Formulario 008, a Guatemalan hoja de
referencia (DPI/CUI, IGSS, k'iche'), a Honduran IHSS trauma note, a Tunisian compte rendu
(CIN, CNAM, Arabic name), an Eritrean referral, a Malawian health passport antenatal entry
(village, TA and district), a Botswana referral (Omang, plot numbers), a Namibian admission (Erf,
PSEMAS), a Malagasy taratasy famindrana, a Mauritian discharge (NIC), Georgian, Armenian and
Uzbek discharge extracts in their scripts, a Lao transfer form, a mainland Chinese 出院记录
(身份证号, 住院号, 医保卡号, 年月日 dates, 岁), a Taiwanese 出院病歷摘要 (民國 dates, 身分證字號,
健保卡號), Samoan and Tongan referrals, an Icelandic útskriftarbréf (kennitala, ára), an
Estonian epikriis (isikukood, -aastane), a Slovak prepúšťacia správa (rodné číslo, -ročná), a
Croatian otpusno pismo (OIB, MBO, written months), a Serbian otpusna lista (JMBG, LBO, Latin and
Cyrillic), a Bulgarian епикриза (ЕГН, УИН), a Maltese discharge letter and immunisation recall
(Maltese postcodes); as document types a polysomnography report, a wound care chart, an
antenatal card, a neonatal transfer form, a stroke thrombolysis checklist, a home oxygen order,
a coroner / medical examiner referral, a fitness-to-drive report, a school nurse note, a prison
healthcare transfer (inmate and fingerprint ids), a travel clinic record, an occupational
sharps-exposure form, an organ donation referral (Eurotransplant), an audiology report, an
endoscopy report, a histology request, a district TB register entry, an immunisation recall
letter, an SMS reminder log, a patient portal message, a discharge medication list, an invoice
and an emergency note after a road crash.

Conventions (tests/phi/corpus.py's and the fresh10 and fresh11 docstrings'): a name without its
title or honorific (Mr, Mrs, Mme, Sra., Dr, MUDr., dr. med., др, д-р, the Lao ນາງ; "née" stays
out, so "Rim Trabelsi" and "Ben Salah" are two spans); a full name in any order is one span
("BEGAYE, Loretta Mae", "HALVORSEN,KRISTIN A", "QUISPE MAMANI, Ximena", "Karimova Dilnoza
Rustamovna", "ʻAna Fifita", "王秀英"); staff names (doctors, nurses, CHAs, interpreters) are
names too; an identifier without its keyword; an age over 89 with its attached unit in any
language ("93 y/o", "95 yo", "92 años", "91 ans", "91岁", "91歲", "93 ára", "92-aastane",
"92-ročná", "93 godine", "93-годишна", "91 წლის", "93 տարեկան", "93 yoshda", "90 ປີ",
"94 tausaga", "92 taona", "90 yrs") or the number alone ("Age [[96]]", "Age/Sex: 94/M"); ages
under 90 are not marked ("54 g.", "41 y", "34岁", "Edad: 38 años"); a date without its
preposition, with a time (HH:MM) right after it ("2024-09-14 03:52", "10/06/2024 08:01"), but a
time after "@" or "u" (at) stays out ("MAR 14, 2024@10:42", "4. 3. 2024 u 14:20"); dates in
other calendars are dates ("民國22年8月9日"); a year alone is not marked. The street line (house
number, street, flat, apartment, plot, Erf, lot, "HC 61 Box 2240", "P.O. Box 88", Chinese
building and unit), each locality (city, village, district, Chinese 市 and 区 as two adjacent
spans, Taiwanese 市, a Malawian traditional authority, a colonia or zona name) and the postcode
are separate spans; a named hospital, health centre, health post, sleep lab's hospital or
correctional centre is a place (the whole name); states, provinces, territories, regions,
departments, Eritrean zones, Taiwanese counties (彰化縣), countries and the US/Canadian
abbreviations (AZ, AK, NU, NM) are never marked. Category choices: `ssn` is a US Social
Security number only; other national and personal numbers (tribal enrollment, EDIPI, CI,
cédula, DPI/CUI, Honduran identidad, CIN, Omang, Namibian and Mauritian IDs, kennitala,
isikukood, rodné číslo, OIB, JMBG, ЕГН, Georgian personal number, Armenian social card, PINFL,
身份证号, 身分證字號, Maltese ID card, inmate numbers, a fingerprint template id, medical
examiner case, Eurotransplant donor, student and staff numbers) are `other_id`; health
insurance numbers (Nunavut health card, Alaska Medicaid, IGSS, CNAM, PSEMAS, MBO, LBO, 医保卡号,
健保卡號) are `health_plan`; IHS chart, VA ICN, 住院号, 病歷號, historia clínica, expediente,
card, ANC, kasallik tarixi, TB register and laboratory numbers are `mrn`; passports, driving
licences, professional registrations (matrícula, NPI, УИН, state medical licence) and
yellow-fever and death certificate numbers are `licence`; IBANs, copay and pharmacy accounts,
invoice and payment reference numbers are `account`; CPAP, oxygen concentrator, NPWT pump,
hearing aid and glucose meter serials and UDIs are `device`; plates and VINs (a snowmachine's
too) are `vehicle`. Clean notes (and the unmarked parts of every note) hold doses, lab values
with decimal commas and spaced thousands, gestations ("32+1/40"), ICD-10, ATC, LOINC and SNOMED
codes, gene variants (SLCO1B1 c.521T>C, HLA-B*15:02, APOL1 G1/G2), device models (ResMed
AirSense, Philips EverFlo, Medtronic 780G, Phonak Audéo P90-R, Fresenius 5008S), bed, bay and
ward numbers, years, ages under 90, and scores, classifications, signs and diseases named after
people and places (AHI, Epworth, STOP-BANG, Berlin questionnaire, Mallampati, PUSH, Braden,
Silverman-Andersen, Downes, Ballard, Kramer, ASPECTS, Los Angeles, Prague, Hill, Forrest, Paris,
Sydney, Boston, Eichenholtz, Wagner, Ann Arbor, Deauville, Lugano, Bethesda, Swede, Killip,
GRACE, Framingham, Dix-Hallpike, Epley, Carhart, Jerger, Rinne, Weber, Maryland CNC, Zuspan,
Wilkins, Kyoto, Montreux, Helsinki, Balkan nephropathy, Mediterranean spotted fever, Oroya
fever, Chagas, Kimura, Kikuchi, Mikulicz, Sjögren, Buruli, Kaposi, Stevens-Johnson,
Mallory-Weiss, Dieulafoy, Zollinger-Ellison, Cheyne-Stokes), guideline bodies (AASM, ATS/ERS,
AoMRC, WHO, JBDS, ESO) and citations.

Built as build(FRESH12_PART, per_category=27, clean=42, references=8) + FRESH12_LETTERS (60
hand-written notes: 53 with identifiers, one of them a web address in the patient's history, 5
clean, 2 references in an introduction or discussion): 639 notes, 57 of them without any
identifier (42 generated clean notes, 8 reference notes in an introduction or discussion, 5
clean letters, 2 reference letters), 1030 spans - name 137, address 56, place 159, zip 44, date
81, age 49, phone 64, fax 29, email 32, ssn 30, mrn 41, health_plan 37, account 31, licence 35,
vehicle 34, device 38, url 46, ip 30, other_id 57 (`python -m tests.phi.fresh12_notes` prints
them; the letters are dense, hence more spans than fresh10 or fresh11). Checked without the
scanner: every span's text is the note's text at its offsets and has no surrounding blanks, no
marks or slots are left in the text, no spans overlap, note ids are unique, every category is
present, every marked age is over 89, no note text equals one of generated.py's TUNING notes,
and two builds (also under two PYTHONHASHSEED values) are identical. Deterministic: its own seed
(17_012), values drawn from the builder's fixed-seed Random, no hash-order dependence. Not wired
into any test or bench: measure it once.

    from tests.phi.fresh12_notes import FRESH12, FRESH12_PART, FRESH12_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import SPANISH_MONTHS, Part, Vocabulary, build


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _l(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_EN3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
       "octobre", "novembre", "décembre"]
_IS = ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september",
       "október", "nóvember", "desember"]
_ET = ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september",
       "oktoober", "november", "detsember"]
_HR = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza",
       "rujna", "listopada", "studenoga", "prosinca"]
_MG = ["Janoary", "Febroary", "Martsa", "Aprily", "Mey", "Jona", "Jolay", "Aogositra",
       "Septambra", "Oktobra", "Novambra", "Desambra"]


def _f12_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1926, 2025)
    forms = [
        f"{m:02d}/{d:02d}/{y}",                         # US IHS, VA, Alaska
        f"{d:02d}{_EN3[m - 1].upper()}{y}",             # VA CPRS style
        f"{m}/{d}/{y % 100:02d}",                       # US rural clinic shorthand
        f"{d:02d}.{m:02d}.{y}",                         # Estonian, Bulgarian, Serbian, Georgian
        f"{d}. {m}. {y}",                               # Croatian, Slovak
        f"{d}. {_HR[m - 1]} {y}",                       # Croatian written out
        f"{d}. {_IS[m - 1]} {y}",                       # Icelandic
        f"{d}. {_ET[m - 1]} {y}",                       # Estonian written out
        f"{y}年{m}月{d}日",                              # mainland Chinese
        f"{y}-{m:02d}-{d:02d}",                         # Chinese EMR
        f"{y}/{m:02d}/{d:02d}",                         # Taiwanese HIS
        f"民國{y - 1911}年{m}月{d}日" if y > 1925 else f"{y}年{m}月{d}日",  # Taiwan ROC calendar
        f"{d} de {SPANISH_MONTHS[m - 1]} de {y}",       # Bolivian, Ecuadorian, Guatemalan
        f"{d:02d}/{m:02d}/{y}",                         # Honduran, Tunisian, Maltese, Mauritian
        f"{d} {_FR[m - 1]} {y}",                        # Tunisian, Malagasy, Mauritian French
        f"{d} {_MG[m - 1]} {y}",                        # Malagasy
        f"{d} {_EN3[m - 1]} {y}",                       # Malawi, Botswana, Namibia, Samoa
        f"{d}-{_EN3[m - 1]}-{y % 100:02d}",             # lab system in Lilongwe
        f"{d}/{m}/{y}",                                 # Uzbek, Armenian, Mauritian
    ]
    return r.choice(forms)


def _f12_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 106)
    forms = [
        ("a {age} Yup'ik elder from the village", f"{n}-year-old"),
        ("{age} Navajo grandmother, speaks Diné only", f"{n} yo"),
        ("veteran, {age}, WWII/Korea era", f"{n}"),
        ("Age/Sex: {age}/M, service-connected 30%", f"{n}"),
        ("paciente de {age}, procedente del altiplano", f"{n} años"),
        ("edad {age}", f"{n} años"),
        ("patiente âgée de {age}, veuve", f"{n} ans"),
        ("患者，女，{age}，因跌倒入院", f"{n}岁"),
        ("病人{age}，長照機構轉入", f"{n}歲"),
        ("sjúklingur, {age}, býr einn", f"{n} ára"),
        ("{age} patsient hooldekodust", f"{n}-aastane"),
        ("pacijentica u dobi od {age}", f"{n} godina"),
        ("{age} пациентка от старческия дом", f"{n}-годишна"),
        ("{age} pacientka, imobilná", f"{n}-ročná"),
        ("პაციენტი, {age}", f"{n} წლის"),
        ("հիվանդը {age} է", f"{n} տարեկան"),
        ("bemor {age}, qariyalar uyidan", f"{n} yoshda"),
        ("ອາຍຸ {age}", f"{n} ປີ"),
        ("o lona matua e {age}", f"{n} tausaga"),
        ("vehivavy {age}, avy any ambanivohitra", f"{n} taona"),
        ("a {age} Inuk elder, interpreter needed", f"{n} y/o"),
        ("she turned {age} last week", f"{n}"),
    ]
    return r.choice(forms)


def _f12_phone(r: random.Random, _h: bool) -> str:
    forms = [
        f"(907) {r.randint(200, 989)}-{_d(r, 4)}",             # Alaska
        f"867-{r.randint(200, 989)}-{_d(r, 4)}",               # Nunavut
        f"(928) {r.randint(200, 989)}-{_d(r, 4)}",             # Navajo Nation
        f"+591 7{_d(r, 7)}",                                  # Bolivia
        f"09{r.randint(6, 9)} {_d(r, 3)} {_d(r, 4)}",         # Ecuador
        f"+502 5{_d(r, 3)} {_d(r, 4)}",                       # Guatemala
        f"+504 9{_d(r, 3)}-{_d(r, 4)}",                       # Honduras
        f"+216 {_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",             # Tunisia
        f"+265 99{r.randint(1, 9)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",  # Malawi
        f"+267 7{r.randint(1, 7)} {_d(r, 3)} {_d(r, 3)}",     # Botswana
        f"+264 81 {_d(r, 3)} {_d(r, 4)}",                     # Namibia
        f"034 {_d(r, 2)} {_d(r, 3)} {_d(r, 2)}",              # Madagascar
        f"+230 5{_d(r, 3)} {_d(r, 4)}",                       # Mauritius
        f"+995 5{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", # Georgia
        f"+374 {r.choice(('91', '93', '77'))} {_d(r, 6)}",    # Armenia
        f"+998 9{r.randint(0, 9)} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",  # Uzbekistan
        f"+856 20 {_d(r, 4)} {_d(r, 4)}",                     # Laos
        f"13{r.randint(0, 9)} {_d(r, 4)} {_d(r, 4)}",         # mainland China
        f"09{_d(r, 2)}-{_d(r, 3)}-{_d(r, 3)}",                # Taiwan
        f"+685 7{_d(r, 6)}",                                  # Samoa
        f"+676 {_d(r, 3)} {_d(r, 4)}",                        # Tonga
        f"8{_d(r, 2)} {_d(r, 4)}",                            # Iceland
        f"+372 5{_d(r, 3)} {_d(r, 4)}",                       # Estonia
        f"09{r.randint(1, 9)} {_d(r, 3)} {_d(r, 4)}",         # Croatia
        f"06{r.randint(0, 6)}/{_d(r, 3)}-{_d(r, 4)}",         # Serbia
        f"088{r.randint(0, 9)} {_d(r, 3)} {_d(r, 3)}",        # Bulgaria
        f"+421 9{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",            # Slovakia
        f"+356 79{_d(r, 2)} {_d(r, 4)}",                      # Malta
    ]
    return r.choice(forms)


def _f12_zip(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"99{_d(r, 3)}", f"86{_d(r, 3)}-{_d(r, 4)}",                     # Alaska, Arizona
        f"X0{r.choice('ABCE')} {r.randint(0, 9)}{_l(r, 1)}{r.randint(0, 9)}",  # Nunavut
        f"{r.randint(101, 902)}",                                          # Iceland
        f"{r.randint(10, 99)}{_d(r, 3)}",                                  # EE, HR, RS, MU, GT
        f"{r.randint(1, 9)}{_d(r, 3)}",                                    # BG, TN, GE, AM
        f"{r.randint(8, 9)}{_d(r, 2)} {_d(r, 2)}",                         # Slovakia
        f"{r.randint(1, 8)}{_d(r, 5)}",                                    # China, Uzbekistan, Ecuador
        f"{r.choice(('VLT', 'BKR', 'SLM', 'QRM'))} {_d(r, 4)}",            # Malta
    ])


FRESH12_VALUES = {
    "mrn": lambda r, h: r.choice([
        _d(r, 6),                                       # IHS chart number
        f"{_d(r, 10)}V{_d(r, 6)}",                      # VA ICN
        f"ZY{r.randint(2015, 2025)}{_d(r, 5)}",         # 住院号
        f"{_d(r, 2)}/{_d(r, 5)}",                       # matični broj / история
        f"HC-{_d(r, 6)}",                               # historia clínica
        f"{_l(r, 1)}{_d(r, 2)}-{_d(r, 5)}",
        f"{_d(r, 4)} {_d(r, 3)}",
    ]),
    "health_plan": lambda r, h: r.choice([
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",            # Nunavut health card
        _d(r, 10),                                      # Alaska Medicaid
        _d(r, 11),                                      # Serbian LBO, Croatian MBO
        f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",            # Taiwan NHI card
        f"{_d(r, 8)}/{_d(r, 2)}",                       # Tunisian CNAM
        f"{_l(r, 3)}{_d(r, 9)}",                        # US tribal plan / Medicare Advantage
        f"{_d(r, 2)}-{_d(r, 8)}-{r.randint(0, 9)}",     # IGSS / IHSS afiliación
        f"{_l(r, 1)}{_d(r, 8)}",
    ]),
    "account": lambda r, h: r.choice([
        f"HR{_d(r, 19)}", f"RS35{_d(r, 18)}", f"BG{_d(r, 2)}UNCR{_d(r, 14)}",
        f"EE{_d(r, 18)}", f"IS{_d(r, 24)}", f"TN59{_d(r, 20)}", f"MT{_d(r, 2)}VALL{_d(r, 23)}",
        _d(r, 10), f"FAC-{r.randint(2019, 2025)}-{_d(r, 6)}", f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 2)}",
    ]),
    "licence": lambda r, h: r.choice([
        f"{_l(r, 2)}{_d(r, 7)}",                        # passports
        _d(r, 7),                                       # Alaska driver licence
        f"{_l(r, 1)}{_d(r, 8)}",
        _d(r, 15),                                      # 执业证书编码
        f"{r.randint(2015, 2025)}/{_d(r, 5)}",          # death certificate
        f"N{_d(r, 2)}-{_d(r, 3)}-{_d(r, 3)}",
        f"1{_d(r, 9)}",                                 # NPI
    ]),
    "vehicle": lambda r, h: r.choice([
        f"{_l(r, 3)} {_d(r, 3)}",                       # Alaska, Malta
        f"ZG {_d(r, 4)}-{_l(r, 2)}",                    # Croatia
        f"BG {_d(r, 3)}-{_l(r, 2)}",                    # Serbia
        f"CA {_d(r, 4)} {_l(r, 2, 'ABEKMHOPCTYX')}",    # Bulgaria
        f"{_d(r, 3)} {_l(r, 3)}",                       # Estonia
        f"{_l(r, 2)}{_l(r, 1)}{_d(r, 2)}",              # Iceland
        f"川A·{_d(r, 5)}",                               # Sichuan
        f"{_l(r, 3)}-{_d(r, 4)}",                       # Taiwan
        f"{_l(r, 2)}-{_d(r, 3)}-{_l(r, 2)}",            # Georgia
        f"B {_d(r, 3)} {_l(r, 3)}",                     # Botswana
        f"P{_d(r, 3)}{_l(r, 3)}",                       # Guatemala
    ]),
    "vin": lambda r, h: (f"{r.choice(('1', '2', '3', 'J', 'W'))}{_l(r, 4, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"
                         f"{_d(r, 4)}{_l(r, 1)}{_d(r, 7)}"),
    "device": lambda r, h: r.choice([
        f"23{_d(r, 9)}",                                # CPAP serial
        f"{_l(r, 2)}{_d(r, 8)}",                        # oxygen concentrator
        f"(01){_d(r, 14)}(21){_l(r, 1)}{_d(r, 6)}",     # UDI
        _d(r, 15),                                      # IMEI
        f"{_d(r, 4)}-{_l(r, 3)}-{_d(r, 4)}",
        f"SN{_l(r, 1)}{_d(r, 7)}",
    ]),
    "other_id": lambda r, h: r.choice([
        f"{_d(r, 6)}-{_d(r, 4)}",                       # kennitala
        f"{r.randint(3, 6)}{_d(r, 10)}",                # isikukood
        _d(r, 11),                                      # OIB, Georgian personal number
        _d(r, 13),                                      # JMBG
        _d(r, 10),                                      # EGN, EDIPI, cédula
        f"{_d(r, 6)}/{_d(r, 4)}",                       # rodné číslo
        f"{_d(r, 17)}{r.choice('0123456789X')}",        # 身份证号
        f"{_l(r, 1)}{r.choice('12')}{_d(r, 8)}",        # Taiwan 身分證字號
        _d(r, 14),                                      # Uzbek PINFL
        _d(r, 9),                                       # Omang
        f"{_l(r, 1)}{_d(r, 12)}{_l(r, 1)}",             # Mauritian NIC
        f"{_d(r, 4)} {_d(r, 5)} {_d(r, 4)}",            # Guatemalan DPI
        f"{_d(r, 7)}M",                                 # Maltese ID
        f"{_d(r, 3)}-{_d(r, 5)}",                       # tribal enrollment
    ]),
    "ssn": lambda r, h: r.choice([f"{r.randint(101, 665)}-{_d(r, 2)}-{_d(r, 4)}",
                                  f"{r.randint(101, 665)} {_d(r, 2)} {_d(r, 4)}",
                                  f"{r.randint(101, 665)}{_d(r, 6)}"]),
    "phone": _f12_phone,
    "fax": _f12_phone,
    "email": lambda r, h: r.choice([
        "{g}.{s}@example.is", "{s}{n}@correo.example.bo", "{g}{n}@example.ee",
        "{g}.{s}@mail.example.hr", "{s}_{g}@example.tn", "{g}{s}@example.mw",
        "{s}.{g}{n}@example.ge", "{g}{n}@qq.example.cn", "{g}-{s}@example.ws"]),
    "url": lambda r, h: r.choice([
        "https://www.example.org/{g}-{s}", "https://portal.example.ee/patsient/{n}{n}",
        "www.example.hr/{s}/blog", "http://example.com.bo/{g}{n}",
        "https://weibo.example.cn/u/{n}{n}{n}", "https://{g}{s}.example.is/myndir",
        "example.tw/{s}{n}/diary"]),
    "ip": lambda r, h: r.choice([
        f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"2001:db8:{r.randint(1, 4095):x}:{r.randint(1, 4095):x}::{r.randint(1, 255):x}",
        f"fd00::{r.randint(1, 4095):x}:{r.randint(1, 4095):x}"]),
    "zip": _f12_zip,
    "date": _f12_date,
}

FRESH12_VOCABULARY = Vocabulary(
    given=["Tulugaq", "Nuvuja", "Wanbli", "Winona", "Ximena", "Yessenia", "Nayeli", "Wilmer",
           "Mohamed Amine", "Rim", "Tsegereda", "Tiyamike", "Kagiso", "Onalenna", "Ndapewa",
           "Rivo", "Vikash", "Nino", "Levan", "Anahit", "Gor", "Dilnoza", "Sardor", "Khamla",
           "Yu-ting", "Sione", "Malia", "Guðrún", "Sigurður", "Kadri", "Tõnu", "Zuzana",
           "Ivana", "Dragan", "Jovana", "Desislava", "Charmaine", "Dale", "Loretta"],
    surnames=["Qaunaq", "Kilabuk", "Two Bulls", "Yellowhorse", "Oktollik", "Quispe", "Mamani",
              "Guamán", "Xicará", "Ben Salah", "Trabelsi", "Tesfamariam", "Phiri", "Mogwe",
              "Shikongo", "Rakotomalala", "Ramgoolam", "Beridze", "Hovhannisyan", "Karimova",
              "Phommachanh", "Lin", "Fifita", "Tuilagi", "Jónsdóttir", "Sigurðsson", "Tamm",
              "Horváthová", "Kovačević", "Petrović", "Dimitrova", "Camilleri", "Begaye"],
    cities=["Iqaluit", "Pangnirtung", "Kugluktuk", "Bethel", "Kotzebue", "Kayenta",
            "Tuba City", "El Alto", "Cochabamba", "Riobamba", "Quetzaltenango",
            "San Pedro Sula", "Sfax", "Sousse", "Keren", "Lilongwe", "Zomba", "Francistown",
            "Maun", "Oshakati", "Antsirabe", "Curepipe", "Kutaisi", "Gyumri", "Samarkand",
            "Luang Prabang", "Chengdu", "Taichung", "Apia", "Nuku'alofa", "Akureyri", "Tartu",
            "Košice", "Osijek", "Novi Sad", "Plovdiv", "Birkirkara"],
    streets=["Federal Road", "Calle Jordán", "Avenida Amazonas", "Rue Habib Bourguiba",
             "Harnet Avenue", "Kamuzu Procession Road", "Royal Road", "Chavchavadze Avenue",
             "Tigran Mets Avenue", "Amir Temur ko'chasi", "Lane Xang Avenue", "Zhongshan Road",
             "Beach Road", "Laugavegur", "Rüütli tänav", "Hlavná ulica", "Ilica",
             "Bulevar oslobođenja", "Triq il-Kbira", "Tundra Ridge Road", "Mivvik Street"],
    relations=["wife", "granddaughter", "grandson", "nephew", "niece", "hija", "fils",
               "sister", "son-in-law", "eldest daughter", "caregiver"],
    clean=[
        "AHI 34.2/h, ODI 29/h, nadir SpO2 78%; Epworth 16; CPAP titrated to 11 cmH2O.",
        "Wound 4.5 x 3.2 cm, 20% slough, PUSH score 11; Braden 13; silver alginate, change every 72 h.",
        "Antenatal: G4P3 at 32+1/40, SFH 31 cm, Hb 10.4 g/dL, MUAC 24 cm; TT2 and IPTp-SP dose 2 given.",
        "Neonate 1.9 kg at 34/40, Apgar 6 and 8, Silverman-Andersen 4, Downes score 5; glucose 2.1 mmol/L.",
        "Thrombolysis checklist: NIHSS 11, ASPECTS 8, glucose 7.4 mmol/L, BP 172/94; alteplase 0.9 mg/kg, 10% bolus.",
        "Home oxygen: PaO2 7.1 kPa on air twice 3 weeks apart; 2 L/min for at least 15 h/day; ATS/ERS 2020 criteria met.",
        "Audiogram: bilateral sensorineural loss, PTA 52 dB HL right and 58 dB HL left; Rinne positive, Weber central.",
        "OGD: LA grade C oesophagitis, Prague C2M4, Hill grade III valve; CLO test positive; Forrest III ulcer.",
        "Colonoscopy: Boston bowel preparation score 8; two Paris 0-Is polyps, NICE type 2, removed by cold snare.",
        "Sputum smear 2+, Xpert MTB/RIF Ultra detected, rifampicin resistance not detected; 2HRZE/4HR started.",
        "Needlestick: hollow-bore, source HBsAg negative, HIV Ag/Ab negative, anti-HCV negative; anti-HBs 140 IU/L.",
        "Travel clinic: yellow fever 17D, typhoid Vi, rabies PrEP days 0 and 7; atovaquone-proguanil 250/100 mg daily.",
        "Pathology request: cervical LLETZ, CIN 3, margins clear; p16 block-positive; HPV 16 detected.",
        "Dialysis: Kt/V 1.28, URR 68%, dry weight 61.5 kg, UF 2.4 L; AVF bruit and thrill present.",
        "School nurse: BMI 24.8 kg/m2 (z +1.9); Snellen 6/9 both eyes; peak flow 280 L/min, salbutamol via spacer.",
        "Discharge medicines: bisoprolol 2.5 mg od, apixaban 2.5 mg bd, furosemide 40 mg mane, Adcal-D3 1 tab bd.",
        "Fitness to drive: Group 1 licence, no seizure for 12 months, visual field Esterman 120 points, no restriction.",
        "Organ donation: GCS 3, brainstem tests performed twice per AoMRC 2008 code; Na 151 mmol/L; noradrenaline 0.2 mcg/kg/min.",
        "Rounds: bed 14B, bay 3, side room 2; NEWS2 6; Waterlow 18; MUST 2; Morse fall scale 55.",
        "ICD-10 A15.0, J96.01, I63.5, O24.4; ATC J04AM06, B01AF02; LOINC 2345-7, 4548-4; SNOMED 22298006.",
        "Genetics: SLCO1B1 c.521T>C, HLA-B*15:02 negative, G6PD Mediterranean excluded; APOL1 G1/G2 genotype.",
        "Hodgkin lymphoma, Ann Arbor IIB, Deauville 3 after 2 cycles of ABVD; Lugano 2014 response.",
        "Chagas disease (Trypanosoma cruzi) excluded; Oroya fever and Carrion disease discussed; Mantoux 14 mm.",
        "Kimura disease versus Kikuchi disease; Mikulicz syndrome; Sjögren criteria ACR/EULAR 2016 not met.",
        "Balkan endemic nephropathy considered; Mediterranean spotted fever serology negative; Q fever phase II IgG 1:64.",
        "Sleep staging per AASM 2.6 rules; Berlin questionnaire high risk; STOP-BANG 6; Mallampati IV.",
        "Pulmonary function: FEV1 0.98 L (38%), GOLD 3, mMRC 3, CAT 24; BODE index 6.",
        "Charcot foot (Eichenholtz stage 1), Wagner grade 2 ulcer, ABPI 0.84, monofilament 6/10 sites.",
        "Framingham, Killip and TIMI scores recorded; GRACE 142; Duke treadmill score -7.",
        "Pap smear per Bethesda 2014: LSIL; colposcopy Swede score 5; Lugol and acetic acid applied.",
        "The 1997 Kyoto and 2016 Montreux recommendations were quoted; Helsinki criteria for consent met.",
        "Hearing aids: Phonak Audéo P90-R fitted bilaterally; tympanometry type A; OAE pass left, refer right.",
        "Dexamethasone 8 mg IV, ondansetron 4 mg, paracetamol 1 g; morphine 2.5 mg PRN; lactulose 15 mL bd.",
        "Vitals: T 37.9 C, HR 104, RR 22, BP 96/58, SpO2 92% on 2 L; capillary refill 3 s.",
        "Labs: Hb 7,9 g/dl, leucocitos 14 300/mm3, creatinina 1,8 mg/dl, PCR 96 mg/l; lactato 3,2 mmol/l.",
        "血常规：WBC 12.6×10^9/L，Hb 98 g/L，PLT 156×10^9/L；CRP 48 mg/L；降钙素原 0.8 ng/mL。",
        "Valsalva and Epley manoeuvres; Dix-Hallpike positive right; Romberg negative; HINTS benign.",
        "Buruli ulcer excluded; Kaposi sarcoma excluded; Stevens-Johnson syndrome, SCORTEN 2.",
        "Model: ResMed AirSense 10 AutoSet; Philips EverFlo 5 L concentrator; Medtronic 780G pump; FreeStyle Libre 2.",
        "Immunisation: DTaP-IPV-Hib-HepB dose 3, PCV13 dose 3, MMR 1 due at 12 months; BCG scar present.",
        "Kt/V 1.4 on a Fresenius 5008S, dialyser FX80, blood flow 350 mL/min, heparin 1000 IU/h.",
        "Glasgow-Blatchford 12, Rockall 6; Mallory-Weiss tear; Dieulafoy lesion not seen.",
    ],
    seed=17_012,
)

FRESH12_STYLES = [
    "POLYSOMNOGRAPHY REPORT (level 1, attended)\nTotal sleep time 362 min, sleep efficiency 78%, "
    "N3 9%, REM 14%.\n{body}\nConclusion: severe obstructive sleep apnoea; auto-CPAP 5-15 cmH2O.",
    "WOUND CARE CHART\nSite: left heel, category 3 pressure injury. TIME framework applied.\n{body}\n"
    "Next dressing: 72 h. Offloading boot on.",
    "ANTENATAL CARD - visit 4\nGravida 3 Para 2, LMP unsure, dating scan 12+3/40.\n{body}\n"
    "Fetal heart 142/min, cephalic. Next visit 36/40.",
    "NEONATAL TRANSFER FORM (level 2 to level 3)\nGestation 31+5/40, birth weight 1480 g; CPAP 6, "
    "FiO2 0.30.\n{body}\nTransport incubator, temp 36.8 C on arrival.",
    "STROKE THROMBOLYSIS CHECKLIST\n[x] onset < 4.5 h  [x] CT no haemorrhage  [x] BP < 185/110\n{body}\n"
    "Door-to-needle 38 min.",
    "HOME OXYGEN ORDER FORM (HOOF)\nLong-term oxygen therapy, 2 L/min via nasal cannula, 16 h/day.\n"
    "{body}\nSmoking status: ex-smoker, CO 3 ppm; fire risk assessment done.",
    "REFERRAL TO CORONER / MEDICAL EXAMINER\nDeath within 24 h of admission; cause unclear.\n{body}\n"
    "Body retained; no cremation forms completed.",
    "FITNESS TO DRIVE - medical report\nCondition: epilepsy, single unprovoked seizure.\n{body}\n"
    "Advised not to drive for 6 months (Group 1).",
    "SCHOOL HEALTH ROOM NOTE\nGrade 7 student, asthma action plan on file.\n{body}\nReturned to class "
    "after 20 min; parent informed.",
    "PRISON HEALTHCARE TRANSFER SUMMARY\nReception screen complete; opioid substitution: methadone "
    "60 mg daily.\n{body}\nRisk: ACCT open, observations hourly.",
    "TRAVEL CLINIC RECORD\nItinerary: 5 weeks, rural, high-altitude trek; malaria risk high.\n{body}\n"
    "Advice: DEET 50%, bite avoidance, acetazolamide 125 mg bd from day -1.",
    "OCCUPATIONAL EXPOSURE (SHARPS) REPORT\nInjury: 21G hollow-bore needle, gloved, bled freely.\n{body}\n"
    "PEP: tenofovir/emtricitabine + dolutegravir started within 2 h.",
    "ORGAN DONATION REFERRAL\nDBD pathway; family approach planned with SNOD.\n{body}\n"
    "Contraindications: none absolute.",
    "AUDIOLOGY REPORT\nPure-tone audiometry, tympanometry and speech discrimination.\n{body}\n"
    "Plan: bilateral hearing aids, review 6 weeks.",
    "ENDOSCOPY REPORT\nProcedure: OGD, sedation midazolam 2 mg, pharyngeal spray.\n{body}\n"
    "Biopsies: D2 x4, antrum x2 (Sydney protocol).",
    "TB REGISTER ENTRY\nCategory: new, pulmonary, bacteriologically confirmed; regimen 2HRZE/4HR.\n{body}\n"
    "DOT by community health worker.",
    "SMS REMINDER LOG\n[auto] Your appointment is tomorrow. Reply 1 to confirm.\n{body}\n[auto] Confirmed.",
    "PATIENT PORTAL MESSAGE\nSubject: question about my tablets\n{body}\nThis message was read by the "
    "care team.",
    "{body}",
    "{body}",
]

FRESH12_PART = Part(
    "fresh12", FRESH12_VOCABULARY,
    [": ", " ", " #: ", " No ", " br. ", " nr ", " №", " No.: ", "：", " — ", ":  ", "/ ", " ("],
    ["{kv}", "{kv}.", "{kw}\n{v}", "{kw}: ________ {v}", "| {kw} | {v} | verified |",
     "[ ] {kv}", "[x] {kv}", "{kv} (from Omang/passport copy)", "{kv}; bed 6, bay 2",
     "► {kv}", "{kw} .......... {v}", "Demographics updated - {kv}", "{kv}, ICD-10 Z09"],
    {"mrn": ["IHS chart #", "ICN", "住院号", "病歷號", "matični broj", "broj povijesti bolesti",
             "HC", "N° dossier", "Health passport no.", "sjúkraskrárnúmer", "haiguslugu nr",
             "история на заболяването", "Hospital No", "Unit number"],
     "health_plan": ["Nunavut health card", "Medicaid ID", "LBO", "MBO", "健保卡號", "医保卡号",
                     "CNAM", "IGSS afiliación", "IHSS", "VA ID card", "Tribal health plan ID",
                     "NHIS no.", "Medicare Part A/B"],
     "account": ["IBAN", "račun", "žiro račun", "reikningsnúmer", "arvelduskonto", "facture n°",
                 "No. factura", "copay account", "patient account", "invoice"],
     "licence": ["passport no.", "vozačka dozvola", "ökuskírteini nr.", "AK DL", "NPI",
                 "执业证书编码", "醫師證書字號", "death certificate no.", "licencia de conducir",
                 "permis n°", "registration no."],
     "vehicle": ["plate", "reg. oznaka", "reg. br.", "車牌", "车牌号", "placa", "numéro "
                 "d'immatriculation", "ATV plate", "skráningarnúmer", "tablica"],
     "device": ["CPAP S/N", "concentrator serial", "UDI", "IMEI", "hearing aid serial",
                "pump SN", "Gerät Nr", "serijski broj", "序列号", "oximeter ID"],
     "other_id": ["kennitala", "isikukood", "OIB", "JMBG", "ЕГН", "rodné číslo", "身份证号",
                  "身分證字號", "PINFL", "Omang", "NIC", "DPI", "cédula", "CI", "ID card no.",
                  "EDIPI", "tribal enrollment #", "inmate no.", "coroner case ref",
                  "incident ref", "NHSBT donor ref"],
     "ssn": ["SSN", "SS#", "last-4 not enough, full SSN", "VA file/SSN"],
     "phone": ["tel", "cell", "mob.", "téléphone", "celular", "電話", "手机", "sími", "telefon",
               "тел.", "ტელ", "WhatsApp"],
     "fax": ["fax", "faks", "télécopie", "傳真", "FAX#"]},
    {"name": ["Seen with her {rel} {given}, who interpreted from Inuktitut.",
              "{full} came in on the mail plane.", "CHA {full} called the doctor on radio.",
              "Veteran {surname} reports nightmares since Korea.",
              "Sra. {surname} llegó acompañada por su {rel}.",
              "Mme {surname} est venue avec son {rel} {given}.",
              "Patient: {full}", "Nurse in charge: {full}, RN.",
              "Attending physician Dr {surname} signed the transfer.",
              "Son of {full}, the school nurse called him back.",
              "{given}'s mother declined the MMR today.",
              "主治医师：{surname}；患者家属 {given} 签字。",
              "Elder {full} taught us the Yup'ik word for the pain.",
              "Ordered by {full}, NP; cosigned by Dr {surname}.",
              "Inmate {full} was escorted by two officers."],
     "address": ["Home: [[address:{n} {street}]], {city}.",
                 "Domicilio: [[address:{street} No. {n}]], zona {n2}, {city}.",
                 "Adresa: [[address:{street} {n}]], {city}",
                 "Heimilisfang: [[address:{street} {n}]], {city}.",
                 "She lives in [[address:House {n}, {street}]], {city}.",
                 "地址：{city}[[address:{street}{n}号]]",
                 "Adresse : [[address:{n} {street}]], {city}",
                 "Mailing address [[address:P.O. Box {n}]], {city}.",
                 "Plot [[address:{n}/{n2} {street}]], {city}",
                 "Route: [[address:HC 63 Box {n}]], {city}"],
     "place": ["Medevac from {city} to Anchorage was delayed by weather.",
               "Transferred from {city} health centre by Twin Otter.",
               "Procedente de {city}, agricultor.", "Originaire de {city}, vit seul.",
               "Travelled back from {city} three days before the fever.",
               "患者来自{city}，务农。", "Born in {city}; moved to the capital in 1998.",
               "Referred from [[place:Mzuzu Central Hospital]] in the north of the country.",
               "Referred from [[place:Kamuzu Central Hospital]] with a surgical abdomen.",
               "Admitted to [[place:Landspítali]] overnight, back to {city} today.",
               "Sent to [[place:Hospital del Niño Dr. Ovidio Aliaga Uría]] for surgery.",
               "Seen at [[place:Qikiqtani General Hospital]] in 2022.",
               "Transfer to [[place:Alaska Native Medical Center]] approved.",
               "Prijem u [[place:KBC Osijek]] radi PCI.",
               "Discharged from [[place:Mater Dei Hospital]]; GP in {city}."],
     "zip": ["ZIP {v}", "Postal code {v}", "código postal {v}", "邮编 {v}", "póstnúmer {v}",
             "sihtnumber {v}", "poštanski broj {v}", "пощенски код {v}", "code postal {v}",
             "Post code: {v}"],
     "date": ["DOB: {v}", "Fecha de ingreso: {v}", "Date d'admission : {v}", "入院日期：{v}",
              "Datum prijema: {v}", "Seen {v} 09:40 by the CHA.", "Innlögn {v}.",
              "Vastuvõtt {v}", "Last TB dose given {v}.", "Next recall due {v}.",
              "Exposure occurred {v} 02:15 on night shift.", "Date of death: {v}",
              "Sleep study performed night of {v}."],
     "phone": ["Call the village clinic at {v}.", "Contact hija: {v}", "手机 {v}，随访。",
               "Mum's mobile {v} (text only).", "Reach the veteran at {v} after 5 pm.",
               "Téléphone du fils : {v}", "Broj telefona: {v}"],
     "fax": ["Fax the results to {v}.", "Records requested by fax {v}.", "Faks bolnice: {v}",
             "Télécopie : {v}"],
     "email": ["Portal alias: {v}", "Correo electrónico: {v}", "Sent from {v}",
               "Mum prefers e-mail: {v}", "Netfang: {v}"],
     "ssn": ["SSN {v} verified with DD-214.", "{v} is the SSN on the VA card.",
             "Medicare card still shows SSN {v}."],
     "mrn": ["Chart {v} pulled from the village clinic.", "住院号{v}。", "Historia clínica {v}, cama 12.",
             "ICN {v} merged with old record."],
     "health_plan": ["Medicaid ID {v}, active.", "Health card {v} expires next year.",
                     "IGSS afiliación {v}.", "健保卡號{v}"],
     "account": ["Copay billed to account {v}.", "Uplatiti na račun {v}.",
                 "Facture n° {v} envoyée à la CNAM."],
     "licence": ["Driver licence {v} surrendered to DMV.", "Passport {v} seen at the travel clinic.",
                 "Death certificate no. {v} issued."],
     "vehicle": ["Plate {v} noted by the trooper at the scene.", "Vozilo reg. oznake {v}.",
                 "The pickup (VIN {vin}) hit a cow on Route 160.", "车牌号{v}的货车追尾。"],
     "device": ["CPAP serial {v} downloaded: usage 6.1 h/night.",
                "Concentrator S/N {v} delivered by the supplier.", "Hearing aids serial {v} and {v}."],
     "url": ["She shares her dialysis diary at {v}.", "Fundraiser for the medevac: {v}",
             "Family photos of the wound uploaded to {v}."],
     "ip": ["Telehealth cart connected from {v}.", "Portal login from {v} flagged.",
            "Oximeter gateway {v} lost signal overnight."],
     "other_id": ["Kennitala {v}.", "Isikukood {v}", "JMBG: {v}", "身份证号：{v}",
                  "Omang {v} copied.", "Inmate number {v}.", "Tribal ID {v} on the IHS card."]},
    ["{v} ({kw})", "{v} - {kw}", "{v} = {kw}", "{v} [{kw}, checked]", "{v}, {kw} per registration"],
    ["Sleep staging followed the AASM manual (https://aasm.org/clinical-resources/scoring-manual/).",
     "As in the WHO consolidated TB guidelines (https://www.who.int/publications/i/item/978924{n}{n}).",
     "See https://pubmed.ncbi.nlm.nih.gov/3{n}{n}{n}/ for the original series.",
     "Reviewed in doi:10.1016/S0140-6736(2{n2})0{n}-X and the 2019 ESO guideline.",
     "The STOP-BANG validation (https://doi.org/10.1097/ALN.0b013e31816d{n}{n}) was used."],
    True, values=FRESH12_VALUES, age=_f12_age, styles=FRESH12_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh12-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("ihs-progress",
     "IHS PROGRESS NOTE - [[place:Kayenta Health Center]]\nPatient: [[name:BEGAYE, Loretta Mae]]   "
     "DOB [[date:04/17/1931]] ([[age:93 y/o]] F)\nIHS chart # [[mrn:0048213]]   Tribal enrollment # "
     "[[other_id:118-40372]]\nHome: [[address:HC 61 Box 2240]], [[place:Kayenta]], AZ [[zip:86033]]; no "
     "running water, hauls water weekly.\nS: granddaughter [[name:Shaylene]] interprets from Diné. "
     "Cough x3 wk, night sweats, 4 kg weight loss.\nA/P: r/o TB - sputum x3 for AFB and Xpert, CXR; "
     "TST placed L forearm. PHN [[name:Dale Tsosie]], RN to follow up; clinic line "
     "[[phone:(928) 555-0164]].\nSigned: [[name:R. Nakai]], MD"),
    ("va-cprs",
     "LOCAL TITLE: PRIMARY CARE NOTE\nSTANDARD TITLE: PRIMARY CARE OUTPATIENT NOTE\nENTRY DATE: "
     "[[date:MAR 14, 2024]]@10:42\nAUTHOR: [[name:HALVORSEN,KRISTIN A]]   STATUS: COMPLETED\n"
     "PATIENT: [[name:WHITEHORSE,DALE R]]   SSN: [[ssn:527-38-1946]]   ICN: [[mrn:1012874563V409211]]\n"
     "[[age:91 y/o]] Korean War era veteran, SC 70% (PTSD 50%, tinnitus 10%, bilateral hearing loss).\n"
     "Wife [[name:Arlene]] reports two falls since last visit. Lives at [[address:1408 W Cedar Ave]], "
     "[[place:Flagstaff]], AZ [[zip:86001]]. Home phone [[phone:928-555-0133]].\nCommunity Care "
     "consult (PT, home safety eval) faxed to [[fax:(928) 555-0190]].\nPHQ-2 0, AUDIT-C 1, "
     "MoCA 22/30. Return 3 months."),
    ("alaska-village",
     "VILLAGE CLINIC ENCOUNTER (CHA/P) - [[place:Kwethluk]] clinic\nPt [[name:Evon Nicolai]], DOB "
     "[[date:11/02/1929]] ([[age:95 yo]]). Elder, Yup'ik speaker; grandson [[name:Jaden Nicolai]] "
     "translates.\nFever 39.2, RR 28, SpO2 86% RA, crackles R base. Per CHAM: called referral "
     "doctor Dr [[name:Mbugua]] at [[place:Yukon-Kuskokwim Delta Regional Hospital]] on "
     "[[phone:(907) 555-0148]]; medevac to [[place:Bethel]] when the weather lifts.\nAlaska Medicaid "
     "ID [[health_plan:4470192385]]. Mailing: [[address:P.O. Box 88]], [[place:Kwethluk]], AK "
     "[[zip:99621]].\nCHA [[name:Martha Andrew]]"),
    ("nunavut-station",
     "[[place:Pangnirtung Health Centre]] - Nursing Station Encounter\nClient: [[name:Annie "
     "Kilabuk]]   Nunavut health care # [[health_plan:604 118 327]]   DOB [[date:1934-06-21]]\n"
     "Interpreter (Inuktitut): [[name:Leah Qaqqasiq]]\nCC: SOB x2 days, bilateral crackles, BNP "
     "not available; SpO2 88% on 4 L.\nPlan: medevac to [[place:Qikiqtani General Hospital]], "
     "[[place:Iqaluit]], NU [[zip:X0A 0H0]]; on-call physician notified by phone "
     "[[phone:867-555-0123]].\nCHN [[name:M. Doucette]], RN"),
    ("nunavut-neonatal",
     "NEONATAL TRANSFER - [[place:Kivalliq Health Centre]], [[place:Rankin Inlet]] to "
     "[[place:Children's Hospital of Eastern Ontario]]\nBaby girl [[name:Qaunaq]], born "
     "[[date:2024-09-14 03:52]] at 33+2/40, BW 1820 g, Apgar 5/7/9.\nMother: [[name:Nuvuja Qaunaq]], "
     "NU health # [[health_plan:604 221 905]]; father [[name:Tulugaq Oktollik]] travelling with "
     "baby.\nCPAP 6 cmH2O, FiO2 0.28; glucose 2.8 mmol/L after D10W 80 mL/kg/day.\nContact "
     "father [[phone:867-555-0177]]."),
    ("bolivia-epicrisis",
     "EPICRISIS\n[[place:Hospital Obrero N° 1]] - Medicina Interna\nPaciente: [[name:QUISPE MAMANI, "
     "Ximena]]   CI: [[other_id:4821937]] (expedido en LP)\nEdad: [[age:92 años]]   Fecha de "
     "ingreso: [[date:3 de febrero de 2024]]   Fecha de alta: [[date:12/02/2024]]\nDomicilio: "
     "[[address:Calle 3 N° 1127]], zona [[place:Villa Adela]], [[place:El Alto]]\nHija: "
     "[[name:Yessenia Quispe]], cel. [[phone:+591 71234577]]\nDiagnóstico: neumonía adquirida en la "
     "comunidad, CURB-65 3; policitemia de altura (Hb 19,8 g/dl).\nMédico tratante: Dr. "
     "[[name:Fernando Choque Apaza]], matrícula profesional [[licence:CH-1184-LP]]"),
    ("ecuador-008",
     "FORMULARIO 008 - EMERGENCIA\n[[place:Hospital General Docente de Riobamba]]\nApellidos y "
     "nombres: [[name:GUAMÁN PILCO María Dolores]]\nCédula: [[other_id:0603318742]]   Historia "
     "clínica: [[mrn:218844]]\nFecha y hora: [[date:14/07/2023 03:20]]\nEdad: 38 años. Dirección: "
     "[[address:Av. Daniel León Borja 21-14]], [[place:Riobamba]], Chimborazo. Teléfono "
     "[[phone:098 441 2277]].\nAcompañante: esposo [[name:Segundo Guamán]].\nG3P2 a las 39 semanas, "
     "hemorragia posparto, índice de shock 1,3; oxitocina 10 UI IM, ácido tranexámico 1 g IV."),
    ("guatemala-referencia",
     "HOJA DE REFERENCIA Y CONTRARREFERENCIA\nDe: [[place:Puesto de Salud Xecaracoj]] a "
     "[[place:Hospital Regional de Occidente]], [[place:Quetzaltenango]]\nNombre: [[name:Nayeli "
     "Xicará Tzoc]]   DPI/CUI: [[other_id:2548 61834 0901]]\nAfiliación IGSS: "
     "[[health_plan:19-72004418-3]]\nEdad 29 años, G2P1, 36 semanas, PA 162/108, proteinuria ++.\n"
     "Idioma k'iche'; intérprete comunitaria [[name:Ana Tum]].\nDirección: [[address:4a. calle 11-37 "
     "zona 3]], [[place:Quetzaltenango]]. Tel. [[phone:+502 5518 2044]]\nFecha: [[date:9 de octubre de "
     "2024]]. Sulfato de magnesio 4 g IV (esquema Zuspan)."),
    ("honduras-ihss",
     "IHSS - [[place:Hospital Regional del Norte]], [[place:San Pedro Sula]]\nNota de ingreso "
     "(trauma)\nNombre: [[name:Wilmer Antonio Paz Rivera]]; identidad [[other_id:0501-1986-04421]]; "
     "expediente [[mrn:88-1931]]\nAccidente en motocicleta placa [[vehicle:MCE 4417]] contra "
     "camión; casco no usado. Glasgow 13, FAST negativo.\nTraído por su hermana [[name:Yolany Paz]], "
     "cel. [[phone:+504 9871-2260]]. Domicilio: colonia [[place:Rivera Hernández]], [[address:calle "
     "8, casa 14]]."),
    ("tunisia-cr",
     "Compte rendu d'hospitalisation - Service de Cardiologie, [[place:CHU Hédi Chaker]], "
     "[[place:Sfax]]\nPatiente : Mme [[name:Rim Trabelsi]] née [[name:Ben Salah]] - الاسم: "
     "[[name:ريم الطرابلسي]]\nCIN [[other_id:07218845]]   N° CNAM [[health_plan:17220458/61]]\nDate de "
     "naissance : [[date:12/05/1933]] ([[age:91 ans]])\nAdresse : [[address:14 Rue Ali Belhouane]], "
     "[[zip:3027]] [[place:Sfax]]   Tél : [[phone:+216 74 221 904]]\nEntrée le [[date:2 mars 2024]], "
     "sortie le [[date:9 mars 2024]]. ACFA, CHA2DS2-VASc 5, HAS-BLED 2 ; apixaban 2,5 mg x2/j.\n"
     "Dr [[name:Mohamed Amine Ben Ammar]]"),
    ("eritrea-referral",
     "REFERRAL NOTE - [[place:Keren Zonal Referral Hospital]] to [[place:Orotta National Referral "
     "Hospital]]\nPatient: [[name:Tsegereda Tesfamariam Gebreyesus]], F, [[age:90 yrs]], card no. "
     "[[mrn:0218/14]]\nFrom the village of [[place:Halhal]], Anseba zone.\nSon [[name:Yonas "
     "Tesfamariam]] accompanies (tel [[phone:+291 7 118 442]]).\nDate [[date:14 Apr 2024]]. Complete "
     "heart block, HR 32, for pacing."),
    ("malawi-passport",
     "HEALTH PASSPORT - antenatal entry\n[[place:Zomba Central Hospital]], ANC clinic   "
     "[[date:12-Mar-24]]\nName [[name:Tiyamike Phiri]], 24 yrs, village [[place:Chingale]], TA "
     "[[place:Mwambo]], [[place:Zomba]] district\nANC no. [[mrn:ZCH/ANC/4418]]; G2P1 28/40, Hb 9.6, "
     "MRDT neg, HIV NR (retest 3rd trimester), syphilis neg.\nGuardian: husband [[name:Chisomo "
     "Banda]], [[phone:+265 999 21 44 87]]\nSP dose 2, TTV2, FeFol given. Clinician "
     "[[name:Kachingwe]]"),
    ("botswana-referral",
     "[[place:Nyangabgwe Referral Hospital]], [[place:Francistown]]\nReferral to [[place:Princess "
     "Marina Hospital]], medical ward\nName: [[name:Kagiso Mogwe]]   Omang [[other_id:412829517]]   "
     "Age [[age:96]]\nAddress: [[address:Plot 4412, Block 5]], [[place:Francistown]]; daughter "
     "[[name:Onalenna Mogwe]] cell [[phone:+267 71 448 902]]\nDate [[date:18 Jun 2024]]. Hb 6.8, "
     "MCV 62, stool occult blood positive; for OGD/colonoscopy."),
    ("namibia-note",
     "[[place:Oshakati Intermediate Hospital]] - Ward 3 admission\nPatient [[name:Ndapewa Shikongo]], "
     "ID no. [[other_id:48061200317]], PSEMAS no. [[health_plan:10228471]]\nFrom [[address:Erf 1127, "
     "Ext 4]], [[place:Ongwediva]]; travelled by taxi [[vehicle:N 4471 OS]].\nAdmitted "
     "[[date:5 Nov 2023]]; DKA (pH 7.05, ketones 5.8 mmol/L), JBDS protocol."),
    ("madagascar-taratasy",
     "TARATASY FAMINDRANA / fiche de transfert\n[[place:CHU Joseph Ravoahangy Andrianavalona]], "
     "[[place:Antananarivo]]\nAnarana: [[name:RAKOTOMALALA Rivo Harisoa]]\nDaty nahaterahana: "
     "[[date:12 Martsa 1932]] - [[age:92 taona]]\nAdiresy: [[address:Lot IVG 118 Bis]], "
     "[[place:Antsirabe]]   Finday [[phone:034 12 345 67]]\nDiagnostic : AVC ischémique, NIHSS 9, "
     "hors délai de thrombolyse. Dr [[name:Andry Razafindrakoto]]"),
    ("mauritius-discharge",
     "[[place:Dr A.G. Jeetoo Hospital]], [[place:Port Louis]] - Discharge summary\nName: "
     "[[name:Vikash Ramgoolam]]   NIC [[other_id:R100234440017C]]   Age [[age:90]]\nAddress: "
     "[[address:27 Royal Road]], [[place:Curepipe]] [[zip:74213]]\nAdmitted [[date:4/2/2024]], "
     "discharged [[date:9/2/2024]]. Diabetic foot, Wagner 3; below-knee amputation declined.\n"
     "Contact: son [[name:Anil]], [[phone:+230 5712 4408]]"),
    ("georgia-epicrisis",
     "ეპიკრიზი - [[place:ქუთაისის რეფერალური ჰოსპიტალი]]\nპაციენტი: [[name:ნინო ბერიძე]]   "
     "პირადი ნომერი: [[other_id:01024056789]]\nასაკი: [[age:91 წლის]]\nმისამართი: "
     "[[address:ჭავჭავაძის ქ. 14]], [[place:ქუთაისი]]   ტელ: [[phone:+995 577 12 34 56]]\n"
     "შემოსვლის თარიღი: [[date:14.03.2024]]\nDiagnosis: NSTEMI, GRACE 168; PCI to LAD."),
    ("armenia-note",
     "[[place:Erebouni Medical Center]], [[place:Yerevan]] - discharge\nՀիվանդ՝ [[name:Անահիտ "
     "Հովհաննիսյան]], [[age:93 տարեկան]]\nՀԾՀ (social card) [[other_id:3104520187]]\nՀասցե՝ "
     "[[address:Տիգրան Մեծի պող. 48, բն. 12]], [[place:Գյումրի]]\nTel [[phone:+374 93 412118]]; "
     "admitted [[date:2/3/2024]]. Hip fracture, Garden IV, hemiarthroplasty."),
    ("uzbek-kochirma",
     "KASALLIK TARIXIDAN KO'CHIRMA\n[[place:Samarqand viloyat ko'p tarmoqli tibbiyot markazi]]\n"
     "Bemor: [[name:Karimova Dilnoza Rustamovna]], [[date:14.05.1931]] y.t., [[age:93 yoshda]]\n"
     "JSHSHIR [[other_id:41405310270045]]   Kasallik tarixi № [[mrn:4418/221]]\nManzil: "
     "[[place:Samarqand]] sh., [[address:Amir Temur ko'chasi 27-uy, 14-xonadon]]\nTel: "
     "[[phone:+998 91 234 56 78]]\nDavolovchi shifokor: [[name:Sardor Yusupov]]"),
    ("lao-transfer",
     "ໃບສົ່ງຕໍ່ຄົນເຈັບ / transfer form - [[place:Mahosot Hospital]]\nຊື່: ນາງ "
     "[[name:ຄຳລາ ພົມມະຈັນ]]   ອາຍຸ [[age:90 ປີ]]\nບ້ານ [[place:ໂພນສະອາດ]], ເມືອງ "
     "[[place:ໄຊເສດຖາ]]\nTel [[phone:+856 20 5512 8844]]\nDengue with warning signs, Hct 48%, PLT "
     "22 000; WHO 2009 classification."),
    ("china-discharge",
     "出院记录\n[[place:四川大学华西医院]] 呼吸与危重症医学科\n姓名：[[name:王秀英]]  性别：女  年龄："
     "[[age:91岁]]\n住院号：[[mrn:ZY202401873]]  身份证号：[[other_id:51010719330214062X]]\n医保卡号："
     "[[health_plan:5101A2274419]]\n入院日期：[[date:2024年1月3日]]  出院日期：[[date:2024年1月15日]]\n"
     "住址：[[place:成都市]][[place:武侯区]][[address:人民南路四段27号3栋2单元501]]\n联系人：儿子 "
     "[[name:李建国]]  电话 [[phone:139 8011 2457]]\n入院诊断：1.社区获得性肺炎（CURB-65 3分）"
     "2.慢性阻塞性肺疾病（GOLD 3级）\n主治医师：[[name:张伟]]"),
    ("taiwan-summary",
     "出院病歷摘要\n[[place:彰化基督教醫院]] 神經內科\n病歷號：[[mrn:0038842716]]  姓名：[[name:林玉婷]]  "
     "身分證字號：[[other_id:B223184571]]\n出生日期：[[date:民國22年8月9日]]（[[age:91歲]]）\n健保卡號："
     "[[health_plan:0000 4418 2273]]\n地址：[[zip:510]]彰化縣[[place:員林市]][[address:中山路二段556號]]\n"
     "急性缺血性腦中風，NIHSS 12，rt-PA 0.6 mg/kg（日本劑量）於到院後 41 分鐘給予。"),
    ("samoa-retrieval",
     "[[place:Tupua Tamasese Meaole Hospital]], [[place:Apia]] - overseas treatment referral\n"
     "Patient: [[name:Malia Tuilagi]]   Age: [[age:94]]   Village: [[place:Vailele]]\nPassport "
     "[[licence:SA104771]] (escort: son [[name:Sione Tuilagi]], [[phone:+685 7712448]])\nSevere AS, "
     "AVA 0.6 cm2, for TAVI assessment overseas."),
    ("tonga-note",
     "[[place:Vaiola Hospital]], [[place:Nuku'alofa]] - medical ward\n[[name:Sione Fifita]], 63, "
     "from [[place:Kolofo'ou]]; wife [[name:ʻAna Fifita]] ([[phone:+676 771 4402]]).\nRheumatic "
     "MS, Wilkins score 8; benzathine penicillin 1.2 MU every 28 days."),
    ("iceland-utskrift",
     "Útskriftarbréf - [[place:Sjúkrahúsið á Akureyri]]\nNafn: [[name:Guðrún Jónsdóttir]]   "
     "Kennitala: [[other_id:140331-2219]]   Aldur: [[age:93 ára]]\nHeimilisfang: "
     "[[address:Hafnarstræti 88]], [[zip:600]] [[place:Akureyri]]\nSími [[phone:862 4417]]   "
     "Netfang [[email:gudrun.jons@example.is]]\nInnlögn [[date:3. mars 2024]], útskrift "
     "[[date:11. mars 2024]]. Lungnabólga, CURB-65 2.\nLæknir: [[name:Sigurður Ólafsson]]"),
    ("estonia-epikriis",
     "Epikriis - [[place:Tartu Ülikooli Kliinikum]]\nPatsient: [[name:Kadri Tamm]], isikukood "
     "[[other_id:43207120314]], [[age:92-aastane]]\nElukoht: [[address:Rüütli tn 12-4]], "
     "[[zip:51007]] [[place:Tartu]]   Tel [[phone:+372 5512 8840]]\nHospitaliseeritud "
     "[[date:14.02.2024]]–[[date:21.02.2024]]. Südamepuudulikkus, NYHA III, NT-proBNP 8420 ng/l.\n"
     "Raviarst: [[name:Tõnu Kask]]"),
    ("slovakia-prepustacia",
     "Prepúšťacia správa - [[place:Univerzitná nemocnica L. Pasteura Košice]]\nPacientka: "
     "[[name:Zuzana Horváthová]], rodné číslo [[other_id:325412/123]], [[age:92-ročná]]\nBydlisko: "
     "[[address:Hlavná 44]], [[zip:040 01]] [[place:Košice]]\nPrijatá [[date:3. 4. 2024]], "
     "prepustená [[date:12. 4. 2024]]. Erysipel, ASO 400 IU/ml.\nOšetrujúci lekár: MUDr. "
     "[[name:Peter Kollár]]"),
    ("croatia-otpusno",
     "OTPUSNO PISMO - [[place:KBC Osijek]], Klinika za neurologiju\nIme i prezime: [[name:Ivana "
     "Kovačević]]   OIB: [[other_id:48213355071]]   MBO: [[health_plan:172044183]]\nDatum rođenja: "
     "[[date:12. ožujka 1931]] ([[age:93 godine]])\nAdresa: [[address:Europska avenija 14]], "
     "[[zip:31000]] [[place:Osijek]]   Tel: [[phone:091 442 1187]]\nPrimljena [[date:4. 3. 2024]] u "
     "14:20; tromboliza alteplazom, NIHSS 14 -> 4, mRS 2 pri otpustu.\nKćer [[name:Marija]] "
     "vozila je automobil reg. oznake [[vehicle:OS 418-KM]].\nLiječnik: dr. med. [[name:Dragan "
     "Perić]]"),
    ("serbia-otpusna",
     "Otpusna lista - [[place:Klinički centar Vojvodine]], [[place:Novi Sad]]\nPacijent: "
     "[[name:Jovana Petrović]], JMBG [[other_id:0103931805012]], LBO [[health_plan:10482276118]]\n"
     "Adresa: [[address:Bulevar oslobođenja 88/3]], [[zip:21000]] [[place:Novi Sad]]   Tel: "
     "[[phone:064/118-2290]]\nЛекар: др [[name:Милан Јовановић]]\nDijagnoza: I21.4, GRACE 151."),
    ("bulgaria-epikriza",
     "ЕПИКРИЗА - [[place:УМБАЛ „Свети Георги“]], [[place:Пловдив]]\nПациент: [[name:Десислава "
     "Иванова Димитрова]], ЕГН [[other_id:3102144470]], [[age:93-годишна]]\nАдрес: гр. "
     "[[place:Пловдив]], [[address:ул. „Иван Вазов“ № 21]]   тел. [[phone:0887 412 338]]\nДата на "
     "постъпване: [[date:05.02.2024]]\nДиагноза: J18.9, CRB-65 3."),
    ("malta-discharge",
     "[[place:Mater Dei Hospital]] - Discharge letter\nName: [[name:Charmaine Camilleri]]   ID card "
     "[[other_id:0412331M]]   Age [[age:90]]\nAddress: [[address:12, Triq il-Kbira]], "
     "[[place:Birkirkara]] [[zip:BKR 9031]]   Phone [[phone:+356 7941 2277]]\nGP: Dr [[name:Joseph "
     "Borg]]; fax [[fax:2145 1188]]\nHome oxygen: concentrator S/N [[device:EV04418827]], 2 L/min "
     "for 16 h/day."),
    ("sleep-study",
     "POLYSOMNOGRAPHY REPORT - [[place:Hays Medical Center]] Sleep Lab\nPatient [[name:Dale "
     "Brunner]], DOB [[date:07/22/1958]], MRN [[mrn:A2290447]]; study night [[date:11/08/2024]]\n"
     "AHI 41/h, supine AHI 63/h, nadir SpO2 74%. Auto-CPAP issued: serial "
     "[[device:23181144902]]; modem uploads via [[ip:10.44.2.19]].\nInterpreting physician "
     "[[name:Anil Mehra]], MD, NPI [[licence:1588204417]]"),
    ("wound-chart",
     "HOME HEALTH WOUND CARE - [[place:Tuba City]] service unit\nPt [[name:Yellowhorse, Harold]]   "
     "Visit [[date:09/03/2024]]\nSacral stage 4 pressure injury 6.1 x 4.0 x 2.2 cm, tunnelling 3 cm "
     "at 12 o'clock; NPWT 125 mmHg (pump SN [[device:KCI-4471-88210]]).\nPhotos uploaded to the "
     "wound portal from [[ip:198.51.100.77]]. Caregiver [[name:Begay, Rena]] taught dressing "
     "change."),
    ("coroner-referral",
     "STATE MEDICAL EXAMINER REFERRAL\nDecedent: [[name:Leonard Oktollik]], DOB [[date:02/19/1961]]\n"
     "Found at [[address:306 Front Street]], [[place:Nome]], AK [[zip:99762]] on [[date:01/07/2025]].\n"
     "ME case no. [[other_id:ME25-0019]]; pronounced by [[name:K. Ivanoff]], CHA.\nSnowmachine "
     "(VIN [[vehicle:2BPSUDG14PV004471]]) found 40 m from the body. No autopsy consent needed."),
    ("fitness-to-drive",
     "Alaska DMV - Physician's Report of Medical Condition\nDriver: [[name:Loretta Kanayurak]], AK DL "
     "[[licence:7104482]]\nVehicle plate [[vehicle:JTR 442]]\nFirst unprovoked seizure "
     "[[date:6/2/24]]; EEG normal, MRI normal. Not to drive for 6 months.\nExamining physician: "
     "[[name:Tom Ahgeak]], MD, license [[licence:MEDP4418]]"),
    ("school-nurse",
     "SCHOOL NURSE NOTE - [[place:Pine Ridge]]\nStudent: [[name:Wanbli Two Bulls]], DOB "
     "[[date:05/11/2011]], student ID [[other_id:S0041872]]\nWheeze after PE, peak flow 190 L/min "
     "(60% of best); salbutamol 4 puffs via spacer, recovered to 290.\nMother [[name:Winona Two "
     "Bulls]] informed on [[phone:(605) 555-0139]]."),
    ("prison-transfer",
     "PRISON HEALTHCARE TRANSFER\nFrom [[place:Spring Creek Correctional Center]], [[place:Seward]] "
     "to [[place:Goose Creek Correctional Center]]\nInmate [[name:Jesse Kalmakoff]], inmate no. "
     "[[other_id:A48122]], biometric (fingerprint) ID [[other_id:FP-2291844]]\nMethadone 80 mg "
     "daily, last dose [[date:10/14/2024 07:30]] witnessed; hepatitis C RNA positive, "
     "sofosbuvir/velpatasvir week 6 of 12."),
    ("travel-clinic",
     "TRAVEL CLINIC RECORD\nTraveller: [[name:Nino Kapanadze]]   Passport [[licence:15AB04418]]\n"
     "E-mail [[email:nino.kapanadze@example.ge]]   Departure [[date:28 Aug 2024]]\nItinerary: "
     "[[place:Cusco]], [[place:Puno]], then the Amazon lowlands; 5 weeks.\nYellow fever 17D "
     "(certificate no. [[licence:YF-2024-11842]]), typhoid Vi, hepatitis A; malarone."),
    ("needlestick",
     "OCCUPATIONAL EXPOSURE FORM\nInjured worker: [[name:Yu-ting Chen]], RN, staff no. "
     "[[other_id:N042281]]\nDate/time: [[date:2024/05/17 22:40]]\nSource patient: 病歷號 "
     "[[mrn:0017733905]]; HBsAg neg, anti-HCV neg, HIV Ag/Ab neg.\nWorker anti-HBs 210 mIU/mL; no "
     "PEP needed. Reported to infection control."),
    ("organ-donation",
     "ORGAN DONATION REFERRAL - [[place:KBC Split]], JIL\nDonor: [[name:Ante Jurić]], 54 g., "
     "OIB [[other_id:71028844563]]\nBrain death confirmed [[date:22. 6. 2024 13:05]]; "
     "Eurotransplant donor no. [[other_id:ET-HR-24-0417]]\nFamily (wife [[name:Snježana]]) "
     "consented; tel. [[phone:098 331 4402]]."),
    ("audiology-va",
     "AUDIOLOGY C&P / HEARING AID FITTING\nVeteran: [[name:ESPINOZA,RAMON]]   SS#: "
     "[[ssn:461-22-8830]]\nPTA R 55 dB HL, L 60 dB HL; WRS 72%/68% (Maryland CNC).\nHearing aids "
     "fitted: R serial [[device:2218F0441]], L serial [[device:2218F0442]]. Batteries mailed to "
     "[[address:2207 Mesa Verde Dr]], [[place:Gallup]], NM [[zip:87301]]."),
    ("endoscopy-report",
     "ENDOSCOPY REPORT - [[place:Sir Seewoosagur Ramgoolam National Hospital]]\nPatient "
     "[[name:Devi Ramsamy]], hospital no. [[mrn:P22-41187]], date [[date:17 juin 2024]]\nOGD: LA "
     "grade B oesophagitis, Barrett C1M3 (Prague), Forrest IIb ulcer D1 - clipped.\nEndoscopist: "
     "Dr [[name:Kevin Li Kwong Ken]]"),
    ("pathology-request",
     "ЗАЯВКА ЗА ХИСТОЛОГИЧНО ИЗСЛЕДВАНЕ\nПациент: [[name:Ивелина Стоянова]], ЕГН "
     "[[other_id:6807224410]]\nМатериал: биопсия от шийка на матката; лабораторен номер "
     "[[mrn:H24-11873]]\nИзпращащ лекар: д-р [[name:Георги Андреев]], УИН [[licence:1600014487]]"),
    ("tb-register",
     "TB REGISTER (district) - entry [[mrn:2024/118]]\nName [[name:Sardor Yusupov]], 41 y, "
     "[[address:Navoi ko'chasi 12]], [[place:Namangan]]\nStart [[date:04.01.2024]]; smear 3+, "
     "Xpert MTB/RIF detected, RR not detected; DOT supporter [[name:Gulnora]]."),
    ("immunisation-recall",
     "IMMUNISATION RECALL\nTo the parent or guardian of [[name:Luke Vella]] (born "
     "[[date:14/01/2023]])\n[[address:Flat 3, 27 Triq San Pawl]], [[place:Qormi]] [[zip:QRM 1423]]\n"
     "Our records show that MMR dose 1 and the 12-month PCV booster are overdue. Please call "
     "[[phone:+356 2144 0099]] or reply to [[email:vella.family@example.mt]]."),
    ("sms-log",
     "SMS LOG - [[place:Centro de Salud Villa Dolores]]\n[[date:10/06/2024 08:01]] to "
     "[[phone:+591 76543210]]: Sra. [[name:Mamani]], su control prenatal es mañana 8:30.\n"
     "[[date:10/06/2024 08:14]] from [[phone:+591 76543210]]: ok gracias, va mi esposo "
     "[[name:Rubén]] también.\n[[date:11/06/2024 17:20]] to [[phone:+591 72218804]]: "
     "[[name:Wilma]], recoja sus resultados de Papanicolaou."),
    ("portal-message",
     "My HealtheVet secure message\nFrom: [[name:Raymond Tso]] <[[email:rtso1946@example.com]]>\n"
     "Sent [[date:02/11/2025 21:47]] from [[ip:203.0.113.58]]\nDoc, my sugar meter reads 310 "
     "tonight. The pictures of my foot are at [[url:https://photos.example.com/raytso/foot]].\n"
     "Reply (RN [[name:Beth Lomayestewa]]): please call the clinic at [[phone:(928) 555-0112]] "
     "tomorrow morning."),
    ("medication-list",
     "DISCHARGE MEDICATION LIST\n[[name:Levan Beridze]], [[date:14.08.2024]], bed 7\n"
     "apixaban 5 mg bd; bisoprolol 2.5 mg od; empagliflozin 10 mg od; furosemide 40 mg mane.\n"
     "Pharmacy account [[account:GE29NB0000000101904917]]; glucose meter SN [[device:GLM-7710-44821]]."),
    ("va-billing",
     "VA COMMUNITY CARE - claim correspondence\nVeteran [[name:Harold Bitsui]], VA file/SSN "
     "[[ssn:531 44 9087]], EDIPI [[other_id:1248817709]]\nCopay account [[account:4471908822]]; "
     "travel pay to [[address:Box 1187]], [[place:Chinle]], AZ [[zip:86503]].\nContact "
     "[[email:harold.bitsui@example.net]]."),
    ("croatia-invoice",
     "RAČUN za dopunsko osiguranje - [[place:Poliklinika Ilica]]\nPacijent [[name:Marko "
     "Babić]]; uplatiti na IBAN [[account:HR1723600001101234565]]\nPoziv na broj "
     "[[account:2024-004471]]; e-račun [[url:https://e-racun.example.hr/r/4471]]"),
    ("chengdu-accident",
     "急诊病历\n[[date:2023-11-04 23:15]] 患者[[name:周强]]，男，34岁，驾驶车牌号[[vehicle:川A·47712]]"
     "小轿车与货车相撞。\nGCS 14，FAST阴性。联系人：妻子[[name:刘芳]] 手机[[phone:138 0811 4477]]。"),
    ("tbilisi-ambulance",
     "Ambulance handover ([[place:Tbilisi]]): [[name:Levan Gelashvili]], 67, car [[vehicle:TB-447-LG]] "
     "rolled on a mountain road; wife [[name:Nana]] [[phone:+995 599 44 17 88]]."),
    # clean letters (no identifiers)
    ("clean-sleep",
     "SLEEP STUDY SUMMARY\nAHI 18.4/h (moderate), REM AHI 32/h, ODI 15/h, T90 6%; Cheyne-Stokes "
     "respiration absent. Epworth 12, STOP-BANG 5. ResMed AirSense 11 AutoSet 6-14 cmH2O. ICD-10 "
     "G47.33. Review in 90 days."),
    ("clean-endoscopy",
     "OGD: Los Angeles grade A oesophagitis, Hill grade II, Sydney protocol biopsies; "
     "Helicobacter pylori CLO positive; Zollinger-Ellison syndrome not suspected (gastrin 88 pg/mL)."),
    ("clean-audiology",
     "AUDIOGRAM: Carhart notch at 2 kHz right; Weber lateralises right; Rinne negative right; "
     "Jerger type As; ABG 25 dB. Otosclerosis suspected; stapedotomy discussed."),
    ("clean-tb",
     "TB cohort Q2: 118 registered, 104 treatment success (88%), 6 died, 4 lost to follow-up; "
     "Xpert MTB/RIF Ultra in 96%; isoniazid 300 mg, rifapentine 900 mg (3HP) for 42 contacts."),
    ("clean-neonatal",
     "Neonatal: Ballard score 30 (32 weeks), Silverman-Andersen 3, Apgar 7/9; caffeine citrate "
     "20 mg/kg; Bell stage IA NEC excluded; Kramer zone 3 jaundice, SBR 168 umol/L."),
    ("clean-reference", "The Berlin questionnaire and STOP-BANG were compared in "
     "https://pubmed.ncbi.nlm.nih.gov/18431116/ (doi:10.1097/ALN.0b013e31816d83e4).", "introduction"),
    ("reference-discussion", "Altitude polycythaemia was defined by the Qinghai consensus "
     "(https://doi.org/10.1089/ham.2005.6.147) and reviewed at "
     "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC4418021/.", "discussion"),
    ("reference-history", "Before admission the patient had posted her sleep recordings at "
     "[[url:https://www.example.org/my-cpap-nights]].", "patient_information"),
]

FRESH12_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH12: tuple[Note, ...] = build(FRESH12_PART, per_category=27, clean=42, references=8) + FRESH12_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH12 for e in n.expected)
    print(len(FRESH12), "notes,", sum(1 for n in FRESH12 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

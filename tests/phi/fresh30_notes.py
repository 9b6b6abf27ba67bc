"""FRESH30: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a twenty-sixth author, before the seventeenth round was frozen; it is measured
once, after that round. Its author read only tests/phi/generated.py (the framework: Vocabulary,
Part, build, CATEGORY_ORDER, and its module docstring), tests/phi/corpus.py (the Note type, the
span conventions, parse, evaluate), the de-identification section of the project's domain
notes (section 5, 45 CFR 164.514(b)(2) Safe Harbor), the module docstrings only of
tests/phi/fresh16_notes.py to fresh26_notes.py (read with ast.get_docstring) and the wiring
lines of fresh16_notes.py (its Part call, _letter, letters tuple, build and __main__ lines);
not the scanner, its patterns, name lists, model or data, its benchmark (bench/), its tests,
the body of any other fresh part (fresh27, fresh28 and fresh29 were not opened; one of them was
being written at the same time), nor their git history; the scanner was not run or imported
while writing it, nor on its notes. Its vocabulary, value shapes, keywords, connectors, frames,
note styles and hand-written letters are its author's own, as a global case-discussion board
sees them: about half English-language settings (Maine's coast and the North Woods, eastern
Kentucky, the Yukon, Shropshire and the Welsh Marches, Orkney and Shetland, Gippsland, New
Zealand's West Coast, Ghana's Ashanti region, Kenya's coast (Mombasa, Kilifi), rural Zimbabwe,
Hyderabadi families writing in English, Jamaica's parishes) and half non-English settings in
their languages and scripts: Asturias (Spanish, DNI, TSI, "años"), the Veneto (Italian, codice
fiscale, "anni"), Normandy (French, numéro de sécurité sociale, "ans"), Lower Saxony (German,
KVNr., "Jahre"), Estonia (Estonian, isikukood, "-aastane"), Finnish Lapland (Finnish,
henkilötunnus, Kela, "-vuotias"), northern Norway (Norwegian, fødselsnummer, "år"), Iceland
(Icelandic, kennitala, "ára"), Georgia (Georgian script, პირადი ნომერი, "წლის"), Israel's
Galilee (Hebrew, תעודת זהות, "שנים"), the Nile Delta (Egyptian Arabic, الرقم القومي, "سنة"),
South Korea's Gyeongsang (Korean, 주민등록번호, "세"), Taiwan (Traditional Chinese, 身分證, 健保卡,
"歲", Minguo dates), Bahia (Portuguese, CPF, cartão SUS, "anos") and Mozambique (Portuguese
with Makhuwa names, BI, "anos"). Small towns and villages appear in running prose and people
are named in prose without labels, as case reports have them; plates are written as each
country writes them (Maine, Ghana, Kenya, Telangana, Spain, Italy, France, Lower Saxony,
Norway, Taiwan, Mozambique). Document types: case-report narratives as posted to a discussion
board, discharge summaries (epikriisi, epikrise, informe de alta, lettera di dimissione,
compte rendu, Arztbrief, resumo de alta, 出院病歷摘要, 퇴원 요약지, סיכום אשפוז, ملخص الخروج,
ეპიკრიზი), referral and consult letters, nursing notes, forms, tables, e-mail and message
threads.

Conventions (tests/phi/corpus.py's and the fresh parts' docstrings'): a name without its
title or honorific (Dr, Dr. med., Mr, Mrs, Mme, Frau, Herr, Sig.ra, 씨, 女士 stay out); a full
name is one span; staff names are names; an identifier without its keyword; an age over 89 with
its attached unit in any language ("91-year-old", "94 años", "95 anni", "92 ans", "94 Jahre",
"91-aastane", "92-vuotias", "94 år", "93 ára", "93 წლის", "91 שנים", "92 سنة", "93세", "95歲",
"92 anos") or the number alone where no unit is attached; ages under 90 are not marked (the
clean notes carry 84-89 in several languages); a date without its preposition or prefix
("le", "el", "dal", "ב-"), with a weekday right before it and a time right after it ("mardi 19
novembre 2024", "12/02/2025 14h20"); a year alone is not a date. The street line is one span;
each locality (town, village, district of a city, Korean 시/읍, Taiwanese 鎮) and the postcode
are separate spans; a named hospital, clinic, surgery or health centre is a place (the whole
name); states, regions, provinces, counties, parishes, island groups and countries (Maine, KY,
Yukon, Shropshire, Orkney, Gippsland, Ashanti, Asturias, Veneto, Lappi, 경상북도, 花蓮縣, Bahia)
are never marked. Categories: `ssn` is a US Social Security number only; other national
numbers (DNI, codice fiscale, isikukood, henkilötunnus, fødselsnummer, kennitala, პირადი
ნომერი, ת.ז., الرقم القومي, 주민등록번호, 身分證, CPF, BI, Ghana Card, Kenyan and Zimbabwean
IDs, Aadhaar, Jamaican TRN, UK NI, a police reference) are `other_id`; insurance numbers
(MaineCare, Kentucky Medicaid, YHCIP, NHS, CHI, Medicare, NHIS, SHA, NHF, Aarogyasri, TSI,
tessera TEAM, carte Vitale and sécu numbers, KVNr., Kela, EHIC, קופת חולים, 건강보험, 健保卡,
cartão SUS) are `health_plan`; hospital, clinic and UHID numbers and the New Zealand NHI are
`mrn`; passports, driving licences and professional registrations are `licence`; IBANs,
accounts, invoices and payment receipts are `account`; plates and VINs are `vehicle`;
pacemaker, pump, sensor, concentrator, CPAP and hearing-aid serials are `device`.

Built as build(F30_PART, per_category=26, clean=120, references=8) + F30_LETTERS (50
hand-written notes: 38 with identifiers, one of them a web address in a patient_information
section, 11 clean, 1 reference paragraph in a discussion): 688 notes, 140 of them (20%)
without any identifier (120 generated clean notes, 8 reference notes in an introduction or
discussion, 11 clean letters, 1 reference letter), 856 spans - name 97, address 49, place
131, zip 40, date 56, age 50, phone 53, fax 27, email 27, ssn 27, mrn 29, health_plan 42,
account 27, licence 26, vehicle 36, device 26, url 43, ip 26, other_id 44
(`python -m tests.phi.fresh30_notes` prints them). Checked without the scanner: every span's
text is the note's text at its offsets and has no surrounding blanks, no marks or slots are
left in the text, no spans overlap, note ids are unique, every category is in
generated.CATEGORY_ORDER, every marked age is over 89, and builds under two PYTHONHASHSEED
values are identical. Deterministic: its own seed (19_030), values drawn from the builder's
fixed-seed Random, no hash-order dependence.

The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.

    from tests.phi.fresh30_notes import FRESH30, F30_PART, F30_LETTERS
Not wired into any test or bench: measure it once.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build

# ---------------------------------------------------------------- value shapes


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _l(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
_EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
       "octobre", "novembre", "décembre"]
_FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
       "Oktober", "November", "Dezember"]
_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
       "settembre", "ottobre", "novembre", "dicembre"]
_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]
_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
       "outubro", "novembro", "dezembro"]
_NO = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
       "oktober", "november", "desember"]
_IS = ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september",
       "október", "nóvember", "desember"]
_FI = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
       "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"]
_ET = ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september",
       "oktoober", "november", "detsember"]
_KA = ["იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო",
       "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი"]
_AR = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
       "أكتوبر", "نوفمبر", "ديسمبر"]


def _f30_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1926, 2025)
    i = m - 1
    hh, mm = r.randint(0, 23), r.choice((0, 5, 10, 20, 35, 40, 55))
    wd = r.randrange(7)
    return r.choice([
        f"{_EN[i]} {d}, {y}", f"{m}/{d}/{y}", f"{d} {_EN[i]} {y}", f"{d}/{m}/{y % 100:02d}",
        f"{d:02d}-{_EN[i][:3]}-{y}", f"{_EN_DAYS[wd]} {d} {_EN[i]} {y}",
        f"{_EN_DAYS[wd][:3]} {m}/{d}/{y}", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}",
        f"{d} de {_ES[i]} de {y}", f"{d:02d}/{m:02d}/{y}", f"{d} {_IT[i]} {y}",
        f"{d} {_FR[i]} {y}", f"{_FR_DAYS[wd]} {d} {_FR[i]} {y}", f"{d}. {_DE[i]} {y}",
        f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}", f"{d}. {_ET[i]} {y}", f"{d}.{m}.{y}",
        f"{d}. {_FI[i]} {y}", f"{d}. {_NO[i]} {y}", f"{d}. {_IS[i]} {y}",
        f"{y} წლის {d} {_KA[i]}", f"{d} {_KA[i]} {y}", f"{d} {_AR[i]} {y}",
        f"{y}년 {m}월 {d}일", f"{y}.{m:02d}.{d:02d}", f"{y}年{m}月{d}日",
        f"民國{y - 1911}年{m}月{d}日", f"{d} de {_PT[i]} de {y}",
        f"{d:02d}/{m:02d}/{y} {hh:02d}h{mm:02d}",
    ])


def _f30_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 104)
    return r.choice([
        ("a {age} retired lobsterman, still splitting his own wood", f"{n}-year-old"),
        ("{age} F, lives with her grandson up the holler", f"{n} y/o"),
        ("she was {age} and had never seen a doctor before", f"{n} years old"),
        ("aged {age}, widowed, crofts with her nephew", f"{n}"),
        ("paciente de {age}, viuda, vive sola en la aldea", f"{n} años"),
        ("signora di {age}, vedova, deambula con girello", f"{n} anni"),
        ("patiente de {age}, veuve, autonome à domicile", f"{n} ans"),
        ("Patientin, {age} alt, lebt allein auf dem Hof", f"{n} Jahre"),
        ("{age} naine, kukkus kodus", f"{n}-aastane"),
        ("{age} mies, asuu yksin porotilalla", f"{n}-vuotias"),
        ("kvinne, {age}, bor alene på gården", f"{n} år"),
        ("kona, {age}, býr ein", f"{n} ára"),
        ("{age} ქალი, დაეცა სახლში", f"{n} წლის"),
        ("גיל: {age}, אלמנה", f"{n} שנים"),
        ("מטופל בן {age}, גר עם בתו", f"{n}"),
        ("مريضة عمرها {age}، أرملة", f"{n} سنة"),
        ("{age} 여자 환자, 독거", f"{n}세"),
        ("{age}女性，獨居", f"{n}歲"),
        ("idosa de {age}, acamada", f"{n} anos"),
        ("mama of {age}, cared for by her daughters", f"{n} years"),
        ("{age}yrs old female, known diabetic", f"{n}"),
        ("a {age} higgler from the hills", f"{n}-yr-old"),
    ])


def _f30_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"(207) {r.randint(200, 989)}-{_d(r, 4)}", f"606-{r.randint(200, 989)}-{_d(r, 4)}",
        f"867-{r.randint(300, 989)}-{_d(r, 4)}", f"01743 {_d(r, 6)}", f"01856 {_d(r, 6)}",
        f"07{_d(r, 3)} {_d(r, 6)}", f"(03) 51{_d(r, 2)} {_d(r, 4)}",
        f"04{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"(03) 76{_d(r, 1)} {_d(r, 4)}", f"021 {_d(r, 3)} {_d(r, 4)}",
        f"+233 24 {_d(r, 3)} {_d(r, 4)}", f"0722 {_d(r, 3)} {_d(r, 3)}",
        f"+254 7{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"+263 77 {_d(r, 3)} {_d(r, 4)}",
        f"+91 9{_d(r, 4)} {_d(r, 5)}", f"040-2{_d(r, 3)} {_d(r, 4)}",
        f"(876) {_d(r, 3)}-{_d(r, 4)}",
        f"6{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"985 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"+39 34{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}", f"0424 {_d(r, 6)}",
        f"02 33 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"06 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"04471 {_d(r, 5)}", f"+49 151 {_d(r, 8)}", f"+372 5{_d(r, 3)} {_d(r, 4)}",
        f"040 {_d(r, 3)} {_d(r, 4)}", f"016 {_d(r, 3)} {_d(r, 3)}",
        f"+47 9{_d(r, 2)} {_d(r, 2)} {_d(r, 3)}",
        f"{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"+354 8{_d(r, 2)} {_d(r, 4)}",
        f"+995 5{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"04-69{_d(r, 5)}",
        f"05{r.randint(0, 8)}-{_d(r, 7)}", f"+20 10 {_d(r, 4)} {_d(r, 4)}",
        f"010-{_d(r, 4)}-{_d(r, 4)}",
        f"054-7{_d(r, 2)}-{_d(r, 4)}", f"09{_d(r, 2)}-{_d(r, 3)}-{_d(r, 3)}",
        f"(03)8{_d(r, 2)}-{_d(r, 4)}",
        f"(75) 9{_d(r, 4)}-{_d(r, 4)}", f"+258 84 {_d(r, 3)} {_d(r, 4)}",
    ])


def _f30_zip(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"046{_d(r, 2)}", f"417{_d(r, 2)}", f"Y1A {r.randint(1, 9)}{_l(r, 1)}{r.randint(1, 9)}",
        f"SY{r.randint(5, 9)} {r.randint(1, 9)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"KW1{r.randint(5, 7)} {r.randint(1, 9)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"ZE{r.randint(1, 3)} {r.randint(0, 9)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"38{r.randint(50, 99)}", f"78{r.randint(10, 99)}", f"33{_d(r, 3)}", f"36{_d(r, 3)}",
        f"50{_d(r, 3)}", f"14{_d(r, 3)}", f"49{_d(r, 3)}", f"9{_d(r, 4)}", f"99{_d(r, 3)}",
        f"99{r.randint(10, 99)}", f"{r.randint(101, 902)}", f"0{r.randint(101, 999)}",
        f"13{_d(r, 5)}", f"31{_d(r, 3)}", f"38{_d(r, 3)}", f"97{_d(r, 1)}",
        f"44{_d(r, 3)}-{_d(r, 3)}", f"500 0{_d(r, 2)}", f"500{_d(r, 3)}", f"801{_d(r, 2)}",
    ])


_HANDLES = ["carrie.alley", "dwaynecaudill", "m.flett", "grannyruth", "tuulikki.aikio",
            "kofi.agyemang", "mwanajuma.k", "tendai.moyo", "s.a.muqeet", "marcia.brownbrown",
            "xuan.ania", "elisaforner", "gillesleboucher", "heike.janssen", "mari.tamm",
            "ingeborg.eira", "thorunn.h", "nino.kapanadze", "yael.biton", "hamdi.elsayed",
            "minji.park", "hsiu.ying.chen", "aparecida.s", "zuraida.namahanga", "ollie.inkster"]


def _f30_email(r: random.Random, _h: bool) -> str:
    handle, n = r.choice(_HANDLES), _d(r, 2)
    return r.choice([f"{handle}@example.com", f"{handle}{n}@mail.example.org",
                     f"{handle}@example.net", f"{handle}.{n}@post.example.com",
                     f"{handle}@clinic.example.org"])


def _f30_url(r: random.Random, _h: bool) -> str:
    handle, n = r.choice(_HANDLES).replace(".", "-"), _d(r, 3)
    return r.choice([f"https://www.example.org/help-{handle}", f"example.com/{handle}/diary",
                     f"http://{handle.replace('-', '')}.example.net/",
                     f"https://give.example.com/c/{n}-{handle}",
                     f"www.example.net/blogg/{handle}", f"https://example.org/u/{handle}?p={n}"])


F30_VALUES = {
    "mrn": lambda r, h: r.choice([
        _d(r, 7), f"MB{_d(r, 6)}", f"{_d(r, 2)}-{_d(r, 5)}", f"{_l(r, 3)}{_d(r, 4)}",
        f"{_l(r, 1)}{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"{r.randint(2015, 2025)}/{_d(r, 6)}",
        f"{_l(r, 2)}.{_d(r, 10)}",
        f"{_d(r, 4)}.{_d(r, 4)}", f"P{_d(r, 9)}", _d(r, 10)]),
    "health_plan": lambda r, h: r.choice([
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 4)}", f"{_d(r, 10)}",
        f"{r.randint(2, 6)}{_d(r, 3)} {_d(r, 5)} {_d(r, 1)}",
        f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}", f"{_l(r, 1)}{_d(r, 9)}",
        f"{r.randint(1, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 3)} {_d(r, 3)} {_d(r, 2)}",
        f"80380{_d(r, 15)}", f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"7{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"ASTU{_d(r, 6)}{_l(r, 2)}", f"{_d(r, 8)}",
        f"{r.randint(1, 9)}{_l(r, 2)}{_d(r, 1)}-{_l(r, 2)}{_d(r, 1)}-{_l(r, 2)}{_d(r, 2)}"]),
    "account": lambda r, h: r.choice([
        f"ES{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}{_d(r, 2)} {_d(r, 4)} {_d(r, 4)}",
        f"IT{_d(r, 2)}{_l(r, 1)}{_d(r, 10)}{_d(r, 12)}",
        f"FR76 {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}",
        f"DE{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}", f"EE{_d(r, 18)}",
        f"FI{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}",
        f"{_d(r, 4)}.{_d(r, 2)}.{_d(r, 5)}",
        f"{_d(r, 4)}-{_d(r, 2)}-{_d(r, 6)}", f"INV-{r.randint(2019, 2025)}-{_d(r, 5)}",
        f"H{_d(r, 9)}",
        f"{_d(r, 2)}/IP/{_d(r, 6)}", f"{_d(r, 4)}-{_d(r, 1)} / {_d(r, 5)}-{_d(r, 1)}", _d(r, 12)]),
    "licence": lambda r, h: r.choice([
        _d(r, 7), f"{_l(r, 1)}{_d(r, 8)}", f"{_l(r, 5)}{_d(r, 6)}{_l(r, 2)}{_d(r, 1)}{_l(r, 2)}",
        f"MED000{_d(r, 7)}", f"MDC/RN/{_d(r, 5)}", f"A{_d(r, 4)}", f"TSMC/FMR/{_d(r, 5)}",
        f"33/{_d(r, 5)}", f"{_d(r, 11)}", f"{_l(r, 2)}{_d(r, 7)}", f"{_d(r, 9)}",
        f"{_d(r, 5)}/BA",
        f"{_d(r, 2)}{_l(r, 2)}{_d(r, 5)}", f"{_l(r, 1)}{_d(r, 2)}-{_d(r, 3)}-{_d(r, 3)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{_d(r, 4)} {_l(r, 2)}", f"{_l(r, 3)} {_d(r, 3)}", f"{_l(r, 2)}{_d(r, 2)} {_l(r, 3)}",
        f"{r.randint(1, 9)}{_l(r, 2)} {r.randint(1, 9)}{_l(r, 2)}", f"{_l(r, 3)}{_d(r, 3)}",
        f"AS {_d(r, 4)}-{_d(r, 2)}", f"K{_l(r, 2)} {_d(r, 3)}{_l(r, 1)}",
        f"TS {_d(r, 2)} {_l(r, 2)} {_d(r, 4)}",
        f"{_d(r, 4)} {_l(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}", f"{_l(r, 2)} {_d(r, 3)} {_l(r, 2)}",
        f"{_l(r, 2)}-{_d(r, 3)}-{_l(r, 2)}", f"OL-{_l(r, 2)} {_d(r, 3)}", f"{_d(r, 3)} {_l(r, 3)}",
        f"{_l(r, 3)}-{_d(r, 3)}", f"{_l(r, 2)} {_d(r, 5)}", f"{_l(r, 2)} {_d(r, 3)}",
        f"{_d(r, 2)}-{_d(r, 3)}-{_d(r, 2)}", f"{_d(r, 2)}가 {_d(r, 4)}", f"{_l(r, 3)}-{_d(r, 4)}",
        f"{_l(r, 3)}{_d(r, 1)}{_l(r, 1)}{_d(r, 2)}", f"{_l(r, 3)} {_d(r, 3)} NP"]),
    "vin": lambda r, h: f"{r.choice('1234JKLSVWZ')}{_l(r, 4)}{_d(r, 4)}{_l(r, 2)}{_d(r, 6)}",
    "device": lambda r, h: r.choice([
        f"{_l(r, 3)}{_d(r, 7)}", f"{_d(r, 2)}{_l(r, 1)}{_d(r, 6)}", f"{_d(r, 4)}-{_d(r, 5)}",
        f"{_l(r, 2)}{_d(r, 2)}-{_d(r, 4)}-{_l(r, 1)}", f"{_d(r, 12)}",
        f"{_l(r, 1)}{_d(r, 3)}{_l(r, 3)}{_d(r, 4)}",
        f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}"]),
    "other_id": lambda r, h: r.choice([
        f"{_d(r, 8)}{_l(r, 1)}",
        f"{_l(r, 6)}{_d(r, 2)}{_l(r, 1)}{_d(r, 2)}{_l(r, 1)}{_d(r, 3)}{_l(r, 1)}",
        f"{r.choice('3456')}{_d(r, 10)}", f"{_d(r, 6)}-{_d(r, 3)}{_l(r, 1)}",
        f"{_d(r, 6)} {_d(r, 5)}",
        f"{_d(r, 6)}-{_d(r, 4)}", f"{_d(r, 11)}", f"0{_d(r, 8)}", f"{r.choice('23')}{_d(r, 13)}",
        f"{_d(r, 6)}-{r.randint(1, 4)}{_d(r, 6)}", f"{_l(r, 1)}{r.randint(1, 2)}{_d(r, 8)}",
        f"{_d(r, 3)}.{_d(r, 3)}.{_d(r, 3)}-{_d(r, 2)}", f"{_d(r, 12)}{_l(r, 1)}",
        f"GHA-{_d(r, 9)}-{_d(r, 1)}", f"{_d(r, 2)}-{_d(r, 7)} {_l(r, 1)} {_d(r, 2)}",
        f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}", f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}",
        f"{_l(r, 2, 'ABCEGHJKLMNPRSTWXYZ')} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {r.choice('ABCD')}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(1, 665):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}",
        f"{r.randint(400, 407)} {r.randint(10, 99)} {_d(r, 4)}",
        f"00{r.randint(1, 7)}-{_d(r, 2)}-{_d(r, 4)}"]),
    "phone": _f30_phone,
    "fax": _f30_phone,
    "email": _f30_email,
    "url": _f30_url,
    "ip": lambda r, h: r.choice([
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
        f"203.0.113.{r.randint(1, 254)}",
        f"2001:db8:{r.randint(1, 65535):x}:{r.randint(1, 65535):x}::{r.randint(1, 255):x}"]),
    "zip": _f30_zip,
    "date": _f30_date,
}

F30_VOCABULARY = Vocabulary(
    given=["Carrie", "Loretta", "Harlan", "Jessamine", "Maisie", "Tamsin", "Ingirid", "Magnus",
           "Kylie", "Hemi", "Akosua", "Kwabena", "Mwanajuma", "Kahindi", "Tendai", "Rudo",
           "Shabana", "Marcia", "Delroy", "Xuan", "Covadonga", "Gianpietro", "Thérèse", "Jannes",
           "Heike", "Tõnu", "Tuulikki", "Aslak", "Ingeborg", "Þórunn", "Nino", "Levan", "Yael",
           "Hamdi", "Nagwa", "Minji", "Hsiu-ying", "Aparecida", "Edvaldo", "Zuraida", "Amisse"],
    surnames=["Alley", "Caudill", "Slone", "Kassi", "Pryce", "Bebb", "Flett", "Inkster", "Rendall",
              "Tulloch", "McMillan", "Agyemang", "Asantewaa", "Kazungu", "Chikwanha", "Moyo",
              "Hashmi", "Grant-Campbell", "Fernández Álvarez", "Menéndez", "Forner", "Zanetti",
              "Leboucher", "Oltmanns", "Tamm", "Aikio", "Näkkäläjärvi", "Hætta",
              "Hallgrímsdóttir", "Kapanadze", "Biton", "Elsayed", "Park", "Chen", "Santana",
              "Namahanga", "Muhala"],
    cities=["Jonesport", "Lubec", "Millinocket", "Hindman", "Whitesburg", "Dawson City",
            "Haines Junction", "Bishop's Castle", "Clun", "Knighton", "Stromness", "Brae", "Yarram",
            "Mirboo North", "Hokitika", "Haast", "Ejisu", "Konongo", "Watamu", "Mariakani",
            "Murehwa", "Chivhu", "Tolichowki", "Mandeville", "Port Antonio", "Cangas de Onís",
            "Tineo", "Asolo", "Chioggia", "Honfleur", "Villedieu-les-Poêles", "Soltau",
            "Cloppenburg", "Viljandi", "Kuressaare", "Sodankylä", "Kittilä", "Vardø", "Alta",
            "Húsavík", "Egilsstaðir", "Telavi", "Karmiel", "Mit Ghamr", "Tongyeong", "Hualien",
            "Cachoeira", "Ilhéus", "Angoche"],
    streets=["Water", "Pleasant", "Cranberry", "Sawmill", "Troublesome Creek", "Front", "Ferry",
             "Wattle", "Mawhera", "Kingfisher", "Hope"],
    relations=["granddaughter", "grandson", "wife", "husband", "daughter", "son", "niece",
               "son-in-law", "neighbour", "sister", "home carer"],
    clean=[
        "Hb 9.6 g/dL, MCV 71 fL, ferritin 4 ug/L; iron infusion given on the day unit.",
        "CURB-65 3; amoxicillin-clavulanate 1.2 g IV tds and clarithromycin 500 mg bd.",
        "BP 168/94, HR 48 irregular, SpO2 91% RA, T 36.1, RR 22.",
        "Heart failure with LVEF 30%; NYHA III; furosemide 80 mg IV bd.",
        "Ages in the cohort ranged from 61 to 88; the 88-year-old had the worst outcome.",
        "Seen in Aroostook County and on the Down East coast in 2019 and 2021 as well.",
        "Paciente de 84 años, hipertensa, con EPOC GOLD 3; FEV1 38%.",
        "Creatinina 2,1 mg/dL, urea 98 mg/dL; se ajusta la dosis de enoxaparina.",
        "Paziente di 87 anni, portatrice di PM dal 2016; INR 2,4 in warfarin.",
        "Hb 8,9 g/dL; emotrasfusione di 2 unità di emazie concentrate.",
        "Patiente de 86 ans, chute mécanique, score de Glasgow 15, pas de perte de connaissance.",
        "Troponine hs 48 ng/L puis 52 ng/L à H3; pas de cinétique significative.",
        "RR 172/88 mmHg, HF 104/min, SpO2 89 % unter Raumluft; Morbus Parkinson seit 2012.",
        "Kreatinin 1,8 mg/dl, GFR 31 ml/min; Metformin pausiert.",
        "CRP 142 mg/l, leukotsüüdid 15,2; ravi: tseftriaksoon 2 g i/v.",
        "88-vuotias, aiemmin omatoiminen; CRP 214, Hb 104; keuhkokuume oikealla.",
        "Pasienten er 87 år, KOLS grad 3; oksygen 2 l/min på nesegrime.",
        "Sjúklingur 86 ára, gáttatif síðan 2015; apixaban 2,5 mg x2.",
        "წნევა 150/90, პულსი 96; ჰემოგლობინი 10,4 გ/დლ.",
        "לחץ דם 140/85, דופק 92; המוגלובין 11.2; בת 84, עצמאית.",
        "ضغط الدم 150/90، السكر العشوائي 312 مجم/دسل؛ تم إعطاء الأنسولين.",
        "혈압 146/88, 맥박 102회; 크레아티닌 1.9 mg/dL, 85세 이전 병력 없음.",
        "血壓 152/86 mmHg,血糖 248 mg/dL;87歲,糖尿病史十年。",
        "PA 90/60 mmHg, FC 118 bpm, SatO2 90% em ar ambiente; lactato 3,4.",
        "Malária por P. falciparum, parasitemia 4%; artesunato EV 2,4 mg/kg.",
        "Malaria RDT positive; artemether-lumefantrine 4 tablets bd for 3 days.",
        "HIV positive since 2009 on TLD, viral load <50 copies/mL, CD4 412.",
        "Snakebite to the left foot; 20-minute whole blood clotting test abnormal; "
        "10 vials antivenom.",
        "Tetanus toxoid given; wound debrided and left open; review in 48 hours.",
        "Wells score 5, D-dimer 2,800 ng/mL; CTPA shows a right lower lobe embolus.",
        "She has lived in Ashanti all her life and speaks Twi only.",
        "Glasgow-Blatchford 12; OGD: Forrest IIb ulcer, clipped and injected.",
        "Referred in 2018, then again in 2023 with the same complaint.",
    ],
    seed=19_030,
)

F30_CONNECTORS = [": ", " ", " - ", ":\n", " nº ", " n. ", " no. ", " : ", " = ", " — ", ":  ",
                  " # "]
F30_FRAMES = ["{kv}", "{kv}.", "• {kv}", "{kw}\n{v}", "| {kw} | {v} |", "({kv})",
              "{kv} — confirmed with the family", "Admin: {kv}", "{kv}; copy scanned to chart",
              "{kw}\t{v}", "{kv} ✔", "Registration — {kv}"]
F30_KEYWORDS = {
    "mrn": ["MRN", "Unit no.", "Hospital no", "Nº historia", "cartella n.", "n° IPP", "Fallnummer",
            "haiguslugu nr", "potilasnumero", "journalnr", "sjúkraskrárnúmer", "ბარათის №",
            "מס' תיק", "رقم الملف", "등록번호", "病歷號", "prontuário", "NHI", "Processo nº",
            "UHID", "Chart"],
    "health_plan": ["NHS no", "CHI", "Medicare no.", "MaineCare ID", "KY Medicaid", "YHCIP",
                    "NHIS card", "SHA no.", "NHF card", "Aarogyasri card", "TSI", "tessera TEAM",
                    "carte Vitale", "n° sécu", "KVNr", "Versichertennr.", "Kela-kortti",
                    "EHIC", "სადაზღვევო პოლისი", "קופת חולים", "رقم التأمين الصحي",
                    "건강보험증번호", "健保卡號", "Cartão SUS", "CNS"],
    "account": ["IBAN", "Acct", "Invoice", "Rechnungsnr.", "factura nº", "fattura n.",
                "facture n°", "arve nr", "laskun viite", "kontonr.", "reikningur",
                "ანგარიში", "מס' חשבון", "رقم الحساب", "수납번호", "帳號", "conta", "Paybill a/c",
                "HAR"],
    "licence": ["DL#", "Passport", "GMC", "AHPRA", "MCNZ", "MDC reg.", "KMPDC", "TSMC reg.",
                "nº colegiado", "iscr. Ordine n.", "RPPS", "LANR", "Führerschein-Nr.",
                "juhiluba", "ajokortti nro", "førerkort", "ökuskírteini", "პასპორტი",
                "רישיון נהיגה", "رخصة قيادة", "면허번호", "護照號碼", "CRM", "carta de condução"],
    "vehicle": ["plate", "reg", "Rego", "matrícula", "targa", "immatriculation", "Kennzeichen",
                "reg. nr", "rekisteritunnus", "reg.nr.", "bílnúmer", "სახელმწიფო ნომერი",
                "מספר רכב", "رقم اللوحة", "차량번호", "車牌", "placa", "VIN", "sled reg."],
    "device": ["S/N", "serial", "SN", "pump serial", "sensor SN", "Seriennr.", "numero di serie",
               "n° de série", "sarjanumero", "serienr.", "raðnúmer", "სერიული ნომერი",
               "מס' סידורי", "الرقم التسلسلي", "일련번호", "序號", "nº de série", "CPAP SN"],
    "other_id": ["DNI", "codice fiscale", "isikukood", "henkilötunnus", "hetu", "fødselsnummer",
                 "kennitala", "პირადი ნომერი", "ת.ז.", "תעודת זהות", "الرقم القومي",
                 "주민등록번호", "身分證字號", "CPF", "BI nº", "Ghana Card", "ID no.", "Aadhaar",
                 "TRN", "SIN", "Staff no.", "Police ref", "NI no"],
    "ssn": ["SSN", "Soc. Sec. #", "Social Security No.", "SS#"],
    "phone": ["tel", "Tel.", "mob.", "cell", "puh.", "mobil", "sími", "ტელ.", "טל'", "تليفون",
              "휴대폰", "手機", "telefone", "Telefon", "cel.", "tél."],
    "fax": ["fax", "Fax", "faksi", "telefaks", "ფაქსი", "פקס", "فاكس", "팩스", "傳真", "Fax-Nr."],
}
F30_AFTER = ["{v} ({kw})", "{v} — {kw}", "{v} = {kw}", "{v} [{kw}]", "{v}, {kw} on the wristband"]
F30_SENTENCES = {
    "name": [
        "Brought in by his {rel} {full}, who had found him on the kitchen floor.",
        "{full} hauled traps until the autumn before this admission.",
        "Her {rel}, {given}, gives the insulin at night.",
        "Mrs {surname} declined the transfer to the mainland.",
        "Seen with Dr {full} from the visiting team.",
        "Acompañada por su {rel} [[name:Covadonga Menéndez]]; refiere caída en la cuadra.",
        "La figlia [[name:Elisa Forner]] riferisce febbre da tre giorni.",
        "Mme [[name:Thérèse Leboucher]] vit seule depuis le décès de son mari.",
        "Frau [[name:Heike Oltmanns]] wurde vom Hausarzt eingewiesen.",
        "Patsient [[name:Mari Tamm]] saabus kiirabiga.",
        "Potilas [[name:Aslak Näkkäläjärvi]] tuotiin moottorikelkalla tielle.",
        "Datteren [[name:Ingeborg Eira]] ringte legevakten.",
        "[[name:Þórunn Hallgrímsdóttir]] kom í fylgd dóttur sinnar.",
        "პაციენტი [[name:ნინო კაპანაძე]] შემოვიდა ქალიშვილთან ერთად.",
        "המטופלת [[name:יעל ביטון]] הגיעה עם בנה.",
        "المريض [[name:حمدي السيد]] حضر مع ابنته.",
        "환자 [[name:박민지]] 씨는 딸과 함께 내원하였다.",
        "病人[[name:陳秀英]]女士由兒子陪同就診。",
        "Paciente [[name:Aparecida Santana]] veio acompanhada pelo neto.",
        "A doente [[name:Zuraida Namahanga]] foi trazida pelo filho [[name:Amisse Muhala]].",
        "{given} was too breathless to finish a sentence.",
        "Discussed with {full} ({rel}) by phone.",
    ],
    "address": [
        "Lives at [[address:{n} {street} Street]] with her {rel}.",
        "Home: [[address:{n} {street} Road]], [[place:Lubec]].",
        "Found at [[address:{n} Rockhouse Branch Rd]], up the hollow.",
        "Address: [[address:Flat {n2}, {n} {street} Lane]]",
        "Reside en [[address:Calle La Magdalena, {n}, 2º B]].",
        "Residente in [[address:Via San Giorgio {n}]], [[place:Asolo]].",
        "Domicile : [[address:{n}, rue du Général Huard]].",
        "Wohnhaft [[address:Lange Straße {n}]], [[place:Soltau]].",
        "Elukoht: [[address:Tallinna tn {n}-{n2}]].",
        "Osoite: [[address:Kittiläntie {n} B {n2}]].",
        "Adresse: [[address:Strandgata {n}]].",
        "Heimilisfang: [[address:Hafnarstræti {n}]].",
        "მისამართი: [[address:ჭავჭავაძის ქ. {n}]]",
        "כתובת: [[address:רחוב ירושלים {n}]]",
        "العنوان: [[address:{n} شارع البحر]]",
        "주소: [[address:양동마을길 {n}]]",
        "住址:[[address:中正路二段{n}號]]",
        "Endereço: [[address:Rua Ana Nery, {n}]]",
        "R/o [[address:H.No. {n}-{n2}, Toli Chowki Road]]",
    ],
    "place": [
        "A crofter from {city} brought in by the lifeboat.",
        "Lives alone outside {city}; the road was closed by snow.",
        "Transferred from {city} by fixed-wing retrieval.",
        "Her family farm lies between {city} and [[place:Mirboo North]].",
        "Natural de {city}, trabaja en la ganadería.",
        "Proveniente da {city}, in ambulanza.",
        "Originaire de {city}, agriculteur retraité.",
        "Aus {city} mit dem Rettungswagen zugewiesen.",
        "Kotipaikka: {city}.",
        "Kommer fra {city}; fløyet inn med ambulansefly.",
        "Transferred from [[place:Te Nikau Grey Hospital]] for CT.",
        "Referred from [[place:Kilifi County Hospital]] with a snakebite.",
        "Came down from {city} on the Sunday ferry.",
        "Procedente de {city}, trazida de ambulância.",
        "Admitted at [[place:Komfo Anokye Teaching Hospital]] overnight.",
        "Moved from {city} to stay with her {rel}.",
    ],
    "zip": [
        "Mailing address ends [[place:Machias]], ME {v}.",
        "Postcode {v}.",
        "[[place:Kirkwall]] {v}",
        "CP {v} [[place:Tineo]]",
        "CAP {v}",
        "{v} [[place:Honfleur]]",
        "PLZ {v}",
        "Postinumero {v}",
        "Postnr. {v} [[place:Vardø]]",
        "{v} [[place:Húsavík]]",
        "CEP {v}",
        "[[address:P.O. Box {n}]]-{v}, [[place:Kilifi]]",
        "[[place:Whitehorse]], YT {v}",
    ],
    "date": [
        "Admitted {v}.", "Date of birth {v}.", "Fell at home on {v}.", "Seen at triage {v}.",
        "Fecha de ingreso: {v}", "Data di nascita {v}", "Né le {v}.", "Aufnahme am {v}.",
        "Sündinud {v}.", "Syntynyt {v}.", "Innlagt {v}.", "Fædd {v}.", "დაბადების თარიღი: {v}",
        "תאריך לידה: {v}", "تاريخ الدخول: {v}", "입원일: {v}", "入院日期：{v}",
        "Data de internação: {v}", "Died peacefully {v}.", "Discharged home {v}, well.",
    ],
    "phone": [
        "Granddaughter asks to be rung on {v} after the round.",
        "Her {rel} can be reached on {v}.",
        "Llamar a la hija al {v}.",
        "Chiamare il figlio al {v}.",
        "Contacter le fils au {v}.",
        "Tochter erreichbar unter {v}.",
        "Tytär vastaa numerosta {v}.",
        "Ring sønnen på {v}.",
        "დაურეკეთ შვილს: {v}",
        "WhatsApp the {rel} on {v} if she deteriorates.",
        "Ligar para o neto no {v}.",
        "Call the dispensary on {v} for the refill.",
    ],
    "fax": [
        "Discharge letter faxed to the practice on {v}.",
        "Please fax results to {v}.",
        "Informe enviado por fax al {v}.",
        "Bericht per Fax an {v}.",
        "Lähete faksattu numeroon {v}.",
        "Referral faxed to the district hospital, {v}.",
    ],
    "email": [
        "Her {rel} wants updates by e-mail to {v}.",
        "Photos of the wound were sent from {v}.",
        "Correo de la familia: {v}",
        "Sähköposti: {v}",
        "Netfang dóttur: {v}",
        "The son wrote from {v} asking about visiting.",
    ],
    "ssn": [
        "Social Security number {v} on the Medicare paperwork.",
        "SSN {v} verified by the admissions clerk.",
        "His SS card ({v}) was in the glovebox.",
        "Registered under the wrong Social Security number, {v}; corrected.",
    ],
    "mrn": [
        "Old notes under hospital number {v} (2017).",
        "Duplicate record {v} merged.",
        "NHI {v} checked against the wristband.",
        "Historia clínica {v} del hospital comarcal.",
        "Potilasnumero {v}, vanhat tiedot arkistossa.",
        "病歷號{v}，請調閱舊片。",
    ],
    "health_plan": [
        "MaineCare member ID {v} is active.",
        "NHS number {v} matched on the spine.",
        "CHI {v} confirmed with the GP practice.",
        "NHIS card {v} expired last month; renewal advised.",
        "Tarjeta sanitaria {v}.",
        "Numéro de sécurité sociale {v}.",
        "Versichert bei der AOK, Versichertennummer {v}.",
        "Cartão SUS {v} apresentado na recepção.",
        "健保卡號{v}，已過卡。",
    ],
    "account": [
        "Refund to IBAN {v} requested by the daughter.",
        "Hospital bill {v} settled via M-Pesa.",
        "Rechnung {v} an die Tochter.",
        "Fattura {v} inviata al domicilio.",
        "Conta {v} para reembolso.",
        "Invoice {v} for the air ambulance.",
    ],
    "licence": [
        "Driver's licence {v} surrendered after the seizure.",
        "Seen by the locum, registration {v}.",
        "Passport {v} copied for the repatriation insurer.",
        "Pasaporte {v} en la historia.",
        "Führerschein {v} wurde eingezogen.",
        "Ajokortti {v} palautettu poliisille.",
    ],
    "vehicle": [
        "Pick-up truck, plate {v}, went into the ditch on Route 1.",
        "Rolled a quad bike (reg {v}) on the hill.",
        "Boda boda {v} hit him at the junction.",
        "Tractor matrícula {v} volcado en la pendiente.",
        "Auto {v} fermata dai carabinieri.",
        "Motoneige immatriculée {v}.",
        "Moottorikelkka {v} kaatui jäällä.",
        "Carro de placa {v} atingiu a moto.",
        "VIN {vin} on the logging truck.",
        "Truck {v} was towed from the scene.",
    ],
    "device": [
        "Pacemaker serial {v}, interrogated: normal function.",
        "Insulin pump {v} suspended overnight.",
        "Home oxygen concentrator {v} replaced by the supplier.",
        "CGM sensor {v} fell off in the shower.",
        "Schrittmacher, Seriennummer {v}.",
        "Kuulolaite {v} jäi ambulanssiin.",
    ],
    "url": [
        "The family's fundraising page is {v}.",
        "Her grandson posts updates at {v}.",
        "La familia tiene una página: {v}",
        "Lo racconta sul suo blog {v}.",
        "Blogger om sykdommen på {v}.",
    ],
    "ip": [
        "The home telemonitor uploaded from {v}.",
        "Video consult dropped; last packet from {v}.",
        "Fernzugriff von {v} protokolliert.",
        "PACS login from {v} at the outreach clinic.",
    ],
    "other_id": [
        "Ghana Card {v} presented at registration.",
        "National ID {v} copied for the referral.",
        "DNI {v}.",
        "Codice fiscale {v}.",
        "Isikukood {v}.",
        "Henkilötunnus {v}.",
        "Fødselsnummer {v} bekreftet.",
        "Kennitala {v}.",
        "Aadhaar {v} linked to the Aarogyasri claim.",
        "TRN {v} for the NHF form.",
        "CPF {v}.",
        "BI {v} verificado.",
        "Police reference {v} for the assault.",
        "주민등록번호 {v}",
    ],
}
F30_REFERENCES = [
    "Comparable cases from remote practice were reviewed (https://doi.org/10.1111/ajr.{n}).",
    "See https://pubmed.ncbi.nlm.nih.gov/3{n}{n}/ for the Nordic series.",
    "Guidance from https://www.who.int/publications/i/item/snakebite-{n2} was followed.",
    "A similar presentation is described in doi.org/10.1186/s12245-0{n2}-{n}.",
]
F30_STYLES = [
    "{body}",
    "{body}",
    "CASE FOR THE BOARD — rural and remote medicine\n{body}\nQuestion for the group: what would "
    "you do next?",
    "DISCHARGE SUMMARY\n{body}\nFollow-up: own GP in two weeks.",
    "Nursing note 02:10\n{body}\nObs stable overnight; pressure areas intact.",
    "| Field | Entry |\n|---|---|\n| Notes | {body} |",
    "Referral letter\nDear colleague,\n{body}\nWith thanks and kind regards",
    "Epikriisi\n{body}\nJatkohoito: terveyskeskus.",
    "Entlassungsbericht\n{body}\nProcedere: Kontrolle beim Hausarzt.",
    "Resumo de alta\n{body}\nConduta: seguimento na unidade básica.",
    "סיכום ביקור\n{body}",
    "Informe clínico\n{body}\nJuicio clínico: pendiente de resultados.",
]

F30_PART = Part("fresh30", F30_VOCABULARY, F30_CONNECTORS, F30_FRAMES, F30_KEYWORDS,
                F30_SENTENCES, F30_AFTER, F30_REFERENCES, True, values=F30_VALUES,
                age=_f30_age, styles=F30_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh30-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    # ---- Maine: case-report narrative, as posted to the board
    ("maine-lobsterman",
     "A [[age:91-year-old]] retired lobsterman from [[place:Jonesport]] was brought to "
     "[[place:Down East Community Hospital]] by his daughter [[name:Carrie Alley]] on "
     "[[date:February 9, 2024]] after three days of worsening breathlessness. He had hauled "
     "traps with his grandson [[name:Tyler Beal]] off [[place:Beals Island]] until the previous "
     "October. On arrival SpO2 was 84% on air, BNP 2,140 pg/mL, and the chest film showed "
     "bilateral effusions. He improved with IV furosemide and was flown to [[place:Bangor]] on "
     "day 3 for a TAVI work-up, which he declined. He went home to his own bed on "
     "[[date:February 20, 2024]] with hospice nurses visiting from [[place:Machias]]."),
    ("maine-north-woods",
     "NURSING NOTE — ED, 23:40\nLogger, 58, pinned under a skidder near [[place:Millinocket]]; "
     "crew drove him out in the company truck (Maine plate [[vehicle:4471 KT]]) to meet the "
     "ambulance at the gate. L femur deformity, pulses present. Wife [[name:Darlene Thibodeau]] "
     "on her way from [[place:Medway]], cell [[phone:(207) 746-3318]]. MaineCare ID "
     "[[health_plan:10448217M]]. Tdap given. Ortho aware."),
    # ---- eastern Kentucky
    ("kentucky-discharge",
     "DISCHARGE SUMMARY\nPatient: [[name:Loretta Slone]]   DOB: [[date:04/11/1931]]   "
     "MRN: [[mrn:0736614]]\nSSN: [[ssn:401-58-2273]]   KY Medicaid: [[health_plan:7301448852]]\n"
     "Address: [[address:1187 Rockhouse Branch Rd]], [[place:Hindman]], KY [[zip:41822]]\n"
     "Admitted [[date:06/02/2024]] with COPD exacerbation; discharged [[date:06/07/2024]] on home "
     "oxygen 2 L. Coal miner's widow; pneumoconiosis on her husband's side is not relevant to "
     "her. Pharmacy at [[place:Hazard]] to deliver: [[phone:606-436-2190]]. PCP Dr "
     "[[name:Harlan Caudill]], fax [[fax:606-785-0417]]."),
    ("kentucky-thread",
     "[10:02] RN [[name:Jessamine Combs]]: Mamaw in room 4 is asking for her boy again, he's "
     "driving over from [[place:Whitesburg]]\n[10:05] Dr [[name:Pratt]]: ok. Is he still the "
     "POA?\n[10:06] RN: yes, [[name:Dwayne Slone]], his number on the board is "
     "[[phone:606-633-8812]]\n[10:09] Dr: tell him we're stopping the heparin, Hgb 7.1 this "
     "morning. GI to scope tomorrow.\n[10:11] RN: will do. She turned [[age:93]] last week, "
     "family brought cake lol"),
    # ---- Yukon
    ("yukon-consult",
     "Consult — Internal Medicine, [[place:Whitehorse General Hospital]]\nRe: [[name:Maisie "
     "Kassi]], [[age:95 years]], of [[place:Old Crow]]; YHCIP [[health_plan:102-447-981]]\n"
     "Medevaced on [[date:Tue 14 Jan 2025]] at -41 C with a 2-week history of fevers and "
     "weight loss. Lives with her niece [[name:Roberta Charlie]] and still goes to the "
     "caribou camp in the fall. CT: right upper lobe cavity; sputum AFB smear 2+. Started on "
     "RIPE; TB program notified. Niece's phone [[phone:867-966-3041]]. Will need to stay in "
     "[[place:Whitehorse]] for the intensive phase."),
    # ---- Shropshire and the Welsh Marches
    ("shropshire-referral",
     "Dear Dr [[name:Pryce]],\nRe: [[name:Gwilym Bebb]], DOB [[date:17.05.1933]], NHS no "
     "[[health_plan:485 777 3456]]\n[[address:The Old Forge, Kerry Lane]], [[place:Bishop's "
     "Castle]] [[zip:SY9 5AX]]\nThank you for seeing this retired hill farmer with two episodes "
     "of painless visible haematuria. He is a non-smoker, on apixaban for AF. His son "
     "[[name:Rhys]] farms over the border near [[place:Knighton]] and will bring him; home "
     "[[phone:01588 638204]].\nYours sincerely,\n[[name:Tamsin Corbett]], GP, [[place:Clun "
     "Valley Surgery]]"),
    ("marches-narrative",
     "The patient, a [[age:92-year-old]] widow, had lived all her life in [[place:Llanfair "
     "Waterdine]] and walked daily to the chapel. Six weeks earlier she had developed jaw "
     "claudication and "
     "blurred vision in her left eye; ESR was 98 mm/h. She was started on prednisolone 60 mg "
     "the same evening at [[place:Royal Shrewsbury Hospital]] and a temporal artery biopsy on "
     "[[date:27 March 2024]] confirmed giant cell arteritis. Her vision did not recover."),
    # ---- Orkney and Shetland
    ("orkney-nursing",
     "Ward 2, night.\nMrs [[name:Ingirid Flett]] ([[age:94]]), flown from [[place:North "
     "Ronaldsay]] on the evening Islander; CHI [[health_plan:1205304286]]. Home: "
     "[[address:Nether Linnay]], [[place:North Ronaldsay]] [[zip:KW17 2BE]]. Pressure area on "
     "sacrum grade 2. Nephew [[name:Magnus Tulloch]] will phone from the pier, "
     "[[phone:01857 633221]]. Settled after paracetamol."),
    ("shetland-email",
     "From: [[email:m.inkster@mail.example.org]]\nTo: ward 3 nurses\nSubject: Dad\n\nHi, I'm "
     "[[name:Morag Inkster]], [[name:Robbie Inkster]]'s daughter. I'm stuck in [[place:Brae]] "
     "with the ferry off. Could someone ring me on [[phone:07796 402118]] after the ward round? "
     "He's [[age:90]] on Sunday and we'd hoped he'd be home at [[address:14 Gremista Road]] by "
     "then.\nThanks, [[name:Morag]]"),
    ("orkney-blog",
     "Her granddaughter has been posting the whole illness on [[url:https://www.example.org/"
     "grannys-last-voyage]], photographs of the farm included, and the practice has asked the "
     "family to take the posts down.", "patient_information"),
    # ---- Gippsland
    ("gippsland-ed",
     "ED NOTE\nDairy farmer, 67, kicked by a cow in the yard at [[place:Yarram]]. Drove himself "
     "in (rego [[vehicle:1XK 9PL]]) before his wife [[name:Kylie McMillan]] could stop him. "
     "Medicare [[health_plan:2951 40183 1]]. Home [[address:2380 Hyland Hwy]], [[place:Won "
     "Wron]] VIC [[zip:3971]]. # L 7th-9th ribs, small pneumothorax, no drain. Admit under "
     "surgeons; transfer to [[place:Latrobe Regional Hospital]] if it grows."),
    ("gippsland-thread",
     "Hi team, bush nurse at [[place:Dargo]] here. Elderly man, 89, vomiting since last night, "
     "glucose 28, ketones 4.1. Road out is cut by the flood. Can someone ring "
     "[[phone:(03) 5140 1127]]? — [[name:Bronwyn Hales]]"),
    # ---- New Zealand's West Coast
    ("westcoast-narrative",
     "A 71-year-old whitebaiter from [[place:Haast]] presented to [[place:Te Nikau Grey "
     "Hospital]] in [[place:Greymouth]] on [[date:3 October 2023]] with a week of fever and "
     "myalgia after clearing a drain on his property. Leptospira PCR was positive. His partner, "
     "[[name:Hemi Tainui]], reported he had drunk from the creek. NHI [[mrn:ZKT4831]]. He was "
     "discharged from the ward after 6 days of IV penicillin and returned to [[place:Okuru]]."),
    # ---- Ghana, Ashanti
    ("ashanti-discharge",
     "[[place:KOMFO ANOKYE TEACHING HOSPITAL]] — DISCHARGE\nName: [[name:Akosua Asantewaa]]   Age: "
     "[[age:92 years]]\nNHIS: [[health_plan:08819443]]   Ghana Card: "
     "[[other_id:GHA-718204593-6]]\nResidence: [[place:Besease]], near [[place:Ejisu]]\n"
     "Dx: hyperosmolar hyperglycaemic state; CAP. Glucose 38 mmol/L on admission "
     "[[date:11/08/2024]]. Discharged [[date:21/08/2024]] on insulin, grandson "
     "[[name:Kwabena Agyemang]] taught injections. Contact [[phone:+233 24 471 9902]]."),
    # ---- Kenya's coast
    ("kenya-referral",
     "[[place:KILIFI COUNTY HOSPITAL]] — REFERRAL FORM\nTo: [[place:Coast General]], "
     "[[place:Mombasa]]\nPatient: "
     "[[name:Mwanajuma Kahindi]], F, [[age:96 yrs]]\nID No. [[other_id:10447281]]   SHA no. "
     "[[health_plan:SHA-0071-448-229]]\nFrom [[place:Mtwapa]]; brought by son [[name:Kazungu "
     "Baya]], tel [[phone:0722 418 907]]\nReason: complete heart block, HR 32, needs pacing. "
     "Atropine x2 with no response. Escort: nurse [[name:Faith Chengo]]."),
    ("kenya-boda",
     "Pillion passenger, 19, from [[place:Watamu]] thrown off a boda boda ([[vehicle:KMFA 218B]]) "
     "on the main road at night. Helmet not worn. GCS 11, L parietal boggy swelling. "
     "Mother [[name:Rehema Katana]] paid the deposit by M-Pesa, receipt ref "
     "[[account:SGH4T71KQ2]]."),
    # ---- rural Zimbabwe
    ("zimbabwe-clinic",
     "Rural health centre, [[place:Murehwa]]\n[[name:Tendai Moyo]], 34, G4P3 at 38 weeks, "
     "walked 9 km from [[place:Chitowa]]. BP 172/114, proteinuria 3+. MgSO4 loading dose "
     "given, referred to [[place:Murehwa District Hospital]]. National ID "
     "[[other_id:63-2219478 K 42]]. Husband [[name:Tapiwa Chikwanha]] [[phone:+263 77 318 4402]]."),
    # ---- Hyderabadi family, Indian English
    ("hyderabad-summary",
     "DISCHARGE SUMMARY\nName: [[name:Khairunnisa Begum]]   Age: [[age:96]] yrs   UHID: "
     "[[mrn:KH.0024017733]]\nAadhaar: [[other_id:4418 2093 7715]]   Aarogyasri card: "
     "[[health_plan:WAP1880327]]\nR/o [[address:H.No. 12-2-823/A, Asif Nagar Road]], "
     "[[place:Mehdipatnam]], [[place:Hyderabad]] - [[zip:500028]]\nAttendant: son "
     "[[name:Syed Abdul Muqeet]], [[phone:+91 98490 22718]]\nCourse: admitted with urosepsis; "
     "urine grew E. coli (ESBL); treated with meropenem x 7 days. Vehicle of attendant "
     "[[vehicle:TS 13 EK 4418]] parked in basement, pass returned."),
    # ---- Jamaica
    ("jamaica-clinic",
     "[[place:Mandeville Regional Hospital]] — Medical Outpatients\n[[name:Marcia "
     "Grant-Campbell]], 62, from [[place:Christiana]]. TRN [[other_id:118-440-297]]; NHF card "
     "[[health_plan:4012 7761 0093]]. Poorly controlled DM, HbA1c 11.2%. Left big toe ulcer, "
     "probes to bone. Her brother [[name:Delroy Campbell]] drives her down on clinic days, "
     "[[phone:(876) 964-2213]]. Refer to vascular at [[place:Kingston Public Hospital]]."),
    # ---- Asturias (Spanish)
    ("asturias-informe",
     "INFORME DE ALTA — Servicio de Medicina Interna, [[place:Hospital Carmen y Severo "
     "Ochoa]]\nPaciente: [[name:Xuana Fernández Álvarez]], [[age:94 años]]. DNI "
     "[[other_id:10548772Q]]. TSI [[health_plan:ASTU440193KP]].\nDomicilio: [[address:Barrio "
     "La Pola, 6]], [[place:Tebongo]], [[zip:33817]] [[place:Cangas del Narcea]].\nIngresa el "
     "[[date:3 de marzo de 2025]] por insuficiencia cardiaca descompensada. Vive sola en la "
     "aldea; la sobrina, [[name:Covadonga]], sube a diario. Teléfono de contacto "
     "[[phone:985 81 22 40]]. Alta el [[date:12 de marzo de 2025]]."),
    ("asturias-narrative",
     "Varón de 71 años, ganadero de [[place:Llanes]], que acude tras ser corneado por una vaca "
     "en la majada. Traslado en helicóptero al [[place:HUCA]]. Su hijo [[name:Pelayo]] llegó "
     "conduciendo la furgoneta [[vehicle:4821 HJK]] y aparcó en urgencias."),
    # ---- Veneto (Italian)
    ("veneto-lettera",
     "LETTERA DI DIMISSIONE\nSig.ra [[name:Rina Zanetti]], nata il [[date:2 luglio 1929]], "
     "[[age:95 anni]]\nCodice fiscale [[other_id:ZNTRNI29L42A471P]]\nResidente in "
     "[[address:Via San Giorgio 23]], [[place:Valrovina]] di [[place:Bassano del Grappa]] "
     "[[zip:36061]]\nRicoverata dal [[date:14 novembre 2024]] per frattura pertrocanterica "
     "sinistra, trattata con chiodo endomidollare. Il figlio [[name:Gianpietro]] è il "
     "riferimento: [[phone:+39 347 220 9185]]."),
    ("veneto-narrative",
     "Un pescatore di 66 anni di [[place:Chioggia]] si è presentato al pronto soccorso "
     "dell'[[place:Ospedale di Piove di Sacco]] con febbre e una lesione nodulare al dorso "
     "della mano dopo essersi punto con una spina di pesce. La moglie, [[name:Elisa "
     "Boscolo]], ha portato le foto sul telefono. Coltura: Mycobacterium marinum."),
    # ---- Normandy (French)
    ("normandie-cr",
     "COMPTE RENDU D'HOSPITALISATION\nMme [[name:Thérèse Leboucher]], née le "
     "[[date:8 janvier 1932]] ([[age:92 ans]])\nN° sécu [[health_plan:2 32 01 50 614 027 "
     "83]]\nDomicile : [[address:12, rue du Général Huard]], [[zip:50800]] "
     "[[place:Villedieu-les-Poêles]]\nAdressée par le Dr [[name:Gilles Lecoq]] pour chute "
     "avec station au sol prolongée; CPK 8 400 UI/L. Fils joignable au "
     "[[phone:06 71 33 48 20]]. Retour à domicile le [[date:mardi 19 novembre 2024]]."),
    ("normandie-tractor",
     "Agriculteur de 55 ans, écrasé par son tracteur ([[vehicle:GK-207-ZT]]) dans un herbage "
     "près d'[[place:Isigny-sur-Mer]]. Héliporté au [[place:CHU de Caen]]. Épouse "
     "[[name:Nathalie]] prévenue."),
    # ---- Lower Saxony (German)
    ("niedersachsen-arztbrief",
     "Sehr geehrte Frau Kollegin [[name:Janssen]],\nwir berichten über Herrn [[name:Jannes "
     "Oltmanns]], geb. [[date:22.09.1930]], [[age:94 Jahre]], wohnhaft [[address:Lange "
     "Straße 41]], [[zip:49661]] [[place:Cloppenburg]], KVNr. [[health_plan:K847201935]], der "
     "sich vom [[date:03.02.2025]] bis [[date:11.02.2025]] in stationärer Behandlung im "
     "[[place:St.-Josefs-Hospital]] befand. Diagnose: NSTEMI, konservativ geführt. Die "
     "Tochter ([[phone:04471 93820]]) übernimmt die Medikamentengabe.\nMit freundlichen "
     "Grüßen\nDr. med. [[name:Heike Brüning]]"),
    ("niedersachsen-table",
     "| Zimmer | Patient | Kennzeichen (Parkausweis) | Plan |\n|---|---|---|---|\n| 12 | "
     "[[name:Friedhelm Gerdes]] | [[vehicle:OL-HG 418]] | Entlassung morgen |\n| 14 | "
     "[[name:Anke Wübbena]] | — | CT Thorax |"),
    # ---- Estonia (Estonian)
    ("eesti-epikriis",
     "EPIKRIIS\n[[name:Leida Kask]], [[age:91-aastane]], isikukood [[other_id:43304120318]]\n"
     "Elukoht: [[address:Tallinna tn 18-4]], [[place:Kuressaare]] [[zip:93815]]\nHospitaliseeriti "
     "[[date:5. märts 2025]] kodus kukkumise järel; reieluukaela murd paremal. Opereeritud "
     "järgmisel päeval. Tütar [[name:Mari Tamm]], tel [[phone:+372 5618 2209]]."),
    # ---- Finnish Lapland (Finnish)
    ("lappi-epikriisi",
     "EPIKRIISI — [[place:Lapin keskussairaala]]\n[[name:Aslak Aikio]], hetu "
     "[[other_id:120532-478F]], [[age:92-vuotias]]\nKotiosoite: [[address:Nellimintie 214]], "
     "[[zip:99860]] [[place:Nellim]]\nTuotiin [[date:7. tammikuuta 2025]] moottorikelkalla "
     "tielle ja sieltä ambulanssilla. Hypotermia 31,8 C, lämmitetty. Poikansa "
     "[[name:Niillas]] hoitaa poroja. Kela-kortti [[health_plan:80246000171944]]. Tytär puh. "
     "[[phone:040 718 2264]]."),
    # ---- northern Norway (Norwegian)
    ("finnmark-epikrise",
     "EPIKRISE\n[[name:Ingeborg Hætta]], f.nr. [[other_id:240130 47218]], [[age:94 år]]\n"
     "Adresse: [[address:Strandgata 14]], [[zip:9950]] [[place:Vardø]]\nInnlagt "
     "[[place:Klinikk Kirkenes]] [[date:18. oktober 2024]] med pneumoni. Datteren "
     "[[name:Sara]] bor i [[place:Vadsø]] og kjører bilen [[vehicle:VD 41207]]; tlf. "
     "[[phone:+47 915 22 843]]."),
    # ---- Iceland (Icelandic)
    ("island-bref",
     "[[name:Guðmundur Sigurðsson]], kt. [[other_id:190331-2719]], [[age:93 ára]], búsettur "
     "að [[address:Hafnarstræti 11]], [[zip:400]] [[place:Ísafjörður]]. Lagður inn á "
     "[[place:Heilbrigðisstofnun Vestfjarða]] [[date:2. febrúar 2025]] vegna lungnabólgu. "
     "Dóttir hans, [[name:Þórunn]], sími [[phone:+354 862 4417]]."),
    # ---- Georgia (Georgian)
    ("sakartvelo",
     "ეპიკრიზი\nპაციენტი: [[name:ნინო კაპანაძე]], [[age:93 წლის]]\nპირადი ნომერი: "
     "[[other_id:01024018375]]\nმისამართი: [[address:ჭავჭავაძის ქ. 17]], [[place:თელავი]]\n"
     "შემოსვლის თარიღი: [[date:2024 წლის 14 ნოემბერი]]\nდიაგნოზი: მწვავე ინსულტი. შვილიშვილი "
     "[[name:ლევან]], ტელ. [[phone:+995 599 41 27 08]]."),
    # ---- Israel, Galilee (Hebrew)
    ("galil-sikum",
     "סיכום אשפוז — [[place:המרכז הרפואי זיו]]\nשם: [[name:אברהם ביטון]], ת.ז. "
     "[[other_id:032418857]], גיל: [[age:91 שנים]]\nכתובת: [[address:רחוב ירושלים 24]], "
     "[[place:צפת]]\nאושפז ב-[[date:12.3.2025]] עם אי ספיקת לב. בתו [[name:יעל]] גרה "
     "ב[[place:ראש פינה]], טל' [[phone:052-7418830]]."),
    # ---- Nile Delta (Egyptian Arabic)
    ("delta-arabic",
     "ملخص الخروج — [[place:مستشفى طنطا الجامعي]]\nالاسم: [[name:نجوى عبد الحميد]]، السن "
     "[[age:92 سنة]]\nالرقم القومي: [[other_id:23211251601844]]\nمن قرية [[place:سبرباي]]، "
     "دخلت يوم [[date:9 مارس 2025]] بجلطة في المخ. ابنها [[name:حمدي]] موبايل "
     "[[phone:010 2284 6613]]."),
    # ---- Gyeongsang (Korean)
    ("gyeongsang",
     "퇴원 요약지\n환자: [[name:박순자]] ([[age:93세]], 여)\n주민등록번호: "
     "[[other_id:310514-2184417]]\n주소: 경상북도 [[place:경주시]] [[place:안강읍]] "
     "[[address:양동마을길 34-7]]\n입원일: [[date:2025년 1월 8일]] 폐렴으로 입원. 보호자 아들 "
     "[[name:김동현]] 휴대폰 [[phone:010-4418-2270]]."),
    # ---- Taiwan (Traditional Chinese)
    ("taiwan",
     "出院病歷摘要\n姓名:[[name:陳秀英]] 女 [[age:95歲]]\n身分證字號:[[other_id:T221847593]] "
     "健保卡號:[[health_plan:0000 4518 2297]]\n住址:花蓮縣[[place:鳳林鎮]][[address:中正路二段"
     "118號]]\n入院日期:[[date:民國113年3月4日]]。兒子[[name:林志明]]騎機車"
     "(車牌[[vehicle:BFR-3062]])送來[[place:門諾醫院]]急診。"),
    # ---- Bahia (Portuguese)
    ("bahia-resumo",
     "RESUMO DE ALTA\nPaciente: [[name:Maria Aparecida Santana]], [[age:92 anos]]\nCPF "
     "[[other_id:418.227.905-14]]   Cartão SUS [[health_plan:708 4102 2913 5561]]\nEndereço: "
     "[[address:Rua Ana Nery, 27]], [[place:Cachoeira]] - BA, [[zip:44300-000]]\nInternada em "
     "[[date:12/02/2025 14h20]] no [[place:Hospital Regional de Santo Antônio de Jesus]] por "
     "pneumonia. O neto [[name:Edvaldo]] acompanha; telefone [[phone:(75) 99218-4470]]."),
    # ---- Mozambique (Portuguese, Makhuwa names)
    ("mocambique",
     "Doente [[name:Zuraida Namahanga]], [[age:91 anos]], natural de [[place:Namialo]], "
     "trazida ao [[place:Hospital Central de Nampula]] pelo filho [[name:Amisse Muhala]] "
     "numa mota ([[vehicle:ABB 417 NP]]). BI nº [[other_id:030100418273B]]. Malária grave, "
     "Hb 5,1 g/dL; transfundida. Contacto do filho [[phone:+258 84 307 1188]]."),
    # ---- clean letters: clinical numbers, eponyms, ages under 90, years alone, regions
    ("clean-miner",
     "Progress note, day 3: retired coal miner, 78, with progressive massive fibrosis. FEV1 "
     "0.9 L (31%), DLCO 28%. Sats 88% on 2 L. Discussed ceiling of care; remains full "
     "escalation except intubation. Pulmonary rehab declined in 2022 and again this year."),
    ("clean-round-table",
     "| Bed | Age/sex | Problem | Plan |\n|---|---|---|---|\n| 3 | 84F | CAP, CURB-65 2 | "
     "oral switch day 3 |\n| 5 | 71M | NSTEMI | angio list Thurs |\n| 8 | 89M | delirium, "
     "UTI? | collateral from family, CAM daily |"),
    ("clean-lappi",
     "88-vuotias nainen, aiemmin omatoiminen. Lapissa asuva, kotihoito käy kahdesti päivässä. "
     "CRP 214, leukosyytit 16,4; thoraxkuvassa pneumonia oikealla alalohkossa. Kefuroksiimi "
     "1,5 g x 3 i.v. Parkinsonin tauti vuodesta 2014."),
    ("clean-arztbrief",
     "Diagnosen: Morbus Basedow (ED 2019), Vorhofflimmern (CHA2DS2-VASc 4), chronische "
     "Niereninsuffizienz G3b. Labor: TSH < 0,01 mU/l, fT4 38 pmol/l, Kreatinin 1,6 mg/dl. "
     "Therapie: Thiamazol 20 mg, Metoprolol 47,5 mg."),
    ("clean-korean",
     "85세 남자 환자, 당뇨 20년, 고혈압. 혈당 412 mg/dL, 케톤 양성. 인슐린 지속 주입 시작, "
     "칼륨 3.1로 보충. 경상도 농촌 거주, 보호자 동반."),
    ("clean-delta",
     "مريض عمره 74 سنة، مزارع، يعاني من البلهارسيا منذ 1998. تضخم الطحال، الصفائح 68 ألف. "
     "تم عمل منظار وربط دوالي المريء."),
    ("clean-asturias",
     "Brucelosis en ganadero de 63 años, rosa de Bengala positivo, Coombs antibrucella 1/640. "
     "Doxiciclina 100 mg/12 h y estreptomicina. Caso típico de la zona rural de Asturias en los "
     "años 80, hoy excepcional."),
    ("clean-bahia",
     "Doença de Chagas crônica, forma cardíaca; ECG com BRD e BDAS, FEVE 35%. Endêmica no "
     "sertão da Bahia. Iniciado carvedilol 3,125 mg 12/12 h e espironolactona 25 mg."),
    ("clean-norsk",
     "Pasienten er 89 år, KOLS grad 3 og hjertesvikt NYHA III. Ble vurdert av lungelege i "
     "2023. Oksygen 1 l/min i hvile, 2 l/min ved anstrengelse."),
    ("clean-galil",
     "מטופלת בת 83, סוכרתית, עם כף רגל סוכרתית ודלקת עצם. CRP 148, שקיעת דם 96. "
     "טיפול בצפטריאקסון 2 גרם ליום למשך 6 שבועות."),
    ("clean-teaching",
     "Teaching points from this week's board: Buruli ulcer should be on the list for any "
     "painless ulcer in a child from Ashanti; PCR for IS2404 is the test of choice. Snakebite "
     "envenoming on the Kenyan coast is mostly puff adder and spitting cobra; give antivenom by "
     "the 20-minute clotting test, not by the look of the bite."),
    # ---- one reference paragraph in a discussion
    ("reference-discussion",
     "Leptospirosis after flood clean-up is well described in dairy workers "
     "(https://doi.org/10.1016/j.ijid.2019.04.027) and a New Zealand series is at "
     "https://pubmed.ncbi.nlm.nih.gov/31457210/. Hypothermia in reindeer herders was reviewed "
     "in doi.org/10.3402/ijch.v72i0.21172.", "discussion"),
]
F30_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH30: tuple[Note, ...] = build(F30_PART, per_category=26, clean=120, references=8) + F30_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH30 for e in n.expected)
    print(len(FRESH30), "notes,", sum(1 for n in FRESH30 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

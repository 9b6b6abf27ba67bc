"""FRESH29: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.
Written before the seventeenth round was frozen, and measured once after it.

Written blind by a twenty-fifth author, who read only tests/phi/generated.py (the framework:
Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring), tests/phi/corpus.py (the
Note type, the span conventions, parse, evaluate), the de-identification section of the
project's domain notes (45 CFR 164.514(b)(2) Safe Harbor), the module docstrings of
tests/phi/fresh16_notes.py, fresh25_notes.py and fresh26_notes.py (read with
ast.get_docstring) and the wiring lines of fresh16_notes.py (its Part, _letter, letters tuple,
build and __main__ lines); not the scanner, its patterns, name lists, model or data, its
benchmark (bench/), its tests, the body of any other fresh part (fresh27, fresh28 and fresh30
were not opened; one of them was being written at the same time), nor their git history; the
scanner was not run or imported while writing it or on its notes. Its vocabulary, value
shapes, keywords, connectors, frames, note styles and hand-written letters are this author's
own, in the mix a global case-discussion board sees: about half English-language settings
(the Georgia and Carolina Lowcountry with Gullah Geechee families, Oklahoma tribal nations'
clinics, Ontario's Muskoka and the Kawarthas, the Lincolnshire Fens, the Hebrides and Skye,
Arnhem Land, Samoa, northern Uganda, Zambia's Copperbelt, Sri Lankan Tamil families writing in
English, the Visayas, Belize) and half non-English settings in their languages and scripts:
Aragon (Spanish, NHC, DNI, tarjeta sanitaria, "años"), Liguria (Italian, codice fiscale,
tessera sanitaria, "anni"), Burgundy (French, IPP, NIR, mutuelle, "ans"), Swabia (German,
Versichertennummer, Kennzeichen, "Jahre", "-jährige"), Bohemia (Czech, rodné číslo,
pojištěnec, SPZ, "let"), Dalmatia (Croatian, OIB, MBO, "godina"/"godine"), Serbia (Serbian
Cyrillic, ЈМБГ, ЛБО, "година"/"године"), Bulgaria (Bulgarian Cyrillic, ЕГН, Cyrillic plates,
"години"), Armenia (Armenian script, ՀԾՀ, "տարեկան"), northern Thailand (Thai script, HN,
เลขบัตรประชาชน, Buddhist-era dates, "ปี"), Mongolia (Mongolian Cyrillic, регистрийн дугаар,
"настай"), Amhara (Amharic in Ge'ez script, Ethiopian-calendar dates, "ዓመት") and Morocco's
Souss (Arabic and French, CIN, CNSS, Moroccan month names, "سنة"). Small towns and villages
appear in running prose, people are named in prose without labels, and plates are written as
each country writes them ("4821 LKT", "FK 418 XZ", "GH-417-KT", "RT-GS 418", "3P4 1887",
"ST 418-KM", "ЕВ 4187 КМ", "35 LP 418", "1กข 4187", "4187 ХӨА", "41873-أ-48", "SV19 KXA",
"CKDL 482", "UEK 412T", "CD 47 KT"). Document types: case-report narratives as posted to a
discussion board (history, timeline and follow-up in running prose), discharge summaries
(informe de alta, lettera di dimissione, compte rendu, Arztbrief, propouštěcí zpráva, otpusno
pismo, отпусна листа, епикриза, Armenian, Thai, Mongolian, Amharic and Arabic summaries),
referral and consult letters, a retrieval request, nursing and social work notes, an EHPAD
liaison form, occupational health, an e-mail, message threads, forms, tables, and a discussion
paragraph with literature references.

Conventions (tests/phi/corpus.py's and fresh26's docstring's): a name without its title or
honorific (Dr, Dr. med., dott.ssa, MUDr., Bc., dr., др, д-р, นาย, ዶ/ር, Mr, Mrs, Mme, M., Frau,
Herrn, Sig.ra, Rev. stay out); a full name is one span ("Pilar Lasheras Gimeno", "Батбаярын
Болормаа", "ትዕግስት ተስፋዬ አለሙ"); staff names, also with initials ("Opiyo D.", "M. Baur"), are
names, and so are speakers in a chat; an identifier without its keyword; an age over 89 with
its attached unit in any language ("93-year-old", "94 años", "94 anni", "93 ans", "92-jährige",
"95 Jahre", "92 let", "92 godine", "95 godina", "93 године", "93 години", "94 տարեկան", "96
ปี", "92 настай", "93 ዓመት", "95 سنة", "90-anyos", "94 yo", "99 years old") or the number
alone where no unit is attached ("Age: 91", "aged 92", "she is 98"); ages under 90 are not
marked; a date without its preposition ("le", "il", "am", "dne", "на" stay out), with a
weekday right before it ("Tue 22 April 2025", "Friday 7 March 2025") and a time right after
it ("2024-03-12 14:05"); the Buddhist-era "2568" and the Ethiopian-calendar date are dates,
the "ዓ.ም." after it stays out; a year alone is not a date. The street line is one span ("Calle
Mayor 14, 2.º izq.", "Via Entella 48/3", "ул. „Ангел Кънчев“ № 12", "41 หมู่ 7", "7-р баг,
14-р гудамж, 3 тоот", "Plot 1187, Chisokone Avenue"); each locality (town, village, barangay,
ตำบล, сум, district of a city) and the postcode are separate spans (the administrative word
before or after it, "Brgy.", "ตำบล", "сум", stays out); a named hospital, clinic or health
centre is a place (the whole name, also when it holds a person's name: "МБАЛ „Д-р Тота Венкова“ –
Габрово"); states, provinces, regions, aimags, tribal nations and countries (SC, ON, Huesca,
GE, Aragón, the Hebrides, Arnhem Land, the Copperbelt, the Visayas, Souss) are never marked.
Categories: `ssn` is a US Social Security number only (Lowcountry and Oklahoma patients); other
national numbers (DNI, NIE, codice fiscale, NIR, rodné číslo, OIB, ЈМБГ, ЕГН, ՀԾՀ, Thai ID,
регистрийн дугаар, Fayda, CIN, NIN, NRC, NIC, a UK NI number, a Belize Social Security number,
a tribal citizenship number, employee numbers) are `other_id`; insurance numbers (tarjeta
sanitaria, tessera sanitaria, mutuelle, Versichertennummer, číslo pojištěnce, MBO, ЛБО, CBHI,
CNSS/AMO, SoonerCare, Medicaid, OHIP, NHS and CHI numbers, Medicare, PhilHealth, NHIMA, Belize
NHI) are `health_plan`; hospital, clinic and chart numbers (NHC, IPP, HN, HRN, file numbers)
are `mrn`; passports, driving and pleasure-craft licences, CDIB cards and professional
registrations (colegiado, GMC, RPPS) are `licence`; IBANs, RIBs, accounts and invoices are
`account`; plates and VINs are `vehicle`; pacemaker, pump, sensor and concentrator serials,
IMEIs and UDIs are `device`.

Built as build(F29_PART, per_category=26, clean=120, references=8) + F29_LETTERS (52
hand-written notes: 40 with identifiers, one of them a family's web addresses in a
patient_information section, 11 clean, 1 reference paragraph in a discussion): 690 notes, 140
of them (20%) without any identifier (120 generated clean notes, 8 reference notes in an
introduction or discussion, 11 clean letters, 1 reference letter), 893 spans - name 125,
address 44, place 112, zip 40, date 53, age 59, phone 55, fax 29, email 27, ssn 27, mrn 33,
health_plan 44, account 26, licence 30, vehicle 45, device 28, url 44, ip 26, other_id 46
(`python -m tests.phi.fresh29_notes` prints them). Checked without the scanner (a throwaway
script): every span's text is the note's text at its offsets and has no surrounding blanks, no
marks or slots are left in the text, no spans overlap, note ids are unique, every category is
in generated.CATEGORY_ORDER, every marked age is over 89, every ssn has the US shape, and
builds under PYTHONHASHSEED=1 and 2 are identical. Deterministic: its own seed (19_029), values
drawn from the builder's fixed-seed Random, no hash-order dependence.

    from tests.phi.fresh29_notes import FRESH29, F29_PART, F29_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
Not wired into any test or bench: measure it once.
"""
from __future__ import annotations

import random
import string

from tests.phi.corpus import Note, parse
from tests.phi.generated import CATEGORY_ORDER, Part, Vocabulary, build

# ---------------------------------------------------------------- value shapes


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _u(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre"]
_IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
              "settembre", "ottobre", "novembre", "dicembre"]
_FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"]
_DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember"]
_CS_MONTHS = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
              "září", "října", "listopadu", "prosince"]
_HR_MONTHS = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja",
              "kolovoza", "rujna", "listopada", "studenoga", "prosinca"]
_SR_MONTHS = ["јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа",
              "септембра", "октобра", "новембра", "децембра"]
_BG_MONTHS = ["януари", "февруари", "март", "април", "май", "юни", "юли", "август",
              "септември", "октомври", "ноември", "декември"]
_TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
              "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
# Moroccan month names (as Moroccan forms print them)
_MA_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر",
              "أكتوبر", "نونبر", "دجنبر"]
_EN_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_ES_WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def _f29_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1926, 2025)
    hh, mm = r.randint(0, 23), r.choice((0, 5, 10, 20, 35, 40, 55))
    return r.choice([
        f"{d:02d}/{m:02d}/{y}", f"{d} de {_ES_MONTHS[m - 1]} de {y}",
        f"{r.choice(_ES_WEEKDAYS)} {d} de {_ES_MONTHS[m - 1]} de {y}",
        f"{d} {_IT_MONTHS[m - 1]} {y}", f"{d} {_FR_MONTHS[m - 1]} {y}",
        f"{d}. {_DE_MONTHS[m - 1]} {y}", f"{d}. {m}. {y}", f"{d}. {_CS_MONTHS[m - 1]} {y}",
        f"{d}. {_HR_MONTHS[m - 1]} {y}", f"{d}. {_SR_MONTHS[m - 1]} {y}",
        f"{d} {_BG_MONTHS[m - 1]} {y}", f"{d} {_TH_MONTHS[m - 1]} {y + 543}",
        f"{y}.{m:02d}.{d:02d}", f"{d} {_MA_MONTHS[m - 1]} {y}", f"{d:02d}.{m:02d}.{y}",
        f"{_EN_MONTHS[m - 1]} {d}, {y}", f"{d} {_EN_MONTHS[m - 1][:3]} {y}",
        f"{r.choice(_EN_WEEKDAYS)} {d}/{m}/{y}", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}",
        f"{m}/{d}/{y % 100:02d}", f"{d:02d}-{_EN_MONTHS[m - 1][:3].upper()}-{y}"])


def _f29_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 104)
    # Croatian and Serbian: "godine"/"године" after 2-4, "godina"/"година" otherwise
    few = n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14)
    hr, sr = ("godine", "године") if few else ("godina", "година")
    return r.choice([
        ("a {age} Geechee grandmother from the Sea Islands", f"{n}-year-old"),
        ("Age: {age}", f"{n}"), ("{age}F, crofter, lives alone", f"{n}"),
        ("she turned {age} in the spring", f"{n}"), ("a {age} retired copper miner", f"{n} yr old"),
        ("{age} M, from a homeland outstation", f"{n} y/o"),
        ("paciente de {age}, viuda, vive sola en el pueblo", f"{n} años"),
        ("pensionato di {age}, ex pescatore", f"{n} anni"),
        ("patiente âgée de {age}, veuve, ancienne vigneronne", f"{n} ans"),
        ("eine {age} Patientin aus dem Pflegeheim", f"{n}-jährige"),
        ("Patient, {age} alt, lebt allein auf dem Hof", f"{n} Jahre"),
        ("pacientka ve věku {age}", f"{n} let"), ("bolesnica u dobi od {age}", f"{n} {hr}"),
        ("пацијент стар {age}", f"{n} {sr}"), ("пациентка на {age}", f"{n} години"),
        ("{age} կին, այրի", f"{n} տարեկան"), ("ผู้ป่วยชายอายุ {age}", f"{n} ปี"),
        ("{age} малчин эмэгтэй", f"{n} настай"), ("ዕድሜ {age}", f"{n} ዓመት"),
        ("مريضة تبلغ من العمر {age}", f"{n} سنة"), ("âgé de {age}, retraité agricole", f"{n} ans"),
        ("{age} lola from a barangay upland", f"{n}-anyos")])


def _f29_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"(843) {r.randint(200, 989)}-{_d(r, 4)}", f"912-{r.randint(200, 989)}-{_d(r, 4)}",
        f"(918) 45{_d(r, 1)}-{_d(r, 4)}", f"705-64{_d(r, 1)}-{_d(r, 4)}",
        f"01406 {_d(r, 6)}", f"01851 {_d(r, 6)}", f"07{_d(r, 3)} {_d(r, 6)}",
        f"(08) 89{_d(r, 2)} {_d(r, 4)}", f"04{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"+685 {_d(r, 5)}", f"+256 77{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}",
        f"0966 {_d(r, 3)} {_d(r, 3)}", f"+94 21 222 {_d(r, 4)}", f"077 {_d(r, 3)} {_d(r, 4)}",
        f"0917 {_d(r, 3)} {_d(r, 4)}", f"(032) {_d(r, 3)} {_d(r, 4)}", f"+501 824-{_d(r, 4)}",
        f"+34 976 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"6{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"+39 0185 {_d(r, 6)}", f"34{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}",
        f"03 80 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"06 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"07381 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"0171 {_d(r, 7)}",
        f"+420 60{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}", f"383 {_d(r, 3)} {_d(r, 3)}",
        f"+385 21 {_d(r, 3)} {_d(r, 3)}", f"091 {_d(r, 3)} {_d(r, 4)}",
        f"064/{_d(r, 3)}-{_d(r, 4)}", f"+381 14 {_d(r, 3)} {_d(r, 3)}",
        f"+359 88 {_d(r, 3)} {_d(r, 4)}", f"066 {_d(r, 3)} {_d(r, 3)}",
        f"+374 93 {_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}", f"053-{_d(r, 3)}-{_d(r, 3)}",
        f"08{_d(r, 1)}-{_d(r, 3)}-{_d(r, 4)}", f"+976 99{_d(r, 2)} {_d(r, 4)}",
        f"+251 58 220 {_d(r, 4)}", f"09{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"05 28 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"+212 6 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}"])


def _codice_fiscale(r: random.Random) -> str:
    return (f"{_u(r, 6, 'BCDFGLMNPRSTVZ')}{_d(r, 2)}{r.choice('ABCDEHLMPRST')}{_d(r, 2)}"
            f"{r.choice('DGHL')}{_d(r, 3)}{_u(r, 1)}")


def _rodne_cislo(r: random.Random) -> str:
    month = r.choice(("01", "04", "07", "11", "53", "56", "61"))
    return f"{_d(r, 2)}{month}{r.randint(10, 28)}/{_d(r, 4)}"


F29_VALUES = {
    "mrn": lambda r, h: r.choice([
        _d(r, 7), f"{_d(r, 2)}-{_d(r, 6)}", f"{r.randint(2019, 2025)}/{_d(r, 6)}", f"80{_d(r, 8)}",
        f"{_d(r, 2)}/{_d(r, 5)}", f"HN{_d(r, 7)}", f"{_d(r, 4)}/{r.randint(19, 25)}",
        f"UR{_d(r, 6)}", f"K{_d(r, 6)}", f"{_d(r, 3)}-{_d(r, 3)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{_d(r, 4)}-{_d(r, 3)}-{_d(r, 3)}-{_u(r, 2)}", f"{_d(r, 3)} {_d(r, 3)} {_d(r, 4)}",
        f"{_d(r, 4)} {_d(r, 5)} {_d(r, 1)}", f"{_d(r, 2)}-{_d(r, 9)}-{_d(r, 1)}",
        f"{_u(r, 1)}{_d(r, 9)}", f"80380{_d(r, 15)}", f"80203 {_d(r, 5)} {_d(r, 10)}",
        _d(r, 9), _d(r, 11), f"AR{_d(r, 10)}{_u(r, 1)}", f"{_d(r, 2)}/{_d(r, 3)}/{_d(r, 5)}",
        f"B{_d(r, 8)}", f"{_d(r, 10)}"]),
    "account": lambda r, h: r.choice([
        f"ES{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"IT{_d(r, 2)} {_u(r, 1)}{_d(r, 3)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}",
        f"FR76 {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}",
        f"DE{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}",
        f"{_d(r, 2)}-{_d(r, 10)}/0800", f"HR{_d(r, 2)}{_d(r, 17)}", f"160-{_d(r, 13)}-{_d(r, 2)}",
        f"BG{_d(r, 2)} UNCR {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}",
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 16)} {_d(r, 2)}", f"FAC-{r.randint(2021, 2025)}-{_d(r, 6)}",
        f"{_d(r, 10)}", f"INV-{_d(r, 5)}"]),
    "licence": lambda r, h: r.choice([
        f"{_u(r, 3)}{_d(r, 6)}", f"{_u(r, 2)}{_d(r, 7)}", f"{_d(r, 2)}{_u(r, 2)}{_d(r, 5)}",
        f"{_u(r, 1)}{_d(r, 4)}-{_d(r, 5)}-{_d(r, 5)}", f"{_d(r, 7)}", f"50/{_d(r, 5)}",
        f"{_d(r, 11)}", f"{_u(r, 5)}{_d(r, 6)}{_u(r, 2)}{_d(r, 1)}{_u(r, 2)}",
        f"{_u(r, 1)}{_d(r, 9)}", f"{_u(r, 1)}{_d(r, 2)}{_u(r, 1)}{_d(r, 2)}{_u(r, 1)}{_d(r, 2)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{_d(r, 4)} {_u(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}", f"{_u(r, 2)} {_d(r, 3)} {_u(r, 2)}",
        f"{_u(r, 2)}-{_d(r, 3)}-{_u(r, 2)}", f"RT-{_u(r, 2)} {r.randint(1, 9999)}",
        f"{r.randint(1, 9)}{r.choice('CPKULHES')}{r.randint(1, 9)} {_d(r, 4)}",
        f"{r.choice(('ST', 'ZD', 'ŠI', 'MA'))} {_d(r, 3)}-{_u(r, 2)}",
        f"{r.choice(('VA', 'ČA', 'UE', 'NI'))} {_d(r, 3)}-{_u(r, 2)}",
        f"{r.choice(('ЕВ', 'ОВ', 'РВ', 'СМ'))} {_d(r, 4)} {_u(r, 2, 'АВЕКМНОРСТХ')}",
        f"{_d(r, 2)} {_u(r, 2)} {_d(r, 3)}", f"{_d(r, 4)} {_u(r, 3, 'АБВГДЕЗИКЛМНОРСТУХЧӨҮ')}",
        f"{_d(r, 5)}-{r.choice('أبدهوط')}-{r.randint(1, 89)}", f"{_u(r, 3)} {_d(r, 3)}{_u(r, 1)}",
        f"{_u(r, 3)} {_d(r, 4)}", f"{_u(r, 4)} {_d(r, 3)}", f"{_u(r, 2)}{_d(r, 2)} {_u(r, 3)}",
        f"{_u(r, 2)} {_d(r, 2)} {_u(r, 2)}", f"{_u(r, 3)}-{_d(r, 3)}",
        f"{_d(r, 1)}{_u(r, 4)}{_d(r, 5)}{_u(r, 1)}{_d(r, 6)}"]),
    "device": lambda r, h: r.choice([
        f"{_u(r, 3)}{_d(r, 6)}", f"{_d(r, 3)}-{_d(r, 5)}-{_d(r, 2)}", _d(r, 15),
        f"(01)0{_d(r, 13)}(21){_u(r, 2)}{_d(r, 6)}", f"0M{_d(r, 8)}",
        f"{_u(r, 2)}{_d(r, 7)}{_u(r, 1)}",
        f"{_d(r, 8)}", f"{_u(r, 1)}{_d(r, 2)}-{_d(r, 6)}"]),
    "other_id": lambda r, h: r.choice([
        f"{_d(r, 8)}-{_u(r, 1, 'TRWAGMYFPDXBNJZSQVHLCKE')}", f"{_d(r, 8)}{_u(r, 1, 'TRWAGMYFPDX')}",
        _codice_fiscale(r),
        f"{r.choice('12')} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 3)} {_d(r, 3)} {_d(r, 2)}",
        _rodne_cislo(r), _d(r, 11), _d(r, 13), _d(r, 10),
        f"{_d(r, 1)}-{_d(r, 4)}-{_d(r, 5)}-{_d(r, 2)}-{_d(r, 1)}",
        f"{_u(r, 2, 'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯӨҮ')}{_d(r, 8)}",
        f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"{_u(r, 2)}{_d(r, 6)}", f"C{_u(r, 1, 'FM')}{_d(r, 8)}{_u(r, 4)}",
        f"{_d(r, 6)}/{_d(r, 2)}/1",
        f"19{_d(r, 10)}", f"{_d(r, 9)}V", _d(r, 6), f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(250, 259)}-{r.randint(10, 99)}-{_d(r, 4)}",
        f"{r.randint(440, 448)}-{r.randint(10, 99)}-{_d(r, 4)}",
        f"{r.randint(247, 251)} {r.randint(10, 99)} {_d(r, 4)}",
        f"{r.randint(440, 448)}{r.randint(10, 99)}{_d(r, 4)}"]),
    "phone": _f29_phone,
    "fax": _f29_phone,
    "email": lambda r, h: r.choice([
        "{g}.{s}@example.es", "{s}{n}@correo.example.it", "{g}-{s}@example.fr",
        "{s}.{g}@post.example.de", "{g}{n}@example.cz", "{g}.{s}@example.hr",
        "{s}{n}@example.rs", "{g}_{s}@example.bg", "{g}{s}@example.am", "{s}.{g}@example.co.th",
        "{g}{n}@example.mn", "{s}{n}@example.et", "{g}.{s}@example.ma", "{g}{s}{n}@example.com",
        "{s}.{g}@example.org.uk", "{g}_{s}@example.com.au", "{s}{n}@example.ws",
        "{g}.{s}@example.co.ug", "{s}{g}@example.zm", "{g}.{s}{n}@example.lk",
        "{g}{s}@example.ph", "{s}.{g}@example.bz", "{g}.{s}@example.ca"]),
    "url": lambda r, h: r.choice([
        "https://www.example.es/{g}-{s}", "example.it/raccolta/{s}{n}",
        "https://gofund.example.org/{g}-{s}-{n}", "http://{s}.example.cz/blog",
        "https://www.example.com.au/{g}{s}", "t.example.me/{g}_{s}",
        "https://{g}{s}.example.fr/journal", "www.example.de/~{s}", "example.bg/{s}-{n}",
        "https://example.ph/p/{g}.{s}", "http://www.example.ca/{s}-family",
        "https://fb.example.com/{g}.{s}.{n}"]),
    "ip": lambda r, h: r.choice([
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
        f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 65535):x}"]),
    "zip": lambda r, h: r.choice([
        f"{r.choice(('22', '44', '50'))}{_d(r, 3)}", f"1{r.choice('6789')}0{_d(r, 2)}",
        f"{r.choice(('21', '71', '89', '58'))}{_d(r, 3)}", f"7{r.choice('23')}{_d(r, 3)}",
        f"{r.choice('3')}{r.choice('4789')}{_d(r, 1)} {_d(r, 2)}", f"2{r.choice('0123')}{_d(r, 3)}",
        f"{r.choice(('P1H', 'K9J', 'P1L', 'K0M'))} {_d(r, 1)}{_u(r, 1)}{_d(r, 1)}",
        f"PE{r.choice(('11', '12', '21', '22'))} {_d(r, 1)}{_u(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"HS{r.choice('12345678')} {_d(r, 1)}{_u(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"IV{r.choice(('49', '51', '55'))} {_d(r, 1)}{_u(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"29{r.choice(('920', '906', '945', '936'))}", f"31{r.choice(('520', '305', '331'))}",
        f"74{_d(r, 3)}", f"08{r.choice(('80', '22', '81'))}", f"50{_d(r, 3)}",
        f"{r.choice(('80', '83', '85'))}000", f"{r.choice('56')}000"]),
    "date": _f29_date,
}

# ---------------------------------------------------------------- vocabulary

F29_VOCABULARY = Vocabulary(
    given=["Willene", "Cudjoe", "Wynema", "Chebon", "Murdo", "Peigi", "Ishbel", "Doreen",
           "Clifford", "Yalmay", "Djawa", "Tavita", "Malia", "Akello", "Ojok", "Mwila",
           "Bwalya", "Thevaki", "Sivarajah", "Junrey", "Rhodora", "Dunstan", "Elfreda",
           "Pilar", "Jesús", "Benedetta", "Gianfranco", "Ghislaine", "Thibault", "Gottlob",
           "Hildegard", "Vojtěch", "Blažena", "Ante", "Mirjana", "Dragana", "Stoyanka",
           "Anahit", "Somchai", "Bolormaa", "Tigist", "Yidir", "Fadma"],
    surnames=["Fripp", "Grant", "Harjo", "Bearpaw", "Wildcat", "McTaggart", "Thurlby",
              "MacLeod", "Macaulay", "Gumana", "Leota", "Faleolo", "Ocen", "Opiyo", "Mwansa",
              "Kapembwa", "Kanagaratnam", "Sivapalan", "Abellana", "Villaflor", "Arzu", "Usher",
              "Lasheras", "Sanagustín", "Canepa", "Ferrando", "Morizot", "Bouhier", "Häberle",
              "Schwenk", "Kratochvíl", "Dvořáková", "Bulat", "Tomičić", "Jovanović", "Stoyanova",
              "Hovhannisyan", "Wongsuwan", "Batbayar", "Tesfaye", "Oubaha", "Aït Taleb"],
    cities=["Frogmore", "Darien", "Ridgeland", "Tahlequah", "Okmulgee", "Pawhuska", "Bracebridge",
            "Gravenhurst", "Bobcaygeon", "Fenelon Falls", "Holbeach", "Crowland", "Long Sutton",
            "Stornoway", "Tarbert", "Dunvegan", "Lochmaddy", "Yirrkala", "Maningrida",
            "Gunbalanya", "Salelologa", "Leulumoega", "Kitgum", "Pader", "Amuru", "Chingola",
            "Mufulira", "Chililabombwe", "Point Pedro", "Chavakachcheri", "Ormoc", "Tagbilaran",
            "Catbalogan", "Dangriga", "Punta Gorda", "Barbastro", "Alcañiz", "Tarazona",
            "Chiavari", "Sarzana", "Albenga", "Semur-en-Auxois", "Tonnerre", "Avallon",
            "Münsingen", "Balingen", "Nürtingen", "Tábor", "Domažlice", "Strakonice", "Sinj",
            "Imotski", "Trogir", "Valjevo", "Gabrovo", "Dilijan", "Fang", "Mörön", "Bahir Dar",
            "Tiznit", "Taroudant", "Tafraout"],
    streets=["Palmetto", "Magnolia", "Cherokee", "Muskoka", "Fen", "Machair", "Sweetgrass",
             "Loon Lake", "Drove", "Creek", "Mango", "Frangipani"],
    relations=["granddaughter", "nephew", "auntie", "son-in-law", "cousin-brother", "niece",
               "grandson", "daughter", "neighbour", "carer", "stepson", "sister-in-law"],
    clean=[
        "Hb 9,4 g/dl; PCR 48 mg/l; creatinina 1,3 mg/dl.",
        "TA 150/90 mmHg, FC 88 lpm, SatO2 94 % basal.",
        "PA 135/80 mmHg, FC 76/min, apiretica; Barthel 45/100.",
        "TA 160/95, FC 102/min, SpO2 91 % AA ; GIR 3.",
        "RR 145/85 mmHg, Puls 92/min, BZ 184 mg/dl; Pflegegrad 3.",
        "CRP 142 mg/l, leukocyty 14,2 × 10^9/l; INR 2,8.",
        "RR 140/85 mmHg, puls 92/min, GUK 11,4 mmol/L.",
        "ТА 130/80 mmHg, пулс 84/мин; хемоглобин 98 г/л.",
        "Хемоглобин 104 г/л, левкоцити 11,2 × 10⁹/л, CRP 64 мг/л.",
        "Զարկերակային ճնշում 140/90, պուլս 96 րոպեում։",
        "ความดันโลหิต 150/90 mmHg ชีพจร 96 ครั้ง/นาที",
        "Цусны даралт 140/90, судасны лугшилт 88/мин.",
        "የደም ግፊት 150/95 mmHg፣ ሙቀት 37.8 °C።",
        "ضغط الدم 140/90 ملم زئبق، نبض 96 في الدقيقة.",
        "A 76-year-old neighbour with the same symptoms was not admitted.",
        "Malaria RDT negative; GeneXpert MTB not detected; CD4 412.",
        "On TLD since 2019; viral load <50 copies/mL.",
        "Clinical Frailty Scale 6; MUST 2; Waterlow 18.",
        "Ferry cancelled by weather; transfer by air ambulance after 2 h.",
        "Retrieval time 4 h 20 min; primary survey unremarkable.",
        "Bay 3, bed 12; seen on the evening round.",
        "Paciente de 84 años, independiente para las ABVD.",
        "Paziente di 87 anni, autonoma fino al ricovero.",
        "Il a 88 ans et vit avec son épouse.",
        "Pflegestufe unverändert; 2 Stürze in 6 Monaten.",
        "Warfarin 3 mg; INR target 2-3; next INR in 1 week.",
        "Snakebite protocol: 20-minute whole blood clotting test normal.",
        "Dose no. 2 of rabies PEP given; day 7 due.",
        "Copper dust exposure 30 years underground; spirometry FEV1/FVC 0.61.",
        "NEWS2 5; qSOFA 1; lactate 2.4 mmol/L.",
    ],
    seed=19_029,
)
F29_CONNECTORS = [": ", " ", " n.º ", " č. ", " br. ", " бр. ", " № ", " N° ", ":\u00a0",
                  " — ", " nr ", " = ", " ", "\n", " # "]
F29_FRAMES = ["{kv}", "{kv}.", "– {kv}", "{kw}\n{v}", "| {kw} | {v} |", "{kv} (comprobado)",
              "Datos administrativos: {kv}", "{kv}; verificato all'accettazione",
              "{kw} ........ {v}", "[{kv}]", "Kopfzeile: {kv}", "{kv} — ověřeno", "{kv} ·"]
F29_KEYWORDS = {
    "mrn": ["NHC", "n.º historia clínica", "nosologico", "IPP", "Pat.-Nr.", "č. chorobopisu",
            "MB bolnice", "број историје", "ИЗ №", "HN", "Өвчний түүх", "የካርድ ቁጥር",
            "رقم الملف", "N° dossier", "Chart #", "HRN", "UR", "Hospital no."],
    "health_plan": ["tarjeta sanitaria", "CIP", "tessera sanitaria", "n° adhérent mutuelle",
                    "Versichertennummer", "č. pojištěnce", "MBO", "ЛБО", "ЗОК №", "ЭМД-ийн дугаар",
                    "የማህበረሰብ ጤና መድን ቁጥር", "immatriculation CNSS", "رقم التسجيل AMO",
                    "SoonerCare ID",
                    "Medicaid #", "OHIP", "NHS No", "CHI", "Medicare", "PhilHealth PIN",
                    "NHIMA no."],
    "account": ["IBAN", "cuenta", "c/c", "Rechnungs-Nr.", "č. účtu", "žiro-račun", "текући рачун",
                "банкова сметка", "RIB", "factura n.º", "fattura n.", "acct no.", "invoice"],
    "licence": ["pasaporte", "passaporto", "passeport", "Reisepass-Nr.", "č. pasu",
                "broj putovnice", "пасош", "паспорт №", "անձնագիր", "หนังสือเดินทาง",
                "nº colegiado", "RPPS", "CDIB card", "Ontario DL", "driving licence", "GMC"],
    "vehicle": ["matrícula", "targa", "immatriculation", "Kennzeichen", "SPZ", "reg. oznaka",
                "рег. таблице", "рег. №", "ทะเบียน", "улсын дугаар", "رقم اللوحة", "plate", "rego",
                "tag"],
    "device": ["n.º de serie", "matricola", "n° de série", "Seriennummer", "výrobní číslo",
               "serijski broj", "серијски број", "сериен №", "S/N", "IMEI", "UDI", "sensor serial"],
    "other_id": ["DNI", "NIE", "codice fiscale", "NIR", "Steuer-ID", "rodné číslo", "RČ", "OIB",
                 "ЈМБГ", "ЕГН", "ՀԾՀ", "เลขบัตรประชาชน", "регистрийн дугаар", "Fayda ID", "CIN",
                 "NIN", "NRC", "NIC", "tribal citizenship no.", "employee no."],
    "ssn": ["SSN", "Social Security no.", "SS#"],
    "phone": ["tel.", "móvil", "cell.", "portable", "Handy", "mobil", "тел.", "โทร", "утас",
              "ስልክ", "الهاتف", "ph", "mob"],
    "fax": ["fax", "Fax-Nr.", "télécopie", "факс", "โทรสาร", "فاكس"],
}
F29_AFTER = ["{v} ({kw})", "{v} — {kw}", "{v}, {kw} del paziente", "{v} [{kw}]", "{v} = {kw}"]
F29_REFERENCES = [
    "Comparable cases were reviewed by the authors (https://doi.org/10.1016/j.tmaid.2022.{n}).",
    "Véase la serie publicada (https://pubmed.ncbi.nlm.nih.gov/{n}{n}/) y la guía de 2021.",
    "See the WHO guidance https://www.who.int/publications/i/item/{n} on snakebite envenoming.",
]
F29_SENTENCES = {
    "licence": ["Su pasaporte {v} se fotocopió para el seguro de viaje.",
                "Il passaporto {v} era scaduto da due anni.",
                "Permis de conduire n° {v} retenu par la gendarmerie.",
                "Führerschein {v} wurde von der Polizei eingezogen.",
                "Lékař se identifikoval číslem licence {v}.",
                "Her CDIB card, number {v}, was copied for the tribal clinic.",
                "His Ontario driver's licence {v} was suspended after the seizure.",
                "Dr [[name:Yidir Oubaha]], inscrit sous le n° {v}, a signé le certificat.",
                "ใบขับขี่ {v} ถูกตำรวจยึดไว้"],
    "vehicle": ["Accidente de tráfico: turismo {v} contra un tractor en la carretera.",
                "Investito da uno scooter targato {v}.",
                "Le tracteur immatriculé {v} s'est renversé dans la vigne.",
                "PKW {v} kam von der Fahrbahn ab.",
                "Srážka s traktorem; osobní auto {v}.",
                "Udario ga je kombi {v} na raskrižju.",
                "Пешак ударен од возила {v}.",
                "Блъснат от лек автомобил {v}.",
                "รถจักรยานยนต์ {v} ชนกับรถกระบะ",
                "Мотоцикл {v} онхолдсон.",
                "صدمته دراجة نارية تحمل رقم {v}.",
                "Rolled his quad bike; the ute {v} brought him to the clinic.",
                "The pickup, {v}, was found in the drainage dyke by the police.",
                "Boda boda {v} collided with a minibus on the [[place:Kitgum]] road."],
    "mrn": ["Historia clínica {v} en el archivo central.",
    "Cartella n. {v} richiesta all'archivio.",
            "Ancien dossier sous l'IPP {v}.", "Voraufenthalt unter Pat.-Nr. {v}.",
            "Předchozí hospitalizace pod č. {v}.", "Пацијент заведен под бројем {v}.",
            "HN {v} ที่โรงพยาบาลชุมชน", "Old chart {v} pulled from the clinic archive.",
            "Hospital record number {v} on the wristband."],
    "health_plan": ["Tarjeta sanitaria {v} (Salud Aragón).",
    "Tessera sanitaria {v} in corso di validità.",
                    "Mutuelle : adhérent {v}.", "Versichert bei der AOK, Versichertennummer {v}.",
                    "Pojištěnec VZP č. {v}.", "Osiguranik HZZO, MBO {v}.",
                    "Осигураник РФЗО, ЛБО {v}.", "SoonerCare member {v}, primary.",
                    "Her OHIP number is {v} (version code checked).",
                    "CHI {v} confirmed at the ferry terminal clinic.",
                    "PhilHealth member {v}, active.", "Medicare {v}, card sighted at the clinic."],
    "account": ["Transferencia a la cuenta {v}.", "Rimborso sull'IBAN {v}.",
                "Remboursement sur le RIB {v}.", "Bitte überweisen Sie auf {v}.",
                "Úhrada na účet {v}.", "Уплата на текући рачун {v}.",
                "Invoice {v} sent to the family.",
                "حساب بنكي {v} لتسديد الفاتورة."],
    "device": ["Marcapasos, n.º de serie {v}.", "Pacemaker, matricola {v}, interrogato.",
               "Stimulateur n° de série {v} contrôlé.", "Insulinpumpe SN {v} ausgelesen.",
               "Kardiostimulátor, výrobní číslo {v}.", "Серијски број пејсмејкера {v}.",
               "The CGM sensor, serial {v}, fell off on day 2.",
               "Oxygen concentrator {v} swapped by the supplier."],
    "other_id": ["DNI {v}; vive sola en el pueblo.", "Codice fiscale {v}.", "NIR {v} (assurée).",
                 "Rodné číslo {v}.", "OIB {v}.", "ЈМБГ {v}.", "ЕГН {v}.", "ՀԾՀ {v}։",
                 "เลขบัตรประชาชน {v}", "Регистрийн дугаар {v}.", "CIN {v}.",
                 "National ID (NIN) {v} copied for the referral.", "NRC {v}, mine employee.",
                 "NIC {v} (old card).", "Tribal citizenship number {v} on file."],
    "ssn": ["Social Security no. {v} for the Medicaid application.", "SSN {v} (verified).",
            "His SSN, {v}, was on the VA form.", "{v} - SSN, per the daughter."],
    "phone": ["Hija: {v}.", "Figlio [[name:Gianfranco]] al {v}.", "Joindre la fille au {v}.",
              "Tochter erreichbar unter {v}.", "Kontakt na dceru {v}.", "Зет — {v}.",
              "ติดต่อลูกสาว {v}", "Нагац эгч {v}", "ስልክ {v}", "الهاتف: {v}",
              "Call her granddaughter on {v} with results.", "Auntie's mobile {v}."],
    "fax": ["Informe enviado por fax al {v}.", "Fax del medico curante {v}.",
            "Transmis par télécopie au {v}.", "Arztbrief per Fax an {v}.", "Факс {v}.",
            "Faxed to the clinic on {v}."],
    "email": ["Correo de la hija: {v}.", "Scrivere a {v} per il consenso.",
              "Le fils écrit depuis {v}.", "Befunde bitte an {v}.", "E-mail rodiny {v}.",
              "Електронна поща: {v}", "Please copy the daughter in [[place:Toronto]], {v}.",
              "Results to {v} (son, in [[place:Brisbane]])."],
    "url": ["La familia abrió una recogida de fondos en {v}.", "Il blog della nipote è {v}.",
            "Cagnotte en ligne : {v}.", "The family posts updates at {v}.",
            "A video of the seizure is on {v}.", "Sbírka na léčbu: {v}"],
    "ip": ["Teleconsulta desde {v}.", "Collegamento remoto da {v}.", "Accès PACS depuis {v}.",
           "The telehealth cart at the outstation logged in from {v}.",
           "Холтер записът е качен от {v}."],
    "zip": ["C.P. {v}.", "CAP {v}", "Code postal : {v}.", "PLZ {v}", "PSČ {v}",
            "Poštanski broj {v}.", "Пощенски код {v}.", "รหัสไปรษณีย์ {v}", "Postcode {v}.",
            "Postal code {v} (rural route).", "ZIP {v}.",
            "Dirección: {v} [[place:Monzón]] (Huesca).",
            "Domicile : {v} [[place:Précy-sous-Thil]]."],
    "date": ["Ingreso: {v}.", "Fecha de nacimiento {v}.", "Ricoverata il {v}.", "Née le {v}.",
             "geb. {v}", "Přijata dne {v}.", "Datum prijma: {v}", "Датум рођења: {v}",
             "Дата на раждане: {v}", "Ծննդյան ամսաթիվ՝ {v}", "วันที่รับไว้ {v}",
             "Төрсөн огноо: {v}", "የትውልድ ቀን፦ {v}", "تاريخ الدخول: {v}", "DOB {v}",
             "Died peacefully at home {v}.", "| Admission | {v} |", "Seen at the outstation {v}."],
    "address": ["Domicilio: [[address:Calle Predicadores {n}, 2.º B]]",
                "Vive en [[address:Calle Mayor {n}]], en el pueblo.",
                "Residente in [[address:Via Garibaldi {n}/{n2}]]",
                "Demeure au [[address:{n} rue de la Fontaine]].",
                "Wohnhaft [[address:Lindenstraße {n}]]",
                "Bydliště: [[address:Husova {n}]]",
                "Adresa: [[address:Poljička cesta {n}]]",
                "Адреса: [[address:Карађорђева {n}]]",
                "Адрес: [[address:ул. „Васил Левски“ № {n}]]",
                "Lives at [[address:{n} {street} Road]] with her grandson.",
                "Home: [[address:Lot {n}, {street} Lane]]",
                "Found on the floor at [[address:{n} {street} Drive]] by the carer."],
    "place": ["Vive en {city}, en una casa sin calefacción.", "Proviene da {city}.",
              "Originaire de {city}, ancien vigneron.", "Stammt aus {city}.",
              "Bydlí v {city}.", "Živi u {city} sa sinom.",
              "Lives in {city}; the road floods in the wet season.",
              "She was flown out from {city}.", "He fishes out of {city}.",
              "Referred from the health centre in {city}.", "Grew up near {city}.",
              "Живее в [[place:Трявна]] при дъщеря си.", "Живи у [[place:Ивањица]].",
              "อาศัยอยู่ที่ [[place:แม่ริม]]", "Оршин суугаа газар: [[place:Хархорин]]",
              "ነዋሪነቱ [[place:ደብረ ታቦር]]", "يقيم في [[place:تافراوت]]."],
    "name": ["{full} ingresó por disnea.", "La paciente, {full}, vive con su hija.",
             "Il signor {surname} rifiuta la PEG.", "Mme {surname} est revue en consultation.",
             "Frau {surname} wurde mobilisiert.", "Paní {surname} odmítá operaci.",
             "{given} came with her {rel} {given}.", "Spoke with {full} on the phone.",
             "{given}'s {rel} translated from Yolŋu Matha.", "Patient {full} declined the drain.",
             "Пацијент [[name:Милорад Павловић]] је отпуштен.",
             "Пациентката [[name:Стоянка Илиева]] е стабилна.",
             "[[name:Անահիտ Գրիգորյան]]-ը հրաժարվեց վիրահատությունից։",
             "ผู้ป่วย [[name:สมชาย วงศ์สุวรรณ]]",
             "Өвчтөн [[name:Батбаярын Болормаа]] гэртээ гарсан.", "ታካሚ [[name:ትዕግስት ተስፋዬ]]",
             "المريضة [[name:فاضمة أوباها]] رفضت العملية."],
}
F29_STYLES = [
    "Case discussion board - new post\n{body}\nQuestion for the group: would you anticoagulate?",
    "INFORME DE ALTA - Servicio de Medicina Interna\n{body}\nJuicio clínico: insuficiencia "
    "cardiaca descompensada.\nTratamiento: furosemida 40 mg/24 h.",
    "LETTERA DI DIMISSIONE\n{body}\nDiagnosi: BPCO riacutizzata. Terapia: vedi allegato.",
    "COMPTE RENDU D'HOSPITALISATION\n{body}\nConclusion : pneumopathie d'inhalation.",
    "Arztbrief (vorläufig)\n{body}\nProzedere: Kontrolle beim Hausarzt in 1 Woche.",
    "PROPOUŠTĚCÍ ZPRÁVA\n{body}\nDoporučení: kontrola v ambulanci za 14 dní.",
    "OTPUSNO PISMO\n{body}\nPreporuka: kontrola kod obiteljskog liječnika.",
    "ОТПУСНА ЛИСТА\n{body}\nПрепорука: контрола за 7 дана.",
    "ЕПИКРИЗА\n{body}\nИзписва се в подобрено състояние.",
    "ԴՈՒՐՍԳՐՄԱՆ ԱՄՓՈՓԱԳԻՐ\n{body}\nԽորհուրդ՝ հսկողություն 2 շաբաթից։",
    "สรุปการรักษาผู้ป่วยใน\n{body}\nนัดติดตามอาการ 2 สัปดาห์",
    "ЭМНЭЛГЭЭС ГАРСАН ТЭМДЭГЛЭЛ\n{body}\nЗөвлөгөө: 14 хоногийн дараа үзүүлэх.",
    "የታካሚ ማጠቃለያ\n{body}\nምክር፦ ከ2 ሳምንት በኋላ ክትትል።",
    "ملخص الخروج / Résumé de sortie\n{body}\nالتشخيص: التهاب رئوي.",
    "Nursing note (night shift)\n{body}\nObs stable; pressure areas intact.",
    "| Field | Detail |\n|---|---|\n| Patient | {body} |\n| Plan | review on the round |",
    "[08:12] registrar: {body}\n[08:15] consultant: agree, discuss at MDT",
    "{body}",
]
F29_PART = Part("fresh29", F29_VOCABULARY, F29_CONNECTORS, F29_FRAMES, F29_KEYWORDS,
                F29_SENTENCES, F29_AFTER, F29_REFERENCES, True, values=F29_VALUES,
                age=_f29_age, styles=F29_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh29-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    # ---------------------------------------------------------------- English-language settings
    ("lowcountry-case",
     "Case report (board post). A [[age:93-year-old]] Gullah Geechee woman who had lived all "
     "her life on [[place:St. Helena Island]] was brought across the bridge by her grandson, "
     "[[name:Marcus Fripp]], after three days of confusion and a swollen left leg. She still "
     "kept a kitchen garden behind the house on [[address:1187 Seaside Road]], "
     "[[place:Frogmore]], SC [[zip:29920]], and had not seen a doctor since her husband "
     "died. At [[place:Beaufort Memorial Hospital]] on [[date:June 3, 2024]] she was "
     "febrile (38.6 C) with a cellulitic leg and a sodium of 124 mmol/L. Her pastor, "
     "Rev. [[name:Ezekiel Grant]], sat with her through the first night. Blood cultures grew "
     "group A streptococcus; she went home on [[date:June 14, 2024]] walking with a frame."),
    ("lowcountry-social",
     "Social work note - Medicaid application\nClient: [[name:Willene Simmons]]\n"
     "SSN [[ssn:251-47-0832]] (card sighted)\nMedicaid # [[health_plan:031884470215]]\n"
     "Lives with her niece in a trailer off [[address:22 Sweetgrass Lane]], "
     "[[place:Ridgeland]]; phone [[phone:(843) 726-4418]]. Transport by the church van to "
     "dialysis three times a week. Discussed with [[name:Tamika Jenkins]], case manager."),
    ("oklahoma-ihs",
     "DISCHARGE SUMMARY - [[place:Three Rivers Indian Health Clinic]]\n"
     "Pt: [[name:Wynema Harjo]]   Chart # [[mrn:00418873]]   DOB [[date:03/11/1931]]\n"
     "SoonerCare ID [[health_plan:B44180312]]   CDIB card [[licence:18834]]\n"
     "Muscogee (Creek) Nation citizen no. [[other_id:077452]]\n"
     "[[age:94 yo]] F admitted with CAP; home to [[place:Okmulgee]] with her son "
     "[[name:Chebon Harjo]], who drove her in his pickup (Creek Nation tag "
     "[[vehicle:MC 40817]]). F/u with Dr. [[name:Lena Bearpaw]] at the clinic, "
     "ph [[phone:(918) 756-2291]], fax [[fax:(918) 756-2290]]."),
    ("oklahoma-narrative",
     "An elder from a Cherokee community outside [[place:Tahlequah]] was bitten by a copperhead "
     "while picking wild onions. His wife [[name:Loretta Wildcat]] drove him to "
     "[[place:Hastings Indian Medical Center]], where he received four vials of antivenom. "
     "He is [[age:91]] and still splits his own firewood; he asked that his story be shared "
     "to encourage others to seek care early. Follow-up was arranged on "
     "[[date:Tue 22 April 2025]] with the traditional health program."),
    ("muskoka-referral",
     "[[place:Lake of Bays Family Health Team]]\nReferral to geriatric outreach\n"
     "Re: [[name:Ruth McTaggart]], OHIP [[health_plan:5532-417-208-MK]], "
     "DOB [[date:1930-08-19]]\nDear Dr. [[name:Anand]],\nThis [[age:95-year-old]] widow lives "
     "alone at [[address:1044 Fox Point Road]], [[place:Dwight]], ON "
     "[[zip:P0A 1H0]], and heats with wood. Since the ice went out she has had two falls. "
     "Her nephew [[name:Graham McTaggart]] in [[place:Bracebridge]] checks on her weekly "
     "([[phone:705-645-2218]]). Please fax your reply to [[fax:705-635-1190]].\n"
     "[[name:Kerry-Ann Dubé]], NP"),
    ("kawarthas-nursing",
     "Nursing note 0340: pt [[name:Dale Fortin]] brought by OPP from a cottage near "
     "[[place:Bobcaygeon]] after his boat struck a shoal. Pleasure craft licence "
     "[[licence:ON 4471882]] recorded by the officer; his truck, Ontario plate "
     "[[vehicle:CKDL 482]], remains at the marina. Wife [[name:Sherry]] on the way, "
     "cell [[phone:705-738-5521]]. GCS 14, lac to scalp sutured by Dr. [[name:Okonjo]]."),
    ("fens-gp",
     "Dear Colleague,\nRe: [[name:Clifford Thurlby]], NHS No [[health_plan:485 777 3109]], "
     "[[address:Flat 2, Fen View, Marsh Road]], [[place:Holbeach]], "
     "[[zip:PE12 7HG]]\nMr [[name:Thurlby]] is [[age:96]] and worked the fields around "
     "[[place:Gedney Drove End]] all his life. Since his admission to [[place:Pilgrim Hospital]] "
     "on [[date:2 Feb 2025]] he has lost 6 kg. His daughter [[name:Doreen Skinner]] "
     "([[phone:01406 422 871]]) is his main carer.\nYours sincerely,\n"
     "Dr. [[name:Priya Raval]], GMC [[licence:7034518]]"),
    ("fens-occ",
     "Occupational health - seasonal worker. Packhouse employee no. [[other_id:SP-44712]], "
     "NI number [[other_id:SX 41 22 87 C]]. Mr [[name:Tomas Jankauskas]] cut his hand on "
     "the brassica line at [[place:Long Sutton]]; tetanus given. Minibus "
     "[[vehicle:FY68 KLU]] takes the crew back to [[place:Wisbech]] at 18:00."),
    ("hebrides-thread",
     "[07:41] [[name:Peigi MacLeod]] (district nurse): Mrs [[name:Macaulay]] at "
     "[[address:4 Cnoc na Cille]], [[place:Balivanich]], [[zip:HS7 5LA]] fell overnight - "
     "CHI [[health_plan:1204318876]]. She is [[age:98]].\n[07:49] GP [[name:Murdo Nicolson]]: "
     "ferry cancelled, will ask for the air ambulance to [[place:Western Isles Hospital]].\n"
     "[07:52] [[name:Peigi MacLeod]]: son's car [[vehicle:SV19 KXA]] is outside, he can follow "
     "on the next sailing. His mobile [[phone:07832 551 904]]."),
    ("skye-case",
     "A crofter aged [[age:92]] from [[place:Glendale]], near [[place:Dunvegan]], presented "
     "to [[place:Portree Community Hospital]] with a week of haemoptysis after lambing. "
     "Sputum smear was positive. Contact tracing involved his brother-in-law "
     "[[name:Alasdair Nicolson]] and the shearing squad. Discussion: TB in remote crofting "
     "communities is rare but delays are common."),
    ("arnhem-retrieval",
     "RETRIEVAL REQUEST - CareFlight\nPatient: [[name:Yalmay Gumana]]  HRN [[mrn:UR400871]]\n"
     "Medicare [[health_plan:2951 44873 1]]\nFrom: [[place:Galiwin'ku Health Centre]]  To: "
     "[[place:Gove District Hospital]]\n[[age:90]] F, sepsis, ? rheumatic heart disease. "
     "Daughter [[name:Djawa Gumana]] will escort; interpreter requested for Djambarrpuyŋu. "
     "Clinic ph [[phone:(08) 8987 9220]]. Clinic troopy [[vehicle:CD 47 KT]] to airstrip."),
    ("arnhem-prose",
     "She was born on country near [[place:Ramingining]] and moved to [[place:Maningrida]] "
     "in her twenties. Her grandson [[name:Garrawuy]] remembers her weaving pandanus mats "
     "until the stroke. She was [[age:99 years old]] when she died at home on "
     "[[date:17 August 2024]], surrounded by family, after the clinic nurses "
     "[[name:Bec O'Hara]] and [[name:Tim Wells]] arranged palliative care on community."),
    ("samoa-referral",
     "Referral to [[place:Tupua Tamasese Meaole Hospital]]\nName: [[name:Tavita Faleolo]]\n"
     "Village: [[place:Leulumoega]]\nAge: [[age:91]]\nDiabetic foot ulcer, failed oral "
     "antibiotics. Lives with his son [[name:Sefo]]; contact [[phone:+685 72418]]. "
     "Nurse [[name:Malia Leota]], [[place:Leulumoega District Hospital]]."),
    ("uganda-clinic",
     "OPD note - [[place:Gulu]]. [[name:Akello Grace]], NIN [[other_id:CF9004183KPLA]], from "
     "[[place:Amuru]] sub-county, brought on a boda boda [[vehicle:UEK 412T]] with a "
     "snakebite to the left foot. Referred to [[place:St. Mary's Hospital Lacor]]. Husband "
     "[[name:Ojok Patrick]] [[phone:+256 772 418 903]]. Clinician: [[name:Opiyo D.]]"),
    ("copperbelt-discharge",
     "DISCHARGE SUMMARY - [[place:Kitwe Teaching Hospital]]\nName: [[name:Bwalya Mwansa]]  "
     "File no. [[mrn:KTH/24/08817]]\nNRC [[other_id:418873/67/1]]  NHIMA [[health_plan:NH30418871]]"
     "\nMine employee no. [[other_id:MC-004187]]\nAddress: [[address:Plot 1187, Chisokone "
     "Avenue]], [[place:Nkana East]]\nSilicotuberculosis; discharged [[date:12/03/2025]]. "
     "Brother [[name:Mwila Mwansa]] - see next of kin sheet."),
    ("jaffna-email",
     "From: [[email:thevaki.kanagaratnam@example.ca]]\nTo: ward 7 team\nSubject: my mother\n"
     "Dear Doctor, I am writing from [[place:Toronto]] about my mother "
     "[[name:Sellammah Kanagaratnam]], "
     "NIC [[other_id:193041871V]], admitted to [[place:Teaching Hospital Jaffna]] from "
     "[[place:Point Pedro]]. She is [[age:93]] and only speaks Tamil; my cousin-brother "
     "[[name:Sivarajah]] is with her ([[phone:077 418 8702]]). Please call me on "
     "[[phone:+1 416 555 0187]] after 8 pm Sri Lanka time.\nThank you, [[name:Thevaki]]"),
    ("visayas-er",
     "ER note - [[place:Ormoc District Hospital]]\n[[name:Rhodora Villaflor]], [[age:90]], "
     "from Brgy. [[place:Cogon]], [[place:Ormoc]]. PhilHealth PIN "
     "[[health_plan:12-041887321-4]]. Hit by a tricycle, plate [[vehicle:MA 4512]], while "
     "crossing to the market. Companion: grandson [[name:Junrey]] [[phone:0917 418 2203]]."),
    ("belize-letter",
     "Dear Dr. [[name:Usher]],\nI saw Mr. [[name:Dunstan Arzu]], a Garifuna fisherman from "
     "[[place:Dangriga]], on [[date:Friday 7 March 2025]]. He is [[age:94]] and has had "
     "painless jaundice for a month. Social Security no. [[other_id:418873]] (Belize). "
     "NHI card [[health_plan:B40187733]]. Ultrasound at [[place:Southern Regional "
     "Hospital]] showed a dilated CBD. His wife [[name:Elfreda]] can be reached on "
     "[[phone:+501 522-4187]].\nSincerely, Dr. [[name:Marisol Chun]]"),
    # ---------------------------------------------------------------- Aragon (Spanish)
    ("aragon-alta",
     "INFORME DE ALTA\nServicio de Medicina Interna - [[place:Hospital de Barbastro]]\n"
     "Paciente: [[name:Pilar Lasheras Gimeno]]   NHC [[mrn:2041887]]\n"
     "DNI [[other_id:18041873-K]]   Tarjeta sanitaria [[health_plan:AR0418873301H]]\n"
     "Domicilio: [[address:Calle Mayor 14, 2.º izq.]], [[zip:22430]] [[place:Graus]] (Huesca)\n"
     "Mujer de [[age:94 años]], viuda, que vive sola. Ingresa el "
     "[[date:12 de marzo de 2025]] por insuficiencia cardiaca. Alta el "
     "[[date:20 de marzo de 2025]]. Contacto: hija [[name:Carmen]], [[phone:974 54 18 87]].\n"
     "Fdo.: Dr. [[name:Jesús Sanagustín]], colegiado [[licence:22/04187]]"),
    ("aragon-caso",
     "Caso clínico para discusión. Pastor jubilado de [[age:91 años]] natural de "
     "[[place:Ansó]] que bajó con su sobrino [[name:Joaquín Lacasa]] "
     "en el todoterreno ([[vehicle:4821 LKT]]) hasta [[place:Jaca]] tras tres días de fiebre y "
     "cefalea. Había sido picado por una garrapata en el monte. Se sospechó fiebre botonosa y "
     "se inició doxiciclina; mejoró en 48 horas."),
    # ---------------------------------------------------------------- Liguria (Italian)
    ("liguria-dimissione",
     "LETTERA DI DIMISSIONE - [[place:Ospedale di Lavagna]], Medicina Generale\n"
     "Sig.ra [[name:Benedetta Canepa]], nata il [[date:4 febbraio 1931]] a "
     "[[place:Camogli]]\nCodice fiscale [[other_id:CNPBDT31B44B490Q]]\n"
     "Tessera sanitaria [[health_plan:80380000401887331205]]\nResidente in "
     "[[address:Via Entella 48/3]], [[zip:16043]] [[place:Chiavari]] (GE)\n"
     "Paziente di [[age:94 anni]], ricoverata per scompenso cardiaco. Il figlio "
     "[[name:Gianfranco Ferrando]] ([[phone:347 418 8720]]) è il caregiver.\n"
     "Il medico: dott.ssa [[name:Chiara Pellegrino]]"),
    ("liguria-chat",
     "Gruppo famiglia:\n[[name:Gianfranco]]: la nonna è caduta di nuovo, la portiamo a "
     "[[place:Sarzana]]\n[[name:Luisa]]: prendi la Panda, targa [[vehicle:FK 418 XZ]], è in "
     "garage\n[[name:Gianfranco]]: ok. il numero del reparto è [[phone:0187 604 418]]"),
    # ---------------------------------------------------------------- Burgundy (French)
    ("bourgogne-cr",
     "COMPTE RENDU D'HOSPITALISATION\n[[place:Centre hospitalier de Semur-en-Auxois]]\n"
     "Mme [[name:Ghislaine Morizot]], née le [[date:9 juillet 1932]], IPP [[mrn:8004187733]]\n"
     "NIR [[other_id:2 32 07 21 603 041 87]] ; mutuelle n° [[health_plan:40187733]]\n"
     "Domicile : [[address:3 rue de la Fontaine]], [[zip:21390]] [[place:Précy-sous-Thil]]\n"
     "Patiente de [[age:93 ans]], ancienne vigneronne, hospitalisée du "
     "[[date:3 mars 2025]] au [[date:11 mars 2025]] pour pneumopathie. Fille : "
     "[[name:Sylvie Bouhier]], [[phone:06 41 87 33 02]].\nDr [[name:Thibault Renaud]]"),
    ("bourgogne-ehpad",
     "Fiche de liaison EHPAD -> urgences. Résident : M. [[name:Roger Bouhier]], [[age:97 ans]]. "
     "Né à [[place:Nuits-Saint-Georges]]. Chute dans sa chambre ce matin. Neveu prévenu, il "
     "vient avec sa Clio [[vehicle:GH-417-KT]]. IDE [[name:Amandine Roux]], "
     "tél. [[phone:03 80 61 41 87]], fax [[fax:03 80 61 41 88]]."),
    # ---------------------------------------------------------------- Swabia (German)
    ("schwaben-arztbrief",
     "[[place:Albklinik Münsingen]] - Innere Medizin\nArztbrief\nSehr geehrter Herr Kollege "
     "[[name:Häberle]],\nwir berichten über Ihren Patienten Herrn [[name:Gottlob Schwenk]], "
     "geb. [[date:14. Mai 1932]], wohnhaft [[address:Hauptstraße 27]], [[zip:72532]] "
     "[[place:Gomadingen]], Versichertennummer [[health_plan:S418873302]], der sich vom "
     "[[date:2. März 2025]] bis [[date:9. März 2025]] in stationärer Behandlung befand. "
     "Der [[age:92-jährige]] Landwirt war mit seinem Schlepper ([[vehicle:RT-GS 418]]) "
     "gestürzt. Tochter [[name:Hildegard]] erreichbar unter [[phone:07381 41 88 72]].\n"
     "Mit kollegialen Grüßen\nDr. med. [[name:Katrin Eberle]]"),
    ("schwaben-pflege",
     "Pflegebericht Nachtdienst: Frau [[name:Anneliese Kübler]] ([[age:95 Jahre]]) unruhig, "
     "Insulinpumpe SN [[device:NG4188733H]] alarmiert um 02:40, Katheter gewechselt. "
     "Enkel aus [[place:Nürtingen]] informiert. Pflegekraft [[name:M. Baur]]."),
    # ---------------------------------------------------------------- Bohemia (Czech)
    ("cechy-zprava",
     "PROPOUŠTĚCÍ ZPRÁVA - [[place:Nemocnice Strakonice]], interní oddělení\n"
     "Pacientka: [[name:Blažena Dvořáková]], RČ [[other_id:325307/418]]\n"
     "Pojišťovna 111, č. pojištěnce [[health_plan:3253070418]]\n"
     "Bydliště: [[address:Husova 112]], [[zip:387 01]] [[place:Volyně]]\n"
     "Pacientka ve věku [[age:92 let]] přijata dne [[date:4. 3. 2025]] pro pneumonii. "
     "Syn [[name:Vojtěch Dvořák]], tel. [[phone:+420 603 418 872]].\n"
     "MUDr. [[name:Jana Kratochvílová]]"),
    ("cechy-sestra",
     "Sesterský záznam: pan [[name:Kratochvíl]], [[age:96 let]], z [[place:Domažlic]], "
     "kardiostimulátor výrobní číslo [[device:PJA418873]]. Dcera přijede autem "
     "[[vehicle:3P4 1887]]. Sestra Bc. [[name:Hana Krejčí]]."),
    # ---------------------------------------------------------------- Dalmatia (Croatian)
    ("dalmacija-otpusno",
     "OTPUSNO PISMO - [[place:KBC Split]], Klinika za unutarnje bolesti\n"
     "Bolesnica: [[name:Mirjana Bulat]], OIB [[other_id:41887330215]], "
     "MBO [[health_plan:180418873]]\n"
     "Adresa: [[address:Put Ćaćinih 14]], [[zip:21230]] [[place:Sinj]]\n"
     "Bolesnica u dobi od [[age:92 godine]] primljena [[date:3. ožujka 2025]] zbog "
     "dekompenzacije srca. Kći [[name:Ivana Tomičić]], mob. [[phone:091 418 8733]].\n"
     "Liječnik: dr. [[name:Ante Jukić]]"),
    ("dalmacija-hitna",
     "Hitni prijem: pješak udaren od kombija [[vehicle:ST 418-KM]] u [[place:Trogiru]]. "
     "Star [[age:95 godina]], nepokretan od prije. Djelatnik HZZO potvrdio osiguranje."),
    # ---------------------------------------------------------------- Serbia (Cyrillic)
    ("srbija-otpusna",
     "ОТПУСНА ЛИСТА - [[place:Општа болница Ваљево]]\nПацијент: [[name:Драгољуб Јовановић]], "
     "ЈМБГ [[other_id:1503932771045]], ЛБО [[health_plan:41887330215]]\n"
     "Адреса: [[address:Карађорђева 18]], [[zip:14000]] [[place:Ваљево]]\n"
     "Пацијент стар [[age:93 године]] примљен [[date:11. марта 2025]] због пнеумоније. "
     "Ћерка [[name:Драгана]], тел. [[phone:064/418-8733]].\nЛекар: др [[name:Милош Петровић]]"),
    ("srbija-prica",
     "Приказ случаја. Пољопривредник из [[place:Косјерића]], стар [[age:90 година]], "
     "довезен је трактором до Дома здравља; возило [[vehicle:UE 418-KM]] оставио је испред "
     "улаза. Син [[name:Немања Ристић]] каже да је отац пао са шљиве."),
    # ---------------------------------------------------------------- Bulgaria (Cyrillic)
    ("balgaria-epikriza",
     "ЕПИКРИЗА - [[place:МБАЛ „Д-р Тота Венкова“ – Габрово]]\n"
     "Пациент: [[name:Стоянка Илиева Стоянова]], ЕГН [[other_id:3203144187]]\n"
     "Адрес: [[place:Трявна]] [[zip:5350]], [[address:ул. „Ангел Кънчев“ № 12]]\n"
     "Пациентка на [[age:93 години]], постъпва на [[date:5 март 2025]] с хипертонична криза. "
     "Внук [[name:Христо]], тел. [[phone:+359 88 418 8733]]. Автомобил [[vehicle:ЕВ 4187 КМ]].\n"
     "Лекуващ лекар: д-р [[name:Петя Колева]]"),
    # ---------------------------------------------------------------- Armenia
    ("hayastan",
     "ԴՈՒՐՍԳՐՄԱՆ ԱՄՓՈՓԱԳԻՐ - [[place:Դիլիջանի բժշկական կենտրոն]]\n"
     "Հիվանդ՝ [[name:Անահիտ Հովհաննիսյան]], ՀԾՀ [[other_id:4108873302]]\n"
     "Բնակավայր՝ [[place:Իջևան]], [[address:Երևանյան փողոց 41]]\n"
     "[[age:94 տարեկան]] կին, ընդունվել է [[date:12.03.2025]] թոքաբորբով։ Որդին՝ "
     "[[name:Արմեն]], հեռ. [[phone:+374 93 41-88-73]]։ Մեքենան՝ [[vehicle:35 LP 418]]։"),
    # ---------------------------------------------------------------- northern Thailand
    ("lanna",
     "สรุปการรักษา [[place:โรงพยาบาลฝาง]]\nชื่อ นาย[[name:สมชาย วงศ์สุวรรณ]] HN [[mrn:64-018873]]\n"
     "เลขบัตรประชาชน [[other_id:3-5099-00418-87-3]]\nที่อยู่ [[address:41 หมู่ 7]] "
     "ตำบล [[place:แม่งอน]] [[zip:50320]]\nผู้ป่วยชายอายุ [[age:96 ปี]] รับไว้วันที่ "
     "[[date:12 มีนาคม 2568]] ด้วยปอดอักเสบ ลูกสาว [[name:มาลี]] โทร [[phone:081-418-8733]]\n"
     "รถจักรยานยนต์ทะเบียน [[vehicle:1กข 4187]]"),
    # ---------------------------------------------------------------- Mongolia
    ("mongol",
     "ЭМНЭЛГЭЭС ГАРСАН ТЭМДЭГЛЭЛ - [[place:Хөвсгөл аймгийн Нэгдсэн эмнэлэг]]\n"
     "Өвчтөн: [[name:Батбаярын Болормаа]], регистрийн дугаар [[other_id:УЕ31041887]]\n"
     "[[place:Мөрөн]] сум, [[address:7-р баг, 14-р гудамж, 3 тоот]]\n"
     "[[age:92 настай]] эмэгтэй [[date:2025.03.12]]-нд хэвтсэн. Хүү [[name:Ганбат]], утас "
     "[[phone:+976 9941 8873]]. Машины улсын дугаар [[vehicle:4187 ХӨА]]."),
    # ---------------------------------------------------------------- Amhara (Ge'ez)
    ("amhara",
     "የታካሚ ማጠቃለያ - [[place:ፈለገ ሕይወት ሆስፒታል]]\nስም፦ [[name:ትዕግስት ተስፋዬ አለሙ]]\n"
     "የካርድ ቁጥር [[mrn:041887]]\nነዋሪነት፦ [[place:ደብረ ታቦር]]\nዕድሜ [[age:93 ዓመት]]፣ "
     "[[date:12/07/2017]] ዓ.ም. ገባች። ልጇ [[name:አበበ]] ስልክ [[phone:0918 41 88 73]]።\n"
     "ሐኪም፦ ዶ/ር [[name:ሰላም ገብሬ]]"),
    # ---------------------------------------------------------------- Souss (Arabic and French)
    ("souss-ar",
     "ملخص الخروج - [[place:المستشفى الإقليمي الحسن الأول بتيزنيت]]\nالمريضة: "
     "[[name:فاضمة أوباها]]\n"
     "رقم البطاقة الوطنية [[other_id:JE418873]]\nرقم التسجيل في الضمان الاجتماعي "
     "[[health_plan:141887330]]\nالعنوان: [[address:زنقة 12، رقم 41]]، "
     "[[place:تيزنيت]] [[zip:85000]]\nمريضة تبلغ من العمر [[age:95 سنة]]، دخلت بتاريخ "
     "[[date:12 مارس 2025]]. ابنها [[name:يدير]] الهاتف [[phone:06 61 41 88 73]]."),
    ("souss-fr",
     "Cher confrère,\nJe vous adresse M. [[name:Lahcen Aït Taleb]], [[age:91 ans]], "
     "agriculteur à [[place:Tafraout]], CIN [[other_id:JB41887]], immatriculé à la CNSS sous le "
     "n° [[health_plan:118873302]]. Arrivé en taxi ([[vehicle:41873-أ-48]]) pour une "
     "rétention urinaire. Son fils [[name:Brahim]] : [[phone:06 70 41 88 73]]. Merci de le "
     "recevoir à [[place:Hôpital Mokhtar Soussi de Taroudant]].\nDr [[name:Naima Amzil]]"),
    # ---------------------------------------------------------------- a web address in the history
    ("lowcountry-blog",
     "History (as posted by the family): Mama's granddaughter keeps a prayer blog at "
     "[[url:https://www.example.org/pray-for-mama-willene]] with photos of the wound, and the "
     "church collected for the ambulance on [[url:gofund.example.com/willene-simmons-418]].",
     "patient_information"),
    # ---------------------------------------------------------------- clean letters
    ("clean-board",
     "Board post: a woman in her nineties from a small island community presented with a "
     "hot swollen leg and hyponatraemia (Na 124 mmol/L). Blood cultures grew group A "
     "streptococcus. Does anyone use clindamycin add-on for non-necrotising cellulitis? "
     "Patient 90 or older, consent obtained, details removed."),
    ("clean-es",
     "Evolución: mujer de 86 años con insuficiencia cardiaca. Furosemida 40 mg/12 h IV; "
     "peso -2,1 kg. Creatinina 1,4 mg/dl, K 4,1 mmol/l. NT-proBNP 8.400 pg/ml. Plan: alta "
     "en 48-72 h si buena evolución. Valorado en sesión clínica del servicio."),
    ("clean-it",
     "Diario clinico: paziente di 82 anni, BPCO GOLD 3. EGA: pH 7,33, pCO2 58 mmHg, "
     "pO2 61 mmHg. NIV notturna IPAP 16 / EPAP 6. Cartella aggiornata; riunione d'equipe "
     "alle 14:00."),
    ("clean-fr",
     "Transmissions : patient de 79 ans, BPCO. Saturation 91 % sous 2 L/min. "
     "Kinésithérapie respiratoire 2 fois par jour. Pas de chute. Bilan : CRP 38 mg/l, "
     "leucocytes 11,2 G/l."),
    ("clean-de",
     "Verlauf: 84-jähriger Patient, Pflegegrad 3, Z. n. Schenkelhalsfraktur. "
     "Hb 10,2 g/dl, Krea 1,3 mg/dl. Mobilisation mit Rollator 20 m. Wundverhältnisse reizlos."),
    ("clean-cz",
     "Dekurz: pacient 81 let, fibrilace síní, CHA2DS2-VASc 5. Warfarin 3 mg, INR 2,6. "
     "TK 135/80, TF 78/min. Pokoj 4, lůžko 2."),
    ("clean-hr",
     "Dekurzus: bolesnik star 77 godina, šećerna bolest tip 2, HbA1c 8,9 %. Inzulin "
     "glargin 18 j. navečer. GUK 7,2 mmol/L natašte."),
    ("clean-bg-sr",
     "Декурзус: пациент на 83 години, ХОББ. Сатурация 92 %, CRP 24 мг/л.\n"
     "Терапија: амоксицилин 1 g на 8 сати, 7 дана."),
    ("clean-th",
     "บันทึกการพยาบาล: ผู้ป่วยหญิงอายุ 78 ปี ความดันโลหิต 150/90 mmHg ชีพจร 88 ครั้ง/นาที "
     "ให้ยาพาราเซตามอล 500 mg ทุก 6 ชั่วโมง"),
    ("clean-ar",
     "المتابعة: مريض عمره 85 سنة، داء السكري من النوع الثاني. السكر في الدم 2,4 غ/ل. "
     "الإنسولين 20 وحدة مساءً. Suivi en consultation dans 1 mois."),
    ("clean-handover",
     "| Bed | Issue | Plan |\n|---|---|---|\n| 3 | CAP, CURB-65 2 | IV co-amoxiclav day 2 |\n"
     "| 7 | fall, frailty CFS 7 | PT/OT, family meeting |\n| 12 | AKI, Cr 214 | fluids, "
     "stop ACEi |"),
    # ---------------------------------------------------------------- a reference paragraph
    ("discussion-refs",
     "Snakebite in rural communities remains under-reported (https://doi.org/10.1371/"
     "journal.pntd.0004418); WHO guidance (https://www.who.int/publications/i/item/"
     "9789241511421) and a recent review (https://pubmed.ncbi.nlm.nih.gov/34188733/) support "
     "early antivenom.", "discussion"),
]
F29_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH29: tuple[Note, ...] = build(F29_PART, per_category=26, clean=120, references=8) + F29_LETTERS


if __name__ == "__main__":
    from collections import Counter

    counts = Counter(e.category for n in FRESH29 for e in n.expected)
    print(len(FRESH29), "notes,", sum(1 for n in FRESH29 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

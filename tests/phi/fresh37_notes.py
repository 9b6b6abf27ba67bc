"""FRESH37: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a thirty-third author after the nineteenth round, to be measured once and
kept with its result. Its author read only tests/phi/generated.py (the framework: Vocabulary,
Part, build, CATEGORY_ORDER, its value shapes and module docstring), tests/phi/corpus.py (the
Note type, the span conventions, parse, evaluate), the de-identification section (5) of the
project's domain notes (45 CFR 164.514(b)(2) Safe Harbor), the module docstrings only of
tests/phi/fresh16_notes.py to fresh20_notes.py and fresh32_notes.py to fresh34_notes.py and the
opening of the conventions paragraph of fresh21_notes.py to fresh31_notes.py (all read with
ast.get_docstring), the wiring lines of fresh16_notes.py (its Part call, _letter, build and
__main__ lines, printed with grep -n and sed) and pyproject.toml's line length; not the
scanner, its patterns, name lists, model or data, its benchmark (bench/), its tests, the body
of any other fresh part (others were being written at the same time and were not opened), nor
their git history; the scanner was not run or imported while writing it, nor on its notes.

Settings (named by the author's brief; several of these countries appear in earlier parts'
docstrings, but this part's vocabulary, value shapes, keywords, connectors, frames, note styles
and hand-written letters are its author's own), as a global case-discussion board sees them:
about half English-language settings - the Scottish islands (Orkney, Shetland, the Western Isles
with Gaelic names; CHI number, hospital numbers, KW/ZE/HS postcodes, a fishing boat's port
letters and number), Northern Ireland (H&C number, NI number, BT postcodes, NI plates), Jamaica
(TRN, NHF card, Patois quoted, parishes), a Jamaican in Florida and a Guyanese in Queens with US
SSNs and Medicaid, Belize (SSB number, NHI card, Garifuna and Low German Mennonite patients),
Guyana (NIS number, "Lot 42 ... Street" addresses), Singapore (NRIC, block and unit addresses,
six-digit postcodes, Chinese, Malay "binte" and Tamil "s/o"/"d/o" names, CHAS, GIRO) and Hong
Kong (HKID with its check digit, HN hospital numbers, estate flats, English notes with Cantonese
names) - and half in their own languages and scripts: Iceland (Icelandic, kennitala,
patronymics, inflected town names, "ára"), Norway (Norwegian, fødselsnummer, frikort, "år"),
Estonia (Estonian, isikukood, "-aastane"), Latvia (Latvian, personas kods, "gada ... martā",
"gadus vecs"), Slovakia (Slovak, rodné číslo, poistenec/EHIC, "-ročná"), Slovenia (Slovenian,
EMŠO, ZZZS, "let", "3. 3. 2025"), Serbia (Serbian in Cyrillic and Latin, JMBG/ЈМБГ, LBO,
"године", "godina"), Bulgaria (Bulgarian Cyrillic, ЕГН, "-годишна"), Georgia (Georgian script,
personal number, "წლის"), Armenia (Armenian script, social card ՀԾՀ, "տարեկան"), Kazakhstan
(Kazakh and Russian, ИИН, "жастағы", "года") and Mongolia (Mongolian Cyrillic, registration
number, "настай", "2025 оны 3 сарын 12"). Each has its own hospitals, wards and headings in
capitals, eponymous diseases as those languages write them (Parkinsonsveiki, Bekhterevs sykdom,
Parkinsoni tõbi, Krona slimība, Bechterevova choroba, Crohnova bolezen, Паркинсонова болест,
Болест на Бехтерев, პარკინსონის დაავადება, Ալցհեյմերի հիվանդություն, Паркинсон ауруы,
Паркинсоны өвчин), and people are named in prose, chats and tables without labels.
Document types: discharge summaries (útskriftarnóta, epikrise, epikriis, izraksts, prepúšťacia
správa, odpustnica, отпусна листа, епикриза, ეპიკრიზი, էպիկրիզ, выписной эпикриз, эмнэлгээс
гарсан хуудас), a ward handover, referral and GP letters, an ED note, a telephone consultation,
a nursing-home note, a social work note, an RCHE transfer, case-board posts, chat threads, an
e-mail, an invoice, a remote pacemaker check, clean ward notes and a discussion paragraph with
literature references.

Conventions (tests/phi/corpus.py's and the earlier fresh parts' docstrings'): a name without
its title or honorific (Dr, Dr., dr., MUDr., Mr, Mrs, Ms, Mdm stay out); a full name in any
order is one span ("ISBISTER, Jemima", "CHAN Tai Man", "Ахметова Айгүл Сериковна",
"Батбаярын Болормаа"); a name after "s/o", "d/o" or "binte" is a name of its own; staff names,
also with initials ("A. Sclater", "K. Nilsen"), and a chat's speakers are names; an identifier
without its keyword (the HKID's check digit in brackets and the "HN" of a Hong Kong hospital
number are part of the value); an age over 89 with its attached unit in any language
("93-year-old", "96 yrs", "92 yo", "93 ára", "94 år", "93-aastane", "92 gadus vecs",
"93-ročná", "94 let", "92 године", "91 godina", "93-годишна", "93 წლის", "92 տարեկան", "94
года", "92 жастағы", "91 настай") or the number alone where no unit is attached ("Age: 95",
"aged 97"); ages under 90 are not marked (the clean notes carry 86-88); a date without its
preposition, with a weekday right before it and a time right after it ("mandag 3. mars 2025
14:20", "Wed 12 March 2025 10:20"); the Bulgarian "г." and Armenian "թ." after a date stay out;
a year alone is not a date. The street line is one span (a farm name, a croft township's
house number, a Singapore block with its unit, a Hong Kong flat with floor and block, a
Mongolian bag/building/flat line); each locality (town, village, township, estate, district of
a city, Icelandic and Serbian towns in an inflected form) and the postcode are separate spans;
a named hospital, clinic or nursing home is a place (the whole name); islands as a whole,
parishes, regions, aimags, states and countries (Yell, Stronsay, St James, Manchester,
Essequibo, FL, Singapore) are never marked. Categories: `ssn` is a US Social Security number
only (the Florida and Queens patients); other national numbers (TRN, NI number, SSB and NIS
numbers, NRIC, HKID, kennitala, fødselsnummer, isikukood, personas kods, rodné číslo, EMŠO,
JMBG, ЕГН, Georgian personal number, Armenian social card, ИИН, Mongolian registration number)
are `other_id`; insurance numbers (CHI, H&C, NHF, NHI card, CHAS, Medicaid, frikort, poistenec
and EHIC, ZZZS, LBO) are `health_plan`; hospital and record numbers are `mrn`; passports,
driving licences and professional registrations are `licence`; IBANs, bank and GIRO accounts and
invoices are `account`; plates (Latin and Cyrillic), a boat's port number and VINs are
`vehicle`; pacemaker, CGM and pump serials, IMEIs and UDIs are `device`.

Built as build(F37_PART, per_category=26, clean=120, references=8) + F37_LETTERS. Checked
without the scanner (a throwaway script): every span's text is the note's text at its offsets
and has no surrounding blanks, no marks or slots are left in the text, no spans overlap, note
ids are unique, every category is in generated.CATEGORY_ORDER, every marked age is over 89,
every ssn has the US shape, builds under PYTHONHASHSEED=1 and 4242 are identical, and the module
imports in about half a second. Deterministic: its own seed (19_037), values drawn from the
builder's fixed-seed Random, no hash-order dependence.
Counts: 53 hand-written notes (41 with identifiers, 11 clean, 1 reference paragraph in a
discussion); 691 notes, 140 of them (20%) without any identifier (120 generated clean notes, 8
reference notes in an introduction or discussion, 11 clean letters, 1 reference letter), 854
spans - name 119, address 48, place 99, zip 40, date 52, age 59, phone 51, fax 28, email 31,
ssn 28, mrn 29, health_plan 39, account 29, licence 26, vehicle 32, device 27, url 43, ip 27,
other_id 47 (`python -m tests.phi.fresh37_notes` prints them).

    from tests.phi.fresh37_notes import FRESH37, F37_PART, F37_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
Not wired into any test or bench: measure it once.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build

_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
_IS = ["janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september",
       "október", "nóvember", "desember"]
_NO = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
       "oktober", "november", "desember"]
_ET = ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september",
       "oktoober", "november", "detsember"]
_LV = ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā",
       "septembrī", "oktobrī", "novembrī", "decembrī"]
_SK = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra",
       "októbra", "novembra", "decembra"]
_SR = ["јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа", "септембра",
       "октобра", "новембра", "децембра"]
_BG = ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември",
       "октомври", "ноември", "декември"]
_KA = ["იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო",
       "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი"]
_HY = ["հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի",
       "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"]
_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
       "октября", "ноября", "декабря"]
_KK = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
       "қазан", "қараша", "желтоқсан"]

_UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"
_CYR_PLATE = "АВЕКМНОРСТУХ"


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _l(r: random.Random, n: int, alphabet: str = _UPPER) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _f37_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1929, 2025)
    i = m - 1
    return r.choice([
        f"{d} {_EN[i]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d} {_EN[i][:3]} {y}",
        f"{_EN[i]} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m}/{y % 100:02d}",
        f"{d}. {_IS[i]} {y}", f"{d}. {_NO[i]} {y}", f"{d:02d}.{m:02d}.{y}",
        f"{d}. {_ET[i]} {y}", f"{y}. gada {d}. {_LV[i]}", f"{d}. {_SK[i]} {y}",
        f"{d}. {m}. {y}", f"{d}. {_SR[i]} {y}", f"{d} {_BG[i]} {y}",
        f"{y} წლის {d} {_KA[i]}", f"{d} {_HY[i]} {y}", f"{d} {_RU[i]} {y}",
        f"{y} жылғы {d} {_KK[i]}", f"{y} оны {m} сарын {d}", f"{y}年{m}月{d}日",
        f"{d:02d}-{_EN[i][:3].upper()}-{y}"])


def _f37_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 104)
    return r.choice([
        ("a {age} crofter", f"{n}-year-old"), ("aged {age}, lives alone", f"{n}"),
        ("{age} F, nursing home", f"{n}yo"), ("a {age} retired fisherman", f"{n} year old"),
        ("Age {age}", f"{n}"), ("a {age} Hakka grandmother", f"{n}-y/o"),
        ("sjúklingur, {age}, býr einn", f"{n} ára"),
        ("pasienten er {age} og bor alene", f"{n} år"),
        ("{age} patsient, elab üksi", f"{n}-aastane"),
        ("pacients, {age}, dzīvo viens", f"{n} gadus vecs"),
        ("{age} pacientka", f"{n}-ročná"), ("bolnica, stara {age}", f"{n} let"),
        ("пацијент стар {age}", f"{n} године"), ("pacijentkinja, {age}", f"{n} godina"),
        ("{age} пациентка", f"{n}-годишна"), ("პაციენტი, {age}", f"{n} წლის"),
        ("{age} կին", f"{n} տարեկան"), ("пациентка {age}", f"{n} лет"),
        ("{age} науқас", f"{n} жастағы"), ("{age} эмэгтэй", f"{n} настай"),
        ("he is {age} and still fishing", f"{n} years old")])


def _f37_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"01856 {_d(r, 6)}", f"01595 {_d(r, 6)}", f"01851 {_d(r, 6)}", f"07{_d(r, 3)} {_d(r, 6)}",
        f"028 90{_d(r, 2)} {_d(r, 4)}", f"+44 28 71{_d(r, 2)} {_d(r, 4)}",
        f"(876) {r.randint(600, 999)}-{_d(r, 4)}", f"876-{r.randint(300, 999)}-{_d(r, 4)}",
        f"+501 6{_d(r, 2)}-{_d(r, 4)}", f"+592 6{_d(r, 2)} {_d(r, 4)}", f"226-{_d(r, 4)}",
        f"+65 9{_d(r, 3)} {_d(r, 4)}", f"6{_d(r, 3)} {_d(r, 4)}", f"+852 9{_d(r, 3)} {_d(r, 4)}",
        f"+354 8{_d(r, 2)} {_d(r, 4)}", f"+47 9{_d(r, 2)} {_d(r, 2)} {_d(r, 3)}",
        f"+372 5{_d(r, 3)} {_d(r, 4)}", f"+371 2{_d(r, 3)} {_d(r, 4)}",
        f"+421 9{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"09{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"+386 41 {_d(r, 3)} {_d(r, 3)}", f"+381 6{r.randint(0, 6)} {_d(r, 3)} {_d(r, 4)}",
        f"018/{_d(r, 3)}-{_d(r, 3)}", f"+359 88{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}",
        f"+995 5{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"+374 9{_d(r, 1)} {_d(r, 6)}",
        f"+7 701 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"8 (7252) {_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}",
        f"+976 99{_d(r, 2)} {_d(r, 4)}", f"9911-{_d(r, 4)}"])


def _f37_fax(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"01856 {_d(r, 6)}", f"01595 {_d(r, 6)}", f"028 7134 {_d(r, 4)}",
        f"(876) 952-{_d(r, 4)}", f"+592 225-{_d(r, 4)}", f"+65 6{_d(r, 3)} {_d(r, 4)}",
        f"+852 2{_d(r, 3)} {_d(r, 4)}", f"+354 543 {_d(r, 4)}", f"+47 77 62 {_d(r, 2)} {_d(r, 2)}",
        f"+372 731 {_d(r, 4)}", f"+421 51 {_d(r, 3)} {_d(r, 4)}",
        f"+386 2 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
        f"011/{_d(r, 3)}-{_d(r, 4)}", f"+359 32 {_d(r, 3)} {_d(r, 3)}",
        f"8 (7212) {_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}", f"+976 11 {_d(r, 6)}"])


def _f37_other(r: random.Random, _h: bool) -> str:
    dd, mm, yy = r.randint(1, 28), r.randint(1, 12), r.randint(0, 99)
    return r.choice([
        f"{dd:02d}{mm:02d}{yy:02d}-{_d(r, 4)}", f"{dd:02d}{mm:02d}{yy:02d} {_d(r, 5)}",
        f"{r.choice('3456')}{yy:02d}{mm:02d}{dd:02d}{_d(r, 4)}",
        f"{dd:02d}{mm:02d}{yy:02d}-{_d(r, 5)}",
        f"{yy:02d}{mm + r.choice((0, 50)):02d}{dd:02d}/{_d(r, 4)}",
        f"{dd:02d}{mm:02d}9{yy % 100:02d}50{_d(r, 4)}", f"{dd:02d}{mm:02d}9{yy:02d}7{_d(r, 5)}",
        f"{yy:02d}{mm + 40:02d}{dd:02d}{_d(r, 4)}", f"0{_d(r, 10)}", _d(r, 10),
        f"{yy:02d}{mm:02d}{dd:02d}{_d(r, 6)}",
        f"{_l(r, 2, 'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ')}{_d(r, 8)}",
        f"{r.choice('STFG')}{_d(r, 7)}{_l(r, 1)}", f"{_l(r, 1)}{_d(r, 6)}({_d(r, 1)})",
        f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}", f"{_l(r, 2, 'ABCEGHJKLMNPRSTWXYZ')} {_d(r, 2)} "
        f"{_d(r, 2)} {_d(r, 2)} {r.choice('ABCD')}", f"{_d(r, 9)}"])


def _f37_plan(r: random.Random, _h: bool) -> str:
    dd, mm, yy = r.randint(1, 28), r.randint(1, 12), r.randint(20, 99)
    return r.choice([
        f"{dd:02d}{mm:02d}{yy:02d} {_d(r, 4)}", f"{dd:02d}{mm:02d}{yy:02d}{_d(r, 4)}",
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 4)}", f"J{_d(r, 8)}", _d(r, 9), _d(r, 11),
        f"80703 {_d(r, 5)} {_d(r, 10)}", f"{_d(r, 2)}-{_d(r, 6)}", f"{_d(r, 6)}-{_d(r, 2)}",
        f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}", f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}"])


def _f37_mrn(r: random.Random, _h: bool) -> str:
    return r.choice([
        _d(r, 7), f"HN{_d(r, 8)}{_l(r, 1)}", f"M{_d(r, 6)}", f"{r.randint(2015, 2025)}/{_d(r, 5)}",
        f"K{_d(r, 6)}", f"{_d(r, 2)}-{_d(r, 5)}", f"{_l(r, 3)}{_d(r, 6)}", _d(r, 5),
        f"{_d(r, 4)}/{r.randint(2019, 2025)}", f"G{_d(r, 6)}", _d(r, 9)])


def _f37_account(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"IS{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}",
        f"NO{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}", f"EE{_d(r, 18)}",
        f"LV{_d(r, 2)}HABA{_d(r, 13)}", f"SK{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} "
        f"{_d(r, 4)} {_d(r, 4)}", f"SI56 {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}",
        f"{_d(r, 3)}-{_d(r, 13)}-{_d(r, 2)}", f"BG{_d(r, 2)}UNCR{_d(r, 14)}",
        f"GE{_d(r, 2)}TB{_d(r, 16)}", f"KZ{_d(r, 2)}{_d(r, 3)}{_l(r, 13, '0123456789ABC')}",
        f"GB{_d(r, 2)}ULSB{_d(r, 14)}", f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}",
        f"{_d(r, 3)}-{_d(r, 5)}-{_d(r, 1)}", f"{r.randint(2024, 2025)}-{_d(r, 5)}"])


def _f37_licence(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"{_l(r, 5)}{_d(r, 6)}{_l(r, 2)}{_d(r, 1)}{_l(r, 2)}",
        f"{_d(r, 2)}{_l(r, 1)}{_d(r, 4)}{_l(r, 1)}",
        _d(r, 7), f"M{_d(r, 5)}{_l(r, 1)}", f"{_l(r, 1)}{_d(r, 7)}", f"{_l(r, 2)}{_d(r, 7)}",
        f"{_d(r, 9)}", f"{_l(r, 2)} {_d(r, 7)}", f"N{_d(r, 8)}", f"К{_d(r, 8)}"])


def _f37_vehicle(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"S{_l(r, 1)}{_d(r, 2)} {_l(r, 3)}", f"{_l(r, 2)}Z {_d(r, 4)}", f"{_d(r, 4)} {_l(r, 2)}",
        f"C-{_d(r, 5)}", f"P{_l(r, 2)} {_d(r, 4)}", f"S{_l(r, 2)} {_d(r, 4)} {_l(r, 1)}",
        f"{_l(r, 2)} {_d(r, 4)}", f"{_l(r, 2)} {_d(r, 3)}", f"{_l(r, 2)} {_d(r, 5)}",
        f"{_d(r, 3)} {_l(r, 3)}", f"{_l(r, 2)}-{_d(r, 4)}", f"PO-{_d(r, 3)}{_l(r, 2)}",
        f"MS {_l(r, 2)}-{_d(r, 3)}", f"НИ {_d(r, 3)}-{_l(r, 2, _CYR_PLATE)}",
        f"ČA {_d(r, 3)}-{_l(r, 2)}", f"СА {_d(r, 4)} {_l(r, 2, _CYR_PLATE)}",
        f"{_l(r, 2)}-{_d(r, 3)}-{_l(r, 2)}", f"{_d(r, 2)} {_l(r, 2)} {_d(r, 3)}",
        f"{_d(r, 3)} {_l(r, 3)} 17", f"{_d(r, 4)} УБ{_l(r, 1, 'АВЕКМНОРСТ')}"])


def _f37_device(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"{_l(r, 3)}{_d(r, 6)}{_l(r, 1)}", f"{_l(r, 2)}-{_d(r, 7)}",
        f"{_d(r, 4)}-{_l(r, 2)}-{_d(r, 5)}",
        _d(r, 15), f"(01)0{_d(r, 13)}(21){_d(r, 8)}", f"{_l(r, 2)}{_d(r, 8)}"])


F37_VALUES = {
    "date": _f37_date, "phone": _f37_phone, "fax": _f37_fax, "other_id": _f37_other,
    "health_plan": _f37_plan, "mrn": _f37_mrn, "account": _f37_account,
    "licence": _f37_licence, "vehicle": _f37_vehicle, "device": _f37_device,
    "vin": lambda r, _h: f"{r.choice('JSWVY')}{_l(r, 2)}{_d(r, 4)}{_l(r, 2)}{_d(r, 8)}",
    "ssn": lambda r, _h: f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
    "email": lambda r, _h: r.choice([
        "{g}.{s}@example.com", "{s}{n}@mail.example.org", "{g}_{s}@post.example.net",
        "{g}{n}@example.org", "{s}.{g}@heilsa.example.net", "{g}-{s}{n}@example.com"]),
    "url": lambda r, _h: r.choice([
        "https://www.example.com/{g}-{s}", "www.example.org/{s}{n}/photos",
        "http://example.net/memorial/{g}-{s}", "https://{g}{s}.example.org/blog",
        "example.com/fundraiser/{s}-{n}"]),
    "ip": lambda r, _h: r.choice([
        f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
        f"203.0.113.{r.randint(1, 254)}", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}."
        f"{r.randint(1, 254)}", f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"2001:db8:{r.randint(1, 4095):x}::{r.randint(1, 4095):x}"]),
    "zip": lambda r, _h: r.choice([
        f"KW{r.randint(15, 17)} {r.randint(1, 9)}{_l(r, 2)}",
        f"ZE{r.randint(1, 3)} {r.randint(0, 9)}{_l(r, 2)}",
        f"HS{r.randint(1, 9)} {r.randint(0, 9)}{_l(r, 2)}",
        f"BT{r.randint(1, 94)} {r.randint(0, 9)}{_l(r, 2)}", f"{r.choice('345678')}{_d(r, 5)}",
        f"{r.randint(101, 900)}", f"{r.randint(1, 9)}{_d(r, 3)}", f"{r.randint(1, 9)}{_d(r, 4)}",
        f"LV-{r.randint(1001, 5799)}", f"0{r.randint(1, 9)}{r.randint(0, 9)} {_d(r, 2)}",
        f"SI-{r.randint(1000, 9265)}", f"{r.randint(11, 38)}{_d(r, 3)}",
        f"0{r.randint(100, 199)}", f"{r.randint(10, 19)}0{_d(r, 3)}"]),
}

F37_VOCABULARY = Vocabulary(
    given=["Magnus", "Ingirid", "Thorfinn", "Morag", "Calum", "Catriona", "Ciarán", "Roisin",
           "Delroy", "Marcia", "Rosita", "Devanand", "Shondell", "Wei Ling", "Siti Aminah",
           "Kwok Wai", "Sigríður", "Guðmundur", "Torbjørn", "Kadri", "Ilze", "Zuzana",
           "Mojca", "Драган", "Милица", "Йорданка", "ნინო", "Գայանե", "Айгүл", "Болормаа"],
    surnames=["Rendall", "Flett", "Isbister", "MacLeod", "MacNeil", "McAteer", "Campbell",
              "Usher", "Persaud", "Ramdass", "Tan", "Leung", "Sigurðardóttir", "Haugen",
              "Tamm", "Bērziņa", "Horváthová", "Zupančič", "Јовановић", "Петрова",
              "Беридзе", "Հովհաննիսյան", "Ахметова", "Батбаяр"],
    cities=["Stromness", "Kirkwall", "Lerwick", "Scalloway", "Stornoway", "Balivanich",
            "Enniskillen", "Strabane", "Mandeville", "Port Antonio", "Dangriga", "San Ignacio",
            "Linden", "Bartica", "Yishun", "Tuen Mun", "Húsavík", "Ísafjörður", "Hammerfest",
            "Kirkenes", "Võru", "Kuressaare", "Daugavpils", "Kuldīga", "Bardejov", "Poprad",
            "Murska Sobota", "Novo mesto", "Kragujevac", "Čačak", "Габрово", "Кърджали",
            "ქუთაისი", "Գյումրի", "Шымкент", "Дархан"],
    streets=["Harbour", "Kirk", "Ferry", "Garth", "Brae", "Hope", "Mango", "Albion", "Marine"],
    relations=["daughter", "son", "niece", "neighbour", "carer", "grandson", "wife", "brother"],
    clean=[
        "Hb 98 g/L, WCC 14.2, CRP 142 mg/L, eGFR 38 mL/min/1.73m2.",
        "Addison's disease and Crohn's disease were excluded; Hartmann's procedure in 2019.",
        "GCS 14 (E4 V4 M6), NEWS2 6, Rockwood Clinical Frailty Scale 6.",
        "Reviewed on Ward 4 and then in the Acute Medical Unit; plan agreed at the MDT.",
        "BP 160/95 mmHg; TSH 0.03 mU/L, free T4 38 pmol/L.",
        "Her 88-year-old sister helps with the shopping.",
        "Sickle cell disease (HbSS); hydroxyurea 500 mg daily; SpO2 94% on air.",
        "Malaria smear negative; leptospirosis IgM pending; Weil's disease considered.",
        "Dengue NS1 positive; platelets 38 x10^9/L; G6PD deficiency noted.",
        "Kawasaki disease excluded; seen by the Geriatrics Day Hospital team.",
        "Chagas serology negative; dengue IgM positive on day 6.",
        "ANA 1:320; L4/L5 stenosis on MRI; visual acuity 6/9 bilaterally.",
        "PLAN: IV co-amoxiclav, oral step-down on day 3, review in 6/52.",
        "Sjúklingur með Parkinsonsveiki; Hb 112 g/L, CRP 64 mg/L.",
        "Meðferð: amoxicillín 500 mg x 3 í 7 daga; 87 ára systir hennar aðstoðar.",
        "Bekhterevs sykdom og Sjögrens syndrom er kjent; INR 2,4.",
        "Metoprolol 50 mg x 1, Albyl-E 75 mg x 1; MEDISINSK AVDELING, sengepost 3.",
        "Parkinsoni tõbi; MMSE 22/30; NYHA III; SISEHAIGUSTE OSAKOND.",
        "Krona slimība; CRP 88 mg/L; terapija ar mesalazīnu 4 g dienā.",
        "Bechterevova choroba; ECOG 2; INTERNÉ ODDELENIE, izba 4.",
        "Crohnova bolezen; hemoglobin 104 g/L; INTERNA KLINIKA, soba 12.",
        "Паркинсонова болест; глукоза 7,8 mmol/L; ОДЕЉЕЊЕ КАРДИОЛОГИЈЕ.",
        "Hašimotov tireoiditis; TSH 8,2 mU/L; levotiroksin 50 mcg.",
        "Болест на Бехтерев; СУЕ 48 mm/h; КАРДИОЛОГИЧНО ОТДЕЛЕНИЕ.",
        "პარკინსონის დაავადება; ჰემოგლობინი 108 გ/ლ; NYHA II.",
        "Ալցհեյմերի հիվանդություն; ԶՃ 150/90 մմ ս.ս.",
        "Болезнь Бехтерева; СКФ 42 мл/мин; ТЕРАПЕВТИЧЕСКОЕ ОТДЕЛЕНИЕ.",
        "Паркинсон ауруы; қан қысымы 150/90 мм с.б.; 86 жастағы күйеуі бар.",
        "Паркинсоны өвчин; АД 150/90 мм муб; ДОТРЫН ТАСАГ.",
        "Wells score 5, D-dimer 2.1 mg/L FEU; CTPA booked.",
        "Bed 12 on HDU; 2 units of red cells given at 02:30.",
        "Warfarin 3 mg; INR target 2.0-3.0; CHA2DS2-VASc 5.",
    ],
    seed=19_037,
)

F37_CONNECTORS = [": ", " ", " nr. ", " № ", " - ", " no. ", "=", ":\t", " (", " #", ": \n"]
F37_FRAMES = ["{kv}", "- {kv}", "| {kw} | {v} |", "{kv} (checked at booking)",
              "ADMIN: {kv}", "{kw}:\n{v}", "Per the GP letter, {kv}.", "* {kv}"]
F37_KEYWORDS = {
    "mrn": ["hospital no.", "Hosp No", "MRN", "unit no.", "sjúkraskrárnúmer", "journalnr.",
            "haigusloo nr", "slimības vēstures Nr.", "číslo chorobopisu", "št. popisa",
            "број историје", "ИЗ", "ისტ. №", "հիվ. պատմ. №", "медкарта", "өвчний түүх"],
    "health_plan": ["CHI", "CHI no.", "H&C number", "H+C no", "NHF card", "NHI card",
                    "ZZZS št.", "LBO", "poistenec", "EHIC", "ЭМД", "polise Nr.", "frikort"],
    "account": ["account no.", "A/C", "IBAN", "reikningur", "kontonr.", "konto", "tekući račun",
                "сметка", "ანგარიში", "счёт", "MediSave a/c", "invoice"],
    "licence": ["driving licence", "GMC no.", "NMC PIN", "MCR", "passport", "vegabréf",
                "førerkort", "HPR-nr.", "vodičský preukaz", "пасош", "паспорт", "ՎԱ"],
    "vehicle": ["reg", "registration", "plate", "VRM", "númeraplata", "reg.nr.", "ŠPZ",
                "таблице", "рег. №", "номер авто", "улсын дугаар"],
    "device": ["serial no.", "S/N", "SN", "IMEI", "UDI", "raðnúmer", "serienr.", "výrobné číslo",
               "серийный №"],
    "other_id": ["TRN", "NRIC", "HKID", "kennitala", "fødselsnr.", "isikukood", "personas kods",
                 "rodné číslo", "EMŠO", "ЈМБГ", "JMBG", "ЕГН", "პ/ნ", "ՀԾՀ", "ИИН",
                 "регистр", "NIS no.", "SSB no.", "NI no."],
    "ssn": ["SSN", "US SSN", "Social Security no."],
    "phone": ["tel", "mob", "phone", "sími", "mobil", "tel.", "тел.", "ტელ.", "հեռ.", "утас"],
    "fax": ["fax", "fax no.", "faks", "факс", "факс №"],
}
F37_SENTENCES = {
    "licence": ["His driving licence ({v}) was found in the boat's wheelhouse.",
                "Passport {v} was copied for the medevac.",
                "Ökuskírteini hans, {v}, var í veskinu.",
                "Паспорт {v} предъявлен при поступлении."],
    "vehicle": ["The quad bike, reg {v}, overturned on the croft.",
                "A minibus with plate {v} was involved.",
                "Bíllinn {v} fannst utan vegar.",
                "Auto s ŠPZ {v} zišlo z cesty.",
                "The car (VIN {vin}) was recovered from the pier."],
    "mrn": ["Old notes are filed under {v}.", "Hospital number {v} on the wristband.",
            "Gamle journaler under nr. {v}."],
    "health_plan": ["Her CHI is {v}.", "NHF card {v} was presented at the pharmacy.",
                    "Poistenec {v} - Dôvera."],
    "account": ["The bill went to account {v}.", "Greitt inn á reikning {v}."],
    "device": ["The pacemaker (serial {v}) was checked remotely.",
               "Her CGM sensor, S/N {v}, failed on day 3."],
    "other_id": ["His TRN is {v}.", "Kennitala: {v}", "NRIC {v} verified at registration.",
                 "ЕГН {v} – проверено."],
    "ssn": ["His US Social Security number, {v}, is on the Medicare letter.",
            "SSN {v} was given by the son in New York."],
    "phone": ["Ring the daughter on {v}.", "Hringið í son hennar í síma {v}.",
              "Ћерка: {v}", "Утас: {v}"],
    "fax": ["Discharge letter faxed to {v}.", "Faksi {v} kirurgiale."],
    "email": ["Her niece writes from {v}.", "Send the scans to {v}, please.",
              "E-pasts: {v}"],
    "url": ["The family posts updates at {v}.", "A fundraiser for his flight is at {v}.",
            "Fjölskyldan heldur úti síðu: {v}"],
    "ip": ["The home monitor uploaded from {v}.", "Portal login from {v} was blocked."],
    "zip": ["Postcode {v} is outside the catchment.", "Postcode on the referral: {v}.",
            "Póstnúmer / postcode {v}."],
    "date": ["Admitted {v}.", "Seen in clinic {v} 10:40.", "DOB {v}", "Died {v} 04:15.",
             "Innlagður {v}.", "Dato: {v}", "Дата рождения: {v}", "Дата на раждане {v}",
             "Sünniaeg {v}", "Дата приёма: {v} 08:20"],
    "address": ["She lives at [[address:{n} {street} Road]] with her cat.",
                "Ambulance to [[address:{n} {street} Street]]; door unlocked.",
                "Home: [[address:Flat {n2}, {n} {street} Court]]."],
    "place": ["She came in on the ferry from {city}.", "Born and raised in {city}.",
              "He was transferred from {city} by air.", "Lives near {city} with her son.",
              "Búsett í {city}.", "Bydlisko: {city}."],
    "name": ["{given} was seen with her {rel}.", "We phoned {given} at home.",
             "His {rel} {given} stays with him.", "{full} agreed to publication.",
             "Mrs {surname} had two falls.", "Reviewed with {full} on the ward round.",
             "Ms {surname} declined the CT."],
}
F37_AFTER = ["{v} ({kw})", "{v} - {kw}", "{v} = {kw}", "{v}, {kw},"]
F37_REFERENCES = [
    "A Norwegian cohort (https://doi.org/10.4045/tidsskr.{n}.0412) reported the same.",
    "See the review at https://pubmed.ncbi.nlm.nih.gov/{n}{n}/ for the mechanism.",
    "Similar cases from Singapore (https://www.ncbi.nlm.nih.gov/pmc/articles/PMC{n}{n}/) "
    "were managed conservatively.",
]
F37_STYLES = [
    "{body}", "DISCHARGE SUMMARY\n{body}\nSigned electronically.", "Handover:\n{body}",
    "Case board post - advice welcome.\n{body}", "ÚTSKRIFTARNÓTA\n{body}", "EPIKRISE\n{body}",
    "EPIKRIIS\n{body}", "IZRAKSTS\n{body}", "PREPÚŠŤACIA SPRÁVA\n{body}", "ODPUSTNICA\n{body}",
    "ОТПУСНА ЛИСТА\n{body}", "ЕПИКРИЗА\n{body}", "ეპიკრიზი\n{body}", "ԷՊԻԿՐԻԶ\n{body}",
    "ВЫПИСНОЙ ЭПИКРИЗ\n{body}", "ЭМНЭЛГЭЭС ГАРСАН ХУУДАС\n{body}", "[chat] {body}",
]

F37_PART = Part("fresh37", F37_VOCABULARY, F37_CONNECTORS, F37_FRAMES, F37_KEYWORDS,
                F37_SENTENCES, F37_AFTER, F37_REFERENCES, True, values=F37_VALUES,
                age=_f37_age, styles=F37_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh37-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("orkney-discharge",
     "DISCHARGE SUMMARY - [[place:Balfour Hospital]]\nPatient: [[name:Thomasina Drever]], "
     "[[age:93-year-old]] retired crofter from [[place:Whitehall]], Stronsay\nCHI "
     "[[health_plan:1203329461]]   Hosp No [[mrn:B0471286]]\nAdmitted [[date:14/01/2025]], "
     "discharged [[date:29/01/2025]]. Came over on the ferry to [[place:Kirkwall]] with her "
     "nephew [[name:Erlend]]. Right NOF fracture, DHS on day 2. Home with carers; GP Dr "
     "[[name:A. Sclater]] to review. Nephew's mobile [[phone:07781 442903]]."),
    ("orkney-chat",
     "[[name:Magnus]]: lifeboat bringing the man from the north isles, ETA 40 min\n"
     "[[name:Inga]]: age?\n[[name:Magnus]]: [[age:91]], lives alone at [[address:Holland "
     "Farm]], no carers. Wife died in the autumn\n[[name:Inga]]: ok, bed 6 on the ward. Bring "
     "the tablets bag\n[[name:Magnus]]: will do. Son [[name:Sigurd Rendall]] is flying in from "
     "[[place:Aberdeen]], call him on [[phone:07920 118447]]"),
    ("shetland-handover",
     "Handover - [[place:Gilbert Bain Hospital]]\nBed 3: [[name:ISBISTER, Jemima]], [[age:96 "
     "yrs]], from [[place:Cullivoe]] on Yell. CAP, improving on oral doxycycline. DOB "
     "[[date:02/11/1928]]. CHI [[health_plan:0211281246]]. Daughter ([[name:Brenda]]) works "
     "shifts at the terminal, best after 6 pm on [[phone:01806 242519]].\nBed 5: "
     "[[name:Laurence Jamieson]], post-op day 1, no issues."),
    ("shetland-referral",
     "Dear Dr [[name:Halcrow]],\nI would be grateful if you would see Mr [[name:Robert Tulloch]]"
     " of [[address:6 Hillhead]], [[place:Scalloway]] [[zip:ZE1 0UT]], a skipper whose "
     "exertional chest pain is now limiting him at sea. ECG: LBBB. His boat's port number is "
     "[[vehicle:LK 412]].\nYours sincerely,\n[[name:Fiona Manson]], GP"),
    ("western-isles-referral",
     "[[place:Ospadal nan Eilean Siar]] - medical referral\n[[name:Ealasaid NicLeòid]] "
     "([[name:Elizabeth MacLeod]]), [[age:94]], Gaelic first language; her granddaughter "
     "[[name:Kirsty]] interprets.\nAddress: [[address:3 Lower Bayble]], [[place:Point]], "
     "[[zip:HS2 0QA]]\nCHI: [[health_plan:0803319828]]\nFalls x3 since [[date:24/12/2024]]; "
     " lying and standing BP 142/80 and 104/62."),
    ("western-isles-gp",
     "Medical practice - telephone consultation [[date:Wed 12 March 2025 10:20]]\n"
     "Spoke to [[name:Donald John MacNeil]] ([[age:92 yo]]) at home in [[place:Balivanich]]. "
     "Breathless; sats 89% on his own oximeter. Arranged transfer to [[place:Stornoway]] on the "
     "afternoon flight. Contact: wife [[name:Peigi]] [[phone:01870 603 217]]."),
    ("ni-ed",
     "ED NOTE - [[place:Altnagelvin Area Hospital]]\n[[name:McATEER, Patrick]]  H&C no "
     "[[health_plan:320 487 1195]]  DOB [[date:17/03/1931]]\nHome: [[address:27 Bishop Street]],"
     " [[place:Derry]] [[zip:BT48 6PQ]]\nRTC: car ([[vehicle:AXI 4187]]) hit a gatepost on the "
     "[[place:Buncrana]] road. GCS 15, C-spine cleared (Canadian C-spine rule). Niece "
     "[[name:Orla Doherty]] on [[phone:+44 28 7126 4413]]."),
    ("ni-gp-letter",
     "[[place:South West Acute Hospital]]\nDear Dr [[name:Maguire]],\nRe: [[name:Kathleen "
     "Corrigan]], [[age:90]], of [[address:14 Main Street]], [[place:Lisnaskea]], "
     "[[zip:BT92 0JE]]. H+C no [[health_plan:6183920476]].\nShe was discharged on "
     "[[date:3 February 2025]] after a Clostridioides difficile infection. Her son "
     "[[name:Seamus]] ([[email:seamus.corrigan@example.com]]) asked for a copy. NI no. "
     "[[other_id:JK 42 71 93 C]] for the carer's allowance form."),
    ("ni-email",
     "From: [[email:ward7.pa@example.org]]\nTo: [[email:c.quinn@example.net]]\nSubject: "
     "transport\nHi [[name:Clare]], the patient from [[place:Coalisland]] (Mr "
     "[[name:Hugh Quinn]]) is fit to go tomorrow; ambulance booked for 11:00. Please fax the "
     "TTO to "
     "[[fax:028 9063 3712]].\nThanks, [[name:Gráinne]]"),
    ("jamaica-cornwall",
     "[[place:Cornwall Regional Hospital]] - Medical Ward 3\nName: [[name:Winston Aloysius "
     "Campbell]]  Age: [[age:95]]\nTRN [[other_id:104-382-617]]   NHF card [[health_plan:"
     "4471092]]\nAddress: [[address:Lot 14, Paradise Crescent]], [[place:Bogue]], St James\n"
     "Sickle cell trait; CVA on [[date:9 Jan 2025]]. Daughter [[name:Marcia]] "
     "([[phone:(876) 953-4418]]) says 'him cyaan walk good from Tuesday'."),
    ("jamaica-case-board",
     "Case board post - advice welcome. [[age:92-year-old]] woman from [[place:Christiana]], "
     "Manchester, seen at [[place:Mandeville Regional Hospital]] with painless jaundice. CA "
     "19-9 1400. Her granddaughter [[name:Shanice Bailey]] wants her managed at home. Family "
     "set up [[url:https://www.example.com/help-miss-ivy]] for the costs."),
    ("jamaica-florida",
     "Outpatient note (Florida): Mr [[name:Clinton Usher]], born in [[place:Port Antonio]], now "
     "in [[place:Lauderhill]], FL [[zip:33313]]. SSN [[ssn:591-44-2087]]. Medicare via his "
     "late wife. Returns to Jamaica every winter; reach him there on [[phone:876-715-2290]]."),
    ("belize-khmh",
     "[[place:Karl Heusner Memorial Hospital]] - Medical Ward\n[[name:Usher, Rosita]] "
     "(F, [[age:91]]) from [[place:Dangriga]]; Garifuna, daughter [[name:Delia Nunez]] "
     "translates.\nSSB no. [[other_id:000418273]]   NHI card [[health_plan:084412-07]]\n"
     "Hypertensive urgency BP 220/120; labetalol infusion. Home phone [[phone:+501 622-4410]]."),
    ("belize-mennonite",
     "Transfer note - [[place:Southern Regional Hospital]]\n[[name:Peter Klassen Friesen]], "
     "Low German only, from [[place:Spanish "
     "Lookout]]. Fell from a buggy; no plate, horse-drawn. Wife [[name:Aganetha]] came in the "
     "neighbour's pickup ([[vehicle:C-41873]]). [[age:90 years]], Parkinson disease."),
    ("guyana-gph",
     "[[place:Georgetown Public Hospital]] - Medical Admissions\nPt: [[name:Devanand "
     "Persaud]], [[age:93 y/o]]\nReg no. [[mrn:208413/25]]  NIS no. [[other_id:114082731]]\n"
     "Address: [[address:Lot 42 Hadfield Street]], [[place:Werk-en-Rust]]\nLeptospirosis "
     "considered (flooding at home). Son [[name:Rajendra]] on [[phone:+592 624 7719]]."),
    ("guyana-linden",
     "[[place:Linden Hospital Complex]]: [[name:Shondell Ramdass]] admitted [[date:Friday "
     "7 March 2025]] from [[place:Wismar]] after a fall at the bauxite workers' quarters. "
     "Aged [[age:97]]. Sister [[name:Indira]] in [[place:New Amsterdam]] informed."),
    ("guyana-queens",
     "Social work note ([[place:Jamaica Hospital]], NY): patient [[name:Bibi Sattaur]], "
     "formerly of "
     "[[place:Anna Regina]], Essequibo; SSN [[ssn:088-63-4412]], Medicaid ID "
     "[[health_plan:TR48271Q]]. Lives with son at [[address:104-18 Liberty Avenue]], "
     "[[place:Richmond Hill]]."),
    ("singapore-ttsh",
     "[[place:Tan Tock Seng Hospital]] - Geriatric Medicine\n[[name:Tan Ah Kow]], [[age:94]], "
     "NRIC [[other_id:S1987264D]]\n[[address:Blk 412 Yishun Ring Road #08-1234]], Singapore "
     "[[zip:760412]]\nLives with daughter-in-law [[name:Lim Siew Hoon]] ([[phone:+65 9127 "
     "4408]]). Hokkien speaker. GIRO a/c [[account:012-48271-9]] for the bill."),
    ("singapore-polyclinic",
     "Polyclinic note: Mdm [[name:Siti Aminah]] binte [[name:Yusof]], [[age:91-year-old]], "
     "of [[place:Bedok]], brought by her neighbour "
     "[[name:Kamala]] d/o [[name:Suppiah]]. Referred to [[place:Changi General Hospital]] for "
     "haematuria. CHAS card [[health_plan:7713920B]]."),
    ("singapore-chat",
     "[[name:Priya]]: sir the uncle from [[place:Jurong West]] discharged already?\n"
     "Dr [[name:Lee]]: yes, [[name:Muthu]] s/o [[name:Ramasamy]] went home [[date:12/03/2025]]. "
     "Son's email [[email:ramasamy.k@example.com]] for the memo."),
    ("hk-qeh",
     "[[place:Kwong Wah Hospital]] A&E\n"
     "Name: [[name:CHAN Tai Man]]  HKID [[other_id:A123456(7)]]  Hosp No [[mrn:HN05002341X]]\n"
     "Address: [[address:Flat 12, 8/F, Block C]], [[place:Lok Fu Estate]]\nAge [[age:96]]. "
     "Found at home by the warden. Niece [[name:Leung Ka Yan]] [[phone:+852 9182 4470]]."),
    ("hk-rche",
     "RCHE transfer: [[name:Wong Siu Ming]] from [[place:Tuen Mun]] elderly home; [[age:92 "
     "y/o]]; admitted [[place:Tuen Mun Hospital]] [[date:2025-03-04 22:15]]. Minibus "
     "[[vehicle:NK 4187]] brought her. Home fax [[fax:+852 2452 0973]]."),
    ("hk-case",
     "Case discussion: a [[age:93-year-old]] Hakka woman from [[place:Sheung Shui]] presented "
     "with melioidosis after the typhoon. Her son [[name:Lau Chi Keung]] works at the border. "
     "Blood culture: Burkholderia pseudomallei."),
    ("iceland-discharge",
     "ÚTSKRIFTARNÓTA - [[place:Sjúkrahúsið á Akureyri]]\nNafn: [[name:Guðrún "
     "Sigurðardóttir]], kennitala [[other_id:120331-4189]]\n[[age:93 ára]], býr á "
     "[[address:Garðarsbraut 12]], [[zip:640]] [[place:Húsavík]]\nInnlögn "
     "[[date:14. mars 2025]], útskrift [[date:21. mars 2025]]. Lungnabólga. Sonur hennar "
     "[[name:Jón Gunnarsson]], sími [[phone:+354 862 4417]]."),
    ("iceland-chat",
     "[[name:Sigríður]]: hann [[name:Guðmundur Þórsson]] frá [[place:Ísafirði]] kemur með "
     "sjúkraflugi\n[[name:Ari]]: aldur?\n[[name:Sigríður]]: [[age:95 ára]], kennitala "
     "[[other_id:030230-2219]]. Dóttir hans [[name:Helga Guðmundsdóttir]] á netfangið "
     "[[email:helga.g@example.org]]"),
    ("norway-epikrise",
     "EPIKRISE - [[place:Finnmarkssykehuset Hammerfest]]\nPasient: [[name:Haugen, "
     "Torbjørn]], fødselsnr. [[other_id:040231 47219]]\n[[age:94 år]], bor i "
     "[[address:Storgata 41]], [[zip:9600]] [[place:Hammerfest]]\nInnlagt "
     "[[date:mandag 3. mars 2025 14:20]] med hjertesvikt. Datter [[name:Ingvild]] "
     "([[phone:+47 916 44 218]]). Fastlege dr. [[name:K. Nilsen]]."),
    ("norway-sykehjem",
     "Sykepleienotat: beboer [[name:Ragnhild Eriksen]] ([[age:97]]) på [[place:Alta "
     "sykehjem]] hadde fall i natt. Sønnen [[name:Odd Eriksen]] varslet på "
     "[[phone:+47 922 18 403]]. Frikort [[health_plan:118429730]]. Bekhterevs sykdom kjent."),
    ("estonia-epikriis",
     "EPIKRIIS - [[place:Tartu Ülikooli Kliinikum]]\n[[name:Tamm, Kadri]], isikukood "
     "[[other_id:43105120219]], [[age:93-aastane]]\nElukoht: [[address:Jaama 14-3]], "
     "[[place:Võru]] [[zip:65608]]\nHospitaliseeritud [[date:12. märts 2025]]. Tütar "
     "[[name:Tiina Saar]], tel [[phone:+372 5128 4490]]."),
    ("latvia-izraksts",
     "IZRAKSTS - [[place:Daugavpils reģionālā slimnīca]]\nPacients: [[name:Jānis Bērziņš]], "
     "personas kods [[other_id:120332-10418]], [[age:92 gadus vecs]]\nAdrese: "
     "[[address:Rīgas iela 41-7]], [[place:Daugavpils]], [[zip:LV-5401]]\nStacionēts "
     "[[date:2025. gada 3. martā]]. Meita [[name:Ilze]], tālr. [[phone:+371 2914 4407]]."),
    ("slovakia-sprava",
     "PREPÚŠŤACIA SPRÁVA - [[place:FNsP J. A. Reimana Prešov]], interné oddelenie\n"
     "Pacientka: [[name:Zuzana Horváthová]], r. č. [[other_id:315512/4187]], [[age:93-ročná]]"
     "\nBydlisko: [[address:Hlavná 12]], [[zip:085 01]] [[place:Bardejov]]\nPoistenec "
     "[[health_plan:80703 00011 4471920385]] (Dôvera). Prijatá [[date:4. marca 2025]]. "
     "Ošetrujúci lekár MUDr. [[name:Marek Novák]]."),
    ("slovenia-odpustnica",
     "ODPUSTNICA - [[place:SB Murska Sobota]]\nBolnica: [[name:Mojca Zupančič]], EMŠO "
     "[[other_id:1203931505218]], ZZZS št. [[health_plan:041882736]]\nStarost: [[age:94 let]]"
     "\nNaslov: [[address:Lendavska ulica 18]], [[zip:9000]] [[place:Murska Sobota]]\n"
     "Sprejeta [[date:3. 3. 2025]], odpuščena [[date:11. 3. 2025]]. Hči [[name:Petra]] "
     "[[phone:+386 41 558 213]]."),
    ("serbia-cyrillic",
     "ОТПУСНА ЛИСТА - [[place:Клинички центар Ниш]]\nПацијент: [[name:Драган Јовановић]], "
     "ЈМБГ [[other_id:1403931730018]], ЛБО [[health_plan:10483927461]]\nСтар [[age:92 "
     "године]], адреса [[address:Обреновићева 14/3]], [[zip:18000]] [[place:Ниш]]\nПримљен "
     "[[date:5. марта 2025]]. Син [[name:Милош]] довезао га је колима "
     "[[vehicle:НИ 418-КТ]]. Тел. [[phone:+381 64 218 4471]]."),
    ("serbia-latin",
     "[[place:Opšta bolnica Čačak]] - otpusna lista: [[name:Milica Petrović]], [[age:91 "
     "godina]], iz [[place:Gornjeg Milanovca]]; JMBG [[other_id:2206933785017]]. Ćerka "
     "[[name:Jelena]] na [[phone:032/344-218]]."),
    ("bulgaria-epikriza",
     "ЕПИКРИЗА - [[place:УМБАЛ „Св. Георги“]]\nПациент: [[name:Йорданка Стоянова "
     "Петрова]], ЕГН [[other_id:3103124418]], [[age:93-годишна]]\nАдрес: гр. "
     "[[place:Асеновград]], [[address:ул. „Васил Левски“ 14]], [[zip:4230]]\nПостъпила на "
     "[[date:12.03.2025]] г. Дъщеря [[name:Мария]], тел. [[phone:+359 888 412 730]]."),
    ("georgia-epikrizi",
     "ეპიკრიზი - [[place:ქუთაისის რეფერალური ჰოსპიტალი]]\nპაციენტი: [[name:ბერიძე ნინო]], "
     "პ/ნ [[other_id:60001047219]], [[age:93 წლის]]\nმისამართი: [[address:რუსთაველის გამზ. "
     "18, ბ. 4]], [[place:ქუთაისი]]\nშემოსვლა [[date:2025 წლის 3 მარტი]]. შვილიშვილი "
     "[[name:გიორგი]], ტელ. [[phone:+995 599 41 27 03]]."),
    ("armenia-epikriz",
     "ԷՊԻԿՐԻԶ - [[place:Գյումրու բժշկական կենտրոն]]\nՀիվանդ՝ [[name:Գայանե Հովհաննիսյան]], "
     "[[age:92 տարեկան]], ՀԾՀ [[other_id:4810330217]]\nՀասցե՝ [[address:Աբովյան փ. 12, բն. 4]]"
     ", [[place:Գյումրի]]\nԸնդունվել է [[date:12 մարտի 2025]] թ. Որդին՝ [[name:Արամ]], հեռ. "
     "[[phone:+374 93 418227]]։"),
    ("kazakhstan-ru",
     "ВЫПИСНОЙ ЭПИКРИЗ - [[place:Городская клиническая больница №1]]\n"
     "Больная: [[name:Ахметова Айгүл Сериковна]], ИИН [[other_id:310412400218]], [[age:94 "
     "года]]\nАдрес: [[address:ул. Абая 45, кв. 12]], [[place:Шымкент]]\nПоступила "
     "[[date:4 марта 2025]]. Сын [[name:Ерлан]] привёз её на машине [[vehicle:418 KTA 17]]; "
     "тел. [[phone:+7 701 418 22 07]]."),
    ("kazakhstan-kk",
     "Науқас [[name:Нұрлан Жақсылықов]], [[age:92 жастағы]], [[place:Қарағанды]] қаласынан. "
     "ИИН [[other_id:330215300417]]. [[date:2025 жылғы 3 наурыз]] түсті. Қызы [[name:Гүлнар]],"
     " тел. [[phone:+7 705 244 81 09]]."),
    ("mongolia-hudas",
     "ЭМНЭЛГЭЭС ГАРСАН ХУУДАС - [[place:Дархан-Уул аймгийн Нэгдсэн эмнэлэг]]\nӨвчтөн: "
     "[[name:Батбаярын Болормаа]], [[age:91 настай]], регистр [[other_id:УБ31030312]]\n"
     "Хаяг: [[place:Дархан]] сум, [[address:5-р баг, 12-р байр, 7 тоот]]\nХэвтсэн "
     "[[date:2025 оны 3 сарын 12]]. Охин [[name:Сарангэрэл]], утас [[phone:+976 9911 4827]]."),
    ("iceland-invoice",
     "Reikningur [[account:2025-04418]]: greitt inn á reikning [[account:IS14 0123 2600 "
     "4418 1203 3141 89]] fyrir hönd [[name:Sigurður Ólafsson]]."),
    ("slovenia-device",
     "Kontrola srčnega spodbujevalnika: [[name:Primož Kranjc]], serijska št. "
     "[[device:PJN418227S]], daljinski prenos z [[ip:192.0.2.41]]."),
    ("clean-scot",
     "ACUTE MEDICAL UNIT - WARD ROUND\nNEWS2 5, Rockwood CFS 6, 4AT 2. Addison's disease "
     "excluded (short Synacthen normal). Hartmann's procedure 2019. Plan: IV co-amoxiclav, "
     "review at MDT; 88-year-old husband visiting daily. PLT 142, INR 1.1, BP 138/82."),
    ("clean-singapore",
     "GERIATRIC MEDICINE - progress note\nDengue NS1 negative, G6PD normal, Kawasaki disease "
     "not considered at this age. ANA 1:160, C3/C4 normal. Ward 9A, bed 12. Plan for day "
     "rehab; CFS 5; MMSE 24/30."),
    ("clean-hk",
     "A&E OBSERVATION WARD\nTriage category 3. Bell's palsy vs Ramsay Hunt syndrome; "
     "valaciclovir 1 g tds. Hb 12.1, WBC 8.4, Na 134. Refer ENT clinic; LMO follow-up."),
    ("clean-iceland",
     "LYFLÆKNINGADEILD\nParkinsonsveiki og Sjögrens heilkenni. Hb 112 g/L, CRP 64 mg/L, "
     "kreatínín 98 µmól/L. Meðferð: levódópa 100 mg x 3. 86 ára eiginmaður heimsækir daglega."),
    ("clean-norway",
     "MEDISINSK AVDELING, sengepost 3\nBekhterevs sykdom, Crohns sykdom i remisjon. INR 2,4; "
     "Albyl-E 75 mg x 1; NYHA II; MMSE 26/30. Pasienten er 87 år og bor med kona."),
    ("clean-slovak",
     "INTERNÉ ODDELENIE - denný záznam\nBechterevova choroba, Parkinsonova choroba. "
     "Hemoglobín 104 g/l, CRP 38 mg/l. Metformín 500 mg 2x denne. ECOG 2; izba 4, lôžko 2."),
    ("clean-serbian",
     "ОДЕЉЕЊЕ КАРДИОЛОГИЈЕ\nПаркинсонова болест, Хашимотов тиреоидитис. Глукоза 7,8 mmol/L, "
     "ТСХ 8,2 mU/L; EF 35%; NYHA III. Терапија: бисопролол 2,5 mg, фуросемид 40 mg."),
    ("clean-bulgarian",
     "КАРДИОЛОГИЧНО ОТДЕЛЕНИЕ\nБолест на Бехтерев; СУЕ 48 mm/h; ХБ 118 g/l. Аспирин 100 mg, "
     "аторвастатин 40 mg. Пациентката е на 86 години."),
    ("clean-georgian",
     "თერაპიის განყოფილება\nპარკინსონის დაავადება; ჰემოგლობინი 108 გ/ლ; NYHA II; "
     "მეტფორმინი 500 მგ."),
    ("clean-kazakh-ru",
     "ТЕРАПЕВТИЧЕСКОЕ ОТДЕЛЕНИЕ\nБолезнь Бехтерева, болезнь Паркинсона. СКФ 42 мл/мин, "
     "гемоглобин 112 г/л. Назначено: бисопролол 5 мг. Паркинсон ауруы; 86 жастағы күйеуі бар."),
    ("clean-mongolian",
     "ДОТРЫН ТАСАГ\nПаркинсоны өвчин, Аддисоны өвчин үгүйсгэгдсэн. АД 150/90 мм муб, "
     "гемоглобин 118 г/л. Метформин 500 мг."),
    ("reference-discussion",
     "Discussion: melioidosis after flooding is well described in Singapore and Hong Kong "
     "(https://doi.org/10.1016/j.ijid.2019.03.021; https://pubmed.ncbi.nlm.nih.gov/31204433/)."
     " Our Guyanese and Jamaican cases fit the same pattern.", "discussion"),
]

F37_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH37: tuple[Note, ...] = build(F37_PART, per_category=26, clean=120, references=8) + F37_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH37 for e in n.expected)
    print(len(FRESH37), "notes,", sum(1 for n in FRESH37 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

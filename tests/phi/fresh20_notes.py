"""FRESH20: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a sixteenth author, who read only tests/phi/generated.py (the framework:
Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring), tests/phi/corpus.py (the
Note type, the span conventions, parse, evaluate), the domain rules (45 CFR 164.514(b)(2) Safe
Harbor, as restated in the project's domain notes), the module docstrings of
tests/phi/fresh16_notes.py, fresh17_notes.py and fresh18_notes.py (their conventions and
settings) and the layout of fresh16_notes.py (how its Part, build and letters are wired, not
its vocabulary, templates or letters); not the scanner, its patterns, name lists, model or
data, its benchmark (bench/), its tests, the body of any other fresh part (fresh19 included),
nor their git history; the scanner was not run while writing it, nor on its notes, nor
imported. Its vocabulary, value shapes, keywords, connectors, frames, note styles and
hand-written letters are this author's own, from settings that generated.py's docstring and
fresh16-18's do not name (Denmark was left out: fresh18's Greenland notes already use the CPR
number and Danish dates): Croatia (OIB, HZZO MBO, Croatian genitive months, "godine",
"-godišnji", ZG/RI/ST plates, IBAN HR), Serbia (JMBG, RFZO LBO, Cyrillic and Latin, "године",
BG/NS plates, IBAN RS), Bulgaria (ЕГН, identity card, "години", "-годишен", Cyrillic plates,
IBAN BG), Norway (fødselsnummer, frikort, HPR number, "år", "år gammel", weekday dates),
Sweden (personnummer, "-åring", Swedish months, plates like "KLM 48F"), Curaçao and Aruba
(sédula/persoonsnummer, AZV, Papiamento "aña" and months, Dutch, a BSN for a migrant in the
Netherlands), French Guiana, Guadeloupe and Martinique (NIR on the carte Vitale, IPP, French
and Antillean Creole "lanné", 0594/0690/0696 numbers), Saint Lucia and Grenada (NIS number,
758 and 473 numbers, hurricane shelters), Sicily and Sardinia (codice fiscale, tessera
sanitaria, "anni", Sicilian and Sardinian words, weekday dates), Corsica (IPP, Corsican words),
the Canary Islands (NIE/DNI, CIP, NHC, "años", "de" dates) and Madeira (cartão de cidadão,
número de utente, "anos", IBAN PT); also migrants and visitors from or in these places (a
Curaçaoan grandmother in Rotterdam, a Bulgarian daughter in Spain, a Sicilian family in
Stuttgart, a Croatian treated in Trieste, German tourists in Croatia and Madeira, a Norwegian
passenger in the Canaries, a US retiree in Sicily and a US exchange student in the Canaries
with US SSNs). Document types: hurricane shelter intake forms and registers, post-hurricane
community visits, nursing-home falls reports, anticoagulation clinic INR logs and letters (TAO,
Sintrom, AK-mottagning), cardiac rehab session logs, prescription renewal requests (e-service,
pharmacy fax, e-mail), organ donation coordination notes, clinical trial SAE reports, sports
medicine clearance certificates, care home admission forms (EHPAD, lar), a ski patrol injury
form, a levada rescue report, an airport medical service record, a tourist clinic record, a
carnival first aid post, a patient valuables register, transport and EVASAN requests, a work
permit medical, a memory clinic referral, remote pacemaker follow-up, a social work note, an
invoice, a cross-border care reimbursement e-mail, a Creole SMS, a WhatsApp thread, a patient
portal IT log, and a discussion paragraph with literature references.

Conventions (tests/phi/corpus.py's and fresh16's docstring's): a name without its title,
honorific or relation word (Dr, dr, д-р, др, dott., Dra., Mme, M., Mr, dhr., mevrouw, Signora,
fastlege, Farmasøyt, Distriktssköterska, sa fille, yu muhé stay out); a full name in any order
is one span ("Lo Cascio Concetta", "Sjöberg, Märta", "Conceição de Freitas Gouveia", "Стоянка
Петрова Илиева"); staff names, also with initials ("M. Šimunović", "Н. Петковић"), are names,
and so are speakers in a chat and names in registers; an inflected name or place is marked as
written ("Mirjane Šimunović", "Trstu"); an identifier without its keyword; an age over 89 with
its attached unit in any language ("93 godine", "91-godišnji", "94 године", "96 години",
"91-годишен", "95 år", "92 år gammel", "97-åring", "93 aña", "91-jarige", "90 jaar", "94 ans",
"92 lanné", "95 anni", "95 años", "97 anos", "91-year-old", "96 yrs", "92 years old") or the
number alone where no unit follows it ("Alder: 94", "Ålder 90", "età: 99", "Възраст: 93",
"aged 101"); ages under 90 are not marked; a date without its preposition, with a weekday
right before it and a time right after it ("lørdag 8. februar 2025 13:20", "venerdì 7 marzo
2025 05:10", "14 de marzo de 2025 02:40"; a time on its own, "Ora: 04:15", stays out);
Croatian, Serbian, Bulgarian, Norwegian, Swedish, Papiamento, Dutch, French, Italian, Spanish
and Portuguese dates are dates, a day and month without a year too; a year alone is not. The
street line is one span ("Vukovarska 58", "Булевар ослобођења 112, стан 7", "ул. Гладстон 17,
ет. 3", "Kaya Betico Croes 118", "14 rue Schoelcher", "Rua da Carreira 71, 2.º Esq.", "Lot 14
Rose Hill"); each locality (town, village, island town) and the postcode are separate spans; a
named hospital, clinic or health centre is a place (the whole name: "UNN Tromsø", "Клинички
центар Војводине", "Hospital Universitario de Gran Canaria Doctor Negrín", "CHOG"); regions,
islands as a whole, overseas departments and countries (Curaçao, Martinique, Saint
Lucia) are never marked. Categories: `ssn` is a US Social Security number only (US
citizens abroad); other national numbers (OIB, JMBG, ЕГН, a Bulgarian identity card,
fødselsnummer, personnummer, sédula/persoonsnummer, BSN, codice fiscale, NIE, DNI, cartão de
cidadão, NIS number, an organ donor code, a trial subject number, a student ID) are
`other_id`; insurance numbers (MBO, LBO, frikort, AZV, the NIR as "n° sécu"/carte Vitale,
tessera sanitaria, CIP, número de utente, EHIC, a travel insurer's policy) are `health_plan`;
hospital and clinic numbers (povijest bolesti, ИЗ, journalnr., IPP, NHC, processo, nosologico,
a unit number) are `mrn`; passports, driving licences and professional registrations (HPR,
Ordine dei Medici, colegiado, a Serbian licence) are `licence`; IBANs, accounts and invoices
are `account`; plates (Latin and Cyrillic, a camper's and a son-in-law's car too) and VINs are
`vehicle`; home coagulometers, pacemakers and their home monitors, oxygen concentrators,
ventilators, CGM sensors, hearing aids, a phone's IMEI and UDIs are `device`.

Built as build(F20_PART, per_category=26, clean=120, references=8) + F20_LETTERS (55
hand-written notes: 45 with identifiers, 9 clean, 1 reference paragraph in a discussion): 693
notes, 138 of them (20%) without any identifier (120 generated clean notes, 8 reference notes
in an introduction or discussion, 9 clean letters, 1 reference letter), 855 spans - name 139,
address 36, place 92, zip 32, date 55, age 40, phone 52, fax 30, email 35, ssn 28, mrn 32,
health_plan 39, account 31, licence 32, vehicle 32, device 32, url 44, ip 28, other_id 46
(`python -m tests.phi.fresh20_notes` prints them). Checked without the scanner (a throwaway
script): every span's text is the note's text at its offsets and has no surrounding blanks, no
marks or slots are left in the text, no spans overlap, note ids are unique, every category is
in generated.CATEGORY_ORDER, every marked age is over 89, every ssn has the US shape, and builds
under PYTHONHASHSEED=1 and 2 are identical. Deterministic: its own seed (19_020), values drawn
from the builder's fixed-seed Random, no hash-order dependence. Not wired into any test or
bench: measure it once.

    from tests.phi.fresh20_notes import FRESH20, F20_PART, F20_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build


def _n(r: random.Random, k: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(k))


def _a(r: random.Random, k: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(k))


_HR = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza",
       "rujna", "listopada", "studenoga", "prosinca"]
_SR_CYR = ["јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август", "септембар",
           "октобар", "новембар", "децембар"]
_SR_LAT = ["januar", "februar", "mart", "april", "maj", "jun", "jul", "avgust", "septembar",
           "oktobar", "novembar", "decembar"]
_BG = ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември",
       "октомври", "ноември", "декември"]
_NO = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
       "oktober", "november", "desember"]
_SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
       "oktober", "november", "december"]
_PAP = ["yanüari", "febrüari", "mart", "aprel", "mei", "yüni", "yüli", "ougùstùs", "sèptèmber",
        "òktober", "novèmber", "desèmber"]
_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
       "oktober", "november", "december"]
_FRM = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
       "settembre", "ottobre", "novembre", "dicembre"]
_ESM = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre"]
_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
       "outubro", "novembro", "dezembro"]
_WD_NO = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
_WD_IT = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]


def _f20_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1926, 2026)
    return r.choice([
        f"{d}. {_HR[m - 1]} {y}", f"{d}. {_SR_CYR[m - 1]} {y}", f"{d}. {_SR_LAT[m - 1]} {y}",
        f"{d} {_BG[m - 1]} {y}", f"{d}. {_NO[m - 1]} {y}", f"{d} {_SV[m - 1]} {y}",
        f"{d} di {_PAP[m - 1]} {y}", f"{d} {_NL[m - 1]} {y}", f"{d} {_FRM[m - 1]} {y}",
        f"{d} {_IT[m - 1]} {y}", f"{d} de {_ESM[m - 1]} de {y}", f"{d} de {_PT[m - 1]} de {y}",
        f"{_WD_NO[r.randint(0, 6)]} {d}. {_NO[m - 1]} {y}",
        f"{_WD_IT[r.randint(0, 6)]} {d} {_IT[m - 1]}", f"{d:02d}.{m:02d}.{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}", f"{y}{m:02d}{d:02d}", f"{d}.{m}.{y % 100:02d}",
        f"{d} {_SV[m - 1][:3]} {y}", f"{d}-{_IT[m - 1][:3].upper()}-{y}",
    ])


def _f20_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 104)
    return r.choice([
        ("pacijentica u dobi od {age}, nepokretna", f"{n} godine"),
        ("{age} umirovljenik, živi sam", f"{n}-godišnji"),
        ("пацијенткиња стара {age}", f"{n} године"),
        ("pacijent star {age}, nepokretan", f"{n} godina"),
        ("пациентка на {age}, лежаща", f"{n} години"),
        ("{age} мъж с предсърдно мъждене", f"{n}-годишен"),
        ("kvinne, {age}, bor på sykehjem", f"{n} år"),
        ("en {age} mann med hjertesvikt", f"{n} år gammel"),
        ("en {age} med hemtjänst fyra gånger dagligen", f"{n}-åring"),
        ("patienten är {age} och bor ensam", f"{n} år"),
        ("un señora di {age} ku diabetis", f"{n} aña"),
        ("een {age} vrouw uit het verzorgingshuis", f"{n}-jarige"),
        ("meneer is {age} en slechthorend", f"{n} jaar"),
        ("une patiente de {age} en EHPAD", f"{n} ans"),
        ("granmoun-la ni {age}, i ka maché épi on baton", f"{n} lanné"),
        ("una signora di {age}, allettata", f"{n} anni"),
        ("'u nannu, {age}, caduto in cucina", f"{n} anni"),
        ("varón de {age}, institucionalizado", f"{n} años"),
        ("utente de {age}, acamada", f"{n} anos"),
        ("a {age} man evacuated to the shelter", f"{n}-year-old"),
        ("Alder: {age}", f"{n}"), ("Ålder {age}, ADL-beroende", f"{n}"),
        ("età: {age} (grande anziano)", f"{n}"), ("Възраст: {age}", f"{n}"),
        ("Dob: {age}, demencija", f"{n}"), ("Age on shelter card: {age}", f"{n}"),
    ])


def _f20_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"+385 9{r.randint(1, 9)} {_n(r, 3)} {_n(r, 4)}", f"051 {_n(r, 3)} {_n(r, 3)}",
        f"+381 6{r.randint(0, 6)} {_n(r, 3)} {_n(r, 4)}", f"011/{_n(r, 3)}-{_n(r, 4)}",
        f"+359 88{r.randint(0, 9)} {_n(r, 3)} {_n(r, 3)}", f"032 {_n(r, 3)} {_n(r, 3)}",
        f"+47 9{_n(r, 2)} {_n(r, 2)} {_n(r, 3)}", f"77 {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}",
        f"07{r.randint(0, 6)}-{_n(r, 3)} {_n(r, 2)} {_n(r, 2)}", f"+46 90 {_n(r, 3)} {_n(r, 2)} {_n(r, 2)}",
        f"+599 9 {_n(r, 3)} {_n(r, 4)}", f"+297 {_n(r, 3)} {_n(r, 4)}",
        f"0594 {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}", f"0690 {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}",
        f"+596 696 {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}", f"1 (758) {_n(r, 3)}-{_n(r, 4)}",
        f"(473) 4{_n(r, 2)}-{_n(r, 4)}", f"3{r.randint(20, 49)} {_n(r, 3)} {_n(r, 4)}",
        f"091 {_n(r, 3)} {_n(r, 4)}", f"+39 070 {_n(r, 6)}", f"04 95 {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}",
        f"+34 928 {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}", f"6{_n(r, 2)} {_n(r, 3)} {_n(r, 3)}",
        f"+351 291 {_n(r, 3)} {_n(r, 3)}", f"9{r.randint(1, 6)}{_n(r, 1)} {_n(r, 3)} {_n(r, 3)}",
    ])


def _f20_zip(r: random.Random, _h: bool) -> str:
    return r.choice([f"{r.choice(['10', '21', '31', '51', '23'])}{_n(r, 3)}",
                     f"HR-{r.choice(['52', '20', '22'])}{_n(r, 3)}", f"1{_n(r, 4)}",
                     f"{r.randint(1, 9)}{_n(r, 3)}", f"{r.randint(1, 9)}{_n(r, 2)} {_n(r, 2)}",
                     f"SE-{r.randint(1, 9)}{_n(r, 2)} {_n(r, 2)}", f"NO-{r.randint(1, 9)}{_n(r, 3)}",
                     f"97{r.choice(['1', '2', '3'])}{_n(r, 2)}", f"20{r.choice(['0', '2', '6'])}{_n(r, 2)}",
                     f"9{r.choice(['0', '8'])}{_n(r, 3)}", f"0{r.choice(['7', '8', '9'])}{_n(r, 3)}",
                     f"3{r.choice(['5', '8'])}{_n(r, 3)}", f"9{r.choice(['0', '3', '4'])}00-{_n(r, 3)}"])


def _vin(r: random.Random) -> str:
    return (r.choice(["WVW", "ZFA", "VF1", "YV1", "WF0", "TMB", "VSS"])
            + _a(r, 14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"))


_CYR_PLATE = "АВЕКМНОРСТУХ"

F20_VALUES = {
    "mrn": lambda r, h: r.choice([f"{_n(r, 4)}/{r.randint(20, 26)}", f"{_n(r, 2)}-{_n(r, 6)}",
                                  f"ИЗ-{_n(r, 5)}", f"{_n(r, 9)}", f"{r.randint(2019, 2026)}{_n(r, 7)}",
                                  f"P{_n(r, 8)}", _n(r, 7), f"{_n(r, 3)}.{_n(r, 3)}.{_n(r, 2)}"]),
    "health_plan": lambda r, h: r.choice([
        _n(r, 9), _n(r, 11), f"{r.choice('12')} {_n(r, 2)} {_n(r, 2)} {_n(r, 2)} {_n(r, 3)} {_n(r, 3)} {_n(r, 2)}",
        f"80380{_n(r, 15)}", f"CANA{_n(r, 9)}{_a(r, 1)}", f"{_n(r, 3)} {_n(r, 3)} {_n(r, 3)}",
        f"AZV-{_n(r, 6)}", _n(r, 20), f"POL-{_a(r, 2)}-{_n(r, 7)}"]),
    "account": lambda r, h: r.choice([
        f"HR{_n(r, 2)}{_n(r, 17)}", f"RS35 {_n(r, 4)} {_n(r, 4)} {_n(r, 4)} {_n(r, 4)} {_n(r, 2)}",
        f"BG{_n(r, 2)} BNBG {_n(r, 4)} {_n(r, 4)} {_n(r, 4)} {_n(r, 2)}",
        f"NO{_n(r, 2)} {_n(r, 4)} {_n(r, 4)} {_n(r, 3)}", f"{_n(r, 4)}-{_n(r, 2)}-{_n(r, 5)}",
        f"IT{_n(r, 2)} {_a(r, 1)} {_n(r, 5)} {_n(r, 5)} {_n(r, 12)}",
        f"PT50 {_n(r, 4)} {_n(r, 4)} {_n(r, 11)} {_n(r, 2)}", f"{_n(r, 3)}-{_n(r, 6)}-{_n(r, 2)}",
        f"FR76 {_n(r, 4)} {_n(r, 4)} {_n(r, 4)} {_n(r, 4)} {_n(r, 4)} {_n(r, 3)}", f"R-{_n(r, 7)}/{_n(r, 2)}"]),
    "licence": lambda r, h: r.choice([
        _n(r, 9), f"{_n(r, 8)}{_a(r, 1)}", f"{_a(r, 2)}{_n(r, 7)}", _n(r, 7),
        f"{_a(r, 1)}{_n(r, 7)}{_a(r, 1)}", f"{_n(r, 2)}-{_n(r, 5)}", f"{_a(r, 2)} {_n(r, 6)}",
        f"PA{_n(r, 7)}", f"{r.randint(1, 9)}{_n(r, 5)}", f"U1{_n(r, 7)}{_a(r, 1)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{r.choice(['ZG', 'ST', 'RI', 'OS', 'ZD'])} {_n(r, 3)}-{_a(r, 2)}",
        f"{r.choice(['ZG', 'RI'])} {_n(r, 4)}-{_a(r, 1)}", f"{r.choice(['BG', 'NS', 'NI', 'KG'])} {_n(r, 3)}-{_a(r, 2)}",
        f"{r.choice(['С', 'СВ', 'РВ', 'В'])}{_n(r, 4)}{_a(r, 2, _CYR_PLATE)}",
        f"{r.choice(['CB', 'PB', 'B', 'A'])} {_n(r, 4)} {_a(r, 2, 'ABEKMHOPCTYX')}",
        f"{_a(r, 2)} {_n(r, 5)}", f"{_a(r, 3)} {_n(r, 2)}{r.choice(['A', 'C', 'F', '1', '7'])}",
        f"{_a(r, 2)} {_n(r, 3)}{_a(r, 2)}", f"{_n(r, 4)} {_a(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}",
        f"{_a(r, 2)}-{_n(r, 2)}-{_a(r, 2)}", f"{_a(r, 2)}-{_n(r, 3)}-{_a(r, 2)}",
        f"{r.choice(['A', 'B', 'P', 'T'])}-{_n(r, 5)}", f"{r.choice(['PA', 'PB', 'HB'])} {_n(r, 4)}",
        _vin(r)]),
    "vin": lambda r, h: _vin(r),
    "device": lambda r, h: r.choice([
        f"{_a(r, 3)}{_n(r, 6)}{_a(r, 1)}", f"UZ{_n(r, 7)}", f"{_n(r, 4)}-{_a(r, 2)}-{_n(r, 5)}",
        f"(01)0{_n(r, 13)}(21){_n(r, 8)}", f"SN{_a(r, 1)}{_n(r, 6)}", f"{_a(r, 1)}{_n(r, 2)}{_a(r, 3)}{_n(r, 5)}",
        f"{_n(r, 2)}{_a(r, 2)}{_n(r, 6)}"]),
    "other_id": lambda r, h: r.choice([
        _n(r, 11), f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}9{_n(r, 2)}{_n(r, 6)}",
        f"{r.randint(20, 49)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_n(r, 4)}",
        f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(20, 45)} {_n(r, 5)}",
        f"19{r.randint(20, 36)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{_n(r, 4)}",
        f"{r.randint(20, 36)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{_n(r, 4)}",
        f"19{r.randint(20, 36)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_n(r, 2)}",
        f"{_a(r, 3)}{_a(r, 3)}{_n(r, 2)}{_a(r, 1)}{_n(r, 2)}{_a(r, 1)}{_n(r, 3)}{_a(r, 1)}",
        f"{r.choice('XYZ')}{_n(r, 7)}{_a(r, 1)}", f"{_n(r, 8)}{_a(r, 1)}", f"{_n(r, 8)} {_n(r, 1)} {_a(r, 2)}{_n(r, 1)}",
        f"{_n(r, 6)}", f"SAE-{_a(r, 2)}{_n(r, 2)}-{_n(r, 4)}", f"{_a(r, 3)}-{_n(r, 3)}-{_n(r, 4)}"]),
    "ssn": lambda r, h: (f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"
                         if r.random() < 0.7 else
                         f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}"),
    "phone": _f20_phone,
    "fax": _f20_phone,
    "email": lambda r, h: r.choice(["{g}.{s}@posta.example.com", "{s}{n}@epost.example",
                                    "{g}{n}@correo.example.org", "{g}_{s}@example.net",
                                    "{s}.{g}@mail.example.org", "{g}-{s}{n}@example.com"]),
    "url": lambda r, h: r.choice(["https://{g}{s}.example.org/blogg", "www.example.com/innsamling/{g}-{s}",
                                  "http://example.net/foto/{s}{n}", "https://example.org/raccolta/{g}{n}",
                                  "example.com/kampanja/{s}-{g}", "https://www.example.net/~{g}{n}/dagbok"]),
    "ip": lambda r, h: r.choice([f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
                                 f"192.0.2.{r.randint(1, 254)}", f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 65535):x}"]),
    "zip": _f20_zip,
    "date": _f20_date,
}

F20_VOCABULARY = Vocabulary(
    given=["Mirjana", "Tomislav", "Dragica", "Snežana", "Dragoslav", "Radka", "Stoyan", "Solveig",
           "Torbjørn", "Gunnel", "Bengt", "Ylva", "Shurendy", "Ruthmilda", "Jurick", "Marie-Line",
           "Josélito", "Kervin", "Shermaine", "Concetta", "Efisio", "Bonaria", "Ghjuvanni",
           "Guacimara", "Yeray", "Duarte", "Conceição"],
    surnames=["Jurčević", "Šimunović", "Đorđević", "Stojković", "Dimitrova", "Stoyanov",
              "Haugland", "Sjöberg", "Bergqvist", "Martina", "Isenia", "Winklaar", "Bellerose",
              "Cétout", "St. Rose", "Lo Cascio", "Scimeca", "Pinna", "Murgia", "Santoni",
              "Rodríguez Déniz", "Gouveia", "Freitas"],
    cities=["Rijeka", "Osijek", "Zadar", "Kragujevac", "Novi Sad", "Plovdiv", "Ruse", "Tromsø",
            "Bodø", "Umeå", "Östersund", "Willemstad", "Oranjestad", "Kourou", "Pointe-à-Pitre",
            "Le Lamentin", "Castries", "Grenville", "Ragusa", "Nuoro", "Bastia", "Telde",
            "Arrecife", "Câmara de Lobos"],
    streets=["Ilica", "Vukovarska", "Bulevar oslobođenja", "ул. Гладстон", "Storgata",
             "Kungsgatan", "Kaya Grandi", "rue Schoelcher", "Via Etnea", "Via Roma",
             "Calle Triana", "Rua da Carreira", "Bridge Street", "Strada Statale"],
    relations=["kćer", "sin", "unuka", "дъщеря", "datter", "barnbarn", "yu muhé", "fille",
               "nipote", "hija", "filha", "brother-in-law", "vecina"],
    clean=[
        "INR 2,4 (mål 2,0-3,0); Marevan 2,5 mg uendret, ny kontroll om to uker.",
        "TTR 68 % over the last 6 months; no bleeding, no missed doses.",
        "Cardiac rehab session 7 of 12: 20 min cycle ergometer at 60 W, Borg 13, HR max 112.",
        "Morse fall scale 65; Timed Up and Go 24 s; Barthel 45/100.",
        "Clinical Frailty Scale 6; MMSE 22/30; no new focal deficit.",
        "Sintrom 4 mg: ½ compressa lun-mer-ven, 1 compressa gli altri giorni.",
        "HbA1c 54 mmol/mol; eGFR 45 mL/min/1.73 m2; LDL 1,9 mmol/L.",
        "Ordinacija: Concor 2,5 mg 1x1, Xarelto 15 mg 1x1 uz obrok.",
        "NEWS2 5 at the shelter, repeated after 1 h: 3.",
        "ECG: sinusni ritam 68/min, PR 0,18 s, QRS 0,10 s, bez ST promjena.",
        "CTCAE grade 3 neutropenia (ANC 0,7 x 10^9/L) on day 15 of cycle 2.",
        "Organ offered: both kidneys and liver; cold ischaemia time 9 h 40 min.",
        "Spirometri: FEV1 2,1 L (78 %), FVC 3,0 L; ingen reversibilitet.",
        "Pressione 142/86 mmHg, FC 74 bpm, SpO2 97 % in aria ambiente.",
        "Receptförnyelse: Eliquis 5 mg 1x2 och Atorvastatin 40 mg 1x1, 90 dagar.",
        "Glasgow 15, pupillas isocóricas, sin focalidad neurológica.",
        "Ski patrol arrival 11 min after call; vacuum splint applied to the left tibia.",
        "Fall no. 3 this quarter on this unit; bed alarm and hip protectors in place.",
        "CHA2DS2-VASc 5, HAS-BLED 3; NOAC preferred over warfarin.",
        "Troponina T hs 14 -> 22 ng/L a las 3 h; ECG sin cambios.",
        "Dengue NS1 négatif, IgM négatives; chikungunya PCR en cours.",
        "Ergospirometrija: VO2 peak 18 mL/kg/min, 5,1 MET.",
        "Lot and expiry of the vaccine were checked by two nurses.",
        "Gram-negative bacilli in 2 of 2 bottles at 14 h; piperacillin-tazobactam 4,5 g every 6 h.",
        "Hb 98 g/L, MCV 79 fL, feritin 8 µg/L; peroral iron started.",
        "Paziente idoneo all'attività sportiva agonistica per 12 mesi; ECG da sforzo negativo.",
    ],
    seed=19_020,
)

F20_CONNECTORS = [": ", " br. ", " № ", " nr: ", " n. ", " nº ", " n.º ", " ~ ", " / ", " => ",
                  ":\u2002", " (nr) "]
F20_FRAMES = ["{kv}", "» {kv}", "ID-kontroll: {kv} (ok).", "Podaci: {kv}.", "{kw} ........ {v}",
              "| {kw}: {v} |", "Dati anagrafici - {kv}", "Datos: {kv}; verificado.",
              "{kw}\n    {v}", "Kontrollert mot legitimasjon - {kv}", "[x] {kv}"]
F20_AFTER = ["{v} <- {kw}", "{v} / {kw}", "{v}: that is the {kw}", "{v} (= {kw})",
             "{v} stands as {kw} on the card"]
F20_KEYWORDS = {
    "mrn": ["Br. povijesti bolesti", "ИЗ", "journalnr.", "cartella", "NHC", "processo",
            "IPP", "dossiernummer", "patient unit no.", "nosologico", "matični broj bolnice",
            "бр. историје болести", "PID"],
    "health_plan": ["MBO", "LBO", "ЛБО", "frikortnr.", "AZV-nummer", "n° sécu",
                    "tessera sanitaria", "CIP", "nº utente", "EHIC", "travel policy",
                    "здравна книжка", "carte Vitale"],
    "account": ["IBAN", "račun", "faktura nr.", "fattura", "kontonr.", "tekući račun",
                "factura nº", "bankgiro", "сметка", "bank account"],
    "licence": ["putovnica", "vozačka dozvola", "пасош", "førerkort", "körkort", "passaporto",
                "permiso de conducir", "carta de condução", "HPR-nr.", "Ordine dei Medici n.",
                "nº colegiado", "passport"],
    "vehicle": ["reg. oznaka", "рег. таблица", "рег. номер", "reg.nr", "registreringsnummer",
                "targa", "matrícula", "matricula", "plaque", "nummerplaat", "plate"],
    "device": ["serijski broj", "сериен №", "serienummer", "matricola", "número de serie",
               "número de série", "n° de série", "CoaguChek SN", "UDI", "serial"],
    "other_id": ["OIB", "JMBG", "ЕГН", "fødselsnummer", "personnummer", "sédula", "codice fiscale",
                 "NIE", "DNI", "cartão de cidadão", "NIS no.", "subject", "donor code"],
    "ssn": ["US SSN", "Social Security no", "SSN (US)"],
    "phone": ["mob.", "тел.", "mobil", "telefon", "cell.", "portable", "cellulare", "móvil",
              "telemóvel", "telefòn", "tel. kantoor", "моб."],
    "fax": ["faks", "факс", "telefaks", "télécopie", "fax n.", "fax ufficio"],
}
F20_SENTENCES = {
    "licence": ["Identitet bekreftet med førerkort {v}.",
                "Putovnica {v} ostala je na trajektu.",
                "{v} è il numero del passaporto, scaduto.",
                "The shelter logged her passport, {v}, as the only ID.",
                "Carta de condução {v} apreendida após o acidente.",
                "Prescriber {full}, nº colegiado {v}."],
    "vehicle": ["Pasienten kjørte selv, bil med reg.nr {v}.",
                "Automobil {v} parkiran ispred hitne.",
                "The rental jeep ({v}) went off the road near the crater.",
                "Targa del motorino: {v}.",
                "La ambulancia privada {v} trajo a {given}.",
                "Scooter VIN {vin} per the police form.",
                "Bilen {v} stod i garaget; hemtjänsten ringde."],
    "mrn": ["Stara povijest bolesti vodi se pod {v}.", "Journal {v} merged in DIPS.",
            "Numero nosologico {v} sul braccialetto.", "Nº de historia {v} ([[place:H. Insular]]).",
            "{v} is his unit number at the general hospital.", "История на заболяването № {v}."],
    "health_plan": ["Osiguranik HZZO, MBO {v}.", "Carte Vitale {v} non présentée.",
                    "Tessera sanitaria n. {v}, esenzione 048.", "{v} is the AZV card number.",
                    "Número de utente {v}, isento.", "Her EHIC ({v}) covers the ferry stay."],
    "account": ["Uplata na račun {v}.", "Refusjon til kontonr. {v}.",
                "Bonifico su IBAN {v} per il ticket.", "{v} - the invoice to the cruise line.",
                "La factura {v} sigue pendiente."],
    "device": ["CoaguChek-apparat serienummer {v} utlevert.",
               "Pacemaker, serijski broj {v}, provjeren.",
               "The ventilator at the shelter, serial {v}, ran on the generator.",
               "Sensore CGM {v} rimosso per la RM.", "Audífono derecho nº {v} perdido en planta."],
    "other_id": ["OIB pacijentice {v}.", "Personnummer {v}, kontrollerat mot ID-kort.",
                 "Codice fiscale {v} sulla ricetta.", "Trial subject {v} unblinded after the SAE.",
                 "NIE {v}; sin tarjeta sanitaria.", "ЕГН {v} на пациента.",
                 "Sédula {v} riba e formulario di shelter."],
    "ssn": ["His US Social Security number, {v}, was on the cruise manifest.",
            "SSN {v} for the Medicare claim back home.",
            "{v} (US SSN) copied from his Medicare letter."],
    "phone": ["Kćer {given} na {v}.", "Ring sønnen på {v} ved forverring.",
              "Chiamare la figlia al {v}.", "Rélé manman'y asi {v}.",
              "Shelter contact for {given}: {v}.", "Teléfono de la hija: {v}."],
    "fax": ["Nalaz poslan faksom na {v}.", "Svar faxas till {v}.", "Inviato via fax al {v}.",
            "Faxed to the community pharmacy on {v}."],
    "email": ["Kćer piše na {v}.", "Epikrisen sendes til {v} etter samtykke.",
              "Scrivere a {v} per il certificato.", "Renewal request came from {v}.",
              "Correo de contacto: {v}"],
    "url": ["Obitelj skuplja novac na {v}.", "Hun blogger om rehabiliteringen på {v}.",
            "The shelter photos were posted on {v}.", "Raccolta fondi: {v}"],
    "ip": ["INR-apparatet lastet opp fra {v}.", "Pristup portalu s adrese {v}.",
           "Remote monitor uploaded from {v} at 02:10.", "Accesso al FSE da {v}."],
    "zip": ["Poštanski broj {v}, {city}.", "Postnr. {v} {city}.",
            "Postnummer {v}; hemtjänstgrupp norr.", "CAP {v}, {city}.",
            "Code postal {v} ({city}).", "Código postal {v}."],
    "date": ["Primljena {v}, otpuštena nakon 9 dana.", "Fall registrert {v}.",
             "Förnyelse begärd {v}.", "Caduta in RSA il {v} 03:40.", "Llegada al aeropuerto {v}.",
             "Evacuated to the shelter {v}.", "Donor referral {v} 22:15.", "Datum rođenja: {v}.",
             "Дата на раждане: {v};", "Data di nascita: {v} (da CIE).", "SAE onset {v}."],
    "address": ["Adresa: [[address:{street} {n}]], 2. kat.",
                "Bor i [[address:{street} {n}]], 3. etasje, ingen heis.",
                "Shelter evacuee from [[address:{n} {street}]].",
                "Residenza: [[address:{street} {n}]].",
                "Domicilio: [[address:{street} {n}, {n2}º B]].",
                "Morada: [[address:{street} {n}, {n2}.º Esq.]]"],
    "place": ["Rođena u {city}, radila kao učiteljica.", "Flyttet fra {city} i fjor.",
              "Turista de {city}, en crucero.", "Nato a {city}, emigrato a [[place:Torino]].",
              "Evacuated from {city} before the storm.", "Transferred from [[place:Hospital Dr. Negrín]] for donation workup.",
              "Vient de {city} pour la rééducation cardiaque."],
    "name": ["{given} je pala u kupaonici.", "Pasienten, {full}, ønsker ikke gjenopplivning.",
             "Signora {surname} rifiuta il ricovero.", "Shelter nurse {full} did the intake.",
             "Su {rel} {given} firma el consentimiento.", "Hemtjänsten ({given}) larmade.",
             "Coordinadora: {full}.", "Mevrouw {surname} belde over de herhaalrecepten.",
             "{full} (investigator) assessed causality."],
}
F20_REFERENCES = [
    "Sličan ishod opisan je ranije (https://doi.org/10.1093/eurheartj/ehab{n}).",
    "Se oversikten https://pubmed.ncbi.nlm.nih.gov/3{n}{n}/ om fall på sykehjem.",
    "Le raccomandazioni (https://www.escardio.org/Guidelines/{n}) sono state seguite.",
]
F20_STYLES = [
    "{body}",
    "HURRICANE SHELTER CLINIC - intake\n{body}\nTriage colour: yellow. Tetanus status checked.",
    "Fallrapport (sykehjem)\n{body}\nTiltak: sengealarm, hoftebeskytter.",
    "INR-kontroll / antikoagulasjonspoliklinikk\n{body}\nNeste kontroll om 14 dager.",
    "Rinnovo piano terapeutico\n{body}\nRicetta dematerializzata inviata.",
    "Coordinación de trasplantes - nota evolutiva\n{body}",
    "SERIOUS ADVERSE EVENT REPORT (initial)\n{body}\nCausality: possibly related.",
    "Kardiološka rehabilitacija - dnevnik seanse\n{body}\nSljedeća seansa prekosutra.",
    "Fiche d'admission EHPAD\n{body}\nGIR 2.",
    "Skadeskjema - alpin skipatrulje\n{body}",
    "Receptförnyelse\n{body}\nSignerat digitalt.",
    "Patient valuables register\n{body}\nWitnessed by two staff.",
]

F20_PART = Part("fresh20", F20_VOCABULARY, F20_CONNECTORS, F20_FRAMES, F20_KEYWORDS,
                F20_SENTENCES, F20_AFTER, F20_REFERENCES, True, values=F20_VALUES,
                age=_f20_age, styles=F20_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh20-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("hr-cardiac-rehab",
     "Kardiološka rehabilitacija, seansa 4/12\n"
     "Pacijent: [[name:Tomislav Jurčević]], OIB [[other_id:48213907765]], MBO [[health_plan:175402913]]\n"
     "Datum: [[date:3. ožujka 2025]]\n"
     "Ergometar 15 min na 50 W, Borg 12, bez angine. Fizioterapeutkinja [[name:M. Šimunović]] prati "
     "tlak prije i nakon opterećenja.\n"
     "Supruga [[name:Vesna]] dolazi po njega autom ([[vehicle:RI 2214-F]]).\n"
     "Kontakt: [[phone:+385 98 441 2093]]"),
    ("sr-inr-log",
     "Антикоагулантна амбуланта - дневник INR\n"
     "Пацијент: [[name:Милица Стојковић]], ЈМБГ [[other_id:1403936715023]], ЛБО [[health_plan:10293847561]]\n"
     "| датум | INR | доза |\n"
     "| [[date:2. април 2025]] | 1,8 | 3 mg |\n"
     "| [[date:16. април 2025]] | 2,6 | 3 mg |\n"
     "Син [[name:Дејан]], тел. [[phone:+381 63 812 4470]].\n"
     "Лекар: др [[name:Н. Петковић]]"),
    ("bg-sae",
     "SERIOUS ADVERSE EVENT REPORT - follow-up 1\n"
     "Site 014, [[place:УМБАЛ „Свети Георги“]]\n"
     "Subject [[other_id:BG014-0032]], female, 67, arm B.\n"
     "Event: febrile neutropenia, onset [[date:11 март 2025]], CTCAE grade 3; resolved on day 6.\n"
     "Reporter: [[name:Радка Димитрова]], study coordinator, [[email:r.dimitrova@site014.example.org]], "
     "fax [[fax:+359 32 602 118]]\n"
     "Investigator: д-р [[name:Стоян Стоянов]]"),
    ("no-ski-patrol",
     "Skadeskjema - alpin skipatrulje\n"
     "Tid: [[date:lørdag 8. februar 2025 13:20]]\n"
     "Skadet: [[name:Eirik Haugland]], f. [[date:14.06.1958]], fødselsnummer [[other_id:14065812345]]\n"
     "Skadested: nedfart 6, ved heis 3. Mistenkt tibiafraktur venstre, vakuumskinne lagt.\n"
     "Transport med scooter til legevakten, deretter ambulanse til [[place:UNN Tromsø]].\n"
     "Vitne: [[name:Kari Solberg]], mobil [[phone:+47 918 22 640]].\n"
     "Skipatrulje: [[name:T. Lunde]]"),
    ("sv-renewal",
     "Receptförnyelse via e-tjänst\n"
     "Från: [[name:Gunnel Bergqvist]] ([[other_id:19340211-4468]])\n"
     "Meddelande: Hej, jag behöver förnya Waran och Metoprolol. Jag fyller [[age:91 år]] nästa vecka "
     "och kan inte ta mig till vårdcentralen. Hemtjänsten hämtar på apoteket.\n"
     "Svar: Förnyat 1 år. /Distriktssköterska [[name:Ylva Nyström]], [[place:Vårdcentralen Ålidhem]]"),
    ("cw-fall",
     "Rapòrt di kaida - kas di kuido\n"
     "Nòmber: [[name:Ruthmilda Isenia]], [[age:93 aña]]\n"
     "Sédula: [[other_id:1931120703]]\n"
     "Dia: [[date:5 di mart 2025]]. Ora: 04:15.\n"
     "E señora a kai den baño; no tabatin herida na kabes. Yu muhé [[name:Giselle]] a wòrdu yamá na "
     "[[phone:+599 9 461 2287]].\n"
     "Dòkter di guardia: [[name:J. Winklaar]]. Transferí na [[place:Curaçao Medical Center]] pa un rayo X "
     "di heup."),
    ("aw-herhaal",
     "Herhaalrecept aanvraag\n"
     "Patiënt: dhr. [[name:Jurick Martina]], AZV-nummer [[health_plan:AZV-408812]], geb. [[date:12 januari 1949]]\n"
     "Adres: [[address:Kaya Betico Croes 118]], [[place:Oranjestad]]\n"
     "Medicatie: metformine 500 mg 2dd1, amlodipine 5 mg 1dd1, 3 maanden.\n"
     "Terugbellen op [[phone:+297 582 3314]]. Huisarts: [[name:R. Kock]]"),
    ("lc-shelter-intake",
     "HURRICANE SHELTER CLINIC - intake form\n"
     "Shelter: primary school hall, [[place:Soufrière]]\n"
     "Name: [[name:Kervin St. Rose]]    Age: 58    DOB: [[date:22/09/1966]]\n"
     "NIS no.: [[other_id:418276]]    Tel: [[phone:1 (758) 459-7312]]\n"
     "Next of kin: sister [[name:Shermaine]] (same shelter)\n"
     "Meds lost in the flood: insulin glargine, amlodipine. Glucose 17.8 mmol/L; insulin replaced from "
     "shelter stock.\n"
     "Nurse: [[name:A. Joseph]]"),
    ("gd-shelter-register",
     "Shelter register, [[place:Grenville]] - evacuees needing medical review\n"
     "1. [[name:Agatha Mitchell]], [[age:96 yrs]], oxygen concentrator serial [[device:OC7734-21908]], "
     "needs power\n"
     "2. [[name:Cuthbert Charles]], 71, haemodialysis Mon/Wed/Fri - contact the [[place:St. George's]] unit\n"
     "3. Baby of [[name:Keisha Noel]], 3 weeks, feeding well\n"
     "Coordinator: [[name:Denise Antoine]], [[email:d.antoine@shelters.example.org]]"),
    ("gp-ehpad-admission",
     "Fiche d'admission EHPAD\n"
     "Résidente : Mme [[name:Rosette Bellerose]], née le [[date:2 février 1931]], [[age:94 ans]]\n"
     "N° sécu : [[health_plan:2 31 02 97 120 118 42]]\n"
     "Adresse antérieure : [[address:14 rue Schoelcher]], [[zip:97110]] [[place:Pointe-à-Pitre]]\n"
     "Personne de confiance : sa fille [[name:Marie-Line Bellerose]], portable [[phone:0690 41 27 88]]\n"
     "Médecin traitant : Dr [[name:Cétout]]"),
    ("mq-sms",
     "SMS reçu au cabinet, [[date:12/03/2025]] :\n"
     "« Bonjou doktè, sé [[name:Josélito Cétout]]. Manman mwen ni [[age:92 lanné]], i tonbé yè oswè, "
     "i pa ka maché. Rélé mwen asi [[phone:0696 22 18 40]] souplé. »\n"
     "Réponse envoyée : passage infirmier à domicile ce jour."),
    ("ic-donation",
     "Coordinación de trasplantes - nota\n"
     "[[date:14 de marzo de 2025 02:40]]: aviso de UCI del "
     "[[place:Hospital Universitario de Gran Canaria Doctor Negrín]].\n"
     "Posible donante: varón de 61 años, hemorragia cerebral, GCS 3. NHC [[mrn:4418207]].\n"
     "Familia: esposa [[name:Guacimara Rodríguez Déniz]] e hijo [[name:Yeray]], localizables en el "
     "[[phone:+34 628 410 377]].\n"
     "Entrevista familiar a las 09:00 con la Dra. [[name:Peñate]]; código de donante "
     "[[other_id:ONT-GC-0412]] asignado tras el consentimiento.\n"
     "Coordinadora de guardia: [[name:Nayra Suárez]]"),
    ("pt-lar-admission",
     "Ficha de admissão - lar de idosos\n"
     "Utente: [[name:Conceição de Freitas Gouveia]], [[age:97 anos]], nº utente [[health_plan:284115902]], "
     "cartão de cidadão [[other_id:08812345 6 ZX2]]\n"
     "Morada: [[address:Rua da Carreira 71, 2.º Esq.]], [[zip:9000-042]] [[place:Funchal]]\n"
     "Filho: [[name:Duarte Gouveia]], telemóvel [[phone:+351 912 440 387]]\n"
     "IBAN para a mensalidade: [[account:PT50 0035 0123 00045678901 23]]"),
    ("sc-rsa-fall",
     "Scheda segnalazione caduta - RSA\n"
     "Ospite: [[name:Lo Cascio Concetta]], [[age:95 anni]], codice fiscale [[other_id:LCSCCT30A45H163K]]\n"
     "Data e ora: [[date:venerdì 7 marzo 2025 05:10]]\n"
     "Ritrovata a terra accanto al letto; riferisce «mi scanciò 'u pedi». Nessuna ferita al capo, "
     "dolore all'anca destra assente.\n"
     "Avvisata la nipote [[name:Rosaria]] al [[phone:338 614 2207]].\n"
     "Infermiere: [[name:G. Scimeca]]"),
    ("sa-tao",
     "Centro TAO - referto\n"
     "[[name:Pinna Efisio]], nato a [[place:Nuoro]] il [[date:19/04/1939]]\n"
     "INR 3,8 (range 2,0-3,0). Warfarin: saltare la dose di oggi, poi 2,5 mg/die.\n"
     "Tessera sanitaria [[health_plan:80380001200045512345]]\n"
     "Coagulometro domiciliare, matricola [[device:UZ4418230]]\n"
     "Prossimo controllo [[date:2 aprile]]; il nipote [[name:Gavino]] ritira il referto."),
    ("co-rehab",
     "Réadaptation cardiaque - séance 9/20\n"
     "Patient : M. [[name:Ghjuvanni Santoni]], né le [[date:30 août 1947]], IPP [[mrn:200417733]]\n"
     "Vélo 25 min à 70 W, FC max 118, Borg 13. Pas de douleur thoracique.\n"
     "« Aghju u fiatu più cortu eri », dit-il ce matin.\n"
     "Son gendre le ramène à [[place:Corte]] (voiture [[vehicle:GE-418-KC]]).\n"
     "Kiné : [[name:Paoline Filippi]]"),
    ("hr-s2-email",
     "Od: [[name:Dragica Babić]] <[[email:dragica.babic@posta.example.com]]>\n"
     "Predmet: povrat troškova liječenja\n\n"
     "Poštovani, molim povrat troškova za operaciju katarakte obavljenu [[date:4. veljače 2025]] u "
     "[[place:Trstu]]. MBO: [[health_plan:163827450]]. Račun klinike u prilogu (br. "
     "[[account:R-2025/00871]]). Povrat na IBAN [[account:HR1723600001101234565]].\n"
     "S poštovanjem,\n[[name:Dragica Babić]]\n[[address:Vukovarska 58]]\n[[zip:21000]] [[place:Split]]"),
    ("rs-sports",
     "Sportska medicina - lekarsko uverenje\n"
     "Sportista: [[name:Nikola Đorđević]], JMBG [[other_id:0907004710065]], odbojka\n"
     "EKG i ehokardiografija uredni, test opterećenja 14 MET bez aritmija. Sposoban za takmičenja; "
     "važi 12 meseci.\n"
     "Kontakt roditelja: [[phone:064 218 3379]]\n"
     "Lekar: dr [[name:Jelena Marković]], broj licence [[licence:L-40117]]"),
    ("bg-valuables",
     "Опис на личните вещи при приемане\n"
     "Пациент: [[name:Стоянка Петрова Илиева]], ЕГН [[other_id:3102184471]], ИЗ № [[mrn:12873/2025]]\n"
     "- лична карта № [[other_id:645128830]]\n"
     "- мобилен телефон, IMEI [[device:356771082314569]]\n"
     "- ключове за лек автомобил [[vehicle:РВ 7741 КН]]\n"
     "- 40 лв.\n"
     "Предал: [[name:М. Колев]], приел: [[name:Д. Иванова]]"),
    ("no-fall",
     "Fallrapport\n"
     "Beboer: [[name:Solveig Haugland]], [[age:98 år]], rom 12\n"
     "Tidspunkt: [[date:søndag 16. mars 2025 02:50]]\n"
     "Funnet på gulvet ved sengen, smerter i høyre hofte, forkortet og utadrotert bein.\n"
     "Lege på vakt: [[name:Henrik Aas]]; sendt til [[place:Nordlandssykehuset Bodø]].\n"
     "Pårørende: datter [[name:Ingrid]], [[phone:+47 957 30 112]], varslet 03:30."),
    ("sv-ak-letter",
     "AK-mottagningen, [[place:Östersunds sjukhus]]\n"
     "Till: [[name:Bengt Sjöberg]]\n[[address:Kyrkgatan 41]]\n[[zip:831 34]] [[place:Östersund]]\n\n"
     "Ditt PK(INR) [[date:10 mars 2025]] var 2,3. Fortsätt Waran enligt doseringskortet. Nästa prov "
     "[[date:7 april]].\n"
     "Frågor: ring [[phone:063-15 32 80]] vardagar 8-10.\n"
     "Personnummer: [[other_id:19370822-3315]]"),
    ("nl-email-oma",
     "Van: [[email:shurendy.martina@example.net]]\n"
     "Onderwerp: afspraak voor mijn oma\n\n"
     "Goedendag, mijn oma mevrouw [[name:Winklaar]] ([[age:90 jaar]]) woont sinds kort bij ons in "
     "[[place:Rotterdam]]. Zij heeft op Curaçao een pacemaker gekregen, serienummer "
     "[[device:PJN441902S]]. Kunnen jullie die controleren? Haar BSN is [[other_id:204417385]]. "
     "Bel mij gerust op [[phone:06 41278830]].\n"
     "Groet, [[name:Shurendy Martina]]"),
    ("it-agonistica",
     "Certificato di idoneità agonistica\n"
     "Atleta: [[name:Marco Murgia]], nato il [[date:3 maggio 2009]] a [[place:Sassari]]\n"
     "Sport: calcio. ECG a riposo e da sforzo nella norma, spirometria normale. Idoneo.\n"
     "Genitore: [[name:Bonaria Murgia]], [[email:bonaria.murgia@example.com]]\n"
     "Medico dello sport: dott. [[name:Franco Deiana]], Ordine dei Medici n. [[licence:2318]]"),
    ("ic-airport",
     "Servicio médico del aeropuerto - parte de asistencia\n"
     "Pasajera: [[name:Astrid Nygård]], pasaporte noruego [[licence:FE2231947]], [[age:91 años]]\n"
     "Síncope en la zona de embarque, TA 84/50, recupera en decúbito. ECG: BAV de 2.º grado.\n"
     "Seguro de viaje nº [[health_plan:POL-NO-4471209]]. Hija [[name:Liv]]: [[phone:+47 934 08 771]].\n"
     "Trasladada al [[place:Hospital Doctor José Molina Orosa]]. Médico: [[name:A. Cabrera]]"),
    ("lc-whatsapp",
     "[09:12] [[name:Celestine]]: Mr [[name:Auguste]] from the shelter missed dialysis "
     "[[date:Tuesday 1 October]] 😟\n"
     "[09:14] [[name:Ronan Phillip]]: what's his K? send me his unit no\n"
     "[09:15] [[name:Celestine]]: [[mrn:VH-208331]] K 6.4 on the iSTAT\n"
     "[09:16] [[name:Ronan Phillip]]: ok bring him to [[place:Victoria Hospital]] now, I will call the "
     "unit on [[phone:(758) 452-2421]]"),
    ("hr-tourist",
     "Turistička ambulanta [[place:Mali Lošinj]] - protokol\n"
     "Pacijent: [[name:Klaus Berger]], njemački turist, EHIC [[health_plan:80276001230004567890]]\n"
     "Ubod morskog ježa, desno stopalo; bodlje odstranjene, ispiranje, tetanus uredan.\n"
     "Kamper [[vehicle:M-KB 4471]] u kampu; supruga [[name:Helga]] na [[phone:+49 171 4482093]].\n"
     "Liječnik: [[name:Ivo Marinić]]"),
    ("sr-transport",
     "Захтев за санитетски превоз\n"
     "Пацијент: [[name:Драгослав Милић]], ЛБО [[health_plan:21045578130]]\n"
     "Адреса: [[address:Булевар ослобођења 112, стан 7]], [[place:Нови Сад]]\n"
     "Дијализа понедељком, средом и петком у 07:00, [[place:Клинички центар Војводине]].\n"
     "Контакт: [[phone:021/455-120]]"),
    ("bg-email",
     "От: [[email:radka.dimitrova@example.org]]\n"
     "Тема: рецепта за майка ми\n\n"
     "Здравейте, д-р [[name:Тодоров]], майка ми [[name:Цветана Димитрова]] е на [[age:90 години]] и живее "
     "сама в [[place:Русе]], [[address:ул. Борисова 44]]. Моля, изпратете рецептата до аптеката. Аз съм в "
     "[[place:Torrevieja]], мобилен [[phone:+34 655 218 904]].\n"
     "Поздрави, [[name:Радка]]"),
    ("sv-memory-referral",
     "Remiss: Minnesmottagningen, [[place:Norrlands universitetssjukhus]]\n"
     "Patient: [[name:Sjöberg, Märta]], [[other_id:19300507-2284]], [[age:94 år]]\n"
     "Frågeställning: progredierande minnessvikt sedan två år, MMSE 19/30. Bor i [[place:Holmsund]] med "
     "maken [[name:Arne]] (89 år).\n"
     "Remittent: [[name:Karin Åström]], leg. läkare, [[place:Hälsocentralen Teg]]"),
    ("no-pharmacy-fax",
     "Telefaks fra apotek\n"
     "Til: fastlege [[name:Ola Brekke]], faks [[fax:77 61 48 20]]\n"
     "Anmodning om fornyelse av resept for [[name:Torbjørn Nilsen]], f.nr. [[other_id:02113048817]]: "
     "Albyl-E 75 mg, Simvastatin 20 mg. Reseptene utløper [[date:31.03.2025]].\n"
     "Farmasøyt [[name:Siri Berg]], HPR-nr. [[licence:9144712]]\n"
     "Svar til faks [[fax:77 60 22 19]]"),
    ("aw-carnival",
     "Carnaval - puesto di prome yudansa\n"
     "Ora 16:40. Hòmber di 34 aña, herida den man drechi; limpiá i sutura 4 punto.\n"
     "Nòmber: [[name:Rudsel Croes]], sédula [[other_id:1990061433]], tel. [[phone:+297 593 0147]].\n"
     "Wòrdu transportá pa [[place:Dr. Horacio E. Oduber Hospital]] pa röntgen."),
    ("gf-evasan",
     "Demande d'EVASAN\n"
     "Patient : [[name:Jean-Baptiste Mathurin]], IPP [[mrn:300127845]], n° sécu [[health_plan:1 52 07 97 302 044 19]]\n"
     "De [[place:CHOG]] ([[place:Saint-Laurent-du-Maroni]]) vers [[place:CHU de Cayenne]] : envenimation "
     "ophidienne, plaquettes 31 G/L, saignement gingival.\n"
     "Contact : épouse [[name:Nadège]], [[phone:0694 20 41 77]]. Médecin régulateur : Dr [[name:Lebon]]"),
    ("lc-workpermit",
     "Medical examination for work permit\n"
     "Applicant: [[name:Kervin Joseph]], passport [[licence:SL0442187]], DOB [[date:14-JUN-1988]]\n"
     "Chest X-ray normal; HIV and VDRL non-reactive.\n"
     "Examining physician: [[name:Marcia Henry]], [[place:Castries]]; tel [[phone:(758) 451-6022]], "
     "fax [[fax:(758) 451-6023]]"),
    ("gd-community-visit",
     "Post-hurricane community visit, [[place:Sauteurs]]\n"
     "Visited [[name:Bernadette Francis]], aged [[age:101]], at [[address:Lot 14 Rose Hill]]. Roof gone, "
     "sleeping at her grandson's.\n"
     "Oxygen concentrator not working (serial [[device:OC2291-58410]]); replacement requested.\n"
     "Grandson [[name:Dwayne]] on [[phone:(473) 442-9017]]."),
    ("sc-email-renewal",
     "Da: [[email:concetta.scimeca@example.net]]\n"
     "Oggetto: rinnovo piano terapeutico papà\n\n"
     "Gentile dottore, mio padre [[name:Salvatore Scimeca]] (nato il [[date:19 novembre 1933]]) ha "
     "bisogno del rinnovo del piano per Eliquis. Il suo codice fiscale è "
     "[[other_id:SCMSVT33S19C351Y]]. Può mandarlo alla farmacia di [[place:Acireale]]? Noi siamo a "
     "[[place:Stoccarda]] per lavoro.\nGrazie, [[name:Concetta]]\n---\n"
     "Risposta: piano rinnovato fino al [[date:30/09]]."),
    ("ic-sintrom",
     "Hoja de control de Sintrom\n"
     "[[name:Rodríguez Déniz, Pino]] - CIP [[health_plan:CANA804417223H]]\n"
     "| Fecha | INR | Dosis semanal |\n"
     "| [[date:03/02/2025]] | 2,1 | 17 mg |\n"
     "| [[date:03/03/2025]] | 3,4 | 15 mg |\n"
     "Enfermera: [[name:Candelaria Hernández]], [[place:Centro de Salud de Arucas]]"),
    ("pt-levada",
     "Relatório de ocorrência - socorro em levada\n"
     "Vítima: [[name:Hans-Peter Vogel]], turista alemão, 72 anos, passaporte [[licence:C4F9T2K71]]\n"
     "Queda de cerca de 3 m numa levada acima de [[place:Santana]]; fratura exposta do antebraço "
     "esquerdo. Helitransporte.\n"
     "Seguradora de viagem, apólice [[health_plan:POL-DE-3318820]]. Mulher [[name:Ulrike]], "
     "[[phone:+49 171 5530271]]."),
    ("no-remote-monitoring",
     "Fjernoppfølging - pacemakerpoliklinikken\n"
     "Pasient: [[name:Arnfinn Moe]], journalnr. [[mrn:7734120]]\n"
     "Hjemmemonitor serienr. [[device:RMB612088X]], siste overføring fra [[ip:10.44.7.19]] "
     "[[date:2025-03-11 04:02]].\n"
     "Batteri 7,5 år, ingen arytmiepisoder. Neste kontroll om 6 måneder."),
    ("hr-fundraising",
     "Socijalna služba - bilješka\n"
     "Obitelj [[name:Mirjane Šimunović]] prikuplja novac za prijevoz kući na "
     "[[url:https://www.example.org/pomoc-za-mirjanu]]. Kći [[name:Ana]] pita može li bolnica izdati "
     "potvrdu; upućena na [[email:ana.simunovic@example.com]] za odgovor.\n"
     "Socijalna radnica: [[name:Lidija Perić]]"),
    ("sc-us-retiree",
     "Pronto soccorso - nota per assicurazione estera\n"
     "Paziente statunitense, [[name:Frank Lo Presti]], [[age:92 years old]], residente a [[place:Ragusa]] "
     "da sei mesi. Medicare non copre il ricovero; per la richiesta di rimborso ha dato il suo SSN "
     "[[ssn:214-40-7781]].\n"
     "Moglie [[name:Dolores]], cell [[phone:+1 716 555 0148]]."),
    ("ic-us-student",
     "Medicina deportiva - valoración de retorno al juego\n"
     "Estudiante estadounidense de intercambio, [[name:Kayla Brennan-Ortiz]], 20 años. Esguince de "
     "tobillo grado II hace 4 semanas. Apta para entrenar.\n"
     "Su aseguradora pide el SSN: [[ssn:562 18 4409]]; student ID [[other_id:A01922384]]."),
    ("sv-moose",
     "Ambulansjournal, akutmottagning - överrapport\n"
     "Älgkrock på väg 95. Föraren [[name:Per Lindström]], 54 år, bälte på, airbag utlöst.\n"
     "Bil [[vehicle:KLM 48F]], VIN [[vehicle:YV1SW58D4Y2079921]] enligt polisen.\n"
     "GCS 15, smärta i sternum, troponin tas."),
    ("bg-invoice",
     "Фактура № [[account:0000418827]]\n"
     "Получател: [[name:Стоян Стоянов]], [[address:ул. Гладстон 17, ет. 3]], [[zip:4000]] "
     "[[place:Пловдив]]\n"
     "Кардиологична рехабилитация, 10 сесии - 600 лв.\n"
     "Плащане по IBAN [[account:BG80 BNBG 9661 1020 3456 78]]"),
    ("no-address-card",
     "Kontaktopplysninger oppdatert ved innleggelse\n"
     "[[name:Torbjørn Haugland]]\n[[address:Storgata 88]]\n[[zip:9008]] [[place:Tromsø]]\n"
     "Nærmeste pårørende: barnebarn [[name:Sigrid Haugland]], [[email:sigrid.haugland@epost.example]]"),
    ("cw-portal-login",
     "IT - logboek patiëntenportaal\n"
     "Inlog gebruiker [[name:Giselle Isenia]] vanaf [[ip:192.168.40.112]] om 23:14; wachtwoord gereset "
     "op verzoek. Foto's van de wond geplaatst op [[url:https://www.example.net/~gisellei/wond]] - "
     "patiënte gevraagd deze te verwijderen."),
    ("hr-clean-rehab",
     "Program kardiološke rehabilitacije: 12 seansi tijekom 4 tjedna, opterećenje od 40 do 80 W, "
     "ciljna frekvencija 60-70 % maksimalne. Borg 11-13. Edukacija o prehrani i prestanku pušenja."),
    ("no-clean-inr",
     "INR-kontroll: mål 2,0-3,0 ved atrieflimmer, 2,5-3,5 ved mekanisk mitralklaff. Ved INR over 5 "
     "uten blødning: hopp over 1-2 doser og kontroller igjen om 2-3 dager."),
    ("sv-clean-renewal",
     "Receptförnyelse kan göras via e-tjänst. Narkotikaklassade läkemedel förnyas endast efter "
     "läkarbesök. Handläggningstid 3 vardagar."),
    ("it-clean-agonistica",
     "Per l'idoneità agonistica: visita, ECG a riposo e dopo step test, spirometria ed esame urine. "
     "Sopra i 40 anni si aggiunge ECG da sforzo massimale."),
    ("es-clean-donation",
     "Protocolo de donación en asistolia controlada: limitación del tratamiento de soporte vital, "
     "5 minutos de observación tras la parada circulatoria y perfusión regional normotérmica."),
    ("fr-clean-falls",
     "Prévention des chutes en EHPAD : revue des psychotropes, chaussage, éclairage nocturne, "
     "activité physique adaptée deux fois par semaine, vitamine D 100 000 UI tous les 3 mois."),
    ("en-clean-shelter",
     "Shelter clinic stock: 20 tetanus doses, 40 insulin pens, 2 oxygen cylinders, oral rehydration "
     "salts, chlorine tablets. Generator fuel for 36 h."),
    ("bg-clean-sae",
     "Сериозно нежелано събитие: смърт, животозастрашаващо състояние, хоспитализация или "
     "удължаване на хоспитализацията, трайна инвалидност. Докладва се до 24 часа."),
    ("pap-clean-falls",
     "Pa evitá kaida: sapatu ku sola di goma, lus di anochi, no laga tapijt suelto. Bringa lijer "
     "dos biaha pa siman ku fisioterapista."),
    ("discussion-reference",
     "Falls in nursing homes were reduced by multifactorial programmes in a Cochrane review "
     "(https://doi.org/10.1002/14651858.CD005465.pub4), and the cardiac rehabilitation findings match "
     "https://pubmed.ncbi.nlm.nih.gov/33757148/.",
     "discussion"),
]

F20_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH20: tuple[Note, ...] = build(F20_PART, per_category=26, clean=120, references=8) + F20_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH20 for e in n.expected)
    print(len(FRESH20), "notes,", sum(1 for n in FRESH20 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

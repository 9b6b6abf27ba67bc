"""FRESH39: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a thirty-fifth author during the twentieth round; it is measured once, and its
result is recorded with that measurement. Its author read only tests/phi/generated.py (the
framework: Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring),
tests/phi/corpus.py (the Note type, the span conventions, parse, evaluate), the
de-identification section (5) of the project's domain notes (45 CFR 164.514(b)(2) Safe Harbor),
the module docstrings only of tests/phi/fresh16_notes.py to fresh34_notes.py (read with
ast.get_docstring), the wiring lines of fresh16_notes.py (its Part call, _letter, build and
__main__ lines, printed with grep -n and sed) and pyproject.toml's line length; not the scanner,
its patterns, name lists, model or data, its benchmark (bench/), its tests, the body of any
other fresh part (the parts being written at the same time were not opened), nor their git
history; the scanner was not run or imported while writing it, nor on its notes. Its
vocabulary, value shapes, keywords, connectors, frames, note styles and hand-written letters
are this author's own, from the settings its task named, as a worldwide case-discussion board
sees them: about half English-language settings (the Texas border: colonias of the Rio Grande
valley, ranches near the river, a nursing facility, a rollover on a farm road, with a US SSN,
Texas Medicaid, Medicare MBI, TX DL and TX plates, Spanish names in English notes; New Mexico's
pueblos and acequia villages, with an IHS chart, a tribal census number, an HC box address;
Puerto Rico in English, with a US SSN, Plan Vital, barrios and 006xx ZIP codes; Florida's
retirement towns, with Medicare, FL tags, golf-cart falls and a snowbird's son out of state;
Belize's north, with the SSB number, cane trucks and +501 phones) and half in their own
languages: Mexico (Spanish, CURP, NSS del IMSS, CLABE, cédula profesional, colonias, juntas
auxiliares, C.P.), Guatemala's highlands (Spanish with K'iche' and Kaqchikel names, DPI, IGSS,
aldeas, colegiado), Colombia (cédula de ciudadanía, EPS, "Calle 5 # 8-21", moto plates),
Chile (RUT/RUN, FONASA tramo, ISAPRE, patentes "BBDF-42", Mapuche names and comunidades),
Argentina's north (DNI, obra social, PAMI, CBU, Mercosur plates, CPA "Y4624AGB", matrícula
profesional), Cuba (carné de identidad, "e/" street lines, repartos), the Dominican Republic
(cédula, ARS, sectores), Uruguay (cédula, FONASA, matrícula), Paraguay (Spanish with Guaraní
names and a Guaraní phrase, cédula, IPS, compañías) and southern Brazil (Portuguese, CPF, CNS,
CEP, Mercosur plates, Italian and German family names). Each setting writes dates, phones,
plates and addresses its own way (US "03/14/2024" and "April 2, 1932"; "12/03/2024", "14 de
marzo de 2024", "2-mar-2024", "03-05-2024", "quinta-feira, 14/03/2024"; "(956) 381-4472",
"+501 622-4718", "(0388) 15-482-3311", "(0981) 442 318", "(54) 99912-4418"). Document types:
case-board posts, ED triage, a nursing-facility transfer form, trauma notes, home-health and
community-nurse visits, discharge summaries (nota de egreso, epicrisis, evolução), referral
sheets (hoja de referencia, derivación), a reimbursement request, WhatsApp and group chats, an
e-mail, an IT ticket, nursing notes, clean clinic and lab notes and a discussion paragraph.

Conventions (tests/phi/corpus.py's and the earlier docstrings'): a name without its title or
honorific (Dr, Dra., Mrs., Ms., Sra., Don, doña, Dona, Nurse, MD stay out); a full name in any
order is one span ("CANTÚ, Rosendo", "TREVIÑO ZAVALA María Guadalupe", "Techera Ferrando,
Nelly"); staff names and a chat's speakers are names; an identifier without its keyword (the
"M.P." before an Argentine matrícula stays out); an age over 89 with its attached unit
("91-year-old", "92 year old", "94 y/o", "90 years", "93 años", "93 anos") or the number alone
where no unit is attached ("Age: 96", "at 93", "edad: 91"); ages under 90 are not marked; a
date without its preposition ("on", "el", "em" stay out), with a weekday right before it and a
time right after it ("Tuesday, April 9, 2024", "miércoles 6 de marzo de 2024", "14/05/2024
22:10"); a year alone is not a date. The street line is one span ("Calle Maceo No. 124 e/ Frank
País y Coliseo", "HC 64 Box 12", "Rua Marechal Deodoro, 1120", "Calle 5 # 8-21"); each locality
(town, pueblo, colonia, barrio, aldea, comunidad, compañía, reparto, sector, bairro, village)
and the postcode are separate spans; a named hospital, clinic, health post or nursing facility
is a place (the whole name, also when it holds a person's or a town's name); states, provinces,
departments, counties and countries (TX, NM, PR, FL, RS, Ohio, Minnesota) are never marked, nor
ward or department names. Categories: `ssn` is a US Social Security number only (Texas, Puerto
Rican and Florida patients); other national and personal numbers (CURP, DPI, cédula, RUT/RUN,
DNI, carné de identidad, CPF, Belize SSB number, a tribal census number, an employee number)
are `other_id`; insurance numbers (Texas Medicaid, Medicare MBI, Plan Vital, NSS del IMSS,
IGSS, EPS, ISAPRE, obra social, PAMI, ARS, IPS, CNS, a private policy) are `health_plan`;
hospital, clinic and chart numbers are `mrn`; passports, driving licences, cédula profesional,
CRM, colegiado and matrícula numbers are `licence`; bank accounts, CLABE, CBU, invoices and a
cashier's account are `account`; plates and VINs are `vehicle`; pacemaker, pump, CGM,
concentrator serials, IMEIs and UDIs are `device`.

Built as build(F39_PART, per_category=26, clean=120, references=8) + F39_LETTERS. Checked
without the scanner (a throwaway script): every span's text is the note's text at its offsets
and has no surrounding blanks, no marks or slots are left in the text, no spans overlap, note
ids are unique, every category is in generated.CATEGORY_ORDER, every marked age is over 89,
builds under PYTHONHASHSEED=1 and 4242 are identical, the module imports in about 0.3 s, and
ruff passes. Deterministic: its own seed (19_039), values drawn from the builder's fixed-seed
Random, no hash-order dependence.
Counts: 50 hand-written notes (37 with identifiers, one of them a web address in a
patient_information section, 12 clean, 1 reference paragraph in a discussion); 688 notes, 141
of them (20%) without any identifier (120 generated clean notes, 8 reference notes in an
introduction or discussion, 12 clean letters, 1 reference letter), 906 spans - name 158,
address 40, place 124, zip 35, date 49, age 47, phone 49, fax 28, email 31, ssn 29, mrn 33,
health_plan 40, account 31, licence 31, vehicle 38, device 29, url 45, ip 28, other_id 41
(`python -m tests.phi.fresh39_notes` prints them).

    from tests.phi.fresh39_notes import FRESH39, F39_PART, F39_LETTERS
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


def _l(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre"]
_PT_MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
              "setembro", "outubro", "novembro", "dezembro"]
_EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
_PT_DAYS = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
            "sábado", "domingo"]


def _f39_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1926, 2025)
    hh, mi = r.randint(0, 23), r.choice((0, 5, 10, 20, 30, 40, 45, 55))
    en, es, pt = _EN_MONTHS[m - 1], _ES_MONTHS[m - 1], _PT_MONTHS[m - 1]
    return r.choice([
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{en} {d}, {y}",
        f"{en[:3]}. {d}, {y}", f"{r.choice(_EN_DAYS)}, {en} {d}, {y}",
        f"{m:02d}/{d:02d}/{y} {hh:02d}:{mi:02d}",
        f"{d:02d}/{m:02d}/{y}", f"{d} de {es} de {y}", f"{d}-{es[:3]}-{y}",
        f"{d:02d}/{es[:3].upper()}/{y}", f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}/{m:02d}/{y} {hh:02d}:{mi:02d}", f"{r.choice(_ES_DAYS)} {d} de {es} de {y}",
        f"{d:02d}/{m:02d}/{y % 100:02d}", f"{d} de {pt} de {y}",
        f"{r.choice(_PT_DAYS)}, {d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}",
    ])


def _f39_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 104)
    return r.choice([
        ("a {age} rancher from the pueblo", f"{n}-year-old"),
        ("{age} F, snowbird, lives alone in a condo", f"{n} y/o"),
        ("{age} M, Korea veteran", f"{n} yo"),
        ("aged {age}, monolingual Spanish speaker", f"{n}"),
        ("she is {age} and still drives to church", f"{n}"),
        ("paciente masculino de {age}", f"{n} años"),
        ("femenina de {age} de edad, viuda", f"{n} años"),
        ("edad: {age}", f"{n}"),
        ("abuela de {age}, solo habla k'iche'", f"{n} años"),
        ("tiene {age} y vive sola en la chacra", f"{n} años"),
        ("idosa de {age}, acamada", f"{n} anos"),
        ("paciente com {age} de idade", f"{n} anos"),
        ("a {age} great-grandmother", f"{n} year old"),
        ("adulto mayor de {age}, jubilado", f"{n} años"),
    ])


def _f39_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"({r.choice(['956', '915', '830', '361'])}) {r.randint(200, 989)}-{_d(r, 4)}",
        f"{r.choice(['505', '575'])}-{r.randint(200, 989)}-{_d(r, 4)}",
        f"(787) {r.randint(200, 989)}-{_d(r, 4)}", f"939.{r.randint(200, 989)}.{_d(r, 4)}",
        f"({r.choice(['352', '941', '863'])}) {r.randint(200, 989)}-{_d(r, 4)}",
        f"+501 {r.choice('6')}{_d(r, 2)}-{_d(r, 4)}", f"322-{_d(r, 4)}",
        f"+52 {r.choice(['55', '33', '899', '951'])} {_d(r, 4)} {_d(r, 4)}",
        f"(01 {_d(r, 3)}) {_d(r, 3)} {_d(r, 4)}",
        f"+502 {r.choice('345')}{_d(r, 3)} {_d(r, 4)}", f"{r.choice('45')}{_d(r, 3)}-{_d(r, 4)}",
        f"+57 3{_d(r, 2)} {_d(r, 3)} {_d(r, 4)}", f"(604) {_d(r, 3)} {_d(r, 4)}",
        f"+56 9 {_d(r, 4)} {_d(r, 4)}", f"(2) 2{_d(r, 3)} {_d(r, 4)}",
        f"(0387) 15-{_d(r, 3)}-{_d(r, 4)}", f"+54 9 388 {_d(r, 3)}-{_d(r, 4)}",
        f"+53 5 {_d(r, 3)} {_d(r, 4)}", f"(809) {r.randint(200, 989)}-{_d(r, 4)}",
        f"829-{r.randint(200, 989)}-{_d(r, 4)}", f"09{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}",
        f"(0981) {_d(r, 3)} {_d(r, 3)}", f"+595 21 {_d(r, 3)} {_d(r, 3)}",
        f"(54) 9{_d(r, 4)}-{_d(r, 4)}", f"+55 51 3{_d(r, 3)}-{_d(r, 4)}",
    ])


def _f39_plate(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"{_l(r, 3)}-{_d(r, 4)}", f"{_l(r, 3)}-{_d(r, 3)}", f"{_l(r, 3)} {_l(r, 1)}{_d(r, 2)}",
        f"CZL-C-{_d(r, 5)}", f"OW-C {_d(r, 5)}", f"{_l(r, 3)}-{_d(r, 3)}-{_l(r, 1)}",
        f"{_l(r, 3)}-{_d(r, 2)}-{_d(r, 2)}", f"P-{_d(r, 3)}{_l(r, 3)}", f"{_l(r, 3)} {_d(r, 3)}",
        f"{_l(r, 2, 'BCDFGHJKLPRSTVWXYZ')}·{_l(r, 2, 'BCDFGHJKLPRSTVWXYZ')}·{_d(r, 2)}",
        f"{_l(r, 4, 'BCDFGHJKLPRSTVWXYZ')}-{_d(r, 2)}", f"{_l(r, 2)} {_d(r, 3)} {_l(r, 2)}",
        f"P{_d(r, 6)}", f"{_l(r, 1)}{_d(r, 6)}", f"S{_l(r, 2)} {_d(r, 4)}",
        f"{_l(r, 4)} {_d(r, 3)}", f"{_l(r, 3)}{_d(r, 1)}{_l(r, 1)}{_d(r, 2)}",
        f"{r.choice('1235')}{_l(r, 4)}{_d(r, 2)}{_l(r, 2)}{_d(r, 8)}",
    ])


# A Medicare MBI's letters (S, L, O, I, B and Z are never used)
_MBI = "ACDEFGHJKMNPQRTUVWXY"

F39_VALUES = {
    "mrn": lambda r, h: r.choice([_d(r, 7), f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}",
                                  f"{_d(r, 6)}-{_d(r, 1)}", f"{r.randint(2015, 2025)}-{_d(r, 6)}",
                                  f"{_l(r, 1)}{_d(r, 7)}", f"{_d(r, 3)}.{_d(r, 3)}", _d(r, 8)]),
    "health_plan": lambda r, h: r.choice([
        f"5{_d(r, 8)}", _d(r, 11),
        f"{r.randint(1, 9)}{_l(r, 2, _MBI)}{r.randint(1, 9)}-"
        f"{_l(r, 1, _MBI)}{_d(r, 2)}-{_l(r, 2, _MBI)}{_d(r, 2)}",
        f"{_d(r, 4)}-{_d(r, 2)}-{_d(r, 4)}-{_d(r, 1)}", f"{_d(r, 12)}/{_d(r, 2)}",
        f"{_d(r, 2)}-{_d(r, 8)}-{_d(r, 1)}/{_d(r, 2)}",
        f"{r.choice('1278')}{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"{_d(r, 3)}-{_d(r, 5)}-{_d(r, 1)}", f"MPV{_d(r, 9)}", f"{_l(r, 3)}{_d(r, 9)}"]),
    "account": lambda r, h: r.choice([
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 11)} {_d(r, 1)}", _d(r, 10),
        f"{_d(r, 2)}-{_d(r, 5)}-{_d(r, 2)}", f"{_d(r, 4)}/{_d(r, 5)}-{_d(r, 1)}",
        f"F{_d(r, 3)}-{_d(r, 8)}", _d(r, 22), f"{_d(r, 3)}-{_d(r, 6)}-{_d(r, 2)}"]),
    "licence": lambda r, h: r.choice([
        _d(r, 8), f"{r.choice('5A')}{_d(r, 8)}", f"G{_d(r, 8)}", _d(r, 7),
        f"{_l(r, 1)}{_d(r, 3)}-{_d(r, 3)}-{_d(r, 2)}-{_d(r, 3)}-{_d(r, 1)}",
        f"{_d(r, 11)}", f"{_d(r, 5)}-{_d(r, 1)}"]),
    "vehicle": _f39_plate,
    "device": lambda r, h: r.choice([
        f"{_l(r, 3)}{_d(r, 6)}{_l(r, 1)}", _d(r, 10), f"{_l(r, 2)}-{_d(r, 4)}-{_d(r, 5)}",
        f"(01){_d(r, 14)}(21){_l(r, 2)}{_d(r, 5)}", _d(r, 15), f"{_d(r, 2)}{_l(r, 2)}{_d(r, 6)}"]),
    "other_id": lambda r, h: r.choice([
        f"{_l(r, 4)}{_d(r, 6)}{r.choice('HM')}"
        f"{r.choice(['TS', 'NL', 'CH', 'VZ', 'OC', 'MC', 'JC', 'PL'])}"
        f"{_l(r, 3, 'BCDFGHJKLMNPQRSTVWXZ')}{r.choice('0A')}{_d(r, 1)}",
        f"{_d(r, 4)} {_d(r, 5)} {_d(r, 4)}", f"{_d(r, 1)}.{_d(r, 3)}.{_d(r, 3)}.{_d(r, 3)}",
        f"{_d(r, 2)}.{_d(r, 3)}.{_d(r, 3)}", f"{r.randint(4, 25)}.{_d(r, 3)}.{_d(r, 3)}-"
        f"{r.choice('0123456789K')}", _d(r, 11), f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 1)}",
        f"{_d(r, 1)}.{_d(r, 3)}.{_d(r, 3)}-{_d(r, 1)}",
        f"{_d(r, 3)}.{_d(r, 3)}.{_d(r, 3)}-{_d(r, 2)}",
        _d(r, 9)]),
    "ssn": lambda r, h: r.choice([f"{r.randint(101, 665)}-{_d(r, 2)}-{_d(r, 4)}",
                                  f"{r.randint(581, 599)}-{_d(r, 2)}-{_d(r, 4)}",
                                  f"{r.randint(101, 665)} {_d(r, 2)} {_d(r, 4)}"]),
    "phone": _f39_phone,
    "fax": _f39_phone,
    "email": lambda r, h: r.choice(["{g}.{s}@example.com", "{g}{s}{n}@example.com.mx",
                                    "{s}.{g}@example.com.br", "{g}_{s}@example.org",
                                    "{g}{n}@example.net"]),
    "url": lambda r, h: r.choice(["https://www.example.com/{g}-{s}", "example.org/{s}{n}",
                                  "https://vaquinha.example.com.br/{g}-{s}",
                                  "http://blog.example.net/{g}{s}", "www.example.com.mx/{s}/{n}"]),
    "ip": lambda r, h: r.choice([f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"198.51.100.{r.randint(1, 254)}",
                                 f"203.0.113.{r.randint(1, 254)}",
                                 f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 65535):x}"]),
    "zip": lambda r, h: r.choice([
        f"78{_d(r, 3)}", f"{r.choice(['78', '79', '88'])}{_d(r, 3)}-{_d(r, 4)}", f"87{_d(r, 3)}",
        f"00{r.choice('679')}{_d(r, 2)}", f"3{r.choice('234')}{_d(r, 3)}", _d(r, 5), _d(r, 6),
        _d(r, 7), f"{r.choice('AJYT')}{_d(r, 4)}{_l(r, 3)}", f"9{_d(r, 4)}-{_d(r, 3)}"]),
    "date": _f39_date,
}

F39_VOCABULARY = Vocabulary(
    given=["Rosendo", "Guadalupe", "Xóchitl", "Candelario", "Delbert", "Nydia", "Ermelinda",
           "Dorothy", "Wilfredo", "Eréndira", "Ixchel", "Yeison", "Luz Dary", "Millaray",
           "Yusleidy", "Yokasta", "Arami", "Ñasaindy", "Valdir", "Lurdes", "Osmany", "Harold",
           "Tz'unun", "Anacleto", "Ivanir"],
    surnames=["Treviño", "Cantú", "Tafoya", "Naranjo", "Rivera Colón", "Lindquist", "Ek",
              "Novelo", "Tzoc", "Xicay", "Cumes", "Ospina", "Huenchumilla", "Chocobar", "Vilte",
              "Peguero", "Techera", "Benítez Ayala", "Dall'Agnol", "Schwertner", "Zanella",
              "Maldonado", "Ajanel", "Catrileo", "Bernstein"],
    cities=["Eagle Pass", "Rio Grande City", "Zapata", "Chimayó", "Truchas", "Española",
            "Utuado", "Aibonito", "Yauco", "Zephyrhills", "Sebring", "Lady Lake",
            "Orange Walk Town", "Sarteneja", "Corozal Town", "Tlacotalpan", "Zacatlán",
            "Sahuayo", "Momostenango", "Tecpán", "Patzún", "Zipaquirá", "Sogamoso",
            "Curacautín", "Pichilemu", "Humahuaca", "Tilcara", "Baracoa", "Sancti Spíritus",
            "Higüey", "Mao", "Tacuarembó", "Paysandú", "Caacupé", "Itauguá", "Bento Gonçalves",
            "Santa Cruz do Sul", "Chapecó"],
    streets=["Juárez", "Mesquite", "Acequia", "Hidalgo", "Palma Real", "Tamarindo", "Ipê",
             "Independencia", "Flamboyán", "Sarandí", "Mariscal López", "Magnolia"],
    relations=["daughter", "son", "wife", "husband", "granddaughter", "nephew", "caregiver",
               "daughter-in-law", "sister", "neighbor"],
    clean=[
        "Hb 9.1 g/dL, leucocitos 14 300/mm3, plaquetas 98 000/mm3.",
        "TA 150/90 mmHg, FC 104 lpm, FR 22 rpm, SatO2 91% aire ambiente.",
        "PA 12x8 mmHg, FC 88 bpm, Tax 37,8 °C, HGT 212 mg/dL.",
        "Glasgow 14/15, NIHSS 6, escala de Barthel 55/100.",
        "Enfermedad de Chagas crónica con miocardiopatía, FEVI 30%.",
        "Doença de Chagas forma digestiva; megacólon operado em 1998.",
        "Started on metformin 500 mg BID and glargine 12 units qHS.",
        "A1c 11.2%, LDL 164 mg/dL, eGFR 48 mL/min/1.73m2.",
        "Cough x 3 weeks; valley fever serology pending; CXR RUL infiltrate.",
        "Ceftriaxona 1 g IV c/24 h por 7 días; metronidazol 500 mg c/8 h.",
        "Gasometría: pH 7.29 / pCO2 52 / pO2 61 / HCO3 24.",
        "Insuficiencia cardíaca NYHA III; BNP 1 240 pg/mL.",
        "Síndrome de Guillain-Barré descartado; punción lumbar normal.",
        "Signo de Murphy positivo; ecografía con litiasis vesicular múltiple.",
        "Dengue con signos de alarma; hematocrito 48%, plaquetas 42 000.",
        "CURB-65 2, qSOFA 1, Wells 3 puntos.",
        "Creatinina 2,4 mg/dL (basal 1,1); potasio 5,8 mEq/L.",
        "Troponina I 0,8 ng/mL a las 6 h; ECG con infradesnivel ST en V4-V6.",
        "Parkinson disease on carbidopa/levodopa 25/100 TID.",
        "Warfarin 5 mg; INR 2.6 today, goal 2-3.",
        "Ward 4 West, bed 12; PT/OT consulted.",
        "Hemoglobina glicada 9,4%; iniciar insulina NPH 10 UI à noite.",
        "Dx: pie diabético Wagner 3; curaciones diarias.",
        "Prueba de tuberculina 15 mm; BK en esputo negativo x 3.",
        "Paciente de 78 años con EPOC GOLD 3, FEV1 38%.",
        "Follow-up in 2 weeks with repeat BMP and CBC.",
        "Tratamiento supervisado (DOTS) fase intensiva 2HRZE.",
        "Escala de Braden 12; cambio de posición cada 2 h.",
    ],
    seed=19_039,
)

F39_CONNECTORS = [": ", " ", " N° ", " nº ", " No. ", ":\n", " = ", " - ", ": #", " Nro. "]
F39_FRAMES = ["{kv}", "{kv}.", "- {kv}", "{kw}\n{v}", "| {kw} | {v} |", "Datos: {kv}.",
              "{kv} (verificado)", "• {kv}", "{kv}; sin cambios", "Registration - {kv}",
              "Identificação: {kv}"]
F39_KEYWORDS = {
    "mrn": ["MRN", "Expediente", "No. de expediente", "HC", "Historia clínica", "Ficha clínica",
            "Prontuário", "Registro hospitalario", "Chart no."],
    "health_plan": ["Texas Medicaid", "Medicaid ID", "Plan Vital", "Medicare (MBI)", "NSS",
                    "Afiliación IMSS", "EPS", "ISAPRE", "Obra social", "PAMI", "ARS", "IGSS",
                    "Cartão SUS", "CNS"],
    "account": ["Cuenta", "Account no.", "CLABE", "Cta. cte.", "Conta", "CBU", "Factura",
                "Billing acct", "Folio de cobro"],
    "licence": ["TX DL", "Driver license", "Licencia de conducir", "Pasaporte", "Passport",
                "Cédula profesional", "CRM", "Matrícula profesional", "Registro médico", "CNH"],
    "vehicle": ["Placa", "Placas", "Plate", "License plate", "Patente", "Chapa", "Matrícula",
                "Tag"],
    "device": ["Serial", "S/N", "Nº de serie", "Número de série", "Marcapasos S/N",
               "Pump serial", "Sensor", "UDI", "IMEI"],
    "other_id": ["CURP", "DPI", "Cédula", "C.C.", "RUT", "RUN", "DNI", "Carné de identidad",
                 "CI", "CPF", "SSB no.", "Employee ID"],
    "ssn": ["SSN", "Social Security", "Seguro Social (SSN)", "SS#", "Soc. Sec. No."],
    "phone": ["Tel", "Cel", "Celular", "Phone", "Cell", "Teléfono", "WhatsApp", "Fone",
              "Tel. contacto"],
    "fax": ["Fax", "Fax no.", "Fax del consultorio", "Fax (clinic)"],
}
F39_SENTENCES = {
    "name": ["Seen with {rel} {given}, who interprets.", "{full} came in by ambulance from home.",
             "Mrs. {surname} declined the flu shot again.",
             "Discussed plan with {full} at bedside.",
             "La Sra. {surname} refiere dolor abdominal de 3 días.",
             "Acompaña su hija {given}, quien traduce del k'iche'.",
             "Don {given} llegó caminando desde la aldea.",
             "{full} se presenta a control de diabetes.",
             "Dona {given} relata dispneia aos esforços.",
             "Paciente {full} internado para antibioticoterapia.",
             "Hablé con {full} por teléfono; acepta el traslado.",
             "Nurse {full} gave report at 1900.", "{given} pulled out her IV twice overnight.",
             "Ms. {surname} and her {rel} prefer Spanish.",
             "Valorado por el Dr. {surname} de guardia."],
    "address": ["Lives at [[address:{n} {street} St]], {city}, with her {rel}.",
                "Domicilio: [[address:Calle {street} {n}]], colonia Centro.",
                "{full} vive en [[address:Av. {street} #{n}]], {city}.",
                "Endereço: [[address:Rua {street}, {n}, apto {n2}]] - {city}.",
                "Home address [[address:{n} County Road {n2}]].",
                "Reside en [[address:Pasaje {street} {n}, depto. {n2}]], {city}.",
                "Dirección: [[address:Carrera {n2} # {n}-{n2}]].",
                "Found down at [[address:{n} {street} Ln, Lot {n2}]] by a neighbor.",
                "Vive en [[address:calle {street} e/ {n2} y {n}]]."],
    "place": ["Transferred from the clinic in {city}.", "Lives on a ranch outside {city}.",
              "Viene referido del centro de salud de {city}.", "Procedente de {city}.",
              "Moved down from Ohio to {city} after retiring.",
              "Trabaja en el ingenio cerca de {city}.", "Natural de {city}, agricultor.",
              "Referida do hospital de {city}.", "Recently returned from a family visit to {city}.",
              "Fue atendido primero en el puesto de salud de {city}."],
    "zip": ["Mailing address {city}, TX {v}.", "{city}, C.P. {v}", "Código postal {v}.",
            "{city} - RS, CEP {v}",
            "ZIP code on file: {v}.", "Zip {v}; no change since last visit."],
    "date": ["Admitted {v}.", "DOB: {v}", "Fecha de ingreso: {v}", "Fecha de nacimiento {v}.",
             "Egresó el {v} sin complicaciones.", "Data da internação: {v}",
             "Nascida em {v}.", "Surgery on {v} was uneventful.", "Falleció el {v}.",
             "Seen in clinic {v}.", "F. nac.: {v}", "Última consulta: {v}."],
    "email": ["Daughter asks for updates by e-mail at {v}.", "Correo de {full}: {v}",
              "Enviar resultados a {v}.", "E-mail do filho: {v}.", "Portal message sent from {v}."],
    "url": ["Family set up a fundraiser at {v}.", "La familia publicó el caso en {v}.",
            "Vaquinha online para {given}: {v}.", "He posts his glucose log on {v}."],
    "ip": ["Telehealth visit dropped; patient's connection from {v}.",
           "Acceso remoto de {full} desde la IP {v}.", "Login do portal a partir de {v}."],
    "ssn": ["SSN {v} used for {full}'s Medicare check.", "Número de Seguro Social {v} verificado.",
            "His Social Security number, {v}, was on the nursing-home form."],
    "mrn": ["{full}: old chart under MRN {v}, please merge.", "Expediente anterior {v} (2019).",
            "Prontuário {v} da internação anterior em {city}.",
            "Ficha {v} en archivo del policlínico."],
    "health_plan": ["Texas Medicaid {v} verified.", "{full}, derechohabiente IMSS, NSS {v}.",
                    "Afiliada a Plan Vital, número {v}.", "PAMI beneficio {v}.",
                    "Cartão SUS {v} conferido na recepção.", "Afiliado EPS Sanitas {v}."],
    "account": ["Deposit refunded to account {v}.", "Transferencia a la CLABE {v}.",
                "Factura {v} a nombre de {full}, pendiente de pago.",
                "Depósito na conta {v}, titular {full}."],
    "licence": ["TX driver license {v} copied for registration.",
                "Pasaporte {v} de {full} en admisión.",
                "Médico tratante Dr. {full}, cédula profesional {v}.",
                "Carteira de habilitação {v} apreendida."],
    "vehicle": ["MVC: his pickup, plate {v}, rolled on the farm road.",
                "Vehículo placas {v}, propiedad del yerno {given}.",
                "Atropellado por camioneta patente {v}.",
                "Moto placa {v} envolvida no acidente em {city}."],
    "device": ["Pacemaker serial {v} interrogated.",
               "Bomba de insulina de {given}, nº de serie {v}.",
               "Concentrador de oxigênio série {v}.", "CGM sensor {v} replaced."],
    "other_id": ["CURP {v} en la hoja frontal.", "DPI {v} presentado por la familia de {full}.",
                 "RUT {v}, FONASA tramo B.", "Cédula de identidad {v} ({full}).",
                 "CPF {v} no cadastro.",
                 "Carné de identidad {v}."],
    "phone": ["Daughter {given} at {v}.", "Llamar a la hija, {given}, al {v}.",
              "Fone do filho: {v}.",
              "Call back number {v}.", "Número de contacto del esposo: {v}."],
    "fax": ["Records faxed to Dr. {surname}'s office at {v}.", "Enviar por fax al {v}.",
            "PCP fax {v}."],
}
F39_AFTER = ["{v} ({kw})", "{v} - {kw}", "{v}, {kw} del paciente", "{v} is the {kw} on file",
             "{v} = {kw}"]
F39_REFERENCES = [
    "Similar cardiomyopathy was described (https://doi.org/10.1590/0037-8682-{n}-2019).",
    "See the series at https://pubmed.ncbi.nlm.nih.gov/{n}/ for coccidioidomycosis.",
    "Revisión: https://www.scielo.cl/scielo.php?pid=S0034-{n}&script=sci_arttext",
    "Guía de práctica clínica (https://doi.org/10.26633/RPSP.{n2}.{n}).",
]
F39_STYLES = [
    "NOTA DE EGRESO\nServicio de Medicina Interna\n{body}\nPlan: control en consulta externa.",
    "EVOLUÇÃO MÉDICA - CLÍNICA MÉDICA\n{body}\nConduta: manter antibiótico.",
    "Case board post (border clinic)\n{body}\nAny thoughts on next steps?",
    "HOJA DE REFERENCIA\n{body}\nMotivo: valoración por Cardiología.",
    "Nursing note 0700\n{body}\nFall precautions in place.",
    "[chat de guardia]\n{body}",
    "DISCHARGE SUMMARY\n{body}\nDisposition: home with home health.",
    "{body}",
    "{body}",
]
F39_PART = Part("fresh39", F39_VOCABULARY, F39_CONNECTORS, F39_FRAMES, F39_KEYWORDS,
                F39_SENTENCES, F39_AFTER, F39_REFERENCES, True, values=F39_VALUES,
                age=_f39_age, styles=F39_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh39-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("tx-colonia-case",
     "Posting for input: [[age:91-year-old]] Spanish-speaking woman from colonia [[place:Las "
     "Milpas]] near [[place:Pharr]], lives with her grandson [[name:Adrián]]. Texas Medicaid "
     "[[health_plan:521847736]], SSN [[ssn:462-81-7730]]. Came to [[place:Starr County "
     "Memorial Hospital]] on [[date:03/14/2024]] with a plantar ulcer (Wagner 3), osteo on MRI. "
     "Grandson's cell [[phone:(956) 381-4472]]. Any thoughts on limb salvage vs BKA?"),
    ("tx-ed-triage",
     "ED TRIAGE 02:40\nPt: [[name:CANTÚ, Rosendo]]   DOB [[date:11/02/1931]]   MRN "
     "[[mrn:00482231]]\nBrought by EMS from his ranch at [[address:2231 Ranch Road 481]], "
     "[[place:Quemado]] [[zip:78877]]. His pickup, [[vehicle:KRT-4471]], found nose-down in the "
     "arroyo. Wife [[name:Guadalupe]] on [[phone:(830) 757-2218]]. GCS 14, c-collar on."),
    ("tx-nursing-home-transfer",
     "TRANSFER FORM - nursing facility to ED\nResident: [[name:Herminia Garza Salinas]]   Age: "
     "[[age:96]]\nSSN [[ssn:457 21 8830]]   Medicare (MBI) [[health_plan:7FD2-QT4-MK18]]\n"
     "From [[place:Retama Manor]], [[address:1110 Hidalgo St]], [[place:Rio Grande City]] "
     "[[zip:78582]]\nSent [[date:Tuesday, April 9, 2024]] for hypoxia; DNR on file. Daughter "
     "[[name:Olga Salinas]] (POA) [[phone:956-487-3391]]."),
    ("tx-dps-crash",
     "Trauma note: unrestrained driver, [[name:Jesús Treviño]], rollover on the farm road outside "
     "[[place:Zapata]]. Trooper read TX DL [[licence:41827739]] and the truck's VIN "
     "[[vehicle:1GCHK29U47E148823]] to us. Employer (feedlot) ID [[other_id:E-20417]]. Right "
     "femur fracture, FAST negative."),
    ("nm-pueblo",
     "[[name:Delbert Naranjo]] is a [[age:92 year old]] man from [[place:Santa Clara Pueblo]], "
     "seen at [[place:Santa Fe Indian Hospital]] (chart [[mrn:114392]]); tribal census no. "
     "[[other_id:SC-04417]]. His niece [[name:Loretta Tafoya]] drove him down from "
     "[[place:Española]]; she can be reached at [[phone:505-753-9021]]. Feast-day fall, hip "
     "pain, unable to weight-bear."),
    ("nm-ranch",
     "Home visit [[date:June 3, 2024]]: [[name:Candelario Martínez]] still irrigates from the "
     "acequia at [[age:93]]. Mailing address [[address:HC 64 Box 12]], [[place:Truchas]], NM "
     "[[zip:87578]]. Sister [[name:Eloisa]] lives across the arroyo in [[place:Ojo Sarco]]. "
     "Truck [[vehicle:NMT-482]] - he should not be driving (vision 20/200)."),
    ("pr-discharge",
     "DISCHARGE SUMMARY - [[place:Hospital Pavía Hato Rey]]\nPatient: [[name:Nydia Rivera "
     "Colón]]   MRN [[mrn:2024-118830]]\nSSN [[ssn:583-44-1290]]; Plan Vital "
     "[[health_plan:MPV004412873]]\nAdmitted [[date:02/09/2024]], discharged "
     "[[date:02/15/2024]] after CAP. Lives at [[address:Calle Flamboyán 27]], "
     "[[place:Bo. Caonillas]], [[place:Utuado]], PR [[zip:00641]]; son [[name:Javier]] "
     "[[phone:(787) 894-2271]]."),
    ("pr-home-health",
     "Home health, [[place:Aibonito]]: [[name:Wilfredo Maldonado]], [[age:94 y/o]], on "
     "home O2; the generator failed during the outage on [[date:9/18/22]] and the concentrator "
     "(serial [[device:1142883OC]]) stopped. Daughter [[name:Marisol]] at "
     "[[phone:939.412.7730]] wants a backup battery."),
    ("fl-villages",
     "[[name:Dorothy Lindquist]], [[age:93]], lives at [[address:1432 Magnolia Loop]], "
     "[[place:The Villages]], FL [[zip:32162]]. Golf-cart fall on [[date:Jan. 22, 2024]]. "
     "Medicare [[health_plan:4TK9-PN2-CX71]]. Son in Minnesota, [[name:Gary]], "
     "[[phone:(612) 448-2931]]; her car (FL tag [[vehicle:QWX J84]]) is to be sold."),
    ("fl-sebring-referral",
     "REFERRAL\nTo: [[place:AdventHealth Sebring]] Cardiology - fax [[fax:(863) 402-3317]]\nRe: "
     "[[name:Ruth Kaminski]], DOB [[date:April 2, 1932]], age [[age:92]]\nPacemaker (S/N "
     "[[device:RNB418823S]]) at ERI. Please see. - [[name:Harold Bernstein]], MD, "
     "[[place:Lake Placid]] office, tel [[phone:(863) 465-0192]]."),
    ("fl-email",
     "From: [[email:gary.kaminski@example.com]]\nTo: clinic nurse line\nSubject: Mom's pills\n"
     "Mom ([[name:Ruth]]) says the new water pill makes her run to the bathroom. She is at "
     "[[address:88 Heron Way]], [[place:Zephyrhills]], if home health can stop by."),
    ("belize-north",
     "[[place:Northern Regional Hospital]], [[place:Orange Walk Town]]\n[[name:Ermelinda "
     "Novelo]], [[age:90 years]], from [[place:San Estevan]] village. SSB no. "
     "[[other_id:000418723]]. Son [[name:Wilfredo Ek]], cell [[phone:+501 622-4718]], brought "
     "her on the cane truck ([[vehicle:OW-C 14823]]) on [[date:14/02/2024]]. Stroke, R "
     "hemiparesis, BP 210/120."),
    ("belize-sarteneja",
     "Community nurse note: [[name:Marcelino Cal]], fisherman, lives on [[address:Front "
     "Street]], [[place:Sarteneja]]. Wife [[name:Aurora]] reports he fell from the dory. "
     "Referred to [[place:Corozal Community Hospital]]; phone [[phone:322-4417]]."),
    ("mx-nota-egreso",
     "NOTA DE EGRESO - [[place:HGZ No. 11]] IMSS, [[place:Piedras Negras]]\nPaciente: "
     "[[name:TREVIÑO ZAVALA María Guadalupe]]   NSS [[health_plan:4317-45-1822-3]]\nCURP "
     "[[other_id:TEZG330412MCLRVD08]]   Edad: [[age:91 años]]\nIngreso: [[date:12/03/2024]]  "
     "Egreso: [[date:19/03/2024]]\nDomicilio: [[address:Calle Allende 412]], col. "
     "[[place:Buenavista]], C.P. [[zip:26040]]\nTel. [[phone:+52 878 782 1140]]"),
    ("mx-referencia",
     "HOJA DE REFERENCIA\nUnidad: Centro de Salud de [[place:Zacatlán]]\nSe envía a "
     "[[name:Anacleto Tlapalcoyoa Flores]], de [[age:95 años]], de la junta auxiliar "
     "[[place:Xoxonacatla]], con fractura de cadera. Expediente [[mrn:CS-0482]].\nElaboró: "
     "Dra. [[name:Eréndira Huerta Solís]], céd. prof. [[licence:8841207]]."),
    ("mx-whatsapp",
     "[07:58] [[name:Xóchitl]]: la señora de la cama 6 ya tiene su CURP? "
     "[[other_id:MAHR280917MMNRRS02]]\n[08:01] [[name:Beto Zavala]]: sí, y su hija "
     "[[name:Rosario]] dejó su cel [[phone:+52 353 118 4027]]\n[08:02] [[name:Xóchitl]]: ok, "
     "viene de [[place:Sahuayo]], la pasamos a Medicina Interna"),
    ("mx-reembolso",
     "Solicitud de reembolso - seguro de gastos médicos\nAsegurado: [[name:Rodolfo Cantú "
     "Ibarra]]  Póliza [[health_plan:GMM-4418230]]\nDepositar a la CLABE [[account:012 180 "
     "00418823317 4]]\nFactura [[account:F001-00048231]] del [[date:5 de abril de 2024]]. "
     "Correo: [[email:rodolfo.cantu@example.com.mx]]; fax [[fax:(01 899) 922 4410]]."),
    ("gt-quiche",
     "[[place:Hospital Nacional de Totonicapán]]\nPaciente: [[name:Tomás Tzoc Ajanel]], "
     "[[age:94 años]], de la aldea [[place:Chuanoj]], [[place:Momostenango]]. DPI "
     "[[other_id:2417 33811 0801]]. Solo habla k'iche'; intérprete [[name:Ixkik' Cumes]]. "
     "Afiliado IGSS [[health_plan:208-44120-3]]. Ingresó el [[date:miércoles 6 de marzo de "
     "2024]] por neumonía."),
    ("gt-kaqchikel",
     "Nota de enfermería, [[place:Tecpán]]: doña [[name:Ixchel Xicay]] vino desde "
     "[[place:Patzún]] con su nieta [[name:B'atz' Sicán]], quien traduce del kaqchikel. "
     "Tel. de la nieta [[phone:5521-4470]]. Control prenatal de la nieta pendiente; la abuela "
     "con úlcera en pierna desde el [[date:14/01/2024]]. Atendió Dr. [[name:Julio Coj]], "
     "colegiado [[licence:14882]]."),
    ("co-epicrisis",
     "EPICRISIS - [[place:Hospital San Rafael de Zipaquirá]]\nPaciente: [[name:Luz Dary "
     "Ospina Cardona]]  C.C. [[other_id:20.884.312]]  Edad: [[age:92 años]]\nEPS Famisanar, "
     "afiliación [[health_plan:20884312-01]]\nDirección: [[address:Calle 5 # 8-21]], barrio "
     "[[place:San Carlos]]; Cel. [[phone:+57 312 448 2017]]\nIngreso [[date:2-mar-2024]]; "
     "egreso [[date:9-mar-2024]]."),
    ("co-moto",
     "Urgencias [[place:Hospital Regional de Sogamoso]]: motociclista [[name:Yeison Pérez "
     "Rincón]], moto placa [[vehicle:XTY 48D]], colisión con bus en la vía a [[place:Nobsa]]. "
     "Licencia [[licence:1054882731]]. Madre [[name:Gladys]] al [[phone:(608) 770 4421]]."),
    ("cl-curacautin",
     "EPICRISIS - [[place:Hospital de Curacautín]]\n[[name:Millaray Huenchumilla Catrileo]], "
     "RUT [[other_id:4.812.337-K]], FONASA tramo A, [[age:93 años]]. Comunidad "
     "[[place:Lolocura]]. Ingreso [[date:03-05-2024]]; egreso [[date:10-05-2024]]. Contacto: "
     "nieto [[name:Pablo Catrileo]], [[phone:+56 9 8812 4470]]."),
    ("cl-isapre",
     "Ficha clínica [[mrn:448213-2]] - [[place:Clínica Alemana de Temuco]]\n[[name:Osvaldo "
     "Riquelme Soto]], RUN [[other_id:6.204.118-3]], ISAPRE Banmédica contrato "
     "[[health_plan:7718423-0]]. Accidente en [[place:Pichilemu]]: su camioneta "
     "[[vehicle:BBDF-42]] chocó con un camión. Correo [[email:osvaldo.riquelme@example.org]]."),
    ("ar-jujuy",
     "[[place:Hospital Nuestra Señora del Rosario]], [[place:Abra Pampa]]\n[[name:Anacleto "
     "Vilte]], DNI [[other_id:7.341.229]], PAMI [[health_plan:150341229004/00]], [[age:95 "
     "años]]. Domicilio: [[address:Belgrano 412]], [[place:Tilcara]], CP [[zip:Y4624AGB]]. "
     "Hijo [[name:Ramón]] [[phone:(0388) 15-482-3311]]. Chagas positivo, MCP con BAV completo."),
    ("ar-salta",
     "Paciente [[name:Chocobar, Rosa Elena]], obra social OSPRERA, n.º afiliado "
     "[[health_plan:27-08114228-3/01]], vive en [[place:Cafayate]]; traída por su yerno en el "
     "auto [[vehicle:AE 482 KT]]. Matrícula profesional del médico derivante: "
     "M.P. [[licence:4521]]. Cuenta para reintegro CBU [[account:2850590940090418135201]]."),
    ("cu-baracoa",
     "[[place:Hospital General Docente Octavio de la Concepción y de la Pedraja]], "
     "[[place:Baracoa]]\nPaciente: [[name:Yusleidy Rodríguez Matos]], carné de identidad "
     "[[other_id:33041267814]], [[age:91 años]]\nDirección: [[address:Calle Maceo No. 124 e/ "
     "Frank País y Coliseo]], reparto [[place:Paraíso]]\nFamiliar: [[name:Osmany]] (hijo), "
     "[[phone:+53 5 284 1176]]"),
    ("cu-consulta",
     "Policlínico de [[place:Sancti Spíritus]], consulta de geriatría [[date:12/2/2024]]: "
     "[[name:Yoandri Castellanos]] trae a su abuela, de [[age:97 años]]; vive en "
     "[[address:Independencia Sur No. 58]]. HC [[mrn:87-3321]]."),
    ("do-higuey",
     "[[place:Hospital Nuestra Señora de La Altagracia]], [[place:Higüey]]\n[[name:Yokasta "
     "Peguero Santana]], cédula [[other_id:028-0047712-3]], ARS Senasa NSS "
     "[[health_plan:41822377]], [[age:92 años]]; sector [[place:Los Rosales]]. Tel. "
     "[[phone:(809) 554-2210]]; hijo [[name:Wanderlin]] [[phone:829-417-3305]]. Guagua "
     "placa [[vehicle:A048115]]."),
    ("do-chat",
     "Grupo residencia: el paciente de [[place:Mao]], [[name:Ramón Almonte]], se fue sin alta. "
     "Su cuenta en caja es [[account:00448213]]. Correo de la hija: "
     "[[email:yanet.almonte@example.net]]."),
    ("uy-tacuarembo",
     "[[place:Hospital Regional Tacuarembó]] - Medicina\n[[name:Techera Ferrando, Nelly]], C.I. "
     "[[other_id:1.447.228-3]], FONASA, [[age:96 años]]. Domicilio [[address:Sarandí 417]], "
     "[[place:Paso de los Toros]] [[zip:45100]]. Tel. [[phone:099 417 223]]. Llegó el "
     "[[date:14/05/2024 22:10]] en el auto del vecino, matrícula [[vehicle:SCB 4417]]."),
    ("py-caacupe",
     "[[place:Hospital Regional de Caacupé]]\nPaciente: [[name:Arami Benítez Ayala]], C.I. "
     "[[other_id:2.318.447]], asegurada IPS [[health_plan:0231844701]]. Vive en la compañía "
     "[[place:Cabañas]] con su hija [[name:Ñasaindy]]. Refiere \"hasy che py'a\" desde hace 3 "
     "días. Tel. [[phone:(0981) 442 318]]; moto de la hija [[vehicle:AAKD 482]]."),
    ("py-itaugua",
     "Derivación al [[place:Hospital Nacional de Itauguá]]: don [[name:Ramón Yegros]], "
     "[[age:90 años]], de [[place:San Bernardino]]; chofer de la ambulancia [[name:Tupã "
     "Benítez]]. Ingreso [[date:jueves 8 de febrero de 2024]]."),
    ("br-bento",
     "EVOLUÇÃO - [[place:Hospital Tacchini]]\n[[name:Valdir Dall'Agnol]], [[age:93 anos]], "
     "CPF [[other_id:412.337.890-21]], CNS [[health_plan:702 4018 3371 2294]]\nEndereço: "
     "[[address:Rua Marechal Deodoro, 1120]], bairro [[place:Cidade Alta]], [[place:Bento "
     "Gonçalves]] - RS, CEP [[zip:95700-042]]\nFilha [[name:Lurdes]]: [[phone:(54) "
     "99912-4418]]"),
    ("br-santa-cruz",
     "Internado em [[date:quinta-feira, 14/03/2024]] no [[place:Hospital Santa Cruz]], "
     "prontuário [[mrn:1188423]]: [[name:Ivanir Schwertner]], plantador de fumo de "
     "[[place:Linha Santa Cruz]], intoxicação por organofosforado. Carro [[vehicle:IST4C21]]. "
     "E-mail da neta: [[email:eloa.schwertner@example.com.br]]."),
    ("br-chapeco-whatsapp",
     "[21:14] [[name:Zanella]]: o senhor do leito 12 é o [[name:Ivo Kunz]], [[age:98 anos]], "
     "veio de [[place:Xaxim]]\n[21:16] [[name:Eloá]]: a família mandou a vaquinha "
     "[[url:https://vaquinha.example.com.br/ivo-kunz]] no grupo\n[21:17] [[name:Zanella]]: "
     "ok, conta para doação [[account:0412/44823-1]]"),
    ("board-telehealth-it",
     "IT ticket: video visit for [[name:Harold Kowalski]] ([[place:Sebring]]) kept dropping; "
     "his tablet was on [[ip:192.168.4.77]], the clinic gateway on [[ip:203.0.113.58]]. "
     "Device IMEI [[device:356938035643809]]. His blog: [[url:http://blog.example.net/"
     "haroldk]]."),
    ("history-url",
     "The patient, a retired teacher, wrote about her illness at "
     "[[url:https://www.example.com/nydia-lupus]].", "patient_information"),
    # clean notes
    ("clean-tx-wound",
     "WOUND CARE CLINIC - FOLLOW-UP\nCharcot foot R, Wagner 2 plantar ulcer 2.1 x 1.4 cm. "
     "A1c 10.4%, ABI 0.92. Offloading with TCC; silver alginate. Return in 1 week."),
    ("clean-mx-urgencias",
     "SERVICIO DE URGENCIAS ADULTOS\nDx: Síndrome de Guillain-Barré, escala de Hughes 3. "
     "Inmunoglobulina IV 0,4 g/kg/día x 5 días. CVF 1,8 L. Glasgow 15/15. Paciente de 64 años."),
    ("clean-gt-chagas",
     "CONSULTA EXTERNA - MEDICINA INTERNA\nEnfermedad de Chagas crónica, signo de Romaña "
     "ausente. ECG: BRDHH + HBAI. Benznidazol 5 mg/kg/día por 60 días. Hb 11,2 g/dL."),
    ("clean-cl-upc",
     "UNIDAD DE PACIENTE CRÍTICO\nSOFA 9, APACHE II 22. Noradrenalina 0,2 mcg/kg/min, "
     "PAM 65. VM: PEEP 10, FiO2 0,5, PaFi 140. Lactato 3,1 mmol/L. Hantavirus IgM pendiente."),
    ("clean-ar-cardio",
     "CARDIOLOGÍA - INTERCONSULTA\nMiocardiopatía chagásica, FEY 28%, NYHA III. Enalapril "
     "10 mg c/12 h, carvedilol 6,25 mg c/12 h, espironolactona 25 mg/día. BNP 1180 pg/mL."),
    ("clean-br-hansen",
     "AMBULATÓRIO DE DERMATOLOGIA\nDoença de Hansen multibacilar, índice baciloscópico 3+. "
     "PQT-MB dose 6/12. PA 14x9 cmHg, FC 78 bpm. Sinal de Lasègue negativo."),
    ("clean-cu-geriatria",
     "SALA DE MEDICINA INTERNA - SERVICIO DE GERIATRÍA\nSíndrome de Sjögren y enfermedad de "
     "Parkinson. Índice de Katz B, escala de Lawton 3/8. Levodopa/carbidopa 250/25 mg 1/2 tab "
     "c/8 h."),
    ("clean-do-lab",
     "LABORATORIO CLÍNICO\nHb 10,2 g/dL, VSG 48 mm/h, Coombs directo negativo. Leptospira IgM "
     "reactiva 1/320. Creatinina 2,8 mg/dL, CPK 1 850 U/L."),
    ("clean-uy-diabetes",
     "POLICLÍNICA DE DIABETES\nHbA1c 8,9%, microalbuminuria 45 mg/g. Fondo de ojo: "
     "retinopatía no proliferativa leve. Metformina 850 mg c/12 h; glibenclamida suspendida."),
    ("clean-pr-dialysis",
     "DIALYSIS RUN SHEET - Chair 4\nPre-weight 72.4 kg, post 70.1 kg; UF 2.3 L. BFR 400, DFR "
     "600, 2K/2.5Ca bath. Kt/V 1.4. Heparin 2000 units bolus. BP 148/82 -> 122/70."),
    ("clean-fl-memory",
     "MEMORY CLINIC\nMoCA 18/30, MMSE 21/30, CDR 1. Impression: Lewy body dementia vs "
     "Alzheimer disease. Donepezil 5 mg qHS; avoid haloperidol. Patient is 84."),
    ("clean-bz-fever",
     "FEVER CLINIC - DISTRICT LAB\nDengue NS1 positive, malaria smear negative x 2, "
     "platelets 88 x10^9/L. Hct 44%. Oral fluids 2.5 L/day; paracetamol 1 g q6h."),
    ("reference-discussion",
     "Discussion: Chagas cardiomyopathy in Latin American migrants has been reviewed "
     "(https://doi.org/10.1371/journal.pntd.0007001) and the Texas data agree "
     "(https://pubmed.ncbi.nlm.nih.gov/31234567/).", "discussion"),
]

F39_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH39: tuple[Note, ...] = build(F39_PART, per_category=26, clean=120, references=8) + F39_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH39 for e in n.expected)
    print(len(FRESH39), "notes,", sum(1 for n in FRESH39 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

"""FRESH19: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a fifteenth author, who read only tests/phi/generated.py (the framework:
Vocabulary, Part, build, CATEGORY_ORDER, its parts and its module docstring), tests/phi/corpus.py
(the Note type, the span conventions, parse, evaluate), the domain rules (45 CFR 164.514(b)(2)
Safe Harbor, as restated in the project's domain notes), the module docstrings of
tests/phi/fresh16_notes.py, fresh17_notes.py and fresh18_notes.py (their conventions and
settings) and the layout of fresh16_notes.py (how its Part, build and letters are wired, not
its vocabulary, templates or letters); not the scanner, its patterns, name lists, model or data,
its benchmark (bench/), its tests, the body of any other fresh part (fresh20, written at the
same time, included), nor their git history; the scanner was not run while writing it, nor on
its notes, nor imported. Its vocabulary, value shapes, keywords, connectors, frames, note styles
and hand-written letters are this author's own, from settings that generated.py's docstring and
fresh16-18's do not name (Congo-Brazzaville was left out: generated.py names "Congolese"
notes): Chad (French and Chadian Arabic names, NNI, CNI, mutuelle cards, "ans"), Niger (French
and Hausa, "shekaru", Hausa months "14 ga Oktoba 2024"), the Central African Republic (French and
Sango, "ngu"), Equatorial Guinea (Spanish, DIP, INSESO), São Tomé and Príncipe (Portuguese, BI),
Guinea-Bissau (Portuguese and Kriol, BI, "anos"), Guinea (Conakry) (French, NIN), Malawi
(English and Chichewa, national ID, ART numbers, "zaka", Chichewa months "12 Malichi 2025"),
Namibia (English, Afrikaans and Oshiwambo, 11-digit ID, PSEMAS, "jaar oud", "omido", Afrikaans
months, erf addresses), Botswana (Setswana, Omang, BOMAID and BPOMAS, "dingwaga", Setswana months
"19 Tlhakole 2025"), Réunion (French and Réunion Creole, NIR/carte Vitale, IPP, 974xx postcodes,
0692 mobiles, "an", Creole months), Mayotte (French and Shimaore, 976xx, 0639 mobiles), and
migrants from these in French (Marseille), Portuguese (Lisbon area: utente SNS, NIF, Cartão de
Cidadão, 4-3 postcodes), Spanish (Madrid area: NIE, tarjeta sanitaria, NHC) and South African
(Johannesburg: 13-digit ID, medical aid, SAPS case numbers, HPCSA) hospitals, with US SSNs for
a Peace Corps volunteer, a mine contractor and tourists. Document types: CMAM (PCIMA/URENI)
registers, malaria RDT logs, cholera treatment centre sheets, snakebite registers, mine shaft
occupational health notes, air ambulance manifests, prison clinic notes (a maison d'arrêt, a
Portuguese prison), refugee camp health post forms, obstetric fistula repair lists, eye camp
cataract lists, community mental health follow-up, tele-radiology reports, laboratory
requisitions, death notifications, OCR'd scans (O and 0, I and 1 confused), a WhatsApp thread
in Réunion Creole, an SMS, an e-mail, an insurer claim, an invoice, a J88 medico-legal form, a
handover table, a case history in a patient_information section and a discussion paragraph.

Conventions (tests/phi/corpus.py's and fresh16's docstring's): a name without its title or
honorific (Dr, Mme, Ma, Mr stay out) or relation word (fils, nkhoswe, rangwane, mãe); a full
name in any order is one span ("NGAÏKOUMON Blaise", "Payet Marie-Annick", "Crescencio Esono
Ndong"); staff names, also with initials ("N. Ngarlejy", "R. van der Merwe"), speakers in a
thread and names in tables are names; an identifier without its keyword; an age over 89 with its
attached unit in any language ("93 ans", "90 anos", "100 años", "93 jaar oud", "94 an",
"94 years", "92-year-old") or the number alone where the unit comes before it or there is none
("shekaru 97" -> "97", "zaka 91" -> "91", "dingwaga di le 96" -> "96", "ngu 94" -> "94",
"womido 91" -> "91", "96F" -> "96"); ages under 90 are not marked; a date without its
preposition ("le", "em", "on" stay out; the "ga" of "14 ga Oktoba 2024" is inside), a weekday
right before it and a time right after it ("mardi 9 mars 1971", "Sun 16 Jun 2024 02:30",
"12/08/2024 03h40"); French, Portuguese, Spanish, Afrikaans, Setswana, Chichewa, Hausa and
Réunion Creole dates and OCR'd dates ("O4/O5/2O23") are dates; a year alone is not. The street
line is one span ("Rua Elias Garcia, 114, 2º Esq.", "Erf 1187, Hosea Kutako Street", "Plot 12,
Area 25", "B.P. 547"); each locality (town, village, quartier, barrio, camp, suburb) and the
postcode are separate spans; a named hospital, clinic or health centre is a place (the whole
name: "CSI Mirriah", "Hôpital de District d'Am Timan", "CHM"); regions, provinces, prefectures,
districts of the first level, states and countries (Ohio, São Tomé e Príncipe, Botswana) are
never marked. Categories: `ssn` is a US Social Security number only; other national numbers
(NNI, CNI, NIN, DIP, BI, Malawian ID, Namibian ID, Omang, SA ID, NIF, Cartão de Cidadão, NIE,
proGres and ration card numbers, prison and inmate numbers, mine company numbers, police case
numbers) are `other_id`; insurance numbers (NIR on the carte Vitale, utente SNS, tarjeta
sanitaria, medical aid and medical scheme numbers, BOMAID, PSEMAS, INSESO, mutuelle cards) are
`health_plan`; hospital, clinic, CMAM register, CTC, ART, eye camp and fistula list numbers are
`mrn`; passports, driving licences, professional registrations (RPPS, HPCSA, colegiado) and
death certificate numbers are `licence`; IBANs, accounts and invoices are `account`; plates
(a relative's bakkie, a taxi, a haul truck) and VINs are `vehicle`; pacemaker and lead serials,
IOL lots, hearing aids, oxygen concentrators, insulin pumps and UDIs are `device`.

Built as build(F19_PART, per_category=26, clean=120, references=8) + F19_LETTERS (54
hand-written notes: 44 with identifiers, one of them a case history in the patient's history
section, 9 clean, 1 reference paragraph in a discussion): 692 notes, 138 of them (20%) without any
identifier (120 generated clean notes, 8 reference notes in an introduction or discussion, 9
clean letters, 1 reference letter), 869 spans - name 139, address 33, place 122, zip 31, date
50, age 38, phone 44, fax 29, email 29, ssn 28, mrn 40, health_plan 36, account 32, licence 34,
vehicle 30, device 32, url 45, ip 29, other_id 48 (`python -m tests.phi.fresh19_notes` prints
them). Checked without the scanner (a throwaway script): every span's text is the note's
text at its offsets and has no surrounding blanks, no marks or slots are left in the text, no
spans overlap, note ids are unique, every category is in generated.CATEGORY_ORDER, every marked
age is over 89, every ssn has the US shape, and builds under PYTHONHASHSEED=1 and 2 are
identical. Deterministic: its own seed (19_019), values drawn from the builder's fixed-seed
Random, no hash-order dependence. Not wired into any test or bench: measure it once.

    from tests.phi.fresh19_notes import FRESH19, F19_PART, F19_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import CATEGORY_ORDER, Part, Vocabulary, build


def _n(r: random.Random, k: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(k))


def _a(r: random.Random, k: int, alphabet: str = "ABCDEFGHJKLMNPRSTVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(k))


_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
       "octobre", "novembre", "décembre"]
_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
       "outubro", "novembro", "dezembro"]
_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]
_AF = ["Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus", "September",
       "Oktober", "November", "Desember"]
_TN = ["Ferikgong", "Tlhakole", "Mopitlwe", "Moranang", "Motsheganong", "Seetebosigo", "Phukwi",
       "Phatwe", "Lwetse", "Diphalane", "Ngwanatsele", "Sedimonthole"]
_NY = ["Januwale", "Febuluwale", "Malichi", "Epulo", "Meyi", "Juni", "Julayi", "Ogasiti",
       "Seputembala", "Okutobala", "Novembala", "Disembala"]
_HA = ["Janairu", "Fabrairu", "Maris", "Afrilu", "Mayu", "Yuni", "Yuli", "Agusta", "Satumba",
       "Oktoba", "Nuwamba", "Disamba"]
_RC = ["zanvié", "févrié", "mars", "avril", "mé", "zuin", "zuiyé", "out", "sektanm", "oktob",
       "novanm", "désanm"]
_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_DIAS = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"]


def _date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1926, 2025)
    hh, mm = r.randint(0, 23), r.choice((0, 10, 20, 35, 45, 55))
    return r.choice([
        f"{d:02d}/{m:02d}/{y}", f"{d} {_FR[m - 1]} {y}", f"{r.choice(_JOURS)} {d} {_FR[m - 1]} {y}",
        f"{d:02d}/{m:02d}/{y} {hh:02d}h{mm:02d}",
        f"{d} de {_PT[m - 1]} de {y}", f"{r.choice(_DIAS)}, {d:02d}-{m:02d}-{y}",
        f"{d} de {_ES[m - 1]} de {y}", f"{d:02d}-{m:02d}-{y} {hh:02d}:{mm:02d}",
        f"{d} {_AF[m - 1]} {y}", f"{d} {_TN[m - 1]} {y}", f"{d} {_NY[m - 1]} {y}",
        f"{d} ga {_HA[m - 1]} {y}", f"{d} {_RC[m - 1]} {y}", f"{d}-{_EN[m - 1]}-{y % 100:02d}",
        f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y}", f"{d:02d} {_FR[m - 1][:3]}. {y}",
        f"{_FR[m - 1]} {y}", f"{d:02d}{_EN[m - 1].upper()}{y}",
    ])


def _age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 106)
    sex = r.choice("MF")
    return r.choice([
        ("femme de {age}, évacuée par la piste", f"{n} ans"), ("âge déclaré : {age}", f"{n}"),
        ("homem de {age}, acamado", f"{n} anos"), ("mujer de {age}, sin acompañante", f"{n} años"),
        ("oupa is {age} en woon alleen", f"{n} jaar oud"), ("tsohuwa mai shekaru {age}", f"{n}"),
        ("mayi wa zaka {age}, akugona pansi", f"{n}"),
        ("mogolo wa dingwaga di le {age}", f"{n}"), ("granmoun lé {age}, li marche pi", f"{n} an"),
        ("{age}" + sex + ", cataracte mûre OD", f"{n}"), ("idade: {age}", f"{n} anos"),
        ("wali ya lo yeke na ngu {age}", f"{n}"), ("omukulunhu womido {age}", f"{n}"),
        ("patient aged {age}, frail, on the manifest", f"{n}"), ("a {age} ex-miner", f"{n}-year-old"),
        ("bibi {age}, Shimaore seulement", f"{n} ans"), ("edad {age}", f"{n}"),
    ])


def _phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"+235 6{_n(r, 1)} {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}", f"+227 9{_n(r, 1)} {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}",
        f"+236 7{_n(r, 1)} {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}", f"+240 222 {_n(r, 3)} {_n(r, 3)}",
        f"+239 99{_n(r, 1)} {_n(r, 4)}", f"+245 95 {_n(r, 3)} {_n(r, 4)}",
        f"(+224) 62{_n(r, 1)} {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}",
        f"0{r.choice(('88', '99'))}{_n(r, 1)} {_n(r, 3)} {_n(r, 3)}",
        f"+265 {r.choice(('88', '99'))}{_n(r, 1)} {_n(r, 3)} {_n(r, 3)}",
        f"081 {_n(r, 3)} {_n(r, 4)}", f"+264 81 {_n(r, 3)} {_n(r, 4)}", f"+267 7{_n(r, 1)} {_n(r, 3)} {_n(r, 3)}",
        f"0692 {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}", f"+262 262 {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}",
        f"0639 {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}", f"06.{_n(r, 2)}.{_n(r, 2)}.{_n(r, 2)}.{_n(r, 2)}",
        f"+351 91{_n(r, 1)} {_n(r, 3)} {_n(r, 3)}", f"6{_n(r, 2)} {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}",
        f"082 {_n(r, 3)} {_n(r, 4)}", f"+27 (0)72 {_n(r, 3)} {_n(r, 4)}",
    ])


def _fax(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"+235 22 {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}", f"+227 20 {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}",
        f"+265 1 {_n(r, 3)} {_n(r, 3)}", f"061 {_n(r, 3)} {_n(r, 4)}", f"+267 39{_n(r, 1)} {_n(r, 4)}",
        f"02 62 {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}", f"02 69 {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}",
        f"04 91 {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}", f"+351 21 {_n(r, 3)} {_n(r, 4)}",
        f"91 {_n(r, 3)} {_n(r, 2)} {_n(r, 2)}", f"011 {_n(r, 3)} {_n(r, 4)}", f"(021) {_n(r, 3)}-{_n(r, 4)}",
    ])


F19_VALUES = {
    "mrn": lambda r, h: r.choice([
        f"{_n(r, 2)}/{_n(r, 5)}", f"{r.randint(18, 25)}-{_n(r, 5)}", f"QE{_n(r, 6)}",
        f"KCH/{_n(r, 4)}/{r.randint(18, 25)}", f"{_n(r, 3)}.{_n(r, 3)}.{_n(r, 3)}", _n(r, 10),
        f"PMH{_n(r, 7)}", f"HC-{_n(r, 6)}", f"{_n(r, 4)}-{_n(r, 3)}-{_n(r, 1)}", f"OTP-{_n(r, 3)}/{_n(r, 2)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{r.choice('12')} {_n(r, 2)} {r.randint(1, 12):02d} 97{r.choice('46')} {_n(r, 2)} {_n(r, 3)} {_n(r, 2)}",
        f"{_n(r, 3)} {_n(r, 3)} {_n(r, 3)}", f"{_a(r, 4)}{_n(r, 6)}{_n(r, 2)}{_a(r, 1)}",
        f"{_n(r, 9)}", f"BM{_n(r, 7)}", f"NMC{_n(r, 6)}-{_n(r, 2)}", f"INS-{_n(r, 6)}",
        f"MUT/{_n(r, 4)}/{r.randint(18, 25)}", f"{_n(r, 8)}/0{r.randint(1, 5)}",
        f"{r.choice('12')}{_n(r, 12)}{_n(r, 2)}"]),
    "account": lambda r, h: r.choice([
        f"FR76 3000 {_n(r, 4)} {_n(r, 4)} {_n(r, 4)} {_n(r, 4)} {_n(r, 3)}",
        f"PT50 0035 {_n(r, 4)} {_n(r, 4)} {_n(r, 4)} {_n(r, 4)} {_n(r, 1)}",
        f"ES{_n(r, 2)} 2100 {_n(r, 4)} {_n(r, 2)} {_n(r, 10)}", _n(r, 10), f"10{_n(r, 8)}",
        f"FAC-{r.randint(2019, 2025)}-{_n(r, 5)}", f"{r.randint(2019, 2025)}/INV/{_n(r, 5)}",
        f"AC{_n(r, 7)}", f"{_n(r, 4)}-{_n(r, 4)}-{_n(r, 2)}-{_n(r, 10)}"]),
    "licence": lambda r, h: r.choice([
        f"{_n(r, 2)}{_a(r, 2)}{_n(r, 5)}", f"{_a(r, 1)}{_n(r, 6)}", f"A0{_n(r, 7)}",
        f"MP {_n(r, 7)}", f"{_n(r, 11)}", f"{r.randint(2018, 2025)}/DC/{_n(r, 5)}",
        f"{_a(r, 2)}{_n(r, 7)}", f"28/{_n(r, 5)}", f"{_n(r, 4)} {_n(r, 4)} {_a(r, 2)}{_n(r, 2)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{_a(r, 2)}-{_n(r, 3)}-{_a(r, 2)}", f"{_a(r, 2)}-{_n(r, 2)}-{_a(r, 2)}",
        f"{_n(r, 4)} {_a(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}", f"{_a(r, 2)} {_n(r, 3)}-{_n(r, 3)}",
        f"{_a(r, 2)} {_n(r, 2)} {_a(r, 2)} GP", f"N {_n(r, 5)} W", f"B {_n(r, 3)} {_a(r, 3)}",
        f"{r.choice(('BT', 'LL', 'ZA', 'MZ', 'KU'))} {_n(r, 4)}", f"{_n(r, 1)}{_a(r, 1)} {_n(r, 4)} RN",
        f"{_n(r, 4)} {_a(r, 1)}{_n(r, 1)}"]),
    "device": lambda r, h: r.choice([
        f"{_a(r, 3)}{_n(r, 6)}{_a(r, 1)}", f"{_n(r, 2)}{_a(r, 2)}{_n(r, 6)}",
        f"(01){_n(r, 14)}(21){_n(r, 6)}", f"{_a(r, 2)}-{_n(r, 6)}", f"{_n(r, 4)}-{_n(r, 4)}-{_a(r, 1)}",
        f"{_a(r, 1)}{_n(r, 9)}"]),
    "other_id": lambda r, h: r.choice([
        _n(r, 10), f"{_n(r, 3)}-{_n(r, 4)}-{_n(r, 3)}", f"{_n(r, 4)}/{_a(r, 1)}{_n(r, 5)}",
        f"{_a(r, 4)}{_n(r, 1)}{_a(r, 1)}{_n(r, 1)}{_a(r, 1)}",
        f"{_n(r, 2)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_n(r, 5)}",
        f"{_n(r, 4)}{r.choice('12')}{_n(r, 4)}",
        f"{_n(r, 2)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_n(r, 4)}0{_n(r, 2)}",
        f"{_n(r, 8)} {_n(r, 1)} {_a(r, 2)}{_n(r, 1)}", f"{r.choice('XYZ')}{_n(r, 7)}{_a(r, 1)}",
        f"{_n(r, 3)}-{_n(r, 2)}C{_n(r, 5)}", f"{_n(r, 3)}/{r.randint(1, 12):02d}/{r.randint(2019, 2025)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}"]),
    "phone": _phone,
    "fax": _fax,
    "email": lambda r, h: r.choice([
        "{g}.{s}@example.com", "{s}{n}@example.org", "{g}_{s}@mail.example.net",
        "{g}{n}@hopital.example.fr", "{s}.{g}@example.co.za", "dr.{s}@saude.example.pt"]),
    "url": lambda r, h: r.choice([
        "https://www.example.org/cagnotte/{g}-{s}", "example.com/vakinha/{g}{n}",
        "http://{s}.example.net/blog", "https://gofund.example.com/help-{g}-{s}-{n}",
        "www.example.co.za/{s}/photos"]),
    "ip": lambda r, h: r.choice([
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
        f"203.0.113.{r.randint(1, 254)}", f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 65535):x}"]),
    "zip": lambda r, h: r.choice([
        f"974{_n(r, 2)}", f"976{_n(r, 2)}", f"13{_n(r, 3)}", f"{_n(r, 4)}-{_n(r, 3)}", f"28{_n(r, 3)}",
        f"{r.randint(1, 9)}{_n(r, 3)}", f"34{_n(r, 3)}"]),
    "date": _date,
}

F19_VOCABULARY = Vocabulary(
    given=["Mahamat", "Achta", "Djimadoum", "Haoua", "Hadiza", "Boubacar", "Ramatou", "Zeinabou",
           "Faustin", "Clarisse", "Teodora", "Crescencio", "Leonel", "Filomena", "Domingos", "Nhima",
           "Fatoumata Binta", "Mamadou Saliou", "Chikondi", "Tiwonge", "Madalitso", "Ndapewa",
           "Tangeni", "Kagiso", "Boitumelo", "Onalenna", "Jean-Yves", "Marie-Annick", "Anrafa",
           "Zaïna", "Soilihi", "Mariamou"],
    surnames=["Nodjitoloum", "Ngakoutou", "Abakar", "Soumana", "Maïnassara", "Ngaïkoumon", "Yakité",
              "Nsue Mba", "Esono Ndong", "Bragança", "Ceita", "Nanque", "Sanhá", "Embaló", "Diallo",
              "Kourouma", "Mwale", "Kumwenda", "Nyirenda", "Shikongo", "Nghipondoka", "van Wyk",
              "Kgosimore", "Mogapi", "Payet", "Hoarau", "Técher", "Attoumani", "Ahamada", "Combo"],
    cities=["Moundou", "Abéché", "Bongor", "Zinder", "Maradi", "Agadez", "Berbérati", "Bambari",
            "Bata", "Ebebiyín", "Neves", "Guadalupe", "Bafatá", "Gabú", "Labé", "Nzérékoré",
            "Mzuzu", "Mangochi", "Dedza", "Oshakati", "Rundu", "Katima Mulilo", "Maun", "Serowe",
            "Molepolole", "Saint-Pierre", "Le Tampon", "Mamoudzou", "Koungou", "Amadora",
            "Getafe", "Musina", "Marseille"],
    streets=["Avenue Charles de Gaulle", "Rue du Marché", "Rua Amílcar Cabral", "Calle de la Libertad",
             "Kamuzu Procession Road", "Sam Nujoma Drive", "Rue des Bougainvilliers", "Chemin Piton"],
    relations=["fils", "fille", "épouse", "mari", "irmão", "sobrinha", "hija", "nkhoswe", "grand-mère",
               "rangwane", "tante", "voisin"],
    clean=[
        "PB 108 mm, P/T < -3 z-score, œdèmes bilatéraux +; test d'appétit ATPE réussi.",
        "TDR paludisme positif (Pf); ASAQ 3 jours, 1re dose supervisée.",
        "Plan B SRO: 75 mL/kg en 4 h; selles riz 6 fois/24 h; Ringer 100 mL/kg plan C.",
        "Snakebite: 20WBCT non coagulable; antivenin 10 flacons; ptose bilatérale.",
        "Silicose? CXR ILO 2/1 q/q; FEV1 68% predicted; TB GeneXpert MTB not detected.",
        "SpO2 86% on ground, 94% at cruise on 4 L/min; cabin altitude 6000 ft.",
        "Fístula vesicovaginal tipo IIAa (Waaldijk); sonda Foley 14 dias.",
        "VA 3/60 OD, 6/18 OS; IOL +21.5 D; SICS sans complication.",
        "PHQ-9 18; amitriptyline 25 mg nocte; next home visit in 2 weeks.",
        "CT: hyperdense MCA sign; ASPECTS 7; no midline shift.",
        "Hb 6.4 g/dL (HemoCue); TDR négatif; transfusion 20 mL/kg de sang total.",
        "CD4 212 cells/uL; TLD started; CPT continued; viral load due at month 6.",
        "MUAC 11.2 cm, WFH -3.4; RUTF 200 kcal/kg/day; amoxicillin 7 days.",
        "Glasgow 11; convulsions x2; artesunate IV 2.4 mg/kg à H0, H12, H24.",
        "Dialyse: Kt/V 1.1; UF 2.8 L; héparine 3000 UI en bolus.",
        "Ver protocolo nacional: ciprofloxacina dose única; contactos com doxiciclina.",
        "Nivel de conciencia: Glasgow 14; pupilas isocóricas; sin déficit focal.",
        "Gravida 6 para 5; labour 3 days at home; stillbirth; VVF on day 9.",
        "Scorpion sting grade II; prazosin 30 mcg/kg; no pulmonary oedema.",
        "Bloedsuiker 14.2 mmol/L; HbA1c 9.1%; metformien 850 mg bd.",
        "K-Othrine impregnated nets distributed: 2 per household.",
        "The air ambulance diverted due to weather; ETA 45 min; ground team on standby.",
        "Inmate reviewed in cell block; hunger strike day 6; ketones 3+.",
        "Ratio cas/décès CTC: 2.1%; chloration des puits à 0.5 mg/L.",
        "Grade 2 leprosy disability excluded; skin smear negative.",
        "Pressão arterial 160/100 mmHg; proteinúria ++; sulfato de magnésio esquema Zuspan.",
        "Serial lactates 5.8, 3.9 and 2.2 mmol/L over 12 hours.",
        "No. of RDTs done: 48; positive: 31; invalid: 1.",
        "Cage 4, bed 7; reviewed on the evening round at 18:30.",
        "Box 3 of the eye camp: 62 cataracts operated, 3 posterior capsule ruptures.",
    ],
    seed=19_019,
)

F19_CONNECTORS = [" n° ", " : ", ": ", " nº ", " no. ", " — ", " >> ", " · ", "\n", " = ", "  ",
                  " (", " -- ", ":\t"]
F19_FRAMES = ["{kv}", "{kv} ;", "▪ {kv}", "{kw} ........ {v}", "|{kw}|{v}|", "Réf. adm.: {kv}",
              "{kv} (vu pièce)", "{kv} [OCR]", "{kw}\n  {v}", "Registre: {kv} - ok",
              "Manifest line 2 - {kv}", "{kv}, confirmado na triagem."]
F19_AFTER = ["{v} ({kw})", "{v} <- {kw}", "{v}, {kw} du malade,", "{v} = {kw} on card",
             "{v} (ver {kw})"]
F19_KEYWORDS = {
    "mrn": ["N° dossier", "NIP", "IPP", "Processo", "NHC", "Hosp. no.", "Folder no",
            "N° registre PCIMA", "Nº de historia", "Camp no.", "ART no", "N° CTC"],
    "health_plan": ["N° sécu", "Carte Vitale", "Nº utente", "Tarjeta sanitaria", "CIP",
                    "Medical aid no.", "BOMAID", "PSEMAS", "N° mutuelle", "INSESO", "Medical scheme"],
    "account": ["Facture n°", "IBAN", "Conta", "Cuenta", "Acc no.", "Invoice", "N° de compte",
                "Recibo", "Compte patient"],
    "licence": ["Passeport", "Passaporte", "Pasaporte", "Permis de conduire", "Carta de condução",
                "HPCSA reg.", "RPPS", "Nº colegiado", "Acte de décès n°", "Driver's licence"],
    "vehicle": ["Immatriculation", "Matrícula", "Reg.", "Plaque", "Number plate", "Nommerplaat",
                "VIN", "Placa"],
    "device": ["N° série", "Nº série", "Número de serie", "Serial", "Lot IOL", "S/N", "UDI"],
    "other_id": ["NNI", "CNI", "BI", "DIP", "NIE", "Omang", "ID no.", "Cartão de Cidadão",
                 "proGres", "Matricule", "Inmate no.", "Company no.", "Case no.", "NIN"],
    "ssn": ["SSN", "US SSN", "Social Security"],
    "phone": ["Tél.", "Tel.", "Telemóvel", "Móvil", "Cell", "Portable", "Nambala ya foni",
              "Mogala", "Contacto"],
    "fax": ["Fax", "Télécopie", "Fax nº", "Fax no."],
}

F19_SENTENCES = {
    "mrn": ["Enfant admis en URENI sous le n° {v}, mère {given} présente.",
            "Doente com processo {v} no arquivo; pedir o antigo.",
            "Re-admitted under the old folder {v}; merge requested.",
            "Ficha {v} del registro de mordeduras de serpiente.",
            "Cataract list: {full}, camp no. {v}, right eye.",
            "Carnet ART {v} retrouvé dans le sac de {given}."],
    "health_plan": ["Affiliée CGSS, carte Vitale {v}, droits ouverts.",
                    "Utente do SNS nº {v}, médico de família atribuído.",
                    "BOMAID member {v}; pre-authorisation for the flight obtained.",
                    "Medical aid {v} declined the claim for {full}.",
                    "Mutuelle de santé de {city}, carte {v}."],
    "account": ["Facture {v} adressée à la famille de {full}.",
                "Transferência para a conta {v} confirmada.",
                "Cuenta {v}: pagado por la ONG.",
                "Mine payroll account {v} to be debited for the co-payment."],
    "licence": ["Passeport {v} retenu par la police aux frontières.",
                "Driver's licence {v} found in the cab of the truck.",
                "Certidão de óbito nº {v} emitida pelo conservador.",
                "Signed by Dr {full}, HPCSA {v}.",
                "Pasaporte {v} caducado; consulado avisado."],
    "vehicle": ["Accident de moto {v} contre un minibus, casque absent.",
                "Chegou na carrinha {v} do irmão.",
                "The haul truck {v} rolled in pit 3.",
                "Snakebite victim brought in the pick-up {v} by {given}.",
                "Ambulancia privada, placa {v}, sin camilla.",
                "Taxi-brousse {v} renversé sur la route de {city}."],
    "device": ["Stimulateur cardiaque n° série {v}, interrogé: batterie OK.",
               "Concentrador de oxigénio {v} emprestado pela ONG.",
               "Hearing aid {v} lost during the transfer.",
               "IOL lot {v} implanted OD.",
               "Bomba de insulina {v} retirada antes del vuelo."],
    "other_id": ["Réfugié enregistré proGres {v}, arrivé en convoi.",
                 "Omang {v} verified at the gate.",
                 "Prisoner {full}, inmate no. {v}, seen in the clinic.",
                 "NIE {v}; empadronado desde hace un año.",
                 "Company number {v} - underground team B.",
                 "Police case {v} opened after the assault."],
    "ssn": ["Peace Corps volunteer; US SSN {v} for the FECA claim.",
            "American contractor at the mine, SSN {v}, evacuated by air.",
            "Tourist from Ohio, social security {v} on the travel-insurance form.",
            "SSN {v} on the US Embassy form for {full}."],
    "phone": ["Appeler le fils {given} au {v}.", "Contactar a sobrinha pelo {v}.",
              "Llamar a la hija al {v} si empeora.", "Nkhoswe {given}: {v}.",
              "WhatsApp {v} (mari).", "Rangwane can be reached on {v}."],
    "fax": ["Résultats faxés au {v}.", "Enviado por fax para {v}.",
            "Fax the death notification to {v}.", "Compte rendu transmis par fax: {v}."],
    "email": ["Envoyer le compte rendu à {v}.", "A filha escreveu de {v}.",
              "Report e-mailed to {v}.", "Correo del hijo: {v}"],
    "url": ["La famille a ouvert une cagnotte: {v}.", "Vídeo do acidente publicado em {v}.",
            "His story is on {v}.", "Página de donaciones {v}"],
    "ip": ["Téléradiologie: image envoyée depuis {v}.", "PACS upload from {v} failed twice.",
           "Acesso remoto do {v} ao prontuário.", "Login from {v} at the health post."],
    "zip": ["Domicilié à [[place:Saint-Pierre]] {v}.", "Código postal {v}.",
            "Adresse: [[place:Koungou]] {v}", "Postal code {v}, [[place:Musina]]."],
    "date": ["Admis le {v}.", "Né le {v}.", "Data de nascimento: {v}", "Fecha de ingreso: {v}",
             "Date of bite {v}.", "Décès constaté le {v}.", "| Entrée | {v} |",
             "Evacuated {v}.", "Opéré le {v}, sortie J3."],
    "address": ["Domicile: [[address:{n}, {street}]], quartier {city}.",
                "Mora na [[address:{street}, nº {n}]].",
                "Vive en [[address:Calle de la Libertad {n}, 2º B]].",
                "Lives at [[address:Plot {n}, Area {n2}]] with the nkhoswe.",
                "Adresse: [[address:B.P. {n}]]",
                "Erf [[address:{n} Sam Nujoma Drive, Flat {n2}]] - lives with sister."],
    "place": ["Évacué de {city} par la route.", "Chegou de {city} há três semanas.",
              "Procedente de {city}, sin familia en España.", "Farmer from a village near {city}.",
              "Réfugié venant de {city}.", "Referred from {city} health centre."],
    "name": ["{full}, 6 mois, admis pour MAS.", "Mère: {given}.", "{given} refuse la sonde.",
             "Acompanhado pelo {rel} {given}.", "La paciente {full} llegó en patera.",
             "Discussed with {full} ({rel}).", "Ma {surname} speaks only Chichewa.",
             "Interprète: {full}.", "Dr {surname} a opéré.", "Détenu {full}, cellule 4."],
}

F19_REFERENCES = [
    "Cf. le protocole national PCIMA (https://www.who.int/publications/i/item/{n}) pour les seuils.",
    "A série de casos (https://doi.org/10.1016/S0140-6736({n2})00{n}-1) mostrou o mesmo.",
    "See the pooled analysis at https://pubmed.ncbi.nlm.nih.gov/{n}{n}/ on antivenom dosing.",
]

F19_STYLES = [
    "REGISTRE PCIMA - UNTA / URENI\n{body}\nSortie: guéri si P/T >= -1,5 z deux pesées.",
    "MALARIA RDT LOG (health post)\n{body}\nStock: 1 box left; report to DHO weekly.",
    "CENTRE DE TRAITEMENT DU CHOLÉRA - FICHE D'ADMISSION\n{body}\nDéshydratation: sévère. Plan C.",
    "SNAKEBITE REGISTER\n{body}\nSpecies: unknown; no snake brought.",
    "OCCUPATIONAL HEALTH - SHAFT CLINIC\n{body}\nFit for surface work only.",
    "AIR AMBULANCE MANIFEST / HANDOVER\n{body}\nCrew: 1 pilot, 1 flight nurse; oxygen 2 cylinders.",
    "PRISON HEALTH CARE UNIT - CLINICAL NOTE\n{body}\nEscort required for outside appointment.",
    "POSTE DE SANTÉ - CAMP DE RÉFUGIÉS\n{body}\nÀ revoir dans 48 h.",
    "LISTA DE REPARAÇÃO DE FÍSTULAS\n{body}\nAnestesia: raqui. Cateter 14 dias.",
    "EYE CAMP - CATARACT LIST\n{body}\nPost-op day 1: VA improved, drops issued.",
    "SALUD MENTAL COMUNITARIA - SEGUIMIENTO\n{body}\nPróxima visita domiciliaria en 15 días.",
    "TELE-RADIOLOGY REPORT\n{body}\nReported remotely; no prior for comparison.",
    "DEMANDE D'EXAMENS DE LABORATOIRE\n{body}\nPrélèvement: tube EDTA + sec.",
    "DEATH NOTIFICATION\n{body}\nCause (a): septic shock; (b): perforated typhoid.",
    "[scan p.1/2 - OCR]\n{body}\n[illisible] ... sig. ___",
    "{body}",
]

F19_PART = Part("fresh19", F19_VOCABULARY, F19_CONNECTORS, F19_FRAMES, F19_KEYWORDS,
                F19_SENTENCES, F19_AFTER, F19_REFERENCES, True, values=F19_VALUES, age=_age,
                styles=F19_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh19-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("cmam-register",
     "REGISTRE URENI - formation sanitaire: [[place:CS Bongor Urbain]]\n"
     "| N° | Nom de l'enfant | Mère | Entrée | PB | Issue |\n"
     "| [[mrn:URN-0417/24]] | [[name:Abakar Mahamat Issa]] | [[name:Achta Zenaba]] | [[date:03/02/2024]] | 104 mm | guéri |\n"
     "| [[mrn:URN-0418/24]] | [[name:Hawa Djimadoum]] | [[name:Ndolassem Rachel]] | [[date:04/02/2024]] | 98 mm | transféré |\n"
     "Responsable: [[name:N. Ngarlejy]], infirmier."),
    ("rdt-log",
     "Malaria RDT log - village clinic, [[place:Makhwira]]\n"
     "1. [[name:Limbani Phiri]], 7y, RDT Pf+, LA given\n"
     "2. [[name:Chisomo Banda]], 23y, RDT neg, referred\n"
     "3. [[name:Grace Mhango]], 4y, RDT Pf+, danger signs - rectal artesunate, to [[place:Chikwawa District Hospital]]\n"
     "Signed [[name:Yamikani Gondwe]], HSA. Phone [[phone:0999 412 037]]."),
    ("ctc-sheet",
     "CENTRE DE TRAITEMENT DU CHOLÉRA\nSite: [[place:Gaya]]\n"
     "Nom: [[name:Garba Hamani]]   Âge: 34 ans   Sexe: M\n"
     "Village: [[place:Tounga]]   N° CTC: [[mrn:CTC-GY-0291]]\n"
     "Entrée: [[date:12/08/2024 03h40]]   Plan C, Ringer 8 L/24 h.\n"
     "Accompagnant: [[name:Zeinabou Garba]] (épouse), tél. [[phone:+227 96 48 12 07]]."),
    ("snakebite",
     "Snakebite register, [[place:Onandjokwe Hospital]]\n"
     "Patient: [[name:Hileni Iipumbu]], omukulunhu womido [[age:91]]\n"
     "Bitten [[date:14 Februarie 2025]] in the mahangu field at [[place:Onayena]]; brought by grandson "
     "[[name:Tangeni Haufiku]] in the bakkie [[vehicle:N 41877 W]].\n"
     "20WBCT clotted. Observed 24 h. No antivenom."),
    ("mine-oh",
     "SHAFT CLINIC - OCCUPATIONAL HEALTH\n"
     "Employee: [[name:Tshepo Mothibi]]  Company no. [[other_id:JW-004417]]  Omang [[other_id:582413918]]\n"
     "Medical scheme: BPOMAS [[health_plan:BP0211938-01]]\n"
     "Audiogram: 4 kHz notch bilaterally, 35 dB. Refer ENT [[place:Princess Marina Hospital]].\n"
     "Examiner: [[name:K. Sebina]], OMP."),
    ("air-manifest",
     "AIR AMBULANCE MANIFEST\n"
     "Pax 1: [[name:Onalenna Kgosimore]] - patient, DOB [[date:1958-06-22]], Omang [[other_id:419521873]]\n"
     "Pax 2: [[name:Lorato Kgosimore]] - escort (daughter), cell [[phone:+267 72 118 904]]\n"
     "From [[place:Maun]] airstrip to [[place:Gaborone]]; receiving: [[place:Bokamoso Private Hospital]].\n"
     "Flight nurse [[name:R. van der Merwe]]."),
    ("prison",
     "Clinique de la Maison d'arrêt - note\n"
     "Détenu: [[name:NGAÏKOUMON Blaise]], écrou n° [[other_id:MA-2291/23]]\n"
     "Né le [[date:mardi 9 mars 1971]] à [[place:Bossangoa]].\n"
     "Toux depuis 5 semaines, GeneXpert demandé. Escorte: gendarme [[name:Yakité]]."),
    ("refugee-post",
     "POSTE DE SANTÉ - CAMP DE [[place:Gado]]\n"
     "Nom: [[name:Clarisse Sanzé]]   proGres: [[other_id:281-24C05716]]   Ration card [[other_id:GD-44-1209]]\n"
     "Lo yeke na ngu 27 (déclaré).\n"
     "TDR positif. ASAQ. Interprète Sango: [[name:Jean-Bosco Gbazi]]."),
    ("fistula",
     "LISTA DE REPARAÇÃO DE FÍSTULAS - [[place:Hospital Nacional Simão Mendes]]\n"
     "1. [[name:Nhima Sanhá]], 19 anos, VVF, proc. [[mrn:113.402.877]], de [[place:Bafatá]]\n"
     "2. [[name:Augusta Nanque]], 31 anos, VVF+RVF, proc. [[mrn:113.402.905]], de [[place:Canchungo]]\n"
     "3. [[name:Quintina Có]], 45 anos, recidiva, proc. [[mrn:113.399.014]]\n"
     "Cirurgião: [[name:Domingos Embaló]]."),
    ("eye-camp",
     "EYE CAMP [[place:Nkhata Bay]] - CATARACT LIST day 2\n"
     "| Camp no | Name | Age | Eye | IOL lot |\n"
     "| [[mrn:NB-061]] | [[name:Esnart Chirwa]] | [[age:92]] | R | [[device:LX2319004-A]] |\n"
     "| [[mrn:NB-062]] | [[name:Wyson Kaunda Msiska]] | 67 | L | [[device:LX2319011-C]] |\n"
     "Surgeon: [[name:T. Nyasulu]]."),
    ("mh-followup",
     "SALUD MENTAL COMUNITARIA - [[place:Getafe]]\n"
     "Paciente: [[name:Teodora Nsue Obono]], natural de [[place:Ebebiyín]]; NIE [[other_id:Y4418207K]]\n"
     "Tarjeta sanitaria [[health_plan:MDRD180422719N]]. Vive en [[address:Calle de Madrid 41, 3º izda]], "
     "[[zip:28902]] [[place:Getafe]].\n"
     "Acude con su hermana [[name:Pilar]]. Sin ideación autolítica."),
    ("teleradiology",
     "TELE-RADIOLOGY REPORT\nRequesting site: [[place:Hôpital Régional de Zinder]]  "
     "Patient: [[name:Soumana Oumarou]]  N° dossier [[mrn:ZR-24-11872]]\n"
     "Study received [[date:2024-11-05 22:14]] from [[ip:198.51.100.47]].\n"
     "CT head: left frontal extradural haematoma 18 mm. Urgent neurosurgical transfer.\n"
     "Reported by [[name:M. Lefebvre]], RPPS [[licence:10003875412]]."),
    ("lab-request",
     "DEMANDE D'EXAMENS - [[place:CHU Félix Guyon]]\n"
     "Patient: [[name:HOARAU Jean-Yves]]   IPP [[mrn:8800412937]]\n"
     "Né le [[date:17/10/1949]]   N° sécu [[health_plan:1 49 10 974 11 208 37]]\n"
     "Adresse: [[address:12 chemin Piton Bloc]], [[place:Le Tampon]] [[zip:97430]]\n"
     "Examens: NFS, CRP, sérologie leptospirose, dengue NS1."),
    ("death-notification",
     "DEATH NOTIFICATION - [[place:Kamuzu Central Hospital]]\n"
     "Deceased: [[name:Madalitso Kumwenda]], male, [[age:94 years]]\n"
     "Date and time of death: [[date:22 Aug 2024 05:10]]\n"
     "Certificate no. [[licence:2024/DC/04417]]; informant: [[name:Chikondi Kumwenda]] (son), "
     "[[phone:+265 888 204 771]].\n"
     "Home village: [[place:Mitundu]]."),
    ("ocr-scan",
     "[scan p.1 - OCR]\nH0PITAL DE D1STRICT DE [[place:MOUNDOU]]\n"
     "Nom : [[name:NODJITOLOUM Esther]]   Age : [[age:93 ans]]\n"
     "Date adm : [[date:O4/O5/2O23]]  N° : [[mrn:MD 2O23-1187]]\n"
     "Diag : AVC ischémique ?  [illisible] ... sig. Dr [[name:Allamine]]"),
    ("whatsapp-reunion",
     "[WhatsApp] Équipe mobile psy Sud\n"
     "[08:12] [[name:Ludovic Grondin]]: Mme [[name:Técher]] la pa pri son tretman depi 3 zour\n"
     "[08:15] [[name:Sully Nativel]]: ok mi passe à [[address:45 rue des Bougainvilliers]] vers 10h\n"
     "[08:16] [[name:Ludovic Grondin]]: son fille [[name:Marie-Annick]] i répond au [[phone:0692 41 07 88]]\n"
     "[11:02] [[name:Sully Nativel]]: vu, halopéridol repris, RAS"),
    ("sms-mayotte",
     "SMS PMI [[place:Chirongui]] -> sage-femme\n"
     "Bonjour, [[name:Mariamou Ahamada]] G5P4, 34 SA, TA 165/110, céphalées. Transfert [[place:CHM]] ? "
     "Mari [[name:Ousseni Combo]] au [[phone:0639 27 14 60]]. Elle parle shimaore seulement.\n"
     "-> Oui, SAMU prévenu."),
    ("email-lisbon",
     "De: [[email:ines.fonseca@saude.example.pt]]\nPara: Triagem (urgência)\n"
     "Assunto: doente de São Tomé e Príncipe - evacuação sanitária\n\n"
     "Colegas, segue o caso de [[name:Edite Ceita]], [[age:90 anos]], natural de [[place:Neves]], "
     "com processo [[mrn:201.884.117]] no [[place:Hospital Garcia de Orta]]. Nº utente "
     "[[health_plan:284 117 306]]; passaporte [[licence:P0441782]]. A sobrinha [[name:Filomena Bragança]] "
     "mora em [[address:Rua Elias Garcia, 114, 2º Esq.]], [[zip:2700-327]] [[place:Amadora]], telemóvel "
     "[[phone:+351 913 220 476]].\nCumprimentos,\n[[name:Inês Fonseca]]"),
    ("insurance-claim-za",
     "MEDICAL AID CLAIM - [[place:Chris Hani Baragwanath Hospital]]\n"
     "Member: [[name:Tiwonge Nyirenda]]  Membership no. [[health_plan:412887305]] dep 02\n"
     "SA ID / passport: Malawian passport [[licence:MA0417732]]\n"
     "Account [[account:7700188204]]; ICD-10 S72.0, ORIF left hip.\n"
     "Fax claims to [[fax:011 933 4470]]."),
    ("medico-legal-za",
     "J88 - medico-legal examination, [[place:Hillbrow]]\n"
     "Complainant: [[name:Boitumelo Sebina]], Botswana national, Omang [[other_id:702418322]]\n"
     "SAPS case no. [[other_id:CAS 214/06/2024]]; examined [[date:Sun 16 Jun 2024 02:30]] "
     "at [[place:Hillbrow Community Health Centre]].\n"
     "Injuries: 4 cm laceration scalp; bruising left forearm. Examiner: [[name:N. Mokoena]], "
     "HPCSA [[licence:MP 0712448]]."),
    ("eq-guinea",
     "[[place:HOSPITAL REGIONAL DE BATA]] - HOJA DE EVOLUCIÓN\n"
     "Paciente: [[name:Crescencio Esono Ndong]], DIP [[other_id:004418231]], asegurado INSESO "
     "[[health_plan:INS-220418]]\n"
     "Ingreso [[date:3 de marzo de 2024]]: fiebre, TDR positivo. Hijo [[name:Salvador]] "
     "tel. [[phone:+240 222 418 907]].\nDomicilio: barrio [[place:Ncolombong]]."),
    ("stp",
     "[[place:Hospital Dr. Ayres de Menezes]] - guia de transferência\n"
     "Doente: [[name:Aurélio Neto]], BI [[other_id:103447]], natural de [[place:Guadalupe]]\n"
     "Admitido [[date:quinta-feira, 11-07-2024]]. Drepanocitose, crise vaso-oclusiva.\n"
     "Contacto: mãe [[name:Leopoldina Sacramento]], [[phone:+239 990 7415]]."),
    ("guinea-conakry",
     "[[place:Hôpital National Ignace Deen]] - Compte rendu opératoire\n"
     "Opéré: [[name:Mamadou Saliou Diallo]], NIN [[other_id:224018831907]], de [[place:Labé]]\n"
     "Date: [[date:lundi 6 mai 2024]]. Hernie inguinale étranglée, résection grêle 20 cm.\n"
     "Chirurgien: [[name:A. Kourouma]]. Famille: frère [[name:Alpha Oumar Bah]], "
     "[[phone:(+224) 622 18 40 77]]."),
    ("chad-referral",
     "[[place:Hôpital de District d'Am Timan]] -> [[place:Hôpital de la Renaissance]]\n"
     "Référence de [[name:Haoua Mahamat Saleh]], [[age:95 ans]], NNI [[other_id:4410287735]], "
     "domiciliée au quartier [[place:Goz Amir]].\n"
     "AVC probable le [[date:2 juin 2024]]. Évacuée dans le véhicule [[vehicle:4417 A4]] du chef de canton.\n"
     "Carte de mutuelle [[health_plan:MUT/0887/24]]."),
    ("niger-hausa",
     "[[place:CSI Mirriah]] - fiche de consultation\n"
     "Sunan mara lafiya: [[name:Hadiza Maman Sani]]; tsohuwa mai shekaru [[age:97]]\n"
     "An haife ta: 1927. Zazzabi, tari. Ranar zuwa: [[date:14 ga Oktoba 2024]].\n"
     "Jikan ta [[name:Ibrahim Garba]]: [[phone:+227 90 41 22 18]]."),
    ("malawi-chichewa",
     "[[place:Zomba Mental Hospital]] - community follow-up\n"
     "Name: [[name:Madalitso Chirwa]]; ART no [[mrn:ZA-04417]]; National ID [[other_id:MKVT4Y7P]]\n"
     "Home visit [[date:12 Malichi 2025]] at [[place:Thondwe]]. Mayi wake akuti akugona bwino.\n"
     "Nkhoswe [[name:Yohane Chirwa]] - [[phone:0888 412 093]]."),
    ("namibia-afrikaans",
     "[[place:Katutura Intermediate Hospital]] - verwysingsbrief\n"
     "Pasiënt: [[name:Johanna van Wyk]], [[age:93 jaar oud]], ID [[other_id:31042700418]]\n"
     "Adres: [[address:Erf 1187, Hosea Kutako Street]], [[place:Khomasdal]]\n"
     "PSEMAS [[health_plan:NMC418233-01]]. Opgeneem [[date:3 Maart 2025]] met heupfraktuur.\n"
     "Dogter [[name:Anneke Pretorius]]: [[phone:081 277 4190]]."),
    ("botswana-setswana",
     "[[place:Scottish Livingstone Hospital]] - [[place:Molepolole]]\n"
     "Leina: [[name:Kefilwe Mogapi]]; Omang [[other_id:618225407]]\n"
     "Mogolo wa dingwaga di le [[age:96]]; o tsile ka [[date:19 Tlhakole 2025]].\n"
     "Ngwana wa gagwe [[name:Mpho Mogapi]]: [[phone:+267 74 660 281]]. BOMAID [[health_plan:BM0418270]]."),
    ("marseille",
     "[[place:Hôpital de la Timone]] - lettre de sortie\n"
     "Cher confrère, j'ai revu Mme [[name:Achta Abakar]], tchadienne, le [[date:14/01/2025]]. "
     "CNI tchadienne [[other_id:0418/A22871]]; AME en cours. Elle est hébergée chez son cousin "
     "[[name:Idriss Abakar]], [[address:27 boulevard National]], [[zip:13003]] [[place:Marseille]].\n"
     "Tél. [[phone:06.41.77.20.18]]. Bien confraternellement, Dr [[name:C. Roussel]]."),
    ("madrid-patera",
     "[[place:Hospital Universitario de Getafe]] - Urgencias\n"
     "Paciente llegado en cayuco: [[name:Ousmane Baldé]], refiere 17 años; pasaporte guineano "
     "[[licence:R1120447]]. Sin tarjeta sanitaria; NHC [[mrn:HC-441820]].\n"
     "Cuenta para el ayuntamiento: [[account:ES72 2100 4418 20 0200418837]].\n"
     "Contacto del primo [[name:Thierno Baldé]]: [[email:thierno.balde@example.org]]."),
    ("us-peace-corps",
     "Medical evacuation note - [[place:Lilongwe]]\n"
     "Volunteer: [[name:Rachel Kowalski]], US citizen, SSN [[ssn:219-44-8127]]\n"
     "Passport [[licence:A04418290]]. Falciparum malaria, parasitaemia 6%. IV artesunate.\n"
     "Country director [[name:Dan Whitfield]] informed by [[email:dwhitfield@example.com]]."),
    ("us-mine-contractor",
     "Evacuation to [[place:Johannesburg]] arranged for [[name:Bryce Halvorsen]] (US national, SSN "
     "[[ssn:508 21 7730]], company no. [[other_id:DBX-7719]]) after a crush injury at the "
     "[[place:Jwaneng]] pit; VIN of the haul truck [[vehicle:1HTMMAAL37H418221]] recorded for the inquiry."),
    ("gb-kriol",
     "[[place:Centro de Saúde de Gabú]] - ficha\n"
     "Nome: [[name:Aissatu Baldé]]  Idade: [[age:98 anos]]  BI [[other_id:1044821]]\n"
     "I ka pudi anda. Netu [[name:Quintino Indjai]] - [[phone:+245 95 517 2204]]."),
    ("device-pacemaker",
     "Consultation de rythmologie - [[place:CHU Sud Réunion]]\n"
     "[[name:Payet Marie-Annick]], née le [[date:2 févr. 1931]]; stimulateur DDD n° série "
     "[[device:PJN417722S]], sonde [[device:4088-52-1197]]. Batterie 6 ans.\n"
     "Domicile: [[address:8 impasse des Filaos]], [[place:Saint-Pierre]] [[zip:97410]]."),
    ("portugal-invoice",
     "Fatura nº [[account:FT 2024/18842]]\nCliente: [[name:Leonel Ceita Bragança]], NIF [[other_id:284 117 509]]\n"
     "Conta para pagamento: [[account:PT50 0035 0418 0002 2014 4811 9]]\n"
     "Consulta de medicina do viajante, vacina febre amarela."),
    ("teleconsult-ip",
     "Téléconsultation [[place:Nzérékoré]] -> [[place:Conakry]]\n"
     "Connexion depuis [[ip:10.44.17.202]] interrompue deux fois; reprise depuis [[ip:192.0.2.88]].\n"
     "Patiente: [[name:Fatoumata Binta Camara]], [[age:91 ans]]. Suivi de l'ulcère de Buruli."),
    ("fundraiser",
     "Assistante sociale: la famille de [[name:Zaïna Attoumani]] a ouvert une cagnotte "
     "([[url:https://www.example.org/cagnotte/zaina-evasan-2024]]) pour l'évacuation vers "
     "[[place:Saint-Denis]]. Page Facebook du quartier: [[url:www.example.com/kaweni-solidarite]]."),
    ("namibia-plate",
     "Trauma, [[place:Oshakati Intermediate Hospital]]\n"
     "Pedestrian vs. taxi [[vehicle:N 22418 OS]] on the main road at [[place:Ongwediva]]. "
     "Driver's licence of the taxi driver [[licence:0418 2271 NA03]] noted by NAMPOL."),
    ("chad-invoice",
     "Facture n° [[account:FAC-2024-00417]] - [[place:Hôpital de la Mère et de l'Enfant]]\n"
     "Patient: [[name:Ngakoutou Ruth]]; payé par l'ONG, compte [[account:0418002271]].\n"
     "Fax de la pharmacie: [[fax:+235 22 51 44 18]]."),
    ("case-history",
     "Patient information: a farmer from [[place:Dedza]] ([[name:Limbani Banda]] in the family's "
     "words) had been bitten on [[date:9 Novembala 2023]]; his sister posted a video at "
     "[[url:https://gofund.example.com/help-limbani-banda-77]].", "patient_information"),
    ("handover-table",
     "| Leito | Doente | Problema | Pendente |\n|---|---|---|---|\n"
     "| 3 | [[name:Domingos Sanhá]] | malária grave | Hb amanhã |\n"
     "| 5 | [[name:Nhima Embaló]], [[age:102 anos]] | AVC | família: [[phone:+245 95 440 1187]] |\n"
     "| 7 | (vago) | - | - |"),
    ("ocr-mayotte",
     "[OCR - feuille de liaison, [[place:Dzaoudzi]]]\nNom/Prénom: [[name:BACAR Soilihi]]  "
     "Né(e) le: [[date:O1/O7/1952]]\nN° Sécu: [[health_plan:1 52 07 976 11 004 28]]   "
     "Tél: [[phone:02 69 60 14 82]]   Fax médecin: [[fax:02 69 61 22 04]]"),
    ("prison-pt",
     "Estabelecimento Prisional - enfermaria\nRecluso [[name:Bubacar Embaló]], nº [[other_id:R-44182]], "
     "cidadão guineense. Cartão de Cidadão [[other_id:30418227 4 ZX8]] (residência). "
     "Transferido para o [[place:Hospital Prisional São João de Deus]] em [[date:12 de agosto de 2024]]."),
    ("audiology-hearing",
     "Child [[name:Kagiso Tsheko]] fitted with bilateral BTE aids, serials [[device:BTE-418822]] and "
     "[[device:BTE-418823]]; mother [[name:Boitumelo Tsheko]] to return to [[place:Nyangabgwe Referral Hospital]] "
     "in 3 months."),
    ("clean-cmam-summary",
     "Rapport mensuel PCIMA: 148 admissions, 121 guéris (82%), 9 abandons, 3 décès. "
     "Rupture d'ATPE pendant 6 jours; 2 cartons reçus. Taux de guérison > 75% conforme aux normes Sphère."),
    ("clean-cholera-line",
     "Situation CTC J14: 37 lits occupés, 4 plans C en cours, CFR 1.8%. Chloration 0.5 mg/L "
     "au point d'eau; 12 agents formés. Aucune rupture de Ringer lactate."),
    ("clean-snake-protocol",
     "Protocol reminder: 20-minute whole blood clotting test at 0, 6 and 12 h; repeat antivenom "
     "if incoagulable at 6 h. Neostigmine trial for neurotoxic envenoming. Tetanus toxoid for all."),
    ("clean-eye-camp",
     "Eye camp totals: 214 screened, 96 operated (SICS), 2 vitreous losses, 1 endophthalmitis "
     "treated with intravitreal vancomycin 1 mg and ceftazidime 2.25 mg. Box 4 restocked."),
    ("clean-air-brief",
     "Pre-flight brief: altitude restriction 3000 ft for the pneumothorax; chest drain with "
     "Heimlich valve; SpO2 target 92-96%; suction and spare cylinder checked; weather CAVOK."),
    ("clean-fistula-ward",
     "Enfermaria de fístulas: 11 doentes, 9 com cateter, 2 a aguardar alta. Balanço hídrico "
     "> 4 L/dia encorajado; fisioterapia do pavimento pélvico iniciada."),
    ("clean-mine-audit",
     "Silicosis surveillance 2024: 312 radiographs read (ILO 2011), 14 with q/q 1/0 or more; "
     "FEV1/FVC < 0.70 in 22; all referred for review under the occupational diseases act."),
    ("clean-mh-team",
     "Equipo comunitario: 46 pacientes activos, 8 con inyectable depot mensual, 3 ingresos "
     "este trimestre. Reunión de coordinación cada 15 días; PHQ-9 y GAD-7 en cada visita."),
    ("clean-prison-tb",
     "Prison TB screening round: 540 inmates screened by symptom and CXR, 61 sputa sent, "
     "7 GeneXpert positive (1 RR). Cell blocks 2 and 5 ventilation reviewed."),
    ("discussion-reference",
     "Our findings agree with the multicentre series on carpet viper envenoming "
     "(https://doi.org/10.1371/journal.pntd.0004187) and with the WHO guidance "
     "(https://www.who.int/publications/i/item/9789290225300).", "discussion"),
]

F19_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH19: tuple[Note, ...] = build(F19_PART, per_category=26, clean=120, references=8) + F19_LETTERS


if __name__ == "__main__":
    from collections import Counter

    counts = Counter(e.category for n in FRESH19 for e in n.expected)
    print(len(FRESH19), "notes,", sum(1 for n in FRESH19 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

"""FRESH50: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a forty-sixth author during the twenty-second round; it is measured once, and
its result is recorded with that measurement. Its author read only tests/phi/generated.py (the
framework: Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring),
tests/phi/corpus.py (the Note type, the span conventions, parse, evaluate), the
de-identification section (5) of the project's domain notes (45 CFR 164.514(b)(2) Safe Harbor),
the module docstrings only of tests/phi/fresh30_notes.py to fresh46_notes.py (read with
ast.get_docstring), the wiring lines of fresh16_notes.py (its Part call, _letter, letters
tuple, build and __main__ lines, printed with grep -n and sed; the grep also listed the first
line of each of its top-level definitions, names only, nothing copied) and pyproject.toml's line
length; not the scanner (community/platform/phi/: its code, patterns, name lists, data or
model), its benchmark (bench/), its tests, the body of any other fresh part (others may have
been written at the same time and were not opened), nor their git history or diffs; the
scanner was not run or imported while writing it, nor on its notes. Its vocabulary, value
shapes, keywords, connectors, frames, note styles and hand-written letters are this author's
own, as a worldwide case-discussion board sees them: about half English-language settings
(Zambia with the NRC "412739/61/1", NHIMA, rural health centres, headmen and mine townships;
Zimbabwe with the national ID and its check letter "63-412739 K 42", Shona and Ndebele names,
mission hospitals, stands and EcoCash references; Botswana with the Omang, "Mma"/"Rre" and
"B 731 BRK" plates; Sierra Leone with chiefdoms, a VHF case form, Krio quoted and okada plates;
Liberia with the NIR and a survivor clinic; rural Alberta and Saskatchewan ranches and farms
with AHCIP and HSN numbers, legal land descriptions ("NW-12-34-5-W4", "SE-14-38-22-W3"),
"Box 88" mailing lines, S0K/T0x postal codes, a Hutterite colony, a premises ID and a SIN;
Appalachian Pennsylvania with a US SSN, Medical Assistance and Medicare MBI numbers, hollow
roads, PA ZIP codes and plates, a DEA number; Kenya's English MCH notes with the ID, SHA and
"P.O. Box 412-40100") and half non-English settings in their languages and scripts: Swahili
(Tanzania and Kenya: NIDA "19320504-41273-00001-17", NHIF, "miaka 92", vijiji and kata, M-Pesa
references, bodaboda plates, "12 Machi 2024"), Amharic (Ge'ez script, Ethiopian-calendar
dates "መጋቢት 3 ቀን 2016" and "ሚያዝያ 12/2016", kebele and house-number addresses, card numbers,
the kebele ID, Fayda, CBHI, "93 ዓመት"), Somali (Latin script, lambarka aqoonsiga, tuulo,
"91 sano", "95 jir", "14 Maarso 2024"), French of West Africa (Senegal, Côte d'Ivoire, Mali:
CNI, CMU, NINA, quartiers, postes de santé and CSCom, "92 ans", "mardi 12 mars 2024",
"18.04.2024 09h40"), Portuguese of Mozambique and Angola (BI "110104127395B" and
"004127395LA042", bairros, processo numbers, "90 anos", "2 de fevereiro de 2024",
"sexta-feira, 19/04/2024", plates "AFM 412 MP" and "LD-41-27-CK") and Haitian Creole (NIF,
OFATMA card, katye, "95 an", "14 mas 2024"). Towns, villages, townships, kebeles, quartiers,
bairros, colonies, hospitals, health centres, people and identifier shapes are invented.
Document types: referral notes and forms (FOMU YA RUFAA, የሪፈራል ወረቀት, WARQADDA GUDBINTA,
FICHE DE LIAISON, RELATÓRIO DE TRANSFERÊNCIA, FICH REFERANS), discharge summaries and a nota
de alta, EMS and air-ambulance handovers from ranch injuries, a home-health visit, a Medical
Assistance prior-authorization fax, a fax cover sheet, an e-mail thread, a portal message, a
VHF case investigation form, a survivor clinic note, a pacemaker clinic note, a dispensing
note, a CBHI verification, an oxygen-concentrator handover, ward handover tables and lists in
English, Swahili and French, WhatsApp, Telegram and SMS threads among clinicians and families,
messages from families, case-board posts, a tele-ECG log, clean ward rounds and huddles in all
seven languages and a discussion paragraph with literature references.

Conventions (tests/phi/corpus.py's and the fresh parts' docstrings'): a name without its title
or honorific (Dr, Dr., Dkt., Mr, Mrs, Mme, M., Major, Mzee, Bi., Bibi, Mama, Gogo, Mma, Rre,
Old Ma, O senhor, Madan, አቶ, ወ/ሮ stay out); a full name is one span, also with a
father's and grandfather's name ("Hodan Cabdi Warsame", "ትዕግስት ኃይሌ ወልደማርያም"); staff
names, headmen and a chat's speakers are names; an identifier without its keyword; an age over
89 with its attached unit in any language ("90-year-old", "94 y/o", "93 years old", "93 ዓመት",
"91 sano", "95 jir", "92 ans", "90 anos", "95 an") or the number alone where no unit is attached
or the unit comes first ("aged 95", "miaka 92", "ዕድሜ፦ 93", "90" in a list's "90F"); ages
under 90 are not marked (the clean notes carry 72-89 in several languages); a date without its
preposition or label ("on", "le", "a", "no dia", "tarehe", "ቀን፦"), with a weekday right before
it and a time right after it ("Mon 04/08/2024 22:41"; a chat's "[12/05/2024 21:14]" is one
span inside the brackets; "à 09h40" and a chat's bare "[06:54]" stay out); Ethiopian-calendar
dates are dates, written with the calendar named in a heading, never with "ዓ.ም" right after a
marked date, so no span depends on that choice; a year alone is not a date. The street line (a
plot, stand, house, villa, rua, ri, waddada, a kebele and house number "ቀበሌ 04 የቤት ቁጥር
1127", a P.O. Box or "Box 88" line, an RR line) and a legal land description are one span;
in "P.O. Box 412-40100" the box is the address and "40100" the postcode; each locality
(town, village, township, colony, hamlet, kebele name, kata, chiefdom, quartier, bairro, katye,
tuulo) and the postcode are separate spans, a locality marked without the generic word before
or after it ("kijiji cha Kibaoni Juu", "quartier Thiambokh", "bairro Muanalavo-Sede", "ሰላም በር
ከተማ") and without the glued Amharic "ከ" ("from"); a named hospital, health centre, health
post, dispensary, pharmacy, practice or colony is a place (the whole name, "Zahanati ya Kibaoni
Juu", "Poste de santé de Keur Samba Diouf", "ጨፌ ሜዳ ጤና ጣቢያ"); countries, provinces, states
and regions (Alberta, AB, Saskatchewan, SK, PA, Botswana) are never marked, and counties and
districts are not named in unmarked text; diseases, scales and rules named after places
(Lassa fever, Rift Valley fever, Rocky Mountain spotted fever, the Edmonton Symptom Assessment
System, the Pittsburgh Sleep Quality Index, the Ottawa ankle rules, the Canadian C-spine rule)
and eponyms (Kaposi, Burkitt, Hansen, Guillain-Barré, Weil, Pritchard, Kernig, Parkinson) stay
unmarked. Categories: `ssn` is a US Social Security number only (Pennsylvania patients); other
national numbers (Zambian NRC, Zimbabwean ID, Omang, Sierra Leone NIN, Liberian NIR, NIDA,
Kenyan ID, Fayda, kebele ID, Somali ID, CNI, NINA, BI, Haitian NIF, Canadian SIN, a livestock
premises ID, a surveillance case ID) are `other_id`; insurance numbers (AHCIP, HSN, Medical
Assistance, Medicare MBI, NHIMA, NHIF, SHA, CBHI, CMU, OFATMA) are `health_plan`; hospital,
file, card, dossier, processo and dosye numbers are `mrn`; passports, driving licences,
professional registrations and a DEA number are `licence`; receipts, invoices, bank accounts,
hospital account numbers and M-Pesa and EcoCash references are `account`; plates (cars,
okada, bodaboda, bajaj, woro-woro) and VINs are `vehicle`; pacemaker, glucometer, pump,
concentrator serials and IMEIs are `device`.

Built as build(F50_PART, per_category=26, clean=120, references=8) + F50_LETTERS. Checked
without the scanner (a throwaway script): every span's text is the note's text at its offsets
and has no surrounding blanks, no marks or slots are left in the text, no spans overlap, note
ids are unique, every category is in generated.CATEGORY_ORDER, every marked age is over 89,
builds under PYTHONHASHSEED=1 and 4242 are identical, and ruff passes. Deterministic: its own
seed (19_050), values drawn from the builder's fixed-seed Random, no hash-order dependence.
Counts: 54 hand-written notes (42 with identifiers, one of them a web address in a
patient_information section, 11 clean, 1 reference paragraph in a discussion); 692 notes, 140
of them (20%) without any identifier (120 generated clean notes, 8 reference notes in an
introduction or discussion, 11 clean letters, 1 reference letter), 907 spans - name 143,
address 41, place 122, zip 29, date 60, age 46, phone 57, fax 30, email 33, ssn 27, mrn 35,
health_plan 40, account 32, licence 28, vehicle 34, device 31, url 44, ip 28, other_id 47
(`python -m tests.phi.fresh50_notes` prints them).

    from tests.phi.fresh50_notes import FRESH50, F50_PART, F50_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges, North American phone numbers the 555-01xx range);
any resemblance to a real one is chance.
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


_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
_EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_SW = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba",
       "Oktoba", "Novemba", "Desemba"]
_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
       "octobre", "novembre", "décembre"]
_FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
       "outubro", "novembro", "dezembro"]
_PT_DAYS = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
            "sábado", "domingo"]
_HT = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb",
       "novanm", "desanm"]
_SO = ["Janaayo", "Febraayo", "Maarso", "Abriil", "Maajo", "Juun", "Luuliyo", "Ogost",
       "Sebtembar", "Oktoobar", "Nofembar", "Diseembar"]
# Ethiopian months (the calendar is named in a heading, never by "ዓ.ም" right after a date)
_ET = ["መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ",
       "ሐምሌ", "ነሐሴ"]


def _f50_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1926, 2025)
    hh, mm = r.randint(0, 23), r.choice((0, 5, 10, 20, 35, 40, 55))
    wd = r.randrange(7)
    return r.choice([
        f"{d:02d}/{m:02d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}",
        f"{_EN[m - 1]} {d}, {y}", f"{d} {_EN[m - 1][:3]} {y}",
        f"{_EN_DAYS[wd][:3]} {d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}",
        f"{d}/{m}/{y}", f"{d} {_SW[m - 1]} {y}", f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}",
        f"{d} {_FR[m - 1]} {y}", f"{_FR_DAYS[wd]} {d} {_FR[m - 1]} {y}",
        f"{d:02d}.{m:02d}.{y} {hh:02d}h{mm:02d}",
        f"{d} de {_PT[m - 1]} de {y}", f"{d:02d}-{m:02d}-{y}",
        f"{_PT_DAYS[wd]}, {d:02d}/{m:02d}/{y}",
        f"{d} {_HT[m - 1]} {y}", f"{d} {_SO[m - 1]} {y}",
        f"{_ET[m - 1]} {d} ቀን {y - 8}", f"{_ET[m - 1]} {d}/{y - 8}",
        f"{d:02d}{_EN[m - 1][:3].upper()}{y}",
    ])


def _f50_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 104)
    return r.choice([
        ("a {age} widow who still lives on the home quarter", f"{n}-year-old"),
        ("aged {age}, retired rancher, lives with his son", f"{n}"),
        ("{age} F, Medical Assistance, lives with her grandson", f"{n} y/o"),
        ("age/sex: {age}/M", f"{n}"),
        ("mzee mwenye umri wa miaka {age}", f"{n}"),
        ("bibi wa miaka {age} kutoka kijijini", f"{n}"),
        ("{age} የሆናቸው አዛውንት", f"{n} ዓመት"),
        ("ዕድሜ፦ {age}", f"{n}"),
        ("haweeney {age} ah oo qabta sonkorow", f"{n} jir"),
        ("da'da: {age}", f"{n} sano"),
        ("patiente de {age}, veuve, vit avec sa belle-fille", f"{n} ans"),
        ("cultivateur âgé de {age}", f"{n} ans"),
        ("idosa de {age}, viúva, camponesa", f"{n} anos"),
        ("yon granmoun {age} ki rete pou kont li", f"{n} an"),
        ("a {age} Shona grandmother brought in a wheelbarrow", f"{n} year old"),
        ("the patient, {age}, is the oldest person in her village", f"{n}"),
        ("he was {age} at the time of the fall", f"{n} years old"),
        ("| {age} | F | hip fracture |", f"{n}"),
    ])


def _f50_phone(r: random.Random, _h: bool) -> str:
    x = f"{r.randint(0, 99):02d}"
    return r.choice([
        f"({r.choice(['403', '780', '587', '306', '639'])}) 555-01{x}",
        f"{r.choice(['814', '570', '724'])}-555-01{x}",
        f"+1 {r.choice(['403', '306', '814'])} 555 01{x}",
        f"+260 97{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}", f"0977 {_d(r, 6)}",
        f"+263 77 {_d(r, 3)} {_d(r, 4)}", f"0772 {_d(r, 3)} {_d(r, 3)}",
        f"+267 7{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}", f"+232 76 {_d(r, 6)}",
        f"+231 77 {_d(r, 3)} {_d(r, 4)}", f"+255 7{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"07{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"+254 7{_d(r, 2)} {_d(r, 6)}",
        f"+251 91 {_d(r, 3)} {_d(r, 4)}", f"09{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"+252 61 {_d(r, 3)} {_d(r, 4)}", f"+221 77 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
        f"+225 07 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"+223 76 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"+258 84 {_d(r, 3)} {_d(r, 4)}",
        f"+244 92{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}", f"+509 3{_d(r, 3)}-{_d(r, 4)}",
    ])


def _f50_zip(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"{r.choice('TS')}0{_l(r, 1, 'ABCEGHJKLM')} {r.randint(0, 9)}"
        f"{_l(r, 1, 'ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}",
        f"{r.choice(['15', '16', '17'])}{_d(r, 3)}", f"16{_d(r, 3)}-{_d(r, 4)}",
        f"{r.randint(1, 9)}0{_d(r, 3)}", f"HT{_d(r, 4)}",
    ])


F50_VALUES = {
    "mrn": lambda r, h: r.choice([
        _d(r, 6), f"{_d(r, 5)}/{r.randint(14, 24)}", f"{_l(r, 3)}/{r.randint(18, 24)}/{_d(r, 4)}",
        f"E{_d(r, 9)}", f"HN-{_d(r, 5)}", f"{_d(r, 4)}-{r.randint(2015, 2024)}",
        f"{_l(r, 2)}-{_d(r, 4)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{_d(r, 5)}-{_d(r, 4)}", f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", _d(r, 10), _d(r, 9),
        f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}", f"{_d(r, 2)}/{_d(r, 3)}/{_d(r, 5)}",
        f"OF{_d(r, 7)}",
        f"{r.randint(1, 9)}{_l(r, 2)}{r.randint(0, 9)}-{_l(r, 2)}{_d(r, 1)}-{_l(r, 2)}{_d(r, 2)}"]),
    "account": lambda r, h: r.choice([
        f"S{_l(r, 2)}{_d(r, 1)}{_l(r, 1)}{_d(r, 1)}{_l(r, 3)}{_d(r, 1)}{_l(r, 1)}", _d(r, 13),
        f"FACT-{r.randint(2020, 2024)}-{_d(r, 5)}", f"1000{_d(r, 9)}",
        f"MP{_d(r, 6)}.{_d(r, 4)}.{_l(r, 1)}{_d(r, 5)}", f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 2)}"]),
    "licence": lambda r, h: r.choice([
        f"{r.choice(['ZN', 'FN', 'EP', 'AK', 'AB', 'GA'])}{_d(r, 6)}", f"{_d(r, 6)}-{_d(r, 3)}",
        f"{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"CO/{_d(r, 5)}", f"{_l(r, 2)}{_d(r, 7)}",
        f"{_d(r, 4)}/{r.randint(2010, 2024)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{_l(r, 3)}-{_d(r, 4)}", f"{_d(r, 3)} {_l(r, 3)}", f"{_l(r, 3)} {_d(r, 4)}",
        f"K{_l(r, 2)} {_d(r, 3)}{_l(r, 1)}", f"T {_d(r, 3)} {_l(r, 3)}", f"B {_d(r, 3)} {_l(r, 3)}",
        f"DK-{_d(r, 4)}-{_l(r, 2)}", f"{_d(r, 4)} {_l(r, 2)} 01", f"A{_l(r, 2)} {_d(r, 3)} MP",
        f"LD-{_d(r, 2)}-{_d(r, 2)}-{_l(r, 2)}", f"MC {_d(r, 3)} {_l(r, 3)}",
        f"2{_l(r, 3)}{_d(r, 2)}{_l(r, 3)}{_d(r, 1)}{_l(r, 1)}{_d(r, 6)}"]),
    "device": lambda r, h: r.choice([
        f"{_l(r, 3)}{_d(r, 6)}{_l(r, 1)}", _d(r, 15), f"OC-{_d(r, 4)}-{_l(r, 2)}-{_d(r, 4)}",
        f"{_l(r, 2)}{_d(r, 8)}", f"{_d(r, 4)}-{_d(r, 5)}-{_l(r, 1)}"]),
    "other_id": lambda r, h: r.choice([
        f"{_d(r, 6)}/{_d(r, 2)}/1", f"{_d(r, 2)}-{_d(r, 6)} {_l(r, 1)} {_d(r, 2)}",
        f"{_d(r, 4)}{r.choice('12')}{_d(r, 4)}",
        f"{r.randint(1930, 2005)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{_d(r, 5)}-"
        f"{_d(r, 5)}-{_d(r, 2)}",
        _d(r, 8), f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"{r.choice('12')} {_d(r, 3)} {r.randint(1930, 2005)} {_d(r, 5)}",
        f"{_d(r, 12)}{_l(r, 1)}", f"{_d(r, 9)}{_l(r, 2)}{_d(r, 3)}",
        f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}-{_d(r, 1)}", f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
        f"AB{_d(r, 7)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}",
        f"{r.randint(101, 665)}{r.randint(10, 99)}{r.randint(1000, 9999)}"]),
    "phone": _f50_phone,
    "fax": _f50_phone,
    "email": lambda r, h: r.choice([
        "{g}.{s}@example.co.zm", "{s}{n}@example.co.ke", "{g}{s}@mail.example.et",
        "{g}_{s}@example.sn", "{s}.{g}@example.co.mz", "{g}{n}@example.ca",
        "{s}.{g}@example.ht", "{g}.{s}{n}@example.com"]),
    "url": lambda r, h: r.choice([
        "https://www.example.co.zw/{g}-{s}", "example.ca/ranch/{s}-{n}",
        "https://gofund.example.org/{g}-{s}-{n}", "http://blog.example.ht/{g}{s}",
        "https://www.example.co.ke/msaada/{g}-{s}", "https://video.example.com/@{g}{s}{n}"]),
    "ip": lambda r, h: r.choice([
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
        f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 65535):x}"]),
    "zip": _f50_zip,
    "date": _f50_date,
}


F50_VOCABULARY = Vocabulary(
    given=["Chileshe", "Mutale", "Tendai", "Nyasha", "Thandiwe", "Kagiso", "Boitumelo", "Fatmata",
           "Musu", "Wyatt", "Shirlene", "Neema", "Baraka", "Hodan", "Awa", "Moussa", "Zacarias",
           "Esperança", "Wilnise", "Dieuseul"],
    surnames=["Mwansa", "Chanda", "Mukuka", "Chidzambwa", "Sibanda", "Ncube", "Kgosietsile",
              "Kamara", "Kollie", "Kowalchuk", "Haugen", "Shaffer", "Mnyampala", "Warsame",
              "Traoré", "Macuácua", "Kiala", "Pierre-Louis"],
    cities=["Kalenga Hill", "Mpelembe", "Chivanhu", "Gwatemba", "Ramotlhwa", "Kgope",
            "Kpayeah Town", "Mabaingor", "Coyote Coulee", "Pinto Butte", "Shingle Run",
            "Larch Hollow", "Kibaoni Juu", "Kwa Ndege", "Keur Samba Diouf", "Niéméné",
            "Muanalavo", "Fon Bazil"],
    streets=["Mopane", "Musasa", "Kigelia", "Flanbwayan", "Embondeiro", "Mkwajuni", "Chokecherry",
             "Baobab"],
    relations=["wife", "husband", "eldest son", "daughter", "grandson", "niece", "brother-in-law",
               "hired hand", "neighbour", "aunt"],
    clean=[
        "ICD-10 B50.9 (P. falciparum malaria) and D64.9 coded at discharge.",
        "TLD (tenofovir/lamivudine/dolutegravir 300/300/50 mg) once daily; adherence 95%.",
        "CD4 142 cells/uL; viral load 1,200 copies/mL; CrAg LFA negative.",
        "GeneXpert MTB/RIF Ultra: MTB detected (low), rifampicin resistance not detected.",
        "Artemether-lumefantrine 80/480 mg, 4 tablets twice daily for 3 days.",
        "WHO clinical stage 3; Karnofsky 60%; ECOG 2.",
        "Kaposi sarcoma on the hard palate; Burkitt lymphoma excluded on biopsy.",
        "Lassa fever and Rift Valley fever considered; both PCRs negative.",
        "Mantoux 14 mm at 72 h; chest film shows a right upper lobe cavity.",
        "ESAS (Edmonton Symptom Assessment System) total 34; PPS 50%.",
        "Ottawa ankle rules negative; Canadian C-spine rule: no imaging needed.",
        "Pittsburgh Sleep Quality Index 11; Epworth 14.",
        "Hb 6.8 g/dL; 2 units of whole blood transfused over 4 h each.",
        "Ballard score 34 weeks; APGAR 7 and 9; birth weight 1,980 g.",
        "Sickle cell disease (HbSS); hydroxyurea 500 mg daily; folic acid 5 mg.",
        "Rocky Mountain spotted fever and Lyme disease serology negative.",
        "MUAC 11.2 cm; WHZ below -3; RUTF 200 kcal/kg/day started.",
        "Crush injury at the calving pen; CK 12,400 U/L; urine output 0.4 mL/kg/h.",
        "Farmer's lung (hypersensitivity pneumonitis) on HRCT; DLCO 52%.",
        "ICD-10 J44.1 and F11.20 coded; buprenorphine 8 mg SL daily.",
        "Naloxone 0.4 mg IM x 2 given by EMS; GCS 14 on arrival.",
        "Bed 4, Female Medical Ward; seen at 08:30 on the consultant round.",
        "Triage: SATS orange, TEWS 5; referral tier 2 to tier 3.",
        "Form 7 of the Ministry, section 3, item 12 completed.",
        "Kiwango cha sukari 14.2 mmol/L; insulini vipimo 10 kabla ya chakula.",
        "Shinikizo la damu 168/102 mmHg; amlodipine 10 mg kila siku.",
        "Mgonjwa wa miaka 84 ana kisukari tangu 2009.",
        "Ugonjwa wa Parkinson uliondolewa; dalili za Kernig hazipo.",
        "የደም ግፊት 150/95 mmHg፤ የልብ ምት 104 በደቂቃ።",
        "የ86 ዓመት አዛውንት፤ የስኳር በሽታ ከ2009 ጀምሮ።",
        "Amoxicilline 1 g x 3/j pendant 7 jours; paracétamol 1 g si fièvre.",
        "Score de Glasgow 13/15; maladie de Kaposi exclue.",
        "Paludisme grave : artésunate 2,4 mg/kg IV à H0, H12 et H24.",
        "Patiente de 86 ans, HTA connue, sous amlodipine 5 mg.",
        "Doença de Hansen multibacilar; PQT-MB, 12 doses supervisionadas.",
        "Escala de Coma de Glasgow 14; TA 90/60 mmHg; FC 124.",
        "Idosa de 87 anos com insuficiência cardíaca NYHA III.",
        "Tansyon 180/110; li pran amlodipin 5 mg chak jou.",
        "Granmoun 85 an, dyabèt depi 2011, glisemi 312 mg/dL.",
        "Cadadiiska dhiigga 160/100; metformin 500 mg maalintii laba jeer.",
        "Qandho 39.2 C; baaritaanka duumada (RDT) waa togan.",
        "Haweeney 88 sano ah oo qabta dhiig-kar.",
    ],
    seed=19_050,
)

F50_CONNECTORS = [": ", " - ", " ", " #", " no. ", ":\t", " = ", "፦ ", " : ", "\n", " n.º "]
F50_FRAMES = ["{kv}", "{kv}.", "• {kv}", "| {kw} | {v} |", "{kw}\n{v}", "({kv})",
              "Registration window 3: {kv}", "{kv} (seen on the card)", "Ward 6 clerk - {kv}",
              "Checked twice: {kv}", "{kv}; copy kept in the file"]
F50_AFTER = ["{v} ({kw})", "{v} - {kw}", "{v}, {kw} on the card", "{kw} on file is {v}"]
F50_KEYWORDS = {
    "mrn": ["Hosp. No", "File no", "Namba ya faili", "የካርድ ቁጥር", "Lambarka faylka",
            "N° dossier", "Processo n.º", "Nimewo dosye", "MRN", "Chart #", "IP No"],
    "health_plan": ["AHCIP", "HSN", "NHIF", "NHIMA no", "MA recipient no.",
                    "Medical Assistance ID", "N° CMU", "የጤና መድን ቁጥር", "Kat OFATMA",
                    "Namba ya bima", "Medical aid no", "Medicare MBI"],
    "account": ["Invoice", "Receipt no", "M-Pesa ref", "Namba ya akaunti", "N° facture",
                "Fatura n.º", "Account #", "Bank a/c", "EcoCash ref"],
    "licence": ["Passport", "DL", "Operator's licence", "Pasipoti", "Permis de conduire",
                "Carta de condução", "Clinical Officer reg", "Nursing Council no", "Lisans"],
    "vehicle": ["Plate", "Reg No", "Namba ya gari", "Immatriculation", "Matrícula", "Plak",
                "Taarikada", "የሰሌዳ ቁጥር", "Licence plate", "VIN"],
    "device": ["Serial No", "S/N", "IMEI", "Namba ya kifaa", "N° de série", "Número de série",
               "Pump serial", "Concentrator S/N"],
    "other_id": ["NRC", "National ID", "Omang", "NIDA", "Kitambulisho", "Fayda", "CNI", "NINA",
                 "BI n.º", "NIF", "SIN", "Lambarka aqoonsiga", "የቀበሌ መታወቂያ", "Premises ID"],
    "ssn": ["SSN", "Social Security #", "Soc Sec No", "SS#"],
    "phone": ["Cell", "Tel", "Simu", "ስልክ", "Taleefan", "Tél.", "Telemóvel", "Telefòn", "Ph"],
    "fax": ["Fax", "Faksi", "ፋክስ", "Faks", "Télécopie", "Fax no."],
}
F50_SENTENCES = {
    "name": [
        "{full} was brought in by her {rel}.", "Seen with her {rel} {given}, who translated.",
        "Mzee {full} alifika akiwa na homa kali.", "Alikuja na mjukuu wake {given}.",
        "Bi. {surname} amekataa kulazwa.",
        "ወ/ሮ [[name:ሰላማዊት ደምሴ]] ከልጃቸው ጋር መጡ።", "አቶ [[name:ብርሃኑ ተሰማ]] ዛሬ ተመልሰዋል።",
        "Bukaanka {full} waxaa la keenay xalay.", "Mme {surname} est venue avec son fils {given}.",
        "O senhor {full} recusou a transfusão.", "Madan {surname} te vini ak pitit fi l {given}.",
        "The {rel}, {given}, found him under the squeeze chute.",
        "Discussed with Dr {surname} at the regional site.", "{given}'s chest film was reviewed.",
        "NOK: {full} ({rel}).", "Mama {surname} declined the NG tube.",
    ],
    "address": [
        "Lives at [[address:Plot {n} {street} Road]], {city}.",
        "Home quarter [[address:NW-{n2}-34-5-W4]], east of {city}.",
        "Land location [[address:SE-{n2}-38-22-W3]]; the yard site has a shallow well.",
        "Anaishi [[address:Nyumba Na. {n}, Mtaa wa {street}]], {city}.",
        "አድራሻ፦ [[address:ቀበሌ {n2} የቤት ቁጥር {n}]]",
        "Domicile : [[address:Villa {n}, Cité {street}]], {city}.",
        "Residência: [[address:Rua do {street}, n.º {n}]], bairro {city}.",
        "Li rete [[address:{n}, Ri {street}]], {city}.",
        "Mailing: [[address:Box {n}, Site {n2}, RR 1]], {city}.",
        "Found at [[address:{n} {street} Hollow Road]], {city}.",
        "Wuxuu deggan yahay [[address:Guriga {n}, Waddada {street}]], {city}.",
        "[[address:Stand {n}, {street} Crescent]] is the family home.",
    ],
    "place": [
        "Transferred from the health post at {city}.", "Lives in {city} with extended family.",
        "Anatoka kijiji cha {city}.", "Ameletwa kutoka {city} kwa bodaboda.",
        "Habite le village de {city}.", "Veio de {city} de machimbombo.",
        "Li sòti {city} sou moto.", "Wuxuu ka yimid tuulada {city}.",
        "Grew up on a ranch outside {city}.",
        "Runs cattle near {city}; 40 minutes to the nearest ER.",
        "Referred from [[place:Chivanhu Mission Hospital]] after 2 days.",
        "Seen first at [[place:Hôpital régional El Hadji Omar Sall]].",
        "Evacuated by the mine ambulance to [[place:Mpelembe District Hospital]].",
        "ወደ [[place:ደብረ ጽጌ አጠቃላይ ሆስፒታል]] ተልከዋል።",
    ],
    "zip": [
        "Postal code {v}.", "ZIP {v}", "{city}, PA {v}", "{city} SK {v}", "Code postal : {v}",
        "[[address:P.O. Box {n}]]-{v}, {city}.", "Mailing address ends {v}.",
        "Msimbo wa posta {v}.",
    ],
    "date": [
        "Admitted {v}.", "DOB: {v}", "Alilazwa tarehe {v}.", "Alizaliwa {v}.", "ልደት፦ {v}",
        "Hospitalisé le {v}.", "Internado em {v}.", "Li te antre lopital {v}.",
        "Wuxuu dhashay {v}.", "Date of injury - {v}", "Died {v} at home.",
        "Décédée le {v}.", "Data da alta: {v}", "Tarehe ya kifo: {v}", "የተኛበት ቀን፦ {v}",
        "Dat li soti: {v}", "Taariikhda dhalashada: {v}",
    ],
    "mrn": [
        "Old file under number {v} - please merge.", "Namba ya faili {v} imehakikiwa.",
        "የካርድ ቁጥሩ {v} ነው።", "Dossier n° {v} retrouvé aux archives.",
        "Processo clínico {v} reaberto.", "Nimewo dosye li se {v}.",
        "Previous admission under MRN {v}.",
    ],
    "health_plan": [
        "AHCIP coverage confirmed, {v}.", "Sask health card {v} expired - renewal sent.",
        "PA Medical Assistance recipient number {v}.", "Kadi ya NHIF {v} bado inatumika.",
        "Carte CMU n° {v} présentée à l'accueil.", "የጤና መድን አባልነት ቁጥር፦ {v}",
        "NHIMA membership {v} active.", "Kat asirans OFATMA li: {v}.",
    ],
    "account": [
        "Paid by M-Pesa, ref {v}.", "Invoice {v} sent to the band office.",
        "Facture {v} réglée par Orange Money.", "Fatura n.º {v} pendente.",
        "EcoCash transaction {v} for the drugs.", "Account {v} is in collections.",
    ],
    "licence": [
        "Passport {v} copied for the cross-border referral.",
        "Operator's licence {v} suspended after the seizure.",
        "Permis de conduire {v} retenu par la gendarmerie.", "Carta de condução n.º {v}.",
        "Nursing Council registration {v}.", "Leseni ya udereva {v} imeshikiliwa na polisi.",
    ],
    "vehicle": [
        "Rollover of the half-ton, plate {v}.", "Bodaboda {v} iligongwa na lori.",
        "Moto-taxi immatriculée {v}.", "Viatura {v} capotou na estrada nacional.",
        "Machin nan, plak {v}, te chavire.", "ባጃጅ የሰሌዳ ቁጥር {v}",
        "Quad {v} found upside down in the slough.", "The grain truck, VIN {v}, was seized.",
    ],
    "device": [
        "Oxygen concentrator S/N {v} collected.", "Pacemaker serial {v} interrogated.",
        "Kifaa cha kupimia sukari, namba {v}.", "Stimulateur, n° de série {v}.",
        "Insulin pump {v} alarmed overnight.", "Telefone do agente (IMEI {v}) sincronizado.",
    ],
    "other_id": [
        "NRC {v} verified at registration.", "Omang {v} copied.", "Namba ya NIDA {v}.",
        "Fayda {v}", "CNI n° {v}.", "BI n.º {v}.", "NIF li: {v}", "SIN {v} for the WCB claim.",
        "Lambarka aqoonsiga {v}.", "Premises ID {v} on the livestock movement form.",
    ],
    "ssn": [
        "SSN {v} on the Medicare form.", "Social Security number {v} for the disability claim.",
        "Soc. sec. {v} (verified with the card).",
    ],
    "phone": [
        "Daughter's cell {v}.", "Simu ya mtoto wake {v}.", "ስልክ፦ {v}", "Tél. du fils : {v}",
        "Telemóvel {v}.", "Telefòn pitit li {v}.", "Taleefanka wiilka: {v}",
        "Call {v} - landline at the ranch house.",
    ],
    "fax": [
        "Fax results to {v}.", "Faxed the prior auth to {v}.", "Fax de l'hôpital : {v}",
        "Tuma kwa faksi {v}.", "ፋክስ፦ {v}",
    ],
    "email": [
        "Family e-mail: {v}.", "Barua pepe ya mtoto wake: {v}", "Courriel de la fille : {v}",
        "E-mail do filho: {v}", "Send the summary to {v}, her daughter's address.",
        "ኢሜይል፦ {v}",
    ],
    "url": [
        "Her granddaughter posts updates at {v}.", "Fundraiser for the air ambulance bill: {v}",
        "Alirekodi video yake: {v}", "Ti blog li: {v}", "La famille a ouvert une cagnotte : {v}",
    ],
    "ip": [
        "Telehealth cart logged in from {v}.", "Portal message sent from IP {v}.",
        "Adresse IP de la tablette : {v}", "Kifaa cha telemedicine kiliunganishwa kwa {v}.",
        "Remote ECG uploaded from {v}.",
    ],
}
F50_REFERENCES = [
    "Consistent with WHO guidance (https://doi.org/10.1016/S2214-109X(23)00{n}-4).",
    "See the original series at https://pubmed.ncbi.nlm.nih.gov/3{n}412{n}/ for details.",
    "As summarised in https://www.thelancet.com/journals/langlo/article/PIIS2214-109X(22)00{n}-1/"
    "fulltext.",
]
F50_STYLES = [
    "RURAL HEALTH CENTRE REFERRAL\n{body}\nReason for referral: X-ray and a doctor's review.\n"
    "Transport: ambulance requested.",
    "FOMU YA RUFAA\n{body}\nSababu ya rufaa: uchunguzi zaidi.",
    "የሪፈራል ወረቀት\n{body}\nየተላከበት ምክንያት፦ ለተጨማሪ ምርመራ",
    "WARQADDA GUDBINTA\n{body}\nSababta: baaritaan dheeraad ah.",
    "FICHE DE LIAISON\n{body}\nMotif : avis spécialisé.",
    "NOTA DE TRANSFERÊNCIA\n{body}\nMotivo: avaliação pela cirurgia.",
    "FICH REFERANS\n{body}\nRezon: konsiltasyon espesyalis.",
    "Home health visit - skilled nursing\n{body}\nPlan: RN visit 2x/week; call PCP with vitals.",
    "EMS/air ambulance handover (MIST)\n{body}\nETA 25 min to the trauma centre.",
    "| Field | Entry |\n|---|---|\n| Note | {body} |",
    "Case board post - looking for advice:\n{body}\nAny thoughts welcome.",
    "{body}",
]
F50_PART = Part("fresh50", F50_VOCABULARY, F50_CONNECTORS, F50_FRAMES, F50_KEYWORDS,
                F50_SENTENCES, F50_AFTER, F50_REFERENCES, True, values=F50_VALUES,
                age=_f50_age, styles=F50_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh50-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    # ---------------------------------------------------------------- Zambia
    ("zm-referral",
     "[[place:Kalenga Hill Rural Health Centre]]\n"
     "REFERRAL NOTE to [[place:Mpelembe District Hospital]], Female Medical Ward\n"
     "Date: [[date:14/03/2024]]\n"
     "Name: [[name:Chileshe Mwansa]]    Age: 67    Sex: F\n"
     "NRC: [[other_id:412739/61/1]]    NHIMA: [[health_plan:NH 4127 3905]]\n"
     "Village: [[place:Chibwe Kaunda]], under headman [[name:Kapembwa]], 18 km from the centre.\n"
     "History: 3 days of fever, vomiting and confusion. mRDT positive. IM artesunate 2.4 mg/kg "
     "given at 10:40 and at 22:40. BP 90/60, pulse 118, temp 39.6 C, RBS 2.9 mmol/L (50% "
     "dextrose given).\n"
     "Next of kin: husband [[name:Mulenga Chanda]], cell [[phone:+260 977 412 339]].\n"
     "Referring clinician: [[name:Grace Nkandu]], Clinical Officer (HPCZ reg. "
     "[[licence:CO/04127]])."),
    ("zm-board-post",
     "Posted to the chest-medicine board by a mine hospital MO:\n"
     "Advice please. 41-year-old underground driller, 11 years at the shaft, lives in "
     "[[place:Nkolonga]] township. Came in on [[date:2 March]] with haemoptysis (~100 mL/day), "
     "weight loss 9 kg. GeneXpert negative x2, HRCT: upper-zone nodules with eggshell "
     "calcification of the hilar nodes. I kept his name off but his wife [[name:Mutinta]] "
     "already shared the whole story in the church group, and the file number "
     "([[mrn:KMH/24/0413]]) is on the photo of the request form I attached - moderators, "
     "please blur it. Silicosis vs silicotuberculosis? Would you start empirical RHZE?\n"
     "Reply: I'd send sputum culture and repeat Ultra first. Silicosis alone does not explain "
     "this much blood; bronchial artery embolisation is done at the teaching hospital."),
    # ---------------------------------------------------------------- Zimbabwe
    ("zw-discharge",
     "[[place:Chivanhu Mission Hospital]] - DISCHARGE SUMMARY\n"
     "Patient: [[name:Tendai Chidzambwa]]    ID: [[other_id:63-412739 K 42]]    "
     "Hosp No: [[mrn:CMH/24/0417]]\n"
     "Admitted: [[date:02/04/2024]]    Discharged: [[date:11/04/2024]]\n"
     "Home: [[place:Mashambanzou]] village, about 30 km from the mission on the gravel road.\n"
     "Diagnosis: cryptococcal meningitis (CSF CrAg positive, opening pressure 32 cmH2O), "
     "advanced HIV disease (CD4 38).\n"
     "Treatment: single high-dose liposomal amphotericin B 10 mg/kg with flucytosine and "
     "fluconazole for 14 days, then fluconazole 800 mg daily; 3 therapeutic LPs.\n"
     "Follow-up: OI clinic on [[date:25 April 2024]]. Her aunt [[name:Rudo Mapfumo]] will "
     "bring her; contact [[phone:+263 77 412 3390]].\n"
     "Signed: [[name:F. Mutasa]], SMO"),
    ("zw-family-message",
     "Message left with the ward clerk (typed as received):\n"
     "Good morning doctor. I am [[name:Sipho Ncube]], the grandson of Gogo "
     "[[name:Thandiwe Ncube]] in bed 12. She is [[age:93 years old]] and she does not "
     "understand English, only isiNdebele. Please do not discharge her on Friday, there is no "
     "one at home in [[place:Gwatemba]] until my mother comes back from "
     "[[place:Bulawayo]]. We stay at "
     "[[address:Stand 412, Lobengula Street]], [[place:Gwatemba]]. You can call me on "
     "[[phone:0772 412 339]] or my sister [[name:Nomsa]] on [[phone:0712 804 117]]. "
     "Siyabonga."),
    ("zw-dispensary",
     "[[place:Gwebi Ridge Pharmacy]] - dispensing note\n"
     "Customer: [[name:Nyasha Sibanda]]    Receipt: [[account:GRP-0412739]]\n"
     "Paid by EcoCash, transaction ref [[account:MP240314.1127.K41273]]\n"
     "Items: insulin glargine 100 U/mL x 3 pens; pen needles 4 mm x 100; test strips x 50.\n"
     "Glucometer replaced under warranty - old serial [[device:GL41273905]], new serial "
     "[[device:GL41288016]].\n"
     "Counselled on hypoglycaemia; HbA1c 9.1% last month (clinic card)."),
    # ---------------------------------------------------------------- Botswana
    ("bw-handover",
     "HANDOVER - Female Medical Ward, night to day\n"
     "| Bed | Patient | Omang | Issue | Plan |\n|---|---|---|---|---|\n"
     "| 3 | [[name:Boitumelo Kgosietsile]] | [[other_id:412721839]] | DKA, pH 7.12 | "
     "FRII, K 4-hourly |\n"
     "| 5 | Mma [[name:Segametsi Molefhe]] ([[age:90]]) | [[other_id:047123218]] | "
     "#NOF | theatre list, consent with daughter |\n"
     "| 7 | [[name:Onalenna Dikgang]] | [[other_id:551914127]] | PCP, SpO2 86% | "
     "cotrimoxazole 120 mg/kg/day, prednisone |\n"
     "| 9 | unknown female, police brought her from the [[place:Ramotlhwa]] turn-off | - | "
     "head injury, GCS 11 | CT at [[place:Seretse Plains Referral Hospital]]; car "
     "[[vehicle:B 731 BRK]] still at the scene |"),
    ("bw-pacing",
     "PACEMAKER CLINIC - [[place:Seretse Plains Referral Hospital]]\n"
     "Rre [[name:Kagiso Dintwe]], Omang [[other_id:412713856]], seen "
     "[[date:Wednesday 17 April 2024]].\n"
     "Device: dual-chamber pacemaker, serial [[device:RNB412739H]], implanted 2019.\n"
     "Battery 7.5 years; RA threshold 0.7 V, RV threshold 0.8 V at 0.4 ms; AP 12%, VP 98%. "
     "No high-rate episodes.\n"
     "His grandson drove him from [[place:Kgope]] (2 hours); grandson's phone "
     "[[phone:+267 71 412 739]]. Next check in 12 months."),
    # ---------------------------------------------------------------- Sierra Leone, Liberia
    ("sl-vhf-form",
     "SUSPECTED VHF CASE INVESTIGATION FORM (district surveillance)\n"
     "Case ID: [[other_id:SL-KLH-24-0417]]\n"
     "Name: [[name:Fatmata Kamara]]    Age: 27 years    Sex: F    Pregnant: yes (28 weeks)\n"
     "Village: [[place:Mabaingor]]    Chiefdom: [[place:Upper Bambara Hills]]\n"
     "Date of onset: [[date:09/02/2024]]    Date seen: [[date:13/02/2024]]\n"
     "Symptoms: fever, sore throat, retrosternal pain, facial oedema, bleeding gums. "
     "Rodents in the house: yes.\n"
     "Contacts listed: husband [[name:Alusine Kamara]], mother-in-law [[name:Isatu Conteh]].\n"
     "Blood sent to the Lassa laboratory; IV ribavirin started.\n"
     "Reporting officer: [[name:Mohamed Sesay]], tel [[phone:+232 76 412 339]]."),
    ("sl-discharge",
     "[[place:Mabaingor Community Health Centre]] - DISCHARGE\n"
     "[[name:Isata Bangura]], 52 F, NIN [[other_id:SL4127390K]], discharged "
     "[[date:22 Feb 2024]] after 9 days.\n"
     "On arrival she said \"mi bɔdi de wam, a nɔ de it\" (her body was hot and she could not "
     "eat). Typhoid perforation excluded on ultrasound; treated as typhoid fever with "
     "ceftriaxone 2 g daily, then azithromycin.\n"
     "Her son [[name:Abu]] will bring her for review; he rides the okada "
     "[[vehicle:MC 4127 A]] and his number is [[phone:+232 77 904 127]]."),
    ("lr-survivor",
     "Survivor clinic follow-up - [[place:Kpayeah Town Clinic]]\n"
     "[[name:Musu Kollie]] came today ([[date:Thursday, 7 March 2024]]) with joint pains and "
     "blurred vision in the left eye for 2 weeks. Left eye: anterior uveitis, 2+ cells. "
     "Started prednisolone drops 2-hourly and atropine; referred to the eye unit at "
     "[[place:St. Timothy Hospital]].\n"
     "National ID (NIR) [[other_id:LR-0412-7395-2]]. Her cousin [[name:Flomo Kollie]] "
     "brought her; cousin's phone [[phone:+231 77 412 3390]]."),
    ("lr-ward-list",
     "Ward list - female medical, [[place:Gbeyanta Government Hospital]]\n"
     "1. [[name:Kebeh Flomo]], 45F - severe malaria, day 2 artesunate, Hb 6.1, for "
     "transfusion.\n"
     "2. [[name:Comfort Gbessay]], 33F - eclampsia, post-op day 1, MgSO4 completed.\n"
     "3. Old Ma [[name:Yatta Kollie]], [[age:90]]F - left MCA stroke, NGT feeds, turning "
     "2-hourly.\n"
     "4. [[name:Ruth Sumo]], 19F - sickle crisis, morphine PRN, IV fluids.\n"
     "Jobs: chase blood bank; call Ma [[name:Yatta]]'s son [[name:Varney]] "
     "([[phone:+231 88 604 1127]])."),
    # ---------------------------------------------------------------- Alberta, Saskatchewan
    ("ab-ranch-ems",
     "EMS / AIR AMBULANCE HANDOVER - ranch injury\n"
     "Pt: [[name:Wyatt Haugen]], 58 M. Kicked by a cow in the squeeze chute at the home "
     "place, [[address:NW-12-34-5-W4]], about 20 km east of [[place:Coyote Coulee]]. Found by "
     "the hired man, [[name:Dale Runquist]], around 06:15.\n"
     "AHCIP [[health_plan:41273-9056]]. Wife [[name:Shirlene]] following in the truck; her "
     "cell [[phone:(403) 555-0147]].\n"
     "M: blunt chest. I: flail segment R ribs 4-7, SpO2 88% on NRB, FAST negative. "
     "S: HR 124, BP 104/66, RR 32, GCS 15. T: TXA 1 g, fentanyl 50 mcg x 2, "
     "needle decompression not required.\n"
     "Landing zone at [[place:Pine Ridge Colony]], 9 km north of the yard."),
    ("sk-referral",
     "[[place:Pinto Butte Health Centre]]\n"
     "Dear Dr [[name:Okonkwo-Brandt]],\n"
     "Re: [[name:Evelyn Kowalchuk]], HSN [[health_plan:412 739 056]], DOB "
     "[[date:1933-08-19]]\n"
     "Thank you for seeing this [[age:90-year-old]] widow who still lives alone on the family "
     "farm at [[address:SE-14-38-22-W3]], north of [[place:Pinto Butte]] (mailing: "
     "[[address:Box 88]], [[place:Pinto Butte]] SK [[zip:S0K 3L0]]). She has fallen three "
     "times since harvest. Orthostatic drop 34 mmHg; she is on tamsulosin and amlodipine. "
     "MoCA 24/30. I have stopped the tamsulosin.\n"
     "Her son [[name:Gordon]] farms the next section and checks on her daily; "
     "[[phone:(306) 555-0163]].\n"
     "Regards,\n[[name:Leanne Dubois]], NP\nPh [[phone:(306) 555-0170]]  Fax "
     "[[fax:(306) 555-0171]]"),
    ("ab-fax-cover",
     "FAX COVER SHEET\n"
     "To: Cardiology intake, [[place:Peace Country Regional Hospital]]\n"
     "Fax: [[fax:(780) 555-0191]]\n"
     "From: [[place:Bighorn Foothills Family Practice]]  Phone [[phone:(403) 555-0128]]  "
     "Fax [[fax:(403) 555-0129]]\n"
     "Pages: 4 including cover\n"
     "Re: [[name:Garnet Lindquist]] - AHCIP [[health_plan:58214-0736]] - 48 h Holter report "
     "attached (paroxysmal AF, longest run 3 h 12 min; CHA2DS2-VASc 3).\n"
     "This fax may contain confidential information. If received in error, please notify the "
     "sender and destroy all pages."),
    ("sk-email",
     "From: [[name:Karen Lindquist]] <[[email:k.lindquist@example.ca]]>\n"
     "To: [[name:Amrit Sidhu]] <[[email:amrit.sidhu@example.ca]]>\n"
     "Subject: Re: [[name:Harold Blais]] - swollen knees after harvest\n\n"
     "[[name:Amrit]], thanks for the quick reply. He is [[age:97]] and still drives the "
     "combine, which his family is not happy about. Aspirate from the right knee: 28,000 "
     "WBC, calcium pyrophosphate crystals, Gram stain negative. HSN "
     "[[health_plan:407 213 985]]. He lives at "
     "[[address:NE-3-41-17-W3]], 15 minutes from [[place:Wolf Willow]]. WCB claim from his "
     "hired man's injury lists his SIN as [[other_id:046 412 739]] - I have removed that "
     "page from the chart.\n\n"
     "[[name:Karen]]\n[[place:Wolf Willow Health Centre]] | [[phone:(639) 555-0115]]"),
    ("ab-patient-url",
     "She has documented her recovery from the bronc-riding injury on her own video channel, "
     "[[url:https://video.example.ca/@prairie-barrel-girl]], and agreed that it may be "
     "mentioned here.", "patient_information"),
    ("ab-livestock",
     "Occupational note: zoonosis follow-up\n"
     "[[name:Travis Runquist]], 36, mixed cow-calf and feedlot operator. Q fever serology: "
     "phase II IgG 1:1024. Abortion storm in the herd this spring; the vet reported the "
     "premises (Premises ID [[other_id:AB0412739]]) to the provincial lab. Doxycycline 100 mg "
     "BD for 14 days; echo to exclude endocarditis. Spouse [[name:Kayla]] is 16 weeks "
     "pregnant - advised to stay away from the calving barn."),
    # ---------------------------------------------------------------- Appalachian Pennsylvania
    ("pa-home-health",
     "Home health skilled nursing visit - [[date:03/14/2024]]\n"
     "Patient: [[name:Loretta Shaffer]], [[age:94 y/o]] F\n"
     "Address: [[address:1187 Bear Wallow Hollow Rd]], [[place:Shingle Run]], PA "
     "[[zip:16735]]\n"
     "Medical Assistance ID [[health_plan:4127390561]]; Medicare MBI "
     "[[health_plan:3KT7-WN2-PX41]]\n"
     "Stage 3 sacral pressure injury 3.1 x 2.4 x 0.5 cm, no tunnelling; Braden 12. "
     "Hydrocolloid changed. BP 142/78, HR 88, SpO2 93% RA.\n"
     "Son [[name:Dwayne]] lives next door in the trailer and does her meds; his number "
     "[[phone:(814) 555-0139]]. Woodstove is the only heat - reinforced CO detector use."),
    ("pa-prior-auth",
     "PHARMACY PRIOR AUTHORIZATION REQUEST - MEDICAL ASSISTANCE (fax)\n"
     "Recipient name: [[name:Travis Kline]]\n"
     "Recipient ID: [[health_plan:7740412395]]    DOB: [[date:11/02/1979]]\n"
     "SSN: [[ssn:187-41-2739]]\n"
     "Drug requested: buprenorphine/naloxone 8 mg/2 mg film, 2 films daily. Dx: F11.20. "
     "PDMP checked; UDS appropriate.\n"
     "Prescriber: [[name:Anita Morrow]], DO    DEA: [[licence:BM4127390]]\n"
     "Phone [[phone:(570) 555-0182]]    Fax [[fax:(570) 555-0183]]"),
    ("pa-portal",
     "Patient portal message (proxy access)\n"
     "Sent [[date:Mon 04/08/2024 22:41]] from IP [[ip:10.41.27.39]]\n"
     "Hi Dr. [[name:Reinhart]], this is [[name:Tammy Kline]] writing for my dad "
     "[[name:Earl Kline]]. His sugars have been over 300 since the steroid shot. He still "
     "drives the Ford to the feed store in [[place:Larch Hollow]], plate [[vehicle:ZKT-4127]], "
     "and I'm scared he'll pass out. Can you call me at [[phone:724-555-0106]]? My email is "
     "[[email:tammy.kline77@example.com]] if that's easier. Thanks, [[name:Tammy]]"),
    ("pa-discharge",
     "DISCHARGE SUMMARY - [[place:Laurel Ridge Community Hospital]]\n"
     "Patient: [[name:Harlan Dietz]]    MRN: [[mrn:E004127395]]    Acct: "
     "[[account:HAR-4127390]]\n"
     "Admit: [[date:02/19/2024]]    Discharge: [[date:02/26/2024]]    Age: [[age:96]]\n"
     "Dx: CAP with parapneumonic effusion (drained, pH 7.31), AKI (Cr 2.1 -> 1.3), "
     "chronic hypoxaemia from coal workers' pneumoconiosis.\n"
     "Home O2 2 L; concentrator delivered, S/N [[device:OC-4127-PA-0398]].\n"
     "He lives with his [[age:90-year-old]] wife [[name:Verna]] on [[address:Shaffer Ridge "
     "Rd]] outside [[place:Larch Hollow]]. PCP: Dr. [[name:Sandra Baum]], "
     "[[place:Larch Hollow Family Health]]."),
    # ---------------------------------------------------------------- Swahili (Tanzania, Kenya)
    ("tz-rufaa",
     "FOMU YA RUFAA - [[place:Zahanati ya Kibaoni Juu]]\n"
     "Jina la mgonjwa: [[name:Neema Mnyampala]]\n"
     "Umri: miaka [[age:92]]    Jinsia: Ke\n"
     "Kijiji: [[place:Kibaoni Juu]], kata ya [[place:Mlali Mashariki]]\n"
     "NIDA: [[other_id:19320504-41273-00001-17]]    NHIF: [[health_plan:104127395]]\n"
     "Tarehe ya rufaa: [[date:15/03/2024]]\n"
     "Historia: Bibi huyu ana kikohozi kwa wiki 6, homa za jioni na kupungua uzito. Kipimo "
     "cha GeneXpert hakipatikani hapa. Shinikizo la damu 100/64, mapigo 112, SpO2 91%.\n"
     "Anapelekwa: [[place:Hospitali Teule ya Mtakatifu Yohana]]\n"
     "Ndugu: mjukuu [[name:Baraka Saidi]], simu [[phone:0754 412 339]].\n"
     "Mganga: [[name:E. Mrisho]], AMO"),
    ("ke-whatsapp",
     "WhatsApp - familia na daktari\n"
     "[[[date:12/05/2024 21:14]]] [[name:Wanjiku Mwangi]]: Daktari, mama yetu hajala tangu "
     "jana, anatapika na hawezi kusimama.\n"
     "[[[date:12/05/2024 21:16]]] Dkt. [[name:Otieno]]: Mpelekeni [[place:Kwa Ndege Health "
     "Centre]] sasa hivi. Ana miaka mingapi? Anatumia dawa gani?\n"
     "[[[date:12/05/2024 21:19]]] [[name:Wanjiku Mwangi]]: Ana miaka [[age:91]]. Anatumia "
     "dawa za moyo, digoxin na furosemide.\n"
     "[[[date:12/05/2024 21:20]]] [[name:Wanjiku Mwangi]]: Tumelipa ambulensi kwa M-Pesa, "
     "namba ya muamala [[account:SCK7Q4XT2M]].\n"
     "[[[date:12/05/2024 21:22]]] Dkt. [[name:Otieno]]: Sawa. Nitampigia mhudumu wa zamu. "
     "Leteni vidonge vyote. Namba yangu ni [[phone:0722 412 339]]."),
    ("tz-ward-table",
     "ORODHA YA WAGONJWA - WODI YA WANAUME\n"
     "| Kitanda | Jina | Umri | Tatizo | Mpango |\n|---|---|---|---|---|\n"
     "| 2 | [[name:Juma Hamisi Mkwawa]] | 58 | kiharusi | mazoezi ya viungo |\n"
     "| 4 | [[name:Selemani Kiwelu]] | [[age:96]] | nimonia | ceftriaxone 1 g |\n"
     "| 6 | [[name:Athumani Rajabu]] | 44 | kisukari, DKA | insulini, maji |\n"
     "| 8 | [[name:Yusufu Mbwana]] | 23 | ajali ya bodaboda [[vehicle:MC 412 CKT]], paja "
     "limevunjika | traction, upasuaji Jumatatu |"),
    ("tz-oxygen",
     "Barua ya huduma ya oksijeni nyumbani\n"
     "Mgonjwa: [[name:Baraka Kiwelu]], miaka 63, COPD (FEV1 38%).\n"
     "Anwani: [[address:Nyumba Na. 41, Mtaa wa Mkwajuni]], [[place:Mwembeni]]\n"
     "Kifaa: mashine ya oksijeni, namba ya kifaa [[device:OC-4127-TZ-0391]], lita 2 kwa "
     "dakika, saa 16 kwa siku.\n"
     "Imekabidhiwa tarehe [[date:3 Aprili 2024]] kwa mke wake [[name:Mwanaisha]].\n"
     "Simu ya mke: [[phone:+255 713 412 739]]. Anwani ya barua pepe ya mtoto: "
     "[[email:hamisi.kiwelu@example.co.tz]]."),
    ("ke-mch-note",
     "OUTPATIENT NOTE - [[place:Kwa Ndege Health Centre]], MCH clinic\n"
     "Client: [[name:Mercy Achieng Otieno]]    ID No: [[other_id:31412739]]    "
     "SHA: [[health_plan:SHA-0412739-5]]\n"
     "Postal address: [[address:P.O. Box 412]]-[[zip:40100]], [[place:Kwa Ndege]]\n"
     "G3P2 at 28 weeks; Hb 8.9 g/dL, BP 118/72. IPTp-SP dose 2 given, iron/folate continued, "
     "LLIN issued.\n"
     "Paid for the ultrasound by M-Pesa till, ref [[account:SDK4T7XQ2L]].\n"
     "Husband [[name:Tom Odhiambo]], [[phone:0712 412 739]]."),
    # ---------------------------------------------------------------- Amharic
    ("et-referral",
     "የሪፈራል ወረቀት\n"
     "[[place:ጨፌ ሜዳ ጤና ጣቢያ]]\n"
     "ቀን (በኢትዮጵያ አቆጣጠር)፦ [[date:መጋቢት 3 ቀን 2016]]\n"
     "የታካሚው ስም፦ [[name:ትዕግስት ኃይሌ ወልደማርያም]]\n"
     "ዕድሜ፦ [[age:93]]    ፆታ፦ ሴት\n"
     "አድራሻ፦ [[place:ሰላም በር]] ከተማ፣ [[address:ቀበሌ 04 የቤት ቁጥር 1127]]\n"
     "የካርድ ቁጥር፦ [[mrn:04127/16]]    የቀበሌ መታወቂያ፦ [[other_id:ሰበ/04/41273]]\n"
     "ስልክ፦ [[phone:0911 41 27 39]] (ልጃቸው [[name:ዳዊት]])\n"
     "ታሪክ፦ ለ5 ቀናት ትኩሳትና ሳል፤ የደም ግፊት 90/60 mmHg፤ SpO2 86%።\n"
     "የተላከበት ምክንያት፦ ለኦክስጅንና ለተጨማሪ ሕክምና ወደ [[place:ደብረ ጽጌ አጠቃላይ ሆስፒታል]]።\n"
     "የላኪው ባለሙያ፦ [[name:መሰረት ተሰማ]] (ነርስ)"),
    ("et-telegram",
     "Telegram - የሕክምና ባለሙያዎች ውይይት\n"
     "[[name:ብርሃኑ ተሰማ]]: ዛሬ ጠዋት የ16 ዓመት ወጣት በእባብ ተነድፎ መጣ። ስሙ [[name:ከበደ ሞላ]] ነው፤ "
     "ከ[[place:ጎጆ ገበያ]] ቀበሌ ነው የመጣው። 20 ጠርሙስ antivenom ተሰጥቶታል።\n"
     "[[name:ሰላማዊት ደምሴ]]: 20WBCT ስንት ደቂቃ ነበር?\n"
     "[[name:ብርሃኑ ተሰማ]]: ከ30 ደቂቃ በላይ። ያመጣው ባጃጅ የሰሌዳ ቁጥሩ [[vehicle:3-A41873]] ነው።\n"
     "[[name:ሰላማዊት ደምሴ]]: እባክህ የልጁን ስም ከቡድኑ አጥፋው።"),
    ("et-cbhi",
     "የጤና መድን (CBHI) ማረጋገጫ\n"
     "አባል፦ አቶ [[name:ገብረመድህን አለሙ]]\n"
     "የአባልነት ቁጥር፦ [[health_plan:07/412/73905]]\n"
     "Fayda፦ [[other_id:4127 3905 6128]]\n"
     "የተኛበት ቀን፦ [[date:ሚያዝያ 12/2016]]\n"
     "ምርመራ፦ የሳንባ ምች (pneumonia)፤ amoxicillin 1 g በቀን ሦስት ጊዜ።\n"
     "ሂሳብ ቁጥር (CBE)፦ [[account:1000412739056]]"),
    # ---------------------------------------------------------------- Somali
    ("so-referral",
     "WARQADDA GUDBINTA\n"
     "Ka: [[place:Xarunta Caafimaadka Tuulo Barwaaqo]]\n"
     "Loo diray: [[place:Isbitaalka Guud ee Ceelgaras]]\n"
     "Taariikhda: [[date:14 Maarso 2024]]\n"
     "Magaca bukaanka: [[name:Hodan Cabdi Warsame]]\n"
     "Da'da: [[age:91 sano]]    Jinsiga: dheddig\n"
     "Lambarka aqoonsiga: [[other_id:SO-41273905]]\n"
     "Taleefanka (wiilkeeda [[name:Maxamed]]): [[phone:+252 61 541 2739]]\n"
     "Xaaladda: qandho 3 maalmood, neefsasho adag, SpO2 84%. Waxaa la siiyey ceftriaxone "
     "1 g iyo oksijiin.\n"
     "Dhakhtarka: Dr. [[name:Faadumo Xasan]]"),
    ("so-family",
     "Fariin ka timid qoyska (SMS)\n"
     "Salaan dhakhtar. Waxaan ahay [[name:Ayaan Warsame]], gabadha [[name:Cabdullaahi "
     "Warsame Jaamac]]. Aabbahay wuxuu jiraa [[age:95 sano]], wuxuuna ku jiraa qolka 4. "
     "Lambarka faylkiisu waa [[mrn:GH-041273]]. Waxaan degnaa [[address:Guriga 17, Waddada "
     "Geedka Cad]], tuulada [[place:Laascadaleh]]. Fadlan warbixinta ii soo dir "
     "[[email:ayaan.warsame@example.so]] ama i soo wac [[phone:+252 63 441 2739]]. "
     "Mahadsanid."),
    # ---------------------------------------------------------------- French of West Africa
    ("sn-compte-rendu",
     "COMPTE RENDU DE CONSULTATION\n"
     "[[place:Poste de santé de Keur Samba Diouf]]\n"
     "Patiente : Mme [[name:Awa Diop]], [[age:92 ans]], cultivatrice retraitée\n"
     "Domicile : quartier [[place:Thiambokh]], [[place:Keur Samba Diouf]]\n"
     "CNI : [[other_id:2 751 1932 04127]]    N° CMU : [[health_plan:CMU-SN-0412739]]\n"
     "Vue le [[date:mardi 12 mars 2024]] pour une plaie du pied droit évoluant depuis 3 "
     "semaines. Glycémie 3,12 g/L ; diabète de type 2 connu depuis 2015 ; pouls pédieux "
     "absents.\n"
     "Conduite : pansement, amoxicilline-acide clavulanique 1 g x 2/j, référée à "
     "l'[[place:Hôpital régional El Hadji Omar Sall]] pour avis chirurgical.\n"
     "Son petit-fils, [[name:Ousmane Diop]], est joignable au [[phone:+221 77 412 33 90]]."),
    ("ci-fiche-liaison",
     "FICHE DE LIAISON / RÉFÉRENCE\n"
     "Structure : [[place:Centre de santé urbain de Koumassi-Bonoua]]\n"
     "Patient : M. [[name:Koffi Yao Ferdinand]]    Âge : 71 ans\n"
     "N° CMU : [[health_plan:0412 7390 5612]]    N° dossier : [[mrn:CSU/24/1127]]\n"
     "Adresse : quartier [[place:Gbagnon-Plateau]], derrière la pharmacie\n"
     "Date : [[date:18/04/2024]] à 09h40\n"
     "Motif : AVC ischémique probable (NIHSS 9), TA 210/120 mmHg, glycémie 1,4 g/L.\n"
     "Accompagnant : son fils [[name:Serge]], tél. [[phone:+225 07 07 41 27 39]].\n"
     "Transporté en taxi communal (woro-woro) immatriculé [[vehicle:4127 GH 01]]."),
    ("ml-sms",
     "SMS - relais communautaire de [[place:Niéméné]] vers le CSCom\n"
     "[[[date:03/08/2024 06:52]]] [[name:Moussa Traoré]] : Bonjour major, la femme de "
     "[[name:Bakary Coulibaly]] saigne beaucoup après l'accouchement à la maison.\n"
     "[06:54] Major [[name:Keïta]] : Depuis combien de temps ? Donnez-lui le misoprostol du kit "
     "(600 µg) et massez l'utérus. L'ambulance part maintenant.\n"
     "[07:31] [[name:Moussa Traoré]] : Ils sont partis en moto-ambulance. NINA de la femme : "
     "[[other_id:41273905612370K]]."),
    ("ml-tableau",
     "TABLEAU DE GARDE - Médecine, [[place:Hôpital de district de Niéméné]]\n"
     "| Lit | Patient | Âge | Diagnostic | Conduite |\n|---|---|---|---|---|\n"
     "| 1 | [[name:Fatoumata Sangaré]] | [[age:93 ans]] | insuffisance cardiaque | furosémide |\n"
     "| 2 | [[name:Mamadou Diarra]] | 34 ans | paludisme grave | artésunate IV |\n"
     "| 3 | [[name:Aminata Touré]] | 61 ans | AVC | kinésithérapie |\n"
     "Garde assurée par Dr [[name:Oumar Dembélé]], joignable au [[phone:+223 76 41 27 39]]."),
    # ------------------------------------------------------- Portuguese (Mozambique, Angola)
    ("mz-nota-alta",
     "NOTA DE ALTA - Serviço de Medicina, [[place:Hospital Rural de Muanalavo]]\n"
     "Doente: [[name:Esperança Macuácua]]    Processo n.º [[mrn:HRM-2024-04127]]\n"
     "Idade: [[age:90 anos]]    BI: [[other_id:110104127395B]]\n"
     "Residência: bairro [[place:Muanalavo-Sede]], [[address:Rua do Embondeiro, casa n.º "
     "41]]\n"
     "Internada a [[date:2 de fevereiro de 2024]]; alta no dia [[date:9 de fevereiro de "
     "2024]].\n"
     "Diagnóstico: pneumonia adquirida na comunidade (CURB-65 de 3), anemia (Hb 7,9 g/dL).\n"
     "Contacto: neto [[name:Zacarias Tembe]], telemóvel [[phone:+258 84 412 7390]].\n"
     "Médico: Dr. [[name:Anselmo Cossa]]"),
    ("mz-whatsapp",
     "Grupo WhatsApp - clínicos do distrito\n"
     "[[name:Celso Mabunda]]: Colegas, recebi hoje um senhor de [[age:97 anos]] vindo de "
     "[[place:Namapa-Rio]], com retenção urinária há 3 dias e creatinina 4,1 mg/dL.\n"
     "[[name:Helena Chissano]]: Algaliou? Faça ecografia renal. O processo dele é "
     "[[mrn:HDN-41273]]?\n"
     "[[name:Celso Mabunda]]: Sim, 1.400 mL drenados. Vou transferir amanhã na viatura "
     "[[vehicle:AFM 412 MP]].\n"
     "[[name:Helena Chissano]]: Cuidado com a poliúria pós-obstrutiva."),
    ("ao-transfer",
     "RELATÓRIO DE TRANSFERÊNCIA\n"
     "De: [[place:Centro Materno-Infantil de Cassongue-Rio]]\n"
     "Para: [[place:Hospital Municipal do Cuima-Alto]]\n"
     "Paciente: [[name:Domingas Kiala Ngola]], 34 anos, G5P4\n"
     "BI n.º [[other_id:004127395LA042]]\n"
     "Data: [[date:sexta-feira, 19/04/2024]]\n"
     "Quadro: eclâmpsia, 3 convulsões, TA 180/115 mmHg. Sulfato de magnésio 4 g EV + 10 g IM "
     "(esquema de Pritchard); hidralazina 5 mg EV.\n"
     "Transporte: viatura da administração municipal, matrícula [[vehicle:LD-41-27-CK]].\n"
     "Marido: [[name:Adão Ngola]], telefone [[phone:+244 923 412 739]]."),
    # ---------------------------------------------------------------- Haitian Creole
    ("ht-fich-referans",
     "FICH REFERANS\n"
     "Soti: [[place:Dispansè Fon Bazil]]\n"
     "Ale: [[place:Lopital Kominotè Dosmond]]\n"
     "Non pasyan: [[name:Wilnise Pierre-Louis]]\n"
     "Laj: [[age:95 an]]\n"
     "Adrès: [[address:12, Ri Flanbwayan]], katye [[place:Kawonn]], [[place:Fon Bazil]]\n"
     "NIF: [[other_id:004-127-395-1]]    Nimewo dosye: [[mrn:FB-4127]]\n"
     "Dat: [[date:14 mas 2024]]\n"
     "Pwoblèm: li tonbe lakay li, janm dwat la vin kout epi li vire deyò; nou sispèk yon "
     "frakti kòl femi.\n"
     "Moun pou kontakte: pitit fi li [[name:Dieula]], telefòn [[phone:+509 3412-7390]].\n"
     "Enfimyè: [[name:Rose-Carmel Estimé]]"),
    ("ht-family",
     "Mesaj WhatsApp fanmi an voye bay klinik la\n"
     "Bonjou doktè, se [[name:Jean-Robert Dorsainvil]] k ap ekri. Manman m, "
     "[[name:Anita Dorsainvil]], te fèt [[date:12 jiyè 1931]], li gen [[age:92 an]]. Li pa ka "
     "pran metfòmin nan ankò, li vomi chak fwa. Nou rete [[place:Ravin Sab]] kounye a, pa "
     "[[place:Kawonn]] ankò. Kat OFATMA li se [[health_plan:OF4127390]]. Rele m nan "
     "[[phone:+509 4412-7339]] oswa ekri m sou [[email:jr.dorsainvil@example.ht]]. Mèsi."),
    # ---------------------------------------------------------------- board posts and others
    ("board-post-ht-zm",
     "Case board - tropical medicine\n"
     "Sharing a teaching case (identifiers removed, I hope): a 38-year-old teacher with "
     "fever, eschar on the ankle and a maculopapular rash after a field trip. Weil-Felix "
     "not done; doxycycline 100 mg BD with defervescence in 36 h. Differential: African tick "
     "bite fever, typhus, leptospirosis (Weil disease), secondary syphilis. Update: the "
     "patient's blog with photos is at [[url:http://blog.example.co.zm/chanda-mutale-diary]], "
     "so I removed the pictures from the post."),
    ("zm-telehealth",
     "Tele-ECG log - district to provincial cardiology\n"
     "Uploaded from [[ip:192.168.41.27]] at the health post; reviewed remotely.\n"
     "Patient: [[name:Mutale Mukuka]], 46 M. ECG: AF 132, LVH by voltage, no acute ST change. "
     "Echo not available locally. Start bisoprolol 2.5 mg, check TSH.\n"
     "Reviewer: [[name:Chabala Zulu]], [[email:c.zulu@example.co.zm]]."),
    # ---------------------------------------------------------------- clean letters
    ("clean-zm-ward-round",
     "WARD ROUND - Male Medical, bay B\n"
     "Bed 4: advanced HIV disease, WHO stage 4, CD4 42 cells/uL; CrAg LFA negative; urine "
     "TB-LAM positive. Start RHZE 4 tablets daily (weight band 55-70 kg) and ART after 2 "
     "weeks.\n"
     "Bed 6: 72-year-old with congestive cardiac failure, NYHA III; furosemide 40 mg IV BD; "
     "K 3.1 replaced.\n"
     "Bed 9: Kaposi sarcoma on the palate; Burkitt lymphoma considered, biopsy awaited.\n"
     "ICD-10 B20, A15.0, I50.0."),
    ("clean-sw",
     "Mzee wa miaka 84 ana shinikizo la damu 172/104 mmHg na kisukari (sukari 16.4 mmol/L). "
     "Amepewa amlodipine 10 mg kila siku na metformin 500 mg mara mbili kwa siku. Kipimo cha "
     "malaria (mRDT) hakina vimelea. Arudi kliniki baada ya wiki 2; elimu ya lishe imetolewa."),
    ("clean-am",
     "የዎርድ ዙር ማስታወሻ\n"
     "አልጋ 3፦ የ78 ዓመት አዛውንት፣ የልብ ድካም (NYHA III)፤ furosemide 40 mg IV በቀን ሁለት ጊዜ።\n"
     "አልጋ 5፦ ታይፎይድ ተጠርጥሯል፤ ceftriaxone 2 g IV በቀን አንድ ጊዜ ለ7 ቀናት።\n"
     "የደም ምርመራ፦ Hb 9.4 g/dL፣ WBC 14,200፣ platelet 96,000።\n"
     "ICD-10 A01.0"),
    ("clean-fr",
     "Synthèse du staff de médecine interne : 3 cas de paludisme grave (artésunate IV "
     "2,4 mg/kg à H0, H12 et H24), 1 maladie de Kaposi, 1 syndrome de Guillain-Barré suspecté "
     "(dissociation albumino-cytologique). Score de Glasgow à 11/15 chez le patient du lit 12. "
     "Patiente de 87 ans sortante ce jour, revue en consultation dans 15 jours."),
    ("clean-pt",
     "Reunião clínica do serviço de Pediatria: 2 casos de malária grave, 1 de doença de Hansen "
     "(forma multibacilar, PQT-MB), 1 sarampo com pneumonia. Escala de Coma de Glasgow 13; "
     "Hb 6,2 g/dL, transfundidos 20 mL/kg. A avó de 86 anos acompanha a criança da cama 7."),
    ("clean-ht",
     "Nòt sal la: 4 pasyan kolera (plan C, Ringer laktat 100 mL/kg), 2 malnitrisyon sevè "
     "(MUAC 10.9 cm, F-75), 1 tansyon 210/120. Granmoun 88 an nan kabann 3 la pi byen jodi a."),
    ("clean-so",
     "Kormeerka qolka: bukaanka sariirta 2 wuxuu qabaa qaaxo (GeneXpert: MTB waa la helay, "
     "RIF ma jiro); RHZE 3 kiniin maalintii. Sariirta 4: haweeney 86 sano ah, dhiig-kar "
     "180/110, amlodipine 10 mg. Cudurka Parkinson waa laga saaray."),
    ("clean-ab",
     "Rural ED teaching points: Ottawa ankle rules and the Canadian C-spine rule applied to 3 "
     "rodeo injuries; ESAS (Edmonton Symptom Assessment System) total 34 in the palliative "
     "bed; ASPECTS 9 on the CT before tenecteplase 0.25 mg/kg. Rocky Mountain spotted fever "
     "and tularemia were considered in the trapper with fever; doxycycline 100 mg BD."),
    ("clean-pa",
     "Clinic huddle: Pittsburgh Sleep Quality Index 13 in the night-shift nurse; Lyme disease "
     "(erythema migrans 8 cm) treated with doxycycline 100 mg BD for 10 days; buprenorphine "
     "16 mg daily, COWS 4; ICD-10 F11.20, A69.20. Medical Assistance transport approved for "
     "the 2 dialysis patients."),
    ("clean-bw",
     "National ART guidelines (2023): TLD first line; viral load at 3 and 6 months; TPT for 6 "
     "months. Kaposi sarcoma staged T1 I1 S0. Hb 10.2 g/dL, creatinine 98 umol/L. Syndromic "
     "STI management per the national handbook, page 41."),
    ("clean-ke",
     "Rift Valley fever, brucellosis and typhoid were in the differential for the herder with "
     "fever; Mantoux 15 mm; Widal not requested. Triage: SATS orange (TEWS 5). "
     "Artemether-lumefantrine 80/480, 4 tablets BD for 3 days. Room 12, Casualty."),
    ("reference-discussion",
     "Hypercalcaemia in HIV-associated tuberculosis has been described before "
     "(https://doi.org/10.1093/cid/ciy412; https://pubmed.ncbi.nlm.nih.gov/31412739/), and "
     "the WHO consolidated guidance is at "
     "https://www.who.int/publications/i/item/9789240041127.", "discussion"),
]
F50_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH50: tuple[Note, ...] = build(F50_PART, per_category=26, clean=120, references=8) + F50_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH50 for e in n.expected)
    print(len(FRESH50), "notes,", sum(1 for n in FRESH50 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

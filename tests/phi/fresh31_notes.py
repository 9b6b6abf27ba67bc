"""FRESH31: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a twenty-seventh author during the eighteenth round; it is measured once, at
the end of that round. Its author read only tests/phi/generated.py (the framework: Vocabulary,
Part, build, CATEGORY_ORDER, and its module docstring), tests/phi/corpus.py (the Note type, the
span conventions, parse), the de-identification section of the project's domain notes
(section 5, 45 CFR 164.514(b)(2) Safe Harbor), the module docstrings only of
tests/phi/fresh26_notes.py and fresh30_notes.py (read with ast.get_docstring; not those of fresh27 to
fresh29) and the wiring lines of fresh16_notes.py (its Part call, _letter
and build and __main__ lines; a sed range that was meant for those lines also showed the end
of fresh16's style list and its first ten hand-written letters, of which nothing was copied);
not the scanner, its patterns, name lists, model or data, its benchmark (bench/), its tests,
the body of any other fresh part (fresh32 was being written at the same time and was not
opened), nor their git history; the scanner was not run or imported while writing it, nor on
its notes. Its vocabulary, value shapes, keywords, connectors, frames, note styles and
hand-written letters are its author's own, as a global case-discussion board sees them: about
half English-language settings (New Mexico's pueblos and the Navajo Nation, the Texas
Panhandle, Appalachian Virginia, Prince Edward Island, Manitoba's north, Cumbria and the Lake
District, County Donegal, the Isle of Man, South Australia's Riverland, Vanuatu with Bislama
words, Lesotho, Sierra Leone, Pakistani families writing in English from Punjab) and half
non-English settings in their languages and scripts: Castilla y León (Spanish, DNI, TSI, NHC,
"años"), Umbria and the Marche (Italian, codice fiscale, tessera sanitaria, "anni"), the
Auvergne (French, numéro de sécurité sociale, RPPS, "ans"), Thuringia (German, KVNr.,
"Jahre"), Lower Silesia (Polish, PESEL, PWZ, "lata"/"lat"), Slovenia (Slovenian, EMŠO, ZZZS,
"let"), Latvia (Latvian, personas kods, "gadi"/"gadus"), Belarus (Russian and Belarusian
Cyrillic, личный номер, "лет", "гады"), Uzbekistan (Uzbek Latin and Russian, JShShIR,
"yoshda"), Iraqi Kurdistan (Sorani in Arabic script and Arabic, "ساڵ", "سنة"), Odisha (Odia
script, BSKY card, Aadhaar, "ବର୍ଷ"), Sri Lanka (Sinhala script, NIC), Myanmar (Burmese script,
NRC, "နှစ်"), Cambodia (Khmer script, IDPoor card, "ឆ្នាំ"), Cuba (Spanish, carné de
identidad) and Cameroon (French, CNI). Each setting's own wards and departments, eponymous
diseases as those languages write them (enfermedad de Crohn, morbo di Parkinson, maladie de
Horton, Morbus Basedow, choroba Leśniowskiego-Crohna, Hashimotov tiroiditis, Parkinsona
slimība, болезнь Бехтерева, Bexterev kasalligi), headings in capitals (INFORME DE ALTA,
LETTERA DI DIMISSIONE, COMPTE RENDU D'HOSPITALISATION, ENTLASSUNGSBRIEF, KARTA INFORMACYJNA,
ODPUSTNICA, IZRAKSTS, ВЫПИСНОЙ ЭПИКРИЗ, HOJA DE EGRESO, FICHE DE TRANSFERT). Small towns and
villages appear in running prose and people are named in prose without labels, as case
reports have them; plates are written as each country writes them (Texas, Donegal, Isle of
Man, South Australia, Sierra Leone, Punjab, Spain, Italy, France, Thuringia, Lower Silesia,
Slovenia, Latvia, Belarus, Uzbekistan, Sri Lanka, Cambodia, Cuba, Cameroon). Document types:
case-report narratives as posted to a discussion board, discharge summaries, referral and
consult letters, nursing-station and ward notes, transfer forms, a ward table and message
threads.

Conventions (tests/phi/corpus.py's and the fresh parts' docstrings'): a name without its
title or honorific (Dr, Dr. med., Dra., Mr, Mrs, Mme, Sig.ra, Herr, Pani, lek., Mme as a
Sesotho honorific stay out); a full name is one span; staff names are names; an identifier
without its keyword; an age over 89 with its attached unit in any language ("93-year-old",
"96 años", "92 ans", "91 Jahre", "93 lata", "90 let", "94 gadi", "95 лет", "92 гады", "91
yoshda", "93 ساڵ", "91 ବର୍ଷ", "90 နှစ်", "93 ឆ្នាំ", "92 yia") or the number alone where no
unit is attached ("වයස 92", "(91)"); ages under 90 are not marked (the clean notes carry
84-89 in several languages); a date without its preposition or prefix ("le", "am", "el"),
with a weekday right before it and a time right after it; a year alone is not a date. The
street line is one span; each locality (town, village, pueblo, chapter, commune, вёска,
ភូមិ) and the postcode are separate spans; a named hospital, clinic, nursing station
or health centre is a place (the whole name); states, regions, provinces, counties,
oblasts and countries (NM, TX, VA, PE, SA, Cumbria, Donegal, Thuringia, Castilla y León) are
never marked. Categories: `ssn` is a US Social Security number only; other national numbers
(DNI, codice fiscale, PESEL, EMŠO, personas kods, Belarusian личный номер, JShShIR, Iraqi
national card, Aadhaar, Sri Lankan NIC, Myanmar NRC, carné de identidad, CNI, CNIC, Lesotho
and Sierra Leone IDs, band and tribal census numbers, UK NI, a black-lung claim number) are
`other_id`; insurance numbers (Medicaid, PEI Health, Manitoba PHIN, NHS, Irish medical card,
Medicare Australia, TSI, tessera sanitaria, sécu numbers, KVNr., NFZ, ZZZS, BSKY, Sehat card,
IDPoor) are `health_plan`; hospital, clinic and IHS chart numbers are `mrn`; passports, driving
licences and professional registrations (colegiado, RPPS, PWZ, PMDC, GMC) are `licence`;
IBANs, accounts and invoices are `account`; plates and VINs are `vehicle`; pacemaker, pump,
hearing-aid and other device serials are `device`.

Built as build(F31_PART, per_category=26, clean=120, references=8) + F31_LETTERS (50
hand-written notes: 38 with identifiers, one of them a web address in a patient_information
section, 11 clean, 1 reference paragraph in a discussion): 688 notes, 140 of them (20%)
without any identifier (120 generated clean notes, 8 reference notes in an introduction or
discussion, 11 clean letters, 1 reference letter), 801 spans - name 84, address 43, place
129, zip 39, date 37, age 46, phone 44, fax 26, email 27, ssn 27, mrn 28, health_plan 41,
account 26, licence 29, vehicle 37, device 26, url 43, ip 26, other_id 43
(`python -m tests.phi.fresh31_notes` prints them). Checked without the scanner: every span's
text is the note's text at its offsets and has no surrounding blanks, no marks or slots are
left in the text, no spans overlap, note ids are unique, every category is in
generated.CATEGORY_ORDER, every marked age is over 89, and builds under two PYTHONHASHSEED
values are identical. Deterministic: its own seed (19_031), values drawn from the builder's
fixed-seed Random, no hash-order dependence.

The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.

    from tests.phi.fresh31_notes import FRESH31, F31_PART, F31_LETTERS
Not wired into any test or bench: measure it once.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build

F31_VOCABULARY = Vocabulary(
    given=["Dineh", "Leotie", "Wyatt", "Loretta", "Clyde", "Maisie", "Keegan", "Fenella",
           "Oisín", "Bríd", "Juan", "Teodora", "Lumka", "Palesa", "Fatmata", "Ishmael",
           "Ruben", "Noemi", "Ernesto", "Amélie", "Gisèle", "Ulrike", "Wojciech", "Halina",
           "Urška", "Matevž", "Ilze", "Kristaps", "Tamara", "Dilnoza", "Sardor", "Shilan",
           "Rebwar", "Subhashree", "Chamari", "Nilanthi", "Thandar", "Sophea", "Yamilé",
           "Ndzi", "Mohammad Usman", "Sadia"],
    surnames=["Begay", "Yazzie", "Tsosie", "Romero", "Hollister", "Blankenship", "Mullins",
              "MacPhail", "Gallant", "Arsenault", "Spence", "Crosthwaite", "Bonner",
              "Ó Gallchóir", "Quayle", "Kinvig", "Mokoena", "Ntsane", "Kamara", "Koroma",
              "Tari", "Pérez Alonso", "Sancho", "Bartolucci", "Pierantoni", "Chabrier",
              "Vigouroux", "Ehrhardt", "Kowalik", "Zając", "Kos", "Zupančič", "Bērziņa",
              "Ozoliņš", "Hramyka", "Yusupova", "Tursunov", "Ahmed", "Barzani", "Mohanty",
              "Pradhan", "Wickramasinghe", "Aung", "Chhun", "Castellanos", "Fotso",
              "Chaudhry"],
    cities=["Shiprock", "Chinle", "Española", "Dalhart", "Tulia", "Grundy", "Big Stone Gap",
            "Tignish", "Souris", "Thompson", "Gillam", "Keswick", "Cockermouth", "Dungloe",
            "Glenties", "Ramsey", "Peel", "Renmark", "Loxton", "Luganville", "Mafeteng",
            "Makeni", "Sahiwal", "Aranda de Duero", "Benavente", "Gubbio", "Fabriano",
            "Ambert", "Saint-Flour", "Ilmenau", "Saalfeld", "Kłodzko", "Idrija", "Kuldīga",
            "Pinsk", "Termiz", "Ranya", "Baripada", "Matara", "Monywa", "Kampot", "Bayamo",
            "Dschang"],
    streets=["Mesa", "Piñon", "Cemetery Hollow", "Kirkgate", "Fisher", "Calle Real",
             "Via Flaminia", "Rue du Breuil", "Anger", "Kościuszki", "Cankarjeva", "Liepu",
             "Molo", "Main"],
    relations=["grandmother", "son-in-law", "hija", "figlia", "petite-fille", "Sohn",
               "córka", "hči", "meita", "дочка", "nephew", "co-wife", "neighbour"],
    clean=[
        "Hb 9.4 g/dL, MCV 71 fL, ferritin 8 ng/mL.",
        "She is 87 and walks with a frame; MMSE 24/30.",
        "Paziente di 88 anni, morbo di Parkinson dal 2016.",
        "Homme de 86 ans, maladie de Horton suspectée, VS 92 mm.",
        "Patientin, 89 Jahre, Morbus Basedow, TSH < 0,01 mU/l.",
        "Mujer de 85 años con enfermedad de Crohn y anemia ferropénica.",
        "Pacjentka lat 84, choroba Leśniowskiego-Crohna, CRP 46 mg/l.",
        "Bolnica, stara 88 let, Hashimotov tiroiditis, fT4 9 pmol/l.",
        "Pacientei 86 gadi; Hodžkina limfoma anamnēzē.",
        "Болезнь Бехтерева с 1998 г.; СОЭ 38 мм/ч.",
        "Hvoroba Parkinsona; 87 hadoŭ; no falls this month.",
        "Bemor 85 yoshda, qandli diabet 2-tip, HbA1c 9,1%.",
        "BP 150/90 mmHg, HR 88/min, SpO2 96% on air.",
        "CHA2DS2-VASc 5; apixaban 2.5 mg BD.",
        "Cycle 3 of FOLFOX delayed one week for neutropenia 0.9.",
        "Bed 14, ward 6 (medicina interna); seen on the 08:00 round.",
        "ECOG 2, Karnofsky 60%; PHQ-9 score 11.",
        "Guillain-Barré and Miller Fisher variants were discussed.",
        "Creatinine 162 umol/L; eGFR 33; K 5.6 mmol/L.",
        "Plate and screws removed; union at 14 weeks.",
        "Case 4 of 12 in the 2022 audit; no. of readmissions 2.",
        "ICD-10 E11.65 and N18.4 coded; NICE NG28 followed.",
        "Troponin 14 then 210 ng/L at 3 h; ECG ST depression V4-V6.",
        "Sputum AFB negative x3; GeneXpert MTB not detected.",
        "Malaria RDT positive (P. falciparum); artemether-lumefantrine started.",
        "Síndrome de Guillain-Barré descartado; LCR 2 células.",
        "Insulina glargina 18 UI alle 22:00; glicemia 212 mg/dl.",
        "Il a 88 ans et vit seul; aide à domicile deux fois par jour.",
    ],
    seed=19_031,
)

_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"],
}

# Uzbek (Latin) and Latvian (locative) months, as those notes write a date in words.
_UZ_MONTHS = ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr",
              "oktabr", "noyabr", "dekabr"]
_LV_MONTHS = ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā",
              "septembrī", "oktobrī", "novembrī", "decembrī"]


def _n(r: random.Random, k: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(k))


def _a(r: random.Random, k: int, alphabet: str = "ABCDEFGHJKLMNPRSTVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(k))


def _f31_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1931, 2025)
    lang = r.choice(sorted(_MONTHS))
    month = _MONTHS[lang][m - 1]
    forms = [f"{d} de {month} de {y}" if lang == "es" else f"{d} {month} {y}",
             f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}",
             f"{y}-{m:02d}-{d:02d}", f"{d}. {m}. {y}", f"{d:02d}-{month[:3].upper()}-{y}",
             f"{month.capitalize()} {d}, {y}" if lang == "en" else f"{d}.{m:02d}.{y % 100:02d}",
             f"{d:02d}/{m:02d}/{y % 100:02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
             f"{y}-yil {d}-{_UZ_MONTHS[m - 1]}", f"{y}. gada {d}. {_LV_MONTHS[m - 1]}"]
    return r.choice(forms)


def _f31_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 103)
    return r.choice([
        ("a {age} Diné grandmother from the chapter house", f"{n}-year-old"),
        ("rancher, {age}, lives alone", f"{n} years old"),
        ("mujer de {age}, vive en el pueblo con su hija", f"{n} años"),
        ("paziente di {age}, allettata", f"{n} anni"),
        ("patiente âgée de {age}, chute à domicile", f"{n} ans"),
        ("Patient, {age} alt, Pflegegrad 3", f"{n} Jahre"),
        ("pacjent w wieku {age}, po udarze", f"{n} lat"),
        ("gospa, stara {age}, živi sama", f"{n} let"),
        ("pacients, {age} vecs, dzīvo laukos", f"{n} gadus"),
        ("пациентка {age}, лежачая", f"{n} лет"),
        ("пацыентка, {age}, жыве з унукам", f"{n} гадоў"),
        ("bemor {age}, yurolmaydi", f"{n} yoshda"),
        ("تەمەنی نەخۆش: {age}", f"{n} ساڵ"),
        ("العمر {age}", f"{n} سنة"),
        ("ରୋଗୀଙ୍କ ବୟସ {age}", f"{n} ବର୍ଷ"),
        ("crofter aged {age}, Ardara", f"{n}"),
        ("Age/Sex: {age}/M", f"{n}"),
        ("old soldier, {age}, Ward 3", f"{n}yo"),
        ("olfala mama, {age}, kam long aelan", f"{n}-yr-old"),
        ("anciana de {age}, carné al día", f"{n} años"),
    ])


def _f31_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"(505) {r.randint(200, 989)}-{_n(r, 4)}", f"806-{r.randint(200, 989)}-{_n(r, 4)}",
        f"276.{r.randint(200, 989)}.{_n(r, 4)}", f"902-{r.randint(200, 989)}-{_n(r, 4)}",
        f"+1 204 {r.randint(200, 989)} {_n(r, 4)}", f"017687 {_n(r, 5)}",
        f"+353 74 95 {_n(r, 5)}", f"01624 {_n(r, 6)}", f"(08) 8586 {_n(r, 4)}",
        f"+678 {_n(r, 7)}", f"+266 5{_n(r, 3)} {_n(r, 4)}", f"+232 76 {_n(r, 6)}",
        f"0300-{_n(r, 7)}", f"+34 947 {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}",
        f"075 {_n(r, 6)}", f"+39 071 {_n(r, 6)}", f"04 73 {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}",
        f"03677 {_n(r, 6)}", f"+48 74 {_n(r, 3)} {_n(r, 2)} {_n(r, 2)}",
        f"041 {_n(r, 3)} {_n(r, 3)}", f"+371 2{_n(r, 7)}",
        f"+375 29 {_n(r, 3)}-{_n(r, 2)}-{_n(r, 2)}",
        f"+998 90 {_n(r, 3)} {_n(r, 2)} {_n(r, 2)}", f"0750 {_n(r, 3)} {_n(r, 4)}",
        f"+91 94370 {_n(r, 5)}", f"077 {_n(r, 3)} {_n(r, 4)}", f"09-{_n(r, 9)}",
        f"012 {_n(r, 3)} {_n(r, 3)}", f"+53 5 {_n(r, 7)}",
        f"6 {_n(r, 2)} {_n(r, 2)} {_n(r, 2)} {_n(r, 2)}",
    ])


def _f31_zip(r: random.Random, _h: bool) -> str:
    u = "ABCEGHJKLMNPRSTVXY"
    return r.choice([
        f"87{_n(r, 3)}", f"79{_n(r, 3)}-{_n(r, 4)}", f"24{_n(r, 3)}",
        f"C0B {r.randint(1, 9)}{_a(r, 1, u)}{r.randint(1, 9)}",
        f"R8N {r.randint(1, 9)}{_a(r, 1, u)}{r.randint(1, 9)}",
        f"CA{r.randint(10, 13)} {r.randint(1, 9)}{_a(r, 2)}",
        f"F94 {_a(r, 1)}{_n(r, 1)}{_a(r, 1)}{_n(r, 1)}",
        f"IM{r.randint(1, 9)} {r.randint(1, 9)}{_a(r, 2)}", f"53{r.randint(40, 49)}",
        f"09{_n(r, 3)}", f"06{_n(r, 3)}", f"60{_n(r, 3)}", f"63{_n(r, 3)}", f"98{_n(r, 3)}",
        f"57-{_n(r, 3)}", f"SI-5{_n(r, 3)}", f"LV-3{_n(r, 3)}", f"225{_n(r, 3)}",
        f"190{_n(r, 3)}", f"757{_n(r, 3)}", f"81{_n(r, 3)}", f"85{_n(r, 3)}",
    ])


F31_VALUES = {
    "mrn": lambda r, h: r.choice([
        _n(r, 6), f"{r.randint(2019, 2025)}/{_n(r, 5)}", f"IPP{_n(r, 8)}",
        f"{_n(r, 9)}", f"RH{_n(r, 6)}", f"{_n(r, 5)}/{r.randint(19, 25)}", f"IHS-{_n(r, 6)}",
        f"NOB{_n(r, 6)}", f"{_a(r, 2)}-{_n(r, 5)}"]),
    "health_plan": lambda r, h: r.choice([
        f"CYL{_n(r, 11)}", f"80380{_n(r, 15)}",
        f"{r.choice('12')} {_n(r, 2)} {_n(r, 2)} {_n(r, 2)} {_n(r, 3)} {_n(r, 3)} {_n(r, 2)}",
        f"{_a(r, 1)}{_n(r, 9)}", f"{_n(r, 9)}", f"{_n(r, 3)} {_n(r, 3)} {_n(r, 4)}",
        f"{_n(r, 4)} {_n(r, 5)} {_n(r, 1)}", f"{_n(r, 8)}", f"BSKY{_n(r, 10)}",
        f"{_n(r, 3)}-{_n(r, 2)}-{_n(r, 4)}-{_n(r, 2)}"]),
    "account": lambda r, h: r.choice([
        f"ES{_n(r, 2)} {_n(r, 4)} {_n(r, 4)} {_n(r, 2)} {_n(r, 10)}",
        f"IT{_n(r, 2)}{_a(r, 1)}{_n(r, 10)}{_n(r, 12)}", f"FR76 {_n(r, 4)} {_n(r, 4)} {_n(r, 4)}",
        f"DE{_n(r, 2)} {_n(r, 4)} {_n(r, 4)} {_n(r, 4)} {_n(r, 4)} {_n(r, 2)}",
        f"PL{_n(r, 26)}", f"SI56 {_n(r, 4)} {_n(r, 4)} {_n(r, 4)} {_n(r, 3)}",
        f"LV{_n(r, 2)}HABA{_n(r, 13)}", f"{_n(r, 12)}",
        f"INV-{_n(r, 6)}", f"{_n(r, 4)}-{_n(r, 8)}"]),
    "licence": lambda r, h: r.choice([
        f"{_n(r, 2)}/{_n(r, 7)}", f"{_n(r, 11)}", f"{_n(r, 9)}", f"{_n(r, 7)}",
        f"LV{_n(r, 7)}", f"MP{_n(r, 7)}", f"AB{_n(r, 7)}", f"{_n(r, 5)}-P",
        f"{_a(r, 5)}{_n(r, 6)}{_a(r, 2)}{_n(r, 1)}{_a(r, 2)}", f"{_n(r, 8)}", f"NM{_n(r, 6)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{_n(r, 4)} {_a(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}", f"{_a(r, 2)} {_n(r, 3)} {_a(r, 2)}",
        f"{_a(r, 2)}-{_n(r, 3)}-{_a(r, 2)}", f"SLF-{_a(r, 2)} {_n(r, 3)}",
        f"DKL {_n(r, 4)}{_a(r, 1)}", f"KR {_a(r, 2)}-{_n(r, 3)}", f"{_a(r, 2)}-{_n(r, 4)}",
        f"{_n(r, 4)} {_a(r, 2)}-{r.randint(1, 7)}",
        f"{r.randint(10, 99)} {_a(r, 1)} {_n(r, 3)} {_a(r, 2)}",
        f"{_a(r, 3)}-{_n(r, 4)}", f"{_a(r, 3)} {_n(r, 3)}", f"{_a(r, 2)}{_n(r, 2)} {_a(r, 3)}",
        f"{r.randint(151, 242)}-DL-{_n(r, 4)}", f"MAN {_n(r, 3)}{_a(r, 1)}",
        f"S{_n(r, 3)}{_a(r, 3)}",
        f"LEA-{_n(r, 4)}", f"WP {_a(r, 3)}-{_n(r, 4)}", f"2{_a(r, 1)}-{_n(r, 4)}",
        f"P {_n(r, 3)} {_n(r, 3)}", f"CE {_n(r, 3)} {_a(r, 2)}"]),
    "vin": lambda r, h: (
        f"{r.choice('123JWZ')}{_a(r, 4)}{_n(r, 2)}"
        f"{_a(r, 2)}{_n(r, 1)}{_a(r, 1)}{_n(r, 6)}"),
    "device": lambda r, h: r.choice([
        f"{_a(r, 3)}{_n(r, 7)}", f"{_n(r, 4)}-{_n(r, 4)}-{_a(r, 2)}", f"SN {_n(r, 10)}",
        f"{_a(r, 2)}{_n(r, 6)}{_a(r, 1)}", f"{_n(r, 15)}", f"{_a(r, 1)}{_n(r, 2)}-{_n(r, 6)}"]),
    "other_id": lambda r, h: r.choice([
        f"{_n(r, 8)}{_a(r, 1, 'TRWAGMYFPDXBNJZSQVHLCKE')}",
        f"{_a(r, 6, 'BCDFGLMNPRSTVZ')}{_n(r, 2)}{_a(r, 1, 'ABCDEHLMPRST')}{_n(r, 2)}"
        f"{_a(r, 1)}{_n(r, 3)}{_a(r, 1)}",
        f"{_n(r, 11)}", f"{_n(r, 13)}", f"{_n(r, 6)}-{_n(r, 5)}",
        f"{_n(r, 7)}{_a(r, 1)}{_n(r, 3)}PB{_n(r, 1)}",
        f"{_n(r, 14)}", f"{_n(r, 4)} {_n(r, 4)} {_n(r, 4)}", f"{_n(r, 9)}V",
        f"{_n(r, 5)}-{_n(r, 7)}-{_n(r, 1)}", f"{_n(r, 12)}",
        f"{_a(r, 2)} {_n(r, 6)} {r.choice('ABCD')}",
        _n(r, 9), f"{_n(r, 3)}-{_n(r, 3)}-{_n(r, 3)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(521, 585)}-{r.randint(10, 99)}-{_n(r, 4)}",
        f"{r.randint(449, 467)} {r.randint(10, 99)} {_n(r, 4)}",
        f"{r.randint(223, 231)}{r.randint(10, 99)}{_n(r, 4)}"]),
    "phone": _f31_phone,
    "fax": _f31_phone,
    "email": lambda r, h: r.choice([
        "{g}.{s}@example.com", "{s}{n}@correo.example.es", "{g}{n}@posta.example.it",
        "{g}.{s}@example.fr", "{s}.{g}@example.de", "{g}_{s}{n}@example.pl",
        "{g}{s}@example.si", "{s}{n}@example.lv", "{g}.{n}@example.pk", "{g}-{s}@example.net"]),
    "url": lambda r, h: r.choice([
        "https://www.example.org/{g}-{s}", "example.com/stories/{g}{n}",
        "https://gofund.example.net/help-{g}-{s}", "www.example.it/{s}/foto",
        "http://blog.example.fr/{g}{n}", "https://example.lv/{s}?id={n}"]),
    "ip": lambda r, h: r.choice([
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"198.51.100.{r.randint(1, 254)}",
        f"2001:db8:{r.randint(16, 4095):x}::{r.randint(1, 255):x}"]),
    "zip": _f31_zip,
    "date": _f31_date,
}

F31_CONNECTORS = [": ", " ", " n. ", " nº ", " Nr. ", " nr ", " št. ", " Nr.: ", " № ", ":\n",
                  " -- ", " / ", "\u2009:\u2009", " (", " = "]
F31_FRAMES = ["{kv}", "{kv}.", "- {kv}", "{kw}: {v} (checked with the family)",
              "| {kw} | {v} |", "DATOS: {kv}.", "Dati amministrativi: {kv}.", "{kw}\n{v}",
              "Identité vérifiée, {kv}.", "Stammdaten - {kv}", "{kv}; zob. karta",
              "{kv} - copied from the transfer form", "* {kv} *"]
F31_KEYWORDS = {
    "mrn": ["NHC", "historia clínica", "n. cartella", "IPP", "Fallnummer", "nr księgi",
            "MBO", "hospital no.", "IHS chart", "Unit No.", "№ истории болезни", "UHID"],
    "health_plan": ["TSI", "tessera sanitaria", "n° sécu", "KVNr.", "NFZ", "ZZZS",
                    "Medicaid ID", "PEI Health No.", "PHIN", "NHS No.", "Medicare No.",
                    "Sehat card", "BSKY card", "CNPS"],
    "account": ["IBAN", "n° de facture", "Rechnungsnr.", "konto", "račun", "konts",
                "billing acct", "account no.", "factura"],
    "licence": ["nº colegiado", "iscrizione Ordine", "RPPS", "LANR", "PWZ", "pase",
                "паспорт", "pasport", "PMDC", "GMC", "DL", "passport no."],
    "vehicle": ["matrícula", "targa", "immatriculation", "Kennzeichen", "nr rej.",
                "reg. oznaka", "valsts numurs", "госномер", "plate", "rego", "reg", "VIN"],
    "device": ["S/N", "n° de série", "Seriennummer", "numer seryjny", "serijska št.",
               "serial no.", "lot", "IMEI"],
    "other_id": ["DNI", "codice fiscale", "PESEL", "EMŠO", "personas kods",
                 "личный номер", "JShShIR", "Aadhaar", "NIC", "CNIC", "carné de identidad",
                 "CNI", "census no.", "NI No.", "NIN"],
    "ssn": ["SSN", "Social Security No.", "SS#"],
    "phone": ["tel.", "móvil", "cell", "telefono", "Handy", "тел.", "mob", "WhatsApp"],
    "fax": ["fax", "Fax-Nr.", "télécopie", "faks"],
}
F31_AFTER = ["{v} ({kw})", "{v} - {kw}", "{v}, {kw} del paciente", "{v} [{kw}]"]
F31_SENTENCES = {
    "licence": ["Colegiado {v} firma el informe.", "His Texas DL {v} was in his wallet.",
                "Paszport nie, tylko prawo jazdy {v}.",
                "The PMDC registration {v} is on the stamp.",
                "Passport {v} kept by the camp office."],
    "vehicle": ["Ingresa tras colisión; la policía anota la matrícula {v}.",
                "The pickup ({v}) rolled on the caliche road.",
                "Auto con targa {v} parcheggiata al pronto soccorso.",
                "Véhicule immatriculé {v} retrouvé sur la départementale.",
                "Unfall mit dem Traktor, Kennzeichen {v}.", "Tractor VIN {vin} noted by police."],
    "mrn": ["Previous admission under NHC {v}.", "Cartella {v} riaperta.",
            "Old IHS chart {v} merged.", "Karta {v} w archiwum."],
    "health_plan": ["Carte Vitale: {v}.", "NHS number {v} confirmed with the GP.",
                    "Covered by Medicaid {v}.", "Tarjeta sanitaria {v} en vigor."],
    "account": ["Pago domiciliado en {v}.", "Fattura su conto {v}.",
                "Payment plan on account {v}."],
    "device": ["Pacemaker serial {v} interrogated.", "Pompe à insuline n° {v}.",
               "Hörgerät {v} verloren auf Station."],
    "other_id": ["Mostró su DNI {v} en admisión.", "PESEL {v} zgodny z dowodem.",
                 "Tribal census number {v} on the referral.", "CNIC {v} verified by the clerk."],
    "ssn": ["Social Security {v} on the Medicare form.", "SSN {v} (from the VA letter)."],
    "phone": ["Llamar a su hija al {v}.", "Son rings from {v} most evenings.",
              "Figlio reperibile al {v}."],
    "fax": ["Referral faxed to {v}.", "Faxer le compte rendu au {v}."],
    "email": ["Photos sent by the grandson from {v}.", "Scrivere a {v} per il consenso."],
    "url": ["The family posted updates at {v}.", "Her fundraiser: {v}."],
    "ip": ["Portal login from {v} flagged.", "The telehealth call dropped; host {v}."],
    "zip": ["{city}, NM {v}.", "Code postal {v}, {city}.", "CP {v} {city}",
            "Postcode {v}; lives near {city}."],
    "date": ["Ingreso {v}.", "Admitted {v} from the reservation clinic.", "Ricovero {v}.",
             "Entrée le {v}.", "Aufnahme am {v}.", "Przyjęta {v}.", "Sprejet {v}.",
             "Поступила {v}.", "Discharged {v}.", "DOB {v}"],
    "address": ["Vive en [[address:{street} {n}]], bajo.",
                "Lives at [[address:{n} {street} Road]] up the hollow.",
                "Abita in [[address:{street} {n}]].",
                "Domicile : [[address:{n} {street}]].",
                "Wohnt [[address:{street}weg {n}]].",
                "Adres: [[address:ul. {street} {n}/{n2}]]."],
    "place": ["She drove in from {city} with her daughter.", "Nació en {city}.",
              "Vive a {city} da sempre.", "Il habite près de {city}.",
              "He hitched a ride from {city} at dawn.", "Sie kommt aus {city}.",
              "Her people are from {city}; she moved for work."],
    "name": ["{given} brought her in after the fall.", "{full} agreed to the write-up.",
             "La hija, {given}, firma el consentimiento.", "Sig.ra {surname} rifiuta la PEG.",
             "Mme {surname} est revue en consultation.", "Herr {surname} lehnt ab.",
             "His {rel} {given} translates for him.", "Reviewed with {full} (registrar).",
             "Pani {surname} zgłasza ból."],
}
F31_REFERENCES = [
    "Similar cases were described (https://doi.org/10.1016/j.ijid.2022.{n}).",
    "See the series in PubMed (https://pubmed.ncbi.nlm.nih.gov/{n}{n}/).",
    "WHO guidance: https://www.who.int/publications/i/item/{n}-{n2}.",
]
F31_STYLES = [
    "{body}", "{body}", "DISCHARGE SUMMARY\n{body}\nGP to review in 2 weeks.",
    "INFORME DE ALTA - SERVICIO DE MEDICINA INTERNA\n{body}",
    "LETTERA DI DIMISSIONE - U.O. GERIATRIA\n{body}\nCordiali saluti.",
    "COMPTE RENDU D'HOSPITALISATION\n{body}\nBien confraternellement.",
    "ENTLASSUNGSBRIEF - KLINIK FÜR INNERE MEDIZIN\n{body}",
    "KARTA INFORMACYJNA LECZENIA SZPITALNEGO\n{body}",
    "ODPUSTNICA - INTERNI ODDELEK\n{body}", "IZRAKSTS NO SLIMĪBAS VĒSTURES\n{body}",
    "ВЫПИСНОЙ ЭПИКРИЗ\n{body}", "Nursing note (night):\n{body}",
    "Referral to medical outpatients\n{body}\nMany thanks.", "Msg thread:\n{body}",
]

F31_PART = Part("fresh31", F31_VOCABULARY, F31_CONNECTORS, F31_FRAMES, F31_KEYWORDS,
                F31_SENTENCES, F31_AFTER, F31_REFERENCES, True, values=F31_VALUES,
                age=_f31_age, styles=F31_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh31-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("navajo-case-report",
     "Case narrative. A [[age:93-year-old]] Diné woman who still herds sheep near [[place:Round"
     " Rock]] was driven to [[place:Chinle Comprehensive Health Care Facility]] by her grandson "
     "[[name:Tyler Benally]] after three days of fever and a dry cough. She lives without running "
     "water; her hogan is 14 miles from the paved road. Hantavirus was suspected (deer mice in the"
     " storage shed) and she was flown to [[place:Albuquerque]] on [[date:June 3, 2024]]. Her "
     "medicine man, [[name:Harold Tsinajinnie]], was present at the family meeting."),
    ("pueblo-discharge",
     "DISCHARGE SUMMARY\nPt: [[name:Leotie Chavarria]]   DOB: [[date:04/19/1936]]\nIHS chart "
     "[[mrn:SF-208814]]  Medicaid [[health_plan:NM 4471938825]]\nHome: [[address:House 112 "
     "Tribal Road 80]], [[place:Santo Domingo Pueblo]], NM [[zip:87052]]\nDx: CAP, CKD 3b. "
     "Attending: [[name:R. Nakai]], MD."),
    ("panhandle-er",
     "ED NOTE - [[place:Coon Memorial Hospital]]\n58 M feedlot hand, crush injury L hand from a "
     "squeeze chute. Drove himself in his Ford ([[vehicle:LNS-4418]] TX) from [[place:Texline]]. "
     "Tetanus updated. Wife [[name:Darla]] reachable at [[phone:806-244-7183]]. SSN "
     "[[ssn:455-71-2093]] on the workers' comp form."),
    ("panhandle-clean",
     "Wheat harvest season; three grain-dust asthma visits this week in the Panhandle. Peak flow"
     " 210 L/min before, 340 after two nebs. Prednisone 40 mg for 5 days. No identifiers kept."),
    ("appalachia-letter",
     "Dear Dr. [[name:Mullins]],\nThank you for seeing Mr. [[name:Clyde Ray Blankenship]], a "
     "retired coal miner from [[place:Haysi]], whose black lung (PMF on CT, FEV1 38%) has "
     "progressed. He gets his mail at [[address:4127 Lick Fork Road]], [[place:Clintwood]], VA "
     "[[zip:24228]]. Black Lung Benefits claim [[other_id:BLBA-2022-004417]]. His daughter "
     "[[name:Loretta]] drives him on Tuesdays.\n[[name:Emmett Hollister]], FNP, [[place:Stone "
     "Mountain Health Services]]"),
    ("appalachia-clean",
     "Southwest Virginia clinic audit: 41 patients on buprenorphine, 6 with hepatitis C cured "
     "since 2021, 2 lost to follow-up. Remote Area Medical day planned for the fairground."),
    ("pei-referral",
     "Referral - Rheumatology\nRe: [[name:Maisie Gallant]], PEI Health No. [[health_plan:"
     "00419873]]\n[[address:2281 Route 12]], [[place:Tignish]], PE [[zip:C0B 2B0]]\nPolymyalgia"
     " vs giant cell arteritis; ESR 88. Seen [[date:Thurs 14 Nov 2024]] at [[place:Western "
     "Hospital]]. Call [[phone:902-882-4417]]."),
    ("manitoba-north",
     "Nursing station note, [[place:Gillam]]\nClient [[name:Keegan Spence]], PHIN [[health_plan:"
     "118 442 907]], band no. [[other_id:2870133501]]\nMedevac to [[place:Thompson General "
     "Hospital]] requested 02:10 for ?appendicitis. Winter road closed; plane only.\nRN "
     "[[name:Jolene Moose]]"),
    ("cumbria-gp",
     "[[place:Castlehead Medical Centre]], [[place:Keswick]]\nDear colleague, Mrs [[name:Fenella "
     "Crosthwaite]] ([[age:91]]) of [[address:3 Greta Side Cottages]], [[place:Threlkeld]] "
     "[[zip:CA12 4SQ]] fell on the fellside path. NHS No. [[health_plan:485 227 6610]]. "
     "Paget's disease of bone noted; Colles' fracture in a cast.\nDr [[name:A. Thwaite]]"),
    ("lakes-clean",
     "Mountain rescue audit, Lake District: 212 call-outs this year, 38 lower-leg injuries, 4 "
     "hypothermia cases, median time to casualty 96 minutes."),
    ("donegal-chat",
     "Msg thread\n[[name:Bríd Ó Gallchóir]] (PHN): Seen himself in [[place:Gaoth Dobhair]] "
     "today, leg ulcer clean, doppler ABPI 0.9.\n[[name:Oisín Bonner]]: grand, his son "
     "[[name:Pádraig]] rang from [[phone:+353 74 95 31204]], wants the medical card no. "
     "[[health_plan:7714093K]] renewed.\nCar reg for the home visit: [[vehicle:162-DL-3391]]."),
    ("isle-of-man",
     "[[place:Noble's Hospital]] - Ward 11\nMr [[name:Juan Kinvig]], [[age:94 years old]], "
     "[[address:Ballaugh Cottage, Main Road]], [[place:Kirk Michael]] [[zip:IM6 1AP]]\nHousehold"
     " friend [[name:Ealish Quayle]] tel [[phone:01624 897342]]. Car [[vehicle:MAN 472K]] left "
     "at the hospital.\nClostridioides difficile, day 5 of fidaxomicin."),
    ("riverland",
     "Riverland case: a 46-year-old citrus picker from [[place:Berri]] with melioidosis after "
     "the floods. Medicare No. [[health_plan:2951 44630 2]]. Ute rego [[vehicle:S208BKQ]] was "
     "found at the pump shed on [[address:Lot 9 Sturt Highway]], [[place:Monash]] SA "
     "[[zip:5342]]. Transferred to [[place:Royal Adelaide Hospital]] ICU."),
    ("vanuatu",
     "[[place:Northern Provincial Hospital]], [[place:Luganville]]"
     "\nPesen: [[name:Lisa Tari]], [[age:92 yia]], kam long [[place:Port Olry]]\nRheumatic heart "
     "disease, mitral stenosis. Famili i save singaot long [[phone:+678 5471920]]."),
    ("lesotho",
     "Referral from [[place:Mafeteng Hospital]] to [[place:Queen 'Mamohato Memorial "
     "Hospital]]\nMme [[name:Palesa Ntsane]], ID [[other_id:021440177315]], from the village of "
     "[[place:Ha Ramokoatsi]]. MDR-TB, on BPaL since [[date:12 August 2024]]. Daughter "
     "[[name:Lineo]] on [[phone:+266 5874 1092]]."),
    ("sierra-leone",
     "[[place:Makeni Government Hospital]] - Maternity\nName: [[name:Fatmata Koroma]], NIN "
     "[[other_id:8NX4-7R2K]]\nAddress: [[address:14 Azzolini Highway]], [[place:Makeni]]\n"
     "Lassa fever excluded (PCR negative); eclampsia, MgSO4 Pritchard regimen. Husband "
     "[[name:Ishmael Kamara]], okada rider, plate [[vehicle:BAG 3375]]."),
    ("punjab-english",
     "Respected Sir,\nMy father [[name:Mohammad Usman Chaudhry]], aged 78, was treated at "
     "[[place:DHQ Hospital Sahiwal]] for a stroke. His CNIC is [[other_id:36502-4418270-9]] and "
     "Sehat card [[health_plan:3650244182709]]. Kindly send the report to [[email:"
     "usman.family77@example.pk]] or WhatsApp [[phone:0301-4472918]]. We live at [[address:"
     "House 27, Block C, Farid Town]], [[place:Sahiwal]].\nRegards, [[name:Sadia Usman]]"),
    ("punjab-clean",
     "Family meeting notes (English): father's haemoglobin 11.2, sugar controlled on metformin"
     " 500 BD, physiotherapy three times a week; Ramadan fasting advised against this year."),
    ("castilla-alta",
     "INFORME DE ALTA - SERVICIO DE MEDICINA INTERNA\n[[place:Hospital Santos Reyes]], "
     "[[place:Aranda de Duero]]\nPaciente: [[name:Teodora Pérez Alonso]], [[age:96 años]]\nNHC: "
     "[[mrn:0447120]]  TSI: [[health_plan:CYLE 6504 4712 01]]\nDomicilio: [[address:C/ "
     "Barrionuevo 8, 1º]], [[zip:09400]] [[place:Aranda de Duero]]\nDiagnóstico: insuficiencia "
     "cardiaca, enfermedad de Alzheimer. Fecha de ingreso: [[date:3 de febrero de 2025]]."),
    ("castilla-relato",
     "Caso clínico. Varón de 71 años, pastor trashumante, que vive en [[place:Villar del "
     "Buey]], un pueblo de 600 habitantes. Su sobrina [[name:Nieves Sancho]] lo trajo a "
     "urgencias del [[place:Complejo Asistencial de Zamora]] tras una mordedura de víbora. "
     "Recibió antiveneno. Médico responsable: Dra. [[name:Marta Villalobos]], colegiada "
     "[[licence:49/4908812]]."),
    ("castilla-clean",
     "Sesión clínica: enfermedad de Still del adulto frente a síndrome de Sweet; ferritina 8400"
     " ng/ml, PCR 180 mg/l. Se decide iniciar anakinra 100 mg/día."),
    ("umbria-lettera",
     "LETTERA DI DIMISSIONE - U.O. GERIATRIA\n[[place:Ospedale di Branca]] ([[place:Gubbio]])"
     "\nSig.ra [[name:Noemi Bartolucci]], nata il [[date:11/05/1932]], C.F. [[other_id:"
     "BRTNMO32E51E256U]]\nResidente in [[address:Via dei Consoli 19]], [[zip:06024]] "
     "[[place:Gubbio]]\nDiagnosi: morbo di Alzheimer, frattura di Pouteau-Colles. "
     "Tessera sanitaria [[health_plan:80380000800473019274]]."),
    ("marche-racconto",
     "Descrizione del caso: agricoltore di 66 anni di [[place:Serra San Quirico]], punto da "
     "zecca mentre tagliava la legna. Accompagnato dal figlio [[name:Lorenzo Pierantoni]] al "
     "pronto soccorso di [[place:Fabriano]], con la sua Panda targata [[vehicle:FK 218 TM]]. "
     "Diagnosi: malattia di Lyme, eritema migrante."),
    ("marche-clean",
     "RIUNIONE DI REPARTO: tre casi di malattia di Kawasaki nel 2023, nessun aneurisma coronarico;"
     " IVIG 2 g/kg e aspirina. Prossimo audit a settembre."),
    ("auvergne-crh",
     "COMPTE RENDU D'HOSPITALISATION\n[[place:Centre Hospitalier de Saint-Flour]] - Service de "
     "médecine polyvalente\nMme [[name:Gisèle Vigouroux]], [[age:92 ans]], demeurant [[address:"
     "Lieu-dit La Boissonnade]], [[zip:15100]] [[place:Roffiac]]\nN° sécu [[health_plan:2 32 07 "
     "15 187 041 58]]\nMaladie de Horton, corticothérapie. Entrée le [[date:mardi 8 octobre "
     "2024]]. Fille: [[phone:04 71 60 22 18]]."),
    ("auvergne-recit",
     "Observation. Un éleveur de Salers de 59 ans, de [[place:Riom-ès-Montagnes]], a présenté une"
     " fièvre Q après les mises bas. Sa compagne, [[name:Amélie Chabrier]], a noté la plaque "
     "[[vehicle:GH-471-TZ]] du vétérinaire venu la veille. Dr [[name:Benoît Mathieu]], RPPS "
     "[[licence:10003874215]]."),
    ("auvergne-clean",
     "Staff du jeudi : maladie de Creutzfeldt-Jakob évoquée puis écartée, EEG sans complexes "
     "périodiques, protéine 14-3-3 négative."),
    ("thuringia-arztbrief",
     "ENTLASSUNGSBRIEF - KLINIK FÜR INNERE MEDIZIN\n[[place:Ilm-Kreis-Kliniken Arnstadt-"
     "Ilmenau]]\nPatientin: [[name:Ulrike Ehrhardt]], geb. [[date:17.09.1933]], [[age:91 "
     "Jahre]]\nAnschrift: [[address:Lindenstraße 4]], [[zip:98693]] [[place:Ilmenau]]\nKVNr. "
     "[[health_plan:T482917730]]\nDiagnosen: Morbus Waldenström, Herzinsuffizienz NYHA III."
     "\nMit freundlichen Grüßen, Dr. med. [[name:Karsten Vogt]]"),
    ("thuringia-notruf",
     "Notarzteinsatz: Landwirt aus [[place:Schmiedefeld am Rennsteig]], Traktorunfall, "
     "Kennzeichen [[vehicle:IK-JW 218]]. Ehefrau [[name:Gudrun]] erreichbar unter [[phone:03678"
     "2 41907]]. Übergabe an [[place:SRH Zentralklinikum Suhl]]."),
    ("silesia-karta",
     "KARTA INFORMACYJNA LECZENIA SZPITALNEGO\n[[place:Szpital Powiatowy w Kłodzku]], Oddział "
     "Chorób Wewnętrznych\nPacjentka: [[name:Halina Zając]], lat 83, PESEL [[other_id:"
     "41061204487]]\nAdres: [[address:ul. Kościuszki 12/4]], [[zip:57-300]] [[place:Kłodzko]]"
     "\nRozpoznanie: choroba Leśniowskiego-Crohna, niedokrwistość. Lekarz prowadzący: lek. "
     "[[name:Wojciech Kowalik]], PWZ [[licence:2847193]]."),
    ("silesia-opis",
     "Opis przypadku: emerytowany górnik, [[age:93 lata]], z [[place:Nowej Rudy]],"
     " przywieziony przez córkę [[name:Ewę]] z [[place:Bystrzycy Kłodzkiej]]. Legitymacja"
     " emeryta NFZ nr [[health_plan:ER-41-0209-447]]."),
    ("slovenia-odpustnica",
     "ODPUSTNICA - INTERNI ODDELEK\n[[place:Splošna bolnišnica Jesenice]]\nBolnica: [[name:Urška"
     " Zupančič]], stara [[age:90 let]]\nEMŠO [[other_id:1204934505117]], ZZZS [[health_plan:"
     "042881935]]\nNaslov: [[address:Cankarjeva ulica 7]], [[zip:4270]] [[place:Jesenice]]\n"
     "Diagnoza: Hashimotov tiroiditis, srčno popuščanje. Hči [[phone:041 552 318]]."),
    ("slovenia-clean",
     "Strokovni sestanek: bolezen Creutzfeldt-Jakob izključena; trije primeri Lymske borelioze"
     " v letu 2023 na Gorenjskem."),
    ("latvia-izraksts",
     "IZRAKSTS NO SLIMĪBAS VĒSTURES\n[[place:Kuldīgas slimnīca]]\nPacients: [[name:Kristaps "
     "Ozoliņš]], [[age:94 gadi]], personas kods [[other_id:120330-11274]]\nAdrese: [[address:"
     "Liepājas iela 22]], [[place:Kuldīga]], [[zip:LV-3301]]\nDiagnoze: Parkinsona slimība, "
     "pneimonija. Meita [[name:Ilze Bērziņa]], tālr. [[phone:+371 29 447 018]]."),
    ("belarus-russian",
     "ВЫПИСНОЙ ЭПИКРИЗ\n[[place:Пинская центральная больница]], терапевтическое отделение\n"
     "Пациентка: [[name:Гаврилюк Тамара Степановна]], [[age:95 лет]]\nЛичный номер "
     "[[other_id:3120430A027PB4]]\nАдрес: [[address:ул. Брестская, д. 14, кв. 3]], [[place:"
     "Пинск]]\nДиагноз: болезнь Паркинсона. Поступила [[date:14.01.2025]]."),
    ("belarus-belarusian",
     "Хворая [[name:Ганна Грамыка]] з вёскі [[place:Лахва]], [[age:92 гады]]. Сын "
     "[[name:Мікола]] прывёз яе на машыне [[vehicle:4417 AK-1]]. Тэл. [[phone:+375 29 318-44-"
     "07]]."),
    ("uzbek",
     "Bemor: [[name:Dilnoza Yusupova]], [[age:91 yoshda]], [[place:Termiz]] shahridan.\nJShShIR"
     " [[other_id:41204330170014]]\nQabul: [[date:2024-yil 5-mart]]\nTashxis: jigar sirrozi. "
     "O'g'li [[name:Sardor Tursunov]], tel. [[phone:+998 91 572 40 18]].\nВрач: [[name:Ахмедова "
     "Н. Р.]], [[place:Сурхандарьинский областной многопрофильный медицинский центр]]"),
    ("uzbek-clean",
     "Tibbiy kengash: Bexterev kasalligi gumon qilindi; HLA-B27 musbat, CRP 62 mg/l."),
    ("kurdistan",
     "نەخۆش: [[name:شیلان ئەحمەد]]، تەمەنی [[age:93 ساڵ]]، خەڵکی [[place:ڕانیە]]\n[[place:"
     "نەخۆشخانەی فێرکاریی سلێمانی]]\nتەلەفۆن: [[phone:0750 418 2290]]\nالتشخيص: داء السكري، "
     "قدم سكرية. رقم البطاقة الوطنية [[other_id:199341870022]]"),
    ("odisha",
     "ରୋଗୀ: [[name:ସୁଭଶ୍ରୀ ମହାନ୍ତି]], ବୟସ [[age:91 ବର୍ଷ]], ଗ୍ରାମ [[place:ଖୁଣ୍ଟା]], "
     "[[place:ବାରିପଦା]]\n[[place:PRM Medical College Hospital]], Medicine ward\nBSKY card "
     "[[health_plan:BSKY2209417731]], Aadhaar [[other_id:4471 2209 8813]]\nScrub typhus, eschar "
     "left axilla; doxycycline."),
    ("sri-lanka",
     "රෝගියා: [[name:චාමරී වික්‍රමසිංහ]], වයස [[age:92]]\n[[place:මාතර මහ රෝහල]], 12 වාට්ටුව"
     "\nජා.හැ.අ. [[other_id:193247801133]]\nLeptospirosis, AKI; dialysis x2. Son [[phone:077 "
     "418 2204]]."),
    ("myanmar",
     "လူနာ - [[name:ဒေါ်သန္တာအောင်]]၊ အသက် [[age:90 နှစ်]]\n[[place:မုံရွာ ဆေးရုံကြီး]]\n"
     "မှတ်ပုံတင် [[other_id:5/MaYaNa(N)104417]]\nMelioidosis, on ceftazidime. Son's phone "
     "[[phone:09-771042286]]."),
    ("cambodia",
     "អ្នកជំងឺ: [[name:ឈុន សុភា]] អាយុ [[age:93 ឆ្នាំ]]\n[[place:មន្ទីរពេទ្យខេត្តកំពត]]\nភូមិ "
     "[[place:ទឹកឈូ]]\nDengue shock day 5; IDPoor card [[health_plan:07-04-2211-03]]. Moto "
     "plate [[vehicle:2A-7714]]."),
    ("cuba",
     "HOJA DE EGRESO - [[place:Hospital Provincial Carlos Manuel de Céspedes]], [[place:"
     "Bayamo]]\nPaciente: [[name:Yamilé Castellanos Rivero]], [[age:97 años]], carné de identidad"
     " [[other_id:27110448215]]\nDirección: [[address:Calle Martí No. 118 e/ Lora y Figueredo]]"
     "\nDiagnóstico: enfermedad de Chagas descartada; insuficiencia cardíaca. Teléfono del hijo"
     " [[phone:+53 5 2841907]]."),
    ("cameroon",
     "FICHE DE TRANSFERT\n[[place:Hôpital de District de Dschang]] vers [[place:Hôpital Régional"
     " de Bafoussam]]\nPatient: [[name:Fotso Ndzi Emmanuel]], CNI [[other_id:114472098]]\n"
     "Ulcère de Buruli jambe gauche; date de début [[date:02/09/2024]]. Moto immatriculée "
     "[[vehicle:OU 447 AB]]. Contact [[phone:6 77 41 29 08]]."),
    ("cameroon-clean",
     "Réunion de service : deux cas de maladie de Kaposi et un lymphome de Burkitt ce trimestre; "
     "chimiothérapie selon le protocole national."),
    ("portal-web",
     "Patient information: the family keeps a blog of her recovery at [[url:https://www.example."
     "org/nana-begay-recovery]] and asked that it not be cited.", "patient_information"),
    ("discussion-refs",
     "Discussion: hantavirus cardiopulmonary syndrome in the Four Corners has been reviewed "
     "(https://doi.org/10.3201/eid2207.160234) and melioidosis after flooding in Australia "
     "(https://pubmed.ncbi.nlm.nih.gov/31562100/).", "discussion"),
    ("cumbria-table",
     "| Bed | Patient | Age | From |\n|---|---|---|---|\n| 4 | [[name:Wilf Atkinson]] | "
     "[[age:96]] | [[place:Cockermouth]] |\n| 5 | [[name:Edna Pattinson]] | 81 | [[place:"
     "Maryport]] |\nHandover: both on IV co-amoxiclav; bed manager aware."),
    ("sl-clean",
     "Ward round, medical ward: 3 malaria, 2 typhoid (Widal unhelpful), 1 Lassa suspect isolated;"
     " oxygen concentrator broken again since Tuesday."),
]

F31_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH31: tuple[Note, ...] = build(F31_PART, per_category=26, clean=120, references=8) + F31_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH31 for e in n.expected)
    print(len(FRESH31), "notes,", sum(1 for n in FRESH31 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

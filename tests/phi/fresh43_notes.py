"""FRESH43: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a thirty-ninth author during the twenty-first round; it is measured once, and
its result is recorded with that measurement. Its author read only tests/phi/generated.py (the
framework: Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring),
tests/phi/corpus.py (the Note type, the span conventions, parse, evaluate), the
de-identification section (5) of the project's domain notes (45 CFR 164.514(b)(2) Safe Harbor),
the module docstrings only of tests/phi/fresh30_notes.py to fresh42_notes.py (read with
ast.get_docstring), the wiring lines of fresh16_notes.py (its Part call, _letter, letters tuple,
build and __main__ lines, printed with grep -n and sed) and pyproject.toml's line length; not
the scanner, its patterns, name lists, model or data, its benchmark (bench/), its tests, the
body of any other fresh part, nor their git history; the scanner was not run or imported while
writing it, nor on its notes. Its vocabulary, value shapes, keywords, connectors, frames, note
styles and hand-written letters are this author's own, as a global case-discussion board sees
them: about half English-language settings (the Louisiana bayou parishes with Cajun and Creole
names, a US SSN, Louisiana Medicaid and LA plates; the hollows of eastern Kentucky and southern
West Virginia with a US SSN, KY and WV Medicaid, coal-camp towns and black-lung claims; Jamaica
with the TRN, the NHF card, JADEP and hospital docket numbers; Trinidad and Tobago with the
national ID and P/H/T plates; Belize with its Social Security number, NHI and Kriol words) and
half non-English settings in their own languages: Haiti (Haitian Creole and French, NIF, CIN,
"an"/"ans"), Québec (French, RAMQ number, NAS, CLSC, SAAQ plates, "ans"), Catalonia (Catalan,
CIP/TSI de CatSalut, DNI/NIE, NHC, "anys", "de març de"), the Basque Country (Basque and
Spanish, Osakidetza TIS, HK/NHC, "urte"/"urteko"/"años", "2025eko martxoaren 12a"), the Azores
and Madeira (Portuguese, NIF, número de utente SNS, cartão de cidadão, "anos", dd-mm-aaaa) and
Cape Verde (Portuguese and Kabuverdianu, NIF, BI, INPS, "anos"/"anu"). Towns, villages,
hospitals, health centres, people and identifier shapes are invented. Document types: parish
EMS run reports, black-lung clinic notes, home-health visits, casualty dockets, A&E notes,
polyclinic notes, nòt konsiltasyon, fiches de référence, notes d'évolution, informes d'alta,
alta-txostenak, notas de alta, guias de transferência, fax covers, SMS and WhatsApp threads,
e-mails, a pacemaker clinic note, a police-requested MVC note, a telemedicine log, clean ward
lists and a discussion paragraph with literature references.

Conventions (tests/phi/corpus.py's and the fresh parts' docstrings'): a name without its title
or honorific (Dr, Dr., Dre, Dra., Mr, Mrs, Miss, Nurse, Mawmaw, M., Mme, Madame, Monsieur, Sr.,
Sra., la senyora, el senyor, jauna, andrea, Dona, Senhor, Nha, Nhu, Tanti, Granny stay out); a
full name in any order is one span ("Montserrat Vilaró i Casals", "Iñaki Etxeberria
Goikoetxea", "THIBODEAUX, Ovide"); staff names and a chat's speakers are names; an identifier
without its keyword; an age over 89 with its attached unit in any language ("91-year-old", "93
y/o", "94 an", "95 ans", "93 anys", "94 urte", "92 urteko", "91 años", "96 anos", "94 anu") or
the number alone where no unit is attached ("aged 95", "Laj: 93"); ages under 90 are not marked
(the clean notes carry 84-89 in several languages); a date without its preposition ("on", "le",
"el", "a", "em", "dia" stay out), with a weekday right before it and a time right after it
("2025-03-14 14h20", "[14/03/2025 21:07]"), a Basque date as written ("2025eko martxoaren 12a");
a year alone is not a date. The street line is one span ("4127 Bayou Chênière Road", "HC 83 Box
2207", "Ri Lacombe #14", "carrer de Sant Roc, 14, 2n 1a", "Bettencourt kalea, 7, 3. ezk.",
"Canada do Pico, n.º 14"); each locality (town, village, coal camp, hollow, section communale,
municipalité, poble, herri, freguesia village, fajã, achada) and the postcode (US ZIP, Canadian
postal code, Spanish and Portuguese codes) are separate spans; a named hospital, CLSC, CAP,
health centre or polyclinic is a place (the whole name, also when it holds a town's name: "CLSC
des Battures", "Urbeltzeko Ospitalea"); states, parishes of Louisiana and Jamaica, counties,
districts, départements, regions, comarques, provinces, autonomous regions, islands and
countries (LA, Lafourche Parish, St. Elizabeth, Pike County, McDowell County, Caroni, Cayo
District, Artibonite, Bas-Saint-Laurent, Osona, Gipuzkoa, São Miguel, Madeira, Santiago, Fogo)
are never marked, nor ward and department names. Categories: `ssn` is a US Social Security
number only (Louisiana, Kentucky and West Virginia patients; a Belizean Social Security number
is `other_id`); other national numbers (TRN, Trinidad and Tobago national ID, Belize SSB number,
NIF, CIN, NAS, DNI, NIE, cartão de cidadão, BI, a black-lung claim number) are `other_id`;
insurance numbers (Louisiana, Kentucky and West Virginia Medicaid, Medicare MBI, NHF card,
JADEP, Belize NHI, RAMQ, CIP/TSI, Osakidetza TIS, número de utente SNS, INPS) are `health_plan`;
hospital, docket, dossier, NHC/HK and processo numbers are `mrn`; passports, driving licences
(permis de conduire, carnet de conduir, gidabaimena, carta de condução, pèmi kondwi) and
professional registrations are `licence`; IBANs, accounts and receipts are `account`; plates and
VINs are `vehicle`; pacemaker, pump, concentrator, CPAP and CGM serials and IMEIs are `device`.

Built as build(F43_PART, per_category=26, clean=120, references=8) + F43_LETTERS. Checked
without the scanner (a throwaway script): every span's text is the note's text at its offsets
and has no surrounding blanks, no marks or slots are left in the text, no spans overlap, note
ids are unique, every category is in generated.CATEGORY_ORDER, every marked age is over 89, and
builds under PYTHONHASHSEED=1 and 4242 are identical. Deterministic: its own seed (19_043),
values drawn from the builder's fixed-seed Random, no hash-order dependence.
Counts: 50 hand-written notes (38 with identifiers, one of them a web address in a
patient_information section, 11 clean, 1 reference paragraph in a discussion); 688 notes, 140 of
them (20%) without any identifier (120 generated clean notes, 8 reference notes in an
introduction or discussion, 11 clean letters, 1 reference letter), 743 spans - name 76, address
34, place 76, zip 33, date 46, age 44, phone 42, fax 28, email 29, ssn 28, mrn 32, health_plan
38, account 30, licence 30, vehicle 36, device 30, url 43, ip 28, other_id 40 (`python -m
tests.phi.fresh43_notes` prints them).

    from tests.phi.fresh43_notes import FRESH43, F43_PART, F43_LETTERS
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


_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
       "octobre", "novembre", "décembre"]
_HT = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb",
       "novanm", "desanm"]
_CA = ["de gener", "de febrer", "de març", "d'abril", "de maig", "de juny", "de juliol",
       "d'agost", "de setembre", "d'octubre", "de novembre", "de desembre"]
_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]
_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
       "outubro", "novembro", "dezembro"]
_EU = ["urtarrilaren", "otsailaren", "martxoaren", "apirilaren", "maiatzaren", "ekainaren",
       "uztailaren", "abuztuaren", "irailaren", "urriaren", "azaroaren", "abenduaren"]


_ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}


def _f43_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1929, 2025)
    hh, mm = r.randint(0, 23), r.randint(0, 59)
    eu_year = f"{y}eko" if y % 10 in (1, 5) else f"{y}ko"
    return r.choice([
        f"{m}/{d}/{y}", f"{m:02d}-{d:02d}-{y}", f"{_EN[m - 1]} {d}, {y}",  # Louisiana, KY, WV
        f"{d:02d}/{m:02d}/{y}", f"{d}{_ORD.get(d, 'th')} {_EN[m - 1]} {y}",  # JM, TT, BZ
        f"{d} {_HT[m - 1]} {y}", f"{d} {_FR[m - 1]} {y}",  # Haiti
        f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d:02d} {hh:02d}h{mm:02d}",  # Québec
        f"{d} {_CA[m - 1]} de {y}", f"{d:02d}/{m:02d}/{y % 100:02d}",  # Catalonia
        f"{eu_year} {_EU[m - 1]} {d}a", f"{y}/{m:02d}/{d:02d}",  # Euskadi
        f"{d} de {_ES[m - 1]} de {y}",
        f"{d:02d}-{m:02d}-{y}", f"{d} de {_PT[m - 1]} de {y}",  # Azores, Madeira, Cabo Verde
        f"{d:02d}.{m:02d}.{y}",
    ])


def _f43_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 104)
    return r.choice([
        ("a {age} shrimper from down the bayou", f"{n}-year-old"),
        ("{age} M, brought up the hollow by his grandson", f"{n} y/o"),
        ("widow, aged {age}, still cans tomatoes", f"{n}"),
        ("a {age} retired banana worker", f"{n}-yr-old"),
        ("granmoun nan gen {age}, li mache ak baton", f"{n} an"),
        ("dame âgée de {age}, autonome", f"{n} ans"),
        ("senyora de {age}, viu sola", f"{n} anys"),
        ("{age} emakumea, bakarrik bizi da", f"{n} urteko"),
        ("Adina: {age}", f"{n} urte"),
        ("paciente de {age}, acude acompañada", f"{n} años"),
        ("senhora de {age}, acamada", f"{n} anos"),
        ("nha avó tene {age}", f"{n} anu"),
        ("Laj: {age}", f"{n}"),
        ("{age} F, lives with great-granddaughter", f"{n} yrs"),
    ])


def _f43_phone(r: random.Random, _h: bool) -> str:
    a = r.choice(["337", "985", "225", "606", "304", "681"])
    b, c = f"{r.randint(200, 989)}", _d(r, 4)
    return r.choice([
        f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}",
        f"(876) {r.randint(200, 989)}-{_d(r, 4)}", f"876-{r.randint(200, 989)}-{_d(r, 4)}",
        f"(868) 6{_d(r, 2)}-{_d(r, 4)}", f"1-868-7{_d(r, 2)}-{_d(r, 4)}",
        f"+501 6{_d(r, 2)}-{_d(r, 4)}", f"+509 3{_d(r, 3)} {_d(r, 4)}",
        f"+509 4{_d(r, 1)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"418 {r.randint(200, 989)}-{_d(r, 4)}",
        f"(819) {r.randint(200, 989)}-{_d(r, 4)} poste {_d(r, 3)}",
        f"+34 972 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"6{_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"943 {_d(r, 3)} {_d(r, 3)}", f"+351 296 {_d(r, 3)} {_d(r, 3)}",
        f"91{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}",
        f"+238 99{_d(r, 1)} {_d(r, 2)} {_d(r, 2)}", f"(+238) 26{_d(r, 1)} {_d(r, 2)} {_d(r, 2)}",
    ])


F43_VALUES = {
    "mrn": lambda r, h: r.choice([
        _d(r, 7), f"D-{_d(r, 2)}-{_d(r, 5)}", f"{_d(r, 8)}", f"20{_d(r, 2)}/{_d(r, 6)}",
        f"{_d(r, 2)}.{_d(r, 2)}.{_d(r, 3)}", f"P{_d(r, 7)}", f"{_d(r, 3)} {_d(r, 3)} {_d(r, 2)}"]),
    "health_plan": lambda r, h: r.choice([
        _d(r, 13), _d(r, 10), f"{_l(r, 4)} {_d(r, 4)} {_d(r, 4)}", f"{_l(r, 4)}{_d(r, 10)}",
        _d(r, 9), f"{_l(r, 4)} {_d(r, 6)} {_l(r, 1)}", f"00{_d(r, 8)}",
        f"{r.randint(1, 9)}{_l(r, 2)}{r.randint(0, 9)}-{_l(r, 1)}{_d(r, 2)}-{_l(r, 2)}{_d(r, 2)}",
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}"]),
    "account": lambda r, h: r.choice([
        f"ES{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"PT50 {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 1)}",
        f"CV64 {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 1)}",
        _d(r, 10), f"{_d(r, 3)}-{_d(r, 4)}-{_d(r, 2)}", f"{_d(r, 5)}-{_d(r, 7)}",
        f"REC-{_d(r, 6)}"]),
    "licence": lambda r, h: r.choice([
        _d(r, 9), f"{_l(r, 1)}{_d(r, 2)}-{_d(r, 3)}-{_d(r, 3)}", f"{_l(r, 1)}{_d(r, 6)}",
        f"{_l(r, 1)}{_d(r, 4)}-{_d(r, 6)}-{_d(r, 2)}", f"{_d(r, 8)}{_l(r, 1)}",
        f"{_l(r, 2)}-{_d(r, 6)} {_d(r, 1)}", f"{_l(r, 2)}{_d(r, 7)}", f"RN{_d(r, 6)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{_d(r, 3)} {_l(r, 3)}", f"{_l(r, 1)}{_d(r, 2)} {_d(r, 3)}",
        f"{_d(r, 1)}{_l(r, 2)} {_d(r, 3)}",
        f"{_d(r, 4)} {_l(r, 2)}", f"P{_l(r, 2)} {_d(r, 4)}", f"H{_l(r, 2)} {_d(r, 4)}",
        f"CY-{_l(r, 1)} {_d(r, 5)}", f"{_l(r, 2)}-{_d(r, 5)}", f"{_l(r, 1)}{_d(r, 2)} {_l(r, 3)}",
        f"{_d(r, 4)} {_l(r, 3)}", f"{_l(r, 2)}-{_d(r, 2)}-{_l(r, 2)}",
        f"{_d(r, 2)}-{_l(r, 2)}-{_d(r, 2)}",
        f"ST-{_d(r, 2)}-{_l(r, 2)}"]),
    "vin": lambda r, h: f"{r.choice('123')}"
                        f"{_l(r, 4)}{_d(r, 2)}{_l(r, 1)}{_d(r, 1)}{_l(r, 1)}{_d(r, 7)}",
    "device": lambda r, h: r.choice([
        f"{_l(r, 3)}{_d(r, 6)}{_l(r, 1)}", _d(r, 15), f"OC{_d(r, 1)}{_l(r, 1)}{_d(r, 6)}",
        f"{_d(r, 4)}-{_l(r, 2)}-{_d(r, 4)}", f"{_d(r, 3)}{_l(r, 2)}{_d(r, 4)}",
        f"{_l(r, 2)}{_d(r, 7)}{_l(r, 1)}"]),
    "other_id": lambda r, h: r.choice([
        f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}", f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}-{_d(r, 1)}",
        f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}-19{_d(r, 2)}-{_d(r, 2)}-{_d(r, 5)}",
        f"{_d(r, 8)}{_l(r, 1)}", f"{r.choice('XYZ')}{_d(r, 7)}{_l(r, 1)}", f"2{_d(r, 8)}",
        f"{_d(r, 8)} {_d(r, 1)} {_l(r, 2)}{_d(r, 1)}", f"19{_d(r, 9)}", _d(r, 6),
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", f"BL-{_d(r, 2)}-{_d(r, 5)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(401, 439)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(232, 236)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
        f"{r.randint(433, 439)} {r.randint(10, 99)} {r.randint(1000, 9999)}",
        f"{r.randint(400, 407)}{r.randint(10, 99)}{r.randint(1000, 9999)}"]),
    "phone": _f43_phone,
    "fax": _f43_phone,
    "email": lambda r, h: r.choice([
        "{g}.{s}@example.com", "{s}{n}@courriel.example.ca", "{g}{n}@correu.example.cat",
        "{g}.{s}@example.pt", "{s}.{g}@example.cv", "{g}_{s}@mail.example.jm",
        "{s}{n}@posta.example.eus"]),
    "url": lambda r, h: r.choice([
        "https://www.example.com/help-{g}-{s}", "example.org/fons/{g}{s}",
        "https://{s}{n}.example.net/diari", "http://example.cv/familia/{g}",
        "www.example.ca/souper-benefice-{s}"]),
    "ip": lambda r, h: r.choice([
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"198.51.100.{r.randint(1, 254)}",
        f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 65535):x}"]),
    "zip": lambda r, h: r.choice([
        f"70{_d(r, 3)}", f"7{r.choice('01')}{_d(r, 3)}-{_d(r, 4)}", f"41{_d(r, 3)}",
        f"24{_d(r, 3)}",
        f"G0{r.choice('LRTX')} {r.randint(1, 9)}{r.choice('ABCEHJKLMNPRT')}{r.randint(0, 9)}",
        f"J0{r.choice('BEHK')} {r.randint(1, 9)}{r.choice('ABCEHJKLMNPRT')}{r.randint(0, 9)}",
        f"17{_d(r, 3)}", f"25{_d(r, 3)}", f"20{_d(r, 3)}", f"48{_d(r, 3)}",
        f"9{r.choice('5689')}{_d(r, 2)}-{_d(r, 3)}"]),
    "date": _f43_date,
}

F43_VOCABULARY = Vocabulary(
    given=["Ovide", "Clotilde", "Dudley", "Noémie", "Delmer", "Verlie", "Ersel", "Lorene",
           "Delroy", "Marcia", "Kemar", "Indira", "Kerwin", "Cirilo", "Wilnise", "Fedner",
           "Marie-Ange", "Jean-Robert", "Ghislaine", "Réjean", "Montserrat", "Jordi", "Itziar",
           "Koldo", "Miren", "Conceição", "Duarte", "Djaniny", "Zézinha", "Elvira"],
    surnames=["Thibodeaux", "Guidry", "Boudreaux", "Fontenot", "Broussard", "Sizemore",
              "Caudill", "Stidham", "Mullins", "Chin-Sang", "Brissett", "Ramkissoon", "Persad",
              "Gillett", "Dorvilus", "Pierre-Louis", "Jean-Baptiste", "Tremblay", "Gagnon",
              "Vilaró", "Puigvert", "Etxeberria", "Arrieta", "Medeiros", "Bettencourt",
              "Semedo", "Tavares", "Lopes Varela"],
    cities=["Pointe-aux-Hérons", "Belle Ombre", "Bayou Chênière", "Hardscrabble Fork",
            "Sulphur Lick", "Tipple Creek", "Breadnut Hill", "Fellowship Pen", "Cocoa Trace",
            "Sapodilla Bank", "Fonds-Zabeth", "Bois-Caïmite", "Saint-Anselme-des-Battures",
            "Sainte-Rosalie-du-Lac-Vert", "Sant Pere de Vilabruna", "la Coma d'Estelric",
            "Aizkorreta", "Larrabide", "Fajã da Lapinha", "Ribeira do Lagarto",
            "Chã de Pedra Branca", "Achada Mosquito"],
    streets=["Lacombe", "Fontenelle", "Mercier", "Bettencourt", "Arrieta", "Belair", "Roseau",
             "Clement", "Sant Roc", "Magnolia"],
    relations=["nephew", "grand-daughter", "god-son", "sister-in-law", "neighbour",
               "second cousin", "great-grandson"],
    clean=[
        "Hb 9.4 g/dL, plaquettes 131 x10^9/L, INR 1.3; vu à 08h40 au 3e étage.",
        "Malaltia de Crohn ileal (Montreal A2L1B1); infliximab 5 mg/kg a les setmanes 0, 2 i 6.",
        "Doença de Machado-Joseph confirmada em 2019; escala SARA 14/40.",
        "Parkinson gaixotasuna 2015etik; levodopa 100 mg egunean 4 aldiz.",
        "Maladi Hansen trete an 2011; pa gen nouvo blesi sou pye yo.",
        "Coal workers' pneumoconiosis, ILO category 2/1; FEV1 1.4 L (48% predicted).",
        "Sickle cell disease (HbSS), two vaso-occlusive crises this year; hydroxyurea 20 mg/kg.",
        "Patient is 87 and walks with a cane; Tinetti 18/28.",
        "Dame de 88 ans suivie à domicile par le CLSC; échelle de Braden 14.",
        "Home de 89 anys, Barthel 45, Pfeiffer 5 errors.",
        "Ward 3B (medical), bed 14; Morse fall scale 55.",
        "Vista no Serviço de Urgência às 02h15; glicemia 412 mg/dL, cetonemia 4.1 mmol/L.",
        "Lafourche Parish and Terrebonne Parish clinics reported 14 Vibrio vulnificus cases.",
        "Referred from the Cayo District; malaria RDT negative, dengue NS1 positive.",
        "Barne Medikuntza, 5. solairua; NYHA III, BNP 1240 pg/mL.",
        "Tratamento: furosemida 40 mg 2x/dia, espironolactona 25 mg/dia; Na 131, K 5.2.",
        "Score de Glasgow 14, NIHSS 6, ASPECTS 9 au scanner de 10h20.",
        "Serial troponins 18, 64 and 210 ng/L; Killip II; GRACE 142.",
        "Chikungunya IgM positive in 2014; residual arthralgia of both hands.",
        "Índex de Charlson 6; escala de Downton 3; dieta de fàcil deglució.",
        "Plak machin nan rapò a pa t lizib; pasyan an te sou yon motosiklèt.",
        "Serial number of the lead was not recorded on the implant card.",
        "Gaixoa 85 urtekoa da, Barthel 60; alabarekin bizi da.",
        "Senhora de 84 anos, índice de Katz B; vive com a filha.",
        "Malaltia de Graves-Basedow en tractament amb metimazol 10 mg/dia.",
        "Maladie de Paget osseuse connue; phosphatases alcalines 412 U/L.",
        "Heparin 5000 units SC q8h; account of events taken from the EMS crew.",
        "No commercial driving licence for 6 months after the seizure (DOT rules).",
        "Enfermedad de Behçet descartada; HLA-B51 negativo, patergia negativa.",
        "Black lung benefits claim discussed; spirometry and ABG repeated at rest.",
        "Kriol interpreter used; patient prefers Spanish for medical words.",
        "Dengue ak chikungunya nan dyagnostik diferansyèl la; NFS nòmal.",
    ],
    seed=19_043,
)

F43_CONNECTORS = [": ", " ", " — ", " n° ", ": #", " = ", "\n", " / ", " :: ", " nº ", "  "]
F43_FRAMES = ["{kv}", "Fiche admin — {kv}", "| {kw} | {v} |", "» {kv}", "Verif. {kv} (ok).",
              "{kw}:\n    {v}", "• {kv}", "Registration desk: {kv}; copy scanned.",
              "{kv} — vérifié avec la famille.", "Dades: {kv}."]
F43_AFTER = ["{v} ({kw})", "{v} = {kw}", "{v} — {kw} confirmed", "{v}, {kw} a jour"]

F43_KEYWORDS = {
    "mrn": ["MRN", "Chart #", "Docket No.", "dosye lopital", "no de dossier", "NHC",
            "núm. d'història clínica", "HK zenb.", "N.º processo", "Hosp. reg."],
    "health_plan": ["LA Medicaid ID", "KY Medicaid #", "WV Medicaid member", "NHF card no.",
                    "JADEP #", "carte RAMQ", "numéro d'assurance maladie", "CIP", "TSI",
                    "TIS Osakidetza", "N.º utente SNS", "INPS nº", "Medicare MBI", "NHI card"],
    "account": ["acct", "compte no", "IBAN", "kont labank", "conta n.º", "núm. de compte",
                "kontu zenbakia", "receipt", "billing acct"],
    "licence": ["LA driver's license", "permis de conduire", "pèmi kondwi", "carnet de conduir",
                "carta de condução", "passport", "gidabaimena", "DL#", "nursing licence"],
    "vehicle": ["LA plate", "plaque", "plak machin", "matrícula", "matrikula", "placa", "WV tag",
                "reg. no.", "licence plate"],
    "device": ["serial", "S/N", "numéro de série", "núm. de sèrie", "serie-zenbakia",
               "n.º de série", "IMEI", "concentrator SN"],
    "other_id": ["TRN", "NIF", "CIN", "NIE", "DNI", "NAS", "cartão de cidadão", "BI",
                 "national ID", "SSB No.", "black lung claim no."],
    "ssn": ["SSN", "Social Security", "SS#", "soc sec"],
    "phone": ["tel", "cell", "telefòn", "tél.", "telèfon", "telefonoa", "telemóvel", "mobil"],
    "fax": ["fax", "télécopieur", "faks", "fax n.º", "telefax"],
}

F43_SENTENCES = {
    "licence": ["His LA driver's license {v} was in the tackle box.",
                "Le permis de conduire {v} a été suspendu après l'AVC.",
                "Li te montre pèmi kondwi li, {v}, bay polis la.",
                "Carnet de conduir {v}, caducat des del 2022.",
                "Passaporte {v} usado para a evacuação para Lisboa.",
                "{v} is the nursing licence of the agency nurse."],
    "vehicle": ["Crawfish truck, LA plate {v}, was parked at the levee.",
                "Sa fille conduisait la voiture immatriculée {v}.",
                "El cotxe, matrícula {v}, era al pàrquing d'urgències.",
                "A carrinha de matrícula {v} capotou na estrada regional.",
                "Maxi taxi {v} overturned on the highway.",
                "His coal truck's VIN was {vin}.", "Moto a te gen plak {v}."],
    "mrn": ["Old chart under MRN {v} from the parish hospital.",
            "Docket {v} pulled from the records room.",
            "Son dossier {v} a été fusionné avec l'ancien.",
            "Història clínica {v} revisada.", "{v} da historia klinikoaren zenbakia.",
            "Processo {v} consultado no arquivo."],
    "health_plan": ["Louisiana Medicaid {v} is active.", "Her NHF card, {v}, covers the inhaler.",
                    "Sa carte RAMQ {v} était expirée.", "CIP {v} comprovat a la targeta.",
                    "Osakidetzaren TIS txartela: {v}.", "Utente do SNS n.º {v}.",
                    "Kentucky Medicaid under {v}.", "Beneficiário INPS {v}."],
    "account": ["Co-pay taken from acct {v}.", "Pagament domiciliat al compte {v}.",
                "Transferência para a conta {v} (família).", "Rebut {v} pagat en efectiu.",
                "The pharmacy charged it to account {v}."],
    "device": ["Pacemaker serial {v} interrogated remotely.",
               "Concentrateur d'oxygène, numéro de série {v}.",
               "CPAP serie-zenbakia {v} da.", "Bomba de insulina n.º de série {v}.",
               "Sensor CGM (S/N {v}) caiu no banho.", "{v} is the IMEI of the home hub."],
    "other_id": ["TRN {v} verified at the counter.", "NIF li se {v}.",
                 "Son NAS, {v}, figure sur le formulaire.", "DNI {v} comprovat.",
                 "NIE {v}, arribat el 2019.", "Cartão de cidadão n.º {v}.",
                 "His Belize Social Security number is {v}.",
                 "Black lung claim {v} still pending.", "National ID {v} (T&T)."],
    "ssn": ["SSN {v} on the Medicaid form.", "His Social Security number is {v}.",
            "{v} (SS#) was copied from the benefit letter.", "Soc sec {v}, verified by phone."],
    "phone": ["Call his nephew at {v}.", "Rele pitit fi li nan {v}.", "Joindre la fille au {v}.",
              "Telèfon de la filla: {v}.", "Semea: {v}.", "Telemóvel do filho {v}.",
              "Text Granny's neighbour on {v}."],
    "fax": ["Fax records to the parish clinic at {v}.", "Télécopieur du GMF : {v}.",
            "Faks: {v}", "Enviar por fax para {v}.", "{v} (fax, casualty)"],
    "email": ["Her grand-daughter writes from {v}.", "Courriel du fils : {v}.",
              "Correu de la família: {v}", "Email di pai: {v}", "Reply to {v} with results."],
    "url": ["The church set up a benefit page at {v}.", "Li pataje foto yo sou {v}.",
            "La família escriu un diari a {v}.", "A neta publica fotos em {v}."],
    "ip": ["Telemed session from {v}.", "Lekti glikomèt la voye soti {v}.",
           "Connexió del monitor des de {v}.", "Ligação do holter a partir de {v}."],
    "zip": ["Lives off the bayou, LA {v}.", "Code postal : {v}.", "Codi postal {v}.",
            "Posta-kodea: {v}.", "Código postal {v} ({city}).", "Mailing: {city}, KY {v}.",
            "Address: [[place:Tipple Creek]], WV {v}."],
    "date": ["Admitted {v}.", "Dat: {v}", "Admis le {v}.", "Data d'ingrés: {v}.",
             "Data: {v}", "Internado em {v}.", "DOB {v}", "Fecha de alta: {v}.",
             "Seen in casualty {v}.", "Nascido a {v}."],
    "address": ["Lives at [[address:{n} {street} Road]], down past the boat launch.",
                "Mailing address [[address:HC {n2} Box {n}]].",
                "Domicile : [[address:{n}, rue {street}]].",
                "Li rete [[address:Ri {street} #{n2}]].",
                "Adreça: [[address:carrer de {street}, {n}, 2n 1a]].",
                "Helbidea: [[address:{street} kalea, {n2}, 3. ezk.]].",
                "Morada: [[address:Rua {street}, n.º {n}]].",
                "The trailer at [[address:{n} {street} Street]] is near the church."],
    "place": ["A shrimper from {city}, he fishes the marsh.",
              "Moved back to {city} after the mine closed.",
              "Li soti {city} an kamyonèt.", "Elle habite {city} depuis 1962.",
              "Veí de {city}, pagès jubilat.", "{city} herrian bizi da.",
              "Natural de {city}, pescador reformado.", "Grew up in the coal camp at {city}.",
              "Born in {city}, he cuts cane."],
    "name": ["{full} came in by truck with her {rel}.",
             "Mawmaw {surname} refuses the feeding tube.", "We called {given} at the camp.",
             "Pitit gason li {given} rete avè l.", "Madame {surname} est revenue ce matin.",
             "La senyora {surname} ha tornat a caure.", "{full} jaunak ez du ebakuntzarik nahi.",
             "A Dona {surname} recusou a sonda.", "{full} brought his {rel} to the clinic.",
             "Nha {surname} ka kre bai ospital."],
}

F43_REFERENCES = [
    "A founder effect in the islands was reported (https://doi.org/10.1212/WNL.{n}).",
    "Voir la revue https://pubmed.ncbi.nlm.nih.gov/{n}{n}/ sur la mélioïdose.",
    "Resurgence of progressive massive fibrosis: https://doi.org/10.2105/AJPH.2018.{n}.",
    "Revisió sistemàtica disponible a https://www.ncbi.nlm.nih.gov/pmc/articles/PMC{n}{n}/.",
]

F43_STYLES = [
    "PARISH EMS RUN REPORT\nUnit 7, priority 2, transport to the nearest ED\n{body}\n"
    "Vitals repeated x3; care transferred to ED RN.",
    "BLACK LUNG CLINIC — FOLLOW-UP\n{body}\nCXR: small rounded opacities, profusion 2/1.\n"
    "Plan: repeat PFTs in 6 months.",
    "CASUALTY DEPARTMENT\nTriage: yellow\n{body}\nReview by the medical team on call.",
    "NÒT KONSILTASYON\n{body}\nTretman: amoksisilin 500 mg 3 fwa pa jou pandan 7 jou.",
    "NOTE D'ÉVOLUTION\n{body}\nPlan : poursuivre les soins infirmiers à domicile.",
    "INFORME D'ALTA\nServei: Medicina Interna\n{body}\nControl a l'atenció primària en 7 dies.",
    "ALTA-TXOSTENA / INFORME DE ALTA\n{body}\nKontrola: familia-medikuarekin 15 egun barru.",
    "NOTA DE ALTA\nServiço de Medicina\n{body}\nSeguimento na consulta externa em 4 semanas.",
    "GUIA DE TRANSFERÊNCIA\n{body}\nTransporte: ambulância com enfermeiro.",
    "{body}",
]

F43_PART = Part("fresh43", F43_VOCABULARY, F43_CONNECTORS, F43_FRAMES, F43_KEYWORDS,
                F43_SENTENCES, F43_AFTER, F43_REFERENCES, True, values=F43_VALUES,
                age=_f43_age, styles=F43_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh43-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    # ---------------------------------------------------------------- Louisiana bayou parishes
    ("la-ems",
     "PARISH EMS RUN REPORT\nDispatched 02:14 to [[address:4127 Bayou Chênière Road]], "
     "[[place:Pointe-aux-Hérons]], LA [[zip:70394]].\nPt: [[name:THIBODEAUX, Ovide]]\n"
     "[[age:91 y/o]] M, found on the wharf by his nephew "
     "[[name:Dudley Guidry]]. Hx CHF, AFib on apixaban.\nSSN [[ssn:433-71-2094]]; LA Medicaid "
     "[[health_plan:4412987700318]].\nHis truck, LA plate [[vehicle:412 BKT]], left at the "
     "landing. Transported to [[place:St. Amédée Parish Hospital]], ETA 02:51."),
    ("la-creole",
     "[[name:Clotilde Broussard]] is a [[age:94-year-old]] Creole lady from [[place:Belle Ombre]] "
     "in St. Landry Parish who still makes filé for the church. Her grand-daughter "
     "[[name:Noémie]] brought her in [[date:3/14/2025]] after two days of confusion; Na 119. "
     "Noémie's cell is [[phone:(337) 555-0186]]. Mawmaw speaks mostly French at home."),
    ("la-fax",
     "FAX COVER SHEET\nTo: wound clinic, [[place:Our Lady of the Marsh Medical Center]]\n"
     "Fax: [[fax:(985) 555-0173]]   Phone: [[phone:(985) 555-0172]]\nRe: "
     "[[name:Alcide Fontenot]], DOB [[date:06/02/1931]]\nPages: 4 (including cover). "
     "Pressure injury sacrum stage 3."),
    ("la-pacer",
     "Device clinic: Mr [[name:Boudreaux]] came up from [[place:Bayou Chênière]] for his "
     "pacemaker check. Generator serial [[device:PJN412773S]], battery 6.5 years. Remote "
     "monitor last transmitted from [[ip:10.41.27.33]] on [[date:February 9, 2025]]."),
    ("la-benefit",
     "Her grandson set up [[url:https://www.example.com/help-mawmaw-clotilde]] to pay for the "
     "wheelchair ramp.", "patient_information"),
    # ---------------------------------------------------------------- Kentucky, West Virginia
    ("ky-blacklung",
     "BLACK LUNG CLINIC\n[[name:Delmer Caudill]], born [[date:02/11/1934]], worked 31 years "
     "underground and grew up in the coal camp at [[place:Hardscrabble Fork]], Pike County.\n"
     "Mailing: [[address:HC 83 Box 2207]], [[place:Tipple Creek]], KY [[zip:41527]].\n"
     "KY Medicaid [[health_plan:7712043391]]; black lung claim no. [[other_id:BL-07-44129]].\n"
     "Wife [[name:Verlie]] manages his oxygen."),
    ("ky-ed",
     "ED note, [[place:Three Forks Miners Hospital]]: [[age:96-year-old]] man from up "
     "[[place:Sulphur Lick]] hollow, fell off the porch. Social Security [[ssn:401-55-8127]]. "
     "Son [[name:Ersel Sizemore]] at [[phone:606-555-0147]]."),
    ("wv-homehealth",
     "Home health visit [[date:01-17-2025]]. Mrs. [[name:Lorene Stidham]] lives alone at "
     "[[address:18 Pocahontas Row]], [[place:Red Ash Camp]], WV [[zip:24871]]. WV Medicaid "
     "member [[health_plan:WV0041277309]]. Oxygen concentrator SN [[device:OC7H412773]] "
     "alarming; vendor called. Son [[name:Ersel]] drives over from [[place:Welch Bottom]]."),
    ("wv-mvc",
     "MVC, driver restrained. Coal truck VIN [[vehicle:1GCHK29U41E412773]], WV tag "
     "[[vehicle:4RT 219]]. WV driver's license [[licence:E412773]] returned to the patient, "
     "[[name:Harlan Mullins]], by the trooper. McDowell County EMS crew."),
    ("ky-pharmacy",
     "Pharmacy receipt [[account:REC-557120]] for the inhalers was charged to acct "
     "[[account:41277330]]; the patient, [[name:Mullins]], asked for the 340B price."),
    # ---------------------------------------------------------------- Jamaica
    ("jm-docket",
     "CASUALTY DEPARTMENT — [[place:St. Ursula Regional Hospital]]\nDocket No. "
     "[[mrn:D-41-27733]]\nName: [[name:Delroy Chin-Sang]]\nTRN: [[other_id:112-409-773]]\n"
     "NHF card: [[health_plan:0041237789]]\nAddress: [[address:14 Mango Walk Lane]], "
     "[[place:Breadnut Hill]], St. Elizabeth\nTel: [[phone:(876) 412-3390]]\nDate: "
     "[[date:14/03/2025]]\nPC: chest pain x 2 hours."),
    ("jm-letter",
     "Dear Dr [[name:Brissett]],\nRe: Miss [[name:Marcia Campbell]], [[age:93]], of "
     "[[place:Fellowship Pen]]\nThank you for seeing this lady, who is on JADEP "
     "([[health_plan:JD-4127730]]) for her hypertension and diabetes. Her niece "
     "[[name:Kemar]] accompanies her to clinic.\nYours sincerely,\n[[name:A. Wedderburn]]"),
    ("jm-telemed",
     "Telemed log: video link from [[ip:192.168.41.27]] dropped at 10:14; patient "
     "[[name:Kemar Brissett]] rejoined by phone, [[phone:876-555-0191]]."),
    # ---------------------------------------------------------------- Trinidad and Tobago
    ("tt-ae",
     "A&E: [[name:Ramdeo Persad]], a [[age:92-year-old]] retired cane cutter from "
     "[[place:Cocoa Trace]], Caroni, struck by maxi taxi [[vehicle:HBX 2211]]. National ID "
     "[[other_id:19330412017]]. Daughter [[name:Indira]]: [[phone:(868) 612-4127]]."),
    ("tt-chat",
     "[[[date:14/03/2025 21:07]]] [[name:Kerwin]]: Tanti fall down by the standpipe again\n"
     "[[[date:14/03/2025 21:09]]] Nurse [[name:Ramkissoon]]: bring she in, we by "
     "[[place:Mora Valley Health Centre]]"),
    # ---------------------------------------------------------------- Belize
    ("bz-polyclinic",
     "[[place:Cohune Ridge Polyclinic]], Cayo District. [[name:Cirilo Gillett]], "
     "[[age:90]], from [[place:Sapodilla Bank]] village. SSB No. [[other_id:000412773]] "
     "(Belize Social Security, not a US number). NHI card [[health_plan:BZ4127733]]. "
     "Phone [[phone:+501 622-4127]]. Came in on the back of a pickup, plate "
     "[[vehicle:CY-C 41277]]."),
    ("bz-kriol",
     "SMS from [[phone:+501 655-0182]]: \"Mi granny [[name:Elvira]] noh di eat fi two day, "
     "she deh da [[place:Mahogany Creek]]\". Advised to come to the polyclinic."),
    # ---------------------------------------------------------------- Haiti
    ("ht-fiche",
     "NÒT KONSILTASYON\nLopital: [[place:Lopital Sen Jera nan Fonds-Zabeth]]\nNon: "
     "[[name:Wilnise Dorvilus]]\nLaj: [[age:93 an]]\nAdrès: [[address:Ri Lacombe #14]], "
     "[[place:Fonds-Zabeth]]\nNIF: [[other_id:003-412-877-1]]\nTelefòn: "
     "[[phone:+509 3741 2339]]\nDat: [[date:14 mas 2025]]\nPitit gason li, [[name:Fedner]], "
     "di li pa manje depi twa jou."),
    ("ht-reference",
     "FICHE DE RÉFÉRENCE\nMadame [[name:Marie-Ange Pierre-Louis]], âgée de [[age:95 ans]], "
     "domiciliée à [[place:Bois-Caïmite]], Artibonite, est référée au "
     "[[place:Centre Hospitalier de Morne-Cabrit]] pour AVC probable le [[date:12 mars 2025]]. "
     "CIN [[other_id:01-04-99-1930-03-00417]]. Transportée en moto, plaque [[vehicle:MT-41277]]."),
    ("ht-sms",
     "Mesaj bay [[name:Jean-Robert]] nan [[phone:+509 44 12 77 33]]: rezilta tès la pare, vin "
     "chèche l nan dispansè a nan [[place:Ti-Rivière-Lalou]] demen."),
    ("ht-lab",
     "LABORATWA — rezilta\nPasyan: [[name:Fedner Jean-Baptiste]]  Dosye: [[mrn:0041277]]\n"
     "Dat prelèvman: [[date:2025-03-11]]\nHb 7.2 g/dL, glikoz 412 mg/dL."),
    # ---------------------------------------------------------------- Québec
    ("qc-note",
     "NOTE D'ÉVOLUTION — [[place:CLSC des Battures]]\nM. [[name:Réjean Gagnon]], "
     "[[age:92 ans]], de [[place:Saint-Anselme-des-Battures]], vu à domicile le "
     "[[date:14 mars 2025]]. Carte RAMQ [[health_plan:GAGR 3204 1219]]. NAS "
     "[[other_id:412 773 239]]. Code postal [[zip:G0R 2T0]]. Tél. : [[phone:418 555-0142]]."),
    ("qc-letter",
     "Chère collègue,\nMme [[name:Ghislaine Tremblay]] (no de dossier [[mrn:0412398]]) a été "
     "hospitalisée à l'[[place:Hôpital de Sainte-Rosalie-du-Lac-Vert]] du [[date:2025-02-03]] "
     "au [[date:2025-02-17]]. Son permis de conduire [[licence:T6512-120745-08]] a été "
     "signalé à la SAAQ; sa voiture ([[vehicle:F41 KBT]]) est vendue. Sa fille écrit à "
     "[[email:ghislaine.tremblay@courriel.example.ca]].\nDre [[name:Nathalie Bouchard]]"),
    ("qc-fax",
     "TÉLÉCOPIE\nÀ : [[place:GMF du Lac-Vert]]\nTélécopieur : [[fax:(819) 555-0199]]\nDe : "
     "[[name:Gaétan Lévesque]], inf. clinicienne\nObjet : suivi de la pompe à insuline, "
     "numéro de série [[device:NG4127733H]]."),
    # ---------------------------------------------------------------- Catalonia
    ("cat-alta",
     "INFORME D'ALTA\n[[place:Hospital Comarcal de Vilanera del Bosc]]\nPacient: "
     "[[name:Montserrat Vilaró i Casals]]\nEdat: [[age:93 anys]]\nNHC: [[mrn:00412398]]\n"
     "CIP: [[health_plan:VICA1320412008]]\nDNI: [[other_id:40412773K]]\nAdreça: "
     "[[address:carrer de Sant Roc, 14, 2n 1a]], [[zip:17412]] "
     "[[place:Sant Pere de Vilabruna]]\nData d'ingrés: [[date:12 de març de 2025]]"),
    ("cat-prose",
     "Home de [[age:91 anys]], veí de [[place:la Coma d'Estelric]], pagès jubilat. La seva "
     "filla [[name:Mercè]] (telèfon [[phone:+34 972 41 23 39]]) el va portar amb el cotxe, "
     "matrícula [[vehicle:4127 KLM]], al [[place:CAP Vilabruna]]."),
    ("cat-nie",
     "Pacient nascut al Marroc, NIE [[other_id:X4127733L]], TSI [[health_plan:BEHA1470512003]]. "
     "Viu a [[place:Vilanera del Bosc]] amb el seu germà [[name:Youssef Benhaddou]]. Rebut de "
     "la residència domiciliat a l'IBAN [[account:ES21 0081 4127 7330 0041 2398]]."),
    ("cat-recepta",
     "Recepta electrònica enviada; el fill, [[name:Jordi Puigvert]], demana el pla de "
     "medicació per correu a [[email:jordi12@correu.example.cat]]."),
    # ---------------------------------------------------------------- Basque Country
    ("eus-alta",
     "ALTA-TXOSTENA / INFORME DE ALTA\n[[place:Urbeltzeko Ospitalea]]\nGaixoa: "
     "[[name:Iñaki Etxeberria Goikoetxea]]\nAdina: [[age:94 urte]]\nHK zenb.: "
     "[[mrn:4127733]]\nTIS: [[health_plan:ETGO 412773 B]]\nData: "
     "[[date:2025eko martxoaren 12a]]\nDiagnostikoa: bihotz-gutxiegitasuna."),
    ("eus-prose",
     "[[name:Miren Arrieta]], [[age:92 urteko]] emakumea, [[place:Aizkorreta]] herrian bizi da "
     "bere ilobarekin, [[name:Itziar]]. Helbidea: [[address:Bettencourt kalea, 7, 3. ezk.]], "
     "[[zip:20412]]. Telefonoa: [[phone:943 412 339]]."),
    ("eus-castellano",
     "[[place:Centro de Salud de Larrabide]]: paciente de [[age:91 años]], DNI "
     "[[other_id:72412773F]], acude el [[date:3 de marzo de 2025]] con su hijo "
     "[[name:Koldo]]. Gidabaimena / permiso de conducir [[licence:72412773F]] retirado por el "
     "neurólogo."),
    # ---------------------------------------------------------------- Azores and Madeira
    ("az-alta",
     "NOTA DE ALTA\n[[place:Hospital da Caldeira Funda]]\nUtente: "
     "[[name:Manuel Jacinto Medeiros]]\nIdade: [[age:93 anos]]\nN.º processo: "
     "[[mrn:2025/004127]]\nN.º utente SNS: [[health_plan:241277330]]\nNIF: "
     "[[other_id:204127733]]\nMorada: [[address:Canada do Pico, n.º 14]], [[zip:9560-412]] "
     "[[place:Fajã da Lapinha]]\nDiagnóstico: doença de Machado-Joseph."),
    ("mad-prose",
     "Senhora de [[age:96 anos]], natural de [[place:Ribeira do Lagarto]], trazida pelo filho "
     "[[name:Duarte Bettencourt]] no carro dele ([[vehicle:41-KT-27]]). Cartão de cidadão "
     "[[other_id:12412773 9 ZX4]]; telemóvel do filho [[phone:912 412 339]]. Internada em "
     "[[date:14-03-2025]]."),
    ("az-conta",
     "A fatura do lar foi paga por transferência da conta "
     "[[account:PT50 0035 4127 7330 0041 2398 1]] em nome de [[name:Conceição Furtado]]."),
    # ---------------------------------------------------------------- Cape Verde
    ("cv-guia",
     "GUIA DE TRANSFERÊNCIA\nDe: [[place:Centro de Saúde de Chã de Pedra Branca]]\nPara: "
     "[[place:Hospital Regional de Achada Mosquito]]\nNome: [[name:Djaniny Semedo Tavares]]\n"
     "Idade: [[age:91 anos]]\nNIF: [[other_id:104127733]]\nINPS: [[health_plan:0041277]]\n"
     "Data: [[date:12/03/2025]]\nContacto: [[phone:+238 991 23 45]]"),
    ("cv-kriolu",
     "Nha [[name:Bia Lopes Varela]], [[age:94 anu]], ta mora na [[place:Ribeira da Tartaruga]] "
     "ku se neta [[name:Zézinha]]. Se telefoni e [[phone:(+238) 261 41 23]]. Dia "
     "[[date:12/03/2025]] el kai na kuzinha."),
    ("cv-email",
     "De: [[email:dulce.semedo@example.cv]]\nPara: secretariado da consulta\nAssunto: a minha "
     "avó\nBom dia, sou neta de [[name:Djaniny Semedo]]. Ela usa uma bomba de insulina com "
     "o n.º de série [[device:412KT7733]] e a placa da carrinha dela é "
     "[[vehicle:ST-41-AB]].\n[[name:Dulce]]"),
    ("cv-passaporte",
     "Evacuação para Lisboa: passaporte [[licence:PA4127733]]; BI [[other_id:041277]]."),
    # ---------------------------------------------------------------- clean letters
    ("clean-la",
     "BAYOU PARISHES WOUND CLINIC — weekly list\n12 patients (ages 61-89), 4 on the boat "
     "route from Terrebonne Parish and Lafourche Parish. Vibrio vulnificus x2, both on "
     "doxycycline plus ceftazidime. Account of each exposure recorded; no plates or licences "
     "relevant."),
    ("clean-ky",
     "BLACK LUNG PROGRAM, quarterly: 38 miners screened, 9 with PMF (ILO category A-C), mean "
     "age 64, oldest 88. Pike County 14, Letcher County 11, McDowell County 13. Serial PFTs "
     "in all."),
    ("clean-jm",
     "Casualty census 06:00: 23 patients, 4 in resus, 2 sickle cell crises, 1 snakebite "
     "(no antivenom needed). Ward 5 full; St. Elizabeth and Westmoreland transfers paused."),
    ("clean-ht",
     "Rapò semèn nan: 41 ka kolera sispèk nan Artibonite, 3 mò; 88 an se laj ki pi wo a. "
     "Tès rapid pozitif nan 29 ka. Pa gen non ni adrès nan rapò a."),
    ("clean-qc",
     "Réunion interdisciplinaire, soins à domicile du Bas-Saint-Laurent : 17 usagers, âge "
     "moyen 81 ans (extrêmes 66 à 89 ans). Maladie de Parkinson 3, SLA 1. Échelle de Braden "
     "et Morse à jour."),
    ("clean-cat",
     "Sessió clínica del servei de Medicina Interna: 3 casos de malaltia de Still de l'adult, "
     "edats 44, 57 i 86 anys, tots d'Osona. PCR 212 mg/L, ferritina 8400 ng/mL."),
    ("clean-eus",
     "Larrialdietako zerbitzua: 9 gaixo Gipuzkoatik, 85 eta 88 urte bitartekoak bi. Parkinson "
     "gaixotasuna 2, Alzheimer gaixotasuna 3. Ez dago datu pertsonalik."),
    ("clean-az",
     "Consulta de doenças neurológicas hereditárias: 14 doentes com doença de Machado-Joseph "
     "(ilhas das Flores e São Miguel), idades 31-87 anos; escala SARA média 16."),
    ("clean-cv",
     "Relatório mensal: Fogo e Santiago com 22 casos de dengue, 0 óbitos; idade máxima 89 "
     "anos. Kuza ki bu ta fazi: bebe agu, deskansa."),
    ("clean-tt",
     "A&E handover 19:00: 31 patients, 6 awaiting beds, 2 dengue with warning signs, 1 RTA "
     "from the Caroni area (no plate recorded). Chikungunya serology pending x3."),
    ("clean-bz",
     "Polyclinic monthly summary, Cayo District and Toledo District: 64 malaria smears, all "
     "negative; 12 dengue NS1 positive; 3 snakebites (fer-de-lance). Oldest patient 87."),
    # ---------------------------------------------------------------- discussion references
    ("reference",
     "Machado-Joseph disease clusters in the Azores are well described "
     "(https://doi.org/10.1212/WNL.0000000000004127), and the resurgence of progressive "
     "massive fibrosis in Appalachia is reviewed at https://pubmed.ncbi.nlm.nih.gov/30412773/ "
     "and https://doi.org/10.2105/AJPH.2018.304517.", "discussion"),
]

F43_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH43: tuple[Note, ...] = build(F43_PART, per_category=26, clean=120, references=8) + F43_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH43 for e in n.expected)
    print(len(FRESH43), "notes,", sum(1 for n in FRESH43 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

"""FRESH11: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind: its author read only tests/phi/generated.py (the framework and its parts),
tests/phi/corpus.py (the Note type, the span conventions, parse, evaluate), the domain rules
(45 CFR 164.514(b)(2), as restated in the project's domain notes) and the module docstring of
tests/phi/fresh10_notes.py (its first 75 lines: conventions and settings); not the scanner,
its patterns, name lists or data, its benchmark (bench/), its tests, the body of any other
fresh part, nor their git history; the scanner was not run while writing it or on its notes.
Its vocabulary, value shapes, keywords (mostly in the local language or script), connectors,
frames, note styles and hand-written letters are its own, from settings that fresh10's
docstring and generated.py do not list: a Japanese 紹介状 (Shōwa and Reiwa era dates, 〒
postcodes, 歳), a Korean discharge summary (년/월/일 dates, 세, resident registration number),
a Ukrainian epicrisis, a Kazakh note (IIN), a Romanian bilet de ieșire (CNP, FO nr.), a Greek
note (ετών), a Hungarian zárójelentés (TAJ, year-first dates), a Finnish lähete
(henkilötunnus, -vuotias), an Israeli consultation (Teudat Zehut, Kupat Holim), a Sri Lankan
Bed Head Ticket (NIC), a Nepalese discharge (Bikram Sambat dates, citizenship number),
Myanmar, Cambodian and Mongolian patients in a team chat, Jamaican/Trinidadian referrals
(NHF), a Puerto Rican nota de admisión (US SSN), Cuban, Dominican and Venezuelan notes, a
Haitian compte rendu, Senegalese, Ivorian, Cameroonian and Congolese fiches, Rwandan
(Mutuelle) and Tanzanian (Swahili keywords, NHIF) transfers, Zambian, Zimbabwean, Mozambican
and Angolan notes, Sudanese, Iraqi, Yemeni, Omani, Qatari, Kuwaiti and Afghan notes, Fijian
and Papua New Guinean retrievals, a Spanish informe de alta (DNI, CIP, NHC), an Austrian
Arztbrief (Jänner, SVNR, Aufnahmezahl), a Swiss Austrittsbericht (AHV, insurance card), a
Flemish verwijsbrief and a Luxembourg note, Scottish (CHI) and Welsh GP letters, a Norwegian
epikrise (fødselsnummer, kontonr); as document types an operation note, an anaesthesia
record, an ICU flowsheet, a psychiatry admission, a growth and vaccination card, an
occupational health certificate, a medico-legal report, a dental chart, an ophthalmology
referral, a physiotherapy discharge, a palliative care plan, a tele-ICU handover, a
hospital-at-home visit, an insurance claim with ICD and DRG codes, a pharmacy dispensing
record, an ambulance (ATMIST) handover, a blood bank request, a genetic counselling letter
and a research enrolment log.

Conventions (tests/phi/corpus.py's and fresh10's docstring): a name without its title or
honorific (Mr, Mrs, Ms, Sra., Mme, Dhr., Frau, Herr, Bi., Daw, Mbuya, Dr; the Japanese "様"
and "さん" stay out); a full name in any order is one span, particles included ("TAKAHASHI
Haruka", "Shevchenko Oksana Petrivna", "W. M. Dilani Wickramasinghe", "Carmen Ruiz de la
Fuente", "Nazira dos Santos", "Yaritza Colón Rivera"); staff names (doctors, interpreters,
prescribers) are names too; an identifier without its keyword; an age over 89 with its
attached unit in any language ("90歳", "93세", "90 лет", "94 ani", "92 ετών",
"91 éves", "91-vuotias", "96 años", "92 ans", "95 anos", "93 Jahre", "92 år") or the number
alone ("Umri: 97", "Age/Sex 94/M"); ages under 90 are not marked, nor scores such as "PANSS
94"; a date without its preposition or article, with a time (HH:MM) right after
it; dates in other calendars are dates ("昭和8年5月3日", "令和5年3月14日", "2081/02/14" B.S.);
a year alone is not marked. Street line (house number, street, flat, kv., ap., "No. 27/3",
Japanese chōme-banchi), each locality (city, Japanese city and ward as two adjacent spans,
Korean gu, Nepalese district, a Harare suburb) and the postcode are separate spans; a named
hospital is a place (the whole name); states, provinces, regions, oblasts, parishes,
counties of the first level (Romanian județ) and countries are never marked. Category
choices: `ssn` is a US Social Security number only (Puerto Rican "Seguro Social"); other
national numbers (My Number, Korean RRN, RNOKPP, IIN, CNP, henkilötunnus, Teudat Zehut, Sri
Lankan NIC, Nepalese citizenship, DNI, NIE, AHV, Belgian rijksregisternummer,
fødselsnummer, Cuban/Dominican/Omani/Kuwaiti/Zambian/Angolan/Afghan IDs, police case and
employee numbers, a study ID that identifies the participant) are `other_id`; national or
social health insurance numbers (被保険者番号, 건강보험증번호, TAJ, SVNR/e-card, CHI, CIP, Swiss
insurance card, Kupat Holim, NHF, NHIF, Mutuelle, CMU, CNS, Qatari health card, Plan Vital)
are `health_plan`; カルテ番号, 환자번호, история болезни, FO nr., Kórlapszám, NHC, Processo,
dossier, Aufnahmezahl, Fallnummer, Journalnr, BHT and IP numbers and a lab accession number
are `mrn`; passports, driving licences, professional registrations (GMC, GOC, QCHP, Ordem
dos Médicos, MMC) and death-certificate numbers are `licence`; IBANs, bank account and invoice
numbers are `account`. Clean notes (and the unmarked parts of every note) hold doses, lab
values with decimal commas and spaced thousands, gestations ("38+2/40"), ICD-10/ICD-11/DRG/CPT
codes, gene and assay names (HLA-B*58:01, ALDH2*2, CYP2C19*2/*3, MEFV M694V, HBB c.20A>T,
BRCA2 c.7480C>T, Xpert MTB/RIF Ultra, QuantiFERON), bed, cycle, session and theatre numbers,
years, ages under 90, and scores, rules, guidelines and diseases named after places and people
(Tokyo Guidelines, Kyoto classification, Kikuchi, Takayasu, Moyamoya, Crimean-Congo, Rift
Valley, West Nile, Japanese encephalitis, Ross River, Lund and Browder, Parkland, Ranson,
Atlanta, Rome IV, Montreal, Lugano, Ann Arbor, Sydney, Geneva, San Francisco, Canadian CT
head rule, Banff, Brighton, Chapel Hill, Baveno VII, Declaration of Helsinki, Oslo consensus,
Edmonton, Kussmaul), guideline bodies (WHO, KDIGO, ESC, JBDS, Cochrane) and citations.

Built as build(FRESH11_PART, per_category=27, clean=42, references=8) + FRESH11_LETTERS (49
hand-written notes: 42 with identifiers, 5 clean, 2 references in an introduction or
discussion): 628 notes, 57 of them without any identifier (42 generated clean notes, 8
reference notes in an introduction or discussion, 5 clean letters, 2 reference letters), 830
spans - name 94, address 48, place 87, zip 43, date 51, age 42, phone 46, fax 30, email 29,
ssn 28, mrn 39, health_plan 43, account 30, licence 32, vehicle 31, device 30, url 46, ip 28,
other_id 53 (`python -m tests.phi.fresh11_notes` prints them). Checked without the scanner:
every span's text is the note's text at its offsets and has no surrounding blanks, no marks or
slots are left in the text, no spans overlap, note ids are unique, every category is present,
every marked age is over 89, no note text equals one of generated.py's TUNING notes, and two
builds (also under two PYTHONHASHSEED values) are identical. Deterministic: its own seed
(16_011), values drawn from the builder's fixed-seed Random, no hash-order dependence. Not
wired into any test or bench: measure it once.

    from tests.phi.fresh11_notes import FRESH11, FRESH11_PART, FRESH11_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import SPANISH_MONTHS, Part, Vocabulary, build

_R = "0123456789"


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(_R) for _ in range(n))


def _l(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_RO = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
       "septembrie", "octombrie", "noiembrie", "decembrie"]
_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
       "outubro", "novembro", "dezembro"]
_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
       "octobre", "novembre", "décembre"]
_AT = ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
       "Oktober", "November", "Dezember"]
_NO = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
       "oktober", "november", "desember"]
_CY = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
       "Hydref", "Tachwedd", "Rhagfyr"]
_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]


def _f11_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1928, 2025)
    hh, mm = r.randint(0, 23), r.choice((0, 5, 10, 20, 35, 40, 55))
    forms = [
        f"{d:02d}.{m:02d}.{y}",                       # Russian / Ukrainian / Kazakh
        f"{d}.{m}.{y}",                               # Finnish
        f"{y}.{m:02d}.{d:02d}",                       # Hungarian, Korean
        f"{y}年{m}月{d}日",                            # Japanese
        f"{y}년 {m}월 {d}일",                          # Korean
        f"{d} {_RO[m - 1]} {y}",                      # Romanian
        f"{d} de {_PT[m - 1]} de {y}",                # Mozambique / Angola
        f"{d} {_FR[m - 1]} {y}",                      # Haiti / Senegal / Congo
        f"{d} de {SPANISH_MONTHS[m - 1]} de {y}",     # Spain / Cuba / Puerto Rico
        f"{d}/{m}/{y}",                               # Greek, Tanzanian
        f"{d}. {_NO[m - 1]} {y}",                     # Norwegian
        f"{d}. {_AT[m - 1]} {y}",                     # Austrian
        f"{d} {_CY[m - 1]} {y}",                      # Welsh
        f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}",     # with a time
        f"{d:02d}-{_EN[m - 1][:3]}-{y}",              # Sri Lanka / Nepal / Jamaica
        f"{min(y + 57, 2082)}/{m:02d}/{d:02d}",       # Bikram Sambat (Nepal)
    ]
    if y >= 2019:
        forms.append(f"令和{y - 2018}年{m}月{d}日")    # Japanese era
    return r.choice(forms)


def _f11_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 106)
    return r.choice([
        ("{age}, 女性, from a care facility in the prefecture", f"{n}歳"),
        ("환자 나이 {age}, lives with the eldest son", f"{n}세"),
        ("пациентка {age}, bed-bound since the fall", f"{n} лет"),
        ("vârsta: {age}, retired schoolteacher", f"{n} ani"),
        ("ηλικία {age}, widow", f"{n} ετών"),
        ("a {age} nő, known to the GP", f"{n} éves"),
        ("{age} mies, kotihoito twice daily", f"{n}-vuotias"),
        ("edad {age}, vive sola", f"{n} años"),
        ("âgé de {age}, grabataire", f"{n} ans"),
        ("idade {age}, acamada", f"{n} anos"),
        ("Alter {age}, Pflegestufe 5", f"{n} Jahre"),
        ("alder {age}, bor på sykehjem", f"{n} år"),
        ("Umri: {age} (mzee), from the ward", f"{n}"),
        ("Age/Sex {age}/M, Bed Head Ticket reviewed", f"{n}"),
        ("a {age} grandmother from the parish", f"{n}-year-old"),
        ("he turned {age} this winter", f"{n}"),
        ("a {age} retired fisherman", f"{n} yr old"),
    ])


def _f11_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"03-{_d(r, 4)}-{_d(r, 4)}", f"090-{_d(r, 4)}-{_d(r, 4)}", f"010-{_d(r, 4)}-{_d(r, 4)}",
        f"+82 2 {_d(r, 3)} {_d(r, 4)}", f"+380 44 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
        f"+7 701 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"+40 7{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"+30 210 {_d(r, 3)} {_d(r, 4)}", f"06 30 {_d(r, 3)} {_d(r, 4)}", f"040 {_d(r, 3)} {_d(r, 4)}",
        f"05{r.randint(0, 8)}-{_d(r, 3)}-{_d(r, 4)}", f"+94 77 {_d(r, 3)} {_d(r, 4)}",
        f"+977 98{_d(r, 8)}", f"+1 876 {_d(r, 3)} {_d(r, 4)}", f"+1 (787) {_d(r, 3)}-{_d(r, 4)}",
        f"+509 {_d(r, 4)} {_d(r, 4)}", f"+221 77 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
        f"+255 7{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"+258 84 {_d(r, 3)} {_d(r, 4)}",
        f"+244 9{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"+47 9{_d(r, 2)} {_d(r, 2)} {_d(r, 3)}",
        f"+34 91{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}", f"+43 1 {_d(r, 3)} {_d(r, 4)}",
        f"+41 44 {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}", f"0131 {_d(r, 3)} {_d(r, 4)}",
        f"+679 {_d(r, 3)} {_d(r, 4)}", f"+249 91 {_d(r, 3)} {_d(r, 4)}", f"+964 770 {_d(r, 3)} {_d(r, 4)}",
    ])


def _f11_zip(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"{_d(r, 3)}-{_d(r, 4)}", _d(r, 5), _d(r, 6), f"{_d(r, 3)} {_d(r, 2)}", _d(r, 4),
        _d(r, 7), f"{_l(r, 2, 'EGKPIA')}{r.randint(1, 20)} {r.randint(1, 9)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
    ])


FRESH11_VALUES = {
    "mrn": lambda r, h: r.choice([_d(r, 7), f"{_d(r, 2)}-{_d(r, 6)}", f"H{_d(r, 8)}",
                                  f"{_d(r, 5)}/{r.randint(2019, 2025)}", f"BHT{_d(r, 6)}",
                                  f"{_l(r, 2)}{_d(r, 6)}", f"{_d(r, 4)} {_d(r, 4)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",            # Hungarian TAJ
        f"{_d(r, 4)} {_d(r, 6)}",                         # Austrian SVNR on the e-card
        f"{_d(r, 10)}",                                   # Scottish CHI, Korean NHIS
        f"{_l(r, 4)}{_d(r, 12)}",                         # Spanish CIP
        f"807560{_d(r, 14)}",                             # Swiss insurance card
        f"{_d(r, 8)}-{_d(r, 2)}",                         # Japanese 被保険者番号
        f"NHIF-{_d(r, 9)}", f"{_d(r, 4)}/{_d(r, 4)}/{_d(r, 2)}"]),
    "account": lambda r, h: r.choice([f"RO{_d(r, 2)}BTRL{_d(r, 16)}", f"ES{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)} {_d(r, 10)}",
                                      f"AT{_d(r, 18)}", f"NO{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}",
                                      _d(r, 12), f"{_d(r, 3)}-{_d(r, 6)}-{_d(r, 2)}", f"INV-{_d(r, 7)}"]),
    "licence": lambda r, h: r.choice([f"{_l(r, 2)}{_d(r, 7)}", f"{_d(r, 12)}", f"M{_d(r, 6)}",
                                      f"{_d(r, 2)} {_l(r, 2)} {_d(r, 6)}", f"N{_d(r, 7)}",
                                      _d(r, 7), f"{_l(r, 1)}{_d(r, 8)}"]),
    "vehicle": lambda r, h: r.choice([f"品川 {_d(r, 3)} さ {_d(r, 2)}-{_d(r, 2)}", f"{_d(r, 2)}가 {_d(r, 4)}",
                                      f"{_l(r, 2)} {_d(r, 4)} {_l(r, 2)}", f"B {_d(r, 3)} {_l(r, 3)}",
                                      f"{_l(r, 3)}-{_d(r, 4)}", f"{_d(r, 4)} {_l(r, 3)}",
                                      f"{_l(r, 2)} {_d(r, 5)}", f"W-{_d(r, 5)}{_l(r, 1)}",
                                      f"{_l(r, 2)}{_d(r, 2)} {_l(r, 3)}"]),
    "vin": lambda r, h: f"{_l(r, 3)}{_d(r, 2)}{_l(r, 3)}{_d(r, 1)}{_l(r, 2)}{_d(r, 6)}",
    "device": lambda r, h: r.choice([f"{_l(r, 3)}{_d(r, 6)}{_l(r, 1)}", f"{_d(r, 2)}-{_d(r, 7)}",
                                     _d(r, 9), f"{_l(r, 2)}{_d(r, 4)}-{_d(r, 4)}",
                                     f"(21){_d(r, 10)}", _d(r, 15)]),
    "other_id": lambda r, h: r.choice([
        f"{_d(r, 6)}-{r.choice('1234')}{_d(r, 6)}",       # Korean RRN
        _d(r, 13),                                        # Romanian CNP
        f"{_d(r, 6)}-{_d(r, 3)}{_l(r, 1)}",              # Finnish HETU, A/- century
        f"{_d(r, 8)}{_l(r, 1)}", f"X{_d(r, 7)}{_l(r, 1)}",  # DNI / NIE
        f"756.{_d(r, 4)}.{_d(r, 4)}.{_d(r, 2)}",          # Swiss AHV
        f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}-{_d(r, 5)}",   # Nepal citizenship
        f"{_d(r, 9)}V", _d(r, 12), _d(r, 11)]),
    "ssn": lambda r, h: r.choice([f"{r.randint(580, 599)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
                                  f"{r.randint(101, 665)} {r.randint(10, 99)} {r.randint(1000, 9999)}",
                                  f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"]),
    "phone": _f11_phone,
    "fax": _f11_phone,
    "email": lambda r, h: r.choice(["{g}.{s}@example.jp", "{s}{n}@example.co.kr", "{g}_{s}@example.ro",
                                    "{g}{n}@example.no", "{s}.{g}@example.es", "{g}-{s}@example.co.tz"]),
    "url": lambda r, h: r.choice(["https://{g}{s}.example.jp/nikki", "www.example.ro/{s}-{g}",
                                  "https://example.co.kr/blog/{g}{n}", "http://www.example.no/minneside/{s}",
                                  "example.ht/{g}-{s}"]),
    "ip": lambda r, h: r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
                                 f"2001:db8:{r.randint(1, 4095):x}:{r.randint(1, 4095):x}::{r.randint(1, 255):x}"]),
    "zip": _f11_zip,
    "date": _f11_date,
}

FRESH11_VOCABULARY = Vocabulary(
    given=["Haruka", "Ji-woo", "Oksana", "Ioana", "Eleni", "Zsófia", "Aino", "Yael", "Dilani",
           "Sabitri", "Thiri", "Sokha", "Bolormaa", "Aigerim", "Shanice", "Yaritza", "Dayanara",
           "Marie-Ange", "Awa", "Kouadio", "Mbong", "Mwajuma", "Chanda", "Tendai", "Felisberto",
           "Nazira", "Hamdan", "Mustafa", "Salote", "Iain", "Bronwen", "Sigrid", "Lieven"],
    surnames=["Takahashi", "Park", "Shevchenko", "Popescu", "Papadopoulou", "Kovács", "Virtanen",
              "Ben-David", "Wickramasinghe", "Shrestha", "Aung", "Chhim", "Batbayar", "Nurlanovna",
              "McFarlane", "Colón Rivera", "Pierre-Louis", "Diop", "Kouassi", "Nkeng", "Kabila",
              "Mollel", "Mwale", "Moyo", "Macuácua", "dos Santos", "Elamin", "Al-Jubouri", "Al Balushi",
              "Waqanivalu", "MacLeod", "Llewellyn", "Haugen", "Vermeulen", "Huber"],
    cities=["Sapporo", "Daegu", "Kharkiv", "Cluj-Napoca", "Thessaloniki", "Debrecen", "Tampere",
            "Haifa", "Kandy", "Pokhara", "Mandalay", "Battambang", "Darkhan", "Karaganda",
            "Montego Bay", "San Fernando", "Mayagüez", "Cap-Haïtien", "Thiès", "Bouaké", "Douala",
            "Lubumbashi", "Huye", "Arusha", "Ndola", "Bulawayo", "Beira", "Huambo", "Omdurman",
            "Sohar", "Lautoka", "Graz", "Winterthur", "Inverness", "Aberystwyth", "Tromsø"],
    streets=["Sakura", "Taras Shevchenko", "Mihai Eminescu", "Egnatia", "Rákóczi", "Hämeenkatu",
             "Herzl", "Galle", "Lakeside", "Harbour", "Calle Loíza", "Ruta Nacional", "Uhuru",
             "Samora Machel", "Mariahilfer", "Storgata", "Glenurquhart", "Heol y Bont"],
    relations=["wife", "husband", "eldest son", "daughter-in-law", "granddaughter", "nephew",
               "landlord", "employer", "neighbour", "guardian", "co-wife", "foster mother"],
    clean=[
        "HbA1c 8,2 % (66 mmol/mol); eGFR 47 ml/min/1,73 m²; ICD-10 E11.65.",
        "Tokyo Guidelines 2018 grade II cholangitis; bilirubin 68 µmol/L; lipase 3 × ULN.",
        "Kyoto classification score 4; H. pylori urea breath test positive, eradication with vonoprazan 20 mg bd.",
        "Kikuchi disease and Takayasu arteritis were considered; ESR 88 mm/h.",
        "HLA-B*58:01 negative before allopurinol 100 mg daily; urate 0,56 mmol/L.",
        "ALDH2*2 heterozygous; CYP2C19*2/*3 poor metaboliser, so ticagrelor 90 mg bd instead.",
        "Xpert MTB/RIF Ultra: MTB detected (low), rifampicin resistance not detected.",
        "QuantiFERON-TB Gold Plus positive (TB1 0,84 IU/mL); CXR clear.",
        "Crimean-Congo haemorrhagic fever serology negative; platelets 38 × 10⁹/l.",
        "Rift Valley fever and West Nile were excluded; malaria RDT negative ×2.",
        "HBB c.20A>T homozygous (HbSS); HbF 11 %; hydroxyurea 20 mg/kg.",
        "G6PD Mediterranean variant; primaquine withheld.",
        "MEFV M694V/M694V; colchicine 1 mg daily for familial Mediterranean fever.",
        "SMN2 copy number 3; nusinersen cycle 4 of 6 given via lumbar puncture.",
        "Partogram: cervix 6 cm at 4 h, alert line not crossed; Apgar 8/9; 38+2/40.",
        "Fundal height 31 cm at 32/40; Hb 10,4 g/dl; Rh(D) negative, anti-D 1500 IU.",
        "ASA III, Mallampati 2; propofol 2 mg/kg, rocuronium 0,6 mg/kg, sevoflurane MAC 1,0.",
        "Sugammadex 200 mg; TOF ratio 0.92; PONV prophylaxis with ondansetron 4 mg.",
        "Lund and Browder chart: 18 % TBSA; Parkland 4 ml/kg/% over 24 h.",
        "Ranson 3, Marshall score 1; revised Atlanta: moderately severe.",
        "Rome IV criteria met for IBS-D; Bristol stool type 6.",
        "Montreal classification A2 L3 B1; Mayo endoscopic subscore 2.",
        "Lugano stage IIIA; Ann Arbor B symptoms; IPI 3; R-CHOP cycle 3 of 6.",
        "Sydney system: chronic active gastritis; OLGA stage II.",
        "Geneva score 5, PERC negative; D-dimer 1,9 mg/l FEU.",
        "San Francisco syncope rule negative; Canadian CT head rule not met.",
        "Banff 2019 category 4, acute TCMR IB; tacrolimus trough 6,8 ng/ml.",
        "Brighton criteria level 1 for Guillain-Barré; CSF protein 1,2 g/l, cells 3.",
        "Chapel Hill 2012 nomenclature: MPA; MPO-ANCA 88 IU/ml.",
        "ICD-11 1F40.0; ICD-10 B50.9; DRG E62A recorded on the claim.",
        "WHO growth chart: weight-for-age z −2,3; MUAC 11,8 cm (red); RUTF 200 kcal/kg/d.",
        "BCG, OPV0 and HepB birth dose given; Penta 1 at 6 weeks; MR at 9 months.",
        "Visual acuity 6/18 OD, 6/9 OS; IOP 24 and 19 mmHg; cup-disc 0.7.",
        "Teeth 36 and 46 carious (ICDAS 5); DMFT 7; chlorhexidine 0,12 %.",
        "Bed 14, cycle 3, session 2 of 12; dialysate K 2 mmol/l.",
        "Berg Balance Scale 38/56; TUG 19 s; 6MWT 280 m.",
        "PHQ-9 19, GAD-7 15, AUDIT 22; CIWA-Ar 14 at 06:00.",
        "Karnofsky 40 %, PPS 40 %; morphine SC 2,5 mg q4h PRN; Edmonton ESAS pain 7/10.",
        "Blood group O Rh positive; crossmatch 2 units RBC; DAT negative.",
        "Declaration of Helsinki and ICH-GCP E6(R2) followed; protocol v3.1 dated 2022.",
        "As per the Oslo consensus and the 2023 ESC guideline (class IIa, level B).",
        "Kussmaul breathing, pH 7,12; DKA per the JBDS 2023 protocol, FRII 0,1 units/kg/h.",
        "Apixaban 2,5 mg bd (age over 80 and weight 58 kg); CHA2DS2-VASc 6.",
        "Buruli-like ulcer excluded; Mycobacterium marinum on culture at 28 °C.",
        "Japanese encephalitis IgM negative; Ross River virus serology pending.",
        "Moyamoya disease on angiography (Suzuki stage 3).",
        "Child-Pugh A6, MELD-Na 11; Baveno VII: no beta-blocker needed.",
    ],
    seed=16_011,
)

FRESH11_STYLES = [
    "OPERATION NOTE\nProcedure: laparoscopic appendicectomy; ASA II; GA + TAP block\n{body}\n"
    "Findings: gangrenous appendix, no perforation. EBL 20 ml. Drain: none.",
    "ANAESTHESIA RECORD\nInduction 08:40 | ETT 7.0 cuffed | grade 1 view\n{body}\n"
    "Fluids: Hartmann's 1000 ml. Handover to PACU at 10:05.",
    "ICU FLOWSHEET (24 h)\nMAP 68-74 | noradrenaline 0,08 µg/kg/min | FiO2 0,40\n{body}\n"
    "Balance +1 200 ml. SOFA 7.",
    "PSYCHIATRY ADMISSION\nLegal status: voluntary; MSE below\n{body}\nRisk: moderate; 1:1 obs for 24 h.",
    "GROWTH AND VACCINATION CARD\nWeight 7,9 kg (−1,1 z); length 68 cm\n{body}\nNext: MR1 at 9 months.",
    "OCCUPATIONAL HEALTH CERTIFICATE\nFit for duty with restrictions (no night shifts, 3 months)\n{body}",
    "MEDICO-LEGAL REPORT\nInjuries: 3 abrasions, one 4 cm laceration (left forearm)\n{body}\n"
    "Opinion: consistent with the history given.",
    "DENTAL CHART\n18-28 / 48-38 charted; 36 MOD caries\n{body}\nPlan: RCT 36, scaling.",
    "OPHTHALMOLOGY REFERRAL\nVA 6/60 OD; RAPD present\n{body}\nUrgency: within 1 week.",
    "PHYSIOTHERAPY DISCHARGE\nBerg 44/56; independent with frame\n{body}\nGoals met: 4 of 5.",
    "PALLIATIVE CARE PLAN\nPPS 30 %; preferred place of care: home\n{body}\nAnticipatory meds prescribed.",
    "TELE-ICU HANDOVER 19:00\n{body}\nAction: camera round at 23:00; call bedside RN if MAP < 65.",
    "HOSPITAL AT HOME - visit 2 of 5\n{body}\nObs stable; IV ceftriaxone 2 g given at 10:15.",
    "INSURANCE CLAIM\nICD-10: J18.9, E11.9 | DRG E62A\n{body}\nAmount claimed: 4 350,00.",
    "PHARMACY DISPENSING RECORD\nRx: amoxicillin 500 mg tds x 7 d; qty 21\n{body}\nCounselled: yes.",
    "AMBULANCE HANDOVER (ATMIST)\nT: 14:05  M: fall from 2 m  I: #NOF?\n{body}\nS: GCS 15, HR 104, BP 132/80.",
    "BLOOD BANK REQUEST\nProduct: RBC x 2 units; indication Hb 6,8 g/dl\n{body}\nGroup & screen sent.",
    "{body}",
    "{body}",
]

FRESH11_PART = Part(
    "fresh11", FRESH11_VOCABULARY,
    [": ", " № ", " nr. ", " n° ", " Nr ", " nro ", ":\n", " — ", " / ", " no ", ":   ", " ("],
    ["{kv}", "{kv}.", "・{kv}", "{kw}\n{v}", "| {kw} | {v} | ✓ |", "{kv} (checked)",
     "Identifiers: {kv}; bed 7", "{kw} ....... {v}", "[{kv}]", "◆ {kv}", "{kv}, ICD-10 K35.8"],
    {"mrn": ["カルテ番号", "환자번호", "история болезни", "FO nr", "Kórlapszám", "NHC", "Processo",
             "dossier", "Aufnahmezahl", "Fallnummer", "Journalnr", "BHT No", "IP No", "Hospital No"],
     "health_plan": ["TAJ szám", "e-card SVNR", "CHI", "CIP", "被保険者番号", "건강보험증번호",
                     "NHIF", "Mutuelle", "NHF card", "Kupat Holim member no", "Versichertennummer",
                     "Insurance no."],
     "account": ["IBAN", "cont bancar", "cuenta", "Kontonummer", "kontonr", "patient account",
                 "invoice no.", "facture n°"],
     "licence": ["passport no.", "паспорт", "permis de conducere", "carta de condução",
                 "Führerschein", "førerkort", "GMC", "Ordem dos Médicos", "SLMC reg",
                 "NMC Nepal", "death certificate"],
     "vehicle": ["ナンバー", "차량번호", "номер авто", "nr. înmatriculare", "matrícula",
                 "Kennzeichen", "kjennemerke", "reg no", "plate"],
     "device": ["ペースメーカー serial", "S/N", "Seriennummer", "serienr", "UDI", "IMEI",
                "pump serial", "implant lot"],
     "other_id": ["マイナンバー", "주민등록번호", "РНОКПП", "CNP", "henkilötunnus", "DNI",
                  "NIE", "AHV-Nr", "fødselsnummer", "NIC", "citizenship no.", "Teudat Zehut",
                  "IIN", "employee no."],
     "ssn": ["SSN", "Seguro Social", "social security #", "SS no."],
     "phone": ["電話", "휴대폰", "тел.", "telefon", "puh.", "tel", "simu", "teléfono", "Handy", "mob"],
     "fax": ["FAX", "팩스", "факс", "Fax", "faks", "telefax"]},
    {"licence": ["Identity confirmed from passport {v} (ward clerk).",
                 "Permis de conducere {v} reținut de poliție.",
                 "The attending surgeon's registration, {v}, is on the certificate.",
                 "Führerschein {v} eingezogen nach dem Anfall.",
                 "{v} is the licence number on the death certificate."],
     "vehicle": ["Struck by a taxi ({v}) at the crossing.",
                 "Kennzeichen des Unfallwagens: {v}.",
                 "The tuk-tuk, registration {v}, overturned.",
                 "Matrícula {v} anotada pela polícia.",
                 "Police recorded the VIN {vin} of the motorbike."],
     "mrn": ["Old records under hospital number {v} were merged.", "{v} on the wristband (カルテ).",
             "Antecedentes en NHC {v}.", "Previously admitted under BHT {v}."],
     "health_plan": ["Covered by NHIF, card {v}.", "TAJ {v} ellenőrizve.", "e-card {v} gesteckt.",
                     "Tarjeta sanitaria CIP {v}."],
     "account": ["Co-payment debited from account {v}.", "Refund to IBAN {v} requested by the family."],
     "device": ["The ICD (serial {v}) was interrogated.", "Insulin pump {v} removed before MRI."],
     "other_id": ["Registered with national ID {v}.", "CNP {v} pe biletul de trimitere.",
                  "Henkilötunnus {v} tarkistettu."],
     "ssn": ["Seguro Social {v} para el reclamo.", "His SSN, {v}, was on the Medicare form."],
     "phone": ["Hija [[name:Yaritza]]: {v}.", "Call the eldest son on {v} (Korean only).",
               "Mke wake anapatikana kwa simu {v}.", "Daughter-in-law's mobile {v}."],
     "fax": ["Discharge summary faxed to {v}.", "Send the claim by fax to {v}."],
     "email": ["Family asks for updates to {v}.", "結果は {v} に送付.", "E-mail: {v}",
               "La fille écrit depuis {v}."],
     "url": ["The family's memorial page is {v}.", "His climbing blog {v} describes the fall.",
             "Fundraiser: {v}"],
     "ip": ["Tele-ICU cart at {v} lost connection twice.", "Portal login from {v} flagged.",
            "Home spirometer uploaded from {v}."],
     "zip": ["〒{v} (home).", "Postcode {v}.", "Cod poștal {v}.", "PLZ {v}",
             "Address: [[place:Tromsø]] {v}", "Código postal {v}."],
     "date": ["Admitted {v}.", "DOB: {v}", "入院日 {v}", "Дата рождения: {v}",
              "Data internării: {v}", "Fecha de alta: {v}", "Décédé le {v}.",
              "Tarehe ya kulazwa: {v}", "Operation date - {v}", "Født {v}."],
     "address": ["Lives at [[address:{n} {street} Street]] with her son.",
                 "Adresa: [[address:Str. {street} nr. {n}, ap. {n2}]]",
                 "Wohnhaft [[address:{street}gasse {n}/{n2}]]",
                 "Domicilio: [[address:{street} {n}, {n2}º B]]",
                 "Home visit to [[address:Flat {n2}, {n} {street} Road]].",
                 "Ul. [[address:{street} {n}, kv. {n2}]]"],
     "place": ["Transferred from the district hospital in {city}.", "Originaire de {city}.",
               "Fisherman from a village near {city}.", "Lives in {city} with the extended family.",
               "Procedente de {city}.", "Referred by the health centre in {city}."],
     "name": ["Bed 4 - {full}, post-op day 2.", "NOK: {given} ({rel}).", "{full}さん, 外来 follow-up.",
              "Sra. {surname} refiere disnea.", "Mme {surname} est vue ce jour.",
              "Discussed with {full}, {rel}.", "{given} refused the blood transfusion.",
              "Herr {surname} mobilisiert.", "Interpreter {full} present throughout."]},
    ["{v} ({kw})", "{v} — {kw}", "{v} [{kw} on file]", "{v} = {kw}"],
    ["As in the Tokyo Guidelines 2018 (https://doi.org/10.1002/jhbp.{n}).",
     "See https://pubmed.ncbi.nlm.nih.gov/3{n}{n}/ and the WHO handbook https://www.who.int/publications/i/item/978924{n}.",
     "Reviewed by the Cochrane group (doi:10.1002/14651858.CD0{n}{n}).",
     "The KDIGO 2024 guideline (https://kdigo.org/guidelines/ckd-{n}/) was applied."],
    True, values=FRESH11_VALUES, age=_f11_age, styles=FRESH11_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh11-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("jp-referral",
     "紹介状 (referral, Japanese clinic, English body)\n患者氏名: [[name:TAKAHASHI Haruka]] 様\n"
     "生年月日: [[date:昭和8年5月3日]] ([[age:90歳]])\n住所: 〒[[zip:062-0931]] [[place:札幌市]][[place:豊平区]] "
     "[[address:平岸1条8丁目3-12]]\n電話 [[phone:011-555-0187]]  FAX [[fax:011-555-0188]]\nIntroduced for dysphagia; "
     "Tokyo Guidelines not relevant. HbA1c 7,1 %. ICD-10 R13.1. 被保険者番号 [[health_plan:01234567-02]]."),
    ("kr-discharge",
     "DISCHARGE SUMMARY (Korean patient, English)\nName: [[name:PARK Ji-woo]] (박지우 is the "
     "Hangul spelling on file: [[name:박지우]])\n환자번호 [[mrn:10458832]] / 주민등록번호 "
     "[[other_id:340212-2045118]]\nAdmitted [[date:2024년 1월 9일]], discharged [[date:2024년 1월 20일]].\n"
     "Address: [[address:12, Dalgubeol-daero 200-gil]], [[place:Suseong-gu]], [[place:Daegu]] "
     "[[zip:42190]]\nDx: NSTEMI (I21.4); GRACE 158; DAPT with ticagrelor 90 mg bd."),
    ("ua-epicrisis",
     "ВИПИСКА / Discharge epicrisis (Ukraine, English translation)\nPatient: [[name:Shevchenko "
     "Oksana Petrivna]], [[age:91]] years\nІсторія хвороби № [[mrn:2741/2023]]\nAddress: "
     "[[place:Kharkiv]], [[address:vul. Sumska 48, kv. 17]]\nRNOKPP [[other_id:1234509876]]\n"
     "Тел. [[phone:+380 57 700 12 34]]\nDischarged [[date:17.11.2023]]. Dx I50.0, NYHA III, "
     "EF 32 %; bisoprolol 2,5 mg; Kharkiv oblast is her region (not an identifier)."),
    ("ro-bilet",
     "Bilet de ieșire din spital (Romania)\nPacient: [[name:Popescu Ioana]], vârsta [[age:94 ani]]\n"
     "CNP [[other_id:2300415120034]]\nFO nr. [[mrn:18832/2024]]\nDomiciliu: [[address:Str. Mihai "
     "Eminescu nr. 14, ap. 3]], [[place:Cluj-Napoca]], cod [[zip:400102]]\n"
     "Internare [[date:3 martie 2024]]; externare [[date:11 martie 2024]].\nDiagnostic J44.1; "
     "FEV1 38 %; tiotropiu 18 µg/zi."),
    ("gr-note",
     "Clinical note (Greece, in English)\nΑσθενής: [[name:Eleni Papadopoulou]], ηλικία "
     "[[age:92 ετών]]\nDiefthynsi: [[address:Egnatias 112]], [[zip:546 30]] [[place:Thessaloniki]]\n"
     "Seen at [[place:AHEPA University Hospital]] on [[date:14/2/2024]].\nMediterranean diet; "
     "thalassaemia minor (HbA2 5,4 %); G6PD normal."),
    ("hu-zarojelentes",
     "Zárójelentés (Hungary)\nNév: [[name:Kovács Zsófia]] — TAJ szám: [[health_plan:045 778 912]]\n"
     "Születési idő: [[date:1931.07.22]]\nLakcím: [[zip:4032]] [[place:Debrecen]], "
     "[[address:Egyetem tér 1.]]\nFelvétel: [[date:2024.02.03]]; BNO I63.5; NIHSS 9; "
     "tPA 0,9 mg/kg at 10:40."),
    ("fi-lahete",
     "LÄHETE / referral (Finland)\n[[name:Virtanen Aino]], hetu [[other_id:120333-142F]], "
     "[[age:91-vuotias]]\nOsoite: [[address:Hämeenkatu 19 B 12]], [[zip:33200]] [[place:Tampere]]\n"
     "Puh. [[phone:040 555 8821]]\nKotihoito 3 times daily; MMSE 19/30; ICD-10 F01.1."),
    ("il-consult",
     "Consultation (Israel)\nPatient [[name:Yael Ben-David]], Teudat Zehut [[other_id:038475920]]\n"
     "Kupat Holim member no. [[health_plan:7712-004-51]]\nAddress: [[address:Herzl St 44]], "
     "[[place:Haifa]] [[zip:3303402]]\nMobile [[phone:052-644-1902]]\nFamilial Mediterranean "
     "fever (MEFV M694V); colchicine 1,5 mg; BRCA1 185delAG negative."),
    ("lk-bht",
     "Bed Head Ticket (Sri Lanka)\nBHT No: [[mrn:48211]]   Ward 12, bed 7\nName: "
     "[[name:W. M. Dilani Wickramasinghe]]   NIC: [[other_id:198725603412]]\nAddress: "
     "[[address:No. 27/3, Peradeniya Road]], [[place:Kandy]]\nTP [[phone:+94 81 555 2231]]\n"
     "Dengue NS1 positive on [[date:04-Jun-2024]]; platelets 42 000; PCV 46 %."),
    ("np-discharge",
     "Discharge (Nepal)\nPatient: [[name:Sabitri Shrestha]], [[age:93]] years, F\nAddress: "
     "[[place:Pokhara]], [[place:Kaski]], Gandaki Province\nCitizenship no. "
     "[[other_id:41-01-72-03321]]\nAdmitted [[date:2081/02/14]] B.S.; IP No [[mrn:114502]]\n"
     "Dx: COPD exacerbation J44.1; SpO2 84 % on air."),
    ("mm-kh-mn",
     "Team chat (regional network)\n[ICU] Myanmar transfer: Daw [[name:Thiri Aung]], from "
     "[[place:Mandalay]], phone [[phone:+95 9 455 123 789]].\n[ER] Cambodian patient "
     "[[name:Chhim Sokha]], [[place:Battambang]], ID card [[other_id:110234578]].\n[Ward] "
     "Mongolian herder [[name:Batbayar Bolormaa]], [[place:Darkhan]]; brucellosis, Rose Bengal "
     "positive."),
    ("kz-note",
     "Note (Kazakhstan)\n[[name:Nurlanovna Aigerim]], IIN [[other_id:330514400512]], [[age:90 лет]]\n"
     "Address: [[place:Karaganda]], [[address:pr. Bukhar-Zhyrau 37, kv. 12]], [[zip:100017]]\n"
     "Echinococcosis (B67.0), albendazole 400 mg bd; Karaganda region is not marked."),
    ("jm-tt",
     "Referral (Jamaica / Trinidad)\nMs [[name:Shanice McFarlane]] of [[address:14 Church "
     "Street]], [[place:Montego Bay]]. NHF card [[health_plan:NHF-004512338]]. Tel "
     "[[phone:+1 876 555 0194]].\nHer aunt in [[place:San Fernando]], Trinidad, "
     "[[name:Gloria Ramsaran]], can be reached on [[phone:+1 868 555 0122]].\nSickle cell "
     "(HbSC), hydroxyurea 500 mg."),
    ("pr-nota",
     "Nota de admisión (Puerto Rico)\nPaciente: [[name:Yaritza Colón Rivera]], [[age:96 años]]\n"
     "Seguro Social [[ssn:584-22-9017]]; Plan Vital [[health_plan:VTL8820045611]]\nDirección: "
     "[[address:Calle Loíza 1902, Apt 4B]], [[place:San Juan]], PR [[zip:00911]]\nTel. "
     "[[phone:(787) 555-0163]]\nDengue serotipo 2; plaquetas 61 000."),
    ("cu-do-ve",
     "Resumen (Caribe)\nPaciente cubano [[name:Ernesto Valdés Machado]], carné de identidad "
     "[[other_id:41020367485]], de [[place:Camagüey]].\nDominicana [[name:Dayanara Peña]], "
     "cédula [[other_id:031-0456789-2]], de [[place:Santiago de los Caballeros]].\nVenezolano "
     "[[name:Luis Alberto Rangel]], de [[place:Maracaibo]], tel. [[phone:+58 414 555 2210]].\n"
     "Enfermedad de Chagas descartada; IgG T. cruzi negativa."),
    ("ht-compte-rendu",
     "Compte rendu (Haïti)\nPatiente : Mme [[name:Marie-Ange Pierre-Louis]], âgée de "
     "[[age:92 ans]]\nAdresse : [[address:Rue 17 A, no 33]], [[place:Cap-Haïtien]]\nTél. "
     "[[phone:+509 3712 4455]]\nNIF [[other_id:003-214-567-8]]\nDate d'admission : "
     "[[date:12 février 2024]]. Choléra (A00.9), SRO 2 L."),
    ("sn-ci-cm-cd",
     "Fiches (Afrique francophone)\n- Sénégal : [[name:Awa Diop]], [[place:Thiès]], CNI "
     "[[other_id:1 751 1988 01234]], tél. [[phone:+221 77 555 12 90]].\n- Côte d'Ivoire : "
     "[[name:Kouadio Kouassi]], [[place:Bouaké]], CMU n° [[health_plan:CI-2203-448812]].\n"
     "- Cameroun : [[name:Mbong Nkeng]], [[place:Douala]], dossier [[mrn:DLA-22871]].\n"
     "- RDC : [[name:Ilunga Mwamba]], [[place:Lubumbashi]], drépanocytose SS."),
    ("rw-tz",
     "East Africa transfer\nRwanda: [[name:Uwase Claudine]], [[place:Huye]], Mutuelle "
     "[[health_plan:1199880045]]; Kigali criteria for ARDS used.\nTanzania: Bi. "
     "[[name:Mwajuma Mollel]], [[place:Arusha]], simu [[phone:+255 754 555 121]], NHIF "
     "[[health_plan:NHIF-102993456]]; Tarehe ya kulazwa: [[date:9/3/2024]].\nUmri: "
     "[[age:97]] (mzee); malaria RDT negative."),
    ("zm-zw-mz-ao",
     "Southern Africa network\nZambia: [[name:Chanda Mwale]], [[place:Ndola]], NRC "
     "[[other_id:223344/61/1]].\nZimbabwe: [[name:Tendai Moyo]], [[place:Bulawayo]], cell "
     "[[phone:+263 77 555 4412]].\nMoçambique: Sr. [[name:Felisberto Macuácua]], [[place:Beira]], "
     "processo [[mrn:HCB-20931]], [[age:95 anos]].\nAngola: Sra. [[name:Nazira dos Santos]], "
     "[[place:Huambo]], BI [[other_id:004512387LA042]]."),
    ("sd-iq-ye",
     "ED notes (Middle East and Sudan)\nSudanese patient [[name:Hamdan Elamin]] from "
     "[[place:Omdurman]], mycetoma (B47.0).\nIraqi patient [[name:Mustafa Al-Jubouri]], "
     "[[place:Mosul]], tel [[phone:+964 770 555 1190]].\nYemeni child from [[place:Taiz]], "
     "diphtheria antitoxin 40 000 IU."),
    ("om-qa-kw-af",
     "Gulf and Afghan referrals\nOmani: [[name:Salim Al Balushi]], [[place:Sohar]], civil ID "
     "[[other_id:09123456]].\nQatari: Health card [[health_plan:28763400512]], [[place:Al Wakrah]].\n"
     "Kuwaiti: civil ID [[other_id:283011201234]], [[place:Jahra]].\nAfghan: [[name:Gul Ahmad "
     "Karimi]], [[place:Herat]], tazkira [[other_id:1400-0101-23456]]."),
    ("fj-png",
     "Pacific retrieval\nFiji: [[name:Salote Waqanivalu]], [[place:Lautoka]], [[age:90]] years; "
     "ph [[phone:+679 555 2231]].\nPNG: patient from [[place:Lae]], Morobe Province; "
     "pigbel (Clostridium perfringens type C) considered."),
    ("es-informe",
     "Informe de alta (España)\nPaciente: [[name:Carmen Ruiz de la Fuente]], DNI "
     "[[other_id:50123456K]], CIP [[health_plan:RUFC310512345018]]\nNHC [[mrn:3384120]]\n"
     "Domicilio: [[address:C/ de Atocha 112, 3º B]], [[zip:28012]] [[place:Madrid]]\n"
     "Ingreso: [[date:2 de mayo de 2024]]. Alta: [[date:9 de mayo de 2024]].\n"
     "Escala de Barthel 45; Pfeiffer 4 errores."),
    ("at-arztbrief",
     "Arztbrief (Österreich)\nPatientin: Frau [[name:Theresia Huber]], geb. [[date:4. Jänner 1931]]\n"
     "SVNR [[health_plan:1234 040131]]\nWohnhaft: [[address:Mariahilfer Straße 88/12]], "
     "[[zip:1070]] [[place:Wien]]\nAufnahmezahl [[mrn:2024-004412]]\nHandy [[phone:+43 664 555 1290]]; Ordination Fax [[fax:+43 1 555 2391]]\n"
     "Dg.: Vorhofflimmern I48.1; CHA2DS2-VASc 5; Apixaban 2,5 mg."),
    ("ch-bericht",
     "Austrittsbericht (Schweiz)\n[[name:Ruedi Baumgartner]], AHV-Nr. [[other_id:756.1234.5678.97]]\n"
     "Versichertenkarte [[health_plan:80756000010012345678]]\nAdresse: [[address:Stadthausstrasse "
     "41]], [[zip:8400]] [[place:Winterthur]]\nEintritt [[date:12.03.2024 14:20]]; "
     "Lyme-Borreliose, Doxycyclin 100 mg 2x tgl."),
    ("be-lu",
     "Verwijsbrief (Vlaanderen) / Luxembourg\nDhr. [[name:Lieven Vermeulen]], "
     "rijksregisternummer [[other_id:31.02.14-123.45]], [[address:Veldstraat 23]], [[zip:9000]] "
     "[[place:Gent]].\nLuxembourg: Mme [[name:Josée Weber]], matricule CNS "
     "[[health_plan:1931041201234]], [[place:Esch-sur-Alzette]].\nQRISK3 22 %."),
    ("scot-wales",
     "GP letters (Scotland / Wales)\nRe: Mr [[name:Iain MacLeod]], CHI [[health_plan:1502331234]], "
     "[[address:7 Glenurquhart Road]], [[place:Inverness]] [[zip:IV3 5NU]].\nRe: Mrs "
     "[[name:Bronwen Llewellyn]], [[address:3 Heol y Bont]], [[place:Aberystwyth]] "
     "[[zip:SY23 1PY]]; ganwyd [[date:17 Mawrth 1933]].\nBoth: Rockwood CFS 6; Glasgow Coma "
     "Scale 15."),
    ("no-epikrise",
     "Epikrise (Norge)\n[[name:Sigrid Haugen]], f. [[date:3. mars 1930]], fødselsnummer "
     "[[other_id:03033012345]]\nAdresse: [[address:Storgata 55]], [[zip:9008]] [[place:Tromsø]]\n"
     "Innlagt [[date:21. januar 2024]]; kontonr [[account:1503.22.41879]] for refusjon.\n"
     "Hjertesvikt, NT-proBNP 4 800 ng/l."),
    ("ambulance",
     "AMBULANCE HANDOVER\nUnit 4, crew 2. Pt [[name:Ioana Marin]], [[age:98]]. Found at "
     "[[address:Bd. Unirii 12]], [[place:București]].\nCar involved: nr. înmatriculare "
     "[[vehicle:B 123 XYZ]]; VIN [[vehicle:UU1HSDACN45123456]].\nGCS 14, BP 100/60, glucose "
     "6,1 mmol/l."),
    ("insurance-claim",
     "INSURANCE CLAIM\nInsured: [[name:Kim Soo-ah]]; 건강보험증번호 [[health_plan:5-0234567891]]\n"
     "Account [[account:110-432-998812]] (Shinhan, for reimbursement)\nInvoice no. "
     "[[account:INV-2024-00981]]\nICD-10 K80.10, K81.0; DRG H08A; LOS 4 days; amount 3 280 000 KRW."),
    ("pharmacy",
     "PHARMACY DISPENSING RECORD\nPatient: [[name:Oksana Kravets]]; prescriber "
     "[[name:Andriy Melnyk]], licence [[licence:UA-LK-004512]]\nRx no. 2231 (not an identifier); "
     "insulin glargine 100 U/ml, 3 pens; pen serial [[device:HJ4812-0093]].\nDispensed "
     "[[date:15.05.2024]]."),
    ("blood-bank",
     "BLOOD BANK REQUEST\nName: [[name:Aung Kyaw Min]]   Hosp No [[mrn:YGH-0045123]]\nDOB "
     "[[date:01-Feb-1933]] ([[age:91]])\nRequesting Dr [[name:Thandar Win]], MMC reg. "
     "[[licence:MMC-22918]]\nGroup B Rh positive; antibody screen negative; 2 units RBC."),
    ("genetic-counselling",
     "GENETIC COUNSELLING LETTER\nDear Ms [[name:Aino Laaksonen]],\nYour result: BRCA2 "
     "c.7480C>T (pathogenic). Your sister [[name:Helmi]] and brother [[name:Juho]] may be "
     "tested; HGVS NM_000059.4. Lab accession [[mrn:GEN-24-01187]].\nQuestions: "
     "[[email:geneettinen.neuvonta@example.fi]] or [[phone:09 471 555 80]]."),
    ("research-log",
     "RESEARCH ENROLMENT LOG (site 03)\n| Screening no. | Participant | Consent |\n| 14 | "
     "[[name:Mwale Chanda]], study ID [[other_id:ZM-03-0147]] | [[date:12/04/2024]] |\n"
     "Trial registration NCT05123456 and cohort size (n = 240) are not identifiers; "
     "device [[device:ACT-88120-4]] (actigraph) issued."),
    ("forensic",
     "MEDICO-LEGAL REPORT\nExamined [[name:Sokha Chhim]] at the request of police, case "
     "[[other_id:BTB-2024-0771]]. Motorbike [[vehicle:BTB 1A-2233]]. Photographs (12) kept in "
     "the file. Injuries consistent with blunt trauma; ISS 17."),
    ("tele-icu",
     "TELE-ICU HANDOVER\nBed 3: [[name:Bolormaa]] (Mongolian, interpreter [[name:Enkhjargal "
     "Tsend]]). Camera [[ip:10.44.12.3]]; ventilator S/N [[device:HAM-5502231]].\nFamily portal "
     "[[url:https://family.example.mn/bolormaa]]."),
    ("occ-health",
     "OCCUPATIONAL HEALTH CERTIFICATE (Qatar LNG contractor)\nWorker: [[name:Rajan Pokharel]], "
     "employee no. [[other_id:QG-448120]], passport [[licence:PA0912345]]\nAudiogram: 25 dB at "
     "4 kHz; spirometry FEV1 92 %; fit for confined-space work. Signed Dr [[name:Hind Al-Kuwari]], "
     "QCHP licence [[licence:QCHP-12093]]."),
    ("ophth-referral",
     "OPHTHALMOLOGY REFERRAL (Scotland)\nVA 6/36 R, 6/9 L; IOP 32 mmHg R. Patient [[name:Morag "
     "Fraser]], CHI [[health_plan:2206441187]]. Optometrist fax [[fax:01224 555 019]]; GOC "
     "registration [[licence:01-23456]]. Urgent: ?acute angle closure (H40.2)."),
    ("physio-discharge",
     "PHYSIOTHERAPY DISCHARGE (Wales)\n[[name:Gethin Pritchard]] (Berg 48/56, TUG 12 s) may "
     "email exercise logs to [[email:gethin.p@example.cymru]]; home exercise video at "
     "[[url:https://physio.example.org/gethin-pritchard]]. Rhodd 6 allan o 8 nod."),
    ("palliative-plan",
     "PALLIATIVE CARE PLAN (Zimbabwe)\nMbuya [[name:Rutendo Chikwanha]], [[age:93]], home in "
     "[[place:Mbare]], [[place:Harare]]. Contact grandson [[name:Tatenda]] on [[phone:+263 71 555 "
     "0093]]. Morphine oral solution 2,5 mg 4-hourly; Karnofsky 30 %."),
    ("psych-admission",
     "PSYCHIATRY ADMISSION (Kuwait)\nBrought by police (report no. [[other_id:KW-PD-2024-5512]]); "
     "patient [[name:Fahad Al-Mutairi]], file [[mrn:KH-7730129]]. Car [[vehicle:12/34567]] "
     "impounded. PANSS 94; olanzapine 10 mg; CIWA-Ar 6. Seen [[date:03/07/2024 22:15]]."),
    # clean letters
    ("clean-op",
     "OPERATION NOTE\nLaparoscopic cholecystectomy, Tokyo Guidelines grade I; Strasberg critical "
     "view achieved at 09:40. Clips ×3. EBL 30 ml. Histology pending. ICD-10 K80.20; CPT 47562. "
     "Bed 11, theatre 4, list 2 of 3."),
    ("clean-partogram",
     "PARTOGRAM SUMMARY\nG2P1 at 39+4/40; cervix 4 cm at 08:00, 8 cm at 11:30; alert line not "
     "crossed. Oxytocin 2 mU/min. Apgar 9/10. Robson group 3. Blood loss 350 ml."),
    ("clean-psych",
     "PSYCHIATRY ADMISSION\nPHQ-9 22, MADRS 34; Capgras and Cotard features absent; lithium "
     "0,8 mmol/l; Stockholm-type attachment discussed in therapy; Ganser syndrome excluded."),
    ("clean-growth",
     "GROWTH CARD\nWeight 9,2 kg (z −0,8); length 74 cm; HC 45 cm; Penta 3, PCV 3, Rota 2 given; "
     "vitamin A 100 000 IU; age 11 months; sibling aged 89 months is well."),
    ("clean-dental",
     "DENTAL CHART\n16 MO amalgam, 26 crown, 36 RCT, 46 extracted 2019; BPE 2/3/2 - 2/4/2; "
     "Black class II caries 45; Angle class I."),
    ("clean-reference", "Tokyo Guidelines 2018 grading was used "
     "(https://doi.org/10.1002/jhbp.512).", "introduction"),
    ("reference-discussion", "Kikuchi-Fujimoto disease was reviewed in "
     "https://pubmed.ncbi.nlm.nih.gov/31234567/ and doi:10.1016/j.jinf.2020.05.011.", "discussion"),
    ("reference-history", "The patient had shared her case at "
     "[[url:https://www.example.jp/blog/kikuchi-story]] before admission.", "patient_information"),
]

FRESH11_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH11: tuple[Note, ...] = build(FRESH11_PART, per_category=27, clean=42, references=8) + FRESH11_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH11 for e in n.expected)
    print(len(FRESH11), "notes,", sum(1 for n in FRESH11 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))
# DONE

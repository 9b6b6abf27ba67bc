"""FRESH34: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a thirtieth author after the eighteenth round was frozen; it is measured once,
and its result is recorded with that measurement. Its author read only tests/phi/generated.py
(the framework: Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring),
tests/phi/corpus.py (the Note type, the span conventions, parse, evaluate), the
de-identification section (5) of the project's domain notes (45 CFR 164.514(b)(2) Safe Harbor),
the module docstrings only of tests/phi/fresh26_notes.py, fresh30_notes.py, fresh31_notes.py
and fresh32_notes.py (read with ast.get_docstring), the wiring lines of fresh16_notes.py (its
Part call, _letter, build and __main__ lines, printed with grep -n and sed) and pyproject.toml's
line length; not the scanner, its patterns, name lists, model or data, its benchmark (bench/),
its tests, the body of any other fresh part (fresh33 was being written at the same time and was
not opened), nor their git history; the scanner was not run or imported while writing it, nor
on its notes. Its vocabulary, value shapes, keywords, connectors, frames, note styles and
hand-written letters are this author's own, as a global case-discussion board sees them: about
half English-language settings (rural Vermont with a US SSN and Green Mountain Care, the Ozarks
with a US SSN and MO HealthNet, Saskatchewan's north with the HSN, Northern Ontario's mining
towns with OHIP, the Yorkshire Dales with the NHS number, Aberdeenshire's fishing towns with
the CHI number, County Mayo with PPSN, medical card and Eircode, Western Australia's Wheatbelt
with Medicare and URN, New Zealand's Northland with the NHI, the Gambia, Zambia's Eastern
Province with NRC and NHIMA, Kenyan families writing English with SHA and the national ID,
Trinidad) and half non-English settings in their languages and scripts: Cantabria (Spanish,
DNI, TSI, NHC, "años"), Sardinia's interior (Italian, codice fiscale, tessera sanitaria,
nosologico, "anni"), Languedoc (French, IPP, sécu, "ans"), the Palatinate (German, KVNR,
Fallnummer, "Jahre"), Upper Austria (German, SV-Nummer, "Jänner"), Wallonia's Ardennes (French,
numéro national, mutuelle, "ans"), Friesland (Dutch, BSN, "jaar"), Funen (Danish, CPR, "år"),
Ostrobothnia (Finnish and Swedish, henkilötunnus/personbeteckning, Kela, "-vuotias", "år"),
Romania's Moldavia (Romanian, CNP, "de ani"), Epirus (Greek, ΑΜΚΑ, "ετών"), the Anatolian
plateau (Turkish, TC kimlik, "yaşında"), Khorasan (Persian, کد ملی, Solar Hijri dates, "ساله"),
Sylhet (Bengali, NID, "বছর"), Vietnam's central coast (Vietnamese, CCCD, BHYT, "tuổi"), Bicol
(Tagalog and Bikol, PhilHealth, "edad"), Pará (Portuguese, CPF, cartão SUS, "anos"). Each
setting has its own hospitals, departments and wards, eponymous diseases as those languages
write them (enfermedad de Chagas, morbo di Crohn, maladie de Horton, Morbus Bechterew, ziekte
van Kahler, Parkinsons sygdom, boala Addison, νόσος Hodgkin, Behçet hastalığı, بیماری کرون,
bệnh Kawasaki, doença de Hansen), headings in capitals and everyday words as notes have them;
small towns and villages appear in running prose, people are named in prose without labels,
and plates are written as each country writes them.

Conventions (tests/phi/corpus.py's and fresh26's docstring's): a name without its title or
honorific (Dr, Mr, Mrs, Sig.ra, Mme, M., Frau, Fr., Herr, mevrouw, Dhr., Bay, hanım, Bà, Dona,
RN stay out); a full name is one span; staff names and a chat's speakers are names; an
identifier without its keyword; an age over 89 with its attached unit in any language
("94-year-old", "92 años", "95 anni", "91 ans", "96 J.", "90 jaar", "92 år", "94-vuotias",
"91 de ani", "93 ετών", "96 yaşında", "۹۲ ساله", "৯১ বছর", "93 tuổi", "92 anos") or the number
alone where no unit is attached ("aged 95", "edad 91"); ages under 90 are not marked; a date
without its preposition ("le", "el", "am", "ngày" stay out), with a weekday right before it and
a time right after it; a year alone is not a date. The street line is one span; each locality
(town, village, barangay, xã, upazila village, kommune) and the postcode are separate spans;
a named hospital, clinic or health centre is a place (the whole name); states, regions,
provinces, counties and countries are never marked. Categories: `ssn` is a US Social Security
number only; other national numbers (DNI, codice fiscale, numéro national, BSN, CPR,
henkilötunnus, CNP, TC kimlik, کد ملی, NID, CCCD, CPF, Zambian NRC, Kenyan ID, Gambian ID, PPSN,
UK NI, a treaty status number, an employee number) are `other_id`; insurance numbers (Green
Mountain Care, MO HealthNet, Saskatchewan HSN, OHIP, NHS, CHI, medical card, Medicare, NHIMA,
SHA, TSI, tessera sanitaria, sécu, mutuelle, KVNR, SV-Nummer, Kela, ΑΜΚΑ, SGK, BHYT,
PhilHealth, cartão SUS) are `health_plan`; hospital and clinic numbers and the New Zealand NHI
are `mrn`; passports, driving licences and professional registrations are `licence`; IBANs,
accounts and invoices are `account`; plates, VINs and a fishing boat's port letters and
number are `vehicle`; implant, pump, sensor and
concentrator serials are `device`.

Built as build(F34_PART, per_category=26, clean=120, references=8) + F34_LETTERS; the counts are
given at the end of this docstring and printed by `python -m tests.phi.fresh34_notes`.
Checked without the scanner (a throwaway script): every span's text is the note's text at its
offsets and has no surrounding blanks, no marks or slots are left in the text, no spans
overlap, note ids are unique, every category is in generated.CATEGORY_ORDER, every marked age
is over 89, and builds under PYTHONHASHSEED=1 and 4242 are identical. Deterministic: its own
seed (19_034), values drawn from the builder's fixed-seed Random, no hash-order dependence.
Counts: 51 hand-written notes (39 with identifiers, one of them a web address in a
patient_information section, 11 clean, 1 reference paragraph in a discussion); 689 notes, 140
of them (20%) without any identifier (120 generated clean notes, 8 reference notes in an
introduction or discussion, 11 clean letters, 1 reference letter), 813 spans - name 93,
address 30, place 119, zip 32, date 51, age 44, phone 47, fax 27, email 27, ssn 27, mrn 31,
health_plan 45, account 29, licence 29, vehicle 38, device 30, url 43, ip 28, other_id 43.

    from tests.phi.fresh34_notes import FRESH34, F34_PART, F34_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
Not wired into any test or bench: measure it once.
"""
from __future__ import annotations

import random
import string

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build

F34_VOCABULARY = Vocabulary(
    given=["Orrin", "Darlene", "Wade", "Loretta", "Cheveyo", "Marguerite", "Alasdair", "Ewan",
           "Bríd", "Padraic", "Merrin", "Tane", "Aroha", "Lamin", "Isatou", "Chisomo", "Mwila",
           "Wanjiru", "Otieno", "Keisha", "Rhondell", "Maite", "Goyo", "Bonaria", "Efisio",
           "Fulcran", "Séverine", "Heike", "Reinhold", "Waltraud", "Ghislain", "Tjitske",
           "Sjoerd", "Bodil", "Torben", "Aino", "Ulf", "Ionuț", "Floarea", "Vaggelis",
           "Ayşegül", "Mevlüt", "Parvin", "Rahima", "Thảo", "Rodel", "Marivic", "Raimunda"],
    surnames=["Tewksbury", "Pettibone", "Huckaby", "Stroud", "Laliberte", "Kowalchuk",
              "Metcalfe", "Raistrick", "Buchan", "Cruickshank", "Durkan", "Loftus", "Padgett",
              "Te Whata", "Heke", "Jallow", "Ceesay", "Phiri", "Banda", "Kamau", "Achieng",
              "Ramdeen", "Maharaj", "Ruiz de la Peña", "Gutiérrez Sainz", "Pinna", "Murgia",
              "Cabanel", "Roucaute", "Schwalb", "Gutmann", "Hinterleitner", "Lambotte",
              "Hofstra", "de Vries", "Rasmussen", "Kivimäki", "Björklund", "Apostu", "Ciobanu",
              "Zisis", "Karakaya", "Rezaei", "Chowdhury", "Nguyễn Văn", "Dela Peña", "Bermeo",
              "Carvalho dos Santos"],
    cities=["Hardwick", "Barton", "Ava", "Gainesville", "La Ronge", "Île-à-la-Crosse",
            "Timmins", "Kirkland Lake", "Hawes", "Grassington", "Peterhead", "Fraserburgh",
            "Belmullet", "Ballinrobe", "Merredin", "Narrogin", "Kaitaia", "Kaikohe", "Brikama",
            "Farafenni", "Chipata", "Lundazi", "Nyeri", "Chaguanas", "Sangre Grande",
            "Reinosa", "Potes", "Fonni", "Orgosolo", "Lodève", "Pézenas", "Kusel",
            "Bad Dürkheim", "Freistadt", "Rohrbach", "Bastogne", "Bouillon", "Dokkum",
            "Sneek", "Faaborg", "Svendborg", "Kokkola", "Jakobstad", "Pașcani", "Fălticeni",
            "Konitsa", "Metsovo", "Akşehir", "Kulu", "Torbat-e Heydarieh", "Quchan",
            "Beanibazar", "Tam Kỳ", "Hội An", "Tabaco", "Iriga", "Breves", "Cametá",
            "Copley Hospital", "Timmins and District Hospital", "Airedale General Hospital",
            "Mayo University Hospital", "Bay of Islands Hospital", "Chipata Central Hospital",
            "Hospital Sierrallana", "Ospedale San Francesco di Nuoro",
            "Centre Hospitalier de Béziers", "Westpfalz-Klinikum Kusel",
            "Klinikum Freistadt", "Vivalia Clinique du Sud-Luxembourg",
            "Antonius Ziekenhuis Sneek", "Svendborg Sygehus", "Keski-Pohjanmaan keskussairaala"],
    streets=["Tamarack", "Sugarhouse", "Ridgetop", "Moorside", "Harbourhead", "Kirkbrae",
             "Boreen", "Wheatbelt", "Pūriri", "Savannah", "Mango Rose", "Coolie Hill"],
    relations=["wife", "husband", "granddaughter", "nephew", "daughter-in-law", "son",
               "neighbour", "home help", "church elder", "stepfather"],
    clean=[
        "Hb 9.6 g/dL, WBC 15.1 x10^9/L, Na 128 mmol/L, K 3.2 mmol/L.",
        "TA 148/92 mmHg, FC 104 lpm, SatO2 91% basal; enfermedad de Chagas descartada.",
        "PA 90/55, FC 118, T 38,9 °C; morbo di Crohn in fase attiva, PCR 142 mg/L.",
        "Bilan : maladie de Horton suspectée, VS 96 mm, biopsie de l'artère temporale prévue.",
        "Morbus Bechterew seit 2011, BASDAI 6,2; HLA-B27 positiv.",
        "Ziekte van Kahler: M-proteïne 38 g/L, calcium 2,9 mmol/L.",
        "Parkinsons sygdom, Hoehn og Yahr 3; levodopa 100 mg x 4.",
        "Crp 88, Hb 104 g/l; Kelan korvaamat lääkkeet tarkistettu.",
        "Boala Addison cunoscută; hidrocortizon 20 mg/zi, TA 96/60 mmHg.",
        "Νόσος Hodgkin σταδίου IIA, ΤΚΕ 62 mm/h, LDH 410 U/L.",
        "Behçet hastalığı; paterji testi pozitif, CRP 44 mg/L.",
        "بیماری کرون با CRP 38 و هموگلوبین 10.4؛ آزاتیوپرین ادامه یافت.",
        "হিমোগ্লোবিন ৮.৯ g/dL, ক্রিয়েটিনিন ২.১ mg/dL; ডেঙ্গু NS1 নেগেটিভ।",
        "Bệnh Kawasaki không điển hình, CRP 120 mg/L, tiểu cầu 610 G/L.",
        "Doença de Hansen multibacilar, baciloscopia IB 3+; PQT-U iniciada.",
        "Walang lagnat; BP 130/80, HR 88; ininom ang gamot nang tatlong beses sa isang araw.",
        "An 87-year-old farmer; CURB-65 2, lactate 2.8 mmol/L, NEWS2 6.",
        "Ludwig angina and Lemierre syndrome were excluded on CT.",
        "Bed 14, Ward 3B; ECOG 2; 2/3 of the tablets were taken.",
        "Diagnosed with silicosis in 2009; compensated in 2016.",
        "Une patiente de 88 ans, GIR 3, vivant seule.",
        "Paciente de 89 años, Barthel 45, Pfeiffer 4 errores.",
        "Eine 86-jährige Patientin, Barthel-Index 60, MMST 22/30.",
        "Een vrouw van 85 jaar, MMSE 24, valt regelmatig.",
        "Ψηφιακή ακτινογραφία θώρακος: διάχυτες διηθήσεις, SpO2 89%.",
        "Hasta 88 yaşında, GKS 14, NIHSS 6.",
        "INR 3,8; Marcoumar pausiert, Vitamin K 10 mg i.v.",
        "Score de Glasgow 13; Kernig et Brudzinski négatifs.",
    ],
    seed=19_034,
)


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _u(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _f34_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1931, 2025)
    month = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"][m - 1]
    return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}",
                     f"{d} {month} {y}", f"{month} {d}, {y}", f"{d}-{month[:3]}-{y}",
                     f"{d:02d}.{m:02d}.{y % 100:02d}", f"{d}/{m}/{y}", f"{d} {month[:3]} {y}",
                     f"{d:02d}/{m:02d}/{y} {r.randint(0, 23):02d}:{r.choice(['05', '20', '45'])}"])


def _f34_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 103)
    return r.choice([("a {age} dairy farmer from the hills", f"{n}-year-old"),
                     ("Paciente de {age}, vive con su hija", f"{n} años"),
                     ("Signora di {age}, allettata", f"{n} anni"),
                     ("Patiente de {age}, chute à domicile", f"{n} ans"),
                     ("Patient, {age}, aus dem Pflegeheim", f"{n} Jahre"),
                     ("Mevrouw is {age} en woont zelfstandig", f"{n} jaar"),
                     ("Kvinde på {age}, indlagt med pneumoni", f"{n} år"),
                     ("{age} nainen, kaatunut kotona", f"{n}-vuotias"),
                     ("Pacientă în vârstă de {age}, ICC NYHA III", f"{n} de ani"),
                     ("Ασθενής {age}, με πυρετό", f"{n} ετών"),
                     ("{age} hasta, KOAH alevlenmesi", f"{n} yaşında"),
                     ("بیمار خانم {age} با تب", f"{n} ساله"),
                     ("Bệnh nhân nữ {age}, khó thở", f"{n} tuổi"),
                     ("Idosa de {age}, acamada", f"{n} anos"),
                     ("retired miner, aged {age}, lives alone", f"{n}"),
                     ("Edad: {age}; lola ng pasyente ang kasama", f"{n}"),
                     ("{age} M, trawlerman, from the harbour", f"{n} yo")])


def _f34_phone(r: random.Random, _h: bool) -> str:
    return r.choice([f"(802) {r.randint(220, 899)}-{_d(r, 4)}",
                     f"417-{r.randint(220, 899)}-{_d(r, 4)}",
                     f"306 425 {_d(r, 4)}", f"+1 705 {r.randint(220, 899)} {_d(r, 4)}",
                     f"01969 {_d(r, 6)}", f"01779 {_d(r, 6)}", f"+353 97 {_d(r, 5)}",
                     f"(08) 9041 {_d(r, 4)}", f"+64 9 {_d(r, 3)} {_d(r, 4)}",
                     f"+220 7{_d(r, 6)}", f"+260 97 {_d(r, 3)} {_d(r, 4)}",
                     f"0722 {_d(r, 3)} {_d(r, 3)}", f"1 (868) {r.randint(220, 899)}-{_d(r, 4)}",
                     f"942 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"+39 0784 {_d(r, 6)}",
                     f"04 67 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"06321 {_d(r, 5)}",
                     f"+43 7942 {_d(r, 5)}", f"061 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
                     f"0513-{_d(r, 6)}", f"+45 62 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
                     f"040 {_d(r, 3)} {_d(r, 4)}", f"0745 {_d(r, 3)} {_d(r, 3)}",
                     f"26550 {_d(r, 5)}", f"0 (332) {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
                     f"+98 915 {_d(r, 3)} {_d(r, 4)}", f"+880 171 {_d(r, 7)}",
                     f"0905 {_d(r, 3)} {_d(r, 3)}", f"0917-{_d(r, 3)}-{_d(r, 4)}",
                     f"(91) 9{_d(r, 4)}-{_d(r, 4)}"])


def _f34_zip(r: random.Random, _h: bool) -> str:
    return r.choice([f"058{_d(r, 2)}", f"656{_d(r, 2)}", f"S0J {_d(r, 1)}{_u(r, 1)}{_d(r, 1)}",
                     f"P4N {_d(r, 1)}{_u(r, 1)}{_d(r, 1)}", f"BD23 {_d(r, 1)}{_u(r, 2)}",
                     f"AB42 {_d(r, 1)}{_u(r, 2)}", f"F26 {_u(r, 1)}{_d(r, 1)}{_u(r, 1)}{_d(r, 1)}",
                     f"641{_d(r, 1)}", f"04{_d(r, 2)}", f"39{_d(r, 3)}", f"080{_d(r, 2)}",
                     f"34{_d(r, 3)}", f"67{_d(r, 3)}", f"42{_d(r, 2)}", f"68{_d(r, 2)}",
                     f"92{_d(r, 2)} {_u(r, 2)}", f"57{_d(r, 2)}", f"68{_d(r, 3)}",
                     f"7250{_d(r, 2)}", f"440 {_d(r, 2)}", f"42{_d(r, 3)}", f"{_d(r, 10)}",
                     f"68{_d(r, 3)}-{_d(r, 3)}", f"45{_d(r, 2)}"])


F34_VALUES = {
    "date": _f34_date,
    "phone": _f34_phone,
    "fax": _f34_phone,
    "zip": _f34_zip,
    "ssn": lambda r, h: r.choice([f"{r.randint(8, 499):03d}-{_d(r, 2)}-{_d(r, 4)}",
                                  f"{r.randint(8, 499):03d} {_d(r, 2)} {_d(r, 4)}"]),
    "mrn": lambda r, h: r.choice([f"VT{_d(r, 7)}", f"{_d(r, 2)}-{_d(r, 5)}", _d(r, 6),
                                  f"{_u(r, 3)}{_d(r, 4)}", f"{_d(r, 4)}/{_d(r, 2)}",
                                  f"H{_d(r, 8)}", f"{_d(r, 10)}", f"URN{_d(r, 6)}"]),
    "health_plan": lambda r, h: r.choice([
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}", f"{_d(r, 4)}-{_d(r, 3)}-{_d(r, 3)}-{_u(r, 2)}",
        f"{_d(r, 3)} {_d(r, 3)} {_d(r, 4)}", f"{_d(r, 10)}",
        f"{_d(r, 4)} {_d(r, 5)} {_d(r, 1)}", f"{_u(r, 4)}{_d(r, 9)}{_d(r, 3)}",
        f"{_u(r, 2)}{_d(r, 13)}", f"{_d(r, 2)}-{_d(r, 9)}-{_d(r, 1)}",
        f"{_d(r, 15)}", f"{_d(r, 4)} {_d(r, 6)}"]),
    "account": lambda r, h: r.choice([
        f"ES{_d(r, 2)} 0049 {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
                                      f"IT{_d(r, 2)}{_u(r, 1)}{_d(r, 22)}", f"BE{_d(r, 14)}",
                                      f"NL{_d(r, 2)} RABO {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}",
                                      f"INV-{_d(r, 6)}", f"{_d(r, 3)}-{_d(r, 6)}-{_d(r, 1)}",
                                      f"{_d(r, 12)}",
                                      f"FI{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}"]),
    "licence": lambda r, h: r.choice([f"{_d(r, 8)}", f"{_u(r, 2)}{_d(r, 7)}",
                                      f"{_u(r, 5)}{_d(r, 6)}{_u(r, 2)}{_d(r, 1)}{_u(r, 2)}",
                                      f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)}", f"U{_d(r, 8)}",
                                      f"{_u(r, 1)}{_d(r, 4)}-{_d(r, 5)}-{_d(r, 5)}"]),
    "vehicle": lambda r, h: r.choice([f"{_u(r, 3)} {_d(r, 3)}", f"YJ{_d(r, 2)} {_u(r, 3)}",
                                      f"SV{_d(r, 2)} {_u(r, 3)}", f"{_d(r, 2)}-MO-{_d(r, 4)}",
                                      f"1{_u(r, 3)} {_d(r, 3)}",
                                      f"K{_u(r, 2)} {_d(r, 3)}{_u(r, 1)}",
                                      f"P{_u(r, 2)} {_d(r, 4)}", f"{_d(r, 4)} {_u(r, 3)}",
                                      f"{_u(r, 2)} {_d(r, 3)} {_u(r, 2)}",
                                      f"{_u(r, 2)}-{_d(r, 3)}-{_u(r, 2)}",
                                      f"KUS-{_u(r, 2)} {_d(r, 3)}", f"FR-{_d(r, 3)} {_u(r, 2)}",
                                      f"1-{_u(r, 3)}-{_d(r, 3)}", f"IS {_d(r, 2)} {_u(r, 3)}",
                                      f"42 {_u(r, 2)} {_d(r, 3)}", f"92A-{_d(r, 3)}.{_d(r, 2)}",
                                      f"{_u(r, 3)}{_d(r, 1)}{_u(r, 1)}{_d(r, 2)}"]),
    "device": lambda r, h: r.choice([f"{_u(r, 2)}{_d(r, 8)}", f"{_d(r, 4)}-{_u(r, 3)}-{_d(r, 5)}",
                                     _d(r, 9), f"{_u(r, 3)}{_d(r, 5)}{_u(r, 1)}",
                                     f"{_d(r, 14)}", f"{_u(r, 1)}{_d(r, 2)}-{_d(r, 6)}"]),
    "other_id": lambda r, h: r.choice([f"{_d(r, 8)}{_u(r, 1)}",
                                       f"{_u(r, 6)}{_d(r, 2)}{_u(r, 1)}{_d(r, 2)}"
                                       f"{_u(r, 1)}{_d(r, 3)}{_u(r, 1)}",
                                       f"{_d(r, 2)}.{_d(r, 2)}.{_d(r, 2)}-{_d(r, 3)}.{_d(r, 2)}",
                                       f"{_d(r, 9)}", f"{_d(r, 6)}-{_d(r, 4)}",
                                       f"{_d(r, 6)}{r.choice('-A')}{_d(r, 3)}{_u(r, 1)}",
                                       f"{_d(r, 13)}", f"{_d(r, 11)}", f"{_d(r, 12)}",
                                       f"{_d(r, 6)}/{_d(r, 2)}/1", f"{_d(r, 7)}{_u(r, 2)}"]),
    "email": lambda r, h: r.choice(["{s}.family{n}@example.com", "{g}{n}@mail.example.org",
                                    "ward3b.{s}@example.net", "{g}.{s}@post.example.eu"]),
    "url": lambda r, h: r.choice(["https://www.example.org/{g}-{s}-recovery",
                                  "example.net/fundraiser/{s}{n}",
                                  "http://{s}.example.blog/dagboek",
                                  "www.example.com/in-memoriam/{g}{n}"]),
    "ip": lambda r, h: r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}",
                                 f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"2001:db8:{r.randint(1, 4095):x}::{r.randint(1, 4095):x}"]),
}

F34_CONNECTORS = [": ", " ", " n.º ", " nr. ", " Nr. ", " no ", " - ", ":  ", " » ", " / ",
                  "\t", " n° ", " #", ": ", " αρ. ", " = "]

F34_FRAMES = ["{kv}", "{kv}.", "{kv}; verified at front desk.", "{kw}: {v} (per referral)",
              "Datos: {kv}.", "Dati anagrafici - {kv}", "Identité : {kv}", "Stammdaten: {kv}",
              "Gegevens: {kv}", "{kv} — oplyst af pårørende.", "Στοιχεία: {kv}",
              "Kimlik bilgileri: {kv}", "Thông tin: {kv}", "{kw}\n{v}", "| {kw} | {v} |",
              "Dados: {kv}, conferido.", "{kv} (copied from the transfer sheet)"]

F34_KEYWORDS = {
    "mrn": ["MRN", "Hosp. No.", "NHC", "nosologico", "IPP", "Fallnummer", "patiëntnummer",
            "journalnr.", "URN", "NHI", "chart #", "prontuário", "số hồ sơ", "hospital no."],
    "health_plan": ["Green Mountain Care ID", "MO HealthNet ID", "HSN", "OHIP", "NHS No",
                    "CHI", "medical card no.", "Medicare", "NHIMA", "SHA no.", "TSI",
                    "tessera sanitaria", "n° sécu", "mutuelle", "KVNR", "SV-Nr.", "Kela",
                    "ΑΜΚΑ", "SGK no", "số thẻ BHYT", "PhilHealth PIN", "cartão SUS"],
    "account": ["IBAN", "account", "factura n.º", "fattura", "facture n°", "Rechnungsnr.",
                "rekeningnummer", "invoice", "acct"],
    "licence": ["driving licence", "passport", "permis de conduire", "Führerschein-Nr.",
                "rijbewijs", "ehliyet no", "GMC", "n.º colegiado", "pasaporte", "CNH"],
    "vehicle": ["reg", "plate", "matrícula", "targa", "immatriculation", "Kennzeichen",
                "kenteken", "nummerplade", "plaka", "biển số", "placa", "rego"],
    "device": ["serial", "S/N", "n.º de serie", "matricola", "numéro de série",
               "Seriennummer", "serienummer", "seri no", "số seri"],
    "other_id": ["DNI", "codice fiscale", "numéro national", "BSN", "CPR", "hetu",
                 "personbeteckning", "CNP", "TC kimlik no", "کد ملی", "NID", "CCCD", "CPF",
                 "NRC", "ID no.", "PPSN", "NI no.", "treaty status #", "employee no."],
    "ssn": ["SSN", "Soc. Sec. #", "social security"],
    "phone": ["tel.", "phone", "móvil", "cellulare", "portable", "Handy", "mobiel", "mobil",
              "puh.", "τηλ.", "cep", "تلفن", "মোবাইল", "SĐT", "cel", "celular"],
    "fax": ["fax", "Telefax", "télécopie", "fax n.º", "φαξ"],
}

F34_SENTENCES = {
    "name": ["{full} came down from the hill farm with a three-day cough.",
             "Her {rel}, {given}, found her on the kitchen floor.",
             "We spoke to {full} by phone after the scan.",
             "{given} went back out on the boat against advice.",
             "Se comentó el caso con {full}, que acepta el ingreso.",
             "La figlia {given} riferisce febbre da tre giorni.",
             "{full} est revenu aux urgences le lendemain.",
             "Rücksprache mit {full}, Hausarzt, erfolgt.",
             "Dhr. {surname} wil niet opgenomen worden.",
             "{full} blev overflyttet, oplyst af datteren {given}.",
             "Bay {surname} serviste takip ediliyor.",
             "Case discussed with {full} from the night team."],
    "address": ["She lives alone at [[address:{n} {street} Road]], up a dirt track.",
                "Home: [[address:{n} {street} Lane]]",
                "Domicilio: [[address:Barrio La Llana {n}]], [[place:Potes]].",
                "Residente in [[address:via Sa Costa {n}]], [[place:Fonni]].",
                "Domicile : [[address:{n} chemin des Garrigues]], [[place:Lodève]].",
                "Wohnhaft [[address:Hauptstraße {n}]], [[place:Kusel]].",
                "Woont op [[address:Dijkstraat {n}]] in [[place:Dokkum]].",
                "Adresse: [[address:Østergade {n}, 2. th.]], [[place:Faaborg]].",
                "Found outside [[address:Unit {n2}, {n} {street} Street]] by a passer-by.",
                "Địa chỉ: [[address:{n} Phan Châu Trinh]], [[place:Tam Kỳ]]."],
    "place": ["A sheep farmer from {city}, he drives his own quad.",
              "She moved to {city} after her husband died.",
              "Transferred from {city} overnight.",
              "Vive en {city} con su marido.",
              "Abita a {city}, pastore in pensione.",
              "Originaire de {city}, vigneron retraité.",
              "Wohnt in {city}, früher Steinbrucharbeiter.",
              "Bor i {city}, tidligere landmand.",
              "The family drove in from {city} on the gravel road."],
    "zip": ["Postcode {v}, rural route.", "Mailing address ends {v}.", "Código postal {v}.",
            "CAP {v}", "Code postal : {v}", "PLZ {v}", "Postcode: {v}", "CEP {v}",
            "Eircode {v} on the GP letter."],
    "date": ["Admitted {v} via the ED.", "DOB {v}", "Ingreso: {v}.", "Ricovero {v}.",
             "Date d'entrée : {v}", "Aufnahme am {v}.", "Opname {v}", "Indlagt {v}.",
             "Ngày vào viện {v}.", "Data de alta: {v}.", "Discharged home {v}.",
             "Seen at the outreach clinic {v}.", "Doğum tarihi: {v}"],
    "phone": ["Ring the farm on {v} - poor signal.", "Hija: {v}",
              "Figlio {v} (sempre raggiungibile).",
              "Joindre l'épouse au {v}.", "Tochter erreichbar unter {v}.",
              "Nephew can be reached at {v}.", "Contato da filha: {v}."],
    "fax": ["Discharge letter faxed to {v}.", "Fax del centro de salud: {v}.",
            "Télécopie du médecin traitant : {v}", "Befund per Fax an {v}."],
    "email": ["Updates to {v} as the son asked.", "Correo de la familia: {v}",
              "La nipote scrive da {v}.", "Photos of the wound sent from {v}.",
              "E-Mail der Betreuerin: {v}"],
    "ssn": ["SSN {v} on the Medicaid form.", "Soc. Sec. # {v} checked by registration.",
            "{v} is the social security number he gave."],
    "mrn": ["Hospital number {v} at the base hospital.", "NHC: {v}", "Nosologico {v}.",
            "IPP {v} (dossier fusionné).", "Fallnummer {v}.", "{v} (NHI) on the referral."],
    "health_plan": ["OHIP {v}, version code on file.", "CHI {v}", "Medicare {v}, card expired.",
                    "Tessera sanitaria {v}.", "KVNR {v}, AOK.", "Số thẻ BHYT: {v}",
                    "Cartão SUS {v} apresentado."],
    "account": ["Invoice to account {v}.", "Domiciliación en {v}.", "Bonifico su {v}.",
                "Overgemaakt naar {v}."],
    "licence": ["His driving licence {v} was in the tractor cab.", "Pasaporte {v} (extranjero).",
                "Führerschein {v} wurde eingezogen.", "GMC {v}, locum registrar."],
    "vehicle": ["The pickup, plate {v}, went into the ditch.", "Reg {v}, a grey Land Rover.",
                "Matrícula del tractor: {v}.", "Targa {v}, Fiat Panda.",
                "Le véhicule immatriculé {v} a percuté un platane.", "Kennzeichen {v}.",
                "VIN {vin} from the police report."],
    "device": ["Pacemaker serial {v} interrogated in clinic.", "CPAP S/N {v}.",
               "Concentrador de oxígeno n.º de serie {v}.", "Seriennummer Insulinpumpe: {v}.",
               "Sensor serial {v} failed on day 9."],
    "url": ["The family set up {v} for the air fare.", "His daughter posts updates on {v}.",
            "A página {v} pede doações."],
    "ip": ["The home monitor uploaded from {v}.", "Portal login from {v}.",
           "Accesso al fascicolo da IP {v}."],
    "other_id": ["DNI {v}.", "Codice fiscale {v}.", "Numéro national {v}.", "BSN {v}",
                 "CPR-nr. {v}", "Employee no. {v} at the mine.", "NRC {v}, [[place:Chipata]]."],
}

F34_AFTER = ["{v} ({kw})", "{v} — {kw}", "{v}, {kw} on file", "{v} [{kw}]"]

F34_REFERENCES = [
    "The syndrome was described earlier (https://doi.org/10.1016/j.jinf.2019.{n}).",
    "A similar series: https://pubmed.ncbi.nlm.nih.gov/3{n}{n2}/.",
    "Cf. https://www.ncbi.nlm.nih.gov/books/NBK{n}/ for the guideline.",
]

F34_STYLES = [
    "{body}",
    "DISCHARGE SUMMARY\n{body}\nFollow-up: GP in 2 weeks.",
    "INFORME DE ALTA - SERVICIO DE MEDICINA INTERNA\n{body}",
    "LETTERA DI DIMISSIONE - U.O. MEDICINA GENERALE\n{body}",
    "COMPTE RENDU D'HOSPITALISATION - SERVICE DE GÉRIATRIE\n{body}",
    "ENTLASSUNGSBRIEF - Innere Medizin, Station 4\n{body}",
    "ONTSLAGBRIEF - afdeling Interne Geneeskunde\n{body}",
    "EPIKRISE - Medicinsk afdeling M2\n{body}",
    "ΕΝΗΜΕΡΩΤΙΚΟ ΣΗΜΕΙΩΜΑ ΕΞΟΔΟΥ - Παθολογική Κλινική\n{body}",
    "EPİKRİZ - Dahiliye Servisi\n{body}",
    "GIẤY RA VIỆN - Khoa Nội tổng hợp\n{body}",
    "RESUMO DE ALTA - Clínica Médica\n{body}",
    "Nursing note, night shift:\n{body}",
    "Referral to the visiting specialist:\n{body}\nThanks for seeing.",
]

F34_PART = Part("fresh34", F34_VOCABULARY, F34_CONNECTORS, F34_FRAMES, F34_KEYWORDS,
                F34_SENTENCES, F34_AFTER, F34_REFERENCES, True, values=F34_VALUES,
                age=_f34_age, styles=F34_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh34-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("vermont-case", "A [[age:93-year-old]] retired dairy farmer from [[place:Craftsbury]] was "
     "brought to [[place:Copley Hospital]] by his granddaughter [[name:Kayleigh Tewksbury]] after "
     "three days of confusion during sugaring season. He had been boiling sap alone in the "
     "sugarhouse. Na 119 mmol/L. He lives at [[address:2210 Town Farm Road]], [[place:Wolcott]], "
     "VT [[zip:05680]]; SSN [[ssn:041-62-8837]] and Green Mountain Care ID "
     "[[health_plan:800412276]] were taken from the registration sheet."),
    ("ozarks-er", "ER NOTE - pt [[name:Darlene Huckaby]], DOB [[date:03/11/1958]], brought in "
     "from [[place:Ava]] by her brother [[name:Junior]] after a copperhead bite to the left ankle "
     "while hanging wash. MO HealthNet [[health_plan:10458832]]. Brother's cell "
     "[[phone:417-683-2291]]. CroFab 6 vials started 14:10."),
    ("sask-north", "Medevac request. Patient [[name:Marguerite Laliberte]], HSN "
     "[[health_plan:942 118 305]], from [[place:Pinehouse Lake]], 38 weeks, BP 168/110. Nurse in "
     "charge [[name:Colin Ratt]] at the [[place:Pinehouse Health Centre]], ph "
     "[[phone:306 884 2017]]. Treaty status # [[other_id:3550148201]]. Weather marginal, "
     "fixed wing from [[place:La Ronge]]."),
    ("ontario-mine", "Underground miner, 52, crushed right hand at the mine outside "
     "[[place:South Porcupine]]; "
     "employee no. [[other_id:TM-40712]]. Seen at [[place:Timmins and District Hospital]] on "
     "[[date:Tuesday 4 March 2025 02:40]]. OHIP [[health_plan:6183-402-557-KT]]. Wife "
     "[[name:Tanya Kowalchuk]] on [[phone:+1 705 268 4410]]."),
    ("dales-handover", "Handover - bay 2, Ward 9, [[place:Airedale General Hospital]]:\n"
     "[[name:Jack Raistrick]] ([[age:91]]), farmer from [[place:Hawes]], fell in the mistal, #NOF "
     "for theatre tomorrow. NHS No [[health_plan:486 221 9073]]. Lives at [[address:Low Gill "
     "Farm]], [[place:Gayle]], [[zip:DL8 3RZ]]. Son [[name:Stuart]] has the dog."),
    ("aberdeenshire-boat", "Skipper [[name:Alasdair Buchan]] of the trawler "
     "[[vehicle:PD 419]], out of "
     "[[place:Peterhead]], was winched off by the coastguard with a crush injury to "
     "the pelvis. CHI [[health_plan:1205674419]]. Taken to [[place:Aberdeen Royal Infirmary]]; "
     "his wife [[name:Morag]] came down from [[place:Boddam]]."),
    ("mayo-gp", "Dear Dr [[name:Durkan]],\nI would be grateful if you could see [[name:Padraic "
     "Loftus]], a bachelor farmer of [[place:Carrowteige]], [[place:Belmullet]], "
     "[[zip:F26 K7P2]], medical card no. [[health_plan:1847562T]], PPSN "
     "[[other_id:7419325LA]], with a six-week history of haemoptysis.\nYours sincerely,\n"
     "[[name:Áine Gallagher]], GP, [[place:Erris Primary Care Centre]]"),
    ("wheatbelt", "RFDS retrieval from [[place:Kellerberrin]] - a [[age:90 yo]] woman, "
     "[[name:Merrin Padgett]], URN [[mrn:KBH204417]], Medicare [[health_plan:4127 58331 2]], "
     "found in her paddock [[date:12/01/2025 06:15]]. Heat stroke, T 41.2. Ute rego "
     "[[vehicle:1GHT 427]] left at the gate."),
    ("northland-clinic", "Clinic note ([[place:Kaikohe]]): [[name:Aroha Heke]], "
     "NHI [[mrn:ZKT4821]], a "
     "kuia of [[age:94]] from [[place:Ōkaihau]], cellulitis of the left leg after weeding the "
     "kūmara. Whānau ([[name:Tane Te Whata]], [[phone:+64 9 401 6628]]) to bring her back for "
     "IV cefazolin at [[place:Bay of Islands Hospital]]."),
    ("gambia-referral", "REFERRAL - [[place:Farafenni General Hospital]] to [[place:Edward "
     "Francis Small Teaching Hospital]]. [[name:Isatou Ceesay]], 24, para 3, PPH after home "
     "delivery in [[place:Kerewan]]. ID no. [[other_id:054119832]]. Husband [[name:Lamin "
     "Jallow]] [[phone:+220 7719043]]. Ambulance [[vehicle:BJL 4071 G]]."),
    ("zambia-ep", "[[place:Chipata Central Hospital]], Male Medical. Patient "
     "[[name:Mwila Banda]] from "
     "[[place:Lundazi]], NRC [[other_id:418201/66/1]], NHIMA [[health_plan:2210448190]], "
     "admitted [[date:17 February 2025]] with cryptococcal meningitis. Next of kin "
     "[[name:Chisomo Phiri]], [[phone:+260 97 441 2290]]."),
    ("kenya-family", "Good morning daktari, this is [[name:Wanjiru Kamau]], daughter of "
     "[[name:Otieno Achieng]] who was admitted on [[date:Sunday 9th March 2025]] at "
     "[[place:Nyeri County Referral Hospital]]. His SHA no. is [[health_plan:SHA-7730412-6]] and "
     "ID [[other_id:22918403]]. Kindly call me on [[phone:0722 418 093]]. Thank you and God "
     "bless."),
    ("trinidad", "ED - [[place:Sangre Grande Hospital]]. [[name:Rhondell Ramdeen]], 34, "
     "motorcyclist, struck by maxi-taxi [[vehicle:HCJ 4412]] on the main road near "
     "[[place:Valencia]]. Mother [[name:Indira Maharaj]] at [[phone:1 (868) 668-2214]]. "
     "Passport [[licence:TA0448172]] in his bag."),
    ("cantabria", "INFORME DE ALTA - SERVICIO DE NEUMOLOGÍA, [[place:Hospital Universitario "
     "Marqués de Valdecilla]]\nPaciente: [[name:Goyo Gutiérrez Sainz]], [[age:92 años]], natural "
     "de [[place:Potes]], ganadero jubilado. NHC [[mrn:1148276]]. TSI "
     "[[health_plan:CNTB440617822019]]. Ingreso el [[date:14/02/2025]], alta el "
     "[[date:21/02/2025]]. Neumonía por Legionella; enfermedad de Paget ósea conocida."),
    ("sardinia", "LETTERA DI DIMISSIONE - [[place:Ospedale San Francesco di Nuoro]], U.O. "
     "Medicina Interna.\nSi dimette la Sig.ra [[name:Bonaria Pinna]], nata a [[place:Orgosolo]] "
     "il [[date:2 settembre 1934]], residente in [[address:via Gramsci 17]], "
     "[[place:Orgosolo]] [[zip:08027]]. Codice fiscale [[other_id:PNNBNR34P42G097K]]. Morbo di "
     "Addison in terapia; la figlia [[name:Graziella Murgia]] ([[phone:+39 0784 402217]]) "
     "seguirà la paziente."),
    ("languedoc", "Compte rendu d'hospitalisation, service de gériatrie, [[place:Centre "
     "Hospitalier de Béziers]]. Mme [[name:Séverine Cabanel]], [[age:95 ans]], vit seule au mas "
     "familial à [[place:Roujan]], [[zip:34320]]. IPP [[mrn:0470218]]. Entrée le [[date:lundi 3 "
     "mars 2025]]. Maladie de Horton traitée. Fils [[name:Fulcran Roucaute]], portable "
     "[[phone:06 72 41 88 09]]."),
    ("palatinate", "ENTLASSUNGSBRIEF\nSehr geehrter Herr Kollege [[name:Schwalb]],\nwir "
     "berichten über Frau [[name:Heike Gutmann]], geb. [[date:17.08.1931]], wohnhaft "
     "[[address:Am Weinberg 4]], [[zip:67098]] [[place:Bad Dürkheim]], die vom [[date:3.2.2025]] "
     "bis [[date:14.2.2025]] auf Station 4B lag. KVNR [[health_plan:K418022917]]. Fallnummer "
     "[[mrn:25004417]]. Diagnose: Morbus Bechterew, Sturz mit Densfraktur.\nMit freundlichen "
     "Grüßen\n[[name:Reinhold Schwalb]], Oberarzt"),
    ("upper-austria", "Pflegebericht LKH, Interne II: Fr. [[name:Waltraud Hinterleitner]] "
     "([[age:96 J.]]) aus [[place:Bad Leonfelden]], SV-Nr. [[health_plan:2281 140129]], am "
     "[[date:12. Jänner 2025]] aufgenommen. Sohn holt sie mit dem Auto [[vehicle:UU-418 KB]] ab."),
    ("ardennes", "Service de médecine interne, [[place:Vivalia Clinique du Sud-Luxembourg]]. "
     "Patient [[name:Ghislain Lambotte]], bûcheron à [[place:Bouillon]], numéro national "
     "[[other_id:58.04.11-203.47]], mutuelle [[health_plan:1040882716]]. Tronçonneuse, plaie de "
     "cuisse. Véhicule [[vehicle:1-KTL-418]] laissé sur le chemin forestier."),
    ("friesland", "ONTSLAGBRIEF - [[place:Antonius Ziekenhuis Sneek]], afd. Longziekten.\n"
     "Betreft: mevrouw [[name:Tjitske Hofstra]], [[age:91 jaar]], uit [[place:Workum]], "
     "BSN [[other_id:204417831]]. Opname [[date:22-01-2025]]. Ziekte van Kahler; schoonzoon "
     "[[name:Sjoerd de Vries]] bereikbaar op [[phone:0515-541208]]."),
    ("funen", "EPIKRISE, Medicinsk afd., [[place:Svendborg Sygehus]].\n[[name:Bodil "
     "Rasmussen]], CPR [[other_id:140331-4418]], [[age:93 år]], fra [[place:Stenstrup]]. "
     "Indlagt [[date:9. marts 2025]] med Parkinsons sygdom og aspirationspneumoni. Søn "
     "[[name:Torben]] tlf. [[phone:62 24 17 90]]."),
    ("ostrobothnia", "Lähete / Remiss: [[name:Ulf Björklund]], personbeteckning "
     "[[other_id:120432-287W]], [[age:92 år]], bor i [[place:Nykarleby]]. Kela "
     "[[health_plan:8041223310]]. Hänet siirretään sisätautien osastolle, "
     "[[place:Keski-Pohjanmaan keskussairaala]]. Yhteyshenkilö "
     "[[name:Aino Kivimäki]], puh. [[phone:040 718 2290]]."),
    ("moldavia", "BILET DE IEȘIRE - [[place:Spitalul Județean de Urgență Suceava]], secția "
     "Medicală II. Pacienta [[name:Floarea Apostu]], [[age:90 de ani]], domiciliată în satul "
     "[[place:Rădășeni]], CNP [[other_id:2350414331207]]. Internată [[date:10.02.2025]]. Boala "
     "Addison. Fiul [[name:Ionuț Ciobanu]], tel. [[phone:0745 210 883]]."),
    ("epirus", "ΕΝΗΜΕΡΩΤΙΚΟ ΣΗΜΕΙΩΜΑ - Παθολογική Κλινική, [[place:Γενικό Νοσοκομείο "
     "Ιωαννίνων «Γ. Χατζηκώστα»]]. Ο ασθενής [[name:Ευάγγελος Ζήσης]], [[age:94 ετών]], "
     "κτηνοτρόφος από το [[place:Μέτσοβο]], ΑΜΚΑ [[health_plan:11043144729]]. Εισαγωγή "
     "[[date:3 Μαρτίου 2025]]. Νόσος Hodgkin. Αυτοκίνητο γιου [[vehicle:ΙΝΚ-4187]]."),
    ("anatolia", "EPİKRİZ - Dahiliye Servisi, [[place:Akşehir Devlet Hastanesi]]. Hasta "
     "[[name:Mevlüt Karakaya]], [[age:96 yaşında]], [[place:Doğrugöz]] köyünden, TC kimlik no "
     "[[other_id:41822096314]]. Yatış [[date:18.01.2025]]. Behçet hastalığı. Kızı "
     "[[name:Ayşegül]] hanım, cep [[phone:0 (532) 418 22 09]]. Traktör plakası "
     "[[vehicle:42 KT 418]]."),
    ("khorasan", "خلاصه پرونده - بخش داخلی، [[place:بیمارستان ۲۲ بهمن تربت حیدریه]]. "
     "بیمار خانم [[name:پروین رضایی]]، [[age:۹۲ ساله]]، ساکن روستای [[place:رباط سنگ]]، "
     "کد ملی [[other_id:۰۹۲۳۴۱۸۷۲۵]]. تاریخ پذیرش [[date:۱۴۰۳/۱۱/۲۲]]. بیماری کرون. "
     "پسرش [[name:محمود]] با شماره [[phone:۰۹۱۵ ۴۱۸ ۲۲۰۹]]."),
    ("sylhet", "ছাড়পত্র - মেডিসিন ওয়ার্ড, [[place:সিলেট এম. এ. জি. ওসমানী মেডিকেল কলেজ "
     "হাসপাতাল]]। রোগী [[name:রহিমা চৌধুরী]], [[age:৯১ বছর]], গ্রাম [[place:মাথিউরা]]। "
     " NID [[other_id:৪১৮২২০৯৩১৭]]। ভর্তি [[date:১২/০২/২০২৫]]। ছেলে যুক্তরাজ্যে থাকেন, "
     "মোবাইল [[phone:+44 7700 941882]]।"),
    ("quang-nam", "GIẤY RA VIỆN - Khoa Nội, [[place:Bệnh viện Đa khoa Trung ương Quảng Nam]]. "
     "Bà [[name:Trần Thị Thảo]], [[age:93 tuổi]], ở thôn [[place:Trà Quế]], xã "
     "[[place:Cẩm Hà]]. CCCD [[other_id:049153004182]]. Số thẻ BHYT "
     "[[health_plan:HT4490412218834]]. Vào viện ngày [[date:14/3/2025]]. Con trai "
     "[[name:Nguyễn Văn Hùng]], SĐT [[phone:0905 418 227]]."),
    ("bicol", "Referral slip - [[place:Bicol Medical Center]]. Pasyente: [[name:Marivic Dela "
     "Peña]], edad [[age:90]], taga-Barangay [[place:San Antonio]], [[place:Iriga]]. "
     "PhilHealth PIN [[health_plan:19-052241873-4]]. Dinala ng apo niyang si [[name:Rodel "
     "Bermeo]] ([[phone:0917-418-2290]]) sakay ng tricycle [[vehicle:4418 UE]]. Nag-aalala "
     "siya ta dai na nagkakakan si lola."),
    ("para", "RESUMO DE ALTA - Clínica Médica, [[place:Hospital Regional do Baixo Tocantins]]. "
     "Dona [[name:Raimunda Carvalho dos Santos]], [[age:92 anos]], ribeirinha de "
     "[[place:Cametá]], CPF [[other_id:418.220.932-17]], cartão SUS "
     "[[health_plan:704 1182 2093 4417]]. Internada em [[date:05/01/2025]]. Doença de Hansen "
     "em tratamento. Filha [[name:Francisca]] - [[phone:(91) 98812-4417]]."),
    ("thread-vt-ok", "[[name:Loretta Pettibone]]: 09:12 is Dad's pacemaker ok? the box light "
     "is red\n[[name:Wade Stroud]] RN: Can you read me the serial on the back?\n"
     "[[name:Loretta Pettibone]]: S/N [[device:RNK418229Q]] and the hub says "
     "[[ip:192.168.4.17]]\n[[name:Wade Stroud]] RN: Thanks, remote team will call you."),
    ("table-ward", "| Bed | Patient | Born | Town |\n| 1 | [[name:Ewan Cruickshank]] | "
     "[[date:02/07/1944]] | [[place:Fraserburgh]] |\n| 2 | [[name:Efisio Murgia]] | "
     "[[date:19/11/1933]] | [[place:Fonni]] |\n| 3 | [[name:Keisha Ramdeen]] | "
     "[[date:30/05/1971]] | [[place:Chaguanas]] |"),
    ("email-mayo", "From: [[email:bridloftus@example.ie]]\nTo: ward sister\nSubject: mam's "
     "glasses\nHi, I left Mam's glasses and her CPAP (serial [[device:RS-11-842219]]) in her "
     "locker. She's in St Joseph's ward. Could you ring me on [[phone:+353 97 81422]]? Thanks, "
     "[[name:Bríd Loftus]]"),
    ("invoice-lodeve", "FACTURE n° [[account:FAC-2025-04418]] - Ambulances du Lodévois. "
     "Transport de M. [[name:Roucaute]] de [[place:Lodève]] vers [[place:Montpellier]]. "
     "Règlement par virement IBAN [[account:FR76 3000 4041 8220 9300 1744 118]]."),
    ("licence-kusel", "Polizeimeldung: Fahrer [[name:Dieter Kuhn]], Führerschein-Nr. "
     "[[licence:B072R41822]], Kennzeichen [[vehicle:KUS-DK 418]], mit Schädel-Hirn-Trauma nach "
     "Unfall bei [[place:Wolfstein]] eingeliefert."),
    ("pump-svendborg", "Insulinpumpe serienummer [[device:MMT-1880-44172]] udskiftet; "
     "sensor [[device:GS4182209T]] aflæst via app fra [[ip:10.44.18.2]]."),
    ("url-history", "Her grandson runs a page about the accident at "
     "[[url:https://www.example.org/help-gran-padgett]] and asks that we not post photos.",
     "patient_information"),
    ("gp-licence", "Locum cover at the [[place:Grassington Medical Centre]]: Dr [[name:Helen "
     "Metcalfe]], GMC [[licence:7041822]], fax [[fax:01756 752218]]."),
    ("ozarks-vin", "Deputy's report: [[name:Cody Huckaby]], 19, rolled a 2008 pickup, VIN "
     "[[vehicle:1FTRX18L48KA41822]], plate [[vehicle:DW4 K8R]], on a gravel road outside "
     "[[place:Gainesville]]. Acct [[account:440218837]] for the ambulance bill."),
    # clean letters
    ("clean-vt", "Case discussion: an 86-year-old man on a hill farm with hyponatraemia after "
     "drinking sap water. Na 118, osmolality 251; corrected at 6 mmol/L per day. Guillain-Barré "
     "was never suspected."),
    ("clean-es", "EVOLUCIÓN: afebril, TA 132/78, SatO2 95%. Enfermedad de Chagas descartada "
     "(serología negativa). Se mantiene furosemida 40 mg/día. Planta 5ª, cama 12."),
    ("clean-it", "DIARIO CLINICO: paziente vigile, collaborante. Morbo di Crohn ileale, "
     "calprotectina 640 µg/g. Proseguire mesalazina 4 g/die. Letto 7, stanza 3."),
    ("clean-fr", "SYNTHÈSE : patiente de 89 ans, maladie de Horton, corticothérapie 0,7 mg/kg. "
     "Pas de cécité. VS 22 mm à J10. Lit 14."),
    ("clean-de", "Verlauf: Morbus Basedow, fT4 48 pmol/l; Thiamazol 20 mg. Station 4B, Zimmer "
     "12. Keine Komplikationen."),
    ("clean-da", "Status: Parkinsons sygdom, faldtendens; fysioterapi 2 gange dagligt. BT "
     "128/74, puls 72."),
    ("clean-tr", "Takip: Ateş 38,4; CRP 82 mg/L. Ailevi Akdeniz ateşi ön tanısı; kolşisin 1,5 "
     "mg/gün başlandı. Oda 312, yatak 2."),
    ("clean-vi", "Diễn biến: bệnh nhân tỉnh, sốt 38,5 độ, CRP 96 mg/L. Bệnh Kawasaki; IVIG 2 "
     "g/kg. Giường 14."),
    ("clean-pt", "Evolução: afebril há 48 h, Hb 9,1 g/dL. Doença de Chagas crônica, forma "
     "cardíaca; FEVE 35%. Leito 8."),
    ("clean-el", "Πορεία: απύρετος, ΑΠ 125/70, SpO2 96%. Νόσος Crohn σε ύφεση. Κλίνη 6."),
    ("clean-fa", "سیر بیماری: بدون تب، فشار خون ۱۲۰/۸۰، بیماری کرون در فاز خاموش. تخت ۴."),
    ("reference", "In the discussion, the Wheatbelt case resembles earlier reports "
     "(https://doi.org/10.5694/mja2.50418) and the review at "
     "https://pubmed.ncbi.nlm.nih.gov/34182209/; both describe heat stroke in farmers over 85.",
     "discussion"),
]

F34_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH34: tuple[Note, ...] = build(F34_PART, per_category=26, clean=120, references=8) + F34_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH34 for e in n.expected)
    print(len(FRESH34), "notes,", sum(1 for n in FRESH34 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

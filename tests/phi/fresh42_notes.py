"""FRESH42: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a thirty-eighth author during the twentieth round; it is measured once, and its
result is recorded with that measurement. Its author read only tests/phi/generated.py (the
framework: Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring), tests/phi/corpus.py
(the Note type, the span conventions, parse, evaluate), the de-identification section (5) of the
project's domain notes (45 CFR 164.514(b)(2) Safe Harbor), the module docstrings only of
tests/phi/fresh30_notes.py to fresh34_notes.py (read with ast.get_docstring), the wiring lines
of fresh16_notes.py (its Part call, _letter, letters tuple, build and __main__ lines, printed
with grep -n and sed) and pyproject.toml's line length; not the scanner, its patterns, name
lists, model or data, its benchmark (bench/), its tests, the body of any other fresh part
(fresh40 and fresh41 were present and were not opened; others were being written at the same
time), nor their git history; the scanner was not run or imported while writing it, nor on its
notes. Its vocabulary, value shapes, keywords, connectors, frames, note styles and hand-written
letters are this author's own, as a global case-discussion board sees them: about half
English-language settings (small towns of Alabama's Black Belt and south Georgia with a US SSN
and Medicaid, Black and white Southern names, church and family life; Appalachian Ohio with a
US SSN and Ohio Medicaid; Montana's reservations (Crow, Northern Cheyenne, Blackfeet, Fort
Peck) with IHS chart numbers and tribal enrollment numbers; the Canadian Prairies with the
Alberta AHCIP number and the Manitoba PHIN, Ukrainian and Métis names; the Scottish Highlands
with the CHI number; rural Ghana with the Ghana Card and NHIS; Sierra Leone; Zimbabwe with the
national ID and its check letter; Botswana with the Omang; Papua New Guinea's English notes)
and half non-English settings in their languages and scripts: Transylvania (Romanian and
Hungarian, CNP, "de ani", "éves", Hungarian names family name first), Bosnia (Bosnian Latin and
Serbian Cyrillic, JMB, "godina"/"године", dates with a final dot), Belarus (Belarusian and
Russian Cyrillic, асабісты/личный номер, "гадоў", "лет"), Russia's Volga towns (Russian, СНИЛС,
полис ОМС, "год"/"года"/"лет"), Finland's lake district (Finnish, henkilötunnus, Kela,
"-vuotias"), the Faroe Islands (Faroese, p-tal, Heilsutrygd, "ár"), Brittany (French with
Breton names, sécu, IPP, "ans"), Sicily (Italian, codice fiscale, tessera sanitaria,
nosologico, "anni"), Andalusia (Spanish, NUHSA, DNI, NHC, "años"), Bangladesh's delta (Bengali
with Bengali digits, NID, "বছর"), Kerala (Malayalam script, Aadhaar, KASP, "വയസ്സ്"), Punjab
(Gurmukhi, Aadhaar, ABHA, "ਸਾਲ") and Mindanao (Cebuano, PhilHealth, "anyos"). Each setting has
its own hospitals, departments and wards, eponymous diseases as those languages write them
(boala Parkinson, Basedow-kór, Hashimotov tireoiditis, болезнь Бехтерева, хвароба Крона,
Parkinsonin tauti, Hodgkins sjúka, maladie de Horton, morbo di Cooley, enfermedad de Behçet,
কাওয়াসাকি রোগ, sakit ni Hansen), headings in capitals and everyday words as notes have them;
small towns and villages appear in running prose, people are named in prose without labels,
and dates, phones and plates are written as each country writes them ("3/14/2024",
"14.3.2024", "14. 3. 2024.", "14 марта 2024", "14. mars 2024", "14 de marzo de 2024",
"১৪/০৩/২০২৪", "Marso 14, 2024"; "(334) 555-0142", "01463 712345", "+233 24 412 3390",
"+375 29 412-33-90", "8 (8452) 41-23-39", "+298 412339", "02 98 41 23 39", "01712-412339";
"2B 41K7", "CTK 4172", "SK19 LMN", "AS 4172-19", "AEZ 4127", "B 412 AKL", "MS 07 KRT",
"A12-K-345", "4172 AB-7", "А412ВС 164", "KTR-472", "AB 412", "FT-384-KR", "EF 412 GH",
"4172 KLM", "KL 05 AB 4172", "PB 03 AK 4172", "বরিশাল-গ ১২-৪১৭২", "NDA 4172"). Document
types: case-report narratives as posted to a discussion board, discharge summaries (epicriză,
otpusno pismo, отпусна листа, выпіска, выписной эпикриз, epikriisi, útskrivingarbræv, compte
rendu, lettera di dimissione, informe de alta, ছাড়পত্র, ഡിസ്ചാർജ് സമ്മറി, ਡਿਸਚਾਰਜ ਸਾਰ),
referral letters, home-health and hospice visits, nursing notes, a fax cover, a church
visiting list, a WhatsApp thread, a telehealth log, clean notes and a discussion paragraph with
literature references.

Conventions (tests/phi/corpus.py's and the fresh parts' docstrings'): a name without its title
or honorific (Dr, Mr, Mrs, Deacon, Mother, Sister, Brother, Maame, Mma, Rra, Mme, M., Sig.ra,
sig., ਸ. stay out; "(Mrs)" after a name stays out too); a full
name in any order is one span ("Kovács Erzsébet", "Зуева Валентина Петровна"); staff names and
a chat's speakers are names; an identifier without its keyword; an age over 89 with its
attached unit in any language ("94-year-old", "92 de ani", "93 éves", "91 godinu", "92 године",
"93 гады", "95 лет", "92-vuotias", "91 ár", "93 ans", "94 anni", "92 años", "৯২ বছর", "93
വയസ്സ്", "91 ਸਾਲ", "92 anyos") or the number alone where no unit is attached ("aged 95"); ages
under 90 are not marked (the clean notes carry 84-89 in several languages); a date without its
preposition ("on", "le", "la", "il", "el", "с", "по" stay out), with a weekday right before it
and a time right after it (a chat's "[14.01.2025 22:41]" is one span; "в 14:20" stays out); a
year alone is not a date. The street line is one span; each locality
(town, village, settlement, barangay, upazila village, bygd) and the postcode are separate
spans, and a town in an inflected form is marked as written ("Sulkavalta", "Rantasalmella",
"Кожуха"); a named hospital, clinic or health centre is a place (the whole name); states,
provinces, regions, counties, districts, oblasts, islands and countries (Alabama, GA, Ohio,
Montana, Alberta, Manitoba, Highland, Ashanti, Harghita, Republika Srpska, Саратовская
область, Pohjois-Savo, Suðuroy, Finistère, Sicilia, Andalucía, বরিশাল বিভাগ, Kerala, Punjab,
Bukidnon) and reservations (Crow, Northern Cheyenne, Blackfeet, Fort Peck) are never marked,
nor ward and department names, nor a church's denomination. Categories: `ssn` is a US Social
Security number only; other national numbers (CNP, JMB, личный номер, СНИЛС, henkilötunnus,
p-tal, codice fiscale, DNI, NID, Aadhaar, Ghana Card, Zimbabwean national ID, Omang, a tribal
enrollment number, a Métis citizenship number, a PNG NID) are `other_id`; insurance numbers
(Alabama, Georgia and Ohio Medicaid, AHCIP, PHIN, CHI, NHIS, PSMAS, полис ОМС, Kela, sécu,
tessera sanitaria, NUHSA, KASP, ABHA, PhilHealth) are `health_plan`; hospital, chart and IHS
numbers are `mrn`; passports, driving licences and professional registrations are `licence`;
IBANs, accounts and receipts are `account`; plates, VINs and a boat's registration are
`vehicle`; pacemaker, pump, sensor and concentrator serials and IMEIs are `device`.

Built as build(F42_PART, per_category=26, clean=120, references=8) + F42_LETTERS. Checked
without the scanner (a throwaway script): every span's text is the note's text at its offsets
and has no surrounding blanks, no marks or slots are left in the text, no spans overlap, note
ids are unique, every category is in generated.CATEGORY_ORDER, every marked age is over 89, and
builds under PYTHONHASHSEED=1 and 4242 are identical. Deterministic: its own seed (19_042),
values drawn from the builder's fixed-seed Random, no hash-order dependence.
Counts: 55 hand-written notes (42 with identifiers, 12 clean, 1 reference paragraph in a
discussion); 693 notes, 141 of them (20%) without any identifier (120 generated clean notes, 8
reference notes in an introduction or discussion, 12 clean letters, 1 reference letter), 856
spans - name 110, address 45, place 110, zip 37, date 54, age 52, phone 55, fax 28, email 28,
ssn 29, mrn 30, health_plan 41, account 27, licence 27, vehicle 38, device 29, url 43, ip 28,
other_id 45 (`python -m tests.phi.fresh42_notes` prints them).

    from tests.phi.fresh42_notes import FRESH42, F42_PART, F42_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
Not wired into any test or bench: measure it once.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build

F42_VOCABULARY = Vocabulary(
    given=["Willie Mae", "Odessa", "Earl", "Lurleen", "Cleveland", "Delbert", "Brenda",
           "Marlene", "Wilbert", "Olena", "Mykola", "Marie-Rose", "Morag", "Hamish",
           "Akosua", "Kwabena", "Fatmata", "Foday", "Tendai", "Rudo", "Kefilwe", "Onalenna",
           "Kila", "Ioana", "Erzsébet", "Emina", "Nedžad", "Aliaksandr", "Tapio", "Eila",
           "Jógvan", "Rannvá", "Gwenaëlle", "Yann", "Concetta", "Salvatore", "Rocío",
           "Manuel", "Rahima", "Mariamma", "Gurmeet", "Nenita", "Junrey"],
    surnames=["Pettway", "Tillman", "Dubose", "Hodges", "Shamblin", "Roush", "Old Coyote",
              "Little Wolf", "Hrynchuk", "Kowalchuk", "Chartrand", "MacLeod", "Munro",
              "Owusu-Ansah", "Seidu", "Kamara", "Sesay", "Moyo", "Chikomba", "Mosweu",
              "Kgosi", "Kaupa", "Yapao", "Moldovan", "Muntean", "Kovács", "Mujkić",
              "Halilović", "Shymanski", "Hämäläinen", "Kärkkäinen", "Joensen", "Poulsen",
              "Le Goff", "Kerhervé", "Lo Presti", "Cusumano", "Carmona Vargas", "Howlader",
              "Joseph", "Sandhu", "Bacalso", "Cabahug"],
    cities=["Eufaula", "Greenville", "Camden", "Americus", "Cordele", "Hazlehurst", "Pomeroy",
            "Gallipolis", "McArthur", "Lame Deer", "Crow Agency", "Browning", "Poplar",
            "Vegreville", "Two Hills", "Dauphin", "St. Laurent", "Ullapool", "Dingwall",
            "Golspie", "Nkoranza", "Bawku", "Kenema", "Kabala", "Gokwe", "Chipinge",
            "Mahalapye", "Tsabong", "Goroka", "Wewak", "Sighișoara", "Székelyudvarhely",
            "Reghin", "Tešanj", "Gradačac", "Лида", "Пінск", "Хвалынск", "Вольск",
            "Savonlinna", "Varkaus", "Klaksvík", "Tvøroyri", "Carhaix-Plouguer",
            "Douarnenez", "Caltagirone", "Licata", "Écija", "Baza", "Bhola", "Alappuzha",
            "Moga", "Kidapawan", "Malaybalay"],
    streets=["Magnolia", "Pecan Grove", "Old Dothan", "Tabernacle", "Jackson Pike",
             "Coal Hollow", "Buttermilk", "Rosebud", "Railway", "Strathpeffer", "Glenurquhart",
             "Church Hill", "Kudzu"],
    relations=["granddaughter", "grandson", "niece", "sister-in-law", "son", "daughter",
               "nephew", "pastor's wife", "auntie", "cousin"],
    clean=[
        "Hb 9.4 g/dL, WBC 13.6 x10^9/L, platelets 412 x10^9/L; CRP 88 mg/L.",
        "Sickle cell trait noted; HbS 38%; G6PD normal.",
        "Metformin 1 g BD, glipizide 5 mg OD, lisinopril 20 mg OD; HbA1c 10.2%.",
        "Black lung (CWP) category 2/1 on the ILO classification; FEV1 54% predicted.",
        "Parkinson disease, Addison disease and Graves disease were all on the differential.",
        "CHA2DS2-VASc 5, HAS-BLED 3; apixaban 2.5 mg BD for age and creatinine.",
        "Ward 6B, bay 3, bed 12; reviewed on the afternoon round at 16:40.",
        "GCS 14/15 (E4 V4 M6); NEWS2 6; Clinical Frailty Scale 7.",
        "Troponin 14 -> 212 -> 540 ng/L at 0, 3 and 6 h.",
        "Disc L4/L5 with S1 radiculopathy; MRC 4/5 plantarflexion.",
        "Boala Parkinson și boala Addison au fost excluse; scor Glasgow 15.",
        "Basedow-kór gyanúja; TSH < 0.01 mIU/L, fT4 48 pmol/L.",
        "Hashimotov tireoiditis; TSH 11,4 mIU/L; levotiroksin 50 mcg.",
        "Болезнь Бехтерева, HLA-B27 положительный; СОЭ 42 мм/ч.",
        "Хвароба Крона, CDAI 310; прызначаны інфліксімаб 5 мг/кг.",
        "Parkinsonin tauti, Hoehn-Yahr 3; levodopa 100 mg x 4.",
        "Hodgkins sjúka í 2019; CT skanning uttan merki um afturfall.",
        "Maladie de Horton : VS 96 mm, CRP 112 mg/L, biopsie de l'artère temporale positive.",
        "Morbo di Cooley (talassemia major); ferritina 2.400 ng/mL; deferasirox 20 mg/kg.",
        "Enfermedad de Behçet con aftas orales; escala de Glasgow 15; Barthel 60.",
        "রক্তচাপ ১৩০/৮০ মিমি পারদ; হিমোগ্লোবিন ৮.২ গ্রাম/ডেসিলিটার।",
        "രക്തസമ്മർദ്ദം 150/90 mmHg; പ്രമേഹം 10 വർഷമായി; HbA1c 9.1%.",
        "ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ 160/100; ਸ਼ੂਗਰ 14 ਸਾਲ ਤੋਂ; eGFR 38.",
        "Sakit ni Hansen (leprosy), MB type; MDT sugod sa Day 1.",
        "Aged between 84 and 89 in the 2019/20 audit; 86-year-old controls were excluded.",
        "Bătrâna de 87 de ani a fost în secția de Medicină Internă 1.",
        "Пациентке 88 лет; 87-летний муж в отделении кардиологии.",
        "Potilas on 86-vuotias; Kela-korvaus ei koske tätä lääkettä.",
        "Ha 89 anni; la scala di Norton era 11 e la Braden 13.",
        "Paciente de 85 años; índice de Barthel 45, escala de Downton 4.",
        "Ward: MEDICAL B; ICU step-down; SCBU closed for cleaning 2-4 pm.",
        "INR 3.4 on warfarin 3 mg/5 mg alternate days; 2/3 of tablets taken.",
        "Vitamin D 19 nmol/L; calcium 2.12 mmol/L; PTH 14.8 pmol/L.",
        "Visual acuity 6/18 right and 6/9 left; IOP 24/19 mmHg.",
        "Cut-down to ICD-10 E11.65 and I10 on the coding sheet.",
        "DEPARTMENT OF INTERNAL MEDICINE - CONSULTANT WARD ROUND",
        "OTPUSNO PISMO - INTERNA KLINIKA, ODJEL KARDIOLOGIJE",
        "ВЫПИСНОЙ ЭПИКРИЗ - ТЕРАПЕВТИЧЕСКОЕ ОТДЕЛЕНИЕ",
        "Malaria RDT negative; Widal 1/80 not significant; GeneXpert MTB not detected.",
        "CD4 212 cells/uL, viral load < 50 copies/mL on TLD since 2021.",
        "Snakebite protocol: 20-minute WBCT clotted; no antivenom given.",
        "Kussmaul breathing; pH 7.08, HCO3 6 mmol/L, ketones 5.8 mmol/L.",
    ],
    seed=19_042,
)


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _l(r: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


_BN = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_RO_MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
              "septembrie", "octombrie", "noiembrie", "decembrie"]
_HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július",
              "augusztus", "szeptember", "október", "november", "december"]
_RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
_BE_MONTHS = ["студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня",
              "жніўня", "верасня", "кастрычніка", "лістапада", "снежня"]
_FI_MONTHS = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta",
              "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta",
              "joulukuuta"]
_FO_MONTHS = ["januar", "februar", "mars", "apríl", "mai", "juni", "juli", "august",
              "september", "oktober", "november", "desember"]
_FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"]
_IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
              "settembre", "ottobre", "novembre", "dicembre"]
_ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre"]
_CEB_MONTHS = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto",
               "Septiyembre", "Oktubre", "Nobyembre", "Disyembre"]
_BN_MONTHS = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট",
              "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"]


def _f42_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1931, 2025)
    forms = [
        f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{_EN_MONTHS[m - 1]} {d}, {y}",
        f"{_EN_MONTHS[m - 1][:3]} {d} {y}", f"{d} {_EN_MONTHS[m - 1]} {y}",
        f"{d:02d}/{m:02d}/{y}", f"{d}-{_EN_MONTHS[m - 1][:3]}-{y % 100:02d}",
        f"{d:02d}.{m:02d}.{y}", f"{d} {_RO_MONTHS[m - 1]} {y}",
        f"{y}. {_HU_MONTHS[m - 1]} {d}", f"{y}.{m:02d}.{d:02d}", f"{d}. {m}. {y}",
        f"{d} {_RU_MONTHS[m - 1]} {y}", f"{d} {_BE_MONTHS[m - 1]} {y}",
        f"{d}.{m}.{y}", f"{d}. {_FI_MONTHS[m - 1]} {y}", f"{d}. {_FO_MONTHS[m - 1]} {y}",
        f"{d} {_FR_MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y % 100:02d}",
        f"{d} {_IT_MONTHS[m - 1]} {y}", f"{d} de {_ES_MONTHS[m - 1]} de {y}",
        f"{d:02d}/{m:02d}/{y}".translate(_BN), f"{d} {_BN_MONTHS[m - 1]} {y}".translate(_BN),
        f"{d}-{m:02d}-{y}", f"{_CEB_MONTHS[m - 1]} {d}, {y}", f"{y}-{m:02d}-{d:02d}",
    ]
    return r.choice(forms)


def _ru_years(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return "год"
    return "года" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "лет"


def _be_years(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return "год"
    return "гады" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "гадоў"


def _bs_years(n: int, cyrillic: bool = False) -> str:
    if n % 10 == 1 and n % 100 != 11:
        word = "godinu"
    elif n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        word = "godine"
    else:
        word = "godina"
    if cyrillic:
        word = {"godinu": "годину", "godine": "године", "godina": "година"}[word]
    return word


def _f42_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 104)
    forms = [
        ("a {age} deacon's widow from the county", f"{n}-year-old"),
        ("mother of the church, aged {age}", f"{n}"),
        ("{age} F, lives with her granddaughter", f"{n} y/o"),
        ("a {age} retired coal miner", f"{n} yr old"),
        ("a {age} Crow elder", f"{n}-year-old"),
        ("{age} M, farm near the river", f"{n}yo"),
        ("a {age} crofter", f"{n}-year-old"),
        ("she is {age} and still walks to market", f"{n} years old"),
        ("pacientă în vârstă de {age}", f"{n} de ani"),
        ("{age} beteg, otthonából", f"{n} éves"),
        ("pacijentica stara {age}", f"{n} {_bs_years(n)}"),
        ("пацијент стар {age}", f"{n} {_bs_years(n, True)}"),
        ("пацыентка {age}", f"{n} {_be_years(n)}"),
        ("больной {age}, инвалид войны", f"{n} {_ru_years(n)}"),
        ("{age} leski", f"{n}-vuotias"),
        ("sjúklingurin er {age} gamal", f"{n} ár"),
        ("patiente de {age}, veuve", f"{n} ans"),
        ("paziente di {age}, vedova", f"{n} anni"),
        ("paciente de {age}, viuda", f"{n} años"),
        ("রোগীর বয়স {age}", f"{n} বছর".translate(_BN)),
        ("രോഗിക്ക് {age}", f"{n} വയസ്സ്"),
        ("ਮਰੀਜ਼ ਦੀ ਉਮਰ {age}", f"{n} ਸਾਲ"),
        ("lola nga {age} na", f"{n} anyos"),
        ("age {age}, from the village", f"{n}"),
    ]
    return r.choice(forms)


def _f42_phone(r: random.Random, _h: bool) -> str:
    forms = [
        f"({r.choice(['334', '251', '229', '912'])}) 555-{_d(r, 4)}",
        f"{r.choice(['740', '406'])}-555-{_d(r, 4)}",
        f"{r.choice(['780', '204'])} 555 {_d(r, 4)}",
        f"01{r.choice(['463', '397', '854', '408'])} {_d(r, 6)}", f"07700 900{_d(r, 3)}",
        f"+233 {r.choice(['24', '20', '54'])} {_d(r, 3)} {_d(r, 4)}", f"024 {_d(r, 3)} {_d(r, 4)}",
        f"+232 {r.choice(['76', '78', '30'])} {_d(r, 6)}",
        f"+263 77 {_d(r, 3)} {_d(r, 4)}", f"0772 {_d(r, 3)} {_d(r, 3)}",
        f"+267 7{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}", f"+675 7{_d(r, 3)} {_d(r, 4)}",
        f"07{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"+40 265 {_d(r, 3)} {_d(r, 3)}",
        f"06{_d(r, 1)}/{_d(r, 3)}-{_d(r, 3)}", f"+387 6{_d(r, 1)} {_d(r, 3)} {_d(r, 3)}",
        f"+375 29 {_d(r, 3)}-{_d(r, 2)}-{_d(r, 2)}", f"8 (0165) {_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}",
        f"8 (8452) {_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}", f"+7 917 {_d(r, 3)}-{_d(r, 2)}-{_d(r, 2)}",
        f"040 {_d(r, 3)} {_d(r, 4)}", f"+358 15 {_d(r, 6)}", f"+298 {_d(r, 6)}",
        f"02 98 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"06 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"0933 {_d(r, 6)}", f"+39 3{_d(r, 2)} {_d(r, 3)} {_d(r, 4)}",
        f"95{_d(r, 1)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}", f"6{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
        f"017{_d(r, 2)}-{_d(r, 6)}", f"০১৭{_d(r, 2)}-{_d(r, 6)}".translate(_BN),
        f"+91 94{_d(r, 3)} {_d(r, 5)}", f"0477 {_d(r, 7)}", f"+91 98{_d(r, 3)} {_d(r, 5)}",
        f"0917 {_d(r, 3)} {_d(r, 4)}", f"(088) {_d(r, 3)} {_d(r, 4)}",
    ]
    return r.choice(forms)


def _f42_zip(r: random.Random, _h: bool) -> str:
    forms = [
        f"36{_d(r, 3)}", f"31{_d(r, 3)}", f"45{_d(r, 3)}", f"59{_d(r, 3)}-{_d(r, 4)}",
        f"T{_d(r, 1)}{_l(r, 1)} {_d(r, 1)}{_l(r, 1)}{_d(r, 1)}",
        f"R{_d(r, 1)}{_l(r, 1)} {_d(r, 1)}{_l(r, 1)}{_d(r, 1)}",
        f"IV{r.randint(1, 28)} {_d(r, 1)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"PH{r.randint(30, 50)} {_d(r, 1)}{_l(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        f"54{_d(r, 4)}", f"53{_d(r, 4)}", f"7{_d(r, 4)}", f"2{_d(r, 5)}", f"41{_d(r, 4)}",
        f"5{_d(r, 4)}", f"FO {r.choice(['100', '470', '700', '800', '900'])}", f"29{_d(r, 3)}",
        f"9{_d(r, 4)}", f"41{_d(r, 3)}", f"8{_d(r, 3)}".translate(_BN), f"8{_d(r, 3)}",
        f"68{_d(r, 4)}", f"142{_d(r, 3)}", f"8{_d(r, 3)}",
    ]
    return r.choice(forms)


F42_VALUES = {
    "mrn": lambda r, h: r.choice([
        _d(r, 7), f"IHS {_d(r, 6)}", f"{_d(r, 2)}-{_d(r, 2)}-{_d(r, 2)}", f"RH{_d(r, 7)}",
        f"{_d(r, 5)}/{r.randint(2019, 2025)}", f"{r.randint(2019, 2025)}{_d(r, 6)}",
        f"NHC {_d(r, 6)}", f"IP/{_d(r, 4)}/{r.randint(19, 25)}", f"UHID{_d(r, 8)}",
        _d(r, 6).translate(_BN), f"{_l(r, 2)}{_d(r, 6)}"]),
    "health_plan": lambda r, h: r.choice([
        _d(r, 13), _d(r, 12), f"{_d(r, 5)}-{_d(r, 4)}", f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
        f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(30, 99)}{_d(r, 4)}",
        _d(r, 8), f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}", _d(r, 16),
        f"{r.choice('12')} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 3)} {_d(r, 3)} {_d(r, 2)}",
        f"80380{_d(r, 15)}", f"AN{_d(r, 10)}", f"91-{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}",
        f"{_d(r, 2)}-{_d(r, 9)}-{_d(r, 1)}", f"KASP{_d(r, 9)}", f"PSMAS/{_d(r, 7)}"]),
    "account": lambda r, h: r.choice([
        _d(r, 10), f"RO{_d(r, 2)} BTRL {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
        f"BA39 {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}", _d(r, 20),
        f"FI{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}",
        f"FO{_d(r, 2)} 6460 {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}",
        f"FR76 {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}",
        f"IT{_d(r, 2)} X{_d(r, 10)}{_d(r, 12)}", f"ES{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} "
        f"{_d(r, 2)} {_d(r, 10)}", f"{_d(r, 3)}-{_d(r, 6)}-{_d(r, 1)}", f"INV-{_d(r, 6)}"]),
    "licence": lambda r, h: r.choice([
        _d(r, 7), _d(r, 9), f"{_l(r, 1)}{_d(r, 8)}", f"{_d(r, 6)}-{_d(r, 3)}",
        f"GMC {_d(r, 7)}", f"{_l(r, 2)}{_d(r, 7)}", f"MDC/{_d(r, 5)}", f"{_d(r, 2)} {_d(r, 6)}",
        f"{_l(r, 2)}{_d(r, 2)} {_d(r, 11)}", f"TCMC-{_d(r, 5)}", f"{_l(r, 1)}{_d(r, 7)}"]),
    "vehicle": lambda r, h: r.choice([
        f"{_d(r, 1)}{_l(r, 1)} {_d(r, 2)}{_l(r, 1)}{_d(r, 1)}", f"{_l(r, 3)} {_d(r, 4)}",
        f"{_l(r, 3)}-{_d(r, 4)}", f"{_d(r, 2)}-{_d(r, 4)}{_l(r, 1)}", f"{_l(r, 3)} {_d(r, 3)}",
        f"SK{_d(r, 2)} {_l(r, 3)}", f"{r.choice(['AS', 'BA', 'NR', 'UE'])} {_d(r, 4)}-{_d(r, 2)}",
        f"B {_d(r, 3)} {_l(r, 3)}", f"{r.choice(['MS', 'HR', 'CV'])} {_d(r, 2)} {_l(r, 3)}",
        f"{_l(r, 1, 'AEJKMOT')}{_d(r, 2)}-{_l(r, 1, 'AEJKMOT')}-{_d(r, 3)}",
        f"{_d(r, 4)} {_l(r, 2)}-{r.choice('1234567')}",
        f"{_l(r, 1, 'АВЕКМНОРСТУХ')}{_d(r, 3)}{_l(r, 2, 'АВЕКМНОРСТУХ')} "
        f"{r.choice(['64', '164', '63', '34'])}",
        f"{_l(r, 3)}-{_d(r, 3)}", f"{_l(r, 2)} {_d(r, 3)}", f"{_l(r, 2)}-{_d(r, 3)}-{_l(r, 2)}",
        f"{_l(r, 2)} {_d(r, 3)} {_l(r, 2)}", f"{_d(r, 4)} {_l(r, 3, 'BCDFGHJKLMNPRSTVWXYZ')}",
        f"KL {_d(r, 2)} {_l(r, 2)} {_d(r, 4)}", f"PB {_d(r, 2)} {_l(r, 2)} {_d(r, 4)}",
        f"বরিশাল-{r.choice(['গ', 'হ', 'ল'])} {_d(r, 2)}-{_d(r, 4)}".translate(_BN)]),
    "vin": lambda r, h: f"{r.choice('123')}{_l(r, 4)}{_d(r, 5)}{_l(r, 1)}{_d(r, 6)}",
    "device": lambda r, h: r.choice([
        f"{_l(r, 3)}{_d(r, 6)}{_l(r, 1)}", f"SN {_d(r, 10)}", _d(r, 15),
        f"{_l(r, 2)}-{_d(r, 5)}-{_l(r, 1)}", f"{_d(r, 4)}{_l(r, 4)}{_d(r, 4)}",
        f"(21){_d(r, 9)}"]),
    "other_id": lambda r, h: r.choice([
        f"{r.choice('12')}{_d(r, 2)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_d(r, 6)}",
        f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}9{_d(r, 2)}17{_d(r, 4)}",
        f"{_d(r, 7)}{r.choice('ABCKEHM')}{_d(r, 3)}PB{_d(r, 1)}",
        f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)} {_d(r, 2)}",
        f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(30, 99)}-{_d(r, 3)}"
        f"{r.choice('ABCDEFHJKLMNPRSTUVWXY')}",
        f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(30, 99)}-{_d(r, 3)}",
        f"{_l(r, 6)}{r.randint(30, 99)}{_l(r, 1)}{r.randint(1, 28):02d}{_l(r, 1)}{_d(r, 3)}"
        f"{_l(r, 1)}", f"{_d(r, 8)}{_l(r, 1)}", _d(r, 10).translate(_BN), _d(r, 17),
        f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}", f"GHA-{_d(r, 9)}-{_d(r, 1)}",
        f"{_d(r, 2)}-{_d(r, 6)} {_l(r, 1)} {_d(r, 2)}", f"{_d(r, 4)}{r.choice('12')}{_d(r, 4)}",
        f"{_d(r, 3)}-{_d(r, 5)}", f"MMF-{_d(r, 6)}"]),
    "ssn": lambda r, h: r.choice([
        f"{r.randint(416, 424)}-{_d(r, 2)}-{_d(r, 4)}",
        f"{r.randint(252, 260)}-{_d(r, 2)}-{_d(r, 4)}",
        f"{r.randint(268, 302)} {_d(r, 2)} {_d(r, 4)}", f"{r.randint(516, 517)}{_d(r, 6)}"]),
    "phone": _f42_phone,
    "fax": _f42_phone,
    "email": lambda r, h: r.choice([
        "{g}.{s}{n}@example.com", "{s}_{g}@mail.example.org", "{g}{n}@example.net",
        "{s}.{g}@example.fo", "{g}-{s}@post.example.ro", "{s}{n}@example.fi",
        "{g}.{s}@example.in"]),
    "url": lambda r, h: r.choice([
        "https://www.example.com/{g}-{s}-benefit", "example.org/prayer-list/{s}{n}",
        "http://{s}.example.net/blog/{n}", "www.example.ro/{g}{n}",
        "https://example.fi/muistot/{s}", "https://www.facebook.example.com/{g}.{s}.{n}"]),
    "ip": lambda r, h: r.choice([
        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        f"198.51.100.{r.randint(1, 254)}",
        f"2001:db8:{r.randint(1, 65535):x}::{r.randint(1, 255):x}"]),
    "zip": _f42_zip,
    "date": _f42_date,
}

F42_CONNECTORS = [": ", " ", " no. ", " № ", " nr. ", " - ", ": #", " br. ", " = ", ":\t",
                  " (", " number: ", " -- "]

F42_FRAMES = ["{kv}.", "• {kv}", "{kv} (checked at registration)", "| {kw} | {v} |",
              "Copied from the front sheet: {kv}.", "{kw}\n{v}", "{kv}; HbA1c 7.9%.",
              "Administrative - {kv}", "{kw} .......... {v}", "-> {kv}", "{kv} / verified"]

F42_KEYWORDS = {
    "mrn": ["MRN", "IHS chart #", "unit no.", "hospital no", "№ ИБ", "номер истории болезни",
            "FO nr.", "foaie de observație", "broj historije bolesti", "sairauskertomus",
            "journal nr.", "IPP", "nosologico", "NHC", "UHID", "IP No.", "ভর্তি নং",
            "Hospital No.", "chart no."],
    "health_plan": ["Medicaid ID", "Alabama Medicaid #", "GA Medicaid no.", "AHCIP",
                    "PHIN", "CHI", "NHIS no.", "полис ОМС", "ОМС", "Kela-kortti",
                    "Heilsutrygd", "n° sécu", "tessera sanitaria", "NUHSA", "KASP card",
                    "ABHA", "PhilHealth PIN", "PSMAS member no.", "Ohio Medicaid ID"],
    "account": ["account no.", "acct", "IBAN", "cont IBAN", "р/с", "tilinumero", "konto",
                "RIB", "conto", "cuenta", "receipt no.", "billing acct #"],
    "licence": ["driver's license", "DL #", "passport", "GMC", "permis de conducere",
                "vozačka dozvola", "водительское удостоверение", "ajokortti", "patente",
                "carné de conducir", "MDC reg.", "TCMC reg. no.", "nursing licence"],
    "vehicle": ["tag", "plate", "tag number", "reg", "nr. de înmatriculare",
                "registarska oznaka", "госномер", "rekisterinumero", "immatriculation",
                "targa", "matrícula", "গাড়ির নম্বর", "plate no.", "VIN"],
    "device": ["serial no.", "S/N", "pacemaker serial", "IMEI", "sensor SN", "seria",
               "серийный №", "sarjanumero", "n° de série", "matricola", "nº de serie",
               "concentrator serial"],
    "other_id": ["CNP", "JMB", "JMBG", "личный номер", "асабісты нумар", "СНИЛС",
                 "henkilötunnus", "hetu", "p-tal", "codice fiscale", "DNI", "NID",
                 "জাতীয় পরিচয়পত্র নং", "Aadhaar", "ആധാർ", "ਆਧਾਰ", "Ghana Card",
                 "national ID", "Omang", "tribal enrollment #", "Métis citizenship no."],
    "ssn": ["SSN", "Social Security #", "SS no.", "social"],
    "phone": ["phone", "cell", "home #", "tel.", "mob.", "тел.", "puh.", "telefon",
              "portable", "cellulare", "móvil", "ফোন", "ഫോൺ", "ਫ਼ੋਨ", "numero"],
    "fax": ["fax", "fax #", "факс", "faksi", "télécopie", "fax no."],
}

F42_AFTER = ["{v} ({kw})", "{v} - {kw}", "{v} is her {kw}", "{v}, listed as the {kw},",
             "{v} [{kw} on the referral]"]

F42_SENTENCES = {
    "name": [
        "Mother {surname} was brought in by the deacons after service.",
        "Her {rel} {given} drove up from the coast to sit with her.",
        "{full} has been bedbound since the stroke; the church ladies visit on Tuesdays.",
        "We spoke to {given} on the porch; she manages his pills.",
        "Mr. {surname} came down off the ridge with chest pain.",
        "{full} (Crow) was brought by the CHR from the housing.",
        "Discussed with {full}, who interprets in Ukrainian for her baba.",
        "Mrs {surname} was seen at the croft; her {rel} {given} was present.",
        "{given} walked 6 km from the village with the baby on her back.",
        "Pacientul {full} a fost internat prin UPU.",
        "Pacijentica {full} primljena je na Interno odjeljenje.",
        "Potilas {full} tuotiin ambulanssilla.",
        "Mme {surname} est suivie en HAD depuis mars.",
        "La sig.ra {full} vive da sola con la badante.",
        "Acude {full} acompañada de su {rel}.",
        "Si {given} gidala sa iyang {rel} sa health center.",
        "Dr. {surname} from the district hospital phoned the registrar.",
        "Seen with {given} and {given}, the two grandchildren.",
    ],
    "address": [
        "Lives at [[address:{n} {street} Road]], a trailer past the church.",
        "Home: [[address:{n} County Road {n2}]]",
        "Found on the porch at [[address:{n} {street} Street]] by the mail carrier.",
        "Address: [[address:{n} {street} Hollow Rd]]",
        "Lives at [[address:Box {n}, Rural Route {n2}]] off the highway.",
        "Croft at [[address:{n} {street} Road]] - no mobile signal.",
        "Domiciliu: [[address:str. Mihai Viteazul nr. {n}]]",
        "Lakcím: [[address:Kossuth Lajos utca {n2}.]]",
        "Adresa: [[address:Ulica Maršala Tita {n}]]",
        "Адрес: [[address:ул. Чапаева, д. {n2}, кв. {n}]]",
        "Адрас: [[address:вул. Савецкая, {n2}]]",
        "Osoite: [[address:Rantatie {n2} B {n}]]",
        "Bústaður: [[address:Við Gjógv {n2}]]",
        "Domicile : [[address:{n2} rue de Brest]]",
        "Residenza: [[address:via Vittorio Emanuele {n}]]",
        "Domicilio: [[address:C/ Real, {n}, 2º B]]",
        "[[address:Purok {n2}, Rizal Street]] - sa balay sa iyang anak.",
    ],
    "place": [
        "A retired pulpwood cutter from {city} presented with a fever.",
        "She moved back to {city} to be near her people.",
        "He drove down from {city} the night before.",
        "Transferred from {city} by road; 3 hours on gravel.",
        "Born in {city}, she worked in the mill for 40 years.",
        "Out of {city}, the nearest CT is 2 hours away.",
        "Pacienta locuiește în satul {city}.",
        "Живёт в {city}, ухаживает дочь.",
        "Kotoisin {city}, asuu yksin.",
        "Originaire de {city}, ancien marin-pêcheur.",
        "Residente a {city}, pensionata.",
        "Vecina de {city}, vive con su hija.",
        "Taga-{city} siya, nag-uma.",
        "She was flown from [[place:Tvøroyri]] to [[place:Landssjúkrahúsið]].",
        "Referred by [[place:Holzer Medical Center]] for a second opinion.",
        "Came via [[place:Crow/Northern Cheyenne IHS Hospital]] on a Medicaid van.",
        "Reviewed at [[place:Raigmore Hospital]] and sent home to {city}.",
        "Перевод из г. [[place:Сызрань]] в областную больницу.",
        "রোগী [[place:লালমোহন]] থেকে এসেছেন।",
        "ഇദ്ദേഹം [[place:ചങ്ങനാശ്ശേരി]] സ്വദേശിയാണ്.",
        "ਮਰੀਜ਼ [[place:ਮੋਗਾ]] ਤੋਂ ਆਇਆ ਹੈ।",
    ],
    "zip": ["ZIP {v} on the Medicaid card.", "Postcode {v}; no mobile signal at the croft.",
            "Postal code {v}.", "Cod poștal {v}.", "Почтовый индекс {v}.", "Postinumero {v}.",
            "Code postal : {v}", "CAP {v}", "C.P. {v}", "PIN {v}", "Zip code {v}"],
    "date": ["Admitted {v}.", "DOB: {v}", "Seen in clinic {v} 10:15 with her daughter.",
             "Discharged {v} on apixaban.", "Internată la {v}.", "Data nașterii: {v}",
             "Datum prijema: {v}", "Дата поступления: {v}", "Syntymäaika {v}",
             "Føðingardagur: {v}", "Entrée le {v}.", "Ricoverata il {v}.",
             "Fecha de ingreso: {v}", "ভর্তির তারিখ: {v}", "തീയതി: {v}", "ਦਾਖਲਾ ਮਿਤੀ: {v}",
             "Petsa sa pag-admit: {v}", "| Date of death | {v} |", "Died {v} 03:40 at home."],
    "ssn": ["Her SSN is {v}.", "{v} is the Social Security number on the Medicaid form.",
            "Social Security no. {v} (from the card in her Bible)."],
    "mrn": ["His chart number is {v}.", "IHS chart {v} pulled from Lame Deer.",
            "Foaia de observație nr. {v}.", "История болезни № {v}.",
            "Nosologico {v}.", "NHC: {v}", "Hospital No. {v} on the wristband."],
    "health_plan": ["Her Medicaid ID is {v}.", "CHI {v} checked on the portal.",
                    "AHCIP {v}, coverage active.", "Полис ОМС № {v}.",
                    "Tessera sanitaria n. {v}.", "NUHSA {v}.", "PhilHealth PIN {v}.",
                    "NHIS card {v} was expired."],
    "account": ["Payment went to account {v}.", "IBAN {v} for the co-pay refund.",
                "Receipt {v} given for the ambulance fee.", "Расчётный счёт {v}."],
    "licence": ["Her driver's license {v} was in her pocketbook.",
                "Passport {v} for the medevac.", "Reviewing doctor GMC {v}.",
                "Permis de conducere {v}."],
    "vehicle": ["His pickup, tag {v}, was found in the ditch.", "The car ({v}) left the road.",
                "Госномер {v} записан в протоколе.", "The truck's VIN {vin} was noted.",
                "Matrícula {v}; accidente en la A-92.",
                "The trotro {v} overturned near the junction."],
    "device": ["Pacemaker serial {v} interrogated in clinic.", "O2 concentrator SN {v} on loan.",
               "CGM sensor {v} fell off in the shower.", "Insulin pump serial {v}, downloaded."],
    "other_id": ["CNP {v} pe biletul de trimitere.", "СНИЛС {v}.", "Henkilötunnus {v}.",
                 "Codice fiscale {v}.", "DNI {v}.", "Omang {v} seen.", "Ghana Card {v}.",
                 "Tribal enrollment {v} on file.", "Aadhaar {v} linked."],
    "phone": ["Call her granddaughter at {v}.", "Church secretary's number: {v}",
              "Тел. дочери {v}.", "Puh. {v} (poika).", "Telefon {v}.", "Cell {v} - may not "
              "have signal.", "WhatsApp {v}."],
    "fax": ["Fax the records to {v}.", "Send the discharge by fax: {v}", "Факс {v}."],
    "email": ["She emailed the pictures from {v}.", "Contact: {v}", "E-mail: {v}",
              "Sähköposti: {v}"],
    "url": ["Her church set up a benefit page at {v}.", "The family posts updates on {v}.",
            "Video of the seizure was uploaded to {v}."],
    "ip": ["The home monitor uploaded from {v}.", "Telehealth login from {v}.",
           "Remote session from IP {v} dropped twice."],
}

F42_REFERENCES = [
    "Similar presentations were reported in rural Alabama (https://doi.org/10.1097/SMJ.{n}).",
    "See https://pubmed.ncbi.nlm.nih.gov/3{n}{n2}/ for the Appalachian cohort.",
    "Guidelines: https://www.sign.ac.uk/our-guidelines/sign-{n2}/.",
    "This was described in the Finnish registry (doi.org/10.1080/07853890.20{n2}.{n}).",
    "Cf. https://www.ncbi.nlm.nih.gov/pmc/articles/PMC{n}{n}/ for the Kerala series.",
]

F42_STYLES = [
    "{body}",
    "{body}",
    "HOME HEALTH VISIT NOTE\n{body}\nNext visit in 1 week.",
    "Case for discussion (rural medicine board):\n{body}\nThoughts welcome.",
    "IHS OUTPATIENT ENCOUNTER\n{body}",
    "HANDOVER - MEDICAL RECEIVING\n{body}\nJobs: bloods, chase CXR.",
    "DISCHARGE SUMMARY\n{body}\nFollow up with GP.",
    "EPICRIZĂ\n{body}\nRecomandări: control peste 1 lună.",
    "OTPUSNO PISMO\n{body}\nPreporuka: kontrola za 2 sedmice.",
    "ВЫПИСНОЙ ЭПИКРИЗ\n{body}\nРекомендовано: наблюдение терапевта.",
    "EPIKRIISI\n{body}\nJatkohoito terveyskeskuksessa.",
    "COMPTE RENDU D'HOSPITALISATION\n{body}\nBien confraternellement.",
    "LETTERA DI DIMISSIONE\n{body}\nCordiali saluti.",
    "INFORME DE ALTA\n{body}\nRevisión en consultas externas.",
    "ছাড়পত্র\n{body}",
    "Nursing note 22:00 -\n{body}",
    "REFERRAL LETTER\n{body}\nYours sincerely,",
]

F42_PART = Part("fresh42", F42_VOCABULARY, F42_CONNECTORS, F42_FRAMES, F42_KEYWORDS,
                F42_SENTENCES, F42_AFTER, F42_REFERENCES, True, values=F42_VALUES,
                age=_f42_age, styles=F42_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh42-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    # ---------------------------------------------------------------- English settings
    ("alabama-home-health",
     "HOME HEALTH - SKILLED NURSING VISIT\nPatient: [[name:Odessa Pettway]]  DOB "
     "[[date:4/11/1931]]  ([[age:93]])\nSSN [[ssn:419-36-2284]]  Alabama Medicaid "
     "[[health_plan:5023178840142]]\nAddress: [[address:1418 Old Dothan Road]], [[place:Eufaula]],"
     " AL [[zip:36027]]\nMother [[name:Pettway]] was sitting up in the front room, Bible open. "
     "Her granddaughter [[name:Keisha]] gives the insulin; her son [[name:Roosevelt]] drives her "
     "to dialysis in [[place:Dothan]] M/W/F.\nBP 168/94, CBG 212. Call [[phone:(334) 555-0187]] "
     "if she misses a run."),
    ("georgia-church-list",
     "Sick and shut-in list, read after service - please visit:\n- Deacon [[name:Cleveland "
     "Dubose]], [[address:207 Tabernacle St]], back home from [[place:Phoebe Sumter Medical "
     "Center]] after the amputation\n- Sister [[name:Lurleen Hodges]], still at the nursing home "
     "in [[place:Cordele]], turned [[age:96]] on [[date:March 2]]\n- Mother [[name:Willie Mae "
     "Jackson]] - dialysis, rides with Brother [[name:Earl Gaines]]\nNurse's note added for the "
     "case board: the deacon's A1c was 11.8% and he still goes to the fish fry."),
    ("georgia-ed",
     "ED NOTE - rural critical access hospital, south GA\n[[age:91 y/o]] M, BIBA from home in "
     "[[place:Hazlehurst]] after his wife found him down in the yard. Tx'd to "
     "[[place:Memorial Health University Medical Center]]. GA Medicaid [[health_plan:"
     "331904226718]], SSN [[ssn:256 41 7730]]. Wife [[name:Bertha]] at [[phone:(912) 555-0134]]. "
     "Truck (tag [[vehicle:CTK 4172]]) left running in the drive; sheriff notified.\n"
     "CT head: SDH 9 mm, midline shift 4 mm."),
    ("ohio-appalachia",
     "Case board post (family medicine): 64M, retired from the strip mine, lives up "
     "[[address:Coal Hollow Rd]] outside [[place:McArthur]], Vinton Co., OH [[zip:45651]]. "
     "Presented to [[place:Hocking Valley Community Hospital]] with exertional dyspnoea; CXR "
     "shows PMF. His wife [[name:Brenda Roush]] asks whether black lung benefits need the "
     "spirometry report. Ohio Medicaid ID [[health_plan:104455219873]]. Thoughts on "
     "nintedanib?"),
    ("ohio-hospice",
     "HOSPICE ADMISSION\n[[name:Delbert Shamblin]], [[age:90-year-old]] veteran, "
     "[[address:38 Jackson Pike]], [[place:Gallipolis]]\nDOB [[date:02/17/1934]]; SSN "
     "[[ssn:287-55-1046]]; VA file no. noted separately.\nO2 concentrator serial "
     "[[device:INV-2209-K4417]]; POA is his nephew [[name:Darrell Shamblin]] "
     "([[phone:740-555-0162]])."),
    ("montana-ihs",
     "IHS OUTPATIENT ENCOUNTER - [[place:Crow/Northern Cheyenne IHS Hospital]]\nPt: "
     "[[name:Marlene Old Coyote]]  Chart [[mrn:CA-041877]]  Tribal enrollment [[other_id:"
     "C-11482]]\nLives in [[place:Pryor]] with her grandson [[name:Tyson]]; the CHR "
     "[[name:Verna Two Leggins]] brings her to clinic.\nMedicaid [[health_plan:"
     "0781124439]]. Seen [[date:Tuesday 1/14/2025 09:20]] for a diabetic foot ulcer; "
     "probe-to-bone positive."),
    ("montana-transfer",
     "Transfer call log: [[age:94 yo]] F from [[place:Lame Deer]] to [[place:Billings Clinic]] "
     "by fixed wing. Sending: Dr [[name:Hollowbreast]]. Ambulance plate [[vehicle:"
     "29-4127A]]. Family contact [[name:Wilbert Little Wolf]] at [[phone:406-555-0179]]."),
    ("alberta-ukrainian",
     "REFERRAL - Internal Medicine\nRe: [[name:Stefania Fedoriuk]], DOB [[date:1930-08-22]], "
     "AHCIP [[health_plan:40211-7736]]\n[[address:4812 50 Avenue]], [[place:Vegreville]], AB "
     "[[zip:T9C 1M4]]\nThis [[age:94-year-old]] widow speaks mostly Ukrainian; her daughter "
     "[[name:Olena Hrynchuk]] interprets ([[phone:780 555 0119]]). Seen at [[place:St. "
     "Joseph's General Hospital]] with recurrent falls; orthostatic drop 32 mmHg."),
    ("manitoba-metis",
     "Nursing station note, [[place:St. Laurent]], MB\n[[name:Marie-Rose Chartrand]], PHIN "
     "[[health_plan:118 442 907]], Métis citizenship no. [[other_id:MMF-204471]].\nHer "
     "son [[name:Louis]] brought her in from the lake after 3 days of cough; SpO2 86%. "
     "Medevac to [[place:Dauphin Regional Health Centre]] requested; fax summary to "
     "[[fax:204 555 0148]]."),
    ("highland-gp",
     "Dear Dr [[name:Munro]],\nRe: [[name:Morag MacLeod]], CHI [[health_plan:1203341162]], "
     "[[address:3 Strathpeffer Road]], [[place:Dingwall]] [[zip:IV15 9QF]]\nThank you for "
     "seeing this [[age:90-year-old]] crofter's widow who lives alone above the firth. "
     "Her nephew [[name:Hamish Fraser]] (tel [[phone:01349 862417]]) visits weekly.\nYours "
     "sincerely,\n[[name:Catriona Mackenzie]], GP"),
    ("highland-retrieval",
     "Retrieval log: 71M from [[place:Lochinver]], STEMI, thrombolysed at 14:12 by the "
     "paramedic; road to [[place:Raigmore Hospital]]. Car reg [[vehicle:SK19 LMN]] left at the "
     "pier. Wife [[name:Ishbel]] on [[phone:07700 900417]]."),
    ("ghana-nkoranza",
     "Case presented at district grand rounds, [[place:St. Theresa's Hospital]], "
     "[[place:Nkoranza]]:\nA 9-year-old boy from [[place:Dromankese]] with sickle cell "
     "disease (HbSS) and a painful crisis. Mother, Maame [[name:Akosua Boatemaa]], sells "
     "yam at the market; father [[name:Kwabena Owusu-Ansah]] farms cashew. NHIS "
     "[[health_plan:07214498]], Ghana Card [[other_id:GHA-718204436-3]].\nMother's line: "
     "[[phone:024 412 3390]]."),
    ("ghana-rta",
     "RTA: passengers from a trotro, reg [[vehicle:UE 4172-19]], overturned near "
     "[[place:Bawku]]. One elderly woman, [[name:Abiba Seidu]], said to be [[age:92]], with "
     "a femoral neck fracture. Son [[name:Ibrahim]] on [[phone:+233 20 441 7728]]."),
    ("sierra-leone",
     "Referral from [[place:Kenema Government Hospital]] to [[place:Connaught Hospital]]\n"
     "Name: [[name:Fatmata Kamara]], F, 34\nAddress: [[address:14 Hangha Road]], "
     "[[place:Kenema]]\nLassa fever ruled out (PCR negative); severe anaemia Hb 4.1. "
     "Husband [[name:Foday Sesay]] [[phone:+232 76 448190]]. Sent by ambulance "
     "[[vehicle:AKM 417]] on [[date:12 February 2025]]."),
    ("zimbabwe",
     "DISCHARGE - [[place:Chipinge District Hospital]]\nPatient [[name:Rudo Chikomba]] "
     "(Mrs), national ID [[other_id:08-412733 F 42]], PSMAS [[health_plan:PSMAS/0447182]]\n"
     "From [[place:Chimanimani]], admitted [[date:03/11/2024]] with cryptococcal meningitis, "
     "CD4 41. Next of kin [[name:Tendai Moyo]] [[phone:+263 77 441 2093]]."),
    ("botswana",
     "Clinic referral - [[place:Mahalapye District Hospital]]\nMma [[name:Kefilwe Mosweu]], "
     "Omang [[other_id:384227615]], from [[place:Shoshong]]. [[age:91 years]]; hypertensive "
     "urgency 220/120. Rra [[name:Onalenna Kgosi]], her son, drove her in (plate "
     "[[vehicle:B 412 AKL]]); call [[phone:+267 71 448 203]]."),
    ("png-goroka",
     "ward round, [[place:Goroka Provincial Hospital]], medical ward\n[[name:Kila Wari]], from "
     "[[place:Asaro]] village - pigbel (enteritis necroticans) in a 12-year-old after a "
     "mumu. Wantok [[name:Joe Yapao]] stays with him; mobile [[phone:+675 7412 3390]]. Paid "
     "receipt [[account:INV-204417]] for the CT at [[place:Mt Hagen Provincial Hospital]]."),
    ("png-wewak-email",
     "From: [[email:m.kaupa@example.com]]\nTo: medical registrar\nSubject: transfer\n"
     "Dear doctor, my aunt [[name:Mary Kaupa]] is at [[place:Boram Hospital]] in "
     "[[place:Wewak]] with TB meningitis. Her NID is [[other_id:LAB-204417]]. Please can she "
     "come to [[place:Port Moresby]]? Thank you, [[name:Rosa Kaupa]]"),
    # ---------------------------------------------------------------- other languages
    ("transylvania-romanian",
     "EPICRIZĂ - [[place:Spitalul Municipal Sighișoara]], Secția Medicină Internă\nPacienta "
     "[[name:Moldovan Ioana]], CNP [[other_id:2300519264518]], în vârstă de [[age:94 de ani]], "
     "domiciliată în [[place:Daneș]], [[address:str. Morii nr. 12]], jud. Mureș.\nInternată "
     "la [[date:14 martie 2024]], externată la [[date:22 martie 2024]]. Fiica, [[name:Elena "
     "Muntean]], tel. [[phone:0745 412 339]]."),
    ("transylvania-hungarian",
     "ZÁRÓJELENTÉS - belgyógyászat\nBeteg: [[name:Kovács Erzsébet]], [[age:92 éves]], "
     "[[place:Székelyudvarhely]], [[address:Kossuth Lajos utca 41.]]\nSzületési idő: "
     "[[date:1932. április 8.]]; CNP [[other_id:2320408194417]]\nBasedow-kór, pitvarfibrilláció."
     " Fia, [[name:Szabó Lajos]] ([[phone:+40 266 412 339]]), hozta be."),
    ("bosnia-latin",
     "OTPUSNO PISMO - [[place:Opća bolnica Tešanj]]\nPacijent: [[name:Nedžad Halilović]], JMB "
     "[[other_id:1503931174012]], star [[age:93 godine]]\nAdresa: [[address:Ulica Titova 18]], "
     "[[place:Jelah]]\nPrimljen [[date:3. 2. 2025.]], otpušten [[date:11. 2. 2025.]] Kćerka "
     "[[name:Emina Mujkić]], tel. [[phone:061/412-339]]."),
    ("bosnia-cyrillic",
     "ОТПУСНА ЛИСТА - [[place:Болница Свети апостол Лука]], [[place:Добој]]\nПацијенткиња "
     "[[name:Драгана Ђурић]], ЈМБ [[other_id:2207929105024]], стара [[age:95 година]], из "
     "[[place:Кожуха]]. Син [[name:Милорад]], тел. [[phone:065/441-208]]. Возило "
     "[[vehicle:K41-J-208]] паркирано испред Хитне."),
    ("belarus-belarusian",
     "ВЫПІСКА - [[place:Лідская цэнтральная раённая бальніца]]\nПацыентка [[name:Ганна "
     "Кавалёва]], [[age:93 гады]], асабісты нумар [[other_id:4120332A041PB7]]\nЖыве ў вёсцы "
     "[[place:Бердаўка]]; дачка [[name:Алеся]] тэл. [[phone:+375 29 412-33-90]].\nХвароба "
     "Паркінсона, дэменцыя."),
    ("belarus-russian",
     "Выписной эпикриз. [[name:Ковалевич Наталья Ивановна]], [[date:12.05.1933]] г.р., "
     "[[age:91 год]]. Адрес: [[address:ул. Ленина, д. 41, кв. 7]], [[place:Пинск]] "
     "[[zip:225710]]. Поступила [[date:03.02.2025]] в 14:20 из г.п. [[place:Логишин]]."),
    ("volga-epicrisis",
     "ВЫПИСНОЙ ЭПИКРИЗ - ГБУЗ [[place:Хвалынская районная больница]]\n[[name:Зуева Валентина "
     "Петровна]], [[age:96 лет]], СНИЛС [[other_id:112-447-208 41]], полис ОМС "
     "[[health_plan:6451208844710032]]\n[[address:ул. Чапаева, д. 12]], [[place:Хвалынск]], "
     "Саратовская область [[zip:412780]]\nНаходилась на лечении с [[date:14 января 2025]] по "
     "[[date:27 января 2025]]. Сын [[name:Фёдор Краснов]], тел. [[phone:8 (84595) 2-41-77]]."),
    ("volga-ambulance",
     "Карта вызова СМП: вызов в [[place:Вольск]], [[address:ул. Комсомольская, д. 9]]. "
     "Пострадавший [[name:Краснов Илья]] сбит автомобилем [[vehicle:А412ВС 164]]. "
     "Водительское удостоверение [[licence:64 27 441208]]."),
    ("finland-lakes",
     "EPIKRIISI - [[place:Savonlinnan keskussairaala]], sisätautien osasto\n[[name:Eila "
     "Räsänen]], hetu [[other_id:120331-4162]], [[age:93-vuotias]] leski [[place:Sulkavalta]].\n"
     "Osoite: [[address:Rantatie 14]], [[zip:58700]] [[place:Sulkava]]. Tytär [[name:Aino "
     "Hämäläinen]] puh. [[phone:040 412 3390]]. Tulo [[date:14.3.2025]], lähtö "
     "[[date:21.3.2025]]."),
    ("finland-ambulance",
     "Ensihoitokertomus: [[name:Tapio Kärkkäinen]], 78, kaatui mökkilaiturilla "
     "[[place:Rantasalmella]]. Auto [[vehicle:KTR-472]] jäi pihaan. Vaimo [[name:Leena]] "
     "puh. [[phone:+358 15 441 208]]."),
    ("faroe",
     "ÚTSKRIVINGARBRÆV - [[place:Klaksvíkar Sjúkrahús]]\n[[name:Jógvan Joensen]], p-tal "
     "[[other_id:140330-417]], [[age:94 ár]] gamal, býr í [[place:Norðdepil]].\nInnlagdur "
     "[[date:3. mars 2025]]; lungnabruni. Dóttirin [[name:Rannvá Hansen]], tlf. "
     "[[phone:+298 412339]]. Báturin [[vehicle:KG 412]] liggur í havnini."),
    ("brittany",
     "COMPTE RENDU D'HOSPITALISATION - [[place:Centre hospitalier de Carhaix]]\nMme "
     "[[name:Gwenaëlle Le Goff]], née le [[date:8 juin 1931]], [[age:93 ans]], demeurant "
     "[[address:lieu-dit Kerbastard]], [[zip:29270]] [[place:Plounévézel]].\nN° sécu "
     "[[health_plan:2 31 06 29 146 417 22]]. Son fils [[name:Yann Kerhervé]] (tél. "
     "[[phone:02 98 41 23 39]]) l'a trouvée au sol le [[date:mardi 4 février 2025]]."),
    ("brittany-boat",
     "Transmission IDE : M. [[name:Loïc Le Bihan]], marin-pêcheur de [[place:Douarnenez]], "
     "chute sur le pont du [[vehicle:DZ 924117]]. IPP [[mrn:29004417]]. Maladie de Horton "
     "connue."),
    ("sicily",
     "LETTERA DI DIMISSIONE - [[place:Ospedale Gravina e Santo Pietro]], [[place:Caltagirone]]\n"
     "Sig.ra [[name:Concetta Lo Presti]], [[age:95 anni]], C.F. [[other_id:LPRCCT29R56B428K]], "
     "nosologico [[mrn:2025004417]]\nResidente in [[address:via Vittorio Emanuele 41]], "
     "[[zip:95041]] [[place:Caltagirone]]. Il nipote [[name:Salvatore Cusumano]] "
     "([[phone:+39 347 412 3390]])."),
    ("andalusia",
     "INFORME DE ALTA - [[place:Hospital de la Serranía]], [[place:Ronda]]\nPaciente: "
     "[[name:Dolores Montoya Heredia]], [[age:92 años]], NUHSA [[health_plan:AN0412339017]], "
     "DNI [[other_id:24117730E]]\nDomicilio: [[address:C/ Real, 14]], [[zip:29400]] "
     "[[place:Ronda]]\nIngreso: [[date:14 de marzo de 2025]]. Contacto: su hija "
     "[[name:Rocío]], [[phone:652 412 339]]."),
    ("bangladesh",
     "ছাড়পত্র - [[place:শের-ই-বাংলা মেডিকেল কলেজ হাসপাতাল]], [[place:বরিশাল]]\nরোগীর নাম: "
     "[[name:মোছাম্মৎ রহিমা খাতুন]], বয়স: [[age:৯১ বছর]]\nজাতীয় পরিচয়পত্র নং: "
     "[[other_id:৪১২৩৩৯০২০৮]]\nঠিকানা: গ্রাম [[place:চরফ্যাশন]], জেলা ভোলা\nভর্তির তারিখ: "
     "[[date:১৪/০৩/২০২৫]]\nছেলে [[name:আব্দুল করিম হাওলাদার]], মোবাইল [[phone:০১৭১২-৪১২৩৩৯]]"),
    ("kerala",
     "ഡിസ്ചാർജ് സമ്മറി - [[place:മെഡിക്കൽ കോളേജ് ആശുപത്രി, ആലപ്പുഴ]]\nരോഗി: [[name:മറിയാമ്മ "
     "ജോസഫ്]], [[age:92 വയസ്സ്]]\nആധാർ: [[other_id:4821 3390 1276]], KASP card "
     "[[health_plan:KASP204417339]]\nവിലാസം: [[address:പുത്തൻപുരയ്ക്കൽ വീട്]], "
     "[[place:കൈനകരി]] [[zip:688501]]\nമകൻ [[name:തോമസ്]] ഫോൺ [[phone:+91 94470 41233]]."),
    ("punjab",
     "ਡਿਸਚਾਰਜ ਸਾਰ - [[place:ਗੁਰੂ ਗੋਬਿੰਦ ਸਿੰਘ ਮੈਡੀਕਲ ਕਾਲਜ ਹਸਪਤਾਲ]], [[place:ਫਰੀਦਕੋਟ]]\nਮਰੀਜ਼: "
     "ਸ. [[name:ਹਰਭਜਨ ਸਿੰਘ ਸੰਧੂ]], ਉਮਰ [[age:90 ਸਾਲ]]\nਆਧਾਰ [[other_id:7730 4412 2081]], ABHA "
     "[[health_plan:91-4412-2081-7730]]\nਪਿੰਡ [[place:ਢੁੱਡੀ]]। ਪੁੱਤਰ [[name:ਗੁਰਮੀਤ ਸਿੰਘ]], "
     "ਫ਼ੋਨ [[phone:+91 98140 41233]]। ਟਰੈਕਟਰ [[vehicle:PB 04 AK 4172]]।"),
    ("mindanao",
     "Discharge summary - [[place:Bukidnon Provincial Hospital]], [[place:Malaybalay]]\n"
     "Pasyente: [[name:Nenita Bacalso]], [[age:91 anyos]], PhilHealth PIN "
     "[[health_plan:12-204417339-1]]\nGipuy-an: [[address:Purok 4, Rizal Street]], Brgy. "
     "[[place:Casisang]]\nGi-admit [[date:Marso 14, 2025]]; pneumonia. Iyang anak nga si "
     "[[name:Junrey Cabahug]], [[phone:0917 412 3390]]."),
    ("whatsapp-volga",
     "[[[date:14.01.2025 22:41]]] [[name:Ольга Краснова]]: доктор, маме [[age:97 лет]], "
     "давление 80/50, что делать?\n[[[date:14.01.2025 22:44]]] [[name:Ирина Сергеевна]]: "
     "вызывайте скорую, 103."),
    ("telehealth-log",
     "Telehealth session log - [[place:Browning]] satellite clinic\nPatient [[name:Darlene "
     "Spotted Eagle]], IHS chart [[mrn:IHS 441208]]; connection from [[ip:10.42.17.208]]; "
     "photo of the wound uploaded to [[url:https://portal.example.org/wounds/4172]].\nDaughter's"
     " e-mail [[email:d.spottedeagle@example.net]]."),
    ("fax-cover",
     "FAX COVER SHEET\nTo: Dr [[name:Tillman]], [[place:Medical Center Barbour]]\nFax: "
     "[[fax:(334) 555-0146]]\nFrom: Wound clinic\nRe: [[name:Earl Gaines]], DOB "
     "[[date:09/03/1932]]\nPages: 4 (including cover). CONFIDENTIAL."),
    ("sicily-pacemaker",
     "Controllo PM: sig. [[name:Rosario Messina]], residente a [[place:Licata]]; PMK "
     "matricola [[device:PJN412339S]]; batteria 7 anni. Telemonitoraggio da [[ip:192.168.41."
     "208]]."),
    ("andalusia-pump",
     "Hospital de Día de Diabetes, [[place:Écija]]: bomba de insulina nº de serie "
     "[[device:NG4123390H]]; el sensor se cayó el [[date:3 de febrero de 2025]]."),
    # ---------------------------------------------------------------- clean
    ("clean-alabama",
     "DISCHARGE MEDICATIONS\nMetformin 1000 mg BID, glipizide 10 mg daily, lisinopril 40 mg, "
     "amlodipine 10 mg, atorvastatin 40 mg. Hgb A1c 11.2%. Sickle cell trait. Charcot foot on "
     "the left; offloading boot. Follow up in 2 weeks with wound care. 88-year-old husband "
     "at home; the church brings meals."),
    ("clean-ohio",
     "PULMONARY FUNCTION: FEV1 1.42 L (48%), FVC 2.61 L (63%), FEV1/FVC 0.54, DLCO 41%. "
     "ILO 2/2 q/r, large opacity category B. Coal workers' pneumoconiosis; Caplan syndrome "
     "considered. 6MWT 240 m, nadir SpO2 84%."),
    ("clean-montana",
     "DIABETES FLOWSHEET: A1c 9.8 -> 8.4 -> 7.6%. UACR 412 mg/g. Monofilament 4/10 right. "
     "Semaglutide 1 mg weekly. Diabetic foot, Wagner grade 2. Clinic hours 8-4:30."),
    ("clean-highland",
     "MEDICAL RECEIVING - WARD 7C\nCURB-65 3; NEWS2 7; Rockwood CFS 6. Amoxicillin 1 g TDS "
     "and clarithromycin 500 mg BD. Addisonian crisis excluded (cortisol 612 nmol/L). "
     "Dupuytren contracture noted incidentally."),
    ("clean-ghana",
     "Malaria RDT positive (P. falciparum), parasitaemia 4%; artesunate 2.4 mg/kg at 0, 12 and "
     "24 h. Hb 6.2 g/dL, 1 unit whole blood. Burkitt lymphoma excluded. Buruli ulcer "
     "category II."),
    ("clean-romanian",
     "DIAGNOSTIC LA EXTERNARE: Boala Parkinson stadiul Hoehn-Yahr 3; Sindrom Cushing exclus. "
     "Tratament: levodopa/carbidopa 250/25 mg de 3 ori pe zi. Scor MMSE 21/30. Pacienta de 89 "
     "de ani."),
    ("clean-bosnian",
     "DIJAGNOZA: Hashimotov tireoiditis, Addisonova bolest isključena. TSH 12,4; fT4 8,1. "
     "Odjel za endokrinologiju, soba 4. Tlak 140/90 mmHg, puls 88/min."),
    ("clean-russian",
     "ДИАГНОЗ: ИБС, стенокардия напряжения ФК III. Болезнь Иценко-Кушинга исключена. "
     "Холестерин 6,4 ммоль/л, ЛПНП 4,1. Шкала SCORE 12%. Больной 87 лет."),
    ("clean-finnish",
     "DIAGNOOSIT: Parkinsonin tauti (G20), eteisvärinä (I48.9). CHA2DS2-VASc 4. Osasto 3B, "
     "huone 12. Kelan erityiskorvattava lääke. Potilas on 88-vuotias."),
    ("clean-french",
     "CONCLUSION : maladie de Horton corticosensible ; syndrome de Sjögren exclu. VS 12 mm à "
     "J15. Prednisone 0,7 mg/kg/j. Service de Médecine Interne, unité B, chambre 214."),
    ("clean-italian",
     "DIAGNOSI: morbo di Cooley, morbo di Basedow pregresso. Ferritina 1.850 ng/mL. Reparto "
     "di Medicina Generale, letto 12. Scala di Braden 14. La paziente ha 86 anni."),
    ("clean-bengali",
     "রোগ নির্ণয়: ডেঙ্গু জ্বর, প্লাটিলেট ৪২,০০০; কাওয়াসাকি রোগ বাদ দেওয়া হয়েছে। প্যারাসিটামল "
     "৫০০ মি.গ্রা. দিনে ৩ বার। মেডিসিন ওয়ার্ড, বেড ১২।"),
    # ---------------------------------------------------------------- reference paragraph
    ("discussion-refs",
     "Discussion: pigbel is still reported from the highlands (https://doi.org/10.1093/trstmh/"
     "trz041) and coal workers' pneumoconiosis is resurging in Appalachia "
     "(https://pubmed.ncbi.nlm.nih.gov/30112448/); see also the Finnish registry report "
     "(doi.org/10.1080/07853890.2021.1900412).", "discussion"),
]

F42_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH42: tuple[Note, ...] = build(F42_PART, per_category=26, clean=120, references=8) + F42_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH42 for e in n.expected)
    print(len(FRESH42), "notes,", sum(1 for n in FRESH42 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

"""FRESH25: a blind test part of synthetic clinical notes with labelled PHI spans, built with
tests/phi/generated.py's framework (Vocabulary, Part, build) to measure the PHI scanner once.

Written blind by a twenty-first author, who read only tests/phi/generated.py (the framework:
Vocabulary, Part, build, CATEGORY_ORDER, and its module docstring), tests/phi/corpus.py (the
Note type, the span conventions, parse, evaluate), the de-identification section of the
project's domain notes (45 CFR 164.514(b)(2) Safe Harbor), the module docstrings of
tests/phi/fresh16_notes.py to fresh24_notes.py (their conventions and settings, read with
ast.get_docstring) and the wiring lines of fresh16_notes.py (its Part, _letter, letters tuple,
build and __main__ lines); not the scanner, its patterns, name lists, model or data, its
benchmark (bench/), its tests, the body of any other fresh part (fresh26 included), nor their
git history; the scanner was not run while writing it, nor on its notes, nor imported. Its
vocabulary, value shapes, keywords, connectors, frames, note styles and hand-written letters
are this author's own, in the mix a global case-discussion board sees: about half
English-language settings in places earlier docstrings do not name (rural Nebraska with a US
SSN and Medicare, Manitoba, North Yorkshire's coast, Queensland cane country, Assam, Kano,
Limpopo, Kisumu and Nakuru, Ilocos Norte) and half non-English settings that generated.py's and
fresh16-24's docstrings do not name, in their languages: Extremadura (Spanish, NHC, DNI,
tarjeta sanitaria), Brittany (French with Breton words and a Breton street name, IPP), Friuli
(Italian with Friulian words, codice fiscale), Bavaria (German Arztbrief, Versichertennummer,
Kennzeichen), the Volga region (Russian, полис ОМС, СНИЛС, "лет"), Yunnan (Chinese, 病案号,
医保卡号, 身份证号, 年月日 dates, "岁"), Hokkaido (Japanese, カルテ番号, 被保険者番号, 〒
postcodes, "歳"), Mindanao (Cebuano, PhilHealth, "anyos", Cebuano months), North Sulawesi
(Indonesian, NIK, BPJS, "tahun", Indonesian months), Amazonas (Portuguese, prontuário, CPF,
Cartão SUS, "anos"), the Peruvian highlands (Spanish with Quechua words, SIS, "watayoq") and
Yucatán (Spanish with Maya words, CURP). Document types: case-report narrative as posted to a
discussion board (history, timeline, follow-up), board replies, discharge summaries and
epicrises, referral and consult letters, an Arztbrief, a compte rendu, a Japanese 紹介状,
nursing notes, CCC and antenatal cards, referral slips, a claim form table, an invoice, a
police and an RCMP note, a social work note, an IT log, e-mail and WhatsApp threads, and a
discussion paragraph with literature references.

Conventions (tests/phi/corpus.py's and fresh16's docstring's): a name without its title,
honorific or relation word (Dr, dr., Mme, Mrs, Frau, Herr Kollege, sig., Mama, Si Lola, 様,
さん stay out); a full name in any order is one span ("Кузнецова Надежда Ивановна", "佐々木
花子", "Pilar Gallardo Cordero"); staff names, also with initials ("R. Halvorsen", "F.
Reindl"), are names, and so are speakers in a chat; an identifier without its keyword; an age
over 89 with its attached unit in any language ("94-year-old", "93 Jahre", "91 años", "92 ans",
"93 anni", "92 лет", "96歳", "91岁", "95 anyos", "92 tahun", "96 anos", "90 watayoq", "97
yrs", "93M") or the number alone where no unit is attached ("edad: 95", "aged 95", "(97)
years"); ages under 90 are not marked; a date without its preposition, with a weekday right
before it and a time right after it ("18 de junio de 2025 03:10"); English, German, French,
Italian, Spanish, Portuguese, Russian, Chinese and Japanese (年月日), Indonesian and Cebuano
dates are dates; a year alone is not. The street line is one span ("Calle Zurbarán 14, 1.º A",
"ул. Чапаева, д. 18, кв. 4", "東光11条4丁目2-7", "Private Bag X924", "House 12, Na-Ali
Road"); each locality (town, village, comunidad, barangay, 镇, 市) and the postcode are
separate spans (the 〒 mark stays out); a named hospital, clinic or health centre is a place
(the whole name, also when it holds a person's name: "RSUP Prof. Dr. R. D. Kandou");
states, provinces, regions, prefectures and countries (Extremadura, Bavaria, Manitoba,
Hokkaido, Yunnan, NE) are never marked. Categories: `ssn` is a US Social Security number
only; other national numbers (DNI, CNI, codice fiscale, Steuer-ID, СНИЛС, 身份证号, マイナンバー,
NIK, CPF, NIN, Aadhaar, PhilSys PSN, CURP, SA ID, Huduma number, a Manitoba PHIN, an
employee badge) are `other_id`; insurance numbers (Versichertennummer, tessera sanitaria,
tarjeta sanitaria, полис ОМС, 医保卡号, 被保険者番号, PhilHealth, BPJS, Cartão SUS, SIS,
NHIS, NHIF, Medicaid, Medicare, the NHS number, medical aid and travel policies) are
`health_plan`; hospital, clinic, CCC and unit record numbers are `mrn`; passports, driving
licences and professional registrations are `licence`; IBANs, accounts, paybill accounts and
invoices are `account`; plates (Latin, Cyrillic, Chinese and Japanese) and VINs are `vehicle`;
pacemakers, CGM sensors, oxygen concentrators, cameras, a phone's IMEI and UDIs are `device`.

Built as build(F25_PART, per_category=26, clean=120, references=8) + F25_LETTERS (54
hand-written notes: 44 with identifiers, one of them a case history in the patient's history
section, 9 clean, 1 reference paragraph in a discussion): 692 notes, 138 of them (20%) without
any identifier (120 generated clean notes, 8 reference notes in an introduction or discussion,
9 clean letters, 1 reference letter), 822 spans - name 90, address 38, place 113, zip 34, date
54, age 37, phone 42, fax 29, email 31, ssn 27, mrn 38, health_plan 42, account 32, licence 32,
vehicle 35, device 32, url 47, ip 30, other_id 39 (`python -m tests.phi.fresh25_notes` prints
them). Checked without the scanner (a throwaway script): every span's text is the note's text
at its offsets and has no surrounding blanks, no marks or slots are left in the text, no spans
overlap, note ids are unique, every category is in generated.CATEGORY_ORDER, every marked age
is over 89, every ssn has the US shape, and builds under PYTHONHASHSEED=1 and 2 are identical.
Deterministic: its own seed (19_025), values drawn from the builder's fixed-seed Random, no
hash-order dependence. Not wired into any test or bench: measure it once.

    from tests.phi.fresh25_notes import FRESH25, F25_PART, F25_LETTERS
The notes, values and people are invented (e-mail and web addresses use example domains, IP
addresses private or documentation ranges); any resemblance to a real one is chance.
"""
from __future__ import annotations

import random

from tests.phi.corpus import Note, parse
from tests.phi.generated import Part, Vocabulary, build

_UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _u(r: random.Random, n: int) -> str:
    return "".join(r.choice(_UP) for _ in range(n))


F25_VOCABULARY = Vocabulary(
    given=["Wambui", "Goulven", "Nadezhda", "Haruto", "Maribel", "Ikechukwu", "Gwenaëlle",
           "Xiong Mei", "Dagny", "Pilar", "Tumelo", "Raimundo", "Rhys", "Marisol", "Bienvenido",
           "Arnav", "Lorenza", "Alkira", "Sveta", "Yohana", "Kanako", "Florian", "Nnamdi",
           "Chidinma", "Huaman", "Itzel"],
    surnames=["Otieno", "Le Goff", "Kuznetsova", "Sasaki", "Gallardo", "Bello", "Kerbrat",
              "Duan", "Furlan", "Huber", "Mokoena", "Sateré", "Pennington", "Canul",
              "Dumaguete", "Bora", "Zanier", "Cartwright", "Mamani", "Wanjiru", "Takeda",
              "Obermaier", "Ochieng", "Lasut", "Quispe", "Pech"],
    cities=["Plasencia", "Morlaix", "Carhaix", "Gemona", "Tolmezzo", "Passau", "Landshut",
            "Syzran", "Samara", "Dali", "Lijiang", "Asahikawa", "Obihiro", "Tagum", "Valencia City",
            "Manado", "Tondano", "Tefé", "Parintins", "Sicuani", "Tizimín", "Valladolid",
            "Dauphin", "Whitby", "Mackay", "Jorhat", "Kano", "Thohoyandou", "Kisumu", "Laoag",
            "Brandon", "Nakuru", "Broken Bow"],
    streets=["Calle Zurbarán", "Straed ar Vilin", "Via Tiere", "Innstraße", "ulitsa Chapayeva",
             "Renmin Lu", "Pinewood", "Rua Getúlio Vargas", "Calle 59", "Esplanade"],
    relations=["daughter-in-law", "eldest son", "hija", "fille", "Tochter", "дочь", "anak",
               "apo", "nephew", "co-wife"],
    clean=[
        "Hb 8.9 g/dL, MCV 71 fL, ferritin 5 ug/L; no transfusion was needed.",
        "Chest X-ray: right lower lobe consolidation, no effusion.",
        "Artesunate IV was given at 0, 12 and 24 h, then oral artemether-lumefantrine.",
        "Blutdruck 152/88 mmHg, Puls 76/min, SpO2 96 %.",
        "Tension artérielle 118/70 mmHg, fréquence cardiaque 104/min.",
        "Emoglobina 11,4 g/dL; PCR 34 mg/L.",
        "Гемоглобин 102 г/л, лейкоциты 14,2 x10^9/л.",
        "血红蛋白 96 g/L，白细胞 11.3 x10^9/L。",
        "体温 38.4℃、脈拍 112/分、SpO2 91%（室内気）。",
        "Presión arterial 90/60 mmHg; lactato 4,2 mmol/L.",
        "Ang presyon 140/90 ug walay hilanat.",
        "Gula darah sewaktu 312 mg/dL, HbA1c 11,2 %.",
        "Glicemia capilar 48 mg/dL às 06:00; corrigida com glicose 50%.",
        "Sputum GeneXpert MTB detected, rifampicin resistance not detected.",
        "CD4 88 cells/uL; viral load 140 000 copies/mL.",
        "Apgar 7 and 9; birth weight 2.6 kg.",
        "Wells score 6; D-dimer 2400 ng/mL FEU.",
        "ECOG 2, Charlson index 5, Clinical Frailty Scale 6.",
        "CURB-65 score 3; started on amoxicillin-clavulanate and clarithromycin.",
        "Question for the board: would you anticoagulate at this platelet count?",
        "Follow-up at 2 weeks, 6 weeks and 3 months was planned.",
        "Echo: LVEF 35%, moderate MR, TAPSE 14 mm.",
        "Ward 3B, bed 11; seen on the consultant round.",
        "Dose 2 of 3 of the hepatitis B series was given.",
        "Snakebite: 20-minute whole blood clotting test abnormal; 10 vials of antivenom.",
        "Morbus Crohn und Morbus Bechterew wurden diskutiert.",
        "Gleason 4+3=7, PSA 38 ng/mL.",
        "Room 402 is the isolation room; 2 of 4 beds occupied.",
        "Altitude 3 500 m; SpO2 86% at rest, Hb 19.8 g/dL.",
        "Thanks all for the replies; we will post the outcome.",
    ],
    seed=19_025,
)

F25_CONNECTORS = [": ", " — ", " nr. ", " n.º ", " № ", " = ", " :: ", " >> ", "\t", " no.: ",
                  " (", " id ", " - "]
F25_FRAMES = ["{kv}", "• {kv}", "{kw} / {v}", "Posted with {kv} still visible.",
              "[{kw}] {v}", "{kv} (from the scanned form)", "Re-typed from the chart: {kv}",
              "{kw} -> {v}", "Field '{kw}': {v}", "{kv}; please redact before posting",
              "| {kw} | {v} | checked |"]
F25_AFTER = ["{v}, which is the {kw}", "{v} = {kw}", "{v} ({kw}, per the form)",
             "{v} was written as the {kw}"]

F25_KEYWORDS = {
    "mrn": ["NHC", "n° IPP", "Fallnummer", "cartella n.", "номер истории болезни", "病案号",
            "カルテ番号", "hospital no", "UHID", "No. RM", "prontuário", "CR No.",
            "unit record no"],
    "health_plan": ["Versichertennummer", "tessera sanitaria", "полис ОМС", "PhilHealth PIN",
                    "BPJS", "NHIS no", "NHIF no", "Medicaid ID", "Manitoba health no.",
                    "medical aid no", "Medicare card", "被保険者番号", "医保卡号", "SIS",
                    "tarjeta sanitaria", "CNS"],
    "account": ["IBAN", "compte n°", "Konto", "р/с", "account no.", "invoice no.", "cuenta",
                "factura n.º", "conto corrente", "账号"],
    "licence": ["passport no.", "Reisepass", "pasaporte", "passeport", "паспорт", "旅券番号",
                "運転免許証番号", "driving licence", "licencia de conducir", "GMC no.",
                "MCI reg. no.", "CRM"],
    "vehicle": ["Kennzeichen", "matrícula", "immatriculation", "targa", "госномер", "车牌",
                "placa", "plate no.", "reg", "車両番号"],
    "device": ["Seriennummer", "serial", "n° de série", "numero di serie", "серийный номер",
               "S/N", "UDI", "IMEI", "lot", "número de serie"],
    "other_id": ["DNI", "n° CNI", "Steuer-ID", "codice fiscale", "СНИЛС", "身份证号",
                 "マイナンバー", "NIK", "CPF", "NIN", "Aadhaar", "PSN", "CURP", "employee no.",
                 "Huduma no."],
    "ssn": ["SSN", "SS no.", "social security #"],
    "phone": ["Tel.", "tél.", "Handy", "cellulare", "тел.", "电话", "電話", "celular", "mobile",
              "cell", "HP", "Telp."],
    "fax": ["Fax", "télécopie", "fax no.", "факс", "传真", "FAX"],
}

F25_SENTENCES = {
    "name": ["Case posted for {full}, a farmer with two weeks of fever.",
             "La paciente, {full}, vive sola en una finca.",
             "Klañvour: {full}, kaset gant e {rel}.",
             "Il sig. {surname} è stato visto in ambulatorio.",
             "Frau {full} wurde vom Hausarzt eingewiesen.",
             "Пациентка {full} поступила с одышкой.",
             "患者{full}，因发热入院。",
             "{surname}さんは救急外来を受診した。",
             "Si {given} nagdala sa iyang {rel} sa klinika.",
             "Pasien {full} datang dengan sesak napas.",
             "A senhora {full} veio de barco com a {rel}.",
             "Reply from {full}: same picture in our district.",
             "Nursing note: {given} settled overnight; {rel} {given} visited.",
             "Referred by Dr {full} of the outreach team.",
             "Mrs {surname}'s {rel}, {given}, speaks for her at ward rounds."],
    "address": ["Domicilio: [[address:{street} {n}, 2.º B]], {city}.",
                "She lives at [[address:{n} {street} Road]] in {city}.",
                "Adresse : [[address:{n} {street}]], {city}.",
                "Wohnhaft [[address:{street} {n}]], {city}.",
                "Адрес: [[address:{street}, д. {n}, кв. 7]], {city}.",
                "Home: [[address:Plot {n}, {street} Lane]], {city}.",
                "Endereço: [[address:{street}, {n}, casa 3]], {city}.",
                "Address on the form: [[address:Unit 4, {n} {street} Drive]], {city}."],
    "place": ["Transferred from {city} by road, six hours.",
              "Ella trabaja en una cooperativa de {city}.",
              "Ganet e {city}, o chom e {city}.",
              "Zurückverlegt nach {city} am Abend.",
              "Переведена в {city} санавиацией.",
              "Seen at [[place:Hospital Virgen del Puerto]] first.",
              "Initially managed at [[place:Jorhat Medical College Hospital]].",
              "Biopsy read at [[place:Klinikum Landshut]].",
              "Referred on to [[place:Centre Hospitalier des Pays de Morlaix]].",
              "Dialysis at [[place:Ospedale di Tolmezzo]] three times a week.",
              "She came down from {city} to the district hospital."],
    "zip": ["Postcode {v} on the referral.", "CP {v}, finca sin número.",
            "Code postal {v}.", "PLZ {v} laut Versichertenkarte.", "Индекс {v}.",
            "〒{v} の住所に退院。", "Zip code {v} was written on the envelope.",
            "CEP {v}.", "Kode pos {v}."],
    "date": ["Admitted {v}.", "Fecha de ingreso: {v}.", "Entré le {v} aux urgences.",
             "Aufnahme am {v}.", "Ricoverata il {v}.", "Поступила {v}.", "入院日期：{v}",
             "入院日：{v}", "Gipasulod niadtong {v}.", "Masuk RS tanggal {v}.",
             "Internada em {v}.", "Discharged on {v} with oral antibiotics.",
             "Date of birth: {v}", "Died {v}."],
    "phone": ["Her {rel} can be reached on {v}.", "Llamar al {v} si empeora.",
              "Joindre la {rel} au {v}.", "Rückruf unter {v} erbeten.",
              "Звонить дочери: {v}.", "Tawagi ang {rel} sa {v}.", "Hubungi {v} (keluarga)."],
    "fax": ["Results faxed to {v}.", "Envoyer le compte rendu par fax au {v}.",
            "Bitte Befund an {v} faxen.", "Fax the consent to {v} before transfer."],
    "email": ["Son e-mail: {v}.", "Photos were sent from {v} to the board moderator.",
              "Correo de la familia: {v}", "Kontakt per E-Mail {v}.",
              "The {rel} wrote from {v} asking for the report."],
    "ssn": ["Her SSN {v} was on the transfer sheet.", "{v} is his social security number.",
            "Social Security no {v} (Medicare card photo)."],
    "mrn": ["The chart {v} was opened at the health centre.",
            "Номер карты {v}.", "Historia clínica {v}, archivada.",
            "Nomor rekam medis {v}."],
    "health_plan": ["His NHIF card {v} had lapsed.", "Carte Vitale n° {v}.",
                    "Полис {v} действителен.", "PhilHealth member {v}, dependent."],
    "account": ["Transfer the fee to account {v}.", "Überweisung auf {v}.",
                "The hospital bill went to account {v}."],
    "licence": ["Identity confirmed with passport {v}.", "Führerschein {v} eingezogen.",
                "Permis de conduire {v} suspendu après la crise."],
    "vehicle": ["He was the driver of the car {v}.", "Traktor mit Kennzeichen {v}.",
                "Moto placa {v} involucrada en el choque.", "VIN {vin} from the police report."],
    "device": ["Pacemaker serial {v} interrogated.", "Sensor CGM {v} changed.",
               "Concentrador de oxígeno serie {v}."],
    "url": ["Her fundraiser is at {v}.", "Family blog: {v}", "Photos posted on {v} by the son.",
            "Video of the seizure uploaded to {v}."],
    "ip": ["Login from {v} flagged by the board.", "Telemedicine cart at {v} dropped out.",
           "Accès au dossier depuis {v}."],
    "other_id": ["Documento {v} presentado en admisión.", "Her national ID {v} was checked.",
                 "Паспорт гражданина, СНИЛС {v}.", "Employee badge {v} at the mine."],
}

F25_REFERENCES = [
    "Comparable cases are summarised in https://doi.org/10.1186/s12879-0{n}-7.",
    "The WHO handbook (https://www.who.int/publications/i/item/{n}) was followed.",
    "See PubMed ID {n}00{n2} and https://pubmed.ncbi.nlm.nih.gov/3{n}1{n2}/ for the series.",
]

F25_STYLES = [
    "{body}",
    "CASE DISCUSSION BOARD - new post\n{body}\n-- replies welcome",
    "DISCHARGE SUMMARY\nDiagnosis: see below.\n{body}\nTTO reconciled.",
    "Nursing note (night shift)\n{body}\nObs 4-hourly.",
    "Referral letter\nDear colleague,\n{body}\nYours sincerely,",
    "Informe de alta\n{body}\nPlan: control en consultas.",
    "Compte rendu\n{body}",
    "Arztbrief\n{body}\nMit freundlichen Grüßen",
    "Выписной эпикриз\n{body}",
    "| field | value |\n|---|---|\n| note | {body} |",
    "Thread:\n> {body}\n> +1, same here",
]


def _f25_date(r: random.Random, _h: bool) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1931, 2025)
    en = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"][m - 1]
    de = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"][m - 1]
    fr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"][m - 1]
    it = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
          "settembre", "ottobre", "novembre", "dicembre"][m - 1]
    es = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"][m - 1]
    pt = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
          "setembro", "outubro", "novembro", "dezembro"][m - 1]
    ru = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"][m - 1]
    idn = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
           "September", "Oktober", "November", "Desember"][m - 1]
    ceb = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto",
           "Septiyembre", "Oktubre", "Nobiyembre", "Disyembre"][m - 1]
    return r.choice([f"{d} {en} {y}", f"{en} {d}, {y}", f"{d:02d}/{m:02d}/{y}",
                     f"{m}/{d}/{y}", f"{d}. {de} {y}", f"{d:02d}.{m:02d}.{y}", f"{d} {fr} {y}",
                     f"{d} {it} {y}", f"{d} de {es} de {y}", f"{d} de {pt} de {y}",
                     f"{d} {ru} {y}", f"{y}年{m}月{d}日", f"{d} {idn} {y}", f"{ceb} {d}, {y}",
                     f"{y}-{m:02d}-{d:02d}", f"{d}-{en[:3]}-{y}", f"{d:02d}/{m:02d}/{y} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"])


def _f25_age(r: random.Random, _h: bool) -> tuple[str, str]:
    n = r.randint(90, 103)
    return r.choice([
        ("a {age} widow from the hills", f"{n}-year-old"), ("die {age} alte Bäuerin", f"{n} Jahre"),
        ("paciente de {age}, independiente", f"{n} años"), ("patiente de {age}", f"{n} ans"),
        ("signora di {age}, vedova", f"{n} anni"), ("пациентке {age}", f"{n} лет"),
        ("{age}の女性", f"{n}歳"), ("患者{age}，女", f"{n}岁"), ("edad: {age}", f"{n}"),
        ("idade {age}, ribeirinha", f"{n} anos"), ("usia {age}", f"{n} tahun"),
        ("si Lola, {age} na", f"{n} anyos"), ("a {age} grandmother", f"{n} yrs"),
        ("Age {age}, lives alone", f"{n}"), ("{age}, retired fisherman", f"{n}M")])


def _f25_phone(r: random.Random, _h: bool) -> str:
    return r.choice([
        f"+49 851 {_d(r, 6)}", f"+33 2 98 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"+39 0433 {_d(r, 6)}", f"+7 846 {_d(r, 3)}-{_d(r, 2)}-{_d(r, 2)}",
        f"+86 872 {_d(r, 4)} {_d(r, 4)}", f"0166-{_d(r, 2)}-{_d(r, 4)}",
        f"+63 917 {_d(r, 3)} {_d(r, 4)}", f"+62 431 {_d(r, 6)}",
        f"+55 97 9{_d(r, 4)}-{_d(r, 4)}", f"+51 84 {_d(r, 6)}",
        f"+52 986 {_d(r, 3)} {_d(r, 4)}", f"+34 927 {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        f"(204) {r.randint(200, 989)}-{_d(r, 4)}", f"01947 {_d(r, 6)}", f"+61 7 4{_d(r, 3)} {_d(r, 4)}",
        f"+91 94350 {_d(r, 5)}", f"0803 {_d(r, 3)} {_d(r, 4)}", f"+27 15 {_d(r, 3)} {_d(r, 4)}",
        f"+254 722 {_d(r, 3)} {_d(r, 3)}", f"(308) {r.randint(200, 989)}-{_d(r, 4)}"])


F25_VALUES = {
    "mrn": lambda r, h: r.choice([_d(r, 8), f"{_u(r, 2)}-{_d(r, 6)}", f"{_d(r, 4)}/{_d(r, 5)}",
                                  f"UHID{_d(r, 9)}", f"{r.randint(10, 99)}.{_d(r, 3)}.{_d(r, 3)}"]),
    "health_plan": lambda r, h: r.choice([f"{_u(r, 1)}{_d(r, 9)}", _d(r, 16),
                                          f"{_d(r, 2)}-{_d(r, 9)}-{_d(r, 1)}",
                                          f"0001{_d(r, 9)}", f"{_d(r, 3)} {_d(r, 3)} {_d(r, 3)}",
                                          f"{_u(r, 4)}{_d(r, 8)}"]),
    "account": lambda r, h: r.choice([f"DE{_d(r, 2)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 2)}",
                                      f"FR76 {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 3)}",
                                      f"IT{_d(r, 2)}{_u(r, 1)}{_d(r, 22)}", f"ES{_d(r, 22)}",
                                      f"{_d(r, 20)}", f"INV-{_d(r, 6)}", f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 1)}"]),
    "licence": lambda r, h: r.choice([f"{_u(r, 1)}{_d(r, 8)}", f"{_u(r, 2)}{_d(r, 7)}",
                                      f"{_d(r, 2)} {_d(r, 2)} {_d(r, 6)}", _d(r, 12),
                                      f"{_u(r, 1)}{_d(r, 7)}{_u(r, 1)}"]),
    "vehicle": lambda r, h: r.choice([f"PA-{_u(r, 2)} {r.randint(10, 999)}", f"{_d(r, 4)} {_u(r, 3)}",
                                      f"{_u(r, 2)}-{_d(r, 3)}-{_u(r, 2)}", f"{_u(r, 1)}{_d(r, 3)}{_u(r, 2)} 163",
                                      f"云A·{_u(r, 1)}{_d(r, 4)}", f"旭川 500 あ {_d(r, 2)}-{_d(r, 2)}",
                                      f"{_u(r, 3)}{_d(r, 1)}{_u(r, 1)}{_d(r, 2)}", f"YO{_d(r, 2)} {_u(r, 3)}",
                                      f"{_u(r, 3)}-{_d(r, 3)}-{_u(r, 1)}"]),
    "vin": lambda r, h: f"{_u(r, 3)}{_d(r, 2)}{_u(r, 3)}{_d(r, 9)}",
    "device": lambda r, h: r.choice([f"{_u(r, 3)}{_d(r, 7)}", f"(01){_d(r, 14)}(21){_d(r, 6)}",
                                     _d(r, 15), f"SN-{_d(r, 4)}-{_u(r, 2)}{_d(r, 3)}"]),
    "other_id": lambda r, h: r.choice([f"{_d(r, 8)}-{_u(r, 1)}", f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 3)} {_d(r, 2)}",
                                       f"{_u(r, 6)}{_d(r, 2)}{_u(r, 1)}{_d(r, 2)}{_u(r, 1)}{_d(r, 3)}{_u(r, 1)}",
                                       f"53{_d(r, 16)}", f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)}",
                                       f"{_d(r, 3)}.{_d(r, 3)}.{_d(r, 3)}-{_d(r, 2)}",
                                       f"{_u(r, 4)}{_d(r, 6)}{_u(r, 6)}{_d(r, 2)}"]),
    "ssn": lambda r, h: f"{r.randint(101, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
    "phone": _f25_phone,
    "fax": _f25_phone,
    "email": lambda r, h: r.choice(["{g}.{s}@example.org", "{s}{n}@mail.example.com",
                                    "{g}{n}@example.net", "{g}-{s}@family.example.com"]),
    "url": lambda r, h: r.choice(["https://board.example.org/u/{g}{n}",
                                  "www.example.com/{s}-family-appeal", "http://{g}{s}.example.net/blog",
                                  "example.org/photos/{g}_{s}"]),
    "ip": lambda r, h: r.choice([f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                 f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
                                 f"2001:db8:{r.randint(1, 4095):x}::{r.randint(1, 255):x}"]),
    "zip": lambda r, h: r.choice([_d(r, 5), f"R{r.randint(0, 9)}{_u(r, 1)} {r.randint(0, 9)}{_u(r, 1)}{r.randint(0, 9)}",
                                  f"YO{r.randint(11, 22)} {r.randint(1, 9)}{_u(r, 2)}", _d(r, 4),
                                  _d(r, 6), f"{_d(r, 3)}-{_d(r, 4)}", f"{_d(r, 5)}-{_d(r, 3)}"]),
    "date": _f25_date,
}

F25_PART = Part("fresh25", F25_VOCABULARY, F25_CONNECTORS, F25_FRAMES, F25_KEYWORDS,
                F25_SENTENCES, F25_AFTER, F25_REFERENCES, True, values=F25_VALUES,
                age=_f25_age, styles=F25_STYLES)


def _letter(key: str, marked: str, section: str | None = None) -> Note:
    note = parse(f"fresh25-letter-{key}", marked)
    return Note(note.id, note.text, note.expected, section) if section else note


_LETTERS = [
    ("board-nebraska",
     "Case for the board. A [[age:94-year-old]] rancher from [[place:Broken Bow]] was kicked by "
     "a heifer on [[date:October 3, 2024]]. His granddaughter [[name:Kaylee Pennington]] drove "
     "him in; SSN [[ssn:512-48-7730]] and Medicare [[health_plan:5TK9-JW2-RM41]] were on the "
     "intake. Timeline: rib fractures 4-7, flail segment by day 2, intubated day 3. He went home "
     "on [[date:November 11, 2024]] to [[address:44781 Sandhills Road]], [[place:Merna]], NE "
     "[[zip:68856]]. Question: would you have fixed the ribs?"),
    ("manitoba-referral",
     "Dear Dr [[name:Okemow]],\nRe: [[name:Delphine Mousseau]], Manitoba health no. "
     "[[health_plan:118 402 993]], PHIN [[other_id:204 771 638]]\nThank you for seeing this woman "
     "from [[place:Dauphin]] with haemoptysis. Smear positive. She can be reached at "
     "[[phone:(204) 638-2291]]; fax reports to [[fax:(204) 638-7004]].\n[[name:R. Halvorsen]], "
     "[[place:Dauphin Regional Health Centre]]"),
    ("whitby-nursing",
     "Night nursing note, ward 9. [[name:Edith Cartwright]] ([[age:97]] years) unsettled, "
     "calling for her son [[name:Graham]]. Hospital no [[mrn:RW0048812]]. Lives at "
     "[[address:7 Church Lane]], [[place:Robin Hood's Bay]], [[zip:YO22 4RA]]. Falls sensor "
     "on; pad serial [[device:FSM-2291-0457]]."),
    ("mackay-ed",
     "[[place:Mackay]] ED, 02:40. [[name:Alkira Thompson]] 31F, snake bite left ankle while cutting cane "
     "near [[place:Sarina]]. URN [[mrn:4417720]]. Partner's ute rego [[vehicle:782 KQB]] left in "
     "the ambulance bay. 20WBCT clotted; observed 12 h, discharged [[date:14/02/2025]]."),
    ("assam-discharge",
     "DISCHARGE SUMMARY - [[place:Jorhat Medical College Hospital]]\nName: [[name:Bikash Bora]]  "
     "UHID: [[mrn:UHID204418873]]\nAddress: [[address:House 12, Na-Ali Road]], [[place:Jorhat]] "
     "[[zip:785001]]\nDOA [[date:02/07/2024]]  DOD [[date:19/07/2024]]\nDiagnosis: "
     "Japanese encephalitis. Aadhaar [[other_id:4821 9930 1176]]. Attendant (son) "
     "[[phone:+91 94350 22871]]."),
    ("kano-thread",
     "WhatsApp, group 'Paeds [[place:Kano]]':\n[[name:Nnamdi]]: the boy from [[place:Gwale]] is back, "
     "measles + pneumonia\n[[name:Aisha Bello]]: NHIS no [[health_plan:NHIS-KN-0042178]]? mum "
     "says lapsed\n[[name:Nnamdi]]: call her on [[phone:0803 412 7790]]\n[[name:Aisha Bello]]: "
     "ok, vitamin A given x2"),
    ("limpopo-letter",
     "[[place:Tshilidzini Hospital]], [[address:Private Bag X924]], [[place:Shayandima]] [[zip:0945]]\n"
     "To: Medical Aid, claims\nPatient: [[name:Tumelo Mokoena]], SA ID [[other_id:5507125893086]], "
     "medical aid no [[health_plan:GEMS 0094418723]]. Admitted [[date:5 May 2025]] with "
     "cryptococcal meningitis. Invoice [[account:INV-558210]] attached."),
    ("kisumu-ccc",
     "CCC card - [[place:Jaramogi Oginga Odinga Teaching and Referral Hospital]]\nName: "
     "[[name:Otieno Ochieng Wambui]]  CCC no: [[mrn:13939-04417]]\nNHIF no [[health_plan:"
     "4410273]]; Huduma no. [[other_id:HN-2214-8870]]\nNext appointment [[date:12/08/2025]]. "
     "Treatment supporter [[name:Yohana]] [[phone:+254 722 415 906]]."),
    ("laoag-referral",
     "Referral slip, RHU [[place:Pagudpud]] to [[place:Mariano Marcos Memorial Hospital]]. "
     "[[name:Bienvenido Agcaoili]], PhilHealth PIN [[health_plan:01-025518874-3]], "
     "farmer, fell from a carabao cart on [[date:March 9, 2025]]. Wife [[name:Corazon]] "
     "accompanies; cell [[phone:+63 917 552 0184]]."),
    ("extremadura-alta",
     "INFORME DE ALTA - [[place:Hospital Virgen del Puerto]], [[place:Plasencia]]\nPaciente: "
     "[[name:Pilar Gallardo Cordero]], [[age:91 años]]. NHC [[mrn:00418832]]. DNI "
     "[[other_id:07981145-K]]. Tarjeta sanitaria [[health_plan:CACR 0811 4522 7]].\nIngreso "
     "[[date:12 de enero de 2025]], alta [[date:20 de enero de 2025]]. Domicilio "
     "[[address:Calle Zurbarán 14, 1.º A]], [[place:Jaraíz de la Vera]], [[zip:10400]]."),
    ("breton-compte-rendu",
     "Compte rendu d'hospitalisation, [[place:Centre Hospitalier des Pays de Morlaix]]\n"
     "Mme [[name:Gwenaëlle Kerbrat]], née le [[date:3 février 1958]], demeurant "
     "[[address:Straed ar Vilin 6]], [[place:Plougasnou]] [[zip:29630]]. IPP [[mrn:2904417]]. "
     "Sa fille [[name:Soazig]] (tél. [[phone:+33 2 98 67 41 09]]) dit : « mat eo, trugarez ». "
     "Pas de suite particulière."),
    ("friuli-lettera",
     "Gentile collega, ti scrivo per il sig. [[name:Florian Zanier]] di [[place:Gemona del "
     "Friuli]], [[age:93 anni]], ricoverato il [[date:7 marzo 2025]] a [[place:Ospedale di "
     "Tolmezzo]]. Codice fiscale [[other_id:ZNRFRN31C07D962X]]. La figlia [[name:Lorenza "
     "Furlan]] parla furlan e italiano: cellulare [[phone:+39 0433 482219]]. Mandi."),
    ("bavaria-arztbrief",
     "Arztbrief\nSehr geehrter Herr Kollege [[name:Obermaier]],\nwir berichten über Frau "
     "[[name:Hildegard Huber]], geb. [[date:14.06.1933]], wohnhaft [[address:Innstraße 41]], "
     "[[zip:94032]] [[place:Passau]], stationär im [[place:Klinikum Passau]] vom "
     "[[date:2. April 2025]] bis [[date:11. April 2025]]. Versichertennummer "
     "[[health_plan:H415290338]]. Herzschrittmacher, Seriennummer [[device:PJN7704512]].\n"
     "Mit freundlichen Grüßen\n[[name:F. Reindl]]"),
    ("volga-epicrisis",
     "Выписной эпикриз. [[name:Кузнецова Надежда Ивановна]], [[age:92 лет]], г. "
     "[[place:Сызрань]], [[address:ул. Чапаева, д. 18, кв. 4]]. Полис ОМС "
     "[[health_plan:6351 2200 8841 9027]], СНИЛС [[other_id:118-442-907 31]]. Поступила "
     "[[date:3 марта 2025]], выписана [[date:17 марта 2025]]. Дочь [[name:Светлана]], тел. "
     "[[phone:+7 846 455-21-08]]."),
    ("yunnan-record",
     "出院小结 [[place:大理州人民医院]]\n姓名：[[name:段美]]  病案号：[[mrn:D20250418]]\n"
     "住址：[[address:人民路88号]]，[[place:喜洲镇]]\n入院日期：[[date:2025年4月2日]]  "
     "出院日期：[[date:2025年4月15日]]\n医保卡号：[[health_plan:53298100412]]  电话："
     "[[phone:+86 872 2214 6603]]"),
    ("hokkaido-kaigo",
     "紹介状\n[[place:旭川赤十字病院]] 御中\n患者：[[name:佐々木 花子]] 様 [[age:96歳]]\n"
     "住所：〒[[zip:078-8341]] [[place:旭川市]][[address:東光11条4丁目2-7]]\nカルテ番号 "
     "[[mrn:0441872]]、被保険者番号 [[health_plan:39014417]]\n娘の[[name:佐々木 加奈子]]さん "
     "電話 [[phone:0166-33-4109]]"),
    ("mindanao-cebuano",
     "Nursing note, [[place:Davao Regional Medical Center]]. Si Lola [[name:Marisol Dumaguete]], "
     "[[age:95 anyos]], gikan sa [[place:Tagum]]. Gipasulod niadtong [[date:Marso 4, 2025]]. "
     "Iyang apo nga si [[name:Jun-jun]] ang nagbantay; numero [[phone:+63 918 224 7716]]."),
    ("sulawesi-rujukan",
     "Surat rujukan dari [[place:Puskesmas Tondano]] ke [[place:RSUP Prof. Dr. R. D. Kandou]]. "
     "Pasien [[name:Yohanis Lasut]], usia 58, NIK [[other_id:7102041507660003]], BPJS "
     "[[health_plan:0001447281993]]. Alamat [[address:Jl. Sam Ratulangi No. 22]], "
     "[[place:Tondano]]. Telp. [[phone:+62 431 321884]]."),
    ("amazonas-prontuario",
     "Prontuário [[mrn:338102]] - [[place:Hospital Regional de Tefé]]\nPaciente: "
     "[[name:Raimundo Sateré Nascimento]], ribeirinho, chegou de barco da comunidade "
     "[[place:Nogueira]]. CPF [[other_id:412.880.153-07]]; Cartão SUS [[health_plan:"
     "708 4012 2591 3376]]. Internado em [[date:9 de março de 2025]]. Filha [[name:Dalva]] "
     "[[phone:+55 97 98412-7730]]."),
    ("quechua-sis",
     "Historia clínica [[mrn:HC-004418]], [[place:Centro de Salud Sicuani]]. Mama "
     "[[name:Juana Huaman Quispe]], [[age:90 watayoq]] (traducción: [[age:90 años]]), de la comunidad "
     "[[place:Hercca]]. SIS [[health_plan:2-70418832]], DNI [[other_id:24018873]]. "
     "Ñawpaq ñanpi urmasqa. Llamar a su hijo [[name:Wilber Mamani]] al [[phone:+51 84 351772]]."),
    ("yucatan-nota",
     "Nota de urgencias, [[place:Hospital General de Valladolid]]. [[name:Itzel Pech Canul]], "
     "CURP [[other_id:PECI810407MYNCNT09]], de [[place:Tizimín]]. Su esposo llegó en la camioneta "
     "placa [[vehicle:YKN-214-B]]. Habla maya: 'ma'alob' (bien). Ingreso [[date:18 de junio "
     "de 2025 03:10]]."),
    ("email-thread",
     "From: [[email:wambui.otieno@example.org]]\nTo: board moderators\nSubject: photo consent\n"
     "I posted the rash photos of my mother [[name:Mary Wanjiru]] from [[place:Nakuru]] at "
     "[[url:https://board.example.org/u/wambui22]]; please take them down.\n-- "
     "[[name:Wambui Otieno]], [[phone:+254 733 108 442]]"),
    ("it-log",
     "Board IT log: a post was edited from [[ip:198.51.100.47]] and [[ip:2001:db8:4c1::12]]; "
     "uploader [[email:haruto.sasaki@mail.example.com]]. Removed attachment showing "
     "[[name:Haruto Sasaki]]'s wristband ([[mrn:0398811]])."),
    ("telemed-cart",
     "Telemedicine session from [[place:Thohoyandou]] dropped three times; cart IP "
     "[[ip:10.14.2.77]], camera serial [[device:SN-4471-TX208]]. Reconnected via "
     "[[url:http://tele.example.net/room/mokoena]]."),
    ("form-insurance",
     "CLAIM FORM\n| Field | Value |\n|---|---|\n| Member | [[name:Rhys Pennington]] |\n| Policy "
     "| [[health_plan:TRV-88214470]] |\n| Passport | [[licence:GB5518824]] |\n| Bank | "
     "[[account:GB29 NWBK 6016 1331 9268 19]] |\n| Date of loss | [[date:2 Aug 2025]] |"),
    ("bavaria-accident",
     "Unfall mit dem Traktor, Kennzeichen [[vehicle:LA-HX 414]], bei [[place:Vilsbiburg]]. "
     "Führerschein [[licence:B072X41R8]] sichergestellt. Fahrer [[name:Korbinian Straub]] "
     "ins [[place:Klinikum Landshut]]."),
    ("volga-car",
     "Пострадавший [[name:Белов Игорь Петрович]] — водитель автомобиля госномер "
     "[[vehicle:Е412КМ 163]], VIN [[vehicle:XTA21099052241178]]. Паспорт [[licence:3609 441287]]."),
    ("breton-iban",
     "Facture [[account:FA-2025-04418]] — règlement sur le compte "
     "[[account:FR76 1558 9297 0100 0441 8821 172]] au nom de [[name:Goulven Le Goff]], "
     "[[place:Carhaix-Plouguer]]."),
    ("extremadura-fax",
     "Enviar la interconsulta por fax al [[fax:+34 927 45 81 20]] (Neumología, "
     "[[place:Hospital San Pedro de Alcántara]]). Contacto: [[email:pilar.gallardo@example.com]]."),
    ("kenya-mpesa",
     "Social work note: bill of KES 42 000 settled by M-Pesa to paybill account "
     "[[account:0114400218]] by the co-wife [[name:Akinyi]] of [[place:Ahero]]. Plate of the "
     "matatu that brought them: [[vehicle:KDG 418M]]."),
    ("india-licence",
     "Certificate of fitness signed by Dr [[name:Arnav Bora]], MCI reg. no. "
     "[[licence:AS-11872]], [[place:Jorhat]], on [[date:21 May 2025]]."),
    ("nigeria-nin",
     "Ante-natal card, [[place:Murtala Muhammad Specialist Hospital]]: [[name:Chidinma Eze]], "
     "NIN [[other_id:41827730915]], hospital no [[mrn:MMSH/25/04417]]. EDD "
     "[[date:30/09/2025]]. Husband [[name:Ikechukwu]] on [[phone:0803 551 2274]]."),
    ("canada-plate",
     "RCMP note attached to the chart: collision on Highway 10 north of [[place:Brandon]], "
     "pickup plate [[vehicle:HKT 419]], driver [[name:Dagny Sigurdson]], [[age:90]] years, "
     "licence [[licence:SIGUR-D-410229]]."),
    ("uk-cgm",
     "Diabetes clinic, [[place:Whitby Community Hospital]]: [[name:Rhys Coulson]] swapped his "
     "Libre sensor, serial [[device:0M00042T81PQ]]; NHS number [[health_plan:485 777 3456]]."),
    ("australia-email",
     "Hi all, posting for my colleague [[name:Sandeep Rao]] at [[place:Mackay Base Hospital]] - "
     "questions to [[email:s.rao@qld.example.com]] or fax [[fax:+61 7 4968 6002]]."),
    ("philippines-fb",
     "The family set up a page for donations: [[url:www.example.com/lolo-agcaoili-appeal]] - "
     "moderators, please remove, it shows his face and barangay [[place:Balaoi]]."),
    ("yunnan-plate",
     "交通事故：摩托车车牌[[vehicle:云L·4K281]]，驾驶人[[name:和志强]]，身份证号"
     "[[other_id:532901197504120318]]，于[[date:2025年6月8日]]送[[place:丽江市人民医院]]。"),
    ("hokkaido-device",
     "ペースメーカー 製造番号 [[device:PJK418207]]、[[place:帯広厚生病院]]でチェック。"
     "患者 [[name:武田 健一]]、運転免許証番号 [[licence:602104418830]]。"),
    ("friuli-targa",
     "Incidente sulla SS52 vicino a [[place:Ampezzo]]: auto targa [[vehicle:GF 418 KL]], "
     "conducente [[name:Zanier Lucia]]; IBAN del rimborso [[account:IT60X0542811101000000123456]]."),
    ("sulawesi-wa",
     "WA grup dokter:\ndr. [[name:Lasut]]: pasien dari [[place:Kakas]] sudah datang?\n"
     "[[name:Maria Rumengan]]: sudah, IMEI HP keluarga [[device:356938035643809]] dipakai untuk "
     "video call\n[[name:Maria Rumengan]]: alamat [[address:Jl. Pahlawan No. 7]]"),
    ("amazonas-email",
     "Caros colegas, a enfermeira [[name:Francisca Sateré]] de [[place:Parintins]] enviou fotos "
     "pelo [[email:francisca.satere@example.net]]; ela pede retorno em "
     "[[url:http://parintins.example.org/casos/112]]."),
    ("yucatan-ip",
     "Acceso al expediente desde [[ip:192.168.40.12]] por la usuaria [[name:Itzel Canul]] el "
     "[[date:3 de julio de 2025 22:41]]."),
    ("us-followup",
     "Follow-up: [[name:Kaylee Pennington]] writes that her grandfather died at home on "
     "[[date:January 6, 2025]], aged [[age:95]]. Thanks to everyone who replied."),
    ("history-abstract",
     "Her case had been presented before at [[url:https://doi.org/10.1136/bcr-2024-261144]] "
     "by the [[place:Tefé]] team.", "patient_information"),
    ("clean-board-question",
     "Question for the board: a woman in her 70s with fever, pancytopenia and splenomegaly "
     "after a river trip. Leishmania serology negative; bone marrow pending. What next?"),
    ("clean-altitude",
     "Highland clinic: SpO2 84% at 3 800 m, Hb 20.1 g/dL; phlebotomy 450 mL, repeat in 3 months."),
    ("clean-german",
     "Verlauf: CRP 212 mg/l an Tag 1, 88 mg/l an Tag 4; Antibiose mit Piperacillin/Tazobactam "
     "über 7 Tage. Morbus Wilson ausgeschlossen."),
    ("clean-russian",
     "Рекомендовано: эналаприл 10 мг 2 раза в день, контроль креатинина через 2 недели."),
    ("clean-chinese",
     "建议：继续抗结核治疗6个月，每月复查肝功能。"),
    ("clean-table",
     "| Day | Temp | CRP |\n|---|---|---|\n| 1 | 39.2 | 180 |\n| 3 | 37.8 | 96 |\n| 5 | 36.9 | 31 |"),
    ("clean-nursing",
     "Nursing: turned 2-hourly, Braden 12, pressure area grade 2 sacrum dressed with foam."),
    ("clean-spanish",
     "Evolución favorable; se retira sonda vesical al día 3 y se inicia deambulación."),
    ("clean-reply",
     "Reply: we see this every rainy season; give doxycycline early, do not wait for serology."),
    ("reference-discussion",
     "Leptospirosis with pulmonary haemorrhage carries high mortality "
     "(https://doi.org/10.1371/journal.pntd.0003898; https://pubmed.ncbi.nlm.nih.gov/25812345/).",
     "discussion"),
]

F25_LETTERS: tuple[Note, ...] = tuple(_letter(*item) for item in _LETTERS)

FRESH25: tuple[Note, ...] = build(F25_PART, per_category=26, clean=120, references=8) + F25_LETTERS


if __name__ == "__main__":
    from collections import Counter

    from tests.phi.generated import CATEGORY_ORDER

    counts = Counter(e.category for n in FRESH25 for e in n.expected)
    print(len(FRESH25), "notes,", sum(1 for n in FRESH25 if not n.expected), "without identifiers,",
          sum(counts.values()), "spans")
    print(", ".join(f"{c} {counts[c]}" for c in CATEGORY_ORDER))

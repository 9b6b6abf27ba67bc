"""The PHI scanner: finds, in free text, the identifiers of HIPAA Safe Harbor, 45 CFR
164.514(b)(2) that text can carry, and says for each what it is and why it was flagged.

Pure Python, no network, one pass per pattern plus one walk over the capitalised words.
It warns; the author fixes the text or justifies keeping it (community.cases.deid).

Decisions (each tested in tests/phi):
- Names are flagged in a patient context: after a title (Mr, Mrs, Ms, Dr…), after "patient",
  "named", "called", after a relative ("his wife Mary"), as a full name whose parts are both in
  the name dictionaries ("Sarah Connolly"), or as a dictionary given name that starts a
  sentence before a verb ("Maria presented…") or owns something ("Priya's symptoms").
  Without a title or a relation too: a dictionary given name inside a sentence ("Discussed
  with Mateo"), one starting a sentence before a lower-case word ("Kofi came back"), a given
  name before an unknown capitalised word ("Pedro Moreau"), and any unknown capitalised word
  after "spoke to", "discussed with", "called", "accompanied by"… ("spoke to Oluwaseun").
  A capitalised word followed by "disease", "syndrome", "sign", "stain", "criteria"… is an
  eponym, never a name ("Parkinson disease", "Gram stain", "Wilson's disease"); citations
  ("Smith et al.") are not names.
- Clinicians after "Dr" ARE flagged (lower confidence): in a case write-up the treating
  doctor's name points to the hospital and so to the patient. An author overrides it when it
  is a cited author.
- Dates: every element other than the year (12/03/2024, 3 March 2024, March 3rd, 2024-03-03,
  "on the 3rd of March", "September 2019", "admitted in March"). Relative days ("day 3",
  "week 2") and bare years ("in 2019") are fine.
- Ages over 89 ("92-year-old", "aged 95", "95 yo", "96 y.o.", "Age: 97", "ninety-two-year-old",
  "in her nineties"); "90 or older" is what
  Safe Harbor asks for and is never flagged.
- Places smaller than a state: street addresses, P.O. boxes, cities (a gazetteer of ~6,700
  cities; names that are also people's names or words need a place context such as "lives in"),
  counties, towns ("town of X"), named hospitals; states and countries are never flagged, nor
  are places in eponymous rules and classifications ("Ottawa ankle rules", "Los Angeles grade").
- Numbers: phone and fax (international formats; "fax" nearby makes it a fax), SSN, ZIP and
  UK/Canadian postcodes (a ZIP needs a state or "ZIP" before it), and identifiers announced by
  a keyword (MRN, member ID, account, licence, plate, VIN, serial number, IMEI…) however it
  is announced: keyword before ("Licence: D123", "licence no. D123", "plate #7ABC123", "MRN
  number is 123", a table cell "| MRN | 123 |", a line break, "The MRN for this visit is 123")
  or after ("D1234567 (driver's licence)", "7ABC123 is the plate of her car"), in an ordinary
  sentence ("she drives a car with plate 7ABC123"). The value must look like one: capitals and
  digits, four characters or more, two digits, not a year ("plate 12", "bed 4" are not). Clinical
  numbers (lab values, BP 120/80, doses, ECG intervals, scores, "2/6 murmur", G3P2, TNM,
  ratios) have none of these shapes or contexts.
- Item 18's catch-all: a code of capitals and digits, six characters or more, with a run of
  four digits (or six in all), no keyword needed, is flagged with low confidence (0.4) under
  the category a word before it on its line names ("DL: A12345678"), else "other identifier".
  Clinical codes (HbA1c, BRCA1, CYP2D6, COVID-19, HLA-B27, T2N0M0, ICD-10 I21.4), trial
  registrations (NCT…), drug-development codes (AZD9291) and codes after NDC, LOINC, ICD…
  are not (patterns.CODE, CLINICAL_CODE, CODE_LABEL_BEFORE).

- Web addresses are flagged anywhere except a literature reference (doi.org, PubMed/PMC,
  journals' and guideline bodies' sites: patterns.LITERATURE_URL) in a section that cites —
  scan(text, section="introduction" | "discussion" | "references"). Without a section the
  scanner cannot tell, and flags it: a DOI in the patient's history may be their own case.

Span conventions: a name without its title; an identifier without its keyword ("MRN 123"
-> "123"); an age with its unit when attached ("92-year-old"), else the number ("aged 95").
"""
from __future__ import annotations

import bisect
import collections
import functools
import heapq
import itertools
import re
import unicodedata
from dataclasses import dataclass

from community.platform.phi import patterns as p

# (CATEGORIES, LABELS and category_label: also read from here by model.py and the tests)
from community.platform.phi.findings import CATEGORIES, LABELS, Finding, category_label  # noqa: F401
from community.platform.phi.names import (
    EPONYM_NOUNS,
    PARTICLES,
    RELATIONS,
    SUBJECT_VERBS,
    TITLES,
    dictionaries,
    word_set,
)

# When two findings overlap, the higher priority (then the longer) wins.
_PRIORITY = {"email": 10, "url": 9, "ip": 9, "ssn": 8, "mrn": 8, "health_plan": 8,
             "account": 8, "licence": 8, "vehicle": 8, "device": 8, "date": 7, "age": 7,
             "address": 7, "phone": 6, "fax": 6, "zip": 6, "other_id": 5, "place": 4,
             "name": 4}


# CARE sections where the authors cite the literature (docs/domain.md §4): a reference's web
# address there (doi.org, PubMed, a journal's site) points to a paper, not to the patient.
REFERENCE_SECTIONS = frozenset({"introduction", "discussion", "references"})


def scan(text: str, section: str | None = None) -> list[Finding]:
    """Every identifier found in `text`, in order, without overlaps. `section` is the CARE
    section key the text is from, when it is one (None: anywhere, nothing is allowed)."""
    if not text or not isinstance(text, str):
        return []
    original = text
    if _SPACE_CHARS.search(text):  # (speed: str.translate reads every character through a dict)
        text = text.translate(_SPACES)  # same length: offsets hold
    if "–" in text or "‒" in text or "−" in text:  # eighth round: "382–37–7493", "0171–2345678"
        text = _DIGIT_DASH.sub("-", text)
    if "İ" in text:  # nineteenth round: Turkish's and Azerbaijani's dotted capital I in a keyword ("FİN", "KİMLİK")
        text = text.replace("İ", "I")  # (one character for one: offsets hold)
    if "..." in text:  # tenth round: a form's leader dots ("Nr księgi głównej......: 27355/21")
        text = _LEADER_DOTS.sub(lambda m: " " * (len(m.group()) - 1) + ":", text)
    found: list[Finding] = []
    for detector in _DETECTORS:
        found.extend(detector(text))
    found.extend(_names_beside_ids(text, found))  # thirteenth round (fresh16)
    found.extend(_ages_beside_names(text, found))  # seventeenth round
    found.extend(_towns_beside_names(text, found))  # nineteenth round
    found.extend(_towns_after_facilities(text, found))  # nineteenth round
    found.extend(_towns_from_after_names_20(text, found))  # twentieth round
    if section in REFERENCE_SECTIONS:
        found = [f for f in found if not (f.category == "url" and _cited(text, f))]
    # ninth round: a place that is a state by the word after it ("Oyo State", "Jalisco State",
    # "Punjab Province") or before it ("State of Osun") is a state: Safe Harbor keeps it
    found = [f for f in found if not (f.category == "place" and (
        _STATE_WORD_AFTER.match(text, f.end) or _STATE_WORD_BEFORE.search(text, max(0, f.start - 16), f.start)))]
    found = [f for f in found if not _not_an_identifier(text, f)]  # tenth round
    kept = [_filed(text, f) if f.confidence in (_GENERIC_CONFIDENCE, _GROUPED_CONFIDENCE) else f
            for f in _resolve(found)]
    if original is not text:
        kept = [Finding(f.category, f.start, f.end, original[f.start:f.end], f.confidence, f.why)
                for f in kept]
    return kept


def _cited(text: str, f: Finding) -> bool:
    """A web address the literature's, in a section that cites: a journal's, a DOI, PubMed…;
    or a public body's, a university's or an intergovernmental one (guidelines, reports); or
    any one a citing phrase introduces ("guidance at …", "available from …") in a sentence
    that names no relative, no blog, no page of the patient's."""
    if p.LITERATURE_URL.search(f.text):
        return True
    if p.PERSONAL_PATH.search(f.text):
        return False  # thirteenth round (fresh16): a patient's record ("…/expediente/44336")
    before = text[max(0, f.start - 120):f.start]
    if p.PERSONAL_BEFORE.search(before):
        return False
    return bool(p.PUBLIC_BODY_URL.search(f.text) or p.CITING_BEFORE.search(before))


_STATE_WORD_AFTER = re.compile(r"[ \t]+(?:State|Province|Region|Pradesh|Governorate|Oblast|Prefecture|Territory|"
                               r"Emirate|Voivodeship|Canton)\b(?![ \t]*:)")
_STATE_WORD_BEFORE = re.compile(r"\b(?:State|Province|Estado|Provincia|Província|Région|Regione|Canton)[ \t]+(?:of|de|do|da|di|du)?[ \t]*\Z")


# Tenth round: what is never an identifier, whatever detector found it.
# A diagnosis code on its own shape: ICD-10 ("I21.0", "A91", "K35.80", "S72.001A"), ICD-11
# ("1D21", "BA41.Z", "5A11"), with or without "ICD-10"/"CIE-10"/"CID-10" before it.
_DIAGNOSIS_CODE = re.compile(
    r"(?:(?:ICD|CIE|CID|MKB|MKN|MKCH|ICPC)-?(?:1[01]|2)?(?:-CM|-AM)?[ \t:=]*)?"
    r"(?:[A-Z]\d{2}(?:[.]\d{1,3}[A-Z]?|[.][A-Z])?|[0-9A-HJ-NP-Z][A-HJ-NP-Z]\d[0-9A-HJ-NP-Z](?:[.][0-9A-Z]{1,4})?)")
_ICD_BEFORE = re.compile(r"\b(?:ICD|CIE|CID|MKB|MKN|ICPC)\b", re.IGNORECASE)
_CODE_CATEGORIES = frozenset({"other_id", "mrn", "health_plan", "account", "licence", "vehicle", "device",
                              "ssn", "zip"})
# A laboratory target, a gene, an assay: the code of what was measured, not of the patient
# ("PCR (IS2404) positive", "GeneXpert MTB/RIF", "JAK2 V617F", "assay ABX-112", "primer set P7").
_LAB_BEFORE = re.compile(
    r"\b(?:PCR|qPCR|RT-PCR|LAMP|NAAT|assay|assays|gene|genes|target|targets|primers?|probes?|locus|loci|"
    r"alleles?|mutations?|variants?|genotypes?|serotypes?|strains?|insertion[ \t]+sequence|amplicon|"
    r"sequencing|panel|marker|markers|antigen|antibod(?:y|ies)|clone|kit|reagent)\b[^.;:\n]{0,12}\Z",
    re.IGNORECASE)
_LAB_AFTER = re.compile(
    r"[)\]]?[ \t]*(?:gene|mutation|variant|allele|deletion|insertion|amplification|target|assay|wild[ \t-]type|"
    r"(?:was[ \t]+|is[ \t]+)?(?:positive|negative|detected|not[ \t]+detected|amplified|reactive|non-reactive))\b",
    re.IGNORECASE)
# An eponymous document or rule named "X of Place" ("Declaration of Helsinki", "Convention of
# Istanbul", "Criteria of Rome"): the place names the text, not the patient's whereabouts.
_EPONYM_OF_BEFORE = re.compile(
    r"\b(?:declaration|convention|consensus|statement|protocol|charter|criteria|classification|"
    r"definition|treaty|accord|agreement|principles|guidelines|rules|process|conference|congress|"
    r"symposium|school|university|declaración|declaração|déclaration|deklaracja|deklarace|erklärung|"
    r"criterios|critérios|critères)[ \t]+(?:of|de|do|da|du|von|des|z|ze)[ \t]+(?:the[ \t]+|la[ \t]+|le[ \t]+)?\Z",
    re.IGNORECASE)
# A place that is a first-level region by the word before it in other languages ("wilaya de
# Tlemcen", "región de Ñuble", "województwo śląskie", "departamento de Antioquia").
_REGION_WORD_BEFORE = re.compile(
    r"\b(?:wilaya|wilayah|willaya|región|regiao|região|región|departamento|département|provincia|"
    r"província|province|estado|state|governorate|muhafazat|ostan|il|kraj|województwo|voivodeship|"
    r"oblast|prefecture|changwat|tỉnh|provinsi)[ \t]+(?:of|de|del|do|da|du|d['’])?[ \t]*\Z", re.IGNORECASE)
# A document's or a form's name in another language at a heading ("Karta informacyjna",
# "Epikriz", "Informe de alta", "Compte rendu", "Arztbrief", "Propouštěcí zpráva"): the first
# word of a name or place the scanner found, never a person's or a town's.
_DOCUMENT_WORDS = word_set("""
karta wypis skierowanie zaświadczenie zaswiadczenie raport notatka historia epikryza epikriz epikrisis
epicrisis epicrise epikris informe compte rendu arztbrief entlassungsbrief befund befundbericht bericht
kurzbrief verlegungsbrief zpráva zprava propouštěcí propousteci lékařská lekarska výpis vypis
relatório relatorio resumo sumário sumario laudo atestado certificado receita receta ordonnance
certificat lettre fiche résumé rapport verslag ontslagbrief brief overdracht referto lettera
dimissione cartella utskrivningsmeddelande epikrise rapor taburcu özet ozet giấy giay phiếu phieu
bệnh benh surat rujukan ringkasan resume kartu ใบ hoja parte nota carta formulário formulario
formulaire formular formularz hojas certificate summary
izraksts išrašas israsas väljavõte valjavote выписка выписной виписка эпикриз епікриз выпіска odpustnica
otpusnica otpusno izvod izvještaj izvestaj izveštaj kivonat zárójelentés
página pagina seite strona stránka sida sidan
""")
# Field labels, postal keywords, demonyms: capitalised words a form puts before a value.
_LABEL_NOT_NAME = word_set("""
jina nimi nafn enw namn navn naam imię faksi faks fakss telefon simu puhelin sími ffôn salud saúde santé
e-mail email e-post correo courriel tel tél tel. fax bed beds cama lit allergies allergy alergias
alergia allergien allergie isolation isolamento aislamiento diagnosis diagnose diagnostic diagnóstico
diagnostico tanı tani teşhis tehis rozpoznanie dg chẩn cep cp plz npa cap zip pin postcode kodepos psč
psc kod pocztowy canadian american british english scottish welsh irish german dutch spanish
portuguese italian swiss swedish norwegian danish finnish polish czech slovak hungarian russian
ukrainian chinese japanese korean indian australian brazilian mexican argentine argentinian chilean
peruvian colombian venezuelan cuban kenyan ghanaian nigerian ethiopian somali egyptian moroccan
algerian tunisian lebanese syrian saudi emirati turkish iranian iraqi afghan pakistani bangladeshi
nepali vietnamese thai indonesian malaysian filipino singaporean european african asian
caribbean hispanic latino arab arabic
adresa adresse adres anschrift dirección direccion endereço endereco indirizzo kennzeichen
""")  # (thirteenth round, fresh16: the address's and the plate's labels, "(Adresa, checked)")
_OF_WORDS = word_set("""of de del do da du d' von des z ze the la le wilaya wilayah willaya región regiao región
região departamento département provincia província province estado state governorate muhafazat ostan il kraj
województwo voivodeship oblast prefecture changwat tỉnh provinsi""")
_MODEL_BEFORE = re.compile(r"\b(?:model|modelo|modèle|modell|models)[ \t:#=]*\Z",
                           re.IGNORECASE)
# Twelfth round: an ICD-O morphology code ("M8140/3"); a haemoglobin or clotting factor variant
# named after a place ("Factor V Leiden", "Hb Constant Spring", "HbD Punjab"); a place that
# names a scale, a score or a study in a title ("Toronto Western Spasmodic Torticollis Rating
# Scale", "Darwin prospective melioidosis study").
_MORPHOLOGY_CODE = re.compile(r"M?\d{4}/[0-39]")
_LABEL_AFTER_POSTNOMINAL = re.compile(r"\b(?:RN|RGN|RM|MD|DO|NP|PA)\.?[ \t]*\n?[ \t]*\Z")
# A gene before its variant in HGVS notation ("SLCO1B1 c.521T>C", "BRCA2 p.Ser1982fs"); a code
# inside a DOI or a web address ("doi:10.1016/S0140-6736(19)0148-X", ".../pubmed/18431116/").
_HGVS_AFTER = re.compile(r"[ \t]+(?:c|p|g|m|n|r)\.[\dA-Z*(\[_-]")
_INSIDE_A_LINK = re.compile(r"(?:\b10\.\d{4,9}/|://)\S*\Z")
_VARIANT_BEFORE = re.compile(r"\b(?:Factor[ \t]+(?:[IVX]+|[0-9]{1,2})|Hb[ \t]?[A-Z]?|Ha?emoglobin(?:[ \t]+[A-Z])?)[ \t]+\Z")
_NAMES_A_THING_AFTER = re.compile(
    r"(?:[ \t]+(?!(?:for|the|a|an|to|in|of|with|at|on|and|or|by|from|as|her|his|their|our|this|that)\b)"
    r"[A-Za-z][\w'’-]*|,?[ \t]+(?:and|&)[ \t]+[A-Z][\w'’-]*|,[ \t]+[A-Z][\w'’-]*){0,4}?[ \t]+(?i:fever|virus|disease|scale|score|criteria|classification|questionnaire|index|"
    r"rules?|protocol|study|trial|cohort|inventory|staging|system|grading)\b")


# Thirteenth round (fresh16): a relief society's name, in either order ("Rotes Kreuz", "Red
# Crescent", "Cruz Roja", "Croix-Rouge"): an organisation that transports, not a person.
_RELIEF_SOCIETY = re.compile(
    r"(?i:(?:red|rote[sn]?|rode|rood|rouge|rossa|roja|vermelha|czerwony|červen[ýá])[ \t-]+"
    r"(?:cross|kreuz|kruis|croix|croce|cruz|krzyż|kríž|kříž|crescent|halbmond))"
    r"|(?i:(?:cross|croix|croce|cruz|crescent|croissant)[ \t-]+(?:rouge|rossa|roja|vermelha|red|rouge))")


# Fourteenth round (fresh17, fresh18): a tuberculosis regimen's code ("2HRZE/4HR", "6HRZE",
# "2SHRZE/1HRZE/5HRE", "4(HR)3"), the months and the drugs' letters: never an account or a file
_TB_DRUGS = r"(?:[HRZESTQ]|Lfx|Mfx|Bdq|Dlm|Lzd|Cfz|Pa|Am|Km|Cm|Eto|Pto|Cs|Rfb|Rpt)"
_TB_REGIMEN = re.compile(rf"\d{{1,2}}\(?{_TB_DRUGS}{{2,7}}\)?\d?(?:/\d{{0,2}}\(?{_TB_DRUGS}{{1,7}}\)?\d?)*")
_RESISTANT_INFECTION = re.compile(r"(?:pre-)?(?:MDR|XDR|RR|DR|DS|TDR|Hr|INH)-TB|HIV-[12]|HTLV-(?:I{1,2}|[12])|HSV-[12]|"
                                  r"MRSA|VRE|CRE|ESBL|SARS-CoV-2|COVID-19|H[1-7]N[1-9]")
# a clock time read as an IPv6 address ("from 08:00")
_CLOCK = re.compile(r"[0-2]?\d:[0-5]\d(?::[0-5]\d)?")
# A bedside test named by its minutes or metres: the 20-minute whole blood clotting test, the
# 6-minute walk test, the 30-second sit-to-stand, the 10-metre walk (fifteenth round)
_TIMED_TEST = re.compile(r"\d{1,2}[ -]?(?:WBCT|MWT|MWD|MW|STS|CST|SST|mWT|TUG)")

# Sixteenth round (fresh21, fresh22): a range of a code system's items, one letter prefix at
# both ends and the second number above the first ("OASIS M1800-M1860", "I20-I25", "GG0130-
# GG0170"): a form's or a classification's items, not one person's identifier.
_CODE_RANGE = re.compile(r"(?P<a>[A-Z]{1,3})(?P<x>\d{2,5})[ \t]?[-–][ \t]?(?P=a)(?P<y>\d{2,5})")
# ... and a form's number in brackets after the form's name or a capitalised heading that names a
# form ("FMLA CERTIFICATION (WH-380-E)", "DISABILITY CLAIM (SSA-3368)", "Form (I-9)"), or straight
# after "form".
_FORM_BEFORE = re.compile(r"(?:\b(?:[Ff]orm|FORM|[Ff]ormulario|[Ff]ormulaire|[Ff]ormular|[Ff]ormulário|[Mm]odul[eo])"
                          r"[ \t]*(?:[Nn]o\.?|#)?[ \t]*\(?|(?:^|\n)[ \t]*[A-Z][A-Z0-9&/' \t-]*(?:CERTIFICATION|CERTIFICATE|FORM|CLAIM|"
                          r"APPLICATION|DECLARATION|ATTESTATION|QUESTIONNAIRE)[ \t]\()\Z")

# ... a vehicle's model after its make ("2012 Ford F-250", "Mazda CX-5"), and a word after a
# plate's keyword and a comma (the clause went on: "listed as the Lic plate, OASIS …").
_MAKES = (r"Ford|Toyota|Honda|Chevrolet|Chevy|Nissan|Mazda|Hyundai|Kia|Subaru|Volkswagen|VW|"
          r"BMW|Mercedes(?:-Benz)?|Audi|Dodge|Ram|GMC|Jeep|Tesla|Volvo|Peugeot|Renault|Fiat|Suzuki|"
          r"Mitsubishi|Isuzu|Lexus|Skoda|Škoda|Opel|Vauxhall|Citro[eë]n|Tata|Mahindra|Maruti|Holden|"
          r"Land[ \t]Rover|Kenworth|Freightliner|Peterbilt|Mack|Scania|Iveco|Yamaha|Kawasaki|Polaris|"
          r"John[ \t]Deere|Kubota")
_MAKE_BEFORE = re.compile(rf"\b(?:{_MAKES})[ \t]+\Z")
# (seventeenth round: the retrained model called "a Toyota RAV-4" a place)
_MAKE = re.compile(rf"(?:{_MAKES})\Z")
_CLAUSE_GOES_ON_BEFORE = re.compile(r",[ \t]+\Z")


def _code_range(value: str) -> bool:
    m = _CODE_RANGE.fullmatch(value)
    return bool(m) and len(m.group("x")) == len(m.group("y")) and int(m.group("y")) > int(m.group("x"))


def _form_number(text: str, f: Finding) -> bool:
    if f.category not in ("vehicle", "other_id", "licence", "device") or not f.start:
        return False
    if text[f.start - 1] == "(" and not text.startswith(")", f.end):
        return False
    before = text[max(0, f.start - 60):f.start]
    if not ("orm" in before or "ORM" in before or "odul" in before or before.endswith((" (", "\t("))):
        return False  # (speed: none of _FORM_BEFORE's words, "form", "FORM", "modulo", nor a heading's " (")
    return bool(_FORM_BEFORE.search(text, max(0, f.start - 60), f.start))


def _inside_a_link(text: str, start: int) -> bool:
    """_INSIDE_A_LINK ends at `start`, within 80 characters (speed: its "10." or "://" looked for first)."""
    lo = max(0, start - 80)
    return (text.find("://", lo, start) >= 0 or text.find("10.", lo, start) >= 0) and bool(
        _INSIDE_A_LINK.search(text, lo, start))


# (eighteenth round, fresh27, fresh28: the words of every language that name a disease, a syndrome,
# a sign, a scale, a classification, a fracture… before its eponym: "Maladie de Horton", "Choroba
# Leśniowskiego-Crohna", "Clasificación de Forrest IIb", "Skala Barthel", "signe de Kernig") (not Vietnamese
# "bệnh": "người bệnh", "bệnh nhân" are "the patient")
_EPONYM_LEADS = word_set("""
morbus maladie enfermedad doença doenca malattia morbo ziekte choroba nemoc bolest boala boală boli betegség
sjukdom sygdom sykdom sairaus tauti hastalığı penyakit νόσος νόσου болезнь болест хвороба
болезни болеста хвороби касалии касалиҳои бемории бемориҳои синдроми аломати kasalligi
síndrome sindrome syndrome syndrom zespół zespol sindromul szindróma σύνδρομο синдром sendromu sindrom
signe signo sinal segno zeichen objaw příznak σημείο симптом semnul manobra maniobra manœuvre manovra
reflejo reflexo riflesso réflexe reflexe
escala échelle echelle scala skala škála skála шкала κλίμακα ölçeği
clasificación clasificacion classificação classificacao classification classificazione klassifikation
klasyfikacja klasifikace klasifikácia klasifikacija classificatie классификация ταξινόμηση
criterios critérios criterio critères criteri kriterien kryteria kritéria criteria
estadio stadio stade estadiamento estadificación
fractura fratura frattura złamanie zlomenina törés hernia hernie ernia hérnia przepuklina
quiste kyste cisti cisto torbiel operación opération operazione operação operacja técnica technique tecnica
tríada triade triada fenómeno phénomène fenomeno fenômeno phänomen úlcera ulcère ulcera
clefyd afiechyd syndrom arwydd graddfa malaltia síndrome signe escala bolezen slimība sëmundja sindroma galar
maladi sendwòm sendwom ugonjwa dalili aretina aretin isifo malesa sindroom
хвароба хваробы хваробе сіндром прыкмета шкала enfermidade enfermedade síndrome marda sindromu sinjal
sjúkdómur sjúkdómurin heilkenni siekte sakit
""")
# What a language's name follows: a person's speaking it, a translation from or into it.
_LANGUAGE_BEFORE = re.compile(r"\b(?i:speaks?|spoke|speaking|translated[ \t]+(?:from|into)|interpreted[ \t]+from|"
                              r"(?:first|native|home|only)[ \t]+language[ \t]+is)(?:[ \t]+(?i:only|mostly|mainly|"
                              r"little|some|fluent|broken|a[ \t]+little))?[ \t]+\Z")
# (nineteenth round, fresh33: "на" is Macedonian's and Bulgarian's "of": "Болест на Бехтерев")
# (twenty-first round, fresh40: Maltese's "ta'": "Il-marda ta' Parkinson"; Irish's "an")
_EPONYM_OF = word_set("de del della des di do da du of van von z ze la на ta' ta’ an")


# (nineteenth round, fresh34: Vietnamese's leads, some of two syllables: "bệnh Kawasaki", "hội
# chứng Down", "dấu hiệu Murphy", "thang điểm Glasgow"; but "người bệnh Lan" is "the patient
# Lan", and "bệnh viện", "bệnh xá" a hospital, an infirmary)
_VI_EPONYM_LEAD_BEFORE = re.compile(r"(?<!\w)(?<![Nn]gười )(?i:bệnh|hội[ \t]+chứng|dấu[ \t]+hiệu|thang[ \t]+điểm|"
                                    r"phân[ \t]+loại|phân[ \t]+độ|tiêu[ \t]+chuẩn|nghiệm[ \t]+pháp)[ \t]+\Z")
_VI_NOT_EPONYM = word_set("viện Viện xá Xá nhân Nhân")
# (nineteenth round, fresh34: the Germanic, Nordic, Finnish and Hungarian languages join an eponym
# to its noun with a hyphen, "Barthel-Index", "Crohn-Krankheit", "Hodgkin-lymfoom",
# "Lachman-Test", "Crohn-betegség"; Turkish and the Nordic languages write the noun after it,
# "Behçet hastalığı", "Ailevi Akdeniz ateşi", "Parkinsons sygdom", "Downs syndrom")
_COMPOUND_EPONYM_NOUNS = word_set("""
index indeks indeksi score skor skala skalen schaal skaala test testi zeichen teken tegn tecken merkki
reflex refleks reflexe syndrom syndroom oireyhtymä szindróma krankheit ziekte sygdom sykdom sjukdom tauti
betegség kór lymphom lymfoom lymfom lymfooma klassifikation klassifikatie klassifikasjon luokitus
kriterien kriterier kriteerit criteria operation operatie operasjon fraktur fractuur murtuma manöver
handgriff probe tumor zyste cyste krise phänomen fenomeen fænomen fenomen methode metode stadium stadien
disease syndrome sign scale staging
""")
_HYPHEN_NOUN_AFTER_20 = re.compile(r"-([^\W\d_]+)")
_EPONYM_NOUNS_AFTER = word_set("""
hastalığı sendromu ateşi belirtisi testi skoru ölçeği sınıflaması kriterleri refleksi
sygdom sykdom sjukdom syndrom tauti oireyhtymä betegség szindróma
liga ligos ligą sindromas sindromo gaixotasuna gaixotasunak sindromea slimība tõbi haigus sündroom
""")


# (nineteenth round, fresh34: a ward by its patients' sex, as English-speaking Africa and the UK
# name them; a sentence's "none", "no" in the languages that capitalise it first; a ward's word)
_WARD_SEX = word_set("male female men's women's mens womens men women")
_NO_WORDS = word_set("""keine kein keinerlei nessun nessuna nessuno ningún ninguna ninguno aucun aucune nulle geen
ingen intet nenhum nenhuma nenhuns žádné žádná žádný żadnych żadne nincs hiçbir""")
_WARD_AFTER = word_set("ward wards wing pavilion")


def _eponym_lead_before(text: str, start: int) -> bool:
    """One of _EPONYM_LEADS ends the text before `start`, alone or with its "of" ("signe de ",
    "maladie d'", "Morbus ")."""
    words = text[max(0, start - 32):start].rstrip(" \t").removesuffix("d'").removesuffix("d’").lower().split()
    while words and words[-1] in _EPONYM_OF and len(words) > 1:
        words.pop()
    return bool(words) and words[-1] in _EPONYM_LEADS
_TEST_RESULT_AFTER = re.compile(r"[ \t]*(?:[+−][ \t]*(?=[,;)\n]|\Z)|\((?:\+|−|-|pos|neg)\))")
_PRODUCT_BEFORE = re.compile(r"(?<![\w-])(?:an?|the)[ \t]+[A-Z][a-zäöüé]{2,}[ \t]+\Z")
_AMINO_ACID_CHANGE = re.compile(r"[A-Z]\d{1,4}[A-Z*](?:/[A-Z]\d{1,4}[A-Z*])?")
_GENE_BEFORE = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]{1,7}[ \t]*:?[ \t]*\Z")
_LITERATURE_LABEL_BEFORE = re.compile(r"\b(?i:PMID|PMCID|PubMed(?:[ \t]+(?:ID|Central))?)[ \t]*(?:[:#]|no\.?)?[ \t]*\Z")


_SPEAKING_AFTER = re.compile(r"-(?:speaking|speaker|speakers)\b")  # (not " speaking": "Maria speaking to …")
# A road's number (a letter or two, a number of up to three digits) after a road's noun or the
# article a road takes: Spain's "la A-92", "autovía A-4", "carretera N-340", France's "l'A7",
# Portugal's "a A1", "the M6", "on the N2".
_ROAD_NUMBER = re.compile(r"[A-Z]{1,2}-?\d{1,3}")
_ROAD_BEFORE = re.compile(r"(?<![\w])(?i:la|autovía|autovia|autopista|carretera|estrada|autoestrada|rodovia|autoroute|"
                          r"route|nationale|l['’]|autostrada|strada[ \t]+statale|motorway|highway|the|on[ \t]+the)[ \t]*\Z")


def _not_an_identifier(text: str, f: Finding) -> bool:
    category = f.category
    if category == "ip" and _CLOCK.fullmatch(f.text):
        return True
    if (category in ("name", "place", "address") and f.text.rsplit(None, 1)[-1] in _HIGHWAY_KINDS_20
            and " " in f.text and not any(c.isdigit() for c in f.text)):
        return True  # twentieth round (fresh38): "on the Matilda Highway", a highway (not "Highway" a surname)
    if category in ("name", "place") and (_VALEDICTION_WHOLE.fullmatch(f.text) or _SPEAKING_AFTER.match(text, f.end)):
        return True  # twenty-first round (fresh41): a letter's closing, "Freundliche Grüsse", is no one and nowhere;
        # a word before "-speaking" names a language ("Ilocano-speaking")
    if category == "vehicle" and _ROAD_NUMBER.fullmatch(f.text) and _ROAD_BEFORE.search(text, max(0, f.start - 24), f.start):
        return True  # twenty-first round (fresh42): a road's number, "accidente en la A-92", "on the M6"
    if category in _CODE_CATEGORIES:
        value = f.text
        if _TB_REGIMEN.fullmatch(value) and sum(c.isalpha() for c in value) >= 3:
            return True
        if _RESISTANT_INFECTION.fullmatch(value):
            return True  # nineteenth round (fresh31): "MDR-TB", "XDR-TB", "HIV-1": a disease, not a plate
        if _TIMED_TEST.fullmatch(value):
            return True  # fifteenth round (fresh19, fresh20): "20WBCT", "6MWT": a bedside test
        if f.confidence <= _GENERIC_CONFIDENCE and _PRODUCT_BEFORE.search(text, max(0, f.start - 30), f.start):
            return True  # seventeenth round: "on a Fresenius 5008S", "a Dräger V500": a maker's model
        if _AMINO_ACID_CHANGE.fullmatch(value) and _GENE_BEFORE.search(text, max(0, f.start - 12), f.start):
            return True  # seventeenth round: "MEFV M694V/M694V": a gene's variant, not a code
        if _LITERATURE_LABEL_BEFORE.search(text, max(0, f.start - 20), f.start):
            return True  # seventeenth round (fresh25): "See PubMed ID 7830023": a paper's number
        if _code_range(value) or _form_number(text, f):
            return True  # sixteenth round (fresh21, fresh22): "M1800-M1860", "(WH-380-E)"
        if category == "vehicle" and f.start and (
                _MAKE_BEFORE.search(text, max(0, f.start - 30), f.start)
                or (not any(c.isdigit() for c in value) and _CLAUSE_GOES_ON_BEFORE.search(text, max(0, f.start - 4), f.start))):
            return True  # sixteenth round: "the 2012 Ford F-250" (a model); "… as the plate, OASIS …"
        if _DIAGNOSIS_CODE.fullmatch(value) and (
                value[:1].isalpha() and value[1:3].isdigit() and category != "zip" or _ICD_BEFORE.search(text, max(0, f.start - 30), f.start)
                or value[:3].isalpha()):
            return True
        if (f.confidence <= _GENERIC_CONFIDENCE or f.why.startswith("a code shaped")) and (
                _search_lowered(_LAB_BEFORE, text, max(0, f.start - 40), f.start) or _LAB_AFTER.match(text, f.end)):
            return True
        if (_MORPHOLOGY_CODE.fullmatch(value) or _HGVS_AFTER.match(text, f.end)
                or _inside_a_link(text, f.start)):
            return True
        return category == "device" and bool(_MODEL_BEFORE.search(text, max(0, f.start - 12), f.start))
    if category == "place" and (_VARIANT_BEFORE.search(text, max(0, f.start - 16), f.start)
                                or _NAMES_A_THING_AFTER.match(text, f.end, min(len(text), f.end + 60))):
        return True
    if category == "name" and _LABEL_AFTER_POSTNOMINAL.search(text, max(0, f.start - 6), f.start) and (
            text.startswith(":", f.end) or text.startswith(" :", f.end)):
        return True  # "…, RN\nRekomendacijos: …": the post-nominal ended a signature, a label follows
    if category in ("name", "place"):
        first = f.text.split(None, 1)[0].lower() if f.text.strip() else ""
        if first in _DOCUMENT_WORDS or first in _LABEL_NOT_NAME:
            return True
        if category == "name" and _TEST_RESULT_AFTER.match(text, f.end):
            return True  # seventeenth round (fresh23, fresh25): "(Rose Bengal +, Wright 1/640)", "Widal (+)": a
            # test and its result's sign
        if (first in _EPONYM_LEADS and (" " in f.text.strip() or _EPONYM_AFTER.match(text, f.end))
                or _eponym_lead_before(text, f.start)):
            return True  # "Morbus Bechterew", "maladie de Parkinson", "Skala Barthel", "signe de Kernig": an eponym
            # (nineteenth round, fresh33: the lead word alone, "[Maladie] de Horton", is no name either)
        if first not in _VI_NOT_EPONYM and not text.isascii() and _VI_EPONYM_LEAD_BEFORE.search(  # (speed: non-ASCII words)
                text, max(0, f.start - 16), f.start):
            return True  # nineteenth round: "Bệnh Kawasaki", "hội chứng Down": an eponym
        last = f.text.rsplit(None, 1)[-1] if f.text.strip() else ""
        if "-" in last and last.rsplit("-", 1)[1].lower() in _COMPOUND_EPONYM_NOUNS:
            return True  # nineteenth round: "Barthel-Index", "Crohn-Krankheit": an eponym and its noun
        joined = _HYPHEN_NOUN_AFTER_20.match(text, f.end)
        if joined and joined.group(1).lower() in _COMPOUND_EPONYM_NOUNS:
            return True  # twentieth round (fresh35): "[Basedow]-kór", the span short of the eponym's noun
        after = _EPONYM_AFTER.match(text, f.end)
        if after and after.group("n").lower() in _EPONYM_NOUNS_AFTER:
            return True  # nineteenth round: "Behçet hastalığı", "Parkinsons sygdom": an eponym and its noun
        if " " in f.text.strip() and (_hospital_unit(f.text.split()) or _capital_heading(f.text)):
            return True  # eighteenth round: "Παθολογική Κλινική", "Khoa Nội", "ВИПИСКА З МЕДИЧНОЇ КАРТИ"
        words = f.text.split()
        if len(words) > 1 and words[0].lower() in _WARD_SEX and all(
                _UNIT_SPECIALTY.match(w.lower()) or w.lower() in _UNIT_NOUNS for w in words[1:]):
            return True  # nineteenth round (fresh34): "Male Medical", "Female Surgical Ward": a ward
        if words and words[0].lower() in _NO_WORDS:
            return True  # nineteenth round (fresh34): "Keine Komplikationen", "Nessuna complicanza": no name
        if category == "place" and (after := _EPONYM_AFTER.match(text, f.end)) and after.group("n").lower() in _WARD_AFTER:
            return True  # nineteenth round (fresh34): "St Joseph's ward", "Nightingale Ward": a ward's name
        if _heading_tail(text, f):
            return True  # nineteenth round (fresh31): "IZRAKSTS NO SLIMĪBAS VĒSTURES", the record a document is from
        if _LANGUAGE_BEFORE.search(text, max(0, f.start - 40), f.start):
            return True  # eighteenth round (fresh28, fresh29): "speaks mostly Cajun French", "translated from Yolŋu Matha"
        if category == "place" and f.start and text[f.start - 1] in " \t":
            before = text[max(0, f.start - 40):f.start]
            words = before.lower().split()[-3:]
            if any(w in _OF_WORDS for w in words) and (
                    _EPONYM_OF_BEFORE.search(before) or _REGION_WORD_BEFORE.search(before)):
                return True
        if category == "name" and " " in f.text and (
                f.text in dictionaries().regions or _RELIEF_SOCIETY.search(f.text)):
            return True
    return False


# Spaces that forms and word processors put between a keyword and its value.
_SPACES = {0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x2009: " ", 0x3000: " ",
           # eighth round: hyphens of other kinds ("‐", non-breaking "‑") are hyphens
           0x2010: "-", 0x2011: "-"}
_SPACE_CHARS = re.compile("[" + "".join(map(chr, _SPACES)) + "]")
# Tenth round: leader dots between a form's label and its colon, read as spaces (same length).
_LEADER_DOTS = re.compile(r"(?<=[^\W\d_])\.{3,}[ \t]*:")
# Eighth round: an en dash, a figure dash or a minus between digits is a number's hyphen.
_DIGIT_DASH = re.compile(r"(?<=\d)[–‒−](?=\d)")


def _resolve(found: list[Finding]) -> list[Finding]:
    kept: list[Finding] = []
    # The spans kept so far, disjoint, sorted by start (so their ends are sorted too): a span
    # overlaps one of them only if it overlaps the last one starting before its end (speed:
    # a bisection, not a look at every kept span).
    starts: list[int] = []
    ends: list[int] = []
    # A code flagged for its shape alone (confidence 0.5 or less) yields to any other finding.
    for f in sorted(found, key=lambda f: (-_rank(f), -(f.end - f.start), f.start, -f.confidence)):
        if f.end <= f.start:
            continue
        at = bisect.bisect_left(starts, f.end)
        if at and ends[at - 1] > f.start:
            continue
        kept.append(f)
        starts.insert(at, f.start)
        ends.insert(at, f.end)
    return sorted(kept, key=lambda f: f.start)


def _rank(f: Finding) -> int:
    if f.confidence <= 0.5:
        return 1
    if f.confidence == _GENERIC_CONFIDENCE:  # ninth round: after a label nobody listed
        return 3
    # a number a keyword announces ("Aadhaar 0714 0338 7387", "Study ID: 0959 …") is that
    # identifier, even where its digits could also be dialled
    if f.category == "other_id" and f.confidence >= 0.85:
        return 8
    return _PRIORITY[f.category]


def _finding(text: str, category: str, start: int, end: int, confidence: float,
             why: str) -> Finding:
    return Finding(category, start, end, text[start:end], confidence, why)


# ---------------------------------------------------------------- shaped identifiers

def _emails(text: str):
    for m in (p.EMAIL.finditer(text) if "@" in text else ()):  # (ninth round, speed)
        yield _finding(text, "email", m.start(), m.end(), 0.99, "an email address")


_TRAILING = ".,;:!?"


def _urls(text: str):
    _lowered(p.URL, p.URL, text)
    low = _LOWERED[1] if _LOWERED[1] is not None else text.lower()
    if not ("://" in text or "www." in low or p.URL_DOT_TLD.search(text)):
        return
    for m in p.URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in _TRAILING:
            end -= 1
        yield _finding(text, "url", m.start(), end, 0.95, "a web address")


def _ips(text: str):
    for m in p.IPV4.finditer(text):
        yield _finding(text, "ip", m.start(), m.end(), 0.9, "an IPv4 address")
    # (ninth round, speed: an IPv6 address has "::", seven colons or ":ffff:")
    ipv6 = "::" in text or text.count(":") >= 7 or ":ffff:" in text or ":FFFF:" in text
    for m in (p.IPV6.finditer(text) if ipv6 else ()):
        if m.group().count(":") >= 2:
            yield _finding(text, "ip", m.start(), m.end(), 0.9, "an IPv6 address")


def _ssns(text: str):
    for m in p.SSN.finditer(text):
        yield _finding(text, "ssn", m.start(), m.end(), 0.88, "the shape of an SSN (3-2-4)")
    if "@" in text:
        for m in p.HANDLE_AT.finditer(text):
            if p.NETWORK_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                yield _finding(text, "other_id", m.start(), m.end(), 0.85, "a social media handle")
    lower = text.lower()
    if "handle" in lower or "user" in lower or "gamertag" in lower:
        for m in _finditer_twin(p.HANDLE_KEYED, _HANDLE_KEYED_TWIN, text):
            yield _finding(text, "other_id", m.start("v"), m.end("v"), 0.85, "a social media handle")
    for m in _at_keywords(p.SSN_KEYED, p.SSN_HINT, text):
        yield _finding(text, "ssn", m.start("v"), m.end("v"), 0.95,
                       "a number after 'SSN' or 'social security'")


# What every MAC address holds (speed: scanned from its separators, rarer than the hex letters
# MAC_ADDRESS is tried at).
_MAC_INNER = re.compile(r"[:-][0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]")


def _keyword_starts(text: str) -> list[int]:
    """Where a keyword may start: a word whose _first_word() is true, one of FIRST_WORDS_EXACT,
    or a letter of LETTER_KEYWORDS before "/" or "." (ninth round, speed: found by patterns of
    those words, the engine skipping to their first letters, instead of a look at every word;
    a word with letters other than ASCII ones is still looked at by _first_word)."""
    _lowered(p.WORD, p.WORD, text)
    low = _LOWERED[1]
    if low is None:
        return [w.start() for w in p.WORD.finditer(text)
                if _first_word(w.group()) or w.group() in p.FIRST_WORDS_EXACT
                or (w.group().lower() in p.LETTER_KEYWORDS and text[w.end():w.end() + 1] in ("/", "."))]
    starts = {m.start() for m in itertools.chain(_FIRST_WORDS_AT.finditer(low), _FIRST_WORDS_EXACT_AT.finditer(text),
                                                 _LETTER_KEYWORDS_AT.finditer(low))}
    if not text.isascii():
        done = -1
        for m in _NON_ASCII_LETTER.finditer(text):
            if m.start() < done:
                continue
            start = m.start()
            while start and _LETTER.match(text, start - 1):
                start -= 1
            word = p.WORD.match(text, start)
            done = word.end() if word else m.end()
            if word and _first_word(word.group()):
                starts.add(start)
    return sorted(starts)


def _keyed(text: str):
    starts = _keyword_starts(text)
    _lowered(p.KEYWORDS_BEFORE, _KEYWORDS_BEFORE_TEST, text)
    low = None if _LOWERED[2] else _LOWERED[1]
    announcing: set[int] = set()  # keywords with their value after them ("MRN 7719203")
    claimed: list[tuple[int, int]] = []  # their values: a keyword after them does not re-name them
    inside = -1  # the end of the last keyword matched: a word inside it starts no other one
    for start in starts:
        if start < inside:
            announcing.add(start)
            continue
        # (speed: most words that may start a keyword start none; the test says so faster, and
        # which category's keyword comes first at best)
        if low is None:
            m = p.KEYWORDS_BEFORE.match(text, start)
        else:
            test = _KEYWORDS_BEFORE_TEST.match(low, start)
            m = test and p.KEYWORDS_BEFORE_FROM[test.lastgroup].match(text, start)
        if not m:
            continue
        value = _keyed_value(text, m)
        if value is None:  # another category's keyword may start here ("registration no")
            for category, regex in p.KEYWORDS_BEFORE_EACH.items():
                other = regex.match(text, start)
                # the same category may have a longer keyword ("GMC registration …")
                if other and category == m.lastgroup and other.end() == m.end():
                    other = None
                value = _keyed_value(text, other) if other else None
                if value is not None:
                    m = other
                    break
        if value is None:
            continue
        category = m.lastgroup
        announcing.add(start)
        inside = value.start("v")
        claimed.append((value.start("v"), value.end("v")))
        keyword = text[m.start():m.end()].strip(" \t\n:#=|([,-")
        category = _refile(text, "vehicle" if category == "vin" else category, keyword,
                           m.start(), value.group("v"))
        begin, finish = value.start("v"), value.end("v")
        check = _CHECK_DIGIT.match(text, finish)
        if check and category == "other_id":
            finish = check.end()  # eighth round: "A123456(7)", Hong Kong's check digit
        if (category in ("licence", "device") and text[m.start():begin].endswith("-") and keyword.isupper()
                and keyword.isalpha() and len(keyword) <= 4 and text[m.start():begin] == keyword + "-"
                and (category == "device" or _LETTER_DASH_DIGITS.match(value.group("v")))):
            begin = m.start()  # eighth round: "DHA-P-1234567", "SN-X408117": the prefix is the value's
        yield _finding(text, category, begin, finish, 0.9,
                       f"a number after '{keyword}'")
    for start in starts:
        m = None if start in announcing or (low is not None and not _KEYWORDS_AFTER_TEST.match(low, start)) else (
            p.KEYWORDS_AFTER.match(text, start))
        if not m:
            continue
        category = m.lastgroup
        head = max(0, m.start() - 60)
        regex = {"vehicle": p.VALUE_PLATE_BEFORE, "ssn": p.VALUE_SSN_BEFORE}.get(
            category, p.VALUE_BEFORE)
        value = regex.search(text, head, m.start())
        if value and (any(s < value.end("v") and value.start("v") < e for s, e in claimed)
                      or _is_date(value.group("v")) or p.DATE_WORDS.fullmatch(value.group("v"))):
            continue  # claimed by a keyword before it; a date is not a number of that kind
        if (value and m.group().isupper() and not text[value.end("v"):m.start()].strip()
                and _SENTENCE_GOES_ON.match(text, m.end())):
            continue
        if (value and m.group()[:1].isupper() and not m.group().isupper()
                and not text[value.end("v"):m.start()].strip() and _PROSE_OF.match(text, m.end())):
            continue  # eighth round: "… 9503 Account of events": a heading, not a keyword  # "… 20/05/2019 OHIP covers the assessment": the scheme is a subject
        if value and category == "vehicle":
            category = _refile(text, category, m.group(), value.start("v"), value.group("v"))
        if category == "vehicle" and value and not any(c.isalpha() for c in value.group("v")):
            continue  # a plate has letters: "10 units reg" is insulin
        if value and _identifier_like(value.group("v")) and (
                category == "ssn" or not p.UNIT_AFTER.match(text, value.end("v"))):
            category = _refile(text, category, m.group(), value.start("v"), value.group("v"))
            yield _finding(text, category, value.start("v"), value.end("v"), 0.85,
                           f"a number before '{m.group()}'")
    if (text.count(":") >= 5 or text.count("-") >= 5) and _MAC_INNER.search(text):
        for m in p.MAC_ADDRESS.finditer(text):
            yield _finding(text, "device", m.start(), m.end(), 0.85, "a MAC address")
    for m in p.VIN.finditer(text):
        yield _finding(text, "vehicle", m.start(), m.end(), 0.7,
                       "17 characters shaped like a vehicle identification number")
    for m in p.NI_NUMBER.finditer(text):
        yield _finding(text, "other_id", m.start(), m.end(), 0.8,
                       "the shape of a UK National Insurance number")
    for m in p.MBI.finditer(text):
        yield _finding(text, "health_plan", m.start(), m.end(), 0.85,
                       "the shape of a Medicare Beneficiary Identifier")
    for m in p.IBAN.finditer(text):
        if m.group()[:2] in p.IBAN_COUNTRIES and _digits(m.group()) >= 10:
            yield _finding(text, "account", m.start(), m.end(), 0.85, "the shape of an IBAN")
    for regex, category, why in ((p.CPF, "other_id", "the shape of a Brazilian CPF"),
                                 (p.AADHAAR, "other_id", "the shape of an Indian Aadhaar number"),
                                 (p.IN_PLATE, "vehicle", "the shape of an Indian registration plate")):
        for m in regex.finditer(text):
            if regex is not p.IN_PLATE or m.group()[:2] in p.IN_STATES:
                yield _finding(text, category, m.start(), m.end(), 0.7, why)
    for m in p.MEDICARE_AU.finditer(text):
        yield _finding(text, "health_plan", m.start(), m.end(), 0.7,
                       "the shape of an Australian Medicare number")
    for m in _finditer_first(_PLATE_SHAPES_FIRST, text):
        m = _Whole(m)
        if p.DATE_WORDS.fullmatch(m.group()):
            continue  # "12-NOV-58"
        yield _finding(text, "vehicle", m.start(), m.end(), 0.7,
                       "the shape of a registration plate (Ireland, Mexico, South Africa, Kenya…)")
    if "(01)" in text:
        for m in p.UDI_GS1.finditer(text):
            yield _finding(text, "device", m.start(), m.end(), 0.85, "a GS1 unique device identifier")
    if "/$" in text:
        for m in p.UDI_HIBCC.finditer(text):
            yield _finding(text, "device", m.start(), m.end(), 0.85, "a HIBCC unique device identifier")
    for m in p.NATIONAL_SHAPES.finditer(text):
        yield _finding(text, "other_id", m.start(), m.end(), 0.7,
                       "the shape of a national number (Chile, Argentina, Korea, the Emirates)")
    for m in p.UK_PLATE.finditer(text):
        yield _finding(text, "vehicle", m.start(), m.end(), 0.7,
                       "the shape of a British registration plate")
    for m in p.LONG_NUMBER.finditer(text):
        if p.UNIT_AFTER.match(text, m.end()) or _search_lowered(
                p.CODE_LABEL_BEFORE, text, max(0, m.start() - 16), m.start()):
            continue
        category, cue = _cue(text, m.start(), m.end())
        yield _finding(text, category, m.start(), m.end(), 0.5,
                       "a long number with no unit (8 digits or more)"
                       + (f" named by '{cue}'" if cue else ""))
    for m in p.CODE.finditer(text):
        code = m.group()
        if (_YEARS.match(code) or p.CLINICAL_CODE.match(code) or p.TNM_LIKE.match(code)
                or _search_lowered(p.CODE_LABEL_BEFORE, text, max(0, m.start() - 16), m.start())
                or (code[:1].isdigit() and p.UNIT_AFTER.match(text, m.end()))):  # "125-250-500 mg"
            continue
        category, cue = _cue(text, m.start(), m.end())
        yield _finding(text, category, m.start(), m.end(), 0.4,
                       "a code shaped like an identifier (capitals and digits)"
                       + (f" named by '{cue}'" if cue else ""))



# ---------------------------------------------------------------- ninth round: unknown labels

# Each author brings keywords nobody listed ("MDCN folio :", "Tessera TEAM n.", "Plaque nr",
# "Carte d'assuré Nº"). The list of keywords stays open; what is closed is the list of what a
# label in a clinical note measures or counts: a value after a label is an identifier unless
# the label is one of these (lab analytes, vitals, doses, scores, device settings, beds and
# wards, cycles and days, trial and code systems, vaccine lots, in several languages) or a unit
# follows the value. Words are matched lower-case, accents kept and removed.
_CLINICAL_LABELS = word_set("""
bp sbp dbp map hr rr pr pulse puls pouls polso pulso temp temperature température temperatura muac
t° spo2 sao2 sat sats saturation saturación gcs avpu bmi imc weight wt poids peso gewicht vikt
height ht taille talla altura größe grösse längd ta fc fr pa tas tad fréquence frequência
frecuencia frequenza blodtryck blodtrykk blutdruck tension presión pressão pressione pressure
glucose glucosa glicose glicemia glicemia glycémie glykemie glukos glucemia bg cbg bsl fbs rbs
hb hgb hemoglobin haemoglobin hemoglobina hémoglobine emoglobina hämoglobin hct hematocrit ht
wbc rbc plt platelets platelet plaquetas plaquettes piastrine thrombozyten trombocyter leucocitos
leucócitos leukocytes leucocytes leucociti leukozyten neutrophils neutrófilos lymphocytes anc alc
mcv mch mchc rdw esr vsg ves crp pcr procalcitonin pct creatinine creatinina créatinine kreatinin
krea urea bun egfr gfr tfg dfg sodium sodio natrium potassium potasio potássio kalium na k cl ca
mg phos phosphate calcium calcio cálcio magnesium magnesio chloride bicarbonate hco3 pco2 po2 ph
lactate lactato be alt ast alp ggt gpt got bili bilirubin bilirrubina bilirubine albumin albumina
albúmina protein proteína protéine tsh ft4 ft3 t4 t3 hba1c a1c troponin troponina tropo trop tnt
tni hs-tnt bnp ntprobnp nt-probnp ck cpk ck-mb ldh inr aptt ptt fibrinogen fibrinógeno d-dimer
ddimer dímero ferritin ferritina ferritine iron fer ferro hierro b12 folate vitamin vitamina cd4
cd8 vl viral load carga copies afp cea ca125 ca19-9 psa amylase lipase lipasa urine urina orina
uacr acr upcr triglycerides cholesterol colesterol ldl hdl insulin cortisol osmolality osm anion
gap lactate ketones cetonas ammonia uric urato
qtc qt qrs ef fevi lvef tapse fev1 fvc dlco pef peak pefr vo2 mets
dose doses dosis dosage posologie posologia dosering dosierung units unidades unités ui iu
infusion infusión perfusion rate taxa tasa débit flow flujo fluxo volume vol vt tidal peep fio2
ipap epap cpap bipap psv ps mode setting settings ventilator pump bomba pompe vitesse speed
joules energy energía charge pacing threshold lower upper
score scores scale grade stage stadio estadio class classe level nivel niveau livello index ratio
apgar bishop ballard alvarado wells curb news news2 mews qsofa sofa apache nihss mrs ecog karnofsky
kps mmse moca phq gad audit epds asa mallampati killip nyha meld chads vasc cha2ds2-vasc hasbled
has-bled timi grace braden waterlow morse norton barthel frailty cfs rockall blatchford
glasgow-blatchford centor feverpain child-pugh
ward bed beds cama cam lit letto bett säng seng room sala quarto habitación chambre stanza zimmer
rum bay cubicle box bay unit unidad unité reparto station sección floor piso étage piano
cycle ciclo zyklus cykel day dia día jour giorno tag dag week semana semaine settimana woche vecka
uke month mes mois mese monat fraction fracción session sesión séance seduta visit
nct isrctn eudract ctri actrn drks chictr trial ensaio ensayo essai studio icd icd-10 icd10 icd-11
icd-o loinc ndc atc snomed cpt hcpcs drg ops cie cim cid gtin
pmid pmcid doi isbn issn vol volume page pages
protocol protocolo protocole amount montant monto importe cost price fee output intake input
balance i/o in/out fluid fluids restriction target goal limit threshold max min maximum minimum
interval reference kcal calories energy mutation variant genotype karyotype allele gene hgvs exon
codon fusion haplotype serotype strain isolate clade subtype lineage regimen compound titre titer
lot lote lotto batch charge vaccine vaccin vacuna vacina impfstoff expiry exp caducidad
ref range normal result results value valor valeur wert total count hours time hora heure ora uhr
duration duración durée steps distance size tamaño taille length
""")
_CLINICAL_LABEL_FOLDED = frozenset(
    unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode() for w in _CLINICAL_LABELS)
_NUMBER_WORD_GLUE = re.compile(r"[#º°]|\b(?:number|num|nbr|no|nr|n|nro|núm|nummer|numero|número|numéro)\b", re.IGNORECASE)
_LABEL_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
_DECIMAL = re.compile(r"\d+[.,]\d{1,2}$|0[.,]\d+$|\d{1,3}[.,]\d{3}$")
# A unit the lists do not hold, by its shape: "kU/L", "cells/µL", "x 10^9", "× 10⁹".
_UNIT_LIKE_AFTER = re.compile(r"[ \t]*(?:[a-zA-Zµμ°]{1,6}/[\wµμ^.]+|[x×][ \t]*10)")
_THOUSANDS = re.compile(r"\d{1,3}[.]\d{3}$")
_SHORT_RANGE = re.compile(r"\d{1,3}[-/]\d{1,3}$")  # "120/80", "150-400": a pressure, a range
# thirteenth round (fresh16): a range of decimals ("95% CI 0.61-0.89", "1.2-3.4"): an interval
_DECIMAL_RANGE = re.compile(r"\d{1,2}[.,]\d{1,3}[-/]\d{1,2}[.,]\d{1,3}$")


def _label_value_like(value: str) -> bool:
    """Five characters or more: four digits, or letters and two digits; not a year, a date,
    a pressure or a short range ("120/80", "150-400"), a decimal ("102.5", "0.125"), nor a
    clinical code ("HbA1c", "T2N0M0")."""
    if (len(value) < 5 or _YEARS.match(value) or _SHORT_RANGE.match(value) or _DECIMAL_RANGE.match(value)
            or _is_date(value)):
        return False
    digits = _digits(value)
    if not value.isdigit() and any(map(str.isalpha, value)):
        return digits >= 2 and not (p.CLINICAL_CODE.match(value) or p.TNM_LIKE.match(value))
    return digits >= 4


def _clinical_label(words: list[str]) -> bool:
    for w in words:
        low = w.lower().strip(".'’")
        if low in _CLINICAL_LABELS:
            return True
        if not low.isascii() and unicodedata.normalize("NFKD", low).encode(
                "ascii", "ignore").decode() in _CLINICAL_LABEL_FOLDED:
            return True
    return False


# The value is found first (a capital or a digit starts it: a fast scan), then what stands
# before it is read backwards: the glue and the label ("MDCN folio : 83239"), a number word
# before the label ("Nº processo 0442-85"), an acronym ("NSS 94 34 50 5718 6").
_VALUE_AT = re.compile(
    r"(?P<v>[A-Z0-9](?<![\w/.+-][A-Z0-9])[A-Z0-9]*(?:(?:[-/.]|(?<=\d)[ ](?=\d))[A-Z0-9]+){0,5})(?![\w/-]|[.,]\d)")
_GLUE_BEFORE = re.compile(
    r"(?:[ \t]*(?:[:#=]|(?<!\w)(?:number|num|nbr|no|nr|n|nro|nummer|numero|número|numéro|Nr|No|NO|N)\b\.?"
    r"|(?<!\w)[nN]\.?[º°o]\.?|Nº|nº))+(?:[ \t]*[-–~](?=[ \t]))?[ \t]*\Z")
_NUMBER_FIRST_BEFORE = re.compile(
    r"(?<!\w)(?:N[º°]|Nº|No\.|Nr\.?|#)[ \t]*(?P<l>(?:de[ \t]+)?[^\W\d_][\w'’-]+(?:[ \t]+[^\W\d_][\w'’-]+)?)"
    r"(?:[ \t]*[:=-])?[ \t]+\Z")
# After the value: a label ending with a number word, in brackets or after "=" or a dash
# ("55120-7 (carnet de afiliado n°)", "BX-4471 = locker nr").
_LABEL_AFTER = re.compile(
    r"[ \t]*(?:[(\[=]|[–—-]{1,2}(?=[ \t]))[ \t]*(?P<l>(?:[^\W\d_][\w'’.-]*[ \t]+){0,3}"
    r"(?i:number|nummer|numéro|número|numero|no\.?|nr\.?|n[º°]\.?|#|ID))(?![\w])")
_AFTER_STOP = word_set("see per as in on at the of to from and or with for")
_ACRONYM_BEFORE = re.compile(r"(?<![\w.-])(?P<l>[A-Z]{2,6})[ \t]+\Z")
# A long number in three groups or more ("00683-6514583-6", "87-376304330-9"): an identifier's
# own shape wherever it stands (a phone or a date found elsewhere wins over it).
_GROUPED = re.compile(r"\d{2,6}(?:[-/.]\d{1,10}){2,4}")
_LABEL_TEXT = re.compile(r"[^\W\d_][^\W\d_'’.&/ \t-]*(?:[ \t]*[&/ \t'’.-][ \t]*[^\W\d_]+)*\.?")
_LABEL_BOUNDARY = re.compile(r"(?s:.*)(?:\n|[|;(\[{•>]|[.,:][ \t]|[ \t]{2,}|\t)")


def _unlabelled_value_ok(text: str, v: re.Match, numbered: bool = False) -> bool:
    """`numbered`: a number word announced it ("no. 227.338"): thousands' dots are its groups.
    A value led by a score's or an analyte's name ("NEWS2 4") or after a code system's label
    ("NDC 0002-8215-01", "SNOMED CT 91302008") is clinical."""
    value = v.group("v")
    start = v.start("v")
    return (_label_value_like(value) and not p.UNIT_AFTER.match(text, v.end("v"))
            and not _clinical_label(value.split(" ")[:1])
            and not _search_lowered(p.CODE_LABEL_BEFORE, text, max(0, start - 16), start)
            and not _UNIT_LIKE_AFTER.match(text, v.end("v"))
            and not (_DECIMAL.match(value) and not (numbered and _THOUSANDS.match(value))))


def _labelled(text: str):
    """Ninth round: a value after a label nobody listed is an identifier, unless the label is
    clinical (_CLINICAL_LABELS) or a unit follows. Low confidence: any keyed finding, phone or
    date on the same characters wins."""
    for m in _VALUE_AT.finditer(text):
        value = m.group("v")
        if len(value) < 5 or not _unlabelled_value_ok(text, m, True):  # (it asks _label_value_like first)
            continue  # (the loosest check first: each form below asks it again, as strict or stricter)
        start = m.start()
        label = _label_before(text, m)
        if label is None:
            after = _LABEL_AFTER.match(text, m.end())  # "VALUE (library card no.)"
            if after:
                words = _LABEL_WORD.findall(after.group("l"))
                # not "… - see no. 4", nor a clinical label's value ("WBC 14500 (lab no.)")
                before = _LABEL_WORD.findall(text[max(0, m.start() - 24):m.start()])[-1:]
                if (words[0] not in _AFTER_STOP and not _clinical_label(words) and not _clinical_label(before)
                        and _unnumbered_ok(m)):
                    label = after.group("l")
        if label is not None:
            yield _generic(text, m, label)
        elif _GROUPED.fullmatch(value) and _digits(value) >= 9 and _unnumbered_ok(m):
            yield _finding(text, "other_id", start, m.end(), _GROUPED_CONFIDENCE, "a long number in groups")


def _unnumbered_ok(m: re.Match) -> bool:
    """_unlabelled_value_ok(text, m) for a value that passed _unlabelled_value_ok(text, m, True):
    all it can still fail on is a decimal, which a number word before it no longer excuses
    (speed: the other checks are not run again)."""
    return not _DECIMAL.match(m.group("v"))


def _label_before(text: str, m: re.Match) -> str | None:
    """The label an identifier-like value stands after, unless it is a clinical one (the value
    passed _unlabelled_value_ok(text, m, True): _labelled asks that first)."""
    start = m.start()
    # (what each form needs just before the value, checked first: a glue's character or a
    # number word's letter, an "N" or a "#" for a number word before the label, a capital)
    window = text[max(0, start - 40):start]
    prev = window.rstrip(" \t")[-1:]
    glue = _GLUE_BEFORE.search(text, max(0, start - 24), start) if prev and (
        prev.isalpha() or prev in ":#=°.-–~") else None
    if glue:
        numbered = bool(_NUMBER_WORD_GLUE.search(glue.group()))
        head = text[max(0, glue.start() - 60):glue.start()].rstrip(" \t")
        if not (numbered or _unnumbered_ok(m)) or not head or not (head[-1].isalpha() or head[-1] == "."):
            return None
        b = _LABEL_BOUNDARY.match(head)
        label = head[b.end():] if b else head
        label = label.strip(" \t").lstrip("-–—*•>~ \t")  # a list's bullet
        if len(label) < 2 or not _LABEL_TEXT.fullmatch(label):  # "A: NEWS2 4": SBAR's letters
            return None
        words = _LABEL_WORD.findall(label)
        if len(words) > 4:
            if not numbered:
                return None
            words = words[-3:]
        return None if _clinical_label(words) else label
    first = _NUMBER_FIRST_BEFORE.search(text, max(0, start - 40), start) if "N" in window or "#" in window else None
    if first:
        words = _LABEL_WORD.findall(first.group("l"))
        if words[0] not in ("of", "Of") and _unnumbered_ok(m) and not _clinical_label(words):
            return first.group("l")
        return None
    acronym = _ACRONYM_BEFORE.search(text, max(0, start - 8), start) if "A" <= prev <= "Z" else None
    if (acronym and _digits(m.group("v")) >= 6 and _unnumbered_ok(m)
            and not _clinical_label([acronym.group("l")])):
        return acronym.group("l")
    return None


def _generic(text: str, m: re.Match, label: str) -> Finding:
    # filed as "other_id" here, its category found after the overlaps are resolved (_filed):
    # its rank does not depend on it, and most such values are another detector's too
    return _finding(text, "other_id", m.start("v"), m.end("v"), _GENERIC_CONFIDENCE, f"a number after '{label}'")


def _filed(text: str, f: Finding) -> Finding:
    """A generic finding under the category a keyword near it names ("Tessera TEAM n. - …")."""
    category, cue = _cue(text, f.start, f.end)
    if cue and f.confidence == _GENERIC_CONFIDENCE:
        category = _refile(text, category, cue, f.start, f.text)
    return f if category == f.category else Finding(category, f.start, f.end, f.text, f.confidence, f.why)


_GENERIC_CONFIDENCE = 0.55
_GROUPED_CONFIDENCE = 0.45


def _word_trie(words, boundary: bool = True) -> str:
    """A pattern of the words, each at a word's start, as a trie ("a(?<!\\wa)(?:cct|ccount)…"):
    the engine skips to their first letters, then compares a letter with a few branches at each
    step, not with every word. (`boundary` False: no word start asserted, the caller's to assert
    it first: faster where most characters are letters that may start one.)"""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict, first: bool = False) -> str:
        branches = [re.escape(char) + (rf"(?<!\w{re.escape(char)})" if first else "") + build(node[char])
                    for char in sorted(k for k in node if k)]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")
    return build(trie, first=boundary)


# An ASCII first word at a word's start, then no ASCII letter (a letter of another alphabet after
# it: _first_word's ASCII head, "prontu" of "prontuário"), in the lower-cased text; the words of
# other letters are _keyword_starts's to look at one by one.
_FIRST_WORDS_AT = re.compile(r"(?<!\w)" + _word_trie((w for w in p.FIRST_WORDS if w.isascii()), boundary=False)
                             + r"(?![a-z])")
_FIRST_WORDS_EXACT_AT = re.compile(_word_trie(p.FIRST_WORDS_EXACT) + r"(?![^\W\d_])")
_LETTER_KEYWORDS_AT = re.compile(_word_trie(p.LETTER_KEYWORDS) + "(?=[/.])")
_NON_ASCII_LETTER = re.compile(r"[^\x00-\x7f](?<=[^\W\d_])")
_LETTER = re.compile(r"[^\W\d_]")


@functools.lru_cache(maxsize=16384)  # ninth round, speed: words repeat
def _first_word(word: str) -> bool:
    """A keyword's first word: as written in lower case, without its accents ("Führerschein"),
    or the ASCII letters it starts with ("prontuário": "prontu")."""
    low = word.lower()
    if low in p.FIRST_WORDS:
        return True
    if low.isascii():
        return False
    folded = unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()
    if folded in p.FIRST_WORDS:
        return True
    head = _ASCII_HEAD.match(low)
    return bool(head) and head.group() in p.FIRST_WORDS


_ASCII_HEAD = re.compile(r"[a-z]+")


# Sixth round: what the clause around an ambiguous keyword says the number is. "Reg" after a
# council ("registered with the council, reg …", "MCI … Reg") is a practitioner's licence; a
# "Reg. no" of digits alone with no vehicle in the clause is a hospital registration number
# (plates have letters); a "card" of a health scheme or an insurer is a health plan's.
_COUNCIL_BEFORE = re.compile(
    r"\b(?:council|board|(?-i:GMC|NMC|MCI|SMC|AHPRA|CRM|COREN|HCPC|KMC|DMC|MMC|TNMC|NMBA|MCNZ)|"
    r"registered\s+(?:with|under|as)|practitioner|consultant|surgeon|physician|doctor|Dr\b)",
    re.IGNORECASE)
# A profession right before the keyword ("Nursing registration 12A3456E").
_PROFESSION_BEFORE = re.compile(r"\b(?:nursing|nurse['’]?s?|pharmacist['’]?s?|pharmacy|midwife['’]?s?|midwifery|dental|"
                                r"dentist['’]?s?|physio\w*|paramedic['’]?s?|professional)[ \t]+\Z", re.IGNORECASE)
_VEHICLE_WORDS = re.compile(
    r"\b(?:car|vehicle|veh|van|truck|lorry|bike|motorbike|motorcycle|scooter|auto|taxi|rego|"
    r"plate|driv\w*|RTA|MVA|MVC|collision|crash|parked|parking)\b", re.IGNORECASE)
_SCHEME_BEFORE = re.compile(
    r"\b(?:cover(?:ed|s)?|insur\w*|schemes?|yojana|health|medic(?:are|aid|al)|fund|plan|policy|"
    r"beneficiar\w*|enrol(?:l)?ed|(?-i:[A-Z]{2,5}HS|ABHA|PMJAY|RSBY|ESIC|IHI|SUS|NHS|CNS|OHIP)|"
    r"Ayushman|Arogya\w*|Bharat|Bupa|Medibank|Daman|Thiqa|(?-i:NHIF|SHIF|NHIS|BPJS|JKN|FONASA|IMSS|RAMQ|MSP)|"
    r"phil-?health|medical\s+aid)\b", re.IGNORECASE)


_LEGAL_BEFORE = re.compile(
    r"\b(?:police|court|legal|law|lawyer|solicitor|attorney|tribunal|coroner|claim|insur\w*|tax|"
    r"immigration|visa|(?-i:FIR|MLC)|medico-?legal|safeguarding|case)\b", re.IGNORECASE)


def _clause_before(text: str, start: int, reach: int = 60) -> str:
    before = text[max(0, start - reach):start]
    cut = max(before.rfind("\n"), before.rfind(". "), before.rfind("; "), before.rfind("|"))
    return before[cut + 1:] if cut >= 0 else before


def _refile(text: str, category: str, keyword: str, start: int, value: str) -> str:
    word = keyword.strip(" \t\n:#=|([,.-").lower()
    if category == "vehicle" and word.startswith("reg"):
        clause = _clause_before(text, start)
        if ((_COUNCIL_BEFORE.search(clause) or _COUNCIL_BEFORE.search(keyword)
                or _PROFESSION_BEFORE.search(text, max(0, start - 24), start))
                and not _VEHICLE_WORDS.search(clause) and "mark" not in keyword.lower()):
            return "licence"
        if not any(c.isalpha() for c in value) and not _VEHICLE_WORDS.search(clause):
            return "mrn"
    # seventh round: a bare "File No." in a clinical note is the hospital's file (India, the Gulf,
    # Africa: "Hosp. file no"), unless the clause names the police, a court, a claim or tax
    if (category == "other_id" and word.startswith("file")
            and not _LEGAL_BEFORE.search(_clause_before(text, start, 40))):
        return "mrn"
    if (category == "account" and word in ("card", "card no", "card number", "card no.", "card #")
            and _SCHEME_BEFORE.search(_clause_before(text, start))):
        return "health_plan"
    return category


def _keyed_value(text: str, m: re.Match) -> re.Match | None:
    """The value after a keyword match, when it looks like an identifier."""
    category = m.lastgroup
    value = (p.VALUE_PLATE if category == "vehicle" else p.VALUE).match(text, m.end())
    if not value or not _identifier_like(value.group("v")):
        return None
    direct = category != "vin" and m.group(f"direct_{category}") is not None
    code = value.group("v")
    if (p.UNIT_AFTER.match(text, value.end("v")) or _is_date(code)
            or (p.CLINICAL_CODE.match(code) and _digits(code) < 4)  # "account ref. ICD-10"
            or (direct and not _direct_value(category, code))):
        return None
    return value


def _is_date(value: str) -> bool:
    """A value that is a whole numeric date ("22.9.1944", "2021-03-12"): a date, not a number a
    keyword announces ("Date of admission: 22.9.1944 Serial number of attempts: 2")."""
    m = p.DATE_NUMERIC.fullmatch(value)
    if not m:
        return False
    if m.group("iy"):
        return 1 <= int(m.group("im")) <= 12 and 1 <= int(m.group("id")) <= 31
    return len(m.group("y")) == 4 and _valid_day_month(int(m.group("a")), int(m.group("b")))


def _cue(text: str, start: int, end: int) -> tuple[str, str | None]:
    """The category a keyword right after a code names ("X92 = Medicaid ID"), else the one
    the nearest keyword before it on its line names ("DL: A1234567"), else other_id."""
    glue = p.CODE_CUE_AFTER.match(text, end)
    after = p.CODE_CUES.match(text, glue.end()) if glue and glue.group().strip() else None
    if after and "\n" not in text[end:after.start()]:
        return after.lastgroup, after.group()
    line = text.rfind("\n", 0, start) + 1
    _lowered(p.CODE_CUES, _CODE_CUES_TEST, text)
    if _LOWERED[2] or _LOWERED[1] is None:
        cues = list(p.CODE_CUES.finditer(text, max(line, start - 40), start))
        return (cues[-1].lastgroup, cues[-1].group()) if cues else ("other_id", None)
    # (speed: the pattern, which ignores case and so enters every keyword at every position, is
    # tried only where the test matches: the test matches wherever a cue starts, and faster)
    last, test = None, _CODE_CUES_TEST.search(_LOWERED[1], max(line, start - 40), start)
    while test:
        m = p.CODE_CUES.match(text, test.start(), start)
        if m:
            last = m
        test = _CODE_CUES_TEST.search(_LOWERED[1], max(m.end(), test.start() + 1) if m else test.start() + 1, start)
    return (last.lastgroup, last.group()) if last else ("other_id", None)


def _direct_value(category: str, value: str) -> bool:
    """A value right after a bare keyword ("chart 745315", "his car XXH 6133") must look more
    like an identifier: five digits or more, or four with a letter or a separator ("case 1234
    of the audit" is not one); a plate letters and digits both."""
    if category == "vehicle":
        return any(c.isalpha() for c in value) and _digits(value) >= 2
    return _digits(value) >= 5 or (_digits(value) >= 4 and not value.isdigit())


def _identifier_like(value: str) -> bool:
    """Four characters or more, two of them digits, not a year: "plate 12", "bed 4" or
    "registration 2021" is not one."""
    return sum(c.isalnum() for c in value) >= 4 and not _YEARS.match(value)


_CHECK_DIGIT = re.compile(r"\([0-9A]\)(?!\w)")
_LETTER_DASH_DIGITS = re.compile(r"[A-Z]{1,2}-\d{4,}$")
_PROSE_OF = re.compile(r"[ \t]+(?:of|for|by|(?!(?:card|cards|number|num|nbr|no|nr|on|is|was|ID|file|record|ref|reg|"
                       r"details?|holder|corrente|corriente|bancaria|courant)\b)[a-z]{3,})\b")
_YEARS = re.compile(r"(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?$")  # "in hospital 2019-2020"
# After an acronym that names a scheme, a sentence that goes on ("OHIP covers the assessment"):
# the acronym is the subject, not a label of the value before it.
_SENTENCE_GOES_ON = re.compile(r"[ \t]+(?!(?:card|number|no|nr|on|is|was|ID|file|record)\b)[a-z]{3,}\b")


def _digits(value: str) -> int:
    return sum(map(str.isdigit, value))


def _phones(text: str):
    seen: set[int] = set()
    matches = [(m.start(), m.end("_whole"), 0.85) for m in _finditer_first(_PHONE_FIRST, text)]
    rx, searched = _lowered(p.PHONE_KEYED, _PHONE_KEYED_LOWER, text)
    keyed = _finditer_first(_PHONE_KEYED_LOWER_FIRST, searched) if rx is _PHONE_KEYED_LOWER else rx.finditer(searched)
    matches += [(m.start("v"), m.end("v"), 0.9) for m in keyed]
    for m in _matches(p.PHONE_LOOSE, text):
        if 7 <= _digits(m.group()) <= 13 and not p.UNIT_AFTER.match(text, m.end()):
            before = text[max(0, m.start() - 45):m.start()]
            clause = list(_CLAUSE_END.finditer(before))
            if (p.PHONE_CONTEXT.search(before[clause[-1].end():] if clause else before)
                    or p.FAX_AFTER.match(text, m.end())):
                matches.append((m.start(), m.end(), 0.9))
    for start, end, confidence in matches:
        value = text[start:end].rstrip(" .-(")
        if value.startswith("(") and not re.match(r"\(\d{1,4}\)", value):
            value, start = value[1:], start + 1  # "fax (552-379-5246)": the bracket is not in it
        end = start + len(value)
        # a keyword makes a local number of seven or eight digits a phone ("Phone: 555 0142")
        if start in seen or not (9 if confidence < 0.9 else 7) <= _digits(value) <= 15:
            continue
        if value.isdigit() and (_cue(text, start, end)[0] != "other_id" or _search_lowered(
                p.CODE_LABEL_BEFORE, text, max(0, start - 16), start)):
            continue  # ten bare digits that a keyword names ("a passport numbered 8024063020")
        extension = p.PHONE_EXTENSION.match(text, end)
        if extension:
            end = extension.end()
        seen.add(start)
        before = text[max(0, start - 25):start]
        if not p.FAX_BEFORE.search(before):
            # further back within the number's clause: "Faxed the prescription to +61 …"
            before = text[max(0, start - 45):start].rstrip()
            clause = list(_CLAUSE_END.finditer(before))
            before = before[clause[-1].end():] if clause else before
        fax = p.FAX_BEFORE.search(before)
        phone = p.PHONE_BEFORE.search(before)
        if (fax and (not phone or phone.start() < fax.start())) or p.FAX_AFTER.match(text, end):
            yield _finding(text, "fax", start, end, confidence, "a number after 'fax'")
        else:
            yield _finding(text, "phone", start, end, confidence, "a telephone number")


# Ninth round, speed: a case-insensitive pattern of lower-case keywords runs three times faster
# case-sensitively over the lower-cased text (its literals are then skipped by their first
# letter); the offsets are the same when lower-casing keeps the text's length.
_PHONE_KEYED_LOWER = re.compile(p.PHONE_KEYED.pattern, p.PHONE_KEYED.flags & ~re.IGNORECASE)
# The text last lower-cased, its lower-cased form (None when lower-casing changes its length)
# and whether it holds "ſ" or "ı" (which a pattern that ignores case reads as "s" and "i").
_LOWERED: list = [None, None, False]


def _lowered(regex: re.Pattern, lower_regex: re.Pattern, text: str) -> tuple[re.Pattern, str]:
    """The case-sensitive twin and the lower-cased text, or the pattern and the text."""
    if _LOWERED[0] is not text:
        low = text.lower()
        _LOWERED[:] = [text, low if len(low) == len(text) else None, "ſ" in text or "ı" in text]
    return (lower_regex, _LOWERED[1]) if _LOWERED[1] is not None else (regex, text)


def _lower_twin(regex: re.Pattern, exact: bool = True) -> re.Pattern:
    """A pattern that ignores case, made case-sensitive for the lower-cased text: its letters
    lower-cased ("ı" and "ſ" as "i" and "s", which ignoring case matches them to), its escapes
    kept. It finds what the pattern finds in a text that holds neither "ı" nor "ſ" (_LOWERED[2]);
    a part that does not ignore case ("(?-i:MRN)", `exact` False) finds more there ("mrn" too)."""
    assert exact == ("(?-i" not in regex.pattern) and (exact or "[^" not in regex.pattern)

    def lower(m: re.Match) -> str:
        if len(m.group()) > 1:
            return m.group()  # an escape, a named group's "(?P"
        low = m.group().lower().replace("ı", "i").replace("ſ", "s")
        assert len(low) == 1
        return low
    return re.compile(re.sub(r"\\.|\(\?P|.", lower, regex.pattern, flags=re.DOTALL), regex.flags & ~re.IGNORECASE)


def _search_lowered(regex: re.Pattern, text: str, pos: int, endpos: int) -> re.Match | None:
    """regex.search(text, pos, endpos) by its _LOWER_TWINS twin over the lower-cased text, where
    that finds the same (speed: a case-sensitive pattern compares a keyword's first letter at
    once; one that ignores case enters every keyword). The offsets are the text's."""
    twin = _LOWER_TWINS[regex]
    rx, searched = _lowered(regex, twin, text)
    if rx is twin and _LOWERED[2]:
        rx, searched = regex, text
    return rx.search(searched, pos, endpos)


_LOWER_TWINS = {regex: _lower_twin(regex) for regex in (_LAB_BEFORE, p.CODE_LABEL_BEFORE)}
# KEYWORDS_BEFORE's twin, a test before it: its parts that do not ignore case hold no negative
# assertion, so in the lower-cased text it finds every keyword the pattern finds, and some more.
_KEYWORDS_BEFORE_TEST = _lower_twin(p.KEYWORDS_BEFORE, exact=False)
_KEYWORDS_AFTER_TEST = _lower_twin(p.KEYWORDS_AFTER, exact=False)  # (the same holds of these)
_CODE_CUES_TEST = _lower_twin(p.CODE_CUES, exact=False)


def _at_keywords(regex: re.Pattern, hint: re.Pattern, text: str):
    """regex.finditer(text) for a pattern that starts with one of its keywords at a word's start:
    the pattern is tried only where `hint` (the keywords' first letters, lower-case, a pattern
    the engine scans fast) finds a word starting with one, in the lower-cased text."""
    _lowered(regex, regex, text)
    low = _LOWERED[1]
    if low is None:
        yield from regex.finditer(text)
        return
    end = 0
    for h in hint.finditer(low):
        start = h.start()
        if start < end or (start and (low[start - 1].isalnum() or low[start - 1] == "_")):
            continue
        m = regex.match(text, start)
        if m:
            end = max(m.end(), start + 1)
            yield m


def _first_char(regex: re.Pattern, first: str) -> re.Pattern:
    """regex, its whole match asserted (group "_whole") from a character of `first` that every
    match starts with: the engine skips to those characters instead of trying every position.
    The class is matched case-sensitively (a class that ignores case is tried at every position):
    for a pattern that ignores case, `first` lists every form its first letters match ("ſ" too
    for an "s", "K" for a "k", "İı" for an "i")."""
    first = f"(?-i:[{first}])" if regex.flags & re.IGNORECASE else f"[{first}]"
    return re.compile(rf"{first}(?<=(?=(?P<_whole>{regex.pattern})){first})", regex.flags)


def _finditer_first(regex: re.Pattern, text: str):
    """The matches of a _first_char pattern, leftmost and not overlapping, as finditer's are;
    a match's end is m.end("_whole")."""
    end = -1
    for m in regex.finditer(text):
        if m.start() >= end:
            end = m.end("_whole")
            yield m


# (speed: the engine skips to the keywords' first letters; "\b" first made it try every position)
_PHONE_KEYED_LOWER_FIRST = _first_char(_PHONE_KEYED_LOWER, "tpmclfbehwrgk電电手傳传전휴тум")


def _finditer_twin(regex: re.Pattern, twin: re.Pattern, text: str):
    """regex.finditer(text) for a pattern that ignores case, tried only where `twin`, its
    _lower_twin from its keywords' first letters, matches in the lower-cased text (speed: the
    twin matches wherever the pattern does, and the engine skips to those letters)."""
    _lowered(regex, regex, text)
    low = _LOWERED[1]
    if low is None or _LOWERED[2]:
        yield from regex.finditer(text)
        return
    test = twin.search(low)
    while test:
        m = regex.match(text, test.start())
        if m:
            yield m
        test = twin.search(low, max(m.end(), test.start() + 1) if m else test.start() + 1)


_ZIP_WORD_TWIN = _first_char(_lower_twin(p.ZIP_WORD, exact=False), "pzck")  # psč, zip, cep, kod pocztowy…
_HANDLE_KEYED_TWIN = _first_char(_lower_twin(p.HANDLE_KEYED), "hug")  # handle, username, gamertag


def _finditer_first_of(regexes: tuple[re.Pattern, ...], text: str):
    """_finditer_first over the matches of several _first_char patterns, in order, as one
    pattern's (their first characters are not the same: one match at most starts anywhere)."""
    end = -1
    for m in heapq.merge(*(regex.finditer(text) for regex in regexes), key=lambda m: m.start()):
        if m.start() >= end:
            end = m.end("_whole")
            yield m


class _Whole:
    """A _first_char match seen as the pattern's own: group() and end() are the whole match's."""
    __slots__ = ("m",)

    def __init__(self, m: re.Match):
        self.m = m

    def start(self, group=0) -> int:
        return self.m.start("_whole" if group == 0 else group)

    def end(self, group=0) -> int:
        return self.m.end("_whole" if group == 0 else group)

    def group(self, group=0):
        return self.m.group("_whole" if group == 0 else group)


# Dates in words, from their digits and from their capitals apart (speed: at a digit only the
# forms a digit starts are tried), as one pattern's matches (_finditer_first_of).
# (speed: what follows its day, one or two digits, tested first: an ordinal's letters, a space, a
# separator or a month's capital; most numbers have another digit or a comma there)
assert p.DATE_WORDS_AT_DIGIT.pattern.startswith(r"\b(?=\d)")
_DATE_AT_DIGIT_GATED = re.compile(r"\b(?=\d\d?[\s\-./ADFJMNOSnrst])" + p.DATE_WORDS_AT_DIGIT.pattern.removeprefix(
    r"\b(?=\d)"), p.DATE_WORDS_AT_DIGIT.flags)
_DATE_WORDS_FIRST = (_first_char(_DATE_AT_DIGIT_GATED, r"\d"), _first_char(p.DATE_WORDS, "JFMASONDTW"))
# Patterns scanned from the characters their matches start with (_matches): a word of other
# letters is passed over by the engine's fast scan instead of entering every branch.
_FIRST_CHAR_OF = {
    p.ADDRESS_CHAIN: _first_char(p.ADDRESS_CHAIN, r"FAVHBULN\d"),  # Flat, Apt, Villa, House, Block, Unit…
    p.STREET_ONLY: _first_char(p.STREET_ONLY, "oian"),  # on, in, off, along, near
    p.AGE_ENARIAN: _first_char(p.AGE_ENARIAN, "NnCcSsHh"),  # nonagenarian, centenaire, hundertjährig…
    p.PO_BOX: _first_char(p.PO_BOX, "Pp"),
    p.DATE_MONTH_WORD_YEAR: _first_char(p.DATE_MONTH_WORD_YEAR, "JFMAOSDNEKTHGLPWÇŞĞİ"),
    p.PHONE_LOOSE: _first_char(p.PHONE_LOOSE, r"(\d"),
    p.ZIP_BEFORE_TOWN: _first_char(p.ZIP_BEFORE_TOWN, r"\d"),
    p.COUNTY: _first_char(p.COUNTY, "A-Z"),  # (these two start with "\b": tried at every position)
    p.PLACE_OF: _first_char(p.PLACE_OF, "tvchsbmdn"),  # town, village, city, hamlet, suburb…
}


def _matches(regex: re.Pattern, text: str):
    """regex.finditer(text), from its first characters where _FIRST_CHAR_OF has them."""
    first = _FIRST_CHAR_OF.get(regex)
    return regex.finditer(text) if first is None else map(_Whole, _finditer_first(first, text))


_PLATE_SHAPES_FIRST = _first_char(p.PLATE_SHAPES, r"\dA-Z")
_HOSPITAL_FIRST = _first_char(p.HOSPITAL, "A-Z")
_AGE_SEX_FIRST = _first_char(p.AGE_SEX, "91")
_AGE_IS_FIRST = _first_char(p.AGE_IS, "pPsShHwWſ")
_AGE_DECADE_FIRST = _first_char(p.AGE_DECADE, "i")
_PHONE_FIRST = _first_char(p.PHONE, r"+(\d")


def _finditer_lower(regex: re.Pattern, lower_regex: re.Pattern, text: str):
    rx, searched = _lowered(regex, lower_regex, text)
    return rx.finditer(searched)


_CLAUSE_END = re.compile(r"\n|[.;!?]\s+(?=[A-Z])")


def _valid_day_month(a: int, b: int) -> bool:
    """12/03 is a date either way round (day/month or month/day) when both fit."""
    return 1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)


def _dated(text: str, start: int, end: int, confidence: float, why: str) -> Finding:
    """A date with the time written right after it and the weekday right before it."""
    time = p.TIME_AFTER.match(text, end)
    if time:
        end = time.end()
    weekday = p.WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
    if weekday:
        start = weekday.start()
    return _finding(text, "date", start, end, confidence, why)


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")  # (patterns.MONTH_ALONE's, as written)
# (speed: MONTH_ALONE starts with "\b", tried at every position; from its words' first letters)
_MONTH_ALONE_FIRST = _first_char(p.MONTH_ALONE, "idsutelmbo")  # in, during, since, until, through…


# Where DATE_NUMERIC may match: a digit at a word's start, one to four digits before a separator
# (speed: the engine skips to digits; the pattern starts with an assertion tried everywhere).
_DATE_NUMERIC_AT = re.compile(r"\d(?<![\w/.:-]\d)(?=\d{0,3}[/.-])")


def _date_numeric_matches(text: str):
    """p.DATE_NUMERIC.finditer(text), the pattern tried only where _DATE_NUMERIC_AT finds a start."""
    end = 0
    for at in _DATE_NUMERIC_AT.finditer(text):
        if at.start() >= end:
            m = p.DATE_NUMERIC.match(text, at.start())
            if m:
                end = m.end()  # (a match is never empty)
                yield m


def _dates(text: str):
    for m in _finditer_first_of(_DATE_WORDS_FIRST, text):
        yield _dated(text, m.start(), m.end("_whole"), 0.9, "a day or month with a date")
    # (speed: MONTH_ALONE's scan, tried at every word, only where a month's name is)
    for m in (_finditer_first(_MONTH_ALONE_FIRST, text) if p.holds(text, _MONTH_NAMES) else ()):
        yield _finding(text, "date", m.start(2), m.end(2), 0.6,  # (MONTH_ALONE's group 1, after "_whole")
                       "a month tied to an event (only the year may stay)")
    for m in _date_numeric_matches(text):
        if m.group("iy"):
            ok = 1 <= int(m.group("im")) <= 12 and 1 <= int(m.group("id")) <= 31
        else:
            ok = _valid_day_month(int(m.group("a")), int(m.group("b"))) and (
                m.group("s") in "/." or len(m.group("y")) == 4)
        if ok:
            yield _dated(text, m.start(), m.end(), 0.95, "a numeric date")
    for m in p.DATE_MONTH_YEAR.finditer(text):
        if p.TITRE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        yield _finding(text, "date", m.start(), m.end(), 0.8, "a month and a year")
    for m in p.DATE_COMPACT.finditer(text):
        yield _dated(text, m.start(), m.end(), 0.6,
                     "eight digits that are a date (year, month, day)")
    for m in p.DATE_COMPACT_DMY.finditer(text):
        a, b = int(m.group()[:2]), int(m.group()[2:4])
        if 1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12):
            yield _dated(text, m.start(), m.end(), 0.6,
                         "eight digits that are a date (day and month, then the year)")
    for m in p.DATE_ROMANCE.finditer(text):
        yield _dated(text, m.start(), m.end(), 0.85, "a date in Portuguese, Spanish or French")
    for m in _matches(p.DATE_MONTH_WORD_YEAR, text):
        yield _dated(text, m.start(), m.end(), 0.8, "a month and a year in another language")
    for m in p.DATE_OF_MONTH.finditer(text):
        ordinal = p.ORDINAL_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if ordinal:
            yield _finding(text, "date", ordinal.start(), m.end(), 0.85, "a day in words and a month")
    for m in p.DATE_ROMANCE_YEAR.finditer(text):
        month = p.MONTH_ROMANCE_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if month:
            yield _finding(text, "date", month.start(), m.end(), 0.8,
                           "a month and a year in Portuguese or Spanish")
    for m in p.DATE_SHORT_DOT.finditer(text):
        day, month = (int(x) for x in m.group("d").split(".")[:2])
        if 1 <= day <= 31 and 1 <= month <= 12 and p.DATE_SHORT_DOT_BEFORE.search(
                text, max(0, m.start() - 8), m.start()):
            yield _finding(text, "date", m.start("d"), m.end("d"), 0.7, "a day and month (day.month.)")
    if "年" in text or "년" in text:
        for m in p.DATE_CJK.finditer(text):
            yield _finding(text, "date", m.start(), m.end(), 0.9, "a date in Chinese, Japanese or Korean")
    for m in _at_keywords(p.DATE_SHORT, p.DATE_SHORT_HINT, text):
        if m.group("chart") and m.group("b") in ("7", "12"):
            continue  # "f/u 6/12": six months
        if _valid_day_month(int(m.group("a")), int(m.group("b"))):
            yield _finding(text, "date", m.start("d"), m.end("d"), 0.7,
                           "a day and month after a date word")


def _ages(text: str):
    for m in p.AGE_UNIT.finditer(text):
        yield _finding(text, "age", m.start(), m.end(), 0.95, "an age over 89")
    _lowered(p.AGE_WORDS, p.AGE_WORDS, text)
    low = _LOWERED[1] if _LOWERED[1] is not None else text.lower()
    # (ninth round, speed: every age in English words has "ninety" or "hundred" in it)
    for m in (p.AGE_WORDS.finditer(text) if "ninety" in low or "hundred" in low else ()):
        yield _finding(text, "age", m.start(), m.end(), 0.9, "an age over 89 in words")
    for unit in p.AGE_UNIT_OTHER.finditer(text):
        m = p.AGE_WORDS_OTHER.search(text, max(0, unit.start() - 40), unit.end())
        if m:
            yield _finding(text, "age", m.start(), m.end(), 0.85, "an age over 89 in words of another language")
    if "(" in text:
        for m in p.AGE_BRACKET.finditer(text):
            if p.AGE_AFTER_BIRTH.search(text, max(0, m.start() - 60), m.start()):
                yield _finding(text, "age", m.start("n"), m.end("n"), 0.85,
                               "an age in brackets after a date of birth")
    regexes = [p.AGE_SLASH, p.AGE_COMMA]
    if "enarian" in text or "enn" in text or "nonag" in text or "enten" in text or "jährig" in text:
        regexes.append(p.AGE_ENARIAN)
    if " to be " in text:  # twenty-first round: an age on hearsay
        regexes.append(p.AGE_HEARSAY)
    for m in itertools.chain(_at_keywords(p.AGE_LEAD, p.AGE_LEAD_HINT, text),
                             *(_finditer_first(regex, text) for regex in (_AGE_SEX_FIRST, _AGE_DECADE_FIRST, _AGE_IS_FIRST)),
                             *(_matches(regex, text) for regex in regexes)):
        group = "n" if m.group("n") else "n2"
        if group == "n2" and not p.AGE_SEX_LEAD.search(text, max(0, m.start() - 16), m.start()) and not (
                _SENTENCE_END_BEFORE.search(text, max(0, m.start() - 4), m.start()) and _SEX_THEN_WORDS.match(text, m.end(group))):
            continue  # "94M" only where a handover line or a table cell starts (seventeenth round, fresh25:
            # or a sentence, with a comma and words after it: "TAPSE 14 mm. 101M, retired fisherman")
        yield _finding(text, "age", m.start(group), m.end(group), 0.85,
                       "an age over 89 (write '90 or older')")


_SENTENCE_END_BEFORE = re.compile(r"(?:[.!?]|^>)[ \t]+\Z", re.MULTILINE)
_SEX_THEN_WORDS = re.compile(r"[MF],[ \t]+[a-z]")


def _addresses(text: str):
    regexes = [(p.ADDRESS, "a street address"), (p.address_foreign(text), "a street address"),
               (p.ADDRESS_CHAIN, "a dwelling and its block or street"), (p.PO_BOX, "a post office box")]
    if p.holds(text, p.ADDRESS_FR_WORDS):
        regexes.append((p.ADDRESS_FR, "a street address"))
    if "-ro" in text or "-gil" in text or "-daero" in text:
        regexes.append((p.ADDRESS_KR, "a street address"))
    if ":" in text or "=" in text:
        d = dictionaries()
        for m in _at_keywords(p.ADDRESS_FIELD, p.ADDRESS_FIELD_HINT, text):
            if m.group("w") in d.cities_by_first or m.group("w") in d.regions:
                continue  # "Address: Toowoomba 4350": a town and its postcode
            end = m.end("v")
            for _ in range(4):
                tail = p.ADDRESS_TAIL.match(text, end)
                if not tail or tail.group()[:1] == ",":
                    break
                end = tail.end()
            yield _finding(text, "address", m.start("v"), end, 0.8, "a street and its number in an address field")
    for regex, why in regexes:
        for m in _matches(regex, text):
            start = m.start()
            if regex is p.ADDRESS:  # a flat, a lot, a unit before the number ("Blk 4 Lot 861, …")
                prefix = p.ADDRESS_PREFIX_BEFORE.search(text, max(0, start - 40), start)
                if prefix:
                    start = prefix.start()
            end = m.end()
            for _ in range(4):  # eighth round: floors, flats, doors, a district after it
                tail = p.ADDRESS_TAIL.match(text, end)
                if not tail:
                    break
                end = tail.end()
                if tail.group()[:1] == "," and tail.group().lstrip(", \t")[:1].isupper():
                    break  # a district ends it: the town after is a place
            yield _finding(text, "address", start, end, 0.9, why)
            # the town or suburb written after it ("17 Larkspur Close, Knaresborough, HG5 0QT")
            yield from _towns_after(text, end)


def _address_runs(text: str):
    """Ninth round: a run of address components joined by commas, however long and in
    whatever order (patterns.ADDRESS_COMPONENT), is one address; the town after it a place."""
    # (start, end, kind, numbered): kinds as patterns.ADDRESS_COMPONENT's groups, "k" a street
    # named before its kind ("Sampaguita St.", "4th Cross", "No. 14 Ezenwa Close")
    parts = [(m.start(), m.end(), kind, kind == "b" and bool(m.group("n")))
             for kind, regex in p.ADDRESS_COMPONENTS.items() for m in regex.finditer(text)
             if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"))]
    for m in p.ADDRESS_KIND_AFTER.finditer(text):
        name = p.ADDRESS_NAME_BEFORE_KIND.search(text, max(0, m.start() - 60), m.start())
        if name:
            # a building's or a locality's name ("Marina Heights", "Gandhi Nagar") ends a run
            # without being in it (the town or district after an address is a place)
            kind = "e" if m.group().strip().rstrip(".") in _LOCALITY_KINDS else "k"
            parts.append((name.start(), m.end(), kind, False))
    for n, (start, end, kind, numbered) in enumerate(parts):
        if kind == "b":  # the number before a street named kind first ("12 Jalan Ampang")
            number = _NUMBER_BEFORE_STREET.search(text, max(0, start - 8), start)
            if number:
                parts[n] = (number.start(), end, kind, True)
    parts.sort(key=lambda c: (c[0], -c[1]))
    run: list[tuple[int, int, str, bool]] = []
    for part in parts:
        if run and part[0] < run[-1][1]:
            continue  # inside the one before ("No. 14" in "No. 14 Ezenwa Close")
        if run and not p.ADDRESS_RUN_GAP.fullmatch(text, run[-1][1], part[0]):
            yield from _address_run(text, run)
            run = []
        run.append(part)
    yield from _address_run(text, run)


_LOCALITY_KINDS = frozenset({"Heights", "Towers", "Residency", "Enclave", "Gardens", "Mansions", "Nagar", "Colony",
                             "Society"})
_NUMBER_BEFORE_STREET = re.compile(r"(?<![\w.,/-])\d{1,5}[A-Za-z]?[ \t]+\Z")


def _address_run(text: str, run: list[tuple[int, int, str, bool]]):
    while run and run[-1][2] == "e":
        run = run[:-1]
    if not run:
        return
    kinds = {kind for _, _, kind, _ in run}
    street_numbered = any(kind == "b" and numbered for _, _, kind, numbered in run)
    if not (street_numbered or (len(run) >= 2 and kinds & {"d", "k", "b"})):
        return
    start, end = run[0][0], run[-1][1]
    lead = re.match(r"(?:off|near|opp\.?|behind)[ \t]+", text[start:end])
    if lead:
        start += lead.end()
    if text[end - 1] == "." and not re.search(r"\b(?:St|Rd|Ave|Dr|Ln|Ct|Pl|Sq|Blvd|Hwy|Cres|Apts|Ext)\.\Z", text[start:end]):
        end -= 1  # a sentence's full stop
    yield _finding(text, "address", start, end, 0.8, "a run of address parts")
    yield from _towns_after(text, end)


# Twelfth round: the postcode on the town's line or the next one ("…Lane\nShymkent\n10100",
# "…, Debrecen, 4025").
# Thirteenth round (fresh16): or Malta's letters and digits on the town's line ("Qormi QRM 1210").
_CODE_AFTER_TOWN = re.compile(r"(?:(?:,|[ \t]*\n)[ \t]*(?P<z>\d{4,6})|[ \t]+(?P<l>[A-Z]{3}[ ]\d{4}))(?=[ \t]*(?:\n|$|[.,;]))")


def _towns_after(text: str, end: int):
    """The town after a street address, and the postcode after that town."""
    town = _town_after(text, end)
    if town:
        yield town
        code = _CODE_AFTER_TOWN.match(text, town.end)
        # (Malta's letters abbreviate the town's name: "Qormi QRM"; "Fitzroy VIC 3065" is a state's)
        if code and (code.group("z") or code.group("l")[0] == town.text[0]):
            group = "z" if code.group("z") else "l"
            yield _finding(text, "zip", code.start(group), code.end(group), 0.75, "a postcode after a town")


# A field of a person's details, as a line starts with it, in the major languages
_PERSON_FIELDS = word_set("""age aged sex gender dob born tel phone mobile email edad sexo idade âge sexe alter geschlecht età sesso leeftijd ålder alder kyn aldur возраст пол вік стать""")


def _town_after(text: str, end: int) -> Finding | None:
    """The town or suburb written after a street address ("17 Larkspur Close, Knaresborough")."""
    town = _TOWN_AFTER_ADDRESS.match(text, end)
    if town and town.group("v").split()[0].lower() in _CLINICAL_LABELS:
        return None  # fifteenth round (fresh19, fresh20): "…, 2º B.\nHb 6.4 g/dL": the next line's label
    if town and town.group("v").split()[0].lower() in _PERSON_FIELDS:
        return None  # twentieth round (fresh37): "…Lok Fu Estate\nAge 96.": the next line's field of the person
    if town and town.group("v") not in dictionaries().regions and (
            town.group("v").split()[0] not in dictionaries().common
            or town.group("v") in dictionaries().cities_by_first.get(town.group("v").split()[0], ())):
        return _finding(text, "place", town.start("v"), town.end("v"), 0.75, "a town after a street address")
    return None


# (twelfth round: also on the next line, or in brackets: "Apt 16, 383 Ballaugh Crescent\nBurao",
# "Kasimbastraat 349 (Mafeteng)")
_TOWN_AFTER_ADDRESS = re.compile(
    r"(?:,|[ \t][–—-]|[ \t]*\n|[ \t]*\()[ \t]*(?P<v>[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][^\W\d_]+(?:[ -](?![A-Z]{2,}\b)[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][^\W\d_]+){0,2})(?=[ \t]*(?:[,;)]|\n|$|\.|[ \t]+[A-Z]{2,3}\b|[ \t]+\d))")


# ---------------------------------------------------------------- tables

# Sixth round: a table's header names what its columns hold ("| Name | Age | MRN |"): a cell
# under "Name" that reads as a name is one, under "Age" a number over 89 is an age, under an
# identifier's keyword a code is that identifier, under "Phone" a number is a phone.
_HEADER_NAME = re.compile(r"^(?:(?:patient|pt|full|first|given|last|family)\s*)?(?:name|surname|forenames?)?$|"
                          r"^(?:patient|pt|nome|nombre|nom|relative|nok|next\s+of\s+kin|contact)$",
                          re.IGNORECASE)
_HEADER_AGE = re.compile(r"^(?:age|idade|edad|[aâ]ge|age\s*/\s*sex|age\s*\(y(?:ears|rs)?\))$", re.IGNORECASE)
_HEADER_PHONE = re.compile(r"^(?:(?:contact\s+|nok\s+)?(?:phone|tel|telephone|mobile|mob|cell|contact)"
                           r"(?:\s+(?:no\.?|number|#))?|(?P<fax>fax(?:\s+(?:no\.?|number))?))$", re.IGNORECASE)
_HEADER_PLACE = re.compile(r"^(?:city|town|suburb|village|district|county|hometown|home\s+town|"
                           r"place\s+of\s+birth|birthplace|cidade|ciudad|ville|from|residence)$", re.IGNORECASE)
_CELL_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zà-öø-ÿ'’-]+(?:,? (?:[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][A-Za-zÀ-ÖØ-öø-ÿ'’-]+|"
                        r"(?:de|da|do|dos|das|del|van|von|bin|al)(?= [A-Z]))){0,3}|"
                        r"[A-Z][A-Z'’-]+, [A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zà-öø-ÿ'’-]+(?: [A-Z]\.?)?")
_CELL_AGE = re.compile(r"(?P<n>1[01]\d|9\d)(?:\s*(?:y|yo|yrs?|years?|anos|años))?(?:\s*/?\s*[MFmf])?")


def _cells(line: str, offset: int) -> list[tuple[int, str]]:
    """A table row's cells, each with where its text starts in the whole text."""
    cells, start = [], 0
    parts = line.split("|")
    for i, part in enumerate(parts):
        if (i == 0 or i == len(parts) - 1) and not part.strip():
            start += len(part) + 1
            continue
        stripped = part.strip()
        cells.append((offset + start + part.find(stripped[:1]) if stripped else offset + start, stripped))
        start += len(part) + 1
    return cells


def _tables(text: str):
    if text.count("|") < 4:
        return
    d = dictionaries()
    header: list[str] | None = None
    offset = 0
    for line in text.split("\n"):
        here, offset = offset, offset + len(line) + 1
        if line.count("|") < 2:
            header = None
            continue
        if re.fullmatch(r"[\s|:-]+", line):
            continue
        cells = _cells(line, here)
        if header is None:
            header = [c for _, c in cells]
            continue
        for column, (start, cell) in enumerate(cells):
            if column >= len(header) or not cell:
                continue
            head = header[column].strip(" :*")
            if _HEADER_AGE.match(head):
                m = _CELL_AGE.fullmatch(cell)
                if m:
                    yield _finding(text, "age", start, start + m.end("n"), 0.85,
                                   f"an age over 89 under '{head}'")
            elif _HEADER_NAME.match(head) and head:
                m = _CELL_NAME.fullmatch(cell)
                words = [w.strip(",.") for w in cell.split()]
                if m and not all(w in d.common and not d.is_person_name(w) for w in words):
                    yield _finding(text, "name", start, start + len(cell), 0.8,
                                   f"a name under '{head}'")
            elif _HEADER_PHONE.match(head):
                if 7 <= _digits(cell) <= 15 and re.fullmatch(r"\+?[\d ()./-]+", cell):
                    yield _finding(text, "fax" if _HEADER_PHONE.match(head).group("fax") else "phone",
                                   start, start + len(cell), 0.85, f"a number under '{head}'")
            elif _HEADER_PLACE.match(head):
                if _CELL_NAME.fullmatch(cell) and cell not in d.regions:
                    yield _finding(text, "place", start, start + len(cell), 0.75,
                                   f"a place under '{head}'")
            else:
                cue = p.CODE_CUES.fullmatch(head) or p.KEYWORDS_AFTER.fullmatch(head)
                value = p.VALUE.fullmatch(cell)
                if cue and value and _identifier_like(cell) and not _is_date(cell):
                    category = cue.lastgroup if cue.lastgroup != "ssn" else "ssn"
                    yield _finding(text, category, start, start + len(cell), 0.85,
                                   f"a code under '{head}'")


# (twentieth round, fresh38: a highway named without a house's number is a road, "the Matilda Highway";
# Safe Harbor's conventions keep highways)
_HIGHWAY_KINDS_20 = word_set("Highway Hwy Freeway Motorway Expressway Turnpike")


def _streets(text: str):
    d = dictionaries()
    for m in _matches(p.STREET_ONLY, text):
        first = m.group("v").split()[0]
        if first not in _LEADING and first not in d.regions and not (
                m.group("v").split()[-1] in _HIGHWAY_KINDS_20 and not any(c.isdigit() for c in m.group("v"))):
            yield _finding(text, "address", m.start("v"), m.end("v"), 0.7, "a street's name")


def _zips_after_states(text: str):
    """patterns.ZIP_AFTER_STATE's matches, the code found first: (the code, the state before)."""
    for m in p.ZIP_AFTER_STATE_CODE.finditer(text):
        before = p.ZIP_STATE_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if before:
            yield m, before


# A UK postcode's inward part, which every one ends with (speed: a scan from the digits first,
# where UK_POSTCODE enters its areas at every capital).
_UK_INWARD = re.compile(r"\d(?<=\s\d)[ABD-HJLNP-UW-Z]{2}\b")


def _postcodes(text: str):
    regions = dictionaries().regions
    for m, before in _zips_after_states(text):
        state = text[before.start():m.start()].strip(" ,.-–")
        value = m.group()
        if len(value) != 5 and "-" not in value and not (
                state in regions or state in dictionaries().cities_by_first.get(state.split()[0], ())):
            continue  # a 4- or 6-digit code (Australia, India) only after a known place
        if (state in p.US_STATE_ABBR or state in regions or len(value) != 5
                # seventh round: five digits after a known city ("Seoul 06236", "Nairobi 00100")
                or (state in dictionaries().cities_by_first.get(state.split()[0], ())
                    and state not in dictionaries().ambiguous_cities)):
            yield _finding(text, "zip", m.start(), m.end(), 0.9,
                           f"a ZIP code after '{state}'")
    # Seventh round: a postcode before its town, after a street ("Hauptstraße 12, 44575
    # Castrop-Rauxel", "Keizersgracht 123, 1015 CJ Amsterdam", "12 rue X, 75002 Paris").
    if ", " in text:
        common = dictionaries().common
        for m in _matches(p.ZIP_BEFORE_TOWN, text):
            if m.group("t") not in common and m.group("t") not in regions and m.group("t") not in _NOT_A_TOWN:
                yield _finding(text, "zip", m.start("v"), m.end("v"), 0.8, "a postcode before a town")
                # eighth round: the town itself ("…, 59100 Roubaix")
                yield _finding(text, "place", m.start("t"), m.end(), 0.7, "a town after its postcode")
    for m in _at_keywords(p.ZIP_KEYED, p.ZIP_HINT, text):
        yield _finding(text, "zip", m.start("v"), m.end("v"), 0.95, "a postal code")
    low = _LOWERED[1] if _LOWERED[0] is text and _LOWERED[1] is not None else text.lower()
    if "CEP" in text or p.holds(low, p.ZIP_MORE_HINTS):
        for word in _finditer_twin(p.ZIP_WORD, _ZIP_WORD_TWIN, text):  # thirteenth round (fresh16)
            m = (p.ZIP_VALUE_AFTER_WORD.match(text, word.end())
                 or p.ZIP_VALUE_BEFORE_WORD.search(text, max(0, word.start() - 24), word.start()))
            if m and not _YEARS.match(m.group("v")):
                yield _finding(text, "zip", m.start("v"), m.end("v"), 0.9, "a postal code beside its keyword")
                yield from _town_after_code(text, m.end("v"))
    if "-" in text:
        for m in p.LETTERED_POSTCODE.finditer(text):
            yield _finding(text, "zip", m.start(), m.end(), 0.8, "a postcode with its country's letter")
            yield from _town_after_code(text, m.end())
    yield from _postcode_towns(text)
    for m in (p.UK_POSTCODE.finditer(text) if _UK_INWARD.search(text) else ()):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue  # (the pattern leaves its leading word boundary to here: it scans faster)
        yield _finding(text, "zip", m.start(), m.end(), 0.85, "a UK postcode")
    for m in p.ZIP_AU.finditer(text):
        if m.group("s") not in p.AU_STATES:
            continue
        yield _finding(text, "zip", m.start("v"), m.end("v"), 0.8, "a postcode after an Australian state")
    for m in p.ZIP_BR.finditer(text):
        yield _finding(text, "zip", m.start(), m.end(), 0.7, "the shape of a Brazilian CEP")
    if "〒" in text:
        for m in p.ZIP_JP.finditer(text):
            yield _finding(text, "zip", m.start("v"), m.end("v"), 0.9, "a Japanese postcode")
    for m in p.ZIP_AR.finditer(text):
        yield _finding(text, "zip", m.start(), m.end(), 0.7, "the shape of an Argentine postcode (CPA)")
    for m in p.EIRCODE.finditer(text):
        if m.group("k") in p.EIRCODE_KEYS:
            yield _finding(text, "zip", m.start(), m.end(), 0.8, "an Irish Eircode")
    for m in p.CA_POSTCODE.finditer(text):
        if not p.TNM_LIKE.match(m.group().replace(" ", "")):
            yield _finding(text, "zip", m.start(), m.end(), 0.85, "a Canadian postal code")


# Thirteenth round (fresh16): the town after a postcode, or in brackets after it ("Postal code
# 3850 (Esch-sur-Alzette)", "L-4242 Esch-sur-Alzette").
_TOWN_IN_BRACKETS = re.compile(rf"[ \t]*\((?P<t>{p._TOWN_WORDS})\)")


def _towns_after_facilities(text: str, found: list[Finding]) -> list[Finding]:
    """Nineteenth round (fresh31): the town in brackets after a hospital or a clinic the rules
    found ("Ospedale di Branca (Gubbio)", "Hôpital Nord (Marseille)", "Klinikum Mitte (Bremen)")."""
    if "(" not in text:
        return []
    towns = []
    for f in found:
        if f.category == "place" and ("hospital" in f.why or "facility" in f.why or "clinic" in f.why):
            town = _TOWN_IN_BRACKETS.match(text, f.end)
            if town and _a_town(text, town, after_code=True):
                towns.append(_finding(text, "place", town.start("t"), town.end("t"), 0.7, "a town in brackets after its hospital"))
    return towns


def _town_after_code(text: str, end: int):
    town = p.TOWN_AFTER_POSTCODE.match(text, end) or _TOWN_IN_BRACKETS.match(text, end)
    if town and _a_town(text, town, after_code=True):
        yield _finding(text, "place", town.start("t"), town.end("t"), 0.7, "a town after its postcode")


def _postcode_towns(text: str):
    """Ninth round: a postcode beside its town with no street or keyword before them
    ("5861 Stavanger", "Tembisa 1602", "Mysuru - 570 036"), at a field's, a line's or a comma's
    boundary: both are found when the town is not an everyday word, a unit or a clinical label
    ("1000 Units", "Ferritin 1250"), and the number not a year (19xx, 20xx)."""
    for m in p.POSTCODE_AT.finditer(text):
        start, end = m.start(), m.end()
        if p.UNIT_AFTER.match(text, end):
            continue
        town = None
        if p.POSTCODE_FIELD_BEFORE.search(text, max(0, start - 4), start):
            town = p.TOWN_AFTER_POSTCODE.match(text, end)
            if town and not _a_town(text, town, after_code=True):
                town = None
        if town is None:
            town = p.TOWN_BEFORE_POSTCODE.search(text, max(0, start - 48), start)
            if town is None and p.TOWN_KIND_HINT.search(text, max(0, start - 20), start):
                town = p.TOWN_KIND_BEFORE_POSTCODE.search(text, max(0, start - 60), start)
            if town and not _a_town(text, town, after_code=False):
                continue
            if town and not re.match(r"[ \t]*(?:[.,;|)]|\n|$)", text[end:end + 2]) and not (
                    ":" in text[max(0, town.start("t") - 40):town.start("t")]
                    and _FIELD_TOWN_BEFORE.search(text, max(0, town.start("t") - 40), town.start("t"))):
                continue  # the number ends its field too ("Marikina 1856."), unless the town
                # starts a field's value (tenth round: "Mailing: Aramoho, Whanganui 4500 Metformin")
        if town:
            yield _finding(text, "zip", start, end, 0.75, "a postcode beside its town")
            yield _finding(text, "place", town.start("t"), town.end("t"), 0.7, "a town beside its postcode")


_FIELD_TOWN_BEFORE = re.compile(
    r"(?i:address|mailing|postal|post|residence|resident|domicile|domicilio|lives|home|asal|alamat|adresse|adres|"
    r"adresa|bydli[sš]t[eě]|endere[cç]o|direcci[oó]n|town|city|suburb|locality|village|ville|wohnort|ort|card|"
    r"origin|from)\b[\w'’ .()-]{0,30}:[ \t]+(?:[A-ZÀ-ÖØ-ÞĀĒĪŌŪŠŽČŘŁŚŹŻ][^\W\d_]+,[ \t]+)?\Z")


def _a_town(text: str, m: re.Match, after_code: bool) -> bool:
    town = m.group("t")
    words = town.split()
    d = dictionaries()
    if (any(w in d.common or w in _NOT_A_TOWN or w.lower() in EPONYM_NOUNS or w.isupper() for w in words)
            or _clinical_label(words) or town in d.regions
            or p.ZIP_KEYED.match(text, m.start("t"))):  # "Postnummer 191 33": the keyword
        return False
    if after_code or town in d.cities_by_first.get(words[0], ()):
        return True
    # a town before its number: a drug before its dose ("…, Amoxicillin 1000.") is not one; an
    # unknown town needs an address part before it on its line
    return (not town.lower().endswith(_NOT_A_NAME_ENDINGS)
            and (_address_part_before(text, m.start())
                 # tenth round: a town that starts a field's value ("Mailing: Aramoho, Whanganui 4500")
                 or (":" in text[max(0, m.start("t") - 40):m.start("t")]
                     and bool(_FIELD_TOWN_BEFORE.search(text, max(0, m.start("t") - 40), m.start("t"))))))


def _address_part_before(text: str, end: int) -> bool:
    line = text.rfind("\n", 0, end) + 1
    return bool(p.ADDRESS_KIND_AFTER.search(text, line, end)
                or any(regex.search(text, line, end) for regex in p.ADDRESS_COMPONENTS.values()))


_NOT_A_TOWN = word_set("Units Unit IU Doses Tablets Tabs Capsules Cells Copies Patients People Steps "
                       "Calories Kcal Participants Cases Samples Admissions Visits Births Deaths "
                       # thirteenth round (fresh16): countries as their own languages name them,
                       # in brackets after a postcode ("Code postal 5585 (Belgique)")
                       "Belgique België Belgien Deutschland Allemagne Alemania Österreich Autriche Schweiz "
                       "Suisse Svizzera Nederland España Espagne Italia Italie Polska Česko Slovensko "
                       "Magyarország Hrvatska Slovenija Türkiye Brasil México Perú Tounes")


# ---------------------------------------------------------------- words: names and places

_TOKEN = re.compile(r"(?<![\w'’-])(?:(?:al|el|ul|ad|ash|az)-(?=[A-Z]))?[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][^\W\d_]*(?:['’-][^\W\d_]+)*")
_TITLE_BEFORE = re.compile(rf"\b(?:{'|'.join(TITLES)})\.?\s+"
                           rf"(?P<particles>(?:(?:{'|'.join(PARTICLES)})\s+){{0,2}})$")
# (nineteenth round: not an abbreviated title, whose dot ends no sentence: "Dear Dr. Harwood")
_POSTNOMINAL_END = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+[ \t]+(?!(?:Dr|Dra|Prof|Mr|Mrs|Ms|Mme|Mlle|Sr|Sra|Srta|Mevr|Dhr|Hr|Fr)\.)"
                             r"[A-Z][a-z]+\.[ \t]+\Z")
# The last word before a name that _TITLE_BEFORE and _CONTEXT_BEFORE can end with (ninth round,
# speed: the regexes run only after one).
_TITLE_LAST = re.compile(rf"(?:{'|'.join(TITLES)})\.?")


@functools.lru_cache(maxsize=16384)  # speed: words repeat
def _title_word(word: str) -> bool:
    return bool(_TITLE_LAST.fullmatch(word))


_PARTICLE_SET = frozenset(PARTICLES)
_CONTEXT_LAST = frozenset({"patient", "pt", "named", "called", "is", "was", "as", "by", "nicknamed", "paciente",
                           "pasien", "patiente", "patientin", "patiënt", "paziente", "mrs", "mrs."}) | word_set("""
pacjent pacjentka pacjentkę pacjentki pacjenta pacjentem pacjentowi
pacient pacientka pacientku pacientky pacienta pacientovi pacientem pacientas pacientė pacientę pacientą paciento
pacientės pacientui pacientus pacijent pacijentica pacijenticu pacijenta pacijentu páciens pacients
пацієнт пацієнтка пацієнтку пацієнтки пацієнта пацієнтові пацієнтом пациент пациентка пациентку пациентки
пациента пациенту пациентом пацијент пацијента пацијенту""")  # (twentieth round, fresh35)
_CONTEXT_BEFORE = re.compile(
    r"\b(?:patient|pt|named|called|name\s+is|name\s+was|known\s+as|goes\s+by|nicknamed|"
    r"paciente|pasien|patiente|patientin|patiënt|paziente|"
    # twentieth round (fresh35): the patient's noun declined, in the Slavic and Baltic languages
    # and Hungarian ("Pacientę Eluned", "Пацієнтку Eluned", "pacjentkę Nowak", "a beteg Kovács")
    r"pacjent(?:ka|kę|ki|a|em|owi)?|pacient(?:ka|ku|ky|a|ovi|em|as|ė|ę|ą|o|ės|ui|us)?|pacijent(?:ica|icu|a|u)?|"
    r"páciens|pacients|paciento|пацієнт(?:ка|ку|ки|а|ові|ом)?|пациент(?:ка|ку|ки|а|у|ом)?|пацијент(?:кињa|а|у)?|"
    r"Mr\.?\s+and\s+Mrs\.?)\s*[,(]?\s*$", re.IGNORECASE)
# Eighth round: a nickname, whatever else the word means ("goes by Rose", "called Hope").
_NICKNAME_BEFORE = re.compile(r"\b(?:goes\s+by|known\s+as|nicknamed|prefers\s+to\s+be\s+called|"
                              r"likes\s+to\s+be\s+called|answers\s+to)\s*[\"'“‘]?$", re.IGNORECASE)
# A form's field ("Pt: Aparecida Iyer", "Patient name - …"): a person when the dictionaries know
# the word or the one after it ("Pt: Afebrile" is a finding).
_FIELD_BEFORE = re.compile(r"\b(?:patient|pt|name|nome|nombre|nom|paciente|pasien|patientin|patiente|"
                           r"patiënt|paziente|pacjent|hasta|nama|naam)(?:\s+name)?\s*[:=–—-]\s*$",
                           re.IGNORECASE)
# Sixth round: a next of kin, an emergency contact, an informant ("NOK: Tegan (granddaughter)",
# "Next of kin - Caoimhe", "Acompanhante: Rosângela"): a person, whatever the dictionaries say.
_KIN_BEFORE = re.compile(
    r"\b(?:(?-i:NOK|NoK)|next[\s-]+of[\s-]+kin|emergency\s+contact|contact\s+person|informant|"
    r"historian|escort|attender|bystander|acompanhante|respons[aá]vel|familiar)"
    r"(?:\s+(?:is|was|name))?\s*[:=,–—-]?\s*$", re.IGNORECASE)
# A relation in brackets or after a comma right after the word ("Tegan (granddaughter)",
# "Ifeoma, daughter,"): the word is that relative's name.
_RELATION_AFTER = re.compile(
    r"(?=[ \t]*[(,–—-])"  # (speed: what it starts with, tested before the relations)
    rf"[ \t]*(?:\([ \t]*|(?:,|[ \t][–—-])[ \t]*)(?:(?:his|her|their|the\s+patient['’]s|pt['’]s|patient['’]s)\s+)?"
    rf"(?:ex-|step-?|half-|foster\s+|great-(?:great-)?|grand|god)?(?:{'|'.join(RELATIONS)})(?:-in-law)?"
    rf"(?=[ \t]*(?:[),.;:\n]|$))",
    re.IGNORECASE)
# Job titles after "Nurse", "Sister", "Dr" ("the Diabetes Nurse Specialist"): not names.
_ROLES = word_set("""Specialist Specialists Practitioner Practitioners Consultant Consultants
Registrar Manager Educator Coordinator Co-ordinator Lead Navigator Assistant Associate Advisor
Adviser Therapist Technician Officer Worker Team Prescriber Sonographer Midwife Midwives
Attendant Attendants Attender Escort Companion Chaperone Bystander Informant Interpreter""")
# (seventeenth round, fresh25: "Attendant (son) +91 …": who came with the patient, not a name)
# The last word each context ends with (a cheap test before the regex).
_TAIL_PUNCTUATION = " \t\n,:;(=–—-"
_SCHEME_LAST = word_set("under with by in on of through via the")
_FIELD_LAST = word_set("patient pt name nome nombre nom paciente pasien patientin patiente patiënt paziente "
                       "pacjent hasta nama naam")
_KIN_LAST = word_set("NOK NoK kin contact person informant historian escort attender bystander "
                     "acompanhante responsável responsavel familiar is was name")
_SPOKEN_LAST = word_set("""to with by from for called phoned rang telephoned emailed texted met saw
seeing assessed reassessed con com avec mit med
visited asked told informed reassured counselled counseled thanked examined interviewed reached
contacted""")
_RELATION_WORDS = frozenset(r.lower() for r in RELATIONS)


@functools.lru_cache(maxsize=16384)  # speed: words repeat
def _relation_word(word: str) -> bool:
    """The word is a relation, with its prefixes and suffixes ("sister-in-law", "ex-husband",
    "grandniece", "great-aunt")."""
    word = word.removesuffix("-in-law").rsplit("-", 1)[-1]
    return (word in _RELATION_WORDS or word[5:] in _RELATION_WORDS or word[3:] in _RELATION_WORDS
            or word[4:] in _RELATION_WORDS)


# "Kalinda Grabowski, known to the team, …": only a person is known to a team.
_KNOWN_TO_AFTER = re.compile(r",?[ \t]+(?:is[ \t]+|was[ \t]+)?(?:well[ \t]+)?known[ \t]+to[ \t]+"
                             r"(?:the|our|us|this|services|social)\b", re.IGNORECASE)
_NEXT_LOWER = re.compile(r"[ \t]+([a-z]+)\b")
# "Kealoha's mother", "Ebere's husband": the word before is a person's name.
_RELATION_NEXT = re.compile(rf"[ \t]+(?:ex-|step-?|half-|foster\s+|great-(?:great-)?|grand|god)?"
                            rf"(?:{'|'.join(RELATIONS)})(?:-in-law)?\b", re.IGNORECASE)
# "Rangi Parata, 45, from …", "Ana Maria da Silva (62)": a full name with an age after it.
_AGE_AFTER = re.compile(r"(?=,|[ \t]*\()"  # (speed: what it starts with, tested first)
                        r"(?:,[ \t]*|[ \t]*\([ \t]*)(?:aged[ \t]+)?\d{1,3}[ \t]*(?:y(?:ears?|rs?|o|/o)?\.?|"
                        r"anos|años|ans)?(?:[ \t]*/?[ \t]*[MF])?[ \t]*[,)]"
                        # eighth round: not an area code ("Cell (201) 418-7723")
                        r"(?![ \t]*\d{3}[ .-]?\d{3,4})", re.IGNORECASE)
# A capitalised phrase after "covered under", "insured with", "enrolled in" is a scheme or an
# insurer ("Covered under Ayushman Bharat"), not a person.
_SCHEME_NAME_BEFORE = re.compile(
    r"\b(?:covered|insured|enrolled|registered|beneficiary|member|cover|insurance|scheme)\s+"
    r"(?:under|with|by|in|on|of|through|via)\s+(?:the\s+)?$", re.IGNORECASE)
# Someone the team spoke to, met or called: a person ("Discussed with Oluwaseun", "spoke to
# Ravi", "we called Ama"), whatever the dictionaries say.
_SPOKEN_TO_BEFORE = re.compile(
    r"\b(?:(?:spoke|speaking|spoken|talked|talking|discussed|met|meeting|agreed|consulted)"
    r"\s+(?:to|with)|(?:called|phoned|rang|telephoned|emailed|texted|met|visited|asked|told|"
    r"informed|reassured|counsell?ed|thanked|examined|interviewed|reached|contacted)|"
    r"accompanied\s+by|brought\s+in\s+by|escorted\s+by|(?:visit|call)\s+from|"
    # fifth round: messages and letters to someone, people who come with or look after the
    # patient ("Message left for Fenella", "seen with Ama", "collected by Tomás")
    r"(?:message|voicemail|note)\s+(?:left\s+)?for|left\s+(?:a\s+)?(?:message|voicemail)\s+(?:for|with)|"
    r"(?:letter|results?)\s+(?:sent\s+|given\s+)?to|wrote\s+to|copied\s+to|handed\s+over\s+to|"
    r"(?:seen|attended|attends|came(?:\s+in)?|comes)\s+with|saw|seeing|assessed|reassessed|"
    r"(?:visited|collected|picked\s+up|"
    r"cared\s+for|looked\s+after|supported|driven|translated)\s+by|"
    # seventh round: consent and history from someone ("Informed consent was obtained from …")
    r"(?:consent|assent|collateral|history|information)\s+(?:was\s+|were\s+)?(?:obtained|taken|given|"
    r"provided|gathered|signed)\s+(?:from|by)|witnessed\s+by|interpreted\s+by|"
    # nineteenth round: "spoke with" in the Romance, German and Nordic languages ("Ha parlato con
    # Giulia", "habló con Maite", "falou com Ana", "a parlé avec", "sprach mit", "sprak met", "talade med")
    r"(?:parlato|parlé|habló|hablé|hablamos|hablado|falou|falei|falamos|conversou|sprach|sprachen|"
    r"gesprochen|telefonierte|sprak|spraken|gesproken|talade|snakket)\s+(?:con|com|avec|mit|met|med))\s+$",
    re.IGNORECASE)
# A relation with its prefixes and suffixes ("sister-in-law", "ex-husband", "foster mother",
# "half-brother", "grandniece", "great-aunt") and what may stand between it and the name.
_RELATION_BEFORE = re.compile(rf"(?<![\w-])(?:ex-|co-|step-?|half-|foster\s+|great-(?:great-)?|grand|god)?"
                              rf"(?:{'|'.join(RELATIONS)})(?:-in-law)?(?:[ \t]*,[ \t]*|\s*[:(–—-]\s*|[ \t]+)\Z", re.IGNORECASE)
# (fifteenth round: a relation's word at a line's end, then a blank line: "… voor mijn oma\n\nGoedendag")
# (seventeenth round, fresh25/26: nor a comma and a line break, which "$" let through before a
# last "\n": "Dear colleague,\nWard 3B" is a salutation, the next line starts the letter)
# (speed: the contexts _names reads before a word, by their twins over the lower-cased text)
_LOWER_TWINS.update((regex, _lower_twin(regex)) for regex in (
    _SCHEME_NAME_BEFORE, _CONTEXT_BEFORE, _NICKNAME_BEFORE, _FIELD_BEFORE, _RELATION_BEFORE, _SPOKEN_TO_BEFORE))


def _sentence_start(before: str) -> bool:
    """The text before a word ends a sentence or a line: what the regex
    (?:^|[.!?;:]\\s+|\\n\\s*|(?:^|\\n)\\s*[-*•]\\s+)$ finds in it, read from its end (speed: the
    regex tried every position; str.rstrip strips what \\s matches)."""
    core = before.rstrip()
    space = before[len(core):]
    if not space:
        return not before  # nothing before the word
    if "\n" in space or not core:
        return "\n" in space  # a line break
    last = core[-1]
    if last in ".!?;:":
        return True  # a sentence's mark and a space
    if last in "-*•":  # a bullet, first on its line
        head = core[:-1]
        lead = head.rstrip()
        return not lead or "\n" in head[len(lead):]
    return False


_NEXT_WORDS = re.compile(r"[ \t]*(?:['’]s[ \t]+)?([\w'’-]+)(?:[ \t]+([\w'’-]+))?(?:[ \t]+([\w'’-]+))?")
_NOT_A_PERSON_AFTER = EPONYM_NOUNS | {
    "hospital", "clinic", "infirmary", "church", "school", "college", "university", "street",
    "road", "avenue", "county", "city", "river", "lake", "mountain", "park", "bridge",
    "airport", "station", "centre", "center", "institute", "foundation", "trust", "et",
    "group", "company", "inc", "ltd", "corp", "hall", "house", "square", "valley", "ward"}
_STATE_AFTER = re.compile(r",\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+)?|[A-Z]{2})\b")


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    word: str  # without a possessive 's
    possessive: bool


# (ninth round, speed: the same tokens in two passes, a capital first: the engine skips to the
# capitals; the prefixed ones, "al-Rashid", only where a text has a hyphen)
_TOKEN_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ](?<![\w'’-][A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ])[^\W\d_]*(?:['’-][^\W\d_]+)*")
_TOKEN_PREFIXED = re.compile(r"(?:al|el|ul|ad|ash|az)-(?=[A-Z])[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][^\W\d_]*(?:['’-][^\W\d_]+)*")


def _token_matches(text: str) -> list[re.Match]:
    matches = list(_TOKEN_CAPITAL.finditer(text))
    if "-" in text:
        prefixed = [m for m in _TOKEN_PREFIXED.finditer(text)
                    if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_'’-"))]
        if prefixed:
            matches = sorted(matches + prefixed, key=lambda m: m.start())
    return matches


def _tokens(text: str) -> list[_Token]:
    tokens = []
    for m in _token_matches(text):
        word, end = m.group(), m.end()
        possessive = word.endswith(("'s", "’s")) and len(word) > 2
        if possessive:
            word, end = word[:-2], end - 2
        if (tokens and tokens[-1].word in _JOINING_PARTICLES and tokens[-1].end + 1 == m.start()
                and text[tokens[-1].end] == " "):
            # seventh round: "Ó Briain", "Ní Bhriain", "Nic Giolla": one surname
            joined = tokens.pop()
            word = text[joined.start:m.start()] + word
            tokens.append(_Token(joined.start, end, word, possessive))
            continue
        tokens.append(_Token(m.start(), end, word, possessive))
    return tokens


# Irish surnames' particles, never a word by themselves.
_JOINING_PARTICLES = frozenset({"Ó", "Ní", "Nic", "Uí", "Mhic", "Ua"})


@functools.lru_cache(maxsize=16384)  # ninth round, speed: words repeat
def _titlecase(word: str) -> bool:
    if word[:1].islower() and "-" in word[:5]:  # "al-Rashid", "el-Sayed": the particle first
        word = word.split("-", 1)[1]
    return word[:1].isupper() and not word.isupper()  # a capital, then some lower case


@functools.lru_cache(maxsize=16384)  # ninth round, speed: words repeat
def _nameish(word: str) -> bool:
    """Could be part of a person's name: capitalised and not an everyday word."""
    return _titlecase(word) and word not in dictionaries().common


def _followed_by_thing(text: str, end: int, window: int = 1) -> bool:
    """An eponym or a named thing follows: the next word for a person ("Gram stain"),
    within three words for a place ("Glasgow Coma Scale", "Ottawa ankle rules")."""
    m = _NEXT_WORDS.match(text, end)
    if not m:
        return False
    left = window
    for w in m.groups():
        if left <= 0:
            break
        if w and _ORDINAL_TAG.match(w):
            continue  # ninth round: "Amsterdam II criteria", "Bethesda 4 category": a numeral between
        left -= 1
        if not w or w.lower() in _ENDS_A_NAME:  # "Porto presented with fever": a verb first
            return False
        if w.lower() in _NOT_A_PERSON_AFTER:
            return True
    return False


_ORDINAL_TAG = re.compile(r"(?:[IVX]{1,4}|\d{1,2}[a-c]?)$")


_ENDS_A_NAME = SUBJECT_VERBS | word_set("with and or in to from for on at by who which that")


def _adjacent(text: str, left: _Token, right: _Token) -> bool:
    """Only a space, or a particle ('de la'), between two words of one name."""
    if left.possessive:
        return False
    start, end = left.end, right.start
    if end - start < 2:
        return text[start:end] == " "
    # (speed: the gap between two capitalised words is often a long run of words, not copied
    # nor split whole when it cannot be a name's)
    if text[start] != " " or text[end - 1] != " ":
        return False
    words = text[start:end].split(None, 2)
    return 0 < len(words) <= 2 and all(w in PARTICLES for w in words)


def _extend(text: str, tokens: list[_Token], i: int) -> int:
    """The last token of the name starting at tokens[i]."""
    j = _extend_words(text, tokens, i)
    # eighth round: a relation inside the name ("Tan Ah Kow s/o Tan Beng", "Ravi a/l Muthu")
    if (j + 1 < len(tokens) and text[tokens[j].end:tokens[j + 1].start].strip() in _RELATION_PARTICLES
            and _titlecase(tokens[j + 1].word)):
        j = _extend_words(text, tokens, j + 1)
    # seventh round: a capitalised particle and the surname after it ("… Al Saud", "… Van Dyk")
    while (j + 2 < len(tokens) and j - i < 5 and tokens[j + 1].word in _CAPITAL_PARTICLES
           and _adjacent(text, tokens[j], tokens[j + 1]) and _adjacent(text, tokens[j + 1], tokens[j + 2])
           and _titlecase(tokens[j + 2].word) and tokens[j + 2].word not in dictionaries().common):
        j = _extend_words(text, tokens, j + 2)
    return j


_RELATION_PARTICLES = frozenset({"s/o", "d/o", "w/o", "a/l", "a/p", "bin", "binti", "bint", "arap", "ibn"})
_CAPITAL_PARTICLES = word_set("Al El Bin Binti Ibn Abu Ben Van Von Der Den De Da Das Dos Do Del Della Di Du "
                              "La Le Ter Ten Mac Mc St Lo Li Dalla Dello Degli Dei")  # ninth: "Lo Cascio"


def _extend_words(text: str, tokens: list[_Token], i: int) -> int:
    j = i
    d = dictionaries()
    if _chinese_name(text, tokens, i):
        return i + 2
    # up to five words (ninth round: four were "Ana Rita Vasconcelos Pimenta" and no more)
    while (j + 1 < len(tokens) and j - i < 4 and _adjacent(text, tokens[j], tokens[j + 1])
           and (_nameish(tokens[j + 1].word)  # "Yuki Patel": a given name, then any surname
                # after a particle any capitalised word ("Pereira da Costa", "de la Cruz")
                or (text[tokens[j].end:tokens[j + 1].start] != " " and _titlecase(tokens[j + 1].word))
                or (j == i and tokens[i].word in d.given and tokens[j + 1].word in d.surnames
                    and _titlecase(tokens[j + 1].word)))
           # a city's name stops it unless it is a person's too ("María Guadalupe Hernández")
           and not (tokens[j + 1].word in d.cities_by_first
                    and tokens[j + 1].word not in d.surnames and tokens[j + 1].word not in d.given)):
        j += 1
    return j


def _chinese_name(text: str, tokens: list[_Token], i: int) -> bool:
    """Ninth round: a Chinese or Malaysian name, a surname and a given name of two short words,
    whatever the dictionaries say of them ("Goh Siew Lan", "Lim Boon Huat", "Wong Mei Ling")."""
    return (tokens[i].word in _CHINESE_SURNAMES and i + 2 < len(tokens)
            and all(_adjacent(text, tokens[k], tokens[k + 1]) and _CHINESE_SYLLABLE.fullmatch(tokens[k + 1].word)
                    for k in (i, i + 1)))


_CHINESE_SURNAMES = word_set("Goh Lim Tan Ng Lee Wong Chan Teo Ong Koh Chua Lau Yeo Tay Toh Sim Low Foo Chia "
                             "Chong Cheong Leong Yap Yong Heng Quek Seah Soh Tham Poh Khoo Ho Liew Loh Ang")
_CHINESE_SYLLABLE = re.compile(r"[A-Z][a-z]{1,4}")


def _run(text: str, tokens: list[_Token], i: int) -> int:
    """The last of up to four capitalised words written as one name from tokens[i]."""
    j = i
    while j + 1 < len(tokens) and j - i < 3 and _adjacent(text, tokens[j], tokens[j + 1]):
        j += 1
    return j


def _name_fields(text: str):
    """A form's name fields: "Name: QUINLAN, Harriet", "Surname: Okoro", "Patient: SMITH, John
    A.", "First name: Chidinma". After a name's own label any capitalised value; after
    "Patient" a SURNAME in capitals with a comma, or a word the dictionaries know."""
    d = dictionaries()
    for m in _name_field_matches(text):
        value = m.group("v").rstrip(" ,")
        words = [w.strip(",.") for w in value.split()]
        if not words or words[0] in d.common and not d.is_person_name(words[0]):
            continue
        if not m.group("own") and not (
                re.match(r"[A-Z][A-Z'’-]+,|[A-Z]{2,} [A-Z][a-z]+-[a-z]+", value)
                or any(d.is_person_name(w) for w in words)
                # tenth round: two to four capitalised words no dictionary knows, the field's
                # whole value ("Patient: Dawit Abebe Tesfaye   Card No.", "Recipient: Hemi Te Whata,")
                or (1 < len(words) <= 5 and "," not in value and _FIELD_VALUE_ENDS.match(text, m.start("v") + len(value))
                    and not any(w.lower().endswith(("ed", "ing", "ous", "ive", "ful", "less")) for w in words)
                    and all(_unknown_word(w) or w.lower() in _FIELD_PARTICLES for w in words)
                    and not any(w.lower() in _NOT_A_PERSON_AFTER for w in words))):
            continue
        yield _finding(text, "name", m.start("v"), m.start("v") + len(value), 0.85,
                       "a name in a form's name field")
    # ninth round: a SURNAME in capitals, a comma and a given name, as a field's whole value
    # whatever its label ("Label: NG, Kwok-wing", "Addressograph: OKAFOR, Chidi"): the given name
    # a dictionary's or shaped like a Cantonese or Korean one
    for m in _SURNAME_COMMA_GIVEN.finditer(text):
        given = m.group("g")
        if ((_EAST_ASIAN_GIVEN.fullmatch(given) or (given in d.given and m.group("end") is not None))
                and m.group("s") not in d.common):
            yield _finding(text, "name", m.start("v"), m.end("v"), 0.8, "a SURNAME, given name as a field's value")
    # eighth round: a Chinese, Japanese or Korean name in its field ("病人: 陳大文", "환자: 김민준")
    if "：" in text or ":" in text:
        for m in _CJK_NAME_FIELD.finditer(text):
            yield _finding(text, "name", m.start("v"), m.end("v"), 0.85, "a name in a form's name field")


_FIELD_VALUE_ENDS = re.compile(r"[ \t]*(?:$|\n|[|;,(]|[.](?:[ \t]|$)|[ \t]{2})", re.MULTILINE)
_FIELD_PARTICLES = word_set("de da do dos das del van von bin al binti bint ibn arap der den la te ó ní nic mac")
_SURNAME_COMMA_GIVEN = re.compile(  # (speed: the capital first, the ": " before it asserted after it)
    r"(?P<v>(?P<s>[A-Z](?<=: [A-Z])[A-Z]+(?:[-'’][A-Z]{2,})?),[ \t]*(?P<g>[A-Z][a-z]+(?:-[a-z]+)?))"
    r"(?P<end>(?=[ \t]*(?:$|\n|[|;,.(]|[ \t]{2})))?")
_CJK_NAME_FIELD = re.compile(r"(?:病人|患者|姓名|氏名|名前|病人姓名|患者氏名|환자|이름|성명|환자명|"
                             # fourteenth round (fresh17, fresh18): who else a form names
                             r"个案|個案|学生|學生|家长|家長|医生|醫生|医师|醫師|护士|護士|签名|簽名|"
                             r"担当医|主治医|看護師|의사|간호사|보호자|담당의)[ \t]*[:：][ \t]*"
                             # (twenty-first round, fresh41: not a question after a speaker's title in a chat,
                             # "張醫師：家屬電話？", "the family's phone?")
                             r"(?P<v>[\u4e00-\u9fff]{2,4}|[\uac00-\ud7a3]{2,4})(?![\u4e00-\u9fff\uac00-\ud7a3]|[ \t]*[？?])")


_NAME_FIELD = re.compile(
    r"(?:^|(?<=[\n|;\t])|(?<=  ))[ \t]*(?:(?P<own>(?:patient['’]?s?\s+|full\s+|family\s+|last\s+|first\s+|given\s+|"
    r"maiden\s+|middle\s+)?(?:name|surname|forenames?)|nome(?:\s+completo)?|nombre(?:\s+completo)?|"
    r"apellidos?|sobrenome|nom|pr[ée]nom|cc|bcc|attn|signed|copy\s+to|interpreter|informant)|patient|pt|client|resident|"
    # thirteenth round (fresh16): an insurance card's holder ("Member: Kavita Ramkissoon")
    r"member|insured|subscriber|titular|asegurad[oa]|afiliad[oa]|"
    # tenth round: who else a form names in its own field, in several languages
    r"deceased|recipient|donor|pacjentk?a?|pacient(?:ka)?|paciente|pasien|hasta|patientin|patiente|patiënt|paziente)"
    # a word with a lower-case letter, a SURNAME in capitals before a comma, an initial
    r"[ \t]*[:=][ \t]*(?-i:(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sr|Sra|Mme|Mlle|Herr|Frau|Señora|Señor|Senhora|Senhor|"
    r"Sig\.ra|Sig|Pani|Pan|Mdm|Madam|Encik|Puan|Bapak|Pak|Ibu|Tn|Ny|Shri|Smt|Shrimati|Begum|Dhr|Mevr|Hr|Fr|Fru|"
    r"Bay|Bayan|Ato|W/ro|W/rt|Khun|Dona|Dom|Ông|Bà|Hr|RN)\.?[ \t]+)?(?P<v>(?:[A-Z]\.[ ]?){0,3}"
    r"[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ](?:[a-zà-öø-ÿĀ-ſḀ-ỿ'’-][A-Za-zÀ-ÖØ-öø-ÿĀ-ſḀ-ỿ'’-]*|[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ'’-]+(?=,)"
    # eighth round: a SURNAME in capitals before a hyphenated given name ("CHAN Tai-man")
    r"|[A-Z]+(?= [A-Z][a-z]+-[a-z]+))"
    r"(?:,? (?:[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zà-öø-ÿĀ-ſḀ-ỿ'’-][A-Za-zÀ-ÖØ-öø-ÿĀ-ſḀ-ỿ'’-]*|[A-Z]\.|"
    r"(?:de|da|do|dos|das|del|van|von|bin|al|binti|bint|ibn|arap|der|den|la|te|ó|ní|nic|mac|s/o|d/o|w/o|a/l|a/p)(?= [A-Z]))){0,5}))",
    re.IGNORECASE | re.MULTILINE)


# What _NAME_FIELD may start after: a line break, "|", ";", a tab, two spaces or more.
# (speed: one class first, the engine skips to it; a space starts a match only with more after it, as
# " {2,}" did: the branch it replaces, its first alternative a class, was tried at every position)
_FIELD_START = re.compile(r"[\n|;\t ](?:(?<! )| +)")


def _field_starts(text: str):
    yield 0
    for m in _FIELD_START.finditer(text):
        yield from range(m.start() + 2, m.end() + 1) if m.end() - m.start() > 1 else (m.end(),)


def _name_field_matches(text: str):
    """_NAME_FIELD.finditer(text), tried only where a field may start (speed: the pattern starts
    with a choice of assertions, which the engine would try at every position)."""
    end = 0
    for at in _field_starts(text):
        if at >= end:
            m = _NAME_FIELD.match(text, at)
            if m:
                end = m.end()  # (a match is never empty)
                yield m


@functools.lru_cache(maxsize=16384)
def _romance_verb(word: str) -> bool:
    """A verb of _ROMANCE_PLACE_VERB's ("Procedente", "Natural"): never a name."""
    return bool(_ROMANCE_PLACE_VERB.fullmatch(word + " "))


@functools.lru_cache(maxsize=16384)  # speed: words repeat, and half the capitalised words fail here
def _never_a_name(word: str) -> bool:
    """A word that _names never starts a name with, whatever its context: not in title case, an
    everyday word no name list holds, a heading's word, a verb, a relation, a role, a title."""
    d = dictionaries()
    return (not _titlecase(word) or (word in d.common and not d.is_person_name(word)) or word in _LETTER_WORDS
            or _romance_verb(word) or word.lower() in _RELATION_WORDS or word in _ROLES or word in _TITLE_WORDS)


def _search_before(regex: re.Pattern, before: str, low_before: str | None) -> re.Match | None:
    """regex.search(before), by its _LOWER_TWINS twin over `before` lower-cased where given."""
    return regex.search(before) if low_before is None else _LOWER_TWINS[regex].search(low_before)


def _names(text: str, tokens: list[_Token]):
    d = dictionaries()
    _lowered(_CONTEXT_BEFORE, _CONTEXT_BEFORE, text)
    low = None if _LOWERED[2] else _LOWERED[1]  # (as _search_lowered: where the twins find the same)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        word = token.word
        if _never_a_name(word):
            i += 1
            continue
        before = text[max(0, token.start - 40):token.start]
        low_before = low[max(0, token.start - 40):token.start] if low is not None else None
        if word in _IMPERATIVES and _sentence_start(before) or (
                word in _TAGALOG_KIN and _PERSONAL_ARTICLE_END.search(before)):
            i += 1  # (seventeenth round: "Si Lola, 90 anyos": a grandmother, as Tagalog names her)
            continue
        reason = None
        confidence = 0.0
        forced = i  # the name's last token when a rule decided it
        titled = False  # after Mr, Mrs, Ms…: a person for certain
        start = token.start
        # the word before, lower-cased: the context regexes below run only where it can end one
        tail = before.rstrip(_TAIL_PUNCTUATION)
        last = tail[max(tail.rfind(" "), tail.rfind("\n"), tail.rfind("\t")) + 1:]
        lower = last.lower()
        if (lower in _SCHEME_LAST and _search_before(_SCHEME_NAME_BEFORE, before, low_before)) or (
                last in _SERVICES_ROMANCE and i and _adjacent(text, tokens[i - 1], token)):
            i += 1  # a scheme ("covered under Ayushman Bharat"), a service ("Pronto Socorro")
            continue
        if word not in d.common or d.is_person_name(word):
            # (ninth round, speed: a title or a particle must be the last word before it)
            title = _TITLE_BEFORE.search(before) if (
                last in _PARTICLE_SET or last in ("Girl", "girl", "Boy", "boy") or _title_word(last)) else None
            if title and title.group().startswith("M.") and word.lower().endswith(_SPECIES_ENDINGS):
                title = None  # "M. Pneumoniae": a genus, not "Monsieur"
            if title and "\n" in title.group() and "." in title.group():
                title = None  # fifteenth round (fresh19, fresh20): "… per la RM.\nTriage": a sentence ended
            if (title and "\n" in title.group() and title.group().split()[0].isupper()
                    and re.search(r",[ \t]*\Z", before[:title.start()])):
                title = None  # sixteenth round (fresh21, fresh22): "Signed, D. Haugen, RN\nReturned …": a post-nominal
            run_end = tokens[_extend(text, tokens, i)].end if title else 0
            if title and (_POSTNOMINAL_END.search(before, 0, title.end())
                          or (not text.startswith(("'s", "’s"), run_end) and _followed_by_thing(text, run_end))):
                title = None  # ninth round: "… Shahnaz Begum. Amsterdam II criteria": a title that ended
                # the name before it, and an eponym after it
            if title:
                start -= len(title.group("particles"))  # "Mr de la Cruz"
                doctor = re.search(r"\b(?:Dr|Prof|Professor)\.?\s+$", before)
                reason, confidence = (("a clinician's name (it points to the treating team)",
                                       0.6) if doctor else ("a name after a title", 0.95))
                titled = not doctor
            elif (lower in _CONTEXT_LAST and _search_before(_CONTEXT_BEFORE, before, low_before)
                  and (word not in d.common or _chinese_name(text, tokens, i))):
                reason, confidence = "a name in a patient context", 0.9
            elif word in d.given and _search_before(_NICKNAME_BEFORE, before, low_before):
                reason, confidence = "a name the person goes by", 0.85  # "goes by Jenny"
            elif (lower in _FIELD_LAST and _search_before(_FIELD_BEFORE, before, low_before)
                  and (word not in d.common or (word in d.given and i + 1 < len(tokens)
                                                and _adjacent(text, token, tokens[i + 1])
                                                and _titlecase(tokens[i + 1].word)))
                  and (d.is_person_name(word) or (
                      i + 1 < len(tokens) and _adjacent(text, token, tokens[i + 1])
                      and d.is_person_name(tokens[i + 1].word)))):
                reason, confidence = "a name in a form's patient field", 0.85
            elif ((_relation_word(lower) and _search_before(_RELATION_BEFORE, before, low_before))
                  or ((lower in _KIN_LAST or last in _KIN_LAST) and _KIN_BEFORE.search(before))) and (
                    word not in d.common or d.is_person_name(word)):
                reason, confidence = "the name of a relative or contact", 0.9
            elif (run := _run(text, tokens, i)) > i and (
                    _KNOWN_TO_AFTER.match(text, tokens[run].end) or _AGE_AFTER.match(text, tokens[run].end)) and (
                    word not in d.regions and word not in d.cities_by_first
                    and all(d.is_person_name(t.word) or _unknown_word(t.word)
                            for t in tokens[i:run + 1])):
                reason, confidence = "a full name with an age or 'known to the team' after it", 0.8
                forced = run
            elif (_RELATION_AFTER.match(text, token.end) and (word not in d.common
                                                              or d.is_person_name(word))
                  and (d.is_person_name(word) or not word.lower().endswith(_NOT_A_NAME_ENDINGS))
                  and word not in d.regions and word not in d.cities_by_first
                  and word not in _SERVICES):
                reason, confidence = "the name of a relative (the relation follows)", 0.85
            elif (lower in _SPOKEN_LAST and _search_before(_SPOKEN_TO_BEFORE, before, low_before) and word not in d.common
                  and word not in d.regions and word not in d.cities_by_first
                  and word not in _SERVICES):
                reason, confidence = "the name of someone the team spoke to or met", 0.75
        if (reason is None and word in d.given and word in d.common and i + 1 < len(tokens)
                and _adjacent(text, token, tokens[i + 1])
                and d.is_plain_name(tokens[i + 1].word) and tokens[i + 1].word in d.surnames
                and not _followed_by_thing(text, tokens[i + 1].end)):
            reason, confidence = "a given name and a surname", 0.7  # "Pedro Moreau"
        if (reason is None and word in d.given and i + 1 < len(tokens)
                and _adjacent(text, token, tokens[i + 1]) and tokens[i + 1].word in d.given
                and (word not in d.common or tokens[i + 1].word not in d.common)
                and _titlecase(tokens[i + 1].word) and tokens[i + 1].word not in d.regions
                and tokens[i + 1].word not in _TITLE_WORDS
                and (tokens[i + 1].word not in d.cities_by_first or tokens[i + 1].word in d.surnames)
                and not _followed_by_thing(text, tokens[i + 1].end)):
            # seventh round: two given names ("Juan Pablo", "Mary Ann"), whatever the second's
            # other readings
            reason, confidence, forced = "two given names", 0.7, i + 1
        if (reason is None and ", a" in text[token.end:token.end + 80]
                and _sentence_start(before) and word not in _LEADING and word not in _IMPERATIVES):
            run = _run(text, tokens, i)
            if ((run > i or _unknown_word(word) or d.is_person_name(word))
                    and _APPOSITION_AFTER.match(text, tokens[run].end)
                    and not any(t.word in d.regions or (t.word in d.cities_by_first and not d.is_person_name(t.word))
                                or t.word.lower() in _RELATION_WORDS or t.word in _TITLE_WORDS
                                for t in tokens[i:run + 1])
                    and not all(t.word in d.common and not d.is_person_name(t.word) for t in tokens[i:run + 1])):
                reason, confidence, forced = "a name before a description of the person", 0.7, run
        if (reason is None and word in d.surnames and word not in d.given and d.is_plain_name(word)
                and i + 1 < len(tokens) and _adjacent(text, token, tokens[i + 1])
                and tokens[i + 1].word in d.given and d.is_plain_name(tokens[i + 1].word)
                and tokens[i + 1].word not in d.surnames
                and not _followed_by_thing(text, tokens[i + 1].end)):
            # seventh round: the surname first, as Japan, China, Korea and Hungary write it
            # ("Yamamoto Keiko", "Nagy Eszter")
            reason, confidence, forced = "a surname and a given name", 0.7, i + 1
        if (reason is None and word in d.surnames and i + 1 < len(tokens)
                and _adjacent(text, token, tokens[i + 1]) and _EAST_ASIAN_GIVEN.fullmatch(tokens[i + 1].word)):
            # seventh round: a Korean or Chinese name, surname first ("Park Ji-hoon", "Wang Xiao-ming")
            reason, confidence, forced = "a surname and a hyphenated given name", 0.75, i + 1
        if reason is None and d.is_plain_name(word) and not _followed_by_thing(text, token.end):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if (word in d.given and nxt is not None and _adjacent(text, token, nxt)
                    and d.is_plain_name(nxt.word)):
                reason, confidence = "a given name and a surname", 0.8
            elif word in d.given and token.possessive and not _VOLUME_AFTER.match(text, token.end) and not (
                    _VOLUME_BEFORE.search(before)):
                reason, confidence = "a given name in the possessive", 0.7  # (not "Hartmann's 1000 ml": a fluid)
            elif word in d.given and _sentence_start(before) and _verb_follows(
                    text, token.end):
                reason, confidence = "a given name as the subject of a sentence", 0.75
            elif (word in d.given and nxt is not None and _adjacent(text, token, nxt)
                  and _unknown_word(nxt.word)):
                reason, confidence = "a given name and a surname", 0.7
            elif (word in d.given and word not in d.surnames and word not in d.regions
                  and word not in d.cities_by_first and not _sentence_start(before)):
                reason, confidence = "a given name", 0.6
            elif (word in d.given and _sentence_start(before)
                  and _lower_word_follows(text, token.end)):
                reason, confidence = "a given name starting a sentence", 0.6
        if (reason is None and _unknown_word(word) and not word.endswith(("ed", "ing", "ly"))
                and word.lower() not in SUBJECT_VERBS and i + 1 < len(tokens)
                and _adjacent(text, token, tokens[i + 1]) and d.is_plain_name(tokens[i + 1].word)
                and tokens[i + 1].word in d.surnames
                and not _followed_by_thing(text, tokens[i + 1].end)):
            reason, confidence = "a word no dictionary knows before a surname", 0.6
        if (reason is None and _unknown_word(word) and _sentence_start(before)
                and not word.lower().endswith(_NOT_A_NAME_ENDINGS + ("s", "er", "ly", "ed", "ing"))
                and _PERSON_VERB_AFTER.match(text, token.end)):
            # "Oluwaseun came back", "Zanele said …": only people do that
            reason, confidence = "an unknown word as the subject of a person's verb", 0.6
        if reason is None and _sentence_start(before) and (
                _unknown_word(word) or d.is_person_name(word)) and word not in d.common:
            run = _run(text, tokens, i)
            if all(_unknown_word(t.word) or d.is_person_name(t.word) for t in tokens[i:run + 1]) and not (
                    tokens[run].word.lower().endswith(_NOT_A_NAME_ENDINGS)):
                after = tokens[run].end
                verb = _NEXT_LOWER.match(text, after)
                if ((run > i and (_PERSON_VERB_AFTER.match(text, after)
                                  or (verb and verb.group(1) in SUBJECT_VERBS)))
                        or (run == i and _AGE_AFTER.match(text, after) and word not in d.regions
                            and word not in d.cities_by_first and not _AREA_CODE_AFTER.match(text, after))
                        or (run > i and _AGE_AFTER.match(text, after) and word not in d.regions
                            and text[token.start:tokens[run].end] not in d.cities_by_first.get(word, ()))):
                    # "Priyanka Chopra-Singh presented to ED", "Tamar, 71, has COPD"
                    reason, confidence, forced = "a name starting a sentence", 0.65, run
        if (reason is None and token.possessive and (_unknown_word(word) or d.is_person_name(word))
                and _RELATION_NEXT.match(text, token.end + 2)):
            reason, confidence = "a name in the possessive before a relative", 0.75  # "Kealoha's mother"
        if reason and confidence <= 0.6 and word in _PRONOUN_NAMES and not _english_after(text, token.end):
            reason = None  # seventeenth round (fresh23, fresh25): "Una signora di 92 anni", "Ella trabaja en"
        # "Mrs Doe's chest pain": after Mr/Mrs/Ms it is a person, whatever word follows (the
        # eponym check is for bare names such as "Gram stain").
        if reason is None or (not titled and (_followed_by_thing(
                text, tokens[_extend(text, tokens, i)].end) or _eponym_inside(tokens, i, _extend(text, tokens, i)))):
            i += 1
            continue
        if re.match(r"\s+et\s+al\b", text[token.end:token.end + 8]):
            i += 1
            continue
        last = max(_extend(text, tokens, i), forced)
        yield _finding(text, "name", start, tokens[last].end, confidence, reason)
        i = last + 1


# Seventeenth round: articles and pronouns of other languages that name lists also hold as given
# names ("Una signora", "Ella trabaja", "Lei è"): a name only before an English verb; Tagalog's
# kin words after its personal article ("si Lola", "ni Lolo"), which are how a grandparent is named.
# ("Celular (38) 99124-5037": a telephone's area code in brackets, not an age)
_AREA_CODE_AFTER = re.compile(r"[ \t]*\(\d{2,4}\)[ \t]*\d{3,5}[ -]?\d{3,4}")
_VOLUME_AFTER = re.compile(r"['’]s[ \t]+(?:\d+(?:[.,]\d+)?[ \t]*(?i:ml|l|litres?|liters?|cc)\b|(?i:solution|lactate))")
# (eighteenth round, fresh28: "1 L Hartmann's over 2 h", "500 mL of Ringer's": a fluid by its volume before it)
_VOLUME_BEFORE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?[ \t]*(?i:ml|l|litres?|liters?|cc)[ \t]+(?:of[ \t]+)?\Z")
_PRONOUN_NAMES = word_set("""Una Uno Ella Elle Ela Ele Lei Lui Eles Elas Ellas Ellos
Nada Sem Alla Ora Ale Ada Hari Li Durante Hasta Pero""")  # (eighteenth round, fresh27: "Nada per os",
# "Alla dimissione": everyday words of other languages that the name lists hold)
_TAGALOG_KIN = word_set("Lola Lolo Nanay Tatay Inay Itay Ate Kuya Tita Tito Manang Manong Aling Mang Apo Ninang Ninong")
_PERSONAL_ARTICLE_END = re.compile(r"(?:^|(?<=[\s>(]))(?:[Ss]i|[Nn]i|[Kk]ay|[Ss]ina)[ \t]+\Z")


def _english_after(text: str, end: int) -> bool:
    """An English verb of a person after the word ("Ella was", "Ella presented", "Una likes")."""
    m = re.match(r"[ \t]+([a-z]+)", text[end:end + 30])
    return bool(m) and (m.group(1) in SUBJECT_VERBS or m.group(1).endswith(("ed", "es")))


def _eponym_inside(tokens: list[_Token], i: int, last: int) -> bool:
    """Eighth round: a rule or a score named after a person or a place is not a name, wherever
    its noun stands in the run ("Francisco Syncope Rule", "Ranson Criteria")."""
    surnames = dictionaries().surnames
    return any((t.word.lower() in EPONYM_NOUNS or t.word.lower() in _INSTITUTION_NOUNS) and t.word not in surnames
               for t in tokens[i + 1:last + 1])


_INSTITUTION_NOUNS = frozenset({"road", "street", "avenue", "hospital", "clinic", "school", "university",
                                "college", "institute", "foundation", "airport", "station", "centre",
                                "center", "bridge", "mosque", "temple", "market"})


# Seventh round: the forms of address themselves ("Señora", "Pak") are not the name; verbs
# that start an instruction ("Call 555 …", "Chase the CT") are not a name starting a sentence.
_TITLE_WORDS = frozenset(t for t in TITLES if t.isalpha())
_IMPERATIVES = word_set("""Call Phone Ring Page Bleep Text Email Fax Contact Chase Check Recheck Repeat
Continue Start Restart Stop Hold Give Send Refer Book Arrange Review Discuss Consider Monitor Encourage
Avoid Keep Ask Inform Tell Return Bring Take Apply Use Aim Ensure Document Escalate Wean Titrate
Obtain Await Request Order Add Increase Reduce Change Switch Trial Mobilise Mobilize Encourage Offer
Remove Insert Replace Prescribe Dispense Notify Update Reassess Observe Measure Weigh Collect""")
# "Blessing van der Merwe, a jeepney driver, presented …": a name before an apposition that
# describes a person (an age, an occupation, a person's noun) and the verb of that person.
_PERSON_NOUNS = word_set("""sponsor kafeel kafil housemaid maid employer interpreter translator
man woman boy girl lady gentleman child toddler infant teenager adolescent
mother father grandmother grandfather wife husband widow widower son daughter patient student pupil
driver teacher farmer fisherman fisher seafarer sailor nurse worker labourer laborer engineer
accountant lawyer doctor physician surgeon cook chef trader vendor hawker cleaner pensioner retiree
housewife homemaker mechanic carpenter electrician plumber builder soldier officer pilot tailor
seamstress nun priest pastor imam athlete player footballer musician artist writer journalist banker
clerk secretary cashier guard miner painter baker butcher shopkeeper merchant businessman
businesswoman entrepreneur scientist professor lecturer pharmacist dentist midwife paramedic
caregiver carer nanny maid housekeeper gardener veteran migrant refugee tourist traveller traveler
hiker cyclist smoker primigravida multigravida multipara primipara gravida herder herdsman weaver
potter tricycle welder manager salesman saleswoman waiter waitress barber hairdresser firefighter
policeman policewoman ranger courier conductor operator technician programmer designer architect
librarian bartender receptionist volunteer""")
_APPOSITION_AFTER = re.compile(
    r",[ \t]+(?:a|an)[ \t]+(?:\d{1,3}[- ](?:year|yr|month)s?[- ]old[ \t]+[a-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*){0,3}"
    r"|(?:[a-z][\w'’-]*[ \t]+){0,3}(?:" + "|".join(sorted(_PERSON_NOUNS)) + r")),"
    r"[ \t]+(?:who[ \t]+)?(?:presented|presents|was|is|has|had|came|comes|attended|arrived|reported|reports|"
    r"complained|complains|developed|underwent|noticed|says|said|lives|works|describes|described|"
    r"fell|collapsed|returned|denies|denied)\b")


_SPECIES_ENDINGS = ("ae", "is", "us", "um", "ii", "ans", "ium", "ens", "ata", "osa", "ica", "ila", "ata")
_EAST_ASIAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")


# The words of a letter's or a form's headings, never a name ("Re: Referral to …", "No.").
_LETTER_WORDS = word_set("Re RE Ref Attn Cc Bcc Fwd Fw Subject Dear No Nos Yours Sincerely Regards "
                         "Pt Pts Patient Patients Client Resident "
                         # "patient" in other languages
                         "Paciente Pacientes Patiente Patientin Patienten Patiënt Pasien Paziente "
                         # a form's abbreviated field names ("Pt Acct#: …")
                         "Acct Acc Hosp Adm Tel Mob Ph Fax Ext Tel "
                         # eighth round: other languages' field names and health schemes' cards
                         "Pacjent Hasta Nama Naam Faks Carte Thiqa PhilHealth Daman")
# Verbs whose subject is a person, not a drug or a disease ("Sarcoidosis was diagnosed").
_PERSON_VERB_AFTER = re.compile(
    r"[ \t]+(?:said|says|told|tells|asked|asks|came|comes|walked|walks|agreed|agrees|declined|"
    r"declines|refused|refuses|wants|wanted|wishes|wished|lives|lived|works|worked|feels|felt|"
    r"prefers|preferred|cried|laughed|drove|drives|thinks|thought|complained|complains|denied|"
    r"denies|remembers|recalled|consented|admits|admitted\s+(?:to|that)|is\s+keen|was\s+keen|"
    # sixth round: what a patient does on a ward ("Rosângela pulled out NGT again")
    # (not "fell", "kept", "tried": "Troponin fell", "Clexane kept on hold")
    r"pulled|pulls|pulling|slept|sleeps|ate|eats|absconded|absconds|wandered|"
    r"wanders|self-discharged|self-extubated|removed\s+(?:his|her|their)|"
    r"shouted|shouts|screamed|kicked|spat|climbed|refuses|"
    # feelings are a person's ("Hiroko was pleased with the result")
    r"(?:is|was|seems|seemed|felt|feels|has\s+been|had\s+been)\s+(?:very\s+|quite\s+|much\s+)?(?:pleased|happy|unhappy|"
    r"upset|anxious|worried|tearful|angry|relieved|grateful|delighted|frustrated|distressed|"
    r"reassured|embarrassed|scared|frightened|unwell|crying|vomiting|coughing)|"
    # "Olusegun is a 58-year-old accountant"
    r"(?:is|was)\s+an?\s+\d{1,3}[- ](?:year|yr|month|week)s?[- ]old|"
    # sixteenth round (fresh21, fresh22): a life's verbs ("Jago grew up in Redruth", "Shabana
    # blogs about the stay"; not "posted", "phoned", "emailed": a referral or a result is too)
    r"grew\s+up|was\s+born|blogs|blogged|"
    # seventeenth round (fresh23): "Dougal had been well until the harvest", "Hae-sook had dived"
    r"(?:had|has)\s+been\s+well(?![ \t-]+[a-z]+(?:ed|en|wn)\b)|(?:had\s+)?dived|dives|smiled|smiles|waved|nodded|woke\s+up)\b")
_NOT_A_NAME_ENDINGS = ("itis", "osis", "emia", "aemia", "oma", "ine", "ol", "cin", "mab", "nib",
                       "pril", "sartan", "statin", "azole", "ide", "ate", "one", "ium", "ism",
                       "pathy", "ectomy", "otomy", "scopy", "gram", "graphy", "ase", "itis",
                       "cillin", "penem", "parin", "xaban", "gliflozin")


@functools.lru_cache(maxsize=16384)  # ninth round, speed: words repeat
def _unknown_word(word: str) -> bool:
    """A capitalised word that no dictionary knows: an unknown surname after a given name."""
    d = dictionaries()
    return (_titlecase(word) and word not in d.common and word not in d.regions
            and word not in d.cities_by_first and word not in d.given)


def _lower_word_follows(text: str, end: int) -> bool:
    """A lower-case word follows ("Kofi came back"), not an eponym's noun."""
    m = re.match(r" ([a-z]+)\b", text[end:end + 30])
    return bool(m) and m.group(1) not in _NOT_A_PERSON_AFTER and m.group(1) not in ("et",)


def _verb_follows(text: str, end: int) -> bool:
    m = re.match(r"\s+(?:\w+\s+)?([a-z]+)", text[end:end + 40])
    return bool(m) and m.group(1) in SUBJECT_VERBS


def _places(text: str, tokens: list[_Token]):
    d = dictionaries()
    for token in tokens:
        cities = d.cities_by_first.get(token.word)
        town = not cities  # twenty-first round: a smaller town, only in a place's context
        cities = cities or d.towns_by_first.get(token.word)
        if not cities:
            continue
        city = next((c for c in cities if text.startswith(c, token.start)
                     and not text[token.start + len(c):token.start + len(c) + 1].isalpha()),
                    None)
        if city is None:
            continue
        end = token.start + len(city)
        before = text[max(0, token.start - 40):token.start]
        if _followed_by_thing(text, end, 3) or _TITLE_BEFORE.search(before) or (
                _HOSPITAL_AREA_AFTER.match(text, end)):
            continue
        end = _place_end(text, end)
        if _SCORE_AFTER.match(text, end) and not p.PLACE_CONTEXT.search(before):
            continue  # "Glasgow 13", a score
        if city in p.CAR_MAKES and _CAR_BEFORE.search(before):
            continue  # "a blue Toyota", "car: Toyota": a make
        # "lives in", "from"…, or right after a street address ("12 Rue X, Paris").
        context = bool(p.PLACE_CONTEXT.search(before) or _AFTER_ADDRESS.search(before)
                       or p.PLACE_AFTER.match(text, end))
        state = _STATE_AFTER.match(text, end)
        in_state = bool(state) and (state.group(1) in d.regions
                                    or state.group(1) in p.US_STATE_ABBR)
        if city in d.ambiguous_cities and not (context or in_state):
            continue
        if town and not (context or in_state or _TOWN_CONTEXT_21.search(before)):
            continue
        yield _finding(text, "place", token.start, end, 0.9 if context or in_state else 0.7,
                       ("a town" if town else "a city") + (" in a place context" if context else ""))
    yield from _other_places(text)


# Twenty-first round: a smaller town's context in prose, in the languages notes are written in:
# a preposition of place or of travel ("drove her from X", "to X", "vino desde X", "wohnt in X",
# "iz X", "dari X", "em i kam long X"), or "of"/"de" after a word of origin or of arrival
# ("procedente de X", "natural de X", "originaire de X", "native of X").
_TOWN_CONTEXT_21 = re.compile(
    r"(?<![\w'’-])(?:(?i:from|to|in|near|outside|around|via|desde|hacia|hasta|en|em|no|na|à|au|dans|aus|nach|bei|uit|naar|"
    r"nabij|dalla|dal|iz|из|в|во|под|fra|från|till|dari|di|ke|kutoka|nga|long|ples)"
    r"|(?i:procedente|proveniente|natural|oriundo|oriunda|originario|originaria|originaire|native|vecino|vecina|"
    r"viene|vino|vem|veio|vient|venant|llegó|chegou|arrivé|arrivée|trasladado|trasladada|transferido|"
    r"transferida|derivado|derivada|referido|referida)[ \t]+(?i:de|desde|do|da|du|of))[ \t]+\Z")
_SCORE_AFTER = re.compile(r"[ \t]+\d{1,2}(?:/\d{1,2})?(?![\w:/-]|\.\d)(?![ \t]*(?:years?|yrs?|months?|weeks?)\b)")
_CAR_BEFORE = re.compile(r"\b(?:car|vehicle|van|drives?|drove|driving|blue|red|white|black|silver|"
                         r"grey|gray|green|yellow|old|new|a|his|her|their)\W{0,3}$", re.IGNORECASE)
_AFTER_ADDRESS = re.compile(r"\d[^,\n]{2,40}\b(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|"
                            r"Ln|Way|Close|(?:Rue|Via|Calle|Rua) \S+(?: \S+){0,3}),\s*$")
_STRONG_PLACE = re.compile(
    r"\b(?=[a-zA-Z])(?:(?:lives?|living|lived|resides?|residing|resided|resident|born|raised|grew\s+up|"
    r"moved|relocated|native|travell?ed|travell?ing|flew(?:\s+(?:in|back|home|out))?|drove(?:\s+(?:in|up|down))?|"
    # eighth round: a visit or a gathering where it happened ("came in from", "a wedding in Jinja")
    r"came(?:\s+(?:in|back|over|down|up))?|wedding|funeral|burial|gathering|festival|conference|pilgrimage|"
    r"retreat|reunion|ceremony|"
    r"commutes?|commuted|commuting|emigrated|immigrated|returned|"
    # fifth round: transfers, retirements, origins ("transferred from Techiman", "retired to
    # Sligo", "originally from Kochi", "holidaying in Cairns")
    r"transferred|transfer|retired|retiring|holidaying|holidayed|vacationing|stationed|settled|"
    r"originally|hails|evacuated|airlifted|repatriated|arrived|flown(?:\s+(?:in|out|back|home))?|"
    # sixteenth round (fresh21, fresh22): a drive, a move, a relative where they live ("drives
    # in from Belzoni", "flown out of Shiprock", "before the move to Todmorden", "her son in Gallup")
    r"(?:drives?|driving)\s+(?:in|up|down|over|out|back)|"
    r"(?:the|a|her|his|their|our)\s+move|medevac(?:k?ed)?(?:\s+out)?|"
    r"(?:daughters?|sons?|sisters?|brothers?|mother|father|aunt|uncle|cousins?|nieces?|nephews?|"
    r"grand(?:son|daughter|children)s?|relatives|parents|in-laws)(?=\s+(?:in|near)\b(?!\s+(?:charge|christ|law)\b))|"
    # sixth round: retrievals ("Retrieved by RFDS from Truro", "flown by CareFlight from …")
    r"retrieved|retrieval|brought|referred|flown|transported|evacuated|"
    # seventh round: a journey ("recent travel to Moncton", "a trip to Cebu") and where someone
    # works from ("works as a seafarer out of Letterkenny", "a fisherman based out of Mombasa")
    r"travel|travels|trip|journey|flight|holiday|vacation|visit|"
    # ninth round: where someone works or studies ("works in Herning", "studies at Aarhus")
    r"works|worked|working|employed|studies|studied|studying|"
    r"(?:works?|working|worked|based|operates|operating|sails|fishes|fished)(?:\s+[a-z]+){0,4}\s+out)"
    r"(?:\s+by\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:in|to|from|of|at|near)"
    r"|(?:home|house|flat|farm)\s+(?:is\s+)?in"
    # eighth round: "lives in a kampung near Fort Lee", "a farm outside Eldoret"
    r"|(?:in|on|at)\s+(?:a|an|the)\s+(?:small\s+|little\s+|remote\s+|rural\s+)?(?:kampung|village|town|suburb|farm|"
    r"hamlet|settlement|township|barangay|compound|estate|ranch|homestead)\s+(?:near|outside|close\s+to|in)"
    r"|(?:hospital|clinic|hospice|practice|centre|center|prison|school|university|mission|"
    r"camp|village|town|city|suburb)\s+(?:in|at|near|outside)"
    # twelfth round: a visit or a working life with its object between ("visiting family in
    # Burao", "retired from the fishing fleet in Tennant Creek"), a person from a place ("a
    # 96-year-old woman from Ruatoria")
    r"|(?:visiting|visited|visits|retired|fished|farmed|taught|served)(?:\s+(?:the|a|an|his|her|their|"
    r"family|relatives|friends|kin|fishing|fleet|mine|mines|army|navy|farm|school|church|mission|from|as|"
    r"with|for|years|decades))+\s+(?:in|at|near)"
    r"|(?:man|woman|boy|girl|gentleman|lady|farmer|fisherman|fisher|teacher|elder|grandmother|grandfather|"
    r"widow|widower|retiree|labourer|laborer|miner)\s+from)\s+(?:the\s+)?")
# Ninth round, speed: the cue runs case-sensitively over the lower-cased text (scanner.
# _finditer_lower); the place's capitalised word is then matched in the text itself.
_STRONG_PLACE_LOWER = _STRONG_PLACE
_STRONG_PLACE = re.compile(_STRONG_PLACE.pattern, re.IGNORECASE)
_STRONG_PLACE_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][^\W\d_]*(?:['’-][^\W\d_]+)*")
# "a Galway native", "a Leeds-based driver"
_A_NATIVE = re.compile(r"[Aa](?<![\w][Aa])n?\s+(?P<w>[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][^\W\d_]+)(?=\s+(?:native|resident|local)\b|-(?:based|born)\b)")
_A_NATIVE_WORDS = ("native", "resident", "local", "-based", "-born")  # (speed: what it cannot match without)


_FROM_TO_PLACE = re.compile(
    r"\b(?=[mretfdcwMRETFDCW])(?:moved|relocated|migrated|emigrated|immigrated|travell?ed|flew|drove|came|went|transferred|"
    r"commutes?|commuted|walked|walks|returned|"
    # nineteenth round: a ride with someone ("rode with her nephew from Wakpala to Mobridge")
    r"rode|ridden|driven|flown|evacuated|airlifted)\s+(?:(?:with|by)\s+(?:his|her|their|a|the)?\s*[a-z]+\s+)?"
    r"(?:all\s+the\s+way\s+)?from\s+[^\n,.;:()]{2,40}?\s+to\s+(?:the\s+)?"
    r"(?-i:(?P<v>[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][^\W\d_]*(?:['’-][^\W\d_]+)*))", re.IGNORECASE)
# (speed: the engine skips to the verbs' first letters, which the pattern asserted after "\b")
_FROM_TO_PLACE_FIRST = _first_char(_FROM_TO_PLACE, "mretfdcwMRETFDCW")
_PLACE_FIELD = re.compile(
    r"\b(?=[gwnlmdtfbhpoGWNLMDTFBHPO])(?:geburtsort|wohnort|naturalidade|naturalit[ée]|lieu\s+de\s+naissance|lieu\s+de\s+r[ée]sidence|"
    r"lugar\s+de\s+(?:nacimiento|residencia|origen)|local\s+de\s+(?:nascimento|resid[eê]ncia)|"
    r"luogo\s+di\s+(?:nascita|residenza)|geboorteplaats|woonplaats|do[gğ]um\s+yeri|tempat\s+(?:lahir|tinggal)|"
    r"miejsce\s+(?:urodzenia|zamieszkania)|f[öo]delseort|bostadsort|place\s+of\s+(?:birth|residence)|"
    r"birthplace|home\s*town|lugar\s+de\s+nascimento|procedencia|proced[eê]ncia|origen|origem)"
    r"\s*[:=–-]\s*(?-i:(?P<v>[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿİ][^\W\d_]*(?:['’-][^\W\d_]+)*))", re.IGNORECASE)


# Ninth round: a journey in other languages ("Flyttade från Kiruna till Luleå", "verhuisde van
# Gent naar Brugge", "se mudó de Puno a Lima"); a place a distance away ("48 km north of Ivanhoe",
# "two hours from Tamale"); a hospital named kind first, as Romance languages and Malay write
# it ("Hospital General de Zona No. 47", "l'Hôpital de Sion", "Ospedale Santa Maria delle Croci").
_FROM_TO_OTHER = re.compile(
    r"\b(?i:flyttade|flyttat|flyttet|flyttede|verhuisde|verhuisd|zog|umgezogen|mud[oó]|mudou|mudaram|"
    r"d[ée]m[ée]nag[ée]e?|przeprowadzi\w*|pindah|lumipat)[ \t]+(?:\w+[ \t]+){0,2}?"
    r"(?i:från|fra|van|von|de|desde|da|dal|z|ze|dari|mula[ \t]+sa)[ \t]+[^\n,.;:()]{2,40}?[ \t]+"
    r"(?i:till|til|naar|nach|a|à|para|hasta|in|do|ke|sa|en)[ \t]+(?P<v>[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][^\W\d_]*(?:['’-][^\W\d_]+)*)")
_FROM_TO_OTHER_HINT = re.compile(r"flytt|verhuis|zog|umgezog|mud|d[ée]m|przeprow|pindah|lumipat")
# (speed: the hint's words as substrings, tested before its scan; "umgezog" holds "zog")
_FROM_TO_OTHER_WORDS = ("flytt", "verhuis", "zog", "mud", "dem", "dém", "przeprow", "pindah", "lumipat")
# (found from its unit, the count before it read after: a pattern starting at every word was slow)
_DISTANCE_COUNT_BEFORE = re.compile(r"(?<![\w.,])(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|ten|few)[ \t]*\Z")
_DISTANCE_FROM = re.compile(
    r"(?:km|kms|kilomet(?:re|er)s?|miles?|mi|hours?|hrs?|h|"
    r"minutes?|mins?)[ \t]+(?:(?:by[ \t]+\w+|drive|walk|away)[ \t]+)?(?:(?:north|south|east|west|north-?east|north-?west|"
    r"south-?east|south-?west|inland|upriver|downriver)[ \t]+)?(?:of|from|outside)[ \t]+(?:the[ \t]+)?"
    r"(?P<v>[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][^\W\d_]*(?:['’-][^\W\d_]+)*)")
def _distances(text: str):
    for m in _DISTANCE_FROM.finditer(text):
        if (not (m.start() and text[m.start() - 1].isalpha())
                and _DISTANCE_COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start())):
            yield m


_HOSPITAL_KIND_FIRST = re.compile(
    r"(?:Hôpital|Ospedale|Klinikum|Spital|Szpital|Sanatorio|Policl[ií]nico|Poliklinik|Hospitalet|Sjukhus|Sygehus|"
    # (nineteenth round, fresh33: Italy's hospital by its legal kind, "Presidio Ospedaliero dei Bianchi")
    r"Presidio[ \t]+Ospedaliero|Azienda[ \t]+Ospedaliera|"
    r"Rumah[ \t]+Sakit|Centre[ \t]+[Hh]ospitalier|Centro[ \t]+[Hh]ospitalar|Hospital|Cl[ií]nica)(?![\w-])"
    r"(?P<q>(?:[ \t]+(?:General|Universitario|Universitaire|Universitário|Universitario|Regional|Provincial|Central|"
    r"Civil|Militar|Naval|Infantil|Materno-Infantil|Cantonal|Départemental|Departamental|Nacional|Distrital|"
    r"de|del|de[ \t]+la|des|du|di|della|delle|dei|do|da|dos|das|d['’]|l['’]|la|le|Zona|Santa|San|Santo|São|Saint|"
    r"Sainte|St\.?|Sultanah|Sultan|Tengku|Raja|Dr\.?|Pusat|Umum|Daerah)(?:(?<=['’])|(?![^\W\d_])))*)"
    r"[ \t]*(?P<n>(?!(?:No|Nr|N[º°])\b)[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w'’-]+(?:[ \t]+(?:(?:de|del|della|delle|dei|degli|di|la|le|des|du|do|da|dos|das|y|e)[ \t]+)?"
    r"[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w'’-]+){0,3})?(?P<no>[ \t]*(?:No\.?|N[º°]\.?|Nr\.?|#)[ \t]*\d{1,4})?")
_ROMANCE_ARTICLE_BEFORE = re.compile(r"\b(?:al|del|el|en|ao|do|no|na|au)[ \t]+\Z")
_HOSPITAL_NOT_A_NAME = word_set("Day Día Dia Jour Giorno Tag Stay Course Admission Discharge Acquired Associated "
                                "Based Level Ward Wards Unit Units Bed Beds Care Staff Policy Pharmacy Records Record "
                                "Number No Transport Transfer Services Service At In On Of And The")
_PLACE_FIELD_HINT = re.compile(r"geb|woh|nat|lie|lug|loc|luo|woo|do[gğ]|tem|mie|f[öo]d|bos|pla|bir|hom|pro|ori")


# Sixth round: Portuguese, Spanish, French and Italian ("Procedente de Mildura", "natural de
# Sorocaba", "transferido de", "residente em", "vive en", "originaire de", "né à"): found from
# the preposition and a capital (cheap), the word before checked.
_ROMANCE_PLACE = re.compile(r"(?<![\w])(?:de|do|da|del|em|en|à|au|di|desde|in|aus|uit|te|dari|ke|"
                            # eighth round: Polish, Italian, Scandinavian, Tagalog, Turkish-free prepositions
                            r"w|we|z|ze|a|ad|i|sa|från|fra)[ \t]+"
                            r"(?P<v>[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][^\W\d_]*(?:['’-][^\W\d_]+)*)")
# (speed: the engine skips to the prepositions' first letters; the pattern starts with an assertion)
_ROMANCE_PLACE_FIRST = _first_char(_ROMANCE_PLACE, "deàaitkwzsfu")
_ROMANCE_PLACE_VERB = re.compile(
    r"(?<![\w])(?:procedente|proveniente|natural|oriund[oa]|transferid[oa]|trasladad[oa]|"
    r"removid[oa]|residente|domiciliad[oa]|reside|mora|morava|vive|vivia|viv[ií]a|nascid[oa]|"
    r"nacid[oa]|originaire|n[ée]e?|habite|domicili[ée]e?|transf[ée]r[ée]e?|venant|provenant|"
    r"nato|nata|trasferit[oa]|vem|viene|vient|"
    r"naci[óo]|nasceu|naquit|nacque|"  # (nineteenth round, fresh31: "Nació en Idrija")
    # seventh round: "Originaria de", "vecina de", "radicado en", and German and Dutch
    # ("wohnhaft in", "stammt aus", "woonachtig te", "afkomstig uit", "geboren in")
    r"originari[oa]|vecin[oa]|radicad[oa]|nativ[oa]|wohnhaft|stammt|woonachtig|afkomstig|geboren|"
    # Indonesian and Malay ("tinggal di Bekasi", "berasal dari Medan", "dirujuk dari …")
    r"tinggal|berasal|lahir|dirujuk|pindah|menetap|"
    # eighth round: Polish, Italian, Scandinavian, Tagalog ("mieszka w", "urodzony w", "abita a",
    # "residente a", "bor i", "född i", "nakatira sa", "pochodzi z")
    r"mieszka|mieszkała|mieszkał|urodzon[ya]|urodził[ao]?|pochodzi|przeniesion[ya]|abita|abitava|"
    r"residente|nat[oa]|trasferit[oa]|proveniente|bor|bodde|född|fødd|født|flyttade|flyttet|kommer|"
    r"nakatira|ipinanganak|taga|lumipat|"
    # ninth round: arrivals ("llegó a Lima", "chegou a Braga", "arrivée à Sion", "arrivato a Bari")
    r"lleg[oó]|llegaron|lleg[oó]\s+a\s+vivir|chegou|chegaram|arriv[ée]e?|arrivat[oa]|giunt[oa]|kam|ankam|"
    # nineteenth round (fresh33): Italian's present ("arriva da Canicattì domattina", "rientra a Bari")
    r"arriva|arrivano|rientra|rientrat[oa]|ritorna|torna|tornat[oa])[ \t]+\Z",
    re.IGNORECASE)


_HOUSE_NUMBER_AFTER = re.compile(r"(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]+){0,2}[ \t]+(?!(?:19|20)\d\d\b)\d{1,4}[A-Za-z]?(?![\w/%-]|[.,]\d|[ \t]*[^\W\d_])")


_COUNTY_WORDS = ("County", "Parish", "Borough", "Township", "county", "parish")  # (patterns.COUNTY's)
# (speed: the words the patterns cannot match without, tested before their scans)
_PLACE_OF_WORDS = ("town", "village", "city", "hamlet", "suburb", "borough", "municipality", "county", "district",
                   "neighbo")  # patterns.PLACE_OF's kinds ("township" holds "town")
_FROM_TO_VERBS = ("moved", "relocated", "migrated", "emigrated", "immigrated", "travel", "flew", "drove", "came",
                  "went", "transferred", "commute", "walked", "walks", "returned", "rode", "ridden", "driven",
                  "flown", "evacuated", "airlifted")  # _FROM_TO_PLACE's


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether a pattern that ignores case may find one of `words` (lower-case ASCII) in `text`:
    a test of the lower-cased text, or true where that cannot stand for the pattern ("ſ" and "ı"
    match "s" and "i" when case is ignored; a text whose length lower-casing changes)."""
    _lowered(_FROM_TO_PLACE, _FROM_TO_PLACE, text)
    low = _LOWERED[1]
    return low is None or "ſ" in text or "ı" in text or p.holds(low, words)


def _other_places(text: str):
    d = dictionaries()
    for m in (_matches(p.COUNTY, text) if p.holds(text, _COUNTY_WORDS) else ()):
        start = _skip_everyday(text, m.start(), m.end())
        if start is not None:
            yield _finding(text, "place", start, m.end(), 0.85, "a county")
    for m in (_matches(p.PLACE_OF, text) if p.holds(text, _PLACE_OF_WORDS) else ()):
        if m.group("v") not in d.regions:
            yield _finding(text, "place", m.start("v"), m.end("v"), 0.85, "a town or city")
    for m in _finditer_first(_HOSPITAL_FIRST, text):
        m = _Whole(m)
        start = _skip_everyday(text, m.start(), m.end())
        if start is None:
            start = _everyday_named_hospital(text, m.start(), m.end())
            if start is None:
                continue
        # seventh round: "the Emergency Department of Rashid Hospital": the hospital's name
        # starts after the area's "of" or "at"
        area = _AREA_OF.match(text, start, m.end())
        if area and area.end() < m.end():
            start = area.end()
        words = text[start:m.end()].split()[:-1]
        if any(w not in p.HOSPITAL_GENERIC and w not in _NOT_A_HOSPITAL_NAME and _titlecase(w) for w in words):
            yield _finding(text, "place", start, m.end(), 0.8,
                           "a named hospital or practice (it locates the patient)")
    for m in _finditer_first(_ROMANCE_PLACE_FIRST, text):
        word = m.group("v")
        street = _HOUSE_NUMBER_AFTER.match(text, m.end("v"))
        if (street and _titlecase(word) and word not in d.regions and word not in _NOT_A_TOWN_ABROAD
                and _ROMANCE_PLACE_VERB.search(text, max(0, m.start() - 16), m.start())):
            # nineteenth round (fresh31): "Abita in Fisher 909", "vive en Molo 12": a street and its
            # house number, whatever everyday word the street is named after
            yield _finding(text, "address", m.start("v"), street.end(), 0.7,
                           "a street and number after 'vive en', 'abita in', 'wohnhaft in'…")
            continue
        if (_titlecase(word) and word not in _SERVICES and word not in _SERVICES_ROMANCE
                and word not in _NOT_A_TOWN_ABROAD  # seventeenth round: "trasferito in Rianimazione"
                and _ROMANCE_PLACE_VERB.search(text, max(0, m.start() - 16), m.start())
                and word not in d.regions
                and (word not in d.common or word in d.cities_by_first)):
            end = m.end("v")
            city = next((c for c in d.cities_by_first.get(word, ()) if text.startswith(c, m.start("v"))), None)
            if city:
                end = m.start("v") + len(city)
            end = _place_end(text, end, m.start("v"))
            yield _finding(text, "place", m.start("v"), end, 0.7,
                           "a place after 'procedente de', 'natural de', 'originaire de'…")
    # Eighth round: the second place of a journey ("moved from Semarang to Footscray") and a
    # form's place field in other languages ("Geburtsort: Rosario", "Naturalidade: Roubaix").
    if " to " in text and _may_hold(text, _FROM_TO_VERBS):
        for m in _finditer_first(_FROM_TO_PLACE_FIRST, text):
            word = m.group("v")
            # seventeenth round: a country's possessive ("to Kenya's Rift Valley") is the country's
            if (word.removesuffix("'s").removesuffix("’s") not in d.regions and word not in d.common and word not in _SERVICES
                    and word not in _COMPASS and not _HOSPITAL_AREA_AFTER.match(text, m.end("v"))):
                yield _finding(text, "place", m.start("v"), _place_end(text, m.end("v"), m.start("v")), 0.6,
                               "the place a journey ended")
    if ":" in text or "=" in text:
        for m in _at_keywords(_PLACE_FIELD, _PLACE_FIELD_HINT, text):
            word = m.group("v")
            if word not in d.regions and (word not in d.common or word in d.cities_by_first) and word not in _SERVICES:
                yield _finding(text, "place", m.start("v"), _place_end(text, m.end("v"), m.start("v")), 0.8,
                               "a place in a form's place field")
    # Seventh round: a neighbourhood or a district named by its kind (Indonesia's kelurahan and
    # kecamatan, the Philippines' barangay, Mexico's colonia, Brazil's bairro, Chile's comuna)
    for m in (_finditer_first(_NEIGHBOURHOOD_FIRST, text) if p.holds(text, _NEIGHBOURHOOD_WORDS) else ()):
        if m.group("v") not in d.common and m.group("v") not in d.regions:
            yield _finding(text, "place", m.start("v"), m.end("v"), 0.7, "a neighbourhood or district")
    # Seventh round: a district of a Korean or Japanese city ("Gangnam-gu", "Setagaya-ku").
    if "-" in text:
        for m in _DISTRICT.finditer(text):
            yield _finding(text, "place", m.start(), m.end(), 0.7, "a district (Korea, Japan)")
    _lowered(_FROM_TO_OTHER, _FROM_TO_OTHER, text)
    low = _LOWERED[1]
    journeys = (_at_keywords(_FROM_TO_OTHER, _FROM_TO_OTHER_HINT, text)
                if low is None or p.holds(low, _FROM_TO_OTHER_WORDS) else ())
    for m in itertools.chain(journeys, _distances(text)):
        word = m.group("v")
        if (_titlecase(word) and word not in d.regions and word not in d.common and word not in _SERVICES
                and word not in _SERVICES_ROMANCE and word not in _COMPASS
                and not _HOSPITAL_AREA_AFTER.match(text, m.end("v"))):
            yield _finding(text, "place", m.start("v"), _place_end(text, m.end("v"), m.start("v")), 0.6,
                           "the place a journey ended or a distance is counted from")
    for m in _HOSPITAL_KIND_FIRST.finditer(text):
        name = m.group("n")
        english = m.group().startswith(("Hospital", "Clinica", "Clínica"))
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue
        if name and name.split()[0] in _HOSPITAL_NOT_A_NAME:
            name = None
        if not (name or m.group("no")) or (english and not m.group("q").strip() and not (
                # thirteenth round (fresh16): or a person's name, or a Romance article before it
                # ("al Hospital Vargas", "Hospital Rebagliati")
                name and (dictionaries().is_plain_name(name.split()[0])
                          or _ROMANCE_ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start())))):
            continue  # "Hospital Day 3", "Hospital Acquired": an English noun first needs a qualifier
        end = m.end() if m.group("no") or name else m.end("q")
        yield _finding(text, "place", m.start(), end, 0.75, "a hospital named kind first")
    # An unknown capitalised place after "lives in", "born in", "moved to".
    found = []
    cue, searched = _lowered(_STRONG_PLACE, _STRONG_PLACE_LOWER, text)
    m = cue.search(searched)
    while m:  # a cue whose place is not capitalised: the next cue may start inside it
        word = _STRONG_PLACE_WORD.match(text, m.end())
        if word:
            found.append(word)
        m = cue.search(searched, word.end() if word else m.start() + 1)
    found += [m for m in _A_NATIVE.finditer(text)] if p.holds(text, _A_NATIVE_WORDS) else []
    for m in found:
        group = "w" if m.re is _A_NATIVE else 0
        word = m.group(group)
        if (_titlecase(word) and word not in d.regions and word not in d.common
                and word not in d.given and word not in _SERVICES and word not in _COMPASS
                and word not in p.HOSPITAL_GENERIC and word not in _NOT_A_HOSPITAL_NAME  # ("to the Receiving Hospital")
                and not _NEIGHBOURHOOD.match(text, m.start(group))
                and not _HOSPITAL_AREA_AFTER.match(text, m.end(group))):
            yield _finding(text, "place", m.start(group), _place_end(text, m.end(group), m.start(group)), 0.6,
                           "a place after 'lives in', 'born in' or 'moved to'")


# Seventh round: what continues a place's name ("Iloilo City", "Oaxaca de Juárez", "San
# Cristóbal de las Casas"), and a hospital's area after a capitalised word ("moved to the
# Cardiac Care Unit", "transferred to the Burns Service"): an area, not a place.
_PLACE_TAIL = re.compile(
    r"[ \t]+(?:City|Town|Village|Municipality)\b(?![ \t]+[A-Z])"

    r"|[ \t]+(?:de|del|do|da|dos|das|di|du|des)(?:[ \t]+(?:la|las|los|le|les))?[ \t]+[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][^\W\d_]+")
_HOSPITAL_AREA_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][\w-]*){0,3}[ \t]+(?:Unit|Units|Ward|Wards|Department|Dept|Centre|Center|Service|"
    r"Services|Team|Clinic|Bay|Suite|Lounge|Room|Theatre|Theatres|Theater|Lab|Laboratory|Wing|Floor|"
    r"Annex|Annexe|Block|Pavilion|Program|Programme|Home|Facility)\b")


_AREA_OF = re.compile(r"(?:(?:Emergency|Accident|Intensive|Critical|Coronary|Cardiac|Medical|Surgical|"
                      r"Care|Department|Dept|Unit|Ward|Service|Services|Clinic|Centre|Center|Wing|"
                      r"Outpatient|Outpatients|Maternity|Paediatric|Pediatric|Radiology|Renal|"
                      r"Oncology|Cardiology|Neurology|Psychiatric|Day|Theatre|Theatres)[ \t]+)+(?:of|at)[ \t]+(?:the[ \t]+)?")
_NEIGHBOURHOOD_WORDS = ("Kel", "Kec", "Kab", "Desa", "Kampung", "Barangay", "Brgy", "Col", "Bairro", "Comuna",
                        "Municip", "Delegaci", "Alcald", "Arrondissement", "Ortsteil", "Stadtteil", "Wijk")
_NEIGHBOURHOOD = re.compile(
    r"\b(?:Kelurahan|Kel\.|Kecamatan|Kec\.|Kabupaten|Kab\.|Desa|Kampung|Barangay|Brgy\.?|Colonia|Col\.|"
    r"Bairro|Comuna|Municipio|Município|Delegación|Alcaldía|Arrondissement|Ortsteil|Stadtteil|Wijk)[ \t]+"
    r"(?P<v>[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w'’-]+(?:[ \t]+(?:de[ \t]+|del[ \t]+)?[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w'’-]+){0,2})")
_NEIGHBOURHOOD_FIRST = _first_char(_NEIGHBOURHOOD, "KDBCMAOSW")  # (speed: its kinds' first letters)
_DISTRICT = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+-(?:gu|ku|si|shi|dong|cho|machi|gun|eup|myeon)\b")
# "Southeast Asia", "Northern Ireland", "West Africa": a region's first word.
_COMPASS = word_set("North South East West Northern Southern Eastern Western Central Northeast Northwest "
                    "Southeast Southwest North-East North-West South-East South-West Sub-Saharan Middle Far")
# A place's first word that is only its first ("Al Barsha", "San Fernando", "Bad Homburg").
_PLACE_FIRST = word_set("Al El San Santa Santo São Sao Saint St Port Fort Mount New Bad Den La Le Los Las "
                        "Ban Ras Umm Abu Bandar Kota Tanjung Ciudad Villa Puerto Porto Ville Nueva Novo Nova")
_NEXT_CAPITAL = re.compile(r"[ \t](?:[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][^\W\d_]+(?:['’-][^\W\d_]+)*)")


def _place_end(text: str, end: int, start: int | None = None) -> int:
    if start is not None and text[start:end] in _PLACE_FIRST:
        nxt = _NEXT_CAPITAL.match(text, end)
        if nxt:
            end = nxt.end()
    tail = _PLACE_TAIL.match(text, end)
    return tail.end() if tail else end


# Hospital areas and services: "transferred to Resus", "letter to Cardiology" name no place
# and no person.
_SERVICES = word_set("""
Resus Majors Minors Recovery Theatre Theatres Radiology Cardiology Oncology Surgery Medicine
Rehab Rehabilitation Hospice Paediatrics Pediatrics Maternity Casualty Emergency Psychiatry
Haematology Hematology Nephrology Respiratory Renal Stroke Neurology Neurosurgery Urology
Gynaecology Gynecology Obstetrics Orthopaedics Orthopedics Endoscopy Dialysis Outpatients
Gastroenterology Endocrinology Dermatology Rheumatology Geriatrics Ophthalmology Physiotherapy
Palliative Pharmacy Intensive Critical Coronary Acute Ward Bay Bed Home Labour Delivery
Triage Trauma Vascular Cardiothoracic Hepatology Microbiology Pathology Immunology Genetics
ENT ICU HDU CCU ITU NICU PICU ED AMU MAU SAU CDU GP A&E OT Day Unit Transplant Burns Plastics
Physio Physios Dietetics Dietitian Dietician Psychology Chaplaincy Chaplain Outreach Registrar
Consultant Anaesthetics Anaesthesia Anesthesia Micro Haem Onc Gastro Neuro Ortho Cardio Resp
Derm Rheum Endo Paramedics Ambulance Safeguarding Security Police SALT Speech Social Services
Cardiac Medical Surgical Neonatal Stepdown Step-down Observation Discharge Transit Ambulatory
Assessment Isolation Postnatal Antenatal Birthing Cath Spinal Neurosciences Haemodialysis
Hemodialysis Infusion Chemotherapy Chemo Radiotherapy Nuclear Imaging Fracture Eye Dental Clinic
""")
# The same in Portuguese, Spanish and French ("transferido do Pronto Socorro", "procedente de
# Urgencias", "venant de Réanimation").
_SERVICES_ROMANCE = word_set("""
Pronto Socorro Enfermaria Centro Cirúrgico Urgência Urgências Urgencia Urgencias Emergência
Emergencia Emergencias Hospital Hospitais Clínica Clinica Ambulatório Ambulatorio Consultório
Domicílio Domicilio Casa Lar Residência Residencia Asilo Unidade Unidad Planta Sala Quirófano
Réanimation Reanimación Reanimação Urgences Service Soins Maternidade Maternidad Outro Otro Outra
Otra Serviço Servicio Posto Puesto Abrigo Instituição Institución Cirugía Cirurgia Medicina
Internação Internación Hospitalización Terapia Intensiva Intensivos
Puskesmas Posyandu Klinik Rumah RSUD Barangay UBS UPA Krankenhaus Klinikum Praxis Hausarzt Huisarts
Ziekenhuis CHU Hôpital Hopital EHPAD Intensivstation Notaufnahme Spoedeisende
""")
_LEADING = word_set("The A An Our Their His Her He She They We It This That At In On To "
                     "From By And Or But When After Before of and the &")


def _skip_everyday(text: str, start: int, end: int) -> int | None:
    """Drop leading sentence words ('The', 'From'); None when nothing proper is left."""
    common = dictionaries().common
    for m in re.finditer(r"\S+", text[start:end]):
        word = m.group()
        if word not in _LEADING and (word not in common or word in p.HOSPITAL_GENERIC):
            return start + m.start()
    return None


# Seventeenth round: a hospital named by everyday words ("Report called to Trinity Hospital",
# "Discharge summary - Freeman Hospital", "Medical Officer, Good Shepherd Hospital"), not at a
# sentence's start and not a hospital described ("the Local Hospital", "Receiving Hospital").
_NAMED_KIND_LAST = re.compile(r"[ \t](?:Hospital|Infirmary|Hospice|Medical[ \t]+Cent(?:re|er))\Z")
_NOT_A_HOSPITAL_NAME = word_set("""Local Nearest Receiving Referring Sending Home Main Other Same Previous Current Next New
Old Big Small Nearby Usual Own Mental Acute Rural Any Another Each Every Which That This Admitting Accepting Destination
Transferring Treating Tertiary Secondary Primary Specialist Private Public District Community Teaching General""")


def _everyday_named_hospital(text: str, start: int, end: int) -> int | None:
    kind = _NAMED_KIND_LAST.search(text, start, end)
    if not kind:
        return None
    tokens = [t for t in re.finditer(r"\S+", text[start:kind.start()])]
    while tokens and tokens[0].group() in _LEADING:
        tokens.pop(0)
    if not tokens:
        return None
    start += tokens[0].start()
    words = [t.group() for t in tokens]
    before = text[max(0, start - 3):start].rstrip(" \t")
    if (not words or any(w in _NOT_A_HOSPITAL_NAME or w.lower() in _CLINICAL_LABELS or not _titlecase(w) for w in words)
            or not before or not (before[-1].islower() or before[-1] in "-–:,(/")):
        return None
    return start


# Ninth round: a name's suffix ("Jr.", "Sr.", "III") and an abbreviated first name before it
# ("Md. Abdul Quddus", "Mohd. Faiz") are the name's.
_NAME_SUFFIX = re.compile(r",?[ \t]+(?:Jr|Sr|Snr|Jnr)\.?(?![\w])|[ \t]+(?:II|III|IV)\b")
_NAME_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.])(?:Md|Mohd|Muhd|Mohd|Moh|Muh|Syed|Sk)\.?[ \t]+\Z")


def _name_edges(text: str, f: Finding) -> Finding:
    start, end = f.start, f.end
    suffix = _NAME_SUFFIX.match(text, end)
    if suffix:
        end = suffix.end()
    elif text[end:end + 1] == "." and text[start:end].endswith((" Jr", " Sr", " Snr", " Jnr")):
        end += 1  # the run took "Jr" as a word: its full stop is the abbreviation's
    abbreviation = _NAME_ABBREVIATION_BEFORE.search(text, max(0, start - 8), start)
    if abbreviation:
        start = abbreviation.start()
    return f if (start, end) == (f.start, f.end) else _finding(text, "name", start, end, f.confidence, f.why)


def _words(text: str):
    tokens = _tokens(text)
    for f in _names(text, tokens):
        yield _name_edges(text, f)
    if ":" in text or "=" in text or "：" in text:  # (fourteenth round: the full-width colon too)
        yield from _name_fields(text)
    yield from _places(text, tokens)


# Tenth round: a value and its label after it, between slashes or after "(=" ("B 9016 DBT
# /Kennzeichen/", "1409118 /IP No./", "18S-384.86 (= Immatriculation)"): the label names it.
_LABEL_AFTER_VALUE = re.compile(
    r"(?<![\w./+·-])(?P<v>[A-Z0-9](?:[A-Z0-9]|[-/.·](?=[A-Z0-9])| (?=[A-Z0-9]))*)"
    r"[ \t]*(?:/[ \t]*(?P<a>[^\W\d_][^/\n]{1,30}?)[ \t]*/|\([ \t]*=[ \t]*(?P<b>[^\W\d_][^()\n]{1,30}?)[ \t]*\))")


_AFTER_LABEL_CUES = re.compile(
    r"\b(?:(?P<mrn>(?-i:IP|OP|IPD|OPD|MRN|HN|UHID)|hosp\w*|record|file|dossier|chart|prontu\w*)|"
    r"(?P<vehicle>kennzeichen|immatric\w*|plates?|plaque|placas?|bi[eể]n|(?-i:SPZ|RZ)|kenteken|targa|tablica|rego|"
    r"registration)|(?P<health_plan>insurance|insurer|member|policy|medicare|medicaid|(?-i:BHYT))|"
    r"(?P<licence>licen[cs]e|passport|permit))", re.IGNORECASE)


def _labels_after(text: str):
    if " /" not in text and "(=" not in text and "( =" not in text:
        return
    for m in _LABEL_AFTER_VALUE.finditer(text):
        value = m.group("v")
        if _digits(value) < 4 or _DECIMAL.match(value) or _SHORT_RANGE.match(value) or _YEARS.match(value):
            continue
        label = m.group("a") or m.group("b")
        words = _LABEL_WORD.findall(label)
        if not words or _clinical_label(words):
            continue
        cue = _AFTER_LABEL_CUES.search(label) or p.CODE_CUES.search(label)
        yield _finding(text, cue.lastgroup if cue else "other_id", m.start("v"), m.end("v"), 0.8,
                       f"a number with its label after it ('{label}')")


# Tenth round: short keywords of other countries and the values they announce, dotted
# thousands included ("HC 183.552" a record, "MP 12.448" a licence in Argentina; Czech "r. č.",
# "Rodné číslo" and "SPZ" a plate; Vietnam's "BHYT" insurance and "biển số" plate).
_SHORT_KEYED = re.compile(
    r"(?<![\w.])(?:(?P<mrn>(?-i:HC|NHC|HCl)|n[º°o]\.?[ \t]+de[ \t]+dossier|dossier)|"
    r"(?P<licence>(?-i:MP|MN|M\.P|M\.N|PWZ|CMP))|"
    r"(?P<other_id>rodn[ée][ \t]+[čc][íi]slo|(?-i:r\.[ \t]*[čc]\.|RČ))|"
    r"(?P<vehicle>(?-i:SPZ|RZ)|bi[eể]n[ \t]+s[oố](?:[ \t]+xe)?(?:[ \t]*\([^)\n]{0,30}\))?)|"
    r"(?P<health_plan>(?-i:BHYT)))(?![^\W\d_])"
    r"\.?\*?[ \t]*(?:n[º°]\.?|#|:|=>|=|-)?[ \t]*"
    r"(?P<v>(?-i:\d{1,3}(?:[.]\d{3}){1,3}(?:-[\dkK])?(?![\d.,]?\d)|[A-Z0-9](?:[A-Z0-9]|[-/.·](?=[A-Z0-9])| (?=[A-Z0-9]{2,}\b))*))",
    re.IGNORECASE)


_SHORT_KEYED_FIRST = _first_char(_SHORT_KEYED, "HMPCNRSBDhmpcnrsbdſ")


_SHORT_KEYED_HINTS = ("HC", "MP", "MN", "M.", "PWZ", "CMP", "ossier", "odn", "č", "SPZ", "RZ", "BHYT", "iển", "ien s")


def _short_keyed(text: str):
    if not p.holds(text, _SHORT_KEYED_HINTS):  # (speed: substring tests first)
        return
    for m in _finditer_first(_SHORT_KEYED_FIRST, text):
        value = m.group("v")
        if _digits(value) < 4 or _YEARS.match(value) or _SHORT_RANGE.match(value) or (
                _DECIMAL.match(value) and not _THOUSANDS.match(value)):
            continue
        if _UNIT_LIKE_AFTER.match(text, m.end("v")) or re.match(r"[ \t]*(?:%|[a-zµμ]{1,5}\b(?<!\bx))", text[m.end("v"):m.end("v") + 8]):
            continue
        category = next(c for c in ("mrn", "licence", "other_id", "vehicle", "health_plan") if m.group(c))
        yield _finding(text, category, m.start("v"), m.end("v"), 0.8,
                       "a number after a short keyword")


# Tenth round: a town as a field's whole value ("Asal: Whanganui.", "Hometown: Can Tho",
# "Geburtsort: Wels"), and a post office box with its postcode and town ("P.O. Box 338-40211
# Keroka", as Kenya writes them).
_TOWN_LABEL_BEFORE = re.compile(
    r"(?<![\w])(?i:asal|berasal|lugar[ \t]+de[ \t]+(?:nacimiento|residencia)|naturalidade|proced[eê]ncia|"
    r"procedencia|ciudad|cidade|kota|desa|kampung|qu[eê][ \t]+qu[aá]n|ville|localit[eé]|wohnort|geburtsort|"
    r"miejscowo[sś][cć]|obec|kasaba|şehir|sehir|"
    # twelfth round: a village, a camp, a community, a compound in English and the Pacific's,
    # Somali, Tetum and French words ("Village: Bikenibeu", "Vilej: Port Olry", "Tuulo: Oog",
    # "Camp: Khan Younis", "Home community: Garden Hill", "Hela iha: suku Becora")
    r"village|vilej|vilaj|tuulo|camp|(?:home[ \t]+)?community|compound|settlement|hamlet|barangay|barrio|"
    r"aldea|comunidad|quartier|hela[ \t]+iha)[ \t]*\Z")
_TOWN_LABEL_HINTS = ("asal", "lugar de", "naturalidade", "proced", "ciudad", "cidade", "kota", "desa", "kampung",
                     "quê", "que quan", "ville", "localit", "wohnort", "geburtsort", "miejscowo", "obec", "kasaba",
                     "şehir", "sehir", "village", "vilej", "vilaj", "tuulo", "camp", "community", "compound",
                     "settlement", "hamlet", "barangay", "barrio", "aldea", "comunidad", "quartier", "hela iha")
_TOWN_AFTER_COLON = re.compile(rf":[ \t]*(?P<t>{p._TOWN_WORDS})(?=[ \t]*(?:[.,;|)\n]|$))")
_PO_BOX_CODE_TOWN = re.compile(
    rf"\b(?i:P\.?[ \t]?O\.?[ \t]*Box|Box|BP|B\.P\.|Caixa[ \t]+Postal|Apartado)[ \t]+\d{{1,6}}[ \t]*-[ \t]*(?P<z>\d{{5}})"
    rf"(?![\w-])[ \t,]+(?P<t>{p._TOWN_WORDS})")
# What every match of it holds, the box's number and its code (speed: a test that scans fast,
# from the digits, before the pattern that starts at every word).
_BOX_NUMBER_CODE = re.compile(r"\d[ \t]*-[ \t]*\d{5}")
# (speed: from its words' first letters, either case, not at every word)
_PO_BOX_CODE_TOWN_FIRST = _first_char(_PO_BOX_CODE_TOWN, "PpBbCcAa")


def _place_fields(text: str):
    d = dictionaries()
    low = text.lower() if ":" in text else ""
    if low and p.holds(low, _TOWN_LABEL_HINTS):  # (speed: substring tests first)
        for m in _TOWN_AFTER_COLON.finditer(text):  # (speed: from the colons, the label read backwards)
            if not _TOWN_LABEL_BEFORE.search(text, max(0, m.start() - 32), m.start()):
                continue
            town = m.group("t")
            if town in d.regions or any(w in d.common or w in _NOT_A_TOWN for w in town.split()):
                continue
            yield _finding(text, "place", m.start("t"), m.end("t"), 0.8, "a town as a field's value")
    if ("Box" in text or "BOX" in text or "BP" in text or "Postal" in text or "partado" in text) and (
            _BOX_NUMBER_CODE.search(text)):
        for m in map(_Whole, _finditer_first(_PO_BOX_CODE_TOWN_FIRST, text)):
            yield _finding(text, "zip", m.start("z"), m.end("z"), 0.8, "a postcode after a post office box")
            if m.group("t") not in d.regions and m.group("t") not in d.common:
                yield _finding(text, "place", m.start("t"), m.end("t"), 0.8, "a town after a post office box")


# Tenth round: a Vietnamese name, a family name and one to three syllables, in title case or
# in capitals ("Võ Thị Kim Hạnh", "PHẠM THỊ THẢO", "Nguyen Van Binh"): one of its words marked
# as only Vietnamese writes it, or a middle name that is (Thị, Văn…), whatever the context.
_VN_SURNAMES = ("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Đoàn|"
                "Lương|Mai|Cao|Tạ|Lâm|Trịnh|Đào|Hà|Tô|Quách|Nguyen|Tran|Le|Pham|Hoang|Huynh|Vu|Vo|Dang|Bui|"
                "Do|Ho|Ngo|Duong|Ly|Dinh|Truong|Doan|Luong|Trinh|Dao|Ha|To|Quach|Lam")
_VN_NAME = re.compile(
    rf"(?<![\w'’-])(?P<n>(?:{_VN_SURNAMES}|{_VN_SURNAMES.upper()})(?:[ \t]+[^\W\d_]{{1,7}}){{1,3}})(?![\w'’-])")
_VN_MIDDLE = word_set("thị văn thi van đức hữu ngọc đình quang xuân thanh minh công")
_VN_MARKS = re.compile(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơưĐƠƯẠ-Ỹ]")


def _vietnamese_names(text: str):
    if not _VN_MARKS.search(text) and "Van " not in text and "Thi " not in text and "VAN " not in text:
        return
    d = dictionaries()
    for m in _VN_NAME.finditer(text):
        words = m.group("n").split()
        while len(words) > 2 and (words[-1].lower() in _NOT_A_PERSON_AFTER or words[-1] in d.common
                                  and not _VN_MARKS.search(words[-1])):
            words.pop()
        if not (all(w.isupper() for w in words) or all(w[:1].isupper() and w[1:].islower() for w in words)):
            continue
        if any(w.lower() in _NOT_A_PERSON_AFTER or w.lower() in _RELATION_WORDS for w in words[1:]):
            continue
        if not (words[1].lower() in _VN_MIDDLE or _VN_MARKS.search(" ".join(words))):
            continue
        end = m.start("n") + len(" ".join(words)) if "\t" not in m.group("n") and "  " not in m.group("n") else m.end("n")
        yield _finding(text, "name", m.start("n"), end, 0.85, "a Vietnamese name")


# ---------------------------------------------------------------- twelfth round

# A clinician or a member of staff by an initial and a surname: after a title or a staff
# label ("Dr S. Ramdass", "MD: H. Sandhu", "Infirmier: K. Zongo", "Master: Capt. H. Solberg")
# or before a post-nominal ("J. Atkinson, MD", "E. Quinata, RN").
_STAFF_BEFORE = (r"(?:Dr|Dra|Prof|Mr|Mrs|Ms|Miss|Mx|Capt|Sr|Sra|Mme|Sister|Nurse|GP|MD|DO|RN|RM|NP|PA|"
                 r"Physician|Surgeon|Consultant|Registrar|Specialist|Midwife|Infirmier|Infirmière|"
                 r"Médecin|Certifier|Signed|Signature|Reported[ \t]+by|Seen[ \t]+by|Reviewed[ \t]+by|"
                 r"Master|Clinician|Doctor|Authors?|Dictated[ \t]+by|Cc|"
                 # thirteenth round (fresh16): Czech and Slovak degrees, a Spanish psychologist's
                 # and graduate's abbreviations ("MUDr. J. Hudák", "Psic. A. Peña")
                 r"MUDr|MDDr|PhDr|Mgr|Bc|Psic|Psi|Lic|Lcda|Lcdo|Enf)")
_INITIALLED = r"(?P<n>(?:[A-Z]\.[ \t]?){1,3}[A-ZÀ-ÞĀ-Ž](?:[^\W\d_]+|['’][A-Z][^\W\d_]+)(?:-[A-Z][^\W\d_]+)?)"
_INITIALLED_AFTER_STAFF = re.compile(
    # (twentieth round, fresh37: the label a whole word, not an acronym's first letters: "the MDT. Mrs")
    rf"\b{_STAFF_BEFORE}\b\.?[ \t]*:?[ \t]*(?:(?:Dr|Capt|Prof)\.?[ \t]+)?{_INITIALLED}\b(?![.'’]?\w)")
# thirteenth round (fresh16): the next names of a list after the first ("Authors: T.
# Ghebreyesus, M. Tekle"); a given name and a surname's initial after a staff label
# ("Infirmier: Rim B.")
_INITIALLED_NEXT = re.compile(rf"[ \t]*(?:,|and|&|y|et|und)[ \t]+{_INITIALLED}\b(?![.'’]?\w)")
_GIVEN_INITIAL = re.compile(r":[ \t]*(?P<n>[A-ZÀ-ÞĀ-Ž][a-zà-ÿ]+[ \t][A-Z]\.)(?![ \t]?[A-Za-z])")
_STAFF_LABEL_END = re.compile(rf"\b{_STAFF_BEFORE}[ \t]*\Z")
_INITIALLED_BEFORE_POSTNOMINAL = re.compile(
    rf"(?<![\w.]){_INITIALLED},?[ \t]+(?:MD|DO|RN|RM|NP|PA|MBBS|MBChB|FRCP\w*|FRACP|FRCS\w*|PhD|CNM|LPN)\b")
# (speed: the labels' and the initials' capitals first; "\b" and the look-behind were tried everywhere)
_INITIALLED_NAMES_FIRST = (_first_char(_INITIALLED_AFTER_STAFF, "DPMCSNGRIALEB"), _first_char(_INITIALLED_BEFORE_POSTNOMINAL, "A-Z"))


def _initialled_names(text: str):
    if ". " not in text and "." not in text:
        return
    for regex in _INITIALLED_NAMES_FIRST:
        for m in map(_Whole, _finditer_first(regex, text)):
            surname = m.group("n").rsplit(".", 1)[-1].strip()
            if surname.lower() in EPONYM_NOUNS or surname in dictionaries().regions:
                continue
            yield _finding(text, "name", m.start("n"), m.end("n"), 0.8,
                           "a clinician's name by an initial (it points to the treating team)")
            nxt = _INITIALLED_NEXT.match(text, m.end())
            while nxt:
                yield _finding(text, "name", nxt.start("n"), nxt.end("n"), 0.8,
                               "a clinician's name by an initial (it points to the treating team)")
                nxt = _INITIALLED_NEXT.match(text, nxt.end())
    for m in _GIVEN_INITIAL.finditer(text):  # (speed: the shape first, the staff label before it then)
        if _STAFF_LABEL_END.search(text, max(0, m.start() - 30), m.start()):
            yield _finding(text, "name", m.start("n"), m.end("n"), 0.8, "a clinician's given name and initial")


# An aircraft's or a vessel's registration after its keyword ("aircraft VH-FVN", "float plane
# C-FJKR", "plate # n° ZK-CEJ", "IMO ZK-EEK"): letters only after the country's prefix, so the
# plates' shapes (a digit in them) miss it.
_REGISTRATION = re.compile(
    r"\b(?i:aircraft|plane|helicopter|airframe|registration|reg\.?|plate|matr[íi]cula|immatriculation|"
    r"IMO|vessel|boat|callsign|call[ \t]+sign)"
    r"(?:[ \t]*(?:[:#=]|n[º°o]\.?|no\.?|number|nr\.?))*[ \t]*"
    r"(?P<v>(?-i:[A-Z]{1,2}-[A-Z]{3,4}|N\d{1,5}[A-Z]{0,2}))(?![\w-])")
_REGISTRATION_FIRST = _first_char(_REGISTRATION, "aAhHpPrRiIİımMvVbBcC")  # (speed: the keywords' first letters)
# (speed: what every value holds, tested first, each from its literal)
_REGISTRATION_DASH = re.compile(r"-(?<=[A-Z]-)[A-Z]")
_REGISTRATION_N = re.compile(r"N\d")


# A Russian (and Belarusian, Kazakh…) plate in Cyrillic, a shape of its own: a letter, three
# digits, two letters and the region ("В862АН 14", "С404ЕЕ 13"). (Speed, here and in the next
# patterns: the first letter, then the look-behind, which first was tried at every position.)
_CYRILLIC_PLATE = re.compile(r"[АВЕКМНОРСТУХ](?<![\w][АВЕКМНОРСТУХ])\d{3}[АВЕКМНОРСТУХ]{2}[ \t]?\d{2,3}(?![\w])")
# (twenty-first round, fresh40: a plate of the Arab states that write it in Arabic letters, Egypt's
# and Saudi Arabia's, two or three letters spaced and up to four digits: "ب ر ص 4471", "ص ل ج 4510";
# single letters spaced apart are no Arabic word)
_ARABIC_PLATE = re.compile(r"[\u0628-\u064a](?<![\w][\u0628-\u064a])(?:[ \t][\u0628-\u064a]){1,2}[ \t]+[0-9\u0660-\u0669]{1,4}(?![\w])")


def _registrations(text: str):
    for m in map(_Whole, _finditer_first(_REGISTRATION_FIRST, text)) if (
            _REGISTRATION_DASH.search(text) or _REGISTRATION_N.search(text)) else ():
        yield _finding(text, "vehicle", m.start("v"), m.end("v"), 0.85, "a vehicle's registration after its keyword")
    for m in () if text.isascii() else itertools.chain(_CYRILLIC_PLATE.finditer(text), _ARABIC_PLATE.finditer(text)):
        yield _finding(text, "vehicle", m.start(), m.end(), 0.85, "a number plate")  # (speed: a look-behind tried everywhere)


# A street named before its kind in Baltic, Slavic, Hungarian, Finnish, Basque, Albanian and
# Turkic languages ("Rīgas iela 16-351", "Vilniaus g. 18-4", "Prešernova ulica 29", "Nagusia
# kalea 7", "Nizami küçəsi 17, mənzil 4"), and a Russian one kind first with its house and
# flat ("ул. Гагарина, д. 12, кв. 48").
# (twenty-first round, fresh40: the Turkic kinds abbreviated, with a comma and the house's word
# before its number, in Latin and Cyrillic script: "Nizami küç., ev 14, mənzil 7" (Azerbaijani),
# "Ленин көч., 44" (Kyrgyz), "Абай көш., үй 5" (Kazakh), "Navoiy ko'chasi 12" (Uzbek))
_STREET_KIND_AFTER = re.compile(
    r"[A-ZÀ-ÞĀ-ŽА-ЯЁ](?<![\w][A-ZÀ-ÞĀ-ŽА-ЯЁ])[\w'’-]+(?:[ \t]+[A-ZÀ-ÞĀ-ŽА-ЯЁ][\w'’-]+)?[ \t]+"  # (speed: a capital first)
    r"(?:iela|gatvė|g\.|ulica|ulice|cesta|utca|út|katu|kalea|küçəsi|küç\.|rruga|sokak|көч\.|көчөсү|көш\.|көшесі|"
    r"ko['‘’ʻ]chasi|koʻch\.)(?:,?[ \t]+(?:ev|үй|уй|uy|d\.)\.?)?,?[ \t]+\d{1,4}(?:[-/]\d{1,4})?[a-zA-Zа-я]?"
    r"(?![\w/-])(?:,?[ \t]+(?:mənzil|dz\.|bt\.|kv\.|кв\.|[0-9]{1,2}\.[ \t]?[A-Z])[ \t]*[0-9A-Z]{0,4}(?![\w]))?")
_STREET_KIND_WORDS = ("iela", "g.", "gatvė", "ulica", "ulice", "cesta", "utca", "út", "katu", "kalea", "küçəsi",
                      "rruga", "sokak", "küç.", "көч", "көш", "chasi", "koʻch.")
_RUSSIAN_STREET = re.compile(
    r"(?:ул\.|улица|пр-т|просп\.|проспект|пер\.|переулок|бул\.|бульвар|ш\.|шоссе|мкр\.?)[ \t]*"
    r"[А-ЯЁ][\w-]+(?:[ \t]+[А-ЯЁ][\w-]+)?,?[ \t]+(?:д\.|дом)[ \t]*\d{1,4}[а-я]?"
    r"(?:,?[ \t]*(?:кв\.|корп\.|стр\.|к\.)[ \t]*\d{1,4})*")


def _streets_kind_after(text: str):
    if p.holds(text, _STREET_KIND_WORDS):
        for m in _STREET_KIND_AFTER.finditer(text):
            if m.group().split(None, 1)[0] not in _DOCUMENT_WORDS:
                yield _finding(text, "address", m.start(), m.end(), 0.85, "a street address")
                yield from _towns_after(text, m.end())
    if "д." in text or "дом" in text:
        for m in _RUSSIAN_STREET.finditer(text):
            yield _finding(text, "address", m.start(), m.end(), 0.85, "a street address")
            yield from _towns_after(text, m.end())


# Dates as Latvian, Lithuanian, Basque and Albanian write them ("1934. gada 19. oktobris",
# "1954 m. kovo 3 d.", "1931ko maiatzaren 12a", "19 tetor 1927"), and day, month and year with
# spaced dots ("Sprejeta 2. 3. 2024").
_DATES_MORE = re.compile(
    r"(?<![\w.])(?:(?:1[89]|20)\d\d\.[ \t]+gada[ \t]+\d{1,2}\.[ \t]+(?:janvār|februār|mart|aprīl|maij|jūnij|jūlij|augu"
    r"st|septembr|oktobr|novembr|decembr)\w*"
    r"|(?:1[89]|20)\d\d[ \t]+m\.[ \t]+(?:sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|"
    r"spalio|lapkričio|gruodžio)[ \t]+\d{1,2}[ \t]+d\."
    r"|(?:1[89]|20)\d\d(?:ko|eko)[ \t]+(?:urtarrilaren|otsailaren|martxoaren|apirilaren|maiatzaren|ekainaren|"
    r"uztailaren|abuztuaren|irailaren|urriaren|azaroaren|abenduaren)[ \t]+\d{1,2}(?:a|an|ean)?"
    r"|\d{1,2}[ \t]+(?:janar|shkurt|mars|prill|maj|qershor|korrik|gusht|shtator|tetor|nëntor|dhjetor)[ \t]+(?:1[89]|20)\d\d"
    r"|(?:[1-9]|[12]\d|3[01])\.[ \t](?:[1-9]|1[0-2])\.[ \t](?:1[89]|20)\d\d"
    # thirteenth round (fresh16): Maltese ("11 ta' Mejju 1962")
    r"|\d{1,2}[ \t]+ta['’][ \t]+(?:Jannar|Frar|Marzu|April|Mejju|Ġunju|Lulju|Awwissu|Settembru|Ottubru|"
    r"Novembru|Diċembru)(?:[ \t]+(?:1[89]|20)\d\d)?)(?![\w])")


# (speed: the words and the shape every match holds, found first)
# (and the words as literals, the shapes from their digit: a leading alternation is tried everywhere)
_DATES_MORE_HINT_WORDS = ("gada", "janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator",
                          "tetor", "nëntor", "dhjetor")
_DATES_MORE_HINT = re.compile(r"\d(?: m\.|e?ko |\.[ \t]\d{1,2}\.[ \t]\d| ta['’] )")


def _dates_more(text: str):
    if p.holds(text, _DATES_MORE_HINT_WORDS) or _DATES_MORE_HINT.search(text):
        for m in _DATES_MORE.finditer(text):
            yield _finding(text, "date", m.start(), m.end(), 0.9, "a date")


# Thirteenth round (fresh16): names without a title, a relation or a dictionary's word, in
# frames that only a person fills. A word of the name: a capital, then lower-case letters
# ("Yokasta", "Al-Harthy", "Mohammed-Ali", "Ġorġ").
_LOW = r"[^\W\d_A-ZÀ-ÖØ-Þ]"
_NAME_WORD = rf"(?:[A-ZÀ-ÖØ-ÞĀ-Ž]{_LOW}+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž]{_LOW}+)?)"
_FULL_NAME = rf"{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}}"
# Each frame: the words one of which a text must hold (lower-case) for it to be tried (speed:
# a frame is tried only where it can match), and its pattern, the name its group "n".
_FRAMES = (
    # a vocative before an invitation or a request ("Yokasta, join the consultation at …",
    # "[00:01] Clinician: Dalal, please join …"), at a line's start or after a speaker's label
    ((", join", ", please", ", kindly", ", click", ", come", ", bring", ", reply", ", log in", ", sign in", ", tap",
      ", call"),
     rf"(?:^|(?<=:[ \t])|(?<=\][ \t]))(?P<n>{_FULL_NAME}),[ \t]+(?=(?:(?:please|kindly)[ \t]+)?(?:join|click|"
     rf"come|bring|reply|log[ \t]+in|sign[ \t]+in|tap|call[ \t]+(?:us|me|back))\b)"),
    # what is ready for someone ("Results for Fahad Mohammed-Ali available at …")
    (("results for", "result for", "report for", "reports for", "letter for", "letters for", "documents for",
      "images for", "records for", "record for", "invitation for", "link for", "prescription for"),
     rf"\b(?i:results?|reports?|letters?|documents?|images|records?|invitations?|links?|prescriptions?)"
     rf"[ \t]+for[ \t]+(?P<n>{_FULL_NAME})[ \t]+(?=(?:are[ \t]+|is[ \t]+)?(?:now[ \t]+)?(?:available|ready|uploaded)\b)"),
    # a login's user ("flagged by IT (user Al-Harthy)")
    (("(user", "(usuario", "(utilisateur", "(benutzer", "(login"),
     rf"\((?i:user|username|usuario|utilisateur|benutzer|login)[ \t:=]+(?P<n>{_NAME_WORD})\)"),
    # who took the minutes, or to whom a plan was explained ("minutes by Dalal", "Plan explained
    # to Trabelsi"), whose death a letter speaks of ("le décès de Gilles")
    (("minutes by", "minuted by", "notes taken by", "scribed by", "explained to", "handed over to"),
     rf"(?<!\d)(?<!\d[ \t])\b(?i:minutes|minuted|notes[ \t]+taken|scribed|explained|handed[ \t]+over)[ \t]+(?i:by|to)"
     rf"[ \t]+(?P<n>{_FULL_NAME})"),
    (("décès", "deceso", "fallecimiento", "tod von", "tod des", "death of", "passing of", "funeral of"),
     rf"\b(?i:décès|deceso|fallecimiento|Tod|death|passing|funeral)[ \t]+(?:de|d['’]|del|of|von|des)[ \t]*(?P<n>{_FULL_NAME})"),
    # an insurance card's holder ("ARS afiliado ARS-120055087, titular Awadia Ghebreyesus")
    (("titular", "asegurad", "afiliad", "beneficiari", "cardholder", "policyholder"),
     rf"\b(?i:titular|asegurad[oa]|afiliad[oa]|beneficiari[oa]|cardholder|policyholder)[ \t]*:?[ \t]+"
     rf"(?P<n>{_NAME_WORD}[ \t]{_NAME_WORD}(?:[ \t]{_NAME_WORD})?)"),
    # a telephone's owner before it ("Call Ján on +968 …")
    (("Call ", "Ring ", "Phone ", "Text ", "Contact ", "Llamar a", "Appeler"),
     rf"\b(?:Call|Ring|Phone|Text|Contact|Llamar[ \t]+a|Appeler)[ \t]+(?P<n>{_NAME_WORD})[ \t]+(?:on|at|al|au)[ \t]+(?=[+(\d])"),
    # Lao labels: the name, the carer, the patient ("ຊື່: Souksavanh Vongsavath", "ຜູ້ປ່ວຍ Fahad …")
    (("ຊື່", "ຜູ້", "ນາມ"), rf"(?:ຊື່|ຜູ້ດູແລ|ຜູ້ປ່ວຍ|ນາມສະກຸນ)[ \t]*:?[ \t]*(?P<n>{_FULL_NAME})"),
    # a person who came back, joined or signed, starting a sentence ("Bounmy returned from Sfax",
    # "Fahad Hoffmann firmó el consentimiento")
    (("returned from", "came back from", "joined ", "firmó", "signed the", "a signé", " cried", " wept"),
     rf"(?:^|(?<=[.;!?|][ \t])|(?<=\][ \t]))(?P<n>{_FULL_NAME})[ \t]+(?=(?:returned|came[ \t]+back)[ \t]+from[ \t]+"
     rf"(?:[A-Z]|a[ \t]+trip|holiday|abroad|travel)|joined[ \t]+(?:the|a|our)[ \t]+(?:[a-z-]+[ \t]+)?"
     rf"(?:call|consultation|meeting|session|video|visit)|firmó|signed[ \t]+the[ \t]+(?:consent|form)|a[ \t]+signé|cried|wept)"),
    # a thank-you's signature at a message's end ("ok thanks, Fahad")
    (("thank", "gracias", "merci", "shukran", "cheers", "regards"),
     rf"\b(?i:thanks|thank[ \t]+you|gracias|merci|shukran|cheers|regards)[,!]?[ \t]+(?P<n>{_NAME_WORD})[ \t]*[.!]?[ \t]*$"),
    # "Surname, Given:" opening a line or a sentence, what a person had done after it
    # ("Camilleri, Gilles: seen in clinic"; not "Aspirin, Clopidogrel: continue")
    ((": seen", ": reviewed", ": attended", ": referred", ": presented", ": presents", ": admitted", ": discharged",
      ": known", ": lives", ": visited", ": vist", ": vu", ": gesehen"),
     rf"(?:^|(?<=[.;][ \t]))(?P<n>{_NAME_WORD},[ \t]{_NAME_WORD}):[ \t]+(?=(?:seen|reviewed|attended|referred|"
     rf"presented|presents|admitted|discharged|known|lives|visited|vista|visto|vu|vue|gesehen)\b)"),
)
# (a frame's hints are lower-case, looked for in the text lower-cased, or capitalised, looked
# for in the text itself)
_FRAMES = tuple((tuple(h for h in hints if h[0].isupper()), tuple(h for h in hints if not h[0].isupper()),
                 re.compile(pattern, re.MULTILINE)) for hints, pattern in _FRAMES)
# Speakers' labels and words a frame may hold that are never a person's name.
# A chat thread's speakers ("WhatsApp\nYusmary: doctora, …", "Dra. Rondón: tráigala …"): a
# line that starts with a name and a colon, in a text that says it is a message thread.
# (seventeenth round, fresh25: "WA grup dokter:", a WhatsApp group's heading in Indonesian)
_THREAD = re.compile(r"(?i:whatsapp|\bsms\b|telegram|messenger|\bchat\b|text[ \t]+messages?|imessage|viber|\bgrup\b)|\bWA\b")
_SPEAKER = re.compile(
    rf"^(?P<stamp>\[?\d{{1,2}}:\d\d(?::\d\d)?\]?[ \t]+)?(?P<title>(?:Dr|Dra|Mr|Mrs|Ms|Sr|Sra|Prof|GP|RN|NP|LPN|CNA|HCA|CHW|MO)\.?[ \t]+)?"
    rf"(?P<n>{_NAME_WORD}(?:[ \t](?:Ma?c|O['’])?{_NAME_WORD})?)(?P<time>[ \t]*\(\d{{1,2}}:\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?\))?:[ \t]+(?=\S)",
    re.MULTILINE)
# (eighteenth round: a thread known by its time stamps, two lines or more that start with one or
# whose speaker has one: "[07:49] GP Murdo Nicolson: …", "Bishnu Shrestha (9:14 PM): …"; a
# family's group by its word in other languages: "Gruppo famiglia:", "Grupo da família")
_STAMPED_LINE = re.compile(r"^\[\d{1,2}:\d\d(?::\d\d)?\][ \t]|\(\d{1,2}:\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?\):", re.MULTILINE)
_FAMILY_GROUP = re.compile(r"(?i:gruppo|grupo|gruppe|groupe|groep)\b")
# A name right beside a person's identifier: in brackets or after a comma after it ("Pat.-Nr.
# HCN1681814 (Al-Harthy).", "Hospital number 62/80185, Mebrahtu Trabelsi."), or before its
# keyword at a line's or a sentence's start ("Tesfalem Ghebreyesus, rodné číslo 6290 438817",
# "Khamphone Trabelsi: Seguro Social 589 45 4175").
_PERSON_ID_CATEGORIES = frozenset({"mrn", "ssn", "other_id", "health_plan"})
_NAME_AFTER_ID = re.compile(
    rf"[ \t]*(?:\((?P<b>{_NAME_WORD})\)|,[ \t]+(?P<n>{_NAME_WORD}[ \t]{_NAME_WORD}"
    rf"(?:[ \t]{_NAME_WORD})?)(?=[ \t]*(?:[.;|\n]|$)))")
_NAME_BEFORE_ID = re.compile(
    rf"(?:^|(?<=[\n|;])[ \t]*|(?<=[.!?][ \t]))(?P<n>{_NAME_WORD}[ \t]{_NAME_WORD}(?:[ \t]{_NAME_WORD})?)[,:][ \t]+"
    rf"[^\W\d_][^\d\n,;:()]{{1,30}}?[ \t:#.]*\Z")


# a label after the value, not a name ("48-083572 (Fallnummer)")
_NUMBER_WORD_ENDINGS = ("nummer", "number", "numero", "número", "numéro", "nr", "no", "id", "zahl", "kód", "kod")


# a role or a nationality before a name ("Inmate", "Veteran", "Dominicana", "Qatari")
_ROLE_OR_DEMONYM = re.compile(r"Inmate|Prisoner|Detainee|Veteran|Resident|Member|Client|Worker|Employee|Student|"
                              r"Patient|Paciente|Pacient|Patientin|Child|Baby|Infant|[A-Z][a-z]+(?:ana|ano|ese|ian|ean|i)")


def _names_beside_ids(text: str, found: list[Finding]):
    d = dictionaries()
    for f in found:
        if f.category not in _PERSON_ID_CATEGORIES or f.confidence < 0.8:
            continue
        after = _NAME_AFTER_ID.match(text, f.end)
        if after:
            group = "b" if after.group("b") else "n"
            value = after.group(group)
            if (_framed_name_ok(value) and not value.lower().endswith(_NUMBER_WORD_ENDINGS)
                    and not any(w in d.cities_by_first for w in value.split())):  # "…, Al Wakrah.": a town
                yield _finding(text, "name", after.start(group), after.end(group), 0.75,
                               "a name beside a person's identifier")
        line = text.rfind("\n", 0, f.start) + 1
        before = _NAME_BEFORE_ID.search(text, max(line, f.start - 70), f.start)
        if before and _framed_name_ok(before.group("n")):
            start, words = before.start("n"), before.group("n").split()
            if len(words) == 3 and _ROLE_OR_DEMONYM.fullmatch(words[0]) and not d.is_person_name(words[0]):
                start += len(words[0]) + 1  # "Inmate Jesse Kalmakoff, inmate no. …", "Dominicana Dayanara Peña, cédula …"
            yield _finding(text, "name", start, before.end("n"), 0.75, "a name beside a person's identifier")


# (nineteenth round, fresh34: a speaker with a post-nominal, "Wade Stroud RN: Can you read…", is a
# person wherever the thread is)
_POSTNOMINAL_SPEAKER = re.compile(
    rf"^[ \t]*(?P<n>{_NAME_WORD}[ \t](?:Ma?c|O['’])?{_NAME_WORD}),?[ \t]+(?:RN|RM|NP|MD|LPN|CNA|APRN|CNM|EMT|"
    r"PharmD|BSN|MSN|MBBS|MBChB)\.?[ \t]*:[ \t]+(?=\S)", re.MULTILINE)


def _chat_speakers(text: str):
    """A thread's speaker speaks twice or more, or has a title ("Dr Elhag:"): a form's labels
    ("Audiogram:", "Induction:") are there once each."""
    if ":" in text:
        for m in _POSTNOMINAL_SPEAKER.finditer(text):
            if _framed_name_ok(m.group("n")):
                yield _finding(text, "name", m.start("n"), m.end("n"), 0.75, "a speaker with a post-nominal")
    line_end = text.find("\n", 0, 100)
    head_end = line_end if line_end >= 0 else 100
    stamped = ("[" in text or "):" in text) and len(_STAMPED_LINE.findall(text)) > 1  # (speed: a bracket first)
    headed = bool(_THREAD.search(text, 0, head_end) or _FAMILY_GROUP.search(text, 0, head_end))  # (the thread's heading)
    if headed or stamped:
        speakers = list(_SPEAKER.finditer(text))
        counts = collections.Counter(m.group("n") for m in speakers)
        for m in speakers:
            if headed:
                said = counts[m.group("n")] > 1 or m.group("title")
            else:  # (stamps alone: a full name or a title; one word may be a station's town: "[09:31] Nain:")
                said = (m.group("title") or " " in m.group("n")) and (m.group("stamp") or m.group("time"))
            if said and _framed_name_ok(m.group("n")):
                yield _finding(text, "name", m.start("n"), m.end("n"), 0.75, "a speaker in a message thread")
    elif ":" in text:
        yield from _unheaded_thread(text)


# Twentieth round (fresh37): a thread pasted without its heading ("Magnus: lifeboat bringing …\nInga:
# age?\nMagnus: 91, …"): every line a speaker's, two speakers or more, and said the way one writes
# a message (lower case, a question, a number) more often than a form's value is.
def _unheaded_thread(text: str):
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2 or len(lines) > 40:
        return
    speakers = list(_SPEAKER.finditer(text))
    if len(speakers) != len(lines) or len({m.group("n") for m in speakers}) < 2:
        return
    d = dictionaries()  # (a form's labels, "Plan: continue\nDiet: normal", are no given names)
    if any(not m.group("title") and not d.is_person_name(m.group("n").split()[0]) for m in speakers):
        return
    casual = sum(1 for m in speakers if text[m.end():m.end() + 1].islower() or text[m.end():m.end() + 1].isdigit()
                 or text[m.end():text.find("\n", m.end()) if "\n" in text[m.end():] else len(text)].rstrip().endswith("?"))
    if casual * 2 < len(speakers):
        return
    for m in speakers:
        if _framed_name_ok(m.group("n")):
            yield _finding(text, "name", m.start("n"), m.end("n"), 0.75, "a speaker in a message thread")


# (eighteenth round, fresh27: a thread's speaker is often a role, in the thread's language: "Intern:",
# "Reg:", "Rezidan:", "Enfimyè:"; a signature's "Dr. med. Jens Terhaar, Oberarzt")
_ROLE_SPEAKERS = word_set("""Intern Interns Interne Interno Interna Reg Regs SpR StR SHO FY1 FY2 HO HMO RMO Resident Residente Résident Résidente
Rezidan Rezident Rezidentă Rezydent Attending Fellow Locum Matron Midwife Physio
Pharmacist Paramedic Paramedics Medic EMT Anaesthetist Anesthetist Surgeon Anaesthetics Ortho Obs Gynae Peds Paeds
Enfimyè Enfimye Infirmière Infirmier Enfermera Enfermero Enfermeira Enfermeiro Infermiera Infermiere Pfleger
Pflegerin Arzt Ärztin Oberarzt Oberärztin Assistenzarzt Assistenzärztin Chefarzt Médecin Médico Médica Medico
Dokter Doktè Perawat Bidan Hebamme Verpleegkundige Sjuksköterska Sygeplejerske Sykepleier Hoitaja Lääkäri""")
_SPEAKER_WORDS = word_set("""Clinician Patient Paciente Doctor Doctora Nurse Reply Replied Me You Agent Bot System
Admin Team Staff Family Caller Operator Interpreter Coordinator Reception Pharmacy Clinic Hospital Chair
Minutes Results Plan All Everyone Sir Madam Hello Hi Dear Ok Yes No Background Methods Conclusion
Conclusions Objective Objectives Aims Summary Introduction Discussion Abstract Note Notes Subject Comment
Comments Message Time Date From To Sent Switchboard Reception Pharmacy Lab Laboratory Radiology Security
Bleep Helpline Hotline Ward Theatre Theatres Porter Porters Desk Office Control Dispatch Triage
Zoom Teams Skype WhatsApp Webex Email Video Telephone Renal Medical Surgical Registrar Consultant Epic Cerner
Meditech Allscripts Athena TrakCare Trakcare Lorenzo Verified Confirmed Temporary Primary Legacy""") | _ROLE_SPEAKERS


def _framed_name_ok(value: str) -> bool:
    """Each word a name's: no everyday word the name lists do not also hold, no region, no
    label, no clinical word, no title or relation."""
    d = dictionaries()
    for w in re.split(r"[ \t,]+", value):
        if not w:
            continue
        low = w.lower()
        if ((w in d.common and not d.is_person_name(w)) or w in d.regions or w in _SPEAKER_WORDS
                or w in _TITLE_WORDS or low in _RELATION_WORDS or low in _LABEL_NOT_NAME
                or low in _DOCUMENT_WORDS or low in _CLINICAL_LABELS or low in EPONYM_NOUNS
                or low in _DEPARTMENT_WORDS or (_CLINICAL_ENDING.search(w) and not d.is_person_name(w))):
            return False
    return True


def _framed_names(text: str):
    low = _LOWERED[1] if _LOWERED[0] is text and _LOWERED[1] is not None else text.lower()
    for capitalised, lower, regex in _FRAMES:
        if p.holds(text, capitalised) or p.holds(low, lower):
            for m in regex.finditer(text):
                if _framed_name_ok(m.group("n")):
                    yield _finding(text, "name", m.start("n"), m.end("n"), 0.75, "a name in a frame only a person fills")


# Thirteenth round (fresh16): licences and plates of letters, a space or a dash, and digits
# after their keyword, however a table, a note or a clause joins them ("Reisepass | TT-MB 2765",
# "Registered with the Medical Council, no. MCM 8220", "Führerschein č. MCM 0239", "ÖÄK-Nr
# ÖÄK-44120", "EČV - BA-157YU", "EČV was recorded as CTW 630", "car plate ກທ 7905"); Tunisia's
# plates by their shape ("214 TU 8812") and Lao plates after a vehicle's word.
_SPACED_KEYED = re.compile(
    r"(?:(?P<lic>(?i:licen[cs]e|licencia|licença|lizenz|passport|pasaporte|passeport|reisepass|passaporto|"
    r"f[üu]hrerschein|permis[ \t]+de[ \t]+conduire|registered[ \t]+with[ \t]+the[ \t]+[A-Za-z ]{2,40}?"
    r"(?:council|board|chamber|order|college))|(?-i:[ÖÄ]?ÄK|GMC|NMC|AHPRA)-?Nr\.?)"
    r"|(?P<veh>(?i:EČV|ECV|ŠPZ|SPZ|plate|placa|matr[íi]cula|kennzeichen|immatriculation|targa|vehicle|"
    r"ambulance|vozidlo)|ປ້າຍລົດ|ທະບຽນ))(?![\w])"
    r"(?:[ \t]*(?:[:#=|>\t-]|,(?=[ \t]*(?:no|nr|n[º°]|number)\b)|(?<![\w])(?:č|no|nr|n[º°]|number|is|was[ \t]+recorded[ \t]+as)\b\.?)[ \t]*"
    r"|[ \t]+)+"
    r"(?P<v>(?-i:[A-ZÀ-Þ]{1,4}(?:-[A-ZÀ-Þ]{1,4})?[ -]\d{3,6}(?:[ ][A-Z](?![\w]))?|[A-Z]{2}-\d{3}[A-Z]{2})"
    r"|[\u0e81-\u0eae]{1,2}[ ]?\d{4})(?![\w-])")
_TUNISIAN_PLATE = re.compile(r"(?<![\w-])\d{1,3}[ ]TU[ ]\d{1,4}(?![\w-])")
# (speed: the keywords are found by a fragment of each, lower-case; the pattern is tried at the
# start of the word holding it)
_SPACED_HINTS = ("licen", "lizenz", "passport", "pasaporte", "passeport", "reisepass", "passaporto", "hrerschein",
                 "permis de", "registered", "äk", "gmc", "nmc", "ahpra", "čv", "ecv", "spz", "plate", "placa", "matr",
                 "kennzeichen", "immatric", "targa", "vehicle", "ambulance", "vozidlo", "ປ້າຍລົດ", "ທະບຽນ")


def _spaced_codes(text: str):
    if " TU " in text:
        for m in _TUNISIAN_PLATE.finditer(text):
            yield _finding(text, "vehicle", m.start(), m.end(), 0.85, "a Tunisian number plate")
    low = _LOWERED[1] if _LOWERED[0] is text and _LOWERED[1] is not None else text.lower()
    starts = set()
    for hint in _SPACED_HINTS:
        at = low.find(hint)
        while at >= 0:
            start = at
            while start and low[start - 1].isalpha():
                start -= 1
            starts.add(start)
            at = low.find(hint, at + len(hint))
    for start in sorted(starts):
        if start and text[start - 1].isalnum():
            continue
        m = _SPACED_KEYED.match(text, start)
        if m and not (_YEARS.match(m.group("v")) or _clinical_label(re.split(r"[ -]", m.group("v"))[:1])):  # "ambulance HR 110"
            category = "licence" if m.group("lic") else "vehicle"
            yield _finding(text, category, m.start("v"), m.end("v"), 0.85,
                           f"a number after '{m.group(category[:3]).strip()}'")


# Thirteenth round (fresh16): a Lao (or Thai) village, "Ban" and its name, and the town after
# it ("Ban Phonheuang, Luang Prabang", "Village: Ban Nakham, Pakse").
_BAN_VILLAGE = re.compile(
    rf"(?<![\w])(?P<v>Ban[ \t][A-Z][a-z]{{2,}}(?:[ \t][A-Z][a-z]{{2,}})?)(?:,[ \t]*(?P<t>{p._TOWN_WORDS}){p._TOWN_END})?")


def _villages(text: str):
    if "Ban " in text:
        for m in _BAN_VILLAGE.finditer(text):
            if m.group("v").split()[1] in dictionaries().common:
                continue
            yield _finding(text, "place", m.start("v"), m.end("v"), 0.75, "a village")
            if m.group("t") and _a_town(text, m, after_code=True):
                yield _finding(text, "place", m.start("t"), m.end("t"), 0.7, "the town after a village")


# Thirteenth round (fresh16): a town written alone, as a line of its own or as a sentence of its
# own at a line's end ("…p = 0.003. Salalah\nfamily doctor unchanged", "Jahra\n…"): one or two
# capitalised words no dictionary knows as a word or a given name, not a label, a keyword, a
# clinical term or a heading. (Over fresh7 to fresh15 it found no false alarm but a keyword.)
_LONE_TOWN = re.compile(
    r"(?:(?<=\n)|(?<=[.!?][ \t]))(?P<t>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+(?:-[a-zA-Zà-ÿ][a-zà-öø-ÿā-ž]+)*"
    r"(?:[ \t][A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)?)[ \t]*(?=\n|\Z)")


# a department's name in a Romance or Germanic language ("Geriatria", "Cardiología", "Innere Medizin")
_SPECIALTY = re.compile(r"(?:logi[ae]|log[ií]a|iatri[ae]|iatr[ií]a|chirurgi[ae]|cirug[ií]a|ortopedi[ae]|terapi[ae]|"
                        r"therapie|medizin|medicina|m[ée]decine|"
                        # eighteenth round (fresh27): Hungarian's ("Belgyógyászat", "Kardiológia")
                        r"ászat|észet|ógia|iátria)\Z", re.IGNORECASE)
_VALUE_LINE_AFTER = re.compile(r"[ \t]*\n[^\n\d@]{0,30}[\d@]|[ \t]*\n[ \t]*(?:https?:|www\.)")


def _lone_towns(text: str):
    if "\n" not in text:
        return
    d = dictionaries()
    for m in _LONE_TOWN.finditer(text):
        words = m.group("t").split()
        if text[m.start() - 1] != "\n" and text[m.start() - 2] == ".":  # after a sentence: not a title's or an initial's
            before = text[max(0, m.start() - 12):m.start() - 2].rsplit(None, 1)[-1:]
            if before and (len(before[0]) == 1 or before[0] in _TITLE_WORDS or before[0].isupper()):
                continue
        if any(w in d.common or w in d.regions or w in d.given or w.lower() in EPONYM_NOUNS
               or w.lower().endswith(_NOT_A_NAME_ENDINGS) or _CLINICAL_ENDING.search(w)
               or w.lower() in _DEPARTMENT_WORDS or _SPECIALTY.search(w) or w in _SPEAKER_WORDS
               or w in _TITLE_WORDS or w.lower() in _RELATION_WORDS for w in words):
            continue
        if (_clinical_label(words) or words[0].lower() in _DOCUMENT_WORDS or words[0].lower() in _LABEL_NOT_NAME
                or p.KEYWORDS_BEFORE.match(text, m.start("t"))  # a keyword whose value is below ("Rego")
                or _VALUE_LINE_AFTER.match(text, m.end())):  # a label: "Telefón\n+968 9243 8241", "Plaque\nBa 53 Pa 9503"
            continue
        yield _finding(text, "place", m.start("t"), m.end("t"), 0.6, "a town written alone")


# Thirteenth round (fresh16): a telephone with its area code before a slash ("02/348 23 52");
# a fax when "fax" comes before it in its sentence ("Befund per Fax an 02/993 90 55").
_SLASHED_PHONE = re.compile(r"0(?<![\w/.,-]0)\d{1,3}/\d{3,4}(?:[ ]\d{2,3}){1,3}(?![\w/-]|[.,]\d)")
_FAX_BEFORE = re.compile(r"\bfax(?:ed|es)?\b[^.\n]{0,60}\Z", re.IGNORECASE)


def _slashed_phones(text: str):
    if "/" in text:
        for m in _SLASHED_PHONE.finditer(text):
            fax = _FAX_BEFORE.search(text, max(0, m.start() - 70), m.start())
            yield _finding(text, "fax" if fax else "phone", m.start(), m.end(), 0.8,
                           "a fax number" if fax else "a telephone number")


# ---------------------------------------------------------------- every language (CLDR)

# Fourteenth round (fresh17, fresh18): mechanisms that cover whole languages, not the strings a
# part showed. The words come from CLDR through Babel (data/generate.py --cldr): every locale's
# month names, every locale's words for a year of age; a generic word pattern finds candidates
# and a set lookup decides (no alternation of thousands of words: the scan stays fast).
# (seventeenth round: with the combining marks Indic, Thai, Khmer… words hold, which \w does not
# match, as data/generate.py reads CLDR's: "90 வயது", "3 กุมภาพันธ์ 2025")
_MARK = ("[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff\u0e31-\u0e4e"
         "\u0eb1-\u0ecd\u0f18-\u0fbc\u102b-\u109d\u1712-\u1734\u17b4-\u17d3\u200c\u200d](?<![\u0966-\u096f\u09e6-\u09ef"
         "\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0de6-\u0def])")
_ANY_WORD = rf"[^\W\d_](?:[^\W\d_]|{_MARK}|['’ʻ](?=[^\W\d_]))*"
_YEAR4 = r"(?P<y>1[0-9]\d\d|20\d\d)(?![\w/]|[.,:]\d|[ \t]*(?i:mg|mcg|µg|μg|g|kg|ml|l|ui|iu|ie|u|units?|mmol|meq|cc)\b)"
# "3 მარტი", "2 փետრվարի 2024", "12. märts 2025", "18-noyabr", "9 ʻOkatopa 1935"
_WORLD_DAY_MONTH = re.compile(rf"(?P<d>\d(?<=(?<![\w/.,:+])(?<!\d-)\d)\d?)(?:[.-]|º|[ \t]+de)?[ \t]*(?P<m>{_ANY_WORD})\.?"
                              rf"(?:(?:,?[ \t]+(?:de[ \t]+|del[ \t]+)?|-){_YEAR4})?")
# "2 փետրվարի 2024", "12. märts 2025", "25-junio-1938", "9 ʻOkatopa 1935" (looked up before each year)
_WORLD_DAY_MONTH_BEFORE_YEAR = re.compile(rf"(?<![\w/.,:+])(?<!\d-)(?P<d>[0-3]?\d)(?:[.-]|º|[ \t]+de)?[ \t]*(?P<m>{_ANY_WORD})\.?"
                                          rf"(?:,?[ \t]+(?:de[ \t]+|del[ \t]+)?|-)\Z")
# "Mashi 5, 2024" (the month's word and the day looked up before each year)
_WORLD_MONTH_DAY_BEFORE_YEAR = re.compile(rf"(?<![\w])(?P<m>{_ANY_WORD})\.?(?:[ \t]+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?)?,?[ \t]+\Z")
# "2024 წლის 3 მარტი", "2024. március 5", "1943-yil 18-noyabr", "2024 m. kovo 5"
_WORLD_YEAR_FIRST = re.compile(
    rf"(?P<y>[12](?<=(?<![\w/.,:+-])[12])(?:[0-9]\d\d(?<=1...)|0\d\d(?<=20..)))(?:[.]|(?P<mark>-[^\W\d_]{{1,4}}|[ \t]+[^\W\d_]{{1,5}}\.?))?[ \t]+"
    rf"(?:(?P<d>[0-3]?\d)[.-]?[ \t]*(?P<m>{_ANY_WORD})|(?P<m2>{_ANY_WORD})[ \t]+(?P<d2>[0-3]?\d)(?!\d))")
# "ngày 5 tháng 3 năm 2024": a day, the word CLDR writes before a month's number, the month, a year
_WORLD_NUMBERED_MONTH = re.compile(rf"(?P<d>\d(?<=(?<![\w/.,:+-])\d)\d?)[ \t]+(?P<w>{_ANY_WORD})[ \t]+(?P<mo>1[0-2]|0?[1-9])"
                                   rf"(?![\d/.:])[ \t]*,?[ \t]*(?:{_ANY_WORD}[ \t]+)?{_YEAR4}")
# "Machi 2024", "febrúar 2025": a month's full name and a year
_WORLD_YEAR = re.compile(r"[12](?<=(?<![\w/.,:+-])[12])\d\d\d(?![\w/]|[.,:]\d|[ \t]*(?i:mg|mcg|µg|μg|g|kg|ml|l|ui|iu|ie|u|units?|mmol|meq|cc)\b)")
_WORLD_MONTH_BEFORE_YEAR = re.compile(rf"(?<![\w])(?P<m>{_ANY_WORD})\.?,?[ \t]+\Z")
_LATIN_ONLY = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff'’ʻ]+")
# Month names that are everyday words in a note's languages, and English's own (the older rules')
_NOT_A_MONTH = word_set("""
january february march april may june july august september october november december
mars maj mai mei juni juli agosto marzo abril gennaio luglio ottobre dicembre lipiec luty
listopad grudzień kwiecień maart sierpień
""")


def _month_kind(word: str) -> str | None:
    word = word.lower()
    if word in _NOT_A_MONTH:
        return None
    return dictionaries().months.get(word)


@functools.lru_cache(maxsize=1)
def _numbered_month_words() -> tuple[str, ...]:
    """The words CLDR writes before a month's number ("tháng 3"), in both cases."""
    words = [w for w, kind in dictionaries().months.items() if kind == "numbered"]
    return tuple(words + [w.capitalize() for w in words])


def _full_month(word: str) -> bool:
    """A month's full name that is a month alone: five letters or more, or of another script."""
    return _month_kind(word) == "wide" and (len(word) >= 5 or not _LATIN_ONLY.fullmatch(word))


_WORLD_WEEKDAY_BEFORE = re.compile(rf"(?<![\w])(?P<w>(?:{_ANY_WORD}[ \t]+)?{_ANY_WORD}),?[ \t]+\Z")


def _world_dated(text: str, start: int, end: int, why: str) -> Finding:
    """_dated's finding, its start moved over a weekday's name in any language ("Dydd Iau",
    "Τρίτη", "Alhamisi")."""
    weekday = _WORLD_WEEKDAY_BEFORE.search(text, max(0, start - 28), start)
    if weekday:
        words = weekday.group("w").lower()
        days = dictionaries().weekdays
        if words in days:
            start = weekday.start()
        elif " " in words and words.split(None, 1)[1] in days:
            start = weekday.start() + len(weekday.group("w")) - len(words.split(None, 1)[1])
    return _dated(text, start, end, 0.85, why)


def _world_dates(text: str):
    years = list(_WORLD_YEAR.finditer(text))
    for m in filter(None, (_WORLD_YEAR_FIRST.match(text, year.start()) for year in years)):
        month, day = (m.group("m"), m.group("d")) if m.group("m") else (m.group("m2"), m.group("d2"))
        mark = m.group("mark")
        if mark and not (mark.endswith(".") or mark.strip(" \t-").lower() in dictionaries().year_words):
            continue  # "2024 au 12 août": a word between that is not the year's ("წლის", "-yil", "m.")
        if 1 <= int(day) <= 31 and _month_kind(month):
            yield _world_dated(text, m.start(), m.end(), "a year, a month's name and a day (any language)")
    # a day and a month's full name without a year: in a text with letters beyond ASCII (speed: the
    # scan of every number is paid where the older rules, written for ASCII languages, see least)
    for m in (_WORLD_DAY_MONTH.finditer(text) if not text.isascii() else ()):
        if not m.group("y") and 1 <= int(m.group("d")) <= 31 and _full_month(m.group("m")):
            yield _world_dated(text, m.start(), m.end(), "a day and a month's name (any language)")
    numbered = any(word in text for word in _numbered_month_words())
    for m in (_WORLD_NUMBERED_MONTH.finditer(text) if numbered else ()):
        if 1 <= int(m.group("d")) <= 31 and dictionaries().months.get(m.group("w").lower()) == "numbered":
            yield _world_dated(text, m.start(), m.end(), "a day, a month's number and a year (any language)")
    for m in years:
        if m.start() < 2 or text[m.start() - 1] not in " \t-" or not text[m.start() - 2].isalnum() and text[m.start() - 2] not in ".," and not (
                "\u0900" <= text[m.start() - 2] <= "\u17ff"):  # (seventeenth round: a word ending in a mark, "กุมภาพันธ์")
            continue  # (speed: a word or a day right before the year, or nothing to look at)
        day = _WORLD_DAY_MONTH_BEFORE_YEAR.search(text, max(0, m.start() - 36), m.start())
        if day and 1 <= int(day.group("d")) <= 31 and _month_kind(day.group("m")):
            yield _world_dated(text, day.start(), m.end(), "a day, a month's name and a year (any language)")
            continue
        month = _WORLD_MONTH_DAY_BEFORE_YEAR.search(text, max(0, m.start() - 28), m.start())
        if month and month.group("d") and 1 <= int(month.group("d")) <= 31 and _month_kind(month.group("m")):
            yield _world_dated(text, month.start(), m.end(), "a month's name, a day and a year (any language)")
            continue
        if month and not month.group("d") and _full_month(month.group("m")) and 1000 <= int(m.group()) <= 2099:
            yield _finding(text, "date", month.start(), m.end(), 0.8, "a month's name and a year (any language)")


# An age over 89 with a word for "year(s)" / "years old" in any language: "96 տարեկան", "93 წლის",
# "95-aastane", "92岁", "miaka 96", "ta'u 105", "Aois: 92", "العمر 95".
_WORLD_AGE = re.compile(r"(?P<n>[19](?<=(?:(?<![\w.,/:+-])|(?<=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]))[19])"
                        r"(?:\d(?<=9\d)|[0-2]\d(?<=1..)|30(?<=1..)))(?![\d/:]|[.,]\d)")
_WORD_AFTER_AGE = re.compile(rf"[ \t]?-?[ \t]?(?P<w>{_ANY_WORD})")
_WORD_BEFORE_AGE = re.compile(rf"(?<![\w'’ʻ])(?P<w>{_ANY_WORD})[ \t]*[:：]?[ \t]*\Z")
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
_LABEL_WORDS_BEFORE_AGE = re.compile(rf"(?<![\w'’ʻ])(?P<s>{_ANY_WORD}(?:[ \t]+{_ANY_WORD}){{1,3}})[ \t]*(?P<c>[:：]?)[ \t]*\Z")


# (nineteenth round, fresh34: an age in the digits of its script, "۹۲ ساله", "৯১ বছর", "٩٣ سنة",
# "९४ वर्ष": read as the same number in ASCII digits, one for one, so the offsets hold)
_NATIVE_DIGITS = {zero + k: str(k) for zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6,
                                                0x0C66, 0x0CE6, 0x0D66, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0,
                                                0xFF10) for k in range(10)}
_NATIVE_DIGIT = re.compile("[" + "".join(map(chr, _NATIVE_DIGITS)) + "]")


def _world_ages(text: str):
    words = dictionaries().year_words
    digits = text if text.isascii() or not _NATIVE_DIGIT.search(text) else text.translate(_NATIVE_DIGITS)
    for m in _WORLD_AGE.finditer(digits):
        after = _WORD_AFTER_AGE.match(text, m.end())
        if after:
            word = after.group("w").lower()
            if words.get(word) in ("after", "both"):
                yield _finding(text, "age", m.start(), after.end(), 0.85, "an age over 89 and a word for years")
                continue
            if _CJK_CHAR.match(word) and words.get(word[0]) in ("after", "both") and after.start("w") == m.end():
                yield _finding(text, "age", m.start(), m.end() + 1, 0.85, "an age over 89 and a word for years")
                continue
        before = _WORD_BEFORE_AGE.search(text, max(0, m.start() - 24), m.start())
        if before and words.get(before.group("w").lower()) in ("before", "both"):
            yield _finding(text, "age", m.start(), m.end(), 0.85, "a word for age or years and an age over 89")
            continue
        # fifteenth round (fresh19, fresh20): the word for age a few words before the colon
        # ("Âge déclaré : 95", "Age on shelter card: 101") or before short words ("dingwaga di le 102")
        before = _LABEL_WORDS_BEFORE_AGE.search(text, max(0, m.start() - 48), m.start())
        if before:
            seen = before.group("s").split()
            colon = bool(before.group("c"))
            for k in range(len(seen) - 1):  # the label, then 1 to 3 words
                label = seen[k].lower()
                if (label == "age" or words.get(label) in ("before", "both")) and (
                        colon or all(len(w) <= 3 for w in seen[k + 1:])):
                    yield _finding(text, "age", m.start(), m.end(), 0.85, "a word for age a few words before an age over 89")
                    break


# A person's label before a colon, in many languages and scripts (fourteenth round): the field's
# value is a name. One list across languages: patient, name, doctor, nurse, surgeon, midwife,
# signature, vaccinator, interpreter, driver, informant, relative… Latin-script values are
# capitalised words; a value in a script without case is taken up to the field's separator.
_WORLD_PERSON_LABELS = frozenset(line.strip() for line in """
name|full name|patient|patient name|patient's name|doctor|physician|nurse|surgeon|anaesthetist|anesthetist
scrub nurse|midwife|signature|signed|signed by|vaccinator|interpreter|driver|informant|next of kin|nok
guardian|caregiver|carer|on call|on call tonight|medical reg|registrar|consultant|witness|referring doctor
seen by|reviewed by|examined by|attending|mother|father|husband|wife|son|daughter|contact person
nom|prénom|nom et prénom|patiente|médecin|chirurgien|anesthésiste|infirmier|infirmière|sage-femme
vaccinateur|interprète|chauffeur|informateur|mère|père|témoin|accompagnant|accompagnante
nombre|nombre del paciente|paciente|médico|medico|cirujano|cirurgião|enfermera|enfermero|enfermeira|firma
assinatura|intérprete|vacunador|vacinador|conductor|motorista|testigo|madre|padre|mãe|pai|acompañante
acompanhante|responsável|responsable|médica|doctora|nome|cognome|paziente|infermiere|infermiera|chirurgo
autista|interprete|patientin|arzt|ärztin|chirurg|unterschrift|dolmetscher|fahrer|naam|arts|verpleegkundige
handtekening|tolk|navn|namn|nafn|sjúklingur|læknir|lege|läkare|sygeplejerske|sjuksköterska|underskrift
patsient|nimi|potilas|lääkäri|hoitaja|isä|äiti|arst|õde|ema|isa|enw|claf|meddyg|nyrs|llofnod|mam|tad
jina|jina la mgonjwa|mgonjwa|daktari|muuguzi|mkunga|dereva|sahihi|mkalimani|mzazi|mlezi|izina|amazina
umurwayi|muganga|umuforomo|umubyeyi|anarana|marary|dokotera|mpitsabo|igama|isiguli|udokotela|umhlengikazi
likita|ainm|othar|dochtúir|euslainteach|dotair|vārds|pacients|ārsts|vardas|pavardė|pacientas|gydytojas
slaugytoja|imię|nazwisko|pacjent|lekarz|pielęgniarka|jméno|pacient|lékař|podpis|név|beteg|orvos|ápoló
aláírás|nume|medic|semnătura|ime|prezime|pacijent|liječnik|lekar|potpis|emri|pacienti|mjeku|metge
signatura|hasta|hasta adı|adı|adı soyadı|ad soyad|hekim|hemşire|imza|tercüman|şoför|sürücü|bemor|shifokor
hamshira|ism|familiya|ismi|näsag|lukman|sürüji|ady|igoa|ingoa|hingoa|inoa|fomaʻi|foma'i|toketā|tākuta
taote|ateq|napparsimasoq|nakorsaq|nama|pasien|pesakit|dokter|perawat|jururawat|bidan|tanda tangan|sopir
pangalan|pasyente|nars|họ tên|họ và tên|tên|bệnh nhân|bác sĩ|điều dưỡng|người nhà
фио|ф.и.о|ф.и.о.|пациент|пациентка|больной|больная|врач|медсестра|хирург|подпись|водитель|переводчик|имя
фамилия|мать|отец|пацієнт|лікар|прізвище|ім'я|име|лекар
პაციენტი|სახელი|გვარი|სახელი და გვარი|ექიმი|მკურნალი ექიმი|ექთანი|ხელმოწერა|ქირურგი|დედა|მამა|მძღოლი
հիվանդ|անուն|ազգանուն|անուն ազգանուն|բժիշկ|բուժքույր|վիրաբույժ|ստորագրություն|մայր|հայր|վարորդ
όνομα|ονοματεπώνυμο|ασθενής|ιατρός|γιατρός|νοσηλευτής|νοσηλεύτρια|υπογραφή|שם|מטופל|מטופלת|רופא|רופאה|אחות|חתימה
الاسم|اسم|اسم المريض|اسم المريضة|المريض|المريضة|الطبيب|الطبيبة|طبيب|الممرض|الممرضة|التوقيع|توقيع
توقيع المريض|توقيع الزوج|توقيع الزوجة|الزوج|الزوجة|الأم|الأب|ولي الأمر|المترجم|السائق|الشاهد|الجراح
نام|نام بیمار|نام طفل|نام پدر|نام مادر|بیمار|داکتر|دکتر|پزشک|پرستار|امضا|امضاء|واکسیناتور|نوم|د ناروغ نوم
ناروغ|ډاکټر|مریض|ڈاکٹر|merch|mab|tytär|poika|datter|dóttir|sonur|sønn|dotter|hija|hijo|fille|fils|tochter
sohn|dochter|zoon|figlia|figlio|córka|syn|дочь|сын|mwana|binti|umukobwa|umuhungu|zanakavavy|zanakalahy|
नाम|मरीज़|मरीज|रोगी|डॉक्टर|चिकित्सक|नर्स|हस्ताक्षर|নাম|রোগী|ডাক্তার|ชื่อ|ผู้ป่วย|แพทย์
พยาบาล|ስም|ታካሚ|ሐኪም
रुग्ण|रुग्णाचे नाव|रुग्णाचे नांव|नांव|डॉ|நோயாளி|நோயாளியின் பெயர்|பெயர்|மருத்துவர்|రోగి|పేరు|ರೋಗಿ|ಹೆಸರು|દર્દી|નામ|ਮਰੀਜ਼|ਨਾਮ
രോഗി|പേര്|রুগী|患者|患者氏名|氏名|病人|患者姓名|姓名|환자|환자명|성명|이름|보호자
बिरामी|बिरामीको नाम|रोगीको नाम|রোগীর নাম|රෝගියා|නම|လူနာ|အမည်|អ្នកជំងឺ|ឈ្មោះ|ຊື່|ຄົນເຈັບ|ชื่อผู้ป่วย|ชื่อ-สกุล|ชื่อ-นามสกุล
نەخۆش|ناوی نەخۆش|ناو|پزیشک|ରୋଗୀ|ରୋଗୀର ନାମ|ନାମ|ଡାକ୍ତର
紹介医|主治医|担当医|依頼医|記載医|紹介元医師|医師名|주치의|담당의|담당 의사|의뢰의
زوی|لور|مېړه|ښځه|پلار|مور|ورور|خور|پسر|دختر|شوهر|همسر|مادر|پدر|برادر|خواهر|家属|家屬""".replace("\n", "|").split("|") if line.strip())
# (seventeenth round, fresh24, fresh26: Indic, Chinese, Japanese and Korean labels)
# A place's label (where the patient lives, a town, a village) in many languages: its value a place
_WORLD_PLACE_LABELS = frozenset(line.strip() for line in """
hometown|home town|residence|place of residence|town|city|village|suburb|locality|domicile|origin
elukoht|kotipaikka|asuinpaikka|heimili|búseta|lögheimili|bopæl|bosted|hemort|bostadsort|wohnort|woonplaats
domicilio|residencia|residência|lugar de residencia|ciudad|cidade|ville|localité|quartier|comune|città|paese
miejscowość|miejsce zamieszkania|bydliště|obec|lakóhely|település|gyvenamoji vieta|dzīvesvieta|pueblo|aldea
comunidad|vila|bairro|barrio|colonia|procedencia|procedência|provenance|originaire|herkunft|kijiji|mji|makazi
aho atuye|aho aturuka|umudugudu|tanàna|fokontany|toerana|trano|idolobha|isigodi|garin|kauye|desa|kampung|kota
barangay|bayan|lungsod|làng|thành phố|xã|thôn|köy|şehir|ikamet|yashash joyi|qishloq|shahar|şäher|oba|nuʻu|nu'u
kolo|kāinga|kainga|cartref|pentref|tref|baile|место жительства|город|село|деревня|місто|місце проживання
საცხოვრებელი ადგილი|ქალაქი|სოფელი|բնակավայր|քաղաք|գյուղ|τόπος κατοικίας|πόλη|χωριό|המגורים|עיר|מקום מגורים
المدينة|القرية|مكان الإقامة|السكن|محل الإقامة|قریه|شهر|ده|کلي|ښار|गाँव|गांव|शहर|निवास|গ্রাম|শহর
ગામ|શહેર|રહેઠાણ|ಊರು|ಗ್ರಾಮ|ನಗರ|ವಾಸ|ఊరు|గ్రామం|పట్టణం|నివాసం|ஊர்|கிராமம்|நகரம்|ഗ്രാമം|സ്ഥലം|ਪਿੰਡ|ਸ਼ਹਿਰ|गाव|वास्तव्य
residenza|luogo di residenza|residente|lieu de résidence|résidence|wohnsitz|wohnhaft|woonachtig|domiciliu|localitate
yaşayış yeri|тұрғылықты жері|жашаган жери|месца жыхарства|местоживеене|пребивалиште|κατοικία|τόπος διαμονής
tirahan|tempat tinggal|vendbanimi|رہائش|جای سکونت|شوێنی نیشتەجێبوون|ikamet yeri|ikametgah
lakóhelye|lakhelye|lakhely|prebivalište|mjesto stanovanja|mesto stanovanja|residència|domicili|població|bizilekua
místo bydliště|trvalé bydliště|bydlisko|miesto bydliska|населений пункт|gyvenamoji vietovė|dzīvesvietas
استوګنځی|استوګنه|هستوګنه|د استوګنې ځای|محل سکونت|محل اقامت|سکونت|اقامت|နေရပ်|နေထိုင်ရာ|ទីលំនៅ|ភូមិ|ບ້ານເກີດ|ທີ່ຢູ່ອາໄສ|පදිංචිය|ගම|નિવાસ|मूळ गाव""".replace("\n", "|").split("|") if line.strip())
# An address's label in many languages: its value, up to the town, is the address ("Heimilisfang:
# Hafnarstræti 558", "Cyfeiriad: 50 Heol Kirkhill", "العنوان: شارع بغداد، بناء 14", "Адрес: ул. Ленина 5")
_WORLD_ADDRESS_LABELS = frozenset(line.strip() for line in """
home address|residential address|street address|adresse|adresa|adres|dirección|direccion|endereço|endereco|morada
indirizzo|anschrift|heimilisfang|osoite|aadress|cyfeiriad|anwani|adiresy|aderesi|ikheli|adireshi|alamat|địa chỉ
adresas|adrese|cím|lakcím|naslov|adresă|адрес|адреса|адрес проживания|მისამართი|հասցե|διεύθυνση|כתובת|العنوان|عنوان
آدرس|نشانی|پته|पता|ঠিকানা|ที่อยู่|አድራሻ|住址|地址|주소|住所|manzil|salgy|adresi|ev adresi|adrese
पत्ता|முகவரி|చిరునామా|ವಿಳಾಸ|સરનામું|ਪਤਾ|വിലാസം|ठेगाना|ලිපිනය|လိပ်စာ|អាសយដ្ឋាន|ທີ່ຢູ່|پتہ
domicile|domicilio|domicílio|wohnort|wohnadresse|місце проживання|место жительства|miejsce zamieszkania
adreça|helbidea|lakcíme|adresa bydliště|adresa stanovanja|adresa prebivališta|gyvenamosios vietos adresas
adrès|adrés|adiresi|ikheli lasekhaya|ikhaya
indirizz|enderezo|seoladh|ünvan|yaşayış ünvanı|мекенжай|дарек|дареги|адрас|хаяг|суроға|ناونیشان""".replace("\n", "|").split("|") if line.strip())
_WORLD_ADDRESS_END = re.compile(r"[\n|;]|(?<=[^\W\d_]{3})\.(?=\s|$)(?![ \t]+\d)|"
                                r"(?<=\d)\.(?=\s|$)(?![ \t]+(?:[IVX]+/|\d))|[ \t]{2}")
_WORLD_LABEL_AT = re.compile(r"[:：՝](?![/\d])[ \t]*")  # (speed: the colon first)
_WORLD_LABEL_BEFORE = re.compile(r"(?:^|(?<=[\n|;(\[\t•>-])|(?<=[.,،] ))[ \t]*(?P<l>[^\W\d_][^\n|;:：՝,،(\[\t•>]{0,34}?)[ \t]*\Z",
                                 re.MULTILINE)
_WORLD_TITLE = re.compile(r"(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + r"|Dkt|Dk|Dra|Pr|Dott|د|أ\.د|الدكتور|الدكتورة|دکتر|داکتر|"
                          r"д-р|др|доктор|проф|ბ-ნი|ქ-ნი|დოქტ|բժ)\.?[ \t]+")
_WORLD_VALUE_END = re.compile(r"[\n|;(\[،؛,，]|(?:(?<=[^\W\d_]{2})|(?<![^\W\d_]))\.(?=\s|$)|[ \t]{2}|[ \t]+[-–][ \t]")


def starts_lower(word: str) -> bool:
    """A word that starts with a small letter, Georgian's letters aside (Python reads Mkhedruli as
    small letters: Georgian writes without capitals)."""
    return word[:1].islower() and not "\u10d0" <= word[0] <= "\u10ff"


_WORLD_NAME_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|{_MARK}|['’ʻ-](?=[^\W\d_]))*\.?")  # (marks: "सायली", "حسین‌زاده")
_WORLD_NAME_JOINS = frozenset({"ولد", "بن", "بنت", "ابن", "زوجة", "s/o", "d/o", "w/o"})
_WORLD_NAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "van", "von", "der", "den", "la", "le",
                                   "al", "el", "bin", "binti", "bint", "ibn", "ter", "ten", "y", "e", "ó", "ní"})


def _world_name_words(value: str, offset: int):
    """The name runs of a field's value: capitalised words (or words of a script without case),
    initials and particles, up to four words; a joining word ("ولد", "s/o") starts another."""
    run: list[tuple[int, int]] = []
    for w in re.finditer(r"\S+", value):
        word = w.group()
        if not run and word in ("Late", "late", "Lt.", "Marhum", "marhum", "feu", "Feu"):
            continue  # "S/o Late Shiv Narayan": the father's death, not his name
        if word.lower() in _WORLD_NAME_JOINS:
            if run:
                yield run
            run = []
            continue
        if run and word in ("様", "さん", "氏", "殿", "씨", "님", "Hanım", "Bey"):
            break  # seventeenth round: an honorific after the name ("山本 太郎 様")
        if len(word) > 2 and word.endswith(".") and not word.endswith(".."):
            word = word[:-1]  # a sentence's full stop, not an initial's
        m = _WORLD_NAME_WORD.fullmatch(word)
        if m and starts_lower(word) and not (run and word in _WORLD_NAME_PARTICLES):
            return  # the value goes on in small letters: a sentence ("Patient: Alert and oriented")
        if not m or len(run) == 4:
            break
        run.append((offset + w.start(), offset + w.start() + len(word)))
    if run:
        yield run


def _world_name_ok(words: list[str]) -> bool:
    d = dictionaries()
    first = words[0].rstrip(".")
    if (first in d.common and not d.is_person_name(first)) or first in d.regions:
        return False
    if len(words) == 1 and (first.isupper() and first.isascii() and len(first) <= 4 or len(first) < 2):
        return False  # "ED", "ICU": a service, not a person
    for word in words:
        low = word.lower().rstrip(".")
        if (low in _CLINICAL_LABELS or low in _DEPARTMENT_WORDS or low in _DOCUMENT_WORDS or low in _LABEL_NOT_NAME
                or low in _WORLD_PERSON_LABELS or _month_kind(low) or low in d.weekdays):
            return False
    return True


_TOWN_AND_CODE = re.compile(rf"[ \t]*[^\W\d_](?:[^\W\d_'’-]|{_MARK})*[ \t]+\d{{4,6}}[ \t]*")  # "Pakse 7497", "თბილისი 0179", "सातारा 415001"


def _world_address_value(text: str, start: int):
    """An address field's value: its first part and the parts after it that hold a number
    ("Mtaa wa Sokoine, Nyumba Na. 12"), when a number is in it; the town after stays the town's."""
    end = _WORLD_ADDRESS_END.search(text, start, min(len(text), start + 90))
    stop = end.start() if end else min(len(text), start + 90)
    parts = re.split(r"([,،])", text[start:stop])
    if len(parts) > 2 and re.fullmatch(r"[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]{1,3}\.)?[ \t]*", parts[0]) and re.search(r"\d", parts[2]):
        # "Samarqand sh., Amir Temur ko'chasi 27-uy": the town first ("sh.", "g.", "г."), then the street
        start += len(parts[0]) + len(parts[1]) + len(parts[2]) - len(parts[2].lstrip())
        parts = [parts[2].lstrip(), *parts[3:]]
    value, first = parts[0], 2
    if len(parts) > 2 and re.fullmatch(r"[ \t]*\d{1,5}[ \t]*", value) and not re.search(r"\d", parts[2]):
        value, first = value + parts[1] + parts[2], 4  # seventeenth round: "१४, स्टेशन रोड": the house's number, then its street
    for i in range(first, len(parts), 2):
        if (not re.search(r"\d", parts[i]) or len(parts[i].split()) > 4 or re.match(r"[ \t]*\d{3}", parts[i])
                or _TOWN_AND_CODE.fullmatch(parts[i])):
            break  # (a part that starts or ends with a postcode: the town's line)
        value += parts[i - 1] + parts[i]
    value = value.rstrip()
    if (not re.search(r"\d", value) or len(value.split()) > 8 or re.match(r"\d{4,}[ \t]+[^\W\d_]", value)
            or _TOWN_AND_CODE.fullmatch(value)
            or _CJK_CHAR.search(value)  # (a Chinese or Japanese address: the older rules' parts)
            or any(value.startswith(city) for city in dictionaries().cities_by_first.get(value.split()[0], ())) or not re.search(rf"[^\W\d_](?:{_MARK})*[^\W\d_]", value)
            or any(_pressure_like(m) for m in _PRESSURE.finditer(value)) or re.search(r"\d[.,]\d", value)):
        return
    # (confidence 0.5: it yields to any other finding, the older rules' finer spans)
    yield _finding(text, "address", start, start + len(value), 0.5, "an address after an address's label (any language)")
    # twentieth round (fresh35): the town after the street and a comma, where the value ends
    # ("Bydliště: Pražská 156, Humpolec.", "Adresa: Ilica 12, Gospić")
    town = _TOWN_ENDS_ADDRESS_20.match(text, start + len(value), stop)
    if town and _town_ok(town.group("t")):
        yield _finding(text, "place", town.start("t"), town.end("t"), 0.7, "a town after an address's street (any language)")


_HOUSE_NUMBER_FIRST = re.compile(r"[ \t]*\d{1,5}[A-Za-z]?,?[ \t]+[^\W\d_]")
_TOWN_ENDS_ADDRESS_20 = re.compile(r",[ \t]*(?P<t>[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁЀ-ЏҐ][a-zß-ÿā-ſа-яёѐ-џґ'’-]+(?:[ \t-][A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁЀ-ЏҐ]"
                                   r"[a-zß-ÿā-ſа-яёѐ-џґ'’-]+)?)[ \t]*\.?[ \t]*\Z")


def _world_place_value(text: str, start: int):
    """A place field's value: capitalised words (or of a script without case), up to three, not a
    region (Safe Harbor keeps states and countries) nor a clinical word."""
    if _HOUSE_NUMBER_FIRST.match(text, start):
        # nineteenth round (fresh31): "Domicile : 414 Fisher", "Wohnort: 12 Molo": a dwelling
        yield from _world_address_value(text, start)
        return
    end = _WORLD_VALUE_END.search(text, start, min(len(text), start + 60))
    stop = end.start() if end else min(len(text), start + 60)
    for run in _world_name_words(text[start:stop], start):
        words = [text[a:b].rstrip(".") for a, b in run[:3]]
        name = " ".join(words)
        d = dictionaries()
        if (name in d.regions or len(words[0]) <= 3 and text.startswith(".", run[0][1]) or words[0] in d.common and not d.cities_by_first.get(words[0])
                or any(w.lower() in _CLINICAL_LABELS or w.lower() in _DEPARTMENT_WORDS for w in words)
                or words[0].isupper() and len(words[0]) <= 4 and len(words) == 1 and words[0].isascii()):
            return
        if re.match(r"[ \t]*\d", text[run[-1][1]:run[-1][1] + 4]):
            yield from _world_address_value(text, start)
            return  # "Bydliště: Masarykova 31": a street and its number (an address's)
        yield _finding(text, "place", run[0][0], run[0][0] + len(name), 0.8, "a place after a place's label (any language)")
        return


_WORLD_INVERTED = re.compile(r",[ \t]*((?-i:[A-Z\u00c0-\u00de][\w'’-]+)(?:[ \t]+(?-i:[A-Z]\.?|[A-Z\u00c0-\u00de][\w'’-]+)){0,2})"
                             r"(?=[ \t]*(?:$|\n|[|;(]|[ \t]{2}|(?<=\w)\.?(?:[ \t]{2}|\n|$)|(?<![A-Z])\.[ \t]))")


def _world_name_labels(text: str):
    if ":" not in text and "：" not in text and "՝" not in text:
        return
    for sep in _WORLD_LABEL_AT.finditer(text):
        label = _WORLD_LABEL_BEFORE.search(text, max(0, sep.start() - 38), sep.start())
        word = label.group("l").strip().lower().rstrip(".") if label else ""
        if (" " in word and word not in _WORLD_PERSON_LABELS and word not in _WORLD_PLACE_LABELS
                and word not in _WORLD_ADDRESS_LABELS and not _LATIN_ONLY.search(word)):
            word = word.rsplit(None, 1)[1]  # seventeenth round: "خلاصه پرونده بیمار": the heading's last word
        if word in _WORLD_PLACE_LABELS:
            yield from _world_place_value(text, sep.end())
            continue
        if word in _WORLD_ADDRESS_LABELS:
            found = list(_world_address_value(text, sep.end()))
            # (twentieth round: an address's label with a town alone after it, "ලිපිනය: කුලියාපිටිය")
            yield from found or _world_place_value(text, sep.end())
            continue
        if word not in _WORLD_PERSON_LABELS:
            continue
        start = sep.end()
        title = _WORLD_TITLE.match(text, start)
        if title:
            start = title.end()
        end = _WORLD_VALUE_END.search(text, start, min(len(text), start + 80))
        stop = end.start() if end else min(len(text), start + 80)
        value = text[start:stop]
        # "Tamm, Rein", "QUISPE MAMANI, Ximena", "Kealoha, Leilani K.": a surname, a comma and a
        # given name, the field's whole value
        inverted = end and text[end.start()] == "," and _WORLD_INVERTED.match(text, end.start())
        surname = value.split()
        if inverted and (len(surname) == 1 and surname[0][:1].isupper() and not inverted.group(1).split()[0].isupper()
                         or 0 < len(surname) <= 2 and all(w.isupper() for w in surname)):
            stop = inverted.end()
            if _world_name_ok(value.split() + inverted.group(1).split()):
                yield _finding(text, "name", start, stop, 0.85, "a name after a person's label (any language)")
            continue
        for run in _world_name_words(value, start):
            words = [text[a:b] for a, b in run]
            if _world_name_ok(words):
                yield _finding(text, "name", run[0][0], run[-1][1], 0.85, "a name after a person's label (any language)")


# A postcode after the words for one in many languages ("Pochta indeksi: 409", "Msimbo wa posta
# 0737", "Kaody paositra 57253", "Póstnúmer 693", "Postinumero 700", "邮编 FO-651").
_WORLD_POSTCODE_WORDS = sorted({
        "pochta indeksi", "indeks", "msimbo wa posta", "sanduku la posta", "kaody paositra", "póstnúmer",
        "postinumero", "postnummer", "postnr", "postleitzahl", "plz", "code postal", "código postal",
        "codigo postal", "cód. postal", "kode pos", "poskod", "postkode", "postal code", "post code",
        "pincode", "pin code", "почтовый индекс", "индекс", "поштовий індекс", "საფოსტო ინდექსი",
        "ინდექსი", "փոստային ինդեքս", "ինդեքս", "irányítószám", "pašto kodas", "pasta indekss",
        "postiindeks", "poštanski broj", "kod pocztowy", "cod poștal", "cod postal", "posta kodu",
        "mã bưu chính", "mã bưu điện", "รหัสไปรษณีย์", "الرمز البريدي", "کد پستی", "ταχυδρομικός κώδικας",
        "τ.κ", "t.k", "cap", "c.p", "cp", "ikhodi yeposi", "khoutu ya poso", "aho atuye",
        "postkoade", "postcode", "psč", "poštovní směrovací číslo", "کدپستی", "indekss",
        # twenty-first round (fresh40): Maltese, Italian in full, Faroese, Azerbaijani, the South Slavic Cyrillic
        "kodiċi postali", "kodici postali", "codice postale", "postnummar", "poçt indeksi", "poçt kodu",
        "поштенски број", "пощенски код", "поштански број",
})
# (speed: the words, lower-case, found in the lower-cased text, with the vehicles' words below;
# the value read in the text)
# (seventeenth round: Poland's "42-295" and the Netherlands' "8289 GP" too)
_WORLD_POSTCODE_VALUE = re.compile(r"\.?[ \t]*[:=]?[ \t]*(?:№|N°|No\.?)?[ \t]*"
                                   r"(?P<v>[A-Z]{1,2}-\d{3,5}|\d{4}[ ]?[A-Z]{2}(?![A-Za-z])|\d{2}-\d{3}|\d{3,6}(?:[ -]\d{2,3})?)(?![\w/.,:-]\d|[\w/])")
_TOWN_AFTER_WORLD_POSTCODE = re.compile(rf",?[ \t]+(?P<t>{p._TOWN_WORDS}){p._TOWN_END}")
_WORLD_POSTCODE_CJK = re.compile(r"(?:邮编|邮政编码|郵遞區號|郵便番号|우편번호)[ \t]*[:：]?[ \t]*(?P<v>[A-Z]{1,2}-\d{3,5}|〒?\d{3}-?\d{3,4}|\d{3,6})(?!\d)")
# (twenty-first round, fresh41: a postcode written first in an address, before its county or city,
# "地址：973花蓮縣…", "住址：100台北市…")
_CJK_ADDRESS_POSTCODE = re.compile(r"(?:地址|住址)[ \t]*[:：]?[ \t]*(?P<v>\d{3}(?:\d{2,3})?)(?=[\u4e00-\u9fff])")


def _world_postcodes(text: str):
    if not text.isascii():
        found = _CJK_ADDRESS_POSTCODE.finditer(text) if "地址" in text or "住址" in text else ()
        for m in itertools.chain(_WORLD_POSTCODE_CJK.finditer(text), found):
            yield _finding(text, "zip", m.start("v"), m.end("v"), 0.85, "a postcode after its word (any language)")


# A vehicle's plate after the vehicle's or the plate's word in many languages: "Bajaji 7921 TCW",
# "Plaque N° RAT 407 S", "Moto : MC 765 MLG", "车牌号: № P-699PEF", "Bílnúmer KRZ-186", "bíll RX 418".
_WORLD_VEHICLE_WORDS = sorted({
        "bajaji", "bajaj", "pikipiki", "gari", "boda", "bodaboda", "moto", "motorbike", "motorcycle", "plaque",
        "immatriculation", "matrícula", "matricula", "placa", "targa", "kennzeichen", "nummernschild",
        "nummerplade", "registreringsnummer", "regnr", "bílnúmer", "bíll", "rekisteri", "rekisterinumero",
        "rekisterikilpi", "numberplate", "number plate", "licence plate", "license plate", "plate",
        "госномер", "номерной знак", "plaka", "nomor polisi", "plat nomor", "biển số", "xe máy",
        "kenteken", "tablica", "rendszám", "numărul de înmatriculare", "regjistrimi", "tuk-tuk", "keke", "okada",
        "matatu", "imodoka", "ipikipiki", "fiara", "moto taxi", "mototaxi", "taxi-moto",
        # fifteenth round (fresh19, fresh20): the vehicle's own noun in many languages, with a
        # plate right after it or after one or two lower-case words ("carrinha 8264 T4",
        # "ambulancia privada ST 360-VZ", "Targa del motorino: CB 6256 AX", "Bil KLM 48F")
        "carrinha", "carro", "viatura", "camião", "camioneta", "coche", "ambulancia", "ambulância",
        "ambulance", "véhicule", "voiture", "camion", "camionnette", "taxi-brousse", "taxi", "pick-up",
        "pickup", "truck", "lorry", "minibus", "motorino", "automobil", "automobile", "bil", "bilen",
        "kamper", "camper", "fahrzeug", "pkw", "lkw", "samochód", "vozilo", "araba", "kendaraan",
        "автомобил", "автомобиль", "машина", "кола", "nommerplaat", "nommerbord", "registarska oznaka",
        "reg. oznaka", "рег. таблица", "регистарска таблица", "регистрационен номер", "рег. номер",
        # seventeenth round (fresh23-26): Dutch and Flemish, Turkish in the possessive ("aracın
        # plakası"), Thai, Chile's and Argentina's words for the plate, and three-wheelers
        "nummerplaat", "nummerbord", "plakası", "plakasi", "ป้ายทะเบียน", "ทะเบียนรถ", "patente",
        "tricycle", "trike", "rickshaw", "auto-rickshaw", "spz", "ečv", "numer rejestracyjny", "nr rej",
        "regnummer", "registreringsskylt", "kjennemerke", "rekisteritunnus", "nombor pendaftaran", "placas",
        "skráningarnúmer", "reg. oznake", "registarske oznake",
        # eighteenth round: a plate after "plated" and more vehicles' nouns (Italian, French, Spanish,
        # Romanian, Hungarian, Greek, Serbian, Finnish, Haitian Creole, Mongolian, Chinese, English)
        "targata", "targato", "immatriculé", "immatriculée", "immatriculado", "matriculado", "furgoneta",
        "todoterreno", "turismo", "tractor", "tracteur", "trattore", "traktor", "auto", "mașina", "mașinii",
        "kocsi", "kocsija", "kocsiját", "αυτοκίνητο", "αγροτικό", "возило", "возила", "moottorikelkka",
        "moottoripyörä", "taksi", "улсын дугаар", "車牌", "车牌", "snowmobile", "quad", "ute", "van",
        # twentieth round (fresh35): the car's noun inflected, as the Slavic and Baltic languages,
        # Hungarian, Catalan and Basque write it after a verb ("automobiliu KLM 412", "Автомобіль 8652 WVX")
        "автомобіль", "автомобіля", "автомобілем", "авто", "машиною", "automobilis", "automobiliu", "automobilio",
        "automobilom", "automobilem", "automobila", "samochodem", "samochodu", "autem", "autom",
        "autó", "autóval", "autója", "cotxe", "furgó", "autoa", "ibilgailua", "auto-a",
        # twenty-first round (fresh41, fresh42): German's genitive and its two-wheelers ("Lenker des
        # Fahrzeugs MM-75-23"), a boat's noun where boats carry a district's letters and a number
        # (Faroese, Icelandic, Nordic, "Báturin KG 412"), and a vehicle left by its verb ("parked MM-78-25")
        "fahrzeugs", "fahrzeuges", "wagens", "motorrad", "motorrads", "mofa", "moped", "mopeds", "roller",
        "báturin", "bátur", "báturinn", "båten", "båt", "båden", "bateau", "barco", "boot", "parked",
})
# Fifteenth round (fresh19, fresh20): a locality or a health facility named by its kind, in
# many languages, with its capitalised name after it: a village, a neighbourhood, a commune
# ("quartier Serowe", "barrio Ncolombong", "aldeia de Xitole", "kijiji cha Mwembe", "köy Yeşilyurt",
# "село Бояна"); a health post, a health centre, a district hospital ("Centro de Saúde de Gabú",
# "Posto de Saúde Bula", "HOSPITAL REGIONAL DE BATA", "Dom zdravlja Karlovac", "CSI Mirriah",
# "CHU de Cayenne"); a Nordic hospital named in the genitive before it ("Östersunds sjukhus").
# English's own words are the older rules'. The name is not an everyday word, a service, a
# region, a clinical label ("Hôpital de Jour", "Centre de Santé Mentale").
_LOCALITY_WORDS = (
    "quartier", "quartiers", "barrio", "bairro", "aldeia", "povoado", "vila", "commune", "kijiji",
    "colonia", "vereda", "corregimiento", "caserío", "caserio", "localidad", "localité", "hameau",
    "lieu-dit", "frazione", "località", "contrada", "dorf", "ortsteil", "gemeente", "dorp", "landsby",
    "kylä", "wieś", "osiedle", "dzielnica", "naselje", "selo", "село", "деревня", "посёлок", "поселок",
    "аул", "köy", "köyü", "mahalle", "mahallesi", "desa", "dusun", "kampung", "kampong", "barangay",
    "sitio", "purok", "xã", "thôn", "ấp", "tambon", "woreda", "kebele", "gaon", "chiefdom", "cartier",
    "falu", "küla", "kaimas", "ciems", "zaselak", "secteur", "cellule", "umudugudu", "fokontany", "bourg",
    "bidonville", "cité", "favela", "comunidade", "comunidad", "ejido", "aldea", "pueblo", "vilarejo",
    # nineteenth round (fresh33): a village's word inflected or with its article, as the name follows it
    # in Macedonian, Serbian, Russian, Tajik, Uzbek, Albanian ("од селото Карбинци", "сокини деҳаи
    # Ёқубҷон", "nga fshati Voskop", "we wsi Kębłowo")
    "селото", "селу", "села", "селе", "деревни", "деревне", "посёлка", "поселка", "деҳа", "деҳаи", "қишлоқи",
    "qishlog'i", "fshati", "fshatit", "fshatin", "wsi",
    # nineteenth round (fresh31): Belarusian's village and settlement ("з вёскі Лахва")
    "вёска", "вёскі", "вёсцы", "вёску", "сяло", "сяла", "сяле", "пасёлак", "пасёлка", "пасёлку",
    # twentieth round (fresh35): the same in Ukrainian, Czech, Slovak and the Latin-script South
    # Slavic languages ("в селі Криворівня", "v obci Hindman", "iz sela Kompolje")
    "селі", "селище", "селища", "селищі", "хутір", "хутора", "хуторі", "obec", "obci", "vesnice", "vesnici",
    "osada", "osady", "osadě", "dedina", "dediny", "dedine", "sela", "selu", "zaselka", "zaseoku",
)
_FACILITY_WORDS = (
    "centre de santé", "centre de sante", "centro de saúde", "centro de saude", "centro de salud", "posto de saúde",
    "posto de saude", "puesto de salud", "poste de santé", "poste de sante", "case de santé", "dispensaire",
    "hôpital", "hopital", "hospital", "centre hospitalier", "centro hospitalar", "clinique", "clínica",
    "kliniek", "ziekenhuis", "sykehus", "sjukhus", "sygehus", "krankenhaus", "ospedale", "szpital",
    "nemocnice", "nemocnica", "bolnica", "bolnišnica", "болница", "больница", "лікарня", "hastane",
    "hastanesi", "rumah sakit", "puskesmas", "ambulanta", "ambulatorio", "ambulatório", "dom zdravlja",
    "zdravstveni dom", "poliklinika", "поликлиника", "дом здравља", "клинички центар", "kórház",
    "sairaala", "spital", "spitalul", "dispensário", "dispensario", "maternité", "maternidade",
    "maternidad", "zahanati", "kituo cha afya", "hospitali",
    # seventeenth round: Nordic hospitals named kind first, in the definite ("Regionshospitalet Herning")
    "regionshospitalet", "hospitalet", "sygehuset", "sykehuset", "sjukhuset", "lasarettet",
    # and French hospitals in the plural, Brazil's charity hospitals ("Hôpitaux Civils de Colmar",
    # "Santa Casa de Diamantina")
    "hôpitaux", "hopitaux", "santa casa",
    # eighteenth round: Norwegian and Icelandic hospitals and clinics named kind first ("Klinikk
    # Kirkenes", "Heilbrigðisstofnun Vestfjarða", "Sjúkrahúsið á Akureyri")
    "klinikk", "heilbrigðisstofnun", "sjúkrahúsið", "sjúkrahús",
)
_FACILITY_SET = frozenset(_FACILITY_WORDS)
_FACILITY_KIND_WORDS = frozenset(w for kind in _FACILITY_WORDS for w in kind.split()) | {"centre", "centro", "center"}
_LOCALITY_SET = frozenset(_LOCALITY_WORDS) | _FACILITY_SET
# (and a known city after a preposition of place of another language than English: "Flyttet fra
# Telde", "aus Bochum", "desde Rosario", "из Tashkent"; not "de", "a", "in", "from": too common;
# English's are the older rules', with their verbs)
_PLACE_PREPOSITIONS = word_set("fra från aus uit naar nach à au em na no desde hacia iz из в во dalla dal dari "
                               "kutoka huko till til vers depuis hasta para")
_WORLD_VEHICLE_SET = frozenset(_WORLD_VEHICLE_WORDS)
_WORLD_POSTCODE_SET = frozenset(_WORLD_POSTCODE_WORDS)
_WORLD_KEYWORD_AT = re.compile(r"(?<!\w)" + _word_trie(sorted(_WORLD_VEHICLE_SET | _WORLD_POSTCODE_SET | _LOCALITY_SET
                                                          | _PLACE_PREPOSITIONS), boundary=False)
                                + r"(?!\w)")
_WORLD_KEYWORD_AT_ANY_CASE = re.compile(_WORLD_KEYWORD_AT.pattern, re.IGNORECASE)
# (seventeenth round: the full-width colon, "n°", Czech "č.", a dot inside: "Targa：05R-077.24")
_WORLD_VEHICLE_VALUE = re.compile(r"(?:[ \t]*(?:[:：=>\]|(-]|N°|n°|№|No\.?|nº|č\.|#)[ \t]*)*[ \t]*"
    r"(?P<v>(?:[A-Z]{1,3}|\d{1,4})(?:(?:[ ·-]|\.(?=\d))?(?:[A-Z]{1,3}|\d{1,5})){0,3})(?![\w·-]|\.\d)")
# (seventeenth round, fresh26: the word alone on its line, the plate on the next: "Plaque\n    53 VV 471")
_WORLD_VEHICLE_NEXT_LINE = re.compile(r"[ \t]*[:：]?[ \t]*\n[ \t]*(?P<v>(?:[A-Z]{1,3}|\d{1,4})(?:[ ·-]?(?:[A-Z]{1,3}|\d{1,5})){1,3})"
                                      r"(?![\w·-])")
_WORLD_VEHICLE_CJK = re.compile(r"(?:车牌号|车牌|車牌號碼|車牌|ナンバー|차량번호)[ \t]*[:：]?[ \t]*(?:№[ \t]*)?"
                                r"(?P<v>[\u4e00-\u9fff]?[A-Z][·.-]?[A-Z0-9]{4,6}|[A-Z]-?\d{3}[A-Z]{3})(?![\w])")
# fifteenth round (fresh19, fresh20): one or two lower-case words, "br."/"(nr)", between the word
# and the plate; plates in Cyrillic letters too ("РВ 7741 КН")
_WORLD_VEHICLE_GAP_VALUE = re.compile(
    r"(?P<gap>(?:[ \t]+(?:[a-zà-ÿа-я]+|\(n[ro]\)|br\.|nr\.?|no\.)){0,2})(?:[ \t]*(?:[:=>\]|-]|N°|№|nº|#)[ \t]*)*[ \t]+"
    r"(?P<v>(?:[A-ZАВЕКМНОРСТУХ]{1,3}|\d{1,4})(?:[ ·-]?(?:[A-ZАВЕКМНОРСТУХ]{1,3}|\d{1,5})){1,3})(?![\w·-])")
_NUMBER_MARKS = frozenset({"(nr)", "(no)", "br.", "nr", "nr.", "no."})
_WORLD_PLATE_BEFORE_BRACKET = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<v>(?:[A-Z]{1,3}|\d{1,4})(?:[ ·-]?(?:[A-Z]{1,3}|\d{1,5})){1,3})"
                                         r"[ \t]*[\[(]\Z")
_PLATE_NOT = re.compile(r"\d+[ \t]?(?:CC|KM|KG|MG|ML|HP|KW|V|A|H|MIN)|[A-Z]{2,3}", re.IGNORECASE)


def _world_plates(text: str):
    """Plates after a vehicle's word and postcodes after a postcode's word (one pass over the
    words of both, lower-case, in the lower-cased text)."""
    rx, searched = _lowered(_WORLD_KEYWORD_AT_ANY_CASE, _WORLD_KEYWORD_AT, text)
    for k in rx.finditer(searched):
        word = k.group().lower()
        if word in _LOCALITY_SET:  # fifteenth round: one pass for the localities' words too
            yield from _locality_after(text, k)
            continue
        if word in _PLACE_PREPOSITIONS:
            if text[k.start()].islower():
                yield from _city_after_preposition(text, k.end())
            continue
        if k.group() in _WORLD_POSTCODE_SET:
            m = _WORLD_POSTCODE_VALUE.match(text, k.end())
            if m:
                yield _finding(text, "zip", m.start("v"), m.end("v"), 0.85, "a postcode after its word (any language)")
                # fifteenth round (fresh19, fresh20): the town after the postcode and a comma
                # ("Postal code 97693, Musina", "Poštanski broj 4430, Oranjestad", "CAP 97122, Grenville")
                town = _TOWN_AFTER_WORLD_POSTCODE.match(text, m.end("v"))
                if town and _a_town(text, town, after_code=True):
                    yield _finding(text, "place", town.start("t"), town.end("t"), 0.7, "a town after its postcode")
            if k.group() not in _WORLD_VEHICLE_SET:
                continue
        m = _WORLD_VEHICLE_VALUE.match(text, k.end())
        if not m or not any(c.isdigit() for c in m.group("v")):
            gap = _WORLD_VEHICLE_GAP_VALUE.match(text, k.end())
            if gap and (all(w in _NUMBER_MARKS for w in gap.group("gap").split())
                        or sum(c.isdigit() for c in gap.group("v")) >= 3):
                m = gap
        if m and m.group("v").split()[0].lower() in _CLINICAL_LABELS and not _LETTERS_AFTER_DIGITS.search(m.group("v")):
            continue  # "ambulance: GCS 14" (seventeenth round: not "BG 812-LM", "CA 9501 BA": letters after the number)
        if not m and _line_start(text, k.start()):
            m = _WORLD_VEHICLE_NEXT_LINE.match(text, k.end())  # seventeenth round: "Plaque\n    53 VV 471"
            if m and sum(c.isalnum() for c in m.group("v")) < 5:
                m = None  # (not "HB 12" on the line after a heading)
        if not m:
            m = _PLATE_BEFORE_WORD.search(text, max(0, k.start() - 40), k.start())  # "46-PX-49 is on file as the nummerplaat"
            if m and m.group("v").split()[0].lower() in _CLINICAL_LABELS:
                continue  # "HR 110 - moto accident"
        if not m and k.start() and text[k.start() - 1] in "[(":
            # "01 P 595 VL [Moto, verified]": a line's plate, then its vehicle's word in brackets
            m = _WORLD_PLATE_BEFORE_BRACKET.search(text, max(0, k.start() - 20), k.start())
            if m and m.group("v").split()[0].lower() in _CLINICAL_LABELS:
                continue
        if not m:
            continue
        value = m.group("v")
        letters = sum(c.isalpha() for c in value)
        digits = sum(c.isdigit() for c in value)
        if letters and digits and 4 <= letters + digits <= 10 and not _PLATE_NOT.fullmatch(value):
            yield _finding(text, "vehicle", m.start("v"), m.end("v"), 0.85, "a plate after a vehicle's word (any language)")
    if not text.isascii():
        for m in _WORLD_VEHICLE_CJK.finditer(text):
            yield _finding(text, "vehicle", m.start("v"), m.end("v"), 0.85, "a plate after a vehicle's word (any language)")
        yield from _plates_of_shape(text)


_LETTERS_AFTER_DIGITS = re.compile(r"\d[ ·-]?[A-Z]")


def _line_start(text: str, start: int) -> bool:
    """Only blanks, a table's bar or a bracket before `start` on its line."""
    return not text[text.rfind("\n", 0, start) + 1:start].strip(" \t|[(")


# Seventeenth round (fresh23, fresh25): a plate before its word, joined by "=", a dash, a bracket or
# "is (on file) as the" ("1-WUN-257 is on file as the matrícula", "DBB4Z67 = 车牌"); and a Japanese
# plate, a shape of its own with or without a word: the office's name, the class number, one kana
# and the serial ("沖縄 527 わ 28-69", "旭川500あ54-91").
_PLATE_SHAPE = r"(?<![\w·.-])(?P<v>(?:[A-Z]{1,3}|\d{1,4})(?:[ ·-]?(?:[A-Z]{1,3}|\d{1,5})){1,3})"
_PLATE_JOIN = (r"(?:[ \t]*(?:=|[-–—])[ \t]*|[ \t]+(?:is|stands)[ \t]+(?:on[ \t]+file[ \t]+|recorded[ \t]+|registered[ \t]+|listed[ \t]+)?"
               r"as[ \t]+(?:(?:the|her|his|their)[ \t]+)?)")
_PLATE_BEFORE_WORD = re.compile(_PLATE_SHAPE + _PLATE_JOIN + r"\Z")
_JAPANESE_PLATE = re.compile(
    r"[\u4e00-\u9fff](?<![\u4e00-\u9fff]{5})[\u4e00-\u9fff]{0,3}[ \t\u3000]?\d{1,3}[ \t\u3000]?[\u3041-\u3096][ \t\u3000]?"
    r"(?:\d{1,2}-\d{2}|[・･]{1,3}\d{1,3})(?!\d)")
_HIRAGANA = re.compile(r"[\u3041-\u3096]")
_CJK_PLATE_WORDS = ("车牌", "車牌", "ナンバー", "차량번호")
_PLATE_BEFORE_CJK_WORD = re.compile(rf"{_PLATE_SHAPE}{_PLATE_JOIN}(?:车牌号|车牌|車牌號碼|車牌|ナンバー|차량번호)")


def _plates_of_shape(text: str):
    for m in (_JAPANESE_PLATE.finditer(text) if _HIRAGANA.search(text) else ()):
        yield _finding(text, "vehicle", m.start(), m.end(), 0.85, "a Japanese plate")
    for m in (_PLATE_BEFORE_CJK_WORD.finditer(text) if p.holds(text, _CJK_PLATE_WORDS) else ()):
        if _plate_value_ok(m.group("v")):
            yield _finding(text, "vehicle", m.start("v"), m.end("v"), 0.85, "a plate before a vehicle's word (any language)")


def _plate_value_ok(value: str) -> bool:
    letters = sum(c.isalpha() for c in value)
    digits = sum(c.isdigit() for c in value)
    return bool(letters and digits and 4 <= letters + digits <= 10 and not _PLATE_NOT.fullmatch(value))


# A city written in its own script, from CLDR's time-zone exemplar cities ("თბილისი", "اللاذقية",
# "Ереван"): a cased script's word capitalised.
_NON_LATIN_WORDS = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]"
                              r"[^\W\d_A-Za-z]*(?:[ -][^\W\d_A-Za-z][^\W\d_A-Za-z]*){0,2}")


_CODE_AFTER_NATIVE_CITY = re.compile(r"[ \t,]+(?P<z>\d{4,6})(?=[ \t]*(?:$|\n|[.,;|]))")
# A Chinese name after a relative's or a role's word ("女兒陳淑芬", "家长张伟", "单位联系人 王芳"): a
# common surname and one or two characters, then no other Han character
_HAN_SURNAMES = "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯"
_HAN_RELATION_NAME = re.compile(
    r"(?:女儿|女兒|儿子|兒子|家长|家長|联系人|聯絡人|聯繫人|丈夫|妻子|太太|母亲|母親|父亲|父親|妈妈|媽媽|爸爸|孙女|孫女|孙子|孫子|"
    r"儿媳|兒媳|女婿|哥哥|姐姐|弟弟|妹妹|监护人|監護人|护工|護工|照顾者|照顧者|配偶|家属|家屬|亲属|親屬|陪护|陪護)[ \t:：]*"
    rf"(?P<v>[{_HAN_SURNAMES}][\u4e00-\u9fff]{{1,2}})(?![\u4e00-\u9fff])")


def _han_relation_names(text: str):
    for m in _HAN_RELATION_NAME.finditer(text):
        yield _finding(text, "name", m.start("v"), m.end("v"), 0.85, "a Chinese name after a relative's word (any language)")


def _native_cities(text: str):
    if text.isascii():
        return
    yield from _han_relation_names(text)
    cities = dictionaries().native_cities
    for m in _NON_LATIN_WORDS.finditer(text):
        words = m.group().split(" ")
        at = m.start()
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                name = " ".join(words[i:j])
                # (nineteenth round: not a field's label, Pashto's "name" before its colon, "د ناروغ نوم:")
                if name in cities and not starts_lower(name) and not text.startswith((":", "："), at + len(name)):
                    yield _finding(text, "place", at, at + len(name), 0.8, "a city's name in its own script")
                    code = _CODE_AFTER_NATIVE_CITY.match(text, at + len(name))
                    if code:  # "თბილისი 0179": the town's postcode
                        yield _finding(text, "zip", code.start("z"), code.end("z"), 0.8, "a postcode after a town (any language)")
                    at += len(name) + 1
                    i = j
                    break
            else:
                at += len(words[i]) + 1
                i += 1


_FACILITY_ACRONYM = re.compile(r"(?<![\w-])(?:CHU|CHR|CHRU|CHD|CHI|CHM|CSI|CSPS|CSCom|CSB|CMA|CSR|PMI|CMS|UBS|USF|HGR|HD|"
                               # seventeenth round: the Philippines' rural health units and barangay health
                               # stations, Ghana's community health compounds ("RHU Pagudpud", "CHPS Tsito")
                               r"RHU|BHS|CHPS|AZ|UZ)"  # (Belgium's general and university hospitals: "AZ Delta")
                               r"(?=[ \t]+(?:de[ \t]+|d['’])?[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ])")
# (speed: from the acronyms' first letters; the look-behind first was tried at every position)
_FACILITY_ACRONYM_FIRST = _first_char(_FACILITY_ACRONYM, "ABCHPRU")
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿА-ЯЁЂ-Џ"
_LOCALITY_NAME = re.compile(
    rf"(?P<q>(?:[ \t]+(?i:de|del|de[ \t]+la|des|du|di|do|da|dos|das|d['’]|of|cha|ya|wa|la|le|el|"
    rf"regional|régional|district|de[ \t]+district|distrital|général|general|universitaire|universitario|"
    rf"universitário|provincial|préfectoral|municipal|rural|urbano|urbain|communautaire|comunitário|"
    rf"comunitario|zonal|sud|nord|est|ouest))*)[ \t]*"
    rf"(?P<n>[{_UPPER}][^\W\d_]+(?:['’-][^\W\d_]+)*(?:[ \t]+(?:(?:de|del|di|do|da|du|la|le)[ \t]+)?"
    rf"[{_UPPER}][^\W\d_]+(?:['’-][^\W\d_]+)*){{0,2}})")
_LOWER_COMPLEMENT = re.compile(r"[ \t]*(?:d['’]|(?:de|du|des|da|do|di|of|et|e|y|and)[ \t]+(?:l['’]|la[ \t]+)?)[a-zà-ÿ]")
_NORDIC_HOSPITAL = re.compile(r"(?<![\w-])(?P<n>[A-ZÅÄÖÆØ][a-zåäöæø]+s)[ \t]+(?:[a-zåäöæø]*(?:sjukhus|sykehus|sjukehus|sygehus))(?:et)?\b")
_FACILITY_ADJECTIVES = word_set("""
mental mentale médica medica médico medico médicale medical infantil infantile materno-infantil pédiatrique
pediátrico pediátrica pediatrico psiquiátrico psiquiátrica psychiatrique universitaire universitario
universitária universitaria universitário central centrale général générale general geral regional régional
district distrital provincial municipal rural urbain urbaine urbano urbana familiar familiale comunitario
comunitária comunitaria communautaire privado privada privé privée public publique pública público militar
militaire naval civil nacional national nationale integrado integrada intégré básico básica sud nord est
ouest norte sur leste oeste este centro centre jour día dia nuit noche noite santé saúde salud sanitaire
reproductive sexuelle sexual dentaire dental oftalmológico ophtalmologique ortopédico orthopédique
""")


_NUMBER_WORDS = word_set("nr nro no núm num nº n° nummer número numero numer nomor номер nomer broj číslo cislo szám")


def _locality_name_ok(name: str, upper_kind: bool) -> bool:
    d = dictionaries()
    words = [w for w in name.split() if w[0].isupper()]
    if not words or words[0] in _HOSPITAL_NOT_A_NAME or name in d.regions:
        return False
    for w in words:
        if w.isupper() and len(w) > 1 and not upper_kind:
            return False
        plain = w.capitalize() if w.isupper() else w
        if plain.lower().rstrip(".") in _NUMBER_WORDS:
            return False  # nineteenth round (fresh31): "historia clínica Nr.": a record's number follows
        if (plain in d.common or plain.lower() in _FACILITY_ADJECTIVES or plain in _SERVICES or plain in _SERVICES_ROMANCE
                or plain.lower() in _CLINICAL_LABELS or plain in _NOT_A_TOWN or plain.lower() in EPONYM_NOUNS
                or plain in _DEPARTMENT_WORDS or plain in _COMPASS):
            return False
    return True


def _locality_after(text: str, k: re.Match):
    """The locality or the facility named after its kind's word `k` (found by _world_plates's
    pass over the lower-cased text)."""
    m = _LOCALITY_NAME.match(text, k.end())
    if not m or text[k.end():k.end() + 1] not in (" ", "\t"):
        return
    kind = text[k.start():k.end()]
    name = m.group("n")
    if _LOWER_COMPLEMENT.match(text, m.end("n")):
        return  # "Clinique de la Maison d'arrêt", "Centre de Santé de la Mère et de l'enfant"
    if name.isupper() and not kind.isupper():
        return
    if not _locality_name_ok(name, kind.isupper()):
        return
    facility = k.group().lower() in _FACILITY_SET
    start = k.start() if facility else m.start("n")
    yield _finding(text, "place", start, m.end("n"), 0.75,
                   "a health facility named by its kind" if facility else "a locality named by its kind")
    near = None if facility else _NEAR_AFTER_LOCALITY_19.match(text, m.end("n"))
    if near and _town_ok(near.group("t")):
        yield _finding(text, "place", near.start("t"), near.end("t"), 0.75, "a town near a locality (any language)")


def _world_localities(text: str):
    if "CH" in text or "CS" in text or "CM" in text or "PMI" in text or "UBS" in text or "USF" in text or "HGR" in text \
            or "HD " in text or "RHU" in text or "BHS" in text or "AZ " in text or "UZ " in text:
        for k in map(_Whole, _finditer_first(_FACILITY_ACRONYM_FIRST, text)):
            m = _LOCALITY_NAME.match(text, k.end())
            if m and _locality_name_ok(m.group("n"), False):
                yield _finding(text, "place", k.start(), m.end("n"), 0.75, "a health facility named by its kind")
    if "sjukhus" in text or "sykehus" in text or "sjukehus" in text or "sygehus" in text:
        for m in _NORDIC_HOSPITAL.finditer(text):
            if _locality_name_ok(m.group("n")[:-1], False) and m.group("n")[:-1] not in dictionaries().common:
                yield _finding(text, "place", m.start(), m.end(), 0.75, "a hospital named in the genitive")


_CITY_AFTER_PREPOSITION = re.compile(
    r"[ \t]+(?P<v>[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][^\W\d_]+(?:[ -][A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][^\W\d_]+)?)")


def _city_after_preposition(text: str, end: int):
    d = dictionaries()
    m = _CITY_AFTER_PREPOSITION.match(text, end)
    if m:
        town = m.group("v")
        first = town.split()[0].split("-")[0]
        if town not in d.cities_by_first.get(first, ()):
            town = first
            if town not in d.cities_by_first.get(first, ()):
                return
        if (town in d.common or first in d.common or d.is_person_name(first) or town in d.regions
                or _followed_by_thing(text, m.start("v") + len(town))):
            return
        yield _finding(text, "place", m.start("v"), m.start("v") + len(town), 0.7, "a city after a preposition of place")


# ---------------------------------------------------------------- sixteenth round (fresh21, fresh22)

# A rural route's box: the US highway-contract and rural routes ("HC 33 Box 273", "RR 2 Box 14",
# "Route 1 Box 88", "Star Route Box 12"): a dwelling's address with no street.
_BOX_NUMBER = re.compile(r"[ \t]Box[ \t]+\d{1,5}[A-Z]?\b")  # (speed: the box first, its route before it)
_ROUTE_BEFORE_BOX = re.compile(r"\b(?:HC|H\.C\.|RR|R\.R\.|Rural[ \t]+Route|Route|Rte|Star[ \t]+Route)"
                               r"(?:[ \t]+\d{1,4})?,?\Z")
# The town before a US state and its ZIP code ("Chinle, AZ 86503", "Belzoni, MS 39038-9104"), or
# before an Australian state and its postcode ("Tennant Creek NT 0860"): up to three capitalised
# words, the first not a document's or a street's word.
_STATE_POSTCODE = re.compile(r"\d(?<=[ \t]\d)\d{3}(?:\d(?:-\d{4})?)?(?![\w/-]|[.,]\d)")  # (speed: the code first)
_TOWN_STATE_BEFORE = re.compile(r"(?<![^ \t\n,:;(])(?P<t>[A-Z][a-z]+(?:[ \t-][A-Z][a-z]+){0,2})(?P<c>,?)[ \t]+"
                                r"(?P<s>[A-Z]{2,3})[ \t]+\Z")
_NOT_A_TOWN_WORD = word_set("Street St Road Rd Avenue Ave Drive Dr Lane Ln Way Court Ct Place Pl Box Route Highway "
                            "Hwy Boulevard Blvd Home Address Lives Living Patient Mail Mailing Born Clinic Hospital "
                            "Unit Suite Apt Floor Room Ward Bed The At In From To Of And Resident Residence")
# A UK postcode written without its space ("Lives in Batley, IV250TQ, with her cousin"): its area
# letters a UK postcode area's, after a comma or a colon, before the end of the value.
_UK_POSTCODE_UNSPACED = re.compile(rf"[,:][ \t](?P<v>(?:{p._UK_AREAS})\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{{2}})(?=[ \t]*(?:[,.;)\n]|$))")
# A household named by its surname ("Nowicki family known to the practice", "Message from the
# Lalara family"): a capitalised word no dictionary knows as a word, before "family" and a
# word a person's household takes (not a gene's or a protein's family: "the Src family kinases").
_FAMILY_WORD = re.compile(r"[ \t]family\b(?![ \t]+(?:history|histories|physician|doctor|medicine|practice|planning|"
                          r"therapy|court|cent(?:re|er)|services?|health|support|of|kinases?|proteins?|receptors?|"
                          r"genes?|domains?|members?[ \t]+of|clusters?|tree|meeting[ \t]+room)\b)")
_SURNAME_BEFORE_FAMILY = re.compile(r"(?:^|(?<=[\n.:;(])[ \t]*|(?<=\b[Tt]he[ \t]))(?P<n>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]*\Z",
                                    re.MULTILINE)
_HOUSEHOLD_NOT_A_NAME = word_set("Whole Extended Nuclear Host Foster Blended Birth Biological Adoptive Immediate "
                                 "Entire Same New Own Wider Close Large Small Single Two Both Each Every Any No This "
                                 "That Her His Their Our Your My Royal Holy Human Patient Patient's Gene Protein "
                                 "Muslim Jewish Christian Hindu Sikh Catholic Traveller Roma Farming Military Army "
                                 "Navy Care Social Kinship Step Grand Surrogate Receiving Sending Donor Index "
                                 "Affected Unaffected Another Mixed Local Rural Urban Poor Rich Whanau")

# A person's own identifier named with their name ("Kerensa's hospital number H31/10904 was on
# the label", "Tomasz's NHS number", "Ayesha's passport"): the word before the possessive.
# (speed: the apostrophe first, the engine skips to it; the letter before it asserted after it)
_POSSESSIVE = re.compile(r"['’](?<=[a-z]['’])s[ \t]+(?:hospital|NHS|CHI|MRN|UR|URN|medical[ \t]+record|Medicare|Medicaid|"
                         r"insurance|passport|driv(?:er|ing)['’]?s?[ \t]+licen[cs]e|licen[cs]e|phone|mobile|cell|"
                         r"date[ \t]+of[ \t]+birth|DOB|home[ \t]+address|address|email|SSN|social[ \t]+security|"
                         r"national[ \t]+insurance|NI|Aadhaar|CNIC|IHI|health[ \t]+card|member[ \t]+ID)\b")
_BODIES = word_set("Trust Practice Surgery Council Board Team Service Ward Unit Department Company Agency Home "
                   "Office Centre Center Authority Ministry Government Bank Insurer Employer School Church Carer")
_NAME_BEFORE_POSSESSIVE = re.compile(r"(?<![\w'’-])(?P<n>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\Z")


def _sixteenth_round(text: str):
    if "Box" in text:
        for box in _BOX_NUMBER.finditer(text):
            m = _ROUTE_BEFORE_BOX.search(text, max(0, box.start() - 24), box.start())
            if m:
                yield _finding(text, "address", m.start(), box.end(), 0.8, "a rural route's box")
    d = dictionaries()
    for code in _STATE_POSTCODE.finditer(text):
        m = _TOWN_STATE_BEFORE.search(text, max(0, code.start() - 50), code.start())
        if not m or not (m.group("s") in p.US_STATE_ABBR and m.group("c") and len(code.group()) >= 5
                         or m.group("s") in p.AU_STATES and len(code.group()) == 4):
            continue
        words = m.group("t").replace("-", " ").split()
        while words and (words[0] in _NOT_A_TOWN_WORD or words[0] in _LEADING):
            words.pop(0)
        if not words or any(w in _NOT_A_TOWN_WORD for w in words) or " ".join(words) in d.regions:
            continue
        start = m.start("t") if len(words) == len(m.group("t").replace("-", " ").split()) else m.end("t") - len(" ".join(words))
        yield _finding(text, "place", start, m.end("t"), 0.75, "a town before its state and postcode")
    if ", " in text or ": " in text:
        for m in _UK_POSTCODE_UNSPACED.finditer(text):
            yield _finding(text, "zip", m.start("v"), m.end("v"), 0.8, "a UK postcode written without its space")
    if "family" in text:
        for family in _FAMILY_WORD.finditer(text):
            m = _SURNAME_BEFORE_FAMILY.search(text, max(0, family.start() - 30), family.start())
            if not m:
                continue
            word = m.group("n")
            if (word in _HOUSEHOLD_NOT_A_NAME or word in d.common or word in d.regions or word in d.cities_by_first
                    or word.lower().endswith(_NOT_A_NAME_ENDINGS + ("ing", "ed", "ly")) or _never_a_name(word)):
                continue  # (not a verb's or an adverb's form: "Visiting family in Koudougou")
            yield _finding(text, "name", m.start("n"), m.end("n"), 0.75, "a surname before 'family'")
    if "'s " in text or "’s " in text:
        for owned in _POSSESSIVE.finditer(text):
            m = _NAME_BEFORE_POSSESSIVE.search(text, max(0, owned.start() - 30), owned.start())
            if not m:
                continue
            word = m.group("n")
            if (word in _HOUSEHOLD_NOT_A_NAME or word in d.common or word in d.regions or word in d.cities_by_first
                    or word.lower() in _PERSON_NOUNS or word.lower() in _INSTITUTION_NOUNS or word in _BODIES
                    or word.lower().endswith(_NOT_A_NAME_ENDINGS)
                    or _never_a_name(word)):
                continue
            yield _finding(text, "name", m.start("n"), m.end("n"), 0.75, "a name before its owner's identifier")

# ---------------------------------------------------------------- seventeenth round (fresh23–fresh26): names, codes, dates

# A name before an honorific written after it: Japanese さん, 様, 氏, くん, ちゃん, 殿 ("Duanさん",
# "佐々木 花子 様"), Korean 씨 ("부미경 씨"), Turkish Hanım and Bey ("Hae-sook Boo Hanım"), Chinese
# 先生, 女士 after a surname ("王先生"). Not a kinship or a role's noun before the honorific
# ("患者さん", "お母さん", "娘さん", "皆様").
# (twenty-first round, fresh41: Chinese writes an eponym's transliteration with 氏 and a disease's
# word, "帕金森氏症", "唐氏综合征", "克隆氏病": a disease, not a person "X 氏"; and addresses a
# person by the surname alone and a title of address, a kin term or a trade, "張醫師", "李伯伯",
# "黃伯", "陳太", "王姨", "林護士")
_HAN_DISEASE = r"(?:症|病|综合|綜合|徵|征|瘤|反射|試驗|试验|分類|分类|評分|评分)"
_HAN_ADDRESS_TITLES = ("醫師|医师|醫生|医生|護士|护士|姑娘|伯伯|伯母|伯|叔叔|叔|阿姨|姨|婆婆|婆|公公|太太|太|嬸|婶|"
                       "老師|老师|主任|教授|同學|同学|哥|姐")
_HONORIFIC_NAME = re.compile(
    r"(?P<l>(?<![\w'’-])[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:[ \t][A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){0,2})"
    r"(?:[ \t]*(?:さん|様|さま|氏(?!" + _HAN_DISEASE + r")|くん|ちゃん|殿|先生|女士|小姐)"
    r"|[ \t]+(?:Hanım|Hanim|Hanımefendi|Beyefendi|Bey)(?![\w]))"
    r"|(?P<j>(?<![\u4e00-\u9fff\u3005])(?:[\u4e00-\u9fff\u3005]{1,3}[ \t\u3000][\u4e00-\u9fff\u3005\u3040-\u30ff]{1,4}|[\u4e00-\u9fff\u3005]{2,3}))"
    r"[ \t\u3000]?(?:さん|様|さま|氏(?!" + _HAN_DISEASE + r")|くん|ちゃん|殿)"
    r"|(?P<k>(?<![\uac00-\ud7a3])[\uac00-\ud7a3]{2,4})[ \t]씨(?![\uac00-\ud7a3])"
    rf"|(?P<c>(?<![\u4e00-\u9fff])[{_HAN_SURNAMES}][\u4e00-\u9fff]{{0,2}})(?:先生|女士|小姐)"
    rf"|(?P<s>(?:(?<![\u4e00-\u9fff])|(?<=床|個|个|嗰|那|這|这))[{_HAN_SURNAMES}])(?:{_HAN_ADDRESS_TITLES})")
_NOT_BEFORE_HONORIFIC = word_set(
    "患者 奥 母 父 娘 息子 皆 家族 看護師 旦那 嫁 孫 客 お客 利用者 兄 姉 弟 妹 赤 祖母 祖父 主人 ご主人 先生 同僚 御中 各位 "
    "お母 お父 お兄 お姉 お嬢 奥様 患者様 医師 皆様 担当 上記 本人 ご本人 ご家族 お子 子 方 お客様 利用 相手 殿下 "
    "아저 아가 환자 보호자 어머니 아버지 할머니 할아버지 선생 간호사 나이 번호 상태 정보 연락처 주소 성별 이름 성명 "
    "Patient Doctor Nurse Sister Brother Mother Father Mr Mrs Dr Sayın Sayin Hasta Doktor")


_HONORIFICS = ("さん", "様", "さま", "氏", "くん", "ちゃん", "殿", "씨", "Hanım", "Hanim", "Bey", "先生", "女士", "小姐",
               *_HAN_ADDRESS_TITLES.split("|"))


def _honorific_names(text: str):
    for m in _HONORIFIC_NAME.finditer(text):
        group = next(g for g in ("l", "j", "k", "c", "s") if m.group(g))
        name = m.group(group)
        words = name.split()
        if name in _NOT_BEFORE_HONORIFIC or words[0] in _NOT_BEFORE_HONORIFIC or words[-1] in _NOT_BEFORE_HONORIFIC:
            continue
        if group == "l" and (words[0] in dictionaries().common and not dictionaries().is_person_name(words[0])
                             or _never_a_name(words[0]) or words[0] in dictionaries().regions):
            continue
        yield _finding(text, "name", m.start(group), m.end(group), 0.85, "a name before an honorific (any language)")


# A person's label in a script without capitals, a space and the name, no colon: Korean ("환자
# 고순자 (92세", "딸 부미경 씨"), Japanese, surname and given name apart ("患者 武田 健一、", "娘の佐々木
# 加奈子さん", "運転者 新垣 健太"), Thai after a title ("ชื่อ นางบัวผัน ศรีสุวรรณ"). The name must end
# where a name ends (a bracket, a comma, an honorific, a number), not run on into a sentence.
_CASELESS_LABELLED_NAME = re.compile(
    r"(?<![\uac00-\ud7a3])(?:환자|보호자|운전자|성명|이름|딸|아들|남편|아내|부인|어머니|아버지|며느리|사위|손녀|손자|언니|오빠|누나|동생)"
    r"(?:[ \t]*:[ \t]*|[ \t]+)(?P<k>[\uac00-\ud7a3]{2,4})(?=[ \t]*(?:[(,.)（]|씨|님|$|\n))"
    r"|(?:患者|運転者|運転手|氏名|患者氏名|娘|息子|妻|夫|長男|長女|次男|次女|母|父|キーパーソン|驾驶人|驾驶员|病人|患者姓名|姓名)"
    r"(?:の|：|:)?[ \t\u3000]*(?P<j>[\u4e00-\u9fff\u3005]{1,3}[ \t\u3000][\u4e00-\u9fff\u3005\u3040-\u30ff]{1,4})"
    r"(?=[ \t\u3000、。,(（]|様|さん|氏|殿|$)"
    r"|(?:ชื่อ|ผู้ป่วย|ชื่อผู้ป่วย)[ \t]*:?[ \t]*(?:นางสาว|นาง|นาย|ด\.ช\.|ด\.ญ\.)(?P<t>[\u0e01-\u0e4e]+[ \t][\u0e01-\u0e4e]+)")


_CASELESS_SCRIPT = re.compile(r"[\uac00-\ud7a3\u4e00-\u9fff\u0e01-\u0e4e]")


def _caseless_labelled_names(text: str):
    if not _CASELESS_SCRIPT.search(text):
        return  # (speed: Korean, Chinese, Japanese or Thai letters first)
    for m in _CASELESS_LABELLED_NAME.finditer(text):
        group = "k" if m.group("k") else "j" if m.group("j") else "t"
        if m.group(group).split()[0] in _NOT_BEFORE_HONORIFIC:
            continue
        yield _finding(text, "name", m.start(group), m.end(group), 0.85, "a name after a person's word (any language)")


# A title in lower case inside a sentence, of the languages that write it so: Italian "sig.",
# Spanish and Portuguese "sr.", "sra.", "don", "dona", "seu", Dutch and Indonesian "dr.", "dokter", "ibu",
# Vietnamese "bà", "ông", "chị", Swahili "mama", "bwana" ("Il sig. Zanier", "Huisarts: dokter Maes",
# "dr. Lasut:", "bà Bua Phimphakan", "o seu Orlando voltou"); and an initial
# and a surname after a letter's closing or a doctor's title of another language, or before a role
# ("Mit freundlichen Grüßen\nF. Reindl", "Dr. med. K. Lehmann", "lek. A. Kubica", "Signé A. Kuntz, IDE",
# "S. Wiersma, húsdokter").
# (a capital: Latin's, Latin Extended's and Vietnamese's capitals, not their small letters "đ", "ā")
_CAPITALS = "".join(c for c in map(chr, itertools.chain(range(0x41, 0x250), range(0x1E00, 0x1F00))) if c.isupper())
# (twenty-first round, fresh39: a glottal stop's apostrophe inside a Mayan name, "Tz'unun", "K'iche";
# not a possessive's "'s")
_NAME_WORD_17 = rf"[{_CAPITALS}][^\W\d_]+(?:['’](?!s\b)[^\W\d_]{{2,}})?(?:-[A-Za-zÀ-ÿ][^\W\d_]+)?"
# Nouns a lower-case title or an article may stand before that are no one's name: a role, a
# service, a family ("o seu Médico de Família", "dokter Spesialis", "sig. Direzione Sanitaria")
_NOT_TITLED_17 = word_set("""Médico Médica Medico Medica Doutor Doutora Doctor Doctora Dokter Spesialis Specialist
Direzione Direttore Direttrice Dottore Dottoressa Presidente Prefeito Director Directora Directeur Enfermeiro
Enfermeira Enfermero Enfermera Infermiere Infermiera Profesor Professor Professora Família Familia Famiglia
Hospital Hôpital Ospedale Rumah Sakit Puskesmas Klinik Clinica Clínica Centro Centre Unidade Unidad Servizio
Serviço Servicio Dinas Kepala Bidan Perawat Giáo Trai Gái Umum Jaga Dios Deus Dieu Allah God""")
_LOWER_TITLES_17 = word_set("""sig. sig.ra sig.na sr. sra. srta. dr. dra. dott. dott.ssa dokter bà ông cụ anh chị cô chú bác
mevr. dhr. lek. don doña dona seu pak bapak ibu encik puan mama baba bibi bwana sayın Dna. Dl. D-na D-l
κα κα. κ. κος κος. κυρία κύριος κας Här Don Doña""")
_LOWER_TITLE_NAME = re.compile(  # (speed: the titles as a trie, at a word's start)
    _word_trie(_LOWER_TITLES_17) + rf"[ \t]+(?P<n>{_NAME_WORD_17}(?:[ \t]{_NAME_WORD_17}){{0,2}})")
_VALEDICTION = (r"(?i:yours[ \t]+sincerely|yours[ \t]+faithfully|kind[ \t]+regards|best[ \t]+regards|best[ \t]+wishes|regards|"
                # (twenty-first round, fresh41: Swiss German's "ss" and the closings without "mit",
                # "Freundliche Grüsse", "Beste Grüsse", "Liebe Grüße")
                r"(?:mit[ \t]+)?(?:freundlichen|freundliche|kollegialen|kollegiale|herzlichen|herzliche|besten|beste|liebe|"
                r"viele)[ \t]+gr(?:ü|ue)(?:ß|ss)en?|hochachtungsvoll|met[ \t]+vriendelijke[ \t]+groet(?:en)?|"
                r"met[ \t]+collegiale[ \t]+groet(?:en)?|mei[ \t]+groetnis|cordialement|bien[ \t]+cordialement|confraternellement|"
                r"atentamente|cordiales[ \t]+saludos|un[ \t]+saludo|saludos|atenciosamente|cordiali[ \t]+saluti|distinti[ \t]+saluti|"
                r"z[ \t]+poważaniem|pozdrawiam|s[ \t]+pozdravem|med[ \t]+venlig[ \t]+hilsen|med[ \t]+vennlig[ \t]+hilsen|"
                r"med[ \t]+vänliga[ \t]+hälsningar|ystävällisin[ \t]+terveisin|üdvözlettel|saygılarımla|hormat[ \t]+saya|salam)")
_VALEDICTION_WHOLE = re.compile(_VALEDICTION + r"[,.!]?")
# (speed: the initial and the surname first, rare; then what stands before them)
# (the first initial before its look-behind: the search skips to capitals)
_INITIALLED_FIRST = (r"(?P<n>[A-Z](?<![\w.][A-Z])\.[ \t]?(?:[A-Z]\.[ \t]?){0,2}[A-ZÀ-ÞĀ-Ž](?:[^\W\d_]+|['’][A-Z][^\W\d_]+)"
                     r"(?:-[A-Z][^\W\d_]+)?)")
_INITIALLED_17 = re.compile(rf"{_INITIALLED_FIRST}\b(?![.'’]?\w)")
_SIGNED_BEFORE_17 = re.compile(
    rf"(?:{_VALEDICTION}[ \t]*[,.!]?[ \t]*\n?[ \t]*|(?<![\w.])(?:Dr\.?[ \t]+med\.(?:[ \t]+(?:dent|univ)\.)?|lek\.(?:[ \t]+med\.)?|"
    r"Sign[ée]e?|Firmado|Assinado|Unterschrift|Podpis|[Dd]okter|dr\.|MUDr\.|Médic[oa]|Enfermeir[oa]|Enfermer[oa]|Arzt|Ärztin|"
    r"Lekarz|Lékař|Lékařka|Infermier[ea])[ \t]*:?[ \t]*)\Z")
_INITIALLED_ROLE_17 = re.compile(
    rf"{_INITIALLED_FIRST},[ \t]+(?:IDE|IBODE|IADE|IPDE|húsdokter|huisarts|Hausarzt|Hausärztin|médecin|médico|médica|"
    r"infirmière|infirmier|enfermera|enfermeira|verpleegkundige|Pflegekraft|pielęgniarka|lekarz|sjuksköterska|sygeplejerske|"
    # eighteenth round: English's ("R. Byrne, staff nurse", "E. Kerr, community staff nurse", "J. Roy, NP")
    r"(?:(?:community|district|staff|charge|senior|practice|specialist)[ \t]+)*(?:nurse|midwife)|NP|RN|RGN|GP|"
    r"physician|pharmacist|paramedic|physiotherapist|health[ \t]+visitor)\b")


# (speed: an initial's capital and dot found from the dot, a literal the engine skips to; the
# pattern matched from each capital as finditer would, not tried at every capital)
_INITIAL_DOT = re.compile(r"\.(?<=(?<![\w.])[A-Z]\.)")


def _initialled_matches(rx: re.Pattern, text: str):
    end = 0
    for dot in _INITIAL_DOT.finditer(text):
        if dot.start() - 1 >= end and (m := rx.match(text, dot.start() - 1)):
            end = m.end()
            yield m


def _titled_names_17(text: str):
    d = dictionaries()
    for m in _LOWER_TITLE_NAME.finditer(text):
        if m.start() and text[m.start() - 1] not in " \t(\n":
            continue  # (a word's end: "Ndr. Smith")
        word = m.group("n").split()[0]
        if word in _NOT_TITLED_17 or (word in d.common and not d.is_person_name(word)) or word in d.regions or _never_a_name(word) or (
                word.lower() in EPONYM_NOUNS or word in p.HOSPITAL_GENERIC) or (
                word in d.cities_by_first and not d.is_person_name(word)):
            continue
        yield _finding(text, "name", m.start("n"), m.end("n"), 0.8, "a name after a title in lower case (any language)")
    if "." in text:
        signed = (m for m in _initialled_matches(_INITIALLED_17, text)
                  if _SIGNED_BEFORE_17.search(text, max(0, m.start() - 40), m.start()))
        for m in itertools.chain(signed, _initialled_matches(_INITIALLED_ROLE_17, text)):
            surname = m.group("n").rsplit(".", 1)[-1].strip()
            if surname.lower() in EPONYM_NOUNS or surname in d.regions:
                continue
            yield _finding(text, "name", m.start("n"), m.end("n"), 0.8, "an initial and a surname signed (any language)")


# A postcode before its word ("Lives in the 68018 ZIP area", "the 5400-733 postcode"); a Japanese
# postcode after its mark, short of its form ("〒2781"); the Solar Hijri and Hijri dates written year
# first ("Přijat dne 1404/05/15"); Thai dates with the month abbreviated and the Buddhist year
# ("3 ก.พ. 2568", "28 ธ.ค. 2505").
_ZIP_BEFORE_WORD = re.compile(r"(?P<v>\d(?<=(?<![\w.,/-])\d)\d{3,4}(?:-\d{3,4})?)[ \t]+(?i:zip|postcode|post[ \t]code|postal[ \t]code)"
                              r"(?:[ \t]+(?i:code))?(?:[ \t]+(?i:area|region|zone|district|sector))")
_POSTAL_MARK = re.compile(r"〒[ \t]*(?P<v>\d{3}-\d{4}|\d{3,7}|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2})(?![\w-])")
_YEAR_FIRST_HIJRI = re.compile(r"(?P<v>[1۱١](?<=(?<![\w/.-])[1۱١])[34۳۴٣٤]\d\d(?P<s>[/.-])(?:[0۰٠]?[1-9۱-۹١-٩]|[1۱١][0-2۰-۲٠-٢])(?P=s)"
                               r"(?:[0۰٠]?[1-9۱-۹١-٩]|[12۱۲١٢]\d|[3۳٣][01۰۱٠١]))(?![\w/-]|[.,]\d)")
_THAI_MONTHS_ABBR = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
_THAI_DATE = re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)[ \t]*(?P<m>[\u0e01-\u0e4e]{1,3}\.[\u0e01-\u0e4e]\.|[\u0e01-\u0e4e]{4,})[ \t]*"
                        r"(?:(?:พ\.ศ\.|ค\.ศ\.)[ \t]*)?(?P<y>(?:19|20|24|25|26)\d\d)(?!\d)")


# A record's number written with dots between thousands after a record's word, one word between
# at most ("Prontuário antigo 777.541", "Номер карты 71.875.430", "NHC 1.204.331"): not a decimal.
_DOTTED_NUMBER = re.compile(r"(?P<v>\d(?<=(?<![\w.,])\d)(?:\d{0,2}(?:\.\d{3}){2,3}|\d\d\.\d{3}))(?![\d.,]\d|[\w]|[ \t]*(?i:ml|mg|g|l|kg|iu|u|ui)\b)")
_RECORD_WORD_BEFORE = re.compile(
    r"(?i:prontu[áa]rio|expediente|historia[ \t]+cl[íi]nica|hist[óo]ria[ \t]+cl[íi]nica|cartella(?:[ \t]+clinica)?|"
    r"dossier|dossiê|n[ºo°]?[ \t]*de[ \t]+ficha|ficha|NHC|HC|MRN|IPP|карты|карта|истории[ \t]+болезни|record|chart)"
    r"(?:[ \t]+[^\W\d_]{2,12})?[ \t]*(?:[:#]|n[º°o]\.?|№)?[ \t]*\Z")


_DOT_THOUSANDS = re.compile(r"\.\d{3}")


def _dotted_numbers(text: str):
    """_DOTTED_NUMBER.finditer(text) (speed: from each dot before three digits, a literal the engine
    skips to, the number matched from the start of its digits, not tried at every digit)."""
    end = 0
    for dot in _DOT_THOUSANDS.finditer(text):
        start = dot.start()
        while start and text[start - 1].isdecimal():
            start -= 1
        if end <= start < dot.start() and (m := _DOTTED_NUMBER.match(text, start)):
            end = m.end()
            yield m


def _codes_and_dates_17(text: str):
    if "." in text:
        for m in _dotted_numbers(text):
            if _RECORD_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                yield _finding(text, "mrn", m.start("v"), m.end("v"), 0.8, "a record's number with dots after its word")
    lowered = text.lower()  # (speed: the postcode's word, "zip" or "post…code", in the text before the regex)
    if ("ZIP" in text or "zip" in text or "Zip" in text or "ost" in text) and (
            "zip" in lowered or ("post" in lowered and "code" in lowered)):
        for m in _ZIP_BEFORE_WORD.finditer(text):
            yield _finding(text, "zip", m.start("v"), m.end("v"), 0.85, "a postcode before its word")
    for m in (_YEAR_FIRST_HIJRI.finditer(text) if "/" in text or "-" in text or "." in text else ()):
        yield _dated(text, m.start("v"), m.end("v"), 0.8, "a date written year first (Solar Hijri or Hijri)")
    if text.isascii():
        return
    if _NATIVE_DIGIT.search(text):
        # nineteenth round (fresh34): a numeric date in its script's digits, "১২/০২/২০২৫", "٣/١١/٢٠٢٤"
        for m in _date_numeric_matches(text.translate(_NATIVE_DIGITS)):
            if m.group("iy"):
                ok = 1 <= int(m.group("im")) <= 12 and 1 <= int(m.group("id")) <= 31
            else:
                ok = _valid_day_month(int(m.group("a")), int(m.group("b"))) and (
                    m.group("s") in "/." or len(m.group("y")) == 4)
            if ok and _NATIVE_DIGIT.search(text, m.start(), m.end()):
                yield _dated(text, m.start(), m.end(), 0.9, "a numeric date in its script's digits")
    for m in _POSTAL_MARK.finditer(text):
        yield _finding(text, "zip", m.start("v"), m.end("v"), 0.85, "a postcode after its mark")
    for m in (_THAI_DATE.finditer(text) if _EAST_ASIAN_17.search(text) else ()):  # (speed: its month is in Thai)
        month = m.group("m")
        if 1 <= int(m.group("d")) <= 31 and (month in _THAI_MONTHS_ABBR or _month_kind(month) == "wide"):
            yield _dated(text, m.start(), m.end(), 0.85, "a Thai date")


# A name after Tagalog's and Cebuano's personal article ("Si Nadezhda nagdala", "apo nga si Jun-jun
# ang nagbantay") or after "son/wife/daughter of" as South Asian forms write it ("W/O Tariq Mehmood");
# a kin word of a script without capitals, a name, then a colon, a comma or a telephone's word
# ("मुलगा अजय मोबाईल +91 …", "جوال الابن ظافر: 055 …").
_ARTICLE_NAME = re.compile(
    rf"(?:^|(?<=[\s>(]))(?P<a>[Ss]i|ni|kay|[SDW]/[Oo]|[sdw]/o)[ \t]+(?P<n>{_NAME_WORD_17}(?:[ \t]{_NAME_WORD_17}){{0,2}})"
    r"(?P<after>[ \t,]+[a-z]|[ \t]*,)?")
# (eighteenth round: a name of one or two words of a script without capitals, and what ends it
# besides a colon or a comma: a telephone's word, "with", a change to Latin letters, a number)
_NAME_ENDS_18 = (r"मोबाईल|मोबाइल|फोन|फ़ोन|संपर्क|கைபேசி|தொலைபேசி|جوال|هاتف|الهاتف|موبايل|موبایل|تلفن|فون|ስልክ|ტელ|טל|"
                 r"հեռ|ফোন|ਫ਼ੋਨ|ഫോൺ|โทร|সঙ্গে|সাথে|ਨਾਲ|[A-Za-z]|\+?\d|"
                 r"ਦਾ|ਦੀ|ਦੇ|का|की|के"  # (and a genitive's word: "ਪੁੱਤਰ ਜਸਵਿੰਦਰ ਸਿੰਘ ਦਾ ਫ਼ੋਨ", not a name itself)
                 r"|با|از|به|در|که|را|است|مع|في|من|سے|کا|کی|کے")  # (nineteenth round, fresh34: Persian's, Arabic's and
# Urdu's prepositions, "پسرش محمود با شماره …", her son Mahmoud with the number …)
# (nineteenth round, fresh33: the phone's word of the southern and western Indic scripts, which ends a
# name and is none itself: "కొడుకు ఫోన్ 94401 82736", a son's phone)
_PHONE_WORDS_19 = r"ఫోన్|ఫోను|మొబైల్|ಫೋನ್|ಮೊಬೈಲ್|ફોન|મોબાઇલ|மொபைல்|போன்|ഫോൺ|മൊബൈൽ|ফোন|মোবাইল"
_NAME_ENDS_18 = _NAME_ENDS_18 + "|" + _PHONE_WORDS_19
_CASELESS_NAME_18 = (rf"(?!(?:ਦਾ|ਦੀ|ਦੇ|का|की|के)[ \t]|(?:{_PHONE_WORDS_19})(?:[ \t:,.]|$))[^\W\d_A-Za-z](?:[^\W\d_]|{_MARK})*"
                     rf"(?:[ \t](?!(?:{_NAME_ENDS_18})(?![^\W\d_]))[^\W\d_A-Za-z](?:[^\W\d_]|{_MARK})*){{0,2}}")
_CASELESS_KIN_NAME = re.compile(
    r"(?:मुलगा|मुलगी|पत्नी|पती|बेटा|बेटी|पुत्र|पुत्री|भाऊ|बहीण|भाई|बहन|छोरा|छोरी|ছেলে|মেয়ে|স্ত্রী|স্বামী|కొడుకు|కూతురు|"
    r"દીકરો|દીકરી|ਪੁੱਤਰ|ਧੀ|மகன்|மகள்|மனைவி|கணவர்|الابن|الابنة|ابنه|ابنها|ابنته|"
    r"ابنتها|الزوج|الزوجة|زوجها|زوجته|الأخ|الأخت|پسر|دختر|همسر|شوهر|بیٹا|بیٹی|بیوی|شوہر|"
    # twenty-first round (fresh40): Arabic's formal kin and the siblings' and grandchildren's possessives
    # ("تليفون نجله أحمد", his son Ahmed's phone; "كريمتها", "أخوه", "حفيدته")
    r"نجله|نجلها|كريمته|كريمتها|أخوه|أخوها|أخته|أختها|حفيده|حفيدها|حفيدته|حفيدتها|"
    # eighteenth round: kin of more scripts (Malayalam, Thai, Amharic, Armenian, Georgian, Hebrew)
    r"മകൻ|മകൾ|ഭാര്യ|ഭർത്താവ്|ลูกสาว|ลูกชาย|ภรรยา|สามี|ልጇ|ልጁ|ባለቤቷ|ባለቤቱ|Որդին|Դուստրը|Աղջիկը|Ամուսինը|"
    r"შვილიშვილი|ქალიშვილი|შვილი|ვაჟი|მეუღლე|בנו|בנה|בתו|בתה|אשתו|בעלה|"
    # nineteenth round: Dari's possessive kin and Pashto's ("پسرش گل‌احمد", "لور یې ملالۍ")
    r"پسرش|دخترش|همسرش|شوهرش|برادرش|خواهرش|زوی|لور|ښځه|میړه|ورور|خور)(?:[ \t]+|՝[ \t]*)"
    rf"(?P<n>{_CASELESS_NAME_18})(?=[ \t]*(?:[:،,(.।።]|\n|$)|[ \t]+(?:{_NAME_ENDS_18}))")
# and the patient's own word, the name and no colon ("المريضة بوخالفة فتيحة، 92", "ታካሚ ትዕግስት ተስፋዬ
# Clinical …", "ਮਰੀਜ਼ ਗੁਰਮੀਤ ਕੌਰ ਨਾਲ"); not before a line's or a sentence's end: a state may be it
_PATIENT_WORDS_18 = ("المريض", "ታካሚ", "ਮਰੀਜ਼", "রোগী", "המטופל", "პაციენტი", "بیمار")  # (speed: tested first)
_CASELESS_PATIENT_NAME = re.compile(
    r"(?<![^\s])(?:المريضة|المريض|ታካሚ|ਮਰੀਜ਼|রোগী|המטופלת|המטופל|პაციენტი"
    # (nineteenth round, fresh34: Persian's patient with the title, "بیمار خانم پروین رضایی", "بیمار آقای …")
    r"|بیمار[ \t]+(?:خانم|آقای|آقا))[ \t]+"
    # (nineteenth round, fresh33: not the patient's state, "المريض مستقر، الضغط 130/80", the patient stable)
    r"(?!(?:مستقر|مستقرة|واع|واعي|واعية|متعاون|متعاونة|هادئ|هادئة|نائم|نائمة|متحسن|متحسنة|مصاب|مصابة|"
    r"بحالة|حالته|حالتها|لديه|لديها|يعاني|تعاني|يشكو|تشكو|صائم|صائمة|سليم|سليمة)(?![\u0621-\u065f]))"
    rf"(?P<n>{_CASELESS_NAME_18})(?=[ \t]*[:،,(]|[ \t]+(?!\+?\d)(?:{_NAME_ENDS_18}))")  # (not "المريض عمره 95")


# Nineteenth round: a capitalised name after a Russian, Kyrgyz or Mongolian kin word ("Мама Айгүл в
# палате", "Бейтаптын кызы Айгүл", "Хүү Батсүх, утас …"); Cyrillic's capitals are not _TOKEN's.
_CYRILLIC_KIN_NAME_19 = re.compile(
    r"(?<![\w-])(?:[Мм]ама|[Пп]апа|[Мм]ать|[Оо]тец|[Дд]очь|[Дд]очка|[Сс]ын|[Жж]ена|[Мм]уж|[Сс]естра|[Бб]рат|[Вв]нук|"
    r"[Вв]нучка|[Бб]абушка|[Дд]едушка|[Сс]оседка|[Сс]осед|[Пп]лемянник|[Пп]лемянница|[Кк]ызы|[Уу]улу|[Аа]пасы|"
    r"[Аа]тасы|[Жж]убайы|[Нн]еберези|[Хх]үү|[Оо]хин|[Ээ]хнэр|[Нн]өхөр)[ \t]+"
    r"(?P<n>[А-ЯЁӨҮҢҚҰ][а-яёөүңқұһі]+(?:-[А-ЯЁӨҮ][а-яёөүңі]+)?(?:[ \t]+[А-ЯЁӨҮҢҚҰ][а-яёөүңқұһі]+)?"
    r"|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])")  # (or in Latin letters: "Мама Delbert")


_TAGALOG_WORDS = re.compile(r"(?<!\w)(?:sa|ang|ng|nga|mga|ug|og|iyang|niya|siya|kanyang)(?!\w)")


def _line_of(text: str, at: int) -> str:
    return text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1]


_WIFE_OF_SLASH = re.compile(r"/(?:(?<=[SDW]/)[Oo]|(?<=[sdw]/)o)")


def _article_names(text: str):
    d = dictionaries()
    articled = "si " in text or "Si " in text or "ni " in text or "kay " in text or (
        ("/O " in text or "/o " in text) and _WIFE_OF_SLASH.search(text))  # (speed: not "y/o ", an age)
    for m in (_ARTICLE_NAME.finditer(text) if articled else ()):
        words = m.group("n").split()
        if words[0] in _TAGALOG_KIN:
            words = words[1:]  # "si Lola Marisol": the name after the kin word
        if not words or (m.group("a").lower() in ("si", "ni", "kay") and not (
                m.group("after") and _TAGALOG_WORDS.search(_line_of(text, m.start())))):
            continue  # (Spanish's, Italian's, French's "si": a Tagalog or Cebuano word on the line says which)
        first = words[0]
        if (first in d.common and not d.is_person_name(first)) or first in d.regions or _never_a_name(first):
            continue
        yield _finding(text, "name", m.end("n") - len(" ".join(words)), m.end("n"), 0.8,
                       "a name after a personal article or 'wife of' (any language)")
    if not text.isascii():
        for m in _CASELESS_KIN_NAME.finditer(text):
            if m.group("n").startswith("ال"):
                continue  # (Arabic's article: "ابنها الأكبر", her elder son)
            yield _finding(text, "name", m.start("n"), m.end("n"), 0.8, "a name after a relative's word (any language)")
        for m in (_CYRILLIC_KIN_NAME_19.finditer(text) if _CYRILLIC_17.search(text) else ()):
            if m.group("n") not in dictionaries().regions:
                yield _finding(text, "name", m.start("n"), m.end("n"), 0.8, "a name after a relative's word (Cyrillic)")
        for m in (_CASELESS_PATIENT_NAME.finditer(text) if p.holds(text, _PATIENT_WORDS_18) else ()):
            if not m.group("n").startswith("ال"):  # (Arabic's article: "المريض المذكور")
                yield _finding(text, "name", m.start("n"), m.end("n"), 0.8, "a name after the patient's word (any language)")
    if "/o " in text or "/O " in text or " bin" in text or " a/" in text:
        yield from _names_before_relation_20(text)


# Twentieth round (fresh37): the name before a Malay, Tamil or Indian relation ("Muthu s/o Ramasamy",
# "Siti binte Rahman", "Ravi a/l Muthu") is a person's as the name after it is. (Speed: the
# capital first, the engine skips to it; the word's start asserted after it.)
_NAME_BEFORE_RELATION = re.compile(
    r"(?P<n>[A-Z](?<![\w/][A-Z])[a-z]+(?:[ \t][A-Z][a-z]+){0,2})[ \t]+(?:s/o|d/o|w/o|S/O|D/O|W/O|a/l|a/p|binte|binti|bin|bte)"
    r"[ \t]+[A-Z][a-z]")


def _names_before_relation_20(text: str):
    d = dictionaries()
    for m in _NAME_BEFORE_RELATION.finditer(text):
        words, start = m.group("n").split(), m.start("n")
        while words and not (_framed_name_ok(words[0]) and (d.is_person_name(words[0]) or words[0] not in d.common)):
            start += len(words[0]) + 1
            words.pop(0)
        if words:
            yield _finding(text, "name", start, m.end("n"), 0.75, "a name before a relation's word (s/o, binte, a/l)")


# A street address of a script without spaces: Chinese, the road and the house's number ("人民路88号");
# Japanese, the chōme, the block and the house ("宮里3丁目12-5", "東光11条4丁目2-7"); Thai, the house's
# number and the road, the lane or the village's number ("716/35 ถนนJungang", "88 หมู่ 4").
_CJK_THAI_ADDRESS = re.compile(
    # (twenty-first round, fresh41: traditional characters and Taiwan's and Hong Kong's road sections,
    # floors and rooms: "中山路三段88號", "福榮街214號5樓B室")
    r"(?P<v>[\u4e00-\u9fff]{1,8}(?:路|街|大道|巷|弄|胡同)(?:[一二三四五六七八九十]{1,2}段)?\d{1,5}(?:[-之]\d{1,4})?[号號]"
    r"(?:\d{1,3}[樓楼](?:[A-Z\d]{1,3}室?)?)?"
    r"|[\u4e00-\u9fff\u3005\u30a0-\u30ff]{1,8}(?:\d{1,2}条)?\d{1,2}丁目\d{1,4}(?:番地?|[-－])\d{1,4}(?:号|[-－]\d{1,4})?"
    r"|\d(?<=(?<![\d/])\d)\d{0,3}(?:/\d{1,4})?[ \t]*(?:หมู่(?:ที่)?[ \t]*\d{1,2}(?!\d)|(?:ถนน|ซอย)[ \t]?[^\s,]+(?:[ \t][A-Z][a-z]*\b(?!\d))?))")
# A name greeted at a message's start ("Hi Amy,", "Hola Marisol:") or signed after a forum's "--"
# at a line's end ("-- Kavin Arumugam"); not a group ("Hi all", "Dear Colleague", "Hello team").
_GREETED_NAME = re.compile(
    r"^[ \t]*(?:Hi|Hello|Hey|Dear|Hola|Olá|Oi|Bonjour|Salut|Hallo|Liebe|Lieber|Ciao|Caro|Cara|Beste|Hej|Hei)"
    rf"[ \t]+(?P<n>{_NAME_WORD_17}(?:[ \t]{_NAME_WORD_17})?)[ \t]*[,!:](?!\d)", re.MULTILINE)
_SIGNED_NAME = re.compile(rf"(?<!\S)--[ \t]*(?P<s>{_NAME_WORD_17}(?:[ \t]{_NAME_WORD_17}){{0,2}})[ \t]*(?=\n|\Z)")
_NOT_GREETED = word_set("""All Everyone Everybody Team Folks Guys Colleague Colleagues Sir Sirs Madam Editor Editors
Reviewer Reviewers Board Committee Friends There Doctor Doctors Nurse Nurses Mum Mom Dad Family Patient Patients
Best Kind Warm Warmest Regards Thanks Thank Cheers Sent Yours Many""")


def _addresses_and_greetings_17(text: str):
    if not text.isascii() and _EAST_ASIAN_17.search(text):  # (speed: Han, kana or Thai letters in every form)
        for m in _CJK_THAI_ADDRESS.finditer(text):
            yield _finding(text, "address", m.start("v"), m.end("v"), 0.8, "a street address (Chinese, Japanese or Thai)")
    d = dictionaries()
    for m in itertools.chain(_GREETED_NAME.finditer(text), _SIGNED_NAME.finditer(text) if "--" in text else ()):
        group = "n" if "n" in m.re.groupindex else "s"
        first = m.group(group).split()[0]
        if first in _NOT_GREETED or _never_a_name(first) or first in _SPEAKER_WORDS or first in d.regions or not (
                d.is_person_name(first) or _unknown_word(first)):
            continue
        yield _finding(text, "name", m.start(group), m.end(group), 0.75, "a name greeted or signed in a message")


# A full name between commas after a noun for a person, then the sentence goes on ("a 58-year-old
# rice farmer, Somsak Phonkhet, came in"; "the driver, Kwame Asante, was unhurt").
_NAME_BETWEEN_COMMAS = re.compile(rf",[ \t]+(?P<n>{_NAME_WORD_17}(?:[ \t]{_NAME_WORD_17}){{1,2}}),[ \t]+(?=[a-z])")
_NOUN_BEFORE_COMMA = re.compile(r"(?<![\w-])(?P<p>[a-z]+)[ \t]*\Z")
# (and a full name after a home's "of": "at the house of Bua Phimphakan", "the farm of Jomo Kariuki")
_NAME_AFTER_HOME_OF = re.compile(
    rf"(?:house|home|farm|flat|compound|homestead|hut)[ \t]+of[ \t]+(?P<n>{_NAME_WORD_17}(?:[ \t]{_NAME_WORD_17}){{1,2}})\b")


def _names_after_person_nouns(text: str):
    d = dictionaries()
    between = (m for m in (_NAME_BETWEEN_COMMAS.finditer(text) if ", " in text else ())
               if (noun := _NOUN_BEFORE_COMMA.search(text, max(0, m.start() - 20), m.start()))
               and noun.group("p") in _PERSON_NOUNS)
    homes = (m for m in (_NAME_AFTER_HOME_OF.finditer(text) if " of " in text else ())
             if not m.start() or not text[m.start() - 1].isalnum())
    for m in itertools.chain(between, homes):
        name = m.group("n")
        if _framed_name_ok(name) and name not in d.regions and not any(w in d.cities_by_first for w in name.split()):
            yield _finding(text, "name", m.start("n"), m.end("n"), 0.75, "a full name after a noun for a person")


# An age over 89 right after a person's name or noun, between commas or in brackets ("Pt Ioana
# Marin, 98.", "Patient Gladys Pennington (97) found on floor", "Veteran, 96, WWII era"); a speaker's
# name before a quotation or a pronoun in meeting minutes ("Ketevan: 'She always said no machines.'",
# "Lyle: We can't get her to town").
_AGE_BESIDE = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]*\([ \t]*)(?P<a>9\d|1[01]\d)(?=[ \t]*\)|[ \t]*,|\.(?!\d)|[ \t]*(?:\n|\Z))")
_AGE_AFTER_COMMA = re.compile(r"[,(][ \t]*(?P<a>9\d|1[01]\d)(?=[ \t]*\)|,|\.(?!\d))")
_PERSON_NOUN_BEFORE = re.compile(r"(?<![\w-])(?P<w>[A-Za-z]{3,})[ \t]*\Z")
_QUOTED_SPEAKER = re.compile(
    rf"^[ \t]*(?P<n>{_NAME_WORD_17}(?:[ \t]{_NAME_WORD_17})?)[ \t]*:[ \t]*(?P<q>['\"“‘„«]|(?:I|We|She|He|They|My|Our)\b)", re.MULTILINE)


# Nineteenth round (fresh33): a person named, then "of" and their town (_OF_TOWN_AFTER_NAME).
def _towns_beside_names(text: str, found: list[Finding]):
    if " of " not in text and " à " not in text:
        return
    for f in found:
        if f.category == "name" and f.confidence >= 0.6:  # (a clinician's name too: "Dr Cornec à Sizun")
            m = _OF_TOWN_AFTER_NAME.match(text, f.end)
            if m and _town_ok(m.group("t")) and not _BUSINESS_AFTER.match(text, m.end("t")) and not (
                    _HOSPITAL_AREA_AFTER.match(text, m.end("t"))):
                yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town after a person's name and 'of'")


def _ages_beside_names(text: str, found: list[Finding]):
    for f in found:
        if f.category == "name" and f.confidence >= 0.7:
            m = _AGE_BESIDE.match(text, f.end)
            if m:
                yield _finding(text, "age", m.start("a"), m.end("a"), 0.8, "an age over 89 beside a name")


# Nineteenth round (fresh33): a person's noun, "of" and the age ("An old fella of 98", "Old boy of 96
# from Swaffham", "a woman of 93"), the number alone; and Polish's unit before the number after
# the patient's word ("Pacjentka lat 91"). Not a measure ("a man of 95 kg").
_AGE_OF_NOUN = re.compile(r"of(?<=[ \t]of)[ \t]+(?P<a>9\d|1[01]\d)(?![\w,/%:-]|\.\d)"
                          r"(?![ \t]*(?:kg|kilos?|lbs?|pounds|cm|mg|ml|mmol|bpm|mmHg|°|%|percent|per|points|patients|cases|"
                          r"people|beds|days|weeks|months|hours|minutes|stone|st)\b)")
_PERSON_NOUNS_INFORMAL = word_set("fella fellow chap bloke gent gal lass lad soul dear codger lady gentleman "
                                  "kuia koroua kaumatua kaumātua elder")  # (nineteenth round: Māori English's elders)
# (twentieth round, fresh35: also after a name and its comma, "Bronisława Gąsienica, lat 92", and
# before a comma, "Pacjentka lat 91, leżąca": not a decimal's)
_AGE_POLISH_LAT = re.compile(r"(?:(?<![\w-])(?:[Pp]acjent(?:ka)?|[Cc]hor[ya]|[Kk]obieta|[Mm]ężczyzna)[ \t]+|,[ \t]*)lat[ \t]+"
                             r"(?P<a>9\d|1[01]\d)(?![\w/%:-]|[.,]\d)")
_AGE_POLISH_LAT = _first_char(_AGE_POLISH_LAT, "PpCcKkMm,")  # (speed: a look-behind first tried everywhere)


def _speakers_and_ages_17(text: str):
    if "," in text or "(" in text:
        for m in _AGE_AFTER_COMMA.finditer(text):
            noun = _PERSON_NOUN_BEFORE.search(text, max(0, m.start() - 20), m.start())
            if noun and (noun.group("w").lower() in _PERSON_NOUNS or noun.group("w") in ("Patient", "Veteran", "veteran")):
                yield _finding(text, "age", m.start("a"), m.end("a"), 0.8, "an age over 89 beside a person's noun")
    for m in (_AGE_OF_NOUN.finditer(text) if " of " in text else ()):  # (speed: "of" first, the noun before read after)
        noun = _PERSON_NOUN_BEFORE.search(text, max(0, m.start() - 20), m.start() - 1)
        if noun and (noun.group("w").lower() in _PERSON_NOUNS or noun.group("w").lower() in _PERSON_NOUNS_INFORMAL):
            yield _finding(text, "age", m.start("a"), m.end("a"), 0.8, "an age over 89 beside a person's noun")
    for m in (map(_Whole, _finditer_first(_AGE_POLISH_LAT, text)) if "lat " in text else ()):
        yield _finding(text, "age", m.start("a"), m.end("a"), 0.8, "an age over 89 beside a person's noun")
    d = dictionaries()
    for m in _QUOTED_SPEAKER.finditer(text):
        name = m.group("n")
        if not _framed_name_ok(name) or name.split()[0] in _SPEAKER_WORDS or name.split()[0] in _NOT_GREETED:
            continue
        if m.group("q")[0].isalpha() and not (d.is_person_name(name.split()[0]) or " " in name):
            continue  # (before a pronoun, a name the lists know or a full name: not "Social: She lives alone")
        yield _finding(text, "name", m.start("n"), m.end("n"), 0.75, "a speaker's name before what they said")


def _seventeenth_round_ids(text: str):
    yield from _speakers_and_ages_17(text)
    yield from _titled_names_17(text)
    yield from _names_after_person_nouns(text)
    yield from _article_names(text)
    yield from _addresses_and_greetings_17(text)
    yield from _codes_and_dates_17(text)
    if p.holds(text, _HONORIFICS):
        yield from _honorific_names(text)
    if not text.isascii():
        yield from _caseless_labelled_names(text)


# ---------------------------------------------------------------- seventeenth round (fresh23–fresh26): places

# The town of an address between the street's comma and its postcode, in any country's order
# ("3 Ironstone Row, Hexham NE46 3LP", "Straed ar Vilin 6, Plougasnou 29630", "7 Church Lane,
# Robin Hood's Bay, YO22 4RA", "Rua Tiradentes, 240, Diamantina - MG, CEP 39100-000"), or after
# the postcode ("619 rue Leie, 68000 Gore"): a digit earlier on the line says it is an address.
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ](?![A-Z]*\b)[^\W\d_]+(?:['’-][^\W\d_]+)*"  # (not in capitals: "NT", "MG")
_TOWN_17 = (rf"{_CAP}(?:[ \t](?:(?:de|del|de[ \t]la|da|do|dos|das|di|du|la|le|ar|upon|sur|y)[ \t])?"
            rf"{_CAP}){{0,3}}")
# Nineteenth round (fresh33): a person named, then "of" and their town, as English writes it in
# Ireland, Britain and East Africa ("Mr Pádraig Ó Conghaile of Carna, Eircode …", "Namukasa
# Florence of Kyotera has been vomiting"), and French's "à" ("médecin traitant Dr Yannig Cornec à
# Sizun"); not an institution's or a department's name after "of"
# ("Dr Byrne of Cardiology", "Prof Okoye of Makerere University").
_OF_TOWN_AFTER_NAME = re.compile(rf"[ \t]+(?:of|à)[ \t]+(?P<t>{_TOWN_17})(?=[ \t]*(?:[,;:)\n]|\.(?:[ \t]|$)|$)|[ \t]+[a-z])")
_TOWN_BEFORE_CODE = re.compile(
    rf"[,:][ \t]+(?P<t>{_TOWN_17})(?:,?[ \t]+(?:{p._UK_AREAS})\d[A-Z\d]?[ \t]\d[ABD-HJLNP-UW-Z]{{2}}\b"
    r"|,?[ \t]+[AC-FHKNPRTV-Y]\d[\dW][ ]?[AC-FHKNPRTV-Y\d]{4}\b"  # an Eircode ("Listowel, V31 KX28")
    r"|,?(?:[ \t]+[A-Z]{2})?[ \t]+[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ ]?\d[ABCEGHJ-NPRSTV-Z]\d\b"  # Canada's
    r"|,?[ \t]+(?!(?:19|20)\d\d\b)(?P<n>\d{4,6}|\d{5}-\d{3}|\d{4}-\d{3}|\d{3}[ ]\d{2})(?=[ \t]*(?:$|\n|[.,;)]))"
    r"|[ \t]+[-–][ \t]+[A-Z]{2},[ \t]+(?:CEP|CP|C\.P\.)[ \t]+\d)")
_QUANTITY_BEFORE = re.compile(r"[^\W\d_]{3,}[ \t]+\d{4,}[ \t]*\Z")  # (a word and a quantity, not a street and its number)
# (on a line of its own under the street's: "Vukovarska 58\n21000 Split")
_CODE_THEN_TOWN = re.compile(rf"(?P<sep>,[ \t]+|\n[ \t]*)(?P<z>\d{{4,5}})[ \t]+(?P<t>{_TOWN_17})(?=[ \t]*(?:$|\n|[.;]))")
_STREET_LINE = re.compile(r"[ \t]*(?:[^\W\d_]{3,}[^\n]{0,30}\d|\d[^\n]{0,30}[^\W\d_]{3,})[^\n]{0,20}")
# The last part of an address after its label, a town with no postcode ("Home: Plot 539, Straed
# ar Vilin Lane, Plasencia.", "Адрес: Pinewood, д. 459, кв. 7, Tagum.").
# (speed: the label's word found in the lower-cased text, its place at a line's or a sentence's
# start checked, the rest matched after it)
_ADDRESS_LABEL_17 = re.compile(r"(?:^|\n|[.。!?][ \t]|。|(?:^|\n)[ \t>]*home[ \t]+)[ \t>]*"
                               r"(?i:home|address|domicile|domicilio|adresse|anschrift|endereço|endereco|dirección|"
                               r"direccion|indirizzo|adres|adresa|alamat|адрес|адреса|residence"
                               # (nineteenth round, fresh34: the label in more languages)
                               r"|địa[ \t]+chỉ|osoite|cím|adresă|adress|διεύθυνση|tirahan|woonadres|wohnadresse|morada|"
                               r"residenza|residência|residencia|adresi)(?:[ \t]+on[ \t]+the[ \t]+form)?"
                               r"[ \t]*\Z", re.IGNORECASE)
_ADDRESS_REST_17 = re.compile(
    rf"[ \t]*:[ \t]*(?P<body>[^\n]*?\d[^\n]*?),[ \t]*(?P<t>{_TOWN_17})[ \t]*(?=\.(?:[ \t\n]|$)|[ \t]*(?:$|\n)"
    r"|[-–][ \t]*[A-Z]{2},)")  # (eighteenth round: a Brazilian town and its state, "Cachoeira - BA, 44300-000")
# The town after a facility's name and a comma, as a letter's head or a clinician's signature
# writes it ("Volta Regional Hospital, Ho", "Hospital Virgen del Puerto, Plasencia", "UBS Vila
# Nova, Serrinha", "Ambulanter Pflegedienst, Pirna - Rechnung", "Máire Ní Bhriain, GP, Tralee").
_FACILITY_THEN_TOWN = re.compile(
    r"(?<![\w-])(?:Hospital|Hospitalet|Hôpital|Hopital|Clinic|Clínica|Clinica|Clinique|Klinik|Klinikum|Infirmary|"
    r"Health[ \t]+Cent(?:re|er)|Medical[ \t]+Cent(?:re|er)|Centro[ \t]+de[ \t]+Sa[uú]de|Centro[ \t]+de[ \t]+Salud|"
    r"Pflegedienst|Krankenhaus|Ospedale|Spital|Szpital|Puskesmas|Nursing[ \t]+Home|Surgery|Practice|Dispensary|"
    r"UBS|USF|RHU|GP|Presidio[ \t]+Ospedaliero|Azienda[ \t]+Ospedaliera|Policlinico|Sanatorio)"  # (nineteenth round)
    r"(?P<rest>[^\n,.;:()\d]{0,40}?),[ \t]+"  # (no number between: "Hospital number 77/402, Senait")
    rf"(?P<t>{_TOWN_17})(?=[ \t]*(?:$|\n|[.;:(]|[ \t][-–/|][ \t]))")
_FACILITY_THEN_TOWN = _first_char(_FACILITY_THEN_TOWN, "HCKIMPOSNDURGA")
# Health facilities in scripts without capitals: the kind's word and the name after it (Arabic,
# Persian: "مستشفى سوهاج الجامعي", "بیمارستان گلستان اهواز"), the name before it (Urdu, the Indian
# scripts: "چانڈکا میڈیکل کالج ہسپتال", "सातारा जिल्हा रुग्णालय", "காரைக்குடி அரசு மருத்துவமனை"), or
# written as one word (Chinese, Japanese, Korean, Thai: "大理州人民医院", "旭川赤十字病院",
# "はえばる内科クリニック", "제주한라병원", "โรงพยาบาลขอนแก่น"); and the town after its comma.
_ARABIC_WORD = r"[\u0621-\u065f\u0670-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u200c]+"
_INDIC_WORD = (r"[\u0900-\u0963\u0971-\u09e5\u09f0-\u0a65\u0a70-\u0ae5\u0af0-\u0b65\u0b70-\u0be5\u0bf0-\u0c65"
               r"\u0c70-\u0ce5\u0cf0-\u0d65\u0d70-\u0dff]+")
# (nineteenth round, fresh34: Iranian and Arab hospitals named after a date, "بیمارستان ۲۲ بهمن",
# "مستشفى ٦ أكتوبر": a day's number before its month)
_DATE_NAMED = (r"[\d۰-۹٠-٩]{1,2}[ \t]+(?:(?:فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|"
               r"يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)(?![\u0621-\u065f]))")
_FACILITY_NAME_AFTER = re.compile(
    rf"(?<![\u0600-\u06ff])(?:مستشفى|مستشفي|مشفى|مشفي|مستوصف|بیمارستان|بيمارستان|درمانگاه|زایشگاه|شفاخانه|شفاخانهٔ|نەخۆشخانەی|نەخۆشخانە)(?:[ \t]+(?:{_ARABIC_WORD}|{_DATE_NAMED})){{1,3}}"
    rf"(?:[ \t]*،[ \t]*(?P<t>{_ARABIC_WORD})(?=[ \t]*(?:$|\n|[.،/|-])))?")
_FACILITY_NAME_BEFORE = re.compile(
    rf"(?:(?:{_ARABIC_WORD}|{_INDIC_WORD})[ \t]+){{1,3}}(?:ہسپتال|اسپتال|ہاسپٹل|روغتون|रुग्णालय|अस्पताल|इस्पितळ|"
    r"चिकित्सालय|दवाखाना|হাসপাতাল|ਹਸਪਤਾਲ|હોસ્પિટલ|ଡାକ୍ତରଖାନା|மருத்துவமனை|ఆసుపత్రి|ಆಸ್ಪತ್ರೆ|ആശുപത്രി|"
    r"රෝහල|රෝහලේ|රෝහලට|රෝහලෙන්|ඉස්පිරිතාලය)")  # (nineteenth round, fresh31: Sinhala's, "මාතර මහ රෝහල")
_CJK_FACILITY = re.compile(
    r"(?<![\u3040-\u30ff\u4e00-\u9fff々ー])(?P<n>[\u3040-\u30ff\u4e00-\u9fff々ー]{2,12}?)"
    r"(?:病院|医院|醫院|クリニック|診療所|卫生院|衛生院|保健所|保健院)"
    r"|(?<![\uac00-\ud7a3])(?P<k>[\uac00-\ud7a3]{2,10}?)(?:병원|의원|보건소|보건지소)(?![\uac00-\ud7a3])"
    r"|(?:โรงพยาบาล|รพ\.)(?P<th>[\u0e01-\u0e4e]{2,20})"
    r"|ໂຮງໝໍ(?P<lo>[\u0e81-\u0edf]{2,20})")  # (nineteenth round: Lao's, "ໂຮງໝໍແຂວງວຽງຈັນ")
_CJK_FACILITY_GENERIC = word_set("当 本 同 他 前 近 近医 大学 総合 専門 地域 一般 市立 県立 精神科 小児科 その他 かかりつけ 紹介元 "
                                 "요양 종합 동네 개인 전문 상급 다른 해당 대학 동네의")
# A town or district in scripts without capitals by its kind's abbreviation or a word of
# residence: Russian "г. Сызрань", "пос. Ильинский"; Thai "ต.หนองเรือ อ.เมืองขอนแก่น" (a province,
# "จ.", stays: a state); Persian and Urdu "ساکن لاهیجان", "رہائش لاڑکانہ"; a Chinese or Japanese
# address's city, town or village ("住所：名護市宮里", "住址：人民路88号，喜洲镇").
_NATIVE_TOWN = re.compile(
    # (eighteenth round: Ukrainian's town and settlement, "м. Самбір", "смт Ворохта", and the letters of
    # Ukrainian, Belarusian and Serbian: "с. Бабина")
    # (twentieth round, fresh37: "г." after a number is a year's, "12.03.2025 г. Дъщеря Мария")
    r"(?<![\w.])(?:(?<!\d[ \t])г|гор|пос|пгт|смт|с|дер|ст|х|(?<!\d[ \t])м)\.[ \t]?"
    r"(?P<ru>[А-ЯЁЀ-ЏҐ][а-яёѐ-џґ'’]+(?:-[А-ЯЁЀ-ЏҐ]?[а-яёѐ-џґ]+)?)(?!\w|\.\w)"
    r"|(?:ต\.|ตำบล|อ\.|อำเภอ|ບ້ານ|ເມືອງ)[ \t]?(?P<th>[\u0e01-\u0e4e\u0e81-\u0ece]{2,20})"
    # (nineteenth round, fresh34: a word of residence and a village's word together, "ساکن روستای
    # رباط سنگ،": the village's name after both, of two words before a comma)
    rf"|(?<![\u0600-\u06ff])(?:(?:ساکن|مقیم|مقيم[ \t]+في|رہائش)[ \t]+)?(?:قریه|قرية|روستای|روستا|گاؤں|گوٹھ|موضع)[ \t]*:?[ \t]*"
    rf"(?P<av>{_ARABIC_WORD}(?:[ \t]{_ARABIC_WORD}(?=[ \t]*[،,]))?)"
    rf"|(?<![\u0600-\u06ff])(?:قریه|قرية|روستای|روستا|گاؤں|گوٹھ|موضع|ساکن|رہائش|رہائشی|مقیم|مقيم[ \t]+في|يقيم[ \t]+في|تسكن[ \t]+في|يسكن[ \t]+في|من[ \t]+أهالي|"
    # (nineteenth round, fresh31: Sorani's "native of", "resident of" and village: "خەڵکی ڕانیە")
    r"خەڵکی|دانیشتووی|گوندی)"
    rf"[ \t]*:?[ \t]*(?P<ar>{_ARABIC_WORD})")
_CJK_ADDRESS = re.compile(r"(?:住所|住址|地址|现住址|現住所|居住地)[ \t]*[：:][ \t]*(?:〒?[\d-]+[ \t]*)?")
_CJK_TOWN = re.compile(r"(?:^|(?<=[，、,：:\s市县縣州都道府県]))(?P<t>[\u4e00-\u9fff]{1,4}?(?:市|镇|鎮|乡|鄉|县|縣|町|村|区|區|郡))")
# A town written in Latin letters right after a preposition of a script without them
# ("Переведена в Sicuani", "من Ho، مزارع", "از Lugano"): the change of script marks a name.
_LATIN_AFTER_OTHER_SCRIPT = re.compile(
    rf"(?<![\w])(?:в|во|из|из-под|до|под|возле|около|у|من|في|إلى|الى|از|به|در|نزدیک)[ \t]+(?P<t>{_CAP}(?:[ \t]{_CAP})?)")
# Turkish names the place before its word of birth or residence ("Nador doğumlu", "Yakutiye
# adresinde yaşıyor", "Kars'ta yaşıyor").
_TURKISH_PLACE_BEFORE = re.compile(
    rf"(?P<t>{_CAP})(?:['’](?:da|de|ta|te|dan|den|tan|ten))?[ \t]+(?:doğumlu|doğumludur|adresinde|ilçesinde|köyünde|"
    r"yaşıyor|yaşamaktadır|ikamet)")
# Where someone calls or leaves from, or heads to ("phoned from Ullapool", "leaving for Anand"),
# and an origin written as a sentence of its own ("From Iten."); a town before its emergency
# department as a note's head ("Mackay ED, 02:40", "Moose Jaw ED - triage").
# (speed: "f" or "t" first, the space asserted behind: the match starts at the word, after the space)
_CALL_FROM_17 = re.compile(rf"[ft](?<=[ \t][ft])(?:rom|or|o)[ \t]+(?P<t>{_TOWN_17})")
_CALL_VERB_BEFORE = re.compile(
    r"(?<![\w])(?:phoned|rang|called|calling|telephoned|rings|phones|writing|wrote|emailed|texted|leaving|left|departing|"
    r"departs|heading|headed|bound|flying|driving|returning)(?:[ \t]+(?:in|back|home))?\Z", re.IGNORECASE)
# A person by their title and name, then where they are from ("Pt Rogelio Balagtas from Tagum");
# a note's head, then its town ("Nursing note, Shashemene: …", "Clinic letter, Tralee").
_PERSON_BEFORE_FROM = re.compile(r"(?:(?<![\w])(?:Pt|Patient|Lola|Lolo|Mzee|Bibi)\.?(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}"
                                 # or by their age ("90yo M from", "A 94-year-old rancher from", "Pt X, 52, from")
                                 r"|(?<![\w.])\d{1,3}[ \t-]?(?:yo|y/o|y\.o\.|yrs?|years?[ -]old|year-old)\b[^\n.;]{0,25}"
                                 r"|,[ \t]*\d{1,3}[ \t]*,)\Z")
# A town after a street and "in" ("She lives at 262 Straed ar Vilin Road in Tondano"), or near a
# town ("pedestrian struck near Clarksdale", "north of Brandon", "She farms outside Bellinzona").
# (speed: " in " and a capital found first, the street's word before it checked; "in" first, a
# literal the engine skips to, its space asserted behind: the match starts after the space)
_STREET_THEN_IN = re.compile(rf"(?:in(?<=[ \t]in)|i(?<=[ \t]i))[ \t]+(?P<t>{_TOWN_17})")
# (nineteenth round, fresh34: the Dutch, German and Nordic street before its number, "Woont op
# Dijkstraat 199 in Dokkum", "Vestergade 12 i Faaborg")
_NUMBERED_STREET_BEFORE_IN = re.compile(
    r"[a-zäöüßåøæé](?:straat|weg|laan|plein|gracht|dijk|kade|singel|steeg|straße|strasse|str\.|gasse|platz|allee|"
    r"ring|damm|ufer|gade|vej|gatan|gata|vägen|veien|stræde|torv|torg|katu|tie)[ \t]+\d{1,4}[a-zA-Z]?\Z")
_STREET_BEFORE_IN = re.compile(r"\b(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Drive|Way|Close|Crescent|Terrace|Place|Court|Row|"
                               r"Gardens|Estate)\.?\Z")
_NEAR_CONTEXT = re.compile(r"\b(?:struck|accident|collision|crash|crashed|incident|found|lives|living|lived|farm|farms|farmed|"
                           r"ranch|village|town|home|house|road|highway|born|located|based|works|worked|fell|injured|bitten|"
                           r"kicked|rollover|drowned|hit|camp|settlement|property|station)\b[^.\n]*\Z", re.IGNORECASE)
_NEAR_TOWN = re.compile(r"[ \t](?:near|outside|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
                        rf"[ \t]+of)[ \t]+(?P<t>{_TOWN_17})")
_HEADED_TOWN_17 = re.compile(rf"^[ \t]*[A-Z][\w-]*(?:[ \t]+[\w-]+){{0,3}}?[ \t]+(?:note|letter|summary|report|referral|"
                             rf"record|entry|slip|sheet)[ \t]*,[ \t]+(?P<t>{_TOWN_17})(?=[ \t]*(?:$|\n|[:;(]|[ \t][-–/|][ \t]))",
                             re.MULTILINE)
_BUSINESS_AFTER = re.compile(r"[ \t]+(?:pharmacy|chemist|surgery|practice|office|shop|store|bank|council|hospital|clinic|"
                             r"school|church|mosque|team|ward|unit|centre|center|station|police|court|prison|care|home)\b")
_FROM_SENTENCE_17 = re.compile(rf"From[ \t]+(?P<t>{_TOWN_17})(?=\.(?:[ \t]|$|\n))")
_TOWN_ED_17 = re.compile(rf"^[ \t]*(?P<t>{_TOWN_17})[ \t]+(?:ED|A&E|ER|Emergency[ \t]+Department)(?=[ \t]*[,:–-])",
                         re.MULTILINE)
# Residence and transfer in other languages, the preposition after (if any) a word or two on
# ("Elle habite Chaves", "Wenjend yn Shashemene", "Zurückverlegt nach Landshut", "Přivezen RZP z
# Ho", "Evacuado en avioneta a Coyhaique", "près de Bastogne", "vicino a Ampezzo", "gikan sa
# Tagum", "pasien dari Kakas"); a town's field ("City: Kearney  State: NE").
_RESIDENCE_17 = re.compile(
    r"habite|habitait|habitant|wenjend|wennet|woont|wohnt|lebt|bydlí|žije|mieszka|živi|живёт|живет|проживает|"
    r"zurückverlegt|rückverlegt|verlegt|überwiesen|eingeliefert|přivezen[ao]?|převezen[ao]?|transportován[ao]?|"
    r"переведена|переведен|доставлена|доставлен|evacuad[oa]|trasladad[oa]|transferid[oa]|trasferit[oa]|"
    r"transf[ée]r[ée]e?|évacué[e]?|in[ \t]+vacanza|de[ \t]+vacaciones|em[ \t]+férias|en[ \t]+vacances"
    r"|(?P<near>près[ \t]+de|vicino[ \t]+a|cerca[ \t]+de|perto[ \t]+de|gikan[ \t]+sa|mula[ \t]+sa|galing[ \t]+sa|"
    r"pasien[ \t]+dari|berasal[ \t]+dari|datang[ \t]+dari|rujukan[ \t]+dari)")
_RESIDENCE_17_ANY_CASE = re.compile(_RESIDENCE_17.pattern, re.IGNORECASE)
_RESIDENCE_17 = _first_char(_RESIDENCE_17, "hwlbžmжпzrvüeptdéicg")  # (speed: the words' first letters)
_RESIDENCE_HINTS_17 = ("habite", "habitait", "habitant", "wenjend", "wennet", "woont", "wohnt", "lebt", "bydl", "žije", "mieszk", "živi", "живёт",
                       "живет", "прожива", "verlegt", "überwies", "eingeliefert", "přivez", "převez", "transportov",
                       "переведен", "доставлен", "evacua", "traslad", "transferid", "transfér", "transferé", "trasferit",
                       "évacu", "vacanza", "vacacion", "férias", "vacances", "près", "vicino", "cerca", "perto", "gikan",
                       "mula sa", "galing", "pasien", "berasal", "datang", "rujukan")  # (not "habits", "formula")
_RESIDENCE_REST_17 = re.compile(
    r"(?:(?:[ \t]+[^\W\d_]+){0,2}?[ \t]+(?:nach|yn|in|te|z|ze|do|v|ve|w|в|во|из|a|à|al|en|em|na|no|di|da|de|u))?"
    rf"[ \t]+(?P<t>{_TOWN_17})")  # (eighteenth round: South Slavic's "u", "Živi u Pader")
_NEAR_REST_17 = re.compile(rf"[ \t]+(?P<t>{_TOWN_17})")
_TOWN_FIELD_17 = re.compile(rf"(?:City|Town|Suburb|Village|Ciudad|Cidade|Ville|Città|Stadt|Ort|Plaats)[ \t]*:[ \t]*"
                            rf"(?P<t>{_TOWN_17})(?=[ \t]{{2}}|[ \t]*(?:$|\n|[,;|]))")
# (a ward or a department one is moved to, as Romance, German and Russian notes capitalise it)
_NOT_A_TOWN_ABROAD = word_set("""Hause Haus Station Intensivstation Normalstation Klinik Heim Pflegeheim Reha Casa Domicilio
Urgencias Emergencia Hospital Hôpital Ospedale Domicile Maison UCI UTI ICU Quirófano Planta Hospitalización Reanimación
Réanimation Rianimazione Reanimação Observación Observation Osservazione Enfermaria Internação Internamiento Urgence
Urgences Bloc Bloco Intensiva Intensivo Intensivmedizin Maternidad Maternité Maternidade Sala Unidad Unidade Unité
Rehabilitación Réadaptation Isolation Isolamento Aislamiento Aufwachraum Stroke Реанимацию Реанимация Хирургию Терапию
Кардиологию Неврологию Стационар Палату
Frühdienst Spätdienst Nachtdienst Tagdienst Frühschicht Spätschicht Nachtschicht Bereitschaftsdienst Wochenenddienst
Eircode Postcode Postleitzahl Zipcode""")
# (nineteenth round, fresh33: a nursing shift, "Station 3, Spätdienst", and a postcode's own word
# before its code, "Eircode H91 X4T2": a heading's or a label's word, not a place)
# The parts of an address after its number in scripts without capitals ("نشانی: خیابان زیتون،
# پلاک ۴۱، امانیه، اهواز"), and the town before the postcode ("स्टेशन रोड, सातारा 415001").
_NATIVE_ADDRESS_TOWNS = re.compile(
    rf"(?:نشانی|آدرس|العنوان|عنوان|پتہ|پتا)[ \t]*:[^\n]*?[\d۰-۹٠-٩][^\n،,]*"
    rf"(?P<rest>(?:[ \t]*[،,][ \t]*{_ARABIC_WORD}(?:[ \t]{_ARABIC_WORD})?)+)(?=[ \t]*(?:[.۔]|$|\n))", re.MULTILINE)
_NATIVE_TOWN_BEFORE_CODE = re.compile(
    rf"[,،][ \t]*(?P<t>(?:{_ARABIC_WORD}|{_INDIC_WORD})(?:[ \t](?:{_ARABIC_WORD}|{_INDIC_WORD}))?)[ \t]+\d{{5,6}}"
    r"(?=[ \t]*(?:$|\n|[.,;)]))")
_NATIVE_STREET_WORDS = ("रोड", "मार्ग", "தெரு", "சாலை", "خیابان", "کوچه", "بلوار", "شارع", "روڈ", "گلی", "پلاک")
_LOCALITY_ABBREVIATIONS = word_set("brgy kel kec kab col ds dsn kp kg")
_NOT_A_TOWN_17 = word_set("""Medicare Medicaid PhilHealth NHIF NHIS OHIP PAMI SUS Fonasa Seguro Policy Oddział Servicio Serviço Service Abteilung Afdeling Reparto Unidad Unité Departamento
Département Station Klinik Paeds Paediatric Pediatric Adult Adults Main Children Childrens Kids Minor Minors Majors
Resus Rural Regional Tertiary General Central District Base Local Our Your Their His Her The This That Same
Home Work Hospital Clinic Ward Unit Dr Mr Mrs Ms Miss Prof Doctor Nurse Sister Department Team Lab Pharmacy
Eircode Postcode Postleitzahl Zipcode
Hosp No Nr Nº Number Num Ref Reg""")  # (nineteenth round, fresh33: the code's own word before it; twentieth, fresh37: a number's label, "Hosp No:")


def _town_ok(town: str, everyday_ok: bool = False) -> bool:
    """Capitalised words that may be a town: not an everyday (unless `everyday_ok`: a postcode
    beside it, "68000 Gore"), a clinical, a street's, a service's word, a title, a region or a month."""
    d = dictionaries()
    words = [w.capitalize() if w.isupper() else w for w in town.split() if w[:1].isupper()]
    if (town in d.regions or town in p.US_STATE_ABBR or not any(c.islower() for c in town)
            or not everyday_ok and all(w in d.common and not d.cities_by_first.get(w) for w in words)):
        return False  # (a word of a many-word town may be an everyday one: "Robin Hood's Bay")
    # A service or a clinical label is named first ("Cardiology", "Cardiología"; a town's last word
    # may be one: "Montego Bay"); a state by its word last ("Oyo State", "Gandaki Province").
    if words and (words[0] in _SERVICES or words[0] in _SERVICES_ROMANCE or words[0] in _DEPARTMENT_WORDS
                  or words[0].lower() in _CLINICAL_LABELS or words[-1] in _REGION_WORDS or _SPECIALTY.search(words[0])):
        return False
    for plain in words:
        if (plain in _NOT_A_TOWN_WORD or plain in _NOT_A_TOWN
                or plain in _NOT_A_TOWN_17 or plain in _COMPASS or plain in _LEADING
                or plain in _MONTH_NAMES or plain.lower() in EPONYM_NOUNS or _title_word(plain)):
            return False
    return True


# Eighteenth round: where a person is from, right after their age, in any language ("93 ans, de
# Verrettes", "96 let, z Domažlic", "84 anni di Maleo", "95 years, of Old Crow", "92 an soti Limbé"):
# the age's word (CLDR's, year_words.txt) says the number is one; "of" only after a comma.
# (speed: the preposition and the town found first, the age before them checked; the prepositions
# as a trie: one of them at most is followed by a space)
_ORIGIN_TOWN_18 = re.compile(
    r"[ \t](?P<p>" + _word_trie(word_set("from of de di da do z ze iz из з od aus van uit från fra dari kutoka soti din desde από"),
                                 boundary=False) + r")[ \t]+"
    rf"(?P<t>{_TOWN_17})")
_AGE_BEFORE_ORIGIN_18 = re.compile(rf"(?<![\w.,/:+-])\d{{1,3}}[ \t]?-?[ \t]?(?P<w>{_ANY_WORD})(?:[ \t-]old)?(?P<c>,?)\Z")
_ENGLISH_YEAR_WORDS_18 = word_set("years year yrs yr yo an")
_DIGIT_18 = re.compile(r"\d")


# Nineteenth round (fresh33): the same in Arabic, the town after the age's year word and "from"
# ("المريضة …، 93 سنة، من حفوز"); not a place's kind. (Not Persian's "ساله از": "از هرات" names a
# province as often as its city.)
_ORIGIN_TOWN_ARABIC_19 = re.compile(
    r"[\d٠-٩](?:[ \t]*(?:سنة|سنه|عاما|عاماً|عام))[ \t]*[،,]?[ \t]*من[ \t]+"
    r"(?!(?:المستشفى|المنزل|البيت|الطوارئ|العيادة|القسم|الريف|المدينة|القرية)(?![\u0621-\u065f]))"
    rf"(?P<t>{_ARABIC_WORD})")


# Nineteenth round (fresh33): a person by their trade, their state or their role, then where they
# are from, in the European languages ("Rolnik z Kościana", "Un marin-pêcheur retraité de
# Douarnenez", "contadino di Corleone", "Landwirt aus Köthen", "seljak iz Tešnja"); a lower-case word
# (an adjective) may stand between. (Not a retiree's word: "jubilado de Correos", retired from an
# employer.)
_PERSON_FROM_TOWN_19 = re.compile(
    r"(?<![\w-])(?i:rolnik|rolniczka|mieszkaniec|mieszkanka|agriculteur|agricultrice|paysan|paysanne|"
    r"p[êe]cheur|marin-p[êe]cheur|habitante?|agricult[oa]r|agricultora|campesin[oa]|"
    r"pescador[a]?|contadin[oa]|agricoltore|pescatore|landwirtin|landwirt|bäuerin|bauer|"
    r"poljoprivrednik|seljak|seljanka|земјоделец|fermer)"
    r"(?:[ \t]+[a-zà-ÿąćęłńóśźżčšž]+)?[ \t]+(?:z|ze|de|d['’]|di|da|aus|von|iz|из|од|nga)[ \t]*"
    rf"(?P<t>{_TOWN_17})")


# Nineteenth round (fresh33): a town after a health facility's kind, inflected, and "in", in the
# Slavic languages, where the facility has no name of its own ("do ośrodka zdrowia w Czempiniu",
# "u domu zdravlja u Tešnju", "в больнице в Кологриве"). (Not German's: "im Krankenhaus in Behandlung".)
_FACILITY_IN_TOWN_19 = re.compile(
    r"(?<![\w-])(?i:szpital[aui]?|szpitalem|ośrod(?:ek|ka|ku|kiem)[ \t]+zdrowia|przychodni[ae]?|bolnic[aeiu]|"
    r"dom[aeu]?[ \t]+zdravlja|больниц[аеуыи]|болниц[аеи]|поликлиник[аеиу]|амбуланта)"
    r"[ \t]+(?:w|we|u|в|во)[ \t]+"
    r"(?P<t>[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁЀ-ЏҐ][a-zß-ÿā-ſа-яёѐ-џґ'’-]+(?:[ \t][A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁЀ-ЏҐ][a-zß-ÿā-ſа-яёѐ-џґ'’-]+)?)")
# and a town near a locality named by its kind ("од селото Карбинци кај Штип", "wieś Kębłowo koło
# Kościana", "le hameau de Kerlaz près de Douarnenez")
_NEAR_AFTER_LOCALITY_19 = re.compile(
    r"[ \t]+(?:near|nahe|bei|près[ \t]+de|cerca[ \t]+de|perto[ \t]+de|vicino[ \t]+a|koło|obok|pod|kod|blizu|pored|"
    r"кај|близу|крај|около|возле|pranë|afër|dekat|біля|поблизу|netoli|šalia|poblíž|nedaleko|neďaleko)[ \t]+"
    r"(?P<t>[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁЀ-ЏҐ][a-zß-ÿā-ſа-яёѐ-џґ'’-]+)(?![\w-])")


# and an origin as a sentence's or a line's first words in the Slavic languages, Albanian and
# Indonesian, as English's "From Iten." ("Iz Vadnagar, penzioner.", "Од Штип.", "Dari Medan, petani")
_FROM_FIRST_19 = re.compile(r"(?:^|(?<=[.!?][ \t]))[ \t]*(?:Iz|Из|Од|Nga|Dari)[ \t]+"
                            r"(?P<t>[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁЀ-ЏҐ][a-zß-ÿā-ſа-яёѐ-џґ'’-]+)(?=[ \t]*[,.])", re.MULTILINE)


# (speed: the patterns run where a word they need is in the lower-cased text)
_FROM_FIRST_HINTS_19 = ("Iz ", "Из ", "Од ", "Nga ", "Dari ")
_PERSON_HINTS_19 = ("rolni", "mieszka", "agricult", "paysan", "pêcheur", "pecheur", "habitant", "campesin", "pescador",
                    "contadin", "agricolt", "pescator", "landwirt", "bäuer", "bauer", "poljopriv", "seljak", "seljank",
                    "земјодел", "fermer")
_FACILITY_HINTS_19 = ("szpital", "ośrod", "przychodni", "bolnic", "zdravlja", "больниц", "болниц", "поликлиник", "амбуланта")


def _nineteenth_places(text: str):
    for m in (_FROM_FIRST_19.finditer(text) if p.holds(text, _FROM_FIRST_HINTS_19) else ()):
        if _town_ok(m.group("t")):
            yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town a sentence starts from (any language)")
    low = text.lower()
    for m in (_PERSON_FROM_TOWN_19.finditer(text) if p.holds(low, _PERSON_HINTS_19) else ()):
        if _town_ok(m.group("t")) and not _BUSINESS_AFTER.match(text, m.end("t")):
            yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town after a person's trade or role (any language)")
    for m in (_FACILITY_IN_TOWN_19.finditer(text) if p.holds(low, _FACILITY_HINTS_19) else ()):
        if _town_ok(m.group("t")):
            yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town after a health facility's kind (any language)")


def _towns_after_age_18(text: str):
    if not text.isascii() and "من" in text:  # (speed: its "from" first; a digit starts it)
        for m in _ORIGIN_TOWN_ARABIC_19.finditer(text):  # (0.75: an age's and an origin's words, as sure as a label)
            yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town after a person's age (any language)")
    words = dictionaries().year_words
    for m in _ORIGIN_TOWN_18.finditer(text):
        if not _DIGIT_18.search(text, max(0, m.start() - 24), m.start()):
            continue  # (speed: no number before)
        age = _AGE_BEFORE_ORIGIN_18.search(text, max(0, m.start() - 24), m.start())
        if not age or (m.group("p") == "of" and not age.group("c")):
            continue  # ("30 years of Diabetes": "of" only after a comma)
        word = age.group("w").lower()
        if (word in _ENGLISH_YEAR_WORDS_18 or words.get(word) in ("after", "both")) and _town_ok(m.group("t")):
            yield _finding(text, "place", m.start("t"), m.end("t"), 0.7, "a town after a person's age (any language)")


# Eighteenth round: a town and its postcode as a line of their own, the town first with a comma,
# its region in brackets or its state's code between ("Machynlleth, 495827", "Whitehorse, YT
# 500859", "Roberval (Québec) 70530"), or a UK code first ("KW17 7TA Húsavík").
_TOWN_CODE_LINE_18 = re.compile(
    rf"^[ \t]*(?:(?P<t>{_TOWN_17})(?:[ \t]*\((?P<r>{_CAP}(?:[ \t]{_CAP})?)\)|,(?:[ \t]+[A-Z]{{2}})?)[ \t]+"
    r"(?!(?:19|20)\d\d\b)(?P<z>\d{4,6}|\d{2}-\d{3}|\d{3}[ ]\d{2}|[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2})"
    rf"|(?:{p._UK_AREAS})\d[A-Z\d]?[ \t]\d[ABD-HJLNP-UW-Z]{{2}}[ \t]+(?P<u>{_TOWN_17}))[ \t]*$", re.MULTILINE)


def _town_code_lines_18(text: str):
    for m in _TOWN_CODE_LINE_18.finditer(text):
        group = "t" if m.group("t") else "u"
        if _town_ok(m.group(group)) and not m.group(group).lower().endswith(_NOT_A_NAME_ENDINGS):
            yield _finding(text, "place", m.start(group), m.end(group), 0.75, "a town and its postcode as a line")
            if m.group("z"):
                yield _finding(text, "zip", m.start("z"), m.end("z"), 0.75, "a postcode after its town on a line")


# Eighteenth round: where a relative lives or is, in any language ("Tochter in Sölden", "Enkel aus
# Nürtingen", "her nephew Graham McTaggart in Bracebridge", "Datteren Sara bor i Vadsø"): the
# preposition and the town found first (cheap), the relative's word and name before them checked.
_TOWN_AFTER_PREPOSITION_18 = re.compile(
    rf"[ \t](?:in|aus|from|i|en|em|à|w|u|z|в|из|з|у)[ \t]+(?P<t>{_TOWN_17})")
_RELATIVE_BEFORE_18 = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(RELATIONS)})(?:[ \t]+{_NAME_WORD_17}){{0,3}}"
    r"(?:[ \t]+(?i:bor|bo|lives|living|wohnt|lebt|woont|vit|vive|mora|mieszka|живе|живет|живёт))?\Z")


def _relatives_towns_18(text: str):
    for m in _TOWN_AFTER_PREPOSITION_18.finditer(text):
        if not any(w.lower() in _RELATION_WORDS for w in text[max(0, m.start() - 48):m.start()].split()):
            continue  # (speed: a relative's word among the words before, then the regex)
        if (_RELATIVE_BEFORE_18.search(text, max(0, m.start() - 48), m.start()) and _town_ok(m.group("t"))
                and not _BUSINESS_AFTER.match(text, m.end("t"))):
            yield _finding(text, "place", m.start("t"), m.end("t"), 0.7, "a town where a relative lives or is")


# Eighteenth round: a Russian, Ukrainian or Kazakh hospital named by its town's adjective before
# its kind, in any case ("Карагандинская областная клиническая больница", "з Самбірської ЦРЛ"); not
# a generic one ("Детская больница", "Городская поликлиника").
_CYRILLIC_FACILITY_18 = re.compile(
    r"(?<![\w-])(?P<n>[А-ЯЁЄІЇҚ][а-яёєіїґқңөұүһ'’]+(?:ск|цк|зьк|ськ|цьк)(?:ая|ой|ий|ый|ое|ую|ом|ої|ій|ою|ого|ому|а|у|е)"
    r"(?:[ \t]+[а-яёєіїґ]+(?:ая|ой|ий|ый|ое|ую|ом|ої|ій|ою|ого|ому|на|ної|ній|ну))*)[ \t]+"
    r"(?:больниц[аеыуй]|лікарн[яіюе]|бальніц[аыуэ]|ЦРЛ|ЦРБ|ЦГБ|ЦМЛ|ОКБ|РКБ|госпитал[ьяюе]|поликлиник[аеиу]|клиник[аеиу]|клінік[аиуі]|"
    # (nineteenth round, fresh31: a medical centre, "Сурхандарьинский областной многопрофильный медицинский центр")
    r"(?:медицинск|медичн)[а-яії]*[ \t]+центр[аеуі]?(?![\w-]))")
_GENERIC_FACILITY_18 = ("город", "детск", "республиканск", "міськ", "дитяч", "психиатр", "психіатр", "университетск",
                        "клиническ", "клінічн", "академическ", "железнодорожн", "військов", "военн", "туберкул")
_CYRILLIC_FACILITY_HINTS_18 = ("больниц", "лікарн", "бальніц", "ЦРЛ", "ЦРБ", "ЦГБ", "ЦМЛ", "ОКБ", "РКБ", "госпитал", "поликлиник", "центр",
                               "клиник", "клінік")


# Nineteenth round (fresh33): a Tajik hospital or health centre, its kind first and the words of its
# ezafe chain after, to the capitalised town or name that ends it ("Беморхонаи марказии ноҳияи Кӯлоб",
# "Маркази саломатии деҳаи Ёқубҷон"), the whole name a place.
_TAJIK_FACILITY_19 = re.compile(
    r"(?<![\w-])(?:[Бб]еморхонаи|[Бб]емористони|[Мм]аркази[ \t]+саломатии|[Мм]аркази[ \t]+тиббии|[Дд]армонгоҳи)"
    r"(?:[ \t]+[а-яёӣӯқғҳҷ]+и)*[ \t]+[А-ЯЁӢӮҚҒҲҶ][а-яёӣӯқғҳҷ]+(?:-[А-ЯЁӢӮҚҒҲҶ]?[а-яёӣӯқғҳҷ]+)?")


def _cyrillic_facilities_18(text: str):
    if "еморхона" in text or "емористо" in text or "аркази" in text or "армонгоҳ" in text:
        for m in _TAJIK_FACILITY_19.finditer(text):
            yield _finding(text, "place", m.start(), m.end(), 0.75, "a hospital named kind first (Tajik)")
    if not p.holds(text, _CYRILLIC_FACILITY_HINTS_18):
        return  # (speed)
    for m in _CYRILLIC_FACILITY_18.finditer(text):
        if not m.group("n").lower().startswith(_GENERIC_FACILITY_18):
            yield _finding(text, "place", m.start(), m.end(), 0.75, "a hospital named by its town's adjective")


# Eighteenth round: a hospital or a medical centre in Hebrew (the name after: "המרכז הרפואי זיו"),
# Amharic and Armenian (the name before: "ፈለገ ሕይወት ሆስፒታል", "Դիլիջանի բժշկական կենտրոն").
_FACILITY_OTHER_SCRIPTS_18 = re.compile(
    r"(?:בית[ \t]החולים|בית[ \t]חולים|המרכז[ \t]הרפואי|מרכז[ \t]רפואי)[ \t]+(?P<he>[\u05d0-\u05ea][\u05d0-\u05ea׳״'\"]*)"
    r"|(?P<am>[\u1200-\u135a]+(?:[ \t][\u1200-\u135a]+){0,2})[ \t]+(?:ሆስፒታል|ጤና[ \t]ጣቢያ|ክሊኒክ)"
    r"|(?P<hy>[Ա-Ֆ][ա-ֆ]+)[ \t]+(?:բժշկական[ \t]կենտրոն|հիվանդանոց|պոլիկլինիկա)")
_FACILITY_OTHER_HINTS_18 = ("החולים", "חולים", "רפואי", "ሆስፒታል", "ጤና", "ክሊኒክ", "բժշկական", "հիվանդանոց", "պոլիկլինիկա")
_NOT_A_FACILITY_NAME_18 = frozenset({"הזה", "שלנו", "אחר", "הקרוב", "עם", "על", "אל", "של", "כדי", "ואז", "ושם", "ወደ", "ከ", "በ",
                                     "የ", "እና", "ወይም"})


def _facilities_other_scripts_18(text: str):
    if not p.holds(text, _FACILITY_OTHER_HINTS_18):
        return  # (speed)
    for m in _FACILITY_OTHER_SCRIPTS_18.finditer(text):
        group = "he" if m.group("he") else "am" if m.group("am") else "hy"
        words = [w for w in m.group(group).split() if w not in _NOT_A_FACILITY_NAME_18]
        if words:
            yield _finding(text, "place", m.start(), m.end(), 0.75, "a health facility named by its kind")


# Eighteenth round: a village or a town by its kind's word or a word of residence, in more
# languages: Punjabi, Bengali, Hindi before the name ("ਪਿੰਡ ਮਹਿਰਾਜ", "গ্রাম জয়পুর", "পোস্ট বিষ্ণুপুর");
# Mongolian and Kazakh after it ("Мөрөн сум", "Шорнақ ауылынан", "Түркістан қаласына"); Malayalam's
# "native of" ("കുമരകം സ്വദേശി"); Thai's "lives at", Mongolian's "place of residence:", Serbian's
# "lives in", Arabic's "coming from" ("อาศัยอยู่ที่ แม่ริม", "Оршин суугаа газар: Хархорин", "Живи у
# Ивањица", "قادمة من عزازقة"), and the town ending a Hebrew or Georgian address after its number.
_NATIVE_RESIDENCE_18 = tuple((hints, re.compile(pattern, re.MULTILINE)) for hints, pattern in (  # (speed: each
    # pattern where one of its words is in the text)
    (("ਪਿੰਡ", "গ্রাম", "পোস্ট", "गाँव", "गांव", "ग्राम", "ଗ୍ରାମ", "गाव"),
     rf"(?:ਪਿੰਡ|গ্রাম|পোস্ট|गाँव|गांव|ग्राम|ଗ୍ରାମ|गाव)[ \t]+(?P<t>{_INDIC_WORD})"),  # (nineteenth round: Odia's, Marathi's)
    (("сум", "ауыл", "қалас", "ауданы"), r"(?P<t>[А-ЯЁӨҮҚҒҢҰІӘҺ][а-яёөүқғңұіәһ]+)[ \t]+"
                                         r"(?:сум|сумын|ауылы|ауылынан|ауылында|қаласы|қаласына|қаласында|ауданы|"
                                         # (twentieth round, fresh37: the other cases, "Қарағанды қаласынан")
                                         r"қаласынан|ауылына|ауданынан|ауданында|ауданына|кенті|кентінен|кентінде)(?![\w])"),
    (("സ്വദേശി",), r"(?P<t>[\u0d00-\u0d7f]+)[ \t]+സ്വദേശി"),
    (("อาศัยอยู่ที่",), r"อาศัยอยู่ที่[ \t]*(?P<t>[\u0e01-\u0e4e]+)"),
    (("Оршин",), r"Оршин[ \t]суугаа[ \t]газар[ \t]*:[ \t]*(?P<t>[А-ЯЁӨҮ][а-яёөү]+)"),
    (("иви у", "иве у", "ивео у", "ивела у"),
     r"(?<![\w])(?:[Жж]иви|[Жж]иве|[Жж]ивео|[Жж]ивела)[ \t]+у[ \t]+(?P<t>[А-ЯЂЈЉЊЋЏ][а-яђјљњћџ]+)"),
    (("قادم",), rf"(?<![\u0600-\u06ff])(?:قادمة|قادم)[ \t]+من[ \t]+(?P<t>{_ARABIC_WORD})"),
    (("כתובת", "მისამართი"), r"(?:כתובת|მისამართი)[ \t]*:[^\n]*?\d[^\n,]*,[ \t]*"
                              r"(?P<t>[\u05d0-\u05ea]+(?:[ \t][\u05d0-\u05ea]+)?|[\u10d0-\u10ff]+)(?=[ \t]*(?:$|\n|[.,]))"),
))


def _native_residences_18(text: str):
    for hints, regex in _NATIVE_RESIDENCE_18:
        if p.holds(text, hints):
            for m in regex.finditer(text):
                yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town by its kind's or residence's word")


# Nineteenth round (fresh31): a town, a village or a hospital by its kind's word in more languages:
# Uzbek after the name, inflected ("Termiz shahridan", "Olmazor qishlog'idan", "Chilonzor
# mahallasida"); Burmese's hospital after its town ("မုံရွာ ဆေးရုံကြီး"); Khmer's hospital and
# village before the name ("មន្ទីរពេទ្យខេត្តកំពត", "ភូមិ ទឹកឈូ", "ឃុំ ...").
_KIND_PLACES_19 = tuple((hints, re.compile(pattern), why) for hints, pattern, why in (
    (("shahr", "qishlo", "mahalla"),
     r"(?<![\w'ʻ’‘-])(?P<t>[A-Z][a-zʻ'’‘]+(?:[ -][A-Z][a-zʻ'’‘]+)?)[ \t]+(?:shahri|shahridan|shahrida|shahriga|shahrilik|"
     r"qishlog['ʻ’‘]?i|qishlog['ʻ’‘]?idan|qishlog['ʻ’‘]?ida|qishlog['ʻ’‘]?iga|mahallasi|mahallasidan|mahallasida)(?![\w'ʻ’‘])",
     "a town or village by its kind's word after it (Uzbek)"),
    (("ဆေးရုံ",), r"(?<![\u1000-\u109f])(?P<t>[\u1000-\u109f]{2,}[ \t]*ဆေးရုံ(?:ကြီး)?)(?![\u1000-\u109f])",
     "a hospital by its town (Burmese)"),
    (("មន្ទីរពេទ្យ",), r"(?P<t>មន្ទីរពេទ្យ[ \t]*[\u1780-\u17ff]{3,})", "a hospital by its kind's word (Khmer)"),
    (("ភូមិ", "ឃុំ"), r"(?<![\u1780-\u17ff])(?:ភូមិ|ឃុំ)[ \t]+(?P<t>[\u1780-\u17ff]{2,})",
     "a village or commune by its kind's word (Khmer)"),
))


def _kind_places_19(text: str):
    for hints, regex, why in _KIND_PLACES_19:
        if p.holds(text, hints):
            for m in regex.finditer(text):
                if m.group("t") not in dictionaries().regions:
                    yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, why)


# (nineteenth round, fresh34: Italian, Spanish, Portuguese and Catalan prose write the street's kind
# in lower case after its preposition, "residente in via Gramsci 17, Orgosolo", "vive en calle
# Mayor 12", "mora na rua das Flores 45"; the town after it as after any street)
_LOWER_STREET_HINTS = ("via ", "viale ", "piazza ", "corso ", "vicolo ", "strada ", "calle ", "avenida ", "plaza ",
                       "paseo ", "camino ", "carrer ", "rua ", "travessa ", "estrada ", "alameda ", "praça ")
_LOWER_STREET = re.compile(
    r"(?<![\w])(?:in|en|na|no|em|nella|alla|sulla|a|al|à)[ \t]+(?P<a>(?:via|viale|piazza|corso|vicolo|strada|calle|avenida|"
    r"plaza|paseo|camino|carrer|rua|travessa|estrada|alameda|praça)[ \t]+(?:(?:de|del|de[ \t]la|da|do|dos|das|della|"
    r"delle|dei|di|la)[ \t]+)?[A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:(?:de|da|do|del|di|la)[ \t]+)?[A-ZÀ-Þ][\w'’-]+){0,2},?[ \t]+"
    r"(?:n\.?[ \t]?|nº[ \t]?|n°[ \t]?)?\d{1,4}[a-zA-Z]?)(?![\w/.,]\d|\w)"
    r"(?![ \t]+(?:mesi|giorni|settimane|anni|ore|meses|días|dias|semanas|años|anos|horas|mg|ml|g|kg)\b)")


def _lower_streets_19(text: str):
    if p.holds(text, _LOWER_STREET_HINTS):
        for m in _LOWER_STREET.finditer(text):
            yield _finding(text, "address", m.start("a"), m.end("a"), 0.8, "a street after its preposition (lower-case kind)")
            yield from _towns_after(text, m.end("a"))


# (nineteenth round, fresh34: German and Dutch put the verb last, the town before it: "nach Unfall bei
# Wolfstein eingeliefert", "aus Kusel zuverlegt", "in Dokkum opgenomen", "uit Sneek overgeplaatst")
_VERB_FINAL_HINTS = ("eingeliefert", "verlegt", "überwiesen", "aufgefunden", "verunfallt", "gestürzt", "wohnhaft",
                     "opgenomen", "overgeplaatst", "binnengebracht", "gevonden", "woonachtig", "verwezen")
_VERB_FINAL_TOWN = re.compile(
    rf"(?<![\w])(?:bei|in|aus|von|nach|uit|bij|te|vanuit)[ \t]+(?P<t>{_TOWN_17})[ \t]+(?:(?P<de>eingeliefert|zuverlegt|"
    r"verlegt|überwiesen|aufgefunden|verunfallt|gestürzt|wohnhaft)|opgenomen|overgeplaatst|binnengebracht|gevonden|"
    r"woonachtig|verwezen)(?![\w])")
# A fishing boat's port letters and number after its kind's word ("the trawler PD 419", "FV BF 72",
# "le chalutier GV 1234", "Kutter SC 12"): a vehicle's registration.
_GERMAN_TOWN_ENDING = re.compile(r"(?:stein|berg|burg|dorf|bach|hausen|heim|feld|furt|ingen|stadt|tal|weiler|rode|"
                                 r"brück|brücken|kirchen|hofen|born|leben|stedt|büttel|beck|werder|hagen)\Z")
_BOAT_HINTS = ("trawler", "boat", "FV ", "F/V", "seiner", "longliner", "chalutier", "bateau", "Kutter", "kotter",
               "pesquero", "peschereccio", "kutter", "fiskebåd", "fiskefartøj")
_BOAT_NUMBER = re.compile(
    r"(?i:trawler|fishing[ \t]+boat|creel[ \t]+boat|seiner|longliner|chalutier|bateau[ \t]+de[ \t]+pêche|kutter|kotter|"
    r"pesquero|peschereccio|fiskebåd|fiskefartøj)[ \t]+(?:(?:MFV|FV|F/V)[ \t]+)?(?P<v>[A-Z]{1,3}[ -]?\d{1,4}[A-Z]?)(?![\w-])"
    r"|(?<![\w/])(?:MFV|FV|F/V)[ \t]+(?P<w>[A-Z]{1,3}[ -]?\d{1,4}[A-Z]?)(?![\w-])")


def _verb_final_towns_19(text: str):
    if p.holds(text, _VERB_FINAL_HINTS):
        for m in _VERB_FINAL_TOWN.finditer(text):
            # (German writes every noun with a capital, "nach Sturz eingeliefert": there, a town's
            # ending or a known town; Dutch's nouns are lower case)
            german = bool(m.group("de"))
            if _town_ok(m.group("t")) and (not german or _GERMAN_TOWN_ENDING.search(m.group("t"))
                                           or m.group("t") in dictionaries().cities_by_first):
                yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town before a verb of arrival or residence")
    if p.holds(text, _BOAT_HINTS):
        for m in _BOAT_NUMBER.finditer(text):
            g = "v" if m.group("v") else "w"
            yield _finding(text, "vehicle", m.start(g), m.end(g), 0.8, "a fishing boat's port letters and number")


# Twentieth round (fresh37): a town after a word or a label of residence in the Nordic, Baltic,
# Slavic, Caucasian and Central Asian languages ("Búsett í Poprad", "býr á Akranesi", "frá Ísafirði",
# "bosatt i Alta", "Bydlisko: Stornoway", "Prebivališče: Kranj", "живее в Пловдив", "Местоживеене:
# Русе", "Пребивалиште: Ниш", "Elukoht: Tartu", "Dzīvesvieta: Cēsis", "Gyvenamoji vieta: Utena",
# "Lakóhely: Pécs", "Тұрғылықты жері: Шымкент", "მცხოვრები: ქუთაისი", "Բնակության վայր` Գյումրի"), a
# town in any script that writes it; with a number after it, the street it is.
_RESIDENCE_HINTS_20 = ("úsett", "ýr ", "frá ", "osatt", "osat ", "ydlisk", "ydliště", "býva ", "ebivali", "živi ", "Živi ",
                       "ивее", "естоживеен", "ебивалиш", "lukoht", "elab ", "zīvesviet", "zīvo ", "yvenam", "yvena ",
                       "akóhely", "ұрғылықты", "тұрады", "მცხოვრებ", "საცხოვრებ", "նակության", "նակվում", "amieszkan",
                       "omiciliu", "omiciliat", "otipaikka", "asuu ", "оживания", "ительства", "ohnort", "oonplaats",
                       "Residence:", "Resident of", "Domicile:", "Domicilio:")
_RESIDENCE_20 = re.compile(
    r"(?<![\w])(?:(?i:búsett|búsettur|býr|bosatt|bosat|býva|živi|живее|elab|dzīvo|gyvena|asuu|тұрады|"
    r"zamieszkał[aey]?|domiciliat[ăa]?|domiciliul)[ \t]+(?:í|á|i|på|v|vo|u|в|във|у|în|w|we)?|(?<![\w])frá"
    r"|(?i:bydlisko|trvalé[ \t]+bydlisko|bydliště|trvalé[ \t]+bydliště|prebivališče|stalno[ \t]+prebivališče|"
    r"prebivalište|пребивалиште|местоживеене|постоянен[ \t]+адрес|elukoht|dzīvesvieta|gyvenamoji[ \t]+vieta|lakóhely|"
    r"тұрғылықты[ \t]+жері|место[ \t]+жительства|место[ \t]+проживания|miejsce[ \t]+zamieszkania|domiciliu|"
    r"kotipaikka|asuinpaikka|wohnort|woonplaats|residence|resident[ \t]+of|domicile|domicilio)[ \t]*[:`՝]?"
    r"|მცხოვრები[ \t]*:?|საცხოვრებელი[ \t]+ადგილი[ \t]*:?|բնակության[ \t]+վայր[ \t]*[:`՝]?|բնակվում[ \t]+է)"
    r"[ \t]+(?P<t>(?:[A-ZÀ-ÞĀ-ŽА-ЯЁЀ-ЏҐӘҒҚҢӨҰҮҺІ\u0531-\u0556][^\W\d_]+|[\u10d0-\u10ff]{2,})"
    r"(?:[ \t-](?:[A-ZÀ-ÞĀ-ŽА-ЯЁЀ-ЏҐӘҒҚҢӨҰҮҺІ\u0531-\u0556][^\W\d_]+|[\u10d0-\u10ff]{2,})){0,2})"
    r"(?P<num>[ \t]+\d{1,4}[A-Za-z]?(?:/\d{1,4})?(?![\w.,/:]\w))?")


# Twentieth round (fresh37): a hospital or a home named by its kind in more languages: Nordic, one
# word or the town beside it ("Finnmarkssykehuset Hammerfest", "Alta sykehjem", "Sjúkrahúsið á
# Akureyri", "Sykehuset Innlandet"); Baltic, the town's genitive first ("Daugavpils reģionālā
# slimnīca", "Klaipėdos universitetinė ligoninė", "Ida-Viru Keskhaigla"); Slovak and Czech, the town
# after ("Univerzitná nemocnica Martin"); Bulgarian, by its acronym ("УМБАЛ „Св. Георги“", "МБАЛ
# Русе"); Georgian, the town's genitive first ("ქუთაისის რეფერალური ჰოსპიტალი"); Russian, by its
# number ("Городская клиническая больница №1"); Scottish and Irish Gaelic and Welsh, kind first
# ("Ospadal nan Eilean Siar", "Ospidéal na Gaillimhe", "Ysbyty Gwynedd"). Not the kind alone.
_NORDIC_KINDS_20 = (r"(?:sykehus|sykehuset|sjukehus|sjukehuset|sjukhus|sjukhuset|sygehus|sygehuset|sjúkrahús|"
                    r"sjúkrahúsið|sjúkrahúsinu|sykehjem|sykehjemmet|sjukhem|sjukhemmet|plejehjem|plejecenter|"
                    r"helsesenter|legesenter|legekontor|vårdcentral|vårdcentralen|heilsugæsla|heilsugæslan|"
                    r"heilsugæslustöð|heilsugæslustöðin|heilbrigðisstofnun|hjúkrunarheimili|hjúkrunarheimilið)")
_CAP_20 = r"[A-ZÀ-ÞĀ-Ž][^\W\d_]+(?:-[A-ZÀ-ÞĀ-Ž][^\W\d_]+)?"
_FACILITIES_20 = tuple((hints, re.compile(pattern)) for hints, pattern in (
    (("sykehus", "sjukehus", "sjukhus", "sygehus", "úkrahús", "sykehjem", "sjukhem", "plejehjem", "plejecenter",
      "senter", "legekontor", "vårdcentral", "heilsugæsl", "heilbrigðisstofnun", "hjúkrunarheimil"),
     rf"(?<![\w-])(?:(?P<one>[A-ZÆØÅÁÐÉÍÓÚÝÞÖ][^\W\d_]+{_NORDIC_KINDS_20})(?:[ \t]+(?P<one_t>{_CAP_20}))?"
     rf"|(?P<kind>(?i:{_NORDIC_KINDS_20}))(?:[ \t]+(?:á|í|i|på))?[ \t]+(?P<kind_t>{_CAP_20})"
     rf"|(?P<before>{_CAP_20})[ \t]+[a-zæøåáðéíóúýþö]*{_NORDIC_KINDS_20})(?![\w-])"),
    (("slimnīc", "ligonin", "haigla", "nemocnic", "klīnik", "poliklinik"),
     rf"(?<![\w-])(?:(?P<gen>{_CAP_20})(?:[ \t]+[a-zāčēģīķļņšūžąęėįųõäöü]+){{0,2}}[ \t]+(?:slimnīca|slimnīcā|slimnīcas|"
     rf"ligoninė|ligoninėje|ligoninės|haigla|haiglas|haiglasse|klīnika)"
     rf"|(?P<est>{_CAP_20})[ \t]+[A-ZÕÄÖÜ][a-zõäöü]*haigla"
     rf"|(?:[A-ZÁ-Ža-zá-ž]+[ \t]+)?(?:[Nn]emocnica|[Nn]emocnice|[Nn]emocnici)(?:[ \t]+s[ \t]+poliklinikou)?[ \t]+(?P<sk>{_CAP_20}))(?![\w-])"),
    (("БАЛ", "ДКЦ", "СБАЛ"),
     r"(?<![\w-])(?:УМБАЛ|МБАЛ|СБАЛ[А-Я]*|ДКЦ|СБДПЛР|КОЦ)(?:[ \t]+[-–]?[ \t]*)(?:„[^“”\"\n]{2,40}[“”\"]|[А-Я][а-я]+(?:[ \t-][А-Я][а-я]+){0,2})"),
    (("ჰოსპიტალ", "საავადმყოფო", "კლინიკა", "ცენტრი"),
     r"(?<![\u10d0-\u10ff])[\u10d0-\u10ff]+ის(?:[ \t][\u10d0-\u10ff]+){0,2}[ \t](?:ჰოსპიტალი|საავადმყოფო|კლინიკა|"
     r"სამედიცინო[ \t]ცენტრი)(?![\u10d0-\u10ff])"),
    (("№",),
     r"(?<![\w-])[А-ЯЁ][а-яё]+(?:[ \t]+[а-яё]+){0,3}[ \t]+(?:больниц[аеыуй]|поликлиник[аеиу]|госпитал[ьяюе]|клиник[аеиу]|"
     r"диспансер[аеу]?|роддом[аеу]?|[Бб]олниц[аеи]|лікарн[яіюе])[ \t]*№[ \t]?\d{1,3}"),
    (("Ospadal", "Ospidéal", "Ysbyty"),
     r"(?<![\w-])(?:Ospadal|Ospidéal|Ysbyty)(?:[ \t]+(?:nan?|an|na|y|yr|[A-ZÀ-ÞÁÉÍÓÚ][^\W\d_'’-]*(?:['’-][^\W\d_]+)?)){0,3}"
     r"[ \t]+[A-ZÀ-ÞÁÉÍÓÚ][^\W\d_]+"),
))


def _facilities_20(text: str):
    for hints, regex in _FACILITIES_20:
        if not p.holds(text, hints):
            continue
        for m in regex.finditer(text):
            named = [m.group(g) for g in ("one_t", "kind_t", "before", "gen", "est", "sk") if g in regex.groupindex and m.group(g)]
            if any(n in dictionaries().regions or not _town_ok(n) and n.isascii() for n in named):
                continue
            if "kind" in regex.groupindex and m.group("kind") and not named:
                continue
            if ("before" in regex.groupindex and m.group("before")
                    and text[:m.start()].rstrip(" \t")[-1:] in ("", ".", "!", "?", "\n", ":")):
                continue  # "Pasienten sykehjem…": a sentence's first word, no town
            yield _finding(text, "place", m.start(), m.end(), 0.75, "a hospital or a home named by its kind (more languages)")


# Twentieth round (fresh37): a plate after a car's word in the Nordic, Baltic, Slavic, Caucasian and
# Central Asian languages ("Bíllinn 6558 RB", "bilen EL 12345", "automašīna KN-4821", "автомобил
# СА 1234 ВХ", "VRM: НИ 446-УВ"), Latin or Cyrillic letters with digits either side.
_CAR_WORDS_20 = ("íl", "ÍL", "bil ", "Bil ", "bilen", "Bilen", "bilnummer", "auto ", "Auto ", "autot", "autó", "ajoneuv",
                 "Ajoneuv", "õiduk", "mašīn", "avto", "втомоб", "кола", "машин", "ავტომობ", "მანქან",
                 "մեքենա", "көлік", "VRM", "VRN", "ajoneuv", "sõiduk")
_CAR_PLATE_20 = re.compile(
    r"(?<![\w])(?:(?i:bíll|bíllinn|bílinn|bílnum|bílsins|bil|bilen|bilens|bilnummer|auto|autot|autó|autója|"
    r"automašīna|automašīnas|mašīna|mašīnas|automobilis|automobilio|avto|avtomobil|avtomobila|ajoneuvo|sõiduk|"
    r"автомобил|автомобила|автомобилът|автомобиль|автомобиля|кола|колата|машина|машины|машин|машиний|көлік|көлігі)"
    r"|ავტომობილი|მანქანა|մեքենա|մեքենան|VRM|VRN)"
    r"(?:[ \t]+(?i:nr|no|reg|með|númer|med|skilt|number|номер|рег|numurs|numeris)\.?)?[ \t]*[:#]?[ \t]*"
    r"(?P<v>[A-ZА-ЯЁ]{1,3}[ -]?\d{2,5}(?:[ -]?[A-ZА-ЯЁ]{1,3})?|\d{2,5}[ -]?[A-ZА-ЯЁ]{1,3}(?:[ -]?\d{1,3})?)(?![\w-])")
# (and a Mongolian date, the year's, the month's and the day's words: "2025 оны 3 сарын 12")
_MONGOLIAN_DATE_20 = re.compile(r"(?<![\d])(?:19|20)\d\d[ \t]+оны[ \t]+\d{1,2}(?:[ \t]+дугаар)?[ \t]+сарын[ \t]+\d{1,2}"
                                r"(?:-?(?:ны|ний|нд|нээс|ад|ид|од|өд))?(?![\d])")


def _plates_and_dates_20(text: str):
    if p.holds(text, _CAR_WORDS_20):
        for m in _CAR_PLATE_20.finditer(text):
            if not (_YEARS.match(m.group("v")) or _clinical_label(re.split(r"[ -]", m.group("v"))[:1])):
                yield _finding(text, "vehicle", m.start("v"), m.end("v"), 0.8, "a plate after a car's word (more languages)")
    if "сарын" in text:
        for m in _MONGOLIAN_DATE_20.finditer(text):
            yield _finding(text, "date", m.start(), m.end(), 0.8, "a date in Mongolian")


def _residence_words_20(text: str):
    if not p.holds(text, _RESIDENCE_HINTS_20):
        return
    for m in _RESIDENCE_20.finditer(text):
        town = m.group("t")
        if m.group("num"):
            yield _finding(text, "address", m.start("t"), m.end("num"), 0.75, "a street after a word of residence")
        elif (town not in dictionaries().regions and town.split()[0] not in _NOT_A_TOWN_ABROAD
              and (not town.isascii() or _town_ok(town))):
            yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town after a word of residence")


def _seventeenth_places(text: str):
    yield from _lower_streets_19(text)
    yield from _verb_final_towns_19(text)
    yield from _kind_places_19(text)
    yield from _latin_towns_17(text)
    yield from _nineteenth_places(text)
    yield from _towns_after_age_18(text)
    yield from _town_code_lines_18(text)
    yield from _relatives_towns_18(text)
    if not text.isascii():
        yield from _native_places_17(text)
        yield from _cyrillic_facilities_18(text)
        yield from _facilities_other_scripts_18(text)
        yield from _native_residences_18(text)
    yield from _facilities_19(text)
    yield from _signature_and_home_towns_19(text)
    yield from _residence_words_20(text)
    yield from _facilities_20(text)
    yield from _plates_and_dates_20(text)
    if not text.isascii():
        yield from _native_plates_19(text)
        yield from _other_script_places_19(text)


# Nineteenth round: a plate after a vehicle's word in a script of its own, letters and digits of
# that script ("موټر ننګرهار ۴۱۸۷۳", "मोटरसाइकल बा ४२ प ४१८७", "ລົດ ກຂ 4187", "машин 4187 УБА");
# a province's name may lead it (Afghanistan's). Not a count ("машина 103") nor a phone.
_PLATE_LETTERS_19 = rf"(?:[^\W\d_]|{_MARK})"
_PLATE_TOKEN_19 = rf"(?:\d{{1,5}}|{_PLATE_LETTERS_19}{{1,3}})"
_NATIVE_PLATE_19 = re.compile(
    r"(?<![\w-])(?:موټر|موتر|ماشین|موټرسایکل|موترسایکل|سيارة|سيارته|سیارہ|گاڑی|गाडी|गाड़ी|मोटरसाइकल|मोटरसाइकिल|"
    r"ລົດຈັກ|ລົດ|รถ|машин[аыу]?|мотоцикл|автомашин[аыу]?|[Мм]ашина|[Мм]отоцикл|"
    r"[Мм]ашын[аеуы]?|[Аа]ўтамабіл[ьяі])[ \t]*[:：]?[ \t]*"  # (fresh31: Belarusian's, "на машыне 4417 AK-1")
    rf"(?P<v>(?:{_PLATE_LETTERS_19}{{2,10}}[ \t]+)?{_PLATE_TOKEN_19}(?:[ \t-]{_PLATE_TOKEN_19}){{0,3}})"
    rf"(?![\w-]|{_MARK})")
_PLATE_HINTS_19 = ("موټر", "موتر", "ماشین", "سيار", "سیار", "گاڑی", "गाड", "मोटर", "ລົດ", "รถ", "машин", "мотоцикл",
                   "Машин", "Мотоцикл", "машын", "Машын", "ўтамабіл")


# Nineteenth round: the town ending a clinician's signature after the credential and the specialty
# ("Priya Sandhu, MD, Internal Medicine, Nanaimo"), and the town after a house that a sentence
# says someone lives at, with no street word ("lives alone at 3 Harbourhead, Pittenweem").
_SIGNATURE_TOWN_19 = re.compile(
    rf"^[ \t]*{_CAP}(?:[ \t]{_CAP}){{1,3}},[ \t]+(?:MD|DO|MBBS|MBChB|FRCPC|FRCP|FRACP|FRACGP|FRNZCGP|FACP|RN|NP|GP|PhD)"
    r"(?:,[ \t]+(?:MD|FRCPC|FRCP|FACP|FRACP|PhD|MPH|MSc|CCFP))*"
    rf"(?:,[ \t]+{_CAP}(?:[ \t](?:&|and|of|{_CAP})){{0,4}})?,[ \t]+(?P<t>{_TOWN_17})[ \t]*$", re.MULTILINE)
_HOME_AT_19 = re.compile(
    r"\b(?:lives|living|lived|resides|residing|stays|staying)[ \t]+(?:alone[ \t]+|on[ \t]+her[ \t]+own[ \t]+|on[ \t]+his"
    r"[ \t]+own[ \t]+)?at[ \t]+(?P<a>\d{1,4}[A-Za-z]?[ \t]+(?:The[ \t]+)?[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}),[ \t]+"
    rf"(?P<t>{_TOWN_17})(?=[ \t]*(?:[.,;)\n]|$))")
_HOME_AT_19 = _first_char(_HOME_AT_19, "lrs")  # (speed: the verbs' first letters)
_AT_HOUSE_19 = re.compile(r"at[ \t]+\d")  # (speed: the house's number every match holds, from its literal)


# (and a postcode ending an address after its house number, the Netherlands' "Rijksweg 41, 6271 AE.";
# Azerbaijan's after its town, "Şəki AZ 5500")
_CODE_ENDING_ADDRESS_19 = re.compile(r"(?<=\d,[ \t])[1-9]\d{3}[ \t]?[A-Z]{2}(?=[ \t]*(?:[.,;)\n]|$))"
                                     r"|(?<![\w-])AZ[ \t-]?\d{4}(?![\w-])")
_CODE_ENDING_ADDRESS_19 = _first_char(_CODE_ENDING_ADDRESS_19, "1-9A")  # (speed: a look-behind first tried everywhere)
_CODE_AFTER_COMMA_19 = re.compile(r",[ \t][1-9]\d{3}[ \t]?[A-Z]{2}")  # (speed: the Dutch code from its comma)


def _signature_and_home_towns_19(text: str):
    if "AZ" in text or (", " in text and _CODE_AFTER_COMMA_19.search(text)):
        for m in map(_Whole, _finditer_first(_CODE_ENDING_ADDRESS_19, text)):
            yield _finding(text, "zip", m.start(), m.end(), 0.8, "a postcode ending an address")
    if "MD" in text or "RN" in text or "GP" in text or "NP" in text or "DO" in text or "MB" in text or "FR" in text:
        for m in _SIGNATURE_TOWN_19.finditer(text):
            if _town_ok(m.group("t")):
                yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town ending a clinician's signature")
    if " at " in text and _AT_HOUSE_19.search(text):
        for m in map(_Whole, _finditer_first(_HOME_AT_19, text)):
            if _town_ok(m.group("t")):
                yield _finding(text, "address", m.start("a"), m.end("a"), 0.75, "the house someone lives at")
                yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town after a house someone lives at")


# Nineteenth round: a word of a script without capitals after a preposition or a verb of residence of
# a Latin-script language: a town written as its people write it ("Born in پغمان, she still farms",
# "from ວັງວຽງ", "Llegó de پغمان", "Gyvena बनेपा"); and Dari's and Pashto's "near" and "village"
# before a town ("نزدیک پغمان", "د کلي سرخرود څخه").
_OTHER_SCRIPT_LETTER_19 = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f]")
_OTHER_SCRIPT_WORD_19 = rf"{_OTHER_SCRIPT_LETTER_19.pattern}(?:[^\W\d_]|{_MARK})*"
_OTHER_SCRIPT_PLACE_19 = re.compile(
    r"(?<![\w-])(?:[Ff]rom|[Ii]n|[Nn]ear|at|to|outside|de|desde|en|em|à|aus|bei|nach|uit|naar|iš|din|"
    r"[Gg]yvena|lives|vive|vit|wohnt|woont|bor|mieszka|žije|dzīvo)[ \t]+"
    rf"(?P<t>{_OTHER_SCRIPT_WORD_19}(?:[ \t]{_OTHER_SCRIPT_WORD_19})?)(?=[ \t]*(?:[,.;:)\n]|$)|[ \t]+[A-Za-zÀ-ÿ])")
_NEAR_VILLAGE_19 = re.compile(
    rf"(?<![\u0600-\u06ff])(?:نزدیک|نزديك|نږدې|کلي|ولسوالۍ|ولسوالی|روستای)[ \t]+(?P<t>{_ARABIC_WORD})"
    r"(?=[ \t]*[.،,؛\n]|[ \t]*$|[ \t]+(?:څخه|ته|کې|کښې|کی|در|از|به)(?![\u0600-\u06ff]))")


# (and English kin before a name in a script without capitals: "His neighbour زرغونه rang")
_ENGLISH_KIN_OTHER_SCRIPT_19 = re.compile(
    r"(?<![\w-])(?:[Nn]eighbou?r|son|daughter|wife|husband|brother|sister|mother|father|nephew|niece|grandson|"
    rf"granddaughter|cousin|friend|carer)[ \t]+(?P<n>{_OTHER_SCRIPT_WORD_19}(?:[ \t]{_OTHER_SCRIPT_WORD_19})?)"
    r"(?=[ \t]*(?:[,.;:)\n]|$)|[ \t]+[A-Za-z])")


def _other_script_places_19(text: str):
    if not _OTHER_SCRIPT_LETTER_19.search(text):
        return  # (speed: the name or the town of these scripts first; accented Latin letters are not)
    for m in _ENGLISH_KIN_OTHER_SCRIPT_19.finditer(text):
        yield _finding(text, "name", m.start("n"), m.end("n"), 0.8, "a name after a relative's word (any script)")
    for m in _OTHER_SCRIPT_PLACE_19.finditer(text):
        yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town in its own script after a preposition of place")
    if "نزدیک" in text or "نزديك" in text or "نږدې" in text or "کلي" in text or "ولسوال" in text or "روستای" in text:
        for m in _NEAR_VILLAGE_19.finditer(text):
            yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town after 'near' or 'village' (Dari, Pashto)")


def _native_plates_19(text: str):
    if not p.holds(text, _PLATE_HINTS_19):
        return  # (speed)
    for m in _NATIVE_PLATE_19.finditer(text):
        value = m.group("v")
        tokens = value.split()
        digits = sum(c.isdigit() for c in value)
        if digits < 3 or digits > 7 or len(tokens) < 2 or not any(t.isdigit() for t in tokens):
            continue
        yield _finding(text, "vehicle", m.start("v"), m.end("v"), 0.8, "a plate after a vehicle's word (any script)")


# Nineteenth round: a hospital named before its kind in the Nordic, Baltic and Dutch languages
# ("Gällivare sjukhus", "Anykščių ligoninė", "Zuyderland Medisch Centrum", "Gelre ziekenhuis");
# a facility by its kind's abbreviation and level (Madagascar's "CSB II Ambositra", Austria's
# "LKH Wolfsberg", "UKH Klagenfurt"); a Mongolian province's or district's hospital ("Өмнөговь
# аймгийн Нэгдсэн эмнэлэг"); not a generic one ("Universitair Medisch Centrum").
_FACILITY_BEFORE_KIND_19 = re.compile(
    r"(?<![\w-])(?P<n>[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]+(?:[ \t-][A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]+)?)[ \t]+"
    r"(?:sjukhus|sykehus|sjukehus|sygehus|ligoninė|slimnīca|haigla|[Mm]edisch[ \t]+[Cc]entrum|[Zz]iekenhuis)(?![\w-])")
_FACILITY_BEFORE_KIND_HINTS_19 = ("sjukhus", "sykehus", "sjukehus", "sygehus", "ligoninė", "slimnīca", "haigla", "edisch",
                                  "iekenhuis")
_FACILITY_GENERIC_19 = word_set("Universitair Universitaire Academisch Academische Algemeen Algemene Regionaal "
                                "Het Een Dit Dat Ons Onze Det Ett Vårt Detta Samma Annat Nya Gamla Universitets "
                                "Centraal Centrale Sint Det Et Vores Mūsų Rajono Respublikinė Vaikų")
_FACILITY_LEVEL_19 = re.compile(
    r"(?<![\w-])(?:(?:CSB|CSI|CSPS|CS|CHD)[ \t]+(?:I{1,3}|IV|[12])|LKH|UKH|BKH)[ \t]+"
    r"(?P<n>[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]+)?)")
_FACILITY_LEVEL_19 = _first_char(_FACILITY_LEVEL_19, "CLUB")  # (speed: the kinds' first capitals)
_MONGOLIAN_FACILITY_19 = re.compile(
    r"(?<![\w-])[А-ЯЁӨҮ][а-яёөү]+(?:-[А-ЯЁӨҮ]?[а-яёөү]+)?[ \t]+(?:аймгийн|сумын|дүүргийн|хотын)(?:[ \t]+[А-ЯЁӨҮа-яёөү][а-яёөү]+){0,2}?[ \t]+"
    r"(?:эмнэлэг|эмнэлгийн|эмнэлэгт|эмнэлгээс)(?![\w-])")


# (and a Mongolian address's subdistrict, building and flat: "4-р баг, 12-р байр, 7 тоот")
_MONGOLIAN_ADDRESS_19 = re.compile(
    r"(?<![\w-])\d{1,3}-р[ \t]+(?:баг|хороо|хороолол|байр)(?:,?[ \t]+\d{1,3}-р[ \t]+(?:баг|хороо|хороолол|байр|орц))*"
    r"(?:,?[ \t]+\d{1,4}[ \t]+тоот)?(?![\w-])")


# (and an English hospital named kind first, after its level, whatever its name is: a town or a
# county, "University Hospital Kerry", "University Hospital Lewisham", "General Hospital Ashford")
_HOSPITAL_KIND_FIRST_19 = re.compile(
    r"(?<![\w-])(?:University|General|Regional|District|Community|County|Base)[ \t]+Hospital[ \t]+"
    r"(?P<n>[A-Z][a-z]+(?:[ \t-][A-Z][a-z]+)?)(?![\w-])")
_HOSPITAL_KIND_FIRST_19 = _first_char(_HOSPITAL_KIND_FIRST_19, "UGRDCB")  # (speed: the kinds' capitals)


_HOSPITAL_PARTS_19 = word_set("Trust Trusts Foundation Group Board Network Campus Site Wing Block Building Annex "
                              "Annexe Centre Center School Library Pharmacy Laboratory Lab Staff Board Charity")


def _facilities_19(text: str):
    if "Hospital " in text:
        d = dictionaries()
        for m in map(_Whole, _finditer_first(_HOSPITAL_KIND_FIRST_19, text)):
            words = m.group("n").replace("-", " ").split()
            if not any((w in d.common and not (w in d.regions or w in d.cities_by_first or d.is_person_name(w)))
                       or w in _HOSPITAL_PARTS_19 or w in _SERVICES or w in _DEPARTMENT_WORDS or w in _NOT_A_TOWN or w in _COMPASS
                       or w.lower() in _CLINICAL_LABELS for w in words):
                yield _finding(text, "place", m.start(), m.end(), 0.75, "a hospital named after its kind")
    if "-р " in text:
        for m in _MONGOLIAN_ADDRESS_19.finditer(text):
            yield _finding(text, "address", m.start(), m.end(), 0.8, "a Mongolian address")
    if p.holds(text, _FACILITY_BEFORE_KIND_HINTS_19):
        d = dictionaries()
        for m in _FACILITY_BEFORE_KIND_19.finditer(text):
            words = re.split(r"[ \t-]", m.group("n"))
            if any(w in _FACILITY_GENERIC_19 or w in d.common for w in words) or not _locality_name_ok(m.group("n"), False):
                continue
            yield _finding(text, "place", m.start(), m.end(), 0.75, "a hospital named before its kind")
    if "CS" in text or "KH" in text or "CHD" in text:
        for m in map(_Whole, _finditer_first(_FACILITY_LEVEL_19, text)):
            if _locality_name_ok(m.group("n"), False):
                yield _finding(text, "place", m.start(), m.end(), 0.75, "a health facility named by its kind")
    if "эмнэл" in text:
        for m in _MONGOLIAN_FACILITY_19.finditer(text):
            yield _finding(text, "place", m.start(), m.end(), 0.75, "a province's or district's hospital (Mongolian)")


def _latin_towns_17(text: str):
    for m in _TOWN_BEFORE_CODE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.group("n") and m.group("t") not in dictionaries().cities_by_first and (
                m.group("t").lower().endswith(_NOT_A_NAME_ENDINGS) or _QUANTITY_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            continue  # "Ceftriaxone 2000, Paracetamol 1000": drugs and their doses
        if text[m.start()] == ":":
            if not _ADDRESS_LABEL_17.search(text, max(0, m.start() - 36), m.start()):
                continue  # "Day 2: Clexane 4000.": after a colon, only an address's label's value
        elif m.group("n") and not re.search(r"\d", text[max(line_start, m.start() - 80):m.start()]):
            continue  # (after a comma: a street's number before a bare number; a UK, Irish, Canadian code is enough)
        if _town_ok(m.group("t"), everyday_ok=not m.group("n")):
            yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town between its street and its postcode")
    for m in _CODE_THEN_TOWN.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.group("sep").startswith("\n"):
            street = _STREET_LINE.fullmatch(text, line_start, m.start())
        else:
            street = re.search(r"\d", text[max(line_start, m.start() - 60):m.start()])
        at_end = text[m.end("t"):m.end("t") + 1] in ("", "\n")
        if street and _town_ok(m.group("t"), everyday_ok=at_end and not m.group("sep").startswith("\n")):
            yield _finding(text, "zip", m.start("z"), m.end("z"), 0.75, "a postcode before its town")
            yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town after its postcode")
    for m in _address_labels_17(text):
        before = m.group("body").rsplit(",", 1)[-1].split()
        if not before or not (re.search(r"\d", before[-1] + before[0]) or before[-1] in _NOT_A_TOWN_WORD):
            continue  # "…21-14, Riobamba, Chimborazo": after a town, its province
        if _town_ok(m.group("t")):
            yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town ending an address")
    for m in _finditer_first(_FACILITY_THEN_TOWN, text):
        if _town_ok(m.group("t")) and not dictionaries().is_plain_name(m.group("t").split()[-1]):
            yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town after a facility's name")
    for m in _residences_17(text):
        town = m.group("t")
        if _town_ok(town) and town.split()[0] not in _NOT_A_TOWN_ABROAD:
            yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town after a word of residence or transfer")
    for m, confidence, why in _calls_from_17(text):
        town = m.group("t")
        if _town_ok(town) and not _HOSPITAL_AREA_AFTER.match(text, m.end("t")) and not _BUSINESS_AFTER.match(text, m.end("t")):
            # (a call's or a person's origin is the least sure: the model may drop it)
            yield _finding(text, "place", m.start("t"), m.end("t"), confidence, why)
    if "doğum" in text or "adresinde" in text or "yaşı" in text or "ikamet" in text:
        for m in _TURKISH_PLACE_BEFORE.finditer(text):
            if _town_ok(m.group("t")):
                yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a place before a word of birth or residence")


def _address_labels_17(text: str):
    at = text.find(":")
    while at >= 0:  # (speed: from each colon, the label before it)
        if _ADDRESS_LABEL_17.search(text, max(0, at - 36), at):
            m = _ADDRESS_REST_17.match(text, at)
            if m:
                yield m
        at = text.find(":", at + 1)


def _residences_17(text: str):
    rx, searched = _lowered(_RESIDENCE_17_ANY_CASE, _RESIDENCE_17, text)
    if rx is _RESIDENCE_17 and not p.holds(searched, _RESIDENCE_HINTS_17):
        searched = ""  # (speed: none of the words is in the text)
    for k in (_finditer_first(rx, searched) if rx is _RESIDENCE_17 else rx.finditer(searched)):
        if k.start() and text[k.start() - 1].isalnum():
            continue
        m = (_NEAR_REST_17 if k.group("near") else _RESIDENCE_REST_17).match(text, k.end("_whole" if rx is _RESIDENCE_17 else 0))
        if m:
            yield m
    if ":" in text:
        for m in _TOWN_FIELD_17.finditer(text):
            if m.start() == 0 or text[m.start() - 1] == "\n" or text[max(0, m.start() - 2):m.start()] in ("  ", "\t"):
                yield m


def _calls_from_17(text: str):
    """(match, confidence, why) of the towns in a sentence's frames: a call's or a person's origin,
    a note's head, a street's town, a town near an event."""
    for m in _CALL_FROM_17.finditer(text):
        space = m.start() - 1
        if _CALL_VERB_BEFORE.search(text, max(0, space - 20), space):
            yield m, 0.65, "a town one calls or leaves from"
        elif m.group().startswith("from") and _PERSON_BEFORE_FROM.search(text, max(0, space - 50), space):
            yield m, 0.65, "the town a person is from"
    if "," in text:
        for m in _HEADED_TOWN_17.finditer(text):
            yield m, 0.75, "a town after a note's head"
    if " in " in text or " i " in text:
        for m in _STREET_THEN_IN.finditer(text):
            if (m.group().startswith("in") and _STREET_BEFORE_IN.search(text, max(0, m.start() - 13), m.start() - 1)
                    or _NUMBERED_STREET_BEFORE_IN.search(text, max(0, m.start() - 24), m.start() - 1)):
                yield m, 0.75, "a town after a street"
    near = "near" in text or "outside" in text or "th of" in text or "st of" in text
    for m in (_NEAR_TOWN.finditer(text) if near else ()):
        if _NEAR_CONTEXT.search(text, max(0, m.start() - 50), m.start()):
            yield m, 0.7, "a town near a home or an event"
    if "From " in text:
        for m in _FROM_SENTENCE_17.finditer(text):
            if m.start() == 0 or text[m.start() - 1] == "\n" or text[max(0, m.start() - 2):m.start() - 1] in ".!?":
                yield m, 0.65, "the town a person is from"
    if " ED" in text or " A&E" in text or " ER" in text or "Emergency Department" in text:
        for m in _TOWN_ED_17.finditer(text):
            yield m, 0.75, "a town before its emergency department"


_CYRILLIC_17 = re.compile(r"[\u0400-\u04ff]")
_ARABIC_17 = re.compile(r"[\u0600-\u06ff]")
_INDIC_17 = re.compile(r"[\u0900-\u0dff]")
_EAST_ASIAN_17 = re.compile(r"[\u0e00-\u0eff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")  # (Thai and Lao too)


def _native_places_17(text: str):
    # (speed: each script's patterns only where the script is written)
    arabic, cyrillic = bool(_ARABIC_17.search(text)), bool(_CYRILLIC_17.search(text))
    indic, east_asian = bool(_INDIC_17.search(text)), bool(_EAST_ASIAN_17.search(text))
    if arabic:
        for m in _FACILITY_NAME_AFTER.finditer(text):
            end = m.start("t") - 1 if m.group("t") else m.end()
            yield _finding(text, "place", m.start(), text.rfind("،", m.start(), end + 1) if m.group("t") else end, 0.75,
                           "a health facility named by its kind")
            if m.group("t"):
                yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town after a facility's name")
        yield from _native_address_towns(text)
    if arabic or indic:
        for m in _FACILITY_NAME_BEFORE.finditer(text):
            yield _finding(text, "place", m.start(), m.end(), 0.75, "a health facility named by its kind")
        for m in _NATIVE_TOWN_BEFORE_CODE.finditer(text):
            if not any(w in m.group("t") for w in _NATIVE_STREET_WORDS):
                yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town between its street and its postcode")
    if east_asian:
        for m in _CJK_FACILITY.finditer(text):
            name = m.group("n") or m.group("k") or m.group("th") or m.group("lo")
            if name not in _CJK_FACILITY_GENERIC:
                yield _finding(text, "place", m.start(), m.end(), 0.75, "a health facility named by its kind")
        for label in _CJK_ADDRESS.finditer(text):
            end = text.find("\n", label.end())
            for m in _CJK_TOWN.finditer(text[:len(text) if end < 0 else end], label.end()):
                yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town in an address (Chinese, Japanese)")
    if arabic or cyrillic or east_asian:
        for m in _NATIVE_TOWN.finditer(text):
            group = next(g for g in ("ru", "th", "av", "ar") if m.group(g))
            yield _finding(text, "place", m.start(group), m.end(group), 0.75, "a town by its kind's word or a word of residence")
    if arabic or cyrillic:
        for m in _LATIN_AFTER_OTHER_SCRIPT.finditer(text):
            if _town_ok(m.group("t")) and any(c.islower() for c in m.group("t")):
                yield _finding(text, "place", m.start("t"), m.end("t"), 0.75,
                               "a town in Latin letters after another script's preposition")


def _native_address_towns(text: str):
    for m in _NATIVE_ADDRESS_TOWNS.finditer(text):
        at = m.start("rest")
        for part in re.split("[،,]", m.group("rest"))[1:]:
            at = text.index(part, at)
            town = part.strip()
            if town and not any(w in town for w in _NATIVE_STREET_WORDS):
                start = at + part.index(town)
                yield _finding(text, "place", start, start + len(town), 0.75, "a town ending an address")
            at += len(part)


# Nineteenth round (fresh31): a dwelling on a numbered road, its number then the road's ("2281
# Route 12, Tignish", "4410 Highway 16", "RR 3", "12 County Road 5", "Km 4 Ruta 40"), ending its line
# or before a comma.
_ROAD_WORDS_19 = ("Route", "Highway", "Hwy", "Road", "Rd", "RR", "Ruta", "Rodovia", "Carretera")
_NUMBERED_ROAD_19 = re.compile(
    r"(?<![\w/.,-])\d{1,6}[ \t]+(?:(?:County|State|US|Provincial|Rural|Range|Township|Concession)[ \t]+(?:Road|Rd\.?|Route|Highway)"
    r"|Route|Highway|Hwy\.?|RR|Ruta|Rodovia|Carretera)[ \t]+(?:[A-Z]{1,3}-)?\d{1,4}[A-Z]?"
    r"(?=[ \t]*(?:,|\n|$))")
_NUMBERED_ROAD_19 = _first_char(_NUMBERED_ROAD_19, r"\d")  # (speed: a look-behind first tried everywhere)


def _numbered_roads_19(text: str):
    if p.holds(text, _ROAD_WORDS_19):
        for m in map(_Whole, _finditer_first(_NUMBERED_ROAD_19, text)):
            yield _finding(text, "address", m.start(), m.end(), 0.8, "a dwelling's number on a numbered road")


# Nineteenth round (fresh31): a person and their role in brackets after the name, in any language
# ("Reviewed with Subhashree Ehrhardt (registrar)", "vu par Claire Fabre (interne)", "mit Jonas
# Weber (Oberarzt)"): the role says the words before it are a person's name.
_ROLE_IN_BRACKETS_19 = re.compile(
    r"\((?i:registrar|consultant|sho|fy[12]|ct[1-3]|st[1-8]|resident|intern|fellow|attending|nurse|charge[ \t]nurse|"
    r"ward[ \t]sister|matron|gp|pharmacist|physiotherapist|physio|dietitian|dietician|midwife|social[ \t]worker|"
    r"interpreter|rn|hca|np|interne|médecin|infirmière|infirmier|chef[ \t]de[ \t]clinique|cadre[ \t]de[ \t]santé|"
    r"oberarzt|oberärztin|assistenzarzt|assistenzärztin|stationsarzt|stationsärztin|chefarzt|chefärztin|"
    r"residente|adjunto|adjunta|enfermera|enfermero|enfermeira|mir|r[1-5]|interno|interna|specializzando|"
    r"specializzanda|infermiera|infermiere|rezydent|rezydentka|pielęgniarka|lekarz|lekarka|"
    # twenty-first round (fresh40, fresh41): a household's or a family's role, the therapists' acronyms
    # ("Eleni (housemaid)", "Youssef (sponsor)", "Ka-man (OT)", "Maria (daughter)")
    r"ot|pt|slt|slp|sponsor|kafeel|kafil|housemaid|maid|nanny|domestic[ \t]helper|helper|carer|caregiver|"
    r"son|daughter|wife|husband|mother|father|sister|brother|niece|nephew|granddaughter|grandson|neighbour|"
    r"neighbor|friend|partner|guardian)\)")
_NAME_BEFORE_ROLE_19 = re.compile(
    r"(?<![\w-])(?P<n>[A-ZÀ-ÖØ-ÞĀ-ſ][a-zà-ÿā-ž'’-]+(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-ſ][a-zà-ÿā-ž'’-]+){0,3})[ \t]*"
    + _ROLE_IN_BRACKETS_19.pattern)


def _names_before_roles(text: str):
    """_NAME_BEFORE_ROLE_19's matches (speed: from each role, the name searched in the 80
    characters before it, after the role before it)."""
    done = 0
    for r in _ROLE_IN_BRACKETS_19.finditer(text):
        m = _NAME_BEFORE_ROLE_19.search(text, max(done, r.start() - 80), r.end())
        done = r.end()
        if m and m.end() == r.end():
            yield m


def _names_before_roles_19(text: str):
    if "(" not in text or not _ROLE_IN_BRACKETS_19.search(text):
        return  # (speed: the role first, a literal bracket the engine skips to)
    d = dictionaries()
    for m in _names_before_roles(text):
        words = m.group("n").split()
        while words and words[0] in d.common and not d.is_person_name(words[0]):
            words = words[1:]  # "Discussed Mary Smith (registrar)": the sentence's verb
        one = len(words) == 1 and d.is_person_name(words[0]) and _framed_name_ok(words[0])
        if (len(words) >= 2 or one) and _world_name_ok(words) and " ".join(words) not in d.regions:
            name = " ".join(words)
            start = m.end("n") - len(name)
            if text[start:m.end("n")] == name:
                yield _finding(text, "name", start, m.end("n"), 0.8, "a name before its role in brackets")


# Twentieth round (fresh35): the languages that write a village's noun, or "near", after its name
# (Hungarian, Lithuanian, Latvian, Estonian, Finnish, Turkish, Basque: "Piricse faluban", "Salako
# kaimo", "Nyírbátor mellett", "Otepää külas", "Azpeitia herrian"), and the languages whose "near"
# comes first, without a locality's noun before it ("netoli Zarasų", "біля Верховини").
_CAP_WORD_20 = r"[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁЀ-ЏҐ][a-zß-ÿā-ſəа-яёѐ-џґ'’-]{2,}"  # (twenty-first round: Azerbaijani's "ə")
_POSTPOSED_KIND_20 = re.compile(
    rf"(?<![\w'’-])(?P<t>{_CAP_WORD_20}(?:[ \t-]{_CAP_WORD_20})?)[ \t]+"
    r"(?P<k>falu|faluban|faluból|faluba|faluig|községben|községből|községbe|tanyán|tanyáról|mellett|közelében|határában|"
    r"kaimas|kaime|kaimo|kaimą|kaimu|miestelis|miestelyje|miestelio|ciemā|ciema|ciemats|ciematā|"
    r"küla|külas|külast|külla|kylä|kylässä|kylästä|kylään|köyünde|köyünden|köyüne|herrian|herritik|herrira|herriko|"
    # twenty-first round: the Turkic languages' village and town, with their cases (Azerbaijani
    # "Şəki kəndindən gəlib", Turkish "Ayvalık kasabasında", Uzbek "Chust qishlog'idan", Kyrgyz
    # "Ат-Башы айылы", Kazakh "Қарабұлақ ауылынан")
    r"kəndi|kəndində|kəndindən|kəndinə|qəsəbəsi|qəsəbəsində|qəsəbəsindən|şəhərində|şəhərindən|köyü|kasabası|"
    r"kasabasında|kasabasından|qishlog['’ʻ]i|qishlog['’ʻ]ida|qishlog['’ʻ]idan|айылы|айылында|айылынан|ауылы|ауылында|"
    r"ауылынан|кыштагы|кыштагынан)"
    r"(?![\w-])")
_NEAR_WORDS_20 = ("mellett", "közelében", "határában")
_NEAR_FIRST_20 = re.compile(rf"(?<![\w-])(?:netoli|біля|поблизу|неподалік|poblíž|nedaleko|neďaleko)[ \t]+(?P<t>{_CAP_WORD_20})(?![\w-])")
_POSTPOSED_HINTS_20 = ("falu", "közs", "tany", "mellett", "közel", "határ", "kaim", "miestel", "ciem", "kül", "kylä",
                       "köyü", "herri", "kənd", "qəsəbə", "şəhər", "kasaba", "qishlog", "айыл", "ауыл", "кыштак")
_NEAR_FIRST_HINTS_20 = ("netoli", "біля", "поблизу", "неподалік", "poblíž", "nedaleko", "neďaleko")


def _postposed_localities_20(text: str):
    d = dictionaries()
    low = text.lower()
    for m in (_POSTPOSED_KIND_20.finditer(text) if p.holds(low, _POSTPOSED_HINTS_20) else ()):
        town = m.group("t")
        near = m.group("k") in _NEAR_WORDS_20
        if near and _sentence_start(text[max(0, m.start() - 40):m.start()]):
            continue  # "Metformin mellett": a sentence's first word may be anything
        if _town_ok(town) and town.split()[0] not in d.common and not (near and d.is_person_name(town.split()[0])):
            yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a locality before its noun (any language)")
    for m in (_NEAR_FIRST_20.finditer(text) if p.holds(low, _NEAR_FIRST_HINTS_20) else ()):
        if _town_ok(m.group("t")) and m.group("t") not in d.common:
            yield _finding(text, "place", m.start("t"), m.end("t"), 0.7, "a town after 'near' (any language)")


# and where a person named is from, in the Slavic and Baltic languages ("Pan Kazimierz Wójcik z
# Zagórza", "Mara Tomljenović (95 godina) iz Korenice"), as _towns_beside_names's "of"
_FROM_TOWN_AFTER_NAME_20 = re.compile(
    rf"(?:[ \t]*\([^()\n]{{1,30}}\))?[ \t]+(?:z|ze|iz|із|з|зі|iš|из|od|од)[ \t]+(?P<t>{_CAP_WORD_20})(?![\w-])")


def _towns_from_after_names_20(text: str, found: list[Finding]):
    if " z" not in text and " i" not in text and " з" not in text and " і" not in text and " o" not in text \
            and " о" not in text:
        return
    d = dictionaries()
    for f in found:
        if f.category == "name" and f.confidence >= 0.6:
            m = _FROM_TOWN_AFTER_NAME_20.match(text, f.end)
            if m and _town_ok(m.group("t")) and m.group("t") not in d.common and not d.is_person_name(m.group("t")) \
                    and not _BUSINESS_AFTER.match(text, m.end("t")):
                yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town after a person's name and 'from'")

# Twentieth round (fresh35): a street line with no street's word, its name and number, before the
# postcode and the town on the same line, as Central Europe writes it ("Lipowa 818, 20557 Sanok",
# "Pražská 156, 396 01 Humpolec", "Fő utca 12, 4300 Nyírbátor"): the postcode's and the town's
# shape makes the words before them a street.
_STREET_BEFORE_CODE_20 = re.compile(
    rf"^[ \t]*(?P<a>{_CAP_WORD_20}(?:[ \t]{_CAP_WORD_20})?[ \t]\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}})?),[ \t]*"
    rf"(?:\d{{2}}-\d{{3}}|\d{{3}}[ ]\d{{2}}|\d{{4,5}})[ \t]+{_CAP_WORD_20}[ \t]*$", re.MULTILINE)


def _street_lines_before_codes_20(text: str):
    if "," not in text:
        return
    for m in _STREET_BEFORE_CODE_20.finditer(text):
        first = m.group("a").split()[0]
        if first.lower() not in _CLINICAL_LABELS and first not in _DEPARTMENT_WORDS and first not in _NOT_A_TOWN_WORD \
                and first.lower() not in _UNIT_NOUNS:
            yield _finding(text, "address", m.start("a"), m.end("a"), 0.7, "a street line before a postcode and a town")

# Twentieth round (fresh35): a full name in Cyrillic after the patient's noun, declined ("Пацієнт
# Микола Савчук", "пациентку Иванову Анну"): the Latin-script names are _names's context.
_CYRILLIC_PATIENT_NAME_20 = re.compile(
    r"(?<![\w-])(?i:пацієнт(?:ка|ку|ки|а|ові|ом)?|пациент(?:ка|ку|ки|а|у|ом)?|пацијент(?:а|у)?|хвор(?:ий|а|ого|у|ої))"
    r"[ \t]+(?P<n>[А-ЯЁЄІЇҐЂЈЉЊЋЏ][а-яёєіїґђјљњћџ'’-]+(?:[ \t][А-ЯЁЄІЇҐЂЈЉЊЋЏ][а-яёєіїґђјљњћџ'’-]+){1,2})(?![\w-])")


def _cyrillic_patient_names_20(text: str):
    if "ацієнт" not in text and "ациент" not in text and "ацијент" not in text and "вор" not in text:
        return
    d = dictionaries()
    for m in _CYRILLIC_PATIENT_NAME_20.finditer(text):
        words = m.group("n").split()
        if not any(w in d.common or w in d.regions for w in words):
            yield _finding(text, "name", m.start("n"), m.end("n"), 0.8, "a name after the patient's noun (Cyrillic)")

# ---------------------------------------------------------------- twentieth round (fresh36)

# Dates of the calendars CLDR's Gregorian month names leave out: Ethiopia's ("ጥር 14 ቀን 2018", the
# "ቀን" (day) word inside), Nepal's Bikram Sambat and the Hindu months ("२०८२ माघ ७", "5 असोज 2074"),
# Iran's and Afghanistan's solar months ("۱۲ فروردین ۱۴۰۳"): a day, the month's name and a year in
# any order a country writes them, in the script's own digits or ASCII ones (int() reads both).
_CALENDAR_MONTHS_20 = (
    r"መስከረም|ጥቅምት|ኅዳር|ህዳር|ሕዳር|ታኅሣሥ|ታህሳስ|ታኅሳስ|ታሕሳስ|ጥር|የካቲት|መጋቢት|ሚያዝያ|ሚያዚያ|ግንቦት|ሰኔ|ሐምሌ|ሃምሌ|ነሐሴ|ነሃሴ|"
    r"ጳጉሜን|ጳጉሜ|बैशाख|वैशाख|बैसाख|जेठ|जेष्ठ|ज्येष्ठ|असार|आषाढ़|आषाढ|साउन|श्रावण|भदौ|भाद्रपद|भाद्र|असोज|आश्विन|"
    r"कात्तिक|कार्तिक|मंसिर|मङ्सिर|मार्गशीर्ष|मार्ग|पुस|पौष|माघ|फागुन|फाल्गुन|चैत्र|चैत|"
    r"فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|حمل|ثور|جوزا|سرطان|اسد|سنبله|"
    r"میزان|عقرب|قوس|جدی|دلو|حوت")
_CALENDAR_HINT_20 = re.compile(r"[\u1200-\u137f\u0900-\u097f\u0600-\u06ff]")
_CALENDAR_DATE_20 = re.compile(
    rf"(?<![\w/.:-])(?:(?P<m1>{_CALENDAR_MONTHS_20})[ \t]+(?P<d1>\d{{1,2}})(?:[ \t]+ቀን|[ \t]*गते)?,?[ \t]+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})[ \t]+(?:ቀን[ \t]+|गते[ \t]+)?(?P<m2>{_CALENDAR_MONTHS_20})[ \t]*,?[ \t]+(?P<y2>\d{{4}})"
    rf"|(?P<y3>\d{{4}})[ \t]+(?P<m3>{_CALENDAR_MONTHS_20})[ \t]+(?P<d3>\d{{1,2}}))(?![\d\w/.:-]|[.,]\d)")


def _calendar_dates_20(text: str):
    if text.isascii() or not _CALENDAR_HINT_20.search(text):
        return  # (speed)
    for m in _CALENDAR_DATE_20.finditer(text):
        day = next(g for g in (m.group("d1"), m.group("d2"), m.group("d3")) if g)
        if 1 <= int(day) <= 32:  # (Bikram Sambat's months have up to 32 days)
            yield _finding(text, "date", m.start(), m.end(), 0.85, "a day, a month and a year of another calendar")


# Nepal's plates in Devanagari: a zone's letters, a number, a class's letter and the vehicle's
# number ("बा ३ च ३७६६", "ना ४ ख 1234").
_DEVANAGARI_20 = re.compile("[\u0915-\u0939]")
_NEPALI_PLATE_20 = re.compile(r"(?<![\u0900-\u097f\w])[क-ह][\u093e-\u094c]?[ \t]?\d{1,2}[ \t]?[क-ह][\u093e-\u094c]?[ \t]?\d{3,4}"
                              r"(?![\u0900-\u097f\w])")


# Ages: Somali's unit ("93 jir", "91 jirsan"); an East African or Southern African elder's word and
# "of" ("Mzee of 93"); a person's full name, a comma and the age before a dash or a comma
# ("Tata Mzwandile Ntshona, 96 - CCF", "Grace Ji-yeon Park, 91, US SSN …").
_AGE_JIR_20 = re.compile(r"(?<![\w.,/-])(?:9\d|1[01]\d)[ \t]?(?:jir|jirsan|jirka)(?![\w])")
_ELDER_OF_20 = re.compile(r"(?<![\w-])(?:[Mm]zee|[Bb]ibi|[Bb]abu|[Gg]ogo|[Mm]khulu|[Nn]kulu|[Mm]ama|[Bb]aba|[Tt]ata)[ \t]+of[ \t]+"
                          r"(?P<a>9\d|1[01]\d)(?![\w/%:-]|[.,]\d|[ \t]*(?:kg|kilos?|lbs?|cm|mg|ml|mmol|bpm|mmHg|°|%|percent)\b)")
_ELDER_AGE_GATE_20 = re.compile(r"of[ \t]+(?:9\d|1[01]\d)")  # (speed: the age every match holds, from its literal)
_NAME_COMMA_AGE_20 = re.compile(
    r"(?:^|(?<=[\n:;(])|(?<=[.!?][ \t]))[ \t]*(?:(?:Mr|Mrs|Ms|Mx|Dr|Tata|Mama|Mzee|Bibi|Baba|Alhaji|Alhaja|Mallam|Malam|Pa|Ma)\.?[ \t]+)?"
    r"(?P<n>[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?(?:[ \t]+[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?){1,3}),[ \t]+(?P<a>9\d|1[01]\d)"
    r"(?=[ \t]*[,;][ \t]+\S|[ \t]+[-–—][ \t]+\S)", re.MULTILINE)


def _name_words_20(words: list[str]) -> bool:
    """Words a person's full name may be: no everyday word the name lists do not also hold, no
    town, region, label, clinical or department word (an unknown word may be a name)."""
    d = dictionaries()
    for w in words:
        low = w.lower()
        if ((w in d.common or low in d.common) and not d.is_person_name(w) or w in d.regions or w in _SPEAKER_WORDS or w in _TITLE_WORDS
                or (w in d.cities_by_first and not d.is_person_name(w)) or low in _RELATION_WORDS or low in _LABEL_NOT_NAME
                or low in _DOCUMENT_WORDS or low in _CLINICAL_LABELS and not d.is_person_name(w) or low in _DEPARTMENT_WORDS
                or low in EPONYM_NOUNS):
            return False
    return True


def _ages_20(text: str):
    if "jir" in text:
        for m in _AGE_JIR_20.finditer(text):
            yield _finding(text, "age", m.start(), m.end(), 0.9, "an age over 89 and Somali's word for years")
    if " of " in text and _ELDER_AGE_GATE_20.search(text):
        for m in _ELDER_OF_20.finditer(text):
            yield _finding(text, "age", m.start("a"), m.end("a"), 0.8, "an age over 89 after an elder's word")
    if ", 9" in text or ", 1" in text:
        for m in _NAME_COMMA_AGE_20.finditer(text):
            if _name_words_20(m.group("n").split()):
                yield _finding(text, "age", m.start("a"), m.end("a"), 0.8, "an age over 89 after a person's full name")


# A town, a village or a municipality by its kind's word in more languages: Amharic after the name
# ("ደጀን ከተማ", "ቀበሌ"), Nepali and Hindi after it ("गोदावरी नगरपालिका", "गाउँपालिका") and the post
# office before it ("पोस्ट नानपारा"); Somali before it ("magaalada Beledweyne", "tuulada …"); Korean's
# city or county after its province ("경상북도 김천시"), a medical centre named by its town
# ("김천의료원"); a Korean street and its number after the province or city and the city, district or
# township ("경상북도 김천시 평화길 44", not a particle's "…으로 3"); a Japanese block address after its city or ward ("気仙沼市東新城3-3-3").
_KIND_PLACES_20 = tuple((hints, re.compile(pattern), category, why) for hints, pattern, category, why in (
    (("ከተማ", "ቀበሌ", "መንደር"),
     r"(?<![\u1200-\u137f])(?!(?:ይህ|ያ|በዚህ|ወደ|ከ|የ|እና|ትልቅ|ትንሽ|ዋና)[ \t])(?P<t>[\u1200-\u135a]{2,})[ \t]+(?:ከተማ|ቀበሌ|መንደር)(?![\u1200-\u137f])",
     "place", "a town by its kind's word after it (Amharic)"),
    (("पालिका", "नगर निगम", "नगर पंचायत"),
     rf"(?<![\u0900-\u097f])(?P<t>{_INDIC_WORD})[ \t]+(?:उपमहानगरपालिका|महानगरपालिका|नगरपालिका|गाउँपालिका|गाउँ[ \t]पालिका|"
     rf"नगर[ \t]निगम|नगर[ \t]पंचायत|नगर[ \t]पालिका)",
     "place", "a municipality by its kind's word after it (Nepali, Hindi)"),
    (("पोस्ट", "डाकघर", "पो."),
     rf"(?<![\u0900-\u097f])(?:पोस्ट|डाकघर|पो\.)[ \t]*(?P<t>{_INDIC_WORD})", "place", "a post office's town (Hindi)"),
    (("magaalada", "tuulada", "Magaalada", "Tuulada", "deegaanka", "Deegaanka"),
     r"(?<![\w'])(?:[Mm]agaalada|[Tt]uulada|[Dd]eegaanka)[ \t]*:?[ \t]*(?P<t>[A-Z][a-z']+(?:[ -][A-Z][a-z']+)?)(?![\w'])",
     "place", "a town by its kind's word before it (Somali)"),
    (("도 ", "도\t"), r"(?<![가-힣])[가-힣]{1,4}도[ \t]+(?P<t>[가-힣]{1,5}(?:시|군))(?![가-힣])",
     "place", "a city or county after its province (Korean)"),
    (("읍", "면", "동", "리"),
     r"(?<![가-힣])[가-힣]{1,4}도[ \t]+[가-힣]{1,5}(?:시|군)(?:[ \t]+[가-힣]{1,5}구)?[ \t]+(?P<t>[가-힣]{1,6}(?:읍|면|동|리))(?![가-힣])",
     "place", "a town, township or quarter after its city (Korean)"),
    (("의료원",), r"(?<![가-힣])(?!(?:지방|지역|공공|국립|시립|도립)의료원)(?P<t>[가-힣]{2,5}의료원)", "place",
     "a medical centre named by its town (Korean)"),
    (("길", "로"), r"[가-힣](?:도|시|군|구)[ \t]+[가-힣]{1,6}(?:시|군|구|읍|면|동)[ \t]+(?!(?:[가-힣]*으로)[ \t])(?P<t>[가-힣]{1,10}(?:로|길)[ \t]?\d{1,4}(?:-\d{1,4})?(?:번길[ \t]?\d{1,4})?)"
                   r"(?![\d가-힣-])", "address", "a street and its number after the city (Korean)"),
    (("市", "町", "村", "区"), r"[市町村区](?P<t>[\u4e00-\u9fff\u30a0-\u30ff]{1,8}(?:\d{1,2}丁目)?\d{1,4}(?:番地?|[-−－])\d{1,4}"
                             r"(?:号|[-−－]\d{1,4}(?:号)?)?)(?![\d\w])", "address", "a block's address after the city (Japanese)"),
))


# A town after "from" where the script writes its words without case: Hebrew's glued "מ" after an
# age or a verb of coming ("בן 97 מקריית שמונה", "הועברה מירוחם"), Thai's "จาก" after an age or a
# verb of coming ("98 ปี จากสุรินทร์"), Nepali's and Hindi's postposition before a verb of coming
# ("बुटवल बाट आउँदै", "गोंडा से आए"). Not an institution's or a home's word ("מבית", "จากบ้าน").
_HEBREW_FROM_TOWN_20 = re.compile(
    r"(?:(?<![\u05d0-\u05ea])(?:בן|בת)[ \t]+\d{2,3}[ \t]+|(?<![\u05d0-\u05ea])(?:הועבר|הועברה|הגיע|הגיעה|הגיעו|עבר|עברה|הופנה|הופנתה|"
    r"נשלח|נשלחה|הובא|הובאה|פונה|פונתה)[ \t]+)מ(?!ה|בית|מחלק|מרפא|קופ|טיפול|מרכז|אשפוז|ביתה|ביתו|חו\"ל|שם|כאן)"
    r"(?P<t>[\u05d0-\u05ea]{2,}(?:[ \t]+(?!(?:נפל|נפלה|עם|עקב|בגלל|לאחר|אחרי|בשל|ב|ל|ו)[\u05d0-\u05ea]*[ \t,.])"
    r"[\u05d0-\u05ea]{3,}(?=[ \t]*[,.]))?)(?![\u05d0-\u05ea])")
_THAI_FROM_TOWN_20 = re.compile(
    r"(?:\d{2,3}[ \t]*ปี[ \t]*|มา|ส่งตัว|ย้าย|รับส่งต่อ|ส่งต่อ)จาก(?!โรงพยาบาล|รพ\.|บ้าน|ที่|คลินิก|ต่างประเทศ|ต่างจังหวัด|หอ|ห้อง|แผนก|วอร์ด)"
    r"(?P<t>[\u0e01-\u0e4e]{3,20})(?=[ \t\n,.]|$)")
_INDIC_FROM_TOWN_20 = re.compile(
    rf"(?<![\u0900-\u097f])(?!(?:घर|अस्पताल|गाउँ|गाँव|शहर|सहर|विदेश|बाहिर|त्यहाँ|यहाँ|काम|स्कूल|बजार|क्लिनिक|ओपीडी)[ \t])"
    rf"(?P<t>{_INDIC_WORD})[ \t]*(?:बाट|से)[ \t]+(?:आउँदै|आएको|आएकी|आएका|आउनुभएको|आउँदैछ|आउनुहुँदैछ|आए|आई|आया|आये|रेफर|ल्याइएको)")


# The town after a hospital's name and a comma, at a heading's end, in scripts without case ("सेती
# प्रादेशिक अस्पताल, धनगढी", "ደብረ ብርሃን ሆስፒታል, ደብረ ብርሃን", "โรงพยาบาลสุรินทร์, สุรินทร์").
_FACILITY_COMMA_TOWN_20 = re.compile(
    r"(?:अस्पताल|हस्पिटल|चिकित्सालय|स्वास्थ्य[ \t]केन्द्र|स्वास्थ्य[ \t]चौकी|ሆስፒታል|ጤና[ \t]ጣቢያ|ክሊኒክ|โรงพยาบาล[\u0e01-\u0e4e]*|"
    r"হাসপাতাল|மருத்துவமனை|ఆసుపత్రి|ಆಸ್ಪತ್ರೆ|ആശുപത്രി|ہسپتال|بیمارستان|مستشفى[\u0621-\u064a ]{0,30}|병원|의료원|病院|医院)"
    rf"[ \t]*[,،、][ \t]*(?P<t>[^\W\d_A-Za-z](?:[^\W\d_]|{_MARK})*(?:[ \t][^\W\d_A-Za-z](?:[^\W\d_]|{_MARK})*)?)"
    r"(?=[ \t]*(?:\n|$))", re.MULTILINE)

# (a department or a ward after the hospital is no town: "…হাসপাতাল, মেডিসিন বিভাগ")
_WARD_WORDS_20 = word_set("বিভাগ विभाग वार्ड वार्ड ክፍል ዋርድ แผนก หอผู้ป่วย 과 병동 科 病棟 வார்டு பிரிவு విభాగం വിഭാഗം بخش قسم")


def _kind_places_20(text: str):
    if text.isascii():
        for hints, regex, category, why in _KIND_PLACES_20[3:4]:  # (speed: Somali's is the one in Latin letters)
            if p.holds(text, hints):
                for m in regex.finditer(text):
                    if m.group("t") not in dictionaries().regions:
                        yield _finding(text, category, m.start("t"), m.end("t"), 0.75, why)
        return
    for hints, regex, category, why in _KIND_PLACES_20:
        if p.holds(text, hints):
            for m in regex.finditer(text):
                if m.group("t") not in dictionaries().regions:
                    yield _finding(text, category, m.start("t"), m.end("t"), 0.75, why)
    for m in _FACILITY_COMMA_TOWN_20.finditer(text):
        town = m.group("t")
        if (town not in dictionaries().regions and town.lower() not in _WORLD_PLACE_LABELS
                and not any(w.lower() in _DEPARTMENT_WORDS or w in _WARD_WORDS_20 for w in town.split())):
            yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town after its hospital's name (any script)")
    for hints, regex in ((("מ",), _HEBREW_FROM_TOWN_20), (("จาก",), _THAI_FROM_TOWN_20), (("से", "बाट"), _INDIC_FROM_TOWN_20)):
        if p.holds(text, hints):
            for m in regex.finditer(text):
                if m.group("t") not in dictionaries().regions and m.group("t") not in dictionaries().common:
                    yield _finding(text, "place", m.start("t"), m.end("t"), 0.75, "a town after 'from' (Hebrew, Thai, Indic)")


# Kin in Somali (the possessive kin word before the name: "wiilkeeda Cabdiraxmaan", her son) and
# Hebrew's analytic possessive ("הבן שלו אבי", his son Avi).
_SOMALI_KIN_20 = re.compile(
    r"(?<![\w'])(?:wiil|gabadh|hooyo|aabb|walaal|walaash|nin|xaas|awoow|ayeey|abti|eedo|adeer|habaryar|ina)"
    r"(?:keeda|kiisa|eeda|iisa|keed|kiis|eed|iis|teeda|tiisa|heeda|hiisa|ihiis|ideed|keyga|kayga|tayda)[ \t]+"
    r"(?P<n>[A-Z][a-z']+(?:[ \t]+[A-Z][a-z']+)?)(?![\w'])")
_SOMALI_KIN_20_FIRST = _first_char(_SOMALI_KIN_20, "wghanxei")  # (speed: the kin words' first letters)
_HEBREW_KIN_20 = re.compile(
    r"(?<![\u05d0-\u05ea])(?:הבן|הבת|האישה|האשה|הבעל|האח|האחות|הנכד|הנכדה|האמא|האבא)[ \t]+(?:שלו|שלה)[ \t]+"
    r"(?P<n>[\u05d0-\u05ea]{2,}(?:[ \t]+[\u05d0-\u05ea]{2,})?)(?=[ \t]*(?:[,.:]|\n|$)|[ \t]+(?:ביקש|ביקשה|אמר|אמרה|מבקש|מבקשת|"
    r"התקשר|התקשרה|הגיע|הגיעה|טל|טלפון|ליווה|ליוותה)(?![\u05d0-\u05ea]))")


def _kin_20(text: str):
    if text.isascii():
        if "eed" in text or "iis" in text or "yga" in text or "ayda" in text:  # (speed: the possessives' letters)
            for m in map(_Whole, _finditer_first(_SOMALI_KIN_20_FIRST, text)):
                if _framed_name_ok(m.group("n")):
                    yield _finding(text, "name", m.start("n"), m.end("n"), 0.75, "a name after a kin word (Somali)")
    elif "שלו" in text or "שלה" in text:
        for m in _HEBREW_KIN_20.finditer(text):
            yield _finding(text, "name", m.start("n"), m.end("n"), 0.75, "a name after a kin word (Hebrew)")


# A chat's speakers in LINE and KakaoTalk threads too, and in scripts without case ("[08:16] דנה
# לוי:", "หมอปรีชา:", "डा. प्रकाश:"): a line that starts with one to three words and a colon, in a
# thread; the speaker speaks twice, has a title, or a time stamp and two words.
_THREAD_20 = re.compile(r"(?:^|\[)(?:LINE|KakaoTalk|카카오톡|카톡|ไลน์|Viber|WhatsApp)\b|(?i:whatsapp|viber|telegram|\bchat\b)")
_WORLD_SPEAKER_20 = re.compile(
    r"^(?P<stamp>\[?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]+)?"
    r"(?P<title>(?:Dr|Dr\.|หมอ|คุณ|นพ\.|พญ\.|डा\.|डॉ\.|डॉ|ד\"ר|ד״ר)[ \t]*)?"
    # (twenty-first round, fresh39, fresh41: a hyphenated given name, "Ka-man"; the speaker's role in
    # brackets before the colon, "Ka-man (OT):"; a full-width colon, "王美華：")
    rf"(?P<n>{_ANY_WORD}(?:-{_ANY_WORD})?(?:[ \t]{_ANY_WORD}){{0,2}})"
    r"(?:[ \t]*\((?P<role>[^()\n:]{1,16})\))?(?:[ \t]*:[ \t]+|[ \t]*：[ \t]*)(?=\S)", re.MULTILINE)


def _chat_speakers_20(text: str):
    head = text[:120]
    stamped = "[" in text and len(_STAMPED_LINE.findall(text)) > 1
    headed = bool(_THREAD_20.search(head))
    if not (stamped or headed):
        return
    speakers = list(_WORLD_SPEAKER_20.finditer(text))
    counts = collections.Counter(m.group("n") for m in speakers)
    stamp_counts = collections.Counter(m.group("n") for m in speakers if m.group("stamp"))
    for m in speakers:
        name = m.group("n")
        words = name.split()
        start = m.start("n")
        while len(words) > 1 and (words[0].isupper() and words[0].isascii() or words[0] in _TITLE_WORDS or words[0] in _ROLE_SPEAKERS):
            start += len(words[0]) + 1  # a role before the name: "[08:05] GP Colette Brannigan:"
            words = words[1:]
        name = " ".join(words)
        if not (headed and counts[m.group("n")] > 1 and (len(words) > 1 or _LATIN_ONLY.fullmatch(name))
                or m.group("title") or m.group("stamp") and (len(words) > 1 or m.group("role"))
                # twenty-first round: one word that speaks twice, each time after a time stamp, and is
                # written nowhere else (a station's town is, "Nurse in charge, Nain clinic: …"), in a
                # thread where another speaker is a person by a full name, a given name the lists know, or
                # a name of a script without case (a station talks with a clinic: "[09:31] Tanana: weather ok.")
                or stamped and m.group("stamp") and 1 < stamp_counts[m.group("n")] == text.count(m.group("n"))
                and any(o.group("n") != m.group("n") and (" " in o.group("n") or not _LATIN_ONLY.fullmatch(o.group("n"))
                                                          or dictionaries().is_person_name(o.group("n")))
                        for o in speakers)):
            continue  # (stamps alone: a title or two words; one word may be a station's town, "[09:31] Nain:";
            # one word of a script without case may be a form's label: "निदान:", diagnosis)
        if any(w.lower() in _WORLD_PERSON_LABELS or w.lower() in _WORLD_PLACE_LABELS or w.lower() in _WORLD_ADDRESS_LABELS
               for w in words) or not _framed_name_ok(name) or not _world_name_ok(words):
            continue
        yield _finding(text, "name", start, m.end("n"), 0.75, "a speaker in a message thread (any script)")


# A letter's or an e-mail's closing and the writer's name on the line after it ("Regards,\nMeenakshi",
# "Saludos,\nLucía Pérez", "Hormat saya,\nSiti").
_SIGN_OFF_20 = re.compile(
    r"^[ \t]*(?:(?:Best|Kind|Warm|Warmest|With[ \t]+best)[ \t]+regards|Regards|Thanks|Thank[ \t]+you|Many[ \t]+thanks|Sincerely|"
    r"Yours[ \t]+(?:sincerely|faithfully|truly)|Cheers|Saludos|Atentamente|Cordialement|Bien[ \t]+à[ \t]+vous|Atenciosamente|"
    r"Abraços|Cordiali[ \t]+saluti|Mit[ \t]+freundlichen[ \t]+Grüßen|Viele[ \t]+Grüße|Met[ \t]+vriendelijke[ \t]+groet|"
    r"Hormat[ \t]+saya|Salam|Terima[ \t]+kasih|Asante)[ \t]*[,.!]?[ \t]*\n"
    rf"[ \t]*(?:(?:Dr|Dra|Prof|Mr|Mrs|Ms|Sr|Sra)\.?[ \t]+)?(?P<n>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}})[ \t]*(?=\n|$|,)",
    re.MULTILINE)


# A case board's reply ("Reply - Nakato Kaweesa:", "Reply from Dr Amina Bello:") and a community
# health worker named by the role's acronym before a bracket or a telephone number ("VHT Masereka:
# +256 772 441728", "CHW Aisha Bello, 0803 441 7283", "ASHA Sunita (village 4)").
_REPLY_SPEAKER_20 = re.compile(
    r"^[ \t]*(?:Reply|Replied|Response|Answer|Comment|Respuesta|Réponse|Resposta|Balasan|Jibu)[ \t]*(?:[-–—]|from|by|de|dari)[ \t]*"
    rf"(?:(?:Dr|Dra|Prof|Mr|Mrs|Ms|Sr|Sra)\.?[ \t]+)?(?P<n>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}})[ \t]*:", re.MULTILINE)
_HEALTH_WORKER_20 = re.compile(
    r"(?<![\w-])(?:VHT|CHW|CHWs|CHV|CHA|CHEW|HEW|HSA|LHW|ASHA|ANM|AWW|CHO|CDA|TBA|VHW|CBD)[ \t]+"
    rf"(?P<n>{_NAME_WORD}(?:[ \t]{_NAME_WORD})?)(?=[ \t]*\(|[ \t]*[:,][ \t]*\+?\d[\d \t-]{{6,}})")
_HEALTH_WORKER_20_FIRST = _first_char(_HEALTH_WORKER_20, "VCHLAT")  # (speed: the roles' first letters)


def _roles_20(text: str):
    if "\n" in text or text.startswith(("Reply", "Resp", "Answer", "Comment")):
        for m in _REPLY_SPEAKER_20.finditer(text):
            if _name_words_20(m.group("n").split()):
                yield _finding(text, "name", m.start("n"), m.end("n"), 0.75, "a case board's reply's writer")
    for m in map(_Whole, _finditer_first(_HEALTH_WORKER_20_FIRST, text)) if any(w in text for w in ("VHT", "CH", "HEW", "HSA", "LHW", "ASHA", "ANM", "AWW", "CDA", "TBA", "VHW", "CBD")) else ():
        if _name_words_20(m.group("n").split()):
            yield _finding(text, "name", m.start("n"), m.end("n"), 0.75, "a community health worker's name after the role")


def _sign_offs_20(text: str):
    if "\n" in text:
        for m in _SIGN_OFF_20.finditer(text):
            name = m.group("n")
            if _framed_name_ok(name) and _world_name_ok(name.split()) and name.split()[0] not in dictionaries().cities_by_first:
                yield _finding(text, "name", m.start("n"), m.end("n"), 0.75, "a name under a letter's closing")


def _twentieth_round(text: str):
    yield from _calendar_dates_20(text)
    if not text.isascii() and _DEVANAGARI_20.search(text):
        for m in _NEPALI_PLATE_20.finditer(text):
            yield _finding(text, "vehicle", m.start(), m.end(), 0.8, "a Nepali plate in Devanagari")
    yield from _ages_20(text)
    yield from _kind_places_20(text)
    yield from _kin_20(text)
    yield from _chat_speakers_20(text)
    yield from _sign_offs_20(text)
    yield from _roles_20(text)

# ---------------------------------------------------------------- twentieth round (fresh38)

# A chat thread with no heading: every line starts with a speaker's label and one speaker speaks
# twice or more ("Mirlande: Doktè, …\nMirlande: nou rete …\nDr Joseph: …", "DeShawn Pemberton: 58M
# …"); a form's labels are there once each. Names with a capital inside (DeShawn, LaToya, McIvor).
_NAME_WORD_20 = rf"(?:[A-ZÀ-ÖØ-ÞĀ-Ž]{_LOW}+(?:[A-Z]{_LOW}+)?(?:-[A-ZÀ-ÖØ-ÞĀ-Ž]{_LOW}+)?)"
_LINE_SPEAKER_20 = re.compile(
    r"^[ \t]*(?P<title>(?:Dr|Dra|Mr|Mrs|Ms|Sr|Sra|Prof|Nurse|Nesi|Sister|Doktè|Daktari|Dokotera|Mme)\.?[ \t]+)?"
    rf"(?P<n>{_NAME_WORD_20}(?:[ \t]{_NAME_WORD_20}){{0,2}})[ \t]*:[ \t]+(?=\S)", re.MULTILINE)


def _unheaded_chat_speakers_20(text: str):
    if text.count(":") < 3 or not _LINE_SPEAKER_20.match(text.lstrip()):
        return  # (speed: a thread starts with a speaker)
    lines = [line for line in text.split("\n") if line.strip()]
    speakers = list(_LINE_SPEAKER_20.finditer(text))
    if len(lines) < 3 or len(speakers) < len(lines):
        return
    counts = collections.Counter(m.group("n") for m in speakers)
    if len(counts) < 2 or max(counts.values()) < 2:
        return
    d = dictionaries()
    for m in speakers:
        name = m.group("n")
        if ((counts[name] > 1 or m.group("title")) and _framed_name_ok(name)
                and not (name.split()[0] in d.common and not d.is_person_name(name.split()[0]))):
            yield _finding(text, "name", m.start("n"), m.end("n"), 0.75, "a speaker in a message thread")


# A person's possessive before what a clinical note says of a person: their body, their readings,
# their kin ("Pauloosie's sugars were high", "Tavita's wife"); not an eponym's ("Parkinson's disease").
_POSSESSED_20 = word_set("""sugars sugar glucose BGL BSL BGLs blood bloods BP pressure temperature temp fever sats
saturations oxygen breathing cough pain wound wounds leg legs foot feet hip knee chest kidneys kidney INR
HbA1c weight labs mother father mum mom mam dad wife husband son daughter sister brother family granddaughter
grandson grandmother grandfather carer caregiver partner baby children kids medications meds insulin dialysis
appointment symptoms mobility appetite""")
_POSSESSION_20 = re.compile(r"['’]s[ \t]+(?P<w>[A-Za-z0-9]+)\b")  # (speed: the possessive first, the name before it after)
_NAME_BEFORE_POSSESSION_20 = re.compile(rf"(?<![\w'’-])(?P<n>{_NAME_WORD_20})\Z")


def _possessive_names_20(text: str):
    if "'s " not in text and "’s " not in text:
        return
    d = dictionaries()
    for k in _POSSESSION_20.finditer(text):
        m = _NAME_BEFORE_POSSESSION_20.search(text, max(0, k.start() - 30), k.start()) if k.group("w") in _POSSESSED_20 else None
        if not m:
            continue
        name = m.group("n")
        if (_framed_name_ok(name) and name not in d.common
                and name not in d.regions and not d.cities_by_first.get(name) and not _never_a_name(name)):
            yield _finding(text, "name", m.start("n"), m.end("n"), 0.7, "a name before a person's possession")


# A town after a verb of origin or residence that takes no preposition: Swahili ("Anatoka Pakse",
# "tuko Kapsabet", "anaishi Moshi"), Malagasy ("tao Vatomandry", "avy any Toamasina"); a town after
# the Nguni locative-possessive joined by a hyphen ("lase-Eshowe", "yase-Nongoma": the prefix stays out).
_ORIGIN_VERB_TOWN_20 = re.compile(
    r"(?<![\w'’-])(?:[Aa]natoka|[Aa]litoka|[Aa]metoka|[Nn]atoka|[Tt]unatoka|[Ww]anatoka|[Tt]uko|[Yy]uko|[Nn]iko|"
    r"[Ww]ako|[Aa]naishi|[Aa]liishi|[Ww]anaishi|[Tt]unaishi|[Nn]aishi|[Aa]nakaa|[Aa]likaa|[Aa]mehamia|"
    r"tao|avy[ \t]+any|avy[ \t]+ao|monina[ \t]+(?:ao|any)|mipetraka[ \t]+(?:ao|any)|teraka[ \t]+tao)[ \t]+"
    rf"(?P<t>{_TOWN_17})"
    rf"|(?<![\w-])(?:[lywkbzsn]?a|nga|kwa)se-(?P<z>{_TOWN_17})")
_ORIGIN_VERB_HINTS_20 = ("toka", "tuko", "yuko", "niko", "wako", "ishi", "kaa", "hamia", "tao ", "avy ", "monina",
                         "mipetraka", "se-")


def _origin_verb_towns_20(text: str):
    if not p.holds(text, _ORIGIN_VERB_HINTS_20):
        return
    for m in _ORIGIN_VERB_TOWN_20.finditer(text):
        g = "t" if m.group("t") else "z"
        if _town_ok(m.group(g)) and not dictionaries().is_person_name(m.group(g).split()[0]):
            yield _finding(text, "place", m.start(g), m.end(g), 0.75, "a town after a verb of origin or residence")


# An age after words for "years" that stand before it in isiZulu and isiXhosa, the number joined by
# a hyphen ("oneminyaka engu-93", "iminyaka engama-91"), and after a Haitian Creole person's noun
# or "has" with "an" after ("granmoun 94 an", "li gen 92 an").
_NGUNI_AGE_20 = re.compile(r"minyaka[ \t]+(?:engu|engama|eyi|eli|abangu|ewu)-?(?P<a>9\d|1[01]\d)(?![\w.,]\d|\w)")
_CREOLE_AGE_20 = _first_char(re.compile(r"(?<![\w.,/-])(?:9\d|1[01]\d)[ \t]+an(?![\w'’-])"), "91")  # (speed: the number first)
_CREOLE_AGE_BEFORE_20 = re.compile(r"(?<![\w-])(?i:granmoun|moun|fanm|gason|pasyan|pasyant|madanm|msye|granmè|granpè|gen)"
                                   r"[ \t]+\Z")


def _ages_38(text: str):
    if "minyaka" in text:
        for m in _NGUNI_AGE_20.finditer(text):
            yield _finding(text, "age", m.start("a"), m.end("a"), 0.85, "an age over 89 and a word for years")
    for m in _CREOLE_AGE_20.finditer(text):
        if _CREOLE_AGE_BEFORE_20.search(text, max(0, m.start() - 12), m.start()):
            yield _finding(text, "age", m.start(), m.end("_whole"), 0.85, "an age over 89 and a word for years")


# A place after a residence's word in a script without spaces between words: Burmese ("နေရပ်
# ပြင်ဦးလွင်"), Khmer's village after "lives at" ("រស់នៅភូមិ ស្វាយប៉ោ").
_RESIDENCE_38 = re.compile(r"(?:နေရပ်|နေထိုင်ရာ)[ \t]*[:：]?[ \t]+(?P<t>[\u1000-\u109f]{2,})(?![\u1000-\u109f])"
                           r"|(?<=នៅ)(?:ភូមិ|ឃុំ|ក្រុង)[ \t]*(?P<k>[\u1780-\u17ff]{2,})")


def _residences_20(text: str):
    if "နေ" not in text and "នៅ" not in text:
        return
    for m in _RESIDENCE_38.finditer(text):
        g = "t" if m.group("t") else "k"
        yield _finding(text, "place", m.start(g), m.end(g), 0.75, "a place after a residence's word")


# A Chinese surname before a clinician's title ("王医生：", "李护士说"); not "to the doctor" (向医生).
_HAN_TITLE_20 = re.compile(r"医生|大夫|护士|醫生|護士|主任|院长|院長")  # (speed: the title first, the surname before it after)
# A vehicle's noun in Malay and Chinese, a plate after it ("Motorsikal 8056 TRA", "电动车TKK 0265").
_VEHICLE_20 = _first_char(re.compile(
    r"(?<![\w])(?:[Mm]otorsikal|[Mm]otosikal|[Kk]ereta|[Ll]ori|[Tt]eksi)[ \t]+(?P<v>[A-Z]{1,3}[ ]?\d{1,4}[ ]?[A-Z]{0,3}|\d{1,4}[ ]?[A-Z]{2,3})(?![\w-])"
    r"|(?:电动车|電動車|摩托车|摩托車|机车|機車|汽车|汽車|轿车|轎車|货车|貨車|出租车|面包车|三轮车)[ \t]*(?P<c>[A-Z]{1,3}[ ]?\d{3,5}|\d{3,4}[ ]?[A-Z]{2,3})(?![A-Za-z0-9-])"),
    "MmKkLlTt电電摩机機汽轿轎货貨出面三")
_VEHICLE_HINTS_20 = ("otorsikal", "otosikal", "ereta", "ori ", "eksi", "车", "車")


def _han_titles_and_vehicles_20(text: str):
    if text.isascii() and "ori " not in text and "ereta" not in text and "sikal" not in text and "eksi" not in text:
        return
    if not text.isascii():
        for m in _HAN_TITLE_20.finditer(text):
            at = m.start() - 1
            if (at >= 0 and text[at] in _HAN_SURNAMES and text[at] not in "向于"
                    and not (at and "\u4e00" <= text[at - 1] <= "\u9fff")):
                yield _finding(text, "name", at, at + 1, 0.8, "a Chinese surname before a clinician's title")
    if not p.holds(text, _VEHICLE_HINTS_20):
        return
    for m in _VEHICLE_20.finditer(text):
        g = "v" if m.group("v") else "c"
        value = m.group(g)
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value) and not _PLATE_NOT.fullmatch(value):
            yield _finding(text, "vehicle", m.start(g), m.end(g), 0.85, "a plate after a vehicle's word (any language)")


# A name in a script with no capitals between a person's label (its colon and a title optional)
# and the word for age after it: Khmer ("អ្នកជំងឺ៖ សុខ ចាន់ធី អាយុ 92"), Burmese ("လူနာ ဒေါ် ခင်မြင့် အသက် 93"),
# Lao ("ຜູ້ປ່ວຍ: … ອາຍຸ"), Sinhala, Thai.
_SE_ASIAN_NAME_BEFORE_AGE_20 = re.compile(
    r"(?:អ្នកជំងឺ|ឈ្មោះ|ຜູ້ປ່ວຍ|ຊື່|လူနာ|အမည်|රෝගියා|නම|ผู้ป่วย|ชื่อ)[ \t]*[:៖：]?[ \t]*"
    r"(?:(?:ဒေါ်|ဦး|မောင်|ကို|នាង|លោកស្រី|លោក|ທ້າວ|ນາງ|นาง|นาย)[ \t]*)?"
    rf"(?P<n>(?:{_MARK}|[^\W\d_])+(?:[ \t](?:{_MARK}|[^\W\d_])+){{0,2}})"
    r"[ \t]+(?:អាយុ|ອາຍຸ|အသက်|වයස|อายุ)(?=[ \t]*[\d၀-၉០-៩໐-໙])")
_SE_ASIAN_NAME_BEFORE_AGE_20 = _first_char(_SE_ASIAN_NAME_BEFORE_AGE_20, "អឈຜຊလအරනผช")
# A Haitian Creole relative's noun and "his/her", then the name ("Pitit gason li Wesner:"); a
# family doctor or a nurse by their lower-case role in Dutch, German, Swahili ("huisarts Isenia").
_ROLE_NAME_20 = _first_char(re.compile(
    r"(?<![\w'’-])(?:(?:[Pp]itit(?:[ \t]+(?:gason|fi))?|[Mm]ari|[Mm]adanm|[Mm]anman|[Pp]apa|[Ff]rè|[Ss]è|[Gg]ranmè|[Gg]ranpè|"
    r"[Nn]yès|[Nn]ve|[Kk]ouzen|[Kk]ouzin)[ \t]+(?:li|l|yo|m)|huisarts|hausarzt|hausärztin|verpleegkundige|"
    r"vroedvrouw|verloskundige|wijkverpleegkundige|daktari|muuguzi|mkunga)[ \t]+"
    rf"(?P<n>{_NAME_WORD_20}(?:[ \t]{_NAME_WORD_20})?)(?![\w'’-])"), "PpMmFfSsGgNnKkhvwdm")
# A Haitian hospital named kind first ("Lopital Sen Mikèl", "Lopital Jeneral Jacmel").
_CREOLE_HOSPITAL_20 = re.compile(rf"(?<![\w-])(?P<h>(?:Lopital|Opital|Dispansè|Sant[ \t]+Sante)(?:[ \t]+(?:Sen|Sent|Jeneral|Inivèsite|"
                                 rf"Nasyonal|Komin|Depatmantal))*(?:[ \t]+{_CAP}){{1,3}})")
_CREOLE_HOSPITAL_20 = _first_char(_CREOLE_HOSPITAL_20, "LODS")


_AGE_WORDS_20 = ("អាយុ", "ອາຍຸ", "အသက်", "වයස", "อายุ")
_ROLE_HINTS_20 = (" li ", " yo ", "huisarts", "hausarzt", "hausärztin", "verpleegkundige", "vroedvrouw",
                  "verloskundige", "daktari", "muuguzi", "mkunga")

# (speed: " yo " is also English's "72 yo": the Creole kin's pronoun then a capital, tested then)
_CREOLE_KIN_PRONOUN_20 = re.compile(r"[ \t](?:li|l|yo|m)[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž]")


def _role_hint_20(text: str) -> bool:
    if any(h in text for h in _ROLE_HINTS_20[2:]):
        return True
    return (" li " in text or " yo " in text) and _CREOLE_KIN_PRONOUN_20.search(text) is not None


def _names_and_hospitals_20(text: str):
    if not text.isascii() and p.holds(text, _AGE_WORDS_20):
        for m in _SE_ASIAN_NAME_BEFORE_AGE_20.finditer(text):
            yield _finding(text, "name", m.start("n"), m.end("n"), 0.8, "a name between a person's label and the age")
    d = dictionaries()
    for m in _ROLE_NAME_20.finditer(text) if _role_hint_20(text) else ():
        name = m.group("n")
        if _framed_name_ok(name) and name.split()[0] not in d.common and not d.cities_by_first.get(name.split()[0]):
            yield _finding(text, "name", m.start("n"), m.end("n"), 0.75, "a name after a relative's or a role's noun")
    if "pital" in text or "Sant " in text or "Dispans" in text:
        for m in _CREOLE_HOSPITAL_20.finditer(text):
            yield _finding(text, "place", m.start("h"), m.end("h"), 0.8, "a hospital named kind first (Haitian Creole)")


def _twentieth_round_38(text: str):
    yield from _unheaded_chat_speakers_20(text)
    yield from _possessive_names_20(text)
    yield from _origin_verb_towns_20(text)
    yield from _ages_38(text)
    yield from _han_titles_and_vehicles_20(text)
    yield from _names_and_hospitals_20(text)
    if not text.isascii():
        yield from _residences_20(text)


# ---------------------------------------------------------------- twenty-first round (fresh39–fresh42): names

# A name a fundraiser is for, in the languages its pages are shared in ("Vaquinha online para Arami:",
# "Colecta solidaria para Don Julio", "Cagnotte pour Amel", "Spendenaktion für Jonas", "GoFundMe for
# Tevita", "raccolta fondi per Giulia"): the page is a person's.
_FUNDRAISER_21 = re.compile(
    r"(?<![\w-])(?i:vaquinha|vakinha|colecta[ \t]+solidaria|cagnotte|"
    r"spendenaktion|spendenseite|raccolta[ \t]+fondi|gofundme|fundraiser|fundraising[ \t]+page|"
    r"crowdfunding|inzamelingsactie|zbiórka)(?:[ \t]+(?i:online|solidária|solidaria|page|campaign|virtual))?[ \t]+"
    r"(?i:para|pra|pro|por|pour|für|fur|for|per|voor|dla|de|da|do)[ \t]+(?:(?:Don|Doña|Dona|Seu|Mme|Mr|Mrs|Ms|Sr|Sra)\.?[ \t]+)?"
    rf"(?P<n>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}})(?=[ \t]*(?:[:,;.!()]|\n|$|[ \t]+(?:https?://|www\.)))")
# (speed: the keywords found in the lower-cased text, the pattern tried there: _at_keywords)
_FUNDRAISER_HINT_21 = re.compile(r"vaquinha|vakinha|colecta|cagnotte|spenden|raccolta|gofundme|fundrais|crowdfunding|"
                                 r"inzameling|zbiórka")
# A name starting a sentence before a verb of arrival or of presenting oneself, in the languages of
# the Americas and Europe ("Delbert Vilte se presenta a control", "Ana Souza chegou ao PS", "Kofi
# arrived by ambulance", "Jean Dupont se présente aux urgences"), or before one of acting for a
# relative ("Jhemp translated for his father", "Uxía interpreted for her mother"): a person.
_ARRIVAL_VERBS_21 = ("se presenta", "se presentó", "acude", "acudió", "llega", "llegó", "ingresa", "ingresó", "consulta",
                     "consultó", "chega", "chegou", "deu entrada", "dá entrada", "comparece", "compareceu", "procurou",
                     "se présente", "s'est présenté", "s'est présentée", "arrive", "est arrivé", "est arrivée",
                     "si presenta", "arriva", "giunge", "è giunto", "è giunta", "arrived", "arrives", "presented",
                     "presents", "walked in", "stellt sich", "erscheint", "kam", "kommt")
_ACTED_VERBS_21 = ("translated", "interpreted", "signed", "spoke", "answered", "consented")
# (speed: the verbs found first, as a trie; the name then read back to the sentence's start)
_VERB_21 = re.compile(_word_trie(sorted(_ARRIVAL_VERBS_21 + _ACTED_VERBS_21)) + r"(?![\w])")
_ACTED_FOR_AFTER_21 = re.compile(r"[ \t]+(?:for|on[ \t]+behalf[ \t]+of)[ \t]+(?:his|her|their|the)[ \t]")
_SENTENCE_NAME_21 = re.compile(rf"(?:^|(?<=[.!?][ \t])|(?<=\n))[ \t]*(?P<n>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{0,2}})[ \t]+\Z")


def _sentence_subjects_21(text: str):
    """The name that starts a sentence and is the subject of one of _VERB_21's verbs."""
    for v in _VERB_21.finditer(text):
        if v.group() in _ACTED_VERBS_21 and not _ACTED_FOR_AFTER_21.match(text, v.end()):
            continue
        m = _SENTENCE_NAME_21.search(text, max(0, v.start() - 60), v.start())
        if m:
            yield m, v.group() in _ACTED_VERBS_21


def _names_21(text: str):
    d = dictionaries()
    found = ((m, True) for m in _at_keywords(_FUNDRAISER_21, _FUNDRAISER_HINT_21, text))
    for m, one_word_ok in itertools.chain(found, _sentence_subjects_21(text)):
        words = m.group("n").split()
        if ((len(words) > 1 or one_word_ok or d.is_person_name(words[0])) and _framed_name_ok(m.group("n"))
                and _world_name_ok(words) and not any(w in d.cities_by_first and not d.is_person_name(w) for w in words)):
            yield _finding(text, "name", m.start("n"), m.end("n"), 0.8, "a person a fundraiser is for, or who arrived or acted for a relative")


# ---------------------------------------------------------------- twenty-first round: places

# A town right before its postal code's label ("Zephyrhills, C.P. 88221", "Tilcara, CP Y4624AGB",
# "Πάφος Τ.Κ. 8220", "Baracoa - RS, CEP 69900-000", "Ahrweiler, PLZ 53474"), a Brazilian or
# Mexican state's letters between; or before a US state's letters and a ZIP ("Sebring, FL 33870").
_POSTAL_LABEL_21 = re.compile(
    r"(?<![\w.])(?:C\.[ ]?P\.|CP|CEP|PLZ|PSČ|ZIP|Τ\.[ ]?Κ\.|T\.[ ]?K\.|Ταχ\.[ ]?Κώδ\.|"
    r"(?i:post(?:al)?[ \t]*code|zip[ \t]*code|c[óo]digo[ \t]+postal|code[ \t]+postal|kode[ \t]*pos|"
    r"postleitzahl|kod[ \t]+pocztowy|codice[ \t]+postale|почтовый[ \t]+индекс|индекс))"
    r"[ \t.:#№-]*(?=[A-Z]?\d)"
    rf"|(?<=, )(?:{p._STATES})[ \t]+(?=\d{{5}}(?:-\d{{4}})?(?![\w-]))")  # (a comma before: not "PubMed ID 76008")
_POSTAL_LABEL_21 = _first_char(_POSTAL_LABEL_21, "A-Zzpck\u03a4пПиИ")  # (speed: a label's first letters)
_TOWN_WORD_21 = r"(?![a-zß-ÿа-я])[^\W\d_](?:[^\W\d_'’]|-(?=[^\W\d_]))*"
_TOWN_BEFORE_POSTAL_21 = re.compile(
    rf"(?:^|(?<=[\n\t|;:,.(])|(?<=[^\W\d_][ ]))[ \t]*(?P<t>{_TOWN_WORD_21}(?:[ ](?:(?:de|del|da|do|dos|das|di|la|le|"
    rf"los|las|sur|am|an|im|en)[ ])*{_TOWN_WORD_21}){{0,3}})(?:[ \t]*[-–/][ \t]*[A-Z]{{2}})?,?[ \t]*\Z")


def _towns_before_postal_labels_21(text: str):
    for label in _finditer_first(_POSTAL_LABEL_21, text):
        m = _TOWN_BEFORE_POSTAL_21.search(text, max(0, label.start() - 60), label.start())
        if m and _town_ok(m.group("t")) and not dictionaries().is_person_name(m.group("t").split()[0]):
            yield _finding(text, "place", m.start("t"), m.end("t"), 0.8, "a town before its postal code's label")


# A town after a verb of coming and "from", in prose, whatever the town ("drove her from X",
# "brought him up from X", "vino desde X", "procedente de X", "veio de X", "originaire de X",
# "proveniente da X", Tok Pisin's "kam long (ples) X"), or after Tagalog's "taga-" ("Taga-X siya").
# (speed: the preposition is found first, from its first letter, then the verb before it)
_FROM_TOWN_21 = _first_char(re.compile(
    rf"(?<![\w'’-])(?:from|de|desde|do|da|du|dal|dalla|long(?:[ \t]+ples)?)[ \t]+(?P<t>{_CAP_WORD_20}(?:[ \t]{_CAP_WORD_20})?)(?![\w-])"
    rf"|(?<![\w-])[Tt]aga-(?P<g>{_CAP_WORD_20})(?![\w-])"), "fdlTt")
_COMING_VERB_BEFORE_21 = re.compile(
    r"(?<![\w'’-])(?:(?:[Dd]rove|[Dd]riven|[Bb]rought|[Ff]lown|[Ff]lew|[Rr]etrieved|[Tt]ransferred|[Tt]ravell?ed|[Ww]alked|"
    r"[Cc]ame|[Cc]omes)(?:[ \t]+(?:him|her|them|us|me))?(?:[ \t]+(?:up|down|in|over|back|across))?"
    r"|[Vv]ino|[Vv]iene|[Ll]leg[óo]|[Pp]rocedente|[Pp]roveniente|[Oo]riund[oa]|[Oo]riginari[oa]|[Oo]riginaire|[Vv]eio|"
    r"[Vv]em|[Cc]hegou|[Vv]ient|[Vv]enu|[Vv]enue|[Aa]rriv[ée]e?|[Vv]enut[oa]|[Kk]am)[ \t]+\Z")


def _coming_from_towns_21(text: str):
    d = dictionaries()
    for m in _finditer_first(_FROM_TOWN_21, text):
        g = "t" if m.group("t") else "g"
        town = m.group(g)
        if g == "t" and not _COMING_VERB_BEFORE_21.search(text, max(0, m.start() - 40), m.start()):
            continue
        if _town_ok(town) and town.split()[0] not in d.common and not d.is_person_name(town.split()[0]):
            yield _finding(text, "place", m.start(g), m.end(g), 0.75, "a town after a verb of coming from it")


# A hospital named by its town in more languages: Arabic's definite hospital, its adjectives and
# "in <town>" ("المستشفى الإقليمي بتارودانت", "المستشفى الجامعي ابن الجزار بالقيروان"); Kyrgyz's
# and Kazakh's town before the hospital's words ("Нарын облустук бириккен ооруканасы"); Finnish's
# town in the genitive before its hospital or health centre ("Savonlinnan keskussairaala").
_ARABIC_TOWN_HOSPITAL_21 = re.compile(
    rf"ال(?:مستشفى|مستشفي|مستوصف)(?![\u0621-\u065f])(?:[ \t]+ال{_ARABIC_WORD})(?:[ \t]+{_ARABIC_WORD}){{0,3}}?"
    r"[ \t]+(?!بسبب|بعد|بعض|بين|بدون|بشكل|بتاريخ|بحالة|بسرعة)ب[\u0621-\u064a]{3,}(?![\u0621-\u065f])")
_TURKIC_TOWN_HOSPITAL_21 = re.compile(
    r"(?<![\w-])(?P<t>[А-ЯЁӨҮҢҚҒҰІ][а-яёөүңқғұһі-]+)(?:[ \t]+[а-яёөүңқғұһі]+){0,3}[ \t]+(?:ооруканасы|ауруханасы)(?![\w-])")
_TURKIC_GENERIC_21 = ("Республика", "Шаар", "Балдар", "Клиника", "Облус", "Район", "Борбор", "Облыс", "Қала", "Балалар",
                      "Орталық", "Аудан", "Жергилик", "Жеке", "Бул", "Ал", "Биздин")
_FINNISH_HOSPITAL_21 = re.compile(r"(?<![\w-])[A-ZÅÄÖ][a-zåäö]+n[ \t]+(?:keskus|alue|aluesairaala|kaupungin)?"
                                  r"(?:sairaala|terveyskeskus)(?![\w-])")


def _town_hospitals_21(text: str):
    if "ال" in text:
        for m in _ARABIC_TOWN_HOSPITAL_21.finditer(text):
            yield _finding(text, "place", m.start(), m.end(), 0.75, "a hospital named by its town (Arabic)")
    if "оорукана" in text or "аурухана" in text:
        for m in _TURKIC_TOWN_HOSPITAL_21.finditer(text):
            if not m.group("t").startswith(_TURKIC_GENERIC_21):
                yield _finding(text, "place", m.start(), m.end(), 0.75, "a hospital named by its town (Kyrgyz, Kazakh)")
    if "sairaala" in text or "terveyskeskus" in text:
        for m in _FINNISH_HOSPITAL_21.finditer(text):
            yield _finding(text, "place", m.start(), m.end(), 0.75, "a hospital named by its town (Finnish)")


def _places_21(text: str):
    yield from _towns_before_postal_labels_21(text)
    yield from _coming_from_towns_21(text)
    yield from _town_hospitals_21(text)


_DETECTORS = (_emails, _urls, _ips, _ssns, _keyed, _labelled, _phones, _dates, _ages, _addresses, _address_runs,
              _streets, _postcodes, _tables, _words, _vietnamese_names, _labels_after, _short_keyed,
              _place_fields, _initialled_names, _registrations, _streets_kind_after, _dates_more,
              _framed_names, _chat_speakers, _spaced_codes, _slashed_phones, _villages, _lone_towns,
              _world_dates, _world_ages, _world_name_labels, _world_postcodes, _world_plates, _native_cities,
              _world_localities, _sixteenth_round, _seventeenth_places, _seventeenth_round_ids,
              _names_before_roles_19, _numbered_roads_19, _postposed_localities_20,
              _cyrillic_patient_names_20, _street_lines_before_codes_20, _twentieth_round, _twentieth_round_38,
              _names_21, _places_21)


# ---------------------------------------------------------------- another detector's spans

# Twelfth round: the statistical model (model.py) proposes spans the rules did not find. What
# the rules know is never an identifier holds for those too: a code after its system's label
# or of a registry's shape, a number a unit or a clinical label measures, a diagnosis code, an
# eponym's name before its noun ("Wilson's disease"), a state or country, a weekday list, a
# year range or a citation's pages read as a date, a laboratory panel read as an address.
_MODEL_NAMED = frozenset({"name", "place"})
_MODEL_SHAPED = frozenset({"email", "url", "ip"})
_CLAUSE_START = re.compile(r"[^;,\n(\[]*\Z")
_EPONYM_AFTER = re.compile(r"(?:['’]s)?[ \t]+(?P<n>[^\W\d_]+)")
_YEAR_RANGE = re.compile(r"(?:1[89]|20)\d\d[ \t]*[-–/][ \t]*(?:(?:1[89]|20)\d\d|\d\d)")
_YEAR_SPAN = re.compile(r"((?:19|20)\d\d)[ \t]*[-–][ \t]*((?:19|20)\d\d)")
_CITATION_BEFORE = re.compile(r"\d[;:(][\d():;]*\Z")
_LONG_WORD = re.compile(r"[^\W\d_]{3,}")
_LITERATURE_ID = re.compile(r"PMC\d{4,9}|10\.\d{4,9}/\S+")  # PubMed Central, a DOI


_PRESSURE = re.compile(r"(?<![\d/])(\d{2,3})/(\d{2,3})(?![\d/])")


def _pressure_like(m: re.Match) -> bool:
    systolic, diastolic = int(m.group(1)), int(m.group(2))
    return 60 <= systolic <= 260 and 30 <= diastolic <= 160 and systolic > diastolic


def known_not_identifier(text: str, f: Finding, section: str | None = None) -> bool:
    """True when the rules know the span `f`, which another detector proposed, is not an
    identifier (see the comment above); `section` as scan()'s."""
    if f.category == "ip" and _CLOCK.fullmatch(f.text):
        return True  # fourteenth round (fresh17, fresh18): "from 08:00", a clock time
    if f.category in _MODEL_SHAPED:
        if f.category == "url" and section in REFERENCE_SECTIONS:
            # sixteenth round (fresh21, fresh22): a part of a web address ("…/wr/mm319a2.htm") is
            # judged by the whole address it is part of
            start, end = f.start, f.end
            while start and not text[start - 1].isspace() and text[start - 1] not in "(<[\"'":
                start -= 1
            while end < len(text) and not text[end].isspace() and text[end] not in ")>]\"'":
                end += 1
            end = start + len(text[start:end].rstrip(_TRAILING))
            return _cited(text, Finding("url", start, end, text[start:end], f.confidence, f.why))
        return False
    if _not_an_identifier(text, f):
        return True
    if f.category in ("phone", "fax", "ssn", "date", "age") and _INSIDE_A_LINK.search(text, max(0, f.start - 80), f.start):
        return True  # sixteenth round (fresh21, fresh22): a DOI's digits ("…/10903127.2019.1588443")
    if f.category != "date" and any(_pressure_like(m) for m in _PRESSURE.finditer(f.text)):
        return True  # fourteenth round: "АД 170/95", "Blóðþrýstingur 152/88", "۱۳۰/۸۵": a blood pressure
    if f.category in _MODEL_NAMED:
        return _known_word(text, f)
    if f.category == "address":
        town = _POSTCODE_AFTER_TOWN_20.search(text, max(0, f.start - 40), f.start)
        if (town and re.fullmatch(r"\d{4,5}", f.text) and _town_ok(town.group("t"))
                and not town.group("t").lower().endswith(_NOT_A_NAME_ENDINGS)
                and re.search(r"\d", text[text.rfind("\n", 0, town.start()) + 1:town.start()])):
            return False  # twentieth round: "14 Kowhai Rise, Gisborne 4010": a postcode after a street's town
        # an address has a street's, a town's or a building's word (not only a ward's, a bed's
        # or a floor's: "Sala 3, Cama 12, Piso 2"), and no decimal number
        words = _LONG_WORD.findall(f.text)
        return (not words or all(w.lower() in _CLINICAL_LABELS or w.lower() in _EXERCISE_WORDS for w in words)
                or bool(re.search(r"\d[.,]\d", f.text))
                # seventeenth round: a drug and its dose ("Amoxicillin 1000, Clavulanate 200")
                or len(words) == 1 and words[0].lower().endswith(_NOT_A_NAME_ENDINGS))
    if f.category == "date":
        return _not_a_date(text, f)
    if f.category == "zip" and _YEAR_AFTER_PREPOSITION.search(text, max(0, f.start - 10), f.end):
        return True  # eighteenth round (fresh29): "y la guía de 2021", "since 2019": a year, not a postcode
    if f.category == "zip" and _CLOCK_TIME.fullmatch(f.text) and (
            _DAY_WORD_AFTER.match(text, f.end) or _TIME_CUE_BEFORE.search(text, max(0, f.start - 12), f.start)):
        return True  # twentieth round, the retrained model: "Review 1400 Tomorrow", "at 0830": a clock time
    return _measured(text, f)


# Words for a day relative to today, in the languages the parts write ("Review 1400 Tomorrow"):
# never a person or a place, and a clock time beside them is no postcode.
_DAY_WORDS = word_set("""
today tomorrow tonight yesterday overnight hoy mañana ayer anoche hoje amanhã ontem aujourd'hui demain hier
heute morgen gestern oggi domani ieri stanotte vandaag gisteren idag imorgon igår dzisiaj jutro wczoraj
dnes zítra včera zajtra сегодня завтра вчера сьогодні bugün yarın dün
""")
# A patient's regimen or state as notes capitalise it ("em Jejum desde ontem", "Reposo
# relativo", "Nüchtern ab 22 Uhr"): fasting, rest, a diet, in the languages the parts write.
_REGIMEN_WORDS = word_set("""
fasting npo jejum repouso dieta ayunas ayuno reposo jeûne repos régime nüchtern bettruhe diät digiuno riposo
nuchter bedrust czczo dieta натщесерце натощак голод покой диета
""")
_DAY_WORD_AFTER = re.compile(r"[ \t]+(?i:" + "|".join(sorted(map(re.escape, _DAY_WORDS), key=len, reverse=True))
                             + r")\b")
_CLOCK_TIME = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_TIME_CUE_BEFORE = re.compile(r"(?<![^\W\d_])(?i:at|@|by|from|until|till|review|reviewed|seen|due|à|a las|às|um|alle|om|kl\.?)"
                              r"[ \t]+\Z")


def _month_heading(text: str, f: Finding, word: str, d) -> bool:
    """A month's name as a timeline's heading ("Mai: no complaints; Juni: follow-up"): followed by
    a colon, with another month's heading in the same text."""
    if word.lower() not in d.months or not text.startswith(":", f.end):
        return False
    return any(m.group(1).lower() in d.months for m in _HEADING_WORD.finditer(text)
               if m.start(1) != f.start)


_HEADING_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,12}):")


_POSTCODE_AFTER_TOWN_20 = re.compile(r",[ \t]+(?P<t>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]\Z")
_YEAR_AFTER_PREPOSITION = re.compile(r"(?<![^\W\d_])(?i:of|from|in|since|until|de|del|desde|en|em|du|dès|von|seit|"
                                     r"dal|nel|sejak|tahun|od|w)[ \t]+(?:19[5-9]\d|20[0-3]\d)\Z")


# A hospital's department or service, where a note says a patient was seen ("Seen in
# Neurology", "procedente do Pronto Socorro", "adressé aux Urgences"; fifteenth round: "Seen
# with Physio", which the retrained model called a person).
_DEPARTMENT_WORDS = word_set("""
neurology cardiology oncology haematology hematology nephrology urology gastroenterology hepatology
dermatology rheumatology endocrinology pulmonology respiratory psychiatry paediatrics pediatrics
obstetrics gynaecology gynecology orthopaedics orthopedics radiology pathology anaesthesia
anesthesia surgery medicine geriatrics neonatology ophthalmology otolaryngology ent neurosurgery
casualty emergency triage outpatients theatre theatres maternity pharmacy physiotherapy
neurología cardiología oncología urgencias urgência urgências urgences pronto emergência emergencia
neurologie kardiologie cardiologie onkologie oncologie chirurgie notaufnahme ambulanz poliklinik
physio physios dietetics chaplaincy
oddział oddzial servicio serviço abteilung afdeling reparto osasto avdelning odjel oddělení oddelenie отделение
відділення
""")


# Eighteenth round (fresh27, fresh28): a hospital's department, ward or section in any language,
# named by its kind and its specialty ("Παθολογική Κλινική", "Belgyógyászati Osztály", "Secția
# Medicină Internă", "Khoa Nội", "Oddział Chorób Wewnętrznych"); a named clinic has a word that
# is no specialty's ("Clinique Pasteur").
_UNIT_NOUNS = word_set("""
department dept departments ward unit service division section clinic departamento departament département
dipartimento departement departamentul servicio serviço servizio serviciul servis servisi unidad unidade unité
unità unita sección secção seção sezione sektion sekcja secția secţia sectia secție secţie sectie compartimentul
sala planta enfermería enfermaria pabellón pavillon reparto divisione clínica clinica clinique klinik klinika
klinikk kliniek klinikka kliniken kliniği κλινική κλινικη клиника клініка abteilung station afdeling avdeling
avdelning avdelningen afdelingen osasto osakond nodaļa skyrius oddział oddzial oddělení oddeleni oddelenie
oddelek odjel odjeljenje odeljenje одељење отделение отделението відділення osztály osztálya osztaly részleg
τμήμα τμημα πτέρυγα μονάδα khoa bölümü bangsal instalasi bagian wad jabatan deild
zerbitzua zerbitzuan zerbitzuko saila sailean unitatea servei unitat secció uned adran skyriuje osztályon
""")
_UNIT_SPECIALTY = re.compile(
    r"medic|médic|medíc|medizin|medycyn|medicín|medisi|lääke|intern|innere|inwewn|wewnętrz|belgyógy|sebész|chirurg|"
    r"cirug|cirurg|surg|хирург|хірург|χειρουργ|παθολογ|καρδιολογ|νευρολογ|παιδιατρ|ψυχιατρ|πνευμονολογ|ουρολογ|"
    r"γυναικολογ|μαιευτ|ορθοπαιδ|ογκολογ|νεφρολογ|γαστρεντερολογ|αιματολογ|εντατικ|επειγ|терап|кардио|кардіо|невр|"
    r"педиатр|педіатр|психиатр|психіатр|гинек|гінек|акушер|онко|травм|ортопед|урол|нефрол|гастро|пульмон|инфекц|"
    # (nineteenth round, fresh33: Malay's and Indonesian's, "Wad Perubatan", "Wad Pembedahan", "Bangsal Bersalin")
    r"perubatan|pembedahan|bedah|bersalin|kebidanan|kanak|anak|rawatan|kecemasan|"
    r"інфекц|реаним|реанім|pediatr|paediatr|pädiatr|gyermek|dziec|geriatr|gériatr|onkol|oncol|cardio|kardio|neuro|"
    r"ortop|orthop|traum|uraz|intensiv|intensyw|intenzív|intensiiv|reanim|anest|anaest|aneszt|sürg|urgen|emergen|"
    r"ratunk|ginek|gynek|gynäk|gynec|gynaec|obstet|położ|szülész|nőgyógy|neonat|noworod|újszül|psych|pszich|dermat|"
    r"rehab|fizjoter|physio|pulmon|pneumo|tüdő|respir|nefro|nephro|hepat|gastro|endokr|endocr|infekc|infect|fertőz|"
    r"reumat|rheumat|urol|hematol|haematol|általános|ogóln|general|génér|oftalm|ophthalm|geriátr|chorób|chorob|"
    r"nội$|ngoại$|nhi$|sản$|cấp$|hồi$|lão$|truyền$|thần$|mắt$|"
    # (twentieth round, fresh35: Basque's, "Barne Medikuntza Zerbitzua", "Pediatria Zerbitzua", "Kirurgia Saila")
    r"barne$|medikuntz|kirurgi|larrialdi|haurr|ginekolog|kardiolog|neurolog|onkolog|erditze")


def _hospital_unit(words: list[str]) -> bool:
    words = [w.strip(".,;:()'’") for w in words]
    rest = [w for w in words if w.lower() not in _UNIT_NOUNS]
    return 0 < len(rest) < len(words) and all(
        w.lower() in _PARTICLE_SET or starts_lower(w) or _SPECIALTY.search(w) or _UNIT_SPECIALTY.match(w.lower())
        or w.lower() in _DEPARTMENT_WORDS for w in rest)


# A heading in capitals that starts with a preposition ("З МЕДИЧНОЇ КАРТИ", "FROM THE WARD"): no
# name starts so (a name's particles, "DE LA CRUZ", are not here).
_HEADING_PREPOSITIONS = word_set("""з із зі от из по до для про при за на об во со ст από για της του των στο στη με σε
of from for to the and on in at für aus zur zum vom mit per pour avec sur par con para por com em od we dla przy
ke dari untuk pada""")


def _capital_heading(value: str) -> bool:
    words = value.split()
    return value.isupper() and words[0].lower() in _HEADING_PREPOSITIONS


# "from"/"of" in a document's title ("IZRAKSTS NO …", "IŠRAŠAS IŠ …", "IZVOD IZ …", "WYPIS Z …",
# "LETTERA DI …"), beside _HEADING_PREPOSITIONS.
_TITLE_OF = word_set("""no iz iš is z ze zo zi ot de di da del della dei du des von aus van från fra af""")


def _heading_tail(text: str, f: Finding) -> bool:
    """The words after "from"/"of" in a title in capitals that starts with a document's word
    ("IZRAKSTS NO SLIMĪBAS VĒSTURES", "ВЫПИСКА ИЗ ИСТОРИИ БОЛЕЗНИ"): the record it is from."""
    if not f.text.isupper():
        return False
    start = text.rfind("\n", 0, f.start) + 1
    end = text.find("\n", f.end)
    line = text[start:end if end >= 0 else len(text)]
    words = text[start:f.start].split()
    if not line.isupper() or len(words) < 2:
        return False
    before = words[-1].lower()
    return line.split()[0].lower() in _DOCUMENT_WORDS and (before in _TITLE_OF or before in _HEADING_PREPOSITIONS)


_REGION_WORDS = frozenset({"Province", "State", "Region", "Governorate", "Oblast", "Prefecture", "Territory",
                           "Emirate", "Voivodeship", "Canton", "Pradesh"})
# The endings of clinical adjectives and nouns ("Afebrile", "Tachycardic", "Hypotensive",
# "Nephrotic", "Pancreatitis", "Dysuria").
_CLINICAL_ENDING = re.compile(
    r"(?:ile|ic|ive|ous|itis|osis|ectomy|otomy|algia|uria|a?emia|pathy|plasia|pnoea|pnea|cardia|"
    r"tension|oma|ase|ism)\Z", re.IGNORECASE)


# A brand's suffix ("-E", " XL", " retard", " forte") and a dose in the units any language writes it
_DOSE_AFTER = re.compile(r"(?:-[A-Z]{1,3}\b|[ \t](?:XL|SR|ER|CR|LA|MR|XR|CD|ZOK|Depot|Retard|retard|Forte|forte|Mite|mite))?"
                         r"[ \t]+\d+(?:[.,]\d+)?[ \t]?(?:mg|mcg|µg|μg|ug|g|ml|mL|IU|IE|UI|E|units|mmol|мг|мл|ед|mg/ml)\b")


def _known_word(text: str, f: Finding) -> bool:
    """A name or a place whose every word is an everyday word, a region or a clinical label,
    that starts with a department's name or holds a lower-case word that is no particle
    ("Samstag zunehmende Dyspnoe"), or an eponym ("Wilson's disease", "Cushing syndrome")."""
    d = dictionaries()
    words = [w.strip(".,'’") for w in f.text.split()]
    if not words:
        return False
    if len(words) > 1 and words[-1].lower() in _PARTICLE_SET:
        return True  # fifteenth round (fresh19, fresh20): "Turista de": a name ends with no particle
    if all(w.lower() in _FACILITY_KIND_WORDS or w.lower() in _FACILITY_ADJECTIVES or w.lower() in _PARTICLE_SET
           for w in words):
        return True  # fifteenth round: "Centre de Santé Mentale": a kind of facility, not one facility
    if all(w.lower() in _LOCALITY_WORDS or w.lower() in _LOCALITY_ABBREVIATIONS for w in words):
        return True  # seventeenth round: "of Purok 3, Brgy.": a kind of locality without its name
    if words[-1] in _ROLES or len(words) == 1 and words[0] in _ROLE_SPEAKERS:
        return True  # eighteenth round (fresh28): "…, Oberarzt", "Ciara McCusker, Falls Nurse Specialist": a role
    if len(words) == 1 and words[0] in _PRONOUN_NAMES and _lower_word_follows(text, f.end) and not (
            _english_after(text, f.end)):
        return True  # eighteenth round (fresh27): "Nada per os", an everyday word of another language
    if len(words) == 1 and (words[0] in _NOT_A_TOWN_ABROAD or words[0] in _SERVICES_ROMANCE) or _MAKE.match(f.text):
        return True  # seventeenth round, the retrained model: "de UCI a Planta", "a Toyota RAV-4"
    if words[0].lower() in _DEPARTMENT_WORDS or f.text in d.regions or any(
            starts_lower(w) and w not in PARTICLES for w in words):
        return True
    if words[-1] in _REGION_WORDS or _STATE_WORD_AFTER.match(text, f.end):
        return True  # "Gandaki Province", "Lusaka Province": a first-level region
    if _SCHEME_NAME_BEFORE.search(text[max(0, f.start - 40):f.start]):
        return True  # fifteenth round: a scheme ("Enrolled in Arogyasri"), as the rules read it
    if any(_SPECIALTY.search(w) for w in words):
        return True  # thirteenth round: a treatment or a department ("Diuretische Therapie", "Innere Medizin")
    if len(words) == 1 and _CLINICAL_ENDING.search(words[0]) and not (
            d.is_person_name(words[0]) or words[0] in d.cities_by_first):
        return True  # "Pt: Afebrile, tachycardic": a finding's adjective, not a town
    if all(w in d.common or w in d.regions or w.lower() in _CLINICAL_LABELS
                     or w.lower() in EPONYM_NOUNS or w.lower() in _DOCUMENT_WORDS for w in words):
        return True
    if len(words) == 1 and _DOSE_AFTER.match(text, f.end):
        return True  # twentieth round (fresh37): "Albyl-E 75 mg x 1", "Marevan 2,5 mg": a drug's brand and its dose
    if len(words) == 1 and (words[0].lower() in _DAY_WORDS or _month_heading(text, f, words[0], d)):
        return True  # twentieth round, the retrained model: "Review 1400 Tomorrow", "Mai: …; Juni: …"
    if len(words) == 1 and words[0].lower() in _REGIMEN_WORDS:
        return True  # twenty-first round, the retrained model: "em Jejum desde ontem": a regimen
    after = _EPONYM_AFTER.match(text, f.end)
    return bool(after and after.group("n").lower() in EPONYM_NOUNS)


# An exercise test's words beside its numbers ("60 W, Borg 13, HR max 112"; fifteenth round)
_EXERCISE_WORDS = frozenset({"borg", "max", "peak", "rpe", "watt", "watts", "met", "mets", "vo2", "ergometer"})


def _not_a_date(text: str, f: Finding) -> bool:
    """A date has a digit and, when only numbers, a day and a month that fit; a range of
    years ("2019-2020") or a citation's pages ("2020;395:1054-1062") is not one."""
    value = f.text.strip()
    if not any(c.isdigit() for c in value) or _YEAR_RANGE.fullmatch(value):
        return True
    last = value.split()[-1]
    if len(value.split()) > 2 and last.isalpha() and last.islower() and last not in dictionaries().months:
        return True  # fifteenth round: "3 m numa levada acima de": a date ends with no preposition
    if _CITATION_BEFORE.search(text, max(0, f.start - 24), f.start):
        return True
    numbers = re.findall(r"\d+", value)
    if len(numbers) == 1 and (len(numbers[0]) <= 2 or len(numbers[0]) == 4) and not any(c.isalpha() for c in value):
        # fourteenth round: "90/" of a blood pressure, a lone number; eighteenth: a year alone
        # (no date by Safe Harbor's rule), or the end of a range the retrained model cut
        # ("target: 1500-2000")
        return True
    if len(numbers) >= 2 and not any(c.isalpha() for c in value):
        return not _valid_day_month(int(numbers[0]), int(numbers[1])) and not (
            len(numbers[0]) == 4 and 1 <= int(numbers[1]) <= 12)
    return False


def _measured(text: str, f: Finding) -> bool:
    """A number or code that a unit follows, that a clinical label or a code system's label
    announces in its clause, that has a registry's or a diagnosis code's shape, or that is a
    range after a clinical label ("Reference interval: 3500-10000")."""
    value = f.text.strip()
    if p.CLINICAL_CODE.fullmatch(value) or _DIAGNOSIS_CODE.fullmatch(value) or _LITERATURE_ID.fullmatch(value):
        return True
    if _CITATION_BEFORE.search(text, max(0, f.start - 24), f.start):
        return True  # a citation's pages ("2020;395(10229):1054-1062"), whatever it is read as
    years = _YEAR_SPAN.fullmatch(value)
    if years and int(years.group(1)) < int(years.group(2)) <= 2039:
        return True  # thirteenth round (fresh16): "212 cases (2015-2022)", a study's years as a phone
    line = text[text.rfind("\n", 0, f.start) + 1:f.start]
    if value.isdigit() and len(value) <= 5 and not any(c.isalpha() for c in line):
        return True  # a short number that nothing on its line announces ("12345 - see No. 4")
    after = text[f.end:f.end + 16]
    if p.UNIT_AFTER.match(after) or p.UNIT_AFTER.match(after.lower()) or _UNIT_LIKE_AFTER.match(after):
        return True
    before = text[max(0, f.start - 40):f.start]
    if p.CODE_LABEL_BEFORE.search(before[-24:]):
        return True
    clause = _CLAUSE_START.search(before)
    words = _LABEL_WORD.findall(clause.group() if clause else "")[-3:]
    if _clinical_label(words) or _clinical_label(value.split()[:1]):
        return True
    return bool(re.fullmatch(r"\d{4}-\d{6}-\d{2}", value))  # a EudraCT number

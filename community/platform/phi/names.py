"""The scanner's dictionaries: given names and surnames of many cultures, cities, the regions a
place may be named by (states and larger, which Safe Harbor keeps), and the words that must
never be read as a person or a place (eponyms, clinical words).

The name and city lists are data files in community/phi/data (see generate.py there); they
load once, on first use, into frozensets (about 40,000 strings, ~5 MB)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def word_set(words: str) -> frozenset[str]:
    """A set from whitespace-separated words (long lists stay readable)."""
    return frozenset(words.split())


def _read(name: str) -> frozenset[str]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle
                         if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def dictionaries() -> Dictionaries:
    return Dictionaries()


def _read_tabbed(name: str) -> dict[str, str]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return dict(line.rstrip("\n").split("\t", 1) for line in handle
                    if line.strip() and not line.startswith("#"))


def _by_first(places: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Place names indexed by their first word: the scanner walks capitalised words once and
    tries the longest place starting at each ("Rio de Janeiro" before "Rio")."""
    by_first: dict[str, tuple[str, ...]] = {}
    for place in sorted(places, key=len, reverse=True):
        first = place.split(" ", 1)[0]
        by_first[first] = by_first.get(first, ()) + (place,)
    return by_first


class Dictionaries:
    def __init__(self) -> None:
        # fourteenth round (fresh17, fresh18): CLDR's words of every language (generate.py
        # --cldr): month names (lower-cased -> "wide" or "abbr"), words for years of age
        # (-> "before" or "after" the number) and cities written in a non-Latin script
        self.months = _read_tabbed("month_names.txt")
        self.weekdays = _read("weekday_names.txt")
        self.year_words = _read_tabbed("year_words.txt")
        self.native_cities = _read("native_cities.txt")
        self.given = _read("given_names.txt")
        self.surnames = _read("surnames.txt")
        self.common = _read("common_words.txt") | EVERYDAY
        self.regions = _read("regions.txt")
        cities = _read("cities.txt") - self.regions
        self.cities_by_first = _by_first(cities)
        # A city that is also a person's name or an everyday word needs a place context.
        self.ambiguous_cities = frozenset(
            c for c in cities if c in self.given or c in self.surnames or c in self.common)
        # Twenty-first round: towns over 15,000 people, flagged only in a place's context (a
        # guideline, a scale or a ward may be named after one: "Kyoto", "Beaufort"); never one
        # that is also a person's name ("Loftus", "Whitfield"), and kept out of cities_by_first,
        # which the name rules and the model read as "a known city".
        self.towns_by_first = _by_first(_read("towns.txt") - self.regions - self.given - self.surnames
                                        - self.common)

    def is_person_name(self, word: str) -> bool:
        return word in self.given or word in self.surnames

    def is_plain_name(self, word: str) -> bool:
        """In a dictionary and not also an everyday word: safe to flag on weak context."""
        return (word in self.given or word in self.surnames) and word not in self.common


# Everyday and clinical words that the name lists also hold (Faker's lists include some; "Vi"
# of the typhoid Vi vaccine, fifteenth round).
EVERYDAY = word_set("""
The A An And Or But If Then He She They His Her Their It Its We Our You This That These Those
On In At To From By For With Without After Before During Since Until Over Under Of As
Patient Patients Doctor Nurse Day Days Week Weeks Month Months Year Years Today Yesterday
Left Right Upper Lower Acute Chronic Severe Mild Moderate Normal Abnormal Positive Negative
History Examination Exam Findings Diagnosis Treatment Therapy Outcome Outcomes Follow Discussion
Introduction Abstract Keywords Timeline Consent Case Report Title Family Social Medical Surgical
Blood Heart Lung Liver Kidney Brain Bone Skin Eye Eyes Chest Head Neck Back Arm Leg Hand Foot
Type Grade Stage Class Score Scale Level Test Sign Signs Syndrome Disease Virus Fever
Emergency Department Ward Unit Intensive Care General Hospital Clinic University Royal
Mother Father Son Daughter Wife Husband Brother Sister Baby Child Children Boy Girl Man Woman
Mr Mrs Ms Miss Dr Prof Professor Sir Madam Master Saint St
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
January February March April May June July August September October November December
Christmas Easter Ramadan Diwali
Vi
""")

# Words that, after a capitalised name, make it an eponym or a named thing ("Parkinson
# disease", "Cushing syndrome", "Gram stain", "Glasgow Coma Scale", "Ottawa ankle rules").
EPONYM_NOUNS = word_set("""
disease diseases syndrome syndromes sign signs test tests stain staining criteria criterion
score scores scale scales classification classifications index ratio rule rules guideline
guidelines definition consensus staging stage grade grading system protocol procedure procedures
operation repair incision position maneuver manoeuvre reflex reflexes phenomenon law triad
tetrad pentad palsy paralysis fracture fractures ulcer ulcers tumor tumour tumors tumours
lymphoma sarcoma carcinoma anomaly malformation deformity contracture cyst cysts hernia
diverticulum catheter tube needle forceps retractor clamp equation formula method technique
approach virus fever encephalitis agar solution block chart curve line lines point points
murmur sound sounds rhythm wave waves pattern notch bundle hypothesis effect principle variant
anemia anaemia dystrophy ataxia chorea dementia thyroiditis lesion lesions spots spot nodule
nodules node nodes tremor pupil pupils pulse respiration breathing area areas cell cells body
bodies duct ducts canal capsule fascia space triangle ligament gland glands loop tract tracts
organ disc disk membrane artery vein nerve valve sinus foramen pouch plexus layer zone crisis
crises reaction response paradox maneuvre declaration classification's stool coma ankle knee
neck head spine chest lung pneumonia encephalopathy psychosis aphasia apraxia angina
arteritis disorder cycle shunt graft flap splint cast traction bandage dressing mask tube
nephropathy neuropathy cardiomyopathy myopathy hepatitis vasculitis histiocytosis cytopathy
stomatitis keratitis uveitis retinopathy osteodystrophy epilepsy seizure seizures migraine
mask hyperplasia metaplasia dysplasia bacillus strain strains toxin precautions questionnaire
inventory assessment tool calculator nomogram equation model risk trial study cohort
triage algorithm pathway checklist bundle protocols staging grading scoring rating
questionnaires indices methods techniques manoeuvres maneuvers formulae formulas
handbook manual textbook atlas journal gazette congress convention charter statement summit
category categories class classes subtype subtypes
symposium agreement accord
modification modifications amendment amendments revision revisions declarations conventions
treaty charter proviso
""")

TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Master", "Dr", "Prof", "Professor", "Sr", "Sra",
          "Mme", "Mlle", "Herr", "Frau", "Sister", "Nurse",
          # seventh round: other languages' and countries' forms of address ("Señora Nguyễn",
          # "Dhr. de Vries", "Mevr. Jansen", "Pak Budi", "Alhaji Bello", "Sheikh Al-Nahyan")
          # and a newborn's ("Baby girl Phạm", "Baby Boy Okafor")
          "Señora", "Señor", "Senhora", "Senhor", "Srta", "Madame", "Monsieur", "Mevrouw", "Mevr",
          "Dhr", "Signora", "Signor", "Bapak", "Pak", "Ibu", "Sheikh", "Shaikh", "Alhaji",
          "Alhaja", "Hajiya", "Hajjah", "Haji", "Mzee", "dhr", "mevr", "Mw", "mw", "Tn", "Ny", "Sdr",
          "Sdri", "Dña", "Hr", "Hrn", "Fr", r"M(?=\.)",
          r"Baby(?:\s+(?:[Gg]irl|[Bb]oy))?",
          # eighth round: Malaysian, Singaporean, Turkish, Polish, Italian, Scandinavian,
          # Filipino and South Asian forms of address ("Mdm Tan", "Encik Ahmad", "Pani Nowak",
          # "Sig.ra Bianchi", "Fru Lind", "Gng. Santos", "Shri Verma", "Begum Akhtar")
          "Mdm", "Madam", "Encik", "Puan", "Cik", "Tuan", "Datuk", "Dato", "Datin", "Pani", "Pan",
          "Sig", r"Sig\.ra", "Sigra", "Fru", "Gng", "Ginang", "Ginoong", "Shri", "Sh", "Smt", "Shrimati",
          "Begum", "Janab", "Ông", "Bà", "Cụ",
          # tenth round: Thai, Ethiopian, Brazilian and Portuguese forms of address, and a
          # nurse's or midwife's registration before the name ("Khun Somchai", "Ato Girma",
          # "W/ro Almaz", "Dona Benedita", "RN Pimchanok", "by nurse Abena")
          "Khun", "Ato", "W/ro", "W/rt", "Wro", "Dona", "Dom", "RN", "RGN", "RM", r"nurse(?=[ \t]|\Z)", r"midwife(?=[ \t]|\Z)",
          # fifteenth round (fresh19, fresh20): forms of address written in lower case inside a
          # sentence ("mijn oma mevrouw Winklaar", "la señora Pérez", "chez madame Ndiaye")
          "mevrouw", "meneer", "madame", "monsieur", "señora", "senhora", "signora", "frau", "herr",
          "Kak", "Mbak", "Mas", "Nyonya", "Anh", "Chị", "Em",
          # fourteenth round (fresh17, fresh18): a doctor's title in Swahili, Turkish, Italian and
          # Spanish ("Daktari Ouattara", "Dkt. Peter Lyimo", "Doktor Aydın", "Dott. Rossi", "Dra. Paz")
          "Daktari", "Dkt", "Doktor", "Dott", "Dra",
          # eighteenth round (fresh27, fresh29): Indonesian "Bp."/"Bpk." (Bapak) and the Czech and
          # Slovak academic degrees written before a name ("Anak: Bp. Sutrisno", "Sestra Bc. Hana Krejčí")
          "Bp", "Bpk", "Bc", "Mgr", "Ing", "MUDr", "MDDr", "PhDr", "RNDr", "JUDr", "PharmDr", "MVDr",
          # eighteenth round (recall): Wolof's forms of address and Javanese's for an elder
          # ("Sokhna Diop", "Serigne Mbaye", "Mbah Karto")
          "Sokhna", "Soxna", "Serigne", "Mbah",
          # twentieth round (fresh35): Czech, Slovak, Croatian, Ukrainian, Lithuanian and Catalan
          # forms of address ("Paní Chowaniec", "gospođa Tomljenović", "пані Гнатюк", "ponia Kazlauskienė")
          "Paní", "paní", "Gospodin", "gospodin", "Gospođa", "gospođa", "Gospođica", "gospođica",
          "Пані", "пані", "Пан", "пан", "Ponia", "ponia", "Ponas", "ponas", "Senyora", "senyora", "Senyor", "senyor")

RELATIONS = ("wife", "husband", "partner", "spouse", "mother", "father", "mum", "mom", "dad",
             "son", "daughter", "brother", "sister", "sibling", "twin", "aunt", "uncle",
             "niece", "nephew", "cousin", "grandmother", "grandfather", "grandson",
             "granddaughter", "grandchild", "grandma", "grandpa", "friend", "neighbour",
             "neighbor", "carer", "caregiver", "guardian", "fiancé", "fiancée", "fiance",
             "fiancee", "boyfriend", "girlfriend", "employer", "boss", "colleague",
             "son-in-law", "daughter-in-law", "mother-in-law", "father-in-law", "stepmother",
             "stepfather", "stepson", "stepdaughter", "child", "baby", "roommate", "flatmate",
             "housemate", "landlord", "landlady", "godmother", "godfather", "parents", "parent",
             "children", "siblings", "sons", "daughters", "brothers", "sisters",
             # sixth round: Portuguese, Spanish and French ("filha Socorro", "esposo Julián")
             "filha", "filho", "esposa", "esposo", "marido", "mãe", "pai", "irmã", "irmão",
             "neta", "neto", "sobrinha", "sobrinho", "cuidadora", "cuidador", "hija", "hijo",
             "madre", "hermana", "hermano", "nieta", "nieto", "fille", "fils", "épouse",
             "époux", "mari", "mère", "père", "sœur", "soeur", "frère", "compagne", "compagnon",
             # eighth round: Malay/Indonesian/Tagalog, German, Dutch, Turkish, Polish, Italian
             "anak", "istri", "isteri", "suami", "ayah", "adik", "kakak", "cucu", "asawa",
             "sohn", "tochter", "ehefrau", "ehemann", "enkelin", "enkel", "zoon", "dochter",
             "echtgenote", "echtgenoot", "oğlu", "kızı", "eşi", "syn", "córka", "żona", "mąż",
             "figlio", "figlia", "moglie", "marito",
             # fifteenth round (fresh19, fresh20): more kin and neighbours across languages
             # (Spanish, Portuguese, French, Italian, Dutch, Nordic, South Slavic, Bulgarian,
             # Russian, Polish, Finnish, Swahili)
             "vecina", "vecino", "vizinha", "vizinho", "voisine", "voisin", "yerno", "nuera",
             "genro", "nora", "cuñada", "cuñado", "gendre", "belle-fille", "petit-fils", "petite-fille",
             "neveu", "nièce", "oncle", "tante", "nipote", "nonna", "nonno", "sorella", "fratello",
             "zia", "zio", "vicina", "vicino", "oma", "opa", "kleinzoon", "kleindochter", "buurvrouw",
             "buurman", "neef", "oom", "dotter", "bror", "syster", "barnbarn", "datter",
             "sønn", "søster", "barnebarn", "granne", "nabo", "kći", "kćer", "kćerka", "ćerka",
             "sestra", "brat", "unuk", "unuka", "suprug", "supruga", "majka", "otac", "snaha",
             "susjed", "susjeda", "komšija", "дъщеря", "син", "съпруга", "съпруг", "внук", "внучка",
             "дочь", "сын", "муж", "жена", "сестра", "брат", "соседка", "сосед", "wnuczka", "wnuk",
             "siostra", "sąsiadka", "sąsiad", "tytär", "poika", "vaimo", "naapuri", "binti", "mwana",
             "mjukuu", "jirani",
             # seventeenth round (fresh24): Czech and Slovak kin in the cases a sentence puts them
             # ("žije s manželkou Boženou", "dcera Jana", "se synem Petrem")
             "manželka", "manželkou", "manželky", "manžel", "manželem", "manžela", "dcera", "dcerou",
             "dcery", "synem", "syna", "vnučka", "vnučkou", "vnuk", "vnukem", "sestrou", "bratrem",
             "matkou", "otcem", "partnerkou", "družkou",
             # eighteenth round: Romanian, Finnish possessives, Slovak, Ukrainian, Kazakh and
             # Haitian Creole kin ("Fiica, Maria Pop", "Poikansa Niillas", "so synom Tiborom",
             # "донька Соломія", "Ұлы Ержан")
             "fiica", "fiul", "soția", "soțul", "nepotul", "nepoata", "poikansa", "tyttärensä",
             "vaimonsa", "miehensä", "dcérou", "dcéra", "synom", "manželka", "донька", "дочка",
             "дружина", "чоловік", "онук", "онука", "ұлы", "қызы", "немересі", "әйелі", "pitit",
             # nineteenth round: Māori kin as New Zealand English writes them ("her mokopuna Tipene")
             "mokopuna", "moko", "tamāhine", "tamahine", "irāmutu", "iramutu", "tuahine", "tungāne",
             # nineteenth round (fresh31): Polish kin in the cases a sentence puts them ("przez córkę
             # Ewę", "z mężem Janem"), Slovenian, Latvian, Lithuanian and Belarusian kin
             "córkę", "córki", "córką", "córce", "synowi", "żonę", "żony", "żoną", "męża", "mężem", "wnuczkę",
             "wnuczki", "wnuczką", "wnuka", "wnukiem", "siostrę", "siostry", "siostrą", "brata", "bratem",
             "matkę", "matką", "ojca", "ojcem", "sąsiadkę", "sąsiada", "synowa", "synową", "zięć", "zięcia",
             "hči", "hčerka", "hčerko", "sinom", "mož", "vnukinja", "meita", "meitu", "dēls", "dēlu", "sieva",
             "mazmeita", "mazdēls", "dukra", "dukterį", "sūnus", "sūnų", "žmona", "anūkė", "дачка", "дачку",
             "жонка", "унук", "унучка",
             # twenty-first round (fresh40): a migrant worker's sponsor and household, as the Gulf's
             # notes write them ("her kafeel Abdulrahman"), and Maltese kin ("Bintha Marthese")
             "kafeel", "kafil", "bintha", "ibnha", "ibnu", "martu", "żewġha", "ommu", "ommha",
             "missieru", "missierha", "oħtu", "oħtha", "ħuh", "ħuha", "neputiha", "neputih",
             # twentieth round (fresh35): Basque, Catalan, Hungarian, Welsh and Ukrainian kin
             # ("Semea Koldo", "la filla Montserrat", "lánya Erzsébet", "ei merch Catrin", "син Тарас")
             "semea", "alaba", "senarra", "emaztea", "biloba", "iloba", "arreba", "ahizpa", "anaia",
             "filla", "germà", "germana", "marit", "néta", "nét", "cunyada", "cunyat",
             "fia", "lánya", "férje", "felesége", "unokája", "testvére", "nővére", "öccse", "bátyja", "húga",
             "mab", "merch", "gŵr", "gwraig", "ŵyr", "wyres", "chwaer", "brawd", "cymydog",
             "сина", "сином", "доньку", "донькою", "дочку", "дочкою", "дружину", "дружиною", "чоловіка",
             "чоловіком", "онука", "онукою", "онуку", "сестру", "сестрою", "брата", "братом")

# Lower-case particles inside a name ("Juan de la Cruz", "Ludwig van Beethoven").
PARTICLES = word_set("de da del della di do dos das du van von der den la le bin binti ibn "
                      "al el ter ten y e bint binte bte "
                      # eighth round: Kalenjin, Malaysian Indian and South Asian relations, Welsh
                      "arap a/l a/p s/o d/o w/o bn bt ap")

# Verbs after a sentence-initial given name make it a person ("Maria presented with…").
SUBJECT_VERBS = word_set("""
presented presents reported reports was is had has complained complains developed develops
denied denies underwent returned returns said says described describes noticed notices
attended attends arrived arrived was were became become remained remains recovered recovers
received receives required requires needed needs felt feels started starts stopped stops
continued continues lives lived works worked smokes smoked drinks drank
""")

"""Regular expressions for the identifiers that have a shape: dates, ages, phone numbers,
emails, URLs, IP addresses, SSNs, postal codes, street addresses, and the numbers that a
keyword announces (MRN, member ID, account, licence, plate, serial number…).

HIPAA Safe Harbor, 45 CFR 164.514(b)(2): identifiers 2-15 and 18. Each pattern is compiled
once at import. Clinical numbers (lab values with units, BP 120/80, doses, scores, TNM, G3P2,
ratios) never match the number-shaped patterns because those ask for a context or a form
that clinical values do not have (a keyword before it, a year, 9+ digits in phone groups)."""
from __future__ import annotations

import functools
import re

import numpy as np

from community.platform.phi.names import word_set

# ---------------------------------------------------------------- hint words (speed)
# The rules ask some ten thousand times per write-up whether a text holds one of a few words
# ("sjukhus", ", join", "Kel") before they try a pattern that needs one, and most words are not
# there: each question read the whole text. A text's three-character sequences, hashed into a
# bitmap once (numpy), rule out most words at once: a text that holds a word holds the word's
# first three characters and its last three, so a word is looked for in the text only where both
# are set, and the answer is the one `any(w in text for w in words)` gives.
_GRAM_BITS = 1 << 16
_ALWAYS = _GRAM_BITS  # a bit always set: the key of a word shorter than three characters


def _gram_key(gram: str) -> int:
    a, b, c = map(ord, gram)
    return (a * 961 + b * 31 + c) & (_GRAM_BITS - 1)


def _bitmap(text: str) -> bytes:
    """One byte per key, 1 where one of the text's three-character sequences has that key."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
    bits = np.zeros(_GRAM_BITS + 1, dtype=np.uint8)
    bits[(codes[:-2] * 961 + codes[1:-1] * 31 + codes[2:]) & (_GRAM_BITS - 1)] = 1
    bits[_ALWAYS] = 1
    return bits.tobytes()


# the bitmaps of the texts last asked about, by their content (a scan asks about its text and
# the text lower-cased, which some rules lower-case again); and each tuple of words asked about
# (module constants), with its words' keys
_BITMAPS: dict[str, bytes] = {}
_KEYED: dict[int, tuple[tuple[str, ...], tuple[tuple[str, int, int], ...]]] = {}


def holds(text: str, words: tuple[str, ...]) -> bool:
    """any(w in text for w in words), for a tuple that lives as long as the module does."""
    keyed = _KEYED.get(id(words))
    if keyed is None or keyed[0] is not words:
        keyed = _KEYED[id(words)] = (words, tuple(
            (w, _gram_key(w[:3]), _gram_key(w[-3:])) if len(w) >= 3 else (w, _ALWAYS, _ALWAYS) for w in words))
    bits = _bitmap_of(text)
    for word, first, last in keyed[1]:
        if bits[first] and bits[last] and word in text:
            return True
    return False


def _bitmap_of(text: str) -> bytes:
    bits = _BITMAPS.get(text)
    if bits is None:
        if len(_BITMAPS) >= 4:
            _BITMAPS.clear()  # (another thread's scan may then build its text's again: no harm)
        bits = _BITMAPS[text] = _bitmap(text)
    return bits


# ---------------------------------------------------------------- dates (identifier 3)
_MONTH_FULL = ("January|February|March|April|May|June|July|August|September|October|"
               "November|December")
MONTH = (rf"(?:{_MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?|May\.|"
         # fourth round: months as forms and clinical systems print them ("MAR 12 2021",
         # "12 MARCH 2021"); lower-case abbreviations only between a day and a year (below)
         rf"{_MONTH_FULL.upper().replace('|MAY|', '|')})")
_MON_UP = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)"  # "MAR" alone is a drug chart
_MON3 = rf"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|{_MON_UP})"
_MON3_LOWER = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
# Seventh round: the abbreviations of Spanish, Portuguese, French, German, Dutch and Indonesian
# months as forms print them between a day and a year ("06/DIC/1998", "12-okt-2020", "3 Mei 2019")
_MON3_OTHER = (r"(?:ENE|ABR|AGO|SET|DIC|FEV|MAI|OUT|DEZ|MRT|MEI|OKT|MÄR|MAE|AVR|JUIL|AOU|AOÛ|DÉC|AGU|DES|"
               r"Ene|Abr|Ago|Set|Dic|Fev|Mai|Out|Dez|Mrt|Mei|Okt|Mär|Avr|Juil|Aoû|Déc|Agu|Des|"
               r"ene|abr|ago|set|dic|fev|mai|out|dez|mrt|mei|okt|mär|avr|juil|aoû|déc|agu|des)")
WEEKDAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
           r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)")
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d|2[45]\d\d)"  # tenth round: Thai Buddhist-era years ("3 Mar 2567")
_WD = rf"(?:{WEEKDAY},?\s+(?:the\s+)?)?"
_ORDINAL_WORD = (r"(?:(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
                 r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
                 r"eighteenth|nineteenth|twentieth|thirtieth)")

# The forms of a date in words, each with whether a digit starts it.
_DATE_FORMS = (
    (True, rf"{DAY}\.?\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"),          # 3 March 2024, 3rd of March, 3. März
    (False, rf"{MONTH}\s+{DAY}(?:,?\s+{YEAR}(?!\d)|(?![\d:]))"),     # March 3rd, 2024; June 14
    (False, rf"{MONTH},?\s+{YEAR}"),                                  # September 2019
    (False, rf"{MONTH}\s+['’]\d\d(?!\d)"),                              # March '21
    (True, rf"{DAY}\.?\s+(?:{_MON_UP}|{_MON3_LOWER}|{_MON3_OTHER})\.?,?\s+{YEAR}"),  # 12 mar 2021, 12 MAR 2021, 3. Okt. 2020
    (False, rf"{_MON_UP}\.?\s+{DAY},?\s+{YEAR}(?!\d)"),                    # MAR 12 2021
    (True, rf"(?:3[01]|[12]\d|0?[1-9]){_MON3}(?:{YEAR}|\d\d)(?!\d)"),   # 12MAR2021, 12Mar21
    (False, rf"{_MON3}-{DAY}-{YEAR}(?!\d)"),                              # Mar-12-2021
    (True, rf"{DAY}[-/.](?:{_MON3}|{_MON3_LOWER}|{_MON3_OTHER})[-/.]"
           rf"(?:{YEAR}|\d\d)(?!\d)"),                                # 03-Mar-2024, 3/Mar/24
    # sixth round: "4-Mar", "12-Sep" (a day and a month, as charts write them); ordinal words
    # ("the fourth of March", "twenty-first of June")
    (True, r"(?:3[01]|[12]\d|0?[1-9])-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?![-/\w]|\.\d)"),
    # seventh round: a month in Roman numerals, as Poland, Italy and Eastern Europe write it ("03-III-2021")
    (True, rf"{DAY}[-/. ](?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[-/. ]{YEAR}(?!\d)"),
)
_DATE_END = r"\b(?!\s*(?:mg|mcg|ml|mL|g|kg|mmol|units?|%))"
DATE_WORDS = re.compile(
    rf"\b(?=[\dJFMASONDTW]){_WD}(?:"  # a digit, a month or a weekday starts a date: others skip fast
    + "|".join(form for _, form in _DATE_FORMS) + rf"){_DATE_END}")
# The same where a digit starts it (no weekday can come first): only the forms a digit starts
# are tried there (speed: the scanner looks for dates from the digits and from the capitals apart).
DATE_WORDS_AT_DIGIT = re.compile(
    r"\b(?=\d)(?:" + "|".join(form for digit, form in _DATE_FORMS if digit) + rf"){_DATE_END}")
# Sixth round: dates in Portuguese, Spanish, French and Italian ("27 de junho de 1974", "12 de
# marzo de 2020", "1er mars 2021", "12 juin 1980", "junho de 1974"): a day before the month, or
# "de" and a year after it (a month name alone is an everyday word: "mayo", "mars", "mai").
_MONTH_ROMANCE = (r"(?:janeiro|fevereiro|mar[cç]o|abril|maio|junho|julho|agosto|setembro|outubro|"
                  r"novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|setiembre|"
                  r"octubre|noviembre|diciembre|janvier|f[eé]vrier|mars|avril|mai|juin|juillet|"
                  r"ao[uû]t|septembre|octobre|d[eé]cembre|gennaio|febbraio|aprile|maggio|giugno|"
                  r"luglio|settembre|ottobre|dicembre|"
                  # seventh round: German, Dutch and Indonesian ("12. März 2020", "3 maart 1950",
                  # "17 Agustus 1945"); the English-looking ones are English months already
                  r"januar|februar|m[aä]rz|juni|juli|oktober|dezember|januari|februari|maart|mei|"
                  r"augustus|maret|agustus|desember|april|september|november|"
                  # eighth round: Turkish, Malay, Polish (genitive and nominative), Tagalog,
                  # Scandinavian ("18 Aralık 1996", "8 Ogos 2025", "3 marca 2020", "5 Hunyo 1931")
                  r"ocak|şubat|subat|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|kasım|kasim|"
                  r"aralık|aralik|julai|ogos|disember|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|"
                  r"sierpnia|wrze[sś]nia|pa[zź]dziernika|listopada|grudnia|stycze[nń]|luty|marzec|kwiecie[nń]|"
                  r"czerwiec|lipiec|sierpie[nń]|wrzesie[nń]|pa[zź]dziernik|listopad|grudzie[nń]|pebrero|marso|"
                  r"hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre|augusti|"
                  # ninth round: French and Italian November, Catalan, Romanian, Danish
                  r"novembre|gener|febrer|març|maig|juny|juliol|desembre|ianuarie|februarie|martie|aprilie|"
                  r"iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"
                  # tenth round: Czech, Slovak, Croatian and Finnish months as a date writes them
                  # ("2. března 2008", "14. októbra 1950", "3. svibnja 1961", "5. toukokuuta 1940")
                  r"ledna|února|unora|března|brezna|dubna|května|kvetna|června|cervna|července|cervence|"
                  r"srpna|září|zari|října|rijna|listopadu|prosince|januára|februára|apríla|mája|júna|júla|"
                  r"augusta|septembra|októbra|novembra|decembra|siječnja|veljače|ožujka|travnja|svibnja|"
                  r"lipnja|srpnja|kolovoza|rujna|studenoga|prosinca|tammikuuta|helmikuuta|maaliskuuta|"
                  r"huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|"
                  r"joulukuuta|"
                  r"(?:mac|mart|maj|jun|ekim|marts|okt|des)(?=,?[ \t]+(?:1[89]|20)\d\d\b))")
# Eighth round: a month of another language and a year ("Mai 1966", "Temmuz 1959", "Ogos 2025"),
# capitalised as a date is written at a line's or a field's start (lower case: an everyday word).
DATE_MONTH_WORD_YEAR = re.compile(
    r"(?=[JFMAOSDNEKTHGLPWÇŞĞİ])(?<![\w.,/-])(?:Januar|Februar|März|Maerz|Mai|Juni|Juli|Oktober|Dezember|Januari|Februari|Maret|Mei|"
    r"Agustus|Desember|Maart|Augustus|Julai|Ogos|Disember|Mac|Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|"
    r"Ağustos|Eylül|Ekim|Kasım|Aralık|Janvier|Février|Fevrier|Avril|Juin|Juillet|Août|Aout|Septembre|"
    r"Octobre|Novembre|Décembre|Enero|Febrero|Marzo|Mayo|Junio|Julio|Septiembre|Setiembre|Octubre|"
    r"Noviembre|Diciembre|Janeiro|Fevereiro|Março|Marco|Abril|Maio|Junho|Julho|Agosto|Setembro|Outubro|"
    r"Novembro|Dezembro|Gennaio|Febbraio|Aprile|Maggio|Giugno|Luglio|Settembre|Ottobre|Dicembre|"
    r"Styczeń|Luty|Marzec|Kwiecień|Maj|Czerwiec|Lipiec|Sierpień|Wrzesień|Październik|Listopad|Grudzień|"
    r"Enero|Pebrero|Marso|Hunyo|Hulyo|Setyembre|Oktubre|Nobyembre|Disyembre|Augusti)"
    r"[ \t]+(?:(?:3[01]|[12]\d|0?[1-9]),?[ \t]+)?(?:1[89]|20)\d\d(?![\d.,]\d|\d)(?![ \t]*(?:mg|mcg|ml|mL|g|kg|units?|IU|%))")
DATE_ROMANCE = re.compile(
    rf"\d(?<![\w./-]\d)\d?(?:º|°|o|er|ª)?\.?[ \t]+(?:de[ \t]+)?(?i:{_MONTH_ROMANCE})"
    rf"(?:,?[ \t]+(?:de[ \t]+|del[ \t]+)?{YEAR})?\b(?![ \t]*(?:\d+[ \t]*)?(?:mg|mcg|ml|mL|g|kg|units?|IU|%))")
# "junho de 1974": found from its "de" and year (cheap), the month checked before it.
DATE_ROMANCE_YEAR = re.compile(rf"d(?<![\w]d)el?[ \t]+{YEAR}\b")
# Seventh round: Chinese, Japanese and Korean dates ("2021年3月12日", "2021년 3월 12일").
DATE_CJK = re.compile(r"(?:19|20)\d\d[ ]?[年년][ ]?[01]?\d[ ]?[月월](?:[ ]?[0-3]?\d[ ]?[日일])?")
MONTH_ROMANCE_BEFORE = re.compile(rf"(?i:{_MONTH_ROMANCE})[ \t]+\Z")
# Sixth round: an ordinal in words before the month ("the fourth of March", "twenty-first of
# June, 2023"), found from " of " and the month (cheap), the ordinal checked before it.
DATE_OF_MONTH = re.compile(rf"o(?<=\so)f\s+(?:{_MONTH_FULL})(?:,?\s+{YEAR})?\b")
ORDINAL_BEFORE = re.compile(rf"\b{_ORDINAL_WORD}\s+\Z", re.IGNORECASE)
# A month alone, when the sentence ties it to an event ("admitted in March").
MONTH_ALONE = re.compile(
    rf"\b(?:in|during|since|until|through|early|late|mid-?|by|of|that)\s+({_MONTH_FULL})\b"
    rf"(?!\s+(?:{DAY}|{YEAR})\b)")
DATE_NUMERIC = re.compile(
    r"(?<![\w/.:-])(?:"
    r"(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>(?:1[89]|20)\d\d|\d\d)"  # 12/03/2024
    r"|(?P<iy>(?:1[89]|20)\d\d)(?P<is>[-/.])(?P<im>[01]?\d)(?P=is)(?P<id>[0-3]?\d)"     # 2024-03-03, 2021/03/12
    # (nineteenth round: a case suffix after a hyphen, as Mongolian and Hungarian write it: "2025.01.14-нд")
    r")(?!(?!T\d|-[^\W\d_]{1,3}(?![\w-]))[\w/-]|[:.]\d)")
# Fourth round: a month and a year ("03/2021", "3/2021"), and 8 digits that are a valid date
# ("20210312", as laboratory and PACS systems write them; a keyed MRN wins over it).
DATE_MONTH_YEAR = re.compile(r"\d(?<=(?<![\w/.:-])\d)(?:(?<=0)[1-9]|(?<=1)[0-2]|(?<=[1-9]))/(?:19|20)\d\d(?![\w/-]|[.,:]\d)"
                             r"(?!\s*(?:dilution|titre|titer))")
# A titre or a dilution is written the same way ("ANA 1/2000"): not a date.
TITRE_BEFORE = re.compile(r"(?:titre|titer|dilution|ANA|ratio|at|of)\s*[:=]?\s*$", re.IGNORECASE)
DATE_COMPACT = re.compile(r"[12](?<![\w./-][12])[09]\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
                          r"(?![\w/-]|[.,]\d)(?<=(?:19|20)\d{6})")
# Fifth round: 8 digits that are a valid date day first or month first ("14061952", as forms
# in Europe, India and Brazil write a date of birth without separators; a keyed number wins).
# (Patterns added in this round start with their first character's class and check what
# precedes it after it, "\d(?<![\w./-]\d)": the regex engine then skips to candidates fast.)
DATE_COMPACT_DMY = re.compile(r"[0-3](?<![\w./-][0-3])\d[0-3]\d(?:19|20)\d\d(?![\w/-]|[.,]\d)")
# A time written right after a date belongs to it ("1975-11-13 05:29", "2021-03-12T14:30Z",
# "12/03/2021, 14h30"); after "at" or "@" it does not (the preposition separates them).
TIME_AFTER = re.compile(r"(?:T|[ \t]|,[ \t])(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d(?:\.\d+)?)?|h[0-5]\d)"
                        r"(?:[ \t]?(?:[AaPp]\.?[Mm]\.?)(?!\w)|Z|[ \t]?(?:hrs|h)\b)?(?![\w:]|[.,]\d)")
# A weekday written right before a numeric date belongs to it ("Wed 28/07/1961").
# Eighth round: the weekdays of other languages as well ("Samstag, 17.03.2025", "Senin, 17
# Agustus", "Jumaat, 8 Ogos", "Cuma", "lundi 3 mars", "segunda-feira, 2 de maio").
_WEEKDAY_OTHER = (r"(?i:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|lundi|mardi|"
                  r"mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|"
                  r"domingo|(?:segunda|ter[cç]a|quarta|quinta|sexta)-feira|luned[iì]|marted[iì]|mercoled[iì]|"
                  r"gioved[iì]|venerd[iì]|sabato|domenica|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|"
                  r"zondag|Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Isnin|Khamis|Jumaat|Ahad|"
                  r"Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar|poniedzia[łl]ek|wtorek|[śs]roda|"
                  r"czwartek|pi[ąa]tek|sobota|niedziela|m[åa]ndag|tisdag|onsdag|torsdag|fredag|l[öo]rdag|"
                  r"s[öo]ndag|Miyerkules|Huwebes|Biyernes|Sabado|Linggo)"
                  # German, Dutch, French and Spanish abbreviations, only with their full stop
                  r"|(?-i:Mo|Di|Mi|Do|Fr|Sa|So|Ma|Wo|Vr|Za|Zo|Lu|Me|Je|Ve|Sa|Di|Mié|Jue|Vie|Sáb|Dom)\.")
WEEKDAY_BEFORE = re.compile(rf"(?<![\w-])(?:{WEEKDAY}|{_WEEKDAY_OTHER}),?[ \t]+$")
# Day/month without a year only after a word that makes it a date ("on 12/03").
DATE_SHORT = re.compile(
    r"\b(?:[Oo]n|[Dd]ated|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill|[Aa]dmitted|[Dd]ischarged|DOB:?|[Bb]orn|"
    r"[Ss]een|[Dd]ied|"
    # sixth round: a chart's abbreviations ("f/u 1/9", "D/C: 2/7", "Admit 3/4", "appt 12/5")
    # (not "X/7", "X/12", "X/52": days, months and weeks in British notes, "f/u 6/12")
    r"(?P<chart>[Ff]/[Uu]|F/U|[Dd]/[Cc]|[Aa]dmit|ADMIT|[Aa]ppt|[Ff]ollow[- ]up))"
    r":?\s+(?P<d>(?P<a>[0-3]?\d)/(?P<b>[01]?\d))(?![\w/-]|\.\d)(?!\s+of\b)")

# (scanner._at_keywords: DATE_SHORT's keywords, lower-case, with the digit after them)
DATE_SHORT_HINT = re.compile(r"(?:on|dated|since|from|until|till|admitted|discharged|dob|born|seen|died|f/u|d/c|admit|appt|"
                             r"follow[- ]up):{0,2}\s+\d")

# Seventh round: a German day and month without the year after a preposition ("am 03.02.",
# "seit 12.4.", "vom 1.3. bis 5.3.").
DATE_SHORT_DOT = re.compile(r"(?P<d>\d(?<![\w.]\d)\d?\.[01]?\d\.)(?![\d\w.])")
DATE_SHORT_DOT_BEFORE = re.compile(r"\b(?:[Aa]m|[Vv]om|[Bb]is|[Ss]eit|[Aa]b|[Oo]n|[Ss]ince|[Ff]rom|[Uu]ntil)[ \t]+\Z")

# ---------------------------------------------------------------- ages over 89 (3)
_AGE = r"(?:1[01]\d|9\d)"
AGE_UNIT = re.compile(
    # "over 90 years of age": a group. (Ninth round, speed: the first digit first, then what
    # was asserted before it, in a lookbehind over it: the engine skips to the 1s and 9s.)
    r"[19](?<=(?<![\w.,/-])(?<![Oo]ver\s)(?<![Aa]bove\s)(?<!>\s)(?<!>)[19])(?:(?<=1)[01]|(?<=9))\d"
    r"(?:[- ]?(?:years?|yrs?|yr)\.?[- ]old\b"
    r"|\s(?:years?|yrs?)\s+of\s+age\b"                      # 93 years of age
    r"|[\s-]?(?i:y\.\s?o\.|y/o|yo\b)|y\b"                     # 93-yo, 93 Y/O, 93y
    r"|\s(?:anos|años|ans|anni|Jahre|jaar|tahun)\b"         # 94 anos, 91 años, 92 ans, 93 Jahre
    # nineteenth round: German's and Dutch's abbreviations before a comma or a bracket ("93 J.,", "92 jr)")
    r"|\s(?:J\.|jr\.?)(?=[ \t]*(?:[,;)\n]|$))"
    r"|-?(?:jährige[rn]?|jarige)\b|[ ]?(?:세|歳|歲|岁)"          # 93-jährige, 95세, 92歳, 93歲
    # eighth round: Polish, Scandinavian and Turkish adjectives ("93-letnia", "93-årig", "93 yaşındaki")
    r"|-(?:letni[aeą]?|letniego|letnią|latek|latka|årig[ae]?|åring|årige|vuotias)\b|\syaşındaki\b"
    # tenth round: Czech and Slovak adjectives ("92letý", "95-letá"), Thai's unit ("102 ปี"),
    # a bare "y" before a bracket or a clause's end ("106 y (documented …)")
    r"|-?let(?:ý|á|é|ého|ou|ému|ého)(?![\w])|[ ]?ปี|\sy(?=[ \t]*[();,\n]|[ \t]*$)"
    # thirteenth round (fresh16): the Slovak adjective of years ("102-ročný", "91-ročná")
    r"|-?ročn(?:ý|á|é|ého|ej|ou|ému|í)(?![\w])"
    # eighth round: Turkish, Polish, Swedish/Danish/Norwegian, Tagalog, Hindi/Urdu, Malay
    r"|\s(?:yaş(?:ında)?|yaşında|lat(?![ \t]+(?:raises?|views?|aspect|flexion|abduction|pull))|år|års|taon|gulang|"
    r"saal|varsh|baras|वर्ष|साल|tuổi|tuoi|"
    # twelfth round: Māori, Hawaiian, Somali and Bislama units ("94 tau", "99 makahiki",
    # "92 sano", "91 yia")
    r"tau|makahiki|sano|yia|anys|urte|жаш|сола|години|de[ \t]+ani|krismas|жаста|жасында|років|рокiв|"
    r"an(?=[ \t]*[.,;\n]|[ \t]*$)|"
    # thirteenth round (fresh16): Lao, Tigrinya, Luxembourgish and Maltese units ("96 ປີ",
    # "94 ዓመት", "90 Joer", "94 sena")
    r"ປີ|ዓመት|[Jj]oer|sena|"
    # ninth round: Tagalog's linked unit, Romanian, Albanian, Hungarian, Slavic, Baltic, Finnish,
    # Estonian, Greek, Russian, Arabic and Persian units ("97 taong gulang", "93 ani", "91 éves")
    r"taong(?:\s+gulang)?|ani|vjeç|vjec|éves|eves|let(?![\w'’])|godina|godine|roků|rokov|lata|metų|gadi|vuotta|aastat|"
    r"ετών|лет|года|год|سنة|عاما|عامًا|ساله|سال|"
    # twenty-first round: a unit in a case its language declines, and languages the list lacked:
    # Kyrgyz's locative ("90 жашта"), Tetum's unit after the number ("92 tinan"), Faroese's and
    # Icelandic's "ár" with "old" ("98 ár gamal", "94 ára gömul"), Uzbek, Mongolian, Georgian,
    # Armenian ("91 yoshda", "93 настай", "92 წლის", "95 տարեկան")
    r"жашта|жашында|жашар|tinan|ár[a]?\s+(?:gamal|gomul|gamall|gömul)|yoshda|yoshli|yosh|настай|წლის|տարեկան)(?![\w])"
    r"|\s?(?:yrs?|years?)(?![\w/])(?!\s+(?:ago|later|after|before|earlier|"
    r"of|since|previously|prior|or\s+(?:older|over|more))))")
AGE_LEAD = re.compile(
    rf"\b(?=[atcATCeEiIlLuUâÂdDwWyYvVåÅבවا])(?:aged|age|ages|at\s+the\s+age\s+of|age\s+of|age\s*/\s*(?:sex|gender)|"
    # ninth round: Italian "di anni 95", other languages' labels ("Wiek:", "Yaş:", "Ålder:")
    rf"di\s+anni|(?:wiek|yaş|yas|vek|edat|ålder|alder|ikä|idade)(?=\s*[:=])|"
    # seventh round: the unit in brackets ("Age (years): 95") and other languages' labels before
    # a colon ("Edad: 95", "Idade: 96", "Alter: 93", "Leeftijd: 91", "Âge : 92", "Usia: 94")
    rf"age\s*\((?:years?|yrs?|y)\)|(?:edad|idade|alter|leeftijd|âge|usia|umur|et[àa])(?=\s*[:=])|"
    # twelfth round: Tetum's and Sesotho's words before the number ("Tinan 99", "dilemo tse 91")
    rf"tinan|dilemo\s+tse|yabaki|בת|בן|වයස(?:\s+අවුරුදු)?|"
    # thirteenth round (fresh16): Arabic's label before a colon ("العمر: 96")
    rf"العمر(?=\s*[:=])|"
    # twenty-first round: Arabic's other word for age, with or without a colon ("السن 92")
    rf"السن|"
    rf"turned|turns|turning|celebrated\s+(?:his|her|their))\s*[:=]?\s*(?P<n>{_AGE})\b"
    rf"(?!\s*(?:or\s+(?:older|over|more|above)|\+|years?\s+or\s+(?:older|over)|-\d|%|"
    rf"mg|kg|ml|mmol|cm|mm|degrees|°|minutes|min|seconds))", re.IGNORECASE)
# (scanner._at_keywords: AGE_LEAD's first letters, lower-case)
AGE_LEAD_HINT = re.compile(r"age|at\s|turn|cele|eda|idade|alter|leef|âge|usia|umur|et[àa]|di\s|wiek|ya[şs]|vek|ålder|alder|ikä|"
                           r"tinan|dilemo|yabaki|בת|בן|වයස|العمر|السن")
# Twenty-first round: an age on hearsay ("said to be 92", "believed to be 101", "thought to be 95"),
# tried where " to be " is (speed).
AGE_HEARSAY = re.compile(rf"\b(?:said|thought|believed|reported|claimed|estimated)\s+to\s+be\s+(?P<n>{_AGE})\b"
                         rf"(?!\s*(?:%|mg|kg|ml|mmol|cm|mm|degrees|°|minutes|min|seconds|years?\s+ago))")
AGE_SEX = re.compile(
    rf"(?=[91])(?<![\w.,/-])(?P<n>{_AGE})\s?(?:M|F|yo\s?[MF])\b(?=,?\s+(?:with|who|presented|"
    rf"presenting|presents|admitted|patient|man|woman|male|female))"
    # fifth round: a handover line or a table cell that starts with the age and sex ("Bed 4:
    # 94M, day 3", "| 91F | sepsis |"); "T 99F" after a temperature is not one
    rf"|(?=[91])(?<![\w.,/-])(?P<n2>{_AGE})[ \t]?(?:M|F|yo[ \t]?[MF])\b(?![°.]|[ \t]*(?:temp|°))")
# Sixth round: the person is the subject ("Pt is 94", "she is now 96", "who was 101"), and an
# age with a slash and the sex ("94/F", "100/M"), anywhere.
AGE_IS = re.compile(
    rf"\b(?=[pPsShHwW])(?:pt|patient|she|he|who)[ \t]+(?:is|was|turned|turns)[ \t]+(?:now[ \t]+)?"
    rf"(?P<n>{_AGE})\b(?![ \t]*(?:%|/|\.\d|-\d|\+)|[ \t]*(?:or|and)[ \t]+(?:older|over|more|above)\b|[ \t]*(?:kg|cm|lb|lbs|on|at|in|of|percent|pounds|kilos|"
    rf"mmHg|bpm|mg|mmol|breaths|beats|per|x|days?|weeks?|wks?|months?|hours?|hrs?|h|mins?|minutes|"
    rf"ml|units?|times|cycles|doses|points|percentile|litres?|liters?|kilograms?)\b)", re.IGNORECASE)
# Seventh round: an age between commas after a person ("Patient, 94, lives alone", "Mr Okoro,
# 97, widower"): a word before, a lower-case word after.
AGE_COMMA = re.compile(r",(?<=[A-Za-z]{2},)[ \t]+(?P<n>9\d|1[01]\d),[ \t]+(?=[a-z])")
AGE_SLASH = re.compile(r"(?P<n>[91](?<=(?<![\w.,/-])[91])(?:(?<=1)[01]|(?<=9))\d(?:[Yy](?:rs?)?)?)[ \t]?/[ \t]?[MFmf]\b(?![/\w])")  # "97Y/F"
# What must precede that second form: a line's or a cell's start, or a bed number.
AGE_SEX_LEAD = re.compile(r"(?:^|\n|[|:;,–—-]|\b[Bb]ed|\bBED)[ \t]*(?:\d{1,2}[ \t]*[:,.–—-][ \t]*)?\Z")
# An age over 89 in words: "ninety-two-year-old", "a hundred and one years old".
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
AGE_WORDS = re.compile(
    rf"\b(?=[naohNAOH])(?P<n>(?:ninety(?:[- ]{_UNITS})?|(?:a|one)[- ]hundred(?:(?:[- ]and)?[- ](?:{_UNITS}|ten|"
    rf"eleven|twelve))?)(?:[- ]years?[- ]old|[- ]year[- ]old)|(?:ninety|hundred)[- ]"
    rf"(?:{_UNITS}[- ])?years?[- ]old"
    rf"|(?:(?<=aged )|(?<=she was )|(?<=he was )|(?<=she is )|(?<=he is )|(?<=turned )|(?<=turns ))"
    rf"(?:ninety(?:[- ]{_UNITS})?|(?:a|one)[- ]hundred(?:(?:[- ]and)?[- ](?:{_UNITS}|ten|"
    rf"eleven|twelve))?)(?!-|[ ](?:over|percent|per|mg|kg|minutes|mins|seconds|times|mmHg|beats)))\b", re.IGNORECASE)
# Eighth round: the age in brackets after a date of birth ("DOB 12/07/1934 (91)", "né le 3.4.1930 (95)").
AGE_AFTER_BIRTH = re.compile(
    r"(?i:\b(?:DOB|D\.O\.B\.?|born|b\.|n[ée]e?(?:\s+le)?|geb(?:oren)?\.?|nacido|nascido|fecha\s+de\s+nacimiento|"
    r"date\s+of\s+birth|tgl\.?\s+lahir|tarikh\s+lahir|doğum\s+tarihi)\s*[:=]?\s*)"
    r"[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{2,4}[ \t]*\Z")
AGE_BRACKET = re.compile(r"\((?=[ \t]*[91])[ \t]*(?P<n>9\d|1[01]\d)[ \t]*(?:y|yrs?|years?|J\.?|ans|a)?\.?[ \t]*\)")
AGE_UNIT_OTHER = re.compile(r"[ \t-](?:(?<=[ \t])(?=[aJjtyltå])(?:ans|anni|años|anos|Jahre|jaar|tahun|yaşında|yaş|lat|år|taon)\b"
                            r"|(?<=-)årig)")  # ninth round: "-årig" (one character class first: a fast scan)
# Eighth round: ages over 89 in words of other languages, with their unit ("nonante-trois ans",
# "quatre-vingt-treize ans", "novantadue anni", "noventa y tres años", "noventa e dois anos",
# "dreiundneunzig Jahre", "sembilan puluh dua tahun", "doksan üç yaşında").
AGE_WORDS_OTHER = re.compile(
    r"(?i:\b(?=[nqdsheczvfacmto])(?P<n>(?:nonante|quatre-vingt-(?:dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf)"
    r"|novant\w*|noventa(?:\s+(?:y|e)\s+\w+)?|(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)?undneunzig|neunzig|"
    r"negentig|(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)ennegentig|"
    r"sembilan\s+puluh(?:\s+\w+)?|doksan(?:\s+\w+)?|dziewi[eę][cć]dziesi[aą]t(?:\s+\w+)?|nittio\w*|halvfems\w*|"
    # ninth round: Danish "tooghalvfems" (92), Norwegian "nittito"
    r"(?:en|to|tre|fire|fem|seks|syv|otte|ni)oghalvfems|nitti\w*|"
    r"siyamnapu(?:['’]t\s+\w+)?|cien|cent|hundert)(?:[- ]\w+)?"
    r"(?:[ \t]+(?:ans|anni|años|anos|Jahre|jaar|tahun|yaşında|yaş|lat|år|taon)|-årig\w*)))\b(?!.)", re.DOTALL)
AGE_DECADE = re.compile(r"\b(?:in\s+(?:his|her|their)\s+(?:early\s+|late\s+|mid-?)?)"
                        r"(?P<n>nineties|90s|90's|hundreds)\b")
# Sixth round: "a nonagenarian", "a centenarian" say the age is over 89 (run only where the
# text has "enarian").
AGE_ENARIAN = re.compile(r"\b(?P<n>(?:[Nn]onagenarian|[Cc]entenarian|[Ss]upercentenarian)s?"
                         # eighth round: the same words in other languages ("novantenne", "nonagénaire")
                         r"|(?i:novant\w*enn[ei]|nonagenari[oa]s?|nonag[ée]naires?|centenaires?|centenari[oa]s?|"
                         r"centen[áa]ri[oa]s?|neunzigj[äa]hrig\w*|hundertj[äa]hrig\w*))\b")
# "90 or older" and its like are what Safe Harbor asks for: never flagged.

# ---------------------------------------------------------------- contact (4-6, 14, 15)
EMAIL = re.compile(r"[A-Za-z0-9](?<![\w.+-][A-Za-z0-9])[\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
                   r"\.[A-Za-z]{2,24}\b")
_TLD = (r"(?:com|org|net|edu|gov|mil|int|info|biz|io|co|me|app|health|uk|us|ca|au|de|fr|"
        r"it|es|nl|be|ch|at|se|no|dk|fi|ie|pt|br|mx|ar|in|jp|cn|kr|za|ng|ke|nz|ru|pl|tv|"
        # fourth round: newer generic domains and more countries; not the ones that are also
        # words a missing space would join ("pain.is", "dose.my")
        r"page|dev|blog|site|online|social|clinic|xyz|club|gh|ph|sg|tr|gr|il|ae|eg|tz|ug|pk|"
        r"bd|lk|vn|hk|tw|cz|hu|ro|bg|hr|sk|si|lt|lv|ee|cl|"
        # seventh round: Indonesia and the Gulf, Morocco
        r"id|sa|qa|kw|om|bh|ma)")
# A bare domain ("example.org/x") must be lower case: "Socket.IO" is a library, not a site.
URL = re.compile(
    r"(?<![\w@.-])(?:(?:https?|ftp)://[^\s<>\"'`)\]]+"
    r"|[Ww][Ww][Ww]\.[^\s<>\"'`)\]]+"
    rf"|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+{_TLD}(?:/[^\s<>\"'`)\]]*)?(?![\w@-]))"
    # eighth round: an apostrophe inside a path ("/~o'driscoll/") goes on when a letter follows
    r"(?:['’](?=[a-z])[^\s<>\"'`)\]]+)*")
# What every web address has (ninth round, speed: scanner._urls looks for it first): "://",
# "www." or a dot and a top-level domain at the domain's end.
URL_DOT_TLD = re.compile(rf"\.{_TLD}(?:/|(?![\w@-]))")
# The literature's addresses: DOIs, PubMed and PMC, preprint servers, and journals' and
# guideline bodies' sites. Allowed only in the sections that cite (scanner.REFERENCE_SECTIONS).
LITERATURE_URL = re.compile(
    r"^(?:(?:https?|ftp)://)?(?:[\w-]+\.)*(?:doi\.org|dx\.doi\.org|pubmed\.ncbi\.nlm\.nih\.gov|"
    r"ncbi\.nlm\.nih\.gov|europepmc\.org|clinicaltrials\.gov|medrxiv\.org|biorxiv\.org|"
    r"arxiv\.org|nejm\.org|thelancet\.com|bmj\.com|jamanetwork\.com|nature\.com|"
    r"sciencedirect\.com|springer\.com|link\.springer\.com|onlinelibrary\.wiley\.com|"
    r"wiley\.com|academic\.oup\.com|ahajournals\.org|cochranelibrary\.com|plos\.org|"
    r"journals\.plos\.org|frontiersin\.org|mdpi\.com|cell\.com|annals\.org|"
    r"acpjournals\.org|tandfonline\.com|karger\.com|thieme-connect\.com|"
    r"journals\.lww\.com|sagepub\.com|cambridge\.org|who\.int|nice\.org\.uk|cdc\.gov|"
    r"nih\.gov|uptodate\.com|orpha\.net|omim\.org|ncbi\.nlm\.nih\.gov/pmc|"
    # eighth round: regional indexes and other countries' guideline bodies and journals
    r"scielo\.[a-z]{2,3}(?:\.[a-z]{2})?|redalyc\.org|lilacs\.bvsalud\.org|bvsalud\.org|has-sante\.fr|"
    r"awmf\.org|rki\.de|aerzteblatt\.de|springermedizin\.de|em-consulte\.com|elsevier\.es|"
    r"jstage\.jst\.go\.jp|koreamed\.org|cnki\.net|medicaljournals\.se|ajol\.info|"
    r"panafrican-med-journal\.com|sciencedirect\.com|researchgate\.net|semanticscholar\.org|"
    r"ijmr\.org\.in|mja\.com\.au|cmaj\.ca|nvvg\.nl|richtlijnendatabase\.nl|ntvg\.nl|"
    r"kemkes\.go\.id|moh\.gov\.[a-z]{2}|paho\.org|ecdc\.europa\.eu|ema\.europa\.eu)(?:[/:?#]|$)",
    re.IGNORECASE)
# Sixth round: the sites of public bodies, universities and intergovernmental organisations
# (guidelines, reports, statistics: "https://www.icmr.gov.in/guidelines/…", "…ac.uk/…"), and a
# sentence that cites before the address ("guidance at", "available from", "accessed"): in the
# sections that cite, those addresses are the literature's, not the patient's (domain.md §5:
# item 14 is the web address of the patient and of their relatives, employers, household).
PUBLIC_BODY_URL = re.compile(
    r"^(?:(?:https?|ftp)://)?(?:[\w-]+\.)*(?:[\w-]+\.(?:gov|gob|gouv|govt|gv|go|edu|ac|nic|nhs|mil|int)"
    r"(?:\.[a-z]{2})?|europa\.eu|[\w-]+\.int|gov\.[a-z]{2})(?:[/:?#]|$)", re.IGNORECASE)
CITING_BEFORE = re.compile(
    r"\b(?:guidelines?|guidance|recommendations?|consensus|statement|protocol|criteria|bundle|"
    r"published|publication|accessed|available\s+(?:at|from|online)|retrieved\s+from|cited|"
    r"according\s+to|as\s+(?:in|per)|reference|report|journal|article|review|trial|study|"
    r"et\s+al|ministry|department\s+of\s+health|society|college|council|association|"
    r"organi[sz]ation|institute|agency|board)\b[^.;\n]{0,80}$", re.IGNORECASE)
# Thirteenth round (fresh16): a web address whose path or query holds a patient's record or
# number ("…/expediente/44336", "visit?pid=259850351") is the patient's wherever it is cited.
PERSONAL_PATH = re.compile(
    r"[?&](?:pid|patient(?:_?id)?|mrn|uid|record(?:_?id)?|case(?:_?id)?)=\d|"
    r"/(?:expedientes?|patients?|pacientes?|dossiers?|records?|charts?|visits?|historias?|befunde?|portal/results)/\d",
    re.IGNORECASE)
PERSONAL_BEFORE = re.compile(
    r"\b(?:his|her|their|patient['’]s|family|families|relatives?|mother|father|son|daughter|"
    r"wife|husband|partner|blog|page|profile|crowd\w*|fundrais\w*|channel|account|personal|own)\b"
    r"[^.;\n]{0,80}$", re.IGNORECASE)
IPV4 = re.compile(r"\d(?<=(?<![\w.])\d)(?:(?<=2)5[0-5]|(?<=2)[0-4]\d|(?<=1)\d\d|(?<=[1-9])\d|)\."
                  r"(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){2}"
                  r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\w|\.\d)")
_H = r"[0-9A-Fa-f]{1,4}"
IPV6 = re.compile(
    # eighth round: an IPv4-mapped IPv6 address ("::ffff:192.0.2.1") whole
    rf"(?<![\w:])(?:(?:0{{1,4}}:){{0,5}}:?:(?:ffff|FFFF):(?:\d{{1,3}}\.){{3}}\d{{1,3}}(?!\d|\.\d)"
    rf"|(?:{_H}:){{7}}{_H}"
    rf"|(?:{_H}:){{1,7}}:(?:{_H}(?::{_H}){{0,6}})?"
    rf"|::(?:{_H}(?::{_H}){{0,6}})"
    rf")(?![\w:])")
PHONE = re.compile(
    r"(?<![\w+/,-])(?<!\w\.)(?:"
    r"\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){2,4}"  # +33 1 42 68 53 00
    r"|\(\d{3}\)\s?\d{3}[\s.-]?\d{4}"                                       # (617) 555-0142
    r"|\d{3}[.-]\d{3}[.-]\d{4}"                                             # 555-867-5309
    r"|[2-9]\d{2} [2-9]\d{2} \d{4}"                                           # 911 922 7516
    r"|1-[2-9]\d{2}-\d{3}-\d{4}"                                             # 1-800-555-0199
    r"|[2-9]\d{2} [2-9]\d{2}-\d{4}"                                          # 221 553-5630
    r"|\(0?\d{2}\)\s?9?\d{4}[\s-]?\d{4}"                                     # (03) 9123 4567, (11) 98765-4321
    r"|[6-9]\d{4}[ -]\d{5}"                                                  # 98765 43210
    r"|[6-9]\d{9}"                                                            # 9876543210 (an Indian mobile)
    r"|0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}"                                  # 020 7946 0958
    r"|0[1-9](?:[ .]\d{2}){4}"                                               # 01 23 45 67 89 (France)
    r"|0\d{3} \d{3} \d{2} \d{2}"                                              # 0532 123 45 67 (Turkey)
    r")(?![\w/-]|[.,]\d)")
# Ninth round: a number in two to five groups of digits (7 to 13 of them), in any country's
# grouping ("0475 07 27 67", "08-793 297 31", "22 449 1160", "(01) 670-8069", "6355 0000"), is
# a phone or a fax when a word of telephony stands in its clause before it (PHONE_CONTEXT) or
# a "T" or an "F" right before it, as letterheads print them.
PHONE_LOOSE = re.compile(r"(?<![\w+/.,-])(?:\(\d{1,4}\)[ ]?|\d{1,5}[ -])\d{2,8}(?:[ .-]\d{2,8}){0,3}(?![\w/-]|[.,]\d)")
PHONE_CONTEXT = re.compile(
    r"(?:傳真|传真|電話|电话)|\b(?:fax\w*|facsimile|telefax|faks|t[ée]l[ée]copie|phone\w*|tel|telp?|tlf|t[ée]l[ée]f\w*|t[ée]l[ée]phone|"
    r"mobile?|mob|cell\w*|call(?:ed)?|ring|rang|text(?:ed)?|whats[ ]?app|reached|contact\w*|celular|m[óo]vil|"
    r"handy|gsm|portable|cellulare|telefono|telefone|number|numero|número|n[º°])\b|#|(?-i:(?<![\w.])[TFM])[ \t]*[:.]?[ \t]*\Z",
    re.IGNORECASE)
PHONE_KEYED = re.compile(
    r"\b(?:tel|telephone|phone|ph|mobile|mob|cell|cellphone|landline|pager|fax|facsimile|telefax|"
    r"call|beeper|bleep|extension|ext|cel|celular|telefone|tel[eé]fono|fone|m[oó]vil|portable|"
    r"t[ée]l|t[ée]l[ée]phone|handy|mobiel|mobil|telefon|telepon|hp|ponsel|whatsapp|tlf|tlp|telp|"
    # eighth round: Malay/Indonesian, Turkish, Polish, French, Dutch faxes and phones
    r"faks|t[ée]l[ée]copie|telefoon|telefono|gsm|kom[óo]rka|tel[ée]fone|cellulare|cellulaire|handphone|"
    r"mobilnummer|mobiltelefon|telefonnummer|telefonino|電話|电话|手機|手机|傳真|传真|전화|휴대폰|"
    r"cep(?=[ \t:.]*(?:\+90[ \t]?)?\(?0?5\d\d)|cep[ \t]+tel(?:efonu)?|"
    r"contact|reached\s+at|whatsapp|"
    # nineteenth round: Cyrillic's (Russian, Kyrgyz, Mongolian: "тел.", "телефон", "утас")
    r"телефон|тел|утас|утасны|моб)\b\.?(?:\s*(?:no\.?|number|#))?"
    # eighth round: whose number it is ("Celular da filha", "Handy der Tochter", "phone of his son")
    r"(?:[ \t]+(?:d[aeo]s?|of|der|des|du|van|dari|na|ng|del|della|di)[ \t]+(?:(?:his|her|the|their)[ \t]+)?[a-zà-ÿ]{3,12})?"
    r"\s*[:#–—]?\s*"
    r"(?P<v>\+?\(?\d[\d\s()./-]{6,18}\d)(?![\w/])", re.IGNORECASE)
FAX_BEFORE = re.compile(r"(?:傳真|传真|ファックス|팩스)|\b(?:fax|facsimile|telefax|faks|faksimili|t[ée]l[ée]copie|telekopie)|(?-i:(?<![\w.])F)[ \t]*:?[ \t]*\Z", re.IGNORECASE)
# "552-379-5246 (fax)", "… is the fax number", "… - fax".
FAX_AFTER = re.compile(r"\)?[ \t]*(?:(?:<-|←|[(\[,–—=:/~-]|->|→)[ \t]*)?(?:(?:is|was|being)\s+)?(?:(?:the|his|her|their|"
                       r"our|per|see)\s+)?(?-i:(?:[A-Z][A-Za-z]+\s+)?)(?:fax|facsimile|telefax|faks|t[ée]l[ée]copie)\b(?!\s*(?:no\.?|number|#)?\s*[:#]?\s*[+(]?\d)", re.IGNORECASE)
# Ninth round, speed: the first letters of SSN_KEYED's, ZIP_KEYED's and ADDRESS_FIELD's keywords,
# lower-case (scanner._at_keywords tries those patterns only where a word starts with one).
SSN_HINT = re.compile(r"ss|soc|seg")
ZIP_HINT = re.compile(r"zip|pos|cep|pin|c[oó]d|c\.|cp|plz|eir|kod|cap")
ADDRESS_FIELD_HINT = re.compile(r"addr|adr|ansch|indir|direc|domic|ender|morad|alam|tirah|osoit|gatu|boste|woon|wohn|resid|ev\s")
# An extension after a number ("617-555-0142 ext. 204", "x204").
PHONE_EXTENSION = re.compile(r",?[ \t]*(?:ext\.?|extn\.?|extension|x)[ \t]*\d{1,5}\b", re.IGNORECASE)
PHONE_BEFORE = re.compile(r"\b(?:tel|phone|mobile|cell|call|pager)\b", re.IGNORECASE)

# Sixth round: a social media handle after the network's name ("Twitter @roisin_d", "Insta:
# @dev.k"): item 18, another unique identifying code.
_HANDLE_END = r"(?<!\.)(?=[\s,;)]|\.(?:\s|$)|$)"
HANDLE_AT = re.compile(rf"@(?<![\w.@]@)[A-Za-z0-9_][A-Za-z0-9_.]{{2,29}}{_HANDLE_END}")
NETWORK_BEFORE = re.compile(
    r"\b(?:twitter|instagram|insta|tiktok|facebook|fb|snapchat|snap|telegram|threads|mastodon|"
    r"bluesky|(?-i:X))\b[ \t]*(?:handle|account|name|ID)?[ \t]*[:=(-]?[ \t]*\Z", re.IGNORECASE)
HANDLE_KEYED = re.compile(
    r"\b(?:handle|username|user\s+name|gamertag)\b[ \t]*(?:is[ \t]+)?[:=(-]?[ \t]*"
    rf"(?P<v>@?[A-Za-z0-9_][A-Za-z0-9_.]{{2,29}}){_HANDLE_END}", re.IGNORECASE)

# ---------------------------------------------------------------- SSN (7)
SSN = re.compile(r"\d(?<=(?<![\w–-])(?!000|666|9\d\d)\d)\d{2}([-–‑])(?!00)\d{2}\1(?!0000)\d{4}(?![\w–-])")
SSN_KEYED = re.compile(r"\b(?:SSN|SS#|SSAN|soc\.?\s*sec\.?|social\s+security|social\s+sec\b\.?|"
                       # seventh round: "SS No.", "SS number", Spanish "Seguro Social"
                       r"(?-i:SS)(?=\.?\s*(?:No\b|no\b|number|Nr\b|#))|seguro\s+social)"
                       r"(?:[\s(]*(?:number|num\b\.?|nbr\b\.?|no\b\.?|nr\b\.?|#|ID|card)){0,2}\s*"
                       r"(?:[ \t]*(?:[:#=|\[,(–—>→~-]|/(?=[ \t\n])|\.{2,}|…|\n|\b(?:is|was|being|reads|of|as|given(?:\s+as)?|"
                       r"(?:listed|recorded|quoted|shown)(?:\s+as)?|on\s+file|on\s+record|shows|reads|says)\b)[ \t]*){0,3}"
                       r"(?P<v>\d{3}[-–‑ ]?\d{2}[-–‑ ]?\d{4})\b", re.IGNORECASE)

# ---------------------------------------------------------------- keyed numbers (8-13, 18)
_NUM = r"(?:number|num|no\.?|nr\.?|#|ID|identifier|code)"
# An identifier value: capitals, digits and inner separators, with at least two digits;
# groups of digits may be spaced ("943 476 5919"). UDI's "(01)" prefix is allowed. The value
# is case-sensitive even where the keyword is not ("plate AB12 CDE", never "plate 12 left").
ID_VALUE = (r"(?-i:(?P<v>(?:\(\d{2}\))?(?=[A-Z0-9/.-]*\d[A-Z0-9/.-]*\d|[A-Z0-9/.-]*\d \d|[A-Z]{1,4} \d{5,}|"
            # seventh round: a letter or four before spaced groups ("G 998 729 510", "XYBN 5669 8142")
            r"[A-Z]{1,4}(?: \d{3,}){2})"
            r"[A-Z0-9](?:[A-Z0-9]|[-/.](?=[A-Z0-9])| (?=\d{2,}\b)|"
            # a check digit after a long group ("558 670 72487662366 2", "2123 45670 1"); a GS1
            # application identifier inside a UDI ("(01)0884…(21)4X4C31N")
            r"(?:(?<=\d[ ]\d{4})|(?<=\d{5})) (?=\d\b(?![.,]\d))|\(\d{2,4}\)(?=[A-Z0-9]))*))")
PLATE_VALUE = r"(?-i:(?P<v>(?=[A-Z0-9 -]*\d)[A-Z0-9]{1,4}(?:[ -]?[A-Z0-9]{1,4}){0,3}))\b"


# Between a keyword and its value: "number", "no.", "#", "ID" (optional after a specific
# keyword such as MRN, required after a generic one such as "member"), then up to three of
# ":", "#", "=", "-", "(", "[", "|", a tab, a line break, ",", "is", "was", "reads", "on file"
# (tables, lists, "number is", "Licence:\nD123…"). Spaces and tabs only, except one line break.
_NUM_WORD = r"(?:(?:number|num|nbr|no|nr|ID|identifier|code|ref)\b\.?|#|№|n\.?[º°]\.?|n\.(?=[ \t]*\d))"  # (nineteenth round: "LANR № 2893961")
_GLUE = (r"(?:[ \t]*(?:[:#=|\[,–—>→•*~»«›‹▸►⇒-]|/(?=[ \t\n])|/(?-i:[A-Z]{2,5})\b|\.{2,}|…|\((?!\d\d\))|\n|\b(?:is|was|being|reads|read|of|as|ending(?:\s+in)?|on\s+file|given(?:\s+as)?|"
         r"recorded\s+as|listed\s+as|under)\b"
         # "… for this admission is", "… on the form was": a short phrase, then "is" or ":"
         r"|\b(?:for|on|of|in|at|from|with)\s+(?:(?:this|the|that|his|her|their|its|each)\s+)?"
         r"[a-z]+(?=\s*(?:is|was|reads|:|=)\b))[ \t]*){0,3}")
_CONNECT = rf"(?:[ \t]*{_NUM_WORD}){{0,2}}{_GLUE}(?:[ \t]*{_NUM_WORD}{_GLUE})?[ \t]*"
_CONNECT_GENERIC = rf"(?:[ \t]*(?:[(,:–—-][ \t]*)?{_NUM_WORD}){{1,2}}{_GLUE}(?:[ \t]*{_NUM_WORD}{_GLUE})?[ \t]*"
# A keyword that names the thing the number belongs to may stand right before a value that has
# four digits or more ("chart 745315", "court case 25-13369", "his car XXH 6133"): only spaces,
# a comma or a bracket between (scanner._keyed asks the value for more digits then).
_CONNECT_DIRECT = r"(?:[ \t]*[(,:][ \t]*|[ \t]+(?:as[ \t]+)?)"
# Generic keywords that may also stand right before their value ("patient record A123456",
# "participant 22-00471", "registration AB12 CDE"): the value's shape decides.
# After the value: "D1234567 (driver's licence)", "… is his driving licence number",
# "… - DEA number", "…, the passport,", "… [MRN]".
# A bracket, "=" or an arrow may hold a qualifier or two before the keyword ("K4237 [medical
# licence]", "X92 = insurance policy no"); "is the …" one lower-case word ("is the reg plate").
_BEFORE_KEYWORD = (r"[»”’\"]?[ \t]*(?:(?:[(\[][ \t]*=|<-|←|[(\[=<«‹]|->|=>|→|⇐)[ \t]*(?-i:(?:(?:the|his|her|their|per|see|as)\s+)?)"
                   r"(?:[A-Za-z][\w/'’-]*\.?[ \t]+){0,2}"
                   # tenth round: "/OP No./", "/Kennzeichen/": a label between slashes after it
                   r"|(?:(?:[,–—:;|~-]|(?<=[ \t])/(?=[ \t])|(?<=[ \t])/(?=[A-Za-z]))[ \t]*)?(?-i:(?:(?:is|was|being|as)\s+)?"
                   # seventh round: "… was written on the run sheet as the car's plate"
                   r"(?:(?:written|recorded|listed|noted|entered|documented|given|shown)(?:\s+[a-z]+){0,5}\s+as\s+)?"
                   r"(?:(?:the|his|her|their|its|a|an|our)\s+)?(?:patient['’]s\s+)?"
                   r"(?:(?:[A-Za-z][\w/'’-]*|(?i:pt|pat|hosp|med)\.)[ \t]+)?))")


# The keywords, written from Safe Harbor's list (45 CFR 164.514(b)(2)(i)(H)-(R)) and the
# words clinical records, claims and forms use for those numbers (US and UK/Commonwealth),
# not from any test note: record/chart/encounter numbers (8), payer and plan numbers (9),
# billing and bank accounts (10), licences and certificates (11), plates and VINs (12),
# serial, lot and model numbers of devices (13), and the other numbers of item 18 (research,
# employment, prison, national identity, case and claim references).
_DRIVER = r"(?:driver['’]?s?|driving)\s+(?:licen[cs]e|lic\b\.?)"
# Eighth round: record, plan and account numbers as Turkish, Polish, Malay/Indonesian, French,
# Italian, Scandinavian, Portuguese, German, Dutch and Chinese records print them.
_MRN_OTHER = (r"hastane\s+dosya(?:\s+no\b\.?)?|protokol\s+numaras[ıi]|(?:numer|nr)\s+historii(?:\s+choroby)?|"
              r"no\.?\s*pendaftaran(?!\s+kenderaan)|nomor\s+(?:rekam\s+medis|(?-i:RM))|num[ée]ro\s+de\s+dossier|"
              r"n[º°]\.?\s*(?:de\s+)?dossier|n[º°]\.?\s*(?-i:IPP)|cartella(?:\s+clinica)?|numero\s+(?:di\s+)?cartella|"
              r"journalnummer|journalnr\b\.?|processo\s+cl[ií]nico|processo(?=\s*(?:n\.?[º°]|no\b|nr|#|:))|n[úu]mero\s+de\s+processo|"
              r"病歷號|病历号|住院號|住院号|病案号|カルテ番号|krankenblattnummer|dossiernummer|ficha(?:\s+cl[ií]nica)?|"
              # nineteenth round (fresh33): the case history's number of the Slavic languages and Tajik
              # ("Br. historije bolesti 4187/25", "№ истории болезни", "Рақами таърихи беморӣ 417/2025")
              r"(?:(?:br\.?|broj)\s+)?(?:h?istorij[ea]|povijesti?)\s+bolesti|(?:номер\s+)?истори[яи]\s+болезни|"
              r"історі[яї]\s+хвороби|(?:рақами\s+)?таърихи\s+беморӣ|"
              # nineteenth round (fresh31): a Polish hospital's register ("nr księgi (329599)", "Księga główna 2231/24")
              r"(?:numer|nr)\s+księgi(?:\s+(?:głównej|chorych|przyjęć|oddziałowej))?|księg[ai]\s+(?:główn(?:a|ej)|chorych|przyjęć)")
_PLAN_OTHER = (r"sigorta(?:\s+(?:no\b\.?|numaras[ıi]))?|(?-i:SGK)(?:\s+sicil)?(?:\s+no\b\.?)?|(?:numer|nr)\s+ubezpieczenia|"
               r"(?:no\.?\s*)?kartu\s+(?-i:BPJS|JKN|KIS)|krankenversicherten-?(?:nummer|nr\b\.?)|versicherten-?(?:nummer|nr\b\.?)|"
               r"zorgverzekeringsnummer|verzekerdennummer|n[º°]\.?\s*de\s+benefici[aá]rio|n[úu]mero\s+de\s+(?:benefici[aá]rio|utente)|"
               r"(?-i:EHIC|GHIC)(?:\s+card)?")
_ACCOUNT_OTHER = (r"(?:numer|nr)\s+rachunku|(?:nomor|no\.?)\s*rekening|n[º°]\.?\s*de\s+compte|num[ée]ro\s+de\s+compte|"
                  r"compte\s+bancaire|numero\s+di\s+conto|konto(?:nr\b\.?|nummer)|kontonr\b\.?")
# Ninth round: "passport" in other languages ("Passeport n°", "Pasaporte", "Passaporto", "Paszport").
_PASSPORT_OTHER = (r"passeport|passaporto|pasaporte|passaporte|pasaport|paszport|reisepass|paspoort|pasport|passi"
                   # twentieth round (fresh37): Icelandic, Slovak, Czech, Slovenian, the Cyrillic languages',
                   # Georgian, Armenian ("Паспорт 3294303", "vegabréf nr.")
                   r"|vegabréf|vegabréfs|cestovn[ýíé]\s+pas|potni\s+list|паспорт|паспорта|паспорті|пасош|пасоша|"
                   r"პასპორტი|անձնագիր")
_SPECIFIC = {
    "mrn": r"MRN|M\.R\.N\b\.?|MR#|MR\s+(?:number|no\b\.?|#)|medical[\s-]+record|med\.?\s+rec(?:ord)?\b\.?|"
           # thirteenth round (fresh16): a blood bank's sample ("Blood bank sample 15/82028")
           r"(?:blood\s+bank|crossmatch|cross-match|group\s+and\s+(?:screen|save))\s+sample(?:\s+(?:no\b\.?|number|#))?|"
           r"hosp(?:ital)?\b\.?\s+reg(?:istration)?\b\.?(?=\s*(?:no\b|number|#|nbr))|"
           r"hosp\b\.?(?=\s*(?:#|no\b|number|nbr|ID))|"
           r"HN|UR(?=\s*(?:number|no|#))|(?-i:URN|EMR|EHR|EPR|PID)|"
           r"(?:patient|hospital|clinic|health)\s+(?:record|ID|identifier|no\b\.?|#)|"
           r"(?:hospital|chart|unit|case[\s-]+note|patient\s+record|record|encounter|visit|"
           r"admission|episode|(?-i:CRN))\s+(?:number|no\b\.?|#)|"
           r"(?:hospital|clinic)\s+MRN|"
           # fifth round: record numbers of other systems and countries (UK PAS and trust
           # numbers, India's UHID / IP / OP / CR / MRD numbers, New Zealand's NHI, Brazil's
           # prontuário), and a "local" identifier
           r"(?-i:PAS|IPD|OPD|IP|OP|CR|MRD|RCH)(?=\s*(?:no\b|number|nbr|#|ID\b))|(?-i:UHID|NHI)|"
           r"local\s+(?:patient\s+|hospital\s+)?(?:ID|identifier|number|no\b\.?|#)|"
           r"(?:trust|district|hospital|registration|OPD|IPD)\s+(?:number|no\b\.?|#)|prontu[aá]rio|"
           # seventh round: a hospital's file, and record numbers in Spanish, French, German,
           # Dutch and Indonesian ("Hosp. file no", "Expediente", "Historia clínica", "N° dossier",
           # "IPP", "Fallnummer", "Patientennummer", "No. RM", "rekam medis")
           r"(?:hosp(?:ital)?\b\.?|medical|patient|clinic|health)\s+file(?:\s*(?:no\b\.?|number|nbr|#))?|"
           r"expediente(?:\s+(?:cl[ií]nico|m[eé]dico))?|historia\s+cl[ií]nica|"
           r"(?-i:HC|NHC|IPP|NIP|RM)(?=\s*(?:n[º°](?!\w)|no\b|no\b|#|:))|dossier(?:\s+m[ée]dical)?(?=\s*(?:n[º°](?!\w)|no\b|no\b|#|:))|"
           r"ficha(?:\s+cl[ií]nica)?(?=\s*(?:n[º°](?!\w)|no\b|no\b|#|:))|registro\s+(?:cl[ií]nico|hospitalar|m[eé]dico)|"
           r"patientennummer|fallnummer|patientnummer|pati[eë]ntnummer|rekam\s+medis|"
           # eighth round: German, Malaysian/Indonesian, French and Chilean record numbers
           # ("Krankenblatt-Nr.", "Pat.-Nr.", "No. RN", "Dossier 123…", "ficha clínica", "IPP »")
           r"krankenblatt(?:-?(?:nr\b\.?|nummer))?|pat(?:ienten)?\.?-?(?:nr\b\.?|nummer)|"
           r"no\.?[ \t]*(?-i:RM|RN|MR|HN)\b|nomor[ \t]+(?:rekam[ \t]+medis|(?-i:RM))|dossier(?=[ \t]*\d)|"
           r"ficha[ \t]+cl[ií]nica|(?-i:IPP|NIP)(?=[ \t]*[»>→=–—-])|numer[ \t]+kartoteki|"
           r"protokol[ \t]+no\b\.?|dosya[ \t]+no\b\.?|"
           + _MRN_OTHER,
    "health_plan": r"(?:Medicare|Medicaid|Medi-Cal|NHS|health|insurance|benefits?)\s+card|"
                   r"group\s*/\s*member|"
                   r"Medicare|Medicaid|Medi-Cal|MBI|HICN|(?-i:HPN)|NHS|CHI|health\s+plan|"
                   r"(?:health\s+|dental\s+|medical\s+)?insurance\s+(?:member|card|policy|plan|"
                   r"subscriber|certificate)|"
                   r"(?:health\s+|dental\s+|medical\s+)?insurance(?=\s*(?:number|nbr|no\b|#|ID|:|nr\b))|"
                   r"(?:plan|payer|payor|insurer|carrier|coverage|benefits?)\s+(?:member\s+)?"
                   r"(?:ID|number|no\b\.?|#)|"
                   r"member\s+(?:ID|number|no\b\.?|#)|beneficiary|subscriber|enrollee|enrolee|"
                   r"recipient\s+(?:ID|number|no\b\.?|#)|health\s+fund(?:\s+(?:membership|member))?|"
                   r"(?:insurer|insurance)\s+ref\b\.?|"
                   r"(?:insurance\s+)?policy(?=\s*(?:number|no\b|#|:|ID))|group\s+(?:number|no\b\.?|#)|"
                   r"policy[\s-]?holder(?:\s+(?:ID|number|no\b\.?|#))?|insured['’]?s?\s+(?:ID|number|no\b\.?)|"
                   r"TRICARE|CHAMPVA|BUPA|(?-i:BCBS)|Aetna|Cigna|Humana|Kaiser|Anthem|Blue\s+(?:Cross|Shield)|"
                   r"(?-i:Ins|INS)\b\.?(?=\s*(?:ID\b|no\b|number|nbr|#))|"
                   r"(?-i:IHI|ABHA|PMJAY|ESIC|CGHS|ECHS|RSBY|OHIP|PHN|HCN)(?:\s+card)?|(?-i:DVA)(?:\s+file)?(?=\s*(?:no\b|number|#|card))|"
                   r"cart[aã]o\s+(?:do\s+)?(?-i:SUS)|(?-i:CNS)(?=\s*(?:no\b|n[º°]|number|#|:)?\s*\d{3}(?:[ ]?\d{4}){3}\b|\s*(?:no\b|n[º°]|number|#|:)[\s:.–—-]*\d{3})|cart[aã]o\s+nacional\s+de\s+sa[uú]de|"
                   r"health\s+(?:card|insurance|fund)\s+(?:number|no\b\.?|#|ID)|"
                   # seventh round: other countries' schemes and their cards (South Africa's medical
                   # aids, PhilHealth, Quebec's RAMQ and the provinces' plans, Nigeria's NHIS,
                   # Kenya's NHIF/SHIF, Indonesia's BPJS, Chile's FONASA, Mexico's IMSS, France's
                   # carte Vitale, Germany's Krankenkasse, Argentina's obra social)
                   r"medical\s+aid(?:\s+(?:scheme|plan|membership|member))?|medical\s+scheme|"
                   r"phil-?health(?:\s+(?:PIN|ID|MDR))?|"
                   r"(?-i:RAMQ|MSP|AHCIP|NHIS|NHIF|SHIF|NHIA|BPJS|JKN|FONASA|ISAPRE|IMSS|ISSSTE|KVNR|SSNIT)(?:\s+card)?|"
                   r"carte\s+vitale|versichertennummer|krankenversicherungsnummer|krankenkasse|"
                   r"polisnummer|zorgverzekering|obra\s+social|n[úu]mero\s+de\s+afiliaci[óo]n|afiliaci[óo]n|"
                   r"carteirinha(?:\s+d[oa]\s+(?:conv[eê]nio|plano))?|plano\s+de\s+sa[uú]de|seguro\s+(?:popular|m[eé]dico)|"
                   # Portugal's SNS user number ("N.º de utente", "Utente SNS"), Austria's e-card
                   r"utente(?:\s+(?-i:SNS))?|(?-i:SNS)(?=\s*(?:n\.?[º°o]|no\b|#|:))|sozialversicherungsnummer|"
                   # eighth round: the Emirates' Thiqa, Brazil's CNS before four groups, France's
                   # social security number as printed on the carte Vitale, Turkey's SGK, Poland's NFZ
                   r"thiqa(?:\s+card)?|(?-i:CNS)(?=[ \t]*(?:n[º°]|no\b|#|:)?[ \t:–—-]*\d{3,4}(?:[ ]?\d{4}){3}\b)|"
                   r"n[º°o]\.?\s*(?:de\s+)?s[ée]curit[ée]\s+sociale|(?-i:SGK|NFZ|CNAM|AMO|CSS)(?=\s*(?:no\b|n[º°]|#|[:=-]))|"
                   r"(?-i:TEAM|EHIC)(?:\s+card)?(?=\s*(?:no\b|n[º°]|#|[:=-]))|tessera\s+sanitaria|"
                   + _PLAN_OTHER + r"|n\.?[º°o]\.?\s*(?:de\s+)?(?-i:SNS)|carta\s+regionale\s+dei\s+servizi|sygesikringsbevis|(?-i:KELA|NHIF|AOK|TK)-?(?:kort|card|Nr\b\.?)",
    "account": r"hospital\s+account\s+record|IBAN|acct\.?|a/c\b\.?|(?:billing|bank|hospital|patient|invoice|savings|checking|"
               r"current|guarantor|financial|payment)\s+(?:account|acct\b\.?)|account|"
               r"(?:billing|invoice|financial|guarantor)\s+(?:number|no\b\.?|#)|(?-i:FIN)\b|"
               r"(?:credit|debit)\s+card(?:\s+number)?|routing\s+number|sort\s+code|"
               r"card\s+ending|ending\s+in|(?-i:BSB)|"
               # sixth round: bills, receipts and invoices ("Bill no.", "receipt #", "IP bill")
               r"(?:bill|receipt|invoice|deposit|payment|transaction|(?-i:UPI)|cheque)\s*(?:no\b\.?|number|nbr|#|ID|ref\b\.?)|"
               # seventh round: other countries' bank numbers (Mexico's CLABE, Nigeria's NUBAN,
               # Argentina's CBU/CVU, Canada's transit and account), Epic's hospital account record
               r"(?-i:CLABE|NUBAN|CBU|CVU|HAR)|"
               r"transit(?:\s*(?:/|and|&)\s*(?:account|acct\b\.?))?(?=\s*(?:[/:#-]|no\b|number|\d))|"
               r"kontonummer|rekeningnummer|(?:ag[eê]ncia\s*/\s*)?conta(?:\s+corrente)?|cuenta(?:\s+(?:bancaria|corriente))?|"
               # eighth round: Malay, French, Polish, Turkish, Italian, Dutch
               r"(?:no\.?\s*)?akaun(?:\s+bank)?|n[º°o]\.?\s*(?:de\s+)?facture|facture|rachunek|numer\s+konta|"
               r"hesap(?:\s+no\b\.?)?|fatura(?:\s+no\b\.?)?|conto\s+corrente|conto(?=\s*(?:n\.|nr|n[º°]|#|:))|fattura|"
               r"rekening|" + _ACCOUNT_OTHER,
    "licence": r"(?:GMC|NMC|HCPC|GDC|GPhC|professional)\s+(?:registration|reg\b\.?)|"  # before "GMC"
               rf"{_DRIVER}|(?-i:DL|CDL)|passport|DEA|NPI|GMC|NMC|UPIN|(?-i:RN)\s+licen[cs]e|"
               # fifth round: Australia's AHPRA, India's medical and state councils, Brazil's CRM
               r"(?-i:AHPRA|MCI|SMC|CRM|COREN|NMC|GMC|HCPC|KMC|DMC|MMC|TNMC|CREMESP|CRO|CRF|NMBA|MCNZ|MCC|CPSO|"
               # seventh round: other countries' councils and licences (the Philippines' PRC and
               # LTO, Nigeria's MDCN, Kenya's KMPDC, South Africa's HPCSA and SANC, Canada's
               # colleges, the Netherlands' BIG, Germany's LANR, France's RPPS, the Gulf's DHA/MOH,
               # Brazil's CNH)
               r"PRC|LTO|MDCN|KMPDC|HPCSA|SANC|CMQ|CPSBC|CPSA|BIG|LANR|RPPS|ADELI|DHA|DOH|MOH|CNH)(?:-[A-Z]{2})?"
               r"(?:[ \t]*(?:reg(?:istration)?\b\.?|registered))?(?=\s*(?:reg\b|registration|no\b|number|#|№|n[º°]|[:/|=(-])|\s[A-Z]{0,4}\d)|"
               # sixth round: a registration number after a council or a board named in its clause
               r"(?:council|board)(?:[ \t,]+(?:reg(?:istration)?\b\.?|registered|no\b\.?|number|#|with|under|as)){1,2}"
               r"(?=[ \t]*[:#=(|-]?[ \t]*[A-Z0-9])|"
               r"(?:medical|nursing|dental)\s+council\s+(?:registration|reg\b\.?|number|no\b\.?)|"
               # sixth round: a professional's registration ("Pharmacist reg 2088123", "Nursing
               # registration 12A3456E")
               r"(?:nursing|nurse|pharmacist|pharmacy|medical|dental|midwife|midwifery|practitioner|"
               r"physiotherapist|physio|paramedic|doctor['’]?s?)\s+(?:registration|reg\b\.?)|"
               r"(?:medical|nursing|professional|state|pharmacy|pharmacist|dental|firearms?|gun|"
               r"fishing|hunting|business|marriage)\s+(?:licen[cs]e|lic\b\.?|certificate)|"
               r"licen[cs]e(?!\s+plate)|lic\b\.?(?=\s*(?:no\b|number|#|:))|"
               r"(?:birth|death|marriage|adoption|naturali[sz]ation|residence|residency)\s+"
               r"(?:certificate|cert\b\.?|record)|green\s+card|visa|work\s+permit|"
               r"(?:certificate|cert\b\.?)\s+(?:number|no\b\.?|#)|"
               r"c[ée]dula\s+profesional|f[üu]hrerschein(?:nummer)?|rijbewijs(?:nummer)?|licencia\s+de\s+(?:conducir|manejo)|"
               r"permiso\s+de\s+conducir|carteira\s+(?:de\s+motorista|nacional\s+de\s+habilita[cç][aã]o)|permis\s+de\s+conduire|"
               # eighth round: Polish, Turkish, Indonesian, Malay, Italian, Swedish, Danish, Norwegian
               r"prawo\s+jazdy|ehliyet(?:\s+no\b\.?)?|s[üu]r[üu]c[üu]\s+belgesi|(?-i:SIM)(?:\s+[ABCD]\d?)?(?=\s*(?:no\b|[:#=(»>-]|\s\d))|"
               r"lesen\s+memandu|patente\s+di\s+guida|k[öo]rkort|k[øo]rekort|f[üu]hrerschein-?nr\b\.?|"
               r"carta\s+de\s+condu[cç][aã]o|f[øo]rerkort|no\.?\s*(?-i:SIM)(?=\s*(?:[:#=»>.…(-]|[A-Z]?\d))",
    "vehicle": r"(?:licen[cs]e|number|registration|reg\.?|tag)\s+plates?|plates?|rego|reg\b\.?(?=\s*(?:[:#=>→\[(~-]|\n|(?:ref|no|nbr|number|is|was)\b))|"
               # sixteenth round (fresh21, fresh22): the UK's vehicle registration number or mark
               r"(?-i:VRN|VRM)(?=\s*[:#=]|\t)|"
               r"reg(?:istration)?\b\.?\s+mark|placas?|matr[ií]cula|patente|"
               # seventh round: Indonesian, Dutch, German and French words for a plate
               r"plat\s+nomor|nomor\s+polisi|nopol|kenteken|kennzeichen|nummernschild|immatriculation|targa|"
               # eighth round: Turkish, Polish, Chile's PPU, Malay, Swedish
               r"plaka|tablica\s+rej(?:estracyjna)?\b\.?|(?:numer|nr)\s+rejestracyjny|nr\s+rej\b\.?|(?-i:PPU)|"
               r"nombor\s+(?:pendaftaran|plat)|registreringsnummer|no\.?\s*pendaftaran\s+kenderaan|reg\.?\s*nr\b\.?|"
               r"(?:vehicle|veh\b\.?|car|bike|motorcycle|motorbike|scooter|truck|lorry)\s*(?:no\b\.?|number|#)|"
               r"registration(?!\s+(?:number|no\b|#))|(?<!skin\s)tag|"
               r"(?:vehicle|veh\b\.?|car|van|truck|motorbike|motorcycle|scooter|boat)\s+(?:registration|reg\b\.?)|"
               r"reg(?:istration)?\.?\s+(?:no\b\.?|number|#)|"
               r"tag\s+(?:number|no\b\.?|#)|chassis\s+(?:number|no\b\.?)",
    "device": r"model\s*/\s*serial|serial|S/N|SN|UDI(?:-DI)?|IMEI|MEID|ICCID|MAC\s+address|device\s+(?:ID|identifier)|"
              r"(?:implant|pump|pacemaker|generator|device|lead|sensor|transmitter|ICD|CRT|"
              r"valve|stent|prosthesis|hearing\s+aid|cochlear\s+implant|monitor|CGM)\s+"
              r"(?:serial|ID|lot|model|identifier)|"
              r"(?:lot|batch|catalog(?:ue)?|model|part|(?-i:REF))\s+(?:number|no\b\.?|#)|"
              r"(?:lot|batch)(?=\s*[:#])|"
              # eighth round: French, Portuguese, Spanish, Malay, German, Dutch, Italian, Polish serials
              r"n[º°o]\.?\s*de\s+s[ée]rie|n[úu]mero\s+de\s+s[ée]rie|no\.?\s*siri|seriennr\b\.?|seriennummer|"
              r"serienummer|numero\s+di\s+serie|numer\s+seryjny|seri\s+no\b\.?|num[ée]ro\s+de\s+s[ée]rie|"
              r"nomor\s+seri|no\.?\s*seri\b|serienr\b\.?|seri\s+numaras[ıi]",
    "other_id": r"ID\s+card|(?:study|trial|research|screening|enrol(?:l)?ment|randomi[sz]ation|"
                r"biobank|registry|cohort)\s+(?:ID|identifier|code|number|no\b\.?|#)|"
                r"(?:participant|subject|employee|staff|badge|payroll|student|pupil|inmate|"
                r"prisoner|prison|booking|military|service|veteran|(?-i:VA|NI)|national\s+insurance|"
                r"national\s+ID|national\s+identity|identity|voter|tax|(?-i:TIN|EIN|ITIN|SIN)|"
                r"social\s+insurance|alien|case|claim|incident|police|crime|report|file|"
                r"docket|court|reference|ref|booking|ticket|order|membership|library|"
                r"specimen|sample|accession|lab|requisition|kit)\s+"
                r"(?:ID|identifier|number|no\b\.?|#)|"
                r"(?:participant|subject|employee|staff|badge|student|inmate|prisoner|military|"
                r"(?-i:NINO|TIN|EIN|ITIN))(?:\s+(?:ID|number|no\b\.?|#))?|"
                r"court\s+case|(?:insurance|legal|police|court)\s+claim|"
                # fifth round: national numbers of other countries (Brazil's CPF and RG, India's
                # Aadhaar and PAN, Australia's TFN, Ireland's PPS, the Netherlands' BSN, Spain's
                # DNI and NIE, Singapore's NRIC, Pakistan's CNIC…) and references
                r"(?-i:CPF|RG|PAN|TFN|BSN|PPSN?|NRIC|FIN|DNI|NIE|NIF|CURP|RUT|CNIC|NID|"
                # seventh round: Mexico's RFC and INE, Nigeria's NIN and BVN, Indonesia's NIK and
                # KTP, Chile's RUN, Argentina's CUIL/CUIT, Korea's RRN, Qatar's QID, the
                # Philippines' SSS, UMID and PhilSys, France's NIR, South Africa's ID
                r"RFC|INE|NIN|BVN|NIK|KTP|RUN|CUIL|CUIT|RRN|QID|SSS|UMID|PSN|NIR|TIN|SIN|KRA)"
                r"(?=\s*(?:no\b|number|nbr|#|PIN\b|[:=(~/,>|\[–—-]|\s\d|\s[A-Z]{2,}\d))|"
                r"emirates\s+ID|civil\s+ID|iqama|resident\s+registration\s+(?:number|no\b\.?)|"
                # eighth round: Poland's PESEL, Hong Kong's HKID, Malaysia's MyKad ("No. KP"),
                # Turkey's TC kimlik, Denmark's CPR, Italy's codice fiscale, Pakistan's CNIC
                r"(?-i:PESEL|HKID|MyKad|CPR|TCKN|NIC)(?:[ \t]*\([A-Za-z .]{1,20}\))?(?=\s*(?:no\b|number|nbr|#|[:=(~/,>|\[»–—-]|\s\d|\s[A-Z]\d))|"
                r"no\.?\s*(?-i:KP|IC)\b|t\.?c\.?\s+kimlik(?:\s+no\b\.?)?|kimlik\s+no\b\.?|"
                r"ghana\s+card|huduma(?:\s+namba)?|(?-i:NIDA|NICOP|POC)(?=\s*(?:no\b|#|[:=]|\s\d))|"
                r"(?-i:A)-number|alien\s+(?:registration\s+)?number|dow[óo]d\s+osobisty|"
                r"personalausweis(?:nummer)?|steuer-?ID|codice\s+fiscale|c[ée]dula(?:\s+de\s+identidad)?|"
                r"num[ée]ro\s+de\s+s[ée]curit[ée]\s+sociale|personnummer|personnr\.?|f[øo]dselsnummer|"
                r"henkil[öo]tunnus|(?-i:AHV|AVS)(?:-Nr\.?)?|burgerservicenummer|sofinummer|"
                r"(?:national\s+)?ID\s+(?:no\b\.?|number|#)|identity\s+(?:number|no\b\.?)|"
                r"carn[eé]\s+de\s+identidad|documento\s+(?:de\s+identidad|nacional)|"
                r"aadhaa?r(?:\s+card)?|tax\s+file\s+(?:number|no\b\.?)|ration\s+card|"
                r"(?-i:MLC|FIR)(?:[ \t]+(?:registered|lodged|filed|registration))?(?=[ \t]*(?:,[ \t]*)?(?:no\b|number|nbr|#|[:=(|-]|[ \t][A-Z]{0,4}\d))|"
                r"medico[- ]?legal(?:\s+case)?(?:\s+(?:registered|lodged))?(?=[ \t]*(?:,[ \t]*)?(?:no\b|number|#|[:=(|-]))|"
                r"(?:case|claim|study|file|incident|employee|staff|police|court|your|our)\s+ref(?:erence)?\b\.?",
}
_GENERIC = {
    "mrn": r"(?:hospital\s+|case\s+|patient\s+|clinic\s+)?record|chart|hospital|patient|pt|unit|"
           r"encounter|visit",
    "health_plan": r"(?:health\s+)?insurance(?:\s+member)?|member|subscriber|beneficiary|"
                   r"(?:insurance\s+)?policy|group|(?:health|insurance)\s+card|plan|payer|insurer",
    "account": r"credit\s+card|debit\s+card|card|billing|invoice|bill|receipt",
    "licence": r"licen[cs]e(?!\s+plate)|(?:birth\s+|death\s+|marriage\s+)?certificate|permit|"
               r"registration|lic\b\.?|cert\b\.?",
    "vehicle": r"vehicle(?:\s+identification)?|VIN",
    "device": r"device|implant|pump|pacemaker|generator|model|lot|batch|sensor|transmitter",
    "other_id": r"study|participant|subject|trial|employee|staff|badge|student|customer|client|"
                r"reference|ref|prisoner|inmate|military|service|national|identity|identification|"
                r"research|enrol(?:l)?ment|screening|randomi[sz]ation|case|claim|file|specimen|"
                r"accession|membership",
}
# Car makes (a plate may follow one; "Toyota" is a city too).
CAR_MAKES = word_set("Toyota Honda Nissan Hyundai Kia Ford Mazda Subaru Suzuki Maruti Mahindra "
                     "Volkswagen VW BMW Audi Mercedes Tesla Volvo Skoda Vauxhall Opel Peugeot "
                     "Renault Citroen Citroën Fiat Chevrolet Chevy Holden Jeep Lexus Mitsubishi Dodge")
CAR_MAKES_RE = "|".join(sorted(CAR_MAKES, key=len, reverse=True))
# Keywords that may stand right before a value of four digits or more (_CONNECT_DIRECT).
_DIRECT = {
    "mrn": r"chart|(?:hospital\s+|medical\s+|case\s+|patient\s+)?record|MRN|hospital\s+number|"
           r"(?-i:UR|Pt|PT|pt)|patient|"
           # ninth round: a hospital's folder, as Africa's records call it ("Old folder 129.888")
           r"(?:old\s+|new\s+|hospital\s+|clinic\s+)?folder",
    "health_plan": r"(?:Medicare|Medicaid|insurance)?\s*(?:member|subscriber|beneficiary|policy|"
                   r"policyholder|insured)|Medicare|Medicaid",
    "account": r"(?:credit\s+|debit\s+|bank\s+|payment\s+)?card|account|acct\b\.?|IBAN|bill|invoice|receipt",
    "licence": rf"{_DRIVER}|licen[cs]e(?!\s+plate)|passport|permit|{_PASSPORT_OTHER}",
    "vehicle": r"plates?|rego|registered|reg\b\.?|registration|car|van|truck|lorry|motorbike|"
               r"motorcycle|scooter|moped|taxi|cab|bike|hatchback|saloon|sedan|pickup|SUV|"
               r"vehicle|minibus|tractor|caravan|campervan|jeep|coupe|"
               # seventh round: the vehicles of other countries (a Philippine tricycle or jeepney,
               # a Nigerian okada or keke, a Kenyan matatu or boda-boda, a tuk-tuk, an Australian ute)
               r"tricycle|trike|jeepney|tuk-?tuk|rickshaw|okada|keke|matatu|boda(?:-boda)?|ute|kombi|bus|"
               # sixth round: a car's make right before its plate ("blue Toyota, YTVP 596")
               rf"(?-i:{CAR_MAKES_RE})",
    "device": r"serial|lot|batch|generator|pump|implant|device|sensor|pacemaker|defibrillator|"
              r"ICD|CRT-D|transmitter|stimulator|prosthesis|"
              # nineteenth round (fresh33): an insulin pump and a pacemaker in other languages
              # ("Bomba de insulina 0266-6302", "pompe à insuline", "Insulinpumpe", "marcapasos")
              r"bomba\s+de\s+insulina|pompe\s+[àa]\s+insuline|pompa\s+(?:insulinowa|insulinica|per\s+insulina|di\s+insulina)|"
              r"insulinpumpe|marcapasos|stimulateur(?:\s+cardiaque)?|herzschrittmacher|schrittmacher|rozrusznik(?:\s+serca)?",
    "other_id": r"case|claim|subject|participant|staff|employee|inmate|prisoner|student|badge|"
                r"ticket|docket|(?<!on\s)file|enrol(?:l)?ee|member\s+of\s+staff|(?-i:NI|NINO)",
}
# Keywords that may follow the value (specific ones only).
_AFTER = {
    "mrn": r"MRN|M\.R\.N\b\.?|MR\s+(?:number|no\b\.?|#)|medical\s+record(?:\s+(?:number|no\b\.?|#))?|"
           r"UR\s*(?:no\b\.?|number|#)|hosp(?:ital)?\b\.?\s+reg(?:istration)?\b\.?\s*(?:no\b\.?|number|#)|"
           r"(?:hospital|chart|record|unit|case[\s-]+note)\s+(?:number|no\b\.?|#)|hosp\b\.?\s*(?:#|no\b\.?|number)|"
           r"(?-i:EHR|EMR|EPR)(?:\s+(?:number|no\b\.?|#|ID))?|"
           r"URN|(?:patient|hospital)\s+ID|(?:encounter|visit)\s+(?:number|no\b\.?)|"
           r"(?-i:PAS|IPD|OPD|IP|OP|CR|MRD)\s*(?:no\b\.?|number|#)|(?-i:UHID|NHI)|"
           r"local\s+(?:patient\s+)?(?:ID|number|no\b\.?)|(?:trust|registration)\s+(?:number|no\b\.?)|"
           r"(?:hosp(?:ital)?\b\.?|medical|patient)\s+file(?:\s*(?:no\b\.?|number|#))?|expediente|historia\s+cl[ií]nica|"
           # eighth round
           r"rekam\s+medis|krankenblatt(?:-?nr\b\.?)?|pat\.?-nr\b\.?|ficha\s+cl[ií]nica|dossier|(?-i:IPP)|"
           r"no\.?\s*(?-i:RM|RN)\b|fallnummer|patientennummer|patientnummer|patiëntnummer|protokol\s+no\b\.?|" + _MRN_OTHER,
    "health_plan": r"(?:(?:health\s+)?insurance|Medicare|Medicaid|Medi-Cal|NHS|member|health\s+plan|plan|"
                   r"policy|beneficiary|subscriber|payer|insurer|group|recipient)(?:\s+(?:card|policy|certificate|"
                   r"member|plan|recipient|beneficiary))?\s*(?:ID|number|nbr|no\b\.?|#)|"
                   r"health\s+fund(?:\s+(?:membership|member|number|no\b\.?|#))?|(?:insurer|insurance)\s+ref\b\.?|"
                   r"(?:health\s+)?insurance\s+(?:card|certificate|policy)|(?:Medicare|Medicaid)\s+card|"
                   r"member\s+ID|MBI|HICN|(?-i:HPN)|(?-i:Ins|INS)\b\.?\s*(?:ID|no\b\.?|number|#)|"
                   r"(?:benefits?|coverage|carrier|payor)\s+(?:ID|number|no\b\.?|#)|(?-i:IHI|ABHA|PMJAY|ESIC|CGHS|ECHS|OHIP|PHN)(?:\s+card)?|"
                   r"(?-i:DVA)(?:\s+file)?\s*(?:no\b\.?|number|#)|"
                   r"medical\s+aid(?:\s+(?:no\b\.?|number|#))?|health\s+card(?:\s+(?:no\b\.?|number|#))?|"
                   r"phil-?health(?:\s+(?:PIN|ID|number|no\b\.?))?|"
                   r"(?-i:RAMQ|MSP|AHCIP|NHIS|NHIF|SHIF|NHIA|BPJS|JKN|FONASA|ISAPRE|IMSS)(?:\s+(?:card|no\b\.?|number|#))?|"
                   # eighth round
                   r"carte\s+vitale|thiqa(?:\s+card)?|(?-i:KVNR|CNS|SNS|TEAM|EHIC)|obra\s+social(?:\s+n[º°])?|"
                   r"versichertennummer|utente(?:\s+(?-i:SNS))?|phil-?health|tessera\s+sanitaria|(?-i:SGK|NFZ)|"
                   r"(?:n[úu]mero\s+de\s+)?utente|" + _PLAN_OTHER,
    "ssn": r"SSN|SS#|(?:social|soc\b\.?)\s*sec(?:urity|\b\.?)(?:\s*(?:number|no\b\.?|#))?",
    "account": r"(?:bank\s+|billing\s+|hospital\s+|patient\s+)?account(?:\s+(?:number|no\b\.?|#))?|"
               r"(?:credit|debit)\s+card(?:\s+(?:number|no\b\.?|#))?|"
               r"IBAN|acct\b|a/c(?:\s*(?:no\b\.?|number|#))?|(?:billing|invoice)\s+(?:number|no\b\.?)|"
               r"(?:billing|invoice|payment)\s+ref\b\.?|(?:bill|receipt)\s*(?:no\b\.?|number|#)|"
               r"(?-i:CLABE|NUBAN|CBU|HAR)|"
               # eighth round
               r"conta(?:\s+corrente)?|cuenta(?:\s+corriente)?|akaun|n[º°o]\.?\s*(?:de\s+)?facture|facture|rachunek|hesap|"
               r"kontonummer|rekeningnummer|" + _ACCOUNT_OTHER,
    "licence": rf"{_DRIVER}(?:\s+(?:number|no\b\.?|#))?|passport(?:\s+(?:number|no\b\.?))?|"
               rf"(?:{_PASSPORT_OTHER})(?:\s*(?:n[º°o]\.?|nr\.?|no\b\.?|#))?|"
               r"(?-i:CDL|AHPRA|MCI|SMC|CRM|NMC|COREN)(?:\s*(?:reg\b\.?|registration))?(?:\s*(?:no\b\.?|#|number))?|"
               r"DEA(?:\s+number)?|NPI|(?-i:DL)(?:\s*(?:no\b\.?|#|number))?|"
               r"lic\b\.?\s*(?:no\b\.?|number|#)|licen[cs]e(?!\s+plate)(?:\s+(?:number|no\b\.?))?|"
               r"(?:birth|death|marriage)\s+(?:certificate|cert\b\.?)(?:\s+(?:number|no\b\.?))?|"
               r"(?-i:CPSO|PRC|LTO|MDCN|KMPDC|HPCSA|SANC|CMQ|BIG|CNH)(?:\s*(?:no\b\.?|#|number|licen[cs]e))?|"
               r"(?:GMC|NMC|HCPC|GDC|GPhC|professional)\s+(?:registration|reg\b\.?)(?:\s+(?:number|no\b\.?|#))?|"
               # eighth round
               r"f[üu]hrerschein(?:-?nr\b\.?)?|prawo\s+jazdy|ehliyet|(?-i:SIM)\s+[ABCD]\d?(?:\s+no\b\.?)?|lesen\s+memandu|"
               r"(?-i:DHA|MOH|DOH|KMPDC|MDCN|HPCSA)\s+(?:licen[cs]e|reg(?:istration)?\b\.?)(?:\s*(?:no\b\.?|number|#))?|"
               r"rijbewijs|permis\s+de\s+conduire|licencia\s+de\s+conducir|s[üu]r[üu]c[üu]\s+belgesi|"
               r"patente\s+di\s+guida|k[öo]rkort|k[øo]rekort|f[øo]rerkort|carta\s+de\s+condu[cç][aã]o|"
               r"carteira\s+de\s+motorista|permiso\s+de\s+conducir|no\.?\s*(?-i:SIM)",
    "vehicle": r"(?:(?:licen[cs]e|number|registration|reg\b\.?)\s+)?plate(?!\s+count)|rego|"
               r"(?:vehicle|veh\b\.?|car|van)\s+reg(?:istration)?\b\.?|"
               r"reg(?:istration)?\b\.?\s*(?:no\b\.?|number|#|mark)|registration|reg\b\.?|"
               r"tag|VIN|(?:vehicle|veh\b\.?|car|bike)\s*(?:no\b\.?|number|#)|"
               # eighth round
               r"plaka|tablica\s+rej(?:estracyjna)?\b\.?|immatriculation|kennzeichen|kenteken|placas?|targa|"
               r"plat\s+nomor|nopol|(?-i:PPU)|patente|nomor\s+polisi|matr[ií]cula|registreringsnummer|"
               r"(?:nr|numer)\s+rejestracyjny|tablica\s+rejestracyjna|nummernschild|no\.?\s*pendaftaran(?:\s+kenderaan)?",
    "device": r"(?:(?:pacemaker|pump|implant|device|generator|sensor|ICD)\s+)?serial(?:\s+(?:number|no\b\.?|#))?|"
              r"model\s*/\s*serial|S/N|IMEI|UDI|device\s+(?:ID|identifier)|(?:lot|batch)\s+(?:number|no\b\.?|#)|"
              # eighth round
              r"n[º°o]\.?\s*de\s+s[ée]rie|n[úu]mero\s+de\s+s[ée]rie|no\.?\s*siri|seriennr\b\.?|seriennummer|serienummer|"
              r"numero\s+di\s+serie|numer\s+seryjny|seri\s+no\b\.?|nomor\s+seri|serienr\b\.?|num[ée]ro\s+de\s+s[ée]rie",
    "other_id": r"(?:study|trial|research|participant|subject|employee|staff|student|badge|"
                r"screening|prison|inmate|case|claim|reference|(?-i:NI)|national\s+insurance)\s+"
                r"(?:ID|number|no\b\.?|#|ref\b\.?)|(?-i:NINO)|"
                r"(?-i:CPF|TFN|BSN|PPSN?|NRIC|DNI|NIE|CURP|CNIC|PAN|MLC|FIR|RFC|NIN|BVN|NIK|RUT|RUN|CUIL|SSS|TIN|SIN|QID)"
                r"(?:\s*(?:no\b\.?|number|#))?|aadhaa?r(?:\s+(?:card|number|no\b\.?))?|"
                r"emirates\s+ID|civil\s+ID|iqama(?:\s+(?:no\b\.?|number))?|ID\s+number|"
                # eighth round
                r"(?-i:PESEL|HKID|NRIC|MyKad|CPR|NIF|CURP|CNIC)|codice\s+fiscale|personnummer|kimlik\s+no\b\.?",
}
# One pass finds every keyword with what connects it to a value (the group's name is the
# category); the value is then matched where the keyword ends. A second pass finds the
# keywords that may follow a value, and the value is looked for just before them.
_VIN_KEYWORD = r"VIN|vehicle\s+identification\s+number"
# After a direct keyword: a value's first character (capital or digit), marked by an empty
# named group so that scanner._keyed can ask that value for more (four digits or more).
_DIRECT_MARK = r"(?-i:(?=\(?[A-Z0-9]))"
_END = r"(?:(?<![A-Za-z0-9])|(?![A-Za-z0-9]))"
# (KEYWORDS_BEFORE, KEYWORDS_AFTER and CODE_CUES are tested first by lower-cased twins that
# find all they find, and more: scanner._lower_twin. Keep a part that does not ignore case,
# "(?-i:…)", out of a negative assertion "(?!…)", "(?<!…)", and letters out of a class "[^…]".)
_KEYWORDS_BEFORE_PARTS = [
    rf"(?P<{category}>(?:{_SPECIFIC[category]}){_END}{_CONNECT}"
    rf"|(?:{_GENERIC[category]}){_END}{_CONNECT_GENERIC}"
    rf"|(?:{_DIRECT[category]}){_END}{_CONNECT_DIRECT}{_DIRECT_MARK}(?P<direct_{category}>))"
    for category in _SPECIFIC] + [rf"(?P<vin>(?:{_VIN_KEYWORD}){_CONNECT})"]
KEYWORDS_BEFORE = re.compile(r"\b(?:" + "|".join(_KEYWORDS_BEFORE_PARTS) + ")", re.IGNORECASE)
# KEYWORDS_BEFORE without the categories before each one (speed: where its lower-cased twin found
# a category's keyword, no category before that one can match, the twin finding all they find).
KEYWORDS_BEFORE_FROM = {
    category: re.compile(r"\b(?:" + "|".join(_KEYWORDS_BEFORE_PARTS[n:]) + ")", re.IGNORECASE)
    for n, category in enumerate([*_SPECIFIC, "vin"])}
KEYWORDS_AFTER = re.compile(
    r"\b(?:" + "|".join(rf"(?P<{category}>{_AFTER[category]})" for category in _AFTER)
    + r")" + _END, re.IGNORECASE)
# One regex per category as well: when the category the combined regex picked finds no value
# ("registration no …" is a licence's or a plate's), the others are tried.
KEYWORDS_BEFORE_EACH = {
    category: re.compile(
        rf"\b(?P<{category}>(?:{_SPECIFIC[category]}){_END}{_CONNECT}"
        rf"|(?:{_GENERIC[category]}){_END}{_CONNECT_GENERIC}"
        rf"|(?:{_DIRECT[category]}){_END}{_CONNECT_DIRECT}{_DIRECT_MARK}(?P<direct_{category}>))",
        re.IGNORECASE)
    for category in _SPECIFIC}
# The first words of those keywords (lower case): the two passes above run only where a word
# of these starts (one alternation tried at every word is slow). Keep in step with _SPECIFIC,
# _GENERIC and _AFTER; tests/phi's corpora exercise every keyword.
# Eighth round: any Unicode letters ("Führerschein", "número"); scanner._keyed also folds
# accents and tries the ASCII letters a word starts with.
WORD = re.compile(r"(?<!\w)[^\W\d_]+")
FIRST_WORDS = word_set("""
blood crossmatch mrn mr medical med hn ur urn emr ehr epr pid hospital chart unit case patient record clinic pt
ssn ss social encounter visit admission episode chi crn health
medicare medicaid medi mbi hicn nhs insurance member beneficiary subscriber policy group
dental plan payer payor insurer carrier coverage benefit benefits enrollee enrolee
tricare champva bupa aetna cigna humana kaiser anthem blue
iban acct billing bank invoice savings checking current guarantor financial payment account
fin credit debit card routing sort ending
passeport passaporto pasaporte passaporte pasaport paszport reisepass paspoort pasport passi folder old new
driver drivers driving dl passport dea npi gmc nmc upin nursing professional state pharmacy
pharmacist firearm firearms gun fishing hunting business licence license lic birth death
marriage adoption naturalisation naturalization residence residency green visa work cert
certificate permit registration
number reg plate vehicle car van truck motorbike motorcycle scooter boat tag vin chassis
serial sn udi imei meid iccid mac device implant pump pacemaker generator model lead sensor
bomba pompe pompa insulinpumpe marcapasos stimulateur herzschrittmacher schrittmacher rozrusznik
transmitter icd crt valve stent prosthesis hearing cochlear monitor cgm lot batch catalog
catalogue part ref
id study trial research screening enrolment enrollment randomisation randomization biobank
registry cohort participant subject employee staff badge payroll student pupil inmate prisoner
prison booking military service veteran va national ni identity voter tax tin ein itin sin
alien claim incident police crime report file docket court reference ticket order membership
library specimen sample accession lab requisition kit nino customer client identification
hosp bcbs court legal registered lorry taxi cab bike hatchback saloon sedan pickup suv minibus
tractor caravan campervan jeep coupe moped defibrillator stimulator docket enrollee enrolee
policyholder insured plates rn hpn veh
rego recipient fund insurer hcpc gdc gphc
soc local prontu cart aadhaar aadhar ration coverage carrier payor placa matr
bill receipt deposit transaction cheque council board medico midwifery physiotherapist
expediente historia ficha dossier registro patientennummer fallnummer patientnummer patiëntnummer rekam
phil philhealth carte versichertennummer krankenversicherungsnummer krankenkasse polisnummer
zorgverzekering obra afiliaci utente sozialversicherungsnummer afiliacion carteirinha plano seguro transit kontonummer
rekeningnummer ag conta cuenta cedula fuhrerschein rijbewijs licencia permiso carteira
permis placas patente plat nomor kenteken kennzeichen nummernschild immatriculation tricycle
trike jeepney tuk tuktuk rickshaw okada keke matatu boda ute kombi bus emirates civil iqama nopol targa
resident personalausweis steuer codice identity carn documento num matricula personnummer
personnr fodselsnummer henkil burgerservicenummer sofinummer
br broj historije historija istorije istorija povijesti povijest истории история номер історії історія рақами таърихи
hastane dosya protokol historii pendaftaran cartella journalnummer journalnr processo 病歷號 病历号
住院號 住院号 病案号 カルテ番号 krankenblattnummer dossiernummer sigorta ubezpieczenia kartu
krankenversichertennummer krankenversicherten versicherten versichertennr zorgverzekeringsnummer
verzekerdennummer beneficiario forerkort førerkort kørekort fødselsnummer førerkortnummer compte konto kontonr serienr seri reg
krankenblatt pat patienten tessera carta sygesikringsbevis ghana huduma fuhrerscheinnummer rijbewijsnummer nomor thiqa seriennr seriennummer serienummer numer seri numero n siri prawo
ehliyet lesen akaun facture rachunek hesap fatura conto fattura rekening plaka tablica nr
nombor registreringsnummer surucu kimlik t dowod patente korkort korekort alien sgk nfz
toyota honda nissan hyundai kia ford mazda subaru suzuki maruti mahindra volkswagen vw bmw audi mercedes tesla volvo skoda vauxhall opel peugeot renault citroen citroën fiat chevrolet chevy holden jeep lexus mitsubishi dodge
vegabréf vegabréfs cestovný cestovná cestovní potni паспорт паспорта паспорті пасош пасоша პასპორტი անձնագիր
""")
# Fifth round: keywords' first words that count only as written (acronyms of other countries'
# numbers, "Our ref"): lower-case "pan", "our", "trust" are everyday words.
FIRST_WORDS_EXACT = word_set("""
PAS IPD OPD IP OP CR MRD RCH UHID NHI Ins INS IHI ABHA PMJAY ESIC CGHS OHIP PHN HCN DVA BSB CDL
AHPRA MCI SMC CRM COREN KMC DMC MMC TNMC CREMESP CRO CRF NMBA MCNZ MCC CPSO ECHS RSBY MLC FIR UPI HCPC GMC NMC CPF RG PAN TFN BSN PPS PPSN NRIC DNI NIE NIF CURP RUT CNIC NID CNS UR
Ur Our Your OUR YOUR Trust District Local LOCAL
HC NHC IPP NIP RM RAMQ MSP AHCIP NHIS NHIF SHIF NHIA BPJS JKN FONASA ISAPRE IMSS ISSSTE
AHV AVS KVNR SSNIT CLABE NUBAN CBU CVU HAR PRC LTO MDCN KMPDC HPCSA SANC CMQ CPSBC CPSA BIG LANR RPPS
ADELI DHA DOH MOH CNH SNS RFC INE NIN BVN NIK KTP RUN CUIL CUIT RRN QID SSS UMID PSN NIR TIN SIN KRA
SGK EHIC GHIC No NO SIM PPU PESEL KELA AOK TK NIDA NICOP POC HKID MyKad CPR TCKN NIC KVNR SGK NFZ CNAM AMO CSS TEAM EHIC A
VRN VRM
""")
# Single letters that start a keyword only before "/" or "." ("a/c", "M.R.N."): not in
# FIRST_WORDS, where every article "a" would try the keyword regexes.
LETTER_KEYWORDS = frozenset({"a", "m", "s"})  # "s": "S/N" (not every possessive "'s")
VALUE = re.compile(ID_VALUE + r"(?![\w-])")
VALUE_PLATE = re.compile(PLATE_VALUE + r"(?![\w-])")
VALUE_BEFORE = re.compile(rf"(?<![\w./+-]){ID_VALUE}{_BEFORE_KEYWORD}\Z")
VALUE_SSN_BEFORE = re.compile(rf"(?<![\w./-])(?P<v>\d{{3}}[-–‑ ]?\d{{2}}[-–‑ ]?\d{{4}}){_BEFORE_KEYWORD}\Z")
VALUE_PLATE_BEFORE = re.compile(rf"(?<![\w./+-]){PLATE_VALUE}{_BEFORE_KEYWORD}\Z")
# Sixth round: a device's MAC address ("00:1A:2B:3C:4D:5E", "00-1A-2B-3C-4D-5E").
MAC_ADDRESS = re.compile(r"[0-9A-Fa-f](?<=(?<![\w:-])[0-9A-Fa-f])[0-9A-Fa-f]([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w:-])")
# A VIN: 17 characters without I, O and Q, with letters and digits.
VIN = re.compile(r"[A-HJ-NPR-Z0-9](?<!\w[A-HJ-NPR-Z0-9])(?:(?<=[A-HJ-NPR-Z])(?=[A-HJ-NPR-Z0-9]*\d)"
                 r"|(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z][A-HJ-NPR-Z0-9]*\d))[A-HJ-NPR-Z0-9]{16}\b")
LONG_NUMBER = re.compile(r"\d(?<![\w.,/-]\d)\d{7,}(?![\w/-]|[.,]\d)")
# Item 18's catch-all: a code shaped like an identifier that no keyword announces. Capitals and
# digits (with inner hyphens or slashes), six characters or more, with a run of four digits or
# six digits in all, and at least one capital; or three groups of digits, eight or more in all.
# Clinical codes have short digit runs (BRCA1, CYP2D6, JAK2V617F, COVID-19, HLA-B27, T2N0M0,
# PPSV23, CURB-65, ICD-10, I21.4, HbA1c) and so do not match; those that do are dropped below.
CODE = re.compile(
    # (ninth round, speed: the first character is matched first, so that the engine skips to the
    # capitals and digits; what was asserted before it is asserted in a lookbehind over it)
    r"[A-Z0-9](?<=(?<![\w./*:+-])[A-Z0-9])(?:"
    r"(?<=(?=[A-Z0-9/-]*[A-Z])(?=[A-Z0-9/-]*(?:\d{4}|(?:\d[A-Z/-]*){6}))[A-Z0-9])"
    r"[A-Z0-9]*(?:[-/][A-Z0-9]+)*"
    r"|(?<=\d)\d{1,5}-\d{2,6}-\d{2,6}(?:-\d{1,6})?"
    r")(?![\w*+]|[./:-]\w)")
# Codes that are the literature's or the clinic's, not a person's: trial registrations,
# drug-development codes, vaccine and assay names, product and drug codes after their label.
CLINICAL_CODE = re.compile(
    r"(?:NCT\d{8}|ISRCTN\d{8}|ACTRN\d{14}|CHICTR[-\w]*|DRKS\d{8}|UMIN\d{9}|CTRI/[\d/]+|"
    r"EUCTR[-\w]*|PACTR\d+|JPRN[-\w]*|IRCT\w*|KCT\d+|NTR\d+|"
    r"(?:AZD|MK|BMS|GS|ABT|LY|PF|RO|BI|GSK|JNJ|SAR|TAK|BAY|INCB|CC|REGN|MEDI|AMG|BGB|ONO|"
    r"MLN|PCI|GDC|ARRY|ABBV|CNTO|BIIB|LGX|BYL|INC|TAS|SGN|IMC|DS|CAB|GLPG|TMC|VX|EDP|"
    r"NVP|STI|CGP|PKC|LEE|LDK|ACP|APL|AVB|AG|BLU|CPI|ALXN|ALN|ISIS|IONIS|ADU|RG)"
    r"-?\d{3,7}[A-Z]?|"
    # thirteenth round (fresh16): a claim form's name ("CMS-1500", "UB-04", "HCFA 1500")
    r"(?:CMS|HCFA|UB)-?\d{2,4}|"
    r"(?:PCV|PPSV|HPV|HIV|HCV|HBV|HSV|HHV|CMV|EBV|COVID|SARS|MERS|H\d+N\d+|PCR|ELISA|"
    r"CD|IL|HLA|CYP|ICD|DSM|SF|EQ|PHQ|GAD|CURB|QRISK|CHA\d?DS\d?|ECOG|NYHA|TNM|FIGO|"
    r"ASA|GCS|APACHE|SOFA|MELD|BCLC|WHO|ISUP|AJCC)[-\d/A-Z]*)$")
CODE_LABEL_BEFORE = re.compile(r"\b(?:NDC|LOINC|SNOMED(?:\s+CT)?|CPT|HCPCS|ICD(?:-\d+)?(?:-CM|-PCS)?|"
                               r"RxNorm|ATC|OPCS|DRG|HGNC|OMIM|PMID|PMCID|DOI|ISBN|ISSN|"
                               # ninth round: trial registries
                               r"NCT|ISRCTN|EudraCT|CTRI|ACTRN|DRKS|ChiCTR|JRCT|UMIN|PACTR|"
                               r"rs|doi)\s*[:#]?\s*$", re.IGNORECASE)
# The category of such a code, from the nearest word before it on its line that names one
# ("DL: A1234567" -> a licence, "insurance card A1234567" -> a health plan number).
CODE_CUES = re.compile(
    r"\b(?:(?P<mrn>MRN|M\.R\.N|MR|med(?:ical)?\.?\s+rec(?:ord)?s?|chart|hospital|hosp|EHR|EMR|EPR|"
    r"record|unit\s+number|case[\s-]+note|(?-i:PAS|UHID|NHI|IPD|OPD|MRD)|local\s+ID|expediente|"
    r"historia\s+cl[ií]nica|hosp(?:ital)?\.?\s+file|"
    # ninth round: a record's file in other languages and Africa's folder
    r"processo|folder|dossier|cartella|ficha)"
    r"|(?P<health_plan>(?:insur\w*|Medicare|Medicaid|Medi-Cal|NHS|health|benefits?)(?:\s+(?:card|"
    r"certificate|policy|member|plan))?|policy|member|plan|payer|payor|beneficiar\w*|"
    r"subscriber|coverage|group/member|BCBS|HPN|(?-i:Ins|IHI|ABHA|DVA)|benefits?\s+ID|medical\s+aid|"
    r"phil-?health|(?-i:OHIP|RAMQ|MSP|NHIS|NHIF|SHIF|BPJS|FONASA|IMSS)|"
    # ninth round: insurance cards in other languages ("Tessera TEAM", "carte d'assuré", "NSS")
    r"tessera|assur[ée]e?|versicherten\w*|krankenkasse|mutuelle|(?-i:NSS|SIS|TEAM|CNSS|AMO))"
    r"|(?P<account>account|acct|a/c|bank|billing|IBAN|invoice|card|bill|receipt|(?-i:CLABE|NUBAN|CBU|HAR)|transit|"
    r"bankgiro|plusgiro|konto|compte|conto|cuenta)"
    r"|(?P<licence>licen[cs]\w*|lic|DL|CDL|passport|passeport|passaporto|pasaporte|passaporte|pasaport|paszport|certificate|cert|DEA|NPI|permit|visa|AHPRA|CRM|MCI|GMC|NMC|council|"
    r"(?-i:CPSO|PRC|LTO|MDCN|HPCSA|CNH|PMDC|KMPDC|MDCN))"
    r"|(?P<vehicle>plates?|reg|registration|registered|VIN|vehicle|car|van|truck|motorbike|scooter|(?-i:SPZ)|"
    r"taxi|lorry|placas?|tricycle|jeepney|plaque|targa|kenteken|kennzeichen)"
    r"|(?P<device>model\s*/\s*serial|serial|S/N|SN|IMEI|UDI|device|implant|pump|pacemaker|lot|"
    r"batch|model|sensor|generator|(?-i:MAC)|matricola|s[ée]rie|seriennummer|serienr)"
    r"|(?P<other_id>study|trial|research|participant|subject|employee|staff|student|prison\w*|"
    r"inmate|badge|case|claim|reference|ref|NI|MLC|FIR|Aadhaa?r|PAN|TFN|ID|"
    r"(?-i:NIN|RFC|CURP|BVN|NIK|RUT|SSS|TIN|SIN|PPSN?)))\b", re.IGNORECASE)
# What may sit between a code and a keyword after it that names it ("X92 = Medicaid ID",
# "D895 [insurance policy no]", "564-1377 is the Hosp # on file").
CODE_CUE_AFTER = re.compile(r"[ \t]*(?:(?:<-|←|[(\[=:,–—/~-]|->|→)[ \t]*)?(?:(?:is|was|being|per|see)\s+)?"
                            r"(?:(?:the|his|her|their|its|a|an)\s+)?(?:patient['’]s\s+)?",
                            re.IGNORECASE)
# A unit after a number makes it a measurement, never an identifier.
UNIT_AFTER = re.compile(r"[ \t]*(?:%|(?:mg|mcg|µg|ug|g|kg|mL|ml|dL|L|mmol|umol|µmol|nmol|pmol|mEq|"
                        r"IU|iu|units?|U|ms|sec|min|h|hrs?|hours?|days?|mmHg|cmH2O|cm|mm|km|bpm|cc|mls|"
                        r"copies|cells|mOsm|ng|pg|atm|kPa|Gy|cGy|MBq|mSv|kcal|steps|"
                        # sixth round: money ("bill 45000 INR")
                        r"INR|Rs|rupees|USD|dollars|EUR|euros|GBP|pounds|AUD|BRL|reais|lakhs?)\b)")
# A UK National Insurance number ("AB 12 34 56 C") and a US Medicare Beneficiary Identifier
# ("1EG4-TE5-MK73"): shapes of their own, flagged anywhere.
NI_NUMBER = re.compile(r"[A-CEGHJ-PR-TW-Z](?<!\w[A-CEGHJ-PR-TW-Z])[A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")
MBI = re.compile(r"[1-9](?<!\w[1-9])[A-Z][A-Z0-9]\d-?[A-Z][A-Z0-9]\d-?[A-Z]{2}\d{2}\b")
# A British registration plate (two letters, two digits, three letters): flagged anywhere.
UK_PLATE = re.compile(r"[A-HJ-PR-Y](?<!\w[A-HJ-PR-Y])[A-HJ-PR-Y]\d\d\s?[A-HJ-PR-Z]{3}\b")
# Fifth round: an IBAN (a country that issues them, two check digits, then groups of four
# capitals or digits, spaced or not: "NL12 ABNA 8779 7896 20", "DE89370400440532013000"), and
# an Australian Medicare number as printed on the card ("2123 45670 1", an IRN after "/").
IBAN = re.compile(r"[A-Z](?<![\w][A-Z])[A-Z]\d\d(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")
IBAN_COUNTRIES = word_set(
    "AD AE AL AT AZ BA BE BG BH BR CH CR CY CZ DE DK DO EE EG ES FI FO FR GB GE GI GL GR GT HR "
    "HU IE IL IQ IS IT JO KW KZ LB LC LI LT LU LV MC MD ME MK MR MT MU NL NO PK PL PS PT QA RO "
    "RS SA SC SE SI SK SM ST SV TL TN TR UA VA VG XK")
# Brazil's CPF ("123.456.789-09"), India's Aadhaar ("2345 6789 0123"), an Indian plate
# ("MH12AB1234", "KA 01 AB 1234").
CPF = re.compile(r"\d(?<![\w./-]\d)\d{2}\.\d{3}\.\d{3}-\d{2}(?![\w/-]|[.,]\d)")
AADHAAR = re.compile(r"[2-9](?<![\w./-][2-9])\d{3} \d{4} \d{4}(?![\w/-]|[.,]\d| \d)")
IN_PLATE = re.compile(r"[A-Z](?<![\w][A-Z])[A-Z][ -]?\d{1,2}[ -]?[A-Z]{1,3}[ -]?\d{4}\b")
IN_STATES = word_set("AP AR AS BR CG CH DD DL GA GJ HR HP JH JK KA KL LA MH ML MN MP MZ NL OD OR "
                      "PB PY RJ SK TN TR TS UK UP WB")
MEDICARE_AU = re.compile(r"[2-6](?<![\w/.-][2-6])\d{3} \d{5} \d(?:/\d)?(?![\w/-]|[.,]\d)")
# Seventh round: plates whose shape is their country's alone, flagged anywhere: Ireland
# ("211-DL-79611": year, county, number), Mexico ("LJW-566-K"), South Africa ("HC 77 PU GP",
# "CY 355-823", "ND 123-456"), Kenya ("KCA 123A"), the Netherlands' side codes ("12-ABC-3",
# "GH-123-K"), California-style ("4JGM917"), Korea ("12가3456").
_IE_COUNTIES = ("C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|TN|TS|W|WD|WH|WX|WW")
PLATE_SHAPES = re.compile(
    rf"(?<![\w/.-])(?:\d{{2,3}}-(?:{_IE_COUNTIES})-\d{{1,6}}"
    r"|[A-Z]{3}-\d{2,3}-[A-Z](?![\w-])"
    r"|[A-Z]{2} \d{2} [A-Z]{2} GP|[A-Z]{3} \d{3} (?:GP|MP|NW|EC|FS|NC|ZN)|C[A-Z]{1,2} \d{3}-\d{3}|N[A-Z] \d{3}-\d{3}"
    r"|K[A-D][A-Z] \d{3}[A-Z]|KM[A-Z]{2} \d{3}[A-Z]|[A-HJ-NP-TV-Z]{2}-\d{3}-[A-HJ-NP-TV-Z]{2}"
    r"|\d{1,2}-[A-Z]{3}-\d{1,2}|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}"
    r"|[1-9][A-Z]{3}\d{3}"
    r"|\d{2,3}[가-힣] ?\d{4})(?![\w/-]|[.,]\d)")
# A GS1 UDI with its application identifiers ("(01)00884521108421(17)270301(21)4X4C31N").
UDI_GS1 = re.compile(r"\((?:01)\)\d{14}(?:\(\d{2,4}\)[A-Za-z0-9-]{1,20})*")
# Eighth round: a HIBCC UDI, its primary and secondary data ("+H123ABC01/$$3123456A").
UDI_HIBCC = re.compile(r"\+(?<![\w+]\+)[A-Z][A-Z0-9]{3,}(?:/\$\$?[+0-9A-Z]{3,})+(?![\w$])")
# National numbers with a shape of their own: Chile's RUT ("12.345.678-K"), Argentina's
# CUIL/CUIT ("20-12345678-3"), Korea's resident registration number ("900101-1234567"), the
# Emirates ID ("784-1985-1234567-1").
NATIONAL_SHAPES = re.compile(
    r"\d(?<![\w./-]\d)(?:\d?\.\d{3}\.\d{3}-[\dkK]"
    r"|\d-\d{8}-\d"
    r"|\d{5}-[1-4]\d{6}"
    r"|(?<=7)84-\d{4}-\d{7}-\d)(?![\w/-]|[.,]\d)")

# ---------------------------------------------------------------- addresses and codes (2)
# A street's kind, in full or abbreviated (only an abbreviation takes its full stop).
_SUFFIX = (r"(?:(?:Street|Avenue|Road|Boulevard|Lane|Drive|Court|Place|Way|Terrace|Crescent|"
           r"Close|Square|Highway|Parkway|Circle|Row|Gardens|Grove|Mews|Walk|Trail|Alley|"
           r"Estate|Pike|Turnpike|Causeway|Bypass)\b|(?:St|Ave|Rd|Blvd|Ln|Dr|Ct|Pl|Sq|Hwy|Pkwy|Cir|Tpke)\b\.?)")
_UNIT = r"(?:,?\s+(?:Apt|Apartment|Unit|Flat|Suite|Ste|Floor)\.?\s*#?[A-Za-z0-9]+)"
# Seventh round: a lot or a plot before the number ("Plot 649 Awolowo Way", "Blk 4 Lot 861,
# Rizal St.", "Stand 1123 …", "Erf 88 …", "No. 12 …"), a Canadian unit and number ("4-769
# O'Connell Crescent"), a quadrant after the street ("769 Jasper Ave NW").
_LOT = r"(?:(?:Lot|Plot|Stand|Erf|House|Building|Bldg\.?|Bina|Edificio|Gebäude|Blk\.?|Block|Villa)(?:\s+No\.?)?|No\.?|Nr\.?|Km)"
# The number and the street are found first (a digit starts them: cheap); what may stand before
# the number is looked for after (ADDRESS_PREFIX_BEFORE): "Flat 4, 576 …", "Unit 26/590 …",
# "Blk 4 Lot 861 …", Australian "26/590 Wattle Avenue", Canadian "4-769 …" (unit, number).
ADDRESS_PREFIX_BEFORE = re.compile(
    rf"(?:\b(?:Flat|Apt\.?|Apartment|Unit|Suite|Room|Blk\.?|Block|Bldg\.?|Building|Villa|Phase|Purok)\s+[A-Za-z0-9]{{1,5}}"
    rf"(?:,?\s+|/))?(?:\b{_LOT}\s+)?(?:\b(?<!/)\d{{1,4}}[A-Za-z]?[/-])?\Z")
ADDRESS = re.compile(
    rf"\d(?<!\w\d)\d{{0,4}}[A-Za-z]?,?\s+(?:(?:North|South|East|West|N|S|E|W)\.?\s+)?"
    rf"(?:[A-Z][\w'’.-]*\s+){{0,3}}(?:[A-Z][\w'’-]+|\d{{1,3}}(?:st|nd|rd|th))\s+{_SUFFIX}"
    rf"(?:\s+(?:NW|NE|SW|SE)\b)?{_UNIT}?")
# Seventh round: a chain of a dwelling and its block, tower or street, as the Gulf, Asia and
# Africa write an address ("Villa 23, Street 14", "Flat 4B, Block C", "Apartment 1203, Tower
# 2"), and Japan's block numbers before the district ("3-2-1 Nishi-Shinjuku").
ADDRESS_CHAIN = re.compile(
    r"\b(?:Flat|Apartment|Apt\.?|Villa|House|Building|Bldg\.?|Unit)\s+(?:No\.?\s*)?[A-Z0-9][A-Za-z0-9-]{0,5}"
    r"(?:,?\s+(?:Block|Blk\.?|Tower|Building|Bldg\.?|Floor|Street|St\.?|Road|Rd\.?|Wing|Phase|Sector|Compound)"
    r"\s+(?:No\.?\s*)?[A-Z0-9][A-Za-z0-9-]{0,4}\b|,[ \t]*(?:\d{1,2}|G|LG|UG)/F\b){1,3}"
    r"|\b\d{1,2}-\d{1,2}-\d{1,3}[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b"
    # eighth round: a Malaysian or Singaporean block and its estate ("Blok C-7-3, Pangsapuri
    # Seri Mawar", "Block 12-04, Taman Sri Indah")
    r"|\bBlok\s+[A-Z0-9][A-Za-z0-9-]{0,5}\s+No\.?\s*\d{1,4}[A-Za-z]?\b"
    r"|\b(?:Blok|Block|Blk\.?|Unit|Lot|No\.?)\s+[A-Z0-9][A-Za-z0-9-]{0,7},?\s+(?:Pangsapuri|Kondominium|Taman|Residensi|"
    r"Apartment|Apartments|Flats|Mansions|Towers|Residences|Condominium|Kampung|Desa|Jalan|Lorong|Persiaran)"
    r"(?:\s+[A-Z][A-Za-z]+){1,3}(?:\s+\d{1,3}(?:/\d{1,3})?)?")
# The forms of a street address as other countries write it, each with the words a text must
# hold for it to match anywhere (none: always tried). ADDRESS_FOREIGN is all of them, in order;
# address_foreign(text) leaves out those a text cannot hold (speed: each form is tried at every
# capitalised word; a form that cannot match changes no match of the others).
_ADDRESS_FOREIGN_FORMS = (
    ((), r"\b(?:(?:No\.?|Nr\.?|Lot)\s*)?(?:\d{1,5},?\s+)?(?:Rue|Calle|Via|Viale|Avenida|Rua|Piazza|Plaza|Carrer|"
     # eighth round: Polish ("ul. Długa 34/9", "al. Jana Pawła II 12"), Malay ("Lorong …", "Persiaran …")
     r"ul\.|Ul\.|al\.|pl\.|os\.|Lorong|Persiaran|Lebuh|Rua\s+d[aeo]s?|"
     # seventh round: more of Latin America, Spain, Portugal and Indonesia ("Av. Providencia
     # 1234", "Calzada …", "Carrera 7 # 45-10", "Jl. Sudirman No. 5", "Jalan …")
     r"Av\.|Avda\.|Calzada|Carrera|Cra\.|Camino|Paseo|Pasaje|Travessa|Estrada|Alameda|Jl\.|Jln\.|Jalan|"
     # twenty-first round (fresh42): Spain's abbreviations ("C/ Real, 14", "Pza. Mayor 3", "Ctra. de Ronda 8"),
     # Romania's and Moldova's kinds before the name, with "nr." ("str. Morii nr. 12", "Bd. Unirii nr. 4");
     # not "bd.", twice a day
     r"C/|Pza\.|Ctra\.|Pº|str\.|Str\.|Strada|strada|Bd\.|Bdul\.|Bulevardul|Calea|Șos\.|Şos\.|Aleea)\s+"
     r"(?:(?:de|del|de la|de las|de los|da|do|das|dos|della|du|des|la|le|dei|las|los)\s+)?[A-Z][\w'’-]+"
     r"(?:\s+(?:(?:de|da|do|das|dos|del|di|la)\s+)?(?!No\b|N[º°o]\b)[A-Z][\w'’-]+){0,2}(?:,?\s+(?:#[ ]?|No\.?[ ]?|N[º°o]\.?[ ]?|n[º°]\.?[ ]?|[Nn]r\.[ ]?)?"
     r"(?:\d{1,4}|\d{5}(?![ \t]+[A-ZÀ-Þ]))(?!\d)[a-z]?(?:-\d{1,4})?|\s+s/n\b)?"
     r"(?:,?\s+(?:Depto|Dpto|Apto|Apt|Piso|Bloco|Torre|Andar|Casa|Int|Interior|Lote|Quadra|Manzana|Mz|Lt)\.?\s*[A-Za-z0-9-]{1,5}\b)?"),
    (("str.", "straße", "strasse", "weg", "gasse", "platz", "allee", "gracht", "laan", "straat", "vej", "gatan", "gata",
      "veien", "dijk", "singel", "kade", "plein", "steeg", "damm", "ufer", "gade", "vägen"),
     r"\b[A-ZÄÖÜÅØÆ][a-zäöüßåøæé]+(?:str\.|straße|strasse|weg|gasse|platz|allee|gracht|laan|straat|vej|"
     r"gatan|gata|veien|dijk|singel|kade|plein|steeg|damm|ufer|gade|vägen)\s+\d{1,4}[a-zA-Z]?\b"),
    # twenty-first round (fresh42): the Faroese and Icelandic streets named "by", "under", "up in" a
    # place ("Við Gjógv 37", "Undir Heygnum 4", "Uppi í Trøð 2")
    (("Við", "Undir", "Uppi", "Niðri", "Oman"),
     r"\b(?:Við|Undir|Uppi\s+í|Niðri\s+í|Oman\s+fyri)\s+[A-ZÁÍÓÚÝÆØÐÞ][a-záíóúýæøðþ]+(?:\s+[A-ZÁÍÓÚÝÆØÐÞ][a-záíóúýæøðþ]+)?"
     r"\s+\d{1,3}[a-z]?\b(?![.,]?\d)"),
    # eighth round: Indian house and door numbers ("H.No. 12-3-456", "D.No. 4/12")
    (("No",), r"\b(?:H\.?[ ]?No|D\.?[ ]?No|Door[ ]No|House[ ]No)\.?[ \t]*[:.]?[ \t]*\d{1,4}(?:[-/]\d{1,4}){0,3}[A-Z]?\b"),
    # eighth round: German streets after a preposition ("Am Weendespring 7b", "An der Alster 12"),
    # Turkish ones before their kind ("Atatürk Cad. No: 20", "Gül Sok. 5"), Italian "Corso"/"Largo"
    (("Am", "Im", "An", "Auf", "Zum", "Zur", "In", "Unter", "Hinter", "Vor"),
     r"\b(?:Am|Im|An\s+der|An\s+den|Auf\s+der|Auf\s+dem|Zum|Zur|In\s+der|In\s+den|Unter\s+den|Hinter\s+der|Vor\s+dem)"
     r"\s+[A-ZÄÖÜ][a-zäöüß]{3,}(?:-[A-ZÄÖÜ]?[a-zäöüß]+)?\s+\d{1,3}[a-z]?\b(?![.,]?\d)"),
    (("Cad", "Cd.", "Sok", "Sk.", "Bulvar", "Blv."),
     r"\b[A-ZÀ-ÞÇĞİŞ][\w'’-]+(?:\s+[A-ZÀ-ÞÇĞİŞ][\w'’-]+){0,2}\s+(?:Cad(?:desi)?\.?|Cd\.|Sok(?:ak|ağı)?\.?|Sk\.|Bulvarı|Blv\.)(?!\w)"
     r"(?:\s*(?:No|Nr)\s*[:.]?\s*\d{1,4}[A-Za-z]?)?"),
    (("Corso", "Largo", "Vicolo", "Strada"),
     r"\b(?:Corso|Largo|Vicolo|Strada)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},?\s+\d{1,4}[a-z]?\b"),
    # thirteenth round (fresh16): Maltese streets, the kind and an article first ("Triq il-Kbira
    # 41", "Vjal ir-Re Edwardu 12"); Colombian and Venezuelan numbered streets ("Calle 24 #43-56");
    # a Lao village's unit and house ("Ban Nongbone, unit 1, house 143")
    (("Triq", "Vjal", "Sqaq", "Misra", "Pjazza"),
     r"\b(?:Triq|Vjal|Sqaq|Misra[ħh]|Pjazza)\s+(?:(?:il|l|ir|is|it|ix|iż|id|in|iċ|tal|tar|tas|tat|tad|taż|tax|tan)-|ta['’]\s+)?"
     r"[A-ZĠĦŻĊ][\w'’-]+(?:\s+[A-ZĠĦŻĊ][\w'’-]+){0,2},?\s+\d{1,4}[A-Za-z]?\b"),
    (("Calle", "Carrera", "Cra", "Avenida", "Av.", "Transversal", "Diagonal"),
     r"\b(?:Calle|Carrera|Cra\.?|Avenida|Av\.|Transversal|Diagonal)\s+\d{1,3}[A-Z]?(?:\s+Bis)?\s*(?:#|No\.?|N[º°]\.?)"
     r"\s*\d{1,3}[A-Z]?\s*-\s*\d{1,3}\b"),
    (("unit", "Unit", "Nuay"),
     r"\bBan\s+[A-Z][\w'’-]+,?\s+(?:unit|Unit|Nuay)\s+\d{1,3},?\s+(?:house|House|Heuan)\s+(?:No\.?\s*)?\d{1,4}\b"),
    # twentieth round (fresh38): Haitian Creole's streets, the house's number first ("12, Ri Baranquilla")
    ((" Ri ", " Wout ", " Avni "),
     r"\b\d{1,5},?\s+(?:Ri|Wout|Avni)\s+[A-ZÀ-Þ][\w'’-]+(?:\s+(?:d[eiu]\s+)?[A-ZÀ-Þ][\w'’-]+){0,2}"),
)


@functools.lru_cache(maxsize=64)
def _address_foreign(forms: tuple[bool, ...]) -> re.Pattern:
    """The forms kept (True) in one pattern. (Speed: every form starts with a capital, a digit
    or "ul.", "al.", "pl.", "os.", Romanian's "str.", "strada": a word that does not
    is passed over before they are tried.)"""
    kept = [form for keep, (_, form) in zip(forms, _ADDRESS_FOREIGN_FORMS) if keep]
    return re.compile(r"(?=[A-ZÀ-ÞĞİŞ\d]|[uapo][ls]\.|str(?:\.|ada))(?:" + "|".join(kept) + ")")


def address_foreign(text: str) -> re.Pattern:
    """ADDRESS_FOREIGN without the forms whose words `text` does not hold: the same matches."""
    return _address_foreign(tuple(not words or holds(text, words) for words, _ in _ADDRESS_FOREIGN_FORMS))


ADDRESS_FOREIGN = _address_foreign((True,) * len(_ADDRESS_FOREIGN_FORMS))
# Eighth round: in an address field, capitalised words and a number are a street ("Adres:
# Gdańska 5 m. 12", "Osoite: Mannerheimintie 12 B 7").
ADDRESS_FIELD = re.compile(
    r"(?<![\w])(?i:address|adres|adresa|adresse|anschrift|indirizzo|direcci[óo]n|domicilio|endere[çc]o|morada|alamat|"
    r"tirahan|adress|osoite|gatuadress|bosted|woonadres|wohnadresse|residenza|ev\s+adresi)[ \t]*[:=–-][ \t]*"
    r"(?P<v>(?P<w>[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][^\W\d_]*[a-zà-ÿ][^\W\d_]*)(?:[ -][A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][^\W\d_]*[a-zà-ÿ][^\W\d_]*){0,3}\.?"
    r"[ \t]+\d{1,3}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?)"
    r"(?![\w/.-]|[.,]\d)(?![ \t]+(?:lat|years?|yrs?|ans|anni|años|Jahre|tahun|jaar|år)\b)")
# Eighth round: what continues an address after its number — a floor, a flat, a door, a unit
# in any language ("…, piso 36, depto. B", "…, 3° B", "… 34/9", "Westerstraat 41-II", "…, RT
# 03/RW 05", "D: 16", "Wohnung 4", "2e étage", "Kat 3 Daire 7", "Bloco B, apto 52"), and a
# Gulf district after the dwelling ("…, Al Jimi", "…, Al Aziziyah District").
ADDRESS_TAIL = re.compile(
    r"-(?:I{1,3}|IV|hs|bis|ter|huis|boven)\b|[ \t]+(?:bis|ter)\b"
    r"|/\d{1,4}[A-Za-z]?\b(?!/)"
    r"|,?[ \t]+RT[ \t.]*\d{1,3}[ \t]*/[ \t]*RW[ \t.]*\d{1,3}\b"
    r"|,?[ \t]+(?i:piso|depto|dpto|departamento|apto|apartamento|conj|conjunto|andar|bloco|bloque|sala|torre|"
    r"lote|quadra|interior|oficina|wohnung|whg|stock|etage|étage|appt|appartement|escalera|esc|puerta|pta|"
    r"kat|daire|blok|lantai|unit|flat|apt|suite|floor|lok|lokal|mieszkanie|m|d|bus|boîte|bte|int|casa|"
    r"lgh|lägenhet|leil|leilighet|lejl|lejlighed|asunto|as|bt|porta|scala|piano|interno)"
    r"\b\.?[ \t]*:?[ \t]*(?:n[º°o]\.?[ \t]*)?[A-Z0-9][A-Za-z0-9-]{0,4}\b(?![.,]\d)"
    r"|,?[ \t]+\d{1,2}(?:\.?[°ºª]|e|er|ème|\.)[ \t]?(?:[A-Z]\b\.?|(?i:étage|etage|andar|piso|stock|og|kat|esq|dto|dt|frt|"
    r"esquerdo|direito|izq|izda|dcha|dcho|links|rechts|th|tv|mf|sal)\b\.?)"
    r"|-\d{1,3}(?![\d/-]|[.,]\d)|,?[ \t]+#\d{1,3}-\d{1,4}\b|[ \t]+\d{1,3}(?=,[ \t]*#\d)"
    r"|,[ \t]+(?:Al|El)[ \t]+[A-Z][a-z]+(?:[ \t]+(?:District|Area|Quarter))?(?=[ \t]*(?:,|\n|$|[A-Z]))"
    r"|,[ \t]+[A-Z][a-z]+[ \t]+(?:District|Quarter|Neighbourhood|Neighborhood)\b")
# French: the kind in lower case ("12 rue de la Paix", "3 bis avenue Jean Jaurès"); run where a
# text has one of those words.
ADDRESS_FR = re.compile(
    r"\d(?<!\w\d)\d{0,3}(?:[ ]?(?:bis|ter))?,?[ ]+(?:rue|avenue|boulevard|bd|allée|impasse|chemin|quai|route|cours)[ ]+"
    r"(?:de[ ]la[ ]|de[ ]l['’]|du[ ]|des[ ]|de[ ]|d['’])?[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,3}")
# Ninth round: an address as a run of components of any length, separated by commas, in any
# country's order ("Lot 29, Blk 10, Sampaguita St.", "House 408, Street 40, G-7/4", "Flat 302,
# Shanti Kunj Apts, 4th Cross", "Site C, Section 34, No. 2217", "Stand 6654, Ext 8", "Rue du
# Marché aux Herbes 35, boîte 9", "Chemin des Pâquerettes 25"). A component is a dwelling's or a
# plot's word and its number or letter, a street named with its kind after or before it (lower-
# case particles and a title inside: "aux", "des", "Dr."), an ordinal street ("4th Cross"), a
# sector code ("G-7/4"), a box or a floor. scanner._address_runs keeps a run of two components
# with a dwelling's word or a street in it, or one street named kind first with its number.
_DWELLING = (r"Lot|Lote|Blk|Block|Bloco|Bloque|Blok|House|H\.\s?No|Flat|Plot|Stand|Site|Erf|Apt|Apto|"
             r"Apartment|Casa|Mz|Manzana|Door|Villa|Bldg|Building|Qtr|Quarters?|Plot|Shop|Kothi|Chawl")
_PART = (r"Section|Sector|Phase|Ext|Extension|Street|St|Road|Rd|Lane|Gali|Galli|Purok|Sitio|Zone|Km|"
         r"No|Nº|N°|Nr|Unit|Floor|Tower|Wing|Gate|Plot|Sec|boîte|bte|bus|piso|andar|lgh|scala|interno|étage|esc")
_STREET_KIND_AFTER = (r"Street|St|Road|Rd|Avenue|Ave|Close|Crescent|Cres|Cross|Main|Layout|Apts|Apartments|"
                      r"Estate|Court|Ct|Drive|Dr|Lane|Ln|Way|Nagar|Colony|Society|Heights|Towers|Residency|"
                      r"Enclave|Gardens|Downs|Compound|Mansions|Flats|Terrace|Place|Pl|Square|Sq|"
                      r"Boulevard|Blvd|Highway|Hwy|Grove|Mews|Parade|Row|Walk|Extension|Ext|Phase|Town|Township|"
                      r"Pike|Turnpike|Causeway|Bypass")  # tenth round: US pikes
_STREET_KIND_BEFORE = (r"Chemin|Avenue|Av|Avda|Rue|Route|Boulevard|Bd|Allée|Impasse|Quai|Place|Via|Viale|"
                       r"Piazza|Piazzale|Corso|Largo|Vicolo|Calle|Avenida|Carrera|Cra|Rua|Travessa|Praça|"
                       r"Estrada|Alameda|Strada|Jalan|Jln|Jl|Lorong|Sokak|Caddesi|Cad|Rruga|Ulica|Ul|"
                       # tenth round: Irish, Persian, Czech street kinds before the name
                       r"Bóthar|Sráid|Ascaill|Kuche-ye|Kucheh|Kuche|Khiaban-e|Khiaban|Ulice|Náměstí|Třída")
_PARTICLE = r"(?:de|des|du|la|le|les|di|del|della|dei|delle|da|do|dos|das|aux|au|et|y|e|von|van|der|den|al|el|off)"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
# (Each kind of component has its pattern, starting with its word: a word list first lets the
# regex engine skip to the candidates' first letters; the word boundary before is checked by
# scanner._address_runs. The kind-after streets are found from their kind word, then read
# backwards: a run of capitalised words tried at every capital letter was the slowest pattern
# of the scanner.)
ADDRESS_COMPONENTS = {
    "b": re.compile(rf"(?:{_STREET_KIND_BEFORE})\.?[ \t]+(?:(?:{_PARTICLE}|l['’]|d['’])[ \t]*){{0,2}}(?:(?:Dr|Prof|Sr|Sra|Dom|Eng)\.[ \t]+)?"
                    rf"{_CAP}(?:[ \t]+(?:(?:{_PARTICLE})[ \t]+){{0,2}}{_CAP}){{0,4}}(?:,?[ \t]+(?P<n>(?:\d{{1,4}}|\d{{5}}(?![ \t]+[A-ZÀ-Þ]))(?!\d)[A-Za-z]?(?:[-/]\d{{1,4}})?)\b)?"),
    "d": re.compile(rf"(?:{_DWELLING})\.?[ \t]*(?:No\.?[ \t]*)?(?:\d{{1,5}}[A-Za-z]?(?:[-/]\w{{1,4}})*|[A-Z](?:-?\d{{1,4}})?)\b"),
    "p": re.compile(rf"(?:{_PART})\.?[ \t]*(?:\d{{1,5}}[A-Za-z]?(?:[-/]\w{{1,4}})*|[A-Z]\b)"),
    "g": re.compile(r"[A-Z]-\d{1,2}/\d{1,2}\b"),
}
ADDRESS_KIND_AFTER = re.compile(rf"[ \t](?:{_STREET_KIND_AFTER})\b\.?")
ADDRESS_NAME_BEFORE_KIND = re.compile(
    rf"(?:\b(?:off|near|opp\.?|behind)[ \t]+)?(?:\b(?:No\.?[ \t]*)?\d{{1,5}}[A-Za-z]?[ \t]+)?"
    rf"(?:\b\d{{1,3}}(?:st|nd|rd|th)|(?<![\w'’-]){_CAP}(?:[ \t]+(?:{_CAP}|{_PARTICLE}(?=[ \t]+[A-ZÀ-ÖØ-Þ]))){{0,3}})\Z")
ADDRESS_RUN_GAP = re.compile(r"[ \t]*,[ \t]*")
ADDRESS_FR_WORDS = ("rue ", "avenue ", "boulevard ", "bd ", "allée ", "impasse ", "chemin ", "quai ", "route ", "cours ")
# Korean roads ("152 Teheran-ro", "Sejong-daero 110"): run where a text has "-ro", "-gil", "-daero".
ADDRESS_KR = re.compile(r"\b(?:\d{1,4}(?:-\d{1,4})?,?[ ]+)?[A-Z][a-z]+(?:-[a-z]+)?-(?:ro|gil|daero)\b"
                        r"(?:[ ]+\d{1,4}(?:-\d{1,4})?)?")
# Sixth round: a street named without its number after "on", "in", "off" ("his home on Elm
# Street", "lives off Wattle Road"): a street is smaller than a state.
STREET_ONLY = re.compile(
    r"\b(?:on|in|off|along|near)[ \t]+(?:the[ \t]+)?(?P<v>(?:[A-Z][\w'’-]+[ \t]+){1,3}(?:Street|Avenue|Road|Boulevard|"
    r"Lane|Drive|Crescent|Terrace|Close|Parade|Highway|Grove|Mews|Rua|Calle|Avenida)(?![ \t]+(?:Hospital|Clinic|Surgery|Practice|Station)))\b")
PO_BOX = re.compile(r"\b(?:P\.?\s?O\.?\s+Box|Post\s+Office\s+Box|PO\s+Box)\s+\d{1,6}\b",
                    re.IGNORECASE)
_STATES = ("AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|"
           "NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR")
US_STATE_ABBR = frozenset(_STATES.split("|"))
ZIP_AFTER_STATE = re.compile(rf"\b(?:{_STATES}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\.?(?:,?\s+|\s*[-–]\s*)"
                             r"(?P<v>\d{5}(?:-\d{4})?|\d{5}-\d{3}|\d{3}-\d{4}|\d{3}\s?\d{3}|(?!(?:19|20)\d\d)\d{4})(?![\w-])")
# The same in two parts (ninth round, speed): the code is found first, from its first digit
# after a space or a dash, then the state or town before it.
ZIP_AFTER_STATE_CODE = re.compile(r"\d(?<=[\s–-]\d)(?:\d{4}(?:-\d{4})?|\d{4}-\d{3}|\d{2}-\d{4}|\d{2}\s?\d{3}|"
                                  r"(?:(?<=[03-9])|(?<=1)(?!9)|(?<=2)(?!0))\d{3})(?![\w-])")
ZIP_STATE_BEFORE = re.compile(rf"\b(?:{_STATES}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\.?(?:,?\s+|\s*[-–]\s*)\Z")
# Fifth round: Australian states before a postcode ("Fitzroy VIC 3065"), Brazil's CEP by its
# shape ("01310-100"), and the keyword forms of India (PIN code) and Brazil (CEP).
ZIP_AU = re.compile(r"(?P<s>[A-Z](?<![\w][A-Z])[A-Z]{1,2})[ \t]+(?P<v>\d{4})(?![\w/-]|[.,]\d)")
AU_STATES = frozenset({"VIC", "NSW", "QLD", "TAS", "ACT", "NT", "SA", "WA"})
ZIP_BR = re.compile(r"\d(?<![\w/.-]\d)\d{4}-\d{3}(?![\w/-]|[.,]\d)")
ZIP_KEYED = re.compile(r"\b(?:ZIP(?:\s*/\s*postal)?(?:\s*code)?|zipcode|postal\s+code|post\s*code|(?-i:CEP|PIN)(?:\s*code)?|"
                       r"pin\s*code|"
                       # seventh round: other languages' keywords ("Código postal", "C.P.", "PLZ",
                       # "code postal", "Eircode", "kode pos", "postnummer")
                       r"c[oó]d(?:igo|\.)?\s*postal|(?-i:C\.\s?P\.|CP(?=\s*:)|PLZ)|postleitzahl|code\s+postal|eircode|"
                       r"kode\s+pos|postnummer|postnr\.?|"
                       # eighth round: words between the keyword and its code ("Postcode for the
                       # transport booking:", "Post code (from the ID card)", "postal district"),
                       # Polish, Turkish, Malay, Italian, Finnish, Swedish keywords
                       r"post(?:al)?\s*code\s+(?:for|of|on)\s+(?:the\s+|his\s+|her\s+)?[a-z]+(?:\s+[a-z]+){0,2}|"
                       r"post(?:al)?\s*code\s*\([^()\n]{1,30}\)|postal\s+(?:district|area|zone)|"
                       r"kod\s+pocztowy|posta\s+kodu|poskod|codice\s+postale|(?-i:CAP)(?=\s*[:.]?\s*\d{5}\b)|"
                       r"postinumero|postort|code\s+postal)\s*"
                       r"(?:is\s+|of\s+)?[:#-]?\s*(?P<v>\d{5}-\d{3}|\d{4}-\d{3}|\d{3}-\d{4}|\d{2}-\d{3}|\d{7}(?!\d)|"
                       r"\d{3}\s?\d{3}(?!\d)|\d{3}[ ]\d{2}(?!\d)|\d{4}(?![\d-])[ ]?(?-i:[A-Z]{2}\b)|\d{4}(?!\d)|\d{5}(?:-\d{4})?|"
                       r"(?-i:[A-Z]\d{4}[A-Z]{3})|(?-i:[AC-FHKNPRTV-Y]\d{2}|D6W)[ ]?(?-i:[0-9AC-FHKNPRTV-Y]{4})|[A-Z0-9]{2,4}\s?"
                       # twentieth round (fresh37): Iceland's, the Faroes' three digits ("Postcode on the referral: 861")
                       r"[0-9][A-Z0-9]{2}|\d{3}(?![.,:/]\d))(?![\w-])", re.IGNORECASE)
# Thirteenth round (fresh16): a postcode beside its keyword however a table, a note or a
# bracket joins them ("PSČ | NWU 2655 |", "[Postcode -> 529]", "Postcode (896)", "Code postal
# | 4579", "937 75 -- PSČ", "BYS 5125 = Código postal", "4694 is her PSČ"); Malta's and other
# letter-and-digit codes ("QRM 1210").
_TOWN_END_AHEAD = r"(?:[ \t]*(?:[.,;|)\n]|$)|[ \t]+\(|[ \t]{2}|[ \t]+[A-ZÀ-ÖØ-Þ])"
_ZIP_WORD = (r"(?:(?-i:PSČ|PSC|PLZ|CEP|ZIP)|post(?:al)?[ \t]*code|zip[ \t]*code|c[oó]d(?:igo|\.)?[ \t]*postal|"
             r"code[ \t]+postal|postleitzahl|kod[ \t]+pocztowy|codice[ \t]+postale)")
_ZIP_VALUE = r"(?-i:[A-Z]{3}[ ]?\d{4}|\d{3}[ ]\d{2}|\d{3,5}|L-\d{4})"
_ZIP_GLUE = r"[ \t]*(?:[:#=|>(\[\n-]+[ \t]*)*"
# (speed: the keyword is found first, then the value after it or before it)
ZIP_WORD = re.compile(rf"\b{_ZIP_WORD}\b", re.IGNORECASE)
ZIP_VALUE_AFTER_WORD = re.compile(rf"(?:[ \t]*\|)?{_ZIP_GLUE}(?P<v>{_ZIP_VALUE})(?![\w/-]|[.,]\d)")
ZIP_VALUE_BEFORE_WORD = re.compile(
    rf"(?<![\w/.,-])(?P<v>{_ZIP_VALUE})[ \t]*(?:--?|=|->|\||(?i:is)[ \t]+(?i:her|his|their|the)|\(|,)[ \t]*\Z")
# a postcode with its country's letter and a dash, before its town ("L-4242 Esch-sur-Alzette",
# "A-1010 Wien", "CH-8001 Zürich")
LETTERED_POSTCODE = re.compile(
    r"[LABDFICHSP](?<![\w-][LABDFICHSP])(?:(?<=C)[HZ]|(?<=F)L|(?<=L)[VT]|(?<=H)R|(?<=S)[IK]|(?<=P)L|(?<=[LABDFI]))"
    r"-\d{4,5}(?![\w-])"
    rf"(?=[ \t]+[A-ZÀ-ÖØ-ÞĀĒĪŌŪŠŽČŘŁŚŹŻ][^\W\d_]+(?:-[^\W\d_]+)*{_TOWN_END_AHEAD})")
# (scanner._postcodes: ZIP_WORD is tried only in a text holding one of these, lower-case)
ZIP_MORE_HINTS = ("psč", "psc", "plz", "zip", "postcode", "post code", "postal", "leitzahl", "pocztowy")
# Seventh round: an Irish Eircode anywhere, its routing key one of the country's ("X91 AD52",
# "D6W 1234" is not one: the unique part has a letter or starts with one).
EIRCODE = re.compile(r"(?P<k>[AC-FHKNPRTV-Y](?<![\w-][A-Z])(?:\d{2}|6W)) (?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])"
                     r"[0-9AC-FHKNPRTV-Y]{4}(?![\w-])")
EIRCODE_KEYS = word_set(
    "A41 A42 A45 A63 A67 A75 A81 A82 A83 A84 A85 A86 A91 A92 A94 A96 A98 C15 D01 D02 D03 D04 D05 "
    "D06 D07 D08 D09 D10 D11 D12 D13 D14 D15 D16 D17 D18 D20 D22 D24 D6W E21 E25 E32 E34 E41 E45 "
    "E53 E91 F12 F23 F26 F28 F31 F35 F42 F45 F52 F56 F91 F92 F93 F94 H12 H14 H16 H18 H23 H53 H54 "
    "H62 H65 H71 H91 K32 K34 K36 K45 K56 K67 K78 N37 N39 N41 N91 P12 P14 P17 P24 P25 P31 P32 P36 "
    "P43 P47 P51 P56 P61 P67 P72 P75 P81 P85 R14 R21 R32 R35 R42 R45 R51 R56 R93 R95 T12 T23 T34 "
    "T45 T56 V14 V15 V23 V31 V35 V42 V92 V93 V94 V95 W12 W23 W34 W91 X35 X42 X91 Y14 Y21 Y25 Y34 Y35")
_UK_AREAS = ("AB|AL|B|BA|BB|BD|BH|BL|BN|BR|BS|BT|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|"
             "DL|DN|DT|DY|E|EC|EH|EN|EX|FK|FY|G|GL|GU|GY|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|"
             "JE|KA|KT|KW|KY|L|LA|LD|LE|LL|LN|LS|LU|M|ME|MK|ML|N|NE|NG|NN|NP|NR|NW|OL|OX|PA|"
             "PE|PH|PL|PO|PR|RG|RH|RM|S|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|TA|TD|TF|TN|"
             "TQ|TR|TS|TW|UB|W|WA|WC|WD|WF|WN|WR|WS|WV|YO|ZE")
# Eighth round: the postal mark is the code's keyword, not part of it ("〒150-0002" -> "150-0002").
ZIP_JP = re.compile(r"〒[ ]?(?P<v>\d{3}-\d{4})")
# Eighth round: Argentina's CPA anywhere ("B7600FYL": a province letter, four digits, three letters).
ZIP_AR = re.compile(r"[A-HJ-NP-Z](?<![\w-][A-HJ-NP-Z])\d{4}[A-Z]{3}(?![\w-])")
ZIP_BEFORE_TOWN = re.compile(
    r"(?<=, )(?P<v>(?!(?:19|20)\d\d\b)\d{5}|(?!(?:19|20)\d\d\b)[1-9]\d{3}[ ]?(?!IU|ML|MG|KG|BD|OD|PO|IV|IM|SC|PR|MU|UI)[A-Z]{2})"
    r"[ \t]+(?P<t>[A-ZÀ-ÖØ-Þ][^\W\d_]+)(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)?(?![\w-])")
# Ninth round: a postcode and its town on their own, at a field's, a line's or a comma's
# boundary, whatever the country's order: "1206 Genève", "753 22 Uppsala", "4820-275 Fafe",
# "Marikina 1856", "Khayelitsha, 7784", "Mysuru - 570 036". Not a year (19xx, 20xx); the town a
# capitalised word or three that is not an everyday word, a unit or a clinical label
# (scanner._postcode_towns checks).
# (The number is found first, a digit starting it; the town is read after or before it.)
POSTCODE_AT = re.compile(r"\d(?<![\w.,/+-]\d)(?!(?<=1)9\d\d\b|(?<=2)0\d\d\b)(?:\d{3}-\d{3}|\d{2}[ ]\d{2,3}|\d{3,5})(?![\w-]|[.,]\d)")
_TOWN_WORDS = (r"[A-ZÀ-ÖØ-ÞĀĒĪŌŪŠŽČŘŁŚŹŻ][^\W\d_]+(?:[-'’][A-ZÀ-ÖØ-Þa-zß-ÿ][^\W\d_]+)*(?:[ ](?:(?:de|di|la|le|am|an|sur)[ ])?"
               r"[A-ZÀ-ÖØ-ÞĀĒĪŌŪŠŽČŘŁŚŹŻ][^\W\d_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)*){0,2}")
_TOWN_END = r"(?=[ \t]*(?:[.,;|)]|\n|$)|[ \t]+\((?![\d])|[ \t]{2})"  # tenth round: "779 04 Olomouc (per …)"
TOWN_AFTER_POSTCODE = re.compile(rf"[ \t]+(?P<t>{_TOWN_WORDS}){_TOWN_END}")
TOWN_BEFORE_POSTCODE = re.compile(
    rf"(?:^|\n|, |: |\| |\t)[ \t]*(?P<t>{_TOWN_WORDS})[ \t]*(?:,|[ \t]-)?[ \t]*\Z")
# Tenth round: the kind of place or the postcode's word between ("Ban Phai district 40164",
# "Ngaglik, kodepos 55513", "Tabriz, postal code 51877"); tried where such a word ends the window.
TOWN_KIND_BEFORE_POSTCODE = re.compile(
    rf"(?:^|\n|, |: |\| |\t)[ \t]*(?P<t>{_TOWN_WORDS})"
    r",?[ \t]+(?:district|city|town|village|municipality|commune|kecamatan|kabupaten|amphoe|tambon|"
    r"postal[ \t]+code|post[ \t]*code|kodepos|kode[ \t]+pos|(?-i:CP|PLZ|CEP|PSČ))"
    r"[ \t]*(?:,|[ \t]-)?[ \t]*\Z")
TOWN_KIND_HINT = re.compile(r"(?:district|city|town|village|municipality|commune|kecamatan|kabupaten|amphoe|tambon|"
                            r"code|kodepos|pos|CP|PLZ|CEP|PSČ)[ \t]*(?:,|[ \t]-)?[ \t]*\Z")
POSTCODE_FIELD_BEFORE = re.compile(r"(?:^|\n|, |: |\| |\t|(?<=[.?!;])[ ]{1,2})[ \t]*\Z")
UK_POSTCODE = re.compile(rf"(?:{_UK_AREAS})\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{{2}}\b")
CA_POSTCODE = re.compile(r"[ABCEGHJ-NPRSTVXY](?<!\w[ABCEGHJ-NPRSTVXY])\d[ABCEGHJ-NPRSTV-Z]\s\d[ABCEGHJ-NPRSTV-Z]\d\b")
TNM_LIKE = re.compile(r"T[0-4]N\s?\dM", re.IGNORECASE)

# ---------------------------------------------------------------- places (2)
COUNTY = re.compile(r"\b(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+\s+(?:County|Parish|Borough|"
                    r"Township|county|parish)\b")
PLACE_OF = re.compile(r"\b(?:town|village|city|hamlet|suburb|borough|municipality|county|"
                      r"district|township|neighbou?rhood)\s+of\s+"
                      r"(?P<v>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
PLACE_CONTEXT = re.compile(
    r"\b(?:lives?|living|lived|resides?|residing|resided|resident|born|raised|grew\s+up|"
    r"moved|relocated|travell?ed|returned|returning|visiting|visited|native|emigrated|"
    r"immigrated|works?|worked|working)\s+(?:in|to|from|of|at|near)\s+(?:the\s+)?$"
    r"|\b(?:from|near|outside|in)\s+$"
    r"|\b(?:home\s*town|birthplace|place\s+of\s+birth|place\s+of\s+residence|city|town|"
    r"residence|resides)\s*[:=-]\s*$", re.IGNORECASE)
# After a city: "a Fresno resident", "a Wichita native", "Leeds-based".
PLACE_AFTER = re.compile(r"(?:\s+(?:resident|residents|native|local)\b|-(?:based|born)\b)")
HOSPITAL = re.compile(
    r"\b(?:(?:St\.?|Saint)\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|&|the)){0,5}\s+"
    r"(?:Hospital|Medical\s+Cent(?:er|re)|Infirmary|Clinic|Health\s+(?:System|Centre|Center)|"
    r"Hospice|Nursing\s+Home|Care\s+Home|Surgery|Practice|"
    # sixth round: a named school or nursery locates a child ("Greenfield Primary School")
    r"School|Academy|Kindergarten|Nursery|Preschool|Pre-school|Creche|Daycare)\b")
HOSPITAL_GENERIC = word_set("General University Regional Community District County Memorial Teaching Royal "
    "Children's Women's Veterans State City Central National Private Public District "
    "Psychiatric Rehabilitation Cancer Heart Eye Dental Primary Care Tertiary Emergency The "
    "A An Our Their His Her GP Outpatient Day Walk-in Family Medicine Specialist Fertility "
    "Pain Sleep Diabetes Memory Stroke Teaching Military Field Cottage Maternity of and & the "
    "Department Unit Ward Surgical Medical Renal Cardiac St St. Saint "
    # eighth round: a level of care ("Regional Referral Hospital", "Sub-County Hospital", "Health Centre IV")
    "Referral Provincial Sub-County Subcounty Sub-District Level Mission Base Cantonal Municipal "
    # seventh round: a clinic named by what it treats ("the Fracture Clinic", "the Falls Clinic")
    "Fracture Falls Wound Foot Breast Colorectal Vascular Hand Spinal Sexual Health TB HIV Travel "
    "Vaccination Anticoagulation Warfarin Lipid Hypertension Obesity Bariatric Allergy Skin Asthma "
    "Antenatal Postnatal Diabetic Chest Memory Heart Failure Stroke Epilepsy Headache Continence "
    "Urology Cardiology Oncology Respiratory Dermatology Neurology Rheumatology Endocrine Endocrinology "
    "Gastroenterology Haematology Hematology Orthopaedic Orthopedic Paediatric Pediatric Fever Trauma "
    "Dialysis Transplant Liver Kidney Lung Thyroid Ophthalmology ENT Audiology Hearing Vision Dementia "
    "Mental Addiction Methadone Smoking Cessation Weight Nutrition Physiotherapy Rehab Pre-operative "
    "Preoperative Pre-assessment Outpatients Urgent Minor Injuries Injury Specialty Speciality "
    # twentieth round (fresh37): a unit named by the specialty its patients need ("the Geriatrics
    # Day Hospital", "Psychiatry Day Unit", "Obstetrics Clinic", "Elderly Care Hospital")
    "Geriatric Geriatrics Gerontology Psychogeriatric Psychogeriatrics Psychiatry Paediatrics Pediatrics "
    "Obstetrics Obstetric Gynaecology Gynecology Orthopaedics Orthopedics Neonatal Neonatology Nephrology "
    "Pulmonology Hepatology Genetics Genetic Palliative Infectious Diseases Elderly Older Aged Frailty "
    "Neurosurgery Anaesthetics Anesthetics Radiology Immunology Psychology Counselling Counseling")

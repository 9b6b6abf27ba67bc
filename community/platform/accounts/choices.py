"""The lists a member picks their country, time zone and language from (issue 15, defect
12): the profile and join pages show them as menus, and the contract (schemas.py) accepts
only what they hold, so the page, the API and the database agree.

- Countries: the ISO 3166 two-letter codes Babel (CLDR) names, by their English names;
  not the groupings CLDR also lists (EU, UN, "Unknown Region"…).
- Time zones: the menu lists the IANA database's zones of zone.tab (one per place with its
  own clock history: ~420 cities, Africa/Abidjan … Pacific/Wallis) grouped by region; every
  zone of the running system (zoneinfo.available_timezones) is accepted, old names
  included (US/Eastern, Asia/Calcutta…), so a profile saved with one stays valid.
- Languages: the languages clinicians on Rounds write in, each named in its own language
  (CLDR's names, through Babel): a Portuguese speaker finds "Português", not "Portuguese".
"""
from __future__ import annotations

import importlib.resources
import zoneinfo
from functools import lru_cache
from pathlib import Path
from zoneinfo import available_timezones

from babel import Locale, UnknownLocaleError
from babel.dates import get_timezone_location

from community.platform.i18n import _l, current_locale

# CLDR's territories that are not countries a member lives in.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"})
# Zone groups shown in the time zone menu, in this order (UTC first).
ZONE_REGIONS = ("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia",
                "Europe", "Indian", "Pacific")
# BCP 47 tags, in the menu's order: the most used languages of medicine worldwide first.
LANGUAGE_TAGS = (
    "en", "en-GB", "es", "pt", "pt-BR", "fr", "de", "it", "nl", "ar", "zh-Hans", "zh-Hant",
    "ja", "ko", "hi", "bn", "ur", "pa", "ta", "te", "mr", "gu", "ml", "kn", "ne", "si",
    "ru", "uk", "pl", "cs", "sk", "hu", "ro", "bg", "sr", "hr", "sl", "el", "tr", "he",
    "fa", "ps", "sw", "am", "ha", "yo", "ig", "zu", "xh", "af", "so", "id", "ms", "fil",
    "vi", "th", "my", "km", "lo", "sv", "da", "nb", "fi", "is", "et", "lv", "lt", "ga",
    "cy", "ca", "eu", "gl", "sq", "mk", "hy", "ka", "az", "kk", "uz", "mn",
)


@lru_cache(maxsize=1)
def countries() -> tuple[tuple[str, str], ...]:
    """(code, English name), by name."""
    names = Locale("en").territories
    found = [(code, name) for code, name in names.items()
             if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES]
    return tuple(sorted(found, key=lambda pair: pair[1]))


@lru_cache(maxsize=8)
def countries_in(locale: str) -> tuple[tuple[str, str], ...]:
    """(code, name in `locale`), by that name: the country menu in the reader's language
    (the codes of `countries()`)."""
    try:
        names = Locale.parse(locale).territories
    except (ValueError, UnknownLocaleError):
        return countries()
    found = [(code, names.get(code, english)) for code, english in countries()]
    return tuple(sorted(found, key=lambda pair: pair[1].casefold()))


# The time zone menu's groups (IANA's regions), as the reader reads them.
REGION_LABELS = {"Africa": _l("Africa"), "America": _l("America"),
                 "Antarctica": _l("Antarctica"), "Arctic": _l("Arctic"), "Asia": _l("Asia"),
                 "Atlantic": _l("Atlantic"), "Australia": _l("Australia"),
                 "Europe": _l("Europe"), "Indian": _l("Indian Ocean"),
                 "Pacific": _l("Pacific")}


def time_zone_menu() -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    """`time_zone_groups()` with each region's name, and each city's where CLDR names it,
    in the reader's language ("Nueva York", "نيويورك")."""
    cities = _cities_in(current_locale())
    return [(str(REGION_LABELS.get(region, region)),
             tuple((zone, cities.get(zone, city)) for zone, city in zones))
            for region, zones in time_zone_groups()]


@lru_cache(maxsize=8)
def _cities_in(locale: str) -> dict[str, str]:
    if locale == "en":
        return {}
    found = {}
    for _region, zones in time_zone_groups():
        for zone, city in zones:
            if "/" not in zone or zone.count("/") > 1:  # "Argentina / Buenos Aires" stays
                continue
            try:
                name = get_timezone_location(zone, locale=locale, return_city=True)
            except (LookupError, ValueError):
                continue
            if name and name != zone:
                found[zone] = name
    return found


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    return frozenset(code for code, _name in countries())


@lru_cache(maxsize=1)
def time_zones() -> frozenset[str]:
    """Every zone accepted: the system's IANA zones and UTC."""
    return frozenset(available_timezones() | {"UTC"})


def _zone_tab() -> str:
    """zone.tab of the time zone database zoneinfo reads (the system's, or the tzdata
    package's); "" when neither ships it."""
    for folder in zoneinfo.TZPATH:
        path = Path(folder) / "zone.tab"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    try:
        return importlib.resources.files("tzdata").joinpath("zoneinfo/zone.tab").read_text(
            encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return ""


@lru_cache(maxsize=1)
def listed_zones() -> frozenset[str]:
    """The zones the menu shows: zone.tab's (every region zone without it)."""
    every = time_zones()
    listed = {line.split("\t")[2] for line in _zone_tab().splitlines()
              if line and not line.startswith("#") and len(line.split("\t")) > 2}
    return frozenset(listed & every) or frozenset(
        z for z in every if z.split("/", 1)[0] in ZONE_REGIONS)


@lru_cache(maxsize=1)
def time_zone_groups() -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """The menu: ("UTC", (("UTC", "UTC"),)), then (region, ((zone, "City"), …)) per region;
    a city reads as people write it ("America/Argentina/Buenos_Aires" →
    "Argentina / Buenos Aires")."""
    groups: list[tuple[str, tuple[tuple[str, str], ...]]] = [("UTC", (("UTC", "UTC"),))]
    zones = listed_zones()
    for region in ZONE_REGIONS:
        members = sorted(z for z in zones if z.startswith(region + "/"))
        groups.append((region, tuple(
            (z, z.split("/", 1)[1].replace("_", " ").replace("/", " / ")) for z in members)))
    return tuple(groups)


def _own_name(tag: str) -> str:
    locale = Locale.parse(tag, sep="-")
    name = locale.get_display_name(locale) or tag
    if tag == "ka":  # Georgian capitals (Mtavruli) are not how a name starts
        return name
    return name[:1].upper() + name[1:]


@lru_cache(maxsize=1)
def languages() -> tuple[tuple[str, str], ...]:
    """(tag, the language's name in itself)."""
    return tuple((tag, _own_name(tag)) for tag in LANGUAGE_TAGS)


@lru_cache(maxsize=1)
def language_tags() -> frozenset[str]:
    return frozenset(LANGUAGE_TAGS)


def language_name(tag: str | None) -> str:
    if not tag:
        return ""
    found = dict(languages()).get(tag)
    if found is None and tag != "und":
        try:  # a tag outside the menu (a post detected as "zh"): its own name all the same
            found = _own_name(tag)
        except (ValueError, TypeError, UnknownLocaleError):
            found = tag
    return found or tag

"""Rounds in the reader's language: which language a request is shown in, the catalogues
(Flask-Babel over Babel's gettext), and dates, times and numbers formatted per locale.

The shown language is the member's preferred language when Rounds ships it, else the
visitor's choice from the footer (a cookie), else the browser's Accept-Language, else
English; `<html lang>` always names it (`html_lang`). Catalogues live per area in
`community/translations/<area>/<locale>/LC_MESSAGES/messages.po`, so each area's strings are
extracted and translated on their own (see `community/platform/catalogues.py` for extraction,
compilation and the checks); the `.mo` files are compiled from them, never committed.

Every user-facing string goes through `gettext`/`ngettext` (`_`/`_n`) at the moment it is
shown, or `lazy_gettext` (`_l`) when it is a module-level constant. Text a member wrote is
never translated: it keeps the language it was written in (a `lang` attribute on it)."""
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers
from babel.messages.plurals import get_plural
from flask import Flask, Response, current_app, g, has_request_context, redirect, request
from flask.json.provider import DefaultJSONProvider
from flask_babel import (
    Babel,
    force_locale,
    get_locale,
    gettext,
    lazy_gettext,
    lazy_pgettext,
    ngettext,
    pgettext,
)
from flask_babel.speaklater import LazyString
from flask_login import current_user
from markupsafe import Markup, escape

from community.platform.parsing import zone

__all__ = [
    "SHIPPED",
    "_",
    "_l",
    "_lp",
    "_n",
    "_p",
    "current_locale",
    "force_locale",
    "format_date",
    "format_number",
    "gettext",
    "html_lang",
    "is_rtl",
    "lazy_gettext",
    "local_time",
    "member_locale",
    "ngettext",
    "relative_time",
    "shown_locale",
]

_ = gettext
_n = ngettext
_l = lazy_gettext
_p = pgettext  # a message whose words mean different things in different places: a context
_lp = lazy_pgettext

# The languages Rounds is shown in: Babel locale identifiers → BCP 47 tags.
SHIPPED: dict[str, str] = {"en": "en", "es": "es", "pt_BR": "pt-BR", "fr": "fr", "ar": "ar"}
RTL = frozenset({"ar"})
DEFAULT = "en"
COOKIE = "rounds_lang"
TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"
# The language switch's labels: each language in its own name (never translated).
OWN_NAMES = {"en": "English", "es": "Español", "pt_BR": "Português (Brasil)",
             "fr": "Français", "ar": "العربية"}


def init_app(app: Flask) -> None:
    app.config["BABEL_TRANSLATION_DIRECTORIES"] = ";".join(str(d) for d in area_directories())
    app.config.setdefault("BABEL_DEFAULT_LOCALE", DEFAULT)
    Babel(app, locale_selector=shown_locale)
    # Every {% trans %} block is trimmed, as extraction reads it (platform/catalogues.py).
    app.jinja_env.policies["ext.i18n.trimmed"] = True
    app.json = _JSONProvider(app)
    app.jinja_env.globals.update(html_lang=html_lang, is_rtl=is_rtl, shown_locale=shown_locale,
                                 language_switch=language_switch, js_catalogue=js_catalogue,
                                 relative_time=relative_time)
    app.jinja_env.filters.update(number=format_number, date_only=format_date,
                                 relative=relative_time)
    app.add_url_rule("/language/<code>", "i18n.choose", choose_language)


class _JSONProvider(DefaultJSONProvider):
    """JSON that accepts a lazily translated string (a module-level label) as its text."""

    @staticmethod
    def default(o: Any) -> Any:
        if isinstance(o, LazyString):
            return str(o)
        return DefaultJSONProvider.default(o)


def area_directories() -> list[Path]:
    """Each area's catalogue directory (an area is a part of Rounds whose strings are
    extracted together)."""
    if not TRANSLATIONS.is_dir():
        return []
    return sorted(path for path in TRANSLATIONS.iterdir() if path.is_dir()
                  and not path.name.startswith(("_", ".")))


def supported(tag: str | None) -> str | None:
    """The shipped locale for a BCP 47 tag or locale identifier ("pt-BR", "pt", "es-MX",
    "fr_CA" → "pt_BR", "pt_BR", "es", "fr"), or None."""
    if not tag:
        return None
    normal = str(tag).replace("-", "_")
    if normal in SHIPPED:
        return normal
    primary = normal.split("_", 1)[0].lower()
    for locale in SHIPPED:  # a language Rounds ships in one variant (pt → pt_BR)
        if locale.split("_", 1)[0] == primary:
            return locale
    return None


def shown_locale() -> str:
    """The locale this request is shown in (Flask-Babel's locale selector)."""
    if not has_request_context():
        return DEFAULT
    if "shown_locale" in g:
        return g.shown_locale
    chosen = None
    if current_user and current_user.is_authenticated:
        chosen = supported(getattr(current_user, "language", None))
    if chosen is None:
        chosen = supported(request.cookies.get(COOKIE))
    if chosen is None:
        best = request.accept_languages.best_match(list(SHIPPED.values()))
        chosen = supported(best)
    g.shown_locale = chosen or DEFAULT
    return g.shown_locale


def member_locale(language: str | None) -> str:
    """The locale to write to a member in (mail, notifications) from their preference."""
    return supported(language) or DEFAULT


def current_locale() -> str:
    """The locale text is being written in now: the request's, or the one a mail or a socket
    handler forced (`force_locale`)."""
    return str(get_locale() or DEFAULT)


def html_lang() -> str:
    return SHIPPED.get(str(get_locale() or DEFAULT), "en")


def is_rtl() -> bool:
    return str(get_locale() or DEFAULT) in RTL


def language_switch() -> list[tuple[str, str, str, bool]]:
    """(locale, BCP 47 tag, its own name, shown now) for the footer's switch."""
    now = str(get_locale() or DEFAULT)
    return [(locale, tag, OWN_NAMES[locale], locale == now) for locale, tag in SHIPPED.items()]


def choose_language(code: str) -> Response:
    """The footer's switch: remember a visitor's language for a year and go back. A member's
    own preference (account page) wins over it, so a member is not changed by a link."""
    target = request.args.get("next", "/")
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"
    response = redirect(target, code=303)
    locale = supported(code)
    if locale is not None:
        response.set_cookie(COOKIE, locale, max_age=365 * 24 * 3600, samesite="Lax",
                            secure=current_app.config.get("SESSION_COOKIE_SECURE", False),
                            httponly=True)
    return response


# ---------------------------------------------------------------- formatting


def _locale() -> Locale:
    return Locale.parse(str(get_locale() or DEFAULT))


def viewer_zone() -> ZoneInfo:
    """The member's own time zone (UTC for visitors): one clock on every page and the room."""
    if has_request_context() and current_user and current_user.is_authenticated:
        return zone(current_user.time_zone)
    return zone("UTC")


_zone = viewer_zone


def _date_time(local: datetime) -> str:
    """A date and a 24-hour time joined as the locale joins them ("6 dic 2026, 17:30")."""
    locale = _locale()
    day = babel_dates.format_skeleton("yMMMd", local, locale=locale)
    clock = babel_dates.format_skeleton("Hm", local, locale=locale)
    pattern = locale.datetime_formats.get("medium", "{1} {0}")
    return str(pattern).replace("{1}", day).replace("{0}", clock)


def local_time(moment: datetime | None, zone=None, *, with_zone: bool = True) -> Markup:
    """A <time> in the viewer's zone and language ("6 dic 2026, 17:30 CET"), machine-readable
    in UTC."""
    if moment is None:
        return Markup("")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(zone or _zone())
    label = _date_time(local)
    if with_zone:
        label = f"{label} {local.tzname() or ''}".rstrip()
    return Markup('<time datetime="{}">{}</time>').format(moment.isoformat(), escape(label))


def format_date(moment: datetime | None, zone=None) -> str:
    """A date alone in the viewer's language ("6 dic 2026")."""
    if moment is None:
        return ""
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        moment = moment.astimezone(zone or _zone())
    return babel_dates.format_skeleton("yMMMd", moment, locale=_locale())


def relative_time(moment: datetime | None, now: datetime | None = None) -> Markup:
    """"3 hours ago" / "hace 3 horas", with the exact time for a tooltip and machines."""
    if moment is None:
        return Markup("")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    delta: timedelta = moment - (now or datetime.now(UTC))
    label = babel_dates.format_timedelta(delta, add_direction=True, locale=_locale())
    exact = _date_time(moment.astimezone(_zone()))
    return Markup('<time datetime="{}" title="{}">{}</time>').format(
        moment.isoformat(), exact, label)


def format_number(value: float | None, digits: int | None = None) -> str:
    """A number in the viewer's language (1,234.5 / 1.234,5 / ١٬٢٣٤٫٥)."""
    if value is None:
        return ""
    if digits is not None:
        return babel_numbers.format_decimal(value, format=f"#,##0.{'0' * digits}" if digits
                                            else "#,##0", locale=_locale())
    return babel_numbers.format_decimal(value, locale=_locale())


# ---------------------------------------------------------------- the browser's strings


@lru_cache(maxsize=16)
def _js_catalogue(locale: str, stamp: float) -> str:
    path = TRANSLATIONS / "_js" / f"{locale}.json"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def js_catalogue() -> str:
    """The translations of the JavaScript's strings for the shown language, as JSON for a
    <script type="application/json"> (rounds.js's gettext reads it); "" for English."""
    locale = str(get_locale() or DEFAULT)
    if locale == DEFAULT:
        return ""
    path = TRANSLATIONS / "_js" / f"{locale}.json"
    try:
        stamp = path.stat().st_mtime
    except OSError:
        return ""
    return _js_catalogue(locale, stamp)


def js_catalogue_data(translations: dict[str, str | list[str]], locale: str) -> str:
    """The JSON written at compile time: the strings and the locale's plural categories in
    gettext's order (Intl.PluralRules picks the category in the browser)."""
    order = ["zero", "one", "two", "few", "many", "other"]
    # The catalogue's forms follow CLDR's categories in this order ("one", "many", "other"
    # for Spanish; six for Arabic), as Babel writes its Plural-Forms.
    tags = set(Locale.parse(locale).plural_form.tags) | {"other"}
    categories = [tag for tag in order if tag in tags]
    if len(categories) != get_plural(locale).num_plurals:
        categories = order[-get_plural(locale).num_plurals:]
    return json.dumps({"lang": SHIPPED[locale], "plural": categories,
                       "messages": translations}, ensure_ascii=False, sort_keys=True
                      ).replace("<", "\\u003c")  # never a "</script>" inside the page's script

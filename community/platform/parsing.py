"""The small readings every domain shares: ids, yes/no words, page numbers, months and
time zones, and spreadsheet-safe cells. Request shapes live in each domain's schemas.py."""
from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Generic, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# flask_babel itself, not community.platform.i18n (which imports this module).
from flask_babel import gettext as _

from community.platform.errors import ValidationError

# Ids, numbers and pages all fit a 32-bit column; larger values would overflow the driver.
INT_MAX = 2**31 - 1


TRUE_WORDS = frozenset({"1", "on", "true", "yes"})
FALSE_WORDS = frozenset({"0", "off", "false", "no", ""})


def parse_bool(value: object, default: bool | None = None) -> bool | None:
    """A yes/no from a form, a query string or a setting ("1", "on", "true", "yes" and
    their opposites, any case); `default` when absent, None when it is neither."""
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return None


def parse_id(value: object) -> int | None:
    """A database id (1 … INT_MAX) from JSON or a path, or None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        try:
            value = int(value.strip())
        except ValueError:
            return None
    return value if isinstance(value, int) and 0 < value <= INT_MAX else None


def int_field(value: object, field: str, errors: dict[str, list[str]], *,
              minimum: int | None = None, maximum: int | None = INT_MAX,
              label: str | None = None) -> int | None:
    label = label or _("This field")
    if isinstance(value, bool):
        value = None
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        try:  # "--5" and "²" pass isdigit() but are not numbers
            value = int(value.strip())
        except ValueError:
            value = None
    if not isinstance(value, int):
        errors.setdefault(field, []).append(_("%(label)s must be a whole number.", label=label))
        return None
    if minimum is not None and value < minimum:
        errors.setdefault(field, []).append(_("%(label)s must be at least %(minimum)s.",
                                              label=label, minimum=minimum))
        return None
    if maximum is not None and value > maximum:
        errors.setdefault(field, []).append(_("%(label)s must be at most %(maximum)s.",
                                              label=label, maximum=maximum))
        return None
    return value


# ---------------------------------------------------------------- pagination

T = TypeVar("T")


@dataclass
class Page(Generic[T]):
    items: Sequence[T]
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def has_prev(self) -> bool:
        return self.page > 1


def page_number(page: object) -> int:
    errors: dict[str, list[str]] = {}
    number = int_field(page if page is not None else 1, "page", errors, minimum=1,
                       label=_("Page"))
    if errors:
        raise ValidationError(errors)
    return number or 1


# ---------------------------------------------------------------- dates


def add_months(moment: datetime | date, months: int):
    """The same day `months` later (or earlier); the 29th-31st fall back to the month's end."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


# ---------------------------------------------------------------- time zones and exports


@lru_cache(maxsize=256)
def zone(name: str | None) -> ZoneInfo:
    """A member's time zone by name; UTC for an unknown or empty one."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: object) -> object:
    """A cell of an export: text that begins like a spreadsheet formula gets a leading
    apostrophe, so what a member typed never runs when the file is opened (OWASP CSV
    injection). Every text cell of every export goes through here."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value

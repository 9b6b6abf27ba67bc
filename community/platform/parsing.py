"""Field checks shared by every domain: text that is really text, within its limits."""
from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Generic, TypeVar

from community.platform.errors import ValidationError

# C0 controls other than tab, newline and carriage return; PostgreSQL also refuses NUL.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def text_field(value: object, field: str, errors: dict[str, list[str]], *, required: bool = True,
               min_len: int = 0, max_len: int, label: str | None = None) -> str:
    """Return the stripped text, or record what is wrong with it under `field`."""
    label = label or "This field"
    if value is None:
        value = ""
    if not isinstance(value, str):
        errors.setdefault(field, []).append(f"{label} must be text.")
        return ""
    if _CONTROL.search(value) or _LONE_SURROGATE.search(value):
        errors.setdefault(field, []).append(f"{label} contains characters that are not text.")
        return ""
    value = value.replace("\r\n", "\n").strip()
    if not value:
        if required:
            errors.setdefault(field, []).append(f"{label} is required.")
        return value
    if len(value) < min_len:
        errors.setdefault(field, []).append(f"{label} needs at least {min_len} characters.")
    elif len(value) > max_len:
        errors.setdefault(field, []).append(
            f"{label} is {len(value):,} characters; the limit is {max_len:,}."
        )
    return value


# Ids, numbers and pages all fit a 32-bit column; larger values would overflow the driver.
INT_MAX = 2**31 - 1


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
    label = label or "This field"
    if isinstance(value, bool):
        value = None
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        try:  # "--5" and "²" pass isdigit() but are not numbers
            value = int(value.strip())
        except ValueError:
            value = None
    if not isinstance(value, int):
        errors.setdefault(field, []).append(f"{label} must be a whole number.")
        return None
    if minimum is not None and value < minimum:
        errors.setdefault(field, []).append(f"{label} must be at least {minimum}.")
        return None
    if maximum is not None and value > maximum:
        errors.setdefault(field, []).append(f"{label} must be at most {maximum}.")
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
    number = int_field(page if page is not None else 1, "page", errors, minimum=1, label="Page")
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

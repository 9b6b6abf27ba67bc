"""The learner's credit-by-month chart, drawn by the template as inline SVG (the house style of
realtime/room/chart.py): no script, only SVG attributes and CSS classes (the CSP forbids style
attributes), a viewBox that scales to the screen's width, and a table of the same figures
beside it as the text alternative. Amounts arrive in quarters of a credit."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from babel.dates import format_skeleton
from flask_babel import get_locale

from community.credit.models import credits
from community.platform.i18n import _, _n, format_number

WIDTH, HEIGHT = 400, 200
LEFT, RIGHT, TOP, BOTTOM = 34, 392, 12, 168
GAP = 0.2  # share of each month's slot left empty between bars
# Tick steps in quarters (0.25, 0.5, 1, 2, 5, 10, 20, 50… credits): the first that needs no
# more than four steps to reach the busiest month.
_STEPS = [1, 2, 4, 8, 20, 40, 80, 200, 400, 800, 2000, 4000]


@dataclass
class Tick:
    at: float  # x or y in viewBox units
    label: str


@dataclass
class Bar:
    month: date
    quarters: int
    x: float
    y: float
    width: float
    height: float

    @property
    def credits(self) -> float:
        return credits(self.quarters)

    @property
    def label(self) -> str:
        return _n("%(month)s: %(credits)s credit", "%(month)s: %(credits)s credits",
                  1 if self.quarters == 4 else 2, month=month_name(self.month),
                  credits=shown(self.quarters))


@dataclass
class BarChart:
    width: int
    height: int
    bars: list[Bar]
    y_ticks: list[Tick]
    x_ticks: list[Tick]
    summary: str  # the chart's <desc>
    left: int = LEFT
    right: int = RIGHT
    top: int = TOP
    bottom: int = BOTTOM


def amount(quarters: int) -> str:
    """Credits as files write them: 1, 1.25, 0.5 (never 1.0 or 1.250)."""
    return f"{credits(quarters):g}"


def shown(quarters: int) -> str:
    """Credits as the reader writes them: 1, 1.25 / 1,25 / ١٫٢٥ (the `number` filter)."""
    return format_number(credits(quarters))


def month_name(day: date) -> str:
    """"December 2026" / "diciembre de 2026", in the reader's language."""
    return format_skeleton("yMMMM", day, locale=str(get_locale() or "en"))


def month_short(day: date) -> str:
    """"Jan 25" for an axis; Arabic has no short month names, so its axis says "1/25"
    (written out: CLDR's pattern carries right-to-left marks an SVG label reorders)."""
    locale = str(get_locale() or "en")
    if locale == "ar":
        return f"{day.month}/{day:%y}"
    return format_skeleton("yyMMM", day, locale=locale)


def scale_top(peak: int) -> tuple[int, int]:
    """The axis' top and its tick step, in quarters: a round number at or above the peak."""
    step = next((s for s in _STEPS if s * 4 >= peak), _STEPS[-1])
    steps = max(1, -(-peak // step))
    return step * steps, step


def _y(quarters: int, top: int) -> float:
    return round(BOTTOM - (BOTTOM - TOP) * quarters / top, 2)


def _summary(months: list[tuple[date, int]]) -> str:
    total = sum(q for _month, q in months)
    text = _("Credits completed per month, %(first)s to %(last)s: %(total)s in all.",
             first=month_name(months[0][0]), last=month_name(months[-1][0]),
             total=shown(total))
    if not total:
        return text + " " + _("No credit in this period.")
    best_month, best = max(months, key=lambda m: m[1])
    active = sum(1 for _month, q in months if q)
    return f"{text} " + _n("Most in %(month)s (%(credits)s); credit in %(active)s of %(num)d "
                           "month. The table below lists every month.",
                           "Most in %(month)s (%(credits)s); credit in %(active)s of %(num)d "
                           "months. The table below lists every month.", len(months),
                           month=month_name(best_month), credits=shown(best), active=active)


def monthly_chart(months: list[tuple[date, int]]) -> BarChart | None:
    """Bars for (first day of month, quarters) in order, one slot per month; a month without
    credit keeps its slot with a bar of no height, so the months stay evenly spaced."""
    if not months:
        return None
    top, step = scale_top(max(q for _month, q in months))
    slot = (RIGHT - LEFT) / len(months)
    bars = []
    for i, (month, quarters) in enumerate(months):
        y = _y(quarters, top)
        bars.append(Bar(month, quarters, round(LEFT + i * slot + slot * GAP / 2, 2), y,
                        round(slot * (1 - GAP), 2), round(BOTTOM - y, 2)))
    y_ticks = [Tick(_y(q, top), shown(q)) for q in range(0, top + 1, step)]
    # A label every third month (January, April…) fits a phone's width.
    x_ticks = [Tick(round(b.x + b.width / 2, 2), month_short(b.month)) for b in bars
               if b.month.month % 3 == 1]
    return BarChart(WIDTH, HEIGHT, bars, y_ticks, x_ticks, _summary(months))


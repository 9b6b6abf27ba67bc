"""The attendance chart's geometry, drawn by the template as inline SVG: no script, and only
SVG attributes and CSS classes (the CSP forbids style attributes). The viewBox scales to the
screen's width, so one drawing serves phones and desks."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton
from flask_babel import get_locale

from community.platform.i18n import _, _n, format_number

WIDTH, HEIGHT = 400, 200
LEFT, RIGHT, TOP, BOTTOM = 34, 392, 12, 168


@dataclass
class Tick:
    at: float  # x or y in viewBox units
    label: str


@dataclass
class Chart:
    width: int
    height: int
    area: str  # the step outline of members present, as an SVG path
    y_ticks: list[Tick]
    x_ticks: list[Tick]
    summary: str  # the chart's <desc>
    left: int = LEFT
    right: int = RIGHT
    top: int = TOP
    bottom: int = BOTTOM


def clock(moment: datetime, zone: ZoneInfo) -> str:
    """HH:MM in the viewer's zone, with the viewer's digits (17:30, ١٧:٣٠)."""
    return format_skeleton("Hm", moment.astimezone(zone), locale=str(get_locale() or "en"))


def _y(count: int, peak: int) -> float:
    return round(BOTTOM - (BOTTOM - TOP) * count / max(peak, 1), 1)


def _y_ticks(peak: int) -> list[Tick]:
    values = sorted({0, peak, peak // 2} if peak >= 4 else set(range(peak + 1)))
    return [Tick(_y(v, peak), format_number(v)) for v in values]


def _x_ticks(series: list[tuple[datetime, int]], end: datetime, zone: ZoneInfo) -> list[Tick]:
    """Start, middle and end of the session, in the viewer's clock time."""
    start = series[0][0]
    span = (end - start).total_seconds() or 1
    moments = [start, start + (end - start) / 2, end]
    return [Tick(round(LEFT + (RIGHT - LEFT) * (m - start).total_seconds() / span, 1),
                 clock(m, zone)) for m in moments]


def _summary(series: list[tuple[datetime, int]], end: datetime, bucket: int,
             zone: ZoneInfo) -> str:
    peak_at, peak = max(series, key=lambda p: p[1])
    text = _n("Members in the room per minute, from %(start)s to %(end)s (%(zone)s).",
              "Members in the room per %(num)d minutes, from %(start)s to %(end)s (%(zone)s).",
              bucket, start=clock(series[0][0], zone), end=clock(end, zone), zone=zone.key)
    if peak == 0:
        return text + " " + _("Nobody attended.")
    return f"{text} " + _("Peak: %(peak)s at %(at)s; %(last)s at the end. The table below lists "
                          "each member's attendance.", peak=peak, at=clock(peak_at, zone),
                          last=series[-1][1])


def attendance_chart(series: list[tuple[datetime, int]], end: datetime, bucket: int,
                     zone: ZoneInfo) -> Chart | None:
    if not series:
        return None
    peak = max(n for _moment, n in series)
    step = (RIGHT - LEFT) / len(series)
    path = [f"M{LEFT},{BOTTOM}"]
    for i, (_moment, count) in enumerate(series):
        y = _y(count, peak)
        path.append(f"L{round(LEFT + i * step, 1)},{y}L{round(LEFT + (i + 1) * step, 1)},{y}")
    path.append(f"L{RIGHT},{BOTTOM}Z")
    return Chart(WIDTH, HEIGHT, "".join(path), _y_ticks(peak),
                 _x_ticks(series, end, zone), _summary(series, end, bucket, zone))

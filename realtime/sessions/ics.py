"""iCalendar (RFC 5545) files: one VEVENT per session, times in UTC so every calendar app
shows them in its own zone."""
from __future__ import annotations

import re
from collections.abc import Iterable

from icalendar import Calendar, Event

from community.platform.db import utcnow
from realtime.sessions.models import LiveSession

_TAGS = re.compile(r"<[^>]+>")


def plain(cooked: str) -> str:
    """The description as text: calendar apps do not render our HTML."""
    from html import unescape
    return unescape(_TAGS.sub("", cooked)).strip()


def event(live: LiveSession, url: str, host: str) -> Event:
    item = Event()
    item.add("uid", f"session-{live.id}@{host}")
    item.add("dtstamp", utcnow())
    item.add("dtstart", live.starts_at)
    item.add("dtend", live.ends_at)
    item.add("summary", live.title)
    item.add("description", plain(live.description_cooked))
    item.add("url", url)
    item.add("status", "CANCELLED" if live.state == "cancelled" else "CONFIRMED")
    # RFC 5545 §3.8.7.4: raised on every change of time or cancellation, so a calendar that
    # imported the session before replaces it (the UID stays).
    item.add("sequence", live.sequence or 0)
    return item


def calendar(sessions: Iterable[tuple[LiveSession, str]], host: str, name: str,
             method: str | None = None) -> bytes:
    """`method` (RFC 5546): PUBLISH for a session sent by mail, CANCEL when it is called
    off; None for downloads and feeds."""
    cal = Calendar()
    cal.add("prodid", "-//Rounds//Live sessions//EN")
    cal.add("version", "2.0")
    if method:
        cal.add("method", method)
    cal.add("x-wr-calname", name)
    for live, url in sessions:
        cal.add_component(event(live, url, host))
    return cal.to_ical()

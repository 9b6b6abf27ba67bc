"""Reading the mail the reminders and invitations send (tests/remindmail): the messages the
embedded transport wrote, by kind and recipient, their text, links and attachments."""
from __future__ import annotations

import re
from email.message import EmailMessage
from email.utils import parseaddr
from urllib.parse import urlsplit

from icalendar import Calendar

from tests.support.mail import sent_messages

URL = re.compile(r"https?://[^\s<>\"']+")


def mails(app, kind: str | None = None, to: str | None = None) -> list[EmailMessage]:
    """The messages sent so far, of one kind (X-Rounds-Kind) and to one address."""
    found = []
    for message in sent_messages(app):
        if kind is not None and message["X-Rounds-Kind"] != kind:
            continue
        if to is not None and parseaddr(message["To"])[1].lower() != to.lower():
            continue
        found.append(message)
    return found


def text_of(message: EmailMessage) -> str:
    return message.get_body(("plain",)).get_content()


def html_of(message: EmailMessage) -> str:
    return message.get_body(("html",)).get_content()


def everything(message: EmailMessage) -> str:
    """Every header and both bodies: what a leak test scans."""
    headers = "\n".join(f"{k}: {v}" for k, v in message.items())
    return f"{headers}\n{text_of(message)}\n{html_of(message)}"


def links(message: EmailMessage, containing: str = "") -> list[str]:
    """The message's links (text body) as paths on the site, for the test client."""
    return [_path(u) for u in URL.findall(text_of(message)) if containing in u]


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def attachments(message: EmailMessage, content_type: str | None = None) -> list:
    return [part for part in message.iter_attachments()
            if content_type is None or part.get_content_type() == content_type]


def calendar_of(message: EmailMessage) -> Calendar:
    """The attached .ics, parsed."""
    (part,) = attachments(message, "text/calendar")
    data = part.get_payload(decode=True)
    return Calendar.from_ical(data)


def event_of(message: EmailMessage):
    calendar = calendar_of(message)
    (event,) = calendar.walk("VEVENT")
    return calendar, event

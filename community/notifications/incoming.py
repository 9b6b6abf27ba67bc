"""Reply by email: a topic notification's mail carries a reply address of its recipient,
`reply+<token>@<reply domain>`, whose token signs (member, post); a mail sent to it becomes
that member's reply to the post's topic.

Mail arrives whole (RFC 5322 bytes) through `receive(db, raw, recipients)`, called by the
endpoint POST /api/v1/mail/incoming (a mail server pipes to it with the shared secret, as
Discourse's mail receiver does) and by the SMTP listener `rounds mail receive` (receiver.py).

- Mail that answers mail (Auto-Submitted, Precedence bulk/junk/list, bounces, our own
  Message-IDs) is ignored without an answer: nothing ever loops.
- A message delivered twice (the same Message-ID) is handled once.
- A token that does not verify, or a From that is not the member's address: refused, and
  the sender told once (an unknown address gets at most one refusal, ever).
- The text part (or the HTML part made text) loses the quoted thread and the signature, and
  is posted through the same service as a reply on the page (boards.service.reply: trust
  level, silence, rate limits, locked and restricted topics, verification); the identifiers
  the PHI scanner finds refuse it, listed. Every refusal is answered by mail, saying why.

The caller commits (the unit of work holds the reply, the record and the refusal mail).
"""
from __future__ import annotations

import base64
import email.policy
import hashlib
import hmac
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr
from html import unescape
from html.parser import HTMLParser

from flask import current_app
from itsdangerous import Signer
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from community.boards import policy as boards_policy
from community.boards import service as boards
from community.boards.models import Post
from community.mail.service import queue_mail, written_for
from community.notifications.models import IncomingMail
from community.platform.accounts.models import User
from community.platform.errors import DomainError, ValidationError
from community.platform.i18n import _, _l
from community.platform.phi import CATEGORIES, scan

log = logging.getLogger(__name__)
REFUSAL_KIND = "mail_refusal"
REFUSAL_TEMPLATE = "reply_refused"
# Links are what forum replies cite (a paper, a guideline): a web address alone does not stop
# a reply; every other Safe Harbor category the scanner finds does.
ALLOWED_FINDINGS = frozenset({"url"})
_TOKEN = re.compile(r"^([0-9a-f]{1,12})-([0-9a-f]{1,12})-([a-z2-7]{16})$")
_OUR_MESSAGE_ID = re.compile(r"[0-9a-f]{24}\.[a-z_]{1,40}")
_REPLY_ADDRESS = re.compile(r"^reply\+([^@]+)@(.+)$", re.IGNORECASE)


# ---------------------------------------------------------------- the reply address


def _signature(user_id: int, post_id: int) -> str:
    signer = Signer(current_app.secret_key, salt="rounds.reply-by-mail",
                    digest_method=hashlib.sha256)
    mac = signer.algorithm.get_signature(signer.derive_key(),
                                         f"{user_id}:{post_id}".encode())
    # 80 bits, lower-case base32: mail systems may change the case of a local part.
    return base64.b32encode(mac[:10]).decode().lower()


def reply_token(user_id: int, post_id: int) -> str:
    """The token of (member, post): hex ids and a signature, 20–40 characters."""
    return f"{user_id:x}-{post_id:x}-{_signature(user_id, post_id)}"


def read_reply_token(token: str) -> tuple[int, int] | None:
    """(user id, post id) of a token signed by this site, or None."""
    token = (token or "").strip().lower()
    match = _TOKEN.match(token)
    if match is None:
        return None
    user_id, post_id = int(match.group(1), 16), int(match.group(2), 16)
    # The whole token as this site writes it (no other spelling of the same ids).
    if not hmac.compare_digest(token, reply_token(user_id, post_id)):
        return None
    return user_id, post_id


def reply_domain() -> str:
    return current_app.config["SETTINGS"].mail_reply_domain


def reply_address(user_id: int, post_id: int) -> str:
    return f"reply+{reply_token(user_id, post_id)}@{reply_domain()}"


def is_reply_address(address: str) -> bool:
    """An address of the form reply+…@<our reply domain> (the SMTP listener accepts only
    those)."""
    match = _REPLY_ADDRESS.match((address or "").strip().strip("<>"))
    return match is not None and match.group(2).lower() == reply_domain().lower()


# ---------------------------------------------------------------- receiving


@dataclass
class Received:
    """What became of a message: posted (reply_id), refused (reason, answered by mail),
    ignored (automatic mail, nothing answered) or duplicate (handled before)."""

    outcome: str
    reason: str = ""
    reply_id: int | None = None
    topic_id: int | None = None
    findings: list[dict] = field(default_factory=list)


class _Refusal(Exception):
    """`reason`: a lazy string, so that the refusal by mail reads in the member's language
    (`text` is it in the language of the moment, for the record and the API)."""

    def __init__(self, reason, findings: Sequence[dict] = ()) -> None:
        super().__init__(str(reason))
        self.reason, self.findings = reason, list(findings)

    @property
    def text(self) -> str:
        return str(self.reason)


def max_bytes() -> int:
    return current_app.config["SETTINGS"].mail_incoming_max_bytes


def receive(db: Session, raw: bytes, recipients: Iterable[str] = ()) -> Received:
    """Handle one incoming message (see the module's docstring). `recipients`: the SMTP
    envelope's, when known (the headers' To, Cc, Delivered-To are read too)."""
    too_big = len(raw) > max_bytes()
    # Over the limit, only the headers are read (enough to answer who sent it).
    message = _parse(raw[:65536] if too_big else raw, headers_only=too_big)
    automatic = _automatic(message)
    if automatic:
        return Received("ignored", automatic)
    key = _message_key(message, raw)
    sender = parseaddr(str(message.get("From", "")))[1].strip().lower()
    record = IncomingMail(message_key=key, sender=sender[:320], outcome="ignored",
                          size=len(raw))
    try:
        with db.begin_nested():
            db.add(record)
            db.flush()
    except IntegrityError:
        return Received("duplicate", "This message was handled before.")  # i18n: ignore
    user, post = _addressed(db, message, recipients)
    record.post_id = post.id if post is not None else None
    if user is None or sender != (user.email or "").lower():
        # A token that does not verify, or mail from another address: never say more
        # than that, and to an address once.
        reason = _l("This address does not accept mail: replies by email must come from the "
                    "member's own address, to the reply address of a notification.")
        record.outcome, record.reason = "refused", str(reason)[:300]
        _refuse_unknown(db, sender, message, reason)
        return Received("refused", str(reason))
    record.user_id = user.id
    try:
        if too_big:
            raise _Refusal(_l("Your message is larger than %(size)s kB, the most a reply by "
                              "email may be. Send the text alone, or reply on the site.",
                              size=max_bytes() // 1000))
        reply = _post_reply(db, user, post, _reply_text(message))
    except _Refusal as refusal:
        record.outcome, record.reason = "refused", refusal.text[:300]
        _refuse(db, user, post, message, key, refusal)
        return Received("refused", refusal.text, topic_id=post.topic_id,
                        findings=refusal.findings)
    record.outcome, record.reply_id = "posted", reply.id
    return Received("posted", reply_id=reply.id, topic_id=reply.topic_id)


def _parse(raw: bytes, *, headers_only: bool = False) -> EmailMessage:
    parser = BytesParser(policy=email.policy.default)
    try:
        return parser.parsebytes(raw, headersonly=headers_only)  # type: ignore[return-value]
    except Exception:  # noqa: BLE001 — a message beyond repair is a message without text
        return EmailMessage()


def _header(message: EmailMessage, name: str) -> str:
    try:
        return str(message.get(name, "") or "").strip()
    except Exception:  # noqa: BLE001 — a malformed header reads as absent
        return ""


def _automatic(message: EmailMessage) -> str:
    """Why a message must not be answered (mail sent by a program), or ""."""
    auto = _header(message, "Auto-Submitted").lower()
    if auto and auto != "no":
        return "automatic mail (Auto-Submitted)"
    if _header(message, "Precedence").lower() in ("bulk", "junk", "list", "auto_reply"):
        return "automatic mail (Precedence)"
    if _header(message, "X-Autoreply") or _header(message, "X-Autorespond") \
            or _header(message, "Return-Path") == "<>":
        return "automatic mail (an auto-reply or a bounce)"
    if message.get_content_type() == "multipart/report":
        return "a delivery report"
    # Message-IDs as community.mail writes them: <24 hex digits>.<kind>@<reply domain> (a
    # member whose own mail domain is the reply domain is not mistaken for us).
    message_id = _header(message, "Message-ID").strip("<>").lower()
    local, _, domain = message_id.partition("@")
    if domain == reply_domain().lower() and _OUR_MESSAGE_ID.fullmatch(local):
        return "our own message came back"
    return ""


def _message_key(message: EmailMessage, raw: bytes) -> str:
    message_id = _header(message, "Message-ID")
    if message_id:
        return message_id[:255]
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def _addressed(db: Session, message: EmailMessage,
               recipients: Iterable[str]) -> tuple[User | None, Post | None]:
    """The member and the post of the first reply address that verifies."""
    headers = []
    for name in ("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To"):
        headers.extend(str(v) for v in (message.get_all(name) or []))
    addresses = [*recipients, *(a for _n, a in getaddresses(headers))]
    for address in addresses:
        match = _REPLY_ADDRESS.match(address.strip().strip("<>"))
        if match is None or match.group(2).lower() != reply_domain().lower():
            continue
        ids = read_reply_token(match.group(1))
        if ids is None:
            continue
        user, post = db.get(User, ids[0]), db.get(Post, ids[1])
        if user is not None:
            return user, post
    return None, None


# ---------------------------------------------------------------- the reply


def _own_names(user: User) -> frozenset[str]:
    """The words of the member's own names, lower-cased."""
    return frozenset(w.lower() for w in re.findall(r"\w+", f"{user.display_name or ''} "
                                                          f"{user.username or ''}"))


def _signed(finding, own: frozenset[str]) -> bool:
    """A name that is the sender's own (a reply signed "Bruno"): no patient's identifier."""
    words = re.findall(r"\w+", finding.text.lower())
    return finding.category == "name" and bool(words) and all(w in own for w in words)


def _post_reply(db: Session, user: User, post: Post | None, text: str) -> Post:
    if post is None or post.is_deleted or not boards_policy.can_view_post(user, post):
        raise _Refusal(_l("The post you replied to is no longer there, or you can no longer "
                          "read it."))
    if not text.strip():
        raise _Refusal(_l("Your message had no text of its own once the quoted message and "
                          "the signature were taken out."))
    own = _own_names(user)
    findings = [{"category": f.category, "label": CATEGORIES[f.category][1], "text": f.text,
                 "why": f.why} for f in scan(text)
                if f.category not in ALLOWED_FINDINGS and not _signed(f, own)]
    if findings:
        raise _Refusal(_l("Your reply seems to contain patient identifiers (HIPAA Safe "
                          "Harbor). Remove them and send it again, or reply on the site."),
                       findings)
    try:
        with db.begin_nested():
            return boards.reply(db, user, post.topic, {"raw": text, "reply_to": post.id})
    except ValidationError as error:
        problems = "; ".join(f"{name}: {' '.join(messages)}"
                             for name, messages in error.errors.items())
        raise _Refusal(_l("Your reply could not be posted: %(problems)s",
                          problems=problems)) from error
    except DomainError as error:
        raise _Refusal(_l("Your reply could not be posted: %(problems)s",
                          problems=str(error.detail))) from error


def _refuse(db: Session, user: User, post: Post | None, message: EmailMessage, key: str,
            refusal: _Refusal) -> None:
    topic = post.topic if post is not None and boards_policy.can_view_post(user, post) \
        else None
    with written_for(user):
        queue_mail(db, kind=REFUSAL_KIND, to=user, subject=_refusal_subject(message),
                   template=REFUSAL_TEMPLATE,
                   context={"refusal_reason": refusal.reason, "findings": refusal.findings,
                            "topic_title": topic.title if topic else None,
                            "topic_path": f"/t/{topic.id}" if topic else None,
                            "member": True},
                   dedupe_key=f"mail-refusal:{hashlib.sha256(key.encode()).hexdigest()[:40]}")


def _refuse_unknown(db: Session, sender: str, message: EmailMessage, reason) -> None:
    """One refusal per address, ever; none to our own addresses or to nobody."""
    if not sender or "@" not in sender or sender.endswith("@" + reply_domain().lower()):
        return
    with written_for(sender):
        queue_mail(db, kind=REFUSAL_KIND, to=sender, subject=_refusal_subject(message),
                   template=REFUSAL_TEMPLATE,
                   context={"refusal_reason": reason, "findings": [], "topic_title": None,
                            "topic_path": None, "member": False},
                   dedupe_key=f"mail-refusal-unknown:{sender[:200]}")


def _refusal_subject(message: EmailMessage) -> str:
    subject = re.sub(r"\s+", " ", _header(message, "Subject"))[:150]
    return _("Not posted: %(subject)s", subject=subject) if subject \
        else _("Your reply was not posted")


# ---------------------------------------------------------------- the text


def _reply_text(message: EmailMessage) -> str:
    """The member's own words: the text part (or the HTML part made text), without the
    quoted thread and the signature."""
    try:
        part = message.get_body(preferencelist=("plain", "html"))
        content = part.get_content() if part is not None else ""
    except Exception:  # noqa: BLE001 — an unknown charset or a broken part: no text
        return ""
    if not isinstance(content, str):
        return ""
    if part.get_content_type() == "text/html":
        content = html_to_text(content)
    return strip_reply(content)


_QUOTE_STARTS = [
    # "On Mon, 6 Dec 2026 at 10:02, Rounds <reply+…@…> wrote:" (may wrap over lines).
    re.compile(r"^[ \t]*On\b[^\n]{0,300}?(?:\n[^\n]{0,300}?){0,2}\bwrote:[ \t]*$",
               re.MULTILINE),
    re.compile(r"^[ \t]*Am\b[^\n]{0,300}?(?:\n[^\n]{0,300}?){0,2}\bschrieb[^\n]{0,80}:[ \t]*$",
               re.MULTILINE),
    re.compile(r"^[ \t]*Le\b[^\n]{0,300}?(?:\n[^\n]{0,300}?){0,2}\ba écrit[ \t]*:[ \t]*$",
               re.MULTILINE),
    re.compile(r"^[ \t]*-{2,}[ \t]*Original Message[ \t]*-{2,}", re.MULTILINE | re.IGNORECASE),
    re.compile(r"^[ \t]*-{2,}[ \t]*Forwarded message[ \t]*-{2,}", re.MULTILINE | re.IGNORECASE),
    # Outlook: "From: …" then "Sent: …" (or "Date:") within the next lines.
    re.compile(r"^[ \t]*\*?From:\*?[ \t][^\n]*\n(?:[^\n]*\n){0,3}?[ \t]*\*?(?:Sent|Date):\*?[ \t]",
               re.MULTILINE),
    re.compile(r"^_{20,}[ \t]*$", re.MULTILINE),
]
_SIGNATURES = [
    re.compile(r"^-- ?$", re.MULTILINE),
    re.compile(r"^[ \t]*Sent from my [^\n]{1,40}$", re.MULTILINE | re.IGNORECASE),
    re.compile(r"^[ \t]*Sent from (?:Mail|Outlook|Yahoo Mail|Gmail)\b[^\n]{0,60}$",
               re.MULTILINE | re.IGNORECASE),
    re.compile(r"^[ \t]*Get Outlook for [^\n]{1,30}$", re.MULTILINE | re.IGNORECASE),
]


def strip_reply(text: str) -> str:
    """The new text of a reply: cut at the first quoted-thread header or signature, `>`
    lines dropped, blank lines at the ends trimmed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    cut = len(text)
    for pattern in (*_QUOTE_STARTS, *_SIGNATURES):
        match = pattern.search(text)
        if match is not None:
            cut = min(cut, match.start())
    kept = [line for line in text[:cut].split("\n") if not line.lstrip().startswith(">")]
    return "\n".join(kept).strip("\n").rstrip() + ("\n" if kept else "")


class _HtmlText(HTMLParser):
    """HTML mail to plain text: paragraphs and line breaks kept, links as Markdown, quotes
    (blockquote, Gmail's and Yahoo's quote blocks) left out, and everything after Outlook's
    reply separator too."""

    _BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
                         "pre", "table", "ul", "ol", "hr"})
    _SKIP = frozenset({"style", "script", "head", "title", "blockquote"})
    _QUOTE_CLASSES = frozenset({"gmail_quote", "yahoo_quoted", "moz-cite-prefix",
                                "gmail_signature"})
    _VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "col", "area",
                       "base"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip: list[str] = []  # the open tags whose content is left out
        self.stopped = False
        self.href: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.stopped:
            return
        values = dict(attrs)
        classes = set((values.get("class") or "").split())
        if values.get("id") in ("divRplyFwdMsg", "appendonsend") or "OutlookMessageHeader" in (
                values.get("id") or ""):
            self.stopped = True
            return
        if self.skip:
            if tag not in self._VOID:
                self.skip.append(tag)
            return
        if tag in self._SKIP or classes & self._QUOTE_CLASSES:
            if tag not in self._VOID:
                self.skip.append(tag)
            return
        if tag in self._BLOCKS:
            self.out.append("\n\n" if tag == "p" else "\n")
        if tag == "li":
            self.out.append("- ")
        if tag == "a":
            self.href.append(values.get("href"))
            self.out.append("\x00[")

    def handle_endtag(self, tag: str) -> None:
        if self.stopped:
            return
        if self.skip:
            self.skip.pop()
            return
        if tag == "a" and self.href:
            href = self.href.pop()
            text = "".join(self.out)
            start = text.rfind("\x00[")
            label = text[start + 2:]
            self.out = [text[:start]]
            if href and href.startswith(("http://", "https://", "mailto:")) and \
                    label.strip() and label.strip() != href:
                self.out.append(f"[{label}]({href})")
            else:
                self.out.append(label)
        elif tag in self._BLOCKS and tag != "br":
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.stopped and not self.skip:
            self.out.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    parser = _HtmlText()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # broken HTML: keep what was read
        log.info("incoming mail: HTML part not fully readable", exc_info=True)
    text = unescape("".join(parser.out).replace("\x00[", ""))
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()

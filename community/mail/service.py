"""The use cases of mail: queueing a message (in the caller's unit of work), the cadence a
member chose per kind, one-click unsubscribe, and what the sending task records.

    queue_mail(db, kind="reply", to=member, subject="…", template="reply",
               context={"post": post}, dedupe_key=f"reply:{post.id}:{member.id}")

renders community/templates/mail/reply.txt and reply.html, writes a `mail_messages` row and
records the `mail_queued` event; after the caller commits, the outbox hands the message to
the Celery task `rounds.send_mail` (nothing is sent if the caller rolls back, nothing lost if
the broker is down). None is returned, and nothing written, when the member does not want
this kind now (cadence other than "immediately"), the address is stopped by bounces or
unsubscribed (non-transactional kinds only), or the dedupe_key was queued before."""
from __future__ import annotations

import base64
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime, formataddr, parseaddr
from typing import Any
from urllib.parse import urlsplit

from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import and_, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from community.mail import policy, transport
from community.mail.kinds import CADENCE_LABELS, KINDS, MailKind, cadences_for, preference_kinds
from community.mail.models import MailMessage, MailPreference, MailRecipient
from community.platform.accounts.models import User
from community.platform.config import Settings
from community.platform.db import utcnow
from community.platform.errors import NotFound, ValidationError
from community.platform.events import record_event
from community.platform.i18n import (
    DEFAULT,
    RTL,
    SHIPPED,
    _,
    force_locale,
    format_date,
    local_time,
    member_locale,
    supported,
)
from community.platform.parsing import zone

UNSUBSCRIBE_SALT = "rounds-mail-unsubscribe"
# A message being sent may be taken over by another task after this long.
SEND_LEASE = timedelta(minutes=5)
# The sweep leaves alone what the outbox or a retry is about to send anyway.
SWEEP_GRACE = timedelta(seconds=30)
# A message's text (other members' words, names, links) is kept this long after it was
# sent or given up, for support; then only its envelope stays (the dedupe key with it).
KEEP_BODIES = timedelta(days=30)


def settings() -> Settings:
    return current_app.config["SETTINGS"]


# ---------------------------------------------------------------- preferences


def _kind(kind: str) -> MailKind:
    try:
        return KINDS[kind]
    except KeyError:
        raise ValueError(f"no mail kind {kind!r}") from None


def cadence_for(db: Session, user: User, kind: str) -> str:
    """The member's cadence for `kind` ("immediately", "daily", "weekly", "never");
    transactional kinds are always "immediately"."""
    mail_kind = _kind(kind)
    if mail_kind.transactional:
        return "immediately"
    chosen = db.scalar(select(MailPreference.cadence).where(
        MailPreference.user_id == user.id, MailPreference.kind == kind))
    return chosen or mail_kind.default_cadence


def preferences(db: Session, user: User) -> dict[str, str]:
    """Every non-transactional kind's cadence for the member, defaults included."""
    chosen = dict(db.execute(select(MailPreference.kind, MailPreference.cadence)
                             .where(MailPreference.user_id == user.id)).all())
    return {k.name: chosen.get(k.name, k.default_cadence) for k in preference_kinds()}


def set_cadence(db: Session, user: User, kind: str, cadence: str) -> None:
    """Set the member's cadence for a non-transactional kind (ValidationError otherwise)."""
    mail_kind = KINDS.get(kind)
    if mail_kind is None or mail_kind.transactional:
        raise ValidationError({kind: [_("This kind of mail has no preference.")]})
    if cadence not in cadences_for(mail_kind):
        raise ValidationError({kind: [_choose_one(mail_kind)]})
    row = db.scalar(select(MailPreference).where(MailPreference.user_id == user.id,
                                                 MailPreference.kind == kind))
    if row is None:
        try:
            with db.begin_nested():
                db.add(MailPreference(user_id=user.id, kind=kind, cadence=cadence))
            return
        except IntegrityError:  # set at the same moment by another request
            row = db.scalar(select(MailPreference).where(MailPreference.user_id == user.id,
                                                         MailPreference.kind == kind))
    row.cadence, row.updated_at = cadence, utcnow()
    db.flush()


def update_preferences(db: Session, actor: User | None, member: User,
                       values: dict[str, Any]) -> dict[str, str]:
    """Set several cadences at once (the page's form, the API's PUT): every kind named
    must be a non-transactional kind and every value one of its cadences; nothing is
    changed unless all are."""
    policy.ensure_manage_preferences(actor, member)
    errors: dict[str, list[str]] = {}
    for kind, cadence in values.items():
        mail_kind = KINDS.get(kind)
        if mail_kind is None or mail_kind.transactional:
            errors[kind] = [_("No such kind of mail.")]
        elif not isinstance(cadence, str) or cadence not in cadences_for(mail_kind):
            errors[kind] = [_choose_one(mail_kind)]
    if errors:
        raise ValidationError(errors)
    for kind, cadence in values.items():
        set_cadence(db, member, kind, cadence)
    return preferences(db, member)


def _choose_one(kind: MailKind) -> str:
    return _("Choose one of: %(choices)s.",
             choices=", ".join(str(CADENCE_LABELS[c]) for c in cadences_for(kind)))


def preference_groups(db: Session, user: User) -> list[tuple[str, list[dict[str, Any]]]]:
    """The page's form: each group of kinds, each kind with its choices and the current."""
    current = preferences(db, user)
    groups: dict[str, list[dict[str, Any]]] = {}
    for kind in preference_kinds():
        groups.setdefault(str(kind.group), []).append({
            "kind": kind, "cadence": current[kind.name],
            "options": [(c, CADENCE_LABELS[c]) for c in cadences_for(kind)]})
    return list(groups.items())


# ---------------------------------------------------------------- addresses


def normalized(address: str) -> str:
    return address.strip().lower()


def recipient(db: Session, address: str) -> MailRecipient | None:
    return db.scalar(select(MailRecipient).where(MailRecipient.address == normalized(address)))


def is_stopped(db: Session, address: str) -> bool:
    """Mail (other than transactional) no longer goes to this address: too many permanent
    failures, or its owner (with no account) unsubscribed."""
    found = recipient(db, address)
    return found is not None and (found.stopped_at is not None
                                  or found.unsubscribed_at is not None)


def stopped_for(db: Session, user: User | None) -> MailRecipient | None:
    """The member's address record when mail to it stopped after failures (the banner)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    found = recipient(db, user.email)
    return found if found is not None and found.stopped_at is not None else None


def resume(db: Session, actor: User | None, member: User) -> bool:
    """The member fixed their address (or their mailbox): mail to it starts again."""
    policy.ensure_manage_preferences(actor, member)
    changed = db.execute(update(MailRecipient).where(
        MailRecipient.address == normalized(member.email),
        MailRecipient.stopped_at.is_not(None)).values(stopped_at=None, failures=0))
    return bool(changed.rowcount)


def _ensure_recipient(db: Session, address: str) -> MailRecipient:
    found = recipient(db, address)
    if found is not None:
        return found
    try:
        with db.begin_nested():
            found = MailRecipient(address=normalized(address), failures=0)
            db.add(found)
        return found
    except IntegrityError:
        return recipient(db, address)


# ---------------------------------------------------------------- unsubscribe


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=UNSUBSCRIBE_SALT)


def unsubscribe_token(kind: str, user: User | None = None, address: str | None = None) -> str:
    """A signed token naming a member (or an address with no account) and a kind."""
    payload = {"k": kind, "u": user.id} if user is not None else \
        {"k": kind, "a": normalized(address or "")}
    return _serializer().dumps(payload)


@dataclass(frozen=True)
class Unsubscription:
    kind: MailKind
    user: User | None
    address: str


def read_unsubscribe_token(db: Session, token: str) -> Unsubscription:
    """What a token stands for; NotFound for a forged, damaged or stale one."""
    try:
        payload = _serializer().loads(token)
    except (BadSignature, ValueError, UnicodeError):
        raise NotFound(_("This unsubscribe link is not valid.")) from None
    if not isinstance(payload, dict) or payload.get("k") not in KINDS \
            or KINDS[payload["k"]].transactional:
        raise NotFound(_("This unsubscribe link is not valid."))
    if isinstance(payload.get("u"), int):
        user = db.get(User, payload["u"])
        if user is None or user.deleted_at is not None:
            raise NotFound(_("This unsubscribe link is not valid any more."))
        return Unsubscription(KINDS[payload["k"]], user, user.email)
    if isinstance(payload.get("a"), str) and "@" in payload["a"]:
        return Unsubscription(KINDS[payload["k"]], None, payload["a"])
    raise NotFound(_("This unsubscribe link is not valid."))


def unsubscribe(db: Session, token: str) -> Unsubscription:
    """One click: the member's cadence for the kind becomes "never" (an address with no
    account gets no more non-transactional mail). Authenticated by the token alone."""
    found = read_unsubscribe_token(db, token)
    if found.user is not None:
        set_cadence(db, found.user, found.kind.name, "never")
    else:
        row = _ensure_recipient(db, found.address)
        if row.unsubscribed_at is None:
            row.unsubscribed_at = utcnow()
        db.flush()
    return found


# ---------------------------------------------------------------- rendering


def site_url(path: str = "") -> str:
    return settings().base_url.rstrip("/") + path


def absolute_url(endpoint: str, **values: Any) -> str:
    """An absolute link to a page, built from ROUNDS_BASE_URL (never the request's host)."""
    parts = urlsplit(settings().base_url)
    adapter = current_app.url_map.bind(parts.netloc, script_name=parts.path or "/",
                                       url_scheme=parts.scheme or "https")
    return adapter.build(endpoint, values, force_external=True)


def _clock_in(zone_name: str | None):
    """The templates' `local_time` and `date_only`: a moment in the recipient's own time
    zone (their profile's), in the language the message is written in."""
    tz = zone(zone_name)

    def when(moment: datetime | None, *_ignored: Any) -> str:
        return local_time(moment, tz).striptags() if moment is not None else ""

    def day(moment: datetime | None) -> str:
        return format_date(moment, tz)

    return when, day


def language_of(to: User | str | None, language: str | None = None) -> str:
    """The locale a message to `to` is written in: a member's preferred language (when
    Rounds ships it), else `language` (what an address without an account asked in), else
    English — never the sender's or the request's."""
    if isinstance(to, User):
        return member_locale(to.language)
    return supported(language) or DEFAULT


def written_for(to: User | str | None, language: str | None = None):
    """`with written_for(member): …` — gettext, dates and numbers in the recipient's
    language while a message's subject and context are made (queue_mail renders in it)."""
    return force_locale(language_of(to, language))


def _reason(kind: MailKind, user: User | None) -> str:
    """The footer's sentence: why this message came."""
    if kind.transactional:
        return _("You received this from Rounds because it concerns your Rounds account.") \
            if user is not None else \
            _("You received this from Rounds because someone used this address on Rounds.")
    if user is None:
        return _("You received this from Rounds because someone on Rounds sent you this "
                 "(%(kind)s).", kind=str(kind.label).lower())
    return _("You received this from Rounds because your preferences send you "
             "\u201c%(kind)s\u201d by email.", kind=kind.label)


def render(template: str, context: dict[str, Any]) -> tuple[str, str]:
    """mail/<template>.txt and .html, rendered with `context`."""
    env = current_app.jinja_env
    text = env.get_template(f"mail/{template}.txt").render(context)
    html = env.get_template(f"mail/{template}.html").render(context)
    return text.strip() + "\n", html


def _one_line(value: str, limit: int) -> str:
    return " ".join(value.split())[:limit]


def _headers(kind: MailKind, user: User | None, address: str, subject: str,
             reply_to: str | None, unsubscribe_url: str | None, now: datetime) -> dict:
    config = settings()
    name = _one_line(user.display_name, 80) if user is not None else ""
    headers = {
        "Message-ID": f"<{secrets.token_hex(12)}.{kind.name}@{config.mail_reply_domain}>",
        "Date": format_datetime(now),
        "From": config.mail_from,
        "To": formataddr((name, address)) if name else address,
        "Subject": subject,
        # RFC 3834: machines made this message; auto-responders must not answer it. The
        # refusal of a reply by mail answers a message, hence "auto-replied".
        "Auto-Submitted": "auto-replied" if kind.name == "mail_refusal" else "auto-generated",
        "X-Rounds-Kind": kind.name,
    }
    if reply_to:
        headers["Reply-To"] = _one_line(reply_to, 254)
    if unsubscribe_url:
        # RFC 8058: a POST to this URL with "List-Unsubscribe=One-Click" unsubscribes.
        headers["List-Unsubscribe"] = f"<{unsubscribe_url}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    return headers


def _address_of(to: User | str) -> tuple[User | None, str]:
    if isinstance(to, User):
        return to, to.email.strip()
    _name, address = parseaddr(str(to))
    if "@" not in address or any(c in str(to) for c in "\r\n\x00") or " " in address:
        raise ValueError(f"not an email address: {to!r}")
    return None, address


def _wanted(db: Session, kind: MailKind, user: User | None, address: str) -> bool:
    if address.endswith(".invalid"):  # a deleted account's address (RFC 2606)
        return False
    if user is not None and (user.deleted_at is not None or not user.is_active) \
            and not kind.transactional:
        return False
    if kind.transactional:
        return True
    if user is not None:
        cadence = cadence_for(db, user, kind.name)
        wanted = cadence != "never" if kind.name == "digest" else cadence == "immediately"
        if not wanted:
            return False
    return not is_stopped(db, address)


def queue_mail(db: Session, *, kind: str, to: User | str, subject: Any, template: str,
               context: dict, dedupe_key: str | None = None,
               attachments: Sequence[tuple[str, str, bytes]] = (),
               reply_to: str | None = None, language: str | None = None) -> MailMessage | None:
    """Render and queue one message in the caller's unit of work (see the module's
    docstring). `attachments`: (filename, content type, bytes), e.g.
    ("session.ics", "text/calendar", data).

    The message is written in the recipient's language (`language_of`: a member's
    preference; `language` for an address without an account): the templates render in
    it, and `subject` — a lazy string (`_l("…", title=…)`), or text the caller made inside
    `written_for(to)` — becomes text in it; dates are in the member's time zone."""
    mail_kind = _kind(kind)
    user, address = _address_of(to)
    if not _wanted(db, mail_kind, user, address):
        return None
    if dedupe_key is not None and db.scalar(
            select(MailMessage.id).where(MailMessage.dedupe_key == dedupe_key)) is not None:
        return None
    now = utcnow()
    unsubscribe_url = None
    if not mail_kind.transactional:
        token = unsubscribe_token(kind, user=user, address=None if user else address)
        unsubscribe_url = absolute_url("mail.unsubscribe", token=token)
    locale = language_of(to, language)
    when, day = _clock_in(user.time_zone if user is not None else None)
    with force_locale(locale):
        subject = _one_line(str(subject), 300)
        full_context = {
            **context, "recipient": user, "recipient_address": address, "kind": mail_kind,
            "subject": subject, "site_url": site_url(), "url": absolute_url,
            "local_time": when, "date_only": day, "lang": SHIPPED[locale],
            "dir": "rtl" if locale in RTL else "ltr",
            "unsubscribe_url": unsubscribe_url, "reason": _reason(mail_kind, user),
            "preferences_url": absolute_url("mail.preferences") if user is not None else None,
        }
        text, html = render(template, full_context)
    message = MailMessage(
        kind=kind, recipient_id=user.id if user is not None else None, to_address=address,
        subject=subject, text_body=text, html_body=html,
        headers=_headers(mail_kind, user, address, subject, reply_to, unsubscribe_url, now),
        attachments=[{"filename": _one_line(name, 100), "content_type": content_type,
                      "data": base64.b64encode(data).decode("ascii")}
                     for name, content_type, data in attachments],
        dedupe_key=dedupe_key, status="queued", attempts=0, created_at=now,
        next_attempt_at=now)
    message.message_id = message.headers["Message-ID"]
    transport.build_email(message)  # a header MIME refuses fails here, in the caller
    try:
        with db.begin_nested():
            db.add(message)
    except IntegrityError:  # the same dedupe_key, queued at the same moment elsewhere
        return None
    record_event(db, "mail_queued", message_id=message.id)
    return message


# ---------------------------------------------------------------- sending (the task's steps)


def claim(db: Session, message_id: int, due_only: bool = False) -> MailMessage | None:
    """Take the message for sending: a conditional UPDATE, so of two tasks running for the
    same message (a redelivered task, the sweep) one sends it and the other does nothing.
    A message left `sending` by a task that died is taken over once its lease ended.
    `due_only`: not a queued message whose next attempt is still to come."""
    now = utcnow()
    queued = MailMessage.status == "queued"
    if due_only:
        queued = and_(queued, MailMessage.next_attempt_at <= now)
    taken = db.execute(update(MailMessage).where(
        MailMessage.id == message_id,
        or_(queued, and_(MailMessage.status == "sending", MailMessage.lease_until < now)))
        .values(status="sending", lease_until=now + SEND_LEASE,
                attempts=MailMessage.attempts + 1)
        .execution_options(synchronize_session=False))
    if not taken.rowcount:
        return None
    message = db.get(MailMessage, message_id, populate_existing=True)
    if not KINDS[message.kind].transactional and is_stopped(db, message.to_address):
        message.status, message.lease_until = "suppressed", None
        message.last_error = "the address was stopped before the message was sent"
        db.flush()
        return None
    return message


def waits(db: Session, message_id: int) -> bool:
    """Queued, its next attempt still to come (after a temporary failure)."""
    return db.scalar(select(MailMessage.id).where(
        MailMessage.id == message_id, MailMessage.status == "queued",
        MailMessage.next_attempt_at > utcnow())) is not None


def record_sent(db: Session, message_id: int) -> None:
    now = utcnow()
    db.execute(update(MailMessage).where(MailMessage.id == message_id,
                                         MailMessage.status == "sending")
               .values(status="sent", sent_at=now, lease_until=None, last_error=None)
               .execution_options(synchronize_session=False))
    address = db.scalar(select(MailMessage.to_address).where(MailMessage.id == message_id))
    # A delivery shows the address works: earlier failures no longer count towards a stop.
    db.execute(update(MailRecipient).where(MailRecipient.address == normalized(address or ""),
                                           MailRecipient.stopped_at.is_(None),
                                           MailRecipient.failures > 0).values(failures=0)
               .execution_options(synchronize_session=False))


def record_temporary_failure(db: Session, message_id: int, error: str) -> float | None:
    """Back to the queue with a growing delay; the delay in seconds, or None when the
    message has had all its attempts (then it failed)."""
    config = settings()
    message = db.get(MailMessage, message_id, populate_existing=True)
    now = utcnow()
    message.last_error, message.lease_until = error[:500], None
    if message.attempts >= config.mail_max_attempts:
        message.status, message.failed_at = "failed", now
        db.flush()
        return None
    delay = config.mail_retry_seconds * 2 ** max(message.attempts - 1, 0)
    message.status, message.next_attempt_at = "queued", now + timedelta(seconds=delay)
    db.flush()
    return delay


def record_permanent_failure(db: Session, message_id: int, error: str,
                             recipient_fault: bool) -> None:
    """The server refused the message for good. When the refusal was about the recipient
    (5xx to RCPT or after DATA), it counts against the address; after mail_max_failures
    such refusals mail to it stops (the member sees a banner in the site)."""
    now = utcnow()
    message = db.get(MailMessage, message_id, populate_existing=True)
    message.status, message.failed_at, message.lease_until = "failed", now, None
    message.last_error = error[:500]
    db.flush()
    if not recipient_fault:
        return
    row = _ensure_recipient(db, message.to_address)
    db.execute(update(MailRecipient).where(MailRecipient.id == row.id).values(
        failures=MailRecipient.failures + 1, last_failure_at=now, last_error=error[:500])
        .execution_options(synchronize_session=False))
    db.execute(update(MailRecipient).where(
        MailRecipient.id == row.id, MailRecipient.stopped_at.is_(None),
        MailRecipient.failures >= settings().mail_max_failures).values(stopped_at=now)
        .execution_options(synchronize_session=False))


def due_for_sweep(db: Session, limit: int = 500) -> list[int]:
    """Messages a lost task left behind: queued and past their next attempt, or sending
    past their lease."""
    now = utcnow()
    return list(db.scalars(select(MailMessage.id).where(or_(
        and_(MailMessage.status == "queued",
             MailMessage.next_attempt_at <= now - SWEEP_GRACE),
        and_(MailMessage.status == "sending", MailMessage.lease_until < now)))
        .order_by(MailMessage.id).limit(limit)))


def forget_old_bodies(db: Session) -> int:
    """Blank the text, HTML and attachments of messages done with for KEEP_BODIES."""
    done = db.execute(update(MailMessage).where(
        MailMessage.status.in_(("sent", "failed", "suppressed")),
        MailMessage.created_at < utcnow() - KEEP_BODIES, MailMessage.text_body != "")
        .values(text_body="", html_body="", attachments=[])
        .execution_options(synchronize_session=False))
    return done.rowcount or 0

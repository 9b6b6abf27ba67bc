"""Idempotency keys: a write sent twice (a retry after a dropped connection, a reply typed
offline and sent when the connection returned, two tabs flushing the same outbox) is done
once, and the second request gets the first one's answer.

The client names the write with a key of its choosing: an `Idempotency-Key` header (the API)
or a hidden `idempotency_key` field (forms; static/js/offline.js adds it), or the room's chat
event's `client_id`. The key is stored per member, with what the request was (method, path
and a hash of its body) and what it answered (status, Location, body), for a day:

- the same member, the same key, the same request → the stored answer, nothing written again;
- the same key with another request (another body or path) → 422, nothing written;
- another member's same key → unrelated (keys are per member);
- a request still running under that key → 409 (try again in a moment);
- a refused write (4xx, 5xx) or a page that wrote nothing (200: a preview) keeps no key, so
  the member may correct and send again under it.

The key's row is added in the write's own unit of work, before the write: it commits with it
or rolls back with it, and a concurrent duplicate waits on (PostgreSQL) or is serialised by
(SQLite, BEGIN IMMEDIATE) the unique key, then finds it."""
from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import re
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from flask import Flask, Response, request
from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from community.platform.accounts import erasure
from community.platform.db import Base, UTCDateTime, commit, db, rollback, utcnow
from community.platform.errors import Conflict, ValidationError
from community.platform.i18n import _

KEEP = timedelta(hours=24)
HEADER = "Idempotency-Key"
FIELD = "idempotency_key"
KEY_PATTERN = re.compile(r"[\x21-\x7e]{8,100}")  # printable ASCII, no spaces
IGNORED_FIELDS = frozenset({FIELD, "csrf_token"})  # a fresh token on a retry is the same write
API_NOTE = ("Safe to retry: send an `Idempotency-Key` header (8 to 100 printable characters, "
            "your own name for this write). The same key again within a day is answered with "
            "the first answer (`Idempotent-Replayed: true`) and writes nothing; the same key "
            "with another body is a 422, and while the first is still being carried out a 409.")
BODY_MAX = 64_000  # characters of an answer kept for replaying (a post's JSON fits)


class IdempotencyKey(Base):
    """A write a member named with a key, and what it answered (kept a day)."""

    __tablename__ = "idempotency_keys"
    __table_args__ = (
        UniqueConstraint("user_id", "key", name="uq_idempotency_keys_user_key"),
        Index("ix_idempotency_keys_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(100))
    request: Mapped[str] = mapped_column(String(300))  # "POST /t/3/reply"
    request_hash: Mapped[str] = mapped_column(String(64))  # sha256 of the body as sent
    status: Mapped[int | None] = mapped_column()  # None while the write runs
    location: Mapped[str | None] = mapped_column(String(500))
    content_type: Mapped[str | None] = mapped_column(String(100))
    body: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


def init_app(app: Flask) -> None:
    erasure.erase_on_delete(app, "idempotency_keys")  # a deleted account's keys go with it


# ---------------------------------------------------------------- the generic part


def checked_key(raw: str | None) -> str | None:
    if raw is None or raw == "":
        return None
    if not KEY_PATTERN.fullmatch(raw):
        raise ValidationError({FIELD: [_("An idempotency key is 8 to 100 printable "
                                         "characters without spaces.")]})
    return raw


def fingerprint(payload: Any) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, separators=(",", ":"),
                                     default=str).encode()).hexdigest()


def claim(session: Session, user_id: int, key: str, what: str, digest: str
          ) -> IdempotencyKey | None:
    """Add the key's row to the unit of work, or return the row already there (a repeat):
    one with another request is a 422, one still running a 409."""
    session.execute(delete(IdempotencyKey).where(IdempotencyKey.created_at < utcnow() - KEEP))
    found = _find(session, user_id, key)
    if found is None:
        row = IdempotencyKey(user_id=user_id, key=key, request=what[:300], request_hash=digest,
                             created_at=utcnow())
        try:
            with session.begin_nested():
                session.add(row)
                session.flush()
            return None
        except IntegrityError:  # the same key, sent at the same moment, committed first
            found = _find(session, user_id, key)
            if found is None:
                raise
    if found.request != what[:300] or found.request_hash != digest:
        raise ValidationError({FIELD: [_("This idempotency key was used for another request: "
                                         "send a new write with a new key.")]})
    if found.status is None:
        raise Conflict(_("The same request is still being carried out: try again in a "
                         "moment."),
                       code="idempotency_in_progress")
    return found


@dataclasses.dataclass(frozen=True)
class Claim:
    """A key for a write that its caller does in one statement of its own (the room's chat on
    PostgreSQL), the key's row among its inserts: checked and fingerprinted as `once` does.
    The caller writes only where no row has the key yet (any age: an expired one is deleted
    by `claim`), else goes the general way, `once`, which replays, refuses or reclaims."""

    user_id: int
    key: str
    request: str
    request_hash: str

    def row(self, answer: dict) -> dict[str, Any]:
        """The key's row once the write has answered (as `once` leaves it): for the insert."""
        return {"user_id": self.user_id, "key": self.key, "request": self.request,
                "request_hash": self.request_hash, "status": 200,
                "content_type": "application/json", "location": None,
                "body": json.dumps(answer, default=str), "created_at": utcnow()}


def claim_for(user_id: int, key: str | None, what: str, payload: Any) -> Claim | None:
    """The Claim of a write named `key` (None without a key; a malformed key is refused)."""
    key = checked_key(key)
    return None if key is None else Claim(user_id, key, what[:300], fingerprint(payload))


def raced(exc: Exception) -> bool:
    """A write's key was inserted by another request at the same moment, which committed
    first (the unique key refused this one): done again, the write finds it and replays."""
    return isinstance(exc, IntegrityError) and "uq_idempotency_keys_user_key" in str(exc.orig)


def record(session: Session, user_id: int, key: str, status: int, *, location: str | None,
           content_type: str | None, body: str | None) -> None:
    """Keep the answer of the write that committed with the key (its own small commit)."""
    row = _find(session, user_id, key)
    if row is None:
        return
    row.status = status
    row.location = location[:500] if location else None
    row.content_type = content_type[:100] if content_type else None
    row.body = body if body is not None and len(body) <= BODY_MAX else None
    commit(session)


def forget(session: Session, user_id: int, key: str) -> None:
    """The write was refused or wrote nothing: the key may be used again."""
    rollback(session)
    session.execute(delete(IdempotencyKey).where(IdempotencyKey.user_id == user_id,
                                                 IdempotencyKey.key == key,
                                                 IdempotencyKey.status.is_(None)))
    commit(session)


def _drop_unfinished(session: Session, user_id: int, key: str) -> None:
    # A failed transaction refuses the statement: its rollback drops the row anyway.
    with contextlib.suppress(Exception):
        session.execute(delete(IdempotencyKey).where(IdempotencyKey.user_id == user_id,
                                                     IdempotencyKey.key == key,
                                                     IdempotencyKey.status.is_(None)))


def _find(session: Session, user_id: int, key: str) -> IdempotencyKey | None:
    return session.scalars(select(IdempotencyKey).where(
        IdempotencyKey.user_id == user_id, IdempotencyKey.key == key,
        IdempotencyKey.created_at >= utcnow() - KEEP)).first()


# ---------------------------------------------------------------- HTTP


def _request_key() -> str | None:
    return checked_key(request.headers.get(HEADER) or (
        request.form.get(FIELD) if request.mimetype in (
            "application/x-www-form-urlencoded", "multipart/form-data") else None))


def _request_digest() -> str:
    if request.mimetype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        fields = sorted((k, v) for k, values in request.form.lists() for v in values
                        if k not in IGNORED_FIELDS)
        return fingerprint(fields)
    raw = request.get_data(cache=True)
    try:
        return fingerprint(json.loads(raw or b"null"))  # the same JSON however spaced
    except ValueError:
        return hashlib.sha256(raw).hexdigest()


def _replay(row: IdempotencyKey) -> Response:
    response = Response(row.body or "", status=row.status or 200,
                        content_type=row.content_type or "text/plain")
    if row.location:
        response.headers["Location"] = row.location
    response.headers["Idempotent-Replayed"] = "true"
    return response


def _remembered(status: int) -> bool:
    """Answers that say a write happened: created, accepted, no content, a redirect after
    the POST. A 200 page (a preview, the form again) wrote nothing."""
    return status in (201, 202, 204) or 300 <= status < 400


def idempotent(who: Callable[[], Any]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Make a POST view safe to repeat under a key (see the module). `who()` gives the
    signed-in member (or None: no key is kept for nobody)."""
    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if request.method != "POST":
                return view(*args, **kwargs)
            key = _request_key()
            member = who() if key else None
            if member is None:
                return view(*args, **kwargs)
            user_id = member.id
            session = db.session
            found = claim(session, user_id, key, f"{request.method} {request.path}",
                          _request_digest())
            if found is not None:
                return _replay(found)
            try:
                response = view(*args, **kwargs)
            except BaseException:
                # The error's handler ends the unit of work (rolls back, or commits what a
                # refusal keeps): the key must not go with it.
                _drop_unfinished(session, user_id, key)
                raise
            if not isinstance(response, Response):
                return response  # the caller (the API's operation) makes it one: not kept
            if _remembered(response.status_code):
                body = None if response.direct_passthrough else response.get_data(as_text=True)
                record(session, user_id, key, response.status_code,
                       location=response.headers.get("Location"),
                       content_type=response.content_type, body=body)
            else:
                forget(session, user_id, key)
            return response

        spec = getattr(view, "operation", None)
        if spec is not None:  # an API operation: its OpenAPI description says so
            wrapper.operation = dataclasses.replace(  # type: ignore[attr-defined]
                spec, description=(spec.description + "\n\n" if spec.description else "")
                + API_NOTE)
        return wrapper
    return decorate


def once(session: Session, user_id: int, key: str | None, what: str, payload: Any,
         write: Callable[[], dict]) -> dict:
    """The same for a write that is not an HTTP request (the room's chat event): `write()`
    returns the answer (a JSON-able dict) and commits nothing; a repeat of the key gets
    the stored answer back. The caller commits (the key's row goes with the write)."""
    return once_claimed(session, claim_for(user_id, key, what, payload), write)


def once_claimed(session: Session, named: Claim | None, write: Callable[[], dict]) -> dict:
    """`once` for a key already checked and fingerprinted (claim_for; None: no key)."""
    if named is None:
        return write()
    found = claim(session, named.user_id, named.key, named.request, named.request_hash)
    if found is not None:
        return json.loads(found.body or "{}")
    answer = write()
    row = _find(session, named.user_id, named.key)
    if row is not None:
        row.status = 200
        row.content_type = "application/json"
        row.body = json.dumps(answer, default=str)
    return answer

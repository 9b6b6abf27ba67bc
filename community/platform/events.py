"""Domain events, delivered through a transactional outbox.

A service records what happened (`record_event(db, "post_created", post_id=…)`); each
subscriber of that event gets a row in the `outbox` table, written in the same transaction as
the change itself. Only after the commit are the rows delivered: each subscriber runs on its
own (one failing neither skips the others nor touches the response), and a row that failed
stays pending and is retried with a growing delay by the relay (`start_relay`, every
ROUNDS_OUTBOX_RELAY_SECONDS in each web process; `rounds outbox relay` by hand). So a write
that committed always answers as committed, and whatever must follow it (indexing,
notifications, trust review, room broadcasts, mail) happens once the broker or the other
process is back — at least once, which is why every subscriber is idempotent.

Subscribers are declared by each feature's init_app:

    events.subscribe(app, "post_created", "search.index_post", queue_post_for_indexing)
"""
from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from flask import Flask, current_app
from sqlalchemy import JSON, CheckConstraint, Index, String, delete, func, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from community.platform.db import Base, UTCDateTime, after_commit, db, utcnow, writing
from community.platform.errors import ServiceUnavailable
from community.platform.registry import registry

log = logging.getLogger(__name__)

# How long a delivery may take before another relay may try the row again.
LEASE = timedelta(seconds=60)
# Failed rows wait 2, 4, 8 … seconds, never more than this, before the next try: a broker
# that comes back is caught up within one relay interval plus this.
MAX_BACKOFF_SECONDS = 30
# Delivered rows are kept this long (to see what happened), then purged by the relay.
KEEP_DELIVERED = timedelta(hours=24)


class OutboxMessage(Base):
    """One subscriber's delivery of one event."""

    __tablename__ = "outbox"
    __table_args__ = (
        CheckConstraint("attempts >= 0", name="attempts_counted"),
        Index("ix_outbox_pending", "delivered_at", "available_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event: Mapped[str] = mapped_column(String(60))
    subscriber: Mapped[str] = mapped_column(String(80))
    payload: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Not before this time (a failed row waits out its backoff).
    available_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Someone is delivering it until then; nobody else takes it meanwhile.
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(default=0)  # failed deliveries so far
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(500))


@dataclass(frozen=True)
class Subscriber:
    name: str
    event: str
    handle: Callable[..., Any]


def _subscribers(app: Flask | None = None) -> dict[str, Subscriber]:
    return registry("event_subscribers", dict, app)


def subscribe(app: Flask, event: str, name: str, handle: Callable[..., Any]) -> None:
    """`handle(**payload)` runs after every committed `event`; `name` identifies it in the
    outbox (keep it stable: pending rows find their subscriber by it)."""
    subscribers = _subscribers(app)
    if name in subscribers:
        raise ValueError(f"subscriber {name!r} is declared twice")
    subscribers[name] = Subscriber(name, event, handle)


def subscribed(event: str) -> bool:
    """Whether anything subscribes to `event` (else recording it writes nothing)."""
    return any(s.event == event for s in _subscribers().values())


def record_event(session: Session, event: str, **payload: Any) -> None:
    """Record `event` for every subscriber, in the caller's unit of work; delivered after it
    commits, never if it rolls back."""
    rows = event_rows(event, **payload)
    if rows:
        session.add_all(rows)
        recorded(session, rows)


def event_rows(event: str, **payload: Any) -> list[OutboxMessage]:
    """record_event()'s rows, not added to any session: for a caller that inserts them in
    one statement with the rows they announce (the room's chat on PostgreSQL), sets their
    ids, then hands them to `recorded`."""
    subscribers = [s for s in _subscribers().values() if s.event == event]
    if not subscribers:
        return []
    json.dumps(payload)  # fail here, in the service, not at commit
    now = utcnow()
    return [OutboxMessage(event=event, subscriber=s.name, payload=payload, created_at=now,
                          available_at=now, claimed_until=now + LEASE, attempts=0)
            for s in subscribers]


def recorded(session: Session, rows: list[OutboxMessage]) -> None:
    """Deliver these rows (inserted in the session's unit of work) after it commits."""
    session.info.setdefault("outbox", []).extend(rows)
    after_commit(session, "outbox", _deliver_recorded)


def _deliver_recorded(session: Session) -> None:
    rows = session.info.pop("outbox", [])
    # Just committed, still in memory (expire_on_commit=False): no read back before the
    # subscribers run (a chat message's broadcast waited for one); the payload as JSON
    # gives it back, as the relay would.
    deliver([row.id for row in rows], [
        _Due(row.id, row.event, row.subscriber, json.loads(json.dumps(row.payload)),
             row.attempts or 0) for row in rows])


def notice(session: Session, user_id: int, kind: str, message: str, link: str,
           actor_id: int | None = None) -> None:
    """Tell a member about their own records (a disclosure reviewed or about to expire, a
    case decision): the notifications feature delivers it in the site (and by mail), once
    per member, kind and link."""
    record_event(session, "member_notice", user_id=user_id, kind=kind, message=message[:300],
                 link=link[:300], actor_id=actor_id)


# ---------------------------------------------------------------- delivery


@dataclass(frozen=True)
class _Due:
    id: int
    event: str
    subscriber: str
    payload: dict
    attempts: int


def deliver(ids: list[int], due: list[_Due] | None = None) -> tuple[int, int]:
    """Run the subscribers of these (claimed) rows, given or read; (delivered, failed).
    Never raises."""
    if not ids:
        return 0, 0
    due = _load(ids) if due is None else due
    with writing(False):  # subscribers that write use units of work of their own
        outcomes = [(row, _run(row)) for row in due]
    session = db.new_session()
    try:
        with writing():
            _record_outcomes(session, outcomes)
            session.commit()
    except Exception:  # the rows stay claimed until their lease ends; the relay retries
        session.rollback()
        log.exception("could not record the outbox deliveries %s", ids)
        return 0, len(ids)
    finally:
        session.close()
    failed = sum(1 for _, error in outcomes if error)
    return len(outcomes) - failed, failed


def _load(ids: list[int]) -> list[_Due]:
    """The rows as plain values, read in a transaction of their own that ends before any
    subscriber runs (on SQLite a read left open would later refuse to become a write)."""
    session = db.new_session()
    try:
        rows = session.execute(select(
            OutboxMessage.id, OutboxMessage.event, OutboxMessage.subscriber,
            OutboxMessage.payload, OutboxMessage.attempts)
            .where(OutboxMessage.id.in_(ids)).order_by(OutboxMessage.id)).all()
        return [_Due(*row) for row in rows]
    finally:
        session.close()


def _run(row: _Due) -> str | None:
    """Deliver one row; the error's text, or None when it was delivered."""
    subscriber = _subscribers().get(row.subscriber)
    if subscriber is None:
        return None  # its feature no longer subscribes: nothing left to do
    try:
        subscriber.handle(**row.payload)
        _end_reads()
        return None
    except Exception as exc:
        db.session.rollback()  # whatever the subscriber read or half-wrote
        log.warning("outbox %s (%s → %s) failed: %s", row.id, row.event, row.subscriber,
                    exc, exc_info=not _is_outage(exc))
        return f"{exc.__class__.__name__}: {exc}"[:500]


def _end_reads() -> None:
    """A subscriber may have read through the context's session: end that transaction
    (it wrote nothing), so no snapshot or lock is held while the next one runs."""
    if db.session.in_transaction():
        db.session.commit()


def _is_outage(exc: Exception) -> bool:
    """Broker or network outages are expected and retried; log them without a trace."""
    return isinstance(exc, (ServiceUnavailable, ConnectionError, OSError))


def _record_outcomes(session: Session, outcomes: list[tuple[_Due, str | None]]) -> None:
    now = utcnow()
    delivered = [row.id for row, error in outcomes if error is None]
    if delivered:
        session.execute(update(OutboxMessage).where(OutboxMessage.id.in_(delivered))
                        .values(delivered_at=now, claimed_until=None))
    for row, error in outcomes:
        if error is None:
            continue
        wait = min(2 ** (row.attempts + 1), MAX_BACKOFF_SECONDS)
        session.execute(update(OutboxMessage).where(OutboxMessage.id == row.id).values(
            attempts=OutboxMessage.attempts + 1, last_error=error, claimed_until=None,
            available_at=now + timedelta(seconds=wait)))


# ---------------------------------------------------------------- the relay


def claim_due(limit: int = 200) -> list[int]:
    """Take up to `limit` rows that are due (pending, past their backoff, not claimed by a
    live delivery). The conditional UPDATE makes each row one relay's, even with several
    processes relaying at once."""
    now = utcnow()
    due = (select(OutboxMessage.id)
           .where(OutboxMessage.delivered_at.is_(None), OutboxMessage.available_at <= now,
                  (OutboxMessage.claimed_until.is_(None)) | (OutboxMessage.claimed_until < now))
           .order_by(OutboxMessage.id).limit(limit))
    session = db.new_session()
    try:
        with writing():
            ids = list(session.scalars(due))
            if not ids:
                session.rollback()
                return []
            claimed = list(session.scalars(
                update(OutboxMessage)
                .where(OutboxMessage.id.in_(ids), OutboxMessage.delivered_at.is_(None),
                       (OutboxMessage.claimed_until.is_(None))
                       | (OutboxMessage.claimed_until < now))
                .values(claimed_until=now + LEASE).returning(OutboxMessage.id)))
            session.commit()
            return sorted(claimed)
    finally:
        session.close()


def relay_once(limit: int = 200) -> tuple[int, int]:
    """Deliver what is due now, and purge rows delivered long ago; (delivered, failed)."""
    delivered = failed = 0
    while True:
        ids = claim_due(limit)
        if not ids:
            break
        ok, bad = deliver(ids)
        delivered, failed = delivered + ok, failed + bad
        if len(ids) < limit:
            break
    _purge()
    return delivered, failed


def _purge() -> None:
    session = db.new_session()
    try:
        with writing():
            session.execute(delete(OutboxMessage).where(
                OutboxMessage.delivered_at < utcnow() - KEEP_DELIVERED))
            session.commit()
    finally:
        session.close()


def start_relay(app: Flask, interval: float) -> threading.Event | None:
    """Relay every `interval` seconds in a daemon thread of this process, until the
    returned event is set. Web processes and workers run one each."""
    if interval <= 0:
        return None
    stop = threading.Event()

    def loop() -> None:
        while not stop.wait(interval):
            with app.app_context():
                try:
                    relay_once()
                except Exception:  # the database may be away too; try again next beat
                    log.exception("outbox relay failed")

    threading.Thread(target=loop, name="rounds-outbox-relay", daemon=True).start()
    return stop


def status(session: Session) -> dict[str, Any]:
    """Pending deliveries, for /healthz and `rounds outbox status`."""
    pending, oldest, retrying = session.execute(
        select(func.count(), func.min(OutboxMessage.created_at),
               func.count().filter(OutboxMessage.attempts > 0))
        .where(OutboxMessage.delivered_at.is_(None))).one()
    age = (utcnow() - oldest).total_seconds() if oldest else 0.0
    return {"pending": pending, "retrying": retrying, "oldest_pending_seconds": round(age, 1)}


def pending_for(app: Flask | None = None) -> int:
    """How many deliveries wait (tests and the CLI)."""
    with (app or current_app).app_context():
        return db.session.scalar(select(func.count()).where(
            OutboxMessage.delivered_at.is_(None))) or 0

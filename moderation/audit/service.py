"""Writing and reading the audit log."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from community.platform.accounts.models import User
from community.platform.contract import coerce
from community.platform.db import task_session
from community.platform.errors import Forbidden
from community.platform.i18n import _
from community.platform.parsing import Page, csv_safe
from moderation.audit import parties, policy
from moderation.audit.models import AuditEntry
from moderation.audit.schemas import AuditFilter


def record(db: Session, actor: User | None, action: str, *, subject_type: str,
           subject_id: int | None, queue_item_id: int | None = None,
           board_id: int | None = None, before: dict[str, Any] | None = None,
           after: dict[str, Any] | None = None, reason: str = "") -> AuditEntry:
    """Add one entry; it commits (or rolls back) with the action it records."""
    entry = AuditEntry(actor_id=actor.id if actor is not None else None, action=action,
                       subject_type=subject_type, subject_id=subject_id,
                       queue_item_id=queue_item_id, board_id=board_id, before=before,
                       after=after, reason=reason or "")
    db.add(entry)
    db.flush()
    return entry


def record_sign_in_throttled(email: str, address: str, retry_after: int,
                             user_id: int | None = None, **_: Any) -> None:
    """The subscriber of "sign_in_throttled" (accounts/limits.py): a sign-in refused by the
    throttle, in a unit of work of its own (after the refusal committed). The system acted;
    the subject is the account when one uses the address."""
    with task_session() as db:
        record(db, None, "sign_in.throttled", subject_type="user", subject_id=user_id,
               after={"email": email, "address": address, "retry_after": retry_after},
               reason=f"Too many failed sign-ins: the next try waits {retry_after} s.")


Filters = AuditFilter | Mapping[str, Any] | None


def _filtered(filters: AuditFilter, db: Session | None = None, viewer: User | None = None):
    query = select(AuditEntry)
    if filters.action:
        query = query.where(AuditEntry.action == filters.action)
    if filters.subject_type:
        query = query.where(AuditEntry.subject_type == filters.subject_type)
    if filters.actor:
        query = query.join(User, User.id == AuditEntry.actor_id).where(
            func.lower(User.username) == filters.actor.lower())
        if db is not None:
            # Filtering by a party the reader may not learn must not find their entries
            # either (moderation.audit.parties): those show "a party to the review".
            hidden = [e.id for e in db.scalars(query.where(AuditEntry.queue_item_id.is_not(None)))
                      if parties.hides_actor(db, viewer, e)]
            if hidden:
                query = query.where(AuditEntry.id.not_in(hidden))
    return query


def entries(db: Session, actor: User | None, filters: Filters = None, page: int = 1,
            per_page: int = 50) -> Page[AuditEntry]:
    """A page of the log, newest first (the caller parsed the page number)."""
    filters = coerce(AuditFilter, filters or {})
    if not policy.can_view_audit(actor):
        raise Forbidden(_("Only administrators read the audit log."))
    query = _filtered(filters, db, actor)
    total = db.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = db.scalars(query.options(joinedload(AuditEntry.actor))
                      .order_by(AuditEntry.id.desc())
                      .limit(per_page).offset((page - 1) * per_page)).all()
    return Page(rows, page, per_page, total)


CSV_COLUMNS = ["id", "at", "actor", "action", "subject_type", "subject_id", "queue_item_id",
               "board_id", "before", "after", "reason"]


def export_csv(db: Session, actor: User | None, filters: Filters = None) -> Iterator[str]:
    """The log as CSV, streamed in batches so a long history never sits in memory. Every
    text cell goes through csv_safe: actions, usernames and the JSON of a change can carry
    what members typed, not only the reason."""
    filters = coerce(AuditFilter, filters or {})
    if not policy.can_view_audit(actor):
        raise Forbidden(_("Only administrators export the audit log."))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    last_id = 0
    while True:
        rows = db.scalars(_filtered(filters, db, actor).options(joinedload(AuditEntry.actor))
                          .where(AuditEntry.id > last_id).order_by(AuditEntry.id)
                          .limit(500)).all()
        for e in parties.shown_all(db, actor, rows):
            writer.writerow([csv_safe(cell) for cell in (
                e.id, e.at.isoformat(), e.actor_name,
                e.action, e.subject_type, e.subject_id, e.queue_item_id, e.board_id,
                json.dumps(e.before, sort_keys=True), json.dumps(e.after, sort_keys=True),
                e.reason)])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        if len(rows) < 500:
            return
        last_id = rows[-1].id


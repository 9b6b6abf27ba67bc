"""Writing and reading the audit log."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from community.platform.accounts.models import User
from community.platform.errors import Forbidden
from community.platform.parsing import Page, page_number
from moderation.audit import policy
from moderation.audit.models import AuditEntry


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


def _filtered(filters: dict[str, Any]):
    query = select(AuditEntry)
    if filters.get("action"):
        query = query.where(AuditEntry.action == filters["action"])
    if filters.get("subject_type"):
        query = query.where(AuditEntry.subject_type == filters["subject_type"])
    if filters.get("actor"):
        query = query.join(User, User.id == AuditEntry.actor_id).where(
            func.lower(User.username) == str(filters["actor"]).lower())
    return query


def entries(db: Session, actor: User | None, filters: dict[str, Any] | None = None,
            page: object = 1, per_page: int = 50) -> Page[AuditEntry]:
    if not policy.can_view_audit(actor):
        raise Forbidden("Only administrators read the audit log.")
    number = page_number(page)
    query = _filtered(filters or {})
    total = db.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = db.scalars(query.options(joinedload(AuditEntry.actor))
                      .order_by(AuditEntry.id.desc())
                      .limit(per_page).offset((number - 1) * per_page)).all()
    return Page(rows, number, per_page, total)


CSV_COLUMNS = ["id", "at", "actor", "action", "subject_type", "subject_id", "queue_item_id",
               "board_id", "before", "after", "reason"]


def export_csv(db: Session, actor: User | None,
               filters: dict[str, Any] | None = None) -> Iterator[str]:
    """The log as CSV, streamed in batches so a long history never sits in memory."""
    if not policy.can_view_audit(actor):
        raise Forbidden("Only administrators export the audit log.")
    import json

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    last_id = 0
    while True:
        rows = db.scalars(_filtered(filters or {}).options(joinedload(AuditEntry.actor))
                          .where(AuditEntry.id > last_id).order_by(AuditEntry.id)
                          .limit(500)).all()
        for e in rows:
            writer.writerow([e.id, e.at.isoformat(), e.actor.username if e.actor else "system",
                             e.action, e.subject_type, e.subject_id, e.queue_item_id,
                             e.board_id, json.dumps(e.before, sort_keys=True),
                             json.dumps(e.after, sort_keys=True), _csv_safe(e.reason)])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        if len(rows) < 500:
            return
        last_id = rows[-1].id


def _csv_safe(text: str) -> str:
    """A reason typed by a moderator must not run as a formula when opened in a spreadsheet."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text

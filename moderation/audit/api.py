"""JSON routes of moderation.audit: the audit log for administrators, as JSON pages or, with
?format=csv, the same CSV download as the page (moderation.audit.schemas: the contract)."""
from __future__ import annotations

from typing import Any

from community.platform.api import Paged, api_blueprint, operation, require_user
from community.platform.db import db
from moderation.audit import schemas, service
from moderation.audit.parties import ShownEntry, shown_all
from moderation.audit.views import PER_PAGE, csv_response

bp = api_blueprint("audit_api", __name__)


def entry_json(entry: ShownEntry) -> dict[str, Any]:
    """An entry as the reader may see it (moderation.audit.parties)."""
    return {"id": entry.id, "at": entry.at, "actor": entry.actor, "action": entry.action,
            "subject_type": entry.subject_type, "subject_id": entry.subject_id,
            "queue_item_id": entry.queue_item_id, "board_id": entry.board_id,
            "before": entry.before, "after": entry.after, "reason": entry.reason}


@bp.get("/audit")
@operation("The audit log, newest first (administrators); ?format=csv downloads every "
           "matching entry as CSV, oldest first", tag="moderation", query=schemas.AuditQuery,
           response=schemas.AuditPage, auth=True, errors=(403,),
           media={"text/csv": {"schema": {"type": "string"}}},
           description="The CSV's text cells never start a spreadsheet formula: one that "
                       "starts with = + - @, a tab or a carriage return gets a leading "
                       "apostrophe.")
def audit_log(query: schemas.AuditQuery):
    me = require_user()
    if query.format == "csv":
        return csv_response(me, query)
    page = service.entries(db.session, me, query, query.page, PER_PAGE)
    return Paged(page, [entry_json(e) for e in shown_all(db.session, me, page.items)])

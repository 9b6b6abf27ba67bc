"""JSON routes of moderation.audit (added to community.api's blueprint): the audit log for
administrators, as JSON pages or, with ?format=csv, the same CSV download as the page."""
from __future__ import annotations

from typing import Any

from flask import request

from community.platform.api import api_blueprint, require_user
from community.platform.api.openapi import PAGE, op
from community.platform.api.openapi import extend as extend_openapi
from community.platform.api.serializers import page_schema, paged
from community.platform.db import db
from community.platform.errors import ValidationError
from moderation.audit import service
from moderation.audit.models import AuditEntry
from moderation.audit.views import PER_PAGE, csv_response, filters_from

bp = api_blueprint("audit_api", __name__)


def entry_json(entry: AuditEntry) -> dict[str, Any]:
    return {"id": entry.id, "at": entry.at.isoformat(),
            "actor": entry.actor.username if entry.actor else None, "action": entry.action,
            "subject_type": entry.subject_type, "subject_id": entry.subject_id,
            "queue_item_id": entry.queue_item_id, "board_id": entry.board_id,
            "before": entry.before, "after": entry.after, "reason": entry.reason}


@bp.get("/audit")
def audit_log():
    me = require_user()
    filters = filters_from(request.args)
    form = request.args.get("format") or "json"
    if form not in ("json", "csv"):
        raise ValidationError({"format": ["Choose json or csv."]})
    if form == "csv":
        return csv_response(me, filters)
    page = service.entries(db.session, me, filters, request.args.get("page", 1), PER_PAGE)
    return paged(page, [entry_json(e) for e in page.items])


NINT = {"type": ["integer", "null"]}
CHANGE = {"anyOf": [{"type": "object", "additionalProperties": True}, {"type": "null"}]}
SCHEMAS = {
    "AuditEntry": {"type": "object", "additionalProperties": False, "properties": {
        "id": {"type": "integer"}, "at": {"type": "string", "format": "date-time"},
        "actor": {"type": ["string", "null"], "description": "null: the system acted"},
        "action": {"type": "string", "examples": ["queue.user_verification.verify"]},
        "subject_type": {"type": "string"}, "subject_id": NINT, "queue_item_id": NINT,
        "board_id": NINT, "before": CHANGE, "after": CHANGE, "reason": {"type": "string"}},
        "required": ["id", "at", "actor", "action", "subject_type", "subject_id",
                     "queue_item_id", "board_id", "before", "after", "reason"]},
    "AuditPage": page_schema("AuditEntry"),
}


def _q(name: str, schema: dict, description: str) -> dict:
    return {"name": name, "in": "query", "required": False, "schema": schema,
            "description": description}


extend_openapi([
    op("get", "/audit", "The audit log, newest first (administrators); ?format=csv downloads "
       "every matching entry as CSV, oldest first", "moderation", schema="AuditPage",
       auth=True, errors=(403,), query=(
           _q("action", {"type": "string"}, "e.g. queue.user_verification.verify"),
           _q("subject_type", {"type": "string"}, "e.g. user, post, disclosure"),
           _q("actor", {"type": "string"}, "the moderator's username"), PAGE,
           _q("format", {"enum": ["json", "csv"]}, "csv: a text/csv attachment")),
       media={"text/csv": {"schema": {"type": "string"}}}),
], schemas=SCHEMAS)

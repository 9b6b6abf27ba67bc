"""Pages of moderation.audit: the audit log for administrators, browsable and as CSV.

The rules (who reads it, how it is filtered and exported) live in moderation.audit.service
and policy; the filters are moderation.audit.schemas.AuditQuery, as in the API; the CSV is
streamed in batches, so a long history never sits in memory."""
from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, render_template, request, stream_with_context
from flask_login import login_required
from sqlalchemy import select

from community.platform.contract import parse_form
from community.platform.db import db, utcnow
from community.platform.web import actor
from moderation.audit import parties, service
from moderation.audit.models import AuditEntry
from moderation.audit.schemas import AuditFilter, AuditQuery

bp = Blueprint("audit", __name__)

PER_PAGE = 50
FILTERS = tuple(AuditFilter.model_fields)


def filters_of(query: AuditFilter) -> dict[str, str]:
    """The filters given, for the page's form and its CSV link."""
    return {name: value for name in FILTERS if (value := getattr(query, name))}


def csv_response(who, filters: AuditFilter) -> Response:
    """The log as a CSV download for `who`; the policy is asked before the first byte."""
    chunks = service.export_csv(db.session, who, filters)
    first = next(chunks)  # raises Forbidden now, not halfway through a 200

    def body():
        yield first
        yield from chunks

    name = f"rounds-audit-{utcnow():%Y%m%d-%H%M%S}.csv"
    return Response(stream_with_context(body()), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{name}"',
                             "Cache-Control": "no-store"})


def changes(entry: AuditEntry | parties.ShownEntry) -> list[tuple[str, Any, Any]]:
    """What an entry changed, compactly: the keys whose value differs before and after."""
    before, after = entry.before or {}, entry.after or {}
    return [(key, before.get(key), after.get(key)) for key in dict.fromkeys([*before, *after])
            if before.get(key) != after.get(key)]


@bp.route("/moderation/audit")
@login_required
def index():
    # The filter form sends empty fields for "any": they count as not given.
    query = parse_form(AuditQuery, request.args)
    page = service.entries(db.session, actor(), query, query.page, PER_PAGE)
    actions = db.session.scalars(select(AuditEntry.action).distinct()
                                 .order_by(AuditEntry.action)).all()
    subject_types = db.session.scalars(select(AuditEntry.subject_type).distinct()
                                       .order_by(AuditEntry.subject_type)).all()
    return render_template("moderation/audit/index.html", page=page,
                           rows=parties.shown_all(db.session, actor(), page.items),
                           filters=filters_of(query), actions=actions,
                           subject_types=subject_types, changes=changes)


@bp.route("/moderation/audit.csv")
@login_required
def export():
    return csv_response(actor(), parse_form(AuditFilter, request.args))

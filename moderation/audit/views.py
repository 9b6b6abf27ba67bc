"""Pages of moderation.audit: the audit log for administrators, browsable and as CSV.

The rules (who reads it, how it is filtered and exported) live in moderation.audit.service
and policy; the filters are moderation.audit.schemas.AuditQuery, as in the API; the CSV is
streamed in batches, so a long history never sits in memory."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Blueprint, Flask, Response, render_template, request, stream_with_context
from flask_login import login_required
from sqlalchemy import select

from community.platform.contract import parse_form
from community.platform.db import db, utcnow
from community.platform.i18n import _l
from community.platform.registry import registry
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


# What the log's action codes mean, for the page (the CSV and the API keep the codes).
ACTIONS = {
    "board.moderator.appoint": _l("Board moderator appointed"),
    "board.moderator.remove": _l("Board moderator removed"),
    "board.editor.appoint": _l("Board editor appointed"),
    "board.editor.remove": _l("Board editor removed"),
    "case.phi_override.create": _l("PHI warning overridden"),
    "case.phi_override.withdraw": _l("PHI warning override withdrawn"),
    "company.create": _l("Company added"),
    "company.classify": _l("Company classified"),
    "post.hidden": _l("Post hidden by flags"),
    "trust.promote": _l("Trust level earned"),
    "trust.set_level": _l("Trust level set"),
    "trust.lock": _l("Trust level locked"),
    "trust.unlock": _l("Trust level unlocked"),
    "member.silence": _l("Member silenced"),
    "member.suspension": _l("Member suspended"),
    "member.lift_silence": _l("Silence lifted"),
    "member.lift_suspension": _l("Suspension lifted"),
    "sign_in.throttled": _l("Sign-in throttled"),
    "session.attendance.correct": _l("Attendance corrected"),
}
SUBJECTS = {"user": _l("Member"), "post": _l("Post"), "company": _l("Company"),
            "role_clearance": _l("Role request"), "phi_override": _l("PHI warning override"),
            "live_session": _l("Live session"), "session": _l("Session"),
            "case": _l("Case write-up")}


@bp.app_template_global()
def action_label(code: str) -> str:
    """An action code as people read it; a queue action ("queue.<kind>.<action>") by its
    kind's and action's labels; an unknown code as it is."""
    if code in ACTIONS:
        return str(ACTIONS[code])
    for label in registry("audit_action_labels", list):
        found = label(code)
        if found:
            return found
    return code


def register_action_label(app: Flask, label: Callable[[str], str | None]) -> None:
    """A feature that writes open-ended action codes (the queue: "queue.<kind>.<action>")
    says what they mean."""
    registry("audit_action_labels", list, app).append(label)


# Reasons the system writes (stored in English, as codes are): shown in the reader's language.
# Reasons people typed are shown as they wrote them.
SYSTEM_REASONS = {"earned by activity": _l("earned by activity"),
                  "replaced by a new silence": _l("replaced by a new silence"),
                  "replaced by a new suspension": _l("replaced by a new suspension")}


@bp.app_template_global()
def system_reason(reason: str | None) -> str:
    return str(SYSTEM_REASONS.get(reason, reason or ""))


# A queue item's states in a change ("status: pending → approved"); other values as stored.
STATUS_VALUES = {"pending": _l("pending"), "approved": _l("approved"),
                 "rejected": _l("rejected"), "ignored": _l("ignored")}


@bp.app_template_global()
def change_value(key: str, value: Any) -> str:
    """A value of an entry's change as the page shows it."""
    if value is None:
        return "—"
    if key == "status" and isinstance(value, str) and value in STATUS_VALUES:
        return str(STATUS_VALUES[value])
    return str(value)


@bp.app_template_global()
def subject_label(code: str | None) -> str:
    return str(SUBJECTS.get(code, code or ""))


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

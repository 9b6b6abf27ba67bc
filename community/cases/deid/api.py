"""JSON routes of the de-identification check (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)):
a write-up's findings, and its authors' overrides (added to community.api's blueprint)."""
from __future__ import annotations

from flask import jsonify, request, url_for

from community.cases.deid import service as deid
from community.cases.deid.models import OVERRIDE_STATUSES, REASON_MAX, PhiOverride
from community.platform.api import api_blueprint, json_body, require_user
from community.platform.api.openapi import extend as extend_openapi
from community.platform.api.openapi import op
from community.platform.api.serializers import (
    ID,
    created,
    no_content,
    object_schema,
    only_fields,
    ref,
    time_json,
)
from community.platform.db import commit, db
from community.platform.phi import CATEGORIES

bp = api_blueprint("case_deid_api", __name__)

STR, INT, BOOL = {"type": "string"}, {"type": "integer"}, {"type": "boolean"}
NSTR, NINT = {"type": ["string", "null"]}, {"type": ["integer", "null"]}
TIME, NTIME = ({"type": "string", "format": "date-time"},
               {"type": ["string", "null"], "format": "date-time"})


def override_json(override: PhiOverride) -> dict:
    return {"id": override.id, "section": override.section, "category": override.category,
            "excerpt": override.excerpt, "reason": override.reason,
            "version": override.version_number, "status": override.status,
            "by": override.by.username, "at": time_json(override.at),
            "decided_at": time_json(override.decided_at),
            "decision_reason": override.decision_reason or None,
            "queue_item_id": override.queue_item_id}


def _finding_json(finding, override: PhiOverride | None) -> dict:
    return {**finding.as_dict(), "confidence": float(finding.confidence),
            "overridden": override is not None,
            "override_id": override.id if override is not None else None}


@bp.get(f"/cases/<{ID}:case_id>/phi")
def case_phi(case_id: int):
    actor = require_user()
    case = deid.get_case(db.session, actor, case_id)
    report = deid.report(db.session, actor, case)
    return jsonify({
        "case_id": case.id, "version": report.version.number if report.version else None,
        "total": report.total, "blocking": report.blocking,
        "sections": [{"section": s.key, "label": s.label,
                      "findings": [_finding_json(f, o) for f, o in s.findings]}
                     for s in report.sections],
        "overrides": [override_json(o) for o in report.overrides],
    })


@bp.post(f"/cases/<{ID}:case_id>/phi/overrides")
def create_phi_override(case_id: int):
    actor = require_user()
    request.get_data(cache=True)  # an oversized body is a 413 before anything else
    case = deid.get_case(db.session, actor, case_id)
    body = json_body()
    only_fields(body, ("section", "category", "start", "end", "reason", "version"))
    override = deid.create_override(db.session, actor, case, body)
    commit(db.session)
    return created(override_json(override), url_for(".case_phi", case_id=case.id))


@bp.delete(f"/cases/<{ID}:case_id>/phi/overrides/<{ID}:override_id>")
def withdraw_phi_override(case_id: int, override_id: int):
    actor = require_user()
    case = deid.get_case(db.session, actor, case_id)
    deid.withdraw_override(db.session, actor, case, deid.get_override(db.session, case,
                                                                      override_id))
    commit(db.session)
    return no_content()


_CATEGORY = {"enum": list(CATEGORIES)}
_OVERRIDE = object_schema({
    "id": INT, "section": {"type": "string", "description": "a CARE section key or 'timeline'"},
    "category": _CATEGORY, "excerpt": {"type": "string", "description": "the matched text"},
    "reason": STR, "version": {"type": "integer", "description": "the version it was made on"},
    "status": {"enum": list(OVERRIDE_STATUSES)}, "by": {"type": "string",
                                                        "description": "username"},
    "at": TIME, "decided_at": NTIME, "decision_reason": NSTR, "queue_item_id": NINT})
_FINDING = object_schema({
    "category": _CATEGORY, "label": STR,
    "identifier": {"type": "integer", "description": "its number in the Safe Harbor list"},
    "start": INT, "end": INT, "text": STR, "confidence": {"type": "number"}, "why": STR,
    "overridden": BOOL, "override_id": NINT})

extend_openapi([
    op("get", "/cases/{case_id}/phi",
       "The write-up's PHI findings per section (HIPAA Safe Harbor), with overrides; "
       "its authors, editors and moderators", "cases", schema="PhiReport", auth=True),
    op("post", "/cases/{case_id}/phi/overrides",
       "Mark a finding as not identifying, with a reason (authors; goes to the review queue)",
       "cases", 201, "PhiOverride", body="PhiOverrideRequest", auth=True, errors=(403, 409),
       conflict="Problem"),
    op("delete", "/cases/{case_id}/phi/overrides/{override_id}",
       "Withdraw an override (authors): the finding blocks submission again", "cases", 204,
       auth=True, errors=(403, 409), conflict="Problem"),
], schemas={
    "PhiOverride": _OVERRIDE,
    "PhiFinding": _FINDING,
    "PhiReport": object_schema({
        "case_id": INT, "version": NINT, "total": INT,
        "blocking": {"type": "integer", "description": "findings no live override covers"},
        "sections": {"type": "array", "items": object_schema({
            "section": {"type": "string", "description": "a CARE key or 'timeline.<n>'"},
            "label": STR, "findings": {"type": "array", "items": ref("PhiFinding")}})},
        "overrides": {"type": "array", "items": ref("PhiOverride")}}),
}, request_schemas={
    "PhiOverrideRequest": {
        "type": "object", "additionalProperties": False,
        "required": ["section", "category", "start", "end", "reason"],
        "properties": {
            "section": {"type": "string", "description": "as in the findings: a CARE key "
                                                        "or 'timeline.<n>'"},
            "category": _CATEGORY, "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
            "reason": {"type": "string", "minLength": 1, "maxLength": REASON_MAX},
            "version": {"type": "integer", "description": "the version the finding was seen "
                                                         "in; 409 when the write-up changed"}}},
}, params={"case_id": INT, "override_id": INT})

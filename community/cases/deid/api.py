"""JSON routes of the de-identification check (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)):
a write-up's findings, and its authors' overrides. Thin: each route declares its contract
(community.cases.deid.schemas), calls the service and commits."""
from __future__ import annotations

from flask import url_for

from community.cases.deid import schemas
from community.cases.deid import service as deid
from community.cases.deid.models import PhiOverride
from community.platform.anonymity import shown_name
from community.platform.api import Created, api_blueprint, operation, require_user
from community.platform.db import commit, db

bp = api_blueprint("case_deid_api", __name__)


def override_json(override: PhiOverride, actor) -> dict:
    # Double-anonymous review decides whether the reader may learn which author made it.
    by = shown_name(actor, override.by, "case", override.case_id)
    return {"id": override.id, "section": override.section, "category": override.category,
            "excerpt": override.excerpt, "reason": override.reason,
            "version": override.version_number, "status": override.status,
            "by": by, "at": override.at,
            "decided_at": override.decided_at,
            "decision_reason": override.decision_reason or None,
            "queue_item_id": override.queue_item_id}


def _finding_json(finding, override: PhiOverride | None) -> dict:
    return {**finding.as_dict(), "confidence": float(finding.confidence),
            "overridden": override is not None,
            "override_id": override.id if override is not None else None}


@bp.get("/cases/<id:case_id>/phi")
@operation("The write-up's PHI findings per section (HIPAA Safe Harbor), with overrides; "
           "those who may read the draft (authors, editors, administrators)", tag="cases",
           response=schemas.PhiReport, auth=True)
def case_phi(case_id: int):
    actor = require_user()
    case = deid.get_case(db.session, actor, case_id)
    report = deid.report(db.session, actor, case)
    return {
        "case_id": case.id, "version": report.version.number if report.version else None,
        "total": report.total, "blocking": report.blocking,
        "sections": [{"section": s.key, "label": s.label,
                      "findings": [_finding_json(f, o) for f, o in s.findings]}
                     for s in report.sections],
        "overrides": [override_json(o, actor) for o in report.overrides],
    }


@bp.post("/cases/<id:case_id>/phi/overrides")
@operation("Mark a finding as not identifying, with a reason (authors; goes to the review "
           "queue)", tag="cases", body=schemas.PhiOverrideRequest, status=201,
           response=schemas.PhiOverride, auth=True, errors=(403, 409),
           conflict="ConflictProblem")
def create_phi_override(case_id: int, body: schemas.PhiOverrideRequest):
    actor = require_user()
    case = deid.get_case(db.session, actor, case_id)
    override = deid.create_override(db.session, actor, case, body)
    commit(db.session)
    return Created(override_json(override, actor), url_for(".case_phi", case_id=case.id))


@bp.delete("/cases/<id:case_id>/phi/overrides/<id:override_id>")
@operation("Withdraw an override (authors): the finding blocks submission again", tag="cases",
           status=204, auth=True, errors=(403, 409), conflict="ConflictProblem")
def withdraw_phi_override(case_id: int, override_id: int):
    actor = require_user()
    case = deid.get_case(db.session, actor, case_id)
    deid.withdraw_override(db.session, actor, case, deid.get_override(db.session, case,
                                                                      override_id))
    commit(db.session)

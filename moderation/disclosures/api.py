"""JSON routes of moderation.disclosures: your disclosures, the company list, role requests
and their review status, and the learner-facing disclosure statement. Thin: each route
declares its contract (moderation.disclosures.schemas), calls the service, commits, shapes.

The review itself is a queue action (POST to the queue's action route, kind
"disclosure_review"): see templates/moderation/kinds/disclosure_review.html for its fields."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import url_for
from sqlalchemy import select

from community.platform.accounts.models import User
from community.platform.api import (
    Created,
    Paged,
    api_blueprint,
    api_user,
    operation,
    require_user,
)
from community.platform.api.serializers import author_json
from community.platform.db import commit, db, utcnow
from community.platform.errors import NotFound
from community.platform.i18n import _
from moderation.disclosures import gate, policy, schemas, service
from moderation.disclosures.models import CONTENT_KINDS, Company, Disclosure, RoleClearance

bp = api_blueprint("disclosures_api", __name__)

KIND_PATH = f"any({', '.join(CONTENT_KINDS)})"


# ---------------------------------------------------------------- shapes


def company_json(company: Company, actor: User | None) -> dict[str, Any]:
    body = {"id": company.id, "name": company.name, "ineligible": company.ineligible,
            "classification": company.classification, "kind": company.kind}
    if policy.can_see_company_details(actor):
        body.update(notes=company.notes, created_at=company.created_at,
                    classified_at=company.classified_at,
                    added_by=company.added_by.username if company.added_by else None,
                    classified_by=(company.classified_by.username
                                   if company.classified_by else None))
    return body


def disclosure_json(disclosure: Disclosure, now: datetime) -> dict[str, Any]:
    return {
        "id": disclosure.id, "version": disclosure.version,
        "member": author_json(disclosure.user), "declared_none": disclosure.declared_none,
        "declared_at": disclosure.declared_at,
        "valid_until": disclosure.valid_until, "state": disclosure.state(now),
        "superseded_at": disclosure.superseded_at,
        "superseded_by_id": disclosure.superseded_by_id,
        "relationships": [{
            "id": r.id, "company": {"id": r.company.id, "name": r.company.name,
                                    "ineligible": r.company.ineligible},
            "nature": r.nature, "nature_label": r.nature_label,
            "ownership_type": r.ownership_type, "started_on": r.started_on,
            "ended_on": r.ended_on, "ongoing": r.ongoing,
        } for r in disclosure.relationships],
        "url": url_for(".get_disclosure", disclosure_id=disclosure.id),
    }


def clearance_json(clearance: RoleClearance, now: datetime) -> dict[str, Any]:
    return {
        "id": clearance.id, "member": author_json(clearance.user), "role": clearance.role,
        "role_label": clearance.role_label, "content_kind": clearance.content_kind,
        "content_id": clearance.content_id, "content_title": clearance.content_title,
        "board_id": clearance.board_id, "disclosure_id": clearance.disclosure_id,
        "status": clearance.status, "state": service.clearance_state(clearance, now),
        "requested_at": clearance.requested_at,
        "reviewed_at": clearance.reviewed_at,
        "reviewed_by": author_json(clearance.reviewed_by) if clearance.reviewed_by else None,
        "refusal_reason": clearance.refusal_reason or None,
        "owner_exception": clearance.owner_exception,
        "reviews": [{
            "relationship_id": r.relationship_id,
            "company": r.relationship_.company.name,
            "nature": r.relationship_.nature, "relevant": r.relevant,
            "mitigation": r.mitigation, "note": r.note,
        } for r in clearance.reviews],
        "url": url_for(".get_role_clearance", clearance_id=clearance.id),
    }


def statement_json(content_kind: str, content_id: int, entries) -> dict[str, Any]:
    return {"content_kind": content_kind, "content_id": content_id, "entries": [{
        "name": e.name, "credentials": e.credentials, "role": e.role,
        "role_label": e.role_label,
        "relationships": [{"company": c, "nature": n} for c, n in e.relationships],
        "statement": e.text} for e in entries]}


# ---------------------------------------------------------------- disclosures


def _member(username: str) -> User:
    user = db.session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(_("There is no such member."))
    return user


@bp.get("/me/disclosures")
@operation("Your disclosure: the current version and every version", tag="disclosures",
           response=schemas.MyDisclosures, auth=True)
def my_disclosures():
    """Your current disclosure (if any) and every version you filed."""
    actor = require_user()
    now = utcnow()
    versions = service.versions(db.session, actor, actor)
    current = next((d for d in versions if d.is_current(now)), None)
    latest = versions[0] if versions else None
    return {
        "state": latest.state(now) if latest else "none",
        "current": disclosure_json(current, now) if current else None,
        "days_left": (current.valid_until - now).days if current else None,
        "versions": [disclosure_json(d, now) for d in versions]}


@bp.post("/me/disclosures")
@operation("File a disclosure (a new version; valid 12 months)", tag="disclosures",
           body=schemas.DisclosureFiling, status=201, response=schemas.Disclosure, auth=True,
           errors=(409,), conflict="Problem",
           description="A relationship's errors are named as on the form: "
                       "`rel-<n>-<field>`, n counting the relationships from 1.")
def file_disclosure(body: schemas.DisclosureFiling):
    actor = require_user()
    disclosure = service.file_disclosure(db.session, actor, body)
    commit(db.session)
    return Created(disclosure_json(disclosure, utcnow()),
                   url_for(".get_disclosure", disclosure_id=disclosure.id))


@bp.get("/disclosures/<id:disclosure_id>")
@operation("One version (its member and moderators)", tag="disclosures",
           response=schemas.Disclosure, auth=True)
def get_disclosure(disclosure_id: int):
    disclosure = service.get_disclosure(db.session, require_user(), disclosure_id)
    return disclosure_json(disclosure, utcnow())


@bp.get("/users/<username>/disclosures")
@operation("A member's disclosure versions (the member and moderators)", tag="disclosures",
           response=schemas.DisclosureList, auth=True)
def member_disclosures(username: str):
    """A member's versions: for the member and moderators (others: 404)."""
    actor = require_user()
    member = _member(username)
    now = utcnow()
    return {"items": [disclosure_json(d, now)
                      for d in service.versions(db.session, actor, member)]}


# ---------------------------------------------------------------- companies


@bp.get("/companies")
@operation("Companies and whether they are ineligible", tag="disclosures",
           query=schemas.CompanyQuery, response=schemas.CompanyPage,
           description="Moderators also see each company's notes and who added and "
                       "classified it (CompanyDetail).")
def list_companies(query: schemas.CompanyQuery):
    actor = api_user()
    page = service.list_companies(db.session, actor, query)
    return Paged(page, [company_json(c, actor) for c in page.items])


@bp.post("/companies")
@operation("Add a company to the list (moderators)", tag="disclosures",
           body=schemas.CompanyNew, status=201, response=schemas.CompanyDetail, auth=True,
           errors=(403,))
def create_company(body: schemas.CompanyNew):
    actor = require_user()
    company = service.create_company(db.session, actor, body)
    commit(db.session)
    return Created(company_json(company, actor), url_for(".list_companies", q=company.name))


@bp.patch("/companies/<id:company_id>")
@operation("Classify a company (moderators); fields not sent keep their value",
           tag="disclosures", body=schemas.CompanyReclassification,
           response=schemas.CompanyDetail, auth=True, errors=(403,))
def classify_company(company_id: int, body: schemas.CompanyReclassification):
    actor = require_user()
    service.require_manager(actor)
    company = service.get_company(db.session, company_id)
    service.classify_company(db.session, actor, company, body)
    commit(db.session)
    return company_json(company, actor)


# ---------------------------------------------------------------- roles


@bp.post("/role-clearances")
@operation("Ask for a review of your disclosure for a content role (403 without a current "
           "disclosure)", tag="disclosures", body=schemas.ContentRoleRequest, status=201,
           response=schemas.RoleClearance, auth=True, errors=(403,))
def request_role(body: schemas.ContentRoleRequest):
    """Ask a moderator to review your current disclosure for a content role."""
    actor = require_user()
    clearance = gate.request_role(db.session, actor, body.role, body.content_kind,
                                  body.content_id, body.content_title, body.board_id)
    commit(db.session)
    return Created(clearance_json(clearance, utcnow()),
                   url_for(".get_role_clearance", clearance_id=clearance.id))


@bp.get("/me/role-clearances")
@operation("Your role requests and their review", tag="disclosures",
           response=schemas.RoleClearanceList, auth=True)
def my_role_clearances():
    actor = require_user()
    now = utcnow()
    return {"items": [clearance_json(c, now)
                      for c in service.clearances_of(db.session, actor, actor)]}


@bp.get("/role-clearances/<id:clearance_id>")
@operation("One role request and its review", tag="disclosures",
           response=schemas.RoleClearance, auth=True)
def get_role_clearance(clearance_id: int):
    clearance = service.get_clearance(db.session, require_user(), clearance_id)
    return clearance_json(clearance, utcnow())


# ---------------------------------------------------------------- learner statement


@bp.get(f"/disclosure-statements/<{KIND_PATH}:content_kind>/<id:content_id>")
@operation("The disclosure statement learners see before engaging with the content",
           tag="disclosures", response=schemas.DisclosureStatement)
def disclosure_statement(content_kind: str, content_id: int):
    """What learners see before they engage (ACCME Standards for Integrity and Independence,
    Standard 3.5): who controls the content and their relevant relationships."""
    if not policy.can_view_statement(api_user(), content_kind, content_id):
        raise NotFound(_("There is no such content."))
    entries = service.statement(db.session, content_kind, content_id)
    if not entries:
        raise NotFound(_("No one has been cleared to control this content yet, so there is "
                         "no disclosure statement."))
    return statement_json(content_kind, content_id, entries)

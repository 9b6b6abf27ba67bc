"""JSON routes of moderation.disclosures (added to community.api's blueprint): your
disclosures, the company list, role requests and their review status, and the
learner-facing disclosure statement. Thin: parse, call the service, commit, shape.

The review itself is a queue action (POST to the queue's action route, kind
"disclosure_review"): see templates/moderation/kinds/disclosure_review.html for its fields."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import jsonify, request, url_for
from sqlalchemy import select

from community.platform.accounts.models import User
from community.platform.api import api_blueprint, api_user, json_body, require_user
from community.platform.api.openapi import extend as extend_openapi
from community.platform.api.openapi import op
from community.platform.api.serializers import ID, author_json, created, only_fields, paged, ref
from community.platform.db import commit, db, utcnow
from community.platform.errors import NotFound, ValidationError
from moderation.disclosures import gate, policy, service
from moderation.disclosures.models import (
    COMPANY_KINDS,
    CONTENT_KINDS,
    CONTENT_ROLES,
    NATURES,
    OWNER_EXCEPTIONS,
    OWNERSHIP_TYPES,
    Company,
    Disclosure,
    RoleClearance,
)

bp = api_blueprint("disclosures_api", __name__)

KIND_PATH = f"any({', '.join(CONTENT_KINDS)})"


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


# ---------------------------------------------------------------- shapes


def company_json(company: Company, actor: User | None) -> dict[str, Any]:
    body = {"id": company.id, "name": company.name, "ineligible": company.ineligible,
            "classification": company.classification, "kind": company.kind}
    if policy.can_see_company_details(actor):
        body.update(notes=company.notes, created_at=_time(company.created_at),
                    classified_at=_time(company.classified_at),
                    added_by=company.added_by.username if company.added_by else None,
                    classified_by=(company.classified_by.username
                                   if company.classified_by else None))
    return body


def disclosure_json(disclosure: Disclosure, now: datetime) -> dict[str, Any]:
    return {
        "id": disclosure.id, "version": disclosure.version,
        "member": author_json(disclosure.user), "declared_none": disclosure.declared_none,
        "declared_at": _time(disclosure.declared_at),
        "valid_until": _time(disclosure.valid_until), "state": disclosure.state(now),
        "superseded_at": _time(disclosure.superseded_at),
        "superseded_by_id": disclosure.superseded_by_id,
        "relationships": [{
            "id": r.id, "company": {"id": r.company.id, "name": r.company.name,
                                    "ineligible": r.company.ineligible},
            "nature": r.nature, "nature_label": r.nature_label,
            "ownership_type": r.ownership_type, "started_on": r.started_on.isoformat(),
            "ended_on": r.ended_on.isoformat() if r.ended_on else None, "ongoing": r.ongoing,
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
        "requested_at": _time(clearance.requested_at),
        "reviewed_at": _time(clearance.reviewed_at),
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
        raise NotFound("There is no such member.")
    return user


@bp.get("/me/disclosures")
def my_disclosures():
    """Your current disclosure (if any) and every version you filed."""
    actor = require_user()
    now = utcnow()
    versions = service.versions(db.session, actor, actor)
    current = next((d for d in versions if d.is_current(now)), None)
    latest = versions[0] if versions else None
    return jsonify({
        "state": latest.state(now) if latest else "none",
        "current": disclosure_json(current, now) if current else None,
        "days_left": (current.valid_until - now).days if current else None,
        "versions": [disclosure_json(d, now) for d in versions]})


@bp.post("/me/disclosures")
def file_disclosure():
    actor = require_user()
    body = json_body()
    only_fields(body, ("declared_none", "confirm", "relationships"))
    disclosure = service.file_disclosure(db.session, actor, body)
    commit(db.session)
    return created(disclosure_json(disclosure, utcnow()),
                   url_for(".get_disclosure", disclosure_id=disclosure.id))


@bp.get(f"/disclosures/<{ID}:disclosure_id>")
def get_disclosure(disclosure_id: int):
    disclosure = service.get_disclosure(db.session, require_user(), disclosure_id)
    return jsonify(disclosure_json(disclosure, utcnow()))


@bp.get("/users/<username>/disclosures")
def member_disclosures(username: str):
    """A member's versions: for the member and moderators (others: 404)."""
    actor = require_user()
    member = _member(username)
    now = utcnow()
    return jsonify({"items": [disclosure_json(d, now)
                              for d in service.versions(db.session, actor, member)]})


# ---------------------------------------------------------------- companies


@bp.get("/companies")
def list_companies():
    actor = api_user()
    page = service.list_companies(db.session, actor, status=request.args.get("status"),
                                  q=request.args.get("q", ""), page=request.args.get("page"))
    return paged(page, [company_json(c, actor) for c in page.items])


def _classification_type(body: dict[str, Any]) -> None:
    if "ineligible" in body and not (body["ineligible"] is None
                                     or isinstance(body["ineligible"], bool)):
        raise ValidationError({"ineligible": [("Use true (ineligible), false (eligible) or "
                                              "null (unclassified).")]})


@bp.post("/companies")
def create_company():
    actor = require_user()
    body = json_body()
    only_fields(body, ("name", "ineligible", "kind", "notes"))
    _classification_type(body)
    company = service.create_company(db.session, actor, body)
    commit(db.session)
    return created(company_json(company, actor),
                   url_for(".list_companies", q=company.name))


@bp.patch(f"/companies/<{ID}:company_id>")
def classify_company(company_id: int):
    actor = require_user()
    body = json_body()  # first, so an oversized body is a 413 whatever the id
    service.require_manager(actor)
    company = service.get_company(db.session, company_id)
    only_fields(body, ("ineligible", "kind", "notes"))
    _classification_type(body)
    service.classify_company(db.session, actor, company, body)
    commit(db.session)
    return jsonify(company_json(company, actor))


# ---------------------------------------------------------------- roles


@bp.post("/role-clearances")
def request_role():
    """Ask a moderator to review your current disclosure for a content role."""
    actor = require_user()
    body = json_body()
    only_fields(body, ("role", "content_kind", "content_id", "content_title", "board_id"))
    errors: dict[str, list[str]] = {}
    content_id = body.get("content_id")
    if not isinstance(content_id, int) or isinstance(content_id, bool):
        errors["content_id"] = ["Send the content id as a whole number."]
    if errors:
        raise ValidationError(errors)
    clearance = gate.request_role(db.session, actor, body.get("role"), body.get("content_kind"),
                                  content_id, body.get("content_title"), body.get("board_id"))
    commit(db.session)
    return created(clearance_json(clearance, utcnow()),
                   url_for(".get_role_clearance", clearance_id=clearance.id))


@bp.get("/me/role-clearances")
def my_role_clearances():
    actor = require_user()
    now = utcnow()
    return jsonify({"items": [clearance_json(c, now)
                              for c in service.clearances_of(db.session, actor, actor)]})


@bp.get(f"/role-clearances/<{ID}:clearance_id>")
def get_role_clearance(clearance_id: int):
    clearance = service.get_clearance(db.session, require_user(), clearance_id)
    return jsonify(clearance_json(clearance, utcnow()))


# ---------------------------------------------------------------- learner statement


@bp.get(f"/disclosure-statements/<{KIND_PATH}:content_kind>/<{ID}:content_id>")
def disclosure_statement(content_kind: str, content_id: int):
    """What learners see before they engage (ACCME Standards for Integrity and Independence,
    Standard 3.5): who controls the content and their relevant relationships."""
    if not policy.can_view_statement(api_user(), content_kind, content_id):
        raise NotFound("There is no such content.")
    entries = service.statement(db.session, content_kind, content_id)
    if not entries:
        raise NotFound("No one has been cleared to control this content yet, so there is no "
                       "disclosure statement.")
    return jsonify(statement_json(content_kind, content_id, entries))


# ---------------------------------------------------------------- OpenAPI

STR, INT, BOOL = {"type": "string"}, {"type": "integer"}, {"type": "boolean"}
TIME = {"type": "string", "format": "date-time"}
NTIME = {"type": ["string", "null"], "format": "date-time"}
NSTR, NINT = {"type": ["string", "null"]}, {"type": ["integer", "null"]}
DATE = {"type": "string", "format": "date"}


def _obj(properties: dict, optional: tuple = ()) -> dict:
    return {"type": "object", "properties": properties, "additionalProperties": False,
            "required": [k for k in properties if k not in optional]}


_COMPANY_DETAILS = ("notes", "created_at", "classified_at", "added_by", "classified_by")
SCHEMAS = {
    "Company": _obj({
        "id": INT, "name": STR, "ineligible": {"type": ["boolean", "null"],
                                               "description": "null: not classified yet"},
        "classification": {"enum": ["ineligible", "eligible", "unclassified"]},
        "kind": {"enum": ["", *COMPANY_KINDS]},
        "notes": STR, "created_at": TIME, "classified_at": NTIME, "added_by": NSTR,
        "classified_by": NSTR}, optional=_COMPANY_DETAILS),
    "CompanyPage": _obj({"items": {"type": "array", "items": ref("Company")}, "page": INT,
                         "per_page": INT, "total": INT, "pages": INT}),
    "Relationship": _obj({
        "id": INT, "company": _obj({"id": INT, "name": STR,
                                    "ineligible": {"type": ["boolean", "null"]}}),
        "nature": {"enum": list(NATURES)}, "nature_label": STR,
        "ownership_type": {"enum": [*OWNERSHIP_TYPES, None]},
        "started_on": DATE, "ended_on": {"type": ["string", "null"], "format": "date"},
        "ongoing": BOOL}),
    "Disclosure": _obj({
        "id": INT, "version": INT, "member": ref("Author"), "declared_none": BOOL,
        "declared_at": TIME, "valid_until": TIME,
        "state": {"enum": ["current", "expired", "superseded"]},
        "superseded_at": NTIME, "superseded_by_id": NINT,
        "relationships": {"type": "array", "items": ref("Relationship")}, "url": STR}),
    "DisclosureList": _obj({"items": {"type": "array", "items": ref("Disclosure")}}),
    "MyDisclosures": _obj({
        "state": {"enum": ["none", "current", "expired"],
                  "description": "none: never filed (not the same as declaring none)"},
        "current": {"anyOf": [ref("Disclosure"), {"type": "null"}]}, "days_left": NINT,
        "versions": {"type": "array", "items": ref("Disclosure")}}),
    "RoleClearance": _obj({
        "id": INT, "member": ref("Author"), "role": {"enum": list(CONTENT_ROLES)},
        "role_label": STR, "content_kind": {"enum": list(CONTENT_KINDS)}, "content_id": INT,
        "content_title": STR, "board_id": NINT, "disclosure_id": INT,
        "status": {"enum": ["pending", "cleared", "refused"]},
        "state": {"enum": ["pending", "cleared", "refused", "lapsed"],
                  "description": "lapsed: cleared on a version that is no longer current"},
        "requested_at": TIME, "reviewed_at": NTIME,
        "reviewed_by": {"anyOf": [ref("Author"), {"type": "null"}]},
        "refusal_reason": NSTR,
        "owner_exception": {"enum": [*OWNER_EXCEPTIONS, None]},
        "reviews": {"type": "array", "items": _obj({
            "relationship_id": INT, "company": STR, "nature": {"enum": list(NATURES)},
            "relevant": BOOL, "mitigation": NSTR, "note": STR})},
        "url": STR}),
    "RoleClearanceList": _obj({"items": {"type": "array", "items": ref("RoleClearance")}}),
    "DisclosureStatement": _obj({
        "content_kind": {"enum": list(CONTENT_KINDS)}, "content_id": INT,
        "entries": {"type": "array", "items": _obj({
            "name": STR, "credentials": STR, "role": {"enum": list(CONTENT_ROLES)},
            "role_label": STR,
            "relationships": {"type": "array", "items": _obj({
                "company": {"type": "string", "description": "company name only: no logos "
                                                            "or brand names"},
                "nature": STR})},
            "statement": STR})}}),
}


def _body(properties: dict, required: tuple = ()) -> dict:
    return {"type": "object", "properties": properties, "required": list(required),
            "additionalProperties": False}


REQUEST_SCHEMAS = {
    "DisclosureFiling": _body({
        "declared_none": {"type": "boolean",
                          "description": "true: no financial relationships with ineligible "
                                         "companies in the past 24 months"},
        "confirm": {"type": "boolean", "description": "must be true: the member declares "
                                                      "the disclosure complete"},
        "relationships": {"type": "array", "maxItems": 50, "items": _body({
            "company": {"type": "string", "maxLength": 200,
                        "description": "a listed company's name, or a new one (queued to be "
                                       "classified)"},
            "nature": {"enum": list(NATURES)},
            "ownership_type": {"enum": [*OWNERSHIP_TYPES, None, ""],
                               "description": "for an ownership interest only"},
            "started_on": {"type": "string", "description": "YYYY-MM-DD or YYYY-MM"},
            "ended_on": {"type": ["string", "null"], "description": "empty when ongoing"},
            "ongoing": BOOL}, ("company", "nature", "started_on"))},
    }, ("confirm",)),
    "CompanyNew": _body({
        "name": {"type": "string", "minLength": 1, "maxLength": 200},
        "ineligible": {"type": ["boolean", "null"]},
        "kind": {"type": "string", "enum": ["", *COMPANY_KINDS]},
        "notes": {"type": "string", "maxLength": 1000}}, ("name",)),
    "CompanyClassification": _body({
        "ineligible": {"type": ["boolean", "null"]},
        "kind": {"type": "string", "enum": ["", *COMPANY_KINDS]},
        "notes": {"type": "string", "maxLength": 1000}}),
    "ContentRoleRequest": _body({
        "role": {"type": "string", "enum": list(CONTENT_ROLES)},
        "content_kind": {"type": "string", "enum": list(CONTENT_KINDS)},
        "content_id": {"type": "integer", "minimum": 1},
        "content_title": {"type": "string", "minLength": 1, "maxLength": 200},
        "board_id": {"type": ["integer", "null"], "minimum": 1}},
        ("role", "content_kind", "content_id", "content_title")),
}

_Q_STATUS = {"name": "status", "in": "query", "required": False,
             "schema": {"enum": list(service.COMPANY_FILTERS)}}
_Q_NAME = {"name": "q", "in": "query", "required": False,
           "schema": {"type": "string", "maxLength": 200}, "description": "part of the name"}
_PAGE = {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}}

extend_openapi([
    op("get", "/me/disclosures", "Your disclosure: the current version and every version",
       "disclosures", schema="MyDisclosures", auth=True),
    op("post", "/me/disclosures", "File a disclosure (a new version; valid 12 months)",
       "disclosures", 201, "Disclosure", body="DisclosureFiling", auth=True, errors=(409,),
       conflict="Problem"),
    op("get", "/disclosures/{disclosure_id}", "One version (its member and moderators)",
       "disclosures", schema="Disclosure", auth=True),
    op("get", "/users/{username}/disclosures",
       "A member's disclosure versions (the member and moderators)", "disclosures",
       schema="DisclosureList", auth=True),
    op("get", "/companies", "Companies and whether they are ineligible", "disclosures",
       schema="CompanyPage", query=(_Q_STATUS, _Q_NAME, _PAGE)),
    op("post", "/companies", "Add a company to the list (moderators)", "disclosures", 201,
       "Company", body="CompanyNew", auth=True, errors=(403,)),
    op("patch", "/companies/{company_id}", "Classify a company (moderators)", "disclosures",
       schema="Company", body="CompanyClassification", auth=True, errors=(403,)),
    op("post", "/role-clearances",
       "Ask for a review of your disclosure for a content role (403 without a current "
       "disclosure)", "disclosures", 201, "RoleClearance", body="ContentRoleRequest",
       auth=True, errors=(403,)),
    op("get", "/me/role-clearances", "Your role requests and their review", "disclosures",
       schema="RoleClearanceList", auth=True),
    op("get", "/role-clearances/{clearance_id}", "One role request and its review",
       "disclosures", schema="RoleClearance", auth=True),
    op("get", "/disclosure-statements/{content_kind}/{content_id}",
       "The disclosure statement learners see before engaging with the content",
       "disclosures", schema="DisclosureStatement"),
], schemas=SCHEMAS, request_schemas=REQUEST_SCHEMAS, params={
    "disclosure_id": INT, "company_id": INT, "clearance_id": INT, "content_id": INT,
    "content_kind": {"enum": list(CONTENT_KINDS)}})

"""JSON API for writing case write-ups together (routes on the shared /api/v1 blueprint):
write-ups, sections and versions, co-authors and invitations, consent, images. Thin: parse,
call community.cases.authoring / images, commit, shape the answer. Documented below through
community.api.openapi.extend."""
from __future__ import annotations

from typing import Any

from flask import Response, jsonify, request, url_for

from community.cases import policy
from community.cases.authoring import images
from community.cases.authoring import service as authoring
from community.cases.authoring.models import FACE_STATUSES, INVITATION_STATES, CaseImage
from community.cases.care import SECTION_KEYS, SECTION_MAX, SECTIONS
from community.cases.models import CREDIT_ROLES, CaseAuthor, CaseReport, CaseVersion
from community.cases.states import STATES
from community.platform.api import api_blueprint, api_user, require_user
from community.platform.api.openapi import INT, STR, extend, op, query_param
from community.platform.api.serializers import (
    ID,
    created,
    no_content,
    only_fields,
    optional_json_body,
)
from community.platform.db import commit, db
from community.platform.errors import ValidationError
from community.platform.spaces import service as spaces

bp = api_blueprint("case_authoring_api", __name__)

# ---------------------------------------------------------------- shapes


def _time(value) -> str | None:
    return value.isoformat() if value is not None else None


def case_summary_json(case: CaseReport, actor) -> dict[str, Any]:
    return {"id": case.id, "title": case.title, "board": case.board.slug,
            "status": case.status, "current_version": case.current_version,
            "corresponding": policy.is_corresponding(actor, case),
            "created_at": _time(case.created_at), "updated_at": _time(case.updated_at),
            "url": url_for(".get_case", case_id=case.id)}


def author_json(row: CaseAuthor) -> dict[str, Any]:
    return {"username": row.user.username, "display_name": row.user.display_name,
            "credentials": row.user.credentials, "position": row.position,
            "roles": list(row.roles), "corresponding": row.corresponding,
            "joined_at": _time(row.joined_at)}


def version_summary_json(version: CaseVersion) -> dict[str, Any]:
    return {"number": version.number, "kind": version.kind, "based_on": version.based_on,
            "saved_by": version.saved_by.username, "note": version.note,
            "created_at": _time(version.created_at)}


def version_json(version: CaseVersion) -> dict[str, Any]:
    return {**version_summary_json(version),
            "sections": {k: version.sections.get(k, "") for k in SECTION_KEYS},
            "cooked": {k: version.cooked.get(k, "") for k in SECTION_KEYS},
            "timeline": list(version.timeline)}


def image_json(image: CaseImage) -> dict[str, Any]:
    return {"id": image.id, "content_type": image.content_type, "size": image.size,
            "width": image.width, "height": image.height, "caption": image.caption,
            "face_status": image.face_status, "face_attested_at": _time(image.face_attested_at),
            "created_at": _time(image.created_at),
            "file_url": url_for(".get_case_image_file", case_id=image.case_id,
                                image_id=image.id)}


def invitation_json(invitation, actor) -> dict[str, Any]:
    case = invitation.case
    body = {"id": invitation.id, "case_id": case.id, "case_title": case.title,
            "invitee": invitation.user.username if invitation.user else None,
            "roles": list(invitation.roles), "message": invitation.message,
            "status": invitation.status, "invited_by": invitation.invited_by.username,
            "created_at": _time(invitation.created_at),
            "responded_at": _time(invitation.responded_at)}
    # The address only to the write-up's authors and the invitee themselves.
    if invitation.email and (policy.is_author(actor, case) or policy.can_answer_invitation(
            actor, invitation.user_id, invitation.email)):
        body["email"] = invitation.email
    return body


def consent_json(case: CaseReport) -> dict[str, Any]:
    return {"consent": case.consent, "reference": case.consent_reference,
            "attested_at": _time(case.consent_attested_at),
            "ready": authoring.consent_ready(case)}


def findings_json(findings: Any) -> Any:
    """The de-identification findings as JSON, whatever shape the scanner returns."""
    if findings is None:
        return None
    if hasattr(findings, "as_dict"):
        return findings.as_dict()
    if isinstance(findings, dict):
        return {k: findings_json(v) for k, v in findings.items()}
    if isinstance(findings, list | tuple):
        return [findings_json(f) for f in findings]
    if hasattr(findings, "to_dict"):
        return findings.to_dict()
    if hasattr(findings, "__dataclass_fields__"):
        from dataclasses import asdict

        return asdict(findings)
    return findings


def case_json(case: CaseReport, actor) -> dict[str, Any]:
    version = authoring.current_version(db.session, case)
    checklist = authoring.checklist(case, version)
    return {**case_summary_json(case, actor),
            "authors": [author_json(a) for a in authoring.authors_of(case)],
            "consent": consent_json(case),
            "version": version_json(version),
            "checklist": checklist, "complete": all(i["complete"] for i in checklist),
            "images": [image_json(i) for i in images.list_images(db.session, actor, case)],
            "unattested_images": len(images.unattested_images(db.session, case)),
            "findings": findings_json(authoring.scan(version.sections, version.timeline)),
            "can_edit": policy.can_edit_case(actor, case),
            "can_manage_authors": policy.can_manage_authors(actor, case)}


def _case(case_id: int) -> CaseReport:
    return authoring.get_case(db.session, api_user(), case_id)


# ---------------------------------------------------------------- write-ups


@bp.get("/cases")
def list_cases():
    actor = require_user()
    return jsonify({
        "items": [case_summary_json(c, actor) for c in authoring.list_my_cases(db.session,
                                                                               actor)],
        "invitations": [invitation_json(i, actor)
                        for i in authoring.my_invitations(db.session, actor)]})


@bp.post("/boards/<slug>/cases")
def start_case(slug: str):
    actor = require_user()
    body = optional_json_body()
    board = spaces.get_board(db.session, actor, slug)
    only_fields(body, ("title",))
    case = authoring.start_case(db.session, actor, board, body)
    commit(db.session)
    return created(case_json(case, actor), url_for(".get_case", case_id=case.id))


@bp.get(f"/cases/<{ID}:case_id>")
def get_case(case_id: int):
    return jsonify(case_json(_case(case_id), api_user()))


@bp.patch(f"/cases/<{ID}:case_id>")
def save_case(case_id: int):
    actor = require_user()
    body = optional_json_body()
    case = _case(case_id)
    only_fields(body, ("base_version", "sections", "timeline"))
    result = authoring.save(db.session, actor, case, body)
    commit(db.session)
    return jsonify({"version": version_json(result.version), "merged": result.merged,
                    "changed": result.changed,
                    "checklist": authoring.checklist(case, result.version),
                    "findings": findings_json(result.findings)})


@bp.put(f"/cases/<{ID}:case_id>/consent")
def attest_consent(case_id: int):
    actor = require_user()
    body = optional_json_body()
    case = _case(case_id)
    only_fields(body, ("consent", "reference"))
    authoring.attest_consent(db.session, actor, case, body.get("consent"),
                             body.get("reference", ""))
    commit(db.session)
    return jsonify(consent_json(case))


# ---------------------------------------------------------------- versions


@bp.get(f"/cases/<{ID}:case_id>/versions")
def list_case_versions(case_id: int):
    case = _case(case_id)
    return jsonify({"items": [version_summary_json(v) for v in
                              authoring.list_versions(db.session, api_user(), case)]})


@bp.get(f"/cases/<{ID}:case_id>/versions/<{ID}:number>")
def get_case_version(case_id: int, number: int):
    case = _case(case_id)
    return jsonify(version_json(authoring.get_version(db.session, api_user(), case, number)))


@bp.get(f"/cases/<{ID}:case_id>/versions/compare")
def compare_case_versions(case_id: int):
    case = _case(case_id)
    result = authoring.compare_versions(db.session, api_user(), case,
                                        request.args.get("from"), request.args.get("to"))
    return jsonify({"from": version_summary_json(result["from"]),
                    "to": version_summary_json(result["to"]), "sections": result["sections"]})


@bp.post(f"/cases/<{ID}:case_id>/versions/<{ID}:number>/restore")
def restore_case_version(case_id: int, number: int):
    actor = require_user()
    case = _case(case_id)
    version = authoring.restore(db.session, actor, case, number)
    commit(db.session)
    return created(version_json(version), url_for(".get_case_version", case_id=case.id,
                                                  number=version.number))


# ---------------------------------------------------------------- authors


def _authors_body(case: CaseReport, actor) -> dict[str, Any]:
    return {"authors": [author_json(a) for a in authoring.authors_of(case)],
            "invitations": [invitation_json(i, actor)
                            for i in authoring.invitations_of(db.session, actor, case)]}


@bp.get(f"/cases/<{ID}:case_id>/authors")
def list_case_authors(case_id: int):
    return jsonify(_authors_body(_case(case_id), api_user()))


@bp.put(f"/cases/<{ID}:case_id>/authors/order")
def order_case_authors(case_id: int):
    actor = require_user()
    body = optional_json_body()
    case = _case(case_id)
    only_fields(body, ("order",))
    authoring.reorder_authors(db.session, actor, case, body.get("order"))
    commit(db.session)
    return jsonify(_authors_body(case, actor))


@bp.patch(f"/cases/<{ID}:case_id>/authors/<username>")
def update_case_author(case_id: int, username: str):
    actor = require_user()
    # The body is checked before the author is looked up: bad input is a 422 whoever it names.
    body = optional_json_body()
    case = _case(case_id)
    only_fields(body, ("roles", "corresponding"))
    roles = authoring.clean_roles(body["roles"]) if "roles" in body else None
    if "corresponding" in body and body["corresponding"] is not True:
        raise ValidationError({"corresponding": [
            "Send true to hand the corresponding role to this author."]})
    if roles is not None:
        authoring.set_roles(db.session, actor, case, username, roles)
    if body.get("corresponding") is True:
        authoring.make_corresponding(db.session, actor, case, username)
    commit(db.session)
    return jsonify(_authors_body(case, actor))


@bp.delete(f"/cases/<{ID}:case_id>/authors/<username>")
def remove_case_author(case_id: int, username: str):
    actor = require_user()
    authoring.remove_author(db.session, actor, _case(case_id), username)
    commit(db.session)
    return no_content()


@bp.post(f"/cases/<{ID}:case_id>/invitations")
def invite_case_author(case_id: int):
    actor = require_user()
    body = optional_json_body()
    case = _case(case_id)
    only_fields(body, ("invitee", "roles", "message"))
    invitation = authoring.invite(db.session, actor, case, body)
    commit(db.session)
    return created(invitation_json(invitation, actor),
                   url_for(".list_case_authors", case_id=case.id))


@bp.delete(f"/cases/<{ID}:case_id>/invitations/<{ID}:invitation_id>")
def withdraw_case_invitation(case_id: int, invitation_id: int):
    actor = require_user()
    case = _case(case_id)
    invitation = authoring.get_invitation(db.session, actor, invitation_id)
    authoring.withdraw_invitation(db.session, actor, case, invitation)
    commit(db.session)
    return jsonify(invitation_json(invitation, actor))


@bp.get("/case-invitations")
def my_case_invitations():
    actor = require_user()
    return jsonify({"items": [invitation_json(i, actor)
                              for i in authoring.my_invitations(db.session, actor)]})


def _answer(invitation_id: int, accept: bool) -> Response:
    actor = require_user()
    invitation = authoring.get_invitation(db.session, actor, invitation_id)
    authoring.answer_invitation(db.session, actor, invitation, accept)
    commit(db.session)
    return jsonify(invitation_json(invitation, actor))


@bp.post(f"/case-invitations/<{ID}:invitation_id>/accept")
def accept_case_invitation(invitation_id: int):
    return _answer(invitation_id, True)


@bp.post(f"/case-invitations/<{ID}:invitation_id>/decline")
def decline_case_invitation(invitation_id: int):
    return _answer(invitation_id, False)


# ---------------------------------------------------------------- images


@bp.url_value_preprocessor
def _image_upload_limit(endpoint: str | None, _values: dict | None) -> None:
    """Image uploads may be larger than the site's 2 MB request limit; JSON bodies on the
    same route keep it. (Runs before any before_request hook reads the body.)"""
    if endpoint == "case_authoring_api.upload_case_image" \
            and request.mimetype == "multipart/form-data":
        request.max_content_length = images.UPLOAD_REQUEST_MAX


@bp.get(f"/cases/<{ID}:case_id>/images")
def list_case_images(case_id: int):
    case = _case(case_id)
    return jsonify({"items": [image_json(i) for i in
                              images.list_images(db.session, api_user(), case)]})


@bp.post(f"/cases/<{ID}:case_id>/images")
def upload_case_image(case_id: int):
    actor = require_user()
    # Read the body first, so too large is a 413 whatever the id; then the write-up (404);
    # then whether it is a form with a file (422).
    multipart = request.mimetype == "multipart/form-data"
    if multipart:
        upload, caption = request.files.get("image"), request.form.get("caption", "")
    else:
        request.get_data()
    case = _case(case_id)
    if not multipart:
        raise ValidationError({"image": ["Send multipart/form-data with the file in the "
                                         "'image' field."]})
    image = images.upload(db.session, actor, case, upload, caption)
    commit(db.session)
    return created(image_json(image), url_for(".get_case_image", case_id=case.id,
                                              image_id=image.id))


@bp.get(f"/cases/<{ID}:case_id>/images/<{ID}:image_id>")
def get_case_image(case_id: int, image_id: int):
    case = _case(case_id)
    return jsonify(image_json(images.get_image(db.session, api_user(), case, image_id)))


@bp.get(f"/cases/<{ID}:case_id>/images/<{ID}:image_id>/file")
def get_case_image_file(case_id: int, image_id: int):
    case = _case(case_id)
    return image_response(images.get_image(db.session, api_user(), case, image_id))


def image_response(image: CaseImage) -> Response:
    """The bytes, for those who may read the write-up only: never cached by shared caches,
    never sniffed as anything but the image type we re-encoded."""
    response = Response(image.data, mimetype=image.content_type)
    response.headers["Cache-Control"] = "private, max-age=3600"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Disposition"] = (
        f'inline; filename="case-{image.case_id}-image-{image.id}.'
        f'{"png" if image.content_type == "image/png" else "jpg"}"')
    response.set_etag(image.sha256)
    return response.make_conditional(request)


@bp.patch(f"/cases/<{ID}:case_id>/images/<{ID}:image_id>")
def attest_case_image(case_id: int, image_id: int):
    actor = require_user()
    body = optional_json_body()  # checked before the image is looked up
    case = _case(case_id)
    only_fields(body, ("face_status",))
    face_status = body.get("face_status")
    if not isinstance(face_status, str) or face_status not in FACE_STATUSES:
        raise ValidationError({"face_status": [f"Choose one of: {', '.join(FACE_STATUSES)}."]})
    image = images.get_image(db.session, actor, case, image_id)
    images.attest_face(db.session, actor, case, image, face_status)
    commit(db.session)
    return jsonify(image_json(image))


@bp.delete(f"/cases/<{ID}:case_id>/images/<{ID}:image_id>")
def delete_case_image(case_id: int, image_id: int):
    actor = require_user()
    case = _case(case_id)
    images.delete(db.session, actor, case, images.get_image(db.session, actor, case, image_id))
    commit(db.session)
    return no_content()


# ---------------------------------------------------------------- OpenAPI

def _obj(properties: dict[str, Any], required: tuple[str, ...] | None = None,
         extra: bool = False) -> dict[str, Any]:
    return {"type": "object", "properties": properties,
            "required": list(properties if required is None else required),
            "additionalProperties": extra}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


TIME = {"type": "string", "format": "date-time"}
TIME_OR_NULL = {"type": ["string", "null"], "format": "date-time"}
SECTION_MAP = _obj({k: {"type": "string"} for k in SECTION_KEYS})
ROLES = {"type": "array", "items": {"enum": list(CREDIT_ROLES)}}
EVENT = _obj({"day": {"type": "integer", "description": "relative day (negative: history)"},
              "event": STR})
DIFF_ROWS = {"type": "array", "items": _obj({"op": {"enum": ["equal", "delete", "insert"]},
                                             "text": STR})}
HUNK = {"type": "object", "properties": {
    "kind": {"enum": ["equal", "yours", "theirs", "both", "conflict"]},
    "lines": {"type": "array", "items": STR}, "base": {"type": "array", "items": STR},
    "theirs": {"type": "array", "items": STR}, "yours": {"type": "array", "items": STR}},
    "required": ["kind"], "additionalProperties": False}
FINDINGS = {
    "description": "De-identification findings from community.cases.deid, per section key "
                   "(timeline events as timeline.<n>); null when the scanner is not "
                   "installed",
    "type": ["object", "null"],
    "additionalProperties": {"type": "array", "items": {
        "type": "object", "properties": {"category": STR, "label": STR, "start": INT,
                                         "end": INT, "text": STR},
        "required": ["category", "start", "end", "text"]}}}
CHECKLIST = {"type": "array", "items": _obj({
    "key": {"enum": list(SECTION_KEYS)}, "title": STR, "complete": {"type": "boolean"},
    "missing": STR})}
_PROBLEM_BASE = {"type": STR, "title": STR, "status": INT, "detail": STR, "instance": STR}

SCHEMAS = {
    "WriteUpSummary": _obj({
        "id": INT, "title": STR, "board": STR, "status": {"enum": list(STATES)},
        "current_version": INT, "corresponding": {"type": "boolean"}, "created_at": TIME,
        "updated_at": TIME, "url": STR}),
    "WriteUpAuthor": _obj({
        "username": STR, "display_name": STR, "credentials": STR, "position": INT,
        "roles": ROLES, "corresponding": {"type": "boolean"}, "joined_at": TIME}),
    "WriteUpVersionSummary": _obj({
        "number": INT, "kind": {"enum": ["save", "merge", "restore", "correction"]},
        "based_on": {"type": ["integer", "null"]}, "saved_by": STR, "note": STR,
        "created_at": TIME}),
    "WriteUpVersion": _obj({
        "number": INT, "kind": {"enum": ["save", "merge", "restore", "correction"]},
        "based_on": {"type": ["integer", "null"]}, "saved_by": STR, "note": STR,
        "created_at": TIME, "sections": SECTION_MAP, "cooked": SECTION_MAP,
        "timeline": {"type": "array", "items": EVENT}}),
    "WriteUpImage": _obj({
        "id": INT, "content_type": {"enum": ["image/png", "image/jpeg"]}, "size": INT,
        "width": INT, "height": INT, "caption": STR,
        "face_status": {"enum": [*FACE_STATUSES, None]}, "face_attested_at": TIME_OR_NULL,
        "created_at": TIME, "file_url": STR}),
    "WriteUpInvitation": _obj({
        "id": INT, "case_id": INT, "case_title": STR, "invitee": {"type": ["string", "null"]},
        "email": STR, "roles": ROLES, "message": STR, "status": {"enum": list(
            INVITATION_STATES)}, "invited_by": STR, "created_at": TIME,
        "responded_at": TIME_OR_NULL},
        ("id", "case_id", "case_title", "invitee", "roles", "message", "status", "invited_by",
         "created_at", "responded_at")),
    "WriteUpConsent": _obj({"consent": {"enum": ["obtained", "waived", None]}, "reference": STR,
                         "attested_at": TIME_OR_NULL, "ready": {"type": "boolean"}}),
    "WriteUpList": _obj({"items": {"type": "array", "items": _ref("WriteUpSummary")},
                      "invitations": {"type": "array", "items": _ref("WriteUpInvitation")}}),
    "WriteUpInvitationList": _obj({"items": {"type": "array", "items": _ref("WriteUpInvitation")}}),
    "WriteUpDetail": _obj({
        "id": INT, "title": STR, "board": STR, "status": {"enum": list(STATES)},
        "current_version": INT, "corresponding": {"type": "boolean"}, "created_at": TIME,
        "updated_at": TIME, "url": STR,
        "authors": {"type": "array", "items": _ref("WriteUpAuthor")},
        "consent": _ref("WriteUpConsent"), "version": _ref("WriteUpVersion"),
        "checklist": CHECKLIST, "complete": {"type": "boolean"},
        "images": {"type": "array", "items": _ref("WriteUpImage")}, "unattested_images": INT,
        "findings": FINDINGS, "can_edit": {"type": "boolean"},
        "can_manage_authors": {"type": "boolean"}}),
    "WriteUpSaved": _obj({"version": _ref("WriteUpVersion"), "merged": {"type": "boolean"},
                       "changed": {"type": "array", "items": {"enum": list(SECTION_KEYS)}},
                       "checklist": CHECKLIST, "findings": FINDINGS}),
    "WriteUpVersionList": _obj({"items": {"type": "array", "items": _ref("WriteUpVersionSummary")}}),
    "WriteUpVersionDiff": _obj({
        "from": _ref("WriteUpVersionSummary"), "to": _ref("WriteUpVersionSummary"),
        "sections": {"type": "array", "items": {
            "type": "object", "properties": {
                "key": {"enum": list(SECTION_KEYS)}, "title": STR,
                "changed": {"type": "boolean"}, "diff": DIFF_ROWS,
                "events_changed": {"type": "boolean"}, "events_diff": DIFF_ROWS},
            "required": ["key", "title", "changed", "diff"], "additionalProperties": False}}}),
    "WriteUpAuthorList": _obj({"authors": {"type": "array", "items": _ref("WriteUpAuthor")},
                            "invitations": {"type": "array",
                                            "items": _ref("WriteUpInvitation")}}),
    "WriteUpImageList": _obj({"items": {"type": "array", "items": _ref("WriteUpImage")}}),
    "WriteUpConflictProblem": {
        "type": "object", "description": "A co-author changed the same section(s) since "
                                         "base_version; save again based on current_version.",
        "properties": {
            **_PROBLEM_BASE, "current_version": INT, "base_version": INT,
            "merged_sections": SECTION_MAP,
            "merged_timeline": {"type": "array", "items": EVENT},
            "conflicts": {"type": "array", "items": {
                "type": "object", "properties": {
                    "section": {"enum": list(SECTION_KEYS)}, "title": STR, "base": STR,
                    "theirs": STR, "yours": STR, "merged": STR,
                    "diff3": {"type": "array", "items": HUNK},
                    "timeline_diff3": {"type": "array", "items": HUNK},
                    "base_timeline": {"type": "array", "items": EVENT},
                    "theirs_timeline": {"type": "array", "items": EVENT},
                    "yours_timeline": {"type": "array", "items": EVENT}},
                "required": ["section", "title", "base", "theirs", "yours", "diff3",
                             "merged"]}}},
        # A save racing another at the very same moment gets a plain 409 to retry.
        "required": ["type", "title", "status", "detail"]},
}


def _body(properties: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": list(required),
            "additionalProperties": False}


REQUEST_SCHEMAS = {
    "NewWriteUp": _body({"title": {"type": "string", "maxLength": SECTION_MAX}}),
    "WriteUpSave": _body({
        "base_version": {"type": "integer", "minimum": 1,
                         "description": "the version you started editing from"},
        "sections": {"type": "object", "description": "sections to change (others keep the "
                     "base version's text): " + ", ".join(
                         f"{k} ({SECTIONS[k][0]})" for k in SECTION_KEYS),
                     "propertyNames": {"enum": list(SECTION_KEYS)},
                     "additionalProperties": {"type": "string", "maxLength": SECTION_MAX}},
        "timeline": {"type": "array", "maxItems": authoring.TIMELINE_MAX, "items": {
            "type": "object", "properties": {"day": {"type": "integer"}, "event": {
                "type": "string", "maxLength": authoring.EVENT_MAX}},
            "required": ["day", "event"], "additionalProperties": False},
            "description": "relative days, never calendar dates"},
    }, ("base_version",)),
    "WriteUpConsentRequest": _body({"consent": {"enum": ["obtained", "waived"]},
                                 "reference": {"type": "string", "maxLength": 200,
                                               "description": "the ethics board's reference "
                                                              "(required for waived)"}},
                                ("consent",)),
    "WriteUpAuthorOrder": _body({"order": {"type": "array", "items": STR,
                                        "description": "every author's username, first "
                                                       "author first"}}, ("order",)),
    "WriteUpAuthorUpdate": _body({"roles": ROLES, "corresponding": {
        "type": "boolean", "const": True,
        "description": "hand the corresponding role to this author"}}),
    "WriteUpInvite": _body({"invitee": {"type": "string", "description": "username or email"},
                         "roles": ROLES, "message": {"type": "string", "maxLength": 1000}},
                        ("invitee",)),
    "WriteUpImageAttest": _body({"face_status": {"enum": list(FACE_STATUSES)}}, ("face_status",)),
}

_CASE = "cases"
_IMAGE_MEDIA = {"image/png": {"schema": {"description": "PNG bytes"}},
                "image/jpeg": {"schema": {"description": "JPEG bytes"}}}
extend(
    [
        op("get", "/cases", "Your case write-ups and pending co-author invitations", _CASE,
           schema="WriteUpList", auth=True),
        op("post", "/boards/{slug}/cases", "Start a case write-up in a board (you become "
           "author 1 and corresponding)", _CASE, 201, "WriteUpDetail", body="NewWriteUp", auth=True,
           errors=(403,)),
        op("get", "/cases/{case_id}", "A write-up: current version, CARE checklist, authors, "
           "consent, images, de-identification findings", _CASE, schema="WriteUpDetail"),
        op("patch", "/cases/{case_id}", "Save sections and/or the timeline as a new version "
           "(merged when co-authors changed other sections; 409 with a three-way diff when "
           "they changed the same ones)", _CASE, schema="WriteUpSaved", body="WriteUpSave",
           auth=True, errors=(403, 409), conflict="WriteUpConflictProblem"),
        op("put", "/cases/{case_id}/consent", "Attest the patient's consent (obtained, or "
           "waived with the ethics board's reference)", _CASE, schema="WriteUpConsent",
           body="WriteUpConsentRequest", auth=True, errors=(403,)),
        op("get", "/cases/{case_id}/versions", "Every version, newest first", _CASE,
           schema="WriteUpVersionList"),
        op("get", "/cases/{case_id}/versions/{number}", "One version's sections", _CASE,
           schema="WriteUpVersion"),
        op("get", "/cases/{case_id}/versions/compare", "Two versions compared section by "
           "section (line diffs)", _CASE, schema="WriteUpVersionDiff",
           query=(query_param("from", {"type": "integer", "minimum": 1}, True),
                  query_param("to", {"type": "integer", "minimum": 1}, True))),
        op("post", "/cases/{case_id}/versions/{number}/restore", "Restore a version as a new "
           "version", _CASE, 201, "WriteUpVersion", auth=True, errors=(403,)),
        op("get", "/cases/{case_id}/authors", "Authors in order, and the invitations",
           _CASE, schema="WriteUpAuthorList"),
        op("put", "/cases/{case_id}/authors/order", "Reorder the authors (corresponding "
           "author)", _CASE, schema="WriteUpAuthorList", body="WriteUpAuthorOrder", auth=True,
           errors=(403,)),
        op("patch", "/cases/{case_id}/authors/{username}", "Set an author's contribution "
           "roles, or hand them the corresponding role (corresponding author)", _CASE,
           schema="WriteUpAuthorList", body="WriteUpAuthorUpdate", auth=True, errors=(403,)),
        op("delete", "/cases/{case_id}/authors/{username}", "Remove a co-author "
           "(corresponding author), or leave yourself", _CASE, 204, auth=True,
           errors=(403,)),
        op("post", "/cases/{case_id}/invitations", "Invite a co-author by username or email "
           "(corresponding author)", _CASE, 201, "WriteUpInvitation", body="WriteUpInvite",
           auth=True, errors=(403,)),
        op("delete", "/cases/{case_id}/invitations/{invitation_id}", "Withdraw a pending "
           "invitation (corresponding author)", _CASE, schema="WriteUpInvitation", auth=True,
           errors=(403, 409), conflict="Problem"),
        op("get", "/case-invitations", "Your pending co-author invitations", _CASE,
           schema="WriteUpInvitationList", auth=True),
        op("post", "/case-invitations/{invitation_id}/accept", "Accept an invitation to "
           "co-author", _CASE, schema="WriteUpInvitation", auth=True, errors=(403, 409),
           conflict="Problem"),
        op("post", "/case-invitations/{invitation_id}/decline", "Decline an invitation to "
           "co-author", _CASE, schema="WriteUpInvitation", auth=True, errors=(403, 409),
           conflict="Problem"),
        op("get", "/cases/{case_id}/images", "The write-up's images", _CASE,
           schema="WriteUpImageList"),
        op("post", "/cases/{case_id}/images", "Upload a PNG or JPEG (multipart/form-data: "
           f"image, caption; at most {images.IMAGE_MAX_BYTES // 1048576} MB, "
           f"{images.IMAGES_PER_CASE} per write-up); metadata is stripped", _CASE, 201,
           "WriteUpImage", auth=True, errors=(403, 413, 422)),
        op("get", "/cases/{case_id}/images/{image_id}", "One image's details", _CASE,
           schema="WriteUpImage"),
        op("get", "/cases/{case_id}/images/{image_id}/file", "The image itself", _CASE,
           media=_IMAGE_MEDIA),
        op("patch", "/cases/{case_id}/images/{image_id}", 'Attest the image: "no_face" '
           '(no identifiable face) or "blurred" (faces blurred or cropped)', _CASE,
           schema="WriteUpImage", body="WriteUpImageAttest", auth=True, errors=(403,)),
        op("delete", "/cases/{case_id}/images/{image_id}", "Delete an image", _CASE, 204,
           auth=True, errors=(403,)),
    ],
    schemas=SCHEMAS,
    request_schemas=REQUEST_SCHEMAS,
    params={"case_id": INT, "invitation_id": INT, "image_id": INT},
)

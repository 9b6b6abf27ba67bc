"""JSON API for writing case write-ups together: write-ups, sections and versions, co-authors
and invitations, consent, images. Thin: each route declares its contract
(community.cases.authoring.schemas), calls community.cases.authoring (service, images),
commits and shapes the answer."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from flask import Response, request, url_for

from community.cases import policy
from community.cases.authoring import images, schemas
from community.cases.authoring import service as authoring
from community.cases.authoring.models import CAPTION_MAX, CaseImage
from community.cases.care import SECTION_KEYS
from community.cases.models import CaseAuthor, CaseReport, CaseVersion
from community.platform.api import Created, api_blueprint, api_user, operation, require_user
from community.platform.contract import parse_form
from community.platform.db import commit, db
from community.platform.errors import ValidationError
from community.platform.i18n import _
from community.platform.spaces import service as spaces

bp = api_blueprint("case_authoring_api", __name__)
TAG = "cases"

# ---------------------------------------------------------------- shapes


def case_summary_json(case: CaseReport, actor) -> dict[str, Any]:
    return {"id": case.id, "title": case.title, "board": case.board.slug,
            "status": case.status, "current_version": case.current_version,
            "corresponding": policy.is_corresponding(actor, case),
            "created_at": case.created_at, "updated_at": case.updated_at,
            "url": url_for(".get_case", case_id=case.id)}


def author_json(row: CaseAuthor) -> dict[str, Any]:
    return {"username": row.user.username, "display_name": row.user.display_name,
            "credentials": row.user.credentials, "position": row.position,
            "roles": list(row.roles), "corresponding": row.corresponding,
            "joined_at": row.joined_at}


def version_summary_json(version: CaseVersion) -> dict[str, Any]:
    return {"number": version.number, "kind": version.kind, "based_on": version.based_on,
            "saved_by": version.saved_by.username, "note": version.note,
            "created_at": version.created_at}


def version_json(version: CaseVersion) -> dict[str, Any]:
    return {**version_summary_json(version),
            "sections": {k: version.sections.get(k, "") for k in SECTION_KEYS},
            "cooked": {k: version.cooked.get(k, "") for k in SECTION_KEYS},
            "timeline": list(version.timeline)}


def image_json(image: CaseImage) -> dict[str, Any]:
    return {"id": image.id, "content_type": image.content_type, "size": image.size,
            "width": image.width, "height": image.height, "caption": image.caption,
            "face_status": image.face_status, "face_attested_at": image.face_attested_at,
            "created_at": image.created_at,
            "file_url": url_for(".get_case_image_file", case_id=image.case_id,
                                image_id=image.id)}


def invitation_json(invitation, actor) -> dict[str, Any]:
    case = invitation.case
    body = {"id": invitation.id, "case_id": case.id, "case_title": case.title,
            "invitee": invitation.user.username if invitation.user else None,
            "roles": list(invitation.roles), "message": invitation.message,
            "status": invitation.status, "invited_by": invitation.invited_by.username,
            "created_at": invitation.created_at, "responded_at": invitation.responded_at}
    # The address only to the write-up's authors and the invitee themselves.
    if invitation.email and (policy.is_author(actor, case) or policy.can_answer_invitation(
            actor, invitation.user_id, invitation.email)):
        body["email"] = invitation.email
    return body


def consent_json(case: CaseReport) -> dict[str, Any]:
    return {"consent": case.consent, "reference": case.consent_reference,
            "attested_at": case.consent_attested_at,
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
@operation("Your case write-ups and pending co-author invitations", tag=TAG,
           response=schemas.WriteUpList, auth=True)
def list_cases():
    actor = require_user()
    return {"items": [case_summary_json(c, actor)
                      for c in authoring.list_my_cases(db.session, actor)],
            "invitations": [invitation_json(i, actor)
                            for i in authoring.my_invitations(db.session, actor)]}


@bp.post("/boards/<slug>/cases")
@operation("Start a case write-up in a board (you become author 1 and corresponding)",
           tag=TAG, body=schemas.NewWriteUp, body_required=False, status=201,
           response=schemas.WriteUpDetail, auth=True, errors=(403,))
def start_case(slug: str, body: schemas.NewWriteUp):
    actor = require_user()
    board = spaces.get_board(db.session, actor, slug)
    case = authoring.start_case(db.session, actor, board, body)
    commit(db.session)
    return Created(case_json(case, actor), url_for(".get_case", case_id=case.id))


@bp.get("/cases/<id:case_id>")
@operation("A write-up: current version, CARE checklist, authors, consent, images, "
           "de-identification findings", tag=TAG, response=schemas.WriteUpDetail)
def get_case(case_id: int):
    return case_json(_case(case_id), api_user())


@bp.patch("/cases/<id:case_id>")
@operation("Save sections and/or the timeline as a new version", tag=TAG,
           body=schemas.WriteUpSave, response=schemas.WriteUpSaved, auth=True,
           errors=(403, 409), conflict="ConflictProblem",
           description="Sections not sent keep the base version's text. When co-authors "
                       "saved other sections since `base_version`, the save is merged over "
                       "theirs (`merged`: true); when they changed the same sections, it is "
                       "refused with a 409 (type .../case-edit-conflict) carrying "
                       "`current_version`, `base_version`, `conflicts` (per section: base, "
                       "theirs, yours, a three-way diff `diff3` and the `merged` text with "
                       "conflict markers), `merged_sections` and `merged_timeline`: save "
                       "again based on `current_version`. A save racing another at the very "
                       "same moment gets a plain 409: retry.")
def save_case(case_id: int, body: schemas.WriteUpSave):
    actor = require_user()
    case = _case(case_id)
    result = authoring.save(db.session, actor, case, body)
    commit(db.session)
    return {"version": version_json(result.version), "merged": result.merged,
            "changed": result.changed, "checklist": authoring.checklist(case, result.version),
            "findings": findings_json(result.findings)}


@bp.post("/cases/<id:case_id>/preview")
@operation("Render a section's Markdown as the write-up will show it (authors, while "
           "editable); nothing is saved", tag=TAG, body=schemas.WriteUpPreviewRequest,
           response=schemas.WriteUpPreview, auth=True, errors=(403, 429))
def preview_case_section(case_id: int, body: schemas.WriteUpPreviewRequest):
    actor = require_user()
    return {"html": authoring.preview(db.session, actor, _case(case_id), body.raw)}


@bp.put("/cases/<id:case_id>/consent")
@operation("Attest the patient's consent (obtained, or waived with the ethics board's "
           "reference)", tag=TAG, body=schemas.WriteUpConsentRequest,
           response=schemas.WriteUpConsent, auth=True, errors=(403,))
def attest_consent(case_id: int, body: schemas.WriteUpConsentRequest):
    actor = require_user()
    case = _case(case_id)
    authoring.attest_consent(db.session, actor, case, body)
    commit(db.session)
    return consent_json(case)


# ---------------------------------------------------------------- versions


@bp.get("/cases/<id:case_id>/versions")
@operation("Every version, newest first", tag=TAG, response=schemas.WriteUpVersionList)
def list_case_versions(case_id: int):
    case = _case(case_id)
    return {"items": [version_summary_json(v)
                      for v in authoring.list_versions(db.session, api_user(), case)]}


@bp.get("/cases/<id:case_id>/versions/<id:number>")
@operation("One version's sections", tag=TAG, response=schemas.WriteUpVersion)
def get_case_version(case_id: int, number: int):
    case = _case(case_id)
    return version_json(authoring.get_version(db.session, api_user(), case, number))


@bp.get("/cases/<id:case_id>/versions/compare")
@operation("Two versions compared section by section (line diffs)", tag=TAG,
           query=schemas.VersionCompareQuery, response=schemas.WriteUpVersionDiff)
def compare_case_versions(case_id: int, query: schemas.VersionCompareQuery):
    case = _case(case_id)
    result = authoring.compare_versions(db.session, api_user(), case, query.from_, query.to)
    return {"from": version_summary_json(result["from"]),
            "to": version_summary_json(result["to"]), "sections": result["sections"]}


@bp.post("/cases/<id:case_id>/versions/<id:number>/restore")
@operation("Restore a version as a new version", tag=TAG, status=201,
           response=schemas.WriteUpVersion, auth=True, errors=(403,))
def restore_case_version(case_id: int, number: int):
    actor = require_user()
    case = _case(case_id)
    version = authoring.restore(db.session, actor, case, number)
    commit(db.session)
    return Created(version_json(version), url_for(".get_case_version", case_id=case.id,
                                                  number=version.number))


# ---------------------------------------------------------------- authors


def _authors_body(case: CaseReport, actor) -> dict[str, Any]:
    return {"authors": [author_json(a) for a in authoring.authors_of(case)],
            "invitations": [invitation_json(i, actor)
                            for i in authoring.invitations_of(db.session, actor, case)]}


@bp.get("/cases/<id:case_id>/authors")
@operation("Authors in order, and the invitations", tag=TAG,
           response=schemas.WriteUpAuthorList)
def list_case_authors(case_id: int):
    return _authors_body(_case(case_id), api_user())


@bp.put("/cases/<id:case_id>/authors/order")
@operation("Reorder the authors (corresponding author)", tag=TAG,
           body=schemas.WriteUpAuthorOrder, response=schemas.WriteUpAuthorList, auth=True,
           errors=(403,))
def order_case_authors(case_id: int, body: schemas.WriteUpAuthorOrder):
    actor = require_user()
    case = _case(case_id)
    authoring.reorder_authors(db.session, actor, case, body)
    commit(db.session)
    return _authors_body(case, actor)


@bp.patch("/cases/<id:case_id>/authors/<username>")
@operation("Set an author's contribution roles, or hand them the corresponding role "
           "(corresponding author)", tag=TAG, body=schemas.WriteUpAuthorUpdate,
           response=schemas.WriteUpAuthorList, auth=True, errors=(403,))
def update_case_author(case_id: int, username: str, body: schemas.WriteUpAuthorUpdate):
    actor = require_user()
    case = _case(case_id)
    # The body is read before the author is looked up: bad input is a 422 whoever it names.
    roles, corresponding = body.roles, body.corresponding
    if roles is not None:
        authoring.set_roles(db.session, actor, case, username, roles)
    if corresponding:
        authoring.make_corresponding(db.session, actor, case, username)
    commit(db.session)
    return _authors_body(case, actor)


@bp.delete("/cases/<id:case_id>/authors/<username>")
@operation("Remove a co-author (corresponding author), or leave yourself", tag=TAG,
           status=204, auth=True, errors=(403,))
def remove_case_author(case_id: int, username: str):
    actor = require_user()
    authoring.remove_author(db.session, actor, _case(case_id), username)
    commit(db.session)


@bp.post("/cases/<id:case_id>/invitations")
@operation("Invite a co-author by username or email (corresponding author)", tag=TAG,
           body=schemas.WriteUpInvite, status=201, response=schemas.WriteUpInvitation,
           auth=True, errors=(403,))
def invite_case_author(case_id: int, body: schemas.WriteUpInvite):
    actor = require_user()
    case = _case(case_id)
    invitation = authoring.invite(db.session, actor, case, body)
    commit(db.session)
    return Created(invitation_json(invitation, actor),
                   url_for(".list_case_authors", case_id=case.id))


@bp.delete("/cases/<id:case_id>/invitations/<id:invitation_id>")
@operation("Withdraw a pending invitation (corresponding author)", tag=TAG,
           response=schemas.WriteUpInvitation, auth=True, errors=(403, 409),
           conflict="ConflictProblem")
def withdraw_case_invitation(case_id: int, invitation_id: int):
    actor = require_user()
    case = _case(case_id)
    invitation = authoring.get_invitation(db.session, actor, invitation_id)
    authoring.withdraw_invitation(db.session, actor, case, invitation)
    commit(db.session)
    return invitation_json(invitation, actor)


@bp.get("/case-invitations")
@operation("Your pending co-author invitations", tag=TAG,
           response=schemas.WriteUpInvitationList, auth=True)
def my_case_invitations():
    actor = require_user()
    return {"items": [invitation_json(i, actor)
                      for i in authoring.my_invitations(db.session, actor)]}


def _answer(invitation_id: int, accept: bool) -> dict[str, Any]:
    actor = require_user()
    invitation = authoring.get_invitation(db.session, actor, invitation_id)
    authoring.answer_invitation(db.session, actor, invitation, accept)
    commit(db.session)
    return invitation_json(invitation, actor)


@bp.post("/case-invitations/<id:invitation_id>/accept")
@operation("Accept an invitation to co-author", tag=TAG, response=schemas.WriteUpInvitation,
           auth=True, errors=(403, 409), conflict="ConflictProblem")
def accept_case_invitation(invitation_id: int):
    return _answer(invitation_id, True)


@bp.post("/case-invitations/<id:invitation_id>/decline")
@operation("Decline an invitation to co-author", tag=TAG, response=schemas.WriteUpInvitation,
           auth=True, errors=(403, 409), conflict="ConflictProblem")
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


@bp.get("/cases/<id:case_id>/images")
@operation("The write-up's images", tag=TAG, response=schemas.WriteUpImageList)
def list_case_images(case_id: int):
    case = _case(case_id)
    return {"items": [image_json(i) for i in images.list_images(db.session, api_user(), case)]}


@bp.post("/cases/<id:case_id>/images")
@operation("Upload a PNG or JPEG; its metadata is stripped", tag=TAG, status=201,
           response=schemas.WriteUpImage, auth=True, errors=(403, 413, 422),
           description="A multipart/form-data body (not JSON): the file in `image`, and "
                       f"optionally a `caption` (at most {CAPTION_MAX} characters). "
                       f"At most {images.IMAGE_MAX_BYTES // 1048576} MB per image and "
                       f"{images.IMAGES_PER_CASE} images per write-up; the type is read from "
                       "the bytes, and the image is re-encoded so no EXIF, GPS or other "
                       "metadata survives.")
def upload_case_image(case_id: int):
    actor = require_user()
    # Read the body first, so too large is a 413 whatever the id; then the write-up (404);
    # then whether it is a form with a file (422).
    multipart = request.mimetype == "multipart/form-data"
    if multipart:
        upload = request.files.get("image")
    else:
        request.get_data()
    case = _case(case_id)
    if not multipart:
        raise ValidationError({"image": [_("Send multipart/form-data with the file in the "
                                         "'image' field.")]})
    # An 'image' sent as text instead of a file is a missing file, said as such.
    details = parse_form(schemas.WriteUpImageDetails,
                         {k: v for k, v in request.form.items() if k != "image"})
    image = images.upload(db.session, actor, case, upload, details)
    commit(db.session)
    return Created(image_json(image), url_for(".get_case_image", case_id=case.id,
                                              image_id=image.id))


@bp.get("/cases/<id:case_id>/images/<id:image_id>")
@operation("One image's details", tag=TAG, response=schemas.WriteUpImage)
def get_case_image(case_id: int, image_id: int):
    case = _case(case_id)
    return image_json(images.get_image(db.session, api_user(), case, image_id))


# Binary bodies: OpenAPI 3.1 describes them by their media type alone.
IMAGE_MEDIA = {kind: {"schema": {"contentMediaType": kind, "description": "the image's bytes"}}
               for kind in ("image/png", "image/jpeg")}


@bp.get("/cases/<id:case_id>/images/<id:image_id>/file")
@operation("The image itself", tag=TAG, media=IMAGE_MEDIA)
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


@bp.patch("/cases/<id:case_id>/images/<id:image_id>")
@operation('Attest the image: "no_face" (no identifiable face) or "blurred" (faces blurred or '
           "cropped)", tag=TAG, body=schemas.WriteUpImageAttest,
           response=schemas.WriteUpImage, auth=True, errors=(403,))
def attest_case_image(case_id: int, image_id: int, body: schemas.WriteUpImageAttest):
    actor = require_user()
    case = _case(case_id)
    image = images.get_image(db.session, actor, case, image_id)
    images.attest_face(db.session, actor, case, image, body)
    commit(db.session)
    return image_json(image)


@bp.delete("/cases/<id:case_id>/images/<id:image_id>")
@operation("Delete an image", tag=TAG, status=204, auth=True, errors=(403,))
def delete_case_image(case_id: int, image_id: int):
    actor = require_user()
    case = _case(case_id)
    images.delete(db.session, actor, case, images.get_image(db.session, actor, case, image_id))
    commit(db.session)

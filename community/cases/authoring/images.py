"""A write-up's images: PNG or JPEG only, re-encoded on upload so no metadata survives.

The type is what Pillow finds in the bytes, never the filename or the declared
Content-Type; re-encoding from the decoded pixels drops every kind of metadata
(community.platform.images, which members' avatars share).

Each image must be attested "contains no identifiable face" or "blurred/cropped" before
submission: `unattested_images(db, case)` lists those still waiting (peer review's
submission check calls it)."""
from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import IO, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from community.cases import policy
from community.cases.authoring.models import CaseImage
from community.cases.authoring.schemas import WriteUpImageAttest, WriteUpImageDetails
from community.cases.models import CaseReport
from community.platform.accounts.models import User
from community.platform.contract import coerce
from community.platform.db import utcnow
from community.platform.errors import Forbidden, NotFound, ValidationError
from community.platform.i18n import _
from community.platform.images import FORMATS, MAX_PIXELS, decode, encode_clean

IMAGE_MAX_BYTES = 5 * 1024 * 1024      # per uploaded file
IMAGES_PER_CASE = 20
# Room for the multipart envelope and form fields around one image.
UPLOAD_REQUEST_MAX = IMAGE_MAX_BYTES + 256 * 1024


def reencode(data: bytes) -> tuple[bytes, str, int, int]:
    """(clean bytes, content type, width, height), or a ValidationError for anything that
    is not a readable PNG or JPEG within the limits (community.platform.images)."""
    image, kind = decode(data, max_bytes=IMAGE_MAX_BYTES, max_pixels=MAX_PIXELS)
    return encode_clean(image, kind), FORMATS[kind], image.width, image.height


def _require_editor(actor: User, case: CaseReport) -> None:
    if not policy.can_edit_case(actor, case):
        raise Forbidden(_("Only the authors change this write-up's images, while it is a draft "
                        "or revisions were requested."))


def upload(db: Session, actor: User, case: CaseReport, stream: IO[bytes] | bytes | None,
           details: WriteUpImageDetails | Mapping[str, Any] | None = None) -> CaseImage:
    """`stream`: the file's bytes (multipart/form-data's 'image'); `details`: the fields
    beside it (the caption)."""
    details = coerce(WriteUpImageDetails, details or {})
    _require_editor(actor, case)
    caption = details.caption or ""
    if stream is None:
        raise ValidationError({"image": [_("Choose a PNG or JPEG file to upload.")]})
    data = stream if isinstance(stream, bytes) else stream.read(IMAGE_MAX_BYTES + 1)
    count = db.scalar(select(func.count()).select_from(CaseImage)
                      .where(CaseImage.case_id == case.id))
    if count >= IMAGES_PER_CASE:
        raise ValidationError({"image": [_("A write-up has at most %(max)s images; delete one first.",
                                           max=IMAGES_PER_CASE)]})
    clean, content_type, width, height = reencode(data)
    image = CaseImage(case_id=case.id, uploaded_by_id=actor.id, content_type=content_type,
                      data=clean, size=len(clean), width=width, height=height,
                      sha256=hashlib.sha256(clean).hexdigest(), caption=caption,
                      created_at=utcnow())
    db.add(image)
    case.updated_at = utcnow()
    db.flush()
    return image


def list_images(db: Session, actor: User | None, case: CaseReport) -> list[CaseImage]:
    if not policy.can_read_case(actor, case):
        raise NotFound(_("No such case write-up, or it is not shared with you."))
    return list(db.scalars(select(CaseImage).where(CaseImage.case_id == case.id)
                           .order_by(CaseImage.id)))


def get_image(db: Session, actor: User | None, case: CaseReport, image_id: int) -> CaseImage:
    if not policy.can_read_case(actor, case):
        raise NotFound(_("No such case write-up, or it is not shared with you."))
    image = db.get(CaseImage, image_id)
    if image is None or image.case_id != case.id:
        raise NotFound(_("No such image on this write-up."))
    return image


def attest_face(db: Session, actor: User, case: CaseReport, image: CaseImage,
                data: WriteUpImageAttest | Mapping[str, Any]) -> CaseImage:
    """An author attests the image shows no identifiable face, or that faces were blurred or
    cropped out."""
    data = coerce(WriteUpImageAttest, data)
    _require_editor(actor, case)
    image.face_status = data.face_status
    image.face_attested_by_id, image.face_attested_at = actor.id, utcnow()
    db.flush()
    return image


def delete(db: Session, actor: User, case: CaseReport, image: CaseImage) -> None:
    _require_editor(actor, case)
    db.delete(image)
    case.updated_at = utcnow()
    db.flush()


def unattested_images(db: Session, case: CaseReport) -> list[CaseImage]:
    """Images nobody attested yet ("no identifiable face" or "blurred/cropped"): submission
    waits until this is empty. No policy check: callers have already loaded the case."""
    return list(db.scalars(select(CaseImage).where(
        CaseImage.case_id == case.id, CaseImage.face_status.is_(None)).order_by(CaseImage.id)))

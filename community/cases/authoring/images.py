"""A write-up's images: PNG or JPEG only, re-encoded on upload so no metadata survives.

The type is what Pillow finds in the bytes (their magic numbers), never the filename or the
declared Content-Type. Re-encoding from the decoded pixels drops EXIF (GPS included), XMP,
IPTC, ICC profiles, PNG text chunks and comments in one go — stripping tag by tag would miss
whatever a camera invents next. The EXIF orientation is applied to the pixels first, so a
photo still shows the right way up without its EXIF.

Each image must be attested "contains no identifiable face" or "blurred/cropped" before
submission: `unattested_images(db, case)` lists those still waiting (peer review's
submission check calls it)."""
from __future__ import annotations

import hashlib
import io
import warnings
from collections.abc import Mapping
from typing import IO, Any

from PIL import Image, ImageOps, UnidentifiedImageError
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

IMAGE_MAX_BYTES = 5 * 1024 * 1024      # per uploaded file
IMAGES_PER_CASE = 20
MAX_PIXELS = 40_000_000                # refuse decompression bombs before decoding
# What the bytes must turn out to be -> what we store and serve.
FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg"}
# Room for the multipart envelope and form fields around one image.
UPLOAD_REQUEST_MAX = IMAGE_MAX_BYTES + 256 * 1024


def reencode(data: bytes) -> tuple[bytes, str, int, int]:
    """(clean bytes, content type, width, height), or a ValidationError for anything that
    is not a readable PNG or JPEG within the limits."""
    if not data:
        raise ValidationError({"image": ["The file is empty."]})
    if len(data) > IMAGE_MAX_BYTES:
        raise ValidationError({"image": [
            f"The image is {len(data) / 1048576:.1f} MB; the limit is "
            f"{IMAGE_MAX_BYTES // 1048576} MB."]})
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=list(FORMATS))
            if image.width * image.height > MAX_PIXELS:
                raise ValidationError({"image": ["The image has too many pixels (at most "
                                                 f"{MAX_PIXELS // 1_000_000} megapixels)."]})
            kind = image.format
            image.load()
            image = ImageOps.exif_transpose(image)
    except ValidationError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError,
            Image.DecompressionBombWarning, OSError, ValueError, SyntaxError):
        raise ValidationError({"image": ["This is not a PNG or JPEG image (or it is "
                                         "damaged)."]}) from None
    return _encode(image, kind), FORMATS[kind], image.width, image.height


def _encode(image: Image.Image, kind: str) -> bytes:
    """Copy the pixels into a fresh image (which has no info, EXIF or profile to carry) and
    save that: nothing but pixels, palette and transparency goes out."""
    if kind == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    elif kind == "PNG" and image.mode not in ("1", "L", "LA", "P", "RGB", "RGBA", "I", "I;16"):
        image = image.convert("RGBA")
    clean = Image.new(image.mode, image.size)
    if image.mode == "P":
        clean.putpalette(image.getpalette() or [])
    clean.paste(image)
    out = io.BytesIO()
    if kind == "JPEG":
        clean.save(out, format="JPEG", quality=90, optimize=True)
    else:
        params: dict[str, Any] = {"optimize": True}
        if image.mode in ("P", "L", "RGB") and "transparency" in image.info:
            params["transparency"] = image.info["transparency"]
        clean.save(out, format="PNG", **params)
    return out.getvalue()


def _require_editor(actor: User, case: CaseReport) -> None:
    if not policy.can_edit_case(actor, case):
        raise Forbidden("Only the authors change this write-up's images, while it is a draft "
                        "or revisions were requested.")


def upload(db: Session, actor: User, case: CaseReport, stream: IO[bytes] | bytes | None,
           details: WriteUpImageDetails | Mapping[str, Any] | None = None) -> CaseImage:
    """`stream`: the file's bytes (multipart/form-data's 'image'); `details`: the fields
    beside it (the caption)."""
    details = coerce(WriteUpImageDetails, details or {})
    _require_editor(actor, case)
    caption = details.caption or ""
    if stream is None:
        raise ValidationError({"image": ["Choose a PNG or JPEG file to upload."]})
    data = stream if isinstance(stream, bytes) else stream.read(IMAGE_MAX_BYTES + 1)
    count = db.scalar(select(func.count()).select_from(CaseImage)
                      .where(CaseImage.case_id == case.id))
    if count >= IMAGES_PER_CASE:
        raise ValidationError({"image": [f"A write-up has at most {IMAGES_PER_CASE} images; "
                                         "delete one first."]})
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
        raise NotFound("No such case write-up, or it is not shared with you.")
    return list(db.scalars(select(CaseImage).where(CaseImage.case_id == case.id)
                           .order_by(CaseImage.id)))


def get_image(db: Session, actor: User | None, case: CaseReport, image_id: int) -> CaseImage:
    if not policy.can_read_case(actor, case):
        raise NotFound("No such case write-up, or it is not shared with you.")
    image = db.get(CaseImage, image_id)
    if image is None or image.case_id != case.id:
        raise NotFound("No such image on this write-up.")
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

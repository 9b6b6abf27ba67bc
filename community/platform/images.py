"""Uploaded pictures, decoded and re-encoded so no metadata survives: a write-up's images
(community.cases.authoring.images) and members' avatars (accounts/avatars.py).

The type is what Pillow finds in the bytes (their magic numbers), never the filename or the
declared Content-Type. Re-encoding from the decoded pixels drops EXIF (GPS included), XMP,
IPTC, ICC profiles, PNG text chunks and comments in one go — stripping tag by tag would miss
whatever a camera invents next. The EXIF orientation is applied to the pixels first, so a
photo still shows the right way up without its EXIF."""
from __future__ import annotations

import io
import warnings
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError

from community.platform.errors import ValidationError
from community.platform.i18n import _, format_number

# What the bytes must turn out to be -> what we store and serve.
FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg"}
MAX_PIXELS = 40_000_000  # refuse decompression bombs before decoding


def decode(data: bytes, *, max_bytes: int, field: str = "image",
           max_pixels: int = MAX_PIXELS) -> tuple[Image.Image, str]:
    """(the pixels, upright, "PNG" or "JPEG"), or a ValidationError on `field` for anything
    that is not a readable PNG or JPEG within the limits."""
    if not data:
        raise ValidationError({field: [_("The file is empty.")]})
    if len(data) > max_bytes:
        raise ValidationError({field: [
            _("The image is %(size)s MB; the limit is %(limit)s MB.",
              size=format_number(len(data) / 1048576, 1),
              limit=format_number(max_bytes // 1048576))]})
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=list(FORMATS))
            if image.width * image.height > max_pixels:
                raise ValidationError({field: [
                    _("The image has too many pixels (at most %(limit)s megapixels).",
                      limit=format_number(max_pixels // 1_000_000))]})
            kind = image.format
            image.load()
            image = ImageOps.exif_transpose(image)
    except ValidationError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError,
            Image.DecompressionBombWarning, OSError, ValueError, SyntaxError):
        raise ValidationError({field: [_("This is not a PNG or JPEG image (or it is "
                                         "damaged).")]}) from None
    return image, kind


def encode_clean(image: Image.Image, kind: str, quality: int = 90) -> bytes:
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
        clean.save(out, format="JPEG", quality=quality, optimize=True)
    else:
        params: dict[str, Any] = {"optimize": True}
        if image.mode in ("P", "L", "RGB") and "transparency" in image.info:
            params["transparency"] = image.info["transparency"]
        clean.save(out, format="PNG", **params)
    return out.getvalue()

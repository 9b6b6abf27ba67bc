"""Members' avatars: their initials on a colour of their own, or a picture they uploaded.

The colour comes from the username (a CRC-32 of it picks one of PALETTE_SIZE colours, the
same on every page, process and site); every colour of the palette (rounds.css, `.av0`…)
carries white initials at a contrast of at least 4.5:1 (WCAG AA for text).

A picture is a PNG or JPEG whose bytes Pillow reads (community.platform.images: the type is
sniffed from the bytes, never the filename or the Content-Type), cropped to its centre square
and resized to AVATAR_SIZE pixels, then re-encoded as a JPEG from the pixels alone, so no
EXIF (GPS included), XMP, ICC profile or comment survives. It is stored in `user_avatars`;
`users.avatar_version` (the start of its SHA-256) tells pages that it exists without loading
it, and versions its URL, which can therefore be cached for a year."""
from __future__ import annotations

import hashlib
import re
import zlib
from typing import IO

from PIL import Image, ImageOps
from sqlalchemy import delete
from sqlalchemy.orm import Session

from community.platform.accounts import policy
from community.platform.accounts.models import User, UserAvatar
from community.platform.db import utcnow
from community.platform.errors import Forbidden, NotFound, ValidationError
from community.platform.i18n import _
from community.platform.images import decode, encode_clean

AVATAR_SIZE = 256  # pixels, square
AVATAR_MAX_BYTES = 5 * 1024 * 1024  # the uploaded file (a phone's photo)
UPLOAD_REQUEST_MAX = AVATAR_MAX_BYTES + 64 * 1024  # with the multipart envelope
PALETTE_SIZE = 8
VERSION_LENGTH = 16
# Honorifics and letters that are not a name's initials ("Dr. Amina Okafor" → "AO").
_TITLES = frozenset({"dr", "prof", "mr", "mrs", "ms", "mx", "sr", "sra", "dra"})


def initials(member: User) -> str:
    """One or two letters: the first of the first and last words of the display name."""
    words = [w for w in re.split(r"[\s\-_.]+", member.display_name or "")
             if w and w.lower() not in _TITLES and w[0].isalnum()]
    if not words:
        words = [member.username or "?"]
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def colour(member: User) -> int:
    """Which of the palette's colours is the member's (0 … PALETTE_SIZE - 1)."""
    return zlib.crc32((member.username or "").lower().encode()) % PALETTE_SIZE


def square(data: bytes) -> bytes:
    """The upload as a clean AVATAR_SIZE × AVATAR_SIZE JPEG (see the module docstring)."""
    image, _kind = decode(data, max_bytes=AVATAR_MAX_BYTES, field="avatar")
    if image.mode in ("RGBA", "LA", "P"):  # transparency over white, as pages show it
        image = image.convert("RGBA")
        backdrop = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(backdrop, image)
    image = ImageOps.fit(image.convert("RGB"), (AVATAR_SIZE, AVATAR_SIZE),
                         method=Image.Resampling.LANCZOS)
    return encode_clean(image, "JPEG", quality=85)


def _ensure_own(actor: User | None, member: User) -> None:
    if not policy.can_edit_profile(actor, member):
        raise Forbidden(_("Only the member (or an administrator) changes their picture."))


def upload(db: Session, actor: User | None, member: User,
           stream: IO[bytes] | bytes | None) -> UserAvatar:
    """Replace the member's picture with the uploaded one."""
    _ensure_own(actor, member)
    if stream is None:
        raise ValidationError({"avatar": [_("Choose a PNG or JPEG picture to upload.")]})
    data = stream if isinstance(stream, bytes) else stream.read(AVATAR_MAX_BYTES + 1)
    clean = square(data)
    digest = hashlib.sha256(clean).hexdigest()
    avatar = db.get(UserAvatar, member.id)
    if avatar is None:
        avatar = UserAvatar(user_id=member.id)
        db.add(avatar)
    avatar.content_type, avatar.data, avatar.size = "image/jpeg", clean, len(clean)
    avatar.sha256, avatar.created_at = digest, utcnow()
    member.avatar_version = digest[:VERSION_LENGTH]
    db.flush()
    return avatar


def remove(db: Session, actor: User | None, member: User) -> bool:
    """Back to the initials; whether there was a picture."""
    _ensure_own(actor, member)
    had = member.avatar_version is not None
    db.execute(delete(UserAvatar).where(UserAvatar.user_id == member.id))
    member.avatar_version = None
    db.flush()
    return had


def picture(db: Session, member: User) -> UserAvatar:
    """The member's picture (public, as their profile is), or NotFound."""
    avatar = db.get(UserAvatar, member.id) if member.avatar_version else None
    if avatar is None:
        raise NotFound(_("%(name)s has no picture.", name=member.display_name))
    return avatar

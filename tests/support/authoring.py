"""Shared helpers of the authoring tests (no tests here): starting a
write-up, saving sections, and images made with Pillow."""
from __future__ import annotations

import io

from PIL import Image

from tests.support.api import ApiClient

P = "/api/v1"
BOARD = "cardiology"


def fresh(session) -> None:
    """See what the requests committed (a new snapshot, no stale objects)."""
    session.rollback()
    session.expire_all()


def start(api: ApiClient, token: str, title: str = "") -> dict:
    body = {"title": title} if title else {}
    return api.post(f"{P}/boards/{BOARD}/cases", token=token, json=body, expect=201).get_json()


def save(api: ApiClient, token: str, case_id: int, base: int, expect: int = 200,
         events: list | None = None, **sections: str):
    """PATCH the write-up; `events` is the structured timeline (the `timeline` keyword is
    the timeline section's Markdown, like every other section)."""
    body: dict = {"base_version": base, "sections": sections}
    if events is not None:
        body["timeline"] = events
    return api.patch(f"{P}/cases/{case_id}", token=token, json=body, expect=expect).get_json()


def invite_and_accept(api: ApiClient, owner_token: str, case_id: int, user, user_token: str,
                      roles: tuple[str, ...] = ("investigation",)) -> dict:
    invitation = api.post(f"{P}/cases/{case_id}/invitations", token=owner_token, expect=201,
                          json={"invitee": user.username, "roles": list(roles)}).get_json()
    return api.post(f"{P}/case-invitations/{invitation['id']}/accept", token=user_token,
                    expect=200).get_json()


def jpeg_with_gps(size: tuple[int, int] = (64, 48)) -> bytes:
    """A JPEG carrying EXIF: camera make, orientation and GPS coordinates."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"          # Make
    exif[0x0132] = "2024:03:05 10:11:12"  # DateTime
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 3.0)}  # GPS IFD
    out = io.BytesIO()
    Image.new("RGB", size, (180, 40, 40)).save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def png(size: tuple[int, int] = (32, 32)) -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", size, (0, 90, 200, 255)).save(out, "PNG")
    return out.getvalue()

"""Writing a case together: invitations to co-author, and the write-up's images.

An invitation names a member (by username) or an email address; an email invitation is
matched to whoever holds that address when they look at their invitations (so a colleague
can be invited before they register). Images keep their re-encoded bytes in the database,
so every web process serves the same file and nothing depends on a shared disk."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from community.cases.models import CaseReport
from community.platform.accounts.models import User
from community.platform.db import Base, UTCDateTime, utcnow
from community.platform.i18n import _l

PENDING, ACCEPTED, DECLINED, WITHDRAWN = "pending", "accepted", "declined", "withdrawn"
INVITATION_STATES = (PENDING, ACCEPTED, DECLINED, WITHDRAWN)

# The timeline: relative days (day 0 is the presentation), never calendar dates.
TIMELINE_MAX = 200          # events in a timeline
EVENT_MAX = 500             # characters of one event
DAY_RANGE = 36_500          # a century either side of day 0
INVITE_MESSAGE_MAX = 1000
INVITEE_MAX = 254           # a username or an email address
AUTHORS_MAX = 30
CONSENT_KINDS = {"obtained": _l("The patient (or guardian) gave informed consent for "
                                 "publication"),
                 "waived": _l("An ethics board waived consent")}
CONSENT_REFERENCE_MAX = 200
CAPTION_MAX = 500

# What an author attests about each image before submission.
FACE_STATUSES = {
    "no_face": _l("Contains no identifiable face"),
    "blurred": _l("Faces blurred or cropped out"),
}


class CaseInvitation(Base):
    __tablename__ = "case_invitations"
    __table_args__ = (
        CheckConstraint(f"status IN ({', '.join(repr(s) for s in INVITATION_STATES)})",
                        name="status_known"),
        # Either a member or an email address is invited.
        CheckConstraint("user_id IS NOT NULL OR email <> ''", name="invitee_named"),
        Index("ix_case_invitations_case_id_status", "case_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_reports.id", ondelete="CASCADE"))
    invited_by_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                                index=True)
    email: Mapped[str] = mapped_column(String(254), default="", index=True)  # lower case
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)  # proposed CREDIT_ROLES
    message: Mapped[str] = mapped_column(String(1000), default="")
    status: Mapped[str] = mapped_column(String(16), default=PENDING)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Who answered (an email invitation learns its member only then).
    responded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))

    case: Mapped[CaseReport] = relationship()
    invited_by: Mapped[User] = relationship(foreign_keys=[invited_by_id])
    user: Mapped[User | None] = relationship(foreign_keys=[user_id])


class CaseImage(Base):
    __tablename__ = "case_images"
    __table_args__ = (
        CheckConstraint("content_type IN ('image/png', 'image/jpeg')", name="type_known"),
        CheckConstraint("face_status IS NULL OR face_status IN ('no_face', 'blurred')",
                        name="face_status_known"),
        Index("ix_case_images_case_id", "case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_reports.id", ondelete="CASCADE"))
    uploaded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    content_type: Mapped[str] = mapped_column(String(32))
    # Deferred: lists of images never load the bytes.
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))
    size: Mapped[int] = mapped_column(Integer)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    caption: Mapped[str] = mapped_column(String(CAPTION_MAX), default="")
    face_status: Mapped[str | None] = mapped_column(String(16))
    face_attested_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))
    face_attested_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    uploaded_by: Mapped[User] = relationship(foreign_keys=[uploaded_by_id])

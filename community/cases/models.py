"""Case write-ups: the write-up, its authors and its versions (the shared core).

Authoring adds invitations, images and consent (authoring_models.py); peer review adds
rounds, reviews and transitions (review_models.py); de-identification adds PHI-warning
overrides (deid_models.py). Each version keeps every section's Markdown and cooked HTML, so
any two versions compare section by section and nothing a co-author wrote is ever lost."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.cases.states import DRAFT, STATES
from community.platform.accounts.models import User
from community.platform.db import Base, UTCDateTime, utcnow
from community.platform.i18n import _l
from community.platform.spaces.models import Board


class CaseReport(Base):
    __tablename__ = "case_reports"
    __table_args__ = (
        CheckConstraint(f"status IN ({', '.join(repr(s) for s in STATES)})",
                        name="status_known"),
        CheckConstraint("consent IS NULL OR consent IN ('obtained', 'waived')",
                        name="consent_known"),
        # A waiver names the ethics board's reference.
        CheckConstraint("consent IS NULL OR consent = 'obtained' OR consent_reference <> ''",
                        name="waiver_referenced"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("boards.id", ondelete="RESTRICT"),
                                          index=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    # The CARE title section, kept here for lists and citations.
    title: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(24), default=DRAFT)
    # The newest version's number; a save names the version it was based on.
    current_version: Mapped[int] = mapped_column(Integer, default=0)
    consent: Mapped[str | None] = mapped_column(String(16))
    consent_reference: Mapped[str] = mapped_column(String(200), default="")
    consent_attested_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))
    consent_attested_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    board: Mapped[Board] = relationship()
    created_by: Mapped[User] = relationship(foreign_keys=[created_by_id])
    authors: Mapped[list[CaseAuthor]] = relationship(
        back_populates="case", order_by="CaseAuthor.position", cascade="all, delete-orphan")


CREDIT_ROLES = {  # CRediT contributor roles used by Rounds
    "conceptualization": _l("Conceptualization"),
    "writing_original_draft": _l("Writing – original draft"),
    "writing_review_editing": _l("Writing – review & editing"),
    "investigation": _l("Investigation"),
    "supervision": _l("Supervision"),
}


class CaseAuthor(Base):
    __tablename__ = "case_authors"
    __table_args__ = (
        UniqueConstraint("case_id", "user_id"),
        UniqueConstraint("case_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_reports.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # 1 = first author
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)  # keys of CREDIT_ROLES
    corresponding: Mapped[bool] = mapped_column(Boolean, default=False)
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    case: Mapped[CaseReport] = relationship(back_populates="authors")
    user: Mapped[User] = relationship()


class CaseVersion(Base):
    """One save. `sections` maps CARE keys to Markdown; `cooked` to markup.cook's HTML;
    `timeline` is [{"day": int, "event": str}] in relative days, never dates."""

    __tablename__ = "case_versions"
    __table_args__ = (UniqueConstraint("case_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_reports.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    saved_by_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    # The version the saver started from (a merge saves on top of a newer one).
    based_on: Mapped[int | None] = mapped_column(Integer)
    # save | merge | restore | correction
    kind: Mapped[str] = mapped_column(String(16), default="save")
    note: Mapped[str] = mapped_column(Text, default="")  # a correction's visible note
    sections: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    cooked: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    timeline: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # The language it was written in ("und" when too short to tell; platform/language.py).
    language: Mapped[str] = mapped_column(String(8), default="und", server_default="und")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    saved_by: Mapped[User] = relationship()

"""A published write-up: the version published, when, by whom, and its discussion topic."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.cases.models import CaseReport
from community.platform.db import Base, UTCDateTime, utcnow


class CasePublication(Base):
    """The published write-up: the version published, when, and its discussion topic."""

    __tablename__ = "case_publications"

    case_id: Mapped[int] = mapped_column(ForeignKey("case_reports.id", ondelete="CASCADE"),
                                         primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    published_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    published_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("topics.id", ondelete="SET NULL"))

    case: Mapped[CaseReport] = relationship()

"""De-identification: an author's override of a PHI warning (HIPAA Safe Harbor, 45 CFR
164.514(b)(2)).

The scanner (community.phi) warns; an author who judges a finding not identifying says why,
and the override goes to the review queue ("phi_override"). An override covers the finding by
section, category and matched text, not by position, so it survives edits elsewhere in the
write-up; it stops covering when a moderator rejects it or an author withdraws it."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.platform.accounts.models import User
from community.platform.db import Base, UTCDateTime, utcnow

# pending: waiting for a moderator (it already lets the write-up be submitted);
# accepted: a moderator agreed; rejected: a moderator disagreed (the finding blocks again);
# withdrawn: an author took it back.
OVERRIDE_STATUSES = ("pending", "accepted", "rejected", "withdrawn")
LIVE = ("pending", "accepted")
EXCERPT_MAX = 500
REASON_MAX = 1000


class PhiOverride(Base):
    __tablename__ = "phi_overrides"
    __table_args__ = (
        CheckConstraint(f"status IN ({', '.join(repr(s) for s in OVERRIDE_STATUSES)})",
                        name="status_known"),
        CheckConstraint("span_end > span_start AND span_start >= 0", name="span_ordered"),
        CheckConstraint("reason <> ''", name="reason_given"),
        # One live override per finding (two authors overriding at once: one wins).
        Index("uq_phi_overrides_live", "case_id", "section", "category", "excerpt",
              unique=True, sqlite_where=text("status IN ('pending', 'accepted')"),
              postgresql_where=text("status IN ('pending', 'accepted')")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_reports.id", ondelete="CASCADE"),
                                         index=True)
    # The version the author saw the finding in, and where it was.
    version_number: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(String(40))  # a CARE key, or "timeline"
    category: Mapped[str] = mapped_column(String(20))
    start: Mapped[int] = mapped_column("span_start", Integer)
    end: Mapped[int] = mapped_column("span_end", Integer)
    excerpt: Mapped[str] = mapped_column(String(EXCERPT_MAX))  # the matched text
    reason: Mapped[str] = mapped_column(Text)
    by_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    queue_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("queue_items.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(12), default="pending")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id",
                                                                 ondelete="SET NULL"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The moderator's reason for a rejection, or the author's note on withdrawing.
    decision_reason: Mapped[str] = mapped_column(Text, default="")

    by: Mapped[User] = relationship(foreign_keys=[by_id])
    decided_by: Mapped[User | None] = relationship(foreign_keys=[decided_by_id])

    @property
    def live(self) -> bool:
        return self.status in LIVE

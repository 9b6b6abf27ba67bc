"""Flags on posts: who flagged which post, why, with what weight, and how it ended.

A member flags a post once (unique per post and flagger). Each flag carries the weight of the
flagger's standing when it was made (see moderation.flags.policy), so a later change of trust
level does not rewrite history. The outcome is set when a moderator resolves the queue item:
upheld (the post was removed; counts against the author's trust), dismissed (the post was
kept) or ignored (set aside without a decision)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Float, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.boards.models import Post
from community.platform.accounts.models import User
from community.platform.db import Base, UTCDateTime, utcnow
from community.platform.i18n import _l

# The reasons a member can give, with the label the flag form shows.
REASONS = {
    "off_topic": _l("Off-topic: not about this board or topic"),
    "inappropriate": _l("Inappropriate: rude, offensive or unprofessional"),
    "spam": _l("Spam"),
    "patient_privacy": _l("Patient privacy: identifiable patient data"),
    "commercial_promotion": _l("Commercial promotion of a product or company"),
    "other": _l("Something else (tell the moderators what)"),
}
OUTCOMES = ("upheld", "dismissed", "ignored")
OUTCOME_LABELS = {"upheld": _l("upheld"), "dismissed": _l("dismissed"),
                  "ignored": _l("ignored"), None: _l("open")}
MESSAGE_MAX = 1000  # what a flagger tells the moderators


def _known(column: str, values) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class PostFlag(Base):
    __tablename__ = "post_flags"
    __table_args__ = (
        UniqueConstraint("post_id", "flagger_id"),
        CheckConstraint(_known("reason", REASONS), name="reason_known"),
        CheckConstraint(f"outcome IS NULL OR {_known('outcome', OUTCOMES)}",
                        name="outcome_known"),
        CheckConstraint("(outcome IS NULL) = (resolved_at IS NULL)", name="resolution_recorded"),
        CheckConstraint("reason <> 'other' OR message <> ''", name="other_explained"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    flagger_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                            index=True)
    reason: Mapped[str] = mapped_column(String(30))
    message: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    outcome: Mapped[str | None] = mapped_column(String(16))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    post: Mapped[Post] = relationship()
    flagger: Mapped[User] = relationship(foreign_keys=[flagger_id])

    @property
    def reason_label(self) -> str:
        return str(REASONS.get(self.reason, self.reason))

    @property
    def outcome_label(self) -> str:
        return str(OUTCOME_LABELS.get(self.outcome, self.outcome))

"""A member's standing: the activity trust levels are earned from (days visited, posts read),
a moderator's lock on their level, and their current silence or suspension, with the history
of every silence and suspension.

One row per member, created on first need; no row means no activity yet and no restriction.
It is loaded when first asked for (User.standing): every permission check of the acting
member asks whether they are silenced or suspended, but the members listed on a page (posts'
authors, search hits) never need it, so it is not loaded with every member."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, backref, mapped_column, relationship

from community.platform.accounts.models import User
from community.platform.db import Base, UTCDateTime, utcnow

SANCTIONS = ("silence", "suspension")


class MemberStanding(Base):
    __tablename__ = "member_standings"
    __table_args__ = (
        CheckConstraint("days_visited >= 0 AND posts_read >= 0", name="counters_positive"),
    )

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    days_visited: Mapped[int] = mapped_column(Integer, default=0)
    last_visited_on: Mapped[date | None] = mapped_column(Date)
    # Approximate: the posts shown on topic pages the member opened (see trust.views).
    posts_read: Mapped[int] = mapped_column(Integer, default=0)
    # A locked level is never changed by promotion; only a moderator changes it.
    level_locked: Mapped[bool] = mapped_column(Boolean, default=False)
    locked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    locked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The current silence and suspension (the Sanction rows keep the history).
    silenced_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    silence_reason: Mapped[str] = mapped_column(Text, default="")
    suspended_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    suspension_reason: Mapped[str] = mapped_column(Text, default="")

    user: Mapped[User] = relationship(
        foreign_keys=[user_id],
        backref=backref("standing", uselist=False, lazy="select", passive_deletes=True))

    def silenced(self, now: datetime | None = None) -> bool:
        return self.silenced_until is not None and self.silenced_until > (now or utcnow())

    def suspended(self, now: datetime | None = None) -> bool:
        return self.suspended_until is not None and self.suspended_until > (now or utcnow())


class Sanction(Base):
    """One silence or suspension: who, why, from when until when, and whether it was lifted
    early (and by whom, why)."""

    __tablename__ = "member_sanctions"
    __table_args__ = (
        CheckConstraint(f"kind IN ({', '.join(repr(k) for k in SANCTIONS)})", name="kind_known"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    lifted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    lifted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    lift_reason: Mapped[str] = mapped_column(Text, default="")

    created_by: Mapped[User | None] = relationship(foreign_keys=[created_by_id])
    lifted_by: Mapped[User | None] = relationship(foreign_keys=[lifted_by_id])

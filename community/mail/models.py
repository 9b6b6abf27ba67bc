"""Mail: each message as rendered and sent (its own outbox, with a send state), the cadence a
member chose per kind, and what is known of each address (permanent failures, a stop)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from community.mail.kinds import CADENCES
from community.platform.db import Base, UTCDateTime, one_of, utcnow

STATUSES = ("queued", "sending", "sent", "failed", "suppressed")


class MailMessage(Base):
    """One message to one address. `queued` → `sending` (claimed by one task with a lease,
    through a conditional UPDATE) → `sent`; back to `queued` after a temporary failure,
    `failed` after a permanent one (or too many attempts), `suppressed` when the address
    was stopped between queueing and sending."""

    __tablename__ = "mail_messages"
    __table_args__ = (
        CheckConstraint(one_of("status", STATUSES), name="status_known"),
        CheckConstraint("attempts >= 0", name="attempts_counted"),
        CheckConstraint("status != 'sent' OR sent_at IS NOT NULL", name="sent_has_time"),
        Index("ix_mail_messages_due", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    # The member it went to (None: an address with no account). Not `user_id`: a message
    # carries other members' words and names, so it stays out of the member's data export
    # (what it told them is there as their notifications); it is erased with the account.
    recipient_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True)
    to_address: Mapped[str] = mapped_column(String(254), index=True)
    subject: Mapped[str] = mapped_column(String(300))
    text_body: Mapped[str] = mapped_column(Text)
    html_body: Mapped[str] = mapped_column(Text)
    # Every header but the body's: Message-ID, Date, From, To, Reply-To, Auto-Submitted,
    # List-Unsubscribe…, as sent.
    headers: Mapped[dict] = mapped_column(JSON)
    # [{"filename", "content_type", "data" (base64)}]
    attachments: Mapped[list] = mapped_column(JSON, default=list)
    message_id: Mapped[str] = mapped_column(String(200), unique=True)
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    status: Mapped[str] = mapped_column(String(12), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # While `sending`: another task may take the message over after this time.
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(500))


class MailPreference(Base):
    """A member's cadence for one kind; absent: the kind's default."""

    __tablename__ = "mail_preferences"
    __table_args__ = (
        CheckConstraint(one_of("cadence", CADENCES), name="cadence_known"),
        UniqueConstraint("user_id", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))
    cadence: Mapped[str] = mapped_column(String(12))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MailRecipient(Base):
    """What is known of one address (lower-cased): permanent failures since the last
    delivery, and when mail to it stopped (after mail_max_failures) or when someone without
    an account unsubscribed it."""

    __tablename__ = "mail_recipients"
    __table_args__ = (CheckConstraint("failures >= 0", name="failures_counted"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    address: Mapped[str] = mapped_column(String(254), unique=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(500))
    stopped_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # An address with no account that followed a List-Unsubscribe link: only
    # transactional mail reaches it.
    unsubscribed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

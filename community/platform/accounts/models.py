"""Members, their profile, API tokens and login attempts."""
from __future__ import annotations

import enum
from datetime import datetime

from flask import current_app
from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from community.platform.db import Base, UTCDateTime, utcnow


class Role(str, enum.Enum):
    member = "member"
    moderator = "moderator"
    editor = "editor"
    admin = "admin"


class Credential(str, enum.Enum):
    md = "MD"
    do = "DO"
    mbbs = "MBBS"
    rn = "RN"
    np = "NP"
    pa = "PA"
    pharmd = "PharmD"
    student = "student"
    other = "other"


ROLES = tuple(r.value for r in Role)
CREDENTIALS = tuple(c.value for c in Credential)
USERNAME_PATTERN = r"^[A-Za-z0-9_][A-Za-z0-9_.-]{1,29}[A-Za-z0-9_]$"


def password_stamp(changed_at: datetime) -> str:
    """Part of the session id: a password change ends every other session at once."""
    return str(int(changed_at.timestamp() * 1_000_000))


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(f"role IN ({', '.join(repr(r) for r in ROLES)})", name="role_known"),
        CheckConstraint("trust_level BETWEEN 0 AND 4", name="trust_level_range"),
        # A verified member always records who verified them and when.
        CheckConstraint(
            "(verified_at IS NULL) = (verified_by_id IS NULL)", name="verification_recorded"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default=Role.member.value)
    display_name: Mapped[str] = mapped_column(String(80))
    credentials: Mapped[str] = mapped_column(String(16), default=Credential.other.value)
    specialty: Mapped[str] = mapped_column(String(80), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    language: Mapped[str] = mapped_column(String(16), default="en")
    bio: Mapped[str] = mapped_column(Text, default="")
    trust_level: Mapped[int] = mapped_column(Integer, default=0)
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    verified_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL")
    )
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    password_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Set when the member deleted their account: the row stays, anonymised, so that what
    # others still read (posts) and what accreditors need (credit) keep their foreign keys
    # (community.platform.accounts.erasure).
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When the member followed the link mailed to their address (accounts/recovery.py). Until
    # then they read but do not post (ROUNDS_EMAIL_VERIFICATION_REQUIRED). Accounts made by
    # an operator (CLI, demo) are verified at creation.
    email_verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The uploaded picture's version (the start of its SHA-256), None without one: pages
    # show the picture or the initials without loading the bytes (user_avatars), and the
    # picture's URL carries it, so it can be cached for a year (accounts/avatars.py).
    avatar_version: Mapped[str | None] = mapped_column(String(16))

    tokens: Mapped[list[ApiToken]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )

    # Flask-Login protocol
    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str:
        # What the session cookie carries: the token of a server-side session (a row of
        # user_sessions, started now unless sign-in already started one), which signing
        # out, a password change or "end this session" revoke (accounts/sessions.py, which
        # registers the function on the app: the model cannot import it back).
        return current_app.extensions["rounds.session_token"](self)

    @property
    def is_staff(self) -> bool:
        return self.role in (Role.moderator.value, Role.admin.value)

    @property
    def moderated_board_ids(self) -> set[int]:
        return {link.board_id for link in self.board_moderations}

    @property
    def is_verified(self) -> bool:
        return self.verified_at is not None

    @property
    def email_verified(self) -> bool:
        return self.email_verified_at is not None

    @property
    def is_new_member(self) -> bool:
        """New members post under the stricter rate limits (trust level 0)."""
        return self.role == Role.member.value and self.trust_level == 0

    def __repr__(self) -> str:
        return f"<User {self.username} ({self.role})>"


class ApiToken(Base):
    """A personal API token. Only its SHA-256 is stored; the token is shown once."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Refused after this time (None: never); a year by default (ROUNDS_TOKEN_EXPIRY_DAYS).
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User] = relationship(back_populates="tokens")


class LoginAttempt(Base):
    """Every login attempt, kept in the database so the rate limit holds across processes."""

    __tablename__ = "login_attempts"
    __table_args__ = (
        Index("ix_login_attempts_email_at", "email", "attempted_at"),
        Index("ix_login_attempts_ip_at", "ip_address", "attempted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254))
    ip_address: Mapped[str] = mapped_column(String(45))
    succeeded: Mapped[bool] = mapped_column(Boolean)
    attempted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TwoFactor(Base):
    """A member's TOTP secret (RFC 6238): confirmed once they entered a code from their app.
    (community.platform.accounts.twofactor)"""

    __tablename__ = "two_factor"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    # Encrypted (AES-GCM, accounts/crypto.py): "aesgcm1:…"; a plain base32 value stored
    # before encryption is read as it is and encrypted on its next use.
    secret: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The last time step a code was accepted for: a code is never accepted twice.
    last_step: Mapped[int | None] = mapped_column(BigInteger)
    # Wrong codes in a row, and when the last one came (the pause counts from it).
    failures: Mapped[int] = mapped_column(Integer, default=0)
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class RecoveryCode(Base):
    """A single-use recovery code; only its keyed SHA-256 (HMAC with the app's secret key)
    is stored."""

    __tablename__ = "two_factor_recovery_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         index=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class UserSession(Base):
    """A signed-in browser, kept on the server so that it can be ended
    (community.platform.accounts.sessions). The cookie carries a random token; only its
    SHA-256 is stored, as the id."""

    __tablename__ = "user_sessions"
    __table_args__ = (Index("ix_user_sessions_user_id_revoked_at", "user_id", "revoked_at"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    remember: Mapped[bool] = mapped_column(Boolean, default=False)
    user_agent: Mapped[str] = mapped_column(String(200), default="")
    # Coarse on purpose: the /24 (IPv4) or /48 (IPv6) network, never the full address.
    address: Mapped[str] = mapped_column(String(64), default="")
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


ACCOUNT_TOKEN_PURPOSES = ("password_reset", "email_verification", "email_change")


class AccountToken(Base):
    """A link mailed to a member: a password reset, the confirmation of their address, or of
    a new address (community.platform.accounts.recovery). Single-use (`used_at`, set by a
    conditional UPDATE) and time-limited; only the token's SHA-256 is stored."""

    __tablename__ = "account_tokens"
    __table_args__ = (
        CheckConstraint(f"purpose IN ({', '.join(repr(p) for p in ACCOUNT_TOKEN_PURPOSES)})",
                        name="purpose_known"),
        Index("ix_account_tokens_user_id_purpose", "user_id", "purpose"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(24))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The address the link was sent to: the member's (reset, verification) — the link is
    # refused once the account's address is another — or the new one (email change).
    email: Mapped[str] = mapped_column(String(254))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class UserAvatar(Base):
    """A member's picture: a square JPEG re-encoded from their upload, so no metadata
    (EXIF, GPS…) survives (community.platform.accounts.avatars)."""

    __tablename__ = "user_avatars"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    content_type: Mapped[str] = mapped_column(String(32))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

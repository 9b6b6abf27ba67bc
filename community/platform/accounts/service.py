"""Account use cases: register, sign in, passwords, profile, API tokens, verification."""
from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import available_timezones

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from flask import Flask, current_app
from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session, configure_mappers, joinedload
from sqlalchemy.orm.attributes import set_committed_value

from community.platform.accounts import limits, policy, sessions
from community.platform.accounts.models import (
    ROLES,
    ApiToken,
    LoginAttempt,
    User,
)
from community.platform.accounts.schemas import (
    PasswordChange,
    Profile,
    Registration,
    TokenRequest,
)
from community.platform.contract import coerce
from community.platform.db import utcnow
from community.platform.errors import (
    Forbidden,
    NotAuthenticated,
    NotFound,
    ValidationError,
    check,
)
from community.platform.i18n import _

EMAIL_PATTERN = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")
PASSWORD_MIN, PASSWORD_MAX = 10, 256
TOKEN_PREFIX = "rnd_"
# A token's last-used time is written at most this often (it is shown on the account page).
TOKEN_USE_EVERY = timedelta(minutes=1)
_TIMEZONES = frozenset(available_timezones()) | {"UTC"}

def init_hasher(app: Flask) -> None:
    """argon2id with the app's costs (ROUNDS_ARGON2_*; tests lower them)."""
    settings = app.config["SETTINGS"]
    app.extensions["rounds.hasher"] = PasswordHasher(time_cost=settings.argon2_time_cost,
                                                     memory_cost=settings.argon2_memory_cost)


def _hasher() -> PasswordHasher:
    return current_app.extensions["rounds.hasher"]


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def _is_text(value: object) -> bool:
    """A non-empty str that encodes as UTF-8 (JSON may carry lone surrogates; argon2
    cannot hash them)."""
    if not isinstance(value, str) or not value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _password_errors(password: str, email: str) -> list[str]:
    if password.lower() == email.lower():
        return [_("Do not use your email address as the password.")]
    return []


def register(db: Session, data: Registration | Mapping[str, Any], *,
             role: str = "member", email_verified: bool = False) -> User:
    """Create a member account from the join page, the API or the CLI; every problem at
    once (the form's format first, then what the database knows). A member who registered
    themselves confirms their address by following a mailed link (accounts/recovery.py);
    an operator's accounts (CLI, demo) pass `email_verified=True`."""
    data = coerce(Registration, data)
    email = data.email.lower()
    errors: dict[str, list[str]] = {"password": _password_errors(data.password, email)}
    if role not in ROLES:
        errors["role"] = [_("Choose one of: %(choices)s.", choices=", ".join(ROLES))]
    if db.scalar(select(User.id).where(User.email == email)):
        errors["email"] = [_("An account with this email already exists.")]
    if db.scalar(select(User.id).where(func.lower(User.username) == data.username.lower())):
        errors["username"] = [_("This username is taken.")]
    check(errors)
    profile = data.model_dump(exclude={"email", "username", "password"})
    user = User(email=email, username=data.username, password_hash=hash_password(data.password),
                role=role, email_verified_at=utcnow() if email_verified else None,
                **{k: v or "" for k, v in profile.items()})
    db.add(user)
    db.flush()
    return user


def update_profile(db: Session, actor: User, member: User,
                   data: Profile | Mapping[str, Any]) -> User:
    """Change the fields given; the others keep their value."""
    data = coerce(Profile, data)
    if not policy.can_edit_profile(actor, member):
        raise Forbidden(_("You cannot edit this profile."))
    for key, value in data.model_dump(exclude_unset=True).items():
        if key in ("display_name", "time_zone", "language") and value is None:
            raise ValidationError({key: [_("This field is required.")]})
        setattr(member, key, value if value is not None else "")
    db.flush()
    return member


def authenticate(db: Session, email: object, password: object, ip_address: str, *,
                 max_failures: int = 5, window_seconds: int = 900) -> User:
    """Check a password, with a per-email and per-address limit on failures.

    The attempt is recorded either way; the caller commits even on failure so the
    limit counts it."""
    if not _is_text(email) or not _is_text(password):
        raise ValidationError({"email": [_("Enter your email and password.")]})
    email = email.strip().lower()[:254]
    user = db.scalar(select(User).where(User.email == email))
    # Per account and address, growing delays; the owner's known device is not slowed by
    # others' failures (accounts/limits.py).
    device = sessions.device_nonce(user.id) if user is not None else None
    if device is not None and limits.device_failures(device, user.id) >= max_failures:
        device = None  # a device failing on its own counts as unknown
    limits.check_sign_in(db, email, ip_address, known_device=device is not None,
                         user_id=user.id if user is not None else None)
    ok = False
    if user is not None and user.is_active:
        try:
            ok = _hasher().verify(user.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            ok = False
        if ok and _hasher().check_needs_rehash(user.password_hash):
            user.password_hash = hash_password(password)
    else:
        # Spend the same time as a real check, so timing does not reveal accounts.
        _hasher().hash(password)
    # A suspended member's right password does not sign them in: they are told why and until
    # when (only someone who knows the password learns it). It counts as a failed attempt.
    suspended = ok and policy.is_suspended(user)
    db.add(LoginAttempt(email=email, ip_address=ip_address, succeeded=ok and not suspended))
    db.flush()
    if device is not None and not ok:
        limits.note_device_failure(device, user.id)
    if suspended:
        raise ValidationError({"email": [policy.restriction_notice(user, "suspension")]})
    if not ok:
        raise ValidationError({"email": [_("The email or password is not right.")]})
    user.last_seen_at = utcnow()
    return user


def password_matches(user: User, password: object) -> bool:
    """Whether `password` is the member's (two-factor and account deletion ask again)."""
    try:
        return _is_text(password) and _hasher().verify(user.password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def change_password(db: Session, user: User, data: PasswordChange | Mapping[str, Any]) -> None:
    data = coerce(PasswordChange, data)
    errors: dict[str, list[str]] = {}
    try:
        valid = _is_text(data.current_password) and _hasher().verify(user.password_hash,
                                                                     data.current_password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        valid = False
    if not valid:
        errors["current_password"] = [_("Your current password is not right.")]
    errors["new_password"] = _password_errors(data.new_password, user.email)
    check(errors)
    set_password(db, user, data.new_password, keep_session=sessions.current_id(user))


def new_password_errors(password: str, email: str) -> list[str]:
    """What is wrong with a new password beyond its length (the same rules as at
    registration)."""
    return _password_errors(password, email)


def set_password(db: Session, user: User, password: str, *,
                 keep_session: str | None = None) -> None:
    """Store a new password: every session but `keep_session` ends and every API token is
    revoked (sessions.py); links mailed before it (a reset, an address change) stop
    working, as they were issued before the password's time (recovery.py)."""
    user.password_hash = hash_password(password)
    user.password_changed_at = utcnow()
    sessions.end_all(db, user, keep=keep_session)
    revoke_all_tokens(db, user)
    db.flush()


def revoke_all_tokens(db: Session, user: User) -> None:
    now = utcnow()
    for token in db.scalars(select(ApiToken).where(ApiToken.user_id == user.id,
                                                   ApiToken.revoked_at.is_(None))):
        token.revoked_at = now


def load_session_user(db: Session, session_id: str) -> User | None:
    """Flask-Login's loader: the cookie carries a server-side session's token, accepted
    while that session is live and its member active and not suspended (sessions.py)."""
    return sessions.load(db, session_id)


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(db: Session, user: User, name: str | None,
                 expires_in_days: int | None = None) -> tuple[ApiToken, str]:
    """A new personal token. The plain token is returned once and never stored. It expires
    after `expires_in_days`, or ROUNDS_TOKEN_EXPIRY_DAYS (0: never)."""
    label = name or "API token"
    plain = TOKEN_PREFIX + secrets.token_urlsafe(32)
    days = expires_in_days or current_app.config["SETTINGS"].token_expiry_days
    token = ApiToken(user_id=user.id, name=label, token_hash=_token_digest(plain),
                     prefix=plain[:10],
                     expires_at=utcnow() + timedelta(days=days) if days else None)
    db.add(token)
    db.flush()
    return token, plain


def issue_token(db: Session, data: TokenRequest | Mapping[str, Any], ip_address: str,
                **limits: int) -> tuple[ApiToken, str]:
    data = coerce(TokenRequest, data)
    user = authenticate(db, data.email, data.password, ip_address, **limits)
    return create_token(db, user, data.name, data.expires_in_days)


def revoke_token(db: Session, actor: User, token_id: int) -> ApiToken:
    token = db.get(ApiToken, token_id)
    if token is None or token.user_id != actor.id:
        raise NotFound(_("No such token."))
    if token.revoked_at is None:
        token.revoked_at = utcnow()
    db.flush()
    return token


def user_for_token(db: Session, plain: str) -> User | None:
    if not plain.startswith(TOKEN_PREFIX) or len(plain) > 100:
        return None
    # The token, its member and their standing in one statement (a crowd joining a live
    # room connects with tokens: three lazy loads each were half of a join's cost).
    token = db.scalar(select(ApiToken).options(
        joinedload(ApiToken.user).joinedload(User.standing))
        .where(ApiToken.token_hash == _token_digest(plain)))
    if token is None or token.revoked_at is not None or not token.user.is_active:
        return None
    if token.expires_at is not None and token.expires_at <= utcnow():
        return None
    if policy.is_suspended(token.user):
        standing = token.user.standing
        raise NotAuthenticated(policy.restriction_notice(token.user, "suspension"),
                               suspended_until=standing.suspended_until.isoformat(),
                               reason=standing.suspension_reason)
    now = utcnow()
    # Write the last-used time at most once a minute, to keep reads cheap.
    if use_due(token.last_used_at, now):
        # One UPDATE, not the unit of work's flush of the token object.
        db.execute(update(ApiToken).where(ApiToken.id == token.id)
                   .values(last_used_at=now).execution_options(synchronize_session=False))
        set_committed_value(token, "last_used_at", now)
    return token.user


def use_due(last_used_at: datetime | None, now: datetime) -> bool:
    """Whether a token's use at `now` is to be written (at most once per TOKEN_USE_EVERY)."""
    return last_used_at is None or now - last_used_at > TOKEN_USE_EVERY


@dataclass(frozen=True)
class TokenBearer:
    """Who a valid token speaks for, read in one Core row (no ORM objects): what a socket's
    connect needs, without writing anything (sockets.py batches the last-used times)."""

    token_id: int
    user_id: int
    username: str
    language: str
    last_used_at: datetime | None


_BEARER: dict[str, Any] = {}  # the statement, built once per process


def _bearer_statement() -> Any:
    if not _BEARER:
        configure_mappers()  # User.standing is mapped by moderation.trust, maybe not yet
        standing = User.standing.property.mapper.local_table
        _BEARER["select"] = (
            select(ApiToken.id, ApiToken.last_used_at, ApiToken.revoked_at, ApiToken.expires_at,
                   User.id, User.username, User.language, User.is_active,
                   standing.c.suspended_until)
            .join(User, User.id == ApiToken.user_id)
            .outerjoin(standing, standing.c.user_id == User.id)
            .where(ApiToken.token_hash == bindparam("digest")))
    return _BEARER["select"]


def bearer_of_token(db: Session, plain: str) -> TokenBearer | None:
    """The member a token speaks for, or None: unknown, revoked or expired token, inactive
    or suspended member (the same refusals as user_for_token). Reads one row, writes
    nothing: the caller records the use (`use_due`, `record_token_uses`)."""
    if not plain.startswith(TOKEN_PREFIX) or len(plain) > 100:
        return None
    values = {"digest": _token_digest(plain)}
    bind = db.get_bind()
    if bind.dialect.name == "postgresql":
        # One round trip: a single read needs no BEGIN and ROLLBACK around it.
        with bind.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            row = connection.execute(_bearer_statement(), values).first()
    else:
        row = db.connection().execute(_bearer_statement(), values).first()
    if row is None:
        return None
    (token_id, last_used_at, revoked_at, expires_at, user_id, username, language, active,
     suspended) = row
    now = utcnow()
    if revoked_at is not None or not active or (expires_at is not None and expires_at <= now) \
            or (suspended is not None and suspended > now):
        return None
    return TokenBearer(token_id, user_id, username, language, last_used_at)


def record_token_uses(db: Session, uses: Mapping[int, datetime]) -> None:
    """Write the last-used times of several tokens in one statement (executemany), never
    moving a time backwards."""
    if uses:
        table = ApiToken.__table__
        db.connection().execute(
            table.update().where(table.c.id == bindparam("token_id"),
                                 (table.c.last_used_at.is_(None))
                                 | (table.c.last_used_at < bindparam("used_at")))
            .values(last_used_at=bindparam("used_at")),
            [{"token_id": token_id, "used_at": when} for token_id, when in uses.items()])


def active_tokens(db: Session, user: User) -> list[ApiToken]:
    return list(db.scalars(select(ApiToken).where(ApiToken.user_id == user.id)
                           .order_by(ApiToken.created_at.desc())))


def get_user(db: Session, username: str) -> User:
    user = db.scalar(select(User).where(func.lower(User.username) == username.lower()))
    if user is None:
        raise NotFound(_("No member named %(name)s.", name=username))
    return user


def verify_credentials(db: Session, actor: User, member: User, verified: bool = True) -> User:
    """A moderator confirms (or withdraws) a member's clinical credentials."""
    if not policy.can_verify_credentials(actor, member):
        raise Forbidden(_("Only a moderator can verify another member's credentials."))
    if verified:
        member.verified_at, member.verified_by_id = utcnow(), actor.id
    else:
        member.verified_at, member.verified_by_id = None, None
    db.flush()
    return member


def set_role(db: Session, actor: User | None, member: User, role: str) -> User:
    """Admins change roles; the CLI passes actor=None (it runs with the operator's rights)."""
    if actor is not None and not policy.can_change_role(actor, member):
        raise Forbidden(_("Only an administrator can change roles."))
    if role not in ROLES:
        raise ValidationError({"role": [_("Choose one of: %(choices)s.", choices=", ".join(ROLES))]})
    member.role = role
    db.flush()
    return member

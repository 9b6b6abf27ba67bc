"""Links mailed to a member: "forgot password", the confirmation of their address at
registration, and the confirmation of a new address.

Each link carries a random token; only its SHA-256 is stored (`account_tokens`). A link is
single-use (a conditional UPDATE marks it used, so of two racing uses one wins) and
time-limited (RESET_TTL, VERIFICATION_TTL, CHANGE_TTL). More, per purpose:

- Password reset: asked for by address, answered the same whether or not an account uses it
  (no mail when none does), rate-limited by the address asked for and by the client's
  address (limits.py, "password_reset"). The link works only while the account's address is
  the one it was sent to and its password has not changed since it was sent (a reset, a
  change). Setting the new password — the registration's rules — ends every session and
  revokes every API token (service.set_password); the member then signs in, through the
  two-factor step when it is on. Following it also proves the address (it is confirmed).
- Verification: registering (page or API) mails a link; until it is followed the member
  reads but does not post (policy.can_post, ROUNDS_EMAIL_VERIFICATION_REQUIRED). A new link
  can be asked for (rate-limited, "email_verification").
- Change of address: asked for with the password; a link goes to the NEW address and a
  notice to the OLD one (saying that nothing changes until the link is followed, and what to
  do if it was not them: reset the password, which also voids the pending change). The
  address changes only when the link is followed, and only if no other account took the
  address meanwhile.

Sending: the mail feature (community.mail) sits above the platform, which cannot import it;
the composition root hands its `queue_mail` to `use_sender`. The message is written in the
caller's transaction and sent after the commit."""
from __future__ import annotations

import hashlib
import logging
import secrets
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any

from flask import Flask, current_app
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from community.platform.accounts import limits, policy, service
from community.platform.accounts.models import AccountToken, User
from community.platform.accounts.schemas import (
    EmailChangeRequest,
    PasswordResetConfirm,
    PasswordResetRequest,
)
from community.platform.contract import coerce
from community.platform.db import utcnow
from community.platform.errors import NotAuthenticated, ValidationError, check
from community.platform.i18n import _, _l

log = logging.getLogger("rounds.accounts")

RESET = "password_reset"
VERIFICATION = "email_verification"
CHANGE = "email_change"
RESET_TTL = timedelta(hours=1)
VERIFICATION_TTL = timedelta(days=7)
CHANGE_TTL = timedelta(hours=24)
_SENDER = "rounds.account_mail"

LINK_DEAD = _l("This link does not work any more: it was used already, it expired, or a "
               "newer one replaced it. Ask for a new one.")
RESET_SENT = _l("If an account uses that address, we have mailed it a link to choose a new "
                "password. The link works once, within an hour.")


# ---------------------------------------------------------------- sending


def use_sender(app: Flask, send: Callable[..., Any]) -> None:
    """`send(db, *, kind, to, subject, template, context, dedupe_key=None)`: the mail
    feature's queue_mail, handed over by the composition root."""
    app.extensions[_SENDER] = send


def _send(db: Session, **message: Any) -> None:
    send = current_app.extensions.get(_SENDER)
    if send is None:
        log.warning("no mail sender: %s to %s not sent", message.get("kind"),
                    getattr(message.get("to"), "email", message.get("to")))
        return
    send(db, **message)


def external(path: str) -> str:
    """An absolute link for a mail (ROUNDS_BASE_URL)."""
    return current_app.config["SETTINGS"].base_url.rstrip("/") + path


# ---------------------------------------------------------------- tokens


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _token_shaped(token: object) -> bool:
    """What secrets.token_urlsafe makes (anything else is no token of ours)."""
    return isinstance(token, str) and 20 <= len(token) <= 100 and token.isascii() and \
        token.replace("-", "").replace("_", "").isalnum()


def _issue(db: Session, user: User, purpose: str, email: str, ttl: timedelta) -> str:
    plain = secrets.token_urlsafe(32)
    now = utcnow()
    db.add(AccountToken(user_id=user.id, purpose=purpose, token_hash=_digest(plain),
                        email=email, created_at=now, expires_at=now + ttl))
    db.flush()
    return plain


def find(db: Session, purpose: str, token: object) -> AccountToken | None:
    """The live token of this purpose, or None (unknown, forged, used, expired, or no longer
    matching its account)."""
    if not _token_shaped(token):
        return None
    row = db.scalar(select(AccountToken).where(AccountToken.token_hash == _digest(token),
                                               AccountToken.purpose == purpose))
    if row is None or row.used_at is not None or row.expires_at <= utcnow():
        return None
    user = db.get(User, row.user_id)
    if user is None or not user.is_active or user.deleted_at is not None:
        return None
    if purpose != CHANGE and row.email != user.email:
        return None  # sent to an address the account no longer has
    if purpose != VERIFICATION and row.created_at < user.password_changed_at:
        return None  # the password changed since: a reset or a change voids it
    return row


def _use(db: Session, purpose: str, token: object) -> tuple[AccountToken, User]:
    """Take the token (once: a conditional UPDATE), or ValidationError on `token`."""
    row = find(db, purpose, token)
    if row is not None:
        taken = db.execute(update(AccountToken).where(
            AccountToken.id == row.id, AccountToken.used_at.is_(None))
            .values(used_at=utcnow())).rowcount
        if taken == 1:
            db.refresh(row)
            return row, db.get(User, row.user_id)
    raise ValidationError({"token": [str(LINK_DEAD)]})


def _void(db: Session, user: User, purpose: str) -> None:
    """Every pending link of this purpose stops working (a newer one replaces them)."""
    db.execute(update(AccountToken).where(
        AccountToken.user_id == user.id, AccountToken.purpose == purpose,
        AccountToken.used_at.is_(None)).values(used_at=utcnow()))


def _normal_email(value: object) -> str:
    return value.strip().lower() if isinstance(value, str) else ""


# ---------------------------------------------------------------- password reset


def request_password_reset(db: Session, data: PasswordResetRequest | Mapping[str, Any],
                           address: str) -> None:
    """Mail a reset link if an active account uses the address; the caller answers the same
    either way (RESET_SENT). RateLimited past the limits (by address asked for and by
    client address), which count unknown addresses too."""
    data = coerce(PasswordResetRequest, data)
    email = _normal_email(data.email)
    limits.hit(RESET, account=email, address=address)
    user = db.scalar(select(User).where(User.email == email))
    if user is None or not user.is_active or user.deleted_at is not None:
        return
    token = _issue(db, user, RESET, user.email, RESET_TTL)
    _send(db, kind="password_reset", to=user, subject=_l("Choose a new Rounds password"),
          template="password_reset",
          context={"name": user.display_name, "link": external(f"/password-reset/{token}"),
                   "minutes": int(RESET_TTL.total_seconds() // 60),
                   "forgot_link": external("/password-reset")})


def reset_password(db: Session, data: PasswordResetConfirm | Mapping[str, Any]) -> User:
    """Set the new password from a reset link: the link is used up, every session ends and
    every API token is revoked; the address counts as confirmed (the link reached it)."""
    data = coerce(PasswordResetConfirm, data)
    row = find(db, RESET, data.token)
    if row is None:
        raise ValidationError({"token": [str(LINK_DEAD)]})
    user = db.get(User, row.user_id)
    check({"new_password": service.new_password_errors(data.new_password, user.email)})
    _row, user = _use(db, RESET, data.token)
    service.set_password(db, user, data.new_password)
    if user.email_verified_at is None:
        user.email_verified_at = utcnow()
    _void(db, user, RESET)
    db.flush()
    return user


# ---------------------------------------------------------------- verification


def send_verification(db: Session, user: User) -> None:
    """Mail the member a link that confirms their address (at registration, or asked
    again); earlier links keep working until they expire."""
    token = _issue(db, user, VERIFICATION, user.email, VERIFICATION_TTL)
    _send(db, kind="email_verification", to=user, subject=_l("Confirm your email address"),
          template="email_verification",
          context={"name": user.display_name, "link": external(f"/verify-email/{token}"),
                   "days": VERIFICATION_TTL.days})


def after_registration(db: Session, user: User) -> None:
    """A member who registered themselves gets the link to confirm their address."""
    if user.email_verified_at is None:
        send_verification(db, user)


def resend_verification(db: Session, actor: User | None) -> bool:
    """Another confirmation link (rate-limited); False when the address is confirmed
    already (nothing sent)."""
    if not policy.is_signed_in(actor):
        raise NotAuthenticated(_("Sign in to confirm your email address."))
    if actor.email_verified_at is not None:
        return False
    limits.hit(VERIFICATION, account=actor.id)
    send_verification(db, actor)
    return True


def verify_email(db: Session, token: object) -> User:
    """Follow a confirmation link: the member's address is confirmed. A link used already
    for an address that is confirmed answers as a success (mail scanners follow links)."""
    row = db.scalar(select(AccountToken).where(
        AccountToken.token_hash == _digest(token), AccountToken.purpose == VERIFICATION)) \
        if _token_shaped(token) else None
    if row is not None and row.used_at is not None:
        user = db.get(User, row.user_id)
        if user is not None and user.email == row.email and user.email_verified_at:
            return user
    _row, user = _use(db, VERIFICATION, token)
    if user.email_verified_at is None:
        user.email_verified_at = utcnow()
    db.flush()
    return user


# ---------------------------------------------------------------- change of address


def request_email_change(db: Session, actor: User | None,
                         data: EmailChangeRequest | Mapping[str, Any]) -> str:
    """Ask to sign in with another address (the password again): a link to the new
    address, a notice to the old one. Returns the new address."""
    if not policy.is_signed_in(actor):
        raise NotAuthenticated(_("Sign in to change your email address."))
    data = coerce(EmailChangeRequest, data)
    new = _normal_email(data.new_email)
    errors: dict[str, list[str]] = {}
    if not service.password_matches(actor, data.password):
        errors["password"] = [_("Your password is not right.")]
    if new == actor.email:
        errors["new_email"] = [_("This is your address already.")]
    elif db.scalar(select(User.id).where(func.lower(User.email) == new)):
        errors["new_email"] = [_("An account with this email already exists.")]
    check(errors)
    limits.hit(CHANGE, account=actor.id)
    _void(db, actor, CHANGE)  # one pending change at a time: the newest
    token = _issue(db, actor, CHANGE, new, CHANGE_TTL)
    # The new address has no account yet: it is written in the member's own language.
    _send(db, kind="email_change_confirm", to=new, language=actor.language,
          subject=_l("Confirm your new email address for Rounds"),
          template="email_change_confirm",
          context={"name": actor.display_name, "old_email": actor.email, "new_email": new,
                   "link": external(f"/account/email/confirm/{token}"),
                   "hours": int(CHANGE_TTL.total_seconds() // 3600)})
    _send(db, kind="email_change_notice", to=actor,
          subject=_l("Your Rounds sign-in address is about to change"),
          template="email_change_notice",
          context={"name": actor.display_name, "old_email": actor.email, "new_email": new,
                   "hours": int(CHANGE_TTL.total_seconds() // 3600),
                   "reset_link": external("/password-reset")})
    return new


def confirm_email_change(db: Session, token: object) -> User:
    """Follow the link sent to the new address: it becomes the account's (and counts as
    confirmed), unless another account took it meanwhile."""
    row = find(db, CHANGE, token)
    if row is None:
        raise ValidationError({"token": [str(LINK_DEAD)]})
    taken = db.scalar(select(User.id).where(func.lower(User.email) == row.email.lower(),
                                            User.id != row.user_id))
    if taken is not None:
        raise ValidationError({"new_email": [_("Another account uses this address now; "
                                               "choose another one.")]})
    row, user = _use(db, CHANGE, token)
    user.email = row.email
    user.email_verified_at = utcnow()
    db.flush()
    return user

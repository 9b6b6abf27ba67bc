"""Two-factor sign-in: TOTP (RFC 6238, 30-second steps, 6 digits, SHA-1 — what every
authenticator app reads from the QR code) with ten single-use recovery codes.

- Anyone may turn it on from the account page (`/account/two-factor`): a secret shown as
  text and as a QR code, confirmed with a code from the app; then the recovery codes are
  shown once (only their HMAC-SHA-256 with the app's secret key is stored).
- Signing in with it on: the password, then a second step (`/login/two-factor`) asks for a
  code or a recovery code before the session is established. Wrong codes are counted per
  account: after MAX_FAILURES in a row, codes are refused for PAUSE_SECONDS (429). A code is
  accepted once (the last accepted time step is kept).
- It is required for moderators, editors and administrators, and for whoever a feature says
  (credit administrators: community.credit registers `require_for(app, is_credit_admin)`):
  such a member signed in without it can only enrol or sign out.
- Personal API tokens are issued with the password and, when two-factor is on, a code
  (`POST /api/v1/auth/token` with `code`); a member who must have it and has not turned it
  on gets no token. A token, once issued, is not asked for codes.
- Turning it off needs the password and a code.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import time
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any

import pyotp
import segno
from flask import (
    Blueprint,
    Flask,
    current_app,
    flash,
    g,
    redirect,
    request,
    session,
    url_for,
)
from flask_login import current_user, login_required
from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from community.platform import api as platform_api
from community.platform.accounts import chrome, crypto, policy, service, sessions
from community.platform.accounts.models import (
    ApiToken,
    RecoveryCode,
    Role,
    TwoFactor,
    User,
    password_stamp,
)
from community.platform.accounts.schemas import TokenRequest
from community.platform.contract import coerce
from community.platform.db import commit, db, utcnow
from community.platform.errors import Forbidden, RateLimited, ValidationError
from community.platform.i18n import _
from community.platform.registry import registry
from community.platform.web import actor, render_form

log = logging.getLogger("rounds.accounts")

ISSUER = "Rounds"
RECOVERY_CODES = 10
MAX_FAILURES = 5
PAUSE_SECONDS = 15 * 60
PENDING_SECONDS = 5 * 60  # the second step must follow the password within this time
REQUIRED_ROLES = (Role.moderator.value, Role.editor.value, Role.admin.value)
_PENDING = "two_factor_pending"

bp = Blueprint("two_factor", __name__)


# ---------------------------------------------------------------- who needs it


def require_for(app: Flask, predicate: Callable[[Session, User], bool]) -> None:
    """A feature declares members who must use two-factor sign-in (a credit administrator):
    `predicate(db, user)`."""
    registry("two_factor_required", list, app).append(predicate)


def is_required(user: User, db_session: Session | None = None) -> bool:
    if not current_app.config["SETTINGS"].two_factor_required:
        return False
    if user.role in REQUIRED_ROLES:
        return True
    session_ = db_session or db.session
    return any(predicate(session_, user) for predicate in registry("two_factor_required", list))


def blocks(db_session: Session, user: User | None) -> bool:
    """A browser session of a member who must use two-factor sign-in and has not turned it
    on (they may only enrol or sign out; the live sockets refuse them too)."""
    return user is not None and not is_enabled(db_session, user) and is_required(user,
                                                                                db_session)


def enrolment(db_session: Session, user: User) -> TwoFactor | None:
    return db_session.get(TwoFactor, user.id)


def is_enabled(db_session: Session, user: User) -> bool:
    record = enrolment(db_session, user)
    return record is not None and record.confirmed_at is not None


# ---------------------------------------------------------------- enrolment


def begin(db_session: Session, user: User) -> TwoFactor:
    """The secret to enrol with; the same one until it is confirmed."""
    record = enrolment(db_session, user)
    if record is not None and record.confirmed_at is not None:
        raise ValidationError({"code": [_("Two-factor sign-in is already on.")]})
    if record is None:
        record = TwoFactor(user_id=user.id, failures=0,
                           secret=crypto.encrypt(pyotp.random_base32(), _context(user.id)))
        db_session.add(record)
        db_session.flush()
    return record


def _context(user_id: int) -> str:
    return f"two_factor:{user_id}"


def secret_of(record: TwoFactor) -> str:
    """The TOTP secret, decrypted (crypto.py). A legacy plain one is encrypted in its place
    (stored with the caller's unit of work)."""
    plain = crypto.decrypt(record.secret, _context(record.user_id))
    if not crypto.is_encrypted(record.secret):
        record.secret = crypto.encrypt(plain, _context(record.user_id))
    return plain


def provisioning_uri(user: User, record: TwoFactor) -> str:
    return pyotp.TOTP(secret_of(record)).provisioning_uri(name=user.email, issuer_name=ISSUER)


def qr_data_uri(uri: str) -> str:
    """The QR code as an SVG data URI (the CSP allows data: images; no inline script)."""
    return segno.make(uri, error="m").svg_data_uri(scale=4, border=2, dark="#000",
                                                   light="#fff")


def confirm(db_session: Session, user: User, code: object) -> list[str]:
    """Turn it on with a first code from the app; returns the recovery codes (shown once)."""
    record = enrolment(db_session, user)
    if record is None or record.confirmed_at is not None:
        raise ValidationError({"code": [_("Start again from the two-factor page.")]})
    _check_pause(record)
    step = _matching_step(record, code)
    if step is None:
        _failed(db_session, record)
        raise ValidationError({"code": [_("That code is not right. Check the time on your "
                                          "phone and try the newest code.")]})
    record.confirmed_at, record.last_step, record.failures = utcnow(), step, 0
    return new_recovery_codes(db_session, user)


def new_recovery_codes(db_session: Session, user: User) -> list[str]:
    """Ten fresh codes (the old ones stop working); only their keyed hashes are kept."""
    db_session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    codes = [_format_recovery(secrets.token_hex(5)) for _i in range(RECOVERY_CODES)]
    db_session.add_all(RecoveryCode(user_id=user.id, code_hash=_recovery_digest(code))
                       for code in codes)
    db_session.flush()
    return codes


def recovery_codes_left(db_session: Session, user: User) -> int:
    return len(db_session.scalars(select(RecoveryCode.id).where(
        RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None))).all())


def disable(db_session: Session, user: User, password: object, code: object) -> None:
    """Turning it off needs the password and a code (or a recovery code)."""
    errors: dict[str, list[str]] = {}
    if not service.password_matches(user, password):
        errors["password"] = [_("Your password is not right.")]
    if not is_enabled(db_session, user):
        errors["code"] = [_("Two-factor sign-in is not on.")]
    if errors:
        raise ValidationError(errors)
    verify(db_session, user, code)
    if is_required(user):
        raise Forbidden(_("Your role requires two-factor sign-in; it cannot be turned off."))
    erase(db_session, user)


def erase(db_session: Session, user: User) -> None:
    db_session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    db_session.execute(delete(TwoFactor).where(TwoFactor.user_id == user.id))
    db_session.flush()


# ---------------------------------------------------------------- checking a code


def verify(db_session: Session, user: User, code: object, *, field: str = "code") -> None:
    """Accept a current code or an unused recovery code, or raise ValidationError (the
    failure is counted; the caller commits so it stays) or RateLimited."""
    record = enrolment(db_session, user)
    if record is None or record.confirmed_at is None:
        return
    _check_pause(record)
    step = _matching_step(record, code)
    if step is not None:
        record.last_step, record.failures, record.failed_at = step, 0, None
        db_session.flush()
        return
    recovery = _matching_recovery(db_session, user, code)
    if recovery is not None:
        recovery.used_at = utcnow()
        record.failures, record.failed_at = 0, None
        db_session.flush()
        return
    _failed(db_session, record)
    raise ValidationError({field: [_("That code is not right.")]})


def _normalise(code: object) -> str:
    if not isinstance(code, str):
        return ""
    return "".join(ch for ch in code if ch.isalnum()).lower()[:32]


def _matching_step(record: TwoFactor, code: object) -> int | None:
    """The time step the code belongs to (now, or one step either side for clock drift),
    if it is one not used before."""
    digits = _normalise(code)
    if len(digits) != 6 or not digits.isdigit():
        return None
    try:
        totp = pyotp.TOTP(secret_of(record))
    except crypto.UndecryptableSecret:
        log.error("the two-factor secret of member %s does not decrypt with this key "
                  "(ROUNDS_ENCRYPTION_KEY changed?): only recovery codes work", record.user_id)
        return None
    now = int(time.time())
    for offset in (0, -1, 1):
        at = now + offset * totp.interval
        if hmac.compare_digest(totp.at(at), digits):
            step = at // totp.interval
            if record.last_step is not None and step <= record.last_step:
                return None  # already used: a code is single-use
            return step
    return None


def _format_recovery(raw: str) -> str:
    return f"{raw[:5]}-{raw[5:]}"


def _recovery_digest(code: str) -> str:
    key = str(current_app.config["SECRET_KEY"]).encode()
    return hmac.new(key, _normalise(code).encode(), hashlib.sha256).hexdigest()


def _matching_recovery(db_session: Session, user: User, code: object) -> RecoveryCode | None:
    if len(_normalise(code)) != 10:
        return None
    return db_session.scalar(select(RecoveryCode).where(
        RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None),
        RecoveryCode.code_hash == _recovery_digest(str(code))))


def _check_pause(record: TwoFactor) -> None:
    if record.failures >= MAX_FAILURES and record.failed_at is not None:
        resume = record.failed_at + timedelta(seconds=PAUSE_SECONDS)
        wait = int((resume - utcnow()).total_seconds())
        if wait > 0:
            raise RateLimited(_("Too many wrong codes. Wait a few minutes and try again."),
                              retry_after=wait)
        record.failures = 0


def _failed(db_session: Session, record: TwoFactor) -> None:
    record.failures = (record.failures or 0) + 1
    record.failed_at = utcnow()
    db_session.flush()


# ---------------------------------------------------------------- API tokens


def issue_token(db_session: Session, data: TokenRequest | Mapping[str, Any], ip_address: str,
                **limits: int) -> tuple[ApiToken, str]:
    """service.issue_token with the second factor: `code` is needed when it is on, and a
    member whose role requires it gets no token before turning it on."""
    data = coerce(TokenRequest, data)
    user = service.authenticate(db_session, data.email, data.password, ip_address, **limits)
    if is_enabled(db_session, user):
        if not data.code:
            raise ValidationError({"code": [_("Two-factor sign-in is on: send a code from "
                                              "your app (or a recovery code) as `code`.")]})
        verify(db_session, user, data.code)
    elif is_required(user):
        raise Forbidden(_("Your role requires two-factor sign-in: turn it on from your "
                          "account page before issuing tokens."))
    return service.create_token(db_session, user, data.name, data.expires_in_days)


# ---------------------------------------------------------------- the second sign-in step


def needs_second_step(db_session: Session, user: User) -> bool:
    return is_enabled(db_session, user)


def start_second_step(user: User, *, remember: bool, next_url: str):
    """Called by the sign-in page after the password: remember who is half signed in (the
    password stamp included, so a password change ends it) and ask for the code."""
    session[_PENDING] = {"uid": user.id, "stamp": password_stamp(user.password_changed_at),
                         "remember": bool(remember), "next": next_url, "at": int(time.time())}
    return redirect(url_for("two_factor.second_step"), code=303)


def _pending_user() -> tuple[User | None, dict]:
    pending = session.get(_PENDING) or {}
    if not pending or int(time.time()) - int(pending.get("at", 0)) > PENDING_SECONDS:
        session.pop(_PENDING, None)
        return None, {}
    user = db.session.get(User, int(pending.get("uid", 0)))
    if (user is None or not user.is_active or policy.is_suspended(user)
            or password_stamp(user.password_changed_at) != pending.get("stamp")):
        session.pop(_PENDING, None)
        return None, {}
    return user, pending


@bp.route("/login/two-factor", methods=["GET", "POST"])
def second_step():
    user, pending = _pending_user()
    if user is None:
        flash(_("Sign in again."), "info")  # i18n: ignore
        return redirect(url_for("accounts.login"), code=303)
    if request.method == "GET":
        return render_form("accounts/two_factor_login.html", values={})
    try:
        verify(db.session, user, request.form.get("code"))
    except ValidationError as error:
        commit(db.session)  # keep the failure: the pause counts it
        return render_form("accounts/two_factor_login.html", values={},
                           errors=error.extra.get("errors", {}), status=422)
    except RateLimited as error:
        db.session.rollback()
        return render_form("accounts/two_factor_login.html", values={},
                           errors={"_": [error.detail]}, status=429,
                           retry_after=error.retry_after)
    commit(db.session)
    session.pop(_PENDING, None)
    # A new server-side session and CSRF token, as after a password alone (sessions.py).
    sessions.sign_in(db.session, user, remember=bool(pending.get("remember")))
    commit(db.session)
    target = pending.get("next") or ""
    if not (target.startswith("/") and not target.startswith("//") and "\\" not in target):
        target = url_for("boards.index")
    return redirect(target, code=303)


# ---------------------------------------------------------------- enrolment pages


def _page(me: User, *, status: int = 200, errors: dict | None = None,
          recovery: list[str] | None = None, retry_after: int | None = None):
    record = enrolment(db.session, me)
    context: dict[str, Any] = {"enabled": record is not None and record.confirmed_at is not None,
                               "required": is_required(me), "recovery": recovery}
    if context["enabled"]:
        context["codes_left"] = recovery_codes_left(db.session, me)
    else:
        record = begin(db.session, me)
        commit(db.session)
        uri = provisioning_uri(me, record)
        context.update(secret=secret_of(record), qr=qr_data_uri(uri), uri=uri)
    return render_form("accounts/two_factor.html", values={}, errors=errors, status=status,
                       retry_after=retry_after, **context)


def _attempt(me, run):
    """Run a two-factor page action and commit: (its result, None), or (None, the page again
    with a 422 or a 429). A wrong code is committed too (its failure counts toward the
    pause); a paused account's attempt is rolled back."""
    try:
        result = run()
    except ValidationError as error:
        commit(db.session)
        return None, _page(me, status=422, errors=error.extra.get("errors", {}))
    except RateLimited as error:
        db.session.rollback()
        return None, _page(me, status=429, errors={"_": [error.detail]},
                           retry_after=error.retry_after)
    commit(db.session)
    return result, None


@bp.route("/account/two-factor", methods=["GET", "POST"])
@login_required
def enrol():
    me = actor()
    if request.method == "GET":
        return _page(me)
    codes, refused = _attempt(me, lambda: confirm(db.session, me, request.form.get("code")))
    if refused is not None:
        return refused
    flash(_("Two-factor sign-in is on."), "success")  # i18n: ignore
    return _page(me, status=201, recovery=codes)


@bp.route("/account/two-factor/recovery-codes", methods=["POST"])
@login_required
def recovery_codes():
    me = actor()

    def renew() -> list[str]:
        if not is_enabled(db.session, me):
            raise ValidationError({"code": [_("Two-factor sign-in is not on.")]})
        verify(db.session, me, request.form.get("code"))
        return new_recovery_codes(db.session, me)

    codes, refused = _attempt(me, renew)
    return refused if refused is not None else _page(me, status=201, recovery=codes)


@bp.route("/account/two-factor/disable", methods=["POST"])
@login_required
def turn_off():
    me = actor()
    _done, refused = _attempt(me, lambda: disable(db.session, me, request.form.get("password"),
                                              request.form.get("code")))
    if refused is not None:
        return refused
    flash(_("Two-factor sign-in is off."), "info")  # i18n: ignore
    return redirect(url_for("accounts.account"), code=303)


# ---------------------------------------------------------------- required roles

# What a member who must enrol may still reach: enrolment, signing out, static files, health.
_OPEN_ENDPOINTS = frozenset({"two_factor.enrol", "two_factor.second_step", "accounts.logout",
                             "static", "livez", "healthz", "readyz",
                             "accounts_api.two_factor_status", "accounts_api.begin_two_factor",
                             "accounts_api.confirm_two_factor",
                             # links mailed to them (accounts/recovery.py)
                             "accounts.verify_email", "accounts.confirm_email_change",
                             "accounts.forgot_password", "accounts.reset_password"})


def _enforce():
    """A member whose role requires two-factor sign-in, signed in with a browser session
    without it, is sent to enrolment and can do nothing else (signing out still works).
    Bearer-token requests are not concerned: such a member gets no token without it."""
    if request.endpoint in _OPEN_ENDPOINTS or request.endpoint is None:
        return None
    if request.headers.get("Authorization"):
        return None
    if not current_user.is_authenticated:
        return None
    me = current_user._get_current_object()
    if g.get("two_factor_checked") == me.id:
        return None
    # The setting first, then whether it is on (loaded with the session: chrome.py), then
    # the role and the features' predicates (which may ask the database).
    if not current_app.config["SETTINGS"].two_factor_required or chrome.value(
            me, "two_factor_on", lambda: is_enabled(db.session, me)) or not is_required(me):
        g.two_factor_checked = me.id
        return None
    if request.path.startswith(platform_api.PREFIX):
        return platform_api.problem(403, _("Two-factor sign-in required"),
                                    _("Your role requires two-factor sign-in: turn it on at "
                                      "/account/two-factor."), "two-factor-required")
    flash(_("Your role requires two-factor sign-in. Turn it on to continue."), "info")  # i18n: ignore
    return redirect(url_for("two_factor.enrol"), code=303)


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)
    app.before_request(_enforce)
    chrome.part(app, "two_factor_on", lambda: exists().where(
        TwoFactor.user_id == User.id, TwoFactor.confirmed_at.is_not(None)))

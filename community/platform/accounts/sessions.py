"""Server-side sessions: signing out ends the session on the server.

Every sign-in starts a row of `user_sessions`; the (signed) session cookie — and the
remember-me cookie, at most ROUNDS_REMEMBER_DAYS — carry only its random token, whose SHA-256
is the row's id. Flask-Login's loader (service.load_session_user) accepts a token only while
its row is live: not revoked, not expired, its member active and not suspended. Signing out,
"end this session" on the account page or the API, and a password change revoke rows. At
sign-in the session token and the CSRF token are both new (no fixation of either).

The device cookie: a browser that signed in to an account is remembered for a year in a
signed cookie (a random nonce and the accounts' ids), so the sign-in throttle does not slow
the owner's own device for others' failures (accounts/limits.py)."""
from __future__ import annotations

import hashlib
import ipaddress
import re
import secrets
from datetime import timedelta

from flask import Flask, Response, current_app, g, request, session
from flask_login import current_user, login_user, logout_user
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session, configure_mappers, joinedload

from community.platform.accounts import chrome, policy
from community.platform.accounts.models import User, UserSession
from community.platform.db import db, utcnow
from community.platform.errors import NotFound
from community.platform.i18n import _

DEVICE_COOKIE = "rounds_device"
DEVICE_DAYS = 365
DEVICE_ACCOUNTS = 10
TOUCH_EVERY = timedelta(minutes=1)
KEEP_ENDED_DAYS = 30
_READING = frozenset({"GET", "HEAD", "OPTIONS"})
_TOKEN_ATTR = "_rounds_session_token"
_STATEMENT = "rounds_session_statement"  # not "rounds.": no registry


def init_app(app: Flask) -> None:
    settings = app.config["SETTINGS"]
    app.config.update(REMEMBER_COOKIE_DURATION=timedelta(days=settings.remember_days),
                      REMEMBER_COOKIE_NAME="rounds_remember")
    app.extensions["rounds.session_token"] = token_for  # User.get_id asks it
    chrome.init_app(app)
    app.after_request(_set_device_cookie)
    app.jinja_env.globals.update(signed_in_sessions=_signed_in_sessions,
                                 describe_device=describe)


def _signed_in_sessions() -> list[tuple[UserSession, bool]]:
    """For the account page: the signed-in member's live sessions, and which is this one."""
    if not current_user.is_authenticated:
        return []
    me = current_user._get_current_object()
    current = current_id(me)
    return [(row, row.id == current) for row in live(db.session, me)]


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def coarse_address(address: str | None) -> str:
    """The network, not the host: 203.0.113.0/24, 2001:db8:1::/48."""
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        return ""
    prefix = 24 if ip.version == 4 else 48
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False))


_BROWSERS = (("Edg/", "Edge"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"),
             ("Safari/", "Safari"), ("curl/", "curl"), ("python-requests", "Python"))
_SYSTEMS = (("Android", "Android"), ("iPhone", "iPhone"), ("iPad", "iPad"),
            ("Windows", "Windows"), ("Mac OS X", "macOS"), ("Linux", "Linux"))


def describe(user_agent: str) -> str:
    """'Firefox on Linux' from a User-Agent; the raw text (trimmed) when unknown."""
    browser = next((name for mark, name in _BROWSERS if mark in user_agent), "")
    system = next((name for mark, name in _SYSTEMS if mark in user_agent), "")
    if browser:
        return f"{browser} on {system}" if system else browser
    return re.sub(r"\s+", " ", user_agent)[:60] or "an unknown browser"


def _request_details() -> tuple[str, str]:
    try:
        return ((request.user_agent.string or "")[:200],
                coarse_address(request.remote_addr))
    except RuntimeError:  # outside a request (CLI, tasks)
        return "", ""


def start(db_session: Session, user: User, *, remember: bool = False) -> str:
    """A new live session for `user`; returns its token (only the cookie holds it)."""
    settings = current_app.config["SETTINGS"]
    token = secrets.token_urlsafe(32)
    agent, address = _request_details()
    now = utcnow()
    days = settings.remember_days if remember else settings.session_days
    # Forget the member's sessions that ended long ago (the list shows live ones only).
    gone = now - timedelta(days=KEEP_ENDED_DAYS)
    db_session.execute(delete(UserSession).where(
        UserSession.user_id == user.id,
        (UserSession.expires_at < gone) | (UserSession.revoked_at < gone)))
    db_session.add(UserSession(id=_digest(token), user_id=user.id, created_at=now,
                               last_seen_at=now, expires_at=now + timedelta(days=days),
                               remember=remember, user_agent=agent, address=address))
    db_session.flush()
    setattr(user, _TOKEN_ATTR, token)
    return token


def token_for(user: User) -> str:
    """User.get_id: the token of the session this request signed `user` in with (a new
    session when a caller signed them in without one)."""
    token = getattr(user, _TOKEN_ATTR, None)
    return token or start(db.session, user)


def current_id(user: User | None) -> str | None:
    """The id of the session `user` is signed in with on this request (None for tokens)."""
    try:
        if request.headers.get("Authorization"):
            return None  # an API token, even beside a session cookie
    except RuntimeError:
        pass
    token = getattr(user, _TOKEN_ATTR, None)
    return _digest(token) if token else None


def load(db_session: Session, token: str) -> User | None:
    """The member a session token belongs to, while its session is live."""
    if not isinstance(token, str) or not 20 <= len(token) <= 100:
        return None  # also the ids of the time before server-side sessions
    # One statement: the session row, its member with their standing (silences,
    # suspensions: every page asks for it) and the member's chrome (chrome.py: the header's
    # badges and banners, whether two-factor sign-in is on).
    found = db_session.execute(_statement(), {"session_id": _digest(token)}).first()
    now = utcnow()
    if found is None:
        return None
    row, user = found[0], found[1]
    if row.revoked_at is not None or row.expires_at <= now:
        return None
    if not user.is_active or policy.is_suspended(user):
        return None  # a suspension ends every session at once
    setattr(user, _TOKEN_ATTR, token)
    if now - row.last_seen_at > TOUCH_EVERY:
        row.last_seen_at = now
        if _reading():
            db_session.commit()  # keep the last-seen time, as a token's last use
    chrome.loaded(user, dict(zip(found._fields[2:], found[2:], strict=True)), user.standing)
    return user


def _statement():
    """The session, its member and the chrome parts, by the session's id (built once per
    app: the parts are registered by then)."""
    built = current_app.extensions.get(_STATEMENT)
    if built is None:
        configure_mappers()  # User.standing is a backref of moderation.trust's model
        built = (select(UserSession, User, *(part.expression().label(part.name)
                                              for part in chrome.parts()))
                 .join(User, User.id == UserSession.user_id)
                 .options(joinedload(User.standing))
                 .where(UserSession.id == bindparam("session_id")))
        current_app.extensions[_STATEMENT] = built
    return built


def _reading() -> bool:
    try:
        return request.method in _READING
    except RuntimeError:
        return False


def sign_in(db_session: Session, user: User, *, remember: bool = False) -> None:
    """Sign `user` in on this browser with a fresh session and a fresh CSRF token: the
    session this browser had before (anyone's) ends, so a planted or copied cookie from
    before the sign-in is worth nothing after it."""
    previous = session.get("_user_id")
    if isinstance(previous, str):
        _revoke(db_session, UserSession.id == _digest(previous))
    session.pop("csrf_token", None)
    g.pop("csrf_token", None)
    setattr(user, _TOKEN_ATTR, None)
    start(db_session, user, remember=remember)
    login_user(user, remember=remember)
    remember_device(user)


def sign_out(db_session: Session) -> None:
    """End this browser's session on the server, then forget it here."""
    current = session.get("_user_id")
    if isinstance(current, str):
        _revoke(db_session, UserSession.id == _digest(current))
    logout_user()
    session.pop("csrf_token", None)


def _revoke(db_session: Session, *conditions) -> int:
    result = db_session.execute(update(UserSession).where(
        UserSession.revoked_at.is_(None), *conditions).values(revoked_at=utcnow()))
    return result.rowcount or 0


def live(db_session: Session, user: User) -> list[UserSession]:
    """The member's live sessions, the latest seen first."""
    return list(db_session.scalars(select(UserSession).where(
        UserSession.user_id == user.id, UserSession.revoked_at.is_(None),
        UserSession.expires_at > utcnow()).order_by(UserSession.last_seen_at.desc())))


def end(db_session: Session, user: User, session_id: str) -> None:
    """End one of the member's sessions (NotFound for anyone else's)."""
    if not _revoke(db_session, UserSession.id == session_id, UserSession.user_id == user.id):
        raise NotFound(_("No such session."))


def end_others(db_session: Session, user: User) -> int:
    """End every session of the member but the one making this request."""
    return end_all(db_session, user, keep=current_id(user))


def end_all(db_session: Session, user: User, keep: str | None = None) -> int:
    conditions = [UserSession.user_id == user.id]
    if keep:
        conditions.append(UserSession.id != keep)
    return _revoke(db_session, *conditions)


# ---------------------------------------------------------------- the device cookie


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt="rounds.device")


def _device() -> dict | None:
    raw = request.cookies.get(DEVICE_COOKIE)
    if not raw:
        return None
    try:
        value = _serializer().loads(raw, max_age=DEVICE_DAYS * 24 * 3600)
    except BadSignature:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("n"), str) \
            or not isinstance(value.get("u"), list):
        return None
    return value


def device_nonce(user_id: int) -> str | None:
    """This browser's device nonce when it signed in to account `user_id` before."""
    device = _device()
    return device["n"] if device and user_id in device["u"] else None


def remember_device(user: User) -> None:
    device = _device() or {"n": secrets.token_urlsafe(16), "u": []}
    accounts = [user.id, *(i for i in device["u"] if i != user.id)][:DEVICE_ACCOUNTS]
    g.rounds_device = {"n": device["n"], "u": accounts}


def _set_device_cookie(response: Response) -> Response:
    device = g.pop("rounds_device", None)
    if device is not None:
        response.set_cookie(DEVICE_COOKIE, _serializer().dumps(device),
                            max_age=DEVICE_DAYS * 24 * 3600, httponly=True, samesite="Lax",
                            secure=current_app.config["SESSION_COOKIE_SECURE"])
    return response

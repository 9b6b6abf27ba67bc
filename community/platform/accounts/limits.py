"""Rate limits and sign-in throttling.

Rate limits (`hit`): requests per fixed window, counted by account and by address, for
registration, token issue, search and the API generally (ROUNDS_RATE_LIMITS). The counters
live in Redis when ROUNDS_REDIS_URL is set (shared by every web process), in this process
otherwise. A refusal is a RateLimited error: 429 with Retry-After — the form again with a
message on pages, problem details in the API.

Sign-in throttling (`check_sign_in`) follows OWASP's authentication guidance: slow the
attacker, never lock the owner out. Failures are counted per account *and* address (the
login_attempts table), so failing on someone's email from one address does not slow that
person elsewhere; after ROUNDS_LOGIN_MAX_FAILURES failures each further try waits 1, 2, 4 …
seconds (at most ROUNDS_LOGIN_MAX_DELAY_SECONDS) from the last failure. An address failing on
many accounts (credential stuffing) is slowed alike past ROUNDS_LOGIN_ADDRESS_FAILURES. A
browser that signed in to the account before (a signed device cookie, accounts/sessions.py)
is not slowed by anyone else's failures — only by its own. Each throttled try is logged, and
recorded in the audit log (the domain event "sign_in_throttled", which moderation.audit
subscribes to; at most one entry per account, address and minute)."""
from __future__ import annotations

import logging
import math
import threading
import time
from datetime import timedelta
from typing import Any

from flask import Flask, current_app, g, request
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from community.platform.accounts.models import LoginAttempt
from community.platform.db import utcnow
from community.platform.errors import RateLimited
from community.platform.events import record_event
from community.platform.i18n import _n

log = logging.getLogger("rounds.limits")

# count per window (seconds); each applies by account and by address.
DEFAULT_RATE_LIMITS: dict[str, tuple[int, int]] = {
    "register": (20, 3600),
    "token": (30, 3600),
    "search": (60, 60),
    "api": (600, 60),
    # Mail to an address (community.platform.accounts.recovery): by the address asked for
    # (or the member) and by the client's address, which more members may share (a NAT).
    "password_reset": (5, 3600),
    "password_reset_address": (30, 3600),
    "email_verification": (5, 3600),
    "email_verification_address": (30, 3600),
    "email_change": (5, 3600),
    "email_change_address": (30, 3600),
    # The composer (community.boards.composer): a server-rendered preview, @name completion.
    "preview": (60, 60),
    "mentions": (120, 60),
}
MESSAGES = {
    "register": "Too many new accounts from here. Wait a while and try again.",
    "token": "Too many tokens asked for. Wait a while and try again.",
    "search": "Too many searches in a short time. Wait a moment and search again.",
    "api": "Too many requests. Slow down and retry after the time given.",
    "password_reset": "Too many reset links asked for. Wait a while and try again.",
    "email_verification": "Too many confirmation mails asked for. Wait a while and try "
                          "again.",
    "email_change": "Too many address changes asked for. Wait a while and try again.",
    "preview": "Too many previews in a short time. Wait a moment and preview again.",
    "mentions": "Too many name look-ups in a short time. Wait a moment.",
}
_STORE = "rounds.rate_store"


# ---------------------------------------------------------------- counters


class MemoryStore:
    """Fixed-window counters in this process (the embedded default)."""

    def __init__(self) -> None:
        self._counts: dict[tuple[str, int, int], int] = {}
        self._lock = threading.Lock()
        self._swept = 0

    def incr(self, key: str, window: int) -> tuple[int, int]:
        """Count one more in `key`'s current window: (count, seconds until it resets)."""
        now = time.time()
        index = int(now // window)
        with self._lock:
            if now - self._swept > 60:  # forget windows gone by, now and then
                self._swept = now
                self._counts = {k: v for k, v in self._counts.items()
                                if k[2] >= int(now // k[1])}
            count = self._counts[key, window, index] = self._counts.get((key, window, index),
                                                                        0) + 1
        return count, max(1, math.ceil((index + 1) * window - now))

    def get(self, key: str, window: int) -> int:
        with self._lock:
            return self._counts.get((key, window, int(time.time() // window)), 0)


class RedisStore:
    """Fixed-window counters in Redis, shared by every process; when Redis is away the
    limits are not applied (logged), so an outage never refuses members."""

    def __init__(self, url: str) -> None:
        import redis

        self._redis = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1)

    def incr(self, key: str, window: int) -> tuple[int, int]:
        now = time.time()
        index = int(now // window)
        full = f"rounds:limit:{key}:{window}:{index}"
        try:
            pipe = self._redis.pipeline()
            pipe.incr(full)
            pipe.expire(full, window + 1)
            count = int(pipe.execute()[0])
        except Exception as exc:  # noqa: BLE001 (any Redis failure: do not limit)
            log.warning("rate limit store unavailable: %s", exc)
            return 0, 0
        return count, max(1, math.ceil((index + 1) * window - now))

    def get(self, key: str, window: int) -> int:
        index = int(time.time() // window)
        try:
            return int(self._redis.get(f"rounds:limit:{key}:{window}:{index}") or 0)
        except Exception:  # noqa: BLE001
            return 0


def store(app: Flask | None = None) -> MemoryStore | RedisStore:
    app = app or current_app
    found = app.extensions.get(_STORE)
    if found is None:
        url = app.config["SETTINGS"].redis_url
        found = app.extensions[_STORE] = RedisStore(url) if url else MemoryStore()
    return found


# ---------------------------------------------------------------- rate limits


def rule(bucket: str, by: str = "account") -> tuple[int, int]:
    configured = current_app.config["SETTINGS"].rate_limits
    base = configured.get(bucket, DEFAULT_RATE_LIMITS[bucket])
    if by == "address":
        default = base if bucket in configured else DEFAULT_RATE_LIMITS.get(
            f"{bucket}_address", base)
        return configured.get(f"{bucket}_address", default)
    return base


def client_address() -> str:
    """The client's address (the real client's behind ROUNDS_PROXY_COUNT proxies)."""
    try:
        return request.remote_addr or "unknown"
    except RuntimeError:
        return "unknown"


def hit(bucket: str, *, account: Any = None, address: str | None = None) -> None:
    """Count one request in `bucket` for the account (a user id or another account key such
    as an email) and the address (the client's by default); RateLimited past either limit."""
    address = address if address is not None else client_address()
    keys = [("address", address)]
    if account is not None:
        keys.append(("account", str(account)))
    wait = 0
    for by, value in keys:
        count, window = rule(bucket, by)
        used, reset = store().incr(f"{bucket}:{by}:{value}", window)
        if used > count:
            wait = max(wait, reset)
    if wait:
        log.info("rate limited: %s account=%s address=%s retry_after=%s", bucket, account,
                 address, wait)
        raise RateLimited(MESSAGES[bucket], retry_after=wait)


def api_request_limit() -> None:
    """Every API request counts against the API's limit (run after authentication, so the
    account is known; registration and token issue also have their own limits)."""
    user = g.get("api_user")
    hit("api", account=user.id if user is not None else None)


# ---------------------------------------------------------------- sign-in throttling


def _delay(failures: int, free: int, cap: int) -> int:
    """Seconds to wait after `failures` failures: 0 up to `free`, then 1, 2, 4 … ≤ cap."""
    if failures < free:
        return 0
    return min(cap, 2 ** min(failures - free, 30))


def sign_in_wait(db: Session, email: str, address: str, *, known_device: bool) -> int:
    """Seconds this sign-in must still wait (0: it may try now)."""
    if known_device:
        return 0
    settings = current_app.config["SETTINGS"]
    now = utcnow()
    since = now - timedelta(seconds=settings.login_window_seconds)
    last_success = db.scalar(select(func.max(LoginAttempt.attempted_at)).where(
        LoginAttempt.email == email, LoginAttempt.ip_address == address,
        LoginAttempt.succeeded.is_(True)))
    if last_success is not None and last_success > since:
        since = last_success
    failures = select(func.count(), func.max(LoginAttempt.attempted_at)).where(
        LoginAttempt.succeeded.is_(False), LoginAttempt.attempted_at > since)
    wait = 0.0
    cap = settings.login_max_delay_seconds
    for condition, free in (
            ((LoginAttempt.email == email) & (LoginAttempt.ip_address == address),
             settings.login_max_failures),
            (LoginAttempt.ip_address == address, settings.login_address_failures)):
        count, latest = db.execute(failures.where(condition)).one()
        delay = _delay(count, free, cap)
        if delay and latest is not None:
            wait = max(wait, (latest + timedelta(seconds=delay) - now).total_seconds())
    return max(0, math.ceil(wait))


def check_sign_in(db: Session, email: str, address: str, *, known_device: bool,
                  user_id: int | None = None) -> None:
    """Refuse (RateLimited, logged and audited) a sign-in that comes before its delay has
    passed. The refusal keeps its unit of work: the caller's undo commits the audit event."""
    wait = sign_in_wait(db, email, address, known_device=known_device)
    if wait:
        log.warning("sign-in throttled: account=%s address=%s retry_after=%ss", email,
                    address, wait)
        first, _ttl = store().incr(f"throttle-audited:{email}:{address}", 60)
        if first == 1:
            record_event(db, "sign_in_throttled", email=email[:254], address=address[:64],
                         retry_after=wait, user_id=user_id)
        raise RateLimited(_n("Too many failed sign-in attempts. Please wait %(num)d second "
                             "and try again.",
                             "Too many failed sign-in attempts. Please wait %(num)d seconds "
                             "and try again.", wait),
                          retry_after=wait).keeping_work()


def device_failures(nonce: str, user_id: int) -> int:
    return store().get(f"device-failures:{nonce}:{user_id}",
                       current_app.config["SETTINGS"].login_window_seconds)


def note_device_failure(nonce: str, user_id: int) -> None:
    """A known device that fails counts on its own: past ROUNDS_LOGIN_MAX_FAILURES it is
    treated as unknown (a stolen device cookie buys nothing)."""
    store().incr(f"device-failures:{nonce}:{user_id}",
                 current_app.config["SETTINGS"].login_window_seconds)

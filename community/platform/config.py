"""Settings: every one comes from a ROUNDS_* environment variable, with embedded defaults,
read and checked by pydantic-settings. A wrong value stops the start with a message that
names the variable and the form it expects (`ROUNDS_POSTS_PER_PAGE: a whole number from 1 to
200, not 'abc'`).

The embedded default runs with no services at all: SQLite and the Whoosh index under
`instance/`, Celery tasks run eagerly in-process, Socket.IO in threading mode.
"""
from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[2]
STATIC_FOLDER = PROJECT_ROOT / "static"
POSTING_KEYS = ("topic_new", "reply_new", "topic", "reply")
RATE_LIMIT_KEYS = ("register", "token", "search", "api", "password_reset",
                   "email_verification", "email_change", "preview", "mentions")


class SettingsError(ValueError):
    """A setting has a value Rounds cannot use; the message names the variable."""


class Settings(BaseSettings):
    """Every setting Rounds reads; the README lists them with the same names."""

    model_config = SettingsConfigDict(env_prefix="ROUNDS_", env_ignore_empty=True,
                                      extra="forbid", validate_default=True)

    instance_path: Path = PROJECT_ROOT / "instance"
    database_url: str = ""
    redis_url: str = ""
    secret_key: str = ""
    # Signs credit certificates (an Ed25519 private key, PEM); generated once when not given.
    credit_signing_key: str = ""
    search_index_path: str = ""
    # Where search looks: the embedded Whoosh index (a folder per machine), or PostgreSQL
    # full-text search (several web machines, no shared folder; needs a PostgreSQL database).
    search_backend: Literal["whoosh", "postgres"] = "whoosh"
    # With Redis configured, tasks go to a worker unless told otherwise.
    celery_eager: bool | None = None
    socketio_async_mode: Literal["threading", "gevent", "gevent_uwsgi"] = "threading"
    secure_cookies: bool = True
    base_url: str = "http://localhost:5000"
    posts_per_page: int = Field(20, ge=1, le=200)
    topics_per_page: int = Field(30, ge=1, le=200)
    login_max_failures: int = Field(5, ge=1, le=1000)
    login_window_seconds: int = Field(900, ge=1)
    # Sign-in throttling (accounts/limits.py): after login_max_failures failures for one
    # account from one address, each further try waits 1, 2, 4 … seconds, at most this long;
    # an address with login_address_failures failures (any accounts) in the window is slowed
    # alike. A browser that signed in to the account before (a device cookie) is not.
    login_max_delay_seconds: int = Field(300, ge=1, le=86400)
    login_address_failures: int = Field(100, ge=1)
    # Server-side sessions (accounts/sessions.py): how long a sign-in lasts, and with
    # "keep me signed in".
    session_days: int = Field(14, ge=1, le=365)
    remember_days: int = Field(30, ge=1, le=30)
    # Personal API tokens expire after this many days unless their creator chose (0: never).
    token_expiry_days: int = Field(365, ge=0, le=3650)
    # Requests per window, by account and by address: name=count/seconds, comma-separated
    # (names: RATE_LIMIT_KEYS; `<name>_address` sets the by-address count apart).
    rate_limits: Annotated[dict[str, tuple[int, int]], NoDecode] = Field(default_factory=dict)
    argon2_time_cost: int = Field(3, ge=1, le=20)
    argon2_memory_cost: int = Field(65536, ge=1024)
    # Moderators, editors, credit administrators and admins must use two-factor sign-in
    # (accounts/twofactor.py); off only for the test suite's other tests.
    two_factor_required: bool = True
    # A member who registered reads but does not post (topics, replies, write-ups, chat)
    # until they follow the link mailed to their address (accounts/recovery.py).
    email_verification_required: bool = True
    # The key TOTP secrets are encrypted with at rest (accounts/secrets.py): any text (a
    # long random one); empty: derived from secret_key with HKDF.
    encryption_key: str = ""
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = "INFO"
    # How many reverse proxies in front set X-Forwarded-For/-Proto/-Host (0: trust none).
    proxy_count: int = Field(0, ge=0, le=10)
    testing: bool = False
    # Seconds between posts: topic_new, reply_new (trust level 0), topic, reply.
    posting_limits: Annotated[dict[str, int], NoDecode] = Field(default_factory=dict)
    # Live rooms: how often a server process vouches for its members' attendance (an interval
    # not vouched for in 3 beats is closed at its last beat), and chat messages allowed per
    # member per window.
    live_heartbeat_seconds: int = Field(30, ge=1)
    # Presence changes within this many seconds go out as one list (a join storm of N
    # members would otherwise send N lists to N members); 0 sends each at once.
    live_presence_seconds: float = Field(1.0, ge=0)
    live_chat_limit: int = Field(5, ge=1)
    live_chat_window_seconds: int = Field(10, ge=1)
    # Serving processes deliver pending outbox rows (side effects of committed writes that
    # could not run at once, e.g. while Redis was down) this often; 0 turns the relay off.
    outbox_relay_seconds: float = Field(5.0, ge=0)
    # Outgoing mail (community/mail): an SMTP server (smtp://user:pass@host:587 uses
    # STARTTLS when offered, smtps:// implicit TLS); empty: each message is written to
    # instance/mail/<id>.eml (shown at /dev/mail to admins in demo mode).
    smtp_url: str = ""
    mail_from: str = "Rounds <rounds@localhost>"
    # The domain of reply-by-email addresses and Message-IDs; empty: base_url's host.
    mail_reply_domain: str = ""
    # Permanent delivery failures (5xx) to one address before mail to it stops.
    mail_max_failures: int = Field(3, ge=1, le=100)
    # Temporary failures (4xx, connection lost) are retried after this many seconds,
    # doubling each time, at most mail_max_attempts tries in all.
    mail_retry_seconds: float = Field(60.0, ge=0)
    mail_max_attempts: int = Field(8, ge=1, le=50)
    smtp_timeout_seconds: float = Field(30.0, gt=0)
    # Reply by email (community/notifications/incoming.py): the shared secret a mail server
    # sends as X-Rounds-Mail-Secret to POST /api/v1/mail/incoming (empty: the endpoint is
    # off), and the largest message accepted (larger ones are refused by mail).
    mail_incoming_secret: str = ""
    mail_incoming_max_bytes: int = Field(1_000_000, ge=10_000, le=20_000_000)
    # `rounds serve --demo` sets it: demo-only pages (/dev/mail) are open to admins.
    demo: bool = False

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        return value.upper() if isinstance(value, str) else value

    @field_validator("smtp_url")
    @classmethod
    def _smtp_url(cls, value: str) -> str:
        if value and (urlsplit(value).scheme not in ("smtp", "smtps")
                      or not urlsplit(value).hostname):
            raise ValueError("an SMTP server as smtp://user:password@host:587 or "
                             "smtps://user:password@host:465 (or empty for the file transport)")
        return value

    @field_validator("mail_from")
    @classmethod
    def _mail_from(cls, value: str) -> str:
        if "@" not in value or "\n" in value or "\r" in value:
            raise ValueError('a sender such as "Rounds <rounds@example.org>"')
        return value

    @field_validator("credit_signing_key", mode="before")
    @classmethod
    def _pem_lines(cls, value: Any) -> Any:
        """A PEM in one line of an env file, its newlines written as \\n."""
        return value.replace("\\n", "\n") if isinstance(value, str) else value

    @field_validator("posting_limits", mode="before")
    @classmethod
    def _limits(cls, value: Any) -> Any:
        """"topic_new=120,reply_new=30,topic=15,reply=5" (seconds), or a mapping."""
        if not isinstance(value, str):
            return value
        limits = {}
        for part in filter(None, (p.strip() for p in value.split(","))):
            key, _, seconds = part.partition("=")
            if key.strip() not in POSTING_KEYS or not seconds.strip().isdigit():
                raise ValueError(f"write name=seconds pairs separated by commas, names among "
                                 f"{', '.join(POSTING_KEYS)}")
            limits[key.strip()] = int(seconds)
        return limits

    @field_validator("rate_limits", mode="before")
    @classmethod
    def _rate_limits(cls, value: Any) -> Any:
        """"register=20/3600,token=30/3600,search=60/60,api=600/60", or a mapping."""
        if not isinstance(value, str):
            return value
        limits = {}
        for part in filter(None, (p.strip() for p in value.split(","))):
            key, _, rule = (x.strip() for x in part.partition("="))
            count, _, seconds = (x.strip() for x in rule.partition("/"))
            if key.removesuffix("_address") not in RATE_LIMIT_KEYS or not count.isdigit() \
                    or not seconds.isdigit() or int(seconds) < 1:
                raise ValueError(f"write name=count/seconds pairs separated by commas, names "
                                 f"among {', '.join(RATE_LIMIT_KEYS)} (or name_address)")
            limits[key] = (int(count), int(seconds))
        return limits

    @model_validator(mode="after")
    def _eager_without_redis(self) -> Settings:
        if self.celery_eager is None:
            self.celery_eager = not self.redis_url
        return self

    @classmethod
    def load(cls, overrides: dict[str, Any] | None = None) -> Settings:
        """The environment's settings, with `overrides` (lower-case names) on top; a bad
        value raises SettingsError naming the variable."""
        try:
            return cls(**(overrides or {}))
        except ValidationError as error:
            raise SettingsError(_explain(error, overrides or {})) from None

    @classmethod
    def from_environment(cls) -> Settings:
        return cls.load()

    def resolve(self) -> Settings:
        """Fill the defaults that live under the instance folder."""
        self.instance_path.mkdir(parents=True, exist_ok=True)
        if not self.database_url:
            self.database_url = f"sqlite:///{self.instance_path / 'rounds.sqlite3'}"
        if not self.search_index_path:
            self.search_index_path = str(self.instance_path / "search-index")
        if not self.secret_key:
            self.secret_key = _kept_secret_key(self.instance_path)
        if not self.mail_reply_domain:
            self.mail_reply_domain = urlsplit(self.base_url).hostname or "localhost"
        if not self.credit_signing_key:
            self.credit_signing_key = _kept_signing_key(self.instance_path)
        _check_signing_key(self.credit_signing_key)
        return self


def _explain(error: ValidationError, overrides: dict[str, Any]) -> str:
    problems = []
    for item in error.errors(include_url=False):
        name = str(item["loc"][0]) if item["loc"] else "?"
        where = f"setting {name!r}" if name in overrides else f"ROUNDS_{name.upper()}"
        if item["type"] == "extra_forbidden":
            problems.append(f"{where}: no such setting")
            continue
        expected = item["msg"].removeprefix("Value error, ")
        problems.append(f"{where}: {expected} (got {item.get('input')!r})")
    return "; ".join(problems)


def _kept_secret_key(instance_path: Path) -> str:
    """Generate the secret key once and keep it, so sessions survive a restart."""
    key_file = instance_path / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    key = secrets.token_urlsafe(48)
    key_file.write_text(key)
    key_file.chmod(0o600)
    return key


def _kept_signing_key(instance_path: Path) -> str:
    """Generate the certificates' signing key once and keep it: certificates signed before a
    restart must still verify. Written whole to a private temporary file (mkstemp: mode 600)
    and linked into place, so two processes starting together agree on one complete key."""
    key_file = instance_path / "credit_signing_key.pem"
    if key_file.exists():
        return key_file.read_text()
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption())
    descriptor, temporary = tempfile.mkstemp(dir=instance_path, prefix=".credit-key-")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(pem)
        os.link(temporary, key_file)
    except FileExistsError:
        return key_file.read_text()
    finally:
        os.unlink(temporary)
    return pem.decode()


def _check_signing_key(pem: str) -> None:
    """An unusable key stops the start, naming the variable but never echoing the secret."""
    try:
        key = serialization.load_pem_private_key(pem.encode(), None)
    except (ValueError, TypeError):
        key = None
    if not isinstance(key, Ed25519PrivateKey):
        raise SettingsError("ROUNDS_CREDIT_SIGNING_KEY: an Ed25519 private key in PEM form "
                            "(-----BEGIN PRIVATE KEY-----), unencrypted")

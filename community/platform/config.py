"""Settings: every one comes from a ROUNDS_* environment variable, with embedded defaults.

The embedded default runs with no services at all: SQLite and the Whoosh index under
`instance/`, Celery tasks run eagerly in-process, Socket.IO in threading mode.
"""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field, fields
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
STATIC_FOLDER = PROJECT_ROOT / "static"


def _env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(f"ROUNDS_{name}")
    return value if value not in (None, "") else default


def _env_bool(name: str, default: bool) -> bool:
    value = _env(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _env_int(name: str, default: int) -> int:
    value = _env(name)
    return int(value) if value is not None else default


@dataclass
class Settings:
    """Every setting Rounds reads; the README lists them with the same names."""

    instance_path: Path = field(default_factory=lambda: PROJECT_ROOT / "instance")
    database_url: str = ""
    redis_url: str = ""
    secret_key: str = ""
    search_index_path: str = ""
    celery_eager: bool = True
    socketio_async_mode: str = "threading"
    secure_cookies: bool = True
    base_url: str = "http://localhost:5000"
    posts_per_page: int = 20
    topics_per_page: int = 30
    login_max_failures: int = 5
    login_window_seconds: int = 900
    argon2_time_cost: int = 3
    argon2_memory_cost: int = 65536
    log_level: str = "INFO"
    # How many reverse proxies in front set X-Forwarded-For/-Proto/-Host (0: trust none).
    proxy_count: int = 0
    testing: bool = False
    # Seconds between posts: topic_new, reply_new (trust level 0), topic, reply.
    posting_limits: dict = field(default_factory=dict)
    # Live rooms: how often a server process vouches for its members' attendance (an interval
    # not vouched for in 3 beats is closed at its last beat), and chat messages allowed per
    # member per window.
    live_heartbeat_seconds: int = 30
    # Presence changes within this many seconds go out as one list (a join storm of N
    # members would otherwise send N lists to N members); 0 sends each at once.
    live_presence_seconds: float = 1.0
    live_chat_limit: int = 5
    live_chat_window_seconds: int = 10
    # Serving processes deliver pending outbox rows (side effects of committed writes that
    # could not run at once, e.g. while Redis was down) this often; 0 turns the relay off.
    outbox_relay_seconds: float = 5.0

    @classmethod
    def from_environment(cls) -> Settings:
        instance = Path(_env("INSTANCE_PATH", str(PROJECT_ROOT / "instance")))
        redis_url = _env("REDIS_URL", "") or ""
        return cls(
            instance_path=instance,
            database_url=_env("DATABASE_URL", "") or "",
            redis_url=redis_url,
            secret_key=_env("SECRET_KEY", "") or "",
            search_index_path=_env("SEARCH_INDEX_PATH", "") or "",
            # With Redis configured, tasks go to a worker unless told otherwise.
            celery_eager=_env_bool("CELERY_EAGER", not redis_url),
            socketio_async_mode=_env("SOCKETIO_ASYNC_MODE", "threading") or "threading",
            secure_cookies=_env_bool("SECURE_COOKIES", True),
            base_url=_env("BASE_URL", "http://localhost:5000") or "",
            posts_per_page=_env_int("POSTS_PER_PAGE", 20),
            topics_per_page=_env_int("TOPICS_PER_PAGE", 30),
            login_max_failures=_env_int("LOGIN_MAX_FAILURES", 5),
            login_window_seconds=_env_int("LOGIN_WINDOW_SECONDS", 900),
            argon2_time_cost=_env_int("ARGON2_TIME_COST", 3),
            argon2_memory_cost=_env_int("ARGON2_MEMORY_COST", 65536),
            log_level=_env("LOG_LEVEL", "INFO") or "INFO",
            proxy_count=_env_int("PROXY_COUNT", 0),
            posting_limits=_posting_limits(),
            live_heartbeat_seconds=_env_int("LIVE_HEARTBEAT_SECONDS", 30),
            live_presence_seconds=float(_env("LIVE_PRESENCE_SECONDS", "1") or 1),
            live_chat_limit=_env_int("LIVE_CHAT_LIMIT", 5),
            live_chat_window_seconds=_env_int("LIVE_CHAT_WINDOW_SECONDS", 10),
            outbox_relay_seconds=float(_env("OUTBOX_RELAY_SECONDS", "5") or 5),
        )

    def with_overrides(self, overrides: dict | None) -> Settings:
        if not overrides:
            return self
        known = {f.name for f in fields(self)}
        unknown = set(overrides) - known
        if unknown:
            raise ValueError(f"unknown settings: {', '.join(sorted(unknown))}")
        for key, value in overrides.items():
            setattr(self, key, Path(value) if key == "instance_path" else value)
        return self

    def resolve(self) -> Settings:
        """Fill the defaults that live under the instance folder."""
        self.instance_path.mkdir(parents=True, exist_ok=True)
        if not self.database_url:
            self.database_url = f"sqlite:///{self.instance_path / 'rounds.sqlite3'}"
        if not self.search_index_path:
            self.search_index_path = str(self.instance_path / "search-index")
        if not self.secret_key:
            self.secret_key = _kept_secret_key(self.instance_path)
        return self


def _kept_secret_key(instance_path: Path) -> str:
    """Generate the secret key once and keep it, so sessions survive a restart."""
    key_file = instance_path / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    key = secrets.token_urlsafe(48)
    key_file.write_text(key)
    key_file.chmod(0o600)
    return key


def _posting_limits() -> dict:
    """ROUNDS_POSTING_LIMITS="topic_new=120,reply_new=30,topic=15,reply=5" (seconds)."""
    value = _env("POSTING_LIMITS")
    if not value:
        return {}
    limits = {}
    for part in value.split(","):
        key, _, seconds = part.partition("=")
        limits[key.strip()] = int(seconds)
    return limits

"""Socket.IO for the features that speak live: one server per app, and the handlers each
feature declares for its namespace (the live room's `/live`, co-authors' `/cases`).

A feature declares its handlers on a `Namespace` at import (a declaration, like a blueprint's
routes) and attaches them to the app in its `init_app`; nothing is registered by importing.
Emitting, sleeping and background tasks go through the app's own server (`server()`), so
several apps in one process (the tests) never share rooms or options.

Who is connecting: the member of the session cookie, or of an API token sent in the
handshake's auth {"token": …} (scripts, native clients, tests). A token is checked with one
read and nothing written: its last-used time (shown on the account page, at most once a
minute) is written a few seconds later, in one batch for all the sockets that connected
meanwhile (`TokenUses`), so a crowd connecting does not queue on a write and commit each."""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import socketio
from flask import Flask, current_app
from flask_login import current_user
from flask_socketio import SocketIO
from pydantic import BaseModel
from redis.connection import parse_url

from community.platform.accounts import service as accounts
from community.platform.accounts import twofactor
from community.platform.accounts.policy import is_signed_in
from community.platform.db import db, task_session, utcnow
from community.platform.errors import ServiceUnavailable
from community.platform.registry import registry

log = logging.getLogger(__name__)
TOKEN_USES_SECONDS = 5.0  # how long a token's last-used time waits to be written, at most


def init_app(app: Flask) -> SocketIO:
    redis_url = app.config.get("REDIS_URL") or None
    options: dict[str, Any] = {}
    if redis_url:
        # With Redis, several web processes share rooms through its pub/sub.
        options["client_manager"] = _StrictRedisManager(redis_url, channel=_channel(redis_url))
    return SocketIO(
        app,
        # Explicit: never let Flask-SocketIO pick eventlet (deprecated) on its own.
        async_mode=app.config["SETTINGS"].socketio_async_mode,
        manage_session=False,
        **options,
    )


class _StrictRedisManager(socketio.RedisManager):
    """python-socketio logs a message it could not publish to Redis and drops it; this one
    raises, so the outbox keeps the broadcast and sends it again once Redis is back."""

    def _publish(self, data: Any) -> Any:
        error: Exception | None = None
        for _attempt in range(2):
            try:
                if not self.connected:
                    self._redis_connect()
                return self.redis.publish(self.channel, self.json.dumps(data))
            except Exception as exc:  # noqa: BLE001 — any failure means "not published"
                self.connected = False
                error = exc
        raise ServiceUnavailable(f"the Socket.IO message queue is unreachable: {error}")


def broadcast(event: str, data: Any, *, to: str, namespace: str) -> None:
    """Send to a room on every server process. When the message queue is away, the members
    connected to this process get it at once and the error is raised, so the outbox sends
    it to everyone again later (clients drop what they already have)."""
    socketio = server()
    try:
        socketio.emit(event, data, to=to, namespace=namespace)
    except ServiceUnavailable:
        socketio.emit(event, data, to=to, namespace=namespace, ignore_queue=True)
        raise


def server(app: Flask | None = None) -> SocketIO:
    """The app's Socket.IO server (Flask-SocketIO keeps itself in app.extensions)."""
    return (app or current_app).extensions["socketio"]


def _channel(redis_url: str | None) -> str:
    """Redis pub/sub ignores the database number: name the channel after it, so that two
    deployments (or test runs) sharing one Redis on different databases never hear each
    other's rooms."""
    if not redis_url:
        return "flask-socketio"
    return f"rounds-socketio-{parse_url(redis_url).get('db', 0)}"


@dataclass(frozen=True)
class Message:
    """One event of a namespace's contract: what the client sends and what it gets back
    (the acknowledgement), or what the server sends. Read by the AsyncAPI document."""

    event: str
    summary: str
    payload: type[BaseModel] | None = None
    ack: type[BaseModel] | None = None


@dataclass
class Namespace:
    """The handlers of one Socket.IO namespace, declared with `@ns.on(event)` and attached
    to an app by `ns.attach(app)` from the feature's init_app, with the contract of its
    messages (`ns.receives(...)`, `ns.sends(...)`) for the AsyncAPI document."""

    path: str
    description: str = ""
    handlers: list[tuple[str, Callable[..., Any]]] = field(default_factory=list)
    received: dict[str, Message] = field(default_factory=dict)
    sent: dict[str, Message] = field(default_factory=dict)

    def on(self, event: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def declare(handler: Callable[..., Any]) -> Callable[..., Any]:
            self.handlers.append((event, handler))
            return handler
        return declare

    def receives(self, event: str, summary: str, payload: type[BaseModel] | None = None,
                 ack: type[BaseModel] | None = None) -> None:
        self.received[event] = Message(event, summary, payload, ack)

    def sends(self, event: str, summary: str, payload: type[BaseModel]) -> None:
        self.sent[event] = Message(event, summary, payload)

    def attach(self, app: Flask) -> None:
        socketio = server(app)
        for event, handler in self.handlers:
            socketio.on_event(event, handler, namespace=self.path)
        registry("socket_namespaces", dict, app)[self.path] = self


def namespaces(app: Flask | None = None) -> dict[str, Namespace]:
    """The namespaces this app serves, by path (for the AsyncAPI document)."""
    return registry("socket_namespaces", dict, app)


@dataclass(frozen=True)
class Connecting:
    """The member opening a socket: what the namespaces' connect handlers use."""

    id: int
    username: str
    language: str  # their preference (the room writes its refusals in it)


def connecting_member(auth: Any) -> Connecting | None:
    token = auth.get("token") if isinstance(auth, dict) else None
    if isinstance(token, str) and token:
        # One read (the token, its member and their standing), nothing written: revoked,
        # expired, inactive and suspended are refused here as on the API.
        bearer = accounts.bearer_of_token(db.session, token)
        db.session.rollback()  # end the read: nothing stays open while the socket lives
        if bearer is None:
            return None
        now = utcnow()
        if accounts.use_due(bearer.last_used_at, now):
            token_uses().note(bearer.token_id, now)
        return Connecting(bearer.user_id, bearer.username, bearer.language)
    if not current_user.is_authenticated:
        return None
    user = current_user._get_current_object()
    if twofactor.blocks(db.session, user):
        return None  # must turn on two-factor sign-in first (accounts/twofactor.py)
    return Connecting(user.id, user.username, user.language) if is_signed_in(user) else None


class TokenUses:
    """The last-used times of the tokens sockets connected with, waiting to be written: a
    background task of the app's Socket.IO server writes them in one statement every
    TOKEN_USES_SECONDS while there are any, then ends. A batch that cannot be written is
    logged and dropped (the time is only shown; the next use a minute later writes it), as
    is what waits when the process ends: the account page may show a use up to a few
    seconds late, or a minute early."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self.lock = threading.Lock()
        self.pending: dict[int, datetime] = {}
        self.running = False

    def note(self, token_id: int, when: datetime) -> None:
        with self.lock:
            self.pending[token_id] = when
            if self.running:
                return
            self.running = True
        server(self.app).start_background_task(self._run)

    def _run(self) -> None:
        while True:
            server(self.app).sleep(TOKEN_USES_SECONDS)
            self.flush()
            with self.lock:
                if not self.pending:
                    self.running = False
                    return

    def flush(self) -> int:
        """Write what waits now; returns how many tokens were written."""
        with self.lock:
            batch, self.pending = self.pending, {}
        if not batch:
            return 0
        try:
            with self.app.app_context(), task_session() as session:
                accounts.record_token_uses(session, batch)
        except Exception:  # display-only: never worth a crash or a retry loop
            log.exception("could not write the last-used times of %d tokens", len(batch))
            return 0
        return len(batch)


def token_uses(app: Flask | None = None) -> TokenUses:
    app = app or current_app._get_current_object()
    return registry("token_uses", lambda: TokenUses(app), app)

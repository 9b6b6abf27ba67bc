"""Socket.IO for the features that speak live: one server per app, and the handlers each
feature declares for its namespace (the live room's `/live`, co-authors' `/cases`).

A feature declares its handlers on a `Namespace` at import (a declaration, like a blueprint's
routes) and attaches them to the app in its `init_app`; nothing is registered by importing.
Emitting, sleeping and background tasks go through the app's own server (`server()`), so
several apps in one process (the tests) never share rooms or options.

Who is connecting: the member of the session cookie, or of an API token sent in the
handshake's auth {"token": …} (scripts, native clients, tests)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import socketio
from flask import Flask, current_app
from flask_login import current_user
from flask_socketio import SocketIO
from pydantic import BaseModel
from redis.connection import parse_url
from sqlalchemy.exc import OperationalError

from community.platform.accounts import service as accounts
from community.platform.accounts import twofactor
from community.platform.accounts.models import User
from community.platform.accounts.policy import is_signed_in
from community.platform.db import db
from community.platform.errors import DomainError, ServiceUnavailable
from community.platform.registry import registry


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


def connecting_member(auth: Any) -> User | None:
    token = auth.get("token") if isinstance(auth, dict) else None
    user = None
    if isinstance(token, str) and token:
        try:
            user = accounts.user_for_token(db.session, token)
            db.session.commit()  # the token's last-used time
        except DomainError:
            user = None
        except OperationalError:
            # SQLite busy with another writer: the last-used time can wait, the member not.
            db.session.rollback()
    elif current_user.is_authenticated:
        user = current_user._get_current_object()
        if twofactor.blocks(db.session, user):
            user = None  # must turn on two-factor sign-in first (accounts/twofactor.py)
    return user if is_signed_in(user) else None

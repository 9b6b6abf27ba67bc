"""Socket.IO: `/live` is a live session's room (realtime.room.events), `/cases` the presence
of co-authors on a case write-up (realtime.cases)."""
from __future__ import annotations

from flask import Flask
from flask_socketio import SocketIO

socketio = SocketIO()


def init_realtime(app: Flask) -> None:
    # Handlers must be declared before the first init_app: Flask-SocketIO keeps them in a
    # list only then, and re-applies that list to the server each later app builds.
    from realtime import cases  # noqa: F401
    from realtime.room import events  # noqa: F401

    redis_url = app.config.get("REDIS_URL") or None
    # Flask-SocketIO keeps options (even the message-queue manager) from an earlier
    # init_app; start clean so each app built in this process gets only its own.
    socketio.server_options = {}
    socketio.init_app(
        app,
        # Explicit: never let Flask-SocketIO pick eventlet (deprecated) on its own.
        async_mode=app.config["SETTINGS"].socketio_async_mode,
        # With Redis, several web processes share rooms through its pub/sub.
        message_queue=redis_url,
        channel=_channel(redis_url),
        manage_session=False,
    )


def _channel(redis_url: str | None) -> str:
    """Redis pub/sub ignores the database number: name the channel after it, so that two
    deployments (or test runs) sharing one Redis on different databases never hear each
    other's rooms."""
    if not redis_url:
        return "flask-socketio"
    from redis.connection import parse_url

    return f"rounds-socketio-{parse_url(redis_url).get('db', 0)}"

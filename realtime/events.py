"""Socket.IO handlers of the /live namespace."""
from __future__ import annotations

from flask_login import current_user
from flask_socketio import ConnectionRefusedError, emit

from realtime import socketio

NAMESPACE = "/live"


@socketio.on("connect", namespace=NAMESPACE)
def on_connect(auth: dict | None = None) -> None:
    # The Flask session inside socket handlers is a copy: read it, never write it.
    if not current_user.is_authenticated:
        raise ConnectionRefusedError("Sign in to join live sessions.")
    emit("welcome", {"user": current_user.username})


@socketio.on("ping", namespace=NAMESPACE)
def on_ping(data: dict | None = None) -> dict:
    return {"ok": True}

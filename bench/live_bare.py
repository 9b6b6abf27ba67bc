"""The baseline of bench/live_fanout.py: a bare python-socketio server, no Flask, no database.

Served exactly like the app (gunicorn, one gthread worker; python-socketio in `threading`
mode with simple-websocket), it has the same namespace and event names as the room:
`join` {room} enters a room, `chat` {room, payload} emits `event` with the payload to the
room, both acknowledged. No authentication, no persistence, no membership check: what is
left is the cost of Socket.IO itself. With BENCH_BARE_REDIS_URL, rooms are shared between
processes through Redis, as the app does with ROUNDS_REDIS_URL.

    gunicorn -w 1 --threads 600 --chdir bench live_bare:app
"""
from __future__ import annotations

import os

import socketio

NAMESPACE = "/live"
_redis = os.environ.get("BENCH_BARE_REDIS_URL") or None
_manager = socketio.RedisManager(_redis, channel="rounds-bench-bare") if _redis else None
sio = socketio.Server(async_mode="threading", client_manager=_manager)
app = socketio.WSGIApp(sio)


@sio.on("connect", namespace=NAMESPACE)
def connect(sid: str, environ: dict, auth: dict | None = None) -> None:
    return None


@sio.on("join", namespace=NAMESPACE)
def join(sid: str, data: dict) -> dict:
    sio.enter_room(sid, data["room"], namespace=NAMESPACE)
    return {"ok": True}


@sio.on("chat", namespace=NAMESPACE)
def chat(sid: str, data: dict) -> dict:
    sio.emit("event", data["payload"], room=data["room"], namespace=NAMESPACE)
    return {"ok": True}

"""Liveness, health and readiness, for load balancers and humans.

    GET /livez    the process answers (no I/O at all)
    GET /healthz  each dependency by name; 200 while the site can serve, with "degraded"
                  when something it can wait for (the task broker, the Socket.IO queue) is
                  away: writes still succeed and their side effects wait in the outbox
    GET /readyz   what a load balancer needs: 503 only when this process cannot serve
                  (the database is unreachable)
"""
from __future__ import annotations

import redis
from flask import Flask, current_app, jsonify
from sqlalchemy import text

from community.platform import events
from community.platform.db import db

PATHS = ("/livez", "/healthz", "/readyz")


def init_app(app: Flask) -> None:
    app.add_url_rule("/livez", "livez", livez)
    app.add_url_rule("/healthz", "healthz", healthz)
    app.add_url_rule("/readyz", "readyz", readyz)


def livez():
    return {"status": "ok"}


def _database() -> str:
    try:
        db.session.execute(text("SELECT 1"))
        return "ok"
    except Exception as exc:  # noqa: BLE001 — report any failure
        db.session.rollback()
        return f"error: {exc.__class__.__name__}"


def _queue() -> str:
    """Redis: the task broker and the Socket.IO message queue."""
    url = current_app.config.get("REDIS_URL")
    if not url:
        return "not configured"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2).ping()
        return "ok"
    except Exception:  # noqa: BLE001 — any failure means unreachable
        return "unreachable"


def healthz():
    database = _database()
    queue = _queue()
    checks: dict[str, object] = {"database": database, "queue": queue}
    if database == "ok":
        checks["outbox"] = events.status(db.session)
    degraded = queue == "unreachable"
    status = "unavailable" if database != "ok" else ("degraded" if degraded else "ok")
    body = {"status": status, "degraded": degraded, "checks": checks}
    return jsonify(body), 503 if database != "ok" else 200


def readyz():
    database = _database()
    ready = database == "ok"
    return jsonify({"ready": ready, "checks": {"database": database}}), 200 if ready else 503

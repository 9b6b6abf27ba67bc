"""Health checks, the Socket.IO /live namespace's sign-in rule, and the secret key."""
from __future__ import annotations

from community import create_app
from realtime import socketio
from tests.conftest import login


def test_healthz_reports_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json()["checks"] == {"database": "ok", "redis": "not configured"}
    assert client.get("/livez").get_json() == {"status": "ok"}


def test_healthz_reports_redis_when_configured(app_config, redis_url):
    app = create_app({**app_config, "redis_url": redis_url})
    response = app.test_client().get("/healthz")
    assert response.status_code == 200
    assert response.get_json()["checks"]["redis"] == "ok"


def test_healthz_is_unavailable_when_redis_is_down(app_config):
    app = create_app({**app_config, "redis_url": "redis://127.0.0.1:1/0", "celery_eager": True})
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    body = response.get_json()
    assert body["status"] == "unavailable"
    assert body["checks"]["redis"].startswith("error")


def test_live_namespace_refuses_anonymous_and_welcomes_members(app, client, make_user):
    anonymous = socketio.test_client(app, namespace="/live", flask_test_client=client)
    assert not anonymous.is_connected("/live")
    member = make_user(username="selin")
    login(client, member)
    signed_in = socketio.test_client(app, namespace="/live", flask_test_client=client)
    assert signed_in.is_connected("/live")
    received = signed_in.get_received("/live")
    assert {"name": "welcome", "args": [{"user": "selin"}], "namespace": "/live"} in received
    signed_in.disconnect("/live")


def test_secret_key_is_generated_once_and_kept(tmp_path, database_url):
    config = {"instance_path": tmp_path / "inst", "database_url": database_url,
              "secure_cookies": False}
    first = create_app(dict(config)).config["SECRET_KEY"]
    second = create_app(dict(config)).config["SECRET_KEY"]
    assert first == second and len(first) >= 40
    assert (tmp_path / "inst" / "secret_key").stat().st_mode & 0o077 == 0

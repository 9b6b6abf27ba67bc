"""Health checks, the Socket.IO /live namespace's sign-in rule, and the secret key."""
from __future__ import annotations

from community.app import create_app
from community.platform.sockets import server
from tests.support.web import login


def test_healthz_reports_the_database_queue_and_outbox(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok" and body["degraded"] is False
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["queue"] == "not configured"
    assert body["checks"]["outbox"] == {"pending": 0, "retrying": 0,
                                        "oldest_pending_seconds": 0.0}
    assert client.get("/livez").get_json() == {"status": "ok"}
    assert client.get("/readyz").get_json() == {"ready": True, "checks": {"database": "ok"}}


def test_healthz_reports_redis_when_configured(app_config, redis_url):
    app = create_app({**app_config, "redis_url": redis_url})
    response = app.test_client().get("/healthz")
    assert response.status_code == 200
    assert response.get_json()["checks"]["queue"] == "ok"


def test_redis_down_is_degraded_not_unavailable(app_config):
    """Writes still succeed (their side effects wait in the outbox), so a load balancer must
    keep the process: /healthz says degraded with 200, /readyz stays ready."""
    app = create_app({**app_config, "redis_url": "redis://127.0.0.1:1/0", "celery_eager": True})
    client = app.test_client()
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "degraded" and body["degraded"] is True
    assert body["checks"]["queue"] == "unreachable" and body["checks"]["database"] == "ok"
    assert client.get("/readyz").status_code == 200


def test_readyz_is_unavailable_without_the_database(app_config, tmp_path):
    app = create_app({**app_config, "database_url": f"sqlite:///{tmp_path}/no/such/dir.db"})
    client = app.test_client()
    assert client.get("/readyz").status_code == 503
    assert client.get("/healthz").status_code == 503
    assert client.get("/livez").status_code == 200


def test_live_namespace_refuses_anonymous_and_welcomes_members(app, client, make_user):
    anonymous = server(app).test_client(app, namespace="/live", flask_test_client=client)
    assert not anonymous.is_connected("/live")
    member = make_user(username="selin")
    login(client, member)
    signed_in = server(app).test_client(app, namespace="/live", flask_test_client=client)
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

"""Background work: Celery wired to the Flask app, every task inside an app context.

Embedded default: tasks run eagerly in-process (no broker). With ROUNDS_REDIS_URL, Redis is
the broker and a worker (`celery -A wsgi:celery worker`) runs them.

Features declare their tasks and periodic schedules in their init_app:

    tasks.register(app, "rounds.index_post", index_post, queue="search")
    tasks.schedule(app, "trust-review-all", "rounds.trust_review_all", 3600.0)

and send work with `enqueue(name, *args)`, normally from an outbox subscriber
(community.platform.events), so that a broker outage delays the work instead of failing the
write that caused it."""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from celery import Celery, Task
from flask import Flask, current_app
from sqlalchemy.exc import OperationalError

from community.platform.errors import ServiceUnavailable
from community.platform.registry import registry

# After the broker refused a task, further sends fail at once for this long instead of each
# waiting on a dead connection; the outbox relay tries again after it.
BROKER_PAUSE_SECONDS = 10.0


def init_app(app: Flask) -> Celery:
    class FlaskTask(Task):
        def __call__(self, *args: object, **kwargs: object) -> object:
            with app.app_context():
                return self.run(*args, **kwargs)

    redis_url = app.config.get("REDIS_URL") or ""
    celery = Celery(app.name, task_cls=FlaskTask)
    celery.conf.update(
        broker_url=redis_url or "memory://localhost/",  # eager: never used to send
        result_backend=None,
        task_ignore_result=True,
        task_always_eager=app.config["CELERY_EAGER"],
        task_eager_propagates=True,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        broker_connection_retry_on_startup=True,
        task_default_queue="rounds",
        # A send to a broker that is down fails quickly; the outbox keeps the work.
        task_publish_retry=False,
        broker_connection_timeout=2,
        broker_transport_options={"socket_connect_timeout": 2, "socket_timeout": 5},
        beat_schedule={},
    )
    app.extensions["celery"] = celery
    return celery


def register(app: Flask, name: str, fn: Callable[..., Any], *, queue: str = "rounds",
             bind: bool = False) -> None:
    """Declare `fn` as the task `name` on this app's Celery, consumed from `queue`. A task
    the database refused for the moment (locked, a connection lost) is retried with a
    growing delay; tasks are idempotent, so a retry after a partial run is safe."""
    celery: Celery = app.extensions["celery"]
    celery.task(name=name, bind=bind, autoretry_for=(OperationalError,), retry_backoff=1,
                retry_backoff_max=60, retry_jitter=True, max_retries=8)(fn)
    routes = dict(celery.conf.task_routes or {})
    routes[name] = {"queue": queue}
    celery.conf.task_routes = routes


def schedule(app: Flask, key: str, task: str, every: Any, *, queue: str = "rounds") -> None:
    """Run `task` periodically under `celery beat` (`every`: seconds or a crontab)."""
    celery: Celery = app.extensions["celery"]
    entries = dict(celery.conf.beat_schedule or {})
    entries[key] = {"task": task, "schedule": every, "options": {"queue": queue}}
    celery.conf.beat_schedule = entries


class _Broker:
    def __init__(self) -> None:
        self.paused_until = 0.0
        self.lock = threading.Lock()


def enqueue(task_name: str, *args: object) -> None:
    """Send a task through this Flask app's Celery (eager in the embedded default). Raises
    ServiceUnavailable when the broker cannot take it; callers are outbox subscribers, which
    the relay retries.

    Going through the app's own Celery, rather than the task proxy, means the right
    broker and eager setting are used even when several apps live in one process (tests)."""
    celery: Celery = current_app.extensions["celery"]
    task = celery.tasks[task_name]
    if celery.conf.task_always_eager:
        task.delay(*args)
        return
    broker = registry("broker", _Broker)
    if time.monotonic() < broker.paused_until:
        raise ServiceUnavailable("the task broker was unreachable moments ago")
    try:
        task.delay(*args)
    except Exception as exc:  # kombu/redis raise many kinds; all mean "not sent"
        with broker.lock:
            broker.paused_until = time.monotonic() + BROKER_PAUSE_SECONDS
        raise ServiceUnavailable(f"the task broker refused {task_name}: {exc}") from exc


def broker_reachable(app: Flask, timeout: float = 2.0) -> bool:
    """Whether the broker answers now (readiness reports; never raises)."""
    celery: Celery = app.extensions["celery"]
    if celery.conf.task_always_eager:
        return True
    try:
        with celery.connection_for_write() as connection:
            connection.ensure_connection(max_retries=0, timeout=timeout)
        return True
    except Exception:  # noqa: BLE001
        return False

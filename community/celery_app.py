"""Celery wired to the Flask app: every task runs inside an app context.

Embedded default: tasks run eagerly in-process (no broker). With ROUNDS_REDIS_URL, Redis is
the broker and a worker (`celery -A wsgi:celery worker`) runs them."""
from __future__ import annotations

from celery import Celery, Task
from flask import Flask


def init_celery(app: Flask) -> Celery:
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
        # Whoosh has one writer per index: its tasks go to their own queue, one consumer.
        task_routes={"rounds.index_post": {"queue": "search"},
                     "rounds.index_topic": {"queue": "search"}},
    )
    celery.set_default()
    app.extensions["celery"] = celery
    import community.notifications.tasks
    import community.search.tasks  # noqa: F401
    import realtime.room.tasks  # noqa: F401

    return celery


def enqueue(task_name: str, *args: object) -> None:
    """Send a task through this Flask app's Celery (eager in the embedded default).

    Going through the app's own Celery, rather than the task proxy, means the right
    broker and eager setting are used even when several apps live in one process (tests)."""
    from flask import current_app

    current_app.extensions["celery"].tasks[task_name].delay(*args)

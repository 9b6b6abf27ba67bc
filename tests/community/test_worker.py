"""The production path of background work: a real Celery worker process, Redis as broker,
the same database as the web app. A reply's notification appears only after the worker ran."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from community import create_app
from community.boards import service
from community.boards.models import Board
from community.db import commit, db
from community.notifications.models import Notification

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def worker(tmp_path, database_url, redis_url):
    env = {**os.environ, "ROUNDS_DATABASE_URL": database_url, "ROUNDS_REDIS_URL": redis_url,
           "ROUNDS_INSTANCE_PATH": str(tmp_path / "worker-instance"),
           "ROUNDS_SECRET_KEY": "test-secret", "ROUNDS_CELERY_EAGER": "false"}
    import redis

    redis.Redis.from_url(redis_url).delete("rounds", "search")  # no tasks left from earlier runs
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "wsgi:celery", "worker", "-Q", "rounds,search",
         "--pool", "solo", "--concurrency", "1", "--loglevel", "WARNING", "--without-heartbeat",
         "--without-gossip", "--without-mingle"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    yield process
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


def test_mention_notification_is_made_by_a_worker_through_redis(app_config, redis_url, worker,
                                                                make_user):
    app = create_app({**app_config, "redis_url": redis_url, "celery_eager": False})
    author, mentioned = make_user(username="okafor"), make_user(username="lindqvist")
    with app.app_context():
        session = db.session
        board = session.scalar(select(Board).where(Board.slug == "nephrology"))
        topic = service.create_topic(session, session.merge(author), board, {
            "title": "Hyperkalaemia with a normal ECG", "raw": "What would @lindqvist do?"})
        commit(session)
        post_id = service.list_posts(session, None, topic).items[0].id
        deadline = time.monotonic() + 60
        found = None
        while found is None and time.monotonic() < deadline:
            session.rollback()  # a fresh snapshot each time
            found = session.scalar(select(Notification).where(
                Notification.user_id == mentioned.id, Notification.post_id == post_id))
            if found is None:
                assert worker.poll() is None, worker.stdout.read()
                time.sleep(0.3)
        assert found is not None, "the worker never created the notification"
        assert found.kind == "mention"

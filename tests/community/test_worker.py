"""The production path of background work: a real Celery worker process, Redis as broker,
the same database as the web app. A reply's notification appears only after the worker ran."""
from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from community.app import create_app
from community.boards import service
from community.notifications.models import Notification
from community.platform.db import commit, db
from community.platform.spaces.models import Board
from tests.support.services import celery_worker


@pytest.fixture
def worker(tmp_path, database_url, redis_url):
    with celery_worker(tmp_path, database_url, redis_url, "rounds,search") as process:
        yield process


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

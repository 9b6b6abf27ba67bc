"""A Celery task speaks into a live room: the production path, with a real worker process
against the real Redis (broker and Socket.IO message queue), a real server process holding
the member's connection, and the test database shared by all three."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from community.app import create_app
from community.platform.db import commit
from community.platform.tasks import enqueue
from realtime.room import service
from realtime.room.models import LiveEvent
from tests.room.test_scale import members, servers  # noqa: F401 - fixtures
from tests.support.services import celery_worker, wait_for

pytestmark = pytest.mark.redis


@pytest.fixture
def worker(tmp_path, database_url, redis_url):
    with celery_worker(tmp_path, database_url, redis_url, "rounds") as process:
        yield process


def test_a_worker_announces_to_members_of_a_live_server(app_config, redis_url, worker,
                                                        open_room, servers, members,  # noqa: F811
                                                        token_for, session):
    room = open_room(members=1)
    sid = room.live.id
    [server] = servers(1)
    member = members(server.url, token_for(room.members[0]))
    joined = member.call("join", {"session_id": sid})
    assert joined["ok"], joined
    last_seq = joined["session"]["last_seq"]

    # The web app that sends the task: Redis as broker, not eager.
    sender = create_app({**app_config, "redis_url": redis_url, "celery_eager": False})
    with sender.app_context():
        enqueue("rounds.live_announce", sid, "We resume in **five** minutes.")

    def announced() -> bool:
        assert worker.poll() is None, worker.stdout.read()
        return bool(member.events("announcement"))

    assert wait_for(announced, 60), "the announcement never reached the member"
    [event] = member.events("announcement")
    assert event["seq"] == last_seq + 1
    assert event["actor"] is None
    assert "<strong>five</strong>" in event["data"]["html"]
    # Recorded before it was broadcast: a member who comes later replays it.
    session.rollback()
    [row] = session.scalars(select(LiveEvent).where(LiveEvent.session_id == sid,
                                                    LiveEvent.kind == "announcement"))
    assert row.seq == event["seq"]


def test_an_announcement_is_recorded_once_per_task_and_refused_when_over(app, open_room,
                                                                          session):
    room = open_room(members=0)
    live = service.get_live(session, room.live.id)
    live.state = "lobby"
    first = service.announce(session, live, "Starting soon.", key="task-1")
    again = service.announce(session, live, "Starting soon.", key="task-1")
    commit(session)
    assert again.id == first.id
    assert [e.kind for e in session.scalars(select(LiveEvent).where(
        LiveEvent.session_id == live.id))] == ["announcement"]
    # Eager (the embedded default): bad text and a closed room are dropped, not retried.
    live_announce = app.extensions["celery"].tasks["rounds.live_announce"]
    assert live_announce.apply(args=(live.id, "   ")).get() is None
    assert live_announce.apply(args=(999999, "Hello")).get() is None
    live.state = "ended"
    commit(session)
    assert live_announce.apply(args=(live.id, "Too late")).get() is None

"""Two moderators acting on the same item version at the same moment, as two threads with
their own database sessions and connections (PostgreSQL: real row locks and READ
COMMITTED re-checks): exactly one action happens, the other is a Conflict, and the item's
history and the audit log show one action. (The same race through two HTTP clients is in
test_queue_pages.py.)"""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import sessionmaker

from community.platform.accounts.models import User
from community.platform.errors import Conflict
from moderation.audit.models import AuditEntry
from moderation.queue import service
from moderation.queue.models import QueueEvent, QueueItem
from tests.support.queue import verification_item
from tests.support.services import TEST_DATABASE_URL

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not TEST_DATABASE_URL.startswith("postgresql"),
                       reason="set ROUNDS_TEST_DATABASE_URL to a PostgreSQL database"),
]


def _race(app, database_url: str, item_id: int, moves: list[tuple[int, str, str]]) -> list:
    """Each move (moderator id, action, reason) in its own thread and session, released
    together after each has loaded the item at the same version."""
    engine = create_engine(database_url, pool_size=len(moves))
    sessions = sessionmaker(engine, expire_on_commit=False)
    loaded = threading.Barrier(len(moves))
    outcomes: list = [None] * len(moves)

    def run(n: int, moderator_id: int, action: str, reason: str) -> None:
        with app.app_context(), sessions() as db:  # the app knows the queue's kinds
            actor = db.get(User, moderator_id)
            item = db.get(QueueItem, item_id)
            version = item.version
            _ = actor.moderated_board_ids  # loaded before the race, as a request would
            loaded.wait(timeout=10)
            try:
                if action == "claim":
                    service.claim(db, actor, item, version)
                else:
                    service.act(db, actor, item, action, version=version, reason=reason)
                db.commit()
                outcomes[n] = "done"
            except Conflict as error:
                db.rollback()
                outcomes[n] = error

    threads = [threading.Thread(target=run, args=(n, *move)) for n, move in enumerate(moves)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    engine.dispose()
    return outcomes


@pytest.mark.parametrize("round_", range(5))
def test_two_threads_act_on_one_version_exactly_one_wins(app, session, make_user,
                                                        database_url, round_):
    member = make_user()
    item_id = verification_item(session, member)
    first, second = make_user("moderator"), make_user("moderator")
    outcomes = _race(app, database_url, item_id, [(first.id, "verify", ""),
                                             (second.id, "decline", "Not on the register")])
    assert sorted(o == "done" for o in outcomes) == [False, True], outcomes
    conflict = next(o for o in outcomes if isinstance(o, Conflict))
    assert conflict.status == 409 and conflict.extra["version"] == 2
    session.expire_all()
    item = session.get(QueueItem, item_id)
    actions = session.scalars(select(QueueEvent.action).where(
        QueueEvent.item_id == item_id, QueueEvent.action != "enqueued")).all()
    assert len(actions) == 1 and item.version == 2
    assert item.status == {"verify": "approved", "decline": "rejected"}[actions[0]]
    assert conflict.extra["item_status"] == item.status
    assert session.get(User, member.id).is_verified == (actions[0] == "verify")
    assert session.scalar(select(func.count()).select_from(AuditEntry).where(
        AuditEntry.queue_item_id == item_id)) == 1


def test_two_threads_claim_one_version_one_claim_holds(app, session, make_user,
                                                      database_url):
    item_id = verification_item(session, make_user())
    first, second = make_user("moderator"), make_user("moderator")
    outcomes = _race(app, database_url, item_id,
                     [(first.id, "claim", ""), (second.id, "claim", "")])
    assert sorted(o == "done" for o in outcomes) == [False, True], outcomes
    session.expire_all()
    item = session.get(QueueItem, item_id)
    winner = first if outcomes[0] == "done" else second
    assert item.claimed_by_id == winner.id and item.version == 2

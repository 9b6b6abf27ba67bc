"""Background work that speaks into a live room: a Celery worker records the event through
the room service and commits, and the commit's "live_event" broadcast (realtime.room.events)
reaches the members through Socket.IO's Redis message queue, whichever web process holds
their connections.

    enqueue("rounds.live_announce", session_id, "We resume in five minutes.")

Registered by realtime.room.init_app (bound: the task id keys the announcement).
"""
from __future__ import annotations

import logging

from community.platform.db import commit, db
from community.platform.errors import DomainError
from realtime.room import service

log = logging.getLogger(__name__)


def live_announce(self, session_id: int, text: str) -> int | None:
    """Announce `text` in the session's room; returns the event's seq. The task id keys it:
    a redelivery (acks_late, a worker lost mid-task) announces once. A session that is not
    open (ended, cancelled, gone) or bad text is logged and dropped, not retried."""
    session = db.session
    try:
        live = service.get_live(session, session_id)
        event = service.announce(session, live, text, key=self.request.id)
        commit(session)
    except DomainError as exc:
        session.rollback()
        log.warning("announcement to session %s dropped: %s", session_id, exc.detail)
        return None
    return event.seq

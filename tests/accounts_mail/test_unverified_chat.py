"""Issue 13: live chat and questions are posts too — a member who registered for a session
but has not confirmed their email address reads the room and is refused when writing, with
the reason; once the address is confirmed they write."""
from __future__ import annotations

from sqlalchemy import update

from community.platform.accounts.models import User
from community.platform.db import utcnow
from realtime.room.events import NAMESPACE
from tests.support.sessions import LiveSocket


def test_an_unconfirmed_member_reads_the_room_but_does_not_chat(app, session, open_room,
                                                                 token_for):
    made = open_room(members=1)
    [member] = made.members
    session.execute(update(User).where(User.id == member.id).values(email_verified_at=None))
    session.commit()
    host = LiveSocket(app, token_for(made.host), made.live.id)
    sock = LiveSocket(app, token_for(member), made.live.id)
    try:
        assert host.call("join")["ok"] and sock.call("join")["ok"]  # reading is fine
        assert host.call("start")["ok"]
        sock.client.get_received(NAMESPACE)
        refused = sock.call("chat", body="Hello everyone")
        assert refused["ok"] is False and refused["code"] == "forbidden"
        assert "Confirm your email address" in refused["error"]
        asked = sock.call("question_ask", body="What was the troponin?")
        assert asked["ok"] is False and "Confirm your email address" in asked["error"]
        session.rollback()  # the handlers ran in this context: end their transaction
        session.execute(update(User).where(User.id == member.id)
                        .values(email_verified_at=utcnow()))
        session.commit()
        assert sock.call("chat", body="Hello everyone")["ok"]
    finally:
        host.close()
        sock.close()

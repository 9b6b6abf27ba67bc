"""A chat message sent again under its `client_id` (the room's client after a dropped
connection) is posted once, and acknowledged with the first message; the same id with
another text is refused; keys are per member (community/platform/idempotency.py)."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from realtime.room.events import NAMESPACE
from realtime.room.models import LiveMessage
from tests.support.sessions import LiveSocket


@pytest.fixture
def room(app, open_room, token_for):
    made = open_room(members=2)
    socks = {"host": LiveSocket(app, token_for(made.host), made.live.id)}
    for name, user in zip(("a", "b"), made.members, strict=True):
        socks[name] = LiveSocket(app, token_for(user), made.live.id)
    for sock in socks.values():
        assert sock.call("join")["ok"]
    socks["host"].call("start")
    for sock in socks.values():
        sock.client.get_received(NAMESPACE)
    yield made, socks
    for sock in socks.values():
        sock.close()


def _messages(session, live_id: int) -> int:
    session.rollback()
    return session.scalar(select(func.count()).select_from(LiveMessage)
                          .where(LiveMessage.session_id == live_id))


def test_a_chat_message_sent_twice_under_its_client_id_is_posted_once(session, room):
    made, socks = room
    a, b = socks["a"], socks["b"]
    first = a.call("chat", body="Was allocation concealed?", client_id="chat-4b1f-0001")
    again = a.call("chat", body="Was allocation concealed?", client_id="chat-4b1f-0001")
    assert first["ok"] and again["ok"]
    assert again["message"]["id"] == first["message"]["id"]
    assert _messages(session, made.live.id) == 1
    assert [e["kind"] for e in b.events()] == ["chat"]  # the room heard it once

    refused = a.call("chat", body="Another text", client_id="chat-4b1f-0001")
    assert refused["ok"] is False
    # Another member's same id is theirs; no id at all is a new message each time.
    assert b.call("chat", body="Yes, by sealed envelopes.", client_id="chat-4b1f-0001")["ok"]
    assert a.call("chat", body="Was allocation concealed?")["ok"]
    assert _messages(session, made.live.id) == 3

"""What a chat message costs before the room hears it (issue 14). Every member waits for the
sender's work up to its commit, so on PostgreSQL the message, its event in the room's log
and the outbox row that broadcasts it are written by one statement; on both databases the
rows are all there, the language recorded, the broadcast delivered and marked so."""
from __future__ import annotations

import json
import threading

from sqlalchemy import func, select

from community.platform.db import db
from community.platform.events import OutboxMessage
from community.platform.idempotency import IdempotencyKey
from realtime.room.models import LiveEvent, LiveMessage
from tests.support.sessions import LiveSocket as Sock
from tests.support.statements import counting


def test_a_chat_message_is_written_at_once_and_heard_once(app, open_room, token_for, session):
    made = open_room(members=1)
    host = Sock(app, token_for(made.host), made.live.id)
    member = Sock(app, token_for(made.members[0]), made.live.id)
    try:
        assert host.call("join")["ok"] and member.call("join")["ok"]
        host.events()
        with counting(app) as statements:
            answer = member.call("chat", body="La troponina a las **6 h** no cambió")
        assert answer["ok"], answer
        heard = [event for event in host.events() if event["kind"] == "chat"]
    finally:
        host.close()
        member.close()

    message = answer["message"]
    assert [(event["seq"], event["data"]["id"]) for event in heard] == [
        (message["seq"], message["id"])]
    assert heard[0]["data"]["html"] == message["html"]
    assert "<strong>6 h</strong>" in message["html"]
    with app.app_context():
        postgres = db.engine.dialect.name == "postgresql"
    writes = [s for s in statements if s.lstrip().upper().startswith(("INSERT", "WITH"))]
    # The session's number is taken by one UPDATE, and not written again at the commit.
    numbered = [s for s in statements
                if s.lstrip().upper().startswith("UPDATE") and "live_sessions" in s]
    assert len(numbered) == 1, "\n".join(numbered)
    if postgres:
        assert len(writes) == 1, "\n".join(writes)
        assert all(table in writes[0] for table in ("live_messages", "live_events", "outbox"))

    session.rollback()  # a fresh snapshot (SQLite keeps the one its read began with)
    stored = session.get(LiveMessage, message["id"])
    assert (stored.seq, stored.body_raw, stored.language) == (
        message["seq"], "La troponina a las **6 h** no cambió", "es")
    event = session.scalar(select(LiveEvent).where(LiveEvent.session_id == made.live.id,
                                                   LiveEvent.seq == message["seq"]))
    assert event.kind == "chat" and event.data["id"] == message["id"]
    [outbox] = session.scalars(select(OutboxMessage).where(
        OutboxMessage.event == "live_event", OutboxMessage.payload["full"]["seq"].as_integer()
        == message["seq"])).all() or [None]
    assert outbox is not None and outbox.delivered_at is not None


def test_a_refused_message_writes_nothing(app, open_room, token_for, session):
    """Past the chat limit the number is not taken: no message, event or outbox row (and on
    PostgreSQL no id drawn either; a gap in ids would be harmless, but none is made)."""
    made = open_room(members=1)
    member = Sock(app, token_for(made.members[0]), made.live.id)
    try:
        assert member.call("join")["ok"]
        answers = [member.call("chat", body=f"point {i}") for i in range(8)]
    finally:
        member.close()
    refused = [a for a in answers if not a["ok"]]
    assert refused and {a["code"] for a in refused} == {"rate-limited"}
    session.rollback()  # a fresh snapshot (SQLite keeps the one its read began with)
    stored = session.scalars(select(LiveMessage.body_raw).where(
        LiveMessage.session_id == made.live.id).order_by(LiveMessage.seq)).all()
    assert stored == [f"point {i}" for i in range(len(answers) - len(refused))]
    events = session.scalars(select(LiveEvent.kind).where(
        LiveEvent.session_id == made.live.id, LiveEvent.kind == "chat")).all()
    assert len(events) == len(stored)


def test_a_message_under_its_client_id_writes_its_key_in_the_same_statement(
        app, open_room, token_for, session):
    """The room's client names every message (client_id, an idempotency key). On PostgreSQL
    the key's row, with the answer a repeat gets, is one more WITH clause of the message's
    statement: no read, savepoint, read back or update of the key before the broadcast."""
    made = open_room(members=1)
    member = Sock(app, token_for(made.members[0]), made.live.id)
    try:
        assert member.call("join")["ok"]
        with counting(app) as statements:
            answer = member.call("chat", body="Was allocation concealed?",
                                 client_id="chat-cost-0001")
        again = member.call("chat", body="Was allocation concealed?",
                            client_id="chat-cost-0001")
    finally:
        member.close()
    assert answer["ok"] and again == answer
    with app.app_context():
        postgres = db.engine.dialect.name == "postgresql"
    keyed = [s for s in statements if "idempotency_keys" in s]
    if postgres:
        [write] = [s for s in statements if s.lstrip().upper().startswith(("INSERT", "WITH"))]
        assert "idempotency_keys" in write and "live_messages" in write
        # The number's condition (no row has the key yet) and the insert: nothing else.
        assert len(keyed) == 2, "\n".join(keyed)
    session.rollback()
    [key] = session.scalars(select(IdempotencyKey).where(
        IdempotencyKey.key == "chat-cost-0001")).all()
    assert (key.user_id, key.status) == (made.members[0].id, 200)
    assert json.loads(key.body)["message"] == answer["message"]
    assert session.scalar(select(func.count()).select_from(LiveMessage).where(
        LiveMessage.session_id == made.live.id)) == 1


def test_the_same_client_id_sent_at_the_same_moment_is_posted_once(
        app, open_room, token_for, session):
    """Two tabs flushing the same unsent message at once: whichever commits second finds the
    key (or is refused by it, and tries again) and gets the first one's answer."""
    made = open_room(members=1)
    socks = [Sock(app, token_for(made.members[0]), made.live.id) for _ in range(2)]
    answers: list[dict] = []
    start = threading.Barrier(len(socks))

    def send(sock: Sock) -> None:
        start.wait()
        answers.append(sock.call("chat", body="Sealed envelopes?", client_id="chat-race-0001"))
    try:
        assert all(sock.call("join")["ok"] for sock in socks)
        threads = [threading.Thread(target=send, args=(sock,)) for sock in socks]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    finally:
        for sock in socks:
            sock.close()
    assert len(answers) == 2 and all(a["ok"] for a in answers), answers
    assert answers[0]["message"]["id"] == answers[1]["message"]["id"]
    session.rollback()
    assert session.scalars(select(LiveMessage.body_raw).where(
        LiveMessage.session_id == made.live.id)).all() == ["Sealed envelopes?"]

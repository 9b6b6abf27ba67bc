"""The room's door (realtime.room.service.door/enter): what a join reads in one row and writes
only when it must — a member back on the same connection writes nothing, several tabs count
once, a member suspended after connecting is turned away — and a chat message refused by the
rate limit takes no number from the session's sequence."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from community.platform.db import db, utcnow, writing
from moderation.trust.models import MemberStanding
from realtime.room.models import AttendanceInterval
from tests.support.sessions import LiveSocket as Sock
from tests.support.statements import counting


def test_a_join_again_on_the_same_connection_writes_nothing(app, open_room, token_for):
    made = open_room(members=1)
    host = Sock(app, token_for(made.host), made.live.id)
    member = Sock(app, token_for(made.members[0]), made.live.id)
    try:
        assert host.call("join")["ok"]
        first = member.call("join")
        assert first["ok"], first
        with counting(app) as statements:
            again = member.call("join")
        assert again["ok"], again
        assert again["presence"]["count"] == first["presence"]["count"] == 2
        assert again["you"] == first["you"]
        writes = [s for s in statements if s.split()[0].upper() in ("INSERT", "UPDATE",
                                                                    "DELETE", "WITH")]
        assert writes == [], writes
        assert len(statements) <= 4, "\n".join(statements)  # BEGIN, the door, (the snapshot)
    finally:
        host.close()
        member.close()


def test_two_tabs_count_once_and_each_has_its_interval(app, session, open_room, token_for):
    made = open_room(members=1)
    token = token_for(made.members[0])
    tabs = [Sock(app, token, made.live.id) for _ in range(2)]
    host = Sock(app, token_for(made.host), made.live.id)
    try:
        assert host.call("join")["ok"]
        counts = [tab.call("join")["presence"]["count"] for tab in tabs]
        assert counts == [2, 2]
        assert tabs[1].call("who")["count"] == 2
        session.rollback()
        intervals = session.scalars(select(AttendanceInterval).where(
            AttendanceInterval.user_id == made.members[0].id)).all()
        assert len(intervals) == 2 and len({i.sid for i in intervals}) == 2
    finally:
        for sock in (*tabs, host):
            sock.close()


def test_a_member_suspended_after_connecting_cannot_join(app, open_room, token_for):
    made = open_room(members=1)
    member = made.members[0]
    sock = Sock(app, token_for(member), made.live.id)
    try:
        with app.app_context(), writing():  # SQLite: take the write lock at BEGIN
            standing = db.session.get(MemberStanding, member.id) or MemberStanding(
                user_id=member.id)
            standing.suspended_until = utcnow() + timedelta(days=3)
            db.session.add(standing)
            db.session.commit()
        answer = sock.call("join")
        assert answer["ok"] is False and answer["code"] == "not_signed_in", answer
    finally:
        sock.close()


def test_a_chat_message_refused_by_the_limit_takes_no_number(app, open_room, token_for):
    made = open_room(members=1)
    host = Sock(app, token_for(made.host), made.live.id)
    member = Sock(app, token_for(made.members[0]), made.live.id)
    try:
        assert host.call("join")["ok"] and member.call("join")["ok"]
        answers = [member.call("chat", body=f"note {i}") for i in range(6)]
        assert [a["ok"] for a in answers] == [True] * 5 + [False]
        assert answers[-1]["code"] == "rate-limited"
        said = host.call("chat", body="Thank you all.")
        assert said["ok"], said
        numbers = [a["message"]["seq"] for a in answers[:5]] + [said["message"]["seq"]]
        assert numbers == list(range(numbers[0], numbers[0] + 6))  # no gap
        with app.app_context():
            assert db.session.get(type(made.live), made.live.id).last_seq == numbers[-1]
    finally:
        host.close()
        member.close()

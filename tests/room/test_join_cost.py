"""What a join costs does not grow with the room: the statements one join runs are counted
with members already in the room, few and many (issue 14: ≤ 8 whatever the room's size),
and the join's answer carries the presence as a count, not the list."""
from __future__ import annotations

import pytest

from tests.support.sessions import LiveSocket as Sock
from tests.support.statements import counting


def join_cost(app, token_for, made, present: int) -> tuple[list[str], dict]:
    socks = [Sock(app, token_for(user), made.live.id) for user in made.members]
    host = Sock(app, token_for(made.host), made.live.id)
    socks.append(host)
    try:
        assert host.call("join")["ok"]
        for sock in socks[:present]:
            assert sock.call("join")["ok"]
        with counting(app) as statements:
            answer = socks[present].call("join")
        assert answer["ok"], answer
        return statements, answer
    finally:
        for sock in socks:
            sock.close()


@pytest.fixture
def app_config(app_config):
    return {**app_config, "live_presence_seconds": 1.0}  # as in production: coalesced


@pytest.mark.parametrize("present", [1, 12])
def test_a_join_runs_few_statements_whatever_the_rooms_size(app, open_room, token_for,
                                                            present):
    made = open_room(members=present + 1)
    statements, answer = join_cost(app, token_for, made, present)
    assert answer["presence"]["count"] == present + 2  # the host, the others, the joiner
    assert len(statements) <= 8, "\n".join(statements)

"""Every integer a socket event takes is bounded (issue 16: `sync`/`join` with `since` = 2**70
answered server_error, an OverflowError in the database driver). The integer fields are read
from the contract models themselves (realtime.room.schemas, community.cases.authoring.
presence_schemas), so a field added later is covered without touching this test."""
from __future__ import annotations

import types
import typing

import pytest
from pydantic import BaseModel

from community.cases.authoring import presence
from community.cases.authoring.presence_schemas import CASES_EVENTS, PresenceRefusal
from community.platform.sockets import server
from realtime.room.schemas import LIVE_EVENTS
from tests.support.sessions import LiveSocket, answer_conforms

OUT_OF_BOUNDS = [2**70, -1, 1e300, "1"]


def _integer_kind(annotation) -> str | None:
    """"int" for an int field (optional or not), "list" for a list of ints, else None."""
    origin = typing.get_origin(annotation)
    if annotation is int:
        return "int"
    if origin in (typing.Union, types.UnionType):
        kinds = {_integer_kind(a) for a in typing.get_args(annotation)} - {None}
        return kinds.pop() if len(kinds) == 1 else None
    if origin is typing.Annotated:
        return _integer_kind(typing.get_args(annotation)[0])
    if origin is list:
        return "list" if _integer_kind(typing.get_args(annotation)[0]) == "int" else None
    return None


def integer_fields(model: type[BaseModel]) -> dict[str, str]:
    return {name: kind for name, info in model.model_fields.items()
            if (kind := _integer_kind(info.annotation)) is not None}


def test_the_models_name_integer_fields_to_test():
    live = {e: integer_fields(m) for e, (m, _a) in LIVE_EVENTS.items()}
    assert live["join"]["since"] == "int" and live["sync"]["since"] == "int"
    assert live["poll_vote"] == {"session_id": "int", "poll_id": "int", "option_ids": "list"}
    assert integer_fields(CASES_EVENTS["open"][0]) == {"case_id": "int"}


def _payloads(model: type[BaseModel], session_id: int | None = None):
    """For each integer field and each out-of-bounds value, a payload with that value and
    sensible ones elsewhere (an unknown id for other integers)."""
    fields = integer_fields(model)
    for name, kind in fields.items():
        for value in OUT_OF_BOUNDS:
            payload = {other: ([1] if k == "list" else 1) for other, k in fields.items()}
            if session_id is not None and "session_id" in fields:
                payload["session_id"] = session_id
            payload[name] = [value] if kind == "list" else value
            yield name, value, payload


@pytest.fixture
def live_member(app, open_room, token_for):
    made = open_room(members=1)
    sock = LiveSocket(app, token_for(made.members[0]), made.live.id)
    assert sock.call("join")["ok"]
    yield sock, made
    sock.close()


def test_every_integer_of_every_live_event_is_bounded(live_member):
    sock, made = live_member
    for event, (model, _ack) in LIVE_EVENTS.items():
        for name, value, payload in _payloads(model, made.live.id):
            answer = sock.raw(event, payload)
            assert answer.get("ok") is False, (event, name, value, answer)
            assert answer["code"] == "validation-failed", (event, name, value, answer)
            assert name in answer["fields"], (event, name, value, answer)
    assert sock.call("hand", raised=True)["ok"]  # still connected, still working


def test_every_integer_of_every_cases_event_is_bounded(app, make_user, token_for):
    sock = server(app).test_client(app, namespace=presence.NAMESPACE,
                                   auth={"token": token_for(make_user())})
    for event, (model, _ack) in CASES_EVENTS.items():
        for name, value, payload in _payloads(model):
            answer = sock.emit(event, payload, namespace=presence.NAMESPACE, callback=True)
            answer_conforms(event, answer, CASES_EVENTS, PresenceRefusal)
            assert answer["ok"] is False and answer["code"] == "validation-failed", (
                event, name, value, answer)
            assert name in answer["fields"], (event, name, value, answer)
    assert sock.is_connected(presence.NAMESPACE)
    sock.disconnect(presence.NAMESPACE)

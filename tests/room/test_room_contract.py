"""The socket namespaces keep their contract: every event has its payload and answer models
(realtime.room.schemas, community.cases.authoring.presence_schemas), the AsyncAPI document
lists them, and odd payloads (numbers past their bounds, text for ids, unknown or missing
fields, arrays or text for the payload) are refused with {ok: false, code:
"validation-failed", error, fields} and an `error` event, never a server error and never a
dropped connection. (tests/support/sessions.LiveSocket checks every answer and server event
these tests see against the models.)"""
from __future__ import annotations

import subprocess

import pytest

from community.cases.authoring import presence
from community.cases.authoring.presence_schemas import (
    CASES_EVENTS,
    CASES_SERVER_EVENTS,
    PresenceRefusal,
)
from community.platform.sockets import server
from realtime.room import events
from realtime.room.events import NAMESPACE
from realtime.room.schemas import LIVE_EVENTS, SERVER_EVENTS
from tests.support.sessions import NODE_DIR, LiveSocket, answer_conforms

CONNECTION_EVENTS = {"connect", "disconnect", "*"}


def test_every_event_has_its_models_and_is_in_the_asyncapi_document(app, client):
    handled = {event for event, _ in events.live.handlers} - CONNECTION_EVENTS
    assert handled == set(LIVE_EVENTS) == set(events.live.received)
    assert set(events.live.sent) == set(SERVER_EVENTS)
    for event, (payload, ack) in LIVE_EVENTS.items():
        assert (events.live.received[event].payload, events.live.received[event].ack) == (
            payload, ack)
    handled = {event for event, _ in presence.cases_ns.handlers} - CONNECTION_EVENTS
    assert handled == set(CASES_EVENTS) == set(presence.cases_ns.received)
    assert set(presence.cases_ns.sent) == set(CASES_SERVER_EVENTS)

    document = client.get("/api/v1/asyncapi.json").get_json()
    assert document["asyncapi"].startswith("3.")
    for channel, table, sent in (("live", LIVE_EVENTS, SERVER_EVENTS),
                                 ("cases", CASES_EVENTS, CASES_SERVER_EVENTS)):
        listed = document["channels"][channel]["messages"]
        assert set(listed) == {*table, *(f"{e}.ack" for e in table), *sent}
    schemas = document["components"]["schemas"]
    assert schemas["JoinIn"]["properties"]["since"]["anyOf"][0]["maximum"] == 2**31 - 1
    assert schemas["RoomIn"]["properties"]["session_id"]["minimum"] == 1
    assert schemas["RoomIn"]["additionalProperties"] is False


@pytest.fixture
def member(app, open_room, token_for):
    """A registered member in a journal club's lobby, joined; and the session."""
    made = open_room(members=1)
    sock = LiveSocket(app, token_for(made.members[0]), made.live.id)
    assert sock.call("join")["ok"]
    sock.client.get_received(NAMESPACE)
    yield sock, made
    sock.close()


# (event, payload fields besides the session's id, the field the refusal names)
ODD = [
    ("join", {"since": 2**70}, "since"),
    ("join", {"since": 2**31}, "since"),
    ("join", {"since": -1}, "since"),
    ("join", {"since": "12"}, "since"),
    ("join", {"since": 1.5}, "since"),
    ("join", {"since": True}, "since"),
    ("sync", {"since": 2**70}, "since"),
    ("sync", {"since": [1]}, "since"),
    ("chat", {}, "body"),
    ("chat", {"body": ""}, "body"),
    ("chat", {"body": "   "}, "body"),
    ("chat", {"body": {"text": "hi"}}, "body"),
    ("chat", {"body": "hi", "bold": True}, "bold"),
    ("chat", {"body": "bell \x07"}, "body"),
    ("chat_edit", {"message_id": "1", "body": "x"}, "message_id"),
    ("chat_delete", {"message_id": 2**70}, "message_id"),
    ("chat_delete", {"message_id": 0}, "message_id"),
    ("chat_delete", {"message_id": None}, "message_id"),
    ("hand", {"raised": 1}, "raised"),
    ("hand", {"raised": "true"}, "raised"),
    ("question_ask", {"body": "Why?", "anonymous": "yes"}, "anonymous"),
    ("question_upvote", {"question_id": [1]}, "question_id"),
    ("question_mark", {"question_id": 1, "state": "gone"}, "state"),
    ("poll_create", {"question": "Q?", "options": "a\nb"}, "options"),
    ("poll_create", {"question": "Q?", "options": ["a", "A"]}, "options"),
    ("poll_create", {"question": " Q? ", "options": ["a", "b"]}, "question"),
    ("poll_create", {"question": "Q?", "options": ["a", "b"], "multiple": "no"}, "multiple"),
    ("poll_launch", {"poll_id": "7"}, "poll_id"),
    ("poll_vote", {"poll_id": 1, "option_ids": 3}, "option_ids"),
    ("poll_vote", {"poll_id": 1, "option_ids": []}, "option_ids"),
    ("poll_vote", {"poll_id": 1, "option_ids": [2**40]}, "option_ids"),
    ("poll_vote", {"poll_id": 1, "option_ids": ["3"]}, "option_ids"),
    ("mute", {"username": "someone", "muted": "yes"}, "muted"),
    ("mute", {"username": 42, "muted": True}, "username"),
    ("remove", {}, "username"),
    ("hand_over", {"username": "not a name!"}, "username"),
    ("checklist_answer", {"item_id": 1, "answer": "maybe"}, "answer"),
    ("checklist_answer", {"item_id": 1, "answer": "yes", "note": " padded "}, "note"),
    ("bottom_line", {"text": 5}, "text"),
    ("recommendation", {"case_id": 1, "text": "x", "follow_up_on": 20310201}, "follow_up_on"),
    ("recommendation", {"case_id": 1, "text": "x", "follow_up_on": "2031-02-30"},
     "follow_up_on"),
    ("start", {"now": True}, "now"),
    ("leave", {"session_id": "1"}, "session_id"),
    ("end", {"session_id": 2**70}, "session_id"),
    ("reveal_stage", {"session_id": None}, "session_id"),
]


def test_odd_payloads_get_a_clean_refusal(member):
    sock, _made = member
    for event, data, field in ODD:
        answer = sock.call(event, **data)
        assert answer["ok"] is False and answer["code"] == "validation-failed", (event, answer)
        assert field in answer["fields"], (event, data, answer)
        assert answer["error"]
        [error] = sock.received("error")
        assert error == {"event": event, "code": "validation-failed",
                         "message": answer["error"]}
        assert sock.client.is_connected(NAMESPACE)
    assert sock.call("hand", raised=True)["ok"]  # the connection still works


def test_a_payload_that_is_not_an_object(member):
    sock, _made = member
    for payload in ([], [{"session_id": 1}], "join", 42, None, True):
        for event in ("join", "chat", "start"):
            answer = sock.raw(event, payload)
            assert answer["code"] == "validation-failed" and answer["fields"] == {
                "_": ["Send an object."]}, (event, payload, answer)
    assert sock.client.is_connected(NAMESPACE)
    assert sock.call("hand", raised=True)["ok"]


def test_no_field_of_any_event_can_cause_a_server_error(member):
    """Every field of every event, fed values of every JSON type and past every bound, next
    to otherwise valid fields: a refusal or a success, never `server_error`."""
    sock, made = member
    sid = made.live.id
    valid = {"since": 0, "body": "Hello", "message_id": 1, "raised": False, "anonymous": False,
             "question_id": 1, "state": "answered", "question": "Which?",
             "options": ["One", "Two"], "multiple": False, "poll_id": 1, "option_ids": [1],
             "username": made.host.username, "muted": False, "item_id": 1, "answer": "yes",
             "note": "ok", "text": "Noted.", "case_id": 1, "follow_up_on": None,
                 "client_id": "chat-client-0001"}
    odd = [None, True, -1, 0, 2**31, 2**70, 1.5, "", " ", "\x00", "\ud800", [], [1],
           ["a", None], {}, {"a": 1}]
    for event, (model, _ack) in LIVE_EVENTS.items():
        if event in ("join", "leave", "end", "start"):
            continue  # they change the member's own state: covered above
        base = {name: valid[name] for name in model.model_fields if name != "session_id"}
        for name in (*base, "session_id"):
            for value in odd:
                answer = sock.raw(event, {"session_id": sid, **base, name: value})
                assert answer.get("code") != "server_error", (event, name, value, answer)
    assert sock.client.is_connected(NAMESPACE)


def test_the_cases_namespace_refuses_odd_payloads_cleanly(app, make_user, token_for):
    sock = server(app).test_client(app, namespace=presence.NAMESPACE,
                                   auth={"token": token_for(make_user())})
    cases = [("open", {"case_id": 2**70}, "case_id"), ("open", {"case_id": "1"}, "case_id"),
             ("open", {"case_id": 1, "section": "abstract"}, "section"),
             ("open", {}, "case_id"), ("open", [1], "_"), ("open", "1", "_"),
             ("editing", {"case_id": 1, "section": 5}, "section"),
             ("editing", {"case_id": 1, "section": "conclusion"}, "section"),
             ("close", {"case_id": True}, "case_id"), ("close", None, "_")]
    for event, payload, field in cases:
        answer = sock.emit(event, payload, namespace=presence.NAMESPACE, callback=True)
        answer_conforms(event, answer, CASES_EVENTS, PresenceRefusal)
        assert answer["ok"] is False and answer["code"] == "validation-failed", answer
        assert field in answer["fields"], (event, payload, answer)
    unknown = sock.emit("open", {"case_id": 999999}, namespace=presence.NAMESPACE,
                        callback=True)
    assert unknown["ok"] is False and unknown["code"] == "not_found"
    assert sock.is_connected(presence.NAMESPACE)
    sock.disconnect(presence.NAMESPACE)


@pytest.mark.slow
def test_the_asyncapi_document_passes_the_asyncapi_parser(client, node, tmp_path):
    """The AsyncAPI Initiative's parser (npm @asyncapi/parser) reads the document with no
    error or warning: what AsyncAPI tooling (generators, Studio) will be given."""
    document = tmp_path / "asyncapi.json"
    document.write_text(client.get("/api/v1/asyncapi.json").get_data(as_text=True))
    run = subprocess.run([node, str(NODE_DIR / "asyncapi-check.mjs"), str(document)], check=False,
                         cwd=NODE_DIR, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr

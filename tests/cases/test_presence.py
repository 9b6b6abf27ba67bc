"""Live presence on /cases: who has a write-up open, which section they edit, and the
"section_changed" notice after a co-author's save commits. Unit level with Flask-SocketIO's
test client (session cookie and API token), then end to end against a real server with
python-socketio's client (long-polling: the websocket-client package is not a dependency;
the Socket.IO protocol and rooms are the same) and HTTP saves. Every answer and server event
is checked against the namespace's models (presence_schemas); odd payloads are tried in
tests/room/test_room_contract.py."""
from __future__ import annotations

import pytest
import requests
import socketio as socketio_client

from community.cases.authoring.presence import NAMESPACE
from community.cases.authoring.presence_schemas import (
    CASES_EVENTS,
    CASES_SERVER_EVENTS,
    PresenceRefusal,
)
from community.platform.sockets import server
from tests.support.api import ApiClient
from tests.support.authoring import (
    P,
    invite_and_accept,
    save,
    start,
)
from tests.support.services import wait_for
from tests.support.sessions import answer_conforms, conforms
from tests.support.web import login


@pytest.fixture
def api(app, client) -> ApiClient:
    """The API client that checks every answer against the OpenAPI document."""
    return ApiClient(app, client)


def _received(client, name: str) -> list[dict]:
    found = []
    for event in client.get_received(NAMESPACE):
        [payload] = event["args"]
        conforms(CASES_SERVER_EVENTS[event["name"]], payload)
        if event["name"] == name:
            found.append(payload)
    return found


class _Checked:
    """Flask-SocketIO's test client, whose answers are checked against the models."""

    def __init__(self, client) -> None:
        self.client = client

    def emit(self, event: str, payload, **kwargs):
        answer = self.client.emit(event, payload, **kwargs)
        answer_conforms(event, answer, CASES_EVENTS, PresenceRefusal)
        return answer

    def __getattr__(self, name: str):
        return getattr(self.client, name)


def _socket(app, **kwargs):
    return _Checked(server(app).test_client(app, namespace=NAMESPACE, **kwargs))


def test_connect_needs_a_session_or_a_token(app, client, make_user, token_for):
    assert not _socket(app, flask_test_client=client).is_connected(NAMESPACE)
    assert not _socket(app, auth={"token": "rnd_made-up"}).is_connected(NAMESPACE)
    assert not _socket(app, auth={"token": 42}).is_connected(NAMESPACE)
    member = make_user()
    by_token = _socket(app, auth={"token": token_for(member)})
    assert by_token.is_connected(NAMESPACE)
    login(client, member)
    by_cookie = _socket(app, flask_test_client=client)
    assert by_cookie.is_connected(NAMESPACE)
    by_token.disconnect(NAMESPACE)
    by_cookie.disconnect(NAMESPACE)


def test_presence_editing_and_section_changed(app, api, make_user, token_for):
    a, b, stranger = make_user(), make_user(), make_user()
    a_t, b_t = token_for(a), token_for(b)
    cid = start(api, a_t)["id"]
    invite_and_accept(api, a_t, cid, b, b_t)
    sock_a = _socket(app, auth={"token": a_t})
    sock_b = _socket(app, auth={"token": b_t})
    outsider = _socket(app, auth={"token": token_for(stranger)})
    # Only authors open it; odd payloads are answered, not crashed on.
    for payload, code in (({"case_id": cid}, "not_found"), ({"case_id": 999999}, "not_found"),
                          ({"case_id": "1"}, "validation-failed"),
                          ({"case_id": 2**70}, "validation-failed"),
                          (None, "validation-failed"), ([1], "validation-failed")):
        answer = outsider.emit("open", payload, namespace=NAMESPACE, callback=True)
        assert answer["ok"] is False and answer["code"] == code, (payload, answer)
    answer = sock_a.emit("open", {"case_id": cid}, namespace=NAMESPACE, callback=True)
    assert answer["ok"] and answer["you"] == a.username
    assert [m["username"] for m in answer["members"]] == [a.username]
    answer = sock_b.emit("open", {"case_id": cid}, namespace=NAMESPACE, callback=True)
    assert {m["username"] for m in answer["members"]} == {a.username, b.username}
    presence = _received(sock_a, "presence")[-1]
    assert {m["username"] for m in presence["members"]} == {a.username, b.username}
    # B edits the abstract: A sees it.
    assert sock_b.emit("editing", {"case_id": cid, "section": "abstract"},
                       namespace=NAMESPACE, callback=True) == {"ok": True}
    presence = _received(sock_a, "presence")[-1]
    assert {m["username"]: m["sections"] for m in presence["members"]} == {
        a.username: [], b.username: ["abstract"]}
    bad = sock_b.emit("editing", {"case_id": cid, "section": "conclusion"},
                      namespace=NAMESPACE, callback=True)
    assert bad["ok"] is False and "abstract" in bad["error"]
    assert bad["fields"]["section"] == [bad["error"].removeprefix("section: ")]
    # An author's other connection has not opened it.
    other_tab = _socket(app, auth={"token": a_t})
    unopened = other_tab.emit("editing", {"case_id": cid, "section": None},
                              namespace=NAMESPACE, callback=True)
    assert unopened["code"] == "not_open"
    other_tab.disconnect(NAMESPACE)
    assert outsider.emit("editing", {"case_id": cid, "section": "abstract"},
                         namespace=NAMESPACE, callback=True)["ok"] is False
    # B saves over HTTP: after the commit, everyone in the room hears which sections.
    sock_a.get_received(NAMESPACE)
    save(api, b_t, cid, 1, abstract="New abstract", keywords="x, y")
    [changed] = _received(sock_a, "section_changed")
    assert changed == {"case_id": cid, "version": 2, "sections": ["keywords", "abstract"],
                       "by": b.username}
    assert _received(outsider, "section_changed") == []
    # A refused save announces nothing.
    save(api, b_t, cid, 1, expect=409, abstract="Conflicting abstract")
    assert _received(sock_a, "section_changed") == []
    # B leaves: A's presence list shrinks.
    sock_b.disconnect(NAMESPACE)
    presence = _received(sock_a, "presence")[-1]
    assert [m["username"] for m in presence["members"]] == [a.username]
    sock_a.emit("close", {"case_id": cid}, namespace=NAMESPACE, callback=True)
    save(api, a_t, cid, 2, abstract="After closing")
    assert _received(sock_a, "section_changed") == []
    sock_a.disconnect(NAMESPACE)
    outsider.disconnect(NAMESPACE)


def test_a_removed_author_is_no_longer_shown_the_write_up(app, api, make_user, token_for):
    a, b = make_user(), make_user()
    a_t, b_t = token_for(a), token_for(b)
    cid = start(api, a_t)["id"]
    invite_and_accept(api, a_t, cid, b, b_t)
    sock_b = _socket(app, auth={"token": b_t})
    assert sock_b.emit("open", {"case_id": cid}, namespace=NAMESPACE, callback=True)["ok"]
    api.delete(f"{P}/cases/{cid}/authors/{b.username}", token=a_t, expect=204)
    answer = sock_b.emit("editing", {"case_id": cid, "section": "title"}, namespace=NAMESPACE,
                         callback=True)
    assert answer["ok"] is False
    sock_b.disconnect(NAMESPACE)


def test_presence_in_redis_is_shared(app_config, make_user, redis_url):
    """With REDIS_URL, presence lives in Redis so several web processes agree on it."""
    from community.app import create_app
    from community.cases.authoring.presence import RedisPresence

    store = RedisPresence(redis_url)
    store.redis.delete(store._key(424242))
    store.put(424242, "sid-1", {"username": "a", "display_name": "A", "section": None})
    other_process_view = RedisPresence(redis_url)
    assert other_process_view.get(424242, "sid-1")["username"] == "a"
    assert other_process_view.entries(424242) == [
        {"username": "a", "display_name": "A", "section": None}]
    store.remove(424242, "sid-1")
    assert other_process_view.entries(424242) == []
    assert 0 < store.redis.ttl(store._key(424242)) or store.redis.exists(
        store._key(424242)) == 0
    assert create_app({**app_config, "redis_url": redis_url})  # the app takes it


def test_two_members_live(api, live_server, make_user, token_for):
    a, b = make_user(), make_user()
    a_t, b_t = token_for(a), token_for(b)
    cid = start(api, a_t)["id"]
    invite_and_accept(api, a_t, cid, b, b_t)
    seen: dict[str, list] = {"presence": [], "section_changed": []}
    client_a = socketio_client.Client(reconnection=False)
    client_a.on("presence", lambda data: seen["presence"].append(data), namespace=NAMESPACE)
    client_a.on("section_changed", lambda data: seen["section_changed"].append(data),
                namespace=NAMESPACE)
    client_b = socketio_client.Client(reconnection=False)
    try:
        client_a.connect(live_server, namespaces=[NAMESPACE], auth={"token": a_t},
                         transports=["polling"], wait_timeout=5)
        assert client_a.call("open", {"case_id": cid}, namespace=NAMESPACE, timeout=5)["ok"]
        client_b.connect(live_server, namespaces=[NAMESPACE], auth={"token": b_t},
                         transports=["polling"], wait_timeout=5)
        assert client_b.call("open", {"case_id": cid}, namespace=NAMESPACE, timeout=5)["ok"]
        client_b.call("editing", {"case_id": cid, "section": "discussion"},
                      namespace=NAMESPACE, timeout=5)
        assert wait_for(lambda: any(
            {m["username"]: m["sections"] for m in p["members"]}.get(b.username)
            == ["discussion"] for p in seen["presence"]))
        # B saves through HTTP on the same server.
        response = requests.patch(f"{live_server}{P}/cases/{cid}", timeout=10, json={
            "base_version": 1, "sections": {"discussion": "Take-away lessons."}},
            headers={"Authorization": f"Bearer {b_t}"})
        assert response.status_code == 200, response.text
        assert wait_for(lambda: seen["section_changed"])
        assert seen["section_changed"] == [{"case_id": cid, "version": 2,
                                            "sections": ["discussion"], "by": b.username}]
        client_b.disconnect()
        assert wait_for(lambda: [m["username"] for m in seen["presence"][-1]["members"]]
                         == [a.username])
    finally:
        for c in (client_a, client_b):
            if c.connected:
                c.disconnect()

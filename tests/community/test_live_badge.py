"""The header's notification badge updates live over Socket.IO (issue 13, "In the site"):
a real server, a real python-socketio client signed in by its session cookie (or a token),
a mention made over HTTP by someone else; the page itself works without it."""
from __future__ import annotations

import re

import pytest
import requests
import socketio as socketio_client

from community.notifications.live import NAMESPACE
from tests.support.services import wait_for
from tests.support.web import login, post_form

P = "/api/v1"


def _topic(base: str, token: str, raw: str) -> int:
    answer = requests.post(f"{base}{P}/boards/cardiology/topics", timeout=10,
                           headers={"Authorization": f"Bearer {token}"},
                           json={"title": "Chest pain with normal troponin", "raw": raw})
    assert answer.status_code == 201, answer.text
    return answer.json()["id"]


def _listen(base: str, counts: list[int], **connect) -> socketio_client.Client:
    sock = socketio_client.Client(reconnection=False)
    sock.on("unread", lambda data: counts.append(data["count"]), namespace=NAMESPACE)
    sock.connect(base, namespaces=[NAMESPACE], transports=["polling"], wait_timeout=5,
                 **connect)
    return sock


@pytest.mark.slow
def test_the_badge_count_arrives_live(app, client, live_server, make_user, token_for):
    amina, bruno = make_user(username="amina"), make_user(username="bruno")
    amina_token, bruno_token = token_for(amina), token_for(bruno)
    # Bruno's browser: signed in through the form; its session cookie opens the socket.
    login(client, bruno)
    cookie = client.get_cookie("rounds_session")
    assert cookie is not None
    by_cookie: list[int] = []
    by_token: list[int] = []
    sockets = [_listen(live_server, by_cookie,
                       headers={"Cookie": f"rounds_session={cookie.value}"}),
               _listen(live_server, by_token, auth={"token": bruno_token})]
    try:
        assert wait_for(lambda: by_cookie == [0] and by_token == [0], 5)
        _topic(live_server, amina_token, "What would you do first, @bruno?")
        assert wait_for(lambda: by_cookie[-1:] == [1] and by_token[-1:] == [1], 10), \
            (by_cookie, by_token)
        # Marked read in another tab: every open page drops to 0.
        answer = requests.post(f"{live_server}{P}/notifications/read", timeout=10,
                               headers={"Authorization": f"Bearer {bruno_token}"}, json={})
        assert answer.status_code == 200
        assert wait_for(lambda: by_cookie[-1:] == [0] and by_token[-1:] == [0], 10)
    finally:
        for sock in sockets:
            if sock.connected:
                sock.disconnect()


@pytest.mark.slow
def test_only_members_connect_and_only_to_their_own_count(live_server, make_user, token_for):
    with pytest.raises(socketio_client.exceptions.ConnectionError):
        _listen(live_server, [])
    amina, bruno, carla = (make_user(username=n) for n in ("amina", "bruno", "carla"))
    amina_token = token_for(amina)
    counts: list[int] = []
    theirs: list[int] = []
    sockets = [_listen(live_server, counts, auth={"token": token_for(carla)}),
               _listen(live_server, theirs, auth={"token": token_for(bruno)})]
    try:
        assert wait_for(lambda: counts == [0] and theirs == [0], 5)
        _topic(live_server, amina_token, "What would you do first, @bruno?")
        assert wait_for(lambda: theirs[-1:] == [1], 10)
        assert counts == [0]  # carla's sockets hear nothing of bruno's notifications
    finally:
        for sock in sockets:
            sock.disconnect()


def test_the_page_renders_the_badge_and_loads_the_script(app, client, make_user):
    login(client, make_user())
    page = client.get("/").get_data(as_text=True)
    assert re.search(r'<script src="/static/js/notify\.js\?v=\w+" defer></script>', page)
    assert "<span data-unread hidden></span>" in page  # nothing unread: an empty slot
    assert 'data-socketio="/static/js/socket.io.min.js?v=' in page
    assert client.get("/static/js/notify.js").status_code == 200
    post_form(client, "/logout")
    assert "notify.js" not in client.get("/").get_data(as_text=True)

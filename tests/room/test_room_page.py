"""The room's page over HTTP: who gets the room and who a clear refusal with a way out, the
link from the session's page, and the page's CSP hygiene (no inline script or style)."""
from __future__ import annotations

import re

from community.platform.db import commit
from realtime.sessions.models import LiveSession
from tests.support.web import login


def _client(app, user):
    client = app.test_client()
    login(client, user)
    return client


def test_registered_members_and_the_host_get_the_room(app, open_room):
    room = open_room(members=1)
    url = f"/sessions/{room.live.id}/room"
    for user in (room.host, room.members[0]):
        client = _client(app, user)
        response = client.get(url)
        page = response.get_data(as_text=True)
        assert response.status_code == 200, page[:2000]
        assert f'data-session-id="{room.live.id}"' in page
        assert 'data-namespace="/live"' in page
        assert "js/socket.io.min.js" in page and "js/room.js" in page
        assert "<script>" not in page and "style=" not in page and "<style" not in page
        # Host controls are in the page but hidden: the socket's role decides.
        assert re.search(r'id="host-controls"[^>]*hidden', page)
        assert 'aria-live="polite"' in page and 'id="room-errors"' in page
        # Every form control of the static page has a label.
        for control in re.findall(r'<(?:textarea|input)[^>]*id="([^"]+)"', page):
            assert f'for="{control}"' in page, control
        session_page = client.get(f"/sessions/{room.live.id}").get_data(as_text=True)
        assert f'href="{url}"' in session_page and "Enter the room" in session_page


def test_others_get_a_clear_refusal_and_a_link(app, session, open_room, make_user):
    room = open_room(members=0)
    url = f"/sessions/{room.live.id}/room"
    anonymous = app.test_client().get(url)
    assert anonymous.status_code == 302 and "/login" in anonymous.headers["Location"]
    stranger = _client(app, make_user())
    response = stranger.get(url)
    page = response.get_data(as_text=True)
    assert response.status_code == 403
    assert "Only registered members" in page and f'href="/sessions/{room.live.id}"' in page
    assert "js/room.js" not in page
    assert "Enter the room" not in stranger.get(f"/sessions/{room.live.id}").get_data(
        as_text=True)
    host = _client(app, room.host)
    session.rollback()  # a fresh snapshot: the requests above wrote since
    live = session.get(LiveSession, room.live.id)
    live.state = "ended"
    commit(session)
    ended = host.get(url)
    assert ended.status_code == 410
    assert f'href="/sessions/{room.live.id}/transcript"' in ended.get_data(as_text=True)
    assert "Enter the room" not in host.get(f"/sessions/{room.live.id}").get_data(as_text=True)
    live.state = "cancelled"
    commit(session)
    assert "was cancelled" in host.get(url).get_data(as_text=True)
    assert app.test_client().get("/sessions/999999/room").status_code == 302
    assert host.get("/sessions/999999/room").status_code == 404

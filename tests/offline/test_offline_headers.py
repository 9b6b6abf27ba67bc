"""What the server tells the service worker (community/platform/offline.py): the worker is
served from the site's root and revalidated; pages a member may keep say so, others do not;
every page names its viewer; signing out clears the site's data."""
from __future__ import annotations

import re

from tests.support import review as review_support
from tests.support.sessions import LiveSocket
from tests.support.web import login, post_form


def test_the_worker_is_served_for_the_whole_site_and_never_cached_for_long(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response.mimetype == "text/javascript"
    assert response.headers["Service-Worker-Allowed"] == "/"
    assert response.headers["Cache-Control"] == "no-cache"
    assert "immutable" not in response.headers["Cache-Control"]
    assert "caches" in response.get_data(as_text=True)
    # The sentence the worker shows when even its saved /offline page is gone, in the
    # language of the request that installed it (issue 17), and valid as a JS string.
    script = response.get_data(as_text=True)
    assert script.rstrip().endswith(
        'var OFFLINE_TEXT = "You are offline, and this page was not saved on this device.";')
    french = client.get("/sw.js", headers={"Accept-Language": "fr"}).get_data(as_text=True)
    assert "var OFFLINE_TEXT" in french and "You are offline" not in french
    assert "Accept-Language" in response.headers["Vary"]
    again = client.get("/sw.js", headers={"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304
    offline = client.get("/offline")
    assert offline.status_code == 200 and "You are offline" in offline.get_data(as_text=True)
    assert "csrf-token" not in offline.get_data(as_text=True)  # the same page for everyone


def test_pages_to_keep_are_marked_and_name_their_viewer(client, make_user):
    home = client.get("/")
    assert home.headers["X-Rounds-Offline"] == "keep"
    assert home.headers["X-Rounds-Viewer"] == "anonymous"
    assert "X-Rounds-Offline" not in client.get("/login").headers
    member = make_user()
    login(client, member)
    created = post_form(client, "/b/cardiology/new",
                        {"title": "Syncope on exertion in a teenager", "tags": "ecg",
                         "raw": "A 15-year-old fainted twice while running. ECG attached."})
    topic = re.search(r"/t/\d+", created.headers["Location"]).group(0)
    for path in (topic, "/credit", "/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["X-Rounds-Offline"] == "keep", path
        viewer = response.headers["X-Rounds-Viewer"]
        assert viewer != "anonymous" and str(member.id) != viewer
    for path in ("/account", "/notifications", f"{topic}/reply"):
        assert "X-Rounds-Offline" not in client.get(path).headers, path
    # API answers and posts are never marked.
    assert "X-Rounds-Offline" not in client.get("/api/v1/boards").headers
    other = make_user()
    other_client = client.application.test_client()
    login(other_client, other)
    assert other_client.get("/").headers["X-Rounds-Viewer"] != viewer


def test_signing_out_clears_the_sites_data(client, make_user):
    login(client, make_user())
    response = post_form(client, "/logout")
    assert response.status_code == 303
    assert response.headers["Clear-Site-Data"] == '"cache", "storage"'


def test_a_published_write_up_a_sessions_page_and_its_transcript_are_kept(
        app, session, make_user, open_room, token_for):
    """The pages the issue names beside topics and credit: a published write-up at the URL
    the site links to (/cases/<id>) and at its version's, a session's page and its
    transcript; a draft at /cases/<id> is its authors' working page, never kept."""
    team = review_support.make_team(make_user)
    draft = review_support.draft(session, team)
    case_id = review_support.published(session, team)
    author = app.test_client()
    login(author, team.author)
    assert author.get(f"/cases/{draft}").status_code == 200
    assert "X-Rounds-Offline" not in author.get(f"/cases/{draft}").headers
    page = author.get(f"/cases/{case_id}")
    stable = re.search(rf"/cases/{case_id}/v\d+", page.get_data(as_text=True)).group(0)
    assert page.headers["X-Rounds-Offline"] == "keep"
    assert author.get(stable).headers["X-Rounds-Offline"] == "keep"

    room = open_room(members=1)
    host = LiveSocket(app, token_for(room.host), room.live.id)
    try:
        assert host.call("join")["ok"] and host.call("start")["ok"]
    finally:
        host.close()
    member = app.test_client()
    login(member, room.members[0])
    for path in (f"/sessions/{room.live.id}", f"/sessions/{room.live.id}/transcript"):
        response = member.get(path)
        assert response.status_code == 200, path
        assert response.headers["X-Rounds-Offline"] == "keep", path
    assert "X-Rounds-Offline" not in member.get(f"/sessions/{room.live.id}/room").headers

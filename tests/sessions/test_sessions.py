"""Live sessions before they start, through HTTP: scheduling and its validation, UTC storage
shown in each viewer's zone, the disclosure requirement, registration with a waitlist, and
calendar files parsed back with icalendar."""
from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from icalendar import Calendar
from sqlalchemy import select

from community.platform.accounts.models import User
from community.platform.db import commit
from moderation.disclosures import gate
from realtime.sessions.models import LiveSession, SessionRegistration
from tests.support.disclosures import act, file, seed
from tests.support.sessions import END, board, clearance, form, schedule
from tests.support.web import login, post_form


def test_scheduling_refuses_bad_input_with_422_and_keeps_it(client, session, make_user):
    host = make_user()
    login(client, host)
    url = f"/b/{board(session).slug}/sessions/new"
    assert client.get(url).status_code == 200
    past = (datetime.now(UTC) - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    cases = [({"ends_at": "2031-01-15T17:00"}, "after the start"),
             ({"starts_at": past, "ends_at": END}, "in the future"),
             ({"article_doi": "11.1056/x"}, "A DOI looks like"),
             ({"article_doi": "", "article_pmid": "PMC123"}, "digits only"),
             ({"article_doi": "", "article_pmid": ""}, "names its article"),
             ({"capacity": "0"}, '<a href="#f-capacity">Use 1 or more.</a>'),
             ({"capacity": "many"}, '<a href="#f-capacity">Send a whole number.</a>'),
             ({"starts_at": "next Tuesday"}, "Enter a date and time like"),
             ({"recurrence": "weekly"}, "Say how many sessions the series has"),
             ({"recurrence": "daily", "occurrences": "3"}, "Choose weekly, monthly"),
             ({"presenters": "not/a/name"}, "Presenters are given by username"),
             ({"kind": "webinar"}, "Choose a case conference"),
             ({"presenters": "nobody_here"}, "No member is called")]
    for changes, message in cases:
        response = post_form(client, url, form(title="Kept title <b>here</b>", **changes))
        page = response.get_data(as_text=True)
        assert response.status_code == 422, changes
        assert message in page, changes
        assert "Kept title &lt;b&gt;here&lt;/b&gt;" in page
    assert session.scalar(select(LiveSession.id)) is None


def test_times_are_utc_and_shown_in_each_viewers_zone(app, client, session, make_user):
    host = make_user(time_zone="America/New_York")
    moderator = make_user("moderator", time_zone="Asia/Tokyo")
    login(client, host)
    live = schedule(client, session)
    assert live.starts_at == datetime(2031, 1, 15, 23, 0, tzinfo=UTC)
    assert live.ends_at == datetime(2031, 1, 16, 0, 30, tzinfo=UTC)
    assert "<strong>the trial</strong>" in live.description_cooked
    page = client.get(f"/sessions/{live.id}").get_data(as_text=True)
    assert "Jan 15, 2031, 18:00 EST" in page  # per locale (Babel), in the viewer's zone
    other = app.test_client()
    login(other, moderator)
    assert "Jan 16, 2031, 08:00 JST" in other.get("/sessions").get_data(as_text=True)


def test_weekly_series_creates_its_occurrences(client, session, make_user):
    host = make_user(time_zone="Europe/Paris")
    login(client, host)
    first = schedule(client, session, recurrence="weekly", occurrences="3",
                     starts_at="2031-03-20T18:00", ends_at="2031-03-20T19:00")
    rows = list(session.scalars(select(LiveSession).order_by(LiveSession.starts_at)))
    assert [r.series_id for r in rows] == [first.series_id] * 3
    # Same wall-clock time in Paris across the DST change of 30 March 2031.
    assert [r.starts_at.hour for r in rows] == [17, 17, 16]
    assert rows[2].starts_at.date().isoformat() == "2031-04-03"


def test_registration_waits_for_cleared_disclosures_then_waitlists(app, client, session,
                                                                    make_user):
    seed(session)
    host, presenter, late = make_user(), make_user(), make_user()
    moderator = make_user("moderator")
    a, b, c = make_user(), make_user(), make_user()
    file(session, host, declared_none=True)
    file(session, presenter, declared_none=True)
    login(client, host)
    live = schedule(client, session, capacity="1",
                    presenters=f"{presenter.username}, {late.username}")
    page = client.get(f"/sessions/{live.id}").get_data(as_text=True)
    assert len(re.findall(r'class="uncleared"', page)) == 3
    assert "Disclosure of financial relationships" in page
    # Members see nothing before registration opens.
    member = app.test_client()
    login(member, a)
    assert member.get(f"/sessions/{live.id}").status_code == 404

    assert post_form(client, f"/sessions/{live.id}/open").status_code == 403
    act(session, moderator, clearance(session, live, host), "clear", {})
    act(session, moderator, clearance(session, live, presenter), "clear", {})
    refused = post_form(client, f"/sessions/{live.id}/open")
    assert refused.status_code == 403 and late.display_name in refused.get_data(as_text=True)
    assert clearance(session, live, late) is None  # no disclosure, so nothing to review yet
    file(session, late, declared_none=True)
    login(client_late := app.test_client(), late)
    # The presenter asks for the review themselves once they have filed.
    gate.request_role(session, session.get(User, late.id), "presenter", "session", live.id,
                      live.title)
    commit(session)
    act(session, moderator, clearance(session, live, late), "clear", {})
    assert client_late.get(f"/sessions/{live.id}").status_code == 200
    assert post_form(client, f"/sessions/{live.id}/open").status_code == 303
    page = client.get(f"/sessions/{live.id}").get_data(as_text=True)
    assert "Not cleared yet" not in page
    assert "No relevant financial relationships" in page

    clients = {}
    for user in (a, b, c):
        clients[user.id] = app.test_client()
        login(clients[user.id], user)
        assert post_form(clients[user.id], f"/sessions/{live.id}/register").status_code == 303
    assert "You are registered" in clients[a.id].get(f"/sessions/{live.id}").get_data(
        as_text=True)
    assert "position 1" in clients[b.id].get(f"/sessions/{live.id}").get_data(as_text=True)
    assert "position 2" in clients[c.id].get(f"/sessions/{live.id}").get_data(as_text=True)
    assert post_form(clients[a.id], f"/sessions/{live.id}/unregister").status_code == 303
    assert "You are registered" in clients[b.id].get(f"/sessions/{live.id}").get_data(
        as_text=True)
    assert "position 1" in clients[c.id].get(f"/sessions/{live.id}").get_data(as_text=True)
    session.rollback()
    statuses = {r.user_id: r.status for r in session.scalars(select(SessionRegistration))}
    assert statuses == {a.id: "cancelled", b.id: "registered", c.id: "waitlisted"}
    # Registering twice changes nothing; the host does not register.
    assert post_form(clients[b.id], f"/sessions/{live.id}/register").status_code == 303
    assert post_form(client, f"/sessions/{live.id}/register").status_code == 403


def _open(session, client, make_user, **changes) -> LiveSession:
    seed(session)
    host, moderator = make_user(), make_user("moderator")
    file(session, host, declared_none=True)
    login(client, host)
    live = schedule(client, session, **changes)
    act(session, moderator, clearance(session, live, host), "clear", {})
    assert post_form(client, f"/sessions/{live.id}/open").status_code == 303
    return live


def test_ics_file_parses_back(app, client, session, make_user):
    live = _open(session, client, make_user)
    response = app.test_client().get(f"/sessions/{live.id}.ics")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/calendar")
    assert f'filename="rounds-session-{live.id}.ics"' in response.headers["Content-Disposition"]
    events = Calendar.from_ical(response.data).walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert str(event["UID"]).startswith(f"session-{live.id}@")
    assert event.decoded("DTSTART") == live.starts_at
    assert event.decoded("DTSTART").utcoffset() == timedelta(0)
    assert event.decoded("DTEND") == live.ends_at
    assert str(event["SUMMARY"]) == live.title
    assert str(event["DESCRIPTION"]) == "Read the trial first."
    assert str(event["URL"]).endswith(f"/sessions/{live.id}")


def test_personal_feed_by_token(app, client, session, make_user):
    live = _open(session, client, make_user)
    member = make_user()
    mine = app.test_client()
    login(mine, member)
    page = mine.get("/sessions/mine").get_data(as_text=True)
    feed_url = re.search(r'value="(http[^"]+/sessions/feed/[^"]+\.ics)"', page).group(1)
    path = feed_url.split("localhost", 1)[1]
    anonymous = app.test_client()
    assert Calendar.from_ical(anonymous.get(path).data).walk("VEVENT") == []
    assert post_form(mine, f"/sessions/{live.id}/register").status_code == 303
    assert live.title in mine.get("/sessions/mine").get_data(as_text=True)
    feed = anonymous.get(path)
    assert feed.status_code == 200 and feed.headers["Content-Type"].startswith("text/calendar")
    events = Calendar.from_ical(feed.data).walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == [live.title]
    assert post_form(mine, "/sessions/mine/feed").status_code == 303
    assert anonymous.get(path).status_code == 404
    assert anonymous.get("/sessions/feed/not-a-token-at-all-really.ics").status_code == 404


def test_pages_have_no_inline_script_or_style_and_need_csrf(app, client, session, make_user):
    live = _open(session, client, make_user)
    for url in ("/sessions", f"/sessions/{live.id}", "/sessions/mine",
                f"/b/{board(session).slug}/sessions/new"):
        page = client.get(url).get_data(as_text=True)
        assert "<script>" not in page and "style=" not in page and "<style" not in page, url
    assert client.post(f"/sessions/{live.id}/register").status_code == 400


def test_the_articles_doi_and_pmid_stand_apart(app, session, make_user):
    """Issue 15, defect 10: "ehw230PMID: 27354046" — the two identifiers ran together."""
    host = make_user()
    client = app.test_client()
    login(client, host)
    live = schedule(client, session, article_doi="10.1093/eurheartj/ehw230",
                    article_pmid="27354046")
    html = client.get(f"/sessions/{live.id}").get_data(as_text=True)
    # Each in its own term and description, so nothing renders them as one word.
    assert re.search(r"ehw230</a></dd>\s*<dt>PMID</dt><dd><a [^>]+>27354046</a></dd>", html)

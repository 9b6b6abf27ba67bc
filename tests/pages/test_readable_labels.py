"""People read words, not codes (issue 15, defect 12): a session's state, a country, a
queue item's status; an ended session no longer offers to be added to a calendar; and the
demo's content names only things the demo has (defect 13)."""
from __future__ import annotations

from sqlalchemy import select

from community.cases.models import CaseReport
from community.cases.service import case_title
from community.demo import seed_demo
from community.platform.db import commit
from moderation.disclosures.models import RoleClearance
from realtime.sessions.models import LiveSession
from tests.support.web import login


def test_an_ended_session_says_ended_and_offers_no_calendar_entry(app, session):
    seed_demo(session)
    commit(session)
    past = session.scalar(select(LiveSession).where(LiveSession.state == "ended"))
    upcoming = session.scalar(select(LiveSession).where(LiveSession.state != "ended"))
    page = app.test_client().get(f"/sessions/{past.id}").get_data(as_text=True)
    assert ' · <span class="badge state state-ended">Ended</span></p>' in page
    assert " · ended</p>" not in page
    assert "Add to calendar" not in page
    assert "Add to calendar" in app.test_client().get(
        f"/sessions/{upcoming.id}").get_data(as_text=True)


def test_a_country_is_named_not_coded(app, make_user):
    member = make_user(country="IN")
    page = app.test_client().get(f"/u/{member.username}").get_data(as_text=True)
    assert "<dd>India</dd>" in page and "<dd>IN</dd>" not in page


def test_the_demos_waiting_disclosure_reviews_name_content_it_has(app, session):
    """Defect 13: a review named "Thursday ECG case conference (demo)", which did not
    exist; each now names a session or write-up of the demo, by its own title."""
    seed_demo(session)
    commit(session)
    titles = {s.title for s in session.scalars(select(LiveSession))}
    cases = {case_title(c) for c in session.scalars(select(CaseReport))}
    requests = session.scalars(select(RoleClearance)).all()
    assert requests
    for request in requests:
        assert request.content_title in (titles if request.content_kind == "session"
                                         else cases), request.content_title


def test_the_disclosure_form_asks_for_months_and_few_rows(app, make_user):
    """Defect 11: native date pickers (mm/dd/yyyy) under a hint saying the month is enough,
    and five blank relationship blocks even for a member who declares none."""
    client = app.test_client()
    login(client, make_user())
    page = client.get("/disclosures/new").get_data(as_text=True)
    assert page.count('type="month"') == 4 and 'type="date"' not in page
    assert page.count('<fieldset class="relationship">') == 2
    css = client.get("/static/css/rounds.css").get_data(as_text=True)
    # Ticking "no relationships" hides the blank rows (checked in Chromium by
    # tests/pages/test_browser_pages.py).
    assert "form:has(input[name=declared_none]:checked)" in css

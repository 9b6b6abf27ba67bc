"""Credit through the pages, without JavaScript: the office designates a session from its page,
a learner evaluates and claims from the activity page, bad input keeps what was typed (422),
the office configures a credit type, a learner sets their identifiers, and a follow-up is
answered."""
from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from community.credit.models import Commitment, CreditClaim, CreditType
from community.platform.db import utcnow
from tests.support.credit import attended, configured
from tests.support.web import login, post_form


def _signed_in(app, user):
    client = app.test_client()
    login(client, user)
    return client


def test_designating_a_session_from_its_page(app, session, open_room, make_user):
    room = open_room(members=0)
    office = _signed_in(app, make_user("admin"))
    page = office.get(f"/sessions/{room.live.id}").get_data(as_text=True)
    assert f"/sessions/{room.live.id}/credit" in page
    assert _signed_in(app, room.host).get(f"/sessions/{room.live.id}/credit").status_code == 404
    form = {"objectives": "Appraise the trial\nApply it", "moore_levels": ["3A", "4"],
            "credit_types": ["ama_pra_1"], "max_credits": "2", "support_amount": "",
            "support_source": ""}
    refused = post_form(office, f"/sessions/{room.live.id}/credit", form)
    assert refused.status_code == 422
    html = refused.get_data(as_text=True)
    assert "At most 1 credit" in html and "Appraise the trial" in html
    done = post_form(office, f"/sessions/{room.live.id}/credit", {**form, "max_credits": "1"})
    assert done.status_code == 303
    activity = done.headers["Location"]
    shown = office.get(activity).get_data(as_text=True)
    assert "Appraise the trial" in shown and "AMA PRA Category 1 Credit" in shown
    assert "maximum of 1 AMA PRA" in shown
    session_page = _signed_in(app, make_user()).get(f"/sessions/{room.live.id}")
    assert "Designated for up to 1 credit." in session_page.get_data(as_text=True)


def test_a_learner_evaluates_and_claims_on_the_activity_page(app, session, make_user):
    host, learner = make_user(), make_user()
    row = attended(session, host, [learner], minutes=50, evaluated=False)
    client = _signed_in(app, learner)
    url = f"/credit/activities/{row.id}"
    page = client.get(url).get_data(as_text=True)
    assert "50 minutes" in page and "up to <strong>0.75 credits</strong>" in page
    assert "Evaluate the activity" in page and 'action="' + url + '/claim"' not in page
    bad = post_form(client, f"{url}/evaluation", {"objectives_met": "5", "relevance": "9",
                                                  "free_of_bias": "false", "overall": "4",
                                                  "comment": "Keep this text"})
    assert bad.status_code == 422
    assert "Keep this text" in bad.get_data(as_text=True)
    unexplained = post_form(client, f"{url}/evaluation", {
        "objectives_met": "5", "relevance": "4", "free_of_bias": "false", "overall": "4"})
    assert unexplained.status_code == 422
    assert "Say what seemed commercially biased." in unexplained.get_data(as_text=True)
    assert post_form(client, f"{url}/evaluation", {
        "objectives_met": "5", "relevance": "4", "free_of_bias": "true", "overall": "4",
        "commitments": "Check potassium at one week\nUse the checklist"}).status_code == 303
    page = client.get(url).get_data(as_text=True)
    assert f'action="{url}/claim"' in page
    over = post_form(client, f"{url}/claim", {"credit_type": "ama_pra_1", "credits": "1"})
    assert over.status_code == 422
    assert "You may claim at most 0.75 credits" in over.get_data(as_text=True)
    assert post_form(client, f"{url}/claim", {"credit_type": "ama_pra_1",
                                              "credits": "0.75"}).status_code == 303
    session.rollback()
    claim = session.scalar(select(CreditClaim))
    assert claim.quarters == 3 and claim.user_id == learner.id
    assert "Your certificate" in client.get(url).get_data(as_text=True)

    commitment = session.scalar(select(Commitment))
    assert commitment.statements == ["Check potassium at one week", "Use the checklist"]
    follow = f"/credit/commitments/{commitment.id}"
    assert _signed_in(app, make_user()).get(follow).status_code == 404
    assert post_form(client, follow, {"outcome": "implemented",
                                      "changed": "We check at one week now."}).status_code == 303
    assert "We check at one week now." in client.get(follow).get_data(as_text=True)


def test_the_office_configures_and_learners_set_identifiers(app, session, make_user):
    configured(session)
    office = _signed_in(app, make_user("admin"))
    assert post_form(office, "/credit/admin/types", {
        "key": "cpd_uk", "name": "CPD credits (UK)", "designation_statement":
        "This activity is worth {credits} CPD credits.", "credentials": "MBBS",
        "position": "6", "active": "true"}).status_code == 303
    session.rollback()
    made = session.scalar(select(CreditType).where(CreditType.key == "cpd_uk"))
    assert made.credentials == ["MBBS"] and made.active
    bad = post_form(office, "/credit/admin/types", {"key": "Bad Key", "name": "x",
                                                    "designation_statement": "y"})
    assert bad.status_code == 422 and "lower-case" in bad.get_data(as_text=True)

    learner = _signed_in(app, make_user())
    refused = post_form(learner, "/credit/profile", {"npi": "12345", "birth_month": "4"})
    assert refused.status_code == 422
    assert "An NPI has 10 digits." in refused.get_data(as_text=True)
    assert post_form(learner, "/credit/profile", {
        "npi": "1234567893", "birth_month": "4", "birth_day": "30", "target_credits": "50",
        "target_years": "2"}).status_code == 303
    page = learner.get("/credit/profile").get_data(as_text=True)
    assert re.search(r'value="1234567893"', page)


def test_window_shows_its_deadline(app, session, make_user):
    host, learner = make_user(), make_user()
    row = attended(session, host, [learner], ended_ago=timedelta(days=2))
    page = _signed_in(app, learner).get(f"/credit/activities/{row.id}").get_data(as_text=True)
    day = utcnow() - timedelta(days=2) + timedelta(days=30)
    deadline = f"{day:%b} {day.day}, {day.year}"  # English dates: "Jan 3, 2027, 17:30"
    assert deadline in page

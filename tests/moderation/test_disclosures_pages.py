"""Disclosure pages through real HTTP: the form (without JavaScript), your disclosures, a
version, the company list, the review on the queue's item page, the learner statement, and
the peer-discussion exemption."""
from __future__ import annotations

import re

import pytest
from flask import render_template_string
from sqlalchemy import func, select

from community.boards.models import Post
from community.notifications.models import Notification
from moderation.disclosures.models import Company, Disclosure, RoleClearance
from moderation.queue.models import QueueItem
from tests.support.disclosures import (
    act,
    file,
    item_for,
    months_ago,
    rel,
    relationship_ids,
    request,
    seed,
)
from tests.support.web import login, post_form


@pytest.fixture(autouse=True)
def companies(session):
    seed(session)


def _text(response) -> str:
    return response.get_data(as_text=True)


def test_the_form_without_javascript_adds_rows_keeps_input_and_files(client, session,
                                                                    make_user):
    member = make_user()
    login(client, member)
    page = _text(client.get("/disclosures"))
    assert "You have not filed a disclosure yet" in page
    form = _text(client.get("/disclosures/new"))
    assert form.count("<legend>Relationship") == 2 and 'list="company-list"' in form
    assert '<option value="Medtronic">' in form and "<script" not in form.split("</head>")[1]
    assert 'style="' not in form
    typed = {"rows": "5", "rel-1-company": "Pfizer", "rel-1-nature": "consultant",
             "rel-1-started_on": months_ago(8), "rel-1-ongoing": "yes"}
    more = post_form(client, "/disclosures/new", {**typed, "more": "1"})
    assert more.status_code == 200
    assert _text(more).count("<legend>Relationship") == 10 and 'value="Pfizer"' in _text(more)
    bad = post_form(client, "/disclosures/new", {
        **typed, "rows": "10", "rel-7-company": "Roche", "rel-7-nature": "advisor",
        "rel-7-started_on": months_ago(2), "rel-7-ended_on": months_ago(4), "confirm": "yes"})
    assert bad.status_code == 422
    body = _text(bad)
    assert "Relationship 7: the end date is before the start date." in body
    assert 'href="#f-rel-7-ended_on"' in body and 'value="Roche"' in body
    assert 'id="f-rel-7-ended_on"' in body and 'aria-invalid="true"' in body
    assert session.scalar(select(func.count()).select_from(Disclosure)) == 0
    done = post_form(client, "/disclosures/new", {**typed, "confirm": "yes"})
    assert done.status_code == 303
    version = _text(client.get(done.headers["Location"]))
    assert "version 1" in version and "Pfizer" in version and "Consultant" in version
    mine = _text(client.get("/disclosures"))
    assert re.search(r"(364|365|366) days left", mine) and "Change or renew" in mine
    renew = _text(client.get("/disclosures/new"))
    assert 'value="Pfizer"' in renew  # a renewal starts from the latest answers


def test_declaring_none_through_the_form(client, session, make_user):
    member = make_user()
    login(client, member)
    refused = post_form(client, "/disclosures/new", {"rows": "5", "declared_none": "yes"})
    assert refused.status_code == 422 and "Confirm that this disclosure" in _text(refused)
    assert 'name="declared_none" value="yes" checked' in _text(refused)
    assert post_form(client, "/disclosures/new", {"rows": "5", "declared_none": "yes",
                                                  "confirm": "yes"}).status_code == 303
    assert "Declared none" in _text(client.get("/disclosures"))


def test_members_cannot_read_each_others_disclosures(client, session, make_user):
    owner, other, moderator = make_user(), make_user(), make_user("moderator")
    disclosure = file(session, owner, rel("Pfizer", "speaker"))
    login(client, other)
    assert client.get(f"/disclosures/{disclosure.id}").status_code == 404
    assert "Pfizer" not in _text(client.get("/disclosures"))
    moderator_client = client.application.test_client()
    login(moderator_client, moderator)
    assert "Pfizer" in _text(moderator_client.get(f"/disclosures/{disclosure.id}"))


def test_reviewing_on_the_queue_item_page(client, session, make_user):
    member, moderator = make_user(display_name="Dr Ada Okafor"), make_user("moderator")
    file(session, member, rel("Pfizer", "consultant"), rel("Medtronic", "employee"),
         rel("Mayo Clinic", "employee"))
    clearance = request(session, member, "host", "session", 11, "Tumor board, May")
    pfizer, medtronic, mayo = relationship_ids(session, clearance)
    item = item_for(session, clearance)
    login(client, moderator)
    page = _text(client.get(f"/moderation/items/{item.id}"))
    assert "Dr Ada Okafor" in page and "Tumor board, May" in page
    assert f'name="rel-{pfizer}-relevant"' in page and 'form="action-clear"' in page
    assert "Recuse from controlling the related planning" in page  # planners' list
    assert "Attest that clinical" not in page  # the faculty list is not offered to a host
    assert 'name="exception"' in page and "owner or employee" in page
    assert f'name="rel-{mayo}-relevant"' not in page  # eligible organisation
    incomplete = post_form(client, f"/moderation/items/{item.id}/act/clear", {
        "version": item.version, f"rel-{pfizer}-relevant": "yes",
        f"rel-{medtronic}-relevant": "no"})
    assert incomplete.status_code == 422
    body = _text(incomplete)
    assert "record how it was mitigated" in body and "owner or employee of Medtronic" in body
    assert f'name="rel-{pfizer}-relevant" value="yes" checked' in body  # kept
    assert session.get(RoleClearance, clearance.id).status == "pending"
    done = post_form(client, f"/moderation/items/{item.id}/act/clear", {
        "version": item.version, f"rel-{pfizer}-relevant": "yes",
        f"rel-{pfizer}-mitigation": "peer_review_planning", f"rel-{medtronic}-relevant": "no",
        "exception": "unrelated_content"})
    assert done.status_code == 303
    session.rollback()  # a fresh snapshot after the request's commit
    assert session.get(RoleClearance, clearance.id).status == "cleared"
    note = session.scalar(select(Notification).where(Notification.user_id == member.id))
    assert "cleared as session host" in note.message


def test_the_statement_learners_see(app, session, make_user):
    ada = make_user(display_name="Ada Okafor", credentials="MD")
    ben = make_user(display_name="Ben Silva", credentials="PharmD")
    moderator, cleo = make_user("moderator"), make_user(display_name="Cleo Pending")
    file(session, ada, rel("Pfizer", "consultant"), rel("Medtronic", "speaker"),
         rel("Mayo Clinic", "employee"))
    file(session, ben, declared_none=True)
    cases = request(session, ada, "case_author", "case", 5, "Case report: a rare rash")
    pfizer, medtronic, _ = relationship_ids(session, cases)
    act(session, moderator, cases, "clear", {
        f"rel-{pfizer}-relevant": "yes", f"rel-{pfizer}-mitigation": "peer_review_content",
        f"rel-{medtronic}-relevant": "no"})
    act(session, moderator, request(session, ben, "case_reviewer", "case", 5), "clear", {})
    file(session, cleo, declared_none=True)
    request(session, cleo, "editor", "case", 5)  # pending: not in the statement
    with app.test_request_context("/"):
        html = render_template_string(
            '{% with content_kind="case", content_id=5 %}'
            '{% include "moderation/disclosures/_statement.html" %}{% endwith %}')
        empty = render_template_string(
            '{% with content_kind="session", content_id=5 %}'
            '{% include "moderation/disclosures/_statement.html" %}{% endwith %}')
    html = " ".join(html.split())
    assert "<strong>Ada Okafor</strong>, MD (case author): Pfizer (consultant)." in html
    assert "All relevant financial relationships have been mitigated." in html
    # Case peer review is double-anonymous: the reviewer is disclosed but never named.
    assert ("<strong>Anonymous peer reviewer</strong> (case reviewer): No relevant financial "
            "relationships with ineligible companies.") in html
    assert "Ben Silva" not in html
    assert "Medtronic" not in html and "Mayo" not in html and "speaker" not in html
    assert "Cleo" not in html and "<img" not in html
    assert "have not been reviewed yet" in empty


def test_peer_discussion_needs_no_disclosure(client, session, make_user, token_for):
    """ACCME Standards for Integrity and Independence, Standard 3 exemption: spontaneous
    case conversation among peers (board posts and replies) is learner-controlled."""
    member = make_user()
    token = token_for(member)
    assert session.scalar(select(func.count()).select_from(Disclosure)) == 0
    login(client, member)
    topic = post_form(client, "/b/cardiology/new", {
        "title": "Syncope in a marathon runner", "raw": "What would you do next?"})
    assert topic.status_code == 303, _text(topic)[:400]
    topic_id = int(re.search(r"/t/(\d+)", topic.headers["Location"]).group(1))
    reply = post_form(client, f"/t/{topic_id}/reply", {"raw": "An echo, then a stress test."})
    assert reply.status_code == 303
    api_reply = client.post(f"/api/v1/topics/{topic_id}/posts", json={"raw": "Agree."},
                            headers={"Authorization": f"Bearer {token}"})
    assert api_reply.status_code == 201
    session.rollback()
    assert session.scalar(select(func.count()).select_from(Post)) == 3
    assert session.scalar(select(func.count()).select_from(Disclosure)) == 0


def test_the_company_list_for_moderators(client, session, make_user):
    member, moderator = make_user(), make_user("moderator")
    login(client, member)
    assert client.get("/moderation/companies").status_code == 403
    login(client, moderator)
    page = _text(client.get("/moderation/companies?status=ineligible"))
    assert "Medtronic" in page and "Epic Systems" not in page
    added = post_form(client, "/moderation/companies", {
        "name": "Acme Compounding", "ineligible": "ineligible",
        "kind": "compounding_pharmacy", "notes": "Proprietary compounds."})
    assert added.status_code == 303
    dup = post_form(client, "/moderation/companies", {"name": "acme  COMPOUNDING",
                                                      "ineligible": "eligible"})
    assert dup.status_code == 422 and "already on the list" in _text(dup)
    assert 'value="acme  COMPOUNDING"' in _text(dup)
    file(session, member, rel("Nimbus Labs", "researcher"))
    page = _text(client.get("/moderation/companies?status=unclassified"))
    assert "Nimbus Labs" in page and "added by" in page
    company = session.scalar(select(Company).where(Company.name == "Nimbus Labs"))
    item = session.scalar(select(QueueItem).where(QueueItem.kind == "company_classification",
                                                  QueueItem.subject_id == company.id))
    item_page = _text(client.get(f"/moderation/items/{item.id}"))
    assert "Company to classify" in item_page and 'form="action-eligible"' in item_page
    saved = post_form(client, f"/moderation/companies/{company.id}", {
        "ineligible": "eligible", "kind": "software", "next": "/moderation/companies"})
    assert saved.status_code == 303
    session.rollback()
    assert session.get(Company, company.id).ineligible is False
    item = session.get(QueueItem, item.id)
    assert item.status == "approved" and item.resolved_by_id == moderator.id


def test_notifications_page_shows_message_notifications(client, session, make_user):
    member, moderator = make_user(), make_user("moderator")
    file(session, member, declared_none=True)
    act(session, moderator, request(session, member), "refuse", {}, reason="Not a presenter")
    login(client, member)
    page = _text(client.get("/notifications"))
    assert "was refused: Not a presenter" in page and 'href="/disclosures#role-' in page
    roles = _text(client.get("/disclosures"))
    assert "Refused: Not a presenter" in roles and "Ask for a review again" in roles
    session.rollback()
    again = post_form(client, re.search(r'action="(/disclosures/roles/\d+/again)"',
                                        roles).group(1))
    assert again.status_code == 303
    assert session.scalar(select(func.count()).select_from(RoleClearance).where(
        RoleClearance.status == "pending")) == 1

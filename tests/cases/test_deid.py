"""De-identification of write-ups: the service (scan_sections, blocking_findings, overrides
and their queue kind) and the findings page. Write-ups are rows made in the test; the
requests go through the real app."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from community.cases.deid import service as deid
from community.cases.deid.models import PhiOverride
from community.cases.models import CaseReport
from community.cases.states import SUBMITTED
from community.platform.db import commit
from community.platform.errors import Conflict, Forbidden, NotFound, ValidationError
from moderation.audit.models import AuditEntry
from moderation.queue import service as queue
from moderation.queue.models import QueueItem
from tests.support.deid import CLEAN, PHI, TIMELINE, appoint, fresh, make_case, save
from tests.support.web import login, post_form


def _finding(session, case_id, section, category, text=None):
    case = session.get(CaseReport, case_id)
    version = deid.get_version(session, case)
    found = deid.scan_version(version)[section]
    return next(f for f in found if f.category == category and (text is None or f.text == text))


def _override(session, author, case_id, section, category, text=None, reason="an eponym"):
    f = _finding(session, case_id, section, category, text)
    case = session.get(CaseReport, case_id)
    made = deid.create_override(session, fresh(session, author), case, {
        "section": section, "category": category, "start": f.start, "end": f.end,
        "reason": reason})
    commit(session)
    return made


# ---------------------------------------------------------------- the service


def test_scan_sections_scans_every_section_it_is_given():
    found = deid.scan_sections({"title": "Mr. Okafor's case", "discussion": "Gram stain.",
                                "timeline.0": "Seen on 3 March 2024", "bad": None})
    assert [(f.category, f.text) for f in found["title"]] == [("name", "Okafor")]
    assert found["discussion"] == [] and found["bad"] == []
    assert [f.text for f in found["timeline.0"]] == ["3 March 2024"]
    assert deid.scan_sections({}) == {}


def test_blocking_findings_lists_every_finding_with_its_section(session, make_user):
    author = make_user()
    case_id = make_case(session, author)
    case = session.get(CaseReport, case_id)
    blocking = deid.blocking_findings(session, case)
    got = {(b.section, b.category, b.text) for b in blocking}
    assert {("patient_information", "name", "Okafor"), ("patient_information", "age",
            "92-year-old"), ("patient_information", "date", "12/03/2024"),
            ("patient_information", "mrn", "4820193"), ("patient_information", "name", "Mary"),
            ("patient_information", "phone", "(617) 555-0142"),
            ("discussion", "name", "Lindqvist"), ("timeline.1", "name", "Lindqvist"),
            ("timeline.1", "date", "14 March")} == got
    assert blocking[0].as_dict()["section"] and blocking[0].label
    clean = make_case(session, author, sections=CLEAN, timeline=[])
    assert deid.blocking_findings(session, session.get(CaseReport, clean)) == []
    # A version by number, and a write-up with no version yet
    assert deid.blocking_findings(session, case, 1) == blocking
    assert deid.blocking_findings(session, case, 99) == []


def test_an_override_covers_its_finding_and_survives_unrelated_edits(session, make_user):
    author = make_user()
    case_id = make_case(session, author)
    made = _override(session, author, case_id, "discussion", "name", "Lindqvist",
                     reason="The cardiologist who reported the echo, with consent")
    case = session.get(CaseReport, case_id)
    assert made.status == "pending" and made.excerpt == "Lindqvist"
    assert made.section == "discussion" and made.version_number == 1
    remaining = {(b.section, b.text) for b in deid.blocking_findings(session, case)}
    assert ("discussion", "Lindqvist") not in remaining
    # The timeline's own "Lindqvist" is another section: still blocking.
    assert ("timeline.1", "Lindqvist") in remaining
    # Another section changes, the discussion moves its text: still covered.
    edited = {**PHI, "abstract": "Rewritten abstract.",
              "discussion": "First a new sentence. Dr Lindqvist reviewed the echo."}
    save(session, case_id, author, edited, TIMELINE)
    case = session.get(CaseReport, case_id)
    assert ("discussion", "Lindqvist") not in {
        (b.section, b.text) for b in deid.blocking_findings(session, case)}


def test_timeline_overrides_survive_reordering(session, make_user):
    author = make_user()
    case_id = make_case(session, author)
    _override(session, author, case_id, "timeline.1", "name", "Lindqvist")
    save(session, case_id, author, PHI, [{"day": 5, "event": "Dr Lindqvist again"},
                                         *TIMELINE])
    case = session.get(CaseReport, case_id)
    sections = {b.section for b in deid.blocking_findings(session, case) if b.text ==
                "Lindqvist"}
    assert sections == {"discussion"}
    assert session.scalar(select(PhiOverride.section)) == "timeline.*"


def test_an_override_must_point_at_a_current_finding_with_a_reason(session, make_user):
    author = make_user()
    case_id = make_case(session, author)
    case = session.get(CaseReport, case_id)
    me = fresh(session, author)
    with pytest.raises(ValidationError) as error:
        deid.create_override(session, me, case, {"section": "", "category": "nope",
                                                 "start": "x", "end": "y", "reason": " "})
    assert set(error.value.extra["errors"]) == {"section", "category", "start", "end",
                                               "reason"}
    f = _finding(session, case_id, "patient_information", "mrn")
    for form, field in (
            ({"section": "nope"}, "section"),
            ({"start": f.start + 1}, "start"),
            ({"category": "phone"}, "start"),
            ({"reason": "x" * 1001}, "reason")):
        body = {"section": "patient_information", "category": "mrn", "start": f.start,
                "end": f.end, "reason": "a test", **form}
        with pytest.raises(ValidationError) as error:
            deid.create_override(session, me, case, body)
        assert field in error.value.extra["errors"], form
    session.rollback()
    body = {"section": "patient_information", "category": "mrn", "start": f.start,
            "end": f.end, "reason": "fine", "version": 7}
    with pytest.raises(Conflict):  # the write-up moved on since the author looked
        deid.create_override(session, me, case, body)
    session.rollback()
    assert session.scalar(select(PhiOverride.id)) is None


def test_a_second_override_of_the_same_finding_conflicts(session, make_user):
    author, coauthor = make_user(), make_user()
    case_id = make_case(session, author, coauthors=(coauthor,))
    _override(session, author, case_id, "discussion", "name", "Lindqvist")
    with pytest.raises(Conflict):
        _override(session, coauthor, case_id, "discussion", "name", "Lindqvist")
    session.rollback()
    assert len(session.scalars(select(PhiOverride)).all()) == 1


def test_only_authors_override_and_only_while_the_text_can_change(session, make_user):
    author, editor, moderator, other = (make_user(), make_user("editor"),
                                        make_user("moderator"), make_user())
    case_id = make_case(session, author)
    for who, error in ((editor, Forbidden), (moderator, NotFound), (other, NotFound)):
        with pytest.raises(error):
            _override(session, who, case_id, "discussion", "name", "Lindqvist")
        session.rollback()
    session.get(CaseReport, case_id).status = SUBMITTED
    commit(session)
    with pytest.raises(Forbidden):
        _override(session, author, case_id, "discussion", "name", "Lindqvist")


# ---------------------------------------------------------------- the queue kind


def test_an_override_is_a_board_scoped_queue_item_about_its_author(session, make_user):
    author = make_user()
    case_id = make_case(session, author)
    made = _override(session, author, case_id, "patient_information", "mrn",
                     reason="A lab accession number, not the record number")
    item = session.get(QueueItem, made.queue_item_id)
    case = session.get(CaseReport, case_id)
    assert (item.kind, item.subject_type, item.subject_id) == ("phi_override",
                                                               "phi_override", made.id)
    assert item.board_id == case.board_id and item.subject_user_id == author.id
    assert item.data["excerpt"] == "4820193" and item.data["reason"].startswith("A lab")
    assert session.scalar(select(AuditEntry).where(
        AuditEntry.action == "case.phi_override.create")) is not None


def test_accepting_keeps_the_override_and_rejecting_blocks_again(session, make_user):
    author, moderator = make_user(), make_user("moderator")
    case_id = make_case(session, author)
    kept = _override(session, author, case_id, "discussion", "name", "Lindqvist")
    refused = _override(session, author, case_id, "patient_information", "name", "Okafor")
    me = fresh(session, moderator)
    item = session.get(QueueItem, kept.queue_item_id)
    queue.act(session, me, item, "accept", version=item.version)
    commit(session)
    item = session.get(QueueItem, refused.queue_item_id)
    with pytest.raises(ValidationError):  # a rejection needs a reason
        queue.act(session, me, item, "reject", version=item.version)
    session.rollback()
    item = session.get(QueueItem, refused.queue_item_id)
    queue.act(session, me, item, "reject", version=item.version,
              reason="A surname with a title identifies the patient.")
    commit(session)
    session.expire_all()
    assert session.get(PhiOverride, kept.id).status == "accepted"
    rejected = session.get(PhiOverride, refused.id)
    assert rejected.status == "rejected" and rejected.decided_by_id == moderator.id
    assert rejected.decision_reason.startswith("A surname")
    texts = {b.text for b in deid.blocking_findings(session, session.get(CaseReport, case_id))}
    assert "Okafor" in texts and "Lindqvist" in {
        b.text for b in deid.blocking_findings(session, session.get(CaseReport, case_id))
        if b.section != "discussion"}
    # The author may justify it again: a new override, a new queue item.
    again = _override(session, author, case_id, "patient_information", "name", "Okafor",
                      reason="Okafor is a pseudonym chosen with the patient")
    assert again.queue_item_id != refused.queue_item_id


def test_nobody_decides_their_own_override_and_board_moderators_decide_their_boards(
        session, make_user):
    author_mod, board_mod, other_board_mod = (make_user("moderator"), make_user(),
                                              make_user())
    appoint(session, board_mod, "cardiology")
    appoint(session, other_board_mod, "neurology")
    case_id = make_case(session, author_mod)
    made = _override(session, author_mod, case_id, "discussion", "name", "Lindqvist")
    item = session.get(QueueItem, made.queue_item_id)
    with pytest.raises(Forbidden):
        queue.act(session, fresh(session, author_mod), item, "accept", version=item.version)
    session.rollback()
    with pytest.raises(Forbidden):
        queue.act(session, fresh(session, other_board_mod), session.get(QueueItem, item.id),
                  "accept", version=item.version)
    session.rollback()
    queue.act(session, fresh(session, board_mod), session.get(QueueItem, item.id), "accept",
              version=item.version)
    commit(session)
    assert session.get(PhiOverride, made.id).status == "accepted"


def test_withdrawing_closes_the_queue_item_and_blocks_again(session, make_user):
    author, coauthor = make_user(), make_user()
    case_id = make_case(session, author, coauthors=(coauthor,))
    made = _override(session, author, case_id, "discussion", "name", "Lindqvist")
    case = session.get(CaseReport, case_id)
    deid.withdraw_override(session, fresh(session, coauthor), case, made)
    commit(session)
    session.expire_all()
    item = session.get(QueueItem, made.queue_item_id)
    assert item.status == "ignored" and item.resolved_at is not None
    assert item.events[-1].action == "withdrawn"
    assert session.get(PhiOverride, made.id).status == "withdrawn"
    case = session.get(CaseReport, case_id)
    assert "Lindqvist" in {b.text for b in deid.blocking_findings(session, case)
                           if b.section == "discussion"}
    with pytest.raises(Conflict):
        deid.withdraw_override(session, fresh(session, author), case,
                               session.get(PhiOverride, made.id))


# ---------------------------------------------------------------- pages


def test_the_findings_page_marks_findings_in_escaped_text(app, client, session, make_user):
    author = make_user()
    hostile = {**PHI, "discussion": '<script>alert("x")</script> Dr Lindqvist <b>bold</b>'}
    case_id = make_case(session, author, sections=hostile)
    login(client, author)
    page = client.get(f"/cases/{case_id}/phi")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    assert re.search(r'<mark class="phi phi-name phi-blocking"[^>]*>Lindqvist</mark>', html)
    assert re.search(r'<mark class="phi phi-mrn phi-blocking"[^>]*>4820193</mark>', html)
    assert "Medical record number" in html and "Timeline event 2" in html
    assert html.count('name="reason"') == len(deid.blocking_findings(
        session, session.get(CaseReport, case_id)))


def test_an_author_overrides_through_the_page(app, client, session, make_user):
    author = make_user()
    case_id = make_case(session, author)
    login(client, author)
    f = _finding(session, case_id, "discussion", "name", "Lindqvist")
    form = {"section": "discussion", "category": "name", "start": f.start, "end": f.end,
            "version": 1}
    refused = post_form(client, f"/cases/{case_id}/phi/overrides", form)
    assert refused.status_code == 422 and "This field is required." in refused.get_data(
        as_text=True)
    stale = post_form(client, f"/cases/{case_id}/phi/overrides",
                      {**form, "version": 9, "reason": "cited author"})
    assert stale.status_code == 409 and "changed since version 9" in stale.get_data(
        as_text=True)
    done = post_form(client, f"/cases/{case_id}/phi/overrides",
                     {**form, "reason": "The cardiologist, cited with consent"})
    assert done.status_code == 303
    html = client.get(done.headers["Location"]).get_data(as_text=True)
    assert "phi-overridden" in html and "The cardiologist, cited with consent" in html
    assert "waiting for a moderator" in html
    session.commit()  # a fresh snapshot: the request committed after ours began
    override = session.scalar(select(PhiOverride))
    withdrawn = post_form(client, f"/cases/{case_id}/phi/overrides/{override.id}/withdraw")
    assert withdrawn.status_code == 303
    session.commit()  # (the session keeps loaded rows across commits: reload them)
    session.expire_all()
    assert session.get(PhiOverride, override.id).status == "withdrawn"


def test_who_sees_the_findings_page(app, client, session, make_user):
    author, editor, moderator, other = (make_user(), make_user("editor"),
                                        make_user("moderator"), make_user())
    case_id = make_case(session, author)
    anonymous = client.get(f"/cases/{case_id}/phi")
    assert anonymous.status_code in (302, 303) and "/login" in anonymous.headers["Location"]
    # Moderators cannot read the draft: its findings quote its identifiers (issue 16).
    for who, status, form in ((editor, 200, False), (moderator, 404, False),
                              (other, 404, False), (author, 200, True)):
        client.delete_cookie(app.config["SESSION_COOKIE_NAME"])
        login(client, who)
        page = client.get(f"/cases/{case_id}/phi")
        assert page.status_code == status, who.username
        if status == 200:
            assert ('name="reason"' in page.get_data(as_text=True)) is form
        refused = post_form(client, f"/cases/{case_id}/phi/overrides", {
            "section": "discussion", "category": "name", "start": 0, "end": 1,
            "reason": "x"})
        assert refused.status_code == (422 if who is author else 403 if who is editor
                                       else 404)
    assert client.get("/cases/999999/phi").status_code == 404


def test_the_queue_item_page_shows_the_override_in_context(app, client, session, make_user):
    author, moderator = make_user(), make_user("moderator")
    case_id = make_case(session, author)
    made = _override(session, author, case_id, "patient_information", "mrn",
                     reason="A lab accession number")
    login(client, moderator)
    html = client.get(f"/moderation/items/{made.queue_item_id}").get_data(as_text=True)
    assert "PHI warning override" in html and "<mark>4820193</mark>" in html
    assert "A lab accession number" in html and "Patient information" in html
    assert "Reject: it identifies" in html


def test_the_editor_helper_is_served_and_builds_no_html_from_text(client):
    script = client.get("/static/js/phi.js").get_data(as_text=True)
    assert "/api/v1/cases/" in script and "textContent" in script
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script
    assert "js/phi.js" in client.get("/static/js/rounds.js").get_data(as_text=True)

"""A session's content before it starts, through HTTP: the journal club's appraisal checklist
(CASP prefilled, the Users' Guides template, edited as text) and the case conference's staged
cases (PHI scanner findings block the save unless acknowledged; members see titles only);
planners only, and nothing changes once the session has started."""
from __future__ import annotations

from sqlalchemy import func, select

from community.platform.db import commit
from realtime.sessions.models import (
    LiveSession,
    SessionCase,
    SessionCaseStage,
    SessionChecklistItem,
)
from tests.support.disclosures import act, file, seed
from tests.support.sessions import clearance, schedule
from tests.support.web import login, post_form

CLEAN = {"title": "Chest pain in a runner",
         "question": "What is the next step: angiography or CT?",
         "stage_presentation": "A man in his fifties presented with two days of **chest pain** "
                               "after a viral illness.",
         "stage_findings": "", "stage_investigations":
             "Troponin rose from 12 to 340 ng/L; ECG showed ST elevation in V2-V4.",
         "stage_management": "", "stage_outcome": "Recovered; echo at week 6 showed an EF of 55%."}
PHI = "Mrs Doe, a 92-year-old, was admitted on 3 March 2024 (MRN 4455667)."


def questions(session, live: LiveSession) -> list[tuple[int, str, str]]:
    session.rollback()
    return [(i.position, i.part, i.question) for i in session.scalars(
        select(SessionChecklistItem).where(SessionChecklistItem.session_id == live.id)
        .order_by(SessionChecklistItem.position))]


def count(session, model) -> int:
    session.rollback()
    return session.scalar(select(func.count()).select_from(model))


def start(session, live: LiveSession, state: str = "live") -> None:
    session.rollback()
    session.get(LiveSession, live.id).state = state
    commit(session)


def conference(client, session, **changes) -> LiveSession:
    return schedule(client, session, kind="case_conference", title="Case conference: chest pain",
                    **changes)


def test_a_journal_club_starts_with_the_casp_rct_checklist(client, session, make_user):
    login(client, make_user())
    live = schedule(client, session, recurrence="weekly", occurrences="2")
    items = questions(session, live)
    assert len(items) == 11
    assert [p for _, p, _ in items].count(
        "A. Is the basic study design valid for a randomised controlled trial?") == 3
    assert {p[:2] for _, p, _ in items} == {"A.", "B.", "C.", "D."}
    assert items[0][2] == "Did the study address a clearly focused research question?"
    assert [n for n, _, _ in items] == list(range(1, 12))
    # Every occurrence of a series gets its own copy.
    assert count(session, SessionChecklistItem) == 22
    page = client.get(f"/sessions/{live.id}").get_data(as_text=True)
    assert "Appraisal checklist" in page and "D. Will the results help locally?" in page
    assert f'href="/sessions/{live.id}/checklist"' in page
    # A case conference has no checklist.
    other = conference(client, session)
    assert questions(session, other) == []
    assert client.get(f"/sessions/{other.id}/checklist").status_code == 404


def test_the_host_switches_template_and_edits_the_questions(client, session, make_user):
    login(client, make_user())
    live = schedule(client, session)
    url = f"/sessions/{live.id}/checklist"
    page = client.get(url).get_data(as_text=True)
    assert "# A. Is the basic study design valid" in page and 'name="csrf_token"' in page

    response = post_form(client, f"{url}/template", {"template": "users_guides"})
    assert response.status_code == 303
    assert [q for _, _, q in questions(session, live)] == [
        "Are the results of the study valid?", "What are the results?",
        "How can I apply the results to patient care?"]
    bad = post_form(client, f"{url}/template", {"template": "nope"})
    assert bad.status_code == 422 and "Choose one of the checklists" in bad.get_data(as_text=True)
    assert "Are the results of the study valid?" in bad.get_data(as_text=True)  # kept

    text = ("# Validity\n1. Was randomisation concealed?\n\n  Were groups similar?  \n"
            "#\nA question with: a colon?\n# Applicability\n4a) Does it apply to my patient?")
    assert post_form(client, url, {"questions": text}).status_code == 303
    assert questions(session, live) == [
        (1, "Validity", "Was randomisation concealed?"), (2, "Validity", "Were groups similar?"),
        (3, "", "A question with: a colon?"),
        (4, "Applicability", "Does it apply to my patient?")]
    # The edit page shows it back in the same format, and saving that changes nothing.
    shown = client.get(url).get_data(as_text=True)
    assert "# Validity\nWas randomisation concealed?\nWere groups similar?\n\n#\n" in shown
    page = client.get(f"/sessions/{live.id}").get_data(as_text=True)
    assert '<h3 dir="auto">Applicability</h3>' in page and '<ol start="4">' in page


def test_checklist_validation_keeps_the_text(client, session, make_user):
    login(client, make_user())
    live = schedule(client, session)
    url = f"/sessions/{live.id}/checklist"
    before = questions(session, live)
    cases = [("", '<a href="#f-questions">This field is required.</a>'),
             ("# Only a heading", "Enter at least one question"),
             ("Q1?\n" + "x" * 1001, "Line 2: a question is at most 1000 characters."),
             ("#" + "p" * 201 + "\nQ?", "Line 1: a part heading is at most 200"),
             ("\n".join(f"Question {n} <b>?</b>" for n in range(41)), "at most 40 questions"),
             ("Bad \x07 bell", "not text")]
    for text, message in cases:
        response = post_form(client, url, {"questions": text})
        page = response.get_data(as_text=True)
        assert response.status_code == 422, text[:30]
        assert message in page, (text[:30], page[:2000])
    response = post_form(client, url, {"questions": "Keep <i>me</i>\n" * 41})
    assert "Keep &lt;i&gt;me&lt;/i&gt;" in response.get_data(as_text=True)
    assert questions(session, live) == before


def test_only_planners_edit_content_and_only_before_the_start(app, client, session, make_user):
    host, presenter, stranger = make_user(), make_user(), make_user()
    moderator = make_user("moderator")
    login(client, host)
    live = schedule(client, session, presenters=presenter.username)
    cc = conference(client, session, presenters=presenter.username)
    url = f"/sessions/{live.id}/checklist"
    as_stranger = app.test_client()
    login(as_stranger, stranger)
    # Before registration opens, a stranger does not even see the session.
    assert as_stranger.get(url).status_code == 404
    session.rollback()
    session.get(LiveSession, live.id).registration_opened_at = func.now()
    session.get(LiveSession, cc.id).registration_opened_at = func.now()
    commit(session)
    assert as_stranger.get(url).status_code == 403
    assert post_form(as_stranger, url, {"questions": "Mine?"}).status_code == 403
    assert post_form(as_stranger, f"{url}/template", {"template": "users_guides"}
                     ).status_code == 403
    assert post_form(as_stranger, f"/sessions/{cc.id}/cases/new", CLEAN).status_code == 403
    assert count(session, SessionCase) == 0

    for who in (presenter, moderator):
        other = app.test_client()
        login(other, who)
        assert post_form(other, url, {"questions": f"Asked by {who.username}?"}
                         ).status_code == 303
        assert post_form(other, f"/sessions/{cc.id}/cases/new", CLEAN).status_code == 303
    assert count(session, SessionCase) == 2

    start(session, live)
    start(session, cc)
    refused = post_form(client, url, {"questions": "Too late?"})
    assert refused.status_code == 403 and "has started" in refused.get_data(as_text=True)
    assert client.get(url).status_code == 403
    case_id = session.scalar(select(SessionCase.id).order_by(SessionCase.id))
    base = f"/sessions/{cc.id}/cases"
    assert post_form(client, f"{base}/new", CLEAN).status_code == 403
    assert post_form(client, f"{base}/{case_id}/edit", CLEAN).status_code == 403
    assert post_form(client, f"{base}/{case_id}/delete").status_code == 403
    assert post_form(client, f"{base}/{case_id}/move", {"direction": "down"}).status_code == 403
    assert questions(session, live) == [(1, "", f"Asked by {moderator.username}?")]
    assert count(session, SessionCase) == 2
    page = client.get(f"/sessions/{cc.id}").get_data(as_text=True)
    assert "Add a case" not in page and "Edit the checklist" not in page


def test_adding_a_case_with_stages_and_its_validation(client, session, make_user):
    host = make_user()
    login(client, host)
    live = conference(client, session)
    url = f"/sessions/{live.id}/cases/new"
    page = client.get(url).get_data(as_text=True)
    assert 'for="f-stage_presentation"' in page and 'name="csrf_token"' in page
    assert "phi_checked" not in page  # the acknowledgement appears only over findings
    cases = [({"stage_presentation": ""},
              '<a href="#f-stage_presentation">This field is required.</a>'),
             ({"title": "ab"}, "at least 3 characters"),
             ({"title": "Bell \x07 case"}, "characters that are not text"),
             ({"question": ""}, '<a href="#f-question">This field is required.</a>'),
             ({"stage_outcome": "x" * 20_001},
              '<a href="#f-stage_outcome">Write at most 20,000 characters.</a>'),
             ({"phi_checked": "perhaps"}, '<a href="#f-phi_checked">Use true or false.</a>')]
    for changes, message in cases:
        response = post_form(client, url, {**CLEAN, "stage_findings": "Kept <b>here</b>",
                                           **changes})
        page = response.get_data(as_text=True)
        assert response.status_code == 422, changes
        assert message in page, changes
        assert "Kept &lt;b&gt;here&lt;/b&gt;" in page
    assert count(session, SessionCase) == 0

    assert post_form(client, url, CLEAN).status_code == 303
    session.rollback()
    case = session.scalar(select(SessionCase))
    assert (case.title, case.position, case.submitted_by_id) == (CLEAN["title"], 1, host.id)
    assert case.phi_checked_at is None
    assert [(s.stage, s.position) for s in case.stages] == [
        ("presentation", 1), ("investigations", 3), ("outcome", 5)]
    assert "<strong>chest pain</strong>" in case.stages[0].body_cooked
    page = client.get(f"/sessions/{live.id}").get_data(as_text=True)
    assert "<strong>chest pain</strong>" in page and "Investigations" in page
    # A journal club has no cases.
    club = schedule(client, session)
    assert post_form(client, f"/sessions/{club.id}/cases/new", CLEAN).status_code == 404


def test_phi_in_a_case_blocks_the_save_until_acknowledged(client, session, make_user):
    host = make_user()
    login(client, host)
    live = conference(client, session)
    url = f"/sessions/{live.id}/cases/new"
    data = {**CLEAN, "stage_findings": f"Examined at home. {PHI}"}
    refused = post_form(client, url, data)
    page = refused.get_data(as_text=True)
    assert refused.status_code == 422
    for listed in ("Name “Doe”", "Age over 89 “92-year-old”",
                   "Date (other than the year) “3 March 2024”",
                   "Medical record number “4455667”"):
        assert listed in page, listed
    assert "Examined at home. Mrs Doe" in page  # the text is kept in its box
    assert page.count("Examined at home.") == 1  # …but not echoed in the error list
    assert 'href="#f-stage_findings"' in page and 'id="f-phi_checked"' in page
    assert count(session, SessionCase) == 0 and count(session, SessionCaseStage) == 0

    # PHI in the title (members see titles) is caught too.
    titled = post_form(client, url, {**CLEAN, "title": "Chest pain in Mrs Doe"})
    assert titled.status_code == 422 and "Name “Doe”" in titled.get_data(as_text=True)

    accepted = post_form(client, url, {**data, "phi_checked": "yes"})
    assert accepted.status_code == 303
    session.rollback()
    case = session.scalar(select(SessionCase))
    assert case.phi_checked_by_id == host.id and case.phi_checked_at is not None
    assert "Findings stage: Name “Doe”" in case.phi_acknowledged
    page = client.get(f"/sessions/{live.id}").get_data(as_text=True)
    assert "confirmed they are not patient identifiers" in page

    # An edit that removes the findings clears the acknowledgement; one that brings new
    # findings needs it again.
    edit = f"/sessions/{live.id}/cases/{case.id}/edit"
    assert "Examined at home." in client.get(edit).get_data(as_text=True)
    assert post_form(client, edit, {**data, "stage_findings": "Normal."}).status_code == 303
    session.rollback()
    case = session.get(SessionCase, case.id)
    assert case.phi_checked_by_id is None and case.phi_acknowledged == ""
    assert [s.stage for s in case.stages] == ["presentation", "findings", "investigations",
                                              "outcome"]
    again = post_form(client, edit, {**data, "stage_outcome": "Call 555-123-4567."})
    assert again.status_code == 422 and "Telephone number" in again.get_data(as_text=True)
    session.rollback()
    assert session.get(SessionCase, case.id).stages[1].body_raw == "Normal."


def test_members_see_case_titles_only_before_the_session(app, client, session, make_user):
    seed(session)
    host, member = make_user(), make_user()
    moderator = make_user("moderator")
    file(session, host, declared_none=True)
    login(client, host)
    live = conference(client, session)
    base = f"/sessions/{live.id}/cases"
    assert post_form(client, f"{base}/new", CLEAN).status_code == 303
    assert post_form(client, f"{base}/new", {**CLEAN, "title": "Fever after travel",
                                             "stage_presentation": "Fever, rigors."}
                     ).status_code == 303
    act(session, moderator, clearance(session, live, host), "clear", {})
    assert post_form(client, f"/sessions/{live.id}/open").status_code == 303

    reader = app.test_client()
    login(reader, member)
    page = reader.get(f"/sessions/{live.id}").get_data(as_text=True)
    assert "2 cases." in page
    assert "Chest pain in a runner" in page and "Fever after travel" in page
    for hidden in ("chest pain</strong>", "Fever, rigors", "Troponin", CLEAN["question"],
                   "Presentation", "Add a case", "/edit"):
        assert hidden not in page, hidden
    assert reader.get(f"{base}/1/edit").status_code == 403

    # The host reorders and removes; the positions stay 1..n.
    ids = list(session.scalars(select(SessionCase.id).order_by(SessionCase.position)))
    assert post_form(client, f"{base}/{ids[1]}/move", {"direction": "up"}).status_code == 303
    session.rollback()
    assert list(session.scalars(select(SessionCase.id).order_by(SessionCase.position))) \
        == [ids[1], ids[0]]
    assert post_form(client, f"{base}/{ids[1]}/move", {"direction": "sideways"}
                     ).status_code == 422
    assert post_form(client, f"{base}/{ids[1]}/delete").status_code == 303
    session.rollback()
    assert [(c.id, c.position) for c in session.scalars(select(SessionCase))] == [(ids[0], 1)]
    assert count(session, SessionCaseStage) == 3
    assert post_form(client, f"{base}/999999/edit", CLEAN).status_code == 404


def test_a_coordinator_other_than_the_submitter_checks_de_identification(app, client, session,
                                                                          make_user):
    host, presenter, member = make_user(), make_user(), make_user()
    moderator = make_user("moderator")
    login(client, host)
    live = conference(client, session, presenters=presenter.username)
    base = f"/sessions/{live.id}/cases"
    as_presenter = app.test_client()
    login(as_presenter, presenter)
    assert post_form(as_presenter, f"{base}/new", CLEAN).status_code == 303
    assert post_form(client, f"{base}/new", {**CLEAN, "title": "Fever after travel"}
                     ).status_code == 303
    session.rollback()
    theirs, mine = session.scalars(select(SessionCase).order_by(SessionCase.position)).all()
    assert theirs.deid_checked_at is None and mine.submitted_by_id == host.id

    # The submitter waits for a second pair of eyes and cannot check their own case.
    page = as_presenter.get(f"/sessions/{live.id}").get_data(as_text=True)
    assert page.count("Waiting for a coordinator's de-identification check") == 1
    assert f"{base}/{theirs.id}/deid-check" not in page
    assert f"{base}/{mine.id}/deid-check" in page  # the host submitted that one
    refused = post_form(as_presenter, f"{base}/{theirs.id}/deid-check")
    assert refused.status_code == 403 and "You submitted this case" in \
        refused.get_data(as_text=True)
    assert post_form(client, f"{base}/{mine.id}/deid-check").status_code == 403

    page = client.get(f"/sessions/{live.id}").get_data(as_text=True)
    assert f'action="{base}/{theirs.id}/deid-check"' in page and 'name="csrf_token"' in page
    assert post_form(client, f"{base}/{theirs.id}/deid-check").status_code == 303
    assert post_form(client, f"{base}/{theirs.id}/deid-check").status_code == 409
    assert post_form(as_presenter, f"{base}/{mine.id}/deid-check").status_code == 303
    session.rollback()
    theirs, mine = session.get(SessionCase, theirs.id), session.get(SessionCase, mine.id)
    assert theirs.deid_checked_by_id == host.id and theirs.deid_checked_at is not None
    assert mine.deid_checked_by_id == presenter.id
    page = client.get(f"/sessions/{live.id}").get_data(as_text=True)
    assert page.count("De-identification checked by") == 2
    assert "Waiting for a coordinator" not in page

    # Saving the case unchanged keeps the check; any change clears it.
    edit = f"{base}/{theirs.id}/edit"
    assert "saving any change clears the check" in client.get(edit).get_data(as_text=True)
    assert post_form(as_presenter, edit, CLEAN).status_code == 303
    session.rollback()
    assert session.get(SessionCase, theirs.id).deid_checked_by_id == host.id
    assert post_form(as_presenter, edit, {**CLEAN, "stage_findings": "Normal."}
                     ).status_code == 303
    session.rollback()
    assert session.get(SessionCase, theirs.id).deid_checked_at is None
    assert "Waiting for a coordinator's de-identification check" in \
        as_presenter.get(f"/sessions/{live.id}").get_data(as_text=True)

    # Members see neither the check nor its form; a board moderator may check.
    session.get(LiveSession, live.id).registration_opened_at = func.now()
    commit(session)
    reader = app.test_client()
    login(reader, member)
    page = reader.get(f"/sessions/{live.id}").get_data(as_text=True)
    assert "Fever after travel" in page
    assert "deid-check" not in page and "De-identification checked" not in page
    assert post_form(reader, f"{base}/{theirs.id}/deid-check").status_code == 403
    as_moderator = app.test_client()
    login(as_moderator, moderator)
    assert post_form(as_moderator, f"{base}/{theirs.id}/deid-check").status_code == 303
    session.rollback()
    assert session.scalar(select(SessionCase.deid_checked_by_id).where(
        SessionCase.id == theirs.id)) == moderator.id

    # Nothing is checked once the session has started.
    assert post_form(client, edit, {**CLEAN, "title": "Chest pain, revised"}).status_code == 303
    start(session, live)
    assert post_form(client, f"{base}/{theirs.id}/deid-check").status_code == 403
    assert f"{base}/{theirs.id}/deid-check" not in \
        client.get(f"/sessions/{live.id}").get_data(as_text=True)

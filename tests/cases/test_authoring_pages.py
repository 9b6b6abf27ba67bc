"""Writing a case together through the server-rendered pages (no JavaScript): start, edit
every section and the timeline, merges and the conflict page, versions, authors and
invitations, consent; 422 keeps the input; pages are labelled and free of inline script and
style; non-authors get 404."""
from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from sqlalchemy import select

from community.cases.care import SECTION_KEYS
from community.cases.models import CaseReport, CaseVersion
from tests.support.authoring import fresh
from tests.support.web import csrf_token, login


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def _elements(html: str) -> list[tuple[str, dict]]:
    parser = _Elements()
    parser.feed(html)
    return parser.elements


def _start(client, title: str = "Takotsubo after a marathon: a case report") -> int:
    response = client.post("/b/cardiology/cases/new", data={"csrf_token": csrf_token(client),
                                                            "title": title})
    assert response.status_code == 303, response.get_data(as_text=True)[:300]
    location = response.headers["Location"]
    assert location.endswith("/edit")
    return int(location.split("/")[2])


def _edit_form(client, case_id: int) -> dict[str, object]:
    """What the edit page's form would send unchanged: every section, the base version and
    the timeline rows (lists)."""
    html = client.get(f"/cases/{case_id}/edit").get_data(as_text=True)
    form: dict[str, object] = {"csrf_token": csrf_token(client)}
    form["base_version"] = re.search(r'name="base_version" value="(\d+)"', html).group(1)
    for key in SECTION_KEYS:
        match = re.search(rf'<textarea id="f-{key}" name="{key}"[^>]*>(.*?)</textarea>', html,
                          re.DOTALL)
        form[key] = unescape(match.group(1))
    form["day"] = [unescape(v) for v in re.findall(r'name="day" value="([^"]*)"', html)]
    form["event"] = [unescape(v) for v in re.findall(r'name="event" value="([^"]*)"', html)]
    return form


def test_start_edit_and_read_a_write_up(client, session, make_user):
    owner = make_user()
    login(client, owner)
    assert "no case write-ups yet" in client.get("/cases").get_data(as_text=True)
    new_page = client.get("/b/cardiology/cases/new")
    assert new_page.status_code == 200 and 'name="title"' in new_page.get_data(as_text=True)
    cid = _start(client)
    edit = client.get(f"/cases/{cid}/edit").get_data(as_text=True)
    for key in SECTION_KEYS:
        assert f'id="f-{key}" name="{key}"' in edit
    assert 'socket.io.min.js' in edit and 'js/cases.js' in edit
    form = _edit_form(client, cid)
    assert form["base_version"] == "1" and form["day"] == ["", "", ""]
    form.update(abstract="A **runner** collapsed.", keywords="takotsubo, stress, sport",
                day=["Day 0", "-2", ""], event=["Collapse at the finish", "Viral illness", ""])
    saved = client.post(f"/cases/{cid}/edit", data=form)
    assert saved.status_code == 303
    page = client.get(saved.headers["Location"]).get_data(as_text=True)
    assert "Saved as version 2." in page and 'id="findings"' in page
    assert 'name="day" value="-2"' in page and 'name="day" value="0"' in page
    view = client.get(f"/cases/{cid}").get_data(as_text=True)
    assert "<strong>runner</strong>" in view and "Day -2" in view
    assert "CARE checklist" in view and "4 of 13 items complete" in view
    assert "Takotsubo after a marathon: a case report" in client.get("/cases").get_data(
        as_text=True)
    # Saving an unchanged form makes no new version.
    again = client.post(f"/cases/{cid}/edit", data=_edit_form(client, cid))
    assert "no new version" in client.get(again.headers["Location"]).get_data(as_text=True)
    fresh(session)
    assert session.scalar(select(CaseReport.current_version).where(CaseReport.id == cid)) == 2


def test_bad_input_is_shown_with_the_text_kept(client, session, make_user):
    login(client, make_user())
    cid = _start(client)
    form = _edit_form(client, cid)
    form.update(discussion="My long discussion, kept.", day=["3", "x"],
                event=["Admitted on 12/03/2024", "Something"])
    refused = client.post(f"/cases/{cid}/edit", data=form)
    html = refused.get_data(as_text=True)
    assert refused.status_code == 422
    assert "calendar dates" in html and "whole number" in html
    assert "My long discussion, kept." in html and 'value="Admitted on 12/03/2024"' in html
    form = _edit_form(client, cid)
    form["patient_perspective"] = "y" * 20_001
    refused = client.post(f"/cases/{cid}/edit", data=form)
    assert refused.status_code in (413, 422)
    fresh(session)
    assert session.scalar(select(CaseReport.current_version).where(CaseReport.id == cid)) == 1
    new = client.post("/b/cardiology/cases/new", data={"csrf_token": csrf_token(client),
                                                      "title": "Seen on 3 March: a case report"})
    assert new.status_code == 422 and "Seen on 3 March" in new.get_data(as_text=True)


def _two_authors(app, make_user):
    a, b = make_user(), make_user()
    client_a, client_b = app.test_client(), app.test_client()
    login(client_a, a)
    login(client_b, b)
    cid = _start(client_a)
    client_a.post(f"/cases/{cid}/authors", data={"csrf_token": csrf_token(client_a),
                                                 "invitee": b.username,
                                                 "roles": ["investigation"]})
    invitations = client_b.get("/cases").get_data(as_text=True)
    invitation_id = re.search(r"/case-invitations/(\d+)/accept", invitations).group(1)
    accepted = client_b.post(f"/case-invitations/{invitation_id}/accept",
                             data={"csrf_token": csrf_token(client_b)})
    assert accepted.status_code == 303 and accepted.headers["Location"] == f"/cases/{cid}"
    return a, b, client_a, client_b, cid


def test_co_authors_saving_different_sections_merge(app, session, make_user):
    _a, _b, client_a, client_b, cid = _two_authors(app, make_user)
    form_a, form_b = _edit_form(client_a, cid), _edit_form(client_b, cid)
    form_a["introduction"] = "A's introduction."
    form_b["discussion"] = "B's discussion."
    assert client_a.post(f"/cases/{cid}/edit", data=form_a).status_code == 303
    merged = client_b.post(f"/cases/{cid}/edit", data=form_b)
    assert merged.status_code == 303
    assert "merged with co-authors" in client_b.get(merged.headers["Location"]).get_data(
        as_text=True)
    fresh(session)
    version = session.scalars(select(CaseVersion).where(CaseVersion.case_id == cid)
                              .order_by(CaseVersion.number.desc())).first()
    assert (version.number, version.kind, version.based_on) == (3, "merge", 1)
    assert version.sections["introduction"] == "A's introduction."
    assert version.sections["discussion"] == "B's discussion."


def test_the_same_section_shows_the_conflict_page_and_keeps_both_texts(app, session,
                                                                       make_user):
    _a, _b, client_a, client_b, cid = _two_authors(app, make_user)
    form_a, form_b = _edit_form(client_a, cid), _edit_form(client_b, cid)
    form_a.update(abstract="Shared first line.\nA's ending.", keywords="a, b")
    form_b.update(abstract="Shared first line.\nB's ending.", clinical_findings="B's exam.")
    assert client_a.post(f"/cases/{cid}/edit", data=form_a).status_code == 303
    conflict = client_b.post(f"/cases/{cid}/edit", data=form_b)
    html = conflict.get_data(as_text=True)
    assert conflict.status_code == 409
    assert "A co-author changed the same section" in html
    assert "Abstract: three-way comparison" in html
    assert "A&#39;s ending." in html and "B&#39;s ending." in html  # theirs and yours
    # B's text stays in the form; A's keywords and B's other section too; the base moved on.
    assert re.search(r'name="abstract"[^>]*>Shared first line.\nB&#39;s ending.</textarea>',
                     html)
    assert re.search(r'name="keywords"[^>]*>a, b</textarea>', html)
    assert re.search(r'name="clinical_findings"[^>]*>B&#39;s exam.</textarea>', html)
    assert 'name="base_version" value="2"' in html
    fresh(session)
    assert session.scalar(select(CaseReport.current_version).where(CaseReport.id == cid)) == 2
    # B merges by hand and saves: a plain save on version 2.
    resolved = {"csrf_token": csrf_token(client_b), "base_version": "2",
                **{k: unescape(m) for k, m in re.findall(
                    r'<textarea id="f-(\w+)" name="\w+"[^>]*>(.*?)</textarea>', html,
                    re.DOTALL)}}
    resolved["abstract"] = "Shared first line.\nA's and B's ending."
    assert client_b.post(f"/cases/{cid}/edit", data=resolved).status_code == 303
    fresh(session)
    version = session.scalars(select(CaseVersion).where(CaseVersion.case_id == cid)
                              .order_by(CaseVersion.number.desc())).first()
    assert version.number == 3 and version.kind == "save"
    assert version.sections["abstract"] == "Shared first line.\nA's and B's ending."
    assert version.sections["keywords"] == "a, b"
    assert version.sections["clinical_findings"] == "B's exam."


def test_versions_compare_and_restore(client, session, make_user):
    login(client, make_user())
    cid = _start(client, "First title")
    form = _edit_form(client, cid)
    form.update(title="Second title", abstract="Alpha\nBeta")
    client.post(f"/cases/{cid}/edit", data=form)
    listing = client.get(f"/cases/{cid}/versions").get_data(as_text=True)
    assert "Version 2" in listing and "Restore version 1" in listing
    compare = client.get(f"/cases/{cid}/versions/compare?from=1&to=2").get_data(as_text=True)
    assert "Version 1 → version 2" in compare
    assert '<span class="delete">− First title</span>' in compare
    assert '<span class="insert">+ Second title</span>' in compare
    assert client.get(f"/cases/{cid}/versions/compare?from=1&to=7").status_code == 404
    restored = client.post(f"/cases/{cid}/versions/1/restore",
                           data={"csrf_token": csrf_token(client)})
    assert restored.status_code == 303
    fresh(session)
    version = session.scalars(select(CaseVersion).where(CaseVersion.case_id == cid)
                              .order_by(CaseVersion.number.desc())).first()
    assert (version.number, version.kind) == (3, "restore")
    assert version.sections["title"] == "First title" and version.sections["abstract"] == ""


def test_authors_page_invitations_order_roles_and_consent(app, client, session, make_user):
    owner, colleague = make_user(), make_user()
    login(client, owner)
    cid = _start(client)
    token = csrf_token(client)
    refused = client.post(f"/cases/{cid}/authors", data={
        "csrf_token": token, "invitee": "nobody-here", "message": "Kept message"})
    assert refused.status_code == 422
    assert "Kept message" in refused.get_data(as_text=True)
    client.post(f"/cases/{cid}/authors", data={"csrf_token": token, "invitee": "x@example.org"})
    page = client.get(f"/cases/{cid}/authors").get_data(as_text=True)
    withdraw = re.search(r'/cases/\d+/invitations/(\d+)/withdraw', page).group(0)
    assert client.post(withdraw, data={"csrf_token": token}).status_code == 303
    assert "withdrawn" in client.get(f"/cases/{cid}/authors").get_data(as_text=True)
    # The colleague accepts, then the corresponding author reorders and sets roles.
    other = app.test_client()
    login(other, colleague)
    client.post(f"/cases/{cid}/authors", data={"csrf_token": token,
                                               "invitee": colleague.email.upper()})
    inv = re.search(r"/case-invitations/(\d+)/accept", other.get("/cases").get_data(
        as_text=True)).group(1)
    other.post(f"/case-invitations/{inv}/accept", data={"csrf_token": csrf_token(other)})
    bad = client.post(f"/cases/{cid}/authors/order", data={
        "csrf_token": token, f"position-{owner.username}": "x",
        f"position-{colleague.username}": "1"})
    assert bad.status_code == 422
    client.post(f"/cases/{cid}/authors/order", data={
        "csrf_token": token, f"position-{owner.username}": "2",
        f"position-{colleague.username}": "1"})
    client.post(f"/cases/{cid}/authors/{colleague.username}/roles", data={
        "csrf_token": token, "roles": ["supervision", "investigation"]})
    view = client.get(f"/cases/{cid}").get_data(as_text=True)
    view = view[view.index('id="authors-h"'):]
    assert view.index(colleague.display_name) < view.index(owner.display_name)
    assert "Investigation, Supervision" in view
    # The co-author cannot manage authors.
    assert other.post(f"/cases/{cid}/authors/order", data={
        "csrf_token": csrf_token(other), f"position-{owner.username}": "1",
        f"position-{colleague.username}": "2"}).status_code == 403
    assert other.post(f"/cases/{cid}/authors/{owner.username}/remove",
                      data={"csrf_token": csrf_token(other)}).status_code == 403
    assert 'name="invitee"' not in other.get(f"/cases/{cid}/authors").get_data(as_text=True)
    # Consent: a waiver needs its reference; the input is kept.
    waived = client.post(f"/cases/{cid}/consent", data={
        "csrf_token": token, "consent": "waived", "reference": ""})
    assert waived.status_code == 422 and "ethics board" in waived.get_data(as_text=True)
    ok = client.post(f"/cases/{cid}/consent", data={
        "csrf_token": token, "consent": "obtained", "reference": ""})
    assert ok.status_code == 303
    assert "Attested:" in client.get(f"/cases/{cid}").get_data(as_text=True)
    # Handing on the corresponding role, then the former one leaves.
    client.post(f"/cases/{cid}/authors/{colleague.username}/corresponding",
                data={"csrf_token": token})
    left = client.post(f"/cases/{cid}/authors/{owner.username}/remove",
                       data={"csrf_token": token})
    assert left.status_code == 303 and left.headers["Location"] == "/cases"
    assert client.get(f"/cases/{cid}").status_code == 404


def test_permissions_on_pages(app, client, make_user):
    owner, stranger, editor = make_user(), make_user(), make_user("editor")
    login(client, owner)
    cid = _start(client)
    outsider = app.test_client()
    login(outsider, stranger)
    for url in (f"/cases/{cid}", f"/cases/{cid}/edit", f"/cases/{cid}/versions",
                f"/cases/{cid}/authors", f"/cases/{cid}/images",
                f"/cases/{cid}/versions/compare?from=1&to=1"):
        assert outsider.get(url).status_code == 404, url
    assert outsider.post(f"/cases/{cid}/edit", data={
        "csrf_token": csrf_token(outsider), "base_version": "1",
        "abstract": "x"}).status_code == 404
    reader = app.test_client()
    login(reader, editor)
    assert reader.get(f"/cases/{cid}").status_code == 200
    assert reader.get(f"/cases/{cid}/edit").status_code == 403
    assert app.test_client().get(f"/cases/{cid}").status_code == 302  # sign in first


def test_pages_are_labelled_and_have_no_inline_script_or_style(app, client, make_user):
    owner = make_user()
    login(client, owner)
    cid = _start(client)
    for url in ("/cases", "/b/cardiology/cases/new", f"/cases/{cid}", f"/cases/{cid}/edit",
                f"/cases/{cid}/versions", f"/cases/{cid}/versions/compare?from=1&to=1",
                f"/cases/{cid}/authors", f"/cases/{cid}/images"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Content-Security-Policy" in response.headers
        elements = _elements(response.get_data(as_text=True))
        labelled = {a.get("for") for tag, a in elements if tag == "label"}
        for tag, attrs in elements:
            assert "style" not in attrs and tag != "style", (url, tag)
            if tag == "script":
                assert attrs.get("src"), url
            if tag in ("input", "select", "textarea") and attrs.get("type") != "hidden":
                assert attrs.get("id") in labelled or attrs.get("aria-label"), (url, attrs)
        assert {"header", "nav", "main", "footer", "h1"} <= {t for t, _ in elements}, url
    # The Socket.IO client is a script of the editor page only; elsewhere notify.js may load
    # it later, for the live notification badge.
    read = client.get(f"/cases/{cid}").get_data(as_text=True)
    assert not re.search(r'<script[^>]+socket\.io\.min\.js', read)
    script = client.get("/static/js/socket.io.min.js")
    assert script.status_code == 200 and b"Socket.IO v4.8.4" in script.get_data()


def test_the_editor_shows_de_identification_findings_after_a_save(client, make_user):
    import pytest

    pytest.importorskip("community.cases.deid.service", reason="the PHI scanner is not installed")
    login(client, make_user())
    cid = _start(client)
    form = _edit_form(client, cid)
    form["patient_information"] = "Reachable at jane.roe@example.com."
    saved = client.post(f"/cases/{cid}/edit", data=form)
    html = client.get(saved.headers["Location"]).get_data(as_text=True)
    assert "1 possible identifier found" in html
    assert "<mark>jane.roe@example.com</mark>" in html
    assert 'href="#f-patient_information">Patient information</a>' in html

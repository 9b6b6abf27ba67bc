"""Citations of a published write-up: the text (authors "Surname Initials" in order), BibTeX
and RIS downloads with their content types, file names and escaping, stable version URLs,
the read-only published write-up, and corrections."""
from __future__ import annotations

from community.cases.publication.service import name_parts
from tests.support import review as support
from tests.support.api import ApiClient

API = "/api/v1"
TRICKY = r"Thyroid storm & 50% {braces} under_score #1 $x ~y ^z \back: a case report"


def test_names_become_surname_and_initials():
    assert name_parts("Dr Ana María López") == ("López", "AM")
    assert name_parts("Prof. Jean-Luc Picard MD") == ("Picard", "JL")
    assert name_parts("Cher") == ("Cher", "")


def _published(session, make_user, title: str = TRICKY):
    team = support.make_team(make_user)
    sections = {**support.SECTIONS, "title": title}
    case_id = support.make_case(session, team.author, (team.coauthor, team.corresponding),
                                corresponding=team.corresponding, sections=sections)
    for user, role in ((team.author, "case_coauthor"), (team.coauthor, "case_coauthor"),
                       (team.corresponding, "case_author"), (team.editor, "editor")):
        support.clear(session, user, role, case_id, team.moderator)
    from community.cases.review import service as review
    from community.cases.review.models import ReviewAssignment
    from community.platform.db import commit

    review.submit(session, support.fresh(session, team.corresponding),
                  support.get_case(session, case_id))
    commit(session)
    review.screen(session, support.fresh(session, team.editor),
                  support.get_case(session, case_id), {"action": "send_to_review"})
    commit(session)
    support.clear(session, team.reviewer, "case_reviewer", case_id, team.moderator)
    a = review.invite_reviewer(session, support.fresh(session, team.editor),
                               support.get_case(session, case_id),
                               {"username": team.reviewer.username, "due_on": support.due()})
    commit(session)
    review.respond(session, support.fresh(session, team.reviewer), a,
                   {"accept": True, "competing_interests": False})
    commit(session)
    review.submit_review(session, support.fresh(session, team.reviewer),
                         session.get(ReviewAssignment, a.id), support.GOOD_REVIEW)
    commit(session)
    review.decide(session, support.fresh(session, team.editor),
                  support.get_case(session, case_id), {"decision": "accept", "letter": "Yes."})
    commit(session)
    review.publish(session, support.fresh(session, team.editor),
                   support.get_case(session, case_id))
    commit(session)
    return team, case_id


def test_bibtex_and_ris_downloads_escape_what_they_must(app, session, make_user):
    _team, case_id = _published(session, make_user)
    client = app.test_client()
    bib = client.get(f"/cases/{case_id}/v2/citation.bib")
    assert bib.status_code == 200 and bib.mimetype == "application/x-bibtex"
    assert bib.headers["Content-Disposition"] == \
        f'attachment; filename="rounds-case-{case_id}-v2.bib"'
    text = bib.get_data(as_text=True)
    assert text.startswith(f"@article{{rounds-case-{case_id}-v2,")
    assert (r"title = {{Thyroid storm \& 50\% \{braces\} under\_score \#1 \$x "
            r"\textasciitilde{}y \textasciicircum{}z \textbackslash{}back: a case report}}"
            in text)
    assert "journal = {Rounds Case Reports}" in text and "note = {Version 2}" in text
    assert text.count("{") == text.count("}")
    ris = client.get(f"/cases/{case_id}/v2/citation.ris")
    assert ris.mimetype == "application/x-research-info-systems"
    assert ris.headers["Content-Disposition"].endswith(f'rounds-case-{case_id}-v2.ris"')
    lines = ris.get_data(as_text=True).split("\r\n")
    assert lines[0] == "TY  - JOUR" and lines[-2] == "ER  - "
    assert [line for line in lines if line.startswith("AU  - ")] == [
        "AU  - Lopez, A.", "AU  - Brennan, C.", "AU  - Vance, C."]
    assert f"TI  - {TRICKY}" in lines and "ET  - Version 2" in lines
    assert all(len(line) == 0 or line[2:6] == "  - " for line in lines)
    # Unpublished or unknown versions have no citation.
    assert client.get(f"/cases/{case_id}/v1/citation.bib").status_code == 404
    assert client.get(f"/cases/{case_id}/v9/citation.ris").status_code == 404


def test_the_published_write_up_is_read_only_and_versions_are_stable(app, session, make_user,
                                                                     token_for):
    team, case_id = _published(session, make_user,
                               "Line one case report\nsecond line <b>bold</b>")
    api = ApiClient(app, app.test_client())
    token = token_for(team.corresponding)
    # Authoring refuses saves once published (not an editable state).
    saved = app.test_client().patch(f"{API}/cases/{case_id}",
                                    headers={"Authorization": f"Bearer {token}"},
                                    json={"base_version": 2, "sections": {"discussion": "x"}})
    assert saved.status_code == 403
    # Corrections: bad input is refused, a good one is a new version with its note.
    url = f"{API}/cases/{case_id}/corrections"
    for bad in ({"sections": {"nonsense": "x"}, "note": "n"},
                {"sections": {"discussion": "x" * 20_001}, "note": "n"},
                {"sections": {"discussion": support.SECTIONS["discussion"]}, "note": "n"},
                {"sections": {"discussion": "Changed."}, "note": ""}):
        api.post(url, token=token, json=bad, expect=422)
    api.post(url, token=token_for(team.coauthor), json={"sections": {"discussion": "C."},
                                                        "note": "n"}, expect=403)
    body = api.post(url, token=token_for(team.editor),
                    json={"sections": {"discussion": "Changed."}, "note": "Typo fixed."},
                    expect=201).get_json()
    assert body["version"]["kind"] == "correction" and body["corrections"] == [
        {**body["corrections"][0], "version": 3, "note": "Typo fixed."}]
    old = api.get(f"{API}/cases/{case_id}/publication/2", expect=200).get_json()
    assert old["title"] == "Line one case report" and old["latest_version"] == 3
    assert api.get(f"{API}/cases/{case_id}/publication/1", expect=404)
    cite = api.get(f"{API}/cases/{case_id}/citation?version=2", expect=200).get_json()
    assert cite["text"].startswith("Lopez A, Brennan C, Vance C. Line one case report. "
                                   "Rounds Case Reports. ")
    assert "; version 2. http" in cite["text"]
    api.get(f"{API}/cases/{case_id}/citation?version=abc", expect=422)
    page = app.test_client().get(f"/cases/{case_id}/v2").get_data(as_text=True)
    assert "version 3 is the latest" in page and "<b>bold</b>" not in page

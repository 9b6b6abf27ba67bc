"""Case write-ups and their peer review in the reader's language (issue 17): the authoring,
de-identification, review and publication pages in Spanish and Arabic (a member's preference,
or a visitor's Accept-Language) and in pt-BR and French; `<html lang>` names it, Arabic is right to
left, no English sentence of these templates is left, the CARE items and the HIPAA Safe
Harbor categories keep their official names beside the local term, and what reaches a member
outside the page (a notice, a mail) is in that member's language. The write-up's own text is
the authors' and is never translated."""
from __future__ import annotations

import re

from sqlalchemy import select

from community.mail.models import MailMessage
from community.platform.accounts.models import User
from community.platform.db import commit
from tests.support import deid as deid_support
from tests.support import review as support
from tests.support.web import login


def _lang(html: str) -> tuple[str, str]:
    match = re.search(r'<html lang="([^"]+)" dir="(ltr|rtl)">', html)
    assert match, html[:200]
    return match.group(1), match.group(2)


def _page(client, url: str, language: str | None = None) -> str:
    """The page, the browser asking for `language` (a member's own preference wins)."""
    headers = {"Accept-Language": language} if language else {}
    response = client.get(url, headers=headers)
    assert response.status_code == 200, (url, response.status_code)
    return response.get_data(as_text=True)


def _prefer(session, user: User, language: str) -> None:
    session.get(User, user.id).language = language
    commit(session)


# English sentences of these templates that must not survive in another language.
ENGLISH = ("Double-anonymous review: you do not see the authors",
           "Competing-interests statement", "Letter to the authors", "Editor's dashboard",
           "Invite a reviewer", "Record the screening decision", "Your review", "History",
           "CARE checklist", "Patient consent", "Not attested yet", "De-identification check",
           "Cite this write-up", "Versions and corrections", "Compare two versions",
           "Save a new version", "Edit the write-up", "Timeline events (relative days",
           "Authors in order", "Invite a co-author", "No images yet.",
           "The scanner looks for the identifiers", "Mark as not identifying")


def _no_english(html: str, url: str) -> None:
    for sentence in ENGLISH:
        assert sentence not in html, (url, sentence)


def test_the_review_pages_in_spanish_and_arabic(app, session, make_user):
    team = support.make_team(make_user)
    case_id, mine, _other = support.reviewed(session, team)
    pages = {team.editor: [("/editor", "Panel del editor", "لوحة المحرر"),
                           (f"/editor/cases/{case_id}", "Invitar a un revisor", "دعوة مراجع")],
             team.reviewer: [("/reviews", "Invitaciones a revisar", "دعوات المراجعة"),
                             (f"/reviews/{mine}", "Revisión doble anónima (doble ciego)",
                              "مراجعة مزدوجة التعمية")],
             team.corresponding: [(f"/cases/{case_id}/review", "Historial", "السجل")]}
    for language, which, direction in (("es", 1, "ltr"), ("ar", 2, "rtl")):
        for user, urls in pages.items():
            _prefer(session, user, language)
            client = app.test_client()
            login(client, user)
            for url, *expected in urls:
                html = _page(client, url)
                assert _lang(html) == (language, direction), url
                assert expected[which - 1] in html, (url, language)
                _no_english(html, url)
    # The editor's submission page names the CARE items with the guidelines' own terms, and
    # the authors' text stays as they wrote it.
    client = app.test_client()
    login(client, team.editor)
    html = _page(client, f"/editor/cases/{case_id}")
    assert "التسلسل الزمني (Timeline)" in html and "طلب تعديلات" in html
    _prefer(session, team.editor, "es")
    html = _page(client, f"/editor/cases/{case_id}")
    assert "Cronología" in html and "Hallazgos clínicos" in html
    assert "Solicitar revisiones" in html and "Rechazar" in html
    assert support.SECTIONS["abstract"][:40] in html


def test_a_members_own_language_wins_and_reaches_their_notice_and_mail(app, session,
                                                                      make_user):
    team = support.make_team(make_user)
    _prefer(session, team.reviewer, "pt-BR")
    _prefer(session, team.other_reviewer, "fr")
    _case_id, mine, other = support.with_reviewers(session, team)
    client = app.test_client()
    login(client, team.reviewer)
    html = _page(client, f"/reviews/{mine}", "en")  # the preference beats the browser
    assert _lang(html) == ("pt-BR", "ltr")
    assert "Revisão duplo-cega" in html and "Sua revisão" in html
    _no_english(html, "reviewer pt-BR")
    subjects = {m.to_address: m.subject for m in session.scalars(
        select(MailMessage).where(MailMessage.kind == "review_invitation"))}
    assert subjects[team.other_reviewer.email].startswith("Invitation à évaluer « ")
    assert subjects[team.reviewer.email].startswith("Convite para revisar “")
    client = app.test_client()
    login(client, team.other_reviewer)
    html = _page(client, f"/reviews/{other}")
    assert _lang(html) == ("fr", "ltr") and "Évaluation en double anonymat" in html


def test_the_authoring_and_findings_pages_in_another_language(app, session, make_user):
    author = make_user(username="auth_lang", display_name="Noor Haddad")
    _prefer(session, author, "fr")
    case_id = deid_support.make_case(session, author)
    client = app.test_client()
    login(client, author)
    for url, french in ((f"/cases/{case_id}", "Liste de contrôle CARE"),
                        (f"/cases/{case_id}/edit", "Enregistrer une nouvelle version"),
                        (f"/cases/{case_id}/versions", "Versions"),
                        (f"/cases/{case_id}/authors", "Inviter un coauteur"),
                        (f"/cases/{case_id}/images", "Pas encore d’images."),
                        (f"/cases/{case_id}/phi", "Contrôle de désidentification")):
        html = _page(client, url)
        assert _lang(html) == ("fr", "ltr"), url
        assert french in html, url
        _no_english(html, url)
    html = _page(client, f"/cases/{case_id}")
    assert "Le patient (ou son tuteur) a donné son consentement éclairé" in html
    assert "The patient (or guardian) gave informed consent" not in html
    html = _page(client, f"/cases/{case_id}/phi")
    # The Safe Harbor categories in French (the scanner's labels, community.platform.phi).
    assert "<strong>Numéro de téléphone" in html and "<strong>Telephone number" not in html
    # The write-up's own words are the author's, never translated.
    assert "Cushing syndrome was excluded." in html
    # Arabic for a visitor's browser, on the same member's pages once they prefer it.
    _prefer(session, author, "ar")
    html = _page(client, f"/cases/{case_id}")
    assert _lang(html) == ("ar", "rtl")
    assert "قائمة التحقق CARE" in html and "المقدمة (Introduction)" in html
    _no_english(html, "ar view")


def test_the_published_write_up_for_a_spanish_reader(app, session, make_user):
    team = support.make_team(make_user)
    case_id = support.published(session, team)
    html = _page(app.test_client(), f"/cases/{case_id}", "es")
    assert _lang(html) == ("es", "ltr")
    assert "Citar este informe de caso" in html and "Versiones y correcciones" in html
    assert "(autor de correspondencia)" in html
    _no_english(html, "published es")

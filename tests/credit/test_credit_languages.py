"""Credit in the reader's language (issue 17): the learner's pages in Spanish and Arabic by the
browser's Accept-Language, and in the member's own preference (Portuguese, French) over it;
credit amounts per locale ("1,5"); the designation statement and "AMA PRA Category 1
Credit™" kept in the accreditor's English wording with a translation beside them; the
certificate PDF in the learner's language (Arabic shaped by HarfBuzz), and the signed JSON
always English."""
from __future__ import annotations

import io
import json
import re

import pytest
from pypdf import PdfReader

from tests.support.credit import activity, claim
from tests.support.web import login

TITLE = "Journal club: SGLT2 inhibitors in heart failure"
STATEMENT = ("The accredited provider designates this activity for a maximum of 1.5 AMA PRA "
             "Category 1 Credit(s)™.")


@pytest.fixture
def claimed(session, make_user):
    def make(language: str = ""):  # "": no preference of their own, the browser's counts
        learner = make_user(credentials="MD", language=language)
        row = activity(session, title=TITLE, max_credits=1.5)
        return learner, row, claim(session, learner, row, credits=1.25)
    return make


def _get(client, url: str, language: str | None = None) -> str:
    headers = {"Accept-Language": language} if language else {}
    response = client.get(url, headers=headers)
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    return " ".join(response.get_data(as_text=True).split())


def test_the_dashboard_and_activity_in_spanish(app, client, claimed):
    learner, row, _claim = claimed()
    login(client, learner)
    page = _get(client, "/credit", "es-MX,es;q=0.9")
    assert '<html lang="es" dir="ltr">' in page
    for shown in ("Mis créditos", "Totales por año", "Solicitudes y certificados",
                  "1,25 créditos", "Expediente de créditos"):
        assert shown in page, shown
    for english in ("Totals by year", "Claims and certificates", "No claims yet",
                    "Download PDF", "Credit by month"):
        assert english not in page, english
    activity_page = _get(client, f"/credit/activities/{row.id}", "es")
    assert "Hasta 1,5 créditos" in activity_page
    assert "Objetivos de aprendizaje" in activity_page and "Learning objectives" not in activity_page
    assert "Créditos solicitados" in activity_page


def test_the_certificate_in_arabic_keeps_the_official_statement_in_english(
        app, client, claimed):
    learner, _row, row = claimed()
    login(client, learner)
    page = _get(client, f"/credit/claims/{row.id}/certificate", "ar")
    assert '<html lang="ar" dir="rtl">' in page
    assert "تشهد هذه بأن" in page and "This certifies that" not in page
    assert "and was awarded" not in page and "Download the PDF" not in page
    # The accreditor's wording, marked as English, and a translation beside it.
    assert f'<p class="official-statement certificate-statement" lang="en" dir="ltr">{STATEMENT}' in page
    assert "ترجمة للعلم فقط" in page and "AMA PRA Category 1 Credit(s)™" in page
    assert "AMA PRA Category 1 Credit™" in page  # the credit's name is never translated


def test_the_members_preference_wins_over_the_browser(app, client, claimed):
    learner, row, _claim = claimed("pt-BR")
    login(client, learner)
    page = _get(client, f"/credit/activities/{row.id}", "fr")
    assert '<html lang="pt-BR"' in page
    assert "Objetivos de aprendizagem" in page and "Objectifs" not in page
    assert "Learning objectives" not in page and "Outcomes targeted" not in page
    assert STATEMENT in page  # the designation statement stays the accreditor's English


def test_the_pdf_is_in_the_learners_language_and_the_json_in_english(app, client, claimed):
    learner, _row, row = claimed("fr")
    login(client, learner)
    response = client.get(f"/credit/claims/{row.id}/certificate.pdf")
    assert response.status_code == 200
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(
        io.BytesIO(response.data)).pages).split())
    assert "Certificat" in text and "Certifie que" in text and "This certifies that" not in text
    assert "1,25 AMA PRA Category 1 Credit™" in text
    assert "designates this activity for a maximum of 1.5 AMA PRA" in text  # official English
    assert "Traduction" in text
    document = json.loads(client.get(f"/credit/claims/{row.id}/certificate.json").data)
    assert "completed" in document["description"] and "Online" not in document["description"]
    assert document["credentialSubject"]["achievement"]["description"].startswith(
        "The accredited provider designates")


def test_an_arabic_readers_pdf_prints_in_arabic_with_the_official_words_kept(
        app, client, claimed):
    learner, _row, row = claimed("ar")
    login(client, learner)
    response = client.get(f"/credit/claims/{row.id}/certificate.pdf")
    assert response.status_code == 200
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(
        io.BytesIO(response.data)).pages).split())
    # Shaped Arabic (letters or their joined presentation forms), no English sentence left
    # but the accreditor's own words.
    assert re.search("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]", text), text[:300]
    assert "This certifies that" not in text and "AMA PRA Category 1 Credit" in text
    # The footer is mirrored: its lines end at the right margin, the QR code at the left.
    assert _x_of(response.data, row.code) > 842 / 2
    transcript = client.get("/credit/transcript.pdf", headers={"Accept-Language": "ar"})
    assert transcript.status_code == 200 and transcript.data.startswith(b"%PDF")
    # (in English it starts at the left margin)
    english_learner, _row, english_row = claimed("en")
    login(client, english_learner)
    english = client.get(f"/credit/claims/{english_row.id}/certificate.pdf")
    assert _x_of(english.data, english_row.code) < 842 / 4


def test_verification_and_refusals_in_french(app, client, claimed):
    _learner, _row, row = claimed()
    page = _get(client, f"/credit/verify/{row.code}", "fr")
    assert "Certificat valide" in page and "Valid certificate" not in page
    assert "1,25" in page
    missing = client.get("/credit/verify/ABCD-EFGH-JKLM", headers={"Accept-Language": "fr"})
    assert "Aucun certificat ne porte ce code" in missing.get_data(as_text=True)


def _x_of(pdf: bytes, needle: str) -> float:
    """Where (points from the page's left edge) the first text run holding `needle` starts."""
    found: list[float] = []

    def visit(text, _cm, tm, _font, _size):
        if needle in text and not found:
            found.append(tm[4])
    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    assert found, f"{needle} is not on the page"
    return found[0]

"""Moderation in the reader's language (issue 17): the review queue, an item, the audit log,
disclosures, trust and flags are shown in the member's preferred language (or, for a
language Rounds does not ship, the browser's), with `<html lang>` saying which, dates and
ages per locale, and none of the area's English left on the page. Codes stay codes: the
audit log's CSV and the API keep them."""
from __future__ import annotations

import re

import pytest

from community.platform.accounts.models import User
from community.platform.db import commit
from moderation.audit import service as audit
from moderation.queue.models import QueueItem
from tests.support.english import EnglishFinder, MemberText, area_of_msgid, english_on_page
from tests.support.queue import board_item, signed_in, verification_item

# What the tests' members wrote (board names, the queued post, a verification request).
MEMBERS = MemberText(["Cardiology", "Neurology", "Fever and a new murmur: start antibiotics?",
                      "General Medical Council", "GMC 7654321", "Registered since 2011.",
                      "Covers nights", "cardiology"])


def _lang(html: str) -> tuple[str, str]:
    match = re.search(r'<html lang="([^"]+)" dir="(ltr|rtl)">', html)
    assert match, html[:200]
    return match.group(1), match.group(2)


def _moderation_english(html: str, locale: str) -> list[tuple[str, str]]:
    """The moderation area's own English left on a page (member text aside)."""
    finder = EnglishFinder.for_locale(locale, area_of_msgid())
    found = english_on_page(html, finder, MEMBERS)[1]
    return [(words, piece) for words, area, piece in found if area == "moderation"]


def test_the_queue_and_an_item_in_spanish_for_a_moderator_who_prefers_it(app, session,
                                                                          make_user):
    verification_item(session, make_user(username="amara"))
    board_item(session, make_user(username="bruno"), "cardiology")
    client = signed_in(app, make_user("moderator", language="es"))
    html = client.get("/moderation").get_data(as_text=True)
    assert _lang(html) == ("es", "ltr")
    assert "Cola de revisión" in html and "Miembro por verificar" in html
    assert "2 elementos, los más antiguos primero." in html and "ahora mismo" in html
    # The summary is said from the item's data in Spanish; the member's words stay theirs.
    assert "amara" in html and "solicita la verificación" in html
    for english in ("Review queue", "oldest first", "Member to verify", "All kinds",
                    "just now", "Claimed by"):
        assert english not in html
    assert _moderation_english(html, "es") == []

    item_id = session.query(QueueItem.id).filter_by(kind="user_verification").scalar()
    page = client.get(f"/moderation/items/{item_id}").get_data(as_text=True)
    assert "Actuar" in page and "Verificar la titulación" in page and "Historial" in page
    assert "En cola" in page  # the history's "enqueued", by its label
    for english in ("Act on it", "History", "Verify credentials", "In the queue since"):
        assert english not in page
    assert _moderation_english(page, "es") == []


def test_an_item_in_arabic_is_right_to_left_with_arabic_labels(app, session, make_user):
    item_id = verification_item(session, make_user(username="chen"))
    client = signed_in(app, make_user("moderator", language="ar"))
    page = client.get(f"/moderation/items/{item_id}").get_data(as_text=True)
    assert _lang(page) == ("ar", "rtl")
    assert "قائمة المراجعة" in page and "عضو للتحقق" in page and "الجهة المُصدِرة" in page
    for english in ("Review queue", "Member to verify", "Issuing body", "Ignore"):
        assert english not in page
    assert _moderation_english(page, "ar") == []


def test_a_member_on_an_unshipped_language_gets_the_browsers(app, session, make_user):
    """Accept-Language decides when the member's own language is not one Rounds ships."""
    verification_item(session, make_user(username="dana"))
    client = signed_in(app, make_user("moderator", language="ja"))
    spanish = client.get("/moderation", headers={"Accept-Language": "es"}).get_data(
        as_text=True)
    assert _lang(spanish) == ("es", "ltr") and "Cola de revisión" in spanish
    arabic = client.get("/moderation", headers={"Accept-Language": "ar"}).get_data(
        as_text=True)
    assert _lang(arabic) == ("ar", "rtl") and "قائمة المراجعة" in arabic
    assert "Review queue" not in spanish and "Review queue" not in arabic


def test_disclosures_in_brazilian_portuguese_and_french(app, session, make_user):
    pt = signed_in(app, make_user(language="pt-BR"))
    mine = pt.get("/disclosures").get_data(as_text=True)
    assert _lang(mine) == ("pt-BR", "ltr")
    assert "Suas declarações de conflito de interesses" in mine
    # ACCME's own terms keep their English beside the translation.
    assert "empresas inelegíveis (“ineligible companies”)" in mine
    assert "Your conflict-of-interest disclosures" not in mine
    assert _moderation_english(mine, "pt_BR") == []

    fr = signed_in(app, make_user(language="fr"))
    form = fr.get("/disclosures/new").get_data(as_text=True)
    assert _lang(form) == ("fr", "ltr")
    assert "Déclaration de liens d’intérêts" in form and "Nature de la relation" in form
    assert "Salarié" in form and "Conseiller" in form  # the natures of a relationship
    for english in ("Conflict-of-interest disclosure", "Nature of the relationship",
                    "Employee", "File disclosure"):
        assert english not in form
    assert _moderation_english(form, "fr") == []


def test_the_audit_log_names_actions_in_the_language_and_keeps_codes(app, session,
                                                                      make_user):
    admin = make_user("admin", language="es")
    mod = make_user("moderator", username="vera")
    audit.record(session, session.get(User, mod.id), "board.moderator.appoint",
                 subject_type="user", subject_id=mod.id, reason="Covers nights",
                 before={"moderator": False}, after={"moderator": True})
    commit(session)
    client = signed_in(app, admin)
    html = client.get("/moderation/audit").get_data(as_text=True)
    assert "Registro de auditoría" in html and "Moderador del foro nombrado" in html
    assert "<code class=\"meta\">board.moderator.appoint</code>" in html  # the code, too
    assert "1 entrada." in html and "Miembro" in html
    assert "Audit log" not in html and "Board moderator appointed" not in html
    csv = client.get("/moderation/audit.csv").get_data(as_text=True)
    assert "board.moderator.appoint" in csv and "Moderador del foro" not in csv


@pytest.mark.parametrize(("language", "expected"), [
    ("es", "Nivel de confianza"), ("fr", "Niveau de confiance"), ("ar", "مستوى الثقة"),
    ("pt-BR", "Nível de confiança")])
def test_a_members_standing_in_their_language(app, make_user, language, expected):
    member = make_user(language=language, username=f"m{language.replace('-', '')}")
    html = signed_in(app, member).get(f"/moderation/members/{member.username}").get_data(
        as_text=True)
    assert expected in html and "Trust level" not in html and "You need for level" not in html

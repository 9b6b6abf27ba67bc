"""Which language a page is shown in (issue 17): the member's preferred language when Rounds
ships it, else the visitor's choice from the footer, else Accept-Language, else English;
`<html lang>` always names the language shown, Arabic is right-to-left, a cached page is
never served in another reader's language, and the catalogues are complete."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from community.platform import catalogues
from community.platform.accounts.models import User
from community.platform.i18n import SHIPPED
from tests.support.web import login


def _shown(response) -> tuple[str, str]:
    html = response.get_data(as_text=True)
    match = re.search(r'<html lang="([^"]+)" dir="(ltr|rtl)">', html)
    assert match, html[:200]
    return match.group(1), match.group(2)


@pytest.mark.parametrize(("header", "lang"), [
    (None, "en"), ("es-MX,es;q=0.9,en;q=0.5", "es"), ("pt-BR", "pt-BR"), ("pt-PT,pt", "pt-BR"),
    ("fr-CA", "fr"), ("ja,en;q=0.3", "en"), ("ja", "en"), ("de,ar;q=0.8", "ar"),
])
def test_a_visitor_sees_the_best_language_their_browser_asks_for(client, header, lang):
    headers = {"Accept-Language": header} if header else {}
    page = client.get("/", headers=headers)
    assert page.status_code == 200
    assert _shown(page) == (lang, "rtl" if lang == "ar" else "ltr")
    assert "Accept-Language" in page.headers.get("Vary", "")


def test_the_footer_switch_wins_over_the_browser_for_a_visitor(client):
    page = client.get("/", headers={"Accept-Language": "es"}).get_data(as_text=True)
    assert 'hreflang="fr" lang="fr"' in page and ">Français<" in page
    chosen = client.get("/language/fr?next=/sessions")
    assert chosen.status_code == 303 and chosen.headers["Location"].endswith("/sessions")
    assert "rounds_lang=fr" in chosen.headers["Set-Cookie"]
    assert _shown(client.get("/sessions", headers={"Accept-Language": "es"}))[0] == "fr"
    # Nowhere else to go: an unknown language changes nothing, another site is refused.
    assert "Set-Cookie" not in client.get("/language/xx").headers
    assert client.get("/language/es?next=//evil.example").headers["Location"] == "/"


def test_a_members_preference_wins_and_an_unshipped_one_falls_back(client, session,
                                                                    make_user):
    member = make_user()
    login(client, member)
    for preference, shown in (("pt-BR", "pt-BR"), ("ar", "ar"), ("fr", "fr"), ("es", "es"),
                              ("ja", "es"), ("en-GB", "en")):
        session.execute(select(User).where(User.id == member.id)).scalar_one().language = \
            preference
        session.commit()
        # "ja" is not shipped: the browser's language decides, then English.
        page = client.get("/account", headers={"Accept-Language": "es"})
        assert _shown(page)[0] == shown, preference


def test_a_cached_public_page_is_not_served_in_another_language(client):
    first = client.get("/sessions", headers={"Accept-Language": "es"})
    again = client.get("/sessions", headers={"Accept-Language": "ar"})
    english = client.get("/sessions")
    assert (_shown(first)[0], _shown(again)[0], _shown(english)[0]) == ("es", "ar", "en")
    assert first.headers.get("ETag") != again.headers.get("ETag") != english.headers.get("ETag")


def test_every_shipped_language_has_its_catalogue():
    assert set(SHIPPED) == {"en", "es", "pt_BR", "fr", "ar"}
    for area in catalogues.AREAS:
        for locale in catalogues.TRANSLATED:
            assert catalogues.po_path(area, locale).exists(), (area, locale)


def test_every_string_is_marked_and_translated():
    """What CI's `rounds i18n check` checks, in the test command too: no untranslated or
    fuzzy message in a shipped language, no text left unmarked in code or templates."""
    problems = catalogues.check()
    assert not problems, "\n".join(map(str, problems[:60])) + f"\n… {len(problems)} in all"

"""Every page in every shipped language, without English (issue 17).

The crawl of tests/pages/test_browser_pages.py (every GET page of the URL map, its
parameters filled from the demo's objects), over HTTP: each page as a visitor (by
Accept-Language), a member and a moderator (by their preferred language), and, for a page
none of them opens, as the first of the other demo roles that does. On a page shown in
Spanish, Brazilian Portuguese, French or Arabic, the readable text (text, <title>,
aria-label, title, placeholder, alt) outside what members wrote must hold no common English
function word and no English of the interface (a msgid the language translates otherwise):
tests/support/english.py. Failures are listed by language and area: each untranslated
message shown, each English text no catalogue holds, with the pages they are on.

The same crawl weighs every page in each language (issue 17: a page in another language
carries its translations): its HTML and the stylesheets and scripts it loads (the Socket.IO
client a member's page loads for the live badge included), each gzip-compressed as the
server sends them, at most 60 KB (`MAX_PAGE_GZIP_BYTES`, as the browser crawl weighs the
English pages); the heaviest page of each language is printed."""
from __future__ import annotations

import gzip
import re
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from community import demo
from community.demo import DEMO_PASSWORD, seed_demo
from community.platform.accounts.models import User
from community.platform.db import commit
from community.platform.i18n import SHIPPED, force_locale, gettext
from community.platform.spaces import specialties
from moderation.disclosures import seed as company_seed
from tests.pages.test_browser_pages import MAX_PAGE_GZIP_BYTES, ROLES, _targets, _values
from tests.support.english import EnglishFinder, MemberText, area_of_msgid, english_on_page
from tests.support.web import login

LANGUAGES = ("es", "pt_BR", "fr", "ar")
# What members wrote in the demo, and records typed as data: the default boards' names and
# descriptions, the companies' (a moderator edits them; they are not interface text).
DEMO_SOURCES = (*Path(demo.__file__).parent.glob("*.py"), Path(specialties.__file__),
                Path(company_seed.__file__))
FRESH_TITLE = "Started for the page check"  # the write-up `_values` starts
VISITOR, MEMBER, MODERATOR = "", "clinician@rounds.example", "moderator@rounds.example"
CRAWLERS = (VISITOR, MEMBER, MODERATOR)
# The area whose templates a page's endpoint renders (its blueprint's name), for the report.
BLUEPRINT_AREAS = {
    "accounts": "accounts", "two_factor": "accounts", "privacy": "accounts",
    "verification": "accounts", "mail": "mail", "notifications": "notifications",
    "search": "search", "boards": "boards", "cases": "cases", "deid": "cases",
    "case_publication": "review", "case_review": "review", "credit": "credit",
    "credit_reports": "credit", "credit_certificates": "credit", "sessions": "sessions",
    "session_content": "sessions", "room": "room", "room_reports": "room",
    "queue": "moderation", "audit": "moderation", "flags": "moderation",
    "trust": "moderation", "disclosures": "moderation", "board_moderators": "moderation",
}


# What a page loads: its stylesheets and scripts (the Socket.IO client by data-socketio).
ASSETS = re.compile(r'(?:<link rel="stylesheet" href|<script src|data-socketio)="(/static/[^"]+)"')
_GZIPPED: dict[str, int] = {}  # a static file's compressed size, by URL (they are versioned)


def _weight(client, html: bytes) -> int:
    """The page's HTML and the stylesheets and scripts it loads, gzip-compressed."""
    total = len(gzip.compress(html, 6))
    for url in set(ASSETS.findall(html.decode("utf-8"))):
        if url not in _GZIPPED:
            _GZIPPED[url] = len(gzip.compress(client.get(url).get_data(), 6))
        total += _GZIPPED[url]
    return total


def _area(endpoint: str) -> str:
    return BLUEPRINT_AREAS.get(endpoint.split(".", 1)[0], "platform")


@pytest.fixture
def demo_pages(app, session):
    """The demo's content, and each page with the roles that crawl it."""
    seed_demo(session)
    commit(session)
    values, variants = _values(session)
    # The footer's language switch is not a page (it sets the visitor's language and
    # redirects): built with a language, then left out.
    targets = [(endpoint, url) for endpoint, url
               in _targets(app, values, {**variants, "i18n.choose": [{"code": "es"}]})
               if endpoint != "i18n.choose"]
    clients = {who: _client(app, session, who) for who in ROLES}
    crawl: list[tuple[str, str, str]] = []
    unopened = []
    for endpoint, url in targets:
        opens = [who for who in ROLES if _is_page(clients[who].get(url))]
        roles = [who for who in CRAWLERS if who in opens] or opens[:1]
        crawl.extend((endpoint, url, who) for who in roles)
        if not roles:
            unopened.append(url)
    # Downloads, redirects and pages no role opens are the browser crawl's to judge.
    print(f"\n{len(targets)} URLs; {len(unopened)} open as no page for any role: {unopened}")
    session.rollback()
    return crawl, clients, MemberText.of_sources(*DEMO_SOURCES, extra=[FRESH_TITLE])


def _client(app, session, who: str):
    client = app.test_client()
    if who:
        login(client, session.scalar(select(User).where(User.email == who)), DEMO_PASSWORD)
    return client


def _is_page(response) -> bool:
    return response.status_code == 200 and response.mimetype == "text/html"


def _prefer(session, language: str) -> None:
    """Every demo member prefers this language (the member's choice wins over the rest)."""
    session.rollback()  # a read begun before the crawl's requests wrote cannot write (SQLite)
    for user in session.scalars(select(User)):
        user.language = language
    commit(session)


def _get(client, url: str, who: str, tag: str):
    return client.get(url, headers={"Accept-Language": tag} if not who else {})


def test_every_page_in_every_language_without_english(demo_pages, session):
    """One crawl of the demo (seeding it is the slow part), each page in each language."""
    crawl, clients, members = demo_pages
    areas_of = area_of_msgid()
    summaries, details = [], []
    for locale in LANGUAGES:
        summary, found = _english_in_language(crawl, clients, members, session,
                                              EnglishFinder.for_locale(locale, areas_of))
        summaries.extend(summary)
        details.extend(f"{locale} {line}" for line in found)
    print("\n" + "\n".join(summaries))
    assert not details, "\n".join(summaries + details)


def _english_in_language(crawl, clients, members, session,
                         finder: EnglishFinder) -> tuple[list[str], list[str]]:
    """The summary per area, and each English text found, of the pages in one language."""
    tag = SHIPPED[finder.locale]
    _prefer(session, tag)
    pages_by_area: dict[str, set[str]] = defaultdict(set)  # pages showing English, by area
    # A catalogue's message shown in English: (its area, its words) -> the pages.
    untranslated: dict[tuple[str, str], set[str]] = defaultdict(set)
    # Text with English words that no catalogue holds: (the page's area, the text) -> pages.
    unmarked: dict[tuple[str, str], set[str]] = defaultdict(set)
    details: list[str] = []
    heaviest = (0, "")
    for endpoint, url, who in crawl:
        response = _get(clients[who], url, who, tag)
        if not _is_page(response):
            continue  # a page that answers otherwise now is the browser crawl's business
        page = f"{url} ({who or 'visitor'})"
        weight = _weight(clients[who], response.get_data())
        heaviest = max(heaviest, (weight, page))
        if weight > MAX_PAGE_GZIP_BYTES:
            details.append(f"{page}: weighs {weight} bytes gzip-compressed with its CSS and JS")
        lang, english = english_on_page(response.get_data(as_text=True), finder, members)
        if lang != tag.lower():
            details.append(f"{page}: <html lang={lang!r}>")
        if english:
            pages_by_area[_area(endpoint)].add(page)
        in_catalogue = {piece for _words, area, piece in english if area}
        for words, area, piece in english:
            if area:
                untranslated[area, words].add(page)
            elif piece not in in_catalogue:
                unmarked[_area(endpoint), piece].add(page)
    areas = sorted(set(pages_by_area) | {a for a, _w in untranslated} | {a for a, _p in unmarked})
    summary = [f"{finder.locale}: {len(crawl)} page visits, "
               f"{sum(len(p) for p in pages_by_area.values())} with English; per area: "
               "pages with English / untranslated messages shown / texts in no catalogue; "
               f"the heaviest page {heaviest[1]}: {heaviest[0]} bytes gzip-compressed with "
               "its CSS and JS"]
    summary.extend(f"  {area}: {len(pages_by_area.get(area, ()))} / "
                   f"{sum(1 for a, _w in untranslated if a == area)} / "
                   f"{sum(1 for a, _p in unmarked if a == area)}" for area in areas)
    for (area, words), pages in sorted(untranslated.items()):
        details.append(f"[{area}] untranslated {words!r} on {len(pages)} pages, e.g. "
                       f"{min(pages)}")
    for (area, piece), pages in sorted(unmarked.items()):
        english = ", ".join(sorted({w for w, _a in finder.english_in(piece)}))
        details.append(f"[{area}] English ({english}) in no catalogue: “{piece[:120]}” on "
                       f"{len(pages)} pages, e.g. {min(pages)}")
    return summary, details


PAGES = ("/", "/sessions", "/search")


@pytest.mark.parametrize("locale", LANGUAGES)
def test_html_lang_is_the_shown_language(app, make_user, locale):
    """A visitor by Accept-Language, a member by their preference: `<html lang>` names the
    language the page is in (its right-to-left direction for Arabic), and the page is in it
    (the header's links are translated)."""
    tag = SHIPPED[locale]
    with app.test_request_context(), force_locale(locale):
        boards = gettext("Boards")
    assert boards != "Boards", f"the header's “Boards” has no {tag} translation"
    visitor = app.test_client()
    member = app.test_client()
    login(member, make_user(language=tag))
    for client, headers in ((visitor, {"Accept-Language": f"{tag},en;q=0.5"}), (member, {})):
        for path in PAGES:
            html = client.get(path, headers=headers).get_data(as_text=True)
            assert f'<html lang="{tag}" dir="{"rtl" if locale == "ar" else "ltr"}">' in html
            assert f">{boards}</a>" in html and ">Boards</a>" not in html


def test_an_unshipped_preference_shows_english_and_says_so(app, make_user):
    """A member who prefers Japanese (not shipped), no Accept-Language: English, lang="en"."""
    client = app.test_client()
    login(client, make_user(language="ja"))
    for path in PAGES:
        html = client.get(path).get_data(as_text=True)
        assert '<html lang="en" dir="ltr">' in html
        assert ">Boards</a>" in html
    # Their browser's language is used when their preference is not shipped.
    html = client.get("/", headers={"Accept-Language": "ja,fr;q=0.8"}).get_data(as_text=True)
    assert '<html lang="fr" dir="ltr">' in html

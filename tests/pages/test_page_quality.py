"""What every page owes its readers: safety against injected markup, security and cache
headers, accessibility basics, and a weight a slow mobile network can carry."""
from __future__ import annotations

import gzip
import random
import re
from html.parser import HTMLParser

import pytest

from community.boards import service
from community.platform.db import commit
from community.platform.spaces.models import Board
from tests.support.web import login, post_form

XSS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src=//evil.example></iframe>",
    '<svg onload="alert(1)">',
    "![x](javascript:alert(1))",
    '<style>body{display:none}</style>',
    '"><script>alert(1)</script>',
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
]


class _Elements(HTMLParser):
    """Every element and attribute of a page, as the browser's parser would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _parse(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


def _topic_with(session, author, board_slug="cardiology", posts=()):
    board = session.query(Board).filter_by(slug=board_slug).one()
    topic = service.create_topic(session, author, board, {
        "title": "A title long enough to post", "raw": posts[0] if posts else "Opening."})
    for raw in posts[1:]:
        service.reply(session, author, topic, {"raw": raw})
    commit(session)
    return topic.id


OWN_SCRIPTS = {"/static/js/rounds.js", "/static/js/offline.js", "/static/js/composer.js",
               "/static/js/notify.js"}


def test_hostile_markup_never_reaches_the_page_as_markup(client, session, make_user):
    author = session.merge(make_user())
    topic_id = _topic_with(session, author, posts=XSS)
    html = client.get(f"/t/{topic_id}").get_data(as_text=True)
    page = _parse(html)
    scripts = [a for tag, a in page.elements if tag == "script"]
    # Only our own script files, none from the posts (no inline script, no other source).
    assert scripts and all(a.get("src", "").split("?")[0] in OWN_SCRIPTS for a in scripts)
    for tag, attrs in page.elements:
        assert tag not in ("iframe", "style", "svg", "object", "embed")
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src"):
                assert not (value or "").lower().startswith(("javascript:", "data:text")), value
    links = [a for tag, a in page.elements if tag == "a" and "ugc" in (a.get("rel") or "")]
    assert all(a["rel"] == "nofollow noopener ugc" for a in links)
    # The text a member typed is still shown, as text.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_hostile_titles_and_profile_fields_are_escaped(client, make_user):
    login(client, make_user(display_name='<img src=x onerror=alert(1)>'))
    post_form(client, "/b/cardiology/new", {"title": '<script>alert("t")</script> title',
                                            "raw": "Body text"})
    board = client.get("/b/cardiology").get_data(as_text=True)
    assert '<script>alert("t")' not in board and "&lt;script&gt;" in board
    assert "<img src=x" not in board


def test_security_headers_on_every_page(client):
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"]
    assert "no-cache" in response.headers["Cache-Control"]


def test_pages_have_no_inline_script_or_style(client, session, make_user):
    author = session.merge(make_user())
    topic_id = _topic_with(session, author, posts=["Hello *there*"])
    login(client, make_user("moderator"))
    for url in ("/", "/b/cardiology", f"/t/{topic_id}", "/register", "/search?q=hello",
                "/account", "/notifications"):
        page = _parse(client.get(url).get_data(as_text=True))
        for tag, attrs in page.elements:
            assert "style" not in attrs, (url, tag)
            assert tag != "style", url
            if tag == "script":
                assert attrs.get("src"), url


def test_static_files_are_cached_for_a_year_and_versioned(client):
    html = client.get("/").get_data(as_text=True)
    css = re.search(r'href="(/static/css/rounds\.css\?v=[0-9a-f]+)"', html).group(1)
    response = client.get(css)
    assert response.status_code == 200
    assert "max-age=31536000" in response.headers["Cache-Control"]
    assert "immutable" in response.headers["Cache-Control"]


def test_every_form_control_has_a_label_and_pages_have_landmarks(client, session, make_user):
    author = session.merge(make_user())
    topic_id = _topic_with(session, author, posts=["Opening post"])
    login(client, make_user("moderator"))
    for url in ("/register", "/login", "/account", f"/t/{topic_id}", "/b/cardiology/new",
                "/search", f"/t/{topic_id}/reply"):
        html = client.get(url).get_data(as_text=True)
        page = _parse(html)
        labelled = {a.get("for") for tag, a in page.elements if tag == "label"}
        for tag, attrs in page.elements:
            if tag in ("input", "select", "textarea") and attrs.get("type") != "hidden":
                assert attrs.get("id") in labelled or attrs.get("aria-label"), (url, attrs)
        tags = [tag for tag, _ in page.elements]
        assert {"header", "nav", "main", "footer", "h1"} <= set(tags), url
        assert '<html lang="' in html


def _wire_bytes(client, url: str) -> int:
    response = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    body = response.get_data()
    if response.headers.get("Content-Encoding") == "gzip":
        return len(body)
    # Static files are sent as files; a front proxy (or the CDN) gzips them.
    return len(gzip.compress(body, 6))


@pytest.mark.parametrize("language", ["en", "es", "pt-BR", "fr", "ar"])
def test_a_topic_of_20_posts_weighs_under_60_kb_with_its_css_and_js(client, session,
                                                                   make_user, language):
    paragraph = ("Patient in her 70s with new atrial fibrillation, CHA2DS2-VASc 4, HAS-BLED 2. "
                 "Started apixaban 5 mg twice daily after checking renal function; rate "
                 "control with **bisoprolol**. Echo: LVEF 45%, moderate mitral "
                 "regurgitation. Would you anticoagulate before cardioversion?\n\n")
    words = paragraph.split()
    shuffle = random.Random(7).sample
    # Distinct posts, so compression cannot cheat on twenty copies of one text.
    posts = ["\n\n".join(" ".join(shuffle(words, len(words))) for _ in range(3))
             for _ in range(20)]
    author = session.merge(make_user())
    topic_id = _topic_with(session, author, posts=posts)
    login(client, make_user(language=language))  # in each shipped language (issue 17)
    html = client.get(f"/t/{topic_id}").get_data(as_text=True)
    assert html.count('class="post') == 20 and f'<html lang="{language}"' in html
    # What the page loads: its CSS, icon, rounds.js, and for a member notify.js
    # with the Socket.IO client it loads for the live notification badge, composer.js for
    # the reply box (preview, mentions, draft) and offline.js (saved pages, kept replies).
    assets = re.findall(r'(?:href|src|data-socketio)="(/static/[^"]+)"', html)
    total = _wire_bytes(client, f"/t/{topic_id}") + sum(_wire_bytes(client, a) for a in assets)
    assert sorted(a.split("?")[0].rsplit("/", 1)[1] for a in assets) == [
        "composer.js", "favicon.svg", "notify.js", "offline.js", "rounds.css",
        "rounds.js", "socket.io.min.js"]
    print(f"topic page with 20 posts + CSS + JS in {language}: {total} bytes over the wire")
    assert total < 60 * 1024, total

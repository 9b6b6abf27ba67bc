"""Every page of the URL map, opened in a real browser (headless Chromium) at a phone's width
(390 px) and a desktop's (1280 px) as each of the demo's roles it opens for: a visitor, a
clinician (the draft's author and a host), a moderator, the administrator (an editor of
Cardiology and the credit office), the editor, a reviewer. A role whose page has the same
shape as one already crawled (the elements and classes of its <main>, whatever their text)
is not crawled again: the home page, a topic or a session is crawled for every role that sees
parts the others do not, an account page once. Each page must answer 200, fit its
width (no sideways scrolling: the attendance table, the case editor and the queue once did
not), raise no script error, no Content-Security-Policy violation and no failed request,
weigh what a slow connection can carry, pass axe-core's checks of serious and critical
accessibility problems, and ask for every static file by its content version (issue 15).

The pages come from `app.url_map`: every rule answering GET, its parameters filled from the
demo's objects by name (`_values`). A new page is crawled without editing this test; one
whose parameters the demo cannot fill, or that is not an HTML page, must be named in
EXCLUDED with the reason, or test_every_page_is_crawled_or_excluded fails.

Without chromium, playwright or tests/room/node's axe-core the browser tests skip locally
and fail in CI (.ci/run installs them)."""
from __future__ import annotations

import gzip
import time
from html.parser import HTMLParser

import pytest
from sqlalchemy import select

from community.boards.models import Post, Topic
from community.cases.authoring import service as authoring
from community.cases.models import CaseReport
from community.cases.publication.models import CasePublication
from community.cases.review.models import ReviewAssignment
from community.credit import service as credit
from community.demo import DEMO_PASSWORD, seed_demo
from community.platform.accounts.models import User
from community.platform.db import commit
from community.platform.spaces.models import Board
from moderation.disclosures.models import Disclosure
from moderation.queue.models import QueueItem
from realtime.sessions.models import LiveSession, SessionCase
from tests.support.browser import launched_chromium
from tests.support.sessions import NODE_DIR, missing_tool
from tests.support.web import PASSWORD

WIDTHS = (390, 1280)
# Who opens a page, in this order: each that gets a 200 visits it at both widths, unless
# its page has a shape already crawled (a page that sends a visitor to sign in is tried as
# the clinician, and so on).
ROLES = ("",  # a visitor
         "clinician@rounds.example",  # a verified member; the draft's author; a host
         "moderator@rounds.example",
         "admin@rounds.example",  # also the editor of Cardiology and the credit office
         "editor@rounds.example",
         "id@rounds.example")  # the reviewer of the write-up under review
# Rules outside the crawl: the API (JSON, tested by its contract) and static files. The
# Socket.IO endpoint is not a Flask rule (the WSGI middleware answers it).
SKIPPED_PREFIXES = ("/api/", "/static/")
# Endpoints answering GET that are not crawled, each with why. A rule answering 200 with
# another type than text/html is not a page either, and is skipped even if not listed here.
EXCLUDED = {
    # -- not HTML pages: downloads, feeds, probes and fragments
    "healthz": "JSON health probe",
    "livez": "JSON health probe",
    "readyz": "JSON health probe",
    "offline.worker": "sw.js, the service worker's script",
    "offline.manifest": "the web app manifest (JSON; tests/pages/test_design_system.py)",
    "credit_certificates.published_keys": "JSON of the certificates' signing keys",
    "privacy.download": "the member's data export (a download)",
    "accounts.avatar": "a member's picture (an image)",
    "accounts.card": "an HTML fragment the name card fetches into a page, not a page",
    "cases.image_file": "a write-up's image (and the demo's write-ups have none)",
    "case_publication.bibtex": "a BibTeX citation file",
    "case_publication.ris": "an RIS citation file",
    "sessions.calendar_file": "an .ics calendar file",
    "sessions.feed": "an .ics calendar feed (and its token is the member's secret)",
    "room_reports.attendance_csv": "a CSV download",
    "audit.export": "a CSV download",
    "credit_reports.transcript_csv": "a CSV download",
    "credit_reports.transcript_pdf": "a PDF download",
    "credit_reports.pars_activities": "a TSV download for the accreditor",
    "credit_reports.pars_learners": "a TSV download for the accreditor",
    "credit_certificates.certificate_json": "a JSON certificate (and the demo has no claim)",
    "credit_certificates.certificate_pdf": "a PDF certificate (and the demo has no claim)",
    "mail.dev_message_html": "a mail's own HTML, sandboxed in the dev mail page's frame",
    "mail.dev_message_raw": "a mail's raw text",
    "boards.post": "a post's permalink: redirects (303) to the post in its topic, crawled",
    "i18n.choose": "the footer's language switch: sets the visitor's language, redirects (303)",
    # -- pages whose parameters the demo cannot fill
    "accounts.reset_password": "its token is mailed to the member, once",
    "accounts.verify_email": "its token is mailed to the member, once",
    "accounts.confirm_email_change": "its token is mailed to the new address, once",
    "mail.unsubscribe": "its token is in a mail's footer",
    "cases.invitation_link": "its token is mailed to the invited co-author",
    "case_review.answer_link": "its token is mailed to the invited reviewer",
    "two_factor.second_step": "only between the password and the second factor of a "
                              "sign-in that requires one (the tests' app does not)",
    "mail.dev_index": "the dev mail pages exist only in a demo instance (404 here)",
    "mail.dev_message": "the dev mail pages exist only in a demo instance (404 here)",
    "credit.claim_page": "the demo has no credit claim",
    "credit_certificates.certificate_page": "the demo has no credit claim",
    "credit_certificates.verify": "the demo has no certificate to verify",
    "credit.follow_up": "the demo has no commitment to change",
    "credit_reports.series_report": "the demo has no session series",
}
# The parameters `_values` fills, by name.
PARAMETERS = ("slug", "topic_id", "post_id", "case_id", "number", "session_id",
              "activity_id", "disclosure_id", "item_id", "username", "assignment_id")

MAX_HTML_BYTES = 80_000  # the page's own HTML, uncompressed
# The page's weight on a slow connection (issue 17): its HTML and every stylesheet and script
# it loaded, each gzip-compressed as the server sends them.
MAX_PAGE_GZIP_BYTES = 60_000
_GZIPPED: dict[str, int] = {}  # a static file's compressed size, by URL (they are versioned)
AXE = NODE_DIR / "node_modules" / "axe-core" / "axe.min.js"
AXE_SOURCE = AXE.read_text() if AXE.is_file() else ""
# What a member can act on is checked; these two need a designer's eye, not a rule:
# colour contrast depends on the theme a reader chose (light/dark), and regions are a
# best practice axe reports on every page that has content outside landmarks.
AXE_SKIPPED = ("color-contrast", "region")


def _get_rules(app) -> list:
    rules = (rule for rule in app.url_map.iter_rules()
             if "GET" in (rule.methods or ()) and not rule.rule.startswith(SKIPPED_PREFIXES))
    return sorted(rules, key=lambda rule: rule.rule)


def _values(session) -> tuple[dict[str, object], dict[str, list[dict[str, object]]]]:
    """The demo's objects for each parameter name, and for the endpoints that need other
    ones (a draft to edit, an ended session's attendance …) the values to use, one URL each."""
    board = session.scalar(select(Board).where(Board.verified_only.is_(False),
                                               Board.topic_count > 0).order_by(Board.id))
    topic = session.scalar(select(Topic).where(Topic.board_id == board.id)
                           .order_by(Topic.id))
    post = session.scalar(select(Post).where(Post.topic_id == topic.id).order_by(Post.id))
    cases = {c.status: c for c in session.scalars(select(CaseReport).order_by(CaseReport.id))}
    published, draft = cases["published"], cases["draft"]
    in_review = next(c for s, c in cases.items() if s not in ("published", "draft"))
    by_name = {u.username: u for u in session.scalars(select(User))}
    sessions = list(session.scalars(select(LiveSession).order_by(LiveSession.id)))
    club = next(s for s in sessions if s.host_id == by_name["priya.raman"].id
                and s.state != "ended")
    past = next(s for s in sessions if s.state == "ended")
    conference_case = session.scalar(select(SessionCase).order_by(SessionCase.id))
    assignment = session.scalar(select(ReviewAssignment)
                                .where(ReviewAssignment.case_id == in_review.id)
                                .order_by(ReviewAssignment.id))
    # A write-up just started: its page asks for the patient's consent (radios).
    fresh = authoring.start_case(session, draft.created_by, board,
                                 {"title": "Started for the page check"})
    session.commit()
    values = {"slug": board.slug, "topic_id": topic.id, "post_id": post.id,
              "case_id": published.id, "session_id": club.id,
              "number": session.get(CasePublication, published.id).version,
              "activity_id": credit.activity_for_session(session, past.id).id,
              "disclosure_id": session.scalar(select(Disclosure.id).order_by(Disclosure.id)),
              "item_id": session.scalar(select(QueueItem.id).order_by(QueueItem.id)),
              "username": "priya.raman", "assignment_id": assignment.id}
    # One queue item of each kind the demo has (each kind has its own partial).
    items = {item.kind: item.id
             for item in session.scalars(select(QueueItem).order_by(QueueItem.id.desc()))}
    author = [{"case_id": draft.id}]
    ended = [{"session_id": past.id}]
    variants = {
        "cases.view": [{"case_id": c.id} for c in (published, in_review, draft, fresh)],
        "cases.edit": author, "cases.authors": author, "cases.images_page": author,
        "deid.findings": author,
        "case_review.submission": [{"case_id": in_review.id}],
        "case_review.authors_view": [{"case_id": in_review.id}],
        "sessions.view": [{"session_id": s.id} for s in sessions],
        "queue.item": [{"item_id": i} for i in sorted(items.values())],
        "room_reports.attendance": ended, "room_reports.transcript": ended,
        "room_reports.correction": ended,
        "session_content.edit_case": [{"session_id": conference_case.session_id,
                                       "case_id": conference_case.id}],
    }
    return values, variants


def _targets(app, values, variants) -> list[tuple[str, str]]:
    """(endpoint, URL) of each page to open: every GET rule not excluded."""
    targets = []
    adapter = app.url_map.bind("localhost")
    for rule in _get_rules(app):
        if rule.endpoint in EXCLUDED:
            continue
        for override in variants.get(rule.endpoint, [{}]):
            arguments = {name: values[name] for name in rule.arguments if name in values}
            arguments.update({k: v for k, v in override.items() if k in rule.arguments})
            targets.append((rule.endpoint, adapter.build(rule.endpoint, arguments)))
    return list(dict.fromkeys(targets))


def test_every_page_is_crawled_or_excluded(app):
    """A page added to the app is crawled by the browser test, or named in EXCLUDED with
    why: its parameters must be ones `_values` fills."""
    endpoints = {rule.endpoint for rule in _get_rules(app)}
    unfilled = sorted(f"{rule.rule} ({rule.endpoint})" for rule in _get_rules(app)
                      if rule.endpoint not in EXCLUDED
                      and not set(rule.arguments) <= set(PARAMETERS))
    assert unfilled == [], ("pages whose parameters the demo does not fill: fill them in "
                            "_values or name them in EXCLUDED with a reason")
    assert sorted(set(EXCLUDED) - endpoints) == [], "EXCLUDED names endpoints that are gone"


@pytest.fixture(scope="module")
def chromium():
    if not AXE.is_file():
        missing_tool("axe-core is not installed (npm ci in tests/room/node)")
    with launched_chromium() as browser:
        yield browser


def _sign_in(page, email: str) -> None:
    page.goto("/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/login" not in url)


def _weight(page, html: bytes) -> dict[str, int]:
    """The page's HTML and each stylesheet and script it loaded, gzip-compressed."""
    urls = page.evaluate("""() => [...new Set(performance.getEntriesByType('resource')
        .map(e => e.name).filter(u => /\\.(css|js)$/.test(new URL(u).pathname)))]""")
    sizes = {"html": len(gzip.compress(html, 6))}
    for url in urls:
        if url not in _GZIPPED:
            _GZIPPED[url] = len(gzip.compress(page.request.get(url).body(), 6))
        sizes[url.rsplit("/", 1)[-1].split("?")[0]] = _GZIPPED[url]
    return sizes


def _problems_of(page, path: str, width: int) -> list[str]:
    found: list[str] = []
    response = page.goto(path)
    if response is None or response.status != 200:
        return [f"answered {response.status if response else 'nothing'}"]
    if len(response.body()) > MAX_HTML_BYTES:
        found.append(f"HTML of {len(response.body())} bytes")
    weight = _weight(page, response.body())
    if sum(weight.values()) > MAX_PAGE_GZIP_BYTES:
        found.append(f"weighs {sum(weight.values())} bytes gzip-compressed with its CSS and "
                     f"JS: {weight}")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    if overflow > 1:
        # The innermost elements that stick out: what to fix.
        wide = page.evaluate("""() => {
            const out = e => e.getBoundingClientRect().right > window.innerWidth + 1;
            return [...document.querySelectorAll('body *')]
                .filter(e => out(e) && ![...e.children].some(out)).slice(0, 3)
                .map(e => e.tagName + (e.id ? '#' + e.id : '')
                          + (typeof e.className === 'string' && e.className
                             ? '.' + e.className : '')
                          + ' “' + (e.textContent || '').trim().slice(0, 40) + '”');
        }""")
        found.append(f"{overflow}px wider than the {width}px screen: {wide}")
    # Evaluated through the DevTools protocol, which the page's CSP does not govern (a
    # <script> tag would be refused, as it should be).
    # Radios and checkboxes as boxes beside their labels, not stretched into wide empty
    # circles (the consent form's once were).
    stretched = page.evaluate("""() => [...document.querySelectorAll(
            'input[type=radio], input[type=checkbox]')]
        .filter(e => e.getBoundingClientRect().width > 32).map(e => e.id || e.name)""")
    if stretched:
        found.append(f"stretched radios or checkboxes: {stretched[:3]}")
    # The header: one row of links on a desktop; on a phone at most two rows (brand, badges
    # and "Menu"), the links folded into the closed menu (they once wrapped to three lines).
    header = page.evaluate("""() => {
        const top = document.querySelector('header.top');
        const menu = top && top.querySelector('details.menu');
        return top && {height: top.getBoundingClientRect().height,
                       open: !!(menu && menu.open),
                       shown: menu ? getComputedStyle(menu).display !== 'none' : false,
                       links: top.querySelectorAll('a:not(.brand)').length};
    }""")
    if header is None:
        found.append("no header")
    # (A header with no links but the brand, as the offline page's, has nothing to fold.)
    elif width < 600 and (header["height"] > 110 or header["open"]
                          or (header["links"] and not header["shown"])):
        found.append(f"phone header: {header}")
    elif width >= 1200 and (header["height"] > 64 or header["shown"]):
        found.append(f"desktop header not one row of links: {header}")
    page.evaluate(AXE_SOURCE)
    violations = page.evaluate("""skipped => axe.run(document, {
            resultTypes: ['violations'],
            rules: Object.fromEntries(skipped.map(id => [id, {enabled: false}]))})
        .then(r => r.violations.filter(v => ['serious', 'critical'].includes(v.impact))
        .map(v => v.id + ': ' + v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(', ')))""",
                               list(AXE_SKIPPED))
    found.extend(f"axe {v}" for v in violations)
    return found



def _open(context, url: str) -> tuple[int, str, str]:
    """What the page answers this role, without following a redirect (to sign in …)."""
    response = context.request.get(url, max_redirects=0)
    kind = response.headers.get("content-type", "")
    return response.status, kind, response.text() if kind.startswith("text/html") else ""


class _Shape(HTMLParser):
    """The elements of a page's <main>, each with its classes and type, without text."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.depth += 1
        if self.depth:
            named = dict(attrs)
            self.parts.append(f"{tag}.{named.get('class') or ''}:{named.get('type') or ''}")

    def handle_endtag(self, tag):
        if tag == "main":
            self.depth -= 1


def _shape(html: str) -> tuple[str, ...]:
    parser = _Shape()
    parser.feed(html)
    return tuple(parser.parts)


def _watch(page, errors: list[str]) -> None:
    # Static files are cached for a year: each must carry its content's version (phi.js
    # was once asked for without one, and stayed stale).
    page.on("request", lambda r: errors.append(f"unversioned: {r.url}")
            if "/static/" in r.url and "?v=" not in r.url else None)
    page.on("pageerror", lambda error: errors.append(f"script: {error}"))
    page.on("console", lambda m: errors.append(f"console: {m.text}")
            if m.type == "error" or "Content Security Policy" in m.text else None)
    # Any request of the page that failed: a stylesheet, script, image or fetch that did
    # not arrive, or that the server refused.
    page.on("requestfailed", lambda r: errors.append(f"request failed: {r.method} {r.url} "
                                                     f"({r.failure})"))
    page.on("response", lambda r: errors.append(f"request answered {r.status}: "
                                                f"{r.request.method} {r.url}")
            if r.status >= 400 else None)


@pytest.mark.slow
def test_every_page_fits_a_phone_and_a_desktop_and_passes_axe(app, session, live_server,
                                                              chromium):
    seed_demo(session)
    commit(session)
    values, variants = _values(session)
    assert sorted(values) == sorted(PARAMETERS)
    targets = _targets(app, values, variants)
    shapes: dict[str, set[tuple[str, ...]]] = {}  # URL -> the shapes crawled so far
    visits: dict[str, list[str]] = {who: [] for who in ROLES}  # role -> the URLs it crawls
    answers: dict[str, list[str]] = {url: [] for _, url in targets}
    not_html: list[str] = []
    problems: list[str] = []
    started = time.monotonic()
    for width in WIDTHS:
        for who in ROLES:
            context = chromium.new_context(base_url=live_server,
                                           viewport={"width": width, "height": 800})
            page = context.new_page()
            errors: list[str] = []
            _watch(page, errors)
            if who:
                _sign_in(page, who)
            if width == WIDTHS[0]:
                for endpoint, url in targets:
                    if url in not_html:
                        continue
                    status, kind, html = _open(context, url)
                    if status == 200 and kind.startswith("text/html"):
                        shape = _shape(html)
                        if shape not in shapes.setdefault(url, set()):
                            shapes[url].add(shape)
                            visits[who].append(url)
                    elif status == 200:
                        not_html.append(url)
                    else:
                        answers[url].append(f"{who or 'visitor'} {status}")
            for url in visits[who]:
                page.goto("about:blank")
                errors.clear()
                found = _problems_of(page, url, width) + list(errors)
                problems.extend(f"{width}px {who or 'visitor'} {url}: {p}" for p in found)
            context.close()
    unopened = [f"{endpoint} {url}: {', '.join(answers[url])}" for endpoint, url in targets
                if url not in shapes and url not in not_html]
    print(f"\n{len(shapes)} pages of {len({e for e, u in targets if u in shapes})} rules, "
          f"{sum(map(len, visits.values()))} views of them by role, crawled at {len(WIDTHS)} "
          f"widths in {time.monotonic() - started:.0f} s; {len(EXCLUDED)} endpoints excluded; "
          f"not HTML: {not_html}")
    for who in ROLES:
        print(f"{who or 'visitor'}: {visits[who]}")
    if unopened:
        problems.append("pages no role opens (exclude them with a reason, or give the demo "
                        "what they need):\n" + "\n".join(unopened))
    assert problems == [], "\n".join(problems)


@pytest.mark.slow
def test_declaring_no_relationships_hides_the_blank_rows(app, make_user, live_server,
                                                         chromium):
    """Defect 11: the disclosure form showed five blank relationship blocks to a member who
    had just ticked "no relationships" (a 4,000 px page on a phone)."""
    from playwright.sync_api import expect

    member = make_user()
    context = chromium.new_context(base_url=live_server, viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto("/login")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/login" not in url)
    page.goto("/disclosures/new")
    rows = page.locator("fieldset.relationship")
    expect(rows.first).to_be_visible()
    page.get_by_label("I have had no financial relationships", exact=False).check()
    expect(rows.first).to_be_hidden()
    expect(page.get_by_role("button", name="Add more rows")).to_be_hidden()
    context.close()

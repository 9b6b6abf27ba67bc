"""The composer and the write-up editor in a real browser (headless Chromium, issue 15):
the Preview tab shows the server's rendering, @mention completion works from the keyboard,
a reply's draft survives a reload until it is sent; the write-up editor counts words, keeps
its navigation current, previews a section, adds and removes timeline rows, and recovers
unsaved text after the tab was lost (keep or discard). At a phone's width and a desktop's,
with no script error, no CSP violation and no sideways scrolling.

Without chromium or playwright this skips locally and fails in CI (.ci/run installs them)."""
from __future__ import annotations

import re

import pytest

from tests.support.browser import launched_chromium
from tests.support.sessions import NODE_DIR, missing_tool
from tests.support.web import PASSWORD, csrf_token, login, post_form

pytestmark = pytest.mark.slow

AXE = NODE_DIR / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="module")
def chromium():
    if not AXE.is_file():
        missing_tool("axe-core is not installed (npm ci in tests/room/node)")
    with launched_chromium() as browser:
        yield browser


def _page(chromium, live_server, width: int):
    context = chromium.new_context(base_url=live_server, viewport={"width": width, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(f"script: {error}"))
    page.on("console", lambda m: errors.append(f"console: {m.text}")
            if m.type == "error" or "Content Security Policy" in m.text else None)
    return context, page, errors


def _sign_in(page, user) -> None:
    page.goto("/login")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/login" not in url)


def _fits(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1


def _axe(page) -> list[str]:
    """axe-core's serious and critical findings in the page's current state (the widgets
    this script draws: tabs, the listbox, the notes), as the page test checks them."""
    page.evaluate(AXE.read_text())
    return page.evaluate("""() => axe.run(document, {resultTypes: ['violations'],
            rules: {'color-contrast': {enabled: false}, region: {enabled: false}}})
        .then(r => r.violations.filter(v => ['serious', 'critical'].includes(v.impact))
        .map(v => v.id + ': ' + v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(', ')))""")


@pytest.mark.parametrize("width", [390, 1280])
def test_preview_tab_mentions_and_a_draft_that_survives_a_reload(app, client, make_user,
                                                                 live_server, chromium, width):
    from playwright.sync_api import expect

    writer = make_user(username=f"writer{width}")
    make_user(username="abigail_md", display_name="Dr Abigail Mensah")
    make_user(username="abner", display_name="Dr Abner Ruiz")
    login(client, writer)
    response = post_form(client, "/b/cardiology/new", {
        "title": "Constrictive pericarditis after radiotherapy", "raw": "What next?",
        "tags": ""})
    topic = int(re.search(r"/t/(\d+)", response.headers["Location"]).group(1))
    context, page, errors = _page(chromium, live_server, width)
    _sign_in(page, writer)
    page.goto(f"/t/{topic}/reply")
    area = page.get_by_label("Your reply")
    # The no-JS "Preview" button gives way to the tabs.
    expect(page.locator("[data-preview-submit]")).to_be_hidden()
    write_tab = page.get_by_role("tab", name="Write")
    preview_tab = page.get_by_role("tab", name="Preview")
    expect(write_tab).to_have_attribute("aria-selected", "true")

    # @mention completion, from the keyboard.
    area.click()
    area.press_sequentially("Hello **there** @abi", delay=20)
    listbox = page.get_by_role("listbox", name="Members to mention")
    expect(listbox).to_be_visible()
    options = listbox.get_by_role("option")
    expect(options).to_have_count(1)
    expect(options.first).to_contain_text("@abigail_md")
    expect(options.first).to_have_attribute("aria-selected", "true")
    expect(area).to_have_attribute("aria-activedescendant", re.compile(r"-mentions-0$"))
    assert _axe(page) == []
    area.press("Enter")
    expect(listbox).to_be_hidden()
    expect(area).to_have_value("Hello **there** @abigail_md ")
    area.press_sequentially("and @ab", delay=20)
    expect(options).to_have_count(2)
    area.press("ArrowDown")
    expect(options.nth(1)).to_have_attribute("aria-selected", "true")
    area.press("Escape")
    expect(listbox).to_be_hidden()
    area.press_sequentially("ner", delay=20)
    expect(options).to_have_count(1)
    area.press("Tab")
    expect(area).to_have_value("Hello **there** @abigail_md and @abner ")

    # The Preview tab: the server's rendering, mentions linked.
    preview_tab.click()
    expect(preview_tab).to_have_attribute("aria-selected", "true")
    expect(area).to_be_hidden()
    panel = page.locator("[data-preview-panel]")
    expect(panel.locator("strong")).to_have_text("there")
    expect(panel.locator("a.mention")).to_have_count(2)
    expect(panel.locator('a.mention[href="/u/abigail_md"]')).to_have_text("@abigail_md")
    assert _axe(page) == []
    preview_tab.press("ArrowLeft")
    expect(write_tab).to_be_focused()
    expect(area).to_be_visible()
    _fits(page)
    page.screenshot(path=str(app.instance_path) + f"/composer-{width}.png", full_page=True)

    # The draft survives a reload (or a closed tab) until it is sent.
    page.wait_for_timeout(400)
    page.reload()
    note = page.locator("[data-draft-note]")
    expect(note).to_be_visible()
    expect(note).to_contain_text("Draft restored")
    expect(area).to_have_value("Hello **there** @abigail_md and @abner ")
    note.get_by_role("button", name="Discard draft").click()
    expect(area).to_have_value("")
    expect(note).to_be_hidden()
    page.reload()
    expect(note).to_be_hidden()
    area.fill("A reply that gets sent.")
    page.wait_for_timeout(400)
    page.get_by_role("button", name="Post reply").click()
    page.wait_for_url(re.compile(rf"/t/{topic}"))
    expect(page.get_by_text("A reply that gets sent.")).to_be_visible()
    page.goto(f"/t/{topic}/reply")
    expect(page.get_by_label("Your reply")).to_have_value("")
    expect(page.locator("[data-draft-note]")).to_be_hidden()
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('rounds-composer'))"
                         ) == []
    context.close()
    assert errors == []


@pytest.mark.parametrize("width", [390, 1280])
def test_the_write_up_editor_counts_previews_edits_rows_and_recovers_a_lost_tab(
        app, client, make_user, live_server, chromium, width):
    from playwright.sync_api import expect

    author = make_user()
    login(client, author)
    started = client.post("/b/cardiology/cases/new", data={
        "csrf_token": csrf_token(client), "title": "Constrictive pericarditis: a case report"})
    case_id = int(started.headers["Location"].split("/")[2])
    context, page, errors = _page(chromium, live_server, width)
    _sign_in(page, author)
    page.goto(f"/cases/{case_id}/edit")
    nav = page.get_by_role("navigation", name=re.compile("Sections"))
    expect(nav).to_contain_text("1 of 13 written")
    discussion = page.locator("#f-discussion")
    discussion.fill("Look for the **treatable** cause first.")
    section = page.locator("#s-discussion")
    expect(section.locator("[data-words]")).to_have_text("6 words")
    expect(section.locator("[data-fill-state]")).to_have_text("written")
    expect(nav.locator('[data-nav-for="discussion"]')).to_have_class("filled")
    expect(nav).to_contain_text("2 of 13 written")
    expect(nav.locator("[data-total-words]")).to_have_text("11 words")

    # A section's preview, rendered by the server.
    preview = section.get_by_role("button", name="Preview")
    preview.click()
    expect(preview).to_have_attribute("aria-expanded", "true")
    expect(section.locator("[data-preview-panel] strong")).to_have_text("treatable")

    # Timeline rows: added and removed in place.
    rows = page.locator("[data-timeline-rows] tr")
    expect(rows).to_have_count(3)
    page.get_by_role("button", name="Add a row").click()
    expect(rows).to_have_count(4)
    expect(page.locator("#day-4")).to_be_focused()
    page.locator("#day-1").fill("0")
    page.locator("#event-1").fill("Admitted with breathlessness")
    page.locator("#day-4").fill("42")
    page.locator("#event-4").fill("Clinic review")
    page.get_by_role("button", name="Remove event 2").click()
    expect(rows).to_have_count(3)
    _fits(page)
    page.screenshot(path=str(app.instance_path) + f"/case-editor-{width}.png", full_page=True)
    page.wait_for_timeout(700)  # the autosave's pause

    # The tab is lost; a new one finds the unsaved text and offers to keep or discard it.
    page.close()
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(f"script: {error}"))
    page.goto(f"/cases/{case_id}/edit")
    note = page.locator("[data-case-draft-note]")
    expect(note).to_be_visible()
    expect(note).to_contain_text("Unsaved changes from")
    assert _axe(page) == []
    expect(page.locator("#f-discussion")).to_have_value("Look for the **treatable** cause first.")
    events = page.locator('[data-timeline-rows] input[name="event"]')
    expect(events).to_have_count(2)
    expect(events.nth(1)).to_have_value("Clinic review")
    note.get_by_role("button", name="Keep").click()
    expect(note).to_be_hidden()
    page.get_by_role("button", name="Save a new version").click()
    page.wait_for_url(re.compile(r"saved=2"))
    expect(page.get_by_text("Saved as version 2.")).to_be_visible()
    expect(page.locator("[data-case-draft-note]")).to_be_hidden()
    assert page.evaluate(f"localStorage.getItem('rounds-case-draft:{case_id}')") is None
    expect(page.locator('input[name="event"]').first).to_have_value("Admitted with breathlessness")

    # Discard goes back to the saved version.
    page.locator("#f-abstract").fill("Typed, never saved.")
    page.wait_for_timeout(700)
    page.reload()
    note = page.locator("[data-case-draft-note]")
    expect(note).to_be_visible()
    expect(page.locator("#f-abstract")).to_have_value("Typed, never saved.")
    note.get_by_role("button", name="Discard").click()
    expect(page.locator("#f-abstract")).to_have_value("")
    assert page.evaluate(f"localStorage.getItem('rounds-case-draft:{case_id}')") is None
    page.reload()
    expect(page.locator("[data-case-draft-note]")).to_be_hidden()
    context.close()
    assert errors == []

"""The header's menu, members' cards and tables in a real browser (headless Chromium), at a
phone's width and a desktop's (issue 15): the menu opens and closes from the keyboard and by
touch and its links are reachable; a name shows its card on focus, hover and a first tap, and
Escape closes it; without JavaScript the name is a plain link to the profile; a table of
records is a table on a desktop and a stack of cards, each value named, on a phone; the
queue's filters keep each label beside its menu on a phone."""
from __future__ import annotations

import re

import pytest

from tests.support.browser import launched_chromium
from tests.support.web import PASSWORD, csrf_token, login

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def chromium():
    with launched_chromium() as browser:
        yield browser


def _signed_in(chromium, live_server, member, **options):
    context = chromium.new_context(base_url=live_server, **options)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text)
            if m.type == "error" or "Content Security Policy" in m.text else None)
    page.goto("/login")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/login" not in url)
    return context, page, errors


def _topic_by(page, title: str = "Syncope in a marathon runner") -> str:
    page.goto("/b/cardiology/new")
    page.get_by_label("Title").fill(title)
    page.locator("textarea[name=raw]").fill("Would you clear her to run again?")
    page.locator("form button.primary").first.click()
    page.wait_for_url(re.compile(r"/t/\d+"))
    return page.url


def test_the_phone_menu_opens_by_keyboard_and_touch(app, make_user, live_server, chromium):
    from playwright.sync_api import expect

    member = make_user()
    context, page, errors = _signed_in(chromium, live_server, member,
                                       viewport={"width": 390, "height": 800},
                                       has_touch=True)
    page.goto("/")
    menu = page.locator("details.menu")
    links = menu.locator("ul")
    expect(links).to_be_hidden()
    assert page.locator("header.top").bounding_box()["height"] <= 60  # one row
    page.locator("details.menu summary").focus()
    page.keyboard.press("Enter")
    expect(links).to_be_visible()
    expect(menu.get_by_role("link", name="Sessions")).to_be_visible()
    page.keyboard.press("Escape")
    expect(links).to_be_hidden()
    page.locator("details.menu summary").tap()
    menu.get_by_role("link", name="Sessions").tap()
    page.wait_for_url(re.compile(r"/sessions$"))
    assert errors == []
    context.close()


def test_the_desktop_shows_the_links_in_one_row(app, make_user, live_server, chromium):
    from playwright.sync_api import expect

    context, page, errors = _signed_in(chromium, live_server, make_user(),
                                       viewport={"width": 1280, "height": 800})
    page.goto("/")
    expect(page.locator("details.menu")).to_be_hidden()
    nav = page.get_by_role("navigation", name="Main")
    tops = {round(nav.get_by_role("link", name=name).bounding_box()["y"])
            for name in ("Boards", "Sessions", "Credit", "Notifications")}
    assert len(tops) == 1
    assert errors == []
    context.close()


def test_a_name_opens_its_card_on_focus_hover_and_tap(app, make_user, live_server, chromium):
    from playwright.sync_api import expect

    author = make_user(display_name="Dr Ines Duarte", specialty="Cardiology", country="PT",
                       credentials="MD")
    context, page, errors = _signed_in(chromium, live_server, author,
                                       viewport={"width": 1280, "height": 800})
    topic_url = _topic_by(page)
    name = page.locator("article.post a.member").first
    name.focus()
    card = page.locator(".member-card")
    expect(card).to_be_visible()
    expect(card).to_contain_text("Cardiology · Portugal")
    expect(card.get_by_role("link", name="Profile of Dr Ines Duarte")).to_be_visible()
    assert name.get_attribute("aria-expanded") == "true"
    page.keyboard.press("Escape")
    expect(card).to_have_count(0)
    page.mouse.move(0, 0)
    name.hover()
    expect(card).to_be_visible()
    context.close()

    # A phone: the first tap shows the card (inside the screen), the second opens the profile.
    context, page, _ = _signed_in(chromium, live_server, author,
                                  viewport={"width": 390, "height": 800}, has_touch=True)
    page.goto(topic_url)
    name = page.locator("article.post a.member").first
    name.tap()
    card = page.locator(".member-card")
    expect(card).to_be_visible()
    box = card.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    name.tap()
    page.wait_for_url(re.compile(rf"/u/{author.username}$"))
    assert errors == []
    context.close()


def test_without_javascript_a_name_is_a_link_to_the_profile(app, make_user, live_server,
                                                          chromium):
    author = make_user(display_name="Dr Ines Duarte")
    context, page, _ = _signed_in(chromium, live_server, author,
                                  viewport={"width": 390, "height": 800},
                                  java_script_enabled=False)
    topic_url = _topic_by(page)
    page.goto(topic_url)
    page.locator("article.post a.member").first.click()
    page.wait_for_url(re.compile(rf"/u/{author.username}$"))
    # And the menu opens without JavaScript (a <details>).
    page.locator("details.menu summary").click()
    assert page.locator("details.menu ul").is_visible()
    context.close()


def test_joining_starts_at_the_browsers_time_zone(app, live_server, chromium):
    context = chromium.new_context(base_url=live_server, timezone_id="Asia/Kolkata",
                                   viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto("/register")
    assert page.locator("#f-time_zone").input_value() == "Asia/Kolkata"
    context.close()


def test_a_table_of_records_becomes_cards_on_a_phone(app, client, make_user, live_server,
                                                     chromium):
    """Under 600 px each row of a `cards-narrow` table is a card, each cell on its own line
    named by its column; the header row is left to screen readers. (The attendance report
    and the moderation queue, as tables, once made the page wider than a phone.)"""
    author = make_user()
    login(client, author)
    started = client.post("/b/cardiology/cases/new", data={
        "csrf_token": csrf_token(client), "title": "Constrictive pericarditis: a case report"})
    authors_page = f"/cases/{started.headers['Location'].split('/')[2]}/authors"
    looks = """() => {
        const table = document.querySelector('table.cards-narrow');
        const row = table.querySelector('tbody tr'), cell = row.querySelector('td');
        return {row: getComputedStyle(row).display, cell: getComputedStyle(cell).display,
                head: table.querySelector('thead').getBoundingClientRect().width,
                label: getComputedStyle(cell, '::before').content,
                right: table.getBoundingClientRect().right};
    }"""
    for width, row, cell in ((390, "block", "block"), (1280, "table-row", "table-cell")):
        context, page, errors = _signed_in(chromium, live_server, author,
                                           viewport={"width": width, "height": 800})
        page.goto(authors_page)
        shown = page.evaluate(looks)
        assert (shown["row"], shown["cell"]) == (row, cell), (width, shown)
        assert shown["right"] <= width
        if width < 600:
            assert shown["head"] <= 1 and shown["label"] == '"Position: "', shown
        else:
            assert shown["head"] > 100 and shown["label"] in ("none", "normal"), shown
        assert errors == []
        context.close()


def test_the_queues_filters_keep_each_label_beside_its_menu_on_a_phone(app, make_user,
                                                                      live_server, chromium):
    """Defect 4: at 390 px the "Board" label and its menu split across two lines."""
    context, page, errors = _signed_in(chromium, live_server, make_user("moderator"),
                                       viewport={"width": 390, "height": 800})
    page.goto("/moderation")
    pairs = page.evaluate("""() => [...document.querySelectorAll('.pair')].map(pair => {
        const box = e => e.getBoundingClientRect();
        const label = box(pair.querySelector('label'));
        const field = box(pair.querySelector('select, input'));
        return [pair.querySelector('label').textContent,
                Math.abs((label.top + label.bottom) / 2 - (field.top + field.bottom) / 2),
                field.right];
    })""")
    assert [name for name, _, _ in pairs] == ["Kind", "Status", "Board"]
    for name, apart, right in pairs:
        assert apart < 8 and right <= 390, (name, apart, right)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert errors == []
    context.close()

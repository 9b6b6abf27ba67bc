"""Issue 15, "the room on a phone", in a real browser (headless Chromium driven by Playwright,
as tests/room/test_browser.py does). At 390 px the room's panels are an accessible tablist
that stays at the top: the tabs switch panels (click and arrow keys), nothing overflows
sideways, the paper (a journal club's citation, links and abstract) or the current case stage
(a case conference) is one tap away from anywhere on the page, a tab counts what arrived while
it was not shown, the appraisal checklist is folded for members and compact for the host, and
a refusal is said where the member acted (the rate limit under the chat box, the host's
refused reveal beside the host's buttons). At 1280 px the panels stand in columns. The host
keeps the moderation buttons after a reload."""
from __future__ import annotations

import re

import pytest

from community.platform.db import utcnow
from realtime.sessions.models import SessionCase, SessionCaseStage
from tests.room import test_browser as room_browser
from tests.support.browser import launched_chromium
from tests.support.sessions import NODE_DIR
from tests.support.web import PASSWORD

pytestmark = pytest.mark.slow

Member = room_browser.Member
TABS = ["Paper", "Chat", "People", "Polls", "Q&A"]
AXE = NODE_DIR / "node_modules" / "axe-core" / "axe.min.js"
# As tests/pages/test_browser_pages.py: contrast depends on the reader's theme, regions are
# a best practice reported on every page.
AXE_SKIPPED = ("color-contrast", "region")


@pytest.fixture(scope="module")
def browser():
    with launched_chromium() as chromium:
        yield chromium


def expect(locator):
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def overflow(member: Member) -> int:
    """How far the document is wider than the viewport (0: no sideways scrolling)."""
    return member.page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth")


def tab(member: Member, name: str):
    return member.page.get_by_role("tab", name=re.compile("^" + re.escape(name)))


def serious_axe_problems(member: Member) -> list:
    """axe-core's serious and critical findings on the page as it is now (tabs drawn)."""
    if not AXE.is_file():
        pytest.skip("axe-core is not installed in tests/room/node (npm ci)")
    member.page.evaluate(AXE.read_text())
    found = member.page.evaluate(
        "skip => axe.run(document, {rules: Object.fromEntries(skip.map(r => [r, {enabled: false}]))})"
        ".then(r => r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
        ".map(v => [v.id, v.nodes.map(n => n.target.join(' '))]))", list(AXE_SKIPPED))
    return found


def scroll_to_bottom(member: Member) -> None:
    member.page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")


def test_on_a_phone_tabs_switch_panels_and_the_paper_is_one_tap_away(browser, live_server,
                                                                       open_room):
    room = open_room(members=1)
    sid = room.live.id
    host = Member(browser, live_server, room.host, sid)
    member = Member(browser, live_server, room.members[0], sid, width=390)
    page = member.page
    try:
        tablist = page.get_by_role("tablist", name="Room panels")
        expect(tablist).to_be_visible()
        names = page.get_by_role("tab").locator(".tab-label").all_inner_texts()
        assert names == TABS
        # The chat shows first; the rest wait behind their tabs.
        expect(tab(member, "Chat")).to_have_attribute("aria-selected", "true")
        expect(page.locator("#panel-chat")).to_be_visible()
        expect(page.get_by_role("textbox", name=re.compile("^Message"))).to_be_in_viewport()
        for hidden in ("#panel-paper", "#panel-people", "#panel-polls", "#panel-questions"):
            expect(page.locator(hidden)).to_be_hidden()
        assert overflow(member) == 0

        tab(member, "Polls").click()
        expect(tab(member, "Polls")).to_have_attribute("aria-selected", "true")
        expect(tab(member, "Chat")).to_have_attribute("aria-selected", "false")
        expect(page.locator("#panel-polls")).to_be_visible()
        expect(page.locator("#panel-chat")).to_be_hidden()
        expect(page.locator("#panel-polls")).to_have_attribute("role", "tabpanel")
        assert overflow(member) == 0
        # Arrow keys move along the tabs (and wrap), as a tablist does.
        page.keyboard.press("ArrowRight")
        expect(tab(member, "Q&A")).to_have_attribute("aria-selected", "true")
        expect(tab(member, "Q&A")).to_be_focused()
        expect(page.get_by_label("Your question")).to_be_visible()
        page.keyboard.press("ArrowRight")
        expect(tab(member, "Paper")).to_have_attribute("aria-selected", "true")
        page.keyboard.press("End")
        expect(tab(member, "Q&A")).to_have_attribute("aria-selected", "true")

        # People: the list is asked for when the panel shows; the tab counts who is here.
        tab(member, "People").click()
        expect(page.locator("#people")).to_contain_text(room.host.display_name)
        expect(tab(member, "People")).to_have_accessible_name("People 2 here")
        assert overflow(member) == 0
        assert serious_axe_problems(member) == []

        # From the bottom of a long panel the tabs are still on screen: the paper is one tap.
        scroll_to_bottom(member)
        expect(tab(member, "Paper")).to_be_in_viewport()
        tab(member, "Paper").click()
        paper = page.locator("#panel-paper")
        expect(paper).to_be_visible()
        expect(paper.locator(".citation")).to_have_text("Packer M, et al. N Engl J Med. 2020.")
        expect(paper.locator(".citation")).to_be_in_viewport()
        doi = paper.get_by_role("link", name="10.1056/NEJMoa2034577")
        expect(doi).to_have_attribute("href", "https://doi.org/10.1056/NEJMoa2034577")
        expect(paper).to_contain_text("Background: the trial.")
        assert overflow(member) == 0

        # The checklist is folded for a member; its summary says how far the group got.
        summary = paper.locator("#appraisal summary")
        expect(summary).to_contain_text("0 of 11 answered")
        expect(paper.locator("#checklist")).to_be_hidden()
        summary.click()
        expect(paper.locator("#checklist li")).to_have_count(11)
        expect(paper.locator("#checklist li").first).to_contain_text("Not answered yet")
        assert paper.locator("#checklist select, #checklist input").count() == 0
        assert overflow(member) == 0

        # While the member reads the paper, chat arrives: the Chat tab counts it.
        host.chat("Page 3, the primary end point")
        expect(tab(member, "Chat")).to_have_accessible_name("Chat 1 new")
        expect(tab(member, "Chat").locator(".tab-count")).to_have_text("1")
        tab(member, "Chat").click()
        expect(tab(member, "Chat")).to_have_accessible_name("Chat")
        expect(page.locator("#chat-log")).to_contain_text("Page 3, the primary end point")

        # A rate-limited chat is said right under the chat box, on screen, announced.
        refusal = page.locator("#chat-error")
        for n in range(15):  # the room allows 5 in 10 s (slow machines send slowly)
            member.chat(f"quick {n}")
            if refusal.is_visible():
                break
        expect(refusal).to_contain_text("Slow down")
        expect(refusal).to_be_in_viewport()
        expect(refusal).to_have_attribute("role", "alert")
        box = page.get_by_role("textbox", name=re.compile("^Message")).bounding_box()
        said = refusal.bounding_box()
        assert 0 <= said["y"] - (box["y"] + box["height"]) < 40, (box, said)
        assert page.locator("#room-errors").inner_text() == ""
        assert overflow(member) == 0
        for someone in (host, member):
            assert someone.problems == [], someone.problems
    finally:
        host.close()
        member.close()


def test_without_javascript_the_sections_stack_with_links_to_each(browser, live_server,
                                                                  open_room):
    room = open_room(members=1)
    context = browser.new_context(base_url=live_server, java_script_enabled=False,
                                  viewport={"width": 390, "height": 800})
    try:
        page = context.new_page()
        page.goto("/login")
        page.get_by_label("Email").fill(room.members[0].email)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(lambda url: "/login" not in url)
        page.goto(f"/sessions/{room.live.id}/room")
        expect(page.get_by_role("tablist")).to_have_count(0)
        links = page.get_by_role("navigation", name="Room panels").get_by_role("link")
        assert [link.get_attribute("href") for link in links.all()] == [
            "#panel-paper", "#panel-chat", "#panel-people", "#panel-polls", "#panel-questions"]
        for panel in ("paper", "chat", "people", "polls", "questions"):
            expect(page.locator(f"#panel-{panel}")).to_be_visible()
        # The paper is in the page itself, not drawn by the script.
        links.first.click()
        expect(page.locator("#panel-paper .citation")).to_be_in_viewport()
        expect(page.locator("#panel-paper")).to_contain_text("Background: the trial.")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        context.close()


def test_on_a_wide_screen_the_panels_stand_in_columns(browser, live_server, open_room):
    room = open_room(members=1)
    member = Member(browser, live_server, room.members[0], room.live.id, width=1280)
    page = member.page
    try:
        expect(page.get_by_role("tablist")).to_be_hidden()
        boxes = {}
        for panel in ("paper", "chat", "people", "polls", "questions"):
            locator = page.locator(f"#panel-{panel}")
            expect(locator).to_be_visible()
            assert locator.get_attribute("role") is None  # not tab panels here
            boxes[panel] = locator.bounding_box()
        # The paper, the chat beside it, then people, polls and questions in a third column.
        assert boxes["paper"]["x"] < boxes["chat"]["x"] < boxes["people"]["x"]
        assert abs(boxes["paper"]["y"] - boxes["chat"]["y"]) < 2
        assert abs(boxes["chat"]["y"] - boxes["people"]["y"]) < 2
        assert boxes["paper"]["x"] + boxes["paper"]["width"] <= boxes["chat"]["x"]
        assert boxes["chat"]["x"] + boxes["chat"]["width"] <= boxes["people"]["x"]
        assert boxes["people"]["x"] == boxes["polls"]["x"] == boxes["questions"]["x"]
        assert boxes["people"]["y"] < boxes["polls"]["y"] < boxes["questions"]["y"]
        assert boxes["people"]["x"] + boxes["people"]["width"] <= 1280
        expect(page.locator("#panel-paper .citation")).to_be_in_viewport()
        expect(page.get_by_role("textbox", name=re.compile("^Message"))).to_be_in_viewport()
        assert overflow(member) == 0
        assert member.problems == [], member.problems
    finally:
        member.close()


def test_on_a_phone_the_host_keeps_moderation_and_records_the_checklist_compactly(
        browser, live_server, open_room):
    room = open_room(members=1)
    sid = room.live.id
    host = Member(browser, live_server, room.host, sid, width=390)
    member = Member(browser, live_server, room.members[0], sid, width=390)
    try:
        member.chat("Before the reload")
        host.expect_text("#chat-log", "Before the reload")
        host.page.reload()
        host.expect_text("#room-connection", "Connected")
        said = host.page.locator("#chat-log li", has_text="Before the reload")
        expect(said.get_by_role("button", name=re.compile("^Delete"))).to_be_visible()
        expect(said.get_by_role("button", name=re.compile("^Edit"))).to_be_visible()
        tab(host, "People").click()
        expect(host.page.get_by_role("button", name=f"Mute {room.members[0].display_name}")) \
            .to_be_visible()

        # Before the start the host's checklist waits; live, it is open and compact: the
        # answers are a choice that records at once, a note beside; everyone sees the
        # group's answer and the count.
        tab(host, "Paper").click()
        host.expect_text("#appraisal", "once the session is live")
        host.page.get_by_role("button", name="Start the session").click()
        member.expect_text("#room-state", "Live")
        first = host.page.locator("#checklist li").first
        expect(first.get_by_role("radio", name="Yes")).to_be_visible()
        assert host.page.locator("#checklist select").count() == 0
        first.get_by_text("Yes", exact=True).click()
        tab(member, "Paper").click()
        member.page.locator("#appraisal summary").click()
        member.expect_text("#checklist li", "Group's answer: Yes")
        member.expect_text("#appraisal summary", "1 of 11 answered")
        host.expect_text("#appraisal summary", "1 of 11 answered")
        expect(first.get_by_role("radio", name="Yes")).to_be_checked()
        note = first.get_by_role("textbox", name="Note")
        note.fill("Clear question, PICO stated")
        note.press("Enter")
        member.expect_text("#checklist li", "Clear question, PICO stated")
        assert serious_axe_problems(host) == []
        # Eleven questions take little room for the host: about two lines each.
        height = host.page.locator("#checklist").bounding_box()["height"]
        assert height < 11 * 150, height
        for someone in (host, member):
            assert overflow(someone) == 0
            assert someone.problems == [], someone.problems
    finally:
        host.close()
        member.close()


def test_a_case_conference_on_a_phone_shows_the_current_stage_one_tap_away(
        browser, live_server, open_room, session, make_user):
    presenter = make_user()
    room = open_room(members=1, presenters=(presenter,), kind="case_conference",
                     article_doi="")
    sid = room.live.id
    session.add(SessionCase(
        session_id=sid, position=0, title="Breathless at rest", question="Which next test?",
        submitted_by_id=presenter.id, deid_checked_by_id=room.host.id,
        deid_checked_at=utcnow(),
        stages=[SessionCaseStage(position=i, stage=stage, body_raw=text,
                                 body_cooked=f"<p>{text}</p>")
                for i, (stage, text) in enumerate((("presentation", "A 64-year-old, dyspnoea."),
                                                   ("findings", "Bibasal crackles.")))]))
    session.commit()
    host = Member(browser, live_server, room.host, sid, width=1280)
    member = Member(browser, live_server, room.members[0], sid, width=390)
    page = member.page
    try:
        names = page.get_by_role("tab").locator(".tab-label").all_inner_texts()
        assert names == ["Case", *TABS[1:]]
        host.page.get_by_role("button", name="Start the session").click()
        member.expect_text("#room-state", "Live")
        host.page.get_by_role("button", name="Reveal the next stage").click()
        expect(tab(member, "Case")).to_have_accessible_name("Case 1 new")
        host.page.get_by_role("button", name="Reveal the next stage").click()
        expect(tab(member, "Case")).to_have_accessible_name("Case 2 new")
        scroll_to_bottom(member)
        tab(member, "Case").click()
        current = page.locator("#cases .stage.current")
        expect(current).to_have_count(1)
        expect(current).to_contain_text("Bibasal crackles.")
        expect(current).to_contain_text("current")
        expect(current).to_be_in_viewport()
        expect(page.locator("#cases")).to_contain_text("A 64-year-old, dyspnoea.")
        assert overflow(member) == 0

        # Refused: nothing is left to reveal; the host reads why beside the host's buttons.
        host.page.get_by_role("button", name="Reveal the next stage").click()
        refusal = host.page.locator("#host-error")
        expect(refusal).to_be_visible()
        expect(refusal).to_be_in_viewport()
        assert host.page.locator("#room-errors").inner_text() == ""
        for someone in (host, member):
            assert someone.problems == [], someone.problems
    finally:
        host.close()
        member.close()

"""Reading and writing without a connection, in Chromium (static/sw.js, static/js/offline.js):
pages opened online are readable offline with an "Offline — saved at …" banner, a page never
opened shows the offline page, a reply typed offline is kept and sent once when the
connection returns (two tabs flushing the same outbox at once included), and signing out
leaves nothing of the member's pages behind."""
from __future__ import annotations

import re
import time

import pytest
from sqlalchemy import func, select

from community.boards.models import Post
from tests.support.browser import launched_chromium
from tests.support.web import PASSWORD, login, post_form

pytestmark = pytest.mark.slow

CASE = ("A woman in her 40s with palpitations after long runs; the resting ECG shows a short "
        "PR interval and a delta wave. How would you assess her risk?")
REPLY = "An exercise test first: does the pre-excitation disappear abruptly at higher rates?"


@pytest.fixture(scope="module")
def chromium():
    with launched_chromium() as browser:
        yield browser


def _saved(page, path: str) -> bool:
    return page.evaluate("""path => caches.open('rounds-pages-1')
        .then(c => c.match(new URL(path, location.href).href)).then(r => !!r)""", path)


def _wait(check, timeout: float = 10.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.1)
    return False


def _replies(session, topic_id: int) -> int:
    session.rollback()
    return session.scalar(select(func.count()).select_from(Post)
                          .where(Post.topic_id == topic_id, Post.number > 1))


def test_pages_read_offline_and_a_reply_typed_offline_is_sent_once(
        app, client, session, make_user, live_server, chromium):
    member = make_user(username="amara")
    login(client, member)
    created = post_form(client, "/b/cardiology/new",
                        {"title": "Pre-excitation in a runner", "raw": CASE, "tags": "ecg"})
    assert created.status_code == 303
    topic = re.search(r"/t/\d+", created.headers["Location"]).group(0)

    context = chromium.new_context(base_url=live_server, viewport={"width": 390, "height": 800})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(f"script: {error}"))
    page.goto("/login")
    page.get_by_label("Email").fill(member.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/login" not in url)
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")

    # Online: the pages opened are saved by the worker (once it controls the page).
    for path in (topic, "/credit"):
        page.goto(path)
        assert _wait(lambda: page.evaluate("!!navigator.serviceWorker.controller"))
        if not _wait(lambda p=path: _saved(page, p), 2):
            page.reload()  # the first page loaded before the worker took control
        assert _wait(lambda p=path: _saved(page, p)), path
    assert page.locator("#offline-banner").count() == 0

    # Offline: the saved topic shows, with the banner; a page never opened, the offline page.
    context.set_offline(True)
    page.goto(topic)
    banner = page.locator("#offline-banner")
    assert banner.is_visible()
    assert re.match(r"Offline — saved at .+\d", banner.inner_text())
    assert "Pre-excitation in a runner" in page.locator("h1").inner_text()
    page.goto("/credit")
    assert page.locator("#offline-banner").is_visible()
    page.goto("/search?q=never-opened")
    assert page.get_by_role("heading", name="You are offline").is_visible()

    # A reply typed offline is kept on the device, not lost, not sent.
    page.goto(topic)
    page.locator("textarea[name=raw]").fill(REPLY)
    page.get_by_role("button", name="Post reply").click()
    assert "kept on this device" in page.locator(".offline-queued").inner_text()
    assert _replies(session, int(topic.split("/")[-1])) == 0
    # A second tab holds the same outbox: both send it when the connection returns.
    second = context.new_page()
    second.goto(topic)
    assert second.locator("#offline-banner").is_visible()

    context.set_offline(False)
    assert _wait(lambda: page.locator(".offline-sent").count() > 0
                 or second.locator(".offline-sent").count() > 0)
    assert _wait(lambda: page.evaluate("localStorage.getItem('rounds-outbox')") == "[]")
    time.sleep(0.5)  # a duplicate, if any, would land now
    assert _replies(session, int(topic.split("/")[-1])) == 1
    page.goto(topic)
    assert page.locator("#offline-banner").count() == 0
    assert page.locator("main").inner_text().count(REPLY) == 1
    second.close()

    # Signing out leaves no saved page behind (Clear-Site-Data and the worker).
    page.goto("/account")
    page.get_by_role("button", name="Sign out").first.click(force=True)
    page.wait_for_url(lambda url: "/account" not in url)
    assert page.get_by_role("link", name="Sign in").first.is_visible()
    assert _wait(lambda: not _saved(page, topic) and not _saved(page, "/credit"))
    context.set_offline(True)
    try:
        page.goto(topic)
        shown = page.content()
    except Exception:  # noqa: BLE001 (no worker and no network: the browser's error page)
        shown = ""
    assert REPLY not in shown
    context.close()
    assert errors == []

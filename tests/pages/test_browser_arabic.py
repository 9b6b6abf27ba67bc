"""Rounds in Arabic, right to left, in a real browser (issue 17).

The main pages — home, a board, a topic, a session's page, the room, a published write-up,
the account, credit and (for a moderator) the queue — opened in headless Chromium at a
phone's width and a desktop's, by a member whose language is Arabic and by a visitor whose
browser asks for Arabic: `<html lang="ar" dir="rtl">`, nothing wider than the screen, and
the layout mirrored (the header's brand at the right edge and its links at the left, a
post's avatar on the right of its text), as the stylesheet's logical properties make it (static/css/rounds.css)."""
from __future__ import annotations

import pytest
from sqlalchemy import select, update

from community.demo import seed_demo
from community.platform.accounts.models import User
from community.platform.db import commit
from tests.pages.test_browser_pages import (
    WIDTHS,
    _sign_in,
    _values,
    _watch,
    chromium,  # noqa: F401 (the fixture)
)

MEMBER, MODERATOR = "clinician@rounds.example", "moderator@rounds.example"


def _pages(session) -> dict[str, tuple[str, str | None]]:
    """Page name -> (URL, who opens it: a demo member's email, or None for anyone)."""
    values, _variants = _values(session)
    return {
        "home": ("/", None),
        "board": (f"/b/{values['slug']}", None),
        "topic": (f"/t/{values['topic_id']}", None),
        "session": (f"/sessions/{values['session_id']}", None),
        "room": (f"/sessions/{values['session_id']}/room", MEMBER),  # she hosts it
        "write-up": (f"/cases/{values['case_id']}", None),
        "account": ("/account", MEMBER),
        "credit": ("/credit", MEMBER),
        "queue": ("/moderation", MODERATOR),
    }


# The page's direction, language, width, and where the mirrored pieces are.
LAYOUT = """() => {
  const box = e => e && e.getBoundingClientRect();
  const brand = box(document.querySelector('header.top .brand'));
  const nav = box(document.querySelector('header.top .nav'));
  const post = document.querySelector('article.post');
  const avatar = box(post && post.querySelector('header .avatar'));
  const body = box(post && post.querySelector('.body'));
  return {dir: document.documentElement.getAttribute('dir'),
          lang: document.documentElement.getAttribute('lang'),
          direction: getComputedStyle(document.body).direction,
          scrollWidth: document.scrollingElement.scrollWidth, width: window.innerWidth,
          brand: brand && {left: brand.left, right: brand.right},
          nav: nav && {left: nav.left, right: nav.right},
          // The innermost elements past either edge (the left one, right to left): what to fix.
          wide: (() => {
            const out = e => { const r = e.getBoundingClientRect();
                               return r.left < -1 || r.right > window.innerWidth + 1; };
            const clipped = e => e.closest('.skip, .sr-only, thead, [hidden]');
            return [...document.querySelectorAll('body *')]
              .filter(e => out(e) && !clipped(e) && ![...e.children].some(out)).slice(0, 3)
              .map(e => e.tagName + (typeof e.className === 'string' && e.className
                                     ? '.' + e.className : '')
                        + ' “' + (e.textContent || '').trim().slice(0, 40) + '” '
                        + Math.round(e.getBoundingClientRect().left) + '…'
                        + Math.round(e.getBoundingClientRect().right));
          })(),
          avatar: avatar && {left: avatar.left, right: avatar.right},
          body: body && {left: body.left, right: body.right}};
}"""
EDGE = 40  # px: the brand's distance from the right edge (the header's padding and less)


def _mirroring_problems(layout: dict) -> list[str]:
    found = []
    if layout["dir"] != "rtl" or layout["lang"] != "ar" or layout["direction"] != "rtl":
        found.append(f"not Arabic right to left: dir={layout['dir']!r} "
                     f"lang={layout['lang']!r} direction={layout['direction']!r}")
    if layout["scrollWidth"] > layout["width"] + 1:
        found.append(f"{layout['scrollWidth'] - layout['width']}px wider than the screen: "
                     f"{layout['wide']}")
    brand = layout["brand"]
    if brand is None:
        found.append("no brand in the header")
    elif brand["right"] < layout["width"] - EDGE or brand["left"] < layout["width"] / 2:
        found.append(f"the brand is not at the right edge: {brand}")
    # The links and the menu at the other end: the nav's start margin (auto) pushes it there.
    if layout["nav"] and layout["nav"]["left"] > EDGE:
        found.append(f"the header's links are not at the left edge: {layout['nav']}")
    avatar, body = layout["avatar"], layout["body"]
    if avatar and body and not (avatar["right"] > body["right"] - EDGE
                                and avatar["left"] > (body["left"] + body["right"]) / 2):
        found.append(f"a post's avatar is not on the right of its text: {avatar} {body}")
    return found


@pytest.fixture
def arabic_demo(app, session):
    seed_demo(session)
    pages = _pages(session)
    session.execute(update(User).values(language="ar"))
    commit(session)
    assert session.scalar(select(User.language).where(User.email == MEMBER)) == "ar"
    return pages


@pytest.mark.slow
def test_the_main_pages_in_arabic_are_mirrored_and_fit(arabic_demo, live_server,
                                                       chromium):  # noqa: F811
    problems: list[str] = []
    checked = 0
    for width in WIDTHS:
        for who in (None, MEMBER, MODERATOR):
            # A visitor's browser asks for Arabic; a member prefers it (their account).
            context = chromium.new_context(
                base_url=live_server, viewport={"width": width, "height": 800},
                **({"locale": "ar", "extra_http_headers": {"Accept-Language": "ar"}}
                   if who is None else {}))
            page = context.new_page()
            errors: list[str] = []
            _watch(page, errors)
            if who:
                _sign_in(page, who)
            for name, (url, opener) in arabic_demo.items():
                if opener not in (None, who) or (who == MODERATOR and opener is None):
                    continue
                page.goto("about:blank")  # the last page's requests end here, not in this one
                errors.clear()
                response = page.goto(url)
                checked += 1
                found = ([f"answered {response.status}"] if response.status != 200 else
                         _mirroring_problems(page.evaluate(LAYOUT))) + errors
                problems.extend(f"{width}px {who or 'visitor'} {name} {url}: {p}"
                                for p in found)
            context.close()
    assert checked >= 2 * 12
    assert problems == [], "\n".join(problems)

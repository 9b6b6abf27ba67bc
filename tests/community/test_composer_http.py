"""The composer's server side (issue 15), through HTTP: the preview is markup.cook's output
(sanitized, mentions linked), for signed-in members only, behind CSRF and a rate limit; the
"Preview" button works without JavaScript and saves nothing; mention suggestions show only
what profiles show and never deleted, deactivated or suspended members; the write-up
editor's section preview follows the write-up's access rules."""
from __future__ import annotations

import re
from datetime import timedelta
from html import unescape

import pytest
from sqlalchemy import func, select

from community.boards.models import Post
from community.cases.care import SECTION_KEYS, SECTIONS
from community.cases.models import CaseVersion
from community.platform.accounts.models import User
from community.platform.db import db as database
from community.platform.db import utcnow
from moderation.trust.service import standing_of
from tests.support.api import PREFIX, ApiClient, sign_in_with_cookie
from tests.support.authoring import fresh
from tests.support.web import csrf_token, login, post_form

EVIL = ("Hello **world** @{name}\n\n<script>alert(1)</script>\n\n"
        "[click](javascript:alert(2)) <img src=x onerror=alert(3)>\n\n"
        "![pixel](https://tracker.example/p.png)")


def _api(app, client, user=None) -> ApiClient:
    api = ApiClient(app, client)
    if user is not None:
        api.csrf = sign_in_with_cookie(app, client, user)
    return api


def _topic(client) -> int:
    response = post_form(client, "/b/cardiology/new", {
        "title": "Constrictive pericarditis after radiotherapy", "raw": "What next?",
        "tags": ""})
    assert response.status_code == 303, response.get_data(as_text=True)[:300]
    return int(re.search(r"/t/(\d+)", response.headers["Location"]).group(1))


# ---------------------------------------------------------------- the preview endpoint


def test_the_preview_is_markup_cook_output_for_members_only(app, client, make_user):
    api = _api(app, client)
    # Signed out: 401, nothing rendered.
    refused = api.post(f"{PREFIX}/preview", json={"raw": "**x**"}, expect=401)
    assert "html" not in refused.get_json()
    author = make_user(username="preview_author")
    named = make_user(username="Named_Colleague")
    api.csrf = sign_in_with_cookie(app, client, author)
    html = api.post(f"{PREFIX}/preview", json={"raw": EVIL.format(name=named.username)},
                    expect=200).get_json()["html"]
    assert "<strong>world</strong>" in html
    assert f'<a href="/u/{named.username}" class="mention"' in html \
        or f'class="mention" href="/u/{named.username}"' in html
    lowered = html.lower()
    assert "<script" not in lowered and 'href="javascript' not in lowered
    assert "<img" not in lowered  # raw HTML stays text; a remote image becomes a link
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "tracker.example/p.png" in html
    # Empty text is fine: nothing to show.
    assert api.post(f"{PREFIX}/preview", json={"raw": ""}, expect=200).get_json() == {
        "html": ""}
    # Too long, or not the contract: 422, never a 500.
    api.post(f"{PREFIX}/preview", json={"raw": "x" * 40_001}, expect=422)
    api.post(f"{PREFIX}/preview", json={"raw": "x", "extra": 1}, expect=422)


def test_the_preview_needs_the_csrf_header_with_a_session(app, client, make_user):
    api = _api(app, client, make_user())
    api.csrf = None
    response = api.post(f"{PREFIX}/preview", json={"raw": "hello"}, expect=400)
    assert "CSRF" in response.get_json()["title"]


@pytest.fixture
def tight_preview(app_config):
    app_config["rate_limits"] += ",preview=3/60,mentions=3/60"


def test_previews_and_lookups_are_rate_limited(tight_preview, app, client, make_user):
    api = _api(app, client, make_user())
    for _ in range(3):
        api.post(f"{PREFIX}/preview", json={"raw": "hi"}, expect=200)
    limited = api.post(f"{PREFIX}/preview", json={"raw": "hi"}, expect=429)
    assert int(limited.headers["Retry-After"]) > 0
    for _ in range(3):
        api.get(f"{PREFIX}/mentions?q=ab", expect=200)
    api.get(f"{PREFIX}/mentions?q=ab", expect=429)
    # The page's "Preview" button says so on the form, with the text kept.
    topic = _topic(client)
    page = post_form(client, f"/t/{topic}/reply", {"raw": "Kept text", "preview": "1"})
    assert page.status_code == 429
    assert "Too many previews" in page.get_data(as_text=True)
    assert "Kept text" in page.get_data(as_text=True)


# ---------------------------------------------------------------- without JavaScript


@pytest.mark.parametrize("where", ["reply", "new_topic", "edit"])
def test_the_preview_button_shows_the_text_and_saves_nothing(where, app, client, session,
                                                             make_user):
    login(client, make_user(username="writer"))
    topic = _topic(client)
    raw = "A **bold** claim <script>alert(1)</script>"
    url = {"reply": f"/t/{topic}/reply", "new_topic": "/b/cardiology/new"}.get(where)
    data = {"raw": raw, "preview": "1"}
    if where == "new_topic":
        data.update(title="A title long enough to pass", tags="ecg")
    if where == "edit":
        post_id = session.scalar(select(Post.id).where(Post.topic_id == topic))
        url = f"/p/{post_id}/edit"
        data.update(base_revision="1", reason="")
    before = session.scalar(select(func.count(Post.id)))
    page = post_form(client, url, data)
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    preview = html.split('data-preview-panel', 1)[1].split("</section>", 1)[0]
    assert "<strong>bold</strong>" in preview and "<script" not in preview
    # The text stays in the form, escaped, to be sent or changed.
    assert "A **bold** claim &lt;script&gt;alert(1)&lt;/script&gt;</textarea>" in html
    fresh(session)
    assert session.scalar(select(func.count(Post.id))) == before
    if where == "edit":
        assert session.scalar(select(Post.raw).where(Post.topic_id == topic)) == "What next?"


def test_composer_pages_carry_the_composer_and_its_script(client, make_user):
    login(client, make_user())
    topic = _topic(client)
    for url in (f"/t/{topic}", f"/t/{topic}/reply", "/b/cardiology/new"):
        html = client.get(url).get_data(as_text=True)
        assert "data-composer" in html and 'name="preview"' in html
        assert re.search(r'src="/static/js/composer\.js\?v=\w+"', html), url
        assert f'data-draft-key="{"topic:cardiology" if "new" in url else f"reply:{topic}"}"' \
            in html
        assert "<script>" not in html and " style=" not in html


# ---------------------------------------------------------------- mention suggestions


def test_mention_suggestions_show_only_what_profiles_show(app, client, session, make_user):
    api = _api(app, client)
    api.get(f"{PREFIX}/mentions?q=ab", expect=401)
    me = make_user(username="reader")
    for n in range(10):
        make_user(username=f"abel{n}", display_name=f"Dr Abel {n}")
    make_user(username="ABBY_K", display_name="Dr Abby K")
    gone = make_user(username="abdeleted")
    inactive = make_user(username="abinactive")
    banned = make_user(username="absuspended")
    make_user(username="xab")  # not a prefix match
    make_user(username="a_b")  # "_" is a character here, not a wildcard
    with app.app_context():
        s = database.session
        s.get(User, gone.id).deleted_at = utcnow()
        s.get(User, inactive.id).is_active = False
        standing_of(s, s.get(User, banned.id)).suspended_until = utcnow() + timedelta(days=3)
        s.commit()
    api.csrf = sign_in_with_cookie(app, client, me)
    items = api.get(f"{PREFIX}/mentions?q=AB", expect=200).get_json()["items"]
    names = [i["username"] for i in items]
    assert len(items) == 8  # at most eight
    assert names[0] == "ABBY_K" and names[1:] == [f"abel{n}" for n in range(7)]
    assert not {"abdeleted", "abinactive", "absuspended", "xab"} & set(names)
    assert set(items[0]) == {"username", "display_name", "credentials"}  # no email, no ids
    assert api.get(f"{PREFIX}/mentions?q=%40a_", expect=200).get_json()["items"] == [
        {"username": "a_b", "display_name": "Dr A_B", "credentials": "MD"}]
    for nothing in ("", "@", "a b", "%25", "ab%27--"):
        assert api.get(f"{PREFIX}/mentions", query_string={"q": nothing},
                       expect=200).get_json()["items"] == []


# ---------------------------------------------------------------- the write-up editor


def _start_case(client) -> int:
    response = client.post("/b/cardiology/cases/new", data={
        "csrf_token": csrf_token(client), "title": "Constrictive pericarditis: a case report"})
    assert response.status_code == 303
    return int(response.headers["Location"].split("/")[2])


def test_a_section_preview_follows_the_write_up_access(app, client, make_user):
    author = make_user()
    api = _api(app, client, author)
    case_id = _start_case(client)
    html = api.post(f"{PREFIX}/cases/{case_id}/preview",
                    json={"raw": "*Septal bounce* <script>x()</script>"},
                    expect=200).get_json()["html"]
    assert "<em>Septal bounce</em>" in html and "<script" not in html
    assert api.post(f"{PREFIX}/cases/{case_id}/preview", json={"raw": "  "},
                    expect=200).get_json()["html"] == ""
    # Anybody else: the draft does not exist for them.
    other = app.test_client()
    other_api = _api(app, other, make_user())
    other_api.post(f"{PREFIX}/cases/{case_id}/preview", json={"raw": "x"}, expect=404)
    _api(app, app.test_client()).post(f"{PREFIX}/cases/{case_id}/preview",
                                      json={"raw": "x"}, expect=401)


def test_editor_preview_and_add_rows_work_without_javascript(app, client, session, make_user):
    login(client, make_user())
    case_id = _start_case(client)
    page = client.get(f"/cases/{case_id}/edit").get_data(as_text=True)
    # Navigation, CARE hints, counts, the timeline as a table with remove buttons for JS.
    assert 'aria-labelledby="section-nav-h"' in page and 'href="#s-discussion"' in page
    assert "1 of 13 written" in page and "Total: <strong data-total-words>5 words" in page
    assert "Strengths and limitations, the literature" in page
    # Each of the thirteen sections carries its CARE item's hint, under its title, read with
    # its field (aria-describedby).
    for key in SECTION_KEYS:
        block = page.split(f'<section id="s-{key}"', 1)[1].split("</section>", 1)[0]
        with app.test_request_context():
            hint = str(SECTIONS[key][1])
        assert f'<p id="h-{key}" class="care-hint"><span class="care-tag">CARE</span> {hint}' \
            in unescape(block), key
        assert re.search(rf'<textarea id="f-{key}"[^>]* aria-describedby="h-{key}"', block), key
    assert '<table class="timeline-rows">' in page and page.count("<tr data-timeline-row>") == 3
    form = {"csrf_token": csrf_token(client), "base_version": "1",
            "title": "Constrictive pericarditis: a case report",
            "discussion": "The **take-away**: look for the cause.",
            "day": ["0", ""], "event": ["Admitted", ""], "preview": "discussion"}
    shown = client.post(f"/cases/{case_id}/edit", data=form)
    html = shown.get_data(as_text=True)
    assert shown.status_code == 200
    panel = html.split('id="p-discussion"', 1)[1].split("</section>", 1)[0]
    assert "<strong>take-away</strong>" in panel
    assert "The **take-away**: look for the cause.</textarea>" in html
    assert 'value="Admitted"' in html and "3 of 13 written" in html  # title, timeline, discussion
    form.pop("preview")
    more = client.post(f"/cases/{case_id}/edit", data={**form, "add_rows": "1"})
    assert more.status_code == 200
    assert more.get_data(as_text=True).count("<tr data-timeline-row>") == 5
    fresh(session)
    assert session.scalar(select(func.count(CaseVersion.id))
                          .where(CaseVersion.case_id == case_id)) == 1  # nothing saved

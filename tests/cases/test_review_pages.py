"""The peer-review pages: each party's page renders with labelled fields, CSRF tokens in every
form, no inline script or style, hostile Markdown in letters and reviews shown as text; and
what each page offers (or refuses) follows the policy."""
from __future__ import annotations

from html.parser import HTMLParser

from community.cases.review import service as review
from community.platform.db import commit
from tests.support import review as support
from tests.support.web import login, post_form


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict]] = []
        self.form_tokens: list[bool] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        if tag == "form":
            self.form_tokens.append(False)
        if tag == "input" and attrs.get("name") == "csrf_token" and self.form_tokens:
            self.form_tokens[-1] = True


def _check(html: str, url: str) -> None:
    page = _Page()
    page.feed(html)
    labels = {a.get("for") for tag, a in page.elements if tag == "label"}
    for tag, attrs in page.elements:
        assert "style" not in attrs and tag != "style", (url, tag)
        if tag == "script":
            assert attrs.get("src"), url
        for name, value in attrs.items():
            assert not name.startswith("on"), (url, tag, name)
            if name in ("href", "src"):
                assert not (value or "").lower().startswith("javascript:"), (url, value)
        if tag in ("textarea", "select") or (tag == "input" and attrs.get("type") not in (
                "hidden", "submit")):
            assert attrs.get("id") in labels, (url, tag, attrs.get("name"))
    assert all(page.form_tokens), url


HOSTILE = '<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>'


def test_every_party_gets_a_sound_page(app, session, make_user):
    team = support.make_team(make_user)
    case_id, mine, other = support.reviewed(session, team)
    review.submit_review(session, support.fresh(session, team.other_reviewer),
                         session.get(review.ReviewAssignment, other),
                         {**support.GOOD_REVIEW, "comments_to_authors": HOSTILE})
    commit(session)
    review.decide(session, support.fresh(session, team.editor),
                  support.get_case(session, case_id), {"decision": "revisions",
                                                       "letter": HOSTILE})
    commit(session)
    pages = {team.editor: ["/editor", f"/editor/cases/{case_id}", "/editor?state=in_review"],
             team.reviewer: ["/reviews", f"/reviews/{mine}"],
             team.corresponding: [f"/cases/{case_id}/review"],
             team.admin: ["/editor/board-editors"]}
    for user, urls in pages.items():
        client = app.test_client()
        login(client, user)
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            html = response.get_data(as_text=True)
            _check(html, url)
            assert "<script>alert(1)" not in html
    published_id = support.published(session, support.make_team(
        lambda *a, **k: make_user(*a, **{**k, "username": "p_" + k["username"]})))
    html = app.test_client().get(f"/cases/{published_id}").get_data(as_text=True)
    _check(html, "published")


def test_pages_refuse_what_the_policy_refuses(app, session, make_user):
    team = support.make_team(make_user)
    case_id, mine, _ = support.with_reviewers(session, team)
    member = app.test_client()
    login(member, team.member)
    assert member.get("/editor").status_code == 403
    assert member.get(f"/editor/cases/{case_id}").status_code == 404
    assert member.get(f"/reviews/{mine}").status_code == 403
    assert member.get(f"/cases/{case_id}/review").status_code == 404
    assert member.get("/editor/board-editors").status_code == 403
    assert post_form(member, f"/editor/cases/{case_id}/decide",
                     {"decision": "accept", "letter": "x"}).status_code == 404
    author = app.test_client()
    login(author, team.corresponding)
    assert author.get(f"/editor/cases/{case_id}").status_code == 404  # never their own
    anonymous = app.test_client()
    assert anonymous.get("/editor").status_code == 302
    assert anonymous.get(f"/cases/{case_id}").status_code == 302  # sign in first
    # The editor's form keeps the letter on a bad decision.
    editor = app.test_client()
    login(editor, team.editor)
    response = post_form(editor, f"/editor/cases/{case_id}/decide",
                         {"decision": "someday", "letter": "Kept letter text"})
    assert response.status_code == 422
    assert "Kept letter text" in response.get_data(as_text=True)


def test_administrators_appoint_board_editors_through_the_page(app, session, make_user):
    team = support.make_team(make_user)
    admin = app.test_client()
    login(admin, team.admin)
    response = post_form(admin, "/editor/board-editors",
                         {"board": "cardiology", "username": team.board_editor.username})
    assert response.status_code == 303
    assert "Beatrix Quill" in admin.get("/editor/board-editors").get_data(as_text=True)
    editor = app.test_client()
    login(editor, team.board_editor)
    assert editor.get("/editor").status_code == 200
    assert post_form(admin, "/editor/board-editors",
                     {"board": "cardiology", "username": "nobody"}).status_code == 422
    post_form(admin, "/editor/board-editors", {"board": "cardiology", "appoint": "0",
                                               "username": team.board_editor.username})
    assert editor.get("/editor").status_code == 403


def test_a_reviewer_answers_through_the_page(app, session, make_user):
    team = support.make_team(make_user)
    case_id = support.in_review(session, team)
    assignment = review.invite_reviewer(
        session, support.fresh(session, team.editor), support.get_case(session, case_id),
        {"username": team.reviewer.username, "due_on": support.due()})
    commit(session)
    client = app.test_client()
    login(client, team.reviewer)
    url = f"/reviews/{assignment.id}/respond"
    refused = post_form(client, url, {"accept": "maybe", "reason": "Kept reason"})
    assert refused.status_code == 422 and "Kept reason" in refused.get_data(as_text=True)
    refused = post_form(client, url, {"accept": "yes", "competing_interests": "yes"})
    assert refused.status_code == 422  # a yes needs its statement
    assert post_form(client, url, {"accept": "no", "reason": "Away"}).status_code == 303
    session.commit()
    session.expire_all()
    answered = session.get(review.ReviewAssignment, assignment.id)
    assert (answered.status, answered.decline_reason) == ("declined", "Away")

"""Issue 16, leaks 1–3, each as it was found: a reviewer who moderates the write-up's board
learnt the author from a PHI override; a site moderator who co-wrote it learnt its reviewers
from their disclosure reviews (and a moderator who reviews it, the authors from theirs); a
moderator read a private draft's identifiers from its findings. Parties who are not on the
other side (another moderator) still see and decide those items."""
from __future__ import annotations

from sqlalchemy import select

from moderation.disclosures.models import RoleClearance
from moderation.queue.models import QueueItem
from tests.support import review as support
from tests.support.deid import appoint
from tests.support.web import login

API = "/api/v1"


def identities(*users) -> list[str]:
    return [s.lower() for user in users for s in (user.username, user.display_name,
                                                  user.email)]


def assert_absent(body: str, forbidden: list[str], where: str) -> None:
    leaks = [name for name in forbidden if name in body.lower()]
    assert not leaks, f"{where} shows {leaks}"


def api_get(app, token: str, url: str):
    return app.test_client().get(url, headers={"Authorization": f"Bearer {token}"})


def authors_of(team) -> list[str]:
    return identities(team.author, team.coauthor, team.corresponding)


def test_a_reviewer_who_moderates_the_board_never_learns_the_author(app, session, make_user,
                                                                     token_for):
    team = support.make_team(make_user)
    case_id, _, _ = support.with_reviewers(session, team, support.phi_override(session, team))
    appoint(session, team.reviewer, "cardiology")
    token = token_for(team.reviewer)
    listing = api_get(app, token, f"{API}/queue?kind=phi_override&status=all")
    assert listing.status_code == 200 and listing.get_json()["total"] == 1
    assert_absent(listing.get_data(as_text=True), authors_of(team), "the queue listing")
    item_id = listing.get_json()["items"][0]["id"]
    assert api_get(app, token, f"{API}/queue/{item_id}").status_code == 404
    assert api_get(app, token, f"{API}/cases/{case_id}/phi").status_code == 404
    client = app.test_client()
    login(client, team.reviewer)
    page = client.get("/moderation?kind=phi_override&status=all")
    assert page.status_code == 200
    assert_absent(page.get_data(as_text=True), authors_of(team), "the queue page")
    assert client.get(f"/moderation/items/{item_id}").status_code == 404
    # A board moderator outside the review decides it, and may know whose it is.
    neutral = make_user()
    appoint(session, neutral, "cardiology")
    item = api_get(app, token_for(neutral), f"{API}/queue/{item_id}").get_json()
    assert item["subject_user"]["username"] == team.author.username and item["can_act"]


def _clearance_item(session, user, role: str) -> tuple[RoleClearance, QueueItem]:
    session.commit()
    clearance = session.scalar(select(RoleClearance).where(
        RoleClearance.user_id == user.id, RoleClearance.role == role))
    item = session.scalar(select(QueueItem).where(
        QueueItem.kind == "disclosure_review", QueueItem.subject_id == clearance.id))
    return clearance, item


def _hidden_clearance(app, session, viewer, token, party, role) -> None:
    """Everything the viewer could read of the party's role request answers 404 or hides
    them: the queue listing, the item, the request and the disclosure it was reviewed on."""
    clearance, item = _clearance_item(session, party, role)
    listing = api_get(app, token, f"{API}/queue?kind=disclosure_review&status=all")
    assert listing.status_code == 200
    assert_absent(listing.get_data(as_text=True), identities(party), "the queue listing")
    for url in (f"{API}/queue/{item.id}", f"{API}/role-clearances/{clearance.id}",
                f"{API}/disclosures/{clearance.disclosure_id}",
                f"{API}/users/{party.username}/disclosures"):
        assert api_get(app, token, url).status_code == 404, url
    client = app.test_client()
    login(client, viewer)
    for url in (f"/moderation/items/{item.id}", f"/disclosures/{clearance.disclosure_id}"):
        assert client.get(url).status_code == 404, url
    page = client.get("/moderation?kind=disclosure_review&status=all").get_data(as_text=True)
    assert_absent(page, identities(party), "the queue page")


def test_a_moderator_who_wrote_the_case_never_learns_its_reviewers(app, session, make_user,
                                                                    token_for):
    team = support.make_team(make_user, coauthor="moderator")
    support.with_reviewers(session, team)
    token = token_for(team.coauthor)
    for reviewer in (team.reviewer, team.other_reviewer):
        _hidden_clearance(app, session, team.coauthor, token, reviewer, "case_reviewer")
    # A moderator outside the review still reads them (it is their job).
    clearance, item = _clearance_item(session, team.reviewer, "case_reviewer")
    neutral = token_for(team.moderator)
    assert api_get(app, neutral, f"{API}/queue/{item.id}").status_code == 200
    assert api_get(app, neutral, f"{API}/role-clearances/{clearance.id}").status_code == 200


def test_a_moderator_who_reviews_the_case_never_learns_its_authors(app, session, make_user,
                                                                    token_for):
    team = support.make_team(make_user, other_reviewer="moderator")
    support.with_reviewers(session, team)
    token = token_for(team.other_reviewer)
    for author, role in ((team.author, "case_coauthor"), (team.coauthor, "case_coauthor"),
                         (team.corresponding, "case_author")):
        _hidden_clearance(app, session, team.other_reviewer, token, author, role)
    # Nor the other reviewer: reviewers are "Reviewer N" to each other.
    _hidden_clearance(app, session, team.other_reviewer, token, team.reviewer, "case_reviewer")


def test_a_private_drafts_findings_answer_only_its_readers(app, session, make_user, token_for):
    team = support.make_team(make_user)
    case_id = support.draft(session, team)
    support.phi_override(session, team)(case_id)
    title = support.SECTIONS["title"]
    for user in (team.moderator, team.member, team.reviewer):
        token = token_for(user)
        assert api_get(app, token, f"{API}/cases/{case_id}").status_code == 404
        assert api_get(app, token, f"{API}/cases/{case_id}/phi").status_code == 404
        client = app.test_client()
        login(client, user)
        page = client.get(f"/cases/{case_id}/phi")
        assert page.status_code == 404 and title not in page.get_data(as_text=True)
    for user in (team.author, team.editor, team.admin):
        report = api_get(app, token_for(user), f"{API}/cases/{case_id}/phi")
        assert report.status_code == 200, user.username
        assert report.get_json()["overrides"][0]["by"] == team.author.username
    # The moderator judges the override from its item, without the draft's title.
    item = api_get(app, token_for(team.moderator), f"{API}/queue?kind=phi_override")
    assert title not in item.get_data(as_text=True)


def test_an_administrator_who_reviews_the_case_never_learns_its_authors_from_the_audit_log(
        app, session, make_user, token_for):
    """Issue 16: administrators read every audit entry, and entries name their actors (an
    author's PHI override) and the members their queue items are about (the authors' role
    clearances). An administrator who reviews the write-up sees "a party to the review"
    there, in the page, the API and the CSV; a neutral administrator still sees them."""
    team = support.make_team(make_user, other_reviewer="admin")
    support.with_reviewers(session, team, support.phi_override(session, team))
    session.commit()
    reviewer, neutral = team.other_reviewer, team.admin
    urls = ("/moderation/audit", "/moderation/audit.csv", f"{API}/audit",
            f"{API}/audit?format=csv", "/moderation/audit?subject_type=phi_override",
            f"{API}/audit?actor={team.author.username}",
            f"/moderation/audit.csv?actor={team.author.username}")

    def bodies(viewer):
        client = app.test_client()
        login(client, viewer)
        token = token_for(viewer)
        for url in urls:
            answer = (api_get(app, token, url) if url.startswith(API) else client.get(url))
            assert answer.status_code == 200, url
            yield url, answer.get_data(as_text=True)

    for url, body in bodies(reviewer):
        assert_absent(body, authors_of(team), url)
    log = api_get(app, token_for(reviewer), f"{API}/audit?subject_type=phi_override")
    actors = {e["actor"] for e in log.get_json()["items"]}
    assert actors == {"a party to the review"}
    assert api_get(app, token_for(reviewer), f"{API}/audit?actor={team.author.username}"
                   ).get_json()["total"] == 0
    seen = dict(bodies(neutral))
    assert team.author.username in seen["/moderation/audit"]
    assert team.author.username in seen[f"{API}/audit"]
    assert team.author.username in seen["/moderation/audit.csv"]
    assert api_get(app, token_for(neutral), f"{API}/audit?actor={team.author.username}"
                   ).get_json()["total"] >= 1


def test_a_published_write_up_on_a_restricted_board_is_unknown_to_those_who_may_not_read_it(
        app, session, make_user, token_for):
    """Issue 16: a write-up on a verified-only board answers as a missing one (404) to
    members who are not verified and to visitors: the write-up, its page and its
    disclosure statement; a verified clinician reads them."""
    from community.platform.spaces.models import Board

    team = support.make_team(make_user)
    case_id = support.published(session, team)
    board = session.scalar(select(Board).where(Board.slug == "cardiology"))
    board.verified_only = True
    session.commit()
    urls = (f"{API}/cases/{case_id}", f"/cases/{case_id}",
            f"{API}/disclosure-statements/case/{case_id}")
    for reader, status in ((None, 404), (make_user(), 404), (make_user(verified=True), 200)):
        client = app.test_client()
        if reader is not None:
            login(client, reader)
        for url in urls:
            assert client.get(url).status_code == status, (url, reader)


def test_a_moderator_invited_to_review_stops_learning_the_author_from_a_page_seen_before(
        app, session, make_user):
    """Members' pages are cached (issue 14): a moderator who read the queue before being
    invited to review the write-up must not be served that copy, which names the author."""
    team = support.make_team(make_user)
    case_id = support.in_review(session, team, support.phi_override(session, team))
    appoint(session, team.reviewer, "cardiology")
    support.clear(session, team.reviewer, "case_reviewer", case_id, team.moderator)
    client = app.test_client()
    login(client, team.reviewer)
    url = "/moderation?kind=phi_override&status=all"
    for _ in range(4):  # until it comes from the member's cache (a first visit writes)
        before = client.get(url)
        if before.headers.get("X-Rounds-Cache") == "hit":
            break
    assert before.headers.get("X-Rounds-Cache") == "hit"
    assert team.author.username in before.get_data(as_text=True)  # not a party yet
    support.review.invite_reviewer(session, support.fresh(session, team.editor),
                                   support.get_case(session, case_id),
                                   {"username": team.reviewer.username, "due_on": support.due()})
    session.commit()
    after = client.get(url)
    assert after.status_code == 200
    assert_absent(after.get_data(as_text=True), authors_of(team), "the queue page, cached before")

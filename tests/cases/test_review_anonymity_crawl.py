"""Double-anonymous review over everything a party can reach (issue 16): every pair of roles in
a review is arranged — authors and a co-author who is a site moderator, a reviewer who
moderates the write-up's board and one who is a site moderator, editors, a neutral
moderator — then each party crawls every page and API GET of the app (the URL map, ids
filled from the arranged world, every queue item, role request, disclosure and assignment
tried), and every body is scanned for the other side's display names, usernames and emails.

Who must not learn whom is the table below; anyone else (editors, a moderator outside the
review) may know everybody, and the leak tests show they still do their work."""
from __future__ import annotations

import itertools
import re

import pytest
from sqlalchemy import select

from community.cases.review import service as review
from community.cases.review.models import ReviewAssignment
from moderation.disclosures.models import Disclosure, RoleClearance
from moderation.queue.models import QueueItem
from tests.support import review as support
from tests.support.api import PREFIX
from tests.support.deid import appoint
from tests.support.web import login

pytestmark = pytest.mark.slow

AUTHORS = ("author", "coauthor", "corresponding")
REVIEWERS = ("reviewer", "other_reviewer")
# party -> the parties whose identity must never reach them (before publication).
MUST_NOT_LEARN = {
    "author": REVIEWERS,
    "coauthor": REVIEWERS,  # a site moderator too
    "corresponding": REVIEWERS,
    "reviewer": (*AUTHORS, "other_reviewer"),  # the board's moderator too
    "other_reviewer": (*AUTHORS, "reviewer"),  # a site moderator too
}
# Lists that name people for a reason unrelated to any review: a board's moderators are
# public (the reviewer moderates the write-up's board), which says nothing of who reviews.
PUBLIC_ROLES = {"/b/<slug>/moderators", f"{PREFIX}/boards/<slug>/moderators"}
# Not pages a party reads: static files, and the calendar feed (a secret token, no session).
SKIPPED = {"/static/<path:filename>", "/sessions/feed/<token>.ics"}
# What the crawl must reach, or it proves nothing: (party, URL) pairs that answer 200.
MUST_REACH = {"author": ("/cases/{case_id}/review",),
              "reviewer": ("/reviews/{mine}", "/moderation"),
              "coauthor": ("/moderation", "/cases/{case_id}/phi"),
              "other_reviewer": ("/reviews/{other}", "/moderation")}
PARAMETER = re.compile(r"<(?:[^:<>]+:)?(\w+)>")


def world(session, team) -> dict:
    """Reviewed, revisions asked for, a PHI override in the queue: every kind of item."""
    prepare = support.phi_override(session, team)
    case_id, mine, other = support.reviewed(session, team, prepare)
    review.submit_review(session, support.fresh(session, team.other_reviewer),
                         session.get(ReviewAssignment, other),
                         {**support.GOOD_REVIEW, "recommendation": "major_revisions"})
    session.commit()
    review.decide(session, support.fresh(session, team.editor),
                  support.get_case(session, case_id),
                  {"decision": "revisions", "letter": "Please revise."})
    session.commit()
    return {"case_id": case_id, "mine": mine, "other": other}


def values_of(session, arranged: dict, viewer) -> dict[str, list]:
    """Each URL parameter's values: the arranged ids, every id of the kinds the review
    writes, and ids nobody has for the rest."""
    every = {
        "item_id": session.scalars(select(QueueItem.id)).all(),
        "clearance_id": session.scalars(select(RoleClearance.id)).all(),
        "disclosure_id": session.scalars(select(Disclosure.id)).all(),
        "assignment_id": [arranged["mine"], arranged["other"]],
    }
    fixed = {"case_id": arranged["case_id"], "content_id": arranged["case_id"],
             "content_kind": "case", "slug": "cardiology", "number": 1,
             "username": viewer.username, "code": "ZZZZ-ZZZZ-ZZZZ"}
    return {**{k: [v] for k, v in fixed.items()}, **every}


def urls(app, values: dict[str, list]) -> list[tuple[str, str]]:
    """(rule, URL) for every GET rule, once per combination of the values it takes."""
    found = []
    for rule in sorted({r.rule for r in app.url_map.iter_rules() if "GET" in r.methods}):
        if rule in SKIPPED:
            continue
        names = PARAMETER.findall(rule)
        choices = [values.get(name, [999999]) for name in names]
        found += [(rule, fill(rule, combination))
                  for combination in itertools.product(*choices)]
    return found


def fill(rule: str, combination: tuple) -> str:
    """The rule with its parameters replaced, in order, by the combination's values."""
    values = iter(combination)
    return PARAMETER.sub(lambda _: str(next(values)), rule)


def identities(*users) -> list[str]:
    return [s.lower() for user in users for s in (user.username, user.display_name,
                                                  user.email)]


def crawl(app, viewer, token: str, targets: list[tuple[str, str]]) -> dict[str, tuple]:
    """Every URL as the viewer: pages with their signed-in browser, the API with a token."""
    browser = app.test_client()
    login(browser, viewer)
    answers = {}
    for rule, url in targets:
        if url.startswith(PREFIX):
            response = app.test_client().get(url, headers={"Authorization": f"Bearer {token}"})
        else:
            response = browser.get(url)
        answers[url] = (rule, response.status_code,
                        response.get_data().decode("utf-8", "replace").lower())
    return answers


def test_no_party_learns_the_other_side_anywhere(app, session, make_user, token_for):
    team = support.make_team(make_user, coauthor="moderator", other_reviewer="moderator")
    appoint(session, team.reviewer, "cardiology")
    arranged = world(session, team)
    coverage = {}
    for party, hidden in MUST_NOT_LEARN.items():
        viewer = getattr(team, party)
        forbidden = identities(*(getattr(team, other) for other in hidden))
        answers = crawl(app, viewer, token_for(viewer), urls(app, values_of(
            session, arranged, viewer)))
        coverage[party] = len(answers)
        for url, (rule, status, body) in answers.items():
            assert status < 500, (party, url, status)
            if rule not in PUBLIC_ROLES:
                leaks = [name for name in forbidden if name in body]
                assert not leaks, f"{party} learns {leaks} at {url} ({status})"
        for url in MUST_REACH.get(party, ()):
            assert answers[url.format(**arranged)][1] == 200, (party, url)
    # The crawl covers the whole app for everyone (about 200 URLs each).
    assert min(coverage.values()) >= 150, coverage

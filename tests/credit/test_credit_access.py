"""Who reaches what, over every credit page and endpoint the app serves: a learner, the host and
a presenter of the session, the credit office, a moderator, another member and a visitor try
each GET route of credit with real ids. Nobody gets a 500; what is private (a claim, its
certificate, a learner's profile and transcript, the reports and exports) answers only to those
the policy names; the public verification and key set answer everyone and never name the
learner."""
from __future__ import annotations

import re

import pytest

from community.credit import policy
from realtime.sessions.models import SessionPresenter
from tests.support.api import PREFIX
from tests.support.credit import attended, claim
from tests.support.web import login

OWNER_ONLY = ("learner", "office")


@pytest.fixture
def world(app, session, make_user):
    host, presenter, learner = make_user(), make_user(), make_user(display_name="Dr Ines Vale")
    activity = attended(session, host, [learner])
    session.add(SessionPresenter(session_id=activity.session_id, user_id=presenter.id))
    session.commit()
    made = claim(session, learner, activity, credits=0.75)
    people = {"learner": learner, "host": host, "presenter": presenter,
              "office": make_user("admin"), "moderator": make_user("moderator"),
              "stranger": make_user(), "visitor": None}
    values = {"activity_id": activity.id, "claim_id": made.id, "code": made.code,
              "series_id": 999999, "commitment_id": 999999, "user_id": learner.id,
              "session_id": activity.session_id, "case_id": 999999}
    return people, values


def _routes(app) -> list[str]:
    """Every GET route of the credit feature, its parameters filled in by the test."""
    found = []
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or not (
                rule.endpoint.startswith("credit") or "/credit" in rule.rule
                or "rounds-credit-keys" in rule.rule):
            continue
        found.append(_plain(rule.rule))
    return sorted(set(found))


def _plain(rule: str) -> str:
    """A rule without Flask's converters for pages (`<int:x>` -> `<x>`); the API's own `id`
    converter is kept, as the table names it."""
    return re.sub(r"<int:(\w+)>", r"<\1>", rule)


# What each party may open; anything else must be refused (401/403/404 or the sign-in page).
EXPECTED_OPEN = {
    "/credit": ("learner", "host", "presenter", "office", "moderator", "stranger"),
    "/credit/profile": ("learner", "host", "presenter", "office", "moderator", "stranger"),
    "/credit/activities/<activity_id>": "everyone",
    "/credit/activities/<activity_id>/report": ("host", "presenter", "office"),
    "/credit/claims/<claim_id>": OWNER_ONLY,
    "/credit/claims/<claim_id>/certificate": OWNER_ONLY,
    "/credit/claims/<claim_id>/certificate.pdf": OWNER_ONLY,
    "/credit/claims/<claim_id>/certificate.json": OWNER_ONLY,
    "/credit/verify": "everyone",
    "/credit/verify/<code>": "everyone",
    "/.well-known/rounds-credit-keys.json": "everyone",
    "/credit/admin": ("office",),
    "/credit/admin/reports": ("office",),
    "/credit/admin/pars/activities.tsv": ("office",),
    "/credit/admin/pars/learners.tsv": ("office",),
    "/credit/transcript.csv": ("learner", "host", "presenter", "office", "moderator",
                               "stranger"),
    "/credit/transcript.pdf": ("learner", "host", "presenter", "office", "moderator",
                               "stranger"),
    f"{PREFIX}/credit/provider": "everyone",
    f"{PREFIX}/credit/activities/<id:activity_id>": "everyone",
    f"{PREFIX}/credit/activities/<id:activity_id>/earned": ("learner", "host", "presenter",
                                                             "office", "moderator",
                                                             "stranger"),
    f"{PREFIX}/credit/activities/<id:activity_id>/questions": (),  # a live activity: none
    f"{PREFIX}/credit/activities/<id:activity_id>/xapi": ("office",),
    f"{PREFIX}/credit/activities/<id:activity_id>/report": ("host", "presenter", "office"),
    f"{PREFIX}/credit/series/<id:series_id>/report": (),  # no such series
    f"{PREFIX}/credit/admin/activities": ("office",),
    f"{PREFIX}/credit/admin/pars/activities": ("office",),
    f"{PREFIX}/credit/admin/pars/learners": ("office",),
    f"{PREFIX}/credit/claims": ("learner", "host", "presenter", "office", "moderator",
                                "stranger"),
    f"{PREFIX}/credit/claims/<id:claim_id>": OWNER_ONLY,
    f"{PREFIX}/credit/claims/<id:claim_id>/certificate": OWNER_ONLY,
    f"{PREFIX}/credit/claimable": ("learner", "host", "presenter", "office", "moderator",
                                   "stranger"),
    f"{PREFIX}/credit/commitments": ("learner", "host", "presenter", "office", "moderator",
                                     "stranger"),
    f"{PREFIX}/credit/profile": ("learner", "host", "presenter", "office", "moderator",
                                 "stranger"),
    f"{PREFIX}/credit/me": ("learner", "host", "presenter", "office", "moderator",
                            "stranger"),
    f"{PREFIX}/credit/verify/<code>": "everyone",
    "/credit/series/<series_id>/report": (),  # no such series
    "/sessions/<session_id>/credit": ("office",),  # the designation form
    "/cases/<case_id>/credit": (),  # no such write-up
    "/credit/commitments/<commitment_id>": (),  # no such commitment
}


def test_every_credit_route_answers_only_whom_the_policy_names(app, session, world,
                                                               token_for):
    people, values = world
    routes = _routes(app)
    unlisted = [r for r in routes if r not in EXPECTED_OPEN]
    assert not unlisted, f"add these routes to EXPECTED_OPEN: {unlisted}"
    clients = {}
    for name, user in people.items():
        clients[name] = app.test_client()
        if user is not None:
            login(clients[name], user)
    tokens = {name: token_for(user) for name, user in people.items() if user is not None}
    learner = people["learner"]
    for rule in routes:
        url = re.sub(r"<(?:[^:<>]+:)?(\w+)>", lambda m: str(values[m.group(1)]), rule)
        allowed = EXPECTED_OPEN[rule]
        for name in people:
            if rule.startswith(PREFIX):
                headers = {"Authorization": f"Bearer {tokens[name]}"} if name in tokens else {}
                response = app.test_client().get(url, headers=headers)
            else:
                response = clients[name].get(url)
            status = response.status_code
            assert status < 500, (rule, name, status)
            opened = allowed == "everyone" or name in allowed
            if opened:
                assert status == 200, (rule, name, status, response.get_data(as_text=True)[:300])
            else:
                assert status in (302, 401, 403, 404, 409), (rule, name, status)
            if status == 200 and name not in OWNER_ONLY and not rule.endswith(".pdf"):
                body = response.get_data(as_text=True)
                # Only the learner and the office ever see the learner's name in credit.
                if rule not in ("/credit/activities/<activity_id>/report",) or name != "office":
                    assert learner.display_name not in body, (rule, name)


def test_the_policy_names_the_office(app, session, make_user):
    assert policy.is_credit_admin(session, make_user("admin"))
    assert not policy.is_credit_admin(session, make_user("moderator"))
    assert not policy.is_credit_admin(session, None)

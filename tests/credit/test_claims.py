"""Claims and the ledger: a double click or two processes claiming at once award once (on
PostgreSQL, over a real server), the ledger refuses UPDATE and DELETE in the database, a
correction is a new entry naming the one it corrects, revocation takes the credit back;
manuscript-review credit through a real Celery worker when the editor rates a review; the
commitment follow-up task; and who may reach each credit endpoint."""
from __future__ import annotations

import threading
from datetime import timedelta

import pytest
import requests
from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import DBAPIError

from community.credit.models import Commitment, CreditClaim, LedgerEntry
from community.notifications.models import Notification
from community.platform.db import utcnow
from moderation.disclosures.models import StatementView
from tests.support.api import PREFIX
from tests.support.credit import activity, attended, claim, configured
from tests.support.disclosures import file
from tests.support.sessions import schedule
from tests.support.web import login

CLAIM = {"credit_type": "ama_pra_1", "credits": 1.0}


def test_a_double_click_awards_once(app, session, make_user, token_for, api):
    host, learner = make_user(), make_user()
    row = attended(session, host, [learner])
    token = token_for(learner)
    url = f"{PREFIX}/credit/activities/{row.id}/claims"
    api.post(url, token=token, json=CLAIM, expect=201)
    api.post(url, token=token, json=CLAIM, expect=409)
    session.rollback()
    assert session.scalar(select(func.count(LedgerEntry.id))) == 1


@pytest.mark.postgres
@pytest.mark.slow
def test_concurrent_claims_award_once_on_postgresql(app, session, make_user, token_for,
                                                    live_server, database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("set ROUNDS_TEST_DATABASE_URL to a PostgreSQL database")
    host = make_user()
    learners = [make_user() for _ in range(3)]
    row = attended(session, host, learners)
    tokens = [token_for(u) for u in learners]
    url = f"{live_server}{PREFIX}/credit/activities/{row.id}/claims"
    statuses: list[int] = []
    barrier = threading.Barrier(12)

    def post(token: str) -> None:
        barrier.wait()
        statuses.append(requests.post(url, json=CLAIM, timeout=30,
                                      headers={"Authorization": f"Bearer {token}"}).status_code)

    threads = [threading.Thread(target=post, args=(tokens[n % 3],)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [201] * 3 + [409] * 9, statuses
    session.rollback()
    assert session.scalar(select(func.count(LedgerEntry.id))) == 3
    assert session.scalar(select(func.count(CreditClaim.id))) == 3


def test_the_ledger_is_append_only_in_the_database(app, session, make_user):
    member = make_user()
    made = claim(session, member, activity(session))
    for statement in ("UPDATE credit_ledger SET quarters = 40",
                      "DELETE FROM credit_ledger"):
        with pytest.raises(DBAPIError):
            session.execute(text(statement))
        session.rollback()
    assert session.get(CreditClaim, made.id).quarters == 5


def test_corrections_and_revocation(app, session, make_user, token_for, api):
    member, office = make_user(), make_user("admin")
    made = claim(session, member, activity(session), credits=1.25)
    url = f"{PREFIX}/credit/claims/{made.id}"
    api.post(f"{url}/corrections", token=token_for(member), expect=403,
             json={"credits": 0.25, "reason": "More, please"})
    api.post(f"{url}/corrections", token=token_for(office), expect=422,
             json={"credits": -2, "reason": "Too much"})
    fixed = api.post(f"{url}/corrections", token=token_for(office), expect=201,
                     json={"credits": -0.25, "reason": "Left 15 minutes early"}).get_json()
    assert fixed["credits"] == 1.0
    assert fixed["entries"][1]["corrects"] == fixed["entries"][0]["id"]
    assert fixed["entries"][1]["reason"] == "Left 15 minutes early"
    revoked = api.post(f"{url}/revocation", token=token_for(office), expect=200,
                       json={"reason": "Attendance was not real"}).get_json()
    assert revoked["revoked"] is True and revoked["credits"] == 0
    api.post(f"{url}/revocation", token=token_for(office), expect=409,
             json={"reason": "Again"})
    session.rollback()
    # The original award is still there, unchanged: three entries, 5 - 1 - 4 quarters.
    assert [e.quarters for e in session.scalars(select(LedgerEntry).order_by(
        LedgerEntry.id))] == [5, -1, -4]


def test_commitments_are_followed_up_once(app, session, make_user, token_for, api):
    host, learner = make_user(), make_user()
    row = attended(session, host, [learner], evaluated=False)
    token = token_for(learner)
    made = api.post(f"{PREFIX}/credit/activities/{row.id}/evaluation", token=token,
                    expect=201, json={"objectives_met": 4, "relevance": 4,
                                      "free_of_bias": False, "bias_comment": "One brand "
                                      "was named throughout", "overall": 3,
                                      "commitments": ["Check renal function first"]}).get_json()
    assert made["commitment_id"]
    task = app.extensions["celery"].tasks["rounds.credit_follow_ups"]
    assert task.apply().result == 0  # not due for four weeks
    session.rollback()
    due = session.get(Commitment, made["commitment_id"])
    assert due.follow_up_due - due.created_at == timedelta(days=28)
    due.follow_up_due = utcnow() - timedelta(minutes=1)
    session.commit()
    assert task.apply().result == 1
    assert task.apply().result == 0  # once
    session.rollback()
    [note] = session.scalars(select(Notification)).all()
    assert (note.user_id, note.kind) == (learner.id, "commitment_follow_up")
    assert "what changed" in note.message
    url = f"{PREFIX}/credit/commitments/{made['commitment_id']}/follow-up"
    api.post(url, token=token_for(make_user()), json={"outcome": "partly"}, expect=404)
    answered = api.post(url, token=token, expect=200,
                        json={"outcome": "partly", "barriers": "No time"}).get_json()
    assert answered["outcome"] == "partly"
    api.post(url, token=token, json={"outcome": "implemented"}, expect=409)
    session.rollback()
    assert session.scalar(select(Commitment.outcome)) == "partly"


# ---------------------------------------------------------------- who may reach what


def _parties(session, make_user, token_for):
    host, learner = make_user(), make_user()
    row = attended(session, host, [learner])
    return row, {"learner": learner, "host": host, "office": make_user("admin"),
                 "moderator": make_user("moderator"), "stranger": make_user()}


def test_who_may_do_what(app, session, make_user, token_for, api):
    configured(session)
    row, people = _parties(session, make_user, token_for)
    tokens = {name: token_for(user) for name, user in people.items()}
    made = claim(session, people["learner"], activity(session, title="Another activity"))
    base = f"{PREFIX}/credit"
    expected = {
        # (method, url, body): {party: status}
        ("PUT", f"{base}/provider", (("name", "Rounds CME"), ("accreditation_statement",
                                                              "Accredited."))):
            {"office": 200, "host": 403, "moderator": 403, "learner": 403, None: 401},
        ("POST", f"{base}/administrators", (("username", "nobody"),)):
            {"office": 422, "moderator": 403, "host": 403, None: 401},
        ("GET", f"{base}/claims/{made.id}", ()):
            {"learner": 200, "office": 200, "host": 404, "moderator": 404,
             "stranger": 404, None: 401},
        ("POST", f"{base}/claims/{made.id}/corrections", (("credits", 0.25),
                                                          ("reason", "Fix"))):
            {"host": 404, "moderator": 404, "learner": 403, "office": 201},
        ("POST", f"{base}/activities/{row.id}/reopenings", (("username", "x"),
                                                            ("reason", "On call"))):
            {"learner": 403, "moderator": 403, "stranger": 403, "host": 422,
             "office": 422},
        ("GET", f"{base}/profile", ()): {"learner": 200, None: 401},
        ("GET", f"{base}/activities/{row.id}", ()): {"stranger": 200, None: 200},
    }
    for (method, url, body), answers in expected.items():
        for party, status in answers.items():
            response = api.open(method, url, token=tokens.get(party),
                                json=dict(body) if method != "GET" else None)
            assert response.status_code == status, (method, url, party,
                                                    response.get_data(as_text=True))
    # Pages: the office's page and another's claim are not found for others.
    for name, user in people.items():
        client = app.test_client()
        login(client, user)
        assert client.get("/credit/admin").status_code == (200 if name == "office" else 404)
        assert client.get(f"/credit/claims/{made.id}").status_code == (
            200 if name in ("office", "learner") else 404)


def test_no_credit_without_the_disclosure_statement_first(app, session, make_user, token_for,
                                                          api):
    host, learner = make_user(), make_user()
    row = attended(session, host, [learner])
    session.execute(delete(StatementView))
    session.commit()
    refused = api.post(f"{PREFIX}/credit/activities/{row.id}/claims", token=token_for(learner),
                       json=CLAIM, expect=409).get_json()
    assert "not shown the disclosure statement before the session" in refused["detail"]
    session.rollback()
    assert session.scalar(select(func.count(LedgerEntry.id))) == 0


def test_designation_waits_for_the_disclosure_review(app, session, make_user, token_for, api):
    host = make_user()
    client = app.test_client()
    login(client, host)
    file(session, host, declared_none=True)
    live = schedule(client, session)  # the host's role clearance is still pending
    refused = api.post(f"{PREFIX}/sessions/{live.id}/credit", token=token_for(make_user("admin")),
                       json={"objectives": ["Appraise"], "moore_levels": ["3A"],
                             "max_credits": 1, "credit_types": ["ama_pra_1"]},
                       expect=409).get_json()
    assert "cleared by the disclosure review" in refused["detail"]
    assert host.display_name in refused["detail"]

"""Credit for a live session, end to end: the credit office designates a journal club before it
starts (over the API), the session is held over /live (Flask-SocketIO's test client) with a
break and a late joiner, and the members evaluate, claim and get their certificates — checked
by value against the rounding rule (docs/domain.md §2).

The room runs in real time; to earn minutes without waiting an hour, the recorded timeline is
stretched afterwards (1 real second = 5 minutes) — every row the room wrote (the live period,
attendance intervals, the break, the statement views) is scaled the same way, so the
arithmetic is the room's own."""
from __future__ import annotations

import copy
import csv
import io
import time
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from community.credit import certificates, rules
from community.credit.models import CreditClaim, EvaluationReceipt, LedgerEntry
from community.platform.db import utcnow
from tests.support.api import PREFIX
from tests.support.credit import stretch
from tests.support.sessions import LiveSocket
from tests.support.web import login

pytestmark = pytest.mark.slow

EVALUATION = {"objectives_met": 5, "relevance": 4, "free_of_bias": True, "overall": 5,
              "commitments": ["Start an SGLT2 inhibitor in eligible patients"]}
DESIGNATION = {"objectives": ["Appraise the trial's allocation and follow-up",
                              "Decide whether its results apply to our patients"],
               "moore_levels": ["3A", "4", "5"], "max_credits": 1.0,
               "credit_types": ["ama_pra_1", "participation"]}


def _held(app, session, open_room, make_user, token_for, api):
    """A designated journal club held over /live: a joins at the start, a break from 10 to
    20 minutes, b joins late at 25, the host ends at 55 (after stretching). Each member's
    minutes sit in the middle of their credit's band (a: 45 of 38-52, b: 30 of 23-37), so the
    calls' own time, stretched with the rest, cannot move a credit."""
    room = open_room(members=3)
    office = make_user("admin")
    designated = api.post(f"{PREFIX}/sessions/{room.live.id}/credit", json=DESIGNATION,
                          token=token_for(office), expect=201).get_json()
    a_user, b_user, _absent = room.members
    # a reads the session page (its disclosure statement) first; b only enters the room.
    page = app.test_client()
    login(page, a_user)
    assert page.get(f"/sessions/{room.live.id}").status_code == 200
    # b connects now and joins later: connecting is the slow part on a busy machine, and only
    # the join starts attendance.
    host, a, b = (LiveSocket(app, token_for(u), room.live.id)
                  for u in (room.host, a_user, b_user))
    try:
        assert host.call("join")["ok"] and a.call("join")["ok"]
        origin = utcnow()
        # Each real second is 5 minutes once stretched.
        assert host.call("start")["ok"]
        time.sleep(2.0)
        assert host.call("break_start")["ok"]
        time.sleep(2.0)
        assert host.call("break_end")["ok"]
        time.sleep(1.0)
        assert b.call("join")["ok"]
        time.sleep(6.0)
        assert host.call("end")["ok"]
    finally:
        for sock in (host, a, b):
            sock.close()
    stretch(session, room.live.id, origin, factor=300)
    room.office, room.office_token = office, token_for(office)
    return room, designated, office


def test_a_session_with_a_break_and_a_late_joiner_earns_what_the_rule_says(
        app, session, open_room, make_user, token_for, api):
    room, designated, _office = _held(app, session, open_room, make_user, token_for, api)
    a_user, b_user, absent = room.members
    url = f"{PREFIX}/credit/activities/{designated['id']}"
    a_token, b_token = token_for(a_user), token_for(b_user)

    a_earned = api.get(f"{url}/earned", token=a_token, expect=200).get_json()
    # 55 minutes live, 10 of them a break: 45 minutes -> 3 quarters -> 0.75 credit (the
    # room's own timing adds a minute or a few when stretched, never half a quarter).
    assert 44 <= a_earned["minutes"] <= 52 and a_earned["credits"] == 0.75
    assert a_earned["needs"] == ["Evaluate the activity first."]
    b_earned = api.get(f"{url}/earned", token=b_token, expect=200).get_json()
    # Joined at 25, ended at 55: 30 minutes -> 2 quarters -> 0.5 credit.
    assert 29 <= b_earned["minutes"] <= 37 and b_earned["credits"] == 0.5
    # The host taught: 45 minutes presented -> 3 quarters of an hour -> 2 x 0.75 = 1.5.
    taught = api.get(f"{url}/earned", token=token_for(room.host), expect=200).get_json()
    assert taught["source"] == "teaching" and taught["credits"] == 1.5
    nothing = api.get(f"{url}/earned", token=token_for(absent), expect=200).get_json()
    assert nothing["credits"] == 0 and "You did not attend this session." in nothing["needs"]

    # No claim before the evaluation; nothing written.
    refused = api.post(f"{url}/claims", token=a_token, expect=409,
                       json={"credit_type": "ama_pra_1", "credits": 0.75})
    assert "Evaluate the activity first." in refused.get_json()["detail"]
    api.post(f"{url}/evaluation", token=a_token, json=EVALUATION, expect=201)
    api.post(f"{url}/evaluation", token=a_token, json=EVALUATION, expect=409)
    # More than measured: a clear 422, nothing written.
    over = api.post(f"{url}/claims", token=a_token, expect=422,
                    json={"credit_type": "ama_pra_1", "credits": 1.0})
    assert over.get_json()["errors"]["credits"] == [
        f"You may claim at most 0.75 credits ({a_earned['minutes']} minutes outside breaks)."]
    for bad in ({"credit_type": "ama_pra_1", "credits": 0.3},
                {"credit_type": "ama_pra_1", "credits": 0.5, "user_id": b_user.id},
                {"credit_type": "nursing", "credits": 0.5}):
        api.post(f"{url}/claims", token=a_token, json=bad, expect=422)
    session.rollback()
    assert session.scalar(select(func.count(LedgerEntry.id))) == 0

    claimed = api.post(f"{url}/claims", token=a_token, expect=201,
                       json={"credit_type": "ama_pra_1", "credits": 0.75}).get_json()
    assert claimed["credits"] == 0.75 and claimed["source"] == "attendance"
    assert claimed["entries"][0]["credits"] == 0.75
    api.post(f"{url}/claims", token=a_token, expect=409,
             json={"credit_type": "ama_pra_1", "credits": 0.75})
    # Less than earned is allowed: credit commensurate with participation.
    api.post(f"{url}/evaluation", token=b_token, json={**EVALUATION, "commitments": []},
             expect=201)
    b_claim = api.post(f"{url}/claims", token=b_token, expect=201,
                       json={"credit_type": "participation", "credits": 0.25}).get_json()
    assert b_claim["credits"] == 0.25
    teaching = api.post(f"{url}/claims", token=token_for(room.host), expect=201,
                        json={"credit_type": "ama_pra_1", "credits": 1.5}).get_json()
    assert teaching["source"] == "teaching"

    session.rollback()
    entries = session.scalars(select(LedgerEntry).order_by(LedgerEntry.id)).all()
    assert [(e.user_id, e.source, e.quarters) for e in entries] == [
        (a_user.id, "attendance", 3), (b_user.id, "attendance", 1),
        (room.host.id, "teaching", 6)]
    assert entries[0].evidence["minutes"] == a_earned["minutes"]
    # The evaluation cannot be traced back to its author.
    assert session.scalar(select(func.count()).select_from(EvaluationReceipt)) == 2
    mine = api.get(f"{PREFIX}/credit/claims", token=a_token, expect=200).get_json()
    assert [c["code"] for c in mine["items"]] == [claimed["code"]]
    # Another member cannot read a's claim.
    api.get(f"{PREFIX}/credit/claims/{claimed['id']}", token=b_token, expect=404)
    _certificate_transcript_and_export(app, api, room, claimed, a_token)


def _certificate_transcript_and_export(app, api, room, claimed, a_token):
    """What follows a claim, by value: the certificate (awarded 0.75 of a 1-credit
    designation) and its signed JSON verified against the published keys, good, tampered
    and revoked; a's transcript; the accreditor's learner file."""
    a_user = room.members[0]
    page = app.test_client()
    login(page, a_user)
    html = page.get(f"/credit/claims/{claimed['id']}/certificate").get_data(as_text=True)
    assert a_user.display_name in html and "0.75" in html and claimed["code"] in html
    assert "maximum of 1.0 AMA PRA Category 1 Credit" in html
    document = page.get(f"/credit/claims/{claimed['id']}/certificate.json").get_json()
    keys = certificates.keys_from_jwks(
        page.get("/.well-known/rounds-credit-keys.json").get_json())
    assert certificates.verify_document(document, keys)[0]
    tampered = copy.deepcopy(document)
    tampered["credentialSubject"]["result"][0]["value"] = "1 AMA PRA Category 1 Credit™"
    assert not certificates.verify_document(tampered, keys)[0]
    public = api.get(f"{PREFIX}/credit/verify/{claimed['code']}", expect=200).get_json()
    assert public["valid"] is True and public["credits"] == 0.75
    assert a_user.username not in str(public) and a_user.display_name not in str(public)

    year = utcnow().year
    transcript = page.get(f"/credit/transcript.csv?from={year}-01-01&to={year}-12-31")
    rows = list(csv.reader(io.StringIO(transcript.get_data(as_text=True))))
    assert any(claimed["code"] in row and "0.75" in row for row in rows), rows
    office = app.test_client()
    login(office, room.office)
    learners = office.get(f"/credit/admin/pars/learners.tsv?year={year}").get_data(
        as_text=True)
    line = next(line for line in learners.splitlines() if a_user.display_name.split()[-1]
                in line)
    assert "0.75" in line.split("\t")

    revoked = api.post(f"{PREFIX}/credit/claims/{claimed['id']}/revocation",
                       token=room.office_token, json={"reason": "Test of revocation"},
                       expect=200).get_json()
    assert revoked["revoked"] is True
    public = api.get(f"{PREFIX}/credit/verify/{claimed['code']}", expect=200).get_json()
    assert (public["valid"], public["status"]) == (False, "revoked")
    # The file signed before stays a valid signature; the page and the CLI say revoked.
    assert certificates.verify_document(document, keys)[0]


def test_claims_outside_the_window_and_a_reopening(app, session, open_room, make_user,
                                                   token_for, api):
    room, designated, _ = _held(app, session, open_room, make_user, token_for, api)
    a_user = room.members[0]
    url = f"{PREFIX}/credit/activities/{designated['id']}"
    token = token_for(a_user)
    api.post(f"{url}/evaluation", token=token, json=EVALUATION, expect=201)
    # The session ended 31 days ago: the 30-day window has closed.
    stretch(session, room.live.id, utcnow(), factor=1, shift=timedelta(days=-31))
    refused = api.post(f"{url}/claims", token=token, expect=409,
                       json={"credit_type": "ama_pra_1", "credits": 0.75}).get_json()
    assert "The claim window closed on" in refused["detail"]
    # A member cannot reopen it; the host can, for one member, with a reason.
    api.post(f"{url}/reopenings", token=token, expect=403,
             json={"username": a_user.username, "reason": "Mine"})
    api.post(f"{url}/reopenings", token=token_for(room.host), expect=204,
             json={"username": a_user.username, "reason": "Was on call that week",
                   "days": 7})
    api.post(f"{url}/claims", token=token, expect=201,
             json={"credit_type": "ama_pra_1", "credits": 0.75})
    session.rollback()
    assert session.scalar(select(func.count(CreditClaim.id))) == 1


@pytest.mark.parametrize(("minutes", "credits"), [
    (0, 0), (7, 0), (8, 0.25), (15, 0.25), (22, 0.25), (23, 0.5), (37, 0.5), (38, 0.75),
    (50, 0.75), (52, 0.75), (53, 1.0), (60, 1.0), (67, 1.0), (68, 1.25), (90, 1.5),
    (120, 1.5),  # capped at the designated maximum
])
def test_minutes_to_credits(minutes, credits):
    assert rules.live_quarters(minutes, max_quarters=6) / 4 == credits


@pytest.mark.parametrize(("minutes", "credits"), [(50, 1.5), (60, 2.0), (90, 3.0), (7, 0)])
def test_teaching_is_two_credits_an_hour(minutes, credits):
    assert rules.teaching_quarters(minutes) / 4 == credits


def test_designation_is_refused_after_the_start_and_over_the_length(
        app, session, open_room, make_user, token_for, api):
    room = open_room(members=1)
    office = token_for(make_user("admin"))
    url = f"{PREFIX}/sessions/{room.live.id}/credit"
    too_much = api.post(url, token=office, json={**DESIGNATION, "max_credits": 1.25},
                        expect=422).get_json()
    assert too_much["errors"]["max_credits"] == [
        "At most 1 credit: no more than the time it takes."]
    api.post(url, token=office, json={**DESIGNATION, "max_credits": 0.3}, expect=422)
    api.post(url, token=token_for(room.host), json=DESIGNATION, expect=403)
    host = LiveSocket(app, token_for(room.host), room.live.id)
    try:
        assert host.call("join")["ok"] and host.call("start")["ok"]
    finally:
        host.close()
    late = api.post(url, token=office, json=DESIGNATION, expect=409).get_json()
    assert "before it starts" in late["detail"]

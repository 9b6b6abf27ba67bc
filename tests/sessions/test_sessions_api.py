"""The live sessions' JSON API: scheduling (times with an offset, or in the member's zone),
the disclosure gate before registration, registering onto the waitlist and cancelling. The
`api` fixture validates every answer against the OpenAPI document."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from community.platform.accounts.models import User
from community.platform.db import commit
from realtime.sessions import service
from realtime.sessions.models import LiveSession
from tests.support.api import PREFIX, ApiClient
from tests.support.disclosures import act, file, seed
from tests.support.sessions import clearance

BODY = {"kind": "case_conference", "title": "Tumor board: a hard case",
        "starts_at": "2031-06-01T09:00:00+02:00", "ends_at": "2031-06-01T10:00:00+02:00",
        "capacity": 1}


@pytest.fixture
def api(app, client) -> ApiClient:
    return ApiClient(app, client)


def _moment(text: str) -> datetime:
    """A time the API answered (RFC 3339: "Z" or an offset)."""
    return datetime.fromisoformat(text)


def test_schedule_register_and_waitlist_through_the_api(api, session, make_user, token_for):
    seed(session)
    host, moderator, a, b = (make_user(time_zone="Asia/Kolkata"), make_user("moderator"),
                             make_user(), make_user())
    file(session, host, declared_none=True)
    host_token, a_token, b_token = token_for(host), token_for(a), token_for(b)
    bad = api.post(f"{PREFIX}/boards/cardiology/sessions", token=host_token, expect=422,
                   json={**BODY, "capacity": 0, "kind": "journal_club", "article_pmid": "x1"})
    assert set(bad.get_json()["errors"]) >= {"capacity", "article_pmid"}
    # JSON takes its types at their word; unknown fields are refused, not ignored.
    for odd, field in (({"capacity": "1"}, "capacity"), ({"presenters": "ana"}, "presenters"),
                       ({"recurrence": "weekly", "occurrences": 2**40}, "occurrences"),
                       ({"starts_at": 1_900_000_000}, "starts_at"),
                       ({"title": "  Tumor board: padded  "}, "title"),
                       ({"capcity": 5}, "capcity")):
        refused = api.post(f"{PREFIX}/boards/cardiology/sessions", token=host_token,
                           expect=422, json={**BODY, **odd})
        assert list(refused.get_json()["errors"]) == [field], odd
    assert session.scalar(select(func.count()).select_from(LiveSession)) == 0
    made = api.post(f"{PREFIX}/boards/cardiology/sessions", token=host_token, expect=201,
                    json={**BODY, "recurrence": "monthly", "occurrences": 2}).get_json()
    first, second = made["items"]
    assert _moment(first["starts_at"]) == datetime(2031, 6, 1, 7, 0, tzinfo=UTC)
    # Monthly at the same wall-clock time in the host's own zone.
    assert _moment(second["starts_at"]) == datetime(2031, 7, 1, 7, 0, tzinfo=UTC)
    local = api.post(f"{PREFIX}/boards/cardiology/sessions", token=host_token, expect=201,
                     json={**BODY, "starts_at": "2031-06-02T09:00",
                           "ends_at": "2031-06-02T10:00"}).get_json()["items"][0]
    # Kolkata is UTC+5:30.
    assert _moment(local["starts_at"]) == datetime(2031, 6, 2, 3, 30, tzinfo=UTC)

    sid = first["id"]
    api.get(f"{PREFIX}/sessions/{sid}", token=a_token, expect=404)  # not open yet
    api.post(f"{PREFIX}/sessions/{sid}/registration", token=a_token, expect=404)
    session.rollback()
    live = session.get(LiveSession, sid)
    act(session, moderator, clearance(session, live, host), "clear", {})
    session.rollback()
    service.open_registration(session, session.get(User, host.id),
                              session.get(LiveSession, sid))
    commit(session)
    assert api.get(f"{PREFIX}/sessions/{sid}", token=a_token).get_json()["registration_open"]
    assert sid in [s["id"] for s in api.get(f"{PREFIX}/sessions").get_json()["items"]]
    seat = api.post(f"{PREFIX}/sessions/{sid}/registration", token=a_token).get_json()
    wait = api.post(f"{PREFIX}/sessions/{sid}/registration", token=b_token).get_json()
    assert (seat["status"], wait["status"], wait["waitlist_position"]) == (
        "registered", "waitlisted", 1)
    api.delete(f"{PREFIX}/sessions/{sid}/registration", token=a_token, expect=200)
    again = api.post(f"{PREFIX}/sessions/{sid}/registration", token=b_token).get_json()
    assert again == {"session_id": sid, "status": "registered", "waitlist_position": None}
    api.delete(f"{PREFIX}/sessions/{sid}/registration", token=a_token, expect=404)

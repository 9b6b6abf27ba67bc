"""Shared by the room's tests: a session whose registration is open with its members
registered, arranged through the real pages (the live server is tests/conftest.py's)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from community.accounts.models import User
from realtime.sessions.models import LiveSession
from tests.conftest import IN_CI, login, post_form
from tests.moderation.test_disclosures_support import act, file, seed
from tests.sessions.test_sessions import clearance, schedule


def missing_tool(message: str) -> None:
    """Locally a missing Node or Chromium skips the test; in CI it fails it, loudly."""
    if IN_CI:
        pytest.fail(f"{message} (CI needs it: .ci/run installs it)")
    pytest.skip(message)


@dataclass
class Room:
    live: LiveSession
    host: User
    members: list[User] = field(default_factory=list)


@pytest.fixture
def open_room(app, session, make_user):
    """open_room(members=2, **schedule_changes) -> Room: a journal club (by default) starting
    in half an hour (the lobby is open), its host cleared, registration open and `members`
    registered, all through the pages; `presenters` (co-hosts) are cleared too."""

    def make(members: int = 2, presenters: tuple[User, ...] = (), **changes) -> Room:
        seed(session)
        host, moderator = make_user(), make_user("moderator")
        for planner in (host, *presenters):
            file(session, planner, declared_none=True)
        if presenters:
            changes["presenters"] = ", ".join(p.username for p in presenters)
        host_client = app.test_client()
        login(host_client, host)
        soon = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(minutes=30)
        times = {"starts_at": soon.strftime("%Y-%m-%dT%H:%M"),
                 "ends_at": (soon + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")}
        live = schedule(host_client, session, capacity=str(max(members, 1) + 5),
                        **{**times, **changes})
        for planner in (host, *presenters):
            act(session, moderator, clearance(session, live, planner), "clear", {})
        assert post_form(host_client, f"/sessions/{live.id}/open").status_code == 303
        room = Room(live=live, host=host)
        for _ in range(members):
            user = make_user()
            member_client = app.test_client()
            login(member_client, user)
            response = post_form(member_client, f"/sessions/{live.id}/register")
            assert response.status_code == 303
            room.members.append(user)
        session.rollback()
        return room

    return make

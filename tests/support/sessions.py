"""Arrangements for live sessions: the scheduling form, scheduling through the real page, the
clearance a host or presenter waits for, `open_room` (a fixture, registered in
tests/conftest.py): a session whose registration is open with its members registered, and
`LiveSocket`: a member's /live connection that checks every answer and every server event
against the room's contract (realtime.room.schemas), as ApiClient does for the API."""
from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel
from sqlalchemy import select

from community.platform.accounts.models import User
from community.platform.sockets import server
from community.platform.spaces.models import Board
from moderation.disclosures.models import RoleClearance
from realtime.room import schemas as room_schemas
from realtime.room.events import NAMESPACE
from realtime.sessions.models import LiveSession
from tests.support.disclosures import act, file, seed
from tests.support.services import IN_CI
from tests.support.web import login, post_form

START = "2031-01-15T18:00"  # New York, winter: UTC-5
END = "2031-01-15T19:30"


def board(session) -> Board:
    return session.scalar(select(Board).where(Board.verified_only.is_(False)).order_by(Board.id))


def form(**changes) -> dict:
    data = {"kind": "journal_club", "title": "Journal club: SGLT2 in heart failure",
            "description": "Read **the trial** first.", "starts_at": START, "ends_at": END,
            "capacity": "2", "presenters": "", "recurrence": "", "occurrences": "",
            "article_doi": "10.1056/NEJMoa2034577", "article_pmid": "",
            "article_citation": "Packer M, et al. N Engl J Med. 2020.",
            "article_abstract": "Background: the trial."}
    return {**data, **changes}


def schedule(client, session, **changes) -> LiveSession:
    slug = board(session).slug
    response = post_form(client, f"/b/{slug}/sessions/new", form(**changes))
    assert response.status_code == 303, response.get_data(as_text=True)[:3000]
    session_id = int(response.headers["Location"].rsplit("/", 1)[1])
    session.rollback()
    return session.get(LiveSession, session_id)


def clearance(session, live: LiveSession, user) -> RoleClearance:
    session.rollback()
    return session.scalar(select(RoleClearance).where(
        RoleClearance.content_kind == "session", RoleClearance.content_id == live.id,
        RoleClearance.user_id == user.id))


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
        live = schedule(host_client, session, **{"capacity": str(max(members, 1) + 5),
                                                 **times, **changes})
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


NODE_DIR = Path(__file__).parents[1] / "room" / "node"
NODE_PACKAGES = ("socket.io-client", "@asyncapi/parser", "axe-core")


@pytest.fixture(scope="session")
def node() -> str:
    """The node binary, with tests/room/node's packages installed (npm ci once if one is
    missing)."""
    binary = shutil.which("node")
    if not binary:
        missing_tool("Node.js is not installed (apt-get install nodejs npm)")
    if not all((NODE_DIR / "node_modules" / name).is_dir() for name in NODE_PACKAGES):
        npm = shutil.which("npm")
        if not npm:
            missing_tool("npm is not installed, and tests/room/node/node_modules is missing")
        result = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=NODE_DIR,
                                capture_output=True, text=True, timeout=300, check=False)
        if result.returncode != 0:
            missing_tool(f"npm ci failed in tests/room/node: {result.stderr[-2000:]}")
    return binary


# ---------------------------------------------------------------- the room's sockets


def conforms(model: type[BaseModel], data: Any) -> None:
    """`data` is what `model` says, read as a client reads it (JSON, strictly)."""
    model.model_validate_json(json.dumps(data), strict=True)


def answer_conforms(event: str, answer: Any, events: dict, refusal: type[BaseModel]) -> None:
    """An acknowledgement is the event's success model, or the namespace's refusal."""
    assert isinstance(answer, dict), (event, answer)
    if answer.get("ok") is True and event in events:
        conforms(events[event][1], answer)
    else:
        conforms(refusal, answer)


class LiveSocket:
    """One member's /live connection (Flask-SocketIO's test client, token auth), with helpers
    to call events and read what arrived; every answer and server event is checked against
    realtime.room.schemas (LIVE_EVENTS, SERVER_EVENTS, LiveRefusal)."""

    def __init__(self, app, token: str, session_id: int) -> None:
        self.client = server(app).test_client(app, namespace=NAMESPACE, auth={"token": token})
        self.session_id = session_id

    def call(self, event: str, **data):
        return self.raw(event, {"session_id": self.session_id, **data})

    def raw(self, event: str, payload):
        answer = self.client.emit(event, payload, namespace=NAMESPACE, callback=True)
        answer_conforms(event, answer, room_schemas.LIVE_EVENTS, room_schemas.LiveRefusal)
        return answer

    def received(self, name: str) -> list[dict]:
        found = []
        for event in self.client.get_received(NAMESPACE):
            assert event["name"] in room_schemas.SERVER_EVENTS, event["name"]
            [payload] = event["args"]
            conforms(room_schemas.SERVER_EVENTS[event["name"]], payload)
            if event["name"] == name:
                found.append(payload)
        return found

    def events(self) -> list[dict]:
        return self.received("event")

    def close(self) -> None:
        if self.client.is_connected(NAMESPACE):
            self.client.disconnect(NAMESPACE)

"""Socket.IO namespace /cases: who has a write-up open, which section they are editing, and
live notice when a co-author saved.

- connect: the member's session cookie (as on /live) or an API token in auth {"token": …};
  anyone else is refused.
- "open" {case_id}: join room case-<id> if the member is an author (presence shows authors'
  names, so only authors join: reviewers must never learn them through a socket).
- "editing" {case_id, section}: the section the member is editing (null: none).
- "close" {case_id}, and disconnect: leave; the room gets the new presence list.
- The server sends "presence" {case_id, members: [{username, display_name, sections}]} and,
  after a save commits (the "case_saved" domain event), "section_changed" {case_id, version,
  sections, by}.
- Every answer is {"ok": true, …} or {"ok": false, "code", "error", "fields"?}. The payloads
  and answers are modelled in community.cases.authoring.presence_schemas (CASES_EVENTS,
  CASES_SERVER_EVENTS), and parsed strictly.

Presence lives in this process's memory, or in Redis when the app has REDIS_URL (several web
processes share rooms through Redis's pub/sub, so they must share presence too)."""
from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import redis
from flask import Flask, current_app, request
from flask_socketio import ConnectionRefusedError, join_room, leave_room
from pydantic import BaseModel

from community.cases import policy
from community.cases.authoring.presence_schemas import (
    CASES_EVENTS,
    CASES_SERVER_EVENTS,
    PresenceCloseIn,
    PresenceEditingIn,
    PresenceOpenIn,
)
from community.cases.models import CaseReport
from community.platform import events
from community.platform.accounts.models import User
from community.platform.accounts.policy import is_signed_in
from community.platform.contract import parse
from community.platform.db import db
from community.platform.errors import DomainError, NotAuthenticated, NotFound, ValidationError
from community.platform.i18n import _
from community.platform.registry import registry
from community.platform.sockets import Namespace, broadcast, connecting_member, server

NAMESPACE = "/cases"
cases_ns = Namespace(NAMESPACE, description="Co-authors of a case write-up: who has it open, "
                                            "which section they edit, and notice of a save.")
cases_ns.receives("open", "Open a write-up you are an author of (join its room)",
                  *CASES_EVENTS["open"])
cases_ns.receives("editing", "The section you are editing now (null: none)",
                  *CASES_EVENTS["editing"])
cases_ns.receives("close", "Close the write-up (leave its room)", *CASES_EVENTS["close"])
cases_ns.sends("presence", "Who has the write-up open, after any change",
               CASES_SERVER_EVENTS["presence"])
cases_ns.sends("section_changed", "A co-author's save committed: which sections changed",
               CASES_SERVER_EVENTS["section_changed"])
PRESENCE_TTL = 6 * 3600  # a Redis presence key outlives a crashed process by this much
log = logging.getLogger(__name__)


def room(case_id: int) -> str:
    return f"case-{case_id}"


# ------------------------------------------------------------------ presence store

class MemoryPresence:
    """{case_id: {sid: entry}} in this process."""

    def __init__(self) -> None:
        self._rooms: dict[int, dict[str, dict]] = {}
        self._lock = threading.Lock()

    def put(self, case_id: int, sid: str, entry: dict) -> None:
        with self._lock:
            self._rooms.setdefault(case_id, {})[sid] = entry

    def get(self, case_id: int, sid: str) -> dict | None:
        return self._rooms.get(case_id, {}).get(sid)

    def remove(self, case_id: int, sid: str) -> None:
        with self._lock:
            self._rooms.get(case_id, {}).pop(sid, None)

    def entries(self, case_id: int) -> list[dict]:
        with self._lock:
            return list(self._rooms.get(case_id, {}).values())


class RedisPresence:
    """A hash per write-up: presence:case:<id> -> {sid: json entry}."""

    def __init__(self, url: str) -> None:
        self.redis = redis.Redis.from_url(url)

    def _key(self, case_id: int) -> str:
        return f"rounds:presence:case:{case_id}"

    def put(self, case_id: int, sid: str, entry: dict) -> None:
        key = self._key(case_id)
        self.redis.pipeline().hset(key, sid, json.dumps(entry)).expire(key, PRESENCE_TTL) \
            .execute()

    def get(self, case_id: int, sid: str) -> dict | None:
        raw = self.redis.hget(self._key(case_id), sid)
        return json.loads(raw) if raw else None

    def remove(self, case_id: int, sid: str) -> None:
        self.redis.hdel(self._key(case_id), sid)

    def entries(self, case_id: int) -> list[dict]:
        return [json.loads(v) for v in self.redis.hvals(self._key(case_id))]


# sid -> (user id, the write-ups it has open); the member is fixed at connect.
_connections: dict[str, dict[str, Any]] = {}


def store() -> MemoryPresence | RedisPresence:
    """This app's presence store: Redis when configured (shared by its processes)."""
    url = current_app.config.get("REDIS_URL") or ""
    return registry("case_presence", lambda: RedisPresence(url) if url else MemoryPresence())


def members(case_id: int) -> list[dict[str, Any]]:
    """Who has the write-up open, one row per member (several tabs merge), by name."""
    people: dict[str, dict[str, Any]] = {}
    for entry in store().entries(case_id):
        person = people.setdefault(entry["username"], {
            "username": entry["username"], "display_name": entry["display_name"],
            "sections": []})
        if entry.get("section") and entry["section"] not in person["sections"]:
            person["sections"].append(entry["section"])
    return sorted(people.values(), key=lambda p: p["display_name"].lower())


def _broadcast_presence(case_id: int) -> None:
    server().emit("presence", {"case_id": case_id, "members": members(case_id)},
                  to=room(case_id), namespace=NAMESPACE)


# ------------------------------------------------------------------ handlers

P = TypeVar("P", bound=BaseModel)


def _member() -> User:
    """The member behind this socket, re-read each event (a suspension ends it)."""
    connection = _connections.get(request.sid)
    user = db.session.get(User, connection["user_id"]) if connection else None
    if not is_signed_in(user):
        raise NotAuthenticated(_("Sign in again."), code="not_signed_in")
    return user


def _case_for(case_id: int) -> tuple[User, CaseReport]:
    user = _member()
    case = db.session.get(CaseReport, case_id)
    if case is None or not policy.can_see_presence(user, case):
        raise NotFound(_("No such case write-up, or it is not shared with you."),
                       code="not_found")
    return user, case


def _answer(model: type[P], data: Any, handle: Callable[[P], dict]) -> dict:
    """The event's answer: its payload parsed strictly with `model`, then `handle`d; any
    refusal as {ok: false, code, error, fields?}."""
    try:
        return {"ok": True, **handle(parse(model, data, strict=True))}
    except DomainError as exc:
        answer = {"ok": False, "code": exc.extra.get("code") or exc.slug, "error": exc.detail}
        if isinstance(exc, ValidationError):
            answer["fields"] = exc.errors
        return answer


@cases_ns.on("connect")
def on_connect(auth: dict | None = None) -> None:
    user = connecting_member(auth)
    if user is None:
        raise ConnectionRefusedError("Sign in (or send an API token) to co-edit write-ups.")
    _connections[request.sid] = {"user_id": user.id, "cases": set()}


@cases_ns.on("open")
def on_open(data: Any = None) -> dict:
    return _answer(PresenceOpenIn, data, _open)


def _open(data: PresenceOpenIn) -> dict:
    user, case = _case_for(data.case_id)
    connection = _connections.get(request.sid)
    try:
        join_room(room(case.id))
    except ValueError:  # the socket closed while this event waited for its thread
        connection = None
    if connection is None:
        return {}  # nobody is left to answer, and nothing to announce
    connection["cases"].add(case.id)
    store().put(case.id, request.sid, {"username": user.username,
                                       "display_name": user.display_name, "section": None})
    _broadcast_presence(case.id)
    return {"case_id": case.id, "version": case.current_version, "you": user.username,
            "members": members(case.id)}


@cases_ns.on("editing")
def on_editing(data: Any = None) -> dict:
    return _answer(PresenceEditingIn, data, _editing)


def _editing(data: PresenceEditingIn) -> dict:
    _user, case = _case_for(data.case_id)
    entry = store().get(case.id, request.sid)
    if entry is None:
        raise DomainError(_("Open the write-up first."), code="not_open")
    store().put(case.id, request.sid, {**entry, "section": data.section})
    _broadcast_presence(case.id)
    return {}


@cases_ns.on("close")
def on_close(data: Any = None) -> dict:
    return _answer(PresenceCloseIn, data, _close)


def _close(data: PresenceCloseIn) -> dict:
    connection = _connections.get(request.sid)
    if connection and data.case_id in connection["cases"]:
        _leave(request.sid, data.case_id)
        leave_room(room(data.case_id))
    return {}


@cases_ns.on("disconnect")
def on_disconnect(*_args: Any) -> None:
    connection = _connections.pop(request.sid, None)
    for case_id in list((connection or {}).get("cases", ())):
        _leave(request.sid, case_id, connection)


def _leave(sid: str, case_id: int, connection: dict | None = None) -> None:
    (connection or _connections.get(sid, {"cases": set()}))["cases"].discard(case_id)
    store().remove(case_id, sid)
    _broadcast_presence(case_id)


# ------------------------------------------------------------------ saves

def _section_changed(case_id: int, version: int, sections: list[str], by: str,
                     **_: Any) -> None:
    """After a save commits: tell everyone with the write-up open (the outbox retries it
    while the message queue is away)."""
    broadcast("section_changed", {"case_id": case_id, "version": version,
                                  "sections": sections, "by": by},
              to=room(case_id), namespace=NAMESPACE)


def init_app(app: Flask) -> None:
    cases_ns.attach(app)
    events.subscribe(app, "case_saved", "cases.section_changed", _section_changed)

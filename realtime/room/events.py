"""Socket.IO namespace /live: a live session's room (docs/live-protocol.md describes the protocol).

Each handler reads the member and the session, calls the room service, commits, and only
then is anything broadcast (the service queues "live_event" domain events; the commit fans
them out). Every event's payload is parsed strictly with its model, and its answer checked
against its acknowledgement's (realtime.room.schemas.LIVE_EVENTS). Bad input of any kind is
answered with {"ok": false, ...} in the ack and an "error" event to the sender, and logged;
it never reaches the other members' connections.
"""
from __future__ import annotations

import functools
import json
import logging
import threading
from collections.abc import Callable
from typing import Any

from flask import Flask, current_app, g, request
from flask_socketio import ConnectionRefusedError, emit, join_room
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import joinedload

from community.platform import events, idempotency
from community.platform.accounts.models import User
from community.platform.accounts.policy import is_signed_in
from community.platform.contract import parse
from community.platform.db import commit, db, writing
from community.platform.errors import (
    DomainError,
    Forbidden,
    NotAuthenticated,
    NotFound,
    ServiceUnavailable,
    ValidationError,
)
from community.platform.i18n import _, force_locale, member_locale, shown_locale
from community.platform.sockets import Namespace, broadcast, connecting_member, server
from realtime.room import policy, schemas, service
from realtime.room.models import LiveMember
from realtime.sessions.models import LiveSession

NAMESPACE = "/live"
live = Namespace(NAMESPACE, description="A live session's room: chat, hands, Q&A, polls, the "
                                        "host's controls and the numbered event log "
                                        "(docs/live-protocol.md).")
LOCK_RETRIES = 8
MAX_PAYLOAD = 20_000  # characters of JSON per event; the engine refuses far larger packets
log = logging.getLogger(__name__)

live.sends("welcome", "On connecting: who you are", schemas.Welcome)
live.sends("event", "Something happened in the room: numbered 1, 2, 3… per session and "
                    "stored before it is sent", schemas.RoomEvent)
live.sends("presence", "Who came, left or changed (hand, mute, role) and how many are in "
                       "the room, once per change window; the whole list is `who`",
           schemas.RoomPresence)
live.sends("host_only", "To the hosts: a hidden poll's count, at every vote",
           schemas.HostOnly)
live.sends("removed", "The host removed you from the room", schemas.Removed)
live.sends("error", "One of your events was refused (its acknowledgement says so too)",
           schemas.LiveError)

# sid -> {"user_id", "app", "sessions": {session ids joined on this connection}}
_connections: dict[str, dict[str, Any]] = {}
_beating: set[int] = set()
_beat_lock = threading.Lock()
# session -> the members whose presence changed since the last notice went out
_presence_due: dict[int, set[int]] = {}
_presence_lock = threading.Lock()


def room(session_id: int) -> str:
    return f"live-{session_id}"


def hosts_room(session_id: int) -> str:
    return f"live-{session_id}-hosts"


def members_room(session_id: int) -> str:
    return f"live-{session_id}-members"


def limits(app: Flask | None = None) -> service.Limits:
    settings = (app or current_app).config["SETTINGS"]
    return service.Limits(heartbeat_seconds=settings.live_heartbeat_seconds,
                          chat_limit=settings.live_chat_limit,
                          chat_window_seconds=settings.live_chat_window_seconds)


# ---------------------------------------------------------------- connection


def own_context(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Run a handler in an app context of its own, so its database session is its own and
    is closed after it, whatever context the caller had pushed (a test holding one)."""
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with current_app.app_context():
            return fn(*args, **kwargs)
    return wrapper


def in_their_language(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Run a socket event handler in its member's language (set when the socket connected),
    so the refusals and errors it answers are written in it; before that, the handshake's
    (the language cookie or Accept-Language)."""
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        connection = _connections.get(request.sid)
        with force_locale(connection["locale"] if connection else shown_locale()):
            return fn(*args, **kwargs)
    return wrapper


@live.on("connect")
@own_context
def on_connect(auth: Any = None) -> None:
    # The Flask session inside socket handlers is a copy: read it, never write it. A token
    # is checked with one read; its last-used time is written later, in a batch (sockets.py).
    user = connecting_member(auth)
    if user is None:
        raise ConnectionRefusedError(_("Sign in (or send an API token) to join live sessions."))
    app = current_app._get_current_object()
    # The member's language: the refusals and errors this socket is sent are written in it
    # (a socket event has no page to take it from; `in_their_language`).
    _connections[request.sid] = {"user_id": user.id, "app": app, "sessions": set(),
                                 "locale": member_locale(getattr(user, "language", None))}
    _start_heartbeat(app)
    # To this socket, which this process holds: straight to it, not round the message queue
    # (a crowd connecting to several processes published every welcome to all of them).
    emit("welcome", {"user": user.username}, ignore_queue=True)


@live.on("disconnect")
@own_context
def on_disconnect(*_args: Any) -> None:
    connection = _connections.pop(request.sid, None)
    if not connection:
        return
    try:
        for session_id in connection["sessions"]:
            service.leave(db.session, session_id, request.sid)
            service.record_presence_change(db.session, session_id, connection["user_id"])
        commit(db.session)
    except Exception:  # the sweep closes what this could not
        db.session.rollback()
        log.exception("could not close attendance of %s", request.sid)


def _member() -> User:
    """The member behind this socket, re-read each event (a suspension ends it)."""
    connection = _connections.get(request.sid)
    user = db.session.scalar(select(User).options(joinedload(User.standing)).where(
        User.id == connection["user_id"])) if connection else None
    if not is_signed_in(user):
        raise NotAuthenticated(_("Sign in again."), code="not_signed_in")
    return user


# ---------------------------------------------------------------- handling one event


def _too_big(data: Any) -> bool:
    try:
        return len(json.dumps(data)) > MAX_PAYLOAD
    except (TypeError, ValueError):  # not JSON data at all: the model's parse says so
        return False


def _refuse(event: str, exc: DomainError) -> dict[str, Any]:
    code = exc.extra.get("code") or getattr(exc, "slug", "bad-request")
    answer = {"ok": False, "code": code, "error": exc.detail}
    if isinstance(exc, ValidationError):
        answer["fields"] = exc.errors
    log.info("live %s refused for %s: %s (%s)", event, request.sid, code, exc.detail)
    emit("error", {"event": event, "code": code, "message": exc.detail}, ignore_queue=True)
    return answer


def _run(event: str, handler: Callable[..., dict | None], data: Any, joined: bool | None
         ) -> dict:
    for attempt in range(LOCK_RETRIES):
        try:
            with writing():
                return _attempt(event, handler, data, joined)
        except DomainError as exc:
            db.session.rollback()
            return _refuse(event, exc)
        except (OperationalError, IntegrityError) as exc:
            db.session.rollback()
            if not _retried(exc) or attempt == LOCK_RETRIES - 1:
                log.exception("live %s failed for %s", event, request.sid)
                break
            # SQLite (the embedded default) lets one writer in at a time; past its busy
            # timeout, try the whole event again shortly rather than fail the member (and
            # a key raced: see _retried).
            server().sleep(0.02 * (attempt + 1))
        except Exception:
            db.session.rollback()
            log.exception("live %s failed for %s", event, request.sid)
            break
    return _refuse(event, DomainError(_("Something went wrong on our side; try again."),
                                      code="server_error"))


def _retried(exc: OperationalError | IntegrityError) -> bool:
    """Done again: a write SQLite's lock kept out, and a chat message whose client_id another
    event inserted at the same moment (done again, it finds the key and replays it)."""
    return "database is locked" in str(exc.orig) or idempotency.raced(exc)


def _attempt(event: str, handler: Callable[..., dict | None], data: Any, joined: bool | None
             ) -> dict:
    payload_model, ack_model = schemas.LIVE_EVENTS[event]
    if _too_big(data):
        raise DomainError(_("This message is too large."), code="too_large")
    payload = parse(payload_model, data, strict=True)
    if joined is None:  # the handler reads what it needs and checks its own answer
        answer = handler(payload)
        commit(db.session)
        return answer
    user, live, member = _in_room(payload.session_id)
    if joined:
        _require_joined(user, live, member)
        g.room_member = member  # chat and hands use it rather than read it again
    answer = schemas.checked(ack_model, {"ok": True, **(handler(user, live, payload) or {})})
    commit(db.session)
    return answer


def _in_room(session_id: int) -> tuple[User, LiveSession, LiveMember | None]:
    """The member behind this socket (re-read each event: a suspension ends it), the
    session and the member's row in its room, in one statement (service.in_room)."""
    connection = _connections.get(request.sid)
    found = service.in_room(db.session, connection["user_id"], session_id) \
        if connection else None
    if found is None:
        _member()  # not signed in says so before "no such session"
        raise NotFound(_("There is no such session."), code="not_found")
    user, live, member = found
    if not is_signed_in(user):
        raise NotAuthenticated(_("Sign in again."), code="not_signed_in")
    return user, live, member


def _require_joined(user: User, live: LiveSession, member: LiveMember | None) -> None:
    connection = _connections.get(request.sid, {})
    if live.id not in connection.get("sessions", ()):
        raise Forbidden(_("Join the session's room first."), code="not_joined")
    if member is None or member.removed_at is not None:
        connection["sessions"].discard(live.id)
        raise Forbidden(str(service.REFUSALS["removed"]), code="removed")


def handles(event: str, summary: str, *, joined: bool | None = True):
    """Register `fn(user, live, payload) -> ack fields` for a client event of the room; the
    payload is parsed with the event's model and the answer checked against its
    acknowledgement's (schemas.LIVE_EVENTS, which the AsyncAPI document lists).
    `joined=None`: `fn(payload) -> the whole answer`, which reads the member and the session
    itself and checks its answer (the join, whose cost a crowd multiplies)."""
    if event not in schemas.LIVE_EVENTS:
        raise LookupError(f"declare the models of {event!r} in realtime.room.schemas")
    live.receives(event, summary, *schemas.LIVE_EVENTS[event])

    def register(fn: Callable[..., dict | None]) -> Callable[..., dict | None]:
        @own_context
        @in_their_language
        def handler(data: Any = None) -> dict:
            return _run(event, fn, data, joined)

        handler.__name__ = f"on_{event}"
        live.on(event)(handler)
        return fn
    return register


@live.on("*")
@in_their_language
def on_unknown(event: str, *_args: Any) -> dict:
    name = event if isinstance(event, str) else "?"
    return _refuse(name[:60], DomainError(_("Unknown event %(name)s.", name=repr(name[:60])),
                                          code="unknown_event"))


# ---------------------------------------------------------------- entering and leaving


@handles("join", "Enter the session's room (again, with `since`, after a reconnect)",
         joined=None)
def on_join(data: schemas.JoinIn) -> dict:
    # A crowd arriving runs this 500 times in a few seconds: the member, the session and
    # the member's standing are read in one Core row (service.door), not as ORM objects.
    connection = _connections.get(request.sid)
    if connection is None:
        raise NotAuthenticated(_("Sign in again."), code="not_signed_in")
    found = service.enter(db.session, connection["user_id"], data.session_id, request.sid,
                          limits())
    # Enter the rooms before reading the state: an event committed meanwhile is then both
    # in the snapshot and delivered, and the client drops the duplicate by its number.
    join_room(room(found.session_id))
    join_room(hosts_room(found.session_id) if found.host_view
              else members_room(found.session_id))
    connection["sessions"].add(found.session_id)
    missed, truncated = service.events_after(db.session, found.session_id, data.since,
                                             host_view=found.host_view) \
        if data.since is not None else ([], False)
    # The presence is a count: the list is `who`, asked for when a member looks at it, so a
    # crowd arriving does not send everyone everyone.
    answer = {"ok": True, "session": service.describe_door(found),
              "you": service.you_at_door(found), "presence": {"count": found.count},
              "missed": missed, "truncated": truncated}
    # The snapshot was checked when built (service._shared_snapshot): check the rest.
    schemas.checked(schemas.JoinAck, {**answer, "snapshot": schemas.EMPTY_SNAPSHOT})
    answer["snapshot"] = service.snapshot_at_door(db.session, found)
    return answer


@handles("who", "Who is in the room now, hosts first (the whole list)")
def on_who(user: User, live: LiveSession, data: schemas.RoomIn) -> dict:
    members = service.presence(db.session, live, limits())
    return {"count": len(members), "members": members}


@handles("leave", "Leave the room")
def on_leave(user: User, live: LiveSession, data: schemas.RoomIn) -> dict:
    service.leave(db.session, live.id, request.sid)
    service.record_presence_change(db.session, live.id, user.id)
    _leave_rooms(request.sid, live.id)
    return {}


def _leave_rooms(sid: str, session_id: int) -> None:
    for name in (room(session_id), hosts_room(session_id), members_room(session_id)):
        server().server.leave_room(sid, name, namespace=NAMESPACE)
    connection = _connections.get(sid)
    if connection:
        connection["sessions"].discard(session_id)


@handles("sync", "The events after `since` (after a gap in the numbers)")
def on_sync(user: User, live: LiveSession, data: schemas.SyncIn) -> dict:
    events, truncated = service.events_since(db.session, live, data.since,
                                             host_view=policy.runs_session(user, live))
    return {"events": events, "truncated": truncated}


# ---------------------------------------------------------------- chat and hands


@handles("chat", "Say something in the chat (Markdown)")
def on_chat(user: User, live: LiveSession, data: schemas.ChatIn) -> dict:
    # A message sent again under its client_id (offline.js, a reconnect) is posted once.
    # The first time, the key's row is written with the message where it can be (one
    # statement); a repeat, and any database where it cannot, go the general way.
    key = idempotency.claim_for(user.id, data.client_id, f"live:{live.id}:chat", data.body)
    message = key and service.chat_once(db.session, user, live, data.body, limits(),
                                        g.get("room_member"), key)
    if message:
        return {"message": service.serialize_message(message)}

    def write() -> dict:
        message = service.chat(db.session, user, live, data.body, limits(),
                               g.get("room_member"))
        return {"message": service.serialize_message(message)}
    return idempotency.once_claimed(db.session, key, write)


@handles("chat_edit", "Edit a chat message (its author or a host)")
def on_chat_edit(user: User, live: LiveSession, data: schemas.ChatEditIn) -> dict:
    message = service.edit_chat(db.session, user, live, data.message_id, data.body)
    return {"message": service.serialize_message(message)}


@handles("chat_delete", "Delete a chat message (its author or a host)")
def on_chat_delete(user: User, live: LiveSession, data: schemas.ChatDeleteIn) -> dict:
    service.delete_chat(db.session, user, live, data.message_id)
    return {}


@handles("hand", "Raise or lower your hand")
def on_hand(user: User, live: LiveSession, data: schemas.HandIn) -> dict:
    service.raise_hand(db.session, user, live, data.raised, g.get("room_member"))
    return {}


# ---------------------------------------------------------------- Q&A and polls


@handles("question_ask", "Ask a question, anonymously to members if you like")
def on_question_ask(user: User, live: LiveSession, data: schemas.QuestionAskIn) -> dict:
    question = service.ask(db.session, user, live, data.body, data.anonymous)
    return {"question": service.serialize_question(question, host_view=True)}


@handles("question_upvote", "Upvote someone else's question, once")
def on_question_upvote(user: User, live: LiveSession, data: schemas.QuestionIn) -> dict:
    question = service.upvote(db.session, user, live, data.question_id)
    return {"votes": question.votes}


@handles("question_mark", "Mark a question answered or dismissed (hosts)")
def on_question_mark(user: User, live: LiveSession, data: schemas.QuestionMarkIn) -> dict:
    service.mark_question(db.session, user, live, data.question_id, data.state)
    return {}


@handles("poll_create", "Draft a poll (hosts)")
def on_poll_create(user: User, live: LiveSession, data: schemas.PollCreateIn) -> dict:
    poll = service.create_poll(db.session, user, live, data)
    return {"poll": service.serialize_poll(db.session, poll, user, host_view=True)}


def _poll_action(action: Callable[..., Any]) -> Callable[..., dict]:
    def handler(user: User, live: LiveSession, data: schemas.PollIn) -> dict:
        poll = action(db.session, user, live, data.poll_id)
        return {"poll": service.serialize_poll(db.session, poll, user,
                                               host_view=policy.runs_session(user, live))}
    return handler


handles("poll_launch", "Open a drafted poll for votes (hosts, live)")(
    _poll_action(service.launch_poll))
handles("poll_close", "Close a poll (hosts)")(_poll_action(service.close_poll))
handles("poll_reveal", "Show a poll's results to everyone (hosts)")(
    _poll_action(service.reveal_poll))


@handles("poll_vote", "Vote in an open poll; a new vote replaces the old")
def on_poll_vote(user: User, live: LiveSession, data: schemas.PollVoteIn) -> dict:
    poll = service.vote(db.session, user, live, data.poll_id, data.option_ids)
    return {"your_vote": service.ballot(db.session, poll, user)}


# ---------------------------------------------------------------- host controls


@handles("start", "Start the session (hosts; needs the starter's cleared disclosure)")
def on_start(user: User, live: LiveSession, data: schemas.RoomIn) -> dict:
    service.start(db.session, user, live)
    return {"state": live.state}


@handles("end", "End the session (hosts)")
def on_end(user: User, live: LiveSession, data: schemas.RoomIn) -> dict:
    service.end(db.session, user, live)
    return {"state": live.state}


@handles("reveal_stage", "Reveal the next stage of the cases (hosts, live)")
def on_reveal_stage(user: User, live: LiveSession, data: schemas.RoomIn) -> dict:
    event = service.reveal_next_stage(db.session, user, live)
    return {"stage": event.data}


@handles("break_start", "Start a break, whose time is not credit time (hosts, live)")
def on_break_start(user: User, live: LiveSession, data: schemas.RoomIn) -> dict:
    return service.start_break(db.session, user, live).data


@handles("break_end", "End the running break (hosts, live)")
def on_break_end(user: User, live: LiveSession, data: schemas.RoomIn) -> dict:
    return service.end_break(db.session, user, live).data


@handles("mute", "Mute or unmute a member's chat (hosts)")
def on_mute(user: User, live: LiveSession, data: schemas.MuteIn) -> dict:
    service.mute(db.session, user, live, data.username, data.muted)
    return {}


@handles("remove", "Remove a member from the room for good (hosts)")
def on_remove(user: User, live: LiveSession, data: schemas.MemberIn) -> dict:
    service.remove(db.session, user, live, data.username)
    return {}


@handles("hand_over", "Hand the host role to a co-host (the host)")
def on_hand_over(user: User, live: LiveSession, data: schemas.MemberIn) -> dict:
    service.hand_over(db.session, user, live, data.username)
    return {"you": service.you(user, live, service.standing(db.session, live, user))}


@handles("checklist_answer", "Record the group's answer to an appraisal question (hosts)")
def on_checklist_answer(user: User, live: LiveSession, data: schemas.ChecklistAnswerIn
                        ) -> dict:
    item = service.answer_checklist(db.session, user, live, data.item_id, data.answer,
                                    data.note)
    return {"item": service.serialize_checklist_item(item)}


@handles("bottom_line", "Record a journal club's bottom line (hosts)")
def on_bottom_line(user: User, live: LiveSession, data: schemas.BottomLineIn) -> dict:
    service.record_bottom_line(db.session, user, live, data.text)
    return {}


@handles("recommendation", "Record a case's recommendations and follow-up date (hosts)")
def on_recommendation(user: User, live: LiveSession, data: schemas.RecommendationIn) -> dict:
    case = service.record_recommendation(db.session, user, live, data.case_id, data.text,
                                         data.follow_up_on)
    return {"case": service.serialize_case(case)}


# ---------------------------------------------------------------- after the commit


def _broadcast(session_id: int, full: dict, public: dict) -> None:
    """Members get the event without its host-only parts; hosts get all of it. If the
    message queue is away, the outbox sends it again later: clients drop an event whose
    number they already have."""
    if full == public:
        broadcast("event", full, to=room(session_id), namespace=NAMESPACE)
    else:
        broadcast("event", public, to=members_room(session_id), namespace=NAMESPACE)
        broadcast("event", full, to=hosts_room(session_id), namespace=NAMESPACE)


def _presence_changed(session_id: int, user_id: int) -> None:
    """Tell the room what changed: at once, or (when coalescing) once for every change
    within the window, so a crowd arriving costs members one notice per window."""
    app = current_app._get_current_object()
    window = app.config["SETTINGS"].live_presence_seconds
    with _presence_lock:
        due = _presence_due.get(session_id)
        if due is not None:
            due.add(user_id)
            return
        _presence_due[session_id] = {user_id}
    if window <= 0:
        _broadcast_presence(session_id)
        return
    server().start_background_task(_broadcast_presence_later, app, session_id, window)


def _broadcast_presence_later(app: Flask, session_id: int, window: float) -> None:
    server(app).sleep(window)
    with app.app_context():
        _broadcast_presence(session_id)


def _broadcast_presence(session_id: int) -> None:
    with _presence_lock:
        changed = _presence_due.pop(session_id, set())
    try:
        _send_presence(session_id, changed)
    except ServiceUnavailable as exc:  # the message queue is away: the next notice mends it
        log.warning("presence of session %s not sent: %s", session_id, exc)
    except Exception:
        log.exception("could not broadcast presence of session %s", session_id)


def _send_presence(session_id: int, changed: set[int]) -> None:
    # Called after a commit (or on a timer): reads only, so no writer's lock on SQLite.
    with writing(False):
        live = db.session.get(LiveSession, session_id)
        if live is None or not changed:  # deleted meanwhile
            return
        notice = service.presence_changes(db.session, live, limits(), changed)
    broadcast("presence", {"session_id": session_id, **notice}, to=room(session_id),
              namespace=NAMESPACE)


def _tell_hosts(session_id: int, kind: str, data: dict) -> None:
    broadcast("host_only", {"session_id": session_id, "kind": kind, "data": data},
              to=hosts_room(session_id), namespace=NAMESPACE)


def _remove_connections(session_id: int, sids: list[str]) -> None:
    """Wherever the removed member's sockets are (this process or another), they leave the
    session's rooms and are told why."""
    for sid in sids:
        # Sent from the host's event: the member's page says it in its own language (room.js
        # translates the event); the message is English for other clients.
        with force_locale("en"):
            message = str(service.REFUSALS["removed"])
        broadcast("removed", {"session_id": session_id, "message": message},
                  to=sid, namespace=NAMESPACE)
        _leave_rooms(sid, session_id)


# ---------------------------------------------------------------- heartbeat


def _start_heartbeat(app: Flask) -> None:
    with _beat_lock:
        if id(app) in _beating:
            return
        _beating.add(id(app))
    server().start_background_task(_heartbeat, app)


def _heartbeat(app: Flask) -> None:
    """While this process holds members, vouch for their intervals every beat and close
    those of processes that stopped vouching (killed, crashed)."""
    beat = limits(app)
    while True:
        server(app).sleep(beat.heartbeat_seconds)
        with _beat_lock:  # a connect in between starts no second loop, nor is left without
            sids = [sid for sid, c in list(_connections.items()) if c["app"] is app]
            if not sids:
                _beating.discard(id(app))
                return
        with app.app_context(), writing():
            try:
                service.heartbeat(db.session, [s for s in sids if _connections.get(s, {})
                                               .get("sessions")])
                for session_id, user_id in service.sweep(db.session, beat):
                    service.record_presence_change(db.session, session_id, user_id)
                commit(db.session)
            except Exception:
                db.session.rollback()
                log.exception("live heartbeat failed")


def init_app(app: Flask) -> None:
    """The /live namespace's handlers, and what the room does after a commit."""
    live.attach(app)
    events.subscribe(app, "live_event", "room.broadcast", _broadcast)
    service.listen_to_presence(app, _presence_changed)
    events.subscribe(app, "live_host_only", "room.host_only", _tell_hosts)
    events.subscribe(app, "live_removed", "room.removed", _remove_connections)

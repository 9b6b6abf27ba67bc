"""The live room's service: everything said and done in a room is written here, numbered in
the session's event log, and only broadcast after the caller commits (the "live_event"
domain event, see realtime.room.events).

Services take the session and never commit. Each function that changes the room returns
what the caller acknowledges to the sender."""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import bindparam, delete, func, insert, literal, select, union_all, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased, joinedload, lazyload
from sqlalchemy.orm.attributes import set_committed_value

from community.platform.accounts.models import User
from community.platform.accounts.policy import is_signed_in, posting_refusal
from community.platform.contract import coerce
from community.platform.db import after_commit, utcnow
from community.platform.errors import (
    Conflict,
    Forbidden,
    NotAuthenticated,
    NotFound,
    RateLimited,
    ValidationError,
)
from community.platform.events import (
    OutboxMessage,
    event_rows,
    record_event,
    recorded,
    subscribed,
)
from community.platform.i18n import _, _l, current_locale
from community.platform.idempotency import Claim, IdempotencyKey
from community.platform.language import detect as detect_language
from community.platform.markup import cook
from community.platform.parsing import parse_id
from community.platform.registry import registry
from moderation.disclosures import gate
from moderation.disclosures import service as disclosures
from moderation.disclosures.models import StatementView
from realtime.room import policy
from realtime.room.models import (
    AttendanceInterval,
    LiveEvent,
    LiveMember,
    LiveMessage,
    LivePoll,
    LivePollOption,
    LivePollVote,
    LiveQuestion,
    LiveQuestionVote,
    RoomBreak,
)
from realtime.room.schemas import (
    MAX_OPTIONS,
    Announcement,
    HostOnly,
    NewPoll,
    RoomEvent,
    RoomSnapshot,
    checked,
)
from realtime.sessions import content
from realtime.sessions.lifecycle import SESSION
from realtime.sessions.models import (
    ANSWERS,
    LiveSession,
    SessionCase,
    SessionCaseStage,
    SessionChecklistItem,
    SessionPresenter,
    SessionRegistration,
)

T = TypeVar("T")
MAX_REPLAY = 1000
SNAPSHOT_MESSAGES = 200
# Counts and tallies are anonymous: these events never name who caused them.
ANONYMOUS_KINDS = frozenset({"question_voted", "poll_results"})


@dataclass(frozen=True)
class Limits:
    """Per-process settings the socket layer passes in (from Settings)."""

    heartbeat_seconds: int = 30
    chat_limit: int = 5
    chat_window_seconds: int = 10

    @property
    def stale_after(self) -> timedelta:
        return timedelta(seconds=3 * self.heartbeat_seconds)


# ---------------------------------------------------------------- finding things in the room


def _in_session(db: Session, live: LiveSession, model: type[T], row_id: int, what: str) -> T:
    """The row of `model` with that id, if it belongs to this session (ids of other
    sessions' rows are as unknown as made-up ones)."""
    row = db.get(model, row_id) if parse_id(row_id) else None
    if row is None or row.session_id != live.id:
        raise NotFound(_not_here(what), code="not_found")
    return row


def _not_here(what: str) -> str:
    if what == "message":
        return _("There is no such message in this session.")
    if what == "poll":
        return _("There is no such poll in this session.")
    if what == "question":
        return _("There is no such question in this session.")
    if what == "case":
        return _("There is no such case in this session.")
    if what == "checklist question":
        return _("There is no such checklist question in this session.")
    return _("There is no such item in this session.")


def _message(db: Session, live: LiveSession, message_id: int) -> LiveMessage:
    message = _in_session(db, live, LiveMessage, message_id, "message")
    if message.deleted_at is not None:
        raise NotFound(_("There is no such message in this session."), code="not_found")
    return message


def _poll(db: Session, live: LiveSession, poll_id: int) -> LivePoll:
    return _in_session(db, live, LivePoll, poll_id, "poll")


def _question(db: Session, live: LiveSession, question_id: int) -> LiveQuestion:
    return _in_session(db, live, LiveQuestion, question_id, "question")


# ---------------------------------------------------------------- the event log


def _next_seq(db: Session, live: LiveSession) -> int:
    """Take the session's next number. On PostgreSQL the UPDATE locks the session's row
    until commit, so numbers are handed out (and committed) in order across processes."""
    seq = db.execute(update(LiveSession).where(LiveSession.id == live.id)
                     .values(last_seq=LiveSession.last_seq + 1)
                     .returning(LiveSession.last_seq)).scalar_one()
    set_committed_value(live, "last_seq", seq)  # written already: no second UPDATE at flush
    return seq


def record(db: Session, live: LiveSession, kind: str, actor: User | None,
           data: dict[str, Any], private: tuple[str, ...] = (), seq: int | None = None
           ) -> LiveEvent:
    """Append an event to the log (with a number taken already, or the next one); it is
    broadcast after the commit."""
    event = LiveEvent(session_id=live.id, seq=seq or _next_seq(db, live), kind=kind,
                      actor_id=actor.id if actor else None, data=data, private=list(private),
                      created_at=utcnow())
    db.add(event)
    db.flush()
    record_event(db, "live_event", **_announcement(event, actor))
    return event


def _announcement(event: LiveEvent, actor: User | None) -> dict[str, Any]:
    """What the "live_event" domain event carries: the event as hosts and as members see it,
    each checked against the room's contract."""
    full = checked(RoomEvent, serialize_event(event, actor.username if actor else None,
                                              host_view=True))
    public = serialize_event(event, actor.username if actor else None, host_view=False)
    if public != full:
        checked(RoomEvent, public)
    return {"session_id": event.session_id, "full": full, "public": public}


def serialize_event(event: LiveEvent, actor_name: str | None, *, host_view: bool
                    ) -> dict[str, Any]:
    hidden = not host_view and bool(event.private)
    data = {key: (None if hidden and key in event.private else value)
            for key, value in event.data.items()}
    anonymous = hidden or event.kind in ANONYMOUS_KINDS
    return {"session_id": event.session_id, "seq": event.seq, "kind": event.kind,
            "at": event.created_at.isoformat(), "actor": None if anonymous else actor_name,
            "data": data}


def events_since(db: Session, live: LiveSession, since: int, *, host_view: bool
                 ) -> tuple[list[dict[str, Any]], bool]:
    """What a client missed after `since`, oldest first; True if there was more than the
    replay cap (the client then relies on the snapshot)."""
    return events_after(db, live.id, since, host_view=host_view)


def events_after(db: Session, session_id: int, since: int, *, host_view: bool
                 ) -> tuple[list[dict[str, Any]], bool]:
    """events_since() by the session's id."""
    rows = db.execute(
        select(LiveEvent, User.username).outerjoin(User, User.id == LiveEvent.actor_id)
        .where(LiveEvent.session_id == session_id, LiveEvent.seq > since)
        .order_by(LiveEvent.seq).limit(MAX_REPLAY + 1)).all()
    events = [serialize_event(event, name, host_view=host_view)
              for event, name in rows[:MAX_REPLAY]]
    return events, len(rows) > MAX_REPLAY


def record_presence_change(db: Session, session_id: int, user_id: int) -> None:
    """After the commit, the room hears that this member came, went or changed (hand, mute,
    role). Presence is what is true now, not a record: it goes straight to the room's
    listeners (realtime.room.events), not through the outbox, and every notice carries the
    absolute count, so one that is lost is mended by the next."""
    after_commit(db, f"room.presence.{session_id}.{user_id}",
                 lambda _db: _tell_presence_listeners(session_id, user_id))


def _tell_presence_listeners(session_id: int, user_id: int) -> None:
    for listener in registry("room_presence_listeners", list):
        listener(session_id, user_id)


def listen_to_presence(app: Any, listener: Any) -> None:
    registry("room_presence_listeners", list, app).append(listener)


def _notice(db: Session, name: str, **payload: Any) -> None:
    """An unsequenced notice for after the commit (presence, host-only tallies)."""
    record_event(db, name, **payload)


# ---------------------------------------------------------------- membership


def member_row(db: Session, live: LiveSession, user: User) -> LiveMember | None:
    return db.scalar(select(LiveMember).where(LiveMember.session_id == live.id,
                                              LiveMember.user_id == user.id))


@dataclass(frozen=True)
class Standing:
    """What the room knows of one member at the door, read in one statement."""

    registration: str | None  # the registration's status, None if none
    presenter: bool
    member_id: int | None  # their LiveMember row, None before their first join
    muted: bool
    hand_raised: bool
    removed: bool
    seen_statement: bool
    open_on_this_connection: bool


def standing(db: Session, live: LiveSession, user: User, sid: str | None = None) -> Standing:
    registration = select(SessionRegistration.status).where(
        SessionRegistration.session_id == live.id, SessionRegistration.user_id == user.id)
    presenter = select(SessionPresenter.id).where(SessionPresenter.session_id == live.id,
                                                  SessionPresenter.user_id == user.id)
    interval = select(AttendanceInterval.id).where(
        AttendanceInterval.session_id == live.id, AttendanceInterval.sid == (sid or ""),
        AttendanceInterval.left_at.is_(None))
    row = db.execute(
        select(registration.scalar_subquery(), presenter.exists(), LiveMember.id,
               LiveMember.muted, LiveMember.hand_raised_at, LiveMember.removed_at,
               disclosures.statement_seen("session", live.id, user.id), interval.exists())
        .select_from(LiveSession)
        .outerjoin(LiveMember, (LiveMember.session_id == LiveSession.id)
                   & (LiveMember.user_id == user.id))
        .where(LiveSession.id == live.id)).one()
    return Standing(registration=row[0], presenter=bool(row[1]), member_id=row[2],
                    muted=bool(row[3]), hand_raised=row[4] is not None,
                    removed=row[5] is not None, seen_statement=bool(row[6]),
                    open_on_this_connection=bool(row[7]))


def role_of(user: User, live: LiveSession, found: Standing) -> str:
    if user.id == live.host_id:
        return "host"
    return "cohost" if found.presenter else "member"


REFUSALS = {  # by realtime.room.policy.refusal_to_enter's codes; the room page says the same
    "not_registered": _l("Only registered members, the host and the presenters enter the "
                         "room."),
    "waitlisted": _l("You are on the waitlist: the room opens to you once a seat frees up."),
    "removed": _l("The host removed you from this room."),
    "cancelled": _l("This session was cancelled."),
    "ended": _l("This session has ended; its transcript is on the session's page."),
    "not_open": _l("The room opens an hour before the session starts."),
}


def refusal(db: Session, user: User | None, live: LiveSession,
            found: Standing | None = None) -> str | None:
    """Why the member may not enter the room now (a REFUSALS code), or None."""
    if user is not None and found is None and is_signed_in(user):
        found = standing(db, live, user)
    return policy.refusal_to_enter(
        user, live, found.registration if found else None,
        removed=bool(found and found.removed),
        runs=bool(found and (user.id == live.host_id or found.presenter)))


@dataclass(frozen=True)
class Door:
    """Everything a join needs, read in one Core row (no ORM objects): the member, the
    session with its host's name, the member's standing in it and the room's headcount."""

    user_id: int
    username: str
    display_name: str
    signed_in: bool
    session_id: int
    title: str
    kind: str
    state: str
    starts_at: datetime
    ends_at: datetime
    started_at: datetime | None
    last_seq: int
    created_at: datetime
    content_version: int
    registration_opened_at: datetime | None
    host_id: int
    host: str
    registration: str | None
    presenter: bool
    member_id: int | None
    muted: bool
    hand_raised: bool
    removed: bool
    seen_statement: bool
    open_on_this_connection: bool
    here: bool  # counted already: an open, fresh interval on some connection
    count: int  # members in the room, with this one once they are in

    @property
    def role(self) -> str:
        if self.user_id == self.host_id:
            return "host"
        return "cohost" if self.presenter else "member"

    @property
    def host_view(self) -> bool:
        return self.role != "member"


_DOOR: dict[str, Any] = {}  # statements built once per process (their construction costs)


def _door_statements() -> dict[str, Any]:
    """Built on first use (the member's standing is mapped by moderation.trust, configured
    by then) and reused: executing a built statement skips its construction and hits
    SQLAlchemy's compiled cache at once."""
    if _DOOR:
        return _DOOR
    host = aliased(User)
    member = aliased(User)
    standing_table = User.standing.property.mapper.local_table  # moderation.trust's
    user_id, session_id = bindparam("user_id"), bindparam("session_id")
    sid, cutoff = bindparam("sid"), bindparam("cutoff", type_=AttendanceInterval.last_seen_at.type)
    open_ = (AttendanceInterval.session_id == LiveSession.id) & AttendanceInterval.left_at.is_(None)
    fresh = open_ & (AttendanceInterval.last_seen_at >= cutoff)
    door = (
        select(member.id, member.username, member.display_name, member.is_active,
               standing_table.c.suspended_until,
               LiveSession.id, LiveSession.title, LiveSession.kind, LiveSession.state,
               LiveSession.starts_at, LiveSession.ends_at, LiveSession.started_at,
               LiveSession.last_seq, LiveSession.created_at, LiveSession.content_version,
               LiveSession.registration_opened_at, LiveSession.host_id, host.username,
               select(SessionRegistration.status).where(
                   SessionRegistration.session_id == LiveSession.id,
                   SessionRegistration.user_id == member.id).scalar_subquery(),
               select(SessionPresenter.id).where(
                   SessionPresenter.session_id == LiveSession.id,
                   SessionPresenter.user_id == member.id).exists(),
               LiveMember.id, LiveMember.muted, LiveMember.hand_raised_at,
               LiveMember.removed_at,
               select(StatementView.id).where(
                   StatementView.user_id == member.id, StatementView.content_kind == "session",
                   StatementView.content_id == LiveSession.id).exists(),
               select(AttendanceInterval.id).where(open_, AttendanceInterval.sid == sid).exists(),
               select(AttendanceInterval.id).where(
                   fresh, AttendanceInterval.user_id == member.id).exists(),
               select(func.count(func.distinct(AttendanceInterval.user_id))).where(fresh)
               .scalar_subquery())
        .select_from(LiveSession)
        .join(host, host.id == LiveSession.host_id)
        .outerjoin(member, member.id == user_id)
        .outerjoin(standing_table, standing_table.c.user_id == member.id)
        .outerjoin(LiveMember, (LiveMember.session_id == LiveSession.id)
                   & (LiveMember.user_id == member.id))
        .where(LiveSession.id == session_id))
    statements: dict[str, Any] = {"door": door}
    for name, dialect in (("postgresql", postgresql), ("sqlite", sqlite)):
        statements[f"member.{name}"] = dialect.insert(LiveMember).values(
            session_id=session_id, user_id=user_id, muted=False, hand_raises=0,
            first_joined_at=bindparam("now")).on_conflict_do_nothing()
        # The row disclosures.record_statement_shown writes (first time counts).
        statements[f"shown.{name}"] = dialect.insert(StatementView).values(
            user_id=user_id, content_kind="session", content_id=session_id,
            place="room_join", seen_at=bindparam("now")).on_conflict_do_nothing()
        statements[f"interval.{name}"] = insert(AttendanceInterval).values(
            session_id=session_id, user_id=user_id, sid=sid, joined_at=bindparam("now"),
            last_seen_at=bindparam("now"))
    _DOOR.update(statements)
    return _DOOR


def door(db: Session, user_id: int, session_id: int, sid: str, limits: Limits) -> Door:
    """The member at the door of the session's room, in one statement."""
    now = utcnow()
    row = db.connection().execute(_door_statements()["door"], {
        "user_id": user_id, "session_id": session_id, "sid": sid,
        "cutoff": now - limits.stale_after}).first() if parse_id(session_id) else None
    if row is None:
        raise NotFound(_("There is no such session."), code="not_found")
    (member_id_, username, display_name, active, suspended_until, *session, registration,
     presenter, member_id, muted, hand_raised_at, removed_at, seen, open_here, here,
     count) = row
    signed_in = member_id_ is not None and bool(active) and not (
        suspended_until is not None and suspended_until > now)
    return Door(member_id_ or 0, username or "", display_name or "", signed_in, *session,
                registration=registration, presenter=bool(presenter), member_id=member_id,
                muted=bool(muted), hand_raised=hand_raised_at is not None,
                removed=removed_at is not None, seen_statement=bool(seen),
                open_on_this_connection=bool(open_here), here=bool(here), count=count or 0)


def enter(db: Session, user_id: int, session_id: int, sid: str, limits: Limits) -> Door:
    """Enter the room on this connection: checks registration and state, opens (or keeps)
    the connection's attendance interval. A few statements whatever the room's size, built
    once: the door's one read, then only the inserts a first entry needs (none for a member
    back on the same connection). Returns the door as the member passed it (counted in)."""
    found = door(db, user_id, session_id, sid, limits)
    if not found.signed_in:
        raise NotAuthenticated(_("Sign in again."), code="not_signed_in")
    code = policy.refusal_at_door(
        True, found.state, found.registration_opened_at, found.starts_at, found.registration,
        removed=found.removed, runs=found.host_view)
    if code:
        raise Forbidden(str(REFUSALS[code]), code=code)
    # The door's row says which rows a first entry still needs. The disclosure statement
    # is recorded with the attendance it precedes (credit asks for it; ACCME Standard 3).
    needed = tuple(part for part, needs in (
        ("member", found.member_id is None), ("shown", not found.seen_statement),
        ("interval", not found.open_on_this_connection)) if needs)
    if needed:
        _insert(db, needed, {"user_id": user_id, "session_id": session_id, "sid": sid,
                             "now": utcnow()})
    if found.state == "scheduled":
        # Last, so the session's row is locked (PostgreSQL) only until the commit that
        # follows, not while the inserts run: a crowd at the door waits for it once.
        live = get_live(db, session_id)
        try:
            SESSION.take(db, live, "open_lobby", actor_id=user_id)
        except Conflict:  # another member's join opened it a moment ago
            if live.state not in ("lobby", "live"):
                raise
        found = replace(found, state=live.state)
    if found.open_on_this_connection:
        return found  # back on the same connection: nothing changed, nobody to tell
    record_presence_change(db, session_id, user_id)
    return replace(found, count=found.count + (0 if found.here else 1))


def _insert(db: Session, parts: tuple[str, ...], values: dict[str, Any]) -> None:
    """The inserts of a join (ON CONFLICT DO NOTHING but the interval's), in one statement
    on PostgreSQL (each but the last as a WITH clause), one by one on SQLite (in process)."""
    statements = _door_statements()
    connection = db.connection()
    if connection.dialect.name != "postgresql":
        for part in parts:
            connection.execute(statements[f"{part}.sqlite"], values)
        return
    key = "together." + ".".join(parts)
    statement = statements.get(key)
    if statement is None:
        *withs, last = parts
        statement = statements[f"{last}.postgresql"]
        for part in withs:
            statement = statement.add_cte(statements[f"{part}.postgresql"].cte(part))
        statements[key] = statement
    connection.execute(statement, values)


def leave(db: Session, live_id: int, sid: str) -> int:
    """Close this connection's interval in the session; returns how many were open."""
    now = utcnow()
    return db.execute(update(AttendanceInterval).where(
        AttendanceInterval.session_id == live_id, AttendanceInterval.sid == sid,
        AttendanceInterval.left_at.is_(None)).values(left_at=now, last_seen_at=now)
    ).rowcount


def heartbeat(db: Session, sids: list[str]) -> None:
    """This process vouches that these connections are still here."""
    if sids:
        db.execute(update(AttendanceInterval).where(
            AttendanceInterval.sid.in_(sids), AttendanceInterval.left_at.is_(None))
            .values(last_seen_at=utcnow()))


def sweep(db: Session, limits: Limits, session_id: int | None = None
          ) -> list[tuple[int, int]]:
    """Close intervals nobody vouched for within the window (their process died): they end
    at their last sign of life, never later. Returns the (session, member) pairs touched."""
    cutoff = utcnow() - limits.stale_after
    stale = select(AttendanceInterval).where(AttendanceInterval.left_at.is_(None),
                                             AttendanceInterval.last_seen_at < cutoff)
    if session_id is not None:
        stale = stale.where(AttendanceInterval.session_id == session_id)
    touched = set()
    for interval in db.scalars(stale):
        interval.left_at = interval.last_seen_at
        touched.add((interval.session_id, interval.user_id))
    return sorted(touched)


def _here(live_id: int, limits: Limits):
    """The members with a live connection to the room (several tabs count once)."""
    cutoff = utcnow() - limits.stale_after
    return select(AttendanceInterval.user_id).where(
        AttendanceInterval.session_id == live_id, AttendanceInterval.left_at.is_(None),
        AttendanceInterval.last_seen_at >= cutoff)


def headcount(db: Session, live_id: int, limits: Limits) -> int:
    cutoff = utcnow() - limits.stale_after
    return db.scalar(select(func.count(func.distinct(AttendanceInterval.user_id))).where(
        AttendanceInterval.session_id == live_id, AttendanceInterval.left_at.is_(None),
        AttendanceInterval.last_seen_at >= cutoff)) or 0


def presence(db: Session, live: LiveSession, limits: Limits,
             user_ids: set[int] | None = None) -> list[dict[str, Any]]:
    """Who is in the room now, hosts first, then by name (of `user_ids` only, when given),
    in one statement whatever the room's size."""
    presenter = select(SessionPresenter.id).where(SessionPresenter.session_id == live.id,
                                                  SessionPresenter.user_id == User.id)
    query = (select(User.id, User.username, User.display_name, presenter.exists(),
                    LiveMember.hand_raised_at, LiveMember.muted)
             .join(LiveMember, LiveMember.user_id == User.id)
             .where(LiveMember.session_id == live.id,
                    LiveMember.user_id.in_(_here(live.id, limits))))
    if user_ids is not None:
        query = query.where(User.id.in_(user_ids))
    rows = [{"username": username, "display_name": name,
             "role": "host" if user_id == live.host_id else "cohost" if presenter_ else "member",
             "hand_raised": hand is not None, "muted": muted}
            for user_id, username, name, presenter_, hand, muted in db.execute(query)]
    order = {"host": 0, "cohost": 1, "member": 2}
    return sorted(rows, key=lambda r: (order[r["role"]], r["display_name"].lower()))


def presence_changes(db: Session, live: LiveSession, limits: Limits, user_ids: set[int]
                     ) -> dict[str, Any]:
    """What changed for these members: the rows of those in the room (come or changed) and
    the usernames of those who left, with the room's count."""
    rows = presence(db, live, limits, user_ids)
    here = {row["username"] for row in rows}
    gone = sorted(set(db.scalars(select(User.username).where(User.id.in_(user_ids)))) - here)
    return {"count": headcount(db, live.id, limits), "members": rows, "left": gone}


# ---------------------------------------------------------------- the room's state


def _require(condition: bool, message: str, code: str = "forbidden") -> None:
    if not condition:
        raise Forbidden(message, code=code)


def _require_voice(user: User) -> None:
    """Chat and questions are posts: not from a silenced member, nor from one who has not
    confirmed their email address (accounts policy)."""
    refusal = posting_refusal(user)
    if refusal is not None:
        raise Forbidden(refusal, code="forbidden")


def _require_host(actor: User, live: LiveSession) -> None:
    _require(policy.runs_session(actor, live), _("Only the host and co-hosts can do that."),
             "not_host")


def _require_state(live: LiveSession, *states: str) -> None:
    if live.state not in states:
        if set(states) == {"live"}:
            message = _("That can only be done while the session is live.")
        elif "live" in states:
            message = _("That can only be done before it starts or while the session is live.")
        else:
            message = _("That can only be done before the session starts.")
        raise Conflict(message, code="wrong_state")


def start(db: Session, actor: User, live: LiveSession) -> LiveEvent:
    _require_host(actor, live)
    _require_state(live, "scheduled", "lobby")
    missing = content.missing_content(live)
    if missing:
        raise Conflict(missing, code="no_content")
    unchecked = content.unchecked_cases(live)
    if unchecked:
        raise Conflict(unchecked, code="not_checked")
    # Whoever starts it controls the content now: their disclosure must be current.
    gate.require_cleared(db, actor, "host" if actor.id == live.host_id else "presenter",
                         "session", live.id)
    SESSION.take(db, live, "start", actor_id=actor.id, values={"started_at": utcnow()},
                 conflict="Someone else started or ended this session first.")
    return record(db, live, "started", actor, {"state": "live",
                                               "started_at": live.started_at.isoformat()})


def end(db: Session, actor: User, live: LiveSession) -> LiveEvent:
    _require_host(actor, live)
    _require_state(live, "live")
    now = utcnow()
    SESSION.take(db, live, "end", actor_id=actor.id, values={"ended_at": now},
                 conflict="Someone else ended this session first.")
    # Attendance ends with the session, whoever is still connected.
    db.execute(update(AttendanceInterval).where(
        AttendanceInterval.session_id == live.id, AttendanceInterval.left_at.is_(None))
        .values(left_at=now, last_seen_at=now))
    for member in db.scalars(select(LiveMember).where(LiveMember.session_id == live.id,
                                                      LiveMember.hand_raised_at.is_not(None))):
        member.hand_raised_at = None
    # A break still running ends with the session (the transition above holds its row lock).
    running = open_break(db, live)
    if running is not None:
        _close_break(db, live, actor, running, now)
    return record(db, live, "ended", actor, {"state": "ended", "ended_at": now.isoformat()})


# ---------------------------------------------------------------- breaks (not credit time)


def open_break(db: Session, live: LiveSession) -> RoomBreak | None:
    return db.scalar(select(RoomBreak).where(RoomBreak.session_id == live.id,
                                             RoomBreak.ended_at.is_(None)))


def serialize_break(pause: RoomBreak) -> dict[str, Any]:
    data = {"id": pause.id, "started_at": pause.started_at.isoformat()}
    if pause.ended_at is not None:
        data["ended_at"] = pause.ended_at.isoformat()
    return data


def _lock_live(db: Session, live: LiveSession) -> int:
    """Take the next number first: on PostgreSQL that locks the session's row (on SQLite the
    unit of work holds the write lock already), so two hosts' break actions run one after
    the other and the second sees the first's break; then check the state as it is now (an
    `end` may have committed while we waited)."""
    seq = _next_seq(db, live)
    db.refresh(live, ["state"])
    _require_state(live, "live")
    return seq


def start_break(db: Session, actor: User, live: LiveSession) -> LiveEvent:
    """A break begins: its time is not credit time (docs/domain.md §2)."""
    _require_host(actor, live)
    seq = _lock_live(db, live)
    if open_break(db, live) is not None:
        raise Conflict(_("A break is running already: end it first."), code="break_running")
    pause = RoomBreak(session_id=live.id, started_at=utcnow(), started_by_id=actor.id)
    db.add(pause)
    db.flush()
    return record(db, live, "break_started", actor, serialize_break(pause), seq=seq)


def end_break(db: Session, actor: User, live: LiveSession) -> LiveEvent:
    _require_host(actor, live)
    seq = _lock_live(db, live)
    pause = open_break(db, live)
    if pause is None:
        raise Conflict(_("No break is running."), code="no_break")
    return _close_break(db, live, actor, pause, utcnow(), seq)


def _close_break(db: Session, live: LiveSession, actor: User, pause: RoomBreak,
                 when: datetime, seq: int | None = None) -> LiveEvent:
    pause.ended_at, pause.ended_by_id = when, actor.id
    db.flush()
    return record(db, live, "break_ended", actor, serialize_break(pause), seq=seq)


def _stages_in_order(db: Session, live: LiveSession):
    return db.execute(
        select(SessionCaseStage, SessionCase).join(SessionCase,
                                                   SessionCase.id == SessionCaseStage.case_id)
        .where(SessionCase.session_id == live.id)
        .order_by(SessionCase.position, SessionCase.id, SessionCaseStage.position,
                  SessionCaseStage.id)).all()


def serialize_stage(stage: SessionCaseStage, case: SessionCase) -> dict[str, Any]:
    return {"id": stage.id, "case_id": case.id, "case_title": case.title,
            "case_question": case.question, "stage": stage.stage, "label": stage.label,
            "html": stage.body_cooked,
            "revealed_at": stage.revealed_at.isoformat() if stage.revealed_at else None}


def reveal_next_stage(db: Session, actor: User, live: LiveSession) -> LiveEvent:
    """Cases are shown stage by stage, in order, and only in session (domain §6)."""
    _require_host(actor, live)
    _require_state(live, "live")
    for stage, case in _stages_in_order(db, live):
        if stage.revealed_at is None:
            if case.deid_checked_at is None:  # start checks this; a case added since must too
                raise Conflict(_("The next stage belongs to “%(title)s”, whose "
                                 "de-identification no coordinator has checked: it cannot be "
                                 "shown.", title=case.title), code="not_checked")
            stage.revealed_at, stage.revealed_by_id = utcnow(), actor.id
            return record(db, live, "stage_revealed", actor, serialize_stage(stage, case))
    raise Conflict(_("Every stage of every case has been revealed."), code="nothing_left")


def revealed_stages(db: Session, live: LiveSession) -> list[dict[str, Any]]:
    return [serialize_stage(stage, case) for stage, case in _stages_in_order(db, live)
            if stage.revealed_at is not None]


# ---------------------------------------------------------------- chat


def serialize_message(message: LiveMessage) -> dict[str, Any]:
    deleted = message.deleted_at is not None
    return {"id": message.id, "seq": message.seq,
            "author": {"username": message.author.username,
                       "display_name": message.author.display_name},
            "html": "" if deleted else message.body_cooked,
            # The Markdown as written, for the edit box (shown as text, never as HTML).
            "body": "" if deleted else message.body_raw,
            "created_at": message.created_at.isoformat(),
            "edited_at": message.edited_at.isoformat() if message.edited_at else None,
            "language": message.language or "und", "deleted": deleted}


_CHAT: dict[str, Any] = {}  # the chat's statements, built once per process (as _DOOR)


def _chat_statements() -> dict[str, Any]:
    if _CHAT:
        return _CHAT
    session_id, author_id = bindparam("session_id"), bindparam("author_id")
    recent = select(func.count()).select_from(LiveMessage).where(
        LiveMessage.session_id == session_id, LiveMessage.author_id == author_id,
        LiveMessage.created_at >= bindparam("since", type_=LiveMessage.created_at.type)
    ).scalar_subquery()
    # A message sent under a key (its client_id) is numbered only while no row has the key:
    # one that has goes the general way (idempotency.once). Without a key, `key = NULL`
    # matches no row.
    unused_key = ~select(IdempotencyKey.id).where(
        IdempotencyKey.user_id == author_id,
        IdempotencyKey.key == bindparam("key", type_=IdempotencyKey.key.type)).exists()
    number = (update(LiveSession)
              .where(LiveSession.id == session_id, recent < bindparam("limit"), unused_key)
              .values(last_seq=LiveSession.last_seq + 1))
    _CHAT.update({
        "number": number.returning(LiveSession.last_seq),
        # PostgreSQL: the message's id too, from its table's sequence, so the message, its
        # event and the event's outbox rows can be written together (_insert_chat).
        "number.postgresql": number.returning(
            LiveSession.last_seq,
            func.nextval(func.pg_get_serial_sequence(LiveMessage.__tablename__, "id")))})
    return _CHAT


def _number_chat(db: Session, user: User, live: LiveSession, limits: Limits,
                 key: str | None = None) -> tuple[int, int | None] | None:
    """The session's next number, taken only while the member is within the chat limit (the
    count of their recent messages is the UPDATE's condition, so one statement checks the
    limit and numbers the message) and no row has `key`. On PostgreSQL, the message's id as
    well (else None). None when it was not taken."""
    connection = db.connection()
    name = "number.postgresql" if connection.dialect.name == "postgresql" else "number"
    row = connection.execute(_chat_statements()[name], {
        "session_id": live.id, "author_id": user.id, "limit": limits.chat_limit, "key": key,
        "since": utcnow() - timedelta(seconds=limits.chat_window_seconds)}).first()
    if row is None:
        return None
    # The row holds it already: known, not changed (a flush would write it a second time,
    # one more round trip before the room hears the message).
    set_committed_value(live, "last_seq", row[0])
    return row[0], (row[1] if len(row) > 1 else None)


def _may_chat(db: Session, user: User, live: LiveSession, member: LiveMember | None) -> None:
    _require_state(live, "lobby", "live")
    _require_voice(user)
    member = member or member_row(db, live, user)
    _require(not (member and member.muted), _("A host muted your chat in this session."), "muted")


def chat(db: Session, user: User, live: LiveSession, text: str, limits: Limits,
         member: LiveMember | None = None) -> LiveMessage:
    """A message (the caller checked it: realtime.room.schemas.ChatIn); `member`: their row
    in the room, if the caller read it already."""
    _may_chat(db, user, live, member)
    cooked = cook(text)  # before the number is taken: that locks the session's row
    numbered = _number_chat(db, user, live, limits)
    if numbered is None:
        raise RateLimited(_("Slow down: at most %(count)s messages every %(seconds)s seconds.",
                            count=limits.chat_limit, seconds=limits.chat_window_seconds),
                          retry_after=limits.chat_window_seconds)
    message = _new_message(live, user, text, cooked, *numbered)
    # PostgreSQL (the id was taken): written in one statement; else by the unit of work.
    if message.id is None or not _insert_chat(db, live, user, message):
        db.add(message)
        db.flush()
        record(db, live, "chat", user, serialize_message(message), seq=message.seq)
    return message


def chat_once(db: Session, user: User, live: LiveSession, text: str, limits: Limits,
              member: LiveMember | None, key: Claim) -> LiveMessage | None:
    """A message sent under an idempotency key (the room client's client_id), the key's row
    written by the message's own statement (PostgreSQL, the room's events subscribed to).
    The general way (idempotency.once around `chat`) costs seven more round trips before
    the commit (expired keys deleted, a read, the insert inside a savepoint and its release,
    a read back, an update), and every member waits for them. None, having written nothing, where this cannot be
    done (SQLite; a row has the key: a repeat; the chat limit reached): the caller then goes
    the general way, which replays a repeat, refuses a misuse or says "slow down"."""
    if db.connection().dialect.name != "postgresql" or not subscribed("live_event"):
        return None
    _may_chat(db, user, live, member)
    cooked = cook(text)
    numbered = _number_chat(db, user, live, limits, key.key)
    if numbered is None:
        return None
    message = _new_message(live, user, text, cooked, *numbered)
    _insert_chat(db, live, user, message, key)
    return message


def _new_message(live: LiveSession, user: User, text: str, cooked: str, seq: int,
                 message_id: int | None) -> LiveMessage:
    message = LiveMessage(id=message_id, session_id=live.id, author_id=user.id, seq=seq,
                          body_raw=text, body_cooked=cooked, created_at=utcnow())
    message.author = user
    return message


_MESSAGE_COLUMNS = ("id", "session_id", "author_id", "seq", "body_raw", "body_cooked",
                    "language", "created_at")
_EVENT_COLUMNS = ("session_id", "seq", "kind", "actor_id", "data", "private", "created_at")
_OUTBOX_COLUMNS = ("event", "subscriber", "payload", "created_at", "available_at",
                   "claimed_until", "attempts")
_KEY_COLUMNS = tuple(c.name for c in IdempotencyKey.__table__.c if not c.primary_key)  # Claim.row's


def _insert_chat(db: Session, live: LiveSession, user: User, message: LiveMessage,
                 key: Claim | None = None) -> bool:
    """The message, its event, the event's outbox rows and the key's row (`key`: the answer
    kept for a repeat) in one statement (PostgreSQL: each but the last as a WITH clause).
    The room hears a message only after its commit, and every round trip before it (one
    per row, from the unit of work) was waited for by every member. The message is not
    added to the session: it is returned for the sender's answer. False, writing nothing,
    when nobody subscribes to room events (an app without the room's wiring): the unit of
    work writes it then."""
    message.language = detect_language(message.body_raw)  # as language.record on insert
    event = LiveEvent(session_id=live.id, seq=message.seq, kind="chat", actor_id=user.id,
                      data=serialize_message(message), private=[],
                      created_at=message.created_at)
    rows = event_rows("live_event", **_announcement(event, user))
    if not rows:
        return False
    values = {**_values(message, _MESSAGE_COLUMNS, "message_"),
              **_values(event, _EVENT_COLUMNS, "event_")}
    for i, row in enumerate(rows):
        values.update(_values(row, _OUTBOX_COLUMNS, f"outbox{i}_"))
    if key is not None:  # the answer the sender gets (realtime.room.events.on_chat)
        values.update({"key_" + name: value for name, value in
                       key.row({"message": serialize_message(message)}).items()})
    found = db.connection().execute(_chat_insert(len(rows), key is not None), values)
    ids = {subscriber: row_id for row_id, subscriber in found}
    for row in rows:
        row.id = ids[row.subscriber]
    recorded(db, rows)
    return True


def _chat_insert(outbox_rows: int, keyed: bool) -> Any:
    """_insert_chat's statement, built once per number of outbox rows (one per subscriber)
    and with or without a key's row, its values bound by name (a statement built anew each
    time cost more than its trip). Every insert is a single-row one in a WITH clause of its
    own, the outbox rows' ids read back through a SELECT: SQLAlchemy never caches the
    compiled form of a multi-row VALUES, and compiling this statement for every message
    cost the room more than a round trip."""
    name = f"insert.{outbox_rows}.{'keyed' if keyed else 'plain'}"
    statements = _chat_statements()
    if name not in statements:
        def inserted(model: type, columns: tuple[str, ...], prefix: str, cte: str) -> Any:
            table = model.__table__
            values = {c: bindparam(prefix + c, type_=table.c[c].type) for c in columns}
            statement = insert(model).values(values)
            if model is OutboxMessage:
                statement = statement.returning(OutboxMessage.id, OutboxMessage.subscriber)
            return statement.cte(cte)
        outbox = [inserted(OutboxMessage, _OUTBOX_COLUMNS, f"outbox{i}_", f"outbox{i}")
                  for i in range(outbox_rows)]
        ids = union_all(*(select(cte.c.id, cte.c.subscriber) for cte in outbox)) \
            if outbox_rows > 1 else select(outbox[0].c.id, outbox[0].c.subscriber)
        writes = [inserted(LiveMessage, _MESSAGE_COLUMNS, "message_", "message"),
                  inserted(LiveEvent, _EVENT_COLUMNS, "event_", "event")]
        if keyed:
            writes.append(inserted(IdempotencyKey, _KEY_COLUMNS, "key_", "key"))
        statements[name] = ids.add_cte(*writes)
    return statements[name]


def _values(row: Any, columns: tuple[str, ...], prefix: str) -> dict[str, Any]:
    return {prefix + name: getattr(row, name) for name in columns}


def edit_chat(db: Session, user: User, live: LiveSession, message_id: int, text: str
              ) -> LiveMessage:
    _require_state(live, "lobby", "live")
    message = _message(db, live, message_id)
    _require(policy.can_moderate_message(user, live, message.author_id),
             _("Only the author or a host can edit this message."))
    message.body_raw, message.body_cooked, message.edited_at = text, cook(text), utcnow()
    record(db, live, "chat_edited", user, serialize_message(message))
    return message


def delete_chat(db: Session, user: User, live: LiveSession, message_id: int) -> LiveMessage:
    message = _message(db, live, message_id)
    _require(policy.can_moderate_message(user, live, message.author_id),
             _("Only the author or a host can delete this message."))
    message.deleted_at, message.deleted_by_id = utcnow(), user.id
    record(db, live, "chat_deleted", user, {"id": message.id})
    return message


def recent_messages(db: Session, live: LiveSession) -> list[dict[str, Any]]:
    rows = db.scalars(select(LiveMessage).where(LiveMessage.session_id == live.id)
                      .order_by(LiveMessage.seq.desc()).limit(SNAPSHOT_MESSAGES)).all()
    return [serialize_message(m) for m in reversed(rows)]


# ---------------------------------------------------------------- hands, mute, remove, host


def raise_hand(db: Session, user: User, live: LiveSession, raised: bool,
               member: LiveMember | None = None) -> LiveMember:
    _require_state(live, "lobby", "live")
    member = member or member_row(db, live, user)
    if raised and member.hand_raised_at is None:
        member.hand_raised_at = utcnow()
        member.hand_raises += 1
    elif not raised:
        member.hand_raised_at = None
    record_presence_change(db, live.id, user.id)
    return member


def _target(db: Session, live: LiveSession, username: str) -> tuple[User, LiveMember]:
    user = db.scalar(select(User).where(User.username == username))
    member = member_row(db, live, user) if user else None
    if member is None:
        raise NotFound(_("That member has not been in this room."), code="not_found")
    return user, member


def mute(db: Session, actor: User, live: LiveSession, username: str, muted: bool
         ) -> LiveEvent:
    _require_host(actor, live)
    user, member = _target(db, live, username)
    _require(not policy.runs_session(user, live), _("Hosts and co-hosts cannot be muted."))
    member.muted = muted
    record_presence_change(db, live.id, user.id)
    return record(db, live, "member_muted", actor, {"username": user.username,
                                                    "muted": muted})


def remove(db: Session, actor: User, live: LiveSession, username: str
           ) -> tuple[LiveEvent, list[str]]:
    """Take a member out of the room for good; returns their connections to disconnect."""
    _require_host(actor, live)
    user, member = _target(db, live, username)
    _require(not policy.runs_session(user, live), _("Hosts and co-hosts cannot be removed."))
    member.removed_at, member.removed_by_id, member.hand_raised_at = utcnow(), actor.id, None
    sids = list(db.scalars(select(AttendanceInterval.sid).where(
        AttendanceInterval.session_id == live.id, AttendanceInterval.user_id == user.id,
        AttendanceInterval.left_at.is_(None))))
    for sid in sids:
        leave(db, live.id, sid)
    record_presence_change(db, live.id, user.id)
    _notice(db, "live_removed", session_id=live.id, sids=sids)
    return record(db, live, "member_removed", actor, {"username": user.username}), sids


def hand_over(db: Session, actor: User, live: LiveSession, username: str) -> LiveEvent:
    """The host passes the host role to a co-host and stays on as a co-host."""
    _require(actor.id == live.host_id, _("Only the host can hand over the host role."),
             "not_host")
    user, _member = _target(db, live, username)
    _require(policy.role(user, live) == "cohost",
             _("Hand the host role to a co-host (one of the session's presenters)."))
    live.presenters = [p for p in live.presenters if p.user_id != user.id] + [
        SessionPresenter(user_id=actor.id)]
    live.host_id, live.host = user.id, user
    db.flush()
    record_presence_change(db, live.id, user.id)
    record_presence_change(db, live.id, actor.id)
    return record(db, live, "host_changed", actor, {"host": user.username,
                                                    "previous": actor.username})


# ---------------------------------------------------------------- polls


def tally(db: Session, poll: LivePoll) -> tuple[dict[int, int], int]:
    """Votes per option, and how many members voted."""
    counts = dict(db.execute(select(LivePollVote.option_id, func.count())
                             .where(LivePollVote.poll_id == poll.id)
                             .group_by(LivePollVote.option_id)).all())
    voters = db.scalar(select(func.count(func.distinct(LivePollVote.user_id)))
                       .where(LivePollVote.poll_id == poll.id))
    return counts, voters or 0


def ballot(db: Session, poll: LivePoll, user: User) -> list[int]:
    return sorted(db.scalars(select(LivePollVote.option_id).where(
        LivePollVote.poll_id == poll.id, LivePollVote.user_id == user.id)))


def serialize_poll(db: Session, poll: LivePoll, viewer: User | None, *, host_view: bool
                   ) -> dict[str, Any]:
    show = host_view or poll.revealed
    counts, voters = tally(db, poll) if show else ({}, 0)
    options = [{"id": o.id, "text": o.text, **({"votes": counts.get(o.id, 0)} if show else {})}
               for o in poll.options]
    data = {"id": poll.id, "question": poll.question, "multiple": poll.multiple,
            "state": poll.state, "revealed": poll.revealed, "options": options}
    if show:
        data["total"] = voters
    if viewer is not None:
        data["your_vote"] = ballot(db, poll, viewer)
    return data


def create_poll(db: Session, actor: User, live: LiveSession, data: NewPoll | Mapping[str, Any]
                ) -> LivePoll:
    data = coerce(NewPoll, data)
    _require_host(actor, live)
    _require_state(live, "lobby", "live")
    poll = LivePoll(session_id=live.id, created_by_id=actor.id, question=data.question,
                    multiple=data.multiple, state="draft",
                    options=[LivePollOption(position=i, text=t)
                             for i, t in enumerate(data.options)])
    db.add(poll)
    db.flush()
    return poll


def launch_poll(db: Session, actor: User, live: LiveSession, poll_id: int) -> LivePoll:
    _require_host(actor, live)
    _require_state(live, "live")
    poll = _poll(db, live, poll_id)
    if poll.state != "draft":
        raise Conflict(_("This poll was launched already."), code="wrong_state")
    poll.state, poll.opened_at = "open", utcnow()
    record(db, live, "poll_launched", actor, serialize_poll(db, poll, None, host_view=False))
    return poll


def vote(db: Session, user: User, live: LiveSession, poll_id: int, option_ids: list[int]
         ) -> LivePoll:
    """One ballot per member, replaced by a new vote until the poll closes."""
    poll = _poll(db, live, poll_id)
    if poll.state != "open":
        raise Conflict(_("This poll is not open for votes."), code="poll_closed")
    valid = {o.id for o in poll.options}
    if not option_ids or len(option_ids) > MAX_OPTIONS or any(
            i not in valid for i in option_ids):
        raise ValidationError({"option_ids": [_("Choose among this poll's options.")]})
    chosen = sorted(set(option_ids))
    if len(chosen) > 1 and not poll.multiple:
        raise ValidationError({"option_ids": [_("This poll takes one answer.")]})
    db.execute(delete(LivePollVote).where(LivePollVote.poll_id == poll.id,
                                          LivePollVote.user_id == user.id))
    db.add_all(LivePollVote(poll_id=poll.id, option_id=i, user_id=user.id) for i in chosen)
    db.flush()
    _announce_tally(db, live, poll, user)
    return poll


def _announce_tally(db: Session, live: LiveSession, poll: LivePoll, actor: User) -> None:
    """Revealed: everyone's bars move. Hidden: only the hosts see the count."""
    results = serialize_poll(db, poll, None, host_view=True)
    if poll.revealed:
        record(db, live, "poll_results", actor, {k: results[k] for k in
                                                 ("id", "state", "options", "total")})
    else:
        _notice(db, "live_host_only", **checked(HostOnly, {
            "session_id": live.id, "kind": "poll_tally", "data": results}))


def close_poll(db: Session, actor: User, live: LiveSession, poll_id: int) -> LivePoll:
    _require_host(actor, live)
    poll = _poll(db, live, poll_id)
    if poll.state != "open":
        raise Conflict(_("Only an open poll can be closed."), code="wrong_state")
    poll.state, poll.closed_at = "closed", utcnow()
    record(db, live, "poll_closed", actor, serialize_poll(db, poll, None, host_view=False))
    return poll


def reveal_poll(db: Session, actor: User, live: LiveSession, poll_id: int) -> LivePoll:
    _require_host(actor, live)
    poll = _poll(db, live, poll_id)
    if poll.state == "draft":
        raise Conflict(_("Launch the poll before revealing its results."), code="wrong_state")
    poll.revealed = True
    record(db, live, "poll_revealed", actor, serialize_poll(db, poll, None, host_view=False))
    return poll


def polls(db: Session, live: LiveSession, viewer: User, *, host_view: bool
          ) -> list[dict[str, Any]]:
    query = select(LivePoll).where(LivePoll.session_id == live.id).order_by(LivePoll.id)
    if not host_view:
        query = query.where(LivePoll.state != "draft")
    return [serialize_poll(db, p, viewer, host_view=host_view) for p in db.scalars(query)]


# ---------------------------------------------------------------- Q&A


def serialize_question(question: LiveQuestion, *, host_view: bool, voted: bool = False
                       ) -> dict[str, Any]:
    named = host_view or not question.anonymous
    return {"id": question.id, "html": question.body_cooked, "anonymous": question.anonymous,
            "author": {"username": question.author.username,
                       "display_name": question.author.display_name} if named else None,
            "state": question.state, "votes": question.votes, "voted_by_you": voted,
            "language": question.language or "und",
            "created_at": question.created_at.isoformat()}


def ask(db: Session, user: User, live: LiveSession, text: str, anonymous: bool = False
        ) -> LiveQuestion:
    _require_state(live, "lobby", "live")
    _require_voice(user)
    question = LiveQuestion(session_id=live.id, author_id=user.id, anonymous=anonymous,
                            body_raw=text, body_cooked=cook(text), created_at=utcnow())
    question.author = user
    db.add(question)
    db.flush()
    # Anonymous to members, never to hosts: the author is a host-only part of the event.
    record(db, live, "question_asked", user, serialize_question(question, host_view=True),
           private=("author",) if anonymous else ())
    return question


def upvote(db: Session, user: User, live: LiveSession, question_id: int) -> LiveQuestion:
    _require_state(live, "lobby", "live")
    question = _question(db, live, question_id)
    _require(question.author_id != user.id, _("You cannot upvote your own question."))
    if question.state != "pending":
        raise Conflict(_("This question was already answered or dismissed."),
                       code="wrong_state")
    if db.scalar(select(LiveQuestionVote.id).where(LiveQuestionVote.question_id == question.id,
                                                   LiveQuestionVote.user_id == user.id)):
        raise Conflict(_("You already upvoted this question."), code="already_voted")
    db.add(LiveQuestionVote(question_id=question.id, user_id=user.id))
    db.execute(update(LiveQuestion).where(LiveQuestion.id == question.id)
               .values(votes=LiveQuestion.votes + 1))
    db.flush()
    db.refresh(question, ["votes"])
    record(db, live, "question_voted", user, {"id": question.id, "votes": question.votes})
    return question


def mark_question(db: Session, actor: User, live: LiveSession, question_id: int,
                  state: str) -> LiveQuestion:
    """`state`: answered or dismissed."""
    _require_host(actor, live)
    question = _question(db, live, question_id)
    question.state, question.marked_at, question.marked_by_id = state, utcnow(), actor.id
    record(db, live, "question_marked", actor, {"id": question.id, "state": state})
    return question


def questions(db: Session, live: LiveSession, viewer: User, *, host_view: bool
              ) -> list[dict[str, Any]]:
    """Most upvoted first; members do not see dismissed ones."""
    query = select(LiveQuestion).where(LiveQuestion.session_id == live.id)
    if not host_view:
        query = query.where(LiveQuestion.state != "dismissed")
    voted = set(db.scalars(select(LiveQuestionVote.question_id).join(
        LiveQuestion, LiveQuestion.id == LiveQuestionVote.question_id).where(
        LiveQuestion.session_id == live.id, LiveQuestionVote.user_id == viewer.id))
        ) if viewer is not None else set()
    rows = db.scalars(query.order_by(LiveQuestion.votes.desc(), LiveQuestion.id)).all()
    return [serialize_question(q, host_view=host_view, voted=q.id in voted) for q in rows]


# ---------------------------------------------------------------- journal club, case conference


def serialize_checklist_item(item: SessionChecklistItem) -> dict[str, Any]:
    # A template's own words in the viewer's language (the shared snapshot's key holds it).
    return {"id": item.id, "position": item.position,
            "part": content.shown(item.part) if item.part else item.part,
            "question": content.shown(item.question), "answer": item.answer,
            "answer_label": ANSWERS.get(item.answer or "", None), "note": item.note}


def answer_checklist(db: Session, actor: User, live: LiveSession, item_id: int,
                     answer: str, note: str | None = None) -> SessionChecklistItem:
    """The host records the group's answer (one of ANSWERS) to an appraisal question (not
    scored)."""
    _require_host(actor, live)
    _require_state(live, "live")
    item = _in_session(db, live, SessionChecklistItem, item_id, "checklist question")
    item.answer, item.note, item.answered_by_id, item.answered_at = answer, note or "", \
        actor.id, utcnow()
    record(db, live, "checklist_answered", actor, serialize_checklist_item(item))
    return item


def record_bottom_line(db: Session, actor: User, live: LiveSession, text: str) -> LiveEvent:
    _require_host(actor, live)
    _require_state(live, "live")
    _require(live.kind == "journal_club", _("Only a journal club records a bottom line."))
    live.bottom_line_raw, live.bottom_line_cooked = text, cook(text)
    return record(db, live, "bottom_line", actor, {"html": live.bottom_line_cooked})


def serialize_case(case: SessionCase) -> dict[str, Any]:
    return {"id": case.id, "title": case.title, "question": case.question,
            "recommendations_html": case.recommendations_cooked,
            "follow_up_on": case.follow_up_on.isoformat() if case.follow_up_on else None}


def record_recommendation(db: Session, actor: User, live: LiveSession, case_id: int,
                          text: str, follow_up_on: date | None = None) -> SessionCase:
    """Written recommendations and a follow-up date per case (Project ECHO practice)."""
    _require_host(actor, live)
    _require_state(live, "live")
    case = _in_session(db, live, SessionCase, case_id, "case")
    if follow_up_on is not None and follow_up_on < live.starts_at.date():
        raise ValidationError({"follow_up_on": [_("The follow-up date is after the session.")]})
    case.recommendations_raw, case.recommendations_cooked = text, cook(text)
    case.follow_up_on, case.recorded_by_id, case.recorded_at = follow_up_on, actor.id, utcnow()
    record(db, live, "recommendation", actor, serialize_case(case))
    return case


# ---------------------------------------------------------------- what a joining client gets


def describe(live: LiveSession) -> dict[str, Any]:
    return {"id": live.id, "title": live.title, "kind": live.kind, "state": live.state,
            "starts_at": live.starts_at.isoformat(), "ends_at": live.ends_at.isoformat(),
            "started_at": live.started_at.isoformat() if live.started_at else None,
            "last_seq": live.last_seq, "host": live.host.username}


def snapshot_at_door(db: Session, found: Door) -> dict[str, Any]:
    """The room's state for a joining client. What members see is the same for all of them
    at a given event number, so it is built once per number and process (`_shared`), the
    session's objects read only then; only the viewer's own ballots and question votes are
    added, and only for a member who was here before. Hosts see more and are few: theirs is
    built each time."""
    if found.host_view:
        return checked(RoomSnapshot, _build_snapshot(
            db, get_live(db, found.session_id), db.get(User, found.user_id), host_view=True))
    key = (found.session_id, found.created_at, found.content_version, found.last_seq,
           current_locale())
    shared = _cached_snapshot(key) or _shared_snapshot(db, get_live(db, found.session_id))
    return _with_own_votes(db, found.session_id, found.user_id, shared,
                           found.member_id is not None)


def _with_own_votes(db: Session, session_id: int, viewer_id: int, shared: dict[str, Any],
                    returning: bool) -> dict[str, Any]:
    if not returning or not (shared["polls"] or shared["questions"]):
        return {**shared,
                "polls": [{**poll, "your_vote": []} for poll in shared["polls"]],
                "questions": [{**question, "voted_by_you": False}
                              for question in shared["questions"]]}
    ballots, votes = _own_votes(db, session_id, viewer_id)
    return {**shared,
            "polls": [{**poll, "your_vote": ballots.get(poll["id"], [])}
                      for poll in shared["polls"]],
            "questions": [{**question, "voted_by_you": question["id"] in votes}
                          for question in shared["questions"]]}


def _build_snapshot(db: Session, live: LiveSession, viewer: User | None, *, host_view: bool
                    ) -> dict[str, Any]:
    return {"messages": recent_messages(db, live),
            "polls": polls(db, live, viewer, host_view=host_view),
            "questions": questions(db, live, viewer, host_view=host_view),
            "stages": revealed_stages(db, live),
            "cases": [serialize_case(c) for c in live.cases],
            "checklist": [serialize_checklist_item(i) for i in live.checklist],
            "bottom_line": live.bottom_line_cooked, "break_started_at": _break_since(db, live)}


# Every change members can see in the room is numbered (record), and every edit of the
# session's content bumps its content_version, so what members see is a function of the
# session, its content version and its last event number (and the language it is shown in:
# a checklist template's questions are translated): a crowd joining builds it once.
_SHARED_SNAPSHOTS: OrderedDict[tuple, dict[str, Any]] = OrderedDict()
_SHARED_LIMIT = 64
_shared_lock = threading.Lock()


def _cached_snapshot(key: tuple) -> dict[str, Any] | None:
    with _shared_lock:
        found = _SHARED_SNAPSHOTS.get(key)
        if found is not None:
            _SHARED_SNAPSHOTS.move_to_end(key)
        return found


def _shared_snapshot(db: Session, live: LiveSession) -> dict[str, Any]:
    key = (live.id, live.created_at, live.content_version, live.last_seq, current_locale())
    found = _cached_snapshot(key)
    if found is not None:
        return found
    # Checked once here, not at every join that sends it (events.on_join checks the rest).
    built = checked(RoomSnapshot, _build_snapshot(db, live, None, host_view=False))
    with _shared_lock:
        _SHARED_SNAPSHOTS[key] = built
        while len(_SHARED_SNAPSHOTS) > _SHARED_LIMIT:
            _SHARED_SNAPSHOTS.popitem(last=False)
    return built


def _own_votes(db: Session, session_id: int, viewer_id: int
               ) -> tuple[dict[int, list[int]], set[int]]:
    """The viewer's ballots (poll → options) and upvoted questions, in one statement."""
    ballots = select(literal("poll"), LivePollVote.poll_id, LivePollVote.option_id).join(
        LivePoll, LivePoll.id == LivePollVote.poll_id).where(
        LivePoll.session_id == session_id, LivePollVote.user_id == viewer_id)
    upvotes = select(literal("question"), LiveQuestionVote.question_id, literal(0)).join(
        LiveQuestion, LiveQuestion.id == LiveQuestionVote.question_id).where(
        LiveQuestion.session_id == session_id, LiveQuestionVote.user_id == viewer_id)
    chosen: dict[int, list[int]] = {}
    voted: set[int] = set()
    for kind, target, option in db.execute(union_all(ballots, upvotes)):
        if kind == "poll":
            chosen.setdefault(target, []).append(option)
        else:
            voted.add(target)
    return {poll: sorted(options) for poll, options in chosen.items()}, voted


def _break_since(db: Session, live: LiveSession) -> str | None:
    running = open_break(db, live)
    return running.started_at.isoformat() if running else None


def describe_door(found: Door) -> dict[str, Any]:
    """describe() from the door's row."""
    return {"id": found.session_id, "title": found.title, "kind": found.kind,
            "state": found.state, "starts_at": found.starts_at.isoformat(),
            "ends_at": found.ends_at.isoformat(),
            "started_at": found.started_at.isoformat() if found.started_at else None,
            "last_seq": found.last_seq, "host": found.host}


def you_at_door(found: Door) -> dict[str, Any]:
    return {"username": found.username, "display_name": found.display_name,
            "role": found.role, "muted": found.muted, "hand_raised": found.hand_raised}


def you(user: User, live: LiveSession, found: Standing) -> dict[str, Any]:
    return {"username": user.username, "display_name": user.display_name,
            "role": role_of(user, live, found), "muted": found.muted,
            "hand_raised": found.hand_raised}


def in_room(db: Session, user_id: int, session_id: int
            ) -> tuple[User | None, LiveSession, LiveMember | None] | None:
    """The member (with their standing), the session (with its host) and the member's row
    in its room, in one statement: what every room event reads first. None when there is no
    such session."""
    row = db.execute(_in_room_statement(), {"user_id": user_id, "session_id": session_id}
                     ).first() if parse_id(session_id) else None
    return None if row is None else (row[0], row[1], row[2])


_IN_ROOM: dict[str, Any] = {}  # in_room's statement, built once per process (as _DOOR)


def _in_room_statement() -> Any:
    """in_room's statement, built once (every event of a crowded room reads it first, and
    building it cost more than a tenth of its time), its ids bound by name."""
    if not _IN_ROOM:
        user_id, session_id = bindparam("user_id"), bindparam("session_id")
        _IN_ROOM["statement"] = (
            select(User, LiveSession, LiveMember).select_from(LiveSession)
            .outerjoin(User, User.id == user_id)
            .outerjoin(LiveMember, (LiveMember.session_id == LiveSession.id)
                       & (LiveMember.user_id == user_id))
            .where(LiveSession.id == session_id)
            .options(joinedload(User.standing), lazyload(LiveSession.board),
                     lazyload(LiveSession.series), lazyload(LiveSession.presenters),
                     lazyload(LiveMember.user)))
    return _IN_ROOM["statement"]


def get_live(db: Session, session_id: int) -> LiveSession:
    """The session with its host (every answer names them); its board, series and
    presenters are read when a handler asks for them, not on every event."""
    live = db.scalar(select(LiveSession).where(LiveSession.id == session_id).options(
        lazyload(LiveSession.board), lazyload(LiveSession.series),
        lazyload(LiveSession.presenters))) if parse_id(session_id) else None
    if live is None:
        raise NotFound(_("There is no such session."), code="not_found")
    return live


# ---------------------------------------------------------------- announcements (tasks)
# Added by helper D for realtime/room/tasks.py: a message from the platform itself (a Celery
# task, the CLI), sequenced and broadcast like everything else, with no member as its actor.

def announce(db: Session, live: LiveSession, text: str, key: str | None = None
             ) -> LiveEvent:
    """Record an "announcement" event {html, key} in the room. `key` makes it idempotent (a
    task redelivered after a worker died records it once): the event already recorded with
    that key is returned instead. The text comes from a task's arguments: it is checked
    here (realtime.room.schemas.Announcement)."""
    text = coerce(Announcement, {"text": text}).text
    _require_state(live, "lobby", "live")
    html = cook(text)
    if key is not None:
        earlier = db.scalars(select(LiveEvent).where(LiveEvent.session_id == live.id,
                                                     LiveEvent.kind == "announcement"))
        for event in earlier:
            if event.data.get("key") == key:
                return event
    return record(db, live, "announcement", None, {"html": html, "key": key})

"""Scheduling live sessions, opening registration, registering with a waitlist, feed tokens.

Hosts and presenters control educational content, so they disclose (ACCME Standards for
Integrity and Independence, Standard 3): scheduling asks for their role reviews through the
disclosure gate, and registration opens only once every one of them is cleared.
"""
from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from community.platform.accounts.models import User
from community.platform.accounts.policy import posting_refusal
from community.platform.contract import coerce
from community.platform.db import utcnow
from community.platform.errors import (
    Conflict,
    Forbidden,
    NotAuthenticated,
    NotFound,
    ValidationError,
)
from community.platform.events import record_event
from community.platform.i18n import _, _l, _n, format_number
from community.platform.markup import cook
from community.platform.parsing import add_months, parse_id
from community.platform.spaces.models import Board
from moderation.disclosures import gate
from realtime.sessions import content, mailing, policy
from realtime.sessions.lifecycle import REGISTRATION, SESSION
from realtime.sessions.models import (
    CalendarFeed,
    LiveSession,
    SessionPresenter,
    SessionRegistration,
    SessionSeries,
)
from realtime.sessions.schemas import MAX_OCCURRENCES, SessionReschedule, SessionSchedule

MAX_LENGTH = timedelta(hours=12)
UTC = ZoneInfo("UTC")


def get_session(db: Session, actor: User | None, session_id: int) -> LiveSession:
    live = db.get(LiveSession, session_id) if parse_id(session_id) else None
    if live is None or not policy.can_view(actor, live):
        raise NotFound(_("There is no such session."))
    return live


# ---------------------------------------------------------------- scheduling


def _utc(moment: datetime, zone: ZoneInfo) -> datetime:
    """A time without an offset is read in the scheduler's own time zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(UTC)


def _times(data: SessionSchedule, zone: ZoneInfo, errors: dict) -> tuple[datetime, datetime]:
    starts, ends = _utc(data.starts_at, zone), _utc(data.ends_at, zone)
    if starts <= utcnow():
        errors.setdefault("starts_at", []).append(_("The start must be in the future."))
    if ends <= starts:
        errors.setdefault("ends_at", []).append(_("The end must be after the start."))
    elif ends - starts > MAX_LENGTH:
        errors.setdefault("ends_at", []).append(_("A session lasts at most 12 hours."))
    return starts, ends


def _article(data: SessionSchedule, errors: dict) -> dict[str, Any]:
    """A journal club names its article: a DOI or a PubMed ID, and its citation."""
    if not data.article_doi and not data.article_pmid:
        errors["article_doi"] = [_("A journal club names its article: a DOI or a PubMed ID.")]
    if not data.article_citation:
        errors["article_citation"] = [_("This field is required.")]
    return {"article_doi": data.article_doi, "article_pmid": data.article_pmid,
            "article_citation": data.article_citation or "",
            "article_abstract": data.article_abstract or ""}


def _presenters(db: Session, names: list[str], host: User, errors: dict) -> list[User]:
    wanted = list(dict.fromkeys(n.lower() for n in names))
    users = list(db.scalars(select(User).where(func.lower(User.username).in_(wanted))))
    missing = set(wanted) - {u.username.lower() for u in users}
    if missing:
        errors["presenters"] = [_n("No member is called %(names)s.",
                                   "No members are called %(names)s.", len(missing),
                                   names=", ".join(sorted(missing)))]
    return [u for u in users if u.id != host.id]


def _series(data: SessionSchedule, errors: dict) -> tuple[str | None, int]:
    rule = data.recurrence if data.recurrence != "none" else None
    if rule is None:
        return None, 1
    if data.occurrences is None:
        errors["occurrences"] = [_("Say how many sessions the series has (2 to %(most)s).",
                                   most=format_number(MAX_OCCURRENCES))]
        return None, 1
    return rule, data.occurrences


def _plan(db: Session, host: User, data: SessionSchedule, zone: ZoneInfo) -> dict[str, Any]:
    """What the model cannot check alone: the times against now, the presenters against
    the members, a journal club's article; every problem at once."""
    errors: dict[str, list[str]] = {}
    fields: dict[str, Any] = {"kind": data.kind, "title": data.title,
                              "description_raw": data.description or "",
                              "capacity": data.capacity}
    fields["starts_at"], fields["ends_at"] = _times(data, zone, errors)
    if data.kind == "journal_club":
        fields.update(_article(data, errors))
    presenters = _presenters(db, data.presenters, host, errors)
    rule, count = _series(data, errors)
    if errors:
        raise ValidationError(errors)
    return {"fields": fields, "presenters": presenters, "rule": rule, "count": count}


def _shift(moment: datetime, rule: str | None, n: int, zone: ZoneInfo) -> datetime:
    """The n-th occurrence, at the same wall-clock time in the host's zone (across DST)."""
    local = moment.astimezone(zone)
    if rule == "weekly":
        local = (local.replace(tzinfo=None) + timedelta(weeks=n)).replace(tzinfo=zone)
    elif rule == "monthly":
        local = add_months(local.replace(tzinfo=None), n).replace(tzinfo=zone)
    return local.astimezone(UTC)


def schedule(db: Session, actor: User | None, board: Board,
             data: SessionSchedule | Mapping[str, Any], zone: ZoneInfo = UTC
             ) -> list[LiveSession]:
    """Create the session (or every occurrence of its series) and ask for the host's and
    presenters' disclosure reviews. Returns the occurrences, first first."""
    data = coerce(SessionSchedule, data)
    if actor is None:
        raise NotAuthenticated(_("Sign in to schedule a session."))
    if not policy.can_schedule(actor, board):
        raise Forbidden(posting_refusal(actor)
                        or _("You cannot schedule sessions in this board."))
    plan = _plan(db, actor, data, zone)
    fields = plan["fields"]
    series = SessionSeries(rule=plan["rule"], count=plan["count"]) if plan["rule"] else None
    if series is not None:
        db.add(series)
    sessions = []
    for n in range(plan["count"]):
        live = LiveSession(board_id=board.id, host_id=actor.id, series=series, state="scheduled",
                           description_cooked=cook(fields["description_raw"]),
                           **{**fields, "starts_at": _shift(fields["starts_at"], plan["rule"],
                                                            n, zone),
                              "ends_at": _shift(fields["ends_at"], plan["rule"], n, zone)})
        live.presenters = [SessionPresenter(user_id=u.id) for u in plan["presenters"]]
        content.prefill(live)  # a journal club starts from the CASP RCT checklist
        db.add(live)
        db.flush()
        SESSION.start(db, live, actor_id=actor.id)
        _request_roles(db, live, actor, plan["presenters"])
        record_event(db, "session_changed", session_id=live.id)  # search
        sessions.append(live)
    return sessions


def _request_roles(db: Session, live: LiveSession, host: User, presenters: list[User]) -> None:
    """Queue each role review now (the member is named by the host, so the request is made
    in their name). Someone without a current disclosure is simply not cleared yet: the
    session page says so, and registration stays closed."""
    for member, role in [(host, "host"), *((p, "presenter") for p in presenters)]:
        try:
            gate.request_role(db, member, role, "session", live.id, live.title, live.board_id,
                              actor=member)
        except gate.DisclosureRequired:
            continue


# The planners' roles as pages name them ("Dr Ana Silva (host)").
ROLE_LABELS = {"host": _l("host"), "presenter": _l("presenter")}


def role_label(role: str) -> str:
    label = ROLE_LABELS.get(role)
    return str(label) if label is not None else role


def planners(live: LiveSession) -> list[tuple[User, str]]:
    return [(live.host, "host"), *((p.user, "presenter") for p in live.presenters)]


def not_cleared(db: Session, live: LiveSession) -> list[tuple[User, str]]:
    return [(user, role) for user, role in planners(live)
            if not gate.is_cleared(db, user.id, role, "session", live.id)]


def open_registration(db: Session, actor: User | None, live: LiveSession) -> LiveSession:
    """Publish to members: refused until the host and every presenter hold a current,
    reviewed disclosure for this session (ACCME Standard 3)."""
    if not policy.can_manage(actor, live):
        raise Forbidden(_("Only the host opens registration."))
    if live.state in ("ended", "cancelled"):
        raise Forbidden(_("This session is over."))
    waiting = not_cleared(db, live)
    if waiting:
        names = ", ".join(f"{u.display_name} ({role_label(role)})" for u, role in waiting)
        raise Forbidden(_("Registration opens once everyone in control of the content has a "
                          "reviewed, current disclosure. Not cleared yet: %(names)s.",
                          names=names))
    if live.registration_opened_at is None:
        live.registration_opened_at = utcnow()
        record_event(db, "session_changed", session_id=live.id)  # search
    return live


def cancel_session(db: Session, actor: User | None, live: LiveSession) -> LiveSession:
    if not policy.can_manage(actor, live):
        raise Forbidden(_("Only the host cancels a session."))
    if live.state in ("live", "ended"):
        raise Forbidden(_("A session that started cannot be cancelled."))
    SESSION.take(db, live, "cancel", actor_id=actor.id,
                 values={"sequence": LiveSession.sequence + 1})
    mailing.cancelled(db, live)  # registrants get the cancelled calendar entry
    return live


def reschedule(db: Session, actor: User | None, live: LiveSession,
               data: SessionReschedule | Mapping[str, Any], zone: ZoneInfo = UTC
               ) -> LiveSession:
    """A new time for a session that has not started (this occurrence only); everyone
    registered or waitlisted is told by mail, with the updated calendar entry."""
    if actor is None:
        raise NotAuthenticated(_("Sign in first."))
    if not policy.can_manage(actor, live):
        raise Forbidden(_("Only the host changes a session's time."))
    data = coerce(SessionReschedule, data)
    if live.state not in ("scheduled", "lobby"):
        raise Conflict(_("Only a session that has not started (nor was cancelled) moves."))
    errors: dict[str, list[str]] = {}
    starts, ends = _times(data, zone, errors)
    if errors:
        raise ValidationError(errors)
    if (starts, ends) == (live.starts_at, live.ends_at):
        return live
    was = (live.starts_at, live.ends_at)
    moved = db.execute(update(LiveSession).where(
        LiveSession.id == live.id, LiveSession.state.in_(("scheduled", "lobby"))).values(
        starts_at=starts, ends_at=ends, sequence=LiveSession.sequence + 1)
        .execution_options(synchronize_session=False)).rowcount
    if moved != 1:
        raise Conflict(_("The session started or was cancelled meanwhile."))
    db.refresh(live, ["starts_at", "ends_at", "sequence", "state"])
    record_event(db, "session_changed", session_id=live.id)  # search
    mailing.changed(db, live, *was)
    return live


# ---------------------------------------------------------------- registration


def registration_of(db: Session, live: LiveSession, user: User | None
                    ) -> SessionRegistration | None:
    if user is None or not user.is_authenticated:
        return None
    return db.scalar(select(SessionRegistration).where(
        SessionRegistration.session_id == live.id, SessionRegistration.user_id == user.id))


def registered_count(db: Session, live: LiveSession) -> int:
    return db.scalar(select(func.count()).select_from(SessionRegistration).where(
        SessionRegistration.session_id == live.id,
        SessionRegistration.status == "registered")) or 0


def _waitlist(db: Session, live: LiveSession):
    return select(SessionRegistration).where(
        SessionRegistration.session_id == live.id, SessionRegistration.status == "waitlisted"
    ).order_by(SessionRegistration.waitlisted_at, SessionRegistration.id)


def waitlist_position(db: Session, registration: SessionRegistration | None) -> int | None:
    if registration is None or registration.status != "waitlisted":
        return None
    ids = list(db.scalars(_waitlist(db, registration.session).with_only_columns(
        SessionRegistration.id)))
    return ids.index(registration.id) + 1


def _lock(db: Session, live: LiveSession) -> None:
    # Serialize seat counting per session on PostgreSQL (SQLite writes are serial anyway).
    db.execute(select(LiveSession.id).where(LiveSession.id == live.id).with_for_update())


def register(db: Session, actor: User | None, live: LiveSession) -> SessionRegistration:
    """A seat while there is one, else the end of the waitlist. Idempotent."""
    if actor is None:
        raise NotAuthenticated(_("Sign in to register."))
    if not policy.can_register(actor, live):
        raise Forbidden(_("Registration for this session is not open to you."))
    _lock(db, live)
    registration = registration_of(db, live, actor)
    if registration is not None and registration.status != "cancelled":
        return registration
    now = utcnow()
    full = registered_count(db, live) >= live.capacity
    values = {"waitlisted_at": now if full else None, "updated_at": now}
    if registration is None:
        registration = SessionRegistration(session_id=live.id, user_id=actor.id,
                                           status="waitlisted" if full else "registered",
                                           **values)
        db.add(registration)
        db.flush()
        REGISTRATION.start(db, registration, actor_id=actor.id)
    else:
        REGISTRATION.take(db, registration, "rejoin_waitlist" if full else "rejoin",
                          actor_id=actor.id, values=values)
    return registration


def cancel_registration(db: Session, actor: User | None, live: LiveSession
                        ) -> SessionRegistration:
    """Give the seat up; the first member on the waitlist takes it."""
    if actor is None:
        raise NotAuthenticated(_("Sign in first."))
    _lock(db, live)
    registration = registration_of(db, live, actor)
    if registration is None or registration.status == "cancelled":
        raise NotFound(_("You are not registered for this session."))
    had_seat = registration.status == "registered"
    REGISTRATION.take(db, registration, "cancel", actor_id=actor.id,
                      values={"waitlisted_at": None, "updated_at": utcnow()})
    if had_seat:
        _promote(db, live)
    return registration


def give_up_seats(db: Session, user: User) -> int:
    """A member deleting their account leaves every session that has not started: their
    seats go to the waitlist (accounts/erasure.py calls this). Returns how many."""
    given = 0
    for registration in my_registrations(db, user):
        live = registration.session
        if live.starts_at > utcnow() and live.state not in ("live", "ended", "cancelled"):
            cancel_registration(db, user, live)
            given += 1
    return given


def _promote(db: Session, live: LiveSession) -> None:
    if registered_count(db, live) >= live.capacity:
        return
    first = db.scalar(_waitlist(db, live).limit(1))
    if first is not None:
        REGISTRATION.take(db, first, "promote",
                          values={"waitlisted_at": None, "updated_at": utcnow()})


def upcoming(db: Session, actor: User | None, limit: int = 100) -> list[LiveSession]:
    rows = db.scalars(select(LiveSession).where(
        LiveSession.ends_at > utcnow(), LiveSession.state.not_in(("ended", "cancelled")))
        .order_by(LiveSession.starts_at, LiveSession.id).limit(limit * 3))
    return [s for s in rows if policy.can_view(actor, s)][:limit]


def my_registrations(db: Session, user: User) -> list[SessionRegistration]:
    return list(db.scalars(select(SessionRegistration).join(SessionRegistration.session).where(
        SessionRegistration.user_id == user.id, SessionRegistration.status != "cancelled")
        .order_by(LiveSession.starts_at)))


# ---------------------------------------------------------------- calendar feed


def feed_token(db: Session, user: User, *, regenerate: bool = False) -> str:
    feed = db.get(CalendarFeed, user.id)
    if feed is None:
        feed = CalendarFeed(user_id=user.id, token=secrets.token_urlsafe(32))
        db.add(feed)
    elif regenerate:
        feed.token, feed.created_at = secrets.token_urlsafe(32), utcnow()
    db.flush()
    return feed.token


def feed_sessions(db: Session, token: str) -> tuple[User, list[LiveSession]]:
    feed = db.scalar(select(CalendarFeed).where(CalendarFeed.token == token)) \
        if isinstance(token, str) and 20 <= len(token) <= 64 else None
    if feed is None:
        raise NotFound(_("There is no such calendar feed."))
    user = db.get(User, feed.user_id)
    regs = my_registrations(db, user)
    return user, [r.session for r in regs if r.status == "registered"
                  and r.session.state != "cancelled"]

"""Lifecycles: the states of a stateful thing and the transitions between them, declared as
one table per thing (a live session, a review assignment, an invitation, a registration…),
the way the write-up's workflow is (community.cases.review.lifecycle).

Every change of state goes through `Lifecycle.take`: one conditional UPDATE that names the
states the transition may leave, so of two actors racing (two hosts ending a session, a
member cancelling while the waitlist promotes them) the second gets a 409 and nothing is
applied twice; and a history row (StateChange) for every transition, with who and why.

    SESSION = Lifecycle("live_session", LiveSession, "state", STATES, [
        Transition("open_lobby", ("scheduled",), "lobby"), …])
    SESSION.take(db, live, "start", actor_id=host.id)
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from community.platform.db import Base, UTCDateTime, utcnow
from community.platform.errors import Conflict
from community.platform.i18n import _

CREATED = "created"  # the transition name recorded when a thing comes into being


class StateChange(Base):
    """One transition of one thing: which lifecycle, which row, from, to, who, why."""

    __tablename__ = "state_changes"
    __table_args__ = (Index("ix_state_changes_subject", "lifecycle", "subject_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    lifecycle: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[int]
    transition: Mapped[str] = mapped_column(String(40))
    from_state: Mapped[str | None] = mapped_column(String(30))
    to_state: Mapped[str] = mapped_column(String(30))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


@dataclass(frozen=True)
class Transition:
    name: str
    sources: tuple[str, ...]
    target: str
    label: str = ""


class Lifecycle:
    """The states of `model.<column>` and the transitions allowed between them."""

    def __init__(self, name: str, model: type, column: str, states: Mapping[str, str],
                 transitions: Iterable[Transition], *, initial: Iterable[str]) -> None:
        self.name = name
        self.model = model
        self.column = column
        self.states = dict(states)  # state -> human label
        self.initial = tuple(initial)  # the states a new row may start in
        self.transitions = {t.name: t for t in transitions}
        unknown = {s for t in self.transitions.values() for s in (*t.sources, t.target)
                   if s not in self.states} | (set(self.initial) - set(self.states))
        if unknown:
            raise ValueError(f"{name}: unknown states {sorted(unknown)}")

    def label(self, state: str) -> str:
        return self.states.get(state, state)

    def allows(self, subject: Any, name: str) -> bool:
        return getattr(subject, self.column) in self.transitions[name].sources

    def available(self, subject: Any) -> list[Transition]:
        state = getattr(subject, self.column)
        return [t for t in self.transitions.values() if state in t.sources]

    def start(self, db: Session, subject: Any, *, actor_id: int | None = None,
              note: str = "") -> StateChange:
        """Record that `subject` (flushed, in one of the initial states) came into being."""
        state = getattr(subject, self.column)
        if state not in self.initial:
            raise ValueError(f"{self.name} cannot start in {state!r}")
        return self._record(db, subject.id, CREATED, None, state, actor_id, note)

    def take(self, db: Session, subject: Any, name: str, *, actor_id: int | None = None,
             note: str = "", values: Mapping[str, Any] | None = None,
             conflict: str | None = None) -> StateChange:
        """Move `subject` along transition `name`, setting `values` too, or raise Conflict
        (409) when it is in a state the transition does not leave — whether it was so
        already or another actor moved it a moment ago."""
        transition = self.transitions[name]
        model, column = self.model, getattr(self.model, self.column)
        before = getattr(subject, self.column)
        if before not in transition.sources:
            raise self._conflict(subject, transition, conflict)
        moved = db.execute(
            update(model).where(model.id == subject.id, column.in_(transition.sources))
            .values({self.column: transition.target, **(values or {})})
            .execution_options(synchronize_session=False)).rowcount
        if moved != 1:
            db.refresh(subject)
            raise self._conflict(subject, transition, conflict)
        db.refresh(subject, [self.column, *(values or {})])
        return self._record(db, subject.id, name, before, transition.target, actor_id, note)

    def history(self, db: Session, subject_id: int) -> list[StateChange]:
        return list(db.scalars(select(StateChange).where(
            StateChange.lifecycle == self.name, StateChange.subject_id == subject_id)
            .order_by(StateChange.id)))

    def _conflict(self, subject: Any, transition: Transition, detail: str | None) -> Conflict:
        state = getattr(subject, self.column)
        return Conflict(detail or _("This is %(state)s: it cannot be %(action)s now.",
                                    state=str(self.label(state)).lower(),
                                    action=str(transition.label or transition.name).lower()),
                        state=state)

    def _record(self, db: Session, subject_id: int, name: str, before: str | None,
                after: str, actor_id: int | None, note: str) -> StateChange:
        row = StateChange(lifecycle=self.name, subject_id=subject_id, transition=name,
                          from_state=before, to_state=after, actor_id=actor_id, note=note)
        db.add(row)
        db.flush()
        return row

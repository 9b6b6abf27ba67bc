"""What the audit log may say of whom: double-anonymous review holds here too.

Administrators read every entry, and entries name their actors. An entry about a party to
some content (a write-up's PHI override, a reviewer's role clearance: the queue item it
belongs to says so, through its kind's `about`; the queue, which sits above the audit log,
registers that lookup with `register_item_lookup`) names the actor
and the item's subject only to those the content's rule lets learn who they are
(community.platform.anonymity). An administrator who also reviews a write-up sees "a party
to the review" where its authors would be named, in the page, the API and the CSV; a
neutral administrator still sees everyone."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from flask import Flask
from sqlalchemy.orm import Session

from community.platform.accounts.models import User
from community.platform.anonymity import may_know
from community.platform.i18n import _l
from community.platform.registry import registry
from moderation.audit.models import AuditEntry

# (db, queue item id) -> ((content kind, content id), the item's subject member) for an item
# about a party to some content, else None.
ItemLookup = Callable[[Session, int], "tuple[tuple[str, int], int | None] | None"]

# How the log names whom it may not name, and the system: in the reader's language.
PARTY = _l("a party to the review")
SYSTEM = _l("system")


@dataclass
class ShownEntry:
    """An entry as one reader may see it."""
    id: int
    at: datetime
    actor: str | None  # None: the system acted
    action: str
    subject_type: str
    subject_id: int | None
    queue_item_id: int | None
    board_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str

    @property
    def actor_name(self) -> str:
        return self.actor if self.actor is not None else str(SYSTEM)


def register_item_lookup(app: Flask, lookup: ItemLookup) -> None:
    registry("audit_item_lookup", dict, app)["lookup"] = lookup


def _content(db: Session, entry: AuditEntry) -> tuple[tuple[str, int], int | None] | None:
    """(content_kind, content_id) and the item's subject, when the entry is about a party."""
    lookup = registry("audit_item_lookup", dict).get("lookup")
    if entry.queue_item_id is None or lookup is None:
        return None
    return lookup(db, entry.queue_item_id)


def hidden_people(db: Session, viewer: User | None, entry: AuditEntry) -> list[User]:
    """The people the entry names (its actor, its item's subject) whom the viewer may not
    learn in the context of the content it is about."""
    found = _content(db, entry)
    if found is None:
        return []
    (kind, content_id), subject_user_id = found
    people = {entry.actor_id, subject_user_id} - {None}
    return [user for person in sorted(people)
            if not may_know(viewer, person, kind, content_id)
            and (user := db.get(User, person)) is not None]


def hides_actor(db: Session, viewer: User | None, entry: AuditEntry) -> bool:
    return entry.actor_id is not None and any(
        u.id == entry.actor_id for u in hidden_people(db, viewer, entry))


def _scrub(value: Any, names: list[str]) -> Any:
    """The value with every hidden person's name, username or email replaced."""
    if isinstance(value, str):
        for name in names:
            value = re.sub(re.escape(name), str(PARTY).replace("\\", r"\\"), value,
                           flags=re.IGNORECASE)
        return value
    if isinstance(value, dict):
        return {k: _scrub(v, names) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, names) for v in value]
    return value


def shown(db: Session, viewer: User | None, entry: AuditEntry) -> ShownEntry:
    hidden = hidden_people(db, viewer, entry)
    names = sorted({n for u in hidden for n in (u.username, u.display_name, u.email) if n},
                   key=len, reverse=True)
    actor = entry.actor.username if entry.actor is not None else None
    if any(u.id == entry.actor_id for u in hidden):
        actor = str(PARTY)
    return ShownEntry(entry.id, entry.at, actor, entry.action, entry.subject_type,
                      entry.subject_id, entry.queue_item_id, entry.board_id,
                      _scrub(entry.before, names), _scrub(entry.after, names),
                      _scrub(entry.reason or "", names))


def shown_all(db: Session, viewer: User | None,
              entries: Iterable[AuditEntry]) -> list[ShownEntry]:
    return [shown(db, viewer, e) for e in entries]

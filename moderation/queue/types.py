"""The kinds of queue item and the actions each allows, declared in one place.

Each domain registers its kinds from its init_app (disclosures, company classification,
flagged and queued posts, member verification, PHI-warning overrides) with a label, the
actions a moderator can take and what each action does to the subject. The kinds live on the
app (`types()`), so an app knows exactly the kinds its features registered. The queue service
applies an action; the type decides its meaning."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import Flask
from sqlalchemy.orm import Session

from community.platform.i18n import _l
from community.platform.registry import registry

# apply(db, actor, item, data) changes the subject; it may raise a domain error, which
# undoes the whole action.
Apply = Callable[[Session, Any, Any, dict], None]


@dataclass(frozen=True)
class Action:
    name: str
    label: str  # lazily translated (_l): str() it where a string is needed
    to_status: str  # approved | rejected | ignored, or "pending" for a step that keeps it open
    apply: Apply | None = None
    reason_required: bool = False


# load(db, item) -> the subject (a post, a disclosure…) for the item's page and API.
Load = Callable[[Session, Any], Any]
# about(item) -> (content_kind, content_id) when the item is about a party to some content
# (a write-up's author or reviewer): its subject is then named only to those the content's
# rule lets learn who they are (community.platform.anonymity).
About = Callable[[Any], "tuple[str, int] | None"]
# describe(item) -> the item's summary in the reader's language, from its data (None: the
# summary stored when it was queued, in English).
Describe = Callable[[Any], "str | None"]


@dataclass
class ItemType:
    kind: str
    label: str
    subject_type: str
    actions: dict[str, Action] = field(default_factory=dict)
    # Board moderators may act on items of this kind in their boards.
    board_scoped: bool = False
    load: Load | None = None
    about: About | None = None
    describe: Describe | None = None


def register(app: Flask, kind: str, label: str, subject_type: str, actions: list[Action], *,
             board_scoped: bool = False, load: Load | None = None,
             about: About | None = None, describe: Describe | None = None) -> ItemType:
    """Declare a kind's actions. Its page shows templates/moderation/kinds/<kind>.html."""
    kinds = types(app)
    if kind in kinds:
        raise ValueError(f"queue kind {kind!r} is registered twice")
    item_type = ItemType(kind, label, subject_type, {a.name: a for a in actions},
                         board_scoped, load, about, describe)
    kinds[kind] = item_type
    return item_type


def types(app: Flask | None = None) -> dict[str, ItemType]:
    """Every kind this app's features registered, by name."""
    return registry("queue_kinds", dict, app)


# The states of an item (moderation.queue.lifecycle) and the steps of its history, as
# moderators read them; the codes stay in the API and the audit log.
STATUS_LABELS = {"pending": _l("Pending"), "approved": _l("Approved"),
                 "rejected": _l("Rejected"), "ignored": _l("Ignored"), "all": _l("All")}
EVENT_LABELS = {"enqueued": _l("Queued"), "claimed": _l("Claimed"),
                "unclaimed": _l("Given back"), "withdrawn": _l("Withdrawn by its author"),
                "flagged": _l("Flagged again")}


def status_label(status: str | None) -> str:
    return str(STATUS_LABELS.get(status, status or ""))


def event_label(kind: str, action: str) -> str:
    """A history step: the kind's action by its label, else the queue's own steps."""
    item_type = types().get(kind)
    if item_type is not None and action in item_type.actions:
        return str(item_type.actions[action].label)
    return str(EVENT_LABELS.get(action, action))


def labels() -> dict[str, str]:
    """Each kind's label in the reader's language."""
    return {kind: str(t.label) for kind, t in types().items()}


def summary_of(item: Any) -> str:
    """An item's summary in the reader's language when its kind can say it, else the one
    stored when it was queued."""
    item_type = types().get(item.kind)
    described = item_type.describe(item) if item_type and item_type.describe else None
    return described or item.summary or ""

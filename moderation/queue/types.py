"""The kinds of queue item and the actions each allows, declared in one place.

Each domain registers its kinds (disclosures, flags, queued posts, member verification; later
case submissions and PHI-warning overrides) with the actions a moderator can take and what
each action does to the subject. The queue service applies an action; the type decides its
meaning."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

# Every kind the queue knows; a kind's actions come from its domain's registration.
KINDS = {
    "disclosure_review": "Disclosure to review",
    "company_classification": "Company to classify",
    "flagged_post": "Flagged post",
    "queued_post": "Queued post",
    "user_verification": "Member to verify",
    "case_submission": "Case submission",
    "phi_override": "PHI warning override",
}

# apply(db, actor, item, data) changes the subject; it may raise a domain error, which
# undoes the whole action.
Apply = Callable[[Session, Any, Any, dict], None]


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    to_status: str  # approved | rejected | ignored, or "pending" for a step that keeps it open
    apply: Apply | None = None
    reason_required: bool = False


# load(db, item) -> the subject (a post, a disclosure…) for the item's page and API.
Load = Callable[[Session, Any], Any]


@dataclass
class ItemType:
    kind: str
    subject_type: str
    actions: dict[str, Action] = field(default_factory=dict)
    # Board moderators may act on items of this kind in their boards.
    board_scoped: bool = False
    load: Load | None = None

    @property
    def label(self) -> str:
        return KINDS[self.kind]


TYPES: dict[str, ItemType] = {}


def register(kind: str, subject_type: str, actions: list[Action], *,
             board_scoped: bool = False, load: Load | None = None) -> ItemType:
    """Declare a kind's actions. Its page shows templates/moderation/kinds/<kind>.html."""
    if kind not in KINDS:
        raise ValueError(f"unknown queue kind {kind!r}: declare it in KINDS")
    item_type = ItemType(kind, subject_type, {a.name: a for a in actions}, board_scoped, load)
    TYPES[kind] = item_type
    return item_type

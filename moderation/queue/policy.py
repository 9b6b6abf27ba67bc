"""Who may see and act on queue items. Site moderators and admins: every item. A board's own
moderators: the board-scoped kinds of items in their boards. Nobody acts on their own case,
and nobody opens an item about a party to content they take part in whom that content's rule
hides from them (a write-up's author and its reviewers: double-anonymous review)."""
from __future__ import annotations

from community.platform.accounts.models import User
from community.platform.accounts.policy import is_moderator, is_signed_in
from community.platform.anonymity import may_know
from community.platform.i18n import _l
from moderation.queue.models import QueueItem
from moderation.queue.types import types


def can_view_queue(actor: User | None) -> bool:
    return is_moderator(actor) or (is_signed_in(actor) and bool(actor.moderated_board_ids))

# What a listing says of an item whose subject the reader may not learn.
HIDDEN_SUMMARY = _l("Hidden: about a party to content you take part in")


def shows_subject(actor: User | None, item: QueueItem) -> bool:
    """Whether the actor may learn who the item is about (and what it says of them)."""
    item_type = types().get(item.kind)
    about = item_type.about(item) if item_type is not None and item_type.about else None
    return about is None or may_know(actor, item.subject_user_id, *about)


def can_view_item(actor: User | None, item: QueueItem) -> bool:
    if not shows_subject(actor, item):
        return False
    if is_moderator(actor):
        return True
    item_type = types().get(item.kind)
    return (is_signed_in(actor) and item_type is not None and item_type.board_scoped
            and item.board_id in actor.moderated_board_ids)


def hidden_ids(actor: User | None, items) -> set[int]:
    """Items of a listing whose subject the actor may not learn: listed without it."""
    return {item.id for item in items if not shows_subject(actor, item)}


def can_act_on(actor: User | None, item: QueueItem) -> bool:
    return can_view_item(actor, item) and item.subject_user_id != actor.id


def can_release_claim(actor: User | None, item: QueueItem) -> bool:
    """A claim is given back by whoever holds it, or by a site moderator (a stale claim)."""
    return can_act_on(actor, item) and (item.claimed_by_id == actor.id or is_moderator(actor))


def board_scope(actor: User | None) -> set[int] | None:
    """The boards whose items the actor sees, or None for all of them."""
    if is_moderator(actor):
        return None
    return actor.moderated_board_ids if is_signed_in(actor) else set()

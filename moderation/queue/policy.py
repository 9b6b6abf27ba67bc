"""Who may see and act on queue items. Site moderators and admins: every item. A board's own
moderators: the board-scoped kinds of items in their boards. Nobody acts on their own case."""
from __future__ import annotations

from community.platform.accounts.models import User
from community.platform.accounts.policy import is_moderator, is_signed_in
from moderation.queue.models import QueueItem
from moderation.queue.types import types


def can_view_queue(actor: User | None) -> bool:
    return is_moderator(actor) or (is_signed_in(actor) and bool(actor.moderated_board_ids))


def can_view_item(actor: User | None, item: QueueItem) -> bool:
    if is_moderator(actor):
        return True
    item_type = types().get(item.kind)
    return (is_signed_in(actor) and item_type is not None and item_type.board_scoped
            and item.board_id in actor.moderated_board_ids)


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

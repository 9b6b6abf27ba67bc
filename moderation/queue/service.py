"""Queue use cases: enqueue, list with counts, claim, act. Acting is one conditional UPDATE
on the item's version, so two moderators acting at once get one action and one conflict."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Integer, bindparam, func, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from community.platform import pagecache
from community.platform.accounts.models import User
from community.platform.db import utcnow
from community.platform.errors import (
    Conflict,
    Forbidden,
    NotAuthenticated,
    NotFound,
    ValidationError,
)
from community.platform.i18n import _, _l
from community.platform.parsing import Page
from moderation.audit import service as audit
from moderation.queue import policy
from moderation.queue.lifecycle import QUEUE_ITEM, TO
from moderation.queue.models import QueueEvent, QueueItem
from moderation.queue.types import types


def enqueue(db: Session, kind: str, subject_type: str, subject_id: int, *,
            board_id: int | None = None, subject_user_id: int | None = None,
            summary: str = "", data: dict[str, Any] | None = None,
            actor: User | None = None, reason: str = "") -> tuple[QueueItem, bool]:
    """Put a subject in the queue, or find it there already: (item, created)."""
    if kind not in types():
        raise ValueError(f"unknown queue kind {kind!r}")
    existing = open_item(db, kind, subject_type, subject_id)
    if existing is not None:
        return existing, False
    item = QueueItem(kind=kind, subject_type=subject_type, subject_id=subject_id,
                     board_id=board_id, subject_user_id=subject_user_id,
                     created_by_id=actor.id if actor else None, summary=summary[:300],
                     data=data or {})
    try:
        with db.begin_nested():  # two requests enqueueing at once: the index keeps one
            db.add(item)
            db.flush()
    except IntegrityError:
        return open_item(db, kind, subject_type, subject_id), False
    db.add(QueueEvent(item_id=item.id, actor_id=item.created_by_id, action="enqueued",
                      from_status="pending", to_status="pending", reason=reason))
    db.flush()
    return item, True


def open_item(db: Session, kind: str, subject_type: str, subject_id: int) -> QueueItem | None:
    return db.scalar(select(QueueItem).where(
        QueueItem.kind == kind, QueueItem.subject_type == subject_type,
        QueueItem.subject_id == subject_id, QueueItem.status == "pending"))


def _require_queue(actor: User | None) -> User:
    if actor is None or not getattr(actor, "is_authenticated", False):
        raise NotAuthenticated(_("Sign in to see the review queue."))
    if not policy.can_view_queue(actor):
        raise Forbidden(_("The review queue is for moderators."))
    return actor


def _visible(query, actor: User):
    boards = policy.board_scope(actor)
    if boards is None:
        return query
    scoped = [kind for kind, t in types().items() if t.board_scoped]
    return query.where(QueueItem.board_id.in_(boards or [-1]), QueueItem.kind.in_(scoped))


@dataclass
class Listing(Page):
    """A page of the queue, and the cursor of the page after it (None: this is the last)."""

    next: str | None = None
    cursor: str | None = None  # the cursor this page was asked with


def cursor_of(item: Any) -> str:
    """Where the page after `item` starts: its age and id ("<microseconds>-<id>"), so that
    the next page is read from the index from there (keyset), whatever came before."""
    moment = item.created_at
    return f"{int(moment.timestamp() * 1_000_000)}-{item.id}"


def _after(cursor: str) -> tuple[datetime, int]:
    match = CURSOR.fullmatch(cursor)
    if match is None:
        raise ValidationError({"cursor": [_("Use the cursor of a page's next link.")]})
    micros, item_id = int(match.group(1)), int(match.group(2))
    try:
        moment = EPOCH + timedelta(microseconds=micros)
    except OverflowError:
        raise ValidationError({"cursor": [_("Use the cursor of a page's next link.")]}) from None
    return moment, item_id


CURSOR = re.compile(r"(\d{1,17})-(\d{1,10})")
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _listing_query(actor: User, query, kind: str | None, status: str, board_id: int | None):
    query = _visible(query, actor)
    if kind:
        query = query.where(QueueItem.kind == kind)
    if status != "all":
        query = query.where(QueueItem.status == status)
    if board_id is not None:
        query = query.where(QueueItem.board_id == board_id)
    return query


def list_items(db: Session, actor: User | None, *, kind: str | None = None,
               status: str = "pending", board_id: int | None = None, page: int = 1,
               per_page: int = 50, total: int | None = None, cursor: str | None = None,
               rows: bool = False) -> Listing:
    """A page of the actor's queue (the caller parsed the filters: schemas.QueueQuery); the
    kind must be one this app registered. `total`: how many items match, when the caller
    knows it already (from `counts`), so they are not counted twice.

    Oldest first. `cursor` (a page's `next`): the items after that one, read from the
    index from there (keyset paging: page 200 costs what page 1 does); without it, `page`
    counts pages from the start (OFFSET: kept for links made before cursors). `rows`: the
    items as rows of columns with their member's and claimant's usernames (a listing that
    only feeds a template), not ORM objects."""
    actor = _require_queue(actor)
    if kind is not None and kind not in types():
        raise ValidationError({"kind": [_("Choose one of: %(choices)s.",
                                          choices=", ".join(types()))]})
    after = _after(cursor) if cursor else None
    if total is None:
        total = db.scalar(select(func.count()).select_from(_listing_query(
            actor, select(QueueItem.id), kind, status, board_id).subquery())) or 0
    if rows:
        # The names by correlated subqueries: evaluated for the page's rows only, after the
        # index gave them in order (a join would run before the sort and the limit).
        query = select(*ROW_COLUMNS, _username(QueueItem.subject_user_id, "subject_username"),
                       _username(QueueItem.claimed_by_id, "claimed_by_username"))
    else:
        # The members come by a second query (selectin), for the same reason.
        query = select(QueueItem).options(selectinload(QueueItem.claimed_by),
                                          selectinload(QueueItem.subject_user))
    query = _listing_query(actor, query, kind, status, board_id) \
        .order_by(QueueItem.created_at, QueueItem.id).limit(per_page + 1)
    if after is not None:
        query = query.where(tuple_(QueueItem.created_at, QueueItem.id) > tuple_(
            bindparam(None, after[0], QueueItem.created_at.type),
            bindparam(None, after[1], Integer())))
    elif page > 1:
        query = query.offset((page - 1) * per_page)
    found = list((db.execute(query) if rows else db.scalars(query)).all())
    items = found[:per_page]
    more = len(found) > per_page
    return Listing(items, 1 if after else page, per_page, total,
                   next=cursor_of(items[-1]) if more and items else None, cursor=cursor)


# What a listing's row holds (list_items(rows=True)): what the queue page and the policies
# read of an item.
ROW_COLUMNS = (QueueItem.id, QueueItem.kind, QueueItem.status, QueueItem.subject_type,
               QueueItem.subject_id, QueueItem.board_id, QueueItem.subject_user_id,
               QueueItem.summary, QueueItem.data, QueueItem.created_at,
               QueueItem.claimed_by_id, QueueItem.version)


def _username(column, label: str):
    return select(User.username).where(User.id == column).scalar_subquery().label(label)


def counts(db: Session, actor: User | None, status: str = "pending",
           board_id: int | None = None) -> dict[str, int]:
    """Items per kind for the actor's view of the queue (for the filter bar and the badge);
    status "all" counts every status."""
    actor = _require_queue(actor)
    query = _visible(select(QueueItem.kind, func.count()), actor).group_by(QueueItem.kind)
    if status != "all":
        query = query.where(QueueItem.status == status)
    if board_id is not None:
        query = query.where(QueueItem.board_id == board_id)
    # Kept until an item changes (the "queue" version, platform/pagecache.py): at 10,000
    # pending items the count is most of the page's time.
    found = pagecache.memo(["queue"], f"counts:{status}:{board_id}:{_scope_key(actor)}",
                           lambda: dict(db.execute(query).all()))
    return {kind: found.get(kind, 0) for kind in types()}


def _scope_key(actor: User) -> str:
    boards = policy.board_scope(actor)
    return "all" if boards is None else ",".join(map(str, sorted(boards)))


def get_item(db: Session, actor: User | None, item_id: int) -> QueueItem:
    actor = _require_queue(actor)
    item = db.get(QueueItem, item_id, options=[selectinload(QueueItem.events)
                                               .joinedload(QueueEvent.actor)])
    if item is None or not policy.can_view_item(actor, item):
        raise NotFound(_("There is no such queue item."))
    return item


def _conflict(db: Session, item: QueueItem) -> Conflict:
    db.refresh(item)
    who = item.resolved_by or item.claimed_by
    state = str(STATUS_WORDS.get(item.status, item.status)) if item.status != "pending" \
        else _("changed")
    if who:
        detail = _("Another moderator acted on this item first (it is now %(state)s by "
                   "%(username)s). Reload it to see what was done.", state=state,
                   username=who.username)
    else:
        detail = _("Another moderator acted on this item first (it is now %(state)s). Reload "
                   "it to see what was done.", state=state)
    return Conflict(detail, item_status=item.status, version=item.version)


# An item's state inside a sentence ("it is now approved").
STATUS_WORDS = {"approved": _l("approved"), "rejected": _l("rejected"),
                "ignored": _l("ignored")}


def claim(db: Session, actor: User | None, item: QueueItem, version: int,
          claimed: bool = True) -> QueueItem:
    """Take an item so others see it is being handled (or give it back), on the version the
    actor saw."""
    actor = _require_queue(actor)
    if not policy.can_act_on(actor, item):
        raise Forbidden(_("You cannot act on this item."))
    if claimed and item.claimed_by_id not in (None, actor.id):
        raise Conflict(_("%(username)s is already handling this item.",
                         username=item.claimed_by.username),
                       item_status=item.status, version=item.version)
    if not claimed and item.claimed_by_id is None:
        return item  # nothing to give back: no history entry for a no-op
    if not claimed and not policy.can_release_claim(actor, item):
        raise Forbidden(_("%(username)s is handling this item; only they or a site "
                          "moderator can give it back.", username=item.claimed_by.username))
    values = {"claimed_by_id": actor.id if claimed else None,
              "claimed_at": utcnow() if claimed else None}
    _bump(db, item, version, **values)
    _history(db, actor, item, "claimed" if claimed else "unclaimed", "pending", "")
    return item


def _bump(db: Session, item: QueueItem, base: int, **values: Any) -> None:
    moved = db.execute(
        update(QueueItem).where(QueueItem.id == item.id, QueueItem.version == base,
                                QueueItem.status == "pending")
        .values(version=QueueItem.version + 1, updated_at=utcnow(), **values)
        .execution_options(synchronize_session=False)
    ).rowcount
    if moved != 1:
        raise _conflict(db, item)
    db.refresh(item)


def _history(db: Session, actor: User, item: QueueItem, action: str, from_status: str,
             reason: str, data: dict | None = None) -> None:
    db.add(QueueEvent(item_id=item.id, actor_id=actor.id, action=action,
                      from_status=from_status, to_status=item.status, reason=reason,
                      data=data or {}))
    audit.record(db, actor, f"queue.{item.kind}.{action}", subject_type=item.subject_type,
                 subject_id=item.subject_id, queue_item_id=item.id, board_id=item.board_id,
                 before={"status": from_status}, after={"status": item.status, **(data or {})},
                 reason=reason)
    db.flush()


def act(db: Session, actor: User | None, item: QueueItem, action_name: str, *,
        version: int, reason: str = "", data: dict[str, Any] | None = None) -> QueueItem:
    """Take one of the item type's actions on the version the actor saw (the caller parsed
    the request: schemas.QueueAction); the second of two concurrent actions conflicts."""
    actor = _require_queue(actor)
    if not policy.can_act_on(actor, item):
        raise Forbidden(_("You cannot act on this item.")
                        if item.subject_user_id != actor.id else
                        _("This item is about you: another moderator must handle it."))
    item_type = types().get(item.kind)
    errors: dict[str, list[str]] = {}
    action = item_type.actions.get(action_name) if item_type else None
    if action is None:
        names = ", ".join(item_type.actions) if item_type else "none"  # i18n: ignore
        errors["action"] = [_("Choose one of: %(choices)s.", choices=names)]
    why = (reason or "").strip()
    if action is not None and action.reason_required and not why:
        errors["reason"] = [_("The reason is required.")]
    # Every problem at once (an unknown action and a missing reason together).
    if errors:
        raise ValidationError(errors)
    if item.status != "pending":
        raise _conflict(db, item)
    if item.claimed_by_id not in (None, actor.id):
        raise Conflict(_("%(username)s is handling this item; ask them, or wait until they "
                         "give it back.", username=item.claimed_by.username),
                       item_status=item.status,
                       version=item.version)
    final = action.to_status != "pending"
    if final and not QUEUE_ITEM.allows(item, TO[action.to_status].name):
        raise _conflict(db, item)
    _bump(db, item, version, status=action.to_status,
          **({"resolved_by_id": actor.id, "resolved_at": utcnow()} if final else {}))
    if action.apply is not None:
        # The type sees the reason too (a refused disclosure review tells the member why).
        action.apply(db, actor, item, {**(data or {}), "reason": why})
    _history(db, actor, item, action.name, "pending", why, data)
    return item


def withdraw(db: Session, actor: User, item: QueueItem, reason: str) -> QueueItem:
    """The subject's author took it back (a withdrawn PHI override): nothing is left to
    decide, so the item is ignored, with its history, whatever its version."""
    if not QUEUE_ITEM.allows(item, "ignore"):
        return item
    _bump(db, item, item.version, status="ignored", resolved_by_id=actor.id,
          resolved_at=utcnow())
    _history(db, actor, item, "withdrawn", "pending", reason)
    return item


def pending_count(db: Session, actor: User | None) -> int:
    """For the header badge; 0 for members who cannot see the queue."""
    if not policy.can_view_queue(actor):
        return 0
    return pagecache.memo(["queue"], f"pending:{_scope_key(actor)}", lambda: db.scalar(
        _visible(select(func.count()).select_from(QueueItem)
                 .where(QueueItem.status == "pending"), actor)) or 0)


def item_about(db: Session, item_id: int) -> tuple[tuple[str, int], int | None] | None:
    """What a queue item is about when it concerns a party to some content (its kind's
    `about`), with its subject member; None otherwise. For the audit log's anonymity."""
    item = db.get(QueueItem, item_id)
    item_type = types().get(item.kind) if item is not None else None
    about = item_type.about(item) if item_type is not None and item_type.about else None
    return (about, item.subject_user_id) if about else None

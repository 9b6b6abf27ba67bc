"""JSON routes of moderation.queue: the review queue, an item with its history and actions,
claims, and actions (a stale version is a 409 problem carrying the item's current status and
version). Each route declares its contract (moderation.queue.schemas)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select

from community.platform import pagecache
from community.platform.api import Paged, api_blueprint, api_user, operation, require_user
from community.platform.api.serializers import author_json
from community.platform.db import commit, db
from community.platform.spaces.models import Board
from moderation.queue import policy, schemas, service
from moderation.queue.models import QueueEvent, QueueItem
from moderation.queue.types import labels, summary_of, types
from moderation.queue.views import PER_PAGE, board_filter, visible_boards

bp = api_blueprint("queue_api", __name__)


def _username(user) -> str | None:
    return user.username if user is not None else None


def _board_slugs(items: list[QueueItem]) -> dict[int, str]:
    ids = {i.board_id for i in items if i.board_id is not None}
    if not ids:
        return {}
    return dict(db.session.execute(select(Board.id, Board.slug).where(Board.id.in_(ids))).all())


def item_json(item: QueueItem, slugs: dict[int, str], hidden: bool = False) -> dict[str, Any]:
    body = {
        "id": item.id, "kind": item.kind, "kind_label": labels().get(item.kind, item.kind),
        "status": item.status, "subject_type": item.subject_type,
        "subject_id": item.subject_id, "board": slugs.get(item.board_id),
        "subject_user": author_json(item.subject_user) if item.subject_user else None,
        "created_by": _username(item.created_by), "summary": summary_of(item),
        "data": item.data or {}, "created_at": item.created_at,
        "updated_at": item.updated_at, "claimed_by": _username(item.claimed_by),
        "claimed_at": item.claimed_at, "resolved_by": _username(item.resolved_by),
        "resolved_at": item.resolved_at, "version": item.version,
        "url": f"/api/v1/queue/{item.id}",
    }
    if hidden:  # double-anonymous review: neither who, nor what the summary says of them
        body.update(subject_user=None, created_by=None, summary=str(policy.HIDDEN_SUMMARY),
                    data={})
    return body


def event_json(event: QueueEvent) -> dict[str, Any]:
    return {"at": event.at, "actor": _username(event.actor), "action": event.action,
            "from_status": event.from_status, "to_status": event.to_status,
            "reason": event.reason, "data": event.data or {}}


def detail_json(item: QueueItem) -> dict[str, Any]:
    me = api_user()
    item_type = types().get(item.kind)
    actions = list(item_type.actions.values()) if item_type else []
    return {**item_json(item, _board_slugs([item])),
            "history": [event_json(e) for e in item.events],
            "actions": [{"name": a.name, "label": str(a.label), "to_status": a.to_status,
                         "reason_required": a.reason_required} for a in actions],
            "can_act": item.status == "pending" and policy.can_act_on(me, item)}


def _fresh(item_id: int) -> dict[str, Any]:
    """The item as stored after a change (its history included)."""
    db.session.expire_all()
    return detail_json(service.get_item(db.session, api_user(), item_id))


@bp.get("/queue")
# A moderator's browser asking again (signed in with its session: a token is never served
# from it) gets the answer stored for that session while nothing it holds changed: no item
# (the "queue" version), no board ("site"), nothing of theirs (platform/pagecache.py).
@pagecache.page(lambda: ["queue", "site"], args=("kind", "status", "board", "page", "cursor"),
                members=True)
@operation("The review queue, oldest first, with counts per kind (moderators; board "
           "moderators see their boards' items)", tag="moderation", query=schemas.QueueQuery,
           response=schemas.QueuePage, auth=True, errors=(403,))
def list_queue(query: schemas.QueueQuery):
    me = require_user()
    board_id = board_filter(query.board, visible_boards(me)) if policy.can_view_queue(
        me) else None  # (list_items answers 403 to the others)
    counts = service.counts(db.session, me, query.status, board_id)
    # The counts per kind are the totals: no second count of the same rows.
    page = service.list_items(db.session, me, kind=query.kind, status=query.status,
                              board_id=board_id, page=query.page, per_page=PER_PAGE,
                              total=counts.get(query.kind, 0) if query.kind
                              else sum(counts.values()), cursor=query.cursor)
    slugs = _board_slugs(list(page.items))
    hidden = policy.hidden_ids(me, page.items)
    return Paged(page, [item_json(i, slugs, i.id in hidden) for i in page.items],
                 {"counts": counts, "status": query.status, "next": page.next})


@bp.get("/queue/<id:item_id>")
@operation("A queue item with its history and the actions it allows", tag="moderation",
           response=schemas.QueueItemDetail, auth=True, errors=(403,))
def get_queue_item(item_id: int):
    return detail_json(service.get_item(db.session, require_user(), item_id))


@bp.post("/queue/<id:item_id>/claim")
@operation("Claim an item: you are handling it", tag="moderation", body=schemas.ClaimRequest,
           body_required=False, response=schemas.QueueItemDetail, auth=True,
           errors=(403, 409), conflict="ConflictProblem")
def claim_queue_item(item_id: int, body: schemas.ClaimRequest):
    me = require_user()
    item = service.get_item(db.session, me, item_id)
    # Without a version, the claim is on the item as it is now (still one at a time).
    service.claim(db.session, me, item, body.version or item.version)
    commit(db.session)
    return _fresh(item_id)


@bp.delete("/queue/<id:item_id>/claim")
@operation("Give a claimed item back", tag="moderation", response=schemas.QueueItemDetail,
           auth=True, errors=(403, 409), conflict="ConflictProblem")
def unclaim_queue_item(item_id: int):
    me = require_user()
    item = service.get_item(db.session, me, item_id)
    service.claim(db.session, me, item, item.version, claimed=False)
    commit(db.session)
    return _fresh(item_id)


@bp.post("/queue/<id:item_id>/actions/<action>")
@operation("Take one of the item type's actions on the version you saw (a second moderator "
           "acting on the same version gets a 409)", tag="moderation",
           body=schemas.QueueAction, response=schemas.QueueItemDetail, auth=True,
           errors=(403, 409), conflict="ConflictProblem")
def act_on_queue_item(item_id: int, action: str, body: schemas.QueueAction):
    me = require_user()
    item = service.get_item(db.session, me, item_id)
    service.act(db.session, me, item, action, version=body.version, reason=body.reason or "",
                data=body.data)
    commit(db.session)
    return _fresh(item_id)

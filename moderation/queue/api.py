"""JSON routes of moderation.queue (added to community.api's blueprint): the review queue,
an item with its history and actions, claims, actions (a stale version is a 409 problem
carrying the item's current status and version), and a board's own moderators."""
from __future__ import annotations

from typing import Any

from flask import jsonify, request
from sqlalchemy import select

from community.platform.api import api_blueprint, api_user, json_body, require_user
from community.platform.api.openapi import PAGE, op
from community.platform.api.openapi import extend as extend_openapi
from community.platform.api.serializers import (
    ID,
    author_json,
    list_schema,
    only_fields,
    optional_json_body,
    page_schema,
    paged,
    ref,
)
from community.platform.db import commit, db
from community.platform.errors import ValidationError
from community.platform.spaces.models import Board
from moderation.queue import policy, service
from moderation.queue.models import STATUSES, QueueEvent, QueueItem
from moderation.queue.types import labels, types
from moderation.queue.views import PER_PAGE, board_filter, visible_boards

bp = api_blueprint("queue_api", __name__)


def _time(value) -> str | None:
    return value.isoformat() if value is not None else None


def _username(user) -> str | None:
    return user.username if user is not None else None


def _board_slugs(items: list[QueueItem]) -> dict[int, str]:
    ids = {i.board_id for i in items if i.board_id is not None}
    if not ids:
        return {}
    return dict(db.session.execute(select(Board.id, Board.slug).where(Board.id.in_(ids))).all())


def item_json(item: QueueItem, slugs: dict[int, str]) -> dict[str, Any]:
    return {
        "id": item.id, "kind": item.kind, "kind_label": labels().get(item.kind, item.kind),
        "status": item.status, "subject_type": item.subject_type,
        "subject_id": item.subject_id, "board": slugs.get(item.board_id),
        "subject_user": author_json(item.subject_user) if item.subject_user else None,
        "created_by": _username(item.created_by), "summary": item.summary,
        "data": item.data or {}, "created_at": _time(item.created_at),
        "updated_at": _time(item.updated_at), "claimed_by": _username(item.claimed_by),
        "claimed_at": _time(item.claimed_at), "resolved_by": _username(item.resolved_by),
        "resolved_at": _time(item.resolved_at), "version": item.version,
        "url": f"/api/v1/queue/{item.id}",
    }


def event_json(event: QueueEvent) -> dict[str, Any]:
    return {"at": _time(event.at), "actor": _username(event.actor), "action": event.action,
            "from_status": event.from_status, "to_status": event.to_status,
            "reason": event.reason, "data": event.data or {}}


def detail_json(item: QueueItem) -> dict[str, Any]:
    me = api_user()
    item_type = types().get(item.kind)
    actions = list(item_type.actions.values()) if item_type else []
    return {**item_json(item, _board_slugs([item])),
            "history": [event_json(e) for e in item.events],
            "actions": [{"name": a.name, "label": a.label, "to_status": a.to_status,
                         "reason_required": a.reason_required} for a in actions],
            "can_act": item.status == "pending" and policy.can_act_on(me, item)}


def _fresh(item_id: int) -> dict[str, Any]:
    """The item as stored after a change (its history included)."""
    db.session.expire_all()
    return detail_json(service.get_item(db.session, api_user(), item_id))


@bp.get("/queue")
def list_queue():
    me = require_user()
    args = request.args
    status = args.get("status") or "pending"
    board_id = board_filter(args.get("board"), visible_boards(me)) if policy.can_view_queue(
        me) else None  # (list_items answers 403 to the others)
    page = service.list_items(db.session, me, kind=args.get("kind") or None, status=status,
                              board_id=board_id, page=args.get("page", 1), per_page=PER_PAGE)
    counts = service.counts(db.session, me, status, board_id)
    slugs = _board_slugs(list(page.items))
    return paged(page, [item_json(i, slugs) for i in page.items], counts=counts,
                 status=status)


@bp.get(f"/queue/<{ID}:item_id>")
def get_queue_item(item_id: int):
    return jsonify(detail_json(service.get_item(db.session, require_user(), item_id)))


@bp.post(f"/queue/<{ID}:item_id>/claim")
def claim_queue_item(item_id: int):
    me = require_user()
    body = optional_json_body()
    only_fields(body, ("version",))
    item = service.get_item(db.session, me, item_id)
    # Without a version, the claim is on the item as it is now (still one at a time).
    version = body.get("version")
    service.claim(db.session, me, item, item.version if version in (None, "") else version)
    commit(db.session)
    return jsonify(_fresh(item_id))


@bp.delete(f"/queue/<{ID}:item_id>/claim")
def unclaim_queue_item(item_id: int):
    me = require_user()
    item = service.get_item(db.session, me, item_id)
    service.claim(db.session, me, item, item.version, claimed=False)
    commit(db.session)
    return jsonify(_fresh(item_id))


@bp.post(f"/queue/<{ID}:item_id>/actions/<action>")
def act_on_queue_item(item_id: int, action: str):
    me = require_user()
    body = json_body()
    only_fields(body, ("version", "reason", "data"))
    data = body.get("data")
    if data is not None and not isinstance(data, dict):
        raise ValidationError({"data": ["Send an object (the item type's extra fields)."]})
    item = service.get_item(db.session, me, item_id)
    service.act(db.session, me, item, action, version=body.get("version"),
                reason=body.get("reason", ""), data=data)
    commit(db.session)
    return jsonify(_fresh(item_id))


# ---------------------------------------------------------------- OpenAPI

STR = {"type": "string"}
INT = {"type": "integer"}
BOOL = {"type": "boolean"}
TIME = {"type": "string", "format": "date-time"}
NTIME = {"type": ["string", "null"], "format": "date-time"}
NSTR = {"type": ["string", "null"]}
STATUS = {"enum": list(STATUSES)}
ANY_OBJECT = {"type": "object", "additionalProperties": True}


def _obj(properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": list(properties),
            "additionalProperties": False}


_ITEM = {
    "id": INT, "kind": {"type": "string", "examples": ["flagged_post"]}, "kind_label": STR, "status": STATUS,
    "subject_type": STR, "subject_id": INT, "board": NSTR,
    "subject_user": {"anyOf": [ref("Author"), {"type": "null"}]},
    "created_by": NSTR, "summary": STR,
    "data": {**ANY_OBJECT, "description": "the item type's own facts"},
    "created_at": TIME, "updated_at": TIME, "claimed_by": NSTR, "claimed_at": NTIME,
    "resolved_by": NSTR, "resolved_at": NTIME,
    "version": {"type": "integer", "description": "send it back with an action or claim"},
    "url": STR,
}
SCHEMAS = {
    "QueueItem": _obj(_ITEM),
    "QueueEvent": _obj({"at": TIME, "actor": NSTR, "action": STR, "from_status": STATUS,
                        "to_status": STATUS, "reason": STR, "data": ANY_OBJECT}),
    "QueueItemDetail": _obj({
        **_ITEM, "history": {"type": "array", "items": ref("QueueEvent")},
        "actions": {"type": "array", "items": _obj({
            "name": STR, "label": STR, "to_status": STATUS, "reason_required": BOOL})},
        "can_act": BOOL}),
    "QueuePage": page_schema("QueueItem", counts={
        "type": "object", "additionalProperties": INT,
        "description": "items per kind with this status (and board)"},
        status={"enum": [*STATUSES, "all"]}),
    "ConflictProblem": {"allOf": [ref("Problem"), _obj({
        "item_status": {**STATUS, "description": "the item's status now"},
        "version": {"type": "integer", "description": "the item's version now"}}) | {
        "additionalProperties": True}]},
    "BoardModerator": _obj({"username": STR, "display_name": STR, "credentials": STR,
                            "verified": BOOL, "since": TIME}),
    "BoardModeratorList": list_schema("BoardModerator", board=STR),
}
REQUEST_SCHEMAS = {
    "ClaimRequest": {"type": "object", "additionalProperties": False, "required": [],
                     "properties": {
        "version": {"type": "integer", "minimum": 1,
                    "description": "the version you saw; omitted: the current one"}}},
    "QueueAction": {"type": "object", "additionalProperties": False,
                    "required": ["version"], "properties": {
                        "version": {"type": "integer", "minimum": 1,
                                    "description": "the item version you acted on"},
                        "reason": {"type": "string", "maxLength": 2000,
                                   "description": "required by some actions"},
                        "data": {"type": ["object", "null"],
                                 "description": "the item type's extra fields"}}},
}


def _q(name: str, schema: dict, description: str) -> dict:
    return {"name": name, "in": "query", "required": False, "schema": schema,
            "description": description}


extend_openapi([
    op("get", "/queue", "The review queue, oldest first, with counts per kind (moderators; "
       "board moderators see their boards' items)", "moderation", schema="QueuePage",
       auth=True, errors=(403,), query=(
           _q("kind", {"type": "string", "examples": ["flagged_post"]}, "only this kind"),
           _q("status", {"enum": [*STATUSES, "all"]}, "default: pending"),
           _q("board", STR, "a board slug"), PAGE)),
    op("get", "/queue/{item_id}", "A queue item with its history and the actions it allows",
       "moderation", schema="QueueItemDetail", auth=True, errors=(403,)),
    op("post", "/queue/{item_id}/claim", "Claim an item: you are handling it", "moderation",
       schema="QueueItemDetail", body="ClaimRequest", auth=True, errors=(403, 409),
       conflict="ConflictProblem"),
    op("delete", "/queue/{item_id}/claim", "Give a claimed item back", "moderation",
       schema="QueueItemDetail", auth=True, errors=(403, 409), conflict="ConflictProblem"),
    op("post", "/queue/{item_id}/actions/{action}",
       "Take one of the item type's actions on the version you saw (a second moderator "
       "acting on the same version gets a 409)", "moderation", schema="QueueItemDetail",
       body="QueueAction", auth=True, errors=(403, 409), conflict="ConflictProblem"),
    op("get", "/boards/{slug}/moderators", "A board's own moderators", "moderation",
       schema="BoardModeratorList", errors=(403,)),
    op("put", "/boards/{slug}/moderators/{username}",
       "Appoint a board moderator (administrators; idempotent; audited)", "moderation",
       schema="BoardModeratorList", auth=True, errors=(403, 422)),
    op("delete", "/boards/{slug}/moderators/{username}",
       "Remove a board moderator (administrators; idempotent; audited)", "moderation",
       schema="BoardModeratorList", auth=True, errors=(403,)),
], schemas=SCHEMAS, request_schemas=REQUEST_SCHEMAS,
    params={"item_id": INT, "action": {"type": "string", "description": "an action name "
                                                                         "of the item's kind"}})

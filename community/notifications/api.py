"""JSON API of the notifications domain (routes on the shared /api/v1 blueprint)."""
from __future__ import annotations

from flask import jsonify
from sqlalchemy import select

from community.accounts.models import User
from community.api import api, require_user
from community.api.serializers import notification_json, only_fields, optional_json_body
from community.db import commit, db
from community.errors import ValidationError
from community.notifications import service
from community.validation import INT_MAX


@api.get("/notifications")
def list_notifications():
    """The member's latest notifications (newest first) and how many are unread."""
    user = require_user()
    notes = service.for_user(db.session, user)
    actor_ids = {n.actor_id for n in notes if n.actor_id}
    actors = {u.id: u for u in db.session.scalars(select(User).where(User.id.in_(actor_ids)))}
    return jsonify({"items": [notification_json(n, user, actors) for n in notes],
                    "unread": service.unread_count(db.session, user)})


@api.post("/notifications/read")
def mark_read():
    """Mark the given notifications read, or all of them when no ids are sent."""
    user = require_user()
    body = optional_json_body()
    only_fields(body, ("ids",))
    ids = body.get("ids")
    if ids is not None and not (
            isinstance(ids, list) and len(ids) <= 1000
            and all(type(i) is int and 1 <= i <= INT_MAX for i in ids)):
        raise ValidationError({"ids": ["Send a list of at most 1000 notification ids."]})
    marked = service.mark_read(db.session, user, ids)
    commit(db.session)
    return jsonify({"marked": marked, "unread": service.unread_count(db.session, user)})

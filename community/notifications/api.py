"""JSON API of the notifications domain (routes on the shared /api/v1 blueprint)."""
from __future__ import annotations

from flask import jsonify
from sqlalchemy import select

from community.boards import policy as boards_policy
from community.notifications import service
from community.notifications.models import Notification
from community.platform.accounts.models import User
from community.platform.api import api_blueprint, require_user
from community.platform.api.serializers import (
    author_json,
    only_fields,
    optional_json_body,
    time_json,
)
from community.platform.db import commit, db
from community.platform.errors import ValidationError
from community.platform.parsing import INT_MAX

bp = api_blueprint("notifications_api", __name__)


def notification_json(note: Notification, actor: User, actors: dict[int, User]) -> dict:
    post = note.post
    # Never name a topic its reader can no longer see (moved to a restricted board, deleted).
    # A message notification (a disclosure to renew…) has no post: its text and link instead.
    readable = post is not None and boards_policy.can_view_post(actor, post)
    who = actors.get(note.actor_id) if note.actor_id else None
    return {
        "id": note.id, "kind": note.kind, "post_id": note.post_id,
        "topic_id": post.topic_id if readable else None,
        "topic_title": post.topic.title if readable else None,
        "post_number": post.number if readable else None,
        "actor": author_json(who) if who is not None else None,
        "created_at": time_json(note.created_at), "read": note.read_at is not None,
        "message": note.message, "link": note.link,
    }


@bp.get("/notifications")
def list_notifications():
    """The member's latest notifications (newest first) and how many are unread."""
    user = require_user()
    notes = service.for_user(db.session, user)
    actor_ids = {n.actor_id for n in notes if n.actor_id}
    actors = {u.id: u for u in db.session.scalars(select(User).where(User.id.in_(actor_ids)))}
    return jsonify({"items": [notification_json(n, user, actors) for n in notes],
                    "unread": service.unread_count(db.session, user)})


@bp.post("/notifications/read")
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

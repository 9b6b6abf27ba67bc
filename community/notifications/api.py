"""JSON API of notifications: the member's latest, and marking them read."""
from __future__ import annotations

import hmac

from flask import current_app, request
from sqlalchemy import select

from community.boards import policy as boards_policy
from community.notifications import incoming, schemas, service
from community.notifications.models import Notification
from community.notifications.texts import notice_text
from community.platform.accounts.models import User
from community.platform.api import api_blueprint, operation, require_user
from community.platform.api.serializers import author_json, time_json
from community.platform.db import commit, db
from community.platform.errors import Forbidden, NotFound
from community.platform.i18n import _

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
        "message": notice_text(note.kind, note.message) if note.post_id is None else note.message,
        "link": note.link,
    }


@bp.get("/notifications")
@operation("Your latest notifications and the unread count", tag="notifications",
           response=schemas.NotificationList, auth=True)
def list_notifications():
    """The member's latest notifications (newest first) and how many are unread."""
    user = require_user()
    notes = service.for_user(db.session, user)
    actor_ids = {n.actor_id for n in notes if n.actor_id}
    actors = {u.id: u for u in db.session.scalars(select(User).where(User.id.in_(actor_ids)))}
    return {"items": [notification_json(n, user, actors) for n in notes],
            "unread": service.unread_count(db.session, user)}


@bp.post("/notifications/read")
@operation("Mark notifications read (all when no ids)", tag="notifications",
           body=schemas.MarkRead, body_required=False, response=schemas.MarkedRead,
           auth=True)
def mark_read(body: schemas.MarkRead):
    """Mark the given notifications read, or all of them when no ids are sent."""
    user = require_user()
    marked = service.mark_read(db.session, user, body.ids)
    commit(db.session)
    return {"marked": marked, "unread": service.unread_count(db.session, user)}


@bp.post("/mail/incoming")
@operation("Receive a reply by email (for the mail server)", tag="notifications",
           response=schemas.IncomingMailResult, errors=(403, 404),
           description="The whole message (RFC 5322, `message/rfc822`) as the request body, "
                       "and the shared secret ROUNDS_MAIL_INCOMING_SECRET in the "
                       "X-Rounds-Mail-Secret header; the envelope's recipients may be sent "
                       "as `?to=` (repeatable). The reply address names the member and the "
                       "post; a refusal is answered to the sender by mail. 404 when no "
                       "secret is configured.")
def receive_mail():
    """A mail server hands over a message sent to a reply address."""
    secret = current_app.config["SETTINGS"].mail_incoming_secret
    if not secret:
        raise NotFound(_("Reply by email is not enabled here."))
    given = request.headers.get("X-Rounds-Mail-Secret", "")
    if not hmac.compare_digest(given.encode(), secret.encode()):
        raise Forbidden(_("Send the incoming mail secret as X-Rounds-Mail-Secret."))
    received = incoming.receive(db.session, request.get_data(cache=False),
                                request.args.getlist("to"))
    commit(db.session)
    return {"outcome": received.outcome, "reason": received.reason,
            "reply_id": received.reply_id, "topic_id": received.topic_id,
            "findings": received.findings}

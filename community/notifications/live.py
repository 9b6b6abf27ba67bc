"""Socket.IO namespace /notifications: the header's unread count, live.

- connect: the member of the session cookie (or of an API token in auth {"token": …});
  anyone else is refused. The socket joins the member's private room, and is sent
  "unread" {count} at once.
- After a commit that created notifications for a member or marked theirs read (the
  "unread_changed" domain event, through the outbox), every open page of that member gets
  "unread" {count} (the count as it is then, so a repeated delivery is harmless).

The page works without it: the badge is rendered with the page (static/js/notify.js only
keeps it current)."""
from __future__ import annotations

from typing import Any

from flask import Flask
from flask_socketio import ConnectionRefusedError, emit, join_room

from community.notifications import schemas, service
from community.platform import events
from community.platform.db import db
from community.platform.sockets import Namespace, broadcast, connecting_member

NAMESPACE = "/notifications"
notifications_ns = Namespace(NAMESPACE, description="Your unread notifications count, live "
                                                    "(the header badge).")
notifications_ns.sends("unread", "How many of your notifications are unread: at connect, "
                       "and after each change", schemas.UnreadCount)


def room(user_id: int) -> str:
    """A member's private room: only their own sockets join it."""
    return f"member-{user_id}"


@notifications_ns.on("connect")
def on_connect(auth: dict | None = None) -> None:
    user = connecting_member(auth)
    if user is None:
        raise ConnectionRefusedError("Sign in (or send an API token) to hear of your "
                                     "notifications.")
    join_room(room(user.id))
    count = service.unread_count(db.session, user.id)
    db.session.rollback()  # end the read: nothing stays open while the socket lives
    emit("unread", {"count": count})


def _unread_changed(user_ids: list[int], **_: Any) -> None:
    for user_id in user_ids:
        broadcast("unread", {"count": service.unread_count(db.session, user_id)},
                  to=room(user_id), namespace=NAMESPACE)


def init_app(app: Flask) -> None:
    notifications_ns.attach(app)
    events.subscribe(app, "unread_changed", "notifications.unread_badge", _unread_changed)

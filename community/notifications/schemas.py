"""The notifications' contract: marking read, and the notification shape."""
from __future__ import annotations

from datetime import datetime

from pydantic import Field

from community.platform.accounts.schemas import Author
from community.platform.contract import Id, Input, Output


class MarkRead(Input):
    ids: list[Id] | None = Field(None, max_length=1000,
                                 description="the notifications to mark; all when absent")


class Notification(Output):
    id: int
    kind: str
    post_id: int | None
    topic_id: int | None
    topic_title: str | None
    post_number: int | None
    actor: Author | None
    created_at: datetime
    read: bool
    message: str | None = Field(description="text of a notification without a post (a "
                                            "disclosure to renew, a review's outcome)")
    link: str | None = Field(description="where to act on it")


class NotificationList(Output):
    items: list[Notification]
    unread: int


class MarkedRead(Output):
    marked: int
    unread: int

"""The notifications' contract: marking read, and the notification shape."""
from __future__ import annotations

from datetime import datetime
from typing import Literal

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


class MailFinding(Output):
    category: str
    label: str
    text: str
    why: str


class IncomingMailResult(Output):
    """What became of a message sent to a reply address."""

    outcome: Literal["posted", "refused", "ignored", "duplicate"]
    reason: str = Field(description="why it was refused or ignored (the sender is told by "
                                    "mail of a refusal)")
    reply_id: int | None = Field(description="the reply posted")
    topic_id: int | None
    findings: list[MailFinding] = Field(description="identifiers that refused it")


class UnreadCount(Output):
    """`unread` on the Socket.IO namespace /notifications: the member's unread count, sent
    at connect and after every change (a new notification, some marked read)."""

    count: int = Field(ge=0)

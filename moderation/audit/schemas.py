"""The audit log's contract: its filters (the one validation of the page, the CSV export and
the API) and the shape of an entry."""
from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import Field

from community.platform.contract import Output, Page, Query, Text

# The columns' sizes (moderation.audit.models, accounts.models.User.username).
ACTION_MAX, SUBJECT_TYPE_MAX, USERNAME_MAX = 60, 30, 32


class AuditFilter(Query):
    action: Text(ACTION_MAX, examples=["queue.user_verification.verify"]) | None = Field(
        None, description="only this action")
    subject_type: Text(SUBJECT_TYPE_MAX, examples=["user", "post", "disclosure"]) | None = \
        Field(None, description="only entries about this kind of subject")
    actor: Text(USERNAME_MAX) | None = Field(None, description="the moderator's username "
                                                               "(any case)")


class AuditQuery(AuditFilter):
    page: Page = 1
    format: Literal["json", "csv"] = Field(
        "json", description="csv: every matching entry, oldest first, as a text/csv "
                            "attachment (page is still checked)")


# ---------------------------------------------------------------- answers


class AuditEntryOut(Output):
    id: int
    at: datetime
    actor: str | None = Field(description="null: the system acted")
    action: str = Field(examples=["queue.user_verification.verify"])
    subject_type: str
    subject_id: int | None
    queue_item_id: int | None
    board_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str


class AuditPage(Output):
    items: list[AuditEntryOut]
    page: int
    per_page: int
    total: int
    pages: int

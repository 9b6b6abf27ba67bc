"""The review queue's contract: what listing, claiming and acting on items may contain (the
one validation of the queue pages and the API), and the shapes the API answers with."""
from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import Field

from community.platform.accounts.schemas import Author
from community.platform.contract import Body, Id, Input, Output, Page, Query, Text
from moderation.queue.models import STATUSES

REASON_MAX = 2000
KIND_MAX = 40  # QueueItem.kind

Status = Literal[STATUSES]  # type: ignore[valid-type]
StatusFilter = Literal[(*STATUSES, "all")]  # type: ignore[valid-type]


class QueueQuery(Query):
    # The kinds are the ones this app's features registered: the service checks the name.
    kind: Text(KIND_MAX, examples=["flagged_post"]) | None = Field(
        None, description="only this kind of item")
    status: StatusFilter = Field("pending", description="items with this status (all: any)")
    board: Text(60) | None = Field(None, description="a board's slug (one of your boards)")
    cursor: Text(40, examples=["1764979200000000-1234"]) | None = Field(
        None, description="the page after this one: a page's `next` (read from the index "
                          "from there; faster than `page` deep in the queue)")
    page: Page = Field(1, description="counted from the start; ignored with `cursor`")


class ClaimRequest(Input):
    version: Id | None = Field(None, description="the version you saw; omitted: the current "
                                                 "one")


class QueueAction(Input):
    version: Id = Field(description="the item version you acted on")
    reason: Body(REASON_MAX) | None = Field(None, description="required by some actions "
                                                              "(see the item's actions)")
    data: dict[str, Any] | None = Field(None, description="the item type's extra fields")


# ---------------------------------------------------------------- answers


class QueueItemOut(Output):
    id: int
    kind: str = Field(examples=["flagged_post"])
    kind_label: str
    status: Status
    subject_type: str
    subject_id: int
    board: str | None
    subject_user: Author | None
    created_by: str | None
    summary: str
    data: dict[str, Any] = Field(description="the item type's own facts")
    created_at: datetime
    updated_at: datetime
    claimed_by: str | None
    claimed_at: datetime | None
    resolved_by: str | None
    resolved_at: datetime | None
    version: int = Field(description="send it back with an action or claim")
    url: str


class QueueEventOut(Output):
    at: datetime
    actor: str | None
    action: str
    from_status: Status
    to_status: Status
    reason: str
    data: dict[str, Any]


class QueueActionOut(Output):
    name: str
    label: str
    to_status: Status
    reason_required: bool


class QueueItemDetail(QueueItemOut):
    history: list[QueueEventOut]
    actions: list[QueueActionOut]
    can_act: bool


class QueuePage(Output):
    items: list[QueueItemOut]
    page: int
    per_page: int
    total: int
    pages: int
    counts: dict[str, int] = Field(description="items per kind with this status (and board)")
    status: StatusFilter
    next: str | None = Field(description="the cursor of the next page (send it as `cursor`); "
                                         "null on the last page")

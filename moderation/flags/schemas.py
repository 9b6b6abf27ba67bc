"""The flags' contract: what a flag may contain (the one validation of the flag form and the
API), and the shapes the API answers with."""
from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field, ValidationInfo, field_validator

from community.platform.contract import Body, Input, Output
from community.platform.i18n import _
from moderation.flags.models import MESSAGE_MAX, OUTCOMES, REASONS
from moderation.queue.models import STATUSES

Reason = Literal[tuple(REASONS)]  # type: ignore[valid-type]
Outcome = Literal[OUTCOMES]  # type: ignore[valid-type]


class FlagRequest(Input):
    reason: Reason = Field(description="why you flag the post")
    message: Body(MESSAGE_MAX) | None = Field(
        None, validate_default=True,
        description="to the moderators; required when the reason is 'other'")

    @field_validator("message")
    @classmethod
    def _explained(cls, message: str | None, info: ValidationInfo) -> str | None:
        if info.data.get("reason") == "other" and not message:
            raise ValueError(_("Tell the moderators what is wrong with this post"))
        return message


# ---------------------------------------------------------------- answers


class FlagBase(Output):
    id: int
    post_id: int
    reason: Reason
    message: str
    weight: float
    created_at: datetime
    outcome: Outcome | None


class NewFlag(FlagBase):
    post_hidden: bool = Field(description="whether the post is now hidden pending review")


class Flag(FlagBase):
    """A flag as the post's moderators see it: who flagged, too."""

    flagger: str


class FlagList(Output):
    items: list[Flag]
    score: float = Field(description="sum of the open flags")
    hidden: Literal["queued", "flagged"] | None


class PostInReview(Output):
    post_id: int
    kind: Literal["queued_post", "flagged_post"]
    status: Literal[STATUSES]  # type: ignore[valid-type]
    topic_id: int | None
    topic_title: str | None
    visible_to_you: bool
    since: datetime
    decided_at: datetime | None
    reason: str | None = Field(description="the moderator's reason for a removal")


class PostsInReview(Output):
    items: list[PostInReview]

"""The trust levels' contract: a moderator's level change, lock, silence and suspension (the
one validation of the member page and the API), and the standing the API answers with."""
from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import Field, PlainValidator, ValidationInfo, WithJsonSchema, field_validator

from community.platform.contract import Body, Input, Output
from community.platform.i18n import _

REASON_MAX = 2000
MAX_DAYS = 36_500  # a hundred years: "until further notice"
LEVELS = (0, 4)  # the levels a moderator may set (moderation.trust.policy.LEVEL_NAMES)

Reason = Body(REASON_MAX, label="the reason (the member is shown it)")


def _moment(value: object) -> datetime:
    """An ISO date or date-time; UTC unless it says otherwise."""
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None:
        raise ValueError(_("Use a date such as 2026-12-31 or 2026-12-31T18:00Z"))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


Moment = Annotated[datetime, PlainValidator(_moment), WithJsonSchema({
    "type": "string", "format": "date-time",
    "description": "an ISO date or date-time, UTC unless an offset is given"})]


class TrustChange(Input):
    """Set (raise or lower) and/or lock a member's level; at least one of the two."""

    locked: bool | None = Field(None, description="lock the level against promotion, or "
                                                  "unlock it")
    level: int | None = Field(None, ge=LEVELS[0], le=LEVELS[1], validate_default=True)
    reason: Reason

    @field_validator("level")
    @classmethod
    def _something(cls, level: int | None, info: ValidationInfo) -> int | None:
        if level is None and "locked" in info.data and info.data["locked"] is None:
            raise ValueError(_("Choose a level, or lock or unlock the current one"))
        return level


class Restriction(Input):
    """A silence or a suspension until a time: `days` from now, or `ends_at`."""

    days: int | None = Field(None, ge=1, le=MAX_DAYS)
    ends_at: Moment | None = Field(None, validate_default=True)
    reason: Reason

    @field_validator("ends_at")
    @classmethod
    def _one_end(cls, ends_at: datetime | None, info: ValidationInfo) -> datetime | None:
        if "days" not in info.data:  # a bad number of days says so itself
            return ends_at
        if info.data["days"] is not None and ends_at is not None:
            raise ValueError(_("Give either a number of days or an end date, not both"))
        if info.data["days"] is None and ends_at is None:
            raise ValueError(_("Say until when: a number of days or an end date"))
        return ends_at


class Lifting(Input):
    """Ending a silence or suspension early (the member page's form)."""

    reason: Reason | None = None


# ---------------------------------------------------------------- answers


class NextLevelNeed(Output):
    what: str
    have: int
    need: int


class SanctionOut(Output):
    kind: Literal["silence", "suspension"]
    reason: str
    starts_at: datetime
    ends_at: datetime
    lifted_at: datetime | None


class Standing(Output):
    username: str
    trust_level: int
    level_name: str
    meaning: str
    locked: bool
    next_level: int | None
    needs: list[NextLevelNeed]
    upheld_flags: int
    silenced_until: datetime | None
    silence_reason: str | None
    suspended_until: datetime | None
    suspension_reason: str | None
    history: list[SanctionOut]

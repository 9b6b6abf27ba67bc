"""The de-identification check's contract: what an author's override of a PHI warning may
contain (the one validation of the findings page and the API), and the shapes the API answers
with (a write-up's findings per section, and the overrides)."""
from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from community.cases.deid.models import OVERRIDE_STATUSES, REASON_MAX
from community.platform.contract import Id, Input, Output, Text
from community.platform.phi import CATEGORIES

# Offsets into one section's text (no section is longer).
OFFSET_MAX = 10**7

PhiCategory = Literal[tuple(CATEGORIES)]  # type: ignore[valid-type]


class PhiOverrideRequest(Input):
    """Say why a finding is not identifying. It names the finding as the findings list does;
    the override then covers that text in that section, wherever it moves."""

    section: Text(40, label="where the finding is, as in the findings: a CARE section key or "
                            "'timeline.<n>'")
    category: PhiCategory
    start: int = Field(ge=0, le=OFFSET_MAX, description="the finding's start offset")
    end: int = Field(ge=0, le=OFFSET_MAX, description="the finding's end offset")
    reason: Text(REASON_MAX, label="why it is not identifying (a moderator reviews it)")
    version: Id | None = Field(None, description="the version the finding was seen in; 409 "
                                                 "when the write-up changed since")


# ---------------------------------------------------------------- answers


class PhiFinding(Output):
    """What the scanner found (HIPAA Safe Harbor, 45 CFR 164.514(b)(2))."""

    category: PhiCategory
    label: str
    identifier: int = Field(description="its number in the Safe Harbor list")
    start: int
    end: int
    text: str = Field(description="the matched text")
    confidence: float
    why: str


class PhiReportFinding(PhiFinding):
    overridden: bool
    override_id: int | None


class PhiSection(Output):
    section: str = Field(description="a CARE section key, or 'timeline.<n>' for an event")
    label: str
    findings: list[PhiReportFinding]


class PhiOverride(Output):
    id: int
    section: str = Field(description="a CARE section key, or 'timeline.*' for any event")
    category: PhiCategory
    excerpt: str = Field(description="the matched text")
    reason: str
    version: int = Field(description="the version it was made on")
    status: Literal[OVERRIDE_STATUSES]  # type: ignore[valid-type]
    by: str = Field(description="the author's username, or 'an anonymous party' to a "
                               "reader the review keeps from learning it")
    at: datetime
    decided_at: datetime | None
    decision_reason: str | None
    queue_item_id: int | None


class PhiReport(Output):
    case_id: int
    version: int | None
    total: int
    blocking: int = Field(description="findings no live override covers")
    sections: list[PhiSection]
    overrides: list[PhiOverride]

"""The published write-up's contract: the shapes the API answers with (a published version,
its authors and corrections, the citation), and what a citation may be asked for."""
from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from community.cases.care import SECTION_KEYS
from community.platform.contract import Id, Output, Query

SectionKey = Literal[SECTION_KEYS]  # type: ignore[valid-type]
VersionKind = Literal["save", "merge", "restore", "correction"]


class CitationQuery(Query):
    version: Id | None = Field(None, description="a published version (default: the latest)")


# ---------------------------------------------------------------- answers


class CaseEvent(Output):
    """One event of a write-up's timeline."""

    day: int = Field(description="relative day (0: presentation; negative: history)")
    event: str


class PublishedAuthor(Output):
    username: str
    display_name: str
    credentials: str
    verified: bool
    position: int = Field(description="1 is the first author")
    corresponding: bool


class PublishedSection(Output):
    key: SectionKey
    title: str
    markdown: str
    html: str


class PublishedVersion(Output):
    number: int
    kind: VersionKind
    note: str = Field(description="a correction's note, shown to readers")
    created_at: datetime
    sections: list[PublishedSection]
    timeline: list[CaseEvent]


class PublishedCorrection(Output):
    version: int
    note: str
    created_at: datetime


class CasePublication(Output):
    case_id: int
    title: str
    board: str
    authors: list[PublishedAuthor]
    version: PublishedVersion
    latest_version: int
    published_version: int
    published_at: datetime
    corrections: list[PublishedCorrection]
    citation: str
    topic_id: int | None = Field(description="the discussion topic in the write-up's board")
    url: str
    bibtex_url: str
    ris_url: str


class CaseCitation(Output):
    text: str = Field(description="Vancouver style")
    bibtex: str
    ris: str
    version: int
    url: str
    key: str

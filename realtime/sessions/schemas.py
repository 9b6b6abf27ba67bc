"""The live sessions' contract: what scheduling a session may contain, what a session's
content forms (checklist, cases) send, and the shapes the API answers with. The one
validation of the pages and the API: the service keeps only the rules that need the
database or the clock (the times in the future, the presenters exist, an article named)."""
from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    BeforeValidator,
    Field,
    ValidationInfo,
    WithJsonSchema,
    WrapValidator,
    field_validator,
)

from community.platform.accounts.models import USERNAME_PATTERN
from community.platform.accounts.schemas import Author
from community.platform.contract import Body, Input, Matching, Output, Text
from community.platform.i18n import _, _l
from realtime.sessions.models import KINDS, REGISTRATION_STATUSES, RULES, STATES

TITLE_MIN, TITLE_MAX = 5, 200
DESCRIPTION_MAX = 20_000
MAX_CAPACITY = 10_000
MAX_OCCURRENCES = 52
MAX_PRESENTERS = 10
MOMENT_MAX = 40
DOI_PATTERN = r"10\.\d{4,9}/\S+"
PMID_PATTERN = r"[1-9]\d{0,8}"
CITATION_MAX = 1000
ABSTRACT_MAX = 10_000
# A DOI may be pasted as its link ("https://doi.org/10.…") or with its "doi:" prefix.
_DOI_PREFIX = re.compile(r"^(https?://(dx\.)?doi\.org/|doi:)", re.IGNORECASE)

# The content forms (realtime.sessions.content).
MAX_CHECKLIST_TEXT = 50_000
CASE_TITLE_MIN, CASE_TITLE_MAX = 3, 200
MAX_CASE_QUESTION = 2000
MAX_STAGE = 20_000
TEMPLATE_KEYS = ("casp_rct", "users_guides")  # realtime.sessions.content.TEMPLATES


def choice(values: tuple[str, ...] | list[str], message: Any) -> Any:
    """One of `values` (listed in the schema), refused with `message` (lazily translated)
    rather than the list of internal names (the pages offer these as a select or buttons)."""

    def check(value: Any, handler: Any) -> Any:
        try:
            return handler(value)
        except ValueError:
            raise ValueError(str(message)) from None

    return Annotated[Literal[tuple(values)], WrapValidator(check)]  # type: ignore[valid-type]


def _moment(value: Any) -> Any:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and len(value) <= MOMENT_MAX:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(_("Enter a date and time like 2027-03-01T18:30"))


# A date and time: with an offset, or without one and then read in the scheduler's own zone.
Moment = Annotated[datetime, BeforeValidator(_moment), WithJsonSchema({
    "type": "string", "maxLength": MOMENT_MAX,
    "description": "ISO 8601; without an offset it is read in your profile's time zone",
    "examples": ["2031-06-01T09:00:00+02:00", "2031-06-01T09:00"]})]
Presenter = Matching(USERNAME_PATTERN,
                     _l("Presenters are given by username (letters, digits, . _ -)."),
                     max_length=32, description="a member's username")


class SessionSchedule(Input):
    """A session to schedule (or the first of a weekly or monthly series); you host it."""

    kind: choice(tuple(KINDS), _l("Choose a case conference or a journal club."))
    title: Text(TITLE_MAX, min_length=TITLE_MIN, label="The title")
    description: Body(DESCRIPTION_MAX, label="The description, in Markdown") | None = None
    starts_at: Moment
    ends_at: Moment
    capacity: int = Field(ge=1, le=MAX_CAPACITY,
                          description="seats; past this number members join a waitlist")
    presenters: list[Presenter] = Field(default_factory=list, max_length=MAX_PRESENTERS,
                                        description="usernames of the co-hosts")
    recurrence: choice((*RULES, "none"), _l("Choose weekly, monthly or no recurrence.")) | None \
        = None
    occurrences: int | None = Field(None, ge=2, le=MAX_OCCURRENCES,
                                    description="sessions in the series (with recurrence)")
    article_doi: Matching(f"^{DOI_PATTERN}$", _l("A DOI looks like 10.1056/NEJMoa2034577."),
                          max_length=200, description="a journal club's article") | None = None
    article_pmid: Matching(f"^{PMID_PATTERN}$",
                           _l("A PubMed ID is digits only, like 33301246."),
                           max_length=12) | None = None
    article_citation: Body(CITATION_MAX, label="The citation") | None = None
    article_abstract: Body(ABSTRACT_MAX, label="The abstract") | None = None

    @field_validator("article_doi", mode="before")
    @classmethod
    def _bare_doi(cls, value: Any) -> Any:
        return _DOI_PREFIX.sub("", value) if isinstance(value, str) else value

    @field_validator("presenters", mode="before")
    @classmethod
    def _as_typed(cls, value: Any, info: ValidationInfo) -> Any:
        """A form (and the demo) gives the names as people type them, "@ana, bo": split
        them. JSON sends a list, as the schema says."""
        if info.mode == "python" and isinstance(value, str):
            return [name.lstrip("@") for name in value.replace(",", " ").split()
                    if name.lstrip("@")]
        return value

    @field_validator("presenters")
    @classmethod
    def _once_each(cls, names: list[str]) -> list[str]:
        return list(dict.fromkeys(names))


# ---------------------------------------------------------------- a session's content (pages)

StageText = Body(MAX_STAGE, label="The stage, in Markdown")


class ChecklistText(Input):
    questions: Body(MAX_CHECKLIST_TEXT, label="One question a line, `# Part` headings")


class ChecklistTemplate(Input):
    template: choice(TEMPLATE_KEYS, _l("Choose one of the checklists offered."))


class SessionCaseForm(Input):
    """A case a planner brings to a case conference, split into its stages."""

    title: Text(CASE_TITLE_MAX, min_length=CASE_TITLE_MIN, label="The title")
    question: Body(MAX_CASE_QUESTION, label="The question for the group")
    stage_presentation: StageText
    stage_findings: StageText | None = None
    stage_investigations: StageText | None = None
    stage_management: StageText | None = None
    stage_outcome: StageText | None = None
    phi_checked: bool = Field(False, description="the submitter checked the scanner's "
                                                 "findings: they are not patient identifiers")


class CaseMove(Input):
    direction: choice(("up", "down"), _l("Move a case up or down."))


# ---------------------------------------------------------------- answers


class SessionSeriesOut(Output):
    id: int
    rule: Literal[tuple(RULES)]  # type: ignore[valid-type]
    count: int


class SessionArticle(Output):
    doi: str | None
    pmid: str | None
    citation: str
    abstract: str


class LiveSession(Output):
    id: int
    board: str
    kind: Literal[tuple(KINDS)]  # type: ignore[valid-type]
    title: str
    description: str
    description_html: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    state: Literal[STATES]  # type: ignore[valid-type]
    registration_open: bool
    series: SessionSeriesOut | None
    host: Author
    presenters: list[Author]
    article: SessionArticle | None = Field(description="a journal club's article")
    url: str
    ics_url: str


class LiveSessionList(Output):
    items: list[LiveSession]


class SessionRegistration(Output):
    session_id: int
    status: Literal[REGISTRATION_STATUSES]  # type: ignore[valid-type]
    waitlist_position: int | None = Field(description="your place on the waitlist, from 1")


class SessionReschedule(Input):
    """A new time for a session that has not started: its registrants are told by mail,
    with the updated calendar entry."""

    starts_at: Moment
    ends_at: Moment

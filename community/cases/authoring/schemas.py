"""Writing a case together, the contract: what a new write-up, a save (sections and the
timeline), consent, the author list, an invitation and an image attestation may contain (the
one validation of pages and API), and the shapes the API answers with.

A write-up is written in relative days ("day 0", "day 3"), never calendar dates: the title,
the timeline section and every timeline event refuse dates (years alone are fine: HIPAA's
Safe Harbor keeps them)."""
from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, field_validator, model_validator

from community.boards.schemas import DiffLine
from community.cases.authoring.models import (
    AUTHORS_MAX,
    CAPTION_MAX,
    CONSENT_KINDS,
    CONSENT_REFERENCE_MAX,
    DAY_RANGE,
    EVENT_MAX,
    FACE_STATUSES,
    INVITATION_STATES,
    INVITE_MESSAGE_MAX,
    INVITEE_MAX,
    TIMELINE_MAX,
)
from community.cases.care import SECTION_KEYS, SECTION_MAX, SECTIONS
from community.cases.deid.schemas import PhiFinding
from community.cases.models import CREDIT_ROLES
from community.cases.publication.schemas import CaseEvent, SectionKey, VersionKind
from community.cases.states import STATES
from community.platform.contract import Body, Id, Input, Output, Query, Text

# ---------------------------------------------------------------- calendar dates

_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
# Calendar dates in the forms clinicians write them: 2024-03-05, 05/03/2024, 5.3.24,
# 5 March (2024), March 5th, March 2024. Years alone are allowed (Safe Harbor keeps years).
CALENDAR_DATE = re.compile(
    r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b"
    r"|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:{_MONTHS})\b\.?"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    rf"|\b(?:{_MONTHS})\.?,?\s+\d{{4}}\b",
    re.IGNORECASE)
DATE_MESSAGE = ('Use relative days ("day 0", "day 3", "day -14") rather than calendar dates '
                '(found "{}").')


def calendar_dates(text: str) -> list[str]:
    return [m.group(0) for m in CALENDAR_DATE.finditer(text or "")]


def _no_dates(text: str) -> str:
    if dates := calendar_dates(text):
        raise ValueError(DATE_MESSAGE.format(dates[0]))
    return text


# ---------------------------------------------------------------- field types

# A section's Markdown: any text, empty included (an empty section is cleared), without
# control characters (tab and newlines aside) or lone surrogates; one kind of line ending.
SECTION_PATTERN = "^[^\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]*$"
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _line_endings(value: str) -> str:
    # Browsers send CRLF; one line ending, so diffs compare lines, not endings.
    return value.replace("\r\n", "\n").replace("\r", "\n")


def _is_text(value: str) -> str:
    if _NOT_TEXT.search(value):
        raise ValueError("This contains characters that are not text")
    return value


SectionText = Annotated[str, Field(max_length=SECTION_MAX,
                                   json_schema_extra={"pattern": SECTION_PATTERN}),
                        AfterValidator(_is_text), AfterValidator(_line_endings)]
CreditRole = Literal[tuple(CREDIT_ROLES)]  # type: ignore[valid-type]
FaceStatus = Literal[tuple(FACE_STATUSES)]  # type: ignore[valid-type]
ConsentKind = Literal[tuple(CONSENT_KINDS)]  # type: ignore[valid-type]
Username = Text(32, label="a member's username")


def _about(key: str) -> str:
    title, hint = SECTIONS[key]
    return f"{title}: {hint}"


def _credit_order(roles: list[str]) -> list[str]:
    return [r for r in CREDIT_ROLES if r in roles]


# CRediT contribution roles, kept in CRediT's order, each once.
Roles = Annotated[list[CreditRole], AfterValidator(_credit_order)]


# ---------------------------------------------------------------- requests


class NewWriteUp(Input):
    title: Annotated[Text(SECTION_MAX, label="the working title: the diagnosis or "
                                             "intervention of focus, followed by "
                                             "\u201ccase report\u201d"),
                     AfterValidator(_no_dates)] | None = None


class WriteUpSections(Input):
    """Sections to change, by CARE key, in Markdown (an empty text clears a section); the
    sections not sent keep the text of the version the save is based on."""

    title: SectionText | None = Field(None, description=_about("title"))
    keywords: SectionText | None = Field(None, description=_about("keywords"))
    abstract: SectionText | None = Field(None, description=_about("abstract"))
    introduction: SectionText | None = Field(None, description=_about("introduction"))
    patient_information: SectionText | None = Field(
        None, description=_about("patient_information"))
    clinical_findings: SectionText | None = Field(None,
                                                  description=_about("clinical_findings"))
    timeline: SectionText | None = Field(None, description=_about("timeline"))
    diagnostic_assessment: SectionText | None = Field(
        None, description=_about("diagnostic_assessment"))
    therapeutic_intervention: SectionText | None = Field(
        None, description=_about("therapeutic_intervention"))
    follow_up_outcomes: SectionText | None = Field(None,
                                                   description=_about("follow_up_outcomes"))
    discussion: SectionText | None = Field(None, description=_about("discussion"))
    patient_perspective: SectionText | None = Field(
        None, description=_about("patient_perspective"))
    informed_consent: SectionText | None = Field(None,
                                                 description=_about("informed_consent"))

    @model_validator(mode="before")
    @classmethod
    def _known_sections(cls, data: Any) -> Any:
        if isinstance(data, Mapping):
            unknown = sorted(str(k) for k in data if k not in SECTIONS)
            if unknown:
                raise ValueError(f"Unknown section(s): {', '.join(unknown)}. The known "
                                 f"sections are: {', '.join(SECTION_KEYS)}")
        return data

    @field_validator("title", "timeline")
    @classmethod
    def _relative_days(cls, text: str | None) -> str | None:
        return _no_dates(text) if text else text

    def sent(self) -> dict[str, str]:
        """The sections sent, by key (null counts as empty)."""
        return {key: getattr(self, key) or "" for key in SECTION_KEYS
                if key in self.model_fields_set}


def _one_line(event: str) -> str:
    return " ".join(event.split())


class WriteUpEvent(Input):
    day: int = Field(ge=-DAY_RANGE, le=DAY_RANGE,
                     description="relative day: 0 is the presentation, negative days are "
                                 "history before it; never a date")
    event: Annotated[Text(EVENT_MAX, label="what happened"), AfterValidator(_one_line),
                     AfterValidator(_no_dates)]


class WriteUpSave(Input):
    base_version: Id = Field(description="the version you started editing from")
    sections: WriteUpSections = Field(default_factory=WriteUpSections)
    timeline: list[WriteUpEvent] | None = Field(
        None, max_length=TIMELINE_MAX,
        description="the structured timeline, stored sorted by day (null or absent: the "
                    "base version's timeline)")


class WriteUpConsentRequest(Input):
    consent: ConsentKind = Field(description="; ".join(f"{k}: {v}"
                                                       for k, v in CONSENT_KINDS.items()))
    reference: Text(CONSENT_REFERENCE_MAX, label="the ethics board's reference (required "
                                                 "for a waiver)") | None = None


class WriteUpAuthorOrder(Input):
    order: list[Username] = Field(max_length=AUTHORS_MAX,
                                  description="every author's username, first author first")


def _only_true(value: bool) -> bool:
    if value is not True:
        raise ValueError("Send true to hand the corresponding role to this author")
    return value


class WriteUpAuthorUpdate(Input):
    roles: Roles | None = Field(None, description="the author's CRediT contribution roles")
    corresponding: Annotated[bool, AfterValidator(_only_true),
                             Field(json_schema_extra={"const": True})] | None = Field(
        None, description="true hands the corresponding role to this author")


class WriteUpRoles(Input):
    """An author's contribution roles (the authors page's form)."""

    roles: Roles = Field(default_factory=list)


class WriteUpInvite(Input):
    invitee: Text(INVITEE_MAX, label="a member's username (@ optional) or an email address")
    roles: Roles = Field(default_factory=list, description="proposed CRediT contribution "
                                                          "roles")
    message: Body(INVITE_MESSAGE_MAX, label="a note to the invitee") | None = None


class WriteUpImageDetails(Input):
    """The fields beside the file of an image upload (multipart/form-data)."""

    caption: Text(CAPTION_MAX, label="the caption") | None = None


class WriteUpImageAttest(Input):
    face_status: FaceStatus = Field(description="; ".join(f"{k}: {v}"
                                                          for k, v in FACE_STATUSES.items()))


class VersionCompareQuery(Query):
    from_: Id = Field(alias="from", description="the earlier version")
    to: Id = Field(description="the later version")


def form_fields(errors: dict[str, list[str]]) -> dict[str, list[str]]:
    """A save's (or a correction's) errors as the pages name their fields: a section by its
    own key ("sections.abstract" -> "abstract"), and each timeline event's messages under
    "timeline" with the event's number ("timeline.1.day" -> "timeline": "Event 2: …")."""
    shown: dict[str, list[str]] = {}
    for field, messages in errors.items():
        parts = field.split(".")
        if parts[0] == "sections" and len(parts) == 2:
            field = parts[1]
        elif parts[0] == "timeline" and len(parts) > 1 and parts[1].isdigit():
            field = "timeline"
            messages = [f"Event {int(parts[1]) + 1}: {m}" for m in messages]
        shown.setdefault(field, []).extend(messages)
    return shown


# ---------------------------------------------------------------- answers


class WriteUpSummary(Output):
    id: int
    title: str
    board: str
    status: Literal[STATES]  # type: ignore[valid-type]
    current_version: int
    corresponding: bool = Field(description="whether you are the corresponding author")
    created_at: datetime
    updated_at: datetime
    url: str


class WriteUpAuthor(Output):
    username: str
    display_name: str
    credentials: str
    position: int = Field(description="1 is the first author")
    roles: list[CreditRole]
    corresponding: bool
    joined_at: datetime


class WriteUpVersionSummary(Output):
    number: int
    kind: VersionKind
    based_on: int | None
    saved_by: str = Field(description="username")
    note: str
    created_at: datetime


class WriteUpSectionTexts(Output):
    """Every CARE section's text, by key."""

    title: str
    keywords: str
    abstract: str
    introduction: str
    patient_information: str
    clinical_findings: str
    timeline: str
    diagnostic_assessment: str
    therapeutic_intervention: str
    follow_up_outcomes: str
    discussion: str
    patient_perspective: str
    informed_consent: str


class WriteUpVersion(WriteUpVersionSummary):
    sections: WriteUpSectionTexts = Field(description="Markdown")
    cooked: WriteUpSectionTexts = Field(description="HTML")
    timeline: list[CaseEvent]


class WriteUpImage(Output):
    id: int
    content_type: Literal["image/png", "image/jpeg"]
    size: int
    width: int
    height: int
    caption: str
    face_status: FaceStatus | None
    face_attested_at: datetime | None
    created_at: datetime
    file_url: str


class WriteUpInvitation(Output):
    id: int
    case_id: int
    case_title: str
    invitee: str | None = Field(description="the member's username; null for an email "
                                            "invitation nobody answered yet")
    email: str | None = Field(None, description="the address invited: only for the "
                                                "write-up's authors and the invitee")
    roles: list[CreditRole]
    message: str
    status: Literal[INVITATION_STATES]  # type: ignore[valid-type]
    invited_by: str
    created_at: datetime
    responded_at: datetime | None


class WriteUpConsent(Output):
    consent: ConsentKind | None
    reference: str
    attested_at: datetime | None
    ready: bool = Field(description="obtained, or waived with the ethics board's reference")


class WriteUpChecklistItem(Output):
    key: SectionKey
    title: str
    complete: bool
    missing: str = Field(description="what is missing (empty when complete)")


Findings = dict[str, list[PhiFinding]] | None
FINDINGS = ("De-identification findings per section key (timeline events as "
            "'timeline.<n>'); null when the scanner is not installed")


class WriteUpList(Output):
    items: list[WriteUpSummary]
    invitations: list[WriteUpInvitation]


class WriteUpInvitationList(Output):
    items: list[WriteUpInvitation]


class WriteUpDetail(WriteUpSummary):
    authors: list[WriteUpAuthor]
    consent: WriteUpConsent
    version: WriteUpVersion
    checklist: list[WriteUpChecklistItem]
    complete: bool
    images: list[WriteUpImage]
    unattested_images: int
    findings: Findings = Field(description=FINDINGS)
    can_edit: bool
    can_manage_authors: bool


class WriteUpSaved(Output):
    version: WriteUpVersion
    merged: bool = Field(description="laid over co-authors' newer versions")
    changed: list[SectionKey] = Field(description="the sections this save changed")
    checklist: list[WriteUpChecklistItem]
    findings: Findings = Field(description=FINDINGS)


class WriteUpVersionList(Output):
    items: list[WriteUpVersionSummary]


class WriteUpSectionDiff(Output):
    key: SectionKey
    title: str
    changed: bool
    diff: list[DiffLine]
    events_changed: bool | None = Field(None, description="timeline only: whether its "
                                                          "events changed")
    events_diff: list[DiffLine] | None = Field(None, description="timeline only: its "
                                                                 "events, line by line")


class WriteUpVersionDiff(Output):
    from_: WriteUpVersionSummary = Field(alias="from")
    to: WriteUpVersionSummary
    sections: list[WriteUpSectionDiff]


class WriteUpAuthorList(Output):
    authors: list[WriteUpAuthor]
    invitations: list[WriteUpInvitation]


class WriteUpImageList(Output):
    items: list[WriteUpImage]


class WriteUpPreviewRequest(Input):
    raw: str = Field("", max_length=SECTION_MAX, description="a section's Markdown")


class WriteUpPreview(Output):
    html: str = Field(description="the section as it will be shown (markup.cook)")

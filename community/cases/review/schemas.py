"""Peer review's contract: what a withdrawal, the editor's screening and decision, a reviewer's
invitation, answer and review, a new due date and a correction may contain (the one
validation of pages and API), and the shapes the API answers with.

Double-anonymous in every answer: authors get reviews as "Reviewer N" (AnonymousReview: no
name, no confidential comments, no recommendation); reviewers get the write-up without its
authors (ReviewerAssignment); only editors get both sides (EditorAssignment, EditorCase)."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import Field

from community.boards.schemas import DiffLine
from community.cases.authoring.schemas import WriteUpSections
from community.cases.publication.schemas import PublishedAuthor, PublishedVersion
from community.cases.review.lifecycle import TRANSITIONS
from community.cases.review.models import (
    ASSIGNMENT_STATES,
    COMMENTS_MAX,
    DECISIONS,
    LETTER_MAX,
    NOTE_MAX,
    RATING_MAX,
    RATING_MIN,
    RATING_QUESTIONS,
    RECOMMENDATIONS,
    STATEMENT_MAX,
)
from community.cases.states import DRAFT, STATES
from community.platform.accounts.schemas import Author
from community.platform.contract import Body, Input, Output, Query, Text

State = Literal[STATES]  # type: ignore[valid-type]
AssignmentState = Literal[ASSIGNMENT_STATES]  # type: ignore[valid-type]
TransitionName = Literal[tuple(TRANSITIONS)]  # type: ignore[valid-type]
Recommendation = Literal[tuple(RECOMMENDATIONS)]  # type: ignore[valid-type]
Letter = Body(LETTER_MAX, label="the letter to the authors, in Markdown")
Comments = Body(COMMENTS_MAX)
Statement = Body(STATEMENT_MAX)


def _rating(question: str) -> Any:
    return Field(ge=RATING_MIN, le=RATING_MAX,
                 description=f"{RATING_QUESTIONS[question]}: {RATING_MIN} (poor) to "
                             f"{RATING_MAX} (excellent)")


# ---------------------------------------------------------------- requests


class WithdrawRequest(Input):
    note: Body(NOTE_MAX, label="a note to the editors") | None = None


class ScreeningRequest(Input):
    action: Literal["send_to_review", "decline"]
    letter: Letter | None = Field(None, description="the letter to the authors, in Markdown "
                                                    "(required to decline)")


class DecisionRequest(Input):
    decision: Literal["accept", "revisions", "reject"]
    letter: Letter


class InviteReviewerRequest(Input):
    username: Text(32, label="the reviewer's username")
    due_on: date = Field(description="reviews are accepted through this day (UTC): after "
                                     "today, at most 180 days ahead")


class DueDateRequest(Input):
    due_on: date = Field(description="the new due date (UTC): after today, at most 180 days "
                                     "ahead")


class ReviewRating(Input):
    acceptable: bool = Field(description="whether the review is complete and useful enough "
                                         "to earn its reviewer manuscript-review credit")


class CorrectionRequest(Input):
    sections: WriteUpSections = Field(description="the sections corrected (the others keep "
                                                  "their text)")
    note: Body(NOTE_MAX, label="the correction's note, shown on the published page")


class InvitationResponse(Input):
    accept: bool
    competing_interests: bool | None = Field(None, description="required to accept: whether "
                                                               "you have competing interests, "
                                                               "explicitly")
    statement: Statement | None = Field(None, description="the competing interests (required "
                                                          "when competing_interests is true)")
    reason: Statement | None = Field(None, description="why you decline (optional)")


class ReviewRequest(Input):
    originality: int = _rating("originality")
    clinical_value: int = _rating("clinical_value")
    care_completeness: int = _rating("care_completeness")
    deidentification: int = _rating("deidentification")
    clarity: int = _rating("clarity")
    comments_to_authors: Comments = Field(description="shown to the authors without your "
                                                      "name (Markdown)")
    comments_to_editor: Comments | None = Field(None, description="confidential: the editors "
                                                                  "only")
    recommendation: Recommendation

    def ratings(self) -> dict[str, int]:
        return {q: getattr(self, q) for q in RATING_QUESTIONS}


class EditorDashboardQuery(Query):
    state: Literal[tuple(s for s in STATES if s != DRAFT)] | None = Field(  # type: ignore[valid-type]
        None, description="only the submissions in this state")


class BoardEditorForm(Input):
    """The administrators' page: appoint (or remove) a board editor."""

    board: Text(60, label="the board's slug")
    username: Text(32, label="the member's username")
    appoint: bool = True


# ---------------------------------------------------------------- answers


class CaseSummary(Output):
    id: int
    title: str
    board: str
    status: State
    status_label: str
    current_version: int
    updated_at: datetime


class WorkflowStep(Output):
    name: TransitionName
    label: str


class ReviewRound(Output):
    number: int
    version: int = Field(description="the version reviewed")
    submitted_at: datetime
    opened_at: datetime | None
    closed_at: datetime | None


class CaseTransition(Output):
    name: TransitionName
    from_: State = Field(alias="from")
    to: State
    actor: str | None = Field(description="username")
    at: datetime
    note: str
    round: int | None


class CaseWorkflow(CaseSummary):
    authors: list[PublishedAuthor]
    available: list[WorkflowStep] = Field(description="what you may do next")
    readiness: dict[str, list[str]] = Field(description="what still blocks submission, by "
                                                        "topic")
    rounds: list[ReviewRound]
    history: list[CaseTransition]
    url: str


class CaseDecision(Output):
    id: int
    decision: Literal[tuple(DECISIONS)]  # type: ignore[valid-type]
    label: str
    round: int | None
    editor: str | None = Field(description="the editor's display name")
    letter: str
    letter_html: str
    created_at: datetime


class ReviewRatings(Output):
    originality: int
    clinical_value: int
    care_completeness: int
    deidentification: int
    clarity: int


class AnonymousReview(Output):
    """A review as the authors (and, once decided, the other reviewers) see it."""

    reviewer: str = Field(description='"Reviewer N": never a name')
    ratings: ReviewRatings
    comments_to_authors: str
    comments_html: str
    submitted_at: datetime


class ReviewDetail(AnonymousReview):
    """A review as its editors and its own reviewer see it."""

    comments_to_editor: str = Field(description="confidential: the editors only")
    recommendation: Recommendation
    acceptable: bool | None = Field(description="the editor's rating of the review (null: "
                                                "not rated yet); acceptable earns credit")


class DecidedRound(ReviewRound):
    reviews: list[AnonymousReview]


class CaseDecisions(CaseSummary):
    decisions: list[CaseDecision]
    rounds: list[DecidedRound]


class EditorDashboard(Output):
    states: dict[str, list[CaseSummary]] = Field(description="submissions by state")


class EditorAssignment(Output):
    id: int
    round: int
    label: str = Field(description='"Reviewer N", as the authors see them')
    reviewer: Author
    status: AssignmentState
    due_on: date
    invited_at: datetime
    responded_at: datetime | None
    decline_reason: str
    competing_interests: bool | None
    competing_statement: str
    review: ReviewDetail | None


class EditorCase(CaseWorkflow):
    decisions: list[CaseDecision]
    assignments: list[EditorAssignment]


class ReviewSectionDiff(Output):
    key: str = Field(description="a CARE section key, or 'timeline_events'")
    title: str
    lines: list[DiffLine]


class ReviewerAssignment(Output):
    """What a reviewer sees: the write-up without its authors (double-anonymous)."""

    id: int
    label: str
    title: str
    board: str
    round: int
    status: AssignmentState
    due_on: date
    invited_at: datetime
    competing_interests: bool | None
    competing_statement: str
    version: PublishedVersion | None = Field(description="the round's version, without its "
                                                         "authors (only the title and "
                                                         "abstract until you accept)")
    previous_version: int | None = Field(description="the version you reviewed in an "
                                                     "earlier round")
    diff: list[ReviewSectionDiff] = Field(description="the changes since that version")
    review: ReviewDetail | None = Field(description="your review")
    decision: str | None = Field(description="the round's outcome, once decided")
    others: list[AnonymousReview] = Field(description="the other reviews, once decided")
    url: str


class ReviewerAssignmentItem(Output):
    id: int
    title: str
    round: int
    status: AssignmentState
    due_on: date
    invited_at: datetime
    url: str


class ReviewerAssignmentList(Output):
    items: list[ReviewerAssignmentItem]


class BoardEditor(Output):
    username: str
    display_name: str
    credentials: str
    verified: bool
    appointed_at: datetime


class BoardEditorList(Output):
    board: str
    items: list[BoardEditor]

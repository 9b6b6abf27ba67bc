"""The credit contract: what the credit office, editors, hosts and learners send (pages and
API alike) and the shapes the API answers with. Limits live here once."""
from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, model_validator

from community.credit.models import LEARNER_FIELDS, MOORE_LEVELS, SOURCES
from community.platform.contract import Body, Input, Matching, Output, Query, Text
from community.platform.i18n import _, _l

OBJECTIVE_MAX, MAX_OBJECTIVES = 300, 10
MAX_QUESTIONS, MAX_OPTIONS = 20, 6
MAX_COMMITMENTS = 3
STATEMENT_MAX = 2000
MAX_CREDITS = 100
# Credits are multiples of 0.25 (15 minutes of a live activity).
Credits = Annotated[float, Field(gt=0, le=MAX_CREDITS, multiple_of=0.25,
                                 description="credits, in steps of 0.25",
                                 examples=[1.5])]
Rating = Annotated[int, Field(ge=1, le=5, description="1 (not at all) to 5 (fully)")]
Percent = Annotated[int, Field(ge=1, le=100)]
TypeKey = Matching(r"^[a-z][a-z0-9_]{1,39}$", _l("Use 2–40 lower-case letters, digits or "
                                                "underscores, starting with a letter."),
                   max_length=40)
MooreLevel = Literal[tuple(MOORE_LEVELS)]  # type: ignore[valid-type]
LearnerField = Literal[tuple(LEARNER_FIELDS)]  # type: ignore[valid-type]


def _lines(value: Any) -> Any:
    """A textarea's lines as a list (pages); a list stays a list (API)."""
    if isinstance(value, str):
        return [line.strip() for line in value.replace("\r\n", "\n").split("\n")
                if line.strip()]
    return value


def _words(value: Any) -> Any:
    """A comma-separated field as a list (pages); a list stays a list (API)."""
    if isinstance(value, str):
        return [word.strip() for word in value.split(",") if word.strip()]
    return value


Lines = BeforeValidator(_lines)
Words = BeforeValidator(_words)


# ---------------------------------------------------------------- the credit office


class ProviderSettings(Input):
    name: Text(200, label="The provider's name")
    accreditation_statement: Body(4000, label="The accreditation statement")
    claim_window_days: int = Field(30, ge=1, le=366, description="days after an activity "
                                   "ends in which learners may claim")
    follow_up_days: int = Field(28, ge=1, le=366, description="days after a commitment to "
                                "change before its follow-up")


class CreditTypeSettings(Input):
    key: TypeKey
    name: Text(120, label="The credit's name")
    designation_statement: Body(STATEMENT_MAX, label="The designation statement; "
                                "{credits} stands for the amount")
    credentials: Annotated[list[Literal["MD", "DO", "MBBS", "RN", "NP", "PA", "PharmD",
                                        "student", "other"]], Words] = Field(
        default_factory=list, description="who may claim it (empty: every member)")
    required_fields: Annotated[list[LearnerField], Words] = Field(default_factory=list)
    position: int = Field(0, ge=0, le=1000)
    active: bool = True


class Appointment(Input):
    username: Text(32, label="The member's username")


# ---------------------------------------------------------------- designation


class Designation(Input):
    """What every designation says: objectives, outcomes targeted, credits, support."""

    objectives: Annotated[list[Text(OBJECTIVE_MAX, label="An objective")], Lines] = Field(
        min_length=1, max_length=MAX_OBJECTIVES, description="learning objectives")
    moore_levels: Annotated[list[MooreLevel], Words] = Field(
        min_length=1, description="the outcome levels it targets (Moore)")
    max_credits: Credits
    credit_types: Annotated[list[TypeKey], Words] = Field(min_length=1)
    commercial_support: bool = False
    support_amount: Text(40, label="The amount") | None = None
    support_source: Text(200, label="The source") | None = None

    @model_validator(mode="after")
    def _support_named(self) -> Designation:
        if self.commercial_support and not (self.support_amount and self.support_source):
            raise ValueError(_("Name the amount and the source of the commercial support."))
        return self


class SessionDesignation(Designation):
    claim_window_days: int | None = Field(None, ge=1, le=366)


class Question(Input):
    stem: Body(2000, label="The question")
    options: list[Text(500, label="An option")] = Field(min_length=2, max_length=MAX_OPTIONS)
    correct: int = Field(ge=0, lt=MAX_OPTIONS, description="the index of the best answer")
    explanation: Body(4000, label="The explanation, shown after the attempt")

    @model_validator(mode="after")
    def _correct_exists(self) -> Question:
        if self.correct >= len(self.options):
            raise ValueError(_("The best answer must be one of the options."))
        return self


class JournalDesignation(Designation):
    pass_mark: Annotated[int, Field(ge=1, le=100)] = 70
    questions: list[Question] = Field(min_length=1, max_length=MAX_QUESTIONS)
    claim_window_days: int | None = Field(None, ge=1, le=3660)


# ---------------------------------------------------------------- learners


class LearnerIdentifiers(Input):
    npi: Matching(r"^\d{10}$", _l("An NPI has 10 digits."), max_length=10) | None = None
    licence_number: Text(40, label="The licence number") | None = None
    licence_state: Text(40, label="The licensing state or body") | None = None
    nabp_eprofile_id: Matching(r"^\d{1,10}$", _l("The NABP e-Profile ID is a number."),
                               max_length=10) | None = None
    birth_month: int | None = Field(None, ge=1, le=12)
    birth_day: int | None = Field(None, ge=1, le=31)
    target_credits: Credits | None = None
    target_years: int = Field(2, ge=1, le=10)


class EvaluationForm(Input):
    objectives_met: Rating
    relevance: Rating
    free_of_bias: bool = Field(description="was the content free of commercial bias?")
    bias_comment: Body(2000, label="What seemed biased") | None = None
    overall: Rating
    comment: Body(4000, label="Anything else") | None = None
    commitments: Annotated[list[Text(500, label="A change you intend to make")], Lines] = Field(
        default_factory=list, max_length=MAX_COMMITMENTS,
        description="up to three changes you commit to make (optional)")

    @model_validator(mode="after")
    def _bias_explained(self) -> EvaluationForm:
        if not self.free_of_bias and not self.bias_comment:
            raise ValueError(_("Say what seemed commercially biased."))
        return self


class CreditClaimRequest(Input):
    credit_type: TypeKey
    credits: Credits


class AttemptRequest(Input):
    answers: list[int] = Field(min_length=1, max_length=MAX_QUESTIONS,
                               description="the chosen option's index, per question")


class FollowUpAnswer(Input):
    outcome: Literal["implemented", "partly", "not_yet"]
    changed: Body(2000, label="What changed") | None = None
    barriers: Body(2000, label="What stood in the way") | None = None


class Reopening(Input):
    username: Text(32, label="The member's username")
    reason: Body(1000, label="The reason")
    days: int = Field(14, ge=1, le=90)


class Correction(Input):
    credits: float = Field(ge=-MAX_CREDITS, le=MAX_CREDITS, multiple_of=0.25,
                           description="the change, in steps of 0.25 (negative to take away)")
    reason: Body(1000, label="The reason")


class Revocation(Input):
    reason: Body(1000, label="The reason")


class TranscriptQuery(Query):
    start: date | None = Field(None, alias="from", description="first day (inclusive)")
    end: date | None = Field(None, alias="to", description="last day (inclusive)")


class ReportQuery(Query):
    year: int | None = Field(None, ge=2000, le=2100)


# ---------------------------------------------------------------- answers


class ActivityOut(Output):
    id: int
    kind: str
    title: str
    objectives: list[str]
    moore_levels: list[str]
    max_credits: float
    credit_types: list[str]
    commercial_support: bool
    support_amount: str
    support_source: str
    pass_mark: int | None
    starts_at: datetime | None
    ends_at: datetime | None
    claim_deadline: datetime | None
    session_id: int | None
    case_id: int | None
    url: str


class CreditTypeOut(Output):
    key: str
    name: str
    designation_statement: str
    credentials: list[str]
    required_fields: list[str]
    position: int
    active: bool


class ProviderOut(Output):
    name: str
    accreditation_statement: str
    claim_window_days: int
    follow_up_days: int
    credit_types: list[CreditTypeOut]


class QuestionOut(Output):
    position: int
    stem: str
    options: list[str]


class QuestionList(Output):
    pass_mark: int = Field(description="the percent needed to pass, announced before you try")
    items: list[QuestionOut]


class EvaluationOut(Output):
    evaluated: bool
    commitment_id: int | None
    follow_up_due: datetime | None


class LearnerProfileOut(Output):
    npi: str | None
    licence_number: str | None
    licence_state: str | None
    nabp_eprofile_id: str | None
    birth_month: int | None
    birth_day: int | None
    target_credits: float | None
    target_years: int


class CommitmentOut(Output):
    id: int
    activity_id: int
    activity: str
    statements: list[str]
    created_at: datetime
    follow_up_due: datetime
    answered_at: datetime | None
    outcome: str | None
    changed: str
    barriers: str


class CommitmentList(Output):
    items: list[CommitmentOut]


class AttemptOut(Output):
    score: int
    passed: bool
    pass_mark: int
    explanations: list[dict[str, Any]] = Field(description="per question: your answer, the "
                                               "best answer and why")


class EntryOut(Output):
    id: int
    credits: float
    source: Literal[tuple(SOURCES)]  # type: ignore[valid-type]
    credit_type: str
    created_at: datetime
    corrects: int | None
    reason: str


class ClaimOut(Output):
    id: int
    code: str
    activity: ActivityOut
    credit_type: str
    source: str
    credits: float
    completed_on: date
    claimed_at: datetime
    revoked: bool
    entries: list[EntryOut]
    certificate: str = Field(description="the certificate's page")
    certificate_pdf: str
    certificate_json: str


class ClaimList(Output):
    items: list[ClaimOut]


class Claimable(Output):
    activity: ActivityOut
    source: str
    credits: float = Field(description="the most you may claim")
    minutes: int | None
    deadline: datetime | None
    needs: list[str] = Field(description="what is still missing before you can claim")


class ClaimableList(Output):
    items: list[Claimable]


class TypeTotal(Output):
    credit_type: str
    name: str
    year: int
    credits: float


class MyCredit(Output):
    totals: list[TypeTotal]
    by_month: list[dict[str, Any]]
    target_credits: float | None
    target_years: int
    towards_target: float


class Verification(Output):
    code: str
    valid: bool
    status: Literal["valid", "revoked"]
    activity: str
    credits: float
    credit_type: str
    completed_on: date

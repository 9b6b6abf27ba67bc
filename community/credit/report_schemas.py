"""The contract of the reports' API answers: an activity's and a series' reports, the credit
office's year and its accreditor rows (what the pages and the TSV files show, from the same
functions of community/credit/reports.py and exports.py), and xAPI 1.0.3 statements (the
learner's own figures answer with community.credit.schemas.MyCredit). Only the parts of a
statement Rounds sends are described; field names are xAPI's own (camelCase on the wire)."""
from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import Field, RootModel

from community.platform.contract import Output

Share = Annotated[float, Field(ge=0, description="a share: 1 is all of them")]
Mean = Annotated[float, Field(ge=1, le=5, description="the mean answer, 1 (not at all) to 5 "
                              "(fully)")]

LanguageMap = dict[str, str]


class XapiAccount(Output):
    home_page: str = Field(alias="homePage", description="this site's public address")
    name: str = Field(description="the member's id on this site (never an email)")


class XapiAgent(Output):
    object_type: Literal["Agent"] = Field(alias="objectType")
    account: XapiAccount


class XapiVerb(Output):
    id: Literal["http://adlnet.gov/expapi/verbs/attended",
                "http://adlnet.gov/expapi/verbs/completed",
                "http://adlnet.gov/expapi/verbs/passed"]
    display: LanguageMap


class XapiDefinition(Output):
    name: LanguageMap
    type: str


class XapiActivity(Output):
    object_type: Literal["Activity"] = Field(alias="objectType")
    id: str = Field(description="the activity's IRI: its page on this site")
    definition: XapiDefinition


class XapiScore(Output):
    scaled: float = Field(ge=0, le=1)
    raw: int
    min: int
    max: int


class XapiResult(Output):
    completion: bool | None = None
    success: bool | None = None
    duration: str | None = Field(None, description="ISO 8601 duration (PT45M)")
    score: XapiScore | None = None
    extensions: dict[str, float] | None = Field(
        None, description="{base_url}/xapi/credits: the credits awarded")


class XapiContext(Output):
    platform: str


class XapiStatement(Output):
    id: str = Field(description="a UUID derived from the statement: the same on every export")
    version: Literal["1.0.3"]
    actor: XapiAgent
    verb: XapiVerb
    object: XapiActivity
    result: XapiResult | None = None
    context: XapiContext
    timestamp: str = Field(description="ISO 8601, UTC (Z)")


class XapiStatements(RootModel[list[XapiStatement]]):
    """An activity's statements, oldest first."""


# ---------------------------------------------------------------- the provider's reports


class ReportActivity(Output):
    id: int
    kind: str
    format: str = Field(description="the kind as accreditors name it")
    title: str
    starts_at: datetime | None
    ends_at: datetime | None
    max_credits: float = Field(description="the credits it is designated for")
    moore_levels: list[str] = Field(description="the outcomes it targets (Moore's levels)")
    commercial_support: bool
    support_amount: str
    support_source: str
    session_id: int | None
    series_id: int | None


class ReportTypeCount(Output):
    name: str = Field(description="the credit type's name")
    learners: int
    credits: float


class ReportShare(Output):
    credits: float = Field(description="credits awarded")
    learners: int = Field(description="learners awarded that many")


class ReportEvaluations(Output):
    """Anonymous evaluations: the aggregates appear only from `minimum` responses on; below
    (and in a series whose sessions' own reports would give them away) only the count and
    `withheld`."""

    responses: int
    minimum: int
    withheld: bool
    objectives_met: Mean | None = None
    relevance: Mean | None = None
    overall: Mean | None = None
    free_of_bias: Share | None = Field(None, description="the share saying the content was "
                                       "free of commercial bias")
    bias_comments: list[str] | None = Field(None, description="what seemed biased, in "
                                            "alphabetical order (never as sent)")


class ReportOutcomes(Output):
    implemented: int
    partly: int
    not_yet: int


class ReportFollowUps(Output):
    """Commitments to change and their follow-ups (Moore level 5, self-reported). The outcomes
    appear to hosts and presenters from the evaluations' minimum of answers on, to the credit
    office always."""

    commitments: int
    commitment_rate: Share | None = Field(description="commitments per learner")
    asked: int = Field(description="follow-ups sent")
    answered: int
    answered_share: Share | None = Field(description="of those asked")
    withheld: bool
    outcomes: ReportOutcomes | None = None


class ReportLearner(Output):
    """A learner's awarded credit with the identifiers accreditors match learners by."""

    claim_id: int
    user_id: int
    name: str
    username: str
    credential: str
    credit_type: str
    credit_type_name: str
    credits: float
    completed_on: date
    code: str = Field(description="the certificate's code")
    npi: str | None
    licence_number: str | None
    licence_state: str | None
    nabp_eprofile_id: str | None
    birth_month: int | None
    birth_day: int | None


class ReportFigures(Output):
    full: bool = Field(description="true for the credit office, whose reports name the "
                       "learners (`learner_rows`); others read counts only")
    learners: int = Field(description="in a series: attendances")
    physicians: int
    others: int
    credits: float = Field(description="credits awarded")
    by_type: list[ReportTypeCount] = Field(description="in the provider's order")
    distribution: list[ReportShare] = Field(description="smallest award first")
    evaluations: ReportEvaluations
    follow_ups: ReportFollowUps
    learner_rows: list[ReportLearner] | None = Field(
        None, description="the credit office only (absent for everyone else), by name")


class ActivityReportOut(Output):
    activity: ReportActivity
    series_report: str | None = Field(description="the series' report for the activity's "
                                      "year, when the reader may read it")
    figures: ReportFigures


class SeriesReportSession(Output):
    activity_id: int
    title: str
    starts_at: datetime | None
    learners: int
    credits: float
    responses: int = Field(description="evaluations received")
    report: str = Field(description="the session's own report")


class SeriesReportOut(Output):
    """A series' designated sessions of one calendar year taken as one activity (accreditors
    count a regularly scheduled series once a year, each attendance a learner)."""

    series_id: int
    year: int
    years: list[int] = Field(description="years with a designated session, newest first")
    title: str
    hours_of_instruction: float
    sessions: list[SeriesReportSession]
    figures: ReportFigures


# ---------------------------------------------------------------- the credit office's year


class OfficeYearEntry(Output):
    """An activity, or a series' sessions of the year taken together."""

    title: str
    kind: str
    format: str
    activity_id: int | None
    series_id: int | None
    starts_at: datetime | None
    sessions: int
    learners: int
    report: str = Field(description="its report: the activity's, or the series' for the year")


class OfficeYearOut(Output):
    year: int
    years: list[int] = Field(description="years to pick from, newest first")
    items: list[OfficeYearEntry]


class ParsActivityRow(Output):
    """A row of the PARS activities file (an RSS row per series and year). The file's cells:
    Yes/No as booleans, amounts as numbers, an empty cell as null."""

    activity_id: str = Field(description="activity-<id>, or series-<id>-<year>")
    activity_title: str
    activity_type: str
    start_date: date
    end_date: date
    hours_of_instruction: float
    physician_learners: int
    other_learners: int
    commercial_support_received: bool
    commercial_support_amount: str | None
    commercial_support_source: str | None
    designed_to_change_competence: bool
    designed_to_change_performance: bool
    designed_to_change_patient_outcomes: bool
    changes_in_competence_evaluated: bool
    changes_in_performance_evaluated: bool
    changes_in_patient_outcomes_evaluated: bool
    sessions: int


class ParsLearnerRow(Output):
    """A row of the PARS learners file: one awarded learner credit (the file's cells; an empty
    cell as null)."""

    activity_id: str
    learner_first_name: str | None
    learner_last_name: str
    npi: str | None
    licence_number: str | None
    licence_state: str | None
    nabp_e_profile_id: str | None
    birth_month: int | None
    birth_day: int | None
    completion_date: date
    credits: float
    credit_type: str
    credential: str | None


class ParsActivities(Output):
    year: int
    items: list[ParsActivityRow]


class ParsLearners(Output):
    year: int
    items: list[ParsLearnerRow]

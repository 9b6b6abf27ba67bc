"""The contract of the reports' API answers: xAPI 1.0.3 statements (the learner's own figures
answer with community.credit.schemas.MyCredit). Only the parts of a statement Rounds sends
are described; field names are xAPI's own (camelCase on the wire)."""
from __future__ import annotations

from typing import Literal

from pydantic import Field, RootModel

from community.platform.contract import Output

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

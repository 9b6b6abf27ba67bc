"""The disclosures' contract: a disclosure and its relationship rows, the company list, a
request for a content role (the one validation of the pages and the API), and the shapes the
API answers with. Rules: ACCME Standards for Integrity and Independence, Standard 3, as
restated in docs/domain.md §1.

A filing's errors keep the form's names in the API too: `rel-<n>-<field>` for relationship
<n> (counted from 1, blank rows included: the numbering is the member's own), as the page
and its error summary have always named them."""
from __future__ import annotations

import calendar
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    BeforeValidator,
    Field,
    PlainValidator,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic import ValidationError as PydanticError
from pydantic_core import InitErrorDetails

from community.platform.accounts.schemas import Author
from community.platform.contract import (
    Body,
    Id,
    Input,
    Output,
    Page,
    Query,
    Text,
    errors_of,
)
from community.platform.db import utcnow
from community.platform.i18n import _, _l
from community.platform.parsing import add_months
from moderation.disclosures.models import (
    COMPANY_KINDS,
    CONTENT_KIND_LABELS,
    CONTENT_KINDS,
    CONTENT_ROLES,
    LOOKBACK_MONTHS,
    MAX_RELATIONSHIPS,
    NAME_MAX,
    NATURES,
    NOTE_MAX,
    OWNER_EXCEPTIONS,
    OWNERSHIP_TYPES,
    company_key,
)

Nature = Literal[tuple(NATURES)]  # type: ignore[valid-type]
OwnershipType = Literal[tuple(OWNERSHIP_TYPES)]  # type: ignore[valid-type]
ContentRole = Literal[tuple(CONTENT_ROLES)]  # type: ignore[valid-type]
ContentKind = Literal[CONTENT_KINDS]  # type: ignore[valid-type]
COMPANY_FILTERS = ("all", "unclassified", "ineligible", "eligible")


def _spaced(name: str) -> str:
    return " ".join(name.split())


CompanyName = Text(NAME_MAX, label="the company's name (not a product or brand)",
                   examples=["Pfizer"])


def _no_kind(value: object) -> object:
    return None if value == "" else value


# A company's kind: "" (or null) for none, as answers show it.
CompanyKind = Annotated[Literal[tuple(COMPANY_KINDS)] | None,  # type: ignore[valid-type]
                        BeforeValidator(_no_kind)]
Notes = Body(NOTE_MAX, label="notes for moderators")


# ---------------------------------------------------------------- a disclosure


def _today() -> date:
    return utcnow().date()


def _date(value: object, what: str, *, end: bool = False) -> date:
    """YYYY-MM-DD, or YYYY-MM (the month's first day for a start, its last for an end)."""
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) == 7 and text[4] == "-":
                year, month = int(text[:4]), int(text[5:7])
                return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
            if len(text) == 10:
                return date.fromisoformat(text)
        except ValueError:
            pass
    raise ValueError(_("%(what)s must be a date (YYYY-MM-DD or YYYY-MM)", what=what))


def _started_on(value: object) -> date:
    start = value if isinstance(value, date) else _date(value, _("the start date"))
    if start > _today():
        raise ValueError(_("the start date is in the future"))
    return start


def _ownership_type(value: object, info: ValidationInfo) -> str | None:
    """Only an ownership interest has one, and it must say which (public stock does not make
    an owner; stock in a privately held company does: ACCME Standard 3.2)."""
    if value in (None, ""):
        value = None
    elif value not in OWNERSHIP_TYPES:
        raise ValueError(_("the ownership type is one of: %(types)s",
                           types=", ".join(OWNERSHIP_TYPES)))
    if "nature" not in info.data:  # the nature says what is wrong first
        return value
    if info.data["nature"] != "ownership_interest":
        return None
    if value is None:
        raise ValueError(_("say whether the company is privately held or publicly traded "
                           "(stock in a private company makes you an owner; public stock "
                           "does not)"))
    return value


def _ended_on(value: object, info: ValidationInfo) -> date | None:
    end = None if value in (None, "") else (
        value if isinstance(value, date) else _date(value, _("the end date"), end=True))
    if "ongoing" not in info.data:
        return end
    ongoing, start, today = info.data["ongoing"], info.data.get("started_on"), _today()
    if end is None and not ongoing:
        raise ValueError(_("give the end date, or tick “ongoing”"))
    if end is None:
        return None
    if ongoing:
        raise ValueError(_("an ongoing relationship has no end date; clear one of them"))
    if end > today:
        raise ValueError(_("the end date is in the future; if it is still going on, tick "
                           "“ongoing”"))
    if start is not None and end < start:
        raise ValueError(_("the end date is before the start date"))
    earliest = add_months(today, -LOOKBACK_MONTHS)
    if end < earliest:  # only the past 24 months are collected (ACCME Standard 3.1)
        raise ValueError(_("it ended more than %(months)d months ago (before %(earliest)s): "
                           "only relationships of the past %(months)d months are "
                           "disclosed. Remove it", months=LOOKBACK_MONTHS,
                           earliest=earliest.isoformat()))
    return end


_DATE_SCHEMA = {"type": "string", "pattern": r"^\d{4}-\d{2}(-\d{2})?$"}


class RelationshipEntry(Input):
    """One financial relationship with a company in the past 24 months: no amounts, and
    never a spouse's or partner's (ACCME Standard 3.1)."""

    company: CompanyName = Field(description="a listed company's name, or a new one (queued "
                                             "to be classified)")
    nature: Nature
    ownership_type: Annotated[OwnershipType | None, PlainValidator(_ownership_type),
                              WithJsonSchema({"anyOf": [{"enum": list(OWNERSHIP_TYPES)},
                                                        {"type": "null"}]})] = Field(
        None, validate_default=True, description="for an ownership interest only")
    started_on: Annotated[date, PlainValidator(_started_on), WithJsonSchema(_DATE_SCHEMA)] = \
        Field(description="YYYY-MM-DD, or YYYY-MM for the month's first day")
    ongoing: bool = False
    ended_on: Annotated[date | None, PlainValidator(_ended_on), WithJsonSchema(
        {"anyOf": [_DATE_SCHEMA, {"type": "null"}]})] = Field(
        None, validate_default=True,
        description="YYYY-MM-DD, or YYYY-MM for the month's last day; empty when ongoing")

    @field_validator("company")
    @classmethod
    def _one_space(cls, company: str) -> str:
        return _spaced(company)


# What a row's messages call its fields, and what a missing one says.
_ROW_FIELDS = {"company": _l("the company"), "nature": _l("the nature"),
               "ownership_type": _l("the ownership type"), "started_on": _l("the start date"),
               "ongoing": _l("“ongoing”"), "ended_on": _l("the end date")}


def _nature_choice() -> str:
    return _("choose the nature among %(natures)s",
             natures=", ".join(str(label) for label in NATURES.values()))


_MISSING = {"company": _l("the company is required"), "nature": _nature_choice,
            "started_on": _l("when did it start?")}


def _blank(row: object) -> bool:
    """An empty row of the form (or of JSON): skipped, its number kept."""
    return isinstance(row, dict) and all(v in (None, "", False) for v in row.values())


def _row_error(n: int, error: dict[str, Any]) -> InitErrorDetails:
    """A relationship's error, under the form's name for the field (rel-<n>-<field>)."""
    rest = [part for part in error["loc"][2:] if not isinstance(part, int)]
    field = str(rest[0]) if rest else ""
    if not field:
        key, message = f"rel-{n}", _("Relationship %(n)d must be an object", n=n)
    else:
        key, kind = f"rel-{n}-{field}", error["type"]
        if kind == "value_error":
            text = str(error["ctx"]["error"])
        elif kind in ("missing", "string_too_short") and field in _MISSING:
            missing = _MISSING[field]
            text = missing() if callable(missing) else str(missing)
        elif kind == "literal_error" and field == "nature":
            text = _nature_choice()
        else:  # the contract's own wording, about this row's field
            standard = errors_of(PydanticError.from_exception_data("row", [_again(error)]))
            text = f"{_ROW_FIELDS.get(field, field)}: " + " ".join(  # i18n: ignore
                m[:1].lower() + m[1:] for messages in standard.values() for m in messages)
        message = _("Relationship %(n)d: %(text)s", n=n, text=text)
    return {"type": "value_error", "loc": (key,), "input": error.get("input"),
            "ctx": {"error": message.rstrip(".")}}


def _again(error: dict[str, Any]) -> InitErrorDetails:
    detail: InitErrorDetails = {"type": error["type"], "loc": error["loc"],
                                "input": error.get("input")}
    if "ctx" in error:
        detail["ctx"] = error["ctx"]
    return detail


def _problem(key: str, message: str, value: object = None) -> InitErrorDetails:
    return {"type": "value_error", "loc": (key,), "input": value, "ctx": {"error": message}}


class DisclosureFiling(Input):
    """A new version of the member's disclosure: every relationship with an ineligible
    company in the past 24 months, or an explicit declaration of none, confirmed complete."""

    relationships: list[RelationshipEntry] = Field(default_factory=list,
                                                   max_length=MAX_RELATIONSHIPS)
    declared_none: bool = Field(False, validate_default=True, description=(
        "true: no financial relationships with ineligible companies in the past "
        f"{LOOKBACK_MONTHS} months"))
    confirm: bool = Field(False, validate_default=True, description="must be true: the "
                          "member declares the disclosure complete and accurate")

    @field_validator("declared_none")
    @classmethod
    def _none_or_listed(cls, declared: bool, info: ValidationInfo) -> bool:
        if "relationships" not in info.data:  # the rows say what is wrong first
            return declared
        listed = len(info.data["relationships"])
        if declared and listed:
            raise ValueError(_("You declared no relationships but listed %(listed)d: untick "
                               "“I have none”, or remove them", listed=listed))
        if not declared and not listed:
            raise ValueError(_("List each financial relationship with an ineligible "
                               "company in the past %(months)d months, or declare that you "
                               "have none", months=LOOKBACK_MONTHS))
        return declared

    @field_validator("confirm")
    @classmethod
    def _confirmed(cls, confirm: bool) -> bool:
        if not confirm:
            raise ValueError(_("Confirm that this disclosure is complete and accurate"))
        return confirm

    @model_validator(mode="wrap")
    @classmethod
    def _numbered_rows(cls, data: Any, handler: Any) -> DisclosureFiling:
        """Blank rows are skipped and every row's errors keep the member's numbering
        (rel-<n>-<field>); one relationship listed twice is an error on the second."""
        numbers: list[int] = []
        if isinstance(data, dict) and isinstance(data.get("relationships"), list):
            rows = data["relationships"]
            if len(rows) > MAX_RELATIONSHIPS:
                raise PydanticError.from_exception_data("DisclosureFiling", [_problem(
                    "relationships", _("At most %(max)d relationships", max=MAX_RELATIONSHIPS))])
            kept = [(n, row) for n, row in enumerate(rows, 1) if not _blank(row)]
            numbers = [n for n, _ in kept]
            data = {**data, "relationships": [row for _, row in kept]}
        try:
            filing = handler(data)
        except PydanticError as error:
            details = [_row_error(numbers[e["loc"][1]], e)
                       if len(e["loc"]) > 1 and e["loc"][0] == "relationships"
                       and isinstance(e["loc"][1], int) and e["loc"][1] < len(numbers)
                       else _again(e) for e in error.errors()]
            raise PydanticError.from_exception_data("DisclosureFiling", details) from None
        seen: set[tuple] = set()
        repeated = []
        for n, row in zip(numbers or range(1, len(filing.relationships) + 1),
                          filing.relationships, strict=False):
            signature = (company_key(row.company), row.nature, row.started_on)
            if signature in seen:
                repeated.append(_problem(f"rel-{n}-company", (
                    _("Relationship %(n)d repeats an earlier one (same company, nature and "
                      "start)", n=n))))
            seen.add(signature)
        if repeated:
            raise PydanticError.from_exception_data("DisclosureFiling", repeated)
        return filing


# ---------------------------------------------------------------- companies


class CompanyQuery(Query):
    status: Literal[COMPANY_FILTERS] = "all"  # type: ignore[valid-type]
    q: Text(NAME_MAX) | None = Field(None, description="part of the name")
    page: Page = 1


class CompanyNew(Input):
    name: CompanyName
    ineligible: bool | None = Field(None, description="null: not classified yet (queued "
                                                      "for a moderator)")
    kind: CompanyKind = None
    notes: Notes | None = None

    @field_validator("name")
    @classmethod
    def _one_space(cls, name: str) -> str:
        return _spaced(name)


class CompanyReclassification(Input):
    """Fields not sent keep their value; null clears one (ineligible: null is
    unclassified)."""

    ineligible: bool | None = Field(None, description="true: ineligible, false: eligible, "
                                                      "null: unclassified")
    kind: CompanyKind = None
    notes: Notes | None = None


# ---------------------------------------------------------------- roles and reviews


def role_problem(role: str, content_kind: str) -> str | None:
    """Why `role` cannot control a `content_kind`, or None (a case has no host)."""
    if CONTENT_ROLES[role][2] == content_kind:
        return None
    fitting = [r for r, spec in CONTENT_ROLES.items() if spec[2] == content_kind]
    return _("A %(kind)s has these roles: %(roles)s",
             kind=str(CONTENT_KIND_LABELS.get(content_kind, content_kind)),
             roles=", ".join(fitting))


class ContentRoleRequest(Input):
    content_kind: ContentKind
    role: ContentRole
    content_id: Id
    content_title: Text(200, label="the content's title, as learners see it")
    board_id: Id | None = None

    @field_validator("role")
    @classmethod
    def _fits(cls, role: str, info: ValidationInfo) -> str:
        problem = role_problem(role, info.data["content_kind"]) if (
            "content_kind" in info.data) else None
        if problem:
            raise ValueError(problem)
        return role


class Finding(Input):
    """A reviewer's finding on one relationship (the "clear" action's data, keyed
    rel-<relationship id>-<field>): relevant to the content or not, and for a relevant one
    the mitigation step taken (ACCME Standards 3.3 and 3.4)."""

    relevant: bool | None = None
    mitigation: Text(30) | None = None
    note: Text(NOTE_MAX) | None = None


# ---------------------------------------------------------------- answers


class Company(Output):
    id: int
    name: str
    ineligible: bool | None = Field(description="null: not classified yet")
    classification: Literal["ineligible", "eligible", "unclassified"]
    kind: Literal[("", *COMPANY_KINDS)]  # type: ignore[valid-type]


class CompanyDetail(Company):
    """A company as moderators see it: their notes, and who added and classified it."""

    notes: str
    created_at: datetime
    classified_at: datetime | None
    added_by: str | None
    classified_by: str | None


class CompanyPage(Output):
    items: list[CompanyDetail | Company]
    page: int
    per_page: int
    total: int
    pages: int


class DisclosedCompany(Output):
    id: int
    name: str
    ineligible: bool | None


class DisclosedRelationship(Output):
    id: int
    company: DisclosedCompany
    nature: Nature
    nature_label: str
    ownership_type: OwnershipType | None
    started_on: date
    ended_on: date | None
    ongoing: bool


class Disclosure(Output):
    id: int
    version: int
    member: Author
    declared_none: bool
    declared_at: datetime
    valid_until: datetime
    state: Literal["current", "expired", "superseded"]
    superseded_at: datetime | None
    superseded_by_id: int | None
    relationships: list[DisclosedRelationship]
    url: str


class DisclosureList(Output):
    items: list[Disclosure]


class MyDisclosures(Output):
    state: Literal["none", "current", "expired"] = Field(
        description="none: never filed (not the same as declaring none)")
    current: Disclosure | None
    days_left: int | None
    versions: list[Disclosure]


class RelationshipFinding(Output):
    relationship_id: int
    company: str
    nature: Nature
    relevant: bool
    mitigation: str | None
    note: str


class RoleClearance(Output):
    id: int
    member: Author
    role: ContentRole
    role_label: str
    content_kind: ContentKind
    content_id: int
    content_title: str
    board_id: int | None
    disclosure_id: int
    status: Literal["pending", "cleared", "refused"]
    state: Literal["pending", "cleared", "refused", "lapsed"] = Field(
        description="lapsed: cleared on a version that is no longer current")
    requested_at: datetime
    reviewed_at: datetime | None
    reviewed_by: Author | None
    refusal_reason: str | None
    owner_exception: Literal[tuple(OWNER_EXCEPTIONS)] | None  # type: ignore[valid-type]
    reviews: list[RelationshipFinding]
    url: str


class RoleClearanceList(Output):
    items: list[RoleClearance]


class StatementRelationship(Output):
    company: str = Field(description="company name only: no logos or brand names")
    nature: str


class DisclosureStatementEntry(Output):
    name: str
    credentials: str
    role: ContentRole
    role_label: str
    relationships: list[StatementRelationship]
    statement: str


class DisclosureStatement(Output):
    content_kind: ContentKind
    content_id: int
    entries: list[DisclosureStatementEntry]

"""The contract of the Socket.IO namespace `/cases` (community.cases.authoring.presence): a
payload model for each client event, the acknowledgement it answers with, and the events
the server sends. Payloads are parsed strictly (an id is a number within its bounds, an
unknown field is refused).

For the AsyncAPI document:
- CASES_EVENTS: client event -> (payload model, acknowledgement model when it succeeds); a
  refusal is always `PresenceRefusal`.
- CASES_SERVER_EVENTS: server event -> its payload model.
"""
from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, WrapValidator

from community.cases.care import SECTION_KEYS
from community.platform.contract import Id, Input, Output

PRESENCE_REFUSAL_CODES = ("validation-failed", "not_signed_in", "not_found", "not_open")


def _known_section(value: Any, handler: Any) -> Any:
    try:
        return handler(value)
    except ValueError:
        raise ValueError(f"Unknown section. Sections: {', '.join(SECTION_KEYS)}") from None


SectionKey = Literal[SECTION_KEYS]  # type: ignore[valid-type]


class PresenceOpenIn(Input):
    """Open a write-up you are an author of: you join its room."""

    case_id: Id


class PresenceEditingIn(Input):
    case_id: Id
    section: Annotated[SectionKey | None, WrapValidator(_known_section)] = Field(
        None, description="the section you are editing; null (or left out): none")


class PresenceCloseIn(Input):
    case_id: Id


class PresenceMember(Output):
    username: str
    display_name: str
    sections: list[SectionKey] = Field(description="what they are editing (several tabs)")


class PresenceOk(Output):
    ok: Literal[True]


class PresenceOpenAck(PresenceOk):
    case_id: int
    version: int = Field(description="the write-up's current version")
    you: str = Field(description="your username")
    members: list[PresenceMember]


class PresenceRefusal(Output):
    ok: Literal[False]
    code: str = Field(description="why, for programs: " + ", ".join(PRESENCE_REFUSAL_CODES),
                      examples=list(PRESENCE_REFUSAL_CODES))
    error: str = Field(description="why, for people")
    fields: dict[str, list[str]] = Field(
        default=None, json_schema_extra=lambda schema: schema.pop("default", None),
        description="validation-failed: each field's messages (`_`: the whole payload)")


class CasePresence(Output):
    """`presence`: who has the write-up open, one row per member, by name."""

    case_id: int
    members: list[PresenceMember]


class SectionChanged(Output):
    """`section_changed`: a co-author's save committed."""

    case_id: int
    version: int
    sections: list[SectionKey]
    by: str = Field(description="who saved (username)")


CASES_EVENTS: dict[str, tuple[type[BaseModel], type[BaseModel]]] = {
    "open": (PresenceOpenIn, PresenceOpenAck),
    "editing": (PresenceEditingIn, PresenceOk),
    "close": (PresenceCloseIn, PresenceOk),
}
CASES_SERVER_EVENTS: dict[str, type[BaseModel]] = {
    "presence": CasePresence,
    "section_changed": SectionChanged,
}
REFUSAL = PresenceRefusal

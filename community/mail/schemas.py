"""The mail contract: a member's cadence for each kind of mail (transactional kinds have
none: they always go)."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, create_model

from community.mail.kinds import cadences_for, preference_kinds
from community.platform.contract import Input, Output


def _fields(optional: bool) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for kind in preference_kinds():
        choice = Literal[cadences_for(kind)]  # type: ignore[valid-type]
        if optional:
            fields[kind.name] = (choice | None, Field(None, description=str(kind.label)))
        else:
            fields[kind.name] = (choice, Field(description=str(kind.label)))
    return fields


# One field per kind: "immediately", "daily" (in the daily digest), "weekly" or "never".
MailPreferences = create_model(  # type: ignore[call-overload]
    "MailPreferences", __base__=Output, __doc__="Your cadence for each kind of mail.",
    **_fields(optional=False))

MailPreferencesUpdate = create_model(  # type: ignore[call-overload]
    "MailPreferencesUpdate", __base__=Input,
    __doc__="Cadences to change; kinds not sent keep theirs.", **_fields(optional=True))

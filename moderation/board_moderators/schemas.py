"""Board moderators' contract: the appointment form (a username and a reason for the audit
log) and the list the API answers with."""
from __future__ import annotations

from datetime import datetime

from community.platform.contract import Input, Output, Text

REASON_MAX = 500
USERNAME_MAX = 32  # accounts.models.User.username


class ModeratorChange(Input):
    """The board's moderators page: appoint `username`, or remove them (`remove`)."""

    username: Text(USERNAME_MAX, label="the member's username")
    reason: Text(REASON_MAX, label="why (kept in the audit log)") | None = None
    remove: bool = False


class BoardModeratorOut(Output):
    username: str
    display_name: str
    credentials: str
    verified: bool
    since: datetime


class BoardModeratorList(Output):
    board: str
    items: list[BoardModeratorOut]

"""Member verification as a queue kind: a member asks to have their clinical credentials
verified, a moderator checks the licence and verifies or declines.

The request's details (licence or registration number, issuing body, country, note) live in
the queue item's data: moderators see them, nobody else. A member has at most one open
request (the queue's one-open-item-per-subject index); a declined member sees the reason on
their account page and may ask again."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm import Session

from community.platform.accounts import service as accounts
from community.platform.accounts.models import User
from community.platform.accounts.policy import is_signed_in
from community.platform.accounts.schemas import Country, CredentialName
from community.platform.contract import Body, Input, Text, parse_form
from community.platform.errors import NotAuthenticated, ValidationError
from community.platform.i18n import _, _l
from moderation.queue import service as queue
from moderation.queue.models import QueueEvent, QueueItem
from moderation.queue.types import Action, register

KIND = "user_verification"
FIELDS = ("credentials", "licence_number", "issuing_body", "country", "note")


def _verify(db: Session, actor: User, item: QueueItem, data: dict) -> None:
    # verify_credentials asks the accounts policy again (moderators, never themselves).
    accounts.verify_credentials(db, actor, db.get(User, item.subject_id), True)


def load(db: Session, item: QueueItem) -> User | None:
    return db.get(User, item.subject_id)


def register_kinds(app: Flask) -> None:
    register(app, KIND, _l("Member to verify"), "user", [
        Action("verify", _l("Verify credentials"), "approved", apply=_verify),
        Action("decline", _l("Decline"), "rejected", reason_required=True),
        Action("ignore", _l("Ignore"), "ignored"),
    ], board_scoped=False, load=load, describe=describe)


def describe(item: Any) -> str | None:
    """The item's summary in the reader's language: who asks, from what they sent."""
    data = item.data or {}
    if not all(data.get(key) for key in ("credentials", "issuing_body", "country")):
        return None
    name = getattr(item, "subject_username", None)  # a listing's row
    if name is None:
        user = getattr(item, "subject_user", None)
        name = user.username if user is not None else None
    if not name:
        return None
    return _("%(member)s (%(credentials)s) asks to be verified: %(body)s, %(country)s",
             member=name, credentials=data["credentials"], body=data["issuing_body"],
             country=data["country"])


class VerificationRequest(Input):
    """What a member sends to be verified (the page's form and the demo)."""

    credentials: CredentialName
    licence_number: Text(60, label="The licence or registration number")
    issuing_body: Text(120, label="The issuing body")
    country: Country
    note: Body(1000, label="A note for the moderators") | None = None


def request_verification(db: Session, member: User | None,
                         form: Mapping[str, Any]) -> tuple[QueueItem, bool]:
    """Put the member in the queue, or find their open request: (item, created)."""
    if not is_signed_in(member):
        raise NotAuthenticated(_("Sign in to ask for verification."))
    if member.is_verified:
        raise ValidationError({"_": [_("Your credentials are already verified.")]})
    pending = queue.open_item(db, KIND, "user", member.id)
    if pending is not None:
        return pending, False
    details = parse_form(VerificationRequest, form).model_dump()
    details["note"] = details["note"] or ""
    summary = (f"{member.display_name} ({details['credentials']}) asks to be verified: "
               f"{details['issuing_body']}, {details['country']}")
    return queue.enqueue(db, KIND, "user", member.id, subject_user_id=member.id,
                         summary=summary, data=details, actor=member)


def latest_request(db: Session, member: User) -> QueueItem | None:
    """The member's most recent request, whatever its status (for their account page)."""
    return db.scalar(select(QueueItem).where(
        QueueItem.kind == KIND, QueueItem.subject_type == "user",
        QueueItem.subject_id == member.id).order_by(QueueItem.id.desc()).limit(1))


def decline_reason(db: Session, item: QueueItem) -> str:
    """What the moderator wrote when declining: the member is told why."""
    return db.scalar(select(QueueEvent.reason).where(
        QueueEvent.item_id == item.id, QueueEvent.action == "decline")
        .order_by(QueueEvent.id.desc()).limit(1)) or ""

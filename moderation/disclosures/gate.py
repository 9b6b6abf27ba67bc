"""The disclosure gate: roles that control educational content ask here first.

ACCME Standards for Integrity and Independence, Standard 3: everyone in control of content —
session hosts and presenters, case authors, co-authors, reviewers and editors — discloses,
has each relevant financial relationship mitigated before taking the role, and a person who
refuses to disclose cannot take it. Without a current, reviewed disclosure the action is
refused with a link to the disclosure form. An expired disclosure blocks like a missing one
(Rounds' 12-month policy).

Who never calls the gate: ordinary board posts and replies, and chat by attendees. Standard 3
does not apply where the learners control the content — spontaneous case conversation among
peers — so the boards service (community.boards.service.create_topic/reply) and the live
room's chat have no disclosure check, and must not get one. Scheduled sessions (case
conferences, rounds, M&M, tumor boards, journal clubs run as sessions) are NOT exempt: the
live-sessions feature calls `require_cleared` for their hosts and presenters.

Use:
    request_role(db, member, "presenter", "session", session.id, session.title, board_id)
        -> RoleClearance (pending, queued for a moderator) or DisclosureRequired
    require_cleared(db, member, "presenter", "session", session.id)
        -> None, or DisclosureRequired / RoleNotCleared (403 problems with a clear message)
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from community.platform.accounts.models import User
from community.platform.contract import parse
from community.platform.db import utcnow
from community.platform.errors import Forbidden, ValidationError
from community.platform.i18n import _, _l, format_date
from community.platform.spaces.models import Board
from moderation.disclosures import policy
from moderation.disclosures.models import (
    CONTENT_KINDS,
    CONTENT_ROLES,
    Disclosure,
    RoleClearance,
)
from moderation.disclosures.schemas import ContentRoleRequest, role_problem
from moderation.disclosures.service import active_disclosure, current_disclosure
from moderation.queue import service as queue

DISCLOSURE_FORM = "/disclosures/new"
MY_DISCLOSURES = "/disclosures"


class DisclosureRequired(Forbidden):
    """No current disclosure: file (or renew) one first. The problem carries `link`."""

    slug = "disclosure-required"
    title = _l("Disclosure required")

    def __init__(self, detail: str) -> None:
        super().__init__(detail, link=DISCLOSURE_FORM)
        self.link = DISCLOSURE_FORM


class RoleNotCleared(Forbidden):
    """A current disclosure, but no moderator has cleared it for this role and content."""

    slug = "role-not-cleared"
    title = _l("Not cleared for this role")

    def __init__(self, detail: str) -> None:
        super().__init__(detail, link=MY_DISCLOSURES)
        self.link = MY_DISCLOSURES


def _role_label(role: str) -> str:
    return str(CONTENT_ROLES[role][0]).lower()


def check_role(role: object, content_kind: object, errors: dict[str, list[str]]) -> None:
    """A role and a kind of content named by a feature's code (require_cleared)."""
    if content_kind not in CONTENT_KINDS:
        errors["content_kind"] = [_("Choose one of: %(choices)s.",
                                    choices=", ".join(CONTENT_KINDS))]
    if role not in CONTENT_ROLES:
        errors["role"] = [_("Choose one of: %(choices)s.", choices=", ".join(CONTENT_ROLES))]
    elif content_kind in CONTENT_KINDS and (problem := role_problem(role, content_kind)):
        errors["role"] = [problem + "."]


def _missing(db: Session, member: User, role: str, now: datetime) -> DisclosureRequired:
    latest = active_disclosure(db, member.id)
    role_label = _role_label(role)
    if latest is not None:
        return DisclosureRequired(_(
            "Your conflict-of-interest disclosure expired on %(date)s. Renew it at %(link)s "
            "to act as %(role)s: a disclosure covers 12 months.",
            date=format_date(latest.valid_until), link=DISCLOSURE_FORM, role=role_label))
    return DisclosureRequired(_(
        "To act as %(role)s you need a conflict-of-interest disclosure: list your financial "
        "relationships with ineligible companies of the past 24 months (or declare that you "
        "have none) at %(link)s.", role=role_label, link=DISCLOSURE_FORM))


def request_role(db: Session, member: User, role: str, content_kind: str, content_id: int,
                 content_title: str, board_id: int | None = None, *,
                 actor: User | None = None) -> RoleClearance:
    """Ask for a moderator's review of the member's current disclosure for this role and
    content. Idempotent: an open or still-valid request is returned as it is. The features
    call it with their content's own values, the API with a parsed ContentRoleRequest: both
    pass through that contract here."""
    asked = parse(ContentRoleRequest, {
        "role": role, "content_kind": content_kind, "content_id": content_id,
        "content_title": content_title, "board_id": board_id})
    actor = actor or member
    if not policy.can_request_role(actor, member):
        raise Forbidden(_("You can only ask for your own roles."))
    role, content_kind, content_id = asked.role, asked.content_kind, asked.content_id
    title, board_id = asked.content_title, asked.board_id
    if board_id is not None and db.get(Board, board_id) is None:
        raise ValidationError({"board_id": [_("There is no such board.")]})
    now = utcnow()
    disclosure = current_disclosure(db, member.id, now)
    if disclosure is None:
        raise _missing(db, member, role, now)
    existing = _latest(db, member.id, role, content_kind, content_id)
    if existing is not None and (existing.status == "pending" or (
            existing.status == "cleared" and existing.disclosure_id == disclosure.id)):
        if existing.status == "pending":
            _enqueue(db, existing, member, actor)  # a new item if an earlier one was ignored
        return existing
    clearance = RoleClearance(user_id=member.id, role=role, content_kind=content_kind,
                              content_id=content_id, content_title=title, board_id=board_id,
                              disclosure_id=disclosure.id, status="pending", requested_at=now)
    try:
        with db.begin_nested():  # two requests at once: the partial unique index keeps one
            db.add(clearance)
            db.flush()
    except IntegrityError:
        return _latest(db, member.id, role, content_kind, content_id)
    _enqueue(db, clearance, member, actor)
    return clearance


def _enqueue(db: Session, clearance: RoleClearance, member: User, actor: User) -> None:
    # Not board-scoped: disclosures are reviewed by site moderators, and never by the member
    # themselves (the queue refuses items whose subject_user_id is the actor).
    queue.enqueue(db, "disclosure_review", "role_clearance", clearance.id,
                  subject_user_id=member.id, actor=actor,
                  summary=f"{member.display_name} as {_role_label(clearance.role)} for "
                          f"“{clearance.content_title}”",
                  # The names too, so the queue says the summary in each reader's language.
                  data={"role": clearance.role, "content_kind": clearance.content_kind,
                        "content_id": clearance.content_id, "member": member.display_name,
                        "title": clearance.content_title})


def _latest(db: Session, user_id: int, role: str, content_kind: str,
            content_id: int) -> RoleClearance | None:
    return db.scalar(select(RoleClearance).where(
        RoleClearance.user_id == user_id, RoleClearance.role == role,
        RoleClearance.content_kind == content_kind, RoleClearance.content_id == content_id)
        .order_by(RoleClearance.requested_at.desc(), RoleClearance.id.desc()).limit(1))


# Built once (the gate runs on every session start): the cleared request, found by the
# content index, whose disclosure version is still the member's current one.
_CLEARED = select(RoleClearance.id).where(
    RoleClearance.content_kind == bindparam("content_kind"),
    RoleClearance.content_id == bindparam("content_id"),
    RoleClearance.user_id == bindparam("user_id"), RoleClearance.role == bindparam("role"),
    RoleClearance.status == "cleared",
    # EXISTS, not a join: SQLite without statistics would otherwise walk every current
    # disclosure first.
    select(Disclosure.id).where(Disclosure.id == RoleClearance.disclosure_id,
                                Disclosure.status == "active",
                                Disclosure.valid_until > bindparam("now")).exists(),
).limit(1)


def is_cleared(db: Session, member_id: int, role: str, content_kind: str, content_id: int,
               now: datetime | None = None) -> bool:
    """One indexed query: a cleared review whose disclosure version is still current."""
    found = db.execute(_CLEARED, {"content_kind": content_kind, "content_id": content_id,
                                  "user_id": member_id, "role": role,
                                  "now": now or utcnow()}).first()
    return found is not None


def require_cleared(db: Session, member: User | None, role: str, content_kind: str,
                    content_id: int) -> None:
    """Refuse unless a moderator cleared the member's current disclosure for this role and
    content (ACCME Standards for Integrity and Independence, Standard 3)."""
    if member is None:
        raise DisclosureRequired(_("Sign in and file a conflict-of-interest disclosure first."))
    errors: dict[str, list[str]] = {}
    check_role(role, content_kind, errors)
    if errors:
        raise ValidationError(errors)
    now = utcnow()
    if is_cleared(db, member.id, role, content_kind, content_id, now):
        return
    raise _why_not(db, member, role, content_kind, content_id, now)


def _why_not(db: Session, member: User, role: str, content_kind: str, content_id: int,
             now: datetime) -> Forbidden:
    """The precise reason, so the member knows what to do next."""
    disclosure = current_disclosure(db, member.id, now)
    if disclosure is None:
        return _missing(db, member, role, now)
    latest = _latest(db, member.id, role, content_kind, content_id)
    role_label = _role_label(role)
    if latest is None:
        return RoleNotCleared(_("To act as %(role)s here, a moderator must first review your "
                                "disclosure for this role: ask for the review.",
                                role=role_label))
    if latest.status == "pending":
        return RoleNotCleared(_("Your disclosure is waiting for a moderator's review for this "
                                "role; you can act as %(role)s here once it is cleared.",
                                role=role_label))
    if latest.status == "refused":
        if latest.refusal_reason:
            return RoleNotCleared(_("A moderator refused this role (%(reason)s). You cannot "
                                    "act as %(role)s here.", reason=latest.refusal_reason,
                                    role=role_label))
        return RoleNotCleared(_("A moderator refused this role. You cannot act as %(role)s "
                                "here.", role=role_label))
    return RoleNotCleared(_("You filed a new disclosure since this role was cleared: ask for "
                            "a review again to act as %(role)s here.", role=role_label))

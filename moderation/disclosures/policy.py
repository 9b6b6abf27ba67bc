"""Who may see and do what with disclosures, companies and role clearances. One place, used
by the service, the pages, the API and the templates.

A member's disclosure details are theirs and the reviewers': other members (and learners)
see only the learner-facing statement (ACCME Standards for Integrity and Independence,
Standard 3.5 asks to disclose relevant relationships to learners, nothing more).
"""
from __future__ import annotations

from collections.abc import Callable

from flask import Flask

from community.platform.accounts.models import User
from community.platform.accounts.policy import is_moderator, is_signed_in
from community.platform.anonymity import may_know
from community.platform.registry import registry


def can_file_disclosure(actor: User | None) -> bool:
    return is_signed_in(actor)


def can_view_disclosures_of(actor: User | None, member_id: int) -> bool:
    """The member themselves and site moderators (who review disclosures); nobody else."""
    return is_signed_in(actor) and (actor.id == member_id or is_moderator(actor))


def can_view_clearance(actor: User | None, member_id: int) -> bool:
    return can_view_disclosures_of(actor, member_id)


def may_know_party(actor: User | None, clearance) -> bool:
    """A role request names a member and their content: shown only to whom that content's
    rule lets learn who controls it (double-anonymous review: a moderator who wrote the
    case never learns its reviewers, one who reviews it never learns its authors)."""
    return may_know(actor, clearance.user_id, clearance.content_kind, clearance.content_id)


def can_request_role(actor: User | None, member: User) -> bool:
    """Members ask for their own roles; moderators may ask on a member's behalf (the content
    features do it when someone is named host or reviewer)."""
    return is_signed_in(actor) and (actor.id == member.id or is_moderator(actor))


def can_manage_companies(actor: User | None) -> bool:
    """Site moderators keep the company list (not board moderators: it is site-wide)."""
    return is_moderator(actor)


def can_see_company_details(actor: User | None) -> bool:
    """Notes and who added or classified a company: moderators only."""
    return is_moderator(actor)


StatementReader = Callable[[User | None, int], bool]


def register_statement_reader(app: Flask, content_kind: str, check: StatementReader) -> None:
    """A content feature narrows who sees its statement: check(actor, content_id)."""
    registry("statement_readers", dict, app)[content_kind] = check


def can_view_statement(actor: User | None, content_kind: str, content_id: int) -> bool:
    """The learner-facing statement: public, unless the content's feature registered who may
    see it (a case write-up's, before publication: its authors and editors — reviewers must
    not learn the authors' names from it; a session's: those who may see the session)."""
    check = registry("statement_readers").get(content_kind)
    return check is None or check(actor, content_id)

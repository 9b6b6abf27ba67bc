"""Who may do what in peer review and publication: one place, used by the workflow, the
service, the pages, the API and the templates (authoring's rules are in cases/policy.py).

Editors are members with the site role `editor` and the board editors administrators
appoint; an editor never handles a write-up they wrote. Review is double-anonymous: the
names each party may see are decided in review/anonymity.py."""
from __future__ import annotations

from community.cases.models import CaseReport

# The write-up's reading rules live in cases.policy; review's modules and templates ask them
# here too.
from community.cases.policy import (  # noqa: F401
    can_correct,
    can_read_case,
    can_read_published,
    can_read_unpublished,
    edited_board_ids,
    is_any_editor,
    is_author,
    is_corresponding,
    is_editor_of,
    is_site_editor,
)
from community.cases.states import DRAFT
from community.platform.accounts.models import User
from community.platform.accounts.policy import is_admin, is_signed_in


def can_see_decisions(actor: User | None, case: CaseReport) -> bool:
    """The authors' view of decisions and anonymised reviews (editors see more)."""
    return is_author(actor, case) or is_editor_of(actor, case)


# ---------------------------------------------------------------- authors' transitions


def can_submit(actor: User | None, case: CaseReport) -> bool:
    """The corresponding author submits (and resubmits after revisions)."""
    return is_corresponding(actor, case)


def can_withdraw(actor: User | None, case: CaseReport) -> bool:
    return is_corresponding(actor, case)


# ---------------------------------------------------------------- editors' transitions


def can_screen(actor: User | None, case: CaseReport) -> bool:
    return is_editor_of(actor, case)


def can_invite_reviewer(actor: User | None, case: CaseReport) -> bool:
    return is_editor_of(actor, case)


def can_decide(actor: User | None, case: CaseReport) -> bool:
    return is_editor_of(actor, case)


def can_publish(actor: User | None, case: CaseReport) -> bool:
    return is_editor_of(actor, case)


def can_view_editor_page(actor: User | None, case: CaseReport) -> bool:
    return is_editor_of(actor, case) and case.status != DRAFT


def can_be_reviewer(member: User, case: CaseReport) -> bool:
    """Anyone active but the write-up's authors and its editors' own selves."""
    return member.is_active and not is_author(member, case)


# ---------------------------------------------------------------- reviewers


def can_respond(actor: User | None, assignment) -> bool:
    return is_signed_in(actor) and assignment.reviewer_id == actor.id


def can_review(actor: User | None, assignment) -> bool:
    return is_signed_in(actor) and assignment.reviewer_id == actor.id


def can_view_review_page(actor: User | None, assignment) -> bool:
    return is_signed_in(actor) and assignment.reviewer_id == actor.id


# Who may learn whom (double-anonymous review) is decided in review/anonymity.py alone.


# ---------------------------------------------------------------- board editors


def can_manage_board_editors(actor: User | None) -> bool:
    """Administrators appoint and remove board editors."""
    return is_admin(actor)

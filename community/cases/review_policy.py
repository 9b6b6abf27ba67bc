"""Who may do what in peer review and publication: one place, used by the workflow, the
service, the pages, the API and the templates (authoring's rules are in cases/policy.py).

Editors are members with the site role `editor` and the board editors administrators
appoint; an editor never handles a write-up they wrote. Review is double-anonymous: the
helpers at the end decide which names each party may see."""
from __future__ import annotations

from community.accounts.models import User
from community.accounts.policy import is_admin, is_signed_in
from community.boards.policy import can_read_board
from community.cases.models import CaseReport
from community.cases.states import DRAFT, PUBLISHED
from moderation.disclosures.policy import STATEMENT_READERS


def edited_board_ids(actor: User | None) -> set[int]:
    if not is_signed_in(actor):
        return set()
    return {link.board_id for link in getattr(actor, "board_editorships", [])}


def is_site_editor(actor: User | None) -> bool:
    return is_signed_in(actor) and actor.role == "editor"


def is_any_editor(actor: User | None) -> bool:
    """Sees the editor's dashboard (site editors, and board editors for their boards)."""
    return is_site_editor(actor) or bool(edited_board_ids(actor))


def is_author(actor: User | None, case: CaseReport) -> bool:
    return is_signed_in(actor) and any(a.user_id == actor.id for a in case.authors)


def is_corresponding(actor: User | None, case: CaseReport) -> bool:
    return is_signed_in(actor) and any(a.user_id == actor.id and a.corresponding
                                       for a in case.authors)


def is_editor_of(actor: User | None, case: CaseReport) -> bool:
    """A site editor or the board's editor, and not one of its authors."""
    if not is_signed_in(actor) or is_author(actor, case):
        return False
    return actor.role == "editor" or case.board_id in edited_board_ids(actor)


# ---------------------------------------------------------------- reading


def can_read_unpublished(actor: User | None, case: CaseReport) -> bool:
    """Drafts and write-ups in review: their authors and editors (and, read-only,
    administrators, as cases/policy.py has it). Reviewers read the anonymised version of
    their round through their assignment only (can_view_review_page)."""
    return is_author(actor, case) or is_editor_of(actor, case) or is_admin(actor)


def can_read_published(actor: User | None, case: CaseReport) -> bool:
    return case.status == PUBLISHED and can_read_board(actor, case.board)


def can_read_case(actor: User | None, case: CaseReport) -> bool:
    return can_read_published(actor, case) or can_read_unpublished(actor, case)


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


def can_correct(actor: User | None, case: CaseReport) -> bool:
    """A correction after publication: the corresponding author or an editor."""
    return case.status == PUBLISHED and (is_corresponding(actor, case)
                                         or is_editor_of(actor, case))


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


# ---------------------------------------------------------------- anonymity


def sees_reviewer_names(actor: User | None, case: CaseReport) -> bool:
    """Double-anonymous review: only editors see who reviewed."""
    return is_editor_of(actor, case)


def sees_author_names(actor: User | None, case: CaseReport) -> bool:
    """Reviewers never see authors (until publication, like everyone else)."""
    return can_read_unpublished(actor, case) or case.status == PUBLISHED


# ---------------------------------------------------------------- board editors


def can_manage_board_editors(actor: User | None) -> bool:
    """Administrators appoint and remove board editors."""
    return is_admin(actor)


# ---------------------------------------------------------------- disclosure statement


def can_view_case_statement(actor: User | None, case_id: int) -> bool:
    """A write-up's learner disclosure statement names its authors: readers of the write-up
    only (published: its board's readers; before: its authors and editors — not reviewers)."""
    from community.db import db

    case = db.session.get(CaseReport, case_id)
    return case is not None and can_read_case(actor, case)


STATEMENT_READERS["case"] = can_view_case_statement

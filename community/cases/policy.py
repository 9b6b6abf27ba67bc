"""Who may do what with a case write-up: the ONE policy module of the cases domain.

Pages, API, Socket.IO handlers and templates all ask here. Authoring rules are below; peer
review (editors, reviewers, publication) adds its rules to this module too.

Authoring, in short:
- a member starts a write-up in a board they can read and post in;
- a draft is visible to its authors, and read-only to editors and admins (peer review refines
  what editors see);
- authors edit the text, images and consent while the write-up is in an editable state;
- only the corresponding author manages the author list (invitations, order, roles, removal,
  handing the corresponding role on).
"""
from __future__ import annotations

from community.cases.models import CaseAuthor, CaseReport
from community.cases.states import EDITABLE, PUBLISHED
from community.platform.accounts import policy as accounts_policy
from community.platform.accounts.models import Role, User
from community.platform.accounts.policy import is_admin, is_signed_in
from community.platform.anonymity import may_know
from community.platform.db import db
from community.platform.spaces.models import Board
from community.platform.spaces.policy import can_read_board


def author_of(actor: User | None, case: CaseReport) -> CaseAuthor | None:
    """The actor's author row on this write-up, or None."""
    if not is_signed_in(actor):
        return None
    return next((a for a in case.authors if a.user_id == actor.id), None)


def is_author(actor: User | None, case: CaseReport) -> bool:
    return author_of(actor, case) is not None


def is_corresponding(actor: User | None, case: CaseReport) -> bool:
    row = author_of(actor, case)
    return row is not None and row.corresponding


def is_editor(actor: User | None) -> bool:
    """Site editors and admins (peer review adds board editors)."""
    return is_signed_in(actor) and actor.role in (Role.editor.value, Role.admin.value)


def edited_board_ids(actor: User | None) -> set[int]:
    if not is_signed_in(actor):
        return set()
    return {link.board_id for link in getattr(actor, "board_editorships", [])}


def is_site_editor(actor: User | None) -> bool:
    return is_signed_in(actor) and actor.role == "editor"


def is_any_editor(actor: User | None) -> bool:
    """Sees the editor's dashboard (site editors, and board editors for their boards)."""
    return is_site_editor(actor) or bool(edited_board_ids(actor))


def is_editor_of(actor: User | None, case: CaseReport) -> bool:
    """A site editor or the board's editor, and not one of its authors."""
    if not is_signed_in(actor) or is_author(actor, case):
        return False
    return actor.role == "editor" or case.board_id in edited_board_ids(actor)


def can_read_unpublished(actor: User | None, case: CaseReport) -> bool:
    """Drafts and write-ups in review: their authors and editors (and, read-only,
    administrators, as cases/policy.py has it). Reviewers read the anonymised version of
    their round through their assignment only (can_view_review_page)."""
    if is_author(actor, case) or is_editor_of(actor, case):
        return True
    # An administrator who reviews it is a reviewer first: the draft names its authors.
    return is_admin(actor) and all(may_know(actor, a.user_id, "case", case.id)
                                   for a in case.authors)


def can_read_published(actor: User | None, case: CaseReport) -> bool:
    return case.status == PUBLISHED and can_read_board(actor, case.board)


def can_read_case(actor: User | None, case: CaseReport) -> bool:
    return can_read_published(actor, case) or can_read_unpublished(actor, case)


def can_start_case(actor: User | None, board: Board) -> bool:
    return accounts_policy.can_post(actor) and can_read_board(actor, board)


def can_edit_case(actor: User | None, case: CaseReport) -> bool:
    """The text, the timeline, images and consent: authors, while it is editable. A silenced
    member keeps reading but writes nothing (as on the boards)."""
    return (is_author(actor, case) and case.status in EDITABLE
            and accounts_policy.can_post(actor))


def can_manage_authors(actor: User | None, case: CaseReport) -> bool:
    """Invite, withdraw invitations, order, set roles, remove co-authors, hand on the
    corresponding role: the corresponding author, while the write-up is editable."""
    return is_corresponding(actor, case) and case.status in EDITABLE


def can_answer_invitation(actor: User | None, invited_user_id: int | None, email: str) -> bool:
    """The invited member, or whoever holds the invited email address."""
    if not is_signed_in(actor):
        return False
    if invited_user_id is not None:
        return actor.id == invited_user_id
    # Only once they confirmed that address (anyone may register with any address).
    return bool(email) and actor.email.lower() == email.lower() \
        and accounts_policy.email_confirmed(actor)


def holds_invited_address(actor: User | None, invited_user_id: int | None, email: str) -> bool:
    """Signed in with the address an invitation by address was mailed to. With the
    invitation's signed link (which only that mailbox received) this is enough to answer,
    before the address is otherwise confirmed (community.cases.authoring.mailing)."""
    return is_signed_in(actor) and invited_user_id is None and bool(email) \
        and actor.email.lower() == email.lower()


def can_leave(actor: User | None, case: CaseReport) -> bool:
    """A co-author may leave; the corresponding author hands that role on first."""
    row = author_of(actor, case)
    return row is not None and not row.corresponding and case.status in EDITABLE


def can_see_presence(actor: User | None, case: CaseReport) -> bool:
    """Who has the write-up open shows authors' names: authors only (never reviewers, whom
    double-anonymous review keeps from learning them)."""
    return is_author(actor, case)


def can_correct(actor: User | None, case: CaseReport) -> bool:
    """A correction after publication: the corresponding author or an editor."""
    return case.status == PUBLISHED and (is_corresponding(actor, case)
                                         or is_editor_of(actor, case))


# ---------------------------------------------------------------- disclosure statement


def can_view_case_statement(actor: User | None, case_id: int) -> bool:
    """A write-up's learner disclosure statement names its authors: readers of the write-up
    only (published: its board's readers; before: its authors and editors — not reviewers)."""
    case = db.session.get(CaseReport, case_id)
    return case is not None and can_read_case(actor, case)


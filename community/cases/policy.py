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

from community.accounts.models import Role, User
from community.accounts.policy import is_signed_in
from community.boards import policy as boards_policy
from community.boards.models import Board
from community.cases.models import CaseAuthor, CaseReport
from community.cases.states import EDITABLE


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


def can_start_case(actor: User | None, board: Board) -> bool:
    return boards_policy.can_start_topic(actor, board)


def can_read_case(actor: User | None, case: CaseReport) -> bool:
    """One rule for reading, whoever asks (pages, API, sockets): authors, the write-up's
    editors (site or board) and administrators in every state, the board's readers once it
    is published. The peer-review policy holds it, since editors and publication live
    there."""
    from community.cases import review_policy  # it imports this module's neighbours

    return review_policy.can_read_case(actor, case)


def can_edit_case(actor: User | None, case: CaseReport) -> bool:
    """The text, the timeline, images and consent: authors, while it is editable. A silenced
    member keeps reading but writes nothing (as on the boards)."""
    return (is_author(actor, case) and case.status in EDITABLE
            and boards_policy.can_post(actor))


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
    return bool(email) and actor.email.lower() == email.lower()


def can_leave(actor: User | None, case: CaseReport) -> bool:
    """A co-author may leave; the corresponding author hands that role on first."""
    row = author_of(actor, case)
    return row is not None and not row.corresponding and case.status in EDITABLE


def can_see_presence(actor: User | None, case: CaseReport) -> bool:
    """Who has the write-up open shows authors' names: authors only (never reviewers, whom
    double-anonymous review keeps from learning them)."""
    return is_author(actor, case)

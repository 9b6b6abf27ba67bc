"""Who may read a board and who moderates it: asked by every feature that lives in boards."""
from __future__ import annotations

from community.platform.accounts.models import User
from community.platform.accounts.policy import is_moderator, is_signed_in
from community.platform.spaces.models import Board


def can_read_board(actor: User | None, board: Board) -> bool:
    """Restricted boards are for verified clinicians; everyone reads public boards."""
    if not board.verified_only:
        return True
    return is_signed_in(actor) and (actor.is_verified or is_moderator(actor))


def can_moderate(actor: User | None, board: Board) -> bool:
    """Site moderators and admins moderate every board; a board's own moderators theirs."""
    # Asked of the member (their appointments load once a request), not of the board (whose
    # moderators would load with every board a page shows).
    return is_moderator(actor) or (is_signed_in(actor) and board.id in actor.moderated_board_ids)

"""Finding the boards a member may read."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from community.platform.accounts.models import User
from community.platform.errors import NotFound
from community.platform.i18n import _
from community.platform.spaces.models import Board
from community.platform.spaces.policy import can_read_board


def list_boards(db: Session, actor: User | None) -> list[Board]:
    boards = db.scalars(select(Board).order_by(Board.position, Board.name))
    return [b for b in boards if can_read_board(actor, b)]


def get_board(db: Session, actor: User | None, slug: str) -> Board:
    """The board, for those who may read it. A restricted board is as unknown as a missing
    one to everyone else, visitors included (issue 16: a 403, or a sign-in redirect,
    confirmed it exists), as its topics and posts are."""
    board = db.scalar(select(Board).where(Board.slug == slug))
    if board is None or not can_read_board(actor, board):
        raise NotFound(_("There is no board called '%(slug)s'.", slug=slug))
    return board

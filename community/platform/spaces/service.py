"""Finding the boards a member may read."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from community.platform.accounts.models import User
from community.platform.accounts.policy import is_signed_in
from community.platform.errors import Forbidden, NotAuthenticated, NotFound
from community.platform.spaces.models import Board
from community.platform.spaces.policy import can_read_board


def list_boards(db: Session, actor: User | None) -> list[Board]:
    boards = db.scalars(select(Board).order_by(Board.position, Board.name))
    return [b for b in boards if can_read_board(actor, b)]


def get_board(db: Session, actor: User | None, slug: str) -> Board:
    board = db.scalar(select(Board).where(Board.slug == slug))
    if board is None:
        raise NotFound(f"There is no board called {slug!r}.")
    if not can_read_board(actor, board):
        refuse_reading(actor, "This board is for verified clinicians.")
    return board


def refuse_reading(actor: User | None, detail: str) -> None:
    if not is_signed_in(actor):
        raise NotAuthenticated(detail + " Sign in to continue.")
    raise Forbidden(detail)

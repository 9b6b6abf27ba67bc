"""JSON routes of a board's own moderators (administrators appoint and remove them); the
contract is moderation.board_moderators.schemas."""
from __future__ import annotations

from typing import Any

from community.platform.accounts import service as accounts
from community.platform.api import api_blueprint, api_user, operation, require_user
from community.platform.api.serializers import author_json
from community.platform.db import commit, db
from community.platform.spaces import service as spaces
from community.platform.spaces.models import Board
from moderation.board_moderators import schemas
from moderation.board_moderators import service as board_moderators

bp = api_blueprint("board_moderators_api", __name__)


def _moderators_json(board: Board) -> dict[str, Any]:
    return {"board": board.slug, "items": [
        {**author_json(link.user), "since": link.created_at}
        for link in board_moderators.moderators(db.session, board)]}


@bp.get("/boards/<slug>/moderators")
@operation("A board's own moderators", tag="moderation", response=schemas.BoardModeratorList,
           errors=(403,))
def list_board_moderators(slug: str):
    return _moderators_json(spaces.get_board(db.session, api_user(), slug))


@bp.put("/boards/<slug>/moderators/<username>")
@operation("Appoint a board moderator (administrators; idempotent; audited)",
           tag="moderation", response=schemas.BoardModeratorList, auth=True,
           errors=(403, 422))
def appoint_board_moderator(slug: str, username: str):
    me = require_user()
    board = spaces.get_board(db.session, me, slug)
    board_moderators.appoint(db.session, me, board, accounts.get_user(db.session, username))
    commit(db.session)
    return _moderators_json(board)


@bp.delete("/boards/<slug>/moderators/<username>")
@operation("Remove a board moderator (administrators; idempotent; audited)",
           tag="moderation", response=schemas.BoardModeratorList, auth=True, errors=(403,))
def remove_board_moderator(slug: str, username: str):
    me = require_user()
    board = spaces.get_board(db.session, me, slug)
    board_moderators.remove(db.session, me, board, accounts.get_user(db.session, username))
    commit(db.session)
    return _moderators_json(board)

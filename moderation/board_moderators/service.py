"""Board-scoped moderators: administrators name the members who moderate one board.

A board moderator pins, locks and deletes in that board (boards.policy.can_moderate) and sees
and acts on the queue's board-scoped items there (queue.policy). Every appointment and
removal is written to the audit log, with the reason given."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from community.platform.accounts.models import User
from community.platform.accounts.policy import is_admin, is_signed_in
from community.platform.errors import Forbidden, NotAuthenticated, ValidationError
from community.platform.i18n import _
from community.platform.spaces.models import Board, BoardModerator
from moderation.audit import service as audit


def can_manage(actor: User | None) -> bool:
    """Administrators appoint and remove board moderators."""
    return is_admin(actor)


def require_manager(actor: User | None) -> User:
    if not is_signed_in(actor):
        raise NotAuthenticated(_("Sign in to manage board moderators."))
    if not can_manage(actor):
        raise Forbidden(_("Only administrators appoint or remove board moderators."))
    return actor


def moderators(db: Session, board: Board) -> list[BoardModerator]:
    return list(db.scalars(select(BoardModerator).where(BoardModerator.board_id == board.id)
                           .options(joinedload(BoardModerator.user))
                           .order_by(BoardModerator.created_at, BoardModerator.user_id)))


def _record(db: Session, actor: User, action: str, board: Board, member: User,
            before: bool, reason: str) -> None:
    audit.record(db, actor, action, subject_type="user", subject_id=member.id,
                 board_id=board.id, before={"board": board.slug, "moderator": before},
                 after={"board": board.slug, "moderator": not before}, reason=reason)


def appoint(db: Session, actor: User | None, board: Board, member: User,
            reason: str = "") -> bool:
    """Make `member` a moderator of `board`; False when they already were (no new entry).
    The reason is the form's (schemas.ModeratorChange)."""
    actor = require_manager(actor)
    why = reason or ""
    if not member.is_active:
        raise ValidationError({"username": [_("%(username)s's account is not active.",
                                               username=member.username)]})
    if db.get(BoardModerator, (board.id, member.id)) is not None:
        return False
    db.add(BoardModerator(board_id=board.id, user_id=member.id, appointed_by_id=actor.id))
    _record(db, actor, "board.moderator.appoint", board, member, False, why)
    db.flush()
    db.expire(board, ["moderator_links"])
    db.expire(member, ["board_moderations"])
    return True


def remove(db: Session, actor: User | None, board: Board, member: User,
           reason: str = "") -> bool:
    """Take `member` off the board's moderators; False when they were not one."""
    actor = require_manager(actor)
    why = reason or ""
    link = db.get(BoardModerator, (board.id, member.id))
    if link is None:
        return False
    db.delete(link)
    _record(db, actor, "board.moderator.remove", board, member, True, why)
    db.flush()
    db.expire(board, ["moderator_links"])
    db.expire(member, ["board_moderations"])
    return True

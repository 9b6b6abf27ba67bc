"""The page where administrators name a board's own moderators."""
from __future__ import annotations

from flask import Blueprint, flash, request, url_for
from flask_login import login_required

from community.platform.accounts import service as accounts
from community.platform.contract import parse_form
from community.platform.db import commit, db
from community.platform.errors import NotFound, ValidationError
from community.platform.i18n import _
from community.platform.spaces import service as spaces
from community.platform.web import actor, done, render_form
from moderation.board_moderators import schemas
from moderation.board_moderators import service as board_moderators

bp = Blueprint("board_moderators", __name__)


@bp.route("/b/<slug>/moderators", methods=["GET", "POST"])
@login_required
def board_moderators_page(slug: str):
    me = actor()
    board = spaces.get_board(db.session, me, slug)
    board_moderators.require_manager(me)  # 403 with the policy's words
    context = {"board": board, "can_manage": True}
    if request.method == "GET":
        return render_form("moderation/board_moderators.html", values={},
                           moderators=board_moderators.moderators(db.session, board), **context)
    try:
        change = parse_form(schemas.ModeratorChange, request.form)
        member = _member(change.username)
        if change.remove:
            changed = board_moderators.remove(db.session, me, board, member,
                                              change.reason or "")
            names = {"username": member.username, "board": board.name}
            message = (_("%(username)s no longer moderates %(board)s.", **names) if changed
                       else _("%(username)s was not a moderator of %(board)s.", **names))
        else:
            changed = board_moderators.appoint(db.session, me, board, member,
                                               change.reason or "")
            names = {"username": member.username, "board": board.name}
            message = (_("%(username)s now moderates %(board)s.", **names) if changed
                       else _("%(username)s already moderates %(board)s.", **names))
        commit(db.session)
    except ValidationError as error:
        db.session.rollback()
        return render_form("moderation/board_moderators.html", errors=error.errors, status=422,
                           moderators=board_moderators.moderators(db.session, board), **context)
    flash(message, category="success" if changed else "info")
    return done(url_for("board_moderators.board_moderators_page", slug=board.slug))


def _member(username: str):
    try:
        return accounts.get_user(db.session, username)
    except NotFound as error:  # on a form, an unknown name is a field error, not a 404 page
        raise ValidationError({"username": [error.detail]}) from None

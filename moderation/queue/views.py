"""Pages of moderation.queue: the review queue, an item with its history and actions, board
moderators, and a member's request for verification.

Every rule lives in moderation.queue.service/policy (and moderation.verification,
moderation.board_moderators); these functions read the request, call them and pick the page.
A second moderator acting on an item already handled gets a 409 page, never a second action."""
from __future__ import annotations

from flask import Blueprint, Response, flash, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import select

from community.accounts import service as accounts
from community.accounts.models import CREDENTIALS
from community.boards import service as boards
from community.boards.models import Board
from community.db import commit, db, utcnow
from community.errors import Conflict, Forbidden, NotFound, ValidationError
from community.web import actor, done, form_values, render_form
from moderation import board_moderators, verification
from moderation.queue import policy, service
from moderation.queue.models import STATUSES
from moderation.queue.types import KINDS, TYPES

bp = Blueprint("queue", __name__)

PER_PAGE = 50
# Form fields that are the action's own, not the item type's extra data.
RESERVED = {"csrf_token", "version", "reason"}


# ------------------------------------------------------------------ the queue


def visible_boards(me) -> list[Board]:
    """The boards the actor's queue can be filtered by."""
    scope = policy.board_scope(me)
    query = select(Board).order_by(Board.position, Board.name)
    if scope is not None:
        query = query.where(Board.id.in_(scope or [-1]))
    return list(db.session.scalars(query))


def board_filter(slug: object, boards: list[Board]) -> int | None:
    if slug in (None, ""):
        return None
    for board in boards:
        if board.slug == slug:
            return board.id
    raise ValidationError({"board": ["Choose one of your boards."]})


def visible_kinds(me) -> list[str]:
    """Kinds the actor can meet (registered ones): board moderators see board-scoped ones."""
    if policy.board_scope(me) is None:
        return [kind for kind in KINDS if kind in TYPES]
    return [kind for kind in KINDS if kind in TYPES and TYPES[kind].board_scoped]


@bp.route("/moderation")
@login_required
def index():
    me = actor()
    args = request.args
    filters = {"kind": args.get("kind", ""), "status": args.get("status") or "pending",
               "board": args.get("board", "")}
    if not policy.can_view_queue(me):
        raise Forbidden("The review queue is for moderators.")
    boards = visible_boards(me)
    context = {"filters": filters, "boards": boards, "kinds": visible_kinds(me),
               "statuses": (*STATUSES, "all"), "labels": KINDS, "errors": {}}
    try:
        board_id = board_filter(filters["board"], boards)
        items = service.list_items(db.session, me, kind=filters["kind"] or None,
                                   status=filters["status"], board_id=board_id,
                                   page=args.get("page", 1), per_page=PER_PAGE)
        counts = service.counts(db.session, me, filters["status"], board_id)
    except ValidationError as error:
        return Response(render_template("moderation/queue/index.html", items=None, counts={},
                                        **{**context, "errors": error.errors}), status=422)
    return render_template("moderation/queue/index.html", items=items, counts=counts,
                           **context)


# ------------------------------------------------------------------ one item


def _item_page(item, *, status: int = 200, errors: dict | None = None,
               failed: str | None = None, values: dict | None = None) -> Response:
    me = actor()
    item_type = TYPES.get(item.kind)
    subject = item_type.load(db.session, item) if item_type and item_type.load else None
    return Response(render_template(
        "moderation/queue/item.html", item=item, item_type=item_type, subject=subject,
        label=KINDS.get(item.kind, item.kind), actions=list(item_type.actions.values())
        if item_type else [], can_act=policy.can_act_on(me, item),
        can_release=item.claimed_by_id is not None and policy.can_release_claim(me, item),
        errors=errors or {}, failed=failed, values=values or {}), status=status)


@bp.route("/moderation/items/<int:item_id>")
@login_required
def item(item_id: int):
    return _item_page(service.get_item(db.session, actor(), item_id))


def _conflict_page(item_id: int, error: Conflict) -> Response:
    db.session.rollback()
    return Response(render_template("moderation/queue/conflict.html", error=error,
                                    item_id=item_id), status=409)


def _claim(item_id: int, claimed: bool) -> Response:
    me = actor()
    item = service.get_item(db.session, me, item_id)
    try:
        service.claim(db.session, me, item, request.form.get("version"), claimed)
        commit(db.session)
    except Conflict as error:
        return _conflict_page(item_id, error)
    except ValidationError as error:
        db.session.rollback()
        return _item_page(service.get_item(db.session, me, item_id), status=422,
                          errors=error.errors)
    flash("You are handling this item." if claimed else "You gave this item back.", "info")
    return done(url_for("queue.item", item_id=item_id))


@bp.route("/moderation/items/<int:item_id>/claim", methods=["POST"])
@login_required
def claim(item_id: int):
    return _claim(item_id, True)


@bp.route("/moderation/items/<int:item_id>/unclaim", methods=["POST"])
@login_required
def unclaim(item_id: int):
    return _claim(item_id, False)


def extra_data() -> dict:
    """Fields a type's partial added to an action form (all but the action's own)."""
    data: dict = {}
    for key in request.form:
        if key not in RESERVED:
            values = request.form.getlist(key)
            data[key] = values[0] if len(values) == 1 else values
    return data


@bp.route("/moderation/items/<int:item_id>/act/<action>", methods=["POST"])
@login_required
def act(item_id: int, action: str):
    me = actor()
    item = service.get_item(db.session, me, item_id)
    try:
        service.act(db.session, me, item, action, version=request.form.get("version"),
                    reason=request.form.get("reason", ""), data=extra_data())
        commit(db.session)
    except Conflict as error:
        return _conflict_page(item_id, error)
    except ValidationError as error:
        db.session.rollback()
        return _item_page(service.get_item(db.session, me, item_id), status=422,
                          errors=error.errors, failed=action, values=form_values())
    chosen = TYPES[item.kind].actions[action]
    flash(f"Done: {chosen.label.lower()} ({item.status}).", "success")
    return done(url_for("queue.index"))


# ------------------------------------------------------------------ board moderators


@bp.route("/b/<slug>/moderators", methods=["GET", "POST"])
@login_required
def board_moderators_page(slug: str):
    me = actor()
    board = boards.get_board(db.session, me, slug)
    context = {"board": board, "can_manage": board_moderators.can_manage(me)}
    if request.method == "GET":
        if not context["can_manage"]:
            board_moderators._require_manager(me)  # 403 with the policy's words
        return render_form("moderation/board_moderators.html", values={},
                           moderators=board_moderators.moderators(db.session, board), **context)
    form = request.form
    try:
        member = _member(form.get("username"))
        if form.get("remove"):
            changed = board_moderators.remove(db.session, me, board, member, form.get("reason"))
            message = (f"{member.username} no longer moderates {board.name}." if changed else
                       f"{member.username} was not a moderator of {board.name}.")
        else:
            changed = board_moderators.appoint(db.session, me, board, member,
                                               form.get("reason"))
            message = (f"{member.username} now moderates {board.name}." if changed else
                       f"{member.username} already moderates {board.name}.")
        commit(db.session)
    except ValidationError as error:
        db.session.rollback()
        return render_form("moderation/board_moderators.html", errors=error.errors, status=422,
                           moderators=board_moderators.moderators(db.session, board), **context)
    flash(message, "success" if changed else "info")
    return done(url_for("queue.board_moderators_page", slug=board.slug))


def _member(username: object):
    name = username.strip() if isinstance(username, str) else ""
    if not name:
        raise ValidationError({"username": ["Give the member's username."]})
    try:
        return accounts.get_user(db.session, name)
    except NotFound as error:  # on a form, an unknown name is a field error, not a 404 page
        raise ValidationError({"username": [error.detail]}) from None


# ------------------------------------------------------------------ verification requests


CREDENTIAL_CHOICES = [(c, {"student": "Student", "other": "Other"}.get(c, c))
                      for c in CREDENTIALS]


def verification_status(member) -> dict:
    """What the member's account page says about their verification."""
    item = verification.latest_request(db.session, member)
    return {"item": item, "declined_reason": verification.decline_reason(db.session, item)
            if item is not None and item.status == "rejected" else ""}


@bp.route("/account/verification", methods=["GET", "POST"])
@login_required
def request_verification():
    me = actor()
    context = {"credential_choices": CREDENTIAL_CHOICES, "verification": verification_status(me)}
    if request.method == "GET":
        return render_form("moderation/queue/verification.html",
                           values={"credentials": me.credentials, "country": me.country},
                           **context)
    try:
        _item, created = verification.request_verification(db.session, me,
                                                           request.form.to_dict())
        commit(db.session)
    except ValidationError as error:
        db.session.rollback()
        return render_form("moderation/queue/verification.html", errors=error.errors,
                           status=422, **context)
    flash("Your request is with the moderators. We will tell you here when it is decided."
          if created else "You already have a request waiting; it is shown below.",
          "success" if created else "info")
    return done(url_for("accounts.account") + "#verification")


# ------------------------------------------------------------------ header badge


@bp.app_context_processor
def _queue_badge() -> dict:
    """The header's pending count for those who see the queue, and the account page's
    verification status (computed only when a template asks for it)."""
    if not current_user.is_authenticated or request.blueprint == "api":
        return {"queue_pending": 0, "queue_visible": False}
    me = actor()
    visible = policy.can_view_queue(me)
    return {"queue_visible": visible,
            "queue_pending": service.pending_count(db.session, me) if visible else 0,
            "verification_status": lambda: verification_status(me)}


@bp.app_template_filter("queue_age")
def queue_age(moment) -> str:
    """How long an item has waited, in the largest sensible unit ("3 d", "5 h", "12 min")."""
    seconds = max(0, int((utcnow() - moment).total_seconds()))
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds // size} {unit}"
    return "just now"

"""Pages of moderation.queue: the review queue, and an item with its history and actions.

Every rule lives in moderation.queue.service/policy; these functions read the request, call
them and pick the page.
A second moderator acting on an item already handled gets a 409 page, never a second action."""
from __future__ import annotations

from datetime import timedelta

from babel import dates as babel_dates
from flask import Blueprint, Response, flash, render_template, request, url_for
from flask_babel import get_locale
from flask_login import current_user, login_required
from sqlalchemy import select

from community.platform import pagecache
from community.platform.contract import parse_form
from community.platform.db import commit, db, utcnow
from community.platform.errors import Conflict, Forbidden, ValidationError
from community.platform.i18n import _
from community.platform.spaces.models import Board
from community.platform.web import actor, done, form_values
from moderation.queue import policy, schemas, service
from moderation.queue.models import STATUSES
from moderation.queue.types import event_label, labels, status_label, summary_of, types

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


def board_filter(slug: str | None, boards: list[Board]) -> int | None:
    if not slug:
        return None
    for board in boards:
        if board.slug == slug:
            return board.id
    raise ValidationError({"board": [_("Choose one of your boards.")]})


def visible_kinds(me) -> list[str]:
    """Kinds the actor can meet (registered ones): board moderators see board-scoped ones."""
    if policy.board_scope(me) is None:
        return list(types())
    return [kind for kind, t in types().items() if t.board_scoped]


@bp.route("/moderation")
@login_required
# A moderator reloading the queue gets the page stored for them while no item changed (the
# "queue" version), nor the boards ("site"), nor anything of theirs (platform/pagecache.py).
@pagecache.page(lambda: ["queue", "site"], args=("kind", "status", "board", "page", "cursor"),
                members=True)
def index():
    me = actor()
    args = request.args
    filters = {"kind": args.get("kind", ""), "status": args.get("status") or "pending",
               "board": args.get("board", "")}
    if not policy.can_view_queue(me):
        raise Forbidden(_("The review queue is for moderators."))
    boards = visible_boards(me)
    context = {"filters": filters, "boards": boards, "kinds": visible_kinds(me),
               "statuses": (*STATUSES, "all"), "labels": labels(), "errors": {}}
    try:
        # The filter form sends empty fields for "any": they count as not given.
        query = parse_form(schemas.QueueQuery, args)
        board_id = board_filter(query.board, boards)
        counts = service.counts(db.session, me, query.status, board_id)
        # The counts per kind are the totals: no second count of the same rows.
        total = counts.get(query.kind, 0) if query.kind else sum(counts.values())
        items = service.list_items(db.session, me, kind=query.kind, status=query.status,
                                   board_id=board_id, page=query.page, per_page=PER_PAGE,
                                   total=total, cursor=query.cursor, rows=True)
    except ValidationError as error:
        return Response(render_template("moderation/queue/index.html", items=None, counts={},
                                        **{**context, "errors": error.errors}), status=422)
    return render_template("moderation/queue/index.html", items=items, counts=counts,
                           hidden=policy.hidden_ids(me, items.items),
                           hidden_summary=str(policy.HIDDEN_SUMMARY), **context)


# ------------------------------------------------------------------ one item


def _item_page(item, *, status: int = 200, errors: dict | None = None,
               failed: str | None = None, values: dict | None = None) -> Response:
    me = actor()
    item_type = types().get(item.kind)
    subject = item_type.load(db.session, item) if item_type and item_type.load else None
    return Response(render_template(
        "moderation/queue/item.html", item=item, item_type=item_type, subject=subject,
        label=labels().get(item.kind, item.kind), actions=list(item_type.actions.values())
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
        asked = parse_form(schemas.ClaimRequest, {"version": request.form.get("version", "")})
        service.claim(db.session, me, item, asked.version or item.version, claimed)
        commit(db.session)
    except Conflict as error:
        return _conflict_page(item_id, error)
    except ValidationError as error:
        db.session.rollback()
        return _item_page(service.get_item(db.session, me, item_id), status=422,
                          errors=error.errors)
    flash(_("You are handling this item.") if claimed else _("You gave this item back."),
          category="info")
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
        asked = parse_form(schemas.QueueAction, {
            "version": request.form.get("version", ""),
            "reason": request.form.get("reason", ""), "data": extra_data()})
        service.act(db.session, me, item, action, version=asked.version,
                    reason=asked.reason or "", data=asked.data)
        commit(db.session)
    except Conflict as error:
        return _conflict_page(item_id, error)
    except ValidationError as error:
        db.session.rollback()
        return _item_page(service.get_item(db.session, me, item_id), status=422,
                          errors=error.errors, failed=action, values=form_values())
    chosen = types()[item.kind].actions[action]
    flash(_("Done: %(action)s (%(status)s).", action=str(chosen.label).lower(),
            status=status_label(item.status).lower()), category="success")
    return done(url_for("queue.index"))


# ------------------------------------------------------------------ header badge


@bp.app_context_processor
def _queue_badge() -> dict:
    """The header's pending count for those who see the queue."""
    if not current_user.is_authenticated or request.path.startswith("/api/"):
        return {"queue_pending": 0, "queue_visible": False}
    me = actor()
    visible = policy.can_view_queue(me)
    return {"queue_visible": visible,
            "queue_pending": service.pending_count(db.session, me) if visible else 0}


@bp.app_template_filter("queue_age")
def queue_age(moment) -> str:
    """How long an item has waited, in the largest sensible unit and the reader's language
    ("3 days", "5 hours", "12 minutes"; "3 días", "5 heures"…)."""
    waited = max(timedelta(0), utcnow() - moment)
    if waited < timedelta(minutes=1):
        return _("just now")
    return babel_dates.format_timedelta(waited, threshold=1, locale=str(get_locale() or "en"))


def audit_action_label(code: str) -> str | None:
    """A queue action's audit code ("queue.<kind>.<action>") as people read it."""
    parts = code.split(".")
    if len(parts) != 3 or parts[0] != "queue" or parts[1] not in types():
        return None
    return _("%(kind)s: %(action)s", kind=labels()[parts[1]],
             action=event_label(parts[1], parts[2]))


bp.add_app_template_global(status_label, "queue_status_label")
bp.add_app_template_global(event_label, "queue_event_label")


@bp.app_template_global()
def queue_summary(item) -> str:
    return summary_of(item)

"""Pages of moderation.flags: the flag form on a post, and a member's own posts in review
(queued, flagged; the outcome and the moderator's reason)."""
from __future__ import annotations

from flask import Blueprint, flash, render_template, request, url_for
from flask_login import login_required

from community.boards import policy as boards_policy
from community.boards import service as boards
from community.platform.contract import parse_form
from community.platform.db import db
from community.platform.i18n import _
from community.platform.web import actor, form_action, render_form
from moderation.flags import policy, schemas, service
from moderation.flags.models import MESSAGE_MAX, REASONS

bp = Blueprint("flags", __name__)


@bp.record_once
def _setup(state) -> None:
    # Post cards ask whether to offer the Flag link.
    state.app.jinja_env.globals["flags_policy"] = policy


def _context(post) -> dict:
    return {"post": post, "reasons": list(REASONS.items()),
            "message_max": MESSAGE_MAX}


@bp.route("/p/<int:post_id>/flag", methods=["GET", "POST"])
@login_required
def flag(post_id: int):
    post = boards.get_post(db.session, actor(), post_id)
    mine = service.my_flag(db.session, actor(), post)
    if mine is not None:  # a member flags a post once: say so, a 409 for a second send
        status = 409 if request.method == "POST" else 200
        return render_template("moderation/flags/flag.html", already=mine, errors={},
                               values={}, **_context(post)), status
    service.require_can_flag(actor(), post)  # 403 with the reason (own post, silenced…)
    if request.method == "GET":
        return render_form("moderation/flags/flag.html", values={}, already=None,
                           **_context(post))

    def send() -> str:
        flagged = service.flag_post(db.session, actor(), post,
                                    parse_form(schemas.FlagRequest, request.form))
        flash(_("Thank you: the moderators will review this post. It is hidden until they "
                "do.") if post.is_hidden else
              _("Thank you: the moderators will review this post."), category="success")
        # A post the flag just hid is gone for the flagger too: back to what they can see.
        if boards_policy.can_view_post(actor(), post):
            return url_for("boards.post", post_id=flagged.post_id)
        if boards_policy.can_view_topic(actor(), post.topic):
            return url_for("boards.topic", topic_id=post.topic_id)
        return url_for("boards.board", slug=post.topic.board.slug)

    return form_action(send, "moderation/flags/flag.html", already=None, **_context(post))


@bp.route("/moderation/my-posts")
@login_required
def my_posts():
    return render_template("moderation/flags/my_posts.html",
                           reviews=service.my_reviews(db.session, actor()))

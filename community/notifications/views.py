"""HTML pages of the notifications domain: the list, and marking it read."""
from __future__ import annotations

from flask import Blueprint, render_template, request, url_for
from flask_login import current_user, login_required

from community.boards import policy as boards_policy
from community.notifications import service
from community.notifications.texts import notice_text, post_sentence_html
from community.platform.accounts import chrome
from community.platform.db import db
from community.platform.web import actor, done

bp = Blueprint("notifications", __name__)

@bp.route("/notifications")
@login_required
def index():
    me = actor()
    # A post may have been deleted or its board restricted since: ask the policy again.
    items = [n for n in service.for_user(db.session, me)
             if n.post is None or boards_policy.can_view_post(me, n.post)]
    return render_template("notifications/index.html", items=items,
                           sentence=post_sentence_html, notice_text=notice_text)


@bp.route("/notifications/read", methods=["POST"])
@login_required
def mark_read():
    ids = [int(i) for i in request.form.getlist("id") if i.isdigit()] or None
    service.mark_read(db.session, actor(), ids)
    return done(url_for("notifications.index"))


@bp.app_context_processor
def _unread_badge() -> dict:
    """The header's unread count, only when a page is rendered for a signed-in member."""
    if not current_user.is_authenticated or request.path.startswith("/api/"):
        return {"unread_notifications": 0}
    me = actor()
    return {"unread_notifications": chrome.value(
        me, "unread_notifications", lambda: service.unread_count(db.session, me))}

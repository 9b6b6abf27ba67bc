"""Pages of moderation.trust: a member's standing for site moderators (trust level, lock,
silence, suspension, history), and the activity counters (days visited, posts read)."""
from __future__ import annotations

import logging

from flask import Blueprint, Flask, flash, g, render_template, request, session, url_for
from flask.signals import template_rendered
from flask_login import current_user, login_required
from sqlalchemy.exc import SQLAlchemyError

from community.platform.accounts import service as accounts
from community.platform.contract import parse_form
from community.platform.db import commit, db, utcnow
from community.platform.errors import ValidationError
from community.platform.events import record_event
from community.platform.i18n import _
from community.platform.web import actor, done, form_values, render_form
from moderation.trust import policy, schemas, service

bp = Blueprint("trust", __name__)
log = logging.getLogger(__name__)


def init_pages(app: Flask) -> None:
    app.register_blueprint(bp)
    # Globals, not a context processor: imported macros (the profile's) see globals only.
    app.jinja_env.globals.update(trust_policy=policy, trust_standing=_standing_for_profile)
    template_rendered.connect(_count_shown_posts, app)


# ------------------------------------------------------------------ activity counters

_SKIP = {None, "static", "healthz", "livez"}


@bp.before_app_request
def _record_visit() -> None:
    """Once a day per member (a Python date check first, so other requests write nothing)."""
    if request.endpoint in _SKIP or not current_user.is_authenticated:
        return
    me = current_user._get_current_object()
    standing = me.standing
    if standing is not None and standing.last_visited_on == utcnow().date():
        return
    try:
        if service.record_visit(db.session, me):
            record_event(db.session, "member_active", user_id=me.id)
            commit(db.session)
        else:
            db.session.rollback()
    except SQLAlchemyError:  # a counter must never cost the member their page
        db.session.rollback()
        log.exception("could not record a visit")


def _count_shown_posts(sender, template, context, **_) -> None:
    """Posts read, approximately: the posts on each topic page a member opens."""
    if template.name != "boards/topic.html" or not current_user.is_authenticated:
        return
    posts, topic = context.get("posts"), context.get("topic")
    if posts is not None and topic is not None:
        g.trust_shown = (f"{topic.id}:{posts.page}", len(posts.items))


@bp.after_app_request
def _record_reading(response):
    shown = g.pop("trust_shown", None)
    if shown is None or response.status_code != 200:
        return response
    page_key, count = shown
    # The same page twice in a row (a reload) counts once.
    if session.get("trust_last_read") == page_key:
        return response
    session["trust_last_read"] = page_key
    me = current_user._get_current_object()
    try:
        if service.record_posts_read(db.session, me, count):
            record_event(db.session, "member_active", user_id=me.id)
        commit(db.session)
    except SQLAlchemyError:
        db.session.rollback()
        log.exception("could not record posts read")
    return response


# ------------------------------------------------------------------ profile helpers


def _standing_for_profile(member) -> dict | None:
    """For profile.html: what the viewer may see of a member's standing (None: nothing)."""
    me = actor()
    if not policy.can_view_standing(me, member):
        return None
    return {"progress": service.progress(db.session, me, member),
            "standing": member.standing, "own": me.id == member.id,
            "can_manage": policy.can_manage_member(me, member)}


# ------------------------------------------------------------------ moderator pages


def _member_page(member, *, status: int = 200, errors: dict | None = None, form: str = "",
                 values: dict | None = None):
    me = actor()
    return render_form(
        "moderation/trust/member.html", status=status, errors=errors or {}, failed=form,
        values=values if values is not None else form_values(),
        member=member, progress=service.progress(db.session, me, member),
        standing=member.standing, history=service.history(db.session, me, member),
        can_manage=policy.can_manage_member(me, member), levels=policy.LEVEL_NAMES,
        meanings=policy.LEVEL_MEANINGS)


@bp.route("/moderation/members/<username>")
@login_required
def member(username: str):
    member = accounts.get_user(db.session, username)
    service.progress(db.session, actor(), member)  # 403 unless the member or a moderator
    return _member_page(member, values={})


def _change(username: str, form: str, change, message):
    member = accounts.get_user(db.session, username)
    try:
        change(member)
        commit(db.session)
    except ValidationError as error:
        db.session.rollback()
        return _member_page(member, status=422, errors=error.errors, form=form)
    flash(message(member), category="success")
    return done(url_for("trust.member", username=member.username))


@bp.route("/moderation/members/<username>/trust", methods=["POST"])
@login_required
def set_trust(username: str):
    # The form always says whether the level is locked: an unticked box unlocks it.
    form = {"level": request.form.get("level", ""), "reason": request.form.get("reason", ""),
            "locked": bool(request.form.get("locked"))}
    return _change(username, "trust",
                   lambda m: service.set_trust(db.session, actor(), m,
                                               parse_form(schemas.TrustChange, form)),
                   lambda m: _("%(username)s's trust level is saved.", username=m.username))


def _restrict(username: str, kind: str):
    form = {k: request.form.get(k, "") for k in ("days", "ends_at", "reason")}
    return _change(username, kind,
                   lambda m: service.restrict(db.session, actor(), m, kind,
                                              parse_form(schemas.Restriction, form)),
                   lambda m: _("%(username)s is silenced.", username=m.username)
                   if kind == "silence" else
                   _("%(username)s is suspended; their sessions have ended.",
                     username=m.username))


@bp.route("/moderation/members/<username>/silence", methods=["POST"])
@login_required
def silence(username: str):
    return _restrict(username, "silence")


@bp.route("/moderation/members/<username>/suspend", methods=["POST"])
@login_required
def suspend(username: str):
    return _restrict(username, "suspension")


@bp.route("/moderation/members/<username>/lift/<kind>", methods=["POST"])
@login_required
def lift(username: str, kind: str):
    if kind not in ("silence", "suspension"):
        return render_template("error.html", title=_("Not found"),
                               detail=_("There is no such restriction.")), 404
    form = {"reason": request.form.get("reason", "")}
    return _change(username, "lift",
                   lambda m: service.lift(db.session, actor(), m, kind,
                                          parse_form(schemas.Lifting, form).reason or ""),
                   lambda m: _("%(username)s's silence is lifted.", username=m.username)
                   if kind == "silence" else
                   _("%(username)s's suspension is lifted.", username=m.username))

"""Pages for live sessions before they start: the list, scheduling, a session's page with
its disclosure statement and registration, the member's registrations and calendar files."""
from __future__ import annotations

from flask import Blueprint, Response, flash, render_template, request, url_for
from flask_login import login_required

from community.platform import pagecache
from community.platform.contract import parse_form
from community.platform.db import commit, db
from community.platform.errors import Forbidden
from community.platform.i18n import _, _n
from community.platform.spaces import service as spaces
from community.platform.web import actor, done, form_action, render_form, viewer_zone
from moderation.disclosures import service as disclosures
from realtime.sessions import content, ics, policy, schemas, service
from realtime.sessions.models import KIND_LABELS, RULE_LABELS, LiveSession
from realtime.sessions.service import role_label

bp = Blueprint("sessions", __name__)

# The labels are lazy: each page shows them in its reader's language.
CONTEXT = {"kinds": KIND_LABELS, "rules": RULE_LABELS, "sessions_policy": policy,
           "role_label": role_label}


def _session(session_id: int) -> LiveSession:
    return service.get_session(db.session, actor(), session_id)


def _url(live: LiveSession) -> str:
    return url_for("sessions.view", session_id=live.id, _external=True)


def _calendar(pairs, name: str, filename: str) -> Response:
    body = ics.calendar(pairs, request.host.split(":")[0], name)
    response = Response(body, mimetype="text/calendar")
    response.headers["Content-Type"] = "text/calendar; charset=utf-8"
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Cache-Control"] = "private, no-store"
    return response


# Cached for signed-out readers (platform/pagecache.py): they change with sessions, boards,
# disclosures, credit designations, and with the clock (what is upcoming, a disclosure that
# lapses), so a copy lasts a minute at most.
@bp.route("/sessions")
@pagecache.page(lambda: ["site", "sessions"], bucket=60)
def index():
    return render_template("sessions/index.html",
                           sessions=service.upcoming(db.session, actor()), **CONTEXT)


@bp.route("/b/<slug>/sessions/new", methods=["GET", "POST"])
@login_required
def new(slug: str):
    board = spaces.get_board(db.session, actor(), slug)
    context = {"board": board, "zone": viewer_zone().key, **CONTEXT}
    if request.method == "GET":
        return render_form("sessions/new.html", values={"capacity": "50", "kind": "journal_club"},
                           **context)

    def create() -> str:
        sessions = service.schedule(db.session, actor(), board, _schedule_form(),
                                    viewer_zone())
        flash(_n("Scheduled %(num)d session.", "Scheduled %(num)d sessions.", len(sessions)),
              "info")  # i18n: ignore (the category)
        return url_for("sessions.view", session_id=sessions[0].id)

    return form_action(create, "sessions/new.html", **context)


def _schedule_form() -> schemas.SessionSchedule:
    """The scheduling form (the model splits the presenters typed as "@ana, bo"). A case
    conference's form still carries the article fields, which it does not use."""
    form = request.form.to_dict()
    if form.get("kind") != "journal_club":
        form = {k: v for k, v in form.items() if not k.startswith("article_")}
    return parse_form(schemas.SessionSchedule, form)


@bp.route("/sessions/<int:session_id>")
@pagecache.page(lambda session_id: ["site", "sessions", "disclosures", "credit"], bucket=60)
def view(session_id: int):
    live = _session(session_id)
    me = actor()
    registration = service.registration_of(db.session, live, me)
    manages = policy.can_manage(me, live)
    # The page shows the disclosure statement: credit needs the learner to have seen it
    # before the content (ACCME Standard 3).
    disclosures.record_statement_shown(db.session, me, "session", live.id, "session_page")
    commit(db.session)
    return render_template(
        "sessions/view.html", live=live, registration=registration,
        position=service.waitlist_position(db.session, registration),
        seats_taken=service.registered_count(db.session, live), manages=manages,
        not_cleared=service.not_cleared(db.session, live)
        if manages or policy.is_presenter(me, live) else [],
        can_register=policy.can_register(me, live), **content.page_context(me, live),
        **CONTEXT)


@bp.route("/sessions/<int:session_id>/open", methods=["POST"])
@login_required
def open_registration(session_id: int):
    live = _session(session_id)
    service.open_registration(db.session, actor(), live)
    flash(_("Registration is open."), "info")  # i18n: ignore (the category)
    return done(url_for("sessions.view", session_id=live.id))


@bp.route("/sessions/<int:session_id>/cancel-session", methods=["POST"])
@login_required
def cancel_session(session_id: int):
    live = _session(session_id)
    service.cancel_session(db.session, actor(), live)
    flash(_("The session is cancelled."), "info")  # i18n: ignore (the category)
    return done(url_for("sessions.view", session_id=live.id))


@bp.route("/sessions/<int:session_id>/reschedule", methods=["GET", "POST"])
@login_required
def reschedule(session_id: int):
    """The host moves a session that has not started; registrants are told by mail."""
    live = _session(session_id)
    if not policy.can_manage(actor(), live):
        raise Forbidden(_("Only the host changes a session's time."))
    here = viewer_zone()
    context = {"live": live, "zone": here.key, **CONTEXT}
    if request.method == "GET":
        local = {k: getattr(live, k).astimezone(here).strftime("%Y-%m-%dT%H:%M")
                 for k in ("starts_at", "ends_at")}
        return render_form("sessions/reschedule.html", values=local, **context)

    def move() -> str:
        service.reschedule(db.session, actor(), live,
                           parse_form(schemas.SessionReschedule, request.form), here)
        flash(_("The session's time is changed; its registrants are told by mail."),
              "info")  # i18n: ignore (the category)
        return url_for("sessions.view", session_id=live.id)

    return form_action(move, "sessions/reschedule.html", **context)


@bp.route("/sessions/<int:session_id>/register", methods=["POST"])
@login_required
def register(session_id: int):
    live = _session(session_id)
    registration = service.register(db.session, actor(), live)
    flash(_("You are registered.") if registration.status == "registered"
          else _("The session is full: you are on the waitlist."),
          "info")  # i18n: ignore (the category)
    return done(url_for("sessions.view", session_id=live.id))


@bp.route("/sessions/<int:session_id>/unregister", methods=["POST"])
@login_required
def unregister(session_id: int):
    live = _session(session_id)
    service.cancel_registration(db.session, actor(), live)
    flash(_("Your registration is cancelled."), "info")  # i18n: ignore (the category)
    return done(url_for("sessions.view", session_id=live.id))


@bp.route("/sessions/<int:session_id>.ics")
def calendar_file(session_id: int):
    live = _session(session_id)
    return _calendar([(live, _url(live))], live.title, f"rounds-session-{live.id}.ics")


@bp.route("/sessions/mine")
@login_required
def mine():
    me = actor()
    registrations = service.my_registrations(db.session, me)
    token = service.feed_token(db.session, me)
    page = render_template(
        "sessions/mine.html", registrations=registrations,
        positions={r.id: service.waitlist_position(db.session, r) for r in registrations},
        feed_url=url_for("sessions.feed", token=token, _external=True), **CONTEXT)
    commit(db.session)  # the token made on the first visit
    return page


@bp.route("/sessions/mine/feed", methods=["POST"])
@login_required
def regenerate_feed():
    service.feed_token(db.session, actor(), regenerate=True)
    flash(_("A new feed address: the old one no longer works."),
          "info")  # i18n: ignore (the category)
    return done(url_for("sessions.mine"))


@bp.route("/sessions/feed/<token>.ics")
def feed(token: str):
    user, sessions = service.feed_sessions(db.session, token)
    return _calendar([(s, _url(s)) for s in sessions], f"Rounds — {user.display_name}",
                     "rounds-sessions.ics")

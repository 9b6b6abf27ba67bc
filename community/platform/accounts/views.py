"""HTML pages of the accounts domain: join, sign in and out, profile, password, API tokens."""
from __future__ import annotations

from flask import Blueprint, current_app, flash, render_template, request, url_for
from flask_login import login_required

from community.platform.accounts import limits, schemas, service, sessions, twofactor
from community.platform.accounts.models import CREDENTIALS, ROLES
from community.platform.contract import parse, parse_form
from community.platform.db import commit, db
from community.platform.errors import RateLimited, ValidationError
from community.platform.parsing import parse_bool
from community.platform.web import actor, done, form_action, render_form, safe_next

bp = Blueprint("accounts", __name__)

CREDENTIAL_CHOICES = [(c, {"student": "Student", "other": "Other"}.get(c, c)) for c in CREDENTIALS]


def _client_address() -> str:
    return request.remote_addr or "unknown"


@bp.route("/register", methods=["GET", "POST"])
def register():
    context = {"credential_choices": CREDENTIAL_CHOICES}
    if request.method == "GET":
        return render_form("accounts/register.html", values={"time_zone": "UTC",
                                                             "language": "en"}, **context)

    def create() -> str:
        limits.hit("register")
        user = service.register(db.session, parse_form(schemas.Registration, request.form))
        sessions.sign_in(db.session, user)
        flash("Welcome to Rounds. Start by reading a board or telling us about yourself.",
              "success")
        return url_for("boards.index")

    return form_action(create, "accounts/register.html", **context)


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_form("accounts/login.html", values={"next": request.args.get("next", "")})
    settings = current_app.config["SETTINGS"]
    form = request.form
    try:
        user = service.authenticate(db.session, form.get("email"), form.get("password"),
                                    _client_address(), max_failures=settings.login_max_failures,
                                    window_seconds=settings.login_window_seconds)
    except ValidationError as error:
        commit(db.session)  # keep the failed attempt so the limit counts it
        return render_form("accounts/login.html", errors=error.errors, status=422)
    except RateLimited as error:
        db.session.rollback()
        return render_form("accounts/login.html", errors={"_": [error.detail]}, status=429,
                           retry_after=error.retry_after)
    commit(db.session)
    if twofactor.needs_second_step(db.session, user):  # the code before the session
        return twofactor.start_second_step(user, remember=form.get("remember") == "on",
                                           next_url=safe_next(url_for("boards.index")))
    # A new server-side session and CSRF token (sessions.py); the old ones end.
    sessions.sign_in(db.session, user, remember=form.get("remember") == "on")
    return done(safe_next(url_for("boards.index")))


@bp.route("/logout", methods=["POST"])
def logout():
    sessions.sign_out(db.session)  # ends the session on the server, not only the cookie
    flash("You are signed out.", "info")
    return done(url_for("boards.index"))


def _profile_values(user) -> dict[str, str]:
    fields = ("display_name", "credentials", "specialty", "country", "time_zone", "language",
              "bio")
    return {name: getattr(user, name) or "" for name in fields}


@bp.route("/account", methods=["GET", "POST"])
@login_required
def account():
    me = actor()
    context = {"credential_choices": CREDENTIAL_CHOICES,
               "tokens": service.active_tokens(db.session, me), "new_token": None}
    if request.method == "GET":
        return render_form("accounts/account.html", values=_profile_values(me), **context)

    def save() -> str:
        # The whole profile is on the page: a field left empty is cleared.
        fields = {name: (request.form.get(name) or "").strip() or None
                  for name in schemas.Profile.model_fields if name in request.form}
        service.update_profile(db.session, me, me, parse(schemas.Profile, fields))
        flash("Your profile is saved.", "success")
        return url_for("accounts.account")

    return form_action(save, "accounts/account.html", **context)


@bp.route("/account/password", methods=["POST"])
@login_required
def change_password():
    me = actor()

    def change() -> str:
        service.change_password(db.session, me,
                                parse_form(schemas.PasswordChange, request.form))
        flash("Your password is changed; other devices are signed out and your API "
              "tokens revoked.", "success")
        return url_for("accounts.account")

    return form_action(change, "accounts/account.html", values=_profile_values(me),
                       credential_choices=CREDENTIAL_CHOICES,
                       tokens=service.active_tokens(db.session, me), new_token=None,
                       password_errors=True)


@bp.route("/account/tokens", methods=["POST"])
@login_required
def create_token():
    me = actor()
    try:
        wanted = parse_form(schemas.NewTokenName, request.form)
        token, plain = service.create_token(db.session, me, wanted.name,
                                            wanted.expires_in_days)
        commit(db.session)
    except ValidationError as error:
        db.session.rollback()
        return render_form("accounts/account.html", errors=error.errors, status=422,
                           values=_profile_values(me), credential_choices=CREDENTIAL_CHOICES,
                           tokens=service.active_tokens(db.session, me), new_token=None)
    # The plain token is shown once, on this response only; it is stored hashed.
    return render_form("accounts/account.html", status=201, values=_profile_values(me),
                       credential_choices=CREDENTIAL_CHOICES,
                       tokens=service.active_tokens(db.session, me),
                       new_token={"name": token.name, "plain": plain})


@bp.route("/account/tokens/<int:token_id>/revoke", methods=["POST"])
@login_required
def revoke_token(token_id: int):
    token = service.revoke_token(db.session, actor(), token_id)
    flash(f"The token “{token.name}” is revoked.", "info")
    return done(url_for("accounts.account") + "#tokens")


@bp.route("/account/sessions/<session_id>/end", methods=["POST"])
@login_required
def end_session(session_id: str):
    me = actor()
    current = sessions.current_id(me) == session_id
    sessions.end(db.session, me, session_id)
    flash("You are signed out on this device." if current else "That session is ended.",
          "info")
    return done(url_for("accounts.account") + "#sessions")


@bp.route("/account/sessions/end-others", methods=["POST"])
@login_required
def end_other_sessions():
    ended = sessions.end_others(db.session, actor())
    flash(f"Signed out everywhere else ({ended} session{'s' if ended != 1 else ''} ended).",
          "info")
    return done(url_for("accounts.account") + "#sessions")


@bp.route("/u/<username>")
def profile(username: str):
    member = service.get_user(db.session, username)
    return render_template("accounts/profile.html", member=member, roles=ROLES)


@bp.route("/u/<username>/verify", methods=["POST"])
@login_required
def verify(username: str):
    member = service.get_user(db.session, username)
    verified = bool(parse_bool(request.form.get("verified"), default=True))
    service.verify_credentials(db.session, actor(), member, verified)
    flash(f"{member.display_name}'s credentials are "
          f"{'verified' if verified else 'no longer marked verified'}.", "success")
    return done(url_for("accounts.profile", username=member.username))


@bp.route("/u/<username>/role", methods=["POST"])
@login_required
def set_role(username: str):
    member = service.get_user(db.session, username)
    role = parse_form(schemas.RoleRequest, request.form).role
    service.set_role(db.session, actor(), member, role)
    flash(f"{member.display_name} is now {role}.", "success")
    return done(url_for("accounts.profile", username=member.username))

"""HTML pages of the accounts domain: join, sign in and out, profile, password, API tokens."""
from __future__ import annotations

from collections.abc import Callable

from flask import (
    Blueprint,
    Response,
    current_app,
    flash,
    g,
    make_response,
    render_template,
    request,
    url_for,
)
from flask_babel import get_locale
from flask_babel import refresh as refresh_locale
from flask_login import login_required

from community.platform.accounts import (
    avatars,
    choices,
    limits,
    recovery,
    schemas,
    service,
    sessions,
    twofactor,
)
from community.platform.accounts.models import CREDENTIALS, ROLES, User
from community.platform.contract import parse, parse_form
from community.platform.db import commit, db, undo
from community.platform.errors import RateLimited, ValidationError
from community.platform.i18n import _, _l, _n, html_lang
from community.platform.parsing import parse_bool
from community.platform.web import (
    actor,
    done,
    form_action,
    render_form,
    safe_next,
    state_label,
)

bp = Blueprint("accounts", __name__)

# The credentials menu: the degrees as written everywhere (MD, RN…), two words translated.
CREDENTIAL_CHOICES = [(c, {"student": _l("Student"), "other": _l("Other")}.get(c, c))
                      for c in CREDENTIALS]


@bp.app_context_processor
def _pickers() -> dict:
    """The profile fields' menus (accounts/_profile_fields.html): the lists the contract
    checks against (accounts/choices.py)."""
    return {"country_choices": lambda: choices.countries_in(str(get_locale() or "en")),
            "zone_groups": choices.time_zone_menu, "language_choices": choices.languages}


def _client_address() -> str:
    return request.remote_addr or "unknown"


@bp.route("/register", methods=["GET", "POST"])
def register():
    context = {"credential_choices": CREDENTIAL_CHOICES}
    if request.method == "GET":
        # The language picker starts at the one this page is shown in (the browser's).
        return render_form("accounts/register.html", values={"time_zone": "UTC",
                                                             "language": html_lang()}, **context)

    def create() -> str:
        limits.hit("register")
        user = service.register(db.session, parse_form(schemas.Registration, request.form))
        recovery.after_registration(db.session, user)  # the link that confirms the address
        sessions.sign_in(db.session, user)
        flash(_("Welcome to Rounds. Start by reading a board or telling us about yourself.")
              if user.email_verified else
              _("Welcome to Rounds. Start by reading a board or telling us about yourself. "
                "We mailed a link to %(email)s: follow it to post.", email=user.email),
              "success")  # i18n: ignore
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
        undo(db.session, error)  # commits the throttle's audit event, nothing else
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
    flash(_("You are signed out."), "info")  # i18n: ignore
    return done(url_for("boards.index"))


def _shown_language_changed() -> None:
    """The member's preferred language may have changed: choose the shown one again (the
    locale selector reads `current_user.language`; this request had chosen already)."""
    g.pop("shown_locale", None)
    refresh_locale()


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
        _shown_language_changed()  # a new preferred language shows at once, this flash too
        flash(_("Your profile is saved."), "success")  # i18n: ignore
        return url_for("accounts.account")

    return form_action(save, "accounts/account.html", **context)


@bp.route("/account/password", methods=["POST"])
@login_required
def change_password():
    me = actor()

    def change() -> str:
        service.change_password(db.session, me,
                                parse_form(schemas.PasswordChange, request.form))
        flash(_("Your password is changed; other devices are signed out and your API "
                "tokens revoked."), "success")  # i18n: ignore
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
    flash(_("The token “%(name)s” is revoked.", name=token.name), "info")  # i18n: ignore
    return done(url_for("accounts.account") + "#tokens")


@bp.route("/account/sessions/<session_id>/end", methods=["POST"])
@login_required
def end_session(session_id: str):
    me = actor()
    current = sessions.current_id(me) == session_id
    sessions.end(db.session, me, session_id)
    flash(_("You are signed out on this device.") if current else _("That session is ended."),
          "info")  # i18n: ignore
    return done(url_for("accounts.account") + "#sessions")


@bp.route("/account/sessions/end-others", methods=["POST"])
@login_required
def end_other_sessions():
    ended = sessions.end_others(db.session, actor())
    flash(_n("Signed out everywhere else (%(num)d session ended).",
             "Signed out everywhere else (%(num)d sessions ended).", ended), "info")  # i18n: ignore
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
    flash(_("%(name)s's credentials are verified.", name=member.display_name) if verified
          else _("%(name)s's credentials are no longer marked verified.",
                 name=member.display_name), "success")  # i18n: ignore
    return done(url_for("accounts.profile", username=member.username))


@bp.route("/u/<username>/role", methods=["POST"])
@login_required
def set_role(username: str):
    member = service.get_user(db.session, username)
    role = parse_form(schemas.RoleRequest, request.form).role
    service.set_role(db.session, actor(), member, role)
    flash(_("%(name)s is now %(role)s.", name=member.display_name, role=state_label(role)),
          "success")  # i18n: ignore
    return done(url_for("accounts.profile", username=member.username))


@bp.route("/u/<username>/card")
def card(username: str) -> Response:
    """The small card a member's name opens (static/js/rounds.js): an HTML fragment of what
    their profile page shows everyone, and nothing else."""
    member = service.get_user(db.session, username)
    response = make_response(render_template("accounts/_card.html", member=member))
    response.headers["Cache-Control"] = "public, max-age=300"
    return response


@bp.route("/u/<username>/avatar")
def avatar(username: str) -> Response:
    """A member's picture. Its URL carries its version (?v=): that one is cached for a year;
    any other answers with the current picture, briefly cached."""
    member = service.get_user(db.session, username)
    picture = avatars.picture(db.session, member)
    response = Response(picture.data, mimetype=picture.content_type)
    current = request.args.get("v") == member.avatar_version
    response.headers["Cache-Control"] = ("public, max-age=31536000, immutable" if current
                                         else "public, max-age=300")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Disposition"] = f'inline; filename="{member.username}.jpg"'
    response.set_etag(picture.sha256)
    return response.make_conditional(request)


@bp.url_value_preprocessor
def _avatar_upload_limit(endpoint: str | None, _values: dict | None) -> None:
    """The picture upload accepts a body above the site's 2 MB limit (set before the CSRF
    check parses the form); every other page keeps it."""
    if endpoint == "accounts.upload_avatar" and request.mimetype == "multipart/form-data":
        request.max_content_length = avatars.UPLOAD_REQUEST_MAX


@bp.route("/account/avatar", methods=["POST"])
@login_required
def upload_avatar():
    me = actor()

    def save() -> str:
        avatars.upload(db.session, me, me, request.files.get("avatar"))
        flash(_("Your picture is saved."), "success")  # i18n: ignore
        return url_for("accounts.account") + "#picture"

    return form_action(save, "accounts/account.html", values=_profile_values(me),
                       credential_choices=CREDENTIAL_CHOICES,
                       tokens=service.active_tokens(db.session, me), new_token=None)


@bp.route("/account/avatar/remove", methods=["POST"])
@login_required
def remove_avatar():
    if avatars.remove(db.session, actor(), actor()):
        flash(_("Your picture is removed; your initials show instead."), "info")  # i18n: ignore
    return done(url_for("accounts.account") + "#picture")


# ---------------------------------------------------------------- links by mail (recovery.py)


def _no_referrer(response):
    """A page whose URL holds a token: it never goes to another site in a Referer."""
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


@bp.route("/password-reset", methods=["GET", "POST"])
def forgot_password():
    """'Forgot password': the same answer whether or not an account uses the address."""
    if request.method == "GET":
        return render_form("accounts/password_forgot.html", values={}, sent=False)
    try:
        recovery.request_password_reset(db.session, parse_form(schemas.PasswordResetRequest,
                                                               request.form),
                                        _client_address())
        commit(db.session)
    except ValidationError as error:
        undo(db.session, error)
        return render_form("accounts/password_forgot.html", errors=error.errors, status=422,
                           sent=False)
    except RateLimited as error:
        undo(db.session, error)
        return render_form("accounts/password_forgot.html", errors={"_": [error.detail]},
                           status=429, retry_after=error.retry_after, sent=False)
    return render_form("accounts/password_forgot.html", values={}, sent=True,
                       message=recovery.RESET_SENT)


@bp.route("/password-reset/<token>", methods=["GET", "POST"])
def reset_password(token: str):
    if recovery.find(db.session, recovery.RESET, token) is None:
        return _no_referrer(render_form("accounts/password_reset.html", values={},
                                        dead=True, status=404))
    if request.method == "GET":
        return _no_referrer(render_form("accounts/password_reset.html", values={},
                                        dead=False))
    try:
        user = recovery.reset_password(db.session, {
            "token": token, "new_password": request.form.get("new_password")})
        commit(db.session)
    except ValidationError as error:
        undo(db.session, error)
        dead = "token" in error.errors
        return _no_referrer(render_form("accounts/password_reset.html", values={},
                                        errors={} if dead else error.errors, dead=dead,
                                        status=404 if dead else 422))
    # Every session ended (this browser's too): sign in with the new password — through
    # the two-factor step when it is on.
    sessions.sign_out(db.session)
    commit(db.session)
    # The link proved the owner: this browser becomes a known device of the account, so
    # the sign-in throttle does not slow it for others' failures (limits.py).
    sessions.remember_device(user)
    flash(_("Your password is changed, every session is ended and your API tokens are "
            "revoked. Sign in with the new password."), "success")  # i18n: ignore
    return done(url_for("accounts.login"))


def _follow_mailed_link(confirm, token: str, message: Callable[[User], str], then: str):
    """A link from a mail (confirm an address): the action, committed, then `message` and
    the page `then`; a dead or refused link says so on the link's page. The token is in
    the URL: no Referer leaves with it."""
    try:
        user = confirm(db.session, token)
        commit(db.session)
    except ValidationError as error:
        undo(db.session, error)
        dead = "token" in error.errors
        return _no_referrer(render_form("accounts/verify_email.html", values={}, dead=True,
                                        status=404 if dead else 422,
                                        errors={} if dead else error.errors))
    flash(message(user), "success")  # i18n: ignore
    return _no_referrer(done(then))


@bp.route("/verify-email/<token>")
def verify_email(token: str):
    return _follow_mailed_link(recovery.verify_email, token,
                               lambda user: _("Thank you: %(email)s is confirmed. You can "
                                              "post now.", email=user.email),
                               url_for("boards.index"))


@bp.route("/account/verify-email", methods=["GET", "POST"])
@login_required
def verify_email_page():
    """Whether the address is confirmed, and a button that mails the link again."""
    me = actor()
    if request.method == "GET":
        return render_form("accounts/verify_email.html", values={}, dead=False)
    try:
        sent = recovery.resend_verification(db.session, me)
        commit(db.session)
    except RateLimited as error:
        undo(db.session, error)
        return render_form("accounts/verify_email.html", values={}, dead=False,
                           errors={"_": [error.detail]}, status=429,
                           retry_after=error.retry_after)
    flash(_("We mailed a new link to %(email)s.", email=me.email) if sent else
          _("Your address is confirmed already."), "info")  # i18n: ignore
    return done(url_for("accounts.verify_email_page"))


@bp.route("/account/email", methods=["POST"])
@login_required
def change_email():
    me = actor()
    # The page's password field is `email_password` (the page has other password fields).
    fields = {"new_email": request.form.get("new_email") or "",
              "password": request.form.get("email_password") or ""}
    again = {"values": _profile_values(me), "credential_choices": CREDENTIAL_CHOICES,
             "new_token": None, "email_errors": True}
    try:
        new = recovery.request_email_change(db.session, me,
                                            parse(schemas.EmailChangeRequest, fields))
        commit(db.session)
    except ValidationError as error:
        undo(db.session, error)
        errors = {("email_password" if key == "password" else key): messages
                  for key, messages in error.errors.items()}
        return render_form("accounts/account.html", errors=errors, status=422,
                           tokens=service.active_tokens(db.session, me), **again)
    except RateLimited as error:
        undo(db.session, error)
        return render_form("accounts/account.html", errors={"_": [error.detail]}, status=429,
                           retry_after=error.retry_after,
                           tokens=service.active_tokens(db.session, me), **again)
    hours = int(recovery.CHANGE_TTL.total_seconds() // 3600)
    flash(_n("We mailed a link to %(new)s: your address changes when you follow it (within "
             "%(num)d hour). Until then you sign in with %(old)s.",
             "We mailed a link to %(new)s: your address changes when you follow it (within "
             "%(num)d hours). Until then you sign in with %(old)s.", hours,
             new=new, old=me.email), "info")  # i18n: ignore
    return done(url_for("accounts.account") + "#email")


@bp.route("/account/email/confirm/<token>")
def confirm_email_change(token: str):
    return _follow_mailed_link(recovery.confirm_email_change, token,
                               lambda user: _("Your sign-in address is now %(email)s.",
                                              email=user.email),
                               url_for("accounts.account") + "#email")

"""JSON API of accounts: registration, personal tokens, the member's own profile, public
profiles, verification and roles. Contracts: community.platform.accounts.schemas."""
from __future__ import annotations

from flask import current_app, request, url_for

from community.platform.accounts import (
    avatars,
    limits,
    recovery,
    schemas,
    service,
    sessions,
    twofactor,
)
from community.platform.api import Created, api_blueprint, api_user, operation, require_user
from community.platform.api.serializers import token_json, user_json
from community.platform.db import commit, db
from community.platform.errors import ValidationError
from community.platform.i18n import _

bp = api_blueprint("accounts_api", __name__)


@bp.post("/auth/register")
@operation("Register a member account", tag="accounts", body=schemas.Registration,
           status=201, response=schemas.User, errors=(429,))
def register(body: schemas.Registration):
    limits.hit("register")
    user = service.register(db.session, body)
    recovery.after_registration(db.session, user)  # the link that confirms the address
    commit(db.session)
    return Created(user_json(user, user), url_for(".get_user", username=user.username))


@bp.post("/auth/token")
@operation("Issue a personal API token (email and password, and a two-factor code when "
           "it is on)", tag="accounts", body=schemas.TokenRequest, status=201,
           response=schemas.NewToken, errors=(403, 429))
def issue_token(body: schemas.TokenRequest):
    settings = current_app.config["SETTINGS"]
    email = getattr(body, "email", None)
    limits.hit("token", account=email.strip().lower() if isinstance(email, str) else None)
    try:
        token, plain = twofactor.issue_token(
            db.session, body, request.remote_addr or "-",
            max_failures=settings.login_max_failures,
            window_seconds=settings.login_window_seconds)
    except ValidationError:
        # Keep the failed attempt: the sign-in limit counts it.
        commit(db.session)
        raise
    commit(db.session)
    return Created({"token": plain, "id": token.id, "name": token.name,
                    "prefix": token.prefix, "created_at": token.created_at,
                    "expires_at": token.expires_at},
                   url_for(".list_tokens"))


@bp.get("/auth/tokens")
@operation("List your API tokens (never their secrets)", tag="accounts",
           response=schemas.TokenList, auth=True)
def list_tokens():
    user = require_user()
    return {"items": [token_json(t) for t in service.active_tokens(db.session, user)]}


@bp.delete("/auth/tokens/<id:token_id>")
@operation("Revoke one of your API tokens", tag="accounts", status=204, auth=True)
def revoke_token(token_id: int):
    service.revoke_token(db.session, require_user(), token_id)
    commit(db.session)


def _session_json(row, current: str | None) -> dict:
    return {"id": row.id, "device": sessions.describe(row.user_agent),
            "user_agent": row.user_agent, "address": row.address,
            "created_at": row.created_at, "last_seen_at": row.last_seen_at,
            "expires_at": row.expires_at, "current": row.id == current}


@bp.get("/me/sessions")
@operation("The browsers signed in to your account", tag="accounts",
           response=schemas.SessionList, auth=True)
def list_sessions():
    user = require_user()
    current = sessions.current_id(user)
    return {"items": [_session_json(row, current) for row in sessions.live(db.session, user)]}


@bp.delete("/me/sessions/<session_id>")
@operation("End one of your sessions (that browser is signed out)", tag="accounts",
           status=204, auth=True)
def end_session(session_id: str):
    sessions.end(db.session, require_user(), session_id)
    commit(db.session)


@bp.delete("/me/sessions")
@operation("End every session but the one making this request", tag="accounts",
           status=204, auth=True)
def end_other_sessions():
    sessions.end_others(db.session, require_user())
    commit(db.session)


@bp.get("/me")
@operation("Your profile", tag="accounts", response=schemas.User, auth=True)
def get_me():
    user = require_user()
    return user_json(user, user)


@bp.patch("/me")
@operation("Change your profile (fields not sent keep their value)", tag="accounts",
           body=schemas.Profile, response=schemas.User, auth=True)
def update_me(body: schemas.Profile):
    user = require_user()
    service.update_profile(db.session, user, user, body)
    commit(db.session)
    return user_json(user, user)


@bp.url_value_preprocessor
def _avatar_upload_limit(endpoint: str | None, _values: dict | None) -> None:
    """A picture may be larger than the site's 2 MB request limit (set before anything reads
    the body); JSON bodies keep it."""
    if endpoint == "accounts_api.put_my_avatar" and request.mimetype == "multipart/form-data":
        request.max_content_length = avatars.UPLOAD_REQUEST_MAX


@bp.put("/me/avatar")
@operation("Upload your picture (replacing any); its metadata is stripped", tag="accounts",
           response=schemas.User, auth=True, errors=(413, 422),
           description="A multipart/form-data body (not JSON) with the file in `avatar`: a PNG "
                       f"or JPEG of at most {avatars.AVATAR_MAX_BYTES // 1048576} MB. The type "
                       "is read from the bytes; the picture is cropped to its centre square, "
                       f"resized to {avatars.AVATAR_SIZE} pixels and re-encoded as a JPEG, so "
                       "no EXIF, GPS or other metadata survives.")
def put_my_avatar():
    user = require_user()
    if request.mimetype != "multipart/form-data":
        request.get_data()
        raise ValidationError({"avatar": [_("Send multipart/form-data with the file in "
                                            "the 'avatar' field.")]})
    avatars.upload(db.session, user, user, request.files.get("avatar"))
    commit(db.session)
    return user_json(user, user)


@bp.delete("/me/avatar")
@operation("Remove your picture (your initials show instead)", tag="accounts", status=204,
           auth=True)
def delete_my_avatar():
    user = require_user()
    avatars.remove(db.session, user, user)
    commit(db.session)


@bp.post("/me/password")
@operation("Change your password", tag="accounts", body=schemas.PasswordChange, status=204,
           auth=True)
def change_password(body: schemas.PasswordChange):
    user = require_user()
    service.change_password(db.session, user, body)
    commit(db.session)


@bp.get("/users/<username>")
@operation("A member's public profile", tag="accounts", response=schemas.User)
def get_user(username: str):
    member = service.get_user(db.session, username)
    return user_json(member, api_user())


@bp.post("/users/<username>/verify")
@operation("Verify or unverify credentials (moderators)", tag="accounts",
           body=schemas.VerifyRequest, response=schemas.User, auth=True, errors=(403,))
def verify_user(username: str, body: schemas.VerifyRequest):
    actor = require_user()
    member = service.verify_credentials(db.session, actor,
                                        service.get_user(db.session, username), body.verified)
    commit(db.session)
    return user_json(member, actor)


@bp.put("/users/<username>/role")
@operation("Change a member's role (administrators)", tag="accounts",
           body=schemas.RoleRequest, response=schemas.User, auth=True, errors=(403,))
def set_role(username: str, body: schemas.RoleRequest):
    actor = require_user()
    member = service.set_role(db.session, actor, service.get_user(db.session, username),
                              body.role)
    commit(db.session)
    return user_json(member, actor)


# ---------------------------------------------------------------- links by mail (recovery.py)


@bp.post("/password-reset")
@operation("Forgot password: mail a reset link to the address (the answer is the same "
           "whether or not an account uses it)", tag="accounts",
           body=schemas.PasswordResetRequest, status=202, response=schemas.MailSent,
           errors=(429,))
def request_password_reset(body: schemas.PasswordResetRequest):
    recovery.request_password_reset(db.session, body, limits.client_address())
    commit(db.session)
    return {"detail": str(recovery.RESET_SENT)}


@bp.post("/password-reset/confirm")
@operation("Set a new password with the token of a reset link (single-use, an hour): every "
           "session ends and every API token is revoked", tag="accounts",
           body=schemas.PasswordResetConfirm, status=204)
def confirm_password_reset(body: schemas.PasswordResetConfirm):
    recovery.reset_password(db.session, body)
    commit(db.session)


@bp.post("/me/email-verification")
@operation("Mail the link that confirms your address again (until it is confirmed you read "
           "but do not post)", tag="accounts", status=202, response=schemas.MailSent,
           auth=True, errors=(429,))
def resend_verification():
    user = require_user()
    sent = recovery.resend_verification(db.session, user)
    commit(db.session)
    return {"detail": f"We mailed a new link to {user.email}." if sent
            else "Your address is confirmed already."}


@bp.post("/email-verification/confirm")
@operation("Confirm an address with the token of the link mailed to it", tag="accounts",
           body=schemas.LinkToken, status=204)
def confirm_verification(body: schemas.LinkToken):
    recovery.verify_email(db.session, body.token)
    commit(db.session)


@bp.post("/me/email")
@operation("Change your sign-in address (with your password): it changes when the link "
           "mailed to the new address is followed; the current address is told",
           tag="accounts", body=schemas.EmailChangeRequest, status=202,
           response=schemas.MailSent, auth=True, errors=(429,))
def change_email(body: schemas.EmailChangeRequest):
    user = require_user()
    new = recovery.request_email_change(db.session, user, body)
    commit(db.session)
    return {"detail": f"We mailed a link to {new}; your address changes when it is followed."}


@bp.post("/email-change/confirm")
@operation("Confirm a new sign-in address with the token of the link mailed to it",
           tag="accounts", body=schemas.LinkToken, status=204)
def confirm_email_change(body: schemas.LinkToken):
    recovery.confirm_email_change(db.session, body.token)
    commit(db.session)


# ---------------------------------------------------------------- two-factor (twofactor.py)


def _two_factor_status(user) -> dict:
    enabled = twofactor.is_enabled(db.session, user)
    return {"enabled": enabled, "required": twofactor.is_required(user, db.session),
            "recovery_codes_left": twofactor.recovery_codes_left(db.session, user)
            if enabled else None}


def _counting_failures(run):
    """Run a two-factor step: a wrong code is committed with its refusal (it counts toward
    the pause); a paused account's attempt is rolled back (429)."""
    try:
        return run()
    except ValidationError as error:
        raise error.keeping_work() from None


@bp.get("/me/two-factor")
@operation("Whether two-factor sign-in is on, and required for you", tag="accounts",
           response=schemas.TwoFactorStatus, auth=True)
def two_factor_status():
    return _two_factor_status(require_user())


@bp.post("/me/two-factor/enrolment")
@operation("Begin turning two-factor sign-in on: the secret and its otpauth:// URI for the "
           "authenticator app (the same until confirmed; 422 when it is on already)",
           tag="accounts", response=schemas.TwoFactorEnrolment, auth=True, errors=(422,))
def begin_two_factor():
    user = require_user()
    record = twofactor.begin(db.session, user)
    answer = {"secret": twofactor.secret_of(record),
              "provisioning_uri": twofactor.provisioning_uri(user, record)}
    commit(db.session)
    return answer


@bp.post("/me/two-factor/confirm")
@operation("Turn two-factor sign-in on with a first code from the app; answers the ten "
           "recovery codes (shown once)", tag="accounts", body=schemas.TwoFactorCode,
           response=schemas.RecoveryCodes, auth=True)
def confirm_two_factor(body: schemas.TwoFactorCode):
    user = require_user()
    codes = _counting_failures(lambda: twofactor.confirm(db.session, user, body.code))
    commit(db.session)
    return {"recovery_codes": codes}


@bp.post("/me/two-factor/recovery-codes")
@operation("Ten new recovery codes (the old ones stop working), with a current code",
           tag="accounts", body=schemas.TwoFactorCode, response=schemas.RecoveryCodes,
           auth=True)
def regenerate_recovery_codes(body: schemas.TwoFactorCode):
    user = require_user()

    def renew() -> list[str]:
        if not twofactor.is_enabled(db.session, user):
            raise ValidationError({"code": [_("Two-factor sign-in is not on.")]})
        twofactor.verify(db.session, user, body.code)
        return twofactor.new_recovery_codes(db.session, user)

    codes = _counting_failures(renew)
    commit(db.session)
    return {"recovery_codes": codes}


@bp.post("/me/two-factor/disable")
@operation("Turn two-factor sign-in off (password and a code; not when your role requires "
           "it)", tag="accounts", body=schemas.TwoFactorOff, status=204, auth=True,
           errors=(403,))
def disable_two_factor(body: schemas.TwoFactorOff):
    user = require_user()
    _counting_failures(lambda: twofactor.disable(db.session, user, body.password, body.code))
    commit(db.session)

"""A member's request to have their clinical credentials verified."""
from __future__ import annotations

from flask import Blueprint, flash, request, url_for
from flask_login import current_user, login_required

from community.platform.accounts.models import CREDENTIALS
from community.platform.db import commit, db
from community.platform.errors import ValidationError
from community.platform.i18n import _, _l
from community.platform.web import actor, done, render_form
from moderation.verification import service as verification

bp = Blueprint("verification", __name__)


CREDENTIAL_CHOICES = [(c, {"student": _l("Student"), "other": _l("Other")}.get(c, c))
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
    flash(_("Your request is with the moderators. We will tell you here when it is decided.")
          if created else _("You already have a request waiting; it is shown below."),
          category="success" if created else "info")
    return done(url_for("accounts.account") + "#verification")


@bp.app_context_processor
def _verification_status() -> dict:
    """The account page's verification status (computed only when a template asks)."""
    if not current_user.is_authenticated:
        return {}
    me = actor()
    return {"verification_status": lambda: verification_status(me)}

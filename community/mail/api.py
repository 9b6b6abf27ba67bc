"""JSON API of mail: the member's mail preferences."""
from __future__ import annotations

from community.mail import schemas, service
from community.platform.api import api_blueprint, operation, require_user
from community.platform.db import commit, db

bp = api_blueprint("mail_api", __name__)


@bp.get("/me/mail-preferences")
@operation("Your cadence for each kind of mail", tag="accounts",
           response=schemas.MailPreferences, auth=True)
def get_mail_preferences():
    user = require_user()
    return service.preferences(db.session, user)


@bp.put("/me/mail-preferences")
@operation("Change your cadence for kinds of mail (kinds not sent keep theirs)",
           tag="accounts", body=schemas.MailPreferencesUpdate,
           response=schemas.MailPreferences, auth=True)
def put_mail_preferences(body: schemas.MailPreferencesUpdate):
    user = require_user()
    chosen = {k: v for k, v in body.model_dump(exclude_none=True).items()}
    result = service.update_preferences(db.session, user, user, chosen)
    commit(db.session)
    return result

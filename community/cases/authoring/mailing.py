"""Co-author invitations by mail (community.mail): the invitee hears of the invitation, with a
signed link to it — also a colleague invited by address who has no account yet.

The link carries the invitation's number and address, signed (itsdangerous) and valid for
INVITATION_DAYS. Following it shows the invitation; answering is a POST (CSRF and all) by the
member who holds the invited address — a member who registers or signs in with it. An
email invitation not answered within INVITATION_DAYS expires (the service refuses it)."""
from __future__ import annotations

from datetime import timedelta

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy.orm import Session

from community.cases.authoring.models import CaseInvitation
from community.cases.models import CREDIT_ROLES
from community.cases.service import case_title
from community.mail.service import queue_mail, site_url
from community.platform.i18n import _, force_locale, member_locale

INVITATION_DAYS = 30
INVITATION_TTL = timedelta(days=INVITATION_DAYS)
_SALT = "rounds.case-invitation"


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt=_SALT)



def invitation_token(invitation: CaseInvitation) -> str:
    return _serializer().dumps({"i": invitation.id, "e": invitation.email,
                                "u": invitation.user_id})


def read_token(token: str) -> int | None:
    """The invitation a link names, or None when it is forged, altered or too old."""
    try:
        data = _serializer().loads(token, max_age=int(INVITATION_TTL.total_seconds()))
    except (BadSignature, SignatureExpired):
        return None
    invitation_id = data.get("i") if isinstance(data, dict) else None
    return invitation_id if isinstance(invitation_id, int) else None


def token_matches(token: str, invitation: CaseInvitation) -> bool:
    """The token names this invitation, as it was sent (address and member)."""
    try:
        data = _serializer().loads(token, max_age=int(INVITATION_TTL.total_seconds()))
    except (BadSignature, SignatureExpired):
        return False
    return isinstance(data, dict) and data.get("i") == invitation.id and \
        data.get("e") == invitation.email and data.get("u") in (None, invitation.user_id)


def invitation_link(invitation: CaseInvitation) -> str:
    return site_url(f"/case-invitations/open/{invitation_token(invitation)}")


def invited(db: Session, invitation: CaseInvitation) -> None:
    """Mail the invitee (a member, or an address with no account yet), once."""
    case = invitation.case
    to = invitation.user if invitation.user is not None else invitation.email
    if not to:
        return
    # In the invited member's language (an address with no account yet: the inviter's).
    language = (invitation.user.language if invitation.user is not None
                else invitation.invited_by.language)
    with force_locale(member_locale(language)):
        queue_mail(
            db, kind="coauthor_invitation", to=to,
            subject=_("Invitation to co-author “%(title)s”", title=case_title(case)[:120]),
            template="coauthor_invitation",
            context={"title": case_title(case), "inviter": invitation.invited_by.display_name,
                     "message": invitation.message or "",
                     "roles": [str(CREDIT_ROLES.get(r, r)) for r in invitation.roles or []],
                     "link": invitation_link(invitation), "days": INVITATION_DAYS,
                     "has_account": invitation.user is not None,
                     "email": invitation.email},
            dedupe_key=f"coauthor_invitation:{invitation.id}")

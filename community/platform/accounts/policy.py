"""Who may do what with accounts. Views, API, templates and CLI all ask here."""
from __future__ import annotations

from flask import current_app

from community.platform.accounts.models import Role, User
from community.platform.errors import NotAuthenticated
from community.platform.i18n import _, local_time
from community.platform.parsing import zone

# Trust levels 0-4 are earned from activity (moderation.trust). Members below this level
# have every post queued for review (trust level 0 by default); the first post of a new
# (level 0) member is queued even if this is lowered to 0.
POSTING_TRUST_LEVEL = 1


def is_signed_in(actor: User | None) -> bool:
    """A suspended member counts as signed out everywhere (their sessions and tokens end)."""
    return (actor is not None and getattr(actor, "is_authenticated", False) and actor.is_active
            and not is_suspended(actor))


# Silences and suspensions live in moderation.trust (User.standing, loaded with the member);
# a member without a standing row has never been restricted.
def is_suspended(member: User | None) -> bool:
    standing = getattr(member, "standing", None)
    return standing is not None and standing.suspended()


def is_silenced(member: User | None) -> bool:
    standing = getattr(member, "standing", None)
    return standing is not None and standing.silenced()


def restriction_notice(member: User, kind: str) -> str:
    """What the member is told: 'You are silenced until 3 Dec 2026 14:00 UTC: reason'."""
    standing = member.standing
    until = standing.silenced_until if kind == "silence" else standing.suspended_until
    reason = standing.silence_reason if kind == "silence" else standing.suspension_reason
    when = local_time(until, zone("UTC")).striptags()
    if kind == "silence":
        return _("Your account is silenced (you can read but not post, reply, edit or flag) "
                 "until %(until)s. Reason: %(reason)s", until=when, reason=reason)
    return _("Your account is suspended until %(until)s. Reason: %(reason)s", until=when,
             reason=reason)


def is_moderator(actor: User | None) -> bool:
    return is_signed_in(actor) and actor.role in (Role.moderator.value, Role.admin.value)


def is_admin(actor: User | None) -> bool:
    return is_signed_in(actor) and actor.role == Role.admin.value


def can_verify_credentials(actor: User | None, member: User) -> bool:
    """Moderators verify clinicians' credentials, never their own."""
    return is_moderator(actor) and actor.id != member.id


def can_change_role(actor: User | None, member: User) -> bool:
    return is_admin(actor) and actor.id != member.id


def can_view_tokens(actor: User | None, member: User) -> bool:
    return is_signed_in(actor) and actor.id == member.id


def can_edit_profile(actor: User | None, member: User) -> bool:
    return is_signed_in(actor) and (actor.id == member.id or is_admin(actor))


def email_confirmed(member: User | None) -> bool:
    """Whether the member followed the link mailed to their address (or it is not asked:
    ROUNDS_EMAIL_VERIFICATION_REQUIRED off)."""
    if member is None:
        return False
    if getattr(member, "email_verified_at", None) is not None:
        return True
    return not current_app.config["SETTINGS"].email_verification_required


EMAIL_UNCONFIRMED = ("Confirm your email address to post: follow the link we mailed you, or "
                     "ask for a new one at /account/verify-email.")


def can_post(actor: User | None) -> bool:
    """Silenced members read but do not post, reply or edit (moderation.trust silences);
    nor do members who have not confirmed their email address yet."""
    return is_signed_in(actor) and not is_silenced(actor) and email_confirmed(actor)


def posting_refusal(actor: User | None) -> str | None:
    """Why a signed-in member may not post at all (silenced, address not confirmed), or
    None: the message a page or the API shows."""
    if is_silenced(actor):
        return restriction_notice(actor, "silence")
    if is_signed_in(actor) and not email_confirmed(actor):
        return EMAIL_UNCONFIRMED
    return None


def require_signed_in(actor: User | None, message: str = "Sign in first.") -> User:
    """The actor, or NotAuthenticated (401, and the sign-in page for browsers)."""
    if not is_signed_in(actor):
        raise NotAuthenticated(message)
    return actor

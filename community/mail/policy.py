"""Who may do what with mail: a member manages their own preferences; admins read the
messages the embedded transport wrote, only when Rounds runs as a demo."""
from __future__ import annotations

from community.platform.accounts import policy as accounts_policy
from community.platform.accounts.models import User
from community.platform.errors import Forbidden, NotAuthenticated, NotFound
from community.platform.i18n import _


def can_manage_preferences(actor: User | None, member: User) -> bool:
    return accounts_policy.is_signed_in(actor) and actor.id == member.id


def ensure_manage_preferences(actor: User | None, member: User) -> None:
    if not accounts_policy.is_signed_in(actor):
        raise NotAuthenticated(_("Sign in to choose what mail you get."))
    if not can_manage_preferences(actor, member):
        raise Forbidden(_("Only the member chooses what mail they get."))


def can_read_dev_mail(actor: User | None, demo: bool, file_transport: bool) -> bool:
    return demo and file_transport and accounts_policy.is_admin(actor)


def ensure_read_dev_mail(actor: User | None, demo: bool, file_transport: bool) -> None:
    """Outside a demo (or for anyone but an admin) the pages do not exist."""
    if not can_read_dev_mail(actor, demo, file_transport):
        raise NotFound(_("No such page."))

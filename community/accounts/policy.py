"""Who may do what with accounts. Views, API, templates and CLI all ask here."""
from __future__ import annotations

from community.accounts.models import Role, User


def is_signed_in(actor: User | None) -> bool:
    return actor is not None and getattr(actor, "is_authenticated", False) and actor.is_active


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

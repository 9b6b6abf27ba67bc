"""Who may read the audit log: administrators."""
from __future__ import annotations

from community.accounts.models import User
from community.accounts.policy import is_admin


def can_view_audit(actor: User | None) -> bool:
    return is_admin(actor)

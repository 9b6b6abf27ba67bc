"""Who may read the audit log: administrators."""
from __future__ import annotations

from community.platform.accounts.models import User
from community.platform.accounts.policy import is_admin


def can_view_audit(actor: User | None) -> bool:
    return is_admin(actor)

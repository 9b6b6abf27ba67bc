"""What the composer asks of the server while a member writes: the text as it will be shown,
and who an @name may mean.

The preview is rendered here, by the same `cook_post` (markup.cook with the mentions of
existing members linked) that renders the post when it is sent: there is no Markdown parser in
the browser, so a preview never differs from the post. Both are for signed-in members only
and counted against their own rate limits ("preview", "mentions"; ROUNDS_RATE_LIMITS).

Mention suggestions show only what every member's profile page already shows (username,
display name, credentials), and never deleted, deactivated or suspended accounts."""
from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from community.boards.service import cook_post
from community.platform.accounts import limits
from community.platform.accounts.models import User
from community.platform.accounts.policy import is_signed_in, is_suspended
from community.platform.errors import NotAuthenticated
from community.platform.i18n import _

MENTION_LIMIT = 8
# What may follow the @ of a username as a member types it (markup._MENTION's characters).
_PREFIX = re.compile(r"@?([A-Za-z0-9_][A-Za-z0-9_.-]{0,29})")


def _member(actor: User | None) -> User:
    if not is_signed_in(actor):
        raise NotAuthenticated(_("Sign in to preview and to look up members."))
    return actor


def preview(db: Session, actor: User | None, raw: str) -> str:
    """The HTML `raw` would become as a post (sanitized, mentions linked)."""
    member = _member(actor)
    limits.hit("preview", account=member.id)
    return cook_post(db, raw or "")


def mention_suggestions(db: Session, actor: User | None, typed: str,
                        limit: int = MENTION_LIMIT) -> list[User]:
    """Members whose username starts with `typed` (case-insensitive, without the @),
    alphabetically, at most `limit`; nothing for text that cannot start a username."""
    member = _member(actor)
    limits.hit("mentions", account=member.id)
    found = _PREFIX.fullmatch((typed or "").strip())
    if found is None:
        return []
    prefix = found.group(1).lower()
    rows = db.scalars(
        select(User)
        .where(func.lower(User.username).startswith(prefix, autoescape=True),
               User.deleted_at.is_(None), User.is_active.is_(True))
        .order_by(func.lower(User.username))
        .limit(limit * 3)
    ).all()
    # Suspensions live with the member's standing (moderation.trust): checked per row.
    return [user for user in rows if not is_suspended(user)][:limit]

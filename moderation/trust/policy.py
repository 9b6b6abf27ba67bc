"""Trust levels, and who may change a member's level or restrict them. Every threshold is here.

Levels (as on Discourse): 0 new member, 1 basic, 2 member, 3 regular. A member earns levels
from activity; the promotion (moderation.trust.service.review_member) runs on activity
events and from the periodic task, never demotes, and leaves a locked level alone. Only
site moderators set a level (up or down), lock it, silence or suspend: those act on the
member across every board, so a board's own moderators cannot (they act on the flagged and
queued posts of their boards, through the review queue).

What counts:
- days visited: days (UTC) with at least one signed-in page view;
- posts read: the posts shown on topic pages the member opened — an approximation (a page
  counts once per visit, not per post actually scrolled past);
- replies: posts the member wrote that others can see (not the opening post of a topic);
- likes received: likes on the member's visible posts;
- upheld flags: flags against the member's posts that a moderator upheld (the post was
  removed) within the last FLAG_WINDOW_DAYS days.
"""
from __future__ import annotations

from dataclasses import dataclass

from community.platform.accounts.models import User
from community.platform.accounts.policy import (
    is_admin,
    is_moderator,
    is_signed_in,
)
from community.platform.i18n import _l

MAX_LEVEL = 3
FLAG_WINDOW_DAYS = 100

# Shown to members (translated when shown): str() them where a string is needed.
LEVEL_NAMES = {0: _l("new member"), 1: _l("basic member"), 2: _l("member"), 3: _l("regular"),
               4: _l("leader")}
LEVEL_MEANINGS = {
    0: _l("Posts wait for a moderator's review before others see them; slower posting limits; "
          "flags weigh 0.5."),
    1: _l("Posts appear at once; normal posting limits; flags weigh 1."),
    2: _l("Everything level 1 can do; flags weigh 1.5."),
    3: _l("Everything level 2 can do; flags weigh 2."),
    4: _l("Set by moderators only; flags weigh 2."),
}


@dataclass(frozen=True)
class Requirements:
    days_visited: int
    posts_read: int
    replies: int
    likes_received: int
    # Upheld flags allowed within FLAG_WINDOW_DAYS.
    max_upheld_flags: int = 0


REQUIREMENTS: dict[int, Requirements] = {
    1: Requirements(days_visited=2, posts_read=10, replies=0, likes_received=0),
    2: Requirements(days_visited=10, posts_read=50, replies=5, likes_received=5),
    3: Requirements(days_visited=30, posts_read=200, replies=20, likes_received=20),
}

# The labels of the requirements, in the order the profile lists them.
LABELS = {
    "days_visited": _l("days visited"),
    "posts_read": _l("posts read"),
    "replies": _l("replies written"),
    "likes_received": _l("likes received"),
}


def can_manage_member(actor: User | None, member: User) -> bool:
    """Set or lock a level, silence, suspend, lift: site moderators, never on themselves;
    other staff only by an administrator."""
    if not is_moderator(actor) or actor.id == member.id:
        return False
    return member.role == "member" or is_admin(actor)


def can_view_standing(actor: User | None, member: User) -> bool:
    """A member's activity figures and restrictions: the member themself and moderators."""
    return is_signed_in(actor) and (actor.id == member.id or is_moderator(actor))

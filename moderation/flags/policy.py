"""Who may flag what, and how much a flag weighs.

A flag weighs by the flagger's trust level (FLAG_WEIGHTS). The flags on a post that are still
open add up to its score; at HIDE_THRESHOLD the post is hidden pending review. Two flags hide
at once whatever the score: one from a moderator of the post's board (site or board
moderator), and a patient-privacy flag from a verified clinician — identifiable patient data
must not stay up while it waits for a moderator.

So, with the defaults: three basic members (1 + 1 + 1), two level-2 members (1.5 + 1.5), or a
regular and a basic member (2 + 1) hide a post; six new members' flags (0.5 each) do too."""
from __future__ import annotations

from community.boards import policy as boards_policy
from community.boards.models import Post
from community.platform.accounts.models import User
from community.platform.accounts.policy import is_signed_in, is_silenced
from community.platform.spaces import policy as spaces_policy

HIDE_THRESHOLD = 3.0
FLAG_WEIGHTS = {0: 0.5, 1: 1.0, 2: 1.5, 3: 2.0, 4: 2.0}


def flag_weight(flagger: User, post: Post) -> float:
    if spaces_policy.can_moderate(flagger, post.topic.board):
        return HIDE_THRESHOLD
    return FLAG_WEIGHTS.get(flagger.trust_level, 1.0)


def hides_at_once(flagger: User, post: Post, reason: str) -> bool:
    return (spaces_policy.can_moderate(flagger, post.topic.board)
            or (reason == "patient_privacy" and flagger.is_verified))


def can_flag(actor: User | None, post: Post) -> bool:
    """Signed-in, not silenced, a post they can see (not their own, not deleted, not one
    waiting in the queue — a queued post already waits for a moderator)."""
    return (is_signed_in(actor) and not is_silenced(actor)
            and boards_policy.can_view_post(actor, post) and actor.id != post.author_id
            and not post.is_deleted and post.hidden_reason != "queued")


def can_view_flags(actor: User | None, post: Post) -> bool:
    """The flags on a post (who, why): the moderators of its board."""
    return spaces_policy.can_moderate(actor, post.topic.board)

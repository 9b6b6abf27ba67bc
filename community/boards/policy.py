"""Who may read and write what on the boards. One place, used by pages, API and templates.

Ordinary board posts are spontaneous peer discussion and need no disclosure (ACCME Standards
for Integrity and Independence, Standard 3 exemption for learner-controlled content).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from community.boards.models import Post, Topic
from community.platform.accounts.models import User
from community.platform.accounts.policy import (
    POSTING_TRUST_LEVEL,
    can_post,
    is_moderator,
    is_signed_in,
)
from community.platform.spaces.models import Board
from community.platform.spaces.policy import can_moderate, can_read_board


def can_start_topic(actor: User | None, board: Board) -> bool:
    return can_post(actor) and can_read_board(actor, board)


def sees_hidden(actor: User | None, author_id: int, board: Board) -> bool:
    """Hidden content (queued, or flagged pending review): its author and the board's
    moderators see it; nobody else knows it is there."""
    return (is_signed_in(actor) and actor.id == author_id) or can_moderate(actor, board)


def can_view_topic(actor: User | None, topic: Topic) -> bool:
    if not can_read_board(actor, topic.board):
        return False
    if topic.is_hidden and not sees_hidden(actor, topic.author_id, topic.board):
        return False
    return not topic.is_deleted or can_moderate(actor, topic.board)


def can_reply(actor: User | None, topic: Topic) -> bool:
    if not (can_post(actor) and can_view_topic(actor, topic)) or topic.is_deleted:
        return False
    return not topic.locked or can_moderate(actor, topic.board)


def can_view_post(actor: User | None, post: Post) -> bool:
    if not can_view_topic(actor, post.topic):
        return False
    if post.is_hidden and not sees_hidden(actor, post.author_id, post.topic.board):
        return False
    return not post.is_deleted or can_moderate(actor, post.topic.board)


def can_edit_post(actor: User | None, post: Post) -> bool:
    if not (can_view_post(actor, post) and can_post(actor)):
        return False
    if can_moderate(actor, post.topic.board):
        return True
    return (is_signed_in(actor) and actor.id == post.author_id and not post.is_deleted
            and not post.topic.locked and not post.topic.is_deleted)


def can_delete_post(actor: User | None, post: Post) -> bool:
    """Authors withdraw their own replies; moderators delete any post. The opening post
    goes with its topic."""
    if post.number == 1 or not can_view_post(actor, post):
        return False
    return can_moderate(actor, post.topic.board) or (
        actor is not None and actor.id == post.author_id and not post.topic.locked
    )


def can_restore_post(actor: User | None, post: Post) -> bool:
    return can_moderate(actor, post.topic.board)


def can_like(actor: User | None, post: Post) -> bool:
    return (is_signed_in(actor) and can_view_post(actor, post) and not post.is_deleted
            and not post.is_hidden and actor.id != post.author_id)


@dataclass(frozen=True)
class PostTools:
    """What the reader may do with one post listed on a topic page."""

    like: bool
    quote: bool
    edit: bool
    delete: bool
    restore: bool


def listed_post_tools(actor: User | None, topic: Topic,
                      posts: Sequence[Post]) -> dict[int, PostTools]:
    """can_like, can_reply (quote and reply), can_edit_post, can_delete_post and
    can_restore_post for every post of a page, asking what depends on the reader and the
    topic once. Only for posts that list_posts gave this reader on this topic: those are
    visible to them (can_view_post holds), so it is not asked again per post."""
    signed_in = is_signed_in(actor)
    me = actor.id if signed_in else None
    posting = signed_in and can_post(actor)
    moderates = can_moderate(actor, topic.board)
    replies = can_reply(actor, topic)
    open_topic = not topic.locked and not topic.is_deleted
    tools = {}
    for post in posts:
        own = me is not None and me == post.author_id
        tools[post.id] = PostTools(
            like=signed_in and not own and not post.is_deleted and not post.is_hidden,
            quote=replies and not post.is_deleted,
            edit=posting and (moderates or (own and not post.is_deleted and open_topic)),
            delete=post.number != 1 and not post.is_deleted and (
                moderates or (own and not topic.locked)),
            restore=post.is_deleted and moderates)
    return tools


def can_watch(actor: User | None, board: Board) -> bool:
    return is_signed_in(actor) and can_read_board(actor, board)


def can_hide_revision(actor: User | None, post: Post) -> bool:
    return can_moderate(actor, post.topic.board)


def holds_for_review(actor: User, first_post: bool) -> bool:
    """Whether a new post waits in the review queue before anyone else sees it: every post of
    a member below the posting trust level, and the first post of a new (level 0) member.
    Staff and board moderators post directly. Thresholds: moderation.trust.policy."""
    if is_moderator(actor) or actor.moderated_board_ids or actor.role != "member":
        return False
    return actor.trust_level < POSTING_TRUST_LEVEL or (first_post and actor.trust_level == 0)

"""The JSON shapes of boards, topics, posts and revisions (their schemas: the API document)."""
from __future__ import annotations

from typing import Any

from flask import url_for

from community.boards import policy as boards_policy
from community.boards.models import Post, PostRevision, Topic
from community.platform.accounts.models import User
from community.platform.api.serializers import author_json, time_json
from community.platform.spaces.models import Board


def board_json(board: Board) -> dict[str, Any]:
    return {"slug": board.slug, "name": board.name, "description": board.description,
            "verified_only": board.verified_only, "topic_count": board.topic_count,
            "url": url_for("boards_api.get_board", slug=board.slug)}


def topic_json(topic: Topic) -> dict[str, Any]:
    return {
        "id": topic.id, "board": topic.board.slug, "title": topic.title,
        "author": author_json(topic.author), "tags": [t.name for t in topic.tags],
        "pinned": topic.pinned, "locked": topic.locked, "post_count": topic.post_count,
        "created_at": time_json(topic.created_at), "last_posted_at": time_json(topic.last_posted_at),
        "deleted": topic.is_deleted, "url": url_for("boards_api.get_topic", topic_id=topic.id),
    }


def post_json(post: Post, actor: User | None, liked: set[int]) -> dict[str, Any]:
    # Readers see the raw Markdown: anyone who can read a post can read its revisions.
    reply_to = post.reply_to
    return {
        "id": post.id, "topic_id": post.topic_id, "number": post.number,
        "author": author_json(post.author), "raw": post.raw, "cooked": post.cooked,
        "revision": post.revision, "like_count": post.like_count,
        "liked_by_me": post.id in liked,
        "reply_to": None if reply_to is None else {
            "id": reply_to.id, "number": reply_to.number, "username": reply_to.author.username},
        "created_at": time_json(post.created_at), "edited_at": time_json(post.edited_at),
        "deleted": post.is_deleted,
        "can_edit": boards_policy.can_edit_post(actor, post),
        "can_delete": boards_policy.can_delete_post(actor, post),
        "url": url_for("boards_api.get_post", post_id=post.id),
    }


def revision_json(revision: PostRevision) -> dict[str, Any]:
    """A hidden revision keeps its record (who, when, why) but not its text."""
    return {
        "number": revision.number, "editor": author_json(revision.editor),
        "raw": revision.raw, "cooked": revision.cooked, "title": revision.title,
        "reason": revision.reason, "created_at": time_json(revision.created_at),
        "hidden": revision.is_hidden, "hidden_at": time_json(revision.content_hidden_at),
        "hidden_reason": revision.hidden_reason if revision.is_hidden else None,
    }

"""Shared arrangements for the queue, audit, verification and board-moderator tests (no tests
here): items of a board-scoped kind about a real post, verification requests, and members
of every role signed in through the real sign-in form."""
from __future__ import annotations

import re

from sqlalchemy import select

from community.boards import service as boards
from community.boards.models import Post
from community.platform.accounts.models import User
from community.platform.db import commit
from community.platform.spaces import service as spaces
from community.platform.spaces.models import Board, BoardModerator
from moderation.queue import service as queue
from moderation.verification import service as verification
from tests.support.web import csrf_token, login

BOARD_KIND = "queued_post"
CASE = ("A woman in her 40s with three days of fever and a new murmur; blood cultures "
        "pending. Would you start empiric cover for endocarditis now?")


def board_kind() -> str:
    """A board-scoped kind with an "approve" action (moderation.flags registers
    "queued_post": approve / reject)."""
    return BOARD_KIND


def board_id(session, slug: str) -> int:
    return session.scalar(select(Board.id).where(Board.slug == slug))


def board_item(session, author: User, slug: str = "cardiology",
               title: str = "Fever and a new murmur: start antibiotics?") -> int:
    """A pending item of the board-scoped kind about a real post by `author` in `slug`."""
    kind = board_kind()
    member = session.get(User, author.id)
    board = spaces.get_board(session, member, slug)
    topic = boards.create_topic(session, member, board, {"title": title, "raw": CASE})
    post_id = session.scalar(select(Post.id).where(Post.topic_id == topic.id,
                                                   Post.number == 1))
    existing = queue.open_item(session, kind, "post", post_id)
    if existing is not None:  # the flags helper may queue first posts itself
        commit(session)
        return existing.id
    item, _ = queue.enqueue(session, kind, "post", post_id, board_id=board.id,
                            subject_user_id=member.id, summary=f"First post: {title}")
    commit(session)
    return item.id


def verification_item(session, member: User, **details) -> int:
    form = {"credentials": "MD", "licence_number": "GMC 7654321",
            "issuing_body": "General Medical Council", "country": "GB",
            "note": "Registered since 2011.", **details}
    item, _ = verification.request_verification(session, session.get(User, member.id), form)
    commit(session)
    return item.id


def appoint(session, member: User, slug: str) -> None:
    session.add(BoardModerator(board_id=board_id(session, slug), user_id=member.id))
    commit(session)


def version_of(client, item_id: int) -> int:
    page = client.get(f"/moderation/items/{item_id}").get_data(as_text=True)
    match = re.search(r'name="version" value="(\d+)"', page)
    assert match, page[:2000]
    return int(match.group(1))


def signed_in(app, user: User):
    client = app.test_client()
    login(client, user)
    return client


def act(client, item_id: int, action: str, version: int, reason: str = "", **data):
    return client.post(f"/moderation/items/{item_id}/act/{action}",
                       data={"csrf_token": csrf_token(client), "version": version,
                             "reason": reason, **data})

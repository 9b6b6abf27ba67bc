"""Who hears about a post: mentioned members, the member replied to, watchers."""
from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, joinedload

from community.boards.models import Post, Topic, Watch
from community.notifications.models import Notification
from community.platform import markup
from community.platform.accounts.models import User
from community.platform.db import utcnow
from community.platform.events import record_event
from community.platform.spaces import policy as spaces_policy


def _add_once(db: Session, user_id: int, kind: str, post: Post, actor_id: int) -> bool:
    exists = db.scalar(select(Notification.id).where(
        Notification.user_id == user_id, Notification.post_id == post.id))
    if exists is not None:
        return False
    db.add(Notification(user_id=user_id, kind=kind, post_id=post.id, actor_id=actor_id))
    return True


def notify_post_created(db: Session, post_id: int) -> int:
    """Create the notifications a new post causes; idempotent (a task may run twice).

    One notification per member and post, the most specific kind first: a mention, then a
    quote of their post, then a reply to their post, then activity in a topic or board they
    watch. A name in a quote (or its "@name wrote" header) or in code is no mention."""
    post = db.get(Post, post_id, options=[joinedload(Post.topic).joinedload(Topic.board)])
    if post is None or post.is_deleted:
        return 0
    board = post.topic.board
    recipients: dict[int, str] = {}
    names = markup.mentioned_usernames(post.raw)
    if names:
        for user in db.scalars(select(User).where(func.lower(User.username).in_(names))):
            recipients.setdefault(user.id, "mention")
    for user_id in _quoted_authors(db, post):
        recipients.setdefault(user_id, "quote")
    if post.reply_to is not None:
        recipients.setdefault(post.reply_to.author_id, "reply")
    watch_column = Watch.board_id if post.number == 1 else Watch.topic_id
    watch_target = board.id if post.number == 1 else post.topic_id
    for user_id in db.scalars(select(Watch.user_id).where(watch_column == watch_target)):
        recipients.setdefault(user_id, "new_topic" if post.number == 1 else "reply")
    recipients.pop(post.author_id, None)
    told: list[int] = []
    for user_id, kind in recipients.items():
        user = db.get(User, user_id)
        # Never tell someone about a post they cannot read (restricted boards).
        if user is None or not user.is_active or not spaces_policy.can_read_board(user, board):
            continue
        if _add_once(db, user_id, kind, post, post.author_id):
            told.append(user_id)
    db.flush()
    _unread_changed(db, told)
    return len(told)


def _unread_changed(db: Session, user_ids: list[int]) -> None:
    """After the commit, the members' open pages get their new unread count (live.py)."""
    if user_ids:
        record_event(db, "unread_changed", user_ids=sorted(set(user_ids)))


def _quoted_authors(db: Session, post: Post) -> list[int]:
    """The authors of the posts of this topic that `post` quotes (the header names the author
    and the number; both must match, so a header typed by hand names no one else)."""
    quoted = markup.quoted_posts(post.raw)
    if not quoted:
        return []
    rows = db.execute(select(Post.number, Post.author_id, User.username)
                      .join(User, User.id == Post.author_id)
                      .where(Post.topic_id == post.topic_id,
                             Post.number.in_([number for _name, number in quoted]))).all()
    by_number = {number: (author_id, username.lower()) for number, author_id, username in rows}
    return [by_number[number][0] for name, number in quoted
            if number in by_number and by_number[number][1] == name]


def notify_post_liked(db: Session, post_id: int, user_id: int) -> int:
    post = db.get(Post, post_id)
    if post is None or post.author_id == user_id:
        return 0
    exists = db.scalar(select(Notification.id).where(
        Notification.user_id == post.author_id, Notification.post_id == post.id,
        Notification.kind == "like"))
    if exists is not None:
        return 0
    db.add(Notification(user_id=post.author_id, kind="like", post_id=post.id, actor_id=user_id))
    db.flush()
    _unread_changed(db, [post.author_id])
    return 1


def notify_member(db: Session, user_id: int, kind: str, message: str, link: str,
                  actor_id: int | None = None) -> bool:
    """A notification about the member's own records (no post): once per member, kind and
    link, so a task that runs twice sends it once. True when it was created."""
    exists = db.scalar(select(Notification.id).where(
        Notification.user_id == user_id, Notification.kind == kind,
        Notification.post_id.is_(None), Notification.link == link))
    if exists is not None:
        return False
    db.add(Notification(user_id=user_id, kind=kind, message=message[:300], link=link[:300],
                        actor_id=actor_id))
    db.flush()
    _unread_changed(db, [user_id])
    return True


def for_user(db: Session, user: User, limit: int = 50) -> list[Notification]:
    return list(db.scalars(
        select(Notification).options(joinedload(Notification.post).joinedload(Post.topic))
        .where(Notification.user_id == user.id)
        .order_by(Notification.created_at.desc(), Notification.id.desc()).limit(limit)))


def unread_count(db: Session, user: User | int) -> int:
    user_id = user if isinstance(user, int) else user.id
    return db.scalar(select(func.count()).where(
        Notification.user_id == user_id, Notification.read_at.is_(None))) or 0


def unread_count_expression():
    """The header badge's count as a scalar over `users`, loaded with the signed-in member
    (platform/accounts/chrome.py)."""
    return select(func.count()).where(Notification.user_id == User.id,
                                      Notification.read_at.is_(None)).scalar_subquery()


def mark_read(db: Session, user: User, ids: list[int] | None = None) -> int:
    query = update(Notification).where(Notification.user_id == user.id,
                                       Notification.read_at.is_(None))
    if ids is not None:
        query = query.where(Notification.id.in_(ids))
    marked = db.execute(query.values(read_at=utcnow())).rowcount
    if marked:
        _unread_changed(db, [user.id])  # the member's other tabs
    return marked

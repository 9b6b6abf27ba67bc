"""Board use cases: topics, replies, edits with revisions, likes, tags, watches, moderation.

Each function checks policy, changes state and records domain events; none commits (the
caller's unit of work does) and none touches the request.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from flask import current_app
from sqlalchemy import func, literal, or_, select, union_all, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, defer, joinedload
from sqlalchemy.orm.attributes import set_committed_value

from community.boards import policy
from community.boards.diffing import line_diff, unified_diff
from community.boards.models import (
    ModerationAction,
    Post,
    PostLike,
    PostRevision,
    Tag,
    Topic,
    Watch,
)
from community.boards.schemas import HideRevision, NewReply, NewTopic, PostEdit
from community.platform import markup
from community.platform.accounts.models import User
from community.platform.accounts.policy import is_signed_in, posting_refusal
from community.platform.contract import coerce
from community.platform.db import utcnow
from community.platform.errors import (
    EditConflict,
    Forbidden,
    NotAuthenticated,
    NotFound,
    RateLimited,
    ValidationError,
)
from community.platform.events import record_event
from community.platform.i18n import _, _l, _n
from community.platform.language import detect as detect_language
from community.platform.parsing import Page, page_number
from community.platform.spaces.models import Board


@dataclass
class PostingLimits:
    """Seconds between posts (new members are trust level 0); ROUNDS_POSTING_LIMITS."""

    topic_new: int = 120
    reply_new: int = 30
    topic: int = 15
    reply: int = 5


def posting_limits(db: Session) -> PostingLimits:
    """The app's limits, unless this unit of work carries its own (the demo seeds many
    posts at once)."""
    return db.info.get("posting_limits") or PostingLimits(
        **current_app.config["SETTINGS"].posting_limits)


# ---------------------------------------------------------------- reading


def list_topics(db: Session, actor: User | None, board: Board, page: object = 1,
                per_page: int = 30, tag: str | None = None) -> Page[Topic]:
    page = page_number(page)
    query = select(Topic).where(Topic.board_id == board.id)
    if not policy.can_moderate(actor, board):
        query = query.where(Topic.deleted_at.is_(None), _shown(Topic, actor))
    if tag:
        query = query.where(Topic.tags.any(Tag.name == tag.lower()))
    total = db.scalar(select(func.count()).select_from(query.subquery())) or 0
    topics = db.scalars(
        query.options(joinedload(Topic.author), joinedload(Topic.tags))
        .order_by(Topic.pinned.desc(), Topic.last_posted_at.desc(), Topic.id.desc())
        .limit(per_page).offset((page - 1) * per_page)
    ).unique().all()
    return Page(topics, page, per_page, total)


def _shown(model, actor: User | None):
    """Hidden topics and posts (queued or flagged) are listed for their author only (and for
    moderators, who skip this filter): see policy.sees_hidden."""
    if not is_signed_in(actor):
        return model.hidden_at.is_(None)
    return or_(model.hidden_at.is_(None), model.author_id == actor.id)


NO_TOPIC = _l("There is no such topic, or it is not shared with you.")
NO_POST = _l("There is no such post, or it is not shared with you.")


def get_topic(db: Session, actor: User | None, topic_id: int) -> Topic:
    topic = db.get(Topic, topic_id, options=[joinedload(Topic.board), joinedload(Topic.tags)])
    # One answer for missing and unreadable: a 403 would confirm that a restricted topic
    # exists (and, with ids in order, how many there are).
    if topic is None or not policy.can_read_board(actor, topic.board):
        raise NotFound(str(NO_TOPIC))
    if not policy.can_view_topic(actor, topic):
        raise NotFound(_("This topic was deleted."))
    return topic


def list_posts(db: Session, actor: User | None, topic: Topic, page: object = 1,
               per_page: int = 20, *, people: bool = True) -> Page[Post]:
    """A page of the posts `actor` sees on `topic`. people=False loads the posts alone (not
    their text, authors or the posts they reply to): a page whose cards come from the cache
    needs none of those; `complete_posts` loads them for the cards that do."""
    page = page_number(page)
    query = select(Post).where(Post.topic_id == topic.id)
    if not policy.can_moderate(actor, topic.board):
        query = query.where(Post.deleted_at.is_(None), _shown(Post, actor))
    # One row more than a page: when it does not come, this is the last page and the total
    # is known without a count(*) over the topic.
    loads = (joinedload(Post.author), joinedload(Post.reply_to).joinedload(Post.author)) \
        if people else (defer(Post.raw), defer(Post.cooked))
    posts = list(db.scalars(
        query.options(*loads)
        .order_by(Post.number).limit(per_page + 1).offset((page - 1) * per_page)
    ).all())
    if len(posts) <= per_page and (posts or page == 1):
        total = (page - 1) * per_page + len(posts)
    else:
        total = db.scalar(select(func.count()).select_from(query.subquery())) or 0
    posts = posts[:per_page]
    for post in posts:  # the topic is known: policies asking post.topic load nothing
        set_committed_value(post, "topic", topic)
    return Page(posts, page, per_page, total)


def page_of_post(db: Session, actor: User | None, post: Post, per_page: int = 20) -> int:
    query = select(func.count()).where(Post.topic_id == post.topic_id, Post.number < post.number)
    if not policy.can_moderate(actor, post.topic.board):
        query = query.where(Post.deleted_at.is_(None), _shown(Post, actor))
    before = db.scalar(query) or 0
    return before // per_page + 1


def get_post(db: Session, actor: User | None, post_id: int) -> Post:
    post = db.get(Post, post_id, options=[joinedload(Post.topic).joinedload(Topic.board)])
    if post is None or not policy.can_read_board(actor, post.topic.board):
        raise NotFound(str(NO_POST))  # as get_topic: never confirm a restricted post exists
    if not policy.can_view_post(actor, post):
        raise NotFound(_("This post was deleted."))
    return post


def complete_posts(db: Session, posts: Sequence[Post]) -> None:
    """What a post's card shows, for posts listed with people=False: their text, authors
    and the posts they reply to (with theirs), in three queries whatever their number.
    Afterwards post.author and post.reply_to load from the session, not the database."""
    if not posts:
        return
    by_id = {post.id: post for post in posts}
    for post_id, cooked in db.execute(select(Post.id, Post.cooked).where(
            Post.id.in_(list(by_id)))):
        set_committed_value(by_id[post_id], "cooked", cooked)
    replied = {post.reply_to_id for post in posts if post.reply_to_id} - set(by_id)
    others = list(db.scalars(select(Post).options(defer(Post.raw), defer(Post.cooked))
                             .where(Post.id.in_(list(replied))))) if replied else []
    authors = {post.author_id for post in (*posts, *others)}
    db.scalars(select(User).where(User.id.in_(list(authors)))).all()


def viewer_state(db: Session, actor: User | None, topic: Topic,
                 posts: Sequence[Post]) -> tuple[set[int], bool]:
    """The reader's own state on a topic page, in one query: the posts they liked and
    whether they watch the topic."""
    if not is_signed_in(actor):
        return set(), False
    likes = select(PostLike.post_id.label("id"), literal("like").label("what")).where(
        PostLike.user_id == actor.id, PostLike.post_id.in_([p.id for p in posts] or [-1]))
    watch = select(Watch.topic_id.label("id"), literal("watch").label("what")).where(
        Watch.user_id == actor.id, Watch.topic_id == topic.id)
    rows = db.execute(union_all(likes, watch)).all()
    return ({row.id for row in rows if row.what == "like"},
            any(row.what == "watch" for row in rows))


def liked_post_ids(db: Session, actor: User | None, posts: Sequence[Post]) -> set[int]:
    if not is_signed_in(actor) or not posts:
        return set()
    ids = [p.id for p in posts]
    return set(db.scalars(select(PostLike.post_id).where(
        PostLike.user_id == actor.id, PostLike.post_id.in_(ids))))


def watching(db: Session, actor: User | None, *, board: Board | None = None,
             topic: Topic | None = None) -> bool:
    if not is_signed_in(actor):
        return False
    column, target = (Watch.board_id, board.id) if board else (Watch.topic_id, topic.id)
    return db.scalar(select(Watch.id).where(Watch.user_id == actor.id, column == target)) is not None


# ---------------------------------------------------------------- writing


def _require_signed_in(actor: User | None) -> User:
    if not is_signed_in(actor):
        raise NotAuthenticated(_("Sign in to take part."))
    return actor


def _require_voice(actor: User | None) -> User:
    """Signed in, not silenced and their address confirmed; a silenced member is told why
    and until when, an unconfirmed one how to confirm."""
    actor = _require_signed_in(actor)
    refusal = posting_refusal(actor)
    if refusal is not None:
        raise Forbidden(refusal)
    return actor


def _publish_or_hold(db: Session, actor: User, post: Post) -> None:
    """A new post is announced (notifications, search) at once, or — for members the posting
    trust level holds back — hidden and queued for a moderator (moderation.flags.service),
    and announced only when approved."""
    first = db.scalar(select(Post.id).where(Post.author_id == actor.id, Post.id != post.id)
                      .limit(1)) is None
    if policy.holds_for_review(actor, first_post=first):
        # Hidden now; the review queue takes it when "post_held" is delivered
        # (moderation.flags), and it is announced only once approved.
        hide_post(db, post, "queued")
        record_event(db, "post_held", post_id=post.id)
    else:
        record_event(db, "post_created", post_id=post.id)


def _check_rate(db: Session, actor: User, *, opening: bool) -> None:
    """New members: a topic per 2 minutes, a reply per 30 s; others 15 s / 5 s."""
    new = actor.is_new_member
    limits = posting_limits(db)
    interval = (limits.topic_new if new else limits.topic) if opening else (
        limits.reply_new if new else limits.reply)
    if interval <= 0:
        return
    last = db.scalar(select(func.max(Post.created_at)).where(
        Post.author_id == actor.id, (Post.number == 1) if opening else (Post.number > 1)))
    if last is None:
        return
    wait = (last + timedelta(seconds=interval) - utcnow()).total_seconds()
    if wait > 0:
        seconds = int(wait) + 1
        if opening:
            message = (_n("You can post another topic in %(num)d second (new members may post "
                          "one topic every %(interval)s seconds).",
                          "You can post another topic in %(num)d seconds (new members may post "
                          "one topic every %(interval)s seconds).", seconds, interval=interval)
                       if new else
                       _n("You can post another topic in %(num)d second (members may post one "
                          "topic every %(interval)s seconds).",
                          "You can post another topic in %(num)d seconds (members may post one "
                          "topic every %(interval)s seconds).", seconds, interval=interval))
        else:
            message = (_n("You can post another reply in %(num)d second (new members may post "
                          "one reply every %(interval)s seconds).",
                          "You can post another reply in %(num)d seconds (new members may post "
                          "one reply every %(interval)s seconds).", seconds, interval=interval)
                       if new else
                       _n("You can post another reply in %(num)d second (members may post one "
                          "reply every %(interval)s seconds).",
                          "You can post another reply in %(num)d seconds (members may post one "
                          "reply every %(interval)s seconds).", seconds, interval=interval))
        raise RateLimited(message, retry_after=seconds)


def _title(title: str) -> str:
    return re.sub(r"\s+", " ", title)


def _tags(db: Session, names: list[str]) -> list[Tag]:
    existing = {t.name: t for t in db.scalars(select(Tag).where(Tag.name.in_(names)))}
    tags = []
    for name in names:
        tag = existing.get(name)
        if tag is None:
            tag = Tag(name=name)
            db.add(tag)
        tags.append(tag)
    return tags


def _insert_once(db: Session, row: object) -> None:
    """Insert a row that may already exist (a double click, two tabs): a unique violation
    inside a savepoint means it is there already, which is what the member asked for."""
    try:
        with db.begin_nested():
            db.add(row)
    except IntegrityError:
        pass


def _watch(db: Session, user: User, *, board: Board | None = None, topic: Topic | None = None):
    column, target = (Watch.board_id, board.id) if board else (Watch.topic_id, topic.id)
    if db.scalar(select(Watch.id).where(Watch.user_id == user.id, column == target)) is None:
        _insert_once(db, Watch(user_id=user.id, board_id=board.id if board else None,
                               topic_id=topic.id if topic else None))


def cook_post(db: Session, raw: str) -> str:
    """A post's HTML, its @mentions of existing members linked to their profiles."""
    names = markup.mentioned_usernames(raw)
    known = {name.lower(): name for name in db.scalars(
        select(User.username).where(func.lower(User.username).in_(names)))} if names else {}
    return markup.cook(raw, known)


def _add_post(db: Session, actor: User, topic: Topic, raw: str,
              reply_to: Post | None = None) -> Post:
    # Numbering under concurrency: the row update serialises writers on the topic.
    number = db.execute(
        update(Topic).where(Topic.id == topic.id)
        .values(post_count=Topic.post_count + 1, last_posted_at=utcnow())
        .returning(Topic.post_count)
    ).scalar_one()
    post = Post(topic_id=topic.id, author_id=actor.id, number=number, raw=raw,
                cooked=cook_post(db, raw), revision=1,
                reply_to_id=reply_to.id if reply_to else None)
    db.add(post)
    db.flush()
    db.add(PostRevision(post_id=post.id, number=1, editor_id=actor.id, raw=raw,
                        cooked=post.cooked, title=topic.title if number == 1 else None))
    db.refresh(topic, ["post_count", "last_posted_at"])
    return post


def create_topic(db: Session, actor: User | None, board: Board,
                 data: NewTopic | Mapping[str, Any]) -> Topic:
    data = coerce(NewTopic, data)
    actor = _require_voice(actor)
    if not policy.can_start_topic(actor, board):
        raise Forbidden(_("You cannot start topics in this board."))
    _check_rate(db, actor, opening=True)
    topic = Topic(board_id=board.id, author_id=actor.id, title=_title(data.title),
                  tags=_tags(db, sorted(data.tags)))
    db.add(topic)
    db.flush()
    post = _add_post(db, actor, topic, data.raw)
    topic.language = post.language  # detected as the post was saved
    db.execute(update(Board).where(Board.id == board.id)
               .values(topic_count=Board.topic_count + 1))
    _watch(db, actor, topic=topic)
    _publish_or_hold(db, actor, post)
    return topic


def reply(db: Session, actor: User | None, topic: Topic,
          data: NewReply | Mapping[str, Any]) -> Post:
    data = coerce(NewReply, data)
    actor = _require_voice(actor)
    if not policy.can_reply(actor, topic):
        raise Forbidden(_("This topic is locked.") if topic.locked
                        else _("You cannot reply here."))
    reply_to = None
    if data.reply_to is not None:
        reply_to = db.scalar(select(Post).where(Post.topic_id == topic.id,
                                                Post.id == data.reply_to))
        if reply_to is None or not policy.can_view_post(actor, reply_to):
            raise ValidationError({"reply_to": [_("That post is not in this topic.")]})
    _check_rate(db, actor, opening=False)
    post = _add_post(db, actor, topic, data.raw, reply_to=reply_to)
    _watch(db, actor, topic=topic)
    _publish_or_hold(db, actor, post)
    return post


def quote(db: Session, actor: User | None, post: Post) -> str:
    """The Markdown to start a reply that quotes `post`."""
    if not policy.can_view_post(actor, post) or post.is_deleted:
        raise NotFound(_("There is no such post."))
    return markup.quote_markdown(post.author.username, post.number, post.raw)


def edit_post(db: Session, actor: User | None, post: Post,
              data: PostEdit | Mapping[str, Any]) -> Post:
    """Save a new revision. A save based on a stale revision is refused with the current
    text and a diff, never a silent overwrite (the check and the write are one UPDATE)."""
    data = coerce(PostEdit, data)
    actor = _require_voice(actor)
    if not policy.can_edit_post(actor, post):
        raise Forbidden(_("You cannot edit this post."))
    raw, base, reason = data.raw, data.base_revision, data.reason or ""
    title = _title(data.title) if post.number == 1 and data.title else None
    if base != post.revision:
        raise _edit_conflict(db, post, base, raw)
    if raw == post.raw and (title is None or title == post.topic.title):
        return post  # nothing changed: no empty revision
    cooked = cook_post(db, raw)
    moved = db.execute(
        update(Post).where(Post.id == post.id, Post.revision == base)
        .values(revision=Post.revision + 1, raw=raw, cooked=cooked, edited_at=utcnow(),
                language=detect_language(raw))  # a bulk UPDATE: the ORM hook does not see it
    ).rowcount
    if moved != 1:  # someone saved between our read and our write
        db.refresh(post)
        raise _edit_conflict(db, post, base, raw)
    db.refresh(post)
    if post.number == 1:
        post.topic.language = post.language
    if title is not None:
        post.topic.title = title
        record_event(db, "topic_changed", topic_id=post.topic_id)
    db.add(PostRevision(post_id=post.id, number=post.revision, editor_id=actor.id, raw=raw,
                        cooked=cooked, title=title, reason=reason))
    db.flush()
    record_event(db, "post_edited", post_id=post.id)
    return post


def _edit_conflict(db: Session, post: Post, base: int, yours: str) -> EditConflict:
    based_on = db.scalar(select(PostRevision).where(PostRevision.post_id == post.id,
                                                    PostRevision.number == base))
    base_raw = based_on.raw if based_on is not None and based_on.raw is not None else ""
    return EditConflict(
        _("This post was changed (now revision %(current)s) after the revision %(base)s you "
          "edited. Your text is kept below: merge it with the current text and save again.",
          current=post.revision, base=base),
        current_revision=post.revision,
        current_raw=post.raw,
        your_raw=yours,
        diff=line_diff(base_raw, post.raw),
        unified_diff=unified_diff(base_raw, post.raw, f"revision {base}",
                                  f"revision {post.revision}"),
        your_diff=line_diff(post.raw, yours),
    )


def revisions(db: Session, actor: User | None, post: Post) -> list[PostRevision]:
    if not policy.can_view_post(actor, post):
        raise NotFound(_("There is no such post."))
    return list(db.scalars(select(PostRevision).options(joinedload(PostRevision.editor))
                           .where(PostRevision.post_id == post.id)
                           .order_by(PostRevision.number)))


def revision_diff(db: Session, actor: User | None, post: Post, old_n: int, new_n: int) -> dict:
    """A line diff between any two revisions; hidden text reads as empty."""
    by_number = {r.number: r for r in revisions(db, actor, post)}
    missing = [n for n in (old_n, new_n) if n not in by_number]
    if missing:
        raise NotFound(_("This post has no revision %(number)s.", number=missing[0]))
    a, b = by_number[old_n], by_number[new_n]
    return {
        "from": a, "to": b,
        "hidden": a.is_hidden or b.is_hidden,
        "lines": line_diff(a.raw or "", b.raw or ""),
        "unified": unified_diff(a.raw or "", b.raw or "", f"revision {old_n}",
                                f"revision {new_n}"),
    }


def hide_revision(db: Session, actor: User | None, post: Post, n: int,
                  data: HideRevision | Mapping[str, Any]) -> PostRevision:
    """Remove a past revision's text (say, pasted patient details) and keep its record."""
    why = coerce(HideRevision, data).reason
    actor = _require_signed_in(actor)
    if not policy.can_hide_revision(actor, post):
        raise Forbidden(_("Only moderators hide revisions."))
    revision = db.scalar(select(PostRevision).where(PostRevision.post_id == post.id,
                                                    PostRevision.number == n))
    if revision is None:
        raise NotFound(_("This post has no revision %(number)s.", number=n))
    if revision.number == post.revision:
        raise ValidationError({"number": [
            _("This is the current text. Edit the post first, then hide the old revision.")]})
    if not revision.is_hidden:
        revision.raw = revision.cooked = None
        revision.content_hidden_at, revision.content_hidden_by_id = utcnow(), actor.id
        revision.hidden_reason = why
        _log(db, actor, "hide_revision", post=post, detail=f"revision {n}: {why}")
    db.flush()
    return revision


def set_like(db: Session, actor: User | None, post: Post, liked: bool) -> Post:
    actor = _require_signed_in(actor)
    if not policy.can_like(actor, post):
        raise Forbidden(_("You cannot like this post.") if actor.id != post.author_id
                        else _("You cannot like your own post."))
    existing = db.get(PostLike, (post.id, actor.id))
    if liked and existing is None:
        _insert_once(db, PostLike(post_id=post.id, user_id=actor.id))
        record_event(db, "post_liked", post_id=post.id, user_id=actor.id)
    elif not liked and existing is not None:
        db.delete(existing)
        db.flush()
    # Recount rather than increment: a repeated request never drifts the count.
    post.like_count = db.scalar(select(func.count()).where(PostLike.post_id == post.id)) or 0
    db.flush()
    return post


def set_watch(db: Session, actor: User | None, watched: bool, *, board: Board | None = None,
              topic: Topic | None = None) -> bool:
    actor = _require_signed_in(actor)
    target_board = board or topic.board
    if not policy.can_watch(actor, target_board):
        raise Forbidden(_("You cannot watch this."))
    if watched:
        _watch(db, actor, board=board, topic=topic)
    else:
        column, target = (Watch.board_id, board.id) if board else (Watch.topic_id, topic.id)
        watch = db.scalar(select(Watch).where(Watch.user_id == actor.id, column == target))
        if watch is not None:
            db.delete(watch)
    db.flush()
    return watched


# ---------------------------------------------------------------- moderation


def _require_moderator(actor: User | None, board: Board) -> User:
    actor = _require_signed_in(actor)
    if not policy.can_moderate(actor, board):
        raise Forbidden(_("Only moderators can do this."))
    return actor


def _log(db: Session, actor: User, action: str, *, topic: Topic | None = None,
         post: Post | None = None, detail: str = "") -> None:
    db.add(ModerationAction(actor_id=actor.id, action=action,
                            topic_id=topic.id if topic else (post.topic_id if post else None),
                            post_id=post.id if post else None, detail=detail))


def set_pinned(db: Session, actor: User | None, topic: Topic, pinned: bool) -> Topic:
    actor = _require_moderator(actor, topic.board)
    if topic.pinned != pinned:
        topic.pinned = pinned
        _log(db, actor, "pin" if pinned else "unpin", topic=topic)
    db.flush()
    return topic


def set_locked(db: Session, actor: User | None, topic: Topic, locked: bool) -> Topic:
    actor = _require_moderator(actor, topic.board)
    if topic.locked != locked:
        topic.locked = locked
        _log(db, actor, "lock" if locked else "unlock", topic=topic)
    db.flush()
    return topic


def move_topic(db: Session, actor: User | None, topic: Topic, board_slug: str) -> Topic:
    actor = _require_moderator(actor, topic.board)
    target = db.scalar(select(Board).where(Board.slug == board_slug))
    if target is None:
        raise ValidationError({"board": [_("There is no board called '%(slug)s'.",
                                           slug=board_slug)]})
    if not policy.can_moderate(actor, target):
        raise Forbidden(_("You cannot moderate the board you are moving to."))
    if target.id != topic.board_id:
        source = topic.board
        if not topic.is_deleted:
            source.topic_count -= 1
            target.topic_count += 1
        _log(db, actor, "move", topic=topic, detail=f"{source.slug} → {target.slug}")
        topic.board_id, topic.board = target.id, target
        record_event(db, "topic_changed", topic_id=topic.id)
    db.flush()
    return topic


def delete_topic(db: Session, actor: User | None, topic: Topic, deleted: bool) -> Topic:
    """Soft delete (and restore): the rows stay, readers stop seeing them."""
    actor = _require_moderator(actor, topic.board)
    if topic.is_deleted != deleted:
        if deleted:
            topic.deleted_at, topic.deleted_by_id = utcnow(), actor.id
        else:
            topic.deleted_at, topic.deleted_by_id = None, None
        topic.board.topic_count += -1 if deleted else 1
        _log(db, actor, "delete_topic" if deleted else "restore_topic", topic=topic)
        record_event(db, "topic_changed", topic_id=topic.id)
    db.flush()
    return topic


def delete_post(db: Session, actor: User | None, post: Post, deleted: bool) -> Post:
    actor = _require_signed_in(actor)
    allowed = policy.can_delete_post(actor, post) if deleted else policy.can_restore_post(
        actor, post)
    if not allowed:
        raise Forbidden(_("Delete the topic to remove its opening post.") if post.number == 1
                        else _("You cannot do this to this post."))
    if post.is_deleted != deleted:
        if deleted:
            post.deleted_at, post.deleted_by_id = utcnow(), actor.id
        else:
            post.deleted_at, post.deleted_by_id = None, None
        _log(db, actor, "delete_post" if deleted else "restore_post", post=post)
        record_event(db, "post_visibility_changed", post_id=post.id)
    db.flush()
    return post


def last_post_time(db: Session, topic: Topic) -> datetime | None:
    return db.scalar(select(func.max(Post.created_at)).where(Post.topic_id == topic.id))


# ---------------------------------------------------------------- hiding (queued or flagged)


def hide_post(db: Session, post: Post, why: str) -> None:
    """Hide a post (an opening post hides its topic) and take it out of search."""
    now = utcnow()
    post.hidden_at, post.hidden_reason = now, why
    if post.number == 1:
        post.topic.hidden_at, post.topic.hidden_reason = now, why
    if why == "flagged":  # a queued post was never indexed
        reindex_post(db, post)


def show_post(db: Session, post: Post) -> None:
    post.hidden_at = post.hidden_reason = None
    if post.number == 1:
        post.topic.hidden_at = post.topic.hidden_reason = None


def reindex_post(db: Session, post: Post) -> None:
    if post.number == 1:
        record_event(db, "topic_changed", topic_id=post.topic_id)
    else:
        record_event(db, "post_visibility_changed", post_id=post.id)

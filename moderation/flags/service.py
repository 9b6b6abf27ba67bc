"""Flags and queued posts: the two kinds of review-queue item about a board post.

- A member flags a post (flag_post). The open flags' weights add up to the post's score; at
  the threshold — or at once for a moderator's flag or a verified clinician's patient-privacy
  flag — the post is hidden pending review. The first flag puts one "flagged_post" item in
  the queue of the post's board; later flags update it (score, reasons, history).
- A post by a member the posting trust level holds back is created hidden and queued as a
  "queued_post" item (hold_for_review); nobody else sees it, it is not indexed and nobody is
  notified until a moderator approves it.

The actions (the item's status is about the post: approved = it stays/is published,
rejected = it is removed):
  flagged_post: keep (approved; flags dismissed, post shown again), remove (rejected; reason
                required; post soft-deleted, flags upheld — they count against the author's
                trust), ignore (ignored; flags set aside, the post stays as it is).
  queued_post:  approve (approved; published: notifications and search happen now), reject
                (rejected; reason required; post soft-deleted; the author sees the reason on
                their review page). No "ignore": a queued post must be decided, or it would
                stay invisible for ever.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from flask import Flask
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload

from community.boards import service as boards
from community.boards.models import Post, Topic
from community.platform.accounts.models import User
from community.platform.accounts.policy import is_signed_in, is_silenced, restriction_notice
from community.platform.contract import coerce
from community.platform.db import utcnow
from community.platform.errors import Conflict, Forbidden, NotAuthenticated, ValidationError
from community.platform.events import notice, record_event
from community.platform.i18n import _, _l, force_locale, member_locale
from moderation.audit import service as audit
from moderation.flags import policy
from moderation.flags.models import REASONS, PostFlag
from moderation.flags.schemas import FlagRequest
from moderation.queue import service as queue
from moderation.queue.models import QueueEvent, QueueItem
from moderation.queue.types import Action, register

# ---------------------------------------------------------------- flagging


def flag_post(db: Session, actor: User | None, post: Post,
              data: FlagRequest | Mapping[str, Any]) -> PostFlag:
    """Flag a post once; a second flag by the same member is a Conflict (409)."""
    data = coerce(FlagRequest, data)
    require_can_flag(actor, post)
    if _flag_of(db, post, actor) is not None:
        raise _already_flagged()
    flag = PostFlag(post_id=post.id, flagger_id=actor.id, reason=data.reason,
                    message=data.message or "", weight=policy.flag_weight(actor, post))
    try:
        with db.begin_nested():  # two clicks at once: the unique constraint keeps one
            db.add(flag)
            db.flush()
    except IntegrityError:
        raise _already_flagged() from None
    _review_flags(db, actor, post, flag)
    return flag


def require_can_flag(actor: User | None, post: Post) -> None:
    """Refuse with the reason: signed out, silenced, own post, deleted, already queued."""
    if not is_signed_in(actor):
        raise NotAuthenticated(_("Sign in to flag a post."))
    if is_silenced(actor):
        raise Forbidden(restriction_notice(actor, "silence"))
    if not policy.can_flag(actor, post):
        raise Forbidden(_refusal(actor, post))


def _already_flagged() -> Conflict:
    return Conflict(_("You already flagged this post; the moderators have your flag."))


def _refusal(actor: User, post: Post) -> str:
    if actor.id == post.author_id:
        return _("You cannot flag your own post.")
    if post.is_deleted:
        return _("This post was deleted.")
    if post.hidden_reason == "queued":
        return _("This post is waiting for a moderator's review already.")
    return _("You cannot flag this post.")


def _flag_of(db: Session, post: Post, member: User) -> PostFlag | None:
    return db.scalar(select(PostFlag).where(PostFlag.post_id == post.id,
                                            PostFlag.flagger_id == member.id))


def open_flags(db: Session, post: Post) -> list[PostFlag]:
    return list(db.scalars(select(PostFlag).options(joinedload(PostFlag.flagger))
                           .where(PostFlag.post_id == post.id, PostFlag.outcome.is_(None))
                           .order_by(PostFlag.id)))


def _summary(post: Post) -> str:
    return f"#{post.number} in “{post.topic.title}” by {post.author.username}"


def _review_flags(db: Session, flagger: User, post: Post, flag: PostFlag) -> None:
    """Score the open flags, hide the post at the threshold, keep the queue item current."""
    flags = open_flags(db, post)
    score = sum(f.weight for f in flags)
    hide = not post.is_hidden and (score >= policy.HIDE_THRESHOLD
                                   or policy.hides_at_once(flagger, post, flag.reason))
    if hide:
        boards.hide_post(db, post, "flagged")
        audit.record(db, None, "post.hidden", subject_type="post", subject_id=post.id,
                     board_id=post.topic.board_id, before={"hidden": None},
                     after={"hidden": "flagged", "score": score}, reason=flag.reason_label)
    # The post's number, title and author too: the queue says its summary from them in each
    # reader's language (_describe_flagged).
    data = {"score": score, "threshold": policy.HIDE_THRESHOLD, "flags": len(flags),
            "reasons": dict(Counter(f.reason for f in flags)), "hidden": post.is_hidden,
            **_post_facts(post), "reason": flag.reason}
    item, created = queue.enqueue(
        db, "flagged_post", "post", post.id, board_id=post.topic.board_id,
        subject_user_id=post.author_id, summary=f"{_summary(post)}: {flag.reason_label}",
        data=data, actor=flagger, reason=flag.message)
    if not created:
        item.data = data  # reassigned, not mutated: the JSON column sees the change
        item.updated_at = utcnow()
        db.add(QueueEvent(item_id=item.id, actor_id=flagger.id, action="flagged",
                          from_status=item.status, to_status=item.status, reason=flag.message,
                          data={"reason": flag.reason, "weight": flag.weight}))
    if hide:
        _tell_author(db, post, item, "post_hidden", lambda: _(
            "Your post #%(number)s in “%(title)s” was hidden after members flagged it; a "
            "moderator will review it.", **_post_facts(post)))
    db.flush()


def _post_facts(post: Post) -> dict[str, Any]:
    return {"number": post.number, "title": post.topic.title,
            "author": post.author.username if post.author else ""}


def _post_line(data: dict) -> str:
    return _("#%(number)s in “%(title)s” by %(author)s", number=data["number"],
             title=data["title"], author=data["author"])


def _describe_flagged(item: Any) -> str | None:
    """The item's summary in the reader's language (items queued before their data held
    the post's facts keep the stored one)."""
    data = item.data or {}
    if not all(key in data for key in ("number", "title", "author", "reason")):
        return None
    return _("%(post)s: %(reason)s", post=_post_line(data),
             reason=str(REASONS.get(data["reason"], data["reason"])))


def _describe_queued(item: Any) -> str | None:
    data = item.data or {}
    if not all(key in data for key in ("number", "title", "author")):
        return None
    if data.get("opening_post"):
        return _("New topic %(post)s", post=_post_line(data))
    return _("Reply %(post)s", post=_post_line(data))


# ---------------------------------------------------------------- telling the members


def _tell_author(db: Session, post: Post, item: QueueItem, kind: str, what,
                 reason: str = "", link: str | None = None) -> None:
    """A moderation outcome for the post's author, in the site and by mail (a member
    notice: once per member, kind and link), in the author's language: `what()` says the
    sentence."""
    author = db.get(User, post.author_id)
    with force_locale(member_locale(author.language if author else None)):
        text = what()
        if reason:
            text += " " + _("The moderator's reason: %(reason)s", reason=reason)
    notice(db, post.author_id, kind, text, link or f"/moderation/my-posts#item-{item.id}")


def _tell_flaggers(db: Session, post: Post, flags: list[PostFlag], outcome: str) -> None:
    """Each member whose flag was settled learns what came of it."""
    # A removed post has no page any more: the board's, made unique for the notice.
    link = (f"/b/{post.topic.board.slug}#removed-{post.id}" if outcome == "upheld"
            else f"/p/{post.id}")
    facts = {"number": post.number, "title": post.topic.title}
    for flagger_id in {f.flagger_id for f in flags}:
        flagger = db.get(User, flagger_id)
        with force_locale(member_locale(flagger.language if flagger else None)):
            text = {
                "dismissed": _("You flagged post #%(number)s in “%(title)s”: a moderator kept "
                               "the post: it breaks no rule.", **facts),
                "upheld": _("You flagged post #%(number)s in “%(title)s”: a moderator "
                            "removed the post. Thank you for flagging it.", **facts),
                "ignored": _("You flagged post #%(number)s in “%(title)s”: a moderator left "
                             "the post as it is.", **facts)}[outcome]
        notice(db, flagger_id, "flag_resolved", text, link)


# ---------------------------------------------------------------- hiding and showing


def hold_for_review(db: Session, post_id: int) -> QueueItem | None:
    """Queue a new post the posting trust level held back (boards.service hid it and
    announced "post_held"). Idempotent: an open item is found, not made twice."""
    post = db.get(Post, post_id, options=[joinedload(Post.topic)])
    if post is None or post.hidden_reason != "queued":
        return None
    author = db.get(User, post.author_id)
    item, _created = queue.enqueue(
        db, "queued_post", "post", post.id, board_id=post.topic.board_id,
        subject_user_id=post.author_id,
        summary=("New topic" if post.number == 1 else "Reply") + f" {_summary(post)}",
        data={"trust_level": author.trust_level, "opening_post": post.number == 1,
              "number": post.number, "title": post.topic.title, "author": author.username})
    return item


# ---------------------------------------------------------------- queue actions


def _post(db: Session, item: QueueItem) -> Post:
    post = db.get(Post, item.subject_id,
                  options=[joinedload(Post.topic).joinedload(Topic.board)])
    if post is None:
        raise ValidationError({"_": [_("This post no longer exists.")]})
    return post


def _settle_flags(db: Session, actor: User, post: Post, outcome: str) -> int:
    flags = open_flags(db, post)
    now = utcnow()
    for flag in flags:
        flag.outcome, flag.resolved_at, flag.resolved_by_id = outcome, now, actor.id
    _tell_flaggers(db, post, flags, outcome)
    return len(flags)


def _remove(db: Session, actor: User, post: Post) -> None:
    """Soft-delete, with the boards' own delete (an opening post goes with its topic)."""
    boards.show_post(db, post)  # deleted is enough; both delete functions reindex
    if post.number == 1:
        boards.delete_topic(db, actor, post.topic, True)
    else:
        boards.delete_post(db, actor, post, True)


def _keep(db: Session, actor: User, item: QueueItem, data: dict) -> None:
    post = _post(db, item)
    _settle_flags(db, actor, post, "dismissed")
    if post.hidden_reason == "flagged":
        boards.show_post(db, post)
        boards.reindex_post(db, post)
        _tell_author(db, post, item, "post_restored", lambda: _(
            "Your post #%(number)s in “%(title)s” was reviewed by a moderator and is shown "
            "again.", number=post.number, title=post.topic.title), link=f"/p/{post.id}")


def _remove_flagged(db: Session, actor: User, item: QueueItem, data: dict) -> None:
    post = _post(db, item)
    _settle_flags(db, actor, post, "upheld")
    if not post.is_deleted:
        _remove(db, actor, post)
        _tell_author(db, post, item, "post_removed", lambda: _(
            "Your post #%(number)s in “%(title)s” was removed by a moderator.",
            number=post.number, title=post.topic.title), data.get("reason") or "")


def _ignore_flags(db: Session, actor: User, item: QueueItem, data: dict) -> None:
    _settle_flags(db, actor, _post(db, item), "ignored")


def _approve(db: Session, actor: User, item: QueueItem, data: dict) -> None:
    post = _post(db, item)
    if post.is_deleted or post.topic.is_deleted:
        raise ValidationError({"_": [_("This post was deleted meanwhile: reject it instead.")]})
    if post.number > 1 and post.topic.hidden_reason == "queued":
        raise ValidationError({"_": [_("The topic's opening post is still waiting for "
                                       "review: approve the topic first.")]})
    if post.hidden_reason != "queued":
        return
    boards.show_post(db, post)
    # Announced only now: notifications (mentions too), watchers, the search index.
    record_event(db, "post_created", post_id=post.id)
    _tell_author(db, post, item, "post_approved", lambda: _(
        "Your post #%(number)s in “%(title)s” was approved by a moderator and is published.",
        number=post.number, title=post.topic.title), link=f"/p/{post.id}")


def _reject(db: Session, actor: User, item: QueueItem, data: dict) -> None:
    post = _post(db, item)
    if not post.is_deleted:
        _remove(db, actor, post)
        _tell_author(db, post, item, "post_rejected", lambda: _(
            "Your post #%(number)s in “%(title)s” was not approved by a moderator.",
            number=post.number, title=post.topic.title), data.get("reason") or "")


def register_kinds(app: Flask) -> None:
    register(app, "flagged_post", _l("Flagged post"), "post", [
        Action("keep", _l("Keep the post (dismiss the flags)"), "approved", _keep),
        Action("remove", _l("Remove the post (uphold the flags)"), "rejected",
               _remove_flagged, reason_required=True),
        Action("ignore", _l("Ignore the flags (leave the post as it is)"), "ignored",
               _ignore_flags),
    ], board_scoped=True, load=lambda db, item: load_subject(db, item),
        describe=_describe_flagged)
    register(app, "queued_post", _l("Queued post"), "post", [
        Action("approve", _l("Approve and publish"), "approved", _approve),
        Action("reject", _l("Reject the post"), "rejected", _reject, reason_required=True),
    ], board_scoped=True, load=lambda db, item: load_subject(db, item),
        describe=_describe_queued)


# ---------------------------------------------------------------- reading


@dataclass
class ReviewedPost:
    """What a flagged or queued item's page shows: the post, and its flags with the score."""

    post: Post | None
    flags: list[PostFlag] = field(default_factory=list)

    @property
    def score(self) -> float:
        return sum(f.weight for f in self.flags if f.outcome is None)


def load_subject(db: Session, item: QueueItem) -> ReviewedPost:
    post = db.get(Post, item.subject_id, options=[
        joinedload(Post.topic).joinedload(Topic.board), joinedload(Post.author)])
    if post is None:
        return ReviewedPost(None)
    flags = list(db.scalars(select(PostFlag).options(joinedload(PostFlag.flagger))
                            .where(PostFlag.post_id == post.id).order_by(PostFlag.id)))
    return ReviewedPost(post, flags)


def flags_on(db: Session, actor: User | None, post: Post) -> list[PostFlag]:
    if not policy.can_view_flags(actor, post):
        raise Forbidden(_("Only the board's moderators see who flagged a post."))
    return list(db.scalars(select(PostFlag).options(joinedload(PostFlag.flagger))
                           .where(PostFlag.post_id == post.id).order_by(PostFlag.id)))


def my_flag(db: Session, actor: User | None, post: Post) -> PostFlag | None:
    return _flag_of(db, post, actor) if is_signed_in(actor) else None


@dataclass
class MyReview:
    """One of the member's posts in review: waiting, or decided with the moderator's reason."""

    item: QueueItem
    post: Post | None
    reason: str


def my_reviews(db: Session, actor: User | None, limit: int = 50) -> list[MyReview]:
    """The member's own queued and flagged posts (newest first), with the outcome's reason:
    how an author learns their post was rejected or removed, and why."""
    if not is_signed_in(actor):
        raise NotAuthenticated(_("Sign in to see your posts in review."))
    items = list(db.scalars(
        select(QueueItem).options(joinedload(QueueItem.events))
        .where(QueueItem.subject_user_id == actor.id,
               QueueItem.kind.in_(("queued_post", "flagged_post")))
        .order_by(QueueItem.created_at.desc(), QueueItem.id.desc()).limit(limit)).unique())
    posts = {p.id: p for p in db.scalars(
        select(Post).options(joinedload(Post.topic))
        .where(Post.id.in_([i.subject_id for i in items])))}
    reviews = []
    for item in items:
        decided = [e for e in item.events if e.to_status != "pending"]
        reviews.append(MyReview(item, posts.get(item.subject_id),
                                decided[-1].reason if decided else ""))
    return reviews

"""The daily and weekly digests: one message per member with what they have not read.

A member is in the daily (weekly) run when their cadence is daily (weekly) for at least one
kind of mail (community.mail.kinds). Their digest holds the unread notifications of those
kinds made since their last digest of that cadence (likes count as the "digest" kind), and,
when the "digest" kind itself has that cadence, a few popular new topics of boards they can
read that they have not taken part in. Empty: nothing is sent.

The runs are hourly (celery beat); a member's digest goes out in the first run after
DIGEST_HOUR in their time zone, once per period — a local date, or an ISO week — which the
`notification_digests` row records (and the message's dedupe key repeats, so a run that
dies halfway and starts again sends nobody twice).

Everything is loaded in batches of members (one query per table per batch, never one per
notification), and each batch is its own unit of work, so 10,000 members with 20 unread
items each never sit in memory at once."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from community.boards import policy as boards_policy
from community.boards.models import Post, PostLike, Topic
from community.mail.kinds import KINDS
from community.mail.models import MailMessage, MailPreference
from community.mail.service import queue_mail, site_url, written_for
from community.notifications.mailing import MODERATION_NOTICES, mail_kind, plain_text, verb
from community.notifications.models import DigestSent, Notification
from community.notifications.texts import notice_text, post_sentence, post_sentence_html
from community.platform.accounts.models import User
from community.platform.i18n import _, _n
from community.platform.spaces.models import Board

CADENCES = ("daily", "weekly")
DIGEST_HOUR = 7  # local time: the first hourly run after it sends the period's digest
PERIOD = {"daily": timedelta(days=1), "weekly": timedelta(days=7)}
MAX_ITEMS = 30  # listed in one message; the rest are counted, with a link to them all
POPULAR_TOPICS = 5
EXCERPT = 200


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def period_of(local: datetime, cadence: str) -> str:
    if cadence == "daily":
        return local.date().isoformat()
    year, week, _ = local.isocalendar()
    return f"{year}-W{week:02d}"


def due_periods(db: Session, cadence: str, now: datetime) -> dict[str, str]:
    """The time zones (of active members) in which this cadence's digest is due now, each
    with its current period."""
    due = {}
    for name in db.scalars(select(User.time_zone).distinct()):
        local = now.astimezone(_zone(name))
        if local.hour >= DIGEST_HOUR:
            due[name] = period_of(local, cadence)
    return due


def member_ids(db: Session, zones: Iterable[str]) -> list[int]:
    """Active members in these time zones, by id (the batches are slices of it)."""
    return list(db.scalars(select(User.id).where(
        User.is_active.is_(True), User.deleted_at.is_(None), User.time_zone.in_(list(zones)))
        .order_by(User.id)))


def cadences(db: Session, user_ids: Sequence[int]) -> dict[int, dict[str, str]]:
    """Each member's cadence per kind that can be digested (their choice, else the kind's
    default), in one query."""
    defaults = {name: kind.default_cadence for name, kind in KINDS.items()
                if not kind.transactional}
    chosen: dict[int, dict[str, str]] = {uid: dict(defaults) for uid in user_ids}
    for uid, kind, cadence in db.execute(
            select(MailPreference.user_id, MailPreference.kind, MailPreference.cadence)
            .where(MailPreference.user_id.in_(user_ids))):
        if kind in defaults:
            chosen[uid][kind] = cadence
    return chosen


@dataclass
class BatchResult:
    members: int = 0  # in the run (a cadence of theirs matches)
    sent: int = 0
    empty: int = 0  # nothing unread: skipped
    already: int = 0  # this period's digest was sent before
    items: int = 0  # notifications listed


def send_batch(db: Session, cadence: str, ids: Sequence[int], due: dict[str, str],
               now: datetime) -> BatchResult:
    """Build and queue the digests of these members (one unit of work)."""
    result = BatchResult()
    prefs = cadences(db, ids)
    # The kinds this run carries for each member; the digest itself must not be "never".
    kinds = {uid: {k for k, c in p.items() if c == cadence} for uid, p in prefs.items()
             if p.get("digest") != "never"}
    kinds = {uid: ks for uid, ks in kinds.items() if ks}
    if not kinds:
        return result
    users = {u.id: u for u in db.scalars(select(User).where(User.id.in_(list(kinds))))}
    last = {row.user_id: row for row in db.scalars(select(DigestSent).where(
        DigestSent.cadence == cadence, DigestSent.user_id.in_(list(kinds))))}
    since: dict[int, datetime] = {}
    for uid in kinds:
        user = users.get(uid)
        if user is None:
            continue
        result.members += 1
        row = last.get(uid)
        if row is not None and row.period == due.get(user.time_zone):
            result.already += 1
            continue
        since[uid] = row.sent_at if row is not None else now - PERIOD[cadence]
    if not since:
        return result

    notes = db.execute(
        select(Notification.id, Notification.user_id, Notification.kind,
               Notification.post_id, Notification.actor_id, Notification.created_at,
               Notification.message, Notification.link)
        .where(Notification.user_id.in_(list(since)), Notification.read_at.is_(None),
               Notification.created_at >= min(since.values()), Notification.created_at < now)
        .order_by(Notification.user_id, Notification.created_at.desc(),
                  Notification.id.desc())).all()
    posts = _posts(db, {n.post_id for n in notes if n.post_id is not None})
    actors = dict(db.execute(select(User.id, User.display_name).where(
        User.id.in_({n.actor_id for n in notes if n.actor_id is not None}))).all())
    mailed = _mailed_already(db, [n.id for n in notes])
    per_user: dict[int, list] = defaultdict(list)
    for n in notes:
        if n.created_at >= since[n.user_id] and n.id not in mailed:
            per_user[n.user_id].append(n)

    topics = _popular(db, now - PERIOD[cadence]) if any(
        prefs[uid].get("digest") == cadence for uid in since) else []
    joined = _taken_part(db, list(since), [t.id for t in topics]) if topics else set()

    excerpts: dict[int, str] = {}
    for uid in since:
        user = users[uid]
        with written_for(user):  # the digest is in the member's language
            message, count, empty = _digest(db, user, cadence, due, kinds[uid], prefs[uid],
                                            per_user.get(uid, ()), posts, actors, excerpts,
                                            topics, joined)
        if empty:
            result.empty += 1
            continue
        period = due[user.time_zone]
        row = last.get(uid)
        if row is None:
            db.add(DigestSent(user_id=uid, cadence=cadence, period=period, sent_at=now))
        else:
            row.period, row.sent_at = period, now
        if message is not None:
            result.sent += 1
            result.items += min(count, MAX_ITEMS)
    db.flush()
    return result


def _digest(db: Session, user: User, cadence: str, due: dict[str, str], kinds: set[str],
            prefs: dict[str, str], notes: Iterable, posts: dict[int, Post],
            actors: dict[int, str], excerpts: dict[int, str], topics: list[Topic],
            joined: set[tuple[int, int]]) -> tuple[MailMessage | None, int, bool]:
    """One member's digest, queued (called in the member's language): the message (None
    when mail refused it), how many notifications it lists, and whether it was empty."""
    uid = user.id
    items = []
    for n in notes:
        post = posts.get(n.post_id) if n.post_id is not None else None
        kind = mail_kind(n, post)
        if kind not in kinds:
            continue
        url = site_url(n.link or "/notifications") if post is None else site_url(f"/p/{post.id}")
        if n.post_id is None:
            if n.kind in MODERATION_NOTICES:
                items.append({"kind": kind, "text": notice_text(n.kind, n.message),
                              "title": "", "actor": None, "excerpt": "", "when": n.created_at,
                              "url": url})
            continue
        if post is None or not boards_policy.can_view_post(user, post):
            continue  # never a post the member cannot read
        if post.id not in excerpts:
            excerpts[post.id] = plain_text(post.cooked, EXCERPT)
        actor = actors.get(n.actor_id)
        items.append({"kind": kind, "verb": verb(n.kind, kind), "actor": actor,
                      "headline": post_sentence(n.kind, actor, post.topic.title, kind),
                      "headline_html": post_sentence_html(n.kind, actor, post.topic.title, url,
                                                          kind, link_style="color:#1d4ed8;"),
                      "title": post.topic.title, "board": post.topic.board.name,
                      "excerpt": excerpts[post.id], "when": n.created_at, "url": url,
                      "text": "", "topic_id": post.topic_id})
    popular = []
    if prefs.get("digest") == cadence:
        listed = {i.get("topic_id") for i in items}
        popular = [
            {"title": t.title, "board": t.board.name, "replies": t.post_count - 1,
             "url": site_url(f"/t/{t.id}")}
            for t in topics
            if t.author_id != uid and (uid, t.id) not in joined and t.id not in listed
            and boards_policy.can_view_topic(user, t)][:POPULAR_TOPICS]
    if not items and not popular:
        return None, 0, True
    period = due[user.time_zone]
    count = len(items)
    if count:
        subject = (_n("Your weekly digest: %(num)d new notification",
                      "Your weekly digest: %(num)d new notifications", count)
                   if cadence == "weekly" else
                   _n("Your daily digest: %(num)d new notification",
                      "Your daily digest: %(num)d new notifications", count))
    else:
        subject = (_("Your weekly digest: popular new topics") if cadence == "weekly"
                   else _("Your daily digest: popular new topics"))
    message = queue_mail(
        db, kind="digest", to=user, subject=subject, template="digest",
        dedupe_key=f"digest:{cadence}:{uid}:{period}",
        context={"cadence": cadence, "period": period, "items": items[:MAX_ITEMS],
                 "more": max(0, count - MAX_ITEMS), "topics": popular,
                 "notifications_url": site_url("/notifications")})
    return message, count, False


def _mailed_already(db: Session, note_ids: list[int], chunk: int = 5000) -> set[int]:
    """Notifications mailed at once before (the member's cadence was "immediately" then):
    not listed again."""
    mailed: set[int] = set()
    for start in range(0, len(note_ids), chunk):
        keys = [f"notification:{i}" for i in note_ids[start:start + chunk]]
        mailed.update(int(key.split(":", 1)[1]) for key in db.scalars(
            select(MailMessage.dedupe_key).where(MailMessage.dedupe_key.in_(keys))))
    return mailed


def _posts(db: Session, ids: set[int]) -> dict[int, Post]:
    if not ids:
        return {}
    return {p.id: p for p in db.scalars(
        select(Post).where(Post.id.in_(list(ids))).options(
            joinedload(Post.topic).joinedload(Topic.board)
            .selectinload(Board.moderator_links),
            joinedload(Post.reply_to)))}


def _popular(db: Session, after: datetime, limit: int = 20) -> list[Topic]:
    """New topics of the period with the most replies, then likes (the candidates; each
    member's readable ones are picked from them)."""
    likes = (select(func.count()).select_from(PostLike).join(Post, Post.id == PostLike.post_id)
             .where(Post.topic_id == Topic.id).scalar_subquery())
    return list(db.scalars(
        select(Topic).options(joinedload(Topic.board).selectinload(Board.moderator_links))
        .where(Topic.created_at >= after, Topic.deleted_at.is_(None),
               Topic.hidden_at.is_(None))
        .order_by(Topic.post_count.desc(), likes.desc(), Topic.id.desc()).limit(limit)))


def _taken_part(db: Session, user_ids: list[int], topic_ids: list[int]) -> set[tuple[int, int]]:
    """(member, topic) pairs where the member posted in the topic."""
    return set(db.execute(select(Post.author_id, Post.topic_id).distinct().where(
        Post.author_id.in_(user_ids), Post.topic_id.in_(topic_ids))).all())

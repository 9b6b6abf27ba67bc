"""Trust levels earned by activity; a moderator's level changes, locks, silences and
suspensions. Thresholds and who may do what: moderation.trust.policy. Every change made by a
moderator (and every automatic promotion) is written to the audit log."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from community.boards.models import Post, PostLike
from community.platform.accounts.models import User
from community.platform.contract import coerce
from community.platform.db import utcnow
from community.platform.errors import Forbidden, NotAuthenticated, ValidationError
from community.platform.i18n import _
from moderation.audit import service as audit
from moderation.flags.models import PostFlag
from moderation.trust import policy
from moderation.trust.models import SANCTIONS, MemberStanding, Sanction
from moderation.trust.schemas import MAX_DAYS, Restriction, TrustChange

# ---------------------------------------------------------------- activity


def standing_of(db: Session, member: User) -> MemberStanding:
    """The member's standing row, created on first need (two requests at once: one row)."""
    if member.standing is not None:
        return member.standing
    row = MemberStanding(user_id=member.id, days_visited=0, posts_read=0)
    try:
        with db.begin_nested():
            db.add(row)
            db.flush()
    except IntegrityError:
        row = db.get(MemberStanding, member.id, populate_existing=True)
    member.standing = row
    return row


def record_visit(db: Session, member: User, today: date | None = None) -> bool:
    """Count today as a visited day, once (one conditional UPDATE): True if it was new."""
    today = today or utcnow().date()
    standing = standing_of(db, member)
    if standing.last_visited_on is not None and standing.last_visited_on >= today:
        return False
    moved = db.execute(
        update(MemberStanding).where(
            MemberStanding.user_id == member.id,
            or_(MemberStanding.last_visited_on.is_(None),
                MemberStanding.last_visited_on < today))
        .values(days_visited=MemberStanding.days_visited + 1, last_visited_on=today)
        .execution_options(synchronize_session=False)).rowcount
    db.refresh(standing)
    return moved == 1


def record_posts_read(db: Session, member: User, count: int) -> bool:
    """Add posts shown to the member; True when it crossed a level's posts-read figure."""
    if count <= 0:
        return False
    standing = standing_of(db, member)
    before = standing.posts_read
    db.execute(update(MemberStanding).where(MemberStanding.user_id == member.id)
               .values(posts_read=MemberStanding.posts_read + count)
               .execution_options(synchronize_session=False))
    db.refresh(standing)
    return any(before < r.posts_read <= standing.posts_read
               for r in policy.REQUIREMENTS.values())


def activity(db: Session, member: User) -> dict[str, int]:
    """The figures levels are earned from (see moderation.trust.policy for what counts)."""
    standing = member.standing
    visible = (Post.author_id == member.id, Post.deleted_at.is_(None), Post.hidden_at.is_(None))
    since = utcnow() - timedelta(days=policy.FLAG_WINDOW_DAYS)
    return {
        "days_visited": standing.days_visited if standing else 0,
        "posts_read": standing.posts_read if standing else 0,
        "replies": db.scalar(select(func.count()).select_from(Post)
                             .where(*visible, Post.number > 1)) or 0,
        "likes_received": db.scalar(select(func.count()).select_from(PostLike)
                                    .join(Post, Post.id == PostLike.post_id)
                                    .where(*visible)) or 0,
        "upheld_flags": db.scalar(select(func.count()).select_from(PostFlag)
                                  .join(Post, Post.id == PostFlag.post_id)
                                  .where(Post.author_id == member.id,
                                         PostFlag.outcome == "upheld",
                                         PostFlag.resolved_at >= since)) or 0,
    }


def _meets(figures: dict[str, int], needs: policy.Requirements) -> bool:
    return (all(figures[name] >= getattr(needs, name) for name in policy.LABELS)
            and figures["upheld_flags"] <= needs.max_upheld_flags)


def earned_level(figures: dict[str, int]) -> int:
    """The highest level whose requirements (and every lower level's) the figures meet."""
    level = 0
    for candidate in sorted(policy.REQUIREMENTS):
        if not _meets(figures, policy.REQUIREMENTS[candidate]):
            break
        level = candidate
    return level


@dataclass
class Progress:
    level: int
    locked: bool
    next_level: int | None
    # (label, have, need) for the next level, and the upheld-flag condition.
    rows: list[tuple[str, int, int]]
    upheld_flags: int
    max_upheld_flags: int

    @property
    def missing(self) -> list[tuple[str, int, int]]:
        return [row for row in self.rows if row[1] < row[2]]


def progress(db: Session, actor: User | None, member: User) -> Progress:
    """What the member has and still needs for the next level (the member and moderators)."""
    if not policy.can_view_standing(actor, member):
        raise Forbidden(_("Only the member and moderators see this."))
    figures = activity(db, member)
    locked = bool(member.standing and member.standing.level_locked)
    nxt = member.trust_level + 1 if member.trust_level < policy.MAX_LEVEL else None
    needs = policy.REQUIREMENTS.get(nxt) if nxt else None
    rows = [(label, figures[name], getattr(needs, name))
            for name, label in policy.LABELS.items()] if needs else []
    return Progress(member.trust_level, locked, nxt, rows, figures["upheld_flags"],
                    needs.max_upheld_flags if needs else 0)


def review_member(db: Session, member_id: int) -> int | None:
    """Promote a member to the level their activity earns; never demotes, never touches a
    locked level; idempotent. Returns the new level when it changed."""
    member = db.get(User, member_id)
    if member is None or not member.is_active:
        return None
    if member.standing is not None and member.standing.level_locked:
        return None
    if member.trust_level >= policy.MAX_LEVEL:
        return None
    earned = earned_level(activity(db, member))
    if earned <= member.trust_level:
        return None
    # Conditional: two reviews at once promote (and audit) once.
    moved = db.execute(update(User).where(User.id == member.id,
                                          User.trust_level == member.trust_level)
                       .values(trust_level=earned)
                       .execution_options(synchronize_session=False)).rowcount
    if moved != 1:
        return None
    before = member.trust_level
    db.refresh(member, ["trust_level"])
    audit.record(db, None, "trust.promote", subject_type="user", subject_id=member.id,
                 before={"trust_level": before}, after={"trust_level": earned},
                 reason="earned by activity")
    return earned


def review_all(db: Session, batch: int = 500) -> int:
    """The periodic pass: every unlocked member below the top level; returns promotions."""
    promoted, last_id = 0, 0
    while True:
        ids = list(db.scalars(
            select(User.id).outerjoin(MemberStanding, MemberStanding.user_id == User.id)
            .where(User.id > last_id, User.is_active.is_(True),
                   User.trust_level < policy.MAX_LEVEL,
                   or_(MemberStanding.level_locked.is_(None),
                       MemberStanding.level_locked.is_(False)))
            .order_by(User.id).limit(batch)))
        for member_id in ids:
            promoted += review_member(db, member_id) is not None
        if len(ids) < batch:
            return promoted
        last_id = ids[-1]


# ---------------------------------------------------------------- moderators


def _require_manager(actor: User | None, member: User) -> User:
    if actor is None or not getattr(actor, "is_authenticated", False):
        raise NotAuthenticated(_("Sign in as a moderator."))
    if not policy.can_manage_member(actor, member):
        raise Forbidden(_("Only site moderators change a member's trust level or restrict a "
                          "member (never their own; staff only by an administrator)."))
    return actor


def set_trust(db: Session, actor: User | None, member: User,
              data: TrustChange | Mapping[str, Any]) -> User:
    """Set a member's level (up or down) and/or lock it, with a reason; all audited."""
    data = coerce(TrustChange, data)
    actor = _require_manager(actor, member)
    level, locked, reason = data.level, data.locked, data.reason
    standing = standing_of(db, member)
    if level is not None and level != member.trust_level:
        audit.record(db, actor, "trust.set_level", subject_type="user", subject_id=member.id,
                     before={"trust_level": member.trust_level}, after={"trust_level": level},
                     reason=reason)
        member.trust_level = level
    if locked is not None and locked != standing.level_locked:
        standing.level_locked = locked
        standing.locked_by_id, standing.locked_at = (actor.id, utcnow()) if locked else (
            None, None)
        audit.record(db, actor, "trust.lock" if locked else "trust.unlock",
                     subject_type="user", subject_id=member.id,
                     before={"locked": not locked}, after={"locked": locked,
                                                           "trust_level": member.trust_level},
                     reason=reason)
    db.flush()
    return member


def _ends_at(data: Restriction, now: datetime) -> datetime:
    """`days` from now, or `ends_at`: in the future, and at most a hundred years away."""
    if data.days is not None:
        return now + timedelta(days=data.days)
    if data.ends_at <= now:
        raise ValidationError({"ends_at": [_("The end must be in the future.")]})
    if data.ends_at > now + timedelta(days=MAX_DAYS):
        raise ValidationError({"ends_at": [_("The end is too far away (at most a hundred "
                                             "years).")]})
    return data.ends_at


def restrict(db: Session, actor: User | None, member: User, kind: str,
             data: Restriction | Mapping[str, Any]) -> Sanction:
    """Silence (read only) or suspend (no sign-in; sessions and tokens end) until a time,
    with a reason the member is shown. A new one replaces the current one of its kind."""
    data = coerce(Restriction, data)
    actor = _require_manager(actor, member)
    if kind not in SANCTIONS:
        raise ValueError(kind)
    now = utcnow()
    ends_at, reason = _ends_at(data, now), data.reason
    standing = standing_of(db, member)
    for current in _current(db, member, kind):
        current.lifted_at, current.lifted_by_id = now, actor.id
        current.lift_reason = "replaced by a new " + kind
    sanction = Sanction(user_id=member.id, kind=kind, reason=reason, starts_at=now,
                        ends_at=ends_at, created_by_id=actor.id)
    db.add(sanction)
    before = _state(standing, kind)
    if kind == "silence":
        standing.silenced_until, standing.silence_reason = ends_at, reason
    else:
        standing.suspended_until, standing.suspension_reason = ends_at, reason
    db.flush()
    audit.record(db, actor, f"member.{kind}", subject_type="user", subject_id=member.id,
                 before=before, after=_state(standing, kind), reason=reason)
    return sanction


def lift(db: Session, actor: User | None, member: User, kind: str, reason: str = "") -> bool:
    """End a silence or suspension early; False when there was none in force. The reason is
    the page's (schemas.Lifting); the API gives none."""
    actor = _require_manager(actor, member)
    why = reason or ""
    standing = standing_of(db, member)
    active = standing.silenced() if kind == "silence" else standing.suspended()
    if not active:
        return False
    before = _state(standing, kind)
    now = utcnow()
    for current in _current(db, member, kind):
        current.lifted_at, current.lifted_by_id, current.lift_reason = now, actor.id, why
    if kind == "silence":
        standing.silenced_until, standing.silence_reason = None, ""
    else:
        standing.suspended_until, standing.suspension_reason = None, ""
    db.flush()
    audit.record(db, actor, f"member.lift_{kind}", subject_type="user", subject_id=member.id,
                 before=before, after=_state(standing, kind), reason=why)
    return True


def _current(db: Session, member: User, kind: str) -> list[Sanction]:
    return list(db.scalars(select(Sanction).where(
        Sanction.user_id == member.id, Sanction.kind == kind, Sanction.lifted_at.is_(None),
        Sanction.ends_at > utcnow())))


def _state(standing: MemberStanding, kind: str) -> dict:
    until = standing.silenced_until if kind == "silence" else standing.suspended_until
    active = standing.silenced() if kind == "silence" else standing.suspended()
    return {"until": until.isoformat() if active else None}


def history(db: Session, actor: User | None, member: User) -> list[Sanction]:
    if not policy.can_view_standing(actor, member):
        raise Forbidden(_("Only the member and moderators see this."))
    return list(db.scalars(select(Sanction).where(Sanction.user_id == member.id)
                           .order_by(Sanction.starts_at.desc(), Sanction.id.desc())))

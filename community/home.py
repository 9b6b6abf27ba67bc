"""A member's home, the parts that come from features above the boards: what waits on them
(reviews, co-author invitations, their drafts, submissions to screen), what is new for them
(unread replies and mentions), their upcoming sessions and those for their specialty, and
the review queue for moderators.

The boards own the home page (community/boards/home.py) but cannot import the features that
sit above them; the composition root, which knows every part, registers each part here as a
section provider. Each provider runs a query or two for one member and asks its own
feature's policy (and, for write-ups, the double-anonymous review rule) before it names
anything: a reviewer's line names the write-up, never its authors; a topic shows only if its
board is readable and the topic visible to this member."""
from __future__ import annotations

from datetime import date, timedelta

from flask import Flask, url_for
from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from community.boards import policy as boards_policy
from community.boards.home import HomeItem, HomeSection, register_section
from community.boards.models import Post, Topic
from community.cases import policy as cases_policy
from community.cases.authoring import service as authoring
from community.cases.models import CaseAuthor, CaseReport
from community.cases.review import anonymity
from community.cases.review.models import ReviewAssignment, ReviewRound
from community.cases.service import case_title
from community.cases.states import EDITABLE, IN_REVIEW, REVISIONS_REQUESTED, SUBMITTED
from community.notifications.models import Notification
from community.platform.accounts.models import User
from community.platform.db import utcnow
from community.platform.i18n import _, _n
from community.platform.web import state_label
from moderation.queue import policy as queue_policy
from moderation.queue import service as queue
from moderation.queue.types import labels as queue_labels
from realtime.sessions import policy as sessions_policy
from realtime.sessions import service as sessions
from realtime.sessions.models import LiveSession, SessionRegistration

SHOWN = 5  # items per section
DUE_SOON = timedelta(days=3)
# Notifications about a topic's activity that make it "new for you".
ACTIVITY_KINDS = ("reply", "new_topic", "mention", "quote")


def init_app(app: Flask) -> None:
    register_section(app, 10, waiting_on_you)
    register_section(app, 20, moderation_queue)
    register_section(app, 30, new_for_you)
    # Signed-out readers see the public upcoming sessions too; the sessions' pages keep
    # the "sessions" version (realtime/sessions/wiring.py) and the page a minute at most.
    register_section(app, 40, upcoming_sessions, public_keys=("sessions",))


# ---------------------------------------------------------------- write-ups and reviews


def _due_badge(due_on: date, today: date) -> tuple[str, bool]:
    days = (due_on - today).days
    if days < 0:
        return _("Overdue"), True
    if days == 0:
        return _("Due today"), True
    return (_n("Due in %(num)d day", "Due in %(num)d days", days),
            timedelta(days=days) <= DUE_SOON)


def _reviews(db: Session, me: User, today: date) -> list[HomeItem]:
    """Review invitations to answer and accepted reviews to write, in open rounds. The
    line names the write-up (as the reviewer's own page does), never its authors."""
    rows = db.scalars(
        select(ReviewAssignment).join(ReviewRound, ReviewRound.id == ReviewAssignment.round_id)
        .join(CaseReport, CaseReport.id == ReviewAssignment.case_id)
        .where(ReviewAssignment.reviewer_id == me.id,
               ReviewAssignment.status.in_(("invited", "accepted")),
               ReviewRound.closed_at.is_(None), CaseReport.status == IN_REVIEW)
        .options(joinedload(ReviewAssignment.case))
        .order_by(ReviewAssignment.due_on, ReviewAssignment.id).limit(SHOWN)).all()
    items = []
    for a in rows:
        badge, urgent = _due_badge(a.due_on, today)
        what = _("Invitation to review: answer") if a.status == "invited" else _("Your review")
        items.append(HomeItem(case_title(a.case), url_for("case_review.review_page",
                                                          assignment_id=a.id),
                              meta=f"{what} · {a.case.board.name}", badge=badge,
                              urgent=urgent))
    return items


def _invitations(db: Session, me: User) -> list[HomeItem]:
    items = []
    for inv in authoring.my_invitations(db, me)[:SHOWN]:
        case = inv.case
        inviter = inv.invited_by.display_name if anonymity.may_know(me, inv.invited_by, case) \
            else None
        meta = (_("Invitation to co-author, from %(name)s", name=inviter) if inviter
                else _("Invitation to co-author, from an author"))
        items.append(HomeItem(case.title or _("Untitled write-up"), url_for("cases.index"),
                              meta=meta, when=inv.created_at, badge=_("Answer")))
    return items


def _own_write_ups(db: Session, me: User) -> list[HomeItem]:
    """The member's write-ups that wait on their authors: drafts and revisions requested."""
    rows = db.scalars(
        select(CaseReport).join(CaseAuthor, CaseAuthor.case_id == CaseReport.id)
        .where(CaseAuthor.user_id == me.id, CaseReport.status.in_(EDITABLE))
        .order_by(CaseReport.updated_at.desc()).limit(SHOWN)).all()
    return [HomeItem(case_title(case), url_for("cases.view", case_id=case.id),
                     meta=_("%(board)s · version %(version)s", board=case.board.name,
                            version=case.current_version),
                     when=case.updated_at, badge=state_label(case.status),
                     urgent=case.status == REVISIONS_REQUESTED) for case in rows]


def _to_screen(db: Session, me: User) -> list[HomeItem]:
    """For editors: submissions waiting for screening in the boards they edit (never their
    own, which is_editor_of leaves out)."""
    if not cases_policy.is_any_editor(me):
        return []
    query = select(CaseReport).where(CaseReport.status == SUBMITTED).options(
        selectinload(CaseReport.authors)).order_by(CaseReport.updated_at)
    if not cases_policy.is_site_editor(me):
        query = query.where(CaseReport.board_id.in_(cases_policy.edited_board_ids(me)))
    cases = [case for case in db.scalars(query.limit(50))
             if cases_policy.is_editor_of(me, case)]
    if not cases:
        return []
    return [HomeItem(_n("%(num)d submission to screen", "%(num)d submissions to screen",
                        len(cases)),
                     url_for("case_review.dashboard"), meta=_("Editor's dashboard"),
                     badge=_("Editor"))]


def waiting_on_you(db: Session, me: User) -> HomeSection | None:
    today = utcnow().date()
    items = [*_reviews(db, me, today), *_invitations(db, me), *_to_screen(db, me),
             *_own_write_ups(db, me)]
    if not items:
        return None
    return HomeSection("waiting", _("Waiting on you"), items,
                       more=(_("Your write-ups"), url_for("cases.index")))


# ---------------------------------------------------------------- the review queue


def moderation_queue(db: Session, me: User) -> HomeSection | None:
    if not queue_policy.can_view_queue(me):
        return None
    counts = queue.counts(db, me)  # kept until an item changes (the "queue" version)
    names = queue_labels()
    shown = [(names.get(kind, kind), n, url_for("queue.index", kind=kind))
             for kind, n in counts.items() if n]
    total = sum(counts.values())
    return HomeSection("queue", _("Review queue"), counts=shown,
                       note=(_n("%(num)d item waiting", "%(num)d items waiting", total)
                             if total else _("Nothing is waiting. Thank you.")),
                       more=(_("Open the queue"), url_for("queue.index")))


# ---------------------------------------------------------------- unread activity


def new_for_you(db: Session, me: User) -> HomeSection | None:
    """Topics with unread replies, new topics in watched boards, mentions and quotes: one
    line per topic, the newest first, each checked against the member's reading rights now
    (a board may have become restricted, a post deleted, since the notification)."""
    rows = db.execute(
        select(Notification.post_id, Post.topic_id, Notification.kind,
               func.count(Notification.id).label("n"),
               func.max(Notification.created_at).label("latest"))
        .join(Post, Post.id == Notification.post_id)
        .where(Notification.user_id == me.id, Notification.read_at.is_(None),
               Notification.kind.in_(ACTIVITY_KINDS), Post.deleted_at.is_(None))
        .group_by(Notification.post_id, Post.topic_id, Notification.kind)
        .order_by(func.max(Notification.created_at).desc()).limit(50)).all()
    if not rows:
        return None
    topics = {t.id: t for t in db.scalars(select(Topic).where(
        Topic.id.in_({row.topic_id for row in rows})).options(joinedload(Topic.board)))}
    posts = {p.id: p for p in db.scalars(select(Post).where(
        Post.id.in_({row.post_id for row in rows})))}
    by_topic: dict[int, dict] = {}
    for row in rows:
        topic, post = topics.get(row.topic_id), posts.get(row.post_id)
        if topic is None or post is None:
            continue
        set_committed_value(post, "topic", topic)  # a read: nothing to flush
        if not (boards_policy.can_view_topic(me, topic) and boards_policy.can_view_post(me, post)):
            continue
        entry = by_topic.setdefault(topic.id, {"topic": topic, "latest": row.latest,
                                               "kinds": {}, "post": post})
        entry["kinds"][row.kind] = entry["kinds"].get(row.kind, 0) + row.n
    if not by_topic:
        return None
    items = []
    for entry in list(by_topic.values())[:SHOWN]:
        topic, kinds = entry["topic"], entry["kinds"]
        parts = []
        if kinds.get("mention"):
            parts.append(_("mentioned you"))
        if kinds.get("quote"):
            parts.append(_("quoted you"))
        if kinds.get("reply"):
            parts.append(_n("%(num)d new reply", "%(num)d new replies", kinds["reply"]))
        if kinds.get("new_topic"):
            parts.append(_("new topic"))
        items.append(HomeItem(topic.title, url_for("boards.topic", topic_id=topic.id),
                              meta=" · ".join([topic.board.name, *parts]),
                              when=entry["latest"], badge=_("New")))
    return HomeSection("new", _("New for you"), items,
                       more=(_("All notifications"), url_for("notifications.index")))


# ---------------------------------------------------------------- live sessions


def _specialty_match(me: User, live: LiveSession) -> bool:
    specialty = (me.specialty or "").strip().lower()
    return bool(specialty) and specialty in (live.board.name.lower(),
                                             live.board.slug.replace("-", " "))


def _visitor_sessions(db: Session) -> HomeSection | None:
    items = [HomeItem(live.title, url_for("sessions.view", session_id=live.id),
                      meta=f"{live.kind_label} · {live.board.name}", when=live.starts_at,
                      starts=True,
                      badge=state_label(live.state) if live.state in ("lobby", "live") else "")
             for live in sessions.upcoming(db, None, limit=3)]
    if not items:
        return None
    return HomeSection("sessions", _("Upcoming live sessions"), items,
                       more=(_("All sessions"), url_for("sessions.index")))


def upcoming_sessions(db: Session, me: User | None) -> HomeSection | None:
    """The sessions the member registered for, hosts or presents, then those they may like:
    on the board of their specialty first, then any other they may join. Sessions on a
    board the member cannot read never show (sessions_policy.can_view). Visitors: the
    next public ones."""
    if me is None:
        return _visitor_sessions(db)
    now = utcnow()
    mine = {r.session_id: r for r in db.scalars(
        select(SessionRegistration).join(LiveSession,
                                         LiveSession.id == SessionRegistration.session_id)
        .where(SessionRegistration.user_id == me.id,
               SessionRegistration.status != "cancelled", LiveSession.ends_at > now,
               LiveSession.state.not_in(("ended", "cancelled"))))}
    upcoming = sessions.upcoming(db, me, limit=30)
    items: list[HomeItem] = []
    specialty: list[HomeItem] = []
    others: list[HomeItem] = []
    for live in upcoming:
        registration = mine.get(live.id)
        role = (_("Hosting") if live.host_id == me.id else
                _("Presenting") if sessions_policy.is_presenter(me, live) else None)
        badge = role or (state_label(registration.status) if registration else "")
        if live.state in ("lobby", "live"):
            badge = state_label(live.state) + (f" · {badge}" if badge else "")
        item = HomeItem(live.title, url_for("sessions.view", session_id=live.id),
                        meta=f"{live.kind_label} · {live.board.name}", when=live.starts_at,
                        starts=True, badge=badge, urgent=live.state in ("lobby", "live"))
        if role or registration is not None:
            items.append(item)
        elif sessions_policy.can_register(me, live):
            if _specialty_match(me, live):
                # beside "Lobby open" when it has opened: why it is suggested stays said
                item.badge = " · ".join(b for b in (item.badge, _("Your specialty")) if b)
                specialty.append(item)
            else:
                others.append(item)
    suggested = specialty + others
    items = items[:SHOWN] + suggested[:max(2, SHOWN - len(items))]
    if not items:
        return None
    return HomeSection("sessions", _("Upcoming sessions"), items[:SHOWN + 2],
                       more=(_("Your sessions"), url_for("sessions.mine")))

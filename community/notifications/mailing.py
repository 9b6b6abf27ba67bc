"""Notifications by mail, at once: one message per notification, for members whose cadence
for its kind is "immediately" (community.mail decides; a daily or weekly cadence leaves the
notification to the digest, community.notifications.digest).

- A post notification (mention, reply, quote, new topic or reply in something watched) is
  mailed with the post's text, a link to it and a "reply by email or on the site" line —
  never to a member who cannot read the post (a restricted board, a hidden or deleted post).
  Likes are not mailed one by one; they appear in the digest.
- A member notice that is a moderation outcome (their post hidden, kept, removed, approved
  or rejected, their flag resolved, their disclosure reviewed) is mailed as
  "moderation_outcome".

Each message's dedupe key is the notification's id: a task that runs twice mails once.
The Reply-To of a topic notification is computed in one place, `reply_address_for`."""
from __future__ import annotations

from html import unescape
from html.parser import HTMLParser

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from community.boards import policy as boards_policy
from community.boards.models import Post, Topic
from community.mail.service import queue_mail, site_url, written_for
from community.notifications import incoming
from community.notifications.models import MODERATION_KINDS, Notification
from community.notifications.texts import (
    MODERATION_SUBJECTS,
    notice_text,
    post_sentence,
    post_sentence_html,
)
from community.platform.accounts.models import User
from community.platform.i18n import _, _l

# Member notices mailed as a moderation outcome.
MODERATION_NOTICES = frozenset(("disclosure_reviewed", *MODERATION_KINDS))
# How a notification's kind reads (machine-readable context; the sentences people read are
# community.notifications.texts, made in the reader's language).
VERBS = {
    "mention": "mentioned you in",
    "reply": "replied to you in",
    "quote": "quoted you in",
    "watched_reply": "replied in",
    "new_topic": "started",
    "like": "liked your post in",
}


def reply_address_for(user: User, post: Post) -> str | None:
    """The Reply-To of a topic notification mailed to `user` about `post`: a per-recipient
    signed address through which a reply by email is posted as that member
    (notifications/incoming.py: `reply+<token>@<mail_reply_domain>`)."""
    return incoming.reply_address(user.id, post.id)


def mail_kind(note: Notification, post: Post | None) -> str | None:
    """The mail kind (community.mail.kinds) whose cadence applies to a notification: a reply
    to the member's own post is a "reply", one in a topic they only watch is "watched";
    a like is in the digest only ("digest")."""
    if note.kind in MODERATION_NOTICES:
        return "moderation_outcome"
    if post is None:
        return None
    if note.kind == "reply":
        own = post.reply_to is not None and post.reply_to.author_id == note.user_id
        return "reply" if own else "watched"
    return {"mention": "mention", "quote": "quote", "new_topic": "watched",
            "like": "digest"}.get(note.kind)


def verb(note_kind: str, kind: str) -> str:
    return VERBS["watched_reply" if note_kind == "reply" and kind == "watched" else note_kind]


class _Text(HTMLParser):
    BLOCKS = frozenset({"p", "div", "blockquote", "li", "ul", "ol", "pre", "h1", "h2", "h3",
                        "h4", "h5", "h6", "table", "tr", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.quote = 0
        self.href: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag == "blockquote":
            self.quote += 1
            self.parts.append("\n")
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        elif tag == "a":
            self.href.append(dict(attrs).get("href"))
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(f"[{alt}]")

    def handle_endtag(self, tag: str) -> None:
        if tag == "blockquote":
            self.quote = max(0, self.quote - 1)
        if tag == "a" and self.href:
            href = self.href.pop()
            if href and href.startswith(("http://", "https://")):
                self.parts.append(f" <{href}>")
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.quote:
            data = data.replace("\n", "\n> ")
            if not self.parts or self.parts[-1].endswith("\n"):
                data = "> " + data
        self.parts.append(data)


def plain_text(cooked: str, limit: int | None = None) -> str:
    """A post's cooked (sanitized) HTML as plain text for the text part of a message;
    shortened at a word to `limit` characters when given."""
    parser = _Text()
    parser.feed(cooked)
    parser.close()
    lines = [line.rstrip() for line in unescape("".join(parser.parts)).splitlines()]
    text, blank = [], False
    for line in lines:
        if not line.strip():
            blank = bool(text)
            continue
        if blank:
            text.append("")
        text.append(line)
        blank = False
    out = "\n".join(text)
    if limit is not None and len(out) > limit:
        out = out[:limit].rsplit(None, 1)[0] + "…"
    return out


def _subject(note: Notification, kind: str, post: Post, actor: User | None) -> str:
    """In the recipient's language (called inside `written_for`)."""
    if note.kind == "new_topic":
        return _("New topic in %(board)s: %(title)s", board=post.topic.board.name,
                 title=post.topic.title)
    return post_sentence(note.kind, actor.display_name if actor is not None else None,
                         post.topic.title, kind)


def mail_post_notifications(db: Session, post_id: int) -> int:
    """Mail the notifications a post caused (those not yet mailed) to the members who want
    them at once; the number of messages queued."""
    post = db.get(Post, post_id, options=[joinedload(Post.topic).joinedload(Topic.board),
                                          joinedload(Post.reply_to)])
    if post is None:
        return 0
    notes = list(db.scalars(select(Notification).where(Notification.post_id == post.id)
                            .order_by(Notification.id)))
    users = {u.id: u for u in db.scalars(select(User).where(
        User.id.in_({n.user_id for n in notes} | {n.actor_id for n in notes if n.actor_id})))}
    queued = 0
    for note in notes:
        kind = mail_kind(note, post)
        user = users.get(note.user_id)
        if kind in (None, "digest") or user is None or not _reachable(user):
            continue
        # Asked again at sending time: the board may have been restricted, the post hidden.
        if not boards_policy.can_view_post(user, post):
            continue
        actor = users.get(note.actor_id) if note.actor_id else None
        reply_to = reply_address_for(user, post)
        name = actor.display_name if actor is not None else None
        with written_for(user):
            message = queue_mail(
                db, kind=kind, to=user, subject=_subject(note, kind, post, actor),
                template="notification_post", dedupe_key=f"notification:{note.id}",
                reply_to=reply_to,
                context={
                    "verb": verb(note.kind, kind), "note_kind": note.kind,
                    "headline": post_sentence(note.kind, name, post.topic.title, kind),
                    "headline_html": post_sentence_html(
                        note.kind, name, post.topic.title, site_url(f"/t/{post.topic_id}"),
                        kind, link_style="color:#1d4ed8;"),
                    "actor": actor, "topic_title": post.topic.title,
                    "board_name": post.topic.board.name, "post_number": post.number,
                    "post_html": post.cooked, "post_text": plain_text(post.cooked),
                    "post_url": site_url(f"/p/{post.id}"),
                    "topic_url": site_url(f"/t/{post.topic_id}"),
                    "notifications_url": site_url("/notifications"),
                    "by_email": reply_to is not None,
                })
        queued += message is not None
    return queued


def mail_member_notice(db: Session, user_id: int, kind: str, link: str) -> bool:
    """Mail a member notice that is a moderation outcome; True when a message was queued."""
    if kind not in MODERATION_NOTICES:
        return False
    note = db.scalar(select(Notification).where(
        Notification.user_id == user_id, Notification.kind == kind,
        Notification.post_id.is_(None), Notification.link == link))
    user = db.get(User, user_id)
    if note is None or user is None or not _reachable(user):
        return False
    with written_for(user):
        message = queue_mail(
            db, kind="moderation_outcome", to=user,
            subject=MODERATION_SUBJECTS.get(kind, DEFAULT_MODERATION_SUBJECT),
            template="notice", dedupe_key=f"notification:{note.id}",
            context={"message": notice_text(kind, note.message),
                     "link": site_url(note.link or "/notifications"),
                     "link_label": _("See it on Rounds"), "notice_kind": kind})
    return message is not None


DEFAULT_MODERATION_SUBJECT = _l("A moderation decision about your post")


def _reachable(user: User) -> bool:
    return user.is_active and user.deleted_at is None

"""The home page's reading: what is happening on Rounds, for the reader.

Two parts. The boards' own (this module): every board with its latest topic, and the latest
discussion across the boards the reader may read — the same for every reader who may read
the same boards, so each is computed once per change of the boards or their topics and kept
(platform/pagecache.py `memo`, versions "site" and "topics"), and a member's home costs no
more than a visitor's for them. And the parts other features add for a signed-in member
(sessions, write-ups and reviews waiting on them, unread activity, the moderation queue):
those features sit above the boards, so they register a *section provider* from the
composition root (community/home.py) and the home asks each in turn. A provider answers for
one member, checks that member's permissions with its own feature's policy, and returns a
`HomeSection` or None (nothing to show)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from babel import dates as babel_dates
from flask import Flask
from markupsafe import Markup, escape
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from community.boards.models import Topic
from community.platform import pagecache
from community.platform.accounts.models import User
from community.platform.accounts.policy import is_signed_in
from community.platform.i18n import _, format_date, shown_locale
from community.platform.registry import registry
from community.platform.spaces.models import Board
from community.platform.spaces.policy import can_read_board
from community.platform.web import viewer_zone

LATEST = 8  # topics in "Latest discussion"
_KEEP = 30  # topics kept per scope, enough for LATEST after the reader's boards are applied


@dataclass
class HomeItem:
    """One line of a section: what it is, where it leads, and a short line about it."""

    title: str
    url: str
    meta: str | Markup = ""
    when: datetime | None = None  # shown as a time in the reader's zone
    badge: str = ""  # a short status ("Due in 3 days", "Draft", "Registered")
    urgent: bool = False
    starts: bool = False  # `when` is a start time (a session), not when it happened


@dataclass
class HomeSection:
    key: str
    heading: str
    items: list[HomeItem] = field(default_factory=list)
    more: tuple[str, str] | None = None  # (label, url): the page with all of them
    note: str = ""  # a line under the heading (why these are shown)
    # Counts instead of items (the moderation queue): (label, number, url).
    counts: list[tuple[str, int, str]] = field(default_factory=list)


# provider(db, reader) -> a section for this reader, or None; `order` places it.
Provider = Callable[[Session, "User | None"], "HomeSection | None"]


@dataclass(frozen=True)
class _Registered:
    order: int
    provider: Provider
    # Also on the signed-out home, which is cached whole (platform/pagecache.py): then the
    # page-cache versions of what the section shows, so that a change refreshes the page.
    public_keys: tuple[str, ...] | None


def register_section(app: Flask, order: int, provider: Provider, *,
                     public_keys: tuple[str, ...] | None = None) -> None:
    """A feature's part of the home (registered from the composition root). A provider is
    asked for signed-in members (reader is the member), and for signed-out readers (reader
    None) only when it declares the `public_keys` its section depends on."""
    registry("home_sections", list, app).append(_Registered(order, provider, public_keys))


def _registered() -> list[_Registered]:
    return sorted(registry("home_sections", list), key=lambda r: r.order)


def page_keys() -> list[str]:
    """The page-cache versions of the signed-out home: the boards and their topics, and
    whatever its public sections show."""
    keys = ["site", "topics"]
    for found in _registered():
        keys += [key for key in found.public_keys or () if key not in keys]
    return keys


def sections(db: Session, actor: User | None) -> list[HomeSection]:
    signed_in = is_signed_in(actor)
    found = []
    for entry in _registered():
        if not signed_in and entry.public_keys is None:
            continue
        section = entry.provider(db, actor if signed_in else None)
        if section is not None:
            found.append(section)
    return found


# ---------------------------------------------------------------- the boards' part


@dataclass
class BoardActivity:
    board: Board
    topic_id: int | None = None
    title: str = ""
    last_posted_at: datetime | None = None
    replies: int = 0


@dataclass
class LatestTopic:
    id: int
    title: str
    board: Board
    author: str
    replies: int
    last_posted_at: datetime
    language: str = "und"  # the title's (its opening post's)


def _listed(query):
    """What every reader of a board sees listed: neither deleted nor hidden (a member's own
    queued topic shows on its board's page, not on everybody's home)."""
    return query.where(Topic.deleted_at.is_(None), Topic.hidden_at.is_(None))


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def board_activity(db: Session, boards: list[Board]) -> list[BoardActivity]:
    """Each board with its latest listed topic (one query for all boards, kept until a board
    or a topic changes)."""
    def compute() -> dict[str, Any]:
        ranked = _listed(select(
            Topic.id, Topic.board_id, Topic.title, Topic.post_count, Topic.last_posted_at,
            func.row_number().over(partition_by=Topic.board_id,
                                   order_by=(Topic.last_posted_at.desc(), Topic.id.desc()))
            .label("rank"))).subquery()
        rows = db.execute(select(ranked).where(ranked.c.rank == 1)).all()
        return {str(row.board_id): [row.id, row.title, row.post_count,
                                    row.last_posted_at.isoformat()] for row in rows}

    latest = pagecache.memo(["site", "topics"], "home:board-activity", compute)
    out = []
    for board in boards:
        found = latest.get(str(board.id))
        if found is None:
            out.append(BoardActivity(board))
        else:
            topic_id, title, posts, when = found
            out.append(BoardActivity(board, topic_id, title, _when(when), max(posts - 1, 0)))
    # Boards with something happening first, the most recent at the top; the quiet ones
    # keep the site's order after them.
    return sorted(out, key=lambda a: (a.last_posted_at is None,
                                      -(a.last_posted_at.timestamp() if a.last_posted_at
                                        else 0)))


def latest_topics(db: Session, actor: User | None, boards: list[Board],
                  limit: int = LATEST) -> list[LatestTopic]:
    """The most recently active topics across the boards the reader may read. Computed once
    per scope (public boards only, or every board) and kept until a topic changes; a board
    the reader cannot read never contributes (the scope is the reader's, and each topic's
    board is checked again against the reader's own list)."""
    readable = {board.id: board for board in boards}
    # `boards` are the reader's own (spaces.list_boards): holding a restricted one means
    # reading them all.
    scope = "all" if any(board.verified_only for board in boards) else "public"

    def compute() -> list[list[Any]]:
        query = _listed(select(Topic.id, Topic.title, Topic.board_id, Topic.post_count,
                               Topic.last_posted_at, User.display_name, Topic.language)
                        .join(User, User.id == Topic.author_id)
                        .join(Board, Board.id == Topic.board_id))
        if scope == "public":
            query = query.where(Board.verified_only.is_(False))
        rows = db.execute(query.order_by(Topic.last_posted_at.desc(), Topic.id.desc())
                          .limit(_KEEP)).all()
        return [[r.id, r.title, r.board_id, r.post_count, r.last_posted_at.isoformat(),
                 r.display_name, r.language] for r in rows]

    # (":2": the rows gained the title's language; a cache may still hold the older shape)
    rows = pagecache.memo(["site", "topics"], f"home:latest:2:{scope}", compute)
    out = []
    for topic_id, title, board_id, posts, when, author, language in rows:
        board = readable.get(board_id)
        if board is not None and can_read_board(actor, board):
            out.append(LatestTopic(topic_id, title, board, author, max(posts - 1, 0),
                                   _when(when), language))
    return out[:limit]


# ---------------------------------------------------------------- times


def relative_time(moment: datetime | None, now: datetime) -> Markup:
    """A <time>: relative within a week ("3 hours ago", "in 2 days", in the reader's
    language), else the date; the full time in the reader's own zone in its title, and in UTC
    for machines."""
    if moment is None:
        return Markup("")
    local = moment.astimezone(viewer_zone())
    full = f"{_day_and_time(local, 'yMMMEd')} {local.tzname() or ''}".rstrip()
    seconds = (now - moment).total_seconds()
    if abs(seconds) >= 7 * 86400:
        label = format_date(moment)
    elif 0 <= seconds < 60:
        label = _("just now")
    else:
        label = babel_dates.format_timedelta(moment - now, add_direction=True,
                                             locale=shown_locale())
    return Markup('<time datetime="{}" title="{}">{}</time>').format(
        moment.isoformat(), full, escape(label))


def _day_and_time(local: datetime, day: str) -> str:
    locale = shown_locale()
    return _("%(day)s, %(time)s", day=babel_dates.format_skeleton(day, local, locale=locale),
             time=babel_dates.format_skeleton("Hm", local, locale=locale))


def starts_at(moment: datetime, now: datetime) -> Markup:
    """When a session starts, in the reader's zone and language ("Sun, Dec 6, 14:50 IST ·
    in 35 minutes")."""
    local = moment.astimezone(viewer_zone())
    label = f"{_day_and_time(local, 'MMMEd')} {local.tzname() or ''}".rstrip()
    seconds = (moment - now).total_seconds()
    if 0 < seconds < 7 * 86400:
        label = _("%(when)s · %(relative)s", when=label, relative=babel_dates.format_timedelta(
            moment - now, add_direction=True, locale=shown_locale()))
    return Markup('<time datetime="{}">{}</time>').format(moment.isoformat(), label)

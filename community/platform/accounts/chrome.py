"""The member's "chrome": what every signed-in page shows of its member beside the page
itself — the header's badges and banners (unread notifications, the review queue's link,
the editor's link, mail stopped) — and whether their two-factor sign-in is on.

Each is a part a feature registers (`part(app, name, expression)`): a scalar SQL expression
over the `users` row (a correlated count or EXISTS). sessions.load reads the session, the
member, their standing and every part in ONE statement, so a signed-in page pays one query
for all of them, not one per badge, and nothing is cached: a badge is right the moment its
rows change, and a revoked session is refused at once.

A part may name a collection of User (`empty=` "board_moderations") that it counts: when the
count is 0 the collection is set empty without a query (most members moderate nothing).

`value(name, compute)` answers the loaded value for the signed-in member; `compute()` when
there is none (the member was loaded otherwise: an API token, a socket) or when the request
has written since (a write may change a badge: then the page asks the database again).
`fingerprint(user)` digests all of it, for the pages cached per member (pagecache)."""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import Flask, current_app, g, has_app_context
from sqlalchemy import event, inspect
from sqlalchemy.orm import attributes
from sqlalchemy.sql.elements import ColumnElement

_PARTS = "rounds.member_chrome"
_LOADED = "member_chrome"


@dataclass(frozen=True)
class Part:
    name: str
    expression: Callable[[], ColumnElement]
    empty: str | None = None


def init_app(app: Flask) -> None:
    app.extensions.setdefault(_PARTS, {})
    factory = app.extensions["rounds_db"].session_factory
    event.listen(factory, "after_flush", _forget)
    event.listen(factory, "do_orm_execute", _forget_on_write)
    event.listen(factory, "after_commit", _forget)


def part(app: Flask, name: str, expression: Callable[[], ColumnElement], *,
         empty: str | None = None) -> None:
    """Load `expression()` (a scalar over `users`, correlated) with every signed-in member as
    `value(name)`. `empty`: a collection of User the expression counts, set empty when 0."""
    app.extensions.setdefault(_PARTS, {})[name] = Part(name, expression, empty)


def parts(app: Flask | None = None) -> tuple[Part, ...]:
    return tuple((app or current_app).extensions.get(_PARTS, {}).values())


def loaded(user: Any, values: dict[str, Any], *related: Any) -> None:
    """sessions.load: the parts' values for the member this request signed in (and rows
    loaded with them, as their standing, for the fingerprint)."""
    for found in parts():
        if found.empty and not values.get(found.name):
            attributes.set_committed_value(user, found.empty, [])
    state = repr((_columns(user), *map(_columns, related), sorted(values.items())))
    setattr(g, _LOADED, (user.id, values,
                         hashlib.sha256(state.encode()).hexdigest()[:20]))


def _columns(row: Any) -> tuple:
    if row is None:
        return ()
    return tuple(getattr(row, column.key) for column in inspect(row).mapper.column_attrs)


def fingerprint(user: Any) -> str | None:
    """A digest of everything loaded of `user` with this request's session (their row, the
    related rows, the parts), while nothing was written since: what the pages cached for
    a member are keyed by (pagecache._member_cached). None when not loaded so."""
    found = g.get(_LOADED) if has_app_context() else None
    if found is None or found[0] != getattr(user, "id", None):
        return None
    return found[2]


def value(user: Any, name: str, compute: Callable[[], Any]) -> Any:
    """The part `name` for `user` as loaded with the session, or `compute()`."""
    found = g.get(_LOADED) if has_app_context() else None
    if found is None or found[0] != getattr(user, "id", None) or name not in found[1]:
        return compute()
    return found[1][name]


def _forget(*_args: Any) -> None:
    if has_app_context():
        g.pop(_LOADED, None)


def _forget_on_write(state: Any) -> None:
    if not state.is_select:
        _forget()

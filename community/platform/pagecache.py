"""Page caching the way Discourse does it: whole pages for signed-out readers, keyed by the
URL and the version of the content they show; ETag and 304 for everyone.

Versions. Each page names the content it shows as a few keys — "site" (boards, members'
names; every page), "topic:<id>" (a topic's posts), "topics" (the board listings). A key's
version is a counter in the store. Features declare which of their models feed which keys
(`watch(app, Post, lambda post: [f"topic:{post.topic_id}"])`); the unit of work collects the
keys of every row it adds, changes or deletes (at flush, also bulk UPDATE/DELETE statements
on a watched model) and bumps them right after the COMMIT, before the response is sent. So
every change invalidates — those announced by the domain events (post_created, post_edited,
post_liked, post_visibility_changed, topic_changed, a move…) and those without an event (an
unlike, a pin, a lock, a board made restricted, a member's new display name) — and a rolled
back unit bumps nothing. A page is stored under the versions read *before* its content was
read, so a change committed while it rendered leaves it under a key nobody asks for again.

Store. Redis when ROUNDS_REDIS_URL is configured (shared by every web process; versions are
INCR counters, pages expire after PAGE_TTL), otherwise an in-process LRU (the embedded
default is one process; several web processes need Redis, as the README's production layout
has). A store that fails answers "not cached" and the page is rendered as before.

Who gets the cache. A GET or HEAD without credentials (no signed-in member, no API token, no
flashed message waiting in the session) whose query has only the parameters the view allows.
A page is stored only if it answered 200 and put nothing in the session or in a cookie (no
CSRF token was rendered into it: signed-out pages render none unless they hold a form, and
those are not stored). Signed-in readers are never served from it; their pages get an ETag
over the page's bytes and the member's id (a 304 saves the transfer, not the rendering).

The rendered HTML of each post's shared part for members (`fragment`) is cached per post
revision with the same versions; views compute the per-viewer parts (like state, buttons) for
the whole page at once.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any

import redis
from flask import Flask, Response, current_app, g, has_request_context, request, session
from flask_login import current_user
from sqlalchemy import event, inspect
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BinaryExpression, BindParameter, BooleanClauseList

from community.platform import i18n
from community.platform.accounts import chrome
from community.platform.accounts.models import User
from community.platform.spaces.models import Board, BoardModerator

log = logging.getLogger(__name__)

REDIS_RETRY_SECONDS = 2.0  # a Redis that failed is left alone this long (no wait per request)
PAGE_TTL = 24 * 3600  # seconds a stored page lives in Redis (a new version replaces it sooner)
MEMORY_PAGES = 500  # pages kept in the in-process LRU
MEMORY_FRAGMENTS = 20_000  # post fragments kept in the in-process LRU
MEMORY_MEMBER_PAGES = 2_000  # members' pages (gzipped only) kept in the in-process LRU
MEMBER_PAGE_TTL = 600  # seconds a member's stored page lives in Redis
MEMBER_BUCKET = 60  # a member's stored page lasts at most this long (clock-bound state)
_EXTENSION = "rounds.pagecache"
_WATCHERS = "rounds.pagecache_watchers"
_BULK = "rounds.pagecache_bulk"
_KEYS = "pagecache_keys"
KeysOf = Callable[[Any], Iterable[str]]


# ---------------------------------------------------------------- stores


class MemoryStore:
    """Versions and pages in this process: an LRU behind a lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._versions: dict[str, int] = {}
        self._pages: OrderedDict[str, Any] = OrderedDict()
        self._fragments: OrderedDict[str, str] = OrderedDict()
        self._member_pages: OrderedDict[str, Any] = OrderedDict()

    def versions(self, keys: list[str]) -> list[int]:
        with self._lock:
            return [self._versions.get(key, 0) for key in keys]

    def bump(self, keys: Iterable[str]) -> None:
        with self._lock:
            for key in keys:
                self._versions[key] = self._versions.get(key, 0) + 1

    def _get(self, table: OrderedDict, key: str) -> Any:
        with self._lock:
            value = table.get(key)
            if value is not None:
                table.move_to_end(key)
            return value

    def _set(self, table: OrderedDict, key: str, value: Any, limit: int) -> None:
        with self._lock:
            table[key] = value
            table.move_to_end(key)
            while len(table) > limit:
                table.popitem(last=False)

    def get_page(self, key: str) -> tuple[bytes, bytes, str] | None:
        return self._get(self._pages, key)

    def set_page(self, key: str, page: tuple[bytes, bytes, str]) -> None:
        self._set(self._pages, key, page, MEMORY_PAGES)

    def get_member_page(self, key: str) -> tuple[bytes, str, str] | None:
        return self._get(self._member_pages, key)

    def set_member_page(self, key: str, page: tuple[bytes, str, str]) -> None:
        self._set(self._member_pages, key, page, MEMORY_MEMBER_PAGES)

    def get_fragments(self, keys: list[str]) -> list[str | None]:
        return [self._get(self._fragments, key) for key in keys]

    def set_fragments(self, values: dict[str, str]) -> None:
        for key, value in values.items():
            self._set(self._fragments, key, value, MEMORY_FRAGMENTS)


class RedisStore:
    """Versions and pages in Redis, shared by every web process of the site. Failures are
    answered as "not cached". A version this process could not bump (Redis away) is kept and
    bumped first when Redis answers again, with "site", which every page's key holds: until
    then this process serves nothing from the cache, so a change made during an outage (a
    board made restricted) never meets a page stored before it."""

    def __init__(self, url: str, namespace: str) -> None:
        self._redis = redis.Redis.from_url(url, socket_connect_timeout=0.5, socket_timeout=0.5)
        self._prefix = f"rounds:pc:{namespace}:"
        self._unbumped: set[str] = set()
        self._lock = threading.Lock()
        self._quiet_until = 0.0  # after a failure, Redis is not asked again before this

    def _resting(self) -> bool:
        return time.monotonic() < self._quiet_until

    def _failed(self) -> None:
        self._quiet_until = time.monotonic() + REDIS_RETRY_SECONDS

    def versions(self, keys: list[str]) -> list[int] | None:
        if self._unbumped and (self._resting() or not self._bump_unbumped()):
            return None
        try:
            values = self._redis.mget([f"{self._prefix}v:{key}" for key in keys])
        except redis.RedisError:
            return None
        return [int(value or 0) for value in values]

    def bump(self, keys: Iterable[str]) -> None:
        keys = set(keys)
        try:
            if self._resting():
                raise redis.ConnectionError("resting after a failure")
            self._incr(keys)
        except redis.RedisError:
            self._failed()
            with self._lock:
                if not self._unbumped:
                    log.warning("page cache: Redis unavailable; pages are served uncached "
                                "until it answers and the versions are bumped")
                self._unbumped |= keys | {"site"}

    def _bump_unbumped(self) -> bool:
        with self._lock:
            keys, self._unbumped = self._unbumped, set()
        try:
            self._incr(keys)
            log.warning("page cache: Redis answers again; versions bumped")
            return True
        except redis.RedisError:
            self._failed()
            with self._lock:
                self._unbumped |= keys
            return False

    def _incr(self, keys: Iterable[str]) -> None:
        pipe = self._redis.pipeline(transaction=False)
        for key in keys:
            pipe.incr(f"{self._prefix}v:{key}")
        pipe.execute()

    def get_page(self, key: str) -> tuple[bytes, bytes, str] | None:
        try:
            raw, zipped, kind = self._redis.hmget(f"{self._prefix}p:{key}", "raw", "gz", "type")
        except redis.RedisError:
            return None
        if raw is None or zipped is None or kind is None:
            return None
        return raw, zipped, kind.decode()

    def set_page(self, key: str, page: tuple[bytes, bytes, str]) -> None:
        name = f"{self._prefix}p:{key}"
        try:
            pipe = self._redis.pipeline(transaction=False)
            pipe.hset(name, mapping={"raw": page[0], "gz": page[1], "type": page[2]})
            pipe.expire(name, PAGE_TTL)
            pipe.execute()
        except redis.RedisError:
            pass

    def get_member_page(self, key: str) -> tuple[bytes, str, str] | None:
        try:
            zipped, kind, headers = self._redis.hmget(f"{self._prefix}m:{key}", "gz", "type",
                                                      "headers")
        except redis.RedisError:
            return None
        if zipped is None or kind is None or headers is None:
            return None
        return zipped, kind.decode(), headers.decode()

    def set_member_page(self, key: str, page: tuple[bytes, str, str]) -> None:
        name = f"{self._prefix}m:{key}"
        try:
            pipe = self._redis.pipeline(transaction=False)
            pipe.hset(name, mapping={"gz": page[0], "type": page[1], "headers": page[2]})
            pipe.expire(name, MEMBER_PAGE_TTL)
            pipe.execute()
        except redis.RedisError:
            pass

    def get_fragments(self, keys: list[str]) -> list[str | None]:
        try:
            values = self._redis.mget([f"{self._prefix}f:{key}" for key in keys])
        except redis.RedisError:
            return [None] * len(keys)
        return [value.decode() if value is not None else None for value in values]

    def set_fragments(self, values: dict[str, str]) -> None:
        try:
            pipe = self._redis.pipeline(transaction=False)
            for key, value in values.items():
                pipe.set(f"{self._prefix}f:{key}", value, ex=PAGE_TTL)
            pipe.execute()
        except redis.RedisError:
            pass


def store(app: Flask | None = None) -> MemoryStore | RedisStore:
    """This app's store, built on first use."""
    app = app or current_app
    found = app.extensions.get(_EXTENSION)
    if found is None:
        url = app.config["SETTINGS"].redis_url
        # One namespace per database: two sites (or test databases) sharing a Redis never
        # see each other's pages.
        namespace = hashlib.sha256(app.config["DATABASE_URL"].encode()).hexdigest()[:12]
        found = RedisStore(url, namespace) if url else MemoryStore()
        app.extensions[_EXTENSION] = found
    return found


# ---------------------------------------------------------------- what invalidates what


def init_app(app: Flask) -> None:
    """Collect the keys a unit of work touches and bump them after its commit."""
    app.extensions.setdefault(_WATCHERS, {})
    factory = app.extensions["rounds_db"].session_factory
    event.listen(factory, "after_flush", _collect)
    event.listen(factory, "do_orm_execute", _collect_bulk)
    event.listen(factory, "after_commit", _bump_collected)
    event.listen(factory, "after_soft_rollback", _forget)
    # The platform's own rows on every page: the boards (names, restriction, counts on the
    # home page) and how members appear beside their posts.
    watch(app, Board, lambda board: ["site"])
    watch(app, User, lambda user: ["site"] if changed(
        user, *MEMBER_SHOWN) else [])
    # A member's cached pages (page(members=True)) are keyed by what the session loads of
    # them (their row, standing, badges: chrome.py), by "member:<id>", which every commit
    # of their own requests bumps, and by what others change of theirs, as their boards.
    watch(app, BoardModerator, lambda link: [f"member:{link.user_id}"], bulk=("members",))
    app.after_request(_store_member_page)  # registered first: runs after the others


# What of a member shows beside their posts and in listings.
MEMBER_SHOWN = ("username", "display_name", "credentials", "verified_at", "avatar_version")


def watch(app: Flask, model: type, keys_of: KeysOf, bulk: Iterable[str] = ("site",)) -> None:
    """Changing, adding or deleting a `model` row changes the pages of `keys_of(row)`; a
    bulk INSERT, UPDATE or DELETE statement on it (no rows to ask) the pages of `bulk`
    (every page, unless the model shows on few)."""
    watchers = app.extensions.setdefault(_WATCHERS, {})
    before = watchers.get(model)  # another feature's watcher of the same model: both ask
    watchers[model] = keys_of if before is None else (
        lambda row: [*before(row), *keys_of(row)])
    bulks = app.extensions.setdefault(_BULK, {})
    bulks[model] = tuple(dict.fromkeys((*bulks.get(model, ()), *bulk)))


def _watchers() -> dict[type, KeysOf]:
    return current_app.extensions.get(_WATCHERS, {})


def _collect(session: Session, _context: Any) -> None:
    watchers = _watchers()
    if not watchers:
        return
    keys: set[str] = session.info.setdefault(_KEYS, set())
    for row in (*session.new, *session.dirty, *session.deleted):
        keys_of = watchers.get(type(row))
        if keys_of is not None:
            keys.update(keys_of(row))
    member = _member_key()
    if member is not None and (session.new or session.dirty or session.deleted):
        keys.add(member)


def _member_key() -> str | None:
    """"member:<id>" of the member this request signed in (None outside one, or before the
    sign-in loaded them): whatever their own requests write may change their pages."""
    if not has_request_context():
        return None
    user = g.get("_login_user")
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    return f"member:{user.id}"


def _collect_bulk(state: Any) -> None:
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    member = _member_key()
    if member is not None:
        state.session.info.setdefault(_KEYS, set()).add(member)
    mapper = state.bind_mapper
    keys_of = _watchers().get(mapper.class_) if mapper is not None else None
    if keys_of is None:
        return
    keys = state.session.info.setdefault(_KEYS, set())
    # UPDATE … WHERE id = :id on a row this session holds (a post's edit, a topic's
    # counter): that row's own keys.
    rows = [state.session.identity_map.get(mapper.identity_key_from_primary_key([value]))
            for value in _ids_in(state.statement, mapper)]
    if rows and all(row is not None for row in rows) and not state.is_insert:
        for row in rows:
            keys.update(keys_of(row))
    else:
        keys.update(current_app.extensions.get(_BULK, {}).get(mapper.class_, ("site",)))


def _ids_in(statement: Any, mapper: Any) -> list[Any]:
    """The primary key values an UPDATE or DELETE names as `id = value` (ANDed with other
    conditions); [] when it names none or several kinds of condition on the key."""
    where = getattr(statement, "whereclause", None)
    if where is None or len(mapper.primary_key) != 1:
        return []
    key = mapper.primary_key[0]
    parts = list(where.clauses) if isinstance(where, BooleanClauseList) \
        and where.operator is operators.and_ else [where]
    return [part.right.value for part in parts
            if isinstance(part, BinaryExpression) and part.operator is operators.eq
            and isinstance(part.right, BindParameter) and part.left.compare(key)]


def _bump_collected(session: Session) -> None:
    keys = session.info.pop(_KEYS, None)
    if keys:
        store().bump(sorted(keys))


def _forget(session: Session, previous_transaction: Any) -> None:
    if previous_transaction.parent is None:  # the outermost transaction rolled back
        session.info.pop(_KEYS, None)


def changed(row: Any, *attributes: str) -> bool:
    """Whether one of these attributes of `row` changed in this flush (or it is new or
    deleted), for watchers that care about some columns only."""
    state = inspect(row)
    if state.pending or state.deleted or state.was_deleted or not state.persistent:
        return True
    return any(state.attrs[name].history.has_changes() for name in attributes)


def previous(row: Any, attribute: str) -> list[Any]:
    """The values `attribute` had before this flush changed it (a moved topic's old board)."""
    return [value for value in inspect(row).attrs[attribute].history.deleted or ()
            if value is not None]


# ---------------------------------------------------------------- serving


def _anonymous() -> bool:
    """A reader the whole-page cache may serve: signed out, no API token, and no flashed
    message waiting to be shown to them."""
    if request.method not in ("GET", "HEAD") or request.authorization is not None \
            or request.headers.get("Authorization"):
        return False
    if current_user.is_authenticated:
        return False
    return "_flashes" not in session


def _etag_matches(etag: str) -> bool:
    return etag in request.if_none_match


def _not_modified(etag: str, private: bool) -> Response:
    response = Response(status=304)
    response.set_etag(etag)
    _cache_headers(response, private)
    return response


def _cache_headers(response: Response, private: bool) -> None:
    # Browsers revalidate every time (the ETag makes that cheap); shared caches keep
    # members' pages to themselves.
    response.headers["Cache-Control"] = "private, no-cache" if private else "no-cache"
    response.vary.update(("Cookie", "Accept-Encoding", "Accept-Language"))


def _from_cache(page: tuple[bytes, bytes, str], etag: str) -> Response:
    raw, zipped, mimetype = page
    if "gzip" in request.headers.get("Accept-Encoding", ""):
        response = Response(zipped, content_type=mimetype)
        response.headers["Content-Encoding"] = "gzip"
    else:
        response = Response(raw, content_type=mimetype)
    response.set_etag(etag)
    response.headers["X-Rounds-Cache"] = "hit"
    _cache_headers(response, private=False)
    return response


def _storable(response: Response) -> bool:
    return (response.status_code == 200 and not response.direct_passthrough
            and not response.headers.get("Set-Cookie") and "Content-Encoding" not in response.headers
            and not session.modified and "csrf_token" not in g)


def page(keys: Callable[..., list[str]], args: Iterable[str] = ("page",),
         bucket: int = 0, members: bool = False) -> Callable:
    """Decorate a view: signed-out readers get the stored page for this URL at the current
    versions of `keys(**view_args)` (or a 304); everyone gets an ETag. `bucket` (seconds):
    for pages that also change with the clock (a disclosure that lapses, a session that is
    no longer upcoming), a stored copy and its ETag last at most that long. `members`: a
    signed-in member's page is stored too, for them alone (see _member_cached) — only for
    pages whose per-reader parts come from the member's own rows, their own writes and
    the page's keys."""
    allowed = frozenset(args)

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(**view_args: Any) -> Response:
            if not set(request.args) <= allowed:
                return _member_page(view, view_args)
            if not _anonymous():
                if members:
                    return _member_cached(view, view_args, keys(**view_args), bucket)
                return _member_page(view, view_args)
            g.public_page = True  # base.html: no CSRF token, so no session cookie
            cache = store()
            names = keys(**view_args)
            versions = cache.versions(names)
            if versions is None:  # the store is away: render as if there were no cache
                return current_app.make_response(view(**view_args))
            query = "&".join(f"{k}={v}" for k, v in sorted(request.args.items(multi=True)))
            era = int(time.time() // bucket) if bucket else 0
            ident = hashlib.sha256(
                f"{request.host}{request.path}?{query}|{i18n.shown_locale()}|"
                f"{'|'.join(map(str, zip(names, versions)))}|{era}"
                .encode()).hexdigest()[:32]
            etag = f"p{ident}"
            if _etag_matches(etag):
                return _not_modified(etag, private=False)
            found = cache.get_page(ident)
            if found is not None:
                return _from_cache(found, etag)
            response = current_app.make_response(view(**view_args))
            if _storable(response):
                raw = response.get_data()
                cache.set_page(ident, (raw, gzip.compress(raw, 6), response.content_type))
                response.set_etag(etag)
                response.headers["X-Rounds-Cache"] = "miss"
                _cache_headers(response, private=False)
            return response

        return wrapper

    return decorate


def _member_page(view: Callable, view_args: dict) -> Response:
    """A page rendered for this reader: an ETag over its bytes and the reader's id, so a
    304 saves the transfer (never a page of someone else)."""
    response = current_app.make_response(view(**view_args))
    if response.status_code != 200 or response.direct_passthrough \
            or request.method not in ("GET", "HEAD"):
        return response
    who = current_user.get_id() if current_user.is_authenticated else "-"
    digest = hashlib.sha256(who.encode() + b"|" + response.get_data()).hexdigest()[:32]
    etag = f"m{digest}"
    private = current_user.is_authenticated or bool(session)
    if _etag_matches(etag) and "_flashes" not in session:
        return _not_modified(etag, private)
    response.set_etag(etag)
    _cache_headers(response, private)
    return response


def _member_cached(view: Callable, view_args: dict, names: list[str],
                   bucket: int) -> Response:
    """A signed-in member's page from the store, for them alone, while nothing it shows has
    changed. Its key holds the URL; the versions of the page's keys, of "member:<id>" (every
    commit of the member's own requests bumps it: a like, a watch, a registration) and of
    "members"; what this request's sign-in loaded of the member in its one statement (their
    row, standing and badges: chrome.fingerprint — so another's change to them, a new
    notification, a silence, shows at once); this browser's session (its CSRF token, its
    last page read); and the minute (MEMBER_BUCKET: what changes with the clock, as a
    silence ending). A page is stored only when the whole request changed nothing of the
    session and set no cookie (_store_member_page), so serving it skips nothing the
    rendering would have done. Not for API tokens, flashed messages or a request that wrote
    before the page (a first visit of the day)."""
    state = chrome.fingerprint(current_user._get_current_object())
    if request.method not in ("GET", "HEAD") or request.headers.get("Authorization") \
            or state is None or "_flashes" in session:
        return _member_page(view, view_args)
    cache = store()
    names = [*names, f"member:{current_user.id}", "members"]
    versions = cache.versions(names)
    if versions is None:
        return _member_page(view, view_args)
    query = "&".join(f"{k}={v}" for k, v in sorted(request.args.items(multi=True)))
    era = int(time.time() // min(bucket or MEMBER_BUCKET, MEMBER_BUCKET))
    browser = repr(sorted(session.items()))
    ident = hashlib.sha256(
        f"{request.host}{request.path}?{query}|{i18n.shown_locale()}|"
        f"{'|'.join(map(str, zip(names, versions)))}|{era}|{state}|{browser}".encode()).hexdigest()[:32]
    etag = f"m{ident}"
    if _etag_matches(etag) or _etag_matches(f"{etag}:gzip"):
        return _not_modified(etag, private=True)
    found = cache.get_member_page(ident)
    if found is not None:
        return _member_from_cache(found, etag)
    response = current_app.make_response(view(**view_args))
    if response.status_code == 200 and not response.direct_passthrough \
            and "Content-Encoding" not in response.headers:
        own = [(name, value) for name, value in response.headers.items()
               if name.lower() not in _NOT_STORED]  # the view's own, as an API's Link
        g.member_page_pending = (ident, response.get_data(), response.content_type,
                                 json.dumps(own))
        response.set_etag(etag)
        response.headers["X-Rounds-Cache"] = "miss"
        _cache_headers(response, private=True)
    return response


# Headers of a member's page that are not stored with it (set again for every answer).
_NOT_STORED = frozenset({"content-type", "content-length", "content-encoding", "etag",
                         "set-cookie", "vary", "cache-control", "x-rounds-cache"})


def _member_from_cache(page: tuple[bytes, str, str], etag: str) -> Response:
    zipped, mimetype, headers = page
    if "gzip" in request.headers.get("Accept-Encoding", ""):
        response = Response(zipped, content_type=mimetype)
        response.headers["Content-Encoding"] = "gzip"
    else:
        response = Response(gzip.decompress(zipped), content_type=mimetype)
    for name, value in json.loads(headers):
        response.headers.add(name, value)
    response.set_etag(etag)
    response.headers["X-Rounds-Cache"] = "hit"
    _cache_headers(response, private=True)
    return response


def _store_member_page(response: Response) -> Response:
    """After every other after-request function: store the member's page rendered by
    _member_cached if the request left the session as it came and set no cookie."""
    pending = g.pop("member_page_pending", None)
    if pending is None or response.status_code != 200 or session.modified \
            or response.headers.get("Set-Cookie"):
        return response
    ident, raw, mimetype, headers = pending
    store().set_member_page(ident, (gzip.compress(raw, 6), mimetype, headers))
    return response


# ---------------------------------------------------------------- fragments


def fragments(names: list[str], parts: list[tuple[str, Callable[[], str]]]) -> list[str]:
    """The rendered fragments `parts` ((identity, render) each), from the store when this
    identity was rendered at the current versions of `names`, rendered and stored if not."""
    cache = store()
    versions = cache.versions(names) or []
    # The shown language is part of every fragment's identity: a card's words are in it.
    suffix = hashlib.sha256(("|".join(map(str, zip(names, versions))) + "|"
                             + i18n.shown_locale()).encode()).hexdigest()[:16]
    keys = [f"{ident}|{suffix}" for ident, _ in parts]
    found = cache.get_fragments(keys) if versions else [None] * len(keys)
    missing: dict[str, str] = {}
    out = []
    for key, value, (_, render) in zip(keys, found, parts, strict=True):
        if value is None:
            value = render()
            missing[key] = value
        out.append(value)
    if missing and versions:
        cache.set_fragments(missing)
    return out


def memo(names: list[str], ident: str, compute: Callable[[], Any]) -> Any:
    """A small JSON-able value (counts for a badge or a filter bar) from the store while the
    versions of `names` are unchanged; computed and stored if not."""
    return json.loads(fragments(names, [(f"memo:{ident}",
                                         lambda: json.dumps(compute()))])[0])

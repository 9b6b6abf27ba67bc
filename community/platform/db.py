"""Database: plain SQLAlchemy 2 with one session per request (or per task / CLI command).

Services receive the session and never commit; the caller's unit of work does (see
`unit_of_work`). What must happen after a commit (community.platform.events: the outbox)
runs only once the commit succeeded.
"""
from __future__ import annotations

import select as _select
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from flask import Flask, current_app, g, has_app_context
from sqlalchemy import MetaData, create_engine, event, exc, make_url
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.pool import StaticPool
from sqlalchemy.types import DateTime, TypeDecorator

# Alembic and the models agree on constraint names, so migrations can drop what they create.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on every backend (SQLite stores naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use utcnow()")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def utcnow() -> datetime:
    return datetime.now(UTC)


_writing: ContextVar[bool] = ContextVar("sqlite_writing", default=False)


@contextmanager
def writing(enabled: bool = True) -> Iterator[None]:
    """Transactions begun inside will write. On SQLite they take the write lock at BEGIN
    (waiting for it up to the busy timeout): a transaction that reads first and writes later
    would otherwise be refused outright ("database is locked") when another writer
    committed in between. Other databases ignore it. `writing(False)` undoes it for what
    only reads (the outbox's subscribers, run after a writing unit committed)."""
    token = _writing.set(enabled)
    try:
        yield
    finally:
        _writing.reset(token)


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False, "timeout": 30}}
        if ":memory:" in url or url == "sqlite://":
            # One shared connection, or each thread would see its own empty database.
            kwargs["poolclass"] = StaticPool
        else:
            # No cap on connections: SQLite's own lock already queues the writers (a busy
            # timeout of 30 s), and a capped pool would add a second queue with a timeout of
            # its own, where a request waiting for the lock holds a connection that a
            # request's after-commit work (the outbox) may need: 500s under a crowd.
            kwargs.update(pool_size=5, max_overflow=-1)
        engine = create_engine(url, **kwargs)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            # pysqlite's own transaction handling breaks SAVEPOINT; we emit BEGIN ourselves
            # (the recipe in SQLAlchemy's SQLite dialect documentation).
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(connection: Any) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE" if _writing.get() else "BEGIN")

        return engine
    # Twenty connections kept (thirty at most, as before): a crowd's socket handlers, ~40 at
    # once, no longer close and reopen the overflow ones (a new server process each) on every
    # return; a pool of 10 reconnected ~60 times while 500 members joined a room.
    psycopg = make_url(url).get_driver_name() == "psycopg"
    engine = create_engine(url, pool_pre_ping=not psycopg, pool_size=20, max_overflow=10)
    if psycopg:  # its own, cheaper liveness check
        event.listen(engine, "checkout", _alive_at_checkout)
    return engine


def _alive_at_checkout(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    """pool_pre_ping without a round trip per checkout: an idle connection has nothing to
    read, so a socket that is readable (the server closed it, or said why before closing:
    a restart, an idle timeout, pg_terminate_backend) or a connection psycopg knows to be
    broken is pinged, and replaced if the ping fails (the pool retries the checkout with a
    new connection on DisconnectionError). A peer gone without a word (no FIN) is found at
    the first statement instead, which pre-ping's ping would have waited on as long."""
    if not dbapi_connection.closed and dbapi_connection.info.status.name == "OK" \
            and not _readable(dbapi_connection.fileno()):
        return  # nothing pending: alive as far as can be told for free
    try:
        if dbapi_connection.closed:
            raise OSError("closed")
        autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True
        try:
            dbapi_connection.execute("SELECT 1")
        finally:
            dbapi_connection.autocommit = autocommit
    except Exception as error:
        raise exc.DisconnectionError(f"the database connection is gone: {error}") from error


def _readable(fd: int) -> bool:
    poller = _select.poll()  # not select(): a socket server's descriptors pass 1024
    poller.register(fd, _select.POLLIN | _select.POLLERR | _select.POLLHUP)
    return bool(poller.poll(0))


class Database:
    """Hands out the session of the current app context; each app has its own engine
    (app.extensions["rounds_db"]), so several apps in one process never share one."""

    def init_app(self, app: Flask) -> None:
        engine = make_engine(app.config["DATABASE_URL"])
        app.extensions["rounds_db"] = _Bound(engine, sessionmaker(bind=engine,
                                                                  expire_on_commit=False))
        app.teardown_appcontext(self._close_request_session)

    @property
    def engine(self) -> Engine:
        return _bound().engine

    def new_session(self) -> Session:
        session = _bound().session_factory()
        # What a rolled-back unit of work announced never happened: drop its after-commit
        # work, so a retry in the same session cannot deliver it.
        event.listen(session, "after_rollback", _forget_after_commit)
        return session

    @property
    def session(self) -> Session:
        """The session of the current app context (request, CLI command, task)."""
        if "db_session" not in g:
            g.db_session = self.new_session()
        return g.db_session

    def _close_request_session(self, _exc: BaseException | None) -> None:
        session = g.pop("db_session", None)
        if session is not None:
            session.close()


class _Bound:
    def __init__(self, engine: Engine, session_factory: sessionmaker[Session]) -> None:
        self.engine = engine
        self.session_factory = session_factory


def _bound() -> _Bound:
    return current_app.extensions["rounds_db"]


db = Database()

AfterCommit = Callable[[Session], None]


def after_commit(session: Session, key: str, hook: AfterCommit) -> None:
    """Run `hook(session)` once after this unit of work commits (never if it rolls back).
    The outbox uses it to deliver what the unit recorded; `key` keeps one hook per kind."""
    session.info.setdefault("after_commit", {}).setdefault(key, hook)


def _forget_after_commit(session: Session) -> None:
    session.info.pop("after_commit", None)
    session.info.pop("outbox", None)


def commit(session: Session) -> None:
    """Commit, then run the unit's after-commit hooks (never before the commit)."""
    session.commit()
    hooks = session.info.pop("after_commit", {})
    for hook in hooks.values():
        hook(session)


def rollback(session: Session) -> None:
    session.rollback()
    _forget_after_commit(session)


def undo(session: Session, error: BaseException | None = None) -> None:
    """End a unit of work that failed: roll it back, unless the refusal asks to keep what
    was done before it (DomainError.keep_work), which is then committed."""
    if getattr(error, "keep_work", False):
        commit(session)
    else:
        rollback(session)


@contextmanager
def unit_of_work(session: Session | None = None) -> Iterator[Session]:
    """Commit on success, roll back (and drop queued events) on any error."""
    session = session or db.session
    try:
        yield session
        commit(session)
    except BaseException as error:
        undo(session, error)
        raise


def current_session() -> Session:
    assert has_app_context()
    return db.session


@contextmanager
def task_session() -> Iterator[Session]:
    """A unit of work on a session of its own (Celery tasks, CLI commands, outbox
    subscribers). It writes, so on SQLite it takes the write lock at BEGIN: a task that read
    first and wrote later would be refused when a web request committed in between."""
    session = db.new_session()
    try:
        with writing(), unit_of_work(session):
            yield session
    finally:
        session.close()


def one_of(column: str, values: Iterable[str]) -> str:
    """The SQL of a check constraint keeping `column` within a fixed list of values."""
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def insert_once(db: Session, model: type, **values: Any) -> None:
    """INSERT a row unless one with the same unique key exists: one statement, safe under
    races (ON CONFLICT DO NOTHING on both databases), instead of a SELECT, a savepoint and an
    INSERT that may fail."""
    dialect = postgresql if db.get_bind().dialect.name == "postgresql" else sqlite
    db.execute(dialect.insert(model).values(**values).on_conflict_do_nothing())

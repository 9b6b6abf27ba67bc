"""Database: plain SQLAlchemy 2 with one session per request (or per task / CLI command).

Services receive the session and never commit; the caller's unit of work does (see
`unit_of_work`). Domain events a service records are dispatched only after a commit succeeds.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from flask import Flask, g, has_app_context
from sqlalchemy import MetaData, create_engine, event
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
def writing() -> Iterator[None]:
    """Transactions begun inside will write. On SQLite they take the write lock at BEGIN
    (waiting for it up to the busy timeout): a transaction that reads first and writes later
    would otherwise be refused outright ("database is locked") when another writer
    committed in between. Other databases ignore it."""
    token = _writing.set(True)
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
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


class Database:
    """Holds the engine and hands out the request's session."""

    def __init__(self) -> None:
        self.engine: Engine | None = None
        self.session_factory: sessionmaker[Session] | None = None

    def init_app(self, app: Flask) -> None:
        self.engine = make_engine(app.config["DATABASE_URL"])
        self.session_factory = sessionmaker(bind=self.engine, expire_on_commit=False)
        app.extensions["rounds_db"] = self
        app.teardown_appcontext(self._close_request_session)

    def new_session(self) -> Session:
        assert self.session_factory is not None, "Database.init_app was not called"
        session = self.session_factory()
        session.info["events"] = []
        # What a rolled-back unit of work announced never happened: drop it, so a retry in
        # the same session cannot broadcast it.
        event.listen(session, "after_rollback", _drop_events)
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


db = Database()


def _drop_events(session: Session) -> None:
    session.info["events"] = []


def record_event(session: Session, name: str, **payload: Any) -> None:
    """Queue a domain event; it is dispatched only if the unit of work commits."""
    session.info.setdefault("events", []).append((name, payload))


_event_handlers: dict[str, list[Callable[..., None]]] = {}


def on_event(name: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    def register(handler: Callable[..., None]) -> Callable[..., None]:
        _event_handlers.setdefault(name, []).append(handler)
        return handler

    return register


def commit(session: Session) -> None:
    """Commit, then fan the recorded domain events out (never before the commit)."""
    session.commit()
    events, session.info["events"] = session.info.get("events", []), []
    for name, payload in events:
        for handler in _event_handlers.get(name, []):
            handler(**payload)


@contextmanager
def unit_of_work(session: Session | None = None) -> Iterator[Session]:
    """Commit on success, roll back (and drop queued events) on any error."""
    session = session or db.session
    try:
        yield session
        commit(session)
    except BaseException:
        session.rollback()
        session.info["events"] = []
        raise


def current_session() -> Session:
    assert has_app_context()
    return db.session


@contextmanager
def task_session() -> Iterator[Session]:
    """A unit of work on a session of its own (Celery tasks, CLI commands)."""
    session = db.new_session()
    try:
        with unit_of_work(session):
            yield session
    finally:
        session.close()


def one_of(column: str, values: Iterable[str]) -> str:
    """The SQL of a check constraint keeping `column` within a fixed list of values."""
    return f"{column} IN ({', '.join(repr(v) for v in values)})"

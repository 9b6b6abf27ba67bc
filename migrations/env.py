"""Alembic environment for Rounds.

The database URL never lives in a file: it comes from the caller (`community.migrate` puts
it in `config.attributes["database_url"]`, or hands over an open connection in
`config.attributes["connection"]`), else from `sqlalchemy.url` when set, else from the
ROUNDS_* settings exactly as the app resolves them.
"""
from __future__ import annotations

from logging.config import fileConfig
from typing import Any

from alembic import context
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool

import community.models  # noqa: F401  (every table registered on Base.metadata)
from community.platform.config import Settings
from community.platform.db import Base, UTCDateTime, make_engine

config = context.config
if config.config_file_name:  # run through the alembic command with migrations/alembic.ini
    fileConfig(config.config_file_name, disable_existing_loggers=False)
target_metadata = Base.metadata


def database_url() -> str:
    url = config.attributes.get("database_url") or config.get_main_option("sqlalchemy.url")
    return url or Settings.from_environment().resolve().database_url


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    """Migrations must not import app code: UTCDateTime is stored as an aware DateTime."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _configure(**kwargs: Any) -> None:
    url_or_connection = kwargs.get("connection") or kwargs.get("url")
    dialect = (url_or_connection.dialect.name if isinstance(url_or_connection, Connection)
               else str(url_or_connection).split(":", 1)[0])
    context.configure(
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=dialect.startswith("sqlite"),
        render_item=render_item,
        compare_type=True,
        **kwargs,
    )


def run_migrations_offline() -> None:
    _configure(url=database_url(), literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def _run_on(connection: Connection) -> None:
    _configure(connection=connection)
    with context.begin_transaction():
        context.run_migrations()


def _sqlite_engine(url: str) -> Engine:
    """SQLite with foreign keys OFF while the schema changes, as SQLite's documentation asks:
    with them on, dropping or rebuilding (batch mode) a table deletes its rows first and
    fires ON DELETE actions on other tables. Integrity is checked before the commit."""
    engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN: transactional DDL
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        dbapi_connection.execute("PRAGMA busy_timeout=30000")

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def _check_sqlite_integrity(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    if broken:
        raise RuntimeError(f"the migration left rows with dangling foreign keys: {broken[:5]}")


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return
    url = database_url()
    engine = _sqlite_engine(url) if url.startswith("sqlite") else make_engine(url)
    try:
        # One transaction for the whole run, on both backends (SQLite has transactional
        # DDL too): a failing step, or a failed integrity check, leaves the schema as it was.
        with engine.connect() as connection, connection.begin():
            _run_on(connection)
            if connection.dialect.name == "sqlite":
                _check_sqlite_integrity(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()

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
from sqlalchemy.engine import Connection

import community.models  # noqa: F401  (every table registered on Base.metadata)
from community.config import Settings
from community.db import Base, UTCDateTime, make_engine

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


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return
    # The app's engine factory: same SQLite pragmas (foreign keys, WAL, busy timeout).
    engine = make_engine(database_url())
    try:
        with engine.connect() as connection:
            _run_on(connection)
            connection.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()

"""Schema migrations, driven from code (the CLI, the tests) with Alembic's API.

The scripts live in `migrations/` at the project root, found by path so an editable
install and a checkout behave the same. The URL goes to env.py through
`Config.attributes`, never through the ini-style options, whose `%` interpolation would
mangle URL-encoded passwords and query strings.
"""
from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from community.platform import language
from community.platform.config import PROJECT_ROOT
from community.platform.db import make_engine

MIGRATIONS_PATH = PROJECT_ROOT / "migrations"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_PATH))
    config.attributes["database_url"] = url
    return config


# The revision that added the languages of what members write (platform/language.py).
LANGUAGES_REVISION = "0018"


def upgrade(url: str, revision: str = "head") -> str | None:
    """Bring the schema up to `revision`; returns the revision the database is then at.
    Passing 0018 on a database with rows, the languages of those rows are detected."""
    before = current(url)
    command.upgrade(alembic_config(url), revision)
    after = current(url)
    if before is not None and before < LANGUAGES_REVISION <= (after or ""):
        engine = make_engine(url)
        try:
            with engine.begin() as connection:
                language.backfill(connection)
        finally:
            engine.dispose()
    return after


def downgrade(url: str, revision: str) -> str | None:
    """Take the schema down to `revision` ("base" drops every table)."""
    command.downgrade(alembic_config(url), revision)
    return current(url)


def current(url: str) -> str | None:
    """The revision the database is at, or None when it was never migrated."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()


def head() -> str | None:
    """The newest revision among the scripts."""
    return ScriptDirectory(str(MIGRATIONS_PATH)).get_current_head()


def revisions() -> list[tuple[str, str]]:
    """(revision, message) of every script, oldest first."""
    scripts = ScriptDirectory(str(MIGRATIONS_PATH))
    return [(s.revision, s.doc) for s in reversed(list(scripts.walk_revisions()))]

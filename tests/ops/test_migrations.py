"""The migrations build exactly the models' schema, on SQLite and on PostgreSQL, and take it
down again without leaving anything behind.

Two independent checks: Alembic's own autogenerate comparison (tables, columns, types,
nullability, indexes, unique constraints, foreign keys), and a reflection of every named
object — check constraints and foreign-key ON DELETE rules included, which autogenerate
does not compare — against the models and against a create_all build of the same backend.
Nothing is ignored: the comparison must come back empty.
"""
from __future__ import annotations

import re
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import (
    CheckConstraint,
    ForeignKeyConstraint,
    Index,
    UniqueConstraint,
    create_engine,
    inspect,
    text,
)

import community.models  # noqa: F401  (every table on Base.metadata)
from community import migrate
from community.platform.db import Base

VERSIONS = Path(migrate.MIGRATIONS_PATH) / "versions"


def _differences(url: str) -> list:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "compare_server_default": True})
            return compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()


def _norm(sql: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[()]", "", str(sql))).strip().lower()


def _schema(url: str) -> dict:
    """Every table's columns and named objects as the database reports them."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            inspector = inspect(connection)
            return {name: _table(inspector, name) for name in inspector.get_table_names()
                    if name != "alembic_version"}
    finally:
        engine.dispose()


def _table(inspector, name: str) -> dict:
    pk = inspector.get_pk_constraint(name)
    return {
        "columns": {c["name"]: (str(c["type"]), c["nullable"]) for c in inspector.get_columns(name)},
        "pk": (pk["name"], tuple(pk["constrained_columns"])),
        "fk": {fk["name"]: (tuple(fk["constrained_columns"]), fk["referred_table"],
                            tuple(fk["referred_columns"]),
                            (fk.get("options") or {}).get("ondelete", "").upper() or None)
               for fk in inspector.get_foreign_keys(name)},
        "unique": {u["name"]: tuple(u["column_names"])
                   for u in inspector.get_unique_constraints(name)},
        "index": {i["name"]: (tuple(i["column_names"]), bool(i["unique"]))
                  for i in inspector.get_indexes(name)
                  # PostgreSQL reports the index behind each unique constraint as well.
                  if not i.get("duplicates_constraint")},
        "check": {c["name"]: _norm(c["sqltext"]) for c in inspector.get_check_constraints(name)},
    }


def _models() -> dict:
    """The same shape, from the models (names come from the naming convention)."""
    tables = {}
    for table in Base.metadata.sorted_tables:
        constraints = table.constraints
        tables[table.name] = {
            "columns": set(table.columns.keys()),
            "pk": (table.primary_key.name, tuple(c.name for c in table.primary_key.columns)),
            "fk": {c.name: (tuple(c.column_keys), c.referred_table.name,
                            tuple(e.column.name for e in c.elements),
                            (c.ondelete or "").upper() or None)
                   for c in constraints if isinstance(c, ForeignKeyConstraint)},
            "unique": {c.name: tuple(col.name for col in c.columns)
                       for c in constraints if isinstance(c, UniqueConstraint)},
            "index": {i.name: (tuple(col.name for col in i.columns), bool(i.unique))
                      for i in table.indexes if isinstance(i, Index)},
            "check": {c.name for c in constraints if isinstance(c, CheckConstraint)},
        }
    return tables


def test_a_fresh_database_has_no_revision(fresh_url):
    assert migrate.current(fresh_url) is None
    assert migrate.head() == max(rev for rev, _ in migrate.revisions())


def test_upgrade_builds_exactly_the_models_schema(fresh_url):
    assert migrate.upgrade(fresh_url) == migrate.head()
    assert _differences(fresh_url) == []

    migrated, models = _schema(fresh_url), _models()
    assert set(migrated) == set(models)
    for name, expected in models.items():
        found = migrated[name]
        assert set(found["columns"]) == expected["columns"], name
        for part in ("pk", "fk", "unique", "index"):
            assert found[part] == expected[part], (name, part)
        # A CHECK comes back as the database rewrites it (PostgreSQL turns BETWEEN into
        # >= AND <=): names here; the text is compared with create_all's in the next test.
        assert set(found["check"]) == set(expected["check"]), name


def test_migrated_schema_equals_create_all_on_the_same_backend(new_database):
    migrated_url, created_url = new_database(), new_database()
    migrate.upgrade(migrated_url)
    engine = create_engine(created_url)
    Base.metadata.create_all(engine)
    engine.dispose()
    assert _schema(migrated_url) == _schema(created_url)


def test_downgrade_to_base_leaves_nothing_and_upgrade_works_again(fresh_url):
    migrate.upgrade(fresh_url)
    assert migrate.downgrade(fresh_url, "base") is None
    engine = create_engine(fresh_url)
    try:
        with engine.connect() as connection:
            inspector = inspect(connection)
            # Alembic keeps its (now empty) bookkeeping table; nothing of ours remains.
            assert set(inspector.get_table_names()) <= {"alembic_version"}
            if connection.dialect.name == "sqlite":
                leftovers = connection.execute(text(
                    "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                    "AND tbl_name != 'alembic_version'")).all()
            else:
                leftovers = connection.execute(text(
                    "SELECT relkind, relname FROM pg_class WHERE relnamespace = "
                    "current_schema()::regnamespace AND relname NOT LIKE 'alembic_version%'"
                )).all()
            assert leftovers == []
    finally:
        engine.dispose()

    assert migrate.upgrade(fresh_url) == migrate.head()
    assert _differences(fresh_url) == []


def test_migration_scripts_do_not_import_the_application():
    """A migration is a frozen record: it must not change when models change later."""
    for script in VERSIONS.glob("*.py"):
        source = script.read_text()
        assert "import community" not in source and "from community" not in source, script

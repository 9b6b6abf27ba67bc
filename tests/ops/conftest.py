"""Fixtures for operations tests: fresh, empty databases of each backend.

The suite-wide `database_url` fixture builds its schema with create_all, so migration tests
never touch it. On PostgreSQL each fresh database is a schema of its own inside the
configured test database (`ops_<random>`, reached through `search_path`), dropped afterwards;
the configured database and its `public` schema are left alone.
"""
from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.support.ops import schema_url
from tests.support.services import IN_CI, TEST_DATABASE_URL

BACKENDS = ["sqlite", "postgresql"]


def _postgres_base_url() -> str:
    if not TEST_DATABASE_URL.startswith("postgresql"):
        # The SQLite run of the suite; .ci/run repeats it with PostgreSQL configured.
        pytest.skip("set ROUNDS_TEST_DATABASE_URL=postgresql+psycopg://… to test PostgreSQL")
    return TEST_DATABASE_URL


def _run(base_url: str, statement: str) -> None:
    engine = create_engine(base_url)
    try:
        with engine.begin() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql":
        base = _postgres_base_url()
        try:
            _run(base, "SELECT 1")
        except Exception as exc:  # noqa: BLE001
            message = f"The test PostgreSQL is configured but unreachable: {exc}"
            if IN_CI:
                pytest.fail(message)
            pytest.skip(message)
    return request.param


@pytest.fixture
def new_database(backend: str, tmp_path: Path) -> Iterator[Callable[[], str]]:
    """new_database() -> the URL of a fresh, empty database of the test's backend."""
    schemas: list[str] = []

    def make() -> str:
        if backend == "sqlite":
            return f"sqlite:///{tmp_path / f'fresh-{uuid.uuid4().hex[:8]}.sqlite3'}"
        schema = f"ops_{uuid.uuid4().hex[:12]}"
        _run(TEST_DATABASE_URL, f'CREATE SCHEMA "{schema}"')
        schemas.append(schema)
        return schema_url(TEST_DATABASE_URL, schema)

    yield make
    for schema in schemas:
        _run(TEST_DATABASE_URL, f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture
def fresh_url(new_database: Callable[[], str]) -> str:
    return new_database()

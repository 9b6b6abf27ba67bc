"""Helpers shared by the operations tests."""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import make_url


def schema_url(base_url: str, schema: str) -> str:
    """`base_url` with every connection's search_path set to `schema` (libpq options)."""
    url = make_url(base_url).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


def rounds_environment(instance: Path, database_url: str) -> dict[str, str]:
    """The environment of a `rounds` run: our settings only, none inherited from the shell."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ROUNDS_")}
    env.update({
        "ROUNDS_INSTANCE_PATH": str(instance),
        "ROUNDS_DATABASE_URL": database_url,
        "ROUNDS_SECRET_KEY": "test-secret",
        "ROUNDS_ARGON2_TIME_COST": "1",
        "ROUNDS_ARGON2_MEMORY_COST": "1024",
    })
    return env

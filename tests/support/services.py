"""The services the tests run against (the database, Redis, a Celery worker) and live servers:
what is configured, free ports, waiting for a condition.

In CI (CI=true) a configured service that cannot be reached fails the run: nothing is
skipped silently."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from sqlalchemy import create_engine, inspect

TEST_DATABASE_URL = os.environ.get("ROUNDS_TEST_DATABASE_URL", "")
TEST_REDIS_URL = os.environ.get("ROUNDS_TEST_REDIS_URL", "")
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
ROOT = Path(__file__).resolve().parents[2]


def worker_name() -> str:
    """This test process under pytest-xdist ("gw0", "gw1"…), or "main"."""
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


def redis_for_worker(url: str) -> str:
    """`url` with a Redis database per test process: gw0 -> 1, gw1 -> 2… (main keeps its own)."""
    worker = worker_name()
    if not worker.startswith("gw"):
        return url
    return urlunsplit(urlsplit(url)._replace(path=f"/{1 + int(worker[2:]) % 15}"))


def service_unavailable(what: str, error: Exception) -> None:
    message = f"{what} is configured for the tests but unreachable: {error}"
    if IN_CI:
        pytest.exit(message, returncode=3)
    pytest.skip(message)


@contextmanager
def celery_worker(tmp_path: Path, database_url: str, redis_url: str,
                  queues: str, extra_env: dict[str, str] | None = None
                  ) -> Iterator[subprocess.Popen]:
    """A real Celery worker process on the test database and Redis, consuming `queues`
    (`extra_env`: more ROUNDS_* settings for the worker alone)."""
    env = {**os.environ, "ROUNDS_DATABASE_URL": database_url, "ROUNDS_REDIS_URL": redis_url,
           "ROUNDS_INSTANCE_PATH": str(tmp_path / "worker-instance"),
           "ROUNDS_SECRET_KEY": "test-secret", "ROUNDS_CELERY_EAGER": "false",
           **(extra_env or {})}
    import redis

    redis.Redis.from_url(redis_url).delete(*queues.split(","))  # no tasks from earlier runs
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "wsgi:celery", "worker", "-Q", queues,
         "--pool", "solo", "--concurrency", "1", "--loglevel", os.environ.get("ROUNDS_TEST_WORKER_LOGLEVEL", "WARNING"), "--without-heartbeat",
         "--without-gossip", "--without-mingle"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True)
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def schema_tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()

"""PostgreSQL connections are checked at checkout without a round trip (community/platform/db.py,
issue 14): a pooled connection the server closed (a restart, an idle timeout, an operator's
pg_terminate_backend) is replaced before a request gets it, and a live one is used as it is."""
from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from community.platform.db import db


def test_a_connection_the_server_closed_is_replaced_at_checkout(app, database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("PostgreSQL's pool only (SQLite has no server to close it)")
    pid = text("SELECT pg_backend_pid()")
    with app.app_context():
        engine = db.engine
        engine.dispose()
        first, other = engine.connect(), engine.connect()
        doomed = first.execute(pid).scalar()
        first.close()  # back in the pool, idle
        other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": doomed})
        other.commit()
        # pg_terminate_backend only signals: wait until the backend has gone (and so has
        # told its client), as a connection closed a while ago would have.
        deadline = time.monotonic() + 10
        while other.execute(text("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid"),
                            {"pid": doomed}).scalar() and time.monotonic() < deadline:
            other.rollback()
            time.sleep(0.05)
        other.rollback()
        other.close()
        # Both pooled connections handed out again, without an error: the closed one was
        # replaced at checkout, the live one used as it is.
        again = [engine.connect() for _ in range(2)]
        try:
            pids = [connection.execute(pid).scalar() for connection in again]
        finally:
            for connection in again:
                connection.close()
        assert doomed not in pids and len(set(pids)) == 2

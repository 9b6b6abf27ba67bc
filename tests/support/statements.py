"""Counting the SQL statements a piece of work runs, in this thread only (presence notices,
search batches and other background threads run their own)."""
from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from sqlalchemy import event

from community.platform.db import db


@contextlib.contextmanager
def counting(app) -> Iterator[list[str]]:
    statements: list[str] = []
    me = threading.get_ident()

    def count(_conn, _cursor, statement, *_args):
        if threading.get_ident() == me:
            statements.append(statement)

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)

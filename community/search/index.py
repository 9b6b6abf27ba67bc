"""The Whoosh index of posts. Whoosh allows one writer per index: every write goes through
`writer()`, which serialises writers in this process and waits for the lock across processes
(in production all index writes run on one Celery queue, `search`, with one worker)."""
from __future__ import annotations

import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

with warnings.catch_warnings():
    # whoosh 2.7.4 has invalid escape sequences that warn on import; keep them quiet.
    warnings.simplefilter("ignore", SyntaxWarning)
    from whoosh import index as whoosh_index
    from whoosh.analysis import StemmingAnalyzer
    from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, TEXT, Schema

SCHEMA = Schema(
    post_id=ID(stored=True, unique=True),
    topic_id=NUMERIC(stored=True),
    board_id=NUMERIC(stored=True),
    number=NUMERIC(stored=True),
    title=TEXT(stored=True, analyzer=StemmingAnalyzer(), field_boost=2.0),
    body=TEXT(stored=True, analyzer=StemmingAnalyzer()),
    author=KEYWORD(stored=True, lowercase=True),
    tags=KEYWORD(stored=True, commas=True, lowercase=True, scorable=True),
    created=DATETIME(stored=True, sortable=True),
)

_write_lock = threading.Lock()


def open_index(path: str | Path):
    """Open the index, creating it the first time."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    if whoosh_index.exists_in(str(path)):
        return whoosh_index.open_dir(str(path))
    return whoosh_index.create_in(str(path), SCHEMA)


@contextmanager
def writer(path: str | Path, *, fresh: bool = False) -> Iterator:
    """The only way to write. `fresh` empties the index first (for a rebuild)."""
    with _write_lock:
        ix = whoosh_index.create_in(str(path), SCHEMA) if fresh else open_index(path)
        w = ix.writer(timeout=30)
        try:
            yield w
        except BaseException:
            w.cancel()
            raise
        else:
            w.commit()
        finally:
            ix.close()

"""Batched index writes: the indexing tasks only note which posts and topics changed; one
commit writes them all. Whoosh has one writer per index and each commit makes a segment, so
a commit per post (~190 ms and a segment each) is what this avoids.

Embedded default (tasks run in the web process): the task returns at once and a daemon
thread commits what gathered every BATCH_SECONDS, so a new post is searchable within a
second without slowing its request. A search in the same process first commits what is
pending (read your writes). With a Celery worker, the task waits for the commit that
includes it (so the outbox only counts it done once written); with a thread pool on the
`search` queue, concurrent tasks share one commit (group commit).

Small segments are merged periodically (every MERGE_EVERY commits or MERGE_SECONDS),
not at every commit."""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable

from flask import Flask, current_app, has_app_context

log = logging.getLogger(__name__)

BATCH_SECONDS = 0.5
MERGE_EVERY = 20
MERGE_SECONDS = 60.0
KEY = "rounds.search_batcher"

# write(posts, topics, merge, items): items are ("case" | "session", id) pairs.
Write = Callable[[set[int], set[int], bool, set[tuple[str, int]]], object]


class Batcher:
    def __init__(self, app: Flask, write: Write) -> None:
        self.app, self.write = app, write
        self.lock = threading.Lock()       # guards the pending sets and tickets
        self.flushing = threading.Lock()   # one commit at a time
        self.posts: set[int] = set()
        self.topics: set[int] = set()
        self.items: set[tuple[str, int]] = set()
        self.added = self.done = 0
        self.commits = 0
        self.last_merge = time.monotonic()
        self.wake = threading.Event()
        self.thread: threading.Thread | None = None

    def add(self, posts: Iterable[int] = (), topics: Iterable[int] = (), *,
            items: Iterable[tuple[str, int]] = (), wait: bool = False) -> None:
        with self.lock:
            self.posts.update(posts)
            self.topics.update(topics)
            self.items.update(items)
            self.added += 1
            ticket = self.added
        if wait:
            self.flush(upto=ticket)
            return
        self._start()
        self.wake.set()

    def pending(self) -> bool:
        """Whether something noted is not committed yet (waiting, or being written)."""
        with self.lock:
            return self.done < self.added

    def flush(self, upto: int | None = None) -> None:
        """Commit everything pending (unless a commit already covered ticket `upto`)."""
        with self.flushing:
            with self.lock:
                if upto is not None and self.done >= upto:
                    return
                posts, topics, items = self.posts, self.topics, self.items
                ticket = self.added
                self.posts, self.topics, self.items = set(), set(), set()
            if posts or topics or items:
                now = time.monotonic()
                merge = (self.commits % MERGE_EVERY == MERGE_EVERY - 1
                         or now - self.last_merge >= MERGE_SECONDS)
                try:
                    with self.app.app_context():
                        self.write(posts, topics, merge, items)
                except BaseException:
                    with self.lock:  # keep them for the next try
                        self.posts |= posts
                        self.topics |= topics
                        self.items |= items
                    raise
                self.commits += 1
                if merge:
                    self.last_merge = now
            with self.lock:
                self.done = max(self.done, ticket)

    def _start(self) -> None:
        with self.lock:
            if self.thread is not None and self.thread.is_alive():
                return
            self.thread = threading.Thread(target=self._loop, name="rounds-search-batch",
                                           daemon=True)
            self.thread.start()

    def _loop(self) -> None:
        while True:
            self.wake.wait()
            self.wake.clear()
            time.sleep(BATCH_SECONDS)
            try:
                self.flush()
            except Exception:
                log.exception("search index batch failed")
                time.sleep(2)
                self.wake.set()


def install(app: Flask, write: Write) -> Batcher:
    batcher = app.extensions.get(KEY)
    if batcher is None:
        batcher = app.extensions[KEY] = Batcher(app, write)
    return batcher


def flush_pending() -> None:
    """Commit this process's pending index writes first (read your writes)."""
    if not has_app_context():
        return
    batcher = current_app.extensions.get(KEY)
    if batcher is not None and batcher.pending():
        batcher.flush()

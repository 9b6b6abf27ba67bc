"""The rate-limit counters (accounts/limits.py): in the process by default, in Redis when it
is configured — shared by every process, and never refusing anyone while Redis is away."""
from __future__ import annotations

import threading
import uuid

from community.platform.accounts.limits import MemoryStore, RedisStore


def test_the_memory_store_counts_per_window_under_threads():
    store = MemoryStore()
    key = "search:address:192.0.2.1"
    threads = [threading.Thread(target=lambda: [store.incr(key, 60) for _ in range(50)])
               for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    count, reset = store.incr(key, 60)
    assert count == 401 and 0 < reset <= 60
    assert store.get(key, 60) == 401 and store.get("other", 60) == 0


def test_redis_counters_are_shared_between_processes(redis_url):
    key = f"test:{uuid.uuid4().hex}"
    one, two = RedisStore(redis_url), RedisStore(redis_url)
    assert one.incr(key, 60)[0] == 1
    assert two.incr(key, 60)[0] == 2
    assert one.get(key, 60) == 2


def test_redis_away_limits_nobody():
    store = RedisStore("redis://127.0.0.1:1/0")
    assert store.incr("anything", 60) == (0, 0)
    assert store.get("anything", 60) == 0

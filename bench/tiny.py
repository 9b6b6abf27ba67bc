"""Every benchmark at a tiny size, one after the other: a smoke run for CI, so that none of
them rots unnoticed (their figures at this size mean little; that they run means a lot).

    .venv/bin/python bench/tiny.py                    # all of them, on SQLite
    .venv/bin/python bench/tiny.py topic_page case_diff    # some of them

Each bench runs as its own process with `--tiny`, under a header, and its wall time is
printed; a summary follows. Exits non-zero if any bench failed (an exception, a non-200
answer, a lost message) or ran longer than --timeout.

The database is SQLite (a temporary file per bench) whatever ROUNDS_BENCH_DATABASE_URL says;
--database-url runs them on PostgreSQL instead (its public schema is dropped and rebuilt).
live_fanout runs one server process without Redis, and also two through Redis when
ROUNDS_BENCH_REDIS_URL (or --redis-url) names one. live_fanout needs aiohttp, the `bench`
extra: pip install -e '.[bench]'.
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent

# In the order they run: in-process ones first (quick), then those with servers.
BENCHES = {
    "case_diff": "version comparison of a case write-up (in-process)",
    "phi_scanner": "PHI scanner on a write-up, recall and precision (in-process)",
    "phi_peers": "PHI scanner beside philter-lite and presidio-analyzer (in-process)",
    "phi_model": "the PHI scanner's statistical model: train, leave one part out (in-process)",
    "disclosure_gate": "require_cleared per call (in-process, database)",
    "mail_digest": "daily digest by mail, many members x unread items (in-process, database)",
    "search": "search over posts: rebuild, service and HTTP p95 (Whoosh; PostgreSQL too on it)",
    "topic_page": "topic page under load: gunicorn + loadgen.py",
    "queue_page": "review queue as a moderator: gunicorn + loadgen.py",
    "credit": "credit page and accreditor files: gunicorn + loadgen.py",
    "live_fanout": "chat fan-out in a live room: gunicorn, live_clients.py, live_bare.py",
    "first_render": "first render on emulated slow 3G in Chromium: rounds serve --demo",
}


def run(name: str, env: dict[str, str], timeout: float) -> tuple[str, float]:
    """Run one bench with --tiny; its outcome ("ok", "failed (exit n)", "timed out") and
    wall time in seconds."""
    print(f"\n==== {name}: {BENCHES[name]}", flush=True)
    command = [sys.executable, str(BENCH / f"{name}.py"), "--tiny"]
    print("$ " + " ".join([Path(sys.executable).name, f"bench/{name}.py", "--tiny"]),
          flush=True)
    started = time.monotonic()
    # Its own session: on a timeout, the bench and the servers it started go together.
    process = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    try:
        code = process.wait(timeout=timeout)
        outcome = "ok" if code == 0 else f"failed (exit {code})"
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        outcome = f"timed out after {timeout:.0f} s"
    seconds = time.monotonic() - started
    print(f"---- {name}: {outcome} in {seconds:.1f} s", flush=True)
    return outcome, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("benches", nargs="*", metavar="BENCH",
                        help=f"which to run (default all: {', '.join(BENCHES)})")
    parser.add_argument("--database-url",
                        help="run on this PostgreSQL database (its schema is dropped)")
    parser.add_argument("--redis-url", default=os.environ.get("ROUNDS_BENCH_REDIS_URL", ""),
                        help="Redis for live_fanout's two-process run "
                             "(default ROUNDS_BENCH_REDIS_URL; none: one process only)")
    parser.add_argument("--timeout", type=float, default=120,
                        help="seconds one bench may take (default 120)")
    args = parser.parse_args()
    unknown = set(args.benches) - set(BENCHES)
    if unknown:
        parser.error(f"no such bench: {', '.join(sorted(unknown))} (known: {', '.join(BENCHES)})")
    names = args.benches or list(BENCHES)

    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("ROUNDS_BENCH_DATABASE_URL", None)  # SQLite unless asked: never drop by accident
    if args.database_url:
        env["ROUNDS_BENCH_DATABASE_URL"] = args.database_url
    env.pop("ROUNDS_BENCH_REDIS_URL", None)
    if args.redis_url:
        env["ROUNDS_BENCH_REDIS_URL"] = args.redis_url
    live = (f"1 and 2 server processes (Redis {args.redis_url})" if args.redis_url
            else "1 server process, no Redis")
    print(f"tiny benchmark runs: {', '.join(names)}; database "
          f"{args.database_url or 'SQLite (temporary files)'}; live_fanout {live}", flush=True)

    started = time.monotonic()
    results = {name: run(name, env, args.timeout) for name in names}
    total = time.monotonic() - started

    print("\n==== summary (tiny runs)")
    width = max(map(len, results))
    for name, (outcome, seconds) in results.items():
        print(f"{name:<{width}}  {seconds:6.1f} s  {outcome}")
    print(f"{'total':<{width}}  {total:6.1f} s")
    failed = [name for name, (outcome, _) in results.items() if outcome != "ok"]
    if failed:
        raise SystemExit(f"failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()

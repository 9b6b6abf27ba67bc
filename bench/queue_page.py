"""Benchmark: the review queue with 10,000 pending items, as a signed-in moderator.

10,000 pending items of mixed kinds and boards (bulk inserts, with their "enqueued" history)
are served by gunicorn (one process, threads); bench/loadgen.py, in a second process, drives
the queue page (first page of 50 + counts per kind + the header badge) and the JSON queue
(first page + counts) with the moderator's session cookie, interleaved with /livez of the same
app, so the ratio says what the queue costs on this machine whatever its noise.

    .venv/bin/python bench/queue_page.py [--items 10000] [--requests 1000] [--rounds 3]
    .venv/bin/python bench/queue_page.py --tiny    # 200 items, 1 round of 100 requests (CI)

Set ROUNDS_BENCH_DATABASE_URL to run on PostgreSQL (the schema there is dropped and rebuilt).
Figures go to stdout and bench/results/queue_page.json (queue_page.tiny.json with --tiny).
Exits non-zero if any request was answered with anything but 200.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

# The same server set-up, load generator and seeding helpers as the topic page's.
from topic_page import (
    PASSWORD,
    bench_env,
    free_port,
    fresh_schema,
    insert_members,
    start_gunicorn,
    stop,
)
from topic_page import drive as drive_plain

USER_AGENT = "rounds-bench"
ENDPOINTS = {"trivial /livez": "/livez", "queue page": "/moderation",
             "queue JSON": "/api/v1/queue"}


def seed(env: dict[str, str], count: int) -> str:
    """Build the schema, a moderator and `count` pending items; return the moderator's email.
    Members and items are inserted as rows: no registration or moderation rules involved."""
    os.environ.update(env)
    from sqlalchemy import insert, select, text

    from community.app import create_app
    from community.platform.db import db, utcnow
    from community.platform.spaces.models import Board
    from moderation.queue.models import QueueEvent, QueueItem
    from moderation.queue.types import types

    app = create_app()
    with app.app_context():
        fresh_schema()
        engine = db.engine
        session = db.session
        moderator, = insert_members(session, 1, prefix="moderator", role="moderator")
        members = insert_members(session, 20)
        session.commit()
        boards = session.scalars(select(Board.id).order_by(Board.id)).all()
        kinds = types(app)  # the kinds this app's features registered, with their labels
        names = list(kinds)
        start = utcnow() - timedelta(days=30)
        rows = []
        for n in range(count):
            kind = kinds[names[n % len(names)]]
            member = members[n % len(members)]
            rows.append({
                "kind": kind.kind, "status": "pending", "subject_type": kind.subject_type,
                "subject_id": 100_000 + n, "subject_user_id": member.id,
                "board_id": boards[n % len(boards)] if kind.board_scoped else None,
                "summary": f"{kind.label}: item {n} about a post by {member.username}",
                "data": {"score": n % 7}, "created_at": start + timedelta(seconds=n * 250),
                "updated_at": start + timedelta(seconds=n * 250), "version": 1})
        for batch in range(0, count, 2000):
            session.execute(insert(QueueItem), rows[batch:batch + 2000])
        ids = session.scalars(select(QueueItem.id)).all()
        session.execute(insert(QueueEvent), [
            {"item_id": i, "action": "enqueued", "from_status": "pending",
             "to_status": "pending", "reason": "", "data": {}} for i in ids])
        session.commit()
        if engine.dialect.name == "postgresql":
            with engine.begin() as connection:
                connection.execute(text("ANALYZE"))
        email = moderator.email
        engine.dispose()
        return email


def sign_in(base: str, email: str, then: str | None = None) -> str:
    """The moderator's session cookie, obtained through the real sign-in form (after reading
    the page `then` once, as a browser does: its first page after signing in gives the
    session its CSRF token, which the browser keeps)."""
    browser = requests.Session()
    browser.headers["User-Agent"] = USER_AGENT
    page = browser.get(f"{base}/login").text
    token = re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)
    response = browser.post(f"{base}/login", data={"email": email, "password": PASSWORD,
                                                   "csrf_token": token},
                            allow_redirects=False)
    assert response.status_code in (302, 303), response.text[:300]
    if then:
        assert browser.get(base + then).status_code == 200
    return browser.cookies["rounds_session"]


def drive(url: str, concurrency: int, count: int, cookie: str) -> dict:
    return drive_plain(url, concurrency, count, (f"Cookie: rounds_session={cookie}",
                                                 f"User-Agent: {USER_AGENT}"))


FULL = {"items": 10_000, "requests": 1000, "rounds": 3, "warmup": 100}
TINY = {"items": 200, "requests": 100, "rounds": 1, "warmup": 20}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, help="pending queue items (10,000)")
    parser.add_argument("--requests", type=int, help="requests per round and endpoint (1000)")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--rounds", type=int, help="rounds (3)")
    parser.add_argument("--warmup", type=int, help="warm-up requests per endpoint (100)")
    parser.add_argument("--tiny", action="store_true",
                        help="200 items, 1 round of 100 requests: a smoke run for CI")
    args = parser.parse_args()
    for name, value in (TINY if args.tiny else FULL).items():
        if getattr(args, name) is None:
            setattr(args, name, value)

    env = bench_env(tempfile.mkdtemp(prefix="rounds-bench-"))
    print(f"seeding {args.items:,} pending queue items …", flush=True)
    email = seed(env, args.items)
    port = free_port()
    server = start_gunicorn(env, port, args.threads)
    base = f"http://127.0.0.1:{port}"
    try:
        cookie = sign_in(base, email, then="/moderation")
        check = requests.get(f"{base}/moderation", headers={"User-Agent": USER_AGENT},
                             cookies={"rounds_session": cookie})
        if check.status_code != 200 or f"{args.items} items, oldest first" not in check.text:
            raise SystemExit(f"the queue page does not list {args.items} items "
                             f"({check.status_code}): {check.text[:500]}")
        print("warming up …", flush=True)
        for path in ENDPOINTS.values():
            drive(base + path, args.concurrency, args.warmup, cookie)
        runs: dict[str, list[dict]] = {name: [] for name in ENDPOINTS}
        for n in range(args.rounds):  # interleaved, so drift hits all alike
            print(f"round {n + 1}/{args.rounds} …", flush=True)
            for name, path in ENDPOINTS.items():
                runs[name].append(drive(base + path, args.concurrency, args.requests, cookie))
    finally:
        stop(server)
    report(runs, args)


def _median(runs: list[dict], key: str) -> float:
    return round(statistics.median(r[key] for r in runs), 2)


def summarise(runs: dict[str, list[dict]]) -> dict[str, dict]:
    """Each endpoint's rounds as medians, its gzip size and how many answers were not 200."""
    rows = {}
    for name, measured in runs.items():
        bad = sum(c for r in measured for s, c in r["statuses"].items() if int(s) != 200)
        rows[name] = {"requests_per_second": _median(measured, "requests_per_second"),
                      "p50_ms": _median(measured, "p50_ms"),
                      "p99_ms": _median(measured, "p99_ms"),
                      "gzip_bytes": measured[0]["bytes_per_response"], "non_200": bad}
    return rows


def report(runs: dict[str, list[dict]], args: argparse.Namespace) -> None:
    rows = summarise(runs)
    trivial = rows["trivial /livez"]
    ratios = {name: round(row["requests_per_second"] / trivial["requests_per_second"], 3)
              for name, row in rows.items() if name != "trivial /livez"}
    print(f"\n{args.items:,} pending items; gunicorn 1 process × {args.threads} threads, "
          f"{args.concurrency} connections, {args.requests} requests × {args.rounds} rounds "
          "(medians)")
    print_and_save("queue_page", rows, ratios, args)


def print_and_save(bench: str, rows: dict[str, dict], ratios: dict[str, float],
                   args: argparse.Namespace) -> None:
    """The table of medians and ratios, saved to bench/results/<bench>[.tiny].json; exit
    non-zero when any request failed."""
    print(f"{'endpoint':18} {'req/s':>9} {'p50 ms':>9} {'p99 ms':>9} {'gzip B':>8}")
    for name, row in rows.items():
        print(f"{name:18} {row['requests_per_second']:>9} {row['p50_ms']:>9} "
              f"{row['p99_ms']:>9} {row['gzip_bytes']:>8}")
    for name, ratio in ratios.items():
        print(f"{name} / trivial throughput ratio: {ratio}")
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    (results / f"{bench}{'.tiny' if args.tiny else ''}.json").write_text(json.dumps(
        {"settings": vars(args), "rows": rows, "ratios": ratios}, indent=2))
    if any(row["non_200"] for row in rows.values()):
        raise SystemExit("some requests failed")


if __name__ == "__main__":
    main()

"""Benchmark: a topic page with 50 posts served by gunicorn (one process, threads).

A second process (bench/loadgen.py) drives it with concurrent keep-alive connections. The
same run measures a trivial endpoint of the same app (/livez: no database, no template), so
the ratio says what the topic page itself costs on this machine, whatever its noise.

    .venv/bin/python bench/topic_page.py [--requests 3000] [--concurrency 8] [--threads 8]

Set ROUNDS_BENCH_DATABASE_URL to run on PostgreSQL (the schema there is dropped and rebuilt).
Figures go to stdout and bench/results/topic_page.json.
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PARAGRAPHS = [
    ("A man in his 50s with two days of exertional chest tightness; ECG shows **ST depression** "
    "in V4–V6 and the first troponin is at the upper limit of normal."),
    "| Test | Day 0 | Day 1 |\n|---|---|---|\n| hs-troponin | 14 | 52 |\n| eGFR | 71 | 68 |",
    ("- Would you start a heparin infusion now?\n- Anyone using a 0/1 h pathway here?\n"
    "- What about the [ESC guideline](https://www.escardio.org/)?"),
    ("> Serial troponins are the key.\n\nAgreed, @member2 — but the clinical picture matters "
    "more than one value. `HEART score` was 6."),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def seed(env: dict[str, str]) -> int:
    """Build the schema and a topic with 50 posts through the services; return its id."""
    os.environ.update(env)
    from sqlalchemy import text

    from community.app import create_app
    from community.boards import service
    from community.models import Base
    from community.platform.accounts.service import register
    from community.platform.db import commit, db
    from community.platform.spaces import service as spaces
    from community.platform.spaces.specialties import ensure_default_boards

    app = create_app({"posting_limits": {"topic_new": 0, "reply_new": 0, "topic": 0,
                                         "reply": 0}})
    with app.app_context():
        engine = db.engine
        if engine.dialect.name == "postgresql":
            with engine.begin() as connection:
                connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        Base.metadata.create_all(engine)
        session = db.session
        ensure_default_boards(session)
        members = [register(session, {"email": f"member{i}@example.org",
                                      "username": f"member{i}", "password": "bench password 1",
                                      "display_name": f"Dr Member {i}", "credentials": "MD"})
                   for i in range(1, 6)]
        board = spaces.get_board(session, members[0], "cardiology")
        topic = service.create_topic(session, members[0], board, {
            "title": "Borderline troponin with dynamic ECG changes", "raw": PARAGRAPHS[0],
            "tags": ["acs", "troponin"]})
        for n in range(49):
            service.reply(session, members[n % 5], topic,
                          {"raw": "\n\n".join(PARAGRAPHS[n % 4:] + PARAGRAPHS[:n % 4])})
        commit(session)
        return topic.id


def start_gunicorn(env: dict[str, str], port: int, threads: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--workers", "1", "--worker-class", "gthread",
         "--threads", str(threads), "--bind", f"127.0.0.1:{port}", "--log-level", "warning",
         "wsgi:app"],
        cwd=ROOT, env={**os.environ, **env})
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/livez", timeout=1)
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("gunicorn did not start")


def drive(url: str, concurrency: int, requests: int, headers: tuple[str, ...] = ()) -> dict:
    """Run bench/loadgen.py in its own process against `url`; its JSON figures."""
    extra = [arg for header in headers for arg in ("--header", header)]
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "loadgen.py"), url, "--concurrency",
         str(concurrency), "--requests", str(requests), "--gzip", *extra],
        check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    instance = tempfile.mkdtemp(prefix="rounds-bench-")
    env = {"ROUNDS_INSTANCE_PATH": instance, "ROUNDS_POSTS_PER_PAGE": "50",
           "ROUNDS_SECURE_COOKIES": "false", "ROUNDS_LOG_LEVEL": "WARNING"}
    if os.environ.get("ROUNDS_BENCH_DATABASE_URL"):
        env["ROUNDS_DATABASE_URL"] = os.environ["ROUNDS_BENCH_DATABASE_URL"]
    print("seeding a topic with 50 posts …", flush=True)
    topic_id = seed(env)
    port = free_port()
    server = start_gunicorn(env, port, args.threads)
    base = f"http://127.0.0.1:{port}"
    try:
        page = urllib.request.urlopen(f"{base}/t/{topic_id}").read().decode()
        assert page.count('class="post') >= 50 or page.count("id=\"post-") >= 50, \
            "the topic page does not show 50 posts"
        print("warming up …", flush=True)
        for path in ("/livez", f"/t/{topic_id}"):
            drive(base + path, args.concurrency, 200)
        trivial, topic = [], []
        for n in range(args.rounds):  # interleaved, so drift hits both alike
            print(f"round {n + 1}/{args.rounds} …", flush=True)
            trivial.append(drive(base + "/livez", args.concurrency, args.requests))
            topic.append(drive(f"{base}/t/{topic_id}", args.concurrency, args.requests))
    finally:
        server.terminate()
        server.wait(timeout=10)
    report(trivial, topic, args)


def _median(runs: list[dict], key: str) -> float:
    return round(statistics.median(r[key] for r in runs), 2)


def report(trivial: list[dict], topic: list[dict], args: argparse.Namespace) -> None:
    rows = {}
    for name, runs in (("trivial /livez", trivial), ("topic page, 50 posts", topic)):
        bad = sum(c for r in runs for s, c in r["statuses"].items() if int(s) != 200)
        rows[name] = {"requests_per_second": _median(runs, "requests_per_second"),
                      "p50_ms": _median(runs, "p50_ms"), "p99_ms": _median(runs, "p99_ms"),
                      "gzip_bytes": runs[0]["bytes_per_response"], "non_200": bad}
    t, p = rows["trivial /livez"], rows["topic page, 50 posts"]
    ratio = {"throughput_topic_over_trivial": round(p["requests_per_second"]
                                                    / t["requests_per_second"], 3),
             "p50_topic_over_trivial": round(p["p50_ms"] / t["p50_ms"], 2)}
    print(f"\ngunicorn 1 process × {args.threads} threads, {args.concurrency} connections, "
          f"{args.requests} requests × {args.rounds} rounds (medians)")
    print(f"{'endpoint':24} {'req/s':>9} {'p50 ms':>9} {'p99 ms':>9} {'gzip B':>8}")
    for name, row in rows.items():
        print(f"{name:24} {row['requests_per_second']:>9} {row['p50_ms']:>9} "
              f"{row['p99_ms']:>9} {row['gzip_bytes']:>8}")
    print(f"topic/trivial throughput ratio: {ratio['throughput_topic_over_trivial']}")
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    (results / "topic_page.json").write_text(json.dumps(
        {"settings": vars(args), "rows": rows, "ratio": ratio}, indent=2))
    if any(row["non_200"] for row in rows.values()):
        raise SystemExit("some requests failed")


if __name__ == "__main__":
    main()

"""Benchmark: a topic page with 50 posts served by gunicorn (one process, threads).

A second process (bench/loadgen.py) drives it with concurrent keep-alive connections. The
same run measures a trivial endpoint of the same app (/livez: no database, no template), so
the ratio says what the topic page itself costs on this machine, whatever its noise.

    .venv/bin/python bench/topic_page.py [--posts 50] [--requests 3000] [--rounds 3]
    .venv/bin/python bench/topic_page.py --tiny    # 5 posts, 1 round of 100 requests (CI)

Set ROUNDS_BENCH_DATABASE_URL to run on PostgreSQL (the schema there is dropped and rebuilt).
Figures go to stdout and bench/results/topic_page.json (topic_page.tiny.json with --tiny).
Exits non-zero if any request was answered with anything but 200.

The members are inserted as rows (as the tests' make_user does), established members (trust
level 2) who post directly: the seeding does not depend on the rules for new members (their
first post held for review, stricter rate limits), which change.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from datetime import UTC, datetime
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


PASSWORD = "bench password 1"
# Established members ("member", trust level 2): above the level whose posts are queued for
# review, so what the bench posts is published directly, like the tests' make_user users.
TRUST_LEVEL = 2


UNLIMITED = "register=1000000000/1,token=1000000000/1,search=1000000000/1,api=1000000000/1"


def bench_env(instance: str, **extra: str) -> dict[str, str]:
    """The server's environment: an instance folder of its own and, unless
    ROUNDS_BENCH_DATABASE_URL says otherwise, a SQLite file in it. Set explicitly, so that a
    ROUNDS_DATABASE_URL or ROUNDS_REDIS_URL in the caller's environment (a test database)
    is never the one whose schema the bench drops."""
    database = (os.environ.get("ROUNDS_BENCH_DATABASE_URL")
                or f"sqlite:///{instance}/rounds.sqlite3")
    # The benches measure pages, not the doors in front of them: staff sign in without an
    # authenticator, and the rate limits (which would answer 429 to a load generator) are off.
    return {"ROUNDS_INSTANCE_PATH": instance, "ROUNDS_DATABASE_URL": database,
            "ROUNDS_REDIS_URL": "", "ROUNDS_CELERY_EAGER": "true",
            "ROUNDS_SECURE_COOKIES": "false", "ROUNDS_LOG_LEVEL": "WARNING",
            "ROUNDS_TWO_FACTOR_REQUIRED": "false", "ROUNDS_RATE_LIMITS": UNLIMITED, **extra}


def fresh_schema() -> None:
    """Inside an app context: an empty schema with the default boards."""
    from sqlalchemy import text

    from community.models import Base
    from community.platform.db import db
    from community.platform.spaces.specialties import ensure_default_boards

    engine = db.engine
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    Base.metadata.create_all(engine)
    ensure_default_boards(db.session)
    db.session.commit()


def insert_members(session, count: int, *, prefix: str = "member", role: str = "member",
                   trust_level: int = TRUST_LEVEL) -> list:
    """`count` members inserted as rows with a cheap precomputed argon2 hash of PASSWORD (the
    way tests/conftest.py's make_user does): no registration rules involved."""
    from argon2 import PasswordHasher

    from community.platform.accounts.models import User

    password_hash = PasswordHasher(time_cost=1, memory_cost=1024).hash(PASSWORD)
    users = [User(email=f"{prefix}{i}@example.org", username=f"{prefix}{i}",
                  password_hash=password_hash, role=role, display_name=f"Dr {prefix.title()} {i}",
                  credentials="MD", trust_level=trust_level,
                  email_verified_at=datetime.now(UTC))
             for i in range(1, count + 1)]
    session.add_all(users)
    session.flush()
    return users


def seed(env: dict[str, str], posts: int = 50) -> int:
    """Build the schema and a topic with `posts` posts (the opening post and its replies,
    written through the boards service by established members); return its id."""
    os.environ.update(env)
    from sqlalchemy import func, select

    from community.app import create_app
    from community.boards import service
    from community.boards.models import Post
    from community.platform.db import commit, db
    from community.platform.spaces import service as spaces

    app = create_app({"posting_limits": {"topic_new": 0, "reply_new": 0, "topic": 0,
                                         "reply": 0}})
    with app.app_context():
        fresh_schema()
        session = db.session
        members = insert_members(session, 5)
        insert_members(session, 1, prefix="reader")  # READER, who reads signed in
        board = spaces.get_board(session, members[0], "cardiology")
        topic = service.create_topic(session, members[0], board, {
            "title": "Borderline troponin with dynamic ECG changes", "raw": PARAGRAPHS[0],
            "tags": ["acs", "troponin"]})
        for n in range(posts - 1):
            service.reply(session, members[n % 5], topic,
                          {"raw": "\n\n".join(PARAGRAPHS[n % 4:] + PARAGRAPHS[:n % 4])})
        commit(session)
        shown = session.scalar(select(func.count(Post.id)).where(
            Post.topic_id == topic.id, Post.hidden_at.is_(None), Post.deleted_at.is_(None)))
        if shown != posts:
            raise SystemExit(f"seeding: {shown} of {posts} posts published (held for review?)")
        topic_id = topic.id
        db.engine.dispose()
        return topic_id


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


def stop(server: subprocess.Popen) -> None:
    """Stop gunicorn: gracefully, or killed when a loaded machine makes it linger."""
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def drive(url: str, concurrency: int, requests: int, headers: tuple[str, ...] = ()) -> dict:
    """Run bench/loadgen.py in its own process against `url`; its JSON figures."""
    extra = [arg for header in headers for arg in ("--header", header)]
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "loadgen.py"), url, "--concurrency",
         str(concurrency), "--requests", str(requests), "--gzip", *extra],
        check=False, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"loadgen.py failed on {url}:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout)


FULL = {"posts": 50, "requests": 3000, "rounds": 3, "warmup": 200}
TINY = {"posts": 5, "requests": 100, "rounds": 1, "warmup": 20}
# The reader's cookie on the signed-in runs: a member who wrote none of the posts, so every
# post shows them its like, quote, reply and flag buttons.
READER = "reader1"
# The reader's browser: the sign-in and the load send the same User-Agent, as one browser
# does (Flask-Login's session protection marks a session whose browser changed as not
# fresh, a change to the session every request, which a real browser keeps once).
USER_AGENT = "rounds-bench"


def sign_in(base: str, email: str, then: str) -> str:
    """A member's session cookie, obtained through the real sign-in form, after reading the
    page `then` once (so the load is a member reloading a page they read: the posts-read
    counter counts a page once, not at every reload)."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
    opener.addheaders = [("User-Agent", USER_AGENT)]
    page = opener.open(f"{base}/login").read().decode()
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    data = urllib.parse.urlencode({"email": email, "password": PASSWORD,
                                   "csrf_token": token}).encode()
    opener.open(urllib.request.Request(f"{base}/login", data=data))
    opener.open(base + then).read()
    jar = next(h for h in opener.handlers if isinstance(h, urllib.request.HTTPCookieProcessor))
    cookie = {c.name: c.value for c in jar.cookiejar}.get("rounds_session")
    if not cookie:
        raise SystemExit("could not sign the reader in")
    return cookie


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, help="posts in the topic (50)")
    parser.add_argument("--requests", type=int, help="requests per round and endpoint (3000)")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[8, 16],
                        help="connections, each level measured in every round (8 16)")
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--rounds", type=int, help="rounds (3)")
    parser.add_argument("--warmup", type=int, help="warm-up requests per endpoint (200)")
    parser.add_argument("--tiny", action="store_true",
                        help="5 posts, 1 round of 100 requests: a smoke run for CI")
    args = parser.parse_args()
    for name, value in (TINY if args.tiny else FULL).items():  # what was not given
        if getattr(args, name) is None:
            setattr(args, name, value)

    instance = tempfile.mkdtemp(prefix="rounds-bench-")
    env = bench_env(instance, ROUNDS_POSTS_PER_PAGE=str(max(50, args.posts)))
    print(f"seeding a topic with {args.posts} posts …", flush=True)
    topic_id = seed(env, args.posts)
    port = free_port()
    server = start_gunicorn(env, port, args.threads)
    base = f"http://127.0.0.1:{port}"
    try:
        page = urllib.request.urlopen(f"{base}/t/{topic_id}").read().decode()
        shown = len(set(re.findall(r'id="post-(\d+)"', page)))
        if shown != args.posts:
            raise SystemExit(f"the topic page shows {shown} posts, not {args.posts}")
        cookie = sign_in(base, f"{READER}@example.org", f"/t/{topic_id}")
        endpoints = {"trivial /livez": ("/livez", ()),
                     "topic, signed out": (f"/t/{topic_id}", ()),
                     "topic, signed in": (f"/t/{topic_id}", (f"Cookie: rounds_session={cookie}",
                                                             f"User-Agent: {USER_AGENT}"))}
        print("warming up …", flush=True)
        for path, headers in endpoints.values():
            drive(base + path, max(args.concurrency), args.warmup, headers)
        runs: dict[tuple[str, int], list[dict]] = {}
        for n in range(args.rounds):  # interleaved, so drift hits all alike
            print(f"round {n + 1}/{args.rounds} …", flush=True)
            for concurrency in args.concurrency:
                for name, (path, headers) in endpoints.items():
                    runs.setdefault((name, concurrency), []).append(
                        drive(base + path, concurrency, args.requests, headers))
    finally:
        stop(server)
    report(runs, args)


def _median(runs: list[dict], key: str) -> float:
    return round(statistics.median(r[key] for r in runs), 2)


def report(runs: dict[tuple[str, int], list[dict]], args: argparse.Namespace) -> None:
    rows, ratios = {}, {}
    for (name, concurrency), measured in runs.items():
        bad = sum(c for r in measured for s, c in r["statuses"].items() if int(s) != 200)
        rows[f"{name} @{concurrency}"] = {
            "requests_per_second": _median(measured, "requests_per_second"),
            "p50_ms": _median(measured, "p50_ms"), "p99_ms": _median(measured, "p99_ms"),
            "gzip_bytes": measured[0]["bytes_per_response"], "non_200": bad}
    for key, row in rows.items():
        name, _, concurrency = key.rpartition(" @")
        if name != "trivial /livez":
            trivial = rows[f"trivial /livez @{concurrency}"]
            ratios[key] = round(row["requests_per_second"] / trivial["requests_per_second"], 3)
    print(f"\n{args.posts} posts; gunicorn 1 process × {args.threads} threads, "
          f"{args.requests} requests × {args.rounds} rounds (medians)")
    print(f"{'endpoint @connections':30} {'req/s':>9} {'p50 ms':>9} {'p99 ms':>9} {'gzip B':>8}")
    for name, row in rows.items():
        print(f"{name:30} {row['requests_per_second']:>9} {row['p50_ms']:>9} "
              f"{row['p99_ms']:>9} {row['gzip_bytes']:>8}")
    for name, ratio in ratios.items():
        print(f"{name} / trivial throughput ratio: {ratio}")
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    (results / ("topic_page.tiny.json" if args.tiny else "topic_page.json")).write_text(json.dumps(
        {"settings": vars(args), "rows": rows, "ratios": ratios}, indent=2))
    if any(row["non_200"] for row in rows.values()):
        raise SystemExit("some requests failed")


if __name__ == "__main__":
    main()

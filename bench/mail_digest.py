"""Benchmark: the daily digest run by mail, for many members with many unread notifications.

A database with 10,000 members (in five time zones, every one of them past 07:00 at the
run's time) who chose the daily digest for every kind, each with 20 unread notifications
(mentions, replies, quotes, watched topics, likes) about 2,000 posts in 200 topics by 50
authors (fixed seed). The run (`community.notifications.tasks.send_digests("daily")`) builds
one message per member in batches of 500, writes them in each batch's unit of work and sends
them after its commit through the embedded transport (an .eml file per message under the
instance folder) — the whole path but SMTP.

Printed: time per message, SQL statements per message, peak memory of the run (the
process's peak RSS over its RSS before the run, resource.getrusage), and, as a baseline
measured in the same process, one message done the raw way: the same items rendered with
one Jinja template (text and HTML), an email.message.EmailMessage built and written as an
.eml file. A second run must send nothing (one digest per period).

    .venv/bin/python bench/mail_digest.py [--members 10000] [--unread 20]
    .venv/bin/python bench/mail_digest.py --tiny      # 200 members, 5 unread each (CI)

The database is seeded by a separate process first (so that seeding does not count in the
run's peak memory). Set ROUNDS_BENCH_DATABASE_URL to run on PostgreSQL (its public schema
is dropped and rebuilt). Figures go to stdout and bench/results/mail_digest.json
(mail_digest.tiny.json with --tiny). Exits non-zero if a member got no digest, or one got
two, or the messages on disk do not match.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

FULL = {"members": 10_000, "unread": 20}
TINY = {"members": 200, "unread": 5}
ZONES = ("UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata", "Australia/Sydney")
KINDS = ("mention", "reply", "quote", "new_topic", "like")
# 12:00 UTC: past 07:00 in each of ZONES (New York 07:00, Sydney 23:00).
NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
TEXT = ("A 54-year-old with exertional chest pain and a normal troponin: would you still "
        "send her for a stress test, or is a CT coronary angiogram the better first step? "
        "The ECG showed <em>no</em> ischaemic changes; the risk score was intermediate.")


def _app(url: str, instance: Path):
    from community.app import create_app

    return create_app({"database_url": url, "secret_key": "bench", "redis_url": "",
                       "celery_eager": True, "instance_path": instance,
                       "base_url": "https://rounds.example.org"})


def seed(url: str, instance: Path, members: int, unread: int) -> None:
    from sqlalchemy import insert, text
    from topic_page import fresh_schema

    from community.boards.models import Post, Topic
    from community.mail.models import MailPreference
    from community.notifications.models import Notification
    from community.platform.accounts.models import User
    from community.platform.db import db
    from community.platform.spaces.models import Board

    app = _app(url, instance)
    rng = random.Random(13)
    with app.app_context():
        fresh_schema()  # an empty schema (PostgreSQL: dropped and made again), default boards
        s = db.session
        boards = [b.id for b in s.query(Board).filter(Board.verified_only.is_(False))]
        long_ago = NOW - timedelta(days=30)
        s.execute(insert(User), [
            {"id": i, "email": f"m{i}@example.org", "username": f"member{i}",
             "password_hash": "x", "display_name": f"Dr Member {i}", "created_at": long_ago,
             "password_changed_at": long_ago, "role": "member", "credentials": "MD",
             "trust_level": 1, "is_active": True, "time_zone": ZONES[i % len(ZONES)]}
            for i in range(1, members + 1)])
        authors = list(range(1, 51))
        topics = 200
        s.execute(insert(Topic), [
            {"id": t, "board_id": rng.choice(boards), "author_id": rng.choice(authors),
             "title": f"Case {t}: chest pain with a normal troponin", "pinned": False,
             "locked": False, "post_count": 10, "created_at": NOW - timedelta(hours=30),
             "last_posted_at": NOW - timedelta(hours=2)} for t in range(1, topics + 1)])
        posts = []
        for p in range(1, 2001):
            topic, number = (p - 1) % topics + 1, (p - 1) // topics + 1
            cooked = f"<p>{TEXT}</p>\n" + (
                "<blockquote><p>Earlier: troponin at 3 h was normal.</p></blockquote>\n"
                if p % 3 == 0 else "")
            posts.append({"id": p, "topic_id": topic, "author_id": rng.choice(authors),
                          "number": number, "raw": TEXT, "cooked": cooked, "revision": 1,
                          "like_count": 0, "created_at": NOW - timedelta(hours=20)})
        s.execute(insert(Post), posts)
        rows = []
        for user_id in range(1, members + 1):
            for post_id in rng.sample(range(1, 2001), unread):
                rows.append({"user_id": user_id, "kind": rng.choice(KINDS),
                             "post_id": post_id, "actor_id": posts[post_id - 1]["author_id"],
                             "created_at": NOW - timedelta(minutes=rng.randint(5, 1200))})
            if len(rows) >= 20_000:
                s.execute(insert(Notification), rows)
                rows = []
        if rows:
            s.execute(insert(Notification), rows)
        s.execute(insert(MailPreference), [
            {"user_id": u, "kind": kind, "cadence": "daily", "updated_at": long_ago}
            for u in range(1, members + 1)
            for kind in ("mention", "reply", "quote", "watched", "digest")])
        s.commit()
        if url.startswith("postgresql"):
            s.execute(text("ANALYZE"))
            s.commit()


def rss_mb() -> float:
    """This process's peak resident set so far (ru_maxrss is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


RAW_TEXT = """Your daily digest
{% for item in items %}
* {{ item.actor }} {{ item.verb }} "{{ item.title }}"
  {{ item.excerpt }}
  {{ item.url }}
{% endfor %}"""
RAW_HTML = """<html><body><h1>Your daily digest</h1><ul>{% for item in items %}
<li><a href="{{ item.url }}">{{ item.actor }} {{ item.verb }} “{{ item.title }}”</a>
<p>{{ item.excerpt }}</p></li>{% endfor %}</ul></body></html>"""


def raw_message_ms(out: Path, unread: int, count: int) -> float:
    """The baseline: one message with `unread` items the raw way — two Jinja templates
    rendered, an EmailMessage built and written as an .eml file."""
    from jinja2 import Environment

    env = Environment(autoescape=False)
    text_t, html_t = env.from_string(RAW_TEXT), Environment(autoescape=True).from_string(RAW_HTML)
    items = [{"actor": f"Dr Member {i}", "verb": "replied to you in",
              "title": f"Case {i}: chest pain with a normal troponin", "excerpt": TEXT[:200],
              "url": f"https://rounds.example.org/p/{i}"} for i in range(unread)]
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    for n in range(count):
        message = EmailMessage()
        message["From"] = "Rounds <noreply@rounds.example.org>"
        message["To"] = f"m{n}@example.org"
        message["Subject"] = f"Your daily digest: {unread} new notifications"
        message.set_content(text_t.render(items=items))
        message.add_alternative(html_t.render(items=items), subtype="html")
        (out / f"{n}.eml").write_bytes(message.as_bytes())
    return (time.perf_counter() - start) / count * 1000


def run(url: str, instance: Path, members: int, unread: int) -> dict:
    from sqlalchemy import event

    from community.notifications import tasks
    from community.platform.db import db

    app = _app(url, instance)
    logging.getLogger("celery").setLevel(logging.WARNING)  # a line per message otherwise
    statements = [0]
    with app.app_context():
        event.listen(db.engine, "before_cursor_execute",
                     lambda *args: statements.__setitem__(0, statements[0] + 1))
        baseline_ms = raw_message_ms(instance / "raw-mail", unread, min(members, 500))
        before_rss = current_rss_mb()
        start = time.perf_counter()
        first = tasks.send_digests("daily", NOW)
        seconds = time.perf_counter() - start
        peak_rss = rss_mb()
        run_statements = statements[0]
        again = tasks.send_digests("daily", NOW + timedelta(hours=1))
    sent = first.sent
    files = len(list((instance / "mail").glob("*.eml"))) if (instance / "mail").is_dir() else 0
    return {
        "database": url.split(":", 1)[0], "members": members, "unread_each": unread,
        "messages": sent, "items_listed": first.items, "eml_files": files,
        "second_run_sent": again.sent, "seconds": seconds,
        "ms_per_message": seconds / max(sent, 1) * 1000,
        "baseline_raw_ms_per_message": baseline_ms,
        "ratio_vs_raw": (seconds / max(sent, 1) * 1000) / baseline_ms,
        "sql_statements": run_statements,
        "sql_per_message": run_statements / max(sent, 1),
        "rss_before_mb": before_rss, "peak_rss_mb": peak_rss,
        "peak_over_before_mb": peak_rss - before_rss,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, help="members (10000)")
    parser.add_argument("--unread", type=int, help="unread notifications each (20)")
    parser.add_argument("--tiny", action="store_true",
                        help="200 members, 5 unread each: a smoke run for CI")
    parser.add_argument("--seed-only", help=argparse.SUPPRESS)  # the seeding process
    args = parser.parse_args()
    for name, value in (TINY if args.tiny else FULL).items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    if args.seed_only:
        url, instance = args.seed_only.split("|", 1)
        seed(url, Path(instance), args.members, args.unread)
        return
    work = Path(tempfile.mkdtemp(prefix="rounds-bench-mail-"))
    instance = work / "instance"
    url = os.environ.get("ROUNDS_BENCH_DATABASE_URL") or f"sqlite:///{work}/digest.sqlite3"
    started = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--members", str(args.members), "--unread",
                    str(args.unread), "--seed-only", f"{url}|{instance}"], check=True)
    print(f"seeded {args.members} members x {args.unread} unread in "
          f"{time.perf_counter() - started:.1f} s")
    figures = run(url, instance, args.members, args.unread)
    for key, value in figures.items():
        print(f"{key:>28}: {value:,.2f}" if isinstance(value, float) else f"{key:>28}: {value}")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / ("mail_digest.tiny.json" if args.tiny else "mail_digest.json")).write_text(
        json.dumps(figures, indent=2))
    problems = []
    if figures["messages"] != args.members:
        problems.append(f"{figures['messages']} digests for {args.members} members")
    if figures["second_run_sent"]:
        problems.append(f"the second run sent {figures['second_run_sent']}")
    if figures["eml_files"] != figures["messages"]:
        problems.append(f"{figures['eml_files']} .eml files for {figures['messages']} messages")
    if problems:
        raise SystemExit("; ".join(problems))


if __name__ == "__main__":
    main()

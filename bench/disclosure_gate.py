"""Benchmark: the disclosure gate's check (`require_cleared`), per call, in-process.

A database with 1,000 members, each with a superseded and a current disclosure and three
role requests (one cleared on the current version, one cleared on the old version, one
pending). The gate is asked 20,000 times about members who are cleared (the path every
session start takes), and fewer times about members who are not (it then explains why,
with a few more queries). Baselines in the same run, through the same session:
`SELECT 1`, and one user row by primary key (without the identity map).

    .venv/bin/python bench/disclosure_gate.py [--members 1000] [--calls 20000]
    .venv/bin/python bench/disclosure_gate.py --tiny     # 50 members, 200 calls (CI)

Set ROUNDS_BENCH_DATABASE_URL to run on PostgreSQL (its public schema is dropped and
rebuilt). Figures go to stdout and bench/results/disclosure_gate.json
(disclosure_gate.tiny.json with --tiny). Exits non-zero if the gate refuses a cleared member
or lets through one whose clearance lapsed.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build(url: str, members: int):
    from sqlalchemy import create_engine, insert, text

    from community.app import create_app
    from community.models import Base
    from community.platform.accounts.models import User
    from community.platform.db import db, utcnow
    from moderation.disclosures.models import Disclosure, RoleClearance

    if url.startswith("postgresql"):
        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    app = create_app({"database_url": url, "secret_key": "bench", "redis_url": "",
                      "celery_eager": True})
    with app.app_context():
        Base.metadata.create_all(db.engine)
        s = db.session
        now = utcnow()
        s.execute(insert(User), [
            {"id": i, "email": f"m{i}@example.org", "username": f"member{i}",
             "password_hash": "x", "display_name": f"Dr Member {i}", "created_at": now,
             "password_changed_at": now, "role": "member", "credentials": "MD",
             "trust_level": 1, "is_active": True} for i in range(1, members + 1)])
        year_ago = now - timedelta(days=200)
        s.execute(insert(Disclosure), [
            {"id": i, "user_id": i, "version": 1, "declared_none": True, "declared_at": year_ago,
             "valid_until": year_ago + timedelta(days=365), "status": "superseded",
             "superseded_at": now} for i in range(1, members + 1)])
        s.execute(insert(Disclosure), [
            {"id": members + i, "user_id": i, "version": 2, "declared_none": True,
             "declared_at": now, "valid_until": now + timedelta(days=365), "status": "active"}
            for i in range(1, members + 1)])
        rows = []
        for i in range(1, members + 1):
            common = {"user_id": i, "role": "presenter", "content_kind": "session",
                      "content_title": f"Session {i}", "requested_at": now,
                      "refusal_reason": ""}
            rows.append({**common, "content_id": i, "disclosure_id": members + i,
                         "status": "cleared", "reviewed_at": now})
            rows.append({**common, "content_id": members + i, "disclosure_id": i,
                         "status": "cleared", "reviewed_at": now})
            rows.append({**common, "content_id": 2 * members + i, "disclosure_id": members + i,
                         "status": "pending", "reviewed_at": None})
        s.execute(insert(RoleClearance), rows)
        s.commit()
        if url.startswith("postgresql"):
            s.execute(text("ANALYZE"))
            s.commit()
    return app


def per_call_us(fn, calls: int) -> float:
    for _ in range(min(200, calls)):  # warm-up: statement caches, connection
        fn()
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls * 1e6


FULL = {"members": 1000, "calls": 20000}
TINY = {"members": 50, "calls": 200}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, help="members (1000)")
    parser.add_argument("--calls", type=int, help="calls per figure (20000)")
    parser.add_argument("--tiny", action="store_true",
                        help="50 members, 200 calls: a smoke run for CI")
    args = parser.parse_args()
    for name, value in (TINY if args.tiny else FULL).items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    url = os.environ.get("ROUNDS_BENCH_DATABASE_URL") or \
        f"sqlite:///{tempfile.mkdtemp(prefix='rounds-bench-')}/gate.sqlite3"
    app = build(url, args.members)
    from sqlalchemy import select, text

    from community.platform.accounts.models import User
    from community.platform.db import db
    from moderation.disclosures import gate

    rng = random.Random(7)
    with app.app_context():
        s = db.session
        users = {u.id: u for u in s.scalars(select(User))}
        s.commit()
        ids = list(users)

        def cleared():
            i = rng.choice(ids)
            gate.require_cleared(s, users[i], "presenter", "session", i)

        let_through = [0]

        def refused():  # cleared on the superseded version: refused, with the reason
            i = rng.choice(ids)
            try:
                gate.require_cleared(s, users[i], "presenter", "session", args.members + i)
            except gate.RoleNotCleared:
                return
            let_through[0] += 1

        def select_1():
            s.execute(text("SELECT 1")).scalar()

        def user_row():
            s.execute(select(User.id, User.username).where(User.id == rng.choice(ids))).first()

        figures = {
            "select_1_us": per_call_us(select_1, args.calls),
            "user_row_us": per_call_us(user_row, args.calls),
            "require_cleared_us": per_call_us(cleared, args.calls),
            "refused_us": per_call_us(refused, max(1, args.calls // 10)),
        }
        s.rollback()
    figures["ratio_vs_select_1"] = figures["require_cleared_us"] / figures["select_1_us"]
    figures["ratio_vs_user_row"] = figures["require_cleared_us"] / figures["user_row_us"]
    figures.update(database=url.split(":", 1)[0], members=args.members, calls=args.calls,
                   lapsed_let_through=let_through[0])
    for key, value in figures.items():
        print(f"{key:>22}: {value:,.2f}" if isinstance(value, float) else f"{key:>22}: {value}")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    name = "disclosure_gate.tiny.json" if args.tiny else "disclosure_gate.json"
    (out / name).write_text(json.dumps(figures, indent=2))
    if let_through[0]:  # a cleared member refused raised RoleNotCleared above already
        raise SystemExit(f"the gate let {let_through[0]} lapsed clearances through")


if __name__ == "__main__":
    main()

"""Benchmark: credit reports. (a) A learner's credit page (`GET /credit`: totals per credit
type and year, 24 months of bars, target, claims) over 5,000 ledger entries; (b) the
accreditor batch files (`/credit/admin/pars/activities.tsv` and `learners.tsv`) of a year
holding a weekly series of 52 sessions × 200 learners (10,400 learner credits, one RSS row).

Rows are bulk-inserted; gunicorn serves them (one process, threads) and bench/loadgen.py, in a
second process, drives each page with the member's session cookie, interleaved with /livez of
the same app, so the ratio says what each costs on this machine whatever its noise.

    .venv/bin/python bench/credit.py [--entries 5000] [--sessions 52] [--learners 200]
    .venv/bin/python bench/credit.py --tiny    # 200 entries, 4 sessions × 10 learners (CI)

Set ROUNDS_BENCH_DATABASE_URL to run on PostgreSQL (the schema there is dropped and rebuilt).
Figures go to stdout and bench/results/credit.json (credit.tiny.json with --tiny). Exits
non-zero if any request was answered with anything but 200, or a page does not show what was
seeded.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from queue_page import USER_AGENT, drive, print_and_save, sign_in, summarise
from topic_page import bench_env, free_port, fresh_schema, insert_members, start_gunicorn

BATCH = 2000
TYPES = ("ama_pra_1", "participation", "nursing")


def _insert(session, model, rows: list[dict]) -> None:
    from sqlalchemy import insert

    for start in range(0, len(rows), BATCH):
        session.execute(insert(model), rows[start:start + BATCH])


def _configure(session) -> None:
    """The provider and credit types, as the office's first designation writes them."""
    from community.credit import defaults
    from community.credit.models import CreditProvider, CreditType

    session.add(CreditProvider(**defaults.PROVIDER))
    session.add_all(CreditType(active=True, **row) for row in defaults.CREDIT_TYPES)
    session.flush()


def _activity(n: int, starts_at: datetime, **values) -> dict:
    return {"key": f"bench:{n}", "kind": "journal", "title": f"Case write-up {n}",
            "objectives": ["Apply the evidence"], "moore_levels": ["3A", "4", "5"],
            "max_quarters": 6, "credit_types": list(TYPES), "commercial_support": False,
            "support_amount": "", "support_source": "", "pass_mark": 70,
            "claim_window_days": 30, "starts_at": starts_at,
            "ends_at": starts_at + timedelta(hours=1, minutes=30), **values}


def _claims(session, rows: list[tuple[int, int, date, str, int]], prefix: str) -> None:
    """Claims and their ledger entries: (user, activity, completed_on, type, quarters)."""
    from sqlalchemy import select

    from community.credit.models import CreditClaim, LedgerEntry

    _insert(session, CreditClaim, [
        {"user_id": u, "activity_id": a, "credit_type": t, "source": "attendance",
         "code": f"{prefix}-{n:08d}", "completed_on": d, "revoked_reason": ""}
        for n, (u, a, d, t, _) in enumerate(rows)])
    ids = dict(session.execute(select(CreditClaim.code, CreditClaim.id).where(
        CreditClaim.code.like(f"{prefix}-%"))).all())
    _insert(session, LedgerEntry, [
        {"key": f"{prefix}:{n}", "user_id": u, "activity_id": a,
         "claim_id": ids[f"{prefix}-{n:08d}"], "credit_type": t, "quarters": q,
         "source": "attendance", "evidence": {"minutes": q * 15}, "reason": ""}
        for n, (u, a, _, t, q) in enumerate(rows)])


def seed_learner(session, entries: int) -> str:
    """A learner with `entries` claims of journal-based activities (one ledger entry each) over
    the last ten years, and a target; returns their email."""
    from sqlalchemy import select

    from community.credit.models import CreditActivity, LearnerProfile

    learner, = insert_members(session, 1, prefix="learner")
    session.add(LearnerProfile(user_id=learner.id, target_quarters=200, target_years=3))
    today = date.today()
    _insert(session, CreditActivity, [
        _activity(n, datetime.combine(today - timedelta(days=n * 3650 // entries),
                                      datetime.min.time(), UTC)) for n in range(entries)])
    ids = session.scalars(select(CreditActivity.id).where(
        CreditActivity.key.like("bench:%")).order_by(CreditActivity.id)).all()
    _claims(session, [(learner.id, a, today - timedelta(days=n * 3650 // entries),
                       TYPES[n % 2], 1 + n % 8) for n, a in enumerate(ids)], "L")
    return learner.email


def seed_series(session, year: int, sessions: int, learners: int) -> str:
    """A weekly series of `sessions` held in `year`, each claimed by all `learners` (with their
    identifiers); returns the credit administrator's email."""
    from sqlalchemy import select

    from community.credit.models import CreditActivity, LearnerProfile
    from community.platform.spaces.models import Board
    from realtime.sessions.models import LiveSession, SessionSeries

    admin, = insert_members(session, 1, prefix="office", role="admin")
    members = insert_members(session, learners, prefix="physician")
    for n, member in enumerate(members):
        member.credentials = ("MD", "DO", "RN", "PharmD", "MD")[n % 5]
    _insert(session, LearnerProfile, [
        {"user_id": m.id, "npi": f"{1000000000 + m.id}", "licence_number": f"L-{m.id}",
         "licence_state": "Ohio", "nabp_eprofile_id": "", "birth_month": 1 + m.id % 12,
         "birth_day": 1 + m.id % 28, "target_years": 2} for m in members])
    series = SessionSeries(rule="weekly", count=sessions)
    session.add(series)
    session.flush()
    board = session.scalar(select(Board.id).order_by(Board.id))
    first = datetime(year, 1, 6, 18, tzinfo=UTC)
    lives = [LiveSession(board_id=board, host_id=admin.id, series_id=series.id,
                         kind="case_conference", title="Weekly case conference",
                         starts_at=first + timedelta(weeks=n),
                         ends_at=first + timedelta(weeks=n, hours=1), capacity=learners + 10,
                         state="ended", started_at=first + timedelta(weeks=n),
                         ended_at=first + timedelta(weeks=n, hours=1),
                         registration_opened_at=first - timedelta(days=7))
             for n in range(sessions)]
    session.add_all(lives)
    session.flush()
    _insert(session, CreditActivity, [
        _activity(100_000 + n, live.starts_at, key=f"session:{live.id}", kind="series",
                  session_id=live.id, series_id=series.id, title=live.title, max_quarters=4)
        for n, live in enumerate(lives)])
    activities = session.scalars(select(CreditActivity.id).where(
        CreditActivity.series_id == series.id)).all()
    _claims(session, [(m.id, a, (first + timedelta(weeks=n)).date(), "ama_pra_1", 4)
                      for n, a in enumerate(activities) for m in members], "S")
    return admin.email


def seed(env: dict[str, str], args: argparse.Namespace) -> tuple[str, str]:
    import os

    os.environ.update(env)
    from sqlalchemy import text

    from community.app import create_app
    from community.platform.db import db

    app = create_app()
    with app.app_context():
        fresh_schema()
        session = db.session
        _configure(session)
        learner = seed_learner(session, args.entries)
        admin = seed_series(session, args.year, args.sessions, args.learners)
        session.commit()
        if db.engine.dialect.name == "postgresql":
            with db.engine.begin() as connection:
                connection.execute(text("ANALYZE"))
        db.engine.dispose()
        return learner, admin


def check(base: str, cookies: dict[str, str], args: argparse.Namespace) -> None:
    """Each page shows what was seeded (a bench of an error page measures nothing)."""
    def get(path: str, who: str) -> str:
        response = requests.get(base + path, cookies={"rounds_session": cookies[who]},
                                headers={"User-Agent": USER_AGENT})
        if response.status_code != 200:
            raise SystemExit(f"{path}: {response.status_code} {response.text[:300]}")
        return response.text

    page = get("/credit", "learner")
    if f"{args.entries} claims, newest first" not in page or page.count('class="col"') != 24:
        raise SystemExit(f"/credit does not show {args.entries} claims and 24 bars")
    rows = get(f"/credit/admin/pars/activities.tsv?year={args.year}", "admin").splitlines()
    learners = sum(1 for _ in get(f"/credit/admin/pars/learners.tsv?year={args.year}",
                                  "admin").splitlines()) - 1
    if len(rows) != 2 or f"\t{args.sessions}" not in rows[1] or \
            learners != args.sessions * args.learners:
        raise SystemExit(f"the batch files are not one RSS row and "
                         f"{args.sessions * args.learners} learners: {rows[:2]}, {learners}")


FULL = {"entries": 5000, "sessions": 52, "learners": 200, "requests": 300,
        "export_requests": 30, "rounds": 3, "warmup": 20}
TINY = {"entries": 200, "sessions": 4, "learners": 10, "requests": 50, "export_requests": 10,
        "rounds": 1, "warmup": 5}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, help="the learner's ledger entries (5,000)")
    parser.add_argument("--sessions", type=int, help="sessions of the weekly series (52)")
    parser.add_argument("--learners", type=int, help="learners at each session (200)")
    # A year before the learner's ten years of history, so the files hold the series alone.
    parser.add_argument("--year", type=int, default=date.today().year - 11,
                        help="the year the series ran (eleven years ago)")
    parser.add_argument("--requests", type=int, help="requests per round for /livez and "
                        "the credit page (300)")
    parser.add_argument("--export-requests", type=int,
                        help="requests per round for each batch file (30)")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--rounds", type=int, help="rounds (3)")
    parser.add_argument("--warmup", type=int, help="warm-up requests per endpoint (20)")
    parser.add_argument("--tiny", action="store_true",
                        help="200 entries, 4 sessions × 10 learners, 1 round: a smoke run (CI)")
    args = parser.parse_args()
    for name, value in (TINY if args.tiny else FULL).items():
        if getattr(args, name) is None:
            setattr(args, name, value)

    env = bench_env(tempfile.mkdtemp(prefix="rounds-bench-"))
    print(f"seeding {args.entries:,} ledger entries and a series of {args.sessions} sessions × "
          f"{args.learners} learners …", flush=True)
    emails = dict(zip(("learner", "admin"), seed(env, args), strict=True))
    port = free_port()
    server = start_gunicorn(env, port, args.threads)
    base = f"http://127.0.0.1:{port}"
    endpoints = {"trivial /livez": ("/livez", "learner", args.requests),
                 "credit page": ("/credit", "learner", args.requests),
                 "PARS activities": (f"/credit/admin/pars/activities.tsv?year={args.year}",
                                     "admin", args.export_requests),
                 "PARS learners": (f"/credit/admin/pars/learners.tsv?year={args.year}",
                                   "admin", args.export_requests)}
    try:
        cookies = {who: sign_in(base, email) for who, email in emails.items()}
        check(base, cookies, args)
        print("warming up …", flush=True)
        for path, who, _ in endpoints.values():
            drive(base + path, args.concurrency, args.warmup, cookies[who])
        runs: dict[str, list[dict]] = {name: [] for name in endpoints}
        for n in range(args.rounds):  # interleaved, so drift hits all alike
            print(f"round {n + 1}/{args.rounds} …", flush=True)
            for name, (path, who, count) in endpoints.items():
                runs[name].append(drive(base + path, args.concurrency, count, cookies[who]))
    finally:
        server.terminate()
        server.wait(timeout=10)
    report(runs, args)


def report(runs: dict[str, list[dict]], args: argparse.Namespace) -> None:
    rows = summarise(runs)
    trivial = rows["trivial /livez"]
    ratios = {name: round(row["requests_per_second"] / trivial["requests_per_second"], 4)
              for name, row in rows.items() if name != "trivial /livez"}
    print(f"\n{args.entries:,} ledger entries; series of {args.sessions} sessions × "
          f"{args.learners} learners; gunicorn 1 process × {args.threads} threads, "
          f"{args.concurrency} connections, {args.rounds} rounds (medians)")
    print_and_save("credit", rows, ratios, args)


if __name__ == "__main__":
    main()

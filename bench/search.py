"""Benchmark: search over 100,000 posts (issue 14), on the embedded Whoosh index and, when the
database is PostgreSQL, on the PostgreSQL full-text backend too.

Builds the posts with a fixed seed (rows inserted in bulk: 10 posts a topic, 50 members, a
Zipf-like vocabulary; some posts quote others, some say "peaked T waves", one says
"zygomycosis"; and 500 live sessions open to members), rebuilds the index (posts/s), then
times six kinds of query — a common term, two common terms, a rare term, a phrase, a
filtered query (a board and a tag), and the sessions (`kind=sessions`) — as:

  raw     the library alone, on a searcher kept open (Whoosh) or the raw SQL (PostgreSQL):
          the floor, measured in the same run
  service community.search.service.search (visibility, one hit per topic, excerpts)
  http    GET /api/v1/search through gunicorn (one process), one connection, keep-alive;
          GET /livez on the same connection is its floor

and a new post's way into the index: the request's time (create + commit) and the time until
it is searchable (goal 2 s), measured in the same process with the batcher's thread.

    .venv/bin/python bench/search.py [--posts 100000] [--queries 200]
    .venv/bin/python bench/search.py --tiny        # 2,000 posts, 20 queries a kind (CI)

Goals: p95 <= 50 ms through the service and <= 60 ms over HTTP for every kind; rebuild
>= 2,000 posts/s; a new post searchable within 2 s. Figures go to stdout and
bench/results/search.json (search.tiny.json with --tiny). Exits non-zero when a query
answered anything but 200 or found nothing where it must.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from topic_page import bench_env, free_port, fresh_schema, insert_members, start_gunicorn

SEED = 14
COMMON = ["patient", "dose", "renal", "infusion", "pressure", "lactate", "sepsis", "ward",
          "cardiac", "fluid", "review", "admission", "history", "blood", "culture", "chest",
          "pain", "therapy", "acute", "chronic", "management", "discharge", "imaging", "fever",
          "oxygen", "airway", "insulin", "potassium", "sodium", "anticoagulation"]
FILLER = ["the", "a", "with", "and", "of", "in", "on", "after", "before", "was", "were",
          "is", "we", "started", "noted", "showed", "given", "rose", "fell", "day", "hours"]
TAGS = ["teaching", "ecg", "imaging", "guideline", "case", "pharmacology", "icu", "paeds"]
QUERIES = {
    "common term": {"q": "patient"},
    "two common terms": {"q": "patient dose"},
    "rare term": {"q": "zygomycosis"},
    "phrase": {"q": '"peaked t waves"'},
    "filtered": {"q": "sepsis", "board": None, "tag": "teaching"},  # board: the first one
    "kind: sessions": {"q": "sepsis", "kind": "sessions"},
}
SESSIONS = 500  # live sessions open to members, beside the posts (the `kind` filter)


def _vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    syllables = ["ka", "lo", "mi", "ne", "ra", "ti", "vo", "su", "pe", "da", "xo", "bri",
                 "tor", "gan", "mel", "fu", "zen", "qui", "ho", "ly"]
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def _body(rng: random.Random, words: list[str], weights: list[float]) -> str:
    n = rng.randint(25, 90)
    chosen = rng.choices(words, weights=weights, k=n)
    return " ".join(chosen).capitalize() + "."


def seed(env: dict[str, str], posts: int) -> dict:
    """The schema, members, topics and posts (rows, fixed seed); what the queries need."""
    os.environ.update(env)
    from sqlalchemy import insert, select, text

    from community.app import create_app
    from community.boards.models import Post, Tag, Topic, topic_tags
    from community.platform.db import db
    from community.platform.spaces.models import Board
    from realtime.sessions.models import LiveSession

    rng = random.Random(SEED)
    vocabulary = COMMON + FILLER + _vocabulary(rng)
    # Zipf-like: the common and filler words are frequent, the invented ones form a long tail.
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(vocabulary))]
    app = create_app()
    with app.app_context():
        fresh_schema()
        session = db.session
        members = insert_members(session, 50)
        boards = session.scalars(select(Board).order_by(Board.id)).all()
        tags = []
        for name in TAGS:
            tag = Tag(name=name)
            session.add(tag)
            tags.append(tag)
        session.flush()
        start = datetime(2025, 1, 1, tzinfo=UTC)
        topics = max(1, posts // 10)
        topic_rows, tag_rows = [], []
        for t in range(topics):
            topic_rows.append({"id": t + 1, "board_id": boards[t % len(boards)].id,
                               "author_id": members[t % len(members)].id,
                               "title": f"Question {t}: {' '.join(rng.sample(COMMON, 3))}",
                               "post_count": 0, "pinned": False, "locked": False,
                               "created_at": start + timedelta(minutes=t),
                               "last_posted_at": start + timedelta(minutes=t)})
            for tag in rng.sample(tags, 2):
                tag_rows.append({"topic_id": t + 1, "tag_id": tag.id})
        for n in range(0, len(topic_rows), 5000):
            session.execute(insert(Topic), topic_rows[n:n + 5000])
        session.execute(insert(topic_tags), tag_rows)
        rare = rng.randrange(posts)
        rows, numbers = [], {}
        for p in range(posts):
            topic_id = p % topics + 1
            numbers[topic_id] = numbers.get(topic_id, 0) + 1
            said = _body(rng, vocabulary, weights)
            if p == rare:
                said += " Biopsy confirmed zygomycosis."
            if p % 200 == 7:
                said += " The ECG showed peaked T waves."
            cooked = f"<p>{said}</p>"
            if p % 25 == 3:  # a reply quoting someone else: indexed as its own words only
                cooked = f"<blockquote><p>{_body(rng, vocabulary, weights)}</p></blockquote>" + cooked
            rows.append({"topic_id": topic_id, "author_id": members[p % len(members)].id,
                         "number": numbers[topic_id], "raw": said, "cooked": cooked,
                         "revision": 1, "like_count": 0,
                         "created_at": start + timedelta(minutes=topic_id, seconds=p)})
            if len(rows) == 5000:
                session.execute(insert(Post), rows)
                rows = []
        if rows:
            session.execute(insert(Post), rows)
        session.execute(insert(LiveSession), [
            {"board_id": boards[n % len(boards)].id, "host_id": members[n % len(members)].id,
             "kind": "journal_club", "title": f"Journal club: {' '.join(rng.sample(COMMON, 3))}",
             "description_raw": _body(rng, vocabulary, weights),
             "description_cooked": f"<p>{_body(rng, vocabulary, weights)}</p>",
             "starts_at": start + timedelta(days=n), "ends_at": start + timedelta(days=n, hours=1),
             "capacity": 50, "state": "scheduled", "registration_opened_at": start}
            for n in range(SESSIONS)])
        if session.get_bind().dialect.name == "postgresql":  # topics were given their ids
            session.execute(text("SELECT setval(pg_get_serial_sequence('topics', 'id'), "
                                 "(SELECT max(id) FROM topics))"))
        session.commit()
        return {"board": boards[0].slug, "members": [m.id for m in members]}


def _existing(env: dict[str, str]) -> dict:
    os.environ.update(env)
    from sqlalchemy import select

    from community.app import create_app
    from community.platform.db import db
    from community.platform.spaces.models import Board

    with create_app().app_context():
        return {"board": db.session.scalar(select(Board.slug).order_by(Board.id))}


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 2)


def _times(fn, n: int, cpu_of=None) -> dict:
    """Wall p50/p95, and CPU: this process's per call (p50/p95), or with `cpu_of` (a pid)
    that process's CPU per call on average. The machine is shared: wall times include the
    waits for a core, CPU times do not."""
    fn()  # warm
    times, cpus = [], []
    server_cpu = _cpu_seconds(cpu_of) if cpu_of else 0.0
    for _ in range(n):
        started, cpu = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    out = {"p50_ms": _p(times, 0.5), "p95_ms": _p(times, 0.95)}
    if cpu_of:
        out["server_cpu_mean_ms"] = round((_cpu_seconds(cpu_of) - server_cpu) / n * 1000, 2)
    else:
        out["cpu_p50_ms"], out["cpu_p95_ms"] = _p(cpus, 0.5), _p(cpus, 0.95)
    return out


def _cpu_seconds(pid: int) -> float:
    """utime + stime of a process and its children (gunicorn's worker), in seconds."""
    total = 0.0
    for candidate in [pid, *_children(pid)]:
        with open(f"/proc/{candidate}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as children:
            return [int(c) for c in children.read().split()]
    except OSError:
        return []


def _raw(app, backend: str):
    """The library alone: Whoosh's searcher kept open, or the raw SQL; no visibility, no
    folding by topic, no excerpts (the filtered query keeps its board and tag)."""
    from sqlalchemy import text
    from whoosh.query import And, Term

    from community.search import index, whoosh_backend

    path = app.config["SEARCH_INDEX_PATH"]
    board_ids = {}

    def board_id(session, slug):
        if slug not in board_ids:
            board_ids[slug] = session.execute(text("SELECT id FROM boards WHERE slug = :s"),
                                              {"s": slug}).scalar()
        return board_ids[slug]

    def whoosh(session, params):
        q = whoosh_backend.parse(params["q"])
        if params.get("kind"):
            q = And([q, Term("kind", "session")])
            with index.searching(index.items_path(path), index.ITEM_SCHEMA) as opened:
                return [hit["item_id"] for hit in opened.searcher.search(q, limit=20)]
        if params.get("board"):
            q = And([q, Term("board_id", str(board_id(session, params["board"]))),
                     Term("tags", params["tag"])])
        with index.searching(path) as opened:
            return [hit["post_id"] for hit in opened.searcher.search(q, limit=20)]

    def postgres(session, params):
        where, values = "", {"q": params["q"]}
        if params.get("kind"):
            return session.execute(text(
                "SELECT item_id FROM search_items si, websearch_to_tsquery('english', :q) "
                "query WHERE kind = 'session' AND document @@ query "
                "ORDER BY ts_rank(document, query) DESC LIMIT 20"), values).all()
        if params.get("board"):
            where = (" AND board_id = :board AND EXISTS (SELECT 1 FROM topic_tags tt JOIN tags "
                     "tg ON tg.id = tt.tag_id WHERE tt.topic_id = sp.topic_id AND tg.name = :tag)")
            values.update(board=board_id(session, params["board"]), tag=params["tag"])
        return session.execute(text(
            "SELECT post_id FROM search_posts sp, websearch_to_tsquery('english', :q) query "
            f"WHERE document @@ query{where} ORDER BY ts_rank(document, query) DESC LIMIT 20"),
            values).all()

    return whoosh if backend == "whoosh" else postgres


def _raw_count(app, backend: str):
    from community.search import pg_backend, whoosh_backend

    path = app.config["SEARCH_INDEX_PATH"]
    if backend == "whoosh":
        return lambda session, word: whoosh_backend.count(path, word)
    return lambda session, word: pg_backend.count(session, word)


def _queries(session, path, raw_search, board, queries, backend, out) -> dict:
    from community.search import service

    for kind, params in QUERIES.items():
        params = {k: (board if k == "board" else v) for k, v in params.items()}
        found = service.search(session, path, None, params)
        if not found.hits:
            raise SystemExit(f"[{backend}] {kind}: nothing found for {params}")
        raw = _times(lambda p=params: raw_search(session, p), queries)
        timed = _times(lambda p=params: service.search(session, path, None, p), queries)
        session.rollback()
        out[kind] = {"raw": raw, "service": timed, "total": found.total,
                     "estimated": found.estimated}
        print(f"[{backend}] {kind:17} raw p50 {raw['p50_ms']:7} p95 {raw['p95_ms']:7} | "
              f"service p50 {timed['p50_ms']:7} p95 {timed['p95_ms']:7} ms | CPU p95 raw "
              f"{raw['cpu_p95_ms']} service {timed['cpu_p95_ms']} ms | "
              f"{'about ' if found.estimated else ''}{found.total} results", flush=True)
    return out


def measure_in_process(env: dict[str, str], board: str, queries: int, backend: str,
                       rebuild: bool = True) -> dict:
    """Rebuild (posts/s), then raw and service timings per kind of query."""
    os.environ.update(env)
    from community.app import create_app
    from community.platform.db import db
    from community.search import service

    app = create_app()
    out: dict = {}
    with app.app_context():
        session = db.session
        path = app.config["SEARCH_INDEX_PATH"]
        raw_search = _raw(app, backend)
        shown = []

        def progress(done: int, total: int) -> None:
            shown.append(done)

        if not rebuild:
            return _queries(session, path, raw_search, board, queries, backend, out)
        started, cpu = time.perf_counter(), time.process_time()
        count = service.rebuild(session, path, progress=progress)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        out["rebuild"] = {"posts": count, "seconds": round(seconds, 2),
                          "posts_per_second": round(count / seconds),
                          "posts_per_cpu_second": round(count / cpu)}
        print(f"[{backend}] rebuild: {count} posts in {seconds:.1f} s = "
              f"{count / seconds:,.0f} posts/s ({count / cpu:,.0f} per CPU second of this "
              f"process)", flush=True)
        _queries(session, path, raw_search, board, queries, backend, out)
    return out


def measure_new_post(env: dict[str, str], backend: str) -> dict:
    """A new post written through the boards service: the request's time, and the time
    until a search (raw, without this process's read-your-writes flush) finds it."""
    os.environ.update(env)
    from sqlalchemy import select

    from community.app import create_app
    from community.boards import service as boards
    from community.platform.accounts.models import User
    from community.platform.db import commit, db
    from community.platform.spaces.models import Board

    app = create_app()
    out = {}
    with app.app_context():
        session = db.session
        count = _raw_count(app, backend)
        author = session.scalar(select(User).where(User.username == "member1"))
        if hasattr(author, "email_verified_at") and author.email_verified_at is None:
            author.email_verified_at = datetime.now(UTC)
        author.trust_level = max(author.trust_level, 2)
        session.commit()
        board = session.scalar(select(Board).order_by(Board.id))
        request_times, visible_after = [], []
        for n in range(5):
            word = f"quixotry{n}x{int(time.time())}"
            started = time.perf_counter()
            boards.create_topic(session, author, board,
                                {"title": f"A new question about {word}",
                                 "raw": f"Has anyone seen {word} before?", "tags": []})
            commit(session)
            request_times.append(time.perf_counter() - started)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                if count(session, word):
                    break
                time.sleep(0.02)
            else:
                raise SystemExit(f"[{backend}] a new post was not searchable within 10 s")
            visible_after.append(time.perf_counter() - started)
            session.rollback()
        out = {"request_ms_max": round(max(request_times) * 1000, 1),
               "request_ms_median": round(statistics.median(request_times) * 1000, 1),
               "searchable_after_s_max": round(max(visible_after), 2)}
        print(f"[{backend}] new post: request median {out['request_ms_median']} ms, max "
              f"{out['request_ms_max']} ms; searchable after at most "
              f"{out['searchable_after_s_max']} s", flush=True)
    return out


def measure_http(env: dict[str, str], board: str, queries: int, backend: str) -> dict:
    port = free_port()
    server = start_gunicorn(env, port, 4)
    out = {}
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

        def get(path: str) -> None:
            connection.request("GET", path, headers={"User-Agent": "rounds-bench"})
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                raise SystemExit(f"[{backend}] {path} answered {response.status}")

        out["trivial /livez"] = _times(lambda: get("/livez"), queries, server.pid)
        print(f"[{backend}] http /livez           p50 {out['trivial /livez']['p50_ms']:7} "
              f"p95 {out['trivial /livez']['p95_ms']:7} ms, server CPU "
              f"{out['trivial /livez']['server_cpu_mean_ms']} ms a request", flush=True)
        from urllib.parse import urlencode

        for kind, params in QUERIES.items():
            params = {k: (board if k == "board" else v) for k, v in params.items()}
            path = "/api/v1/search?" + urlencode(params)
            out[kind] = _times(lambda p=path: get(p), queries, server.pid)
            form = "/search?" + urlencode(params)
            page = _times(lambda p=form: get(p), max(5, queries // 4), server.pid)
            out[kind + " (page)"] = page
            print(f"[{backend}] http {kind:17} p50 {out[kind]['p50_ms']:7} p95 "
                  f"{out[kind]['p95_ms']:7} ms, server CPU {out[kind]['server_cpu_mean_ms']} ms "
                  f"a request | page p95 {page['p95_ms']} ms", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, help="posts to build (100000)")
    parser.add_argument("--queries", type=int, help="timed queries per kind and layer (200)")
    parser.add_argument("--backend", choices=("whoosh", "postgres", "both"), default="both",
                        help="which backends (postgres only on a PostgreSQL database)")
    parser.add_argument("--reuse", metavar="INSTANCE",
                        help="measure again on the posts and index an earlier run built there "
                             "(no build, no rebuild)")
    parser.add_argument("--rebuild", action="store_true",
                        help="with --reuse: rebuild the index too (and time it)")
    parser.add_argument("--tiny", action="store_true",
                        help="2,000 posts, 20 queries a kind: a smoke run for CI")
    args = parser.parse_args()
    if args.posts is None:
        args.posts = 2000 if args.tiny else 100_000
    if args.queries is None:
        args.queries = 20 if args.tiny else 200

    instance = args.reuse or tempfile.mkdtemp(prefix="rounds-bench-search-")
    env = bench_env(instance, ROUNDS_EMAIL_VERIFICATION_REQUIRED="false",
                    ROUNDS_POSTING_LIMITS="topic_new=0,reply_new=0,topic=0,reply=0")
    postgres = env["ROUNDS_DATABASE_URL"].startswith("postgresql")
    backends = ["whoosh", "postgres"] if args.backend == "both" else [args.backend]
    if not postgres:
        if args.backend == "postgres":
            raise SystemExit("the postgres backend needs ROUNDS_BENCH_DATABASE_URL (PostgreSQL)")
        backends = ["whoosh"]
    print(f"building {args.posts:,} posts (seed {SEED}) on "
          f"{'PostgreSQL' if postgres else 'SQLite'} …", flush=True)
    started = time.perf_counter()
    facts = _existing(env) if args.reuse else seed(env, args.posts)
    print(f"built in {time.perf_counter() - started:.1f} s (in {instance})", flush=True)
    results: dict = {"settings": vars(args), "backends": {}}
    for backend in backends:
        backend_env = {**env, "ROUNDS_SEARCH_BACKEND": backend}
        results["backends"][backend] = {
            "in_process": measure_in_process(backend_env, facts["board"], args.queries,
                                             backend, rebuild=not args.reuse or args.rebuild),
            "http": measure_http(backend_env, facts["board"], args.queries, backend),
            "new_post": measure_new_post(backend_env, backend),
        }
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"search{'.tiny' if args.tiny else ''}.json").write_text(json.dumps(results,
                                                                              indent=2))
    print("\n==== p95 ms (goal: service <= 50, http <= 60)")
    for backend, figures in results["backends"].items():
        for kind in QUERIES:
            f = figures["in_process"][kind]
            print(f"{backend:8} {kind:17} raw {f['raw']['p95_ms']:7} service "
                  f"{f['service']['p95_ms']:7} http {figures['http'][kind]['p95_ms']:7}")
        rebuilt = figures["in_process"].get("rebuild", {}).get("posts_per_second", "-")
        print(f"{backend:8} rebuild {rebuilt} "
              f"posts/s; new post searchable after {figures['new_post']['searchable_after_s_max']}"
              f" s; http /livez p95 {figures['http']['trivial /livez']['p95_ms']} ms")


if __name__ == "__main__":
    main()

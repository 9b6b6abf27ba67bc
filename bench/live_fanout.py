"""Benchmark: one chat message fanned out to N members of one live room (issue 5).

For each N (100, 300, 500 by default), fresh server processes are started and N members
join one session over websockets (bench/live_clients.py: asyncio clients in separate client
processes, tokens of members registered to the session). Senders in this process — the
host and three members, in turn, so the room's per-member chat limit is respected as it
is — send M chat messages one at a time, each named with a client_id (an idempotency key) as
the room's client names every message; each member records when each arrived. Latency is
arrival minus the moment the sender emitted, over all N x M deliveries. Server memory is
the resident set of the gunicorn worker(s) warm (the senders joined), after the
joins and after the messages.

The baseline, in the same run and served the same way (gunicorn, one gthread worker,
python-socketio `threading` mode with simple-websocket, websocket transport), is
bench/live_bare.py: a bare python-socketio server emitting the same payload — the event the
room broadcast, byte for byte but for its marker — to a room of the same N clients, with no
authentication, database or membership check.

Then the same across two server processes sharing rooms through Redis (half the members on
each, the senders on the first), against two bare servers sharing theirs through Redis.

    .venv/bin/python bench/live_fanout.py [--clients 100,300,500] [--messages 8] [--repeat 1]
    .venv/bin/python bench/live_fanout.py --tiny   # 5 members, 2 messages, 2 pairs (CI)

This bench's single ratios swing by 0.3 between runs of one tree, so a goal is judged on the
median of several pairs (`--repeat 5`): each pair is a Rounds run and a bare run back to back,
alternating which goes first; the ratios are taken within each pair, then their median.

Needs the `bench` extra (aiohttp for the asyncio clients): pip install -e '.[bench]'.
ROUNDS_BENCH_DATABASE_URL runs on PostgreSQL (its schema is dropped and rebuilt), default a
temporary SQLite file; ROUNDS_BENCH_REDIS_URL (default redis://127.0.0.1:6379/6) is used for
the two-process runs (--processes 1 skips them). Figures go to stdout and
bench/results/live_fanout.json (live_fanout.tiny.json with --tiny).

--tiny runs one server process without Redis unless ROUNDS_BENCH_REDIS_URL is set (then the
two-process layout through it as well), messages 0.25 s apart.
Exits non-zero if a member failed to join, was disconnected or missed a message.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SENDERS = 4  # the host and three members take turns: 2 messages each per 8 s at most
BODY = ("fanout-{k}- Would you start a **heparin infusion** now, or wait for the second "
        "troponin? The HEART score was 6 and the ECG shows ST depression in V4-V6.")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------- the room, arranged once

def seed(env: dict[str, str], members: int) -> tuple[int, list[str]]:
    """Schema, a session in its lobby with registration open and `members` + 3 registered
    members, each with an API token. Returns the session id and the tokens, host first."""
    os.environ.update(env)
    from sqlalchemy import make_url, text

    url = make_url(env["ROUNDS_DATABASE_URL"])
    if url.get_backend_name() == "sqlite" and url.database:
        # A fresh file for every case (PostgreSQL's schema is dropped below).
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(url.database + suffix).unlink(missing_ok=True)

    from community.app import create_app
    from community.models import Base
    from community.platform.accounts.models import User
    from community.platform.accounts.service import create_token, hash_password
    from community.platform.db import commit, db, utcnow
    from community.platform.spaces.specialties import ensure_default_boards
    from realtime.sessions.models import LiveSession, SessionRegistration

    app = create_app({})
    with app.app_context():
        engine = db.engine
        if engine.dialect.name == "postgresql":
            with engine.begin() as connection:
                connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        Base.metadata.create_all(engine)
        session = db.session
        ensure_default_boards(session)
        password = hash_password("bench password 1")
        users = [User(email=f"m{i}@example.org", username=f"m{i}", password_hash=password,
                      display_name=f"Dr Member {i}", credentials="MD", trust_level=1,
                      email_verified_at=utcnow())
                 for i in range(members + SENDERS)]
        session.add_all(users)
        session.flush()
        from community.platform.spaces.models import Board

        board = session.query(Board).order_by(Board.id).first()
        now = utcnow()
        # Bulk arrangement (the bench measures the room, not scheduling): a journal club
        # starting in ten minutes, registration open, seats for all. Members chat in its
        # lobby (the room's path is the same once live; starting would need the host's
        # reviewed disclosure, which is not what is measured here).
        live = LiveSession(board_id=board.id, host_id=users[0].id, kind="journal_club",
                           title="Journal club: fan-out", starts_at=now + timedelta(minutes=10),
                           ends_at=now + timedelta(hours=3), capacity=members + SENDERS,
                           state="scheduled", registration_opened_at=now,
                           article_citation="Bench M. Fan-out. 2026.")
        session.add(live)
        session.flush()
        session.add_all(SessionRegistration(session_id=live.id, user_id=u.id,
                                            status="registered") for u in users[1:])
        tokens = [create_token(session, u, "bench")[1] for u in users]
        commit(session)
        session_id = live.id
        db.engine.dispose()  # the engine is the app's: dispose of it inside its context
    return session_id, tokens


# ---------------------------------------------------------------- processes

def start_server(kind: str, env: dict[str, str], threads: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    target = ["wsgi:app"] if kind == "rounds" else ["--chdir", "bench", "live_bare:app"]
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--workers", "1", "--worker-class", "gthread",
         "--threads", str(threads), "--bind", f"127.0.0.1:{port}", "--log-level", "warning",
         *target],
        cwd=ROOT, env={**os.environ, **env})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/socket.io/?EIO=4&transport=polling", timeout=1)
            return server, url
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit(f"the {kind} server did not start")


def worker_rss_mib(server: subprocess.Popen) -> float:
    """Resident memory of gunicorn's worker (the arbiter's child), from /proc."""
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
    total = 0
    for pid in children or [str(server.pid)]:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# ---------------------------------------------------------------- one measured run

@dataclass
class Case:
    kind: str          # rounds | bare
    clients: int
    processes: int     # server processes (2: through Redis)
    repeat: int = 0    # which of the --repeat pairs
    figures: dict = field(default_factory=dict)


async def read_json_line(process: asyncio.subprocess.Process, timeout: float) -> dict:
    line = await asyncio.wait_for(process.stdout.readline(), timeout)
    if not line:
        raise SystemExit("a client process ended early (see its stderr above)")
    return json.loads(line)


async def settled(last_presence: list[float], since: float, quiet: float = 2.0,
                  limit: float = 180.0) -> float:
    """Wait until the joins' presence broadcasts have all arrived (none for `quiet`
    seconds): the chat is then measured in a quiet room, not behind the join storm.
    Returns how long the room took to settle after the last client joined."""
    while time.monotonic() - last_presence[0] < quiet and time.monotonic() - since < limit:
        await asyncio.sleep(0.1)
    return round(max(last_presence[0] - since, 0.0), 2)


async def senders_for(case: Case, url: str, room: str, tokens: list[str]) -> list:
    import socketio

    socks = []
    for i in range(SENDERS):
        sock = socketio.AsyncClient(reconnection=False, handle_sigint=False)
        auth = {"token": tokens[i]} if case.kind == "rounds" else None
        # A fresh process's first connect configures the ORM's mappers (~0.5 s quiet, over
        # 1 s on a loaded machine): wait as the members do, not python-socketio's 1 s.
        await sock.connect(url, auth=auth, transports=["websocket"], namespaces=["/live"],
                           wait_timeout=30)
        payload = {"session_id": int(room)} if case.kind == "rounds" else {"room": room}
        answer = await sock.call("join", payload, namespace="/live", timeout=60)
        assert answer.get("ok"), answer
        socks.append(sock)
    return socks


async def measure(case: Case, args: argparse.Namespace, env: dict[str, str], room: str,
                  tokens: list[str], payload: dict | None) -> dict | None:
    """Start the servers, join the clients, send the messages; fills case.figures and
    returns the room's event as received (the bare servers' payload)."""
    threads = case.clients + 64  # threading mode: one thread per websocket
    servers = [start_server(case.kind, env, threads) for _ in range(case.processes)]
    try:
        # The senders join first: the code paths are warm when memory is first read.
        socks = await senders_for(case, servers[0][1], room, tokens)
        received: list[dict] = []
        socks[0].on("event", lambda data: received.append(data), namespace="/live")
        last_presence = [time.monotonic()]
        socks[0].on("presence", lambda _data: last_presence.__setitem__(0, time.monotonic()),
                    namespace="/live")
        await asyncio.sleep(0.5)
        rss_idle = sum(worker_rss_mib(s) for s, _ in servers)
        members = tokens[SENDERS:SENDERS + case.clients]
        procs = []
        per_proc = -(-case.clients // args.client_processes)
        tmp = Path(tempfile.mkdtemp(prefix="rounds-fanout-"))
        for i in range(args.client_processes):
            chunk = members[i * per_proc:(i + 1) * per_proc]
            url = servers[i % case.processes][1]
            command = [sys.executable, str(ROOT / "bench" / "live_clients.py"), "--url", url,
                       "--mode", case.kind, "--room", room, "--expect", str(args.messages)]
            if case.kind == "rounds":
                (tmp / f"{i}.json").write_text(json.dumps(chunk))
                command += ["--tokens", str(tmp / f"{i}.json")]
            else:
                command += ["--count", str(len(chunk))]
            # A client process's one line of arrivals outgrows asyncio's 64 KiB line limit
            # past 8 messages to 500 members.
            procs.append(await asyncio.create_subprocess_exec(
                *command, stdout=asyncio.subprocess.PIPE, cwd=ROOT, limit=2 ** 24))
        ready = [await read_json_line(p, 240) for p in procs]
        joined = sum(r["ready"] for r in ready)
        settle = await settled(last_presence, time.monotonic())
        rss_joined = sum(worker_rss_mib(s) for s, _ in servers)
        sent: dict[str, float] = {}
        acks: list[float] = []
        # One unmeasured message first, on both servers alike (no marker: clients do not
        # count it): a fresh process compiles and caches the chat's statements on its first
        # message, a cost paid once per process, not per message.
        if case.kind == "rounds":
            # Named as the room's client names every message (room.js: its client_id).
            warm = {"session_id": int(room), "body": "Warming up: welcome, everyone.",
                    "client_id": uuid.uuid4().hex}
        else:
            warm = {"room": room, "payload": {"warm": True}} if payload is None else {
                "room": room, "payload": json.loads(json.dumps(payload).replace(
                    "fanout-0-", "warm-up-"))}
        answer = await socks[-1].call("chat", warm, namespace="/live", timeout=60)
        assert answer.get("ok"), answer
        await asyncio.sleep(args.interval)
        for k in range(args.messages):
            sock = socks[k % SENDERS]
            if case.kind == "rounds":
                message = {"session_id": int(room), "body": BODY.format(k=k),
                           "client_id": uuid.uuid4().hex}
            else:
                text = json.dumps(payload).replace("fanout-0-", f"fanout-{k}-")
                message = {"room": room, "payload": json.loads(text)}
            sent[str(k)] = time.time()
            answer = await sock.call("chat", message, namespace="/live", timeout=60)
            acks.append(time.time() - sent[str(k)])
            assert answer.get("ok"), answer
            await asyncio.sleep(args.interval)
        arrivals: dict[str, list[float]] = {}
        dropped = 0
        for p in procs:
            result = await read_json_line(p, args.interval * args.messages + 120)
            dropped += result["dropped"]
            for k, times in result["arrivals"].items():
                arrivals.setdefault(k, []).extend(times)
            await p.wait()
        rss_after = sum(worker_rss_mib(s) for s, _ in servers)
        for sock in socks:
            await sock.disconnect()
        latencies = sorted((t - sent[k]) * 1000 for k, times in arrivals.items()
                           for t in times)
        per_message = [round(statistics.median(sorted((t - sent[k]) * 1000 for t in times)), 1)
                       for k, times in sorted(arrivals.items(), key=lambda kv: int(kv[0]))]
        expected = joined * args.messages
        case.figures = {
            "joined": joined, "join_seconds": max(r["join_seconds"] for r in ready),
            "settle_seconds": settle, "dropped": dropped, "deliveries": len(latencies), "expected": expected,
            "p50_ms": round(statistics.median(latencies), 2) if latencies else None,
            "p99_ms": round(latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))],
                            2) if latencies else None,
            "max_ms": round(latencies[-1], 2) if latencies else None,
            "ack_p50_ms": round(statistics.median(acks) * 1000, 2),
            "message_p50_ms": per_message,
            "connect_ms": _worst(ready, "connect_ms"), "join_call_ms": _worst(ready, "join_call_ms"),
            "rss_warm_mib": round(rss_idle, 1), "rss_joined_mib": round(rss_joined, 1),
            "rss_after_mib": round(rss_after, 1),
            "kib_per_member": round((rss_joined - rss_idle) * 1024 / max(joined, 1), 1),
        }
        chats = [e for e in received if e.get("kind") == "chat" and "fanout-0-" in json.dumps(e)]
        return chats[0] if chats else None
    finally:
        for server, _ in servers:
            stop(server)


def _worst(ready: list[dict], key: str) -> dict | None:
    """The client processes' p50 and p90 (of a connect or a join call), the higher of each."""
    found = [r[key] for r in ready if r.get(key)]
    return {q: max(f[q] for f in found) for q in ("p50", "p90")} if found else None


# ---------------------------------------------------------------- report

def table(cases: list[Case]) -> str:
    head = ("| servers | N | server | joined | deliveries | p50 ms | p99 ms | max ms "
            "| RSS warm MiB | RSS joined MiB | KiB/member | ratio p50 | ratio p99 |")
    rows = [head, "|" + "---|" * 13]
    bare = _bare_beside(cases)
    for c in cases:
        f, b = c.figures, bare.get((c.processes, c.clients, c.repeat), {})
        ratio = ("", "")
        if c.kind == "rounds" and b.get("p50_ms"):
            ratio = (f"**{f['p50_ms'] / b['p50_ms']:.2f}**", f"**{f['p99_ms'] / b['p99_ms']:.2f}**")
        where = "1" if c.processes == 1 else f"{c.processes} (Redis)"
        rows.append(f"| {where} | {c.clients} | {c.kind} | {f['joined']} | {f['deliveries']}/"
                    f"{f['expected']} | {f['p50_ms']} | {f['p99_ms']} | {f['max_ms']} | "
                    f"{f['rss_warm_mib']} | {f['rss_joined_mib']} | {f['kib_per_member']} | "
                    f"{ratio[0]} | {ratio[1]} |")
    return "\n".join(rows)


PAIR_ORDERS = (("rounds", "bare"), ("bare", "rounds"))


def _bare_beside(cases: list[Case]) -> dict[tuple[int, int, int], dict]:
    """The bare runs' figures by (processes, clients, pair): what each Rounds run is set against."""
    return {(c.processes, c.clients, c.repeat): c.figures for c in cases if c.kind == "bare"}


def summarize(cases: list[Case]) -> list[dict]:
    """Per layout and room size, over the pairs: each pair's ratios (Rounds over the bare
    server run beside it) and their medians, for the fan-out's p50 and p99 and the fill."""
    pairs: dict[tuple[int, int], list[tuple[dict, dict]]] = {}
    bare = _bare_beside(cases)
    for c in cases:
        b = bare.get((c.processes, c.clients, c.repeat))
        if c.kind == "rounds" and b and b.get("p50_ms") and c.figures.get("p50_ms"):
            pairs.setdefault((c.processes, c.clients), []).append((c.figures, b))
    summary = []
    for (processes, clients), found in pairs.items():
        ratios = {
            "p50": [r["p50_ms"] / b["p50_ms"] for r, b in found],
            "p99": [r["p99_ms"] / b["p99_ms"] for r, b in found],
            "fill": [r["join_seconds"] / b["join_seconds"] for r, b in found],
        }
        summary.append({
            "processes": processes, "clients": clients, "pairs": len(found),
            "fill_seconds_median": round(statistics.median(r["join_seconds"] for r, _ in found), 2),
            "bare_fill_seconds_median": round(statistics.median(
                b["join_seconds"] for _, b in found), 2),
            **{f"ratio_{name}_median": round(statistics.median(values), 2)
               for name, values in ratios.items()},
            **{f"ratio_{name}_each": [round(v, 2) for v in values]
               for name, values in ratios.items()},
        })
    return summary


def summary_table(summary: list[dict]) -> str:
    rows = ["| servers | N | pairs | fan-out ratio p50, median (each) | p99, median (each) "
            "| fill Rounds / bare, medians | fill ratio, median (each) |", "|" + "---|" * 7]
    for s in summary:
        where = "1" if s["processes"] == 1 else f"{s['processes']} (Redis)"
        each = {k: ", ".join(f"{v:.2f}" for v in s[f"ratio_{k}_each"])
                for k in ("p50", "p99", "fill")}
        rows.append(f"| {where} | {s['clients']} | {s['pairs']} | **{s['ratio_p50_median']:.2f}** "
                    f"({each['p50']}) | **{s['ratio_p99_median']:.2f}** ({each['p99']}) | "
                    f"{s['fill_seconds_median']} / {s['bare_fill_seconds_median']} s | "
                    f"**{s['ratio_fill_median']:.2f}** ({each['fill']}) |")
    return "\n".join(rows)


async def main_async(args: argparse.Namespace) -> None:
    sizes = [int(n) for n in args.clients.split(",")]
    instance = tempfile.mkdtemp(prefix="rounds-bench-")
    database = os.environ.get("ROUNDS_BENCH_DATABASE_URL") or f"sqlite:///{instance}/r.sqlite3"
    redis_url = os.environ.get("ROUNDS_BENCH_REDIS_URL", "redis://127.0.0.1:6379/6")
    base = {"ROUNDS_INSTANCE_PATH": instance, "ROUNDS_DATABASE_URL": database,
            "ROUNDS_SECRET_KEY": "bench-secret", "ROUNDS_LOG_LEVEL": "WARNING",
            "ROUNDS_REDIS_URL": "", "ROUNDS_CELERY_EAGER": "true"}
    layouts = [int(n) for n in args.processes.split(",")]
    cases: list[Case] = []
    payload = None
    for processes in layouts:
        for n in sizes:
            room_env = dict(base)
            bare_env: dict[str, str] = {}
            if processes == 2:
                room_env["ROUNDS_REDIS_URL"] = redis_url
                bare_env["BENCH_BARE_REDIS_URL"] = redis_url
            for repeat in range(args.repeat):
                # A fresh room for each run: its event log starts empty, everyone re-joins.
                session_id, tokens = seed(base, n)
                # Pairs alternate which server goes first, so a machine that slows or calms
                # during a run weighs on both alike (the first pair's Rounds run records the
                # event the bare server then sends, byte for byte).
                for kind in PAIR_ORDERS[repeat % 2]:
                    case = Case(kind, n, processes, repeat)
                    room = str(session_id) if kind == "rounds" else "live-bench"
                    env = room_env if kind == "rounds" else bare_env
                    event = await measure(case, args, env, room, tokens, payload)
                    payload = payload or event
                    cases.append(case)
                    print(f"{processes} process(es), N={n}, pair {repeat + 1}, {kind}: "
                          f"{json.dumps(case.figures)}", flush=True)
    print()
    print(table(cases))
    summary = summarize(cases)
    if args.repeat > 1:
        print()
        print(summary_table(summary))
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    name = "live_fanout.tiny.json" if args.tiny else "live_fanout.json"
    (results / name).write_text(json.dumps(
        {"database": database.split(":")[0], "messages": args.messages, "repeat": args.repeat,
         "summary": summary,
         "cases": [{"kind": c.kind, "clients": c.clients, "processes": c.processes,
                    "repeat": c.repeat, **c.figures} for c in cases]}, indent=2))
    failures = [f"{c.processes} process(es), N={c.clients}, {c.kind}: " + ", ".join(problems)
                for c in cases if (problems := lost(c))]
    if failures:
        raise SystemExit("lost members or messages:\n  " + "\n  ".join(failures))


def lost(case: Case) -> list[str]:
    """What a case lost: members who could not join, were disconnected, messages missed."""
    f, problems = case.figures, []
    if f["joined"] != case.clients:
        problems.append(f"{f['joined']}/{case.clients} joined")
    if f["dropped"]:
        problems.append(f"{f['dropped']} disconnected")
    if f["deliveries"] != f["expected"]:  # fewer: lost; more: delivered twice
        problems.append(f"{f['deliveries']}/{f['expected']} deliveries")
    return problems


FULL = {"clients": "100,300,500", "messages": 8, "interval": 1.0, "client_processes": 2,
        "processes": "1,2", "repeat": 1}
TINY = {"clients": "5", "messages": 2, "interval": 0.25, "client_processes": 2, "repeat": 2,
        "processes": "1,2" if os.environ.get("ROUNDS_BENCH_REDIS_URL") else "1"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", help="room sizes, comma-separated (100,300,500)")
    parser.add_argument("--messages", type=int, help="chat messages per case (8)")
    parser.add_argument("--interval", type=float,
                        help="seconds between messages (1.0; 4 senders take turns)")
    parser.add_argument("--client-processes", type=int, help="client processes (2)")
    parser.add_argument("--processes",
                        help="server layouts: 1 (one process), 2 (two, through Redis) (1,2)")
    parser.add_argument("--repeat", type=int,
                        help="pairs (Rounds and bare) per layout and size, alternating which "
                             "runs first; with more than one, the medians of each pair's "
                             "ratios are printed (1; 2 with --tiny)")
    parser.add_argument("--tiny", action="store_true",
                        help="5 members, 2 messages, one server process (two through Redis "
                             "too if ROUNDS_BENCH_REDIS_URL is set): a smoke run for CI")
    args = parser.parse_args()
    for name, value in (TINY if args.tiny else FULL).items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()

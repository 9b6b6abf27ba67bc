"""Client side of bench/live_fanout.py: many Socket.IO clients in one process (asyncio,
python-socketio's AsyncClient over aiohttp, websocket transport only).

    live_clients.py --url URL --mode rounds|bare --room R --expect M [--tokens FILE] [--count N]

Connects the clients (a token each from FILE in rounds mode, N anonymous ones in bare mode),
joins each to the room — `join` {session_id} on the app, `join` {room} on the bare server —
then prints one JSON line {"ready": n, "failed": k, "join_seconds": s}. It then records the
wall-clock arrival of every `event` whose payload carries a marker `fanout-<k>-`, and once
every client has seen M of them (or --timeout passes) prints {"arrivals": {k: [t, ...]},
"dropped": clients the server disconnected} and disconnects. The driver sends the messages and knows when it sent each one.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import time
from pathlib import Path

import socketio

MARKER = re.compile(r"fanout-(\d+)-")
NAMESPACE = "/live"


class Member:
    def __init__(self, args: argparse.Namespace, token: str | None, arrivals: dict) -> None:
        self.args, self.token, self.arrivals = args, token, arrivals
        self.seen = 0
        self.client = socketio.AsyncClient(reconnection=False, handle_sigint=False)
        self.client.on("event", self.on_event, namespace=NAMESPACE)
        self.client.on("disconnect", self.on_disconnect, namespace=NAMESPACE)
        self.dropped = False
        self.timings = (0.0, 0.0)

    async def on_disconnect(self, *_args: object) -> None:
        self.dropped = True  # before the end: the server (or a missed ping) closed it

    async def on_event(self, data: dict) -> None:
        now = time.time()
        match = MARKER.search(json.dumps(data))
        if match:
            self.arrivals.setdefault(match.group(1), []).append(now)
            self.seen += 1

    async def enter(self) -> None:
        auth = {"token": self.token} if self.token else None
        started = time.monotonic()
        await self.client.connect(self.args.url, auth=auth, transports=["websocket"],
                                  namespaces=[NAMESPACE], wait_timeout=30)
        connected = time.monotonic()
        payload = ({"session_id": int(self.args.room)} if self.args.mode == "rounds"
                   else {"room": self.args.room})
        answer = await self.client.call("join", payload, namespace=NAMESPACE, timeout=60)
        if not answer.get("ok"):
            raise RuntimeError(f"join refused: {answer}")
        self.timings = (connected - started, time.monotonic() - connected)


async def run(args: argparse.Namespace) -> None:
    tokens: list[str | None]
    if args.mode == "rounds":
        tokens = json.loads(Path(args.tokens).read_text())
    else:
        tokens = [None] * args.count
    arrivals: dict[str, list[float]] = {}
    members = [Member(args, token, arrivals) for token in tokens]
    gate = asyncio.Semaphore(args.parallel)  # connect a few at a time, as people arrive

    async def enter(member: Member) -> bool:
        async with gate:
            try:
                await member.enter()
                return True
            except Exception as exc:  # noqa: BLE001 - counted and reported, not fatal
                print(f"client failed: {exc!r}", file=sys.stderr)
                return False

    started = time.monotonic()
    results = await asyncio.gather(*(enter(m) for m in members))
    joined = [m for m, ok in zip(members, results, strict=True) if ok]
    # Each member's connect (handshake, websocket, namespace) and join call, in ms: where
    # the fill's time goes.
    connects = sorted(m.timings[0] * 1000 for m in joined)
    calls = sorted(m.timings[1] * 1000 for m in joined)
    print(json.dumps({"ready": len(joined), "failed": len(members) - len(joined),
                      "join_seconds": round(time.monotonic() - started, 2),
                      "connect_ms": _quantiles(connects), "join_call_ms": _quantiles(calls)}),
          flush=True)
    deadline = time.monotonic() + args.timeout
    while time.monotonic() < deadline and any(m.seen < args.expect for m in joined):
        await asyncio.sleep(0.05)
    print(json.dumps({"arrivals": arrivals, "dropped": sum(m.dropped for m in joined)}),
          flush=True)
    await asyncio.gather(*(m.client.disconnect() for m in joined), return_exceptions=True)
    await asyncio.sleep(0.5)  # let aiohttp close its connections inside the loop


def _quantiles(values: list[float]) -> dict[str, float | None]:
    """p50 and p90 of sorted values."""
    if not values:
        return {"p50": None, "p90": None}
    return {"p50": round(values[len(values) // 2], 1),
            "p90": round(values[min(len(values) - 1, int(0.9 * len(values)))], 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True)
    parser.add_argument("--mode", choices=("rounds", "bare"), required=True)
    parser.add_argument("--room", required=True, help="session id (rounds) or room name (bare)")
    parser.add_argument("--tokens", help="JSON list of API tokens (rounds mode)")
    parser.add_argument("--count", type=int, default=0, help="clients (bare mode)")
    parser.add_argument("--expect", type=int, required=True, help="messages to wait for")
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--parallel", type=int, default=20)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()

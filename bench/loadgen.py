"""A small HTTP/1.1 load generator: keep-alive connections on asyncio, fixed request count.

Runs as its own process (so it does not share the server's CPU time slice or GIL) and prints
one JSON line: requests/s, p50/p99 latency in milliseconds, status counts, bytes per response.
Only ever aimed at 127.0.0.1."""
from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from urllib.parse import urlsplit


async def _one_connection(host: str, port: int, path: str, count: int,
                          latencies: list[float], statuses: dict[int, int],
                          sizes: list[int], headers: str) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    request = (f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n{headers}"
               "Connection: keep-alive\r\n\r\n").encode()
    try:
        for _ in range(count):
            started = time.perf_counter()
            writer.write(request)
            await writer.drain()
            status_line = await reader.readline()
            status = int(status_line.split()[1])
            length, chunked = 0, False
            while True:
                line = await reader.readline()
                if line in (b"\r\n", b""):
                    break
                name, _, value = line.decode("latin-1").partition(":")
                if name.lower() == "content-length":
                    length = int(value.strip())
                elif name.lower() == "transfer-encoding" and "chunked" in value.lower():
                    chunked = True
            body = await _read_body(reader, length, chunked)
            latencies.append(time.perf_counter() - started)
            statuses[status] = statuses.get(status, 0) + 1
            sizes.append(len(body))
    finally:
        writer.close()


async def _read_body(reader: asyncio.StreamReader, length: int, chunked: bool) -> bytes:
    if not chunked:
        return await reader.readexactly(length)
    body = b""
    while True:
        size = int((await reader.readline()).strip(), 16)
        if size == 0:
            await reader.readline()
            return body
        body += await reader.readexactly(size)
        await reader.readline()


async def run(url: str, concurrency: int, requests: int, gzip: bool,
              extra_headers: list[str] = ()) -> dict:
    parts = urlsplit(url)
    assert parts.hostname in ("127.0.0.1", "localhost"), "load only ever goes to loopback"
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    headers = "Accept-Encoding: gzip\r\n" if gzip else ""
    # e.g. "Cookie: rounds_session=…" to measure pages behind sign-in
    headers += "".join(f"{h.strip()}\r\n" for h in extra_headers)
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    sizes: list[int] = []
    per_connection = max(1, requests // concurrency)
    started = time.perf_counter()
    await asyncio.gather(*(
        _one_connection(parts.hostname, parts.port, path, per_connection, latencies,
                        statuses, sizes, headers)
        for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    ordered = sorted(latencies)
    return {
        "url": path,
        "concurrency": concurrency,
        "requests": len(latencies),
        "seconds": round(elapsed, 3),
        "requests_per_second": round(len(latencies) / elapsed, 1),
        "p50_ms": round(statistics.median(ordered) * 1000, 2),
        "p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000, 2),
        "statuses": statuses,
        "bytes_per_response": int(statistics.mean(sizes)) if sizes else 0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--gzip", action="store_true")
    parser.add_argument("--header", action="append", default=[],
                        help="an extra request header, 'Name: value' (repeatable)")
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args.url, args.concurrency, args.requests, args.gzip,
                                     args.header))))


if __name__ == "__main__":
    main()

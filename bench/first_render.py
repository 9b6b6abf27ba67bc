"""Time to first render on an emulated slow 3G connection, in Chromium (issue 17).

Serves the demo (`rounds serve --demo`, SQLite in a temporary instance folder), opens the
home, a topic and a session's page in headless Chromium (Debian's /usr/bin/chromium through
Playwright) with the DevTools protocol's Network.emulateNetworkConditions set to Chrome's
"Slow 3G" preset (2,000 ms round trip, 50,000 bytes/s each way), and records for each page:
first contentful paint (FCP), the load event, and the bytes that crossed the network.

- cold: the HTTP cache disabled (a first visit);
- warm: a second visit, the versioned static files from the cache (they are cached for a
  year), so only the HTML crosses the slow link.

As a visitor and as a signed-in member (the demo's clinician). Figures are medians of the
rounds. Visitors in each shipped language (`--languages`, by Accept-Language), so every
language's pages are measured. `--tiny`: one round, visitors only (CI: that it still runs).

    .venv/bin/python bench/first_render.py            # 5 rounds
    .venv/bin/python bench/first_render.py --tiny
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
SLOW_3G = {"offline": False, "latency": 2000, "downloadThroughput": 50_000,
           "uploadThroughput": 50_000}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
DEMO_MEMBER = "clinician@rounds.example"
DEMO_PASSWORD = "rounds-demo-password"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_demo(instance: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "ROUNDS_INSTANCE_PATH": str(instance)}
    for name in list(env):  # the bench's own database, whatever the shell says
        if name in ("ROUNDS_DATABASE_URL", "ROUNDS_REDIS_URL"):
            env.pop(name)
    server = subprocess.Popen([str(ROOT / ".venv" / "bin" / "rounds"), "serve", "--demo",
                               "--port", str(port)], env=env, cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if requests.get(f"http://127.0.0.1:{port}/livez", timeout=1).ok:
                return server
        except requests.ConnectionError:
            pass
        if server.poll() is not None:
            raise SystemExit("the demo server stopped")
        time.sleep(0.5)
    server.kill()
    raise SystemExit("the demo server did not start")


def pages(base: str) -> dict[str, str]:
    home = requests.get(base + "/", timeout=10).text
    sessions = requests.get(base + "/sessions", timeout=10).text
    topic = re.search(r'href="(/t/\d+)"', home)
    session = re.search(r'href="(/sessions/\d+)"', sessions)
    if not topic or not session:
        raise SystemExit("the demo has no topic or no session to open")
    return {"home": "/", "topic": topic.group(1), "session": session.group(1)}


def measure(context, path: str, cold: bool) -> dict[str, float]:
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": cold})
    cdp.send("Network.emulateNetworkConditions", SLOW_3G)
    received = []
    cdp.on("Network.loadingFinished", lambda e: received.append(e["encodedDataLength"]))
    page.goto(path, wait_until="load", timeout=120_000)
    # The paint entry may be reported after the load event: wait for it (30 s at most).
    timing = page.evaluate("""() => new Promise(done => {
        const nav = performance.getEntriesByType('navigation')[0];
        const give = fcp => done({fcp: fcp ? fcp.startTime : null, load: nav.loadEventEnd});
        new PerformanceObserver(list => {
            const fcp = list.getEntriesByName('first-contentful-paint')[0];
            if (fcp) give(fcp);
        }).observe({type: 'paint', buffered: true});
        setTimeout(() => give(null), 30000);
    })""")
    page.close()
    return {"fcp_ms": timing["fcp"], "load_ms": timing["load"], "bytes": sum(received)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiny", action="store_true")
    parser.add_argument("--rounds", type=int)
    parser.add_argument("--languages", default="en,es,pt-BR,fr,ar",
                        help="the visitors' languages (comma-separated; --tiny: en and ar)")
    parser.add_argument("--base-url", help="measure a server already running (with the demo's "
                                           "content) instead of starting one")
    args = parser.parse_args()
    rounds = args.rounds or (1 if args.tiny else 5)
    # A visitor in each shipped language (Accept-Language; issue 17), and the demo member.
    languages = [code for code in args.languages.split(",") if code]
    if args.tiny:  # English and the right-to-left one
        languages = [code for code in languages if code in ("en", "ar")] or languages[:1]
    viewers = [f"visitor-{code}" for code in languages] + ([] if args.tiny else ["member"])

    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    if not executable:
        raise SystemExit("chromium is not installed (apt-get install chromium)")
    instance = Path(tempfile.mkdtemp(prefix="rounds-first-render-"))
    if args.base_url:
        base, server = args.base_url.rstrip("/"), None
    else:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_demo(instance, port)
    results: dict[str, dict] = {}
    try:
        paths = pages(base)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            for viewer in viewers:
                # A context without a service worker: the bench measures the network path.
                language = viewer.split("-", 1)[1] if viewer.startswith("visitor-") else "en"
                context = browser.new_context(base_url=base, service_workers="block",
                                              viewport={"width": 390, "height": 800},
                                              locale=language,
                                              extra_http_headers={"Accept-Language": language})
                if viewer == "member":
                    page = context.new_page()
                    page.goto("/login")
                    page.get_by_label("Email").fill(DEMO_MEMBER)
                    page.get_by_label("Password").fill(DEMO_PASSWORD)
                    page.get_by_role("button", name="Sign in").click()
                    page.wait_for_url(lambda url: "/login" not in url)
                    page.close()
                for name, path in paths.items():
                    for kind in ("cold", "warm"):
                        runs = [measure(context, path, cold=kind == "cold") for _ in range(rounds)]
                        results[f"{viewer} {name} {kind}"] = {
                            key: statistics.median(r[key] for r in runs)
                            for key in ("fcp_ms", "load_ms", "bytes")}
                context.close()
            browser.close()
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(instance, ignore_errors=True)

    print(f"Slow 3G ({SLOW_3G['latency']} ms RTT, {SLOW_3G['downloadThroughput']} B/s), "
          f"median of {rounds} round(s), 390 px wide")
    print(f"{'page':<30}{'FCP ms':>9}{'load ms':>9}{'bytes':>9}")
    for label, figures in results.items():
        print(f"{label:<30}{figures['fcp_ms']:>9.0f}{figures['load_ms']:>9.0f}"
              f"{figures['bytes']:>9.0f}")
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / ("first_render.tiny.json" if args.tiny else "first_render.json")
    out.write_text(json.dumps({"conditions": SLOW_3G, "rounds": rounds, "results": results},
                              indent=2))
    if any(f["fcp_ms"] is None for f in results.values()):
        sys.exit("a page never painted")


if __name__ == "__main__":
    main()

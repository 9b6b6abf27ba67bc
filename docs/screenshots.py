"""The README's screenshots, taken from the demo in a real browser so they stay true.

    .venv/bin/python docs/screenshots.py                 # starts `rounds serve --demo` itself
    .venv/bin/python docs/screenshots.py --base-url http://127.0.0.1:5075   # a running demo

Headless Chromium (Debian's /usr/bin/chromium, driven by Playwright for Python, as the
browser tests do) opens each page as the demo member who would see it, at a phone's width
(390 px) and a desktop's (1280 px), and writes docs/screenshots/<name>-<width>.png: the first
screenful, reduced to a 256-colour palette so that all of them stay small (the README shows
them scaled down). Without --base-url the demo runs from a fresh temporary instance folder
on a free port and is stopped afterwards."""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
OUT = HERE / "screenshots"
ROUNDS = Path(sys.executable).with_name("rounds")
PASSWORD = "rounds-demo-password"  # community.demo.DEMO_PASSWORD
WIDTHS = {390: 844, 1280: 800}  # width: height of the screenful
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@dataclass(frozen=True)
class Shot:
    name: str
    who: str  # a demo account's email, or "" for a visitor
    path: str  # a path, or "find:<what>" resolved from the demo's pages
    wait_for: str = ""  # a selector that shows the page is ready (the room's live parts)


SHOTS = [
    Shot("home", "clinician@rounds.example", "/"),
    Shot("home-visitor", "", "/"),
    Shot("topic", "clinician@rounds.example", "find:topic"),
    Shot("write-up", "", "find:write-up"),
    Shot("session-room", "clinician@rounds.example", "find:room",
         "#room-connection:text('Connected')"),
    Shot("credit", "clinician@rounds.example", "/credit"),
    Shot("moderation-queue", "moderator@rounds.example", "/moderation"),
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(base: str, process: subprocess.Popen | None, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise SystemExit(f"rounds serve stopped:\n{process.stdout.read()}")
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"{base} did not answer")


@contextmanager
def _demo_server():
    """`rounds serve --demo` on a free port with a fresh instance folder."""
    port = _free_port()
    folder = tempfile.mkdtemp(prefix="rounds-screens-")
    env = {**os.environ, "ROUNDS_INSTANCE_PATH": folder}
    env.pop("ROUNDS_DATABASE_URL", None)
    process = subprocess.Popen([str(ROUNDS), "serve", "--demo", "--port", str(port)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, process)
        yield base
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(folder, ignore_errors=True)


def _sign_in(context, base: str, email: str) -> None:
    page = context.new_page()
    page.goto(f"{base}/login")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/login" not in url)
    page.close()


def _find(page, base: str, what: str) -> str:
    """A path from the demo's own pages: the liveliest topic, the published write-up, the
    room of the session whose lobby is open."""
    if what == "topic":
        page.goto(f"{base}/b/cardiology")
        return page.locator("ol.topics a.title").first.get_attribute("href")
    if what == "write-up":  # the published one, linked from its discussion's first post
        page.goto(f"{base}/b/cardiology")
        topics = page.locator("ol.topics a.title")
        for href in [topics.nth(i).get_attribute("href") for i in range(topics.count())]:
            page.goto(f"{base}{href}")
            link = page.locator("article").first.locator("a[href^='/cases/']")
            if link.count():
                return link.first.get_attribute("href")
        raise SystemExit("no published write-up is discussed in the demo's Cardiology board")
    if what == "room":  # the first upcoming session whose room the member may enter
        page.goto(f"{base}/sessions")
        links = page.locator("a[href^='/sessions/']")
        hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
        for href in hrefs:
            page.goto(f"{base}{href}")
            room = page.locator("a[href$='/room']")
            if room.count():
                return room.first.get_attribute("href")
        raise SystemExit("no session room is open to this member in the demo")
    raise ValueError(what)


def _shrink(path: Path) -> None:
    """A 256-colour palette: a page's flat colours and text survive, the file is a third."""
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT,
                                              dither=Image.Dither.NONE)
        small.save(path, optimize=True)


def take(base: str, only: set[str] | None = None, out: Path = OUT) -> list[Path]:
    """Each shot at each width into `out` (the README's folder unless a test says otherwise)."""
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    if not executable:
        raise SystemExit("chromium is not installed (apt-get install chromium)")
    out.mkdir(exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            for shot in SHOTS:
                if only and shot.name not in only:
                    continue
                for width, height in WIDTHS.items():
                    context = browser.new_context(viewport={"width": width, "height": height},
                                                  device_scale_factor=1,
                                                  color_scheme="light")
                    if shot.who:
                        _sign_in(context, base, shot.who)
                    page = context.new_page()
                    path = shot.path
                    if path.startswith("find:"):
                        path = _find(page, base, path.removeprefix("find:"))
                    response = page.goto(f"{base}{path}")
                    if response is None or response.status != 200:
                        raise SystemExit(f"{shot.name}: {path} answered "
                                         f"{response.status if response else 'nothing'}")
                    page.wait_for_load_state("networkidle")
                    if shot.wait_for:
                        page.wait_for_selector(shot.wait_for, timeout=10_000)
                    target = out / f"{shot.name}-{width}.png"
                    page.screenshot(path=str(target))
                    _shrink(target)
                    written.append(target)
                    shown = (target.relative_to(HERE.parent)
                             if target.is_relative_to(HERE.parent) else target)
                    print(f"{shown}  {path}  {target.stat().st_size // 1024} KB")
                    context.close()
        finally:
            browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", help="a demo already running (rounds serve --demo)")
    parser.add_argument("--only", nargs="*", help="names of the shots to take again")
    args = parser.parse_args()
    only = set(args.only) if args.only else None
    if args.base_url:
        _wait_until_up(args.base_url.rstrip("/"), None, 30)
        written = take(args.base_url.rstrip("/"), only)
    else:
        with _demo_server() as base:
            written = take(base, only)
    total = sum(path.stat().st_size for path in OUT.glob("*.png"))
    print(f"{len(written)} screenshots, docs/screenshots/ holds {total // 1024} KB")


if __name__ == "__main__":
    main()

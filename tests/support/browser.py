"""Headless Chromium (Debian's package; Playwright's own browser download does not work
here) driven by Playwright for Python, for the tests that look at pages in a real browser.
Without chromium or playwright they skip locally and fail in CI (.ci/run installs both)."""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tests.support.sessions import missing_tool

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@contextmanager
def launched_chromium() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing_tool("playwright is not installed (pip install -e '.[test]')")
    executable = shutil.which("chromium")
    if not executable:
        missing_tool("chromium is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()

"""The README's screenshots (docs/screenshots.py takes them from the demo): every one the
script takes is in docs/screenshots/ and shown in the README, and together they stay small;
and the script still takes each of them from a fresh demo in a real browser (slow), so a
change to the demo or its pages that would break it shows here, not when they are retaken."""
from __future__ import annotations

import importlib.util
import re
import shutil
import sys

import pytest
from PIL import Image

from community.demo import seed_demo
from community.platform.config import PROJECT_ROOT
from community.platform.db import commit
from tests.support.sessions import missing_tool

DOCS = PROJECT_ROOT / "docs"


def _script():
    spec = importlib.util.spec_from_file_location("screenshots", DOCS / "screenshots.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    try:
        spec.loader.exec_module(module)
    finally:
        sys.modules.pop(spec.name, None)
    return module


def test_every_screenshot_is_taken_shown_and_small():
    script = _script()
    expected = {f"{shot.name}-{width}.png" for shot in script.SHOTS for width in script.WIDTHS}
    on_disk = {path.name for path in (DOCS / "screenshots").glob("*.png")}
    readme = (PROJECT_ROOT / "README.md").read_text()
    shown = set(re.findall(r'src="docs/screenshots/([\w-]+\.png)"', readme))
    assert expected == on_disk == shown
    assert sum((DOCS / "screenshots" / name).stat().st_size for name in on_disk) < 1_500_000
    for name in on_disk:  # PNGs of the width they are named for (a phone's, a desktop's)
        data = (DOCS / "screenshots" / name).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(data[16:20], "big") == int(name.rsplit("-", 1)[1][:-4])


@pytest.mark.slow
def test_the_script_takes_every_screenshot_from_the_demo(session, live_server, tmp_path):
    if importlib.util.find_spec("playwright") is None:
        missing_tool("playwright is not installed (pip install -e '.[test]')")
    if not shutil.which("chromium"):
        missing_tool("chromium is not installed (apt-get install chromium)")
    seed_demo(session)
    commit(session)
    script = _script()
    written = script.take(live_server, out=tmp_path)
    assert sorted(path.name for path in written) == sorted(
        f"{shot.name}-{width}.png" for shot in script.SHOTS for width in script.WIDTHS)
    for path in written:
        with Image.open(path) as image:
            width = int(path.stem.rsplit("-", 1)[1])
            assert image.size == (width, script.WIDTHS[width]), path.name
            # A page, not a blank screen: the shrunk palette holds more than a few colours.
            assert len(image.getcolors(256) or ()) > 8, path.name

"""The README's screenshots (docs/screenshots.py takes them from the demo): every one the
script takes is in docs/screenshots/ and shown in the README, and together they stay small."""
from __future__ import annotations

import importlib.util
import re
import sys

from community.platform.config import PROJECT_ROOT

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

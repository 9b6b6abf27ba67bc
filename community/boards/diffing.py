"""Line diffs between two texts, as data (for pages and the API) and as unified text."""
from __future__ import annotations

import difflib


def line_diff(old: str, new: str) -> list[dict[str, str]]:
    """[{"op": "equal"|"delete"|"insert", "text": line}, …] from old to new."""
    old_lines, new_lines = (old or "").splitlines(), (new or "").splitlines()
    rows: list[dict[str, str]] = []
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows.extend({"op": "equal", "text": line} for line in old_lines[i1:i2])
            continue
        rows.extend({"op": "delete", "text": line} for line in old_lines[i1:i2])
        rows.extend({"op": "insert", "text": line} for line in new_lines[j1:j2])
    return rows


def unified_diff(old: str, new: str, old_label: str, new_label: str) -> str:
    return "\n".join(
        difflib.unified_diff((old or "").splitlines(), (new or "").splitlines(),
                             fromfile=old_label, tofile=new_label, lineterm="")
    )

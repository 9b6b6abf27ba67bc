"""Merging co-authors' saves: by section, and inside a section line by line (diff3 style).

A save names the version it was based on. When the write-up moved on since, the saver's
changes (base -> yours) and everyone else's (base -> theirs) are compared section by section:
sections only one side touched merge cleanly; a section both sides changed differently is a
conflict. For a conflict, `merge3` lines the three texts up the way diff3 does (the Merge3
algorithm of bzr/Breezy): stable regions where base, theirs and yours agree, and between them
hunks changed by one side (taken), by both alike (taken once) or by both differently
(a conflict hunk showing all three)."""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from difflib import SequenceMatcher
from typing import Any

from community.boards.diffing import line_diff

# Markers in the merged text of a conflicting section, as diff3 -m writes them.
MARK_YOURS, MARK_BASE, MARK_SEP, MARK_THEIRS = (
    "<<<<<<< yours", "||||||| base", "=======", ">>>>>>> theirs")


def _sync_regions(base: Sequence[str], theirs: Sequence[str],
                  yours: Sequence[str]) -> list[tuple[int, int, int, int, int, int]]:
    """Regions of base unchanged on both sides, as (base, theirs, yours) index ranges,
    ending with an empty region at the ends of all three."""
    t_blocks = SequenceMatcher(None, base, theirs, autojunk=False).get_matching_blocks()
    y_blocks = SequenceMatcher(None, base, yours, autojunk=False).get_matching_blocks()
    regions = []
    it = iy = 0
    while it < len(t_blocks) and iy < len(y_blocks):
        t_base, t_start, t_len = t_blocks[it]
        y_base, y_start, y_len = y_blocks[iy]
        start, end = max(t_base, y_base), min(t_base + t_len, y_base + y_len)
        if start < end:
            t_sub, y_sub = t_start + start - t_base, y_start + start - y_base
            length = end - start
            regions.append((start, end, t_sub, t_sub + length, y_sub, y_sub + length))
        if t_base + t_len < y_base + y_len:
            it += 1
        else:
            iy += 1
    regions.append((len(base), len(base), len(theirs), len(theirs), len(yours), len(yours)))
    return regions


def _regions(base: Sequence[str], theirs: Sequence[str],
             yours: Sequence[str]) -> Iterator[dict[str, Any]]:
    ib = it = iy = 0
    for b_start, b_end, t_start, t_end, y_start, y_end in _sync_regions(base, theirs, yours):
        b_lines, t_lines, y_lines = base[ib:b_start], theirs[it:t_start], yours[iy:y_start]
        if t_lines or y_lines:
            if t_lines == y_lines:
                yield {"kind": "both", "lines": list(y_lines)}  # the same change on both
            elif b_lines == t_lines:
                yield {"kind": "yours", "lines": list(y_lines)}
            elif b_lines == y_lines:
                yield {"kind": "theirs", "lines": list(t_lines)}
            else:
                yield {"kind": "conflict", "base": list(b_lines), "theirs": list(t_lines),
                       "yours": list(y_lines)}
        if b_end > b_start:
            yield {"kind": "equal", "lines": list(base[b_start:b_end])}
        ib, it, iy = b_end, t_end, y_end


def merge3(base: str, theirs: str, yours: str) -> dict[str, Any]:
    """Three-way line merge. Returns {"hunks": [...], "conflicts": n, "merged": text}: hunks
    of kind equal/yours/theirs/both carry "lines"; conflict hunks carry base/theirs/yours.
    `merged` is the merge with diff3 -m conflict markers around each conflict hunk."""
    hunks = list(_regions((base or "").splitlines(), (theirs or "").splitlines(),
                          (yours or "").splitlines()))
    out: list[str] = []
    conflicts = 0
    for hunk in hunks:
        if hunk["kind"] != "conflict":
            out.extend(hunk["lines"])
            continue
        conflicts += 1
        out += [MARK_YOURS, *hunk["yours"], MARK_BASE, *hunk["base"], MARK_SEP,
                *hunk["theirs"], MARK_THEIRS]
    return {"hunks": hunks, "conflicts": conflicts, "merged": "\n".join(out)}


def changed_keys(base: Mapping[str, Any], other: Mapping[str, Any]) -> set[str]:
    """Keys whose value differs between two section maps (a missing key is empty)."""
    return {k for k in set(base) | set(other) if (base.get(k) or "") != (other.get(k) or "")}


def merge_sections(base: Mapping[str, Any], theirs: Mapping[str, Any],
                   yours: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Section-level merge: (merged map, keys in conflict). A section both sides changed to
    the same value is no conflict."""
    mine, others = changed_keys(base, yours), changed_keys(base, theirs)
    conflicts = sorted(k for k in mine & others if (yours.get(k) or "") != (theirs.get(k)
                                                                            or ""))
    merged = dict(theirs)
    for key in mine - set(conflicts):
        merged[key] = yours.get(key, "")
    return merged, conflicts


def section_diffs(old: Mapping[str, str], new: Mapping[str, str],
                  keys: Sequence[str]) -> list[dict[str, Any]]:
    """Per section, in `keys` order: {"key", "changed", "diff"} with line_diff rows for the
    sections that changed (unchanged ones carry an empty diff, so pages stay small)."""
    result = []
    for key in keys:
        before, after = old.get(key) or "", new.get(key) or ""
        changed = before != after
        result.append({"key": key, "changed": changed,
                       "diff": line_diff(before, after) if changed else []})
    return result

"""Benchmark: comparing two versions of a case write-up, section by section, in-process.

A 5,000-word write-up spread over the 13 CARE sections (about 12 words a line), and a second
version with about 10% of its lines changed (edited, inserted or deleted, spread over every
section) and three timeline events changed. Timed per comparison:

- **`diff_versions`**: what the versions page and the API compute (community.cases.authoring:
  one `line_diff` per section plus the timeline's events, unchanged sections skipped);
- baseline 1: `difflib.SequenceMatcher` over the whole text as one list of lines (the same
  lines, all sections joined), with the same per-line output;
- baseline 2: `difflib.unified_diff` over the whole text (the classic text output);
- baseline 3: copying both versions' section dicts (`copy.deepcopy`) — the floor of any work.

Also timed: `merge3` on the longest section (a co-author's conflicting save), and the section
merge of two saves that touched different sections.

    .venv/bin/python bench/case_diff.py [--words 5000] [--changed 0.08] [--repeat 200]
    .venv/bin/python bench/case_diff.py --tiny     # 500 words, 5 repeats (CI)

Figures go to stdout and bench/results/case_diff.json (case_diff.tiny.json with --tiny).
Exits non-zero if the comparison misses the changes it was given.
"""
from __future__ import annotations

import argparse
import copy
import difflib
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from community.boards.diffing import line_diff
from community.cases.authoring.merge import merge3, merge_sections
from community.cases.authoring.service import diff_versions
from community.cases.care import SECTION_KEYS

_VOCABULARY = ("patient presented with chest pain dyspnoea troponin echocardiography showed apical "
         "ballooning ventricular function recovered within weeks after beta blocker therapy "
         "the electrocardiogram revealed anterior st elevation coronary angiography was "
         "normal without obstruction stress cardiomyopathy follow up clinic review")
WORDS = _VOCABULARY.split()
# Share of the text per section (the title and keywords are short).
WEIGHTS = {"title": 0.003, "keywords": 0.002, "abstract": 0.06, "introduction": 0.08,
           "patient_information": 0.1, "clinical_findings": 0.1, "timeline": 0.03,
           "diagnostic_assessment": 0.14, "therapeutic_intervention": 0.1,
           "follow_up_outcomes": 0.08, "discussion": 0.2, "patient_perspective": 0.05,
           "informed_consent": 0.045}


class Version:
    """What diff_versions reads from a CaseVersion."""

    def __init__(self, sections: dict[str, str], timeline: list[dict]) -> None:
        self.sections, self.timeline = sections, timeline


def _line(rng: random.Random, words: int = 12) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def build(words: int, changed: float, seed: int = 7) -> tuple[Version, Version, int, int]:
    rng = random.Random(seed)
    sections, edited = {}, {}
    lines_total = lines_changed = 0
    for key in SECTION_KEYS:
        n = max(1, round(words * WEIGHTS[key] / 12))
        lines = [_line(rng) for _ in range(n)]
        new = []
        for line in lines:
            roll = rng.random()
            if roll < changed * 0.6:
                new.append(_line(rng))          # edited
                lines_changed += 1
            elif roll < changed * 0.8:
                new.extend([line, _line(rng)])  # a line inserted after
                lines_changed += 1
            elif roll < changed:
                lines_changed += 1              # deleted
            else:
                new.append(line)
        sections[key], edited[key] = "\n".join(lines), "\n".join(new)
        lines_total += n
    timeline = [{"day": d, "event": _line(rng, 8)} for d in range(-5, 25)]
    timeline2 = [dict(e) for e in timeline]
    for i in (3, 11, 20):
        timeline2[i]["event"] = _line(rng, 8)
    return Version(sections, timeline), Version(edited, timeline2), lines_total, lines_changed


def _time(fn, repeat: int) -> float:
    """Median milliseconds per call (after two warm-up calls)."""
    fn(), fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def _whole_text_diff(old: Version, new: Version):
    a = "\n".join(old.sections[k] for k in SECTION_KEYS).splitlines()
    b = "\n".join(new.sections[k] for k in SECTION_KEYS).splitlines()
    return line_diff("\n".join(a), "\n".join(b))


FULL = {"words": 5000, "repeat": 200}
TINY = {"words": 500, "repeat": 5}


def check(old: Version, new: Version, changed: int) -> list[str]:
    """What the comparison got wrong about the versions it was given (nothing, normally)."""
    rows = {row["key"]: row for row in diff_versions(old, new)}
    problems = []
    edited = {k for k in SECTION_KEYS if old.sections[k] != new.sections[k]}
    missed = {k for k in edited if not rows.get(k, {}).get("changed")}
    if missed:
        problems.append(f"changed sections not reported: {sorted(missed)}")
    if changed and not edited:
        problems.append("no section differs although lines were changed")
    if not any(row.get("events_changed") for row in rows.values()):
        problems.append("the changed timeline events are not reported")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, help="words in the write-up (5000)")
    parser.add_argument("--changed", type=float, default=0.08,
                        help="share of lines edited, inserted after or deleted (0.08 changes about 10%% of the lines)")
    parser.add_argument("--repeat", type=int, help="timed runs per figure (200)")
    parser.add_argument("--tiny", action="store_true",
                        help="500 words, 5 repeats: a smoke run for CI")
    args = parser.parse_args()
    for name, value in (TINY if args.tiny else FULL).items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    old, new, lines, changed = build(args.words, args.changed)
    problems = check(old, new, changed)
    words = sum(len(t.split()) for t in old.sections.values())
    longest = max(SECTION_KEYS, key=lambda k: len(old.sections[k]))
    third = {**new.sections, longest: old.sections[longest].replace("the", "a", 40)}
    figures = {
        "words": words, "lines": lines, "lines_changed": changed,
        "diff_versions_ms": _time(lambda: diff_versions(old, new), args.repeat),
        "whole_text_sequencematcher_ms": _time(lambda: _whole_text_diff(old, new),
                                               args.repeat),
        "whole_text_unified_diff_ms": _time(lambda: list(difflib.unified_diff(
            "\n".join(old.sections.values()).splitlines(),
            "\n".join(new.sections.values()).splitlines(), lineterm="")), args.repeat),
        "deepcopy_both_ms": _time(lambda: copy.deepcopy((old.sections, new.sections)),
                                  args.repeat),
        "merge3_longest_section_ms": _time(lambda: merge3(
            old.sections[longest], new.sections[longest], third[longest]), args.repeat),
        "merge_sections_ms": _time(lambda: merge_sections(
            old.sections, {**old.sections, "abstract": "theirs"},
            {**old.sections, "discussion": "yours"}), args.repeat),
    }
    figures["ratio_to_whole_text"] = round(
        figures["diff_versions_ms"] / figures["whole_text_sequencematcher_ms"], 2)
    figures["ratio_to_deepcopy"] = round(
        figures["diff_versions_ms"] / figures["deepcopy_both_ms"], 1)
    width = max(map(len, figures))
    for name, value in figures.items():
        print(f"{name:<{width}}  {value:.3f}" if isinstance(value, float)
              else f"{name:<{width}}  {value}")
    out = ROOT / "bench" / "results" / ("case_diff.tiny.json" if args.tiny else "case_diff.json")
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(figures, indent=2) + "\n")
    if problems:
        raise SystemExit("diff_versions: " + "; ".join(problems))


if __name__ == "__main__":
    main()

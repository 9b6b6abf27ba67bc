"""Benchmark: the PHI scan (community.platform.phi.scan: the rules, then the statistical model) on a
5,000-word write-up, beside baselines
in the same run, and its recall and precision per category on the test corpus.

The write-up is the corpus notes (tests/phi/corpus.py: PHI, clean clinical notes and the
notes written after the scanner's first version) joined and repeated to exactly 5,000 words,
split into thirteen sections the way a CARE write-up is (the service scans each section).
Baselines over the same text: `str.split()`, and one `re.finditer` of `\\w+`.

    .venv/bin/python bench/phi_scanner.py [--words 5000] [--repeat 30]
    .venv/bin/python bench/phi_scanner.py --tiny   # 500 words, 3 repeats (CI)

Figures go to stdout and bench/results/phi_scanner.json (phi_scanner.tiny.json with --tiny).
Exits non-zero if the scanner finds nothing in the write-up (made of notes full of PHI).
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def write_up(words: int) -> list[str]:
    from tests.phi.corpus import NOTES

    pool = " ".join(note.text for note in NOTES).split(" ")
    text = (pool * (words // len(pool) + 1))[:words]
    size = len(text) // 13 + 1
    return [" ".join(text[i:i + size]) for i in range(0, len(text), size)]


def timed(fn, repeat: int, clock=time.perf_counter) -> float:
    """Median seconds of `repeat` runs (after one warm-up run). With `time.process_time`, the
    CPU time of this process: on a shared, loaded machine, close to the unloaded wall time."""
    fn()
    runs = []
    for _ in range(repeat):
        started = clock()
        fn()
        runs.append(clock() - started)
    return statistics.median(runs)


FULL = {"words": 5000, "repeat": 30}
TINY = {"words": 500, "repeat": 3}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, help="words in the write-up (5000)")
    parser.add_argument("--repeat", type=int, help="timed runs per figure (30)")
    parser.add_argument("--tiny", action="store_true",
                        help="500 words, 3 repeats: a smoke run for CI")
    args = parser.parse_args()
    for name, value in (TINY if args.tiny else FULL).items():
        if getattr(args, name) is None:
            setattr(args, name, value)

    from community.platform.phi import CATEGORIES, scan
    from community.platform.phi.scanner import scan as scan_rules
    from tests.phi.corpus import LATER_IDS, NOTES, evaluate

    started = time.perf_counter()
    scan("warm-up: the dictionaries load on first use")
    load = time.perf_counter() - started
    sections = write_up(args.words)
    text = "\n\n".join(sections)
    words = len(text.split())
    word = re.compile(r"\w+")
    scanner = timed(lambda: [scan(s) for s in sections], args.repeat)
    scanner_cpu = timed(lambda: [scan(s) for s in sections], args.repeat, time.process_time)
    # the rules alone (what the site's scan runs before the statistical model)
    rules_cpu = timed(lambda: [scan_rules(s) for s in sections], args.repeat, time.process_time)
    split = timed(lambda: [s.split() for s in sections], args.repeat)
    finditer = timed(lambda: [list(word.finditer(s)) for s in sections], args.repeat)
    findings = sum(len(scan(s)) for s in sections)

    from tests.phi.parts import parts as every_part

    overall, per, problems = evaluate(scan)
    later, _, _ = evaluate(scan, [n for n in NOTES if n.id in LATER_IDS])
    # The generated corpus (tests/phi/generated.py and the authors' parts), exact matching,
    # overall and per category.
    parts = {name: notes for name, notes in every_part().items() if name != "corpus"}
    scored = {name: evaluate(scan, notes)[:2] for name, notes in parts.items()}
    result = {
        "words": words, "sections": len(sections), "findings": findings,
        "dictionary_load_ms": round(load * 1000, 1),
        "scan_ms": round(scanner * 1000, 2),
        "scan_cpu_ms": round(scanner_cpu * 1000, 2),
        "rules_cpu_ms": round(rules_cpu * 1000, 2),
        "words_per_second": round(words / scanner),
        "split_ms": round(split * 1000, 3), "finditer_ms": round(finditer * 1000, 3),
        "scan_vs_finditer": round(scanner / finditer, 1),
        "scan_vs_split": round(scanner / split, 1),
        "corpus_notes": len(NOTES),
        "overall": {"recall": round(overall.recall, 3), "precision": round(overall.precision, 3),
                    "tp": overall.tp, "fp": overall.fp, "fn": overall.fn},
        "later_notes": {"recall": round(later.recall, 3), "precision": round(later.precision, 3)},
        # "generated_tuning", "generated_held_out", "generated_fresh" … one per part.
        **{"generated_" + name.replace("-", "_"): {"recall": round(score.recall, 3),
                                                   "precision": round(score.precision, 3)}
           for name, (score, _) in scored.items()},
        "generated_per_category": {
            name: {c: {"recall": round(s.recall, 3), "precision": round(s.precision, 3),
                       "fn": s.fn, "fp": s.fp}
                   for c, s in sorted(per_part.items(), key=lambda kv: CATEGORIES[kv[0]][0])}
            for name, (_, per_part) in scored.items()},
        "per_category": {c: {"recall": round(s.recall, 3), "precision": round(s.precision, 3),
                             "expected": s.tp + s.fn}
                         for c, s in sorted(per.items(), key=lambda kv: CATEGORIES[kv[0]][0])},
        "problems": problems,
    }
    print(f"{words} words in {len(sections)} sections, {findings} findings")
    print(f"dictionaries loaded once in {result['dictionary_load_ms']} ms")
    print(f"scan: {result['scan_ms']} ms per write-up, {result['words_per_second']:,} words/s "
          f"(CPU time of this process: {result['scan_cpu_ms']} ms; the rules alone "
          f"{result['rules_cpu_ms']} ms, the model {result['scan_cpu_ms'] - result['rules_cpu_ms']:.2f} ms)")
    print(f"baselines: str.split {result['split_ms']} ms, re.finditer(\\w+) "
          f"{result['finditer_ms']} ms; scan = {result['scan_vs_finditer']}x finditer, "
          f"{result['scan_vs_split']}x split")
    print(f"corpus ({len(NOTES)} notes): recall {overall.recall:.3f}, precision "
          f"{overall.precision:.3f}; later notes: recall {later.recall:.3f}, precision "
          f"{later.precision:.3f}")
    print("generated: " + "; ".join(
        f"{name} part ({len(parts[name])} notes) recall {score.recall:.3f}, precision "
        f"{score.precision:.3f}" for name, (score, _) in scored.items()))
    print("generated, per category (recall/precision, exact):")
    print(f"{'category':<13}" + "".join(f"{name:>14}" for name in parts))
    for category in CATEGORIES:
        cells = []
        for name in parts:
            s = result["generated_per_category"][name].get(category)
            cells.append(f"{s['recall']:.2f}/{s['precision']:.2f}" if s else "-")
        print(f"{category:<13}" + "".join(f"{cell:>14}" for cell in cells))
    print("corpus, per category:")
    print("category      recall  precision  expected")
    for category, s in result["per_category"].items():
        print(f"{category:<13} {s['recall']:>6.3f} {s['precision']:>10.3f} {s['expected']:>9}")
    for problem in problems:
        print("  ", problem)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    name = "phi_scanner.tiny.json" if args.tiny else "phi_scanner.json"
    (out / name).write_text(json.dumps(result, indent=2) + "\n")
    if not findings or not overall.tp:
        raise SystemExit("the scanner found no PHI in notes made of it")


if __name__ == "__main__":
    main()

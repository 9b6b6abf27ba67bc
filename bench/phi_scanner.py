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

    from tests.phi.fresh7_notes import FRESH7
    from tests.phi.fresh8_notes import FRESH8
    from tests.phi.fresh9_notes import FRESH9
    from tests.phi.fresh10_notes import FRESH10
    from tests.phi.fresh11_notes import FRESH11
    from tests.phi.fresh12_notes import FRESH12
    from tests.phi.fresh13_notes import FRESH13
    from tests.phi.fresh14_notes import FRESH14
    from tests.phi.fresh15_notes import FRESH15
    from tests.phi.fresh16_notes import FRESH16
    from tests.phi.fresh17_notes import FRESH17
    from tests.phi.fresh18_notes import FRESH18
    from tests.phi.fresh19_notes import FRESH19
    from tests.phi.fresh20_notes import FRESH20
    from tests.phi.fresh21_notes import FRESH21
    from tests.phi.fresh22_notes import FRESH22
    from tests.phi.fresh23_notes import FRESH23
    from tests.phi.fresh24_notes import FRESH24
    from tests.phi.fresh25_notes import FRESH25
    from tests.phi.fresh26_notes import FRESH26
    from tests.phi.fresh27_notes import FRESH27
    from tests.phi.fresh28_notes import FRESH28
    from tests.phi.fresh29_notes import FRESH29
    from tests.phi.fresh30_notes import FRESH30
    from tests.phi.fresh31_notes import FRESH31
    from tests.phi.fresh32_notes import FRESH32
    from tests.phi.fresh33_notes import FRESH33
    from tests.phi.fresh34_notes import FRESH34
    from tests.phi.fresh35_notes import FRESH35
    from tests.phi.fresh36_notes import FRESH36
    from tests.phi.fresh37_notes import FRESH37
    from tests.phi.fresh38_notes import FRESH38
    from tests.phi.fresh39_notes import FRESH39
    from tests.phi.fresh40_notes import FRESH40
    from tests.phi.fresh41_notes import FRESH41
    from tests.phi.fresh42_notes import FRESH42
    from tests.phi.generated import FRESH, FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, HELD_OUT, TUNING

    overall, per, problems = evaluate(scan)
    later, _, _ = evaluate(scan, [n for n in NOTES if n.id in LATER_IDS])
    # The generated corpus (tests/phi/generated.py), exact matching, overall and per category.
    parts = {"tuning": TUNING, "held-out": HELD_OUT, "fresh": FRESH, "fresh2": FRESH2,
             "fresh3": FRESH3, "fresh4": FRESH4, "fresh5": FRESH5, "fresh6": FRESH6, "fresh7": FRESH7,
             "fresh8": FRESH8, "fresh9": FRESH9, "fresh10": FRESH10,
             "fresh11": FRESH11, "fresh12": FRESH12, "fresh13": FRESH13, "fresh14": FRESH14,
             "fresh15": FRESH15, "fresh16": FRESH16, "fresh17": FRESH17, "fresh18": FRESH18,
             "fresh19": FRESH19, "fresh20": FRESH20, "fresh21": FRESH21, "fresh22": FRESH22,
             "fresh23": FRESH23, "fresh24": FRESH24, "fresh25": FRESH25, "fresh26": FRESH26,
             "fresh27": FRESH27, "fresh28": FRESH28, "fresh29": FRESH29, "fresh30": FRESH30,
             "fresh31": FRESH31, "fresh32": FRESH32, "fresh33": FRESH33, "fresh34": FRESH34,
             "fresh35": FRESH35, "fresh36": FRESH36, "fresh37": FRESH37, "fresh38": FRESH38,
             "fresh39": FRESH39, "fresh40": FRESH40, "fresh41": FRESH41, "fresh42": FRESH42}
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

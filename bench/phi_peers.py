"""Benchmark: the PHI scanner beside two maintained peers on the same notes — the generated
corpus's held-out part (tests/phi/generated.py), which no tuning looked at.

Peers (the `phi-peers` extra: pip install -e '.[phi-peers]'):
- philter-lite (a maintained fork of UCSF's Philter), its shipped configuration
  (configs/philter_delta.toml). Philter tags parts of speech with NLTK's averaged-perceptron
  tagger, whose model NLTK downloads from its own hub at run time: it cannot be fetched here
  (nor is it on PyPI). It runs with a stand-in tagger instead: a capitalised word is NNP, a
  number CD, any other word NN. That mostly serves its name lists (checked on NNP words);
  say so when quoting its figures.
- presidio-analyzer (Microsoft Presidio) with its predefined PATTERN recognizers only: its
  spaCy NER model (en_core_web_lg/sm) is not on PyPI (spaCy downloads it from GitHub), so the
  NLP engine is a blank English spaCy pipeline (tokens, no entities): no PERSON and no
  LOCATION from NER. Default score threshold (0). tldextract is told not to fetch the public
  suffix list (it uses the snapshot it ships).

Matching, the same for every tool: category-agnostic overlap (the purpose is to remove
identifiers, and the three name categories differently). An expected span is caught when a
finding overlaps it; a finding that overlaps no expected span is a false alarm. The scanner's
own exact figures (category, start and end must match) are printed as well.

    .venv/bin/python bench/phi_peers.py                  # held-out part
    .venv/bin/python bench/phi_peers.py --part fresh26   # or fresh, fresh2 … fresh42, tuning, corpus, all
    .venv/bin/python bench/phi_peers.py --tiny           # a few notes per category (CI)
    .venv/bin/python bench/phi_peers.py --require-peers  # fail if a peer is not installed

A peer that is not installed is skipped with a message (exit 0) unless --require-peers.
Figures go to stdout and bench/results/phi_peers.json (phi_peers.tiny.json with --tiny).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

Span = tuple[int, int]


# ---------------------------------------------------------------- the tools

def rounds_tool(rules_only: bool = False) -> Callable[[str, str | None], list[Span]]:
    """Rounds' scan as the site runs it: the rules with the statistical model
    (community.platform.phi.scan; bench/README.md, "Twelfth round"), or the rules alone
    (`rounds rules`: community.platform.phi.scanner.scan)."""
    from community.platform.phi import scan
    from community.platform.phi.scanner import scan as scan_rules

    detector = scan_rules if rules_only else scan

    def detect(text: str, section: str | None = None) -> list[Span]:
        return [(f.start, f.end) for f in detector(text, section=section)]

    return detect


def philter_tool() -> Callable[[str, str | None], list[Span]]:
    import philter_lite
    from philter_lite import philter as philter_module

    def stand_in_pos(text: str):
        tokens = philter_module._get_clean(text)
        return [(t, "CD" if t.isdigit() else "NNP" if t[:1].isupper() else "NN")
                for t in tokens]

    philter_module._get_pos = stand_in_pos  # NLTK's tagger model cannot be downloaded here
    config = Path(philter_lite.__file__).parent / "configs" / "philter_delta.toml"
    filters = philter_lite.load_filters(str(config))

    def detect(text: str, section: str | None = None) -> list[Span]:
        _, exclude_map, _ = philter_lite.detect_phi(text, patterns=filters)
        return [(start, stop) for start, stop in exclude_map.filecoords()]

    return detect


def presidio_tool() -> Callable[[str, str | None], list[Span]]:
    import tldextract

    offline = tldextract.TLDExtract(suffix_list_urls=())
    tldextract.extract = offline  # its EmailRecognizer calls tldextract.extract
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    class BlankEnglish(SpacyNlpEngine):
        """Tokens only: no spaCy model can be downloaded here."""

        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    engine = BlankEnglish(models=[{"lang_code": "en", "model_name": "blank"}])
    engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=engine)
    registry.recognizers = [r for r in registry.recognizers
                            if type(r).__name__ != "SpacyRecognizer"]
    analyzer = AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=["en"])

    def detect(text: str, section: str | None = None) -> list[Span]:
        return [(r.start, r.end) for r in analyzer.analyze(text, language="en")]

    return detect


TOOLS = {
    "rounds": (rounds_tool, None),
    "rounds rules": (lambda: rounds_tool(rules_only=True), None),
    "philter-lite": (philter_tool, "philter_lite"),
    "presidio-analyzer": (presidio_tool, "presidio_analyzer"),
}


# ---------------------------------------------------------------- scoring

@dataclass
class Tally:
    caught: int = 0
    missed: int = 0
    findings: int = 0
    false_alarms: int = 0
    per_category: dict[str, list[int]] = field(default_factory=dict)  # [caught, expected]
    seconds: float = 0.0
    words: int = 0

    @property
    def recall(self) -> float:
        return self.caught / (self.caught + self.missed) if self.caught + self.missed else 1.0

    @property
    def precision(self) -> float:
        return 1 - self.false_alarms / self.findings if self.findings else 1.0


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def measure(detect, notes) -> Tally:
    tally = Tally()
    for note in notes:
        started = time.perf_counter()
        found = [s for s in detect(note.text, note.section) if s[1] > s[0]]
        tally.seconds += time.perf_counter() - started
        tally.words += len(note.text.split())
        expected = [(e.start, e.end, e.category) for e in note.expected]
        for start, end, category in expected:
            hit = any(_overlaps((start, end), f) for f in found)
            tally.caught += hit
            tally.missed += not hit
            counts = tally.per_category.setdefault(category, [0, 0])
            counts[0] += hit
            counts[1] += 1
        tally.findings += len(found)
        tally.false_alarms += sum(1 for f in found
                                  if not any(_overlaps(f, (s, e)) for s, e, _ in expected))
    return tally


def notes_for(name: str, tiny: bool):
    from tests.phi.parts import part, parts

    notes = tuple(n for notes in parts().values() for n in notes) if name == "all" \
        else part(name)
    return notes[::10] if tiny else notes


def main() -> None:
    from tests.phi.parts import NAMES

    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", choices=(*NAMES, "all"), default="held-out")
    parser.add_argument("--tiny", action="store_true", help="every tenth note: a CI smoke run")
    parser.add_argument("--require-peers", action="store_true",
                        help="fail when a peer is not installed (instead of skipping it)")
    args = parser.parse_args()

    import importlib.util

    from community.platform.phi import scan
    from tests.phi.corpus import evaluate

    notes = notes_for(args.part, args.tiny)
    spans = sum(len(n.expected) for n in notes)
    print(f"{len(notes)} notes of the {args.part} part{' (tiny: every tenth)' if args.tiny else ''}"
          f", {spans} expected spans; category-agnostic overlap matching")
    results: dict[str, dict] = {}
    missing = []
    for name, (factory, module) in TOOLS.items():
        if module and importlib.util.find_spec(module) is None:
            print(f"-- {name}: not installed, skipped (pip install -e '.[phi-peers]')")
            missing.append(name)
            continue
        started = time.perf_counter()
        detect = factory()
        detect("warm-up: Mr Smith, MRN 1234567, 12/03/2024.", None)
        setup = time.perf_counter() - started
        tally = measure(detect, notes)
        results[name] = {
            "recall": round(tally.recall, 3), "precision": round(tally.precision, 3),
            "caught": tally.caught, "expected": tally.caught + tally.missed,
            "findings": tally.findings, "false_alarms": tally.false_alarms,
            "setup_s": round(setup, 2), "scan_s": round(tally.seconds, 3),
            "ms_per_1000_words": round(tally.seconds * 1000 / max(tally.words, 1) * 1000, 2),
            "per_category": {c: round(k / n, 3) for c, (k, n) in sorted(tally.per_category.items())},
        }
    overall, per, _ = evaluate(scan, notes)
    results.setdefault("rounds", {})["exact"] = {
        "recall": round(overall.recall, 3), "precision": round(overall.precision, 3),
        "per_category": {c: {"recall": round(s.recall, 3), "precision": round(s.precision, 3)}
                         for c, s in sorted(per.items())}}

    width = max(map(len, results))
    print(f"\n{'tool':<{width}}  recall  precision  findings  false  ms/1000 words  setup s")
    for name, r in results.items():
        if "recall" not in r:
            continue
        print(f"{name:<{width}}  {r['recall']:6.3f}  {r['precision']:9.3f}  {r['findings']:8}  "
              f"{r['false_alarms']:5}  {r['ms_per_1000_words']:13.2f}  {r['setup_s']:7.2f}")
    exact = results["rounds"]["exact"]
    print(f"rounds, exact matching (category, start, end): recall {exact['recall']:.3f}, "
          f"precision {exact['precision']:.3f}")
    categories = sorted({c for r in results.values() for c in r.get("per_category", {})})
    tools = [n for n in results if "per_category" in results[n]]
    print("\nrecall per category (overlap, any category)")
    print(f"{'category':<12} " + " ".join(f"{n:>17}" for n in tools)
          + f" {'rounds exact r/p':>17}")
    for c in categories:
        e = exact["per_category"].get(c, {})
        print(f"{c:<12} " + " ".join(f"{results[n]['per_category'].get(c, 0):17.3f}"
                                     for n in tools)
              + f" {e.get('recall', 0):8.3f}/{e.get('precision', 0):.3f}")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / ("phi_peers.tiny.json" if args.tiny else "phi_peers.json")).write_text(
        json.dumps({"part": args.part, "notes": len(notes), "spans": spans, "skipped": missing,
                    "tools": results}, indent=2) + "\n")
    if missing and args.require_peers:
        raise SystemExit(f"peers not installed: {', '.join(missing)}")
    if not results["rounds"].get("caught"):
        raise SystemExit("the scanner caught nothing in notes full of identifiers")


if __name__ == "__main__":
    main()

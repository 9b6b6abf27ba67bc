"""Train the PHI scanner's statistical model (community/platform/phi/model.py: a CRF token
tagger, CRFsuite through python-crfsuite) on the labelled parts in tests/phi, and measure it
honestly: leave one author's part out, train on the rest, and score on that part the rules
alone (`scanner.scan`), the model alone, the two as the site combines them
(`community.platform.phi.scan`), and `model.merge` for a range of the
model's INSIDE levels (a token is in an identifier when 1 - P(O) reaches it) and of the rule
findings `combine` may drop; then the same figures pooled over the parts left out.

    .venv/bin/python bench/phi_model.py                         # train on every part, write the model
    .venv/bin/python bench/phi_model.py --out /tmp/phi.model    # the same, elsewhere
    .venv/bin/python bench/phi_model.py --leave-out fresh11     # train without it, score on it
    .venv/bin/python bench/phi_model.py --keep /tmp/m --leave-out fresh9 --leave-out fresh10 \
        --leave-out fresh11                                     # several; keep the models
    .venv/bin/python bench/phi_model.py --keep /tmp/m --score-only --leave-out fresh11  # rescore
    .venv/bin/python bench/phi_model.py --tiny   # CI: fresh11 left out, every tenth note, 10 iterations

Deterministic (the same parts in the same order, L-BFGS). The final model is written to
community/platform/phi/data/phi_crf.model; a leave-one-out model to a temporary file (or
--keep). Figures go to stdout and bench/results/phi_model.json (leave-one-out runs;
phi_model.tiny.json with --tiny). Never trained on: fresh47 to fresh50, the twenty-second
round's blind parts, measured once with the model this trains (bench/README.md, "Twenty-second
round"); fresh12 to fresh46, the earlier blind parts, were each measured once before they
became training data.
Matching: exact (tests/phi/corpus.py `evaluate`: category, start and end) and category-agnostic
overlap (bench/phi_peers.py `measure`). The rules were tuned on every part up to fresh11, so
their figures (and the combination's) are biased upward there; the model's are not.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)  # the model's INSIDE level
DROP_CONFIDENCES = (0.5, 0.7, 0.9, 1.0)  # a rule finding this weak or weaker…
DROP_SUPPORTS = (0.02, 0.05, 0.1, 0.2)   # …dropped when the model gives it less than this
PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


TRAINED_THROUGH = 46  # fresh47 to fresh50, the twenty-second round's blind parts, are never trained on


def parts() -> dict:
    """The labelled parts, in a fixed order (none after fresh{TRAINED_THROUGH})."""
    from tests.phi.parts import parts as every_part

    return every_part(last=TRAINED_THROUGH)


def train(notes, path: Path, params: dict) -> float:
    """Train on `notes`, write the model to `path`; returns the seconds it took."""
    import pycrfsuite

    from community.platform.phi.model import labelled_segments

    started = time.perf_counter()

    class Trainer(pycrfsuite.Trainer):
        def message(self, message):  # CRFsuite's log: a line every 25 iterations
            line = message.strip()
            if line.startswith("***** Iteration #"):
                number = int(line.split("#")[1].split()[0])
                if number % 25 == 0:
                    print(f"  iteration {number}, {time.perf_counter() - started:.0f} s",
                          flush=True)
            elif line.startswith(("Loss:", "Number of active features:")) and self.last % 25 == 0:
                print("    " + line, flush=True)
            if line.startswith("***** Iteration #"):
                self.last = int(line.split("#")[1].split()[0])

    trainer = Trainer(algorithm="lbfgs", verbose=True)
    trainer.last = 0
    items = 0
    for note in notes:
        spans = [(e.category, e.start, e.end) for e in note.expected]
        for xseq, yseq in labelled_segments(note.text, spans):
            trainer.append(xseq, yseq)
            items += 1
    print(f"  {len(notes)} notes, {items} segments; features built in "
          f"{time.perf_counter() - started:.0f} s", flush=True)
    trainer.set_params(params)
    trainer.train(str(path))
    return time.perf_counter() - started


def score(notes, model) -> dict:
    """Rules, model and combinations on `notes`: exact and overlap recall and precision."""
    from bench.phi_peers import measure
    from community.platform.phi.model import combine, merge
    from community.platform.phi.scanner import known_not_identifier, scan
    from tests.phi.corpus import evaluate

    rules, found, support = {}, {}, {}
    for n in notes:
        rules[n.id] = scan(n.text, section=n.section)
        tagged = model.tagged(n.text)
        support[n.id] = model.support(tagged, [(f.start, f.end) for f in rules[n.id]])
        for threshold in THRESHOLDS:
            found[n.id, threshold] = model.spans(n.text, tagged, threshold)
    by_text = {(n.text, n.section): n.id for n in notes}

    def figures(pick) -> dict:
        def run(text, section=None):
            return pick(by_text[(text, section)])
        exact, _, _ = evaluate(run, notes)
        overlap = measure(lambda text, section=None: [(f.start, f.end) for f in run(text, section)],
                          notes)
        return {"exact_recall": round(exact.recall, 4), "exact_precision": round(exact.precision, 4),
                "overlap_recall": round(overlap.recall, 4),
                "overlap_precision": round(overlap.precision, 4),
                "findings": overlap.findings, "false_alarms": overlap.false_alarms,
                "missed": overlap.missed, "caught": overlap.caught,
                "exact": [exact.tp, exact.fp, exact.fn]}

    def combined(i, threshold, drop_confidence, drop_support, not_added=frozenset()):
        supports = [s if f.confidence <= drop_confidence else None
                    for f, s in zip(rules[i], support[i])]
        return merge(rules[i], found[i, threshold], supports, drop_support, not_added)

    notes_by_id = {n.id: n for n in notes}

    def as_site(i):  # what the site's scan does (community.platform.phi.scan), with this model
        n = notes_by_id[i]
        return combine(n.text, rules[i], using=model,
                       veto=lambda t, f: known_not_identifier(t, f, n.section))

    out = {"rules": figures(lambda i: rules[i]), "scan (rules + model)": figures(as_site)}
    for threshold in THRESHOLDS:
        out[f"model@{threshold}"] = figures(lambda i, t=threshold: found[i, t])
        out[f"combined@{threshold}"] = figures(lambda i, t=threshold: combined(i, t, -1.0, 0.0))
        for drop_confidence in DROP_CONFIDENCES:
            for drop_support in DROP_SUPPORTS:
                out[f"combined@{threshold} drop<={drop_confidence}<{drop_support}"] = figures(
                    lambda i, t=threshold, c=drop_confidence, s=drop_support: combined(i, t, c, s))
    return out


def show(name: str, result: dict) -> None:
    print(f"{name}: {'':<16} exact R / P      overlap R / P    findings  false alarms  missed")
    for row, f in result.items():
        if " drop" in row and not row.startswith(("combined@0.8 ",)):
            continue  # every row is in the JSON file
        print(f"  {row:<34} {f['exact_recall']:.3f} / {f['exact_precision']:.3f}    "
              f"{f['overlap_recall']:.3f} / {f['overlap_precision']:.3f}    {f['findings']:>6} "
              f"{f['false_alarms']:>10} {f['missed']:>8}", flush=True)


def pooled(results: dict) -> dict:
    """Each row's figures over all the parts left out (counts summed)."""
    rows: dict[str, list[int]] = {}
    for part in results.values():
        for row, f in part["figures"].items():
            c = rows.setdefault(row, [0] * 7)
            for i, v in enumerate((f["caught"], f["missed"], f["findings"], f["false_alarms"],
                                   *f["exact"])):
                c[i] += v
    return {row: {"overlap_recall": round(c[0] / (c[0] + c[1]), 4),
                  "overlap_precision": round(1 - c[3] / c[2], 4) if c[2] else 1.0,
                  "exact_recall": round(c[4] / (c[4] + c[6]), 4),
                  "exact_precision": round(c[4] / (c[4] + c[5]), 4) if c[4] + c[5] else 1.0,
                  "findings": c[2], "false_alarms": c[3], "missed": c[1]}
            for row, c in rows.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--leave-out", action="append", default=[],
                        help="a part to train without and score on (repeatable)")
    parser.add_argument("--keep", type=Path, help="a folder to keep leave-one-out models in")
    parser.add_argument("--out", type=Path,
                        help="where to write the model trained on every part (default: the "
                             "shipped model file)")
    parser.add_argument("--score-only", action="store_true",
                        help="score the models kept in --keep instead of training them")
    parser.add_argument("--c1", type=float, default=PARAMS["c1"])
    parser.add_argument("--c2", type=float, default=PARAMS["c2"])
    parser.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    parser.add_argument("--tiny", action="store_true",
                        help="a smoke run: fresh11 left out, every tenth note, 10 iterations")
    args = parser.parse_args()
    if args.tiny:
        args.leave_out, args.iterations, args.keep, args.score_only = ["fresh11"], 10, None, False
    params = {**PARAMS, "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}

    from community.platform.phi.model import MODEL_PATH, Model
    from tests.phi.parts import number

    every = parts()
    assert max(number(name) for name in every) == TRAINED_THROUGH
    if args.tiny:
        every = {name: part[::10] for name, part in every.items()}
    if not args.leave_out:
        notes = [n for part in every.values() for n in part]
        print(f"training on every part ({', '.join(every)}), {params}", flush=True)
        out = args.out or MODEL_PATH
        seconds = train(notes, out, params)
        print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB) in {seconds:.0f} s")
        return

    results = {}
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    for held in args.leave_out:
        notes = [n for name, part in every.items() if name != held for n in part]
        print(f"leave out {held}: training on the other {len(every) - 1} parts, {params}",
              flush=True)
        with tempfile.TemporaryDirectory() as tmp:
            path = (args.keep or Path(tmp)) / f"phi_crf.without-{held}.model"
            seconds = 0.0 if args.score_only else train(notes, path, params)
            size = path.stat().st_size
            model = Model(path)
            result = score(every[held], model)
        show(held, result)
        used = params
        if args.score_only:  # the training's figures, from the run that trained the model
            trained = json.loads((out / "phi_model.json").read_text()).get(held, {})
            seconds, used = trained.get("train_seconds", 0), trained.get("params", params)
        results[held] = {"train_seconds": round(seconds), "model_bytes": size,
                         "params": used, "figures": result}
        previous = {}
        file = out / ("phi_model.tiny.json" if args.tiny else "phi_model.json")
        if file.exists():
            previous = json.loads(file.read_text())
        previous.update(results)
        file.write_text(json.dumps(previous, indent=2) + "\n")
    parts_out = {k: v for k, v in previous.items() if isinstance(v, dict) and "figures" in v}
    show("pooled over " + ", ".join(parts_out), pooled(parts_out))


if __name__ == "__main__":
    main()

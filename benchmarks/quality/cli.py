"""``python -m benchmarks quality``: the engine's figures on the labelled set.

    python -m benchmarks quality                 # per field and overall, against the baseline
    python -m benchmarks quality --field nursing --explain
    python -m benchmarks quality --pair nursing-icu-paragraph --explain
    python -m benchmarks quality --by shape      # per posting shape instead of field
    python -m benchmarks quality --json          # one object for scripts
    python -m benchmarks quality --heldout       # the held-out pairs instead (never tuned on)
    python -m benchmarks quality --dir /tmp/batch  # a fresh batch of your own, labelled first
    python -m benchmarks quality --write-baseline

The baseline (benchmarks/data/quality/baseline.json) holds the figures of the last
landed engine, so every change shows before and after; ``--write-baseline`` replaces
it when the labels change or an improvement lands (README keeps the history).
The held-out pairs (benchmarks/data/quality/heldout/) are measured only with
``--heldout``: they stay out of the tuning loop and out of the baseline, so their
figures say whether rules tuned on the labelled set generalise to new texts.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.quality.labels import DATA, HELDOUT, LABELS, load_pairs
from benchmarks.quality.metrics import Judge, PairScore, score_pair
from benchmarks.quality.run import load_vocabulary, run_pair, vocabulary_tools
from benchmarks.quality.totals import Totals

BASELINE = DATA / "baseline.json"
COLUMNS = (  # (key, heading, width)
    ("pairs", "pairs", 5), ("recall", "recall", 6), ("precision", "prec", 6),
    ("missing_f1", "missF1", 6), ("required_right", "req/pr", 6), ("years", "years", 6),
    ("ndcg", "NDCG", 5), ("ndcg_source", "(src)", 5), ("first_third", "1st3rd", 6),
    ("first_third_source", "(src)", 5), ("invented", "invent", 6), ("lost", "lost", 4),
    ("guard_refusals", "refused", 7), ("errors", "errors", 6),
)


def _cell(value: object, width: int) -> str:
    if value is None:
        return "-".rjust(width)
    if isinstance(value, float):
        return f"{value:.2f}".rjust(width)
    return str(value).rjust(width)


def table(rows: dict[str, Totals], baseline: dict | None) -> str:
    lines = [f"{'':<22}" + " ".join(h.rjust(w) for _k, h, w in COLUMNS)]
    for name, totals in rows.items():
        values = totals.as_dict()
        lines.append(f"{name:<22}" + " ".join(_cell(values[k], w) for k, _h, w in COLUMNS))
    if baseline:
        old = baseline["overall"]
        lines.append(f"{'baseline overall':<22}"
                     + " ".join(_cell(old.get(k), w) for k, _h, w in COLUMNS))
    return "\n".join(lines)


def explain(score: PairScore) -> str:
    """Every false positive and negative of one pair, for someone tuning the engine."""
    out = [f"-- {score.pair_id} ({score.field})"]
    if score.error:
        out.append(f"   ERROR: {score.error}")

    def add(label: str, items: Sequence[str]) -> None:
        if items:
            out.append(f"   {label}: " + "; ".join(items))

    add("asked, not found (recall)", score.not_found)
    add("reported, not asked (precision)", score.false_reports)
    add("said missing, but shown or not asked", score.missing_wrong)
    add("truly missing, not said missing", score.missing_overlooked)
    add("required/preferred read wrong", score.kind_wrong)
    if not score.years_right:
        out.append(f"   years: label {score.years_label}, engine {score.years_engine}")
    if score.ndcg is not None:
        out.append(f"   bullet NDCG {score.ndcg:.3f} (source order {score.ndcg_source:.3f})")
    add("graded bullets not found in the text", score.unplaced_bullets)
    add("shown skills not in the first third", score.first_third_absent)
    add("invented", score.invented)
    add("lost", score.lost)
    if score.guard_refused:
        out.append("   GUARD REFUSED the result")
    return "\n".join(out)


def _commit() -> str | None:
    try:
        done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, cwd=DATA, timeout=10, check=False)
    except OSError:
        return None
    return done.stdout.strip() or None


def measure(field: str | None = None, pair_id: str | None = None, heldout: bool = False,
            folder: Path | None = None) -> tuple[list[PairScore], list[str]]:
    """Scores of the selected pairs that can run, and the ids skipped (no corpus);
    from the held-out folder instead of the labelled set when ``heldout``, or from
    ``folder`` (a fresh batch labelled before the engine ran on it, kept outside the
    repository so that nobody tunes on it twice)."""
    vocabulary = load_vocabulary()
    lookup, finder = vocabulary_tools(vocabulary)
    judge = Judge(lookup)
    scores, skipped = [], []
    for pair in load_pairs(folder or (HELDOUT if heldout else LABELS)):
        if (field and pair.field != field) or (pair_id and pair.id != pair_id):
            continue
        if not pair.available():
            skipped.append(pair.id)
            continue
        scores.append(score_pair(pair, run_pair(pair, vocabulary, finder), judge, finder))
    return scores, skipped


def summarise(scores: list[PairScore], by: str = "field") -> dict[str, Totals]:
    """One row per field (or posting shape), then the overall row."""
    rows: dict[str, Totals] = {}
    for name in sorted({getattr(s, by) for s in scores}):
        rows[name] = Totals.of(s for s in scores if getattr(s, by) == name)
    rows["overall"] = Totals.of(scores)
    return rows


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks quality",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    parser.add_argument("--field", help="only the pairs of this field")
    parser.add_argument("--pair", help="only this pair (its label file's name)")
    parser.add_argument("--by", choices=("field", "shape"), default="field",
                        help="group the rows by field (default) or by posting shape")
    parser.add_argument("--explain", action="store_true",
                        help="list each pair's false positives and negatives")
    parser.add_argument("--heldout", action="store_true",
                        help="measure the held-out pairs (never tuned on) instead")
    parser.add_argument("--dir", type=Path, metavar="FOLDER",
                        help="measure the label files in FOLDER instead (a batch of "
                        "your own; absolute resume/posting paths are allowed)")
    parser.add_argument("--write-baseline", action="store_true",
                        help=f"store these figures in {BASELINE.name} (whole set only)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    if args.dir and (args.heldout or args.write_baseline):
        print("--dir measures a batch of your own; it is never the baseline nor the "
              "held-out set", file=sys.stderr)
        return 2
    if args.dir and not args.dir.is_dir():
        print(f"no folder {args.dir}", file=sys.stderr)
        return 2
    if args.write_baseline and args.heldout:
        print("the baseline is the labelled set's; --heldout is never written to it",
              file=sys.stderr)
        return 2
    scores, skipped = measure(args.field, args.pair, args.heldout, args.dir)
    if not scores:
        print("no labelled pair matches", file=sys.stderr)
        return 2
    rows = summarise(scores)
    shapes = summarise(scores, "shape")
    baseline = json.loads(BASELINE.read_text("utf-8")) if BASELINE.is_file() else None
    figures = {
        "overall": rows["overall"].as_dict(),
        "fields": {k: v.as_dict() for k, v in rows.items() if k != "overall"},
        "shapes": {k: v.as_dict() for k, v in shapes.items() if k != "overall"},
        "pairs": {s.pair_id: {k: v for k, v in vars(s).items() if k != "pair_id"}
                  for s in scores},
        "skipped": skipped,
    }
    if args.write_baseline:
        if args.field or args.pair:
            print("--write-baseline measures the whole set; drop --field/--pair",
                  file=sys.stderr)
            return 2
        stamp = {"written": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
                 "commit": _commit()}
        BASELINE.write_text(json.dumps({**stamp, **figures}, indent=1, ensure_ascii=False)
                            + "\n", "utf-8")
    if args.json:
        print(json.dumps({**figures,
                          "baseline": None if args.heldout else baseline and baseline["overall"]},
                         indent=1, ensure_ascii=False))
        return 0
    print(table(shapes if args.by == "shape" else rows,
                None if (args.field or args.pair or args.heldout) else baseline))
    if skipped:
        print(f"skipped (shared corpus absent): {', '.join(skipped)}")
    if args.explain:
        for score in scores:
            print(explain(score))
    print(f"{len(scores)} pairs in {time.perf_counter() - start:.1f} s")
    return 0

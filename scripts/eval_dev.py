"""Score every dev set in ``../shared/eval`` on its tune and check parts, in one process.

    .venv/bin/python scripts/eval_dev.py                      # every set, both parts
    .venv/bin/python scripts/eval_dev.py --sets plover,case2021 --parts check
    .venv/bin/python scripts/eval_dev.py --out out/eval       # also one JSON report per run

Prints one line per set and part with its headline figures, and the tune-check gap. The
pipeline is loaded once; each part of each set is one ``eventwire.eval.evaluate`` call.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from eventwire.eval import evaluate
from eventwire.extract import Pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"

#: name → (gold file under shared/eval, task, headline metrics).
SETS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "plover": (
        "plover_gsr/dev.jsonl",
        "plover",
        ("top1_accuracy", "any_match", "source_country_accuracy", "target_country_accuracy"),
    ),
    "case2021": (
        "case2021_task2/dev.jsonl",
        "case2021",
        ("sub_event_type_accuracy", "event_type_accuracy"),
    ),
    "police": (
        "indiapoliceevents/dev.jsonl",
        "police",
        ("article_macro_f1", "article_arrest_f1", "article_kill_f1", "article_force_f1"),
    ),
    "geowebnews": ("geowebnews/dev.jsonl", "geo", ("acc_at_161km", "recall", "mention_precision")),
    "lgl": ("lgl/dev.jsonl", "geo", ("acc_at_161km", "recall", "mention_precision")),
    "geovirus": ("geovirus/geovirus.jsonl", "geo", ("acc_at_161km", "recall", "mention_precision")),
    "trnews": ("trnews/trnews.jsonl", "geo", ("acc_at_161km", "recall", "mention_precision")),
    "tempeval3": ("tempeval3/tempeval3_docs.jsonl", "dates", ("date_value_accuracy",)),
    "meantime": ("meantime/meantime_docs.jsonl", "dates", ("date_value_accuracy",)),
    "gvdb": ("gvdb/dev.jsonl", "casualties", ("killed_accuracy", "injured_accuracy")),
    "polnear": (
        "polnear/polnear.jsonl",
        "attributions",
        ("direct_source", "indirect_source", "speech_source", "precision"),
    ),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated set names")
    parser.add_argument("--parts", default="tune,check", help="tune, check and/or all")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared eval folder")
    parser.add_argument("--out", type=Path, help="folder for one JSON report per set and part")
    parser.add_argument("--limit", type=int, help="score only the first N items of each part")
    args = parser.parse_args(argv)
    unknown = [name for name in args.sets.split(",") if name not in SETS]
    if unknown:
        parser.error(f"unknown set(s) {', '.join(unknown)}; choose from {', '.join(SETS)}")
    missing = [str(args.shared / SETS[n][0]) for n in args.sets.split(",")]
    missing = [path for path in missing if not Path(path).is_file()]
    if missing:
        parser.error(f"gold file(s) not found: {', '.join(missing)} (pass --shared)")
    pipeline = Pipeline()
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    for name in args.sets.split(","):
        path, task, headline = SETS[name]
        figures: dict[str, dict[str, float]] = {}
        for part in args.parts.split(","):
            started = time.perf_counter()
            report = evaluate(
                task, args.shared / path, pipeline.process, part=part, limit=args.limit
            )
            figures[part] = report.metrics
            shown = "  ".join(f"{m}={report.metrics.get(m, float('nan')):.3f}" for m in headline)
            took = time.perf_counter() - started
            print(f"{name:11} {part:5} n={report.n:<4} {shown}  ({took:.0f} s)", flush=True)
            if args.out:
                data = report.to_dict()
                (args.out / f"{name}.{part}.json").write_text(json.dumps(data, indent=2) + "\n")
        if "tune" in figures and "check" in figures:
            gaps = "  ".join(
                f"{m}={figures['tune'].get(m, 0) - figures['check'].get(m, 0):+.3f}"
                for m in headline
            )
            print(f"{name:11} gap   tune-check {gaps}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

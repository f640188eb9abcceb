"""Score the geo dev sets on lower-cased copies of their texts, as a stand-in lower-case gold set.

    .venv/bin/python scripts/eval_lowercase_geo.py                  # every geo set, tune and check
    .venv/bin/python scripts/eval_lowercase_geo.py --sets lgl --parts check

Some news arrives lower-cased (the IndiaPoliceEvents texts), and there is no lower-cased geo gold
set, so this one lower-cases each item's ``text`` and ``title`` character by character (a
character whose lower case is longer, like "İ", is kept, so every gold offset still holds),
writes the copy to a temporary file and scores it with ``eventwire.eval.evaluate`` exactly as
``scripts/eval_dev.py`` scores the originals: same parts (``eventwire.eval.parts`` decides them
from the item's id, which lower-casing leaves alone), same headline figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from eventwire.eval import evaluate
from eventwire.extract import Pipeline
from eventwire.jsonlines import dumps_line

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SETS = {
    "geowebnews": "geowebnews/dev.jsonl",
    "lgl": "lgl/dev.jsonl",
    "geovirus": "geovirus/geovirus.jsonl",
    "trnews": "trnews/trnews.jsonl",
}
HEADLINE = ("acc_at_161km", "recall", "mention_precision")


def lower_same_length(text: str) -> str:
    """``text`` lower-cased wherever that keeps the length, so character offsets still hold."""
    return "".join(low if len(low := c.lower()) == 1 else c for c in text)


def lowered_copy(source: Path, target: Path) -> None:
    """Write ``source`` (geo JSON lines) to ``target`` with its texts and titles lower-cased."""
    with source.open(encoding="utf-8") as src, target.open("w", encoding="utf-8") as out:
        for line in src:
            if not line.strip():
                continue
            item = json.loads(line)
            for field in ("text", "title"):
                if isinstance(item.get(field), str):
                    item[field] = lower_same_length(item[field])
            out.write(dumps_line(item))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated geo set names")
    parser.add_argument("--parts", default="tune,check", help="tune, check and/or all")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared eval folder")
    parser.add_argument("--limit", type=int, help="score only the first N items of each part")
    args = parser.parse_args(argv)
    unknown = [name for name in args.sets.split(",") if name not in SETS]
    if unknown:
        parser.error(f"unknown set(s) {', '.join(unknown)}; choose from {', '.join(SETS)}")
    pipeline = Pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets.split(","):
            lowered = Path(tmp) / f"{name}.jsonl"
            lowered_copy(args.shared / SETS[name], lowered)
            for part in args.parts.split(","):
                started = time.perf_counter()
                report = evaluate("geo", lowered, pipeline.process, part=part, limit=args.limit)
                shown = "  ".join(
                    f"{m}={report.metrics.get(m, float('nan')):.3f}" for m in HEADLINE
                )
                took = time.perf_counter() - started
                print(f"{name:11} {part:5} n={report.n:<4} {shown}  ({took:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

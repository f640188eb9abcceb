"""Cost of one long article against its length: extraction, ingest and listing its events.

    python benchmarks/long_articles.py [--sizes 50000,200000,1000000]

Each article is realistic news text (the bundled examples and the seed articles) repeated, with
blank lines between paragraphs, up to the size asked. Every size runs in fresh child processes,
so the peak memory (the child's maximum resident set size, the model included) belongs to that
size alone; extraction, ingest into a SQLite file and listing the events back each get their
own child. The per-character ratio to the smallest size is what to watch (target <= 1.5: the
cost is linear in length); seconds are printed for context only.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "src" / "eventwire" / "examples" / "articles", ROOT.parent / "shared" / "seed"]
DEFAULT_SIZES = "50000,200000,1000000"


def paragraphs() -> list[str]:
    """The paragraphs of every source article, seed-style headers removed."""
    from eventwire.readers import ReadOptions, parse_text

    found: list[str] = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            item = parse_text(path.read_text(encoding="utf-8"), str(path), ReadOptions())
            if isinstance(item, tuple):
                found += [p.strip() for p in item[1].text.split("\n\n") if p.strip()]
    return found


def build_text(size: int) -> str:
    """Source paragraphs repeated in order until ``size`` characters, cut at a paragraph end."""
    pool = paragraphs()
    parts: list[str] = []
    total = 0
    while total < size:
        paragraph = pool[len(parts) % len(pool)]
        if parts and total + len(paragraph) + 2 > size:
            break
        parts.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(parts)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_extract(size: int, work: Path) -> dict[str, Any]:
    """Extract one article of ``size`` characters; the result goes to ``work`` as JSON."""
    import datetime as dt

    from eventwire.extract import Pipeline
    from eventwire.records import Article

    pipeline = Pipeline()
    pipeline(Article(id="warm", text="Police arrested twelve activists in Harare."))
    text = build_text(size)
    article = Article(id=f"long-{size}", text=text, published=dt.date(2021, 11, 7))
    start = time.perf_counter()
    result = pipeline(article)
    seconds = time.perf_counter() - start
    (work / "result.json").write_text(json.dumps(result.to_dict(with_text=True)))
    return {"chars": len(text), "seconds": seconds, "events": len(result.events)}


def child_ingest(work: Path) -> dict[str, Any]:
    """Ingest the extracted result into a fresh SQLite store."""
    from eventwire.records import ArticleResult
    from eventwire.store import SQLiteStore, ingest

    data = json.loads((work / "result.json").read_text())
    result = ArticleResult.from_dict(data)
    start = time.perf_counter()
    with SQLiteStore(work / "bench.db") as store:
        ingest(store, result)
    return {"seconds": time.perf_counter() - start}


class _LineCounter(io.TextIOBase):
    """A stdout that keeps nothing and counts the lines written to it."""

    lines = 0

    def write(self, text: str) -> int:
        self.lines += text.count("\n")
        return len(text)


def child_list(work: Path) -> dict[str, Any]:
    """List the events back exactly as ``eventwire events --format jsonl`` does."""
    from eventwire.cli import app

    out = _LineCounter()
    start = time.perf_counter()
    with contextlib.redirect_stdout(out):
        app(["events", "--db", str(work / "bench.db"), "--format", "jsonl"], standalone_mode=False)
    return {"seconds": time.perf_counter() - start, "rows": out.lines}


def run_child(step: str, size: int, work: Path) -> dict[str, Any]:
    """Run one step in a fresh interpreter and return what it measured."""
    cmd = [sys.executable, __file__, "--child", step, "--size", str(size), "--work", str(work)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"{step} at {size} chars failed")
    out: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return out


def measure(size: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        extracted = run_child("extract", size, work)
        ingested = run_child("ingest", size, work)
        listed = run_child("list", size, work)
    return {"extract": extracted, "ingest": ingested, "list": listed}


def print_table(rows: list[dict[str, Any]]) -> None:
    base = rows[0]["extract"]["seconds"] / rows[0]["extract"]["chars"]
    print(
        f"{'chars':>9} {'seconds':>8} {'us/char':>8} {'ratio':>6} {'peak MB':>8} {'events':>7}"
        f" | {'ingest s':>8} {'MB':>6} | {'list s':>7} {'MB':>6} {'rows':>6}"
    )
    for r in rows:
        e, i, li = r["extract"], r["ingest"], r["list"]
        per_char = e["seconds"] / e["chars"]
        print(
            f"{e['chars']:>9} {e['seconds']:>8.2f} {per_char * 1e6:>8.1f} {per_char / base:>6.2f}"
            f" {e['peak_mb']:>8.0f} {e['events']:>7} | {i['seconds']:>8.2f} {i['peak_mb']:>6.0f}"
            f" | {li['seconds']:>7.2f} {li['peak_mb']:>6.0f} {li['rows']:>6}"
        )
    print("ratio: time per character relative to the smallest size (target <= 1.50)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES, help="comma-separated character counts")
    parser.add_argument("--child", choices=("extract", "ingest", "list"), help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        steps = {
            "extract": lambda: child_extract(args.size, args.work),
            "ingest": lambda: child_ingest(args.work),
            "list": lambda: child_list(args.work),
        }
        measured = steps[args.child]()
        print(json.dumps({**measured, "peak_mb": peak_mb()}))
        return 0
    sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
    rows = []
    for size in sizes:
        rows.append(measure(size))
        print(f"done {size} chars", file=sys.stderr)
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())

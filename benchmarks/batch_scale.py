"""Scaling of ``eventwire batch --runner local``: 1 vs 2 workers, memory, ratio to bare spaCy.

    python benchmarks/batch_scale.py [--articles 240] [--shard-size 20] [--workers 2]
    python benchmarks/batch_scale.py --articles 100000 --shard-size 1000 --big

The input is the example articles repeated with new ids (``--file`` for a JSONL of your own).
Printed, as ratios first (the machine is noisy; seconds are context only):

- articles/s of the local runner with 1 and with ``--workers`` workers, and their ratio;
- articles/s of one in-process pipeline over the same texts and of bare spaCy parsing them,
  and their ratio (as in ``benchmarks/throughput.py``);
- peak resident memory per worker;
- with ``--big``: only the ``--workers`` run, with each worker's current memory every few shards
  (it should stay flat however many articles go through).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.batch import PoolRunner, run_batch
from eventwire.batch.shards import Shard
from eventwire.batch.work import ShardJob, ShardOutcome
from eventwire.config import load_settings
from eventwire.extract import Pipeline
from eventwire.nlp.pipeline import load_base
from eventwire.readers import read_inputs
from eventwire.records import Article

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "examples" / "articles"


def source_articles(file: Path | None) -> list[Article]:
    return list(read_inputs([str(file or EXAMPLES)]))


def write_input(base: list[Article], n: int, shard_size: int, folder: Path) -> list[str]:
    """``n`` articles cycled from ``base`` with new ids, in JSONL shards of ``shard_size``."""
    paths: list[str] = []
    for start in range(0, n, shard_size):
        path = folder / f"shard-{start // shard_size:06d}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i in range(start, min(n, start + shard_size)):
                a = base[i % len(base)]
                day = a.published.isoformat() if a.published else None
                row = {"id": f"bench-{i}", "text": a.text, "source": a.source, "published": day}
                fh.write(json.dumps(row) + "\n")
        paths.append(str(path))
    return paths


def rss_mb(pid: int) -> float:
    """Current resident memory of a process (Linux), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class SampledRunner:
    """A pool runner that prints each worker's memory every ``every`` shards."""

    def __init__(self, workers: int, every: int) -> None:
        self.pool = PoolRunner(workers)
        self.every = every

    def map_shards(self, shards: Sequence[Shard], job: ShardJob) -> Iterator[ShardOutcome]:
        start, articles, pids = time.perf_counter(), 0, set()
        print("  elapsed_s  articles  articles/s  worker RSS now (MB)")
        for n, outcome in enumerate(self.pool.map_shards(shards, job), start=1):
            articles += outcome.articles
            pids.add(outcome.pid)
            if n % self.every == 0 or n == len(shards):
                elapsed = time.perf_counter() - start
                rss = " ".join(f"{rss_mb(p):.0f}" for p in sorted(pids))
                print(f"  {elapsed:9.0f}  {articles:8d}  {articles / elapsed:10.1f}  {rss}")
            yield outcome


@dataclass(frozen=True, slots=True)
class Timing:
    """One batch run: wall-clock articles/s (start-up included), warm articles/s (the sum over
    workers of articles / seconds spent in shards: pipeline loading left out) and peak RSS."""

    wall: float
    warm: float
    peak_mb: float


def timed_run(paths: list[str], workers: int, out: Path, every: int = 0) -> Timing:
    runner = SampledRunner(workers, every) if every else PoolRunner(workers)
    summary = run_batch(paths, out, runner, load_settings(), progress=False)
    per_worker: dict[int, list[float]] = {}
    for o in summary.outcomes:
        done = per_worker.setdefault(o.pid, [0.0, 0.0])
        done[0] += o.articles
        done[1] += o.seconds
    warm = sum(n / s for n, s in per_worker.values() if s)
    peak = max((o.peak_rss_mb for o in summary.outcomes), default=0.0)
    return Timing(summary.rate, warm, peak)


def in_process(texts: list[str]) -> tuple[float, float]:
    """Articles/s of bare spaCy and of the eventwire pipeline, one process, same texts."""
    pipeline = Pipeline()
    base = load_base(pipeline.settings)
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    list(pipeline.process(articles[:2]))
    base(texts[0])
    start = time.perf_counter()
    list(base.pipe(texts, batch_size=16))
    bare = len(texts) / (time.perf_counter() - start)
    start = time.perf_counter()
    list(pipeline.process(articles))
    full = len(texts) / (time.perf_counter() - start)
    return bare, full


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=240)
    parser.add_argument("--shard-size", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--file", type=Path, default=None, help="JSONL of articles to cycle")
    parser.add_argument("--big", action="store_true", help="one run, memory over time")
    args = parser.parse_args()
    base = source_articles(args.file)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = write_input(base, args.articles, args.shard_size, folder)
        print(f"input: {args.articles} articles in {len(paths)} shards of {args.shard_size}")
        if args.big:
            every = max(1, len(paths) // 20)
            big = timed_run(paths, args.workers, folder / "big", every)
            print(
                f"{args.workers} workers: {big.wall:.1f} articles/s "
                f"(warm {big.warm:.1f}), peak RSS/worker {big.peak_mb:.0f} MB"
            )
            return 0
        one = timed_run(paths, 1, folder / "one")
        many = timed_run(paths, args.workers, folder / "many")
        texts = [base[i % len(base)].text for i in range(min(args.articles, 200))]
        bare, full = in_process(texts)
    n = args.workers
    print("articles/s: wall clock (start-up included) / warm (pipeline loading left out)")
    print(f"local runner, 1 worker:  {one.wall:.1f} / {one.warm:.1f}")
    print(f"local runner, {n} workers: {many.wall:.1f} / {many.warm:.1f}")
    print(
        f"ratio {n} workers / 1: wall {many.wall / one.wall:.2f}, warm {many.warm / one.warm:.2f}"
    )
    print(f"peak RSS per worker: {max(one.peak_mb, many.peak_mb):.0f} MB (target <= 1500)")
    print(f"in-process: bare spaCy {bare:.1f}/s, eventwire {full:.1f}/s, ratio {full / bare:.2f}")
    print(f"per core (warm): {one.warm:.1f} articles/s = {one.warm * 86400:,.0f} articles/day")
    driver = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"driver peak RSS: {driver:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

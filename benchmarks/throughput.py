"""Throughput of the full eventwire pipeline relative to bare spaCy parsing of the same texts.

    python benchmarks/throughput.py [--n 200] [--file ../shared/eval/ecbplus/ecbplus_docs.jsonl]

Both runs use the same model on the same texts in the same process, so the ratio (target ≥ 0.6)
is comparable across noisy machines; seconds are printed for context only. Peak memory is the
process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from eventwire.extract import Pipeline
from eventwire.nlp.pipeline import load_base
from eventwire.records import Article

DEFAULT = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "eval"
    / "ecbplus"
    / "ecbplus_docs.jsonl"
)


def load_texts(path: Path, n: int) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if len(texts) >= n:
                break
    return texts


def rate(fn, texts: list[str]) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn(texts)
    return len(texts) / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--file", type=Path, default=DEFAULT)
    args = parser.parse_args()
    if not args.file.exists():
        print(f"no benchmark data at {args.file}; pass --file", file=sys.stderr)
        return 1
    texts = load_texts(args.file, args.n)
    pipeline = Pipeline()
    base = load_base(pipeline.settings)
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    pipeline.nlp(texts[0])  # warm both (gazetteer and lexicon loading is not throughput)
    list(pipeline.process(articles[:2]))
    base(texts[0])
    bare = rate(lambda ts: list(base.pipe(ts, batch_size=16)), texts)
    full = rate(lambda ts: list(pipeline.process(articles)), texts)
    chars = sum(len(t) for t in texts)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"texts: {len(texts)} ({chars / len(texts):.0f} chars on average) from {args.file.name}")
    print(f"bare spaCy ({base.meta['name']}): {bare:.1f} docs/s")
    print(f"eventwire extract:        {full:.1f} docs/s")
    print(f"ratio: {full / bare:.2f} (target >= 0.60)")
    print(f"peak memory: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

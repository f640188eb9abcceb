"""What filing one article into its story costs in a store of 100,000 articles.

    python benchmarks/stories_scale.py [--articles 100000] [--db /tmp/stories-100k.db] [--probe 50]

The store is assembled from real extractions: the bundled examples and the first ``--bases``
ECB+ documents are run through the pipeline once; then ``--articles`` articles are made from
them in *happenings* of 1 to 8 reports (a few days apart, from different outlets). So that two
happenings made from the same document do not read alike, every capitalised word and every
digit of a happening's copy is replaced, at the same length, by a pseudo-word of its own (the
wordy fields of a result's JSON are rewritten, so every span stays exact).

The store is bulk-loaded: each article is inserted and indexed into the story of its happening
(profile, postings, document frequencies, the story record and its fused events: the same
tables ``eventwire ingest`` writes), without searching for that story, because at ingest's
pace (tens of articles a second on this machine) filling 100,000 would take hours. A database
built before is reused when it already holds enough articles.

Then ``--probe`` new articles (fresh happenings of 1 to 8 reports, made from the same documents
with other disguises, so their common words still meet thousands of stored articles) are stored
with ``SQLiteStore.put``, the path ``eventwire ingest`` takes, and the clustering work of each
is timed: candidate search and assignment (:func:`eventwire.fusion.assign.assign_article`) plus
rebuilding the stories it touched. Printed: median, p95 and max of that time, beside the whole
put, and the story sizes in the store. Seconds depend on the machine; the target is under one
second per article at 100,000.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.extract import Pipeline
from eventwire.fusion import assign as assign_module
from eventwire.fusion.assign import new_story_id
from eventwire.fusion.index import profile_of
from eventwire.records import Article, ArticleResult
from eventwire.store import SQLiteStore, StoryFilter, fingerprint
from eventwire.store import stories as stories_module
from eventwire.store.sqlite_rows import insert
from eventwire.store.sqlite_stories import SQLiteStories

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "src" / "eventwire" / "examples" / "articles"
ECB = ROOT.parent / "shared" / "eval" / "ecbplus" / "ecbplus_docs.jsonl"
START = dt.date(2022, 1, 1)
DAYS = 3 * 365
CAPITAL = re.compile(r"\b[A-Z][a-z]+\b|\d")
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def base_results(n_ecb: int) -> list[ArticleResult]:
    """The pipeline's results for the bundled examples and the first ``n_ecb`` ECB+ docs."""
    articles = [Article(p.stem, p.read_text("utf-8")) for p in sorted(EXAMPLES.glob("*.txt"))]
    with ECB.open(encoding="utf-8") as fh:
        for line, _ in zip(fh, range(n_ecb), strict=False):
            doc = json.loads(line)
            articles.append(Article(doc["doc_id"], doc["text"]))
    return list(Pipeline().process(articles))


#: The JSON fields holding words of the text (spans, names, the text itself).
WORDY = ("text", "name", "title")


def disguise(value: Any, tag: random.Random, seen: dict[str, str] | None = None) -> Any:
    """``value`` (a result's JSON) with capitalised words and digits in its wordy fields
    replaced, keeping their length, the same way everywhere in one call."""
    seen = {} if seen is None else seen
    if isinstance(value, list):
        return [disguise(v, tag, seen) for v in value]
    if not isinstance(value, dict):
        return value
    return {
        k: _swap_all(v, tag, seen) if k in WORDY and isinstance(v, str) else disguise(v, tag, seen)
        for k, v in value.items()
    }


def _swap_all(text: str, tag: random.Random, seen: dict[str, str]) -> str:

    def swap(match: re.Match[str]) -> str:
        word = match.group()
        if word not in seen:
            if word.isdigit():
                seen[word] = str(tag.randrange(10))
            else:
                rest = "".join(tag.choice(LETTERS) for _ in word[1:])
                seen[word] = tag.choice(LETTERS).upper() + rest
        return seen[word]

    return CAPITAL.sub(swap, text)


def happenings(bases: list[ArticleResult], n: int, seed: int = 7) -> Iterator[ArticleResult]:
    """``n`` article results in happenings of 1-8 reports, in publication order per happening."""
    rng = random.Random(seed)
    made = 0
    group = 0
    while made < n:
        base = rng.choice(bases).to_dict(with_text=True)
        made_up = disguise(base, random.Random(f"{seed}-{group}"))
        day = START + dt.timedelta(days=rng.randrange(DAYS))
        for k in range(min(rng.randint(1, 8), n - made)):
            copy = ArticleResult.from_dict(made_up, text=made_up["article"]["text"])
            copy.article.id = f"g{group}-{k}"
            copy.article.source = f"outlet-{rng.randrange(60)}"
            copy.article.published = day + dt.timedelta(days=rng.randrange(3))
            yield copy
            made += 1
        group += 1


def build(db: Path, bases: list[ArticleResult], n: int) -> None:
    """Bulk-load ``n`` articles, each filed in its happening's story (see the docstring)."""
    with SQLiteStore(db) as store:
        have = store.count()["articles"]
        if have >= n:
            print(f"reusing {db}: {have} articles", file=sys.stderr)
            return
    db.unlink()
    start = time.perf_counter()
    with SQLiteStore(db) as store:
        batch: list[ArticleResult] = []
        for i, result in enumerate(happenings(bases, n)):
            if batch and result.article.id.endswith("-0"):
                _load_happening(store, batch)
                batch = []
            batch.append(result)
            if (i + 1) % 10000 == 0:
                rate = (i + 1) / (time.perf_counter() - start)
                print(f"  {i + 1} loaded, {rate:.0f} articles/s", file=sys.stderr)
        _load_happening(store, batch)


def _load_happening(store: SQLiteStore, results: list[ArticleResult]) -> None:
    story = new_story_id(results[0].article.id)
    with store._write() as conn:  # one transaction, as put() does per article
        tables = SQLiteStories(conn)
        for result in results:
            insert(conn, result, fingerprint(result))
            tables.index.add(profile_of(result), story)
            tables.set_story(result.article.id, story)
        stories_module.refresh(tables, [story])


class Timer:
    """Accumulates the seconds spent in wrapped functions."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def wrap(self, fn):  # type: ignore[no-untyped-def]
        def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
            begin = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - begin

        return timed


def probe(
    db: Path, bases: list[ArticleResult], n: int, seed: int = 99
) -> tuple[list[float], list[float]]:
    """Put ``n`` new articles; the clustering seconds and whole-put seconds of each."""
    timer = Timer()
    stories_module.assign_article = timer.wrap(assign_module.assign_article)
    stories_module.refresh = timer.wrap(stories_module.refresh)
    clustering, whole = [], []
    with SQLiteStore(db) as store:
        for i, result in enumerate(happenings(bases, n, seed=seed)):
            result.article.id = f"probe{seed}-{i}"
            timer.seconds = 0.0
            begin = time.perf_counter()
            store.put(result)
            whole.append(time.perf_counter() - begin)
            clustering.append(timer.seconds)
        sizes = Counter(len(s.articles) for s in store.iter_stories(StoryFilter()))
        print(f"articles: {store.count()['articles']}, stories: {sum(sizes.values())}")
        print("story sizes:", dict(sorted(sizes.items())[:12]), "max", max(sizes))
    return clustering, whole


def _summary(name: str, seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return (
        f"{name}: median {statistics.median(ordered) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
        f"max {ordered[-1] * 1000:.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--bases", type=int, default=200, help="ECB+ documents to extract")
    parser.add_argument("--db", type=Path, default=Path("/tmp/eventwire-stories-100k.db"))
    parser.add_argument("--probe", type=int, default=50)
    parser.add_argument(
        "--seed",
        type=int,
        default=99,
        help="another seed probes with new articles on a reused store",
    )
    args = parser.parse_args()
    bases = base_results(args.bases)
    build(args.db, bases, args.articles)
    clustering, whole = probe(args.db, bases, args.probe, args.seed)
    print(_summary("clustering work per added article", clustering))
    print(_summary("whole put (insert + clustering)", whole))


if __name__ == "__main__":
    main()

"""One shard's work, the same in every runner: read, run the pipeline, write the part files.

Runs inside a worker (a pool process or a Ray actor) that holds a loaded
:class:`~eventwire.extract.Pipeline`. Bad records never stop a shard: reader errors and
pipeline failures come back in :attr:`ShardOutcome.errors` for the driver to record.
"""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from eventwire.batch.output import ShardWriter
from eventwire.batch.shards import Shard
from eventwire.config import Settings
from eventwire.errors import ArticleFailedError, InputError
from eventwire.extract import Pipeline
from eventwire.readers.base import ReadOptions
from eventwire.readers.checks import check_article
from eventwire.readers.inputs import read_file
from eventwire.records import Article


@dataclass(frozen=True, slots=True)
class ShardJob:
    """What every shard of a run shares: settings (the pipeline's) and the output folder."""

    settings: Settings
    out: str


@dataclass(slots=True)
class ShardOutcome:
    """What a worker reports for one finished shard; becomes its manifest entry."""

    shard: str
    name: str
    articles: int = 0
    failed: int = 0
    partitions: list[str] = field(default_factory=list)
    seconds: float = 0.0
    pid: int = 0
    peak_rss_mb: float = 0.0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def entry(self) -> dict[str, Any]:
        """The manifest entry: everything but the error lines (they go to errors.jsonl)."""
        d = asdict(self)
        del d["errors"]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ShardOutcome:
        return cls(**d)


class ShardAbandoned(Exception):
    """The run that asked for this shard is gone (its driver was killed): write nothing."""


def _error(shard: Shard, record: str, code: str, reason: str) -> dict[str, Any]:
    return {"shard": shard.id, "record": record, "code": code, "reason": reason}


def _articles(
    shard: Shard, settings: Settings, where_of: dict[str, str], errors: list[dict[str, Any]]
) -> Iterator[Article]:
    max_chars = int(settings["input"]["max_chars"])
    options = ReadOptions(max_chars=max_chars)
    for path in shard.paths:
        for item in read_file(Path(path), options):
            if not isinstance(item, InputError):
                where, article = item
                item = check_article(article, where, max_chars) or item
            if isinstance(item, InputError):
                errors.append(_error(shard, item.where, item.code, item.reason))
                continue
            where_of[item[1].id] = item[0]
            yield item[1]


def process_shard(
    shard: Shard,
    pipeline: Pipeline,
    job: ShardJob,
    still_wanted: Callable[[], bool] = lambda: True,
) -> ShardOutcome:
    """Run ``shard`` through ``pipeline`` and write its part files into ``job.out``.

    Raises:
        ShardAbandoned: ``still_wanted`` said no before the files were moved into place.
    """
    start = time.perf_counter()
    outcome = ShardOutcome(shard=shard.id, name=shard.name, pid=os.getpid())
    where_of: dict[str, str] = {}

    def failed(article: Article, exc: Exception) -> None:
        record = where_of.pop(article.id, article.id)
        reason = f"pipeline failed: {type(exc).__name__}: {exc}"
        outcome.errors.append(_error(shard, record, ArticleFailedError.code, reason))

    writer = ShardWriter(Path(job.out), shard.id)
    try:
        articles = _articles(shard, pipeline.settings, where_of, outcome.errors)
        for result in pipeline.process(articles, on_error=failed):
            where_of.pop(result.article.id, None)
            writer.add(result)
            outcome.articles += 1
        if not still_wanted():
            raise ShardAbandoned(shard.id)
        outcome.partitions = writer.commit()
    except BaseException:
        writer.abort()
        raise
    outcome.failed = len(outcome.errors)
    outcome.seconds = round(time.perf_counter() - start, 3)
    outcome.peak_rss_mb = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return outcome

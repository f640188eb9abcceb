"""``eventwire load``: store a batch's output the way ``ingest`` stores an article.

Every article of a finished shard is rebuilt from its ``result_json`` and handed to
:func:`eventwire.store.ingest`, so actors are linked, duplicates are "unchanged" and stories
are filed exactly as for ``ingest``. Only the :class:`~eventwire.store.Store` interface is used,
so any backend ``open_store`` opens will do. Part files of unfinished shards (a batch still
running, or killed) are left alone: they are not the batch's output yet.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from eventwire.batch.output import MANIFEST, PARTITION_KEY, finished_shards, shard_of_part
from eventwire.errors import BatchError
from eventwire.records import ArticleResult
from eventwire.store import PutOutcome, Store, fingerprint, ingest

_READ_ROWS = 256
#: Results handed to a store's bulk ``put_many`` (PostgreSQL: COPY) at a time.
_BULK = 500


@dataclass(slots=True)
class LoadSummary:
    """Articles stored, by outcome (``inserted``, ``unchanged``, ``replaced``)."""

    outcomes: dict[str, int] = field(default_factory=dict)
    files: int = 0
    unfinished: int = 0
    interrupted: bool = False

    @property
    def articles(self) -> int:
        return sum(self.outcomes.values())

    @property
    def exit_code(self) -> int:
        """0: done; 130: interrupted (run it again: what is stored is "unchanged")."""
        return 130 if self.interrupted else 0

    def line(self) -> str:
        counts = ", ".join(f"{n} {k}" for k, n in sorted(self.outcomes.items())) or "none"
        line = f"{self.articles} article(s) from {self.files} file(s): {counts}"
        if self.unfinished:
            line += f"; {self.unfinished} file(s) of unfinished shards left out"
        if self.interrupted:
            line = f"interrupted: {line}; run the same command again to load the rest"
        return line


def batch_results(folder: Path, summary: LoadSummary | None = None) -> Iterator[ArticleResult]:
    """Every article result of the finished shards in ``folder``, by date, then shard.

    Raises:
        BatchError: ``folder`` holds no batch output.
    """
    if not (folder / MANIFEST).is_dir():
        raise BatchError(f"no batch output in {folder}; run `eventwire batch ... --out {folder}`")
    import pyarrow.parquet as pq

    done = finished_shards(folder)
    summary = summary or LoadSummary()
    for path in sorted((folder / "articles").glob(f"{PARTITION_KEY}=*/part-*.parquet")):
        if shard_of_part(path) not in done:
            summary.unfinished += 1
            continue
        summary.files += 1
        parquet = pq.ParquetFile(path)
        for batch in parquet.iter_batches(batch_size=_READ_ROWS, columns=["result_json"]):
            for text in batch.column(0).to_pylist():
                yield ArticleResult.from_dict(json.loads(text))


def load_batch(
    folder: Path, store: Store, on_stored: Callable[[str], None] | None = None
) -> LoadSummary:
    """Store every article of the batch output in ``folder`` into ``store``.

    Running it again stores nothing new ("unchanged"); two loads at once into one store are
    safe as far as the store's writers are (each article is one transaction).

    Args:
        on_stored: called with each article's outcome (a progress bar).

    Raises:
        BatchError: ``folder`` holds no batch output.
    """
    summary = LoadSummary()
    results = batch_results(folder, summary)
    try:
        if hasattr(store, "put_many"):
            while chunk := list(islice(results, _BULK)):
                _count(summary, _bulk_ingest(store, chunk), on_stored)
        else:
            for result in results:
                _count(summary, [ingest(store, result)], on_stored)
    except KeyboardInterrupt:
        summary.interrupted = True
    return summary


def _bulk_ingest(store: Store, results: Sequence[ArticleResult]) -> list[PutOutcome]:
    """:func:`eventwire.store.ingest` for many results through the store's ``put_many``: each
    changed article's actors are linked first and it is kept under the fingerprint taken
    before linking, exactly as ``ingest`` keeps it."""
    outcomes: dict[int, PutOutcome] = {}
    todo: list[tuple[int, ArticleResult, tuple[str, str]]] = []
    for k, result in enumerate(results):
        hashes = fingerprint(result)
        if store.stored_fingerprint(result.article.id) == hashes:
            outcomes[k] = "unchanged"
            continue
        store.link_actors(result)
        todo.append((k, result, hashes))
    put_many = store.put_many  # type: ignore[attr-defined]
    stored = put_many([r for _, r, _ in todo], [h for _, _, h in todo])
    outcomes.update({k: outcome for (k, _, _), outcome in zip(todo, stored, strict=True)})
    return [outcomes[k] for k in range(len(results))]


def _count(
    summary: LoadSummary, outcomes: list[PutOutcome], on_stored: Callable[[str], None] | None
) -> None:
    for outcome in outcomes:
        summary.outcomes[outcome] = summary.outcomes.get(outcome, 0) + 1
        if on_stored is not None:
            on_stored(outcome)

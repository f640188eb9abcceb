"""The output folder of ``eventwire batch``: partitioned Parquet, a manifest, an errors file.

Layout (``DIR``)::

    articles/published_day=2021-11-05/part-<shard id>.parquet   one row per article
    events/ actors/ places/ quotes/     the same partitions (published_day=undated: no date)
    _manifest/<shard id>.json           one entry per finished shard
    errors.jsonl                        one line per failed record
    .lock                               held by the running batch

A shard is finished when, and only when, its manifest entry exists. Its Parquet files are
written under temporary names and moved into place first, its error lines appended next, and
the entry written last (to a temporary file, then ``os.replace``). A run that starts removes
every part file and error line of a shard without an entry, so a shard cut off half-way is
redone from scratch and nothing is ever in the output twice.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from eventwire.errors import BatchError
from eventwire.export.rows import QUOTE_COLUMN_TYPES, quote_row
from eventwire.export.tables import (
    ACTOR_COLUMN_TYPES,
    ARTICLE_COLUMN_TYPES,
    EVENT_TABLE_COLUMN_TYPES,
    PLACE_COLUMN_TYPES,
    actor_row,
    article_row,
    event_table_row,
    place_row,
)
from eventwire.jsonlines import dumps_line
from eventwire.records import ArticleResult

#: The tables written and their columns (those of ``eventwire export``, stories left out: they
#: are assigned by ``load``). ``result_json`` holds the article's whole result, text included,
#: so ``load`` stores exactly what ``ingest`` would.
TABLES: dict[str, dict[str, str]] = {
    "articles": {**ARTICLE_COLUMN_TYPES, "result_json": "str"},
    "events": EVENT_TABLE_COLUMN_TYPES,
    "actors": ACTOR_COLUMN_TYPES,
    "places": PLACE_COLUMN_TYPES,
    "quotes": QUOTE_COLUMN_TYPES,
}
MANIFEST = "_manifest"
ERRORS = "errors.jsonl"
UNDATED = "undated"
PARTITION_KEY = "published_day"
_TMP_SUFFIX = ".tmp"


def partition(result: ArticleResult) -> str:
    """The ``published_day=`` partition of an article: its publication date, or ``undated``.

    Hive-style, so pyarrow, DuckDB or Spark read each table folder as one dataset with a
    ``published_day`` column (the tables have their own ``date`` and ``published``)."""
    published = result.article.published
    return published.isoformat() if published else UNDATED


def table_rows(result: ArticleResult) -> dict[str, list[dict[str, Any]]]:
    """The rows one article adds to each table (no story yet: ``load`` files it)."""
    aid = result.article.id
    article = {
        **article_row(result, None),
        "result_json": json.dumps(result.to_dict(True), ensure_ascii=False),
    }
    return {
        "articles": [article],
        "events": [event_table_row(result, e, None, None) for e in result.events],
        "actors": [actor_row(aid, a) for a in result.actors],
        "places": [place_row(aid, p) for p in result.places],
        "quotes": [quote_row(result, q) for q in result.quotes],
    }


def _schema(columns: dict[str, str]) -> Any:
    import pyarrow as pa

    types = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "str": pa.string()}
    return pa.schema([(col, types[kind]) for col, kind in columns.items()])


def part_path(out: Path, table: str, date: str, shard_id: str) -> Path:
    return out / table / f"{PARTITION_KEY}={date}" / f"part-{shard_id}.parquet"


class ShardWriter:
    """Writes one shard's rows, partitioned by date, under temporary names until :meth:`commit`.

    Rows are flushed as Parquet row groups every ``flush_every`` articles, so memory stays
    bounded however large the shard.
    """

    def __init__(self, out: Path, shard_id: str, flush_every: int = 256) -> None:
        self.out = out
        self.shard_id = shard_id
        self.flush_every = flush_every
        self._rows: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self._writers: dict[tuple[str, str], Any] = {}
        self._pending = 0
        # Temporary names are this writer's own: a worker orphaned by a killed driver may still
        # be writing the same shard when a rerun starts it again, and neither may truncate,
        # rename or remove the other's file.
        self._token = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"

    def add(self, result: ArticleResult) -> None:
        date = partition(result)
        for table, rows in table_rows(result).items():
            if rows:
                self._rows.setdefault((table, date), []).extend(rows)
        self._pending += 1
        if self._pending >= self.flush_every:
            self.flush()

    def _tmp(self, table: str, date: str) -> Path:
        final = part_path(self.out, table, date, self.shard_id)
        return final.with_name(f".{final.name}.{self._token}{_TMP_SUFFIX}")

    def flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        for (table, date), rows in self._rows.items():
            schema = _schema(TABLES[table])
            writer = self._writers.get((table, date))
            if writer is None:
                tmp = self._tmp(table, date)
                tmp.parent.mkdir(parents=True, exist_ok=True)
                writer = self._writers[(table, date)] = pq.ParquetWriter(tmp, schema)
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        self._rows.clear()
        self._pending = 0

    def commit(self) -> list[str]:
        """Close every file and move it to its final name; returns the partitions written."""
        self.flush()
        for (table, date), writer in self._writers.items():
            writer.close()
            os.replace(self._tmp(table, date), part_path(self.out, table, date, self.shard_id))
        return sorted({date for _, date in self._writers})

    def abort(self) -> None:
        """Close and remove the temporary files."""
        for (table, date), writer in self._writers.items():
            writer.close()
            self._tmp(table, date).unlink(missing_ok=True)
        self._writers.clear()


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` all at once: a reader sees the old file or the new, never half."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}{_TMP_SUFFIX}")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def finished_shards(out: Path) -> dict[str, dict[str, Any]]:
    """Shard id → manifest entry, for every finished shard of the folder ``out``."""
    folder = out / MANIFEST
    if not folder.is_dir():
        return {}
    entries = {}
    for path in sorted(folder.glob("*.json")):
        entry = json.loads(path.read_text(encoding="utf-8"))
        entries[str(entry["shard"])] = entry
    return entries


def shard_of_part(path: Path) -> str:
    """The shard id in a part file's name (``part-<id>.parquet``)."""
    return path.name.removeprefix(".").removeprefix("part-").split(".")[0]


class BatchFolder:
    """The output folder of one running batch: what is done, and how to commit a shard."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.done = finished_shards(out)

    def clean(self) -> int:
        """Remove the part files and error lines of unfinished shards; returns files removed."""
        removed = 0
        for table in TABLES:
            for path in (self.out / table).glob(f"{PARTITION_KEY}=*/*part-*"):
                if shard_of_part(path) not in self.done or path.name.endswith(_TMP_SUFFIX):
                    path.unlink()
                    removed += 1
        errors = self.out / ERRORS
        if errors.exists():
            lines = errors.read_text(encoding="utf-8").splitlines(keepends=True)
            kept = [line for line in lines if _error_shard(line) in self.done]
            if len(kept) != len(lines):
                write_atomic(errors, "".join(kept))
        return removed

    def commit(self, entry: dict[str, Any], errors: list[dict[str, Any]]) -> None:
        """Record a shard whose part files are in place: its errors, then its manifest entry."""
        if errors:
            with (self.out / ERRORS).open("a", encoding="utf-8") as fh:
                fh.writelines(dumps_line(e) for e in errors)
                fh.flush()
                os.fsync(fh.fileno())
        folder = self.out / MANIFEST
        folder.mkdir(exist_ok=True)
        write_atomic(folder / f"{entry['shard']}.json", json.dumps(entry, indent=1) + "\n")
        self.done[str(entry["shard"])] = entry


def _error_shard(line: str) -> str | None:
    try:
        return str(json.loads(line)["shard"])
    except (ValueError, KeyError, TypeError):
        return None  # a line cut off by a crash: dropped with its unfinished shard


@contextmanager
def open_folder(out: Path) -> Iterator[BatchFolder]:
    """Make and lock ``out`` for one batch run, and clean up after an interrupted one.

    Raises:
        BatchError: ``out`` is not a folder that can be made, or another batch is writing to it.
    """
    import fcntl

    try:
        out.mkdir(parents=True, exist_ok=True)
        lock = (out / ".lock").open("w")
    except OSError as exc:
        raise BatchError(f"cannot use {out} as the output folder: {exc.strerror or exc}") from exc
    with lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise BatchError(
                f"another batch is writing to {out}; wait for it, or pass another --out"
            ) from exc
        folder = BatchFolder(out)
        folder.clean()
        yield folder

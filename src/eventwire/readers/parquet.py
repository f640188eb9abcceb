"""Parquet files: one article a row, with the columns the JSONL reader knows as fields.

``text`` is required; ``id``, ``published`` (or ``date``, ``dct``, ``story_date``; a string, a
date or a timestamp), ``source``, ``url`` and ``title`` are optional. Column names are matched
without regard to case. Rows are read a batch at a time, so a large shard is never held whole;
errors name the row (``path:row``, counted from 1).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from eventwire.errors import BadRecordError, UnreadableInputError
from eventwire.readers.base import DATE_FIELDS, Item, ReadOptions, article_from_fields

#: The columns read; any other column is ignored.
COLUMNS = ("text", "id", "source", "url", "title", *DATE_FIELDS)
_BATCH_ROWS = 1024


def read_parquet_file(path: Path, where: str, options: ReadOptions) -> Iterator[Item]:
    """Read a ``.parquet`` file row by row.

    Yields:
        ``(path:row, article)`` or an :class:`~eventwire.errors.InputError` per row; one
        :class:`UnreadableInputError` when the file is not Parquet.

    Raises:
        OSError: the file cannot be opened or read (the caller reports it).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as err:
        yield UnreadableInputError(where, f"not a Parquet file ({err})")
        return
    by_lower = {name.strip().lower(): name for name in parquet.schema_arrow.names}
    if "text" not in by_lower:
        names = ", ".join(parquet.schema_arrow.names)
        yield BadRecordError(where, f"no 'text' column in the Parquet schema ({names})")
        return
    wanted = {by_lower[c]: c for c in COLUMNS if c in by_lower}
    row = 0
    for batch in parquet.iter_batches(batch_size=_BATCH_ROWS, columns=list(wanted)):
        for record in batch.to_pylist():
            row += 1
            fields = {wanted[name]: value for name, value in record.items()}
            yield article_from_fields(fields, f"{where}:{row}", options)

"""The exports of fused events: ``plover`` (PLOVER JSON lines), ``cameo-tsv`` (GDELT 2.0 event
table columns) and ``acled-csv`` (ACLED columns), one record per fused event."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from eventwire.errors import ExportError
from eventwire.export.acled import write_acled_csv
from eventwire.export.gdelt import write_cameo_tsv
from eventwire.export.plover import write_plover
from eventwire.export.sources import ArticleIndex
from eventwire.export.writers import write_text_export
from eventwire.records import FusedEvent

FusedWriter = Callable[[Iterable[FusedEvent], ArticleIndex, TextIO], int]

#: Format name → writer of one record per fused event.
FUSED_FORMATS: dict[str, FusedWriter] = {
    "plover": write_plover,
    "cameo-tsv": write_cameo_tsv,
    "acled-csv": write_acled_csv,
}


def export_fused(fused: Iterable[FusedEvent], index: ArticleIndex, fmt: str, out: Path) -> int:
    """Write ``fused`` to ``out`` in ``fmt`` (``-`` is standard output; a file is replaced only
    once fully written); ``index`` gives the member articles. Returns records written.

    Raises:
        ExportError: ``fmt`` is not one of :data:`FUSED_FORMATS`, or ``out`` cannot be written.
    """
    writer = FUSED_FORMATS.get(fmt)
    if writer is None:
        raise ExportError(
            f"unknown fused-event format {fmt!r}; choose one of {', '.join(FUSED_FORMATS)}"
        )
    return write_text_export(out, lambda fh: writer(fused, index, fh))

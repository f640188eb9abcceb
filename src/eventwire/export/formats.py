"""Which export format an output name asks for: ``export out.csv`` means CSV.

A file name's suffix picks the format when ``--format`` is not given, and a format that
contradicts a known suffix (``--format csv x.parquet``) is refused rather than writing one
format into a file named for another. Unknown suffixes, folders and ``-`` say nothing.
"""

from __future__ import annotations

from pathlib import PurePath

from eventwire.errors import ExportError

#: The format a known suffix means when ``--format`` is not given.
SUFFIX_FORMATS: dict[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".tsv": "cameo-tsv",
}

#: Every format a known suffix may hold: the fused formats share their family's suffixes.
SUFFIX_ALLOWS: dict[str, frozenset[str]] = {
    ".jsonl": frozenset({"jsonl", "plover"}),
    ".ndjson": frozenset({"jsonl", "plover"}),
    ".json": frozenset({"jsonl", "plover"}),
    ".csv": frozenset({"csv", "acled-csv"}),
    ".parquet": frozenset({"parquet"}),
    ".tsv": frozenset({"cameo-tsv"}),
}

DEFAULT_FORMAT = "jsonl"


def _suffix(out: str) -> str | None:
    """The known suffix of a file name; ``None`` for ``-``, folders and other names."""
    if out == "-" or out.endswith("/"):
        return None
    suffix = PurePath(out).suffix.lower()
    return suffix if suffix in SUFFIX_FORMATS else None


def resolve_format(out: str, fmt: str | None, *, is_folder: bool = False) -> str:
    """The format to write ``out`` in: ``fmt`` when given (refused when it contradicts a known
    suffix), else the suffix's format, else :data:`DEFAULT_FORMAT`."""
    suffix = None if is_folder else _suffix(out)
    if fmt is None:
        return SUFFIX_FORMATS[suffix] if suffix else DEFAULT_FORMAT
    if suffix and fmt not in SUFFIX_ALLOWS[suffix]:
        expected = " or ".join(sorted(SUFFIX_ALLOWS[suffix]))
        raise ExportError(
            f"--format {fmt} would write {fmt} into {out!r}, whose name says {suffix[1:]}: "
            f"name the file for its format, or use --format {expected} (or leave --format out)"
        )
    return fmt

"""Which export format an output name asks for: ``export out.csv`` means CSV.

A file name's suffix picks the format when ``--format`` is not given; a folder gets the CSV
tables. A ``--format`` given is always obeyed (scripts rely on it, and GDELT names its
tab-separated files ``*.export.CSV``), with a warning when it contradicts a known suffix
(``--format csv x.parquet``). Unknown suffixes and ``-`` say nothing.
"""

from __future__ import annotations

from pathlib import PurePath

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
    """The format to write ``out`` in: ``fmt`` when given, else the CSV tables for a folder,
    else the suffix's format, else :data:`DEFAULT_FORMAT`."""
    if fmt is not None:
        return fmt
    if is_folder:
        return "csv"
    suffix = _suffix(out)
    return SUFFIX_FORMATS[suffix] if suffix else DEFAULT_FORMAT


def suffix_warning(out: str, fmt: str, *, is_folder: bool = False) -> str | None:
    """A warning when ``fmt`` is not a format ``out``'s suffix names, else ``None``."""
    suffix = None if is_folder else _suffix(out)
    if suffix is None or fmt in SUFFIX_ALLOWS[suffix]:
        return None
    expected = " or ".join(sorted(SUFFIX_ALLOWS[suffix]))
    return (
        f"warning: writing {fmt} into {out!r}, whose name says {suffix[1:]} "
        f"({expected} would match it)"
    )

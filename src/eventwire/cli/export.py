"""``eventwire export``: write the store out in a format other tools load."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.common import DbOption, SetOption, app, settings_from, stderr, store_from
from eventwire.export import (
    FORMATS,
    FUSED_FORMATS,
    STDOUT,
    TABLE_FORMATS,
    TableSources,
    export_all,
    export_fused,
    export_tables,
    index_articles,
)
from eventwire.export.formats import resolve_format, suffix_warning
from eventwire.store import EventFilter, Store, StoryFilter

ALL_FORMATS = (*FUSED_FORMATS, *FORMATS)

FormatArg = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help="plover (PLOVER JSON lines), cameo-tsv (GDELT 2.0 event-table columns) or "
        "acled-csv (ACLED columns): one record per fused event. jsonl (full article objects), "
        "csv or parquet: to a file, one row per event with the quotes beside it "
        "(OUT's name with .quotes before the suffix); to a folder (OUT ending in / or an "
        "existing folder), one file per table: articles, events, fused_events, actors, "
        "places, quotes, stories. Default: from OUT's suffix (.jsonl/.json/.ndjson jsonl, "
        ".csv csv, .parquet parquet, .tsv cameo-tsv), a folder's csv, else jsonl; a format "
        "its suffix contradicts is written with a warning. See docs/exports.md.",
    ),
]


def _is_folder(out: str) -> bool:
    return out.endswith("/") or Path(out).is_dir()


@app.command()
def export(
    out: Annotated[
        str,
        typer.Argument(
            metavar="OUT",
            help="File to write (a symlink's target is replaced); - for stdout; a folder "
            "(ending in /) for the csv or parquet tables.",
        ),
    ],
    fmt: FormatArg = None,
    db: DbOption = None,
    set_: SetOption = None,
) -> None:
    """Export everything in the store (docs/exports.md describes every column).

    CSV and Parquet to one file hold one row per event, so they come with a second file for the
    quotes: `events.csv` → `events.quotes.csv`.
    """
    if fmt is not None and fmt not in ALL_FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(ALL_FORMATS)}")
    fmt = resolve_format(out, fmt, is_folder=_is_folder(out))
    warning = suffix_warning(out, fmt, is_folder=_is_folder(out))
    if warning:
        typer.echo(warning, err=True)
    if _is_folder(out) and fmt not in TABLE_FORMATS:
        # A trailing slash asks for a folder; only the csv and parquet tables are folders.
        raise typer.BadParameter(
            f"{out!r} is a folder; --format {fmt} writes one file: give a file name, "
            "or use --format csv or parquet for a folder of tables"
        )
    with store_from(db, settings_from(set_), read_only=True) as store:
        if fmt in FUSED_FORMATS:
            _export_fused(store, fmt, out)
        elif fmt in TABLE_FORMATS and _is_folder(out):
            _export_tables(store, fmt, out)
        else:
            _export_file(store, fmt, out)


def _where(out: str) -> str:
    return "standard output" if out == STDOUT else out


def _export_fused(store: Store, fmt: str, out: str) -> None:
    index = index_articles(store.iter_results())
    n = export_fused(store.iter_fused_events(EventFilter()), index, fmt, Path(out))
    stderr.print(f"wrote {n} fused events to {_where(out)}", highlight=False)


def _export_tables(store: Store, fmt: str, out: str) -> None:
    sources = TableSources(
        store.iter_results(),
        store.iter_fused_events(EventFilter()),
        store.iter_stories(StoryFilter()),
    )
    counts = export_tables(sources, fmt, Path(out))
    written = ", ".join(f"{n} {name}" for name, n in counts.items())
    stderr.print(f"wrote {written} to {out}", highlight=False)


def _export_file(store: Store, fmt: str, out: str) -> None:
    summary = export_all(store.iter_results(), fmt, Path(out))
    what = "articles" if fmt == "jsonl" else "events"
    message = f"wrote {summary.rows} {what} to {_where(out)}"
    if summary.quotes_path is not None:
        message += f" and {summary.quotes} quotes to {summary.quotes_path}"
    elif fmt == "jsonl":
        message += f" ({summary.quotes} quotes)"
    else:
        message += "; no quote table (it needs a file name to be written beside)"
    stderr.print(message, highlight=False)

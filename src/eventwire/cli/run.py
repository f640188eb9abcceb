"""``eventwire extract`` and ``eventwire ingest``: run the pipeline over inputs."""

from __future__ import annotations

import csv
import datetime as dt
import sys
from collections.abc import Callable
from typing import Annotated

import typer

from eventwire.batch import RunSummary, run
from eventwire.cli.common import DbOption, QuietOption, SetOption, app, settings_from, store_from
from eventwire.export.rows import EVENT_COLUMNS, event_row
from eventwire.extract import Pipeline
from eventwire.jsonlines import dumps_line
from eventwire.records import ArticleResult
from eventwire.store import ingest as ingest_result

PathsArg = Annotated[
    list[str], typer.Argument(help="Files, folders, feed URLs, or - for standard input.")
]
PublishedOption = Annotated[
    str | None,
    typer.Option("--published", help="Publication date (YYYY-MM-DD) for inputs without one."),
]
SourceOption = Annotated[
    str | None, typer.Option("--source", help="Source name for inputs without one.")
]
GlobOption = Annotated[
    str | None, typer.Option("--glob", help="Which files to read in folders (default **/*).")
]
StrictOption = Annotated[bool, typer.Option("--strict", help="Stop at the first bad record.")]
ActorsOption = Annotated[
    list[str] | None,
    typer.Option("--actors", help="Actor dictionary, CSV or YAML (repeatable); applied first."),
]
LexiconOption = Annotated[
    list[str] | None, typer.Option("--lexicon", help="Extra event lexicon file (repeatable).")
]


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"--published must be YYYY-MM-DD, got {value!r}") from exc


def _pipeline(
    overrides: list[str] | None, lexicons: list[str] | None, actors: list[str] | None
) -> Pipeline:
    settings = settings_from(overrides)
    settings["events"]["lexicons"] = [*settings["events"]["lexicons"], *(lexicons or [])]
    settings["actors"]["dictionaries"] = [*settings["actors"]["dictionaries"], *(actors or [])]
    return Pipeline(settings)


def report_line(line: str) -> None:
    """One bad record, one unwrapped line on stderr (``path:line: reason``). Line breaks and
    other control characters (an article id may hold them) are escaped: one record, one line."""
    sys.stderr.write(escape_controls(line) + "\n")


def escape_controls(text: str) -> str:
    """``text`` with control characters written as escapes (a newline as ``\\n``)."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in text)


def _escape(ch: str) -> str:
    return ch.encode("unicode_escape").decode("ascii")


def _run(
    paths: list[str],
    pipeline: Pipeline,
    on_result: Callable[[ArticleResult], str | None],
    published: str | None,
    source: str | None,
    glob: str | None,
    strict: bool,
    quiet: bool,
) -> None:
    """Run the batch, print the summary line and exit with the run's status."""
    summary: RunSummary = run(
        paths,
        pipeline,
        on_result,
        report_line,
        published=_date(published),
        source=source,
        glob=glob,
        strict=strict,
        progress=not quiet,
    )
    if summary.failed or summary.interrupted or not quiet:
        report_line(summary.line())
    raise typer.Exit(summary.exit_code)


def _filtered(result: ArticleResult, min_confidence: float) -> ArticleResult:
    result.events = [e for e in result.events if e.confidence >= min_confidence]
    return result


@app.command()
def extract(
    paths: PathsArg,
    fmt: Annotated[
        str,
        typer.Option(
            "--format", "-f", help="jsonl (the JSON contract) or csv (one row per event)."
        ),
    ] = "jsonl",
    with_text: Annotated[
        bool, typer.Option("--with-text", help="Include article.text in JSON output.")
    ] = False,
    min_confidence: Annotated[
        float | None,
        typer.Option(
            "--min-confidence", min=0.0, max=1.0, help="Drop events below this confidence."
        ),
    ] = None,
    published: PublishedOption = None,
    source: SourceOption = None,
    glob: GlobOption = None,
    strict: StrictOption = False,
    lexicon: LexiconOption = None,
    actors: ActorsOption = None,
    set_: SetOption = None,
    quiet: QuietOption = False,
) -> None:
    """Extract events, actors, places, times and quotes; print one JSON object per article."""
    pipeline = _pipeline(set_, lexicon, actors)
    floor = (
        pipeline.settings["events"]["min_confidence"] if min_confidence is None else min_confidence
    )
    if fmt not in ("jsonl", "csv"):
        raise typer.BadParameter(f"--format must be jsonl or csv, not {fmt!r}")
    writer = csv.DictWriter(sys.stdout, fieldnames=list(EVENT_COLUMNS)) if fmt == "csv" else None
    if writer is not None:
        writer.writeheader()

    def out(result: ArticleResult) -> None:
        result = _filtered(result, floor)
        if writer is not None:
            writer.writerows(event_row(result, e) for e in result.events)
        else:
            sys.stdout.write(dumps_line(result.to_dict(with_text=with_text)))
        sys.stdout.flush()

    _run(paths, pipeline, out, published, source, glob, strict, quiet)


@app.command()
def ingest(
    paths: PathsArg,
    db: DbOption = None,
    published: PublishedOption = None,
    source: SourceOption = None,
    glob: GlobOption = None,
    strict: StrictOption = False,
    lexicon: LexiconOption = None,
    actors: ActorsOption = None,
    set_: SetOption = None,
    quiet: QuietOption = False,
) -> None:
    """Extract and store articles; the same article twice is stored once."""
    pipeline = _pipeline(set_, lexicon, actors)
    with store_from(db, pipeline.settings, must_exist=False) as store:

        def put(result: ArticleResult) -> str:
            outcome = ingest_result(store, result)
            if outcome == "replaced" and not quiet:
                report_line(f"{result.article.id}: replaced the stored version")
            return outcome

        _run(paths, pipeline, put, published, source, glob, strict, quiet)

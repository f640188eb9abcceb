"""``eventwire events|quotes|export``: read the store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any

import typer

from eventwire.cli.common import (
    DbOption,
    FormatOption,
    LimitOption,
    SetOption,
    app,
    emit_rows,
    settings_from,
    stderr,
    store_from,
)
from eventwire.export import FORMATS, STDOUT, export_all
from eventwire.store import EventFilter, QuoteFilter
from eventwire.store.base import EventRow, QuoteRow

TypeOption = Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. PROTEST.")]
CountryOption = Annotated[
    str | None, typer.Option("--country", help="ISO alpha-3 country of an actor.")
]
ActorOption = Annotated[str | None, typer.Option("--actor", help="Part of an actor's name.")]


def _date_prefix(value: str | None) -> str | None:
    """Accept 2021, 2021-11 or 2021-11-05 (a real date): the store compares them as text, so
    "2021-13" would silently select the wrong rows."""
    if value is None:
        return None
    full = {4: value + "-01-01", 7: value + "-01", 10: value}.get(len(value), "")
    try:
        dt.date.fromisoformat(full)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date like 2021, 2021-11 or 2021-11-05"
        ) from None
    return value


SinceOption = Annotated[
    str | None,
    typer.Option(
        "--since", help="Earliest date: 2021, 2021-11 or 2021-11-05.", callback=_date_prefix
    ),
]
UntilOption = Annotated[
    str | None,
    typer.Option("--until", help="Latest date, same forms, inclusive.", callback=_date_prefix),
]

EVENT_COLUMNS = (
    "date",
    "type",
    "mode",
    "source",
    "target",
    "place",
    "killed",
    "trigger",
    "confidence",
    "article_id",
)

# The CSV columns of `events --format csv` (JSON lines carry every field).
EVENT_RECORD_COLUMNS = (
    "article_id",
    "story_id",
    "id",
    "type",
    "mode",
    "cameo",
    "quad",
    "source",
    "target",
    "place",
    "confidence",
)


def _event_dict(row: EventRow) -> dict[str, Any]:
    d = row.event.to_dict()
    d["article_id"] = row.article_id
    d["story_id"] = row.story_id
    return d


def _event_table_row(row: EventRow) -> dict[str, Any]:
    e = row.event

    def names(ids: list[str]) -> str:
        return "; ".join(
            f"{a.name} ({a.country})" if a.country else a.name
            for i in ids
            if (a := row.actors.get(i))
        )

    place = row.places.get(e.place) if e.place else None
    killed = e.casualties.killed
    return {
        "date": e.date.value if e.date else None,
        "type": e.type + ("*" if e.aux.historical else ""),
        "mode": e.mode,
        "source": names(e.source),
        "target": names(e.target),
        "place": place.name if place else None,
        "killed": killed.text if killed else None,
        "trigger": e.trigger.text,
        "confidence": e.confidence,
        "article_id": row.article_id,
    }


@app.command()
def events(
    type_: TypeOption = None,
    country: CountryOption = None,
    actor: ActorOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = None,
    min_confidence: Annotated[
        float | None,
        typer.Option(
            "--min-confidence",
            min=0.0,
            max=1.0,
            help="Drop events below this (default: the events.min_confidence setting).",
        ),
    ] = None,
    fmt: FormatOption = "table",
    db: DbOption = None,
    set_: SetOption = None,
) -> None:
    """List stored events (historical ones marked * in the table)."""
    settings = settings_from(set_)
    if min_confidence is None:
        min_confidence = float(settings["events"]["min_confidence"])
    f = EventFilter(
        type=type_,
        country=country,
        actor=actor,
        since=since,
        until=until,
        limit=limit,
        min_confidence=min_confidence,
    )
    with store_from(db, settings, read_only=True) as store:
        # Rows are printed as the store yields them (the table excepted), so the store stays
        # open until the last one is out.
        rows = store.iter_events(f)
        if fmt == "table":
            emit_rows((_event_table_row(r) for r in rows), fmt, EVENT_COLUMNS, "events")
        else:
            emit_rows((_event_dict(r) for r in rows), fmt, EVENT_RECORD_COLUMNS, "events")


QUOTE_COLUMNS = ("published", "speaker", "for", "channel", "direct", "quote", "article_id")
# The CSV columns of `quotes --format csv` (JSON lines carry every field).
QUOTE_RECORD_COLUMNS = (
    "article_id",
    "id",
    "speaker",
    "speaker_name",
    "speaking_for_name",
    "direct",
    "channel",
    "published",
)


def _quote_table_row(d: dict[str, Any]) -> dict[str, Any]:
    return {
        "published": d["published"],
        "speaker": d["speaker_name"],
        "for": d["speaking_for_name"],
        "channel": d["channel"],
        "direct": d["direct"],
        "quote": d["content"]["text"],
        "article_id": d["article_id"],
    }


def _quote_dict(row: QuoteRow) -> dict[str, Any]:
    d = row.quote.to_dict()
    d["article_id"] = row.article_id
    d["speaker_name"] = row.speaker.name if row.speaker else None
    d["speaking_for_name"] = row.speaking_for.name if row.speaking_for else None
    d["published"] = row.published
    return d


@app.command()
def quotes(
    actor: ActorOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = None,
    fmt: FormatOption = "table",
    db: DbOption = None,
    set_: SetOption = None,
) -> None:
    """List stored quotes with their speakers."""
    f = QuoteFilter(actor=actor, since=since, until=until, limit=limit)
    with store_from(db, settings_from(set_), read_only=True) as store:
        dicts = (_quote_dict(r) for r in store.iter_quotes(f))
        if fmt == "table":
            emit_rows((_quote_table_row(d) for d in dicts), fmt, QUOTE_COLUMNS, "quotes")
        else:
            emit_rows(dicts, fmt, QUOTE_RECORD_COLUMNS, "quotes")


@app.command()
def export(
    out: Annotated[
        Path,
        typer.Argument(help="File to write (a symlink's target is replaced); - for stdout."),
    ],
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="jsonl (full objects, quotes included), csv or parquet (one row per event; "
            "the quotes go to OUT's name with .quotes before the suffix, one row per quote).",
        ),
    ] = "jsonl",
    db: DbOption = None,
    set_: SetOption = None,
) -> None:
    """Export everything in the store.

    CSV and Parquet hold one row per event, so they come with a second file for the quotes:
    `events.csv` → `events.quotes.csv` (article, speaker and organisation spoken for, direct or
    reported, channel, cue, words, linked event ids).
    """
    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    with store_from(db, settings_from(set_), read_only=True) as store:
        summary = export_all(store.iter_results(), fmt, out)
    what = "articles" if fmt == "jsonl" else "events"
    where = "standard output" if str(out) == STDOUT else str(out)
    message = f"wrote {summary.rows} {what} to {where}"
    if summary.quotes_path is not None:
        message += f" and {summary.quotes} quotes to {summary.quotes_path}"
    elif fmt == "jsonl":
        message += f" ({summary.quotes} quotes)"
    else:
        message += "; no quote table (it needs a file name to be written beside)"
    stderr.print(message, highlight=False)

"""``eventwire events|quotes``: read the store."""

from __future__ import annotations

from collections.abc import Iterator
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
from eventwire.export.geo import country as country_info
from eventwire.export.geo import country_filter
from eventwire.ontology import plover_type
from eventwire.records import FusedEvent
from eventwire.store import EventFilter, QuoteFilter
from eventwire.store.base import EventRow, QuoteRow
from eventwire.store.query import is_date_prefix


def _plover_type(value: str | None) -> str | None:
    """A PLOVER type in any case (``protest``); anything else is refused with the valid ones,
    rather than matching no event."""
    if value is None:
        return None
    try:
        return plover_type(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def country_code(value: str | None) -> str | None:
    """The alpha-3 code ``--country`` names (:func:`~eventwire.export.geo.country_filter`); an
    alpha-2 one read as its alpha-3 code is said on stderr, since a two-letter guess (Georgia,
    not Germany) is worth seeing."""
    if value is None:
        return None
    try:
        iso3 = country_filter(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    if len(value.strip()) != 2:
        return iso3
    name = country_info(iso3)
    stderr.print(
        f"--country {value}: read as {iso3}" + (f" ({name.name})" if name else ""),
        highlight=False,
    )
    return iso3


TypeOption = Annotated[
    str | None,
    typer.Option("--type", help="PLOVER event type, e.g. PROTEST.", callback=_plover_type),
]
CountryOption = Annotated[
    str | None,
    typer.Option(
        "--country",
        help="ISO alpha-3 country of an actor (alpha-2 is read as alpha-3: ge → GEO).",
        callback=country_code,
    ),
]
ActorOption = Annotated[str | None, typer.Option("--actor", help="Part of an actor's name.")]


def _date_prefix(value: str | None) -> str | None:
    """Accept 2021, 2021-11 or 2021-11-05 (a real date), as the store filters take them."""
    if value is None or is_date_prefix(value):
        return value
    raise typer.BadParameter(f"{value!r} is not a date like 2021, 2021-11 or 2021-11-05")


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

# The CSV columns of `events --format csv` (JSON lines carry every field): the first eleven as
# they have always been (actors and the place by id, for joins and scripts that read columns by
# position), then what a reader of the file needs: date, names, place, toll, words.
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
    "date",
    "source_names",
    "target_names",
    "place_name",
    "place_country",
    "killed",
    "trigger",
    "sentence",
)


def _event_dict(row: EventRow) -> dict[str, Any]:
    d = row.event.to_dict()
    d["article_id"] = row.article_id
    d["story_id"] = row.story_id
    return d


def _names(row: EventRow, ids: list[str]) -> str:
    """The actors ``ids`` name, as "Name (COUNTRY)", joined by "; "."""
    return "; ".join(
        f"{a.name} ({a.country})" if a.country else a.name for i in ids if (a := row.actors.get(i))
    )


def _event_table_row(row: EventRow) -> dict[str, Any]:
    e = row.event
    place = row.places.get(e.place) if e.place else None
    killed = e.casualties.killed
    return {
        "date": e.date.value if e.date else None,
        "type": e.type + ("*" if e.aux.historical else ""),
        "mode": e.mode,
        "source": _names(row, e.source),
        "target": _names(row, e.target),
        "place": place.name if place else None,
        "killed": killed.text if killed else None,
        "trigger": e.trigger.text,
        "confidence": e.confidence,
        "article_id": row.article_id,
    }


def _event_csv_row(row: EventRow) -> dict[str, Any]:
    """One CSV row: the ids and codes a join needs, then the table's readable fields."""
    e = row.event
    place = row.places.get(e.place) if e.place else None
    readable = _event_table_row(row)
    return {
        "article_id": row.article_id,
        "story_id": row.story_id,
        "id": e.id,
        "type": e.type,
        "mode": e.mode,
        "cameo": e.cameo,
        "quad": e.quad,
        "source": e.source,
        "target": e.target,
        "place": e.place,
        "confidence": e.confidence,
        "date": readable["date"],
        "source_names": readable["source"],
        "target_names": readable["target"],
        "place_name": readable["place"],
        "place_country": place.country if place else None,
        "killed": readable["killed"],
        "trigger": e.trigger.text,
        "sentence": e.sentence.text,
    }


@app.command()
def events(
    type_: TypeOption = None,
    country: CountryOption = None,
    actor: ActorOption = None,
    text: Annotated[
        str | None,
        typer.Option(
            "--text",
            help="Part of the event's sentence, its trigger or an actor's name "
            "(case-insensitive; with --fused: of any member event).",
        ),
    ] = None,
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
    fused: Annotated[
        bool,
        typer.Option(
            "--fused",
            help="Fused events: one per happening across articles, with the reports' "
            "places, dates and casualty figures.",
        ),
    ] = False,
    fmt: FormatOption = "table",
    db: DbOption = None,
    set_: SetOption = None,
) -> None:
    """List stored events (historical ones marked * in the table); --fused for one event per
    happening across articles."""
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
        text=text or None,
    )
    with store_from(db, settings, read_only=True) as store:
        if fused:
            _emit_fused(store.iter_fused_events(f), fmt)
            return
        # Rows are printed as the store yields them (the table excepted), so the store stays
        # open until the last one is out.
        rows = store.iter_events(f)
        if fmt == "table":
            emit_rows((_event_table_row(r) for r in rows), fmt, EVENT_COLUMNS, "events")
        elif fmt == "csv":
            emit_rows((_event_csv_row(r) for r in rows), fmt, EVENT_RECORD_COLUMNS, "events")
        else:
            emit_rows((_event_dict(r) for r in rows), fmt, EVENT_RECORD_COLUMNS, "events")


FUSED_COLUMNS = ("fused_id", "date", "type", "source", "target", "place", "killed", "articles")


def _actors(fused: FusedEvent, side: str) -> str:
    actors = fused.source if side == "source" else fused.target
    return "; ".join(f"{a.name} ({a.country})" if a.country else a.name for a in actors)


def _range(fused: FusedEvent) -> str | None:
    """The killed figures as read: "3", "3-5", "at least 3", "up to 600", and "3 to at least
    30" when one report says three and another at least thirty."""
    k = fused.killed
    if k is None or (k.min is None and k.max is None):
        return None
    if k.min == k.max:
        return str(k.min)
    if k.max is None:
        # the highest "at least" any report gives; an exact figure is no lower bound
        values = [r.value for r in k.reports if isinstance(r.value, dict)]
        bounds = [v.get("min") for v in values if v.get("max") is None]
        highest = max((n for n in bounds if n is not None), default=k.min)
        return f"at least {k.min}" if highest == k.min else f"{k.min} to at least {highest}"
    if k.min is None:
        return f"up to {k.max}"
    return f"{k.min}-{k.max}"


def fused_row(fused: FusedEvent) -> dict[str, Any]:
    """A fused event as a table row: its best date and place, the killed range."""
    return {
        "fused_id": fused.id,
        "date": fused.date.value if fused.date else None,
        "type": fused.type,
        "source": _actors(fused, "source"),
        "target": _actors(fused, "target"),
        "place": fused.place.name if fused.place else None,
        "killed": _range(fused),
        "articles": fused.num_articles,
    }


def _emit_fused(rows: Iterator[FusedEvent], fmt: str) -> None:
    if fmt == "jsonl":
        emit_rows((f.to_dict() for f in rows), fmt, FUSED_COLUMNS, "fused events")
    else:
        emit_rows((fused_row(f) for f in rows), fmt, FUSED_COLUMNS, "fused events")


QUOTE_COLUMNS = ("published", "speaker", "for", "channel", "direct", "quote", "article_id")
# The CSV columns of `quotes --format csv` (JSON lines carry every field); content: the words.
QUOTE_RECORD_COLUMNS = (
    "article_id",
    "id",
    "speaker",
    "speaker_name",
    "speaking_for_name",
    "direct",
    "channel",
    "published",
    "content",
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
        elif fmt == "csv":
            # A cell holds the quoted words, not the content span's JSON object.
            rows = ({**d, "content": d["content"]["text"]} for d in dicts)
            emit_rows(rows, fmt, QUOTE_RECORD_COLUMNS, "quotes")
        else:
            emit_rows(dicts, fmt, QUOTE_RECORD_COLUMNS, "quotes")

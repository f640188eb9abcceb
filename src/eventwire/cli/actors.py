"""``eventwire actors``: the actors seen across stored articles."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import typer

from eventwire.cli.common import (
    DbOption,
    FormatOption,
    LimitOption,
    SetOption,
    app,
    emit_rows,
    settings_from,
    store_from,
)
from eventwire.cli.query import ActorOption, CountryOption
from eventwire.store import ActorFilter


@app.command()
def actors(
    country: CountryOption = None,
    sector: Annotated[
        str | None, typer.Option("--sector", help="PLOVER sector code, e.g. GOV.")
    ] = None,
    actor: ActorOption = None,
    limit: LimitOption = None,
    fmt: FormatOption = "table",
    db: DbOption = None,
    set_: SetOption = None,
) -> None:
    """List actors across stored articles with how often they appear."""
    with store_from(db, settings_from(set_)) as store:
        rows = store.actors(ActorFilter(country=country, sector=sector, name=actor, limit=limit))
    columns = ("name", "kind", "country", "sector", "role", "n_articles", "n_events")
    emit_rows((asdict(r) for r in rows), fmt, columns, "actors")

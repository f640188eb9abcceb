"""``eventwire actors``: the actors seen across stored articles, and fixing them.

``eventwire actors`` lists them; ``actors show NAME`` prints what the corpus-wide registry knows
and where each attribute was learned; ``actors rename`` and ``actors merge`` fix mistakes, in the
registry (so later articles resolve correctly) and in every stored article (so their events).
"""

from __future__ import annotations

import sys
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
    stderr,
    store_from,
)
from eventwire.cli.query import ActorOption, CountryOption
from eventwire.jsonlines import dumps_line
from eventwire.store import ActorFilter

actors_app = typer.Typer(
    help="List actors across stored articles; show, rename or merge them.",
    rich_markup_mode=None,
)
app.add_typer(actors_app, name="actors")

OnlyCountryOption = Annotated[
    str | None, typer.Option("--country", help="Only the actors of this alpha-3 country.")
]


@actors_app.callback(invoke_without_command=True)
def actors(
    ctx: typer.Context,
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
    if ctx.invoked_subcommand is not None:
        return
    with store_from(db, settings_from(set_), read_only=True) as store:
        rows = store.actors(ActorFilter(country=country, sector=sector, name=actor, limit=limit))
    columns = ("name", "kind", "country", "sector", "role", "n_articles", "n_events")
    emit_rows((asdict(r) for r in rows), fmt, columns, "actors")


@actors_app.command("show")
def show(
    name: Annotated[str, typer.Argument(help="Part of the actor's name or of an alias.")],
    db: DbOption = None,
    set_: SetOption = None,
) -> None:
    """Print the registry entries matching NAME as JSON lines: canonical name, aliases, and
    for each attribute the article, actor and words it was learned from."""
    with store_from(db, settings_from(set_), read_only=True) as store:
        entries = store.registry(name)
    if not entries:
        stderr.print(f"no actor in the registry matches {name!r}", highlight=False)
        raise typer.Exit(1)
    for entry in entries:
        sys.stdout.write(dumps_line(entry.to_dict()))


@actors_app.command("rename")
def rename(
    old: Annotated[str, typer.Argument(help="The actor's current name (exact, any case).")],
    new: Annotated[str, typer.Argument(help="Its new name.")],
    country: OnlyCountryOption = None,
    db: DbOption = None,
    set_: SetOption = None,
) -> None:
    """Rename an actor in the registry and in every stored article and event. A name another
    actor already has is refused: that is a merge (`eventwire actors merge NEW OLD`)."""
    with store_from(db, settings_from(set_)) as store:
        n = store.rename_actor(old, new, country)
    stderr.print(f"renamed {old!r} to {new!r} in {n} article actor(s)", highlight=False)


@actors_app.command("merge")
def merge(
    keep: Annotated[str, typer.Argument(help="The actor to keep (exact name).")],
    drop: Annotated[str, typer.Argument(help="The actor that is really KEEP (exact name).")],
    country: OnlyCountryOption = None,
    db: DbOption = None,
    set_: SetOption = None,
) -> None:
    """Make every actor called DROP the actor KEEP: stored articles and their events take KEEP's
    name, country, sector and role, and later articles of the same kind (person, group...)
    resolve DROP to KEEP. --country picks the DROP actors of one country, and the KEEP actor of
    that country when several share the name ("police")."""
    with store_from(db, settings_from(set_)) as store:
        n = store.merge_actors(keep, drop, country)
    stderr.print(f"merged {drop!r} into {keep!r} in {n} article actor(s)", highlight=False)

"""``eventwire stories``: articles about the same happening, grouped at ingest.

``eventwire stories`` lists them; ``stories show ID`` prints one story with its articles and
fused events (where the sources agree and where they do not); ``stories rebuild`` assigns every
stored article its story afresh.
"""

from __future__ import annotations

import sys
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
from eventwire.cli.query import FUSED_COLUMNS, SinceOption, UntilOption, country_code, fused_row
from eventwire.jsonlines import dumps_line
from eventwire.records import Story
from eventwire.store import EventFilter, StoryFilter

stories_app = typer.Typer(
    help="List stories (articles about one happening); show one; rebuild them.",
    rich_markup_mode=None,
)
app.add_typer(stories_app, name="stories")

STORY_COLUMNS = (
    "story_id",
    "first_date",
    "last_date",
    "num_articles",
    "events",
    "num_sources",
    "place",
    "country",
    "title",
)


def story_row(story: Story) -> dict[str, Any]:
    """A story as a table or CSV row (``events`` counts its events)."""
    row = story.to_dict()
    row["events"] = len(story.events)
    return row


@stories_app.callback(invoke_without_command=True)
def stories(
    ctx: typer.Context,
    since: SinceOption = None,
    until: UntilOption = None,
    country: Annotated[
        str | None,
        typer.Option(
            "--country",
            help="ISO alpha-3 country of the story (alpha-2 is read as alpha-3: ge → GEO).",
            callback=country_code,
        ),
    ] = None,
    limit: LimitOption = None,
    fmt: FormatOption = "table",
    db: DbOption = None,
    set_: SetOption = None,
) -> None:
    """List stories: each with its articles, events, first and last date, place and number of
    sources. JSON lines carry the full story objects (article ids, event keys, fused event ids)."""
    if ctx.invoked_subcommand is not None:
        return
    f = StoryFilter(since=since, until=until, country=country, limit=limit)
    with store_from(db, settings_from(set_), read_only=True) as store:
        found = store.iter_stories(f)
        if fmt == "jsonl":
            emit_rows((s.to_dict() for s in found), fmt, STORY_COLUMNS, "stories")
        else:
            emit_rows((story_row(s) for s in found), fmt, STORY_COLUMNS, "stories")


@stories_app.command("show")
def show(
    story_id: Annotated[str, typer.Argument(help="The story id (from `eventwire stories`).")],
    fmt: Annotated[
        str,
        typer.Option("--format", "-f", help="table or jsonl (the story, then its fused events)."),
    ] = "table",
    db: DbOption = None,
    set_: SetOption = None,
) -> None:
    """Print one story and its fused events; exit 1 when there is no such story."""
    with store_from(db, settings_from(set_), read_only=True) as store:
        story = store.story(story_id)
        if story is None:
            stderr.print(f"no story {story_id!r} in the store", highlight=False)
            raise typer.Exit(1)
        fused = store.fused_events(EventFilter(story_id=story_id))
    if fmt == "jsonl":
        sys.stdout.write(dumps_line(story.to_dict()))
        for f in fused:
            sys.stdout.write(dumps_line(f.to_dict()))
        return
    emit_rows([story_row(story)], "table", STORY_COLUMNS, f"story {story_id}")
    emit_rows((fused_row(f) for f in fused), "table", FUSED_COLUMNS, "fused events")
    typer.echo("articles: " + ", ".join(story.articles))


@stories_app.command("rebuild")
def rebuild(db: DbOption = None, set_: SetOption = None) -> None:
    """Assign every stored article its story again, in the order they were stored (after an
    upgrade, or on a database written before stories were kept)."""
    with store_from(db, settings_from(set_)) as store:
        n = store.rebuild_stories()
    stderr.print(f"{n} stories", highlight=False)

"""``eventwire eval`` and ``eventwire info``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from eventwire.cli.common import SetOption, app, settings_from
from eventwire.eval import TASKS, evaluate
from eventwire.eval.parts import PARTS
from eventwire.extract import Pipeline
from eventwire.nlp.events import EventsComponent


@app.command("eval")
def eval_(
    path: Annotated[
        Path, typer.Argument(help="Gold file in one of the documented formats (see SCHEMA.md).")
    ],
    task: Annotated[
        str | None,
        typer.Option("--task", help=f"One of: {', '.join(TASKS)} (default: from the file name)."),
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=0, help="Score only the first N items.")
    ] = None,
    part: Annotated[
        str,
        typer.Option(
            "--part",
            help="tune, check or all: a fixed hash of each item's id puts it in the tune half "
            "(to learn from) or the check half (to report).",
        ),
    ] = "all",
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    set_: SetOption = None,
) -> None:
    """Score the pipeline on gold data: accuracy, precision/recall/F1, km error."""
    if part not in PARTS:
        raise typer.BadParameter(f"--part must be one of {', '.join(PARTS)}, not {part!r}")
    pipeline = Pipeline(settings_from(set_))
    report = evaluate(task, path, lambda arts: pipeline.process(arts), limit=limit, part=part)
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), indent=2) + "\n")
    else:
        Console().print(report.render_table())


def _lexicon_size(pipeline: Pipeline) -> int:
    component = pipeline.nlp.get_pipe("eventwire_events")
    assert isinstance(component, EventsComponent)
    return len(component.lexicon)


@app.command()
def info(set_: SetOption = None) -> None:
    """Versions, the spaCy model in use, pipeline components and gazetteer size."""
    import platform

    import spacy

    from eventwire import __version__
    from eventwire.nlp.pipeline import resolve_model_name
    from eventwire.nlp.places import gazetteer_info

    settings = settings_from(set_)
    model = resolve_model_name(settings)
    pipeline = Pipeline(settings)
    lines = {
        "eventwire": __version__,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "model": f"{model} {spacy.util.get_package_version(model) or ''}".strip(),
        "pipeline": ", ".join(pipeline.nlp.pipe_names),
        "event lexicon entries": str(_lexicon_size(pipeline)),
    }
    for key, value in gazetteer_info().items():
        lines[f"gazetteer {key}"] = str(value)
    for key, value in lines.items():
        typer.echo(f"{key:24} {value}")

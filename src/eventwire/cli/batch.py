"""``eventwire batch`` and ``eventwire load``: large runs into Parquet, and Parquet into a store."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from eventwire.batch import PoolRunner, Runner, load_batch, run_batch
from eventwire.cli.common import DbOption, QuietOption, SetOption, app, settings_from, store_from
from eventwire.cli.run import report_line

RUNNERS = ("local", "ray")


def make_runner(name: str, workers: int, address: str | None) -> Runner:
    """The runner called ``name``: ``local`` (a pool of processes) or ``ray`` (Ray actors)."""
    if name == "local":
        return PoolRunner(workers)
    if name == "ray":
        from eventwire.batch.ray_runner import RayRunner

        return RayRunner(workers, address)
    raise typer.BadParameter(f"--runner must be local or ray, not {name!r}")


@app.command()
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(help="JSONL, CSV or Parquet shards, and folders of them or of articles."),
    ],
    out: Annotated[
        Path, typer.Option("--out", help="Output folder (Parquet, manifest, errors.jsonl).")
    ],
    runner: Annotated[
        str, typer.Option("--runner", help="local (process pool) or ray (Ray Data actors).")
    ] = "local",
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="Worker processes or Ray actors (default: CPUs)."),
    ] = None,
    address: Annotated[
        str | None,
        typer.Option("--address", help="Ray cluster to join (auto, or HOST:6379); --runner ray."),
    ] = None,
    glob: Annotated[
        str | None, typer.Option("--glob", help="Which files to read in folders (default **/*).")
    ] = None,
    set_: SetOption = None,
    quiet: QuietOption = False,
) -> None:
    """Run the pipeline over many shards in parallel into date-partitioned Parquet; resumable."""
    if address is not None and runner != "ray":
        raise typer.BadParameter("--address is for --runner ray")
    settings = settings_from(set_)
    chosen = make_runner(runner, workers or os.cpu_count() or 1, address)
    summary = run_batch(inputs, out, chosen, settings, glob=glob, progress=not quiet)
    if summary.failed or summary.interrupted or not quiet:
        report_line(summary.line())
    raise typer.Exit(summary.exit_code)


@app.command()
def load(
    folder: Annotated[Path, typer.Argument(help="Output folder of `eventwire batch`.")],
    db: DbOption = None,
    set_: SetOption = None,
    quiet: QuietOption = False,
) -> None:
    """Store a batch's output as ingest would (dedup, actors, stories); safe to run again."""
    settings = settings_from(set_)
    with store_from(db, settings, must_exist=False) as store:
        summary = load_batch(folder, store)
    if summary.interrupted or not quiet:
        report_line(summary.line())
    raise typer.Exit(summary.exit_code)


__all__ = ["batch", "load", "make_runner"]

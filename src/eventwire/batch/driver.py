"""The driver of ``eventwire batch``: find shards, skip finished ones, run the rest, record.

Only the driver writes the manifest and the errors file (one writer); workers write only their
own shards' part files. See :mod:`eventwire.batch.output` for why a crash never duplicates.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from eventwire.batch.output import ERRORS, open_folder
from eventwire.batch.runners import Runner
from eventwire.batch.shards import find_shards
from eventwire.batch.work import ShardJob, ShardOutcome
from eventwire.config import Settings
from eventwire.errors import BatchError


@dataclass(slots=True)
class BatchSummary:
    """What a batch run did; its exit code follows ``ingest``'s."""

    out: Path
    shards: int = 0
    skipped: int = 0
    done: int = 0
    ok: int = 0
    failed: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    outcomes: list[ShardOutcome] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """0: all good; 3: some records failed; 1: nothing to show; 130: interrupted."""
        if self.interrupted:
            return 130
        if self.ok == 0 and not (self.skipped and self.done == 0 and not self.failed):
            return 1  # nothing succeeded (a rerun with every shard already done is fine)
        return 3 if self.failed else 0

    @property
    def rate(self) -> float:
        """Articles per second over the run."""
        return self.ok / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        line = (
            f"{self.ok} article(s) processed, {self.failed} failed, {self.done} shard(s) done, "
            f"{self.skipped} already done ({self.rate:.1f} articles/s)"
        )
        if self.failed:
            line += f"; failures are listed in {self.out / ERRORS}"
        if self.interrupted:
            line = f"interrupted: {line}; run the same command again to finish the other shards"
        return line


Tick = Callable[[ShardOutcome], None]


@contextmanager
def _progress(enabled: bool, total: int) -> Iterator[Tick]:
    console = Console(stderr=True)
    if not enabled or not console.is_terminal:
        yield lambda outcome: None
        return
    columns = (
        TextColumn("shards"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TextColumn("{task.fields[articles]} articles, {task.fields[rate]:.1f}/s"),
        TimeElapsedColumn(),
    )
    start = time.perf_counter()
    count = 0
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("batch", total=total, articles=0, rate=0.0)

        def tick(outcome: ShardOutcome) -> None:
            nonlocal count
            count += outcome.articles
            rate = count / max(time.perf_counter() - start, 1e-9)
            progress.update(task, advance=1, articles=count, rate=rate)

        yield tick


def run_batch(
    inputs: Sequence[str],
    out: Path,
    runner: Runner,
    settings: Settings,
    *,
    glob: str | None = None,
    progress: bool = True,
) -> BatchSummary:
    """Run every unfinished shard of ``inputs`` with ``runner``, writing into ``out``.

    Ctrl-C stops the run (``interrupted``); finished shards stay finished, the rest is redone
    by the next run with the same arguments.

    Raises:
        BatchError: ``out`` cannot be used or is in use; the runner cannot start.
    """
    summary = BatchSummary(out=out)
    start = time.perf_counter()
    with open_folder(out) as folder:
        shards = find_shards(inputs, glob or str(settings["input"]["glob"]))
        todo = [s for s in shards if s.id not in folder.done]
        summary.shards, summary.skipped = len(shards), len(shards) - len(todo)
        job = ShardJob(settings=settings, out=str(out.resolve()))
        try:
            with _progress(progress, len(todo)) as tick:
                for outcome in runner.map_shards(todo, job):
                    folder.commit(outcome.entry(), outcome.errors)
                    summary.done += 1
                    summary.ok += outcome.articles
                    summary.failed += outcome.failed
                    outcome.errors = []  # on disk now: a long run's memory stays flat
                    summary.outcomes.append(outcome)
                    tick(outcome)
        except KeyboardInterrupt:
            summary.interrupted = True
        except BrokenProcessPool as exc:  # a worker killed (out of memory?) mid-shard
            raise BatchError(
                f"a worker process died ({exc}); {summary.done} shard(s) of this run are "
                "finished and kept: run the same command again for the rest"
            ) from exc
        except OSError as exc:  # a full disk, a folder that went away: no one article's fault
            raise BatchError(f"cannot write the batch output in {out}: {exc}") from exc
    summary.seconds = time.perf_counter() - start
    return summary

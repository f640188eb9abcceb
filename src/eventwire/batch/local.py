"""The local batch runner behind ``eventwire extract`` and ``eventwire ingest``.

Bad records never stop a run: reader errors and pipeline errors are both reported as
``path:line: reason`` through ``report`` and counted; every other article is processed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from eventwire.errors import InputError
from eventwire.extract import Pipeline
from eventwire.readers import read_inputs
from eventwire.records import Article, ArticleResult


@dataclass(slots=True)
class RunSummary:
    """What happened to each record of a run."""

    ok: int = 0
    failed: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    #: Stopped by Ctrl-C (SIGINT): what was done before it still counts.
    interrupted: bool = False

    @property
    def exit_code(self) -> int:
        """0: all good; 3: some records failed; 1: nothing succeeded; 130: interrupted."""
        if self.interrupted:
            return 130
        if self.ok == 0:
            return 1
        return 3 if self.failed else 0

    def line(self) -> str:
        parts = [f"{self.ok} article(s) processed", f"{self.failed} failed"]
        parts += [f"{n} {k}" for k, n in sorted(self.outcomes.items())]
        line = ", ".join(parts)
        if self.interrupted:
            line = (
                f"interrupted: {line}; the rest was not read (run the same command again: "
                "articles already stored are skipped as unchanged)"
            )
        return line


@contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[], None]]:
    console = Console(stderr=True)
    if not enabled or not console.is_terminal:
        yield lambda: None
        return
    columns = (SpinnerColumn(), TextColumn("{task.completed} articles"), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("extract", total=None)
        yield lambda: progress.advance(task)


def run(
    paths: Sequence[str],
    pipeline: Pipeline,
    on_result: Callable[[ArticleResult], str | None],
    report: Callable[[str], None],
    *,
    published: dt.date | None = None,
    source: str | None = None,
    glob: str | None = None,
    strict: bool = False,
    progress: bool = True,
) -> RunSummary:
    """Read ``paths``, run the pipeline, pass each result to ``on_result``.

    Args:
        on_result: receives each result; may return an outcome word ("inserted") to count.
        report: receives one ``where: reason`` line per bad record.
        strict: stop at the first bad record (its error is raised).
    """
    summary = RunSummary()
    settings = pipeline.settings["input"]

    def reader_error(err: InputError) -> None:
        summary.failed += 1
        report(str(err))

    def pipeline_error(article: Article, exc: Exception) -> None:
        summary.failed += 1
        report(f"{article.id}: pipeline failed: {type(exc).__name__}: {exc}")

    articles = read_inputs(
        paths,
        published=published,
        source=source,
        glob=glob or settings["glob"],
        max_chars=int(settings["max_chars"]),
        on_error=None if strict else reader_error,
    )
    try:
        with _progress(progress) as tick:
            for result in pipeline.process(articles, on_error=None if strict else pipeline_error):
                outcome = on_result(result)
                summary.ok += 1
                if outcome:
                    summary.outcomes[outcome] = summary.outcomes.get(outcome, 0) + 1
                tick()
    except KeyboardInterrupt:
        # Each article is stored in its own transaction: those counted are safely kept.
        summary.interrupted = True
    return summary

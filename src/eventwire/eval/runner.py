"""The task registry and :func:`evaluate`, the one entry point ``eventwire eval`` calls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from eventwire.errors import EvalError
from eventwire.eval import (
    acled,
    attributions,
    cameo,
    case2021,
    casualties,
    dates,
    geo,
    plover,
    police,
    quotes,
    stories,
)
from eventwire.eval.base import Task
from eventwire.eval.gold import JSON, Extract, aligned, read_jsonl
from eventwire.eval.parts import in_part
from eventwire.eval.report import EvalReport
from eventwire.records import Article

#: Every task by name, in the order ``eventwire eval --help`` lists them.
TASKS: dict[str, Task] = {
    t.name: t
    for t in (
        plover.TASK,
        cameo.TASK,
        acled.TASK,
        geo.TASK,
        dates.TASK,
        casualties.TASK,
        stories.TASK,
        quotes.TASK,
        case2021.TASK,
        police.TASK,
        attributions.TASK,
    )
}


def get_task(name: str) -> Task:
    """The task called ``name``.

    Raises:
        EvalError: no such task (the message lists the tasks).
    """
    try:
        return TASKS[name]
    except KeyError:
        raise EvalError(f"unknown eval task {name!r}; choose one of: {', '.join(TASKS)}") from None


def detect_task(path: Path) -> str:
    """Guess the task from a gold file's name or folder (``gvdb/dev.jsonl`` → ``casualties``).

    Raises:
        EvalError: nothing in the path names a known gold set.
    """
    names = [path.name.lower(), path.parent.name.lower()]
    for task in TASKS.values():
        if any(hint in name for name in names for hint in task.file_hints):
            return task.name
    raise EvalError(
        f"cannot tell the eval task from {path}; name it explicitly, one of: {', '.join(TASKS)}"
    )


def evaluate(
    task: str | None,
    path: Path | str,
    extract: Extract,
    *,
    limit: int | None = None,
    subset: str | None = None,
    part: str = "all",
) -> EvalReport:
    """Score an extraction on a gold file.

    Args:
        task: a name from :data:`TASKS`, or ``None`` to detect it from the file name.
        path: the gold JSONL file, read as a stream.
        extract: the extraction under test; gets the articles lazily and must return one
            result per article, in order.
        limit: score only the first ``limit`` items (after the subset filter).
        subset: which records to score, for tasks that have subsets (``cameo``); ``None`` means
            the task's default.
        part: ``tune``, ``check`` or ``all`` (see :mod:`eventwire.eval.parts`): tune on one
            half of a dev set, report the other.

    Returns:
        The report; nothing is printed.

    Raises:
        EvalError: unknown task, missing or malformed gold file, no items to score, a subset
            for a task without subsets, or an extraction that loses or reorders results.
    """
    path = Path(path)
    spec = get_task(task) if task is not None else get_task(detect_task(path))
    if not path.is_file():
        what = "is a folder, not a file" if path.is_dir() else "does not exist"
        raise EvalError(f"gold file {path} {what}; {spec.expected}")
    if subset is not None and spec.keep is None:
        raise EvalError(f"task {spec.name!r} has no subsets; leave subset out")
    if limit is not None and limit < 1:
        raise EvalError(f"limit must be a positive number of items, not {limit}")
    in_part(JSON(), part)  # an unknown part is an error even before the file is read
    scorer = spec.scorer()
    items = _items(spec, path, subset or spec.default_subset, limit, part)
    for gold, result in aligned(items, extract):
        try:
            scorer.add(gold, result)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise EvalError(
                f"{path}: cannot score item {gold.get('id') or gold.get('doc_id')!r} "
                f"({type(exc).__name__}: {exc}); {spec.expected}"
            ) from exc
    scores = scorer.finish()
    if scores.n == 0:
        where = f" in subset {subset or spec.default_subset!r}" if spec.keep else ""
        where += f" in part {part!r}" if part != "all" else ""
        raise EvalError(f"{path}: no items to score{where}; {spec.expected}")
    return EvalReport(
        spec.name, str(path), scores.n, scores.metrics, scores.per_class, scores.errors, part
    )


def _items(
    spec: Task, path: Path, subset: str | None, limit: int | None, part: str = "all"
) -> Iterator[tuple[JSON, Article]]:
    """The gold objects of ``path`` that the task keeps, each with its article."""
    count = 0
    for number, gold in read_jsonl(path, spec.required, spec.expected):
        if spec.keep is not None and subset is not None and not spec.keep(gold, subset):
            continue
        if not in_part(gold, part):
            continue
        if not isinstance(gold.get("text"), str):
            raise EvalError(f"{path}:{number}: field text must be a string; {spec.expected}")
        try:
            article = spec.to_article(gold)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise EvalError(f"{path}:{number}: bad field ({exc}); {spec.expected}") from exc
        count += 1
        yield gold, article
        if limit is not None and count >= limit:
            return

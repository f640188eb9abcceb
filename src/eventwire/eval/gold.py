"""Reading gold JSONL files as a stream, and pairing each gold item with its extraction.

Gold files can be large, so nothing here reads a whole file: :func:`read_jsonl` yields one
validated object per line, and :func:`aligned` feeds articles to the extraction lazily while
keeping only the gold items whose results have not come back yet.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from eventwire.errors import EvalError
from eventwire.records import Article, ArticleResult

JSON = dict[str, Any]
#: The extraction under test: articles in, one result per article out, in input order.
Extract = Callable[[Iterable[Article]], Iterable[ArticleResult]]


def read_jsonl(path: Path, required: Sequence[str], expected: str) -> Iterator[tuple[int, JSON]]:
    """Yield ``(line_number, object)`` for each non-blank line of a gold JSONL file.

    Args:
        path: the gold file.
        required: fields every object must have.
        expected: a short description of the format, used in error messages.

    Raises:
        EvalError: the file is missing, unreadable, not UTF-8, or a line is not a JSON object
            with the required fields.
    """
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise EvalError(f"cannot read gold file {path}: {exc.strerror or exc}; {expected}") from exc
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield number, _parse_line(path, number, line, required, expected)
        except UnicodeDecodeError as exc:
            raise EvalError(f"{path}: not UTF-8 text ({exc.reason}); {expected}") from exc


def _parse_line(path: Path, number: int, line: str, required: Sequence[str], expected: str) -> JSON:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise EvalError(f"{path}:{number}: not valid JSON ({exc.msg}); {expected}") from exc
    if not isinstance(obj, dict):
        raise EvalError(f"{path}:{number}: a JSON {type(obj).__name__}, not an object; {expected}")
    missing = [name for name in required if name not in obj]
    if missing:
        raise EvalError(f"{path}:{number}: missing field(s) {', '.join(missing)}; {expected}")
    return obj


def parse_date(value: object) -> dt.date | None:
    """A date from ``YYYY-MM-DD`` (a time after it is ignored: TempEval-3 DCTs have one) or
    ``YYYYMMDD``; ``None`` for anything else (gold dates can be missing or malformed, e.g. one
    MEANTIME DCT is ``03-02-2009``, and must not stop an eval)."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if len(text) > 10 and text[10] in "T ":  # an ISO date and time (TempEval-3 DCTs)
        text = text[:10]
    if len(text) == 8 and text.isdigit():
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


def aligned(
    items: Iterable[tuple[JSON, Article]], extract: Extract
) -> Iterator[tuple[JSON, ArticleResult]]:
    """Run ``extract`` over the articles and yield each gold object with its result.

    Raises:
        EvalError: the extraction returned too few or too many results, or a result for another
            article than the one at its position.
    """
    pending: deque[tuple[JSON, Article]] = deque()

    def articles() -> Iterator[Article]:
        for gold, article in items:
            pending.append((gold, article))
            yield article

    for result in extract(articles()):
        if not pending:
            raise EvalError("the extraction returned more results than articles it was given")
        gold, article = pending.popleft()
        if result.article.id != article.id:
            raise EvalError(
                f"the extraction returned a result for article {result.article.id!r} where "
                f"{article.id!r} was expected; results must come back in input order"
            )
        yield gold, result
    if pending:
        raise EvalError(
            f"the extraction returned no result for {len(pending)} article(s), first "
            f"{pending[0][1].id!r}; it must return one result per article"
        )


def overlaps(start: int, end: int, other_start: int, other_end: int) -> int:
    """Number of characters two ``[start, end)`` spans share (0 when they do not meet)."""
    return max(0, min(end, other_end) - max(start, other_start))

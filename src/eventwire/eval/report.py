"""What an evaluation returns: :class:`EvalReport`, and the capped sample of misses behind it."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console
from rich.table import Table

#: How many misses a report keeps for inspection; the metrics always count every item.
MAX_ERRORS = 25


@dataclass
class ErrorSample:
    """Keeps the first ``cap`` misses; ``seen`` counts all of them."""

    cap: int = MAX_ERRORS
    items: list[dict[str, Any]] = field(default_factory=list)
    seen: int = 0

    def add(self, item_id: str, what: str, gold: Any, predicted: Any) -> None:
        """Record one miss: which item, which field, and the two values that disagree."""
        self.seen += 1
        if len(self.items) < self.cap:
            self.items.append({"id": item_id, "field": what, "gold": gold, "predicted": predicted})


@dataclass
class Scores:
    """What a task scorer produces; :func:`eventwire.eval.evaluate` adds task and dataset."""

    n: int
    metrics: dict[str, float]
    per_class: dict[str, dict[str, float]] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class EvalReport:
    """Scores of one extraction on one gold file.

    Attributes:
        task: the task name (a key of :data:`eventwire.eval.TASKS`).
        dataset: the gold file that was read.
        n: number of gold items scored (after ``limit`` and any subset filter).
        metrics: headline figures (ratios in 0..1, km for distances) and the counts behind them
            (keys starting with ``n_``).
        per_class: label → {precision, recall, f1, support} (or accuracy-style keys where the task
            has no predicted label).
        errors: a capped sample of misses, ``{id, field, gold, predicted}``.
    """

    task: str
    dataset: str
    n: int
    metrics: dict[str, float]
    per_class: dict[str, dict[str, float]] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)
    #: Which items were scored: ``all``, or the ``tune`` or ``check`` half (eval.parts).
    part: str = "all"

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the report (``eventwire eval --format json``)."""
        return {
            "task": self.task,
            "dataset": self.dataset,
            "n": self.n,
            "part": self.part,
            "metrics": dict(self.metrics),
            "per_class": {k: dict(v) for k, v in self.per_class.items()},
            "errors": [dict(e) for e in self.errors],
        }

    def render_table(self) -> Table:
        """A rich table: the metrics, then (when there are classes) a nested per-class table."""
        part = f", {self.part} part" if self.part != "all" else ""
        table = Table(title=f"eventwire eval {self.task} — {self.dataset} (n={self.n}{part})")
        table.add_column("metric")
        table.add_column("value", justify="right")
        for name, value in self.metrics.items():
            table.add_row(name, _fmt(value))
        if self.per_class:
            table.add_section()
            table.add_row("per class", self._class_table())
        return table

    def _class_table(self) -> Table:
        keys = _class_keys(self.per_class)
        inner = Table(box=None, pad_edge=False)
        inner.add_column("label")
        for key in keys:
            inner.add_column(key, justify="right")
        for label, scores in self.per_class.items():
            inner.add_row(label, *(_fmt(scores.get(k, 0.0)) for k in keys))
        return inner

    def render_text(self, width: int = 100) -> str:
        """The table as plain text (no colour codes), e.g. for logs."""
        buffer = io.StringIO()
        Console(file=buffer, width=width, no_color=True, force_terminal=False).print(
            self.render_table()
        )
        return buffer.getvalue()


def _class_keys(per_class: dict[str, dict[str, float]]) -> list[str]:
    keys: list[str] = []
    for scores in per_class.values():
        keys.extend(k for k in scores if k not in keys)
    return keys


def _fmt(value: float) -> str:
    if isinstance(value, int):  # counts stay whole numbers
        return str(value)
    return f"{value:.3f}"

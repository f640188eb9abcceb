"""``acled``: short ACLED-style event descriptions with their ACLED event and sub-event type.

Format: JSON lines with ``id``, ``text``, ``story_date`` and gold ``event_type`` /
``sub_event_type`` (see ``tests/fixtures/gold/README.md``). The predicted ACLED code is that of
the highest-confidence event that has one. Scored: **sub-event type accuracy**, **event type
accuracy**, and per-sub-event-type precision/recall/F1.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.eval.base import Task
from eventwire.eval.gold import JSON, parse_date
from eventwire.eval.metrics import ClassTally, ratio
from eventwire.eval.report import ErrorSample, Scores
from eventwire.records import Acled, Article, ArticleResult

EXPECTED = (
    "expected JSON lines with id, text, story_date, event_type, sub_event_type "
    "(see tests/fixtures/gold/README.md)"
)


def to_article(gold: JSON) -> Article:
    """One description as an article published on its ``story_date``."""
    return Article(
        id=str(gold["id"]), text=gold["text"], published=parse_date(gold.get("story_date"))
    )


def predicted_acled(result: ArticleResult) -> Acled | None:
    """The ACLED code of the most confident event that has one."""
    coded = [e for e in result.events if e.acled is not None]
    best = max(coded, key=lambda e: e.confidence, default=None)
    return best.acled if best else None


@dataclass
class AcledScorer:
    """Tallies ACLED event and sub-event type agreement."""

    subs: ClassTally = field(default_factory=ClassTally)
    n: int = 0
    event_type_hits: int = 0
    errors: ErrorSample = field(default_factory=ErrorSample)

    def add(self, gold: JSON, result: ArticleResult) -> None:
        self.n += 1
        acled = predicted_acled(result)
        self.subs.add(gold["sub_event_type"], acled.sub_event_type if acled else None)
        self.event_type_hits += bool(acled and acled.event_type == gold["event_type"])
        if acled is None or acled.sub_event_type != gold["sub_event_type"]:
            got = f"{acled.event_type}: {acled.sub_event_type}" if acled else None
            self.errors.add(gold["id"], "sub_event_type", gold["sub_event_type"], got)

    def finish(self) -> Scores:
        metrics: dict[str, float] = {
            "sub_event_type_accuracy": ratio(sum(self.subs.tp.values()), self.n),
            "event_type_accuracy": ratio(self.event_type_hits, self.n),
            "sub_event_type_macro_f1": self.subs.macro_f1(),
        }
        return Scores(self.n, metrics, self.subs.per_class(), self.errors.items)


TASK = Task(
    name="acled",
    summary="ACLED event and sub-event type of the most confident coded event",
    expected=EXPECTED,
    required=("id", "text", "event_type", "sub_event_type"),
    to_article=to_article,
    scorer=AcledScorer,
    file_hints=("acled",),
)

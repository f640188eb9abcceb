"""``dates``: TIMEX3 normalisation on MEANTIME (``meantime_docs.jsonl``), one article per item.

The article is published on its ``dct`` (missing or malformed → ``None``, counted in
``n_missing_dct``). Each gold timex with text is matched by the predicted time expression whose
span overlaps it the most. Reported:

- **date value accuracy** (headline): over gold ``DATE`` timexes, the matched prediction has the
  same TIMEX3 value; no match counts as wrong;
- the same over all types, and per type (``DATE``/``TIME``/``DURATION``/``SET``): support,
  detection recall and value accuracy;
- span detection precision/recall/F1 (any overlap) and type accuracy over matched timexes;
- **event date accuracy**: over gold event mentions whose instance has a full ``YYYY-MM-DD`` time
  and which a predicted event trigger overlaps, the event's date value equals it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from eventwire.eval.base import Task
from eventwire.eval.gold import JSON, overlaps, parse_date
from eventwire.eval.metrics import f1, ratio
from eventwire.eval.report import ErrorSample, Scores
from eventwire.records import Article, ArticleResult, TimeExpr

TYPES = ("DATE", "TIME", "DURATION", "SET")
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EXPECTED = (
    "expected MEANTIME JSON lines with doc_id, text, dct, timexes [{text, start, end, type, "
    "value}] (see eval/meantime/SCHEMA.md)"
)


def to_article(gold: JSON) -> Article:
    """One article published on its document creation time."""
    return Article(
        id=str(gold["doc_id"]),
        text=gold["text"],
        source=gold.get("corpus") or "meantime",
        url=gold.get("url"),
        title=gold.get("title"),
        published=parse_date(gold.get("dct")),
    )


def match_time(times: list[TimeExpr], start: int, end: int) -> TimeExpr | None:
    """The predicted time expression overlapping ``[start, end)`` the most (first on ties)."""
    best = max(times, key=lambda t: overlaps(start, end, t.start, t.end), default=None)
    if best is None or overlaps(start, end, best.start, best.end) == 0:
        return None
    return best


def _explicit(timexes: object) -> list[JSON]:
    """Gold timexes that have text and a span (implicit ones have neither)."""
    if not isinstance(timexes, list):
        return []
    return [t for t in timexes if isinstance(t, dict) and t.get("text") and "start" in t]


@dataclass
class DatesScorer:
    """Tallies timex detection and value agreement per type, and event dates."""

    n: int = 0
    missing_dct: int = 0
    support: Counter[str] = field(default_factory=Counter)
    detected: Counter[str] = field(default_factory=Counter)
    right_value: Counter[str] = field(default_factory=Counter)
    right_type: int = 0
    n_predicted: int = 0
    predicted_on_gold: int = 0
    n_event_dates: int = 0
    right_event_dates: int = 0
    errors: ErrorSample = field(default_factory=ErrorSample)

    def add(self, gold: JSON, result: ArticleResult) -> None:
        self.n += 1
        self.missing_dct += result.article.published is None
        timexes = _explicit(gold.get("timexes"))
        for timex in timexes:
            self._timex(str(gold["doc_id"]), timex, result.times)
        spans = [(int(t["start"]), int(t["end"])) for t in timexes]
        self.n_predicted += len(result.times)
        self.predicted_on_gold += sum(
            any(overlaps(t.start, t.end, s, e) for s, e in spans) for t in result.times
        )
        self._events(gold.get("event_mentions"), result)

    def _timex(self, doc_id: str, timex: JSON, times: list[TimeExpr]) -> None:
        kind = str(timex.get("type") or "DATE")
        self.support[kind] += 1
        found = match_time(times, int(timex["start"]), int(timex["end"]))
        if found is None:
            self.errors.add(doc_id, timex["text"], timex.get("value"), None)
            return
        self.detected[kind] += 1
        self.right_type += found.type == kind
        if found.value == timex.get("value"):
            self.right_value[kind] += 1
        else:
            self.errors.add(doc_id, timex["text"], timex.get("value"), found.value)

    def _events(self, mentions: object, result: ArticleResult) -> None:
        for mention in mentions if isinstance(mentions, list) else []:
            if not isinstance(mention, dict) or "start" not in mention:
                continue
            time = (mention.get("instance") or {}).get("time")
            if not isinstance(time, str) or not FULL_DATE.match(time):
                continue
            start, end = int(mention["start"]), int(mention["end"])
            event = next(
                (e for e in result.events if overlaps(e.trigger.start, e.trigger.end, start, end)),
                None,
            )
            if event is not None:
                self.n_event_dates += 1
                self.right_event_dates += event.date is not None and event.date.value == time

    def finish(self) -> Scores:
        total = sum(self.support.values())
        recall = ratio(sum(self.detected.values()), total)
        precision = ratio(self.predicted_on_gold, self.n_predicted)
        metrics: dict[str, float] = {
            "date_value_accuracy": ratio(self.right_value["DATE"], self.support["DATE"]),
            "value_accuracy": ratio(sum(self.right_value.values()), total),
            "detection_precision": precision,
            "detection_recall": recall,
            "detection_f1": f1(precision, recall),
            "type_accuracy": ratio(self.right_type, sum(self.detected.values())),
            "event_date_accuracy": ratio(self.right_event_dates, self.n_event_dates),
            "n_date": self.support["DATE"],
            "n_timex": total,
            "n_event_dates": self.n_event_dates,
            "n_missing_dct": self.missing_dct,
        }
        return Scores(self.n, metrics, self._per_type(), self.errors.items)

    def _per_type(self) -> dict[str, dict[str, float]]:
        kinds = [k for k in TYPES if self.support[k]] + sorted(set(self.support) - set(TYPES))
        return {
            k: {
                "support": self.support[k],
                "recall": ratio(self.detected[k], self.support[k]),
                "value_accuracy": ratio(self.right_value[k], self.support[k]),
            }
            for k in kinds
        }


TASK = Task(
    name="dates",
    summary="TIMEX3 value accuracy (DATE headline, per type), detection, event dates",
    expected=EXPECTED,
    required=("doc_id", "text", "timexes"),
    to_article=to_article,
    scorer=DatesScorer,
    file_hints=("meantime", "timex"),
)

"""``casualties``: shootings in the Gun Violence Database (``gvdb/dev.jsonl``), one article each.

Article-level questions, answered *yes* when any predicted event has a killed (injured) count
with ``min >= 1`` or ``max >= 1``:

- **killed / injured accuracy**: agreement with gold ``n_killed > 0`` (``n_injured_not_killed >
  0``), plus precision/recall/F1 of the *yes* answer per question;
- **exact count accuracy** over articles whose gold count is positive: the article's count is
  the largest point value over its events (``min``, else ``max``; the largest because the
  same victims are usually counted again in later sentences) and must equal the gold count;
- **city accuracy** over articles with a gold city: some predicted place has a mention
  overlapping the city span or a name equal to it (case-insensitive).

GVDB is crowd-annotated and lists only the victims a worker entered, so gold counts are lower
bounds; read the count figures as agreement, not exact accuracy.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.eval.base import Task
from eventwire.eval.gold import JSON, overlaps
from eventwire.eval.metrics import binary_scores, ratio
from eventwire.eval.report import ErrorSample, Scores
from eventwire.records import Article, ArticleResult, Count

EXPECTED = (
    "expected GVDB JSON lines with id, text, city {text, start, end}|null, n_killed, "
    "n_injured_not_killed (see eval/gvdb/SCHEMA.md)"
)
QUESTIONS = {"killed": "n_killed", "injured": "n_injured_not_killed"}


def to_article(gold: JSON) -> Article:
    """One article; GVDB gives no publication date."""
    return Article(
        id=str(gold["id"]),
        text=gold["text"],
        source="gvdb",
        url=gold.get("url"),
        title=gold.get("title"),
    )


def point(count: Count | None) -> int | None:
    """A count's single value: its lower bound, else its upper bound."""
    if count is None:
        return None
    return count.min if count.min is not None else count.max


def predicted_count(result: ArticleResult, what: str) -> int | None:
    """The article's killed/injured count: the largest point value over its events."""
    values = [point(getattr(e.casualties, what)) for e in result.events]
    present = [v for v in values if v is not None]
    return max(present) if present else None


def anyone(result: ArticleResult, what: str) -> bool:
    """Whether some event reports at least one person killed/injured."""
    counts = (getattr(e.casualties, what) for e in result.events)
    return any(c is not None and ((c.min or 0) >= 1 or (c.max or 0) >= 1) for c in counts)


def city_found(result: ArticleResult, city: JSON) -> bool:
    """Whether a predicted place overlaps the gold city span or bears its name."""
    name = str(city.get("text") or "").strip().casefold()
    start, end = city.get("start"), city.get("end")
    # A few GVDB spans lack an offset: then only the name can match.
    span = (start, end) if isinstance(start, int) and isinstance(end, int) else None
    for place in result.places:
        if name and place.name.casefold() == name:
            return True
        if span and any(overlaps(*span, m.start, m.end) for m in place.mentions):
            return True
    return False


@dataclass
class _Question:
    """Confusion counts of one yes/no question, and exact counts where gold is positive."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    n_counted: int = 0
    exact: int = 0


@dataclass
class CasualtiesScorer:
    """Tallies the killed/injured questions, counts and cities."""

    n: int = 0
    questions: dict[str, _Question] = field(
        default_factory=lambda: {q: _Question() for q in QUESTIONS}
    )
    n_city: int = 0
    city_right: int = 0
    errors: ErrorSample = field(default_factory=ErrorSample)

    def add(self, gold: JSON, result: ArticleResult) -> None:
        self.n += 1
        for what, key in QUESTIONS.items():
            self._question(str(gold["id"]), what, int(gold.get(key) or 0), result)
        city = gold.get("city")
        if isinstance(city, dict) and city.get("text"):
            self.n_city += 1
            found = city_found(result, city)
            self.city_right += found
            if not found:
                self.errors.add(gold["id"], "city", city["text"], [p.name for p in result.places])

    def _question(self, item_id: str, what: str, gold_n: int, result: ArticleResult) -> None:
        q = self.questions[what]
        said = anyone(result, what)
        q.tp += said and gold_n > 0
        q.fp += said and gold_n == 0
        q.fn += not said and gold_n > 0
        q.tn += not said and gold_n == 0
        if gold_n > 0:
            q.n_counted += 1
            count = predicted_count(result, what)
            q.exact += count == gold_n
            if count != gold_n:
                self.errors.add(item_id, what, gold_n, count)

    def finish(self) -> Scores:
        metrics: dict[str, float] = {}
        per_class: dict[str, dict[str, float]] = {}
        for what, q in self.questions.items():
            metrics[f"{what}_accuracy"] = ratio(q.tp + q.tn, self.n)
            metrics[f"{what}_count_accuracy"] = ratio(q.exact, q.n_counted)
            per_class[what] = binary_scores(q.tp, q.fp, q.fn)
        metrics["city_accuracy"] = ratio(self.city_right, self.n_city)
        for what, q in self.questions.items():
            metrics[f"n_{what}"] = q.n_counted
        metrics["n_city"] = self.n_city
        return Scores(self.n, metrics, per_class, self.errors.items)


TASK = Task(
    name="casualties",
    summary="anyone killed / injured (article level), exact counts, city",
    expected=EXPECTED,
    required=("id", "text", "n_killed", "n_injured_not_killed"),
    to_article=to_article,
    scorer=CasualtiesScorer,
    file_hints=("gvdb", "casualt"),
)

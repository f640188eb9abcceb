"""``cameo``: PETRARCH validation records (``petrarch_validation.jsonl``), one sentence per item.

The CAMEO root of a code is its first two digits (``"0352"`` → ``"03"``). Over sentences with gold
events: **root top-1 accuracy** (the highest-confidence event's root is one of the gold roots) and
**root any-match** (some predicted root is a gold root); per-root precision/recall/F1 from top-1.
Over sentences the record says should yield no event: the share that indeed yield none.

``subset`` selects records: ``SUBSET`` or ``SUBSET/CATEGORY`` (e.g. ``petr2_unittest`` or
``up_petr2_gsr_validation/AFP``, the default: real AFP wire sentences), or ``all``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.eval.base import Task, top_event
from eventwire.eval.gold import JSON, parse_date
from eventwire.eval.metrics import ClassTally, ratio
from eventwire.eval.report import ErrorSample, Scores
from eventwire.records import Article, ArticleResult

DEFAULT_SUBSET = "up_petr2_gsr_validation/AFP"
EXPECTED = (
    "expected PETRARCH validation JSON lines with subset, id, date, category, text, gold_events "
    "(see eval/petrarch_validation/SCHEMA.md)"
)


def to_article(gold: JSON) -> Article:
    """One sentence as an article published on the record's ``date`` (YYYYMMDD)."""
    return Article(
        id=str(gold["id"]),
        text=gold["text"],
        source=gold.get("subset") or "petrarch",
        published=parse_date(gold.get("date")),
    )


def keep(gold: JSON, subset: str) -> bool:
    """Whether a record belongs to ``subset`` (``all``, ``SUBSET`` or ``SUBSET/CATEGORY``)."""
    if subset == "all":
        return True
    name, _, category = subset.partition("/")
    if gold.get("subset") != name:
        return False
    return not category or gold.get("category") == category


def root(code: object) -> str | None:
    """The two-digit CAMEO root of a code, ``None`` when it has none."""
    if not isinstance(code, str) or len(code) < 2 or not code[:2].isdigit():
        return None
    return code[:2]


@dataclass
class CameoScorer:
    """Tallies CAMEO root agreement, and silence on records that expect no event."""

    roots: ClassTally = field(default_factory=ClassTally)
    n: int = 0
    n_coded: int = 0
    any_match: int = 0
    n_no_event: int = 0
    silent: int = 0
    errors: ErrorSample = field(default_factory=ErrorSample)

    def add(self, gold: JSON, result: ArticleResult) -> None:
        self.n += 1
        gold_roots = [r for r in (root(g.get("cameo_event")) for g in gold["gold_events"]) if r]
        predicted = [r for r in (root(e.cameo) for e in result.events) if r]
        if not gold_roots:
            if gold.get("expect_no_events") or not gold["gold_events"]:
                self.n_no_event += 1
                self.silent += not result.events
            return
        top = top_event(result.events)
        top_root = root(top.cameo) if top else None
        # Several gold events may have different roots: credit the one predicted, if any.
        label = top_root if top_root in gold_roots else gold_roots[0]
        self.n_coded += 1
        self.roots.add(label, top_root)
        self.any_match += bool(set(predicted) & set(gold_roots))
        if top_root not in gold_roots:
            self.errors.add(gold["id"], "cameo_root", gold_roots, top_root)

    def finish(self) -> Scores:
        metrics: dict[str, float] = {
            "root_top1_accuracy": ratio(sum(self.roots.tp.values()), self.n_coded),
            "root_any_match": ratio(self.any_match, self.n_coded),
            "root_macro_f1": self.roots.macro_f1(),
            "no_event_correct": ratio(self.silent, self.n_no_event),
            "n_coded": self.n_coded,
            "n_no_event": self.n_no_event,
        }
        return Scores(self.n, metrics, self.roots.per_class(), self.errors.items)


TASK = Task(
    name="cameo",
    summary="CAMEO root code of the top event (top-1, any-match, per root)",
    expected=EXPECTED,
    required=("id", "text", "gold_events"),
    to_article=to_article,
    scorer=CameoScorer,
    file_hints=("petrarch", "cameo"),
    keep=keep,
    default_subset=DEFAULT_SUBSET,
)

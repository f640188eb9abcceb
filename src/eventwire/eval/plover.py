"""``plover``: PLOVER gold-standard records (``plover_gsr/dev.jsonl``), one sentence per item.

Scored per sentence:

- **top-1 accuracy**: the highest-confidence event's type is the gold ``plover_event`` (per-type
  precision/recall/F1 come from this prediction; no event counts as a miss);
- **any-match**: the gold type is among the predicted event types;
- **source / target country**: over items whose gold source (target) actors carry a code, one of
  those codes is the country of an actor in the source (target) of the *chosen* event — the
  highest-confidence event of the gold type, else the top event;
- **sector**: likewise for the actors' sectors (gold ``CVLalb`` → ``CVL``; ``***`` is ignored),
  source and target actors pooled;
- **no-event rate**: share of sentences with no event at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.eval.base import Task, top_event
from eventwire.eval.gold import JSON, parse_date
from eventwire.eval.metrics import ClassTally, ratio
from eventwire.eval.report import ErrorSample, Scores
from eventwire.records import Article, ArticleResult, Event

EXPECTED = (
    "expected PLOVER gold JSON lines with id, text, story_date, plover_event, source_actors, "
    "target_actors (see eval/plover_gsr/SCHEMA.md)"
)


def to_article(gold: JSON) -> Article:
    """One sentence as an article published on its ``story_date``."""
    return Article(
        id=str(gold["id"]),
        text=gold["text"],
        source="plover_gsr",
        published=parse_date(gold.get("story_date")),
    )


def _codes(actors: object) -> set[str]:
    if not isinstance(actors, list):
        return set()
    return {a["code"].upper() for a in actors if isinstance(a, dict) and a.get("code")}


def _sector(code: object) -> str | None:
    # Gold sectors may carry an ethnic/religious suffix ("CVLalb", "GOVMOS"); the first three
    # letters are the PLOVER sector.
    if not isinstance(code, str) or not code[:3].isalpha():
        return None
    return code[:3].upper()


def _gold_sectors(gold: JSON) -> set[str]:
    actors = [*(gold.get("source_actors") or []), *(gold.get("target_actors") or [])]
    sectors = (_sector(a.get("sector")) for a in actors if isinstance(a, dict))
    return {s for s in sectors if s}


def chosen_event(result: ArticleResult, gold_type: str) -> Event | None:
    """The highest-confidence event of the gold type, else the top event."""
    of_type = [e for e in result.events if e.type == gold_type]
    return top_event(of_type) or top_event(result.events)


def _countries(result: ArticleResult, actor_ids: list[str]) -> set[str]:
    actors = (result.actor(i) for i in actor_ids)
    return {a.country.upper() for a in actors if a is not None and a.country}


def _sectors(result: ArticleResult, event: Event) -> set[str]:
    actors = (result.actor(i) for i in [*event.source, *event.target])
    sectors = (_sector(a.sector) for a in actors if a is not None)
    return {s for s in sectors if s}


@dataclass
class _Hits:
    """Items scored on one field and how many were right."""

    n: int = 0
    correct: int = 0

    def add(self, ok: bool) -> None:
        self.n += 1
        self.correct += ok


@dataclass
class PloverScorer:
    """Tallies PLOVER type, actor country and sector agreement per sentence."""

    types: ClassTally = field(default_factory=ClassTally)
    any_match: int = 0
    no_event: int = 0
    n: int = 0
    source: _Hits = field(default_factory=_Hits)
    target: _Hits = field(default_factory=_Hits)
    sector: _Hits = field(default_factory=_Hits)
    errors: ErrorSample = field(default_factory=ErrorSample)

    def add(self, gold: JSON, result: ArticleResult) -> None:
        gold_type = str(gold["plover_event"])
        top = top_event(result.events)
        self.n += 1
        self.no_event += top is None
        self.types.add(gold_type, top.type if top else None)
        self.any_match += any(e.type == gold_type for e in result.events)
        if top is None or top.type != gold_type:
            self.errors.add(gold["id"], "type", gold_type, top.type if top else None)
        event = chosen_event(result, gold_type)
        self._actors(gold, result, event)

    def _actors(self, gold: JSON, result: ArticleResult, event: Event | None) -> None:
        for hits, key, role in (
            (self.source, "source_actors", "source"),
            (self.target, "target_actors", "target"),
        ):
            codes = _codes(gold.get(key))
            if codes:
                found = _countries(result, getattr(event, role)) if event else set()
                hits.add(bool(codes & found))
                if not codes & found:
                    self.errors.add(gold["id"], f"{role}_country", sorted(codes), sorted(found))
        sectors = _gold_sectors(gold)
        if sectors:
            self.sector.add(bool(event and sectors & _sectors(result, event)))

    def finish(self) -> Scores:
        metrics: dict[str, float] = {
            "top1_accuracy": ratio(sum(self.types.tp.values()), self.n),
            "any_match": ratio(self.any_match, self.n),
            "macro_f1": self.types.macro_f1(),
            "source_country_accuracy": ratio(self.source.correct, self.source.n),
            "target_country_accuracy": ratio(self.target.correct, self.target.n),
            "sector_accuracy": ratio(self.sector.correct, self.sector.n),
            "no_event_rate": ratio(self.no_event, self.n),
            "n_source_country": self.source.n,
            "n_target_country": self.target.n,
            "n_sector": self.sector.n,
        }
        return Scores(self.n, metrics, self.types.per_class(), self.errors.items)


TASK = Task(
    name="plover",
    summary="PLOVER event type (top-1, any-match, per type), actor countries and sectors",
    expected=EXPECTED,
    required=("id", "text", "plover_event"),
    to_article=to_article,
    scorer=PloverScorer,
    file_hints=("plover",),
)

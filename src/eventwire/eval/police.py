"""``police``: did the police arrest, kill or use force? IndiaPoliceEvents, per article and
per sentence.

Format: JSON lines with ``doc_id``, ``date``, ``text``, ``doc_labels`` (a subset of KILL, ARREST,
FAIL, FORCE, ANY_ACTION) and ``sentences`` ``[{sent_id, text, labels}]`` (see the set's
``SCHEMA.md``). Much of the text is lower-cased, as the source printed it.

A label is predicted when the article (or the sentence holding the event's trigger) has an
asserted event (not negated, hypothetical or future) whose **source includes a police actor**
(sector ``COP``) and that is:

- **ARREST**: an arrest (mode ``arrest``, CAMEO 173, or a count of people arrested);
- **KILL**: an event with a count of people killed above zero;
- **FORCE**: an ASSAULT of any mode (beating, firing, tear gas, a killing);
- **ANY_ACTION**: any event at all.

Scored: precision/recall/F1 of ARREST, KILL and FORCE, their **macro F1** (the headline, per
article), the same per sentence, and ANY_ACTION's F1. FAIL ("police failed to act") is not
predicted and not scored.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.eval.base import Task
from eventwire.eval.gold import JSON, parse_date
from eventwire.eval.metrics import binary_scores, mean
from eventwire.eval.report import ErrorSample, Scores
from eventwire.records import Article, ArticleResult, Event

EXPECTED = (
    "expected JSON lines with doc_id, date, text, doc_labels and sentences [{sent_id, text, "
    "labels}] (see indiapoliceevents/SCHEMA.md)"
)
#: The labels whose macro F1 is the headline.
SCORED = ("ARREST", "KILL", "FORCE")
LABELS = (*SCORED, "ANY_ACTION")
POLICE_SECTOR = "COP"


def to_article(gold: JSON) -> Article:
    """One article published on its ``date``."""
    return Article(
        id=str(gold["doc_id"]),
        text=gold["text"],
        url=gold.get("url"),
        published=parse_date(gold.get("date")),
    )


def _killed(event: Event) -> bool:
    count = event.casualties.killed
    return count is not None and max(count.min or 0, count.max or 0) > 0


def event_labels(event: Event) -> set[str]:
    """The labels one police event supports (empty when it is not asserted)."""
    aux = event.aux
    if aux.negated or aux.hypothetical or aux.future:
        return set()
    labels = {"ANY_ACTION"}
    if event.mode == "arrest" or event.cameo == "173" or event.casualties.arrested is not None:
        labels.add("ARREST")
    if _killed(event):
        labels.add("KILL")
    if event.type == "ASSAULT":
        labels.add("FORCE")
    return labels


def police_events(result: ArticleResult) -> list[Event]:
    """Events with a police actor among their sources."""
    police = {a.id for a in result.actors if a.sector == POLICE_SECTOR}
    return [e for e in result.events if police.intersection(e.source)]


def sentence_spans(text: str, sentences: list[JSON]) -> list[tuple[int, int]]:
    """Where each gold sentence lies in ``text``, searched in order (``(-1, -1)`` if absent)."""
    spans: list[tuple[int, int]] = []
    at = 0
    for sentence in sentences:
        piece = str(sentence.get("text") or "")
        start = text.find(piece, at) if piece else -1
        spans.append((start, start + len(piece)) if start >= 0 else (-1, -1))
        at = start + len(piece) if start >= 0 else at
    return spans


@dataclass
class _Binary:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: bool, predicted: bool) -> None:
        self.tp += gold and predicted
        self.fp += predicted and not gold
        self.fn += gold and not predicted


def _tallies() -> dict[str, _Binary]:
    return {label: _Binary() for label in LABELS}


@dataclass
class PoliceScorer:
    """Tallies per-label agreement over articles and over sentences."""

    articles: dict[str, _Binary] = field(default_factory=_tallies)
    sentences: dict[str, _Binary] = field(default_factory=_tallies)
    n: int = 0
    n_sentences: int = 0
    errors: ErrorSample = field(default_factory=ErrorSample)

    def add(self, gold: JSON, result: ArticleResult) -> None:
        self.n += 1
        events = police_events(result)
        got = set().union(*(event_labels(e) for e in events))
        want = set(gold.get("doc_labels") or [])
        for label in LABELS:
            self.articles[label].add(label in want, label in got)
        for label in sorted((want ^ got) & set(SCORED)):
            self.errors.add(str(gold["doc_id"]), label, label in want, label in got)
        self._sentences(gold, result.article.text, events)

    def _sentences(self, gold: JSON, text: str, events: list[Event]) -> None:
        sentences = list(gold.get("sentences") or [])
        for sentence, (start, end) in zip(sentences, sentence_spans(text, sentences), strict=True):
            inside = [e for e in events if start <= e.trigger.start < end]
            got = set().union(*(event_labels(e) for e in inside))
            want = set(sentence.get("labels") or [])
            self.n_sentences += 1
            for label in LABELS:
                self.sentences[label].add(label in want, label in got)

    def finish(self) -> Scores:
        per_class = {
            f"{level}:{label}": binary_scores(t.tp, t.fp, t.fn)
            for level, tallies in (("article", self.articles), ("sentence", self.sentences))
            for label, t in tallies.items()
        }
        metrics: dict[str, float] = {
            "article_macro_f1": mean(per_class[f"article:{lb}"]["f1"] for lb in SCORED),
            "sentence_macro_f1": mean(per_class[f"sentence:{lb}"]["f1"] for lb in SCORED),
        }
        for label in LABELS:
            metrics[f"article_{label.lower()}_f1"] = per_class[f"article:{label}"]["f1"]
            metrics[f"article_{label.lower()}_recall"] = per_class[f"article:{label}"]["recall"]
            metrics[f"sentence_{label.lower()}_f1"] = per_class[f"sentence:{label}"]["f1"]
        metrics["n_sentences"] = float(self.n_sentences)
        return Scores(self.n, metrics, per_class, self.errors.items)


TASK = Task(
    name="police",
    summary="police arrest / kill / force per article and per sentence (IndiaPoliceEvents)",
    expected=EXPECTED,
    required=("doc_id", "text", "doc_labels"),
    to_article=to_article,
    scorer=PoliceScorer,
    file_hints=("indiapolice", "police"),
)

"""``stories``: grouping articles into stories on ECB+ (``ecbplus_docs.jsonl``).

Every document is extracted, then the results are stored one at a time, in file order, in a
fresh :class:`~eventwire.store.MemoryStore`, exactly as ``eventwire ingest`` files them into
stories (:func:`assign_stories`); the stories read back are compared with the gold
``seminal_event_cluster`` (documents reporting the same real-world event). Reported: pairwise
precision/recall/F1 (over document pairs) and B³ precision/recall/F1 (per document), the number
of gold and predicted stories, the B³ F1 of each ``split`` in the file (``split_dev_bcubed_f1``:
the issue's dev topics), and ``batch_bcubed_f1``, the batch clustering of
:func:`eventwire.fusion.cluster_stories` over all documents at once, for comparison. The error
sample lists predicted stories that mix gold stories and gold stories split over several.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from eventwire.eval.base import Task
from eventwire.eval.gold import JSON
from eventwire.eval.metrics import bcubed_scores, pairwise_scores
from eventwire.eval.report import ErrorSample, Scores
from eventwire.fusion import cluster_stories
from eventwire.records import Article, ArticleResult
from eventwire.store import MemoryStore, StoryFilter

EXPECTED = (
    "expected ECB+ JSON lines with doc_id, text, seminal_event_cluster (see eval/ecbplus/SCHEMA.md)"
)


def to_article(gold: JSON) -> Article:
    """One ECB+ document (no publication date is given)."""
    return Article(id=str(gold["doc_id"]), text=gold["text"], source="ecbplus")


def _groups(assignment: dict[str, str]) -> dict[str, list[str]]:
    groups: defaultdict[str, list[str]] = defaultdict(list)
    for item, cluster in assignment.items():
        groups[cluster].append(item)
    return groups


def assign_stories(results: list[ArticleResult]) -> dict[str, str]:
    """Article id → story id, the results stored one at a time in order as ingest stores them."""
    with MemoryStore() as store:
        for result in results:
            store.put(result)
        return {a: s.story_id for s in store.iter_stories(StoryFilter()) for a in s.articles}


@dataclass
class StoriesScorer:
    """Collects results and gold stories; files them into stories and compares at the end."""

    results: list[ArticleResult] = field(default_factory=list)
    gold: dict[str, str] = field(default_factory=dict)
    splits: dict[str, str] = field(default_factory=dict)

    def add(self, gold: JSON, result: ArticleResult) -> None:
        self.results.append(result)
        self.gold[result.article.id] = str(gold["seminal_event_cluster"])
        if gold.get("split"):
            self.splits[result.article.id] = str(gold["split"])

    def finish(self) -> Scores:
        predicted = assign_stories(self.results)
        pairwise = pairwise_scores(self.gold, predicted)
        bcubed = bcubed_scores(self.gold, predicted)
        metrics: dict[str, float] = {f"pairwise_{k}": v for k, v in pairwise.items()}
        metrics.update({f"bcubed_{k}": v for k, v in bcubed.items()})
        metrics.update(self._per_split(predicted))
        metrics["batch_bcubed_f1"] = bcubed_scores(self.gold, cluster_stories(self.results))["f1"]
        metrics["n_gold_stories"] = len(set(self.gold.values()))
        metrics["n_predicted_stories"] = len(set(predicted.get(i, i) for i in self.gold))
        return Scores(len(self.results), metrics, {}, self._errors(predicted))

    def _per_split(self, predicted: dict[str, str]) -> dict[str, float]:
        """B³ F1 over the documents of each split (stories were formed over all of them)."""
        out = {}
        for split in sorted(set(self.splits.values())):
            ids = [i for i, s in self.splits.items() if s == split]
            gold = {i: self.gold[i] for i in ids}
            mine = {i: predicted.get(i, i) for i in ids}
            out[f"split_{split}_bcubed_f1"] = bcubed_scores(gold, mine)["f1"]
        return out

    def _errors(self, predicted: dict[str, str]) -> list[dict[str, object]]:
        errors = ErrorSample()
        for story, members in sorted(_groups(predicted).items()):
            golds = sorted({self.gold[m] for m in members if m in self.gold})
            if len(golds) > 1:
                errors.add(story, "merged", golds, sorted(members))
        for story, members in sorted(_groups(self.gold).items()):
            stories = sorted({predicted.get(m, m) for m in members})
            if len(stories) > 1:
                errors.add(story, "split", sorted(members), stories)
        return errors.items


TASK = Task(
    name="stories",
    summary="article clustering into stories (pairwise and B³ F1)",
    expected=EXPECTED,
    required=("doc_id", "text", "seminal_event_cluster"),
    to_article=to_article,
    scorer=StoriesScorer,
    file_hints=("ecbplus", "ecb"),
)

"""Train the attribution cue scorer (``nlp/quotes/data/cue_model.json``).

    .venv/bin/python scripts/train_cue_model.py            # writes the model
    .venv/bin/python scripts/train_cue_model.py --dry-run  # cross-validated figures only

Training data, and nothing else: the **tune** part of PolNeAR (:mod:`eventwire.eval.parts`; its
check part is never read). Each article is parsed with the project's spaCy model; every word in
the shape of a cue (:func:`eventwire.nlp.quotes.cue_model.shape`) whose lemma no word list of
the quote stage covers (any group of ``quote_words.tsv``, ``learned_cues.tsv``) and that is no
trigger of a physical act (the events lexicon's ASSAULT, COERCE, FIGHT and mass-violence
triggers, CAMEO 17-20) is an example, labelled a cue when it overlaps the cue of a gold
attribution with a source. A logistic regression (scikit-learn, deterministic solver) is fitted
over :func:`~eventwire.nlp.quotes.cue_model.features` and the lemma's word vector.

The threshold is chosen by 5-fold cross-validation over tune articles (fold = a hash of the
article id, as in ``learn_attribution_cues.py``): on each held-out fold the word lists' cues
(hand groups and the learned list) and the scorer's accepted candidates are predicted cues; the
lowest threshold whose held-out precision is no lower than the word lists' alone wins (the most
cues found at today's precision). The same inputs give the same file, byte for byte.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from spacy.tokens import Doc, Token

from eventwire.errors import EvalError
from eventwire.nlp.quotes.cue_model import CueModel, dense_features, features, shape
from eventwire.nlp.quotes.words import learned, lemma_of
from eventwire.nlp.quotes.words import listed as listed_word

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learn_attribution_cues import (  # noqa: E402
    act_lemmas,
    cue_spans,
    hand_lemmas,
)

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "src/eventwire/nlp/quotes/data/cue_model.json"
POLNEAR = REPO.parent / "shared" / "eval" / "polnear" / "polnear.jsonl"
THRESHOLDS = tuple(round(0.30 + 0.05 * k, 2) for k in range(13))  # 0.30 … 0.90
FOLDS = 5


@dataclass(frozen=True)
class Example:
    """One candidate: its article, sparse features, lemma vector and label."""

    article: str
    feats: list[str]
    dense: NDArray[np.float32]
    cue: bool


@dataclass(frozen=True)
class Listed:
    """A candidate the word lists already cover: its article and label (for the baseline)."""

    article: str
    cue: bool


def _overlaps(tok: Token, spans: list[tuple[int, int]]) -> bool:
    end = tok.idx + len(tok.text)
    return any(a < end and tok.idx < b for a, b in spans)


def examples(
    article: str, doc: Doc, spans: list[tuple[int, int]], banned: set[tuple[str, str]]
) -> tuple[list[Example], list[Listed]]:
    """The scorer's examples and the lists' candidates of one article."""
    hand = hand_lemmas_cached()
    found: list[Example] = []
    baseline: list[Listed] = []
    for tok in doc:
        kind = shape(tok)
        if kind is None:
            continue
        lemma, cue = lemma_of(tok), _overlaps(tok, spans)
        if (lemma, kind) in hand or lemma in learned(kind):
            baseline.append(Listed(article, cue))
        if listed_word(lemma) or (lemma, kind) in banned:
            continue
        found.append(Example(article, features(tok, kind), dense_features(tok), cue))
    return found, baseline


_HAND: set[tuple[str, str]] = set()


def hand_lemmas_cached() -> set[tuple[str, str]]:
    if not _HAND:
        _HAND.update(hand_lemmas())
    return _HAND


def fold_of(article_id: str) -> int:
    return zlib.crc32(article_id.encode("utf-8")) % FOLDS


def fit(data: list[Example], c: float) -> CueModel:
    """A logistic regression over the examples' sparse and dense features."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    names = sorted({f for ex in data for f in ex.feats})
    col = {f: i for i, f in enumerate(names)}
    rows = [i for i, ex in enumerate(data) for _ in ex.feats]
    cols = [col[f] for ex in data for f in ex.feats]
    sparse = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(data), len(names)))
    x = hstack([sparse, csr_matrix(np.stack([ex.dense for ex in data]).astype(np.float64))])
    y = np.asarray([int(ex.cue) for ex in data])
    clf = LogisticRegression(C=c, max_iter=5000, solver="lbfgs", random_state=0)
    clf.fit(x.tocsr(), y)
    coef = clf.coef_[0]
    return CueModel(
        intercept=float(clf.intercept_[0]),
        weights={f: float(coef[i]) for f, i in col.items()},
        dense=tuple(float(w) for w in coef[len(names) :]),
        threshold=1.0,
    )


def cross_validate(
    data: list[Example], baseline: list[Listed], c: float
) -> dict[float, tuple[int, int, int, int]]:
    """Threshold → (held-out cues found by the lists and the scorer, their predictions, the
    lists' cues found, their predictions), summed over folds."""
    probs: list[tuple[float, bool]] = []
    for k in range(FOLDS):
        model = fit([ex for ex in data if fold_of(ex.article) != k], c)
        held = [ex for ex in data if fold_of(ex.article) == k]
        probs += [(model.probability(ex.feats, ex.dense), ex.cue) for ex in held]
    hand_tp, hand_pred = sum(x.cue for x in baseline), len(baseline)
    scores = {}
    for threshold in THRESHOLDS:
        took = [cue for p, cue in probs if p >= threshold]
        scores[threshold] = (hand_tp + sum(took), hand_pred + len(took), hand_tp, hand_pred)
    return scores


def choose(scores: dict[float, tuple[int, int, int, int]]) -> float:
    """The lowest threshold whose held-out precision is no lower than the lists' alone."""
    for threshold in sorted(scores):
        tp, pred, hand_tp, hand_pred = scores[threshold]
        if tp * hand_pred >= hand_tp * pred:
            return threshold
    return 1.0


def tune_data(path: Path) -> tuple[list[Example], list[Listed]]:
    """The examples and the lists' candidates of every PolNeAR tune article."""
    from eventwire.eval.attributions import EXPECTED
    from eventwire.eval.gold import read_jsonl
    from eventwire.eval.parts import part_of
    from eventwire.nlp.pipeline import load_base

    # A missing file or a broken line stops the build with its path and line.
    golds = [g for _, g in read_jsonl(path, ("id", "text", "attributions"), EXPECTED)]
    golds = sorted((g for g in golds if part_of(g) == "tune"), key=lambda g: str(g["id"]))
    docs = load_base().pipe((g["text"] for g in golds), batch_size=16)
    return collect([(str(g["id"]), d, cue_spans(g)) for g, d in zip(golds, docs, strict=True)])


def collect(
    articles: list[tuple[str, Doc, list[tuple[int, int]]]],
) -> tuple[list[Example], list[Listed]]:
    banned = act_lemmas()
    data: list[Example] = []
    baseline: list[Listed] = []
    for article, doc, spans in articles:
        found, lists = examples(article, doc, spans, banned)
        data += found
        baseline += lists
    return data, baseline


def train(data: list[Example], baseline: list[Listed], c: float) -> CueModel:
    scores = cross_validate(data, baseline, c)
    for threshold, (tp, pred, htp, hpred) in sorted(scores.items()):
        print(
            f"threshold {threshold:.2f}: {tp}/{pred} held-out ({tp / max(pred, 1):.4f}); "
            f"lists {htp}/{hpred} ({htp / max(hpred, 1):.4f})"
        )
    threshold = choose(scores)
    tp, pred, htp, hpred = scores[threshold]
    model = fit(data, c)
    info = {
        "examples": len(data),
        "cues": sum(ex.cue for ex in data),
        "c": c,
        "held_out_added_cues": tp - htp,
        "held_out_added_predictions": pred - hpred,
    }
    return CueModel(model.intercept, model.weights, model.dense, threshold, info)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print figures, write nothing")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the model")
    parser.add_argument("--polnear", type=Path, default=POLNEAR, help="polnear.jsonl")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    args = parser.parse_args(argv)
    try:
        data, baseline = tune_data(args.polnear)
    except EvalError as exc:
        parser.error(str(exc))
    model = train(data, baseline, args.c)
    print(f"threshold {model.threshold:.2f}; {model.info}", file=sys.stderr)
    if not args.dry_run:
        args.out.write_text(json.dumps(model.to_dict(), indent=0) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

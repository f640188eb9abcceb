"""Learn the prominence weights (``nlp/events/data/prominence_weights.tsv``).

    .venv/bin/python scripts/train_prominence.py            # writes the weights
    .venv/bin/python scripts/train_prominence.py --dry-run  # figures only
    .venv/bin/python scripts/train_prominence.py --misses   # also the texts ranked wrong

A sentence often yields several events; its main act is the one with the highest confidence.
Confidence is the lexicon's trust in the trigger word times how complete the event is (the
*base*), times the trigger's prominence (:mod:`eventwire.nlp.events.prominence`), whose weights
this script learns.

Training data, and nothing else (the same sources as ``scripts/train_type_scorer.py``):

* the **tune** parts (:mod:`eventwire.eval.parts`, never the check parts) of the PLOVER gold
  records, the PETRARCH validation records (CAMEO codes read through the CAMEO→PLOVER table) and
  CASE 2021 (the ACLED sub-type of the event that case scoring picks);
* the project's own gold sentences (``tests/fixtures/gold/events.jsonl``) and the invented
  sentences of ``scripts/data/plover_sentences.jsonl``.

Each text runs through the pipeline with prominence switched off, so that every event's
confidence is its base. A text counts when it yields events of the gold type and events of
another type: these are the choices a ranking makes. A conditional logit is fitted over those
choices: an event's score is ``a * log(base) + sum(w[f] * count[f])`` and the chance that it is
the main act is its softmax within its text; the likelihood that the main act is one of the
gold-type events is maximised, with an L2 penalty on ``w``, ``w <= 0`` (a prominence never above
1) and ``a > 0``. The weights written are ``w / a``: ranking by ``base * exp(sum(w/a * count))``
is ranking by the fitted score. The penalty is chosen by 5-fold cross-validation over texts
(folds by a hash of the text). scipy's L-BFGS-B from zeros: the same inputs give the same
weights.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import sys
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize
from spacy.language import Language
from spacy.tokens import Doc, Token

import eventwire.nlp.events.component as component
from eventwire.eval.case2021 import NO_CODE, gold_sub_type
from eventwire.eval.gold import parse_date, read_jsonl
from eventwire.eval.parts import part_of
from eventwire.nlp.events.prominence import (
    FEATURES,
    WEIGHTS_FILE,
    clause_features,
    learned_weights,
)
from eventwire.nlp.pipeline import build_nlp, make_doc, to_result
from eventwire.ontology import cameo_entry
from eventwire.records import Article, ArticleResult

REPO = Path(__file__).resolve().parents[1]
#: The shared eval folder: ``$EVENTWIRE_SHARED/eval`` (as for the tests), else beside the
#: checkout; ``--shared`` overrides both.
SHARED = Path(os.environ.get("EVENTWIRE_SHARED", REPO.parent / "shared")) / "eval"
PLOVER = Path("plover_gsr") / "dev.jsonl"
PETRARCH = Path("petrarch_validation") / "petrarch_validation.jsonl"
CASE = Path("case2021_task2") / "dev.jsonl"
OWN = REPO / "tests" / "fixtures" / "gold" / "events.jsonl"
INVENTED = REPO / "scripts" / "data" / "plover_sentences.jsonl"
OUT = REPO / "src" / "eventwire" / "nlp" / "events" / "data" / WEIGHTS_FILE
PENALTIES = (0.3, 1.0, 3.0, 10.0)
FOLDS = 5
#: A base of 0 (a doubtful event clipped to nothing) still ranks, below every other.
FLOOR = 1e-3


@dataclass(frozen=True)
class Choice:
    """One text's events: ``x`` rows are ``[log base, counts...]``, ``gold`` marks the events
    that are the main act."""

    source: str
    text: str
    x: np.ndarray
    gold: np.ndarray
    events: tuple[str, ...]  # "TYPE trigger" of each row, for --misses


def texts(shared: Path) -> Iterator[tuple[str, Article, Any]]:
    """``(source, article, what is gold)``: a set of PLOVER types, or ``("acled", sub-type)``."""
    for path, name in ((OWN, "own"), (INVENTED, "invented"), (shared / PLOVER, "plover")):
        for item in _jsonl(path):
            if name == "plover" and part_of(item) != "tune":
                continue
            yield name, _article(item, item.get("story_date")), {item["plover_event"]}
    for item in _jsonl(shared / PETRARCH):
        entries = (cameo_entry(str(e["cameo_event"])) for e in item.get("gold_events") or [])
        types = {e.type for e in entries if e is not None}
        if part_of(item) == "tune" and types:
            yield "petrarch", _article(item, item.get("date")), types
    for item in _jsonl(shared / CASE):
        sub = gold_sub_type(str(item["label"]))
        if part_of(item) == "tune" and sub != NO_CODE:
            yield "case2021", _article(item, item.get("story_date")), ("acled", sub)


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [item for _, item in read_jsonl(path, ("text",), "training data (JSON lines)")]


def _article(item: dict[str, Any], date: object) -> Article:
    return Article(id=str(item.get("id", "")), text=item["text"], published=parse_date(date))


#: What the component passed for each trigger it weighed, by character offset: the lexicon's
#: part of speech and the token indices of the doc's triggers.
_SEEN_AT: dict[int, tuple[str, Collection[int]]] = {}


def _flat(tok: Token, pos: str, acts: Collection[int] = frozenset()) -> float:
    """Prominence switched off: every confidence is its base; what the features read is noted."""
    _SEEN_AT[tok.idx] = (pos, acts)
    return 1.0


def choices(nlp: Language, shared: Path) -> list[Choice]:
    """Every text whose events offer a choice between the main act and others."""
    component.prominence = _flat
    found = []
    for source, article, gold in texts(shared):
        _SEEN_AT.clear()
        doc = nlp(make_doc(nlp, article))
        result = to_result(doc, article)
        rows, marks, names = _rows(doc, result, gold)
        if any(marks) and not all(marks):
            found.append(Choice(source, article.text, np.array(rows), np.array(marks), names))
    return found


def _rows(
    doc: Doc, result: ArticleResult, gold: Any
) -> tuple[list[list[float]], list[bool], tuple[str, ...]]:
    events = result.events
    if isinstance(gold, tuple):  # case scoring ranks only the events with an ACLED code
        events = [e for e in events if e.acled is not None]
    starts = {t.idx: t for t in doc}
    rows, marks, names = [], [], []
    for e in events:
        tok = starts.get(e.trigger.start)
        if tok is None:
            continue
        pos, acts = _SEEN_AT.get(tok.idx, ("V" if tok.pos_ == "VERB" else "N", frozenset()))
        counts = clause_features(tok, pos, acts)
        rows.append([math.log(max(e.confidence, FLOOR)), *(counts[f] for f in FEATURES)])
        if isinstance(gold, tuple):
            hit = e.acled is not None and e.acled.sub_event_type == gold[1]
        else:
            hit = e.type in gold
        marks.append(bool(hit))
        names.append(f"{e.type} {e.trigger.text}")
    return rows, marks, tuple(names)


def _loss(theta: np.ndarray, data: list[Choice], penalty: float) -> tuple[float, np.ndarray]:
    """Negative log-likelihood that the main act is a gold event, plus the L2 penalty on ``w``
    (not on ``a``), with its gradient."""
    total = 0.5 * penalty * float(theta[1:] @ theta[1:])
    grad = np.concatenate([[0.0], penalty * theta[1:]])
    for c in data:
        s = c.x @ theta
        e = np.exp(s - s.max())
        p_all, p_gold = e / e.sum(), np.where(c.gold, e, 0.0) / e[c.gold].sum()
        total -= math.log(float(e[c.gold].sum()) / float(e.sum()))
        grad -= c.x.T @ (p_gold - p_all)
    return total, grad


def fit(data: list[Choice], penalty: float) -> np.ndarray:
    """``[a, w...]`` fitted on ``data``."""
    start = np.zeros(1 + len(FEATURES))
    start[0] = 1.0
    bounds = [(0.1, 20.0)] + [(None, 0.0)] * len(FEATURES)
    found = minimize(_loss, start, args=(data, penalty), jac=True, method="L-BFGS-B", bounds=bounds)
    return np.asarray(found.x)


def hits(data: list[Choice], theta: np.ndarray) -> int:
    """Texts whose highest-scoring event (the first on ties) is a gold event."""
    return sum(bool(c.gold[int(np.argmax(c.x @ theta))]) for c in data)


def _fold(text: str) -> int:
    return hashlib.sha256(text.encode()).digest()[0] % FOLDS


def cross_validate(data: list[Choice], penalty: float) -> int:
    """Held-out hits over the folds."""
    total = 0
    for k in range(FOLDS):
        train = [c for c in data if _fold(c.text) != k]
        total += hits([c for c in data if _fold(c.text) == k], fit(train, penalty))
    return total


def report(data: list[Choice], theta: np.ndarray, label: str) -> None:
    by_source: dict[str, list[Choice]] = {}
    for c in data:
        by_source.setdefault(c.source, []).append(c)
    parts = ", ".join(f"{s} {hits(cs, theta)}/{len(cs)}" for s, cs in sorted(by_source.items()))
    print(f"{label}: {hits(data, theta)}/{len(data)} ({parts})")


def misses(data: list[Choice], theta: np.ndarray) -> None:
    """Print the texts whose top event is not the main act, with every event's score."""
    for c in data:
        scores = c.x @ theta
        if c.gold[int(np.argmax(scores))]:
            continue
        print(f"- [{c.source}] {c.text[:160]}")
        for name, row, score, gold in zip(c.events, c.x, scores, c.gold, strict=True):
            steps = " ".join(f"{f}={int(v)}" for f, v in zip(FEATURES, row[1:], strict=True) if v)
            mark = "*" if gold else " "
            print(f"    {mark} {score:+.2f} base {math.exp(row[0]):.2f} {name}: {steps}")


def write(theta: np.ndarray, penalty: float, n: int) -> None:
    lines = [
        "# Prominence weights: written by scripts/train_prominence.py, do not edit by hand.",
        f"# Conditional logit over {n} texts, L2 penalty {penalty}; weight = w / a (a = "
        f"{theta[0]:.4f}). A trigger's prominence is exp(sum(weight * count)).",
    ]
    lines += [f"{f}\t{w / theta[0]:.4f}" for f, w in zip(FEATURES, theta[1:], strict=True)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="print figures, write nothing")
    parser.add_argument("--misses", action="store_true", help="print the texts ranked wrong")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared eval folder")
    args = parser.parse_args(argv)
    data = choices(build_nlp(), args.shared)
    print(f"{len(data)} texts with a choice")
    flat = np.zeros(1 + len(FEATURES))
    flat[0] = 1.0
    report(data, flat, "base alone")
    shipped = np.array([1.0, *(learned_weights().get(f, 0.0) for f in FEATURES)])
    report(data, shipped, "shipped weights")
    scores = {p: cross_validate(data, p) for p in PENALTIES}
    for p, s in scores.items():
        print(f"penalty {p}: {s}/{len(data)} held out")
    penalty = max(PENALTIES, key=lambda p: (scores[p], p))  # ties: the stronger penalty
    theta = fit(data, penalty)
    report(data, theta, f"fitted (penalty {penalty})")
    for f, w in zip(FEATURES, theta[1:], strict=True):
        print(f"  {f:12s} {w / theta[0]:+.4f}  (x{math.exp(w / theta[0]):.3f})")
    if args.misses:
        misses(data, theta)
    if not args.dry_run:
        write(theta, penalty, len(data))
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

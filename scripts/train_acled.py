"""Train the ACLED sub-event classifier (``ontology/resources/acled_model.json``).

    .venv/bin/python scripts/train_acled.py            # writes the model
    .venv/bin/python scripts/train_acled.py --dry-run  # cross-validated figures only

Training data, and nothing else: the **tune** part of CASE 2021 task 2 (``../shared/eval``,
split by :mod:`eventwire.eval.parts`; never its check part) and the project's own ACLED notes
(``tests/fixtures/gold/acled.jsonl``). Each snippet runs through the pipeline with the model
switched off; the evidence of its most confident event of an ACLED-coded PLOVER type is one
training example labelled with the gold sub-event type (``-`` for the types outside ACLED).
A multinomial logistic regression (scikit-learn, fixed seed, deterministic solver) is fitted,
and the confidence above which it may overrule the rules is chosen by 5-fold cross-validation
on the same training data. The same inputs give the same weights, byte for byte.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from eventwire.eval.case2021 import ACLED_OF_LABEL, OUTSIDE_ACLED
from eventwire.eval.gold import read_jsonl
from eventwire.eval.parts import part_of
from eventwire.extract import Pipeline
from eventwire.ontology import acled_model, tables
from eventwire.ontology.acled_model import NO_CODE, AcledModel, Evidence, decide, features
from eventwire.records import Article

REPO = Path(__file__).resolve().parents[1]
CASE = REPO.parent / "shared" / "eval" / "case2021_task2" / "dev.jsonl"
OWN = REPO / "tests" / "fixtures" / "gold" / "acled.jsonl"
OUT = REPO / "src" / "eventwire" / "ontology" / "resources" / acled_model.MODEL_FILE
THRESHOLDS = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
#: Features seen fewer times than this are dropped (they only memorise one snippet).
MIN_COUNT = 2
#: Inverse regularisation strengths tried (chosen by cross-validation, with the threshold).
CS = (0.1, 0.3, 1.0, 3.0, 10.0)


def snippets() -> Iterator[tuple[str, str, str]]:
    """``(id, text, gold sub-event type or NO_CODE)`` of every training snippet."""
    for _, item in read_jsonl(CASE, ("id", "text", "label"), "CASE 2021 task 2 JSON lines"):
        if part_of(item) != "tune":
            continue
        label = item["label"]
        if label in ACLED_OF_LABEL:
            yield str(item["id"]), item["text"], ACLED_OF_LABEL[label][1]
        elif label in OUTSIDE_ACLED:
            yield str(item["id"]), item["text"], NO_CODE
    for item in _own_rows():
        yield "own-" + str(item["id"]), item["text"], item["sub_event_type"]


def evidence_of(pipeline: Pipeline, text: str) -> Evidence | None:
    """The evidence of the snippet's most confident event of an ACLED-coded type."""
    with tables.recording_acled() as seen:
        result = pipeline(Article(id="train", text=text))
    coded = [e for e in result.events if e.type in tables.acled_types()]
    best = max(coded, key=lambda e: e.confidence, default=None)
    if best is None:
        return None
    return next((ev for ev in seen if (ev.plover_type, ev.mode) == (best.type, best.mode)), None)


def fit(examples: list[tuple[Evidence, str]], c: float) -> AcledModel:
    """A logistic regression over the examples' features (threshold set later)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for ev, _ in examples:
        for f in features(ev):
            counts[f] = counts.get(f, 0) + 1
    rows = [{f: 1 for f in features(ev) if counts[f] >= MIN_COUNT} for ev, _ in examples]
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform(rows)
    y = [label for _, label in examples]
    clf = LogisticRegression(C=c, max_iter=5000, solver="lbfgs", random_state=0)
    clf.fit(x, y)
    classes = tuple(str(c) for c in clf.classes_)
    names = vec.get_feature_names_out()
    weights = {
        str(name): tuple(float(clf.coef_[k][j]) for k in range(len(classes)))
        for j, name in enumerate(names)
    }
    types = {sub: et for et, sub in ACLED_OF_LABEL.values()}
    types.update({e["sub_event_type"]: e["event_type"] for e in _own_rows()})
    return AcledModel(
        classes=classes,
        event_types={c: types.get(c, "") for c in classes if c != NO_CODE},
        intercept=tuple(float(b) for b in clf.intercept_),
        weights=weights,
        min_probability=1.01,
    )


def _own_rows() -> list[dict[str, str]]:
    return [item for _, item in read_jsonl(OWN, ("id", "text"), "ACLED fixture JSON lines")]


def accuracy(model: AcledModel, examples: list[tuple[Evidence, str]]) -> float:
    right = 0
    for ev, gold in examples:
        got = decide(ev, model)
        right += (got.sub_event_type if got else NO_CODE) == gold
    return right / max(len(examples), 1)


def cross_validate(
    examples: list[tuple[Evidence, str]], folds: int = 5
) -> dict[tuple[float, float], float]:
    """Cross-validated accuracy of each (C, threshold) (folds by position: deterministic)."""
    scores = {(c, t): 0.0 for c in CS for t in THRESHOLDS}
    for k in range(folds):
        train = [e for n, e in enumerate(examples) if n % folds != k]
        held = [e for n, e in enumerate(examples) if n % folds == k]
        for c in CS:
            model = fit(train, c)
            for t in THRESHOLDS:
                trial = AcledModel(
                    model.classes, model.event_types, model.intercept, model.weights, t
                )
                scores[(c, t)] += accuracy(trial, held) * len(held) / len(examples)
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print figures, write nothing")
    args = parser.parse_args(argv)
    for path in (CASE, OWN):
        if not path.is_file():
            parser.error(f"training data not found: {path}")
    acled_model.builtin_model.cache_clear()
    pipeline = Pipeline()
    # The rules alone while collecting: the examples must not depend on an earlier model.
    real_decide = tables.decide
    tables.decide = lambda ev, model=None: ev.rule
    try:
        examples = [
            (ev, gold) for _, text, gold in snippets() if (ev := evidence_of(pipeline, text))
        ]
    finally:
        tables.decide = real_decide
    print(f"{len(examples)} training examples", file=sys.stderr)
    scores = cross_validate(examples)
    for (c, t), acc in scores.items():
        print(f"C {c:5.1f} threshold {t:.2f}: cross-validated accuracy {acc:.3f}", file=sys.stderr)
    c, t = max(scores, key=lambda key: (round(scores[key], 6), key[1], -key[0]))
    model = fit(examples, c)
    model = AcledModel(model.classes, model.event_types, model.intercept, model.weights, t)
    print(f"chosen C {c}, threshold {t:.2f}; {len(model.weights)} features", file=sys.stderr)
    if not args.dry_run:
        OUT.write_text(json.dumps(model.to_dict(), sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

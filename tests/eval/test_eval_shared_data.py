"""Each scorer on the real gold files (first 5 items) with an extraction that finds nothing.

The files live outside the repository, in ``$EVENTWIRE_SHARED/eval`` (default
``<repo>/../shared/eval``); the tests skip when they are absent.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from types import SimpleNamespace

import pytest

from eventwire.eval import evaluate

SHARED = Path(
    os.environ.get("EVENTWIRE_SHARED", Path(__file__).resolve().parents[2] / ".." / "shared")
)
EVAL = SHARED / "eval"

CASES = [
    ("plover", "plover_gsr/dev.jsonl", "top1_accuracy"),
    ("cameo", "petrarch_validation/petrarch_validation.jsonl", "root_top1_accuracy"),
    ("geo", "geovirus/geovirus.jsonl", "acc_at_161km"),
    ("geo", "trnews/trnews.jsonl", "acc_at_161km"),
    ("dates", "meantime/meantime_docs.jsonl", "date_value_accuracy"),
    ("casualties", "gvdb/dev.jsonl", "killed_count_accuracy"),
    ("stories", "ecbplus/ecbplus_docs.jsonl", "bcubed_f1"),
]


@pytest.mark.parametrize(("task", "name", "headline"), CASES)
def test_shared_data_scorer_reads_real_file(
    fake: SimpleNamespace, task: str, name: str, headline: str
) -> None:
    path = EVAL / name
    if not path.is_file():
        pytest.skip(f"shared eval data not found at {path} (set EVENTWIRE_SHARED)")
    report = evaluate(task, path, fake.extract_with(fake.nothing), limit=5)
    assert report.n == 5
    assert report.task == task
    assert headline in report.metrics
    assert all(math.isfinite(v) for v in report.metrics.values())
    if task != "stories":  # nothing found scores zero everywhere else
        assert report.metrics[headline] == 0.0


def test_shared_data_task_detected_from_path(fake: SimpleNamespace) -> None:
    path = EVAL / "gvdb" / "dev.jsonl"
    if not path.is_file():
        pytest.skip(f"shared eval data not found at {path} (set EVENTWIRE_SHARED)")
    assert evaluate(None, path, fake.extract_with(fake.nothing), limit=5).task == "casualties"

"""The local runner: every good record reaches the callback, bad ones are reported and counted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.batch import RunSummary, run
from eventwire.errors import InputError
from eventwire.extract import Pipeline
from eventwire.records import ArticleResult


@pytest.mark.parametrize(("ok", "failed", "code"), [(2, 0, 0), (2, 1, 3), (0, 2, 1), (0, 0, 1)])
def test_local_exit_codes(ok: int, failed: int, code: int) -> None:
    assert RunSummary(ok=ok, failed=failed).exit_code == code


def test_local_run_keeps_going_past_bad_lines(pipeline: Pipeline, tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "x1", "text": "Police arrested ten protesters in Nairobi."}),
        "{oops",
        json.dumps({"id": "x2", "text": ""}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    seen: list[ArticleResult] = []
    reports: list[str] = []

    def keep(result: ArticleResult) -> str:
        seen.append(result)
        return "kept"

    summary = run([str(path)], pipeline, keep, reports.append, progress=False)
    assert [r.article.id for r in seen] == ["x1"]
    assert (summary.ok, summary.failed, summary.outcomes) == (1, 2, {"kept": 1})
    assert [r.split(": ")[0] for r in reports] == [f"{path}:2", f"{path}:3"]
    assert summary.line().startswith("1 article(s) processed, 2 failed")


def test_local_strict_raises_the_first_bad_record(pipeline: Pipeline, tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("{oops\n", encoding="utf-8")
    with pytest.raises(InputError):
        run([str(path)], pipeline, lambda r: None, lambda line: None, strict=True, progress=False)

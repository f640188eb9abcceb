from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from eventwire.errors import EvalError
from eventwire.eval import TASKS, EvalReport, detect_task, evaluate
from eventwire.records import Article, ArticleResult

PLOVER_LINE = {
    "id": "x1",
    "text": "Chile thanked Peru.",
    "plover_event": "SUPPORT",
    "source_actors": [],
    "target_actors": [],
}


def _write(path: Path, lines: Iterable[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (["{not json"], ":1: not valid JSON"),
        ([json.dumps(PLOVER_LINE), "[1, 2]"], ":2: a JSON list, not an object"),
        ([json.dumps({"id": "x", "text": "t"})], "missing field(s) plover_event"),
        ([json.dumps({**PLOVER_LINE, "text": 5})], "field text must be a string"),
        ([], "no items to score"),
    ],
)
def test_runner_malformed_gold_raises(
    tmp_path: Path, fake: SimpleNamespace, lines: list[str], message: str
) -> None:
    path = _write(tmp_path / "plover.jsonl", lines)
    with pytest.raises(EvalError) as info:
        evaluate("plover", path, fake.extract_with(fake.nothing))
    assert message in str(info.value)
    assert str(path) in str(info.value)
    assert "plover_gsr/SCHEMA.md" in str(info.value)
    assert info.value.code == "EW500"


def test_runner_missing_file_and_folder(tmp_path: Path, fake: SimpleNamespace) -> None:
    with pytest.raises(EvalError, match="does not exist; expected MEANTIME"):
        evaluate("dates", tmp_path / "nope.jsonl", fake.extract_with(fake.nothing))
    with pytest.raises(EvalError, match="is a folder"):
        evaluate("dates", tmp_path, fake.extract_with(fake.nothing))


def test_runner_not_utf8(tmp_path: Path, fake: SimpleNamespace) -> None:
    path = tmp_path / "gvdb.jsonl"
    path.write_bytes(b'{"id": "\xff\xfe"}\n')
    with pytest.raises(EvalError, match="not UTF-8"):
        evaluate("casualties", path, fake.extract_with(fake.nothing))


def test_runner_bad_field_type_names_the_item(tmp_path: Path, fake: SimpleNamespace) -> None:
    line = {
        "id": "g1",
        "text": "In Lyon.",
        "toponyms": [{"text": "Lyon", "start": "three", "end": 7, "lat": 1, "lon": 2}],
    }
    path = _write(tmp_path / "geo.jsonl", [json.dumps(line)])
    with pytest.raises(EvalError, match="cannot score item 'g1'"):
        evaluate("geo", path, fake.extract_with(fake.nothing))


def test_runner_unknown_task_lists_tasks(gold_dir: Path, fake: SimpleNamespace) -> None:
    with pytest.raises(EvalError) as info:
        evaluate("sentiment", gold_dir / "plover.jsonl", fake.extract_with(fake.nothing))
    for name in TASKS:
        assert name in str(info.value)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"subset": "all"}, "has no subsets"), ({"limit": 0}, "limit must be a positive")],
)
def test_runner_bad_options(
    gold_dir: Path, fake: SimpleNamespace, kwargs: dict[str, Any], message: str
) -> None:
    extract = fake.extract_with(fake.nothing)
    with pytest.raises(EvalError, match=message):
        evaluate("plover", gold_dir / "plover.jsonl", extract, **kwargs)


def test_runner_empty_subset(gold_dir: Path, fake: SimpleNamespace) -> None:
    with pytest.raises(EvalError, match="no items to score in subset 'nothing/here'"):
        evaluate(
            "cameo",
            gold_dir / "petrarch.jsonl",
            fake.extract_with(fake.nothing),
            subset="nothing/here",
        )


@pytest.mark.parametrize(
    ("name", "task"),
    [
        ("plover_gsr/dev.jsonl", "plover"),
        ("petrarch_validation/petrarch_validation.jsonl", "cameo"),
        ("geovirus/geovirus.jsonl", "geo"),
        ("trnews/trnews.jsonl", "geo"),
        ("meantime/meantime_docs.jsonl", "dates"),
        ("gvdb/dev.jsonl", "casualties"),
        ("ecbplus/ecbplus_docs.jsonl", "stories"),
    ],
)
def test_runner_detect_task(name: str, task: str) -> None:
    assert detect_task(Path("/data") / name) == task


def test_runner_detect_task_unknown() -> None:
    with pytest.raises(EvalError, match="cannot tell the eval task"):
        detect_task(Path("/data/misc/items.jsonl"))


def test_runner_task_none_detects_from_file(gold_dir: Path, fake: SimpleNamespace) -> None:
    assert (
        evaluate(None, gold_dir / "gvdb.jsonl", fake.extract_with(fake.nothing)).task
        == "casualties"
    )


def test_runner_limit_stops_reading(tmp_path: Path, fake: SimpleNamespace) -> None:
    # The broken third line is never read: the gold file is streamed and cut at the limit.
    lines = [json.dumps({**PLOVER_LINE, "id": f"x{i}"}) for i in range(2)] + ["{broken"]
    path = _write(tmp_path / "plover.jsonl", lines)
    seen: list[str] = []

    def predict(article: Article) -> ArticleResult:
        seen.append(article.id)
        return fake.nothing(article)

    report = evaluate("plover", path, fake.extract_with(predict), limit=2)
    assert report.n == 2
    assert seen == ["x0", "x1"]


def test_runner_feeds_articles_lazily(gold_dir: Path) -> None:
    pulled: list[int] = []

    def extract(articles: Iterable[Article]) -> Iterator[ArticleResult]:
        for i, article in enumerate(articles):
            pulled.append(i)
            yield ArticleResult(article=article)

    report = evaluate("plover", gold_dir / "plover.jsonl", extract, limit=3)
    assert report.n == 3 and pulled == [0, 1, 2]


@pytest.mark.parametrize(
    ("extract", "message"),
    [
        (lambda arts: [ArticleResult(a) for a in list(arts)[:-1]], "no result for 1 article"),
        (lambda arts: [ArticleResult(a) for a in list(arts) * 2], "more results than articles"),
        (lambda arts: [ArticleResult(a) for a in reversed(list(arts))], "in input order"),
    ],
)
def test_runner_rejects_misaligned_extraction(
    gold_dir: Path, extract: object, message: str
) -> None:
    with pytest.raises(EvalError, match=message):
        evaluate("plover", gold_dir / "plover.jsonl", extract)  # type: ignore[arg-type]


def test_runner_report_forms(gold_dir: Path, fake: SimpleNamespace) -> None:
    report = evaluate("plover", gold_dir / "plover.jsonl", fake.extract_with(fake.nothing))
    assert isinstance(report, EvalReport)
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["task"] == "plover" and data["n"] == 5
    assert data["dataset"].endswith("plover.jsonl")
    text = report.render_text()
    assert "top1_accuracy" in text and "0.000" in text and "AGREE" in text
    assert "n_source_country" in text and " 5 " in text


def test_runner_errors_are_capped(tmp_path: Path, fake: SimpleNamespace) -> None:
    lines = [json.dumps({**PLOVER_LINE, "id": f"x{i}"}) for i in range(40)]
    path = _write(tmp_path / "plover.jsonl", lines)
    report = evaluate("plover", path, fake.extract_with(fake.nothing))
    assert report.n == 40
    assert len(report.errors) == 25

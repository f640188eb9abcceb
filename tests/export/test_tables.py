"""Folder exports: one CSV or Parquet file per table, read back with pyarrow and compared with
the records they came from."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from eventwire.errors import ExportError
from eventwire.export import TABLES, TableSources, export_tables
from eventwire.records import (
    Acled,
    Actor,
    Article,
    ArticleResult,
    Casualties,
    Count,
    Event,
    EventRef,
    FusedActor,
    FusedCount,
    FusedDate,
    FusedEvent,
    FusedPlace,
    Place,
    Quote,
    Span,
    Story,
)

TEXT = '"Go home," police told protesters in Nairobi, killing two.'


def _result(aid: str) -> ArticleResult:
    return ArticleResult(
        article=Article(aid, TEXT, "Wire", dt.date(2024, 3, 7), f"https://x.example/{aid}"),
        actors=[
            Actor("a1", "police", "group", "KEN", "COP", None, [Span("police", 11, 17)]),
            Actor("a2", "protesters", "group", "KEN", "CVL", None, [Span("protesters", 23, 33)]),
        ],
        places=[
            Place("p1", "Nairobi", 184745, -1.28333, 36.81667, "KEN", "Nairobi County", "PPLC")
        ],
        events=[
            Event(
                "e1",
                "ASSAULT",
                Span("killing", 46, 53),
                Span(TEXT, 0, len(TEXT)),
                cameo="190",
                quad=4,
                acled=Acled("Protests", "Excessive force against protesters"),
                source=["a1"],
                target=["a2"],
                place="p1",
                casualties=Casualties(killed=Count(2, 2, "two")),
                confidence=0.7,
            )
        ],
        quotes=[Quote("q1", Span("Go home,", 1, 9), speaker="a1", events=["e1"])],
    )


def _fused() -> FusedEvent:
    return FusedEvent(
        id="f1",
        story_id="s1",
        type="ASSAULT",
        mode=None,
        cameo="190",
        quad=4,
        acled=Acled("Protests", "Excessive force against protesters"),
        source=[FusedActor("police", "KEN", "COP", "group", ["n1", "n2"])],
        target=[FusedActor("protesters", "KEN", "CVL", "group", ["n1", "n2"])],
        places=[
            FusedPlace(
                "Nairobi", 184745, -1.28333, 36.81667, "KEN", "Nairobi County", "PPLC", "city"
            )
        ],
        dates=[FusedDate("2024-03-07", "day", ["n1", "n2"])],
        killed=FusedCount(2, 2),
        injured=None,
        arrested=None,
        num_articles=2,
        num_sources=1,
        first_seen="2024-03-07",
        last_seen="2024-03-07",
        confidence=0.7,
        members=[EventRef("n1", "e1"), EventRef("n2", "e1")],
    )


def _story() -> Story:
    return Story(
        "s1", "Police kill two", ["n1", "n2"], ["n1:e1", "n2:e1"], ["f1"],
        "2024-03-07", "2024-03-07", "Nairobi", "KEN", 1,
    )  # fmt: skip


def _sources() -> TableSources:
    return TableSources([_result("n1"), _result("n2")], [_fused()], [_story()])


def _read(path: Path, fmt: str) -> list[dict[str, Any]]:
    if fmt == "parquet":
        return pq.read_table(path).to_pylist()
    options = pacsv.ConvertOptions(strings_can_be_null=True)
    return pacsv.read_csv(path, convert_options=options).to_pylist()


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_tables_every_table_reads_back_as_its_records(tmp_path: Path, fmt: str) -> None:
    counts = export_tables(_sources(), fmt, tmp_path / "out")
    assert counts == {
        "articles": 2,
        "events": 2,
        "fused_events": 1,
        "actors": 4,
        "places": 2,
        "quotes": 2,
        "stories": 1,
    }
    tables = {name: _read(tmp_path / "out" / f"{name}.{fmt}", fmt) for name in TABLES}
    assert [r["article_id"] for r in tables["articles"]] == ["n1", "n2"]
    assert {r["story_id"] for r in tables["articles"]} == {"s1"}
    assert tables["articles"][0]["n_events"] == 1 and tables["articles"][0]["url"].endswith("n1")
    event = tables["events"][1]
    assert (event["article_id"], event["event_id"], event["fused_event_id"]) == ("n2", "e1", "f1")
    assert (event["source_actors"], event["killed_min"], event["place"]) == ("police", 2, "Nairobi")
    fused = tables["fused_events"][0]
    assert (fused["fused_event_id"], fused["members"], fused["num_articles"]) == (
        "f1",
        "n1:e1; n2:e1",
        2,
    )
    assert (fused["acled_sub_event_type"], fused["geonameid"], fused["killed_max"]) == (
        "Excessive force against protesters",
        184745,
        2,
    )
    assert [(r["name"], r["sector"]) for r in tables["actors"][:2]] == [
        ("police", "COP"),
        ("protesters", "CVL"),
    ]
    assert tables["places"][0]["lat"] == pytest.approx(-1.28333)
    assert tables["quotes"][0]["speaker"] == "police" and tables["quotes"][0]["events"] == "e1"
    story = tables["stories"][0]
    assert (story["story_id"], story["num_articles"], story["fused_events"]) == ("s1", 2, "f1")


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_tables_header_and_schema_follow_the_column_table(tmp_path: Path, fmt: str) -> None:
    export_tables(TableSources([], [], []), fmt, tmp_path)
    for name, columns in TABLES.items():
        path = tmp_path / f"{name}.{fmt}"
        if fmt == "parquet":
            assert pq.read_schema(path).names == list(columns)
        else:
            header = path.read_text("utf-8").splitlines()[0]
            assert header.split(",") == list(columns)


def test_tables_parquet_types_follow_the_column_table(tmp_path: Path) -> None:
    export_tables(_sources(), "parquet", tmp_path)
    kinds = {"string": "str", "int64": "int", "double": "float", "bool": "bool"}
    for name, columns in TABLES.items():
        schema = pq.read_schema(tmp_path / f"{name}.parquet")
        assert {f.name: kinds[str(f.type)] for f in schema} == columns


def test_tables_a_failed_export_keeps_the_old_files(tmp_path: Path) -> None:
    (tmp_path / "articles.csv").write_text("OLD", encoding="utf-8")
    (tmp_path / "stories.csv").mkdir()  # a folder where a table goes
    with pytest.raises(ExportError, match="is a folder"):
        export_tables(_sources(), "csv", tmp_path)
    assert (tmp_path / "articles.csv").read_text("utf-8") == "OLD"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.csv", "stories.csv"]


def test_tables_only_csv_and_parquet(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="csv or parquet"):
        export_tables(_sources(), "jsonl", tmp_path)


def test_tables_a_folder_in_a_missing_folder_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="cannot make the folder"):
        export_tables(_sources(), "csv", tmp_path / "no" / "out")

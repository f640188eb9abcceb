"""Fused-event exports (PLOVER JSON, CAMEO TSV, ACLED CSV) read back and compared with the
records they came from; the seed article in each format."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import ExportError
from eventwire.export import (
    ACLED_COLUMNS,
    FUSED_FORMATS,
    GDELT_COLUMNS,
    acled_row,
    export_fused,
    gdelt_row,
    index_articles,
    plover_record,
)
from eventwire.fusion.fuse import fuse_story
from eventwire.records import (
    ArticleResult,
    Count,
    Event,
    EventRef,
    FusedActor,
    FusedCount,
    FusedDate,
    FusedEvent,
    FusedPlace,
    Report,
)


def _actors(result: ArticleResult, ids: list[str]) -> list[FusedActor]:
    return [
        FusedActor(a.name, a.country, a.sector, a.kind, [result.article.id])
        for i in ids
        if (a := result.actor(i)) is not None
    ]


def _count(result: ArticleResult, event: Event, count: Count | None) -> FusedCount | None:
    if count is None:
        return None
    report = Report(result.article.id, event.id, result.article.source, count.to_dict())
    return FusedCount(count.min, count.max, [report])


def _places(result: ArticleResult, event: Event) -> list[FusedPlace]:
    p = result.place(event.place)
    if p is None:
        return []
    fields = (p.geonameid, p.lat, p.lon, p.country, p.admin1, p.feature_code, p.precision)
    return [FusedPlace(p.name, *fields, [result.article.id])]


def single_fused(result: ArticleResult, event: Event, story_id: str = "s1") -> FusedEvent:
    """``event`` of ``result`` as a fused event of one member."""
    aid = result.article.id
    published = result.article.published.isoformat() if result.article.published else None
    c = event.casualties
    return FusedEvent(
        id=f"{aid}-{event.id}",
        story_id=story_id,
        type=event.type,
        mode=event.mode,
        cameo=event.cameo,
        quad=event.quad,
        acled=event.acled,
        source=_actors(result, event.source),
        target=_actors(result, event.target),
        places=_places(result, event),
        dates=[FusedDate(event.date.value, event.date.precision, [aid])] if event.date else [],
        killed=_count(result, event, c.killed),
        injured=_count(result, event, c.injured),
        arrested=_count(result, event, c.arrested),
        num_articles=1,
        num_sources=1,
        first_seen=published,
        last_seen=published,
        confidence=event.confidence,
        members=[EventRef(aid, event.id)],
        context=list(event.context),
    )


def fused_article(result: ArticleResult, story_id: str = "s1") -> list[FusedEvent]:
    """Every event of ``result`` as its own fused event."""
    return [single_fused(result, e, story_id) for e in result.events]


# -- a happening told by two outlets -----------------------------------------------------------

GREEN_ZONE = FusedPlace(
    "Green Zone", None, 33.34058, 44.40088, "IRQ", "Baghdad", None, "sublocal", ["n1", "n2"]
)
TEXT_1 = "A drone struck the Green Zone in Baghdad on Sunday, killing three guards.\n\nMore."
TEXT_2 = "Five guards died when a drone hit Baghdad's Green Zone, officials said."


def _result(aid: str, text: str, source: str, url: str | None) -> ArticleResult:
    from eventwire.records import Article, Span

    sentence = text.split("\n\n")[0]
    event = Event("e1", "ASSAULT", Span("struck", 8, 14), Span(sentence, 0, len(sentence)))
    article = Article(aid, text, source, dt.date(2021, 11, 7), url)
    return ArticleResult(article=article, events=[event])


def _results() -> list[ArticleResult]:
    return [
        _result("n1", TEXT_1, "Wire A", "https://a.example/1"),
        _result("n2", TEXT_2, "Wire B", None),
    ]


def _reports(*figures: tuple[int | None, int | None]) -> FusedCount:
    reports = [
        Report(f"n{i}", "e1", f"Wire {i}", {"min": lo, "max": hi, "text": "x"})
        for i, (lo, hi) in enumerate(figures, start=1)
    ]
    lows = [lo for lo, _ in figures if lo is not None]
    highs = [hi for _, hi in figures if hi is not None]
    return FusedCount(min(lows, default=None), max(highs, default=None), reports)


def _drone(killed: FusedCount | None = None) -> FusedEvent:
    from eventwire.records import Acled

    attackers = FusedActor("unidentified attackers", "IRQ", "UAF", "group", ["n1", "n2"])
    guards = FusedActor("guards", "IRQ", "CVL", "group", ["n1"])
    return FusedEvent(
        id="f1",
        story_id="s9",
        type="ASSAULT",
        mode="drone",
        cameo="195",
        quad=4,
        acled=Acled("Explosions/Remote violence", "Air/drone strike"),
        source=[attackers],
        target=[guards],
        places=[GREEN_ZONE],
        dates=[FusedDate("2021-11-07", "day", ["n1", "n2"])],
        killed=killed if killed is not None else _reports((3, 3), (5, 5)),
        injured=None,
        arrested=None,
        num_articles=2,
        num_sources=2,
        first_seen="2021-11-07",
        last_seen="2021-11-08",
        confidence=0.9,
        members=[EventRef("n1", "e1"), EventRef("n2", "e1")],
        context=["terrorism"],
    )


def test_fused_exports_plover_reads_back_as_the_record(tmp_path: Path) -> None:
    out = tmp_path / "events.plover.jsonl"
    assert export_fused([_drone()], index_articles(_results()), "plover", out) == 1
    [record] = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert (record["id"], record["date"], record["event"]) == ("f1", "2021-11-07", ["ASSAULT"])
    assert record["actor"] == [
        {
            "code": "IRQ",
            "sector": "UAF",
            "entity_text": "unidentified attackers",
            "kind": "group",
            "articles": ["n1", "n2"],
        }
    ]
    assert [r["entity_text"] for r in record["recipient"]] == ["guards"]
    assert (record["mode"], record["context"], record["quad_code"]) == (["drone"], ["terrorism"], 4)
    assert record["event_scale"] == -9.5  # ASSAULT: Drone in the manual's score table
    loc = record["event_loc"]
    assert (loc["resolved_place"], loc["city"], loc["province"]) == (
        "Green Zone",
        "Baghdad",
        "Baghdad",
    )
    assert (loc["country"], loc["country_code"], loc["resolution"]) == ("Iraq", "IRQ", 5)
    assert record["size"] == {"dead": 3, "injured": None, "arrested": None}
    assert record["link"] == "s9" and record["members"] == [m.to_dict() for m in _drone().members]
    assert [c["publication"] for c in record["cite_info"]] == ["Wire A", "Wire B"]
    assert record["urls"] == ["https://a.example/1"] and record["num_sources"] == 2
    assert record["event_text"][0] == TEXT_1.split("\n\n")[0]
    assert record["casualties"] == _drone().to_dict()["casualties"]


def test_fused_exports_cameo_tsv_reads_back_with_gdelt_columns(tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    export_fused([_drone()], index_articles(_results()), "cameo-tsv", out)
    with out.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        rows = list(reader)
    assert tuple(reader.fieldnames or ()) == GDELT_COLUMNS and len(GDELT_COLUMNS) == 61
    [row] = rows
    assert (row["GLOBALEVENTID"], row["SQLDATE"], row["MonthYear"], row["Year"]) == (
        "f1",
        "20211107",
        "202111",
        "2021",
    )
    assert (row["Actor1Code"], row["Actor1Name"], row["Actor2Type1Code"]) == (
        "IRQUAF",
        "unidentified attackers",
        "CVL",
    )
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("195", "195", "19")
    assert (row["QuadClass"], row["NumMentions"], row["NumArticles"]) == ("4", "2", "2")
    assert row["GoldsteinScale"] == row["AvgTone"] == row["DATEADDED"] == ""
    assert row["IsRootEvent"] == "1"  # told in the first paragraph of n1
    assert (row["ActionGeo_Type"], row["ActionGeo_CountryCode"]) == ("4", "IZ")  # FIPS
    assert row["ActionGeo_FullName"] == "Green Zone, Baghdad, Iraq"
    assert row["ActionGeo_ADM1Code"] == "IZ07"
    assert row["SOURCEURL"] == "https://a.example/1"
    assert row == {
        k: "" if v is None else str(v)
        for k, v in gdelt_row(_drone(), index_articles(_results())).items()
    }


def test_fused_exports_acled_csv_reads_back(tmp_path: Path) -> None:
    out = tmp_path / "acled.csv"
    assert export_fused([_drone()], index_articles(_results()), "acled-csv", out) == 1
    with out.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        [row] = list(reader)
    assert tuple(reader.fieldnames or ()) == ACLED_COLUMNS
    expected = {
        "event_id_cnty": "IRQf1",
        "event_date": "2021-11-07",
        "year": "2021",
        "time_precision": "1",
        "disorder_type": "Political violence",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "actor1": "unidentified attackers",
        "inter1": "3",
        "actor2": "guards",
        "inter2": "7",
        "interaction": "37",
        "civilian_targeting": "Civilian targeting",
        "iso": "368",
        "country": "Iraq",
        "admin1": "Baghdad",
        "location": "Baghdad",  # the Green Zone is a part of Baghdad
        "geo_precision": "1",
        "source": "Wire A; Wire B",
        "notes": TEXT_1.split("\n\n")[0],
        "fatalities": "3",  # the lower of the two reports (3 and 5)
    }
    assert {k: row[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("figures", "fatalities"),
    [
        (((3, 3), (5, 5)), 3),
        (((1, None),), 1),  # "at least one"
        (((None, 600),), 600),  # "nearly 600": the only figure given
        (((2, None), (None, 600)), 2),
    ],
)
def test_fused_exports_acled_fatalities_are_the_lowest_figure(
    figures: tuple[tuple[int | None, int | None], ...], fatalities: int
) -> None:
    row = acled_row(_drone(_reports(*figures)), index_articles(_results()))
    assert row is not None and row["fatalities"] == fatalities


def test_fused_exports_acled_fatalities_zero_when_none_reported() -> None:
    event = _drone()
    event.killed = None
    row = acled_row(event, index_articles(_results()))
    assert row is not None and row["fatalities"] == 0


def test_fused_exports_acled_skips_events_without_acled_type() -> None:
    event = _drone()
    event.acled = None
    assert acled_row(event, index_articles(_results())) is None


def test_fused_exports_protesters_and_foreign_forces_get_acled_types() -> None:
    from eventwire.records import Acled

    event = _drone()
    event.acled = Acled("Protests", "Excessive force against protesters")
    event.source = [FusedActor("police", "IRQ", "COP", "group")]
    event.target = [FusedActor("students", "IRQ", "EDU", "group")]
    row = acled_row(event, {})
    assert row is not None and (row["inter1"], row["inter2"], row["interaction"]) == (1, 6, "16")
    event.acled = Acled("Battles", "Armed clash")
    event.source = [FusedActor("US forces", "USA", "MIL", "group")]
    event.target = []
    row = acled_row(event, {})
    assert row is not None and (row["inter1"], row["interaction"]) == (8, "80")


def test_fused_exports_unknown_format_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="plover, cameo-tsv, acled-csv"):
        export_fused([], {}, "gdelt", tmp_path / "x")


def _failing() -> Iterator[FusedEvent]:
    """Yields one fused event, then fails as a full disk would."""
    yield _drone()
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("fmt", list(FUSED_FORMATS))
def test_fused_exports_a_failed_export_keeps_the_old_file(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out.txt"
    out.write_text("OLD", encoding="utf-8")
    with pytest.raises(ExportError, match="No space left"):
        export_fused(_failing(), index_articles(_results()), fmt, out)
    assert out.read_text("utf-8") == "OLD"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


# -- the seed article ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_fused(seed_result: ArticleResult) -> list[FusedEvent]:
    """The seed's events fused as ingest fuses them (its two accounts of the drone attack,
    "targeting" and "targeted", become one happening)."""
    return fuse_story("s1", [seed_result])[1]


def test_fused_exports_seed_acled_row_is_the_drone_strike(
    seed_result: ArticleResult, seed_fused: list[FusedEvent]
) -> None:
    rows = [r for f in seed_fused if (r := acled_row(f, index_articles([seed_result])))]
    drone = [r for r in rows if r["sub_event_type"] == "Air/drone strike"]
    assert drone, rows
    row = drone[0]
    assert row["event_type"] == "Explosions/Remote violence"
    assert (row["location"], row["fatalities"], row["geo_precision"]) == ("Baghdad", 0, 1)
    assert (row["country"], row["event_date"]) == ("Iraq", "2021-11-07")


@pytest.mark.parametrize("fmt", list(FUSED_FORMATS))
def test_fused_exports_seed_in_each_format(
    tmp_path: Path, seed_result: ArticleResult, seed_fused: list[FusedEvent], fmt: str
) -> None:
    out = tmp_path / f"seed.{fmt}"
    n = export_fused(seed_fused, index_articles([seed_result]), fmt, out)
    text = out.read_text("utf-8")
    if fmt == "plover":
        records = [json.loads(line) for line in text.splitlines()]
        assert [r["id"] for r in records] == [f.id for f in seed_fused]
        assert [r["event"] for r in records] == [[f.type] for f in seed_fused]
        assert all(r["cite_info"][0]["publication"] == "Shafaq News" for r in records)
    else:
        rows = list(csv.DictReader(io.StringIO(text), delimiter="\t" if "tsv" in fmt else ","))
        assert len(rows) == n
        expected = seed_fused if fmt == "cameo-tsv" else [f for f in seed_fused if f.acled]
        key = "GLOBALEVENTID" if fmt == "cameo-tsv" else "event_id_cnty"
        assert [r[key].removeprefix("IRQ") for r in rows] == [f.id for f in expected]
    assert n == (len(seed_fused) if fmt != "acled-csv" else sum(bool(f.acled) for f in seed_fused))


def test_fused_exports_plover_record_of_each_seed_event_has_the_required_fields(
    seed_result: ArticleResult, seed_fused: list[FusedEvent]
) -> None:
    index = index_articles([seed_result])
    sentences = {e.id: e.sentence.text.strip() for e in seed_result.events}
    for fused in seed_fused:
        record = plover_record(fused, index)
        assert {"id", "date", "actor", "event"} <= record.keys()
        expected = dict.fromkeys(sentences[m.event_id] for m in fused.members)
        assert record["event_text"] == list(expected)

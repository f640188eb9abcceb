"""``eventwire stories``, ``events --fused`` and the fused exports, through the command line on
the ingested seed article."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from eventwire.cli import app, query
from eventwire.records import FusedCount, Report
from eventwire.store import EventFilter, SQLiteStore, StoryFilter

runner = CliRunner()


def _invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> str:
    db = str(tmp_path_factory.mktemp("seed") / "ew.db")
    seed = shared_dir / "seed" / "000_6def12aec7829814.txt"
    code, _, err = _invoke("ingest", str(seed), "--db", db, "-q")
    assert code == 0, err
    return db


def test_stories_lists_the_seed_story(seed_db: str) -> None:
    code, out, _ = _invoke("stories", "--db", seed_db, "--format", "jsonl")
    (story,) = map(json.loads, out.splitlines())
    assert code == 0
    assert story["story_id"].startswith("s") and len(story["articles"]) == 1
    assert (story["first_date"], story["country"]) == ("2021-11-07", "IRQ")
    assert story["title"].startswith("The Iraqi President")
    code, out, _ = _invoke("stories", "--db", seed_db, "--format", "csv", "--country", "IRQ")
    (row,) = csv.DictReader(out.splitlines())
    assert code == 0 and row["story_id"] == story["story_id"] and row["num_articles"] == "1"
    code, out, err = _invoke("stories", "--db", seed_db, "--format", "jsonl", "--country", "iq")
    assert code == 0 and [json.loads(line) for line in out.splitlines()] == [story]
    assert "--country iq: read as IRQ (Iraq)" in err
    code, out, _ = _invoke("stories", "--db", seed_db, "--since", "2022", "--format", "jsonl")
    assert code == 0 and out == ""


def test_stories_show_prints_the_story_and_its_fused_events(seed_db: str) -> None:
    with SQLiteStore(seed_db, read_only=True) as store:
        (story,) = store.stories(StoryFilter())
        n_fused = len(store.fused_events(EventFilter(story_id=story.story_id)))
    code, out, _ = _invoke("stories", "show", story.story_id, "--db", seed_db, "-f", "jsonl")
    head, *fused = map(json.loads, out.splitlines())
    assert code == 0 and head["story_id"] == story.story_id and len(fused) == n_fused
    code, out, _ = _invoke("stories", "show", story.story_id, "--db", seed_db)
    assert code == 0 and "fused events" in out and "Green Zone" in out
    code, _, err = _invoke("stories", "show", "s000000000000", "--db", seed_db)
    assert code == 1 and "no story" in err


def test_stories_on_a_missing_database_is_an_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.db"
    proc = subprocess.run(
        [sys.executable, "-m", "eventwire", "stories", "--db", str(missing)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2 and "no database" in proc.stderr
    assert not missing.exists()


def test_events_fused_merges_the_two_accounts_of_the_drone_attack(seed_db: str) -> None:
    code, out, _ = _invoke("events", "--fused", "--type", "ASSAULT", "--db", seed_db, "-f", "jsonl")
    fused = [json.loads(line) for line in out.splitlines()]
    drone = [f for f in fused if f["mode"] == "drone"]
    assert code == 0 and len(drone) == 1
    assert len(drone[0]["members"]) == 2
    assert drone[0]["acled"]["sub_event_type"] == "Air/drone strike"
    code, out, _ = _invoke("events", "--fused", "--db", seed_db)
    assert code == 0 and "fused events" in out


def test_export_seed_in_each_analyst_format(seed_db: str, tmp_path: Path) -> None:
    for fmt in ("plover", "cameo-tsv", "acled-csv"):
        code, _, err = _invoke("export", str(tmp_path / fmt), "--format", fmt, "--db", seed_db)
        assert code == 0, err
    with SQLiteStore(seed_db, read_only=True) as store:
        fused = store.fused_events(EventFilter())
    plover = [json.loads(line) for line in (tmp_path / "plover").read_text().splitlines()]
    assert [r["id"] for r in plover] == [f.id for f in fused]
    gdelt = list(csv.DictReader((tmp_path / "cameo-tsv").open(), delimiter="\t"))
    assert [r["GLOBALEVENTID"] for r in gdelt] == [f.id for f in fused]
    acled = list(csv.DictReader((tmp_path / "acled-csv").open()))
    (drone,) = [r for r in acled if r["sub_event_type"] == "Air/drone strike"]
    assert drone["event_type"] == "Explosions/Remote violence"
    assert (drone["location"], drone["fatalities"]) == ("Baghdad", "0")


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_folder_tables_read_back_as_the_store(
    seed_db: str, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / "tables"
    code, _, err = _invoke("export", f"{out}/", "--format", fmt, "--db", seed_db)
    assert code == 0, err
    with SQLiteStore(seed_db, read_only=True) as store:
        counts = store.count()
        (story,) = store.stories(StoryFilter())
    for table in ("articles", "events", "actors", "places", "quotes", "stories", "fused_events"):
        path = out / f"{table}.{fmt}"
        if fmt == "parquet":
            rows = pq.read_table(path).to_pylist()
        else:
            rows = list(csv.DictReader(path.open(encoding="utf-8")))
        assert len(rows) == counts[table], table
        if table == "stories":
            assert rows[0]["story_id"] == story.story_id


def test_export_a_fused_format_to_a_folder_is_refused(seed_db: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, err = _invoke("export", f"{out}/", "--format", "acled-csv", "--db", seed_db)
    assert code == 2 and "is a folder" in err
    assert not out.exists()


def test_events_fused_table_reads_an_upper_bound_as_one(seed_db: str) -> None:
    # the seed's "nearly 600" protesters killed in 2019: no lower bound, 600 at most
    code, out, _ = _invoke(
        "events", "--fused", "--since", "2019", "--until", "2019", "--db", seed_db
    )
    assert code == 0 and "up to 600" in out and "-600" not in out


@pytest.mark.parametrize(
    ("counts", "low", "high", "shown"),
    [
        # one report says three, another at least thirty: no ceiling, and not "at least 3"
        ([(3, 3), (30, None)], 3, None, "3 to at least 30"),
        ([(30, None)], 30, None, "at least 30"),
        # an exact thirty is no lower bound
        ([(30, 30), (3, None)], 3, None, "at least 3"),
        ([(3, 3), (5, 5)], 3, 5, "3-5"),
    ],
)
def test_events_fused_table_keeps_the_highest_lower_bound(
    counts: list[tuple[int, int | None]], low: int, high: int | None, shown: str
) -> None:
    reports = [
        Report(f"a{i}", "e1", None, {"min": lo, "max": hi}) for i, (lo, hi) in enumerate(counts)
    ]
    fused = SimpleNamespace(killed=FusedCount(low, high, reports))
    assert query._range(fused) == shown  # type: ignore[arg-type]

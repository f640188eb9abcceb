"""``eventwire events``: CSV rows a reader can use, and filters that refuse what matches nothing."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from tests.store.conftest import brussels_article, harbor_article
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.cli.query import country_code
from eventwire.store import SQLiteStore

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "ew.db"
    with SQLiteStore(path) as store:
        for result in (harbor_article(), brussels_article()):
            store.put(result)
    return str(path)


def _csv(db: str, *args: str) -> list[dict[str, str]]:
    result = runner.invoke(app, ["events", "--db", db, "--format", "csv", *args])
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_events_csv_keeps_its_id_columns_and_adds_names_and_places(db: str) -> None:
    rows = {(r["article_id"], r["id"]): r for r in _csv(db)}
    assault = rows["art-1", "e2"]
    assert list(assault)[:11] == [
        *["article_id", "story_id", "id", "type", "mode", "cameo", "quad"],
        *(["source", "target", "place", "confidence"]),
    ]
    assert (assault["source"], assault["target"], assault["place"]) == ("a2", "a1", "p1")
    names = (assault["source_names"], assault["target_names"])
    assert names == ("Police (NLD)", "Protesters (NLD)")
    assert (assault["place_name"], assault["place_country"]) == ("Harbor City", "NLD")
    assert (assault["date"], assault["trigger"]) == ("2021-11-05", "fired")
    assert assault["sentence"] == "Police fired tear gas at the demonstrators."
    assert assault["type"] == "ASSAULT"


def test_events_type_is_checked_and_case_free(db: str) -> None:
    assert {r["type"] for r in _csv(db, "--type", "protest")} == {"PROTEST"}
    result = runner.invoke(app, ["events", "--db", db, "--type", "FOO"])
    assert result.exit_code == 2 and "'FOO' is not a PLOVER type" in result.stderr
    assert "ASSAULT" in result.stderr and "PROTEST" in result.stderr


def test_events_country_reads_alpha_2_as_alpha_3(db: str) -> None:
    by_iso3 = _csv(db, "--country", "NLD")
    assert by_iso3 and _csv(db, "--country", "nl") == by_iso3
    result = runner.invoke(app, ["events", "--db", db, "--country", "nl", "--format", "csv"])
    assert "read as NLD (The Netherlands)" in result.stderr
    result = runner.invoke(app, ["events", "--db", db, "--country", "zz"])
    assert result.exit_code == 2 and "'zz' is not an ISO country code" in result.stderr
    # a three-letter word that is no code is refused too, not read as a filter matching nothing
    result = runner.invoke(app, ["events", "--db", db, "--country", "ZZZ"])
    assert result.exit_code == 2 and "'ZZZ' is not an ISO country code" in result.stderr


def test_country_code_reads_uk_as_britain() -> None:
    assert country_code("uk") == "GBR" and country_code("GBR") == "GBR"

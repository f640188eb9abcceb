"""``eventwire quotes`` and the quote table of ``eventwire export``, end to end on a small store."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()
ARTICLE = (
    "date 2023-07-02 Test Wire/\n"
    "The United Nations refugee agency condemned the expulsions on Sunday. "
    "“Forcing people back across the border into danger is a crime,” spokeswoman Elena "
    "Marquez said in a statement.\n\n"
    'Interior Minister Karim Haddad rejected the criticism. "We are protecting our borders '
    'as the law requires," he told reporters in the capital.'
)


def _invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("quotes")
    article = folder / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    path = str(folder / "t.db")
    code, _, err = _invoke("ingest", "--db", path, "--quiet", str(article))
    assert code == 0, err
    return path


@pytest.mark.parametrize(
    ("actor", "speaker", "channel"),
    [("Marquez", "Elena Marquez", "statement"), ("Haddad", "Karim Haddad", "interview")],
)
def test_quotes_cli_filters_by_actor(db: str, actor: str, speaker: str, channel: str) -> None:
    code, out, _ = _invoke("quotes", "--db", db, "--actor", actor, "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and rows
    assert {r["speaker_name"] for r in rows} == {speaker}
    direct = [r for r in rows if r["direct"]]
    assert direct and all(r["channel"] == channel for r in direct)
    # "rejected the criticism" is the minister's stance, a reported statement beside his quote.
    assert all(r["direct"] or r["speaker_name"] == "Karim Haddad" for r in rows)


def test_quotes_cli_since_after_the_article_finds_nothing(db: str) -> None:
    code, out, _ = _invoke("quotes", "--db", db, "--since", "2024", "--format", "jsonl")
    assert code == 0 and out.strip() == ""


@pytest.mark.parametrize(
    ("command", "option", "value"),
    [
        ("quotes", "--since", "2021-13"),
        ("events", "--until", "2021-02-30"),
        ("quotes", "--since", "21"),
    ],
)
def test_quotes_cli_a_bad_date_is_refused(db: str, command: str, option: str, value: str) -> None:
    code, out, err = _invoke(command, "--db", db, option, value)
    assert code == 2 and out == ""
    assert "is not a date like 2021, 2021-11 or 2021-11-05" in err


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_quotes_cli_export_writes_the_quote_table(db: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    code, _, err = _invoke("export", "--db", db, "--format", fmt, str(out))
    side = tmp_path / f"events.quotes.{fmt}"
    assert code == 0 and side.exists()
    assert "quotes to" in err and str(side) in err.replace("\n", "")
    if fmt == "csv":
        with side.open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
    else:
        import pyarrow.parquet as pq

        rows = pq.read_table(side).to_pylist()
    marquez = [r for r in rows if r["speaker"] == "Elena Marquez"]
    assert marquez and "agency" in str(marquez[0]["speaking_for"])


def test_quotes_cli_csv_has_the_quoted_words(db: str) -> None:
    code, out, _ = _invoke("quotes", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(out.splitlines()))
    assert code == 0 and rows
    marquez = [r for r in rows if r["speaker_name"] == "Elena Marquez"]
    assert marquez and "is a crime" in marquez[0]["content"]


def test_quotes_cli_export_help_names_the_quote_file() -> None:
    code, out, _ = _invoke("export", "--help")
    assert code == 0 and ".quotes" in out


@pytest.mark.parametrize(
    ("command", "option", "value"),
    [("quotes", "--limit", "-1"), ("events", "--min-confidence", "2"), ("events", "--limit", "-5")],
)
def test_quotes_cli_out_of_range_numbers_are_refused(
    db: str, command: str, option: str, value: str
) -> None:
    code, out, err = _invoke(command, "--db", db, option, value)
    assert code == 2 and out == ""
    assert f"Invalid value for '{option}'" in err


def test_quotes_cli_events_honour_the_min_confidence_setting(db: str) -> None:
    _, every, _ = _invoke("events", "--db", db, "--format", "jsonl")
    _, none, _ = _invoke(
        "events", "--db", db, "--format", "jsonl", "--set", "events.min_confidence=1.0"
    )
    _, again, _ = _invoke(
        "events", "--db", db, "--format", "jsonl", "--set", "events.min_confidence=1.0",
        "--min-confidence", "0",
    )  # fmt: skip
    assert every.strip() and not none.strip() and again == every

"""The CLI end to end: extract, ingest (idempotent), bad input, queries, export, eval, info."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "src" / "eventwire" / "examples" / "articles"
runner = CliRunner()


def _invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_cli_extract_seed_matches_the_issue(shared_dir: Path) -> None:
    seed = shared_dir / "seed" / "000_6def12aec7829814.txt"
    code, out, _ = _invoke("extract", "--format", "jsonl", "--with-text", "--quiet", str(seed))
    assert code == 0
    [line] = out.splitlines()
    d = json.loads(line)
    assert d["article"]["published"] == "2021-11-07" and d["article"]["source"] == "Shafaq News"
    names = {a["id"]: a["name"] for a in d["actors"]}
    assault = [e for e in d["events"] if e["type"] == "ASSAULT"]
    assert any("Mustafa al-Kadhimi" in {names[t] for t in e["target"]} for e in assault)
    accuse = [e for e in d["events"] if e["type"] == "ACCUSE"]
    assert any("Barham Salih" in {names[s] for s in e["source"]} for e in accuse)
    assert any(e["type"] == "PROTEST" for e in d["events"])
    text = d["article"]["text"]
    for e in d["events"]:
        assert text[e["trigger"]["start"] : e["trigger"]["end"]] == e["trigger"]["text"]


def test_cli_ingest_twice_stores_once_and_queries(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    code, _, err = _invoke("ingest", "--db", db, str(EXAMPLES))
    assert code == 0, err
    code, _, err = _invoke("ingest", "--db", db, str(EXAMPLES))
    assert code == 0 and "unchanged" in err
    code, out, _ = _invoke("events", "--db", db, "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows and all("article_id" in r and "story_id" in r for r in rows)
    ids = [(r["article_id"], r["id"]) for r in rows]
    assert len(ids) == len(set(ids))
    code, out, _ = _invoke("events", "--db", db, "--type", "ASSAULT", "--format", "csv")
    assert code == 0 and out.splitlines()[0].startswith("article_id")
    assert _invoke("actors", "--db", db, "--format", "table")[0] == 0
    assert _invoke("quotes", "--db", db, "--format", "jsonl")[0] == 0


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_cli_export_formats(tmp_path: Path, fmt: str) -> None:
    db = str(tmp_path / "t.db")
    _invoke("ingest", "--db", db, "--quiet", str(EXAMPLES / "001_mogadishu_car_bombing.txt"))
    out = tmp_path / f"out.{fmt}"
    code, _, _ = _invoke("export", "--db", db, "--format", fmt, str(out))
    assert code == 0 and out.stat().st_size > 0
    if fmt == "parquet":
        import pyarrow.parquet as pq

        assert pq.read_table(out).num_rows >= 1


def test_cli_export_takes_the_format_from_the_suffix(tmp_path: Path) -> None:
    db = str(tmp_path / "t.db")
    _invoke("ingest", "--db", db, "--quiet", str(EXAMPLES / "001_mogadishu_car_bombing.txt"))
    out = tmp_path / "out.csv"
    code, _, _ = _invoke("export", "--db", db, str(out))
    assert code == 0 and out.read_text(encoding="utf-8").startswith("article_id,event_id,")
    # A --format given is obeyed, with a warning when the name says another format.
    code, _, err = _invoke("export", "--db", db, "--format", "csv", str(tmp_path / "x.parquet"))
    assert code == 0 and "warning: writing csv into" in err
    assert (tmp_path / "x.parquet").read_text(encoding="utf-8").startswith("article_id,")


def test_cli_bad_input_folder_reports_and_keeps_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.txt").write_text("")
    good = "Police arrested twelve activists in Harare on Tuesday, a lawyer said."
    lines = [
        json.dumps({"id": "g1", "text": good}),
        "{broken json",
        json.dumps({"id": "g2", "text": good + " Again."}),
    ]
    (folder / "mixed.jsonl").write_text("\n".join(lines) + "\n")
    with (folder / "huge.txt").open("w") as fh:
        fh.write(("word " * 1000 + "\n") * 4200)  # about 21 MB
    db = tmp_path / "t.db"
    proc = subprocess.run(
        [sys.executable, "-m", "eventwire", "ingest", "--db", str(db), "--quiet", str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr
    for needle in ("binary.txt", "empty.txt", "mixed.jsonl:2", "huge.txt"):
        assert needle in proc.stderr, proc.stderr
    code, out, _ = _invoke("events", "--db", str(db), "--format", "jsonl")
    assert {json.loads(line)["article_id"] for line in out.splitlines()} == {"g1", "g2"}


def test_cli_all_bad_exits_1(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   ")
    code, _, err = _invoke("extract", "--quiet", str(tmp_path / "empty.txt"))
    assert code == 1 and "empty" in err


def test_cli_info_and_eval(tmp_path: Path) -> None:
    code, out, _ = _invoke("info")
    assert code == 0 and "gazetteer" in out and "eventwire_events" in out
    gold = REPO / "tests" / "fixtures" / "gold" / "events.jsonl"
    code, out, _ = _invoke("eval", "--task", "plover", "--limit", "10", "--json", str(gold))
    assert code == 0
    assert "top1_accuracy" in json.loads(out)["metrics"]


def test_cli_extract_with_actor_dictionary() -> None:
    article = EXAMPLES / "001_mogadishu_car_bombing.txt"
    dictionary = EXAMPLES.parent / "actors_example.csv"
    code, out, _ = _invoke("extract", "--quiet", "--actors", str(dictionary), str(article))
    assert code == 0
    actors = {a["name"]: a for a in json.loads(out)["actors"]}
    assert "Abdirahman Ali Geedi" in actors
    assert actors["Abdirahman Ali Geedi"]["sector"] == "COP"


def test_cli_table_keeps_square_brackets_in_text(capsys: pytest.CaptureFixture[str]) -> None:
    from eventwire.cli.common import emit_rows

    emit_rows([{"quote": "the evil [parties] lurking"}], "table", ["quote"], "quotes")
    assert "[parties]" in capsys.readouterr().out


def test_cli_missing_actor_dictionary_is_a_setup_error_not_an_article_error(tmp_path: Path) -> None:
    article = EXAMPLES / "001_mogadishu_car_bombing.txt"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "eventwire",
            "extract",
            "--quiet",
            "--actors",
            str(tmp_path / "absent.csv"),
            str(article),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "cannot read actor dictionary" in proc.stderr
    assert "pipeline failed" not in proc.stderr


def test_cli_extract_csv_has_one_header_and_rejects_unknown_formats() -> None:
    code, out, _ = _invoke("extract", "--quiet", "--format", "csv", str(EXAMPLES))
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("article_id,event_id")
    assert sum(line.startswith("article_id,") for line in lines) == 1
    code, _, _ = _invoke("extract", "--quiet", "--format", "xml", str(EXAMPLES))
    assert code == 2

"""What an outside audit broke, end to end: FIFOs, settings, ids with line breaks, U+2028 in
JSONL, empty --db, globs matching nothing, Ctrl-C mid-run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.cli.run import report_line
from eventwire.errors import StoreError

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "src" / "eventwire" / "examples" / "articles"
runner = CliRunner()


def _invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env=env)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def _example(n: int = 0) -> Path:
    return sorted(EXAMPLES.glob("*.txt"))[n]


def test_a_fifo_in_a_folder_is_skipped_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(_example().read_text("utf-8"), encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")  # nobody writes it: reading it would wait for ever
    code, out, err = _invoke("extract", "--quiet", str(tmp_path))
    assert code == 3 and len(out.splitlines()) == 1
    assert "pipe.txt: a FIFO, not a regular file" in err


def test_a_fifo_named_on_its_own_is_read_as_a_stream(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    text = _example().read_text("utf-8")

    def write() -> None:
        with fifo.open("w", encoding="utf-8") as fh:
            fh.write(text)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    code, out, err = _invoke("extract", "--quiet", str(fifo))
    writer.join(timeout=30)
    assert code == 0, err
    assert json.loads(out)["events"]


def test_a_glob_matching_nothing_says_so(tmp_path: Path) -> None:
    code, _, err = _invoke("extract", "--quiet", "--glob", "*.nope", str(EXAMPLES))
    assert code == 1 and "no files in this folder match the glob '*.nope'" in err


def test_an_empty_db_is_refused(tmp_path: Path) -> None:
    for command in (["events"], ["ingest", str(_example())]):
        with pytest.raises(StoreError, match="--db is empty"):
            _invoke(*command, "--db", "")


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("EVENTWIRE_NLP__BATCH_SIZE", "0"),
        ("EVENTWIRE_NLP__BATCH_SIZE", "-3"),
        ("EVENTWIRE_EVENTS__MIN_CONFIDENCE", "5"),
        ("EVENTWIRE_INPUT__MAX_CHARS", "-5"),
        ("EVENTWIRE_NLP__MODEL", "en_core_web_typo"),
        ("EVENTWIRE_NLP__MODEL", "./models/nowhere"),
    ],
)
def test_bad_settings_are_errors_without_traceback(variable: str, value: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "eventwire", "extract", "--quiet", str(_example())],
        capture_output=True,
        text=True,
        env={**os.environ, variable: value},
        timeout=300,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "error: [EW" in done.stderr


def test_a_reported_id_with_a_line_break_stays_on_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    report_line("evil\nid\r: pipeline failed: ValueError: x")
    err = capsys.readouterr().err
    assert err == "evil\\nid\\r: pipeline failed: ValueError: x\n"


def test_jsonl_output_escapes_unicode_line_separators(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    text = _example().read_text("utf-8").replace(". ", ".\u2028 ", 3) + "\u2029"
    source.write_text(json.dumps({"id": "ls", "text": text}) + "\n", encoding="utf-8")
    code, out, err = _invoke("extract", "--quiet", "--with-text", str(source))
    assert code == 0, err
    assert "\u2028" not in out and len(out.splitlines()) == 1
    assert json.loads(out)["article"]["text"] == text
    db = str(tmp_path / "t.db")
    assert _invoke("ingest", "--quiet", "--db", db, str(source))[0] == 0
    for command in (["events"], ["quotes"], ["export", "-"]):
        code, out, _ = _invoke(
            *command, "--db", db, *(["-f", "jsonl"] if command[0] != "export" else [])
        )
        assert code == 0 and "\u2028" not in out and "\u2029" not in out, command
        assert all(json.loads(line) for line in out.splitlines()), command


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_mid_ingest_says_how_many_were_stored(tmp_path: Path) -> None:
    fifo = tmp_path / "never-written"
    os.mkfifo(fifo)  # the run blocks here, after storing the first article
    db = tmp_path / "t.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "eventwire", "ingest", "--set", "nlp.batch_size=1"]
        + ["--db", str(db), str(_example()), str(fifo)],
        stderr=subprocess.PIPE,
        text=True,
        # A suite started in the background (`make test &`) ignores SIGINT, and a child would
        # inherit that: give it the default action, as a terminal's Ctrl-C finds it.
        preexec_fn=_default_sigint,
    )
    deadline = time.monotonic() + 240
    while _stored(db) < 1 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted: 1 article(s) processed" in err and "Traceback" not in err
    assert _stored(db) == 1

"""``eventwire ingest`` into SQLite with real processes: killed with SIGKILL part-way and run
again, every article is stored once and the file is intact; three writers at once lose nothing.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from eventwire.readers import read_inputs

EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "examples" / "articles"


def articles_jsonl(path: Path, copies: int, prefix: str = "c") -> set[str]:
    """The example articles ``copies`` times over, each copy with new ids and a line of its
    own; returns the ids."""
    ids, lines = set(), []
    for k in range(copies):
        for a in read_inputs([str(EXAMPLES)]):
            article_id = f"{prefix}{k}-{a.id}"
            ids.add(article_id)
            text = f"{a.text}\n(copy {k})"
            record = {"id": article_id, "text": text, "published": str(a.published)}
            lines.append(json.dumps(record))
    path.write_text("\n".join(lines) + "\n")
    return ids


def ingest(db: Path, *inputs: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "eventwire", "ingest", *map(str, inputs), "--db", str(db)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def stored_ids(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [row[0] for row in conn.execute("SELECT id FROM articles")]


def intact(db: Path) -> bool:
    with sqlite3.connect(db) as conn:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = conn.execute(
            "SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        unfiled = conn.execute("SELECT count(*) FROM articles WHERE story_id IS NULL").fetchone()[0]
    return ok and orphans == 0 and unfiled == 0


def wait_for_rows(db: Path, at_least: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if len(stored_ids(db)) >= at_least:
                return
        except sqlite3.Error:
            pass  # the file is being created
        time.sleep(0.1)
    raise AssertionError(f"ingest stored fewer than {at_least} articles before ending")


def test_ingest_killed_part_way_then_rerun_stores_every_article_once(tmp_path: Path) -> None:
    ids = articles_jsonl(tmp_path / "in.jsonl", copies=6)
    db = tmp_path / "x.db"
    first = ingest(db, tmp_path / "in.jsonl")
    wait_for_rows(db, 3, first)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    partial = stored_ids(db)
    assert 3 <= len(partial) < len(ids), "the kill came too late to test anything"
    assert intact(db)
    rerun = ingest(db, tmp_path / "in.jsonl")
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err.decode()
    stored = stored_ids(db)
    assert sorted(stored) == sorted(ids)  # every article, once
    assert intact(db)


def test_ingest_three_writers_at_once_lose_nothing(tmp_path: Path) -> None:
    # Each writer has its own articles and all share one batch, written by all three.
    shared = articles_jsonl(tmp_path / "shared.jsonl", copies=1, prefix="s")
    own = [articles_jsonl(tmp_path / f"own{n}.jsonl", copies=1, prefix=f"w{n}-") for n in range(3)]
    db = tmp_path / "x.db"
    procs = [ingest(db, tmp_path / f"own{n}.jsonl", tmp_path / "shared.jsonl") for n in range(3)]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
    stored = stored_ids(db)
    assert sorted(stored) == sorted(shared.union(*own))
    assert intact(db)

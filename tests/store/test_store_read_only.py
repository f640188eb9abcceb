"""A store opened read-only: a file the user may not write can still be queried."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from eventwire.errors import StoreError
from eventwire.records import ArticleResult
from eventwire.store import EventFilter, SQLiteStore, open_store

# Root may write any file: drop the capabilities that let it, so the file's mode is what counts.
AS_USER = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]

# Queries the store the way `eventwire events` does, in a process that may not write it.
_QUERY = (
    "import sys; from eventwire.store import open_store, EventFilter\n"
    "with open_store(sys.argv[1], read_only=True) as s:\n"
    "    print(len(list(s.events(EventFilter()))))\n"
)


def _reader_command() -> list[str]:
    if os.getuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: a mode-444 file is writable")
    return AS_USER


def _stored(tmp_path: Path, result: ArticleResult) -> Path:
    db = tmp_path / "data" / "events.db"
    db.parent.mkdir()
    with open_store(db) as store:
        store.put(result)
    return db


@pytest.mark.parametrize("folder_writable", [True, False], ids=["folder-rw", "folder-ro"])
def test_read_only_file_can_be_queried(
    tmp_path: Path, folder_writable: bool, harbor: Callable[[str], ArticleResult]
) -> None:
    db = _stored(tmp_path, harbor(""))
    db.chmod(0o444)
    db.parent.chmod(0o777 if folder_writable else 0o555)
    tmp_path.chmod(0o755)
    try:
        done = subprocess.run(
            [*_reader_command(), sys.executable, "-c", _QUERY, str(db)],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        db.parent.chmod(0o755)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 0


def test_read_only_store_refuses_writes(
    tmp_path: Path, harbor: Callable[[str], ArticleResult]
) -> None:
    db = _stored(tmp_path, harbor(""))
    with open_store(db, read_only=True) as store:
        assert list(store.events(EventFilter()))
        with pytest.raises(StoreError, match="read-only"):
            store.put(harbor(" More."))


def test_read_only_store_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database file"):
        SQLiteStore(tmp_path / "missing.db", read_only=True)
    assert not (tmp_path / "missing.db").exists()

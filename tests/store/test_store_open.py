"""``open_store``: which backend a target names, and the errors it gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import StoreError
from eventwire.store import MemoryStore, SQLiteStore, Store, open_store


@pytest.mark.parametrize(
    ("target", "kind"),
    [(":memory:", MemoryStore), ("events.db", SQLiteStore), (Path("sub.db"), SQLiteStore)],
    ids=["memory", "str-path", "path"],
)
def test_open_store_picks_backend(
    target: str | Path, kind: type, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with open_store(target) as store:
        assert isinstance(store, kind)
        assert isinstance(store, Store)
    if kind is SQLiteStore:
        assert (tmp_path / target).exists()


def test_open_store_default_uses_env_then_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EVENTWIRE_DB", str(tmp_path / "from_env.db"))
    open_store().close()
    assert (tmp_path / "from_env.db").exists()
    monkeypatch.delenv("EVENTWIRE_DB")
    open_store().close()
    assert (tmp_path / "eventwire.db").exists()


@pytest.mark.parametrize("scheme", ["postgresql", "postgres"])
def test_open_store_postgresql_url_opens_postgres(scheme: str) -> None:
    """Both schemes reach PostgresStore: here no server listens, and the error says where."""
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL at 127.0.0.1:1") as info:
        open_store(f"{scheme}://user:s3cret@127.0.0.1:1/events")
    assert "s3cret" not in str(info.value)

"""The actor registry and user fixes (``actors rename|merge``) on SQLite.

Everything here runs inside the caller's write transaction.
"""

from __future__ import annotations

import json
import sqlite3

from eventwire.records import Actor
from eventwire.store.registry import RegistryEntry
from eventwire.store.sqlite_rows import actor_from_row, search_text


class SQLiteRegistry:
    """:class:`~eventwire.store.registry.RegistryBackend` over one connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def candidates(self, keys: list[str]) -> list[RegistryEntry]:
        marks = ", ".join("?" * len(keys))
        rows = self.conn.execute(
            "SELECT DISTINCT r.id, r.data FROM registry r JOIN registry_keys k"
            f" ON k.registry_id = r.id WHERE k.key IN ({marks}) ORDER BY r.id",
            keys,
        ).fetchall()
        return [entry_from_row(r) for r in rows]

    def save(self, entry: RegistryEntry) -> None:
        data = entry.to_dict()
        del data["id"]
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        if entry.id is None:
            cur = self.conn.execute(
                "INSERT INTO registry (name, data) VALUES (?, ?)", (entry.name, text)
            )
            entry.id = cur.lastrowid
        else:
            self.conn.execute(
                "UPDATE registry SET name = ?, data = ? WHERE id = ?", (entry.name, text, entry.id)
            )
            self.conn.execute("DELETE FROM registry_keys WHERE registry_id = ?", (entry.id,))
        self.conn.executemany(
            "INSERT OR IGNORE INTO registry_keys (key, registry_id) VALUES (?, ?)",
            [(k, entry.id) for k in entry.index_keys()],
        )

    def delete(self, entry: RegistryEntry) -> None:
        self.conn.execute("DELETE FROM registry WHERE id = ?", (entry.id,))

    def search(self, needle: str | None) -> list[RegistryEntry]:
        """Entries whose name or an alias contains ``needle`` (all when None), by name."""
        rows = self.conn.execute("SELECT id, data FROM registry ORDER BY name, id").fetchall()
        entries = [entry_from_row(r) for r in rows]
        if needle is None:
            return entries
        want = needle.casefold()
        return [e for e in entries if any(want in n.casefold() for n in [e.name, *e.aliases])]

    def stored(self, name: str, country: str | None) -> list[tuple[object, Actor]]:
        return [((a, s), actor) for a, s, actor in stored_actors(self.conn, name, country)]

    def update(self, handle: object, actor: Actor) -> None:
        assert isinstance(handle, tuple)
        update_actor(self.conn, str(handle[0]), int(handle[1]), actor)


def entry_from_row(row: sqlite3.Row) -> RegistryEntry:
    data = json.loads(row["data"])
    return RegistryEntry(id=int(row["id"]), **data)


def stored_actors(
    conn: sqlite3.Connection, name: str, country: str | None
) -> list[tuple[str, int, Actor]]:
    """(article id, seq, actor) of every stored per-article actor named ``name``."""

    sql = "SELECT * FROM actors WHERE name = ? COLLATE NOCASE"
    params: list[str] = [name]
    if country is not None:
        sql += " AND country = ? COLLATE NOCASE"
        params.append(country)
    rows = conn.execute(sql, params).fetchall()
    return [(r["article_id"], r["seq"], actor_from_row(r)) for r in rows]


def update_actor(conn: sqlite3.Connection, article_id: str, seq: int, actor: Actor) -> None:
    search = search_text(actor)
    conn.execute(
        "UPDATE actors SET name = ?, kind = ?, country = ?, sector = ?, role = ?, search = ?"
        " WHERE article_id = ? AND seq = ?",
        (actor.name, actor.kind, actor.country, actor.sector, actor.role, search, article_id, seq),
    )

"""User actor dictionaries: names the user knows, applied before any inference.

A dictionary is a CSV file (columns ``name, aliases, country, sector, role, valid_from,
valid_to`` and optionally ``kind``; aliases separated by ``|``) or a YAML file (a list of such
mappings under ``actors:``, aliases as a list). See ``src/eventwire/examples/actors_example.*``.
An entry applies to articles published between ``valid_from`` and ``valid_to`` (inclusive, either
may be empty), so "the President" of 2019 and of 2024 can be different people.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from eventwire.errors import LexiconError
from eventwire.records import ActorKind

KINDS = ("person", "organization", "group", "state", "unknown")


@dataclass(frozen=True, slots=True)
class DictEntry:
    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None
    role: str | None
    kind: ActorKind
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    def valid_on(self, day: dt.date | None) -> bool:
        if day is None:
            return True
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise LexiconError(f"{where}: {value!r} is not a YYYY-MM-DD date") from exc


def _entry(row: dict[str, Any], where: str) -> DictEntry:
    name = str(row.get("name") or "").strip()
    if not name:
        raise LexiconError(f"{where}: an actor needs a name")
    aliases = row.get("aliases") or []
    if isinstance(aliases, str):
        aliases = aliases.split("|")
    kind = str(row.get("kind") or ("person" if row.get("role") else "organization"))
    if kind not in KINDS:
        raise LexiconError(f"{where}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    return DictEntry(
        name=name,
        aliases=tuple(a.strip() for a in aliases if str(a).strip()),
        country=(str(row["country"]).strip() or None) if row.get("country") else None,
        sector=(str(row["sector"]).strip() or None) if row.get("sector") else None,
        role=(str(row["role"]).strip() or None) if row.get("role") else None,
        kind=kind,  # type: ignore[arg-type]
        valid_from=_date(row.get("valid_from"), where),
        valid_to=_date(row.get("valid_to"), where),
    )


def _read_rows(path: Path) -> list[tuple[str, dict[str, Any]]]:
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise LexiconError(f"cannot read actor dictionary {path}: {exc.strerror}") from exc
    if path.suffix.lower() in (".yaml", ".yml"):
        import yaml

        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            raise LexiconError(f"{path}: not valid YAML ({exc})") from exc
        rows = data.get("actors", []) if isinstance(data, dict) else data
        if not isinstance(rows, list):
            raise LexiconError(f"{path}: expected a list of actors under 'actors:'")
        return [(f"{path}: actor {n}", dict(r)) for n, r in enumerate(rows, start=1)]
    reader = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    if reader.fieldnames is None or "name" not in reader.fieldnames:
        raise LexiconError(f"{path}: a CSV actor dictionary needs a 'name' column")
    return [(f"{path}:{n}", dict(r)) for n, r in enumerate(reader, start=2)]


def load_dictionary(paths: Iterable[str | Path]) -> list[DictEntry]:
    """Every entry of the given CSV/YAML files, in file order."""
    return [_entry(row, where) for p in paths for where, row in _read_rows(Path(p))]


class ActorDictionary:
    """Finds dictionary names and aliases in a doc (case-insensitive, whole tokens)."""

    def __init__(self, nlp: Language, entries: list[DictEntry]) -> None:
        self.entries = entries
        self.strings = nlp.vocab.strings
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for n, entry in enumerate(entries):
            self.matcher.add(str(n), [nlp.make_doc(t) for t in (entry.name, *entry.aliases)])

    def matches(self, doc: Doc) -> list[tuple[int, int, DictEntry]]:
        """Non-overlapping (start, end, entry) matches valid on the doc's publication date,
        longest first where they overlap."""
        found = []
        for match_id, start, end in self.matcher(doc):
            entry = self.entries[int(self.strings[match_id])]
            if entry.valid_on(doc._.published):
                found.append((start, end, entry))
        found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
        taken: set[int] = set()
        kept = []
        for start, end, entry in found:
            if not taken & set(range(start, end)):
                kept.append((start, end, entry))
                taken.update(range(start, end))
        return sorted(kept, key=lambda m: m[0])

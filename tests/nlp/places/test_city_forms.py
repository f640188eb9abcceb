"""A body's name that opens with a town and "City" ("the Kansas City Chiefs", "the Lincoln City
Council"), on hand-made Docs with an in-memory gazetteer."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.nlp.places.conftest import make_doc, mentions

from eventwire.nlp.places.component import PlacesComponent
from eventwire.nlp.places.gazetteer import GazEntry, MemoryGazetteer

# invented places: a state and its big namesake "City"; a big town and a small "City" of its name
ORVAL = GazEntry(1, "Orval", 38.5, -98.0, "USA", "Orval", "ADM1", 2_900_000, "admin1")
ORVAL_CITY = GazEntry(2, "Orval City", 39.1, -94.6, "USA", "Missouri", "PPL", 500_000, "city")
BRANTON = GazEntry(3, "Branton", 40.8, -96.7, "USA", "Nebraska", "PPLA", 290_000, "city")
BRANTON_CITY = GazEntry(4, "Branton City", 44.9, -124.0, "USA", "Oregon", "PPL", 9_000, "city")
MERRICK = GazEntry(5, "Merrick", 33.8, -118.3, "USA", "California", "PPL", 90_000, "city")
MERRICK_CITY = GazEntry(6, "Merrick City", 39.2, -119.8, "USA", "Nevada", "PPLA", 55_000, "city")
# a big town whose "City" form is only an alternate name of it (as GeoNames has "Quebec City")
CALLOWAY = GazEntry(7, "Calloway", 46.8, -71.2, "CAN", "Calloway", "PPLA", 530_000, "city")
CALLOWAY_STATE = GazEntry(
    8, "Calloway", 53.0, -70.4, "CAN", "Calloway", "ADM1", 8_000_000, "admin1"
)
GAZ = MemoryGazetteer(
    [
        *(ORVAL, ORVAL_CITY, BRANTON, BRANTON_CITY, MERRICK, MERRICK_CITY),
        *(CALLOWAY, CALLOWAY_STATE),
    ],
    aliases=[("Calloway City", CALLOWAY)],
)


@pytest.fixture(scope="module")
def component() -> PlacesComponent:
    return PlacesComponent(gazetteer=GAZ)


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (  # "City" is the town's name here, not its government
            "The Orval City Chiefs won on Sunday.",
            [("The Orval City Chiefs", "ORG")],
            {"Orval City": "Orval City"},
        ),
        (  # the town without "City" is far bigger: its council
            "The Branton City Council met on Monday.",
            [("The Branton City Council", "ORG")],
            {"Branton": "Branton"},
        ),
        (  # ... but not merely bigger: "City" stays
            "The Merrick City Council met on Monday.",
            [("The Merrick City Council", "ORG")],
            {"Merrick City": "Merrick City"},
        ),
        (  # "Calloway City" names the same town: the longer name, not the province
            "The Calloway City Council met on Monday.",
            [("The Calloway City Council", "ORG")],
            {"Calloway City": "Calloway"},
        ),
    ],
)
def test_city_forms_of_body_names(
    blank: Language,
    component: PlacesComponent,
    text: str,
    ents: list[tuple[str, str]],
    expected: dict[str, str],
) -> None:
    assert mentions(component, make_doc(blank, text, ents)) == expected

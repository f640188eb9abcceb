"""Places opening the names of local bodies, and streets placed at their town, on hand-made
Docs with an in-memory gazetteer."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.nlp.places.conftest import make_doc, mentions

from eventwire.nlp.places.component import PlacesComponent
from eventwire.nlp.places.gazetteer import GazEntry, MemoryGazetteer

TITUS = GazEntry(1, "Titus County", 33.2, -94.97, "USA", "Texas", "ADM2", 0, "admin2")
HUNTSVILLE = GazEntry(2, "Huntsville", 30.72, -95.55, "USA", "Texas", "PPL", 40_000, "city")
HAMLET = GazEntry(3, "Brook", 40.0, -80.0, "USA", "Ohio", "PPL", 600, "city")
JUSTICE = GazEntry(5, "Justice", 41.74, -87.84, "USA", "Illinois", "PPL", 12_000, "city")
TEXAS = GazEntry(4, "Texas", 31.2, -99.3, "USA", "Texas", "ADM1", 22_000_000, "admin1")
GAZ = MemoryGazetteer([TITUS, HUNTSVILLE, HAMLET, TEXAS, JUSTICE])


@pytest.fixture(scope="module")
def component() -> PlacesComponent:
    return PlacesComponent(gazetteer=GAZ)


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "Deputies of the Titus County Sheriff's Office made the arrest.",
            [("Titus County Sheriff's Office", "FAC")],
            {"Titus County": "Titus County"},
        ),
        (
            "The Huntsville Fire Chief spoke.",
            [("Huntsville Fire Chief", "PERSON")],
            {"Huntsville": "Huntsville"},
        ),
        (
            "The Huntsville Police Department said so.",
            [("Huntsville Police Department", "ORG")],
            {"Huntsville": "Huntsville"},
        ),
        (  # a county office: its clerk, auditor, coroner...
            "The Titus County Clerk of Court resigned.",
            [("The Titus County Clerk of", "GPE")],
            {"Titus County": "Titus County"},
        ),
        (
            "He called the Titus County Coroner's office.",
            [("Titus County Coroner's", "ORG")],
            {"Titus County": "Titus County"},
        ),
        (  # a hamlet is too small to give a body its name
            "The Brook Memorial Hospital opened.",
            [("Brook Memorial Hospital", "ORG")],
            {},
        ),
        (  # a government's portfolio, not the town of that name
            "The Justice Department said it would appeal.",
            [("The Justice Department", "ORG")],
            {},
        ),
        (  # no body word: an organisation named after no place
            "The Huntsville Rockets won.",
            [("Huntsville Rockets", "ORG")],
            {},
        ),
    ],
)
def test_bodies_name_their_place(
    blank: Language,
    component: PlacesComponent,
    text: str,
    ents: list[tuple[str, str]],
    expected: dict[str, str],
) -> None:
    assert mentions(component, make_doc(blank, text, ents)) == expected


def test_streets_placed_at_their_town(blank: Language, component: PlacesComponent) -> None:
    text = "A car hit a pole on Oak Street. Huntsville police came."
    doc = make_doc(blank, text, [("Huntsville", "GPE")])
    places = {p.name: p for p in component(doc)._.ew_places}
    street = places["Oak Street"]
    assert street.precision == "sublocal"
    assert (street.lat, street.lon) == (HUNTSVILLE.lat, HUNTSVILLE.lon)


def test_streets_without_a_town_are_dropped(blank: Language, component: PlacesComponent) -> None:
    assert mentions(component, make_doc(blank, "A car hit a pole on Oak Street.", [])) == {}


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("John Smith, 30, of Huntsville, was charged in Texas.", []),
        ("Sen. Bob Lee, R-Huntsville, in Texas.", []),
        ("Jane Roe of Huntsville won the Texas title.", [("Jane Roe", "PERSON")]),
        ("Ann Lee, 41, from Huntsville, was fined in Texas.", []),
    ],
)
def test_scan_takes_home_towns(
    blank: Language, component: PlacesComponent, text: str, ents: list[tuple[str, str]]
) -> None:
    ents = [*ents, ("Texas", "GPE")]
    doc = make_doc(blank, text, ents)
    assert mentions(component, doc).get("Huntsville") == "Huntsville"


def test_scan_of_after_no_person_is_no_home(blank: Language, component: PlacesComponent) -> None:
    doc = make_doc(blank, "Shares of Huntsville Holdings rose in Texas.", [("Texas", "GPE")])
    assert "Huntsville" not in mentions(component, doc)


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("A truck overturned, Huntsville police said in Texas.", True),
        ("The Huntsville mayor signed it in Texas.", True),
        ("Huntsville public pools opened in Texas.", False),  # no local body in lower case
    ],
)
def test_scan_takes_a_town_before_its_police_in_lower_case(
    blank: Language, component: PlacesComponent, text: str, taken: bool
) -> None:
    doc = make_doc(blank, text, [("Texas", "GPE")])
    assert ("Huntsville" in mentions(component, doc)) == taken

"""A subdivision word after a town's name names the subdivision called after the town ("the
Dravik region" is the province Dravivska, not its chief town), when the gazetteer files the
subdivision under another form of the name."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.nlp.places.conftest import make_doc

from eventwire.nlp.places.component import PlacesComponent
from eventwire.nlp.places.gazetteer import GazEntry, MemoryGazetteer
from eventwire.nlp.places.kinds import named_unit, unit_word

_GID = iter(range(42_000, 43_000))


def _e(name: str, kind: str, pop: int, code: str, admin1: str) -> GazEntry:
    return GazEntry(next(_GID), name, 48.0, 30.0, "OST", admin1, code, pop, kind)  # type: ignore[arg-type]


# a big town whose province is filed under the adjective form of its name
DRAVIK = _e("Dravik", "city", 900_000, "PPL", "Dravivska")
DRAVIVSKA = _e("Dravivska", "admin1", 400_000, "ADM1", "Dravivska")
# a province filed under its name and unit word ("Selm Governorate")
SELM = _e("Selm", "city", 150_000, "PPLA", "Selm Governorate")
SELM_GOV = _e("Selm Governorate", "admin1", 300_000, "ADM1", "Selm Governorate")
# a town lying in a province of another name
KORLIN = _e("Korlin", "city", 200_000, "PPL", "Morvany")
MORVANY = _e("Morvany", "admin1", 800_000, "ADM1", "Morvany")
# the national capital: "the Harbel region" is around it
HARBEL = _e("Harbel", "city", 3_000_000, "PPLC", "Harbelska")
HARBELSKA = _e("Harbelska", "admin1", 700_000, "ADM1", "Harbelska")

# a town named after its province and a town whose name the province's merely opens
OSTAVA_CITY = _e("Ostava City", "city", 600_000, "PPLA", "Ostava")
OSTAVA = _e("Ostava", "admin1", 2_000_000, "ADM1", "Ostava")
BREN = _e("Bren", "city", 500_000, "PPLA", "Bren and Tolsk")
BREN_TOLSK = _e("Bren and Tolsk", "admin1", 3_000_000, "ADM1", "Bren and Tolsk")

GAZ = MemoryGazetteer(
    [DRAVIK, DRAVIVSKA, SELM, SELM_GOV, KORLIN, MORVANY, HARBEL, HARBELSKA]
    + [OSTAVA_CITY, OSTAVA, BREN, BREN_TOLSK]
)


@pytest.fixture(scope="module")
def component() -> PlacesComponent:
    return PlacesComponent(gazetteer=GAZ)


def _named(
    component: PlacesComponent, nlp: Language, text: str, ents: list[tuple[str, str]]
) -> list[tuple[str, str | None]]:
    return [(p.name, p.feature_code) for p in component(make_doc(nlp, text, ents))._.ew_places]


@pytest.mark.parametrize(
    ("text", "ents", "named"),
    [
        ("Shells fell across the Dravik region overnight.", [("Dravik", "GPE")], "Dravivska"),
        ("Troops withdrew from Dravik province.", [("Dravik province", "GPE")], "Dravivska"),
        ("Drones struck the Dravik oblast.", [("Dravik", "GPE")], "Dravivska"),
        ("Drones struck Dravik Oblast at dawn.", [("Dravik Oblast", "ORG")], "Dravivska"),
        ("Air raids hit Selm governorate.", [("Selm", "GPE")], "Selm Governorate"),
    ],
)
def test_a_subdivision_word_names_the_unit_called_after_the_town(
    blank: Language, component: PlacesComponent, text: str, ents: list[tuple[str, str]], named: str
) -> None:
    assert _named(component, blank, text, ents) == [(named, "ADM1")]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Shells fell on Dravik overnight.", ("Dravik", "PPL")),  # no word: the town
        ("Shells fell on the city of Dravik.", ("Dravik", "PPL")),
        ("Floods hit the Korlin region.", ("Korlin", "PPL")),  # its unit bears another name
        # the province's name opens the town's, or the town's opens a joint province's
        ("Storms hit the Ostava City region.", ("Ostava City", "PPLA")),
        ("Militants were killed in Bren district.", ("Bren", "PPLA")),
        # a district with a name of its own lies in the town after "of"
        ("Shells hit the Vorsky district of Dravik.", ("Dravik", "PPL")),
    ],
)
def test_the_town_stays_without_a_unit_called_after_it(
    blank: Language, component: PlacesComponent, text: str, named: tuple[str, str]
) -> None:
    name = named[0]
    assert _named(component, blank, text, [(name, "GPE")]) == [named]


def test_a_national_capitals_region_stays_the_capital(
    blank: Language, component: PlacesComponent
) -> None:
    text = "Power cuts spread across the Harbel region."
    assert _named(component, blank, text, [("Harbel", "GPE")]) == [("Harbel", "PPLC")]


def test_only_the_mention_with_the_word_is_the_unit(
    blank: Language, component: PlacesComponent
) -> None:
    """ "The Dravik region ... Dravik itself": the region, then its town."""
    text = "Shells fell across the Dravik region, and Dravik itself lost power."
    named = _named(component, blank, text, [("Dravik", "GPE"), ("Dravik", "GPE")])
    assert named == [("Dravivska", "ADM1"), ("Dravik", "PPL")]


def test_named_unit_needs_a_shared_stem_and_a_subdivision_word() -> None:
    def lookup(name: str) -> list[GazEntry]:
        return GAZ.candidates(name)

    admin = frozenset({"admin1", "admin2"})
    assert named_unit([DRAVIK], "dravik", admin, lookup) == "dravivska"
    assert named_unit([DRAVIK], "dravik", frozenset({"city"}), lookup) is None
    assert named_unit([DRAVIK], "dravik", None, lookup) is None
    assert named_unit([KORLIN], "korlin", admin, lookup) is None
    assert named_unit([HARBEL], "harbel", admin, lookup) is None


@pytest.mark.parametrize(
    ("word", "unit"),
    [("province", True), ("Oblast", True), ("region", True), ("city", False), ("City", False)]
    + [("Province", True), ("PROVINCE", False), ("said", False)]
    # lower-case "state" is a unit word; "Sokoto State" is a unit form, read by units.py
    + [("state", True), ("State", False)],
)
def test_unit_word(word: str, unit: bool) -> None:
    assert unit_word(word) is unit


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        (
            "Shelling hit the Dravik and Selm regions overnight.",
            [("Dravik", "GPE"), ("Selm", "GPE")],
        ),
        ("Farms in the Selm and Dravik provinces flooded.", [("Selm", "GPE"), ("Dravik", "GPE")]),
    ],
)
def test_a_plural_subdivision_word_names_every_unit_of_the_list(
    blank: Language, component: PlacesComponent, text: str, ents: list[tuple[str, str]]
) -> None:
    # regression: "the Donetsk and Luhansk regions" named two towns, not two provinces
    assert sorted(_named(component, blank, text, ents)) == [
        ("Dravivska", "ADM1"),
        ("Selm Governorate", "ADM1"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Dravik and Selm regional officials met.",  # an adjective, no plural unit word
        "Dravik and Selm residents fled.",  # a plural noun that is no unit word
        "Officials of Dravik and regions near Selm came.",  # "and" then no name: no list
    ],
)
def test_a_plural_word_after_other_words_says_nothing_of_the_name(
    blank: Language, component: PlacesComponent, text: str
) -> None:
    named = _named(component, blank, text, [("Dravik", "GPE"), ("Selm", "GPE")])
    assert ("Dravik", "PPL") in named

"""Words around a name that say what it is: a feature word chooses among same-named places
("the city of X", "the X region"), a place noun after a name the NER missed makes it a place
("the X refugee camp"), and a broadcaster's opening words make the name after them none
("Radio Free X")."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.nlp.places.conftest import make_doc

from eventwire.nlp.places.component import PlacesComponent
from eventwire.nlp.places.gazetteer import GazEntry, MemoryGazetteer
from eventwire.nlp.places.kinds import of_kinds
from eventwire.records import Place

_GID = iter(range(40_000, 41_000))


def _e(name: str, kind: str, iso3: str, pop: int, code: str, admin1: str) -> GazEntry:
    return GazEntry(next(_GID), name, 10.0, 20.0, iso3, admin1, code, pop, kind)  # type: ignore[arg-type]


OSTLAND = _e("Ostland", "country", "OST", 9_000_000, "PCLI", "")
# a province whose (summed) population and kind outweigh its capital town's
VARNOK_PROVINCE = _e("Varnok", "admin1", "OST", 900_000, "ADM1", "Varnok")
VARNOK_TOWN = _e("Varnok", "city", "OST", 300_000, "PPL", "Varnok")
# a province filed under its full name, whose capital is far bigger than it
TESSLIN_OBLAST = _e("Tesslin Oblast", "admin1", "OST", 20_000, "ADM1", "Tesslin Oblast")
TESSLIN_TOWN = _e("Tesslin", "city", "OST", 1_200_000, "PPL", "Tesslin Oblast")
# a capital that shares its name with a state of its country
HARBEN = _e("Harben", "city", "OST", 700_000, "PPLC", "Harben Capital District")
HARBEN_STATE = _e("Harben", "admin1", "OST", 5_000_000, "ADM1", "Harben")
BELMARI = _e("Bel Marayat", "city", "OST", 30_000, "PPL", "Varnok")

GAZ = MemoryGazetteer(
    [OSTLAND, VARNOK_PROVINCE, VARNOK_TOWN, TESSLIN_OBLAST, TESSLIN_TOWN, HARBEN, HARBEN_STATE]
    + [BELMARI],
    aliases=[("Tesslin", TESSLIN_OBLAST), ("Belmari", BELMARI)],
)


@pytest.fixture(scope="module")
def component() -> PlacesComponent:
    return PlacesComponent(gazetteer=GAZ)


def _places(
    component: PlacesComponent, nlp: Language, text: str, ents: list[tuple[str, str]]
) -> list[Place]:
    return list(component(make_doc(nlp, text, ents))._.ew_places)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Two blasts shook the southern city of Varnok on Friday.", "PPL"),
        ("Floods cut roads in the town of Varnok.", "PPL"),
        ("Floods cut roads across Varnok province.", "ADM1"),
        ("Floods cut roads across the Varnok region.", "ADM1"),
        ("Floods cut roads in Varnok.", "ADM1"),  # no feature word: the usual choice
    ],
)
def test_a_feature_word_chooses_the_kind_of_a_name(
    blank: Language, component: PlacesComponent, text: str, code: str
) -> None:
    places = _places(component, blank, text, [("Varnok", "GPE")])
    assert [(p.name, p.feature_code) for p in places] == [("Varnok", code)]


@pytest.mark.parametrize(
    "text",
    ["Dorsk is the capital city of Varnok.", "Dorsk, the second town of Varnok, flooded."],
)
def test_a_partitive_of_names_what_the_town_lies_in(
    blank: Language, component: PlacesComponent, text: str
) -> None:
    """ "The capital city of Varnok" is a town of the province, not the town Varnok."""
    places = _places(component, blank, text, [("Varnok", "GPE")])
    assert [p.feature_code for p in places] == ["ADM1"]


@pytest.mark.parametrize(
    "text", ["Floods hit the Varnok town of Dorsk.", "Floods hit Varnok town roads."]
)
def test_a_feature_word_not_ending_its_phrase_says_nothing(
    blank: Language, component: PlacesComponent, text: str
) -> None:
    """ "The Varnok town of Dorsk" lies in the province; "Varnok town roads" may be either."""
    doc = make_doc(blank, text, [("Varnok", "GPE")])
    doc[4].pos_ = "NOUN"  # "roads" (no matter for "of")
    assert [p.feature_code for p in component(doc)._.ew_places] == ["ADM1"]


def test_a_superlative_before_the_feature_word_is_partitive(
    blank: Language, component: PlacesComponent
) -> None:
    doc = make_doc(blank, "Dorsk is the largest city of Varnok.", [("Varnok", "GPE")])
    doc[3].tag_ = "JJS"  # "largest", as the tagger reads it
    assert [p.feature_code for p in component(doc)._.ew_places] == ["ADM1"]


def test_region_word_finds_a_subdivision_filed_under_its_full_name(
    blank: Language, component: PlacesComponent
) -> None:
    """ "Ostland's Tesslin region" is the oblast, not its bigger capital."""
    text = "Drones hit a depot in Ostland's Tesslin region overnight."
    places = _places(component, blank, text, [("Ostland", "GPE"), ("Tesslin", "GPE")])
    assert [p.name for p in places] == ["Ostland", "Tesslin Oblast"]


def test_a_name_called_two_kinds_of_place_is_left_to_the_usual_choice(
    blank: Language, component: PlacesComponent
) -> None:
    text = "Rain fell across Varnok province. In the city of Varnok streets flooded."
    places = _places(component, blank, text, [("Varnok", "GPE"), ("Varnok", "GPE")])
    assert [p.feature_code for p in places] == ["ADM1"]


def test_a_capitals_region_is_around_the_capital(
    blank: Language, component: PlacesComponent
) -> None:
    """ "The Harben region" of a capital keeps the capital: a state of its name does not win
    for the word "region"."""
    text = "Traffic jams grew across the Harben region this year."
    places = _places(component, blank, text, [("Harben", "GPE")])
    assert [p.feature_code for p in places] == ["PPLC"]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Ballots were recounted across the state of Harben on Monday.", None),
        ("Ballots were recounted across Harben state on Monday.", None),
        ("Harben state officials recounted the ballots.", 2),  # a noun after the word
    ],
)
def test_the_word_state_names_the_state_not_the_capital(
    blank: Language, component: PlacesComponent, text: str, noun: int | None
) -> None:
    """ "State" names first-level units alone: "Harben state" and "the state of Harben" are
    the state, though a capital bears the name too and "the Harben region" would be it."""
    doc = make_doc(blank, text, [("Harben", "GPE")])
    if noun is not None:
        doc[noun].pos_ = "NOUN"  # "officials", as the tagger reads it
    assert [p.feature_code for p in component(doc)._.ew_places] == ["ADM1"]


def test_the_word_state_keeps_a_country_of_the_name() -> None:
    """ "Ostland state oil company": the country's firm; "state" there is the government's
    word, so a country keeps its place among the readings."""
    region = _e("Ostland", "admin1", "OST", 400_000, "ADM1", "Ostland")
    state = frozenset({"admin1"})
    assert of_kinds([OSTLAND, region], state) == [OSTLAND, region]
    assert of_kinds([HARBEN, HARBEN_STATE], state) == [HARBEN_STATE]


def test_no_candidate_of_the_kind_keeps_them_all() -> None:
    assert of_kinds([VARNOK_TOWN], frozenset({"admin1"})) == [VARNOK_TOWN]
    assert of_kinds([VARNOK_TOWN, VARNOK_PROVINCE], None) == [VARNOK_TOWN, VARNOK_PROVINCE]


def test_a_feature_word_never_moves_a_name_abroad() -> None:
    """ "The town of Varnok": Ostland's province of the name stays where only a foreign town
    bears it; a town of Ostland would have ruled it out."""
    abroad = _e("Varnok", "city", "ZED", 2_000, "PPL", "Zed North")
    town = frozenset({"city"})
    assert of_kinds([VARNOK_PROVINCE, abroad], town) == [VARNOK_PROVINCE, abroad]
    assert of_kinds([VARNOK_PROVINCE, VARNOK_TOWN, abroad], town) == [VARNOK_TOWN, abroad]


@pytest.mark.parametrize(
    "text",
    ["An air strike hit the Belmari refugee camp at dawn.", "A quake shook the Belmari district."],
)
def test_a_place_noun_after_a_name_the_ner_missed_makes_it_a_place(
    blank: Language, component: PlacesComponent, text: str
) -> None:
    places = _places(component, blank, text, [("Belmari", "ORG")])
    assert [p.name for p in places] == ["Bel Marayat"]


def test_a_name_before_another_noun_is_not_taken(
    blank: Language, component: PlacesComponent
) -> None:
    places = _places(
        component, blank, "The Belmari camp said it would appeal.", [("Belmari", "ORG")]
    )
    assert places == []


def test_a_place_noun_opening_a_compound_is_no_tail(
    blank: Language, component: PlacesComponent
) -> None:
    """ "the Belmari town hall": "town" opens a compound noun, which a body may be named by."""
    doc = make_doc(blank, "Voters packed the Belmari town hall meeting.", [("Belmari", "ORG")])
    doc[5].pos_ = "NOUN"  # "hall", as the tagger reads it
    assert list(component(doc)._.ew_places) == []


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("Her employer Radio Free Ostland said she was innocent.", [("Radio Free Ostland", "ORG")]),
        ("Voice of Ostland reported the verdict.", [("Voice of Ostland", "ORG")]),
        ("Radio Ostland said the vote was fair.", [("Ostland", "GPE")]),
        ("Radio-Television Ostland said the vote was fair.", [("Ostland", "GPE")]),
    ],
)
def test_a_broadcasters_name_is_no_place(
    blank: Language, component: PlacesComponent, text: str, ents: list[tuple[str, str]]
) -> None:
    assert _places(component, blank, text, ents) == []


def test_the_place_named_outside_the_broadcasters_name_stays(
    blank: Language, component: PlacesComponent
) -> None:
    text = "Radio Free Ostland said troops entered Ostland."
    places = _places(component, blank, text, [("Radio Free Ostland", "ORG"), ("Ostland", "GPE")])
    assert [(p.name, [m.text for m in p.mentions]) for p in places] == [("Ostland", ["Ostland"])]

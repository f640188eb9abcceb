"""eventwire_place_demonyms: nationality words listed under their country, never as places."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from tests.nlp.places.conftest import make_doc

from eventwire.nlp.places.demonyms import PlaceDemonymsComponent, demonym_spans
from eventwire.nlp.places.gazetteer import GazEntry, MemoryGazetteer
from eventwire.nlp.places.tables import load_demonyms
from eventwire.records import Place, Span

TURKEY = GazEntry(298795, "Turkey", 39.0, 35.0, "TUR", None, "PCLI", 80_000_000, "country")
SYRIA = GazEntry(163843, "Syria", 35.0, 38.0, "SYR", None, "PCLI", 20_000_000, "country")
EUROPE = GazEntry(6255148, "Europe", 48.7, 9.1, None, None, "CONT", 0, "continent")
UK = GazEntry(2635167, "United Kingdom", 54.0, -2.0, "GBR", None, "PCLI", 66_000_000, "country")
ENGLAND = GazEntry(6269131, "England", 52.7, -1.8, "GBR", "England", "ADM1", 56_000_000, "admin1")
GAZ = MemoryGazetteer([TURKEY, SYRIA, EUROPE, UK, ENGLAND])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish troops crossed.", [("TUR", "Turkish")]),
        ("Two South Koreans and a Syrian", [("KOR", "South Koreans"), ("SYR", "Syrian")]),
        ("Kurdish fighters and Arab tribes", []),  # tied to no one country
        ("a turkish delight", []),  # lower case: not a nationality word
        # a nationality word that names a thing is no context for the nation
        ("The Spanish flu and a German shepherd", []),
        ("Spanish troops and Spanish flu", [("ESP", "Spanish")]),
    ],
)
def test_place_demonyms_spans_longest_first(
    blank: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    names = {k: v for k, v in load_demonyms().items() if v}
    found = [(code, span.text) for code, span in demonym_spans(blank(text), names)]
    assert found == expected


def test_place_demonyms_join_the_named_country_without_becoming_mentions(
    blank: Language,
) -> None:
    doc = blank("Turkish jets struck Syria.")
    syria = Place("p1", "Syria", 163843, 35.0, 38.0, "SYR", None, "PCLI", "country")
    syria.mentions.append(Span("Syria", 20, 25))
    doc._.ew_places = [syria]
    PlaceDemonymsComponent(gazetteer=GAZ)(doc)
    [_, turkey] = doc._.ew_places
    assert (turkey.id, turkey.name, turkey.country, turkey.precision) == (
        "p2",
        "Turkey",
        "TUR",
        "country",
    )
    assert turkey.mentions == []
    assert turkey.demonym_mentions == [Span("Turkish", 0, 7)]
    assert syria.demonym_mentions == []


def test_place_demonyms_add_to_an_existing_country_and_regions(blank: Language) -> None:
    doc = blank("Syria said Syrian and European envoys met.")
    syria = Place("p1", "Syria", 163843, 35.0, 38.0, "SYR", None, "PCLI", "country")
    syria.mentions.append(Span("Syria", 0, 5))
    doc._.ew_places = [syria]
    PlaceDemonymsComponent(gazetteer=GAZ)(doc)
    assert [p.name for p in doc._.ew_places] == ["Syria", "Europe"]
    assert syria.demonym_mentions == [Span("Syrian", 11, 17)]
    assert doc._.ew_places[1].demonym_mentions == [Span("European", 22, 30)]


def test_place_demonyms_never_locate_events(run_text: Any) -> None:
    result = run_text("Turkish soldiers shelled a village near Aleppo on Monday.")
    turkey = next(p for p in result.places if p.country == "TUR")
    assert [m.text for m in turkey.demonym_mentions] == ["Turkish"]
    assert turkey.mentions == []
    assert all(e.place != turkey.id for e in result.events)


def test_place_demonyms_factory_is_registered(blank: Language) -> None:
    import eventwire.nlp.places.demonyms  # noqa: F401

    assert blank.has_factory("eventwire_place_demonyms")


@pytest.mark.parametrize(
    "text",
    [
        "Storms hit British Columbia and the Indian Ocean coast.",  # words of place names
        "African American voters turned out early.",  # no one place's people
        "He reached the North Pole.",
    ],
)
def test_place_demonyms_not_inside_place_names_or_mixed_groups(run_text: Any, text: str) -> None:
    assert not [m for p in run_text(text).places for m in p.demonym_mentions]


def test_place_demonyms_runs_alone_on_a_doc_without_places(blank: Language) -> None:
    doc = PlaceDemonymsComponent(gazetteer=GAZ)(blank("Turkish jets flew."))
    assert [p.name for p in doc._.ew_places] == ["Turkey"]


@pytest.mark.parametrize(
    ("text", "named", "word"),
    [
        ("Ohio drills sirens to prepare Ohioans for storms.", "Ohio", "Ohioans"),
        ("A blast in Abkhazia hurt two Abkhaz guards.", "Abkhazia", "Abkhaz"),
        ("New York voted; New Yorkers were split.", "New York", "New Yorkers"),
    ],
)
def test_place_demonyms_formed_from_a_named_place(
    blank: Language, text: str, named: str, word: str
) -> None:
    doc = blank(text)
    place = Place("p1", named, 1, 40.0, -83.0, "USA", named, "ADM1", "admin1")
    place.mentions.append(Span(named, text.index(named), text.index(named) + len(named)))
    doc._.ew_places = [place]
    PlaceDemonymsComponent(gazetteer=GAZ)(doc)
    start = text.rindex(word)
    assert place.demonym_mentions == [Span(word, start, start + len(word))]


def test_place_demonyms_formed_only_for_places_the_article_names(blank: Language) -> None:
    doc = blank("Ohioans braced for storms.")
    doc._.ew_places = []
    PlaceDemonymsComponent(gazetteer=GAZ)(doc)
    assert doc._.ew_places == []


@pytest.mark.parametrize("label", ["GPE", "PERSON"])
def test_place_demonyms_a_demonym_the_ner_labelled_alone(blank: Language, label: str) -> None:
    doc = make_doc(blank, "Turkish courts jailed him.", [("Turkish", label)])
    PlaceDemonymsComponent(gazetteer=GAZ)(doc)
    [turkey] = doc._.ew_places
    assert turkey.demonym_mentions == [Span("Turkish", 0, 7)]


def test_place_demonyms_not_inside_a_person_name(blank: Language) -> None:
    doc = make_doc(blank, "Ann Turkish spoke.", [("Ann Turkish", "PERSON")])
    PlaceDemonymsComponent(gazetteer=GAZ)(doc)
    assert doc._.ew_places == []


def test_place_demonyms_a_nations_word_names_the_nation(blank: Language) -> None:
    doc = PlaceDemonymsComponent(gazetteer=GAZ)(blank("English fans and British police met."))
    assert [(p.name, [m.text for m in p.demonym_mentions]) for p in doc._.ew_places] == [
        ("England", ["English"]),
        ("United Kingdom", ["British"]),
    ]


def test_place_demonyms_formed_from_an_unlisted_place(blank: Language) -> None:
    """A place no gazetteer lists, placed at the article's town ("sublocal"), lends its
    people's word too: "Kanelian" fighters of Kanelia."""
    text = "Shelling hit Kanelia again; Kanelian fighters said."
    doc = blank(text)
    place = Place("p1", "Kanelia", None, 42.0, 44.0, None, None, None, "sublocal")
    place.mentions.append(Span("Kanelia", 13, 20))
    doc._.ew_places = [place]
    PlaceDemonymsComponent(gazetteer=GAZ)(doc)
    start = text.index("Kanelian")
    assert place.demonym_mentions == [Span("Kanelian", start, start + len("Kanelian"))]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Congolese army said it had repelled an attack near Goma.", "COD"),
        ("The Republic of Congo held elections. The Congolese president won a new term.", "COG"),
    ],
)
def test_place_demonyms_of_two_countries_name_the_one_told(
    run_text: Any, text: str, country: str
) -> None:
    result = run_text(text)
    [place] = [p for p in result.places if p.demonym_mentions]
    assert place.country == country


def test_place_demonyms_of_two_countries_follow_a_town_told(run_text: Any) -> None:
    result = run_text("Congolese police in Brazzaville arrested ten people on Monday.")
    assert {p.country for p in result.places} == {"COG"}


@pytest.mark.parametrize(
    "text",
    [
        "Separatist fighters attacked a village in the English-speaking Northwest region.",
        "French speakers in the region protested on Monday.",
    ],
)
def test_place_demonyms_a_language_names_no_country(run_text: Any, text: str) -> None:
    countries = {p.country for p in run_text(text).places}
    assert not countries & {"GBR", "FRA"}

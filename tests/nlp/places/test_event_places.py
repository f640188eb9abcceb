"""eventwire_event_places: placeless events take the article's dominant place, widened."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from tests.nlp.places.built import place_at

from eventwire.nlp.places.event_places import EventPlacesComponent, coarse_entry
from eventwire.nlp.places.gazetteer import GazEntry, MemoryGazetteer
from eventwire.records import ArticleResult, Event, Place, Span

IRAQ = GazEntry(99237, "Iraq", 33.0, 43.7, "IRQ", None, "PCLI", 38_000_000, "country")
NINEVEH = GazEntry(None, "Nineveh", 36.2, 42.6, "IRQ", "Nineveh", "ADM1", 3_000_000, "admin1")
MOSUL = GazEntry(99072, "Mosul", 36.34, 43.13, "IRQ", "Nineveh", "PPLA", 1_700_000, "city")
GAZ = MemoryGazetteer([IRAQ, NINEVEH, MOSUL])


def _event(eid: str, place: str | None) -> Event:
    span = Span("x", 0, 1)
    return Event(eid, "ASSAULT", span, span, place=place)


def _place(pid: str, entry: GazEntry, precision: str, n: int) -> Place:
    mentions = [Span(entry.name, 10 * i, 10 * i + len(entry.name)) for i in range(n)]
    return place_at(pid, entry, precision, mentions)


def _doc(blank: Language, places: list[Place], events: list[Event]) -> Doc:
    doc = blank("Fighting went on.")
    doc._.ew_places, doc._.ew_events = places, events
    return doc


def test_event_places_placeless_event_takes_the_admin1_of_a_dominant_city(
    blank: Language,
) -> None:
    places = [_place("p1", MOSUL, "city", 3), _place("p2", IRAQ, "country", 1)]
    events = [_event("e1", None), _event("e2", "p1")]
    doc = EventPlacesComponent(gazetteer=GAZ)(_doc(blank, places, events))
    added = doc._.ew_places[-1]
    assert (added.id, added.name, added.precision, added.mentions) == (
        "p3",
        "Nineveh",
        "admin1",
        [],
    )
    assert (events[0].place, events[0].place_inferred) == ("p3", True)
    assert (events[1].place, events[1].place_inferred) == ("p1", False)  # named: left alone


@pytest.mark.parametrize(
    ("places", "expected"),
    [
        ([_place("p1", IRAQ, "country", 2)], "p1"),  # already coarse: used as it is
        ([_place("p1", NINEVEH, "admin1", 2), _place("p2", IRAQ, "country", 1)], "p1"),
        # the widened place is named in the article: its own id, nothing added
        ([_place("p1", MOSUL, "city", 3), _place("p2", NINEVEH, "admin1", 1)], "p2"),
    ],
)
def test_event_places_reuses_a_coarse_place_of_the_article(
    blank: Language, places: list[Place], expected: str
) -> None:
    events = [_event("e1", None)]
    doc = EventPlacesComponent(gazetteer=GAZ)(_doc(blank, places, list(events)))
    assert len(doc._.ew_places) == len(places)
    assert (events[0].place, events[0].place_inferred) == (expected, True)


def test_event_places_no_place_in_the_article_leaves_events_alone(blank: Language) -> None:
    events = [_event("e1", None)]
    doc = EventPlacesComponent(gazetteer=GAZ)(_doc(blank, [], events))
    assert doc._.ew_places == [] and events[0].place is None and not events[0].place_inferred


@pytest.mark.parametrize(
    ("admin1", "expected"),
    [("Nineveh", NINEVEH), ("Atlantis", IRAQ), (None, IRAQ)],
)
def test_event_places_coarse_entry_falls_back_to_the_country(
    admin1: str | None, expected: GazEntry
) -> None:
    city = Place("p1", "Mosul", None, 36.3, 43.1, "IRQ", admin1, "PPL", "city")
    assert coarse_entry(GAZ, city) == expected
    assert coarse_entry(GAZ, Place("p2", "Nowhere", country=None)) is None


def test_event_places_factory_is_registered(blank: Language) -> None:
    nlp = spacy.blank("en")
    assert isinstance(nlp.add_pipe("eventwire_event_places"), EventPlacesComponent)


def test_event_places_seed_events_without_a_place_are_inferred(seed_result: ArticleResult) -> None:
    places = {p.id: p for p in seed_result.places}
    events = seed_result.events
    inferred = [e for e in events if e.place_inferred]
    assert inferred, "some seed events name no place"
    for event in events:
        assert event.place in places
        if event.place_inferred:  # widened, or a city standing for its subdivision ("Baghdad")
            place = places[event.place]
            stands = place.precision == "city" and (place.admin1 or "").startswith(place.name)
            assert place.precision in ("country", "admin1") or stands


def test_event_places_a_country_owning_an_act_is_not_the_articles_place(run_text: Any) -> None:
    result = run_text(
        "Government forces backed by US air strikes recaptured the hamlet of Qorwaale from the"
        " rebels on Tuesday."
    )
    names = {p.id: p.name for p in result.places}
    recapture = next(e for e in result.events if e.trigger.text == "recaptured")
    assert names.get(recapture.place or "") != "United States"


def test_event_places_a_city_naming_an_act_still_places_the_article(run_text: Any) -> None:
    result = run_text("The Nairobi protests entered a third day. Police fired tear gas.")
    names = {p.id: p.name for p in result.places}
    tear_gas = next(e for e in result.events if e.trigger.text == "fired")
    assert "Nairobi" in names.get(tear_gas.place or "", "")


TURKEY = GazEntry(298795, "Turkey", 39.0, 35.0, "TUR", None, "PCLI", 82_000_000, "country")
ANKARA_PROVINCE = GazEntry(
    None, "Ankara", 39.75, 32.64, "TUR", "Ankara", "ADM1", 5_000_000, "admin1"
)
ANKARA = GazEntry(323786, "Ankara", 39.92, 32.85, "TUR", "Ankara", "PPLC", 3_500_000, "city")


def test_event_places_a_city_named_as_its_province_stands_for_it(blank: Language) -> None:
    """A story datelined in Ankara: its placeless events are at Ankara, not at a second
    Ankara (the province) that nothing in the text names."""
    gaz = MemoryGazetteer([TURKEY, ANKARA_PROVINCE, ANKARA])
    places = [_place("p1", ANKARA, "city", 2), _place("p2", TURKEY, "country", 1)]
    events = [_event("e1", None)]
    doc = EventPlacesComponent(gazetteer=gaz)(_doc(blank, places, events))
    assert len(doc._.ew_places) == 2
    assert (events[0].place, events[0].place_inferred) == ("p1", True)


KENYA = GazEntry(192950, "Kenya", 0.5, 38.0, "KEN", None, "PCLI", 53_000_000, "country")
NAIROBI_CITY = GazEntry(
    None, "Nairobi City", -1.29, 36.85, "KEN", "Nairobi City", "ADM1", 4_400_000, "admin1"
)
NAIROBI = GazEntry(
    184745, "Nairobi", -1.28, 36.82, "KEN", "Nairobi City", "PPLC", 4_400_000, "city"
)


def test_event_places_a_city_named_as_its_unit_but_for_a_unit_word_stands_for_it(
    blank: Language,
) -> None:
    """ "A court in Nairobi …": the placeless event is at Nairobi, not at a second record for
    the subdivision "Nairobi City" that the text never names."""
    gaz = MemoryGazetteer([KENYA, NAIROBI_CITY, NAIROBI])
    places = [_place("p1", NAIROBI, "city", 1)]
    events = [_event("e1", None)]
    doc = EventPlacesComponent(gazetteer=gaz)(_doc(blank, places, events))
    assert [p.name for p in doc._.ew_places] == ["Nairobi"]
    assert events[0].place == "p1"


def _at(pid: str, entry: GazEntry, precision: str, start: int) -> Place:
    place = _place(pid, entry, precision, 0)
    place.mentions.append(Span(entry.name, start, start + len(entry.name)))
    return place


@pytest.mark.parametrize(("sentence_end", "expected"), [(50, "p1"), (200, "p2")])
def test_event_places_a_tie_goes_to_a_place_named_before_the_event(
    blank: Language, sentence_end: int, expected: str
) -> None:
    """Two places named once each: an event whose sentence comes before the second is at the
    first, though the second is finer; one after both is at the finer (a city over a country)."""
    places = [_at("p1", IRAQ, "country", 0), _at("p2", MOSUL, "city", 100)]
    event = Event("e1", "ASSAULT", Span("x", 40, 41), Span("x", 30, sentence_end))
    EventPlacesComponent(gazetteer=GAZ)(_doc(blank, places, [event]))
    inferred = {"p1": "p1", "p2": "p3"}[expected]  # the city is widened to its province
    assert event.place == inferred


def test_event_places_a_later_unrelated_city_does_not_place_an_event(run_text: Any) -> None:
    result = run_text(
        "Dock workers in Mombasa downed tools on Tuesday over unpaid wages. The port authority "
        "raised the alert level after a fire. A court in Nairobi acquitted a former governor."
    )
    names = {p.id: p.name for p in result.places}
    raised = next(e for e in result.events if e.trigger.text == "raised")
    assert names.get(raised.place or "") == "Mombasa"
    assert sorted(names.values()) == ["Mombasa", "Nairobi"]  # one record per name


@pytest.mark.parametrize(
    "text",
    [
        "Fans of the Denver Broncos rioted after the game on Sunday.",
        "Supporters of the Boston Red Sox rioted after the game on Sunday night.",
    ],
)
def test_event_places_a_teams_city_places_no_event(run_text: Any, text: str) -> None:
    """The city in a team's name is a toponym (the gold sets count it), but nothing of the
    story happens there: where the story names no other place, only its state is inferred."""
    result = run_text(text)
    assert result.places, "the team's city stays a place"
    riot = next(e for e in result.events if e.trigger.text == "rioted")
    place = next(p for p in result.places if p.id == riot.place)
    assert (place.precision, riot.place_inferred) == ("admin1", True)


def test_event_places_a_teams_city_does_not_outweigh_the_storys_town(run_text: Any) -> None:
    result = run_text(
        "Fans of the Denver Broncos rioted after the game. Police arrested 12 people in Boulder "
        "on Sunday."
    )
    names = {p.id: p.name for p in result.places}
    riot = next(e for e in result.events if e.trigger.text == "rioted")
    assert names.get(riot.place or "") == "Colorado"  # Boulder's state, not Denver's


def test_event_places_a_neighbourhood_is_widened_to_the_city_that_stands_for_its_unit(
    blank: Language,
) -> None:
    """ "Residents of Kibera, a Nairobi slum, …": the placeless event is at Nairobi, not at the
    subdivision "Nairobi City" that Kibera lies in."""
    gaz = MemoryGazetteer([KENYA, NAIROBI_CITY, NAIROBI])
    kibera = Place("p1", "Kibera", None, -1.31, 36.79, "KEN", "Nairobi City", None, "sublocal")
    kibera.mentions.append(Span("Kibera", 0, 6))
    places = [kibera, _at("p2", NAIROBI, "city", 100)]
    event = Event("e1", "ASSAULT", Span("x", 0, 1), Span("x", 0, 50))
    doc = EventPlacesComponent(gazetteer=gaz)(_doc(blank, places, [event]))
    assert [p.name for p in doc._.ew_places] == ["Kibera", "Nairobi"]
    assert event.place == "p2"

"""Cues and shapes of place names on hand-made Docs with an in-memory gazetteer: "-based" and
"and other towns" as scan evidence, abbreviations the NER ran into a person's name, names
joined by "and" that the NER cut, lakes and rivers named with the feature word first, unlisted
names that are numbers or common nouns, and scan finds that rest on the NER's label alone."""

from __future__ import annotations

from spacy.language import Language
from tests.nlp.places.conftest import make_doc

from eventwire.nlp.places.component import PlacesComponent
from eventwire.nlp.places.gazetteer import GazEntry, MemoryGazetteer
from eventwire.nlp.places.unlisted import no_toponym

_DALLAS = GazEntry(1, "Dallas", 32.78, -96.81, "USA", "Texas", "PPLA2", 1_300_000, "city")
_ORLEY = GazEntry(6, "Orley", 38.9, -77.3, "USA", "Virginia", "PPL", 2_500, "city")
_FRESNO = GazEntry(8, "Fresno", 36.75, -119.77, "USA", "California", "PPL", 520_000, "city")
_CALIFORNIA = GazEntry(
    None, "California", 37.2, -119.5, "USA", "California", "ADM1", 39_000_000, "admin1"
)
_TOBAGO = GazEntry(9, "Trinidad and Tobago", 11.0, -61.0, "TTO", None, "PCLI", 1_300_000, "country")
_TRINIDAD_TOWN = GazEntry(10, "Trinidad", 37.17, -104.5, "USA", "Colorado", "PPL", 8_000, "city")
_HUNTSVILLE = GazEntry(2, "Huntsville", 30.72, -95.55, "USA", "Texas", "PPL", 40_000, "city")
_BRISK = GazEntry(11, "Brisk", 50.1, 19.1, "POL", "Silesia", "PPL", 3_300, "city")
_FAITH = GazEntry(12, "Faith", 35.6, -80.4, "USA", "North Carolina", "PPL", 800, "city")
_JACKSON = GazEntry(13, "Jackson", 32.3, -90.2, "USA", "Mississippi", "PPLA", 150_000, "city")
_KASHMIR = GazEntry(14, "Jammu and Kashmir", 33.5, 75.0, "IND", None, "ADM1", 12_000_000, "admin1")
_LABRADOR = GazEntry(15, "Labrador", -27.9, 153.4, "AUS", "Queensland", "PPL", 15_000, "city")
_NEWFOUNDLAND = GazEntry(
    16, "Newfoundland and Labrador", 53.1, -57.7, "CAN", None, "ADM1", 520_000, "admin1"
)

GAZ = MemoryGazetteer(
    [
        *(_DALLAS, _ORLEY, _FRESNO, _CALIFORNIA, _TOBAGO, _TRINIDAD_TOWN, _HUNTSVILLE, _BRISK),
        *(_FAITH, _JACKSON, _KASHMIR, _LABRADOR, _NEWFOUNDLAND),
    ],
    aliases=[("Calif.", _CALIFORNIA)],
)


def _places(blank: Language, text: str, ents: list[tuple[str, str]]) -> dict[str, str]:
    """Mention text → the name of its place."""
    doc = PlacesComponent(gazetteer=GAZ)(make_doc(blank, text, ents))
    return {m.text: p.name for p in doc._.ew_places for m in p.mentions}


def test_based_names_where_a_firm_sits(blank: Language) -> None:
    text = "Dallas police said the Orley-based firm had closed its doors."
    assert _places(blank, text, [("Dallas", "GPE")]).get("Orley") == "Orley"
    text = "Dallas police said the Orley firm had closed its doors."
    assert "Orley" not in _places(blank, text, [("Dallas", "GPE")])


def test_and_other_towns_calls_a_name_a_town(blank: Language) -> None:
    text = "Dallas officials said storms hit Orley and other towns overnight."
    assert _places(blank, text, [("Dallas", "GPE")]).get("Orley") == "Orley"
    text = "Dallas officials said storms hit Orley overnight."
    assert "Orley" not in _places(blank, text, [("Dallas", "GPE")])


def test_an_abbreviation_run_into_a_name_is_no_person_word(blank: Language) -> None:
    # the NER ran the state's abbreviation into the next sentence's name
    text = "She was held near Fresno, Calif. Marlow said the case was closed."
    found = _places(blank, text, [("Fresno", "GPE"), ("Calif. Marlow", "PERSON")])
    assert found.get("Calif.") == "California"


def test_a_name_joined_by_and_is_widened_when_the_whole_is_a_country(blank: Language) -> None:
    text = "Exports from Trinidad and Tobago rose in March."
    assert _places(blank, text, [("Trinidad", "GPE")]) == {
        "Trinidad and Tobago": "Trinidad and Tobago"
    }
    text = "A ship under the flag of Trinidad and Tobago sank."
    found = _places(blank, text, [("Trinidad and", "GPE")])
    assert found == {"Trinidad and Tobago": "Trinidad and Tobago"}
    # "and" and a name that makes no country with it: the mention stays as the NER cut it
    text = "Buses run between Trinidad and Dallas every day."
    found = _places(blank, text, [("Trinidad", "GPE"), ("Dallas", "GPE")])
    assert found == {"Trinidad": "Trinidad", "Dallas": "Dallas"}


def test_a_lake_named_with_the_feature_word_first_is_a_place(blank: Language) -> None:
    text = "Huntsville anglers set out early. They fished Lake Marlow until noon."
    found = _places(blank, text, [("Huntsville", "GPE"), ("Lake Marlow", "LOC")])
    assert found.get("Lake Marlow") == "Lake Marlow"


def test_numbered_roads_and_common_nouns_are_not_placed(blank: Language) -> None:
    text = "Crews closed Route 128 near Huntsville after the crash."
    found = _places(blank, text, [("Route 128", "FAC"), ("Huntsville", "GPE")])
    assert set(found) == {"Huntsville"}
    text = "Families met at City Park in Huntsville on Sunday."
    found = _places(blank, text, [("City Park", "FAC"), ("Huntsville", "GPE")])
    assert set(found) == {"Huntsville"}
    # a name of its own next to the town is still placed there
    text = "Families met at Marlow Park in Huntsville on Sunday."
    found = _places(blank, text, [("Marlow Park", "FAC"), ("Huntsville", "GPE")])
    assert set(found) == {"Marlow Park", "Huntsville"}


def test_a_scan_find_resting_on_the_ner_label_is_no_evidence(blank: Language) -> None:
    # "Brisk" the store chain: the NER took it for a place once, the scan then took its other
    # mentions for that alone; nothing says anything happens in the Polish village.
    text = "Dallas shelters got money from Brisk stores, said Dana Brisk Lowe, its chairwoman."
    ents = [("Dallas", "GPE"), ("Brisk", "GPE"), ("Dana Brisk Lowe", "ORG")]
    assert set(_places(blank, text, ents)) == {"Dallas"}


def test_based_and_other_need_more_than_a_capitalised_word(blank: Language) -> None:
    # a sentence's first word is capitalised whatever it is ("Faith-based groups")
    text = "Faith-based groups in Dallas said they would open shelters."
    assert _places(blank, text, [("Dallas", "GPE")]) == {"Dallas": "Dallas"}
    # "other community leaders" are people, not towns
    text = "Mayor Brown, Jackson and other community leaders met in Dallas."
    assert _places(blank, text, [("Dallas", "GPE")]) == {"Dallas": "Dallas"}


def test_a_widened_name_leaves_no_mention_of_its_second_half(blank: Language) -> None:
    text = "Militants attacked a police post in Jammu and Kashmir on Friday."
    found = _places(blank, text, [("Jammu", "GPE"), ("Kashmir", "GPE")])
    assert found == {"Jammu and Kashmir": "Jammu and Kashmir"}
    text = "Flooding hit Newfoundland and Labrador on Monday."
    found = _places(blank, text, [("Newfoundland", "GPE"), ("Labrador", "GPE")])
    assert found == {"Newfoundland and Labrador": "Newfoundland and Labrador"}


def test_a_famous_mountain_is_no_place_of_the_articles_town(blank: Language) -> None:
    text = "Rescuers searched Mount Sinjar for days, officials in Dallas said."
    found = _places(blank, text, [("Mount Sinjar", "LOC"), ("Dallas", "GPE")])
    assert found == {"Dallas": "Dallas"}


def test_no_toponym_numbers_and_common_nouns_but_not_units() -> None:
    assert no_toponym("route 128") and no_toponym("exit 12")
    assert not no_toponym("district 9") and not no_toponym("camp 18")
    assert no_toponym("city park") and no_toponym("city hall") and no_toponym("town square")
    assert not no_toponym("center township") and not no_toponym("park district")
    assert not no_toponym("marlow park")


_LOS_ANGELES = GazEntry(
    17, "Los Angeles", 34.05, -118.24, "USA", "California", "PPLA2", 3_900_000, "city"
)
_SHORT_GAZ = MemoryGazetteer([_LOS_ANGELES, _DALLAS], aliases=[("LA", _LOS_ANGELES)])


def test_cues_a_short_word_in_a_longer_name_is_no_abbreviation(blank: Language) -> None:
    component = PlacesComponent(gazetteer=_SHORT_GAZ)
    doc = make_doc(
        blank, "Dallas fans watched La Liga games.", [("Dallas", "GPE"), ("La Liga", "GPE")]
    )
    assert "Los Angeles" not in {p.name for p in component(doc)._.ew_places}


def test_cues_an_abbreviation_in_a_longer_name_still_names_its_place(blank: Language) -> None:
    component = PlacesComponent(gazetteer=_SHORT_GAZ)
    doc = make_doc(
        blank, "Dallas fans watched LA Galaxy games.", [("Dallas", "GPE"), ("LA Galaxy", "GPE")]
    )
    names = {m.text: p.name for p in component(doc)._.ew_places for m in p.mentions}
    assert names.get("LA") == "Los Angeles"

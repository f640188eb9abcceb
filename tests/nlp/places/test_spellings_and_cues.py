"""A GeoNames transliteration spelt as news spells it is the place's own name; the scan reads
names the NER swallowed into a number entity, and names before a word of local government."""

from __future__ import annotations

import pytest
import spacy
from tests.nlp.places.conftest import make_doc

from eventwire.nlp.places.component import PlacesComponent
from eventwire.nlp.places.gazetteer import GazEntry, MemoryGazetteer
from eventwire.nlp.places.resolve import is_major, own_name, prior

NLP = spacy.blank("en")

# invented places: a city filed under its transliteration, and a short one bared of "As"
KHARIM = GazEntry(1, "Al Khārimīyah", 35.0, 40.0, "SYR", None, "PPL", 150_000, "city")
SARQ = GazEntry(2, "As Sarq", 32.0, 35.7, "JOR", None, "PPLA", 100_000, "city")
TSK = GazEntry(3, "Ts’khinvali", 42.2, 43.97, "GEO", None, "PPLA", 30_000, "city")
KHARIM_TOWN = GazEntry(4, "Kharimiyah", 10.0, 10.0, "NGA", None, "PPL", 150_000, "city")


@pytest.mark.parametrize(
    ("entry", "key", "expected"),
    [
        (KHARIM, "al kharimiyah", True),  # the folded name itself
        (KHARIM, "kharimiyah", True),  # its article dropped: a long name is still its own
        (TSK, "tskhinvali", True),  # its apostrophe dropped
        (SARQ, "sarq", False),  # a short bared name is a word of its own
        (SARQ, "al sarq", True),  # the article written "al"
        (KHARIM, "kharim", False),  # another name altogether
    ],
)
def test_own_name_counts_news_spellings(entry: GazEntry, key: str, expected: bool) -> None:
    assert own_name(entry, key) is expected


def test_a_spelling_is_no_alternate_name() -> None:
    """No alternate-name penalty: the transliteration ties with a namesake of its size, and
    a big city spelt so is a major place the scan may take without NER support."""
    assert prior(KHARIM, "kharimiyah") == prior(KHARIM_TOWN, "kharimiyah")
    assert not is_major(SARQ, "sarq")


def test_a_subdivision_by_another_name_takes_the_penalty_too() -> None:
    """A first-level subdivision the mention names only by an alternate name ranks below a
    city of its own name: "St. Louis" is the American city, not a region filed as Saint-Louis
    whose towns sum to fewer people (invented figures)."""
    region = GazEntry(5, "Saint-Louis", 16.0, -15.0, "SEN", "Saint-Louis", "ADM1", 48_000, "admin1")
    city = GazEntry(6, "St. Louis", 38.6, -90.2, "USA", "Missouri", "PPL", 280_000, "city")
    assert prior(city, "st louis") > prior(region, "st louis")
    assert prior(region, "saint louis") > prior(region, "st louis")


def test_a_spelling_alone_makes_no_major_place() -> None:
    """Without its marks or article a name may be an English word ("Hail" for Ha'il): the
    scan needs the place named exactly so, or other evidence, to take it."""
    hail = GazEntry(5, "Ḩā'il", 27.5, 41.7, "SAU", None, "PPLA", 600_000, "city")
    assert own_name(hail, "hail")
    assert not is_major(hail, "hail")
    assert not is_major(KHARIM, "kharimiyah")
    assert is_major(KHARIM, "al kharimiyah")


ORRIN_COUNTY = GazEntry(
    10, "Orrin County", 33.7, -117.8, "USA", "California", "ADM2", 3_000_000, "admin2"
)
CALIFORNIA = GazEntry(11, "California", 37.0, -120.0, "USA", None, "ADM1", 39_000_000, "admin1")
DUNMORTON = GazEntry(12, "Dunmorton", 37.77, -87.11, "USA", "Kentucky", "PPL", 60_000, "city")
KENTUCKY = GazEntry(13, "Kentucky", 37.5, -85.0, "USA", None, "ADM1", 4_500_000, "admin1")


def _mentions(entries: list[GazEntry], text: str, ents: list[tuple[str, str]]) -> list[str]:
    component = PlacesComponent(gazetteer=MemoryGazetteer(entries))
    doc = component(make_doc(NLP, text, ents))
    spans = sorted((m for p in doc._.ew_places for m in p.mentions), key=lambda m: m.start)
    return [m.text for m in spans]


def test_scan_reads_a_name_inside_a_number_entity() -> None:
    """The NER sometimes swallows the name after a number ("412 Orrin County residents" as one
    PERCENT): its number words stay unread, its name is scanned as any other."""
    text = "A survey of 412 Orrin County residents in California found 61 percent agreed."
    ents = [("412 Orrin County", "PERCENT"), ("California", "GPE"), ("61 percent", "PERCENT")]
    assert _mentions([ORRIN_COUNTY, CALIFORNIA], text, ents) == ["Orrin County", "California"]


def test_scan_skips_a_currency_named_after_a_place() -> None:
    """ "5 billion Orrin County dollars" is money: the place it names is not one told of."""
    text = "The fund paid 5 billion Orrin County dollars for the tower in California."
    ents = [("5 billion Orrin County dollars", "MONEY"), ("California", "GPE")]
    assert _mentions([ORRIN_COUNTY, CALIFORNIA], text, ents) == ["California"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of local government after the name: the town it governs, no ORG needed
        ("Dunmorton Public Schools closed early, Kentucky officials said.", ["Dunmorton"]),
        ("The Dunmorton Mayor spoke in Kentucky.", ["Dunmorton"]),
        # a school or hospital is as often named after a person or a district: no cue
        ("Dunmorton High won again, Kentucky coaches said.", []),
        ("Nurses of Dunmorton Memorial Hospital in Kentucky went home.", []),
        # wildfires and commissions are named after ranches, creeks and chairs
        ("The Dunmorton Fire burned 900 acres in Kentucky.", []),
        ("The Dunmorton Commission reported to Kentucky lawmakers.", []),
    ],
)
def test_scan_takes_a_town_before_a_word_of_local_government(
    text: str, expected: list[str]
) -> None:
    got = _mentions([DUNMORTON, KENTUCKY], text, [("Kentucky", "GPE")])
    assert [m for m in got if m != "Kentucky"] == expected

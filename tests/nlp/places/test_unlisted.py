"""Place names the gazetteer lacks, placed at the article's town when their shape says they are
places, on hand-made Docs with an in-memory gazetteer."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from tests.nlp.places.conftest import make_doc

from eventwire.nlp.places.component import PlacesComponent
from eventwire.nlp.places.gazetteer import GazEntry, MemoryGazetteer

HUNTSVILLE = GazEntry(2, "Huntsville", 30.72, -95.55, "USA", "Texas", "PPL", 40_000, "city")
GAZ = MemoryGazetteer([HUNTSVILLE])


@pytest.fixture(scope="module")
def component() -> PlacesComponent:
    return PlacesComponent(gazetteer=GAZ)


def placed(component: PlacesComponent, doc: Doc) -> dict[str, tuple[float | None, str]]:
    """Mention text → (latitude, precision) of its place."""
    return {m.text: (p.lat, p.precision) for p in component(doc)._.ew_places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        (  # a feature word ends the name
            "Huntsville crews said the spill reached Mill Creek on Monday.",
            [("Huntsville", "GPE"), ("Mill Creek", "LOC")],
            "Mill Creek",
        ),
        (  # a locating preposition before a single name
            "She left Huntsville last year and moved back to Kanelo with her sister.",
            [("Huntsville", "GPE"), ("Kanelo", "GPE")],
            "Kanelo",
        ),
        (  # the feature word in lower case
            "She fled her home in Torkula village and reached Huntsville.",
            [("Torkula village", "GPE"), ("Huntsville", "GPE")],
            "Torkula village",
        ),
        (  # the NER took the lagoon for an organisation
            "Huntsville divers searched Glenmore Lagoon on Friday.",
            [("Huntsville", "GPE"), ("Glenmore Lagoon", "ORG")],
            "Glenmore Lagoon",
        ),
    ],
)
def test_unlisted_place_placed_at_home_town(
    blank: Language, component: PlacesComponent, text: str, ents: list[tuple[str, str]], name: str
) -> None:
    found = placed(component, make_doc(blank, text, ents))
    assert found[name] == (HUNTSVILLE.lat, "sublocal")


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        (  # a subject, no preposition: as likely a person the NER mislabelled
            "Kanelo said the plan would fail, Huntsville officials said.",
            [("Kanelo", "GPE"), ("Huntsville", "GPE")],
            "Kanelo",
        ),
        (  # a person's name elsewhere in the article
            "Huntsville police met Kanelo Smith. They wrote to Kanelo again.",
            [("Huntsville", "GPE"), ("Kanelo Smith", "PERSON"), ("Kanelo", "GPE")],
            "Kanelo",
        ),
        (  # a stop name
            "Many in the North were tired, Huntsville voters said.",
            [("North", "LOC"), ("Huntsville", "GPE")],
            "North",
        ),
        (  # digits: a numbered road or district
            "Huntsville crews closed traffic near Exit 12 Area on Sunday.",
            [("Huntsville", "GPE"), ("Exit 12 Area", "LOC")],
            "Exit 12 Area",
        ),
    ],
)
def test_unlisted_name_without_place_shape_not_placed(
    blank: Language, component: PlacesComponent, text: str, ents: list[tuple[str, str]], name: str
) -> None:
    assert name not in placed(component, make_doc(blank, text, ents))


def test_unlisted_place_at_the_town_of_the_articles_main_country(blank: Language) -> None:
    lyon = GazEntry(3, "Lyon", 45.76, 4.83, "FRA", "Auvergne-Rhone-Alpes", "PPLA", 500_000, "city")
    texas = GazEntry(4, "Texas", 31.2, -99.2, "USA", "Texas", "ADM1", 29_000_000, "admin1")
    component = PlacesComponent(gazetteer=MemoryGazetteer([HUNTSVILLE, lyon, texas]))
    text = (
        "Lyon buyers and Lyon traders wait. In Texas, Huntsville crews said Texas roads "
        "flooded near Mill Creek."
    )
    ents = [("Lyon", "GPE"), ("Lyon", "GPE"), ("Texas", "GPE"), ("Huntsville", "GPE")]
    ents += [("Texas", "GPE"), ("Mill Creek", "LOC")]
    found = placed(component, make_doc(blank, text, ents))
    assert found["Mill Creek"] == (HUNTSVILLE.lat, "sublocal")

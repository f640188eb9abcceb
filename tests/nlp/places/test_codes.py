"""Short codes that are no place: a US state's postal code used as an agency's name ("the VA"),
a firm's legal form ("Volvo AB")."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.nlp.places.conftest import make_doc

from eventwire.nlp.places.abbrevs import drop_legal_forms
from eventwire.nlp.places.component import PlacesComponent
from eventwire.nlp.places.gazetteer import GazEntry, MemoryGazetteer
from eventwire.nlp.places.scan import Mention, View

_VIRGINIA = GazEntry(
    40_001, "Virginia", 37.5, -78.9, "USA", "Virginia", "ADM1", 8_500_000, "admin1"
)
_ROANOKE = GazEntry(40_002, "Roanoke", 37.27, -79.94, "USA", "Virginia", "PPL", 99_000, "city")
_CAROLINA = GazEntry(
    40_003, "South Carolina", 34.0, -81.0, "USA", "South Carolina", "ADM1", 5_000_000, "admin1"
)
_GAZ = MemoryGazetteer(
    [_VIRGINIA, _ROANOKE, _CAROLINA], aliases=[("VA", _VIRGINIA), ("SC", _CAROLINA)]
)


@pytest.fixture(scope="module")
def component() -> PlacesComponent:
    return PlacesComponent(gazetteer=_GAZ)


@pytest.mark.parametrize(
    ("text", "ents", "names"),
    [
        # the Department of Veterans Affairs, not Virginia
        ("Veterans wait for care at the VA hospital in Roanoke.", ["VA", "Roanoke"], ["Roanoke"]),
        ("The VA said the waiting lists were shrinking.", ["VA"], []),
        ("Money went to training programs for VA's nurses.", ["VA"], []),
        ("Tips can be left with Crime Stoppers at (888) CRIME-SC today.", ["SC"], []),
        # a state written so: after its town, in a party tag, after a preposition
        ("Floods hit Roanoke, VA on Monday.", ["Roanoke", "VA"], ["Roanoke", "Virginia"]),
        ("Sen. Mark Dale (R-VA) toured the plant.", ["VA"], ["Virginia"]),
        ("Voters in VA went to the polls.", ["VA"], ["Virginia"]),
        # an article before a word of place: the state's area, not an agency
        ("Storms battered the VA coast on Monday.", ["VA"], ["Virginia"]),
    ],
)
def test_state_code_is_a_state_only_where_a_state_stands(
    blank: Language, component: PlacesComponent, text: str, ents: list[str], names: list[str]
) -> None:
    doc = component(make_doc(blank, text, [(e, "GPE") for e in ents]))
    assert [p.name for p in doc._.ew_places] == names


@pytest.mark.parametrize(
    ("text", "org", "code", "before", "kept"),
    [
        ("Shares of Volvo AB rose on Monday.", "Volvo AB", "AB", None, False),
        ("Analysts at Norsk Finans S.A. said so.", "Norsk Finans S.A.", "S.A.", None, False),
        ("He opened Calgary AB Motors last year.", "Calgary AB Motors", "AB", "Calgary", True),
        # the code opens the name: "the U.S. Army" is the country's
        ("The U.S. Army flew in supplies.", "The U.S. Army", "U.S.", None, True),
    ],
)
def test_code_that_ends_a_firms_name_is_its_legal_form(
    blank: Language, text: str, org: str, code: str, before: str | None, kept: bool
) -> None:
    doc = make_doc(blank, text, [(org, "ORG")])
    v = View(doc)
    span = doc.char_span(text.index(code), text.index(code) + len(code))
    assert span is not None
    found = [Mention(span.start, span.end, code.lower(), "SCAN")]
    if before is not None:
        k = doc.char_span(text.index(before), text.index(before) + len(before))
        assert k is not None
        found.insert(0, Mention(k.start, k.end, before.lower(), "SCAN"))
    assert (found[-1] in drop_legal_forms(v, found)) is kept

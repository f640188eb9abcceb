"""eventwire_casualties: an ordinal victim of another incident makes no total, and a bare
plural among the dead counts no one."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.nlp.casualties.stories import Found, article, largest, statements

from eventwire.extract import Pipeline
from eventwire.nlp.pipeline import load_base


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_base()


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # another incident: "separate", or a time of its own
        (
            "A gunman killed two men in Omaha on Sunday. On Wednesday, a third man was killed "
            "in a separate shooting in Lincoln.",
            2,
        ),
        (
            "One guard was shot dead in Accra on Monday. It was the third time this year that "
            "a second guard was killed in the city.",
            1,
        ),
        # one more victim of the same attack, who died on a later day
        (
            "Gunmen killed eight worshippers at a mosque on Friday. A ninth victim died in "
            "hospital on Sunday.",
            9,
        ),
    ],
)
def test_casualties_an_ordinal_of_another_incident_makes_no_total(
    pipeline: Pipeline, text: str, killed: int
) -> None:
    assert largest(article(pipeline, text))[0] == killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural without a number is no count
        ("The dead included women and children, villagers said.", []),
        ("The injured included children, a nurse said.", []),
        # the members with a number or a quantity still count
        ("The dead included two women and children, villagers said.", [("killed", 2, None)]),
        ("The dead included dozens of children, villagers said.", [("killed", 24, None)]),
        ("Among the dead were several children.", [("killed", 2, None)]),
    ],
)
def test_casualties_a_bare_plural_member_counts_no_one(
    nlp: Language, text: str, expected: list[Found]
) -> None:
    assert statements(nlp, text) == expected

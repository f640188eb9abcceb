"""eventwire_casualties: an apposition telling what one victim is ("a policeman, a husband
and a father of two") lists no one new; "he" in a clause before or after the victim's harm
may be the attacker; a town inside the region the count told is the same incident's; a harm
treated after a mishap, or in a sentence set apart, is no attack's; "killing all three" after
joined verbs counts the victims of both."""

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
    ("text", "expected"),
    [
        # what one person is, told three ways
        (
            "Gunmen killed a policeman, a husband and a father of two, on Sunday.",
            [("killed", 1, 1)],
        ),
        (
            "The bomb killed a soldier, the son of a general and a keen footballer, on Monday.",
            [("killed", 1, 1)],
        ),
        # people of one owner, or counted, are others
        ("A gunman killed his wife, his son and his mother on Sunday.", [("killed", 3, 3)]),
    ],
)
def test_casualties_an_apposition_describing_one_victim(
    nlp: Language, text: str, expected: list[Found]
) -> None:
    assert statements(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "An officer was wounded by a gunman on Sunday before he was shot dead by other officers.",
        "A guard was shot and wounded Friday by a robber, before he was killed by police.",
    ],
)
def test_casualties_he_in_a_before_clause_may_be_the_attacker(
    pipeline: Pipeline, text: str
) -> None:
    assert largest(article(pipeline, text))[1] == 1


def test_casualties_he_in_an_after_clause_with_no_one_else_is_the_victim(nlp: Language) -> None:
    text = "A woman died Friday after she was stabbed outside a bakery on Elm Street."
    assert statements(nlp, text) == [("killed", 1, 1)]


def test_casualties_a_town_inside_the_region_told_is_the_same_incident(
    pipeline: Pipeline,
) -> None:
    text = (
        "Two men were killed in Texas on Sunday when a gunman opened fire at a mall. "
        "A third man was shot dead in Dallas as he fled."
    )
    assert largest(article(pipeline, text))[0] == 3


@pytest.mark.parametrize(
    "text",
    [
        "Protesters clashed with police in Lagos on Monday. Later, the mayor was treated for "
        "a broken wrist after a fall at his home.",
        "Protesters clashed with police in Lagos on Monday. Separately, a singer was treated "
        "for cuts to the face.",
    ],
)
def test_casualties_a_harm_treated_after_a_mishap_is_no_attacks(
    pipeline: Pipeline, text: str
) -> None:
    assert largest(article(pipeline, text))[1] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the victims of both joined verbs add up to "all three": none lived
        (
            "A gunman shot a woman and stabbed two men on Saturday, killing all three.",
            [("killed", 3, 3)],
        ),
        (
            "A gunman stabbed two guards and shot a cook on Monday, killing all three.",
            [("killed", 3, 3)],
        ),
    ],
)
def test_casualties_all_killed_of_joined_verbs(
    nlp: Language, text: str, expected: list[Found]
) -> None:
    assert statements(nlp, text) == expected

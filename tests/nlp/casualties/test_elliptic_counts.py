"""eventwire_casualties: counts the parser hangs oddly (a number on its participle, a bound read
as a preposition, an ordinal for one more person)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.nlp.casualties.stories import Found, statements

from eventwire.nlp.casualties.component import find_casualty_statements
from eventwire.nlp.pipeline import load_base


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_base()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "12 hurt" with the number parsed as the participle's modifier, or "hurt" as a noun
        (
            "Three people were killed and 12 hurt in the blast.",
            [("killed", 3, 3), ("injured", 12, 12)],
        ),
        (
            "Two people were killed and six hurt, one of them seriously, in the shooting.",
            [("killed", 2, 2), ("injured", 6, 6)],
        ),
        ("Bomb kills 3, 12 hurt", [("killed", 3, 3), ("injured", 12, 12)]),
        ("Four soldiers were killed and several hurt.", [("killed", 4, 4), ("injured", 2, None)]),
        (
            "Three were killed and at least 12 hurt.",
            [("killed", 3, 3), ("injured", 12, None)],
        ),
        # a vague number alone as a gerund's object
        (
            "A bomb tore through the market on Friday, killing 20 shoppers and wounding dozens.",
            [("killed", 20, 20), ("injured", 24, None)],
        ),
        ("Gunmen killed a guard, wounding several.", [("killed", 1, 1), ("injured", 2, None)]),
        # a gerund parsed as the modifier of the quantity it governs
        (
            "Gunmen stormed a chapel, killing dozens of villagers and injuring scores.",
            [("killed", 24, None), ("injured", 40, None)],
        ),
        # the bound of a number read as a preposition
        (
            "A grenade attack killed one person and injured around 50.",
            [("killed", 1, 1), ("injured", 50, 50)],
        ),
        # an ordinal standing for one more person
        (
            "Two people died and a third was critically injured when gunmen opened fire.",
            [("killed", 2, 2), ("injured", 1, 1)],
        ),
        (
            "Two people were shot dead and a third wounded in the port on Friday.",
            [("killed", 2, 2), ("injured", 1, 1)],
        ),
        # a death told after the hit in the same sentence is among those hit
        (
            "The gunman shot three people, killing two of them, before he was arrested.",
            [("injured", 1, 1), ("killed", 2, 2), ("arrested", 1, 1)],
        ),
        ("Police shot four men, killing one.", [("injured", 3, 3), ("killed", 1, 1)]),
        # but not one told as a second deed
        ("Gunmen wounded five people and killed two.", [("injured", 5, 5), ("killed", 2, 2)]),
    ],
)
def test_casualties_elliptic_counts(nlp: Language, text: str, expected: list[Found]) -> None:
    assert statements(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A third of the passengers were injured.",
        "The two wounded soldiers were flown out.",
    ],
)
def test_casualties_elliptic_counts_leave_shares_and_modifiers(nlp: Language, text: str) -> None:
    kinds = [(s.kind, s.count.min) for s in find_casualty_statements(nlp(text))]
    assert ("injured", 1) not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "Students rallied on Monday to demand the arrest of those who beat a classmate.",
        "Protesters called for the arrest of the officer who shot the boy.",
        "The families pressed for the arrest of the two guards.",
    ],
)
def test_casualties_an_arrest_asked_for_is_none_made(nlp: Language, text: str) -> None:
    assert "arrested" not in [s.kind for s in find_casualty_statements(nlp(text))]


def test_casualties_an_arrest_made_still_counts(nlp: Language) -> None:
    text = "Police announced the arrest of two guards on Monday."
    assert ("arrested", 2, 2) in statements(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed a family of five on Sunday.", ("killed", 5, 5)),
        ("A crew of 12 was injured in the blast.", ("injured", 12, 12)),
    ],
)
def test_casualties_a_band_sized_by_of(nlp: Language, text: str, expected: Found) -> None:
    assert expected in statements(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man wanted for the killing of two police officers was arrested.", ("killed", 2, 2)),
        ("Police ordered the arrest of ten protesters on Monday.", ("arrested", 10, 10)),
    ],
)
def test_casualties_an_act_wanted_for_or_ordered_still_counts(
    nlp: Language, text: str, expected: Found
) -> None:
    assert expected in statements(nlp, text)


def test_casualties_numbers_joined_under_a_killing_lend_no_hurt(nlp: Language) -> None:
    # the parser reads "killing [three and 12] hurt": which number is hurt is unsure
    kinds = [
        s.kind
        for s in find_casualty_statements(
            nlp("Gunmen shot at the market, killing three and 12 hurt.")
        )
    ]
    assert "injured" not in kinds

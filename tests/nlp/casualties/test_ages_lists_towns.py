"""eventwire_casualties: people the parser hung on a time told after them ("killed a
17-year-old Tuesday night"), all of those hit killed ("killing all three"), two people told
apart by their ages, a split hyphenated victim ("his ex-wife"), a list read as an apposition,
an ordinal victim told in a town of its own, a bodily harm someone is treated for, and the
victim told again as "he" in one sentence."""

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
        # the NER reads "17-year-old Tuesday night" as one time: the age is still the victim
        ("A gunman killed a 17-year-old Tuesday night near the river.", [("killed", 1, 1)]),
        (
            "A gunman killed a 16-year-old Sunday morning, police said.",
            [("killed", 1, 1)],
        ),
        # "140 over two days": the number is the wounded, the days when
        (
            "The fighting killed 31 people and wounded 140 over two days, medics said.",
            [("killed", 31, 31), ("injured", 140, 140)],
        ),
        # "dozens overnight", one TIME to the NER: dozens of people still
        (
            "Air strikes killed 12 villagers and wounded dozens overnight, medics said.",
            [("killed", 12, 12), ("injured", 24, None)],
        ),
        # a time alone is still no victim
        ("A man was shot and killed Friday evening.", [("killed", 1, 1)]),
    ],
)
def test_casualties_people_hung_on_a_time_told_after_them(
    nlp: Language, text: str, expected: list[Found]
) -> None:
    assert statements(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A man shot three men outside a diner on Saturday, killing all three.", 3, None),
        ("A gunman shot two women near a bakery on Monday night, killing both.", 2, None),
        # some of those hit lived, as before
        ("A gunman shot four men at a garage on Sunday, killing two.", 2, 2),
    ],
)
def test_casualties_all_of_those_hit_killed(
    pipeline: Pipeline, text: str, killed: int, injured: int | None
) -> None:
    assert largest(article(pipeline, text)) == (killed, injured)


def test_casualties_two_people_told_apart_by_age(pipeline: Pipeline) -> None:
    text = "A gunman killed a 17-year-old and wounded a 15-year-old outside a gym on Thursday."
    assert largest(article(pipeline, text)) == (1, 1)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "A man opened fire at a barbecue on Sunday, killing his ex-wife and her father "
            "before turning the gun on himself.",
            2,
            None,
        ),
        (
            "A man shot and killed his ex-girlfriend in Tacoma on Sunday, then turned the gun "
            "on himself.",
            1,
            None,
        ),
    ],
)
def test_casualties_a_hyphenated_victim_split_by_the_tokenizer(
    pipeline: Pipeline, text: str, killed: int, injured: int | None
) -> None:
    assert largest(article(pipeline, text)) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser reads the list as an apposition of "his wife"
        (
            "The gunman killed his wife, two daughters and a neighbour before police arrived.",
            [("killed", 4, 4)],
        ),
        # an apposition naming the victims adds no one
        ("The gunman killed two people, a man and his son.", [("killed", 2, 2)]),
        ("The gunman killed a farmer, Tom Reed, on Friday.", [("killed", 1, 1)]),
    ],
)
def test_casualties_a_list_read_as_an_apposition(
    nlp: Language, text: str, expected: list[Found]
) -> None:
    assert statements(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # killed in a town of its own: another incident's victim, not a third of these
        (
            "Two men were killed in a shooting at a park in Dallas on Friday. A third man was "
            "shot dead in Fort Worth, police said.",
            2,
        ),
        (
            "Two people were shot dead at a bus stop in Atlanta on Monday. A third person was "
            "killed in Macon.",
            2,
        ),
        # a later death, or no town told, still makes the third
        (
            "Gunmen killed eight worshippers at a mosque in Kano on Friday. A ninth victim died "
            "later in hospital.",
            9,
        ),
        (
            "Two men were killed in a shooting in Dallas on Friday. A third man was shot dead "
            "at the scene, police said.",
            3,
        ),
    ],
)
def test_casualties_an_ordinal_victim_told_in_a_town_of_its_own(
    pipeline: Pipeline, text: str, killed: int
) -> None:
    assert largest(article(pipeline, text))[0] == killed


def test_casualties_a_hyphenated_victim_shot_and_killed(nlp: Language) -> None:
    # "shot" shares the object of "killed": one woman, killed, not also hurt
    text = "A man shot and killed his ex-girlfriend in Tacoma on Sunday."
    assert statements(nlp, text) == [("killed", 1, 1)]


def test_casualties_an_apposition_describing_the_victim(nlp: Language) -> None:
    text = "The gunman killed his wife, a nurse and mother of two, on Friday."
    assert statements(nlp, text) == [("killed", 1, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The boy was treated for cuts from flying glass.", [("injured", 1, 1)]),
        ("A second man was treated for a graze to the arm.", [("injured", 1, 1)]),
        # treated for what is no bodily harm: no injury told
        ("She was treated for shock at the scene.", []),
    ],
)
def test_casualties_a_bodily_harm_someone_is_treated_for(
    nlp: Language, text: str, expected: list[Found]
) -> None:
    assert statements(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he" in a clause under the victim's own verb is the victim: one death, no one hurt
        (
            "A man was shot in the chest and taken to a hospital, where he died.",
            [("killed", 1, 1)],
        ),
        (
            "A 25-year-old man was shot on Elm Street and was taken to a hospital, where he "
            "was pronounced dead.",
            [("killed", 1, 1)],
        ),
        # "he" who did the harm is someone else
        (
            "Police shot a man after he wounded a clerk.",
            [("injured", 1, 1), ("injured", 1, 1)],
        ),
    ],
)
def test_casualties_the_victim_told_again_as_he_in_one_sentence(
    nlp: Language, text: str, expected: list[Found]
) -> None:
    assert statements(nlp, text) == expected

"""eventwire_casualties: a clause of occasion the parser hangs on the verb, the attacker's own
blast, two acts of one sentence, a time read as an object, a group whose members are told ("the
dead included"), one more victim told by an ordinal, and some of a group told by its noun."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.nlp.casualties.stories import Found, article, largest, statements

from eventwire.extract import Pipeline
from eventwire.nlp.casualties.component import CasualtiesComponent
from eventwire.nlp.pipeline import load_base
from eventwire.records import Count, Event, Span


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_base()


@pytest.mark.parametrize(
    ("text", "trigger", "killed"),
    [
        # "in which" makes the clause relative, though the parser hangs it on the verb: the
        # toll is the march's, not that of the square it ended at
        (
            "Protesters marched to Liberty Square on Friday, in which three people were killed.",
            "marched",
            3,
        ),
        (
            "Crowds rallied outside the stadium on Monday, during which two students died.",
            "rallied",
            2,
        ),
    ],
)
def test_casualties_clause_of_occasion_hung_on_the_verb(
    pipeline: Pipeline, text: str, trigger: str, killed: int
) -> None:
    events = article(pipeline, text).events
    act = next(e for e in events if e.trigger.text == trigger)
    assert act.casualties.killed is not None and act.casualties.killed.min == killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The bomber died of his own blast, whatever fighting went on around it.
        (
            "A suicide bomber died in the blast amid clashes with police in Sibi, which killed "
            "four officers.",
            [("killed", 4, 4)],
        ),
        ("The bomber died in the explosion during clashes with troops.", []),
        # Dying in the fight itself is being killed by the other side, as before.
        ("Three gunmen died in the shootout with security forces.", [("killed", 3, 3)]),
    ],
)
def test_casualties_the_attackers_own_blast(
    nlp: Language, text: str, expected: list[Found]
) -> None:
    assert statements(nlp, text) == expected


def _event(doc_text: str, tokens: list[tuple[str, int, str]], nlp: Language) -> list[Event]:
    doc = nlp(doc_text)
    events = []
    for n, (word, nth, type_) in enumerate(tokens, 1):
        tok = [t for t in doc if t.text == word][nth]
        sent = tok.sent
        events.append(
            Event(
                id=f"e{n}",
                type=type_,
                trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
                sentence=Span(sent.text, sent.start_char, sent.end_char),
            )
        )
    doc._.ew_events = events
    CasualtiesComponent(nlp)(doc)
    return events


@pytest.mark.parametrize(
    ("text", "triggers", "tolls"),
    [
        (
            "A drone strike killed five soldiers on Friday, a day after gunmen killed two guards.",
            [("killed", 0, "ASSAULT"), ("killed", 1, "ASSAULT")],
            [(5, None), (2, None)],
        ),
        (
            "A car bomb killed 14 people in the capital on Saturday, while gunmen wounded three "
            "guards in the north.",
            [("bomb", 0, "ASSAULT"), ("wounded", 0, "ASSAULT")],
            [(14, None), (None, 3)],
        ),
        (
            "Gunmen shot dead three farmers on Monday, two days after a bomb blast wounded 12 "
            "people at a market.",
            [("shot", 0, "ASSAULT"), ("blast", 0, "ASSAULT")],
            [(3, None), (None, 12)],
        ),
    ],
)
def test_casualties_two_acts_of_one_sentence_keep_their_tolls(
    nlp: Language,
    text: str,
    triggers: list[tuple[str, int, str]],
    tolls: list[tuple[int | None, int | None]],
) -> None:
    events = _event(text, triggers, nlp)
    got = [
        (
            e.casualties.killed.min if e.casualties.killed else None,
            e.casualties.injured.min if e.casualties.injured else None,
        )
        for e in events
    ]
    assert got == tolls


def test_casualties_a_time_read_as_the_object_is_when(nlp: Language) -> None:
    text = "A 19-year-old man was shot and killed Saturday evening outside a gas station."
    assert statements(nlp, text) == [("killed", 1, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman opened fire at a party, killing two 19-year-olds.", [("killed", 2, 2)]),
        (
            "A gunman opened fire at a party, killing two 19-year-olds and wounding four others.",
            [("killed", 2, 2), ("injured", 4, 4)],
        ),
    ],
)
def test_casualties_people_named_by_age_are_victims_not_times(
    nlp: Language, text: str, expected: list[tuple[str, int, int | None]]
) -> None:
    """The NER calls "19-year-olds" a DATE: still the people killed."""
    assert sorted(statements(nlp, text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Some of the group: "included", "among" (there may be more)
        ("The dead included a 7-year-old boy and his aunt.", [("killed", 2, None)]),
        ("Among the dead were three police officers and a child.", [("killed", 4, None)]),
        ("Among the wounded was a 6-year-old girl.", [("injured", 1, None)]),
        # All of it: the group is them
        (
            "The dead were identified as a 40-year-old man and his son.",
            [("killed", 2, 2)],
        ),
        # No members told: no count
        ("The dead were taken to the morgue.", []),
        ("The injured man was taken to a hospital.", [("injured", 1, 1)]),
    ],
)
def test_casualties_a_group_whose_members_are_told(
    nlp: Language, text: str, expected: list[Found]
) -> None:
    assert statements(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # One more victim told by an ordinal makes the toll the ordinal says ...
        (
            "Gunmen killed seven villagers at a market on Sunday. An eighth victim later died "
            "in hospital.",
            8,
            None,
        ),
        (
            "A fourth victim of a shooting at a bowling alley has died, police said. Three "
            "people were killed at the scene on Friday.",
            4,
            None,
        ),
        # ... of its own kind only: beside the dead of another kind it is one person
        ("Two people were killed and a third was wounded in the shooting.", 2, 1),
        # one more person, not one of the dead
        (
            "A shooting at a gas station claimed two lives on Monday. A third person was "
            "treated for wounds at a hospital.",
            2,
            1,
        ),
    ],
)
def test_casualties_one_more_victim_by_an_ordinal(
    pipeline: Pipeline, text: str, killed: int | None, injured: int | None
) -> None:
    assert largest(article(pipeline, text)) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # "One deputy" of "two deputies" shot: one dead, one hurt
        (
            "A man shot two deputies on a rural road on Monday. One deputy died at the hospital.",
            1,
            1,
        ),
        # another noun is other people
        ("Four men were wounded in the attack. Two women were killed.", 2, 4),
        # the attackers killed are not the policemen wounded
        (
            "Three policemen were killed and two were wounded when militants ambushed a patrol "
            "on Friday. Two attackers were killed in the exchange of fire.",
            3,
            2,
        ),
    ],
)
def test_casualties_some_of_a_group_told_by_its_noun(
    pipeline: Pipeline, text: str, killed: int, injured: int
) -> None:
    assert largest(article(pipeline, text)) == (killed, injured)


def test_casualties_the_dead_included_goes_to_the_act(pipeline: Pipeline) -> None:
    text = (
        "The dead included a 9-year-old girl and her grandmother, police said after a shooting "
        "at a park on Sunday that also wounded three other relatives."
    )
    assert largest(article(pipeline, text)) == (2, 3)
    assert Count(2, None, "a 9-year-old girl and her grandmother") in [
        e.casualties.killed for e in article(pipeline, text).events
    ]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the wounded who died later add to the dead told beside them
        (
            "Five soldiers were killed and eight were hurt when their truck hit a mine on "
            "Monday. Two of the wounded later died.",
            7,
            6,
        ),
        # with no dead told beside them, they are the dead
        ("Eight people were hurt in the blast. Two of the wounded later died.", 2, 6),
    ],
)
def test_casualties_the_wounded_who_died_later(
    pipeline: Pipeline, text: str, killed: int, injured: int
) -> None:
    assert largest(article(pipeline, text)) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the number of the second participle, joined by the parser to the first one
        (
            "Gunmen raided a wedding on Saturday, leaving 11 dead and more than 20 injured.",
            [("killed", 11, 11), ("injured", 21, None)],
        ),
        (
            "The blast left three dead and nearly 40 wounded.",
            [("killed", 3, 3), ("injured", None, 40)],
        ),
        # however the parser hangs the participle (here as a complement of "leaving")
        (
            "Gunmen attacked a wedding party on Saturday, leaving 11 dead and more than 20 "
            "injured. Among the dead were four children.",
            [("killed", 11, 11), ("injured", 21, None), ("killed", 4, None)],
        ),
    ],
)
def test_casualties_the_number_before_a_second_participle(
    nlp: Language, text: str, expected: list[Found]
) -> None:
    assert statements(nlp, text) == expected

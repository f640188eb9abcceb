"""eventwire_casualties: casualty statements, counts with bounds, attachment to events."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.extract import Pipeline
from eventwire.nlp.casualties.component import CasualtiesComponent, find_casualty_statements
from eventwire.nlp.casualties.counts import parse_quantity
from eventwire.nlp.casualties.no_harm import across_title_bar
from eventwire.nlp.pipeline import load_base
from eventwire.records import Article, Count, Event, Span

Expected = tuple[str, int | None, int | None, str, str]  # kind, min, max, count text, span text


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_base()


def _found(doc: Doc) -> list[Expected]:
    return [
        (s.kind, s.count.min, s.count.max, s.count.text, doc[s.start : s.end].text)
        for s in find_casualty_statements(doc)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police fired live rounds, killing at least one demonstrator.",
            [("killed", 1, None, "at least one", "killing at least one demonstrator")],
        ),
        (
            "Protesters threw stones at the police, injuring several officers.",
            [("injured", 2, None, "several", "injuring several officers")],
        ),
        (
            "Two policemen and a child were killed in the blast.",
            [
                (
                    "killed",
                    3,
                    3,
                    "Two policemen and a child",
                    "Two policemen and a child were killed",
                )
            ],
        ),
        (
            "The militias are blamed for the killing of nearly 600 protesters.",
            [("killed", None, 600, "nearly 600", "killing of nearly 600 protesters")],
        ),
        (
            "Dozens were injured in the stampede.",
            [("injured", 24, None, "Dozens", "Dozens were injured")],
        ),
        (
            "A man was shot and killed outside the bar.",
            [("killed", 1, 1, "A man", "A man was shot and killed")],
        ),
        (
            "Five people died after the bridge collapsed.",
            [("killed", 5, 5, "Five", "Five people died")],
        ),
        (
            "The death toll rose to 12 on Monday.",
            [("killed", 12, 12, "12", "death toll rose to 12")],
        ),
        ("No one was hurt in the explosion.", [("injured", 0, 0, "No one", "No one was hurt")]),
        (
            "The governor escaped unhurt.",
            [("injured", 0, 0, "unhurt", "The governor escaped unhurt")],
        ),
        (
            "More than 20 people were detained.",
            [("arrested", 21, None, "More than 20", "More than 20 people were detained")],
        ),
        (
            "Soldiers arrested two men and took a woman into custody.",
            [
                ("arrested", 2, 2, "two", "arrested two men"),
                ("arrested", 1, 1, "a woman", "a woman into custody"),
            ],
        ),
        (
            "The raid left three dead and two injured.",
            [("killed", 3, 3, "three", "three dead"), ("injured", 2, 2, "two", "two injured")],
        ),
        (
            "Four people died and 12 were wounded.",
            [
                ("killed", 4, 4, "Four", "Four people died"),
                ("injured", 12, 12, "12", "12 were wounded"),
            ],
        ),
        (
            "A woman was fatally shot and two teenagers were wounded.",
            [
                ("killed", 1, 1, "A woman", "A woman was fatally shot"),
                ("injured", 2, 2, "two", "two teenagers were wounded"),
            ],
        ),
        ("He was beaten to death by the mob.", [("killed", 1, 1, "He", "He was beaten")]),
        ("The guard was not injured.", [("injured", 0, 0, "not", "The guard was not injured")]),
        ("There were no injuries.", [("injured", 0, 0, "no injuries", "no injuries")]),
        (
            "Hundreds of students were arrested.",
            [("arrested", 200, None, "Hundreds", "Hundreds of students were arrested")],
        ),
        (
            "Up to 50 people were hospitalized.",
            [("injured", None, 50, "Up to 50", "Up to 50 people were hospitalized")],
        ),
        (
            "The victim was taken to hospital in critical condition.",
            [
                (
                    "injured",
                    1,
                    1,
                    "The victim",
                    "The victim was taken to hospital in critical condition",
                )
            ],
        ),
    ],
)
def test_casualties_statements_and_counts(
    nlp: Language, text: str, expected: list[Expected]
) -> None:
    assert _found(nlp(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The gang threatened to kill the witnesses.",
        "The strike could have killed dozens.",
        "Rising prices hurt the economy.",
        "The bill was killed in the senate.",
        "Protesters were shot at but nobody was hit.",
    ],
)
def test_casualties_ignore_what_did_not_happen_to_people(nlp: Language, text: str) -> None:
    assert [s for s in find_casualty_statements(nlp(text)) if s.count.min or s.count.max] == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # The same victim, first injured and then dead: counted once, as killed.
        ("A man was shot on Main Street. He died later in hospital.", ["killed"]),
        ("Officers found Tom Reyes with gunshot wounds. Reyes died at the scene.", ["killed"]),
        ("Two men were shot in the car. Both men died.", ["killed"]),
        # A plural pronoun that dies is the group hurt just before it.
        ("Three people were shot outside a bar. They all died at the hospital.", ["killed"]),
        ("The gunman shot the other guests. All were pronounced dead.", ["killed"]),
        # A number with a pointer ("all four", "the two") is those people, who died.
        ("Four guests were shot at the party. All four died.", ["killed"]),
        ("Two cousins were shot on the porch. The two died at the clinic.", ["killed"]),
        # "Both" after two people each hurt on their own is the two of them.
        ("A farmer shot his wife and then shot himself. Both died at the farm.", ["killed"]),
        ("A porter was shot at the depot. A guard was shot in the lot. Both died.", ["killed"]),
        # A reflexive is whoever does its verb: the one who died, or someone else.
        ("A boy died after accidentally shooting himself with an old rifle.", ["killed"]),
        ("A toddler is dead after she found a pistol and shot herself.", ["killed"]),
        ("Deputies say a gunman killed a man and then shot himself.", ["killed", "injured"]),
        # Different victims stay apart.
        ("A man was killed and a woman was wounded.", ["killed", "injured"]),
        ("One guard died. Another guard was wounded.", ["killed", "injured"]),
    ],
)
def test_casualties_victim_counted_once(nlp: Language, text: str, kinds: list[str]) -> None:
    found = [s for s in find_casualty_statements(nlp(text)) if s.count.min or s.count.max]
    assert [s.kind for s in found] == kinds


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # One person said only to be shot, in a story of one death, is the one who died.
        ("The courier was shot near the depot. Police said the man died.", ["killed"]),
        ("A cashier was shot at the depot on Friday. The man died at the scene.", ["killed"]),
        # ... unless something tells them apart: gender, side of the gun, age, name, a
        # number of their own in the same sentence, or a word that marks someone else.
        ("A woman was shot near the depot. A man died at the scene.", ["injured", "killed"]),
        ("The suspect was shot by deputies. The clerk died at the scene.", ["injured", "killed"]),
        (
            "A 19-year-old was shot near the depot. A 43-year-old man died at the scene.",
            ["injured", "killed"],
        ),
        ("Omar Diaz was shot near the depot. Lee Park died at the scene.", ["injured", "killed"]),
        ("One person was killed and one person was shot at the depot.", ["killed", "injured"]),
        ("A man died at the depot. His cousin was also shot.", ["killed", "injured"]),
        # Only a death told afterwards, of someone pointed back to ("the man", "he"), in a
        # story of one death and one person hit: a death told first or fresh is someone else.
        ("A man was killed near the depot. A boy was shot in the leg.", ["killed", "injured"]),
        ("A child was shot near the depot. Her father was killed.", ["injured", "killed"]),
        ("A walker was shot near the depot. A driver was killed there.", ["injured", "killed"]),
        (
            "A clerk was shot near the depot. A porter was shot in the arm. The man died.",
            ["injured", "injured", "killed"],
        ),
        # A word of survival is kept whatever the death.
        ("A guard was wounded near the depot. The man died at the scene.", ["injured", "killed"]),
        # A death of no exact count (a vague group) is nobody's in particular.
        (
            "A clerk was shot at the depot. He said gangs killed people there.",
            ["injured", "killed"],
        ),
    ],
)
def test_casualties_hit_only_is_the_death(nlp: Language, text: str, kinds: list[str]) -> None:
    found = [s for s in find_casualty_statements(nlp(text)) if s.count.min or s.count.max]
    assert sorted(s.kind for s in found) == sorted(kinds)


@pytest.mark.parametrize(
    ("phrase", "bounds"),
    [
        ("five", (5, 5)),
        ("both", (2, 2)),
        ("at least one", (1, None)),
        ("nearly 600", (None, 600)),
        ("more than 20", (21, None)),
        ("fewer than 10", (None, 9)),
        ("about 1,200", (1200, 1200)),
        ("twenty-five", (25, 25)),
        ("a dozen", (12, 12)),
        ("two dozen", (24, 24)),
        ("several", (2, None)),
        ("dozens", (24, None)),
        ("hundreds", (200, None)),
        # a vague count of a vague round number: both at their floor
        ("tens of thousands", (20000, None)),
        ("hundreds of thousands of", (200000, None)),
        ("two of thousands", None),
        ("the", None),
    ],
)
def test_casualties_parse_quantity_bounds(
    phrase: str, bounds: tuple[int | None, int | None] | None
) -> None:
    assert parse_quantity(phrase) == bounds


def _event(doc: Doc, event_id: str, type_: str, trigger: str, nth: int = 0) -> Event:
    """An Event built by hand on the doc, its trigger the ``nth`` token with that text."""
    tok = [t for t in doc if t.text == trigger][nth]
    sent = tok.sent
    return Event(
        id=event_id,
        type=type_,
        trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
        sentence=Span(sent.text, sent.start_char, sent.end_char),
    )


def _run(nlp: Language, text: str, events: list[tuple[str, str]]) -> list[Event]:
    doc = nlp(text)
    doc._.ew_events = [
        _event(doc, f"e{i}", type_, trig) for i, (type_, trig) in enumerate(events, 1)
    ]
    CasualtiesComponent(nlp)(doc)
    return list(doc._.ew_events)


# Each event: (type, primary trigger, other words that mention it, as the events component
# would list them in ``doc._.ew_event_mentions``).
MentionedEvent = tuple[str, str, tuple[str, ...]]
MENTION_CASES: list[tuple[str, list[MentionedEvent], str, str]] = [
    # The injuries are in a sentence that mentions the strike ("the attack") and the march:
    # the strike, an assault, is the one they belong to; by primary triggers alone only the
    # march is in that sentence.
    (
        "A drone struck the minister's house on Sunday. Hours after the attack, protesters "
        "marched to the compound and several guards were injured.",
        [("ASSAULT", "struck", ("attack",)), ("PROTEST", "marched", ())],
        "e1",
        "e2",
    ),
    # Only the bombing is mentioned again where the dead are reported; by primary triggers,
    # the later of the two earlier events.
    (
        "The army bombed a market and rebels shelled the town. Residents said the bombing left "
        "three civilians dead.",
        [("ASSAULT", "bombed", ("bombing",)), ("ASSAULT", "shelled", ("shelling",))],
        "e1",
        "e2",
    ),
    # Both are mentioned again: the mention nearest to the dead in the parse wins.
    (
        "Rebels shelled the town and the army bombed a market. The bombing went on for hours, "
        "and the shelling left three civilians dead.",
        [("ASSAULT", "shelled", ("shelling",)), ("ASSAULT", "bombed", ("bombing",))],
        "e1",
        "e2",
    ),
    (
        "Rebels shelled the town and the army bombed a market. The shelling went on for hours, "
        "and the bombing left three civilians dead.",
        [("ASSAULT", "shelled", ("shelling",)), ("ASSAULT", "bombed", ("bombing",))],
        "e2",
        "e2",
    ),
]


def _run_mentioned(
    nlp: Language, text: str, events: list[MentionedEvent], with_mentions: bool
) -> dict[str, bool]:
    """Which events got a casualty count, with or without ``doc._.ew_event_mentions``."""
    doc = nlp(text)
    doc._.ew_events = [
        _event(doc, f"e{i}", type_, trig) for i, (type_, trig, _) in enumerate(events, 1)
    ]
    mentions = {
        f"e{i}": [t.i for t in doc if t.text in (trig, *more)]
        for i, (_, trig, more) in enumerate(events, 1)
    }
    doc._.ew_event_mentions = mentions if with_mentions else None
    CasualtiesComponent(nlp)(doc)
    return {
        e.id: e.casualties.killed is not None or e.casualties.injured is not None
        for e in doc._.ew_events
    }


@pytest.mark.parametrize(("text", "events", "by_mention", "by_trigger"), MENTION_CASES)
def test_casualties_attach_to_event_mentioned_nearest(
    nlp: Language, text: str, events: list[MentionedEvent], by_mention: str, by_trigger: str
) -> None:
    found = _run_mentioned(nlp, text, events, with_mentions=True)
    assert [eid for eid, got in found.items() if got] == [by_mention]


@pytest.mark.parametrize(("text", "events", "by_mention", "by_trigger"), MENTION_CASES)
def test_casualties_without_mentions_attach_by_primary_trigger(
    nlp: Language, text: str, events: list[MentionedEvent], by_mention: str, by_trigger: str
) -> None:
    found = _run_mentioned(nlp, text, events, with_mentions=False)
    assert [eid for eid, got in found.items() if got] == [by_trigger]


def test_casualties_attach_to_the_attack_a_relative_clause_names(nlp: Language) -> None:
    text = (
        "A drone struck the governor's home before dawn. The attack, which police said "
        "wounded two guards, came after protests in the city turned violent."
    )
    doc = nlp(text)
    assault = _event(doc, "e1", "ASSAULT", "struck")
    protest = _event(doc, "e2", "PROTEST", "protests")
    doc._.ew_events = [assault, protest]
    doc._.ew_event_mentions = {
        "e1": [t.i for t in doc if t.text in ("struck", "attack")],
        "e2": [t.i for t in doc if t.text == "protests"],
    }
    CasualtiesComponent(nlp)(doc)
    assert assault.casualties.injured == Count(2, 2, "two")
    assert protest.casualties.injured is None


def test_casualties_attach_to_violent_event_in_same_sentence(nlp: Language) -> None:
    text = (
        "Demonstrations turned violent when protesters pelted the police with stones, "
        "injuring several officers."
    )
    protest, assault = _run(nlp, text, [("PROTEST", "Demonstrations"), ("ASSAULT", "pelted")])
    assert assault.casualties.injured == Count(2, None, "several")
    assert protest.casualties.injured is None


def test_casualties_attach_to_nearest_event_in_same_sentence(nlp: Language) -> None:
    text = "Rebels shelled the town and the army bombed a market, killing 12 civilians."
    shelling, bombing = _run(nlp, text, [("ASSAULT", "shelled"), ("ASSAULT", "bombed")])
    assert bombing.casualties.killed == Count(12, 12, "12")
    assert shelling.casualties.killed is None


def test_casualties_attach_to_earlier_sentence_event(nlp: Language) -> None:
    text = (
        "A drone laden with explosives targeted the minister's residence. "
        "The attack injured several guards, officials said."
    )
    (assault,) = _run(nlp, text, [("ASSAULT", "targeted")])
    assert assault.casualties.injured == Count(2, None, "several")


def test_casualties_attach_arrests_to_coercion(nlp: Language) -> None:
    text = "Thousands marched in the capital. Police detained 40 protesters."
    protest, coerce = _run(nlp, text, [("PROTEST", "marched"), ("COERCE", "detained")])
    assert coerce.casualties.arrested == Count(40, 40, "40")
    assert protest.casualties.arrested is None


def test_casualties_ignore_non_violent_events(nlp: Language) -> None:
    text = "The president condemned the bombing, which killed five people."
    (accuse,) = _run(nlp, text, [("ACCUSE", "condemned")])
    assert accuse.casualties.killed is None


def test_casualties_never_double_count_a_statement(nlp: Language) -> None:
    text = "Gunmen attacked a village and clashed with soldiers, killing three civilians."
    events = _run(nlp, text, [("ASSAULT", "attacked"), ("FIGHT", "clashed")])
    assert sum(e.casualties.killed is not None for e in events) == 1


def test_casualties_positive_count_beats_explicit_zero(nlp: Language) -> None:
    text = (
        "A drone struck the governor's house. The governor escaped unhurt, but the blast "
        "wounded four guards."
    )
    (assault,) = _run(nlp, text, [("ASSAULT", "struck")])
    assert assault.casualties.injured == Count(4, 4, "four")


@pytest.mark.parametrize("events", [None, []])
def test_casualties_without_events_leaves_doc_alone(
    nlp: Language, events: list[Event] | None
) -> None:
    doc = nlp("Two people were killed in the blast.")
    doc._.ew_events = events
    assert CasualtiesComponent(nlp)(doc)._.ew_events == events


def test_casualties_component_registered(nlp: Language) -> None:
    model = spacy.blank("en")
    assert model.add_pipe("eventwire_casualties") is not None


# ---------------------------------------------------------------- regressions (issue 14)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # Casualty words that split a coordination each count their own victims.
        ("Three dead and two injured in a shooting at a birthday party.", 3, 2),
        # ... also where the parser makes "Three dead and two" one subject of "injured".
        ("Gunmen raided a market. Three dead and two injured, police said.", 3, 2),
        ("Two dead and four wounded after gunmen raided a market.", 2, 4),
        # "Both" is two people: the two shot are the two who died.
        ("Two men were shot outside a bakery on Friday. Both died at the hospital.", 2, None),
        # Some of a group shot who died are no longer among the injured.
        ("Three people were shot outside a bar. One of them died at the hospital.", 1, 2),
        ("Four people were shot at a party. Two died on Sunday.", 2, 2),
        ("Three men were wounded at the gate. One of the men died later.", 1, 2),
        ("Ten people were wounded in the attack. One of the injured died overnight.", 1, 9),
        ("Twelve soldiers were hurt in the ambush. One of the troops died later.", 1, 11),
        # ... but not one of another group, named by its own noun.
        (
            "Twelve police officers were hurt in the riot. The union said one of its members "
            "was shot dead.",
            1,
            12,
        ),
        # Each victim with a number of its own is someone else, even under the same noun.
        ("One person was killed and one person was injured in the shooting.", 1, 1),
    ],
)
def test_casualties_regression_counts_per_cue(
    nlp: Language, text: str, killed: int | None, injured: int | None
) -> None:
    assert _killed_injured(nlp, text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # "at" with an object of its own after a passive says where, not aimed-at.
        ("A teenager was shot at a bus stop at 9 p.m. on Sunday.", 1),
        ("Deputies were shot at by a man in a pickup truck.", None),
        # A headline drops "was": "Man shot" is a man who was shot.
        ("Teen shot near downtown park. Police are looking for the gunman.", 1),
        # A page title's site name is no victim of the shooting before it.
        ("Shooting near the stadium | WKRP Cincinnati. Nobody was hurt.", 0),
        # Who says so before a headline's colon is not who was hurt after it.
        ("Deputies: Woman found in a creek was shot twice.", None),
    ],
)
def test_casualties_regression_shot_readings(nlp: Language, text: str, injured: int | None) -> None:
    found = [s.count.min for s in find_casualty_statements(nlp(text)) if s.kind == "injured"]
    assert (max(found) if found else None) == injured


def test_casualties_headline_attaches_to_event_told_after_it(nlp: Language) -> None:
    text = "Woman found dead in her apartment. Police said she had been shot in the chest."
    (event,) = _run(nlp, text, [("ASSAULT", "shot")])
    assert event.casualties.killed == Count(1, 1, "Woman")


# ---------------------------------------------------------------- regressions (issue 14, part 2)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # Who fires is no victim: "shot" shares the object of "killed" coordinated after it.
        ("Retired teacher shot and killed tenant in Oak Park.", 1, None),
        ("A gunman opened fire at the depot, shooting and killing two guards.", 2, None),
        # An elliptical aside counts the dead among those hit; the rest are injured.
        ("Three people were shot, one fatally, outside a diner on Pine Road.", 1, 2),
        ("Two men were shot, one of them fatally, near the ferry dock.", 1, 1),
        # "another" is one more person, "another 17" seventeen more.
        ("The blast left one guard dead and another injured.", 1, 1),
        ("Another 17 people were hurt in the stampede.", None, 17),
        # Harm named by what it did to the body.
        ("A cyclist suffered a graze to her arm when the gunman fired.", None, 1),
        ("The clerk sustained a broken wrist in the robbery.", None, 1),
        # A mishap that hurts oneself is no casualty; a weapon that does is.
        ("The fleeing driver injured himself when his car hit a pole.", None, None),
        ("The boy accidentally shot himself with a hunting rifle.", None, 1),
        # A time clause under a plain modal happened: only a counterfactual is unreal.
        ("The suspect will face charges because two men were hurt in the brawl.", None, 2),
    ],
)
def test_casualties_regression_constructions(
    nlp: Language, text: str, killed: int | None, injured: int | None
) -> None:
    assert _killed_injured(nlp, text) == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        # What happens only on a condition did not happen.
        "Officers would have fired if one of the guards had been hurt.",
        "Police did not say whether the man was shot.",
        "The deputies should have waited until one of them was hurt.",
        # Harm suffered by a body that is not a person.
        "The agency suffered a cut in funding after the audit.",
    ],
)
def test_casualties_regression_nothing_happened(nlp: Language, text: str) -> None:
    assert [s for s in find_casualty_statements(nlp(text)) if s.count.min or s.count.max] == []


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A teacher died of a gunshot wound to the head, the sheriff said.", 1, None),
        ("A cyclist suffered stab wounds in the park on Sunday.", None, 1),
    ],
)
def test_casualties_of_a_wound_that_names_its_weapon(
    pipeline: Pipeline, text: str, killed: int | None, injured: int | None
) -> None:
    (result,) = pipeline.process([Article(id="w", text=text)])
    (event,) = result.events
    assert event.type == "ASSAULT"
    counts = event.casualties
    assert (counts.killed and counts.killed.min, counts.injured and counts.injured.min) == (
        killed,
        injured,
    )


@pytest.mark.parametrize(
    "text",
    [
        # "non-fatal" denies the death "fatal" would tell.
        "Police are looking into a non-fatal shooting on Elm Street.",
        "Detectives counted more than two hundred non fatal shootings this year.",
    ],
)
def test_casualties_regression_non_fatal_is_no_death(nlp: Language, text: str) -> None:
    assert [s for s in find_casualty_statements(nlp(text)) if s.kind == "killed"] == []


@pytest.mark.parametrize(
    ("text", "cue", "victim", "across"),
    [
        # Two headlines joined by a semicolon: the second one's subject is no victim of the
        # first one's verb, however the parser joins them.
        ("Clerk Killed In Toledo; Robbers Flee With Van", "Killed", "Robbers", True),
        ("Market shooting | Valley Courier Gunmen killed a guard", "shooting", "Gunmen", True),
        ("Gunmen killed a 17-year-old guard in Toledo", "killed", "guard", False),
    ],
)
def test_casualties_regression_victim_across_title_bar(
    nlp: Language, text: str, cue: str, victim: str, across: bool
) -> None:
    doc = nlp(text)
    tokens = {t.text: t for t in doc}
    assert across_title_bar(tokens[cue], tokens[victim]) is across


@pytest.mark.parametrize(
    "text",
    [
        # A headline run into the first sentence: the death after its title bar is told after
        # the one person the headline says was shot, and is that person.
        "Robber shot driver twice | Valley Courier Police said the man died at the depot.",
        # ... and when the story names the dead man and tells of an arrest before "he" dies.
        "Sheriff: Robber shot driver twice | Valley Courier Tom Reyes, 52, was the man killed at "
        "the depot on Monday, deputies said. Deputies arrested Ann Cole, 41, and charged her "
        "with murder. Medics tried to help, but he was pronounced dead at the scene.",
    ],
)
def test_casualties_regression_headline_hit_is_the_death(nlp: Language, text: str) -> None:
    found = [s.kind for s in find_casualty_statements(nlp(text)) if s.count.min]
    assert "killed" in found
    assert "injured" not in found


# ---------------------------------------------------------------- ways of telling of the hurt


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # A hit by gunfire: where on the body it landed, or what a shot did.
        ("The courier was hit in the thigh near the ferry dock.", None, 1),
        ("The guard fired twice, striking the robber in the hip.", None, 1),
        ("Two masked men opened fire on the porch, hitting three teens.", None, 3),
        # A grazed body part stands for the person it belongs to.
        ("A bullet grazed her shoulder as she ran for the bus.", None, 1),
        # A person found with wounds, however the parser attaches "with".
        ("Deputies found a hiker with several gunshot wounds on the trail.", None, 1),
        # A condition said of someone, good or poor.
        ("The cashier was listed in good condition at Mercy Hospital.", None, 1),
        # Beaten with a gun.
        ("The robber pistol-whipped a clerk at the pawn shop.", None, 1),
        # Living through it was being hurt; not living through it is death.
        ("The teenager is recovering at home after the ambush.", None, 1),
        ("The delivery driver is expected to survive, doctors said.", None, 1),
        ("The oldest brother did not survive.", 1, None),
        # Giving way to wounds is dying.
        ("The courier succumbed to his wounds on Friday.", 1, None),
        # A life lost or taken is a death, counted by whose it was.
        ("A bystander lost his life in the crossfire.", 1, None),
        ("The ambush claimed the lives of three ranchers.", 3, None),
        ("Two lives were lost in the ambush.", 2, None),
        # Fighting for one's life is being gravely hurt.
        ("The ambush left a ranger fighting for his life.", None, 1),
        ("Two hikers were fighting for their lives on Sunday.", None, 2),
        # A number after a comma is a phrase of its own, not part of the number before it.
        ("Two dead, one hurt in Brookvale ambush.", 2, 1),
        # Harm a preposition denies is none.
        ("The cashier escaped without injury.", None, 0),
        ("The deputies left the scene without being hurt.", None, 0),
        # A hit that returned fire led to.
        ("Officers returned fire, striking the gunman.", None, 1),
    ],
)
def test_casualties_ways_of_telling_of_the_hurt(
    nlp: Language, text: str, killed: int | None, injured: int | None
) -> None:
    assert _killed_injured(nlp, text) == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        # A hit on something that is no one.
        "The guard fired twice at the van and struck a parked pickup.",
        "Three bullets struck the front window of the bakery.",
        "The bouncer was hit in his protective vest.",
        # Taken to a hospital "with injuries": the injuries are not the hospital's.
        "The ambulance raced to a hospital with a trauma unit.",
        # A hypothetical: a verb coordinated with a conditional clause.
        "If a stranger walks into the shop and shoots him, the owner is done for.",
        # The present tense with a bare plural is what happens in general.
        "Gun violence hurts neighborhoods and kills teenagers.",
        # Trade and crops are no people.
        "The dock strike hurt exports, the trade minister said.",
        "The hailstorm injured crops across the valley.",
        # Weapons and aircraft brought down are no one hurt.
        "Air defences shot down 14 drones over the capital.",
        "The navy said it had shot down 3 of the 5 missiles fired at the ship.",
        # A city's yearly tally is no one event's victims.
        "So far this year, 212 people have been shot in the county.",
        # Aimed, not hit, with an adverb between the verb and "at".
        "The deputy shot twice at the fleeing van.",
        # Recovery of things, and animals that lived.
        "Officers recovered a rifle and two magazines near the garage.",
        "Four of the six puppies survived the fire at the kennel.",
        "Officers hope the clerk will recover.",
        # Giving way to something that is no harm; lives only risked or nearly lost.
        "The mayor succumbed to pressure and resigned.",
        "The officer could have lost his life in the ambush.",
        "The guard risked his life to save the children.",
        "The governor is fighting for his political life.",
    ],
)
def test_casualties_nobody_hurt_in_these(nlp: Language, text: str) -> None:
    assert [s for s in find_casualty_statements(nlp(text)) if s.count.min or s.count.max] == []


def test_casualties_vague_first_mention_is_the_one_who_died(nlp: Language) -> None:
    text = (
        "Officers answered a call about a person shot on Dune Road. They found a man with a "
        "gunshot wound to the neck. He died at the hospital."
    )
    found = {s.kind for s in find_casualty_statements(nlp(text)) if s.count.min}
    assert found == {"killed"}


def _killed_injured(nlp: Language, text: str) -> tuple[int | None, int | None]:
    """The smallest count of the dead and of the hurt the statements of ``text`` give."""
    found = {s.kind: s.count.min for s in find_casualty_statements(nlp(text))}
    return found.get("killed"), found.get("injured")


def test_casualties_tens_of_thousands_is_no_pair(nlp: Language) -> None:
    found = find_casualty_statements(nlp("The floods have killed tens of thousands of people."))
    assert [(s.count.min, s.count.max) for s in found if s.kind == "killed"] == [(20000, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck Marib on Monday in a war that has killed tens of thousands of people.",
        "Jets struck Marib on Monday. The war, which has killed 150,000 people, goes on.",
    ],
)
def test_casualties_a_wars_running_toll_is_no_days_dead(run_text: Any, text: str) -> None:
    result = run_text(text)
    assert [e.type for e in result.events] == ["ASSAULT"]
    assert result.events[0].casualties.killed is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("BAMAKO, Mali — Seven soldiers were killed on Tuesday when gunmen ambushed them.", 7),
        ("MAIDUGURI, Nigeria — Twelve villagers were killed on Friday in a raid.", 12),
    ],
)
def test_casualties_a_dateline_is_no_victim(run_text: Any, text: str, count: int) -> None:
    killed = [e.casualties.killed for e in run_text(text).events if e.casualties.killed]
    assert [(c.min, c.max) for c in killed] == [(count, count)]


def test_casualties_a_wars_tally_does_not_take_the_wounded_among_its_dead(run_text: Any) -> None:
    result = run_text(
        "Doctors said they had received 43 wounded on Friday. "
        "The war has killed tens of thousands of people since 2023."
    )
    injured = [e.casualties.injured for e in result.events if e.casualties.injured]
    assert [(c.min, c.max) for c in injured] == [(43, 43)]


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # hurt told after the dead are others, though fewer
        ("Gunmen killed 12 worshippers on Sunday. Three people were wounded.", 3),
        ("Gunmen killed 12 worshippers on Sunday. The attackers fled. Three were wounded.", 3),
        # hurt told before the dead may be among them
        ("Three men were shot on Sunday. Police said three men died.", 0),
    ],
)
def test_casualties_the_hurt_told_after_the_dead_are_others(
    run_text: Any, text: str, injured: int
) -> None:
    counts = [e.casualties.injured for e in run_text(text).events if e.casualties.injured]
    assert sum(c.min or 0 for c in counts) == injured


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Police arrested 20 more people in a raid.", 20),
        ("Police detained five additional suspects on Friday.", 5),
    ],
)
def test_casualties_more_after_a_number_is_no_part_of_it(
    run_text: Any, text: str, count: int
) -> None:
    arrested = [e.casualties.arrested for e in run_text(text).events if e.casualties.arrested]
    assert [(c.min, c.max) for c in arrested] == [(count, count)]


@pytest.mark.parametrize(
    "text",
    [
        # the dead pointed back to after their toll are no new hurt
        "Two men were killed in a shooting on Sunday. Police said the two men were shot outside"
        " a nightclub.",
        "Two men were killed in a shooting. Both men were shot in the head.",
        # a death pointed back to pages on still counts the group hurt
        "Two men were found in a park on Sunday. Both were shot several times. Police closed"
        " the park. Detectives searched the area. Neighbours heard nothing. They had probably"
        " died in the morning.",
    ],
)
def test_casualties_the_dead_told_again_are_not_hurt(run_text: Any, text: str) -> None:
    events = run_text(text).events
    assert not [e for e in events if e.casualties.injured]
    assert [(e.casualties.killed.min) for e in events if e.casualties.killed] == [2]


def test_casualties_some_of_the_victims_told_again_are_not_hurt(run_text: Any) -> None:
    events = run_text(
        "Gunmen killed five people in a village on Sunday. Three of the victims were shot in"
        " their homes."
    ).events
    assert not [e for e in events if e.casualties.injured]


@pytest.mark.parametrize(
    "text",
    [
        "Supporters of jailed opposition leader Amara Diallo gathered outside the court.",
        "Police dispersed a rally for detained activist Samuel Okoro in Abuja on Friday.",
    ],
)
def test_casualties_a_participle_in_a_named_persons_title_is_no_arrest(
    run_text: Any, text: str
) -> None:
    assert all(e.casualties.arrested is None for e in run_text(text).events)


def test_casualties_leaving_people_dead_counts_the_people(run_text: Any) -> None:
    result = run_text(
        "Clashes erupted between rival factions in the capital, leaving at least 10 people dead."
    )
    killed = [e.casualties.killed for e in result.events if e.casualties.killed]
    assert killed and killed[0].min == 10


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Gunmen shot dead a policeman in Jos on Monday.", 1),
        ("Police shot dead three robbers on Monday.", 3),
        ("Two men were shot dead in Jos on Monday.", 2),
    ],
)
def test_casualties_shot_dead_counts_the_object_not_the_shooters(
    run_text: Any, text: str, count: int
) -> None:
    killed = run_text(text).events[0].casualties.killed
    assert killed is not None and (killed.min, killed.max) == (count, count)


def test_casualties_shot_dead_with_dead_as_a_complement_counts_the_object(run_text: Any) -> None:
    killed = run_text("Gunmen shot dead a Palestinian man in Jenin.").events[0].casualties.killed
    assert killed is not None and (killed.min, killed.max) == (1, 1)


@pytest.mark.parametrize(
    "text",
    [
        # A harm escaped, or denied to each of a pair.
        "The cashier escaped injury when the robber fired into the ceiling.",
        "The couple avoided being hit by the stray rounds.",
        "Neither guard was hurt in the exchange.",
        "Neither the cook nor the waiter was injured.",
        # Aimed at, however often: "at" followed by how many times.
        "The courier was shot at twice on his way home.",
        "The bus driver was shot at several times but kept driving.",
        # A rate over days or years is no one event's victims.
        "Hundreds of teenagers are shot every year in the region.",
        "Somebody is getting hurt each weekend on that corner.",
        # A harm someone wants, wishes or prevents did not happen.
        "Parents do not want to see another student killed.",
        "The new barrier is meant to keep walkers from being hurt.",
        # Hurt in a crash or a fall is no casualty of the violence.
        "The fleeing driver was injured in the crash.",
        "A passenger suffered minor injuries in the collision.",
        "The burglar was hurt when he slipped and fell from the roof.",
    ],
)
def test_casualties_no_harm_escaped_aimed_wished_or_by_mishap(nlp: Language, text: str) -> None:
    assert [s for s in find_casualty_statements(nlp(text)) if s.count.min or s.count.max] == []


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # Still hit: "at least", "at" a place, a lighter harm left open, hurt by the violence.
        ("The teller was shot at least twice.", 1),
        ("The teller was shot at a bus stop.", 1),
        ("The boy escaped with minor injuries.", 1),
        ("Two ushers were injured when gunfire broke out.", 2),
        ("The driver was wounded after a crash when a gunman fired at his car.", 1),
        ("The minister was injured when his car crashed after gunmen opened fire on it.", 1),
    ],
)
def test_casualties_still_hurt_beside_those_words(nlp: Language, text: str, injured: int) -> None:
    found = [s for s in find_casualty_statements(nlp(text)) if s.kind == "injured"]
    assert [s.count.min for s in found] == [injured]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # told as likely, or a rate within one offensive told in the past: still killed
        ("Five people are feared killed in the attack.", 5),
        ("At least 20 people were killed each day of the offensive.", 20),
    ],
)
def test_casualties_a_likely_or_past_daily_toll_still_counts(
    nlp: Language, text: str, killed: int
) -> None:
    found = [s for s in find_casualty_statements(nlp(text)) if s.kind == "killed"]
    assert [s.count.min for s in found] == [killed]


def test_casualties_evading_arrest_tells_no_arrest_count(nlp: Language) -> None:
    text = "The suspect evaded arrest after gunmen killed two guards."
    assert not [s for s in find_casualty_statements(nlp(text)) if s.kind == "arrested"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Jihadists attacked a village in northern Mali on Saturday, killing 15 civilians and "
         "burning granaries.", 15),
        ("Gunmen killed three guards and two fleeing workers.", 5),
    ],
)  # fmt: skip
def test_casualties_a_second_act_read_as_victims_adds_no_one(
    run_text: Any, text: str, killed: int
) -> None:
    [event] = [e for e in run_text(text).events if e.casualties.killed]
    assert event.casualties.killed is not None and event.casualties.killed.min == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a bare plural after the numbered noun is counted by the same number
        ("Jihadists killed around 40 soldiers and volunteer fighters in an attack on Sunday.", 40),
        # a second noun with its own article or number adds its own
        ("Jihadists killed 40 soldiers and a civilian in an attack on Sunday.", 41),
        ("Jihadists killed 40 soldiers and two civilians in an attack on Sunday.", 42),
        # speakers the parser joined to the victims are no victims
        ("Troops and militiamen clashed on Sunday, killing at least 12 civilians, residents "
         "and an aid worker said.", 12),
    ],
)  # fmt: skip
def test_casualties_coordinated_victims_share_a_number_or_add_their_own(
    run_text: Any, text: str, killed: int
) -> None:
    counts = [e.casualties.killed.min for e in run_text(text).events if e.casualties.killed]
    assert counts and max(c or 0 for c in counts) == killed

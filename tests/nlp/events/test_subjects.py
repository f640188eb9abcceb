"""Who does what a verb says, where the parse hides it: parses given by hand, since the
misreadings below depend on the model's mood."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.nlp.events.subjects import misread_finite


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    """A Doc with a parse given by hand."""
    pos = {"NNS": "NOUN", "VBN": "VERB", "VBD": "VERB", "IN": "ADP", "CD": "NUM", "NN": "NOUN"}
    lemmas = [
        w.lower().removesuffix("ed") if t.startswith("VB") else w.lower()
        for w, t in zip(words, tags, strict=True)
    ]
    return Doc(
        Vocab(),
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=[pos[t] for t in tags],
        lemmas=lemmas,
    )


def test_subjects_a_participle_with_an_object_is_finite() -> None:
    # "Gunmen on motorbikes killed six herders", read as motorbikes that were killed
    doc = _parsed(
        ["Gunmen", "on", "motorbikes", "killed", "six", "herders"],
        [0, 0, 1, 2, 5, 3],
        ["ROOT", "prep", "pobj", "acl", "nummod", "dobj"],
        ["NNS", "IN", "NNS", "VBN", "CD", "NNS"],
    )
    doer = misread_finite(doc[3])
    assert doer is not None and doer.text == "Gunmen"


def test_subjects_a_double_object_participle_stays_passive() -> None:
    # "Detainees in cells granted bail": the detainees were granted it
    doc = _parsed(
        ["Detainees", "in", "cells", "granted", "bail"],
        [0, 0, 1, 2, 3],
        ["ROOT", "prep", "pobj", "acl", "dobj"],
        ["NNS", "IN", "NNS", "VBN", "NN"],
    )
    assert misread_finite(doc[3]) is None


def test_subjects_who_is_charged_with_an_act_did_it(run_text: Any) -> None:
    result = run_text("The ministry charged two police officers with torturing inmates.")
    torture = next(e for e in result.events if e.trigger.text == "torturing")
    assert {a.sector for i in torture.source if (a := result.actor(i))} == {"COP"}


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        # the participle hangs on what was said, whose subject is a thing: the speaker accuses
        (
            "The coast guard said the two boats collided, accusing the navy of reckless moves.",
            "MIL",
        ),
        # a speech act after what was said is the speaker's, whoever did the deed told
        (
            "The opposition leader said police had beaten students, calling on the UN to act.",
            "OPP",
        ),
        # a participle of a deed stays with the doers told
        ("The mayor said the rebels stormed the town, killing five farmers.", "REB"),
    ],
)
def test_subjects_a_speech_participle_after_a_report_is_the_speakers(
    run_text: Any, text: str, sector: str
) -> None:
    result = run_text(text)
    words = ("accusing", "killing", "stormed", "calling")
    act = next(e for e in result.events if e.trigger.text in words)
    assert {a.sector for i in act.source if (a := result.actor(i))} == {sector}


def test_subjects_the_noun_an_accusation_describes_did_the_act(run_text: Any) -> None:
    result = run_text("Police detained a soldier accused of stabbing a student.")
    stab = next(e for e in result.events if e.trigger.text == "stabbing")
    assert [a.sector for i in stab.source if (a := result.actor(i))] == ["MIL"]


def test_subjects_a_doer_the_parser_gave_to_the_closing_report(run_text: Any) -> None:
    result = run_text(
        "Armed men on motorcycles killed at least 15 people in an attack on a village in the"
        " north on Saturday, local sources said."
    )
    killing = next(e for e in result.events if e.trigger.text == "killed")
    assert [a.name for i in killing.source if (a := result.actor(i))] == ["armed men"]

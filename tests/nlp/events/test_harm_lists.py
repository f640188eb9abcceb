"""The events stage's harm lists share one class of bodily-harm verbs (word group ``harming``)."""

from __future__ import annotations

from eventwire.nlp.events import arguments, coding, component, natural
from eventwire.nlp.events.lexicon import HARMING


def test_harming_is_the_verbs_of_bodily_harm() -> None:
    assert frozenset({"kill", "wound", "injure"}) == HARMING


def test_every_harm_list_starts_from_harming() -> None:
    for words in (
        arguments.UNDERGONE,
        coding.HARM_VERBS,
        component.HARM_VERBS,
        component.CASUALTY_VERBS,
        natural.ACCIDENT_HARMING,
    ):
        assert words >= HARMING


def test_each_harm_list_keeps_its_own_verbs() -> None:
    assert {"shoot", "arrest", "behead"} <= arguments.UNDERGONE
    assert {"neutralize", "apprehend"} <= coding.HARM_VERBS
    assert {"destroy", "flatten"} <= component.HARM_VERBS
    assert HARMING | {"die", "hurt"} == component.CASUALTY_VERBS
    assert {"maim", "claim"} <= natural.ACCIDENT_HARMING

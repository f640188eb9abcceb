"""The cues around a lower-case name, read on the tokens alone."""

from __future__ import annotations

import pytest
import spacy

from eventwire.nlp.places.lower_cues import opens_dateline, owner, party_tag, saints_house
from eventwire.nlp.places.scan import View

NLP = spacy.blank("en")


def _view(text: str) -> tuple[View, list[str]]:
    v = View(NLP(text))
    return v, v.texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rep. jo doe , d - calif said so", True),
        ("big bazaar , d - mart was robbed", False),  # no politician's title before
        ("rep. jo doe said d - calif", False),  # no comma or bracket before the letter
    ],
)
def test_party_tag_needs_a_title_and_a_comma(text: str, expected: bool) -> None:
    v, texts = _view(text)
    assert party_tag(v, texts.index("-") + 1) is expected


def test_saints_house_and_owner() -> None:
    v, texts = _view("he was at st. john's hospital and outside hayward's office")
    st = texts.index("st")  # the tokenizer splits the dot off: "st" "." "john"
    assert saints_house(v, st, st + 3)
    h = texts.index("hayward")
    assert owner(v, h, h + 1)
    assert not owner(v, st, st + 3)  # "at", no wide preposition


def test_opens_dateline_at_a_line_start_before_a_colon() -> None:
    v, texts = _view("patna : two men were held")
    assert opens_dateline(v, 0, 1)
    v, texts = _view("two men were held in patna : he said")
    assert not opens_dateline(v, texts.index("patna"), texts.index("patna") + 1)

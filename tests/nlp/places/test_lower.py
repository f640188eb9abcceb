"""Lower-cased articles: when the scan reads lower-case words, and what it takes from them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy

from eventwire.nlp.places.lower import is_lowered
from eventwire.nlp.places.scan import View
from eventwire.records import ArticleResult

RunText = Callable[..., ArticleResult]

NLP = spacy.blank("en")
NLP.add_pipe("sentencizer")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two men were held on friday. the court set bail. they left.", True),
        ("Two men were held on Friday. The court set bail in Ranchi.", False),
        ("two men were held. The court set bail. they left. we saw.", True),  # 3 of 4 starts
        (
            "two men met Ravi Kumar and Sunita Devi in Ranchi. they left.",
            False,
        ),  # names capitalised
        ("", False),
    ],
)
def test_lower_is_lowered(text: str, expected: bool) -> None:
    assert is_lowered(View(NLP(text))) is expected


def _places(run_text: RunText, text: str) -> dict[str, str | None]:
    return {m.text: p.country for p in run_text(text).places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("three men were arrested in ranchi on sunday. the police seized a car.", "ranchi", "IND"),
        ("the suspects came from bhagalpur district, the officer said.", "bhagalpur", "IND"),
        ("villagers near dhanbad blocked the road. the police arrived late.", "dhanbad", "IND"),
        ("a youth was detained at bokaro, jharkhand. he was questioned.", "bokaro", "IND"),
        ("a youth was detained at bokaro, jharkhand. he was questioned.", "jharkhand", "IND"),
    ],
)
def test_lower_takes_names_with_evidence(
    run_text: RunText, text: str, name: str, country: str
) -> None:
    assert _places(run_text, text).get(name) == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the mobile phones of the accused were seized. he said so.", "mobile"),
        ("the reading of the charges was put off. the men were freed.", "reading"),
        ("the case was split in two. the judge said it was a surprise.", "split"),
        ("crowds gathered in hope of news. officers stood by.", "hope"),
    ],
)
def test_lower_leaves_common_words(run_text: RunText, text: str, word: str) -> None:
    assert word not in _places(run_text, text)


def test_lower_one_sense_per_article(run_text: RunText) -> None:
    text = "two shops were looted in hazaribagh. hazaribagh police have filed a case."
    mentions = [m.text for p in run_text(text).places for m in p.mentions]
    assert mentions.count("hazaribagh") == 2


def test_lower_capitalised_text_unchanged(run_text: RunText) -> None:
    # in ordinary text the lower-case scan stays off: "from bokaro" is no place in lower case
    text = "Officers said the car came from bokaro. The Police Chief spoke in Ranchi."
    assert "bokaro" not in _places(run_text, text)

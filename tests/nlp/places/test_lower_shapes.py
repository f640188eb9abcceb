"""Lower-cased articles: a town's fire service, names the lemmatizer reads as plurals, and a
list of countries."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.records import ArticleResult

RunText = Callable[..., ArticleResult]


def _places(run_text: RunText, text: str) -> dict[str, str | None]:
    return {m.text: p.name for p in run_text(text).places for m in p.mentions}


def test_lower_a_towns_fire_service_names_the_town(run_text: RunText) -> None:
    text = "the boise fire department said the blaze began in a garage. no one was hurt."
    assert _places(run_text, text).get("boise") == "Boise"


def test_lower_a_fire_alone_names_no_town(run_text: RunText) -> None:
    text = "the canyon fire spread overnight. crews said it was half contained."
    assert "canyon" not in _places(run_text, text)


def test_lower_a_name_read_as_a_plural_of_no_word_is_a_town(run_text: RunText) -> None:
    text = "a body was found by a river in béziers on sunday. an inquiry was opened."
    assert _places(run_text, text).get("béziers") == "Béziers"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the wells ran dry in the summer. the farmers said so.", "wells"),
        ("the readings were wrong, the engineers said. they left.", "readings"),
    ],
)
def test_lower_plurals_of_english_words_stay_words(run_text: RunText, text: str, word: str) -> None:
    assert word not in _places(run_text, text)


def test_lower_a_country_in_a_list_of_countries_is_no_town_of_the_next(
    run_text: RunText,
) -> None:
    """ "x, y" with y a country puts a town x in y; a country x is only the list's item."""
    text = "envoys of chile, slovakia, portugal and kenya met on monday. they said little."
    assert _places(run_text, text).get("slovakia") == "Slovakia"

"""Names on ordinary wire stories: a town's own name before its river ("Marburg an der
Lahn"), news agencies and diseases named like places, caption labels in capitals, two places
the NER joined with "and", and a foreign town's alternate name in a story placed elsewhere."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.places.tables import name_head


def _found(result: Any) -> dict[str, tuple[str, str | None]]:
    return {m.text: (p.name, p.feature_code) for p in result.places for m in p.mentions}


def test_a_name_before_its_river_is_the_towns_own_name() -> None:
    assert name_head("marburg an der lahn") == "marburg"
    assert name_head("halle (saale)") == "halle"
    assert name_head("newcastle upon tyne") == "newcastle"
    assert name_head("bayt an nuba") is None  # the Arabic article links no river
    assert name_head("springfield") is None


def test_a_town_known_by_its_name_before_the_river_beats_an_alternate_name(
    run_text: Any,
) -> None:
    result = run_text("Students in Marburg staged a sit-in at the university on Monday.")
    assert _found(result)["Marburg"][0] == "Marburg an der Lahn"


def test_a_disease_name_takes_the_names_other_mentions_with_it(run_text: Any) -> None:
    result = run_text(
        "Health workers in Uganda confirmed a case of Marburg virus on Monday. The Marburg "
        "outbreak is the second this year."
    )
    assert "Marburg" not in _found(result)


def test_a_disease_name_leaves_a_town_something_happens_in(run_text: Any) -> None:
    result = run_text(
        "The Marburg virus was first found in laboratory workers in Marburg, Germany, in 1967."
    )
    assert _found(result)["Marburg"][0] == "Marburg an der Lahn"


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("China's official Xinhua news agency said 12 miners were trapped in Shanxi.", "Xinhua"),
        (
            "Iran's Fars news agency said police arrested five men in Zahedan. Fars said more "
            "arrests would follow.",
            "Fars",
        ),
        ("Jordan's Petra news agency said the king met the envoy in Amman.", "Petra"),
    ],
)
def test_a_news_agency_named_like_a_place_is_no_place(
    run_text: Any, text: str, agency: str
) -> None:
    assert agency not in _found(run_text(text))


def test_a_country_before_news_agency_stays(run_text: Any) -> None:
    result = run_text("Police in Kisumu used tear gas, the Kenya News Agency reported.")
    assert _found(result).get("Kenya", ("", ""))[0] == "Kenya"


def test_a_caption_label_in_capitals_is_no_dateline(run_text: Any) -> None:
    result = run_text(
        "Farmers in Iowa say the drought is the worst in years.\n"
        "JEWELL: The farmer checks his corn near Ames on Monday."
    )
    assert "JEWELL" not in _found(result)


def test_a_dateline_opening_the_text_with_a_colon_stays(run_text: Any) -> None:
    result = run_text("MILDURA: The river peaked overnight, officials said.")
    assert _found(result).get("MILDURA", ("", ""))[0] == "Mildura"


def test_two_places_the_ner_joined_with_and_are_two(run_text: Any) -> None:
    result = run_text("Protests also spread to Abuja and Kano on Tuesday, witnesses said.")
    found = _found(result)
    assert (found["Abuja"][0], found["Kano"][0]) == ("Abuja", "Kano")


def test_a_foreign_towns_alternate_name_is_no_place_of_a_story_elsewhere(run_text: Any) -> None:
    result = run_text(
        "Pakistani police said gunmen attacked a bus in Kohistan on Sunday, killing nine."
    )
    assert "Kohistan" not in _found(result)


def test_a_name_the_ner_cut_its_leading_word_off_is_taken_whole(run_text: Any) -> None:
    result = run_text(
        "Floodwaters from the Chao Phraya River swamped parts of Ayutthaya on Tuesday."
    )
    assert [p.name for p in result.places if p.feature_code == "STM"] == ["Chao Phraya River"]

"""eventwire_places: names taken on evidence beyond the NER (datelines inside a text, stop names
with a cue, lists of counties, one sense per article) and the resolution rules that go with them
(a capital over its same-named subdivision, abbreviated words of names, listed towns)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from eventwire.nlp.places import build as gb
from eventwire.nlp.places import default_gazetteer
from eventwire.nlp.places.gazetteer import GazEntry
from eventwire.nlp.places.resolve import Evidence, resolve
from eventwire.nlp.places.tables import load_never_names, load_stopnames, spellings, word_variants

_STATE = GazEntry(
    None, "Washington", 47.4, -121.1, "USA", "Washington", "ADM1", 6_500_000, "admin1"
)
_CAPITAL = GazEntry(
    1, "Washington", 38.9, -77.04, "USA", "District of Columbia", "PPLC", 690_000, "city"
)
_SEATTLE = GazEntry(2, "Seattle", 47.6, -122.33, "USA", "Washington", "PPL", 740_000, "city")


def _found(result: Any) -> dict[str, tuple[str, str | None, str | None]]:
    """Mention text → (place name, country, subdivision)."""
    return {m.text: (p.name, p.country, p.admin1) for p in result.places for m in p.mentions}


@pytest.mark.parametrize(
    ("fixed", "expected"),
    [([], _CAPITAL), ([_SEATTLE], _STATE)],
)
def test_evidence_capital_outweighs_its_namesake_state_unless_the_state_is_named(
    fixed: list[GazEntry], expected: GazEntry
) -> None:
    cands = {"washington": [_STATE, _CAPITAL]}
    chosen = resolve(cands, Counter(cands), Evidence(fixed=fixed))
    assert chosen["washington"] == expected


@pytest.mark.parametrize(
    ("key", "variant"),
    [
        ("st croix county", "saint croix county"),
        ("saint paris", "st paris"),
        ("fort hood", "ft hood"),
        ("port st lucie", "port saint lucie"),
    ],
)
def test_evidence_abbreviated_words_of_names_are_indexed_both_ways(key: str, variant: str) -> None:
    assert variant in word_variants(key)


def test_evidence_never_names_are_stop_names() -> None:
    assert load_never_names() <= load_stopnames()
    assert "march" in load_never_names() and "columbus" not in load_never_names()


def test_evidence_listed_towns_fill_the_gazetteer() -> None:
    """A base that GeoNames' towns lack comes from the listed towns, by either spelling."""
    gaz = default_gazetteer()
    [base] = [c for c in gaz.candidates("Fort Hood") if c.country_iso3 == "USA"]
    assert gaz.candidates("Ft. Hood") == [base] and base.admin1 == "Texas"


def test_evidence_dateline_after_a_headline_names_a_town(run_text: Any) -> None:
    result = run_text(
        "Fire guts barn near farm. BYESVILLE -- Firefighters from three towns were called "
        "on Sunday. Byesville volunteers stayed until dawn."
    )
    found = _found(result)
    assert found.get("BYESVILLE", ("",))[0] == "Byesville"
    assert found.get("Byesville", ("",))[0] == "Byesville"  # one sense per article


def test_evidence_a_list_before_counties_names_counties(run_text: Any) -> None:
    result = run_text(
        "Ranchers in Oklahoma said rain helped pastures in Love, Carter and Marshall counties."
    )
    found = _found(result)
    assert {found[n][0] for n in ("Love", "Carter", "Marshall") if n in found} == {
        "Love County",
        "Carter County",
        "Marshall County",
    }


def test_evidence_a_stop_name_needs_a_cue(run_text: Any) -> None:
    result = run_text(
        "Mayor Ginther met residents in Columbus, Ohio, on Monday. Later, Jackson thanked "
        "volunteers at a shelter in March."
    )
    found = _found(result)
    assert found.get("Columbus", ("",))[0] == "Columbus"
    assert "Jackson" not in found and "March" not in found


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("ts'khinvali", {"tskhinvali"}),
        ("al qamishli", {"qamishli"}),
        ("ad dawrah", {"dawrah", "al dawrah"}),
        ("ash shaykh", {"shaykh", "al shaykh"}),
        ("al bab", set()),  # a short bare name is a word: not filed bare
        ("paris", set()),
    ],
)
def test_evidence_news_spellings_of_transliterated_names(key: str, expected: set[str]) -> None:
    assert spellings(key) == expected


def _town(name: str, pop: int, kind: str = "city") -> Any:
    return (None, name, 0.0, 0.0, "SYR", None, "PPL", pop, kind)


def test_evidence_a_spelling_never_takes_a_bigger_place_name() -> None:
    b = gb._IndexBuilder()
    small = b.add(_town("Al Qamishli", 180_000), ["Al Qamishli"])
    big = b.add(_town("Qamishli", 500_000), ["Qamishli"])
    tiny = b.add(_town("Ad Dawrah", 900), ["Ad Dawrah"])
    index = b.index()
    assert index["qamishli"] == (big,)
    assert small in index["al qamishli"]
    assert index["dawrah"] == (tiny,) and index["al dawrah"] == (tiny,)


def test_evidence_a_spelling_never_takes_a_country_or_stop_name() -> None:
    b = gb._IndexBuilder()
    b.add(
        (None, "El Salvador", 0.0, 0.0, "SLV", None, "PCLI", 6_000_000, "country"), ["El Salvador"]
    )
    town = b.add(_town("El March", 5_000), ["El March"])
    index = b.index()
    assert "salvador" not in index  # countries keep their article
    assert "march" in load_stopnames() and "march" not in index
    assert town in index["al march"]


_GAINESVILLE_FL = GazEntry(
    None, "Gainesville", 29.65, -82.32, "USA", "Florida", "PPL", 130_000, "city"
)
_GAINESVILLE_GA = GazEntry(
    None, "Gainesville", 34.30, -83.82, "USA", "Georgia", "PPL", 40_000, "city"
)
_HALL_GA = GazEntry(None, "Hall County", 34.32, -83.82, "USA", "Georgia", "ADM2", 0, "admin2")
_HALL_NE = GazEntry(None, "Hall County", 40.87, -98.50, "USA", "Nebraska", "ADM2", 0, "admin2")


def test_evidence_ambiguous_names_with_readings_near_each_other_support_them() -> None:
    cands = {
        "gainesville": [_GAINESVILLE_FL, _GAINESVILLE_GA],
        "hall county": [_HALL_NE, _HALL_GA],
    }
    chosen = resolve(cands, Counter({"gainesville": 1, "hall county": 1}))
    assert chosen["gainesville"] is _GAINESVILLE_GA
    assert chosen["hall county"] is _HALL_GA


def test_evidence_a_lone_ambiguous_name_keeps_its_bigger_reading() -> None:
    chosen = resolve(
        {"gainesville": [_GAINESVILLE_FL, _GAINESVILLE_GA]}, Counter({"gainesville": 1})
    )
    assert chosen["gainesville"] is _GAINESVILLE_FL


def test_evidence_an_organisation_of_another_country_names_no_town(run_text: Any) -> None:
    # "Rapid" opens the name of Sudan's paramilitary, not a body of Rapid City, South Dakota,
    # even in an article that also names Washington
    result = run_text(
        "The Rapid Support Forces shelled a camp near El Fasher on Saturday. "
        "Officials in Washington condemned the attack."
    )
    assert "Rapid City" not in {p.name for p in result.places}
    # a local body of a town in the article's country still names the town
    local = run_text("The Fresno County Sheriff's Office said two deputies were hurt in Fresno.")
    assert "Fresno County" in {p.name for p in local.places}

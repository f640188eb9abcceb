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
from eventwire.nlp.places.tables import load_never_names, load_stopnames

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
    assert variant in gb._variants(key)


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

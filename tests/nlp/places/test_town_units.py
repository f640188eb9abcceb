"""One name, one place: a subdivision or county named exactly as its own town is reported as
that town by the bare name, where the town is its capital or holds more people than its summed
towns; a far bigger province stays the usual choice, and the unit word keeps the unit."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from eventwire.nlp.places.gazetteer import GazEntry
from eventwire.nlp.places.resolve import resolve, towns_of_units

TOWN = GazEntry(1, "Ronga", 10.0, 20.0, "MLI", "Ronga", "PPL", 130_000, "city")
CAPITAL = GazEntry(3, "Ronga", 10.0, 20.0, "MLI", "Ronga", "PPLA", 130_000, "city")
UNIT = GazEntry(None, "Ronga", 10.2, 20.1, "MLI", "Ronga", "ADM1", 40_000, "admin1")
PROVINCE = GazEntry(None, "Ronga", 10.2, 20.1, "MLI", "Ronga", "ADM1", 900_000, "admin1")
FAR_UNIT = GazEntry(None, "Ronga", 13.0, 20.0, "MLI", "Ronga", "ADM1", 40_000, "admin1")
HAMLET = GazEntry(2, "Ronga", 10.1, 20.0, "MLI", "Ronga", "PPL", 900, "city")
# a state of 20 million whose main city, no capital, holds 15 of them
STATE = GazEntry(None, "Ronga", 10.2, 20.1, "MLI", "Ronga", "ADM1", 20_000_000, "admin1")
METROPOLIS = GazEntry(4, "Ronga", 10.0, 20.0, "MLI", "Ronga", "PPL", 15_000_000, "city")
ELSEWHERE = GazEntry(5, "Tarvo", 40.0, 10.0, "ITA", "Tarvo", "PPLA", 300_000, "city")


@pytest.mark.parametrize(
    ("cands", "expected"),
    [
        ([UNIT, TOWN], TOWN),  # the unit (chosen for its kind) has a bigger town of its name
        ([PROVINCE, CAPITAL], CAPITAL),  # its capital stands for it, however big it is
        ([PROVINCE, TOWN], PROVINCE),  # a far bigger province is the usual choice
        ([FAR_UNIT, TOWN], FAR_UNIT),  # a unit whose point lies far away stays itself
        ([UNIT, HAMLET], UNIT),  # a hamlet does not stand for a province
        ([STATE, METROPOLIS], METROPOLIS),  # a city holding most of its state's people
    ],
)
def test_town_units_a_unit_named_as_its_town_is_the_town(
    cands: list[GazEntry], expected: GazEntry
) -> None:
    chosen = resolve({"ronga": cands}, Counter({"ronga": 1}))
    assert towns_of_units(chosen, {"ronga": cands}).get("ronga", chosen["ronga"]) == expected


def test_town_units_a_city_of_millions_stands_for_its_unit_in_a_story_of_elsewhere() -> None:
    """A story that names a town of another country first: a unit named as a city of a million
    or more is still that city (a smaller one stays the unit, see the Akita guard)."""
    cands = {"ronga": [STATE, METROPOLIS], "tarvo": [ELSEWHERE]}
    chosen = {"ronga": STATE, "tarvo": ELSEWHERE}
    assert towns_of_units(chosen, cands) == {"ronga": METROPOLIS}
    small = {"ronga": [UNIT, TOWN], "tarvo": [ELSEWHERE]}
    assert towns_of_units({"ronga": UNIT, "tarvo": ELSEWHERE}, small) == {}


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        ("Dock workers in Mombasa downed tools on Tuesday.", "Mombasa", "city"),
        ("A drone strike killed five soldiers near Gao on Friday.", "Gao", "city"),
        ("Gunmen attacked a checkpoint in the Gao region on Friday.", "Gao", "admin1"),
        ("Fighting went on in Aleppo on Monday.", "Aleppo", "city"),
        ("Nurses in Lagos downed tools on Thursday over unpaid wages.", "Lagos", "city"),
        ("Police in Harare held two men. Traders in Lagos shut their stalls.", "Lagos", "city"),
    ],
)
def test_town_units_in_text(run_text: Any, text: str, name: str, precision: str) -> None:
    [place] = [p for p in run_text(text).places if p.name == name]
    assert place.precision == precision

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


@pytest.mark.parametrize(
    ("cands", "expected"),
    [
        ([UNIT, TOWN], TOWN),  # the unit (chosen for its kind) has a bigger town of its name
        ([PROVINCE, CAPITAL], CAPITAL),  # its capital stands for it, however big it is
        ([PROVINCE, TOWN], PROVINCE),  # a far bigger province is the usual choice
        ([FAR_UNIT, TOWN], FAR_UNIT),  # a unit whose point lies far away stays itself
        ([UNIT, HAMLET], UNIT),  # a hamlet does not stand for a province
    ],
)
def test_town_units_a_unit_named_as_its_town_is_the_town(
    cands: list[GazEntry], expected: GazEntry
) -> None:
    chosen = resolve({"ronga": cands}, Counter({"ronga": 1}))
    assert towns_of_units(chosen, {"ronga": cands}).get("ronga", chosen["ronga"]) == expected


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        ("Dock workers in Mombasa downed tools on Tuesday.", "Mombasa", "city"),
        ("A drone strike killed five soldiers near Gao on Friday.", "Gao", "city"),
        ("Gunmen attacked a checkpoint in the Gao region on Friday.", "Gao", "admin1"),
        ("Fighting went on in Aleppo on Monday.", "Aleppo", "city"),
    ],
)
def test_town_units_in_text(run_text: Any, text: str, name: str, precision: str) -> None:
    [place] = [p for p in run_text(text).places if p.name == name]
    assert place.precision == precision

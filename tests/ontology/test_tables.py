"""Ontology tables: CAMEO→PLOVER, quad classes, ACLED mapping, country names."""

from __future__ import annotations

import pytest

from eventwire.ontology import PLOVER_TYPES, acled_for, cameo_entry, country_code, quad_of


def test_tables_sixteen_plover_types_with_quads() -> None:
    assert len(PLOVER_TYPES) == 16
    assert {quad_of(t) for t in PLOVER_TYPES} == {1, 2, 3, 4}


@pytest.mark.parametrize(
    ("code", "type_", "mode"),
    [
        ("111", "ACCUSE", "disapprove"),
        ("1832", "ASSAULT", "explosives"),
        ("0871", "RETREAT", "ceasefire"),
        ("173", "COERCE", "arrest"),
        ("0211", "REQUEST", None),
        ("1413", "PROTEST", "demo"),
    ],
)
def test_tables_cameo_entry_maps_to_plover(code: str, type_: str, mode: str | None) -> None:
    entry = cameo_entry(code)
    assert entry is not None and entry.type == type_ and entry.mode == mode


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Iraqi", "IRQ"),
        ("Iran", "IRN"),
        ("Iran's", "IRN"),
        ("U.S.", "USA"),
        ("United Nations", "IGO"),
        ("Kenya", "KEN"),
        ("the United Kingdom", "GBR"),
    ],
)
def test_tables_country_code_from_names_and_demonyms(name: str, code: str) -> None:
    assert country_code(name) == code


def test_tables_country_code_unknown_is_none() -> None:
    assert country_code("Gondor") is None


def test_tables_acled_battle_needs_two_armed_sides() -> None:
    battle = acled_for("ASSAULT", "firearms", frozenset({"MIL"}), frozenset({"REB"}))
    civilians = acled_for("ASSAULT", "firearms", frozenset({"MIL"}), frozenset({"CVL"}))
    assert battle is not None and battle.event_type == "Battles"
    assert civilians is not None and civilians.event_type == "Violence against civilians"


def test_tables_acled_verbal_events_have_none() -> None:
    assert acled_for("ACCUSE", "disapprove") is None
    drone = acled_for("ASSAULT", "drone")
    assert drone is not None and drone.sub_event_type == "Air/drone strike"

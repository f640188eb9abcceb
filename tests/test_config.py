"""Settings: packaged defaults, env overrides, dotted CLI overrides, clear errors."""

from __future__ import annotations

import pytest

from eventwire.config import RULES, load_settings
from eventwire.errors import ConfigError


def test_config_defaults_are_loaded() -> None:
    s = load_settings(env={})
    assert s["input"]["max_chars"] == 1_000_000
    assert s["nlp"]["model"] == "en_core_web_sm"


def test_config_env_then_dotted_override_wins() -> None:
    s = load_settings(["input.max_chars=10"], env={"EVENTWIRE_INPUT__MAX_CHARS": "5"})
    assert s["input"]["max_chars"] == 10
    assert load_settings(env={"EVENTWIRE_INPUT__MAX_CHARS": "5"})["input"]["max_chars"] == 5


@pytest.mark.parametrize("override", ["nope.key=1", "input.max_chars", "input.max_chars=abc"])
def test_config_bad_override_raises_config_error(override: str) -> None:
    with pytest.raises(ConfigError):
        load_settings([override], env={})


def test_config_list_setting_accepts_commas() -> None:
    s = load_settings(["events.lexicons=a.tsv,b.tsv"], env={})
    assert s["events"]["lexicons"] == ["a.tsv", "b.tsv"]


@pytest.mark.parametrize(
    ("name", "raw", "why"),
    [
        ("NLP__BATCH_SIZE", "0", "at least 1"),
        ("NLP__BATCH_SIZE", "-3", "at least 1"),
        ("NLP__N_PROCESS", "0", "at least 1"),
        ("EVENTS__MIN_CONFIDENCE", "5", "at most 1"),
        ("EVENTS__MIN_CONFIDENCE", "-0.1", "at least 0"),
        ("EVENTS__MIN_CONFIDENCE", "NaN", "finite"),
        ("INPUT__MAX_CHARS", "-5", "at least 1"),
        ("INPUT__GLOB", " ", "empty"),
        ("STORE__PATH", "", "empty"),
        ("NLP__MODEL", "", "empty"),
        ("API__THREADS", "0", "at least 1"),
        ("API__THREADS", "1000", "at most 256"),
        ("API__NETWORK_EDGES", "0", "at least 1"),
    ],
)
def test_config_out_of_range_is_refused_from_env_and_set(name: str, raw: str, why: str) -> None:
    with pytest.raises(ConfigError, match=why) as err:
        load_settings(env={f"EVENTWIRE_{name}": raw})
    assert err.value.code == "EW100" and f"EVENTWIRE_{name}" in str(err.value)
    dotted = name.lower().replace("__", ".")
    with pytest.raises(ConfigError, match=why):
        load_settings([f"{dotted}={raw}"], env={})


def test_config_every_rule_names_a_real_setting() -> None:
    defaults = load_settings(env={})
    for dotted in RULES:
        section, _, key = dotted.partition(".")
        assert key in defaults[section], dotted


def test_config_bounds_are_inclusive() -> None:
    s = load_settings(["events.min_confidence=1", "nlp.batch_size=1", "input.max_chars=1"], env={})
    assert s["events"]["min_confidence"] == 1.0 and s["nlp"]["batch_size"] == 1

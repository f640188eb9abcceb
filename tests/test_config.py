"""Settings: packaged defaults, env overrides, dotted CLI overrides, clear errors."""

from __future__ import annotations

import pytest

from eventwire.config import load_settings
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

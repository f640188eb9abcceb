"""Settings: defaults in ``default_config.toml``, overridden by env vars and dotted keys.

Precedence (last wins): the packaged defaults, ``EVENTWIRE_<SECTION>__<KEY>`` environment
variables, then ``--set section.key=value`` overrides from the command line.
"""

from __future__ import annotations

import copy
import json
import os
import tomllib
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any

from eventwire.errors import ConfigError

ENV_PREFIX = "EVENTWIRE_"

Settings = dict[str, dict[str, Any]]


@cache
def _defaults() -> Settings:
    text = resources.files("eventwire").joinpath("default_config.toml").read_text("utf-8")
    return tomllib.loads(text)


def _coerce(raw: str, like: Any) -> Any:
    """Parse a string override into the type of the default it replaces."""
    if isinstance(like, str):
        return raw
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        value = raw
    if isinstance(like, bool) and isinstance(value, bool):
        return value
    if (
        isinstance(like, (int, float))
        and isinstance(value, (int, float))
        and not isinstance(value, bool)
    ):
        return type(like)(value)
    if isinstance(like, list) and isinstance(value, list):
        return value
    if isinstance(like, list) and isinstance(value, str):
        return [v for v in value.split(",") if v]
    raise ConfigError(f"cannot use {raw!r} for a setting of type {type(like).__name__}")


def _set(settings: Settings, dotted: str, raw: str) -> None:
    section, _, key = dotted.partition(".")
    if section not in settings or key not in settings[section]:
        known = ", ".join(f"{s}.{k}" for s in settings for k in settings[s])
        raise ConfigError(f"unknown setting {dotted!r}; known settings: {known}")
    settings[section][key] = _coerce(raw, settings[section][key])


def load_settings(overrides: Iterable[str] = (), env: Mapping[str, str] | None = None) -> Settings:
    """Return the effective settings.

    Args:
        overrides: ``section.key=value`` strings, applied last.
        env: environment to read ``EVENTWIRE_SECTION__KEY`` variables from (default: os.environ).
    """
    settings = copy.deepcopy(_defaults())
    env = os.environ if env is None else env
    for name, raw in env.items():
        if name.startswith(ENV_PREFIX) and "__" in name:
            section, _, key = name[len(ENV_PREFIX) :].lower().partition("__")
            _set(settings, f"{section}.{key}", raw)
    for item in overrides:
        dotted, sep, raw = item.partition("=")
        if not sep:
            raise ConfigError(f"override {item!r} must look like section.key=value")
        _set(settings, dotted.strip(), raw.strip())
    return settings

"""Settings: defaults in ``default_config.toml``, overridden by env vars and dotted keys.

Precedence (last wins): the packaged defaults, ``EVENTWIRE_<SECTION>__<KEY>`` environment
variables, then ``--set section.key=value`` overrides from the command line. Every value is then
checked against :data:`RULES`, the one table of each setting's range or allowed values.
"""

from __future__ import annotations

import copy
import json
import math
import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from eventwire.errors import ConfigError

ENV_PREFIX = "EVENTWIRE_"

Settings = dict[str, dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Rule:
    """What a setting may hold beyond its type: a closed range, or a non-empty text."""

    low: float | None = None
    high: float | None = None
    non_empty: bool = False

    def problem(self, value: Any) -> str | None:
        """Why ``value`` breaks the rule, or ``None``."""
        if self.non_empty and not str(value).strip():
            return "must not be empty"
        if isinstance(value, float) and not math.isfinite(value):
            return "must be a finite number"
        if self.low is not None and value < self.low:
            return f"must be at least {_number(self.low)}"
        if self.high is not None and value > self.high:
            return f"must be at most {_number(self.high)}"
        return None


def _number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


#: Each setting's range or constraint, checked after every override. Types come from the
#: defaults; what is not listed here (lists of files, booleans) takes any value of its type.
RULES: dict[str, Rule] = {
    "nlp.model": Rule(non_empty=True),
    # A batch of 0 processed nothing at all; past a few thousand texts memory runs out first.
    "nlp.batch_size": Rule(low=1, high=10_000),
    "nlp.n_process": Rule(low=1, high=256),
    # spaCy's parser needs about 1 GB per 100,000 characters beyond that: keep it bounded.
    "input.max_chars": Rule(low=1, high=100_000_000),
    "input.glob": Rule(non_empty=True),
    "events.min_confidence": Rule(low=0.0, high=1.0),
    "store.path": Rule(non_empty=True),
    "api.max_body_bytes": Rule(low=1, high=1_000_000_000),
    "api.page_size": Rule(low=1, high=100_000),
    "api.max_page_size": Rule(low=1, high=100_000),
    "api.max_geojson": Rule(low=1, high=1_000_000),
    "api.stats_cache_seconds": Rule(low=0, high=3600),
    "api.network_edges": Rule(low=1, high=1_000_000),
    "api.max_network_edges": Rule(low=1, high=1_000_000),
    # Threads beyond a few only take turns at the GIL (see api/server.py).
    "api.threads": Rule(low=1, high=256),
}


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
    check_settings(settings)
    return settings


def check_settings(settings: Settings) -> None:
    """Check every setting against :data:`RULES`.

    Raises:
        ConfigError: a value is out of its range; the message names the setting and both
            ways of setting it.
    """
    for dotted, rule in RULES.items():
        section, _, key = dotted.partition(".")
        value = settings[section][key]
        problem = rule.problem(value)
        if problem is not None:
            env = f"{ENV_PREFIX}{section.upper()}__{key.upper()}"
            raise ConfigError(
                f"setting {dotted} {problem}, got {value!r} (from --set {dotted}=... or {env})"
            )

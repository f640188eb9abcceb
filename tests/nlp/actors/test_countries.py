"""actor_countries helpers on a parsed text."""

from __future__ import annotations

from pathlib import Path

from eventwire.extract import Pipeline
from eventwire.nlp.actors.countries import ent_text, strip_name
from eventwire.nlp.pipeline import COMPONENTS

EXAMPLES = Path(__file__).resolve().parents[3] / "src" / "eventwire" / "examples" / "articles"


def test_ent_text_reads_the_entity_around_each_token(pipeline: Pipeline) -> None:
    # Regression: ent_text walked Doc.ents, rebuilt on every call, which made finding actor
    # countries quadratic on long articles. The IOB walk must name the very same entities.
    text = (EXAMPLES / "004_dhaka_ministerial_talks.txt").read_text(encoding="utf-8")
    with pipeline.nlp.select_pipes(disable=list(COMPONENTS)):  # the model's own ones only
        doc = pipeline.nlp(text)
    assert doc.ents
    for token in doc:
        inside = [e for e in doc.ents if e.start <= token.i < e.end]
        expected = strip_name(inside[0].text) if token.ent_type_ and inside else token.text
        assert ent_text(token) == expected, token.text

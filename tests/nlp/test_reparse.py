"""A lead the parser read as one noun phrase is parsed again (``eventwire_reparse``), before
any stage reads it. Every sentence here is invented."""

from __future__ import annotations

import datetime as dt

from eventwire.extract import Pipeline
from eventwire.records import Article


def test_a_hyphened_verb_read_as_an_adjective_becomes_the_verb(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Police baton-charged students outside the university in Lagos.")
    verb = next(t for t in doc if t.text == "charged")
    assert (verb.dep_, verb.tag_) == ("ROOT", "VBD")
    assert next(t for t in doc if t.text == "Police").head.i == verb.i


def test_a_sentence_with_a_verb_is_left_as_parsed(pipeline: Pipeline) -> None:
    text = "The wounded soldiers were flown to Nairobi on Monday."
    with pipeline.nlp.select_pipes(disable=["eventwire_reparse"]):
        plain = [(t.dep_, t.head.i) for t in pipeline.nlp(text)]
    assert [(t.dep_, t.head.i) for t in pipeline.nlp(text)] == plain


def test_the_actors_stage_reads_the_mended_parse(pipeline: Pipeline) -> None:
    article = Article(
        id="reparse-1",
        text="Police baton-charged students outside the university in Lagos on Monday.",
        published=dt.date(2026, 12, 3),
    )
    result = pipeline(article)
    [event] = result.events
    assert {a.name for i in event.source if (a := result.actor(i))} == {"police"}


def test_a_title_case_headline_is_not_parsed_again(pipeline: Pipeline) -> None:
    text = "Police In Harare Tear-Gassed Protesters"
    with pipeline.nlp.select_pipes(disable=["eventwire_reparse"]):
        plain = [(t.dep_, t.head.i) for t in pipeline.nlp(text)]
    assert [(t.dep_, t.head.i) for t in pipeline.nlp(text)] == plain

"""A blank line ends a sentence (``eventwire_paragraphs``)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from eventwire.nlp.paragraphs import mark_paragraphs


@pytest.fixture(scope="module")
def blank() -> Language:
    import spacy

    return spacy.blank("en")


def test_paragraphs_a_blank_line_starts_a_sentence(blank: Language) -> None:
    doc = mark_paragraphs(blank("Sailors rescued in storm\n\nTHE HAGUE — Nine sailors were saved."))
    starts = [t.text for t in doc if t.is_sent_start]
    assert "THE" in starts


@pytest.mark.parametrize(
    "text",
    [
        "Nine sailors were saved\nafter the storm off the coast.",  # a hard-wrapped line
        "Nine sailors were saved after the storm.",
    ],
)
def test_paragraphs_a_single_line_break_is_left_to_the_parser(blank: Language, text: str) -> None:
    doc = mark_paragraphs(blank(text))
    assert not any(t.is_sent_start for t in doc[1:])


def test_paragraphs_run_before_the_parser(pipeline: Any) -> None:
    names = pipeline.nlp.pipe_names
    assert names.index("eventwire_paragraphs") < names.index("parser")


def test_paragraphs_a_headline_count_does_not_override_the_story(run_text: Any) -> None:
    # Run into one sentence, the headline's plural ("at least two") beat the story's "Five".
    result = run_text(
        "Border guards killed in ambush near Lake Chad\n\n"
        "N'DJAMENA — Five border guards were killed and three wounded when gunmen ambushed "
        "their patrol on Monday, the army said."
    )
    counts = [e.casualties.killed for e in result.events if e.casualties.killed]
    assert [(c.min, c.max) for c in counts] == [(5, 5)]


def test_paragraphs_a_dateline_is_a_sentence_of_its_own(blank: Language) -> None:
    doc = mark_paragraphs(blank("Two hurt in blast\n\nGAZA CITY, Gaza — Two people were hurt."))
    line = [t for t in doc if t.text in ("GAZA", "CITY", ",", "Gaza", "—", "Two")][-6:]
    assert [t.is_sent_start for t in line] == [True, False, False, False, False, True]


def test_paragraphs_a_name_and_its_aside_is_no_dateline(blank: Language) -> None:
    doc = mark_paragraphs(blank("NATO (the alliance) met on Monday."))
    assert not any(t.is_sent_start for t in doc[1:])


def test_paragraphs_a_dateline_keeps_its_town_whole(run_text: Any) -> None:
    result = run_text(
        "Two hurt in blast\n\nPORT HARCOURT, Nigeria — Two people were hurt when a gas "
        "cylinder exploded on Monday."
    )
    assert "Port Harcourt" in {p.name for p in result.places}


def test_paragraphs_the_lead_after_a_dateline_keeps_its_doer_and_speaker(run_text: Any) -> None:
    result = run_text(
        "Protest in Riga\n\nRIGA — Thousands of students protested in Riga on Saturday "
        "against a school reform, the organisers said."
    )
    protest = next(e for e in result.events if e.type == "PROTEST")
    assert {a.name for i in protest.source if (a := result.actor(i))} == {"students"}
    assert [q.cue.text for q in result.quotes if q.cue] == ["said"]


@pytest.mark.parametrize(
    "text",
    ["TEN KILLED IN MARKET BLAST — A bomb killed ten people.", "GUARDS KILLED — Gunmen shot two."],
)
def test_paragraphs_a_headline_in_capitals_is_no_dateline(blank: Language, text: str) -> None:
    doc = mark_paragraphs(blank(text))
    assert not any(t.is_sent_start for t in doc[1:])


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL - North Korea fired a missile into the sea on Friday.",
        "BEIRUT - Israel and Hezbollah traded fire on Sunday.",
        "OUAGADOUGOU - Burkina Faso's junta suspended two radio stations.",
    ],
)
def test_paragraphs_a_name_opening_the_story_is_no_sentence_alone(pipeline: Any, text: str) -> None:
    doc = pipeline.nlp(text)
    assert [s.text.split()[0] for s in doc.sents][1] == text.split()[2]
    assert len(list(doc.sents)) == 2

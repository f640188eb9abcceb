"""The report words the events stage hands the ACLED classifier (``AcledContext.context_words``)."""

from __future__ import annotations

import pytest

from eventwire.extract import Pipeline
from eventwire.ontology import tables
from eventwire.ontology.acled_model import Evidence, ReportCode
from eventwire.records import Acled, Article

SHORT = (
    "On 3 March, gunmen attacked a village market in the north. "
    "Witnesses said the assailants fired mortar rounds before fleeing."
)


def _evidence(pipeline: Pipeline, text: str) -> list[Evidence]:
    with tables.recording_acled() as seen:
        pipeline(Article(id="t", text=text))
    return list(seen)


def test_short_report_gives_every_event_the_whole_report(pipeline: Pipeline) -> None:
    seen = _evidence(pipeline, SHORT)
    assert seen, "the attack is coded"
    # The word of the second sentence reaches the first sentence's event too.
    assert all({"mortar", "market"} <= ev.context_words for ev in seen)


def test_long_article_gives_no_report_words(pipeline: Pipeline) -> None:
    filler = " ".join(f"Officials met on day {n} to discuss the budget." for n in range(6))
    seen = _evidence(pipeline, SHORT + " " + filler)
    assert seen and all(not ev.context_words for ev in seen)


def _vigil_code(words: frozenset[str], told: frozenset[str] | None = None) -> ReportCode | None:
    """A stand-in classifier: a report that mentions a vigil is a peaceful protest."""
    if "vigil" not in words:
        return None
    return ReportCode(Acled("Protests", "Peaceful protest"), "vigil", 0.8)


def test_short_report_with_no_coded_event_gets_the_classifiers_event(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tables, "acled_for_report", _vigil_code)
    text = "Hundreds of mourners gathered for a candlelit vigil outside the town hall on Sunday."
    result = pipeline(Article(id="t", text=text))
    [event] = [e for e in result.events if e.acled is not None]
    assert event.acled == Acled("Protests", "Peaceful protest") and event.type == "PROTEST"
    assert text[event.trigger.start : event.trigger.end] == "vigil"  # a real span of the text
    assert event.confidence < 0.5  # never outranks an event the text names


def test_report_event_is_not_added_beside_a_coded_event(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tables, "acled_for_report", _vigil_code)
    text = "Police arrested two students at a vigil for the victims on Sunday."
    result = pipeline(Article(id="t", text=text))
    assert [e.acled.sub_event_type for e in result.events if e.acled] != ["Peaceful protest"]
    assert all(text[e.trigger.start : e.trigger.end] != "vigil" for e in result.events)


def test_long_article_gets_no_report_event(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tables, "acled_for_report", _vigil_code)
    filler = " ".join(f"Officials met on day {n} to discuss the budget." for n in range(6))
    result = pipeline(Article(id="t", text="Mourners held a vigil in the square. " + filler))
    assert not [e for e in result.events if e.acled is not None]

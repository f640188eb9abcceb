"""The report words the events stage hands the ACLED classifier (``AcledContext.context_words``)."""

from __future__ import annotations

from eventwire.extract import Pipeline
from eventwire.ontology import tables
from eventwire.ontology.acled_model import Evidence
from eventwire.records import Article

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

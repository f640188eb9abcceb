"""eventwire_quotes: direct and indirect quotes, speakers, channels, scare quotes."""

from __future__ import annotations

from typing import Any


def test_quotes_direct_after_speaker_with_channel(run_text: Any) -> None:
    text = (
        'President Amina Sule tweeted on Monday, "We will rebuild every school that was destroyed."'
    )
    result = run_text(text)
    [q] = [q for q in result.quotes if q.direct]
    speaker = result.actor(q.speaker or "")
    assert speaker is not None and speaker.name == "Amina Sule"
    assert q.channel == "tweet"
    assert text[q.content.start : q.content.end] == q.content.text


def test_quotes_standalone_quote_continues_the_speaker(run_text: Any) -> None:
    text = (
        '"The talks were useful," spokesman Omar Diallo said in a statement. '
        '"We expect a second round very soon."'
    )
    result = run_text(text)
    direct = [q for q in result.quotes if q.direct]
    assert len(direct) == 2
    assert {result.actor(q.speaker or "").name for q in direct if q.speaker} == {"Omar Diallo"}
    assert direct[0].channel == "statement"


def test_quotes_scare_quotes_are_left_alone(run_text: Any) -> None:
    result = run_text('The minister called the protest "illegal" and left.')
    assert not [q for q in result.quotes if q.direct]


def test_quotes_indirect_reported_statement(run_text: Any) -> None:
    result = run_text("Diallo said the security forces need to take charge of the city.")
    [q] = [q for q in result.quotes if not q.direct]
    assert q.content.text.startswith("the security forces need")
    assert q.cue is not None and q.cue.text == "said"

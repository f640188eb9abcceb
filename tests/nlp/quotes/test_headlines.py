"""Title-case headlines whose cue verb the parser reads as part of a name
(``quotes.headlines``)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.quotes.headlines import headline_verb


def _indirect(result: Any) -> list[tuple[str | None, str]]:
    return [
        (q.speaker_span.text if q.speaker_span else None, q.content.text)
        for q in result.quotes
        if not q.direct
    ]


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("Endorses", "endorse"), ("Tells", "tell"), ("Denies", "deny"), ("Stadium", None)],
)
def test_headline_verb_forms(word: str, lemma: str | None) -> None:
    assert headline_verb(word) == lemma


@pytest.mark.parametrize(
    ("headline", "speaker", "content"),
    [
        (
            "Senator Mara Quill Endorses Governor Tobin For Reelection.",
            "Quill",
            "Governor Tobin For Reelection",
        ),
        (
            "Veteran Lawmaker Praises Governor Tobin For Storm Response.",
            "Lawmaker",
            "Governor Tobin For Storm Response",
        ),
    ],
)
def test_title_case_headline_cue_read_as_a_name(
    run_text: Any, headline: str, speaker: str, content: str
) -> None:
    result = run_text(headline + "\n\nThe senator spoke in the capital on Monday.")
    found = _indirect(result)
    assert any(s is not None and s.endswith(speaker) and c == content for s, c in found), found


@pytest.mark.parametrize(
    "headline",
    [
        "Storm Damage Reported Across Three Coastal Counties.",  # no name before the verb
        "Power Plant Rules Face Key Test In Federal Court.",  # a noun before a verb
    ],
)
def test_title_case_headline_without_a_cue_says_nothing(run_text: Any, headline: str) -> None:
    result = run_text(headline + "\n\nRoads were shut on Monday.")
    assert _indirect(result) == [], _indirect(result)

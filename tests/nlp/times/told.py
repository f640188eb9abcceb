"""The time values a sentence gives, shared by the times tests of told days and facing ahead."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

# A Thursday early in December: "Jan. 5" is a month ahead, or eleven months back.
PUBLISHED = dt.date(2026, 12, 3)


def values(nlp: Language, text: str, published: dt.date = PUBLISHED) -> list[tuple[str, str]]:
    """(text, value) of each time expression the stage finds, published on ``published``."""
    doc = nlp.make_doc(text)
    doc._.published = published
    return [(t.text, t.value) for t in nlp(doc)._.ew_times]

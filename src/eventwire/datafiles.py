"""Reading the word lists packaged with eventwire: one word or phrase a line, ``#`` comments."""

from __future__ import annotations

from importlib import resources


def word_list(package: str, *path: str) -> frozenset[str]:
    """The words of a packaged list, e.g. ``word_list("eventwire.nlp.events", "data", "x.txt")``:
    blank lines and lines starting with ``#`` are skipped, surrounding spaces dropped."""
    text = resources.files(package).joinpath(*path).read_text("utf-8")
    return frozenset(
        word.strip() for word in text.splitlines() if word.strip() and not word.startswith("#")
    )


__all__ = ["word_list"]

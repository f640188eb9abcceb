"""Reading the word lists packaged with eventwire: one word or phrase a line, ``#`` comments."""

from __future__ import annotations

from importlib import resources


def ordered_list(package: str, *path: str) -> tuple[str, ...]:
    """The lines of a packaged list in file order (for lists whose order means something):
    blank lines and lines starting with ``#`` are skipped, surrounding spaces dropped."""
    text = resources.files(package).joinpath(*path).read_text("utf-8")
    return tuple(
        word.strip() for word in text.splitlines() if word.strip() and not word.startswith("#")
    )


def word_list(package: str, *path: str) -> frozenset[str]:
    """The words of a packaged list, e.g. ``word_list("eventwire.nlp.events", "data", "x.txt")``,
    as :func:`ordered_list` reads them."""
    return frozenset(ordered_list(package, *path))


__all__ = ["ordered_list", "word_list"]

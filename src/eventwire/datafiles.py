"""Reading the word lists packaged with eventwire: one word or phrase a line, ``#`` comments."""

from __future__ import annotations

from collections import defaultdict
from functools import cache
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


@cache
def _word_groups(package: str) -> dict[str, frozenset[str]]:
    groups: defaultdict[str, set[str]] = defaultdict(set)
    for row in ordered_list(package, "data", "word_groups.tsv"):
        name, _, word = row.partition("\t")
        groups[name].add(word.strip())
    return {name: frozenset(words) for name, words in groups.items()}


def word_group(package: str, name: str) -> frozenset[str]:
    """One group of a package's ``data/word_groups.tsv`` (rows ``group<TAB>word``): the word
    lists a stage's modules read as constants, kept out of the code (STYLE: data is data).

    Raises:
        KeyError: the file has no such group (a renamed constant left its rows behind).
    """
    return _word_groups(package)[name]


__all__ = ["ordered_list", "word_group", "word_list"]

"""Checks applied to every article, whatever format it came from: empty, too large, not English.

The language check is a cheap, deterministic heuristic rather than a language-id model: news
English is full of stop words ("the", "of", "to", "said" ...), other languages are not. On the
eval sets in ``shared/eval`` the share of English stop words among the words of an English text
is 0.43 at the median and never below 0.07 (headline lists, URL lines), while French, Spanish,
German and Arabic news paragraphs score 0.00-0.02. Italian and Portuguese share short words with
English ("a", "in", "no", "per") and reach 0.09, so a second test compares with the stop words of
those languages, which English texts rarely use.

A text under :data:`MIN_WORDS` words is too short for shares: it is judged not English only on
positive evidence, enough French/Spanish/German/Italian/Portuguese function words (outside
names) and more of them than English stop words. A headline with no function word passes.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from eventwire.datafiles import word_list
from eventwire.errors import ArticleTooLargeError, EmptyArticleError, InputError, NotEnglishError
from eventwire.records import Article

# Below this many words the shares are too noisy to judge by (a headline may have no stop word
# at all), so a short text is judged by counts of function words instead.
MIN_WORDS = 20
# A short text is not English when it has at least this many foreign function words
# (``resources/foreign_function_words.txt``, names left out) and more of them than English stop
# words: "Des milliers de manifestants ont défilé à Paris" has four and no English one; an
# English headline has none ("Los Angeles", "Rio de Janeiro" are names).
SHORT_MIN_FOREIGN = 2
# English news scores 0.07 or more (see the module docstring); other languages 0.00-0.02.
MIN_ENGLISH_SHARE = 0.05
# Not English when foreign stop words outnumber English ones this many times. English texts
# reach 1x at worst (names like "Los", "Van", words like "state", "war" are foreign stop
# words); Italian and Portuguese reach 5x.
MAX_FOREIGN_RATIO = 2.0
# Letters outside the Latin script: above this share (with enough letters) a text is not
# English whatever its word count, which catches scripts written without spaces.
MAX_NON_LATIN_SHARE = 0.5
MIN_LETTERS = 100
# Only the start of a long article is looked at: enough evidence, bounded cost.
SAMPLE_CHARS = 20_000
# spaCy languages whose stop words mark a text as not English (see the module docstring).
FOREIGN_LANGUAGES = ("fr", "es", "de", "it", "pt")

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class LanguageScore:
    """Evidence for the language check on one text."""

    words: int
    english_share: float
    foreign_share: float
    non_latin_share: float
    # Counted for short texts only (under MIN_WORDS words): foreign function words outside
    # names, and English stop words that are not also foreign function words.
    short_foreign: int = 0
    short_english: int = 0

    @property
    def is_english(self) -> bool:
        """Whether the text passes as English (texts too short to judge pass)."""
        return self.why_not_english is None

    @property
    def why_not_english(self) -> str | None:
        """The evidence against English, in words, or ``None`` when the text passes."""
        if self.non_latin_share > MAX_NON_LATIN_SHARE:
            return f"{self.non_latin_share:.0%} of its letters are not Latin"
        if self.words < MIN_WORDS:
            return self._short_text_evidence()
        if self.english_share < MIN_ENGLISH_SHARE:
            return f"{self.english_share:.0%} of {self.words} words are English stop words"
        if self.foreign_share > MAX_FOREIGN_RATIO * self.english_share:
            return (
                f"{self.foreign_share:.0%} of {self.words} words are French/Spanish/German/"
                f"Italian/Portuguese stop words, {self.english_share:.0%} English ones"
            )
        return None

    def _short_text_evidence(self) -> str | None:
        """Why a short text is not English: enough foreign function words, more than English
        ones. Without such evidence a short text passes (a headline may have no stop word)."""
        if self.short_foreign >= SHORT_MIN_FOREIGN and self.short_foreign > self.short_english:
            return (
                f"{self.short_foreign} of its {self.words} words are French/Spanish/German/"
                f"Italian/Portuguese function words, {self.short_english} English stop words"
            )
        return None


@cache
def spacy_stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words for a language (``spacy.lang.<lang>.stop_words.STOP_WORDS``).

    The data file is run on its own: importing it the usual way first imports the whole
    language package, which takes seconds for some languages (French: 5 s).
    """
    module_name = f"spacy.lang.{lang}.stop_words"
    if module_name in sys.modules:
        return frozenset(sys.modules[module_name].STOP_WORDS)
    spacy_spec = importlib.util.find_spec("spacy")
    if spacy_spec is None or spacy_spec.origin is None:
        raise ModuleNotFoundError("spaCy is not installed")
    path = Path(spacy_spec.origin).parent / "lang" / lang / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"_eventwire_{lang}_stop_words", path)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"no spaCy stop words for {lang!r} at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


@cache
def _foreign_stop_words() -> frozenset[str]:
    words = frozenset().union(*(spacy_stop_words(lang) for lang in FOREIGN_LANGUAGES))
    return words - spacy_stop_words("en")


@cache
def foreign_function_words() -> frozenset[str]:
    """Function words of the languages in :data:`FOREIGN_LANGUAGES` that English lacks."""
    return word_list("eventwire.readers", "resources", "foreign_function_words.txt")


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


@cache
def name_particles() -> frozenset[str]:
    """Function words that also sit inside names ("de" in "Rio de Janeiro")."""
    return word_list("eventwire.readers", "resources", "name_particles.txt")


def _in_name(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is part of a name, not a function word: any capitalised word but the
    first ("Kim Jong Un", "Han Zheng" in a headline), or a particle before a capitalised word
    ("Le Pen", "von der Leyen", "Juan de la Cruz"). A sentence's first word before a lower-case
    one ("La polizia") is no name."""
    if i > 0 and _capitalised(words[i]):
        return True
    particles = name_particles()
    if words[i].lower() not in particles:
        return False
    after = next((w for w in words[i + 1 :] if w.lower() not in particles), "")
    return _capitalised(after)


def _short_counts(raw: list[str]) -> tuple[int, int]:
    """Foreign function words outside names and English stop words, in a short text's words.
    A word both languages use ("in", "am") counts for neither; acronyms ("UN") for none."""
    particles = foreign_function_words()
    english = spacy_stop_words("en") - particles
    foreign = particles - spacy_stop_words("en")
    n_foreign = n_english = 0
    for i, word in enumerate(raw):
        low = word.lower()
        if len(word) > 1 and word.isupper():
            continue
        if low in english:
            n_english += 1
        elif low in foreign and not _in_name(raw, i):
            n_foreign += 1
    return n_foreign, n_english


def _is_latin(char: str) -> bool:
    code = ord(char)
    return code < 0x250 or 0x1E00 <= code < 0x1F00


def language_score(text: str) -> LanguageScore:
    """Measure how English a text looks (on its first :data:`SAMPLE_CHARS` characters).

    Args:
        text: the article text.

    Returns:
        Word count and the shares of English stop words, foreign stop words and non-Latin letters.
    """
    sample = text[:SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    non_latin = sum(not _is_latin(c) for c in letters)
    non_latin_share = non_latin / len(letters) if len(letters) >= MIN_LETTERS else 0.0
    raw = [w.replace("’", "'") for w in _WORD.findall(sample)]
    words = [w.lower() for w in raw]
    if not words:
        return LanguageScore(0, 0.0, 0.0, non_latin_share)
    english, foreign = spacy_stop_words("en"), _foreign_stop_words()
    english_share = sum(w in english for w in words) / len(words)
    foreign_share = sum(w in foreign for w in words) / len(words)
    short = _short_counts(raw) if len(words) < MIN_WORDS else (0, 0)
    return LanguageScore(len(words), english_share, foreign_share, non_latin_share, *short)


def check_article(article: Article, where: str, max_chars: int) -> InputError | None:
    """Say what is wrong with an article, if anything.

    Args:
        article: the article as read.
        where: ``path`` or ``path:line``, for the error.
        max_chars: the ``input.max_chars`` setting.

    Returns:
        An :class:`EmptyArticleError`, :class:`ArticleTooLargeError` or
        :class:`NotEnglishError`, or ``None`` when the article is fine.
    """
    text = article.text
    if not text.strip():
        return EmptyArticleError(where, "empty article")
    if len(text) > max_chars:
        return ArticleTooLargeError(
            where,
            f"article is {len(text):,} characters; the limit is {max_chars:,} "
            "(setting input.max_chars)",
        )
    why_not = language_score(text).why_not_english
    if why_not:
        reason = f"text is not English ({why_not}); eventwire reads English only"
        return NotEnglishError(where, reason)
    return None

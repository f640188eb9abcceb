"""The checks every article passes: empty, too large, not English."""

from __future__ import annotations

import json
import os
from itertools import islice
from pathlib import Path

import pytest

from eventwire.errors import ArticleTooLargeError, EmptyArticleError, NotEnglishError
from eventwire.readers import check_article, language_score
from eventwire.readers.checks import MIN_WORDS
from eventwire.records import Article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "readers"
REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("EVENTWIRE_SHARED", REPO / ".." / "shared"))
EVAL = SHARED / "eval"
NON_ENGLISH = sorted((FIXTURES / "non_english").glob("*.txt"))
# Texts per eval file: enough to cover each set's style, few enough to keep the test fast.
EVAL_SAMPLE = 60


def _article(text: str) -> Article:
    return Article(id="x", text=text)


@pytest.mark.parametrize("path", NON_ENGLISH, ids=[p.stem for p in NON_ENGLISH])
def test_checks_non_english_news_fails(path: Path) -> None:
    error = check_article(_article(path.read_text(encoding="utf-8")), "w", 1_000_000)
    assert isinstance(error, NotEnglishError)
    assert error.where == "w" and error.reason.startswith("text is not English")


@pytest.mark.parametrize("name", ["header_article.txt", "plain_article.txt"])
def test_checks_english_fixtures_pass(name: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert language_score(text).words >= MIN_WORDS
    assert check_article(_article(text), "w", 1_000_000) is None


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement a annoncé mardi une série de mesures.",
        "Des milliers de personnes ont marché dimanche à Lyon contre la nouvelle loi.",
        "Cientos de vecinos protestaron el lunes en Sevilla por el cierre del hospital.",
        "Hunderte Landwirte haben am Montag in Hannover gegen neue Auflagen protestiert.",
        "La polizia ha fermato due uomini a Torino dopo una rissa in centro.",
        "A polícia deteve cinco pessoas em Porto durante a manifestação de sábado.",
    ],
)
def test_checks_short_foreign_text_is_not_english(text: str) -> None:
    assert language_score(text).words < MIN_WORDS
    error = check_article(_article(text), "w", 1_000_000)
    assert isinstance(error, NotEnglishError) and "function words" in error.reason


@pytest.mark.parametrize(
    "text",
    [
        "Floods: 40 dead",
        "Minister resigns amid protests",
        "Police fire tear gas at students in Harbor City",
        "Los Angeles police arrest man after downtown shooting",
        "Protesters in Santa Cruz de la Sierra clash with police over fuel prices",
        "Rio de Janeiro residents march against police raids",
        "Juan de la Cruz, mayor of San José del Monte, was detained on Monday.",
        "Ursula von der Leyen meets Lula da Silva in Brussels",
        "Le Pen's party wins seats in regional vote",
        "UN envoy says man killed in war-torn state",
        "Three die as bus plunges into gorge",
        # Names whose words are foreign function words ("von", "Han", "Su", "Un", "pour la")
        "Envoy meets von der Leyen in Vaduz",
        "Han Duck-soo warns Kim Jong Un",
        "Coach de la Fuente names squad",
        "Speaker Han Kuo-yu meets Su Chiao-hui",
        "Ensemble pour la République coalition splits",
    ],
)
def test_checks_short_english_text_passes(text: str) -> None:
    assert language_score(text).words < MIN_WORDS
    assert check_article(_article(text), "w", 1_000_000) is None


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_checks_empty_article(text: str) -> None:
    error = check_article(_article(text), "f.jsonl:3", 1_000_000)
    assert isinstance(error, EmptyArticleError)
    assert str(error) == "f.jsonl:3: empty article"


@pytest.mark.parametrize(("length", "too_large"), [(1_000, False), (1_001, True)])
def test_checks_max_chars_limit(length: int, too_large: bool) -> None:
    error = check_article(_article("the " * 250 + "x" * (length - 1_000)), "w", 1_000)
    if too_large:
        assert isinstance(error, ArticleTooLargeError)
        assert error.reason == (
            "article is 1,001 characters; the limit is 1,000 (setting input.max_chars)"
        )
    else:
        assert error is None


def test_checks_language_score_is_deterministic() -> None:
    text = (FIXTURES / "non_english" / "it.txt").read_text(encoding="utf-8")
    assert language_score(text) == language_score(text)


def _eval_texts() -> list[tuple[str, str]]:
    texts = []
    for path in sorted(EVAL.glob("*/*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for n, line in enumerate(islice(lines, EVAL_SAMPLE), start=1):
                text = json.loads(line).get("text")
                if isinstance(text, str) and language_score(text).words >= MIN_WORDS:
                    texts.append((f"{path.parent.name}/{path.name}:{n}", text))
    return texts


@pytest.mark.skipif(not EVAL.is_dir(), reason=f"eval data not found at {EVAL}")
def test_checks_real_english_news_passes() -> None:
    texts = _eval_texts()
    assert len(texts) > 100
    failures = [where for where, text in texts if check_article(_article(text), where, 10**7)]
    assert failures == []

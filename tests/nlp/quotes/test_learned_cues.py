"""The learned cue list (``quotes/data/learned_cues.tsv``), the script that learns it
(``scripts/learn_attribution_cues.py``) and the stances its words find."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import spacy
from tests.nlp.quotes.conftest import script_module

from eventwire.nlp.quotes.words import learned, stance_words, words

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def learn() -> ModuleType:
    return script_module("learn_attribution_cues")


def _corpus(nlp: spacy.language.Language, learn: ModuleType) -> list[Any]:
    """Invented articles: "fret" is marked a cue three times in four, "paint" never."""
    marked = [
        ("The mayor frets that the bridge will close.", "frets"),
        ("Farmers fret that the rain will not come.", "fret"),
        ("She fretted that the vote was rigged.", "fretted"),
        ("They fret that prices will rise.", None),
        ("The workers painted the fence on Monday.", None),
        ("He painted the house in the spring.", None),
        ("The children painted a mural at school.", None),
    ]
    data = []
    for k, (text, cue) in enumerate(marked):
        doc = nlp(text)
        spans = [(text.index(cue), text.index(cue) + len(cue))] if cue else []
        data.append((f"a{k}", list(learn.candidates(doc)), spans))
    return data


def test_counting_finds_cue_rates_of_lemmas_in_the_shape_of_a_cue(
    learn: ModuleType, nlp: spacy.language.Language
) -> None:
    counts = learn.count((c, s) for _, c, s in _corpus(nlp, learn))
    assert counts[("fret", "verb")] == (3, 4)
    assert counts[("paint", "verb")] == (0, 3)
    rows = learn.select(counts, 0.6, 3, banned=set())
    assert rows == [("fret", "verb", 3, 4)]
    assert learn.select(counts, 0.6, 3, banned={("fret", "verb")}) == []
    assert learn.select(counts, 0.8, 3, banned=set()) == []


def test_the_threshold_is_the_lowest_that_keeps_the_hand_lists_precision(
    learn: ModuleType,
) -> None:
    # threshold → (found, predicted, hand lists' found, hand lists' predicted)
    scores = {0.2: (60, 130, 50, 100), 0.4: (57, 120, 50, 100), 0.6: (55, 108, 50, 100)}
    assert learn.choose(scores) == 0.6
    assert learn.choose({0.2: (70, 120, 50, 100), 0.4: (60, 110, 50, 100)}) == 0.2


def test_learned_words_only_add_to_the_hand_lists() -> None:
    hand = {
        w
        for group in ("stance", "cue", "indirect", "stance_adj", "speech_noun")
        for w in words(group)
    }
    assert learned("verb") and not (learned("verb") | learned("adj") | learned("noun")) & hand
    assert words("stance") <= stance_words("verb")
    assert learned("verb") <= stance_words("verb")


def test_physical_acts_are_never_learned(learn: ModuleType) -> None:
    acts = learn.act_lemmas()
    assert {("shell", "verb"), ("bomb", "verb"), ("kill", "verb")} <= acts
    assert not {(w, "verb") for w in learned("verb")} & acts


def test_a_learned_verb_is_a_stance(run_text: Any) -> None:
    assert "order" in learned("verb")
    result = run_text("The governor ordered the agency to review the new rules.")
    found = [q for q in result.quotes if not q.direct]
    assert [q.content.text for q in found] == ["the agency to review the new rules"]
    assert found[0].speaker_span is not None and found[0].speaker_span.text == "The governor"


def test_a_learned_verb_handing_over_a_document_leaves_it_to_the_document(run_text: Any) -> None:
    result = run_text("The ministry released a statement saying that the border would reopen.")
    found = [q for q in result.quotes if not q.direct]
    assert [q.content.text for q in found] == ["the border would reopen"]


def test_a_learned_verb_needs_someone_to_hold_it(run_text: Any) -> None:
    result = run_text("The new law prohibits companies from selling the data.")
    assert not result.quotes


def test_a_learned_verb_ordering_an_act_leaves_it_to_the_events(run_text: Any) -> None:
    result = run_text("The junta ordered the arrest of two opposition leaders.")
    assert not [q for q in result.quotes if not q.direct]


def test_an_act_of_force_is_no_stance(run_text: Any) -> None:
    result = run_text("The army shelled the town and soldiers burned the market.")
    assert not result.quotes


@pytest.mark.parametrize(
    ("lines", "kinds", "says"),
    [
        (None, "verb", "cannot read gold file"),
        (['{"id": "a", "text": "x"}'], "verb", "missing field(s) attributions"),
        (['{"id": "a", "text": "x", "attributions": []}', "not json"], "verb", "not valid JSON"),
        ([], "verb,bogus", "unknown kind(s) bogus"),
    ],
)
def test_learn_script_reports_bad_input_and_writes_nothing(
    learn: ModuleType,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    lines: list[str] | None,
    kinds: str,
    says: str,
) -> None:
    gold, out = tmp_path / "polnear.jsonl", tmp_path / "cues.tsv"
    if lines is not None:
        gold.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(SystemExit) as stop:
        learn.main(["--polnear", str(gold), "--out", str(out), "--kinds", kinds])
    assert stop.value.code == 2
    assert says in capsys.readouterr().err
    assert not out.exists()

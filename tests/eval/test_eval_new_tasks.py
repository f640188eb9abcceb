"""The tune/check parts, and the tasks for CASE 2021, IndiaPoliceEvents and PolNeAR formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import EvalError
from eventwire.eval import evaluate
from eventwire.eval.parts import in_part, item_key, part_of
from eventwire.records import (
    Acled,
    Actor,
    ArticleResult,
    Casualties,
    Count,
    Event,
    Quote,
    Span,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "eval"


def _span(text: str, sub: str) -> Span:
    start = text.index(sub)
    return Span(sub, start, start + len(sub))


def _event(text: str, trigger: str, type_: str, **fields: object) -> Event:
    return Event(
        id=f"e-{trigger}",
        type=type_,
        trigger=_span(text, trigger),
        sentence=Span(text, 0, len(text)),
        confidence=0.8,
        **fields,  # type: ignore[arg-type]
    )


# -- parts ---------------------------------------------------------------------------------


def test_parts_split_by_a_fixed_hash_of_the_id() -> None:
    items = [{"id": f"item-{n}", "text": "x"} for n in range(400)]
    tune = [i for i in items if part_of(i) == "tune"]
    assert 150 < len(tune) < 250  # about half
    assert [part_of(i) for i in items] == [part_of(dict(i)) for i in items]  # stable
    assert all(in_part(i, "all") for i in items)
    assert all(in_part(i, "tune") != in_part(i, "check") for i in items)


def test_parts_keep_a_topic_on_one_side() -> None:
    docs = [{"doc_id": f"{t}_{n}", "topic": t, "text": "x"} for t in range(20) for n in range(5)]
    for topic in range(20):
        assert len({part_of(d) for d in docs if d["topic"] == topic}) == 1
    assert item_key({"doc_id": 7}) == "doc_id:7" and item_key({"text": "t"}) == "text:t"


def test_parts_unknown_part_is_an_eval_error() -> None:
    with pytest.raises(EvalError, match="unknown part"):
        evaluate("case2021", FIXTURES / "case2021_mini.jsonl", lambda arts: [], part="dev")


def test_parts_tune_and_check_add_up_to_all() -> None:
    path = FIXTURES / "case2021_mini.jsonl"
    ns = []
    for part in ("tune", "check", "all"):
        try:
            ns.append(evaluate("case2021", path, _case_predict, part=part).n)
        except EvalError:  # a part of a four-item file may be empty
            ns.append(0)
    assert ns[0] + ns[1] == ns[2] == 4


# -- case2021 ------------------------------------------------------------------------------


def _case_predict(articles: object) -> list[ArticleResult]:
    answers = {
        "c1": Acled("Battles", "Armed clash"),
        "c2": Acled("Riots", "Violent demonstration"),
        "c3": None,
        "c4": Acled("Strategic developments", "Other"),
    }
    out = []
    for article in articles:  # type: ignore[attr-defined]
        code = answers.get(article.id)
        events = [_event(article.text, article.text.split()[1], "ASSAULT", acled=code)]
        out.append(ArticleResult(article=article, events=events))
    return out


def test_case2021_scores_acled_types_and_abstention_outside_acled() -> None:
    report = evaluate(None, FIXTURES / "case2021_mini.jsonl", _case_predict)
    assert report.task == "case2021" and report.n == 4
    m = report.metrics
    assert m["sub_event_type_accuracy"] == pytest.approx(1 / 2)
    assert m["event_type_accuracy"] == pytest.approx(1 / 2)
    assert m["outside_acled_abstention"] == pytest.approx(1 / 2)
    assert m["accuracy_all_labels"] == pytest.approx(2 / 4)


def test_case2021_unknown_label_is_an_eval_error(tmp_path: Path) -> None:
    bad = tmp_path / "case2021.jsonl"
    bad.write_text(json.dumps({"id": "x", "text": "a b c", "label": "NOPE"}) + "\n")
    with pytest.raises(EvalError, match="NOPE"):
        evaluate("case2021", bad, _case_predict)


# -- police --------------------------------------------------------------------------------

POLICE = Actor(id="a1", name="police", kind="group", sector="COP")
MOB = Actor(id="a2", name="mob", kind="group", sector="CVL")


def _police_predict(articles: object) -> list[ArticleResult]:
    out = []
    for article in articles:  # type: ignore[attr-defined]
        t = article.text
        events: list[Event] = []
        if article.id == "1":
            events = [
                _event(t, "arrested", "COERCE", mode="arrest", source=["a1"]),
                _event(t, "burnt", "ASSAULT", source=["a2"]),  # not police: no FORCE
            ]
        elif article.id == "2":  # fire by police, but the killing counted on no event
            events = [_event(t, "fire", "ASSAULT", source=["a1"])]
        elif article.id == "3":
            killed = Casualties(killed=Count(2, 2, "two"))
            events = [_event(t, "visited", "ASSAULT", source=["a1"], casualties=killed)]
        out.append(ArticleResult(article=article, actors=[POLICE, MOB], events=events))
    return out


def test_police_scores_articles_and_sentences() -> None:
    report = evaluate(None, FIXTURES / "police_mini.jsonl", _police_predict)
    assert report.task == "police" and report.n == 3
    m = report.metrics
    assert m["article_arrest_f1"] == pytest.approx(1.0)
    assert m["article_kill_f1"] == pytest.approx(0.0)  # one miss, one false alarm
    assert m["article_force_f1"] == pytest.approx(2 / 3)  # doc 2 right, doc 3 false
    assert m["article_macro_f1"] == pytest.approx((1 + 0 + 2 / 3) / 3)
    assert m["n_sentences"] == 4
    assert report.per_class["sentence:ARREST"]["f1"] == pytest.approx(1.0)


def test_police_negated_events_do_not_count() -> None:
    text = "police did not arrest anyone."
    event = _event(text, "arrest", "COERCE", mode="arrest", source=["a1"])
    event.aux.negated = True
    from eventwire.eval.police import event_labels

    assert event_labels(event) == set()


# -- attributions --------------------------------------------------------------------------


def _quotes_predict(articles: object) -> list[ArticleResult]:
    out = []
    for article in articles:  # type: ignore[attr-defined]
        t = article.text
        quotes: list[Quote] = []
        actors: list[Actor] = []
        if article.id == "p1":
            senator = Actor(
                id="a1",
                name="senator",
                kind="person",
                mentions=[_span(t, "The senator"), _span(t, "she")],
            )
            actors = [senator]
            quotes = [
                Quote("q1", _span(t, "the bill would pass"), "a1", None, _span(t, "said"), False),
                # Direct quote attributed to nobody: found, source wrong.
                Quote("q2", _span(t, "We have the votes,"), None, None, _span(t, "told"), True),
            ]
        out.append(ArticleResult(article=article, actors=actors, quotes=quotes))
    return out


def test_attributions_direct_indirect_and_belief() -> None:
    report = evaluate(None, FIXTURES / "polnear_mini.jsonl", _quotes_predict)
    assert report.task == "attributions" and report.n == 2
    m = report.metrics
    assert (m["n_direct"], m["n_indirect"], m["n_speech"]) == (1, 2, 1)  # no-source skipped
    assert m["direct_found"] == 1.0 and m["direct_source"] == 0.0
    assert m["indirect_found"] == pytest.approx(1 / 2)  # "like the plan" is not found
    assert m["speech_source"] == 1.0
    assert m["cue_accuracy"] == 1.0 and m["precision"] == 1.0


@pytest.mark.parametrize(
    ("content", "cue", "kind"),
    [
        ('"We have the votes,"', "told", "direct"),
        ("\u201cWe have the votes,\u201d", "told", "direct"),
        # The New York Times articles write quotation marks as two apostrophes.
        ("''We have the votes,''", "said", "direct"),
        ("the bill would pass", "said", "speech"),
        ("the plan", "likes", "other"),
    ],
)
def test_attributions_kind_of_reads_every_quotation_mark(content: str, cue: str, kind: str) -> None:
    from eventwire.eval.attributions import kind_of

    gold = {"content": [{"text": content}], "cue": {"text": cue}}
    assert kind_of(gold) == kind


def test_cli_eval_part_option() -> None:
    from typer.testing import CliRunner

    from eventwire.cli import app

    runner = CliRunner()
    bad = runner.invoke(app, ["eval", str(FIXTURES / "case2021_mini.jsonl"), "--part", "dev"])
    assert bad.exit_code == 2 and "--part must be one of" in bad.stderr
    gold = FIXTURES / "plover.jsonl"
    counts = []
    for part in ("tune", "check"):
        done = runner.invoke(app, ["eval", str(gold), "--part", part, "--json"])
        assert done.exit_code == 0, done.stderr
        counts.append(json.loads(done.stdout)["n"])
        assert json.loads(done.stdout)["part"] == part
    whole = runner.invoke(app, ["eval", str(gold), "--json"])
    assert sum(counts) == json.loads(whole.stdout)["n"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1998-02-13T14:26:00", "1998-02-13"),
        ("1998-02-13 14:26", "1998-02-13"),
        ("19980213", "1998-02-13"),
        ("1998-02-13", "1998-02-13"),
        ("03-02-2009", None),
        (None, None),
    ],
)
def test_gold_dates_with_a_time_keep_their_day(value: object, expected: str | None) -> None:
    from eventwire.eval.gold import parse_date

    got = parse_date(value)
    assert (got.isoformat() if got else None) == expected

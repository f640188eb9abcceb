"""Sources of indirect attributions (``quotes.holders``): a subject the parser hung elsewhere."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.records import ArticleResult, Quote


def _indirect(result: ArticleResult) -> list[Quote]:
    return [q for q in result.quotes if not q.direct]


def _source_of(result: ArticleResult, cue: str) -> str | None:
    """The source span of the indirect attribution with this cue."""
    found = [q for q in _indirect(result) if q.cue is not None and q.cue.text == cue]
    assert found, [(q.cue and q.cue.text, q.content.text) for q in result.quotes]
    return found[0].speaker_span.text if found[0].speaker_span else None


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # The name before an aside set off by commas, which the parser takes for an apposition
        # of the phrase before it.
        (
            "Speaking in Dunmore, Halvorsen, without naming him, also accused Petrakis of "
            "neglecting the harbour towns.",
            "accused",
            "Halvorsen",
        ),
        # A subject the parser joined to the phrase before it as a conjunct.
        (
            "After a week of quarrels between two of the county's best-known councillors, "
            "Mayor Edda Brandt's office announced Friday that Brandt will meet the council.",
            "announced",
            "Mayor Edda Brandt’s office",
        ),
        # A participle's aside between the subject and its verb.
        (
            "Vermont, leading a group of nine states, asked a federal court to halt the new "
            "grazing rules before the summer.",
            "asked",
            "Vermont",
        ),
    ],
)
def test_stranded_subject_is_the_source(run_text: Any, text: str, cue: str, source: str) -> None:
    assert _source_of(run_text(text), cue) == source.replace("’", "'")


@pytest.mark.parametrize(
    "text",
    [
        # An imperative or a headline has nothing before its verb.
        "Support the harbour plan, the leaflets urged.",
        # A place after a particle is no subject ("in Dunmore"), however the aside is read.
        "The senator, facing a hard race in Dunmore, a port town, said she would back the plan.",
    ],
)
def test_no_stranded_subject_from_a_phrase(run_text: Any, text: str) -> None:
    sources = [q.speaker_span.text for q in _indirect(run_text(text)) if q.speaker_span]
    assert "Dunmore" not in sources and "plan" not in sources


def test_that_read_as_an_adverb_opens_the_reported_clause(run_text: Any) -> None:
    """ "said for the first time that …": the parser reads the clause as a relative one on
    "time", with "that" as an adverb; it is what was said."""
    result = run_text("Ostrander also said for the first time that some ledgers have been found.")
    said = [q for q in _indirect(result) if q.cue is not None and q.cue.text == "said"]
    assert said and "some ledgers have been found" in said[0].content.text
    assert said[0].speaker_span is not None and said[0].speaker_span.text == "Ostrander"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # A relative pronoun standing for someone lends itself to a cue joined to its clause.
        (
            "The council, which met on Monday and endorsed the mayor, will vote again.",
            "endorsed",
            "which",
        ),
        (
            "Senator Ilse Marr, who toured the valley and believes the dam will fail, spoke "
            "on Friday.",
            "believes",
            "who",
        ),
        # A pronoun of a share of people is the subject a participle or a conjunct borrows.
        (
            "Some farmers left the cooperative. Some stayed, fearing the new levy, and argue "
            "that the fees are too high.",
            "fearing",
            "Some",
        ),
        (
            "Some farmers left the cooperative. Some stayed, fearing the new levy, and argue "
            "that the fees are too high.",
            "argue",
            "Some",
        ),
    ],
)
def test_borrowed_relative_or_share_of_people_is_the_source(
    run_text: Any, text: str, cue: str, source: str
) -> None:
    assert _source_of(run_text(text), cue) == source


def test_share_of_things_is_no_source(run_text: Any) -> None:
    """ "Some of the funds …, showing …": a share of things holds no view."""
    result = run_text("Some of the grant funds went to rural schools, showing a shift in policy.")
    assert not [q for q in _indirect(result) if q.cue is not None and q.cue.text == "showing"]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # The subject of the verb whose object the noun is: a chance is taken by someone.
        (
            "The mayor never missed a chance to remind voters he had cut the harbour tax.",
            "remind",
            "The mayor",
        ),
        (
            "Ms. Varga launched a bid to persuade the board to sell the mill.",
            "persuade",
            "Ms. Varga",
        ),
    ],
)
def test_infinitive_after_a_noun_is_its_taker_s(
    run_text: Any, text: str, cue: str, source: str
) -> None:
    assert _source_of(run_text(text), cue) == source


def test_infinitive_after_a_request_is_not_the_askers(run_text: Any) -> None:
    # Those asked are to explain; the lawmakers hold no view "to explain".
    text = "The minister rejected a request by opposition lawmakers to explain the cuts."
    assert _source_of(run_text(text), "explain") != "opposition lawmakers"


def test_participle_after_a_noun_is_the_noun_s(run_text: Any) -> None:
    text = "A chorus of farmers urging him to quit grew louder in Dunmore."
    assert _source_of(run_text(text), "urging") == "A chorus"


def test_infinitive_after_an_object_is_the_object_s(run_text: Any) -> None:
    # The object of "require" recognizes, not the subject of "require".
    text = "That would require Senator Ames to recognize that the harbour is silting up."
    assert _source_of(run_text(text), "recognize") == "Senator Ames"


def test_participle_after_someone_s_body_is_its_own(run_text: Any) -> None:
    text = "His campaign sued the county on Friday, seeking an injunction against the rules."
    assert _source_of(run_text(text), "seeking") == "His campaign"


def test_participle_after_a_thing_is_no_one_s(run_text: Any) -> None:
    result = run_text("The storm hit the coast on Friday, claiming twelve lives.")
    assert not [q for q in _indirect(result) if q.cue is not None and q.cue.text == "claiming"]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # Whom a question is put to is the passive's subject; who asks it is the agent.
        (
            "Senator Ames was asked by a reporter whether the harbour would close.",
            "asked",
            "a reporter",
        ),
        (
            "When asked by a radio host whether the tax would rise, the mayor said no.",
            "asked",
            "a radio host",
        ),
    ],
)
def test_passive_of_asking_is_the_agent_s(run_text: Any, text: str, cue: str, source: str) -> None:
    assert _source_of(run_text(text), cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # Whom the verb leaves wondering or feeling holds what the infinitive or participle says.
        ("The delays left many to wonder whether the harbour would ever open.", "wonder", "many"),
        (
            "The vote left many farmers feeling that the council had ignored them.",
            "feeling",
            "many farmers",
        ),
    ],
)
def test_infinitive_or_participle_after_people_is_theirs(
    run_text: Any, text: str, cue: str, source: str
) -> None:
    assert _source_of(run_text(text), cue) == source


def test_participle_after_a_thing_keeps_the_subject(run_text: Any) -> None:
    text = "Ms. Varga spent hours saying the harbour would close."
    assert _source_of(run_text(text), "saying") == "Ms. Varga"

"""Indirect attributions (``quotes.reported``): the constructions that attribute a clause, an
object or a phrase to a source, and the action verbs that attribute nothing."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.records import ArticleResult, Quote


def _indirect(result: ArticleResult) -> list[Quote]:
    return [q for q in result.quotes if not q.direct]


def _said_by(result: ArticleResult, content_start: str, whole: bool = False) -> str:
    """The source span of the reported statement that starts with (or, ``whole``, is) these
    words."""
    found = [
        q
        for q in _indirect(result)
        if (q.content.text == content_start if whole else q.content.text.startswith(content_start))
    ]
    assert found, [q.content.text for q in result.quotes]
    assert found[0].speaker_span is not None
    return found[0].speaker_span.text


@pytest.mark.parametrize(
    ("text", "source", "content_start"),
    [
        # A reporting verb in a relative clause still reports its clause, from after the cue:
        # the fronted "which" would stretch the span over the source and the cue.
        (
            "The new tariffs, which officials said will take effect in May, worry farmers.",
            "officials",
            "will take effect in May",
        ),
        # An infinitive borrows the subject of the verb it completes.
        ("The senator seems to think the merger is dead.", "The senator", "the merger is dead"),
        ("The governor is expected to endorse the new budget plan.", "The governor", "the new"),
        # A belief stated after what is believed.
        ("The plan will fail, most economists believe.", "most economists", "The plan will fail"),
        # A long subject phrase is no far-off misparse.
        (
            "A study by two economists at a small college in Ohio and a think tank in Boston "
            "found that wages rose in every county.",
            "A study",
            "wages rose in every county",
        ),
        # "As X reported, …" and a passive reported by someone.
        (
            "As the Daily Ledger reported, the mayor will resign in June.",
            "the Daily Ledger",
            "the mayor will resign",
        ),
        (
            "News of the merger was first reported by the Daily Ledger.",
            "the Daily Ledger",
            "News of the merger",
        ),
        # Taking a side is a stance even when the events stage records the act too.
        ("Senator Ruth Okafor endorsed Governor Tom Lima on Monday.", "Ruth Okafor", "Governor"),
        # What an appeal is for.
        ("The union called for a ban on night shifts.", "The union", "for a ban on night"),
        # Talking about something, with the particle that makes it a topic.
        (
            "The governor talked about the housing crisis for an hour.",
            "The governor",
            "about the housing crisis",
        ),
        # A poll as a source.
        (
            "In the latest poll, the senator leads the governor by six points.",
            "the latest poll",
            "the senator leads the governor",
        ),
        # A form the small model's lemmatiser gets wrong ("hopes" -> "hop").
        ("Ms. Lena Ortiz hopes the voters will return in spring.", "Lena Ortiz", "the voters"),
        # An adjective of stance after a copula.
        ("Most farmers are wary of the new tariff on seed.", "Most farmers", "of the new tariff"),
        # A passive of taking a side: the agent holds the stance, about the subject.
        ("The mayor was endorsed by the teachers' union on Friday.", "union", "The mayor"),
        ("Governor Ana Ruiz is backed by most farmers in the valley.", "farmers", "Governor"),
        # A charge that is a clause of its own states something though "accused" is an event.
        (
            "Ms. Lee accused Governor Tom Ruiz of misleading the public.",
            "Ms. Lee",
            "Governor Tom Ruiz of misleading",
        ),
        # ... also where the parser hangs the charge on the object, not the verb.
        (
            "Senator Maria Lopez accused the mayor of hiding the audit report.",
            "Maria Lopez",
            "the mayor of hiding the audit",
        ),
        # A verb of talking whose particle the parser reads as the verb's own takes its object.
        ("The minister laid out her plans for the new rail network.", "minister", "her plans"),
        # An infinitive after an adjective borrows the copula's subject.
        (
            "Rural voters were more likely to say the economy was getting worse.",
            "Rural voters",
            "the economy was getting worse",
        ),
        # A verb of saying with no clause, about or against something.
        ("The columnist wrote about the housing shortage.", "The columnist", "about the housing"),
        ("Several economists cautioned against raising the fuel tax.", "economists", "against"),
        # A gerund after a noun's particle is what the subject of the noun's verb does.
        (
            "Senator Ana Ruiz took the unusual step of criticizing the governor's budget.",
            "Ana Ruiz",
            "the governor's budget",
        ),
        # "of" after a verb of talking counts right after it (adverbs between).
        ("Ms. Lee spoke warmly of the new governor.", "Ms. Lee", "of the new governor"),
        # Questioning something of someone's is a doubt voiced, not an interrogation.
        ("Senator Ana Ruiz questioned the governor's honesty.", "Ana Ruiz", "the governor's"),
        # A noun of saying received from its holder is about the receiver.
        ("The new budget drew sharp criticism from the teachers' union.", "union", "The new"),
        ("Senator Ana Ruiz received endorsements from two unions.", "two unions", "Senator"),
        # ... also from people no actor names, and they may hold a stance after a copula.
        ("The new toll drew sharp criticism from beekeepers.", "beekeepers", "The new toll"),
        ("Some beekeepers are wary of the new pesticide rules.", "Some beekeepers", "of the new"),
        # Nouns of holding with a possessor (group ``speech_noun``).
        (
            "The governor's decision to close the port angered farmers.",
            "The governor",
            "to close the port",
        ),
        ("The senator's attacks on the mayor grew sharper in the spring.", "senator", "on the"),
        ("Her hope that the strike would end faded by Friday.", "Her", "the strike would end"),
        # A thing taken as an object with what it is aimed at or about.
        (
            "The mayor has called attention to the rising cost of housing.",
            "The mayor",
            "attention to the rising cost of housing",
        ),
        (
            "The union showed little interest in the new contract.",
            "The union",
            "little interest in the new contract",
        ),
        # Someone taken as an object, with what about.
        ("The senator challenged the mayor about his budget.", "senator", "the mayor about his"),
        # "with" lends its verb's subject to a noun of saying; "of" names the holder of one
        # received.
        ("She answered with a call for calm.", "She", "for calm"),
        ("The candidate won the endorsement of the teachers' union.", "union", "The candidate"),
        # A stance that takes nothing else holds the clause its "as" clause comments on.
        (
            "As most economists expect, prices will rise again next year.",
            "most economists",
            "prices will rise again next year",
        ),
        # A noun of a side taken said of someone (group ``stance_agent``).
        ("Ms. Reyes is a fierce critic of the new pipeline.", "Ms. Reyes", "the new pipeline"),
        ("He emerged as an advocate for lower taxes.", "He", "lower taxes"),
    ],
)
def test_reported_constructions_find_source_and_content(
    run_text: Any, text: str, source: str, content_start: str
) -> None:
    assert _said_by(run_text(text), content_start).endswith(source)


@pytest.mark.parametrize(
    "text",
    [
        # Action verbs attribute nothing, whatever their particles.
        "Officials removed the protesters from the square on Monday.",
        "Police arrested three men near the station.",
        "The army built a bridge over the river in two days.",
        "The governor spoke on Tuesday in the capital.",
        "The mayor talked with residents at the market.",
        "The mayor spoke to a group of students at the school.",
        "Workers filed into the hall before the vote.",
        # Material support is an act, not a view voiced.
        "The United States backed the rebels with weapons and money.",
        "The army supported the coup with tanks.",
    ],
)
def test_reported_action_verbs_are_no_attributions(run_text: Any, text: str) -> None:
    assert _indirect(run_text(text)) == []


def test_reported_cue_inside_a_short_quote_is_the_quoted_speakers_word(run_text: Any) -> None:
    text = 'The spokeswoman said China "firmly opposes" the new export rules.'
    assert [q.cue.text for q in run_text(text).quotes if q.cue] == ["said"]


def test_reported_stance_that_designates_with_an_infinitive_is_left_alone(run_text: Any) -> None:
    text = 'Moscow continues to describe the war as a "special operation" in its briefings.'
    assert run_text(text).quotes == []


def test_reported_partial_quote_belongs_to_the_finding_around_it(run_text: Any) -> None:
    text = 'A parliamentary report found "no evidence of any wrongdoing by the ministers."'
    [q] = run_text(text).quotes
    assert q.direct and q.speaker_span is not None
    assert q.speaker_span.text.endswith("report")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Lima campaign issued a statement saying that the count had been fair.",
            "campaign",
        ),
        ("A letter from the dean said the school would reopen in May.", "the dean"),
    ],
)
def test_reported_document_speaks_for_whoever_it_is_from(
    run_text: Any, text: str, source: str
) -> None:
    [q] = _indirect(run_text(text))
    assert q.speaker_span is not None and q.speaker_span.text.endswith(source)


def test_reported_transcript_label_speaks_to_the_end_of_its_paragraph(run_text: Any) -> None:
    text = "MORALES: We have the votes. The bill passes this week.\n\nUPDATE: The vote was delayed."
    result = run_text(text)
    [q] = _indirect(result)
    assert q.speaker_span is not None and q.speaker_span.text == "MORALES"
    assert q.content.text == "We have the votes. The bill passes this week"


def test_reported_clause_keeps_its_words_when_a_second_statement_holds_a_quote(
    run_text: Any,
) -> None:
    text = (
        "Mayor Ana Ruiz pushed back on Monday, saying that the bridge was safe and arguing "
        'that critics were "spreading fear to win votes."'
    )
    assert _said_by(run_text(text), "the bridge was safe").endswith("Ana Ruiz")


def test_reported_clause_with_a_quote_in_its_second_part_is_left_to_the_quote(
    run_text: Any,
) -> None:
    text = (
        'The spokesman said the board was "acting in bad faith" and that the funds would be '
        'paid "sooner or later".'
    )
    assert _indirect(run_text(text)) == []


@pytest.mark.parametrize(
    ("text", "source", "content_start"),
    [
        # Praise, blame and backing of someone or something proposed hold a view.
        ("Senator Ruth Okafor criticized the new budget plan on Monday.", "Ruth Okafor", "the new"),
        ("Governor Tom Lima backed the proposal.", "Tom Lima", "the proposal"),
        # Attacking a person's words is a view voiced.
        ("Senator Ann Ross attacked the governor's remarks on Monday.", "Ann Ross", "the"),
        # So is attacking a plan when the events stage reads the attack as words (ACCUSE).
        ("Senator Ann Ross attacked the harbour plan on Monday.", "Ann Ross", "the harbour"),
        # A name the parser hung on the day after the cue.
        ("Senator Ann Ross endorsed Lima Wednesday.", "Ann Ross", "Lima"),
        # Verbs of labelling and likening judge what they label; a particle names what is pushed.
        (
            'The governor labelled the strikers "enemies of the state" and ordered arrests.',
            "The governor",
            "the strikers",
        ),
        ("Senator Ann Ross pushed for a ban on night flights.", "Ann Ross", "for a ban"),
        # A "that" right after the cue opens what is held, however it is parsed.
        ("The economist agreed that the bank has limited power.", "economist", "the bank"),
        # A noun of saying with its holder.
        ("The senator's claim that wages rose in every county was false.", "senator", "wages"),
        # A noun of saying as the subject of a copula holds the clause after it.
        ("The mayor's view is that the stadium will pay for itself.", "mayor", "the stadium"),
        ("Her belief was that the levee would hold.", "Her", "the levee"),
        # A listener told to do something: the instruction is what was said.
        (
            "Officials have told residents not to drink tap water until further notice.",
            "Officials",
            "residents not to drink",
        ),
        ("The coach told his players to stay calm.", "The coach", "his players to stay"),
        # An embedded post signed with a name and a handle.
        (
            "Polls close at eight tonight in every county. \u2014 Ann Lee (@annlee) May 2, 2016",
            "Ann Lee",
            "Polls close at eight",
        ),
    ],
)
def test_reported_judging_nouns_and_signed_posts(
    run_text: Any, text: str, source: str, content_start: str
) -> None:
    assert _said_by(run_text(text), content_start).endswith(source)


@pytest.mark.parametrize(
    "text",
    [
        # Condemning or backing an act or an armed group is the event's, not a view voiced.
        "The minister condemned the attack on the convoy.",
        "The council backed the militias in the north.",
        "Rebels attacked the town on Monday.",
        "Aid groups condemned the raid on the shelter.",
        "The envoy denounced the expulsions of the reporters.",
        # Accusing someone is the events stage's ACCUSE; the accused is no statement's content,
        # nor is a charge that is only a noun (a gerund's clause is: see above).
        "The minister accused Portugal of interference in the vote.",
        # Questioning someone is an interrogation, not a doubt voiced.
        "Detectives questioned the former mayor for six hours.",
        "Police questioned him about the fire at the depot.",
        "The mayor lambasted the assassination attempt against the judge.",
    ],
)
def test_reported_judging_an_act_is_no_attribution(run_text: Any, text: str) -> None:
    assert _indirect(run_text(text)) == []


def test_reported_judging_verb_with_quoted_words_is_a_statement(run_text: Any) -> None:
    result = run_text('The mayor accused the council of "lying to the whole city."')
    assert result.quotes
    assert all(q.speaker_span is not None for q in result.quotes)
    assert {q.speaker_span.text for q in result.quotes if q.speaker_span} == {"The mayor"}


def test_reported_according_to_retells_a_quote_with_its_own_speaker(run_text: Any) -> None:
    text = '"The bridge is safe," the engineer said, according to the Daily Ledger.'
    [q] = _indirect(run_text(text))
    assert q.speaker_span is not None and q.speaker_span.text == "the Daily Ledger"


def test_reported_partial_quote_belongs_to_the_verb_that_likens(run_text: Any) -> None:
    [q] = run_text('The senator likened the new plan to "a tax on the poor."').quotes
    assert q.direct and q.speaker_span is not None and q.speaker_span.text == "The senator"


def test_reported_questioning_a_claim_is_a_stance(run_text: Any) -> None:
    [q] = _indirect(run_text("Opposition lawmakers questioned whether the tender was legal."))
    assert q.content.text == "the tender was legal"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The two leaders both denounced the attack as \u201cterrorism.\u201d",
            "the attack as \u201cterrorism.\u201d",
        ),
        ('The senator called for "restraint" to calm the city.', 'for "restraint"'),
    ],
)
def test_reported_content_ends_at_the_closing_mark_it_opens(
    run_text: Any, text: str, content: str
) -> None:
    assert content in [q.content.text for q in _indirect(run_text(text))]


def test_reported_quote_in_a_joined_verb_is_not_the_first_verbs_words(run_text: Any) -> None:
    text = 'The governor condemned the ambush on the convoy and called for "calm" in the valley.'
    cues = [q.cue.text for q in _indirect(run_text(text)) if q.cue]
    assert cues == ["called"]


def test_reported_far_subject_that_is_nobody_is_no_source(run_text: Any) -> None:
    # The parser makes the drone, the head of a long phrase, the subject of "said".
    text = (
        "A drone laden with explosives targeted the minister's house inside the capital early on "
        "Sunday in what the army called an attack, but said the minister escaped unhurt."
    )
    assert not [
        q for q in run_text(text).quotes if q.speaker_span and "drone" in q.speaker_span.text
    ]


def test_reported_response_with_weapons_is_an_act_not_words(run_text: Any) -> None:
    assert run_text("Police responded with rubber bullets and water cannon.").quotes == []
    [q] = run_text("The ministry responded with a sharply worded statement on Monday.").quotes
    assert q.content.text.startswith("with a sharply worded statement")


@pytest.mark.parametrize(
    ("text", "source", "content_start"),
    [
        # A stance the events stage also records as an act of words takes its object.
        ("The mayor offered new ideas for easing traffic downtown.", "The mayor", "new ideas"),
        ("Residents asked the city council to delay the vote.", "Residents", "the city council"),
        # Whom it is addressed to, with what it is about.
        ("The senator thanked voters for their support.", "The senator", "voters for their"),
        ("Reporters asked the minister about the new budget.", "Reporters", "the minister about"),
        # A participle's clause lends its subject, a common noun too when it is an actor.
        (
            "The union sued the county on Friday, claiming the new rules were unfair.",
            "The union",
            "the new rules were unfair",
        ),
        # A verb joined to another, or one it hangs on, borrows a common noun subject too.
        (
            "The delegates met behind closed doors and agreed that the rules should change.",
            "The delegates",
            "the rules should change",
        ),
        (
            "The jurors seem to believe the witness lied about the money.",
            "The jurors",
            "the witness lied about the money",
        ),
        (
            "The landlords responded by saying the rent increases were modest.",
            "The landlords",
            "the rent increases were modest",
        ),
        # ... and a participle of any stance after people lends them its clause.
        (
            "The growers sued the county on Monday, hoping to block the new water levy.",
            "The growers",
            "to block the new water levy",
        ),
        # A noun of saying is its light verb's subject's statement.
        ("The senator voiced support for the plan to cut taxes.", "The senator", "support for"),
        # A gerund after a particle: the subject of the clause it hangs in.
        (
            "The senator risks alienating young voters by dismissing their concerns about rent.",
            "The senator",
            "their concerns about rent",
        ),
    ],
)
def test_reported_acts_of_words_and_borrowed_subjects(
    run_text: Any, text: str, source: str, content_start: str
) -> None:
    assert _said_by(run_text(text), content_start) == source


@pytest.mark.parametrize(
    "text",
    [
        # An act of words addressed to someone, with nothing said: the event's alone.
        "The council asked him on Tuesday.",
        "The minister welcomed the envoy to the capital on Monday.",
        # A bare noun after a verb is an idiom of the verb, not something said.
        "Rescue teams took charge of the bridge after the flood.",
        # A claim or call the subject faces or ignores is not its own.
        "The senator faces charges that he lied to the committee.",
        "The president ignored calls for his resignation.",
        # Whom it is addressed to, named in full or with a time, is still only whom.
        "The minister welcomed the envoy of Japan.",
        "The minister welcomed the envoy over the weekend.",
        # A thing is no holder of what a participle says.
        "Oil prices fell sharply, suggesting demand is weakening.",
        # ... nor of what a verb a thing does as often says, nor of a passive's report.
        "The economy slowed in March and seemed to suggest that a recession was coming.",
        "Oil prices fell and suggested that demand was weakening.",
        "The delegates arrived late and were told that the vote was off.",
        # A pact signed is the events stage's, not a stance, whatever the scorer reads.
        "The two leaders signed agreements on trade and energy.",
        "The ministers reached a deal on fishing quotas after midnight.",
        # No view told: a small clause alone, persuasion to act, a side that is nobody.
        "The union made its position clear on Monday.",
        "She was convinced to resign by her colleagues.",
        "The decision drew criticism from several quarters.",
        # A copula after a noun of saying with no claim after it; no clause of a plain noun.
        "Her view is what matters most.",
        "The problem is that nobody read the report.",
        # Telling a story, with no infinitive after whom it is told to, is no instruction.
        "He told the story of his escape to the crowd.",
    ],
)
def test_reported_nothing_said(run_text: Any, text: str) -> None:
    assert _indirect(run_text(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "No group has claimed responsibility for the bombing of the bridge.",
        "Nobody said the budget would pass this year.",
        "None of the ministers believed the ceasefire would hold.",
    ],
)
def test_reported_negated_source_holds_nothing(run_text: Any, text: str) -> None:
    assert _indirect(run_text(text)) == []


def test_reported_source_with_a_determiner_other_than_no_still_holds(run_text: Any) -> None:
    result = run_text("One group has claimed responsibility for the bombing of the bridge.")
    assert _said_by(result, "responsibility") == "One group"


def test_reported_clause_the_cue_interrupts_keeps_its_subject(run_text: Any) -> None:
    result = run_text("The new bridge, the mayor said, will open to traffic in the spring.")
    assert _said_by(result, "The new bridge") == "the mayor"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # The parser joins a closing cue to the clause before it, as a conjunct or an adverbial.
        (
            "The plant in Dunmore will close in May, the company's chief executive told staff "
            "on Monday.",
            "The plant in Dunmore will close in May",
            "the company's chief executive",
        ),
        # A conjunction inside the clause said is no second statement.
        (
            "Farmers should check the figures and not guess, the mayor told reporters.",
            "Farmers should check the figures and not guess",
            "the mayor",
        ),
        # Words of the clause the parser hangs on the cue are still what was said.
        (
            "The harbour tax will end this year, sooner than expected, the county budget office "
            "reported Tuesday.",
            "The harbour tax will end this year, sooner than expected",
            "the county budget office",
        ),
    ],
)
def test_reported_clause_a_closing_cue_ends_is_what_was_said(
    run_text: Any, text: str, content: str, source: str
) -> None:
    assert _said_by(run_text(text), content, whole=True) == source


def test_reported_second_statement_after_and_is_not_a_closing_cue(run_text: Any) -> None:
    result = run_text("The mayor cut the harbour tax, and the clerk said the vote was close.")
    assert _said_by(result, "the vote was close", whole=True) == "the clerk"
    assert not [q for q in _indirect(result) if q.content.text.startswith("The mayor cut")]


def test_reported_clause_joined_by_but_has_no_closing_cue(run_text: Any) -> None:
    text = (
        "The two rivals may be opposites, but when it comes to the harbour, Ames and Varga "
        "are speaking to farmers with one voice."
    )
    result = run_text(text)
    assert not [q for q in _indirect(result) if q.content.text.startswith("The two rivals")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "No" that counts, names or is not first negates nothing.
        ("No fewer than twenty lawmakers said the bill was flawed.", "No fewer than twenty"),
        ("A No 10 spokesman said the talks would continue next week.", "A No 10 spokesman"),
        ("The No campaign said the vote was rigged.", "The No campaign"),
    ],
)
def test_reported_no_that_negates_nothing_keeps_the_source(
    run_text: Any, text: str, source: str
) -> None:
    [q] = _indirect(run_text(text))
    assert q.speaker_span is not None and q.speaker_span.text.startswith(source)


def test_reported_short_relative_clause_stays_whole(run_text: Any) -> None:
    # Two words after the cue say nothing alone: the clause keeps its relative.
    result = run_text("The plan, which she said was flawed, collapsed in May.")
    assert _said_by(result, "which she said was flawed") == "she"


def test_reported_time_phrase_is_no_stance_object(run_text: Any) -> None:
    result = run_text("Iran and the United States agreed on Friday to a prisoner swap.")
    assert all(not q.content.text.startswith("on Friday") for q in result.quotes)


def test_reported_claim_denied_is_no_claim_of_the_denier(run_text: Any) -> None:
    # The denial is the minister's stance; the claim denied is not the minister's words.
    result = run_text("The minister denied claims that he took bribes.")
    assert [q.content.text for q in result.quotes] == ["claims that he took bribes"]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Asked whether the plan would pass, 40 percent of voters said so.", "40 percent", "so"),
        ("Asked if she would run again, the mayor said no.", "the mayor", "no"),
        ("Last year, 26 percent of the farmers said the same.", "26 percent", "the same"),
        # what the statement was about is part of it
        (
            "The growers said the same about the new harbour tax.",
            "The growers",
            "the same about the new harbour tax",
        ),
    ],
)
def test_reported_word_for_a_whole_statement_is_what_was_said(
    run_text: Any, text: str, source: str, content: str
) -> None:
    assert _said_by(run_text(text), content, whole=True).endswith(source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A live blog's time stamp and a dateline are parsed as a second subject of the verb.
        (
            "12:40 p.m.:\n\nGovernor Tom Lima says the bridge will reopen next week.",
            "Governor Tom Lima",
        ),
        (
            "PORTVILLE -- Senator Ruth Okafor on Monday said the new budget cuts school funding.",
            "Senator Ruth Okafor",
        ),
    ],
)
def test_reported_dateline_or_time_stamp_is_not_the_source(
    run_text: Any, text: str, source: str
) -> None:
    result = run_text(text)
    speakers = [q.speaker_span.text for q in _indirect(result) if q.speaker_span is not None]
    assert speakers, [q.content.text for q in result.quotes]
    assert all(s.endswith(source.split()[-1]) for s in speakers), speakers


def test_reported_relative_word_parsed_as_a_second_subject_is_not_the_source(
    run_text: Any,
) -> None:
    # "whom" and "delegates" both read as subjects of "believed": the one next to it holds it.
    result = run_text(
        "Voters turned against the chairwoman, whom many delegates believed was unfairly "
        "tilting the race."
    )
    assert _said_by(result, "was unfairly tilting") == "many delegates"


def test_reported_according_to_holds_a_clause_with_a_partial_quote(run_text: Any) -> None:
    # The filing tells what the mayor did, his quoted words included; his words stay his too.
    result = run_text(
        "According to the court filing, the mayor described the payments as "
        '"ordinary consulting fees" in 2019.'
    )
    assert _said_by(result, "the mayor described the payments") == "the court filing"
    direct = [q for q in result.quotes if q.direct]
    assert [q.speaker_span.text if q.speaker_span else None for q in direct] == ["the mayor"]


def test_reported_appeal_for_someone_to_act_is_what_is_asked(run_text: Any) -> None:
    text = "The senator called for the mayor to resign."
    assert _said_by(run_text(text), "the mayor to resign").endswith("The senator")
    # a "for" clause of a verb that is no cue asks nothing, nor one of a verb of talking
    assert _indirect(run_text("The families waited for the bus to arrive.")) == []
    assert _indirect(run_text("He spoke for the crowd to hear.")) == []


def test_reported_topic_hung_on_the_listener_is_what_was_talked_about(run_text: Any) -> None:
    text = "The governor is talking to voters about health care."
    assert _said_by(run_text(text), "about health care").endswith("The governor")


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # What the object is charged with or taken as is part of what is held, even when the
        # cue is an event of its own (ACCUSE) once quoted words say it.
        (
            'Senator Ana Lima accused Reyes of trying to "debase" the currency.',
            "Senator Ana Lima",
            'Reyes of trying to "debase" the currency',
        ),
        (
            'Reyes described the governor as a "caricature of politics" and a risk.',
            "Reyes",
            'the governor as a "caricature of politics" and a risk',
        ),
        (
            "The union criticized the port authority for its slow hiring of dockers.",
            "The union",
            "the port authority for its slow hiring of dockers",
        ),
    ],
)
def test_reported_what_the_object_is_charged_with_is_held(
    run_text: Any, text: str, source: str, content: str
) -> None:
    assert _said_by(run_text(text), content, whole=True) == source


def test_reported_charge_holding_a_direct_quote_is_left_to_it(run_text: Any) -> None:
    # The quote is found (and attributed) on its own; the object keeps its own words.
    text = 'Lima praised the new harbour as "the best thing this town has built in decades."'
    result = run_text(text)
    assert [q.content.text for q in _indirect(result)] == ["the new harbour"]


def test_reported_time_after_the_object_is_no_charge(run_text: Any) -> None:
    text = "The union criticized the port authority for two hours on Monday."
    assert not any("two hours" in q.content.text for q in run_text(text).quotes)


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # A reporting verb after a comma with its speaker after it, which the parser joins to
        # the clause it reports.
        (
            "The old mill is hanging on, but it is under pressure from cheap imports, said the"
            " company chief, Tom Barlow.",
            "the company chief",
            "The old mill is hanging on, but it is under pressure from cheap imports",
        ),
    ],
)
def test_reported_clause_ended_by_an_inverted_cue(
    run_text: Any, text: str, source: str, content: str
) -> None:
    assert _said_by(run_text(text), content, whole=True) == source


def test_reported_joined_verb_with_its_own_subject_first_reports_nothing_before_it(
    run_text: Any,
) -> None:
    # "and said" with the subject before it: the clause before is no statement of theirs.
    text = "The mill closed in March, and the owners said they would sell the land."
    result = run_text(text)
    assert not any(q.content.text.startswith("The mill closed") for q in result.quotes)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A relative pronoun stands for the document; its publisher speaks through it.
        (
            "The governor released a letter from her doctor that says she is fit to serve.",
            "The governor",
        ),
    ],
)
def test_reported_document_behind_a_relative_pronoun_speaks_for_its_publisher(
    run_text: Any, text: str, source: str
) -> None:
    [q] = _indirect(run_text(text))
    assert q.speaker_span is not None and q.speaker_span.text == source


def test_reported_document_someone_withheld_does_not_speak_for_them(run_text: Any) -> None:
    text = "The ministry withheld an email that said the dam was unsafe."
    result = run_text(text)
    assert all(
        q.speaker_span is None or q.speaker_span.text != "The ministry" for q in result.quotes
    )


def test_reported_charge_that_is_only_a_scare_quote_is_left_to_the_event(run_text: Any) -> None:
    # The accusation is the events stage's; a quoted phrase alone states nothing more.
    text = 'The government accused Norway of "open hostility" on Tuesday.'
    assert _indirect(run_text(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # a reason after an act states nothing: the attack is the events stage's
        "Gunmen attacked the bus for no apparent reason near the border.",
        "Jets attacked the convoy for the second time in a week.",
    ],
)
def test_reported_reason_after_an_act_is_no_statement(run_text: Any, text: str) -> None:
    assert _indirect(run_text(text)) == []


def test_reported_how_often_is_no_charge(run_text: Any) -> None:
    text = "The committee questioned the minister for the second time on Friday."
    assert not any("second time" in q.content.text for q in run_text(text).quotes)


def test_reported_quoted_object_keeps_its_own_words(run_text: Any) -> None:
    text = 'The airline blamed "human error" for the outage at its hub.'
    assert not any("outage" in q.content.text for q in _indirect(run_text(text)))


def test_reported_what_a_released_video_shows_is_no_one_s_words(run_text: Any) -> None:
    text = "The army released a video that shows soldiers firing on a crowd in the square."
    assert all(
        q.speaker_span is None or q.speaker_span.text != "The army" for q in run_text(text).quotes
    )


@pytest.mark.parametrize(
    "text",
    [
        # "for the Nth time" is a phrase of time wherever a particle is read: no topic of a
        # thanks, no object of an agreement
        "The minister thanked them for the second time on Friday.",
        "The union agreed for the second time to a pay cut.",
    ],
)
def test_reported_how_often_is_no_reason_either(run_text: Any, text: str) -> None:
    assert not any("second time" in q.content.text for q in run_text(text).quotes)


@pytest.mark.parametrize(
    "text",
    [
        # A passive of a physical or legal act, or one whose agent is a thing, holds no stance.
        "The patrol was attacked by armed men outside the village.",
        "The old bridge is supported by iron girders.",
        "The festival is supported by a grant from the regional council.",
        "The fighters were backed by armoured trucks.",
        "The rebels, backed by artillery, took the hill.",
        "The harbour was hammered by the gale.",
        "The new lung was rejected by his body.",
        "The visiting side is favored by bookmakers.",
        "The cyclist was cited by police for running a red light.",
        "The clerk was dismissed by the firm in March.",
        "The appeal was dismissed by a district judge.",
        "The treaty was debated by the Assembly on Thursday.",
        # Laying out things is an act, laying out a plan is not.
        "Volunteers laid out the blankets in the gymnasium.",
        "The officers laid out the rifles they had seized on a bench.",
        # A stance the text says was not taken.
        "The columnist stopped short of backing the challenger.",
        "Senator Maria Lopez refrained from criticizing the new governor.",
        "Senator Maria Lopez was unlikely to endorse the budget.",
        # Questioning a person is an interrogation, whoever's person it is.
        "Detectives questioned Governor Tom Reyes's brother for hours.",
        "Police questioned the senator's driver on Friday.",
        # A participle of saying after a measure, and a memory told.
        "The currency fell 3%, saying traders were nervous.",
        "She spoke of the village where she grew up.",
    ],
)
def test_reported_acts_things_and_stances_not_taken_are_no_attributions(
    run_text: Any, text: str
) -> None:
    assert [(q.cue and q.cue.text, q.content.text) for q in _indirect(run_text(text))] == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("The proposal was endorsed by the governor.", "the governor", "The proposal"),
        ("The militia was backed by Turkey.", "Turkey", "The militia"),
        ("The pay offer was rejected by the union.", "the union", "The pay offer"),
        ("The law, backed by Senator Maria Lopez, passed.", "Maria Lopez", "The law"),
        ("The ruling was condemned by human rights groups.", "groups", "The ruling"),
        ("The senator laid out his case for new tariffs.", "The senator", "his case for new"),
        ("Senator Maria Lopez questioned the governor's judgment.", "Maria Lopez", "the"),
        # A comparison's "than" phrase is no part of what is supported.
        ("Farmers were more likely to support the tariff than bankers.", "Farmers", "the tariff"),
    ],
)
def test_reported_kept_stances_beside_their_negative_cases(
    run_text: Any, text: str, source: str, content: str
) -> None:
    found = [q for q in _indirect(run_text(text)) if q.content.text.startswith(content)]
    assert found, [q.content.text for q in run_text(text).quotes]
    assert found[0].speaker_span is not None
    assert found[0].speaker_span.text.endswith(source)


def test_reported_comparison_ends_before_than(run_text: Any) -> None:
    text = "Farmers were more likely to support the tariff than bankers."
    assert [q.content.text for q in _indirect(run_text(text))] == ["the tariff"]


@pytest.mark.parametrize(
    "text",
    [
        '"Justice For All," the marchers chanted outside the court.',
        '"Rest Easy Friend," the coach wrote on Facebook.',
        '"Long Live Freedom," the president said in his speech.',
        '"Save Our Forest." the crowd shouted.',
    ],
)
def test_reported_headline_case_slogan_opening_a_sentence_is_said(run_text: Any, text: str) -> None:
    quotes = [q for q in run_text(text).quotes if q.direct]
    assert len(quotes) == 1 and quotes[0].speaker_span is not None


def test_reported_punctuated_title_after_a_title_cue_is_no_quote(run_text: Any) -> None:
    text = 'The senator told ABC\'s "Morning Hour." that the vote would be close.'
    assert not any(q.direct and q.content.text.startswith("Morning") for q in run_text(text).quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A person taken as the object keeps the phrase of place and time out.
        ("The senator endorsed Lima in Ohio on Tuesday.", "Lima"),
        # A determined object's "in" is where, not what about.
        ("The minister defended the new law in parliament.", "the new law"),
        # An audience is whom, not what: where it gathered is no topic (group ``listener``).
        ("The senator praised the crowd at the rally.", "the crowd"),
        # Whom to, where and through what are no topics (groups ``listener``, ``medium``).
        ("The treasurer praised the budget to lawmakers.", "the budget"),
        ("The council rejected the offer at a meeting in Leeds.", "the offer"),
        ("The senator criticized the deal over the phone.", "the deal"),
        ("The treasurer welcomed the plan with enthusiasm.", "the plan"),
    ],
)
def test_reported_object_keeps_what_is_not_held_out(run_text: Any, text: str, content: str) -> None:
    assert [q.content.text for q in _indirect(run_text(text))] == [content]


@pytest.mark.parametrize(
    "text",
    [
        # A person welcomed says nothing, whatever phrase follows the name.
        "The senator welcomed the envoy Peter Lindqvist to the town hall.",
        # A noun of a side taken beside a name tells who someone is, not what they say.
        "Mr. Osei, a longtime supporter of the mayor, was at the dinner.",
        # Only verbs of answering lend "with" ("complied with" a request is someone else's).
        "The clerk complied with the request for documents.",
        # A received noun's "of" is its target unless it is one of backing (group ``held_of``).
        "The scandal drew renewed criticism of the mayor.",
        # An "as" clause of an act holds nothing (group ``as_view``).
        "As the fans protested, the match was delayed.",
        # Nouns of sides with other senses: a job, a rival (groups' values in the data).
        "She is a critic for the Daily Ledger.",
        "He is the opponent of Tom Baker in the runoff.",
        # Signing a pact is an act, whatever the learned scorer says (group ``pact_noun``).
        "The two leaders signed agreements on trade and energy.",
        "The two leaders signed a treaty on water sharing.",
    ],
)
def test_reported_welcome_and_description_are_no_attributions(run_text: Any, text: str) -> None:
    assert _indirect(run_text(text)) == []


@pytest.mark.parametrize(
    ("text", "source", "content_start"),
    [
        # An act of words whose object is something of someone's, not the person it is
        # addressed to, states a stance about it.
        ("Governor Ann Lee welcomed Mayor Bo Chen's election on Monday.", "Ann Lee", "Mayor"),
        ("Senator Ilse Marr offered her positive reviews of the tax plan.", "Ilse Marr", "her"),
        # A finding denied is what is denied, not whom.
        ("The shipping firm denied the reports on Friday.", "The shipping firm", "the reports"),
        # "have" holds a noun of saying or holding as its subject's own.
        ("The mayor has questions about the harbour contract.", "The mayor", "about"),
        ("Most voters had an unfavorable opinion of the new levy.", "Most voters", "of"),
    ],
)
def test_reported_stance_about_something_of_someone(
    run_text: Any, text: str, source: str, content_start: str
) -> None:
    assert _said_by(run_text(text), content_start).endswith(source)


@pytest.mark.parametrize(
    "text",
    [
        # Addressed to someone only: the events stage records it.
        "The senator welcomed the ambassador at the airport.",
        "Nadia Orsk, the mayor, welcomed the envoy Per Lund to the town hall on Wednesday.",
        # The "of" of a noun of backing names its holder: not the subject's view.
        "The senator has the support of most unions.",
    ],
)
def test_reported_addressee_or_held_support_is_no_stance(run_text: Any, text: str) -> None:
    assert _indirect(run_text(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # "found himself": where someone ended up, nothing found.
        "The senator found himself in a bind after the vote.",
        # A verb of proving with only an adjective: what something turned out to be.
        "The new levy proved costly.",
        "The harbour plan proved popular.",
    ],
)
def test_reported_ending_up_or_turning_out_is_no_stance(run_text: Any, text: str) -> None:
    assert _indirect(run_text(text)) == []


def test_reported_proving_a_clause_stays_a_stance(run_text: Any) -> None:
    """ "proved that …" holds what it shows; only an adjective alone is a copula's."""
    result = run_text("The auditor proved that the harbour fund was empty.")
    assert _said_by(result, "the harbour fund was empty").endswith("The auditor")


@pytest.mark.parametrize(
    ("text", "holder", "content"),
    [
        (
            "The governor took a swipe at the harbour board on Monday.",
            "The governor",
            "the harbour board",
        ),
        (
            "About three thousand residents cast their ballots for the independent candidate.",
            "About three thousand residents",
            "the independent candidate",
        ),
        (
            "The union made the case for a shorter working week.",
            "The union",
            "a shorter working week",
        ),
        # People no actor names hold it too.
        (
            "The delegates cast their votes for the harbour mayor.",
            "The delegates",
            "the harbour mayor",
        ),
    ],
)
def test_light_verb_with_a_stance_noun_is_its_subject_s_stance(
    run_text: Any, text: str, holder: str, content: str
) -> None:
    """Group ``light_noun``: the noun's particle names what the verb's subject judges."""
    assert _said_by(run_text(text), content, whole=True) == holder


def test_light_noun_needs_its_own_verb_and_particle(run_text: Any) -> None:
    """ "has a shot at the title" is a chance, not a swipe taken: no stance."""
    result = run_text("The young striker has a shot at the title this season.")
    assert not _indirect(result)


@pytest.mark.parametrize(
    ("text", "holder", "content"),
    [
        (
            "The Green presidential candidate plans to be back in Ohio on Sunday.",
            "The Green presidential candidate",
            "to be back in Ohio on Sunday",
        ),
        (
            "Governor Lee’s campaign plans to spend upward of $2 million on ads.",
            "campaign",
            "to spend upward of $2 million on ads",
        ),
        # A headline's "votes", whose infinitive the parser hangs on it as a noun's clause.
        ("County board votes to delay the harbour budget.", "board", "to delay the harbour budget"),
    ],
)
def test_cue_verb_read_as_a_plural_noun_still_reports(
    run_text: Any, text: str, holder: str, content: str
) -> None:
    """The small model reads "plans" heading these sentences as a plural noun; no noun heads a
    sentence with a clause or an infinitive after it, so it is the verb."""
    assert content in [q.content.text for q in _indirect(run_text(text))]
    assert _said_by(run_text(text), content, whole=True).endswith(holder.split()[-1])


def test_plural_noun_of_plans_with_its_infinitive_is_no_verb(run_text: Any) -> None:
    """ "The council's plans to reopen the terminal were shelved": a noun with an infinitive of
    its own, whose verb ("were shelved") reports nothing."""
    result = run_text("The council's plans to reopen the terminal were shelved in May.")
    assert all(q.cue is None or q.cue.text != "plans" for q in _indirect(result))


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # The parser reads the closing "records show" as a noun compound heading the sentence.
        (
            "The mill was sold to a trust in 2010, county records show.",
            "The mill was sold to a trust in 2010",
            "county records",
        ),
        (
            "The harbour plan is popular with farmers, the latest polls show.",
            "The harbour plan is popular with farmers",
            "the latest polls",
        ),
    ],
)
def test_reported_closing_cue_read_as_a_noun(
    run_text: Any, text: str, content: str, source: str
) -> None:
    assert _said_by(run_text(text), content, whole=True) == source


def test_reported_noun_compound_without_a_clause_is_no_cue(run_text: Any) -> None:
    result = run_text("The county fair opened on Friday with a cattle show.")
    assert not _indirect(result)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # The parser hangs the reported clause's subject on the inverted cue that interrupts it.
        ("The harbour, said the mayor, will close in May.", "the mayor"),
        (
            "Most of the money, said the treasurer, came from farmers in the valley.",
            "the treasurer",
        ),
        # ... or hangs the speaker on the clause as its subject.
        ("The contrast with Varga, said Lee and others, would be clear.", "Lee"),
    ],
)
def test_reported_clause_an_inverted_cue_interrupts_is_the_speaker_s(
    run_text: Any, text: str, source: str
) -> None:
    result = run_text(text)
    assert _said_by(result, text.split(",")[0]) == source
    assert result.quotes[0].content.text == text.rstrip(".")


def test_reported_subject_with_an_aside_before_its_cue_speaks(run_text: Any) -> None:
    """Regression: a speaker set off with a name of its own is no clause the cue interrupts."""
    text = (
        "The county's former clerk, Ann Lee, said the aide who replaced her, Tom Barlow, "
        "should be fired over the audit."
    )
    assert _said_by(run_text(text), "the aide who replaced her") == "The county's former clerk"


def test_reported_participle_set_off_keeps_its_subject(run_text: Any) -> None:
    """Regression: a participle between commas is no inverted cue."""
    text = "Farmers in the valley, fearing the floods, repeatedly refused to sell their land."
    assert _said_by(run_text(text), "the floods") == "Farmers"


@pytest.mark.parametrize(
    "text",
    [
        "The gang leader threatened to attack the airport.",
        "The militia vowed to attack the port.",
        "The gang leader threatened on Monday to attack the airport.",
    ],
)
def test_reported_an_attack_threatened_is_the_threats_words(run_text: Any, text: str) -> None:
    quotes = run_text(text).quotes
    assert [q.cue.text for q in quotes] in ([], ["threatened"], ["vowed"])


def test_reported_without_saying_is_nothing_said(run_text: Any) -> None:
    text = "The army said it freed 25 hostages, without saying whether a ransom was paid."
    assert [q.cue.text for q in run_text(text).quotes if q.cue] == ["said"]


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers found two survivors under the rubble in Hatay on Tuesday.",
        "Residents heard gunfire and explosions near the airport overnight.",
        "The town saw heavy fighting last week.",
        "Villagers showed reporters the ruins of their homes.",
        "Police found the bodies of six men in a shallow grave.",
    ],
)
def test_reported_what_is_seen_heard_or_found_is_nothing_held(run_text: Any, text: str) -> None:
    assert run_text(text).quotes == []


@pytest.mark.parametrize(
    "text",
    [
        "Investigators found evidence that the fire was set on purpose.",
        "The audit found irregularities in the ministry's accounts.",
        "A new poll shows Lindqvist with a narrow lead.",
    ],
)
def test_reported_a_finding_is_still_held(run_text: Any, text: str) -> None:
    assert len(run_text(text).quotes) == 1


def test_reported_an_attack_by_armed_men_on_a_town_is_no_words(run_text: Any) -> None:
    text = "The army said it had repelled an attack by the Rapid Support Forces on Kadugli."
    assert [q.cue.text for q in run_text(text).quotes if q.cue] == ["said"]


def test_reported_a_politicians_attack_on_a_rival_is_still_words(run_text: Any) -> None:
    text = "The senator's attack on the governor's record drew applause."
    assert [q.cue.text for q in run_text(text).quotes if q.cue] == ["attack"]


def test_reported_a_politicians_attack_on_a_place_is_still_words(run_text: Any) -> None:
    text = "The senator's attack on California over its wildfire response drew criticism."
    assert "attack" in [q.cue.text for q in run_text(text).quotes if q.cue]


@pytest.mark.parametrize(
    ("text", "source", "content_start"),
    [
        # Adjectives of feeling or attitude after a copula (group ``stance_adj``).
        ("The county farmers are furious at the water board.", "The county farmers", "at the"),
        ("She is proud of her record on housing.", "She", "of her record"),
        ("Local merchants are tired of the endless road works.", "Local merchants", "of the"),
        ("The union was unsure whether the deal would hold.", "The union", "the deal would"),
        # Nouns of a side taken (group ``stance_agent``).
        ("He is a longtime supporter of the harbour tax.", "He", "the harbour tax"),
        ("The senator is a leading proponent of school vouchers.", "The senator", "school"),
        # Verbs of talking with their particle (group ``stance_with``).
        ("The councillor lashed out at the transit agency.", "The councillor", "at the transit"),
        ("The governor dwelt on the budget shortfall in her speech.", "The governor", "on the"),
    ],
)
def test_reported_feelings_sides_and_talk_about_something(
    run_text: Any, text: str, source: str, content_start: str
) -> None:
    assert _said_by(run_text(text), content_start).endswith(source)


@pytest.mark.parametrize(
    "text",
    [
        # A feeling with nothing it is about holds no view.
        "The crowd was tired after the long march.",
        "Everyone at the fair was happy.",
    ],
)
def test_reported_feeling_about_nothing_is_no_attribution(run_text: Any, text: str) -> None:
    assert _indirect(run_text(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "A court sentenced a journalist to six years in prison on Thursday.",
        "The ministry expelled two diplomats on Friday.",
    ],
)
def test_reported_an_act_done_is_no_scored_cue(run_text: Any, text: str) -> None:
    assert run_text(text).quotes == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # A fronted relative object is what the clause's verb holds or says: the noun it
        # stands for, through the relative word.
        (
            "The senator faces questions about the audit, which he has denied.",
            "denied",
            "which",
        ),
        ("The governor repeated a charge that the mayor has always denied.", "denied", "that"),
        # A passive's relative subject, with its agent holding the stance.
        ("The plan that was endorsed by the union will cost millions.", "endorsed", "that"),
    ],
)
def test_reported_fronted_relative_object_is_what_the_verb_holds(
    run_text: Any, text: str, cue: str, content: str
) -> None:
    found = [q for q in _indirect(run_text(text)) if q.cue is not None and q.cue.text == cue]
    assert found, [q.content.text for q in run_text(text).quotes]
    assert found[0].content.text.endswith(content)


def test_reported_fronted_relative_object_of_an_act_is_no_attribution(run_text: Any) -> None:
    text = "The rebels shelled the villages, which the army later recaptured."
    assert _indirect(run_text(text)) == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # A stance adjective after the noun it describes, or on the object a verb leaves in
        # that state, is that noun's stance.
        (
            "The bloc hopes to attract every voter angry at the new government.",
            "every voter",
            "at the new government",
        ),
        ("The storm left residents nervous about the levees.", "residents", "about the levees"),
    ],
)
def test_reported_stance_adjective_outside_a_copula(
    run_text: Any, text: str, source: str, content: str
) -> None:
    assert _said_by(run_text(text), content, whole=True) == source


def test_reported_adjective_of_no_stance_after_a_noun_is_no_attribution(run_text: Any) -> None:
    assert _indirect(run_text("The region is home to many farms dependent on the river.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "He repeated what his lawyer said on Monday.",
        "Forces loyal to the president took the airport.",
        "Two men were listed as critical after a stabbing downtown.",
    ],
)
def test_reported_no_content_of_what_alone_nor_sides_in_arms(run_text: Any, text: str) -> None:
    contents = [q.content.text for q in _indirect(run_text(text))]
    assert "what" not in contents
    assert not any(c.startswith(("to the president", "after")) for c in contents), contents


@pytest.mark.parametrize(
    "text", ["Gunmen loyal to the cartel killed two men.", "Militiamen loyal to the warlord left."]
)
def test_reported_armed_men_loyal_to_someone_hold_no_stance(run_text: Any, text: str) -> None:
    assert _indirect(run_text(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "ANKARA (Reuters) - Jets struck rebel camps in the mountains on Saturday, the defence"
        " ministry said, a day after an attack on an army post killed two soldiers.",
        "Jets struck rebel camps in the mountains on Saturday, the defence ministry said, a day"
        " after an attack on an army post killed two soldiers.",
    ],
)
def test_reported_a_cue_between_two_clauses_reports_the_one_it_closes(
    run_text: Any, text: str
) -> None:
    """The parser hangs "the ministry said" on the clause after it, which it joins to the clause
    before it: what is said is the clause the cue closes, not only the one after."""
    [quote] = _indirect(run_text(text))
    assert quote.content.text.startswith("Jets struck rebel camps")


def test_reported_it_says_for_a_body_not_for_a_town(run_text: Any) -> None:
    """A town the NER took for an organisation is named nearer, but says nothing: "it" is the
    group told before it."""
    text = (
        "The rights group said the shells hit a camp outside El Fasher. Another 40 people were"
        " wounded, it said."
    )
    result = run_text(text)
    [quote] = [q for q in _indirect(result) if q.content.text.startswith("Another 40")]
    speaker = next(a for a in result.actors if a.id == quote.speaker)
    assert "group" in speaker.mentions[0].text


def test_reported_she_says_for_a_role_noun_that_is_also_a_town_name(run_text: Any) -> None:
    """ "the deputy" is a role, whatever town bears the word: "she" still points back at it."""
    result = run_text(
        "The deputy was wounded in the exchange of fire. She said the suspect fired first."
    )
    [quote] = _indirect(result)
    speaker = next(a for a in result.actors if a.id == quote.speaker)
    assert speaker.name == "deputy"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # A verb's "in support of" / "in favor of" phrase is its subject's side taken.
        ("The governor has come out in support of the bill.", "The governor", "the bill"),
        ("Three senators spoke out in favor of the treaty.", "Three senators", "the treaty"),
    ],
)
def test_reported_side_taken_in_a_phrase_is_the_subjects_stance(
    run_text: Any, text: str, source: str, content: str
) -> None:
    assert _said_by(run_text(text), content, whole=True) == source


def test_reported_armed_side_in_support_of_an_offensive_holds_no_view(run_text: Any) -> None:
    assert _indirect(run_text("Troops moved in support of the offensive near the border.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania sent troops to Osterlich in support of its neighbour.",
        "Caledonia deployed warships to the strait in support of its partners.",
    ],
)
def test_reported_a_deed_of_force_or_goods_in_support_of_holds_no_view(
    run_text: Any, text: str
) -> None:
    assert _indirect(run_text(text)) == []
